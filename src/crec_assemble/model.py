"""Frozen, typed objects that travel between the layers. No I/O here.

Loaders turn YAML and Markdown into these once, at the boundary; everything
after that trusts them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from typing import Literal, get_args

__all__ = [
    "MAIN_KINDS",
    "ROLES",
    "SIGNED_KINDS",
    "Agreement",
    "AppliesTo",
    "Block",
    "BlockKind",
    "Clause",
    "Contractor",
    "DataSchedule",
    "ESign",
    "Edition",
    "FileFormat",
    "Finding",
    "FormatChoice",
    "Issuer",
    "MainKind",
    "MasterAgreement",
    "Notices",
    "Outline",
    "ParentRef",
    "Person",
    "Profile",
    "Requirement",
    "Role",
    "Run",
    "Section",
    "Services",
    "Signatory",
    "SignatureParty",
    "SignedKind",
    "Subcontractor",
]

# The shared literals, each defined here once: the profile schema, the CLI's choices and
# the manifest check their values against these.
Role = Literal["operator", "consultant"]
ROLES: tuple[Role, ...] = get_args(Role)
# What ``build`` writes for a profile: its own agreement, or an addendum to the vendor's.
MainKind = Literal["agreement", "addendum"]
MAIN_KINDS: tuple[MainKind, ...] = get_args(MainKind)
# Documents the parties sign, and so the ones that can be rebuilt from their manifest.
SignedKind = Literal["agreement", "addendum", "flowdown"]
SIGNED_KINDS: tuple[SignedKind, ...] = get_args(SignedKind)
# The files a document can be written as, and what ``build --format`` offers.
FileFormat = Literal["docx", "pdf", "html", "txt"]
FormatChoice = Literal["docx", "pdf", "all"]
# The e-signature services whose invisible anchors a document can carry.
ESign = Literal["docusign", "adobe"]
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
class MasterAgreement:
    """The vendor's own agreement that an addendum amends."""

    title: str
    date: date


@dataclass(frozen=True)
class Services:
    name: str
    description: str
    delivery: tuple[str, ...]
    start_date: date
    end_date: date
    master_agreement: MasterAgreement | None = None


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
    """An approved subcontractor; contact details are optional (blank lines are printed)."""

    legal_name: str
    service: str
    data: tuple[str, ...]
    consent_date: date
    address: str = ""
    signatory: Person = Person("")
    privacy_contact: Person = Person("")


@dataclass(frozen=True)
class Profile:
    """A validated contractor profile.

    ``sha256`` is the hash of the profile file's bytes and ``record`` its
    validated data as canonical JSON; the manifest keeps both, so an issued
    agreement can be rebuilt without the original file.
    """

    contractor: Contractor
    services: Services
    data: DataSchedule
    subcontractors: tuple[Subcontractor, ...]
    source: str
    sha256: str
    record: str


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
    record: str


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
        return f"{self.short}. The regulation requires: {self.requirement.text}"

    @property
    def short(self) -> str:
        """The finding without the regulation's text, for lists that repeat it."""
        void = "; without it the contract is void" if self.requirement.validity else ""
        return (
            f"{self.requirement.id} (paragraph {self.requirement.paragraph}{void}): {self.reason}"
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


Signatory = Literal["issuer", "contractor", "subcontractor"]


@dataclass(frozen=True)
class Outline:
    """One kind of document: which clauses, in which order, in which part, who signs.

    ``requirements`` is what the compliance gate checks: ``None`` for the whole
    catalogue, a tuple of ids for a subset (a flow-down carries 1-13), empty
    for letters and notices. ``flowed`` clauses are printed with the roles in
    ``roles`` substituted ("Contractor" → "Subcontractor"), word for word
    otherwise.
    """

    kind: str
    title: str
    front: tuple[str, ...]
    body: tuple[str, ...]
    exhibits: tuple[str, ...]
    signatories: tuple[Signatory, ...]
    requirements: tuple[str, ...] | None
    numbered: bool = True
    flowed: tuple[str, ...] = ()
    roles: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Run:
    """A stretch of text with one formatting.

    ``hidden`` text is printed white and tiny: e-signature anchors that
    DocuSign or Acrobat Sign find, and readers do not see.
    """

    text: str
    bold: bool = False
    italic: bool = False
    hidden: bool = False


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
    """What the signature table prints for one signatory; blank names are filled by hand.

    ``cells`` are its five lines (organisation, By, Name, Title, Date), each a
    tuple of runs, e-signature anchors included.
    """

    organisation: str
    signer_name: str
    signer_title: str
    cells: tuple[tuple[Run, ...], ...] = ()
    role: str = ""


@dataclass(frozen=True)
class Section:
    """A clause as rendered into this agreement, with its computed number."""

    clause: Clause
    part: Part
    number: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class ParentRef:
    """The agreement a flow-down or letter belongs to, as far as they cite it.

    Built from an agreement assembled in the same run, or read from the
    manifest of the agreement that was actually issued.
    """

    id: str
    title: str
    numbers: Mapping[str, str]
    clauses: Mapping[str, Clause] = field(default_factory=dict)


@dataclass(frozen=True)
class Agreement:
    """Everything the renderers need, and nothing they must compute.

    Every document the tool writes is one of these: the agreement itself, an
    addendum, a flow-down, a notice or a letter (``kind``). ``parent`` is the
    agreement a flow-down or letter belongs to, as it cites it; ``facts`` are the
    inputs beyond the profile (execution date, breach details), recorded in the
    manifest.
    """

    id: str
    title: str
    draft: bool
    build_date: date
    profile: Profile
    issuer: Issuer
    sections: tuple[Section, ...]
    parties: tuple[SignatureParty, ...]
    requirements: Mapping[str, tuple[str, ...]]
    unmet: tuple[Finding, ...] = field(default=())
    kind: str = "agreement"
    parent: ParentRef | None = None
    facts: Mapping[str, object] = field(default_factory=dict)
    edition: str = ""
    esign: ESign | None = None

    @property
    def parent_id(self) -> str:
        """The id of the agreement this document belongs to ("" for an agreement itself)."""
        return self.parent.id if self.parent else ""

    def as_parent(self) -> ParentRef:
        """This agreement as its flow-downs and letters cite it."""
        return ParentRef(
            id=self.id,
            title=self.title,
            numbers={s.clause.id: s.number for s in self.sections},
            clauses={s.clause.id: s.clause for s in self.sections},
        )

    @property
    def full_title(self) -> str:
        """The document title: "Student Data Privacy Agreement — Acme Learning, Inc."."""
        return f"{self.title} — {self.party_name}"

    @property
    def party_name(self) -> str:
        """The party the document is about: the contractor, or the subcontractor of a flow-down."""
        subcontractor = self.facts.get("subcontractor")
        if isinstance(subcontractor, Mapping):
            return str(subcontractor["legal_name"])
        return self.profile.contractor.legal_name

    @property
    def subject(self) -> str:
        return (
            f"{self.title} under Regulation 3520.13-R: {self.issuer.name} and "
            f"{self.profile.contractor.legal_name}"
        )

    @property
    def timestamp(self) -> datetime:
        """Midnight UTC of the build date: the only time any output carries."""
        return datetime.combine(self.build_date, time(), tzinfo=UTC)
