"""A DOCX read as Word shows it: the main part through the relationships, every story, and
only the text a reader sees; what is hidden, shrunk, whitened or imported is reported."""

from __future__ import annotations

import io
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Literal

import docx
import pytest

from crec_assemble.errors import InputError
from crec_assemble.pipeline.build import build
from crec_assemble.pipeline.converter import LibreOffice
from crec_assemble.pipeline.plan import BuildOptions
from crec_assemble.pipeline.produce import Produced
from crec_assemble.render.docx_reading import DocxReading, HiddenRun, Imported, read_docx
from crec_assemble.render.extract import docx_blocks
from crec_assemble.verify import Alteration, VerifyReport, verify

from conftest import BUILD_DATE, EXAMPLES

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PARTS = "http://schemas.openxmlformats.org/package/2006/relationships"
DEADLINE = "five (5) calendar days"
ADDED = "Vendor may sell Student Data."

Edit = Callable[[str], str]


def _acme(built_examples: list[Produced]) -> Path:
    (path,) = [o.path for o in built_examples[0].outputs if o.format == "docx"]
    return path


def _edited(source: Path, target: Path, edits: dict[str, Edit | str]) -> Path:
    """The DOCX with parts changed (an edit of its text) or added (new text)."""
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w") as edited:
        for item in original.infolist():
            data = original.read(item.filename)
            edit = edits.get(item.filename)
            if callable(edit):
                data = edit(data.decode()).encode()
            edited.writestr(item, data)
        for part, text in edits.items():
            if isinstance(text, str):
                edited.writestr(part, text)
    return target


def _formatted(rpr: str, text: str = "") -> Edit:
    """Set the deadline's words in a run of their own with ``rpr``; ``text`` is a run of
    that formatting added after them instead."""

    def edit(body: str) -> str:
        assert DEADLINE in body
        run = f'</w:t></w:r><w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">'
        if text:
            return body.replace(DEADLINE, f"{DEADLINE}{run}{text}</w:t></w:r><w:r><w:t>", 1)
        return body.replace(DEADLINE, f"{run}{DEADLINE}</w:t></w:r><w:r><w:t>", 1)

    return edit


def _related(kind: str, target: str, rid: str) -> Edit:
    """Add a relationship of ``kind`` to a relationships part."""
    relationship = f'<Relationship Id="{rid}" Type="{REL}/{kind}" Target="{target}"/>'
    return lambda rels: rels.replace("</Relationships>", f"{relationship}</Relationships>")


def _before_closing(closing: str, xml: str) -> Edit:
    return lambda text: text.replace(closing, f"{xml}{closing}", 1)


def _read(
    built_examples: list[Produced], tmp_path: Path, edits: dict[str, Edit | str]
) -> tuple[DocxReading, VerifyReport]:
    """The edited agreement as the reader reads it, and as verify reports it."""
    edited = _edited(_acme(built_examples), tmp_path / "edited.docx", edits)
    return read_docx(edited.read_bytes(), edited), verify(edited)


@pytest.mark.parametrize(
    ("rpr", "reason"),
    [("<w:vanish/>", "hidden (vanish)"), ('<w:vanish w:val="true"/>', "hidden (vanish)"),
     ("<w:specVanish/>", "hidden (specVanish)"), ('<w:color w:val="FFFFFF"/>',
     "white on a white page"), ('<w:color w:val="FEFEFE"/>', "#FEFEFE on a white page"),
     ('<w:sz w:val="2"/>', "1 pt"), ('<w:sz w:val="7"/>', "3.5 pt"),
     ('<w:color w:val="000000"/><w:shd w:val="clear" w:color="auto" w:fill="000000"/>',
      "black on black shading"),
     ('<w:color w:val="FFFF00" w:themeColor="background1"/>', "white on a white page")],
    ids=["vanish", "vanish-true", "spec-vanish", "white", "near-white", "1pt", "3.5pt",
         "black-on-black", "theme-white"],
)  # fmt: skip
def it_reports_a_run_a_reader_cannot_see_and_leaves_it_out(
    built_examples: list[Produced], tmp_path: Path, rpr: str, reason: str
) -> None:
    reading, report = _read(
        built_examples, tmp_path, {"word/document.xml": _formatted(rpr, f" {ADDED}")}
    )
    assert reading.hidden == (HiddenRun("body", f" {ADDED}", reason),)
    assert not any(ADDED in p for p in reading.body)
    assert report.alterations == (Alteration("hidden text", "body", f'"{ADDED}" {reason}'),)
    assert not report.intact and report.altered == ()


