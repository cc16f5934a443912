"""Alterations of the manifest a document carries (the DOCX's custom XML part, the
PDF's ``manifest.json``): the draft flag, the build date, a profile record field, a
clause version, a section's text with its hash recomputed, and the text and the
manifest's section edited consistently.

The last is the forger's best move without CREC's seal: the section's words and
hash in the manifest agree with the edited body, so only a rebuild from the
manifest (whose profile record and clause versions are left as issued) disagrees.
"""

from __future__ import annotations

import copy
import io
import re
import zipfile
from collections.abc import Callable
from typing import Any
from xml.sax.saxutils import escape

from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject

from crec_assemble.render.manifest import MANIFEST_NAMESPACE
from crec_assemble.render.manifest.contents import dump_manifest, words_sha256

from .altered import Altered, Target
from .documents import Issued, section_of
from .docx_body import edit_body
from .ooxml import BODY, with_parts

__all__ = ["MANIFEST_EDITS", "attach_manifest", "manifest_edit"]

Edit = Callable[[dict[str, Any], Issued, Target], str]


def _draft(manifest: dict[str, Any], issued: Issued, target: Target) -> str:
    manifest["agreement"]["draft"] = True
    return "draft flag set"


def _build_date(manifest: dict[str, Any], issued: Issued, target: Target) -> str:
    manifest["agreement"]["build_date"] = target.new
    return f"build date → {target.new}"


def _printed(issued: Issued, value: str) -> bool:
    return any(value in section["text"] for section in issued.sections)


def _profile_record(manifest: dict[str, Any], issued: Issued, target: Target) -> str:
    """An address the document prints, changed in the profile record: the contractor's, or
    in a flow-down (which prints its subcontractor's) the subcontractor's."""
    record = manifest["profile"]["record"]
    holders = [record["contractor"], *(record.get("subcontractors") or [])]
    for holder in holders:
        if _printed(issued, holder["address"]):
            old, holder["address"] = holder["address"], target.new
            return f"profile record: address {old!r} → {target.new!r}"
    raise AssertionError(f"{issued.name}: the document prints no address of its profile record")


def _clause_version(manifest: dict[str, Any], issued: Issued, target: Target) -> str:
    (clause,) = [c for c in manifest["clauses"] if c["id"] == target.phrase]
    old, clause["version"] = clause["version"], target.new
    return f"clause {target.phrase} version {old} → {target.new}"


def _section(manifest: dict[str, Any], issued: Issued, target: Target) -> str:
    """The section holding the target phrase: its text edited, its hash recomputed."""
    phrase, clause = target.resolved(issued), section_of(issued, target.resolved(issued))
    (section,) = [s for s in manifest["sections"] if s["clause"] == clause]
    assert phrase in section["text"], "the section's words and the body's differ"
    section["text"] = section["text"].replace(phrase, target.new, 1)
    section["sha256"] = words_sha256(section["text"])
    return f"manifest section {clause}: {phrase!r} → {target.new!r}, sha256 recomputed"


def _template(manifest: dict[str, Any], issued: Issued, target: Target) -> str:
    """The Word template's hash pointed at one nobody has: a forger's way round the rebuild."""
    manifest["template"]["sha256"] = "0" * 64
    return "template hash pointed at a template not at hand"


MANIFEST_EDITS: dict[str, Edit] = {
    "draft": _draft,
    "build-date": _build_date,
    "profile-record": _profile_record,
    "clause-version": _clause_version,
    "section": _section,
    "consistent": _section,  # with the body edited to match (see manifest_edit)
    "template": _template,
}


def _edited(issued: Issued, target: Target, edit: Edit) -> tuple[bytes, str]:
    manifest = copy.deepcopy(issued.manifest)
    label = edit(manifest, issued, target)
    return dump_manifest(manifest), label


def _docx_with_manifest(docx: bytes, manifest_json: bytes) -> bytes:
    """The DOCX with its manifest part's JSON replaced, written as the tool writes it."""
    with zipfile.ZipFile(io.BytesIO(docx)) as archive:
        (part,) = [name for name in archive.namelist()
                   if re.fullmatch(r"customXml/item\d+\.xml", name)
                   and MANIFEST_NAMESPACE.encode() in archive.read(name)]  # fmt: skip
    xml = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<manifest xmlns="{MANIFEST_NAMESPACE}">{escape(manifest_json.decode())}</manifest>'
    )
    return with_parts(docx, {part: xml})


def attach_manifest(pdf: bytes, manifest_json: bytes) -> bytes:
    """The PDF with ``manifest.json`` attached in place of whatever it had attached."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    names = writer._root_object.get("/Names")
    if names is not None:
        names.get_object().pop(NameObject("/EmbeddedFiles"), None)
    writer.add_attachment("manifest.json", manifest_json)
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()


def manifest_edit(name: str, fmt: str) -> Callable[[Issued, Target], Altered]:
    """The generator of manifest edit ``name`` for a document in ``fmt``."""
    edit = MANIFEST_EDITS[name]

    def generate(issued: Issued, target: Target) -> Altered:
        manifest_json, label = _edited(issued, target, edit)
        if name == "consistent":
            body = {BODY: edit_body(issued, target)}
            if fmt == "docx":
                return Altered(with_parts(_docx_with_manifest(issued.docx, manifest_json), body),
                               f"body and {label}")  # fmt: skip
            # The PDF's text comes from the edited DOCX; its manifest is attached afterwards.
            return Altered(
                with_parts(issued.docx, body),
                f"text (LibreOffice) and {label}",
                convert="pdf",
                finish=lambda pdf: attach_manifest(pdf, manifest_json),
            )
        if fmt == "docx":
            return Altered(_docx_with_manifest(issued.docx, manifest_json), label)
        return Altered(attach_manifest(issued.pdf, manifest_json), label)

    generate.__name__ = f"manifest_{name.replace('-', '_')}"
    return generate
