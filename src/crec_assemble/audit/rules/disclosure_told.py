"""Sharing told, not limited (provision 15(e)): "We share Student Data with the service
providers that help us run the app", "… with a buyer or successor". Where no sentence limits
disclosure, such a description is a disclosure term whose cases go beyond the six: weak, as
outside readers label it (26 times to 8 where the rules had read nothing), not missing."""

from __future__ import annotations

from collections.abc import Sequence

from ..lazy_pattern import LazyPattern
from ..lexicon import find, lowered, negated
from ..reader import Sentence
from .disclosure_limits import DISCLOSES
from .registry import Verdict, weak

__all__ = ["sharing_told"]

# Whose data: the students' (or "it", the data just named), not a user's own
_OF_STUDENTS = (
    r"\b(?:student|pupil|participant|user|customer|school|child)\w*\s+(?:data|information|"
    r"records)\b|\bit\b"
)
# The vendor sharing it with someone: "We share …", "Provider may disclose … to a buyer"
_SHARES = LazyPattern(
    r"\b(?:we|i|contractor|provider|vendor)\s+(?:may\s+|will\s+|also\s+|only\s+)?(?:share|"
    r"disclose|provide|transfer)s?\b[^.;]{0,80}\b(?:with|to)\s+(?:our\s+|its\s+|a\s+|the\s+|"
    r"any\s+)?(?:service\s+providers?|providers?|vendors?|partners?|buyers?|successors?|acquir\w+|"
    r"sponsors?|aggregators?|other\s+users|media|companies|organi[sz]ations|hosting)"
)


def sharing_told(sentences: Sequence[Sentence]) -> Verdict | None:
    """Weak on the first sentence that tells of the vendor's sharing of the students' data with
    someone, and denies none of it; None when no sentence does."""
    told = next(
        (
            s
            for s in find(sentences, DISCLOSES, _OF_STUDENTS)
            if _SHARES.search(lowered(s)) and not negated(lowered(s), DISCLOSES)
        ),
        None,
    )
    if told is None:
        return None
    return weak(told, "shares student data beyond the six permitted cases, and forbids nothing")
