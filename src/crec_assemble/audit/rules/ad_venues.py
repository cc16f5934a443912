"""The vendor's own service named by its product in a ban on targeted advertising: 15(a)'s
venue, as vendors write it ("shall not engage in Targeted Advertising on ReadNest").

A ban that names the product at the end of its sentence, as an item of the statute's list,
or before the statute's second ban ("…, and shall not engage in Targeted Advertising on any
other website …") keeps targeted advertising off the vendor's own service.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..lazy_pattern import LazyPattern
from ..lexicon import lowered, negated
from ..reader import Sentence
from .ad_bans import ENGAGE, NAMED_VENUE, exception_swallows
from .ban_clauses import own_promise
from .registry import Verdict, present

__all__ = ["named_venue_ban"]

# A product's name, as written: a capital, not "third-party websites" or "social media".
# (nor another company's platform: "on Facebook")
_PRODUCT = (
    r"(?!(?:The|Any|Other|Connecticut|Partner|Third|Facebook|Instagram|Google|YouTube|TikTok|"
    r"Twitter|X|Snapchat|LinkedIn|Pinterest|Reddit|Discord|Twitch|WhatsApp|Meta|Amazon|Apple|"
    r"Microsoft|Bing|Yahoo)\b)[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}"
)
# The same, as one item of the statute's list under a single "shall not": "(b) engage in
# Targeted Advertising on TrailTally; or (c) …", "(b) … on DoseDrill or on any Titrate website"
# (the list's first item too: "The Provider shall not (a) engage in Targeted Advertising on
# ClinicLog; (b) …"), or the statute's two bans in one, the condition the other sites'
# alone: "shall not engage in targeted advertising on VeniLog, or on any other website,
# online service or mobile application where the advertising is based on Student Data"
_LISTED_VENUE = LazyPattern(
    r"(?i:(?:^|;\s*(?:and\s+|or\s+)?|\b(?:shall|will|must|may)\s+not\s*:?\s*)\([a-z]\)\s+"
    r"(?:engag\w* in|conduct\w*|serv\w*|display\w*)\s+"
    r"(?:\w+\s+){0,2}?targeted (?:advertis\w*|ads|marketing)\s+(?:on|in|within)\s+(?:the\s+)?)"
    # the product's name, as written: a capital, not "third-party websites" or "social media"
    rf"{_PRODUCT}\s*(?i:;|$|or\s+on\s+any\s+(?!other\b))"
    r"|(?i:\btargeted (?:advertis\w*|ads)\s+(?:on|in|within)\s+(?:the\s+)?)"
    # ("… on EdgeScore, and shall not engage in Targeted Advertising on any other website …")
    # ("… on Trek Tales, nor on any other website …")
    rf"{_PRODUCT},\s*(?i:(?:n?or\s+|and\s+(?:shall|will|must)\s+not\s+(?:\w+\s+){{0,2}}?targeted\s+"
    r"(?:advertis\w*|ads)\s+)on\s+any\s+other\s+(?:websites?|online services?|mobile "
    r"applications?|apps?)\b)"
    # "… on PressMeasure or on any other website, online service or mobile application it
    # operates": the product and the vendor's other services
    r"|(?i:\btargeted (?:advertis\w*|ads)\s+(?:on|in|within)\s+(?:the\s+)?)"
    rf"{_PRODUCT}\s+(?i:(?:or|and)\s+on\s+any\s+other\s+[^.;]{{0,80}}\b(?:it|we|provider|contractor)\s+"
    r"(?:operates|runs|maintains|offers)\b)"
)


def _named_venue(text: str) -> bool:
    """Whether a ban names the vendor's own service by the product's name, at the end of its
    sentence or as an item of a list."""
    return bool(NAMED_VENUE.search(text) or _LISTED_VENUE.search(text))


def named_venue_ban(sentences: Sequence[Sentence]) -> Verdict | None:
    """A ban on its own service named by the product: "We never show targeted ads in Acme"."""
    # (an exception in another item of the list is that item's: "(b) engage in Targeted
    # Advertising on ReadNest; … (f) disclose Student Data, except …")
    named = next((s for s in sentences if _named_venue(s.text)
                  and negated(lowered(s), ENGAGE.pattern)
                  and not exception_swallows(own_promise(lowered(s), ENGAGE.pattern,
                                                         ENGAGE.pattern))),
                 None)  # fmt: skip
    if named is None:
        return None
    return present(named, "does not engage in targeted advertising on its own service")
