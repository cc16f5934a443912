"""The LibreOffice adapter: the one place that starts, watches and kills that process.

LibreOffice does the layout of every PDF (and re-saves a DOCX the way a
vendor's LibreOffice would). Each :class:`LibreOffice` has its own seeded
profile, so parallel converters never collide and start-up skips the
first-start checks; a conversion that makes no progress is stopped with its
whole process group. One ``convert`` call hands it many documents at once,
because starting LibreOffice costs more than converting a short agreement.
"""

from __future__ import annotations

import contextlib
import hashlib
import math
import os
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from types import TracebackType
from typing import IO, Literal

from ..errors import ConversionError
from .lifeline import dying_with_parent
from .office_profile import seed_profile

__all__ = ["INSTALL_HINT", "LibreOffice", "find_soffice"]

INSTALL_HINT = (
    "apt-get install -y libreoffice-writer-nogui fonts-liberation2 "
    "fonts-crosextra-carlito fonts-crosextra-caladea"
)
_FILTERS = {"pdf": "pdf:writer_pdf_Export", "docx": "docx:MS Word 2007 XML"}


def find_soffice() -> str:
    """The LibreOffice executable, or a ConversionError that says how to install it."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    raise ConversionError(f"LibreOffice is needed to make PDFs; install it with: {INSTALL_HINT}")


class LibreOffice:
    """A private LibreOffice installation profile that converts DOCX files to PDF.

    Use as a context manager; the profile directory is removed on exit. Each
    instance has its own profile, so parallel converters never collide.
    """

    def __init__(
        self, *, start_up: float = 60.0, per_document: float = 60.0, idle: float | None = None
    ) -> None:
        """Make the private profile; LibreOffice itself starts with :meth:`start` or
        each :meth:`convert`.

        Args:
            start_up: seconds allowed, on top of ``per_document``, before the first output.
            per_document: seconds LibreOffice may go without finishing an output.
            idle: seconds a LibreOffice started early waits for its documents before it is
                stopped (default: ``start_up + per_document``); ``math.inf`` keeps it until
                :meth:`convert` or :meth:`close`, for an owner that lives on and keeps one
                waiting (see :meth:`start`).
        """
        self._executable = find_soffice()
        self._start_up = start_up
        self._per_document = per_document
        self._idle_limit = start_up + per_document if idle is None else idle
        self._process: subprocess.Popen[bytes] | None = None
        self._early: subprocess.Popen[bytes] | None = None  # started by start(), if it was
        self._used = False  # convert() was called
        self._lasting = False  # started with a document of its own: see start()
        self._handed_over = False  # a convert() gave the early LibreOffice its documents
        self._idle: threading.Timer | None = None  # stops an early LibreOffice nobody used
        self._killed = False
        self._lock = threading.Lock()  # kill() comes from another thread (Ctrl-C)
        self._guards: list[subprocess.Popen[bytes]] = []  # see _guard
        self._profile = Path(tempfile.mkdtemp(prefix="crec-lo-"))
        try:
            seed_profile(self._profile, self._executable)
        except BaseException:
            # (any failure while the profile is seeded, SIGTERM or Ctrl-C included: no owner
            # will close it yet)
            _remove(self._profile)
            raise

    def __enter__(self) -> LibreOffice:
        return self

    def start(self, *, lasting: bool = False) -> None:
        """Start LibreOffice now, with no document, so its start-up overlaps the caller's work.

        Starting takes longer than converting a short agreement. The next
        :meth:`convert` hands its documents to this LibreOffice: the ``soffice``
        it runs finds it through the shared profile, passes the documents on and
        waits for them, and this one quits once it has converted them. If it
        cannot start, nothing is lost: :meth:`convert` starts its own and says why.

        ``lasting`` keeps it for every :meth:`convert` until :meth:`close`: it opens an
        empty document of its own (hidden: it is headless), and LibreOffice quits after
        a conversion only when no document is left open. A long-lived owner (a server)
        so pays neither the start nor the loading of the first document per chunk
        (measured: 0.67 s instead of 0.84 s to convert one agreement, on a busy machine).
        """
        with self._lock:
            if self._killed or self._early is not None:
                return
            self._lasting = lasting
            kept_open = []
            if lasting:
                own = self._profile / "kept-open.txt"
                own.touch()
                kept_open.append(str(own))
            with self._early_log.open("wb") as log, contextlib.suppress(OSError):
                self._early = self._popen(self._command(*kept_open), log)
            # A LibreOffice with no document never quits by itself: if the process that
            # started it dies before it hands one over (SIGTERM, a crash), it must not stay.
            # An owner that keeps one waiting for good (idle=inf) stops it itself, and the
            # lifeline stops it if that owner is killed outright.
            if math.isfinite(self._idle_limit):
                self._idle = threading.Timer(self._idle_limit, self._stop_idle)
                self._idle.daemon = True
                self._idle.start()

    def _stop_idle(self) -> None:
        with self._lock:
            if self._early is not None and self._process is None and not self._handed_over:
                _kill(self._early)

    def _command(self, *arguments: str) -> list[str]:
        return [
            self._executable,
            f"-env:UserInstallation={self._profile.as_uri()}",
            "--headless", "--invisible", "--norestore", "--nologo", "--nodefault",
            "--nolockcheck", *arguments,
        ]  # fmt: skip

    def _popen(self, command: list[str], log: IO[bytes]) -> subprocess.Popen[bytes]:
        lifeline = dying_with_parent(signal.SIGKILL)
        process = subprocess.Popen(
            command,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group, so a hang is killed whole
            env={**os.environ, "HOME": str(self._profile)},
            preexec_fn=lifeline,  # prctl only, resolved before the fork
        )
        if lifeline is not None:
            # Those whose LibreOffice is gone are reaped: a lasting one runs many soffice.
            self._guards = [guard for guard in self._guards if guard.poll() is None]
            self._guards.append(_guard(process.pid))
        return process

    def _watch(self, process: subprocess.Popen[bytes], expected: Sequence[Path]) -> None:
        _watch_progress(
            process, expected, self._start_up, self._per_document, lambda: self._kill(process)
        )

    def _kill(self, process: subprocess.Popen[bytes]) -> None:
        """Kill a stuck conversion: the ``soffice`` waiting for it and any early LibreOffice."""
        _kill(process)
        if self._early is not None:
            _kill(self._early)

    def kill(self) -> None:
        """Stop at once, from any thread, and start no conversion after (Ctrl-C).

        Without the second half, a stop that came while a conversion was about
        to start would leave a LibreOffice running after the batch ended.
        """
        with self._lock:
            self._killed = True
            if self._process is not None:
                _kill(self._process)
            if self._early is not None:
                _kill(self._early)

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Stop LibreOffice (one that converted and is not lasting is let quit first) and
        remove the profile."""
        self._stop_early()
        for guard in self._guards:
            _kill_guard(guard)
        _remove(self._profile)
        # A LibreOffice that was killed leaves its socket behind.
        _ipc_socket(self._profile).unlink(missing_ok=True)

    def _stop_early(self) -> None:
        """Let the early LibreOffice quit after its conversion; kill it if it had none."""
        if self._idle is not None:
            self._idle.cancel()
        early = self._early
        if early is None:
            return
        if self._handed_over and not self._lasting:
            with contextlib.suppress(subprocess.TimeoutExpired):
                early.wait(timeout=_QUIT_SECONDS)
        _kill(early)
        early.wait()

    def convert(
        self, documents: Sequence[Path], outdir: Path, *, to: Literal["pdf", "docx"] = "pdf"
    ) -> list[Path]:
        """Convert documents with one LibreOffice process, into ``outdir``.

        ``to="docx"`` re-saves a DOCX the way LibreOffice writes it, which is how
        a vendor's round trip through LibreOffice looks.

        Returns:
            The converted paths, in the order of ``documents``.

        Raises:
            ConversionError: when LibreOffice fails, hangs past the timeout
                (it is then killed) or does not produce every PDF.
        """
        command = self._command(
            "--convert-to", _FILTERS[to], "--outdir", str(outdir),
            *(str(document) for document in documents),
        )  # fmt: skip
        expected = [outdir / f"{document.stem}.{to}" for document in documents]
        self._used = True
        if self._idle is not None:
            self._idle.cancel()
        # A LibreOffice still starting takes the documents once it listens (LibreOffice
        # itself hands them over); one that died is out of it, and its log is not ours.
        early_running = self._early is not None and self._early.poll() is None
        with tempfile.TemporaryFile() as log:
            process = self._start(command, log)
            try:
                self._watch(process, expected)
            finally:
                with self._lock:
                    self._process = None
            # soffice ends well once the early LibreOffice, if any, took its documents.
            # It converted them if it still listens now; else it is stopped at once on exit.
            self._handed_over = early_running and process.returncode == 0 and self._listening()
            log.seek(0)
            output = (self._early_output() if early_running else b"") + log.read()
        failed = [d.name for d, path in zip(documents, expected, strict=True) if not path.is_file()]
        if process.returncode != 0 or failed:
            last = output.decode(errors="replace").strip().splitlines()[-1:] or ["no output"]
            raise ConversionError(
                f"LibreOffice could not convert {', '.join(failed) or 'the documents'} "
                f"(exit {process.returncode}): {last[0]}"
            )
        return expected

    def _listening(self) -> bool:
        """Whether the early LibreOffice runs and owns this profile's pipe."""
        early = self._early
        return early is not None and early.poll() is None and _ipc_socket(self._profile).exists()

    @property
    def waiting(self) -> bool:
        """Whether a LibreOffice started early runs and will take the next :meth:`convert`'s
        documents: it has had none yet, or it is lasting."""
        with self._lock:
            early = self._early
            fresh = self._lasting or not self._used
            return early is not None and fresh and early.poll() is None

    @property
    def _early_log(self) -> Path:
        return self._profile / "early.log"

    def _early_output(self) -> bytes:
        """What the early LibreOffice printed: it, not ``soffice``, says what it converted."""
        try:
            return self._early_log.read_bytes()
        except OSError:
            return b""

    def _start(self, command: list[str], log: IO[bytes]) -> subprocess.Popen[bytes]:
        """Start ``soffice`` in a process group of its own, unless it was killed already."""
        with self._lock:
            if self._killed:
                raise ConversionError("LibreOffice was stopped")
            try:
                self._process = self._popen(command, log)
            except OSError as error:
                raise ConversionError(f"LibreOffice could not be started: {error}") from None
            return self._process


