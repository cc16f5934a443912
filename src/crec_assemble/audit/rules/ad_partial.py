"""A ban on targeted advertising with student data (13) made in part only: a sale of the data
for advertising banned, not its use; a law's ban followed; others' advertising kept from the
students; no advertising in the service; or a use limit that lets the vendor's own offers go
to the families. Outside readers label the last four weak, the first missing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lexicon import ADVERTISING, find, lowered
from ..reader import Sentence
from .ad_bans import data_ban, transfer_only
from .ad_free import ad_free
from .marketing import PROMOTES
from .registry import Verdict, missing, present, weak

__all__ = ["OTHERS_ADS_KEPT_OUT", "a_sale_ban_only", "some_of_the_ban"]

# Others' advertising kept out, the vendor's own left open: "No third-party advertising
# networks operate within the editor", "we do not show third-party display ads".
OTHERS_ADS_KEPT_OUT = (
    r"^\W*no\s+(?:third[- ]party|outside|partner)\s+(?:ad(?:vertising)?\s+networks?|ads|"
    r"advertising|advertisements)\b"
    r"|\b(?:do|does|will|shall)\s+not\s+(?:show|display|serve|run|allow)\s+(?:any\s+)?"
    r"(?:third[- ]party|outside|partner)\s+(?:[\w-]+\s+)?(?:ads|advertising|advertisements)\b"
)


def a_sale_ban_only(verdict: Verdict, sentences: Sequence[Sentence]) -> Verdict | None:
    """The verdict when the ban found is on selling or passing on the data for advertising
    ("will not sell Student Data for targeted advertising"), which leaves the use open; None
    when the ban found is not one. A summary's sale ban ("we do not sell student data, we show
    no ads") yields to the use banned later."""
    if not (
        verdict.status == "present"
        and verdict.sentence is not None
        and transfer_only(lowered(verdict.sentence))
    ):
        return None
    if (used := data_ban(sentences, described=True)) is not None:
        return present(used, "promises not to use student data for targeted advertising")
    return missing(
        "forbids selling or passing on the data for advertising, not using it", verdict.sentence
    )


def some_of_the_ban(sentences: Sequence[Sentence]) -> Verdict | None:
    """Where no ban on using student data for targeted advertising is made, a term that makes
    part of one (weak, as outside readers label it): a law's ban followed, others' advertising
    kept from the students, no advertising in the service, or a use limit that lets the
    vendor's own offers go to the families ("…, except that the Artist may send one notice
    about the summer camp to the families")."""
    lawful = find(sentences, r"\bcompl\w*", r"\b(?:prohibitions?|restrictions?)\b", ADVERTISING)
    if lawful:  # "will comply with SOPIPA's prohibitions on …"
        return weak(lawful[0], "follows a law's ban on targeted advertising, but makes none")
    others = find(sentences, OTHERS_ADS_KEPT_OUT)
    if others:
        return weak(others[0], "keeps others' advertising from the students, but does not forbid "
                               "its own targeting with their data")  # fmt: skip
    free = ad_free(sentences)
    if free is not None and free.status == "present" and free.sentence is not None:
        why = "shows no advertising in its service, but does not forbid using student data"
        return weak(free.sentence, f"{why} for targeted advertising elsewhere")
    offers = next(
        (s for s in sentences if re.search(rf"\bexcept\b[^.;]*(?:{PROMOTES})", lowered(s))), None
    )
    if offers is not None:
        return weak(offers, "limits its use of the data, but lets its own offers go to the "
                            "families")  # fmt: skip
    return None
