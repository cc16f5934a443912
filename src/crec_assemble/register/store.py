"""Reading and appending the register's rows: the only module that writes SQL.

Rows become :mod:`.records` here and nowhere else. Writes only ever insert: a document and
its files once, events one after another.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from sqlalchemy import bindparam, insert, select, text

from .records import Event, EventKind, History, RegisteredDocument, RegisteredFile
from .schema import documents, events, files

if TYPE_CHECKING:
    from sqlalchemy import Connection

__all__ = ["append_event", "enter_document", "enter_file", "find_file", "histories"]


def enter_document(connection: Connection, document: RegisteredDocument) -> None:
    """Insert a document (without its files) that the register does not hold yet."""
    connection.execute(
        insert(documents).values(
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
    )


def enter_file(connection: Connection, document_id: str, file: RegisteredFile) -> None:
    """Insert one issued file of a document."""
    connection.execute(
        insert(files).values(
            sha256=file.sha256, document_id=document_id, format=file.format, path=file.path
        )
    )


def find_file(connection: Connection, sha256: str) -> str | None:
    """The id of the document a file with this hash was entered for, if any."""
    return connection.execute(select(files.c.document_id).where(files.c.sha256 == sha256)).scalar()


def append_event(
    connection: Connection,
    document_id: str,
    kind: EventKind,
    *,
    on: date,
    recorded: datetime,
    by: str,
    details: Mapping[str, Any],
) -> int:
    """Append one event; its number is its place in the log."""
    result = connection.execute(
        insert(events).values(
            document_id=document_id,
            kind=kind,
            on_date=on,
            recorded_at=recorded.astimezone(UTC).replace(tzinfo=None),
            recorded_by=by,
            details=json.dumps(dict(details), ensure_ascii=False, sort_keys=True),
        )
    )
    key = result.inserted_primary_key
    assert key is not None  # an INSERT always has one
    return int(key[0])


def histories(
    connection: Connection,
    ids: Iterable[str] | None = None,
    *,
    kinds: Iterable[EventKind] | None = None,
) -> tuple[History, ...]:
    """Every document (or those of ``ids``) with its files and events, in the order entered.

    ``kinds`` keeps only events of those kinds: ``due`` reads a register of a hundred
    thousand events and needs only the few kinds that start or end a duty.

    Three queries whatever the register's size: the documents, their files, their events.
    Events are read as plain text (no SQLAlchemy type processing) and their details parsed
    only when they have any: that is most of ``due``'s time on a big register.
    """
    wanted = None if ids is None else sorted(set(ids))
    query = select(documents)
    file_query = select(files)
    conditions, parameters = [], {}
    if wanted is not None:
        query = query.where(documents.c.id.in_(wanted))
        file_query = file_query.where(files.c.document_id.in_(wanted))
        conditions.append("document_id IN :ids")
        parameters["ids"] = wanted
    if kinds is not None:
        conditions.append("kind IN :kinds")
        parameters["kinds"] = sorted(set(kinds))
    by_document: dict[str, list[RegisteredFile]] = defaultdict(list)
    for row in connection.execute(file_query.order_by(files.c.format, files.c.sha256)):
        by_document[row.document_id].append(RegisteredFile(row.sha256, row.format, row.path))
    logged: dict[str, list[Event]] = defaultdict(list)
    event_query = text(
        "SELECT document_id, number, kind, on_date, recorded_at, recorded_by, details "
        f"FROM events {'WHERE ' + ' AND '.join(conditions) if conditions else ''} "
        "ORDER BY number"
    ).bindparams(*(bindparam(name, expanding=True) for name in parameters))
    for row in connection.execute(event_query, parameters).fetchall():
        logged[row[0]].append(_event(*row))
    return tuple(
        History(_document(row, by_document[row.id]), tuple(logged[row.id]))
        for row in connection.execute(query.order_by(documents.c.id))
    )


def _document(row: Any, registered: list[RegisteredFile]) -> RegisteredDocument:
    return RegisteredDocument(
        id=row.id,
        kind=row.kind,
        parent=row.parent,
        contractor=row.contractor,
        party=row.party,
        role=row.role,
        service=row.service,
        description=row.description,
        start=row.start_date,
        end=row.end_date,
        data=tuple(json.loads(row.data)),
        edition=row.edition,
        built=row.built,
        certificate_days=row.certificate_days,
        files=tuple(registered),
    )


_NO_DETAILS: Mapping[str, Any] = MappingProxyType({})


def _event(
    document: str, number: int, kind: Any, on: Any, recorded: Any, by: str, details: str
) -> Event:
    """An event from the driver's own values: SQLite gives dates as text, psycopg as dates."""
    return Event(
        number,
        document,
        kind,
        date.fromisoformat(on) if isinstance(on, str) else on,
        datetime.fromisoformat(f"{recorded}+00:00")
        if isinstance(recorded, str)
        else recorded.replace(tzinfo=UTC),
        by,
        _NO_DETAILS if details == "{}" else json.loads(details),
    )
