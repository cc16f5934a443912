"""Reading a contract someone else wrote: PDF, DOCX, HTML, Markdown or plain text → sentences.

Vendor paper arrives in every shape: a PDF with a line break in the middle of
every sentence and words hyphenated across lines, a DOCX with half its terms
in a table, an HTML page, a Markdown file. ``audit`` needs sentences and where
each one is (page or paragraph), so that is all this module gives.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from ..errors import InputError

__all__ = ["Sentence", "read_sentences"]

_SENTENCE_END = re.compile(r"(?<=[.;!?])\s+(?=[\"'(\[]?[A-Z0-9])")
_BULLET = re.compile(r"^\s*(?:[-*•]|\(?[0-9ivxlcA-Za-z]{1,4}[.)])\s+")


@dataclass(frozen=True)
class Sentence:
    """One sentence and where a reader finds it ("page 2", "paragraph 14")."""

    text: str
    location: str
    paragraph: int
    heading: bool = False  # a title ("FERPA", "3. Data Security") is not a promise


def read_sentences(path: Path) -> list[Sentence]:
    """The sentences of a contract, in reading order.

    Raises:
        InputError: when the file cannot be read or is of no kind we read.
    """
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"{path}: cannot read: {error.strerror}") from None
    if data.startswith(b"%PDF"):
        blocks = _pdf_blocks(data, path)
    elif data.startswith(b"PK"):
        blocks = [("paragraph", text) for text in _docx_paragraphs(data, path)]
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = "\0"
        if "\0" in text:
            raise InputError(f"{path}: not a PDF, DOCX, HTML, Markdown or text file")
        if re.match(r"\s*(<!doctype html|<html)", text, re.IGNORECASE):
            blocks = [("paragraph", block) for block in _html_blocks(text)]
        else:
            blocks = [("paragraph", block) for block in _text_blocks(text)]
    sentences: list[Sentence] = []
    paragraph = 0
    lead_in = ""  # "If Provider discovers a Security Incident:" reads into each item after it
    follows_colon = False
    for where, block in blocks:
        cleaned = _clean(block)
        if not cleaned:
            continue
        paragraph += 1
        location = where if where.startswith("page") else f"paragraph {paragraph}"
        is_item = bool(_BULLET.match(block.lstrip("\n")))
        if not is_item and not follows_colon:
            lead_in = ""
        follows_colon = cleaned.endswith(":")
        heading = _is_heading(block, cleaned)
        for piece in _SENTENCE_END.split(cleaned):
            if piece.strip():
                text = f"{lead_in} {piece.strip()}" if lead_in else piece.strip()
                sentences.append(Sentence(text, location, paragraph, heading))
        if cleaned.endswith(":"):
            lead_in = _SENTENCE_END.split(cleaned)[-1]
    if not sentences:
        raise InputError(f"{path}: no text found (a scanned image needs OCR first)")
    return sentences


def _is_heading(block: str, cleaned: str) -> bool:
    """A Markdown heading, or a short line with no sentence in it."""
    if re.match(r"\s*#", block):
        return True
    return len(cleaned.split()) <= 8 and not re.search(r"[.;:!?]$", cleaned)


def _text_blocks(text: str) -> list[str]:
    """Paragraphs of Markdown or plain text: split at blank lines, and at every line break
    of a block whose lines are too long to be a hard-wrapped paragraph."""
    blocks: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        lines = block.splitlines()
        unwrapped = len(lines) > 1 and max(len(line) for line in lines) > 100
        blocks.extend(lines if unwrapped else [block])
    return blocks


def _clean(block: str) -> str:
    """One paragraph as running text: hyphenated line ends joined, Markdown marks gone."""
    block = re.sub(r"(\w)-\n\s*(\w)", r"\1\2", block)  # "notifi-\ncation" → "notification"
    lines = [_BULLET.sub("", re.sub(r"^#+\s*", "", line)) for line in block.splitlines()]
    text = " ".join(line.strip() for line in lines)
    text = re.sub(r"[*_`]{1,2}(\S[^*_`]*?)[*_`]{1,2}", r"\1", text)
    return re.sub(r"\s+", " ", text).strip()


def _pdf_blocks(data: bytes, path: Path) -> list[tuple[str, str]]:
    import pypdfium2

    try:
        document = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as error:
        raise InputError(f"{path}: not a readable PDF ({error})") from None
    blocks: list[tuple[str, str]] = []
    try:
        for number in range(len(document)):
            text = document[number].get_textpage().get_text_range().replace("\r", "")
            # PDFium marks a word hyphenated at a line's end with U+FFFE and drops the break.
            text = text.replace("\ufffe", "")
            # Paragraphs are separated by blank lines or by a line that ends a sentence.
            for block in re.split(r"\n\s*\n|(?<=[.:;])\n(?=[A-Z0-9(])", text):
                blocks.append((f"page {number + 1}", block))
    finally:
        document.close()
    return blocks


def _docx_paragraphs(data: bytes, path: Path) -> list[str]:
    """Body paragraphs, and each table row as a paragraph ("Breach notice — within 72 hours")."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError) as error:
        raise InputError(f"{path}: not a readable DOCX ({error})") from None
    paragraphs = []
    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraphs.append("".join(t.text or "" for t in child.iter() if t.tag.endswith("}t")))
        elif tag == "tbl":
            for row in child.iter():
                if row.tag.endswith("}tr"):
                    cells = [_text(cell) for cell in row.iter() if cell.tag.endswith("}tc")]
                    paragraphs.append(" — ".join(cell for cell in cells if cell))
    return paragraphs


def _text(element: Any) -> str:
    """The words of a DOCX element, paragraph by paragraph."""
    paragraphs = [p for p in element.iter() if p.tag.endswith("}p")]
    return " ".join(
        "".join(t.text or "" for t in p.iter() if t.tag.endswith("}t")) for p in paragraphs
    ).strip()


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


def _html_blocks(text: str) -> list[str]:
    parser = _Blocks()
    parser.feed(text)
    parser.close()
    return [block for block in parser.blocks if block.strip()]
