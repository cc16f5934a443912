"""What a manifest says: the sources an issued document was built from.

Tool version, profile, template and issuer hashes, each clause's id, version
and hash, which clause meets which requirement, and the text and hash of every
rendered section, so ``verify`` can compare a document with it and ``rebuild``
can regenerate it.

Section hashes are taken over the section's words with all white space and
compatibility differences removed (NFKC), so the PDF's line breaks and the
DOCX's tabs hash the same.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from ...library.wording import squeeze
from ...model import SIGNED_KINDS, Agreement, Section
from ...resources import tool_version

__all__ = ["MANIFEST_VERSION", "build_manifest", "dump_manifest", "section_text", "words_sha256"]

MANIFEST_VERSION = 2


def section_text(section: Section) -> str:
    """The words of a section, paragraph by paragraph."""
    return "\n".join(block.text for block in section.blocks)


def words_sha256(text: str) -> str:
    """The hash of a text's words, blind to spacing: what a section's or an e-mail's hash is."""
    return hashlib.sha256(squeeze(text).encode("utf-8")).hexdigest()


def build_manifest(agreement: Agreement, template_sha256: str) -> dict[str, Any]:
    """The manifest of one agreement, as a JSON-ready dict.

    It records no file paths, user names or clock times. It does record the
    validated profile and issuer (contractor and board details, never student
    data) and the edition, so ``rebuild`` can regenerate the document exactly.
    """
    clauses = [section.clause for section in agreement.sections]
    return {
        "manifest": MANIFEST_VERSION,
        "tool": {"name": "crec-assemble", "version": tool_version()},
        "agreement": {
            "id": agreement.id,
            "title": agreement.title,
            "kind": agreement.kind,
            "parent": agreement.parent_id,
            "draft": agreement.draft,
            "build_date": agreement.build_date.isoformat(),
            "contractor": agreement.profile.contractor.legal_name,
            "party": agreement.party_name,
            "role": agreement.profile.contractor.role,
            "edition": agreement.edition,
            "esign": agreement.esign,
        },
        "facts": dict(agreement.facts),
        **_cited(agreement),
        "profile": {"sha256": agreement.profile.sha256, **_profile_record(agreement)},
        "template": {"sha256": template_sha256},
        "issuer": {
            "name": agreement.issuer.name,
            "sha256": agreement.issuer.sha256,
            **(
                {"record": json.loads(agreement.issuer.record)}
                if agreement.kind in SIGNED_KINDS
                else {}
            ),
        },
        "clauses": [{"id": c.id, "version": c.version, "sha256": c.sha256} for c in clauses],
        "requirements": {key: list(value) for key, value in agreement.requirements.items()},
        "unmet": [finding.requirement.id for finding in agreement.unmet],
        "sections": [
            {
                "clause": section.clause.id,
                "part": section.part,
                "number": section.number,
                "title": section.clause.title,
                "sha256": words_sha256(section_text(section)),
                "text": section_text(section),
            }
            for section in agreement.sections
        ],
    }


def _cited(agreement: Agreement) -> dict[str, Any]:
    """The agreement a flow-down cites, as it cites it: a rebuild needs no other document."""
    if agreement.kind != "flowdown" or agreement.parent is None:
        return {}
    parent = agreement.parent
    return {"cites": {"id": parent.id, "title": parent.title, "numbers": dict(parent.numbers)}}


def _profile_record(agreement: Agreement) -> dict[str, Any]:
    """The validated profile, for the documents ``rebuild`` regenerates.

    Notices and letters are posted and e-mailed to families, so they carry no
    contractor details beyond what they print. A flow-down goes to one
    subcontractor, so it records that subcontractor and not the others.
    """
    if agreement.kind not in SIGNED_KINDS:
        return {}
    record: dict[str, Any] = json.loads(agreement.profile.record)
    if agreement.kind == "flowdown":
        record["subcontractors"] = [
            sub for sub in record.get("subcontractors") or []
            if " ".join(sub["legal_name"].split()) == " ".join(agreement.party_name.split())
        ]  # fmt: skip
    return {"record": record}


def dump_manifest(manifest: dict[str, Any]) -> bytes:
    """Stable JSON bytes: the same manifest always serialises the same way."""
    return (json.dumps(manifest, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
