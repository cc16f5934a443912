"""Redlines: two agreements compared into one DOCX with Word's own tracked changes.

The comparison engine is Docxodus (through python-redlines, which ships it as a
self-contained binary in a wheel: no .NET install). This module is its one
adapter: it hands the engine two DOCX files, names the author
"crec-assemble", pins the date of every change, drops the newer agreement's
manifest (a redline is not an issued document) and rewrites the zip with fixed
timestamps, so the same two documents always give the same bytes.

Counsel reads a redline between two editions for one contractor; a vendor who
must re-sign reads one between the agreement it signed and the new one.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import signal
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from ..errors import ConversionError, InputError
from ..inputs.dates import default_build_date
from ..inputs.issuer import load_issuer
from ..library.clauses import load_library
from ..pipeline.files import check_targets, write_all
from ..pipeline.lifeline import Handed, Lifeline, child_processes, hold
from ..pipeline.plan import Loaded, Order, load_profiles, plan
from ..render.docx import read_template, without_manifest
from ..render.extract import is_docx
from ..render.untrusted import open_docx, parse_xml, read_part, read_untrusted, time_bound
from ..resources import default_issuer, default_library, default_template

__all__ = [
    "AUTHOR",
    "REDLINE_SECONDS",
    "Compared",
    "Redline",
    "check_one_target",
    "redline_docx",
    "redline_editions",
    "redline_files",
    "write_redline",
]

AUTHOR = "crec-assemble"


# The redline engine (Docxodus, a .NET program) reads two documents someone may have sent; its
# inputs are checked first (render/untrusted), and this bounds its time. A pair of agreements
# takes a few seconds, most of it the engine's start-up.
REDLINE_SECONDS = 60.0


Engine = Callable[[bytes, bytes, date], bytes]


def redline_docx(old: bytes, new: bytes, when: date, engine: Engine | None = None) -> bytes:
    """``new`` with every difference from ``old`` as a tracked insertion or deletion.

    The engine runs in a child process of its own process group, so that the whole
    group (the .NET program included) is killed when it runs past ``REDLINE_SECONDS``.
    ``engine`` is Docxodus unless given: a module-level function, since the child is
    started fresh (:func:`~crec_assemble.pipeline.lifeline.child_processes`) and is sent it.

    Raises:
        InputError: when the engine runs past its time limit.
        ConversionError: when the engine is missing or fails.
    """
    context = child_processes()
    receiving, sending = context.Pipe(duplex=False)
    lifeline = Lifeline()  # a kill -9 of this process takes the engine with it
    child = context.Process(
        target=_run_engine,
        args=(sending, lifeline.handed, engine or _engine_redline, old, new, when),
        daemon=True,
    )  # fmt: skip
    child.start()
    sending.close()
    try:
        if not receiving.poll(REDLINE_SECONDS):
            raise InputError(
                f"the redline took longer than the limit of {REDLINE_SECONDS:g} s; "
                "compare smaller documents"
            )
        ok, outcome = receiving.recv()
    except EOFError:
        raise ConversionError("the redline engine stopped without an answer") from None
    finally:
        if child.pid is not None:  # started above; the check is for the type checker
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(child.pid, signal.SIGKILL)  # the engine too, if still running
        child.join()
        receiving.close()
        lifeline.close()
    if not ok:
        raise ConversionError(outcome)
    return without_manifest(outcome)


def _run_engine(
    sending: Connection,
    lifeline: Handed,
    engine: Engine,
    old: bytes,
    new: bytes,
    when: date,
) -> None:
    """In the child: lead a process group of its own, which ends with the build, run the
    engine, send back the result."""
    os.setsid()
    hold(lifeline, group=True)
    try:
        sending.send((True, engine(old, new, when)))
    except ConversionError as error:
        sending.send((False, str(error)))
    finally:
        sending.close()


def _engine_redline(old: bytes, new: bytes, when: date) -> bytes:
    """The Docxodus engine's redline, its failures as ConversionError."""
    try:
        from python_redlines import DocxodusEngine, EngineExecutionError, EngineNotInstalledError
    except ImportError as error:  # pragma: no cover - a broken install
        raise ConversionError(f"redline engine not installed: {error}") from None
    try:
        engine = DocxodusEngine()
        result, _, _ = engine.run_redline(
            AUTHOR, old, new, date_time=f"{when.isoformat()}T00:00:00Z"
        )
    except EngineNotInstalledError as error:
        raise ConversionError(f"redline engine not installed: {error}") from None
    except EngineExecutionError as error:
        said = (error.stderr or error.stdout or "").strip().splitlines()  # not its temp paths
        detail = said[-1] if said else f"exit {error.returncode}"
        raise ConversionError(f"the redline engine failed: {detail}") from None
    except OSError as error:
        raise ConversionError(f"the redline engine could not run: {error.strerror}") from None
    return bytes(result)


