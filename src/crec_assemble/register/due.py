"""What is owed, by whom and by when, read from the register's histories (``register due``).

CREC's duties under Regulation 3520.13-R run on for years after an agreement is executed,
and a missed date is a breach of the regulation, so ``due`` lists each one with the rule and
the regulation's words it comes from, and says whether anything is overdue (the CLI then
exits 1, so it can run from cron). Pure by design: no clock and no database; the histories,
the day (``on``) and the catalogue's numbers come in as arguments.

Only documents whose status is not ``withdrawn`` are read. The rules:

- **Parent notice and posting** ("Notices"): each agreement or addendum with an
  ``executed`` event (the latest, which corrects any earlier one) owes the electronic notice
  to students and parents, also posted on the website, by :func:`notice_deadline` of the
  execution day (five Connecticut business days). A flow-down is not listed: it is the
  contractor's contract with its subcontractor, and CREC's notice covers the agreement.
  Done when a ``notice-posted`` event for the contract (one that names no breach) is dated
  on or after the execution.
- **Breach** (paragraph 6 and "Notices"): each ``breach`` event's details hold
  ``discovered`` (ISO date and time, Connecticut time), ``data`` (categories of
  :data:`BREACH_CATEGORIES`), ``urgent`` and, optionally, ``notified`` (when the contractor
  told CREC; without it the event's day counts, since CREC recorded the breach). Duties come
  from :func:`breach_obligations` for the document's role. CREC's two (notify the families,
  post on the website) are done when a ``notice-posted`` event names that breach
  (``--breach N``), dated on or after the day
  CREC was notified, and become overdue after their deadline. An operator's notice to the
  families (6(c), 6(d)) is listed while its deadline has not passed, naming the operator;
  CREC cannot record it being done, so it is dropped once its deadline passes and never
  makes ``due`` report anything overdue. The contractor's notice to CREC (6(a), 6(b)) is
  not listed: a recorded breach is one CREC has been told of. The statute's outer limits
  are not listed either: they are later than the regulation's, which the agreement binds
  the contractor to.
- **Ending** (the agreement's term): an executed agreement or addendum, not ``ended``,
  whose last day of services falls within ``on`` to ``on + within``. Information for staff
  (renew it, or prepare the deletion request), never overdue.
- **Deletion request** (paragraphs 2 and 7): services end on the ``ended`` event's day, or
  on the document's end date once that has passed, even if no one recorded ``ended``. From
  then CREC owes a request for deletion, due that day and done by a ``deletion-requested``
  event dated on or after it.
- **Certificate of deletion** (paragraph 7; the agreement's retention section): owed by
  the contractor ``certificate_days`` calendar days after services end, until a
  ``certificate-received`` event is recorded; overdue after that day. Where the agreement
  names no period (``certificate_days`` is None) it is listed as owed with no date, never
  overdue: staff should ask for it, but the register cannot say it is late.

Items due after ``on + within`` are left out unless overdue; undated items are always
listed. Items are sorted overdue first, then by due date (undated last), then by document.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date, datetime, time, timedelta
from typing import Literal

from ..errors import InputError
from ..library.breach_limits import in_words
from ..paperwork.deadlines import breach_obligations, notice_deadline
from .due_items import DueItem, DueRules, ItemKind, Owed, due_rules, shipped_rules
from .records import Breach, Event, EventKind, History

__all__ = [
    "DEFAULT_WITHIN",
    "READS",
    "DueItem",
    "DueRules",
    "ItemKind",
    "Owed",
    "due_horizon",
    "due_rules",
    "owed",
    "shipped_rules",
]

DEFAULT_WITHIN = 30
"""Days ahead ``register due`` looks by default: a month is time enough to renew or prepare."""

_REGULATION = "Regulation 3520.13-R"

READS: frozenset[EventKind] = frozenset(
    {"executed", "notice-posted", "breach", "ended", "deletion-requested",
     "certificate-received", "withdrawn"}
)  # fmt: skip
"""The only events the rules below read: the register need not load the others."""


def due_horizon(on: date, within: int) -> date:
    """The last day ``register due --within`` looks ahead to from ``on``.

    Raises:
        InputError: if ``within`` is negative, or reaches past the calendar's last day.
    """
    if within < 0:
        raise InputError(f"--within must be zero or more days, not {within}")
    try:
        return on + timedelta(days=within)
    except OverflowError:  # past 9999-12-31, or more days than a timedelta holds
        raise InputError(f"--within must end before the year 10000, not {within} days") from None


def owed(
    histories: Iterable[History], *, on: date, rules: DueRules, within: int = DEFAULT_WITHIN
) -> Owed:
    """What is owed on ``on``, and by when, for every document in the register.

    Args:
        histories: every document and its events, as the register reads them.
        on: the day to judge from (today, for the CLI); nothing is read from the clock.
        rules: the catalogue's numbers and words (:func:`due_rules`).
        within: how many days ahead to look; overdue and undated items are always listed.

    Raises:
        InputError: if ``within`` is negative or a breach event's details are malformed.
    """
    horizon = due_horizon(on, within)
    found: list[DueItem] = []
    for history in histories:
        if history.status == "withdrawn":
            continue
        for item in _owed_for(history, on, rules):
            if item.overdue or item.due is None or item.due <= horizon:
                found.append(item)
    found.sort(key=lambda i: (not i.overdue, i.due or date.max, i.document, i.kind, i.what))
    return Owed(on, within, tuple(found))


def _owed_for(history: History, on: date, rules: DueRules) -> Iterator[DueItem]:
    """Every item one document owes, before the window is applied."""
    for event in history.all("breach"):
        yield from _breach(history, event, on, rules)
    if history.document.kind == "flowdown" or history.last("executed") is None:
        return
    yield from _notice(history, on, rules)
    yield from _ending(history, on, rules)
    yield from _after_completion(history, on, rules)


def _item(
    history: History,
    kind: ItemKind,
    on: date,
    *,
    party: str,
    what: str,
    due: date | None,
    source: str,
    words: str,
) -> DueItem:
    """An item of ``history``'s document, with ``overdue`` and ``days_left`` counted from ``on``.

    Only items still owed are built: a done duty is never listed.
    """
    return DueItem(
        kind=kind,
        document=history.document.id,
        contractor=history.document.contractor,
        party=party,
        what=what,
        due=due,
        source=source,
        words=words,
        overdue=due is not None and due < on,
        days_left=None if due is None else (due - on).days,
    )


def _done_since(
    history: History, kind: Literal["notice-posted", "deletion-requested"], day: date,
    breach: int | None = None,
) -> bool:  # fmt: skip
    """Whether an event of ``kind`` is dated on or after ``day``; for ``notice-posted``, one
    that names the breach event ``breach`` (None: one that names no breach, the contract's
    notice). A posting closes only the notice it is recorded for."""
    return any(
        event.on >= day and event.details.get("breach") == breach for event in history.all(kind)
    )


def _notice(history: History, on: date, rules: DueRules) -> Iterator[DueItem]:
    """The notice to students and parents after execution, and its posting ("Notices")."""
    executed = history.last("executed")
    assert executed is not None  # _owed_for lists only executed documents
    if _done_since(history, "notice-posted", executed.on):
        return
    period = rules.periods.after_execution
    yield _item(
        history,
        "notice",
        on,
        party=rules.issuer,
        what=(
            "send the notice of the contract to students and parents and post it on the "
            f"website (executed {executed.on.isoformat()})"
        ),
        due=notice_deadline(executed.on, period),
        source=f"{_REGULATION}, {period.paragraph}",
        words=period.rule,
    )


def _ending(history: History, on: date, rules: DueRules) -> Iterator[DueItem]:
    """Services ending soon: time to renew, or to prepare the deletion request."""
    end = history.document.end
    if history.last("ended") is not None or end is None or end < on:
        return
    yield _item(
        history,
        "ending",
        on,
        party=rules.issuer,
        what="decide whether to renew: services end that day, and deletion is then owed",
        due=end,
        source=f"the agreement's term; {_REGULATION}, paragraph {rules.retention.paragraph}",
        words=rules.retention.text,
    )


def _completion(history: History, on: date) -> date | None:
    """The day services ended: the ``ended`` event's, else the end date once it has passed."""
    ended = history.last("ended")
    if ended is not None:
        return ended.on
    end = history.document.end
    return end if end is not None and end < on else None


