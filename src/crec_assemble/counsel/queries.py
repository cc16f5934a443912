"""Reading the clause library: what ``clauses list/show/history/diff`` and
``requirements`` print, as plain data the CLI formats.

Counsel asks three questions of the library: which words are in force (an
edition's clauses, and which newer versions are waiting for release), how a
clause got here (its versions, their notes and the editions that carried
them) and which clause answers each requirement of the regulation.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from ..errors import InputError
from ..library.clauses import ClauseLibrary
from ..library.editions import compose_edition
from ..library.wording import Change, word_diff
from ..model import Clause, Edition, Requirement, Role

__all__ = [
    "WORKING",
    "ClauseDiff",
    "Listing",
    "Version",
    "clause_diff",
    "clause_in_force",
    "clause_json",
    "edition_clauses",
    "edition_or_working",
    "history",
    "listing",
    "released_in",
    "requirement_rows",
    "requirements_json",
    "unreleased",
    "working_edition",
]

# The name the working copy goes by where an edition's name is asked for: no released edition
# can take it, since an edition's name begins with a letter or a digit (editions.EDITION_NAME).
WORKING = "_working"


def edition_clauses(library: ClauseLibrary, edition: Edition) -> tuple[Clause, ...]:
    """The clause versions an edition puts in force, by clause id."""
    return tuple(library.get(f"{cid}@{version}") for cid, version in edition.versions.items())


def unreleased(library: ClauseLibrary) -> tuple[Clause, ...]:
    """Newest versions no edition names yet: what the next release would add."""
    return tuple(clause for clause in library.newest() if not released_in(library, clause))


def released_in(library: ClauseLibrary, clause: Clause) -> tuple[str, ...]:
    """The editions that put this version in force."""
    return tuple(e.name for e in library.editions if e.versions.get(clause.id) == clause.version)


def working_edition(library: ClauseLibrary) -> Edition:
    """The working copy as if it were released: the newest version of every clause, dated by
    the latest of them, its summary what it changes since the last edition.

    Raises:
        InputError: when the library has no clause at all.
    """
    newest = library.newest()
    if not newest:
        raise InputError(f"{library.root}: the clause library has no clause")
    last = library.editions[-1] if library.editions else None
    return compose_edition(WORKING, max(c.effective for c in newest), newest, last)


def edition_or_working(library: ClauseLibrary, name: str | None, on: date) -> Edition:
    """The edition called ``name`` (:data:`WORKING`: the working copy); without a name, the
    edition in effect ``on`` that day, or the working copy while none is.

    Raises:
        InputError: when no edition has that name.
    """
    if name == WORKING:
        return working_edition(library)
    if name:
        return library.edition(name, on, "edition")
    try:
        return library.edition(None, on)
    except InputError:  # nothing released yet, or not yet in effect
        return working_edition(library)


@dataclass(frozen=True)
class Listing:
    """What ``clauses list`` shows: an edition's clauses, drafts, and editions still to come."""

    edition: Edition
    clauses: tuple[Clause, ...]
    unreleased: tuple[Clause, ...]
    later: tuple[Edition, ...]

    def as_json(self) -> dict[str, Any]:
        """``clauses list --json``."""
        return {
            "edition": {
                "name": self.edition.name,
                "effective": self.edition.effective.isoformat(),
                "summary": self.edition.summary,
            },
            "clauses": [clause_json(clause) for clause in self.clauses],
            "unreleased": [clause_json(clause) for clause in self.unreleased],
            "later_editions": [
                {"name": e.name, "effective": e.effective.isoformat()} for e in self.later
            ],
        }


def listing(library: ClauseLibrary, edition: Edition) -> Listing:
    """An edition's clauses, the versions no edition names yet, and the editions after it."""
    return Listing(
        edition=edition,
        clauses=edition_clauses(library, edition),
        unreleased=unreleased(library),
        later=tuple(e for e in library.editions if e.effective > edition.effective),
    )


