"""``audit``: a vendor's own paper against the regulation, measured on a labelled corpus.

The corpus (tests/corpus/, labels in labels.yaml) holds our own agreements, vendor DPAs,
other states' addenda, commercial terms, a privacy policy and adversarial documents
(negations, carve-outs, weakened deadlines, provisions split across paragraphs, terms in
tables, a PDF with broken lines). These tests hold the audit to the labels, then follow the
package: the lexicon, the rules and their registry, the breach deadlines read from the
catalogue, the report and the gap addendum.
"""

from __future__ import annotations

import json
import re
import zipfile
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from types import MappingProxyType

import pytest

from crec_assemble.audit.durations import governing_period, periods_in_days
from crec_assemble.audit.exceptions import broad_exception
from crec_assemble.audit.findings import audit_file, audit_sentences
from crec_assemble.audit.lexicon import negated
from crec_assemble.audit.reader import Sentence
from crec_assemble.audit.rules import RULES, Verdict, rule_for
from crec_assemble.audit.rules.registry import rule
from crec_assemble.audit.run import AuditOptions, audit_contract
from crec_assemble.library.catalogue import REQUIREMENT_IDS
from crec_assemble.library.clauses import ClauseLibrary
from crec_assemble.model import Requirement, Role
from crec_assemble.render.manifest import read_manifest_file
from crec_assemble.verify import verify

from audit_corpus import CORPUS, evaluate, labels
from conftest import EXAMPLES, ROOT, Cli


def _status(path: Path, library: ClauseLibrary, role: Role = "operator") -> dict[str, str]:
    return {f.requirement.id: f.status for f in audit_file(path, role, library.requirements)}


def _sentences(*texts: str) -> list[Sentence]:
    return [Sentence(text, f"paragraph {n}", n) for n, text in enumerate(texts, 1)]


def _requirement(library: ClauseLibrary, rid: str, **parameters: object) -> Requirement:
    """The catalogue's entry for ``rid``, with some of its parameters changed."""
    (entry,) = [r for r in library.requirements if r.id == rid]
    return replace(entry, parameters=MappingProxyType({**entry.parameters, **parameters}))


# -- Findings: the corpus, as labelled -----------------------------------------------------


def it_finds_the_gaps_the_labels_record_across_the_corpus(library: ClauseLibrary) -> None:
    overall, per, errors = evaluate(library)
    assert len(labels()) >= 15
    assert overall.precision >= 0.90 and overall.recall >= 0.90, errors
    weakest = {rid: (s.precision, s.recall) for rid, s in per.items()
               if min(s.precision, s.recall) < 0.75}  # fmt: skip
    assert not weakest, errors


def it_labels_each_requirement_of_a_corpus_document_once() -> None:
    twice = {
        (name, rid)
        for name, entry in labels().items()
        for rid in set(entry.get("weak", [])) & set(entry.get("missing", []))
        | set(entry.get("weak", [])) & set(entry.get("present", []) or [])
        | set(entry.get("missing", [])) & set(entry.get("present", []) or [])
    }
    assert not twice


@pytest.mark.parametrize("name", sorted(labels()))
def it_reads_each_corpus_document_as_labelled(name: str, library: ClauseLibrary) -> None:
    from audit_corpus import expected

    entry = labels()[name]
    findings = audit_file(CORPUS / name, entry["role"], library.requirements)
    truth = expected(entry, [f.requirement.id for f in findings])
    wrong = {f.requirement.id: (truth[f.requirement.id], f.status, f.why) for f in findings
             if truth[f.requirement.id] != f.status}  # fmt: skip
    assert not wrong


# -- The lexicon: polarity, carve-outs, periods ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "verb", "denied"),
    [("Provider shall not sell student data.", r"\bsell", True),
     ("Provider agrees never to sell student data.", r"\bsell", True),
     ("Provider is prohibited from selling student data.", r"\bsell", True),
     ("No student data shall be sold.", r"\bsold", True),
     ("Provider may sell de-identified data.", r"\bsell", False),
     ("Provider shall not delay notice; it will sell aggregate data.", r"\bsell", False)],
    ids=["shall-not", "agrees-never", "prohibited-from", "opening-no", "permission",
         "denial-in-another-clause"],
)  # fmt: skip
def it_knows_whether_a_verb_is_denied(text: str, verb: str, denied: bool) -> None:
    assert negated(text, verb) is denied


