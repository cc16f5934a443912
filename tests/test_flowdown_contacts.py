"""Flow-downs are complete or not issued: a subcontractor's flow-down needs its address,
signatory and privacy contact, unless it is built as a draft."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from docx import Document

from crec_assemble.errors import InputError
from crec_assemble.pipeline.build import build
from crec_assemble.pipeline.plan import BuildOptions

from conftest import BUILD_DATE, EXAMPLES, Cli, WriteProfile, operator_profile

DATE = ("--date", BUILD_DATE.isoformat())
# The second subcontractor (index 1) gives none of the three; the first gives them all.
BLUEBIRD: dict[str, Any] = {
    "legal_name": "Bluebird Analytics Corp.", "service": "Reading-level analytics",
    "data": ["grades"], "consent_date": "2026-06-20",
}  # fmt: skip
NEEDS = {
    "address": "missing; a flow-down needs the subcontractor's postal address, for notices "
    "(build with --draft to write it marked DRAFT)",
    "privacy_contact": "missing; a flow-down needs the subcontractor's privacy contact (name "
    "and e-mail), for deletion requests and breach correspondence (build with --draft to "
    "write it marked DRAFT)",
    "signatory": "missing; a flow-down needs the subcontractor's signatory (name and title), "
    "who signs it (build with --draft to write it marked DRAFT)",
}


def _incomplete(write_profile: WriteProfile, name: str = "profile.yaml") -> Path:
    data = operator_profile()
    data["subcontractors"].append(BLUEBIRD)
    return write_profile(data, name)


def _expected(path: Path) -> list[str]:
    """One line per missing field, at the line where the profile lists the subcontractor."""
    lines = path.read_text().splitlines()
    line = next(n for n, text in enumerate(lines, 1) if "legal_name: Bluebird" in text)
    return [f"{path}:{line}: subcontractors[1].{key}: {message}" for key, message in NEEDS.items()]


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def it_names_each_missing_contact_on_its_own_line_in_validate(
    cli: Cli, write_profile: WriteProfile
) -> None:
    profile = _incomplete(write_profile)
    result = cli("validate", profile, *DATE)
    assert result.exit_code == 2
    assert result.stderr.splitlines() == _expected(profile)
    assert "Traceback" not in result.output


def it_builds_nothing_of_a_profile_whose_flowdown_lacks_contacts(
    cli: Cli, tmp_path: Path, write_profile: WriteProfile
) -> None:
    profile = _incomplete(write_profile)
    out = tmp_path / "out"
    result = cli("build", profile, "--out", out, "--format", "docx", *DATE)
    assert result.exit_code == 2
    assert [line for line in result.stderr.splitlines() if ": missing;" in line] == _expected(
        profile
    )
    assert _files(out) == []  # not even the agreement, whose flow-downs could not be issued


def it_refuses_the_same_in_the_library_build(tmp_path: Path, write_profile: WriteProfile) -> None:
    profile = _incomplete(write_profile)
    out = tmp_path / "out"
    with pytest.raises(InputError) as raised:
        build([profile], BuildOptions(out=out, format="docx", build_date=BUILD_DATE))
    assert str(raised.value).splitlines() == _expected(profile)
    assert _files(out) == []


def it_builds_the_other_profiles_of_a_batch(
    cli: Cli, tmp_path: Path, write_profile: WriteProfile
) -> None:
    profile = _incomplete(write_profile)
    out = tmp_path / "out"
    result = cli("build", EXAMPLES[1], profile, "--out", out, "--format", "docx", *DATE)
    assert result.exit_code == 1  # one profile failed, not every one
    assert set(_expected(profile)) <= set(result.stderr.splitlines())
    assert _files(out) == ["capitol-program-evaluation-group-llc.docx"]


def it_writes_an_incomplete_flowdown_as_a_draft_with_blanks(
    cli: Cli, tmp_path: Path, write_profile: WriteProfile
) -> None:
    out = tmp_path / "out"
    result = cli("build", _incomplete(write_profile), "--out", out, "--format", "docx",
                 "--draft", *DATE)  # fmt: skip
    assert result.exit_code == 0, result.output
    document = Document(str(out / "acme-learning-inc-flowdown-bluebird-analytics-corp.docx"))
    assert document.paragraphs[0].text == "DRAFT — NOT FOR SIGNATURE"
    signatures = [cell.text for row in document.tables[0].rows for cell in row.cells]
    assert "Name: " + "_" * 28 in signatures  # Bluebird's signatory, to fill in by hand


@pytest.mark.parametrize(
    "command",
    [
        ["notice", "--executed", "2026-11-25"],
        ["breach", "--discovered", "2026-09-04 23:30", "--data", "student_records"],
    ],
    ids=["notice", "breach"],
)
def it_asks_nothing_of_subcontractors_in_paperwork_without_flowdowns(
    cli: Cli, tmp_path: Path, write_profile: WriteProfile, command: list[str]
) -> None:
    name, *options = command
    result = cli(name, _incomplete(write_profile), *options, "--out", tmp_path / "out", *DATE)
    assert result.exit_code == 0, result.output
    assert _files(tmp_path / "out")


@pytest.mark.usefixtures("libreoffice")
def it_asks_nothing_of_subcontractors_in_deletion_paperwork(
    cli: Cli, tmp_path: Path, write_profile: WriteProfile
) -> None:
    result = cli("disposition", _incomplete(write_profile), "--out", tmp_path / "out", *DATE)
    assert result.exit_code == 0, result.output
    assert len(_files(tmp_path / "out")) == 4  # request and certificate, DOCX and PDF
