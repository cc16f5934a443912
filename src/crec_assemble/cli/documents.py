"""``verify``, ``redline`` and ``rebuild``: reading back, comparing and regenerating issued
documents. Wiring only.

The work is in :mod:`~crec_assemble.verify`, :mod:`~crec_assemble.redline` and
:mod:`~crec_assemble.rebuild`;
errors reach the root group, which turns them into lines and exit codes.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from ..model import Role
from .console import coloured_marks, print_json
from .options import (
    DateOption,
    ForceOption,
    IssuerOption,
    JsonOption,
    LibraryOption,
    TemplateOption,
)

__all__ = ["audit", "rebuild", "redline", "verify"]


def verify(
    file: Annotated[Path, typer.Argument(help="An issued DOCX or PDF.", dir_okay=False)],
    as_json: Annotated[bool, typer.Option("--json", help="Print the result as JSON.")] = False,
    library: LibraryOption = None,
) -> None:
    """Check that an issued or returned DOCX or PDF still says what its manifest records,
    and show what changed: numbers, days, dates, party names and governing law first, then
    each section (intact, changed word by word, or removed) and any text that is not ours.

    A document whose manifest was stripped (a PDF exported from Word, say) is identified by
    its text and checked against the clause library (--library), and the report says so.

    Exit 0 when every section is intact, 1 when anything changed.

    Example: crec-assemble verify returned/acme-learning-inc.docx
    """
    from ..verify import verify as verify_document

    report = verify_document(file, library)
    if as_json:
        print_json(report.as_json())
    else:
        for line in report.lines():
            typer.echo(coloured_marks(line))
    raise typer.Exit(report.exit_code)


def redline(
    first: Annotated[
        Path,
        typer.Argument(
            metavar="PROFILE|OLD.docx",
            dir_okay=False,
            help="A contractor profile, or the older DOCX.",
        ),
    ],
    second: Annotated[
        Path | None, typer.Argument(metavar="[NEW.docx]", dir_okay=False, help="The newer DOCX.")
    ] = None,
    old_edition: Annotated[
        str | None,
        typer.Option("--from", metavar="EDITION", help="With a profile: the older edition."),
    ] = None,
    new_edition: Annotated[
        str | None,
        typer.Option("--to", metavar="EDITION", help="With a profile: the newer edition."),
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out", dir_okay=False, help=("The redline DOCX (default: out/<name>-redline….docx).")
        ),
    ] = None,
    force: ForceOption = False,
    library: LibraryOption = None,
    issuer: IssuerOption = None,
    template: TemplateOption = None,
    on: DateOption = None,
) -> None:
    """Write a DOCX whose tracked changes (author crec-assemble) show exactly the words that
    changed: between two editions for one contractor, or between two DOCX files.

    Example: crec-assemble redline examples/acme-learning.yaml --from 2026-07 --to 2027-01
    """
    from ..errors import InputError
    from ..inputs.dates import date_option
    from ..issued.redline import redline_editions, redline_files
    from ..pipeline.files import check_targets, write_all
    from ..render.docx import read_template
    from ..resources import default_template

    day = date_option(on) if on else None
    if first.suffix.lower() == ".docx":
        if second is None or old_edition or new_edition:
            raise InputError("redline OLD.docx NEW.docx: give two DOCX files and no --from/--to")
        compared = redline_files(first, second, day)
    else:
        if second is not None or not (old_edition and new_edition):
            raise InputError("redline PROFILE: give --from EDITION and --to EDITION")
        compared = redline_editions(
            first,
            old_edition,
            new_edition,
            read_template(template or default_template()),
            library=library,
            issuer=issuer,
            build_date=day,
        )
    target = out or Path("out") / f"{compared.stem}.docx"
    check_targets([target], force=force)
    write_all({target: compared.docx})
    typer.echo(f"wrote {target}")


def rebuild(
    file: Annotated[Path, typer.Argument(help="An issued DOCX or PDF.", dir_okay=False)],
    out: Annotated[
        Path, typer.Option("--out", file_okay=False, help="Where to write the rebuilt file.")
    ] = Path("out/rebuilt"),
    force: ForceOption = False,
    library: LibraryOption = None,
    template: TemplateOption = None,
) -> None:
    """Regenerate an issued agreement, addendum or flow-down exactly, from its manifest:
    the recorded profile, issuer, date and clause versions, even after newer ones.

    Exit 0 when the rebuilt file is byte-identical to FILE; 1 when it has the same manifest
    but other bytes (FILE was changed, e.g. signed, after it was issued); 2 when it cannot
    be rebuilt as issued.

    Example: crec-assemble rebuild signed/acme-learning-inc.pdf --out out/rebuilt
    """
    from ..issued.rebuild import rebuild as rebuild_document

    result = rebuild_document(file, out=out, force=force, library=library, template=template)
    for note in result.notes:
        typer.echo(f"note: {note}", err=True)
    if result.identical:
        typer.echo(f"wrote {result.path}: byte-identical to {file}")
        return
    typer.echo(
        f"wrote {result.path}: same words as recorded, but not byte-identical to {file} (changed "
        "after it was issued, or made by another crec-assemble or LibreOffice)"
    )
    raise typer.Exit(1)


def audit(
    file: Annotated[
        Path,
        typer.Argument(
            help="The vendor's contract: PDF, DOCX, HTML, Markdown or text.", dir_okay=False
        ),
    ],
    role: Annotated[
        Role,
        typer.Option(
            "--role", help="The contractor's role: operators owe more (R6c-d, R15, U1-2)."
        ),
    ] = "operator",
    as_json: JsonOption = False,
    report: Annotated[
        Path | None,
        typer.Option(
            "--out",
            dir_okay=False,
            help=("Also write the gap report for the vendor: REPORT.html, .docx or .json."),
        ),
    ] = None,
    addendum: Annotated[
        Path | None,
        typer.Option(
            "--addendum",
            metavar="PROFILE",
            dir_okay=False,
            help=(
                "Build the addendum that supplies exactly the missing and weak provisions, for "
                "the contractor in PROFILE (into --addendum-out)."
            ),
        ),
    ] = None,
    addendum_out: Annotated[
        Path, typer.Option("--addendum-out", file_okay=False, help="Where the addendum goes.")
    ] = Path("out"),
    force: ForceOption = False,
    library: LibraryOption = None,
    issuer: IssuerOption = None,
    template: TemplateOption = None,
    on: DateOption = None,
) -> None:
    """Check a contract the vendor wrote against the regulation: each requirement present,
    weak or missing, with the passage that decided it and where it is. Void risks
    (provisions 1-10) come first. Exit 0 when nothing is missing or weak, 1 otherwise.

    Example: crec-assemble audit vendor-terms.pdf --out gaps.html --addendum acme.yaml
    """
    from ..audit.findings import audit_file
    from ..audit.report import AuditReport, write_report
    from ..inputs.dates import date_option
    from ..library.catalogue import load_catalogue
    from ..pipeline.plan import BuildOptions
    from ..resources import default_library

    # The catalogue is all the audit needs; the clauses come in only for --addendum.
    requirements = load_catalogue((library or default_library()) / "requirements.yaml")
    found = AuditReport(file, role, tuple(audit_file(file, role, requirements)))
    if as_json:
        typer.echo(json.dumps(found.as_json(), indent=2, ensure_ascii=False))
    else:
        typer.echo(found.summary())
        for finding in found.ordered():
            where = f" [{finding.sentence.location}]" if finding.sentence else ""
            typer.echo(f"  {finding.requirement.id:<5} {finding.status:<8} {finding.why}{where}")
    if report is not None:
        write_report(found, report, force=force)
        typer.echo(f"wrote {report}", err=as_json)
    if addendum is not None and found.gaps:
        from ..audit.addendum import write_gap_addendum

        options = BuildOptions(out=addendum_out, force=force, library=library, issuer=issuer,
                               template=template,
                               build_date=date_option(on) if on else None)  # fmt: skip
        for document in write_gap_addendum(addendum, found.gaps, options):
            paths = ", ".join(str(output.path) for output in document.outputs)
            typer.echo(f"{document.id}  {document.title}  →  {paths}", err=as_json)
    if found.gaps:
        raise typer.Exit(1)
