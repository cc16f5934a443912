"""Reading and appending the register's rows: the only module that writes SQL.

Rows become :mod:`.records` here and nowhere else. Writes only ever insert: a document and
its files once, events one after another. Writing uses SQLAlchemy Core, imported by the
functions that write: the commands that only read never load it (see :mod:`.database`).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from .records import (
    STATUSES,
    Event,
    EventKind,
    History,
    Listed,
    RegisteredDocument,
    RegisteredFile,
    status_of,
)

if TYPE_CHECKING:
    from sqlalchemy import Connection, Table

    from .database import Reader

__all__ = [
    "STANDING",
    "append_event",
    "enter_document",
    "enter_file",
    "histories",
    "insert_new",
    "known_documents",
    "listed",
    "retracted_already",
    "withdrawal",
]


def enter_document(connection: Connection, document: RegisteredDocument) -> bool:
    """Insert a document (without its files); False when the register holds it already."""
    from .schema import documents

    return insert_new(
        connection,
        documents,
        id=document.id,
        kind=document.kind,
        parent=document.parent,
        contractor=document.contractor,
        party=document.party,
        role=document.role,
        service=document.service,
        description=document.description,
        start_date=document.start,
        end_date=document.end,
        data=json.dumps(list(document.data)),
        edition=document.edition,
        built=document.built,
        certificate_days=document.certificate_days,
    )


def enter_file(connection: Connection, document_id: str, file: RegisteredFile) -> bool:
    """Insert one issued file of a document; False when it was entered already."""
    from .schema import files

    return insert_new(
        connection, files, sha256=file.sha256, document_id=document_id, format=file.format,
        path=file.path,
    )  # fmt: skip


def insert_new(connection: Connection, table: Table, **values: Any) -> bool:
    """INSERT … ON CONFLICT DO NOTHING: whether the row is new.

    The one way the register adds a row keyed by what people give it (a document, a file, an
    account's name). Two people entering the same file at the same moment both succeed;
    PostgreSQL would otherwise fail the second with a duplicate key (SQLite's ``BEGIN
    IMMEDIATE`` already makes them take turns).
    """
    from sqlalchemy.dialects import postgresql, sqlite

    dialect = postgresql if connection.dialect.name == "postgresql" else sqlite
    key = table.primary_key.columns.values()[0]
    statement = dialect.insert(table).values(**values).on_conflict_do_nothing().returning(key)
    # RETURNING, not rowcount: after waiting on a concurrent insert that then committed,
    # psycopg reports a row count of 1 for the row PostgreSQL skipped.
    return connection.execute(statement).first() is not None


def retracted_already(connection: Connection, number: int) -> bool:
    """Whether a retraction of event ``number`` is recorded, read inside a writing
    transaction."""
    from sqlalchemy import select

    from .schema import events

    found = connection.execute(select(events.c.number).where(events.c.retracts == number))
    return found.first() is not None


def withdrawal(connection: Connection, document_id: str) -> date | None:
    """The day the document was withdrawn, read inside a writing transaction; None if never."""
    from sqlalchemy import func, select

    from .schema import events

    found = connection.execute(
        select(func.min(events.c.on_date)).where(
            events.c.document_id == document_id,
            events.c.kind == "withdrawn",
            events.c.number.not_in(select(events.c.retracts).where(events.c.retracts.is_not(None))),
        )
    ).scalar()
    return None if found is None else _day(found)


def append_event(
    connection: Connection,
    document_id: str,
    kind: EventKind,
    *,
    on: date,
    recorded: datetime,
    by: str,
    details: Mapping[str, Any],
    retracts: int | None = None,
) -> int:
    """Append one event; its number is its place in the log. A ``retracted`` event names the
    event it takes back in ``retracts``."""
    from sqlalchemy import insert

    from .schema import events

    result = connection.execute(
        insert(events).values(
            document_id=document_id,
            kind=kind,
            on_date=on,
            recorded_at=recorded.astimezone(UTC).replace(tzinfo=None),
            recorded_by=by,
            details=json.dumps(dict(details), ensure_ascii=False, sort_keys=True),
            retracts=retracts,
        )
    )
    key = result.inserted_primary_key
    assert key is not None  # an INSERT always has one
    return int(key[0])


def known_documents(connection: Connection, ids: Iterable[str]) -> set[str]:
    """Which of ``ids`` the register holds, read inside a writing transaction."""
    from sqlalchemy import select

    from .schema import documents

    wanted = sorted(set(ids))
    found = connection.execute(select(documents.c.id).where(documents.c.id.in_(wanted)))
    return set(found.scalars())


_DOCUMENT_COLUMNS = (
    "id, kind, parent, contractor, party, role, service, description, start_date, end_date, "
    "data, edition, built, certificate_days"
)
_EVENT_COLUMNS = "document_id, number, kind, on_date, recorded_at, recorded_by, details, retracts"
# The events that stand: not a retraction, and not retracted. Every reading of the register
# keeps to these but ``register show``, which shows the log as it was written.
STANDING = (
    "kind <> 'retracted' AND number NOT IN (SELECT retracts FROM events WHERE retracts IS NOT NULL)"
)


def histories(
    reader: Reader,
    ids: Iterable[str] | None = None,
    *,
    kinds: Iterable[EventKind] | None = None,
    with_files: bool = True,
    as_written: bool = False,
) -> tuple[History, ...]:
    """Every document (or those of ``ids``) with its files and events, in the order entered.

    ``kinds`` keeps only events of those kinds: ``due`` reads a register of a hundred
    thousand events and needs only the few kinds that start or end a duty. ``latest`` keeps,
    for each document, only the events that decide what ``list`` shows: its last event, its
    last stage event (:data:`~.records.STATUSES`, which decides its status), its last
    execution and its last end or withdrawal. ``with_files=False`` leaves each document's
    files out, for the readers that never look at them.

    Three queries whatever the register's size (the documents, their files, their events),
    in plain SQL through the driver: no ORM, no type processing, details parsed only when
    there are any. That is what keeps ``due`` and ``list`` quick on a big register.
    """
    where_document, parameters, event_parameters = "", [], []
    where_event: list[str] = [] if as_written else [STANDING]
    if ids is not None:
        wanted = sorted(set(ids))
        marks = ", ".join("?" * len(wanted)) or "NULL"
        where_document = f" WHERE id IN ({marks})"
        where_event.append(f"document_id IN ({marks})")
        parameters, event_parameters = list(wanted), list(wanted)
    if kinds is not None:
        chosen = sorted(set(kinds))
        where_event.append(f"kind IN ({', '.join('?' * len(chosen)) or 'NULL'})")
        event_parameters += chosen
    by_document: dict[str, list[RegisteredFile]] = defaultdict(list)
    logged: dict[str, list[Event]] = defaultdict(list)
    file_filter = where_document.replace(" id IN", " document_id IN")
    event_filter = f" WHERE {' AND '.join(where_event)}" if where_event else ""
    file_rows = reader.rows(
        f"SELECT document_id, sha256, format, path FROM files{file_filter} "
        "ORDER BY format, sha256", parameters
    ) if with_files else []  # fmt: skip
    for document, sha256, file_format, path in file_rows:
        by_document[document].append(RegisteredFile(sha256, file_format, path))
    for document, *fields in reader.rows(
        f"SELECT {_EVENT_COLUMNS} FROM events{event_filter} ORDER BY number",
        event_parameters,
    ):
        logged[document].append(_event(document, *fields))
    return tuple(
        History(_document(*row, files=by_document[row[0]]), tuple(logged[row[0]]))
        for row in reader.rows(
            f"SELECT {_DOCUMENT_COLUMNS} FROM documents{where_document} ORDER BY id", parameters
        )
    )


# Each document with what ``list`` shows of its life, in one query: the numbers of its last
# event, last stage event (a status's kind), last execution, and whether it was ever
# withdrawn or ended, from one grouped pass over the events' index; then those events.
_LISTED = f"""
SELECT d.id, d.kind, d.contractor, d.party, d.role, d.service, d.start_date, d.end_date,
    d.edition, stage.kind, s.withdrawn, s.ended, executed.on_date, last.kind, last.on_date,
    last.recorded_at
FROM documents AS d
LEFT JOIN (
    SELECT document_id, max(number) AS last_number,
        max(CASE WHEN kind IN ({", ".join("?" * len(STATUSES))}) THEN number END) AS stage_number,
        max(CASE WHEN kind = 'executed' THEN number END) AS executed_number,
        max(CASE WHEN kind = 'withdrawn' THEN 1 ELSE 0 END) AS withdrawn,
        max(CASE WHEN kind = 'ended' THEN 1 ELSE 0 END) AS ended
    FROM events WHERE {STANDING} GROUP BY document_id
) AS s ON s.document_id = d.id
LEFT JOIN events AS last ON last.number = s.last_number
LEFT JOIN events AS stage ON stage.number = s.stage_number
LEFT JOIN events AS executed ON executed.number = s.executed_number
ORDER BY d.id
"""


def listed(reader: Reader) -> list[Listed]:
    """Every document as ``register list`` shows it, computed in the database.

    ``list`` reads ten thousand documents and a hundred thousand events; reading them as
    histories takes twice its budget. The status comes from :func:`~.records.status_of`, the
    rule :attr:`~.records.History.status` applies; ``tests/test_register_database.py`` holds
    this to ``Listed.of`` every history, on SQLite and PostgreSQL.
    """
    found = []
    for row in reader.rows(_LISTED, STATUSES):
        (id, kind, contractor, party, role, service, start, end, edition, stage, withdrawn,
         ended, executed, last, last_on, recorded) = row  # fmt: skip
        found.append(Listed(
            id, kind, contractor, party, role, service, _day(start),
            None if end is None else _day(end), edition,
            status_of(stage, bool(withdrawn), bool(ended)),
            None if executed is None else _day(executed), last,
            None if last_on is None else _day(last_on),
            None if recorded is None else _day(str(recorded)[:10]),
        ))  # fmt: skip
    return found


def _document(
    id: str, kind: Any, parent: str | None, contractor: str, party: str, role: Any,
    service: str, description: str, start: Any, end: Any, data: str, edition: str,
    built: Any, certificate_days: int | None, *, files: list[RegisteredFile],
) -> RegisteredDocument:  # fmt: skip
    return RegisteredDocument(
        id=id,
        kind=kind,
        parent=parent,
        contractor=contractor,
        party=party,
        role=role,
        service=service,
        description=description,
        start=_day(start),
        end=None if end is None else _day(end),
        data=tuple(json.loads(data)),
        edition=edition,
        built=_day(built),
        certificate_days=certificate_days,
        files=tuple(files),
    )


def _day(value: Any) -> date:
    """A date column as the driver gives it: text from SQLite, a date from psycopg."""
    return date.fromisoformat(value) if isinstance(value, str) else value


_NO_DETAILS: Mapping[str, Any] = MappingProxyType({})


def _event(
    document: str, number: int, kind: Any, on: Any, recorded: Any, by: str, details: str,
    retracts: int | None,
) -> Event:  # fmt: skip
    """An event from the driver's own values: SQLite gives dates as text, psycopg as dates."""
    return Event(
        number,
        document,
        kind,
        _day(on),
        datetime.fromisoformat(f"{recorded}+00:00")
        if isinstance(recorded, str)
        else recorded.replace(tzinfo=UTC),
        by,
        _NO_DETAILS if details == "{}" else json.loads(details),
        retracts,
    )
