"""``register``: the record of every document CREC issued and what happened to it. Wiring only.

The work is in :mod:`crec_assemble.register`; errors reach the root group, which turns them
into lines and exit codes.
"""

from pathlib import Path
from typing import Annotated

import typer

from .console import print_json
from .help_format import Command, Group
from .options import DbOption, ForceOption, JsonOption
from .register_reports import due, list_documents, register_at, report, site

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

    with register_at(db, create=True) as opened:
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
    with register_at(db) as opened:
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
def retract(
    document: Annotated[str, typer.Argument(metavar="ID", help="The document's id.")],
    number: Annotated[int, typer.Argument(metavar="N", help="The event's number (register show).")],
    why: Annotated[str, typer.Option("--why", metavar="TEXT", help="Why it is taken back.")],
    db: DbOption = None,
    by: ByOption = None,
    as_json: JsonOption = False,
) -> None:
    """Take back an event recorded by mistake, saying why.

    Nothing is deleted: the event and its retraction stay in the history (register show marks
    them), and everything else reads the register without both. A withdrawal or an end taken
    back puts the document back in due, the listing and the public page.

    Example: crec-assemble register retract DPA-2026-ACME-LEARNING-INC-5524FC 7 --why "recorded
    against the wrong agreement"
    """
    from ..inputs.dates import default_moment
    from ..register.recording import retract_event

    with register_at(db) as opened:
        recorded = retract_event(opened, document, number, why=why, by=who(by),
                                 now=default_moment())  # fmt: skip
    if as_json:
        print_json(recorded.as_json())
    else:
        for line in recorded.lines():
            typer.echo(line)


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

    with register_at(db) as opened, opened.reading() as reader:
        history = one_history(reader, document, as_written=True)
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

    with register_at(db) as opened:
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

    with register_at(db) as opened:
        checked = check_register(opened)
    if as_json:
        print_json(checked.as_json())
    else:
        for line in checked.lines():
            typer.echo(line)
    raise typer.Exit(checked.exit_code)


# The commands that read the register for people: list, due, report, site.
register.command(name="list", cls=Command)(list_documents)
register.command(cls=Command)(due)
register.command(cls=Command)(report)
register.command(cls=Command)(site)
