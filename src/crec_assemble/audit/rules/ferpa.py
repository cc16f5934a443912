"""FERPA (provision 8): the vendor's promise to keep to it, not FERPA merely named.

Vendor paper names FERPA far more often than it promises to keep to it: to put it on the
school ("the Board is subject to FERPA"), to disclaim it ("does not assume the School's
obligations under FERPA"), to measure a permission it gives itself ("may use de-identified
data as FERPA allows"), or to cite one section of its regulations. Only a promise of the
vendor's (or of each party's) to comply is the provision; the rest is missing or weak.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lazy_pattern import LazyPattern
from ..lexicon import LEA, PROVIDER, find, lowered, negated
from ..reader import Sentence
from .ferpa_hedges import (
    A_SCHOOL_SUBJECT,
    DESIGN_CLAIM,
    FERPA_HEDGE,
    KEEPS_TO,
    SCHOOL_IS_SUBJECT,
    STUDENTS,
    on_records_only,
    without_design_claims,
)
from .qualified import firm
from .registry import Verdict, missing, present, rule, weak


@rule("R8")
@firm
def commits_to_ferpa(sentences: Sequence[Sentence]) -> Verdict:
    found = find(sentences, _FERPA)
    # (the vendor's own promise in a clause of its own: "We understand the School has
    # obligations under FERPA, and we will comply with it too")
    kept = [
        s
        for s in found
        if not _disowned(_ferpa_clauses(low := lowered(s))) or _VENDOR_KEEPS_IT_TOO.search(low)
    ]
    promises = [
        (s, low)
        for s in kept
        # (FERPA named outside the exception too: "shall comply with FERPA and shall not
        # disclose … except as permitted under FERPA")
        if _promises(low := _read(s)) and not _only_in_an_exception(lowered(s))
    ]
    # FERPA named among all the laws kept to decides only when no promise to FERPA itself
    # comes later ("… except as Applicable Privacy Law requires", where that term is defined
    # as FERPA and others, then "Brightquill shall comply with FERPA"); so does a product's
    # design ("The Service is designed to comply with FERPA", then "Maplewood shall comply")
    promises.sort(key=lambda pair: DESIGN_CLAIM.search(pair[1]) is not None)
    among: Verdict | None = None
    for sentence, low in promises:
        verdict = _promise_to_ferpa(sentence, low)
        if verdict is not None and verdict.why == _AMONG_THEM:
            among = among or verdict
        elif verdict is not None:
            return verdict
    if among is not None:
        return among
    # a promise to keep to one section, when none to FERPA itself comes anywhere
    # (a section named, not a promise left with nothing named: "I'll follow any reasonable
    # instructions the coordinator gives me about them")
    one_section = next(
        (s for s, low in promises if not re.search(_FERPA_NAMED, low) and re.search(_SECTION, low)),
        None,
    )
    if one_section:
        return weak(one_section, _ONE_SECTION)
    records = next(
        (s for s in kept if _AS_EDUCATION_RECORDS.search(low := lowered(s)) and _BINDS.search(low)),
        None,
    )
    if records is not None:
        return weak(records, "keeps to FERPA only for data that are education records")
    # the school official FERPA names, or FERPA's own term with FERPA unnamed: "we act as a
    # "school official" with a legitimate educational interest" (not where FERPA is named and
    # disowned: "CREC has designated Consultant as …")
    official = next((s for s in kept if _SCHOOL_OFFICIAL.search(lowered(s))), None) or next(
        (s for s in find(sentences, _LEGITIMATE_INTEREST.pattern) if s not in found), None
    )
    if official is not None:
        return weak(
            official,
            "acts as a school official under FERPA, but does not promise to comply with it",
        )
    general = find(sentences, _ALL_LAWS)
    if found and general:
        return weak(general[0], "promises to keep to the law in general; FERPA is named, but not "
                                "promised")  # fmt: skip
    if kept:
        return missing("mentions FERPA, but promises no compliance with it", kept[0])
    if found:
        return missing("mentions FERPA only as the school's law, or to disclaim it", found[0])
    return missing("no mention of FERPA (Family Educational Rights and Privacy Act)")


_ONE_SECTION = "keeps to one section of the FERPA regulations, not to FERPA"
_AMONG_THEM = "promises to keep to all applicable laws; FERPA is only named among them"


def _only_in_an_exception(low: str) -> bool:
    """Whether FERPA is named only as the measure of an exception to a ban on disclosure."""
    return bool(_AN_EXCEPTION.search(low)) and not re.search(_FERPA, _AN_EXCEPTION.sub(" ", low))


def _read(sentence: Sentence) -> str:
    """The clauses of ``sentence`` that name FERPA, with a school it only describes left out,
    and a claim of the product's design beside a firm promise."""
    return without_design_claims(A_SCHOOL_SUBJECT.sub(" ", _ferpa_clauses(lowered(sentence))))


