"""Frozen, typed objects that travel between the layers. No I/O here.

Loaders turn YAML and Markdown into these once, at the boundary; everything
after that trusts them.
"""

from .documents import Agreement, Block, ParentRef, Run, Section, SignatureParty
from .library import Clause, Edition, Finding, Outline, Requirement, Signer
from .literals import (
    MAIN_KINDS,
    ROLES,
    SIGNED_KINDS,
    AppliesTo,
    BlockKind,
    ESign,
    FileFormat,
    FormatChoice,
    MainKind,
    Part,
    Role,
    Signatory,
    SignedKind,
)
from .parties import (
    Contractor,
    DataSchedule,
    Issuer,
    IssuerPrivacy,
    MasterAgreement,
    Notices,
    Person,
    Profile,
    Services,
    Subcontractor,
)
from .seal import IssuerSeal, Seal

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
    "IssuerPrivacy",
    "IssuerSeal",
    "MainKind",
    "MasterAgreement",
    "Notices",
    "Outline",
    "ParentRef",
    "Part",
    "Person",
    "Profile",
    "Requirement",
    "Role",
    "Run",
    "Seal",
    "Section",
    "Services",
    "Signatory",
    "SignatureParty",
    "SignedKind",
    "Signer",
    "Subcontractor",
]