@dataclass(frozen=True)
class Compared:
    """A redline in memory: its DOCX, the name it is written under by default, and what was
    compared (two editions' names, or two files)."""

    docx: bytes
    stem: str
    old: str
    new: str


@dataclass(frozen=True)
class Redline:
    """A redline as written, for the command's report and ``--json``."""

    old: str
    new: str
    path: Path
    sha256: str

    def as_json(self) -> dict[str, Any]:
        """The shape of ``build --json``: one document, its one output."""
        output = {"format": "docx", "path": str(self.path), "sha256": self.sha256}
        document = {"kind": "redline", "old": self.old, "new": self.new, "outputs": [output]}
        return {"documents": [document]}


def check_one_target(out: Path | None, to: Path | None) -> None:
    """A redline goes into a folder or to a file, not both; said before the engine runs.

    Raises:
        InputError: when both are given.
    """
    if out is not None and to is not None:
        raise InputError("--out and --to: give a folder or a file, not both")


def write_redline(
    compared: Compared, *, out: Path | None = None, to: Path | None = None, force: bool = False
) -> Redline:
    """Write the redline to the file ``to``, or under its own name into the folder ``out``.

    Without either, it goes to ``out/<name>-redline….docx``.

    Raises:
        InputError: both ``out`` and ``to`` given, or a target that exists without ``force``.
    """
    check_one_target(out, to)
    target = to or (out or Path("out")) / f"{compared.stem}.docx"
    check_targets([target], force=force)
    write_all({target: compared.docx})
    return Redline(compared.old, compared.new, target, hashlib.sha256(compared.docx).hexdigest())


def redline_editions(
    profile: Path,
    old_edition: str,
    new_edition: str,
    *,
    template: Path | None = None,
    library: Path | None = None,
    issuer: Path | None = None,
    build_date: date | None = None,
) -> Compared:
    """One contractor's agreement (or addendum) as two editions would print it, redlined.

    Raises:
        InputError: a bad profile or an unknown edition.
        ConversionError: the redline engine failed.
    """
    from ..pipeline.produce import render

    if old_edition == new_edition:
        raise InputError("--from and --to name the same edition: there is nothing to compare")
    root = library or default_library()
    clauses = load_library(root)
    chosen = read_template(template or default_template())
    day = build_date or default_build_date()
    editions = [
        clauses.edition(old_edition, day, "--from"),
        clauses.edition(new_edition, day, "--to"),
    ]
    profiles = load_profiles([profile])
    lea = load_issuer(issuer or default_issuer(root))
    rendered = []
    for edition in editions:
        # An edition that takes effect later is read as of its first day, so counsel can
        # review next year's words before they apply.
        inputs = Loaded(profiles, lea, clauses, max(day, edition.effective), edition)
        (main,) = plan(inputs, [Order(("docx",))])
        rendered.append(render(main, chosen).docx)
    stem = f"{main.stem}-redline-{old_edition}-to-{new_edition}"
    return Compared(redline_docx(rendered[0], rendered[1], day), stem, old_edition, new_edition)


def redline_files(old: Path, new: Path, when: date | None) -> Compared:
    """Two DOCX files (issued agreements, or any Word documents), redlined.

    The changes are dated ``when``; without it, the newer agreement's build
    date from its manifest, so the redline of two issued files is reproducible.

    Raises:
        InputError: when a file is missing or not a DOCX.
        ConversionError: the redline engine failed.
    """
    from ..render.manifest import read_manifest

    data = [_checked_docx(path) for path in (old, new)]
    if when is None:
        try:
            built = read_manifest(data[1], new).data["agreement"]["build_date"]
            when = date.fromisoformat(str(built))
        except (InputError, KeyError, TypeError, ValueError):
            when = default_build_date()
    redline = redline_docx(data[0], data[1], when)
    return Compared(redline, f"{new.stem}-redline", str(old), str(new))


def _checked_docx(path: Path) -> bytes:
    """A DOCX someone sent, within the limits of :mod:`crec_assemble.render.untrusted`, and
    every XML part of it well-formed and free of a DTD, before the engine (or python-docx,
    on its result) opens it.

    Raises:
        InputError: when it cannot be read, is not a DOCX, or is over a limit.
    """
    content = read_untrusted(path)
    with time_bound(path):
        archive = open_docx(content, path) if is_docx(content) else None
        if archive is None or "word/document.xml" not in archive.namelist():
            raise InputError(f"{path}: not a Word document (.docx); redline compares two DOCX")
        for part in archive.namelist():
            if part.endswith((".xml", ".rels")):
                parse_xml(read_part(archive, part, path), path, part)
    return content
