"""``build``: profiles → checked agreements on disk, DOCX and PDF.

The order is chosen so that nothing is written unless everything worked:
validate every input, assemble and gate every agreement, render every DOCX,
convert every PDF through one LibreOffice process, read every file back and
compare it with its manifest, and only then put the files in place.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Literal

from . import __version__
from .assemble import assemble, slug
from .errors import CheckFailed, ConversionError, InputError
from .issuer import load_issuer
from .library import load_library
from .manifest import build_manifest, dump_manifest
from .model import Agreement
from .outputs import check_targets, write_all
from .pdf import LibreOffice, PdfInfo, SignatureLine, find_soffice, finish_pdf
from .profile import load_profile
from .render_docx import Template, read_template, render_docx
from .resources import default_issuer, default_library, default_template
from .verify import verify_bytes

__all__ = [
    "BuildOptions",
    "BuiltDocument",
    "Output",
    "assemble_all",
    "build",
    "check_gate",
    "default_build_date",
    "parse_build_date",
]

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
    manifest: dict[str, Any]

    def as_json(self) -> dict[str, Any]:
        return {
            "profile": str(self.profile),
            "outputs": [
                {"format": o.format, "path": str(o.path), "sha256": o.sha256} for o in self.outputs
            ],
            "manifest": self.manifest,
        }


def parse_build_date(text: str) -> date:
    """A ``--date`` value, written exactly YYYY-MM-DD."""
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return date.fromisoformat(text)
    except ValueError:
        pass
    raise InputError(f"--date: {text!r} is not a date written YYYY-MM-DD")


def default_build_date() -> date:
    """``SOURCE_DATE_EPOCH`` when set (reproducible builds), else today (UTC)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch is None:
        return datetime.now(UTC).date()
    try:
        return datetime.fromtimestamp(int(epoch), UTC).date()
    except (ValueError, OverflowError, OSError):
        raise InputError(f"SOURCE_DATE_EPOCH: {epoch!r} is not a number of seconds") from None


def assemble_all(
    profiles: Sequence[Path],
    *,
    library: Path | None = None,
    issuer: Path | None = None,
    build_date: date | None = None,
    draft: bool = False,
) -> list[Agreement]:
    """Load every profile and assemble its agreement, reporting the problems of all at once.

    Raises:
        InputError: one line per problem, across every profile.
    """
    root = library or default_library()
    clauses = load_library(root)
    lea = load_issuer(issuer or default_issuer(root))
    day = build_date or default_build_date()
    loaded, problems = [], []
    for path in profiles:
        try:
            loaded.append(load_profile(path))
        except InputError as error:
            problems.append(str(error))
    if problems:
        raise InputError("\n".join(problems))
    return [assemble(profile, lea, clauses, build_date=day, draft=draft) for profile in loaded]


def check_gate(agreements: Sequence[Agreement]) -> None:
    """The compliance gate: stop unless every agreement meets every applicable requirement.

    Raises:
        CheckFailed: one line per unmet requirement, with the regulation's words.
    """
    lines = [
        f"{agreement.profile.source}: {finding}"
        for agreement in agreements
        for finding in agreement.unmet
    ]
    if lines:
        raise CheckFailed("\n".join([*lines, "use --draft to write a marked draft anyway"]))


def build(profiles: Sequence[Path], options: BuildOptions) -> list[BuiltDocument]:
    """Build one agreement per profile.

    Raises:
        InputError: a profile, issuer, library or template is bad, or an output exists.
        CheckFailed: an agreement misses a requirement (and ``draft`` is off).
        ConversionError: LibreOffice is missing or failed, or its PDF lost text.
    """
    formats: tuple[Literal["docx", "pdf"], ...] = (
        ("docx", "pdf") if options.format == "all" else (options.format,)
    )
    if "pdf" in formats:
        find_soffice()  # fail before any work when PDFs cannot be made
    template = read_template(options.template or default_template())
    agreements = assemble_all(
        profiles,
        library=options.library,
        issuer=options.issuer,
        build_date=options.build_date,
        draft=options.draft,
    )
    if not options.draft:
        check_gate(agreements)
    stems = [slug(agreement.profile.contractor.legal_name) for agreement in agreements]
    check_targets([options.out / f"{stem}.{fmt}" for stem in stems for fmt in formats],
                  force=options.force)  # fmt: skip

    manifests = [build_manifest(agreement, template.sha256) for agreement in agreements]
    docx = [
        _checked_docx(agreement, template, manifest)
        for agreement, manifest in zip(agreements, manifests, strict=True)
    ]
    files: dict[Path, bytes] = {}
    if "docx" in formats:
        files.update({options.out / f"{s}.docx": data for s, data in zip(stems, docx, strict=True)})
    if "pdf" in formats:
        pdfs = _convert(stems, docx)
        for stem, agreement, manifest, pdf in zip(stems, agreements, manifests, pdfs, strict=True):
            target = options.out / f"{stem}.pdf"
            files[target] = _checked_pdf(agreement, manifest, pdf, target)
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


def _missing_text(data: bytes, name: Path) -> str | None:
    """Read a rendered document back; name what it fails to show, or None if intact."""
    report = verify_bytes(data, name)
    if report.intact:
        return None
    return ", ".join(section.label for section in report.altered) or "text in the right order"


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


def _checked_pdf(agreement: Agreement, manifest: dict[str, Any], pdf: bytes, name: Path) -> bytes:
    """Finish the PDF, then read it back: a name in a script no font covers prints blank."""
    data = finish_pdf(pdf, _pdf_info(agreement), dump_manifest(manifest), _signers(agreement))
    missing = _missing_text(data, name)
    if missing:
        raise ConversionError(
            f"{name}: the PDF does not show the text of {missing}; if a name uses a script "
            "the installed fonts lack, install one (e.g. apt-get install fonts-noto-cjk)"
        )
    return data


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


def _pdf_info(agreement: Agreement) -> PdfInfo:
    return PdfInfo(
        title=agreement.full_title,
        author=agreement.issuer.name,
        subject=agreement.subject,
        keywords=agreement.id,
        creator=f"crec-assemble {__version__}",
        timestamp=agreement.timestamp,
    )


def _signers(agreement: Agreement) -> list[SignatureLine]:
    """Named fields, issuer (left column) first; a draft gets none, it is not for signing."""
    if agreement.draft:
        return []
    return [SignatureLine("Signature-Issuer"), SignatureLine("Signature-Contractor")]
