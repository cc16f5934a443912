"""Student data defined short of what the service records of the students themselves.

Vendor paper often makes its promises over a defined term ("Student Data", "Customer Data")
and then leaves out of that term what the service captures of each student: ""Customer
Data" means …, but excluding Event Data" (where Event Data are image crops and video of the
students screened), "Student Data does not include Stroke Data" (the pen paths a student
traces), "Derived Voice Features are not Student Data". Whatever the paper promises over
the term, ownership, deletion on request or no sale, then covers part of the students' data
only, and a careful reader finds it weak.

Usage data, de-identified or aggregate data and the like are left out by habit in most
paper, and readers do not hold that against the promises; only a class that records the
students' own voices, images, bodies or hands counts here. The definitions are read from
every sentence, as :mod:`.defined_terms` reads them, since the rules see none of them.

The same part of the data can stay outside under another name the vendor claims: "All
Workshop Materials are the property of the Artist", where "Workshop Materials" takes in the
students' reflection sheets and the recordings of the sessions. The school's ownership of
"the student data" then holds for part of them only (:func:`students_work_owned`); a deletion
on request or a ban on sale over the data still reaches them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .defined_terms import definition
from .lazy_pattern import LazyPattern
from .lexicon import NO_ONE, PROVIDER, negated

__all__ = ["captured_class_left_out", "left_out_for_advertising", "students_work_owned"]

# The vendor's names for the students' data.
_TERM = (
    r"(?:student|customer|school|pupil|district|client|learner)\s+(?:personal\s+)?"
    r"(?:data|records|information)"
)
# "Student Data does not include Stroke Data", "… are not Student Data"
_LEAVES_OUT = LazyPattern(
    rf"\b{_TERM}[\"\u201d]?\s+(?:does|do|shall|will)\s+not\s+include\s+(?P<named>[^.;:]+)"
    # ("… motion features are Eightcount property and are not Student Data")
    rf"|^(?P<subject>(?:(?!\b(?:is|are|was|were|it|they)\b)[^.;]){{1,120}}?)\s+"
    rf"(?:(?:is|are)\s+(?:[\w'\u2019-]+\s+){{1,4}}and\s+)?(?:is|are)\s+"
    rf"not\s+(?:considered\s+)?(?:part\s+of\s+)?{_TERM}\b",
    re.IGNORECASE,
)
# In the definition of the students' data: "…, but excluding Event Data"
# (not "including, but not limited to")
_EXCLUDING = LazyPattern(r"\b(?:excluding|excludes|but not(?!\s+limited))\s+(?P<named>[^.;:]+)")
# The items of what is left out: "Biometric Templates, Usage Metadata or De-identified Data"
_ITEMS = LazyPattern(r"\s*(?:,\s*(?:and|or)\s+|,\s*|\s+(?:and|or)\s+)")
# What records the students themselves: their voices, images, bodies or hands.
_CAPTURED = LazyPattern(
    r"\b(?:voice|audio|videos?|video (?:footage|segments?)|images?|image crops?|photo(?:graph)?s?|"
    # (not a device's "fingerprint", which is an identifier of the browser)
    r"clips?|recordings?|footage|biometric|(?<!device )(?<!browser )fingerprints?|faces?|facial|"
    r"motion|pose|stroke|"
    r"pen[- ]paths?|handwriting|keystrokes?|gaze|eye[- ]tracking)\b",
    re.IGNORECASE,
)
# Where what is left out ends: "…, excluding de-identified data, and includes voice
# recordings", "biometric data, which the Service does not collect".
_END_OF_CLASS = LazyPattern(r",?\s+(?:and\s+)?(?:includ\w*|which|that|who)\b|,\s+and\s+")
# Not the students' own: an item that identifies no one; a list of the staff's or the
# school's things ("the School's logos, images and marketing materials"); or what the service
# never records ("biometric data, which the Service does not collect").
_IDENTIFIES_NO_ONE = LazyPattern(
    r"\b(?:de-?identified|anonymi[sz]ed|aggregated?|pseudonymi[sz]ed)\b", re.IGNORECASE
)
_NOT_THE_STUDENTS = LazyPattern(
    r"\b(?:teachers?|staff|employees?|school['\u2019]s|district['\u2019]s|logos?|marketing|"
    r"professional development)\b"
    r"|\b(?:does|do|will|shall)\s+not\s+(?:collect|capture|record)|\bnever\s+(?:collects?|"
    r"captures?|records?)\b",
    re.IGNORECASE,
)
_NAME_WORDS = 6
"""The most words a class's name runs to: a longer item is a clause, not a name."""
_DEFINED_NAME = LazyPattern(r"\b[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}")


