"""``verify``: does an issued DOCX, PDF, web page or e-mail still say what CREC issued?

The document's visible text is read back, page headers and footers set aside,
and compared with the sections its manifest records (:mod:`.sections`). A
document whose manifest was stripped (a vendor's export to PDF) is identified
by its text and checked against the clause library instead (:mod:`.matching`);
a plain-text e-mail, which carries no manifest, is checked against the hash of
its words.

A PDF's annotations and page boxes are read too (:mod:`.drawn`): what a viewer draws
over or hides of a page is a change the text alone does not show.

The manifest travels inside the document, so a forger who rewrites both the
text and the manifest consistently is not caught here; ``manifest_sha256``
lets staff compare a returned document's manifest with the one ``build``
reported when it was issued.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path

from ..assembly.naming import DOCUMENT_ID
from ..errors import InputError, shortened
from ..inputs.anchors import ANCHOR_LIKE
from ..inputs.vocabulary import with_article
from ..library.wording import squeeze
from ..render.docx_reading import DocxReading, read_docx
from ..render.extract import (
    PdfPageText,
    html_paragraphs,
    is_docx,
    is_html,
    pdf_page_texts,
    pdf_pages,
)
from ..render.manifest import (
    RecordedManifest,
    RecordedSection,
    TextReference,
    docx_manifest_item_id,
    find_manifest,
    manifest_item_id,
    read_text_reference,
)
from ..render.untrusted import check_html, check_text, read_untrusted, time_bound
from .drawn import pdf_alterations
from .report import Addition, Alteration, SectionResult, VerifyReport
from .seal import Trusted, check_seal, issuer_certificates
from .sections import compare_sections, title_missing

__all__ = ["docx_alterations", "verify", "verify_bytes"]

_PAGE_FOOTER = re.compile(r"^Page\d+of\d+$")
_RUNNING_HEADER = re.compile(rf"·\s*{DOCUMENT_ID.pattern}\s*$")


def verify(path: Path, library: Path | None = None, trusted: Trusted | None = None) -> VerifyReport:
    """Compare a document's text with its manifest, section by section; without one, with the
    clause library (``library``, default the shipped one); and check CREC's seal, if the
    document carries one, against the ``trusted`` certificates (default: the one the
    issuer file's ``seal.certificate`` names). A broken or untrusted seal, or a change
    after it, is an alteration of kind ``seal``, listed first.

    Raises:
        InputError: when the file cannot be read, is of no kind we issue, is not ours, or is
            over a limit of :mod:`crec_assemble.render.untrusted` (size, parts, pages, text,
            time).
    """
    return verify_read(read_untrusted(path), path, library, trusted)


def verify_read(
    data: bytes, path: Path, library: Path | None = None, trusted: Trusted | None = None
) -> VerifyReport:
    """:func:`verify` of a file already read (within :func:`read_untrusted`'s limits), so a
    caller that compares its bytes further reads it once."""
    with time_bound(path):
        report = verify_bytes(data, path, library)
        seal = check_seal(data, path, trusted if trusted is not None else
                          lambda: issuer_certificates(library))  # fmt: skip
    if seal is not None:
        report = replace(report, seal=seal, alterations=(*seal.alterations, *report.alterations))
    return report


def verify_bytes(data: bytes, path: Path, library: Path | None = None) -> VerifyReport:
    """``verify`` for a document in memory; ``path`` only names it in messages.

    A DOCX is read as a reader sees it (:func:`~crec_assemble.render.docx_reading.read_docx`):
    its text hidden by formatting and content it imports are reported as alterations,
    and tracked changes are noted.
    """
    if is_html(data):
        check_html(data, path)
    reference = read_text_reference(data)
    if reference is not None:
        check_text(len(reference.body), path)
        return _verify_plain_text(reference, path)
    manifest = find_manifest(data, path)
    reading = _read_docx(data, path, manifest is None) if is_docx(data) else None
    if manifest is None:
        lines = _lines_without_manifest(data, path, reading)
        report = _verify_by_text(_checked(lines, path), path, library)
    else:
        drawn: tuple[Alteration, ...] = ()
        if reading is not None:
            lines = list(reading.body)
        elif is_html(data):
            lines = html_paragraphs(data)
        else:
            pages = pdf_page_texts(data, path, hyphenated=False, outside=True)
            lines = _pdf_lines(pages, manifest)
            drawn = pdf_alterations(data, path, pages)  # what it draws besides text
        results, added = compare_sections(_checked(lines, path), manifest)
        found = [*_misfiled(data, path, manifest), *drawn]
        if title_missing(lines, manifest):
            found.append(Alteration("story", "the title", f"removed: {manifest.title}"))
        report = VerifyReport(path, manifest, results, added, alterations=tuple(found))
    if reading is None:
        return report
    return replace(report, tracked_changes=reading.tracked_changes,
                   alterations=report.alterations + docx_alterations(reading))  # fmt: skip


def _misfiled(data: bytes, path: Path, manifest: RecordedManifest) -> Iterator[Alteration]:
    """A DOCX's manifest filed under the digest of another: edited after issue."""
    if not is_docx(data):
        return
    filed = docx_manifest_item_id(data, path)
    expected = manifest_item_id(manifest.sha256)
    if filed is not None and filed != expected:
        yield Alteration(
            "manifest",
            "its digest",
            f"the manifest is filed under the digest of another manifest ({filed}); its "
            f"text gives {expected}: the manifest was edited after issue",
        )


def _read_docx(data: bytes, path: Path, unidentified: bool) -> DocxReading:
    try:
        return read_docx(data, path, markers=ANCHOR_LIKE)
    except InputError as error:
        if not unidentified:
            raise
        raise InputError(f"{error}, and it carries no crec-assemble manifest") from None


def docx_alterations(reading: DocxReading) -> tuple[Alteration, ...]:
    """What a DOCX hides from its reader, and what it would import from elsewhere."""
    hidden = tuple(
        Alteration("hidden text", run.story, f'"{_one_line(run.text)}" {run.reason}')
        for run in reading.hidden
    )  # fmt: skip
    imported = tuple(
        Alteration("imported content", part.story,
                   f"Word would merge in the content of {part.target}, which verify cannot read")
        for part in reading.imported
    )  # fmt: skip
    return hidden + imported


def _one_line(text: str) -> str:
    return shortened(" ".join(text.split()))


def _checked(lines: list[str], path: Path) -> list[str]:
    """The lines, once their text is within ``MAX_TEXT_CHARS``."""
    check_text(sum(map(len, lines)), path)
    return lines


def _verify_plain_text(reference: TextReference, path: Path) -> VerifyReport:
    """A plain-text e-mail carries no manifest, only the hash of its words: intact or not."""
    manifest = RecordedManifest(
        agreement_id=reference.document_id, title="", draft=False, unmet=(), sections=(),
        sha256=reference.sha256, data={},
    )  # fmt: skip
    added = (
        () if reference.intact else (Addition("its words no longer match their recorded hash", ""),)
    )
    return VerifyReport(path, manifest, (), added)


def _lines_without_manifest(data: bytes, path: Path, reading: DocxReading | None) -> list[str]:
    """A page's paragraphs, a DOCX's, or a PDF's lines with its page numbers dropped, and
    the running header (title and agreement id) kept once, at the top, where the id is
    looked for.

    Raises:
        InputError: when the text cannot be read.
    """
    if is_html(data):
        return html_paragraphs(data)
    if reading is not None:
        return [_header_id(reading), *reading.body]
    lines = [line for page in pdf_pages(data, path, hyphenated=False) for line in page.splitlines()]
    headers = [line for line in lines if _RUNNING_HEADER.search(line)]
    body = [line for line in lines if not _PAGE_FOOTER.match(squeeze(line))
            and not _RUNNING_HEADER.search(line)]  # fmt: skip
    return headers[:1] + body


def _header_id(reading: DocxReading) -> str:
    """The agreement id the page header shows, "" when none does."""
    for story, paragraphs in reading.other_stories.items():
        for text in paragraphs if story.startswith("header") else ():
            found = DOCUMENT_ID.search(text)
            if found:
                return found.group(0)
    return ""


def _pdf_lines(pages: Sequence[PdfPageText], manifest: RecordedManifest) -> list[str]:
    """Page text with each page's running header and "Page N of M" footer removed."""
    header = squeeze(f"{manifest.title} · {manifest.agreement_id}")
    lines: list[str] = []
    for page in pages:
        for line in page.text.splitlines():
            squeezed = squeeze(line)
            if squeezed.startswith(header) or _PAGE_FOOTER.match(squeezed):
                continue
            lines.append(line)
    return lines


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
            clause=s.clause.id, number=s.number, title=s.clause.title, part=s.part, text="",
            sha256="",
        )
        for s in matched.sections
    )  # fmt: skip
    manifest = RecordedManifest(
        agreement_id=matched.document_id or "(no id found)", title=matched.outline.title,
        draft=False, unmet=(), sections=sections, sha256="", data={},
    )  # fmt: skip
    results = tuple(
        SectionResult(section, found.status, found.edits)
        for section, found in zip(sections, matched.sections, strict=True)
    )
    versions = ", ".join(f"{s.clause.ref}" for s in matched.sections if s.status != "removed")
    source = f"edition {matched.edition}" if matched.edition else f"clause versions {versions}"
    note = (
        f"no manifest: matched by its text to {with_article(matched.role)}'s "
        f"{matched.outline.kind} of {source}; the details filled in from the profile, wording "
        "that applies only in some cases, and text added between sentences cannot be checked "
        "without it"
    )
    return VerifyReport(path, manifest, results, (), note)
