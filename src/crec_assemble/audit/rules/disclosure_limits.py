"""Where a document limits disclosure, for 15(e) (:mod:`.disclosure`) to judge.

A limit is a denial ("shall not disclose … unless …"), a positive "only" ("shares Student
Data only with …", "We share it only:" after the data are named) or a page's answer that
lists the only occasions. A ban for one purpose or to one place limits nothing else, and a
merger's transfer is 15(d)'s.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lazy_pattern import LazyPattern
from ..lexicon import DATA, LEA, NO_ONE, lowered, negated
from ..reader import Sentence
from .disclosure_lists import with_items

__all__ = ["A_LAW_PERMITS", "DISCLOSES", "answers", "limits"]

DISCLOSES = (
    r"\b(?:disclos\w*|re-?disclos\w*|shar(?:e|es|ed|ing)|provid\w* (?:to|access)|"
    # (not a passing of rights: "access to Student Data does not transfer any ownership rights")
    # (but "transfer title to or possession of Student Data" passes the data)
    r"transfer\w*(?!\s+(?:any\s+|all\s+)?(?:ownership|title|rights?|licen[cs]es?)\b"
    r"(?![^.;]{0,30}\bpossession\b)))\b"
)
# What a law merely permits: "as required or permitted by law", "as otherwise permitted or
# required by applicable state law", "as the law permits" (an exception beyond the six cases).
A_LAW_PERMITS = (
    r"\b(?:(?:required|mandated) or (?:permitted|authori[sz]ed|allowed)|(?:permitted|authori[sz]ed|"
    r"allowed) or (?:required|mandated)) (?:by|under) "
    r"(?:(?:applicable|federal|state|connecticut|local) ){0,3}laws?\b"
    r"|\bas (?:the )?law (?:permits|allows)\b"
)
# A ban for one purpose or to one place: "prohibited from disclosing Student Data to (a)
# inform … Targeted Advertising", "will not transfer Student Data outside the United States".
_ONE_PURPOSE = LazyPattern(
    r"^[^.;]{0,80}?\b(?:to|for)\s+(?:\(\w\)\s+)?(?:(?:the|their|its|his|her)\s+)?"
    # "for cross-context behavioral advertising", "for behavioral targeting of ads"
    r"(?:(?:own|direct|commercial|cross-context|behaviou?ral|interest-based|targeted)\s+){0,3}"
    r"(?:purposes?\s+of\s+)?(?:inform|"
    r"influence|enable|target|advertis|market|develop a profile|profil)"
)
_PLACE = LazyPattern(
    r"\b(?:outside|beyond)\s+(?:of\s+)?(?:the\s+)?(?:united states|u\.s\.|us\b|country|"
    r"european|eea|canada|state)|\babroad\b|\bacross (?:national )?borders\b|\boffshore\b"
)
# "in published results of studies": one context, not disclosure as such; nor is one kind of
# recipient ("We do not share student personal information with advertising networks").
_ONE_CONTEXT = LazyPattern(
    r"\bin (?:any )?(?:published|public) (?:results|reports?|studies|research|findings)\b"
    # (not a ban on every recipient that names advertisers as well: "to any third party, and
    # will not share it with advertisers", "with anyone, including with advertisers")
    r"|^(?:(?!\b(?:only|any|anyone|anybody|third|other|others|including)\b)[^.;]){0,80}?"
    r"\bwith\s+(?:third[- ]party\s+)?(?:advertisers|"
    r"ad networks|advertising networks|data brokers|marketers)\W*$"
)
_MERGER = r"\b(?:merger|merges?|merged|acquisition|acquired|successor)\b"


# (its label may be lost: "(e) sell … unless the sale is part of a merger …; or disclose
# Student Data, unless …")
_DISCLOSURE_ITEM = LazyPattern(
    r";\s*(?:(?:or\s+|and\s+)?\(\w{1,4}\)\s+|or\s+|and\s+)(?:to\s+)?disclos\w*\b"
)


def limits(sentences: Sequence[Sentence], narrow: list[Sentence]) -> list[Sentence]:
    """Sentences that limit disclosure: a denial ("shall not disclose … unless …") or a
    positive "only" ("shares Student Data only with …"), but not a ban for one purpose or to
    one place, which go to ``narrow``."""
    found = []
    for sentence in _of_the_data(sentences):
        low = lowered(sentence)
        if _CARVE_OUT.search(low):
            continue  # "This prohibition shall not apply to …": exceptions, not a limit
        verb = next(
            (m for m in re.finditer(DISCLOSES, low) if not _TOLD.match(low, m.start())), None
        )
        if verb is None:
            continue  # purposes "disclosed to the District", a disclosure to the vendor
        # a list of prohibitions read at its disclosure item, not at a sale's before it: "shall
        # not … (d) sell … unless the sale is part of a merger …; or (e) disclose Student Data,
        # unless …"
        item = _DISCLOSURE_ITEM.search(low)
        denied = negated(low, DISCLOSES)
        if item is not None:
            low = low[item.start() :]
            verb = re.search(DISCLOSES, low) or verb
        after = low[verb.start() :]
        if after.endswith(" to") and (at := sentences.index(sentence)) + 1 < len(sentences):
            # a line the reader broke before its object: "… selling Student Data to" then
            # "(a) inform, influence, or enable Targeted Advertising"
            after += " " + lowered(sentences[at + 1])
        # not a means: "transferring files only by SFTP"
        only = re.search(r"\bonly\b(?!\s+(?:by|through|via|using|over)\b)", after[:80]) is not None
        if not (denied or only):
            continue
        # a merger's transfer is 15(d)'s (not a list of recipients with a merger among its
        # items: "We disclose Student Data only: (a) to our service providers …; (e) in
        # connection with a merger …")
        if _PLACE.search(after) or re.search(_MERGER, _LIST_ITEMS.split(low, maxsplit=1)[0]):
            continue
        if re.search(rf"{NO_ONE}[^.;]{{0,20}}\b(?:student )?(?:data|information)\b", after[:80]):
            continue  # "does not share de-identified data": no limit on student data
        if _ONE_PURPOSE.search(after) or _ONE_CONTEXT.search(after):
            narrow.append(sentence)
            continue
        found.append(sentence)
    return found


# Where a list's items begin: "only: (a) to …", "only (a) to …", "only: a. to …"
_LIST_ITEMS = LazyPattern(r"(?::\s*|\s)\(?(?:[a-h]|[ivx]{1,4}|\d{1,2})[).]\s")


def _of_the_data(sentences: Sequence[Sentence]) -> list[Sentence]:
    """Sentences that disclose student data, named or as "it" just after they are named: "We
    do not sell or rent student information. We share it only: …"."""
    return [
        sentence
        for at, sentence in enumerate(sentences)
        if re.search(DISCLOSES, low := lowered(sentence))
        and (
            re.search(DATA, low)
            or (
                re.search(rf"{DISCLOSES}\s+(?:it|them)\b", low)
                and at > 0
                and sentences[at - 1].paragraph == sentence.paragraph
                and re.search(DATA, lowered(sentences[at - 1])) is not None
            )
        )
    ]


