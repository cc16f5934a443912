"""Documents come out byte for byte as the tool issued them before it was reorganised.

``tests/golden/edition-2026-07/`` holds what the tool wrote for the examples under edition
2026-07, built as of 2026-11-28, at commit 1388675, the last before the code moved into
packages by layer: every agreement, addendum and flow-down as DOCX, and a parent notice as
HTML, e-mail text and DOCX. ``inputs/`` holds those examples as they were then (the
manifests record their hashes); ``examples/`` has moved on. A change to these bytes must be
deliberate (new clause words come in a new edition, which leaves these alone). After
reviewing why they changed, regenerate them with
``CREC_REGENERATE_GOLDEN=1 ./run test tests/test_golden.py``.

The build is checked only for the inputs today's rules still accept. ``acme-learning.yaml``
gives its subcontractors no address, signatory or privacy contact, which a flow-down now
needs, so building it is refused; that its agreement and flow-downs still come out as issued
is what the rebuild test guarantees, for every document here. Its parent notice, which
builds no flow-down, is still built from it.

``inputs/issuer.yaml`` is the issuer file they were built with, byte for byte: the manifest
records its hash and its contents, so the shipped ``clauses/issuer.yaml`` can gain fields for a
later edition (the privacy desk of 2026-12) without changing these documents.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from conftest import Cli

GOLDEN = Path(__file__).resolve().parent / "golden" / "edition-2026-07"
INPUTS = GOLDEN / "inputs"
# The inputs whose subcontractors all have what a flow-down needs; see the docstring.
ACCEPTED = [INPUTS / f"{name}.yaml" for name in ("capitol-evaluation", "ecole-numerique",
                                                  "riverbend-tutoring")]  # fmt: skip
REFUSED = INPUTS / "acme-learning.yaml"
ISSUED_BY = ("--issuer", INPUTS / "issuer.yaml")
BUILT_AS_OF = ("--edition", "2026-07", "--date", "2026-11-28", *ISSUED_BY)
REGENERATE = os.environ.get("CREC_REGENERATE_GOLDEN") == "1"


def _same_files(made: Path, golden: Path, leave: str = "\0") -> None:
    """Every file ``golden`` holds, but those whose names start with ``leave``, and no other,
    with the same bytes; or refresh them (adding, never removing)."""
    if REGENERATE:
        shutil.copytree(made, golden, dirs_exist_ok=True)
    names = sorted(p.name for p in made.iterdir() if p.is_file())
    held = (p.name for p in golden.iterdir() if p.is_file() and not p.name.startswith(leave))
    assert names == sorted(held)
    for name in names:
        assert (made / name).read_bytes() == (golden / name).read_bytes(), name


def it_builds_each_input_still_accepted_byte_for_byte_as_before(cli: Cli, tmp_path: Path) -> None:
    result = cli("build", *ACCEPTED, "--format", "docx", "--out", tmp_path, *BUILT_AS_OF)
    assert result.exit_code == 0, result.output
    _same_files(tmp_path, GOLDEN, leave="acme-learning-inc")


def it_refuses_the_input_whose_flowdowns_lack_contacts(cli: Cli, tmp_path: Path) -> None:
    result = cli("build", REFUSED, "--format", "docx", "--out", tmp_path, *BUILT_AS_OF)
    assert result.exit_code == 2
    assert "subcontractors[1].privacy_contact: missing" in result.output
    assert not list(tmp_path.iterdir())


def it_writes_the_parent_notice_byte_for_byte_as_before(cli: Cli, tmp_path: Path) -> None:
    result = cli("notice", REFUSED, "--executed", "2026-11-25", "--out", tmp_path,
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
