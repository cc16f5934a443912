"""Checking a document that lost its manifest, against the clause library itself.

A vendor who exports the agreement to PDF from Word, or prints and scans it,
strips the manifest. The words are still ours, though: every sentence of
every clause is in the library, except for what the profile filled in. So a
document without a manifest is split at its section headings, each section
is identified by its title, and each sentence of the clause text — the
literal text between the placeholders — is looked for in it. The version
whose sentences match best is the source; a sentence that is not found is
shown against the closest words the document has.

What this cannot check, and the report says so: the values the profile
filled in (names, dates, lists), sentences inside conditions that may
rightly be absent, and text added between sentences.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from ..assembly.naming import DOCUMENT_ID
from ..library.clauses import ClauseLibrary
from ..library.placeholders import literal_runs, swap_roles
from ..library.wording import squeeze, word_diff
from ..model import Clause, Outline, Role
from .explain import Edit, Status, edits_of

__all__ = ["Matched", "MatchedSection", "match_document"]

_HEADING = re.compile(r"^\s*(\d+)\.\s+(.+?)\s*$")
_EXHIBIT = re.compile(r"^\s*Exhibit\s+([A-Z])\s*[\u2014\u2013-]\s*(.+?)\s*$")
_LIST_MARK = re.compile(r"^\s*(?:\d+\.|[-*+])\s+")
_MIN_WORDS = 4  # shorter runs (", and", "of the") match anywhere and prove nothing


@dataclass(frozen=True)
class MatchedSection:
    """A clause the document should contain, where it was found and what differs."""

    clause: Clause
    part: str
    number: str
    status: Status
    edits: tuple[Edit, ...]


@dataclass(frozen=True)
class Matched:
    """What the text gave away: the kind of document, its id, the edition, each section."""

    outline: Outline
    role: Role
    document_id: str
    edition: str
    sections: tuple[MatchedSection, ...]


@dataclass(frozen=True)
class _Sentence:
    text: str
    optional: bool


def match_document(lines: Sequence[str], library: ClauseLibrary) -> Matched | None:
    """Identify and check a document by its text alone; None when it is not one of ours."""
    found_id = next((m.group(0) for line in lines if (m := DOCUMENT_ID.search(line))), "")
    titles = _titles(library)
    sections = _split(lines, titles)
    named = {clause_id for clause_id, _ in sections if clause_id}
    if len(named) < 3:
        return None
    outline = _outline(lines, library)
    operator_only = {
        c.id for found in library.versions.values() for c in found if c.applies_to == "operator"
    }
    role: Role = "operator" if named & operator_only else "consultant"
    text_of = {clause_id: text for clause_id, text in sections if clause_id}
    front_text = " ".join(text for clause_id, text in sections if not clause_id)
    results: list[MatchedSection] = []
    chosen: dict[str, str] = {}
    number = 0
    for part, ids in (
        ("front", outline.front),
        ("body", outline.body),
        ("exhibit", outline.exhibits),
    ):
        for clause_id in ids:
            versions = [c for c in library.versions.get(clause_id, ()) if c.applies(role)]
            if not versions:
                continue
            label = ""
            if part == "body" and outline.numbered:
                number += 1
                label = str(number)
            elif part == "exhibit":
                label = chr(ord("A") + len([r for r in results if r.part == "exhibit"]))
            text = front_text if part == "front" else text_of.get(clause_id)
            roles = outline.roles if clause_id in outline.flowed else {}
            if text is None:
                results.append(MatchedSection(versions[-1], part, label, "removed", ()))
                continue
            clause, edits = _best_version(versions, text, roles)
            chosen[clause.id] = clause.version
            results.append(
                MatchedSection(clause, part, label, "changed" if edits else "intact", edits)
            )
    return Matched(outline, role, found_id, _edition(library, chosen), tuple(results))


def _titles(library: ClauseLibrary) -> dict[str, str]:
    """Every title any version of a clause ever had, squeezed and folded → clause id."""
    return {
        squeeze(clause.title).casefold(): clause.id
        for versions in library.versions.values()
        for clause in versions
    }


def _split(lines: Sequence[str], titles: dict[str, str]) -> list[tuple[str, str]]:
    """(clause id, text) for each section, at its heading; "" for text before the first."""
    sections: list[tuple[str, list[str]]] = [("", [])]
    for line in lines:
        heading = _HEADING.match(line) or _EXHIBIT.match(line)
        clause_id = titles.get(squeeze(heading.group(2)).casefold()) if heading else None
        if clause_id:
            sections.append((clause_id, [line]))
        else:
            sections[-1][1].append(line)
    return [(clause_id, " ".join(text)) for clause_id, text in sections]


def _outline(lines: Sequence[str], library: ClauseLibrary) -> Outline:
    """The kind of document whose title opens the text (an agreement when none does)."""
    opening = squeeze(" ".join(lines[:6])).casefold()
    kinds = [o for o in library.outlines.values() if o.body and o.signatories]
    for outline in sorted(kinds, key=lambda o: -len(o.title)):  # longest title first
        if squeeze(outline.title).casefold() in opening:
            return outline
    return library.outline("agreement")


def _sentences(clause: Clause, roles: Mapping[str, str]) -> list[_Sentence]:
    """The clause's literal text, line by line, without Markdown marks."""
    sentences = []
    for run, optional in literal_runs(clause.body):
        for line in swap_roles(run, roles).split("\n"):
            text = _LIST_MARK.sub("", line).replace("**", "").replace("*", "").strip()
            if len(text.split()) >= _MIN_WORDS:
                sentences.append(_Sentence(text, optional))
    return sentences


def _best_version(
    versions: Sequence[Clause], text: str, roles: Mapping[str, str]
) -> tuple[Clause, tuple[Edit, ...]]:
    """The version whose sentences the text holds most of, and how the text differs from it."""
    haystack = squeeze(text)
    best: tuple[int, int, Clause, list[_Sentence]] | None = None
    for order, clause in enumerate(versions):
        sentences = _sentences(clause, roles)
        missing = [s for s in sentences if not s.optional and squeeze(s.text) not in haystack]
        score = (len(sentences) - len(missing), order)
        if best is None or score > best[:2]:
            best = (*score, clause, missing)
    assert best is not None
    _, _, clause, missing = best
    words = text.split()
    edits: list[Edit] = []
    for sentence in missing:
        edits.extend(_against(sentence.text, words))
    return clause, tuple(edits)


def _against(sentence: str, words: Sequence[str]) -> tuple[Edit, ...]:
    """A missing sentence against the stretch of the document that resembles it most."""
    expected = sentence.split()
    matcher = SequenceMatcher(
        None, [squeeze(w) for w in expected], [squeeze(w) for w in words], autojunk=False
    )
    blocks = [b for b in matcher.get_matching_blocks() if b.size]
    if sum(b.size for b in blocks) < len(expected) * 0.3:
        return (Edit(sentence, "", "", ""),)
    start = blocks[0].b - blocks[0].a
    end = blocks[-1].b + blocks[-1].size + (len(expected) - blocks[-1].a - blocks[-1].size)
    region = words[max(start, 0) : min(end, len(words))]
    return edits_of(word_diff(sentence, " ".join(region)))


def _edition(library: ClauseLibrary, chosen: dict[str, str]) -> str:
    """The newest edition that pins every version found; "" when none does."""
    for edition in reversed(library.editions):
        if all(edition.versions.get(cid) == version for cid, version in chosen.items()):
            return edition.name
    return ""
