"""The commands counsel uses on the clause library: wiring only.

``clauses list/show/history/diff/lint/release`` and ``requirements`` read
or release the library; the work is in :mod:`crec_assemble.counsel`
(queries, lint, release). ``redline`` and ``rebuild`` are in
:mod:`.documents`. Errors reach the root group, which turns them into lines
and exit codes.
"""

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ..model import Role
from .console import coloured_mark, print_json
from .help_format import Command, Group
from .options import EditionOption, JsonOption, LibraryOption

if TYPE_CHECKING:
    from ..library.clauses import ClauseLibrary
    from ..library.wording import Change
    from ..model import Edition

__all__ = ["clauses", "requirements"]

clauses = typer.Typer(
    rich_markup_mode=None,
    context_settings={"max_content_width": 100},
    cls=Group,
    help="Read, check and release the clause library (for counsel).",
    no_args_is_help=True,
)


def _library(root: Path | None) -> "ClauseLibrary":
    from ..library.clauses import load_library
    from ..resources import default_library

    return load_library(root or default_library())


def _edition(library: "ClauseLibrary", name: str | None) -> "Edition":
    from ..inputs.dates import default_build_date

    return library.edition(name, default_build_date())


def _table(rows: Sequence[Sequence[str]]) -> None:
    """Columns padded to their widest cell; the last column runs free."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        typer.echo("  ".join([*cells, row[-1]]).rstrip())


@clauses.command("list", cls=Command)
def list_clauses(
    edition: EditionOption = None, as_json: JsonOption = False, library: LibraryOption = None
) -> None:
    """List the clauses an edition puts in force, and the versions waiting for the next one.

    Example: crec-assemble clauses list --edition 2026-07
    """
    from ..counsel.queries import listing

    lib = _library(library)
    found = listing(lib, _edition(lib, edition))
    if as_json:
        print_json(found.as_json())
        return
    chosen = found.edition
    typer.echo(
        f"Edition {chosen.name}, effective {chosen.effective.isoformat()}: "
        f"{len(found.clauses)} clauses"
    )
    for upcoming in found.later:
        typer.echo(f"(edition {upcoming.name} takes effect {upcoming.effective.isoformat()})")
    _table(
        [
            ("ID", "VERSION", "APPLIES TO", "SATISFIES", "TITLE"),
            *(
                (c.id, c.version, c.applies_to, ", ".join(c.satisfies) or "-", c.title)
                for c in found.clauses
            ),
        ]
    )
    if found.unreleased:
        typer.echo("\nNot yet in any edition (a release includes those in effect by its date):")
        for clause in found.unreleased:
            typer.echo(
                f"  {clause.ref} (effective {clause.effective.isoformat()}): "
                f"{' '.join(clause.changes.split())}"
            )


@clauses.command(cls=Command)
def show(
    ref: Annotated[str, typer.Argument(metavar="ID[@VERSION]", help="A clause, or one version.")],
    as_json: JsonOption = False,
    library: LibraryOption = None,
) -> None:
    """Print a clause version's details and its words, placeholders and all.

    Without a version, shows the one in force today (or the newest, if none is).

    Example: crec-assemble clauses show breach-notification@1.0.0
    """
    from ..counsel.queries import clause_in_force, clause_json, released_in
    from ..inputs.dates import default_build_date

    lib = _library(library)
    clause = clause_in_force(lib, ref, default_build_date())
    editions = released_in(lib, clause)
    if as_json:
        payload = {**clause_json(clause, body=True), "editions": list(editions)}
        print_json(payload)
        return
    typer.echo(f"{clause.ref}: {clause.title}")
    typer.echo(
        f"effective {clause.effective.isoformat()}; applies to {clause.applies_to}; "
        f"satisfies {', '.join(clause.satisfies) or 'nothing'}; "
        f"released in {', '.join(editions) or 'no edition yet'}"
    )
    typer.echo(f"changes: {' '.join(clause.changes.split())}")
    typer.echo(f"sha256 {clause.sha256}\n")
    typer.echo(clause.body, nl=False)


@clauses.command(cls=Command)
def history(
    clause_id: Annotated[str, typer.Argument(metavar="ID", help="A clause id.")],
    as_json: JsonOption = False,
    library: LibraryOption = None,
) -> None:
    """List every version of a clause with its effective date, editions and change note.

    Example: crec-assemble clauses history breach-notification
    """
    from ..counsel.queries import history as clause_history

    versions = clause_history(_library(library), clause_id)
    if as_json:
        payload = [version.as_json() for version in versions]
        print_json(payload)
        return
    _table(
        [
            ("VERSION", "EFFECTIVE", "EDITIONS", "CHANGES"),
            *(
                (
                    v.clause.version,
                    v.clause.effective.isoformat(),
                    ", ".join(v.editions) or "not released",
                    " ".join(v.clause.changes.split()),
                )
                for v in versions
            ),
        ]
    )


def _styled(changes: "Sequence[Change]") -> str:
    """Word diff with git's markers, coloured on a terminal."""
    from ..library.wording import render_plain

    return render_plain(changes, coloured_mark)


