"""What the register enters for an issued file: read from the manifest inside it, never typed.

Every agreement, addendum and flow-down carries its manifest (the validated profile, the
edition, the rendered sections), so the register asks staff for nothing but the file and
cannot record a contractor, a date or a data category the document does not say.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..inputs.vocabulary import WHOLE_CATEGORIES, label
from ..model import SIGNED_KINDS
from ..render.manifest import RecordedManifest, find_manifest
from ..render.untrusted import read_untrusted
from .records import RegisteredDocument, RegisteredFile

__all__ = ["IssuedFile", "read_issued"]

# The retention clause's promise: "Within thirty (30) calendar days of completion, Contractor
# shall certify ... that it has done so". The register takes the number from the document's
# own words, so an edition that changes it changes the register's due dates with it.
_CERTIFY = re.compile(
    r"within\s+[\w-]+\s+\((\d+)\)\s+calendar\s+days\s+of\s+completion,?\s+[^.]*?\bcertify",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class IssuedFile:
    """One file CREC issued, as the register enters it."""

    document: RegisteredDocument
    file: RegisteredFile


def read_issued(path: Path) -> IssuedFile:
    """The document and file the manifest inside ``path`` describes.

    Raises:
        InputError: when the file cannot be read, carries no manifest (not issued by this
            tool, or stripped), is a draft, or is not an agreement, addendum or flow-down.
    """
    data = read_untrusted(path)
    manifest = find_manifest(data, path)
    if manifest is None:
        raise InputError(f"{path}: carries no manifest, so it is not a document this tool issued")
    agreement = manifest.data["agreement"]
    kind = agreement.get("kind")
    if kind not in SIGNED_KINDS:
        raise InputError(
            f"{path}: is a {kind or 'document'}, not an agreement, addendum or flow-down"
        )
    if manifest.draft:
        raise InputError(f"{path}: is a draft ({', '.join(manifest.unmet)} unmet), not issued")
    file_format = "docx" if data[:2] == b"PK" else "pdf" if data[:5] == b"%PDF-" else None
    if file_format is None:
        raise InputError(f"{path}: the register takes the issued DOCX or PDF")
    return IssuedFile(
        _document(manifest, agreement),
        RegisteredFile(hashlib.sha256(data).hexdigest(), file_format, str(path.resolve())),
    )


def _document(manifest: RecordedManifest, agreement: dict[str, Any]) -> RegisteredDocument:
    try:
        record = manifest.data["profile"]["record"]
        services = record["services"]
        return RegisteredDocument(
            id=manifest.agreement_id,
            kind=agreement["kind"],
            parent=agreement.get("parent"),
            contractor=agreement["contractor"],
            party=agreement["party"],
            role=agreement["role"],
            service=services["name"],
            description=services.get("description") or "",
            start=date.fromisoformat(services["start_date"]),
            end=date.fromisoformat(services["end_date"]) if services.get("end_date") else None,
            data=_data(record, agreement),
            edition=agreement["edition"],
            built=date.fromisoformat(agreement["build_date"]),
            certificate_days=_certificate_days(manifest),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise InputError(
            f"{manifest.agreement_id}: its manifest lacks what the register needs ({error})"
        ) from None


def _data(record: dict[str, Any], agreement: dict[str, Any]) -> tuple[str, ...]:
    """The student data the signing party receives, as the documents print it."""
    if agreement["kind"] == "flowdown":
        keys = [k for sub in record.get("subcontractors") or [] for k in sub.get("data") or []]
    else:
        schedule = record.get("data") or {}
        keys = [
            *(schedule.get("student_information") or []),
            *(schedule.get("directory_information") or []),
            *(k for k in WHOLE_CATEGORIES if schedule.get(k)),
        ]
    return tuple(label(key) for key in dict.fromkeys(keys))


def _certificate_days(manifest: RecordedManifest) -> int | None:
    for section in manifest.sections:
        found = _CERTIFY.search(" ".join(section.text.split()))
        if found:
            return int(found[1])
    return None