def _promises(low: str) -> bool:
    """A promise to keep to the law named, not help for the school to keep to it, nor a rule
    for reading or amending the contract."""
    return (
        bool(_FERPA_COMMITMENT.search(low))
        and not _HELPS_ONLY.search(low)
        and not _ABOUT_THE_PAPER.search(low)
        and not (_SCHOOL_DESIGNATES.search(low) and not _VENDOR_KEEPS_IT_TOO.search(low))
    )


# The school's designation alone: "Where the Customer is subject to FERPA, it designates …"
_SCHOOL_DESIGNATES = LazyPattern(
    rf"^(?!.*\b{PROVIDER}[^;]{{0,40}}\b(?:shall|will|must|agrees?)\b).*\b{LEA}\s+(?:hereby\s+)?"
    r"designates\b"
)


# "Any ambiguity in this Agreement shall be resolved to permit compliance with HIPAA and
# FERPA", "The parties shall amend this Agreement as necessary to comply with changes in
# HIPAA, FERPA …": how the contract is read or kept up to date, not a promise to comply.
_ABOUT_THE_PAPER = LazyPattern(
    r"\bambiguit\w*\b[^.;]{0,60}\b(?:resolved|interpreted|construed|read)\b"
    r"|\b(?:shall|will|is to)\s+be\s+(?:interpreted|construed|read)\s+(?:so as\s+)?to\s+"
    r"(?:permit|allow|enable)\b"
    r"|\bamend\w*\s+(?:this|the)\s+(?:agreement|addendum|dpa|contract)\b[^.;]{0,60}\b(?:comply|"
    r"conform|changes?)\b"
    # "The purpose of this DPA is to describe the duties …, including compliance with
    # applicable privacy laws …, which may include FERPA": what the paper is for
    r"|^\W*(?:[\d.]+\s+)?the\s+purpose\s+of\s+this\s+(?:agreement|addendum|dpa|contract|"
    r"exhibit|rider)\s+is\s+to\s+(?:describe|set\s+(?:out|forth)|establish|outline)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:duties|responsibilities|obligations|terms|rights)\b"
)


def _promise_to_ferpa(sentence: Sentence, low: str) -> Verdict | None:
    """The verdict on a promise (``low``, as :func:`_read` reads it) that names FERPA
    itself; None for one that names a section alone, or measures a permission the vendor
    gives itself."""
    if not re.search(_FERPA_NAMED, low) or _ONLY_ALLOWED.search(low):
        return None
    if _TO_A_SECTION.search(low):
        return weak(sentence, _ONE_SECTION)
    if _AMONG_ALL_LAWS.search(low):
        return weak(sentence, _AMONG_THEM)
    if _AT_ITS_DISCRETION.search(low):
        return weak(sentence, "commits to FERPA, but with an exception that may swallow it")
    if FERPA_HEDGE.search(low) or on_records_only(lowered(sentence)):
        return weak(
            sentence,
            "keeps to FERPA only as far as the vendor finds it applies, or means to: "
            "no firm promise to ensure compliance",
        )
    return present(sentence, "commits to FERPA")


