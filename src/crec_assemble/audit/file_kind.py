"""What kind of file a vendor sent, judged by its bytes, never by its name.

``audit`` reads five kinds of file: PDF, DOCX, HTML, Markdown and plain text. Anything else
must be refused, not read: a ``.tsx`` component with every state's terms in it, read as
text, had every state's promises credited to Connecticut; a spreadsheet, an image or a
legacy ``.doc`` read as text gives a report of nothing but gaps. So the content decides:

- a PDF opens with ``%PDF``; a DOCX is a zip with a package's relationships and no sign of
  another Office format (a spreadsheet, a presentation, an OpenDocument file);
- images, legacy Office files, RTF, compressed archives and other binary data (NUL bytes,
  control characters, more than a few bytes that are not UTF-8) are refused by name;
- text that is source code or data (``import … from``, ``export default``, JSX, many lines
  ending in a brace) is refused, whatever its suffix;
- text with a tag soup in its first part (``<p>``, ``<div>``, ``<li>``, ``<table>``…) is
  HTML, even when a template directive (``{% extends %}``, ``<%@ page %>``,
  ``{{> header}}``, ``<?php … ?>``) comes first; other text is Markdown or plain text.

Template directives are dropped before a page is read (:func:`drop_directives`); what
they would print (``{{ days }}``) reads as a blank left to fill.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from ..errors import InputError
from ..render.untrusted import open_docx
from .lazy_pattern import LazyPattern

__all__ = ["READS", "Kind", "Sniffed", "drop_directives", "sniff"]

READS = "audit reads PDF, DOCX, HTML, Markdown or plain text"

Kind = Literal["pdf", "docx", "html", "text"]

_FEW = 8  # bytes that are not UTF-8, or control characters, a text file may carry by mistake
_FIRST_PART = 64 * 1024  # characters sniffed: enough to see what a file is, cheap on a large one

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "an image (PNG)"),
    (b"\xff\xd8\xff", "an image (JPEG)"),
    (b"GIF8", "an image (GIF)"),
    (b"II*\x00", "an image (TIFF)"),
    (b"MM\x00*", "an image (TIFF)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a Word 97-2003 (.doc) or other legacy Office file"),
    (b"{\\rtf", "an RTF file"),
    (b"\x1f\x8b", "a compressed archive (gzip)"),
    (b"7z\xbc\xaf", "a compressed archive (7z)"),
    (b"Rar!", "a compressed archive (RAR)"),
)
_OTHER_PACKAGES = (
    ("xl/", "a spreadsheet (XLSX), not a DOCX"),
    ("ppt/", "a presentation (PPTX), not a DOCX"),
    ("mimetype", "an OpenDocument file, not a DOCX"),
)

# What a template engine reads and a browser never shows. Output expressions print a value
# the template was given: in a contract, a blank to fill.
_OUTPUT = LazyPattern(r"\{\{\{[^}]{0,200}\}\}\}|\{\{\s*[\w.$'\"\[\]()|: -]{1,200}\}\}|"
                     r"<%=.{0,200}?%>|<\?=.{0,200}?\?>", re.DOTALL)  # fmt: skip
_DIRECTIVE = LazyPattern(
    r"\{%.{0,2000}?%\}|\{\{.{0,2000}?\}\}|\{#.{0,2000}?#\}|<%.{0,2000}?%>|"
    r"<\?php.{0,20000}?(?:\?>|\Z)",
    re.DOTALL | re.IGNORECASE,
)
_BLANK = "[…]"

_PAGE = LazyPattern(r"<!doctype\s+html|<(?:html|head|body)[\s>]", re.IGNORECASE)
_TAG = LazyPattern(
    r"</?(?:p|div|span|li|ul|ol|table|thead|tbody|tr|td|th|h[1-6]|br|section|article|header|"
    r"footer|main|nav|blockquote|strong|em|b|i|u|a|dl|dt|dd)\b[^<>]{0,500}>",
    re.IGNORECASE,
)
_SCRIPT = LazyPattern(r"<(script|style)\b.*?(?:</\1\s*>|\Z)|<!--.*?(?:-->|\Z)", re.S | re.I)
_FENCE = LazyPattern(r"^(```|~~~).*?(?:^\1|\Z)", re.DOTALL | re.MULTILINE)
_CODE = LazyPattern(
    r"^\s*(?:import\s+(?:type\s+)?[\w*{},\s]+\s+from\s+['\"]|import\s+['\"]|"
    r"export\s+(?:default|const|let|function|class|interface|type|async|enum)\b|"
    r"(?:const|let|var)\s+[\w{}\[\], ]+\s*=|#include\s*[<\"]|package\s+[\w.]+;|"
    r"using\s+[\w.]+;|(?:public|private|protected)\s+(?:static\s+)?[\w<>]+\s+\w+\s*\(|"
    r"def\s+\w+\(.*\)\s*(?:->.*)?:\s*$|fn\s+\w+\(|func\s+\w+\()"
    r"|className=|=>\s*[{(]?\s*$",
    re.MULTILINE,
)
_BRACE_END = LazyPattern(r"(?:[{}\[]|\},|\],|\};|\}\);|\)\s*\{)\s*$")


@dataclass(frozen=True)
class Sniffed:
    """The kind of a file, and its text when it is HTML or text."""

    kind: Kind
    text: str = ""


def sniff(data: bytes, path: Path) -> Sniffed:
    """What the file is, from its content.

    Raises:
        InputError: one line naming the file, what it looks like and what audit reads,
            when it is none of the kinds audit reads.
    """
    if data.startswith(b"%PDF"):
        return Sniffed("pdf")
    if data.startswith(b"PK"):
        _check_package(data, path)
        return Sniffed("docx")
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise _refused(path, what)
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        raise _refused(path, "an image (WebP)")
    text = _decoded(data, path)
    sample = _without_scripts(drop_directives(text[:_FIRST_PART])[0])
    if _is_code(_FENCE.sub("", sample)) or _is_json(text):
        raise _refused(path, "source code or data, not a document's text")
    return Sniffed("html" if _is_html(sample) else "text", text)


def drop_directives(text: str) -> tuple[str, int]:
    """A template's text as a browser would show it, and how many directives were dropped:
    what an output expression prints (``{{ days }}``) is a blank left to fill."""
    text, printed = _OUTPUT.subn(_BLANK, text)
    text, dropped = _DIRECTIVE.subn("", text)
    return text, printed + dropped


def _check_package(data: bytes, path: Path) -> None:
    """A zip is a DOCX unless it is another Office package or has no package at all."""
    names = open_docx(data, path).namelist()
    for prefix, what in _OTHER_PACKAGES:
        if any(name.startswith(prefix) for name in names):
            raise _refused(path, what)
    if "_rels/.rels" not in names:
        raise _refused(path, "a zip archive, not a DOCX")


def _decoded(data: bytes, path: Path) -> str:
    """The text, UTF-8 (or UTF-16 with its byte-order mark); binary data is refused."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise _refused(path, "binary data") from None
    if b"\0" in data:
        raise _refused(path, "binary data")
    text = data.decode("utf-8-sig", errors="replace")
    invalid = text.count("\ufffd") - data.count("\ufffd".encode())
    controls = len(re.findall(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]", text[:_FIRST_PART]))
    if controls > _FEW:
        raise _refused(path, "binary data")
    if invalid > _FEW:
        raise _refused(path, f"not UTF-8 text ({invalid} bytes are not UTF-8)")
    return text


def _without_scripts(text: str) -> str:
    """A page's text without its scripts, styles and comments: their code is no sign that
    the page is code."""
    return _SCRIPT.sub("", text)


def _is_code(text: str) -> bool:
    """Source code or data: a line only code opens with, or many lines ending in a brace."""
    lines = [line for line in text.splitlines() if line.strip()]
    braces = sum(1 for line in lines if _BRACE_END.search(line))
    strong = len(_CODE.findall(text))
    return (
        (strong >= 1 and braces >= 2) or strong >= 3 or (braces >= 5 and braces * 4 >= len(lines))
    )


def _is_json(text: str) -> bool:
    """Data: a whole file that is one JSON object or array."""
    stripped = text.strip()
    if not stripped or stripped[0] not in "{[" or stripped[-1] not in "}]":
        return False
    try:
        json.loads(stripped)
    except ValueError:
        return False
    return True


def _is_html(text: str) -> bool:
    """A web page, or a fragment of one: tags on at least a third of its lines."""
    if _PAGE.search(text):
        return True
    lines = [line for line in text.splitlines() if line.strip()]
    tagged = sum(1 for line in lines if _TAG.search(line))
    return len(_TAG.findall(text)) >= 2 and tagged * 3 >= len(lines)


def _refused(path: Path, what: str) -> InputError:
    return InputError(f"{path}: {what}; {READS}")
