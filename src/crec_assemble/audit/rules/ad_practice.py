"""What the vendor tells of its advertising today, in place of a promise (13, 15(a), 15(b)).

"We don't currently show ads, and we have no plans to use student data for targeted
advertising" promises nothing for tomorrow, but it speaks to the provision: outside readers
label such paper weak, not missing.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..lexicon import find
from ..reader import Sentence
from .ad_bans import TARGETED
from .narrowed import reports_practice
from .registry import Verdict, weak

__all__ = ["or_told_only"]


def or_told_only(
    verdict: Verdict, sentences: Sequence[Sentence], *, shows_none: bool = False
) -> Verdict:
    """A missing ``verdict``, unless the paper tells as the vendor's present practice what
    it promises nowhere: "We don't currently show ads, and we have no plans to use student
    data for targeted advertising" (13, 15(a), 15(b)); with ``shows_none``, also that it
    shows no advertising today ("does not currently display third-party advertising"), which
    outside readers take as 13's and 15(a)'s weak, not as 15(b)'s (the service's own pages
    say nothing of other websites)."""
    if verdict.status != "missing":
        return verdict
    told = next((s for s in find(sentences, TARGETED) if reports_practice(s.text)), None)
    if told is not None:
        return weak(told, "describes its present practice on targeted advertising; promises "
                          "nothing")  # fmt: skip
    told = next(iter(find(sentences, _NO_ADS_FOR_NOW)), None) if shows_none else None
    if told is None:
        return verdict
    return weak(told, "describes its present practice of showing no advertising; promises "
                      "nothing")  # fmt: skip


# "does not currently display third-party advertising", "Club Accounts are currently
# ad-free": no advertising today, as a fact, with no promise for tomorrow
_NO_ADS_FOR_NOW = (
    r"\b(?:do|does)\s+not\s+(?:currently|presently|at\s+present)\s+(?:show|display|serve|run|"
    r"include|carry)\b[^.;]{0,40}?\b(?:ads|advertis\w*)\b"
    r"|\b(?:currently|presently)\s+(?:do|does)\s+not\s+(?:show|display|serve|run|include|"
    r"carry)\b[^.;]{0,40}?\b(?:ads|advertis\w*)\b"
    r"|\b(?:are|is)\s+(?:currently|presently)\s+ad-free\b"
)
