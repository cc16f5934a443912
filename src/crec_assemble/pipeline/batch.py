"""Building many agreements at the speed of the converter, one failure at a time.

Each profile is a unit of work: it is validated, assembled, gated and rendered
by the :class:`~crec_assemble.pipeline.workers.Workers` (``--jobs``), and its
files are written together, or not at all, as soon as they are ready. One bad
profile or failed conversion is reported and the rest are built.

PDFs come from LibreOffice's own multi-file conversion, in chunks
(:mod:`~crec_assemble.pipeline.conversion_queue`), so rendering on the other
core overlaps conversion. LibreOffice is stopped when it finishes no document
for ``timeout`` seconds; each document a crash or hang left out is retried
once, alone, in a fresh process.
"""

from __future__ import annotations

import contextlib
import os
import queue
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from ..errors import CrecError
from .conversion_queue import ConversionFailed, ConversionQueue, PdfConverted
from .converter import find_soffice
from .events import (
    BatchEvent,
    DocumentBuilt,
    ProfileFailed,
    ProfileRendered,
    Skipped,
    Started,
    Tally,
)
from .out_lock import locked
from .outcome import BatchResult, Failure
from .owners import Claims
from .plan import BuildOptions
from .produce import Rendered
from .profile_files import claim, failure, targets, write_profile
from .session import BuildSession
from .workers import Workers

__all__ = ["build_batch", "expand_profiles"]


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


def build_batch(
    arguments: Sequence[Path],
    options: BuildOptions,
    *,
    jobs: int | None = None,
    skip_existing: bool = False,
    timeout: float = 60.0,
    start_up: float = 10.0,
    chunk: int = 100,
    progress: Callable[[BatchEvent], None] | None = None,
) -> BatchResult:
    """Build every profile, isolating failures; write each profile's documents together.

    A bad template, library, issuer or edition, or no LibreOffice when PDFs are
    wanted, would fail every profile: it is raised once, before any is built.

    Args:
        arguments: profile files, directories (read recursively) or quoted globs.
        options: what to build (formats, kind, draft…), as for ``build``.
        jobs: worker processes for validating and rendering (default: one per profile, up
            to the CPU count; one is a thread, which starts no process).
        skip_existing: leave a profile alone when all its outputs exist and their manifests
            name its contractor (resume); another contractor's file is a failure.
        timeout: seconds LibreOffice may go without finishing a document before it is stopped
            and the document retried alone (the CLI's --timeout, same default).
        start_up: seconds allowed at least for LibreOffice to start, on top of ``timeout``.
        chunk: at most this many documents per LibreOffice process.
        progress: called with each event of the batch, on the calling thread.

    Raises:
        InputError: the template, library, issuer or edition is bad, or another build is
            writing into ``options.out``.
        ConversionError: PDFs are wanted and LibreOffice is not installed.
    """
    started = time.monotonic()
    result = BatchResult()
    profiles, result.failures = expand_profiles(arguments)
    pdfs = "pdf" in options.formats
    if pdfs:
        find_soffice()
    messages: queue.Queue[_Message] = queue.Queue()
    # Started first, so LibreOffice starts up while the library is read and profiles render.
    converter = ConversionQueue(
        messages.put, chunk=chunk, timeout=timeout, start_up=start_up,
        start_early=pdfs and bool(profiles),  # nothing to convert: no LibreOffice
        staging=options.out,
    )  # fmt: skip
    # The folder is ours from the first check of a file name to the last write.
    with locked(options.out), _converting(converter):
        session = BuildSession.open(options)
        workers = Workers(session, jobs or min(os.cpu_count() or 1, len(profiles)) or 1)
        batch = _Batch(options, profiles, result, workers=workers, converter=converter,
                       messages=messages, skip_existing=skip_existing,
                       progress=progress)  # fmt: skip
        try:
            batch.run()
        except KeyboardInterrupt:
            result.interrupted = True
        finally:
            workers.shutdown(wait=not result.interrupted)
    # Report in the order given, whatever order the work finished in.
    position = {path: index for index, path in enumerate(profiles)}
    result.documents.sort(key=lambda d: position.get(d.profile, len(position)))
    result.failures.sort(key=lambda f: position.get(f.profile, -1))
    result.seconds = time.monotonic() - started
    return result


