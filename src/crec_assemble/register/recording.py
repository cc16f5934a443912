"""``register add`` and ``register record``: entering issued files and appending events.

Each command checks everything first (the files, the document, the returned copy against
``verify``, the signed copy's signatures) and only then writes, in one transaction: a command
that fails leaves the register as it was. Slow checks (a rebuild through LibreOffice) run
before the transaction opens, so they never hold the database's lock.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import InputError, quoted
from ..render.untrusted import read_untrusted
from .intake import IssuedFile, read_issued
from .records import RECORDABLE, EventKind, History, RecordableKind
from .store import (
    append_event,
    enter_document,
    enter_file,
    find_file,
    histories,
    known_documents,
)

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from .database import Reader, Register

__all__ = ["Added", "Breach", "Recorded", "add_files", "breach_facts", "record_event", "recordable"]


@dataclass(frozen=True)
class Added:
    """One file given to ``register add`` and what the register did with it."""

    path: Path
    document: str
    kind: str
    entered: bool  # False: the register already held this very file

    def as_json(self) -> dict[str, Any]:
        return {"file": str(self.path), "id": self.document, "kind": self.kind,
                "entered": self.entered}  # fmt: skip

    def line(self) -> str:
        done = "entered" if self.entered else "already in the register"
        return f"{self.document}  {self.kind}  {done}  ({self.path.name})"


def add_files(register: Register, paths: Sequence[Path], *, by: str, now: datetime) -> list[Added]:
    """Enter each issued file; a file already entered is left as it is (idempotent).

    Every file is read and checked before anything is written, so one bad file among many
    enters none of them.
    """
    issued = [(path, read_issued(path)) for path in paths]
    added = []
    with register.writing() as connection:
        known = known_documents(connection, (i.document.id for _, i in issued))
        for path, item in issued:
            entered = _enter(connection, item, known, by=by, now=now)
            added.append(Added(path, item.document.id, item.document.kind, entered))
    return added


def _enter(
    connection: Connection, item: IssuedFile, known: set[str], *, by: str, now: datetime
) -> bool:
    holder = find_file(connection, item.file.sha256)
    if holder is not None:
        return False
    if item.document.id not in known:
        enter_document(connection, item.document)
        known.add(item.document.id)
    enter_file(connection, item.document.id, item.file)
    append_event(
        connection, item.document.id, "issued", on=item.document.built, recorded=now, by=by,
        details={"file": item.file.path, "sha256": item.file.sha256, "format": item.file.format},
    )  # fmt: skip
    return True


@dataclass(frozen=True)
class Breach:
    """What ``register record ID breach`` records, as ``crec-assemble breach`` takes it."""

    discovered: datetime
    data: tuple[str, ...]
    urgent: bool = False
    notified: datetime | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "discovered": self.discovered.isoformat(),
            "data": list(self.data),
            "urgent": self.urgent,
            "notified": self.notified.isoformat() if self.notified else None,
        }


def breach_facts(
    discovered: str | None, data: str | None, *, urgent: bool, notified: str | None
) -> Breach | None:
    """The breach the options describe, checked as ``crec-assemble breach`` checks them; None
    when no breach option is given.

    Raises:
        InputError: one of --discovered and --data without the other, an unknown category,
            or a time not written YYYY-MM-DD HH:MM.
    """
    from ..inputs.dates import moment_option
    from ..paperwork.deadlines import BREACH_CATEGORIES

    if discovered is None and data is None and not urgent and notified is None:
        return None
    if discovered is None or not data:
        raise InputError("breach: give both --discovered and --data")
    categories = tuple(dict.fromkeys(item.strip() for item in data.split(",") if item.strip()))
    unknown = [c for c in categories if c not in BREACH_CATEGORIES]
    if unknown or not categories:
        raise InputError(f"--data: {quoted(data)} is not a list of "
                         f"{', '.join(BREACH_CATEGORIES)}")  # fmt: skip
    return Breach(
        discovered=moment_option(discovered, "--discovered"),
        data=categories,
        urgent=urgent,
        notified=moment_option(notified, "--notified") if notified else None,
    )


def recordable(event: str) -> RecordableKind:
    """``event`` as an event staff may record.

    Raises:
        InputError: listing the events there are.
    """
    for kind in RECORDABLE:
        if kind == event:
            return kind
    raise InputError(f"EVENT: {quoted(event)} is not one of {', '.join(RECORDABLE)}")


@dataclass(frozen=True)
class Recorded:
    """The event ``register record`` appended, and the check behind it, if any."""

    document: str
    kind: EventKind
    on: date
    number: int
    details: dict[str, Any] = field(default_factory=dict)
    lines_of_check: tuple[str, ...] = ()

    @property
    def exit_code(self) -> int:
        """1 when the check behind the event failed: an altered return or signed copy."""
        altered = self.kind == "signed-altered" or self.details.get("verdict") == "changed"
        return 1 if altered else 0

    def as_json(self) -> dict[str, Any]:
        return {"id": self.document, "event": self.kind, "date": self.on.isoformat(),
                "number": self.number, "details": self.details}  # fmt: skip

    def lines(self) -> list[str]:
        return [*self.lines_of_check,
                f"recorded: {self.document} {self.kind} on {self.on.isoformat()} "
                f"(event {self.number})"]  # fmt: skip


def record_event(
    register: Register,
    document_id: str,
    kind: RecordableKind,
    *,
    on: date,
    by: str,
    now: datetime,
    file: Path | None = None,
    breach: Breach | None = None,
) -> Recorded:
    """Append one event to a document's history, after the checks its kind calls for.

    ``returned`` with a file runs ``verify`` on it; ``signed`` checks every signature of the
    signed PDF against the issued PDF, and is recorded as ``signed-altered`` when the vendor
    signed anything else.

    Raises:
        InputError: an unknown document, one withdrawn, a date in the future or before the
            document was issued, a file that
            cannot be read or is another document's, or a breach without its facts.
    """
    if on > now.date():
        raise InputError(f"--date: {on.isoformat()} is in the future")
    with register.reading() as reader:
        history = _history(reader, document_id)
    if on < history.document.built:
        raise InputError(f"--date: {on.isoformat()} is before {history.document.id} was "
                         f"issued ({history.document.built.isoformat()})")  # fmt: skip
    details, check, recorded_kind = _checked(history, kind, file, breach)
    with register.writing() as connection:
        number = append_event(
            connection, history.document.id, recorded_kind, on=on, recorded=now, by=by,
            details=details,
        )  # fmt: skip
    return Recorded(history.document.id, recorded_kind, on, number, details, check)


def _history(reader: Reader, document_id: str) -> History:
    found = histories(reader, [document_id])
    if not found:
        raise InputError(f"{quoted(document_id)}: no such document in the register "
                         "(register list shows them)")  # fmt: skip
    history = found[0]
    withdrawn = history.last("withdrawn")
    if withdrawn is not None:
        raise InputError(
            f"{document_id}: was withdrawn on {withdrawn.on.isoformat()}; nothing more is recorded"
        )
    return history


def _checked(
    history: History, kind: RecordableKind, file: Path | None, breach: Breach | None
) -> tuple[dict[str, Any], tuple[str, ...], EventKind]:
    """The event's details, the lines of its check, and the kind to record it as."""
    if kind == "breach":
        if breach is None:
            raise InputError("breach: give --discovered and --data")
        return breach.as_json(), (), kind
    if breach is not None:
        raise InputError(f"{kind}: --discovered, --data and --urgent are for a breach")
    if kind == "signed":
        if file is None:
            raise InputError("signed: give --file, the signed PDF")
        return _signed(history, file)
    if file is None:
        return {}, (), kind
    details = _file_details(file)
    if kind == "returned":
        return _returned(history, file, details)
    return details, (), kind


