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
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, get_args

from ..errors import InputError
from ..inputs.dates import calendar_date
from ..inputs.issuer import issuer_from_record
from ..inputs.profile import profile_from_record
from ..library.clauses import ClauseLibrary, load_library
from ..model import SIGNED_KINDS, Edition, ESign, FileFormat, Issuer, ParentRef, Profile, Seal
from ..pipeline.plan import Loaded, Order, Planned, plan
from ..render.manifest import read_manifest_file
from ..render.untrusted import read_untrusted, time_bound
from ..resources import default_library, default_template, tool_version
from .mismatch import ManifestMismatch, NotRebuildable, check_unsigned

if TYPE_CHECKING:  # producing loads docxtpl and pypdf: only when a file is rebuilt
    from ..pipeline.produce import Produced
    from ..render.docx import Template

__all__ = ["Rebuilt", "reassembled", "rebuild"]


@dataclass(frozen=True)
class Rebuilt:
    """The regenerated file, whether its bytes equal the original's, and any caveat.

    Attributes:
        source: the issued file that was rebuilt.
        path: the rebuilt file.
        identical: whether the rebuilt bytes equal the issued ones.
        notes: caveats, e.g. that another version of crec-assemble issued it.
        document: the rebuilt document as written (its manifest, path and sha256).
    """

    source: Path
    path: Path
    identical: bool
    notes: tuple[str, ...]
    document: Produced

    @property
    def exit_code(self) -> int:
        """1 when the bytes differ: the issued file was changed (signed, say) after issue."""
        return 0 if self.identical else 1

    def as_json(self) -> dict[str, Any]:
        """The same shape as ``build --json``, with the comparison and the caveats."""
        return {
            "source": str(self.source),
            "identical": self.identical,
            "notes": list(self.notes),
            "documents": [self.document.as_json()],
        }


def rebuild(
    path: Path,
    *,
    out: Path,
    force: bool = False,
    library: Path | None = None,
    template: Path | None = None,
    seal: Seal | None = None,
) -> Rebuilt:
    """Regenerate ``path`` (an issued DOCX or PDF) into ``out`` and compare the bytes.

    The rebuilt document must carry the very manifest ``path`` carries (its
    words, clause versions, requirements, ids); only the tool's version may
    differ, and is noted. With ``seal``, the rebuilt file is sealed as ``build --seal``
    seals it.

    Raises:
        InputError: no usable manifest, a kind that cannot be rebuilt, a library,
            catalogue or template that no longer gives the recorded document, an
            output that exists (without ``force``) or that is ``path`` itself.
        ConversionError: LibreOffice failed (for a PDF).
    """
    from ..pipeline.produce import produce

    if path.suffix.lower() not in (".pdf", ".docx"):
        raise InputError(f"{path}: rebuild reads an issued DOCX or PDF")
    fmt: FileFormat = "pdf" if path.suffix.lower() == ".pdf" else "docx"
    with time_bound(path):
        data = read_manifest_file(path).data
    planned, chosen = reassembled(path, fmt, data, library=library, template=template)
    target = out / f"{planned.stem}.{fmt}"
    if target.resolve() == path.resolve() or (target.exists() and target.samefile(path)):
        raise InputError(f"--out: {target} is the file being rebuilt; choose another folder")
    original = _sha256(path)
    (written,) = produce([planned], out=out, force=force, template=chosen, seal=seal)
    notes = []
    if data["tool"]["version"] != tool_version():
        notes.append(f"issued by crec-assemble {data['tool']['version']}; this is {tool_version()}")
    (output,) = written.outputs
    return Rebuilt(path, target, output.sha256 == original, tuple(notes), written)


