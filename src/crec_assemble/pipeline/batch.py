"""Building many agreements at the speed of the converter, one failure at a time.

Each profile is a unit of work: it is validated, assembled, gated and rendered
in a worker process (``--jobs``), and its files are written together, or not
at all, as soon as they are ready. One bad profile or failed conversion is
reported and the rest are built.

PDFs come from LibreOffice's own multi-file conversion, in chunks: a
converter thread hands LibreOffice whatever rendered documents are waiting
(up to ``chunk``), so rendering on the other core overlaps conversion, and
each chunk is a fresh, seeded LibreOffice. LibreOffice is stopped when it
finishes no document for ``timeout`` seconds; a crash or hang costs only what
that chunk had not finished, and each document it left out is retried once,
alone, in a fresh process.
"""

from __future__ import annotations

import os
import queue
import signal
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from ..errors import CrecError, InputError
from ..model import FileFormat
from ..render.docx import Template, read_template
from ..render.pdf import LibreOffice, find_soffice
from ..resources import default_template
from .files import write_all
from .plan import BuildOptions, assemble_all, check_gate, forget_inputs, load_inputs, stem_of
from .produce import Planned, Produced, Rendered, finish, render, stage, written

__all__ = ["BatchResult", "Failure", "build_batch", "expand_profiles"]

# At least this long is allowed for LibreOffice to start, on top of ``timeout`` per document.
_START_UP_SECONDS = 10.0
# How long the converter waits for more documents before starting a chunk: one start of
# LibreOffice costs about as much as converting a few short agreements.
_GATHER_SECONDS = 0.5
_WORKER_NICENESS = 5


@dataclass(frozen=True)
class Failure:
    """A profile that was not built, and why (one line)."""

    profile: Path
    reason: str
    input_error: bool


@dataclass
class BatchResult:
    """What a batch did: documents written, profiles skipped or failed, time taken."""

    documents: list[Produced] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    seconds: float = 0.0
    interrupted: bool = False

    @property
    def exit_code(self) -> int:
        """130 when interrupted; 2 when only bad input stopped it and nothing was built, so a
        script can tell a typo from a failed conversion; 1 for any other failure; else 0."""
        if self.interrupted:
            return 130
        if not self.failures:
            return 0
        only_input = all(failure.input_error for failure in self.failures)
        return 2 if only_input and not self.documents else 1

    def as_json(self) -> dict[str, Any]:
        """What ``build --json`` prints: every document written, and every profile left out."""
        return {
            "interrupted": self.interrupted,
            "documents": [document.as_json() for document in self.documents],
            "skipped": [str(path) for path in self.skipped],
            "failures": [
                {"profile": str(failure.profile), "reason": failure.reason}
                for failure in self.failures
            ],
        }


def expand_profiles(arguments: Sequence[Path]) -> tuple[list[Path], list[Failure]]:
    """Files as given, directories read recursively for ``*.yaml``, quoted globs expanded."""
    found: list[Path] = []
    missing: list[Failure] = []
    for argument in arguments:
        if argument.is_file():  # a real file wins, even with [ or * in its name
            found.append(argument)
        elif argument.is_dir():
            inside = sorted(p for p in argument.rglob("*.yaml") if p.is_file())
            found.extend(inside)
            if not inside:
                missing.append(Failure(argument, f"{argument}: no *.yaml profile in it", True))
        elif any(char in str(argument) for char in "*?["):
            anchor = Path(argument.anchor) if argument.is_absolute() else Path()
            pattern = str(argument.relative_to(anchor)) if argument.is_absolute() else str(argument)
            matches = sorted(p for p in anchor.glob(pattern) if p.is_file())
            found.extend(matches)
            if not matches:
                missing.append(Failure(argument, f"{argument}: no file matches", True))
        else:
            missing.append(Failure(argument, f"{argument}: no such file or folder", True))
    return list(dict.fromkeys(found)), missing


# -- work done in the worker processes ------------------------------------------------------

_TEMPLATES: dict[Path, Template] = {}


