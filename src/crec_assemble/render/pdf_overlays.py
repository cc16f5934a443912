"""What a PDF draws besides its page content: annotations, and the boxes that frame a page.

Text extraction reads a page's content stream only, so a FreeText annotation with new
terms, an opaque Square drawn over a deadline, or a CropBox that hides the lower half of a
page all leave the extracted text as it was. This module lists what a viewer would draw
and show, so ``verify`` can count it as content:

- :func:`drawn_annotations`: every annotation a viewer draws on a page (markup, stamps,
  ink, notes, widget appearances…), except a signature field's widget, which a vendor's
  signature is expected to fill, and annotations flagged Hidden or NoView.
- :func:`page_boxes`: each page's MediaBox and effective CropBox, /Rotate and /UserUnit.
- :func:`text_outside_pages`: the words a page holds outside the part of it a viewer
  shows (a CropBox or MediaBox made smaller to hide them).
- :func:`signature_areas`: where the signature widgets sit, so a rendered comparison can
  leave them out.

The PDF is read with pypdf through :func:`~.untrusted.open_pdf_reader` (and with PDFium,
through :mod:`.extract`, for where its words are), within their limits; each page's
walk calls :func:`~.untrusted.check_time`. The functions are pure over the
bytes, so the same calls serve a returned file and a rebuild of it.
"""

from __future__ import annotations

import logging
import re
import zlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import InputError
from .extract import PdfPageText, pdf_page_texts
from .untrusted import check_time, open_pdf_reader

if TYPE_CHECKING:
    from pypdf import PageObject, PdfReader

__all__ = [
    "DRAWING_SUBTYPES",
    "Overlay",
    "PageBoxes",
    "Rect",
    "drawn_annotations",
    "page_boxes",
    "signature_areas",
    "text_outside",
    "text_outside_pages",
]

Rect = tuple[float, float, float, float]
"""(left, bottom, right, top) in PDF points, in the page's default user space."""

# Annotations a viewer draws even without an appearance stream of their own: it makes one.
DRAWING_SUBTYPES = frozenset({
    "FreeText", "Square", "Circle", "Polygon", "PolyLine", "Line", "Ink", "Stamp",
    "Highlight", "Underline", "StrikeOut", "Squiggly", "Caret", "FileAttachment", "Text",
})  # fmt: skip
_HIDDEN, _NO_VIEW = 1 << 1, 1 << 5  # annotation flags (PDF 32000-1, 12.5.3): bits 2 and 6
_MAX_PARENTS = 32  # a field tree deeper than this is damaged, or made to loop
_TAG = re.compile(r"<[^>]*>")  # rich text (/RC) is XHTML: its words are what a reader sees


@dataclass(frozen=True)
class Overlay:
    """An annotation a viewer draws: on which page (1-based), what kind, where, and its text
    (from /Contents, rich text or a field's value; empty when it has none)."""

    page: int
    subtype: str
    rect: Rect
    text: str


@dataclass(frozen=True)
class PageBoxes:
    """A page's boxes as plain floats: the CropBox inherited from /Pages when the page has
    none of its own, clipped to the MediaBox (what a viewer shows), /Rotate in degrees."""

    page: int
    media_box: Rect
    crop_box: Rect
    rotate: int
    user_unit: float

    @property
    def cropped(self) -> bool:
        """Whether the CropBox hides part of the MediaBox."""
        return any(abs(c - m) > 0.01 for c, m in zip(self.crop_box, self.media_box, strict=True))

    @property
    def size(self) -> tuple[float, float]:
        """The page's size as shown, in points: rotated a quarter turn, width and height swap."""
        left, bottom, right, top = self.crop_box
        width, height = (right - left) * self.user_unit, (top - bottom) * self.user_unit
        return (height, width) if self.rotate % 180 else (width, height)


def drawn_annotations(data: bytes, name: Path | str) -> tuple[Overlay, ...]:
    """Every annotation a viewer draws on a page, page by page, in the page's order.

    Drawn: the markup, stamp, ink, note and file-attachment subtypes (a viewer makes their
    appearance when they carry none), and any annotation with a normal appearance stream
    (``/AP /N``), form widgets included. Not drawn: a signature field's widget (``/FT /Sig``
    on the widget or a parent field: a vendor's signature appearance is expected there), a
    Link or Popup without an appearance, and anything flagged Hidden or NoView.

    Raises:
        InputError: when the PDF cannot be read, or is over a limit of :mod:`.untrusted`.
    """
    found: list[Overlay] = []
    with _reader(data, name) as reader:
        for number, annotation in _annotations(reader):
            subtype = _name(annotation.get("/Subtype"))
            if _draws(annotation, subtype):
                found.append(Overlay(number, subtype, _rect(annotation), _text(annotation)))
    return tuple(found)


def signature_areas(data: bytes, name: Path | str) -> dict[int, tuple[Rect, ...]]:
    """The rectangles of the signature widgets, by page (1-based): the places a signed copy
    may differ from the issued one.

    Raises:
        InputError: when the PDF cannot be read, or is over a limit of :mod:`.untrusted`.
    """
    areas: dict[int, list[Rect]] = {}
    with _reader(data, name) as reader:
        for number, annotation in _annotations(reader):
            if _is_signature(annotation):
                areas.setdefault(number, []).append(_rect(annotation))
    return {number: tuple(rects) for number, rects in areas.items()}


