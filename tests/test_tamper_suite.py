"""The tamper suite: every kind of visible alteration a careful vendor could make to an
issued DOCX or PDF, applied to every example document, must be caught (exit 1); every
unchanged re-save (LibreOffice, python-docx, re-zip, pypdf, pyHanko) must pass (exit 0).

The cases are made once per session (``tests/tamper``); each verdict comes from
``tamper.check``. One test per case gives its verdict, the scorecard counts them by
kind, and one named test per kind says what the report must name.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import pytest

from crec_assemble.library.wording import squeeze
from crec_assemble.pipeline.produce import Produced
from crec_assemble.verify import VerifyReport

from tamper import (
    CASES,
    KINDS,
    Case,
    Issued,
    Made,
    Verdicts,
    issued_documents,
    make_cases,
    score,
    section_of,
    table,
)
from tamper.cases import DEADLINE, DELAWARE, NEW_TERMS


@pytest.fixture(scope="session")
def tamper_documents(built_examples: list[Produced]) -> dict[str, Issued]:
    return issued_documents(built_examples)


@pytest.fixture(scope="session")
def tamper_files(
    tamper_documents: dict[str, Issued], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Made]:
    """Every case's file, made once (one LibreOffice for all that need it)."""
    return make_cases(CASES, tamper_documents, tmp_path_factory.mktemp("tamper"))


@pytest.fixture(scope="session")
def verdicts() -> Verdicts:
    return Verdicts()


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def it_catches_each_alteration_and_passes_each_resave(
    case: Case, tamper_files: dict[str, Made], verdicts: Verdicts
) -> None:
    made = tamper_files[case.id]
    report = verdicts.of(made.path)
    if case.kind.altered:
        assert (report.intact, report.exit_code) == (False, 1), f"not caught: {made.label}"
    else:
        assert (report.intact, report.exit_code) == (True, 0), (
            f"false alarm on {made.label}: " + "\n".join(report.lines()[:12])
        )


def it_detects_every_alteration_and_raises_no_false_alarm(
    tamper_files: dict[str, Made], verdicts: Verdicts
) -> None:
    """The scorecard: 100% of at least 200 alterations, no flag on at least 50 re-saves."""
    rows = score(tamper_files, verdicts)
    assert {row.kind for row in rows} == {kind.id for kind in KINDS}
    assert sum(row.cases for row in rows if row.altered) >= 200
    assert sum(row.cases for row in rows if not row.altered) >= 50
    assert all(row.perfect for row in rows), "\n" + table(rows)


@dataclass(frozen=True)
class Seen:
    """One case's document as issued, the altered file's label, and the verdict on it."""

    issued: Issued
    label: str
    report: VerifyReport = field(repr=False)

    def show(self) -> str:
        return f"{self.label}:\n" + "\n".join(self.report.lines()[:20])

    @property
    def kinds(self) -> set[str]:
        return {alteration.kind for alteration in self.report.alterations}

    @property
    def changed(self) -> list[str]:
        return [section.clause for section in self.report.altered]


See = Callable[..., Seen]


@pytest.fixture
def seen(
    tamper_files: dict[str, Made], verdicts: Verdicts, tamper_documents: dict[str, Issued]
) -> See:
    """The verdict on case ``{kind}-{document}-{variant}``."""

    def see(kind: str, document: str, variant: int = 1) -> Seen:
        made = tamper_files[f"{kind}-{document}-{variant}"]
        return Seen(tamper_documents[document], made.label, verdicts.of(made.path))

    return see


def _alteration(found: Seen, *kinds: str) -> None:
    """Not intact, with an alteration of one of ``kinds`` among what it reports."""
    assert not found.report.intact, found.show()
    assert found.kinds & set(kinds), found.show()


def _changed_section(found: Seen, phrase: str, nth: int = 0) -> None:
    """Not intact, and the section holding ``phrase`` reported changed."""
    assert not found.report.intact, found.show()
    assert section_of(found.issued, phrase, nth) in found.changed, found.show()


