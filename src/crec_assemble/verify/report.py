"""``verify``: does an issued DOCX or PDF still say what its manifest says?

The document's visible text is read back (python-docx for DOCX, pypdf for
PDF), page headers and footers are set aside, and each section's recorded
text is looked for, in order, in what remains. Text is compared without
white space, so a PDF's line breaks or a re-saved DOCX's different XML do not
count as changes; words do.

The manifest travels inside the document, so a forger who rewrites both the
text and the manifest consistently is not caught here; ``manifest_sha256``
lets staff compare a returned document's manifest with the one ``build``
reported when it was issued.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import re
import zipfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, Literal
from xml.etree import ElementTree

from ..assembly.naming import DOCUMENT_ID
from ..errors import InputError
from ..library.wording import squeeze
from ..render.manifest import MANIFEST_NAMESPACE
from ..render.web_pages import MANIFEST_SCRIPT_ID, TEXT_REFERENCE
from .explain import Edit, KeyChange, align, key_changes

__all__ = [
    "DRAFT_BANNER",
    "Addition",
    "RecordedManifest",
    "RecordedSection",
    "SectionResult",
    "VerifyReport",
    "read_manifest",
    "verify",
    "verify_bytes",
]

DRAFT_BANNER = "DRAFT — NOT FOR SIGNATURE"
_PAGE_FOOTER = re.compile(r"^Page\d+of\d+$")
_RUNNING_HEADER = re.compile(rf"·\s*{DOCUMENT_ID.pattern}\s*$")


@dataclass(frozen=True)
class RecordedSection:
    clause: str
    number: str
    title: str
    part: str
    text: str
    sha256: str

    @property
    def label(self) -> str:
        """How a reader finds it: "Section 10 (Notification of …)", "Exhibit B (…)"."""
        if not self.number:
            return self.title
        kind = "Exhibit" if self.part == "exhibit" else "Section"
        return f"{kind} {self.number} ({self.title})"


@dataclass(frozen=True)
class RecordedManifest:
    """The parts of a manifest that ``verify`` relies on, checked once when read."""

    agreement_id: str
    title: str
    draft: bool
    unmet: tuple[str, ...]
    sections: tuple[RecordedSection, ...]
    sha256: str
    data: dict[str, Any]


@dataclass(frozen=True)
class SectionResult:
    """A section's outcome; a changed one carries its words, deleted and inserted."""

    section: RecordedSection
    status: Literal["intact", "changed", "removed"]
    edits: tuple[Edit, ...] = ()
    forged: bool = False  # the manifest's own record of the section was altered


@dataclass(frozen=True)
class Addition:
    """Words in the document that belong to no section: text that is not ours."""

    where: str
    text: str

    def __str__(self) -> str:
        return f"{self.where}: {self.text}" if self.text else self.where


@dataclass(frozen=True)
class VerifyReport:
    """What ``verify`` found; ``intact`` only when every section and nothing else matches."""

    path: Path
    manifest: RecordedManifest
    sections: tuple[SectionResult, ...]
    added: tuple[Addition, ...]
    matched_by_text: str = ""  # without a manifest: how the document was identified
    tracked_changes: bool = False  # a returned DOCX with changes not yet accepted

    @property
    def altered(self) -> tuple[RecordedSection, ...]:
        return tuple(result.section for result in self.sections if result.status != "intact")

    @property
    def intact(self) -> bool:
        return not self.altered and not self.added

    @property
    def key_changes(self) -> list[tuple[RecordedSection, KeyChange]]:
        """Changed numbers, days, dates, party names and governing law, section by section."""
        parties = [str(self.manifest.data.get("agreement", {}).get(key, ""))
                   for key in ("contractor", "party")]  # fmt: skip
        parties.append(str(self.manifest.data.get("issuer", {}).get("name", "")))
        found = []
        for result in self.sections:
            if result.status == "removed":  # a whole provision gone matters most of all
                opening = " ".join(result.section.text.split()[:10])
                removed = KeyChange("section removed", Edit(f"{opening}…", "", "", ""))
                found.append((result.section, removed))
                continue
            found.extend(
                (result.section, change)
                for change in key_changes(result.edits, [p for p in parties if p])
            )
        return found

    def as_json(self) -> dict[str, Any]:
        return {
            "file": str(self.path),
            "agreement": self.manifest.agreement_id,
            "manifest_sha256": self.manifest.sha256,
            "draft": self.manifest.draft,
            "unmet": list(self.manifest.unmet),
            "intact": self.intact,
            "key_changes": [
                {"section": section.label, "kind": change.kind, **change.edit.as_json()}
                for section, change in self.key_changes
            ],
            "sections": [
                {
                    "clause": result.section.clause,
                    "number": result.section.number,
                    "title": result.section.title,
                    "status": result.status,
                    "changes": [edit.as_json() for edit in result.edits],
                }
                for result in self.sections
            ],
            "added": [{"where": a.where, "text": a.text} for a in self.added],
            "matched_by": "text" if self.matched_by_text else "manifest",
            "tracked_changes": self.tracked_changes,
            "note": self.matched_by_text,
        }


