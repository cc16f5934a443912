"""Two PDFs compared as rendered: what is drawn over, drawn in or cut off, and where.

The returned copies are made in the test, with pypdf or pyHanko, from a PDF the real
build wrote; the issued PDF is the reference.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2
import pytest
from PIL import Image, ImageChops

from crec_assemble.pipeline.produce import Produced
from crec_assemble.render.page_images import (
    DPI,
    PageDifference,
    compare_renderings,
    side_by_side_png,
)
from crec_assemble.render.pdf_overlays import signature_areas
from crec_assemble.verify import verify_bytes

from pdf_tamper import (
    DEADLINE,
    ink,
    opaque_square,
    phrase_box,
    resaved,
    reserialised,
    shifted,
    signed,
    with_annotation,
    with_inherited_crop_box,
    with_media_box,
    with_white_rectangle,
    without_last_page,
)


@pytest.fixture(scope="module")
def issued(built_examples: list[Produced]) -> bytes:
    """The operator agreement's PDF as the build wrote it."""
    return next(o.path.read_bytes() for d in built_examples for o in d.outputs
                if o.path.name == "acme-learning-inc.pdf")  # fmt: skip


def _pages(pdf: bytes) -> int:
    document = pypdfium2.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


@pytest.mark.parametrize("copy", [resaved, reserialised], ids=["pypdf-resave", "reserialised"])
def it_finds_no_difference_in_the_same_content_written_again(issued: bytes, copy: object) -> None:
    returned = copy(issued)  # type: ignore[operator]
    assert returned != issued
    assert compare_renderings(returned, issued, "returned.pdf", masks={}) == ()


@pytest.mark.parametrize("by", [0.02, 0.3, 0.7], ids=["0.02pt", "0.3pt", "0.7pt"])
def it_allows_for_glyphs_a_fraction_of_a_point_away(issued: bytes, by: float) -> None:
    assert compare_renderings(shifted(issued, by), issued, "returned.pdf", masks={}) == ()


def it_finds_a_page_moved_by_two_points(issued: bytes) -> None:
    differences = compare_renderings(shifted(issued, 2), issued, "returned.pdf", masks={})
    assert [d.page for d in differences] == list(range(1, _pages(issued) + 1))


def it_finds_the_words_a_white_rectangle_covers_which_the_text_check_cannot(issued: bytes) -> None:
    page, box = phrase_box(issued)
    returned = with_white_rectangle(issued, page, box)
    assert verify_bytes(returned, Path("returned.pdf")).intact  # the words are still there
    [difference] = compare_renderings(returned, issued, "returned.pdf", masks={})
    assert (difference.page, difference.kind) == (page + 1, "drawn")
    [region] = difference.regions  # one phrase, one region
    assert " ".join(region.reference_text.split()) == DEADLINE
    assert " ".join(region.returned_text.split()) == DEADLINE
    assert str(difference) == f"page {page + 1}: covered: {DEADLINE!r}"
    left, bottom, right, top = region.rect
    assert box[0] - 3 <= left and right <= box[2] + 3 and box[1] - 3 <= bottom and top <= box[3] + 3


def it_finds_an_opaque_annotation_over_the_deadline(issued: bytes) -> None:
    page, box = phrase_box(issued)
    [difference] = compare_renderings(
        with_annotation(issued, page, opaque_square(box)), issued, "returned.pdf", masks={}
    )
    assert str(difference) == f"page {page + 1}: covered: {DEADLINE!r}"


def it_gathers_an_ink_stroke_into_one_region(issued: bytes) -> None:
    [difference] = compare_renderings(
        with_annotation(issued, 2, ink()), issued, "returned.pdf", masks={}
    )
    assert difference.page == 3
    [region] = difference.regions
    left, bottom, right, top = region.rect
    assert 95 <= left <= 105 and 295 <= bottom <= 305 and 295 <= right <= 305 and top <= 345


def it_leaves_out_the_areas_it_is_told_to(issued: bytes) -> None:
    page, box = phrase_box(issued)
    returned = with_white_rectangle(issued, page, box)
    wide = (box[0] - 10, box[1] - 10, box[2] + 10, box[3] + 10)
    assert compare_renderings(returned, issued, "returned.pdf", masks={page + 1: [wide]}) == ()


