"""Where each version of a clause stands in git, and the working copy read as an edition: what
counsel's pages in the web app show beside ``clauses list`` and ``clauses history``."""

from __future__ import annotations

import re
import shutil
from datetime import date
from pathlib import Path

import pytest

from crec_assemble.counsel.commits import version_commits
from crec_assemble.counsel.queries import WORKING, edition_or_working, working_edition
from crec_assemble.errors import InputError
from crec_assemble.library.clauses import load_library
from crec_assemble.library.editions import EDITION_NAME
from crec_assemble.resources import default_library

from conftest import counsel_git, next_version, revise_clause

SHIPPED = load_library(default_library())
CLAUSE = "severability"


def _draft(library: Path, words: str = "Each provision stands alone.") -> str:
    """A new, unreleased version of CLAUSE, one sentence longer; its version."""
    newest = SHIPPED.get(CLAUSE)
    version = next_version(SHIPPED, CLAUSE)
    text = (library / CLAUSE / f"{newest.version}.md").read_text(encoding="utf-8")
    text = text.replace(f"version: {newest.version}", f"version: {version}", 1)
    (library / CLAUSE / f"{version}.md").write_text(f"{text.rstrip()}\n\n{words}\n")
    return version


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """Counsel's repository: the shipped library, committed; returns the library."""
    library = tmp_path / "counsel" / "clauses"
    shutil.copytree(default_library(), library)
    counsel_git(library.parent, "init", "-q", "-b", "main")
    counsel_git(library.parent, "add", "-A")
    counsel_git(library.parent, "commit", "-q", "-m", "Clause library as shipped")
    return library


def test_each_committed_version_names_the_commit_that_added_it(repo: Path) -> None:
    found = version_commits(load_library(repo), CLAUSE)
    head = counsel_git(repo, "rev-parse", "--short", "HEAD").strip()
    assert found.note is None
    assert {v.version for v in SHIPPED.versions[CLAUSE]} == set(found.versions)
    for committed in found.versions.values():
        assert committed.state == "committed"
        assert committed.added is not None
        assert (committed.added.id, committed.added.subject) == (head, "Clause library as shipped")


def test_a_version_committed_later_names_its_own_commit(repo: Path) -> None:
    version = _draft(repo)
    counsel_git(repo, "add", "-A")
    counsel_git(repo, "commit", "-q", "-m", "Severability: each provision stands alone")
    found = version_commits(load_library(repo), CLAUSE).versions
    added, first = found[version].added, found[SHIPPED.versions[CLAUSE][0].version].added
    assert added is not None and first is not None
    assert added.subject == "Severability: each provision stands alone"
    assert added.day == date.fromisoformat(counsel_git(repo, "log", "-1", "--format=%as").strip())
    assert first.subject == "Clause library as shipped"


def test_a_new_file_is_uncommitted_and_an_edited_one_changed(repo: Path) -> None:
    version = _draft(repo)
    counsel_git(repo, "add", "-A")
    counsel_git(repo, "commit", "-q", "-m", "Severability draft")
    path = repo / CLAUSE / f"{version}.md"
    path.write_text(path.read_text() + "\nAnd one more sentence.\n")
    other = next_version(SHIPPED, "ferpa")
    revise_clause(repo, "ferpa", lambda body: body + "\nMore.\n", version=other)
    library = load_library(repo)
    assert version_commits(library, CLAUSE).versions[version].state == "changed"
    fresh = version_commits(library, "ferpa").versions[other]
    assert (fresh.state, fresh.added) == ("uncommitted", None)


def test_a_library_outside_git_says_so_in_one_line(tmp_path: Path) -> None:
    library = tmp_path / "clauses"
    shutil.copytree(default_library(), library)
    found = version_commits(load_library(library), CLAUSE)
    assert found.versions == {}
    assert found.note is not None and "not in a git checkout" in found.note
    assert "\n" not in found.note


def test_a_repository_without_a_commit_says_so(tmp_path: Path) -> None:
    library = tmp_path / "clauses"
    shutil.copytree(default_library(), library)
    counsel_git(tmp_path, "init", "-q")
    found = version_commits(load_library(library), CLAUSE)
    assert found.note == "The library's git repository has no commit yet."


def test_an_unknown_clause_is_an_input_error(repo: Path) -> None:
    with pytest.raises(InputError, match="no clause 'no-such-clause'"):
        version_commits(load_library(repo), "no-such-clause")


def test_the_working_copy_is_the_newest_version_of_every_clause(repo: Path) -> None:
    version = _draft(repo)
    library = load_library(repo)
    working = working_edition(library)
    assert working.versions[CLAUSE] == version
    assert dict(working.versions) == {c.id: c.version for c in library.newest()}
    assert f"{CLAUSE} {SHIPPED.editions[-1].versions[CLAUSE]} → {version}" in working.summary


def test_no_released_edition_can_take_the_working_copys_name() -> None:
    assert not re.match(EDITION_NAME, WORKING)


def test_the_edition_asked_for_by_name_today_or_the_working_copy() -> None:
    first, last = SHIPPED.editions[0], SHIPPED.editions[-1]
    assert edition_or_working(SHIPPED, first.name, last.effective) == first
    assert edition_or_working(SHIPPED, None, last.effective) == last
    assert edition_or_working(SHIPPED, WORKING, last.effective).name == WORKING
    before_any = date(first.effective.year - 1, 1, 1)
    assert edition_or_working(SHIPPED, None, before_any).name == WORKING
    with pytest.raises(InputError, match="edition: no edition '1999-01'"):
        edition_or_working(SHIPPED, "1999-01", last.effective)
