"""What issued documents are called: their ids and their file names."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping, Sequence
from typing import Any

from ..inputs.names import slug
from ..model import Agreement, Clause, ESign, Issuer, Outline, ParentRef, Profile

__all__ = ["DOCUMENT_ID", "document_id_for", "stem_of"]

# How an agreement's id looks in its header: DPA-2026-ACME-LEARNING-INC-419A21.
# The prefix of an id by kind; other kinds use their initials (breach-letter → BL).
_PREFIXES = {"agreement": "DPA", "addendum": "DPA", "flowdown": "SUB"}
DOCUMENT_ID = re.compile(r"\b(?:DPA|SUB)-\d{4}-[A-Z0-9-]+-[0-9A-F]{6}\b")


def stem_of(document: Agreement, label: str | None = None) -> str:
    """``acme-learning-inc``, ``acme-learning-inc-addendum``, ``acme-…-flowdown-northwind…``.

    ``label`` takes the kind's place after the contractor's name
    (``acme-learning-inc-notice-2026-11-25``). A profile's ``contractor.file_name``
    takes the legal name's place.
    """
    named = document.profile.contractor
    contractor = named.file_name or slug(named.legal_name)
    if label:
        return f"{contractor}-{label}"
    if document.kind == "agreement":
        return contractor
    if document.kind == "flowdown":
        return f"{contractor}-flowdown-{slug(document.party_name)}"
    return f"{contractor}-{document.kind}"


def document_id_for(
    outline: Outline,
    profile: Profile,
    issuer: Issuer,
    clauses: Sequence[Clause],
    draft: bool,
    facts: Mapping[str, Any],
    parent: ParentRef | None,
    esign: ESign | None,
) -> str:
    """A short, stable id: same inputs, same id; any change to them, a new one."""
    digest = hashlib.sha256()
    inputs = (
        outline.kind, profile.sha256, issuer.sha256, *(c.sha256 for c in clauses), str(draft),
        json.dumps(facts, sort_keys=True), parent.id if parent else "", str(esign),
    )  # fmt: skip
    for part in inputs:
        digest.update(part.encode())
    prefix = _PREFIXES.get(outline.kind, "".join(w[0] for w in outline.kind.split("-")).upper())
    name = slug(profile.contractor.legal_name).upper()[:24].strip("-")
    year = profile.services.start_date.year
    return f"{prefix}-{year}-{name}-{digest.hexdigest()[:6].upper()}"
