"""Child processes: where they come from, and how they die with the build that started them.

Workers and the redline engine's process come from a fork server
(:func:`child_processes`), never from a fork of the build itself, which may be
running threads.

LibreOffice with no document never quits, and a worker waits on a queue it
holds both ends of. If the build dies by ``kill -9``, neither would notice.
A worker, and the redline engine's process with the engine it started,
watch a pipe only the build holds open (:class:`Lifeline`): the kernel closes
it however the build ends. For LibreOffice, on Linux,
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

__all__ = ["Handed", "Lifeline", "child_processes", "die_with_parent", "dying_with_parent", "hold"]

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
    worker needs is sent to it (pickled): the environment with the
    :class:`Lifeline`, and it sees this process's working folder. The server
    ends after this process and the last of its children.

    As with any start method but a fork, a script that starts workers (a batch
    of more than one profile, a redline) must guard its entry point with
    ``if __name__ == "__main__":``: each child imports the script again.

    Started from the main thread, the server ignores Ctrl-C from its first
    instant, as it does anyway once its imports are done: a Ctrl-C during them
    stops the build cleanly instead of printing the server's traceback.
    """
    import multiprocessing.forkserver  # only a batch of many profiles or a redline needs it

    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(_PRELOADED)
    if threading.current_thread() is threading.main_thread():
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)  # inherited by the server
        try:
            multiprocessing.forkserver.ensure_running()
        finally:
            signal.signal(signal.SIGINT, previous)
    return context


Handed = tuple[Connection, dict[str, str]]
"""A child's end of the lifeline and the build's environment (:attr:`Lifeline.handed`)."""


class Lifeline:
    """What a child takes from the build: a pipe the build holds one end of, so that when
    the build ends, however it ends, the kernel closes it and the child ends too; and the
    build's environment as it is now.

    A child's parent is the fork server, which outlives the build until its last
    child is gone, so the parent's death cannot tell a child the build's; and the
    server's environment is the one the build had when the server started.
    """

    def __init__(self) -> None:
        self._child_end, self._build_end = multiprocessing.Pipe(duplex=False)
        self._environment = dict(os.environ)

    @property
    def handed(self) -> Handed:
        """What a child is sent, to :func:`hold` first thing."""
        return (self._child_end, self._environment)

    def close(self) -> None:
        """Let the children go: call it once they have stopped, or are to stop now."""
        self._build_end.close()
        self._child_end.close()


def hold(handed: Handed, *, group: bool = False) -> None:
    """In a child, first thing: take the build's environment, and end at once when the
    build's end of the lifeline closes; with the whole process group this child leads,
    when ``group`` (the redline engine it started goes too)."""
    child_end, environment = handed
    os.environ.clear()
    os.environ.update(environment)

    def wait() -> None:
        with contextlib.suppress(EOFError, OSError):
            child_end.recv_bytes()
        if group:
            os.killpg(os.getpid(), signal.SIGKILL)
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
