"""What one promise on the end of the services says of provision 7, read with the rest of its
clause: the data deleted at the end (present), kept a while, kept in another form, kept by
another part's periods or on the school's asking (weak), or kept in accounts the students are
moved to (missing). :mod:`.deletion_at_end` finds the promise that decides."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...library.breach_limits import day_unit
from ..lazy_pattern import LazyPattern
from ..lexicon import EFFORTS, HOLDS_NO_STUDENT_DATA, lowered, negated
from ..reader import Sentence
from .deletion_requests import ERASE, ONLY_IF_ASKED
from .kept_back import (
    A_COPY_KEPT,
    BACKUPS_INCLUDED,
    KEPT_COPIES,
    LATER_EVENT,
    keeps_part,
)
from .period_after_end import period_after_end
from .registry import Verdict, missing, present, weak

# Given back: class lists "handed back to the teacher", or looms and keys returned.
GIVE_BACK = r"\b(?:hand(?:s|ed)?\s+back|return\w*)\b"

# Deletion at the end timed by another part's table: "in accordance with the retention
# periods in Schedule 2", "except the records and periods listed in Exhibit B".
_PERIODS_IN_ANOTHER_PART = LazyPattern(
    r"\b(?:in accordance with|subject to|as set (?:out|forth) in|pursuant to|"
    r"except(?:ing)?(?: for)?)\s+(?:the\s+)?(?:records and\s+)?(?:retention\s+)?"
    r"(?:periods?|schedule)\b[^.;]{0,40}?"
    r"\b(?:schedule|exhibit|appendix|annex|table)\s+[\w.]+"
)


def _main_clause(text: str) -> str:
    """``text`` without a condition set in commas: "Upon termination, if no written request
    from the LEA is received, Provider shall dispose …": the condition's "no" is not the
    promise's."""
    return re.sub(
        r"(?:^\W*|,\s*)(?:if|where|when|unless|to the extent)\b[^,;]{0,120},\s*", " ", text
    )


def at_the_end(sentence: Sentence, clause: Sequence[Sentence]) -> Verdict:
    """The verdict on the promise that decides provision 7, read with the rest of its clause
    (``clause``: the other sentences of its paragraph), where a carve-out often follows:
    "… will delete Student Data from its production systems. Backups … are retained for
    thirteen months"."""
    low = lowered(sentence)
    if (
        _CONVERTED.search(low)
        and not negated(low, r"\bconvert\w*")
        # provision 7's own exception: "students who so choose may have their seats converted"
        and not _STUDENTS_CHOICE.search(low)
    ):
        return missing("keeps the data after the services end, in accounts it converts them to",
                       sentence)  # fmt: skip
    # short of 7, not absent: outside readers label a keeping at the end weak nearly every time
    if negated(_main_clause(low), r"\b(?:delet\w*|destr\w*|dispos\w*|return\w*|eras\w*)\b"):
        return weak(sentence, "says it need not delete the data at the end")
    days = period_after_end(low)
    # "We keep your information for as long as your account is active": no deletion at all
    if (
        not days
        and not _NO_FIXED_TIME.search(low)  # "… and for a reasonable period thereafter"
        # (the paper shredded, the digital copy kept: "I shred the paper class list, but I keep
        # the digital copy for my records")
        and not re.search(rf"\b{ERASE}|{GIVE_BACK}", A_COPY_KEPT.sub(" ", low))
        and not negated(low, r"\b(?:retain\w*|kept|keeps?|keeping)\b")
        and not NOTHING_KEPT.search(low)  # "we keep no student information", "no … retained"
    ):
        return weak(sentence, "keeps the data after the services end, and promises no deletion")
    # "… destroy all student records, including backups": the backups go too
    if (
        KEPT_COPIES.search(low)
        and not negated(low, r"\bretain\w*")
        and not BACKUPS_INCLUDED.search(low)
    ):
        return weak(sentence, "deletes at the end, but may keep copies long after")
    # (or a deletion of its clause, or of the part it defers to: "… except as provided in
    # Section 4.5", where disposal waits on a notice)
    # (not a keeping of what holds no student's data: "Invoices (which show the school's name
    # but no student information) are kept for seven years")
    deletions = [
        other
        for s in clause
        if DELETES.search(other := lowered(s)) and not re.search(HOLDS_NO_STUDENT_DATA, other)
    ]
    if LATER_EVENT.search(low) or any(LATER_EVENT.search(other) for other in deletions):
        return weak(
            sentence,
            "deletes only after a later act (a report's acceptance, a notice to the "
            "school), not on completion of the services",
        )
    # The regulation allows no time at all after completion: "within thirty (30) days after
    # termination" keeps the data for a month.
    later = [period_after_end(other) for other in deletions]
    if days or any(later):
        longest = max([days, *later])
        return weak(
            sentence,
            f"keeps the data up to {longest:g} {day_unit(longest)} after the services end; the "
            "regulation allows none",
        )
    if _NO_FIXED_TIME.search(low) or EFFORTS.search(low):
        return weak(sentence, "deletes at the end, but within no fixed time")
    if _OR_KEEPS_IT.search(low):
        return weak(
            sentence,
            "at the end deletes the data or keeps it in another form (de-identified, "
            "anonymised, archived): the regulation has none of it retained",
        )
    if ONLY_IF_ASKED.search(low):
        return weak(sentence, "deletes at the end only if the school asks; otherwise keeps it")
    if _PERIODS_IN_ANOTHER_PART.search(low):
        return weak(sentence, "deletes at the end, but on the retention periods of another part "
                              "of the paper")  # fmt: skip
    return keeps_part(sentence, clause) or present(
        sentence, "does not keep the data after the services end"
    )


