"""Deadlines set by Regulation 3520.13-R: the notice after a contract is signed, and who must
act, by when, after a breach of security.

The agreement promises these limits in words; staff need them as dates. The arithmetic is
easy to get wrong (calendar or business days? is the day of discovery counted? is the day
after Thanksgiving a holiday in Connecticut?), so it lives here once. The regulation's numbers
come from the requirement catalogue, passed in: the breach limits of paragraph 6 (5, 2 and 10
days) as ``limits``, so one edit of the catalogue moves both these dates and the audit's
verdicts, and the "Notices" section's business days for CREC (5 and 2) as a
:class:`~crec_assemble.library.notice_periods.NoticePeriod`. Only the statute's outer limits
are written here, quoted next to their numbers: the catalogue transcribes the regulation.

Pure by design: no clock, no files. Every date comes in as an argument, so the same breach
always gives the same deadlines. Conventions:

- "N days from discovery" counts calendar days and excludes the day of discovery: the last
  day is ``discovered.date() + N``, and the deadline is the end of that day (23:59:59).
- Business days are Connecticut's (:mod:`crec_assemble.paperwork.business_days`).
- Days are read in the time zone of ``discovered``: pass Connecticut wall time (naive, or
  aware in America/New_York) so that a breach found at 23:30 counts from that day.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Literal

from ..errors import InputError, quoted
from ..library.breach_limits import BreachLimit, BreachLimits, day_unit, in_words
from ..library.notice_periods import NoticePeriod
from .business_days import add_business_days

__all__ = [
    "BREACH_CATEGORIES",
    "Obligation",
    "breach_obligations",
    "business_days_in_words",
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


def notice_deadline(executed: date, period: NoticePeriod) -> date:
    """The last day for the electronic notice to students and parents after a contract is signed.

    Regulation, "Notices to Students and Parents/Guardians": "Not later than five business
    days after executing a contract" (``period``, the catalogue's ``after_execution``). The
    same notice must also be posted on the website.
    """
    return add_business_days(executed, period.business_days)


def business_days_in_words(days: int, *, figure: bool = True) -> str:
    """Business days as the paperwork writes them: "two (2) business days", or "five
    business days" without the ``figure`` where a sentence for staff reads better so."""
    number = f"{in_words(days)} ({days})" if figure else in_words(days)
    return f"{number} {day_unit(days, 'business')}"


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


def _period(days: int, relation: str, *, calendar: bool) -> str:
    """A limit as the regulation words it: "five (5) calendar days from discovery", or "ten
    (10) days after discovery, counted as calendar days" where it says only "days"."""
    if calendar:
        return f"{in_words(days)} ({days}) {day_unit(days, 'calendar')} {relation} discovery"
    return (
        f"{in_words(days)} ({days}) {day_unit(days)} {relation} discovery, counted as calendar days"
    )


_DESCRIBED = {
    _STUDENT_INFORMATION: "student information other than directory information",
    _DIRECTORY_RECORDS_CONTENT: "directory information, student records or "
    "student-generated content",
}


def _regulation(
    limit: BreachLimit,
    opening: str,
    relation: str,
    categories: frozenset[str],
    *,
    urgent: bool = False,
) -> _Limit:
    """One limit of paragraph 6, with its rule worded from the catalogue's numbers.

    ``urgent`` takes the provision's shorter limit for imminent misuse, where it has one.
    """
    if urgent and limit.urgent_days is not None:
        days = limit.urgent_days
        reason = ": urgent notice, because student data may be misused imminently"
    else:
        days, reason = limit.days, f" ({_DESCRIBED[categories]})"
    period = _period(days, relation, calendar=limit.calendar)
    return _Limit(limit.paragraph, days, f"{opening} {period}{reason}", categories)


def _contractor_limits(limits: BreachLimits, *, urgent: bool) -> tuple[_Limit, _Limit]:
    """6(a) (or its urgent limit) and 6(b): the contractor's notice to the issuer."""
    return (
        _regulation(
            limits.issuer_student_information,
            "no later than",
            "from",
            _STUDENT_INFORMATION,
            urgent=urgent,
        ),
        _regulation(limits.issuer_other_data, "no later than", "from", _DIRECTORY_RECORDS_CONTENT),
    )


def _operator_limits(limits: BreachLimits) -> tuple[_Limit, _Limit]:
    """6(c) and 6(d): an operator's notice to the students and their parents."""
    return (
        _regulation(
            limits.families_student_information, "not more than", "after", _STUDENT_INFORMATION
        ),
        _regulation(
            limits.families_other_data, "not more than", "after", _DIRECTORY_RECORDS_CONTENT
        ),
    )


# The statute's outer limits stay here, not in the catalogue: the catalogue quotes the
# regulation verbatim, and the statute's words are not on file (30 and 60 days are secondary).
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
    limits: BreachLimits,
    issuer_period: NoticePeriod,
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
        limits: the regulation's limits of paragraph 6, as the catalogue records them
            (:func:`crec_assemble.library.breach_limits.breach_limits`).
        issuer_period: the business days "Notices" gives the issuer to tell the students and
            parents once it is notified (the catalogue's ``after_breach_notice``).
        operator: whether the contractor is an operator; only an operator must notify the
            students and parents itself (6(c), 6(d)). A consultant need not.
        urgent: whether urgent notice may be required because of possible imminent misuse.
            It shortens only the 6(a) limit, so it changes nothing unless student
            information was breached.
        issuer: the issuer's short name, used as the party and in the actions.
        notified: when the issuer was notified, if it has been. If not, the issuer's
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
    contractor = _strictest(
        _contractor_limits(limits, urgent=urgent),
        breached,
        discovered,
        "Contractor",
        f"notify {issuer} of the breach",
    )
    obligations = [contractor]
    if operator:
        obligations.append(
            _strictest(
                _operator_limits(limits),
                breached,
                discovered,
                "Operator",
                "notify the affected students and their parents or guardians",
            )
        )
    obligations.extend(
        _issuer_duties(issuer, issuer_period, breached, discovered, notified, contractor)
    )
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
        raise InputError(f"breach categories must be a list, not the string {quoted(categories)}")
    given = list(categories)
    for category in given:
        if category not in BREACH_CATEGORIES:
            raise InputError(f"unknown breach category {quoted(category)}; allowed: {allowed}")
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
    period: NoticePeriod,
    breached: tuple[str, ...],
    discovered: datetime,
    notified: datetime | None,
    contractor: Obligation,
) -> tuple[Obligation, Obligation]:
    """The issuer's two duties under "Notices": tell the students and parents, and post it.

    The regulation puts "within two business days" (``period``) on the notice to students and
    parents and says the issuer "shall also post notice of the breach on its website" without
    a limit of its own; the posting is given the same limit, as "also" suggests.
    """
    within = f"within {business_days_in_words(period.business_days)} after {issuer} is notified"
    if notified is None:
        start = contractor.deadline.date()
        rule = (
            f"{within}; if notified on the last permitted day ({start.isoformat()}, under "
            f"{contractor.paragraph}), by this date"
        )
    else:
        start = _local(notified, discovered).date()
        rule = f"{within} (notified {start.isoformat()})"
    deadline = _end_of_day(add_business_days(start, period.business_days), discovered)
    notify = Obligation(
        party=issuer,
        action="notify the affected students and their parents or guardians",
        paragraph=period.paragraph,
        basis="regulation",
        deadline=deadline,
        rule=rule,
        counts="business",
        categories=breached,
    )
    post = Obligation(
        party=issuer,
        action=f"post notice of the breach on {issuer}'s website",
        paragraph=period.paragraph,
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
