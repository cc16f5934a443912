"""What part of the data a deletion on request reaches (provision 2): some items only ("delete
any Session Recording", "the participant roster") or the data.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..lazy_pattern import LazyPattern
from ..lexicon import lowered, negated
from ..reader import Sentence
from .deletion_requests import ERASE, school_asks

__all__ = ["some_items_only"]


def some_items_only(
    sentence: Sentence, clause: Sequence[Sentence], sentences: Sequence[Sentence]
) -> str | None:
    """The items a request in ``sentence`` reaches, when they are not the data: not beside the
    rest asked for ("may delete individual Recordings, or request deletion of all Customer
    Data"; "I will also delete any recording … if the School asks" beside "… class lists at the
    end, and sooner if the School asks" in its ``clause``), nor a consultant's class list that
    is all it holds."""
    items = _SOME_ITEMS.search(lowered(sentence))
    if items is None or _ALL_OF_IT.search(lowered(sentence)):
        return None
    if any(s is not sentence for s in school_asks(clause)):
        return None
    item = items[items.lastindex or 0]
    return item if _more_than(item, sentences) else None


def _more_than(item: str, sentences: Sequence[Sentence]) -> bool:
    """Whether the paper holds more than ``item``: a consultant's class list is all it holds
    unless it also records or photographs the students ("delete class lists and contact lists"
    beside the recordings it keeps)."""
    # (not a denial: "I do not photograph or film students")
    return not _LISTS_ONLY.fullmatch(item) or any(
        _RECORDED.search(low) and not negated(low, _RECORDED.pattern)
        for low in (lowered(s) for s in sentences)
    )


_LISTS_ONLY = LazyPattern(r"(?:class|contact)\s+lists?|rosters?|lists?")
_RECORDED = LazyPattern(r"\b(?:photo(?:graph)?s?|recordings?|videos?|films?|film)\b")

# What is deleted is some of the items the service holds, not the data: "an Administrator may
# delete an individual Session Recording", "return or destroy the original documents" (its
# working papers kept); and "Student Data that is no longer needed for claims" is only the
# data the vendor no longer wants. A student's account is the student's data (as outside
# readers label "delete individual student accounts").
_SOME_ITEMS = LazyPattern(
    # ("delete any Recording", "any recordings": those items, not "any Student Data")
    rf"\b(?:{ERASE}|remov\w*)\s+(?!all\b|any\b(?!\s+(?:recording|photo|image|video)s?\b)|every\b)"
    r"(?:(?:an?|any|the|individual|single|specific|"
    # ("a particular student's recordings", not "a student's recordings and drawings")
    r"particular)\s+)*(?:[\w-]+\s+|(?<=particular )(?:student|pupil|child)['\u2019]s\s+)?"
    # ("delete class lists and contact lists")
    # ("delete the participant roster", "the rosters and the allergy list")
    r"((?:session\s+)?(?:recordings?|lessons?|submissions?|(?:class|contact)\s+lists?|rosters?|"
    r"lists?|"
    # ("destroy the measurement sheets for any student")
    r"documents?|exports?|files?|messages?|posts?|images?|photo(?:graph)?s?|videos?|sheets?))\b"
    r"(?![^.;]{0,40}\b(?:and|or)\s+(?:all\s+|any\s+)?(?:other\s+)?(?:student|customer|personal)\s+"
    r"(?:data|information))"
    # ("any recording or list": the rest of what it holds too)
    r"(?!\s+(?:or|and)\s+(?:any\s+)?(?:lists?|rosters?|records?|recordings?|data|information|"
    r"photo(?:graph)?s?|images?|videos?)\b)"
    # not "the files containing Student Data": those are the data
    r"(?!\s+(?:that\s+|which\s+)?(?:contain\w*|hold\w*|hold|of|with)\b[^.;]{0,30}\b(?:data|"
    r"information|records))"
    # ("delete photographs or recordings of its students": the pictures, and no list)
    rf"|\b{ERASE}\s+(?:any\s+|the\s+)?((?:photo(?:graph)?s?|images?|videos?)\s+(?:or|and)\s+"
    r"(?:any\s+)?recordings?)\b(?!\s+(?:or|and)\b)"
    r"(?![^.;]{0,60}\b(?:and|or|with)\s+(?:all\s+|any\s+)?(?:other\s+)?(?:student|customer|personal)\s+"
    r"(?:data|information))"
    rf"|\b{ERASE}\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?(data|records|information)\s+(?:that|which)\s+"
    r"(?:is|are)\s+no\s+longer\s+(?:needed|required|necessary)\b"
    # the list asked for the other way about: "If you want the Roster deleted sooner, …"
    r"|\b(?:want|ask\s+for|would\s+like)\s+(?:the|your)\s+((?:class\s+|contact\s+)?(?:rosters?|lists?))\s+"
    r"(?:deleted|destroyed|erased|removed|shredded)\b"
)
# (the other way of asking, in the same sentence: "…, or request deletion of all Customer
# Data"; not a deletion at the end, nor "all session data", one class of it)
_ALL_OF_IT = LazyPattern(
    rf"\bor\s+(?:request|ask\s+for|direct)\s+(?:the\s+)?{ERASE}\s+(?:of\s+)?all\s+"
    r"(?:(?:student|customer|school|district|personal)\s+)?(?:data|information|records)\b"
    # the data asked for before the tool that does it is named: "can ask us to delete student
    # data at any time: an administrator can use Delete Roster …"
    # (not "delete Student Data that is no longer needed for claims", what the vendor no longer
    # needs)
    rf"|\b{ERASE}\s+(?:of\s+)?(?:some\s+or\s+all\s+of\s+)?(?:its\s+|their\s+|the\s+)?"
    r"(?:student|customer|pupil)\s+(?:data|information)\b"
    r"(?!\s+(?:that|which)\s+(?:is|are)\s+no\s+longer\b)"
    # "delete the class list or anything else I hold about your students"
    r"|\bor\s+(?:anything|everything)\s+else\s+(?:(?:that\s+)?(?:i|we|contractor)\s+(?:hold|keep|have)"
    r"|about\s+(?:your|the)\s+students)\b"
)
