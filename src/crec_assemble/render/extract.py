"""Text out of a DOCX, a PDF or a web page, for the two readers: ``verify`` and ``audit``.

They read for different ends, so each container offers two views:

- ``verify`` reads back a document *we* wrote, and looks for its recorded words
  in it: every paragraph as it stands (table cells one by one, tabs and line
  breaks kept), a PDF's page text as PDFium gives it, and only the elements our
  web pages put text in.
- ``audit`` reads *a vendor's* paper for sentences: a table row is one sentence
  ("Breach notice — within 72 hours"), a word hyphenated at a line's end is
  joined again, and any text a web page shows counts.

DOCX is read straight from its XML (:mod:`.docx_reading`, through the package's
relationships, only the text a reader sees): a build reads every DOCX back, and
this is several times faster than loading it with python-docx. PDFium (pypdfium2)
extracts text some twenty times faster than pypdf, which matters for the same
reason. Both are opened through :mod:`.untrusted`, within its limits: the file
read back may be one a vendor returned. The DOCX reader is imported when a DOCX is
read, and the parser of our own web pages (:mod:`.html_reading`) when ``verify`` reads one,
so an audit of a web page or a text file does without them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import InputError
from ..inputs.anchors import ANCHOR_LIKE
from .pdf_cells import Run, pages_with_cells
from .pdfium_lock import PDFIUM
from .untrusted import check_text, check_time, open_pdf

if TYPE_CHECKING:
    from pypdfium2 import PdfPage, PdfTextPage

__all__ = [
    "PdfPageText",
    "docx_blocks",
    "docx_paragraphs",
    "html_blocks",
    "html_paragraphs",
    "is_docx",
    "is_html",
    "pdf_page_texts",
    "pdf_pages",
]

# PDFium marks a hyphen at the end of a line as U+FFFE ("may be a soft hyphen").
_LINE_END_HYPHEN = "\ufffe"
_FAR = 100_000.0  # points: past any page's edge (a PDF page is at most 14,400 pt wide)


def is_docx(data: bytes) -> bool:
    """Whether the bytes are a zip, as every DOCX is."""
    return data.startswith(b"PK")


def is_html(data: bytes) -> bool:
    """Whether the bytes open like a web page (a byte-order mark and white space aside)."""
    return re.match(rb"\s*(?:<!doctype html|<html)", data.removeprefix(b"\xef\xbb\xbf"),
                    re.IGNORECASE) is not None  # fmt: skip


def docx_paragraphs(data: bytes, name: Path | str) -> list[str]:
    """``verify``'s view: the body's paragraphs as a reader sees them, in reading order,
    each table cell's paragraphs on their own, a text box's after the paragraph it is
    anchored in, with tabs and line breaks kept; hidden runs left out (but our
    e-signature anchors, which the manifest records), and the page headers and footers
    too (:func:`.docx_reading.read_docx` reads every story).

    Raises:
        InputError: when it is not a readable DOCX.
    """
    from .docx_reading import read_docx

    return list(read_docx(data, name, markers=ANCHOR_LIKE).body)


def docx_blocks(data: bytes, name: Path | str) -> tuple[list[str], int]:
    """``audit``'s view: the body's paragraphs as a reader sees them, and each table row
    as one paragraph, its cells joined by a dash ("Breach notice — within 72 hours"); and
    how many struck-through runs were left out. Hidden text is no promise the reader sees,
    and struck-through text one the parties struck: both are left out.

    Raises:
        InputError: when it is not a readable DOCX.
    """
    from .docx_reading import read_docx

    reading = read_docx(data, name, table_rows=True, struck_out=True)
    return list(reading.body), reading.struck


def pdf_pages(data: bytes, name: Path | str, *, hyphenated: bool, cells: bool = False) -> list[str]:
    """The text of each page of a PDF, its lines ending in ``\\n``.

    Args:
        data: the PDF.
        name: names it in messages.
        hyphenated: whether the document may hyphenate words at line ends (a vendor's
            paper, whose "notifi-/cation" is joined again). Ours never does, so there
            a hyphen at a line's end is a real one and is kept.
        cells: whether to write a page that holds a table again, each row a paragraph
            and its cells apart (:mod:`.pdf_cells`): a vendor's paper, read for its terms.

    Raises:
        InputError: when PDFium cannot open it or a page, or it is over a limit of
            :mod:`.untrusted` (pages, text, time).
    """
    return [page.text for page in pdf_page_texts(data, name, hyphenated=hyphenated, cells=cells)]


@dataclass(frozen=True)
class PdfPageText:
    """A page's text (as :func:`pdf_pages` gives it) and, when asked for, the words it holds
    outside what a viewer shows of it (its CropBox, clipped to its MediaBox), joined by
    spaces: PDFium extracts every word of the content stream, shown or not."""

    text: str
    outside: str = ""


def pdf_page_texts(
    data: bytes, name: Path | str, *, hyphenated: bool, outside: bool = False, cells: bool = False
) -> list[PdfPageText]:
    """:func:`pdf_pages`, each page's text kept with the text outside what it shows when
    ``outside`` (four more PDFium calls a page, on the text already loaded).

    Raises:
        InputError: as :func:`pdf_pages`.
    """
    from pypdfium2 import PdfiumError

    pages: list[PdfPageText] = []
    runs: list[list[Run]] = []
    hyphen = "" if hyphenated else "-"
    with PDFIUM:
        document = open_pdf(data, name)
        try:
            for number in range(len(document)):
                check_time()
                page = document[number]
                text = page.get_textpage()
                whole = text.get_text_range().replace("\r", "").replace(_LINE_END_HYPHEN, hyphen)
                pages.append(PdfPageText(whole, _outside(page, text) if outside else ""))
                check_text(sum(len(done.text) for done in pages), name)
                if cells:
                    runs.append(_runs(text, hyphen))
        except PdfiumError as error:
            where = f"page {len(pages) + 1}: {error}"
            raise InputError(f"{name}: not a readable PDF ({where})") from None
        finally:
            document.close()
    if cells:
        pages = [
            page if written is None else PdfPageText(written, page.outside)
            for page, written in zip(pages, pages_with_cells(runs), strict=True)
        ]
    return pages


# PDFium's mark for a hyphen at a line's end in the text of a box, as U+FFFE is in a page's.
_BOXED_LINE_END_HYPHEN = "\x02"


def _runs(text: PdfTextPage, hyphen: str) -> list[Run]:
    """The page's runs of text, each where it stands, in the order of the page's text."""
    runs = []
    for index in range(text.count_rects()):
        left, bottom, right, top = text.get_rect(index)
        words = text.get_text_bounded(left, bottom, right, top)
        words = words.replace("\r", "").replace(_LINE_END_HYPHEN, hyphen)
        runs.append(Run(left, bottom, right, top, words.replace(_BOXED_LINE_END_HYPHEN, hyphen)))
    return runs


def _outside(page: PdfPage, text: PdfTextPage) -> str:
    """The words in the four bands around what the page shows."""
    left, bottom, right, top = page.get_bbox()
    bands = ((-_FAR, -_FAR, left, _FAR), (right, -_FAR, _FAR, _FAR),
             (left, top, right, _FAR), (left, -_FAR, right, bottom))  # fmt: skip
    return " ".join(" ".join(text.get_text_bounded(*band).split()) for band in bands).strip()


def html_paragraphs(data: bytes) -> list[str]:
    """``verify``'s view of a web page we wrote: its headings, paragraphs, items and cells."""
    from .html_reading import our_paragraphs

    return our_paragraphs(data)