@pytest.mark.parametrize(
    ("text", "broad"),
    [("Provider will not sell student data, except as required by law.", False),
     ("Provider will not disclose student data unless directed by the District.", False),
     ("Provider will not advertise, except as required to operate the service.", True),
     ("Provider uses data only for the Services or any other purpose it deems fit.", True)],
    ids=["the-law", "the-schools-direction", "to-operate-the-service", "as-it-deems-fit"],
)  # fmt: skip
def it_tells_the_exceptions_the_regulation_allows_from_broad_ones(text: str, broad: bool) -> None:
    assert broad_exception(text) is broad


@pytest.mark.parametrize(
    ("text", "days"),
    [("within forty-eight (48) hours", [2.0]),
     ("within ten (10) business days", [14.0]),
     ("within 2 weeks or thirty days", [14.0, 30.0]),
     ("promptly", [])],
    ids=["hours", "business-days-count-1.4", "weeks-and-days", "no-period"],
)  # fmt: skip
def it_reads_periods_in_calendar_days(text: str, days: list[float]) -> None:
    assert periods_in_days(text) == pytest.approx(days)


def it_takes_the_period_a_notice_sets_not_a_later_reports() -> None:
    two = "notify within five (5) days, and within ten (10) days for directory information"
    assert (governing_period(two, min), governing_period(two, max)) == (5, 10)
    assert governing_period("notify within 3 days, with a final report within 30 days") == 3


def it_is_not_fooled_by_negation_or_carve_outs(tmp_path: Path, library: ClauseLibrary) -> None:
    paper = tmp_path / "terms.md"
    paper.write_text(
        "Provider may sell de-identified data to its partners.\n\n"
        "Provider will not use student data for targeted advertising, except as required to "
        "operate the service.\n\n"
        "Provider shall not sell, rent or trade student data.\n\n"
        "Nothing in these terms requires Provider to comply with FERPA.\n"
    )
    found = _status(paper, library)
    assert found["R13"] == "weak"  # the exception swallows the promise
    assert found["R15d"] == "present"  # the real promise, not the permission
    assert found["R8"] == "missing"  # FERPA named only to be disclaimed


def it_recognises_long_forms_and_synonyms(tmp_path: Path, library: ClauseLibrary) -> None:
    paper = tmp_path / "terms.txt"
    paper.write_text(
        "The Company shall comply with the Family Educational Rights and Privacy Act.\n\n"
        "The Company shall not engage any subprocessor without the LEA's prior written "
        "consent, and each subprocessor shall be bound by the same obligations.\n"
    )
    found = _status(paper, library)
    assert (found["R8"], found["R14"]) == ("present", "present")


# -- The rules: one per requirement, registered by id --------------------------------------


def it_has_one_rule_for_every_requirement_of_the_catalogue() -> None:
    assert sorted(RULES, key=REQUIREMENT_IDS.index) == list(REQUIREMENT_IDS)
    assert all(RULES[rid].requirement_id == rid for rid in REQUIREMENT_IDS)


def it_names_each_rule_for_what_it_checks() -> None:
    assert rule_for("R6a").name == "breach_of_student_information_notified_to_the_school_in_time"
    assert rule_for("R9").name == "connecticut_law_governs"
    assert all(not r.name.startswith("_") and len(r.name.split("_")) >= 3 for r in RULES.values())


def _nothing_found(sentences: Sequence[Sentence]) -> Verdict:
    return Verdict("missing", None, "never registered")


def it_refuses_a_rule_for_a_requirement_the_regulation_does_not_have() -> None:
    with pytest.raises(ValueError, match=r"'R16', not a requirement of the catalogue"):
        rule("R16")(_nothing_found)
    assert "R16" not in RULES


def it_refuses_a_second_rule_for_one_requirement() -> None:
    with pytest.raises(ValueError, match="second rule for R9, already judged by connecticut_law"):
        rule("R9")(_nothing_found)
    assert RULES["R9"].name == "connecticut_law_governs"


def it_fails_loudly_on_a_requirement_without_a_rule(library: ClauseLibrary) -> None:
    unknown = replace(library.requirements[0], id="R16")
    with pytest.raises(LookupError, match="no audit rule judges requirement R16"):
        audit_sentences(_sentences("Provider shall comply with FERPA."), [unknown], "operator")


