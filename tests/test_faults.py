"""Faults leave nothing behind: a full disk, and a build killed outright (kill -9)."""

from __future__ import annotations

import errno
import os
import resource
import signal
import subprocess
import sys
from pathlib import Path
from typing import IO, Any

import pytest
import yaml

from crec_assemble.errors import InputError
from crec_assemble.pipeline import files
from crec_assemble.pipeline.out_lock import LOCK_NAME, STAGING_PREFIX

from conftest import (
    BUILD_DATE,
    EXAMPLES,
    children_of,
    descendants_of,
    is_alive,
    operator_profile,
    processes_with,
    wait_for,
)

_ENV = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}


def _profiles(folder: Path, count: int) -> list[Path]:
    """Operator profiles without subcontractors (one document each), distinct names."""
    paths = []
    for number in range(count):
        data = operator_profile(**{"contractor.legal_name": f"Company{number:02d} LLC"})
        data.pop("subcontractors", None)
        path = folder / f"company{number:02d}.yaml"
        path.write_text(yaml.safe_dump(data), encoding="utf-8")
        paths.append(path)
    return paths


def _build(profiles: list[Path], out: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "crec_assemble", "build", *map(str, profiles), "--out",
            str(out), "--date", BUILD_DATE.isoformat(), *extra]  # fmt: skip


class _FullDisk:
    """A file opened for writing whose writes fail as on a full disk."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._stream = stream

    def __enter__(self) -> _FullDisk:
        return self

    def __exit__(self, *_: object) -> None:
        self._stream.close()

    def write(self, data: bytes) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def it_removes_its_temporary_files_when_the_disk_is_full(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = os.fdopen
    opened: list[int] = []

    def fdopen(fd: int, *args: Any, **kwargs: Any) -> Any:
        opened.append(fd)
        stream = real(fd, *args, **kwargs)
        return _FullDisk(stream) if len(opened) == 2 else stream  # the second file fails

    monkeypatch.setattr(os, "fdopen", fdopen)
    (tmp_path / "a.pdf").write_bytes(b"signed copy")
    with pytest.raises(InputError, match=r"b\.pdf: cannot write: No space left on device"):
        files.write_all({tmp_path / "a.docx": b"a", tmp_path / "b.pdf": b"b"})
    assert len(opened) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.pdf"]


def _limited(size: int) -> None:
    """A file system that takes no more than ``size`` bytes per file (set in the child)."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # the write fails (EFBIG) instead of killing
    resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))


@pytest.mark.parametrize("resume", [False, True], ids=["build", "resume"])
def it_leaves_no_temporary_file_when_the_file_system_refuses_a_write(
    tmp_path: Path, resume: bool
) -> None:
    """The real command, its writes refused part-way by the operating system."""
    profiles = _profiles(tmp_path, 3)
    out = tmp_path / "out"
    if resume:  # a batch built before, two of its documents lost since
        subprocess.run(_build(profiles, out, "--format", "docx"), env=_ENV, check=True,
                       capture_output=True)  # fmt: skip
        for lost in ("company00-llc.docx", "company02-llc.docx"):
            (out / lost).unlink()
    extra = ("--format", "docx", *(("--skip-existing",) if resume else ()))
    done = subprocess.run(_build(profiles, out, *extra), env=_ENV, capture_output=True,
                          text=True, preexec_fn=lambda: _limited(4096))  # fmt: skip
    assert done.returncode == 2, done.stderr
    assert done.stderr.count("cannot write: File too large") == (2 if resume else 3)
    names = sorted(p.name for p in out.iterdir()) if out.exists() else []
    assert names == (["company01-llc.docx"] if resume else [])


