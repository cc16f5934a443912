"""One build at a time per output folder: a lock held from the first check to the last write.

Two processes building into one ``--out`` would each check that a file name
is free, then each write it: the second silently replaces the first. So every
command that writes into ``--out`` first takes an exclusive ``flock`` on the
hidden file ``.crec-assemble.lock`` in it, and holds it until its last write.
A second process is refused at once, with one line, instead of waiting: a
second build into a busy folder is a mistake or a script that should use its
own folder, and a waiting build would only find the first one's files there
(and fail, or skip them). The kernel drops the lock when its holder dies, even
by ``kill -9``, so a stale lock file never blocks anyone.

Whoever holds the lock also owns what a dead holder left behind: hidden
staging folders (the DOCX handed to LibreOffice and its PDFs) and temporary
files of an interrupted write are removed when the lock is taken. When the
lock is released, the lock file and the staging folders go too, and the
folder itself if the build created it and wrote nothing into it.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError

__all__ = ["LOCK_NAME", "STAGING_PREFIX", "TEMPORARY_PREFIX", "holding", "locked"]

LOCK_NAME = ".crec-assemble.lock"
STAGING_PREFIX = ".crec-staging-"  # a folder of documents on their way to LibreOffice
TEMPORARY_PREFIX = ".crec-tmp-"  # a file being written, renamed into place when complete


@dataclass
class _Held:
    thread: int
    depth: int


# The folders this process holds, so the same thread may take its own lock again (a flock
# on a second descriptor would refuse its own process). Entries live only while held.
_held: dict[Path, _Held] = {}
_registry = threading.Lock()


@contextlib.contextmanager
def locked(folder: Path) -> Iterator[Path]:
    """Hold ``folder``'s build lock for the block; yield the folder.

    Creates the folder if needed (and removes it again if it is left empty).

    Raises:
        InputError: another process (or another thread of this one) is writing into it, or
            the folder cannot be made.
    """
    key = folder.absolute()
    with _registry:
        held = _held.get(key)
        if held is not None and held.thread != threading.get_ident():
            raise InputError(_busy(folder, os.getpid()))
        if held is not None:
            held.depth += 1
    if held is not None:
        try:
            yield folder
        finally:
            with _registry:
                held.depth -= 1
        return
    created = not folder.exists()
    descriptor = _acquire(folder)
    with _registry:
        _held[key] = _Held(threading.get_ident(), 1)
    try:
        _remove_leftovers(folder)
        yield folder
    finally:
        with _registry:
            del _held[key]
        _release(folder, descriptor, created)


def holding(folder: Path) -> bool:
    """Whether this thread holds ``folder``'s lock (for assertions)."""
    with _registry:
        held = _held.get(folder.absolute())
    return held is not None and held.thread == threading.get_ident()


def _acquire(folder: Path) -> int:
    """Lock the folder's lock file; retry if a releasing holder unlinked it meanwhile."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise InputError(f"{folder}: cannot make the folder: {error.strerror or error}") from None
    path = folder / LOCK_NAME
    while True:
        try:
            descriptor = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        except OSError as error:
            raise InputError(f"{path}: cannot open: {error.strerror or error}") from None
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _read_pid(descriptor)
            os.close(descriptor)
            raise InputError(_busy(folder, holder)) from None
        try:
            current = os.stat(path)
        except FileNotFoundError:
            current = None
        if current is not None and current.st_ino == os.fstat(descriptor).st_ino:
            os.ftruncate(descriptor, 0)
            os.write(descriptor, f"{os.getpid()}\n".encode())
            return descriptor
        os.close(descriptor)  # the holder unlinked it as we opened it: lock the new one


def _release(folder: Path, descriptor: int, created: bool) -> None:
    """Remove the staging folders and the lock file, then unlock; unlinking first, while
    locked, is what keeps the next process from locking a file nobody else sees."""
    try:
        _remove_leftovers(folder)
        (folder / LOCK_NAME).unlink(missing_ok=True)
    finally:
        os.close(descriptor)
    if created:
        with contextlib.suppress(OSError):
            folder.rmdir()  # only if empty: the build wrote nothing


def _remove_leftovers(folder: Path) -> None:
    """Staging folders and half-written files: a holder that died left them (kill -9)."""
    with contextlib.suppress(OSError):
        for entry in folder.iterdir():
            if entry.name.startswith(STAGING_PREFIX) and entry.is_dir():
                shutil.rmtree(entry, ignore_errors=True)
            elif entry.name.startswith(TEMPORARY_PREFIX) and entry.is_file():
                entry.unlink(missing_ok=True)


def _read_pid(descriptor: int) -> int | None:
    with contextlib.suppress(OSError, ValueError):
        return int(os.pread(descriptor, 32, 0).decode().strip())
    return None


def _busy(folder: Path, holder: int | None) -> str:
    who = f"crec-assemble (process {holder})" if holder else "crec-assemble"
    return (
        f"{folder}: another {who} is writing into this folder; "
        "wait for it to finish, or build into another --out"
    )