@clauses.command(cls=Command)
def diff(
    old: Annotated[str, typer.Argument(metavar="ID@V1", help="The earlier version.")],
    new: Annotated[str, typer.Argument(metavar="ID@V2", help="The later version.")],
    library: LibraryOption = None,
) -> None:
    """Show word by word what changed between two versions: [-deleted-]{+inserted+}.

    Example: crec-assemble clauses diff breach-notification@1.0.0 breach-notification@1.1.0
    """
    from ..counsel.queries import clause_diff
    from ..library.wording import changed

    found = clause_diff(_library(library), old, new)
    typer.echo(f"--- {found.old.ref} (effective {found.old.effective.isoformat()})")
    typer.echo(
        f"+++ {found.new.ref} (effective {found.new.effective.isoformat()}): "
        f"{' '.join(found.new.changes.split())}"
    )
    if changed(found.title):
        typer.echo(f"title: {_styled(found.title)}")
    if not changed(found.body):
        typer.echo("The words are the same.")
        return
    typer.echo(_styled(found.body))


BaseOption = Annotated[
    str | None,
    typer.Option(
        "--base",
        metavar="REF",
        help="Git revision to compare the words with "
        "(default: HEAD; skipped with a note outside a git repository).",
    ),
]


@clauses.command(cls=Command)
def lint(base: BaseOption = None, library: LibraryOption = None) -> None:
    """Check the clause library before a release; exit 1 on any problem.

    Checks front matter, versions, change notes, placeholders, editions, the regulation's
    requirements for both roles, and words changed without a new version. Prints
    FILE:LINE: rule: message for each problem and exits 1; exit 0 when clean.

    Example: crec-assemble clauses lint --base origin/main --library clauses
    """
    from ..counsel.lint import lint_library
    from ..resources import default_library

    root = library or default_library()
    report = lint_library(root, base)
    for note in report.notes:
        typer.echo(f"note: {note}", err=True)
    for problem in report.problems:
        typer.echo(str(problem))
    if report.problems:
        typer.echo(f"{len(report.problems)} problem(s)", err=True)
        raise typer.Exit(report.exit_code)
    typer.echo(
        f"{root}: ok: {report.clauses} clauses, {report.versions} versions, "
        f"{report.editions} edition(s)"
    )


@clauses.command(cls=Command)
def release(
    name: Annotated[
        str, typer.Argument(metavar="NAME", help="The new edition's name, e.g. 2027-01.")
    ],
    effective: Annotated[
        str | None,
        typer.Option(
            "--effective",
            metavar="YYYY-MM-DD",
            help="When it takes effect (default: SOURCE_DATE_EPOCH, else today).",
        ),
    ] = None,
    summary: Annotated[
        str | None,
        typer.Option("--summary", help="What changed (default: the new versions' change notes)."),
    ] = None,
    base: BaseOption = None,
    as_json: JsonOption = False,
    library: LibraryOption = None,
) -> None:
    """Release an edition: the newest version of every clause, from its effective date on.

    Refuses when `clauses lint` finds a problem. Commit the file it writes.

    Example: crec-assemble clauses release 2027-01 --effective 2027-01-01 --library clauses
    """
    from ..counsel.release import release_edition
    from ..inputs.dates import date_option, default_build_date
    from ..resources import default_library

    day = date_option(effective, "--effective") if effective else default_build_date()
    released = release_edition(
        library or default_library(), name, effective=day, summary=summary, base=base
    )
    if as_json:
        print_json(released.as_json())
    else:
        typer.echo("\n".join(released.lines()))


def requirements(
    role: Annotated[
        Role | None, typer.Option("--role", help="Only what applies to operators or consultants.")
    ] = None,
    edition: EditionOption = None,
    as_json: JsonOption = False,
    library: LibraryOption = None,
) -> None:
    """List the regulation's requirements and the clause that meets each.

    The clauses are those of the edition in force (or --edition).

    Example: crec-assemble requirements --role consultant
    """
    from ..counsel.queries import requirement_rows, requirements_json

    lib = _library(library)
    rows = requirement_rows(lib, _edition(lib, edition), role)
    if as_json:
        print_json(requirements_json(rows))
        return
    _table(
        [
            ("ID", "PARAGRAPH", "APPLIES TO", "IF MISSING", "CLAUSE", "SUMMARY"),
            *(
                (
                    r.id,
                    r.paragraph,
                    r.applies_to,
                    "void" if r.validity else "policy gap",
                    ", ".join(c.ref for c in found) or "NONE",
                    r.summary,
                )
                for r, found in rows
            ),
        ]
    )
