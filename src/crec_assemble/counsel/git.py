"""The one place crec-assemble runs git: reading clause files as a revision had them.

``clauses lint --base REF`` compares counsel's working copy with a revision
(``HEAD`` by default, ``origin/main`` in CI), and the web app's counsel pages show which
commit brought each version of a clause. Only read-only commands are used, with a fixed
locale, so the output is the same on every machine and nothing in the repository is ever
changed. The folder alone decides the repository (``git -C``), never the process's working
directory, so a server started anywhere reads the library's own history.
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..errors import InputError, quoted

__all__ = ["Commit", "Revision", "revision"]


def _git(folder: Path, *args: str) -> subprocess.CompletedProcess[bytes] | None:
    """Run git in ``folder``; None when git itself is not installed."""
    # A git hook runs with GIT_DIR and friends set for the repository it serves; left in
    # place they would make ``-C folder`` point elsewhere, so the folder alone decides.
    inherited = {
        k: v
        for k, v in os.environ.items()
        if k not in ("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_PREFIX")
    }
    env = {**inherited, "LC_ALL": "C", "GIT_TERMINAL_PROMPT": "0"}
    try:
        return subprocess.run(
            ["git", "-C", str(folder), *args], capture_output=True, env=env, check=False
        )
    except FileNotFoundError:
        return None


@dataclass(frozen=True)
class Commit:
    """A commit as counsel is shown it: its abbreviated id, the day it was made, its subject."""

    id: str
    day: date
    subject: str


class Revision:
    """One revision of the repository that holds a folder, read without checking it out."""

    def __init__(self, folder: Path, top: Path, commit: str) -> None:
        self.folder, self.top, self.commit = folder.resolve(), top, commit

    def read(self, path: Path) -> bytes | None:
        """The bytes ``path`` had in this revision; None when it did not exist then."""
        relative = path.resolve().relative_to(self.top).as_posix()
        done = _git(self.top, "cat-file", "blob", f"{self.commit}:{relative}")
        return done.stdout if done is not None and done.returncode == 0 else None

    def added(self, path: Path) -> Commit | None:
        """The commit, at or before this revision, that added ``path`` (the latest, should it
        have been deleted and added again); None when none did."""
        relative = path.resolve().relative_to(self.top).as_posix()
        done = _git(self.top, "log", "-1", "--no-renames", "--diff-filter=A",
                    "--format=%h%x1f%as%x1f%s", self.commit, "--", relative)  # fmt: skip
        if done is None or done.returncode != 0 or not done.stdout.strip():
            return None
        short, day, subject = done.stdout.decode("utf-8", "replace").strip().split("\x1f", 2)
        return Commit(short, date.fromisoformat(day), subject)

    def files(self) -> list[Path]:
        """Every file under the folder in this revision."""
        done = _git(
            self.top,
            "ls-tree",
            "-r",
            "-z",
            "--name-only",
            self.commit,
            "--",
            self.folder.relative_to(self.top).as_posix(),
        )
        if done is None or done.returncode != 0:
            return []
        return [self.top / name for name in done.stdout.decode("utf-8").split("\0") if name]


def revision(folder: Path, ref: str) -> Revision | None:
    """``ref`` of the git repository holding ``folder``.

    Returns None when the folder is not in a git working tree (or git is not
    installed), so a library kept outside git can still be linted.

    Raises:
        InputError: when the folder is in a repository but ``ref`` names no commit.
    """
    top = _git(folder, "rev-parse", "--show-toplevel")
    if top is None or top.returncode != 0:
        return None
    found = _git(folder, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")
    if found is None or found.returncode != 0:
        raise InputError(
            f"--base: {quoted(ref)} is not a commit of the repository holding {folder}"
        )
    root = Path(top.stdout.decode("utf-8").strip()).resolve()
    return Revision(folder, root, found.stdout.decode("ascii").strip())
