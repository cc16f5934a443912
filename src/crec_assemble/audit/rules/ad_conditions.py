"""What keeps a ban on targeted advertising with student data (13) from being whole: a ban
on others' use alone, an exception of its own, consent, a venue, or ads picked by what the
service knows of each student. :mod:`.advertising` reads 13 with these."""

from __future__ import annotations

import re

from ..lazy_pattern import LazyPattern
from ..lexicon import lowered
from ..reader import Sentence
from .ad_bans import (
    BUT_OTHERS_MAY,
    exception_swallows,
    other_venues_only,
    own_venue_only,
    transfer_only,
)

__all__ = ["OTHERS_USE_ONLY", "TARGETING_BASIS", "unconditional"]

# A ban on others' use of the data for advertising, the vendor's own left open: "will not
# permit any third party to use Student Data to direct advertising to students".
OTHERS_USE_ONLY = LazyPattern(
    r"\b(?:permit|allow|authori[sz]e|let|enable)\s+(?:any\s+|a\s+)?(?:third[- ]part(?:y|ies)|"
    r"advertisers?|others?|anyone|ad networks?)\s+to\s+use\b"
)
# What an exception picks its ads by: "… selected based on each student's reading history".
TARGETING_BASIS = r"\b(?:based on|match\w*|history|interests|activity)\b"


def unconditional(ban: Sentence) -> bool:
    """A data ban held to no venue, with no exception, consent or third parties only of its own."""
    low = lowered(ban)
    return not (
        own_venue_only(ban)
        or other_venues_only(ban)
        or exception_swallows(low)
        or transfer_only(low)
        or OTHERS_USE_ONLY.search(low)
        or re.search(BUT_OTHERS_MAY, low)
        or re.search(r"\b(?:except|unless)\b", low)
    )
