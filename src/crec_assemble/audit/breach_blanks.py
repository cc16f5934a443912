"""Which clause of a breach notice a blank belongs to. Provision 6 has four parts: breaches
of student information other than directory information (6(a) to the school, 6(c) to the
families) and of directory information, records or content (6(b), 6(d)). A notice clause often
covers several in one sentence, "(a) … notify the LEA within [__] days; (b) … notify the
affected students … within five (5) days", and a blank left in one part is no blank in the
others."""

from __future__ import annotations

import re

from .durations import has_placeholder
from .lexicon import LEA, PARENTS

__all__ = ["blanks_elsewhere"]

# (kind of breach, recipient) each part of provision 6 is about
_PARTS = {"R6a": ("other", "school"), "R6b": ("directory", "school"),
          "R6c": ("other", "families"), "R6d": ("directory", "families")}  # fmt: skip
_CLAUSES = re.compile(r";|\s\([a-z]\)\s|\s\(i+\)\s|\s[\u2014\u2013]\s")
_OTHER_THAN_DIRECTORY = re.compile(r"\b(?:other than|not|excluding|except)\s+directory information")
# directory information named as the kind of breach, not excepted from it
_DIRECTORY = re.compile(
    r"(?<!other than )(?<!not )(?<!excluding )(?<!except )\bdirectory information"
)


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
    other = bool(_OTHER_THAN_DIRECTORY.search(clause))
    directory = bool(_DIRECTORY.search(clause))  # (a clause may name both kinds: then neither)
    families = bool(re.search(PARENTS, clause))
    school = bool(re.search(LEA, clause)) and not families
    return (
        (kind == "other" and directory and not other)
        or (kind == "directory" and other and not directory)
        or (recipient == "families" and school)
        or (recipient == "school" and families)
    )