def page_boxes(data: bytes, name: Path | str) -> tuple[PageBoxes, ...]:
    """Each page's MediaBox, effective CropBox, /Rotate and /UserUnit.

    pypdf copies the boxes and /Rotate a page inherits from its /Pages ancestors onto the
    page when it reads the page tree, so an inherited CropBox counts as the page's own.

    Raises:
        InputError: when the PDF cannot be read, or is over a limit of :mod:`.untrusted`.
    """
    boxes: list[PageBoxes] = []
    with _reader(data, name) as reader:
        for number, page in enumerate(reader.pages, start=1):
            check_time()
            boxes.append(_boxes(number, page))
    return tuple(boxes)


def text_outside_pages(data: bytes, name: Path | str) -> dict[int, str]:
    """The text each page (1-based) holds outside what a viewer shows of it, for the pages
    that hold any: PDFium extracts every word of the content stream, shown or not.

    Raises:
        InputError: when PDFium cannot read the PDF, or it is over a limit of
            :mod:`.untrusted`.
    """
    return text_outside(pdf_page_texts(data, name, hyphenated=False, outside=True))


def text_outside(pages: Sequence[PdfPageText]) -> dict[int, str]:
    """:func:`text_outside_pages` for pages already read with ``outside=True``."""
    return {number: page.outside for number, page in enumerate(pages, start=1) if page.outside}


def _boxes(number: int, page: PageObject) -> PageBoxes:
    media = _normal(page.get("/MediaBox")) or (0.0, 0.0, 612.0, 792.0)  # PDF's default
    crop = _normal(page.get("/CropBox")) or media
    clipped = (max(crop[0], media[0]), max(crop[1], media[1]),
               min(crop[2], media[2]), min(crop[3], media[3]))  # fmt: skip
    if clipped[0] >= clipped[2] or clipped[1] >= clipped[3]:  # no overlap: nothing is shown
        clipped = (media[0], media[1], media[0], media[1])
    rotate = _number(page.get("/Rotate"), 0.0)
    unit = _number(page.get("/UserUnit"), 1.0)
    return PageBoxes(number, media, clipped, int(rotate) % 360, unit if unit > 0 else 1.0)


@contextmanager
def _reader(data: bytes, name: Path | str) -> Iterator[PdfReader]:
    """The PDF opened with pypdf, its warnings quiet, each way a damaged file fails one
    :class:`InputError` (pypdf reads objects lazily, so the walk is inside the guard)."""
    from pypdf.errors import LimitReachedError, PyPdfError

    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield open_pdf_reader(data, name)
    except LimitReachedError:
        raise InputError(
            f"{name}: refused: a PDF stream unpacks to more than pypdf's limit"
        ) from None
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError,
            RecursionError, zlib.error) as error:  # fmt: skip
        raise InputError(f"{name}: not a readable PDF ({type(error).__name__})") from None
    finally:
        logger.setLevel(level)


def _annotations(reader: PdfReader) -> Iterator[tuple[int, Any]]:
    """(page number, annotation dictionary) for each annotation, page by page."""
    from pypdf.generic import DictionaryObject

    for number, page in enumerate(reader.pages, start=1):
        check_time()
        annotations = page.get("/Annots")
        annotations = annotations.get_object() if annotations is not None else []
        for reference in annotations if isinstance(annotations, list) else []:
            annotation = reference.get_object()
            if isinstance(annotation, DictionaryObject):
                yield number, annotation


def _draws(annotation: Any, subtype: str) -> bool:
    flags = int(_number(annotation.get("/F"), 0.0))
    if flags & (_HIDDEN | _NO_VIEW):
        return False
    if subtype == "Widget" and _is_signature(annotation):
        return False
    return subtype in DRAWING_SUBTYPES or _has_appearance(annotation)


def _has_appearance(annotation: Any) -> bool:
    from pypdf.generic import DictionaryObject

    appearance = annotation.get("/AP")
    appearance = appearance.get_object() if appearance is not None else None
    return isinstance(appearance, DictionaryObject) and appearance.get("/N") is not None


def _is_signature(annotation: Any) -> bool:
    """Whether a widget belongs to a signature field: /FT /Sig on it or on a parent field."""
    if _name(annotation.get("/Subtype")) != "Widget":
        return False
    node = annotation
    for _ in range(_MAX_PARENTS):
        field_type = node.get("/FT")
        if field_type is not None:
            return _name(field_type) == "Sig"
        parent = node.get("/Parent")
        if parent is None:
            return False
        node = parent.get_object()
        if not hasattr(node, "get"):
            return False
    return False


def _text(annotation: Any) -> str:
    """What the annotation says: /Contents, else its rich text, else a field's value."""
    for key in ("/Contents", "/RC", "/V"):
        value = annotation.get(key)
        value = value.get_object() if value is not None else None
        if isinstance(value, str) and value.strip():
            text = _TAG.sub(" ", value) if key == "/RC" else value
            return " ".join(text.split())
    return ""


def _rect(annotation: Any) -> Rect:
    return _normal(annotation.get("/Rect")) or (0.0, 0.0, 0.0, 0.0)


def _normal(value: Any) -> Rect | None:
    """A rectangle as (left, bottom, right, top), whichever corners the file gave; None
    when it is not four numbers."""
    value = value.get_object() if value is not None else None
    if not isinstance(value, list) or len(value) != 4:
        return None
    try:
        x0, y0, x1, y1 = (float(item.get_object()) for item in value)
    except (TypeError, ValueError, AttributeError):
        return None
    return (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))


def _number(value: Any, default: float) -> float:
    value = value.get_object() if value is not None else None
    try:
        return float(value) if value is not None else default
    except (TypeError, ValueError):
        return default


def _name(value: Any) -> str:
    value = value.get_object() if value is not None else None
    return str(value).removeprefix("/") if value is not None else ""
