"""What a breach notice covers: "Personal Information" as a breach statute defines it (a name
with a social security, licence or account number) is not the student data of provisions
6(b) and 6(d)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..lazy_pattern import LazyPattern
from ..lexicon import lowered
from ..reader import Sentence
from .breach_recipients import breach_notices
from .registry import Verdict, weak

__all__ = ["NARROW", "identity_data_only", "some_data_only"]

NARROW = (
    "the breach notice covers only 'Personal Information' as a breach statute defines it "
    "(a name with a social security, licence or account number), not directory information, "
    "student records or student-generated content"
)
_STATUTE_DEFINITION = LazyPattern(
    r"\bpersonal information\b[^.]{0,80}\b(?:means|definition|defined)\b[^.]{0,200}"
    r"\b(?:social security|driver['\u2019]?s licen[cs]e)"
)

# "Personal Information, as defined in California Civil Code section 1798.82"
_AS_A_STATUTE_DEFINES = LazyPattern(
    r"\bpersonal information\b[^.;]{0,20}\bas defined (?:in|by|under)\b[^.;]{0,60}"
    r"\b(?:code|statutes?|breach|notification law|§|section)"
)


def identity_data_only(sentence: Sentence, sentences: Sequence[Sentence]) -> bool:
    """Whether the notice in ``sentence`` is of "Personal Information" only, where the paper
    defines that as a breach statute does: a name with a social security or licence number
    ("as defined in California Civil Code section 1798.82"). Such a notice says nothing of
    the breaches of provisions 6(b) and 6(d)."""
    low = lowered(sentence)
    if "personal information" not in low or re.search(
        r"\bstudent (?:data|records?|information)|\bdirectory\b|\beducation records?", low
    ):
        return False
    return bool(_AS_A_STATUTE_DEFINES.search(low)) or any(
        _STATUTE_DEFINITION.search(lowered(s)) for s in sentences
    )


# A notice only when some kinds of data were exposed: "If the breach exposed sensitive
# information, such as a date of birth …, we will also email the affected families".
_SOME_DATA_ONLY = LazyPattern(
    r"\b(?:if|where|when|in the event(?: that)?)\s+(?:the|a|an|any)\s+(?:[\w-]+\s+)?"
    r"(?:breach|incident)\s+(?:exposed|exposes|involved|involves|affected|affects|included|includes)\s+(?:sensitive|"
    r"financial|health|medical|special|social security|passwords?|credentials|account numbers?)\b"
)


def some_data_only(promise: Sentence, verdict: Verdict, args: Any) -> Verdict | None:
    """A notice weak when it is given for a breach of some kinds of the data only."""
    if not _SOME_DATA_ONLY.search(lowered(promise)):
        return None
    notices = breach_notices(args[0], to_parents=True)
    if any(not _SOME_DATA_ONLY.search(lowered(s)) for s in notices):
        return None  # a notice of every breach stands beside it
    return weak(promise, f"{verdict.why}, but only when the breach exposes some kinds of data")
