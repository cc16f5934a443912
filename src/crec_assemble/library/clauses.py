"""The clause library: versioned Markdown snippets, the outline and the catalogue.

Layout of a library directory (``clauses/`` by default)::

    requirements.yaml         the requirement catalogue (see catalogue.py)
    outline.yaml              which clauses an agreement has, in order
    issuer.yaml               the default issuer
    <clause-id>/<version>.md  one file per version; old versions stay readable
    editions/<name>.yaml      released editions: the version of each clause in force

Every version stays in the tree so that ``id@version`` can always be read
back, and every edition rebuilt, even after counsel releases newer text.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from types import MappingProxyType
from typing import Any, cast, get_args

from ..errors import InputError, quoted
from ..inputs.dates import calendar_date
from ..inputs.validation import DATE, DESCRIPTION, check_schema, closed, string
from ..inputs.yaml_source import (
    Problem,
    YamlDocument,
    YamlSyntaxError,
    parse_yaml,
    raise_problems,
    read_yaml,
)
from ..model import AppliesTo, Clause, Edition, Outline, Requirement, Signatory, Signer
from .catalogue import read_catalogue
from .editions import (
    EDITIONS_FOLDER,
    edition_in_effect,
    edition_named,
    edition_problems,
    load_editions,
)
from .front_matter import split_front_matter
from .notice_periods import NoticePeriods

__all__ = ["ClauseLibrary", "load_library", "parse_version", "scan_library"]

_SEMVER = r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$"
_ID = r"^[a-z0-9]+(-[a-z0-9]+)*$"

_FRONT_MATTER_SCHEMA = closed(
    {
        "id": {"type": "string", "pattern": _ID, "x-expected": "lower-case words joined by -"},
        "version": {"type": "string", "pattern": _SEMVER, "x-expected": "a version like 1.2.0"},
        "effective": DATE,
        "title": string("Section heading."),
        "satisfies": {"type": "array", "items": {"type": "string"}, "uniqueItems": True},
        "applies_to": {
            "enum": list(get_args(AppliesTo)),
            "title": "permitted applies_to value",
        },
        "changes": string(
            "What changed in this version, for counsel and vendors.",
            limit=DESCRIPTION,
            lines=True,
        ),
    },
    ["id", "version", "effective", "title", "satisfies", "applies_to", "changes"],
)

_IDS = {"type": "array", "items": {"type": "string"}, "uniqueItems": True}

_PARTY = {"enum": list(get_args(Signatory)), "title": "signatory"}
# A party, or a party that signs only documents containing a clause: the issuer signs a
# flow-down only when the edition gives it the clause in which the issuer consents.
_SIGNATORY = {
    "if": {"type": "string"},
    "then": _PARTY,
    "else": closed(
        {
            "party": _PARTY,
            "with": {
                "type": "string",
                "pattern": _ID,
                "x-expected": "a clause id",
                "description": "The party signs only documents that contain this clause.",
            },
        },
        ["party", "with"],
    ),
}

_DOCUMENT_SCHEMA = closed(
    {
        "title": string("Title of the document."),
        "front": _IDS,
        "body": _IDS,
        "exhibits": _IDS,
        "signatories": {"type": "array", "items": _SIGNATORY},
        "requirements": {
            "description": "all, or the requirement ids the compliance gate checks",
            "oneOf": [{"const": "all"}, _IDS],
        },
        "numbered": {"type": "boolean"},
        "flowed": _IDS,
        "roles": {"type": "object", "additionalProperties": {"type": "string"}},
    },
    ["title", "body", "signatories", "requirements"],
)

_OUTLINE_SCHEMA = closed(
    {
        "outline": {"const": 1},
        "documents": {
            "type": "object",
            "properties": {"agreement": _DOCUMENT_SCHEMA},
            "additionalProperties": _DOCUMENT_SCHEMA,
            "required": ["agreement"],
        },
    },
    ["outline", "documents"],
)


def parse_version(version: str) -> tuple[int, ...]:
    """``"1.10.0"`` → ``(1, 10, 0)``, so versions sort as numbers, not text."""
    return tuple(int(part) for part in version.split("."))


@dataclass(frozen=True)
class ClauseLibrary:
    """Every clause version, the outline and the catalogue of one library directory."""

    root: Path
    versions: Mapping[str, tuple[Clause, ...]]
    outlines: Mapping[str, Outline]
    requirements: tuple[Requirement, ...]
    notices: NoticePeriods
    editions: tuple[Edition, ...] = ()

    def edition(self, name: str | None, on: date, option: str = "--edition") -> Edition:
        """The edition called ``name``, or without one the edition in effect ``on`` that day.

        Raises:
            InputError: when there is no such edition (``option`` names where the name
                came from), or none in effect yet.
        """
        if name:
            return edition_named(self.editions, name, option)
        return edition_in_effect(self.editions, on)

    def newest(self, on: date | None = None) -> tuple[Clause, ...]:
        """The newest version of every clause (taking effect by ``on``, when given).

        Without a date, what lint checks as the next release; with one, what a
        release effective that day puts in force — a version dated later waits.
        """
        return tuple(
            current[-1]
            for found in self.versions.values()
            if (current := [c for c in found if on is None or c.effective <= on])
        )

    def outline(self, kind: str) -> Outline:
        """The outline of one kind of document (``agreement``, ``addendum``, …).

        Raises:
            InputError: when the library has no such kind.
        """
        try:
            return self.outlines[kind]
        except KeyError:
            known = ", ".join(self.outlines)
            raise InputError(
                f"{self.root}: no {quoted(kind)} document in outline.yaml (has {known})"
            ) from None

    def get(self, ref: str) -> Clause:
        """A clause by ``id`` (newest) or ``id@version`` (exactly that one).

        Raises:
            InputError: when the id or the version does not exist.
        """
        clause_id, _, version = ref.partition("@")
        versions = self._versions_of(clause_id)
        if not version:
            return versions[-1]
        for clause in versions:
            if clause.version == version:
                return clause
        known = ", ".join(clause.version for clause in versions)
        raise InputError(f"{clause_id}: no version {version} (has {known})")

    def _versions_of(self, clause_id: str) -> tuple[Clause, ...]:
        try:
            return self.versions[clause_id]
        except KeyError:
            raise InputError(f"{self.root}: no clause {quoted(clause_id)}") from None


def load_library(root: Path) -> ClauseLibrary:
    """Read and check a whole clause library.

    Raises:
        InputError: listing every malformed snippet, outline, catalogue entry or edition.
    """
    library, problems = scan_library(root)
    raise_problems(problems)
    return library


def scan_library(root: Path) -> tuple[ClauseLibrary, list[Problem]]:
    """Read a clause library, keeping what is well-formed and listing what is not.

    ``clauses lint`` reports every problem at once; ``load_library`` refuses
    to build from a library that has any.

    Raises:
        InputError: when the directory or its catalogue cannot be read at all.
    """
    if not root.is_dir():
        raise InputError(f"{root}: clause library directory not found")
    problems: list[Problem] = []
    found: dict[str, list[Clause]] = {}
    for path in sorted(root.glob("*/*.md")):
        clause = _load_clause(path, problems)
        if clause is not None:
            found.setdefault(clause.id, []).append(clause)
    # A clause whose only file is malformed is reported once, there, not again by the outline.
    present = {path.parent.name for path in root.glob("*/*.md")}
    outlines = _load_outlines(root / "outline.yaml", present, problems)
    catalogue = read_catalogue(root / "requirements.yaml")
    known = {requirement.id for requirement in catalogue.requirements}
    problems.extend(
        Problem(
            f"{root / clause.id / clause.version}.md",
            1,
            "front matter.satisfies",
            f"unknown requirement {quoted(claimed)}",
        )
        for clauses in found.values()
        for clause in clauses
        for claimed in clause.satisfies
        if claimed not in known
    )
    versions = {
        clause_id: tuple(sorted(clauses, key=lambda c: parse_version(c.version)))
        for clause_id, clauses in sorted(found.items())
    }
    folder = root / EDITIONS_FOLDER
    editions = load_editions(folder, problems)
    problems.extend(edition_problems(editions, versions, folder))
    library = ClauseLibrary(
        root=root,
        versions=MappingProxyType(versions),
        outlines=MappingProxyType(outlines),
        requirements=catalogue.requirements,
        notices=catalogue.notices,
        editions=editions,
    )
    return library, problems


def _load_clause(path: Path, problems: list[Problem]) -> Clause | None:
    source = str(path)
    try:
        text = path.read_bytes().decode("utf-8").replace("\r\n", "\n")
    except UnicodeDecodeError as error:
        problems.append(Problem(source, 1, "file", f"not UTF-8 text (byte {error.start})"))
        return None
    parts = split_front_matter(text)
    if parts is None:
        problems.append(Problem(source, 1, "front matter", "must open and close with ---"))
        return None
    try:
        document = parse_yaml(parts.yaml, source, first_line=2)
    except YamlSyntaxError as error:
        problems.append(error.problem)
        return None
    found = check_schema(document, _FRONT_MATTER_SCHEMA, "front matter")
    if found:
        problems.extend(found)
        return None
    meta: dict[str, Any] = document.data
    if meta["id"] != path.parent.name:
        found.append(
            document.problem(
                ["id"], f"must match its directory {quoted(path.parent.name)}", "front matter"
            )
        )
    if meta["version"] != path.stem:
        found.append(
            document.problem(
                ["version"], f"must match its file name {quoted(path.stem)}", "front matter"
            )
        )
    effective = calendar_date(meta["effective"])
    if effective is None:
        found.append(document.problem(["effective"], "is not a calendar date", "front matter"))
    problems.extend(found)
    if found or effective is None:
        return None
    return Clause(
        id=meta["id"],
        version=meta["version"],
        effective=effective,
        title=meta["title"],
        satisfies=tuple(meta["satisfies"]),
        applies_to=meta["applies_to"],
        changes=meta["changes"],
        body=parts.body.strip() + "\n",
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
    )


def _load_outlines(path: Path, present: set[str], problems: list[Problem]) -> dict[str, Outline]:
    try:
        document, _ = read_yaml(path)
    except YamlSyntaxError as error:
        problems.append(error.problem)
        return {}
    found = check_schema(document, _OUTLINE_SCHEMA, "outline")
    if found:
        problems.extend(found)
        return {}
    outlines: dict[str, Outline] = {}
    for kind, spec in document.data["documents"].items():
        for part in ("front", "body", "exhibits", "flowed"):
            for index, clause_id in enumerate(spec.get(part, [])):
                if clause_id not in present:
                    problems.append(document.problem(
                        ["documents", kind, part, index],
                        f"no clause {quoted(clause_id)} in the library", "outline",
                    ))  # fmt: skip
        requirements = spec["requirements"]
        outlines[kind] = Outline(
            kind=kind,
            title=spec["title"],
            front=tuple(spec.get("front", [])),
            body=tuple(spec["body"]),
            exhibits=tuple(spec.get("exhibits", [])),
            signatories=_signers(document, kind, spec, problems),
            requirements=None if requirements == "all" else tuple(requirements),
            numbered=spec.get("numbered", True),
            flowed=tuple(spec.get("flowed", [])),
            roles=MappingProxyType(dict(spec.get("roles", {}))),
        )
    return outlines


def _signers(
    document: YamlDocument, kind: str, spec: dict[str, Any], problems: list[Problem]
) -> tuple[Signer, ...]:
    """Who signs one kind of document, in order.

    A party listed twice is a problem, and so is one tied to a clause this document
    does not list: a misspelt ``with`` would otherwise mean that party never signs.
    """
    signers = tuple(_signer(item) for item in spec["signatories"])
    listed = {*spec.get("front", []), *spec["body"], *spec.get("exhibits", [])}
    for index, signer in enumerate(signers):
        where: list[str | int] = ["documents", kind, "signatories", index]
        if any(earlier.party == signer.party for earlier in signers[:index]):
            problems.append(document.problem(where, f"{signer.party} signs twice", "outline"))
        if signer.only_with and signer.only_with not in listed:
            problems.append(document.problem(
                where, f"{signer.party} signs only with clause {quoted(signer.only_with)}, "
                f"which the {kind} does not list", "outline",
            ))  # fmt: skip
    return signers


def _signer(item: Any) -> Signer:
    """``issuer``, or ``{party: issuer, with: flowdown-consent}``; the schema has checked it."""
    if isinstance(item, dict):
        return Signer(item["party"], item["with"])
    return Signer(cast(Signatory, item))
