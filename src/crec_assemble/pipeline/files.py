"""Writing outputs safely: never over an existing file without ``force``, never partially.

A whole folder (the public site) is written the same way, one level up: into a new
folder beside it, which replaces it only when complete (:func:`new_folder`).

Every file is first written beside its target under a temporary name. Only
when all are written are they renamed into place (``os.replace`` is atomic on
one file system); a file being replaced (``--force``) is first moved aside,
and put back if a later rename fails. On any failure the temporary files are
removed and the targets are as they were.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from ..errors import InputError
from .out_lock import TEMPORARY_PREFIX

__all__ = ["check_targets", "new_folder", "write_all", "write_new"]


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
def new_folder(out: Path, *, force: bool, replaceable: Callable[[Path], bool]) -> Iterator[Path]:
    """Yield an empty folder beside ``out``; when the block succeeds it becomes ``out``, whole.

    Readers of ``out`` (a web server) see the old folder or the new one, never a mix. On
    any error in the block the new folder is removed and ``out`` is untouched.

    Args:
        force: replace an existing non-empty ``out``; without it, such a folder is refused.
        replaceable: whether an existing non-empty ``out`` is one this tool may replace
            (it wrote it): ``--force`` must never wipe a folder of someone else's files.

    Raises:
        InputError: when ``out`` is a file, is non-empty without ``force``, is not
            ``replaceable``, or cannot be written.
    """
    if out.exists() and not out.is_dir():
        raise InputError(f"{out}: is a file, not a folder; move it out of the way")
    if out.is_dir() and any(out.iterdir()):
        if not force:
            raise InputError(f"{out}: already exists and is not empty; use --force to replace it")
        if not replaceable(out):
            raise InputError(f"{out}: not a folder this tool wrote; refusing to replace it")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        staged = Path(tempfile.mkdtemp(prefix=f"{TEMPORARY_PREFIX}{out.name}.", dir=out.parent))
        os.chmod(staged, 0o755)  # published as it is: readable by the web server
    except OSError as error:
        raise InputError(f"{out}: cannot write: {error.strerror or error}") from None
    try:
        yield staged
        with _interrupt_deferred():
            _swap(staged, out)
    finally:
        shutil.rmtree(staged, ignore_errors=True)


def _swap(staged: Path, out: Path) -> None:
    """Move ``out`` aside, ``staged`` into its place, then drop the old one; undo on failure."""
    aside = staged.with_name(f"{staged.name}.old")
    try:
        if out.exists():
            os.replace(out, aside)
        try:
            os.replace(staged, out)
        except OSError:
            if aside.exists():
                os.replace(aside, out)
            raise
    except OSError as error:
        raise InputError(f"{out}: cannot write: {error.strerror or error}") from None
    shutil.rmtree(aside, ignore_errors=True)


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
