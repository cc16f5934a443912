"""Writing outputs safely: never over an existing file without ``force``, never partially.

Every file is first written beside its target under a temporary name. Only
when all are written are they renamed into place (``os.replace`` is atomic on
one file system); a file being replaced (``--force``) is first moved aside,
and put back if a later rename fails. On any failure the temporary files are
removed and the targets are as they were.
"""

from __future__ import annotations

import hashlib
import os
import signal
import tempfile
import threading
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from ..errors import InputError
from .out_lock import TEMPORARY_PREFIX

__all__ = ["check_targets", "write_all", "write_new"]


def check_targets(targets: Iterable[Path], *, force: bool) -> None:
    """Refuse duplicate targets, folders in the way, and existing files unless ``force``.

    Raises:
        InputError: naming every offending path.
    """
    seen: set[Path] = set()
    problems: list[str] = []
    for target in targets:
        if target in seen:
            problems.append(
                f"{target}: two profiles would write this file; "
                "their contractors' legal names give the same file name"
            )
        seen.add(target)
        if target.is_dir():
            problems.append(f"{target}: is a folder; move it out of the way")
        elif target.exists() and not force:
            problems.append(f"{target}: already exists; use --force to overwrite it")
    if problems:
        raise InputError("\n".join(problems))


def write_all(files: Mapping[Path, bytes]) -> None:
    """Write every file, all or nothing; a Ctrl-C waits until it is done (milliseconds).

    Raises:
        InputError: when a target cannot be written (its folder is a file, no permission…).
    """
    with _interrupt_deferred():
        _write_all(files)


def write_new(path: Path, data: bytes, *, force: bool = False) -> str:
    """Write one file, never over an existing one unless ``force``; return its SHA-256.

    Raises:
        InputError: when the file exists (without ``force``) or cannot be written.
    """
    check_targets([path], force=force)
    write_all({path: data})
    return hashlib.sha256(data).hexdigest()


@contextmanager
def _interrupt_deferred() -> Iterator[None]:
    """Hold a SIGINT until the block ends, then raise it: an interrupt in the middle of a
    write would leave a temporary file or half the outputs behind."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    received: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda number, _: received.append(number))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if received:
        raise KeyboardInterrupt


def _write_all(files: Mapping[Path, bytes]) -> None:
    staged: list[tuple[Path, Path]] = []
    moved_aside: list[tuple[Path, Path]] = []
    placed: list[Path] = []
    target = Path()
    try:
        for target, data in files.items():
            target.parent.mkdir(parents=True, exist_ok=True)
            staged.append((_temporary(target, data), target))
        for temporary, target in staged:
            if target.exists():
                backup = _temporary(target, b"")
                try:
                    os.replace(target, backup)
                except OSError:
                    backup.unlink()
                    raise
                moved_aside.append((backup, target))
            os.replace(temporary, target)
            placed.append(target)
    except OSError as error:
        for target_placed in placed:
            target_placed.unlink(missing_ok=True)
        for backup, original in moved_aside:
            os.replace(backup, original)
        moved_aside.clear()
        raise InputError(f"{target}: cannot write: {error.strerror or error}") from None
    finally:
        for temporary, _ in staged:
            temporary.unlink(missing_ok=True)
        for backup, _ in moved_aside:
            backup.unlink(missing_ok=True)


def _temporary(target: Path, data: bytes) -> Path:
    """A new file beside ``target`` (same file system, so the rename is atomic).

    Removed again if it cannot be written whole (a full disk fails the write or the
    close): the caller only learns of the files this returns.
    """
    handle, name = tempfile.mkstemp(prefix=f"{TEMPORARY_PREFIX}{target.name}.", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.chmod(name, 0o644)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
    return Path(name)
