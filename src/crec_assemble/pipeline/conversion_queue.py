"""Documents waiting for their PDFs, converted in chunks on a thread of their own.

A batch renders on the other core while LibreOffice converts: the thread hands
LibreOffice whatever rendered documents are waiting (up to ``chunk``), each
chunk in a fresh, seeded LibreOffice. The first one starts up as soon as the
queue does, while the first profiles are still rendering: for a single
agreement, LibreOffice's start-up is the longest step. A crash or hang costs
only what that chunk had not finished: each document it left out is retried
once, alone, in a fresh process, and reported if it fails alone too.

A queue that lives on, a server's, keeps LibreOffice warm (``keep_warm``): one
lasting LibreOffice, started with the queue, converts chunk after chunk, so a
request pays neither its start nor the loading of a first document. Such a
queue also stages the documents of many output folders together, so two
documents of one chunk never share a file name (a stem): the later one waits
for the next chunk.
"""

from __future__ import annotations

import contextlib
import math
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
# How often a queue keeping LibreOffice warm checks, while it waits, that the one waiting runs.
_CHECK_SECONDS = 10.0
# A lasting LibreOffice is replaced after converting this many documents. Its memory was
# measured flat (175 to 188 MB over 180 agreements), but nothing one process gathers
# (memory, its profile's history) may grow without bound in a server that runs for months.
_RECYCLE_AFTER = 500


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
        keep_warm: for a queue that lives on: one lasting LibreOffice (see
            :meth:`~crec_assemble.pipeline.converter.LibreOffice.start`), started with the
            queue, converts chunk after chunk, and a chunk starts at once with what is
            waiting (documents put meanwhile make the next one). It is never stopped for
            idling: a server may wait hours for its next request, and one restarted on a
            timer would only convert its next chunk slower. It is replaced when it is gone
            (killed for a hang, a crash, the kernel's out-of-memory killer; checked after
            each chunk and while the queue waits) and after ``_RECYCLE_AFTER`` documents.
            It stops with the queue, and the lifeline stops it if the owner is killed
            outright.
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
        keep_warm: bool = False,
    ) -> None:
        super().__init__(name="crec-converter", daemon=True)
        self._inbox: queue.Queue[Rendered | None] = queue.Queue()
        self._post = post
        self._chunk = chunk
        self._timeout = timeout
        self._start_up = max(start_up, timeout)
        self._start_early = start_early or keep_warm
        self._keep_warm = keep_warm
        self._gather_seconds = 0.0 if keep_warm else _GATHER_SECONDS
        self._staging = staging
        self._stopping = threading.Event()
        self._office: LibreOffice | None = None  # converting now (stop() kills it)
        self._lock = threading.Lock()
        # Only this thread uses these three.
        self._warm: LibreOffice | None = None  # started early, waiting for the next chunk
        self._converted = 0  # documents handed to it
        self._held: list[Rendered] = []  # left out of the last chunk: their stem was in it

    def put(self, document: Rendered) -> None:
        """Convert this document with the next chunk."""
        self._inbox.put(document)

    def close(self) -> None:
        """Nothing more will be put: convert what is waiting without waiting for more."""
        self._inbox.put(None)

    def run(self) -> None:
        if self._start_early:
            self._warm = self._started_office()
        try:
            self._convert_all()
        finally:
            if self._warm is not None:
                self._warm.close()

    def _convert_all(self) -> None:
        """Convert chunk after chunk until the queue is closed, each with the LibreOffice
        waiting for it if there is one."""
        while not self._stopping.is_set():
            batch = self._gather()
            if not batch:
                return
            office = self._warm
            try:
                self._convert(batch, office)
            except Exception as error:  # never leave the batch waiting for these documents
                for document in batch:
                    self._post(ConversionFailed(document, f"conversion failed: {error}"))
            finally:
                self._converted += len(batch)
                lasts = office is not None and office.waiting and self._keep_warm
                if not lasts or self._converted >= _RECYCLE_AFTER:
                    self._replace_warm()

    def _replace_warm(self) -> None:
        """Close the LibreOffice kept for the next chunk; when keeping warm, start a fresh
        one first (the old one may take a moment to quit)."""
        gone = self._warm
        keep = self._keep_warm and not self._stopping.is_set()
        self._warm = self._started_office() if keep else None
        self._converted = 0
        if gone is not None:
            gone.close()

    def _started_office(self) -> LibreOffice | None:
        """A fresh LibreOffice, started now with no document; None if it cannot be made
        (the chunk that would have used it starts its own, and says why it cannot)."""
        with contextlib.suppress(CrecError):
            office = self._new_office()
            office.start(lasting=self._keep_warm)
            return office
        return None

    def stop(self) -> None:
        """Stop after the current chunk, killing LibreOffice if it is converting."""
        self._stopping.set()
        with self._lock:
            if self._office is not None:
                self._office.kill()
        self.close()

    def _gather(self) -> list[Rendered]:
        """The next chunk: what is waiting, after a short wait for more (none when keeping
        warm); empty to stop. Documents held back from the last chunk come first."""
        first = self._first()
        if first is None:
            return []
        batch = [first]
        held, self._held = self._held, []
        for document in held:
            self._add(batch, document)
        while len(batch) < self._chunk:
            try:
                item = self._inbox.get(timeout=self._gather_seconds)
            except queue.Empty:
                break
            if item is None:
                self._inbox.put(None)  # closed or stopped: convert this chunk, then end
                break
            self._add(batch, item)
        return batch

    def _first(self) -> Rendered | None:
        """The first document of the next chunk (None to stop); while none comes, a queue
        keeping LibreOffice warm replaces the one waiting if it died."""
        if self._held:
            return self._held.pop(0)
        while True:
            try:
                return self._inbox.get(timeout=_CHECK_SECONDS if self._keep_warm else None)
            except queue.Empty:
                if self._warm is None or not self._warm.waiting:
                    self._replace_warm()

    def _add(self, batch: list[Rendered], document: Rendered) -> None:
        """Put a document in the chunk, or hold it back for the next one when the chunk is
        full or has its stem: both would be staged, and converted, under one file name."""
        if len(batch) < self._chunk and all(other.stem != document.stem for other in batch):
            batch.append(document)
        else:
            self._held.append(document)

    def _new_office(self) -> LibreOffice:
        idle = math.inf if self._keep_warm else None
        return LibreOffice(start_up=self._start_up, per_document=self._timeout, idle=idle)

    def _office_for(self, ready: LibreOffice | None) -> AbstractContextManager[LibreOffice]:
        """The LibreOffice started early, left to :meth:`_replace_warm` to clean up; else a
        fresh one."""
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
