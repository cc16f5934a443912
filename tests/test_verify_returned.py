"""``verify`` against a rebuild from the manifest: an edited manifest cannot vouch for its text."""

from __future__ import annotations

import hashlib
import io
import json
import re
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, unescape

import pytest
from PIL import Image
from pypdf import PdfReader, PdfWriter

from crec_assemble.issued.returned import Rebuilds, verify_returned
from crec_assemble.pipeline.build import build
from crec_assemble.pipeline.converter import LibreOffice
from crec_assemble.pipeline.plan import BuildOptions
from crec_assemble.pipeline.produce import Produced
from crec_assemble.render.manifest import dump_manifest
from crec_assemble.resources import default_template

import pdf_tamper
from conftest import BUILD_DATE, EXAMPLES, Cli

Edit = Callable[[dict[str, Any]], None]


@pytest.fixture(scope="module")
def rebuilds() -> Rebuilds:
    """One session of rebuilds for the module: each distinct manifest is rebuilt once."""
    return Rebuilds()


def _issued(built_examples: list[Produced], fmt: str) -> Path:
    (path,) = [o.path for o in built_examples[0].outputs if o.format == fmt]
    return path


def _manifest_part(archive: zipfile.ZipFile) -> str:
    (part,) = [
        name for name in archive.namelist()
        if re.fullmatch(r"customXml/item\d+\.xml", name) and b"crec-assemble" in archive.read(name)
    ]  # fmt: skip
    return part


def _with_manifest(source: Path, target: Path, edit: Edit, *, digest: bool = False,
                   body: tuple[str, str] | None = None) -> Path:  # fmt: skip
    """The DOCX with its manifest edited (and, with ``digest``, its item id made to match, as
    a careful forger would; with ``body``, the same words changed in the text)."""
    with zipfile.ZipFile(source) as archive:
        part = _manifest_part(archive)
        xml = archive.read(part).decode()
        start, end = xml.index(">", xml.index("<manifest")) + 1, xml.rindex("</manifest>")
        data = json.loads(unescape(xml[start:end]))
        old_id = hashlib.sha256(dump_manifest(data)).hexdigest()[:32].upper()
        edit(data)
        new_json = dump_manifest(data)
        new_id = hashlib.sha256(new_json).hexdigest()[:32].upper()
        replaced = {part: (xml[:start] + escape(new_json.decode()) + xml[end:]).encode()}
        with zipfile.ZipFile(target, "w") as edited:
            for item in archive.infolist():
                content = replaced.get(item.filename, archive.read(item.filename))
                if digest and item.filename.startswith("customXml/itemProps"):
                    content = content.replace(_guid(old_id).encode(), _guid(new_id).encode())
                if body and item.filename == "word/document.xml":
                    assert body[0].encode() in content
                    content = content.replace(body[0].encode(), body[1].encode(), 1)
                edited.writestr(item, content)
    return target


def _guid(item: str) -> str:
    return f"{{{item[:8]}-{item[8:12]}-{item[12:16]}-{item[16:20]}-{item[20:]}}}"


def _kinds(report: Any) -> list[str]:
    return [alteration.kind for alteration in report.alterations]


def it_finds_an_issued_docx_identical_to_its_rebuild(
    built_examples: list[Produced], rebuilds: Rebuilds
) -> None:
    report = verify_returned(_issued(built_examples, "docx"), rebuilds=rebuilds)
    assert report.intact
    assert report.reference == "identical, byte for byte, to a rebuild from its manifest"


def it_finds_an_issued_pdf_identical_to_its_rebuild(
    built_examples: list[Produced], rebuilds: Rebuilds
) -> None:
    report = verify_returned(_issued(built_examples, "pdf"), rebuilds=rebuilds)
    assert report.intact
    assert report.as_json()["compared_with"] == report.reference
    assert "byte for byte" in report.reference


def it_finds_a_libreoffice_resave_intact_against_the_rebuild(
    built_examples: list[Produced], rebuilds: Rebuilds, tmp_path: Path
) -> None:
    source = tmp_path / "in" / "returned.docx"
    source.parent.mkdir()
    shutil.copy(_issued(built_examples, "docx"), source)
    with LibreOffice() as office:
        (resaved,) = office.convert([source], tmp_path, to="docx")
    report = verify_returned(resaved, rebuilds=rebuilds)
    assert report.intact, report.lines()
    assert report.reference == "compared with a rebuild from its manifest"


def _set_draft(data: dict[str, Any]) -> None:
    data["agreement"]["draft"] = True


def _set_build_date(data: dict[str, Any]) -> None:
    data["agreement"]["build_date"] = "2026-11-27"