def captured_class_left_out(texts: Iterable[str]) -> str | None:
    """The first class of what the service records of the students that the paper leaves
    out of its student data, as the paper names it ("Stroke Data", one item of a list);
    None when there is none.
    A class named by a defined term counts by its definition ("Event Data" means "… image
    crops and short video segments …")."""
    texts = list(texts)
    defined = {meant[0].casefold(): meant[1] for text in texts if (meant := definition(text))}
    for text in texts:
        for whole in _left_out(text):
            if _NOT_THE_STUDENTS.search(whole):
                continue
            named = _END_OF_CLASS.split(whole, maxsplit=1)[0]
            # a class by its name, not a clause ("De-Identified Student Information allowed
            # under this Agreement to be used by …")
            items = [i for i in _ITEMS.split(named) if len(i.split()) <= _NAME_WORDS]
            for item in (i for i in items if not _IDENTIFIES_NO_ONE.search(i)):
                if _of_the_students(item, defined):
                    return item.strip()
    return None


# Advertising chosen for the user: "… to select, personalize and measure ads shown in the
# App", "for targeted advertising" (not "to measure our own marketing campaigns").
_TARGETS_ADS = LazyPattern(
    r"\b(?:select\w*|personali[sz]\w*|target\w*|tailor\w*)\b[^.;]{0,60}?\b(?:ads|advertis\w*)\b"
    r"|\b(?:ads|advertis\w*)\b[^.;]{0,30}?\b(?:personali[sz]ed|targeted|tailored)\b",
    re.IGNORECASE,
)

_CHOOSES_ADS = r"\b(?:select|personali[sz]|target|tailor|ads\b|advertis)"


def left_out_for_advertising(texts: Iterable[str]) -> str | None:
    """A class the paper leaves out of its student data ("Student Data does not include Usage
    Data") and then uses to choose the ads a user sees ("We may use Usage Data, including
    advertising identifiers, to select, personalize and measure ads"), as the paper names it;
    None when there is none. A ban on targeting with "Student Data" then leaves the students'
    own identifiers and location to target them: outside readers find it weak."""
    texts = list(texts)
    names = {
        item.strip()
        for text in texts
        for whole in _left_out(text)
        for item in _ITEMS.split(_END_OF_CLASS.split(whole, maxsplit=1)[0])
        if 0 < len(item.split()) <= _NAME_WORDS and not _IDENTIFIES_NO_ONE.search(item)
    }
    names = {re.sub(r"^(?:the|any|all)\s+", "", name, flags=re.IGNORECASE) for name in names}
    for text in texts:
        if _TARGETS_ADS.search(text) is None or negated(text, _CHOOSES_ADS):
            continue
        used = next((name for name in sorted(names) if name and name in text), None)
        if used is not None:
            return used
    return None


def _of_the_students(item: str, defined: dict[str, str]) -> bool:
    """Whether ``item`` records the students themselves, by its words or by the definition of
    a term it names ("Event Data" means "… image crops and short video segments …"; a plural
    by its singular's definition), unless that definition says it identifies no one."""
    if _CAPTURED.search(item):
        return True
    for name in _DEFINED_NAME.findall(item):
        meant = defined.get(name.casefold()) or defined.get(name.casefold().removesuffix("s"))
        if meant and not re.search(NO_ONE, meant) and _CAPTURED.search(meant):
            return True
    return False


def _left_out(text: str) -> list[str]:
    """What ``text`` leaves out of the students' data, if it does."""
    match = _LEAVES_OUT.search(text)
    if match:
        return [match.group("named") or match.group("subject")]
    meant = definition(text)
    if meant and re.fullmatch(_TERM, meant[0], re.IGNORECASE):
        return [m.group("named") for m in _EXCLUDING.finditer(meant[1])]
    return []


