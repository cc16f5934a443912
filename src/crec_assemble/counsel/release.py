"""``clauses release``: cut a new edition from the newest version of every clause.

A version dated after the edition's effective date waits for a later edition,
so a draft for next year never holds up this month's correction.

Releasing is the moment new words start reaching agreements, so it refuses
unless the library lints clean: no requirement left unmet, no released text
edited in place, every new version with its note. An edition is written once
and never rewritten; a correction is a new edition.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import CheckFailed, InputError, quoted
from ..library.clauses import load_library
from ..library.editions import EDITION_NAME, EDITIONS_FOLDER, compose_edition, dump_edition
from ..model import Clause, Edition
from ..pipeline.files import check_targets, write_all
from .lint import compliance_problems, lint_library

__all__ = ["Released", "release_edition"]


@dataclass(frozen=True)
class Released:
    """An edition just written, and the clause versions dated later that wait for the next."""

    path: Path
    edition: Edition
    waiting: tuple[Clause, ...]
    sha256: str

    def lines(self) -> list[str]:
        """What ``clauses release`` prints: the file, the summary, what waits."""
        effective = self.edition.effective.isoformat()
        return [
            f"wrote {self.path}: edition {self.edition.name}, effective {effective}",
            self.edition.summary,
            *(
                f"not in this edition: {clause.ref} takes effect {clause.effective.isoformat()}"
                for clause in self.waiting
            ),
        ]

    def as_json(self) -> dict[str, Any]:
        """What ``clauses release --json`` prints."""
        return {
            "edition": self.edition.name,
            "effective": self.edition.effective.isoformat(),
            "summary": self.edition.summary,
            "versions": dict(self.edition.versions),
            "waiting": [clause.ref for clause in self.waiting],
            "outputs": [{"format": "yaml", "path": str(self.path), "sha256": self.sha256}],
        }


def release_edition(
    root: Path,
    name: str,
    *,
    effective: date,
    summary: str | None = None,
    base: str | None = None,
) -> Released:
    """Write ``editions/<name>.yaml`` releasing the newest version of every clause
    in effect by ``effective``; return it with the later versions that wait.

    Without a ``summary``, the change notes of the versions it releases make one.

    Raises:
        CheckFailed: when ``clauses lint`` finds problems (each is listed).
        InputError: a bad or taken name, an effective date not after the last
            edition's, or nothing new to release.
    """
    if not re.fullmatch(EDITION_NAME, name):
        raise InputError(f"{quoted(name)}: an edition name is letters, digits, '.', '_' and '-'")
    report = lint_library(root, base)
    if report.problems:
        lines = [str(problem) for problem in report.problems]
        raise CheckFailed("\n".join([*lines, f"edition {name} not released: fix the above first"]))
    library = load_library(root)
    target = root / EDITIONS_FOLDER / f"{name}.yaml"
    if target.exists():
        raise InputError(f"{target}: edition {name} exists; editions are never rewritten")
    previous = library.editions[-1] if library.editions else None
    if previous is not None and effective <= previous.effective:
        raise InputError(
            f"--effective {effective.isoformat()}: must be after edition {previous.name} "
            f"({previous.effective.isoformat()})"
        )
    released = library.newest(effective)
    waiting = tuple(c for c in library.newest() if c not in released)
    edition = compose_edition(name, effective, released, previous, summary)
    # Lint checked the newest versions; a draft dated later may be what satisfies a
    # requirement, so the edition actually being released is checked too.
    gaps = compliance_problems(library, root, [(edition, f"edition {name}")])
    if gaps:
        lines = [str(problem) for problem in gaps]
        raise CheckFailed("\n".join([*lines, f"edition {name} not released: fix the above first"]))
    if previous is not None and dict(edition.versions) == dict(previous.versions):
        raise InputError(f"nothing to release: edition {previous.name} has these same versions")
    if not edition.summary:
        raise InputError("--summary: say what this edition changes")
    data = dump_edition(edition)
    check_targets([target], force=False)
    write_all({target: data})
    return Released(target, edition, waiting, hashlib.sha256(data).hexdigest())
