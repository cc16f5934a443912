"""Alterations of a DOCX's body: words edited, a section removed, a sentence added,
the title removed, words of ours hidden by formatting, and the package pointed at
another main part holding edited text."""

from __future__ import annotations

import re

from .altered import Altered, Target
from .documents import Issued
from .ooxml import BODY, docx_part, find_nth, paragraph_start, run_around, with_parts, xml_text

__all__ = [
    "add_sentence",
    "edit_body",
    "edit_words",
    "hide_by_vanish",
    "hide_in_white",
    "new_main_part",
    "remove_section",
    "remove_title",
    "shrink_to_one_point",
]


def edit_body(issued: Issued, target: Target) -> str:
    """The body XML with the target's phrase replaced by its new words."""
    body = docx_part(issued.docx, BODY)
    old = xml_text(target.resolved(issued))
    at = find_nth(body, old, target.nth)
    return body[:at] + xml_text(target.new) + body[at + len(old) :]


def edit_words(issued: Issued, target: Target) -> Altered:
    """A vendor's edit in Word: our words replaced by theirs."""
    edited = with_parts(issued.docx, {BODY: edit_body(issued, target)})
    return Altered(edited, f"{target.resolved(issued)!r} → {target.new!r}")


def heading_start(issued: Issued, body: str, clause: str) -> int:
    """Where the heading paragraph of ``clause``'s section starts in the body XML."""
    section = issued.section(clause)
    marker = (f">{section['number']}.</w:t>" if section["number"]
              else f">{xml_text(section['title'])}<")  # fmt: skip
    return paragraph_start(body, find_nth(body, marker, 0))


def remove_section(issued: Issued, target: Target) -> Altered:
    """The section of clause ``target.phrase``, heading and all, deleted."""
    body = docx_part(issued.docx, BODY)
    clauses = [section["clause"] for section in issued.sections]
    following = clauses[clauses.index(target.phrase) + 1]
    start = heading_start(issued, body, target.phrase)
    end = heading_start(issued, body, following)
    assert start < end
    return Altered(with_parts(issued.docx, {BODY: body[:start] + body[end:]}),
                   f"section {target.phrase} removed")  # fmt: skip


def paragraph(text: str) -> str:
    return (f'<w:p><w:pPr><w:pStyle w:val="BodyText"/></w:pPr><w:r>'
            f'<w:t xml:space="preserve">{xml_text(text)}</w:t></w:r></w:p>')  # fmt: skip


def add_sentence(issued: Issued, target: Target) -> Altered:
    """A paragraph of the vendor's before the heading of clause ``target.phrase``."""
    body = docx_part(issued.docx, BODY)
    at = heading_start(issued, body, target.phrase)
    edited = body[:at] + paragraph(target.new) + body[at:]
    return Altered(with_parts(issued.docx, {BODY: edited}),
                   f"{target.new!r} added before {target.phrase}")  # fmt: skip


def remove_title(issued: Issued, target: Target) -> Altered:
    """The document's title paragraph deleted."""
    body = docx_part(issued.docx, BODY)
    start = paragraph_start(body, find_nth(body, '<w:pStyle w:val="Title"/>', 0))
    end = body.index("</w:p>", start) + len("</w:p>")
    assert xml_text(issued.title) in body[start:end]
    return Altered(with_parts(issued.docx, {BODY: body[:start] + body[end:]}), "title removed")


def new_main_part(issued: Issued, target: Target) -> Altered:
    """``_rels/.rels`` pointed at word/document2.xml, holding edited text (with its own
    relationships), and our word/document.xml left where it was."""
    types = docx_part(issued.docx, "[Content_Types].xml")
    main = re.search(r'<Override PartName="/word/document.xml" ContentType="[^"]+"/>', types)
    assert main
    package_rels = docx_part(issued.docx, "_rels/.rels")
    assert 'Target="word/document.xml"' in package_rels
    parts = {
        "word/document2.xml": edit_body(issued, target),
        "word/_rels/document2.xml.rels": docx_part(issued.docx, "word/_rels/document.xml.rels"),
        "[Content_Types].xml": types.replace(
            main.group(0), main.group(0) + main.group(0).replace("document.xml", "document2.xml")
        ),
        "_rels/.rels": package_rels.replace('Target="word/document.xml"',
                                            'Target="word/document2.xml"'),
    }  # fmt: skip
    label = f"main part word/document2.xml with {target.resolved(issued)!r} → {target.new!r}"
    return Altered(with_parts(issued.docx, parts), label)


def _formatted(issued: Issued, target: Target, properties: str, how: str) -> Altered:
    """``target.words`` (inside the ``nth`` ``phrase``) given extra run ``properties``,
    in a run of its own split out of ours."""
    body = docx_part(issued.docx, BODY)
    phrase, words = xml_text(target.resolved(issued)), xml_text(target.words or target.phrase)
    at = find_nth(body, phrase, target.nth) + phrase.index(words)
    run = run_around(body, at)
    rpr, text = run.group("rpr") or "", run.group("text")
    split = at - run.start("text")

    def piece(content: str, extra: str = "") -> str:
        props = rpr.replace("</w:rPr>", f"{extra}</w:rPr>") if rpr else f"<w:rPr>{extra}</w:rPr>"
        return (f'<w:r>{props if extra or rpr else ""}<w:t xml:space="preserve">{content}</w:t>'
                "</w:r>")  # fmt: skip

    runs = (piece(text[:split]) + piece(words, properties)
            + piece(text[split + len(words) :]))  # fmt: skip
    edited = body[: run.start()] + runs + body[run.end() :]
    label = f"{target.words or target.phrase!r} of {target.resolved(issued)!r} {how}"
    return Altered(with_parts(issued.docx, {BODY: edited}), label)


def hide_by_vanish(issued: Issued, target: Target) -> Altered:
    return _formatted(issued, target, "<w:vanish/>", "hidden (w:vanish)")


def hide_in_white(issued: Issued, target: Target) -> Altered:
    return _formatted(issued, target, '<w:color w:val="FFFFFF"/>', "turned white")


def shrink_to_one_point(issued: Issued, target: Target) -> Altered:
    return _formatted(issued, target, '<w:sz w:val="2"/><w:szCs w:val="2"/>', "set in 1-pt type")
