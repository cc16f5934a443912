"""``clauses lint``: the checks counsel's change must pass before it is committed.

Each problem is one ``FILE:LINE: rule: message`` line (a :class:`Problem` whose
path is the rule). The rules:

``front-matter``      a clause file's front matter is missing, malformed or inconsistent
``outline``/``catalogue``  outline.yaml or requirements.yaml is malformed
``edition``           an edition is malformed, names a clause or version that does not
                      exist, or a version that takes effect after the edition does; or a
                      released edition was rewritten or deleted since ``--base``
``released-edited``   a version an edition released was edited in place
``unversioned-change``  a clause's words or title changed since ``--base`` in the same version
``removed-version``   a version that ``--base`` had is gone (versions are never deleted)
``change-note``       a new version whose change note is empty or copied from the last one
``version-order``     a higher version with an earlier effective date
``placeholder``       a placeholder that names no profile or issuer field
``unmet-requirement`` the newest edition, or the newest versions (what the next
                      release would put in force), leaves a requirement of the
                      regulation unmet for operators or consultants
``assembly``          a sample agreement cannot be put together at all (the cause is
                      listed too: a placeholder, a missing clause or version)

The requirement check assembles real agreements, addenda and flow-downs from a
sample profile of each role and puts them through the same compliance gate as
``build``, so a clause that still claims "R6a" but no longer says "five (5)
calendar days" fails here, before it is committed.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..assembly.assemble import assemble
from ..errors import InputError, quoted
from ..inputs.issuer import load_issuer
from ..inputs.profile import profile_from_record
from ..inputs.starter import starter_profile
from ..inputs.yaml_source import Problem, parse_yaml
from ..library.clauses import ClauseLibrary, parse_version, scan_library
from ..library.editions import EDITIONS_FOLDER, RELEASED_EDITED, compose_edition
from ..library.front_matter import split_front_matter
from ..library.placeholders import DocumentInfo, Numbering, build_context, unknown_placeholders
from ..model import MAIN_KINDS, ROLES, Agreement, Clause, Edition, Issuer, Profile, Role
from ..resources import default_issuer
from .git import Revision, revision

__all__ = ["LintReport", "compliance_problems", "lint_library"]


@dataclass(frozen=True)
class LintReport:
    """The problems found, and what could not be checked (said, never silently skipped)."""

    problems: tuple[Problem, ...]
    notes: tuple[str, ...]
    clauses: int
    versions: int
    editions: int

    @property
    def exit_code(self) -> int:
        """1 on any problem, so a hook or CI stops the change; 0 when clean."""
        return 1 if self.problems else 0


def lint_library(root: Path, base: str | None = None) -> LintReport:
    """Check a clause library the way a reviewer of counsel's change would.

    ``base`` is the git revision the working copy is compared with. Without
    one, ``HEAD`` is used when there is one; when the library is not in a git
    repository (or it has no commit yet) that comparison is skipped and a
    note says so.

    Raises:
        InputError: when the library directory is missing or ``--base`` names no commit.
    """
    problems: list[Problem] = []
    notes: list[str] = []
    if not (root / "outline.yaml").is_file():
        raise InputError(f"{root}: not a clause library (it has no outline.yaml)")
    try:
        library, found = scan_library(root)
    except InputError as error:  # the catalogue could not be read at all
        return LintReport(tuple(_from_message(str(error))), (), 0, 0, 0)
    problems.extend(_from_problem(problem) for problem in found)
    every = [clause for versions in library.versions.values() for clause in versions]
    problems.extend(_version_rules(library, root))
    sample = _sample_context(root)
    for clause in every:
        path = _path(root, clause)
        offset = _body_line(path)
        for line, message in unknown_placeholders(clause.body, sample):
            problems.append(Problem(str(path), offset + line - 1, "placeholder", message))
    problems.extend(_requirement_rules(library, root))
    problems.extend(_base_rules(library, root, base, notes))
    return LintReport(
        problems=tuple(sorted(set(problems))),
        notes=tuple(notes),
        clauses=len(library.versions),
        versions=len(every),
        editions=len(library.editions),
    )


def _path(root: Path, clause: Clause) -> Path:
    return root / clause.id / f"{clause.version}.md"


def _line(path: Path, key: str) -> int:
    """The line of ``key:`` in a file's front matter (1 when absent)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return 1
    return next((n for n, text in enumerate(lines, 1) if text.startswith(f"{key}:")), 1)


def _body_line(path: Path) -> int:
    """The file line on which a clause's body starts."""
    parts = split_front_matter(path.read_text(encoding="utf-8"))
    return parts.body_line if parts else 1


