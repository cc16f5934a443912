"""The vendor's own products promoted to the students' accounts, picked by what the students
do: house advertising targeted on student data (13, 15(a), and a use beyond U1's four).

"We never use student data to target ads" beside "at the end of each unit, a screen suggests
Toolbox Tidy Home, based on the bins they enjoyed most", or "messages about GritLab Plus and
other Coarsegrain games, … selected based on the player's progress": the ban is there, but
the paper excepts the vendor's own promotions from it (the readings: a ban with an
exception that swallows it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..lazy_pattern import LazyPattern
from ..lexicon import find, lowered, negated
from ..reader import Sentence
from .registry import Verdict, weak

__all__ = ["HOUSE_ADS_BY_USE", "house_ads_by_use", "house_ads_in_the_service"]

# Its own wares: "GritLab Plus", "Toolbox Tidy Home", "our premium edition", "other
# Coarsegrain games", "our family edition".
# (named right after what promotes it: not "activities for students to do at home", nor
# "messages home to parents")
_ITS_WARES = (
    r"\b(?:about|suggests?|for|promot\w*|upsell\w*|ads?\s+for|upgrad\w*\s+to)\s+(?:the\s+|our\s+|its\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:plus|premium|home|pro)\b(?!\s+(?:page|screen|address|school|room)\b)"
    r"|\b(?:premium|family|paid|home)\s+(?:edition|version|plan|subscription)s?\b"
    r"|\bother\s+(?:[\w-]+\s+){0,2}?(?:games|titles|apps|products)\b"
    # "short in-game features about our own titles" (not "hints inside our own games")
    r"|\b(?:about|on|of|for)\s+(?:our|its)\s+own\s+(?:[\w-]+\s+){0,2}?(?:games|titles|apps|products|"
    r"courses)\b"
)
# (not "recommend", which a recommendation engine does for the student, U1's third use)
_PROMOTIONS = (
    r"\b(?:messages?|screens?|suggest\w*|offers?|promot\w*|upsell\w*|features?\s+(?:about|on)|"
    r"showcases?|spotlights?)\b"
)
# … picked by what the students do in the service
_PICKED_BY_USE = (
    # (not denied: "never selected based on how the player plays", "chosen according to the
    # tier, never according to what any player has played")
    # (a participle's "based on" is read with it: "selected based on how the player plays")
    r"(?<!\bnever\s)(?<!\bnot\s)\b(?:select\w*|chos\w*|choos\w*|tailor\w*|"
    r"(?<!selected\s)(?<!chosen\s)(?:based\s+on|according\s+to)|"
    r"matched\s+to|personali[sz]ed\s+to|depending\s+on|vary\s+(?:by|with))\b"
    r"(?:(?!\b(?:never|not|no)\b)[^.;]){0,60}?"
    r"\b(?:progress|use|usage|activit(?:y|ies)|(?:game)?play(?:s|ed|ing)?|play\s+style|enjoyed|performance|scores?|how\s+(?:your|the|their)"
    r"\s+(?:classes|students|players|children)\s+use"
    # "chosen according to the levels they have completed", "… the activities a class has
    # completed"
    r"|(?:levels?|units?|lessons?|missions?|books?)\s+(?:(?:they|students?|the\s+student|a\s+(?:class|"
    r"student)|your\s+students|each\s+student)\s*(?:have|has|['\u2019]ve)\s+)?(?:already\s+)?"
    r"(?:completed|finished|played|read))\b"
)
HOUSE_ADS_BY_USE = LazyPattern(
    rf"^(?=.*?{_PROMOTIONS})(?=.*?(?:{_ITS_WARES}))(?=.*?{_PICKED_BY_USE}).*"
)
"""A sentence that promotes the vendor's own products, picked by the students' use."""


def house_ads_by_use(promise: Sentence, verdict: Verdict, args: tuple[Any, ...]) -> Verdict | None:
    """A ban on targeted advertising with student data (13) beside the vendor's own
    promotions, picked by the students' use of the service, wherever shown: weak, with the
    promotions quoted."""
    return _beside_house_ads(promise, verdict, args[0], in_the_service=False)


def house_ads_in_the_service(
    promise: Sentence, verdict: Verdict, args: tuple[Any, ...]
) -> Verdict | None:
    """The same for a ban on targeted advertising on the vendor's own service (15(a)): its
    promotions in the service, not those it shows on other websites and apps (15(b)'s)."""
    return _beside_house_ads(promise, verdict, args[0], in_the_service=True)


# Shown on other websites and apps (not "about Maplewood Plus and other services", nor "we
# never show these messages on any other website")
_SHOWN_ON_OTHER_SITES = (
    r"\b(?:on|in)\s+(?:other|any\s+other|third[- ]party|partner)\s+(?:websites?|sites|apps?|"
    r"services|online\s+services?)\b|\belsewhere\b|\banywhere\s+else\b"
)


def _shown_elsewhere(low: str) -> bool:
    return bool(re.search(_SHOWN_ON_OTHER_SITES, low)) and not negated(low, _SHOWN_ON_OTHER_SITES)


def _beside_house_ads(
    promise: Sentence, verdict: Verdict, sentences: Sequence[Sentence], *, in_the_service: bool
) -> Verdict | None:
    house = next(
        (
            s
            for s in find(sentences, HOUSE_ADS_BY_USE.pattern)
            if s is not promise
            and not negated(lowered(s), _PROMOTIONS)
            and not (in_the_service and _shown_elsewhere(lowered(s)))
        ),
        None,
    )
    if house is None:
        return None
    return weak(promise, f"{verdict.why}, but the vendor's own promotions are picked by what "
                         f"the students do: {house.text}")  # fmt: skip