def it_reads_a_run_whose_vanish_is_switched_off(
    built_examples: list[Produced], tmp_path: Path
) -> None:
    shown = _formatted('<w:vanish w:val="0"/>', f" {ADDED}")
    reading, _ = _read(built_examples, tmp_path, {"word/document.xml": shown})
    assert reading.hidden == ()
    assert any(f"{DEADLINE} {ADDED}" in paragraph for paragraph in reading.body)


def it_sees_white_text_on_dark_shading(built_examples: list[Produced], tmp_path: Path) -> None:
    rpr = '<w:color w:val="FFFFFF"/><w:shd w:val="clear" w:color="auto" w:fill="1F3864"/>'
    reading, _ = _read(built_examples, tmp_path, {"word/document.xml": _formatted(rpr, ADDED)})
    assert reading.hidden == ()
    assert any(ADDED in paragraph for paragraph in reading.body)


_STYLES = (
    '<w:style w:type="character" w:customStyle="1" w:styleId="Fine"><w:name w:val="Fine"/>'
    '<w:rPr><w:vanish/></w:rPr></w:style>'
    '<w:style w:type="character" w:customStyle="1" w:styleId="Finer"><w:name w:val="Finer"/>'
    '<w:basedOn w:val="Fine"/><w:rPr><w:i/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Quiet"><w:name w:val="Quiet"/>'
    '<w:basedOn w:val="BodyText"/><w:rPr><w:color w:val="FFFFFF"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Quieter"><w:name w:val="Quieter"/>'
    '<w:basedOn w:val="Quiet"/><w:pPr><w:keepNext/></w:pPr></w:style>'
)  # fmt: skip


@pytest.mark.parametrize(
    ("styled", "reason"),
    [(_formatted('<w:rStyle w:val="Finer"/>', f" {ADDED}"), "hidden (vanish)"),
     (lambda body: body.replace("</w:body>", '<w:p><w:pPr><w:pStyle w:val="Quieter"/></w:pPr>'
                                f"<w:r><w:t> {ADDED}</w:t></w:r></w:p></w:body>"),
      "white on a white page")],
    ids=["character-style", "paragraph-style"],
)  # fmt: skip
def it_finds_text_hidden_by_a_style_it_is_based_on(
    built_examples: list[Produced], tmp_path: Path, styled: Edit, reason: str
) -> None:
    reading, report = _read(built_examples, tmp_path, {
        "word/styles.xml": _before_closing("</w:styles>", _STYLES), "word/document.xml": styled,
    })  # fmt: skip
    assert reading.hidden == (HiddenRun("body", f" {ADDED}", reason),)
    assert [a.kind for a in report.alterations] == ["hidden text"]


def it_finds_text_hidden_in_a_table_cell(built_examples: list[Produced], tmp_path: Path) -> None:
    def hide_in_table(body: str) -> str:
        cell = body.index("<w:tc>", body.index("<w:tbl>"))
        end = body.index("</w:p>", cell)
        run = f"<w:r><w:rPr><w:vanish/></w:rPr><w:t>{ADDED}</w:t></w:r>"
        return body[:end] + run + body[end:]

    reading, report = _read(built_examples, tmp_path, {"word/document.xml": hide_in_table})
    assert reading.hidden == (HiddenRun("body", ADDED, "hidden (vanish)"),)
    assert report.alterations == (Alteration("hidden text", "body", f'"{ADDED}" hidden (vanish)'),)


_TEXT_BOX = (
    '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:inline>'
    '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
    '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
    f"<wps:wsp><wps:txbx><w:txbxContent><w:p><w:r><w:t>{ADDED}</w:t></w:r></w:p>"
    "</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing>"
    "</mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r>"
    f"<w:t>{ADDED}</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict>"
    "</mc:Fallback></mc:AlternateContent></w:r>"
)