_BLOCK = frozenset(
    {
        "p",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "div",
        "tr",
        "br",
        "ul",
        "ol",
        "table",
        "section",
        "article",
        "blockquote",
        "dt",
        "dd",
        "pre",
        "hr",
    }
)
_HEADING_MARKS = {f"h{level}": "#" * level + " " for level in range(1, 7)}
# Never read: code, and words struck out of a marked-up page ("<del>", "<s>", "<strike>").
# (a page's navigation, its menu and its table of contents, is links, not terms: read as
# text it ran its link titles together into one long "sentence" of the page)
# (nor the browser tab's title, nor a table of contents or menu marked as one by its role,
# class or label: "<aside class="toc" aria-label="On this page">")
_HIDDEN = frozenset(
    {"script", "style", "noscript", "template", "del", "s", "strike", "nav", "title"}
)
# (by its class or id, a name that is a menu's: "toc", "sidebar-toc", "nav-menu",
# "toc-container"; not "with-toc", "main-menu-offset" or "lunch-menu-data"; or by its label:
# "Site navigation", "Table of contents for this page")
_NAVIGATION = frozenset({"toc", "menu", "nav", "navbar", "navigation", "breadcrumb", "breadcrumbs"})
_PARTS_OF_A_MENU = frozenset({"container", "links", "items", "bar", "inner"})
# (a layout around the page: "page--with-nav", "layout-has-sidebar-nav", "doc-with-toc")
_NOT_A_MENU = frozenset(
    {"with", "has", "no", "show", "hide", "is", "layout", "page", "content", "doc", "docs", "body"}
)
_NAVIGATION_LABEL = re.compile(
    r"(?:[\w-]+\s+){0,2}(?:navigation|menu|breadcrumbs?)|table of contents\b.*|on this page",
    re.IGNORECASE,
)


