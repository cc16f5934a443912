"""``verify``: intact documents pass, edited ones name the sections that changed."""

from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path
from typing import Literal

import docx
import pytest
from pypdf import PdfReader, PdfWriter

from crec_assemble.errors import InputError
from crec_assemble.library.clauses import load_library
from crec_assemble.library.editions import edition_named
from crec_assemble.pipeline.build import build
from crec_assemble.pipeline.converter import LibreOffice
from crec_assemble.pipeline.plan import BuildOptions
from crec_assemble.pipeline.produce import Produced
from crec_assemble.render.manifest import MANIFEST_NAMESPACE, read_manifest_file
from crec_assemble.resources import default_library
from crec_assemble.verify import verify

from conftest import EXAMPLES


def _acme(built_examples: list[Produced], fmt: str) -> Path:
    (path,) = [o.path for o in built_examples[0].outputs if o.format == fmt]
    return path


def _edit_docx(source: Path, target: Path, old: str, new: str) -> Path:
    """Change words in the body XML, the way a vendor's edit in Word would."""
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w") as edited:
        for item in original.infolist():
            data = original.read(item.filename)
            if item.filename == "word/document.xml":
                assert old.encode() in data
                data = data.replace(old.encode(), new.encode(), 1)
            edited.writestr(item, data)
    return target


def _breach_section(built_examples: list[Produced]) -> str:
    sections = built_examples[0].manifest["sections"]
    numbers: list[str] = [s["number"] for s in sections if s["clause"] == "breach-notification"]
    (number,) = numbers
    return number


def it_finds_an_intact_document_intact(built_examples: list[Produced]) -> None:
    report = verify(_acme(built_examples, "docx"))
    assert report.intact
    assert report.manifest.agreement_id == built_examples[0].id
    assert len(report.sections) == len(built_examples[0].manifest["sections"])


def it_names_the_section_whose_words_changed_in_a_docx(
    built_examples: list[Produced], tmp_path: Path
) -> None:
    edited = _edit_docx(_acme(built_examples, "docx"), tmp_path / "edited.docx",
                        "five (5) calendar days", "thirty (30) days")  # fmt: skip
    report = verify(edited)
    assert not report.intact
    assert [s.clause for s in report.altered] == ["breach-notification"]
    assert report.altered[0].label == (
        f"Section {_breach_section(built_examples)} (Notification of Breach of Security)"
    )


def it_notices_text_added_between_sections(built_examples: list[Produced], tmp_path: Path) -> None:
    source = _acme(built_examples, "docx")
    with zipfile.ZipFile(source) as archive:
        body = archive.read("word/document.xml").decode()
    heading = body.index("Counterparts and Signatures")
    start = max(body.rfind("<w:p>", 0, heading), body.rfind("<w:p ", 0, heading))
    extra = "<w:p><w:r><w:t>Vendor may sell Student Data.</w:t></w:r></w:p>"
    edited = _edit_docx(source, tmp_path / "added.docx", body[start:heading],
                        extra + body[start:heading])  # fmt: skip
    report = verify(edited)
    assert not report.intact
    assert report.altered == ()
    assert [(a.where, a.text) for a in report.added] == [
        ("before Section 24 (Counterparts and Signatures)", "Vendor may sell Student Data.")
    ]


def it_names_the_section_whose_words_changed_in_a_pdf(
    built_examples: list[Produced], tmp_path: Path
) -> None:
    """A PDF made from an edited DOCX, with the original manifest attached."""
    edited = _edit_docx(_acme(built_examples, "docx"), tmp_path / "edited.docx",
                        "without regard to its conflict of laws principles",
                        "under the laws of the State of Delaware")  # fmt: skip
    with LibreOffice() as office:
        (pdf,) = office.convert([edited], tmp_path)
    writer = PdfWriter(clone_from=PdfReader(str(pdf)))
    original = PdfReader(str(_acme(built_examples, "pdf"))).attachments["manifest.json"][0]
    writer.add_attachment("manifest.json", original)
    forged = tmp_path / "forged.pdf"
    with forged.open("wb") as stream:
        writer.write(stream)
    report = verify(forged)
    assert [s.clause for s in report.altered] == ["governing-law"]


def it_finds_a_docx_resaved_by_libreoffice_intact(
    built_examples: list[Produced], tmp_path: Path
) -> None:
    """Different XML, same words: a re-save is not a change."""
    source = tmp_path / "in" / "returned.docx"
    source.parent.mkdir()
    shutil.copy(_acme(built_examples, "docx"), source)
    with LibreOffice() as office:
        (resaved,) = office.convert([source], tmp_path, to="docx")
    assert resaved.read_bytes() != source.read_bytes()
    assert verify(resaved).intact


