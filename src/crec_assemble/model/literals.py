"""The shared literals, each defined once: roles, kinds, formats, e-signature services."""

from __future__ import annotations

from typing import Literal, get_args

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
Signatory = Literal["issuer", "contractor", "subcontractor"]
