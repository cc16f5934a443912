"""The clause library's objects: clauses, editions and outlines (the requirements they meet
are in :mod:`.requirements`)."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import date

from .literals import AppliesTo, Role, Signatory

__all__ = ["Clause", "Edition", "Outline", "Signer"]


@dataclass(frozen=True)
class Clause:
    """One version of one clause snippet; ``body`` is Jinja-templated Markdown."""

    id: str
    version: str
    effective: date
    title: str
    satisfies: tuple[str, ...]
    applies_to: AppliesTo
    changes: str
    body: str
    sha256: str

    @property
    def ref(self) -> str:
        return f"{self.id}@{self.version}"

    def applies(self, role: Role) -> bool:
        return self.applies_to in ("all", role)


@dataclass(frozen=True)
class Edition:
    """A named, dated release of the clause library: the version of each clause in force.

    ``hashes`` are the SHA-256 of each version's file as released, so a
    released version edited in place is caught instead of silently printed.
    A clause the edition does not name is not part of documents built from it.
    """

    name: str
    effective: date
    summary: str
    versions: Mapping[str, str]
    hashes: Mapping[str, str]


@dataclass(frozen=True)
class Signer:
    """A party that signs one kind of document, perhaps only when it contains a clause.

    ``only_with`` names that clause: the outline is shared by every edition, so a
    signature that comes with new words (CREC's consent to a flow-down) is tied to
    them, and documents of an edition without them keep the signatories they were
    issued with.
    """

    party: Signatory
    only_with: str = ""

    def signs(self, clause_ids: Collection[str]) -> bool:
        """Whether the party signs a document made of these clauses."""
        return not self.only_with or self.only_with in clause_ids


@dataclass(frozen=True)
class Outline:
    """One kind of document: which clauses, in which order, in which part, who signs.

    ``requirements`` is what the compliance gate checks: ``None`` for the whole
    catalogue, a tuple of ids for a subset (a flow-down carries 1-13), empty
    for letters and notices. ``signatories`` sign in this order (see
    :class:`Signer`). ``flowed`` clauses are printed with the roles in
    ``roles`` substituted ("Contractor" → "Subcontractor"), word for word
    otherwise.
    """

    kind: str
    title: str
    front: tuple[str, ...]
    body: tuple[str, ...]
    exhibits: tuple[str, ...]
    signatories: tuple[Signer, ...]
    requirements: tuple[str, ...] | None
    numbered: bool = True
    flowed: tuple[str, ...] = ()
    roles: Mapping[str, str] = field(default_factory=dict)
