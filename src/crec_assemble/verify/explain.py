"""What changed in a returned document: word diffs per section, and the changes that matter most.

``verify`` first finds each recorded section's exact text in the document (see
:mod:`.sections`); that is fast and settles the common case, an intact document.
Only the stretches between intact sections are explained here: their words
are aligned with the recorded words of the sections that should be there, so
each section is *changed* (with the words deleted and inserted), *removed*,
or intact after all, and words that belong to no section are *added*.

A reviewer needs the dangerous edits first, so each change is also sorted
into the kinds a vendor's quiet edit usually takes: numbers, days and dates
("five (5) calendar days" → "thirty (30) days"), party names, and governing
law.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

from ..inputs.vocabulary import LAW_PLACES
from ..library.wording import Change, plain_mark, squeeze

__all__ = ["Edit", "KeyChange", "SectionChanges", "align", "edits_of", "key_changes"]

Status = Literal["intact", "changed", "removed"]
_CONTEXT = 6  # words shown either side of an edit


@dataclass(frozen=True)
class Edit:
    """One place where words were deleted, inserted or both, with a little context."""

    deleted: str
    inserted: str
    before: str
    after: str

    def marked(self) -> str:
        """``…no later than [-five (5) calendar-]{+thirty (30)+} days…``: git's word-diff marks."""
        deleted = plain_mark("delete", self.deleted) if self.deleted else ""
        inserted = plain_mark("insert", self.inserted) if self.inserted else ""
        before = f"…{self.before} " if self.before else ""
        after = f" {self.after}…" if self.after else ""
        return f"{before}{deleted}{inserted}{after}"

    def as_json(self) -> dict[str, str]:
        return {
            "deleted": self.deleted,
            "inserted": self.inserted,
            "context_before": self.before,
            "context_after": self.after,
        }


@dataclass(frozen=True)
class SectionChanges:
    """The outcome for one section that was not found word for word."""

    status: Status
    changes: tuple[Change, ...]

    @property
    def edits(self) -> tuple[Edit, ...]:
        return edits_of(self.changes)


def align(recorded: Sequence[str], found: Sequence[str]) -> tuple[list[SectionChanges], list[str]]:
    """Align the words of the document between two intact sections with the recorded words
    of the sections that belong there.

    Args:
        recorded: each expected section's recorded text, in order (at least one).
        found: the document's words in that stretch.

    Returns:
        One :class:`SectionChanges` per section, and the words found before the first
        section's words (text that is not ours; words after the last section's end are
        its own addition).
    """
    words = [text.split() for text in recorded]
    owner = [index for index, section in enumerate(words) for _ in section]
    expected = [word for section in words for word in section]
    matcher = SequenceMatcher(
        None, [squeeze(w) for w in expected], [squeeze(w) for w in found], autojunk=False
    )
    per_section: list[list[Change]] = [[] for _ in words]
    leading: list[str] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op in ("equal", "delete", "replace"):
            for index in range(i1, i2):
                _add(
                    per_section[owner[index]],
                    "equal" if op == "equal" else "delete",
                    [expected[index]],
                )
        if op not in ("insert", "replace"):
            continue
        inserted = list(found[j1:j2])
        if op == "insert" and (i1 == 0 or not expected):
            leading.extend(inserted)
        else:
            last = i2 - 1 if op == "replace" else i1 - 1
            _add(per_section[owner[last]], "insert", inserted)
    results = []
    for changes in per_section:
        kept = any(change.op == "equal" for change in changes)
        edited = any(change.op != "equal" for change in changes)
        status: Status = "removed" if not kept else ("changed" if edited else "intact")
        results.append(SectionChanges(status, tuple(changes)))
    return results, leading


def _add(
    changes: list[Change], op: Literal["equal", "delete", "insert"], words: Sequence[str]
) -> None:
    if changes and changes[-1].op == op:
        changes[-1] = Change(op, (*changes[-1].words, *words))
    else:
        changes.append(Change(op, tuple(words)))


def edits_of(changes: Sequence[Change]) -> tuple[Edit, ...]:
    """Consecutive deletions and insertions as one edit each, with context words."""
    edits: list[Edit] = []
    index = 0
    while index < len(changes):
        if changes[index].op == "equal":
            index += 1
            continue
        deleted: list[str] = []
        inserted: list[str] = []
        start = index
        while index < len(changes) and changes[index].op != "equal":
            (deleted if changes[index].op == "delete" else inserted).extend(changes[index].words)
            index += 1
        before = changes[start - 1].words[-_CONTEXT:] if start > 0 else ()
        after = changes[index].words[:_CONTEXT] if index < len(changes) else ()
        edits.append(Edit(" ".join(deleted), " ".join(inserted), " ".join(before), " ".join(after)))
    return tuple(edits)


@dataclass(frozen=True)
class KeyChange:
    """An edit of the kind a reviewer must see first."""

    kind: str
    edit: Edit


def _vocabulary(text: str) -> frozenset[str]:
    return frozenset(text.split())


_NUMBER_WORDS = _vocabulary(
    "zero one two three four five six seven eight nine ten eleven twelve fifteen twenty "
    "thirty forty forty-five fifty sixty ninety hundred thousand first second third"
)
_TIME_WORDS = _vocabulary(
    "day days business calendar week weeks month months year years hour hours promptly "
    "immediately reasonable unreasonable delay within later earlier"
)
_MONTHS = _vocabulary(
    "january february march april june july august september october november december"
)
# The distinctive words of each place ("york", not "new"): an edit touching one may move the law.
_STATES = frozenset(word for place in LAW_PLACES for word in place.casefold().split()) - {
    "new",
    "north",
    "south",
    "west",
    "island",
}
# Words that turn a promise around: "shall [-not-] use", "[-shall-]{+may+}", "{+except …+}".
_MEANING_WORDS = _vocabulary(
    "not no never nor shall may must will only solely except unless notwithstanding without"
)
_LAW_WORDS = _vocabulary("law laws governed governing jurisdiction venue court courts arbitration")


def _words(text: str) -> set[str]:
    return {word.strip(".,;:()[]\"'").casefold() for word in text.split()}


def _turned(edit: Edit) -> bool:
    """Whether the words that carry a promise's force changed ("shall" to "will" does not)."""

    def force(text: str) -> set[str]:
        duty = {"will": "shall", "must": "shall"}
        return {duty.get(word, word) for word in _words(text) & _MEANING_WORDS}

    return force(edit.deleted) != force(edit.inserted)


def key_changes(edits: Sequence[Edit], parties: Sequence[str]) -> list[KeyChange]:
    """The edits that touch numbers, days and dates, party names or governing law.

    ``parties`` are the names the document binds (contractor, board, subcontractor).
    """
    names = [" ".join(name.split()) for name in parties if name.strip()]
    found = []
    for edit in edits:
        touched = _words(f"{edit.deleted} {edit.inserted}")
        if re.search(r"\d", edit.deleted + edit.inserted) or touched & {
            *_NUMBER_WORDS,
            *_TIME_WORDS,
            *_MONTHS,
        }:
            found.append(KeyChange("numbers, days and dates", edit))
        old = " ".join(f"{edit.before} {edit.deleted} {edit.after}".split())
        new = " ".join(f"{edit.before} {edit.inserted} {edit.after}".split())
        if any(name in old and name not in new for name in names):
            found.append(KeyChange("party names", edit))
        if _turned(edit):
            found.append(KeyChange("meaning (not, shall, may, except…)", edit))
        if touched & (_STATES | _LAW_WORDS):
            found.append(KeyChange("governing law", edit))
    return found
