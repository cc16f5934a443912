"""The LibreOffice adapter: missing, failing and hanging converters are reported, never hang.

These use a fake ``soffice`` script on PATH to play each failure; the real
conversion is covered end to end in test_build_e2e.py.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from crec_assemble.errors import ConversionError
from crec_assemble.pipeline.converter import INSTALL_HINT, LibreOffice, find_soffice

from conftest import fake_soffice


def _fake_soffice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str) -> Path:
    """Put a shell script playing ``soffice`` first on PATH; return a document to convert."""
    fake_soffice(tmp_path, monkeypatch, body)
    source = tmp_path / "a.docx"
    source.write_bytes(b"PK")
    return source


def _running(pid: int) -> bool:
    """Whether a process still runs (a killed one may linger as a zombie until reaped)."""
    time.sleep(0.2)
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return state not in ("Z", "X")


def it_says_how_to_install_libreoffice_when_it_is_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(ConversionError) as caught:
        find_soffice()
    assert INSTALL_HINT in str(caught.value)
    assert "apt-get install" in str(caught.value)


def it_reports_a_conversion_that_produced_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = _fake_soffice(
        tmp_path, monkeypatch, 'echo "Error: source file could not be loaded"; exit 1'
    )
    with LibreOffice() as office, pytest.raises(ConversionError) as caught:
        office.convert([source], tmp_path)
    assert "exit 1" in str(caught.value)
    assert "source file could not be loaded" in str(caught.value)


def it_kills_a_hung_conversion_and_its_children(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pid_file = tmp_path / "child.pid"
    source = _fake_soffice(tmp_path, monkeypatch, f"sleep 60 & echo $! > {pid_file}; wait")
    started = time.monotonic()
    with (
        LibreOffice(start_up=1, per_document=0) as office,
        pytest.raises(ConversionError) as caught,
    ):
        office.convert([source], tmp_path)
    assert time.monotonic() - started < 30  # not the 60 s the fake would sleep
    assert "made no progress for 1 s and was stopped" in str(caught.value)
    assert not _running(int(pid_file.read_text()))


def it_gives_each_converter_its_own_seeded_profile(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Parallel LibreOffice processes must not share a user profile."""
    args_file = tmp_path / "args"
    source = _fake_soffice(tmp_path, monkeypatch, f'echo "$@" >> {args_file}; exit 0')
    with LibreOffice() as first, LibreOffice() as second:
        for office in (first, second):
            with pytest.raises(ConversionError, match=r"a\.docx"):  # the fake writes no PDF
                office.convert([source], tmp_path)
    profiles = [line.split()[0] for line in args_file.read_text().splitlines()]
    assert len(set(profiles)) == 2
    assert all(p.startswith("-env:UserInstallation=file://") for p in profiles)


def it_removes_its_profile_when_done() -> None:
    if not find_soffice():  # pragma: no cover - find_soffice raises instead
        return
    with LibreOffice() as office:
        profile = office._profile
        assert profile.is_dir()
    assert not profile.exists()


def it_removes_its_profile_when_stopped_while_seeding_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SIGTERM (raised as SystemExit) or Ctrl-C while the profile is seeded, before any
    ``with`` owns the LibreOffice: the profile must not stay behind."""
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    monkeypatch.setattr("tempfile.tempdir", None)

    def stopped(profile: Path, executable: str) -> None:
        raise SystemExit(143)

    monkeypatch.setattr("crec_assemble.pipeline.converter.seed_profile", stopped)
    with pytest.raises(SystemExit):
        LibreOffice()
    assert list(tmp_path.glob("crec-lo-*")) == []


def it_starts_no_conversion_once_it_was_killed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl-C just before a conversion starts must not leave a LibreOffice running."""
    started = tmp_path / "started"
    source = _fake_soffice(tmp_path, monkeypatch, f"touch {started}; exec sleep 60")
    with LibreOffice() as office:
        office.kill()
        with pytest.raises(ConversionError, match="stopped"):
            office.convert([source], tmp_path)
    assert not started.exists()
