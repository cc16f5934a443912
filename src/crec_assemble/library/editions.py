"""Editions: named, dated releases of the clause library.

Counsel adds clause versions freely; none of them reaches an agreement until
an edition names it. An edition (``clauses/editions/<name>.yaml``) pins one
version of each clause, with the SHA-256 of that version's file, an effective
date and a summary of what changed. ``build`` uses the newest edition in
effect on the build date, so an agreement built on a given day always carries
the words counsel released for that day, and the manifest records which.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from pathlib import Path
from types import MappingProxyType
from typing import Any

from ..errors import InputError, quoted
from ..inputs.dates import calendar_date
from ..inputs.validation import DATE, DESCRIPTION, check_schema, closed, string
from ..inputs.yaml_source import Problem, YamlSyntaxError, read_yaml
from ..model import Clause, Edition

__all__ = [
    "EDITIONS_FOLDER",
    "EDITION_NAME",
    "RELEASED_EDITED",
    "compose_edition",
    "dump_edition",
    "edition_in_effect",
    "edition_named",
    "edition_problems",
    "load_editions",
]

EDITIONS_FOLDER = "editions"
# The field a released-and-since-edited clause file is reported under; lint names the rule by it.
RELEASED_EDITED = "released version"
EDITION_NAME = r"^[0-9A-Za-z][0-9A-Za-z._-]*$"
_SHA256 = {"type": "string", "pattern": "^[0-9a-f]{64}$", "x-expected": "a SHA-256 in hex"}

_EDITION_SCHEMA = closed(
    {
        "edition": {"const": 1},
        "name": {"type": "string", "pattern": EDITION_NAME, "x-expected": "a name like 2027-01"},
        "effective": DATE,
        "summary": string(
            "What changed since the previous edition.", limit=DESCRIPTION, lines=True
        ),
        "clauses": {
            "type": "object",
            "minProperties": 1,
            "additionalProperties": closed(
                {"version": {"type": "string"}, "sha256": _SHA256}, ["version", "sha256"]
            ),
        },
    },
    ["edition", "name", "effective", "summary", "clauses"],
)


def load_editions(folder: Path, problems: list[Problem]) -> tuple[Edition, ...]:
    """Every well-formed edition in ``folder``, oldest first; problems go to ``problems``."""
    editions: list[Edition] = []
    for path in sorted(folder.glob("*")):
        if path.name.startswith("."):  # .gitkeep, .DS_Store: not ours to judge
            continue
        if path.suffix != ".yaml":
            problems.append(Problem(str(path), 1, "file", "not read: an edition is NAME.yaml"))
            continue
        try:
            document, _ = read_yaml(path)
        except YamlSyntaxError as error:
            problems.append(error.problem)
            continue
        found = check_schema(document, _EDITION_SCHEMA, "edition")
        data: dict[str, Any] = document.data if not found else {}
        effective = calendar_date(data["effective"]) if data else None
        if data and data["name"] != path.stem:
            found.append(
                document.problem(
                    ["name"], f"must match its file name {quoted(path.stem)}", "edition"
                )
            )
        if data and effective is None:
            found.append(document.problem(["effective"], "is not a calendar date", "edition"))
        problems.extend(found)
        if found or effective is None:
            continue
        pins = data["clauses"]
        editions.append(
            Edition(
                name=data["name"],
                effective=effective,
                summary=data["summary"].strip(),
                versions=MappingProxyType({key: pin["version"] for key, pin in pins.items()}),
                hashes=MappingProxyType({key: pin["sha256"] for key, pin in pins.items()}),
            )
        )
    editions.sort(key=lambda edition: (edition.effective, edition.name))
    for earlier, later in itertools.pairwise(editions):
        if earlier.effective == later.effective:
            problems.append(
                Problem(
                    str(folder / f"{later.name}.yaml"),
                    1,
                    "edition.effective",
                    f"same date as edition {earlier.name}; "
                    "which one is in effect would be ambiguous",
                )
            )
    return tuple(editions)


def edition_problems(
    editions: Iterable[Edition], versions: Mapping[str, Sequence[Clause]], folder: Path
) -> list[Problem]:
    """What ties an edition to the clause files: each pinned version exists, unchanged."""
    problems: list[Problem] = []
    for edition in editions:
        source = str(folder / f"{edition.name}.yaml")
        for clause_id, version in edition.versions.items():
            found = {clause.version: clause for clause in versions.get(clause_id, ())}
            clause = found.get(version)
            where = f"clauses.{clause_id}"
            if not found:
                problems.append(
                    Problem(source, 1, where, f"no clause {quoted(clause_id)} in the library")
                )
            elif clause is None:
                known = ", ".join(found)
                problems.append(
                    Problem(
                        source,
                        1,
                        where,
                        f"names version {version}, which does not exist (has {known})",
                    )
                )
            elif clause.effective > edition.effective:
                problems.append(
                    Problem(
                        source,
                        1,
                        where,
                        f"{clause.ref} takes effect {clause.effective.isoformat()}, "
                        f"after the edition ({edition.effective.isoformat()})",
                    )
                )
            elif clause.sha256 != edition.hashes[clause_id]:
                problems.append(
                    Problem(
                        f"{folder.parent / clause_id / version}.md",
                        1,
                        RELEASED_EDITED,
                        f"{clause.ref} was released in edition {edition.name} and has been edited "
                        "since; restore it and put the new words in a new version",
                    )
                )
    return problems


def edition_named(editions: Sequence[Edition], name: str, option: str = "--edition") -> Edition:
    """The edition called ``name``.

    Raises:
        InputError: when there is none, listing the editions there are.
    """
    for edition in editions:
        if edition.name == name:
            return edition
    known = ", ".join(edition.name for edition in editions) or "none"
    raise InputError(f"{option}: no edition {quoted(name)} (released: {known})")


def edition_in_effect(editions: Sequence[Edition], on: date) -> Edition:
    """The newest edition whose effective date is on or before ``on``.

    Raises:
        InputError: when no edition is in effect yet on that date.
    """
    current = [edition for edition in editions if edition.effective <= on]
    if current:
        return current[-1]
    if not editions:
        raise InputError(
            "the clause library has no edition yet: release one with "
            "crec-assemble clauses release NAME"
        )
    first = editions[0]
    raise InputError(
        f"no edition of the clause library is in effect on {on.isoformat()} (the first, "
        f"{first.name}, takes effect {first.effective.isoformat()})"
    )


def compose_edition(
    name: str,
    effective: date,
    newest: Iterable[Clause],
    previous: Edition | None,
    summary: str | None = None,
) -> Edition:
    """The edition that releases the newest version of every clause.

    Without a ``summary``, one is written from the change notes of every
    version that differs from the ``previous`` edition's.
    """
    clauses = sorted(newest, key=lambda clause: clause.id)
    if summary is None:
        lines = []
        for clause in clauses:
            before = previous.versions.get(clause.id) if previous else None
            if before == clause.version:
                continue
            step = f"{before} → {clause.version}" if before else f"new at {clause.version}"
            lines.append(f"{clause.id} {step}: {' '.join(clause.changes.split())}")
        summary = "\n".join(lines)
    return Edition(
        name=name,
        effective=effective,
        summary=summary.strip(),
        versions=MappingProxyType({clause.id: clause.version for clause in clauses}),
        hashes=MappingProxyType({clause.id: clause.sha256 for clause in clauses}),
    )


def dump_edition(edition: Edition) -> bytes:
    """The edition file's text: stable, readable, one clause a line."""
    summary = "".join(
        f"  {line}\n" if line.strip() else "\n" for line in edition.summary.splitlines()
    )
    text = (
        "# A released edition of the clause library, written by `crec-assemble clauses release`.\n"
        "# Do not edit: the versions and hashes below are what agreements built from it print.\n"
        "edition: 1\n"
        f"name: {json.dumps(edition.name)}\n"
        f"effective: {edition.effective.isoformat()}\n"
        f"summary: |-\n{summary}"
        "clauses:\n"
        + "".join(
            f"  {json.dumps(key)}: {{version: {version}, sha256: {edition.hashes[key]}}}\n"
            for key, version in edition.versions.items()
        )
    )
    return text.encode("utf-8")
