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

A class left out and then used to choose the ads a user sees ("Student Data does not include
Usage Data"; "We may use Usage Data … to select, personalize and measure ads") leaves the
bans on targeting with "Student Data" short of the students' own identifiers
(:func:`left_out_for_advertising`). The same part of the data can also stay outside under
another name the vendor claims (:mod:`.claimed_work`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .defined_terms import definition, definitions
from .lazy_pattern import LazyPattern
from .lexicon import NO_ONE, negated

__all__ = [
    "CAPTURED",
    "captured_class_left_out",
    "classes_left_out",
    "left_out_and_used_freely",
    "left_out_for_advertising",
]

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
CAPTURED = LazyPattern(
    r"\b(?:voice|audio|videos?|video (?:footage|segments?)|images?|image crops?|photo(?:graph)?s?|"
    # (not a device's "fingerprint", which is an identifier of the browser)
    r"clips?|recordings?|footage|biometric|(?<!device )(?<!device-)(?<!browser )(?<!browser-)"
    r"(?<!digital )(?<!canvas )fingerprints?(?!\s+of\s+(?:the\s+)?(?:[\w'\u2019]+\s+)?(?:device|"
    r"browser))|faces?|facial|motion|pose|stroke|"
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
    defined = definitions(texts)
    for text in texts:
        for item in (item for whole in _left_out(text) for item in _items(whole)):
            if _of_the_students(item, defined):
                return item.strip()
    return None


def _items(whole: str) -> list[str]:
    """The classes of what a sentence leaves out of the students' data, item by item, by
    name: none of a list of the staff's or the school's things, nor an item that identifies
    no one."""
    if _NOT_THE_STUDENTS.search(whole):
        return []
    return [
        item
        # a class by its name, not a clause ("De-Identified Student Information allowed under
        # this Agreement to be used by …")
        for item in _ITEMS.split(_END_OF_CLASS.split(whole, maxsplit=1)[0])
        if 0 < len(item.split()) <= _NAME_WORDS and not _IDENTIFIES_NO_ONE.search(item)
    ]


# Where a sentence's clause begins: after ", but", "; " …
_CLAUSE_BREAK = LazyPattern(r"[,;]\s*(?:but|and|while|whereas)?\s*")
# A defined class's name: "Usage Data", "Device Data" (not "information that the School has
# made publicly available")
_CLASS_NAME = LazyPattern(r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)+")


def left_out_for_advertising(texts: Iterable[str]) -> str | None:
    """A class the paper leaves out of its student data ("Student Data does not include Usage
    Data") and then uses to choose the ads a user sees ("We may use Usage Data, including
    advertising identifiers, to select, personalize and measure ads"), as the paper names it;
    None when there is none. A ban on targeting with "Student Data" then leaves the students'
    own identifiers and location to target them: outside readers find it weak. Not a class of
    the staff's, nor one that identifies no one."""
    texts = list(texts)
    names = {
        name
        for text in texts
        for whole in _left_out(text)
        if not re.search(NO_ONE, whole.casefold())
        for item in _items(whole)
        if (name := _class_name(item))
    }
    uses = [
        (
            name,
            re.compile(
                rf"(?<![\w-])(?<!aggregated )(?<!de-identified )(?<!anonymi[sz]ed )"
                rf"{re.escape(name)}\b[^.;]{{0,80}}?\b(?:to|for)\s+(?:[\w,-]+\s+){{0,4}}?"
                r"(?:select|personali[sz]|target|tailor)\w*\b[^.;]{0,40}?\b(?:ads|advertis\w*)\b",
                re.IGNORECASE,
            ),
        )
        for name in sorted(names)
    ]
    for text in texts:
        for name, use in uses:
            used = use.search(text)
            # (the use in the clause that names the class: not "We will never target ads
            # based on Student Data, but we may use Usage Data to select … ads")
            if used is None:
                continue
            breaks = _CLAUSE_BREAK.finditer(text, 0, used.start())
            clause = max((found.end() for found in breaks), default=0)
            if not negated(text[clause:], r"\b(?:select|personali[sz]|target|tailor)\w*"):
                return name
    return None


def classes_left_out(texts: Iterable[str]) -> list[str]:
    """Every class the paper leaves out of its student data by name ("Student Data does not
    include Usage Data or De-identified Data": "Usage Data"), but none of the staff's and none
    that identifies no one; in the order the paper names them."""
    names = (
        _class_name(item) for text in texts for whole in _left_out(text) for item in _items(whole)
    )
    return list(dict.fromkeys(name for name in names if name and _OF_THE_USERS.search(name)))


# A class of what the service records of its users ("Usage Data", "Device Data", "Activity
# Logs"), not the vendor's wares or the school's accounts ("Curriculum Materials", "Billing
# Information")
_OF_THE_USERS = LazyPattern(
    r"^(?!.*\b(?:billing|payment|invoices?|curriculum|teachers?|staff|marketing|company|vendor|"
    r"business|financial|account(?:ing)?)\b).*\b(?:data|information|records|logs|telemetry|metrics|"
    r"analytics|content|observations|submissions|recordings)$",
    re.IGNORECASE,
)


def left_out_and_used_freely(texts: Iterable[str], left_out: Iterable[str]) -> str | None:
    """The first class of ``left_out`` (:func:`classes_left_out`, and the students' records
    :func:`captured_class_left_out` finds) that the vendor's own terms (``texts``, its names read
    "Contractor") let it use freely ("Songdog … may publish, license and otherwise use
    Observation Records for any purpose", "Usage Data is owned by Contractor and may be used for
    any lawful business purpose"): a limit on the use of "Customer Data" then leaves part of what
    the service records of the students to any use, and outside readers find it weak. None
    otherwise: a class left out with its use not spelled out (the limit's breadth is judged where
    the uses are), used by someone else ("Students may publish their Field Sightings"), used only
    once it identifies no one, or its free uses denied ("… and will never sell or publish them")."""
    texts = list(texts)
    for left in left_out:
        # (the singular too, as the definition names it: "any Field Sighting")
        name = rf"{re.escape(left.removesuffix('s'))}s?"
        granted = re.compile(
            rf"\b(?:contractor|we|i)\b(?:(?!\b(?:school|students?|customer|parents?)\b)[^.;]){{0,80}}?"
            rf"\b(?:may|can|is\s+free\s+to)\b[^.;]{{0,80}}?"
            rf"(?<!identified )(?<!aggregated )(?<!anonymi[sz]ed )\b{name}\b[^.;]{{0,120}}"
            rf"|\b{name}\b[^.;]{{0,80}}?\bmay\s+be\s+(?:used|published|licen[cs]ed|shared|sold)\b"
            r"(?!\s+(?:only\s+)?by\s+(?:the\s+)?(?:school|district|lea|board|crec|host|council|students?|"
            r"customer|parents?)\b)[^.;]{0,120}",
            re.IGNORECASE,
        )
        for text in texts:
            found = granted.search(text)
            if found is None or re.search(NO_ONE, found.group(0).casefold()):
                continue
            if _FREELY.search(found.group(0)) and not negated(found.group(0), _FREELY.pattern):
                return left
    return None


_FREELY = LazyPattern(
    r"\bfor\s+any\s+(?:lawful\s+|other\s+)?purposes?\b|\b(?:publish|sell|commerciali[sz]e)\w*\b"
    r"|\blicen[cs](?:e|es|ing)\b(?!\s+(?:to|from)\s+(?:the\s+)?(?:school|customer|district))"
    # ("… as it sees fit", "… without restriction", "… for research, marketing and …")
    r"|\bas\s+(?:it|we)\s+sees?\s+fit\b|\bwithout\s+(?:any\s+)?restrictions?\b|\bmarketing\b"
    # ("… for any lawful business purpose", "… for its own business purposes")
    r"|\bfor\s+(?:any|its|our)\s+(?:own\s+)?(?:lawful\s+)?(?:business|commercial)\s+purposes?\b",
    re.IGNORECASE,
)


def _class_name(item: str) -> str:
    """The defined name an item of what is left out gives, without quotes or determiner; ""
    for a clause or a common noun."""
    name = re.sub(r"^\W*(?:(?:the|any|all|your|our)\s+)?", "", item.strip(), flags=re.IGNORECASE)
    name = name.strip("\"'\u201c\u201d\u2018\u2019 ")
    return name if _CLASS_NAME.fullmatch(name) else ""


def _of_the_students(item: str, defined: dict[str, str]) -> bool:
    """Whether ``item`` records the students themselves: by the definition of a term it names
    ("Event Data" means "… image crops and short video segments …"; a plural by its singular's
    definition), in a part that does not say it identifies no one; else by its own words."""
    meanings = [
        meant
        for name in _DEFINED_NAME.findall(item)
        if (meant := defined.get(name.casefold()) or defined.get(name.casefold().removesuffix("s")))
    ]
    if not meanings:
        return CAPTURED.search(item) is not None
    return any(_records_them(part) for meant in meanings for part in _PARTS.split(meant))


def _records_them(part: str) -> bool:
    """Whether one item of a definition records the students: a capture word not under the
    item's "that do not identify any student", which qualifies the noun just before it ("video
    recordings of students in class and attendance totals that do not identify any student"
    keeps the recordings; "audio and video recordings that do not identify any student" does
    not)."""
    captured = CAPTURED.search(part)
    if captured is None:
        return False
    nameless = re.search(NO_ONE, part.casefold())
    if nameless is None:
        return True
    if nameless.start() < captured.start():  # "De-identified features derived from audio"
        return False
    qualified = re.split(r"\s+(?:and|or)\s+", part[: nameless.start()])[-1]
    return CAPTURED.search(qualified) is None


_PARTS = LazyPattern(r"[,;]")
"""Where a definition's items part."""


def _left_out(text: str) -> list[str]:
    """What ``text`` leaves out of the students' data, if it does."""
    match = _LEAVES_OUT.search(text)
    if match:
        return [match.group("named") or match.group("subject")]
    meant = definition(text)
    if meant and re.fullmatch(_TERM, meant[0], re.IGNORECASE):
        return [m.group("named") for m in _EXCLUDING.finditer(meant[1])]
    return []