def _remove(profile: Path) -> None:
    """Remove a profile, again if a LibreOffice still quitting wrote into it meanwhile."""
    for _ in range(_REMOVE_TRIES):
        shutil.rmtree(profile, ignore_errors=True)
        if not profile.exists():
            return
        time.sleep(_REMOVE_PAUSE)


def _ipc_socket(profile: Path) -> Path:
    """Where a LibreOffice of ``profile`` listens for the next ``soffice`` of that profile.

    The name is LibreOffice's own: the MD5 of the profile's URL in UTF-16, each
    byte in hexadecimal without padding.
    """
    digest = hashlib.md5(profile.as_uri().encode("utf-16-le"), usedforsecurity=False).digest()
    name = "".join(f"{byte:x}" for byte in digest)
    return Path("/tmp") / f"OSL_PIPE_{os.getuid()}_SingleOfficeIPC_{name}"


def _kill(process: subprocess.Popen[bytes]) -> None:
    """Kill a LibreOffice and everything it started: its whole process group, even when the
    ``soffice`` that led it is gone (a ``soffice.bin`` it left would run on, orphaned). Once
    the leader is reaped its number may be another's: then that group is left alone."""
    if process.poll() is None or not Path(f"/proc/{process.pid}").exists():
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)


# A guard's shell: while the LibreOffice it watches runs, wait; on SIGTERM (the build's
# death), kill LibreOffice's whole process group.
_GUARD = 'trap "kill -KILL -$1 2>/dev/null; exit 0" TERM; while kill -0 "$1"; do sleep 1; done'