def it_reads_a_text_box_once_after_the_paragraph_it_is_anchored_in(
    built_examples: list[Produced], tmp_path: Path
) -> None:
    def add_box(body: str) -> str:
        end = body.index("</w:p>", body.index(DEADLINE))
        return body[:end] + _TEXT_BOX + body[end:]

    reading, report = _read(built_examples, tmp_path, {"word/document.xml": add_box})
    anchor = next(n for n, paragraph in enumerate(reading.body) if DEADLINE in paragraph)
    assert reading.body[anchor + 1] == ADDED
    assert sum(ADDED in paragraph for paragraph in reading.body) == 1
    assert [s.clause for s in report.altered] == ["breach-notification"]
    assert [edit.inserted for r in report.sections for edit in r.edits] == [ADDED]


def it_reads_the_main_document_the_relationship_names(
    built_examples: list[Produced], tmp_path: Path
) -> None:
    """Our document.xml left in place, the relationship pointing at a part that says
    "thirty (30) days": Word shows that part, and so does verify."""
    source = _acme(built_examples)
    with zipfile.ZipFile(source) as archive:
        body = archive.read("word/document.xml").decode()
        rels = archive.read("word/_rels/document.xml.rels").decode()
    edited = _edited(source, tmp_path / "redirected.docx", {
        "_rels/.rels": lambda text: text.replace('Target="word/document.xml"',
                                                 'Target="/word/vendor/terms.xml"'),
        "[Content_Types].xml": lambda text: text.replace('"/word/document.xml"',
                                                         '"/word/vendor/terms.xml"'),
        "word/vendor/terms.xml": body.replace(DEADLINE, "thirty (30) days", 1),
        "word/vendor/_rels/terms.xml.rels": rels.replace('Target="', 'Target="../'),
    })  # fmt: skip
    reading = read_docx(edited.read_bytes(), edited)
    assert reading.main_part == "word/vendor/terms.xml"
    assert set(reading.other_stories) == {"header", "footer"}
    report = verify(edited)
    assert [s.clause for s in report.altered] == ["breach-notification"]
    (change,) = [c for _, c in report.key_changes]
    assert (change.edit.deleted, change.edit.inserted) == ("five (5) calendar", "thirty (30)")


@pytest.mark.parametrize(
    ("rels", "message"),
    [(lambda t: t.replace('Target="word/document.xml"', 'Target="../outside.xml"'),
      "points outside the package"),
     (lambda t: t.replace('Target="word/document.xml"',
                          'Target="https://vendor.example/terms.xml" TargetMode="External"'),
      "points outside the package"),
     (lambda t: t.replace("</Relationships>", f'<Relationship Id="rId9" Type="{REL}/'
                          'officeDocument" Target="word/other.xml"/></Relationships>'),
      "names 2 main documents")],
    ids=["parent-folder", "external", "two-main-documents"],
)  # fmt: skip
def it_refuses_a_package_whose_main_document_word_would_not_find_in_it(
    built_examples: list[Produced], tmp_path: Path, rels: Edit, message: str
) -> None:
    edited = _edited(_acme(built_examples), tmp_path / "odd.docx", {"_rels/.rels": rels})
    with pytest.raises(
        InputError, match=rf"^{tmp_path}/odd\.docx: not a readable DOCX .*{message}"
    ):
        read_docx(edited.read_bytes(), edited)


_NOTES = (
    '<w:{kind}s xmlns:w="' + W + '"><w:{kind} w:type="separator" w:id="-1"><w:p><w:r>'
    '<w:separator/></w:r></w:p></w:{kind}><w:{kind} w:type="continuationSeparator" w:id="0">'
    "<w:p><w:r><w:continuationSeparator/></w:r></w:p></w:{kind}>"
    '<w:{kind} w:id="1"><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:{kind}></w:{kind}s>'
)
_COMMENTS = (
    f'<w:comments xmlns:w="{W}"><w:comment w:id="0" w:author="Vendor Legal"><w:p><w:r>'
    "<w:t>We never agreed to five days.</w:t></w:r></w:p></w:comment></w:comments>"
)
_FIRST_HEADER = f'<w:hdr xmlns:w="{W}"><w:p><w:r><w:t>Vendor Master Terms</w:t></w:r></w:p></w:hdr>'


