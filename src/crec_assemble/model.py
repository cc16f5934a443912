"""Frozen, typed objects that travel between the layers. No I/O here.

Loaders turn YAML and Markdown into these once, at the boundary; everything
after that trusts them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from typing import Literal

__all__ = [
    "Agreement",
    "AppliesTo",
    "Block",
    "BlockKind",
    "Clause",
    "Contractor",
    "DataSchedule",
    "Finding",
    "Issuer",
    "Notices",
    "Outline",
    "Person",
    "Profile",
    "Requirement",
    "Role",
    "Run",
    "Section",
    "Services",
    "SignatureParty",
    "Subcontractor",
]

Role = Literal["operator", "consultant"]
AppliesTo = Literal["all", "operator", "consultant"]
BlockKind = Literal[
    "heading", "paragraph", "lead_in", "item", "subitem", "exhibit_heading", "signatures"
]
Part = Literal["front", "body", "exhibit"]


@dataclass(frozen=True)
class Person:
    """A named person at a party; empty strings where the profile gives nothing."""

    name: str
    title: str = ""
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class Contractor:
    legal_name: str
    role: Role
    address: str
    signatory: Person
    privacy_contact: Person


@dataclass(frozen=True)
class Services:
    name: str
    description: str
    delivery: tuple[str, ...]
    start_date: date
    end_date: date


@dataclass(frozen=True)
class DataSchedule:
    """The student data a contractor receives, by the regulation's categories."""

    student_information: tuple[str, ...]
    directory_information: tuple[str, ...]
    student_records: bool
    student_generated_content: bool
    content_accounts: bool


@dataclass(frozen=True)
class Subcontractor:
    legal_name: str
    service: str
    data: tuple[str, ...]
    consent_date: date


@dataclass(frozen=True)
class Profile:
    """A validated contractor profile.

    ``sha256`` is the hash of the profile file's bytes, recorded in the manifest.
    """

    contractor: Contractor
    services: Services
    data: DataSchedule
    subcontractors: tuple[Subcontractor, ...]
    source: str
    sha256: str


@dataclass(frozen=True)
class Notices:
    attention: str
    address: str
    email: str = ""


@dataclass(frozen=True)
class Issuer:
    """The local education agency that issues the agreement (CREC by default)."""

    name: str
    short_name: str
    governing_body: str
    policy: str
    address: str
    signatory: Person
    notices: Notices
    sha256: str


@dataclass(frozen=True)
class Requirement:
    """One provision of Regulation 3520.13-R, as the catalogue records it."""

    id: str
    paragraph: str
    summary: str
    text: str
    applies_to: AppliesTo
    validity: bool
    parameters: Mapping[str, object]
    wording: tuple[str, ...]

    def applies(self, role: Role) -> bool:
        return self.applies_to in ("all", role)


@dataclass(frozen=True)
class Finding:
    """A requirement an agreement does not meet, and why."""

    requirement: Requirement
    reason: str

    def __str__(self) -> str:
        void = "; without it the contract is void" if self.requirement.validity else ""
        return (
            f"{self.requirement.id} (paragraph {self.requirement.paragraph}{void}): "
            f"{self.reason}. The regulation requires: {self.requirement.text}"
        )


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
class Outline:
    """Which clauses an agreement has, in which order, and in which part."""

    title: str
    front: tuple[str, ...]
    body: tuple[str, ...]
    exhibits: tuple[str, ...]


@dataclass(frozen=True)
class Run:
    """A stretch of text with one formatting."""

    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class Block:
    """One paragraph of the agreement, already numbered ("4.\\t", "(a)\\t")."""

    kind: BlockKind
    runs: tuple[Run, ...] = ()

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


@dataclass(frozen=True)
class SignatureParty:
    """What the signature table prints for one signatory; blank names are filled by hand."""

    organisation: str
    signer_name: str
    signer_title: str


@dataclass(frozen=True)
class Section:
    """A clause as rendered into this agreement, with its computed number."""

    clause: Clause
    part: Part
    number: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class Agreement:
    """Everything the renderers need, and nothing they must compute."""

    id: str
    title: str
    draft: bool
    build_date: date
    profile: Profile
    issuer: Issuer
    sections: tuple[Section, ...]
    parties: tuple[SignatureParty, SignatureParty]
    requirements: Mapping[str, tuple[str, ...]]
    unmet: tuple[Finding, ...] = field(default=())

    @property
    def full_title(self) -> str:
        """The document title: "Student Data Privacy Agreement — Acme Learning, Inc."."""
        return f"{self.title} — {self.profile.contractor.legal_name}"

    @property
    def subject(self) -> str:
        return (
            f"Student data privacy agreement under Regulation 3520.13-R between "
            f"{self.issuer.name} and {self.profile.contractor.legal_name}"
        )

    @property
    def timestamp(self) -> datetime:
        """Midnight UTC of the build date: the only time any output carries."""
        return datetime.combine(self.build_date, time(), tzinfo=UTC)