def _from_problem(problem: Problem) -> Problem:
    if problem.path == RELEASED_EDITED:
        return Problem(problem.source, problem.line, "released-edited", problem.message)
    source = Path(problem.source)
    if source.parent.name == EDITIONS_FOLDER:
        rule = "edition"
    elif source.name in ("outline.yaml", "requirements.yaml"):
        rule = source.stem.replace("requirements", "catalogue")
    else:
        rule = "front-matter"
    return Problem(problem.source, problem.line, rule, f"{problem.path}: {problem.message}")


def _from_message(message: str) -> Iterable[Problem]:
    """Lines of an InputError (``FILE:LINE: what: why``) as catalogue problems."""
    for line in message.splitlines():
        match = re.match(r"(.*?):(\d+): (.*)", line)
        source, number, text = match.groups() if match else (line, "1", line)
        yield Problem(source, int(number), "catalogue", text)


def _version_rules(library: ClauseLibrary, root: Path) -> Iterable[Problem]:
    for versions in library.versions.values():
        for earlier, later in itertools.pairwise(versions):
            path = _path(root, later)
            if later.effective < earlier.effective:
                yield Problem(
                    str(path),
                    _line(path, "effective"),
                    "version-order",
                    f"{later.ref} takes effect {later.effective.isoformat()}, "
                    f"before {earlier.ref} ({earlier.effective.isoformat()})",
                )
            note = " ".join(later.changes.split())
            if not note or note == " ".join(earlier.changes.split()):
                yield Problem(
                    str(path),
                    _line(path, "changes"),
                    "change-note",
                    f"{later.ref} needs its own note of what changed since {earlier.version}",
                )


def _sample_record(role: Role) -> dict[str, Any]:
    """The starter profile with every optional part filled, so every clause branch prints."""
    record: dict[str, Any] = parse_yaml(starter_profile(role), "sample profile").data
    record["services"]["master_agreement"] = {
        "title": "Sample Master Agreement",
        "date": "2026-05-01",
    }
    record["data"].update(
        student_records=True, student_generated_content=True, directory_information=["grade_levels"]
    )
    record["subcontractors"] = [
        {
            "legal_name": "Sample Hosting LLC",
            "service": "Cloud hosting",
            "data": ["first_name"],
            "consent_date": "2026-06-15",
            "address": "1 Main Street, Boston, MA 02110",
            "signatory": {"name": "Alex Kim", "title": "General Counsel"},
            "privacy_contact": {
                "name": "Privacy Office",
                "email": "privacy@hosting.example",
                "phone": "+1 617 555 0100",
            },
        }
    ]
    return record


def _sample(role: Role) -> Profile:
    return profile_from_record(_sample_record(role), "0" * 64, f"sample {role} profile")


def _issuer(root: Path) -> Issuer:
    return load_issuer(default_issuer(root))


def _sample_context(root: Path) -> dict[str, Any]:
    numbering = Numbering(sections={}, exhibits={}, clauses=[], parent={})
    return build_context(_sample("operator"), _issuer(root), DocumentInfo(), numbering, {})


def _requirement_rules(library: ClauseLibrary, root: Path) -> list[Problem]:
    """The compliance gate, run on sample documents of the newest edition and versions."""
    if not library.outlines or not library.versions:
        return []
    candidates: list[tuple[Edition, str]] = []
    if library.editions:
        last = library.editions[-1]
        candidates.append((last, f"edition {last.name}"))
    newest = library.newest()
    upcoming = compose_edition("next", max(c.effective for c in newest), newest, None, summary="")
    if not library.editions or dict(upcoming.versions) != dict(library.editions[-1].versions):
        candidates.append((upcoming, "the newest versions"))
    return compliance_problems(library, root, candidates)


def compliance_problems(
    library: ClauseLibrary, root: Path, candidates: Sequence[tuple[Edition, str]]
) -> list[Problem]:
    """The compliance gate over sample agreements, addenda and flow-downs of both roles, for
    each ``(edition, label)``: one problem per finding, naming the documents it affects."""
    issuer = _issuer(root)
    where: dict[tuple[str, str], list[str]] = {}  # (file, finding) → "operator agreement", …
    for edition, label in candidates:
        for role in ROLES:
            try:
                samples = list(_documents(library, issuer, edition, role))
            except InputError as error:  # a placeholder or pin problem, reported on its own
                message = f"{label}: cannot assemble a sample agreement: {error}"
                where.setdefault((str(root / "outline.yaml"), message), [])
                continue
            for kind, document in samples:
                for finding in document.unmet:
                    claimant = next(
                        (
                            s.clause
                            for s in document.sections
                            if finding.requirement.id in s.clause.satisfies
                        ),
                        None,
                    )
                    path = _path(root, claimant) if claimant else root / "outline.yaml"
                    found = where.setdefault((str(path), f"{label}: {finding.short}"), [])
                    found.append(f"{role} {kind}")
    return [
        Problem(source, 1, "unmet-requirement", f"{message} (in: {', '.join(documents)})")
        if documents
        else Problem(source, 1, "assembly", message)
        for (source, message), documents in where.items()
    ]


