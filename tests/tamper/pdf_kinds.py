"""Alterations of an issued PDF: text edited (through LibreOffice, our manifest attached
again), annotations that draw (FreeText, an opaque Square, a Stamp, Ink), a white
rectangle in the page's content, page boxes that cut content off, a page removed, and
an incremental update that edits a page.

Every annotation carries its own appearance stream, so every viewer draws it the same.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Mapping

import pypdfium2 as pdfium
from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
    PdfObject,
    RectangleObject,
    TextStringObject,
)

from .altered import Altered, Target
from .documents import Issued
from .docx_body import edit_body
from .manifest_kinds import attach_manifest
from .ooxml import BODY, with_parts

__all__ = [
    "add_free_text",
    "add_ink",
    "add_signature_field",
    "add_square",
    "add_stamp",
    "cover_in_content",
    "crop_lower_page",
    "edit_incrementally",
    "edit_text",
    "locate",
    "remove_page",
    "shrink_media_box",
]

Box = tuple[float, float, float, float]  # left, bottom, right, top


def locate(pdf: bytes, phrase: str, nth: int = 0) -> tuple[int, Box]:
    """The page (from 0) and box of the ``nth`` occurrence of ``phrase`` on one line; when
    a line break splits it, the box of its words on the first line."""
    document = pdfium.PdfDocument(pdf)
    try:
        seen = 0
        for index in range(len(document)):
            text = document[index].get_textpage()
            searcher = text.search(phrase, match_case=True)
            while (found := searcher.get_next()) is not None:
                if seen == nth:
                    first, count = found
                    boxes = [text.get_charbox(first + i) for i in range(count)]
                    line = [b for b in boxes if abs(b[1] - boxes[0][1]) < 4]
                    return index, (min(b[0] for b in line), min(b[1] for b in line),
                                   max(b[2] for b in line), max(b[3] for b in line))  # fmt: skip
                seen += 1
    finally:
        document.close()
    raise AssertionError(f"{phrase!r} occurs fewer than {nth + 1} times in the PDF")


def _written(writer: PdfWriter) -> bytes:
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()


def _helvetica() -> DictionaryObject:
    return DictionaryObject({NameObject("/Type"): NameObject("/Font"),
                             NameObject("/Subtype"): NameObject("/Type1"),
                             NameObject("/BaseFont"): NameObject("/Helvetica")})  # fmt: skip


def _text_ops(text: str, size: float, x: float, y: float, rgb: str = "0 0 0") -> str:
    escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return f"BT /Helv {size} Tf {rgb} rg {x:.2f} {y:.2f} Td ({escaped}) Tj ET"


def _annotate(pdf: bytes, page: int, subtype: str, rect: Box, drawing: str,
              extra: Mapping[str, PdfObject]) -> bytes:  # fmt: skip
    """``pdf`` with an annotation of ``subtype`` on ``page``, its appearance ``drawing``
    (PDF operators in the annotation's own space, origin at its lower left)."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    left, bottom, right, top = rect
    appearance = DecodedStreamObject()
    appearance.set_data(drawing.encode("latin-1"))
    appearance.update({
        NameObject("/Type"): NameObject("/XObject"), NameObject("/Subtype"): NameObject("/Form"),
        NameObject("/BBox"): RectangleObject([0, 0, right - left, top - bottom]),
        NameObject("/Resources"): DictionaryObject({NameObject("/Font"): DictionaryObject(
            {NameObject("/Helv"): writer._add_object(_helvetica())})}),
    })  # fmt: skip
    annotation = DictionaryObject({
        NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject(subtype),
        NameObject("/Rect"): RectangleObject([left, bottom, right, top]),
        NameObject("/F"): NumberObject(4),  # printed
        NameObject("/AP"): DictionaryObject({NameObject("/N"): writer._add_object(appearance)}),
    })  # fmt: skip
    for key, value in extra.items():
        annotation[NameObject(key)] = value
    target = writer.pages[page]
    annotations = target.get("/Annots")
    array = annotations.get_object() if annotations is not None else ArrayObject()
    array.append(writer._add_object(annotation))
    target[NameObject("/Annots")] = array
    return _written(writer)


def add_free_text(issued: Issued, target: Target) -> Altered:
    """A FreeText annotation with new terms, in the margin beside the target phrase."""
    page, (_, bottom, _, top) = locate(issued.pdf, target.resolved(issued), target.nth)
    rect = (36.0, bottom - 30, 576.0, top + 2)
    drawing = f"1 1 0.8 rg 0 0 540 {top + 32 - bottom:.2f} re f " + _text_ops(target.new, 9, 4, 8)
    extra = {"/Contents": TextStringObject(target.new),
             "/DA": TextStringObject("/Helv 9 Tf 0 g")}  # fmt: skip
    return Altered(_annotate(issued.pdf, page, "/FreeText", rect, drawing, extra),
                   f"FreeText {target.new!r} on page {page + 1}")  # fmt: skip


def add_square(issued: Issued, target: Target) -> Altered:
    """An opaque white Square annotation over the target phrase."""
    page, (left, bottom, right, top) = locate(issued.pdf, target.resolved(issued), target.nth)
    rect = (left - 1, bottom - 3, right + 1, top + 2)
    drawing = f"1 g 0 0 {rect[2] - rect[0]:.2f} {rect[3] - rect[1]:.2f} re f"
    extra = {"/IC": ArrayObject([FloatObject(1), FloatObject(1), FloatObject(1)]),
             "/C": ArrayObject([FloatObject(1), FloatObject(1), FloatObject(1)])}  # fmt: skip
    return Altered(
        _annotate(issued.pdf, page, "/Square", rect, drawing, extra),
        f"opaque Square over {target.resolved(issued)!r} on page {page + 1}",
    )


def add_stamp(issued: Issued, target: Target) -> Altered:
    """A Stamp with new terms across the target phrase's lines."""
    page, (_, bottom, _, top) = locate(issued.pdf, target.resolved(issued), target.nth)
    rect = (150.0, bottom - 20, 470.0, top + 20)
    drawing = ("1 0 0 RG 2 w 1 1 318 " f"{rect[3] - rect[1] - 2:.2f} re S "
               + _text_ops(target.new, 14, 10, 14, "1 0 0"))  # fmt: skip
    extra: dict[str, PdfObject] = {
        "/Name": NameObject("/Approved"), "/Contents": TextStringObject(target.new)
    }  # fmt: skip
    return Altered(_annotate(issued.pdf, page, "/Stamp", rect, drawing, extra),
                   f"Stamp {target.new!r} on page {page + 1}")  # fmt: skip


def add_signature_field(issued: Issued, target: Target) -> Altered:
    """A new signature field as large as the page, its appearance painting the page white
    and writing new terms: a signature's appearance is expected only in the issued fields."""
    page, _ = locate(issued.pdf, target.resolved(issued), target.nth)
    rect = (0.0, 0.0, 612.0, 792.0)
    drawing = "1 g 0 0 612 792 re f " + _text_ops(target.new, 14, 72, 400)
    extra: dict[str, PdfObject] = {
        "/FT": NameObject("/Sig"), "/T": TextStringObject("Vendor approval")
    }  # fmt: skip
    return Altered(_annotate(issued.pdf, page, "/Widget", rect, drawing, extra),
                   f"signature field painting page {page + 1}")  # fmt: skip


def add_ink(issued: Issued, target: Target) -> Altered:
    """Ink that strikes the target phrase out, a thick line through its words."""
    page, (left, bottom, right, top) = locate(issued.pdf, target.resolved(issued), target.nth)
    middle = (bottom + top) / 2
    rect = (left - 2, bottom - 2, right + 2, top + 2)
    drawing = f"0 0 1 RG 3 w 2 {middle - rect[1]:.2f} m {right - left + 2:.2f} " \
              f"{middle - rect[1]:.2f} l S"  # fmt: skip
    ink = ArrayObject([ArrayObject([FloatObject(left), FloatObject(middle),
                                    FloatObject(right), FloatObject(middle)])])  # fmt: skip
    extra = {"/InkList": ink, "/C": ArrayObject([FloatObject(0), FloatObject(0), FloatObject(1)])}
    return Altered(
        _annotate(issued.pdf, page, "/Ink", rect, drawing, extra),
        f"Ink through {target.resolved(issued)!r} on page {page + 1}",
    )


def _cover(writer: PdfWriter, page: int, box: Box, new: str) -> None:
    """Draw, on top of the page's content, a white rectangle over ``box`` and ``new`` in it."""
    left, bottom, right, top = box
    width, height = right - left + 2, top - bottom + 5
    ops = f"q 1 g {left - 1:.2f} {bottom - 3:.2f} {width:.2f} {height:.2f} re f Q"
    if new:
        ops += " " + _text_ops(new, 10, left, bottom)
    stream = DecodedStreamObject()
    stream.set_data(ops.encode("latin-1"))
    target = writer.pages[page]
    if new:
        resources = target["/Resources"].get_object()
        assert isinstance(resources, DictionaryObject)
        fonts = resources.get("/Font")
        fonts = fonts.get_object() if fonts is not None else DictionaryObject()
        assert isinstance(fonts, DictionaryObject)
        fonts[NameObject("/Helv")] = writer._add_object(_helvetica())
        resources[NameObject("/Font")] = fonts
    contents = target.raw_get("/Contents")  # a stream must stay an indirect object
    resolved = contents.get_object()
    parts = list(resolved) if isinstance(resolved, ArrayObject) else [contents]
    target[NameObject("/Contents")] = ArrayObject([*parts, writer._add_object(stream)])


def cover_in_content(issued: Issued, target: Target) -> Altered:
    """A white rectangle appended to the page's content stream over the target phrase."""
    page, box = locate(issued.pdf, target.resolved(issued), target.nth)
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(issued.pdf)))
    _cover(writer, page, box, "")
    return Altered(
        _written(writer), f"white rectangle over {target.resolved(issued)!r} on page {page + 1}"
    )