# Disclosure that is no sharing of the data by the vendor: purposes "otherwise disclosed to
# the District", "whether any disclosure of Student Data to Contractor is permitted".
_TOLD = LazyPattern(
    # "the Student Data that schools and students provide to us": the school's giving
    r"provid\w* to (?:us|the (?:contractor|vendor|provider|operator))\b|"
    rf"disclosed to (?:the )?(?:{LEA}|you)|disclos\w* of [^.;]{{0,40}}\bto (?:the )?"
    # the vendor itself, not "to the Vendor's affiliates", nor "to us or to third parties"
    r"(?:contractor|vendor|provider|operator|us)\b(?!['\u2019]|\s+(?:or|and)\b)"
)
_CARVE_OUT = LazyPattern(
    r"^\W*(?:this|the|such|that|these|those) (?:prohibitions?|restrictions?|limitations?|"
    r"bans?|sections?)\b[^.;]{0,20}\b(?:shall|will|does|do) not apply\b"
)


# A page's answer under its question ("Who do you share data with?" is no vendor sentence):
# "Only in a few situations: with the vendors …; when the law requires it" lists the only
# occasions, recipients among them ("with …"), so it is read as a limit on disclosure.
_ONLY_OCCASIONS = LazyPattern(
    r"^\W*only\s+(?:in\s+)?(?:a few|these|certain|limited|the following|\w+)\s+"
    r"(?:situations|cases|circumstances|occasions)\b[^:]*:\s*$"
)


def answers(sentences: Sequence[Sentence]) -> list[Sentence]:
    found = []
    for sentence in sentences:
        if _ONLY_OCCASIONS.match(lowered(sentence)):
            items = [s.text[len(sentence.text) :] for s in with_items(sentences, sentence)[1:]]
            if any(re.match(r"\W*with\b", item.casefold()) for item in items):
                found.append(sentence)
    return found
