"""Builds for a long-running process (the web server): one warm LibreOffice for every request.

The command line starts LibreOffice for every build: about 2 s for one
agreement. A server keeps one :class:`BuildService`, and in it one lasting
LibreOffice that converts request after request
(:class:`~crec_assemble.pipeline.conversion_queue.ConversionQueue` with
``keep_warm``). Request threads call :meth:`BuildService.build` at once; each
renders and finishes its own profile's documents, and their PDFs are queued
for the one converter, which takes what is waiting as one chunk.

A build is the CLI's ``build`` of one profile: the same checks of its file
names, under the same lock on its output folder, written all or nothing, and
the same :class:`~crec_assemble.pipeline.outcome.BatchResult`, whose
``as_json()`` is what ``build --json`` prints. What would stop the CLI before
it builds any profile (a bad library, template or issuer, a busy output
folder) is raised, as there; what is wrong with the profile, or its
conversion, is the result's one failure, in the CLI's words. A web layer so
needs one ``except CrecError`` at its edge, as the CLI has, and presents the
result as the CLI does.
"""

from __future__ import annotations

import contextlib
import threading
import time
from concurrent.futures import Future
from pathlib import Path
from types import TracebackType

from ..errors import ConversionError, CrecError
from ..render.pdf import load_pdf_tools
from .conversion_queue import ConversionFailed, ConversionQueue, PdfConverted
from .converter import find_soffice
from .out_lock import locked
from .outcome import BatchResult, Failure
from .owners import Claims
from .plan import BuildOptions
from .produce import Produced, Rendered, finish
from .profile_files import claim, failure, write_profile
from .session import BuildSession

__all__ = ["BuildService"]


class _Awaited:
    """The PDFs request threads wait for, one future per document on the queue.

    Keyed by the document's identity: the queue posts back the very object it
    was given, which its request thread holds until the future is done.
    """

    def __init__(self) -> None:
        self._futures: dict[int, Future[bytes]] = {}
        self._closed = False
        self._lock = threading.Lock()

    def expect(self, document: Rendered) -> Future[bytes]:
        """A future for the document's PDF, before the document is put on the queue.

        Raises:
            ConversionError: the service is closed.
        """
        future: Future[bytes] = Future()
        with self._lock:
            if self._closed:
                raise ConversionError("the build service is closed")
            self._futures[id(document)] = future
        return future

    def post(self, outcome: PdfConverted | ConversionFailed) -> None:
        """The queue's outcome for a document, to the thread waiting for it."""
        with self._lock:
            future = self._futures.pop(id(outcome.document), None)
        if future is None:
            return
        if isinstance(outcome, PdfConverted):
            future.set_result(outcome.pdf)
        else:
            future.set_exception(ConversionError(outcome.reason))

    def close(self) -> None:
        """Fail every PDF still awaited, and any asked for later."""
        with self._lock:
            self._closed = True
            futures, self._futures = list(self._futures.values()), {}
        for future in futures:
            future.set_exception(ConversionError("the build service was closed"))


class BuildService:
    """One warm LibreOffice and the builds that share it; safe to call from many threads.

    Use as a context manager, or call :meth:`close` when the process stops.
    """

    def __init__(
        self, queue: ConversionQueue, awaited: _Awaited, cleanup: contextlib.ExitStack
    ) -> None:
        """Use :meth:`start`; ``cleanup`` stops what it started."""
        self._queue = queue
        self._awaited = awaited
        self._cleanup = cleanup
        self._closing = threading.Lock()

    @classmethod
    def start(
        cls, staging: Path, *, timeout: float = 60.0, start_up: float = 10.0, chunk: int = 100
    ) -> BuildService:
        """Start the converter and its first LibreOffice, and load the PDF tools.

        Args:
            staging: a folder of the server's own, where the documents are staged for
                LibreOffice (never the system's temporary folder: a server killed outright
                must leave no contractor document there). It is locked while the service
                runs, and what a killed server left in it is removed now.
            timeout: seconds LibreOffice may go without finishing a document (as ``build
                --timeout``); a document it left is then retried alone, then reported.
            start_up: seconds allowed at least for LibreOffice to start, on top of ``timeout``.
            chunk: at most this many documents per LibreOffice.

        Raises:
            ConversionError: LibreOffice is not installed.
            InputError: another process uses ``staging``, or it cannot be made.
        """
        find_soffice()
        awaited = _Awaited()
        with contextlib.ExitStack() as cleanup:
            cleanup.enter_context(locked(staging))
            queue = ConversionQueue(
                awaited.post, chunk=chunk, timeout=timeout, start_up=start_up,
                staging=staging, keep_warm=True,
            )  # fmt: skip
            # Undone in this order: LibreOffice stopped, the waiting builds failed, unlocked.
            cleanup.callback(awaited.close)
            cleanup.callback(_stop, queue)
            queue.start()
            load_pdf_tools()  # while LibreOffice starts: the first request need not wait for it
            service = cls(queue, awaited, cleanup.pop_all())
        return service

    def __enter__(self) -> BuildService:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def build(self, profile: Path, options: BuildOptions) -> BatchResult:
        """Build one profile's agreement (or addendum) and its flow-downs into ``options.out``,
        as ``crec-assemble build PROFILE`` does.

        The library, issuer and template are read as they are now, for each build.

        Returns:
            The documents written, or the profile's one failure: a bad profile, a file name
            refused, a failed conversion.

        Raises:
            InputError: the template, library, issuer or edition is bad, or another build is
                writing into ``options.out``.
            ConversionError: the service was closed before the build (one closed while
                it converts is the build's failure).
        """
        started = time.monotonic()
        session = BuildSession.open(options)
        result = BatchResult()
        with locked(options.out):
            built = self._build(session, profile)
        if isinstance(built, Failure):
            result.failures.append(built)
        else:
            result.documents.extend(built)
        result.seconds = time.monotonic() - started
        return result

    def _build(self, session: BuildSession, profile: Path) -> list[Produced] | Failure:
        """Render, claim the file names, convert, finish and write, or say why not."""
        options = session.options
        try:
            documents = session.render(profile)
        except Exception as error:  # a bug too: this request only
            return failure(profile, error, "built")
        # The CLI's build also offers --skip-existing, and its refusals say so: the same words.
        problem = claim(Claims(force=options.force, resumable=True), documents, options.out,
                        profile)  # fmt: skip
        if problem:
            return Failure(profile, problem, True)
        converting = [(d, self._convert(d)) for d in documents if "pdf" in d.formats]
        pdfs = {}
        for document, pdf in converting:
            try:
                pdfs[document.stem] = finish(document, pdf.result())
            except Exception as error:  # the conversion's error, or the finishing's
                return failure(profile, error, "finished")
        try:
            return write_profile(documents, pdfs, options.out)
        except CrecError as error:
            return Failure(profile, str(error), True)

    def _convert(self, document: Rendered) -> Future[bytes]:
        future = self._awaited.expect(document)
        self._queue.put(document)
        return future

    def close(self) -> None:
        """Stop LibreOffice and the converter; a build still waiting for a PDF fails, and any
        build after raises. Calling it again does nothing."""
        with self._closing:
            self._cleanup.close()


def _stop(queue: ConversionQueue) -> None:
    """Stop the converter and wait for it: every wait in it is bounded, and once it has
    ended no LibreOffice of it runs."""
    queue.stop()
    queue.join()