def _set_vendor_name(data: dict[str, Any]) -> None:
    data["profile"]["record"]["contractor"]["legal_name"] = "Acme Learning Holdings, Inc."


def _other_clause_version(data: dict[str, Any]) -> None:
    """The manifest claims the breach clause's later version (its hash kept)."""
    clause = next(c for c in data["clauses"] if c["id"] == "breach-notification")
    clause["version"] = "1.1.0" if clause["version"] == "1.0.0" else "1.0.0"


@pytest.mark.parametrize(
    ("edit", "digest"),
    [
        (_set_draft, False),
        (_set_draft, True),
        (_set_build_date, False),
        (_set_build_date, True),
        (_set_vendor_name, True),
        (_other_clause_version, True),
    ],
    ids=[
        "draft",
        "draft-digest-too",
        "build-date",
        "build-date-digest-too",
        "profile-record",
        "clause-version",
    ],
)
def it_reports_an_edited_manifest_as_a_change_of_the_manifest(
    built_examples: list[Produced], rebuilds: Rebuilds, tmp_path: Path, edit: Edit, digest: bool
) -> None:
    edited = _with_manifest(_issued(built_examples, "docx"), tmp_path / "edited.docx", edit,
                            digest=digest)  # fmt: skip
    report = verify_returned(edited, rebuilds=rebuilds)
    assert not report.intact
    assert report.exit_code == 1
    assert "manifest" in _kinds(report) or report.altered, report.lines()


def it_names_the_manifests_digest_when_only_the_manifest_changed(
    built_examples: list[Produced], rebuilds: Rebuilds, tmp_path: Path
) -> None:
    edited = _with_manifest(_issued(built_examples, "docx"), tmp_path / "edited.docx",
                            _set_build_date)  # fmt: skip
    report = verify_returned(edited, rebuilds=rebuilds)
    where = [a.where for a in report.alterations if a.kind == "manifest"]
    assert "its digest" in where
    assert "its build date" in where


def it_sees_text_and_manifest_edited_to_match(
    built_examples: list[Produced], rebuilds: Rebuilds, tmp_path: Path
) -> None:
    """The words and the manifest's record of them both say thirty days, hashes recomputed."""
    old, new = "five (5) calendar days", "thirty (30) days"

    def thirty_days(data: dict[str, Any]) -> None:
        for section in data["sections"]:
            if old in section["text"]:
                section["text"] = section["text"].replace(old, new, 1)
                section["sha256"] = hashlib.sha256(
                    "".join(section["text"].split()).encode()
                ).hexdigest()

    edited = _with_manifest(_issued(built_examples, "docx"), tmp_path / "edited.docx",
                            thirty_days, digest=True, body=(old, new))  # fmt: skip
    report = verify_returned(edited, rebuilds=rebuilds)
    assert not report.intact
    (found,) = [a for a in report.alterations if a.kind == "manifest"]
    assert "sections" in found.detail


def it_reports_a_removed_title(
    built_examples: list[Produced], rebuilds: Rebuilds, tmp_path: Path
) -> None:
    source = _issued(built_examples, "docx")
    title = built_examples[0].manifest["agreement"]["title"]
    paragraph = f'<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t xml:space="preserve">{title}</w:t></w:r></w:p>'  # noqa: E501
    buffer = io.BytesIO()
    with zipfile.ZipFile(source) as archive, zipfile.ZipFile(buffer, "w") as edited:
        for item in archive.infolist():
            content = archive.read(item.filename)
            if item.filename == "word/document.xml":
                assert paragraph.encode() in content
                content = content.replace(paragraph.encode(), b"", 1)
            edited.writestr(item, content)
    target = tmp_path / "untitled.docx"
    target.write_bytes(buffer.getvalue())
    report = verify_returned(target, rebuilds=rebuilds)
    assert ("story", "the title") in [(a.kind, a.where) for a in report.alterations]
    assert f"removed: {title}" in "\n".join(report.lines())


def it_reports_a_pdf_whose_manifest_build_date_was_edited(
    built_examples: list[Produced], rebuilds: Rebuilds, tmp_path: Path
) -> None:
    writer = PdfWriter(clone_from=PdfReader(_issued(built_examples, "pdf")))
    names: Any = writer.root_object["/Names"]
    stream = names["/EmbeddedFiles"]["/Names"][1].get_object()["/EF"]["/F"].get_object()
    data = json.loads(stream.get_data())
    _set_build_date(data)
    stream.set_data(dump_manifest(data))
    edited = tmp_path / "edited.pdf"
    writer.write(edited)
    report = verify_returned(edited, rebuilds=rebuilds)
    assert [a.where for a in report.alterations] == ["its build date"]
    assert "2026-11-27, but the file records that it was made on" in report.alterations[0].detail