def clause_in_force(library: ClauseLibrary, ref: str, on: date) -> Clause:
    """``id@version`` exactly; a bare id, the version in force ``on`` that day, or the
    newest when no edition is in force yet (or the edition leaves the clause out).

    Raises:
        InputError: when the clause or the version does not exist.
    """
    if "@" in ref:
        return library.get(ref)
    try:
        version = library.edition(None, on).versions.get(ref)
    except InputError:  # no edition in force yet
        version = None
    return library.get(f"{ref}@{version}" if version else ref)


@dataclass(frozen=True)
class Version:
    """One version of a clause and the editions that released it."""

    clause: Clause
    editions: tuple[str, ...]

    def as_json(self) -> dict[str, Any]:
        return {**clause_json(self.clause), "editions": list(self.editions)}


def history(library: ClauseLibrary, clause_id: str) -> tuple[Version, ...]:
    """Every version of a clause, oldest first.

    Raises:
        InputError: when the library has no such clause.
    """
    library.get(clause_id)  # the error for an unknown id
    return tuple(
        Version(clause, released_in(library, clause)) for clause in library.versions[clause_id]
    )


@dataclass(frozen=True)
class ClauseDiff:
    """Two versions of a clause, their titles and their words compared word by word."""

    old: Clause
    new: Clause
    title: tuple[Change, ...]
    body: tuple[Change, ...]


def clause_diff(library: ClauseLibrary, old_ref: str, new_ref: str) -> ClauseDiff:
    """Compare two versions (``id@version``) of the clause library's text.

    Raises:
        InputError: when either reference does not name a version.
    """
    for ref in (old_ref, new_ref):
        if "@" not in ref:
            raise InputError(f"{ref}: name a version, as in {ref}@1.0.0")
    old, new = library.get(old_ref), library.get(new_ref)
    if old.id != new.id:
        raise InputError(f"{old_ref} and {new_ref}: compare two versions of the same clause")
    return ClauseDiff(old, new, word_diff(old.title, new.title), word_diff(old.body, new.body))


def requirement_rows(
    library: ClauseLibrary, edition: Edition, role: Role | None
) -> list[tuple[Requirement, tuple[Clause, ...]]]:
    """Each requirement (for one role, or all) with the edition's clauses that satisfy it.

    Only clauses that the agreement's outline includes, and that apply to the
    role, count: a requirement they leave unanswered shows an empty tuple.
    """
    outline = library.outline("agreement")
    included = set(outline.front) | set(outline.body) | set(outline.exhibits)
    clauses = [c for c in edition_clauses(library, edition) if c.id in included]
    return [
        (
            requirement,
            tuple(
                c
                for c in clauses
                if requirement.id in c.satisfies and (role is None or c.applies(role))
            ),
        )
        for requirement in library.requirements
        if role is None or requirement.applies(role)
    ]


def requirements_json(rows: list[tuple[Requirement, tuple[Clause, ...]]]) -> list[dict[str, Any]]:
    """``requirements --json``: each requirement and the clauses that satisfy it."""
    return [
        {
            "id": requirement.id,
            "paragraph": requirement.paragraph,
            "summary": requirement.summary,
            "applies_to": requirement.applies_to,
            "needed_for_validity": requirement.validity,
            "clauses": [clause.ref for clause in found],
        }
        for requirement, found in rows
    ]


def clause_json(clause: Clause, *, body: bool = False) -> dict[str, Any]:
    """A clause version as ``--json`` prints it."""
    data: dict[str, Any] = {
        "id": clause.id,
        "version": clause.version,
        "effective": clause.effective.isoformat(),
        "title": clause.title,
        "satisfies": list(clause.satisfies),
        "applies_to": clause.applies_to,
        "changes": clause.changes,
        "sha256": clause.sha256,
    }
    if body:
        data["body"] = clause.body
    return data
