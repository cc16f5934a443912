"""``rebuild``: regenerate an issued agreement, byte for byte, from its own manifest.

Years later, staff may need the agreement exactly as it was issued, although
counsel has since released new clause versions and the profile file has been
edited or lost. The manifest carries everything the words depend on: the
validated profile and issuer, the build date, the options and each clause's
id, version and hash. Released versions are never edited, so the library
still holds every one of them; the template and the tool must be the same too,
and the rebuild checks what it can and says what differs.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from types import MappingProxyType
from typing import Any

from . import __version__
from .assemble import assemble
from .build import stem_of
from .errors import CheckFailed, InputError
from .issuer import issuer_from_record
from .library import ClauseLibrary, load_library
from .manifest import REBUILDABLE
from .model import Agreement, Edition, Issuer, Profile
from .profile import profile_from_record
from .resources import default_library, default_template
from .verify import read_manifest

__all__ = ["Rebuilt", "rebuild"]


@dataclass(frozen=True)
class Rebuilt:
    """The regenerated file, whether its bytes equal the original's, and any caveat."""

    source: Path
    path: Path
    identical: bool
    notes: tuple[str, ...]


def rebuild(
    path: Path,
    *,
    out: Path,
    force: bool = False,
    library: Path | None = None,
    template: Path | None = None,
) -> Rebuilt:
    """Regenerate ``path`` (an issued DOCX or PDF) into ``out`` and compare the bytes.

    Raises:
        InputError: no usable manifest, a kind that cannot be rebuilt, a clause
            version or template that is no longer the one recorded, or an
            existing output without ``force``.
        CheckFailed: the regenerated words differ from the recorded ones.
        ConversionError: LibreOffice failed (for a PDF).
    """
    from .produce import FileFormat, Planned, produce
    from .render_docx import read_template

    recorded = read_manifest(path)
    data = recorded.data
    fmt: FileFormat = "pdf" if path.suffix.lower() == ".pdf" else "docx"
    if path.suffix.lower() not in (".pdf", ".docx"):
        raise InputError(f"{path}: rebuild reads an issued DOCX or PDF")
    info = data["agreement"]
    if info["kind"] not in REBUILDABLE:
        raise InputError(
            f"{path}: a {info['kind']} is not rebuilt; run its command again with the "
            "facts its manifest records"
        )
    if "record" not in data.get("profile", {}) or "edition" not in info:
        raise InputError(f"{path}: issued before manifests recorded the profile; cannot rebuild")
    clauses = load_library(library or default_library())
    chosen = read_template(template or default_template())
    if chosen.sha256 != data["template"]["sha256"]:
        raise InputError(
            f"{path}: issued with another Word template (sha256 {data['template']['sha256']}); "
            "pass --template with that one"
        )
    document = _reassemble(path, data, clauses)
    if document.id != recorded.agreement_id:
        raise CheckFailed(
            f"{path}: the rebuilt document would be {document.id}, not {recorded.agreement_id}"
        )
    rebuilt_sections = [s["sha256"] for s in _manifest_sections(document, chosen.sha256)]
    if rebuilt_sections != [section.sha256 for section in recorded.sections]:
        raise CheckFailed(f"{path}: the rebuilt words differ from the words recorded")
    (produced,) = produce(
        [Planned(document, path, stem_of(document), (fmt,))],
        out=out,
        force=force,
        template=chosen,
    )
    target = produced.outputs[0].path
    notes = []
    if data["tool"]["version"] != __version__:
        notes.append(f"issued by crec-assemble {data['tool']['version']}; this is {__version__}")
    identical = _sha256(target) == _sha256(path)
    return Rebuilt(path, target, identical, tuple(notes))


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _manifest_sections(document: Agreement, template_sha256: str) -> list[dict[str, Any]]:
    from .manifest import build_manifest

    sections: list[dict[str, Any]] = build_manifest(document, template_sha256)["sections"]
    return sections


def _pinned(path: Path, data: dict[str, Any], library: ClauseLibrary) -> Edition:
    """The exact clause versions the document printed, checked against the library's files."""
    versions, hashes = {}, {}
    for entry in data["clauses"]:
        clause = library.get(f"{entry['id']}@{entry['version']}")
        if clause.sha256 != entry["sha256"]:
            raise InputError(
                f"{path}: {clause.ref} is not the text it was issued with; "
                "a released version must never be edited"
            )
        versions[clause.id], hashes[clause.id] = clause.version, clause.sha256
    return Edition(
        name=data["agreement"]["edition"],
        effective=date.fromisoformat(data["agreement"]["build_date"]),
        summary="",
        versions=MappingProxyType(versions),
        hashes=MappingProxyType(hashes),
    )


def _reassemble(path: Path, data: dict[str, Any], library: ClauseLibrary) -> Agreement:
    info = data["agreement"]
    profile: Profile = profile_from_record(
        data["profile"]["record"], data["profile"]["sha256"], f"{path} (recorded profile)"
    )
    issuer: Issuer = issuer_from_record(
        data["issuer"]["record"], data["issuer"]["sha256"], f"{path} (recorded issuer)"
    )
    options: dict[str, Any] = {
        "build_date": date.fromisoformat(info["build_date"]),
        "draft": bool(info["draft"]),
        "esign": info.get("esign"),
    }
    pinned = _pinned(path, data, library)
    if info["kind"] != "flowdown":
        return assemble(profile, issuer, library, kind=info["kind"], edition=pinned, **options)
    subcontractor = next(
        (sub for sub in profile.subcontractors if sub.legal_name == info["party"]), None
    )
    if subcontractor is None:
        raise InputError(f"{path}: the recorded profile has no subcontractor {info['party']!r}")
    edition = library.edition(info["edition"], options["build_date"])
    for kind in ("agreement", "addendum"):  # the parent is whichever gives the recorded id
        parent = assemble(profile, issuer, library, kind=kind, edition=edition, **options)
        if parent.id == info["parent"]:
            return assemble(
                profile,
                issuer,
                library,
                kind="flowdown",
                parent=parent.as_parent(),
                subcontractor=subcontractor,
                edition=pinned,
                **options,
            )
    raise InputError(f"{path}: cannot rebuild its agreement {info['parent']}")
