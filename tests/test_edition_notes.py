"""Every edition after the first comes with counsel's notes: docs/editions/<name>.md explains
each clause version it releases, and docs/editions/<name>/ holds a redline of each kind of
document from the edition before it (written by tools/make_edition_redlines.py)."""

from __future__ import annotations

import zipfile
from itertools import pairwise
from pathlib import Path

import pytest

from crec_assemble.library.clauses import load_library
from crec_assemble.model import Edition
from crec_assemble.resources import default_library

DOCS = Path(__file__).resolve().parent.parent / "docs" / "editions"
KINDS = (
    "agreement-operator", "agreement-consultant", "addendum", "flowdown-operator",
    "flowdown-consultant", "parent-notice", "breach-letter", "breach-posting",
    "deletion-request", "deletion-certificate",
)  # fmt: skip


EDITIONS = load_library(default_library()).editions
PAIRS = list(pairwise(EDITIONS))


def it_has_an_edition_after_the_first() -> None:
    assert PAIRS, "the notes below would check nothing"


@pytest.mark.parametrize(("old", "new"), PAIRS, ids=lambda edition: edition.name)
def it_explains_every_clause_version_an_edition_releases(old: Edition, new: Edition) -> None:
    notes = (DOCS / f"{new.name}.md").read_text(encoding="utf-8")
    released = [
        f"{clause_id}@{version}"
        for clause_id, version in new.versions.items()
        if old.versions.get(clause_id) != version
    ]
    assert released
    missing = [ref for ref in released if f"`{ref}`" not in notes]
    assert not missing, f"docs/editions/{new.name}.md does not explain {missing}"


@pytest.mark.parametrize(("old", "new"), PAIRS, ids=lambda edition: edition.name)
def it_keeps_a_redline_of_each_kind_of_document(old: Edition, new: Edition) -> None:
    folder = DOCS / new.name
    assert sorted(p.stem for p in folder.glob("*.docx")) == sorted(KINDS)
    for kind in KINDS:
        with zipfile.ZipFile(folder / f"{kind}.docx") as docx:
            body = docx.read("word/document.xml").decode("utf-8")
        assert "<w:ins " in body and "<w:del " in body, kind
