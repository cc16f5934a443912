"""Child processes die with the build that started them, even when it is killed outright.

A worker process waits on a pipe its parent also holds; LibreOffice with no
document never quits. If the build dies by ``kill -9``, neither would notice.
On Linux the kernel can tell them: ``prctl(PR_SET_PDEATHSIG)`` sends a signal
to a process when the thread that started it ends. Elsewhere this is a no-op,
and only the orderly exits (Ctrl-C, SIGTERM, errors) stop them.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal
import sys
from collections.abc import Callable

__all__ = ["die_with_parent", "dying_with_parent"]

_PR_SET_PDEATHSIG = 1


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
