"""The ban on targeted advertising on the vendor's own service (15(a)), and when it is narrower
than the provision: others' advertising kept off alone, or the students' PII alone.
:mod:`.advertising` reads the rest of 15(a) and asks this module for these."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lazy_pattern import LazyPattern
from ..lexicon import lowered
from ..reader import Sentence
from .ad_bans import ENGAGE, prohibition
from .ad_free import ad_free
from .ad_places import ELSEWHERE_VENUES, OWN_VENUE
from .registry import Verdict, weak

__all__ = ["PII_ONLY_WHY", "SOME_ADS", "free_of_ads", "narrower_ban", "own_venue_prohibition"]

SOME_ADS = (
    # ("We don't allow third-party ad networks in the student app")
    r"\b(?:third[- ]party|partner|outside) (?:ads|advertising|advertisements|ad networks?)\b"
    rf"|\bon the basis of\b[^.;]{{0,60}}{ELSEWHERE_VENUES}"
)


def own_venue_prohibition(sentences: Sequence[Sentence]) -> Verdict:
    """A prohibition of targeted advertising on the vendor's own service, as worded."""
    return prohibition(
        sentences,
        r"\b(?:target\w*|advertis(?:e|es|ed|ing|ements?)|ads?)\b",  # "We don't serve ads"
        OWN_VENUE,
        "nothing forbids targeted advertising on the vendor's own service",
        "target advertising on its own service",
    )


def free_of_ads(sentences: Sequence[Sentence]) -> Verdict | None:
    """A service with no advertising (:func:`ad_free`); where it keeps only others' ads off,
    the vendor's own targeting banned in a term of its own instead."""
    free = ad_free(sentences)
    if free is None:
        return None
    return (free.status == "weak" and _own_venue_ban(sentences)) or free


def _own_venue_ban(sentences: Sequence[Sentence]) -> Verdict | None:
    """A whole ban on targeted advertising on the vendor's own service, which a service kept
    free of others' advertising alone does not weaken: "The Services do not display
    third-party advertising" beside "… will not engage in targeted advertising within the
    Services"."""
    verdict = own_venue_prohibition(sentences)
    if (
        verdict.status != "present"
        or verdict.sentence is None
        or narrower_ban(verdict) is not None
        # the statute's own words, not a practice or a ban on the PII alone
        or not _ENGAGE_IN.search(lowered(verdict.sentence))
    ):
        return None
    return verdict


_ENGAGE_IN = LazyPattern(r"\bengag\w*\s+in\s+targeted\s+(?:advertis\w*|ads|marketing)\b")


def narrower_ban(verdict: Verdict) -> Verdict | None:
    """The ban on its own service found, when narrower than 15(a)'s: others' ads alone, or
    the PII alone, wherever the ads are ("We do not use personal information about students
    to target advertising to them, on SplitSeat or anywhere else")."""
    if verdict.sentence is None:
        return None
    low = lowered(verdict.sentence)
    # (not beside the statute's own ban: "… will not engage in targeted advertising in the
    # Service and will not integrate third-party ad networks")
    if verdict.status == "present" and re.search(SOME_ADS, low) and not _ENGAGE_IN.search(low):
        return weak(verdict.sentence, "forbids only others' advertising on its service")
    # (not with the statute's ban on engaging in it beside it, nor with the identifiers banned
    # too: "… and shall not use persistent unique identifiers … to direct advertising")
    if (
        verdict.status == "present"
        and _PII_BAN.search(low)
        and not ENGAGE.search(low)
        and not _IDENTIFIERS_TOO.search(low)
    ):
        return weak(verdict.sentence, PII_ONLY_WHY)
    return None


_IDENTIFIERS_TOO = LazyPattern(r"\bpersistent\s+(?:unique\s+)?identifiers?\b")
PII_ONLY_WHY = (
    "forbids targeting with students' personally identifiable information only, not targeted "
    "advertising on its service"
)
# A ban on using the students' personal information alone for targeting: "We never use
# personal information from Student Data to target advertising", "shall not use personally
# identifiable information contained in Screening Data for Targeted Advertising, whether on
# the Portal or …" (as outside readers label it, 7 of 8 in the development batches; the
# statute's ban on engaging in targeted advertising beside it is read whole: see
# :func:`narrower_ban`).
_PII_BAN = LazyPattern(
    # ("We never use a student's name, email address or other personally identifiable
    # information to target ads to that student, in Ticket Tally or anywhere else")
    # (not "Student Data or other personal information": the data whole)
    r"\b(?:not|never)\s+(?:\w+\s+){0,2}?us(?:e|es|ing)\s+(?:(?:(?!\bdata\b)[^.;]){0,60}?\bor\s+other\s+)?"
    r"(?:students['\u2019]?\s+)?(?:personal|personally\s+identifiable) "
    # (the PII alone: not "personal information, Student Data or any other information")
    r"information\b(?!\s*(?:,|or|and)\s+(?:any\s+)?(?:other\s+)?(?:student\s+)?(?:data|"
    r"information)\b)"
)
