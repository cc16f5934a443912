"""Sharing told, not limited (provision 15(e)): "We share Student Data with the service
providers that help us run the app", "… with a buyer or successor". Where no sentence limits
disclosure, such a description is a disclosure term whose cases go beyond the six: weak, as
outside readers label it (26 times to 8 where the rules had read nothing), not missing."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lazy_pattern import LazyPattern
from ..lexicon import lowered, negated
from ..reader import Sentence
from .disclosure_limits import DISCLOSES
from .registry import Verdict, weak

__all__ = ["ADULTS_DATA", "sharing_told"]

# Whose data: the students', or data and information the paper gives no other owner (not a
# teacher's, a parent's or staff's own, nor aggregate statistics or news)
_OF_STUDENTS = r"\b(?:information|data|records|it)\b"
# The adults' own data: "teachers' email addresses", "the parent's message"
ADULTS_DATA = (
    r"\b(?:teachers?|parents?|staff|employees?|educators?)(?:['\u2019]s?)?\s+(?:[\w-]+\s+)?"
    r"(?:e-?mail|names?|data|information|contact|addresses|messages?)"
)
_NOT_STUDENTS = LazyPattern(
    rf"{ADULTS_DATA}|\b(?:aggregate\w*|de-?identified|anonymi[sz]\w*|statistics|news|features)\b"
)
# The vendor sharing it with someone: "We share …", "Provider may disclose … to a buyer",
# "Student data may be disclosed to our subprocessors"
_RECIPIENTS = (
    r"(?:our\s+|its\s+|a\s+|an\s+|the\s+|any\s+)?(?:[\w-]+\s+)?(?:service\s+providers?|providers?|"
    r"vendors?|partners?|buyers?|successors?|acquir\w+|sponsors?|aggregators?|other\s+users|media|"
    r"compan(?:y|ies)|organi[sz]ations?|hosting|researchers?|contractors?|sub-?processors?|"
    r"advertisers?)"
)
_SHARES = LazyPattern(
    r"\b(?:we|i|contractor|provider|vendor)\s+(?:may\s+|will\s+|also\s+|only\s+)?(?:share|"
    rf"disclose|provide|transfer)s?\b[^.;]{{0,80}}\b(?:with|to)\s+{_RECIPIENTS}"
    r"|\b(?:is|are|may\s+be|will\s+be)\s+(?:also\s+)?(?:shared|disclosed|provided|transferred)\s+"
    rf"(?:with|to)\s+{_RECIPIENTS}"
)


def sharing_told(sentences: Sequence[Sentence]) -> Verdict | None:
    """Weak on the first sentence that tells of the vendor's sharing of the students' data with
    someone, and denies none of it; None when no sentence does."""
    told = next(
        (
            s
            for s in sentences
            if _SHARES.search(low := lowered(s))
            and re.search(_OF_STUDENTS, low)
            and not _NOT_STUDENTS.search(low)
            and not negated(low, DISCLOSES)
        ),
        None,
    )
    if told is None:
        return None
    return weak(told, "shares student data beyond the six permitted cases, and forbids nothing")
