"""Documents waiting for their PDFs, converted in chunks on a thread of their own.

A batch renders on the other core while LibreOffice converts: the thread hands
LibreOffice whatever rendered documents are waiting (up to ``chunk``), each
chunk in a fresh, seeded LibreOffice. A crash or hang costs only what that
chunk had not finished: each document it left out is retried once, alone, in
a fresh process, and reported if it fails alone too.
"""

from __future__ import annotations

import queue
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..errors import CrecError
from .converter import LibreOffice
from .produce import Rendered, stage

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
    """

    def __init__(
        self,
        post: Callable[[PdfConverted | ConversionFailed], None],
        *,
        chunk: int,
        timeout: float,
        start_up: float,
    ) -> None:
        super().__init__(name="crec-converter", daemon=True)
        self._inbox: queue.Queue[Rendered | None] = queue.Queue()
        self._post = post
        self._chunk = chunk
        self._timeout = timeout
        self._start_up = max(start_up, timeout)
        self._stopping = threading.Event()
        self._office: LibreOffice | None = None
        self._lock = threading.Lock()

    def put(self, document: Rendered) -> None:
        """Convert this document with the next chunk."""
        self._inbox.put(document)

    def run(self) -> None:
        while not self._stopping.is_set():
            batch = self._gather()
            if not batch:
                return
            try:
                self._convert(batch)
            except Exception as error:  # never leave the batch waiting for these documents
                for document in batch:
                    self._post(ConversionFailed(document, f"conversion failed: {error}"))

    def stop(self) -> None:
        """Stop after the current chunk, killing LibreOffice if it is converting."""
        self._stopping.set()
        with self._lock:
            if self._office is not None:
                self._office.kill()
        self._inbox.put(None)

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
                self._inbox.put(None)  # finish this chunk, then stop
                break
            batch.append(item)
        return batch

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
                self._post(PdfConverted(document, produced[document.stem]))
                continue
            alone, alone_error = self._run([document])
            if document.stem in alone:
                self._post(PdfConverted(document, alone[document.stem]))
            else:
                self._post(ConversionFailed(document, alone_error or error))

    def _run(self, group: list[Rendered]) -> tuple[dict[str, bytes], str]:
        """The complete PDFs one fresh LibreOffice made of ``group``, and its error if any."""
        error = ""
        with (
            tempfile.TemporaryDirectory(prefix="crec-build-") as work,
            LibreOffice(start_up=self._start_up, per_document=self._timeout) as office,
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
