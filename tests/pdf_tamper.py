"""Alterations a vendor could make to an issued PDF, made with pypdf and pyHanko, and a PDF
made to hurt whatever reads it: for tests.

Each function takes the PDF's bytes and returns the altered bytes; none of them changes
the page text PDFium extracts, except where its name says so.
"""

from __future__ import annotations

import datetime
import io
import zlib
from collections.abc import Callable
from pathlib import Path

import pypdfium2
from pypdf import PageObject, PdfReader, PdfWriter
from pypdf.annotations import FreeText, Rectangle
from pypdf.generic import (
    ArrayObject,
    ContentStream,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
    RectangleObject,
    TextStringObject,
)

from crec_assemble.render.pdf_overlays import Rect

DEADLINE = "five (5) calendar days"
NEW_TERMS = "Contractor may share Student Data with its affiliates for marketing."


def phrase_box(pdf: bytes, phrase: str = DEADLINE) -> tuple[int, Rect]:
    """The page (0-based) and the box, in PDF points, of a phrase's first occurrence."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        for index in range(len(document)):
            text = document[index].get_textpage()
            hit = text.search(phrase, match_case=True).get_next()
            if hit is not None:
                boxes = [text.get_rect(i) for i in range(text.count_rects(*hit))]
                return index, (min(b[0] for b in boxes), min(b[1] for b in boxes),
                               max(b[2] for b in boxes), max(b[3] for b in boxes))  # fmt: skip
    finally:
        document.close()
    raise AssertionError(f"{phrase!r} is not in the PDF")


def _edited(pdf: bytes, edit: Callable[[PdfWriter], object]) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    edit(writer)
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()


def resaved(pdf: bytes) -> bytes:
    """The same PDF written again by pypdf."""
    return _edited(pdf, lambda writer: None)


def reserialised(pdf: bytes) -> bytes:
    """Every page's content stream parsed into operations and written out again."""

    def rewrite(writer: PdfWriter) -> None:
        for page in writer.pages:
            operations = ContentStream(page.get_contents(), writer).operations
            stream = ContentStream(None, writer)
            stream.operations = operations
            page.replace_contents(stream)
            page.compress_content_streams()

    return _edited(pdf, rewrite)


def shifted(pdf: bytes, by: float) -> bytes:
    """Every page's content moved ``by`` points right and up, as a writer that rounds
    coordinates differently might move it."""

    def move(writer: PdfWriter) -> None:
        for page in writer.pages:
            stream = ContentStream(None, writer)
            stream.set_data(f"1 0 0 1 {by} {by} cm\n".encode() + page.get_contents().get_data())  # type: ignore[union-attr]
            page.replace_contents(stream)

    return _edited(pdf, move)


def with_annotation(pdf: bytes, page: int, annotation: DictionaryObject, flags: int = 4) -> bytes:
    """The PDF with an annotation added to a page (0-based), its /F flags set (4: Print)."""
    annotation[NameObject("/F")] = NumberObject(flags)
    return _edited(pdf, lambda writer: writer.add_annotation(page, annotation))


def free_text(rect: Rect = (72, 72, 540, 100), text: str = NEW_TERMS) -> DictionaryObject:
    return FreeText(text=text, rect=rect, font_size="12pt")


def opaque_square(rect: Rect) -> DictionaryObject:
    """A Square filled white, its border white too: it hides what is under it."""
    square = Rectangle(rect=_padded(rect), interior_color="ffffff")
    square[NameObject("/C")] = ArrayObject([FloatObject(1), FloatObject(1), FloatObject(1)])
    return square


def stamp(rect: Rect = (400, 650, 560, 700)) -> DictionaryObject:
    return _annotation("/Stamp", rect, {"/Name": NameObject("/Approved")})


def ink(rect: Rect = (100, 300, 300, 340)) -> DictionaryObject:
    stroke = ArrayObject(FloatObject(v) for v in (100, 300, 200, 340, 300, 300))
    return _annotation("/Ink", rect, {"/InkList": ArrayObject([stroke]),
                                      "/C": ArrayObject([FloatObject(0)] * 3)})  # fmt: skip


def text_widget(rect: Rect, value: str, *, signature_parent: bool = False) -> DictionaryObject:
    """A form widget with an appearance that shows ``value``; a text field's, or a widget
    whose parent field is a signature field."""
    appearance = DecodedStreamObject()
    appearance.set_data(f"BT /Helv 10 Tf 2 6 Td ({value}) Tj ET".encode())
    appearance[NameObject("/Type")] = NameObject("/XObject")
    appearance[NameObject("/Subtype")] = NameObject("/Form")
    appearance[NameObject("/BBox")] = RectangleObject([0, 0, rect[2] - rect[0], rect[3] - rect[1]])
    widget = _annotation("/Widget", rect, {"/AP": DictionaryObject({NameObject("/N"): appearance})})
    if signature_parent:
        widget[NameObject("/Parent")] = DictionaryObject(
            {NameObject("/FT"): NameObject("/Sig"), NameObject("/T"): TextStringObject("Seal")}
        )
    else:
        widget[NameObject("/FT")] = NameObject("/Tx")
        widget[NameObject("/V")] = TextStringObject(value)
    return widget


