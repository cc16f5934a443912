"""The build service of a long-running process: one warm LibreOffice, many builds at once,
each written as ``crec-assemble build`` writes it, and nothing left running once closed."""

from __future__ import annotations

import contextlib
import os
import signal
import tempfile
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
import yaml
from pypdf import PdfReader

from crec_assemble.errors import ConversionError
from crec_assemble.library.wording import squeeze
from crec_assemble.pipeline.batch import build_batch
from crec_assemble.pipeline.build import build
from crec_assemble.pipeline.outcome import BatchResult
from crec_assemble.pipeline.plan import BuildOptions
from crec_assemble.pipeline.service import BuildService
from crec_assemble.render.manifest import read_manifest_file

from conftest import (
    BUILD_DATE,
    EXAMPLES,
    ROOT,
    WriteProfile,
    operator_profile,
    processes_with,
    wait_for,
)

pytestmark = pytest.mark.usefixtures("libreoffice")

CONSULTANT = ROOT / "examples" / "capitol-evaluation.yaml"  # one agreement, no flow-downs


@pytest.fixture
def offices(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Where this test's LibreOffice profiles go, so its processes are told from others'."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture
def service(tmp_path: Path, offices: Path) -> Iterator[BuildService]:
    with BuildService.start(tmp_path / "staging") as started:
        yield started


def _options(out: Path, **changes: Any) -> BuildOptions:
    return BuildOptions(out=out, build_date=BUILD_DATE, **changes)


def _legal_name(profile: Path) -> str:
    name: str = yaml.safe_load(profile.read_text(encoding="utf-8"))["contractor"]["legal_name"]
    return name


def _assert_own_pdfs(result: BatchResult, contractor: str) -> None:
    """Every document was written, and each PDF is of its own document: its first page
    names the contractor, and it carries the manifest its DOCX carries."""
    assert result.failures == []
    assert result.documents
    for document in result.documents:
        paths = {output.format: output.path for output in document.outputs}
        first_page = squeeze(PdfReader(paths["pdf"]).pages[0].extract_text())
        assert squeeze(contractor) in first_page, f"{paths['pdf']} names {contractor}"
        pdf_manifest = read_manifest_file(paths["pdf"]).data
        assert pdf_manifest == read_manifest_file(paths["docx"]).data == document.manifest


def it_writes_the_bytes_the_cli_writes(service: BuildService, tmp_path: Path) -> None:
    """The lasting LibreOffice's second conversion too: a document is reproducible whichever
    LibreOffice converted it."""
    cli = build([CONSULTANT], _options(tmp_path / "cli"))
    for out in ("first", "second"):
        built = service.build(CONSULTANT, _options(tmp_path / out))
        assert [[o.sha256 for o in d.outputs] for d in built.documents] == [
            [o.sha256 for o in d.outputs] for d in cli
        ]


def it_builds_twenty_at_once_each_pdf_of_its_own_document(
    service: BuildService, tmp_path: Path, write_profile: WriteProfile
) -> None:
    """One profile into eight folders; eight contractors under one file name (LibreOffice
    must not get two of them at once); the other examples and one more contractor."""
    consultant = yaml.safe_load(CONSULTANT.read_text(encoding="utf-8"))
    shown: dict[Path, str] = {CONSULTANT: _legal_name(CONSULTANT)}
    for number in range(8):
        consultant["contractor"].update(legal_name=f"Study Partner {number} LLC",
                                        file_name="outcomes-study")  # fmt: skip
        shown[write_profile(consultant, f"study-{number}.yaml")] = f"Study Partner {number} LLC"
    another = write_profile(operator_profile(**{"contractor.legal_name": "Twentieth Learning"}))
    shown[another] = "Twentieth Learning"
    shown.update({e: _legal_name(e) for e in EXAMPLES if e != CONSULTANT})
    profiles = [CONSULTANT] * 7 + list(shown)
    assert len(profiles) == 20
    outs = [tmp_path / "out" / f"{number:02d}" for number in range(len(profiles))]
    with ThreadPoolExecutor(len(profiles)) as pool:
        results = list(pool.map(lambda p, o: service.build(p, _options(o)), profiles, outs))
    for profile, result in zip(profiles, results, strict=True):
        assert {d.profile for d in result.documents} == {profile}
        _assert_own_pdfs(result, shown[profile])


def it_reports_a_bad_profile_in_the_words_of_the_cli(
    service: BuildService, tmp_path: Path, write_profile: WriteProfile
) -> None:
    bad = write_profile(operator_profile(**{"contractor.role": "wizard"}), "bad.yaml")
    result = service.build(bad, _options(tmp_path / "out"))
    assert [(f.profile, f.input_error) for f in result.failures] == [(bad, True)]
    assert result.failures[0].reason.startswith(f"{bad}:")
    assert "\n" not in result.failures[0].reason
    assert result.exit_code == 2
    assert result.as_json() == build_batch([bad], _options(tmp_path / "cli")).as_json()
    assert not (tmp_path / "out").exists()


def it_refuses_to_write_over_an_agreement_without_force(
    service: BuildService, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    first = service.build(CONSULTANT, _options(out))
    written = {o.path: o.path.read_bytes() for d in first.documents for o in d.outputs}
    again = service.build(CONSULTANT, _options(out))
    assert [(f.profile, f.input_error) for f in again.failures] == [(CONSULTANT, True)]
    assert "already exists; use --force to overwrite it" in again.failures[0].reason
    assert {path: path.read_bytes() for path in written} == written
    forced = service.build(CONSULTANT, _options(out, force=True))
    _assert_own_pdfs(forced, _legal_name(CONSULTANT))


def _waiting_office(offices: Path) -> Path:
    """The profile of the one LibreOffice waiting for the next build, once it runs."""
    assert wait_for(lambda: len(list(offices.glob("crec-lo-*"))) == 1 and processes_with(
        str(offices)))  # fmt: skip
    (profile,) = offices.glob("crec-lo-*")
    return profile


def it_converts_build_after_build_with_one_lasting_libreoffice(
    service: BuildService, tmp_path: Path, offices: Path
) -> None:
    first = service.build(CONSULTANT, _options(tmp_path / "first"))
    waiting = _waiting_office(offices)
    second = service.build(CONSULTANT, _options(tmp_path / "second"))
    assert _waiting_office(offices) == waiting
    for result in (first, second):
        _assert_own_pdfs(result, _legal_name(CONSULTANT))


def it_replaces_a_libreoffice_that_died_while_waiting(
    service: BuildService, tmp_path: Path, offices: Path
) -> None:
    _assert_own_pdfs(service.build(CONSULTANT, _options(tmp_path / "first")),
                     _legal_name(CONSULTANT))  # fmt: skip
    died = _waiting_office(offices)
    for pid in processes_with(str(died)):  # the LibreOffice this test's service started
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    _assert_own_pdfs(service.build(CONSULTANT, _options(tmp_path / "second")),
                     _legal_name(CONSULTANT))  # fmt: skip
    # The dead one's profile is removed, and a new LibreOffice waits (however slowly the
    # machine lets the old one's successor quit).
    assert wait_for(lambda: not died.exists(), seconds=60)
    assert _waiting_office(offices) != died


def it_leaves_no_libreoffice_running_once_closed(tmp_path: Path, offices: Path) -> None:
    service = BuildService.start(tmp_path / "staging")
    try:
        _assert_own_pdfs(service.build(CONSULTANT, _options(tmp_path / "out")),
                         _legal_name(CONSULTANT))  # fmt: skip
        _waiting_office(offices)
    finally:
        service.close()
    assert wait_for(lambda: not processes_with(str(offices))), "no LibreOffice is left"
    assert list(offices.iterdir()) == []
    assert not (tmp_path / "staging").exists()
    with pytest.raises(ConversionError, match="closed"):
        service.build(CONSULTANT, _options(tmp_path / "after"))