def it_reads_every_story_by_name(built_examples: list[Produced], tmp_path: Path) -> None:
    """Footnotes, endnotes, comments and an added first-page header are read, separators
    skipped; the lead's comparison with a rebuild takes them from ``other_stories``."""
    rels = "word/_rels/document.xml.rels"

    def add_rels(text: str) -> str:
        for kind, target, rid in [("footnotes", "footnotes.xml", "rIdF"),
                                  ("endnotes", "endnotes.xml", "rIdE"),
                                  ("comments", "comments.xml", "rIdC"),
                                  ("header", "header9.xml", "rIdH")]:  # fmt: skip
            text = _related(kind, target, rid)(text)
        return text

    def reference(body: str) -> str:
        body = _formatted("<w:b/>", "")(body)
        first = '<w:headerReference w:type="first" r:id="rIdH"/>'
        return body.replace("<w:sectPr", "<w:sectPr", 1).replace(
            '<w:headerReference w:type="default"', f'{first}<w:headerReference w:type="default"'
        )

    reading, _ = _read(built_examples, tmp_path, {
        rels: add_rels, "word/document.xml": reference,
        "word/footnotes.xml": _NOTES.format(kind="footnote", text="Or thirty days."),
        "word/endnotes.xml": _NOTES.format(kind="endnote", text="Delaware law governs."),
        "word/comments.xml": _COMMENTS, "word/header9.xml": _FIRST_HEADER,
    })  # fmt: skip
    assert reading.other_stories == {
        "header (first page)": ("Vendor Master Terms",),
        "header": (f"Student Data Privacy Agreement · {built_examples[0].id}",),
        "footer": ("Page # of #",),
        "footnote 1": ("Or thirty days.",),
        "endnote 1": ("Delaware law governs.",),
        "comment 1 by Vendor Legal": ("We never agreed to five days.",),
    }


def it_reads_an_edited_header(built_examples: list[Produced], tmp_path: Path) -> None:
    reading, _ = _read(built_examples, tmp_path, {
        "word/header1.xml": lambda x: x.replace("Student Data Privacy Agreement", "Vendor Terms"),
    })  # fmt: skip
    assert reading.other_stories["header"] == (f"Vendor Terms · {built_examples[0].id}",)


def it_reports_content_word_would_import_from_another_part(
    built_examples: list[Produced], tmp_path: Path
) -> None:
    def chunk(body: str) -> str:
        start = body.rfind("<w:p>", 0, body.index(DEADLINE))
        return body[:start] + '<w:altChunk r:id="rIdX"/>' + body[start:]

    reading, report = _read(built_examples, tmp_path, {
        "word/_rels/document.xml.rels": _related("aFChunk", "chunk.htm", "rIdX"),
        "word/document.xml": chunk,
        "word/chunk.htm": "<html><body><p>Contractor may sell Student Data.</p></body></html>",
    })  # fmt: skip
    assert reading.imported == (Imported("body", "word/chunk.htm"),)
    assert report.alterations == (Alteration(
        "imported content", "body",
        "Word would merge in the content of word/chunk.htm, which verify cannot read",
    ),)  # fmt: skip
    assert not report.intact


@pytest.mark.parametrize(
    "rpr",
    ["<w:b/>", "<w:i/>", '<w:color w:val="FF0000"/>',
     '<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/>', '<w:sz w:val="24"/>',
     '<w:webHidden/>', '<w:highlight w:val="yellow"/>'],
    ids=["bold", "italic", "red", "arial", "12pt", "web-hidden", "highlighted"],
)  # fmt: skip
def it_finds_a_formatting_only_edit_of_visible_text_intact(
    built_examples: list[Produced], tmp_path: Path, rpr: str
) -> None:
    reading, report = _read(built_examples, tmp_path, {"word/document.xml": _formatted(rpr)})
    assert reading.hidden == ()
    assert report.intact, report.lines()


def it_notes_tracked_changes_in_the_main_document_the_relationship_names(
    built_examples: list[Produced], tmp_path: Path
) -> None:
    def track(body: str) -> str:
        inserted = f'<w:ins w:id="1" w:author="Vendor"><w:r><w:t> {ADDED}</w:t></w:r></w:ins>'
        deleted = (
            f'<w:del w:id="2" w:author="Vendor"><w:r><w:delText>{ADDED}</w:delText></w:r></w:del>'
        )
        return _formatted("<w:b/>")(body).replace(
            "</w:body>", f"<w:p>{inserted}{deleted}</w:p></w:body>"
        )

    reading, report = _read(built_examples, tmp_path, {"word/document.xml": track})
    assert reading.tracked_changes and report.tracked_changes
    assert reading.body[-1] == f" {ADDED}"  # the insertion read, the deletion not