def it_takes_its_workers_with_it_when_killed_outright(tmp_path: Path) -> None:
    profiles = _profiles(tmp_path, 12)
    process = subprocess.Popen(_build(profiles, tmp_path / "out", "--format", "docx", "--jobs",
                                      "2"), env=_ENV, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)  # fmt: skip

    # One worker at least: the pool starts a second only when no worker is idle, which on a
    # busy machine (the suite runs on every core) it may never need. The processes are read
    # in the same moment the workers are seen, and the build is killed whatever happens.
    started: list[int] = []

    def seen() -> bool:
        started[:] = descendants_of(process.pid)  # the fork server and its workers among them
        return any(pid not in children_of(process.pid) for pid in started)

    try:
        assert wait_for(seen), "the workers started"
    finally:
        process.kill()
        process.wait()
    assert wait_for(lambda: not any(is_alive(pid) for pid in started)), "the workers are gone"


@pytest.mark.usefixtures("libreoffice")
def it_takes_libreoffice_with_it_when_killed_outright(tmp_path: Path) -> None:
    """Killed while LibreOffice starts, before it has a document: a LibreOffice with no
    document never quits by itself."""
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    office = f"{temporary}/crec-lo-"  # a LibreOffice profile of this build
    env = {**_ENV, "TMPDIR": str(temporary)}
    said = tmp_path / "stderr.txt"
    with said.open("wb") as stderr:
        process = subprocess.Popen(_build([EXAMPLES[0]], tmp_path / "out"), env=env,
                                   stdout=subprocess.DEVNULL, stderr=stderr)  # fmt: skip
    try:
        started = wait_for(lambda: bool(processes_with(office)) or process.poll() is not None)
        assert started and process.poll() is None, (
            f"LibreOffice started while the build ran (exit {process.poll()}: "
            f"{said.read_text(errors='replace')[-500:]})"
        )
    finally:
        process.kill()
        process.wait()
    assert wait_for(lambda: not processes_with(office)), "LibreOffice died with the build"


@pytest.mark.usefixtures("libreoffice")
def it_leaves_no_contractor_document_in_the_temporary_folder_when_killed(
    tmp_path: Path,
) -> None:
    """kill -9 during conversion: LibreOffice goes too; the staged documents are hidden in
    --out, not in the system's temporary folder, and the next build there removes them."""
    temporary, out = tmp_path / "tmp", tmp_path / "out"
    temporary.mkdir()
    office = f"{temporary}/crec-lo-"  # a LibreOffice profile of this build
    env = {**_ENV, "TMPDIR": str(temporary)}
    process = subprocess.Popen(_build([EXAMPLES[0]], out), env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)  # fmt: skip

    def staged() -> list[Path]:
        return list(out.glob(f"{STAGING_PREFIX}*/*.docx"))

    assert wait_for(lambda: bool(staged())), "the documents were staged for LibreOffice"
    process.kill()
    process.wait()
    assert wait_for(lambda: not processes_with(office)), "LibreOffice died with the build"
    assert [p for p in temporary.rglob("*") if p.suffix in (".docx", ".pdf")] == []
    assert (out / LOCK_NAME).exists() and staged()
    again = subprocess.run(_build([EXAMPLES[0]], out, "--format", "docx"), env=env,
                           capture_output=True, text=True)  # fmt: skip
    assert again.returncode == 0, again.stderr
    assert not [p.name for p in out.iterdir() if p.name.startswith(".")]


def it_kills_what_libreoffice_left_running_when_the_soffice_that_led_it_is_gone() -> None:
    """``soffice`` is a launcher: when it is gone, a ``soffice.bin`` it started may run on in
    its process group, and stopping LibreOffice must stop that one too."""
    from crec_assemble.pipeline.converter import _kill

    launcher = subprocess.Popen(  # the leader starts a child, then exits at once
        ["sh", "-c", "sleep 600 & echo $!"], stdout=subprocess.PIPE, start_new_session=True,
    )  # fmt: skip
    assert launcher.stdout is not None
    left = int(launcher.stdout.readline())
    launcher.stdout.close()
    launcher.wait()
    assert is_alive(left)
    _kill(launcher)
    assert wait_for(lambda: not is_alive(left), seconds=10)
