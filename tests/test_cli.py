"""The command line: what each command prints, its exit codes, and what it leaves on disk."""

from __future__ import annotations

import hashlib
import inspect
import json
import zipfile
from pathlib import Path
from typing import cast

import pytest
from typer.core import TyperGroup
from typer.main import get_command
from typer.testing import CliRunner

from crec_assemble import __version__
from crec_assemble.cli.app import app
from crec_assemble.inputs.issuer import ISSUER_SCHEMA
from crec_assemble.inputs.profile import PROFILE_SCHEMA
from crec_assemble.library.clauses import ClauseLibrary
from crec_assemble.pipeline.outcome import BatchResult, Failure
from crec_assemble.pipeline.produce import Produced

from conftest import EXAMPLES, ROOT, Cli, WriteProfile, drop_clause, fake_soffice, operator_profile

COMMANDS = [
    "build", "validate", "init", "schema", "verify", "notice", "breach", "disposition",
    "clauses list", "clauses show", "clauses history", "clauses diff", "clauses lint",
    "clauses release", "requirements", "redline editions", "redline files", "rebuild", "audit",
]  # fmt: skip
GROUPS = ["", "clauses", "redline"]
DATE = ["--date", "2026-11-28"]


def _line_of(path: Path, text: str) -> int:
    return next(n for n, line in enumerate(path.read_text().splitlines(), 1) if text in line)


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


@pytest.mark.parametrize("command", COMMANDS)
def it_documents_every_command_with_an_example(cli: Cli, command: str) -> None:
    result = cli(*command.split(), "--help")
    assert result.exit_code == 0
    assert f"Example: crec-assemble {command}" in result.stdout


@pytest.mark.parametrize("command", GROUPS + COMMANDS)
def it_shows_no_type_after_a_flag(cli: Cli, command: str) -> None:
    """Flags (--force, --json, --help, --version…) take no value, so help shows none."""
    result = cli(*command.split(), "--help")
    assert "--help" in result.stdout
    assert "<bool>" not in result.stdout


def _paragraphs(command: str) -> list[str]:
    """The paragraphs of a command's docstring, each joined into one line."""
    found = get_command(app)
    for name in command.split():
        assert isinstance(found, TyperGroup)
        found = found.commands[name]
    docstring = inspect.getdoc(found.callback) or ""
    return [" ".join(paragraph.split()) for paragraph in docstring.split("\n\n")]


@pytest.mark.parametrize("command", COMMANDS)
def it_fills_each_paragraph_of_the_help_to_the_terminal(cli: Cli, command: str) -> None:
    """Docstrings are wrapped at 100 columns for the source; the help is filled to the screen,
    except the example, which is printed whole so that it can be copied."""
    help_text = cli(*command.split(), "--help").stdout  # 80 columns when not on a terminal
    prose = [line for line in help_text.splitlines() if not line.strip().startswith("Example:")]
    assert max(len(line) for line in prose) <= 80
    (example,) = [line for line in help_text.splitlines() if line.strip().startswith("Example:")]
    assert example.strip() == _paragraphs(command)[-1]
    flowing = " ".join(help_text.split())
    for paragraph in _paragraphs(command):
        assert paragraph in flowing  # every word, in order, whatever the width


@pytest.mark.parametrize("command", COMMANDS)
def it_lists_each_command_with_its_whole_first_sentence(command: str) -> None:
    """On a terminal 100 columns wide (as docs/cli.md is made), no summary is cut short."""
    group, _, name = command.rpartition(" ")
    listing = CliRunner().invoke(app, [*group.split(), "--help"], terminal_width=100).stdout
    (row,) = [line for line in listing.splitlines() if line.startswith(f"  {name} ")]
    assert _paragraphs(command)[0] in row


def it_prints_its_version(cli: Cli) -> None:
    result = cli("--version")
    assert result.stdout.strip() == f"crec-assemble {__version__}"


def it_validates_good_profiles(cli: Cli, library: ClauseLibrary) -> None:
    """As of the day the library's last edition took effect: the edition it names."""
    last = library.editions[-1]
    result = cli("validate", *EXAMPLES, "--date", last.effective)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].endswith(
        "ok: Acme Learning, Inc. (operator), agreement, 24 requirements met, 2 flow-down(s), "
        f"edition {last.name}"
    )
    assert lines[1].endswith(f"(consultant), agreement, 15 requirements met, edition {last.name}")


