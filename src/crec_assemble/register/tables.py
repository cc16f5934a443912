"""The register's tables for people: the list of documents, and the yearly report of services
CREC used without an executed agreement.

Pure functions over :class:`~.records.History`: no database, no files, no clock (the day a
report is made comes in as an argument). A :class:`Table` holds plain values, so one table
prints as JSON, writes as CSV or XLSX (:mod:`.spreadsheets`), and shows on a web page alike.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from ..errors import InputError, quoted
from ..inputs.text import normalised
from ..model import MAIN_KINDS
from .records import STATUSES, History, Listed

__all__ = ["Column", "Table", "Value", "annual_report", "listing"]

# A cell: text, a count of days, a day, or nothing (an end date a profile left open).
Value = str | int | date | None


@dataclass(frozen=True)
class Column:
    """One column: ``key`` names it in JSON, ``heading`` heads it in a spreadsheet."""

    key: str
    heading: str


@dataclass(frozen=True)
class Table:
    """A titled table of plain values, as the register shows it to people.

    Attributes:
        title: what it is (a spreadsheet's sheet name, at most 31 characters).
        columns: its columns, in order.
        rows: one tuple of values per row, in the columns' order.
        as_of: the day the table describes the register as of, None when the register is
            empty. A spreadsheet carries it as its created and modified date, never the
            clock, so the same register writes the same bytes.
    """

    title: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Value, ...], ...]
    as_of: date | None
    brief: tuple[str, ...] = ()  # the keys of the columns a terminal shows, one line a row

    @property
    def headings(self) -> tuple[str, ...]:
        return tuple(column.heading for column in self.columns)

    def only(self, keys: Sequence[str]) -> Table:
        """The same table with only the columns ``keys`` names, in that order: what a
        terminal (its ``brief``) or a web page has room for."""
        where = [[column.key for column in self.columns].index(key) for key in keys]
        return replace(
            self,
            columns=tuple(self.columns[n] for n in where),
            rows=tuple(tuple(row[n] for n in where) for row in self.rows),
            brief=(),
        )

    def lines(self) -> list[str]:
        """For a terminal: the title and count, then the ``brief`` columns of each row."""
        shown = self.only(self.brief) if self.brief else self
        lines = [f"{self.title}: {len(self.rows)} row{'s' if len(self.rows) != 1 else ''}"]
        for row in shown.rows:
            lines.append("  ".join("-" if v is None else str(v) for v in row))
        return lines

    def as_json(self) -> list[dict[str, str | int | None]]:
        """One object per row, keyed by the columns' keys; days as ISO text (``2026-09-01``)."""
        keys = [column.key for column in self.columns]
        return [
            {key: value.isoformat() if isinstance(value, date) else value
             for key, value in zip(keys, row, strict=True)}
            for row in self.rows
        ]  # fmt: skip


_LISTING = (
    Column("id", "Document"),
    Column("kind", "Kind"),
    Column("contractor", "Contractor"),
    Column("party", "Party"),
    Column("role", "Role"),
    Column("service", "Service"),
    Column("start", "Services start"),
    Column("end", "Services end"),
    Column("edition", "Edition"),
    Column("status", "Status"),
    Column("executed", "Executed"),
    Column("last_event", "Last event"),
    Column("last_event_on", "Last event on"),
)

_REPORT = (
    Column("contractor", "Contractor"),
    Column("service", "Service"),
    Column("description", "Description"),
    Column("start", "Services start"),
    Column("end", "Services end"),
    Column("executed", "Executed"),
    Column("days_without_agreement", "Days used without an executed agreement"),
    Column("id", "Document"),
)


def listing(
    documents: Iterable[Listed], *, status: str | None = None, contractor: str | None = None
) -> Table:
    """Every document the register holds, one row each, by contractor then id.

    Args:
        documents: each document as the listing shows it (:func:`~.store.listed` reads them
            from the database; :meth:`Listed.of` makes one from a history).
        status: keep only documents whose status (:func:`~.records.status_of`) is this one.
        contractor: keep only contractors whose legal name contains this text, ignoring case
            and runs of white space (``"acme  learning"`` finds "ACME Learning, Inc.").

    Raises:
        InputError: an unknown status (the message lists the known ones), or an empty
            ``contractor``, which would silently match everything.
    """
    if status is not None and status not in STATUSES:
        known = ", ".join(STATUSES)
        raise InputError(f"--status: unknown status {quoted(status)}; use one of: {known}")
    wanted = None if contractor is None else _comparable(contractor)
    if wanted == "":
        raise InputError("--contractor: empty; give part of a contractor's legal name")
    documents = tuple(documents)
    kept = [
        d for d in documents
        if (status is None or d.status == status)
        and (wanted is None or wanted in _comparable(d.contractor))
    ]  # fmt: skip
    kept.sort(key=lambda d: (_comparable(d.contractor), d.id))
    return Table(
        title="Register",
        columns=_LISTING,
        brief=("id", "status", "contractor", "service", "end", "last_event_on"),
        rows=tuple(_listing_row(d) for d in kept),
        as_of=max((d.recorded for d in documents if d.recorded), default=None),
    )


def annual_report(histories: Iterable[History], year: int, *, today: date) -> Table:
    """The services CREC used during ``year`` without an executed agreement, one row each.

    A row is an agreement or addendum (flow-downs are the contractor's contracts with its
    subcontractors, not CREC's use of a service), not withdrawn, whose services ran on some
    day of the year before it was executed, or at all when it never was. Its count is those
    days: from the later of its start and 1 January, to the earliest of the day before it
    was executed, the day its services ended (an ``ended`` event, else the document's end
    date), 31 December, and ``today``. A document executed on or before the day its services
    started never appears.

    The statute's report to the Commission for Educational Technology is known only from a
    legislative summary; its contents and due date are unverified. This is the tool's
    reading of it: see the register documentation.

    Args:
        year: the calendar year reported on.
        today: the day the report is made; a report on the current year counts to it.

    Raises:
        InputError: ``year`` is after ``today``'s year, or not a year a date can hold.
    """
    if not 1 <= year <= today.year:
        raise InputError(f"--year: {year} is not a year up to this one ({today.year})")
    first, last = date(year, 1, 1), min(date(year, 12, 31), today)
    kept = sorted(
        (h for h in histories if h.document.kind in MAIN_KINDS and h.status != "withdrawn"),
        key=lambda h: (_comparable(h.document.contractor), h.document.service, h.document.start,
                       h.document.id),
    )  # fmt: skip
    rows = [row for h in kept if (row := _report_row(h, first, last)) is not None]
    return Table(
        title=f"Without agreement {year}", columns=_REPORT, rows=tuple(rows), as_of=last,
        brief=("contractor", "service", "executed", "days_without_agreement", "id"),
    )  # fmt: skip


def _comparable(text: str) -> str:
    """Text as a search compares it: one Unicode form, single spaces, no case."""
    return " ".join(normalised(text).split()).casefold()


def _executed(history: History) -> date | None:
    """The day it was executed: the latest ``executed`` event, as the log's last word."""
    event = history.last("executed")
    return event.on if event else None


def _listing_row(document: Listed) -> tuple[Value, ...]:
    return (
        document.id, document.kind, document.contractor, document.party, document.role,
        document.service, document.start, document.end, document.edition, document.status,
        document.executed, document.last_event, document.last_on,
    )  # fmt: skip


def _report_row(history: History, first: date, last: date) -> tuple[Value, ...] | None:
    """The report's row for one document, None when it used no day of the period unsigned."""
    document = history.document
    ended = history.last("ended")
    end = ended.on if ended else document.end
    executed = _executed(history)
    bounds = [last]
    if end is not None:
        bounds.append(end)
    if executed is not None:
        bounds.append(executed - timedelta(days=1))
    days = (min(bounds) - max(document.start, first)).days + 1
    if days <= 0:
        return None
    return (
        document.contractor,
        document.service,
        document.description,
        document.start,
        end,
        executed,
        days,
        document.id,
    )
