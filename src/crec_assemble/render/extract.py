"""Text out of a DOCX, a PDF or a web page, for the two readers: ``verify`` and ``audit``.

They read for different ends, so each container offers two views:

- ``verify`` reads back a document *we* wrote, and looks for its recorded words
  in it: every paragraph as it stands (table cells one by one, tabs and line
  breaks kept), a PDF's page text as PDFium gives it, and only the elements our
  web pages put text in.
- ``audit`` reads *a vendor's* paper for sentences: a table row is one sentence
  ("Breach notice — within 72 hours"), a word hyphenated at a line's end is
  joined again, and any text a web page shows counts.

DOCX is read straight from its XML: a build reads every DOCX back, and this is
several times faster than loading it with python-docx. PDFium (pypdfium2)
extracts text some twenty times faster than pypdf, which matters for the same
reason. Both are opened through :mod:`.untrusted`, within its limits: the file
read back may be one a vendor returned.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from xml.etree import ElementTree
from zipfile import ZipFile

from ..errors import InputError
from .untrusted import check_text, check_time, open_docx, open_pdf, parse_xml, read_part

__all__ = [
    "docx_blocks",
    "docx_paragraphs",
    "docx_part_xml",
    "html_blocks",
    "html_paragraphs",
    "is_docx",
    "is_html",
    "pdf_pages",
]

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# PDFium marks a hyphen at the end of a line as U+FFFE ("may be a soft hyphen").
_LINE_END_HYPHEN = "\ufffe"


def is_docx(data: bytes) -> bool:
    """Whether the bytes are a zip, as every DOCX is."""
    return data.startswith(b"PK")


def is_html(data: bytes) -> bool:
    """Whether the bytes open like a web page (a byte-order mark and white space aside)."""
    return re.match(rb"\s*(?:<!doctype html|<html)", data.removeprefix(b"\xef\xbb\xbf"),
                    re.IGNORECASE) is not None  # fmt: skip


def docx_paragraphs(data: bytes, name: Path | str) -> list[str]:
    """``verify``'s view: every paragraph in reading order, each table cell's paragraphs
    on their own, with tabs and line breaks kept (page headers left out).

    Raises:
        InputError: when it is not a readable DOCX.
    """
    lines = []
    for paragraph in _document(data, name).iter(f"{_W}p"):
        parts = []
        for node in paragraph.iter():
            if node.tag == f"{_W}t":
                parts.append(node.text or "")
            elif node.tag in (f"{_W}tab", f"{_W}ptab"):
                parts.append("\t")
            elif node.tag in (f"{_W}br", f"{_W}cr"):
                parts.append("\n")
        lines.append("".join(parts))
    check_text(sum(map(len, lines)), name)
    return lines


def docx_blocks(data: bytes, name: Path | str) -> list[str]:
    """``audit``'s view: body paragraphs, and each table row as one paragraph, its cells
    joined by a dash ("Breach notice — within 72 hours").

    Raises:
        InputError: when it is not a readable DOCX.
    """
    body = _document(data, name).find(f"{_W}body")
    blocks = []
    for child in [] if body is None else body:
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            blocks.append(_words(child))
        elif tag == "tbl":
            for row in child.iter():
                if row.tag.endswith("}tr"):
                    cells = [_cell_text(cell) for cell in row.iter() if cell.tag.endswith("}tc")]
                    blocks.append(" — ".join(cell for cell in cells if cell))
    check_text(sum(map(len, blocks)), name)
    return blocks


def docx_part_xml(data: bytes, prefix: str, name: Path | str = "the DOCX") -> bytes:
    """The XML of every part whose name starts with ``prefix`` ("word/header"), joined.

    Raises:
        InputError: when it is not a readable DOCX, or is over a limit of :mod:`.untrusted`.
    """
    archive = open_docx(data, name)
    parts = [n for n in archive.namelist() if n.startswith(prefix)]
    return b"".join(read_part(archive, part, name) for part in parts)


def _document(data: bytes, name: Path | str) -> ElementTree.Element:
    """The root of the main document part, found as Word finds it: through the package's
    relationships (``word/document.xml`` when they do not say).

    Raises:
        InputError: when it is not a readable DOCX, or is over a limit of :mod:`.untrusted`.
    """
    archive = open_docx(data, name)
    part = _main_part(archive, name)
    return parse_xml(read_part(archive, part, name), name, part)


def _main_part(archive: ZipFile, name: Path | str) -> str:
    if "_rels/.rels" in archive.namelist():
        rels = parse_xml(read_part(archive, "_rels/.rels", name), name, "_rels/.rels")
        for relationship in rels:
            if relationship.get("Type", "").endswith("/officeDocument"):
                return relationship.get("Target", "").lstrip("/")
    return "word/document.xml"


def _words(element: ElementTree.Element) -> str:
    """The text of every run in an element, in order."""
    return "".join(t.text or "" for t in element.iter() if t.tag.endswith("}t"))


def _cell_text(cell: ElementTree.Element) -> str:
    """The words of a table cell, paragraph by paragraph."""
    return " ".join(_words(p) for p in cell.iter() if p.tag.endswith("}p")).strip()


def pdf_pages(data: bytes, name: Path | str, *, hyphenated: bool) -> list[str]:
    """The text of each page of a PDF, its lines ending in ``\\n``.

    Args:
        data: the PDF.
        name: names it in messages.
        hyphenated: whether the document may hyphenate words at line ends (a vendor's
            paper, whose "notifi-/cation" is joined again). Ours never does, so there
            a hyphen at a line's end is a real one and is kept.

    Raises:
        InputError: when PDFium cannot open it or a page, or it is over a limit of
            :mod:`.untrusted` (pages, text, time).
    """
    from pypdfium2 import PdfiumError

    document = open_pdf(data, name)
    pages: list[str] = []
    try:
        for number in range(len(document)):
            check_time()
            pages.append(document[number].get_textpage().get_text_range())
            check_text(sum(map(len, pages)), name)
    except PdfiumError as error:
        raise InputError(f"{name}: not a readable PDF (page {len(pages) + 1}: {error})") from None
    finally:
        document.close()
    hyphen = "" if hyphenated else "-"
    return [page.replace("\r", "").replace(_LINE_END_HYPHEN, hyphen) for page in pages]


_OUR_TEXT = ("h1", "h2", "p", "li", "td")


class _OurParagraphs(HTMLParser):
    """The text of the elements our pages put words in; the reference line is not a
    paragraph of the document."""

    def __init__(self) -> None:
        super().__init__()
        self.paragraphs: list[str] = []
        self._current: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _OUR_TEXT and dict(attrs).get("class") != "ref":
            self._current = []

    def handle_endtag(self, tag: str) -> None:
        if tag in _OUR_TEXT and self._current is not None:
            self.paragraphs.append("".join(self._current))
            self._current = None

    def handle_data(self, data: str) -> None:
        if self._current is not None:
            self._current.append(data)


def html_paragraphs(data: bytes) -> list[str]:
    """``verify``'s view of a web page we wrote: its headings, paragraphs, items and cells."""
    parser = _OurParagraphs()
    parser.feed(data.decode("utf-8", errors="replace"))
    parser.close()
    return parser.paragraphs


class _Blocks(HTMLParser):
    """Text of block elements (p, li, table rows, headings…) as separate paragraphs; the
    cells of a row stay together, joined by a dash, so a row reads as one sentence."""

    _BLOCK = frozenset({"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "div", "tr", "br"})

    def __init__(self) -> None:
        super().__init__()
        self.blocks: list[str] = [""]
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        elif tag in self._BLOCK:
            self.blocks.append("")
        elif tag in ("td", "th") and self.blocks[-1].strip():
            self.blocks[-1] += " — "

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip -= 1
        elif tag in self._BLOCK:
            self.blocks.append("")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.blocks[-1] += data


def html_blocks(text: str) -> list[str]:
    """``audit``'s view of any web page: the text of each block, scripts and styles left out."""
    parser = _Blocks()
    parser.feed(text)
    parser.close()
    return [block for block in parser.blocks if block.strip()]
