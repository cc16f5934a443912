"""The clause library: snippets, versions kept side by side, and errors that point at lines."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from crec_assemble.errors import InputError
from crec_assemble.library.clauses import ClauseLibrary, load_library, parse_version


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
    for outline in library.outlines.values():
        for clause_id in (*outline.front, *outline.body, *outline.exhibits):
            assert library.get(clause_id).version == "1.0.0"


def it_keeps_every_version_readable_by_id_at_version(library_copy: Path) -> None:
    _add_version(library_copy, "severability", "1.1.0", "Changed words.",
                 effective="2027-01-01", changes="Shorter.")  # fmt: skip
    _add_version(library_copy, "severability", "1.10.0", "Later words.",
                 effective="2027-06-01", changes="Later.")  # fmt: skip
    library = load_library(library_copy)
    assert library.get("severability@1.0.0").body != "Changed words.\n"
    assert library.get("severability@1.1.0").body == "Changed words.\n"
    assert library.get("severability").version == "1.10.0"  # numeric, not text, order
    assert library.get("severability@1.1.0").effective == date(2027, 1, 1)


def it_names_the_versions_a_missing_one_could_have_been(library: ClauseLibrary) -> None:
    with pytest.raises(InputError, match=r"severability: no version 9.9.9 \(has 1.0.0\)"):
        library.get("severability@9.9.9")


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