@contextlib.contextmanager
def _converting(converter: ConversionQueue) -> Iterator[None]:
    """Run the converter's thread for the ``with`` block; stop it however the block ends
    (killing LibreOffice if it is converting: Ctrl-C, or a bad library). A signal that
    ends the command while the thread is still starting (SIGTERM, raised in the main thread
    as it waits for the start) stops it too: the thread may already be making LibreOffice's
    profile, which only its own clean-up removes."""
    try:
        converter.start()
        yield
    finally:
        converter.stop()
        if converter.ident is not None:  # started, however briefly
            converter.join(timeout=30)


@dataclass(frozen=True)
class _RenderDone:
    """A profile's rendering finished, well or not (posted by its future)."""

    profile: Path


@dataclass(frozen=True)
class _PdfFinished:
    """A document's PDF finishing is done, well or not (posted by its future)."""

    document: Rendered
    future: Future[bytes]


_Message = _RenderDone | PdfConverted | ConversionFailed | _PdfFinished


@dataclass
class _Pending:
    """A profile's documents on their way to disk."""

    documents: list[Rendered]
    pdfs: dict[str, bytes] = field(default_factory=dict)

    @property
    def complete(self) -> bool:
        return all(d.stem in self.pdfs for d in self.documents if "pdf" in d.formats)


