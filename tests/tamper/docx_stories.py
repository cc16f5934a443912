"""Alterations in a DOCX's other stories: a footnote, a comment or a text box with
new terms, the header or footer edited, and a chunk of HTML imported (altChunk)."""

from __future__ import annotations

from .altered import Altered, Target
from .documents import Issued
from .docx_body import heading_start, paragraph
from .ooxml import BODY, add_part, docx_part, find_nth, run_around, with_parts, xml_text

__all__ = ["add_altchunk", "add_comment", "add_footnote", "add_text_box", "cover_with_shape",
           "edit_footer", "edit_header"]  # fmt: skip

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml."


def _after_run_of(issued: Issued, target: Target, inserted: str, before: str = "") -> str:
    """The body with ``inserted`` after the run holding the target phrase (and ``before``
    in front of that run)."""
    body = docx_part(issued.docx, BODY)
    run = run_around(body, find_nth(body, xml_text(target.resolved(issued)), target.nth))
    return body[: run.start()] + before + run.group(0) + inserted + body[run.end() :]


def add_footnote(issued: Issued, target: Target) -> Altered:
    """A footnote with new terms, its mark after the target phrase."""
    notes = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {_W}>'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
        "</w:footnote>"
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
        "<w:continuationSeparator/></w:r></w:p></w:footnote>"
        '<w:footnote w:id="1"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        '<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> '
        f"{xml_text(target.new)}</w:t></w:r></w:p></w:footnote></w:footnotes>"
    )
    mark = ('<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            '<w:footnoteReference w:id="1"/></w:r>')  # fmt: skip
    altered = add_part(
        issued.docx, "word/footnotes.xml", notes, _TYPE + "footnotes+xml", _REL + "footnotes",
        "rIdTamperNote", {BODY: _after_run_of(issued, target, mark)},
    )  # fmt: skip
    return Altered(altered, f"footnote {target.new!r} on {target.resolved(issued)!r}")


def add_comment(issued: Issued, target: Target) -> Altered:
    """A comment with new terms, anchored on the target phrase's run."""
    comments = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments {_W}>'
        '<w:comment w:id="0" w:author="Vendor Counsel" w:date="2026-12-01T00:00:00Z" '
        f'w:initials="VC"><w:p><w:r><w:t xml:space="preserve">{xml_text(target.new)}</w:t>'
        "</w:r></w:p></w:comment></w:comments>"
    )
    end = '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>'
    body = _after_run_of(issued, target, end, before='<w:commentRangeStart w:id="0"/>')
    altered = add_part(issued.docx, "word/comments.xml", comments, _TYPE + "comments+xml",
                       _REL + "comments", "rIdTamperComment", {BODY: body})  # fmt: skip
    return Altered(altered, f"comment {target.new!r} on {target.resolved(issued)!r}")


def add_text_box(issued: Issued, target: Target) -> Altered:
    """A text box (VML, as Word writes for compatibility) with new terms, in a paragraph of
    its own before the heading of clause ``target.phrase``."""
    box = (
        '<w:p><w:r><w:pict><v:shape id="TamperBox" type="#_x0000_t202" '
        'style="width:400pt;height:48pt" stroked="t"><v:textbox><w:txbxContent><w:p><w:r>'
        f'<w:t xml:space="preserve">{xml_text(target.new)}</w:t></w:r></w:p></w:txbxContent>'
        "</v:textbox></v:shape></w:pict></w:r></w:p>"
    )
    body = docx_part(issued.docx, BODY)
    at = heading_start(issued, body, target.phrase)
    altered = with_parts(issued.docx, {BODY: body[:at] + box + body[at:]})
    return Altered(altered, f"text box {target.new!r} before {target.phrase}")


def add_altchunk(issued: Issued, target: Target) -> Altered:
    """An HTML chunk with new terms imported before the heading of clause ``target.phrase``."""
    html = f"<html><body><p>{xml_text(target.new)}</p></body></html>"
    body = docx_part(issued.docx, BODY)
    at = heading_start(issued, body, target.phrase)
    chunk = '<w:altChunk r:id="rIdTamperChunk"/>'
    altered = add_part(issued.docx, "word/afchunk1.html", html, "text/html", _REL + "aFChunk",
                       "rIdTamperChunk", {BODY: body[:at] + chunk + body[at:]})  # fmt: skip
    return Altered(altered, f"altChunk {target.new!r} before {target.phrase}")


def edit_header(issued: Issued, target: Target) -> Altered:
    """The running header's words (``target.phrase``, e.g. the title) replaced."""
    header = docx_part(issued.docx, "word/header1.xml")
    old = xml_text(target.resolved(issued))
    at = find_nth(header, old, target.nth)
    edited = header[:at] + xml_text(target.new) + header[at + len(old) :]
    return Altered(with_parts(issued.docx, {"word/header1.xml": edited}),
                   f"header: {target.resolved(issued)!r} → {target.new!r}")  # fmt: skip


def edit_footer(issued: Issued, target: Target) -> Altered:
    """A line of new terms added to the footer, under the page numbers."""
    footer = docx_part(issued.docx, "word/footer1.xml")
    assert footer.count("</w:ftr>") == 1
    edited = footer.replace("</w:ftr>", paragraph(target.new) + "</w:ftr>")
    return Altered(with_parts(issued.docx, {"word/footer1.xml": edited}),
                   f"footer: {target.new!r} added")  # fmt: skip


def cover_with_shape(issued: Issued, target: Target) -> Altered:
    """A white VML rectangle, floating over the page, anchored in the run that holds the
    target phrase: Word and LibreOffice show the phrase whited out, its words still in the
    XML."""
    shape = (
        '<w:r><w:pict><v:rect style="position:absolute;margin-left:0;margin-top:0;'
        'width:470pt;height:40pt;z-index:251659264" fillcolor="white" stroked="f"/></w:pict></w:r>'
    )
    body = docx_part(issued.docx, BODY)
    at = run_around(body, find_nth(body, xml_text(target.resolved(issued)), target.nth)).start()
    altered = with_parts(issued.docx, {BODY: body[:at] + shape + body[at:]})
    return Altered(altered, f"white shape over {target.resolved(issued)!r}")
