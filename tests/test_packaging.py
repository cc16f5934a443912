"""What the package offers: a wheel that carries the clause library and the Word
template (so an installed tool works outside the checkout) and its type marker; a
public library API; and ``python -m crec_assemble``."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import crec_assemble

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


def it_ships_its_type_marker_in_the_wheel(wheel: Path) -> None:
    assert "crec_assemble/py.typed" in zipfile.ZipFile(wheel).namelist()


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


PUBLIC = [
    "AuditOptions", "AuditResult", "BatchResult", "BuildOptions", "CheckFailed",
    "ConversionError", "CrecError", "InputError", "PaperworkOptions", "Rebuilt", "VerifyReport",
    "__version__", "audit_contract", "breach", "build", "build_batch", "disposition", "notice",
    "rebuild", "redline_editions", "redline_files", "verify_file", "write_redline",
]  # fmt: skip


def it_offers_the_library_api_at_the_top_of_the_package() -> None:
    from crec_assemble import BuildOptions, CrecError, InputError, build_batch, rebuild, verify_file
    from crec_assemble.issued.returned import verify_returned
    from crec_assemble.pipeline.batch import build_batch as batch_module_build_batch

    assert crec_assemble.__all__ == PUBLIC
    assert dir(crec_assemble) == PUBLIC
    assert build_batch is batch_module_build_batch
    assert issubclass(InputError, CrecError)
    assert verify_file is verify_returned and callable(rebuild)
    assert BuildOptions().out == Path("out")
    for name in PUBLIC:
        assert getattr(crec_assemble, name) is not None


def it_keeps_the_verify_subpackage_and_the_verify_function_apart() -> None:
    """``crec_assemble.verify`` is the subpackage; the function is ``verify_file``."""
    script = (
        "import crec_assemble.verify.report as report, crec_assemble;"
        "from crec_assemble.issued.returned import verify_returned;"
        "from crec_assemble import verify_file; assert verify_file is verify_returned;"
        "assert crec_assemble.verify.report is report"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def it_raises_attribute_error_for_a_name_it_does_not_offer() -> None:
    with pytest.raises(AttributeError, match="module 'crec_assemble' has no attribute 'assemble'"):
        crec_assemble.assemble  # noqa: B018


def it_runs_as_a_module_and_does_nothing_when_imported() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    ran = subprocess.run([sys.executable, "-m", "crec_assemble", "--version"], env=env,
                         capture_output=True, text=True)  # fmt: skip
    assert (ran.returncode, ran.stdout) == (0, f"crec-assemble {crec_assemble.__version__}\n")
    imported = subprocess.run([sys.executable, "-c", "import crec_assemble.__main__"], env=env,
                              capture_output=True, text=True)  # fmt: skip
    assert (imported.returncode, imported.stdout, imported.stderr) == (0, "", "")
