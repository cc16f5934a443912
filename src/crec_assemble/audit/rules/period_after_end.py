"""How long a promise to delete at the end lets the data live after it (provision 7): the
deletion's own days, not the days for certifying it or for answering a request.
"""

from __future__ import annotations

import re

from ..durations import periods_in_days
from ..lazy_pattern import LazyPattern

__all__ = ["period_after_end"]

# Where a sentence's days are the deletion's own, not only the certificate's: a deletion that
# begins then, or a confirmation *that* the deletion is done ("… will confirm to the School that
# every copy, including backups, has been purged", "… certify in writing that all Student Data
# was destroyed", "… that no copies remain"; not any "that": "confirm the date that the School
# chose")
_DAYS_ARE_THE_DELETIONS = LazyPattern(
    r"\bbegin\w*\s+(?:to\s+)?(?:delet|destr|eras|purg)\w*"
    # ("Deletion will begin upon completion …")
    r"|\b(?:delet|destr|eras|purg)\w*\s+(?:will|shall|must)\s+begin\b"
    r"|\b(?:certif|confirm)\w*\b[^.;]{0,40}?\bthat\b[^.;]{0,60}?\b(?:no\s+copies|is\s+complete|"
    r"(?:has|have|had)\s+(?:been\s+)?(?:destroyed|deleted|purged|erased)|(?:it|we|i|they)\s+"
    r"(?:destroyed|deleted|purged|erased)|(?:was|were)\s+(?:destroyed|deleted|purged|erased)|"
    r"remains?\b)"
)
_ITS_OWN_DAY = LazyPattern(
    r"\b(?:on the (?:same )?day|on that (?:day|date)|that day|immediately)\b"
    # "… shall delete all other Student Data upon completion of the Services and shall send the
    # District written confirmation within thirty (30) days"
    r"|\b(?:delet|destr|dispos|eras|purg)\w*\b[^.;]{0,40}\bupon\s+(?:the\s+)?completion\b"
    # ("Upon completion of the Services, Maplewood will delete … and send …")
    r"|\bupon\s+(?:the\s+)?completion\b[^.;]{0,60}\b(?:delet|destr|dispos|eras|purg)\w*"
)


def period_after_end(text: str) -> float:
    """The longest period ``text`` lets the data live after the end, in days; a period for
    certifying the deletion ("shall certify within thirty (30) days") or for answering a
    request during the services keeps nothing."""
    # ("… will delete all Student Data, and within thirty (30) days will certify the deletion in
    # writing": the deletion at the end, the days the certificate's, as the readings table
    # has it; not "will begin deleting … and within ninety (90) days will confirm that no
    # copies remain", nor "… will certify that the deletion is complete", the deletion's days)
    if not _DAYS_ARE_THE_DELETIONS.search(text):
        text = re.sub(
            r"\bwithin\s+[^.;,]{0,30}?\b(?:days?|weeks?|hours?)\b\s+(?:shall|will|must)\s+"
            r"(?:\w+\s+)?(?:certif|confirm)\w*",
            " ",
            text,
        )
    # (but "ninety (90) days following completion to complete deletion and certification" keeps)
    # ("… and within 30 days thereafter will certify the deletion", "shall confirm in writing
    # within ten (10) days that destruction is complete": the confirmation's time)
    text = re.sub(
        r"(?:\bwithin\s+[^.;,]{0,30}?\s+(?:thereafter|afterwards?|after that)\s*,?\s*)?"
        # ("… and will confirm the deletion to the Client in writing within five business days")
        r"(?:\b(?:shall|will|must|and|to)\s+(?:\w+\s+){0,2}?)?\b(?:certif\w*|confirm(?:s|ed)?\s+"
        r"(?:the\s+(?:deletion|destruction)\s+)?(?:to\s+(?:the\s+)?\w+\s+)?in\s+"
        # ("… and email the teacher a deletion confirmation within 30 days": those days only)
        r"writing)[^.;]{0,100}|(?:e-?mail|send|give|provide|issue)s?\s+(?:(?:the\s+)?\w+\s+)?(?:an?\s+)?"
        r"(?:written\s+)?(?:deletion|destruction|disposal)\s+(?:confirmation|certificate)\s+within\s+"
        r"[^.;,]{0,30}?\b(?:days?|weeks?|hours?)\b",
        " ",
        text,
    )
    # ("… delete all student information on the day the subscription ends and email the district
    # a confirmation within ten days": a deletion of its own time, the days the confirmation's)
    if _ITS_OWN_DAY.search(text) and not _DAYS_ARE_THE_DELETIONS.search(text):
        text = re.sub(r"\b(?:e-?mail|send|give|provide)s?\b[^.;]{0,40}\bconfirmation\s+within\s+"
                      r"[^.;,]{0,30}?\b(?:days?|weeks?)\b", " ", text)  # fmt: skip
    text = re.sub(
        r"\b(?:within|no later than)\s+[^.;,]{0,30}\b(?:of|after|following)\s+"
        # "… after receiving the request", "… of receipt" (of the request just named)
        r"(?:(?:receiv\w*|receipt of)\s+)?"
        r"(?:(?:the |a |its |any )?(?:[\w\u2019']+['\u2019]s )?(?:written )?request\b|receipt\b)"
        # "… of the District's written request following termination": asked after the end
        r"(?!\s+(?:following|after|upon|on)\s+(?:the\s+)?(?:termination|expiration|end))"
        # "… after the School's written request or after the end of the Terms": the same
        # period runs from the end too
        r"(?![^.;]{0,10}\bor\b[^.;]{0,30}\b(?:end|terminat\w*|expir\w*|complet\w*))",
        " ",
        text,
    )
    return max(periods_in_days(text), default=0.0)
