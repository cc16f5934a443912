"""Where each version of a clause stands in git: the commit that brought it, and whether the
file on disk is still what was committed.

Editions say which words were released; git says when counsel wrote them and whether the
copy being read has changes nobody committed yet (which ``clauses lint`` would refuse as an
unversioned change). A library outside git has no such record, and the answer says so in one
line rather than showing nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal

from ..errors import InputError
from ..library.clauses import ClauseLibrary
from .git import Commit, revision

__all__ = ["Committed", "GitRecord", "version_commits"]

State = Literal["committed", "changed", "uncommitted"]


@dataclass(frozen=True)
class Committed:
    """One version's file in git.

    Attributes:
        added: the commit that added the file (None: not committed yet).
        state: ``committed`` (the file is as HEAD has it), ``changed`` (edited since the
            last commit) or ``uncommitted`` (HEAD does not have it).
    """

    added: Commit | None
    state: State


@dataclass(frozen=True)
class GitRecord:
    """Each version of one clause in git, by version; or the one line saying why there is no
    record (``note``), with no versions."""

    versions: Mapping[str, Committed]
    note: str | None = None


def version_commits(library: ClauseLibrary, clause_id: str) -> GitRecord:
    """Every version of ``clause_id`` as the git repository holding the library records it.

    Raises:
        InputError: when the library has no such clause.
    """
    library.get(clause_id)  # the error for an unknown id
    try:
        head = revision(library.root, "HEAD")
    except InputError:
        return GitRecord(MappingProxyType({}), "The library's git repository has no commit yet.")
    if head is None:
        return GitRecord(
            MappingProxyType({}),
            "The clause library is not in a git checkout (or git is not installed): "
            "no commit history to show.",
        )
    found: dict[str, Committed] = {}
    for clause in library.versions[clause_id]:
        path = library.root / clause.id / f"{clause.version}.md"
        then = head.read(path)
        state: State = (
            "uncommitted" if then is None
            else "committed" if then == path.read_bytes()
            else "changed"
        )  # fmt: skip
        found[clause.version] = Committed(head.added(path) if then is not None else None, state)
    return GitRecord(MappingProxyType(found))