def reassembled(
    path: Path,
    fmt: FileFormat,
    data: dict[str, Any],
    *,
    library: Path | None = None,
    template: Path | None = None,
) -> tuple[Planned, Template]:
    """The document a manifest records, planned again, and the Word template it was issued
    with: what both ``rebuild`` and ``verify`` regenerate.

    Raises:
        NotRebuildable: a kind that is not rebuilt, a manifest without the profile, or a
            document issued with another Word template than ``template``.
        ManifestMismatch: a damaged manifest, or one that this library does not turn back
            into the sections, clauses and requirements it records.
    """
    from ..render.docx import read_template
    from ..render.manifest import build_manifest

    try:
        data = _rebuildable(path, data)
    except InputError as error:
        raise ManifestMismatch(str(error), _finding(path, error)) from None
    info = data["agreement"]
    clauses = load_library(library or default_library())
    recorded = [data.get(part) for part in ("profile", "issuer")]
    records = all(isinstance(part, dict) and "record" in part for part in recorded)
    if info["kind"] not in SIGNED_KINDS:
        check_unsigned(path, data, clauses, records)
        raise NotRebuildable(
            f"{path}: a {info['kind']} is not rebuilt; run its command again with the "
            "facts its manifest records"
        )
    if not records or "edition" not in info:
        # The format that records the profile also records the edition and e-sign option:
        # a manifest that has them, or says it is of that format, once had its records too.
        if data.get("manifest", 1) >= _RECORDING_FORMAT or {"edition", "esign"} & info.keys():
            why = "it lacks the profile, issuer or edition its format records"
            raise ManifestMismatch(f"{path}: {why}; cannot rebuild", why)
        raise NotRebuildable(
            f"{path}: issued before manifests recorded the profile; cannot rebuild"
        )
    chosen = read_template(template or default_template())
    if chosen.sha256 != data["template"]["sha256"]:
        raise NotRebuildable(
            f"{path}: issued with another Word template (sha256 {data['template']['sha256']}); "
            "pass --template with that one"
        )
    try:
        planned = _reassemble(path, fmt, data, clauses)
    except InputError as error:
        raise ManifestMismatch(str(error), _finding(path, error)) from None
    except (KeyError, TypeError, ValueError, AttributeError) as error:  # a part not checked above
        why = f"its record of the document is damaged ({type(error).__name__}: {error})"
        raise ManifestMismatch(f"{path}: {why}; cannot rebuild", why) from None
    differing = _differences(build_manifest(planned.agreement, chosen.sha256), data)
    if differing:
        parts = ", ".join(differing)
        raise ManifestMismatch(
            f"{path}: this library no longer gives the document as issued "
            f"({parts} differ); rebuild from the repository as it was then",
            f"what it records under {parts} is not what its own profile, issuer, edition and "
            "options give",
        )
    return planned, chosen


def _finding(path: Path, error: InputError) -> str:
    """An error's message without the file's name before it and the advice after it."""
    return str(error).removeprefix(f"{path}: ").removesuffix("; cannot rebuild")


# The manifest format from which every agreement records its profile, issuer and edition.
_RECORDING_FORMAT = 2
_DIGEST = {"type": "string", "pattern": "^[0-9a-f]{64}$"}
_TEXT = {"type": "string"}
# What rebuild reads from a manifest; checked first, so a damaged one is one clear line.
_REBUILDABLE = {
    "$defs": {
        "recorded": {
            "type": "object",
            "required": ["sha256"],
            "properties": {"record": {"type": "object"}, "sha256": _DIGEST},
        }
    },
    "type": "object",
    "required": ["tool", "agreement", "template", "clauses", "sections"],
    "properties": {
        "manifest": {"type": "integer"},
        "tool": {"type": "object", "required": ["version"], "properties": {"version": _TEXT}},
        "agreement": {
            "type": "object",
            "required": ["kind", "build_date", "draft"],
            "properties": {
                "kind": _TEXT,
                "build_date": {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"},
                "draft": {"type": "boolean"},
                "edition": _TEXT,
                "party": _TEXT,
                "esign": {"enum": [None, *get_args(ESign)]},
            },
        },
        "template": {"type": "object", "required": ["sha256"], "properties": {"sha256": _DIGEST}},
        "profile": {"$ref": "#/$defs/recorded"},
        "issuer": {"$ref": "#/$defs/recorded"},
        "clauses": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["id", "version", "sha256"],
                "properties": {"id": _TEXT, "version": _TEXT, "sha256": _DIGEST},
            },
        },
        "sections": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["clause", "part"],
                "properties": {"clause": _TEXT, "part": {"enum": ["front", "body", "exhibit"]}},
            },
        },
    },
}


