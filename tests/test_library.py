"""The clause library: snippets, versions kept side by side, and errors that point at lines."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from crec_assemble.assembly.assemble import assemble
from crec_assemble.errors import InputError
from crec_assemble.inputs.profile import load_profile
from crec_assemble.library.clauses import ClauseLibrary, load_library, parse_version
from crec_assemble.model import Agreement, Issuer, Profile

from conftest import BUILD_DATE, WriteProfile, next_edition, next_version, operator_profile


def _add_version(library: Path, clause_id: str, version: str, body: str, **meta: str) -> Path:
    source = (library / clause_id / "1.0.0.md").read_text()
    head, _, _ = source.partition("\n---\n")
    head = head.replace("version: 1.0.0", f"version: {version}")
    for key, value in meta.items():
        head = "\n".join(
            f"{key}: {value}" if line.startswith(f"{key}:") else line for line in head.splitlines()
        )
    path = library / clause_id / f"{version}.md"
    path.write_text(f"{head}\n---\n{body}\n")
    return path


def it_has_one_snippet_per_outline_entry(library: ClauseLibrary) -> None:
    """Every clause an outline names has its files, numbered from 1.0.0."""
    for outline in library.outlines.values():
        for clause_id in (*outline.front, *outline.body, *outline.exhibits):
            versions = library.versions[clause_id]
            assert versions[0].version == "1.0.0" and versions[-1] == library.get(clause_id)


def _documents(profile: Profile, issuer: Issuer, library: ClauseLibrary) -> list[Agreement]:
    """An agreement, an addendum and a flow-down, built on the tests' date."""
    agreement, addendum = (assemble(profile, issuer, library, build_date=BUILD_DATE, kind=kind)
                           for kind in ("agreement", "addendum"))  # fmt: skip
    flowdown = assemble(profile, issuer, library, build_date=BUILD_DATE, kind="flowdown",
                        parent=agreement.as_parent(),
                        subcontractor=profile.subcontractors[0])  # fmt: skip
    return [agreement, addendum, flowdown]


def it_cuts_a_copy_back_to_the_first_edition_that_builds_its_documents_alike(
    first_edition_library: Path, library: ClauseLibrary, issuer: Issuer, write_profile: WriteProfile
) -> None:
    """The ``first_edition_library`` fixture other tests build on: one edition, no clause
    or version that only later editions have, and the same documents of that edition."""
    cut = load_library(first_edition_library)
    (first,) = cut.editions
    assert first == library.editions[0]
    assert {c.ref for found in cut.versions.values() for c in found} == {
        f"{clause_id}@{version}" for clause_id, version in first.versions.items()
    }
    profile = load_profile(write_profile(operator_profile()))
    pairs = zip(_documents(profile, issuer, library), _documents(profile, issuer, cut), strict=True)
    for shipped, alone in pairs:
        assert alone.edition == shipped.edition == first.name
        assert [s.blocks for s in alone.sections] == [s.blocks for s in shipped.sections]
        assert (alone.id, alone.parties) == (shipped.id, shipped.parties)


def it_keeps_every_version_readable_by_id_at_version(library_copy: Path) -> None:
    shipped = load_library(library_copy)
    _, day = next_edition(shipped)
    newer = next_version(shipped, "severability")  # 1.2.0 while 1.1.0 is the newest
    major, minor, _ = parse_version(newer)
    later = f"{major}.{minor + 8}.0"  # 1.10.0: after 1.2.0 in number, before it as text
    _add_version(library_copy, "severability", newer, "Changed words.",
                 effective=day.isoformat(), changes="Shorter.")  # fmt: skip
    _add_version(library_copy, "severability", later, "Later words.",
                 effective=(day + timedelta(days=150)).isoformat(), changes="Later.")  # fmt: skip
    library = load_library(library_copy)
    assert library.get("severability@1.0.0").body != "Changed words.\n"
    assert library.get(f"severability@{newer}").body == "Changed words.\n"
    assert library.get("severability").version == later  # numeric, not text, order
    assert library.get(f"severability@{newer}").effective == day
    assert [c.version for c in library.versions["severability"]] == [
        *(c.version for c in shipped.versions["severability"]),
        newer,
        later,
    ]


def it_names_the_versions_a_missing_one_could_have_been(library: ClauseLibrary) -> None:
    known = ", ".join(clause.version for clause in library.versions["severability"])
    assert known.startswith("1.0.0")
    with pytest.raises(InputError) as caught:
        library.get("severability@9.9.9")
    assert str(caught.value) == f"severability: no version 9.9.9 (has {known})"


def it_orders_versions_as_numbers() -> None:
    assert parse_version("1.10.0") > parse_version("1.9.3")


@pytest.mark.parametrize(
    ("front_matter", "message"),
    [
        ("id: severability\nversion: 1.0.0\n", ":2: effective: required field"),
        ("id: severability\nversion: one\neffective: 2026-07-01\ntitle: T\nsatisfies: []\n"
         "applies_to: all\nchanges: x\n",
         ":3: version: must be a version like 1.2.0, not 'one'"),
        ("id: other\nversion: 1.0.0\neffective: 2026-07-01\ntitle: T\nsatisfies: []\n"
         "applies_to: all\nchanges: x\n",
         ":2: id: must match its directory 'severability'"),
        ("id: severability\nversion: 1.0.0\neffective: 2026-07-01\ntitle: T\nsatisfies: [R99]\n"
         "applies_to: all\nchanges: x\n",
         "front matter.satisfies: unknown requirement 'R99'"),
        ("id: severability\nversion: 1.0.0\neffective: 2026-07-01\ntitle: T\nsatisfies: []\n"
         "applies_to: everyone\nchanges: x\n",
         ":7: applies_to: 'everyone' is not a permitted applies_to value"),
    ],
    ids=["missing-fields", "bad-version", "id-mismatch", "unknown-requirement", "bad-applies-to"],
)  # fmt: skip
def it_rejects_malformed_front_matter_with_its_line(
    library_copy: Path, front_matter: str, message: str
) -> None:
    (library_copy / "severability" / "1.0.0.md").write_text(f"---\n{front_matter}---\nBody.\n")
    with pytest.raises(InputError, match=message.replace("(", r"\(").replace(")", r"\)")):
        load_library(library_copy)


def it_rejects_a_snippet_without_front_matter(library_copy: Path) -> None:
    (library_copy / "severability" / "1.0.0.md").write_text("Just text.\n")
    with pytest.raises(
        InputError, match=r"1\.0\.0\.md:1: front matter: must open and close with ---"
    ):
        load_library(library_copy)


def it_rejects_an_outline_naming_a_missing_clause(library_copy: Path) -> None:
    outline = library_copy / "outline.yaml"
    outline.write_text(outline.read_text().replace("severability", "severabilty"))
    with pytest.raises(InputError, match=r"outline\.yaml:.*no clause 'severabilty' in the library"):
        load_library(library_copy)


def it_rejects_an_incomplete_catalogue(library_copy: Path) -> None:
    catalogue = library_copy / "requirements.yaml"
    catalogue.write_text(catalogue.read_text().replace("id: R13\n", "id: R12\n"))
    with pytest.raises(InputError) as caught:
        load_library(library_copy)
    assert "R13 is missing" in str(caught.value)
    assert "listed twice" in str(caught.value)


def it_reports_a_missing_library_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="clause library directory not found"):
        load_library(tmp_path / "nowhere")
