"""Documents come out byte for byte as the tool issued them before it was reorganised.

``tests/golden/edition-2026-07/`` holds what the tool wrote for the examples under edition
2026-07, built as of 2026-11-28, at commit 1388675, the last before the code moved into
packages by layer: every agreement, addendum and flow-down as DOCX, and a parent notice as
HTML, e-mail text and DOCX. A change to these bytes must be deliberate (new clause words come
in a new edition, which leaves these alone). After reviewing why they changed, regenerate them
with ``CREC_REGENERATE_GOLDEN=1 ./run test tests/test_golden.py``.

``inputs/issuer.yaml`` is the issuer file they were built with, byte for byte: the manifest
records its hash and its contents, so the shipped ``clauses/issuer.yaml`` can gain fields for a
later edition (the privacy desk of 2026-12) without changing these documents.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from conftest import EXAMPLES, Cli

GOLDEN = Path(__file__).resolve().parent / "golden" / "edition-2026-07"
ISSUED_BY = ("--issuer", GOLDEN / "inputs" / "issuer.yaml")
BUILT_AS_OF = ("--edition", "2026-07", "--date", "2026-11-28", *ISSUED_BY)
REGENERATE = os.environ.get("CREC_REGENERATE_GOLDEN") == "1"


def _same_files(made: Path, golden: Path) -> None:
    """Every file ``golden`` holds, and no other, with the same bytes; or refresh them."""
    if REGENERATE:  # the files only: the folder also holds the inputs and the notice
        golden.mkdir(parents=True, exist_ok=True)
        for old in golden.iterdir():
            if old.is_file():
                old.unlink()
        for new in made.iterdir():
            if new.is_file():
                shutil.copy2(new, golden / new.name)
    names = sorted(p.name for p in made.iterdir() if p.is_file())
    assert names == sorted(p.name for p in golden.iterdir() if p.is_file())
    for name in names:
        assert (made / name).read_bytes() == (golden / name).read_bytes(), name


def it_builds_every_example_byte_for_byte_as_before(cli: Cli, tmp_path: Path) -> None:
    result = cli("build", *EXAMPLES, "--format", "docx", "--out", tmp_path, *BUILT_AS_OF)
    assert result.exit_code == 0, result.output
    _same_files(tmp_path, GOLDEN)


def it_writes_the_parent_notice_byte_for_byte_as_before(cli: Cli, tmp_path: Path) -> None:
    result = cli("notice", EXAMPLES[0], "--executed", "2026-11-25", "--out", tmp_path,
                 "--date", "2026-11-28", *ISSUED_BY)  # fmt: skip
    assert result.exit_code == 0, result.output
    _same_files(tmp_path, GOLDEN / "notice")


@pytest.mark.parametrize("issued", sorted(GOLDEN.glob("*.docx")), ids=lambda path: path.stem)
def it_rebuilds_what_was_issued_before_byte_for_byte(
    cli: Cli, tmp_path: Path, issued: Path
) -> None:
    result = cli("rebuild", issued, "--out", tmp_path, "--json")
    assert result.exit_code == 0, result.output
    assert (tmp_path / issued.name).read_bytes() == issued.read_bytes()
