"""Which clause of a breach notice a blank belongs to. Provision 6 has four parts: breaches
of student information other than directory information (6(a) to the school, 6(c) to the
families) and of directory information, records or content (6(b), 6(d)). A notice clause often
covers several in one sentence, "(a) … notify the LEA within [__] days; (b) … notify the
affected students … within five (5) days", and a blank left in one part is no blank in the
others."""

from __future__ import annotations

from .durations import has_placeholder
from .lazy_pattern import LazyPattern
from .lexicon import LEA

__all__ = ["blanks_elsewhere"]

# (kind of breach, recipient) each part of provision 6 is about
_PARTS = {"R6a": ("other", "school"), "R6b": ("directory", "school"),
          "R6c": ("other", "families"), "R6d": ("directory", "families")}  # fmt: skip
_CLAUSES = LazyPattern(r";|\s\([a-z]\)\s|\s\(i+\)\s|\s[\u2014\u2013]\s")
# Directory information (or records or content, 6(b) and 6(d)'s other kinds) named as the kind
# of breach; excepted from it when an exception comes just before ("other than a student's
# directory information", "except for directory information", "non-directory information")
_DIRECTORY = LazyPattern(
    r"\bdirectory information\b|\bstudent records\b|\bstudent-generated content\b"
    r"|\beducation records\b"
)
_EXCEPTED = LazyPattern(r"\b(?:other than|not|excluding|except(?: for)?)\b[^.;]{0,25}$|\bnon-$")
# Who is told: the families, or the school (not "listing the students affected")
_TELLS = r"\b(?:notif\w*|tell\w*|inform\w*|contact\w*)\s+"
_TO_FAMILIES = LazyPattern(
    rf"{_TELLS}(?:(?:the|each|all|any|its)\s+)?(?:affected\s+)?"
    r"(?:students?|pupils?|parents?|famil(?:y|ies)|guardians?)\b|\band\s+(?:the\s+)?(?:affected\s+)?"
    r"(?:students?|parents?|famil(?:y|ies)|guardians?)\s+(?:(?:and|or)\s+)?(?:their\s+)?"
    r"(?:parents?|guardians?)?"
)
_TO_SCHOOL = LazyPattern(rf"{_TELLS}(?:the\s+)?(?:[\w-]+\s+){{0,2}}?{LEA}")


def blanks_elsewhere(requirement: str, text: str) -> bool:
    """Whether every blank of ``text`` stands in a clause about another part of provision 6
    than ``requirement``'s (False for any other requirement)."""
    part = _PARTS.get(requirement)
    if part is None:
        return False
    blanks = [c.casefold() for c in _CLAUSES.split(text) if has_placeholder(c)]
    return bool(blanks) and all(_another_part(clause, part) for clause in blanks)


def _another_part(clause: str, part: tuple[str, str]) -> bool:
    kind, recipient = part
    named = [m.start() for m in _DIRECTORY.finditer(clause)]
    excepted = [at for at in named if _EXCEPTED.search(clause[max(0, at - 40) : at])]
    other = bool(excepted)
    directory = len(excepted) < len(named)  # (a clause may name both kinds: then neither)
    families = bool(_TO_FAMILIES.search(clause))
    school = bool(_TO_SCHOOL.search(clause))
    return (
        (kind == "other" and directory and not other)
        or (kind == "directory" and other and not directory)
        or (recipient == "families" and school and not families)
        or (recipient == "school" and families and not school)
    )
