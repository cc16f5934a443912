"""Deleting the data: on the school's request (provision 2) and when the services end (7).

A deletion "upon request" with no way to ask is weak; copies kept in archives or backups, or
for more than a month after the end, are weak too, since the regulation allows none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lexicon import LEA, find, lowered, negated, periods_in_days
from ..reader import Sentence
from .registry import Verdict, missing, present, rule, weak


@rule("R2")
def deletion_on_request_with_a_procedure(sentences: Sequence[Sentence]) -> Verdict:
    erase = r"(?:delet\w*|destr\w*|dispos\w*|eras\w*|purg\w*)"
    asked = re.compile(
        rf"\b(?:request\w*|direct\w*|instruct\w*|ask\w*)\b[^.;]{{0,60}}\b{erase}"
        rf"|\b{erase}\b[^.;]{{0,60}}\b(?:upon|on|at|after|following) (?:the |a |its |any )?"
        rf"(?:\w+['\u2019]s )?(?:written )?(?:request|direction|instruction)"
        # The school deletes it itself: "School administrators can delete a student's data at
        # any time from the dashboard".
        rf"|\b(?:{LEA}|administrators?|teachers?)\b[^.;]{{0,40}}\b(?:can|may)\s+(?:\w+\s+)?{erase}"
        # "Upon written request from the LEA, using the form …, Provider shall dispose of …"
        rf"|^\W*(?:\(?\w{{1,4}}[.)]\s*)?(?:upon|on|at|after|following|in response to) "
        rf"(?:the |a |its |any )?(?:\w+['\u2019]s )?(?:written )?(?:request|direction|instruction)"
        rf"[^;]{{0,200}}?"
        rf"\b(?:shall|will|must|agrees? to)\s+(?:promptly\s+)?{erase}"
    )
    found = [
        s
        for s in sentences
        if asked.search(lowered(s)) and not s.heading and not negated(s.text, rf"\b{erase}")
    ]
    for sentence in found:
        if re.search(
            r"\b(?:written|in writing|e-?mail\w*|notice|form|portal|dashboard|settings|"
            r"ticket|contact\w*|within\s+\S+|days?)\b|@",
            lowered(sentence),
        ):
            return present(sentence, "gives a way to request deletion, with its procedure")
    if found:
        return weak(found[0], "deletion on request, but no procedure (how, to whom, how fast)")
    returned = [s for s in sentences if _RETURN_ON_REQUEST.search(lowered(s)) and not s.heading]
    if returned:
        return weak(returned[0], "returns what it was given on request, but never deletes it")
    return missing("gives no way to request deletion of student data")


_PROMISED = re.compile(
    r"\b(?:shall|will|must|agrees? to|won't)\s+(?:\w+\s+){0,3}?(?:be\s+)?"
    r"(?:delet|destr|dispos|return|eras|purg|retain)\w*"
)
# The clock starts at someone's later act, not at the end of the services: "within one week
# after the District accepts the final report" keeps the data until the report is accepted.
_LATER_EVENT = re.compile(
    r"\bafter\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:accepts?|approves?|acceptance|approval)\b"
    r"[^.;]{0,40}\breport\b"
)
# "Upon CREC's request, Consultant shall return all materials": a return, not a deletion.
_RETURN_ON_REQUEST = re.compile(
    r"\b(?:request\w*|direct\w*|instruct\w*|ask\w*)\b[^.;]{0,80}\b(?:shall|will|must|agrees? to)"
    r"\s+return\b|\breturn\w*\b[^.;]{0,60}\b(?:upon|on|at|after|following) (?:the |a |its |any )?"
    r"(?:written )?(?:request|direction|instruction)"
)


@rule("R7")
def data_deleted_when_the_services_end(sentences: Sequence[Sentence]) -> Verdict:
    end = (
        r"\b(?:terminat\w*|expir\w*|end of|conclusion|completion|cancel\w*|no longer "
        r"(?:needed|necessary|required)|clos\w* (?:its|the|their|an?) account|account is "
        r"closed|stops? using|final report|(?:subscription|agreement|contract|term|services?|"
        r"engagement|study|project|addendum|dpa)\s+(?:[\w ]{0,30}\s)?(?:ends|expires|terminates|"
        r"(?:is|are) terminated|(?:is|are) completed?))\b"
    )
    verb = r"\b(?:delet\w*|destr\w*|dispos\w*|return\w*|eras\w*|purg\w*|retain\w*)\b"
    found = find(sentences, verb, end)
    # A promise to delete ("shall destroy", "will delete", "shall not be retained") decides
    # before a sentence that names the deletion in passing ("terminates on the destruction").
    found.sort(key=lambda s: _PROMISED.search(lowered(s)) is None)
    for sentence in found:
        low = lowered(sentence)
        if negated(low, r"\b(?:delet\w*|destr\w*|dispos\w*|return\w*|eras\w*)\b"):
            return missing("says it need not delete the data at the end", sentence)
        days = periods_in_days(low)
        if re.search(
            r"\b(?:indefinitely|archiv\w*|backups?|may retain|reserves? the right to "
            r"retain)\b",
            low,
        ) and not negated(low, r"\bretain\w*"):
            return weak(sentence, "deletes at the end, but may keep copies long after")
        if _LATER_EVENT.search(low):
            return weak(
                sentence,
                "deletes only after a later act of the school (a report's acceptance), "
                "not on completion of the services",
            )
        if days and max(days) > 30:
            return weak(
                sentence,
                f"keeps the data up to {max(days):g} days after the services "
                "end; the regulation allows none",
            )
        return present(sentence, "does not keep the data after the services end")
    return missing("no duty to delete or return the data when the services end")
