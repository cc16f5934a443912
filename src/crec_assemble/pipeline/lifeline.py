"""Child processes: where they come from, and how they die with the build that started them.

Workers come from a fork server (:func:`child_processes`), never from a fork of
the build itself, which may be running threads.

LibreOffice with no document never quits, and a worker waits on a queue it
holds both ends of. If the build dies by ``kill -9``, neither would notice.
A worker watches a pipe only the build holds open (:class:`Lifeline`): the
kernel closes it however the build ends. For LibreOffice, on Linux,
``prctl(PR_SET_PDEATHSIG)`` sends a signal to a process when the thread that
started it ends. Elsewhere that is a no-op, and only the orderly exits
(Ctrl-C, SIGTERM, errors) stop it.
"""

from __future__ import annotations

import contextlib
import copyreg
import ctypes
import ctypes.util
import multiprocessing
import os
import signal
import sys
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection
from multiprocessing.context import ForkServerContext
from types import MappingProxyType
from typing import Any

__all__ = ["Lifeline", "child_processes", "die_with_parent", "dying_with_parent"]

_PR_SET_PDEATHSIG = 1

# What the fork server imports once, so that each worker it forks starts with the
# rendering and redline code loaded instead of importing it again.
_PRELOADED = ["crec_assemble.pipeline.workers", "crec_assemble.issued.redline"]


def _read_only(items: dict[Any, Any]) -> MappingProxyType[Any, Any]:
    return MappingProxyType(items)


# The library and editions keep their tables read-only, which pickle cannot send as such:
# they go to a worker as plain dicts and are made read-only again on arrival.
copyreg.pickle(MappingProxyType, lambda table: (_read_only, (dict(table),)))


def child_processes() -> ForkServerContext:
    """Where the tool's worker processes come from: a fork server, not a fork of this process.

    A fork copies the memory of every thread but runs only one: a lock another
    thread held at that instant (the conversion queue's, the web app's request
    threads', a test runner's) stays held in the child forever, and a build
    once hung on one. The fork server is a fresh interpreter with one thread,
    started once per process with the tool's modules already imported, so a
    worker forked from it starts in milliseconds and inherits no lock. What a
    worker needs is sent to it (pickled), and it sees this process's working
    folder but the environment as it was when the server started. The server
    ends after this process and the last of its children.
    """
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(_PRELOADED)
    return context


class Lifeline:
    """A pipe the build holds one end of and its workers the other: when the build ends,
    however it ends, the kernel closes its end and each worker ends too.

    A worker's parent is the fork server, which outlives the build until the
    last worker is gone, so the parent's death cannot tell a worker the build is.
    """

    def __init__(self) -> None:
        self.worker_end, self._build_end = multiprocessing.Pipe(duplex=False)

    def close(self) -> None:
        """Let the workers go: call it once they have stopped, or are to stop now."""
        self._build_end.close()
        self.worker_end.close()

    @staticmethod
    def hold(worker_end: Connection) -> None:
        """In a worker: end this process, at once, when the build's end closes."""

        def wait() -> None:
            with contextlib.suppress(EOFError, OSError):
                worker_end.recv_bytes()
            os._exit(1)

        threading.Thread(target=wait, name="lifeline", daemon=True).start()


def _prctl() -> Callable[[int, int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    except OSError:
        return None
    function: Callable[[int, int], int] = libc.prctl
    return function


# Resolved once, before any fork: a child between fork and exec must not load libraries.
_PRCTL = _prctl()


def die_with_parent(parent: int, sign: int = signal.SIGKILL) -> None:
    """Have this process receive ``sign`` when ``parent`` ends; end now if it already has.

    Call it first thing in the child. The check after the ``prctl`` closes the
    window in which the parent died before the child asked to be told.
    """
    if _PRCTL is None:
        return
    _PRCTL(_PR_SET_PDEATHSIG, sign)
    if os.getppid() != parent:
        os._exit(1)


def dying_with_parent(sign: int = signal.SIGTERM) -> Callable[[], None] | None:
    """A ``preexec_fn`` for :class:`subprocess.Popen` that calls :func:`die_with_parent`;
    None where the platform cannot (Popen then runs without one)."""
    if _PRCTL is None:
        return None
    parent = os.getpid()
    return lambda: die_with_parent(parent, sign)
