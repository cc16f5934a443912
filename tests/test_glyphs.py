"""fontconfig asked early (as the audit does, before loading its modules) answers as when
asked at the moment, and a failing or missing fc-match still means "no font check"."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from crec_assemble.inputs.glyphs import ask_font_coverage, font_coverage


def _fake_fc_match(folder: Path, monkeypatch: pytest.MonkeyPatch, body: str) -> None:
    """An ``fc-match`` first on PATH that runs the shell script ``body``."""
    folder.mkdir()
    script = folder / "fc-match"
    script.write_text(f"#!/bin/sh\n{body}\n")
    script.chmod(0o755)
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ['PATH']}")


def it_answers_the_same_when_asked_early(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_fc_match(tmp_path / "early", monkeypatch, "printf 'Fake Serif\\n20-7e a0-ff'")
    ask_font_coverage()
    early = font_coverage()
    _fake_fc_match(tmp_path / "late", monkeypatch, "printf 'Fake Serif\\n20-7e a0-ff'")
    assert early is not None
    assert early == font_coverage()
    assert early.missing("Zoë \u4e2d") == ["\u4e2d"]


def it_keeps_both_styles_answers_when_asked_early(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Regular draws up to U+00FF, bold only ASCII: a character must be in both."""
    body = (
        'case "$2" in *:bold) printf "Fake Serif\\n20-7e";; *) printf "Fake Serif\\n20-ff";; esac'
    )
    _fake_fc_match(tmp_path / "bin", monkeypatch, body)
    ask_font_coverage()
    coverage = font_coverage()
    assert coverage is not None
    assert coverage.missing("Zoë") == ["ë"]


def it_has_no_coverage_when_fc_match_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_fc_match(tmp_path / "bin", monkeypatch, "exit 1")
    ask_font_coverage()
    assert font_coverage() is None


def it_does_nothing_early_without_fontconfig(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    ask_font_coverage()
    assert font_coverage() is None
