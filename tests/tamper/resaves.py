"""Unchanged re-saves: what a vendor's tools do to a document without changing a word.
None of them may be flagged."""

from __future__ import annotations

import io
import zipfile

import docx
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pypdf import PdfReader, PdfWriter

from .altered import Altered, Target
from .documents import Issued
from .ooxml import rezip

__all__ = [
    "libreoffice_docx",
    "pyhanko_incremental",
    "pypdf_clone",
    "pypdf_compressed",
    "pypdf_pages",
    "python_docx",
    "rezip_reordered",
    "rezip_stored",
    "rezip_strongest",
]


def libreoffice_docx(issued: Issued, target: Target) -> Altered:
    """Opened and saved as DOCX by LibreOffice (done with every other conversion)."""
    return Altered(issued.docx, "LibreOffice docx → docx", convert="docx")


def python_docx(issued: Issued, target: Target) -> Altered:
    """Opened and saved by python-docx."""
    output = io.BytesIO()
    docx.Document(io.BytesIO(issued.docx)).save(output)
    return Altered(output.getvalue(), "python-docx open and save")


def rezip_stored(issued: Issued, target: Target) -> Altered:
    return Altered(rezip(issued.docx, compression=zipfile.ZIP_STORED), "re-zipped, stored")


def rezip_strongest(issued: Issued, target: Target) -> Altered:
    data = rezip(issued.docx, compression=zipfile.ZIP_DEFLATED, level=9)
    return Altered(data, "re-zipped, deflate level 9")


def rezip_reordered(issued: Issued, target: Target) -> Altered:
    data = rezip(issued.docx, compression=zipfile.ZIP_DEFLATED, reverse=True)
    return Altered(data, "re-zipped, entries in reverse order")


def _write(writer: PdfWriter) -> bytes:
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()


def pypdf_clone(issued: Issued, target: Target) -> Altered:
    """Read and written again by pypdf, the whole document cloned."""
    return Altered(_write(PdfWriter(clone_from=PdfReader(io.BytesIO(issued.pdf)))), "pypdf clone")


def pypdf_compressed(issued: Issued, target: Target) -> Altered:
    """Read and written by pypdf with every page's content recompressed and identical
    objects merged: other bytes, the same pages."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(issued.pdf)))
    for page in writer.pages:
        page.compress_content_streams(level=9)
    writer.compress_identical_objects()
    return Altered(_write(writer), "pypdf rewrite, content recompressed")


def pypdf_pages(issued: Issued, target: Target) -> Altered:
    """Every page read and written into a new PDF by pypdf: the same pages, but nothing of
    the document around them (its attachments, the manifest among them, are left behind)."""
    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(issued.pdf)))
    return Altered(_write(writer), "pypdf pages read and written into a new PDF")


def pyhanko_incremental(issued: Issued, target: Target) -> Altered:
    """An incremental save by pyHanko that changes nothing: the catalogue written again as
    it was, with a new trailer and /ID."""
    writer = IncrementalPdfFileWriter(io.BytesIO(issued.pdf))
    writer.update_root()  # type: ignore[no-untyped-call]
    output = io.BytesIO()
    writer.write(output)  # type: ignore[no-untyped-call]
    data = output.getvalue()
    assert data.startswith(issued.pdf) and len(data) > len(issued.pdf)
    return Altered(data, "pyHanko incremental no-op save")