def _file_details(file: Path) -> dict[str, Any]:
    data = read_untrusted(file)
    return {"file": str(file.resolve()), "sha256": hashlib.sha256(data).hexdigest()}


def _returned(
    history: History, file: Path, details: dict[str, Any]
) -> tuple[dict[str, Any], tuple[str, ...], EventKind]:
    from ..issued.returned import verify_returned

    report = verify_returned(file)
    if report.manifest.agreement_id != history.document.id:
        raise InputError(f"{file}: is {report.manifest.agreement_id}, not {history.document.id}")
    verdict = report.as_json()
    details |= {"verdict": "intact" if report.intact else "changed",
                "key_changes": verdict["key_changes"]}  # fmt: skip
    return details, tuple(report.lines()), "returned"


def _signed(history: History, file: Path) -> tuple[dict[str, Any], tuple[str, ...], EventKind]:
    from .signatures import check_signatures

    issued = _issued_pdf(history)
    signed = read_untrusted(file)
    check = check_signatures(issued, signed, str(file))
    details = {"file": str(file.resolve()), "sha256": hashlib.sha256(signed).hexdigest(),
               "signatures": check.as_json()}  # fmt: skip
    # A change after the last signature that is not a signature (a page edited once signed)
    # fails it too: the copy is no longer what was signed, whatever the signed revision says.
    kept = check.matches_issued and not check.problems
    return details, tuple(check.lines()), "signed" if kept else "signed-altered"


def _issued_pdf(history: History) -> bytes:
    """The bytes of the PDF CREC issued, as entered: the standard a signed copy is held to.

    Read again from where it was entered and checked against its recorded hash, so a file
    moved or changed since cannot become the standard.
    """
    pdfs = [f for f in history.document.files if f.format == "pdf"]
    if not pdfs:
        raise InputError(
            f"{history.document.id}: no issued PDF in the register (register add the PDF first)"
        )
    for entered in pdfs:
        path = Path(entered.path)
        if path.is_file():
            data = read_untrusted(path)
            if hashlib.sha256(data).hexdigest() == entered.sha256:
                return data
    raise InputError(f"{history.document.id}: the issued PDF is no longer at {pdfs[0].path} as "
                     "entered (moved or changed); register check lists such files")  # fmt: skip
