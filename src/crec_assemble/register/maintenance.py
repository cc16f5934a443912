"""``register backup`` and ``register check``: keeping the record itself safe and sound."""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from ..errors import InputError
from ..pipeline.files import write_new
from .store import histories

if TYPE_CHECKING:
    from .database import Register

__all__ = ["Checked", "backup", "check"]


def backup(register: Register, target: Path, *, force: bool) -> str:
    """Copy an SQLite register into ``target`` while others may be writing; return its sha256.

    SQLite's online backup copies a consistent snapshot page by page (a plain file copy taken
    during a write could be torn). The copy is itself a register: ``--db target`` opens it.
    It is written whole or not at all, and never over an existing file without ``force``.

    Raises:
        InputError: for a PostgreSQL register (``pg_dump`` is the tool for that), or when
            ``target`` exists (without ``force``) or cannot be written.
    """
    if register.backend != "sqlite":
        raise InputError(f"{register.name}: back up a PostgreSQL register with pg_dump")
    if target.resolve() == Path(register.name).resolve():
        raise InputError(f"{target}: is the register itself; back it up to another file")
    snapshot = sqlite3.connect(":memory:")
    try:
        with register.engine.connect() as connection:
            source = cast(sqlite3.Connection, connection.connection.dbapi_connection)
            source.backup(snapshot)
        data = snapshot.serialize()
    finally:
        snapshot.close()
    return write_new(target, data, force=force)


@dataclass(frozen=True)
class Checked:
    """What ``register check`` found: how much it looked at, and every problem."""

    documents: int
    events: int
    files: int
    problems: tuple[str, ...]

    @property
    def exit_code(self) -> int:
        return 1 if self.problems else 0

    def as_json(self) -> dict[str, Any]:
        return {"documents": self.documents, "events": self.events, "files": self.files,
                "problems": list(self.problems)}  # fmt: skip

    def lines(self) -> list[str]:
        summary = (f"checked {self.documents} documents, {self.events} events, "
                   f"{self.files} files: ")  # fmt: skip
        if not self.problems:
            return [summary + "all sound"]
        return [summary + f"{len(self.problems)} problem(s)", *self.problems]


def check(register: Register) -> Checked:
    """Every recorded file still has the hash recorded for it, and no event is orphaned.

    The files are the issued ones and those given with events (returned, signed, executed
    copies, certificates). A missing or changed file is a problem: the register can no
    longer show that the document it vouches for is the one CREC holds.
    """
    with register.reading() as reader:
        orphans = [
            f"event {number}: belongs to {document!r}, which is not in the register"
            for number, document in reader.rows(
                "SELECT number, document_id FROM events WHERE document_id NOT IN "
                "(SELECT id FROM documents) ORDER BY number"
            )
        ]
        recorded = histories(reader, as_written=True)
    problems = list(orphans)
    checked = 0
    for history in recorded:
        files = [(f.path, f.sha256) for f in history.document.files]
        files += [
            (str(e.details["file"]), str(e.details["sha256"]))
            for e in history.events
            if e.kind != "issued" and "file" in e.details and "sha256" in e.details
        ]
        for path, sha256 in files:
            checked += 1
            problem = _file_problem(Path(path), sha256)
            if problem:
                problems.append(f"{history.document.id}: {path}: {problem}")
    count = sum(len(h.events) for h in recorded)
    return Checked(len(recorded), count + len(orphans), checked, tuple(problems))


def _file_problem(path: Path, sha256: str) -> str | None:
    if not path.is_file():
        return "missing"
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for chunk in iter(lambda: stream.read(1 << 20), b""):
            digest.update(chunk)
    return None if digest.hexdigest() == sha256 else "changed since it was recorded"
