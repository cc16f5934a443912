"""An audit's result, for staff (terminal, JSON) and for the vendor (an HTML or DOCX gap report).

The order is the order of risk: first what would make the contract void
(provisions 1-10 missing or weak), then the policy's other requirements,
then what is in order.
"""

from __future__ import annotations

import html
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..library.catalogue import load_catalogue
from ..model import Role
from ..pipeline.files import check_targets, write_all
from ..resources import default_library
from .findings import AuditFinding, audit_file

__all__ = ["AuditReport", "audit_document", "write_report"]

_LABEL = {"present": "present", "weak": "WEAK", "missing": "MISSING"}


@dataclass(frozen=True)
class AuditReport:
    """Every applicable requirement's finding for one vendor document."""

    file: Path
    role: Role
    findings: tuple[AuditFinding, ...]

    @property
    def void_risk(self) -> tuple[AuditFinding, ...]:
        """Provisions 1-10 missing or weak: without them the contract is void."""
        return tuple(f for f in self.findings if f.requirement.validity and f.status != "present")

    @property
    def policy_gaps(self) -> tuple[AuditFinding, ...]:
        return tuple(
            f for f in self.findings if not f.requirement.validity and f.status != "present"
        )

    @property
    def gaps(self) -> tuple[str, ...]:
        return tuple(f.requirement.id for f in (*self.void_risk, *self.policy_gaps))

    def summary(self) -> str:
        if not self.gaps:
            return f"{self.file}: every requirement for an {self.role} is present"
        void = ", ".join(f.requirement.id for f in self.void_risk) or "none"
        policy = ", ".join(f.requirement.id for f in self.policy_gaps) or "none"
        risk = "VOID RISK: " if self.void_risk else ""
        return f"{self.file}: {risk}provisions 1-10 missing or weak: {void}; other gaps: {policy}"

    def ordered(self) -> tuple[AuditFinding, ...]:
        return (
            *self.void_risk,
            *self.policy_gaps,
            *(f for f in self.findings if f.status == "present"),
        )

    @property
    def exit_code(self) -> int:
        """0 when every requirement is present, 1 when anything is missing or weak."""
        return 1 if self.gaps else 0

    def lines(self) -> list[str]:
        """The report for a terminal: the summary, then each requirement in order of risk."""
        rows = []
        for finding in self.ordered():
            where = f" [{finding.sentence.location}]" if finding.sentence else ""
            rows.append(f"  {finding.requirement.id:<5} {finding.status:<8} {finding.why}{where}")
        return [self.summary(), *rows]

    def as_json(self) -> dict[str, Any]:
        return {
            "file": str(self.file),
            "role": self.role,
            "void_risk": [f.requirement.id for f in self.void_risk],
            "policy_gaps": [f.requirement.id for f in self.policy_gaps],
            "findings": [f.as_json() for f in self.ordered()],
        }


def audit_document(file: Path, role: Role, library: Path | None = None) -> AuditReport:
    """Audit a vendor's document against the requirement catalogue of ``library``.

    The catalogue is all the audit needs; the clauses come in only for the gap addendum.

    Raises:
        InputError: the file cannot be read, or the catalogue is bad.
    """
    requirements = load_catalogue((library or default_library()) / "requirements.yaml")
    return AuditReport(file, role, tuple(audit_file(file, role, requirements)))


def write_report(report: AuditReport, target: Path, *, force: bool) -> None:
    """Write the gap report as ``.html``, ``.docx`` or ``.json``, by the target's suffix.

    Raises:
        InputError: for another suffix, or a target that exists without ``force``.
    """
    writers = {".html": _html, ".docx": _docx, ".json": _json}
    writer = writers.get(target.suffix.lower())
    if writer is None:
        raise InputError(f"--out: {target.name}: write the report as .html, .docx or .json")
    check_targets([target], force=force)
    write_all({target: writer(report)})


def _json(report: AuditReport) -> bytes:
    import json

    return (json.dumps(report.as_json(), indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def _rows(report: AuditReport) -> list[tuple[str, str, str, str, str]]:
    return [
        (
            f.requirement.id,
            f"{f.requirement.summary} (paragraph {f.requirement.paragraph})",
            _LABEL[f.status],
            f.why,
            f"{f.sentence.location}: “{f.sentence.text}”" if f.sentence else "",
        )
        for f in report.ordered()
    ]


_INTRO = (
    "This report compares the document with Connecticut Regulation 3520.13-R "
    "(Capitol Region Education Council). A contract without provisions 1-10 is void. "
    "Each requirement is present, weak (there, but short of the regulation) or missing; "
    "the passage quoted is the one that decided it."
)


def _html(report: AuditReport) -> bytes:
    rows = "\n".join(
        "<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>"
        for row in _rows(report)
    )
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Student data privacy gap report: {html.escape(report.file.name)}</title>
<style>body{{font-family:sans-serif;max-width:70em;margin:2em auto}}
td,th{{border:1px solid #999;padding:.3em;vertical-align:top}}
table{{border-collapse:collapse}}</style>
</head><body>
<h1>Student data privacy gap report</h1>
<p>{html.escape(report.file.name)} ({report.role})</p>
<p>{html.escape(_INTRO)}</p>
<p><strong>{html.escape(report.summary().split(": ", 1)[1])}</strong></p>
<table><tr><th>Req.</th><th>Requirement</th><th>Finding</th><th>Why</th><th>Passage</th></tr>
{rows}
</table></body></html>
"""
    return page.encode("utf-8")


def _docx(report: AuditReport) -> bytes:
    import docx

    from ..render.docx import normalise_zip

    document = docx.Document()
    properties = document.core_properties
    properties.author = properties.last_modified_by = "crec-assemble"
    properties.title = f"Student data privacy gap report: {report.file.name}"
    document.add_heading("Student data privacy gap report", 1)
    document.add_paragraph(f"{report.file.name} ({report.role})")
    document.add_paragraph(_INTRO)
    document.add_paragraph(report.summary().split(": ", 1)[1]).runs[0].bold = True
    table = document.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    for cell, title in zip(
        table.rows[0].cells, ("Req.", "Requirement", "Finding", "Why", "Passage"), strict=True
    ):
        cell.text = title
    for row in _rows(report):
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    output = io.BytesIO()
    document.save(output)
    return normalise_zip(output.getvalue())
