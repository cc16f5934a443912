"""Deadlines set by Regulation 3520.13-R: the notice after a contract is signed, and who must
act, by when, after a breach of security.

The agreement promises these limits in words; staff need them as dates. The arithmetic is
easy to get wrong (calendar or business days? is the day of discovery counted? is the day
after Thanksgiving a holiday in Connecticut?), so it lives here once, with the rules quoted
next to the numbers.

Pure by design: no clock, no files. Every date comes in as an argument, so the same breach
always gives the same deadlines. Conventions:

- "N days from discovery" counts calendar days and excludes the day of discovery: the last
  day is ``discovered.date() + N``, and the deadline is the end of that day (23:59:59).
- Business days are Monday to Friday, except Connecticut state holidays as the ``holidays``
  package knows them (never a hand-kept list, which would go stale). The regulation does not
  define "business day"; this is the ordinary reading for a Connecticut public body.
- Days are read in the time zone of ``discovered``: pass Connecticut wall time (naive, or
  aware in America/New_York) so that a breach found at 23:30 counts from that day.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from types import MappingProxyType
from typing import Literal

import holidays

from ..errors import InputError

__all__ = [
    "BREACH_CATEGORIES",
    "Obligation",
    "add_business_days",
    "breach_obligations",
    "connecticut_holidays",
    "is_business_day",
    "notice_deadline",
]

BREACH_CATEGORIES = (
    "student_information",
    "directory_information",
    "student_records",
    "student_generated_content",
)
"""What a breach can involve, as the regulation sorts it. ``student_information`` means student
information other than directory information: the regulation gives it the shorter limits."""

_END_OF_DAY = time(23, 59, 59)
_STUDENT_INFORMATION = frozenset({"student_information"})
_DIRECTORY_RECORDS_CONTENT = frozenset(BREACH_CATEGORIES) - _STUDENT_INFORMATION


@lru_cache(maxsize=64)
def connecticut_holidays(year: int) -> Mapping[date, str]:
    """The Connecticut state holidays that fall in ``year``, with their names.

    Taken from the ``holidays`` package (``US`` with subdivision ``CT``, built through the
    package's ``country_holidays`` factory, which mypy --strict can see where it cannot see
    the ``holidays.US`` alias), with the weekday on which a weekend holiday is observed
    (Independence Day 2026 is observed on Friday 3 July).
    The mapping is read-only because it is cached and shared between callers.
    """
    calendar = holidays.country_holidays("US", subdiv="CT", years=year)
    return MappingProxyType({day: name for day, name in calendar.items() if day.year == year})


def is_business_day(day: date) -> bool:
    """Whether ``day`` is a business day: Monday to Friday and not a Connecticut state holiday."""
    return day.weekday() < 5 and day not in connecticut_holidays(day.year)


def add_business_days(start: date, days: int) -> date:
    """The day that is ``days`` business days after ``start``.

    ``start`` itself is never counted, whatever day it is: a contract signed on a Saturday
    or on a holiday still has its first business day on the next business day.

    Raises:
        InputError: if ``days`` is negative (the regulation only counts forwards).
    """
    if days < 0:
        raise InputError(f"business days to add must be zero or more, not {days}")
    day = start
    for _ in range(days):
        day += timedelta(days=1)
        while not is_business_day(day):
            day += timedelta(days=1)
    return day


def notice_deadline(executed: date) -> date:
    """The last day for the electronic notice to students and parents after a contract is signed.

    Regulation, "Notices to Students and Parents/Guardians": "Not later than five business
    days after executing a contract". The same notice must also be posted on the website.
    """
    return add_business_days(executed, 5)


@dataclass(frozen=True)
class Obligation:
    """One thing someone must do after a breach, and the last moment to do it.

    Attributes:
        party: who must act: "Contractor", "Operator" or the issuer's short name ("CREC").
        action: what they must do, as a sentence fragment ("notify CREC of the breach").
        paragraph: where the duty comes from: "6(a)" to "6(d)" or "Notices" of the
            regulation, or "C.G.S. §10-234dd" for the statute.
        basis: whether the regulation (and so the agreement) or the statute imposes it.
        deadline: the end (23:59:59) of the last permitted day, in the time zone of the
            discovery time passed in.
        rule: the rule applied, in words a reader can check against the source.
        counts: whether the limit counts calendar or business days.
        categories: the breached categories this obligation covers.
    """

    party: str
    action: str
    paragraph: str
    basis: Literal["regulation", "statute"]
    deadline: datetime
    rule: str
    counts: Literal["calendar", "business"]
    categories: tuple[str, ...]


@dataclass(frozen=True)
class _Limit:
    """A limit in calendar days from discovery, and the breached categories it applies to."""

    paragraph: str
    days: int
    rule: str
    categories: frozenset[str]
    basis: Literal["regulation", "statute"] = "regulation"


_CONTRACTOR = (
    _Limit(
        "6(a)",
        5,
        "no later than five (5) calendar days from discovery (student information other than "
        "directory information)",
        _STUDENT_INFORMATION,
    ),
    _Limit(
        "6(b)",
        10,
        "no later than ten (10) days from discovery, counted as calendar days (directory "
        "information, student records or student-generated content)",
        _DIRECTORY_RECORDS_CONTENT,
    ),
)
_CONTRACTOR_URGENT = _Limit(
    "6(a)",
    2,
    "no later than two (2) calendar days from discovery: urgent notice, because student data "
    "may be misused imminently",
    _STUDENT_INFORMATION,
)
_OPERATOR = (
    _Limit(
        "6(c)",
        5,
        "not more than five (5) days after discovery, counted as calendar days (student "
        "information other than directory information)",
        _STUDENT_INFORMATION,
    ),
    _Limit(
        "6(d)",
        10,
        "not more than ten (10) days after discovery, counted as calendar days (directory "
        "information, student records or student-generated content)",
        _DIRECTORY_RECORDS_CONTENT,
    ),
)
_STATUTE = (
    _Limit(
        "C.G.S. §10-234dd",
        30,
        "statutory outer limit: not more than thirty (30) days after discovery (student "
        "information other than directory information); the regulation's limit is stricter",
        _STUDENT_INFORMATION,
        "statute",
    ),
    _Limit(
        "C.G.S. §10-234dd",
        60,
        "statutory outer limit: not more than sixty (60) days after discovery (directory "
        "information, student records or student-generated content); the regulation's limit "
        "is stricter",
        _DIRECTORY_RECORDS_CONTENT,
        "statute",
    ),
)


def breach_obligations(
    discovered: datetime,
    categories: Iterable[str],
    *,
    operator: bool,
    urgent: bool = False,
    issuer: str = "CREC",
    notified: datetime | None = None,
) -> tuple[Obligation, ...]:
    """Everyone's notification duties after a breach, earliest deadline first.

    Where a breach involves several categories, the strictest limit governs: each duty is
    returned once, with the earliest applicable deadline, the paragraph it comes from, and
    every breached category it covers.

    Args:
        discovered: when the contractor or its subcontractor discovered the breach,
            whichever was earlier (6(a)). Naive (Connecticut wall time) or aware; the
            deadlines keep its ``tzinfo``.
        categories: the breached categories, from ``BREACH_CATEGORIES``.
        operator: whether the contractor is an operator; only an operator must notify the
            students and parents itself (6(c), 6(d)). A consultant need not.
        urgent: whether urgent notice may be required because of possible imminent misuse.
            It shortens only the 6(a) limit, so it changes nothing unless student
            information was breached.
        issuer: the issuer's short name, used as the party and in the actions.
        notified: when the issuer was notified, if it has been. If not, the issuer's two
            business days are counted from the contractor's last permitted day.

    Returns:
        The contractor's duty to notify the issuer and the operator's duty to notify
        students and parents (operators only), each with the statute's outer limit, and the
        issuer's duties to notify students and parents and to post on its website; sorted by
        deadline, the regulation before the statute where deadlines are equal.

    Raises:
        InputError: if a category is unknown or none is given, or ``notified`` cannot be
            compared with ``discovered`` or comes before it.
    """
    breached = _breached(categories)
    contractor_limits = (_CONTRACTOR_URGENT, _CONTRACTOR[1]) if urgent else _CONTRACTOR
    contractor = _strictest(
        contractor_limits, breached, discovered, "Contractor", f"notify {issuer} of the breach"
    )
    obligations = [contractor]
    if operator:
        obligations.append(
            _strictest(
                _OPERATOR,
                breached,
                discovered,
                "Operator",
                "notify the affected students and their parents or guardians",
            )
        )
    obligations.extend(_issuer_duties(issuer, breached, discovered, notified, contractor))
    obligations.append(
        _strictest(_STATUTE, breached, discovered, "Contractor", f"notify {issuer} of the breach")
    )
    if operator:  # the statute gives operators the same outer limits toward families
        obligations.append(
            _strictest(
                _STATUTE,
                breached,
                discovered,
                "Operator",
                "notify the affected students and their parents or guardians",
            )
        )
    # sorted() is stable, so equal deadlines keep the order built above.
    return tuple(sorted(obligations, key=lambda o: (o.deadline, o.basis != "regulation")))


def _breached(categories: Iterable[str]) -> tuple[str, ...]:
    """The breached categories, checked, without repeats, in ``BREACH_CATEGORIES`` order."""
    allowed = ", ".join(BREACH_CATEGORIES)
    if isinstance(categories, str):
        # A bare string would be read letter by letter; say what went wrong instead.
        raise InputError(f"breach categories must be a list, not the string {categories!r}")
    given = list(categories)
    for category in given:
        if category not in BREACH_CATEGORIES:
            raise InputError(f"unknown breach category {category!r}; allowed: {allowed}")
    if not given:
        raise InputError(f"no breach category given; allowed: {allowed}")
    return tuple(category for category in BREACH_CATEGORIES if category in given)


def _end_of_day(day: date, like: datetime) -> datetime:
    """The last second of ``day``, in the time zone of ``like``."""
    return datetime.combine(day, _END_OF_DAY, tzinfo=like.tzinfo)


def _strictest(
    limits: Iterable[_Limit],
    breached: tuple[str, ...],
    discovered: datetime,
    party: str,
    action: str,
) -> Obligation:
    """One duty under the strictest of the ``limits`` that apply to the breached categories."""
    applicable = [limit for limit in limits if limit.categories.intersection(breached)]
    governing = min(applicable, key=lambda limit: limit.days)
    rule = governing.rule
    if len(applicable) > 1:
        others = ", ".join(
            f"{limit.paragraph}: {limit.days} days"
            for limit in applicable
            if limit is not governing
        )
        rule += (
            f"; the strictest limit governs all the categories breached ({others} would allow more)"
        )
    return Obligation(
        party=party,
        action=action,
        paragraph=governing.paragraph,
        basis=governing.basis,
        deadline=_end_of_day(discovered.date() + timedelta(days=governing.days), discovered),
        rule=rule,
        counts="calendar",
        categories=breached,
    )


def _issuer_duties(
    issuer: str,
    breached: tuple[str, ...],
    discovered: datetime,
    notified: datetime | None,
    contractor: Obligation,
) -> tuple[Obligation, Obligation]:
    """The issuer's two duties under "Notices": tell the students and parents, and post it.

    The regulation puts "within two business days" on the notice to students and parents and
    says the issuer "shall also post notice of the breach on its website" without a limit of
    its own; the posting is given the same limit, as "also" suggests.
    """
    if notified is None:
        start = contractor.deadline.date()
        rule = (
            f"within two (2) business days after {issuer} is notified; if notified on the last "
            f"permitted day ({start.isoformat()}, under {contractor.paragraph}), by this date"
        )
    else:
        start = _local(notified, discovered).date()
        rule = (
            f"within two (2) business days after {issuer} is notified "
            f"(notified {start.isoformat()})"
        )
    deadline = _end_of_day(add_business_days(start, 2), discovered)
    notify = Obligation(
        party=issuer,
        action="notify the affected students and their parents or guardians",
        paragraph="Notices",
        basis="regulation",
        deadline=deadline,
        rule=rule,
        counts="business",
        categories=breached,
    )
    post = Obligation(
        party=issuer,
        action=f"post notice of the breach on {issuer}'s website",
        paragraph="Notices",
        basis="regulation",
        deadline=deadline,
        rule=rule
        + "; the regulation sets the posting no limit of its own, so the notice's applies",
        counts="business",
        categories=breached,
    )
    return notify, post


def _local(notified: datetime, discovered: datetime) -> datetime:
    """``notified`` in the time zone of ``discovered``, so that both name days alike.

    Raises:
        InputError: if one is naive and the other aware, or the issuer was notified
            before the breach was discovered.
    """
    if (notified.tzinfo is None) != (discovered.tzinfo is None):
        raise InputError(
            "notified and discovered must both carry a time zone or both be local wall time"
        )
    local = notified if discovered.tzinfo is None else notified.astimezone(discovered.tzinfo)
    if local < discovered:
        raise InputError(
            f"notified ({notified.isoformat()}) is before the breach was discovered "
            f"({discovered.isoformat()})"
        )
    return local