def _guard(group: int) -> subprocess.Popen[bytes]:
    """A process that kills LibreOffice's process group if the build dies outright.

    The parent-death signal reaches ``soffice`` (oosplash), not the ``soffice.bin`` it
    starts; this shell gets one too and kills the group, within a second.
    """
    return subprocess.Popen(
        ["/bin/sh", "-c", _GUARD, "crec-guard", str(group)],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        preexec_fn=dying_with_parent(signal.SIGTERM),
    )  # fmt: skip


def _kill_guard(guard: subprocess.Popen[bytes]) -> None:
    """Stop a guard without its trap (SIGKILL), once its LibreOffice is done with."""
    with contextlib.suppress(ProcessLookupError):
        guard.kill()
    guard.wait()


_POLL_SECONDS = 0.05
# How long an early LibreOffice may take to quit by itself after its conversion (~0.1 s).
_QUIT_SECONDS = 5.0
_REMOVE_TRIES, _REMOVE_PAUSE = 10, 0.5


def _watch_progress(
    process: subprocess.Popen[bytes],
    expected: Sequence[Path],
    start_up: float,
    per_document: float,
    kill: Callable[[], None],
) -> None:
    """Wait for LibreOffice, stopping it when it makes no progress for too long.

    Progress is a new output file: a long chunk may take as long as it needs,
    but a hang is caught within ``per_document`` seconds (plus ``start_up``
    before the first document), whatever the size of the chunk.
    """
    done, last = 0, time.monotonic()
    while process.poll() is None:
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout=_POLL_SECONDS)  # returns as soon as it ends, unlike a sleep
        now = time.monotonic()
        count = sum(1 for path in expected if path.exists())
        if count != done:
            done, last = count, now
        allowed = per_document + (start_up if done == 0 else 0)
        if now - last > allowed:
            kill()
            process.wait()
            raise ConversionError(
                f"LibreOffice made no progress for {allowed:.0f} s and was stopped"
            )