def it_reports_a_second_manifest_attached_to_a_pdf(
    built_examples: list[Produced], rebuilds: Rebuilds, tmp_path: Path
) -> None:
    writer = PdfWriter(clone_from=PdfReader(_issued(built_examples, "pdf")))
    writer.add_attachment("manifest.json", b'{"agreement": {}}')
    edited = tmp_path / "two.pdf"
    writer.write(edited)
    report = verify_returned(edited, rebuilds=rebuilds)
    assert ("manifest", "its attached files") in [(a.kind, a.where) for a in report.alterations]


def it_does_not_vouch_for_an_agreement_it_could_not_rebuild(
    built_examples: list[Produced], rebuilds: Rebuilds, tmp_path: Path
) -> None:
    """A manifest pointed at a template not at hand would otherwise escape the rebuild."""

    def other_template(data: dict[str, Any]) -> None:
        data["template"]["sha256"] = "0" * 64

    edited = _with_manifest(_issued(built_examples, "docx"), tmp_path / "other.docx",
                            other_template, digest=True)  # fmt: skip
    report = verify_returned(edited, rebuilds=rebuilds)
    assert report.exit_code == 1
    (found,) = report.alterations
    assert (found.kind, found.where) == ("manifest", "its rebuild")
    assert found.detail.startswith("not verified, as issued with another Word template")
    assert report.reference.startswith("not compared with a rebuild: ")


def it_compares_a_document_issued_with_another_template_when_given_it(tmp_path: Path) -> None:
    template = tmp_path / "restyled.docx"
    shutil.copy(default_template(), template)
    with zipfile.ZipFile(template, "a") as archive:
        archive.comment = b"restyled"  # other bytes, another sha256
    (produced, *_) = build(
        [EXAMPLES[0]],
        BuildOptions(out=tmp_path / "out", format="docx", template=template, build_date=BUILD_DATE),
    )
    (issued,) = [output.path for output in produced.outputs]
    assert verify_returned(issued).exit_code == 1
    report = verify_returned(issued, template=template)
    assert report.intact
    assert "byte for byte" in report.reference


@pytest.mark.parametrize(
    ("edit", "why"),
    [
        (lambda data: data["agreement"].update(kind="parent-notice"), "calls itself a"),
        (lambda data: (data.update(manifest=1), data.pop("profile")), "lacks the profile"),
        (lambda data: data.update(cites={}), "damaged"),
    ],
    ids=["renamed-a-notice", "claims-an-old-format", "damaged-citation"],
)
def it_catches_a_manifest_edited_to_escape_the_rebuild(
    built_examples: list[Produced], rebuilds: Rebuilds, tmp_path: Path, edit: Edit, why: str
) -> None:
    source = next(o.path for p in built_examples for o in p.outputs
                  if o.format == "docx" and p.kind == "flowdown")  # fmt: skip
    edited = _with_manifest(source, tmp_path / "edited.docx", edit, digest=True)
    report = verify_returned(edited, rebuilds=rebuilds)
    assert report.exit_code == 1
    (found,) = [a for a in report.alterations if a.kind == "manifest"]
    assert why in found.detail


def it_sees_a_signature_field_the_issued_file_does_not_have(
    built_examples: list[Produced], rebuilds: Rebuilds, tmp_path: Path
) -> None:
    """A signature's appearance is not compared, so a new field could paint a whole page."""
    issued = _issued(built_examples, "pdf").read_bytes()
    widget = pdf_tamper.text_widget((0, 0, 612, 792), "Governing law: Delaware.",
                                    signature_parent=True)  # fmt: skip
    painted = tmp_path / "painted.pdf"
    painted.write_bytes(pdf_tamper.with_annotation(issued, 0, widget))
    report = verify_returned(painted, rebuilds=rebuilds)
    assert not report.intact
    assert ("annotation", "page 1") in [(a.kind, a.where) for a in report.alterations]


def it_is_what_the_verify_command_reports(
    built_examples: list[Produced], cli: Cli, tmp_path: Path
) -> None:
    edited = _with_manifest(_issued(built_examples, "docx"), tmp_path / "edited.docx",
                            _set_draft, digest=True)  # fmt: skip
    result = cli("verify", edited, "--json")
    assert result.exit_code == 1
    found = json.loads(result.stdout)
    assert found["intact"] is False
    assert "manifest" in [a["kind"] for a in found["alterations"]]


