"""Outputs are written all or nothing, and never over a file without --force."""

from __future__ import annotations

from pathlib import Path

import pytest

from crec_assemble.errors import InputError
from crec_assemble.pipeline.files import check_targets, write_all


def it_writes_every_file(tmp_path: Path) -> None:
    write_all({tmp_path / "a" / "x.docx": b"x", tmp_path / "y.pdf": b"y"})
    assert (tmp_path / "a" / "x.docx").read_bytes() == b"x"
    assert (tmp_path / "y.pdf").read_bytes() == b"y"
    assert sorted(p.name for p in tmp_path.rglob("*") if p.is_file()) == ["x.docx", "y.pdf"]


def it_puts_replaced_files_back_when_a_later_file_fails(tmp_path: Path) -> None:
    first, second = tmp_path / "a.docx", tmp_path / "a.pdf"
    first.write_bytes(b"signed copy")
    second.mkdir()  # a folder in the way makes the second rename fail
    (second / "keep").write_bytes(b"")
    with pytest.raises(InputError, match=r"a\.pdf: cannot write"):
        write_all({first: b"new", second: b"new"})
    assert first.read_bytes() == b"signed copy"
    assert (second / "keep").is_file()
    assert sorted(p.name for p in tmp_path.rglob("*") if p.is_file()) == ["a.docx", "keep"]


def it_refuses_a_folder_where_a_file_would_go_even_with_force(tmp_path: Path) -> None:
    (tmp_path / "a.pdf").mkdir()
    with pytest.raises(InputError, match="is a folder"):
        check_targets([tmp_path / "a.pdf"], force=True)


def it_finishes_writing_before_it_honours_ctrl_c(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A Ctrl-C in the middle of a write would leave temporary files or half the outputs."""
    import os
    import signal

    from crec_assemble.pipeline import files as outputs

    real = outputs._temporary

    def interrupted(target: Path, data: bytes) -> Path:
        os.kill(os.getpid(), signal.SIGINT)  # arrives while the files are being written
        return real(target, data)

    monkeypatch.setattr(outputs, "_temporary", interrupted)
    targets = {tmp_path / "a.pdf": b"a", tmp_path / "b.pdf": b"b"}
    with pytest.raises(KeyboardInterrupt):
        outputs.write_all(targets)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.pdf", "b.pdf"]
