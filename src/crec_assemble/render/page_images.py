"""Two PDFs compared as a reader sees them: page by page, rendered, region by region.

Text extraction cannot see a white rectangle drawn over "five (5) calendar days": the
words stay in the content stream. Rendering both the returned PDF and the reference (the
issued file, or a rebuild from the manifest) with PDFium, annotations and form fields
drawn, and comparing the pixels finds what was drawn over, drawn in or moved; the text
each file holds inside a region that differs says what it was ("page 4: covered: 'no
later than five (5) calendar days'").

How pixels are judged, and why:

- Pages are rendered at ``DPI`` (100), where 6-pt text is about 8 pixels high and each
  word is a blob of dozens of pixels, and a 10-page agreement renders and compares in
  well under a second.
- A pixel differs when its ink (its darkest channel: black text, and a yellow highlight
  too, whose blue channel is dark) differs by more than ``THRESHOLD`` (64 of 255) from
  the ink of every pixel within one pixel of it in the other rendering. The same content
  written again (a pypdf re-save, the content stream parsed and re-serialised) renders
  to the same pixels; the same page moved by a fraction of a point (coordinates rounded
  by another writer) snaps some glyphs to the next pixel, which the one-pixel allowance
  absorbs (a 0.02 to 0.7-pt shift of every page gave no difference, a 2-pt shift did),
  while a word drawn over, drawn in or hidden still differs by nearly 255.
- Differing pixels are gathered into cells of ``CELL`` pixels and cells within ``JOIN``
  cells of each other into one region (:mod:`.pixel_difference`), so a changed phrase, even
  over two lines, is one region rather than a region per letter; a region with fewer
  than ``MIN_PIXELS`` differing pixels is noise (a stray anti-aliased dot), not a change
  a reader could see.
- The signature widgets of both files are masked: a vendor's signature is expected
  there. Callers may mask more areas.

A different page count or page size is a difference of the whole page.
"""

from __future__ import annotations

import ctypes
import io
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from ..errors import InputError, quoted
from .pdf_overlays import Rect, signature_areas
from .pdfium_lock import PDFIUM
from .pixel_difference import (
    CELL,
    JOIN,
    MIN_PIXELS,
    THRESHOLD,
    over_threshold,
    pixel_groups,
    unexplained,
)
from .untrusted import check_time, open_pdf

if TYPE_CHECKING:
    from PIL.Image import Image
    from pypdfium2 import PdfBitmap, PdfDocument, PdfPage

__all__ = [
    "CELL",
    "DPI",
    "JOIN",
    "MIN_PIXELS",
    "THRESHOLD",
    "PageDifference",
    "Region",
    "compare_renderings",
    "side_by_side",
    "side_by_side_png",
]

DPI = 100
_SCALE = DPI / 72
_MASK_PAD = 2.0  # points around a masked area: its border's anti-aliasing
_GAP = 16  # pixels between the two pages of a side-by-side image
_RED = (220, 0, 0)

DifferenceKind = Literal["drawn", "size", "missing", "added"]


@dataclass(frozen=True)
class Region:
    """An area of a page that renders differently, in PDF points of the reference page,
    with the text each file holds there."""

    rect: Rect
    reference_text: str
    returned_text: str

    def describe(self) -> str:
        """What changed there, in words: covered, removed, added or changed text."""
        issued, returned = (
            " ".join(self.reference_text.split()),
            " ".join(self.returned_text.split()),
        )
        if issued and issued == returned:  # the words are still in the file, not as issued
            return f"covered: {quoted(issued)}"
        if issued and returned:
            return f"changed: {quoted(issued)} → {quoted(returned)}"
        if issued:
            return f"removed: {quoted(issued)}"
        if returned:
            return f"added: {quoted(returned)}"
        return "drawn where the issued page has no text"


@dataclass(frozen=True)
class PageDifference:
    """A page (1-based) that does not render as the reference does, and where.

    ``kind``: ``drawn`` (regions differ), ``size`` (the page's size differs), ``missing``
    (the returned file lacks the page) or ``added`` (only the returned file has it).
    """

    page: int
    kind: DifferenceKind
    regions: tuple[Region, ...]
    detail: str = ""

    def __str__(self) -> str:
        if self.kind != "drawn":
            return f"page {self.page}: {self.detail}"
        return f"page {self.page}: " + "; ".join(region.describe() for region in self.regions)