def read_manifest(path: Path) -> RecordedManifest:
    """The manifest embedded in a DOCX (custom XML part) or a PDF (attachment).

    Raises:
        InputError: when the file is unreadable, of another kind, or has no usable manifest.
    """
    return _manifest(_read(path), path)


def verify(path: Path, library: Path | None = None) -> VerifyReport:
    """Compare a document's text with its manifest, section by section; without one, with the
    clause library (``library``, default the shipped one)."""
    data = _read(path)
    report = verify_bytes(data, path, library)
    if _is_docx(data) and re.search(rb"<w:(?:ins|del) ", _docx_part(data, "word/document.xml")):
        return replace(report, tracked_changes=True)
    return report


def verify_bytes(data: bytes, path: Path, library: Path | None = None) -> VerifyReport:
    """``verify`` for a document in memory; ``path`` only names it in messages."""
    plain = _plain_text_reference(data)
    if plain is not None:
        return _verify_plain_text(data, path, *plain)
    lines: Sequence[str]
    if _is_html(data):
        page = _HtmlText.parse(data)  # one parse gives both the manifest and the text
        if page.manifest is None:
            return _verify_by_text(page.paragraphs, path, library)
        manifest = _parsed_manifest(page.manifest, path)
        lines = page.paragraphs
    else:
        text = _manifest_text(data, path)
        if text is None:
            try:
                lines = _lines_without_manifest(data)
            except (zipfile.BadZipFile, KeyError, ElementTree.ParseError) as error:
                raise InputError(
                    f"{path}: no crec-assemble manifest, and its text cannot be read ({error})"
                ) from None
            return _verify_by_text(lines, path, library)
        manifest = _parsed_manifest(text, path)
        lines = _docx_lines(data) if _is_docx(data) else _pdf_lines(data, manifest)
    if _all_found(squeeze("".join(lines)), manifest):  # the common case, and a build's read-back
        results = tuple(SectionResult(section, "intact") for section in manifest.sections)
        return VerifyReport(path, manifest, results, ())
    results, added = _explain([word for line in lines for word in line.split()], manifest)
    return VerifyReport(path, manifest, results, added)


def _found(stream: str, manifest: RecordedManifest) -> tuple[int, list[tuple[int, int] | None]]:
    """Where each section's words are, in order (None: not found), after the preamble."""
    start = cursor = _skip_preamble(stream, manifest)
    spans: list[tuple[int, int] | None] = []
    for section in manifest.sections:
        expected = squeeze(section.text)
        position = stream.find(expected, cursor) if _honest(section) and expected else -1
        if position < 0:
            spans.append(None)
            continue
        cursor = position + len(expected)
        spans.append((position, cursor))
    return start, spans


