"""An assembled document, as every renderer receives it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time

from .library import Clause
from .literals import BlockKind, ESign, Part
from .parties import Issuer, Profile
from .requirements import Finding

__all__ = ["Agreement", "Block", "ParentRef", "Run", "Section", "SignatureParty"]


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
