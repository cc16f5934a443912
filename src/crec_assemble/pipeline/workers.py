"""Where a batch renders profiles and finishes PDFs: a thread, or processes that yield.

One worker renders in a thread (no process to start); more, in processes
that leave Ctrl-C to the main process and yield the CPU to LibreOffice:
conversion is the slow step, rendering fills the gaps. Either way rendering
overlaps conversion.
"""

from __future__ import annotations

import os
import signal
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path

from ..render.pdf import load_pdf_tools
from .lifeline import Handed, Lifeline, child_processes, hold
from .produce import Rendered, finish
from .session import BuildSession

__all__ = ["Workers"]

_WORKER_NICENESS = 5

# The batch's session inside a worker process, handed over by the pool's initializer. It
# lives as long as the process, which ends with its batch; the main process never sets it.
_worker_session: BuildSession | None = None


def _start_worker(session: BuildSession, lifeline: Handed) -> None:
    """Take the build's environment and end with it (a ``kill -9`` of it must not leave
    workers waiting), leave Ctrl-C to it (it stops the batch cleanly), yield the CPU to
    LibreOffice, and keep the batch's session for the profiles this process renders."""
    global _worker_session
    hold(lifeline)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    os.nice(_WORKER_NICENESS)
    _worker_session = session


def _render_in_worker(profile: Path) -> list[Rendered]:
    assert _worker_session is not None, "set by the pool's initializer"
    return _worker_session.render(profile)


class Workers:
    """Renders profiles and finishes PDFs for one batch, in ``jobs`` threads or processes."""

    def __init__(self, session: BuildSession, jobs: int) -> None:
        self._session = session
        self._in_processes = jobs > 1
        self._lifeline = Lifeline() if self._in_processes else None
        # The clause library is read once per batch, here, and sent to each worker as it
        # starts: a few hundred kilobytes, against a render per profile.
        self._executor: Executor = (
            ProcessPoolExecutor(
                max_workers=jobs,
                mp_context=child_processes(),
                initializer=_start_worker,
                initargs=(session, self._lifeline.handed),
            )
            if self._lifeline is not None
            else ThreadPoolExecutor(max_workers=1)
        )

    def render(self, profile: Path) -> Future[list[Rendered]]:
        """Validate, assemble, gate and render one profile (see :meth:`BuildSession.render`)."""
        if self._in_processes:
            return self._executor.submit(_render_in_worker, profile)
        return self._executor.submit(self._session.render, profile)

    def prepare_finishing(self) -> None:
        """Import the PDF tools on a worker after the renders already asked for, so the
        import overlaps LibreOffice's conversion instead of following it."""
        self._executor.submit(load_pdf_tools)

    def finish(self, document: Rendered, pdf: bytes) -> Future[bytes]:
        """Signature fields, metadata and manifest into LibreOffice's PDF; then read it back."""
        return self._executor.submit(finish, document, pdf)

    def shutdown(self, *, wait: bool) -> None:
        """Drop the work not started; ``wait`` for the rest unless the batch was interrupted."""
        self._executor.shutdown(wait=wait, cancel_futures=True)
        if self._lifeline is not None:
            self._lifeline.close()
