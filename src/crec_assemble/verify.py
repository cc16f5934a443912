"""``verify``: does an issued DOCX or PDF still say what its manifest says?

The document's visible text is read back (python-docx for DOCX, pypdf for
PDF), page headers and footers are set aside, and each section's recorded
text is looked for, in order, in what remains. Text is compared without
white space, so a PDF's line breaks or a re-saved DOCX's different XML do not
count as changes; words do.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal
from xml.etree import ElementTree

from .errors import InputError
from .manifest import MANIFEST_NAMESPACE, squeeze

__all__ = ["SectionResult", "VerifyReport", "read_manifest", "verify"]

_PAGE_FOOTER = re.compile(r"^Page\d+of\d+$")


@dataclass(frozen=True)
class SectionResult:
    clause: str
    number: str
    title: str
    status: Literal["intact", "altered"]

    @property
    def label(self) -> str:
        return f"Section {self.number} ({self.title})" if self.number else self.title


@dataclass(frozen=True)
class VerifyReport:
    """What ``verify`` found; ``intact`` only when every section and nothing else matches."""

    path: Path
    agreement_id: str
    sections: tuple[SectionResult, ...]
    added: tuple[str, ...]

    @property
    def altered(self) -> tuple[SectionResult, ...]:
        return tuple(section for section in self.sections if section.status != "intact")

    @property
    def intact(self) -> bool:
        return not self.altered and not self.added


def read_manifest(path: Path) -> dict[str, Any]:
    """The manifest embedded in a DOCX (custom XML part) or a PDF (attachment).

    Raises:
        InputError: when the file is unreadable, of another kind, or has no manifest.
    """
    data = _read(path)
    manifest = _docx_manifest(data) if data.startswith(b"PK") else _pdf_manifest(data, path)
    if manifest is None:
        raise InputError(f"{path}: no crec-assemble manifest in this document")
    try:
        parsed: dict[str, Any] = json.loads(manifest)
    except json.JSONDecodeError:
        raise InputError(f"{path}: the embedded manifest is not valid JSON") from None
    return parsed


def verify(path: Path) -> VerifyReport:
    """Compare a document's text with its manifest, section by section."""
    manifest = read_manifest(path)
    data = _read(path)
    lines = _docx_lines(data) if data.startswith(b"PK") else _pdf_lines(data, manifest)
    stream = squeeze("".join(lines))
    sections = manifest["sections"]
    cursor, found = _skip_preamble(stream, manifest), []
    added: list[str] = []
    previous_matched = True
    for section in sections:
        expected = squeeze(section["text"])
        honest = hashlib.sha256(expected.encode()).hexdigest() == section["sha256"]
        position = stream.find(expected, cursor) if honest and expected else -1
        status: Literal["intact", "altered"] = "intact" if position >= 0 else "altered"
        if status == "intact":
            if previous_matched and position > cursor:
                added.append(f"before {_label(section)}")
            cursor = position + len(expected)
        previous_matched = status == "intact"
        found.append(SectionResult(section["clause"], section["number"], section["title"], status))
    if previous_matched and cursor < len(stream):
        added.append("after the last section")
    return VerifyReport(path, manifest["agreement"]["id"], tuple(found), tuple(added))


def _label(section: dict[str, Any]) -> str:
    return f"Section {section['number']}" if section["number"] else section["title"]


def _skip_preamble(stream: str, manifest: dict[str, Any]) -> int:
    """Step over the draft banner and the title, which belong to no section."""
    cursor = 0
    for text in ("DRAFT — NOT FOR SIGNATURE" if manifest["agreement"]["draft"] else "",
                 manifest["agreement"]["title"]):  # fmt: skip
        expected = squeeze(text)
        if expected and stream.startswith(expected, cursor):
            cursor += len(expected)
    return cursor


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise InputError(f"{path}: cannot read: {error.strerror}") from None


def _docx_manifest(data: bytes) -> str | None:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        return None
    for name in archive.namelist():
        if name.startswith("customXml/item") and "Props" not in name and name.endswith(".xml"):
            root = ElementTree.fromstring(archive.read(name))
            if root.tag == f"{{{MANIFEST_NAMESPACE}}}manifest":
                return root.text
    return None


def _pdf_manifest(data: bytes, path: Path) -> str | None:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        attachments = PdfReader(io.BytesIO(data)).attachments
    except (PdfReadError, ValueError):
        raise InputError(f"{path}: neither a DOCX nor a readable PDF") from None
    found = attachments.get("manifest.json")
    return found[0].decode("utf-8") if found else None


def _docx_lines(data: bytes) -> list[str]:
    """Body paragraphs in reading order, table cells row by row (headers left out)."""
    from docx import Document
    from docx.table import Table

    lines: list[str] = []
    for item in Document(io.BytesIO(data)).iter_inner_content():
        if isinstance(item, Table):
            lines.extend(cell.text for row in item.rows for cell in row.cells)
        else:
            lines.append(item.text)
    return lines


def _pdf_lines(data: bytes, manifest: dict[str, Any]) -> list[str]:
    """Page text with each page's running header and "Page N of M" footer removed."""
    from pypdf import PdfReader

    agreement = manifest["agreement"]
    header = squeeze(f"{agreement['title']} · {agreement['id']}")
    lines: list[str] = []
    for page in PdfReader(io.BytesIO(data)).pages:
        for line in page.extract_text().splitlines():
            squeezed = squeeze(line)
            if squeezed.startswith(header) or _PAGE_FOOTER.match(squeezed):
                continue
            lines.append(line)
    return lines
