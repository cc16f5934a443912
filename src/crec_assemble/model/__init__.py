"""Frozen, typed objects that travel between the layers. No I/O here.

Loaders turn YAML and Markdown into these once, at the boundary; everything
after that trusts them.

Each module is imported when one of its names is first asked for (PEP 562): ``audit``
needs the literals and :class:`Requirement`, not the agreement's and the parties' types,
and a dataclass costs its module's import time to create.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .documents import Agreement, Block, ParentRef, Run, Section, SignatureParty
    from .library import Clause, Edition, Outline, Signer
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
    from .requirements import Finding, Requirement
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

# Which module holds each name: an explicit table, so a name asked for imports one module.
_MODULE_OF = {
    **dict.fromkeys(("Agreement", "Block", "ParentRef", "Run", "Section", "SignatureParty"),
                    "documents"),
    **dict.fromkeys(("Clause", "Edition", "Outline", "Signer"), "library"),
    **dict.fromkeys(("Finding", "Requirement"), "requirements"),
    **dict.fromkeys(("MAIN_KINDS", "ROLES", "SIGNED_KINDS", "AppliesTo", "BlockKind", "ESign",
                     "FileFormat", "FormatChoice", "MainKind", "Part", "Role", "Signatory",
                     "SignedKind"), "literals"),
    **dict.fromkeys(("Contractor", "DataSchedule", "Issuer", "IssuerPrivacy", "MasterAgreement",
                     "Notices", "Person", "Profile", "Services", "Subcontractor"), "parties"),
    **dict.fromkeys(("IssuerSeal", "Seal"), "seal"),
}  # fmt: skip


def __getattr__(name: str) -> Any:
    """The name from its module, imported on first use and then kept here."""
    if name not in _MODULE_OF:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{_MODULE_OF[name]}", __name__), name)
    globals()[name] = value
    return value
