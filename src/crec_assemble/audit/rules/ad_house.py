"""The vendor's own products promoted to the students' accounts, picked by what the students
do: house advertising targeted on student data (13, 15(a), and a use beyond U1's four).

"We never use student data to target ads" beside "at the end of each unit, a screen suggests
Toolbox Tidy Home, based on the bins they enjoyed most", or "messages about GritLab Plus and
other Coarsegrain games, … selected based on the player's progress": the ban is there, but
the paper excepts the vendor's own promotions from it (the readings: a ban with an
exception that swallows it).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..lazy_pattern import LazyPattern
from ..lexicon import find, lowered, negated
from ..reader import Sentence
from .registry import Verdict, weak

__all__ = ["HOUSE_ADS_BY_USE", "house_ads_by_use"]

# Its own wares: "GritLab Plus", "Toolbox Tidy Home", "our premium edition", "other
# Coarsegrain games", "our family edition".
_ITS_WARES = (
    r"\b(?:[\w-]+\s+)?(?:plus|premium|home|pro)\b(?!\s+(?:page|screen|address|school|room)\b)"
    r"|\b(?:premium|family|paid|home)\s+(?:edition|version|plan|subscription)s?\b"
    r"|\bother\s+(?:[\w-]+\s+){0,2}?(?:games|titles|apps|products)\b"
)
_PROMOTES = r"\b(?:messages?|screens?|suggest\w*|offers?|promot\w*|recommend\w*|upsell\w*)\b"
# … picked by what the students do in the service
_PICKED_BY_USE = (
    r"\b(?:select\w*|chos\w*|choos\w*|tailor\w*|based\s+on|according\s+to)\b[^.;]{0,60}?"
    r"\b(?:progress|use|usage|activity|play|enjoyed|performance|scores?|how\s+(?:your|the|their)"
    r"\s+(?:classes|students|players|children)\s+use)\b"
)
HOUSE_ADS_BY_USE = LazyPattern(
    rf"^(?=.*?{_PROMOTES})(?=.*?(?:{_ITS_WARES}))(?=.*?{_PICKED_BY_USE}).*"
)
"""A sentence that promotes the vendor's own products, picked by the students' use."""


def house_ads_by_use(promise: Sentence, verdict: Verdict, args: tuple[Any, ...]) -> Verdict | None:
    """A ban on targeted advertising (13, 15(a)) beside the vendor's own promotions, picked by
    the students' use of the service: weak, with the promotions quoted."""
    sentences: Sequence[Sentence] = args[0]
    house = next(
        (
            s
            for s in find(sentences, HOUSE_ADS_BY_USE.pattern)
            if s is not promise and not negated(lowered(s), _PROMOTES)
        ),
        None,
    )
    if house is None:
        return None
    return weak(promise, f"{verdict.why}, but the vendor's own promotions are picked by what "
                         f"the students do: {house.text}")  # fmt: skip
