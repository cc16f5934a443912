"""What a breach notice covers: "Personal Information" as a breach statute defines it (a name
with a social security, licence or account number) is not the student data of provisions
6(b) and 6(d)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..lazy_pattern import LazyPattern
from ..lexicon import LEA, lowered
from ..reader import Sentence
from .breach_recipients import breach_notices
from .registry import Verdict, missing, weak

__all__ = ["NARROW", "identity_data_only", "narrowed_notice", "too_narrow_for_other_data"]

NARROW = (
    "the breach notice covers only 'Personal Information' as a breach statute defines it "
    "(a name with a social security, licence or account number), not directory information, "
    "student records or student-generated content"
)
_SIGN_IN_ONLY_WHY = (
    "breach notice only when passwords or sign-in details were exposed, not of directory "
    "information, student records or student-generated content"
)
_STATUTE_DEFINITION = LazyPattern(
    r"\bpersonal information\b[^.]{0,80}\b(?:means|definition|defined)\b[^.]{0,200}"
    r"\b(?:social security|driver['\u2019]?s licen[cs]e)"
)

# "Personal Information, as defined in California Civil Code section 1798.82"
_AS_A_STATUTE_DEFINES = LazyPattern(
    r"\bpersonal information\b[^.;]{0,20}\bas defined (?:in|by|under)\b[^.;]{0,60}"
    r"\b(?:code|statutes?|breach|notification law|§|section)"
)


def identity_data_only(sentence: Sentence, sentences: Sequence[Sentence]) -> bool:
    """Whether the notice in ``sentence`` is of "Personal Information" only, where the paper
    defines that as a breach statute does: a name with a social security or licence number
    ("as defined in California Civil Code section 1798.82"). Such a notice says nothing of
    the breaches of provisions 6(b) and 6(d)."""
    low = lowered(sentence)
    if "personal information" not in low or re.search(
        r"\bstudent (?:data|records?|information)|\bdirectory\b|\beducation records?", low
    ):
        return False
    return bool(_AS_A_STATUTE_DEFINES.search(low)) or any(
        _STATUTE_DEFINITION.search(lowered(s)) for s in sentences
    )


# What signs a student in, and nothing else of the data: "passwords", "login credentials",
# "a student's username and password".
_SIGN_IN_DATA = (
    r"(?:passwords?|credentials|sign-?in details|log-?in (?:details|credentials)|log-?ins?|"
    r"user\s?names?|pins?)"
)
# A notice only when some kinds of data were exposed: "If the breach exposed sensitive
# information, such as a date of birth …, we will also email the affected families", "Where an
# incident involves a student's password or login credentials, …" (the notice's condition, not
# a later step's after ", and": "… of any breach within five days, and if the breach involves
# passwords, Provider will also require a reset"; its kinds run to the main clause,
# not to a relative one: "passwords, which students may reuse elsewhere, or any other …").
_SOME_DATA_ONLY = LazyPattern(
    r"(?<!, and )(?<!,and )\b(?:if|where|when|in the event(?: that)?)\s+(?:the|a|an|any)\s+"
    r"(?:[\w-]+\s+)?(?:breach|incident)\s+"
    r"(?:exposed|exposes|involved|involves|affected|affects|included|includes)\s+"
    r"(?:(?:the|a|an)\s+)?(?:(?:students?|users?|their|[\w-]+['\u2019]s)\s+)?"
    rf"(?P<kinds>(?:sensitive|financial|health|medical|special|social security|{_SIGN_IN_DATA})\b"
    r"[^.;:]*?)(?=,?\s+(?!(?:which|who|that)\b)(?:[\w'\u2019-]+\s+){1,4}?(?:will|may|shall|must|can)\b"
    r"|[.;:]|$)"
)
# The kinds named, every one sign-in data: "student passwords or sign-in details", "usernames,
# passwords or PINs"
_SIGN_IN_ONLY = LazyPattern(
    rf"{_SIGN_IN_DATA}(?:(?:,\s+|,?\s+(?:or|and)\s+)(?:(?:the|their|a|an|other|any|similar)\s+)?"
    rf"(?:[\w-]+\s+)?{_SIGN_IN_DATA})*"
)

# The vendor's notice to the families only where it holds their address: "If we have a
# parent's email address on file for an affected student, we will also email that parent …",
# "… we will also email affected parents within five days … where we have their email
# addresses" (not the address a notice goes to: "by email to the address on file").
_ONLY_WHERE_ADDRESSED = LazyPattern(
    r"\b(?:if|where|when|provided(?: that)?)\s+"
    r"(?:(?:we|it|(?:the\s+)?(?:contractor|provider|vendor|company|operator))\s+"
    r"(?:have|has|hold|holds|keep|keeps)\s+"
    # … or what the school passed on: "Where the School has given us a parent's email address"
    rf"|(?:the\s+)?{LEA}\s+(?:has\s+)?(?:given|provided|supplied|shared)\s+(?:us|(?:the\s+)?"
    r"(?:contractor|provider))\s+(?:with\s+)?)"
    r"(?:a\s+|an\s+|the\s+|their\s+)?"
    r"(?:[\w-]+['\u2019]s?\s+|parent\s+|family\s+|guardian\s+)?"
    r"(?:e-?mail|contact|postal|mailing)(?:\s+(?:address(?:es)?|details|information))?\b"
)
# … with another way for the rest: "by email where we have a parent's email address and
# otherwise by letter"
_FALLBACK = LazyPattern(r"\b(?:otherwise|or\s+else|failing\s+that|if\s+not)\b")
# … or a notice of every other breach in a clause of its own: "…; Provider will notify parents
# of every other breach within ten (10) days"
_EVERY_OTHER_BREACH = LazyPattern(r";[^;]*\b(?:every|all|any)\s+other\s+(?:breach|incident)")


def narrowed_notice(promise: Sentence, verdict: Verdict, args: Any) -> Verdict | None:
    """A families' notice weak when it is given for a breach of some kinds of the data only,
    or only to the families whose address the vendor happens to hold, unless a whole notice
    stands beside it."""
    low = lowered(promise)
    if _EVERY_OTHER_BREACH.search(low) or (why := _narrowing(low)) is None:
        return None
    if any(_narrowing(lowered(s)) is None for s in breach_notices(args[0], to_parents=True)):
        return None  # a notice of every breach, to every family, stands beside it
    return weak(promise, f"{verdict.why}, but {why}")


def _narrowing(low: str) -> str | None:
    """How the notice in ``low`` is narrowed, said as the finding says it; None if it is not."""
    if _SOME_DATA_ONLY.search(low):
        return "only when the breach exposes some kinds of data"
    if _ONLY_WHERE_ADDRESSED.search(low) and not _FALLBACK.search(low):
        return "only to the families whose address the vendor holds"
    return None


def too_narrow_for_other_data(
    found: Sequence[Sentence], sentences: Sequence[Sentence]
) -> Verdict | None:
    """Missing for 6(b) or 6(d) when every notice ``found`` is of "Personal Information" as a
    breach statute defines it, or of sign-in data alone (a mix of the two as well); None
    otherwise."""
    if not found:
        return None
    if all(identity_data_only(s, sentences) for s in found):
        return missing(NARROW, found[0])
    if all(identity_data_only(s, sentences) or _sign_in_only(s) for s in found):
        return missing(_SIGN_IN_ONLY_WHY, found[0])
    return None


def _sign_in_only(sentence: Sentence) -> bool:
    """Whether the families' notice in ``sentence`` is given only when passwords or sign-in
    details were exposed: none of the directory information, records or content of 6(d)."""
    found = _SOME_DATA_ONLY.search(low := lowered(sentence))
    return bool(
        found
        and _SIGN_IN_ONLY.fullmatch(found["kinds"].strip())
        and not _EVERY_OTHER_BREACH.search(low)
    )
