"""The wheel carries the clause library and the Word template, so an installed
tool works outside the checkout."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from conftest import EXAMPLES, ROOT


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(out), str(ROOT)],
        check=True,
    )  # fmt: skip
    (built,) = out.glob("crec_assemble-*.whl")
    return built


def it_ships_the_clause_library_and_template_in_the_wheel(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    clauses = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "clauses").rglob("*.*"))
    for name in clauses:
        assert f"crec_assemble/_data/{name}" in names
    assert "crec_assemble/_data/templates/agreement.docx" in names


def it_builds_from_an_unpacked_wheel_outside_the_checkout(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    work = tmp_path / "elsewhere"
    work.mkdir()
    shutil.copy(EXAMPLES[0], work / "profile.yaml")
    script = (
        "import sys, crec_assemble; assert crec_assemble.__file__.startswith(sys.argv[1]);"
        "from crec_assemble.cli.app import main; sys.argv = ['crec-assemble', 'build', "
        "'profile.yaml', '--format', 'docx', '--date', '2026-11-28']; main()"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(site)],
        cwd=work, env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"},
        capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert (work / "out" / "acme-learning-inc.docx").is_file()