def _lines_without_manifest(data: bytes) -> list[str]:
    """A DOCX's paragraphs, or a PDF's lines with its page numbers dropped and its running
    header (title and agreement id) kept once, at the top, where the id is looked for."""
    if _is_docx(data):
        header = DOCUMENT_ID.search(_docx_part(data, "word/header").decode("utf-8", "replace"))
        return [header.group(0) if header else "", *_docx_lines(data)]
    lines = [line for page in pdf_text(data) for line in page.splitlines()]
    headers = [line for line in lines if _RUNNING_HEADER.search(line)]
    body = [line for line in lines if not _PAGE_FOOTER.match(squeeze(line))
            and not _RUNNING_HEADER.search(line)]  # fmt: skip
    return headers[:1] + body


def _article(word: str) -> str:
    return "an" if word[:1] in "aeiou" else "a"


def _docx_part(data: bytes, prefix: str) -> bytes:
    """The XML of every part whose name starts with ``prefix`` (the headers), joined."""
    archive = zipfile.ZipFile(io.BytesIO(data))
    return b"".join(archive.read(n) for n in archive.namelist() if n.startswith(prefix))


def _verify_by_text(lines: Sequence[str], path: Path, library: Path | None) -> VerifyReport:
    """No manifest: identify the document and check it against the clause library itself."""
    from ..library.clauses import load_library
    from ..resources import default_library
    from .matching import match_document

    matched = match_document(lines, load_library(library or default_library()))
    if matched is None:
        raise InputError(
            f"{path}: no crec-assemble manifest, and its text is not that of an agreement "
            "of the clause library"
        )
    sections = tuple(
        RecordedSection(
            clause=s.clause.id,
            number=s.number,
            title=s.clause.title,
            part=s.part,
            text="",
            sha256="",
        )
        for s in matched.sections
    )
    manifest = RecordedManifest(
        agreement_id=matched.document_id or "(no id found)",
        title=matched.outline.title,
        draft=False,
        unmet=(),
        sections=sections,
        sha256="",
        data={},
    )
    results = tuple(
        SectionResult(section, found.status, found.edits)
        for section, found in zip(sections, matched.sections, strict=True)
    )
    versions = ", ".join(f"{s.clause.ref}" for s in matched.sections if s.status != "removed")
    source = f"edition {matched.edition}" if matched.edition else f"clause versions {versions}"
    note = (
        f"no manifest: matched by its text to {_article(matched.role)} {matched.role}'s "
        f"{matched.outline.kind} of "
        f"{source}; the details filled in from the profile, wording that applies only in "
        "some cases, and text added between sentences cannot be checked without it"
    )
    return VerifyReport(path, manifest, results, (), note)


def _honest(section: RecordedSection) -> bool:
    """Whether the manifest's text of a section still has the hash recorded beside it."""
    return hashlib.sha256(squeeze(section.text).encode()).hexdigest() == section.sha256


def _all_found(stream: str, manifest: RecordedManifest) -> bool:
    """Every section found, back to back, and nothing after the last."""
    cursor, spans = _found(stream, manifest)
    for span in spans:
        if span is None or span[0] != cursor:
            return False
        cursor = span[1]
    return cursor == len(stream)


def _explain(
    words: Sequence[str], manifest: RecordedManifest
) -> tuple[tuple[SectionResult, ...], tuple[Addition, ...]]:
    """Sections found word for word anchor the document; the words between two anchors are
    aligned with the sections that should be there (see explain.py)."""
    pieces = [squeeze(word) for word in words]
    offsets = [0]
    for piece in pieces:
        offsets.append(offsets[-1] + len(piece))
    stream = "".join(pieces)
    cursor, spans = _found(stream, manifest)

    def words_between(start: int, end: int) -> list[str]:
        return [w for w, at in zip(words, offsets, strict=False) if start <= at < end]

    results: dict[int, SectionResult] = {}
    added: list[Addition] = []
    pending: list[int] = []
    sections = manifest.sections
    for index, span in [*enumerate(spans), (len(sections), (len(stream), len(stream)))]:
        if span is None:
            pending.append(index)
            continue
        between = words_between(cursor, span[0])
        where = (
            f"before {sections[index].label}" if index < len(sections) else "after the last section"
        )
        if pending:
            outcomes, leading = align([sections[i].text for i in pending], between)
            for i, outcome in zip(pending, outcomes, strict=True):
                forged = not _honest(sections[i])
                status = "changed" if forged and outcome.status == "intact" else outcome.status
                edits = outcome.edits
                if status == "removed":  # words standing where it stood are someone else's
                    new = " ".join(edit.inserted for edit in edits if edit.inserted)
                    if new:
                        added.append(Addition(f"in place of {sections[i].label}", new))
                    edits = ()
                results[i] = SectionResult(sections[i], status, edits, forged)
            if leading:
                added.append(Addition(f"before {sections[pending[0]].label}", " ".join(leading)))
        elif between:
            added.append(Addition(where, " ".join(between)))
        pending = []
        if index < len(sections):
            results[index] = SectionResult(sections[index], "intact")
        cursor = span[1]
    return tuple(results[i] for i in range(len(sections))), tuple(added)