_FERPA_NAMED = (
    r"\b(?:ferpa|family educational rights and privacy act|1232g|34 c\.?f\.?r\.? (?:part )?99)\b"
    r"(?!\.\d)"
)
# One section of its regulations: "34 CFR 99.31", "34 C.F.R. § 99.33".
_SECTION = r"\b34 c\.?f\.?r\.?\s*(?:§+\s*|sections?\s+)?99\.\d+"
_FERPA = f"{_FERPA_NAMED}|{_SECTION}"
# "shall comply with the requirements of 34 CFR 99.31(a)(6)": one section kept, whatever else
# names FERPA ("entered into under the studies exception of FERPA"); not "comply with FERPA,
# including 34 CFR 99.33".
_TO_A_SECTION = LazyPattern(
    r"\b(?:compl(?:y|ies)|abide|adhere|conform)\b"
    # ("will comply with the limitations on redisclosure set out in 34 CFR 99.33(a)")
    rf"(?:(?!\b(?:ferpa|family educational)\b)[^.;]){{0,60}}?{_SECTION}"
    # "we follow the redisclosure limits in 34 CFR 99.33", "in line with the FERPA rule on
    # redisclosure (34 CFR 99.33)": one rule of FERPA's (not beside a promise to comply with
    # FERPA itself: "will comply with FERPA, following 34 CFR 99.33")
    r"|^(?!.*\bcompl\w*\s+with\s+(?:the\s+)?(?:ferpa|family educational))(?=.*?\b(?:follow\w*|"
    r"in\s+line\s+with)\b(?:(?:(?!\b(?:ferpa|family educational)\b)[^.;]){0,40}?"
    rf"|\s+the\s+ferpa\s+(?:rule|regulation|provision|requirement)s?\s+on\s+[\w-]+\s*\(?\s*){_SECTION})"
    # "… agrees that it will not redisclose personally identifiable information from them
    # except as permitted by 34 CFR 99.33"
    r"|^(?!.*\bcompl\w*\s+with\s+(?:the\s+)?(?:ferpa|family educational))(?=.*?\bredisclos\w*\b"
    r"[^.;]{0,80}\bexcept\s+as\s+(?:permitted|allowed|authori[sz]ed)\s+(?:by|under|in)\s+"
    rf"{_SECTION})"
    # one section, not "99.31(a)(6) and 99.33"
    r"(?![\w()]*\s*(?:,|and)\s*(?:34 c\.?f\.?r\.?\s*)?(?:§+\s*)?99\.\d)"
)
_COMPLIES_WITH_FERPA = r"\bcompl\w*\s+with\s+(?:the\s+)?(?:ferpa|family educational rights)\b"
# "shall comply with all applicable laws, including FERPA": the law in general, FERPA named as
# one instance (the labelling guide's reading: weak); so are "all applicable privacy laws (for
# example FERPA)" and "all applicable laws governing student privacy (for example, FERPA)",
# which outside readers label weak too (a reviewer of the rules read them as the promise; the
# labels decide). Not the model DPAs' "all applicable … laws … pertaining to Student Data
# privacy and security, …, including FERPA, COPPA, PPRA …", which outside readers take as the
# promise.
_AMONG_ALL_LAWS = LazyPattern(
    # (not beside a promise to FERPA itself: "shall comply with FERPA and with all applicable
    # laws, including COPPA")
    rf"^(?!.*{_COMPLIES_WITH_FERPA})"
    # ("all laws and regulations applicable to it …, including, as applicable, FERPA")
    # ("RiseLab complies with applicable laws, such as FERPA, COPPA and …")
    r".*?\b(?:(?:all|every|any) (?:applicable\b|laws (?:and regulations )?(?:applicable|"
    r"that apply) to\b)|compl(?:y|ies)\s+with\s+applicable\s+(?:federal(?:\s+and\s+state)?\s+|"
    r"state\s+)?laws?\b)"
    r"(?:(?!\b(?:pertain|relat|regard|concern)\w*\b)[^.;]){0,160}?"
    # (", including, where applicable, the UK GDPR, the Children's Online Privacy Protection Act
    # and the Family Educational Rights and Privacy Act")
    r"\b(?:including|includes?|such as|e\.g\.|for example)\b[^.;]{0,240}\b(?:ferpa|"
    r"family educational rights and privacy act)\b"
)
# "To the extent Student Data constitute education records under FERPA, Consultant will …":
# kept to FERPA only as far as the data turn out to be education records.
_AS_EDUCATION_RECORDS = LazyPattern(
    r"\bto the extent\b[^.;]{0,60}\b(?:constitutes?|are|is|forms?)\s+(?:an?\s+)?(?:part of\s+)?"
    rf"(?:the\s+|an?\s+)?(?:{STUDENTS}\s+)?education records?\b"
)
_BINDS = LazyPattern(r"\b(?:shall|will|must|agrees? to)\b")
# "De-Identified Data may be used … for purposes allowed under FERPA": a permission it gives
# itself, measured by FERPA, not a promise to keep to it.
_ONLY_ALLOWED = LazyPattern(
    r"\bmay\b[^.;]{0,80}\b(?:allowed|permitted)\s+(?:by|under)\b"
    # "… is designated a school official …, to the extent permitted under 34 CFR 99.31"
    r"|^(?!.*\bcompl(?:y|ies)\b).*\b(?:is|are|be)\s+designated\s+(?:as\s+)?(?:an?\s+)?"
    r"[\"\u201c]?school officials?\b[^.;]{0,80}\bto the extent (?:allowed|permitted)\s+"
    r"(?:by|under)\b"
)
# An exception to a ban on disclosure: "shall not disclose … except … (c) as otherwise
# permitted under FERPA" measures what it may disclose, and keeps to nothing.
_AN_EXCEPTION = LazyPattern(
    rf"\bexcept\b[^.]{{0,200}}\b(?:allowed|permitted)\s+(?:by|under)\s+(?:the\s+)?{_FERPA_NAMED}"
)