# The vendor's own claim to a class: "All Workshop Materials are the property of the
# Contractor", "… are the Contractor's property", "The Contractor owns all Workshop Materials"
# (the vendor's names read "Contractor"; not "… of the Contractor's licensors"), named in a
# list ("Any melodies developed in the Workshop, and all Workshop Recordings, are the exclusive
# property of the Artist") or described ("Audio and video recordings made during the
# Residency, including recordings of students performing, belong to the Contractor"; "The
# Contractor owns the copyright in … the recordings it makes during the Workshops").
_CLAIMED = r"(?P<claimed>[^.;]{1,400}?)"
# A clause's number before it: "6.1", "(b)", "4." (not a first word, "Workshop")
_CLAUSE_NUMBER = r"(?:\(?(?:\d+(?:\.\d+)*|[a-z]{1,3})[.)]?\s+)?"
# (or a consultant by its role, as its paper names it: "the Artist", "the Presenter")
_THE_VENDOR = (
    rf"(?i:the\s+)?(?i:{PROVIDER}|(?:teaching\s+)?artist|presenter|performer|musician|instructor)"
    r"(?![\w'\u2019])"
)
_OWNED_BY_THE_VENDOR = (
    LazyPattern(
        rf"^\W*{_CLAUSE_NUMBER}{_CLAIMED},?\s+(?:are|is|remains?|shall\s+(?:be|remain)|"
        r"will\s+(?:be|remain))\s+(?:the\s+)?(?:(?:sole|exclusive)\s+)?"
        rf"(?:property\s+of\s+{_THE_VENDOR}|{_THE_VENDOR}['\u2019]s\s+"
        r"(?:(?:sole|exclusive)\s+)?property\b)"
    ),
    LazyPattern(
        rf"^\W*{_CLAUSE_NUMBER}{_CLAIMED},?\s+(?:belongs?|shall\s+belong|will\s+belong)\s+"
        rf"(?:solely\s+|exclusively\s+)?to\s+{_THE_VENDOR}"
    ),
    LazyPattern(
        rf"^\W*{_CLAUSE_NUMBER}{_THE_VENDOR}\s+(?:owns|retains\s+ownership\s+of)\s+"
        r"(?:(?:the\s+|all\s+)?(?:right,\s+)?(?:title|copyright|rights?)(?:\s+and\s+interest)?\s+"
        rf"(?:in|to)\s+)?{_CLAIMED}\s*(?:[.;]|$)"
    ),
)
# (not its determiner: "All Workshop Materials" names "Workshop Materials")
_DEFINED_TERM = r"(?!(?:All|Any|The|Each|Such)\b)(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*"
# Where the vendor's claim ends and another party's begins: "…, and the School owns …"
_NEXT_CLAUSE = LazyPattern(r",\s*(?:and|but)\s+(?!in\b|to\b|all\b|any\b|the\s+audio\b)")


# What a definition takes in of the students themselves: recordings or pictures made in the
# sessions, or their own work ("Participant reflection sheets, and any audio or video
# recordings made during a Workshop"), not the vendor's lesson plans alone.
_OF_THE_SESSIONS = LazyPattern(
    # ("… images and sounds of participating students", "photographs of Workshop sessions",
    # "the recordings the Contractor makes during the Workshops")
    rf"{_CAPTURED.pattern}[^.;]{{0,40}}?\b(?:of\s+(?:the\s+|any\s+|each\s+)?(?:participating\s+)?"
    r"(?:students?|pupils?|participants?|children)|(?:(?:made|taken|makes?|takes?)\s+(?:during|at|"
    r"in)|of)\s+(?:the\s+|a\s+|any\s+|each\s+)?(?:workshop\s+|residency\s+|class\s+)?"
    r"(?:workshops?|sessions?|class(?:es)?|performances?|residency|assembl(?:y|ies)))\b"
    r"|\b(?:student|participant|pupil)s?['\u2019]?\s+(?:reflection\s+sheets|work|writing|drawings|"
    r"journals)\b"
    r"|\breflection\s+sheets\s+(?:completed|written|filled\s+in)\s+by\s+(?:the\s+)?(?:students|"
    r"participants|pupils)\b",
    re.IGNORECASE,
)
# What a definition leaves out after its list: "…, but not student work"
_LEFT_OUT_OF_IT = LazyPattern(r"\b(?:but\s+not|excluding|other\s+than|except)\b", re.IGNORECASE)


def students_work_owned(texts: Iterable[str]) -> str | None:
    """The class the vendor claims as its own property ("All Workshop Materials are the
    property of the Contractor") that takes in recordings of the students' sessions or their
    own work, by its words or by the definition of a term it names; None when there is none.
    The school's ownership of "the student data" then holds for part of them only."""
    texts = list(texts)
    defined = {meant[0].casefold(): meant[1] for text in texts if (meant := definition(text))}
    for text in texts:
        owned = next((m for p in _OWNED_BY_THE_VENDOR if (m := p.match(text))), None)
        if owned is None:
            continue
        claimed = _LEFT_OUT_OF_IT.split(_NEXT_CLAUSE.split(owned.group("claimed"))[0])[0]
        described = _OF_THE_SESSIONS.search(claimed)
        if described is not None:
            return described.group(0)
        for term in re.findall(_DEFINED_TERM, claimed):
            body = _LEFT_OUT_OF_IT.split(defined.get(term.casefold(), ""))[0]
            if _OF_THE_SESSIONS.search(body):
                return str(term)
    return None