# "student seats convert to free Hobby accounts, which the students may keep or delete": the
# data stay with the vendor, under the users' own accounts.
_CONVERTED = LazyPattern(
    r"\b(?:convert\w*|transferr?\w*|mov(?:e|es|ed))\s+(?:in)?to\s+(?:free|personal|individual|"
    r"consumer|hobby|basic|private)\s+(?:[\w-]+\s+)?accounts?\b"
)
_STUDENTS_CHOICE = LazyPattern(
    r"\b(?:who|that)\s+(?:so\s+)?(?:choose|chooses|elect|elects|opt|opts|ask|asks|request|requests)\b"
    r"|\bat\s+(?:the|a|each)\s+student['\u2019]s\s+(?:request|choice|option|election)\b"
    r"|\bif\s+(?:the|a)\s+student\s+(?:so\s+)?(?:chooses|elects|asks|requests)\b"
)
# "within a commercially reasonable time after termination", "for a reasonable period
# thereafter", "in accordance with its data retention policy": kept for as long as it likes.
_NO_FIXED_TIME = LazyPattern(
    r"\b(?:(?:commercially )?reasonable (?:time|period)|as soon as (?:reasonably )?"
    r"(?:practicable|feasible)|in accordance with (?:its|our|(?:the )?[\w-]+['\u2019]s) "
    r"(?:standard |data |records? )*retention (?:policy|policies|schedule|practices)|"
    r"in (?:due|the ordinary|the normal) course|eventually|periodically|from time to time|"
    r"no longer "
    # "when it is no longer needed for the purpose": the vendor judges when, not the end
    r"(?:needed|necessary|required))\b"
)
# "will delete or de-identify", "delete or anonymise": the second keeps the data in a form.
_OR_KEEPS_IT = LazyPattern(
    r"\b(?:delet\w*|destr\w*|eras\w*|purg\w*|dispos\w*)\s+(?:of\s+)?(?:or|and/or)\s+"
    r"(?:de-?identif\w*|anonymi[sz]\w*|aggregat\w*|archiv\w*|pseudonymi[sz]\w*)"
)
DELETES = LazyPattern(
    r"\b(?:delet\w*|destr\w*|dispos\w*|eras\w*|purg\w*|retain\w*|kept)\b[^.;]{0,80}"
    r"\b(?:terminat\w*|expir\w*|end|completion)\b"
    # "Disposition under this Section shall be carried out in accordance with Article IV,
    # Section 4 and completed within sixty (60) days after completion of the Services"
    r"|\b(?:deletion|destruction|disposition|disposal|erasure)\b[^.;]{0,100}\bcompleted\s+within\b"
    r"[^.;]{0,40}\b(?:after|following)\s+(?:the\s+)?(?:terminat\w*|expir\w*|end|completion)\b"
    # "Upon termination or expiration of the Service Agreement, the Provider shall dispose of
    # … within sixty (60) days" (not "… Operator shall certify that deletion is complete", nor
    # what teachers may purge)
    r"|\b(?:(?:upon|on|at|after|following)\s+(?:the\s+)?(?:terminat\w*|expir\w*|end|completion)"
    r"|when\b[^.;,]{0,40}\b(?:terminates|ends|expires))\b[^.;]{0,80}\b(?:contractor|provider|"
    rf"vendor|we)\s+(?:shall|will|must)\s+(?:\w+\s+){{0,2}}?{ERASE}"
)


NOTHING_KEPT = LazyPattern(
    r"\b(?:keeps?|retains?)\s+no\b|\bno\s+(?:[\w-]+\s+){1,4}(?:shall|will)\s+be\s+(?:retained|kept)\b"
)