@pytest.mark.parametrize(
    ("text", "requirement", "status"),
    [("## 9. FERPA\n\nVendor makes no representation that the Services comply with FERPA.",
      "R8", "missing"),  # a heading is not a promise
     ("Schools are responsible for compliance with FERPA.", "R8", "missing"),
     ("Upon termination, Provider will retain Student Data for five (5) years.", "R7", "weak"),
     ("Vendor may engage subcontractors without the District's prior written consent, provided "
      "that subcontractors are bound by the same obligations.", "R14", "weak"),
     ("Vendor will use Student Data only to provide the Services and for any other purpose "
      "Vendor deems appropriate.", "R3", "weak"),
     ("Provider shall not notify parents or students of a breach; the District shall.",
      "R6c", "missing"),
     ("If Vendor learns of a breach, Vendor will notify affected users within 30 days.",
      "R6a", "missing"),  # "learns" is not the LEA
     ("Provider is prohibited from using or selling Student Data to enable Targeted "
      "Advertising.", "R13", "present"),
     ("Student Data shall be used for no purpose other than the Services.", "R3", "present"),
     ("Vendor is not obligated to delete Student Data upon request.", "R2", "missing")],
)  # fmt: skip
def it_reads_the_wording_real_vendor_paper_uses(
    tmp_path: Path, library: ClauseLibrary, text: str, requirement: str, status: str
) -> None:
    paper = tmp_path / "terms.md"
    paper.write_text(text + "\n")
    assert _status(paper, library)[requirement] == status


# -- Breach notice: the deadlines the catalogue sets ---------------------------------------


@pytest.mark.parametrize(
    ("rid", "days", "status", "why"),
    [("R6b", 10, "present", "within 7 days (10 days)"),
     ("R6b", 5, "weak", "within 7 days; the regulation requires 5 days"),
     ("R6d", 10, "present", "within 7 days (10 days)"),
     ("R6d", 6, "weak", "within 7 days; the regulation requires 6 days")],
    ids=["6b-as-shipped", "6b-shortened", "6d-as-shipped", "6d-shortened"],
)  # fmt: skip
def it_judges_a_notice_period_against_the_deadline_the_catalogue_sets(
    library: ClauseLibrary, rid: str, days: int, status: str, why: str
) -> None:
    paper = _sentences(
        "Provider shall notify the District and the affected students and parents of a "
        "security incident within seven (7) days of discovery."
    )
    requirement = _requirement(library, rid, deadline_days=days)
    (finding,) = audit_sentences(paper, [requirement], "operator")
    assert finding.status == status
    assert why in finding.why


def it_asks_for_the_urgent_notice_the_catalogue_sets(library: ClauseLibrary) -> None:
    paper = _sentences(
        "Provider shall notify the District of a breach within three (3) days, and within "
        "two (2) days where misuse is imminent."
    )
    shipped = _requirement(library, "R6a")
    one_day = _requirement(library, "R6a", urgent_deadline_days=1)
    assert audit_sentences(paper, [shipped], "operator")[0].status == "present"
    (finding,) = audit_sentences(paper, [one_day], "operator")
    assert finding.status == "weak"
    assert finding.why == (
        "breach notice to the school within five days, but no one-day notice when misuse is "
        "imminent"
    )


def it_judges_deadlines_against_the_regulations_days(tmp_path: Path,
                                                     library: ClauseLibrary) -> None:  # fmt: skip
    cases = {
        "within forty-eight (48) hours of discovery": ("present", "present"),
        "within five (5) calendar days of discovery": ("weak", "present"),
        "within ten (10) business days of discovery": ("weak", "weak"),
        "promptly": ("weak", "weak"),
        "within thirty (30) days": ("weak", "weak"),
    }
    for when, (r6a, r6b) in cases.items():
        paper = tmp_path / "breach.md"
        paper.write_text(f"Provider shall notify the District of a breach of security {when}.\n")
        found = _status(paper, library)
        assert (found["R6a"], found["R6b"]) == (r6a, r6b), when


# -- Reading, the report and the gap addendum, through the CLI ------------------------------


