"""The gap report a vendor receives, as a web page or a Word document.

The audit decides; this module only lays its verdict out. It sits below
:mod:`crec_assemble.audit` in the layers, so it takes plain data
(:class:`GapReport`), not the audit's own types.
"""

from __future__ import annotations

import html
import io
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from docx.document import Document

__all__ = ["GapReport", "GapRow", "gap_report_docx", "gap_report_html"]

_INTRO = (
    "This report compares the document with Connecticut Regulation 3520.13-R "
    "(Capitol Region Education Council). A contract without provisions 1-10 is void. "
    "Each requirement is present, weak (there, but short of the regulation) or missing; "
    "the passage quoted is the one that decided it."
)
_TITLE = "Student data privacy gap report"
_HEADINGS = ("Req.", "Requirement", "Finding", "Why", "Passage")
# Named, not left to python-docx's template: its theme fonts (Calibri, Cambria) are not on
# Debian, and LibreOffice would substitute DejaVu. These two map to the metric-compatible
# Liberation fonts.
_BODY_FONT = "Times New Roman"
_HEADING_FONT = "Arial"
# What XML 1.0 cannot hold (and HTML calls a parse error): control characters but tab and
# line breaks, lone surrogates, U+FFFE and U+FFFF. A vendor's file may hold any of them; the
# report shows U+FFFD in their place.
_UNPRINTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


@dataclass(frozen=True)
class GapRow:
    """One requirement's line of the report, as the vendor reads it."""

    requirement: str
    summary: str
    finding: str
    why: str
    passage: str


@dataclass(frozen=True)
class GapReport:
    """What the report shows: which document, for which role, the verdict and each row."""

    name: str
    role: str
    verdict: str
    rows: tuple[GapRow, ...]

    def printable(self) -> GapReport:
        """The report with every character a DOCX or web page cannot hold replaced."""
        return GapReport(
            _printable(self.name),
            _printable(self.role),
            _printable(self.verdict),
            tuple(GapRow(*(_printable(cell) for cell in _cells(row))) for row in self.rows),
        )


def gap_report_html(report: GapReport) -> bytes:
    """The report as one self-contained web page; every value escaped as HTML text."""
    report = report.printable()
    rows = "\n".join(
        "<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in _cells(row)) + "</tr>"
        for row in report.rows
    )
    headings = "".join(f"<th>{heading}</th>" for heading in _HEADINGS)
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{_TITLE}: {html.escape(report.name)}</title>
<style>body{{font-family:sans-serif;max-width:70em;margin:2em auto}}
td,th{{border:1px solid #999;padding:.3em;vertical-align:top}}
table{{border-collapse:collapse}}</style>
</head><body>
<h1>{_TITLE}</h1>
<p>{html.escape(report.name)} ({html.escape(report.role)})</p>
<p>{html.escape(_INTRO)}</p>
<p><strong>{html.escape(report.verdict)}</strong></p>
<table><tr>{headings}</tr>
{rows}
</table></body></html>
"""
    return page.encode("utf-8")


def gap_report_docx(report: GapReport) -> bytes:
    """The report as a Word document, the same bytes for the same report."""
    import docx

    from .docx import normalise_zip

    report = report.printable()
    document = docx.Document()
    _name_fonts(document)
    properties = document.core_properties
    properties.author = properties.last_modified_by = "crec-assemble"
    properties.title = f"{_TITLE}: {report.name}"
    document.add_heading(_TITLE, 1)
    document.add_paragraph(f"{report.name} ({report.role})")
    document.add_paragraph(_INTRO)
    document.add_paragraph(report.verdict).runs[0].bold = True
    table = document.add_table(rows=1, cols=len(_HEADINGS))
    table.style = "Table Grid"
    for cell, title in zip(table.rows[0].cells, _HEADINGS, strict=True):
        cell.text = title
    for row in report.rows:
        for cell, text in zip(table.add_row().cells, _cells(row), strict=True):
            cell.text = text
    output = io.BytesIO()
    document.save(output)
    return normalise_zip(output.getvalue())


def _printable(text: str) -> str:
    return _UNPRINTABLE.sub("\ufffd", text)


def _cells(row: GapRow) -> tuple[str, ...]:
    return (row.requirement, row.summary, row.finding, row.why, row.passage)


def _name_fonts(document: Document) -> None:
    """Every font of the styles, the defaults among them, named instead of the theme's.

    A theme attribute (``w:asciiTheme="minorHAnsi"``) outranks a named font, so each goes,
    and the font it stood for is named: the theme's headings ("major") in Arial, the rest
    in Times New Roman.
    """
    from docx.oxml.ns import qn

    themed = [qn(f"w:{script}Theme") for script in ("ascii", "hAnsi", "eastAsia")] + [
        qn("w:cstheme")
    ]
    for fonts in document.styles.element.iter(qn("w:rFonts")):
        theme = " ".join(fonts.attrib.pop(attribute, "") for attribute in themed)
        font = _HEADING_FONT if "major" in theme else _BODY_FONT
        for script in ("ascii", "hAnsi", "eastAsia", "cs"):
            fonts.set(qn(f"w:{script}"), font)
