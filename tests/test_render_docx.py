"""The DOCX: the Word template's styles and tags, escaping, the manifest, reproducibility."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from docx import Document
from docx.text.paragraph import Paragraph

from crec_assemble.assembly.assemble import assemble
from crec_assemble.inputs.profile import load_profile
from crec_assemble.library.clauses import ClauseLibrary
from crec_assemble.model import Agreement, Issuer
from crec_assemble.render.docx import read_template, render_docx
from crec_assemble.render.manifest import build_manifest, dump_manifest, read_manifest_file
from crec_assemble.resources import default_template

from conftest import BUILD_DATE, ROOT, WriteProfile, operator_profile

TAG = re.compile(r"\{[{%][^}]*[}%]\}")


def _render(
    write_profile: WriteProfile,
    library: ClauseLibrary,
    issuer: Issuer,
    data: dict[str, object] | None = None,
    draft: bool = False,
) -> tuple[Agreement, bytes]:
    profile = load_profile(write_profile(data or operator_profile()))
    agreement = assemble(profile, issuer, library, build_date=BUILD_DATE, draft=draft)
    manifest = dump_manifest(build_manifest(agreement, "0" * 64))
    return agreement, render_docx(agreement, read_template(default_template()), manifest)


@pytest.fixture
def rendered(
    write_profile: WriteProfile, library: ClauseLibrary, issuer: Issuer, tmp_path: Path
) -> Callable[..., tuple[Agreement, Path]]:
    """Render an agreement to a .docx file in tmp_path."""

    def render(
        data: dict[str, object] | None = None, draft: bool = False
    ) -> tuple[Agreement, Path]:
        agreement, docx = _render(write_profile, library, issuer, data, draft)
        path = tmp_path / "agreement.docx"
        path.write_bytes(docx)
        return agreement, path

    return render


def _paragraphs_everywhere(path: Path) -> list[Paragraph]:
    document = Document(str(path))
    paragraphs = list(document.paragraphs)
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                paragraphs.extend(cell.paragraphs)
    for section in document.sections:
        paragraphs.extend(section.header.paragraphs)
        paragraphs.extend(section.footer.paragraphs)
    return paragraphs


def it_keeps_every_template_tag_within_one_run() -> None:
    """Word splits tags across runs when they are edited; docxtpl then cannot read them."""
    for paragraph in _paragraphs_everywhere(default_template()):
        runs = [run.text for run in paragraph.runs]
        for tag in TAG.findall(paragraph.text):
            assert any(tag in run for run in runs), f"tag split across runs: {tag}"


def it_uses_only_tags_the_renderer_provides() -> None:
    names = set()
    for paragraph in _paragraphs_everywhere(default_template()):
        for tag in TAG.findall(paragraph.text):
            names.update(re.findall(r"\b(agreement|blocks|block|parties)\b", tag))
            assert re.search(r"\b(agreement|blocks|block|parties|endif|endfor|else)\b", tag), tag
    assert names == {"agreement", "blocks", "block", "parties"}


def it_styles_each_kind_of_paragraph_from_the_template(
    rendered: Callable[..., tuple[Agreement, Path]],
) -> None:
    _, path = rendered()
    styles = {p.text: p.style.name if p.style else None for p in Document(str(path)).paragraphs}
    assert styles["Student Data Privacy Agreement"] == "Title"
    assert styles["1.\tDefinitions"] == "Heading 1"
    assert styles["Exhibit A — Description of Services"] == "Exhibit Heading"
    assert any(
        text.startswith("(a)\t") and style == "Clause Item" for text, style in styles.items()
    )
    assert any(text.endswith(":") and style == "Lead-in Text" for text, style in styles.items())
    assert "DRAFT — NOT FOR SIGNATURE" not in styles


def it_renders_names_with_markup_characters_intact(
    rendered: Callable[..., tuple[Agreement, Path]],
) -> None:
    name = 'AT&T <Learning> "Labs" d\'Hartford — Zoë & Ćirić ' + "x" * 140  # within 200
    _, path = rendered(operator_profile(**{"contractor.legal_name": name}))
    document = Document(str(path))  # a corrupt DOCX would not open
    body = "\n".join(p.text for p in document.paragraphs)
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    assert name in body
    assert name in cells


def it_puts_the_agreement_id_in_the_header_and_page_numbers_in_the_footer(
    write_profile: WriteProfile, library: ClauseLibrary, issuer: Issuer
) -> None:
    agreement, data = _render(write_profile, library, issuer)
    archive = zipfile.ZipFile(io.BytesIO(data))
    headers = "".join(archive.read(n).decode() for n in archive.namelist() if "header" in n)
    footers = "".join(archive.read(n).decode() for n in archive.namelist() if "footer" in n)
    assert agreement.id in headers
    assert "PAGE" in footers and "NUMPAGES" in footers


def it_marks_a_draft_in_the_body_and_the_header(
    rendered: Callable[..., tuple[Agreement, Path]],
) -> None:
    _, path = rendered(draft=True)
    document = Document(str(path))
    assert document.paragraphs[0].text == "DRAFT — NOT FOR SIGNATURE"
    assert "DRAFT" in document.sections[0].header.paragraphs[0].text


def it_embeds_the_manifest_where_verify_reads_it(
    rendered: Callable[..., tuple[Agreement, Path]],
) -> None:
    agreement, path = rendered()
    manifest = read_manifest_file(path)
    assert manifest.agreement_id == agreement.id
    assert [c["id"] for c in manifest.data["clauses"]] == [s.clause.id for s in agreement.sections]


def it_renders_the_same_bytes_twice(
    write_profile: WriteProfile, library: ClauseLibrary, issuer: Issuer
) -> None:
    _, first = _render(write_profile, library, issuer)
    _, second = _render(write_profile, library, issuer)
    assert first == second
    stamps = {info.date_time for info in zipfile.ZipFile(io.BytesIO(first)).infolist()}
    assert stamps == {(1980, 1, 1, 0, 0, 0)}


def it_sets_document_properties_from_the_inputs_only(
    rendered: Callable[..., tuple[Agreement, Path]],
) -> None:
    agreement, path = rendered()
    properties = Document(str(path)).core_properties
    assert properties.title == "Student Data Privacy Agreement — Acme Learning, Inc."
    assert properties.author == "Capitol Region Education Council"
    assert properties.last_modified_by == ""
    assert properties.keywords == agreement.id
    assert properties.created is not None and properties.created.date() == BUILD_DATE
    assert properties.modified == properties.created


def it_carries_no_stock_parts_of_the_default_template(
    rendered: Callable[..., tuple[Agreement, Path]],
) -> None:
    _, path = rendered()
    names = zipfile.ZipFile(path).namelist()
    assert not [name for name in names if "thumbnail" in name]
    assert b"Microsoft" not in zipfile.ZipFile(path).read("docProps/app.xml")


@pytest.mark.parametrize("needle", [b"/tmp", b"/root", b"/home", str(ROOT).encode()])
def it_carries_no_local_paths(
    write_profile: WriteProfile, library: ClauseLibrary, issuer: Issuer, needle: bytes
) -> None:
    _, data = _render(write_profile, library, issuer)
    archive = zipfile.ZipFile(io.BytesIO(data))
    for name in archive.namelist():
        assert needle not in archive.read(name), name
