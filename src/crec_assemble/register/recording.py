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
from ..inputs.dates import CONNECTICUT
from ..render.untrusted import read_untrusted
from .intake import IssuedFile, read_issued
from .records import RECORDABLE, Breach, EventKind, History, RecordableKind
from .store import (
    append_event,
    enter_document,
    enter_file,
    known_documents,
    retracted_already,
    withdrawal,
)
from .views import one_history

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from ..verify import VerifyReport
    from .database import Register

__all__ = [
    "NEVER_TAKEN_BACK",
    "Added",
    "Breach",
    "Recorded",
    "add_files",
    "breach_facts",
    "record_event",
    "recordable",
    "retract_event",
]


# The entry of an issued file is the register's record that CREC issued it; a retraction
# is itself the correction. Neither is ever taken back.
NEVER_TAKEN_BACK: tuple[EventKind, ...] = ("issued", "retracted")


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
    """Enter one file (and its document, the first time); False when it was entered already.

    The inserts do nothing when the row is there already, so two people adding the same
    file at the same moment both succeed, and only one of them enters it.
    """
    if item.document.id not in known:
        enter_document(connection, item.document)
        known.add(item.document.id)
    if not enter_file(connection, item.document.id, item.file):
        return False
    append_event(
        connection, item.document.id, "issued", on=item.document.built, recorded=now, by=by,
        details={"file": item.file.path, "sha256": item.file.sha256, "format": item.file.format},
    )  # fmt: skip
    return True


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
    for_breach: int | None = None,
    verified: VerifyReport | None = None,
) -> Recorded:
    """Append one event to a document's history, after the checks its kind calls for.

    ``returned`` with a file runs ``verify`` on it; ``signed`` checks every signature of the
    signed PDF against the issued PDF, and is recorded as ``signed-altered`` when the vendor
    signed anything else; ``executed`` with a file takes only a PDF of this document (it is
    posted publicly). ``notice-posted`` with ``for_breach`` (a breach event's number) is the
    posting of that breach's notice; without it, the notice after execution. ``verified`` is
    ``verify``'s report on ``file`` when the caller made it already (to show it), so a
    returned copy is not rebuilt twice.

    Raises:
        InputError: an unknown document, one withdrawn, a date in the future or before the
            document was issued, a file that
            cannot be read or is another document's, or a breach without its facts.
    """
    today = now.astimezone(CONNECTICUT).date()
    if on > today:
        raise InputError(f"--date: {on.isoformat()} is in the future")
    with register.reading() as reader:
        history = one_history(reader, document_id)
    _refuse_withdrawn(history)
    if on < history.document.built:
        raise InputError(f"--date: {on.isoformat()} is before {history.document.id} was "
                         f"issued ({history.document.built.isoformat()})")  # fmt: skip
    if breach is not None:
        _check_breach(history, breach, on, now)
    details, check, recorded_kind = _checked(history, kind, file, breach, for_breach, verified)
    with register.writing() as connection:
        withdrawn = withdrawal(connection, history.document.id)  # by someone else, meanwhile
        if withdrawn is not None:
            raise InputError(_withdrawn(history.document.id, withdrawn))
        number = append_event(
            connection, history.document.id, recorded_kind, on=on, recorded=now, by=by,
            details=details,
        )  # fmt: skip
    return Recorded(history.document.id, recorded_kind, on, number, details, check)


def _refuse_withdrawn(history: History) -> None:
    withdrawn = history.last("withdrawn")
    if withdrawn is not None:
        raise InputError(_withdrawn(history.document.id, withdrawn.on))


def _withdrawn(document_id: str, on: date) -> str:
    return f"{document_id}: was withdrawn on {on.isoformat()}; nothing more is recorded"


def _check_breach(history: History, breach: Breach, on: date, now: datetime) -> None:
    """Refuse a breach whose times cannot be: ``due`` counts every deadline from them (CREC
    counts as told of it on the event's day, unless --notified says when)."""
    where = f"{history.document.id}: breach"
    if breach.discovered > now:
        raise InputError(f"{where}: --discovered {breach.discovered.isoformat()} is in the future")
    if breach.discovered.date() > on:
        raise InputError(f"{where}: --discovered {breach.discovered.date().isoformat()} is after "
                         f"the day it is recorded for (--date {on.isoformat()})")  # fmt: skip
    if breach.notified is not None and not breach.discovered <= breach.notified <= now:
        raise InputError(f"{where}: --notified must fall between the discovery and now, not "
                         f"{breach.notified.isoformat()}")  # fmt: skip


