"""What ``verify`` found, and its two presentations: JSON and lines a person reads.

The CLI prints one or the other and exits with :attr:`VerifyReport.exit_code`;
a web page would show the same JSON. Edits are marked as ``git diff
--word-diff`` marks them (``[-deleted-]{+inserted+}``), so the text report reads
the same in a terminal, a log or an e-mail; the CLI only colours the marks.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from ..render.manifest import RecordedManifest, RecordedSection
from .explain import Edit, KeyChange, Status, key_changes

if TYPE_CHECKING:
    from .seal import SealCheck

__all__ = [
    "NOT_REBUILT",
    "Addition",
    "Alteration",
    "AlterationKind",
    "SectionResult",
    "VerifyReport",
]

# What a reader would see changed besides the sections' words: text hidden by formatting,
# content pulled in from elsewhere, a story (header, footnote…) that differs, a drawing
# annotation or a page box, a page that renders differently, the manifest or the seal.
AlterationKind = Literal[
    "hidden text",
    "imported content",
    "story",
    "annotation",
    "page box",
    "rendering",
    "manifest",
    "document information",
    "seal",
]


@dataclass(frozen=True)
class SectionResult:
    """A section's outcome; a changed one carries its words, deleted and inserted."""

    section: RecordedSection
    status: Status
    edits: tuple[Edit, ...] = ()
    forged: bool = False  # the manifest's own record of the section was altered


@dataclass(frozen=True)
class Addition:
    """Words in the document that belong to no section: text that is not ours."""

    where: str
    text: str

    def __str__(self) -> str:
        return f"{self.where}: {self.text}" if self.text else self.where


# How a report that could not be compared with a rebuild names its reference.
NOT_REBUILT = "not compared with a rebuild"


@dataclass(frozen=True)
class Alteration:
    """A change found outside the sections' words, where it is and what it is."""

    kind: AlterationKind
    where: str
    detail: str

    def __str__(self) -> str:
        return f"{self.kind}, {self.where}: {self.detail}"

    def as_json(self) -> dict[str, str]:
        return {"kind": self.kind, "where": self.where, "detail": self.detail}


@dataclass(frozen=True)
class VerifyReport:
    """What ``verify`` found; ``intact`` only when every section and nothing else matches."""

    path: Path
    manifest: RecordedManifest
    sections: tuple[SectionResult, ...]
    added: tuple[Addition, ...]
    matched_by_text: str = ""  # without a manifest: how the document was identified
    tracked_changes: bool = False  # a returned DOCX with changes not yet accepted
    alterations: tuple[Alteration, ...] = ()  # changes found outside the sections' words
    reference: str = ""  # what the whole file was compared with, besides its manifest
    pictures: tuple[Path, ...] = ()  # PNGs of the pages that render differently
    seal: SealCheck | None = None  # CREC's seal, when the document carries one

    @property
    def altered(self) -> tuple[RecordedSection, ...]:
        return tuple(result.section for result in self.sections if result.status != "intact")

    @property
    def intact(self) -> bool:
        return not self.altered and not self.added and not self.alterations

    @property
    def exit_code(self) -> int:
        """0 when the document is intact, 1 when anything changed."""
        return 0 if self.intact else 1

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
        """The report as ``verify --json`` prints it."""
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
            "alterations": [alteration.as_json() for alteration in self.alterations],
            "seal": self.seal.as_json() if self.seal else None,
            "matched_by": "text" if self.matched_by_text else "manifest",
            "tracked_changes": self.tracked_changes,
            "note": self.matched_by_text,
            "compared_with": self.reference or "its manifest",
            "pictures": [str(picture) for picture in self.pictures],
        }

    def lines(self) -> list[str]:
        """The report as ``verify`` prints it: the verdict first, then, when something
        changed, the key changes and each section, edits marked ``[-…-]{+…+}``."""
        if not self.manifest.data and not self.matched_by_text:  # a plain-text e-mail's hash
            status = "intact" if self.intact else "changed: " + "; ".join(map(str, self.added))
            return [f"{self.path}: {status} ({self.manifest.agreement_id}, plain text)"]
        return [*self._opening(), *self._verdict(), *self._closing()]

    def _opening(self) -> Iterator[str]:
        if self.seal is not None:  # first: a broken seal means nothing below can be relied on
            yield f"{self.path}: {self.seal.summary}"
            for signature in self.seal.later:
                yield f"{self.path}: {signature}"
        if self.matched_by_text:
            yield f"{self.path}: {self.matched_by_text}"
        if self.tracked_changes:
            yield f"{self.path}: has tracked changes not yet accepted; they are read as accepted"

    def _verdict(self) -> Iterator[str]:
        agreement, count = self.manifest.agreement_id, len(self.sections)
        if self.intact and self.matched_by_text:
            yield (f"{self.path}: no change found in the clause text of {agreement} ({count} "
                   "sections); the names, dates and lists filled in from the profile were not "
                   "checked")  # fmt: skip
        elif self.intact and self.reference.startswith(NOT_REBUILT):
            yield (f"{self.path}: intact in its words only: {agreement}, {count} sections; "
                   f"the rest of the file was {self.reference}")  # fmt: skip
        elif self.intact:
            yield f"{self.path}: intact: {agreement}, {count} sections"
        else:
            places = f"; text added in {len(self.added)} place(s)" if self.added else ""
            other = f"; {len(self.alterations)} other change(s)" if self.alterations else ""
            yield (f"{self.path}: changed: {agreement}, {len(self.altered)} of {count} sections "
                   f"changed or removed{places}{other}")  # fmt: skip
            found = self.key_changes  # worked out once, not per use
            if found:
                yield "Key changes:"
                for section, change in found:
                    yield f"  {section.label}, {change.kind}: {change.edit.marked()}"
            if self.alterations:
                yield "Besides the words:"
                for alteration in self.alterations:
                    yield f"  {alteration}"
            if self.altered or self.added:
                yield "Section by section:"
                yield from self._section_lines()

    def _section_lines(self) -> Iterator[str]:
        """Each section's outcome and edits, with the text that is not ours where it stands."""
        additions = {addition.where: addition for addition in self.added}
        for result in self.sections:
            label = result.section.label
            before = additions.pop(f"before {label}", None)
            if before is not None:
                yield f"  added {before.where}, not ours: {before.text}"
            forged = " (the manifest's own record of it was altered)" if result.forged else ""
            yield f"  {label}: {result.status}{forged}"
            for edit in result.edits:
                yield f"    {edit.marked()}"
            instead = additions.pop(f"in place of {label}", None)
            if instead is not None:
                yield f"    in its place, not ours: {instead.text}"
        for addition in additions.values():
            yield f"  added {addition.where}, not ours: {addition.text}"

    def _closing(self) -> Iterator[str]:
        if self.reference and not (self.intact and self.reference.startswith(NOT_REBUILT)):
            yield f"{self.path}: {self.reference}"
        for picture in self.pictures:
            yield f"{self.path}: wrote {picture} (issued left, returned right)"
        if self.manifest.draft:
            unmet = ", ".join(self.manifest.unmet) or "none"
            yield f"{self.path}: DRAFT, not for signature (unmet requirements: {unmet})"
        if self.manifest.sha256:
            yield f"{self.path}: manifest sha256 {self.manifest.sha256}"
