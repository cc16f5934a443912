"""One document's history as ``register show`` prints it, in lines or as JSON."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..errors import InputError, quoted
from .records import Event, History, RegisteredDocument
from .store import histories

if TYPE_CHECKING:
    from .database import Reader

__all__ = [
    "document_json",
    "event_json",
    "event_note",
    "history_json",
    "history_lines",
    "one_history",
]


def one_history(reader: Reader, document_id: str, *, as_written: bool = False) -> History:
    """The document ``document_id`` names, with the events that stand (``as_written``: every
    event recorded for it, retracted or not).

    Raises:
        InputError: when the register holds no such document.
    """
    found = histories(reader, [document_id], as_written=as_written)
    if not found:
        raise InputError(f"{quoted(document_id)}: no such document in the register "
                         "(register list shows them)")  # fmt: skip
    return found[0]


def document_json(document: RegisteredDocument) -> dict[str, Any]:
    """A document as the register's JSON gives it: dates ISO, files with their hashes."""
    return {
        "id": document.id,
        "kind": document.kind,
        "parent": document.parent,
        "contractor": document.contractor,
        "party": document.party,
        "role": document.role,
        "service": document.service,
        "description": document.description,
        "start": document.start.isoformat(),
        "end": document.end.isoformat() if document.end else None,
        "data": list(document.data),
        "edition": document.edition,
        "built": document.built.isoformat(),
        "certificate_days": document.certificate_days,
        "files": [{"format": f.format, "sha256": f.sha256, "path": f.path} for f in document.files],
    }


def event_json(event: Event) -> dict[str, Any]:
    return {
        "number": event.number,
        "event": event.kind,
        "date": event.on.isoformat(),
        "recorded": event.recorded.isoformat(),
        "by": event.by,
        "details": dict(event.details),
        **({"retracts": event.retracts} if event.retracts is not None else {}),
    }


def history_json(history: History) -> dict[str, Any]:
    """``register show --json``: the document, its status and every event."""
    return {**document_json(history.document), "status": history.standing().status,
            "events": [event_json(e) for e in history.events]}  # fmt: skip


def history_lines(history: History) -> list[str]:
    """``register show``: what the document is, then one line per event, oldest first."""
    document = history.document
    ends = f" to {document.end.isoformat()}" if document.end else ""
    lines = [
        f"{document.id}  {document.kind}  {history.standing().status}",
        f"  {document.party} ({document.role})"
        + (f", under {document.parent}" if document.parent else ""),
        f"  {document.service}: {document.start.isoformat()}{ends}; edition {document.edition}",
        f"  data: {', '.join(document.data) or 'none named'}",
    ]
    retracted = history.taken_back
    for event in history.events:
        mark = "  (retracted)" if event.number in retracted else ""
        note = event_note(event)
        lines.append(f"  {event.number:>6}  {event.on.isoformat()}  {event.kind:<20} "
                     f"by {event.by}{f'  ({note})' if note else ''}{mark}")  # fmt: skip
    return lines


def event_note(event: Event) -> str:
    """What an event records besides its kind and day, in a few words ("" when nothing):
    ``show`` prints it after the event, the web app's history beside it."""
    details = event.details
    if event.retracts is not None:
        return f"takes back event {event.retracts}: {details.get('why', '')}"
    if "breach" in details:
        return f"the notice of breach event {details['breach']}"
    if "verdict" in details:
        return f"{details['verdict']}, {len(details.get('key_changes', []))} key changes"
    if "data" in details:
        return f"discovered {details['discovered']}; {', '.join(details['data'])}"
    if "file" in details:
        return str(details["file"])
    return ""
