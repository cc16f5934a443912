"""What the tool relies on in a Word template, checked when the template is read.

A template that lost its relationships still renders: docxtpl fills the body
and python-docx saves a document with no header, footer, styles or numbering,
which looks like an agreement until someone opens it. So the parts the tool's
documents depend on are checked up front, each failure one line naming the
template and what it lacks. The template's XML is read with entities and
network access off, and its size is bounded: a template may come from anyone.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
import zlib
from pathlib import Path
from typing import Any

__all__ = ["MAX_TEMPLATE_BYTES", "MAX_TEMPLATE_PARTS", "template_problem"]

MAX_TEMPLATE_BYTES = 50_000_000
"""Uncompressed size of all of a Word template's parts together."""
MAX_TEMPLATE_PARTS = 1_000
"""Parts (zip entries) in a Word template."""

_DOCUMENT = "word/document.xml"
_RELATIONSHIPS = "word/_rels/document.xml.rels"
_OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_PACKAGE = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
# What every document the tool writes shows: its styles, and the header and footer
# that carry the document's reference and page numbers.
_NEEDED = {"styles": "styles", "header": "header", "footer": "footer"}
_NUMBERING = re.compile(rb"<w:numId\b")


_UNREADABLE = (SyntaxError, zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError,
               NotImplementedError)  # fmt: skip
"""A part that does not unpack or parse (lxml's XMLSyntaxError is a SyntaxError)."""


class _Problem(Exception):
    """What is wrong with the template, as the end of its one line."""


def template_problem(path: Path, data: bytes) -> str | None:
    """Why this Word template cannot build the tool's documents, or None when it can."""
    try:
        _check(data)
    except _Problem as problem:
        return f"{path}: Word template {problem}"
    return None


def _check(data: bytes) -> None:
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
        entries = package.infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        raise _Problem("is not a Word document (.docx): not a zip file") from None
    if len(entries) > MAX_TEMPLATE_PARTS:
        raise _Problem(f"has {len(entries):,} parts, over the limit of {MAX_TEMPLATE_PARTS:,}")
    if sum(entry.file_size for entry in entries) > MAX_TEMPLATE_BYTES:
        raise _Problem(f"unpacks to more than {MAX_TEMPLATE_BYTES:,} bytes (the limit)")
    names = {entry.filename for entry in entries}
    for needed in ("[Content_Types].xml", _DOCUMENT, _RELATIONSHIPS):
        if needed not in names:
            raise _Problem(f"is missing {needed}")
    targets, parts = _relationships(package, names)
    document = _parse(package, _DOCUMENT)
    for kind, what in _NEEDED.items():
        if kind not in targets.values():
            raise _Problem(f"has no {what}: {_RELATIONSHIPS} names none")
    for used in document.iter():
        identifier = used.get(f"{_R}id")
        if identifier is not None and identifier not in targets:
            raise _Problem(f"{_DOCUMENT} refers to relationship {identifier}, which is missing")
    styles_part = next(name for name, kind in parts if kind == "styles")
    styles = _parse(package, styles_part)
    _check_styles(package, parts, document, styles)
    if _NUMBERING.search(package.read(styles_part)) and "numbering" not in targets.values():
        raise _Problem(
            f"has no numbering: its styles number paragraphs, {_RELATIONSHIPS} names none"
        )


def _relationships(
    package: zipfile.ZipFile, names: set[str]
) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """The document part's relationships, read once: id → kind, and each internal part it
    relates to as (part name, kind), every internal target checked to exist."""
    tree = _parse(package, _RELATIONSHIPS)
    kinds = {
        relation.get("Id", ""): relation.get("Type", "").removeprefix(_OFFICE)
        for relation in tree.iter(f"{_PACKAGE}Relationship")
    }
    found: list[tuple[str, str]] = []
    for relation in tree.iter(f"{_PACKAGE}Relationship"):
        kind = relation.get("Type", "")
        if relation.get("TargetMode") == "External" or not kind.startswith(_OFFICE):
            continue
        target = posixpath.normpath(posixpath.join("word", relation.get("Target", "")))
        if target not in names:
            raise _Problem(f"is missing {target}, which {_RELATIONSHIPS} names")
        found.append((target, kind.removeprefix(_OFFICE)))
    return kinds, found


def _check_styles(
    package: zipfile.ZipFile, parts: list[tuple[str, str]], document: Any, styles: Any
) -> None:
    """Every style the body, header and footer name is defined in the styles part."""
    defined = {style.get(f"{_W}styleId") for style in styles.iter(f"{_W}style")}
    trees = [(_DOCUMENT, document)] + [
        (part, _parse(package, part)) for part, kind in parts if kind in ("header", "footer")
    ]
    for part, tree in trees:
        for tag in ("pStyle", "rStyle", "tblStyle"):
            for used in tree.iter(f"{_W}{tag}"):
                style = used.get(f"{_W}val")
                if style not in defined:
                    raise _Problem(f"{part} uses style {style!r}, which its styles do not define")


def _parse(package: zipfile.ZipFile, part: str) -> Any:
    """A part's XML, read with no entities, no DTD and no network."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        root = etree.fromstring(package.read(part), parser)
    except _UNREADABLE as error:
        message = " ".join(str(error).split())[:80]
        raise _Problem(f"has a damaged {part}: {message}") from None
    if root.getroottree().docinfo.doctype:
        raise _Problem(f"{part} declares a DOCTYPE, which Word documents do not use")
    return root