def _hidden(element: object, tag: str) -> bool:
    """Whether an element's text is no part of the page's terms (see ``_HIDDEN``)."""
    if tag in _HIDDEN:
        return True
    if tag in ("html", "body", "main", "article"):
        return False  # a page's own class does not hide the page
    attributes = getattr(element, "attrib", {})
    names = [*attributes.get("class", "").split(), attributes.get("id", "")]
    return (
        attributes.get("role") == "navigation"
        or any(_names_a_menu(name) for name in names)
        or _NAVIGATION_LABEL.fullmatch(attributes.get("aria-label", "").strip()) is not None
    )


def _names_a_menu(name: str) -> bool:
    parts = [part for part in re.split(r"[-_]", name.casefold()) if part]
    if not parts or _NOT_A_MENU.intersection(parts):
        return False
    return parts[-1] in _NAVIGATION or (
        parts[0] in _NAVIGATION and all(part in _PARTS_OF_A_MENU for part in parts[1:])
    )


def html_blocks(text: str) -> list[str]:
    """``audit``'s view of any web page: the text of each block element (paragraph, item,
    heading, table row…) as a paragraph, a row's cells joined by a dash so that it reads as
    one sentence; scripts, styles, comments, processing instructions and navigation left out.

    The page is parsed by libxml2's HTML parser (lxml), which reads broken markup as a
    browser does, and walked without recursion, so no nesting is too deep for it. The walk
    needs no more than lxml.etree's elements: lxml.html, whose own elements add nothing
    here, would add some 40% to what importing lxml costs.
    """
    from lxml import etree

    parser = etree.HTMLParser(
        encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True
    )
    try:
        root = etree.fromstring(text.encode("utf-8", "replace"), parser=parser)
    except (etree.ParserError, ValueError):
        return []
    if root is None:  # an empty page, which lxml.html calls "Document is empty"
        return []
    blocks = [""]
    hidden = 0
    # each open element's own part in ``hidden``, judged once when it opens
    hides: list[bool] = []
    for event, element in etree.iterwalk(root, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        if event == "start":
            hides.append(_hidden(element, tag))
            hidden += hides[-1]
            if hidden:
                continue
            if tag in _BLOCK:
                # An item keeps its bullet, as in Markdown, so that it reads with the
                # lead-in before it ("We share Student Data only with:"), and a heading its
                # level, so that an "<h4>California</h4>" box ends at the next "<h3>".
                blocks.append("- " if tag == "li" else _HEADING_MARKS.get(tag, ""))
            elif tag in ("td", "th") and blocks[-1].strip():
                blocks[-1] += " — "
            blocks[-1] += element.text or ""
        else:
            hidden -= hides.pop()
            if hidden:
                continue
            if tag in _BLOCK:
                blocks.append("")
            blocks[-1] += element.tail or ""
    return [block for block in blocks if block.strip()]
