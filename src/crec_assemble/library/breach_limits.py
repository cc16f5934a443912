"""The regulation's breach-notice deadlines (paragraph 6), typed, as the catalogue records them.

The catalogue (``clauses/requirements.yaml``) is the one place the regulation's numbers are
kept: the paperwork counts a breach's deadlines from them and the audit judges a vendor's
notice period against them, so one edit of the catalogue changes both. The objects are
built from the loaded catalogue by whoever calls those layers (never a module global), so
a library passed with ``--library`` brings its own numbers.

Clause snippets print their numbers from their own text; the compliance gate's ``wording``
("five (5) calendar days from discovery") is what keeps a clause and the catalogue in step.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..errors import InputError
from ..model import Requirement

__all__ = ["BreachLimit", "BreachLimits", "breach_limit", "breach_limits", "day_unit", "in_words"]


@dataclass(frozen=True)
class BreachLimit:
    """How long one provision of paragraph 6 allows for a breach notice.

    Attributes:
        requirement: the catalogue id, "R6a" to "R6d".
        paragraph: the regulation's paragraph, "6(a)" to "6(d)".
        days: the limit, in days from discovery.
        calendar: whether the regulation itself says "calendar days" (6(a)); where it says
            only "days" (6(b) to 6(d)) the limit is still counted in calendar days, and the
            paperwork says so.
        urgent_days: the shorter limit when student data may be misused imminently (6(a)),
            or None where the provision has none.
    """

    requirement: str
    paragraph: str
    days: int
    calendar: bool
    urgent_days: int | None = None


@dataclass(frozen=True)
class BreachLimits:
    """The four notice deadlines of paragraph 6, by who is told about which data.

    Attributes:
        issuer_student_information: 6(a), the contractor tells the issuer of a breach of
            student information other than directory information.
        issuer_other_data: 6(b), the same for directory information, student records or
            student-generated content.
        families_student_information: 6(c), an operator tells the students and parents of a
            breach of student information other than directory information.
        families_other_data: 6(d), the same for the other categories.
    """

    issuer_student_information: BreachLimit
    issuer_other_data: BreachLimit
    families_student_information: BreachLimit
    families_other_data: BreachLimit


def breach_limit(requirement: Requirement) -> BreachLimit:
    """The deadline a provision of paragraph 6 sets, from its catalogue ``parameters``.

    Raises:
        InputError: if the requirement carries no ``deadline_days`` (the catalogue's schema
            requires it of R6a to R6d, so only another requirement can lack it).
    """
    parameters = requirement.parameters
    days, urgent = parameters.get("deadline_days"), parameters.get("urgent_deadline_days")
    if not isinstance(days, int):
        raise InputError(f"requirement {requirement.id} sets no breach deadline (deadline_days)")
    return BreachLimit(
        requirement=requirement.id,
        paragraph=requirement.paragraph,
        days=days,
        calendar=parameters.get("day_count") == "calendar",
        urgent_days=urgent if isinstance(urgent, int) else None,
    )


def breach_limits(requirements: Iterable[Requirement]) -> BreachLimits:
    """The four deadlines of paragraph 6, read from the catalogue's R6a to R6d.

    Raises:
        InputError: if one of R6a to R6d is not among ``requirements`` or sets no deadline.
    """
    by_id = {requirement.id: requirement for requirement in requirements}
    missing = [rid for rid in ("R6a", "R6b", "R6c", "R6d") if rid not in by_id]
    if missing:
        raise InputError(f"the catalogue lacks {', '.join(missing)}: no breach deadlines")
    return BreachLimits(
        issuer_student_information=breach_limit(by_id["R6a"]),
        issuer_other_data=breach_limit(by_id["R6b"]),
        families_student_information=breach_limit(by_id["R6c"]),
        families_other_data=breach_limit(by_id["R6d"]),
    )


_UNITS = (
    *("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
    *("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen"),
    *("seventeen", "eighteen", "nineteen"),
)
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def day_unit(days: float, kind: str = "") -> str:
    """The unit after a number of days, singular for one: "day", "calendar days", "business
    day" (``kind`` "calendar" or "business", or none)."""
    unit = "day" if days == 1 else "days"
    return f"{kind} {unit}" if kind else unit


def in_words(number: int) -> str:
    """A number as the regulation writes it before the figure: 5 → "five", 45 → "forty-five".

    Numbers from 100 up are left as figures; no deadline of the regulation comes near.
    """
    if 0 <= number < 20:
        return _UNITS[number]
    if 20 <= number < 100:
        tens, units = divmod(number, 10)
        return _TENS[tens] + (f"-{_UNITS[units]}" if units else "")
    return str(number)
