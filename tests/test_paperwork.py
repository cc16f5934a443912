"""The documents around the agreement: notice to parents, breach timeline and letters,
deletion request and certificate — through the CLI, with the real LibreOffice."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader
from typer.testing import CliRunner

from crec_assemble.cli.app import app
from crec_assemble.errors import InputError
from crec_assemble.paperwork.documents import deletion_days
from crec_assemble.verify import verify

from conftest import EXAMPLES, Cli

ACME, CONSULTANT, ECOLE, RIVERBEND = EXAMPLES
DATE = ["--date", "2026-11-28"]


def _docx_text(path: Path) -> str:
    return "\n".join(p.text for p in Document(str(path)).paragraphs)


def it_writes_the_parent_notice_in_three_forms_and_prints_its_deadline(
    cli: Cli, tmp_path: Path
) -> None:
    result = cli("notice", ACME, "--executed", "2026-11-25", "--out", tmp_path, *DATE)
    assert result.exit_code == 0, result.output
    assert "Send and post by Thursday, December 3, 2026" in result.stdout
    stem = "acme-learning-inc-parent-notice-2026-11-25"
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == [f"{stem}.{ext}" for ext in ("docx", "html", "txt")]
    for ext in ("docx", "html", "txt"):
        text = tmp_path / f"{stem}.{ext}"
        body = _docx_text(text) if ext == "docx" else text.read_text()
        assert "November 25, 2026" in body  # executed, and when
        assert "Acme Learning, Inc." in body and "Acme Reading Coach" in body
        assert "Email address" in body and "Grade levels" in body  # labels, not keys
        assert "email_address" not in body and "grade_levels" not in body
    for ext in ("docx", "html", "txt"):
        assert verify(tmp_path / f"{stem}.{ext}").intact
    email = tmp_path / f"{stem}.txt"
    email.write_text(email.read_text().replace("Acme Reading Coach", "Acme Reading Kit"))
    assert not verify(email).intact


def it_says_how_many_business_days_the_catalogue_gives_the_notice(
    cli: Cli, tmp_path: Path, library_copy: Path
) -> None:
    """Three business days in a library's catalogue: due Tuesday 1 December, and said so."""
    catalogue = library_copy / "requirements.yaml"
    catalogue.write_text(catalogue.read_text().replace("business_days: 5", "business_days: 3", 1))
    result = cli("notice", ACME, "--executed", "2026-11-25", "--out", tmp_path,
                 "--library", library_copy, *DATE)  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "Send and post by Tuesday, December 1, 2026 (three business days after 2026-11-25)." in (
        result.stdout
    )


def it_gives_the_notice_deadline_as_json(cli: Cli, tmp_path: Path) -> None:
    result = cli("notice", CONSULTANT, "--executed", "2026-02-11", "--out", tmp_path, "--json",
                 *DATE)  # fmt: skip
    payload = json.loads(result.stdout)
    # Thu 12 Lincoln's Birthday and Mon 16 Washington's Birthday are Connecticut holidays.
    assert payload["deadline"] == "2026-02-20"
    assert {o["format"] for d in payload["documents"] for o in d["outputs"]} == {
        "docx", "html", "txt"
    }  # fmt: skip


def it_writes_the_same_notice_bytes_twice(cli: Cli, tmp_path: Path) -> None:
    for folder in ("a", "b"):
        cli("notice", ACME, "--executed", "2026-11-25", "--out", tmp_path / folder, *DATE)
    for name in (tmp_path / "a").iterdir():
        assert name.read_bytes() == (tmp_path / "b" / name.name).read_bytes(), name.name


def it_prints_each_breach_obligation_with_its_deadline_and_source(
    cli: Cli,
) -> None:
    result = cli("breach", ACME, "--discovered", "2026-09-04 23:30",
                 "--data", "student_information,student_records", "--json")  # fmt: skip
    obligations = json.loads(result.stdout)["obligations"]
    by_paragraph = {o["paragraph"]: o for o in obligations}
    assert by_paragraph["6(a)"]["deadline"].startswith("2026-09-09T23:59:59")
    assert by_paragraph["6(c)"]["deadline"].startswith("2026-09-09T23:59:59")  # operator
    statute = by_paragraph["C.G.S. §10-234dd"]
    assert statute["basis"] == "statute" and statute["deadline"].startswith("2026-10-04")
    issuer = [o for o in obligations if o["party"] == "CREC"]
    assert issuer and all(o["counts"] == "business" for o in issuer)


