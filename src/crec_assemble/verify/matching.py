"""Checking a document that lost its manifest, against the clause library itself.

A vendor who exports the agreement to PDF from Word, or prints and scans it,
strips the manifest. The words are still ours, though: every sentence of
every clause is in the library, except for what the profile filled in. So a
document without a manifest is split at its section headings, each section
is identified by its title, and each sentence of the clause text — the
literal text between the placeholders — is looked for in it.

A document is issued under one edition, and an older one neither has the
clauses a later edition added nor the words it changed. So the text is
checked against every edition in turn — the clauses it has, in the versions
it pins — and the edition that fits best (most sentences found, fewest
missing; the newer of two that fit equally) is the source. A library with no
edition yet offers every version of each clause, and the best one is taken.
A sentence that is not found is shown against the closest words the document
has.

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


@dataclass(frozen=True)
class _Document:
    """What the text gave away before it is compared: its kind, its role, its sections'
    text by clause id ("" for the text before the first heading)."""

    outline: Outline
    role: Role
    text_of: Mapping[str, str]


@dataclass(frozen=True)
class _Expected:
    """One section a candidate edition puts in the document, and its best version there."""

    part: str
    number: str
    clause: Clause
    text: str | None  # None: the document has no such section
    missing: tuple[_Sentence, ...]


@dataclass(frozen=True)
class _Fit:
    """How well the text matches one edition: sentences found less sentences missing."""

    edition: str
    score: int
    expected: tuple[_Expected, ...]


def match_document(lines: Sequence[str], library: ClauseLibrary) -> Matched | None:
    """Identify and check a document by its text alone; None when it is not one of ours."""
    found_id = next((m.group(0) for line in lines if (m := DOCUMENT_ID.search(line))), "")
    outline = _outline(lines, library)
    sections = _split(lines, _titles(library, outline))
    text_of = {clause_id: text for clause_id, text in sections if clause_id}
    if len(text_of) < 3:
        return None
    operator_only = {
        c.id for found in library.versions.values() for c in found if c.applies_to == "operator"
    }
    role: Role = "operator" if text_of.keys() & operator_only else "consultant"
    text_of[""] = " ".join(text for clause_id, text in sections if not clause_id)
    document = _Document(outline, role, text_of)
    fits = [_fit(document, name, pins) for name, pins in _candidates(library)]
    best = max(enumerate(fits), key=lambda pair: (pair[1].score, pair[0]))[1]
    return Matched(outline, role, found_id, best.edition, _checked(best))


def _candidates(library: ClauseLibrary) -> list[tuple[str, Mapping[str, Sequence[Clause]]]]:
    """Each edition with the one version of each clause it pins; every version without one.

    A document is issued under one edition, so it is compared with each edition's own
    clause versions, and with only the clauses that edition has: an agreement issued
    before a clause was added does not lack it, and one issued before a clause changed
    holds its older words.
    """
    if not library.editions:
        return [("", library.versions)]
    return [
        (
            edition.name,
            {cid: (library.get(f"{cid}@{version}"),) for cid, version in edition.versions.items()},
        )
        for edition in library.editions
    ]


def _fit(document: _Document, edition: str, pins: Mapping[str, Sequence[Clause]]) -> _Fit:
    """The sections one candidate expects, in order and numbered, each against the text.

    A section the document lacks counts every sentence it should have had as missing (at
    least one), so an edition that expects a clause the text does not have fits worse.
    """
    outline = document.outline
    expected: list[_Expected] = []
    score = 0
    number = 0
    letters = 0
    for part, ids in (
        ("front", outline.front),
        ("body", outline.body),
        ("exhibit", outline.exhibits),
    ):
        for clause_id in ids:
            versions = [c for c in pins.get(clause_id, ()) if c.applies(document.role)]
            if not versions:
                continue
            label = ""
            if part == "body" and outline.numbered:
                number += 1
                label = str(number)
            elif part == "exhibit":
                label = chr(ord("A") + letters)
                letters += 1
            text = document.text_of.get("" if part == "front" else clause_id)
            roles = outline.roles if clause_id in outline.flowed else {}
            found, clause, missing = _best_version(versions, text, roles)
            score += found - max(len(missing), 1 if text is None else 0)
            expected.append(_Expected(part, label, clause, text, tuple(missing)))
    return _Fit(edition, score, tuple(expected))


def _checked(fit: _Fit) -> tuple[MatchedSection, ...]:
    """The chosen edition's sections: removed, or intact, or changed with what differs."""
    results = []
    for section in fit.expected:
        if section.text is None:
            results.append(
                MatchedSection(section.clause, section.part, section.number, "removed", ())
            )
            continue
        words = section.text.split()
        edits = tuple(edit for s in section.missing for edit in _against(s.text, words))
        status: Status = "changed" if edits else "intact"
        results.append(MatchedSection(section.clause, section.part, section.number, status, edits))
    return tuple(results)


def _titles(library: ClauseLibrary, outline: Outline) -> dict[str, str]:
    """Every title any version of a clause ever had, squeezed and folded → clause id.

    Two clauses may share a title (the agreement's and the addendum's "Order of
    Precedence"); the one the document's kind has wins.
    """
    ours = {*outline.front, *outline.body, *outline.exhibits}
    found: dict[str, str] = {}
    for versions in library.versions.values():
        for clause in versions:
            title = squeeze(clause.title).casefold()
            if title not in found or clause.id in ours:
                found[title] = clause.id
    return found


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
    versions: Sequence[Clause], text: str | None, roles: Mapping[str, str]
) -> tuple[int, Clause, list[_Sentence]]:
    """Of the versions, the one whose sentences the text holds most of (the newest of equals):
    how many of its sentences are there, the version, and its required sentences that are
    not. Without text, the newest version, nothing found and everything required missing."""
    if text is None:
        newest = versions[-1]
        return 0, newest, [s for s in _sentences(newest, roles) if not s.optional]
    haystack = squeeze(text)
    best: tuple[tuple[int, int], int, Clause, list[_Sentence]] | None = None
    for order, clause in enumerate(versions):
        sentences = _sentences(clause, roles)
        present = [s for s in sentences if squeeze(s.text) in haystack]
        missing = [s for s in sentences if not s.optional and squeeze(s.text) not in haystack]
        rank = (len(present) - len(missing), order)
        if best is None or rank > best[0]:
            best = (rank, len(present), clause, missing)
    assert best is not None
    _, found, clause, missing = best
    return found, clause, missing


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
