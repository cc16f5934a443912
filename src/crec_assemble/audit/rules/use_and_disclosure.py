"""Use, disclosure and sale of student data.

What the data may serve (3; an operator's permitted uses, U1, and of de-identified data,
U2), no targeted advertising (13, 15(a), 15(b)), collection only for school purposes
(15(c)), no sale (15(d)) and disclosure only in the permitted cases (15(e)). Most are
prohibitions, read by their polarity: "will not sell" is a promise, "may sell de-identified
data" is not, and "except as required to operate the service" can swallow a promise whole.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lexicon import DATA, broad_exception, clause_of, find, lowered, negated
from ..reader import Sentence
from .registry import Verdict, missing, present, rule, weak


def _promise(
    sentences: Sequence[Sentence], verb: str, topic: str, missing_why: str, what: str
) -> Verdict:
    """A prohibition: present when denied, weak when a broad exception swallows it, missing
    when only a permission (or nothing) is found."""
    candidates = find(sentences, verb, topic)
    denied = [s for s in candidates if negated(s.text, verb)]
    for sentence in denied:
        if not broad_exception(sentence.text):
            return present(sentence, f"promises not to {what}")
    if denied:
        return weak(denied[0], f"promises not to {what}, but an exception could swallow it")
    if candidates:
        return missing(f"permits, rather than forbids, to {what}", candidates[0])
    return missing(missing_why)


@rule("R3")
def data_used_only_for_the_contracted_purposes(sentences: Sequence[Sentence]) -> Verdict:
    verb = r"\b(?:us(?:e|es|ed|ing)|process\w*|access\w*|handl\w*)\b"
    limit = (
        r"\b(?:only|solely|exclusively|sole purpose|no other purpose|no purpose other than|"
        r"not for any other purpose)\b"
    )
    for sentence in find(sentences, verb, limit):
        if broad_exception(sentence.text) or _CATCH_ALL.search(lowered(sentence)):
            return weak(sentence, "limits its use of the data, but with a broad exception")
        return present(sentence, "uses the data only for the contracted purposes")
    denied = [s for s in find(sentences, verb, r"\bpurpose") if negated(s.text, verb)]
    if denied:
        return present(denied[0], "does not use the data for other purposes")
    return missing("does not limit its use of the data to the contract's purposes")


# A purpose in a list of purposes that takes in almost anything: "only to provide the
# Software, to comply with law, and for Licensor's internal business purposes".
_CATCH_ALL = re.compile(
    r"\b(?:internal|legitimate|general|own|other lawful|other legitimate)\s+business\s+"
    r"purposes?\b|\bother (?:lawful|legitimate) purposes\b"
)


@rule("R13")
def no_targeted_advertising_with_student_data(sentences: Sequence[Sentence]) -> Verdict:
    ban = _unconditional_ban(sentences)
    if ban is not None:  # no targeted advertising at all: none with student data either
        return present(ban, "does not engage in targeted advertising to students at all")
    return _promise(
        sentences,
        r"\b(?:target\w*|advertis\w*|market\w*)\b",
        DATA,
        "nothing forbids targeted advertising with student data",
        "use student data for targeted advertising",
    )


_ENGAGE = re.compile(
    r"\b(?:engag\w* in|conduct\w*|serv\w*|display\w*|show\w*|direct\w*|deliver\w*|send\w*)"
    r"\s+(?:\w+\s+){0,2}?targeted (?:advertis\w*|ads|marketing)"
)
_VENUE = re.compile(
    r"\b(?:on|in|through)\s+(?:its|our|the|their|any)\s+(?:own\s+|other\s+)?(?:websites?|"
    r"online services?|services?|applications?|apps?|platforms?|sites?)\b|\belsewhere\b"
)


def _unconditional_ban(sentences: Sequence[Sentence]) -> Sentence | None:
    """ "Provider will not engage in targeted advertising to students": a ban on the activity
    itself, wherever it happens, answers 15(a) and 15(b), and 13, since advertising that is
    never done uses no student data. A ban on *using student data* for advertising (13) or
    one limited to a venue does not answer 15(a) or 15(b)."""
    for sentence in sentences:
        low = lowered(sentence)
        match = _ENGAGE.search(low)
        if (
            match is not None
            and negated(low, _ENGAGE.pattern)
            and not re.search(r"\bus(?:e|ing)\b[^;]{0,80}$", low[: match.start()])
            and not _VENUE.search(low)
            and not broad_exception(low)
        ):
            return sentence
    return None


@rule("R15a")
def no_targeted_advertising_on_its_own_service(sentences: Sequence[Sentence]) -> Verdict:
    ban = _unconditional_ban(sentences)
    if ban is not None:
        return present(ban, "does not engage in targeted advertising to students anywhere")
    return _promise(
        sentences,
        r"\b(?:target\w*|advertis\w*|ads?)\b",  # "We don't serve ads in the Service"
        r"\b(?:on|in)\s+(?:its|our|the|their)\s+(?:own\s+)?(?:website|online service|"
        r"service|application|app|platform)\b|\b(?:its|our) own\b"
        # the product by the vendor's own name, read as "Contractor": "no ads in Pebble"
        r"|\b(?:on|in)\s+contractor\b",
        "nothing forbids targeted advertising on the vendor's own service",
        "target advertising on its own service",
    )


@rule("R15b")
def no_targeting_students_elsewhere(sentences: Sequence[Sentence]) -> Verdict:
    ban = _unconditional_ban(sentences)
    if ban is not None:
        return present(ban, "does not engage in targeted advertising to students anywhere")
    return _promise(
        sentences,
        r"\b(?:target\w*|advertis\w*|ads)\b",
        r"\b(?:persistent (?:unique )?identifiers?|other (?:websites?|services|"
        r"applications|apps)|third[- ]party (?:sites?|websites?|services)|elsewhere|"
        r"any other|anywhere else|other sites)\b",
        "nothing forbids targeting students elsewhere with what it learned",
        "target students elsewhere with their data or identifiers",
    )


@rule("R15c")
def collects_only_for_school_purposes(sentences: Sequence[Sentence]) -> Verdict:
    # "maintain" collects only when the data are its object: "provide, maintain and support
    # the Service" is about the service.
    found = find(
        sentences,
        rf"\b(?:collect\w*|stor\w*|gather\w*|maintain\w*\s+(?:\w+\s+){{0,2}}?{DATA})\b",
        r"\b(?:only|solely|limited to|necessary|need\w*|minim\w*)\b",
        r"\b(?:school|educational|services?|agreement|purposes?|features?|run|"
        r"operate|provide)\b",
    )
    found = [s for s in found if not re.search(r"\bmore\b[^.;]{0,30}\bthan|\bbeyond\b", lowered(s))]
    if found:
        return present(found[0], "collects and keeps data only for school purposes")
    return missing("does not limit collection to school purposes")


@rule("R15d")
def never_sells_rents_or_trades_student_data(sentences: Sequence[Sentence]) -> Verdict:
    verb = r"\b(?:sell\w*|sold|rent\w*|trad(?:e|es|ing)|leas\w*|monetiz\w*)\b"
    for sentence in find(sentences, verb, DATA):
        low = lowered(sentence)
        if negated(low, verb):
            if re.search(r"\bexcept\b[^.]{0,80}\b(?:de-?identified|aggregate)", low):
                return weak(sentence, "promises not to sell, except de-identified data")
            if re.search(
                verb + r"[^.;]{0,60}\b(?:to enable|for the purpose of|in order to)\s+"
                r"(?:\w+\s+)?(?:targeted )?advertis",
                low,
            ):
                return weak(sentence, "forbids selling only for advertising, not selling as such")
            # "will not sell Licensee Data, but may share it with …": a permission of another
            # act (disclosure, 15(e)), not an exception to the sale ban.
            own = re.sub(r",?\s*but may (?!(?:sell|rent|trade|lease)\b)\w+\b.*$", "", low)
            if broad_exception(clause_of(own, verb)):
                return weak(sentence, "promises not to sell, but with a broad exception")
            return present(sentence, "does not sell, rent or trade student data")
    permitted = find(sentences, verb, DATA)
    if permitted:
        return missing("allows selling data rather than forbidding it", permitted[0])
    return missing("nothing forbids selling, renting or trading student data")


_PURPOSE = re.compile(
    r"\b(?:to (?:provide|support|operate|deliver|maintain|improve)|for the purposes? of|"
    r"in order to|solely|only)\b"
)


# Where the data may be kept is not to whom they may be given: "We do not transfer Student
# Data outside the United States".
_RESIDENCY = re.compile(
    r"\btransfer\w*\b[^.;]{0,40}\b(?:outside|out of|across)\b|\b(?:outside|out of) (?:the )?"
    r"(?:united states|u\.s\.|us|country|european|eea)\b"
)


@rule("R15e")
def discloses_only_in_the_permitted_cases(sentences: Sequence[Sentence]) -> Verdict:
    verb = r"\b(?:disclos\w*|shar\w*|transfer\w*|provid\w* (?:to|access))\b"
    lawful = (
        r"\b(?:required by law|law enforcement|subpoena|court order|legal process|"
        r"comply with (?:the )?law|judicial)\b"
    )
    candidates = [s for s in find(sentences, verb, DATA) if not _RESIDENCY.search(lowered(s))]
    denied = [s for s in candidates if negated(s.text, verb)]
    for sentence in denied:
        low = lowered(sentence)
        if not (broad_exception(low) or re.search(r"\b(?:affiliates|partners)\b", low)):
            return present(sentence, "discloses student data only in limited cases")
    if denied:
        return weak(denied[0], "limits disclosure, but with broad exceptions")
    only = [s for s in candidates if re.search(r"\b(?:only|solely)\b", lowered(s))]
    if only:
        return weak(
            only[0],
            "shares student data only with those it names, but not within the six permitted "
            "cases and their conditions",
        )
    broad = find(sentences, verb, r"\b(?:affiliates|partners|third parties)\b")
    if broad:
        # A grant that at least names what the sharing is for limits something; one with no
        # purpose at all says the opposite of the requirement.
        limited = [b for b in broad if _PURPOSE.search(lowered(b))]
        if limited:
            return weak(limited[0], "shares student data more widely than the six permitted cases")
        return missing("allows sharing student data beyond the six permitted cases, and forbids "
                       "nothing", broad[0])  # fmt: skip
    legal = find(sentences, verb, lawful)
    if legal:
        return weak(legal[0], "names when it must disclose, but does not forbid the rest")
    return missing("nothing limits disclosure of student data")


_GRANT = re.compile(
    r"\b(?:may|can|will|shall|we)\s+(?:only\s+)?(?:use|process)\b|\blicen[cs]e to\b"
)


@rule("U1")
def says_what_student_information_may_be_used_for(sentences: Sequence[Sentence]) -> Verdict:
    uses = (
        r"\b(?:adaptive|personali[sz]\w*|customi[sz]\w*|maintain\w*|improv\w*|"
        r"recommend\w*|respond\w* to|"
        # supporting the service, not "related support" or "the Support Services" it sells
        r"(?<!related )(?<!customer )(?<!technical )support(?:s|ing)?(?!\s+services))\b"
    )
    # The data must be what is used: "practices that use technologies" uses none.
    used = (
        rf"\b(?:us(?:e|es|ed|ing)|process\w*|licen[cs]e|host)\s+(?:[\w,]+\s+){{0,3}}?"
        rf"(?:{DATA}|(?:student )?information|records|it|them)\b"
        rf"|{DATA}\s+(?:may|will|shall|is|are)\s+(?:only\s+)?(?:be\s+)?used\b"
    )
    found = find(sentences, used, uses)
    # The grant itself ("Operator may use Student Information …") before a sentence that
    # mentions a use in passing ("provided the recipient … uses it to improve …").
    found.sort(key=lambda s: _GRANT.search(lowered(s)) is None)
    for sentence in found:
        low = lowered(sentence)
        if re.search(r"\b(?:de-?identified|aggregat\w*|anonymi[sz]\w*)\b", low):
            continue  # that is U2
        if not negated(low, r"\b(?:us(?:e|es|ed|ing)|process\w*)\b"):
            return present(sentence, "says for what the operator may use student information")
    return missing("does not say for what the operator may use student information")


@rule("U2")
def de_identified_data_used_only_as_permitted(sentences: Sequence[Sentence]) -> Verdict:
    found = find(sentences, r"\b(?:de-?identified|deidentified|aggregat\w*|anonymi[sz]\w*)\b")
    for sentence in found:
        low = lowered(sentence)
        if re.search(
            r"\b(?:sell\w*|any purpose|commercial purposes?|marketing)\b", low
        ) and not negated(low, r"\bsell\w*"):
            return weak(sentence, "uses de-identified data beyond what the regulation permits")
        if re.search(r"\b(?:develop\w*|improv\w*|effectiveness|research|product\w*)\b", low):
            return present(sentence, "uses de-identified data to develop and improve, as permitted")
    if found:
        return weak(found[0], "mentions de-identified data without limiting its use")
    return missing("nothing on de-identified or aggregated data")