def it_shortens_the_contractors_deadline_when_notice_is_urgent(
    cli: Cli,
) -> None:
    result = cli("breach", CONSULTANT, "--discovered", "2026-09-04 23:30",
                 "--data", "student_information", "--urgent", "--json")  # fmt: skip
    obligations = json.loads(result.stdout)["obligations"]
    contractor = [o for o in obligations if o["paragraph"] == "6(a)"]
    assert contractor[0]["deadline"].startswith("2026-09-06T23:59:59")
    assert not [o for o in obligations if o["paragraph"] in ("6(c)", "6(d)")]  # consultant


def it_counts_crecs_two_business_days_past_a_monday_holiday(
    cli: Cli,
) -> None:
    result = cli("breach", ACME, "--discovered", "2026-09-03 10:00", "--data",
                 "directory_information", "--notified", "2026-09-04 16:00")  # fmt: skip
    lines = result.stdout.splitlines()
    crec = [line for line in lines if "CREC:" in line]
    assert crec and all(line.startswith("September 9, 2026") for line in crec)  # Labor Day


@pytest.mark.parametrize(
    ("args", "message"),
    [(["--data", "shoe_sizes"], "shoe_sizes"),
     (["--data", "student_information", "--discovered", "Friday night"], "--discovered")],
    ids=["unknown-category", "bad-time"],
)  # fmt: skip
def it_rejects_bad_breach_input_with_one_line(cli: Cli, args: list[str], message: str) -> None:
    base = ["breach", ACME, "--discovered", "2026-09-04 23:30"]
    result = CliRunner().invoke(app, [str(a) for a in base + args])
    assert result.exit_code == 2
    assert message in result.stderr and len(result.stderr.splitlines()) == 1


def it_writes_the_breach_letter_and_website_posting(cli: Cli, tmp_path: Path) -> None:
    result = cli("breach", ACME, "--discovered", "2026-09-04 23:30", "--data",
                 "student_information", "--out", tmp_path, *DATE)  # fmt: skip
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == [f"acme-learning-inc-breach-{kind}-2026-09-04.{ext}"
                     for kind in ("letter", "posting") for ext in ("docx", "html")]  # fmt: skip
    letter = _docx_text(tmp_path / "acme-learning-inc-breach-letter-2026-09-04.docx")
    assert "September 4, 2026" in letter and "Acme Learning, Inc." in letter
    for path in tmp_path.iterdir():
        assert verify(path).intact, path.name


@pytest.mark.usefixtures("libreoffice")
def it_writes_the_deletion_request_and_certificate_ready_to_sign(cli: Cli, tmp_path: Path) -> None:
    result = cli("disposition", ECOLE, "--out", tmp_path, *DATE)
    assert result.exit_code == 0, result.output
    stem = "ecole-numerique-fils-learning-labs-d-hartford-inc"
    request = PdfReader(str(tmp_path / f"{stem}-deletion-request-2026-11-28.pdf"))
    certificate = PdfReader(str(tmp_path / f"{stem}-deletion-certificate-2026-11-28.pdf"))
    assert set(request.get_fields() or {}) == {"Signature-Issuer"}
    assert set(certificate.get_fields() or {}) == {"Signature-Contractor"}
    text = _docx_text(tmp_path / f"{stem}-deletion-certificate-2026-11-28.docx")
    assert "electronic account" in text  # the provision 7 exception: content_accounts is true
    for path in tmp_path.iterdir():
        assert verify(path).intact, path.name


@pytest.mark.usefixtures("libreoffice")
def it_leaves_the_account_exception_out_when_there_are_no_accounts(
    cli: Cli, tmp_path: Path
) -> None:
    cli("disposition", ACME, "--out", tmp_path, *DATE)
    text = _docx_text(tmp_path / "acme-learning-inc-deletion-certificate-2026-11-28.docx")
    assert "electronic account" not in text


@pytest.mark.usefixtures("libreoffice")
def it_lists_the_deletion_papers_it_wrote_as_json(cli: Cli, tmp_path: Path) -> None:
    result = cli("disposition", ACME, "--out", tmp_path, "--json", *DATE)
    assert result.exit_code == 0, result.output
    documents = json.loads(result.stdout)["documents"]
    assert [d["kind"] for d in documents] == ["deletion-request", "deletion-certificate"]
    outputs = [output for document in documents for output in document["outputs"]]
    assert sorted(Path(o["path"]).name for o in outputs) == sorted(
        p.name for p in tmp_path.iterdir()
    )
    for output in outputs:
        data = Path(output["path"]).read_bytes()
        assert output["sha256"] == hashlib.sha256(data).hexdigest()


