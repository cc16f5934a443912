"""The ``crec-assemble`` command: wiring only.

Each command parses its options, calls one library function and prints the
result. Every :class:`~crec_assemble.errors.CrecError` is turned into its
message on stderr and its exit code in one place, ``_Commands.invoke``.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from typer.core import TyperGroup

from .. import __version__
from ..errors import CrecError
from ..model import ESign, FormatChoice, MainKind, Role
from .counsel import clauses, requirements
from .documents import audit, rebuild, redline, verify
from .options import (
    DateOption,
    EditionOption,
    ForceOption,
    IssuerOption,
    JsonOption,
    LibraryOption,
    OutOption,
    Profiles,
    TemplateOption,
)

if TYPE_CHECKING:
    from ..pipeline.batch import BatchResult
    from ..pipeline.produce import Produced

__all__ = ["app", "main"]


class _Commands(TyperGroup):
    """Turns library errors into one line per problem and an exit code (2 input, 1 check)."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except CrecError as error:
            for line in str(error).splitlines():
                typer.echo(line, err=True)
            raise typer.Exit(error.exit_code) from None


app = typer.Typer(
    cls=_Commands,
    help="Assemble, check and verify Student Data Privacy Agreements under CREC "
    "Regulation 3520.13-R.",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,  # profiles hold contact details
    add_completion=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"crec-assemble {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """Assemble, check and verify Student Data Privacy Agreements (Regulation 3520.13-R)."""


@app.command()
def build(
    profiles: Annotated[
        list[Path],
        typer.Argument(
            help="Profile files, folders (read recursively for *.yaml) or globs.",
            show_default=False,
            metavar="PROFILE",
        ),
    ],
    out: OutOption = Path("out"),
    format: Annotated[FormatChoice, typer.Option("--format", help="What to write.")] = "all",
    kind: Annotated[
        MainKind | None,
        typer.Option(
            "--kind",
            help="agreement or addendum (default: addendum when the profile "
            "names services.master_agreement).",
        ),
    ] = None,
    esign: Annotated[
        ESign | None,
        typer.Option("--esign", help="Add invisible DocuSign anchors or Acrobat Sign text tags."),
    ] = None,
    draft: Annotated[
        bool, typer.Option("--draft", help="Write even if requirements are unmet, marked DRAFT.")
    ] = False,
    force: ForceOption = False,
    skip_existing: Annotated[
        bool,
        typer.Option(
            "--skip-existing",
            help="Leave profiles whose outputs all exist (resume an interrupted batch).",
        ),
    ] = False,
    jobs: Annotated[
        int | None,
        typer.Option("--jobs", min=1, help="Worker processes for rendering (default: CPU count)."),
    ] = None,
    timeout: Annotated[
        float,
        typer.Option(
            "--timeout",
            min=1,
            help="Seconds LibreOffice may go without finishing a document "
            "before it is stopped and the document retried alone.",
        ),
    ] = 60.0,
    as_json: JsonOption = False,
    library: LibraryOption = None,
    issuer: IssuerOption = None,
    template: TemplateOption = None,
    on: DateOption = None,
    edition: EditionOption = None,
) -> None:
    """Build a signature-ready agreement (DOCX and PDF) for each profile, and a flow-down
    addendum for each of its subcontractors.

    Each profile is checked against the regulation and built on its own: a bad
    profile or a failed conversion is reported and the rest are built (exit 1).

    Example: crec-assemble build examples/ --out out
    """
    from ..pipeline.batch import build_batch
    from ..pipeline.plan import BuildOptions, parse_build_date

    options = BuildOptions(
        out=out, format=format, draft=draft, force=force, library=library,
        issuer=issuer, template=template, build_date=parse_build_date(on) if on else None,
        kind=kind, esign=esign,
        edition=edition,
    )  # fmt: skip
    with _progress(quiet=as_json) as progress:
        result = build_batch(
            profiles, options, jobs=jobs, skip_existing=skip_existing, timeout=timeout,
            progress=progress,
        )  # fmt: skip
    for document in result.documents:
        for finding in document.unmet:
            typer.echo(f"DRAFT: {document.profile}: {finding}", err=True)
    for failure in result.failures:
        for line in failure.reason.splitlines():
            typer.echo(line if line.startswith(str(failure.profile)) else
                       f"{failure.profile}: {line}", err=True)  # fmt: skip
    if as_json:
        payload = {
            "interrupted": result.interrupted,
            "documents": [document.as_json() for document in result.documents],
            "skipped": [str(path) for path in result.skipped],
            "failures": [{"profile": str(f.profile), "reason": f.reason} for f in result.failures],
        }
        typer.echo(json.dumps(payload, indent=2, ensure_ascii=False))
    else:
        _report(result.documents, False)
        _summary(result)
    if result.interrupted:
        raise typer.Exit(130)
    if result.failures:
        only_input = all(f.input_error for f in result.failures) and not result.documents
        raise typer.Exit(2 if only_input else 1)


@contextmanager
def _progress(*, quiet: bool) -> Iterator[Callable[[str, int, int], None] | None]:
    """A progress bar on a terminal; nothing when output is piped or JSON."""
    if quiet or not sys.stdout.isatty():
        yield None
        return
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )  # fmt: skip

    columns = (
        TextColumn("[bold]{task.description}", justify="left"), BarColumn(),
        MofNCompleteColumn(), TextColumn("{task.fields[rate]}"),
        TimeRemainingColumn(),
    )  # fmt: skip
    with Progress(*columns, transient=False) as bar:
        task = bar.add_task("starting", total=None, rate="")
        started = time.monotonic()

        def update(current: str, done: int, known: int) -> None:
            elapsed = max(time.monotonic() - started, 1e-6)
            bar.update(task, description=Path(current).name[:40], completed=done, total=known,
                       rate=f"{done / elapsed:.1f} docs/s")  # fmt: skip

        yield update


def _summary(result: BatchResult) -> None:
    """Built, skipped, failed and time, as a table on a terminal and a line otherwise."""
    built = len(result.documents)
    line = (
        f"built {built} document(s), skipped {len(result.skipped)} profile(s), "
        f"failed {len(result.failures)} profile(s) in {result.seconds:.1f} s"
        + (" — interrupted" if result.interrupted else "")
    )
    if not sys.stdout.isatty():
        typer.echo(line)
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title="crec-assemble build" + (" (interrupted)" if result.interrupted else ""))
    for column in ("documents built", "profiles skipped", "profiles failed", "time"):
        table.add_column(column, justify="right")
    table.add_row(str(built), str(len(result.skipped)), str(len(result.failures)),
                  f"{result.seconds:.1f} s")  # fmt: skip
    Console().print(table)


def _report(documents: Sequence[Produced], as_json: bool) -> None:
    """Each written document on a line, or all of them as JSON."""
    if as_json:
        payload = {"documents": [document.as_json() for document in documents]}
        typer.echo(json.dumps(payload, indent=2, ensure_ascii=False))
        return
    for document in documents:
        paths = ", ".join(str(output.path) for output in document.outputs)
        typer.echo(f"{document.id}  {document.title}  →  {paths}")


@app.command()
def validate(
    profiles: Profiles,
    library: LibraryOption = None,
    issuer: IssuerOption = None,
    on: DateOption = None,
    edition: EditionOption = None,
) -> None:
    """Check profiles, and that the documents each would produce meet the regulation.

    Reports every problem at once as FILE:LINE: field: message (exit 2), or
    each unmet requirement (exit 1). Writes nothing.

    Example: crec-assemble validate examples/acme-learning.yaml
    """
    from ..pipeline.plan import assemble_all, check_gate, load_inputs, parse_build_date

    inputs = load_inputs(
        profiles, library=library, issuer=issuer, build_date=parse_build_date(on) if on else None,
        edition=edition,
    )  # fmt: skip
    documents = assemble_all(inputs)
    check_gate(documents)
    for path, (main, *flowdowns) in documents:
        contractor = main.profile.contractor
        extra = f", {len(flowdowns)} flow-down(s)" if flowdowns else ""
        typer.echo(
            f"{path}: ok: {contractor.legal_name} ({contractor.role}), {main.kind}, "
            f"{len(main.requirements)} requirements met{extra}, edition {main.edition}"
        )


@app.command()
def init(
    path: Annotated[Path, typer.Argument(help="Where to write the profile.", dir_okay=False)],
    role: Annotated[Role, typer.Option("--role", help="operator or consultant.")] = "operator",
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
) -> None:
    """Write a commented starter profile that validates as written.

    Example: crec-assemble init --role consultant profiles/evaluator.yaml
    """
    from ..inputs.starter import starter_profile
    from ..pipeline.files import write_new

    write_new(path, starter_profile(role).encode("utf-8"), force=force)
    typer.echo(f"wrote {path}; edit it, then run: crec-assemble validate {path}")


@app.command()
def schema() -> None:
    """Print the profile's JSON Schema, for editors that autocomplete YAML.

    Example: crec-assemble schema > profile.schema.json
    """
    from ..inputs.profile import PROFILE_SCHEMA

    typer.echo(json.dumps(PROFILE_SCHEMA, indent=2))


def _paperwork_options(
    out: Path | None, force: bool, library: Path | None, issuer: Path | None,
    template: Path | None, on: str | None, agreement: Path | None,
) -> Any:  # fmt: skip
    from ..paperwork.documents import PaperworkOptions
    from ..pipeline.plan import parse_build_date

    return PaperworkOptions(
        agreement=agreement,
        out=out, force=force, library=library, issuer=issuer, template=template,
        build_date=parse_build_date(on) if on else None,
    )  # fmt: skip


Profile = Annotated[Path, typer.Argument(help="Contractor profile YAML.", dir_okay=False)]
AgreementOption = Annotated[
    Path | None,
    typer.Option("--agreement", dir_okay=False, help="The issued agreement (DOCX or PDF) to "
                 "cite; default: the agreement as the profile builds today."),
]  # fmt: skip


@app.command()
def notice(
    profile: Profile,
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
    """Write the notice to students and parents that a contract was executed (HTML page,
    plain-text e-mail, DOCX) and print its deadline: five business days after execution,
    skipping weekends and Connecticut state holidays.

    Example: crec-assemble notice examples/acme-learning.yaml --executed 2026-11-25
    """
    from ..paperwork.documents import notice as write_notice
    from ..pipeline.plan import parse_build_date

    options = _paperwork_options(out, force, library, issuer, template, on, agreement)
    report = write_notice(profile, parse_build_date(executed, "--executed"), options)
    if as_json:
        payload = {
            "executed": report.executed.isoformat(),
            "deadline": report.deadline.isoformat(),
            "documents": [document.as_json() for document in report.documents],
        }
        typer.echo(json.dumps(payload, indent=2, ensure_ascii=False))
        return
    typer.echo(
        f"Send and post by {report.deadline:%A, %B} {report.deadline.day}, "
        f"{report.deadline.year} (five business days after {report.executed.isoformat()})."
    )
    _report(report.documents, False)


@app.command()
def breach(
    profile: Profile,
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
            help="Also write the letter to parents and the website posting.",
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
    """Print who must act, by when, after a breach of security, with the paragraph each
    duty comes from; the strictest deadline governs when several kinds of data are involved.

    Example: crec-assemble breach examples/acme-learning.yaml --discovered "2026-09-04 23:30"
    --data student_information,student_records
    """
    from ..paperwork.documents import breach as breach_report
    from ..paperwork.documents import parse_moment

    report = breach_report(
        profile,
        parse_moment(discovered, "--discovered"),
        [item.strip() for item in data.split(",") if item.strip()],
        _paperwork_options(out, force, library, issuer, template, on, agreement),
        urgent=urgent,
        notified=parse_moment(notified, "--notified") if notified else None,
    )
    for key in report.undeclared:
        typer.echo(f"warning: {profile}: the profile declares no {key}; check the "
                   "categories breached or the profile", err=True)  # fmt: skip
    if as_json:
        payload = {
            "obligations": [
                {
                    "party": o.party, "action": o.action, "deadline": o.deadline.isoformat(),
                    "paragraph": o.paragraph, "basis": o.basis, "rule": o.rule,
                    "counts": o.counts, "categories": list(o.categories),
                }
                for o in report.obligations
            ],
            "documents": [document.as_json() for document in report.documents],
        }  # fmt: skip
        typer.echo(json.dumps(payload, indent=2, ensure_ascii=False))
        return
    from ..library.placeholders import format_moment

    for o in report.obligations:
        source = "statute" if o.basis == "statute" else "Regulation 3520.13-R"
        typer.echo(
            f"{format_moment(o.deadline)}  {o.party}: {o.action}  "
            f"[{source} {o.paragraph}: {o.rule}]"
        )
    _report(report.documents, False)


@app.command()
def disposition(
    profile: Profile,
    out: OutOption = Path("out"),
    force: ForceOption = False,
    as_json: JsonOption = False,
    library: LibraryOption = None,
    issuer: IssuerOption = None,
    template: TemplateOption = None,
    on: DateOption = None,
    agreement: AgreementOption = None,
) -> None:
    """Write CREC's written request for deletion of student data (provision 2) and the
    certificate of deletion the contractor signs at the end of the contract (provision 7).

    Example: crec-assemble disposition examples/acme-learning.yaml --out out
    """
    from ..paperwork.documents import disposition as write_disposition

    documents = write_disposition(
        profile, _paperwork_options(out, force, library, issuer, template, on, agreement)
    )
    _report(documents, as_json)


app.add_typer(clauses, name="clauses")
app.command()(requirements)
app.command()(verify)
app.command()(redline)
app.command()(rebuild)
app.command()(audit)


def main() -> None:
    """Entry point of the console script."""
    app()
