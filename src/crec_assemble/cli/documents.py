"""``verify``, ``redline editions|files``, ``rebuild`` and ``audit``: reading documents back,
comparing and regenerating issued ones, and checking a vendor's own paper. Wiring only.

The work is in :mod:`crec_assemble.verify`, :mod:`crec_assemble.issued` and
:mod:`crec_assemble.audit`; errors reach the root group, which turns them into lines and exit
codes.
"""

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ..model import Role
from .console import coloured_marks, print_json, report_documents
from .help_format import Command, Group
from .options import (
    DateOption,
    ForceOption,
    IssuerOption,
    JsonOption,
    LibraryOption,
    ProfileArgument,
    SealOption,
    TemplateOption,
)

__all__ = ["audit", "rebuild", "redline", "verify"]

if TYPE_CHECKING:
    from ..issued.redline import Redline


def verify(
    file: Annotated[
        Path, typer.Argument(metavar="FILE", help="An issued DOCX or PDF.", dir_okay=False)
    ],
    as_json: JsonOption = False,
    library: LibraryOption = None,
    template: TemplateOption = None,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            file_okay=False,
            help="Folder for a picture (PNG) of each PDF page that renders differently from "
            "the rebuild: issued left, returned right.",
        ),
    ] = None,
    force: ForceOption = False,
    seal_cert: Annotated[
        list[Path] | None,
        typer.Option(
            "--seal-cert",
            metavar="PEM",
            dir_okay=False,
            help="A certificate to trust as CREC's seal (repeatable). Default: the one the "
            "issuer file's seal.certificate names, if any.",
        ),
    ] = None,
) -> None:
    """Check that a returned DOCX or PDF still says what CREC issued.

    The manifest inside the file records what was issued; verify shows what changed. Key
    changes come first (numbers, days, dates, party names, governing law), then what changed
    besides the words (hidden text, headers and footers, annotations, the manifest itself),
    then each section (intact, changed word by word, or removed) and any text that is not ours.

    An agreement, addendum or flow-down is also rebuilt from its manifest and the whole file
    compared with the rebuild, so an edited manifest cannot vouch for edited text (a PDF's
    rebuild runs LibreOffice). A document issued with another Word template is compared with
    a rebuild only when --template names that template.

    A document whose manifest was stripped (a PDF exported from Word, say) is identified by
    its text and checked against the clause library (--library), and the report says so.

    A sealed document's seal is checked first: that it is intact, that it is CREC's (the
    --seal-cert certificates), and that nothing changed after it but signatures in the
    signature fields. A broken or untrusted seal, or any other change, is a change.

    Exit 0 when the file is intact, 1 when anything changed or an agreement could not be
    compared with its rebuild (not verified).

    Example: crec-assemble verify returned/acme-learning-inc.pdf --out returned/pages
    """
    from ..inputs.seal import load_certificates
    from ..issued.returned import verify_returned

    trusted = load_certificates(seal_cert) if seal_cert else None
    report = verify_returned(
        file, library=library, template=template, trusted=trusted, out=out, force=force
    )
    if as_json:
        print_json(report.as_json())
    else:
        for line in report.lines():
            typer.echo(coloured_marks(line))
    raise typer.Exit(report.exit_code)


redline = typer.Typer(
    rich_markup_mode=None,
    context_settings={"max_content_width": 100},
    cls=Group,
    help="Write a DOCX whose tracked changes show exactly the words that changed.",
    no_args_is_help=True,
)

RedlineOut = Annotated[
    Path | None,
    typer.Option(
        "--out", file_okay=False, help="Folder for the redline, under its own name (default: out)."
    ),
]
RedlineTo = Annotated[
    Path | None,
    typer.Option(
        "--to",
        metavar="FILE",
        dir_okay=False,
        help="Write the redline to this file instead (default: out/<NEW's name>-redline.docx).",
    ),
]


def _report_redline(written: "Redline", as_json: bool) -> None:
    if as_json:
        print_json(written.as_json())
    else:
        typer.echo(f"wrote {written.path}")


@redline.command("editions", cls=Command)
def redline_editions(
    profile: ProfileArgument,
    old_edition: Annotated[
        str, typer.Option("--from", metavar="EDITION", help="The older edition.")
    ],
    new_edition: Annotated[str, typer.Option("--to", metavar="EDITION", help="The newer edition.")],
    out: RedlineOut = None,
    force: ForceOption = False,
    as_json: JsonOption = False,
    library: LibraryOption = None,
    issuer: IssuerOption = None,
    template: TemplateOption = None,
    on: DateOption = None,
) -> None:
    """One contractor's agreement as two editions of the clause library print it, redlined.

    An edition that takes effect later is read as of its first day, so counsel can review
    next year's words before they apply. The redline is written into --out as
    <contractor>-redline-<from>-to-<to>.docx.

    Example: crec-assemble redline editions examples/acme-learning.yaml --from 2026-07 --to 2027-01
    """
    from ..inputs.dates import date_option
    from ..issued.redline import redline_editions as compare_editions
    from ..issued.redline import write_redline

    compared = compare_editions(
        profile, old_edition, new_edition, template=template, library=library, issuer=issuer,
        build_date=date_option(on) if on else None,
    )  # fmt: skip
    _report_redline(write_redline(compared, out=out, force=force), as_json)


