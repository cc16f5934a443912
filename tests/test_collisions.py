"""Outputs never collide: one build at a time per --out, and one contractor per file name."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from crec_assemble.errors import InputError
from crec_assemble.pipeline.build import build
from crec_assemble.pipeline.out_lock import LOCK_NAME, locked
from crec_assemble.pipeline.plan import BuildOptions
from crec_assemble.render.manifest import read_manifest_file

from conftest import BUILD_DATE, Cli, WriteProfile, operator_profile

DATE = ("--date", BUILD_DATE.isoformat())
DOCX = ("--format", "docx", *DATE)


def _contractor(path: Path) -> str:
    contractor: str = read_manifest_file(path).data["agreement"]["contractor"]
    return contractor


def _named(write_profile: WriteProfile, name: str, file: str, **changes: object) -> Path:
    """An operator profile without subcontractors (one document) for ``name``."""
    data = operator_profile(**{"contractor.legal_name": name, **changes})
    data.pop("subcontractors", None)
    return write_profile(data, file)


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


@pytest.fixture
def acme(write_profile: WriteProfile) -> Path:
    return _named(write_profile, "Acme, Inc.", "acme.yaml")


@pytest.fixture
def other_acme(write_profile: WriteProfile) -> Path:
    """Another contractor whose legal name gives the same file name, acme-inc."""
    return _named(write_profile, "ACME Inc", "other.yaml")


def it_refuses_the_second_of_two_contractors_with_one_file_name_in_a_batch(
    cli: Cli, tmp_path: Path, acme: Path, other_acme: Path
) -> None:
    out = tmp_path / "out"
    result = cli("build", acme, other_acme, "--out", out, *DOCX)
    assert result.exit_code == 1
    assert (
        f'{other_acme}: {out}/acme-inc.docx: "Acme, Inc." ({acme}) and "ACME Inc" ({other_acme}) '
        "would both be written to it; give one profile its own file name (contractor.file_name, "
        "e.g. file_name: acme-inc-2), or build into another --out"
    ) in result.stderr
    assert _files(out) == ["acme-inc.docx"]
    assert _contractor(out / "acme-inc.docx") == "Acme, Inc."


def it_refuses_both_contractors_before_writing_when_built_all_or_nothing(
    tmp_path: Path, acme: Path, other_acme: Path
) -> None:
    out = tmp_path / "out"
    with pytest.raises(InputError, match=r'"Acme, Inc\." .* and "ACME Inc" .* both be written'):
        build([acme, other_acme], BuildOptions(out=out, format="docx", build_date=BUILD_DATE))
    assert not out.exists()


@pytest.mark.parametrize(
    "option", [(), ("--force",), ("--skip-existing",)], ids=["plain", "force", "skip-existing"]
)
def it_never_replaces_or_skips_another_contractors_file(
    cli: Cli, tmp_path: Path, acme: Path, other_acme: Path, option: tuple[str, ...]
) -> None:
    """Across runs: the existing file's manifest names its contractor."""
    out = tmp_path / "out"
    assert cli("build", acme, "--out", out, *DOCX).exit_code == 0
    before = (out / "acme-inc.docx").read_bytes()
    result = cli("build", other_acme, "--out", out, *DOCX, *option)
    assert result.exit_code == 2
    assert (
        f'{out}/acme-inc.docx: already holds the document of "Acme, Inc.", not of "ACME Inc"; '
        "give one profile its own file name (contractor.file_name"
    ) in result.stderr
    assert "skipped 0" in result.stdout
    assert (out / "acme-inc.docx").read_bytes() == before
    assert _files(out) == ["acme-inc.docx"]


def it_skips_only_the_same_contractors_file(
    cli: Cli, tmp_path: Path, acme: Path, write_profile: WriteProfile
) -> None:
    """A profile edited since (a new phone number) is still the same contractor's."""
    out = tmp_path / "out"
    assert cli("build", acme, "--out", out, *DOCX).exit_code == 0
    edited = _named(write_profile, "Acme,  Inc.", "edited.yaml", **{"services.name": "Other"})
    result = cli("build", edited, "--out", out, *DOCX, "--skip-existing")
    assert result.exit_code == 0, result.stderr
    assert "skipped 1" in result.stdout


def it_keeps_a_file_it_cannot_attribute_under_skip_existing(
    cli: Cli, tmp_path: Path, acme: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "acme-inc.docx").write_bytes(b"a signed copy, scanned")
    result = cli("build", acme, "--out", out, *DOCX, "--skip-existing")
    assert result.exit_code == 2
    assert "does not say whose it is, so --skip-existing cannot keep it" in result.stderr
    assert (out / "acme-inc.docx").read_bytes() == b"a signed copy, scanned"


def it_names_a_contractors_files_after_its_file_name_field(
    cli: Cli, tmp_path: Path, acme: Path, write_profile: WriteProfile
) -> None:
    out = tmp_path / "out"
    named = _named(write_profile, "ACME Inc", "named.yaml", **{"contractor.file_name": "acme-2"})
    assert cli("build", acme, named, "--out", out, *DOCX).exit_code == 0
    assert _files(out) == ["acme-2.docx", "acme-inc.docx"]
    assert _contractor(out / "acme-2.docx") == "ACME Inc"


