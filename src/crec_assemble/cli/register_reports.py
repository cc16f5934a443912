"""``register list``, ``due``, ``report`` and ``site``: the register read for people. Wiring only.

The work is in :mod:`crec_assemble.register`; :mod:`.register` adds these to its group.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from .console import print_json, print_json_rows
from .options import DbOption, ForceOption, IssuerOption, JsonOption

if TYPE_CHECKING:
    from ..register.database import Register
    from ..register.tables import Table

__all__ = ["due", "list_documents", "register_at", "report", "site"]


@contextmanager
def register_at(db: str | None, *, create: bool = False) -> Iterator["Register"]:
    """The register ``--db`` names, opened for one command (created only when ``create``)."""
    from ..register.database import open_register

    with open_register(db, create=create) as register:
        yield register


def list_documents(
    status: Annotated[
        str | None,
        typer.Option(
            "--status",
            metavar="S",
            help="Only documents with this status: issued, "
            "sent, returned, signed, signed-altered, executed, ended, withdrawn.",
        ),
    ] = None,
    contractor: Annotated[
        str | None,
        typer.Option(
            "--contractor",
            metavar="TEXT",
            help="Only contractors whose legal name contains TEXT (any case).",
        ),
    ] = None,
    csv: Annotated[
        Path | None, typer.Option("--csv", metavar="FILE", dir_okay=False, help="Also write CSV.")
    ] = None,
    xlsx: Annotated[
        Path | None,
        typer.Option("--xlsx", metavar="FILE", dir_okay=False, help="Also write a spreadsheet."),
    ] = None,
    force: ForceOption = False,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """List the documents in the register, one line each, by contractor.

    Example: crec-assemble register list --status executed --xlsx register.xlsx
    """
    from ..register.store import listed
    from ..register.tables import listing

    with register_at(db) as opened, opened.reading() as reader:
        table = listing(listed(reader), status=status, contractor=contractor)
    _present(table, csv=csv, xlsx=xlsx, force=force, as_json=as_json)


def due(
    within: Annotated[
        int, typer.Option("--within", metavar="DAYS", min=0, help="Days ahead to look.")
    ] = 30,
    on: Annotated[
        str | None,
        typer.Option("--on", metavar="YYYY-MM-DD", help="Judge as of this day (default: today)."),
    ] = None,
    db: DbOption = None,
    issuer: IssuerOption = None,
    as_json: JsonOption = False,
) -> None:
    """List what is owed and by when, overdue first, each with the paragraph it comes from.

    Parent notice and website posting (five Connecticut business days after execution),
    CREC's breach notices, agreements ending within DAYS, deletion requests not sent after
    services end, and certificates of deletion past the agreement's period. Exit 1 when
    anything is overdue, so it can run from cron.

    Example: crec-assemble register due --within 14
    """
    from ..inputs.dates import connecticut_today, date_option
    from ..register.due import shipped_rules
    from ..register.due_query import owed_on

    day = date_option(on, "--on") if on else connecticut_today()
    rules = shipped_rules(issuer)
    with register_at(db) as opened, opened.reading() as reader:
        found = owed_on(reader, on=day, within=within, rules=rules)
    if as_json:
        print_json(found.as_json())
    else:
        for line in found.lines():
            typer.echo(line)
    raise typer.Exit(1 if found.overdue else 0)


def report(
    year: Annotated[int, typer.Option("--year", metavar="Y", help="The calendar year.")],
    csv: Annotated[
        Path | None, typer.Option("--csv", metavar="FILE", dir_okay=False, help="Write CSV.")
    ] = None,
    xlsx: Annotated[
        Path | None,
        typer.Option("--xlsx", metavar="FILE", dir_okay=False, help="Write a spreadsheet."),
    ] = None,
    force: ForceOption = False,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """The year's services used without an executed agreement, for the Commission for
    Educational Technology (see the README for what the statute's report is known to need).

    Example: crec-assemble register report --year 2026 --csv cet-2026.csv --xlsx cet-2026.xlsx
    """
    from ..inputs.dates import connecticut_today
    from ..register.store import histories
    from ..register.tables import annual_report

    with register_at(db) as opened, opened.reading() as reader:
        table = annual_report(histories(reader), year, today=connecticut_today())
    _present(table, csv=csv, xlsx=xlsx, force=force, as_json=as_json)


def _present(
    table: "Table", *, csv: Path | None, xlsx: Path | None, force: bool, as_json: bool
) -> None:
    """A table printed (lines or JSON) and written to the files asked for, all or none."""
    written = {}
    if csv is not None or xlsx is not None:
        from ..pipeline.files import check_targets, write_all
        from ..register.spreadsheets import to_csv, to_xlsx

        if csv is not None:
            written[csv] = to_csv(table)
        if xlsx is not None:
            written[xlsx] = to_xlsx(table)
        check_targets(written, force=force)
        write_all(written)
    if as_json:
        print_json_rows(table.as_json())
        return
    for line in table.lines():
        typer.echo(line)
    for path in written:
        typer.echo(f"written: {path}")


def site(
    out: Annotated[Path, typer.Option("--out", file_okay=False, help="Folder for the pages.")],
    base_url: Annotated[
        str | None,
        typer.Option(
            "--base-url",
            metavar="URL",
            help="Where the folder is published; links are relative without it.",
        ),
    ] = None,
    on: Annotated[
        str | None,
        typer.Option("--on", metavar="YYYY-MM-DD", help="Post as of this day (default: today)."),
    ] = None,
    copies: Annotated[
        bool,
        typer.Option(
            "--copies/--no-copies",
            help="Copy each executed contract's PDF into the site (checked against "
            "its recorded sha256).",
        ),
    ] = True,
    force: ForceOption = False,
    db: DbOption = None,
    issuer: IssuerOption = None,
    as_json: JsonOption = False,
) -> None:
    """Write the public "Student data privacy contracts" pages as static HTML.

    Each executed contract in force (vendor, service, description and purpose, the student
    data, date executed, end date), with its posted notice and the executed PDF; and every
    breach notice. A contract leaves the page when it ends or is withdrawn. The pages need no
    JavaScript. An existing site folder is replaced only with --force.

    Example: crec-assemble register site --out public/privacy --base-url
    https://www.crec.org/privacy/
    """
    from ..inputs.dates import connecticut_today, date_option
    from ..register.site import publish

    day = date_option(on, "--on") if on else connecticut_today()
    with register_at(db) as opened:
        written = publish(opened, out, on=day, issuer=issuer, base_url=base_url, force=force,
                          copy_files=copies)  # fmt: skip
    if as_json:
        print_json(written.as_json())
    else:
        typer.echo(f"{out}: {written.summary()}")
