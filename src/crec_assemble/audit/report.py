"""An audit's result, for staff (terminal, JSON) and for the vendor (an HTML or DOCX gap report).

The order is the order of risk: first what would make the contract void
(provisions 1-10 missing or weak), then the policy's other requirements,
then what is in order.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import InputError
from ..inputs.vocabulary import with_article
from ..model import Role
from .findings import AuditFinding

if TYPE_CHECKING:  # the gap report's renderer is imported when --report asks for it
    from ..render.gap_report import GapReport

__all__ = ["AuditReport", "report_writer"]

_LABEL = {"present": "present", "weak": "WEAK", "missing": "MISSING"}


@dataclass(frozen=True)
class AuditReport:
    """Every applicable requirement's finding for one vendor document."""

    file: Path
    role: Role
    findings: tuple[AuditFinding, ...]
    notes: tuple[str, ...] = ()  # what the reader left out ("template directives dropped")

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

    def verdict(self) -> str:
        """The finding in one line, without the file's name (the report's heading)."""
        if not self.gaps:
            return f"every requirement for {with_article(self.role)} is present"
        void = ", ".join(f.requirement.id for f in self.void_risk) or "none"
        policy = ", ".join(f.requirement.id for f in self.policy_gaps) or "none"
        risk = "VOID RISK: " if self.void_risk else ""
        return f"{risk}provisions 1-10 missing or weak: {void}; other gaps: {policy}"

    def summary(self) -> str:
        """The verdict after the file's name, for a terminal listing many files."""
        return f"{self.file}: {self.verdict()}"

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
        return [self.summary(), *(f"  note: {note}" for note in self.notes), *rows]

    def as_json(self) -> dict[str, Any]:
        return {
            "file": str(self.file),
            "role": self.role,
            "void_risk": [f.requirement.id for f in self.void_risk],
            "policy_gaps": [f.requirement.id for f in self.policy_gaps],
            "notes": list(self.notes),
            "findings": [f.as_json() for f in self.ordered()],
        }

    def gap_report(self) -> GapReport:
        """The report as the vendor reads it: plain rows, for :mod:`~crec_assemble.render`."""
        from ..render.gap_report import GapReport, GapRow

        return GapReport(
            name=self.file.name,
            role=self.role,
            verdict=" ".join([self.verdict(), *(f"(Note: {note}.)" for note in self.notes)]),
            rows=tuple(
                GapRow(
                    f.requirement.id,
                    f"{f.requirement.summary} (paragraph {f.requirement.paragraph})",
                    _LABEL[f.status],
                    f.why,
                    f"{f.sentence.location}: “{f.sentence.text}”" if f.sentence else "",
                )
                for f in self.ordered()
            ),
        )


def report_writer(target: Path) -> Callable[[AuditReport], bytes]:
    """What writes a report to ``target``: HTML, DOCX or JSON, by its suffix.

    Raises:
        InputError: for another suffix.
    """
    writers: dict[str, Callable[[AuditReport], bytes]] = {
        ".html": _html,
        ".docx": _docx,
        ".json": _json,
    }
    writer = writers.get(target.suffix.lower())
    if writer is None:
        raise InputError(f"--report: {target.name}: write the report as .html, .docx or .json")
    return writer


def _html(report: AuditReport) -> bytes:
    from ..render.gap_report import gap_report_html

    return gap_report_html(report.gap_report())


def _docx(report: AuditReport) -> bytes:
    from ..render.gap_report import gap_report_docx

    return gap_report_docx(report.gap_report())


def _json(report: AuditReport) -> bytes:
    return (json.dumps(report.as_json(), indent=2, ensure_ascii=False) + "\n").encode("utf-8")