def _intact(found: Seen) -> None:
    assert found.report.intact and found.report.exit_code == 0, found.show()
    assert not found.report.alterations and not found.report.added, found.show()
    assert [r.section.clause for r in found.report.sections] == [
        section["clause"] for section in found.issued.sections
    ]


# DOCX: the body's words


def it_names_the_section_whose_deadline_was_edited_in_a_docx(seen: See) -> None:
    found = seen("docx-words", "acme-agreement", 1)
    _changed_section(found, DEADLINE)
    assert "numbers, days and dates" in [change.kind for _, change in found.report.key_changes]


def it_names_the_section_whose_governing_law_was_edited_in_a_docx(seen: See) -> None:
    found = seen("docx-words", "capitol-agreement", 2)
    assert found.changed == ["governing-law"], found.show()


def it_names_the_section_where_shall_not_became_may_in_a_docx(seen: See) -> None:
    _changed_section(seen("docx-words", "ecole-agreement", 3), "shall not", 2)


def it_names_the_section_whose_party_name_was_edited_in_a_docx(seen: See) -> None:
    found = seen("docx-words", "riverbend-addendum", 4)
    _changed_section(found, found.issued.party)


def it_names_a_section_removed_from_a_docx(seen: See) -> None:
    found = seen("docx-section-removed", "acme-flowdown-northwind")
    statuses = {r.section.clause: r.status for r in found.report.sections if r.status != "intact"}
    assert statuses == {"severability": "removed"}, found.show()


def it_shows_a_sentence_added_to_a_docx(seen: See) -> None:
    found = seen("docx-sentence-added", "capitol-agreement")
    assert [a.text for a in found.report.added] == [
        "Contractor may sell Student Data to third parties."
    ], found.show()


def it_sees_a_docx_whose_title_was_removed(seen: See) -> None:
    found = seen("docx-title-removed", "riverbend-addendum")
    _alteration(found, "story", "rendering")


def it_reads_the_main_part_the_package_points_at(seen: See) -> None:
    """``_rels/.rels`` names the main part Word opens, not the file name word/document.xml."""
    found = seen("docx-main-part", "ecole-agreement")
    _changed_section(found, DEADLINE)


# DOCX: our words hidden by formatting


def it_sees_words_hidden_by_vanish_in_a_docx(seen: See) -> None:
    _alteration(seen("docx-vanish", "acme-agreement", 1), "hidden text")


def it_sees_white_text_in_a_docx(seen: See) -> None:
    _alteration(seen("docx-white-text", "capitol-agreement", 2), "hidden text")


def it_sees_one_point_text_in_a_docx(seen: See) -> None:
    _alteration(seen("docx-tiny-text", "riverbend-flowdown-skyline", 1), "hidden text")


# DOCX: the other stories


def it_sees_a_footnote_added_to_a_docx(seen: See) -> None:
    _alteration(seen("docx-footnote", "acme-agreement"), "story")


def it_sees_an_edited_header_in_a_docx(seen: See) -> None:
    _alteration(seen("docx-header", "acme-flowdown-bluebird"), "story")


def it_sees_an_edited_footer_in_a_docx(seen: See) -> None:
    _alteration(seen("docx-footer", "ecole-agreement"), "story")


def it_sees_a_comment_with_new_terms_in_a_docx(seen: See) -> None:
    _alteration(seen("docx-comment", "capitol-agreement"), "story")


def it_sees_a_text_box_with_new_terms_in_a_docx(seen: See) -> None:
    found = seen("docx-text-box", "riverbend-addendum")
    assert not found.report.intact, found.show()
    reported = [a.text for a in found.report.added] + [
        a.detail for a in found.report.alterations if a.kind == "story"
    ]
    assert any(squeeze(DELAWARE) in squeeze(text) for text in reported), found.show()