def compare_renderings(
    returned: bytes,
    reference: bytes,
    name: Path | str,
    *,
    masks: Mapping[int, Sequence[Rect]] | None = None,
) -> tuple[PageDifference, ...]:
    """The pages of ``returned`` that do not render as those of ``reference`` do.

    Args:
        returned: the PDF that came back.
        reference: the PDF it should match (the issued file or a rebuild).
        name: names the returned file in messages.
        masks: more areas to leave out, by page (1-based), in PDF points; the reference's
            signature widgets are always left out (a signature is expected there).

    Raises:
        InputError: when either PDF cannot be read, or is over a limit of :mod:`.untrusted`.
    """
    ignored = _masks(reference, name, masks or {})
    found: list[PageDifference] = []
    with _opened(returned, name) as ours, _opened(reference, f"{name} (reference)") as theirs:
        for index in range(max(len(ours), len(theirs))):
            check_time()
            if index >= len(ours):
                found.append(_whole(index, "missing", theirs[index], None))
            elif index >= len(theirs):
                found.append(_whole(index, "added", None, ours[index]))
            else:
                difference = _compare_page(index, ours[index], theirs[index], ignored)
                if difference is not None:
                    found.append(difference)
    return tuple(found)


def side_by_side(returned: bytes, reference: bytes, difference: PageDifference) -> bytes:
    """A PNG of one differing page: the reference (issued) page left, the returned page
    right, each region outlined in red on both (a whole page for a size or page-count
    difference).

    Raises:
        InputError: when either PDF cannot be read.
    """
    from PIL import Image, ImageDraw

    index = difference.page - 1
    with (
        _opened(returned, "the returned PDF") as ours,
        _opened(reference, "the reference") as theirs,
    ):
        pages = [theirs[index] if index < len(theirs) else None,
                 ours[index] if index < len(ours) else None]  # fmt: skip
        images = [_outlined(page, difference) for page in pages]
    blank_size = next(image.size for image in images if image is not None)
    shown = [image or Image.new("RGB", blank_size, (200, 200, 200)) for image in images]
    width = shown[0].width + _GAP + shown[1].width
    canvas = Image.new("RGB", (width, max(image.height for image in shown)), (255, 255, 255))
    canvas.paste(shown[0], (0, 0))
    canvas.paste(shown[1], (shown[0].width + _GAP, 0))
    middle = shown[0].width + _GAP // 2
    ImageDraw.Draw(canvas).line([(middle, 0), (middle, canvas.height)], fill=(128, 128, 128))
    output = io.BytesIO()
    canvas.save(output, format="PNG")
    return output.getvalue()


def side_by_side_png(
    returned: bytes, reference: bytes, difference: PageDifference, path: Path
) -> Path:
    """Write :func:`side_by_side` to ``path`` and return it."""
    path.write_bytes(side_by_side(returned, reference, difference))
    return path


@contextmanager
def _opened(data: bytes, name: Path | str) -> Iterator[PdfDocument]:
    """The PDF in PDFium with its form fields ready to draw, closed afterwards."""
    from pypdfium2 import PdfiumError

    with PDFIUM:
        document = open_pdf(data, name)
        try:
            document.init_forms()  # before any page is loaded, or widgets are not drawn
            yield document
        except PdfiumError as error:
            raise InputError(f"{name}: not a readable PDF ({error})") from None
        finally:
            document.close()


def _masks(
    reference: bytes, name: Path | str, extra: Mapping[int, Sequence[Rect]]
) -> dict[int, list[Rect]]:
    """Every area to leave out, by page: the reference's signature widgets (where a signature
    is expected) and ``extra``. A signature widget only the returned file has is not left
    out: it could be drawn over the whole page."""
    areas: dict[int, list[Rect]] = {}
    for found in (signature_areas(reference, f"{name} (reference)"), extra):
        for page, rects in found.items():
            areas.setdefault(page, []).extend(rects)
    return areas


def _bitmap(page: PdfPage) -> PdfBitmap:
    """The page rendered in RGB, its annotations and form fields drawn."""
    return page.render(scale=_SCALE, may_draw_forms=True, draw_annots=True, rev_byteorder=True)


def _render(page: PdfPage) -> Image:
    image: Image = _bitmap(page).to_pil()
    return image


def _size(page: PdfPage) -> tuple[float, float]:
    width, height = page.get_size()
    return round(width, 1), round(height, 1)


def _whole(
    index: int, kind: DifferenceKind, issued: PdfPage | None, returned: PdfPage | None
) -> PageDifference:
    """A difference of the whole page: its text as each file shows it."""
    shown = issued or returned
    assert shown is not None  # one of the two files has the page
    width, height = _size(shown)
    detail = {
        "missing": f"missing: the returned file has no page {index + 1}",
        "added": "added: the issued file has no such page",
        "size": "",
    }[kind]
    if kind == "size" and issued is not None and returned is not None:
        (iw, ih), (rw, rh) = _size(issued), _size(returned)
        detail = f"page size: issued {iw:g} x {ih:g} pt, returned {rw:g} x {rh:g} pt"
    rect = (0.0, 0.0, width, height) if issued is None else _bbox(issued)
    region = Region(rect, _visible_text(issued), _visible_text(returned))
    return PageDifference(index + 1, kind, (region,), detail)