def _rebuildable(path: Path, data: dict[str, Any]) -> dict[str, Any]:
    """The manifest, once it has every part rebuild reads, each of the right type.

    Raises:
        InputError: naming the first part that is missing or damaged.
    """
    import jsonschema

    error = jsonschema.exceptions.best_match(
        jsonschema.Draft202012Validator(_REBUILDABLE).iter_errors(data)
    )
    if error is not None:
        where = "/".join(str(part) for part in error.absolute_path) or "its top level"
        raise InputError(
            f"{path}: the manifest is damaged at {where}: {error.message}; cannot rebuild"
        )
    if calendar_date(data["agreement"]["build_date"]) is None:
        raise InputError(
            f"{path}: the manifest's build date is not a calendar date; cannot rebuild"
        )
    return data


def _sha256(path: Path) -> str:
    return hashlib.sha256(read_untrusted(path)).hexdigest()


def _differences(rebuilt: dict[str, Any], recorded: dict[str, Any]) -> list[str]:
    """The parts of the manifest the rebuild does not reproduce (the tool's version aside)."""
    keys = sorted((set(rebuilt) | set(recorded)) - {"tool"})
    return [key for key in keys if rebuilt.get(key) != recorded.get(key)]


def _pinned(path: Path, data: dict[str, Any], library: ClauseLibrary) -> Edition:
    """The exact clause versions the document printed, checked against the library's files."""
    versions, hashes = {}, {}
    for entry in data["clauses"]:
        clause = library.get(f"{entry['id']}@{entry['version']}")
        if clause.sha256 != entry["sha256"]:
            raise InputError(
                f"{path}: the manifest records {clause.ref} with the hash of another text; "
                "either it was edited, or the released version was, which must never happen"
            )
        versions[clause.id], hashes[clause.id] = clause.version, clause.sha256
    return Edition(
        name=data["agreement"]["edition"],
        effective=date.fromisoformat(data["agreement"]["build_date"]),
        summary="",
        versions=MappingProxyType(versions),
        hashes=MappingProxyType(hashes),
    )


def _recorded_order(data: dict[str, Any], library: ClauseLibrary) -> ClauseLibrary:
    """The library with this kind's outline in the order the document printed its clauses,
    so a clause counsel later added to, moved in or dropped from the outline changes nothing."""
    kind = data["agreement"]["kind"]
    parts: dict[str, list[str]] = {"front": [], "body": [], "exhibit": []}
    for section in data["sections"]:
        parts[section["part"]].append(section["clause"])
    outline = replace(
        library.outline(kind),
        front=tuple(parts["front"]),
        body=tuple(parts["body"]),
        exhibits=tuple(parts["exhibit"]),
    )
    return replace(library, outlines=MappingProxyType({**library.outlines, kind: outline}))


def _reassemble(
    path: Path, fmt: FileFormat, data: dict[str, Any], library: ClauseLibrary
) -> Planned:
    """The document again, from the profile, issuer, edition and options its manifest records."""
    info = data["agreement"]
    profile: Profile = profile_from_record(
        data["profile"]["record"], data["profile"]["sha256"], f"{path} (recorded profile)"
    )
    issuer: Issuer = issuer_from_record(
        data["issuer"]["record"], data["issuer"]["sha256"], f"{path} (recorded issuer)"
    )
    inputs = Loaded(
        profiles=((path, profile),),
        issuer=issuer,
        library=_recorded_order(data, library),
        build_date=date.fromisoformat(info["build_date"]),
        edition=_pinned(path, data, library),
    )
    order = Order((fmt,), info["kind"])
    if info["kind"] == "flowdown":
        order = replace(order, **_flowdown_parties(path, data, profile))
    (planned,) = plan(
        inputs, [order], draft=bool(info["draft"]), esign=info.get("esign"), gate=False
    )
    return planned


def _flowdown_parties(path: Path, data: dict[str, Any], profile: Profile) -> dict[str, Any]:
    """The subcontractor a flow-down binds and the agreement it cites, as recorded."""
    subcontractor = next(
        (sub for sub in profile.subcontractors if sub.legal_name == data["agreement"]["party"]),
        None,
    )
    cited = data.get("cites")
    if subcontractor is None or cited is None:
        raise InputError(f"{path}: the manifest does not record whom the flow-down binds")
    parent = ParentRef(id=cited["id"], title=cited["title"], numbers=dict(cited["numbers"]))
    return {"parent": parent, "subcontractor": subcontractor}