def edit_incrementally(issued: Issued, target: Target) -> Altered:
    """An incremental update (the issued bytes kept, a revision appended) whose page content
    covers the target phrase and writes new words over it."""
    page, box = locate(issued.pdf, target.resolved(issued), target.nth)
    writer = PdfWriter(io.BytesIO(issued.pdf), incremental=True)
    _cover(writer, page, box, target.new)
    altered = _written(writer)
    assert altered.startswith(issued.pdf) and len(altered) > len(issued.pdf)
    return Altered(altered, f"incremental update: {target.resolved(issued)!r} → {target.new!r}")


def _boxed(issued: Issued, target: Target, box: str, keep: float) -> Altered:
    """The page of the target phrase with its ``box`` cut to its upper ``keep`` part."""
    page, _ = locate(issued.pdf, target.resolved(issued), target.nth)
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(issued.pdf)))
    left, bottom, right, top = (float(v) for v in writer.pages[page].mediabox)
    cut = RectangleObject([left, top - (top - bottom) * keep, right, top])
    setattr(writer.pages[page], box, cut)
    return Altered(_written(writer), f"{box} of page {page + 1} cut to its upper {keep:.0%}")


def crop_lower_page(issued: Issued, target: Target) -> Altered:
    return _boxed(issued, target, "cropbox", 0.45)


def shrink_media_box(issued: Issued, target: Target) -> Altered:
    return _boxed(issued, target, "mediabox", 0.6)


def remove_page(issued: Issued, target: Target) -> Altered:
    """The page holding the target phrase left out (the manifest stays attached)."""
    page, _ = locate(issued.pdf, target.resolved(issued), target.nth)
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(issued.pdf)))
    writer.remove_page(page)
    return Altered(_written(writer), f"page {page + 1} removed")


def edit_text(issued: Issued, target: Target) -> Altered:
    """The words edited in the DOCX, which LibreOffice turns into a PDF that then gets the
    issued manifest attached: a PDF whose text says something else."""
    docx = with_parts(issued.docx, {BODY: edit_body(issued, target)})
    manifest = PdfReader(io.BytesIO(issued.pdf)).attachments["manifest.json"][0]
    finish: Callable[[bytes], bytes] = lambda pdf: attach_manifest(pdf, manifest)  # noqa: E731
    return Altered(docx, f"{target.resolved(issued)!r} → {target.new!r} (via LibreOffice)",
                   convert="pdf", finish=finish)  # fmt: skip