def _disowned(low: str) -> bool:
    """FERPA named only to put it on the school, disclaim it or deny it applies."""
    # ("Compliance with FERPA is a matter for the Host")
    responsible = re.search(
        # ("You remain responsible for complying with FERPA": the school, as terms for schools
        # address it)
        rf"(?:{LEA}|^\W*you\b|(?<!our )\b(?:teachers?|educators?)\b)[^.;]{{0,30}}\b(?:is|are|"
        r"shall be|remains?) (?:solely )?responsible"
        # ("It is your responsibility to comply with FERPA")
        r"|^\W*it\s+is\s+(?:solely\s+)?your\s+(?:sole\s+)?responsibility\b"
        # (not "… a matter for the School and for Maplewood, each of which will comply")
        rf"|\b(?:is|are)\s+(?:a\s+)?matter\s+for\s+(?:the\s+)?{LEA}\b(?!\s+(?:and|or)\b)"
        # "Compliance with FERPA remains the School's responsibility" (compliance the subject,
        # not "Obtaining consent remains the School's responsibility; we comply with FERPA")
        rf"|(?:{_COMPLIES_WITH_FERPA}|\bferpa\s+"
        r"compliance\b)[^.;]{0,60}?"
        rf"\b(?:is|are|remains?)\s+(?:the\s+)?{LEA}['\u2019]s\s+(?:sole\s+|own\s+)?responsibilit",
        low,
    ) or _OTHERS_CONSENTS.search(low)
    # "The District shall comply with FERPA …": the school's own duty
    complies = re.match(
        r"\W*(?:the\s+)?" + LEA + r"\s+(?:shall|will|must)\s+(?:\w+\s+)?comply\b", low
    )
    # "Institutions are responsible for their own compliance … before they use Vigilo": the
    # school's duty, unless the vendor promises beside it
    vendor_promises = re.search(PROVIDER + r"\s+(?:shall|will|must|agrees?)\b", low)
    pushed = bool(responsible and not vendor_promises) or complies is not None
    return bool(
        pushed
        or negated(
            low,
            r"\b(?:comply|complian\w*|subject|school official|appl(?:y|ies)|make"
            r"|render|designate|assum\w*|undertak\w*|tak(?:e|es|ing) on)\b",
        )
        or re.search(r"\bnothing\b[^.]{0,40}\brequire", low)
        or _NO_REPRESENTATION.search(low)
        # (not "acknowledges that the School is subject to FERPA, and shall comply with FERPA")
        or (SCHOOL_IS_SUBJECT.search(low) and not _VENDOR_KEEPS_IT_TOO.search(low))
    )


# "The Organizer is responsible for obtaining any consents required under FERPA": the consents
# someone other than the vendor gathers, not the vendor's compliance (not "Maplewood, which is
# responsible for collecting consents, will comply with FERPA")
_OTHERS_CONSENTS = LazyPattern(
    rf"^\W*(?:[\d.]+\s+)?(?:the\s+)?(?!{PROVIDER}\b)[\w-]+(?:\s+[\w-]+)?\s+(?:is|are)\s+(?:solely\s+)?responsible\s+"
    r"for\s+(?:obtaining|getting|securing|collecting)\b[^.;]{0,40}\bconsents?\b"
)
# "shall comply with all applicable federal, state and local laws"
_ALL_LAWS = (
    r"\b(?:compl(?:y|ies)|abide)\s+(?:with\s+)?(?:all\s+)?applicable\s+(?:federal|state|local|"
    r"privacy|data protection|[\w,]+\s+)*?laws\b"
)


def _ferpa_clauses(low: str) -> str:
    """The clauses of a sentence that name FERPA: "Neither party will act in a manner
    inconsistent with FERPA, and Cobalt and the District shall each ensure compliance with
    FERPA" is read for its second clause too, not as one denied promise."""
    clauses = re.split(r"[;:]|,\s*and\s+(?=\w+(?:\s+\w+){0,4}\s+(?:shall|will|must)\b)", low)
    named = [c for c in clauses if re.search(_FERPA, c)]
    denied = [c for c in named if re.match(r"\W*(?:neither|no)\b", c)]
    return "; ".join(c for c in named if c not in denied) if len(denied) < len(named) else low


