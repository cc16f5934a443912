"""``build``: profiles → checked agreements on disk, DOCX and PDF.

The order is chosen so that nothing is written unless everything worked:
validate every input, assemble and gate every agreement, render every DOCX,
convert every PDF through one LibreOffice process, and only then put the
files in place.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Literal

from . import __version__
from .assemble import assemble, slug
from .errors import CheckFailed, InputError
from .issuer import load_issuer
from .library import load_library
from .manifest import build_manifest, dump_manifest
from .model import Agreement
from .outputs import check_targets, write_all
from .pdf import LibreOffice, PdfInfo, SignatureLine, find_soffice, finish_pdf
from .profile import load_profile
from .render_docx import render_docx
from .resources import default_issuer, default_library, default_template

__all__ = ["BuildOptions", "BuiltDocument", "Output", "build", "default_build_date"]

Format = Literal["docx", "pdf", "all"]


@dataclass(frozen=True)
class BuildOptions:
    """Everything ``build`` needs besides the profiles; defaults are the shipped ones."""

    out: Path = Path("out")
    format: Format = "all"
    draft: bool = False
    force: bool = False
    library: Path | None = None
    issuer: Path | None = None
    template: Path | None = None
    build_date: date | None = None


@dataclass(frozen=True)
class Output:
    format: Literal["docx", "pdf"]
    path: Path
    sha256: str


@dataclass(frozen=True)
class BuiltDocument:
    profile: Path
    agreement: Agreement
    outputs: tuple[Output, ...]
    manifest: dict[str, object]


def default_build_date() -> date:
    """``SOURCE_DATE_EPOCH`` when set (reproducible builds), else today (UTC)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch is None:
        return datetime.now(UTC).date()
    try:
        return datetime.fromtimestamp(int(epoch), UTC).date()
    except ValueError:
        raise InputError(f"SOURCE_DATE_EPOCH: {epoch!r} is not a number of seconds") from None


def build(profiles: Sequence[Path], options: BuildOptions) -> list[BuiltDocument]:
    """Build one agreement per profile.

    Raises:
        InputError: a profile, issuer, library or template is bad, or an output exists.
        CheckFailed: an agreement misses a requirement (and ``draft`` is off).
        ConversionError: LibreOffice is missing or failed.
    """
    formats: tuple[Literal["docx", "pdf"], ...] = (
        ("docx", "pdf") if options.format == "all" else (options.format,)
    )
    if "pdf" in formats:
        find_soffice()  # fail before any work when PDFs cannot be made
    library_root = options.library or default_library()
    library = load_library(library_root)
    issuer = load_issuer(options.issuer or default_issuer(library_root))
    template = options.template or default_template()
    if not template.is_file():
        raise InputError(f"{template}: Word template not found")
    template_sha256 = hashlib.sha256(template.read_bytes()).hexdigest()
    build_date = options.build_date or default_build_date()

    loaded = [load_profile(path) for path in profiles]
    agreements = [
        assemble(profile, issuer, library, build_date=build_date, draft=options.draft)
        for profile in loaded
    ]
    if not options.draft:
        _gate(agreements)
    stems = [slug(agreement.profile.contractor.legal_name) for agreement in agreements]
    targets = [options.out / f"{stem}.{fmt}" for stem in stems for fmt in formats]
    check_targets(targets, force=options.force)

    manifests = [build_manifest(agreement, template_sha256) for agreement in agreements]
    docx = [
        render_docx(a, template, dump_manifest(m), subject=_subject(a))
        for a, m in zip(agreements, manifests, strict=True)
    ]
    files: dict[Path, bytes] = {}
    if "docx" in formats:
        files.update(
            {options.out / f"{stem}.docx": data for stem, data in zip(stems, docx, strict=True)}
        )
    if "pdf" in formats:
        pdfs = _convert(stems, docx)
        for stem, agreement, manifest, pdf in zip(stems, agreements, manifests, pdfs, strict=True):
            files[options.out / f"{stem}.pdf"] = finish_pdf(
                pdf, _pdf_info(agreement), dump_manifest(manifest), _signers(agreement)
            )
    write_all(files)
    return [
        BuiltDocument(
            profile=path,
            agreement=agreement,
            outputs=tuple(
                Output(fmt, target, hashlib.sha256(files[target]).hexdigest())
                for fmt in formats
                for target in [options.out / f"{stem}.{fmt}"]
            ),
            manifest=manifest,
        )
        for path, agreement, stem, manifest in zip(
            profiles, agreements, stems, manifests, strict=True
        )
    ]


def _gate(agreements: Sequence[Agreement]) -> None:
    lines = [
        f"{agreement.profile.source}: {finding}"
        for agreement in agreements
        for finding in agreement.unmet
    ]
    if lines:
        raise CheckFailed("\n".join([*lines, "use --draft to write a marked draft anyway"]))


def _convert(stems: Sequence[str], docx: Sequence[bytes]) -> list[bytes]:
    """All PDFs from one LibreOffice process, in a private directory."""
    with tempfile.TemporaryDirectory(prefix="crec-build-") as work, LibreOffice() as office:
        folder = Path(work)
        sources = []
        for stem, data in zip(stems, docx, strict=True):
            source = folder / f"{stem}.docx"
            source.write_bytes(data)
            sources.append(source)
        return [pdf.read_bytes() for pdf in office.convert(sources, folder)]


def _subject(agreement: Agreement) -> str:
    return (
        f"Student data privacy agreement under Regulation 3520.13-R between "
        f"{agreement.issuer.name} and {agreement.profile.contractor.legal_name}"
    )


def _pdf_info(agreement: Agreement) -> PdfInfo:
    return PdfInfo(
        title=f"{agreement.title} — {agreement.profile.contractor.legal_name}",
        author=agreement.issuer.name,
        subject=_subject(agreement),
        keywords=agreement.id,
        creator=f"crec-assemble {__version__}",
        timestamp=agreement.timestamp,
    )


def _signers(agreement: Agreement) -> list[SignatureLine]:
    """Named fields, issuer (left column) first; a draft gets none, it is not for signing."""
    if agreement.draft:
        return []
    return [SignatureLine("Signature-Issuer"), SignatureLine("Signature-Contractor")]