def _worker_setup() -> None:
    """Workers leave Ctrl-C to the main process, which stops the batch cleanly, and yield
    the CPU to LibreOffice: conversion is the slow step, rendering fills the gaps."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    os.nice(_WORKER_NICENESS)


def _render_profile(path: Path, options: BuildOptions) -> list[Rendered]:
    """Validate, assemble, gate and render one profile's documents (runs in a worker)."""
    template_path = options.template or default_template()
    if template_path not in _TEMPLATES:
        _TEMPLATES[template_path] = read_template(template_path)
    inputs = load_inputs(
        [path], library=options.library, issuer=options.issuer, build_date=options.build_date,
        edition=options.edition, cache=True,
    )  # fmt: skip
    documents = assemble_all(inputs, draft=options.draft, kind=options.kind, esign=options.esign)
    if not options.draft:
        check_gate(documents)
    formats: tuple[FileFormat, ...] = (
        ("docx", "pdf") if options.format == "all" else (options.format,)
    )
    return [
        render(Planned(document, path, stem_of(document), formats), _TEMPLATES[template_path])
        for _, group in documents
        for document in group
    ]


def _finish(document: Rendered, pdf: bytes) -> bytes:
    return finish(document, pdf)


# -- the conversion thread ------------------------------------------------------------------


class _Converter(threading.Thread):
    """Converts waiting documents in chunks, each chunk in a fresh LibreOffice.

    A chunk that fails (a crash, a hang past the timeout) is retried one
    document at a time, each in a fresh process; a document that fails alone
    too is reported. Results go to ``events`` as ``("pdf", document, bytes)``
    or ``("convert-failed", document, reason)``.
    """

    def __init__(self, events: queue.Queue[tuple[str, Any, Any]], chunk: int, timeout: float):
        super().__init__(name="crec-converter", daemon=True)
        self.inbox: queue.Queue[Rendered | None] = queue.Queue()
        self._events = events
        self._chunk = chunk
        self._timeout = timeout
        self._stopping = threading.Event()
        self._office: LibreOffice | None = None
        self._lock = threading.Lock()

    def run(self) -> None:
        while not self._stopping.is_set():
            first = self.inbox.get()
            if first is None:
                return
            batch = [first]
            while len(batch) < self._chunk:
                try:
                    item = self.inbox.get(timeout=_GATHER_SECONDS)
                except queue.Empty:
                    break
                if item is None:
                    self.inbox.put(None)  # finish this chunk, then stop
                    break
                batch.append(item)
            try:
                self._convert(batch)
            except Exception as error:  # never leave the batch waiting for these documents
                for document in batch:
                    self._events.put(("convert-failed", document, f"conversion failed: {error}"))

    def _convert(self, batch: list[Rendered]) -> None:
        """Convert a chunk; each document it left out is retried once, alone, in a fresh process.

        A crash or hang late in a long chunk so costs only the documents it did
        not finish.
        """
        produced, error = self._run(batch)
        for document in batch:
            if self._stopping.is_set():
                return
            if document.stem in produced:
                self._events.put(("pdf", document, produced[document.stem]))
                continue
            alone, alone_error = self._run([document])
            if document.stem in alone:
                self._events.put(("pdf", document, alone[document.stem]))
            else:
                self._events.put(("convert-failed", document, alone_error or error))

    def _run(self, group: list[Rendered]) -> tuple[dict[str, bytes], str]:
        """The complete PDFs one fresh LibreOffice made of ``group``, and its error if any."""
        error = ""
        with (
            tempfile.TemporaryDirectory(prefix="crec-build-") as work,
            LibreOffice(
                timeout=max(_START_UP_SECONDS, self._timeout), per_document=self._timeout
            ) as office,
        ):
            folder = Path(work)
            sources = stage(group, folder)
            with self._lock:
                self._office = office
            try:
                office.convert(sources, folder)
            except CrecError as failure:
                error = str(failure)
            finally:
                with self._lock:
                    self._office = None
            produced = {}
            for document in group:
                pdf = folder / f"{document.stem}.pdf"
                data = pdf.read_bytes() if pdf.is_file() else b""
                if data.startswith(b"%PDF") and b"%%EOF" in data[-1024:]:
                    produced[document.stem] = data  # complete, even if LibreOffice died later
                elif data and not error:
                    error = f"LibreOffice wrote an unreadable PDF of {document.stem}.docx"
        return produced, error or "LibreOffice did not convert it"

    def stop(self) -> None:
        """Stop after the current chunk, killing LibreOffice if it is converting."""
        self._stopping.set()
        with self._lock:
            if self._office is not None:
                self._office.kill()
        self.inbox.put(None)