# A promise to keep to FERPA: "shall comply with FERPA", "in accordance with FERPA", "as
# FERPA requires", "its obligations under FERPA", "subject to FERPA's requirements".
_FERPA_COMMITMENT = LazyPattern(
    r"\b(?:compl(?:y|ies|ying|ied|iance|iant)|abide|adhere|conform|observe|ensure|follow\w*)\b"
    r"|\bin (?:accordance|keeping|line) with\b|\bconsistent with\b"
    r"|\b(?:as )?(?:required|permitted) (?:by|under)\b"
    r"|\bsubject to\b|\bbound by\b|\bobligations? under\b|\brequirements? of\b"
    r"|\bas (?:\w+ ){0,2}requires\b|\bthe way (?:ferpa|the act|it) requires\b"
)
# FERPA named only as what the service helps the school do: "designed to help Schools meet
# their FERPA obligations", "tools that enable the District to comply with FERPA".
_VENDOR_KEEPS_IT_TOO = LazyPattern(
    rf"(?:{PROVIDER}|\bi\b){KEEPS_TO}\s+(?:ferpa|it\b)"
    # "…, and I will handle any student records I see in accordance with FERPA"
    rf"|(?:{PROVIDER}|\bi\b)\s+(?:(?:shall|will|must)\s+)?[^.;]{{0,80}}\b(?:in\s+(?:accordance|"
    r"compliance)\s+with\s+ferpa|as\s+ferpa\s+requires)\b"
    rf"|(?:{PROVIDER}|\bi\b)\s+(?:agrees?\s+to\s+)?comply\s+with\s+ferpa\b"
)
_HELPS_ONLY = LazyPattern(
    r"\b(?:help|helps|assist|assists|enable|enables|support|supports|allow|allows)\b[^.;]{0,40}"
    r"\b(?:meet|comply|complian\w*|fulfil\w*|satisfy)\b"
    # "designed to help teachers use it in a way consistent with FERPA": a product built for
    # the school's use, not the vendor's promise
    # ("Riddlewick is built to be FERPA-friendly": a product described, not a promise)
    r"|\b(?:is|are)\s+(?:designed|built|intended|made)\s+to\s+be\s+ferpa[- ](?:friendly|ready|"
    r"compliant)\b(?![^.]*\b(?:shall|will|must)\b)"
    r"|\b(?:is|are)\s+(?:designed|built|intended|made)\s+to\s+(?:help|assist|enable|support|allow)"
    r"\b[^.;]{0,60}\b(?:consistent|complian\w*|comply)\b"
    # "is designed so that teachers can use it in a manner consistent with FERPA"
    # (not beside the vendor's own promise: "will comply with FERPA, and the Service is designed …")
    r"|^(?!.*\b(?:will|shall|must)\s+comply\b).*\b(?:is|are)\s+(?:designed|built|intended|made)\s+so\s+"
    r"(?:that\s+)?[^.;]{0,60}\bcan\b[^.;]{0,60}\b(?:consistent\w*|complian\w*|comply)\b"
    # "built to support schools' obligations under FERPA"
    r"|\b(?:help|helps|assist|assists|support|supports)\s+(?:the\s+)?(?:schools?|districts?|"
    r"customers?|institutions?|leas?)['\u2019]?s?\s+obligations\b"
)
# An exception the vendor judges: "except where Vendor determines compliance is impractical".
_AT_ITS_DISCRETION = LazyPattern(
    r"\b(?:except|unless)\b[^.;]{0,60}\b(?:determines?|deems?|discretion|impractic\w*|"
    r"believes?|elects?|chooses?|considers?)\b"
)
_SCHOOL_OFFICIAL = LazyPattern(r"\bschool officials?\b")
_LEGITIMATE_INTEREST = LazyPattern(
    r"\b(?:as|is|are|be)\s+(?:an?\s+)?[\"\u201c]?school officials?[\"\u201d]?\s+with\s+(?:an?\s+)?"
    r"legitimate educational interests?\b"
)
# "makes no representation that the Service complies with FERPA": a disclaimer
_NO_REPRESENTATION = LazyPattern(
    r"\b(?:makes?|gives?) no (?:representation|warrant|guarantee)|\bdoes not (?:represent|"
    r"warrant|guarantee)\b|\bdisclaims?\b"
)
