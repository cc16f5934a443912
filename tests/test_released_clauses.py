"""A released clause version is never edited in place.

``tests/golden/released-clauses.json`` records the SHA-256 of every clause
version that has been released. Changing the words of a recorded version fails
here: add a new version instead. A new version fails until it is recorded with
``pytest --lock-clauses`` (which only adds entries), so each release shows up
in review as one new line.
"""

from __future__ import annotations

import json

import pytest

from crec_assemble.library import ClauseLibrary

from conftest import ROOT

LOCK = ROOT / "tests" / "golden" / "released-clauses.json"


def _current(library: ClauseLibrary) -> dict[str, str]:
    return {c.ref: c.sha256 for versions in library.versions.values() for c in versions}


def it_never_changes_a_released_clause_version(
    library: ClauseLibrary, request: pytest.FixtureRequest
) -> None:
    current = _current(library)
    locked: dict[str, str] = json.loads(LOCK.read_text()) if LOCK.exists() else {}
    if request.config.getoption("--lock-clauses"):
        locked = {**current, **locked}  # add new versions; never rewrite a recorded one
        LOCK.write_text(json.dumps(dict(sorted(locked.items())), indent=2) + "\n")
    for ref, digest in locked.items():
        assert ref in current, f"{ref} was released and must stay in clauses/"
        assert current[ref] == digest, (
            f"{ref} was released; add a new version instead of editing it"
        )
    unrecorded = sorted(set(current) - set(locked))
    assert not unrecorded, f"record new versions with pytest --lock-clauses: {unrecorded}"
