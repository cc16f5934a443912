"""Documents → files: render, convert, read back, then write.

Every command ends here. A document is first *rendered* in memory (DOCX
through the Word template, HTML and plain text directly), each DOCX and HTML
read back and compared with its manifest; PDFs come from LibreOffice and are
*finished* (signature fields, metadata, manifest) and read back too. Only
then are files written. :func:`produce` does it for a small set, all or
nothing; the batch builder (:mod:`crec_assemble.pipeline.batch`) runs the same steps
per document in worker processes, which is why a :class:`Rendered` document
carries plain data only.
"""

from __future__ import annotations

import hashlib
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ConversionError, InputError
from ..model import Agreement, FileFormat, Seal
from ..render.docx import Template, render_docx
from ..render.manifest import build_manifest, dump_manifest
from ..render.pdf import PdfInfo, SignatureLine, finish_pdf
from ..render.seal import seal_pdf, sign_manifest
from ..render.web_pages import render_html, render_text
from ..resources import tool_version
from ..verify import verify_bytes
from .converter import LibreOffice, find_soffice
from .files import write_all
from .out_lock import STAGING_PREFIX, locked
from .owners import Claims, Owner
from .plan import Planned

__all__ = [
    "Output",
    "Produced",
    "Rendered",
    "convert",
    "finish",
    "produce",
    "render",
    "stage",
    "staging",
    "written",
]


@dataclass(frozen=True)
class _Document:
    """What a document is, from rendering to the CLI's report: plain data only."""

    profile: Path
    kind: str
    id: str
    parent: str
    title: str
    manifest: dict[str, Any]
    unmet: tuple[str, ...]


@dataclass(frozen=True)
class Rendered(_Document):
    """A document rendered in memory, waiting for its PDF if it needs one.

    Plain data only (bytes, strings, dicts), so it can cross process boundaries;
    ``seal``, when the build seals, is applied to the PDF as its last write.
    """

    stem: str
    formats: tuple[FileFormat, ...]
    files: Mapping[str, bytes]
    pdf_info: PdfInfo
    signers: tuple[str, ...]
    seal: Seal | None = None

    @property
    def docx(self) -> bytes:
        return self.files["docx"]


@dataclass(frozen=True)
class Output:
    format: FileFormat
    path: Path
    sha256: str


@dataclass(frozen=True)
class Produced(_Document):
    """A document as written, for the CLI's summary and ``--json``."""

    outputs: tuple[Output, ...]

    def as_json(self) -> dict[str, Any]:
        return {
            "profile": str(self.profile),
            "kind": self.kind,
            "id": self.id,
            "parent": self.parent or None,
            "outputs": [
                {"format": o.format, "path": str(o.path), "sha256": o.sha256} for o in self.outputs
            ],
            "manifest": self.manifest,
        }


def render(plan: Planned, template: Template, seal: Seal | None = None) -> Rendered:
    """Render one document in memory and read each rendering back; with ``seal``, the DOCX
    carries its signature over the manifest, and the PDF will be certified.

    Raises:
        InputError: when the template lost its tags (the DOCX does not show the text).
    """
    agreement = plan.agreement
    manifest = build_manifest(agreement, template.sha256)
    manifest_json = dump_manifest(manifest)
    signature = None if seal is None else sign_manifest(manifest_json, seal)
    files: dict[str, bytes] = {
        "docx": _checked_docx(agreement, template, manifest_json, signature),
    }
    if "html" in plan.formats:
        page = render_html(agreement, manifest_json)
        files["html"] = _checked(page, Path(f"{plan.stem}.html"))
    if "txt" in plan.formats:
        files["txt"] = render_text(agreement)
    return Rendered(
        profile=plan.profile,
        stem=plan.stem,
        kind=agreement.kind,
        id=agreement.id,
        parent=agreement.parent_id,
        title=agreement.full_title,
        formats=plan.formats,
        manifest=manifest,
        files=files,
        pdf_info=PdfInfo(
            title=agreement.full_title,
            author=agreement.issuer.name,
            subject=agreement.subject,
            keywords=agreement.id,
            creator=f"crec-assemble {tool_version()}",
            timestamp=agreement.timestamp,
        ),
        signers=()
        if agreement.draft
        else tuple(f"Signature-{party.role.title()}" for party in agreement.parties),
        unmet=tuple(str(finding) for finding in agreement.unmet),
        seal=seal,
    )


def finish(document: Rendered, pdf: bytes) -> bytes:
    """Signature fields, metadata and manifest into LibreOffice's PDF; then read it back,
    and seal it last when the document is to be sealed.

    Raises:
        ConversionError: when the PDF is unreadable or does not show the text
            (a name in a script no installed font covers prints blank).
    """
    name = f"{document.stem}.pdf"
    data = finish_pdf(
        pdf,
        document.pdf_info,
        dump_manifest(document.manifest),
        [SignatureLine(field) for field in document.signers],
    )
    missing = _missing_text(data, Path(name))
    if missing:
        raise ConversionError(
            f"{name}: the PDF does not show the text of {missing}; if a name uses a script "
            "the installed fonts lack, install one (e.g. apt-get install fonts-noto-cjk)"
        )
    return data if document.seal is None else seal_pdf(data, document.seal)