@pytest.mark.parametrize(
    ("section", "days"),
    [("2. Within thirty (30) calendar days of receiving the request, Contractor shall", 30),
     ("(b)\tWithin forty-five (45)\ncalendar days of receiving the request, Contractor", 45)],
    ids=["as-shipped", "another-version-across-lines"],
)  # fmt: skip
def it_reads_the_deletion_period_from_the_agreements_own_words(section: str, days: int) -> None:
    assert deletion_days({"deletion-requests": section}, "SDPA-1") == days


def it_refuses_an_agreement_that_states_no_deletion_period() -> None:
    section = "Contractor shall delete the Student Data promptly."
    with pytest.raises(InputError, match="SDPA-1: its deletion-requests section states no period"):
        deletion_days({"deletion-requests": section}, "SDPA-1")


@pytest.mark.usefixtures("libreoffice")
def it_asks_for_deletion_within_the_period_the_agreement_sets(
    cli: Cli, tmp_path: Path, library_copy: Path
) -> None:
    """A library whose deletion-requests clause gives forty-five days (its edition's hash
    updated to match): the request asks for deletion within 45 days, the period it cites."""
    clause = library_copy / "deletion-requests" / "1.0.0.md"
    old_hash = hashlib.sha256(clause.read_bytes()).hexdigest()
    clause.write_text(clause.read_text().replace("thirty (30)", "forty-five (45)"))
    edition = library_copy / "editions" / "2026-07.yaml"
    new_hash = hashlib.sha256(clause.read_bytes()).hexdigest()
    edition.write_text(edition.read_text().replace(old_hash, new_hash))
    result = cli("disposition", ACME, "--out", tmp_path, "--library", library_copy, *DATE)
    assert result.exit_code == 0, result.output
    request = _docx_text(tmp_path / "acme-learning-inc-deletion-request-2026-11-28.docx")
    assert "within 45 calendar days of receiving this request" in request


def it_counts_days_on_connecticuts_calendar_whatever_zone_a_log_uses(
    cli: Cli,
) -> None:
    """02:00 UTC on September 5 is 22:00 on September 4 in Hartford."""
    results = [
        json.loads(cli("breach", ACME, "--discovered", when, "--data", "student_information",
                       "--json").stdout)["obligations"]
        for when in ("2026-09-05T02:00Z", "2026-09-04 22:00")
    ]  # fmt: skip
    assert results[0] == results[1]
    assert results[0][0]["deadline"] == "2026-09-09T23:59:59-04:00"


@pytest.mark.usefixtures("libreoffice")
def it_cites_the_issued_agreement_when_given(cli: Cli, tmp_path: Path, library_copy: Path) -> None:
    """Paperwork cites the agreement as signed, not as the library would build it today."""
    issued = tmp_path / "issued"
    cli("build", ACME, "--out", issued, "--format", "docx", "--esign", "docusign", *DATE)
    agreement = issued / "acme-learning-inc.docx"
    from crec_assemble.render.manifest import read_manifest_file

    issued_id = read_manifest_file(agreement).agreement_id
    out = tmp_path / "out"
    result = cli("disposition", ACME, "--out", out, "--agreement", agreement, *DATE)
    assert result.exit_code == 0, result.output
    request = _docx_text(out / "acme-learning-inc-deletion-request-2026-11-28.docx")
    assert issued_id in request
    other = CliRunner().invoke(app, ["notice", str(CONSULTANT), "--executed", "2026-11-25",
                                     "--out", str(out), "--agreement", str(agreement)])  # fmt: skip
    assert other.exit_code == 2
    assert "issued to 'Acme Learning, Inc.'" in other.stderr


def it_warns_when_the_breached_data_is_not_in_the_profile() -> None:
    result = CliRunner().invoke(
        app,
        [
            "breach",
            str(CONSULTANT),
            "--discovered",
            "2026-09-04 23:30",
            "--data",
            "student_generated_content",
        ],
    )
    assert result.exit_code == 0
    assert "declares no student_generated_content" in result.stderr
