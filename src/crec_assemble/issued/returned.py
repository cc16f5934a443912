"""``verify`` of a returned agreement: its words against its manifest, then the whole file
against the document its manifest describes, rebuilt.

Reading a document back (:mod:`crec_assemble.verify`) compares its words with the
sections its manifest records. That proves little about a file someone else
edited: the manifest travels inside it and can be edited too, and a reader sees
more than words (headers, footnotes, what an annotation or a white box covers).
So when the manifest records what an agreement, addendum or flow-down was built
from, the document is regenerated from it (:func:`.rebuild.reassembled`), in
memory, and the returned file is compared with that rebuild:

- the manifest itself, byte for byte: an edited field, even one the words do not
  show, is a change of the manifest;
- the bytes: identical to the rebuild means identical to what was issued;
- otherwise what a reader sees: every story of a DOCX, and a PDF's drawn
  annotations, page boxes, document dates and each page as rendered.

A manifest edited *consistently* with the text, as if the document had been
built from other inputs, rebuilds into the edited document; only CREC's seal or
the record ``build`` printed can tell it from an issued one, and the report says
which of them it relied on.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..model import SIGNED_KINDS, FileFormat
from ..render.manifest import dump_manifest
from ..render.page_images import PageDifference, compare_renderings, side_by_side
from ..render.untrusted import read_untrusted, time_bound
from ..verify import Alteration, VerifyReport, verify_read
from ..verify.report import NOT_REBUILT
from ..verify.seal import Trusted
from .differences import docx_differences, manifest_differences, pdf_differences, rendering
from .mismatch import ManifestMismatch, NotRebuildable
from .rebuild import reassembled

if TYPE_CHECKING:
    from ..pipeline.plan import Planned
    from ..render.docx import Template

__all__ = ["Rebuilds", "verify_returned"]


@dataclass
class Rebuilds:
    """The rebuilds one run of ``verify`` has made, keyed by the manifest they came from, so
    many returned copies of one document cost one LibreOffice conversion."""

    made: dict[tuple[str, str], bytes | NoRebuild] = field(default_factory=dict)


@dataclass(frozen=True)
class NoRebuild:
    """Why a manifest gave no rebuild: not rebuildable here, or not what it claims to be."""

    message: str
    mismatch: bool


def verify_returned(
    path: Path,
    *,
    library: Path | None = None,
    template: Path | None = None,
    out: Path | None = None,
    force: bool = False,
    rebuilds: Rebuilds | None = None,
    trusted: Trusted | None = None,
) -> VerifyReport:
    """What ``crec-assemble verify`` reports: the words against the manifest, then the file
    against a rebuild from that manifest, when its kind can be rebuilt. CREC's seal is
    checked against ``trusted`` (see :func:`~crec_assemble.verify.verify`); a sealed PDF
    whose certified revision begins with the rebuild's bytes, and after which only the
    signature fields were signed, is the issued document: it needs no further comparison.

    Args:
        path: the returned file.
        library: the clause library (default: the shipped one).
        template: the Word template it was issued with (default: the shipped one).
        out: a folder for a picture of each PDF page that renders differently from the
            rebuild (``<stem>-page-<N>.png``: issued left, returned right); none without it.
        force: overwrite pictures already in ``out``.
        rebuilds: the rebuilds made so far in this run, to reuse.

    Raises:
        InputError: the file cannot be read, is none of ours, or is over a limit; a picture
            exists in ``out`` (without ``force``).
        ConversionError: LibreOffice failed while rebuilding a PDF.
    """
    data = read_untrusted(path)
    report = verify_read(data, path, library, trusted)
    fmt = _format(path, report)
    if fmt is None:
        return report
    rebuilt = _rebuilt(path, fmt, report.manifest.data, library, template, rebuilds or Rebuilds())
    if isinstance(rebuilt, NoRebuild):
        if not rebuilt.mismatch:
            return _words_only(report, rebuilt.message)
        found = Alteration("manifest", "its record", rebuilt.message)
        return replace(
            report,
            alterations=(*report.alterations, found),
            reference=f"{NOT_REBUILT}: its manifest does not rebuild into itself",
        )
    if data == rebuilt:
        return replace(report, reference="identical, byte for byte, to a rebuild from its manifest")
    if _sealed_rebuild(report, rebuilt):
        sealed = "identical, byte for byte, to a rebuild from its manifest, then sealed"
        return replace(report, reference=f"{sealed}, and signed only in its signature fields")
    with time_bound(path):
        found_now = _compared(data, rebuilt, fmt, report, path)
        pages = compare_renderings(data, rebuilt, path) if fmt == "pdf" else ()
    pictures = _pictures(data, rebuilt, pages, path, out, force) if out is not None else ()
    return replace(
        report,
        alterations=(*report.alterations, *found_now, *map(rendering, pages)),
        reference="compared with a rebuild from its manifest",
        pictures=pictures,
    )


def _words_only(report: VerifyReport, why: str) -> VerifyReport:
    """A document no rebuild was made for: checked word by word against its manifest.

    For a notice or letter that is all there is. An agreement, addendum or flow-down is
    what vendors return, and its manifest could have been edited to land here (another
    template named), so unless CREC's own seal vouches for it, it is not verified: a change.
    """
    reference = f"{NOT_REBUILT}: {why}"
    seal = report.seal
    if report.manifest.data.get("agreement", {}).get("kind") not in SIGNED_KINDS or (
        seal is not None and seal.ok and seal.trusted
    ):
        return replace(report, reference=reference)
    unverified = Alteration("manifest", "its rebuild", f"not verified, as {why}")
    return replace(report, alterations=(*report.alterations, unverified), reference=reference)


def _pictures(
    data: bytes,
    rebuilt: bytes,
    pages: Sequence[PageDifference],
    path: Path,
    out: Path,
    force: bool,
) -> tuple[Path, ...]:
    """One PNG per page that renders differently, written together or not at all."""
    from ..pipeline.files import check_targets, write_all

    files = {
        out / f"{path.stem}-page-{page.page}.png": side_by_side(data, rebuilt, page)
        for page in pages
    }
    check_targets(files, force=force)
    write_all(files)
    return tuple(files)


def _sealed_rebuild(report: VerifyReport, rebuilt: bytes) -> bool:
    """Whether the file is the rebuild with a seal added, as the last write of ``build
    --seal``, and nothing after it but signatures in the signature fields."""
    seal = report.seal  # only CREC's own seal vouches for what its revision added
    return bool(seal is not None and seal.format == "pdf" and seal.ok and seal.trusted
                and seal.certified.startswith(rebuilt))  # fmt: skip


def _format(path: Path, report: VerifyReport) -> FileFormat | None:
    """The format to rebuild, or None: a web page, an e-mail, a file without a manifest."""
    if not report.manifest.data or report.matched_by_text:
        return None
    suffix = path.suffix.lower()
    return "pdf" if suffix == ".pdf" else "docx" if suffix == ".docx" else None


def _rebuilt(
    path: Path,
    fmt: FileFormat,
    data: dict[str, Any],
    library: Path | None,
    template: Path | None,
    rebuilds: Rebuilds,
) -> bytes | NoRebuild:
    key = (hashlib.sha256(dump_manifest(data)).hexdigest(), fmt)
    if key not in rebuilds.made:
        try:
            planned, chosen = reassembled(path, fmt, data, library=library, template=template)
            rebuilds.made[key] = _regenerated(planned, chosen, fmt)
        except NotRebuildable as error:
            rebuilds.made[key] = NoRebuild(str(error).removeprefix(f"{path}: "), mismatch=False)
        except ManifestMismatch as error:
            rebuilds.made[key] = NoRebuild(f"changed after issue: {error.why}", mismatch=True)
    return rebuilds.made[key]


def _regenerated(planned: Planned, template: Template, fmt: FileFormat) -> bytes:
    """The document's bytes as ``build`` would write them, made in memory."""
    from ..pipeline.produce import convert, finish, render

    document = render(replace(planned, formats=(fmt,)), template)
    if fmt == "docx":
        return document.docx
    (pdf,) = convert([document])
    return finish(document, pdf)


def _compared(
    data: bytes, rebuilt: bytes, fmt: FileFormat, report: VerifyReport, path: Path
) -> tuple[Alteration, ...]:
    """What differs between the returned file and the rebuild, as a reader would see it."""
    found = list(manifest_differences(report.manifest, rebuilt))
    seen = report.altered or report.added or any(a.kind == "story" for a in report.alterations)
    if fmt == "docx":
        found.extend(docx_differences(data, rebuilt, path, sections_intact=not seen))
    else:
        found.extend(pdf_differences(data, rebuilt, path))
    return tuple(found)