def _resaved_by_libreoffice(sources: list[Path], tmp_path: Path) -> list[Path]:
    folder = tmp_path / "in"
    folder.mkdir()
    copies = [Path(shutil.copy(source, folder / source.name)) for source in sources]
    with LibreOffice() as office:
        return office.convert(copies, tmp_path / "lo", to="docx")


def _resaved_by_python_docx(sources: list[Path], tmp_path: Path) -> list[Path]:
    folder = tmp_path / "python-docx"
    folder.mkdir()
    for source in sources:
        docx.Document(str(source)).save(str(folder / source.name))
    return [folder / source.name for source in sources]


@pytest.mark.parametrize("resave", [_resaved_by_libreoffice, _resaved_by_python_docx],
                         ids=["libreoffice", "python-docx"])  # fmt: skip
def it_finds_every_example_resaved_intact_with_nothing_hidden(
    built_examples: list[Produced], tmp_path: Path,
    resave: Callable[[list[Path], Path], list[Path]],
) -> None:  # fmt: skip
    sources = [o.path for produced in built_examples for o in produced.outputs
               if o.format == "docx"]  # fmt: skip
    resaved = resave(sources, tmp_path)
    assert len(resaved) == len(sources) > 3
    for source, path in zip(sources, resaved, strict=True):
        assert path.read_bytes() != source.read_bytes()
        reading = read_docx(path.read_bytes(), path)
        assert (reading.hidden, reading.imported) == ((), ()), path.name
        assert reading.other_stories == read_docx(source.read_bytes(), source).other_stories
        report = verify(path)
        assert report.intact and report.alterations == (), report.lines()


def it_reads_a_page_number_as_a_mark_and_a_field_code_not_at_all(
    built_examples: list[Produced], tmp_path: Path
) -> None:
    """LibreOffice updates "Page 1 of 1" to "Page 12 of 12" when it saves: no one's words."""
    reading, _ = _read(built_examples, tmp_path, {
        "word/footer1.xml": lambda footer: footer.replace("<w:t>1</w:t>", "<w:t>12</w:t>")
        .replace(" NUMPAGES ", " QUOTE 7 ", 1),
    })  # fmt: skip
    assert reading.other_stories["footer"] == ("Page # of 12",)


def it_leaves_hidden_text_out_of_the_audits_view(tmp_path: Path) -> None:
    """A vendor's paper: hidden words are no promise the reader sees; a table row is one
    sentence, read through its own relationships."""
    document = docx.Document()
    paragraph = document.add_paragraph("Contractor shall notify within 72 hours")
    paragraph.add_run(" or within 90 days").font.hidden = True
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Breach notice"
    table.cell(0, 1).paragraphs[0].add_run("never").font.hidden = True
    table.cell(0, 1).paragraphs[0].add_run("within 72 hours")
    output = io.BytesIO()
    document.save(output)
    blocks, _ = docx_blocks(output.getvalue(), "theirs.docx")
    assert blocks[-2:] == ["Contractor shall notify within 72 hours",
                           "Breach notice — within 72 hours"]  # fmt: skip


@pytest.mark.parametrize("esign", ["adobe", "docusign"])
def it_reads_our_own_esignature_anchors_as_text_not_as_hidden(
    tmp_path: Path, esign: Literal["adobe", "docusign"]
) -> None:
    """White 6-pt anchors for the signing service are ours: the manifest records them, and
    verify compares them with it; only a hidden run that is wholly an anchor passes."""
    options = BuildOptions(out=tmp_path / "out", format="docx", build_date=BUILD_DATE, esign=esign)
    (agreement, *_) = build(EXAMPLES[:1], options)
    (path,) = [o.path for o in agreement.outputs]
    plain = read_docx(path.read_bytes(), path)
    assert len(plain.hidden) == 8 and {h.reason for h in plain.hidden} == {"white on a white page"}
    assert verify(path).intact
    more = _edited(path, tmp_path / "more.docx", {"word/document.xml": _formatted(
        '<w:color w:val="FFFFFF"/><w:sz w:val="12"/>', " {{Sig_es_:signer3:signature}} or never"
    )})  # fmt: skip
    report = verify(more)
    assert [a.detail for a in report.alterations] == [
        '"{{Sig_es_:signer3:signature}} or never" white on a white page'
    ]
