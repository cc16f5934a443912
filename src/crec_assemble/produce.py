"""Documents → files: render, convert, read back, then write everything or nothing.

``build``, ``notice``, ``breach`` and ``disposition`` all end here. Each
document is rendered to DOCX through the Word template, PDFs come from one
LibreOffice process for the whole set, HTML and plain text are rendered
directly; every DOCX, PDF and HTML file is read back and compared with its
manifest before any file is put in place.
"""

from __future__ import annotations

import hashlib
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from . import __version__
from .errors import ConversionError, InputError
from .manifest import build_manifest, dump_manifest
from .model import Agreement
from .outputs import check_targets, write_all
from .pdf import LibreOffice, PdfInfo, SignatureLine, find_soffice, finish_pdf
from .render_docx import Template, render_docx
from .render_text import render_html, render_text
from .verify import verify_bytes

__all__ = ["FileFormat", "Output", "Planned", "Produced", "produce"]

FileFormat = Literal["docx", "pdf", "html", "txt"]
_FIELD_NAMES = {"issuer": "Issuer", "contractor": "Contractor", "subcontractor": "Subcontractor"}


@dataclass(frozen=True)
class Planned:
    """One document to write: what it is, where it goes (``stem`` + each format)."""

    agreement: Agreement
    profile: Path
    stem: str
    formats: tuple[FileFormat, ...]


@dataclass(frozen=True)
class Output:
    format: FileFormat
    path: Path
    sha256: str


@dataclass(frozen=True)
class Produced:
    """A document as written, for the CLI's summary and ``--json``."""

    profile: Path
    agreement: Agreement
    outputs: tuple[Output, ...]
    manifest: dict[str, Any]

    def as_json(self) -> dict[str, Any]:
        return {
            "profile": str(self.profile),
            "kind": self.agreement.kind,
            "id": self.agreement.id,
            "parent": self.agreement.parent_id or None,
            "outputs": [
                {"format": o.format, "path": str(o.path), "sha256": o.sha256} for o in self.outputs
            ],
            "manifest": self.manifest,
        }


def produce(
    planned: Sequence[Planned], *, out: Path, force: bool, template: Template
) -> list[Produced]:
    """Render every planned document and write all their files, or none.

    Raises:
        InputError: an output exists (without ``force``) or the template lost its tags.
        ConversionError: LibreOffice is missing or failed, or a PDF lost text.
    """
    if any("pdf" in plan.formats for plan in planned):
        find_soffice()
    check_targets(
        [out / f"{plan.stem}.{fmt}" for plan in planned for fmt in plan.formats], force=force
    )
    manifests = [build_manifest(plan.agreement, template.sha256) for plan in planned]
    docx = [
        _checked_docx(plan.agreement, template, manifest)
        for plan, manifest in zip(planned, manifests, strict=True)
    ]
    files: dict[Path, bytes] = {}
    wants_pdf = [index for index, plan in enumerate(planned) if "pdf" in plan.formats]
    pdfs = dict(
        zip(
            wants_pdf,
            _convert([planned[i].stem for i in wants_pdf], [docx[i] for i in wants_pdf]),
            strict=True,
        )
    )
    for index, (plan, manifest) in enumerate(zip(planned, manifests, strict=True)):
        target = out / plan.stem
        manifest_json = dump_manifest(manifest)
        if "docx" in plan.formats:
            files[target.with_suffix(".docx")] = docx[index]
        if "pdf" in plan.formats:
            files[target.with_suffix(".pdf")] = _checked_pdf(
                plan, manifest_json, pdfs[index], target.with_suffix(".pdf")
            )
        if "html" in plan.formats:
            page = render_html(plan.agreement, manifest_json)
            files[target.with_suffix(".html")] = _checked(page, target.with_suffix(".html"))
        if "txt" in plan.formats:
            files[target.with_suffix(".txt")] = render_text(plan.agreement)
    write_all(files)
    return [
        Produced(
            profile=plan.profile,
            agreement=plan.agreement,
            outputs=tuple(
                Output(fmt, path, hashlib.sha256(files[path]).hexdigest())
                for fmt in plan.formats
                for path in [(out / plan.stem).with_suffix(f".{fmt}")]
            ),
            manifest=manifest,
        )
        for plan, manifest in zip(planned, manifests, strict=True)
    ]


def _missing_text(data: bytes, name: Path) -> str | None:
    """Read a rendered document back; name what it fails to show, or None if intact."""
    report = verify_bytes(data, name)
    if report.intact:
        return None
    return ", ".join(section.label for section in report.altered) or "text in the right order"


def _checked(data: bytes, name: Path) -> bytes:
    missing = _missing_text(data, name)
    if missing:
        raise InputError(f"{name}: the page does not show {missing}")
    return data


def _checked_docx(agreement: Agreement, template: Template, manifest: dict[str, Any]) -> bytes:
    """Render, then read the DOCX back: a template that lost its tags must not pass."""
    data = render_docx(agreement, template, dump_manifest(manifest))
    missing = _missing_text(data, template.path)
    if missing:
        raise InputError(
            f"{template.path}: the rendered DOCX does not show {missing}; "
            "check that the template keeps its {{ }} and {% %} tags"
        )
    return data


def _checked_pdf(plan: Planned, manifest_json: bytes, pdf: bytes, name: Path) -> bytes:
    """Finish the PDF, then read it back: a name in a script no font covers prints blank."""
    agreement = plan.agreement
    signers = [] if agreement.draft else [
        SignatureLine(f"Signature-{_FIELD_NAMES[party.role]}") for party in agreement.parties
    ]  # fmt: skip
    info = PdfInfo(
        title=agreement.full_title,
        author=agreement.issuer.name,
        subject=agreement.subject,
        keywords=agreement.id,
        creator=f"crec-assemble {__version__}",
        timestamp=agreement.timestamp,
    )
    data = finish_pdf(pdf, info, manifest_json, signers)
    missing = _missing_text(data, name)
    if missing:
        raise ConversionError(
            f"{name}: the PDF does not show the text of {missing}; if a name uses a script "
            "the installed fonts lack, install one (e.g. apt-get install fonts-noto-cjk)"
        )
    return data


def _convert(stems: Sequence[str], docx: Sequence[bytes]) -> list[bytes]:
    """All PDFs from one LibreOffice process, in a private directory.

    The files are named after their outputs, so an error names the document.
    """
    if not docx:
        return []
    with tempfile.TemporaryDirectory(prefix="crec-build-") as work, LibreOffice() as office:
        folder = Path(work)
        sources = []
        for stem, data in zip(stems, docx, strict=True):
            source = folder / f"{stem}.docx"
            source.write_bytes(data)
            sources.append(source)
        return [pdf.read_bytes() for pdf in office.convert(sources, folder)]