@redline.command("files", cls=Command)
def redline_files(
    old: Annotated[Path, typer.Argument(metavar="OLD", help="The older DOCX.", dir_okay=False)],
    new: Annotated[Path, typer.Argument(metavar="NEW", help="The newer DOCX.", dir_okay=False)],
    out: RedlineOut = None,
    to: RedlineTo = None,
    force: ForceOption = False,
    as_json: JsonOption = False,
    on: Annotated[
        str | None,
        typer.Option(
            "--date",
            metavar="YYYY-MM-DD",
            help="Date of the changes (default: NEW's build date, from its manifest).",
        ),
    ] = None,
) -> None:
    """Two DOCX files redlined: the agreement a vendor signed and the new one, say.

    Example: crec-assemble redline files signed/acme-learning-inc.docx out/acme-learning-inc.docx
    """
    from ..inputs.dates import date_option
    from ..issued.redline import check_one_target, write_redline
    from ..issued.redline import redline_files as compare_files

    check_one_target(out, to)
    compared = compare_files(old, new, date_option(on) if on else None)
    _report_redline(write_redline(compared, out=out, to=to, force=force), as_json)


def rebuild(
    file: Annotated[
        Path, typer.Argument(metavar="FILE", help="An issued DOCX or PDF.", dir_okay=False)
    ],
    out: Annotated[
        Path, typer.Option("--out", file_okay=False, help="Folder for the rebuilt file.")
    ] = Path("out/rebuilt"),
    force: ForceOption = False,
    as_json: JsonOption = False,
    library: LibraryOption = None,
    template: TemplateOption = None,
    seal: SealOption = None,
) -> None:
    """Regenerate an issued agreement, addendum or flow-down from its manifest.

    The manifest records the profile, issuer, date and clause versions, so the rebuild gives
    the document as issued even after counsel released newer clauses.

    Exit 0 when the rebuilt file is byte-identical to FILE; 1 when it has the same manifest but
    other bytes (FILE was changed, e.g. signed, after it was issued); 2 when it cannot be
    rebuilt as issued.

    A sealed document rebuilds byte for byte with --seal and the same key (RSA) and
    SOURCE_DATE_EPOCH as when it was issued (the seal's signing time).

    Example: crec-assemble rebuild signed/acme-learning-inc.pdf --out out/rebuilt
    """
    from ..inputs.seal import load_seal
    from ..issued.rebuild import rebuild as rebuild_document

    key = load_seal(seal) if seal else None
    result = rebuild_document(file, out=out, force=force, library=library, template=template,
                              seal=key)  # fmt: skip
    for note in result.notes:
        typer.echo(f"note: {note}", err=True)
    if as_json:
        print_json(result.as_json())
    elif result.identical:
        typer.echo(f"wrote {result.path}: byte-identical to {file}")
    else:
        typer.echo(
            f"wrote {result.path}: same words as recorded, but not byte-identical to {file} "
            "(changed after it was issued, or made by another crec-assemble or LibreOffice)"
        )
    raise typer.Exit(result.exit_code)


def audit(
    file: Annotated[
        Path,
        typer.Argument(
            metavar="FILE",
            help="The vendor's contract: PDF, DOCX, HTML, Markdown or text.",
            dir_okay=False,
        ),
    ],
    role: Annotated[
        Role | None,
        typer.Option(
            "--role",
            help="The contractor's role: operators owe more (R6c-d, R15, U1-2). Default: the "
            "--addendum profile's role, else operator; a role that contradicts it is refused.",
        ),
    ] = None,
    as_json: JsonOption = False,
    report: Annotated[
        Path | None,
        typer.Option(
            "--report",
            metavar="FILE",
            dir_okay=False,
            help="Also write the gap report for the vendor: FILE.html, .docx or .json.",
        ),
    ] = None,
    addendum: Annotated[
        Path | None,
        typer.Option(
            "--addendum",
            metavar="PROFILE",
            dir_okay=False,
            help="Build the addendum that supplies exactly the missing and weak provisions, for "
            "the contractor in PROFILE (into --out).",
        ),
    ] = None,
    out: Annotated[
        Path, typer.Option("--out", file_okay=False, help="Folder for the addendum.")
    ] = Path("out"),
    force: ForceOption = False,
    library: LibraryOption = None,
    issuer: IssuerOption = None,
    template: TemplateOption = None,
    on: DateOption = None,
) -> None:
    """Check a vendor's own contract against the regulation.

    Each requirement is present, weak or missing, with the passage that decided it and where it
    is. Void risks (provisions 1-10) come first. With --addendum, the vendor is judged by the
    role in PROFILE, since the addendum must give what that contractor owes. --json holds the
    findings, the report's path and the addendum's documents.

    Exit 0 when nothing is missing or weak, 1 otherwise, 2 on bad input (nothing is written).

    Example: crec-assemble audit vendor-terms.pdf --report gaps.html --addendum acme.yaml
    """
    from ..audit.run import AuditOptions, audit_contract

    build_date = None
    if on:  # the dates module (and zoneinfo) only for an addendum's date
        from ..inputs.dates import date_option

        build_date = date_option(on)
    result = audit_contract(
        file,
        AuditOptions(role=role, report=report, addendum=addendum, out=out, force=force,
                     library=library, issuer=issuer, template=template, build_date=build_date),
    )  # fmt: skip
    if as_json:
        print_json(result.as_json())
    else:
        typer.echo("\n".join(result.lines()))
        report_documents(result.documents)
    raise typer.Exit(result.exit_code)
