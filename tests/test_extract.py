"""Text out of DOCX and web pages: verify's view of our documents, audit's of a vendor's."""

from __future__ import annotations

import io
import zipfile

import docx
import docx.enum.style
import pytest

from crec_assemble.errors import InputError
from crec_assemble.render.extract import (
    docx_blocks,
    docx_paragraphs,
    html_blocks,
    html_paragraphs,
    is_html,
)


def _contract() -> bytes:
    """A paragraph with a tab, one with a line break, then a table of terms."""
    document = docx.Document()
    document.add_paragraph("1.\tDefinitions")
    paragraph = document.add_paragraph("Notice")
    paragraph.add_run().add_break()
    paragraph.add_run("within 72 hours")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Breach notice"
    table.cell(0, 1).text = "within 72 hours"
    document.add_paragraph("Signatures")
    output = io.BytesIO()
    document.save(output)
    return output.getvalue()


def it_reads_every_paragraph_for_verify_keeping_tabs_and_breaks() -> None:
    assert docx_paragraphs(_contract(), "ours.docx") == [
        "1.\tDefinitions", "Notice\nwithin 72 hours", "Breach notice", "within 72 hours",
        "Signatures",
    ]  # fmt: skip


def it_reads_a_table_row_as_one_block_for_audit() -> None:
    blocks, _ = docx_blocks(_contract(), "theirs.docx")
    assert blocks[2:] == ["Breach notice — within 72 hours", "Signatures"]


def _struck_clause() -> bytes:
    """A rider whose parties struck a clause through, and a style that strikes twice."""
    document = docx.Document()
    document.add_paragraph("6.2 Vendor shall notify the Board within five days.")
    struck = document.add_paragraph()
    struck.add_run("6.3 Vendor shall notify families within ten days.").font.strike = True
    struck.add_run(" [Struck - see Schedule 2]")
    twice = document.styles.add_style("Deleted", docx.enum.style.WD_STYLE_TYPE.CHARACTER)
    twice.font.double_strike = True
    document.add_paragraph().add_run("6.4 Vendor keeps backups.", style="Deleted")
    output = io.BytesIO()
    document.save(output)
    return output.getvalue()


def it_leaves_struck_through_clauses_out_for_audit_and_counts_them() -> None:
    blocks, struck = docx_blocks(_struck_clause(), "rider.docx")
    assert [b.strip() for b in blocks if b.strip()] == [
        "6.2 Vendor shall notify the Board within five days.", "[Struck - see Schedule 2]"
    ]  # fmt: skip
    assert struck == 2


def it_keeps_struck_through_clauses_for_verify_since_a_reader_sees_them() -> None:
    paragraphs = docx_paragraphs(_struck_clause(), "rider.docx")
    assert "6.3 Vendor shall notify families within ten days. [Struck - see Schedule 2]" in (
        paragraphs
    )
    assert "6.4 Vendor keeps backups." in paragraphs


def it_finds_the_main_document_part_through_the_package_relationships() -> None:
    moved = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(_contract())) as source, zipfile.ZipFile(moved, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            name = "word/main.xml" if item.filename == "word/document.xml" else item.filename
            if item.filename in ("_rels/.rels", "[Content_Types].xml"):
                data = data.replace(b"/word/document.xml", b"/word/main.xml")
                data = data.replace(b'"word/document.xml"', b'"word/main.xml"')
            target.writestr(name, data)
    assert docx_blocks(moved.getvalue(), "moved.docx")[0][-1] == "Signatures"


def it_names_a_docx_it_cannot_read() -> None:
    broken = io.BytesIO()
    with zipfile.ZipFile(broken, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")  # an unbound prefix
    with pytest.raises(InputError, match=r"^broken\.docx: not a readable DOCX"):
        docx_paragraphs(broken.getvalue(), "broken.docx")


_PAGE = (
    "<!DOCTYPE html><html><head><title>Notice</title><style>p{}</style></head><body>"
    "<h1>Notice</h1><p>We signed <em>a</em> contract.</p>"
    "<table><tr><td>Data</td><td>names</td></tr></table>"
    '<p class="ref">Reference: PN-1</p><script>var x;</script></body></html>'
)


def it_reads_only_the_words_our_pages_print_for_verify() -> None:
    assert html_paragraphs(_PAGE.encode()) == ["Notice", "We signed a contract.", "Data", "names"]


def it_reads_every_block_of_any_page_for_audit() -> None:
    # A heading keeps its level as Markdown's marks ("# " for an <h1>); the browser tab's
    # <title> is no part of the page's terms.
    assert html_blocks(_PAGE) == [
        "# Notice", "We signed a contract.", "Data — names", "Reference: PN-1"
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("opening", "page"),
    [(b"<!DOCTYPE html>", True), (b"\xef\xbb\xbf  <html lang='en'>", True),
     (b"<!doctype HTML>", True), (b"# Terms", False), (b"PK\x03\x04", False)],
    ids=["doctype", "bom-and-html-tag", "lower-case", "markdown", "zip"],
)  # fmt: skip
def it_knows_a_web_page_by_its_opening(opening: bytes, page: bool) -> None:
    assert is_html(opening + b"<body></body>") is page