def _after_completion(history: History, on: date, rules: DueRules) -> Iterator[DueItem]:
    """The deletion request CREC owes and the certificate the contractor owes, once
    services have ended."""
    completed = _completion(history, on)
    if completed is None:
        return
    deletion, retention = rules.deletion, rules.retention
    if not _done_since(history, "deletion-requested", completed):
        yield _item(
            history,
            "deletion-request",
            on,
            party=rules.issuer,
            what=f"request deletion of the student data (services ended {completed.isoformat()})",
            due=completed,
            source=f"{_REGULATION}, paragraphs {deletion.paragraph} and {retention.paragraph}",
            words=f"{deletion.paragraph}. {deletion.text} {retention.paragraph}. {retention.text}",
        )
    if history.last("certificate-received") is not None:
        return
    days = history.document.certificate_days
    period = (
        "the agreement names no period"
        if days is None
        else f"the agreement's retention section: within {in_words(days)} ({days}) calendar "
        "days of completion, the contractor certifies deletion in writing"
    )
    yield _item(
        history,
        "certificate",
        on,
        party="Contractor",
        what=f"send its certificate of deletion (services ended {completed.isoformat()})",
        due=None if days is None else completed + timedelta(days=days),
        source=f"{_REGULATION}, paragraph {retention.paragraph}; the agreement's retention section",
        words=f"{retention.text} ({period})",
    )