def _plain_text_reference(data: bytes) -> tuple[str, str, str] | None:
    """(id, recorded hash, body) of a plain-text e-mail we wrote, or None."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    body, _, last = text.rstrip("\n").rpartition("\n")
    match = re.fullmatch(TEXT_REFERENCE, last.strip())
    return (match["id"], match["sha256"], body) if match else None


def _verify_plain_text(data: bytes, path: Path, document_id: str, recorded: str,
                       body: str) -> VerifyReport:  # fmt: skip
    """A plain-text e-mail carries no manifest, only the hash of its words: intact or not."""
    actual = hashlib.sha256(squeeze(body).encode("utf-8")).hexdigest()
    manifest = RecordedManifest(
        agreement_id=document_id, title="", draft=False, unmet=(), sections=(),
        sha256=recorded, data={},
    )  # fmt: skip
    added = (
        ()
        if actual == recorded
        else (Addition("its words no longer match their recorded hash", ""),)
    )
    return VerifyReport(path, manifest, (), added)


def _skip_preamble(stream: str, manifest: RecordedManifest) -> int:
    """Step over the draft banner and the title, which belong to no section."""
    cursor = 0
    for text in (DRAFT_BANNER if manifest.draft else "", manifest.title):
        expected = squeeze(text)
        if expected and stream.startswith(expected, cursor):
            cursor += len(expected)
    return cursor


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise InputError(f"{path}: cannot read: {error.strerror}") from None


def _is_docx(data: bytes) -> bool:
    return data.startswith(b"PK")


def _is_html(data: bytes) -> bool:
    return data.lstrip()[:15].lower().startswith(b"<!doctype html")


def _manifest(data: bytes, path: Path) -> RecordedManifest:
    return _parsed_manifest(_manifest_text(data, path), path)


def _manifest_text(data: bytes, path: Path) -> str | None:
    """The manifest's JSON as the document carries it, or None when it carries none."""
    if _is_docx(data):
        return _docx_manifest(data, path)
    if _is_html(data):
        return _HtmlText.parse(data).manifest
    return _pdf_manifest(data, path)


def _parsed_manifest(text: str | None, path: Path) -> RecordedManifest:
    """The manifest's JSON, checked for what ``verify`` relies on."""
    if text is None:
        raise InputError(f"{path}: no crec-assemble manifest in this document")
    try:
        raw = json.loads(text)
        agreement = raw["agreement"]
        return RecordedManifest(
            agreement_id=str(agreement["id"]),
            title=str(agreement["title"]),
            draft=bool(agreement["draft"]),
            unmet=tuple(str(item) for item in raw["unmet"]),
            sections=tuple(
                RecordedSection(
                    clause=str(s["clause"]),
                    number=str(s["number"]),
                    title=str(s["title"]),
                    part=str(s["part"]),
                    text=str(s["text"]),
                    sha256=str(s["sha256"]),
                )
                for s in raw["sections"]
            ),
            sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
            data=raw,
        )
    except (json.JSONDecodeError, KeyError, TypeError) as error:
        raise InputError(f"{path}: the embedded manifest is malformed ({error})") from None