def it_refuses_a_document_without_a_manifest(tmp_path: Path) -> None:
    plain = tmp_path / "plain.pdf"
    writer = PdfWriter()
    writer.add_blank_page(612, 792)
    with plain.open("wb") as stream:
        writer.write(stream)
    with pytest.raises(InputError, match="no crec-assemble manifest"):
        read_manifest_file(plain)


def it_refuses_a_file_that_is_neither_docx_nor_pdf(tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    with pytest.raises(InputError, match="neither a DOCX nor a readable PDF"):
        verify(text)


@pytest.mark.parametrize(
    ("manifest", "message"),
    [("{}", "the embedded manifest is malformed"), ("not json", "manifest is malformed"),
     ("<", "not a readable DOCX")],
    ids=["empty-object", "not-json", "broken-xml"],
)  # fmt: skip
def it_reports_a_damaged_manifest_as_one_line(
    built_examples: list[Produced], tmp_path: Path, manifest: str, message: str
) -> None:
    source = _acme(built_examples, "docx")
    damaged = tmp_path / "damaged.docx"
    part = (
        manifest
        if manifest == "<"
        else f'<manifest xmlns="{MANIFEST_NAMESPACE}">{manifest}</manifest>'
    )
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(damaged, "w") as target:
        for item in original.infolist():
            data = original.read(item.filename)
            if MANIFEST_NAMESPACE.encode() in data and b"datastoreItem" not in data:
                data = part.encode()
            target.writestr(item, data)
    with pytest.raises(InputError, match=message):
        verify(damaged)


def it_labels_exhibits_as_exhibits_and_says_when_a_document_is_a_draft(
    tmp_path: Path, library_copy: Path
) -> None:
    from crec_assemble.pipeline.build import build
    from crec_assemble.pipeline.plan import BuildOptions

    from conftest import BUILD_DATE, EXAMPLES, drop_clause

    drop_clause(library_copy, "governing-law")
    document, *_flowdowns = build(
        EXAMPLES[:1],
        BuildOptions(
            out=tmp_path, draft=True, format="docx", library=library_copy, build_date=BUILD_DATE
        ),
    )
    (path,) = [o.path for o in document.outputs]
    report = verify(path)
    assert report.intact
    assert report.manifest.draft and report.manifest.unmet == ("R9",)
    labels = [result.section.label for result in report.sections]
    assert "Exhibit B (Schedule of Student Data)" in labels
    assert "Section 1 (Definitions)" in labels


def it_does_not_trust_a_manifest_whose_text_was_edited_to_match(
    built_examples: list[Produced], tmp_path: Path
) -> None:
    """Changing the document and the manifest's text alike still fails on the hash."""
    source = _acme(built_examples, "pdf")
    reader = PdfReader(str(source))
    manifest = reader.attachments["manifest.json"][0].decode()
    writer = PdfWriter(clone_from=reader)
    writer._root_object.pop("/Names", None)  # drop the original attachment
    writer.add_attachment("manifest.json", manifest.replace("Connecticut", "Delaware").encode())
    forged = tmp_path / "forged.pdf"
    buffer = io.BytesIO()
    writer.write(buffer)
    forged.write_bytes(buffer.getvalue())
    assert "governing-law" in [s.clause for s in verify(forged).altered]


def _vendor_edits(source: Path, target: Path) -> Path:
    """What a vendor quietly does in Word: weakens a deadline, changes the governing law,
    deletes the severability section and adds a sentence of its own."""
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w") as edited:
        for item in original.infolist():
            data = original.read(item.filename)
            if item.filename == "word/document.xml":
                body = data.decode()
                body = body.replace("five (5) calendar days", "thirty (30) days", 1)
                body = body.replace("State of Connecticut", "State of Delaware", 1)
                cut_from = body.rfind("<w:p>", 0, body.index(">Severability<"))
                cut_to = body.rfind("<w:p>", 0, body.index(">Entire Agreement"))
                extra = "<w:p><w:r><w:t>Vendor may sell Student Data.</w:t></w:r></w:p>"
                body = body[:cut_from] + extra + body[cut_to:]
                data = body.encode()
            edited.writestr(item, data)
    return target


def _returned(built_examples: list[Produced], tmp_path: Path, to: Literal["docx", "pdf"]) -> Path:
    """The agreement as the vendor sends it back: edited, then saved again by LibreOffice."""
    source = tmp_path / "in" / "returned.docx"
    source.parent.mkdir()
    _vendor_edits(_acme(built_examples, "docx"), source)
    with LibreOffice() as office:
        (returned,) = office.convert([source], tmp_path, to=to)
    return returned


def it_explains_what_a_vendor_changed_in_a_docx_resaved_by_libreoffice(
    built_examples: list[Produced], tmp_path: Path
) -> None:
    report = verify(_returned(built_examples, tmp_path, "docx"))
    assert not report.intact
    statuses = {r.section.clause: r.status for r in report.sections if r.status != "intact"}
    assert statuses == {"breach-notification": "changed", "governing-law": "changed",
                        "severability": "removed"}  # fmt: skip
    key = [(section.clause, change.kind, change.edit.deleted, change.edit.inserted)
           for section, change in report.key_changes]  # fmt: skip
    assert key == [
        ("breach-notification", "numbers, days and dates", "five (5) calendar", "thirty (30)"),
        ("governing-law", "governing law", "Connecticut", "Delaware"),
        (
            "severability",
            "section removed",
            "22. Severability If any provision of this Agreement or the…",
            "",
        ),
    ]
    assert [(a.where, a.text) for a in report.added] == [
        ("in place of Section 22 (Severability)", "Vendor may sell Student Data.")
    ]


def it_checks_a_pdf_exported_by_the_vendor_against_the_clause_library(
    built_examples: list[Produced], tmp_path: Path
) -> None:
    """Word or LibreOffice export drops the manifest; the words are still ours to check."""
    report = verify(_returned(built_examples, tmp_path, "pdf"))
    assert report.matched_by_text.startswith(
        "no manifest: matched by its text to an operator's agreement of edition 2026-07"
    )
    assert report.manifest.agreement_id == built_examples[0].id  # read from the page header
    statuses = {r.section.clause: r.status for r in report.sections if r.status != "intact"}
    assert statuses == {"breach-notification": "changed", "governing-law": "changed",
                        "severability": "removed"}  # fmt: skip
    key = [(section.clause, change.kind, change.edit.deleted, change.edit.inserted)
           for section, change in report.key_changes
           if change.kind != "section removed"]  # fmt: skip
    assert key == [
        ("breach-notification", "numbers, days and dates", "five (5) calendar", "thirty (30)"),
        ("governing-law", "governing law", "Connecticut", "Delaware"),
    ]


def _strip_manifest(source: Path, target: Path) -> Path:
    """The DOCX without the part that carries its manifest."""
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w") as copy:
        for item in original.infolist():
            data = original.read(item.filename)
            if MANIFEST_NAMESPACE.encode() not in data:
                copy.writestr(item, data)
    return target


def it_finds_a_docx_whose_manifest_was_stripped_intact_by_its_text(
    built_examples: list[Produced], tmp_path: Path
) -> None:
    report = verify(_strip_manifest(_acme(built_examples, "docx"), tmp_path / "stripped.docx"))
    assert report.intact and report.matched_by_text
    assert len(report.sections) == len(built_examples[0].manifest["sections"])


def _issued_under(edition: str, out: Path) -> list[Produced]:
    """Acme's agreement and flow-downs (DOCX), built on the day ``edition`` took effect."""
    effective = edition_named(load_library(default_library()).editions, edition).effective
    produced = build(EXAMPLES[:1], BuildOptions(out=out, format="docx", build_date=effective))
    assert {document.manifest["agreement"]["edition"] for document in produced} == {edition}
    return produced


@pytest.mark.parametrize("edition", ["2026-07", "2026-12"])
def it_matches_a_document_without_a_manifest_to_the_edition_it_was_issued_under(
    edition: str, tmp_path: Path
) -> None:
    """A document issued before a later edition added clauses and changed words does not
    lack those clauses nor hold those words: it is checked against its own edition."""
    produced = _issued_under(edition, tmp_path / "out")
    assert {document.kind for document in produced} == {"agreement", "flowdown"}
    for document in produced:
        (issued,) = document.outputs
        report = verify(_strip_manifest(issued.path, tmp_path / f"stripped-{issued.path.name}"))
        assert f" of edition {edition};" in report.matched_by_text
        assert report.intact, [(r.section.clause, r.status) for r in report.sections]
        assert [(r.section.clause, r.section.number) for r in report.sections] == [
            (s["clause"], s["number"]) for s in document.manifest["sections"]
        ]


def it_names_what_a_vendor_changed_in_an_earlier_editions_document_without_a_manifest(
    tmp_path: Path,
) -> None:
    produced = _issued_under("2026-07", tmp_path / "out")
    (issued,) = produced[0].outputs
    edited = _vendor_edits(issued.path, tmp_path / "edited.docx")
    report = verify(_strip_manifest(edited, tmp_path / "stripped.docx"))
    assert " of edition 2026-07;" in report.matched_by_text
    statuses = {r.section.clause: r.status for r in report.sections if r.status != "intact"}
    assert statuses == {"breach-notification": "changed", "governing-law": "changed",
                        "severability": "removed"}  # fmt: skip


def it_refuses_a_document_that_is_not_one_of_ours(tmp_path: Path) -> None:
    stranger = tmp_path / "vendor-terms.docx"
    document = docx.Document()
    document.add_paragraph("1. Definitions")
    document.add_paragraph("The Provider may use Customer Data to improve its services.")
    document.save(str(stranger))
    with pytest.raises(InputError, match="no crec-assemble manifest, and its text is not that"):
        verify(stranger)