def _breach(history: History, event: Event, on: date, rules: DueRules) -> Iterator[DueItem]:
    """The duties a recorded breach leaves pending: CREC's, and an operator's to families."""
    discovered, categories, urgent, notified = _breach_details(history, event)
    posted = _done_since(history, "notice-posted", notified.date(), breach=event.number)
    families = max(rules.limits.families_student_information.days,
                   rules.limits.families_other_data.days)  # fmt: skip
    if posted and on > discovered.date() + timedelta(days=families):
        return  # CREC's duties done, the operator's past: nothing left to list (and no
        # business days to count, which costs a holiday calendar per year)
    try:
        obligations = breach_obligations(
            discovered,
            categories,
            limits=rules.limits,
            issuer_period=rules.periods.after_breach_notice,
            operator=history.document.role == "operator",
            urgent=urgent,
            issuer=rules.issuer,
            notified=notified,
        )
    except InputError as error:
        raise InputError(f"{_where(history, event)}: {error}") from None
    for obligation in obligations:
        if obligation.basis != "regulation" or obligation.party == "Contractor":
            continue  # the statute's later limits; the contractor's notice is the record
        due = obligation.deadline.date()
        if obligation.party == rules.issuer and posted:
            continue
        if obligation.party != rules.issuer and due < on:
            continue  # CREC cannot record an operator's notice, so it cannot be overdue
        yield _item(
            history,
            "breach",
            on,
            party=obligation.party,
            what=f"{obligation.action} (breach discovered {discovered.date().isoformat()})",
            due=due,
            source=f"{_REGULATION}, {_paragraph(obligation.paragraph)}",
            words=obligation.rule,
        )


def _paragraph(paragraph: str) -> str:
    """How a paragraph is cited: "paragraph 6(c)", but "Notices" as it is."""
    return paragraph if not paragraph[:1].isdigit() else f"paragraph {paragraph}"


def _where(history: History, event: Event) -> str:
    return f"{history.document.id}: breach event {event.number}"


def _breach_details(
    history: History, event: Event
) -> tuple[datetime, tuple[str, ...], bool, datetime]:
    """A breach event's discovery time, categories, urgency and notification time.

    Without ``notified``, CREC counts as notified at the end of the event's day.

    Raises:
        InputError: naming the document and event, if a detail is missing or malformed.
    """
    breach = Breach.of(event)
    notified = breach.notified or datetime.combine(
        event.on, time(23, 59, 59), tzinfo=breach.discovered.tzinfo
    )
    return breach.discovered, breach.data, breach.urgent, notified