def _docx_manifest(data: bytes, path: Path) -> str | None:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        for name in archive.namelist():
            if re.fullmatch(r"customXml/item\d+\.xml", name):
                root = ElementTree.fromstring(archive.read(name))
                if root.tag == f"{{{MANIFEST_NAMESPACE}}}manifest":
                    return root.text or ""
    except (zipfile.BadZipFile, ElementTree.ParseError) as error:
        raise InputError(f"{path}: not a readable DOCX ({error})") from None
    return None


def _pdf_manifest(data: bytes, path: Path) -> str | None:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        with _quiet_pypdf():
            attachments = PdfReader(io.BytesIO(data)).attachments
            found = attachments.get("manifest.json")
    except (PyPdfError, ValueError, KeyError):
        raise InputError(f"{path}: neither a DOCX nor a readable PDF") from None
    return found[0].decode("utf-8", errors="replace") if found else None


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _docx_lines(data: bytes) -> list[str]:
    """Body paragraphs in reading order, table cells row by row (headers left out).

    Read straight from ``word/document.xml``: a build reads every DOCX back,
    and this is several times faster than loading it with python-docx.
    """
    body = ElementTree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml"))
    lines = []
    for paragraph in body.iter(f"{_W}p"):
        parts = []
        for node in paragraph.iter():
            if node.tag == f"{_W}t":
                parts.append(node.text or "")
            elif node.tag in (f"{_W}tab", f"{_W}ptab"):
                parts.append("\t")
            elif node.tag in (f"{_W}br", f"{_W}cr"):
                parts.append("\n")
        lines.append("".join(parts))
    return lines


def _pdf_lines(data: bytes, manifest: RecordedManifest) -> Sequence[str]:
    """Page text with each page's running header and "Page N of M" footer removed.

    PDFium (pypdfium2) extracts text some twenty times faster than pypdf, which
    matters because every PDF a build writes is read back first.
    """
    header = squeeze(f"{manifest.title} · {manifest.agreement_id}")
    lines: list[str] = []
    for page in pdf_text(data):
        for line in page.splitlines():
            squeezed = squeeze(line)
            if squeezed.startswith(header) or _PAGE_FOOTER.match(squeezed):
                continue
            lines.append(line)
    return lines


def pdf_text(data: bytes) -> list[str]:
    """The text of each page of a PDF."""
    import pypdfium2

    try:
        document = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as error:
        raise InputError(f"not a readable PDF ({error})") from None
    try:
        pages = [document[i].get_textpage().get_text_range() for i in range(len(document))]
    finally:
        document.close()
    # PDFium marks a hyphen that ends a line as U+FFFE ("may be a soft hyphen"); our
    # documents are never hyphenated automatically, so it is the real hyphen.
    return [page.replace("\ufffe", "-") for page in pages]


class _HtmlText(HTMLParser):
    """The visible paragraphs of a page we wrote, and the manifest in its script element."""

    def __init__(self) -> None:
        super().__init__()
        self.paragraphs: list[str] = []
        self.manifest: str | None = None
        self._current: list[str] | None = None
        self._in_manifest = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "script" and attributes.get("id") == MANIFEST_SCRIPT_ID:
            self._in_manifest, self.manifest = True, ""
        elif tag in ("h1", "h2", "p", "li", "td") and attributes.get("class") != "ref":
            self._current = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_manifest = False
        elif tag in ("h1", "h2", "p", "li", "td") and self._current is not None:
            self.paragraphs.append("".join(self._current))
            self._current = None

    def handle_data(self, data: str) -> None:
        if self._in_manifest:
            self.manifest = (self.manifest or "") + data
        elif self._current is not None:
            self._current.append(data)

    @classmethod
    def parse(cls, data: bytes) -> _HtmlText:
        """The page's paragraphs (``.paragraphs``) and manifest text (``.manifest``)."""
        parser = cls()
        parser.feed(data.decode("utf-8", errors="replace"))
        parser.close()
        return parser


@contextmanager
def _quiet_pypdf() -> Iterator[None]:
    """Silence pypdf's warnings about damaged files: our own message says what matters."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)
