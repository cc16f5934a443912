"""Comparing a document's words with the sections its manifest records.

Each section's recorded text is looked for, in order, in the document's words
run together without white space, so a PDF's line breaks or a re-saved DOCX's
different XML do not count as changes; words do. When every section is found
back to back with nothing after the last, the document is intact: the common
case, and every build's read-back. Otherwise the sections found word for word
anchor the document, and the words between two anchors are aligned with the
sections that should be there (see :mod:`.explain`).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..library.wording import squeeze
from ..render.manifest import RecordedManifest
from .explain import align
from .report import Addition, SectionResult

__all__ = ["DRAFT_BANNER", "compare_sections", "title_missing"]

DRAFT_BANNER = "DRAFT — NOT FOR SIGNATURE"

_Span = tuple[int, int]


def compare_sections(
    lines: Sequence[str], manifest: RecordedManifest
) -> tuple[tuple[SectionResult, ...], tuple[Addition, ...]]:
    """Each recorded section's outcome in the document's ``lines``, and the words that
    belong to no section."""
    if _all_found(squeeze("".join(lines)), manifest):
        return tuple(SectionResult(section, "intact") for section in manifest.sections), ()
    return _explain([word for line in lines for word in line.split()], manifest)


def _found(stream: str, manifest: RecordedManifest) -> tuple[int, list[_Span | None]]:
    """Where each section's words are, in order (None: not found), after the preamble."""
    start = cursor = _skip_preamble(stream, manifest)
    spans: list[_Span | None] = []
    for section in manifest.sections:
        expected = squeeze(section.text)
        position = stream.find(expected, cursor) if section.honest and expected else -1
        if position < 0:
            spans.append(None)
            continue
        cursor = position + len(expected)
        spans.append((position, cursor))
    return start, spans


def _all_found(stream: str, manifest: RecordedManifest) -> bool:
    """Every section found, back to back, and nothing after the last."""
    cursor, spans = _found(stream, manifest)
    for span in spans:
        if span is None or span[0] != cursor:
            return False
        cursor = span[1]
    return cursor == len(stream)


def title_missing(lines: Sequence[str], manifest: RecordedManifest) -> bool:
    """Whether the document no longer opens with its title (after the draft banner): a
    reader takes an untitled page for another kind of paper."""
    stream = squeeze("".join(lines)).removeprefix(squeeze(DRAFT_BANNER))
    return bool(manifest.title) and not stream.startswith(squeeze(manifest.title))


def _skip_preamble(stream: str, manifest: RecordedManifest) -> int:
    """Step over the draft banner and the title, which belong to no section."""
    cursor = 0
    for text in (DRAFT_BANNER if manifest.draft else "", manifest.title):
        expected = squeeze(text)
        if expected and stream.startswith(expected, cursor):
            cursor += len(expected)
    return cursor


def _explain(
    words: Sequence[str], manifest: RecordedManifest
) -> tuple[tuple[SectionResult, ...], tuple[Addition, ...]]:
    """Anchor on the sections found word for word; explain the stretches between them."""
    pieces = [squeeze(word) for word in words]
    offsets = [0]
    for piece in pieces:
        offsets.append(offsets[-1] + len(piece))
    stream = "".join(pieces)
    cursor, spans = _found(stream, manifest)
    sections = manifest.sections
    results: dict[int, SectionResult] = {}
    added: list[Addition] = []
    pending: list[int] = []
    for index, span in [*enumerate(spans), (len(sections), (len(stream), len(stream)))]:
        if span is None:
            pending.append(index)
            continue
        between = [w for w, at in zip(words, offsets, strict=False) if cursor <= at < span[0]]
        if pending:
            _explain_stretch(manifest, pending, between, results, added)
        elif between:
            where = (
                f"before {sections[index].label}"
                if index < len(sections)
                else "after the last section"
            )
            added.append(Addition(where, " ".join(between)))
        pending = []
        if index < len(sections):
            results[index] = SectionResult(sections[index], "intact")
        cursor = span[1]
    return tuple(results[i] for i in range(len(sections))), tuple(added)


def _explain_stretch(
    manifest: RecordedManifest,
    pending: Sequence[int],
    between: Sequence[str],
    results: dict[int, SectionResult],
    added: list[Addition],
) -> None:
    """The sections ``pending`` (not found word for word) against the words where they
    should be: changed, removed or intact after all, and any words that are not ours."""
    sections = manifest.sections
    outcomes, leading = align([sections[i].text for i in pending], between)
    for i, outcome in zip(pending, outcomes, strict=True):
        forged = not sections[i].honest
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
