"""What a breach notice covers: "Personal Information" as a breach statute defines it (a name
with a social security, licence or account number) is not the student data of provisions
6(b) and 6(d)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..lazy_pattern import LazyPattern
from ..lexicon import lowered
from ..reader import Sentence
from .breach_recipients import breach_notices
from .registry import Verdict, missing, weak

__all__ = ["NARROW", "identity_data_only", "of_other_data_none", "some_data_only"]

NARROW = (
    "the breach notice covers only 'Personal Information' as a breach statute defines it "
    "(a name with a social security, licence or account number), not directory information, "
    "student records or student-generated content"
)
_CREDENTIALS_ONLY_WHY = (
    "breach notice to students and parents only when passwords or sign-in details were "
    "exposed, not of directory information, student records or student-generated content"
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


# A notice only when some kinds of data were exposed: "If the breach exposed sensitive
# information, such as a date of birth …, we will also email the affected families", "Where an
# incident involves a student's password or login credentials, …".
_CREDENTIALS = (
    r"(?:passwords?|credentials|sign-?in details|log-?in (?:details|credentials)|account numbers?)"
)
_SOME_DATA_ONLY = LazyPattern(
    r"\b(?:if|where|when|in the event(?: that)?)\s+(?:the|a|an|any)\s+(?:[\w-]+\s+)?"
    r"(?:breach|incident)\s+(?:exposed|exposes|involved|involves|affected|affects|included|includes)\s+"
    r"(?:(?:the|a|an)\s+)?(?:(?:students?|users?|their|[\w-]+['\u2019]s)\s+)?"
    rf"(?P<kinds>(?:sensitive|financial|health|medical|special|social security|{_CREDENTIALS})\b"
    r"[^.;:]*?)(?=,?\s+(?:[\w'\u2019-]+\s+){1,3}?(?:will|may|shall|must|can)\b|[.;:]|$)"
)
# The kinds named, every one a credential: "student passwords or sign-in details"
_CREDENTIALS_ONLY = LazyPattern(
    rf"{_CREDENTIALS}(?:\s+(?:or|and)\s+(?:(?:the|their|a|an)\s+)?{_CREDENTIALS})*"
)

# The vendor's notice to the families only where it holds their address: "If we have a
# parent's email address on file for an affected student, we will also email that parent …",
# "… we will also email affected parents within five days … where we have their email
# addresses" (not the address a notice goes to: "by email to the address on file").
_ONLY_WHERE_ADDRESSED = LazyPattern(
    r"\b(?:if|where|when|provided(?: that)?)\s+"
    r"(?:we|it|the (?:provider|vendor|company|operator))\s+"
    r"(?:have|has|hold|holds|keep|keeps)\s+(?:a\s+|an\s+|the\s+|their\s+)?"
    r"(?:[\w-]+['\u2019]s?\s+|parent\s+|family\s+|guardian\s+)?"
    r"(?:e-?mail|contact|postal|mailing)(?:\s+(?:address(?:es)?|details|information))?\b"
)


def some_data_only(promise: Sentence, verdict: Verdict, args: Any) -> Verdict | None:
    """A notice weak when it is given for a breach of some kinds of the data only, or only
    to the families whose address the vendor happens to hold."""
    notices = breach_notices(args[0], to_parents=True)
    if _SOME_DATA_ONLY.search(lowered(promise)):
        if any(not _SOME_DATA_ONLY.search(lowered(s)) for s in notices):
            return None  # a notice of every breach stands beside it
        return weak(promise, f"{verdict.why}, but only when the breach exposes some kinds of data")
    if _ONLY_WHERE_ADDRESSED.search(lowered(promise)):
        if any(not _ONLY_WHERE_ADDRESSED.search(lowered(s)) for s in notices):
            return None
        return weak(promise, f"{verdict.why}, but only to the families whose address the "
                             "vendor holds")  # fmt: skip
    return None


def of_other_data_none(found: Sequence[Sentence], sentences: Sequence[Sentence]) -> Verdict | None:
    """Missing for 6(d) when every families' notice found is of "Personal Information" as a
    breach statute defines it, or of passwords alone; None otherwise."""
    if found and all(identity_data_only(s, sentences) for s in found):
        return missing(NARROW, found[0])
    if found and all(_credentials_only(s) for s in found):
        return missing(_CREDENTIALS_ONLY_WHY, found[0])
    return None


def _credentials_only(sentence: Sentence) -> bool:
    """Whether the families' notice in ``sentence`` is given only when passwords or sign-in
    details were exposed: none of the directory information, records or content of 6(d)."""
    found = _SOME_DATA_ONLY.search(lowered(sentence))
    return bool(found and _CREDENTIALS_ONLY.fullmatch(found["kinds"].strip()))
