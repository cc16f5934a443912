"""LibreOffice's PDF → a signature-ready PDF, the same bytes every build.

pyhanko adds the empty signature fields, then pypdf rewrites the file last,
with fixed dates, the manifest attached and an ``/ID`` derived from the
content, which is what makes two builds byte-identical. LibreOffice itself is
driven by :mod:`crec_assemble.pipeline.converter`.
"""

from __future__ import annotations

import hashlib
import importlib
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from ..errors import ConversionError
from .manifest import attach_to_pdf
from .pdfium_lock import PDFIUM

__all__ = ["PdfInfo", "SignatureLine", "finish_pdf", "load_pdf_tools"]

_SIGNATURE_LABEL = "By:"
# The field covers the underscores after "By:" (points; the table column is ~234 pt wide).
_FIELD_OFFSET, _FIELD_WIDTH, _FIELD_BELOW, _FIELD_ABOVE = 22.0, 190.0, 4.0, 26.0


@dataclass(frozen=True)
class SignatureLine:
    """Who signs on a signature line; the field is named after them."""

    field_name: str


@dataclass(frozen=True)
class PdfInfo:
    """The document information a finished PDF carries."""

    title: str
    author: str
    subject: str
    keywords: str
    creator: str
    timestamp: datetime


# What finish_pdf imports when it runs: pyhanko alone takes most of a second.
_PDF_TOOLS = (
    "pyhanko.pdf_utils.incremental_writer",
    "pyhanko.sign.fields",
    "pypdf",
    "pypdfium2",
)


def load_pdf_tools() -> None:
    """Import what :func:`finish_pdf` needs, ahead of it.

    The imports cost about as long as LibreOffice takes to convert a short
    agreement, so a build makes them while it waits for LibreOffice instead
    of after.
    """
    for module in _PDF_TOOLS:
        importlib.import_module(module)


def finish_pdf(
    pdf: bytes, info: PdfInfo, manifest_json: bytes, signers: Sequence[SignatureLine]
) -> bytes:
    """Add signature fields, metadata and the manifest; make the bytes reproducible.

    ``signers`` are matched, in order, to the "By:" lines of the signature
    table, top to bottom and left column first: the signatories' order, as
    :mod:`crec_assemble.assembly.signatures` lays them out. Pass none for a draft.

    Raises:
        ConversionError: when the signature lines cannot be found in the PDF.
    """
    from pyhanko.pdf_utils.misc import PdfError
    from pypdf.errors import PyPdfError
    from pypdfium2 import PdfiumError

    try:
        if signers:
            pdf = _add_signature_fields(pdf, signers)
        return _rewrite(pdf, info, manifest_json)
    except (PdfError, PyPdfError, PdfiumError, ValueError, KeyError) as error:
        raise ConversionError(f"LibreOffice produced an unreadable PDF ({error})") from None


def _signature_lines(pdf: bytes, wanted: int) -> tuple[int, list[tuple[float, float]]]:
    """The page and the positions (left, baseline) of the "By:" labels.

    The signature table sits after the body and before the exhibits, so the
    search runs from the last page backwards and stops at the first page that
    has them; PDFium finds text positions directly.
    """
    import pypdfium2

    with PDFIUM:
        document = pypdfium2.PdfDocument(pdf)
        try:
            for index in range(len(document) - 1, -1, -1):
                page = document[index].get_textpage()
                found: list[tuple[float, float]] = []
                searcher = page.search(_SIGNATURE_LABEL, match_case=True)
                while (hit := searcher.get_next()) is not None:
                    left, bottom, _, _ = page.get_charbox(hit[0])
                    found.append((left, bottom))
                if len(found) >= wanted:
                    ordered = sorted(found, key=lambda point: (-round(point[1]), point[0]))
                    return index, ordered[:wanted]
        finally:
            document.close()
    raise ConversionError(f'the PDF has no signature table ("{_SIGNATURE_LABEL}" lines)')


def _add_signature_fields(pdf: bytes, signers: Sequence[SignatureLine]) -> bytes:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign.fields import SigFieldSpec, append_signature_field

    page, positions = _signature_lines(pdf, len(signers))
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    for signer, (x, y) in zip(signers, positions, strict=True):
        box = (
            int(x + _FIELD_OFFSET),
            int(y - _FIELD_BELOW),
            int(x + _FIELD_OFFSET + _FIELD_WIDTH),
            int(y + _FIELD_ABOVE),
        )
        append_signature_field(
            writer, SigFieldSpec(sig_field_name=signer.field_name, on_page=page, box=box)
        )
    output = io.BytesIO()
    writer.write(output)  # type: ignore[no-untyped-call]  # pyHanko ships no annotation here
    return output.getvalue()


def _pdf_date(moment: datetime) -> str:
    return moment.strftime("D:%Y%m%d%H%M%S+00'00'")


def _rewrite(pdf: bytes, info: PdfInfo, manifest_json: bytes) -> bytes:
    """The last write: fixed metadata, the manifest attached, an /ID from the content."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, ByteStringObject

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    stamp = _pdf_date(info.timestamp)
    # Replacing the whole dictionary drops LibreOffice's run-dependent /DocChecksum.
    writer.metadata = {
        "/Title": info.title,
        "/Author": info.author,
        "/Subject": info.subject,
        "/Keywords": info.keywords,
        "/Creator": info.creator,
        "/Producer": info.creator,
        "/CreationDate": stamp,
        "/ModDate": stamp,
    }
    attach_to_pdf(writer, manifest_json)
    writer._ID = None  # pypdf would otherwise keep LibreOffice's random /ID
    draft = io.BytesIO()
    writer.write(draft)
    digest = hashlib.md5(draft.getvalue(), usedforsecurity=False).digest()
    writer._ID = ArrayObject([ByteStringObject(digest), ByteStringObject(digest)])
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()