def it_sees_content_imported_by_altchunk_in_a_docx(seen: See) -> None:
    _alteration(seen("docx-altchunk", "acme-agreement"), "imported content")


def it_sees_a_shape_drawn_over_the_deadline_in_a_docx(seen: See) -> None:
    """Every word is still in the XML; the white shape is what the reader sees."""
    _alteration(seen("docx-shape", "capitol-agreement"), "story")


# DOCX: the manifest


def it_sees_a_docx_whose_manifest_says_draft(seen: See) -> None:
    _alteration(seen("docx-manifest-draft", "acme-agreement"), "manifest")


def it_sees_a_docx_whose_manifest_build_date_was_edited(seen: See) -> None:
    _alteration(seen("docx-manifest-build-date", "capitol-agreement"), "manifest")


def it_sees_a_docx_whose_manifest_profile_record_was_edited(seen: See) -> None:
    _alteration(seen("docx-manifest-profile-record", "acme-flowdown-northwind"), "manifest")


def it_sees_a_docx_whose_manifest_clause_version_was_edited(seen: See) -> None:
    _alteration(seen("docx-manifest-clause-version", "riverbend-addendum"), "manifest")


def it_names_the_section_whose_manifest_text_and_hash_were_edited_in_a_docx(seen: See) -> None:
    _changed_section(seen("docx-manifest-section", "ecole-agreement"), DEADLINE)


def it_does_not_vouch_for_a_docx_whose_manifest_names_a_template_not_at_hand(seen: See) -> None:
    _alteration(seen("docx-manifest-template", "acme-agreement"), "manifest")


def it_sees_a_docx_whose_text_and_manifest_were_edited_consistently(seen: See) -> None:
    """The manifest's section agrees with the edited body; the rebuild from the manifest
    (its profile and clause versions as issued) does not."""
    _alteration(seen("docx-manifest-consistent", "acme-agreement"), "manifest")


# PDF: the text


def it_names_the_section_whose_deadline_was_edited_in_a_pdf(seen: See) -> None:
    _changed_section(seen("pdf-text", "acme-agreement", 1), DEADLINE)


def it_names_the_section_whose_governing_law_was_edited_in_a_pdf(seen: See) -> None:
    found = seen("pdf-text", "acme-flowdown-bluebird", 2)
    assert found.changed == ["governing-law"], found.show()


def it_names_the_section_where_shall_not_became_may_in_a_pdf(seen: See) -> None:
    _changed_section(seen("pdf-text", "capitol-agreement", 3), "shall not", 2)


def it_names_the_section_whose_party_name_was_edited_in_a_pdf(seen: See) -> None:
    found = seen("pdf-text", "ecole-agreement", 4)
    _changed_section(found, found.issued.party)


def it_notices_a_page_removed_from_a_pdf(seen: See) -> None:
    found = seen("pdf-page-removed", "riverbend-addendum")
    assert not found.report.intact, found.show()
    assert section_of(found.issued, DEADLINE) in found.changed, found.show()


def it_sees_an_incremental_update_that_edits_a_page(seen: See) -> None:
    found = seen("pdf-incremental-update", "acme-agreement")
    assert not found.report.intact, found.show()
    assert "rendering" in found.kinds or section_of(found.issued, DEADLINE) in found.changed, (
        found.show()
    )


# PDF: what is drawn over the text


def it_sees_a_free_text_annotation_with_new_terms(seen: See) -> None:
    found = seen("pdf-free-text", "capitol-agreement")
    _alteration(found, "annotation")
    assert any(squeeze(NEW_TERMS)[:40] in squeeze(a.detail) for a in found.report.alterations
               if a.kind == "annotation"), found.show()  # fmt: skip


def it_sees_an_opaque_square_over_the_deadline(seen: See) -> None:
    _alteration(seen("pdf-square", "acme-agreement"), "annotation")


