"""What a PDF draws besides its text: annotations and page boxes are content ``verify`` reads.

Each alteration is made in the test, with pypdf or pyHanko, on a PDF the real build wrote.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf.generic import DictionaryObject

from crec_assemble.pipeline.produce import Produced
from crec_assemble.render.pdf_overlays import (
    drawn_annotations,
    page_boxes,
    signature_areas,
    text_outside_pages,
)
from crec_assemble.verify import Alteration, verify_bytes

from pdf_tamper import (
    NEW_TERMS,
    free_text,
    ink,
    opaque_square,
    phrase_box,
    resaved,
    signed,
    stamp,
    text_widget,
    with_annotation,
    with_inherited_crop_box,
    with_media_box,
)

LETTER = (0.0, 0.0, 612.0, 792.0)


def _pdfs(built: list[Produced]) -> list[tuple[str, bytes]]:
    return [(o.path.name, o.path.read_bytes()) for d in built for o in d.outputs
            if o.format == "pdf"]  # fmt: skip


@pytest.fixture(scope="module")
def issued(built_examples: list[Produced]) -> bytes:
    """The operator agreement's PDF as the build wrote it, with two signature fields."""
    return next(pdf for name, pdf in _pdfs(built_examples) if name == "acme-learning-inc.pdf")


def _alterations(pdf: bytes) -> tuple[Alteration, ...]:
    """What verify reports besides the words; any of it makes the report not intact."""
    report = verify_bytes(pdf, Path("returned.pdf"))
    assert report.intact is (not report.alterations and not report.altered and not report.added)
    return report.alterations


def it_finds_nothing_drawn_and_whole_us_letter_pages_in_every_built_example(
    built_examples: list[Produced],
) -> None:
    pdfs = _pdfs(built_examples)
    assert len(pdfs) == 7
    for name, pdf in pdfs:
        assert drawn_annotations(pdf, name) == (), name
        assert {(b.media_box, b.crop_box, b.rotate, b.user_unit) for b in page_boxes(pdf, name)} \
            == {(LETTER, LETTER, 0, 1.0)}, name  # fmt: skip
        assert text_outside_pages(pdf, name) == {}, name
        report = verify_bytes(pdf, Path(name))
        assert report.alterations == () and report.intact, name


def it_knows_where_the_empty_signature_fields_are(issued: bytes) -> None:
    areas = signature_areas(issued, "issued.pdf")
    assert len(areas) == 1
    [rects] = areas.values()
    assert len(rects) == 2  # CREC's and the contractor's
    assert all(0 < left < right < 612 and 0 < bottom < top < 792
               for left, bottom, right, top in rects)  # fmt: skip


def it_reports_a_free_text_annotation_with_its_new_terms(issued: bytes) -> None:
    returned = with_annotation(issued, 1, free_text())
    assert _alterations(returned) == (
        Alteration("annotation", "page 2", f"FreeText: {NEW_TERMS!r}"),
    )
    assert verify_bytes(returned, Path("returned.pdf")).exit_code == 1


def it_reports_an_opaque_square_over_the_deadline(issued: bytes) -> None:
    page, box = phrase_box(issued)
    [found] = _alterations(with_annotation(issued, page, opaque_square(box)))
    assert (found.kind, found.where) == ("annotation", f"page {page + 1}")
    assert found.detail.startswith("Square drawn at (")
    [overlay] = drawn_annotations(with_annotation(issued, page, opaque_square(box)), "x")
    left, bottom, right, top = overlay.rect
    assert left < box[0] and bottom < box[1] and right > box[2] and top > box[3]


@pytest.mark.parametrize(
    ("annotation", "subtype"),
    [(stamp(), "Stamp"), (ink(), "Ink"), (text_widget((72, 72, 300, 90), "Also sold"), "Widget")],
    ids=["stamp", "ink", "text-field-widget"],
)
def it_reports_every_annotation_that_draws(
    issued: bytes, annotation: DictionaryObject, subtype: str
) -> None:
    [found] = _alterations(with_annotation(issued, 2, annotation))
    assert (found.kind, found.where) == ("annotation", "page 3")
    assert found.detail.startswith(subtype)


@pytest.mark.parametrize("flags", [2, 32, 2 | 4], ids=["hidden", "no-view", "hidden-and-print"])
def it_ignores_an_annotation_a_viewer_does_not_draw(issued: bytes, flags: int) -> None:
    assert _alterations(with_annotation(issued, 1, free_text(), flags=flags)) == ()


def it_leaves_out_a_widget_whose_parent_is_a_signature_field(issued: bytes) -> None:
    returned = with_annotation(
        issued, 1, text_widget((72, 72, 300, 90), "X", signature_parent=True)
    )
    assert _alterations(returned) == ()
    assert (72.0, 72.0, 300.0, 90.0) in signature_areas(returned, "x")[2]


def it_accepts_a_copy_signed_in_its_signature_field(issued: bytes, tmp_path: Path) -> None:
    returned = signed(issued, "Signature-Contractor", tmp_path)
    assert returned != issued
    assert drawn_annotations(returned, "signed.pdf") == ()
    assert verify_bytes(returned, Path("signed.pdf")).intact
    assert signature_areas(returned, "signed.pdf") == signature_areas(issued, "issued.pdf")


def it_reports_a_crop_box_that_cuts_off_the_lower_half_of_every_page(issued: bytes) -> None:
    returned = with_inherited_crop_box(issued, (0, 396, 612, 792))
    boxes = page_boxes(returned, "x")
    assert {(b.media_box, b.crop_box) for b in boxes} == {(LETTER, (0.0, 396.0, 612.0, 792.0))}
    found = _alterations(returned)
    assert [a.where for a in found] == [f"page {n}" for n in range(1, len(boxes) + 1)]
    assert all(a.kind == "page box" for a in found)
    assert found[0].detail.startswith(
        "its CropBox [0 396 612 792] shows less than its MediaBox [0 0 612 792]; "
        "text outside what it shows: '"
    )


def it_clips_the_crop_box_to_the_media_box(issued: bytes) -> None:
    returned = with_inherited_crop_box(issued, (-100, -100, 700, 900))
    assert {b.crop_box for b in page_boxes(returned, "x")} == {LETTER}
    assert _alterations(returned) == ()


def it_reports_a_page_of_another_size(issued: bytes) -> None:
    returned = with_media_box(issued, (0, 0, 595, 842), pages=(1,))
    assert _alterations(returned) == (
        Alteration("page box", "page 2", "it is 595 x 842 pt, the other pages 612 x 792 pt"),
    )


def it_reports_words_a_smaller_media_box_hides_on_every_page(issued: bytes) -> None:
    returned = with_media_box(issued, (0, 396, 612, 792))  # every page alike: no size differs
    found = _alterations(returned)
    assert len(found) == len(page_boxes(returned, "x"))
    assert all(a.detail.startswith("text outside what it shows: ") for a in found)
    page, _ = phrase_box(issued, "Page 1 of")  # the footer, near the foot of the page
    assert "Page 1 of" in text_outside_pages(returned, "x")[page + 1]


def it_finds_nothing_in_a_pypdf_resave(issued: bytes) -> None:
    assert _alterations(resaved(issued)) == ()
