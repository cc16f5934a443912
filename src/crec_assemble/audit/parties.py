"""The names a contract gives its own parties: "Harbor Data Consulting LLC ("Harbor")".

Vendor paper calls the contractor by its own short name more often than by "Provider": a
promise of "Harbor" or "Scribbly" is the vendor's, and "not the property of … Harbor" speaks
of the vendor. The names are read once per document from its party definitions, then written
as "Contractor" in the text the classifier and the rules read (never in what is quoted).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from .lazy_pattern import LazyPattern
from .reader import Sentence

__all__ = ["as_contractor", "vendor_names"]

_QUOTED = LazyPattern(r"[\"\u201c]([^\"\u201d]{1,40})[\"\u201d]")
# A party named, then defined in brackets: 'Harbor Data Consulting LLC ("Harbor")',
# 'Scribbly, Inc. ("Scribbly", "we", "us")', 'Eastfield University ("Researcher")'.
_DEFINED = LazyPattern(
    r"(?P<long>(?:[A-Z][\w&'.-]*,?\s+){0,6}[A-Z][\w&'.-]*\.?),?\s*"
    r"(?:,[^()]{0,60})?\(\s*(?:the\s+|hereinafter\s+)?(?P<names>[\"\u201c][^()]{1,80})\)"
)
_COMPANY = LazyPattern(
    r"\b(?:LLC|L\.L\.C\.|Inc\.?|Corp\.?|Corporation|Ltd\.?|Co\.|Company|LLP|PLC)$"
)
_VENDOR_WORD = LazyPattern(
    r"provider|vendor|contractor|operator|consultant|company|processor|supplier|licensor|"
    r"we|us|our",
    re.IGNORECASE,
)
_SCHOOL_WORD = LazyPattern(
    r"crec|lea|district|board|school|customer|client|institution|subscriber|licensee|"
    r"educational agency|council|controller|you|.*\b(?:district|board|school|council)\b.*",
    re.IGNORECASE,
)
_NOT_A_PARTY = LazyPattern(
    r"agreement|addendum|dpa|ndpa|services?|study|effective date|terms|policy|party|parties|"
    r"student data|data|.*\b(?:agreement|addendum|act|law|date|data|information)\b.*",
    re.IGNORECASE,
)
_PREAMBLE = 40
"""How many sentences from the start are read for the parties' definitions: a web page's
navigation and table of contents come before its preamble."""


def vendor_names(sentences: Sequence[Sentence]) -> tuple[str, ...]:
    """The contractor's own short names, as the document defines them ("Harbor"), longest
    first; the generic ones ("Provider", "we") are known already and not returned."""
    names: list[str] = []
    for sentence in sentences[:_PREAMBLE]:
        defined = [
            (m.group("long"), _QUOTED.findall(m.group("names")))
            for m in _DEFINED.finditer(sentence.text)
        ]
        parties = [(long, short) for long, short in defined if not _documents(short)]
        has_school = any(_school(long, short) for long, short in parties)
        for long, short in parties:
            if _school(long, short):
                continue
            generic = any(_VENDOR_WORD.fullmatch(s) for s in short)
            if generic or _COMPANY.search(long) or has_school:
                names.extend(s for s in short if not _VENDOR_WORD.fullmatch(s))
    return tuple(sorted(dict.fromkeys(names), key=len, reverse=True))


def as_contractor(sentence: Sentence, names: Iterable[str]) -> Sentence:
    """The sentence with the contractor's own names written "Contractor", for reading."""
    text = sentence.text
    for name in names:
        text = re.sub(rf"(?<![\w\"\u201c]){re.escape(name)}\b(?![\"\u201d])", "Contractor", text)
    return sentence if text == sentence.text else replace(sentence, text=text)


def _school(long: str, short: Sequence[str]) -> bool:
    return any(_SCHOOL_WORD.fullmatch(s) for s in short) or bool(
        re.search(r"\b(?:Council|District|Board|School|Schools)\b", long)
    )


def _documents(short: Sequence[str]) -> bool:
    return not short or all(_NOT_A_PARTY.fullmatch(s) for s in short)