def _with_part_edit(source: Path, target: Path, part: str, old: str, new: str) -> Path:
    """The DOCX with words changed in one part, as an edit in Word would change them."""
    with zipfile.ZipFile(source) as archive, zipfile.ZipFile(target, "w") as edited:
        for item in archive.infolist():
            content = archive.read(item.filename)
            if item.filename == part:
                assert old.encode() in content
                content = content.replace(old.encode(), new.encode(), 1)
            edited.writestr(item, content)
    return target


@pytest.mark.parametrize(
    ("part", "old", "new", "story"),
    [
        ("word/header1.xml", "Student Data Privacy Agreement", "Vendor Terms Prevail", "header"),
        ("word/footer1.xml", ">Page <", ">Vendor's terms prevail. Page <", "footer"),
    ],
    ids=["header", "footer"],
)
def it_compares_headers_and_footers_with_the_rebuild(
    built_examples: list[Produced], rebuilds: Rebuilds, tmp_path: Path,
    part: str, old: str, new: str, story: str,
) -> None:  # fmt: skip
    edited = _with_part_edit(_issued(built_examples, "docx"), tmp_path / "edited.docx",
                             part, old, new)  # fmt: skip
    report = verify_returned(edited, rebuilds=rebuilds)
    (found,) = [a for a in report.alterations if a.kind == "story"]
    assert found.where == story
    assert "{+" in found.detail


def _covered(built_examples: list[Produced], tmp_path: Path) -> tuple[int, Path]:
    """The issued PDF with a white box drawn over "five (5) calendar days": its page
    (0-based) and the file."""
    issued = _issued(built_examples, "pdf").read_bytes()
    page, box = pdf_tamper.phrase_box(issued)
    covered = tmp_path / "covered.pdf"
    covered.write_bytes(pdf_tamper.with_white_rectangle(issued, page, box))
    return page, covered


def it_sees_a_white_box_over_words_and_draws_the_page(
    built_examples: list[Produced], rebuilds: Rebuilds, tmp_path: Path
) -> None:
    """The words stay in the content stream, so only the rendered comparison sees them go."""
    page, covered = _covered(built_examples, tmp_path)
    report = verify_returned(covered, rebuilds=rebuilds, out=tmp_path / "pages")
    (found,) = [a for a in report.alterations if a.kind == "rendering"]
    assert found.where == f"page {page + 1}"
    assert "covered: 'five (5) calendar days" in found.detail
    (picture,) = report.pictures
    assert picture == tmp_path / "pages" / f"covered-page-{page + 1}.png"
    with Image.open(picture) as image:
        assert image.width > 2 * image.height * 0.6  # two pages side by side


def it_never_overwrites_a_picture_without_force(
    built_examples: list[Produced], cli: Cli, tmp_path: Path
) -> None:
    page, covered = _covered(built_examples, tmp_path)
    pages = tmp_path / "pages"
    first = cli("verify", covered, "--out", pages)
    assert first.exit_code == 1
    assert f"wrote {pages / f'covered-page-{page + 1}.png'}" in first.stdout
    second = cli("verify", covered, "--out", pages)
    assert second.exit_code == 2
    assert "--force" in second.stderr
    assert cli("verify", covered, "--out", pages, "--force").exit_code == 1


def it_sees_a_shape_drawn_over_the_words_of_a_docx(
    built_examples: list[Produced], rebuilds: Rebuilds, tmp_path: Path
) -> None:
    """A white VML rectangle anchored in the breach paragraph hides its deadline in Word and
    LibreOffice, though every word is still in the XML."""
    shape = ('<w:r><w:pict><v:rect xmlns:v="urn:schemas-microsoft-com:vml" style="position:'
             'absolute;margin-left:0;margin-top:0;width:470pt;height:60pt;z-index:251659264" '
             'fillcolor="white" stroked="f"/></w:pict></w:r>')  # fmt: skip
    deadline = "five (5) calendar days"
    with zipfile.ZipFile(_issued(built_examples, "docx")) as archive:
        body = archive.read("word/document.xml").decode()
    start = body.rfind("<w:r>", 0, body.index(deadline))
    edited = _with_part_edit(_issued(built_examples, "docx"), tmp_path / "shape.docx",
                             "word/document.xml", body[start:start + 40],
                             shape + body[start:start + 40])  # fmt: skip
    report = verify_returned(edited, rebuilds=rebuilds)
    assert report.exit_code == 1
    (found,) = report.alterations
    assert (found.kind, found.where) == ("story", "body")
    assert found.detail.startswith("1 drawing(s), shape(s) or picture(s)")