def it_reports_every_bad_profile_in_one_run_with_exit_2(
    cli: Cli, write_profile: WriteProfile
) -> None:
    first = write_profile(operator_profile(**{"contractor.role": "vendor"}), "first.yaml")
    second = write_profile(operator_profile(**{"services.end_date": "soon"}), "second.yaml")
    result = cli("validate", first, second)
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    role_line = _line_of(first, "role: vendor")
    date_line = _line_of(second, "end_date: soon")
    assert lines == [
        f"{first}:{role_line}: contractor.role: 'vendor' is not a role; use one of: operator, "
        "consultant",
        f"{second}:{date_line}: services.end_date: must be a date written YYYY-MM-DD, not 'soon'",
    ]
    assert "Traceback" not in result.output


def it_builds_docx_without_needing_libreoffice(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no soffice anywhere
    result = cli("build", EXAMPLES[0], "--out", tmp_path / "out", "--format", "docx", *DATE)
    assert result.exit_code == 0, result.output
    assert _files(tmp_path / "out") == [
        "acme-learning-inc-flowdown-bluebird-analytics-corp.docx",
        "acme-learning-inc-flowdown-northwind-hosting-llc.docx",
        "acme-learning-inc.docx",
    ]


def it_prints_json_describing_every_output(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = cli("build", *EXAMPLES[:2], "--out", out, "--format", "docx", "--json", *DATE)
    payload = json.loads(result.stdout)
    documents = payload["documents"]
    assert [(d["profile"], d["kind"]) for d in documents] == [
        (str(EXAMPLES[0]), "agreement"),
        (str(EXAMPLES[0]), "flowdown"),
        (str(EXAMPLES[0]), "flowdown"),
        (str(EXAMPLES[1]), "agreement"),
    ]
    assert {d["parent"] for d in documents[1:3]} == {documents[0]["id"]}
    assert {d["manifest"]["agreement"]["parent"] for d in documents[1:3]} == {documents[0]["id"]}
    first = documents[0]
    assert first["outputs"] == [
        {
            "format": "docx",
            "path": str(out / "acme-learning-inc.docx"),
            "sha256": first["outputs"][0]["sha256"],
        }
    ]
    assert first["manifest"]["agreement"]["contractor"] == "Acme Learning, Inc."
    assert first["manifest"]["agreement"]["build_date"] == "2026-11-28"


def it_never_overwrites_without_force(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    existing = out / "acme-learning-inc.docx"
    existing.write_bytes(b"signed copy")
    result = cli("build", EXAMPLES[0], "--out", out, "--format", "docx", *DATE)
    assert result.exit_code == 2
    assert f"{existing}: already exists; use --force to overwrite it" in result.stderr
    assert existing.read_bytes() == b"signed copy"
    assert _files(out) == ["acme-learning-inc.docx"]
    forced = cli("build", EXAMPLES[0], "--out", out, "--format", "docx", "--force", *DATE)
    assert forced.exit_code == 0
    assert zipfile.is_zipfile(existing)


def it_builds_the_rest_when_one_profile_of_many_is_bad(
    cli: Cli, tmp_path: Path, write_profile: WriteProfile
) -> None:
    bad = write_profile(operator_profile(**{"data.student_information": ["shoe_size"]}))
    result = cli("build", bad, EXAMPLES[1], "--out", tmp_path / "out", "--format", "docx")
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert all(line.startswith(f"{bad}:") for line in lines)
    assert "unknown student information category 'shoe_size'" in lines[0]
    assert _files(tmp_path / "out") == ["capitol-program-evaluation-group-llc.docx"]


def it_lists_failed_profiles_in_the_json_too(
    cli: Cli, tmp_path: Path, write_profile: WriteProfile
) -> None:
    bad = write_profile(operator_profile(**{"contractor.role": "vendor"}))
    result = cli("build", bad, EXAMPLES[1], "--out", tmp_path, "--format", "docx", "--json")
    assert result.exit_code == 1
    payload = json.loads(result.stdout)
    assert (payload["interrupted"], payload["skipped"]) == (False, [])
    assert [d["profile"] for d in payload["documents"]] == [str(EXAMPLES[1])]
    (failure,) = payload["failures"]
    assert failure["profile"] == str(bad)
    assert "contractor.role: 'vendor' is not a role" in failure["reason"]


def _failure(input_error: bool) -> Failure:
    return Failure(Path("p.yaml"), "p.yaml: wrong", input_error)


@pytest.mark.parametrize(
    ("result", "code"),
    [(BatchResult(), 0),
     (BatchResult(skipped=[Path("p.yaml")]), 0),
     (BatchResult(failures=[_failure(True)]), 2),
     (BatchResult(failures=[_failure(True), _failure(False)]), 1),
     (BatchResult(documents=[cast(Produced, object())], failures=[_failure(True)]), 1),
     (BatchResult(failures=[_failure(False)], interrupted=True), 130)],
    ids=["built", "skipped", "only-bad-input", "a-failed-conversion", "some-built", "interrupted"],
)  # fmt: skip
def it_exits_with_the_code_the_batch_decides(result: BatchResult, code: int) -> None:
    assert result.exit_code == code


def it_exits_2_when_every_profile_is_bad(
    cli: Cli, tmp_path: Path, write_profile: WriteProfile
) -> None:
    bad = write_profile(operator_profile(**{"contractor.role": "vendor"}))
    result = cli("build", bad, "--out", tmp_path / "out", "--format", "docx")
    assert result.exit_code == 2
    assert _files(tmp_path / "out") == []


def it_refuses_two_profiles_that_would_write_the_same_file(
    cli: Cli, tmp_path: Path, write_profile: WriteProfile
) -> None:
    twin = write_profile(operator_profile(**{"services.name": "Other"}))
    result = cli("build", EXAMPLES[0], twin, "--out", tmp_path / "out", "--format", "docx",
                 "--jobs", "2")  # fmt: skip
    assert result.exit_code == 1
    assert "acme-learning-inc.docx: " in result.stderr
    assert "would both be written to it" in result.stderr
    assert "contractor.file_name" in result.stderr
    assert "acme-learning-inc.docx" in _files(tmp_path / "out")  # the first one is built


def it_stops_at_the_compliance_gate_with_exit_1(
    cli: Cli, tmp_path: Path, library_copy: Path
) -> None:
    drop_clause(library_copy, "governing-law")
    out = tmp_path / "out"
    result = cli("build", EXAMPLES[0], "--out", out, "--library", library_copy, "--format", "docx",
                 *DATE)  # fmt: skip
    assert result.exit_code == 1
    (line, hint) = result.stderr.splitlines()
    assert line.startswith(
        f"{EXAMPLES[0]}: Student Data Privacy Agreement — Acme Learning, Inc.: "
        "R9 (paragraph 9; without it the contract is void): no clause in the"
    )
    assert "Connecticut laws shall govern the rights and duties of all parties" in line
    assert hint.endswith("use --draft to write a marked draft anyway")
    assert _files(out) == []


def it_writes_a_marked_draft_when_asked(cli: Cli, tmp_path: Path, library_copy: Path) -> None:
    drop_clause(library_copy, "governing-law")
    out = tmp_path / "out"
    result = cli("build", EXAMPLES[0], "--out", out, "--library", library_copy, "--draft",
                 "--format", "docx", *DATE)  # fmt: skip
    assert result.exit_code == 0
    assert "DRAFT:" in result.stderr and "R9" in result.stderr
    assert "acme-learning-inc.docx" in _files(out)


def it_fails_a_pdf_build_before_writing_when_libreoffice_is_missing(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    result = cli("build", EXAMPLES[0], "--out", tmp_path / "out", *DATE)
    assert result.exit_code == 1
    assert "apt-get install -y libreoffice-writer-nogui" in result.stderr
    assert _files(tmp_path / "out") == []


def it_leaves_nothing_partial_when_conversion_fails(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_soffice(tmp_path, monkeypatch, "echo 'Error: crashed' >&2\nexit 81")
    out = tmp_path / "out"
    result = cli("build", *EXAMPLES, "--out", out, *DATE)
    assert result.exit_code == 1
    assert "LibreOffice could not convert" in result.stderr
    assert _files(out) == []


def it_rejects_a_malformed_date(cli: Cli, tmp_path: Path) -> None:
    result = cli("build", EXAMPLES[0], "--out", tmp_path, "--date", "28/11/2026")
    assert result.exit_code == 2
    assert "--date: '28/11/2026' is not a date written YYYY-MM-DD" in result.stderr


def it_takes_the_build_date_from_source_date_epoch(cli: Cli, tmp_path: Path) -> None:
    env = {"SOURCE_DATE_EPOCH": "1800000000"}  # 2027-01-15
    result = cli("build", EXAMPLES[0], "--out", tmp_path, "--format", "docx", "--json", env=env)
    manifest = json.loads(result.stdout)["documents"][0]["manifest"]
    assert manifest["agreement"]["build_date"] == "2027-01-15"
    bad = cli("build", EXAMPLES[0], "--out", tmp_path, "--format", "docx", "--force",
              env={"SOURCE_DATE_EPOCH": "yesterday"})  # fmt: skip
    assert bad.exit_code == 2


def it_writes_a_starter_profile_that_validates(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "new.yaml"
    assert cli("init", "--role", "consultant", path).exit_code == 0
    assert "role: consultant" in path.read_text()
    assert cli("validate", path).exit_code == 0
    again = cli("init", path)
    assert again.exit_code == 2
    assert "already exists" in again.stderr
    assert cli("init", path, "--force").exit_code == 0
    assert "role: operator" in path.read_text()


def it_says_which_starter_profile_it_wrote_as_json(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "new.yaml"
    result = cli("init", path, "--json")
    assert result.exit_code == 0, result.output
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    assert json.loads(result.stdout) == {
        "outputs": [{"format": "yaml", "path": str(path), "sha256": digest}]
    }


def it_prints_the_profile_schema(cli: Cli) -> None:
    result = cli("schema")
    assert json.loads(result.stdout) == json.loads(json.dumps(PROFILE_SCHEMA))


def it_prints_the_issuer_files_schema_when_asked(cli: Cli) -> None:
    result = cli("schema", "issuer")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == json.loads(json.dumps(ISSUER_SCHEMA))
    assert cli("schema", "profile").stdout == cli("schema").stdout


def it_refuses_a_schema_it_does_not_publish(cli: Cli) -> None:
    result = cli("schema", "contract")
    assert result.exit_code == 2
    assert "'contract' is not one of 'profile', 'issuer'" in result.stderr


def it_verifies_with_exit_codes_0_1_and_2(cli: Cli, tmp_path: Path) -> None:
    cli("build", EXAMPLES[1], "--out", tmp_path, "--format", "docx", *DATE)
    (built,) = tmp_path.glob("*.docx")
    intact = cli("verify", built)
    assert intact.exit_code == 0
    assert intact.stdout.startswith(f"{built}: intact: DPA-2026-")

    edited = tmp_path / "edited.docx"
    with zipfile.ZipFile(built) as source, zipfile.ZipFile(edited, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/document.xml":
                data = data.replace(b"State of Connecticut", b"State of Delaware")
            target.writestr(item, data)
    changed = cli("verify", edited, "--json")
    assert changed.exit_code == 1
    report = json.loads(changed.stdout)
    assert not report["intact"]
    (changed_section,) = [s for s in report["sections"] if s["status"] != "intact"]
    assert changed_section["clause"] == "governing-law" and changed_section["status"] == "changed"
    assert [(c["deleted"], c["inserted"]) for c in changed_section["changes"]] == [
        ("Connecticut", "Delaware")
    ]
    (key,) = report["key_changes"]
    assert key["kind"] == "governing law" and key["context_before"].endswith("the State of")

    stranger = tmp_path / "stranger.docx"
    with zipfile.ZipFile(stranger, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    missing = cli("verify", stranger)
    assert missing.exit_code == 2
    assert "no crec-assemble manifest" in missing.stderr


def _docx_with_body(source: Path, target: Path, text: str) -> Path:
    """A copy of a Word template whose body is one paragraph of ``text``."""
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w") as copy:
        for item in original.infolist():
            data = original.read(item.filename)
            if item.filename == "word/document.xml":
                head, _, rest = data.decode().partition("<w:body>")
                _, _, tail = rest.partition("<w:sectPr")
                body = f"<w:body><w:p><w:r><w:t>{text}</w:t></w:r></w:p><w:sectPr{tail}"
                data = (head + body).encode()
            copy.writestr(item, data)
    return target


def it_refuses_a_template_that_lost_its_tags(cli: Cli, tmp_path: Path) -> None:
    from crec_assemble.resources import default_template

    plain = _docx_with_body(default_template(), tmp_path / "plain.docx", "Hello")
    out = tmp_path / "out"
    result = cli("build", EXAMPLES[0], "--out", out, "--format", "docx", "--template", plain)
    assert result.exit_code == 2
    assert "the rendered DOCX does not show" in result.stderr
    assert _files(out) == []


def it_runs_template_code_sandboxed(cli: Cli, tmp_path: Path) -> None:
    from crec_assemble.resources import default_template

    marker = tmp_path / "pwned"
    evil = "{{ cycler.__init__.__globals__.os.system('touch " + str(marker) + "') }}"
    template = _docx_with_body(default_template(), tmp_path / "evil.docx", evil)
    result = cli("build", EXAMPLES[0], "--out", tmp_path / "out", "--format", "docx",
                 "--template", template)  # fmt: skip
    assert result.exit_code == 2
    assert "template error" in result.stderr
    assert not marker.exists()


@pytest.mark.parametrize("template", ["README.md", "missing.docx"], ids=["not-a-docx", "missing"])
def it_reports_an_unusable_template_in_one_line(cli: Cli, tmp_path: Path, template: str) -> None:
    result = cli("build", EXAMPLES[0], "--out", tmp_path, "--format", "docx",
                 "--template", ROOT / template)  # fmt: skip
    assert result.exit_code == 2
    assert len(result.stderr.splitlines()) == 1


def it_reports_a_pdf_libreoffice_garbled(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_soffice(tmp_path, monkeypatch, 'echo "not a pdf" > "$out"')
    result = cli("build", EXAMPLES[1], "--out", tmp_path / "out", *DATE)
    assert result.exit_code == 1
    assert "unreadable PDF" in result.stderr
    assert _files(tmp_path / "out") == []


def it_refuses_a_pdf_that_does_not_show_the_agreement(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What LibreOffice printed is read back; a blank page (e.g. no font) stops the build."""
    from pypdf import PdfWriter

    blank = tmp_path / "blank.pdf"
    writer = PdfWriter()
    writer.add_blank_page(612, 792)
    with blank.open("wb") as stream:
        writer.write(stream)
    fake_soffice(tmp_path, monkeypatch, f'cp "{blank}" "$out"')
    out = tmp_path / "out"
    unsigned = cli("build", EXAMPLES[1], "--out", out, "--format", "pdf", *DATE)
    assert unsigned.exit_code == 1
    assert "the PDF has no signature table" in unsigned.stderr
    draft = cli("build", EXAMPLES[1], "--out", out, "--format", "pdf", "--draft", *DATE)
    assert draft.exit_code == 1
    assert "the PDF does not show the text of Parties" in draft.stderr
    assert _files(tmp_path / "out") == []


@pytest.mark.parametrize("value", ["20260801", "2026-W31-1", "2026-02-30"])
def it_accepts_only_dates_written_yyyy_mm_dd(cli: Cli, tmp_path: Path, value: str) -> None:
    result = cli("validate", EXAMPLES[0], "--date", value)
    assert result.exit_code == 2
    assert f"--date: {value!r} is not a date written YYYY-MM-DD" in result.stderr


def it_rejects_an_out_of_range_source_date_epoch(cli: Cli) -> None:
    result = cli("validate", EXAMPLES[0], env={"SOURCE_DATE_EPOCH": "1" + "0" * 20})
    assert result.exit_code == 2
    assert "SOURCE_DATE_EPOCH" in result.stderr


def it_reports_the_problems_of_every_profile_when_building(
    cli: Cli, tmp_path: Path, write_profile: WriteProfile
) -> None:
    first = write_profile(operator_profile(**{"contractor.role": "vendor"}), "first.yaml")
    second = write_profile(operator_profile(**{"data": 5}), "second.yaml")
    result = cli("build", first, second, "--out", tmp_path / "out", "--format", "docx")
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert [line.split(":")[0] for line in lines] == [str(first), str(second)]
    assert "data: must be a mapping of fields, not 5" in lines[1]
