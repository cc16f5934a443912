"""What a returned PDF draws besides its text: annotations and page boxes, as alterations.

``verify`` compares a PDF's extracted text with its manifest, and that text is the page
content alone. A viewer also draws annotations (a FreeText with new terms, an opaque
Square over a deadline, a Stamp, Ink) and shows only the part of a page inside its
CropBox; none of that reaches the extracted text. An issued PDF carries no annotation
but its empty signature fields, every page is the same size and shows the whole of its
MediaBox, and no word lies outside it, so any of these, found in a returned file, is a
change a reader would see, and is reported as one — without any reference file.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

from ..errors import quoted
from ..render.extract import PdfPageText
from ..render.pdf_overlays import Overlay, PageBoxes, drawn_annotations, page_boxes, text_outside
from .report import Alteration

__all__ = ["pdf_alterations"]


def pdf_alterations(
    data: bytes, name: Path | str, pages: Sequence[PdfPageText]
) -> tuple[Alteration, ...]:
    """The annotations a viewer draws on the PDF's pages (signature widgets aside) and the
    pages whose boxes hide part of them or differ from the others, in page order.

    Args:
        data: the PDF.
        name: names it in messages.
        pages: its pages' text, read by the caller with ``outside=True``
            (:func:`~crec_assemble.render.extract.pdf_page_texts`), for the words each page
            holds outside what it shows.

    Raises:
        InputError: when the PDF cannot be read, or is over a limit of
            :mod:`crec_assemble.render.untrusted`.
    """
    found = [*map(_annotation, drawn_annotations(data, name)),
             *_page_box_changes(page_boxes(data, name), text_outside(pages))]  # fmt: skip
    return tuple(sorted(found, key=lambda alteration: int(alteration.where.split()[-1])))


def _annotation(overlay: Overlay) -> Alteration:
    left, bottom, right, top = overlay.rect
    detail = (
        f"{overlay.subtype}: {quoted(overlay.text)}"
        if overlay.text
        else f"{overlay.subtype} drawn at ({left:g}, {bottom:g}, {right:g}, {top:g}) pt"
    )
    return Alteration("annotation", f"page {overlay.page}", detail)


def _page_box_changes(
    boxes: tuple[PageBoxes, ...], outside: Mapping[int, str]
) -> Iterator[Alteration]:
    """A page cropped, of another size or turn than most pages, or with words outside what
    it shows; one alteration per page, saying each."""
    shapes = Counter((page.size, page.rotate) for page in boxes)
    # The most common size and turn; on a tie, the first page's (Counter keeps insertion order).
    usual = max(shapes, key=lambda shape: shapes[shape]) if shapes else None
    for page in boxes:
        said = []
        if page.cropped:
            said.append(f"its CropBox {_box(page.crop_box)} shows less than its MediaBox "
                        f"{_box(page.media_box)}")  # fmt: skip
        if usual is not None and (page.size, page.rotate) != usual:
            (width, height), rotate = usual
            said.append(f"it is {_shape(page.size, page.rotate)}, the other pages "
                        f"{_shape((width, height), rotate)}")  # fmt: skip
        if page.page in outside:
            said.append(f"text outside what it shows: {quoted(outside[page.page])}")
        if said:
            yield Alteration("page box", f"page {page.page}", "; ".join(said))


def _box(rect: tuple[float, float, float, float]) -> str:
    return "[" + " ".join(f"{value:g}" for value in rect) + "]"


def _shape(size: tuple[float, float], rotate: int) -> str:
    turned = f", turned {rotate}°" if rotate else ""
    return f"{size[0]:g} x {size[1]:g} pt{turned}"