def it_reports_a_cropped_page_as_a_difference_of_the_whole_page(issued: bytes) -> None:
    returned = with_inherited_crop_box(issued, (0, 396, 612, 792))
    differences = compare_renderings(returned, issued, "returned.pdf", masks={})
    assert [d.page for d in differences] == list(range(1, _pages(issued) + 1))
    assert {(d.kind, str(d).split(": ", 1)[1]) for d in differences} == {
        ("size", "page size: issued 612 x 792 pt, returned 612 x 396 pt")
    }
    [region] = differences[0].regions
    assert region.rect == (0.0, 0.0, 612.0, 792.0)
    assert len(region.returned_text) < len(region.reference_text)  # the lower half is not shown


def it_reports_a_page_of_another_size(issued: bytes) -> None:
    returned = with_media_box(issued, (0, 0, 595, 842), pages=(1,))
    [difference] = compare_renderings(returned, issued, "returned.pdf", masks={})
    assert str(difference) == "page 2: page size: issued 612 x 792 pt, returned 595 x 842 pt"


def it_reports_a_missing_page(issued: bytes) -> None:
    last = _pages(issued)
    [difference] = compare_renderings(without_last_page(issued), issued, "r.pdf", masks={})
    assert (difference.page, difference.kind) == (last, "missing")
    assert (
        "Page" in difference.regions[0].reference_text and not difference.regions[0].returned_text
    )
    [added] = compare_renderings(issued, without_last_page(issued), "r.pdf", masks={})
    assert (added.page, added.kind) == (last, "added")


def it_masks_a_vendors_signature_in_either_file(issued: bytes, tmp_path: Path) -> None:
    returned = signed(issued, "Signature-Contractor", tmp_path)
    [page] = signature_areas(issued, "issued.pdf")
    assert _rendered(returned, page) != _rendered(issued, page)  # the signature is drawn
    assert compare_renderings(returned, issued, "signed.pdf", masks={}) == ()
    assert compare_renderings(issued, returned, "issued.pdf", masks={}) == ()


def _rendered(pdf: bytes, page: int) -> bytes:
    document = pypdfium2.PdfDocument(pdf)
    try:
        document.init_forms()
        return bytes(document[page - 1].render(scale=DPI / 72, may_draw_forms=True).buffer)
    finally:
        document.close()


def it_writes_the_issued_and_the_returned_page_side_by_side(issued: bytes, tmp_path: Path) -> None:
    page, box = phrase_box(issued)
    returned = with_white_rectangle(issued, page, box)
    [difference] = compare_renderings(returned, issued, "returned.pdf", masks={})
    path = side_by_side_png(returned, issued, difference, tmp_path / "page.png")
    with Image.open(path) as image:
        assert image.format == "PNG"
        width, height = round(612 * DPI / 72), round(792 * DPI / 72)
        assert image.height == height and 2 * width < image.width < 2 * width + 40
        left = image.crop((0, 0, width, height))
        right = image.crop((image.width - width, 0, image.width, height))
        assert _red_pixels(left) > 100 and _red_pixels(right) > 100  # outlined on both
        assert ImageChops.difference(left, right).getbbox() is not None  # the words, and not


def _red_pixels(image: Image.Image) -> int:
    red, green, _ = image.convert("RGB").split()
    strong = red.point(lambda v: 255 if v > 180 else 0)
    weak = ImageChops.invert(green).point(lambda v: 255 if v > 180 else 0)
    mask = ImageChops.multiply(strong, weak)
    return mask.histogram()[255]


def it_writes_a_missing_page_beside_a_blank(issued: bytes, tmp_path: Path) -> None:
    returned = without_last_page(issued)
    [difference] = compare_renderings(returned, issued, "returned.pdf", masks={})
    assert isinstance(difference, PageDifference)
    path = side_by_side_png(returned, issued, difference, tmp_path / "missing.png")
    with Image.open(path) as image:
        assert image.width > 2 * round(612 * DPI / 72)