def written(document: Rendered, out: Path, pdf: bytes | None) -> tuple[dict[Path, bytes], Produced]:
    """The files of one document and its record, ready for :func:`write_all`."""
    files: dict[Path, bytes] = {}
    for fmt in document.formats:
        data = pdf if fmt == "pdf" else document.files[fmt]
        assert data is not None, "a PDF document is finished before it is written"
        files[out / f"{document.stem}.{fmt}"] = data
    produced = Produced(
        profile=document.profile,
        kind=document.kind,
        id=document.id,
        parent=document.parent,
        title=document.title,
        outputs=tuple(
            Output(fmt, path, hashlib.sha256(data).hexdigest())
            for fmt, (path, data) in zip(document.formats, files.items(), strict=True)
        ),
        manifest=document.manifest,
        unmet=document.unmet,
    )
    return files, produced


def produce(
    planned: Sequence[Planned],
    *,
    out: Path,
    force: bool,
    template: Template,
    seal: Seal | None = None,
) -> list[Produced]:
    """Render every planned document and write all their files, or none; sealed with
    ``seal`` when given.

    ``out`` is locked from the first check of its files to the last write
    (:mod:`~crec_assemble.pipeline.out_lock`), and LibreOffice's documents are
    staged in a hidden folder inside it.

    Raises:
        InputError: an output exists (without ``force``) or is another contractor's, the
            folder is busy with another build, or the template lost its tags.
        ConversionError: LibreOffice is missing or failed, or a PDF lost text.
    """
    if any("pdf" in plan.formats for plan in planned):
        find_soffice()
    with locked(out):
        _claim(planned, out, force)
        documents = [render(plan, template, seal) for plan in planned]
        needs_pdf = [document for document in documents if "pdf" in document.formats]
        pdfs = dict(zip((d.stem for d in needs_pdf), convert(needs_pdf, out), strict=True))
        files: dict[Path, bytes] = {}
        results = []
        for document in documents:
            pdf = finish(document, pdfs[document.stem]) if document.stem in pdfs else None
            document_files, produced = written(document, out, pdf)
            files.update(document_files)
            results.append(produced)
        write_all(files)
    return results


def _claim(planned: Sequence[Planned], out: Path, force: bool) -> None:
    """Refuse files that exist (unless ``force``), belong to another contractor, or that two
    documents would write.

    Raises:
        InputError: one line per document that may not be written.
    """
    claims = Claims(force=force)
    problems = []
    for plan in planned:
        agreement = plan.agreement
        owner = Owner(agreement.profile.contractor.legal_name, agreement.party_name, agreement.id)
        targets = [out / f"{plan.stem}.{fmt}" for fmt in plan.formats]
        problem = claims.problem(owner, targets, plan.profile)
        if problem:
            problems.append(problem)
        claims.claim(owner, targets, plan.profile)
    if problems:
        raise InputError("\n".join(problems))


def stage(documents: Sequence[Rendered], folder: Path) -> list[Path]:
    """Write the documents' DOCX into ``folder`` under their output names, for LibreOffice.

    Named after their outputs, so a conversion error names the document.
    """
    sources = []
    for document in documents:
        source = folder / f"{document.stem}.docx"
        source.write_bytes(document.docx)
        sources.append(source)
    return sources


def staging(out: Path | None) -> tempfile.TemporaryDirectory[str]:
    """A private folder for the documents LibreOffice converts: hidden inside ``out``, so a
    process killed outright leaves no contractor document in the system's temporary folder
    (the next build into ``out`` removes it), or in that temporary folder without ``out``."""
    if out is None:
        return tempfile.TemporaryDirectory(prefix="crec-build-")
    return tempfile.TemporaryDirectory(prefix=STAGING_PREFIX, dir=out)


def convert(documents: Sequence[Rendered], out: Path | None = None) -> list[bytes]:
    """PDFs for the documents from one fresh LibreOffice process, staged in :func:`staging`."""
    if not documents:
        return []
    with staging(out) as work, LibreOffice() as office:
        folder = Path(work)
        return [pdf.read_bytes() for pdf in office.convert(stage(documents, folder), folder)]


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


def _checked_docx(
    agreement: Agreement, template: Template, manifest_json: bytes, seal: bytes | None
) -> bytes:
    """Render, then read the DOCX back: a template that lost its tags must not pass."""
    data = render_docx(agreement, template, manifest_json, seal)
    missing = _missing_text(data, template.path)
    if missing:
        raise InputError(
            f"{template.path}: the rendered DOCX does not show {missing}; "
            "check that the template keeps its {{ }} and {% %} tags"
        )
    return data