def _annotation(subtype: str, rect: Rect, entries: dict[str, object]) -> DictionaryObject:
    annotation = DictionaryObject({
        NameObject("/Type"): NameObject("/Annot"),
        NameObject("/Subtype"): NameObject(subtype),
        NameObject("/Rect"): RectangleObject(list(rect)),
    })  # fmt: skip
    annotation.update({NameObject(key): value for key, value in entries.items()})
    return annotation


def _padded(rect: Rect, by: float = 1.5) -> Rect:
    return (rect[0] - by, rect[1] - by, rect[2] + by, rect[3] + by)


def with_white_rectangle(pdf: bytes, page: int, rect: Rect) -> bytes:
    """A white filled rectangle appended to the page's content stream, over ``rect``."""

    def paint(writer: PdfWriter) -> None:
        target = writer.pages[page]
        x0, y0, x1, y1 = _padded(rect)
        stream = ContentStream(None, writer)
        stream.set_data(b"q\n" + target.get_contents().get_data()  # type: ignore[union-attr]
                        + f"\nQ q 1 1 1 rg {x0:.2f} {y0:.2f} {x1 - x0:.2f} {y1 - y0:.2f} re f Q\n"
                        .encode())  # fmt: skip
        target.replace_contents(stream)

    return _edited(pdf, paint)


def with_inherited_crop_box(pdf: bytes, rect: Rect) -> bytes:
    """A CropBox on the page tree's root, which every page inherits."""

    def crop(writer: PdfWriter) -> None:
        pages = writer.root_object["/Pages"].get_object()
        assert isinstance(pages, DictionaryObject)
        pages[NameObject("/CropBox")] = RectangleObject(list(rect))

    return _edited(pdf, crop)


def with_media_box(pdf: bytes, rect: Rect, pages: tuple[int, ...] | None = None) -> bytes:
    """The MediaBox of some pages (0-based; all without ``pages``) set to ``rect``."""

    def resize(writer: PdfWriter) -> None:
        chosen: list[PageObject] = [writer.pages[i] for i in pages] if pages else list(writer.pages)
        for page in chosen:
            page.mediabox = RectangleObject(list(rect))

    return _edited(pdf, resize)


def without_last_page(pdf: bytes) -> bytes:
    def drop(writer: PdfWriter) -> None:
        writer.remove_page(len(writer.pages) - 1)

    return _edited(pdf, drop)


def signed(pdf: bytes, field: str, folder: Path) -> bytes:
    """The PDF signed in its empty signature field ``field`` by a self-signed test
    certificate (made here with ``cryptography``), as a vendor would sign it."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Dana Reyes (test)")])
    now = datetime.datetime(2026, 11, 28, tzinfo=datetime.UTC)
    certificate = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name)
        .public_key(key.public_key()).serial_number(1)
        .not_valid_before(now).not_valid_after(now + datetime.timedelta(days=365))
        .sign(key, hashes.SHA256())
    )  # fmt: skip
    key_file, certificate_file = folder / "signer.key", folder / "signer.pem"
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))  # fmt: skip
    certificate_file.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    signer = signers.SimpleSigner.load(str(key_file), str(certificate_file))  # type: ignore[no-untyped-call]
    assert signer is not None
    output = signers.sign_pdf(
        IncrementalPdfFileWriter(io.BytesIO(pdf)),
        signers.PdfSignatureMetadata(field_name=field),
        signer=signer,
    )
    return output.getvalue()  # type: ignore[no-any-return]


def spaces_pdf(megabytes: int, listed: int = 1) -> bytes:
    """A one-page PDF whose content is ``megabytes`` MiB of spaces packed with Flate (about
    a thousand to one), named ``listed`` times in the page's list of content streams."""
    packer = zlib.compressobj(9)
    packed = b"".join(packer.compress(b" " * (1 << 20))
                      for _ in range(megabytes)) + packer.flush()  # fmt: skip
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents [%s] >>"
        % b" ".join([b"4 0 R"] * listed),
        b"<< /Length %d /Filter /FlateDecode >> stream\n%s\nendstream" % (len(packed), packed),
    ]
    return pdf_of(objects)


def pdf_of(objects: list[bytes]) -> bytes:
    """A PDF file of these objects, numbered from 1 (the first is the catalog), with its
    cross-reference table: the smallest file a PDF reader takes."""
    body = b"%PDF-1.4\n"
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(body))
        body += b"%d 0 obj %s endobj\n" % (number, obj)
    xref = len(body)
    size = len(objects) + 1
    body += b"xref\n0 %d\n0000000000 65535 f \n" % size
    body += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    return body + b"trailer << /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref)
