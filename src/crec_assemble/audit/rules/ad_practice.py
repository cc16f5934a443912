"""What the vendor tells of its advertising today, in place of a promise (13, 15(a), 15(b)).

"We don't currently show ads, and we have no plans to use student data for targeted
advertising" promises nothing for tomorrow, but it speaks to the provision: outside readers
label such paper weak, not missing.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..lazy_pattern import LazyPattern
from ..lexicon import find, lowered
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
    # (not a term that lets them in: "reserves the right to display … interest-based
    # advertising … at any time", "… but reserve the right to do so")
    told = next(
        (
            s
            for s in find(sentences, TARGETED)
            if reports_practice(s.text) and not _RESERVED.search(lowered(s))
        ),
        None,
    )
    if told is not None:
        return weak(told, "describes its present practice on targeted advertising; promises "
                          "nothing")  # fmt: skip
    if not shows_none or verdict.sentence is not None or find(sentences, _ADS_LEFT_OPEN):
        # only where the paper says nothing else of advertising: not over a term that lets
        # ads in ("may use Student Data to serve targeted advertising", "reserves the right
        # to display advertising")
        return verdict
    told = next(
        (s for s in find(sentences, _NO_ADS_FOR_NOW) if not _BUT_SOME_ADS.search(lowered(s))),
        None,
    )
    if told is None:
        return verdict
    return weak(told, "describes its present practice of showing no advertising; promises "
                      "nothing")  # fmt: skip


# "does not currently display third-party advertising", "Club Accounts are currently
# ad-free": no advertising today, as a fact, with no promise for tomorrow
# (the service's own pages said so of themselves, first in the sentence: not "if the School
# does not currently display advertising", nor other websites "that do not currently display
# advertising", nor ads kept from teachers only)
_ITS_OWN_OPENING = r"^\W*(?:[\w.]+\d\s+)?(?!if\b|where\b|when\b)(?:[\w'\u2019-]+\s+){1,8}?"
_DOES_NOT = r"(?:(?:do|does)\s+not|doesn['\u2019]t|don['\u2019]t)"
_SHOW_ADS = r"(?:show|display|serve|run|include|carry)\b[^.;]{0,40}?\b(?:ads|advertis\w*)\b"
_NO_ADS_FOR_NOW = (
    # "does not currently display …", "currently does not show …"
    rf"{_ITS_OWN_OPENING}{_DOES_NOT}\s+(?:currently|presently|at\s+present)\s+{_SHOW_ADS}"
    rf"|{_ITS_OWN_OPENING}(?:currently|presently)\s+{_DOES_NOT}\s+{_SHOW_ADS}"
    r"|\b(?:are|is)\s+(?:currently|presently)\s+ad-free\b"
    # "The Console currently shows no advertising", "There is currently no advertising in …"
    r"|\b(?:currently|presently)\s+(?:shows?|displays?|serves?|carr(?:y|ies)|contains?)\s+no\s+"
    r"(?:ads|advertis\w*)\b|\bthere\s+(?:is|are)\s+(?:currently|presently)\s+no\s+"
    r"(?:ads|advertis\w*)\b"
)
# The same sentence letting some in, or keeping them from the adults only: "; the Classroom
# edition shows sponsored ads", "but we may introduce advertising", "to teachers".
_BUT_SOME_ADS = LazyPattern(
    r"\b(?:but|however|although|though)\b|;|\bmay\s+(?:introduce|begin|start|add)\b"
    r"|\b(?:to|for)\s+(?:teachers?|staff|educators?|adults|administrators?|parents?)\b"
)
# The right to begin kept back: "… but reserve the right to do so at any time", "reserves the
# right to display … interest-based advertising" (not "will never display ads").
_RESERVED = LazyPattern(r"\breserves?\s+the\s+right\s+to\b")
# A term that lets advertising in: "may use Student Data to serve targeted advertising",
# "reserves the right to display advertising".
_ADS_LEFT_OPEN = (
    r"\b(?:may|will|can|reserves?\s+the\s+right\s+to)\s+(?:\w+\s+){0,4}?(?:display|show|serve|"
    r"introduce|run|deliver)\b[^.;]{0,60}?\b(?:ads|advertis\w*)\b"
)
