"""The students' data under another name, free of every limit: "TallyPoint may use Usage
Metadata … to develop new products and features, and for other lawful business purposes",
"Northgate owns Telemetry … and may use Telemetry for any purpose".

Whatever limit the contract sets on the data it names, data it lets the vendor use for any
purpose at all escape it, and the students' activity is what such telemetry records:
provision 3's limit then holds for part of the data only (weak). Data that identify no one
are U2's to judge, and only the vendor's own grant counts (not the school's use of what it
bought, nor "may not use … for any other purpose").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..lazy_pattern import LazyPattern
from ..lexicon import LEA, NO_ONE, lowered, negated
from ..reader import Sentence
from .registry import Verdict, weak

__all__ = ["used_freely"]

# The vendor's own grant, not a denial ("may not use … for any other purpose") nor a use
# bounded after all ("for any purpose authorized in writing by the District").
_ANY_PURPOSE = LazyPattern(
    r"\bmay\s+(?:(?!not\b|never\b)\w+,?\s+){0,3}?"
    r"(?:use|exploit)\b(?P<what>[^.;]{0,160}?)\bfor\s+(?:any|other|its\s+own)\s+(?:other\s+)?"
    r"(?:lawful\s+)?(?:commercial\s+|business\s+)?purposes?\b"
    # not "for any purpose other than …" (a limit) nor "for any purpose connected with the Grant"
    r"(?!\s+(?:other\s+than|except|connected|related\s+to\s+th|relating\s+to\s+th|in\s+connection|"
    r"under|of\s+th|authori[sz]ed|permitted|approved|allowed|consistent|described|set\s+(?:forth|out)))"
)
# Someone else's use: the school's, its staff's, the families', either party's ("Teachers may
# use the Service … for any purpose", "the Council, which may publish and use them …").
_SOMEONE_ELSE = LazyPattern(
    rf"{LEA}|\b(?:teachers?|parents?|users?|students?|personnel|staff|part(?:y|ies)|you|they)\b"
)
# What is not the students' data: marks, know-how, feedback, what is public, billing contacts.
_NOT_STUDENT_DATA = LazyPattern(
    r"\b(?:trademarks?|marks|logos?|know-how|materials|feedback|suggestions|publicly available|"
    r"billing|invoices?|contact details)\b"
)


def _whose(before: str) -> str:
    """The clause before a "may" that names who may: "the Council, which" names the Council."""
    pieces = re.split(r"[,;:]", before)
    if len(pieces) > 1 and re.fullmatch(r"\s*(?:which|who)\s*", pieces[-1]):
        return pieces[-2]
    return pieces[-1]


def _free_use(sentences: Sequence[Sentence]) -> Sentence | None:
    """A sentence that lets the vendor use some data for any purpose, data that identify
    someone (outside readers split on usage data beside aggregates; those are left alone)."""
    for sentence in sentences:
        low = lowered(sentence)
        for found in _ANY_PURPOSE.finditer(low):
            subject = low[max(0, found.start() - 120) : found.start()]
            if (
                not _SOMEONE_ELSE.search(_whose(subject))
                and not negated(low[: found.end()], r"\b(?:use|exploit)\b")
                and not re.search(NO_ONE, subject[-100:] + found.group("what"))
                and not _NOT_STUDENT_DATA.search(found.group("what"))
            ):
                return sentence
    return None


def used_freely(promise: Sentence, verdict: Verdict, args: tuple[Any, ...]) -> Verdict | None:
    """A limit on the use of the data (3) that another term lets some of the data escape."""
    free = _free_use(args[0])
    if free is None or free is promise:
        return None
    return weak(promise, f"{verdict.why}, but other data of the students may be used for any "
                         f"purpose: {free.text}")  # fmt: skip
