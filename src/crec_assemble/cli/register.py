"""``register``: the record of every document CREC issued and what happened to it. Wiring only.

The work is in :mod:`crec_assemble.register`; errors reach the root group, which turns them
into lines and exit codes.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from .console import print_json, print_json_rows
from .help_format import Command, Group
from .options import DbOption, ForceOption, IssuerOption, JsonOption

if TYPE_CHECKING:
    from ..register.database import Register
    from ..register.tables import Table

__all__ = ["register", "who"]

register = typer.Typer(
    rich_markup_mode=None,
    context_settings={"max_content_width": 100},
    cls=Group,
    help="Record every agreement CREC issues and its life after: returns, signatures, "
    "execution, notices, breaches, deletion; list what is owed; write the public posting pages.",
    no_args_is_help=True,
)

ByOption = Annotated[
    str | None,
    typer.Option("--by", metavar="NAME", help="Who records it (default: your login name)."),
]
EventDateOption = Annotated[
    str | None,
    typer.Option("--date", metavar="YYYY-MM-DD", help="When it happened (default: today)."),
]


@contextmanager
def _opened(db: str | None, *, create: bool = False) -> Iterator["Register"]:
    from ..register.database import open_register

    with open_register(db, create=create) as opened:
        yield opened


def who(by: str | None) -> str:
    """``--by``, else the login name: who an entry in the register is recorded by."""
    if by:
        return by
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name in a bare container
        return "unknown"


@register.command(cls=Command)
def add(
    files: Annotated[
        list[Path],
        typer.Argument(metavar="FILE...", help="Issued DOCX or PDF files.", dir_okay=False),
    ],
    db: DbOption = None,
    by: ByOption = None,
    as_json: JsonOption = False,
) -> None:
    """Enter issued agreements, addenda and flow-downs, from the manifest inside each file.

    The register takes the id, kind, contractor, role, services, dates, data, edition and the
    file's sha256 from the document itself. A file already entered is left as it is, so adding
    a folder twice is harmless. One unreadable file enters none of them.

    Example: crec-assemble register add out/*.pdf out/*.docx
    """
    from ..inputs.dates import default_moment
    from ..register.recording import add_files

    with _opened(db, create=True) as opened:
        added = add_files(opened, files, by=who(by), now=default_moment())
    if as_json:
        print_json([item.as_json() for item in added])
    else:
        for item in added:
            typer.echo(item.line())


@register.command(cls=Command)
def record(
    document: Annotated[str, typer.Argument(metavar="ID", help="The document's id.")],
    event: Annotated[
        str,
        typer.Argument(
            metavar="EVENT",
            help="sent, returned, signed, executed, notice-posted, ended, deletion-requested, "
            "certificate-received, breach or withdrawn.",
        ),
    ],
    on: EventDateOption = None,
    file: Annotated[
        Path | None,
        typer.Option(
            "--file",
            dir_okay=False,
            help="The file that goes with it: the returned copy (checked with verify), the "
            "signed PDF (its signatures checked), the executed contract, the certificate.",
        ),
    ] = None,
    discovered: Annotated[
        str | None,
        typer.Option(
            "--discovered",
            metavar="YYYY-MM-DD HH:MM",
            help="breach: when it was discovered (Connecticut time).",
        ),
    ] = None,
    data: Annotated[
        str | None,
        typer.Option(
            "--data",
            metavar="CATEGORY[,CATEGORY…]",
            help="breach: student_information, directory_information, "
            "student_records, student_generated_content.",
        ),
    ] = None,
    urgent: Annotated[
        bool, typer.Option("--urgent", help="breach: possible imminent misuse (6(a)).")
    ] = False,
    notified: Annotated[
        str | None,
        typer.Option(
            "--notified",
            metavar="YYYY-MM-DD HH:MM",
            help="breach: when the contractor told CREC (default: the breach's date).",
        ),
    ] = None,
    for_breach: Annotated[
        int | None,
        typer.Option(
            "--breach",
            metavar="N",
            help="notice-posted: the breach event (its number in register show) whose "
            "notice this posting is; without it, the notice after execution.",
        ),
    ] = None,
    db: DbOption = None,
    by: ByOption = None,
    as_json: JsonOption = False,
) -> None:
    """Record one event in a document's life.

    A returned copy given with --file is checked with verify, and its verdict and key changes
    are kept. A signed PDF's signatures are checked with pyHanko: who signed, when, whether
    each is intact, and whether the signed revision begins with exactly the PDF CREC issued.
    If it does not, the event is recorded as signed-altered.

    Exit 0 when recorded; 1 when recorded but the returned or signed copy is not what CREC
    issued; 2 for bad input (nothing recorded).

    Example: crec-assemble register record DPA-2026-ACME-LEARNING-INC-419A21 signed --file
    returned/acme-signed.pdf
    """
    from ..inputs.dates import connecticut_today, date_option, default_moment
    from ..register.recording import breach_facts, record_event, recordable

    now = default_moment()
    kind = recordable(event)
    facts = breach_facts(discovered, data, urgent=urgent, notified=notified)
    with _opened(db) as opened:
        recorded = record_event(
            opened, document, kind, on=date_option(on) if on else connecticut_today(),
            by=who(by), now=now, file=file, breach=facts, for_breach=for_breach,
        )  # fmt: skip
    if as_json:
        print_json(recorded.as_json())
    else:
        for line in recorded.lines():
            typer.echo(line)
    raise typer.Exit(recorded.exit_code)


@register.command(cls=Command)
def show(
    document: Annotated[str, typer.Argument(metavar="ID", help="The document's id.")],
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Show one document and its whole history, oldest event first.

    Example: crec-assemble register show DPA-2026-ACME-LEARNING-INC-419A21
    """
    from ..register.views import history_json, history_lines, one_history

    with _opened(db) as opened, opened.reading() as reader:
        history = one_history(reader, document)
    if as_json:
        print_json(history_json(history))
    else:
        for line in history_lines(history):
            typer.echo(line)


@register.command(cls=Command)
def backup(
    target: Annotated[
        Path, typer.Argument(metavar="FILE", help="Where to write the copy.", dir_okay=False)
    ],
    db: DbOption = None,
    force: ForceOption = False,
    as_json: JsonOption = False,
) -> None:
    """Copy an SQLite register safely while others may be recording (SQLite's online backup).

    The copy is a register itself (--db FILE opens it). For a PostgreSQL register use pg_dump.

    Example: crec-assemble register backup backups/register-2026-11-30.db
    """
    from ..register.maintenance import backup as copy_register

    with _opened(db) as opened:
        sha256 = copy_register(opened, target, force=force)
    if as_json:
        print_json({"backup": str(target), "sha256": sha256})
    else:
        typer.echo(f"{target}: backed up (sha256 {sha256})")


@register.command(cls=Command)
def check(db: DbOption = None, as_json: JsonOption = False) -> None:
    """Check the register: every recorded file still has its recorded sha256, no event is
    orphaned.

    Exit 0 when all is sound, 1 when a file is missing or changed or an event is orphaned.

    Example: crec-assemble register check
    """
    from ..register.maintenance import check as check_register

    with _opened(db) as opened:
        checked = check_register(opened)
    if as_json:
        print_json(checked.as_json())
    else:
        for line in checked.lines():
            typer.echo(line)
    raise typer.Exit(checked.exit_code)


@register.command(name="list", cls=Command)
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
    from ..register.store import histories
    from ..register.tables import listing

    with _opened(db) as opened, opened.reading() as reader:
        table = listing(
            histories(reader, latest=True, with_files=False), status=status, contractor=contractor
        )
    _present(table, csv=csv, xlsx=xlsx, force=force, as_json=as_json)


@register.command(cls=Command)
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
    from datetime import timedelta

    from ..inputs.dates import connecticut_today, date_option
    from ..inputs.issuer import load_issuer
    from ..library.catalogue import read_catalogue
    from ..register.due import READS, due_rules, owed
    from ..register.due_query import candidates
    from ..register.store import histories
    from ..resources import default_issuer, default_library

    day = date_option(on, "--on") if on else connecticut_today()
    board = load_issuer(issuer or default_issuer(default_library()))
    catalogue = read_catalogue(default_library() / "requirements.yaml")
    rules = due_rules(catalogue, issuer=board.short_name)
    with _opened(db) as opened, opened.reading() as reader:
        open_ones = candidates(reader, day + timedelta(days=within))
        read = histories(reader, open_ones, kinds=READS, with_files=False)
    found = owed(read, on=day, rules=rules, within=within)
    if as_json:
        print_json(found.as_json())
    else:
        for line in found.lines():
            typer.echo(line)
    raise typer.Exit(1 if found.overdue else 0)


@register.command(cls=Command)
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

    with _opened(db) as opened, opened.reading() as reader:
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


@register.command(cls=Command)
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
    from ..inputs.issuer import load_issuer
    from ..register.posting import READS
    from ..register.site import write_site
    from ..register.store import histories
    from ..resources import default_issuer, default_library

    day = date_option(on, "--on") if on else connecticut_today()
    board = load_issuer(issuer or default_issuer(default_library()))
    with _opened(db) as opened, opened.reading() as reader:
        recorded = histories(reader, kinds=READS)
    written = write_site(recorded, out, on=day, issuer=board, base_url=base_url, force=force,
                         copy_files=copies)  # fmt: skip
    if as_json:
        print_json(written.as_json())
    else:
        typer.echo(f"{out}: {len(written.contracts)} contracts in force, "
                   f"{written.breaches} breach notices, as of {day.isoformat()}")  # fmt: skip
