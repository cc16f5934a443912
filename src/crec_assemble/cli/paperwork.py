"""``notice``, ``breach`` and ``disposition``: the paperwork around an agreement."""

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from .console import print_json, report_documents
from .options import (
    DateOption,
    ForceOption,
    IssuerOption,
    JsonOption,
    LibraryOption,
    OutOption,
    ProfileArgument,
    TemplateOption,
)

if TYPE_CHECKING:
    from ..paperwork.documents import PaperworkOptions

__all__ = ["breach", "disposition", "notice"]


def _paperwork_options(
    out: Path | None, force: bool, library: Path | None, issuer: Path | None,
    template: Path | None, on: str | None, agreement: Path | None,
) -> "PaperworkOptions":  # fmt: skip
    from ..inputs.dates import date_option
    from ..paperwork.documents import PaperworkOptions

    return PaperworkOptions(
        agreement=agreement,
        out=out, force=force, library=library, issuer=issuer, template=template,
        build_date=date_option(on) if on else None,
    )  # fmt: skip


AgreementOption = Annotated[
    Path | None,
    typer.Option("--agreement", dir_okay=False, help="The issued agreement (DOCX or PDF) to "
                 "cite; default: the agreement as the profile builds today."),
]  # fmt: skip


def notice(
    profile: ProfileArgument,
    executed: Annotated[
        str,
        typer.Option("--executed", metavar="YYYY-MM-DD", help="Date the contract was executed."),
    ],
    out: OutOption = Path("out"),
    force: ForceOption = False,
    as_json: JsonOption = False,
    library: LibraryOption = None,
    issuer: IssuerOption = None,
    template: TemplateOption = None,
    on: DateOption = None,
    agreement: AgreementOption = None,
) -> None:
    """Write the notice to families that a contract was executed, with its due date.

    The notice is an HTML page, a plain-text e-mail and a DOCX; it is due the business days
    after execution that the catalogue sets (five, as shipped), skipping weekends and
    Connecticut state holidays.

    Example: crec-assemble notice examples/acme-learning.yaml --executed 2026-11-25
    """
    from ..inputs.dates import date_option
    from ..paperwork.deadlines import business_days_in_words
    from ..paperwork.documents import notice as write_notice

    options = _paperwork_options(out, force, library, issuer, template, on, agreement)
    report = write_notice(profile, date_option(executed, "--executed"), options)
    if as_json:
        print_json(report.as_json())
        return
    period = business_days_in_words(report.business_days, figure=False)
    typer.echo(
        f"Send and post by {report.deadline:%A, %B} {report.deadline.day}, "
        f"{report.deadline.year} ({period} after {report.executed.isoformat()})."
    )
    report_documents(report.documents)


def breach(
    profile: ProfileArgument,
    discovered: Annotated[
        str,
        typer.Option(
            "--discovered",
            metavar="YYYY-MM-DD HH:MM",
            help="When the breach was discovered (Connecticut time unless an offset is given).",
        ),
    ],
    data: Annotated[
        str,
        typer.Option(
            "--data",
            metavar="CATEGORY[,CATEGORY…]",
            help="student_information, directory_information, student_records, "
            "student_generated_content.",
        ),
    ],
    urgent: Annotated[
        bool, typer.Option("--urgent", help="Possible imminent misuse of student data (6(a)).")
    ] = False,
    notified: Annotated[
        str | None,
        typer.Option(
            "--notified", metavar="YYYY-MM-DD HH:MM", help="When CREC was notified, if it has been."
        ),
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            help="Also write the letter to parents and the website posting, into this folder.",
            file_okay=False,
        ),
    ] = None,
    force: ForceOption = False,
    as_json: JsonOption = False,
    library: LibraryOption = None,
    issuer: IssuerOption = None,
    template: TemplateOption = None,
    on: DateOption = None,
    agreement: AgreementOption = None,
) -> None:
    """Print who must act after a breach, by when, and where each duty comes from.

    The strictest deadline governs when several kinds of data are involved. With --out, also
    write the letter to parents and the website posting.

    Example: crec-assemble breach examples/acme-learning.yaml --discovered "2026-09-04 23:30"
    --data student_information,student_records
    """
    from ..inputs.dates import moment_option
    from ..paperwork.documents import breach as breach_report

    report = breach_report(
        profile,
        moment_option(discovered, "--discovered"),
        [item.strip() for item in data.split(",") if item.strip()],
        _paperwork_options(out, force, library, issuer, template, on, agreement),
        urgent=urgent,
        notified=moment_option(notified, "--notified") if notified else None,
    )
    for key in report.undeclared:
        typer.echo(f"warning: {profile}: the profile declares no {key}; check the "
                   "categories breached or the profile", err=True)  # fmt: skip
    if as_json:
        print_json(report.as_json())
        return
    from ..library.placeholders import format_moment

    for o in report.obligations:
        source = "statute" if o.basis == "statute" else "Regulation 3520.13-R"
        typer.echo(
            f"{format_moment(o.deadline)}  {o.party}: {o.action}  "
            f"[{source} {o.paragraph}: {o.rule}]"
        )
    report_documents(report.documents)


def disposition(
    profile: ProfileArgument,
    out: OutOption = Path("out"),
    force: ForceOption = False,
    as_json: JsonOption = False,
    library: LibraryOption = None,
    issuer: IssuerOption = None,
    template: TemplateOption = None,
    on: DateOption = None,
    agreement: AgreementOption = None,
) -> None:
    """Write CREC's request to delete student data and the certificate of deletion.

    The request is the written one of provision 2; the contractor signs the certificate at the
    end of the contract (provision 7).

    Example: crec-assemble disposition examples/acme-learning.yaml --out out
    """
    from ..paperwork.documents import disposition as write_disposition

    report = write_disposition(
        profile, _paperwork_options(out, force, library, issuer, template, on, agreement)
    )
    if as_json:
        print_json(report.as_json())
        return
    report_documents(report.documents)
