"""The vendor's own correction in a stated time, in a term apart from the families' review
(provision 4): "Parents can see what Frostline holds about their child by asking the teacher"
and, in another section, "If something needs fixing that a teacher can't change, the school
can email … and we will correct it within 15 days". Outside readers label the pair present
(135 times in the development batches, never weak), so :mod:`.review` reads it as the whole
procedure; a fix of something else (the service, a vulnerability, an invoice), one left to the
vendor's judgement, or a paper that refuses the families' corrections elsewhere is no part of it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..durations import periods_in_days
from ..lazy_pattern import LazyPattern
from ..lexicon import lowered, negated
from ..reader import Sentence
from .review_words import CORRECT, DECLINES, DISCRETION, IN_ERROR, REVIEW

__all__ = ["corrects_in_a_stated_time"]

# "we will correct it", "Provider shall correct such errors", "we'll fix the record", "will make
# the correction", "Errors will be corrected" (not "make it available", nor "amend this
# Agreement")
_CORRECTS = LazyPattern(
    r"(?:\b(?:will|shall)\s+|['\u2019]ll\s+)(?:promptly\s+)?(?:(?:correct|fix|amend|rectify)\s+"
    r"(?:it|them|(?:the|such|any|that|those)\s+(?:[\w-]+\s+)?(?:records?|entr(?:y|ies)|errors?|"
    r"information|data|inaccurac(?:y|ies)))|make\s+the\s+corrections?)\b"
    r"|\b(?:errors?|inaccurac(?:y|ies)|corrections?)\s+(?:will|shall)\s+be\s+(?:corrected|made)\b"
)
# A fix of something other than the families' records, unless the sentence names them: "If the
# Service is down, we will fix it within two (2) business days", "If an invoice is wrong, …".
_SOMETHING_ELSE = LazyPattern(
    r"\b(?:outages?|down|crash\w*|vulnerabilit\w*|bugs?|defects?|breach\w*|incidents?|invoices?|"
    r"billing|polic(?:y|ies)|formats?|devices?|tablets?|screens?|hardware)\b"
)
# The families' records, named in the sentence: what a "fix" must be of ("If a student's record
# is wrong, we will fix it"), and what clears a sentence that names something else too.
_THE_RECORDS = LazyPattern(
    r"\b(?:records?|information|data|entr(?:y|ies)|profiles?|names?|rosters?|details|grades?|"
    r"scores?|accounts?)\b"
)
# A correction only where a law compels one is no procedure for the families' requests.
_ONLY_BY_LAW = LazyPattern(r"\b(?:if|as|where|when)\s+(?:required|compelled)\s+by\s+law\b")


def corrects_in_a_stated_time(sentences: Sequence[Sentence], review: Sentence) -> Sentence | None:
    """The vendor's sentence that corrects the families' records in a stated time, beside
    ``review`` (a review the families themselves make), or None; none where the paper refuses
    the families' corrections elsewhere."""
    if re.search(r"\byour\s+students\b", lowered(review)):
        return None  # "You can view and export your students' data": the school's own view
    read = [(s, lowered(s)) for s in sentences]
    if any(
        negated(low, CORRECT)
        or (re.search(DECLINES, low) and re.search(rf"{REVIEW}|{CORRECT}", low))
        for _, low in read
    ):
        return None  # a refusal of the families' review or correction, wherever it stands
    return next((s for s, low in read if not s.heading and _in_a_stated_time(low)), None)


def _in_a_stated_time(low: str) -> bool:
    """Whether the sentence corrects the records itself, in a period its own clause states."""
    found = _CORRECTS.search(low)
    if found is None or re.search(DISCRETION, low) or _ONLY_BY_LAW.search(low):
        return False
    records = _THE_RECORDS.search(low) is not None
    if _SOMETHING_ELSE.search(low) and not records:
        return False
    # a "fix" only of what the sentence names as the records in error (a correction is of them)
    if found.group(0).rstrip().endswith(("fix it", "fix them")) and not (
        records or re.search(IN_ERROR, low)
    ):
        return False
    # (the period the correction's own clause states, not the next one's: "… and will keep a
    # log of each correction for two (2) years", "…, and crash logs are kept for 30 days")
    clause = re.split(r"[.;]|,?\s+and\s+", low[found.start() :], maxsplit=1)[0]
    # (or the period that heads the sentence, for all it promises: "Within ten days of the
    # request, Provider shall give the requester a copy …, and shall correct any erroneous
    # information the requester identifies")
    head = _PERIOD_FIRST.match(low)
    return bool(periods_in_days(clause) or (head and periods_in_days(head.group(0))))


# (the request's period, not another act's: "Within thirty (30) days after the end of each term,
# Maplewood will archive …, and will correct …")
_PERIOD_FIRST = LazyPattern(
    r"^\W*(?:[\d.]+\s+)?within\s+[^,;]{1,60}?\b(?:request|receipt|receiving|notice)\b[^,;]{0,20},"
)
