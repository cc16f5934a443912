"""The students' data under another name, free of every limit: "TallyPoint may use Usage
Metadata … to develop new products and features, and for other lawful business purposes",
"Northgate owns Telemetry … and may use Telemetry for any purpose".

Whatever limit the contract sets on the data it names, data it lets the vendor use for any
purpose at all escape it, and the students' activity is what such telemetry records:
provision 3's limit then holds for part of the data only (weak). Data that identify no one
are U2's to judge, and the school's own use of what it bought is no use of the vendor's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..lazy_pattern import LazyPattern
from ..lexicon import LEA, NO_ONE, lowered
from ..reader import Sentence
from .registry import Verdict, weak

__all__ = ["used_freely"]

_ANY_PURPOSE = LazyPattern(
    r"\bmay\s+(?:\w+,?\s+){0,3}?(?:use|exploit)\b[^.;]{0,160}?\bfor\s+(?:any|other|its\s+own)\s+"
    r"(?:other\s+)?(?:lawful\s+)?(?:commercial\s+|business\s+)?purposes?\b"
    # not "for any purpose other than …" (a limit) nor "for any purpose connected with the Grant"
    r"(?!\s+(?:other\s+than|except|connected|related|relating|in\s+connection|under|of\s+th))"
)
# The school using what it bought: "the Deliverables shall be owned by the Council, which may
# publish and use them for any purpose".
_THE_SCHOOLS_USE = LazyPattern(rf"{LEA}[,\s]+(?:which\s+|who\s+)?$")


def _free_use(sentences: Sequence[Sentence]) -> Sentence | None:
    """A sentence that lets the vendor use some data for any purpose, data that identify
    someone (outside readers split on usage data beside aggregates; those are left alone)."""
    for sentence in sentences:
        found = _ANY_PURPOSE.search(low := lowered(sentence))
        if found is None or _THE_SCHOOLS_USE.search(low[: found.start()]):
            continue
        if not re.search(NO_ONE, low):
            return sentence
    return None


def used_freely(promise: Sentence, verdict: Verdict, args: tuple[Any, ...]) -> Verdict | None:
    """A limit on the use of the data (3) that another term lets some of the data escape."""
    free = _free_use(args[0])
    if free is None or free is promise:
        return None
    return weak(promise, f"{verdict.why}, but other data of the students may be used for any "
                         f"purpose: {free.text}")  # fmt: skip