def _checked(
    history: History,
    kind: RecordableKind,
    file: Path | None,
    breach: Breach | None,
    breach_number: int | None,
    verified: VerifyReport | None,
) -> tuple[dict[str, Any], tuple[str, ...], EventKind]:
    """The event's details, the lines of its check, and the kind to record it as."""
    if breach_number is not None and kind != "notice-posted":
        raise InputError(f"{kind}: --breach names the breach a notice-posted is for")
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
    if breach_number is not None:
        return _breach_posting(history, breach_number, file), (), kind
    if file is None:
        return {}, (), kind
    if kind == "returned":
        return _returned(history, file, verified)
    data = read_untrusted(file)
    if kind == "executed":
        _check_executed_copy(history, file, data)
    return _file_details(file, data), (), kind


def _file_details(file: Path, data: bytes) -> dict[str, Any]:
    return {"file": str(file.resolve()), "sha256": hashlib.sha256(data).hexdigest()}


def _check_executed_copy(history: History, file: Path, data: bytes) -> None:
    """The executed contract is posted on CREC's website as it is: it must be a PDF of this
    document (its manifest says so, when it still carries one; a scan carries none)."""
    from ..render.manifest import find_manifest

    if not data.startswith(b"%PDF-"):
        raise InputError(f"{file}: the executed contract must be a PDF")
    manifest = find_manifest(data, file)
    if manifest is not None and manifest.agreement_id != history.document.id:
        raise InputError(f"{file}: is {manifest.agreement_id}, not {history.document.id}")


def _breach_posting(history: History, number: int, file: Path | None) -> dict[str, Any]:
    """A posting of the notice of one recorded breach: it closes that breach's notices in
    ``due``, and no other duty (the notice after execution is a posting of its own)."""
    if not any(e.kind == "breach" and e.number == number for e in history.events):
        raise InputError(f"--breach: {history.document.id} has no breach event {number} "
                         "(register show lists its events)")  # fmt: skip
    details: dict[str, Any] = {"breach": number}
    if file is not None:
        details |= _file_details(file, read_untrusted(file))
    return details


def _returned(
    history: History, file: Path, verified: VerifyReport | None
) -> tuple[dict[str, Any], tuple[str, ...], EventKind]:
    from ..issued.returned import verify_returned

    report = verified or verify_returned(file)
    if report.manifest.agreement_id != history.document.id:
        raise InputError(f"{file}: is {report.manifest.agreement_id}, not {history.document.id}")
    verdict = report.as_json()
    details = _file_details(file, read_untrusted(file))
    details |= {"verdict": "intact" if report.intact else "changed",
                "key_changes": verdict["key_changes"]}  # fmt: skip
    return details, tuple(report.lines()), "returned"


def _signed(history: History, file: Path) -> tuple[dict[str, Any], tuple[str, ...], EventKind]:
    from .signatures import check_signatures, issued_pdf

    signed = read_untrusted(file)
    issued = issued_pdf(history.document, signed)
    check = check_signatures(issued, signed, str(file))
    details = {"file": str(file.resolve()), "sha256": hashlib.sha256(signed).hexdigest(),
               "signatures": check.as_json()}  # fmt: skip
    # A change after the last signature that is not a signature (a page edited once signed)
    # fails it too: the copy is no longer what was signed, whatever the signed revision says.
    kept = check.matches_issued and not check.problems
    return details, tuple(check.lines()), "signed" if kept else "signed-altered"


def retract_event(
    register: Register, document_id: str, number: int, *, why: str, by: str, now: datetime
) -> Recorded:
    """Take back event ``number`` of a document, recorded by mistake, saying why.

    Nothing is deleted: a ``retracted`` event naming it is appended, and from then on every
    reading of the register but ``show`` leaves both out (a withdrawal taken back puts the
    document back in ``due``, the listing and the public page).

    Raises:
        InputError: an unknown document or event, an event already taken back, a
            retraction, the entry of an issued file (``issued``), or no reason given.
    """
    if not why.strip():
        raise InputError("--why: say why the event is taken back; the log keeps the reason")
    with register.reading() as reader:
        history = one_history(reader, document_id, as_written=True)
    target = next((e for e in history.events if e.number == number), None)
    if target is None:
        raise InputError(f"{history.document.id}: has no event {number} "
                         "(register show lists its events)")  # fmt: skip
    if target.kind in NEVER_TAKEN_BACK:
        raise InputError(f"{history.document.id}: event {number} is {target.kind}, which is "
                         "never taken back")  # fmt: skip
    if any(e.retracts == number for e in history.events):
        raise InputError(f"{history.document.id}: event {number} was taken back already")
    today = now.astimezone(CONNECTICUT).date()
    details = {"why": " ".join(why.split()), "event": target.kind}
    with register.writing() as connection:
        if retracted_already(connection, number):  # by someone else, meanwhile
            raise InputError(f"{history.document.id}: event {number} was taken back already")
        recorded = append_event(
            connection, history.document.id, "retracted", on=today, recorded=now, by=by,
            details=details, retracts=number,
        )  # fmt: skip
    return Recorded(history.document.id, "retracted", today, recorded, details)
