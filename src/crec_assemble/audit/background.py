"""Passages that are no terms of the agreement, whatever their words.

A vendor's paper opens with recitals ("WHEREAS …", a "Background" section) and may set a
summary before its terms that it says is no part of them ("This box is a summary and is not part
of the Terms", "The long version below is the one that counts"); its definitions may run on past
the defined words ("2.1 "Student Data" means … . Student Data is and remains the property of the
LEA."). Each reads like a promise, and :func:`.sentences.classify`, which reads one sentence at a
time, cannot tell; these functions read the sentences around it and give the positions the
requirement rules must not read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .binding import DUTY
from .lazy_pattern import LazyPattern
from .lexicon import LEA
from .reader import Sentence, top_section
from .sentences import Reading

__all__ = ["definitions_run_on", "recitals"]


def recitals(sentences: Sequence[Sentence]) -> frozenset[int]:
    """The positions of the sentences under a "Recitals" or "Background" heading, up to the
    next heading or the formula that closes them ("NOW, THEREFORE, the parties agree …"):
    background however they are worded ("CREC maintains those records …, and all such
    records remain the property of CREC"), not the operative terms. Also a passage that says
    it is no part of the terms ("This Background is for information only …"), but not a duty
    it holds ("shall", "must")."""
    inside = glued = False
    found = set()
    for at, sentence in enumerate(sentences):
        if sentence.heading:
            inside = _RECITALS_HEADING.match(sentence.text) is not None
        elif (
            at < _OPENING
            and _GLUED_RECITALS.search(sentence.text)
            and not _CLOSES_RECITALS.search(sentence.text)
        ):
            # the heading run into the title block before it and the first recital after it,
            # as a PDF's lines are joined: "… (May 2026) RECITALS Beakerline … provides …"
            inside = glued = True
            found.add(at)
        elif inside and (
            _CLOSES_RECITALS.search(sentence.text)
            # no heading will end recitals found that way: the first numbered term does
            or (glued and _NUMBERED_TERM.match(sentence.text))
        ):
            inside = False
        elif inside:
            found.add(at)
    for sentence in sentences:
        disclaimer = _NOT_PART_OF_THE_TERMS.search(sentence.text)
        if disclaimer is None or _BINDS_ALL_THE_SAME.search(sentence.text, disclaimer.end()):
            continue
        # its paragraph, or the one it points to when it stands alone ("The summary above is a
        # plain-language guide and is not part of these Terms"), but never a duty of the
        # paper's own ("… Vendor shall not sell …")
        paragraph = sentence.paragraph
        if all(s is sentence or s.heading for s in sentences if s.paragraph == paragraph):
            # ("The summary below is …" points to the summary; "The long version below is the
            # one that counts" to the terms, after the summary it closes)
            below = re.search(r"\bbelow\b", sentence.text, re.IGNORECASE)
            paragraph += 1 if below and not _THE_TERMS_BELOW.search(sentence.text) else -1
        found.update(
            at
            for at, s in enumerate(sentences)
            if s.paragraph in (sentence.paragraph, paragraph) and not _A_DUTY.search(s.text)
        )
    return frozenset(found)


# A summary that gives way to the terms after it: "The long version below is the one that
# counts.", "The full Terms below control.", "Only the full terms below are binding."
_THE_TERMS_BELOW = LazyPattern(
    r"^\W*(?:only\s+)?the\s+(?:long|longer|full|complete|detailed)\s+(?:version|terms)\s+below\s+"
    r"(?:(?:is|are)\s+(?:the\s+ones?\s+that\s+(?:counts?|governs?|applies|apply|binds?|controls?)|"
    r"what\s+(?:counts|governs|binds|controls)|binding|controlling)|controls?|governs?|prevails?)\b",
    re.IGNORECASE,
)
# A passage that says it binds no one: "This Background is for information only and does not
# form part of these Terms." (its whole paragraph, however it is worded: "Schools own their
# student records, and we want to keep it that way."), "This box is a summary and is not part
# of the Terms", or that gives way to the terms below it.
_NOT_PART_OF_THE_TERMS = LazyPattern(
    r"^\W*(?:this|the)\s+(?:background|summary|box|short version|introduction|overview|preamble)"
    r"\b[^.;]{0,60}\b(?:(?:is|are) not|does not|do not)\s+(?:form\s+)?(?:a\s+)?part of,?\s+"
    r"(?:these|this|the)\s+(?:terms|agreement|contract)\b"
    rf"|{_THE_TERMS_BELOW.pattern}",
    re.IGNORECASE,
)
# … unless the same sentence binds the vendor to it all the same: "…, but Vendor agrees to be
# bound by each promise in it", "…, and Vendor shall not sell …"
_BINDS_ALL_THE_SAME = LazyPattern(
    r"\bbut\b[^.]*\b(?:bound|binding)\b|,\s*and\s+[^.;]{0,40}\b(?:shall|will|must|agrees?)\b",
    re.IGNORECASE,
)
_A_DUTY = LazyPattern(r"\b(?:shall|must)\b", re.IGNORECASE)
_RECITALS_HEADING = LazyPattern(
    r"^\W*(?:[\w.]{1,4}\s+)?(?:recitals|background|whereas clauses|preamble)\W*$", re.IGNORECASE
)
# The word alone, in capitals, between the title block and a sentence: not "PERSONNEL
# BACKGROUND CHECKS" nor "ANNUAL REVIEW OF RECITALS", headings of terms.
_GLUED_RECITALS = LazyPattern(r"(?<=[^\sA-Z])\s+RECITALS\s+(?=[A-Z][a-z])")
_OPENING = 5
"""How many sentences into a document a title block may run."""
_NUMBERED_TERM = LazyPattern(r"^\W*(?:[A-Z]{1,2}-)?\d+(?:\.\d+)*\.?\s")
_CLOSES_RECITALS = LazyPattern(
    r"\bnow,? therefore\b|\bagree as follows\b"
    r"|\bthe parties (?:hereby |therefore |accordingly )?agree\b"
    r"|^\W*(?:accordingly,|in consideration of)\s+[^.;]{0,80}\bagree\b",
    re.IGNORECASE,
)


def definitions_run_on(readings: Sequence[Reading]) -> frozenset[int]:
    """The positions of the sentences that carry a definition on in its own paragraph, under a
    "Definitions" heading, bind no one and give the data to the school: "2.1 "Student Data"
    means … . Student Data is and remains the property of the LEA." says what the defined term
    is, as the definition does, not a term of the agreement. A duty or a permission there
    ("Provider shall not sell it", "Provider may …") is read as one; so is the same sentence
    after a definition that opens an operative section ("4. Student Information. 4.1 "Client
    Data" means … . Client Data remains the property of Client."), as outside readers label
    it."""
    found: set[int] = set()
    glossary, numbered = False, ""
    for at, reading in enumerate(readings):
        if reading.kind == "heading":
            glossary, numbered = _GLOSSARY_HEADING.match(reading.sentence.text) is not None, ""
            continue
        # a section of another number ends the glossary, its title run into its first clause
        # or not: "1.2 … 2. Ownership of Student Data. 2.1 "Student Data" means …"
        top = top_section(reading.sentence.section) if reading.sentence.section else ""
        numbered = numbered or top
        if top and top != numbered:
            glossary = False
        before = readings[at - 1] if at else None
        if (
            glossary
            and before is not None
            and before.sentence.paragraph == reading.sentence.paragraph
            and (before.kind == "definition" or at - 1 in found)
            and reading.kind == "vendor"
            and not reading.parties
            and not _BINDS.search(reading.sentence.text.casefold())
            and _THE_SCHOOLS.search(reading.sentence.text.casefold())
        ):
            found.add(at)
    return frozenset(found)


# What such a sentence says of the term: that the data are the school's
_THE_SCHOOLS = LazyPattern(
    rf"\b(?:property|ownership|control)\s+of\s+(?:the\s+)?{LEA}|\bbelongs?\s+to\s+(?:the\s+)?{LEA}"
    rf"|\bowned\s+(?:and\s+controlled\s+)?by\s+(?:the\s+)?{LEA}|^\W*(?:the\s+)?{LEA}\s+owns\b"
)
# (a heading of definitions alone: not "DEFINITIONS AND OWNERSHIP OF DATA")
_GLOSSARY_HEADING = LazyPattern(
    r"^\W*(?:(?:article|section|part)\s+)?(?:[\dIVXivx]+(?:\.\d+)*\.?\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:definitions?|defined\s+terms|glossary)(?:\s+and\s+interpretation)?\W*$",
    re.IGNORECASE,
)
# (nor what the term takes in or leaves out, which the rules read: "Targeted Advertising does
# not include College Match results")
_BINDS = LazyPattern(
    rf"{DUTY.pattern}|\b(?:may|can|agrees?|includ\w*|exclud\w*|except\w*|not|never)\b"
)