class _Batch:
    """One batch under way, driven by the messages its workers and converter post.

    Only the calling thread changes its state; the others only put on ``messages``.
    ``_outstanding`` counts what a message is still due for: each profile until
    it is rendered, then each of its documents until its PDF is finished.
    """

    def __init__(
        self,
        options: BuildOptions,
        profiles: list[Path],
        result: BatchResult,
        *,
        workers: Workers,
        converter: ConversionQueue,
        messages: queue.Queue[_Message],
        skip_existing: bool,
        progress: Callable[[BatchEvent], None] | None,
    ) -> None:
        self._options = options
        self._profiles = profiles
        self._result = result
        self._workers = workers
        self._converter = converter
        self._messages = messages
        self._skip_existing = skip_existing
        self._progress = progress
        self._renders: dict[Path, Future[list[Rendered]]] = {}
        self._next = 0  # the first profile not yet taken from its rendering
        self._pending: dict[Path, _Pending] = {}
        # The outputs the profiles of this batch will write, and whose they are.
        self._claims = Claims(force=options.force, resume=skip_existing, resumable=True)
        self._outstanding = 0
        self._done = 0
        self._known = len(profiles)

    def run(self) -> None:
        """Render every profile and handle what comes back until nothing is outstanding."""
        self._tell(Started(tuple(self._profiles), self._tally()))
        for path in self._profiles:
            future = self._workers.render(path)
            self._renders[path] = future
            future.add_done_callback(partial(self._post_rendered, path))
        if "pdf" in self._options.formats:
            self._workers.prepare_finishing()
        self._outstanding = len(self._profiles)
        while self._outstanding:
            self._handle(self._messages.get())

    def _handle(self, message: _Message) -> None:
        match message:
            case _RenderDone():
                self._take_rendered()
            case PdfConverted(document=document, pdf=pdf):
                self._finish(document, pdf)
            case _PdfFinished(document=document, future=future):
                self._outstanding -= 1
                self._finished(document, future)
            case ConversionFailed(document=document, reason=reason):
                self._outstanding -= 1
                if document.profile in self._pending:
                    self._fail(Failure(document.profile, reason, False))

    def _take_rendered(self) -> None:
        """Take rendered profiles in the order given, so which of two profiles claims a file
        name never depends on which finished rendering first."""
        profiles = self._profiles
        while self._next < len(profiles) and self._renders[profiles[self._next]].done():
            path = profiles[self._next]
            self._next += 1
            self._outstanding += self._take(path, self._renders[path]) - 1
        if self._next == len(profiles):
            # Nothing more will come: LibreOffice starts now instead of waiting for more.
            self._converter.close()

    def _take(self, path: Path, future: Future[list[Rendered]]) -> int:
        """Claim a rendered profile's files and queue its PDFs; return how many it queued."""
        documents = self._documents(path, future)
        if documents is None:
            return 0
        self._known += len(documents) - 1
        self._tell(ProfileRendered(path, len(documents), self._tally()))
        out = self._options.out
        problem = claim(self._claims, documents, out, path)
        if problem:
            self._fail(Failure(path, problem, True), documents=len(documents))
            return 0
        if self._skip_existing and all(t.is_file() for d in documents for t in targets(d, out)):
            # Only the same contractor's files get here: another's were refused above.
            self._result.skipped.append(path)
            self._done += len(documents)
            self._tell(Skipped(path, self._tally()))
            return 0
        self._pending[path] = _Pending(documents)
        needs_pdf = [d for d in documents if "pdf" in d.formats]
        for document in needs_pdf:
            self._converter.put(document)
        if not needs_pdf:
            self._write(path)
        return len(needs_pdf)

    def _documents(self, path: Path, future: Future[list[Rendered]]) -> list[Rendered] | None:
        """A profile's rendered documents, or None when it failed (and is reported)."""
        try:
            return future.result()
        except Exception as error:  # a bug or a broken worker too: this profile only
            self._fail(failure(path, error, "built"))
        return None

    def _finish(self, document: Rendered, pdf: bytes) -> None:
        """Have LibreOffice's PDF finished by a worker, unless its profile already failed."""
        if document.profile not in self._pending:
            self._outstanding -= 1
            return
        future = self._workers.finish(document, pdf)
        future.add_done_callback(partial(self._post_finished, document))

    def _post_rendered(self, profile: Path, _: Future[list[Rendered]]) -> None:
        self._messages.put(_RenderDone(profile))

    def _post_finished(self, document: Rendered, future: Future[bytes]) -> None:
        self._messages.put(_PdfFinished(document, future))

    def _finished(self, document: Rendered, future: Future[bytes]) -> None:
        """Keep a finished PDF; write the profile when it was the last one it waited for."""
        group = self._pending.get(document.profile)
        if group is None:
            return
        try:
            group.pdfs[document.stem] = future.result()
        except Exception as error:
            self._fail(failure(document.profile, error, "finished"))
            return
        if group.complete:
            self._write(document.profile)

    def _write(self, profile: Path) -> None:
        """Write all of a profile's files, or none; with ``skip_existing`` only those missing."""
        group = self._pending[profile]
        try:
            produced = write_profile(group.documents, group.pdfs, self._options.out,
                                     keep_existing=self._skip_existing)  # fmt: skip
        except CrecError as error:
            self._fail(Failure(profile, str(error), True))
            return
        del self._pending[profile]
        self._result.documents.extend(produced)
        for record in produced:
            self._done += 1
            self._tell(DocumentBuilt(profile, record, self._tally()))

    def _fail(self, failed: Failure, documents: int = 1) -> None:
        """Report a profile as failed and forget its documents; ``documents`` counts those
        of a profile not yet pending."""
        group = self._pending.pop(failed.profile, None)
        self._done += len(group.documents) if group else documents
        self._result.failures.append(failed)
        self._tell(ProfileFailed(failed.profile, failed.reason, self._tally()))

    def _tally(self) -> Tally:
        return Tally(self._done, self._known)

    def _tell(self, event: BatchEvent) -> None:
        if self._progress is not None:
            self._progress(event)