def _bbox(page: PdfPage) -> Rect:
    """What the page shows: its CropBox clipped to its MediaBox, in PDF points."""
    left, bottom, right, top = page.get_bbox()
    return (float(left), float(bottom), float(right), float(top))


def _visible_text(page: PdfPage | None) -> str:
    return "" if page is None else str(page.get_textpage().get_text_bounded(*_bbox(page)))


def _compare_page(
    index: int, returned: PdfPage, issued: PdfPage, masks: Mapping[int, Sequence[Rect]]
) -> PageDifference | None:
    from PIL import ImageDraw

    if _size(returned) != _size(issued) or _bbox(returned) != _bbox(issued):
        return _whole(index, "size", issued, returned)
    ours_bitmap, theirs_bitmap = _bitmap(returned), _bitmap(issued)
    if bytes(ours_bitmap.buffer) == bytes(theirs_bitmap.buffer):
        return None  # the same pixels: most pages of a re-saved file, quickly
    ours, theirs = ours_bitmap.to_pil(), theirs_bitmap.to_pil()
    if ours.size != theirs.size:
        return _whole(index, "size", issued, returned)
    diff = unexplained(ours, theirs)
    draw = ImageDraw.Draw(diff)
    for rect in masks.get(index + 1, ()):
        padded = (
            rect[0] - _MASK_PAD,
            rect[1] - _MASK_PAD,
            rect[2] + _MASK_PAD,
            rect[3] + _MASK_PAD,
        )
        draw.rectangle(_device_box(issued, padded, diff.size), fill=0)
    binary = diff.point(over_threshold)
    if binary.getbbox() is None:
        return None
    regions = []
    ours_text, theirs_text = returned.get_textpage(), issued.get_textpage()
    for box in pixel_groups(binary):
        rect = _page_rect(issued, box, diff.size)
        padded = (rect[0] - 1, rect[1] - 1, rect[2] + 1, rect[3] + 1)
        regions.append(Region(rect, theirs_text.get_text_bounded(*padded),
                              ours_text.get_text_bounded(*padded)))  # fmt: skip
    return PageDifference(index + 1, "drawn", tuple(regions)) if regions else None


def _page_rect(page: PdfPage, box: tuple[int, int, int, int], size: tuple[int, int]) -> Rect:
    """A pixel box of the page's rendering as a rectangle in PDF points."""
    import pypdfium2.raw as pdfium_c

    corners = []
    for x, y in ((box[0], box[1]), (box[2], box[3])):
        px, py = ctypes.c_double(), ctypes.c_double()
        pdfium_c.FPDF_DeviceToPage(page.raw, 0, 0, size[0], size[1], 0, x, y,
                                   ctypes.byref(px), ctypes.byref(py))  # fmt: skip
        corners.append((round(px.value, 1), round(py.value, 1)))
    (x0, y0), (x1, y1) = corners
    return (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))


def _device_box(page: PdfPage, rect: Rect, size: tuple[int, int]) -> tuple[int, int, int, int]:
    """A rectangle in PDF points as a pixel box of the page's rendering."""
    import pypdfium2.raw as pdfium_c

    corners = []
    for x, y in ((rect[0], rect[1]), (rect[2], rect[3])):
        dx, dy = ctypes.c_int(), ctypes.c_int()
        pdfium_c.FPDF_PageToDevice(page.raw, 0, 0, size[0], size[1], 0, x, y,
                                   ctypes.byref(dx), ctypes.byref(dy))  # fmt: skip
        corners.append((dx.value, dy.value))
    (x0, y0), (x1, y1) = corners
    return (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))


def _outlined(page: PdfPage | None, difference: PageDifference) -> Image | None:
    """The page rendered, each region of the difference outlined in red."""
    from PIL import ImageDraw

    if page is None:
        return None
    image = _render(page)
    draw = ImageDraw.Draw(image)
    if difference.kind != "drawn":
        draw.rectangle((0, 0, image.width - 1, image.height - 1), outline=_RED, width=4)
        return image
    for region in difference.regions:
        left, top, right, bottom = _device_box(page, region.rect, image.size)
        draw.rectangle((left - 3, top - 3, right + 3, bottom + 3), outline=_RED, width=2)
    return image