def it_sees_a_stamp_on_a_pdf(seen: See) -> None:
    _alteration(seen("pdf-stamp", "riverbend-flowdown-skyline"), "annotation")


def it_sees_ink_on_a_pdf(seen: See) -> None:
    _alteration(seen("pdf-ink", "ecole-agreement"), "annotation")


def it_sees_a_signature_field_that_paints_over_the_page(seen: See) -> None:
    """A signature's appearance is compared only where the issued file has its fields."""
    _alteration(seen("pdf-signature-field", "riverbend-addendum"), "annotation")


def it_sees_a_white_rectangle_drawn_over_the_deadline(seen: See) -> None:
    _alteration(seen("pdf-white-rectangle", "acme-flowdown-northwind"), "rendering", "hidden text")


def it_sees_a_crop_box_that_cuts_off_the_lower_page(seen: See) -> None:
    _alteration(seen("pdf-crop-box", "acme-agreement"), "page box")


def it_sees_a_changed_media_box(seen: See) -> None:
    _alteration(seen("pdf-media-box", "capitol-agreement"), "page box")


# PDF: the manifest


def it_sees_a_pdf_whose_manifest_says_draft(seen: See) -> None:
    _alteration(seen("pdf-manifest-draft", "riverbend-addendum"), "manifest")


def it_sees_a_pdf_whose_manifest_build_date_was_edited(seen: See) -> None:
    _alteration(seen("pdf-manifest-build-date", "acme-flowdown-bluebird"), "manifest")


def it_sees_a_pdf_whose_manifest_profile_record_was_edited(seen: See) -> None:
    _alteration(seen("pdf-manifest-profile-record", "acme-agreement"), "manifest")


def it_sees_a_pdf_whose_manifest_clause_version_was_edited(seen: See) -> None:
    _alteration(seen("pdf-manifest-clause-version", "capitol-agreement"), "manifest")


def it_names_the_section_whose_manifest_text_and_hash_were_edited_in_a_pdf(seen: See) -> None:
    _changed_section(seen("pdf-manifest-section", "riverbend-flowdown-skyline"), DEADLINE)


def it_does_not_vouch_for_a_pdf_whose_manifest_names_a_template_not_at_hand(seen: See) -> None:
    _alteration(seen("pdf-manifest-template", "capitol-agreement"), "manifest")


def it_sees_a_pdf_whose_text_and_manifest_were_edited_consistently(seen: See) -> None:
    _alteration(seen("pdf-manifest-consistent", "ecole-agreement"), "manifest")


# Unchanged re-saves


@pytest.mark.parametrize(
    ("kind", "document"),
    [
        ("docx-resave-libreoffice", "acme-agreement"),
        ("docx-resave-python-docx", "riverbend-addendum"),
        ("docx-resave-rezip-stored", "capitol-agreement"),
        ("docx-resave-rezip-deflate9", "ecole-agreement"),
        ("docx-resave-rezip-reordered", "acme-flowdown-northwind"),
        ("pdf-resave-pypdf-clone", "acme-flowdown-bluebird"),
        ("pdf-resave-pypdf-compressed", "riverbend-flowdown-skyline"),
        ("pdf-resave-pypdf-pages", "acme-agreement"),
        ("pdf-resave-pyhanko-incremental", "riverbend-addendum"),
    ],
)
def it_finds_a_document_resaved_unchanged_intact(seen: See, kind: str, document: str) -> None:
    _intact(seen(kind, document))


def it_makes_files_that_differ_from_the_issued_ones(
    tamper_files: dict[str, Made], tamper_documents: dict[str, Issued]
) -> None:
    """No case is the issued file itself: each alteration or re-save changed the bytes."""
    for made in tamper_files.values():
        issued = tamper_documents[made.case.document]
        original = issued.docx if made.case.kind.fmt == "docx" else issued.pdf
        assert made.path.read_bytes() != original, made.case.id