def it_explains_files_it_cannot_read(cli: Cli, tmp_path: Path) -> None:
    image = tmp_path / "scan.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    binary = tmp_path / "data.bin"
    binary.write_bytes(b"\x00\x01\x02 text")
    assert cli("audit", binary).exit_code == 2
    result = cli("audit", image)
    assert result.exit_code == 2
    assert result.stderr == (
        f"{image}: an image (PNG); audit reads PDF, DOCX, HTML, Markdown or plain text\n"
    )
    assert cli("audit", CORPUS / "partial-dpa.md", "--report", tmp_path / "r.pdf").exit_code == 2


def it_reports_void_risks_first_and_writes_a_gap_report(cli: Cli, tmp_path: Path) -> None:
    paper = CORPUS / "partial-dpa.md"
    report = tmp_path / "gaps.html"
    result = cli("audit", paper, "--report", report)
    assert result.exit_code == 1
    first, *rows = result.stdout.splitlines()
    assert first.startswith(f"{paper}: VOID RISK: provisions 1-10 missing or weak: R2, R4,")
    statuses = [row.split()[1] for row in rows if row.startswith("  ")]
    assert statuses.index("present") > max(i for i, s in enumerate(statuses) if s != "present") \
        or statuses[-1] == "present"  # fmt: skip
    page = report.read_text()
    assert "Student data privacy gap report" in page and "MISSING" in page and "R6a" in page
    as_json = json.loads(cli("audit", paper, "--json").stdout)
    assert as_json["void_risk"][:2] == ["R2", "R4"] and "R12" in as_json["policy_gaps"]
    docx_report = tmp_path / "gaps.docx"
    cli("audit", paper, "--report", docx_report)
    again = tmp_path / "again.docx"
    cli("audit", paper, "--report", again)
    assert zipfile.is_zipfile(docx_report) and docx_report.read_bytes() == again.read_bytes()


def it_exits_0_when_nothing_is_missing(cli: Cli) -> None:
    result = cli("audit", CORPUS / "vendor-dpa-complete.md")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0].endswith("every requirement for an operator is present")


@pytest.mark.e2e
def it_builds_the_addendum_that_fills_exactly_the_gaps(cli: Cli, tmp_path: Path) -> None:
    paper, out = CORPUS / "table-terms.html", tmp_path / "out"
    gaps = json.loads(cli("audit", paper, "--json").stdout)
    wanted = set(gaps["void_risk"]) | set(gaps["policy_gaps"])
    result = cli("audit", paper, "--addendum", EXAMPLES[0], "--out", out,
                 "--date", "2026-11-28", "--json")  # fmt: skip
    assert result.exit_code == 1  # the vendor's paper still has gaps; the addendum fills them
    (pdf,) = out.glob("*-gap-addendum.pdf")
    (document,) = json.loads(result.stdout)["documents"]  # as build --json lists them
    assert [output["path"] for output in document["outputs"]] == [str(pdf.with_suffix(".docx")),
                                                                   str(pdf)]  # fmt: skip
    recorded = read_manifest_file(pdf).data
    assert verify(pdf).intact and not recorded["unmet"]
    assert set(recorded["requirements"]) == wanted  # the gate checked exactly the gaps
    clauses = [section["clause"] for section in recorded["sections"]]
    assert "addendum-precedence" in clauses  # it controls over the vendor's terms
    assert "ferpa" not in clauses and "governing-law" not in clauses  # already in its paper


@pytest.mark.parametrize(
    ("name", "data", "wrong"),
    [
        ("terms.pdf", b"Provider shall not sell student data.\n", "not a PDF inside"),
        ("terms.docx", b"%PDF-1.7 truncated", "not a DOCX inside"),
    ],
    ids=["text-named-pdf", "pdf-named-docx"],
)
def it_refuses_a_pdf_or_docx_whose_bytes_are_not_one(
    cli: Cli, tmp_path: Path, name: str, data: bytes, wrong: str
) -> None:
    """Read as text, a damaged download would be reported as missing every provision."""
    damaged = tmp_path / name
    damaged.write_bytes(data)
    result = cli("audit", damaged)
    assert result.exit_code == 2 and not result.stdout
    assert result.stderr == (
        f"{damaged}: {wrong} (damaged, or another kind of file renamed); "
        "audit reads PDF, DOCX, HTML, Markdown or plain text\n"
    )