def _documents(
    library: ClauseLibrary, issuer: Issuer, edition: Edition, role: Role
) -> Iterable[tuple[str, Agreement]]:
    """An agreement, an addendum and a flow-down of the sample profile, as of the edition."""
    profile = _sample(role)
    day = edition.effective
    for kind in MAIN_KINDS:
        if kind not in library.outlines:
            continue
        main = assemble(profile, issuer, library, build_date=day, kind=kind, edition=edition)
        yield kind, main
        if "flowdown" in library.outlines and kind == "agreement":
            yield (
                "flowdown",
                assemble(
                    profile,
                    issuer,
                    library,
                    build_date=day,
                    kind="flowdown",
                    parent=main.as_parent(),
                    subcontractor=profile.subcontractors[0],
                    edition=edition,
                ),
            )


def _base_rules(
    library: ClauseLibrary, root: Path, asked: str | None, notes: list[str]
) -> Iterable[Problem]:
    """What changed since the base revision: words without a new version, deleted versions,
    and released editions rewritten or deleted."""
    base = asked or "HEAD"
    try:
        then = revision(root, base)
    except InputError:
        if asked:
            raise
        notes.append(
            f"{root}: the repository has no commit {quoted(base)} yet; compared with nothing"
        )
        return
    if then is None:
        if asked:
            raise InputError(f"--base: {root} is not in a git repository")
        notes.append(
            f"{root}: not in a git repository (or git is not installed); "
            f"words were not compared with {base}"
        )
        return
    current = {_path(root, c): c for versions in library.versions.values() for c in versions}
    for path in then.files():
        if path.parent.name == EDITIONS_FOLDER and path.parent.parent.resolve() == root.resolve():
            if path.name.startswith("."):  # .gitkeep and the like are not editions
                continue
            yield from _edition_change(then, path, root / EDITIONS_FOLDER / path.name, base)
            continue
        if path.suffix != ".md" or path.parent.parent.resolve() != root.resolve():
            continue
        here = root / path.parent.name / path.name
        if not here.exists():
            yield Problem(
                str(here),
                1,
                "removed-version",
                f"{path.parent.name}@{path.stem} was in {base} and is gone; "
                "versions are never deleted",
            )
            continue
        clause = current.get(here)
        old = then.read(path)
        if clause is None or old is None:
            continue
        before = _words_of(old.decode("utf-8", "replace"))
        if before is not None and before != (clause.title, clause.body.strip()):
            what = "words" if before[1] != clause.body.strip() else "title"
            yield Problem(
                str(here),
                _body_line(here),
                "unversioned-change",
                f"the {what} of {clause.ref} changed since {base} without a new "
                f"version; restore it and add a new version (e.g. "
                f"{_next_version(library.get(clause.id).version)})",
            )


def _edition_change(then: Revision, path: Path, here: Path, base: str) -> Iterable[Problem]:
    """A released edition is never rewritten or deleted: agreements cite it by name."""
    if not here.exists():
        yield Problem(
            str(here),
            1,
            "edition",
            f"edition {here.stem} was released in {base} and is gone; editions are never deleted",
        )
    elif then.read(path) != here.read_bytes():
        yield Problem(
            str(here),
            1,
            "edition",
            f"edition {here.stem} changed since {base}; an edition is never "
            "rewritten: release a new one",
        )


def _words_of(text: str) -> tuple[str, str] | None:
    """A clause file's title and body, as printed; None when it does not parse."""
    parts = split_front_matter(text)
    if parts is None:
        return None
    try:
        meta = parse_yaml(parts.yaml, "base").data
    except InputError:
        return None
    title = meta.get("title") if isinstance(meta, dict) else None
    return (title if isinstance(title, str) else ""), parts.body.strip()


def _next_version(newest: str) -> str:
    """The version to suggest after a clause's ``newest``: one no file has yet."""
    major, minor, _ = parse_version(newest)
    return f"{major}.{minor + 1}.0"