_NOT_A_NAME = "must be a file name of lower-case letters"


@pytest.mark.parametrize(
    ("stem", "message"),
    [("Acme_2", _NOT_A_NAME), ("acme--2", _NOT_A_NAME), ("-acme", _NOT_A_NAME),
     ("a" * 61, "is too long: 61 characters (at most 60)")],
    ids=["capital-and-underscore", "double-hyphen", "leading-hyphen", "too-long"],
)  # fmt: skip
def it_refuses_a_file_name_that_is_not_one(
    cli: Cli, write_profile: WriteProfile, stem: str, message: str
) -> None:
    profile = write_profile(operator_profile(**{"contractor.file_name": stem}))
    result = cli("validate", profile)
    assert result.exit_code == 2
    assert f"contractor.file_name: {message}" in result.stderr


def it_leaves_no_lock_file_and_no_empty_folder_behind(
    cli: Cli, tmp_path: Path, acme: Path, write_profile: WriteProfile
) -> None:
    out = tmp_path / "out"
    assert cli("build", acme, "--out", out, *DOCX).exit_code == 0
    assert _files(out) == ["acme-inc.docx"]
    bad = write_profile(operator_profile(**{"contractor.role": "vendor"}), "bad.yaml")
    assert cli("build", bad, "--out", tmp_path / "never", *DOCX).exit_code == 2
    assert not (tmp_path / "never").exists()


_HOLD = """
import sys
from pathlib import Path
from crec_assemble.pipeline.out_lock import locked
with locked(Path(sys.argv[1])):
    print("locked", flush=True)
    sys.stdin.read()
"""


def _holder(out: Path) -> subprocess.Popen[str]:
    """Another process that holds ``out``'s lock until its stdin closes."""
    process = subprocess.Popen(
        [sys.executable, "-c", _HOLD, str(out)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        text=True, env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )  # fmt: skip
    assert process.stdout is not None and process.stdout.readline() == "locked\n"
    return process


def it_refuses_to_build_into_a_folder_another_process_is_writing_into(
    cli: Cli, tmp_path: Path, acme: Path
) -> None:
    out = tmp_path / "out"
    holder = _holder(out)
    try:
        result = cli("build", acme, "--out", out, *DOCX)
    finally:
        holder.communicate("")
    assert result.exit_code == 2
    assert result.stderr == (
        f"{out}: another crec-assemble (process {holder.pid}) is writing into this folder; "
        "wait for it to finish, or build into another --out\n"
    )
    assert _files(out) == []


def it_takes_over_the_folder_of_a_build_killed_outright(
    cli: Cli, tmp_path: Path, acme: Path
) -> None:
    """The kernel drops a dead holder's lock; what it left half-done is removed."""
    out = tmp_path / "out"
    holder = _holder(out)
    staged = out / ".crec-staging-x1y2"
    staged.mkdir()
    (staged / "acme-inc.docx").write_bytes(b"staged")
    (out / ".crec-tmp-acme-inc.docx.abcd1234").write_bytes(b"half")
    holder.kill()
    holder.communicate()
    assert (out / LOCK_NAME).exists()
    assert cli("build", acme, "--out", out, *DOCX).exit_code == 0
    assert _files(out) == ["acme-inc.docx"]


def it_lets_the_holding_thread_take_the_lock_again(tmp_path: Path) -> None:
    with locked(tmp_path) as outer, locked(tmp_path) as inner:
        assert outer == inner == tmp_path
        assert (tmp_path / LOCK_NAME).exists()
    assert not (tmp_path / LOCK_NAME).exists()


def it_never_lets_two_concurrent_builds_both_claim_one_file_name(
    tmp_path: Path, acme: Path, other_acme: Path
) -> None:
    """Two processes started together: one writes acme-inc.docx, the other is refused
    (the folder is busy, or the file is the other contractor's); never both exit 0."""
    out = tmp_path / "out"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    command = [sys.executable, "-m", "crec_assemble", "build", "--out", str(out), *DOCX]
    pipes = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE, "text": True}
    processes = [
        subprocess.Popen([*command, str(profile)], env=env, **pipes)  # type: ignore[call-overload]
        for profile in (acme, other_acme)
    ]
    results = [(p.wait(timeout=120), p.communicate()[1]) for p in processes]
    codes = [code for code, _ in results]
    assert sorted(codes) == [0, 2], results
    refused = next(stderr for code, stderr in results if code == 2)
    assert "is writing into this folder" in refused or "already holds the document of" in refused
    winner = ["Acme, Inc.", "ACME Inc"][codes.index(0)]
    assert _files(out) == ["acme-inc.docx"]
    assert _contractor(out / "acme-inc.docx") == winner
    assert zipfile.is_zipfile(out / "acme-inc.docx")
