"""Documents waiting for their PDFs, converted in chunks on a thread of their own.

A batch renders on the other core while LibreOffice converts: the thread hands
LibreOffice whatever rendered documents are waiting (up to ``chunk``), each
chunk in a fresh, seeded LibreOffice. The first one starts up as soon as the
queue does, while the first profiles are still rendering: for a single
agreement, LibreOffice's start-up is the longest step. A crash or hang costs
only what that chunk had not finished: each document it left out is retried
once, alone, in a fresh process, and reported if it fails alone too.
"""

from __future__ import annotations

import contextlib
import queue
import threading
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path

from ..errors import CrecError
from .converter import LibreOffice
from .produce import Rendered, stage, staging

__all__ = ["ConversionFailed", "ConversionQueue", "PdfConverted"]

# How long the queue waits for more documents before starting a chunk: one start of
# LibreOffice costs about as much as converting a few short agreements.
_GATHER_SECONDS = 0.5


@dataclass(frozen=True)
class PdfConverted:
    """LibreOffice's PDF of a document, complete but not yet finished."""

    document: Rendered
    pdf: bytes


@dataclass(frozen=True)
class ConversionFailed:
    """A document LibreOffice could not convert, even alone in a fresh process."""

    document: Rendered
    reason: str


class ConversionQueue(threading.Thread):
    """Converts the documents put on it, posting one outcome for each.

    Args:
        post: receives a :class:`PdfConverted` or :class:`ConversionFailed` per
            document (called on this thread).
        chunk: at most this many documents per LibreOffice process.
        timeout: seconds LibreOffice may go without finishing a document.
        start_up: seconds allowed for LibreOffice to start, at least; ``timeout``
            is allowed if it is longer.
        start_early: start the first LibreOffice with the queue, before any document
            is put (when PDFs are wanted).
        staging: the output folder, where each chunk is staged in a hidden folder (see
            :func:`~crec_assemble.pipeline.produce.staging`); None stages in the system's.
    """

    def __init__(
        self,
        post: Callable[[PdfConverted | ConversionFailed], None],
        *,
        chunk: int,
        timeout: float,
        start_up: float,
        start_early: bool = False,
        staging: Path | None = None,
    ) -> None:
        super().__init__(name="crec-converter", daemon=True)
        self._inbox: queue.Queue[Rendered | None] = queue.Queue()
        self._post = post
        self._chunk = chunk
        self._timeout = timeout
        self._start_up = max(start_up, timeout)
        self._start_early = start_early
        self._staging = staging
        self._stopping = threading.Event()
        self._office: LibreOffice | None = None
        self._lock = threading.Lock()

    def put(self, document: Rendered) -> None:
        """Convert this document with the next chunk."""
        self._inbox.put(document)

    def close(self) -> None:
        """Nothing more will be put: convert what is waiting without waiting for more."""
        self._inbox.put(None)

    def run(self) -> None:
        with contextlib.ExitStack() as cleanup:
            first = None
            if self._start_early:
                with contextlib.suppress(CrecError):  # the first chunk will say why
                    first = cleanup.enter_context(self._new_office())
                    first.start()
            self._convert_all(first)

    def _convert_all(self, first: LibreOffice | None) -> None:
        """Convert chunk after chunk until the queue is closed; ``first`` converts the first."""
        while not self._stopping.is_set():
            batch = self._gather()
            if not batch:
                return
            try:
                self._convert(batch, first)
            except Exception as error:  # never leave the batch waiting for these documents
                for document in batch:
                    self._post(ConversionFailed(document, f"conversion failed: {error}"))
            first = None

    def stop(self) -> None:
        """Stop after the current chunk, killing LibreOffice if it is converting."""
        self._stopping.set()
        with self._lock:
            if self._office is not None:
                self._office.kill()
        self.close()

    def _gather(self) -> list[Rendered]:
        """The next chunk: what is waiting, after a short wait for more; empty to stop."""
        first = self._inbox.get()
        if first is None:
            return []
        batch = [first]
        while len(batch) < self._chunk:
            try:
                item = self._inbox.get(timeout=_GATHER_SECONDS)
            except queue.Empty:
                break
            if item is None:
                self._inbox.put(None)  # closed or stopped: convert this chunk, then end
                break
            batch.append(item)
        return batch

    def _new_office(self) -> LibreOffice:
        return LibreOffice(start_up=self._start_up, per_document=self._timeout)

    def _office_for(self, ready: LibreOffice | None) -> AbstractContextManager[LibreOffice]:
        """The LibreOffice started early, left to :meth:`run` to clean up; else a fresh one."""
        return contextlib.nullcontext(ready) if ready is not None else self._new_office()

    def _convert(self, batch: list[Rendered], office: LibreOffice | None) -> None:
        """Convert a chunk; each document it left out is retried once, alone, in a fresh process.

        A crash or hang late in a long chunk so costs only the documents it did
        not finish.
        """
        produced, error = self._run(batch, office)
        for document in batch:
            if self._stopping.is_set():
                return
            if document.stem in produced:
                self._post(PdfConverted(document, produced[document.stem]))
                continue
            alone, alone_error = self._run([document], None)
            if document.stem in alone:
                self._post(PdfConverted(document, alone[document.stem]))
            else:
                self._post(ConversionFailed(document, alone_error or error))

    def _run(
        self, group: list[Rendered], ready: LibreOffice | None
    ) -> tuple[dict[str, bytes], str]:
        """The complete PDFs one LibreOffice (``ready``, else a fresh one) made of ``group``,
        and its error if any."""
        error = ""
        with (
            staging(self._staging) as work,
            self._office_for(ready) as office,
        ):
            folder = Path(work)
            sources = stage(group, folder)
            with self._lock:
                self._office = office
                if self._stopping.is_set():  # stopped while this chunk was staged: never start
                    office.kill()
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