# -- the batch ------------------------------------------------------------------------------


@dataclass
class _Pending:
    """A profile's documents on their way to disk."""

    documents: list[Rendered]
    pdfs: dict[str, bytes] = field(default_factory=dict)


def build_batch(
    arguments: Sequence[Path],
    options: BuildOptions,
    *,
    jobs: int | None = None,
    skip_existing: bool = False,
    timeout: float = 120.0,
    chunk: int = 100,
    progress: Callable[[str, int, int], None] | None = None,
) -> BatchResult:
    """Build every profile, isolating failures; write each profile's documents together.

    Args:
        arguments: profile files, directories (read recursively) or quoted globs.
        options: what to build (formats, kind, draft…), as for ``build``.
        jobs: worker processes for validating and rendering (default: CPU count).
        skip_existing: leave a profile alone when all its outputs exist (resume).
        timeout: seconds a conversion may take per document before LibreOffice is killed.
        chunk: at most this many documents per LibreOffice process.
        progress: called with (current profile, documents done, documents known).
    """
    started = time.monotonic()
    result = BatchResult()
    profiles, result.failures = expand_profiles(arguments)
    formats = ("docx", "pdf") if options.format == "all" else (options.format,)
    if "pdf" in formats:
        find_soffice()  # no LibreOffice: nothing can be built, say so once
    read_template(options.template or default_template())  # a bad template fails every profile
    # A bad library, issuer or --edition would fail every profile too: say so once.
    forget_inputs()
    load_inputs([], library=options.library, issuer=options.issuer,
                build_date=options.build_date, edition=options.edition, cache=True)  # fmt: skip
    workers = jobs or os.cpu_count() or 1
    # One worker renders in a thread (no process to start); more, in processes that yield the
    # CPU to LibreOffice. Either way rendering overlaps conversion.
    executor: Executor = (
        ThreadPoolExecutor(max_workers=1)
        if workers == 1
        else ProcessPoolExecutor(max_workers=workers, initializer=_worker_setup)
    )
    events: queue.Queue[tuple[str, Any, Any]] = queue.Queue()
    converter = _Converter(events, chunk, timeout)
    converter.start()
    pending: dict[Path, _Pending] = {}
    claimed: set[Path] = set()  # outputs a profile of this batch will write
    known = len(profiles)
    done = 0

    def fail(profile: Path, reason: str, input_error: bool = False) -> None:
        nonlocal done
        if profile in pending:
            done += len(pending.pop(profile).documents)
        else:
            done += 1
        result.failures.append(Failure(profile, reason, input_error))

    def write(profile: Path) -> None:
        nonlocal done
        group = pending.pop(profile)
        files: dict[Path, bytes] = {}
        produced = []
        for document in group.documents:
            document_files, record = written(document, options.out, group.pdfs.get(document.stem))
            if skip_existing:  # resume: write what is missing, never over a finished file
                document_files = {p: d for p, d in document_files.items() if not p.exists()}
            files.update(document_files)
            produced.append(record)
        try:
            write_all(files)
        except CrecError as error:
            result.failures.append(Failure(profile, str(error), True))
        else:
            result.documents.extend(produced)
        done += len(group.documents)

    def rendered(path: Path, future: Future[list[Rendered]]) -> int:
        """One profile's documents are rendered: claim its files, queue its PDFs, say how many."""
        nonlocal known, done
        try:
            documents = future.result()
        except CrecError as error:
            fail(path, str(error), input_error=isinstance(error, InputError))
            return 0
        except Exception as error:  # a bug or a broken worker: this profile only
            fail(path, f"could not be built ({type(error).__name__}: {error})")
            return 0
        known += len(documents) - 1
        targets = [options.out / f"{d.stem}.{fmt}" for d in documents for fmt in formats]
        if skip_existing and all(target.is_file() for target in targets):
            result.skipped.append(path)
            done += len(documents)
            return 0
        problem = _target_problem(targets, options.force or skip_existing, claimed)
        if problem:
            fail(path, problem, input_error=True)
            return 0
        claimed.update(targets)
        pending[path] = _Pending(documents)
        needs_pdf = [d for d in documents if "pdf" in d.formats]
        for document in needs_pdf:
            converter.inbox.put(document)
        if not needs_pdf:
            write(path)
        return len(needs_pdf)

    renders: dict[Path, Future[list[Rendered]]] = {}
    next_profile = 0
    try:
        for path in profiles:
            future = executor.submit(_render_profile, path, options)
            renders[path] = future
            future.add_done_callback(partial(_post, events, "rendered", path))
        outstanding = len(profiles)
        while outstanding:
            kind, subject, payload = events.get()
            if kind == "rendered":
                # Handled in the order given, so which of two profiles claims a file name
                # never depends on which finished rendering first.
                while next_profile < len(profiles) and renders[profiles[next_profile]].done():
                    path = profiles[next_profile]
                    next_profile += 1
                    outstanding += rendered(path, renders[path]) - 1
            elif kind == "pdf":
                outstanding -= 1
                if subject.profile not in pending:
                    continue  # the profile already failed
                outstanding += 1
                finishing = executor.submit(_finish, subject, payload)
                finishing.add_done_callback(partial(_post, events, "finished", subject))
            elif kind == "finished":
                outstanding -= 1
                group = pending.get(subject.profile)
                if group is None:
                    continue
                try:
                    group.pdfs[subject.stem] = payload.result()
                except Exception as error:
                    fail(subject.profile, str(error) if isinstance(error, CrecError) else
                         f"could not be finished ({type(error).__name__}: {error})")  # fmt: skip
                    continue
                if all(d.stem in group.pdfs for d in group.documents if "pdf" in d.formats):
                    write(subject.profile)
            elif kind == "convert-failed":
                outstanding -= 1
                if subject.profile in pending:
                    fail(subject.profile, payload)
            if progress is not None:
                progress(str(subject.profile if isinstance(subject, Rendered) else subject),
                         done, known)  # fmt: skip
    except KeyboardInterrupt:
        result.interrupted = True
    finally:
        converter.stop()
        if isinstance(executor, ProcessPoolExecutor):
            executor.shutdown(wait=not result.interrupted, cancel_futures=True)
        converter.join(timeout=30)
    # Report in the order given, whatever order the work finished in.
    position = {path: index for index, path in enumerate(profiles)}
    result.documents.sort(key=lambda d: position.get(d.profile, len(position)))
    result.failures.sort(key=lambda f: position.get(f.profile, -1))
    result.seconds = time.monotonic() - started
    return result


def _post(events: queue.Queue[tuple[str, Any, Any]], kind: str, subject: Any, future: Any) -> None:
    events.put((kind, subject, future))


def _target_problem(targets: list[Path], force: bool, claimed: set[Path]) -> str | None:
    for target in targets:
        if target in claimed:
            return (
                f"{target}: another profile of this batch writes it "
                "(their contractors' legal names give the same file name)"
            )
        if target.is_dir():
            return f"{target}: is a folder; move it out of the way"
        if target.exists() and not force:
            return f"{target}: already exists; use --force to overwrite it, or --skip-existing"
    stems = [target.name for target in targets]
    if len(set(stems)) != len(stems):
        return "two of its documents would have the same file name"
    return None