def it_checks_the_reports_target_before_printing_any_finding(cli: Cli, tmp_path: Path) -> None:
    paper = CORPUS / "partial-dpa.md"
    wrong_kind = cli("audit", paper, "--report", tmp_path / "gaps.pdf")
    assert (wrong_kind.exit_code, wrong_kind.stdout) == (2, "")
    assert wrong_kind.stderr == "--report: gaps.pdf: write the report as .html, .docx or .json\n"
    existing = tmp_path / "gaps.html"
    existing.write_text("kept")
    refused = cli("audit", paper, "--report", existing)
    assert (refused.exit_code, refused.stdout) == (2, "")
    assert "already exists; use --force" in refused.stderr and existing.read_text() == "kept"
    assert cli("audit", paper, "--report", existing, "--force").exit_code == 1
    assert existing.read_text().startswith("<!DOCTYPE html>")


def it_puts_the_report_and_the_documents_in_its_json(cli: Cli, tmp_path: Path) -> None:
    report = tmp_path / "gaps.json"
    result = cli("audit", CORPUS / "partial-dpa.md", "--report", report, "--json")
    assert result.exit_code == 1 and not result.stderr
    printed = json.loads(result.stdout)
    assert printed["report"] == str(report) and printed["documents"] == []
    written = json.loads(report.read_text())
    assert written["findings"] == printed["findings"]


def it_judges_the_vendor_by_the_role_of_the_addendums_profile(cli: Cli) -> None:
    """Whoever signs the addendum owes what the audit asks for; no addendum is needed when
    nothing is missing, and the terminal says so."""
    complete = CORPUS / "vendor-dpa-complete.md"
    consultant = ROOT / "examples" / "capitol-evaluation.yaml"
    result = cli("audit", complete, "--addendum", consultant)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == f"{complete}: every requirement for a consultant is present"
    assert lines[-1] == "no gap addendum: nothing is missing or weak"
    printed = json.loads(cli("audit", complete, "--addendum", consultant, "--json").stdout)
    assert (printed["role"], printed["documents"]) == ("consultant", [])


def it_refuses_a_role_that_contradicts_the_addendums_profile(cli: Cli, tmp_path: Path) -> None:
    """An operator's paper lacking R6c-d and R15 must not pass as a consultant's."""
    operator, out = ROOT / "examples" / "acme-learning.yaml", tmp_path / "out"
    result = cli("audit", CORPUS / "partial-dpa.md", "--addendum", operator,
                 "--role", "consultant", "--out", out)  # fmt: skip
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (
        f"--role consultant: {operator} is for an operator, and the addendum must meet what an "
        "operator owes; leave out --role\n"
    )
    assert not out.exists()


def it_heads_the_report_with_the_verdict_whatever_the_file_is_called(tmp_path: Path) -> None:
    paper = tmp_path / "Terms: v2.md"
    paper.write_text((CORPUS / "partial-dpa.md").read_text())
    report = tmp_path / "gaps.html"
    result = audit_contract(paper, AuditOptions(report=report))
    verdict = result.audit.verdict()
    assert verdict.startswith("VOID RISK: provisions 1-10 missing or weak: R2, R4,")
    assert result.audit.summary() == f"{paper}: {verdict}"
    assert f"<strong>{verdict}</strong>" in report.read_text()


def it_writes_the_docx_report_in_fonts_every_machine_has(tmp_path: Path) -> None:
    """python-docx's template names Calibri and Cambria through its theme; Debian has neither."""
    report = tmp_path / "gaps.docx"
    audit_contract(CORPUS / "partial-dpa.md", AuditOptions(report=report))
    with zipfile.ZipFile(report) as docx:
        styles = docx.read("word/styles.xml").decode()
    named = "".join(re.findall(r"<w:rFonts [^>]*>", styles))
    fonts = set(re.findall(r'w:(?:ascii|hAnsi|eastAsia|cs)="([^"]+)"', named))
    assert fonts == {"Times New Roman", "Arial"}
    assert "Theme=" not in styles and "cstheme" not in styles


def it_audits_through_the_public_api_alone() -> None:
    import crec_assemble

    result = crec_assemble.audit_contract(
        CORPUS / "vendor-dpa-complete.md", crec_assemble.AuditOptions(role="consultant")
    )
    assert isinstance(result, crec_assemble.AuditResult)
    assert result.exit_code == 0 and result.as_json()["role"] == "consultant"
