"""The ``crec-assemble`` command: wiring only.

Each command parses its options, calls one library function and prints the
result. Every :class:`~crec_assemble.errors.CrecError` is turned into its
message on stderr and its exit code in one place, ``_Commands.invoke``.
"""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from . import __version__
from .errors import CrecError

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


class Role(StrEnum):
    operator = "operator"
    consultant = "consultant"


class Format(StrEnum):
    docx = "docx"
    pdf = "pdf"
    all = "all"


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


Profiles = Annotated[
    list[Path],
    typer.Argument(help="Contractor profile YAML files.", show_default=False, metavar="PROFILE"),
]
LibraryOption = Annotated[
    Path | None,
    typer.Option("--library", help="Clause library directory (default: the shipped one).",
                 file_okay=False),
]  # fmt: skip
IssuerOption = Annotated[
    Path | None,
    typer.Option("--issuer", help="Issuer YAML for another board of education (default: CREC).",
                 dir_okay=False),
]  # fmt: skip


DateOption = Annotated[
    str | None,
    typer.Option("--date", metavar="YYYY-MM-DD", help="Build as of this date (default: "
                 "SOURCE_DATE_EPOCH, else today)."),
]  # fmt: skip


@app.command()
def build(
    profiles: Profiles,
    out: Annotated[Path, typer.Option("--out", help="Output directory.", file_okay=False)] = Path(
        "out"
    ),
    format: Annotated[Format, typer.Option("--format", help="What to write.")] = Format.all,
    draft: Annotated[
        bool, typer.Option("--draft", help="Write even if requirements are unmet, marked DRAFT.")
    ] = False,
    force: Annotated[bool, typer.Option("--force", help="Overwrite existing outputs.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the result as JSON.")] = False,
    library: LibraryOption = None,
    issuer: IssuerOption = None,
    template: Annotated[
        Path | None,
        typer.Option(
            "--template", help="Word template (default: the shipped one).", dir_okay=False
        ),
    ] = None,
    on: DateOption = None,
) -> None:
    """Build a signature-ready agreement (DOCX and PDF) for each profile.

    Every agreement is checked against the regulation first; if one misses a
    requirement nothing is written (exit 1) unless --draft is given.

    Example: crec-assemble build examples/*.yaml --out out
    """
    from .build import BuildOptions, parse_build_date
    from .build import build as build_documents

    documents = build_documents(
        profiles,
        BuildOptions(
            out=out, format=format.value, draft=draft, force=force, library=library,
            issuer=issuer, template=template, build_date=parse_build_date(on) if on else None,
        ),
    )  # fmt: skip
    for document in documents:
        for finding in document.agreement.unmet:
            typer.echo(f"DRAFT: {document.profile}: {finding}", err=True)
    if as_json:
        payload = {"documents": [document.as_json() for document in documents]}
        typer.echo(json.dumps(payload, indent=2, ensure_ascii=False))
        return
    for document in documents:
        agreement = document.agreement
        paths = ", ".join(str(output.path) for output in document.outputs)
        typer.echo(f"{agreement.id}  {agreement.profile.contractor.legal_name}  →  {paths}")


@app.command()
def validate(
    profiles: Profiles,
    library: LibraryOption = None,
    issuer: IssuerOption = None,
    on: DateOption = None,
) -> None:
    """Check profiles, and that the agreement each would produce meets the regulation.

    Reports every problem at once as FILE:LINE: field: message (exit 2), or
    each unmet requirement (exit 1). Writes nothing.

    Example: crec-assemble validate examples/acme-learning.yaml
    """
    from .build import assemble_all, check_gate, parse_build_date

    agreements = assemble_all(
        profiles, library=library, issuer=issuer, build_date=parse_build_date(on) if on else None
    )
    check_gate(agreements)
    for path, agreement in zip(profiles, agreements, strict=True):
        contractor = agreement.profile.contractor
        typer.echo(
            f"{path}: ok: {contractor.legal_name} ({contractor.role}), "
            f"{len(agreement.requirements)} requirements met"
        )


@app.command()
def init(
    path: Annotated[Path, typer.Argument(help="Where to write the profile.", dir_okay=False)],
    role: Annotated[Role, typer.Option("--role", help="operator or consultant.")] = Role.operator,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
) -> None:
    """Write a commented starter profile that validates as written.

    Example: crec-assemble init --role consultant profiles/evaluator.yaml
    """
    from .starter import write_starter_profile

    write_starter_profile(path, role.value, force=force)
    typer.echo(f"wrote {path}; edit it, then run: crec-assemble validate {path}")


@app.command()
def schema() -> None:
    """Print the profile's JSON Schema, for editors that autocomplete YAML.

    Example: crec-assemble schema > profile.schema.json
    """
    from .profile import PROFILE_SCHEMA

    typer.echo(json.dumps(PROFILE_SCHEMA, indent=2))


@app.command()
def verify(
    file: Annotated[Path, typer.Argument(help="An issued DOCX or PDF.", dir_okay=False)],
    as_json: Annotated[bool, typer.Option("--json", help="Print the result as JSON.")] = False,
) -> None:
    """Check that an issued DOCX or PDF still says what its manifest records.

    Exit 0 when every section is intact, 1 naming each altered section.

    Example: crec-assemble verify out/acme-learning-inc.pdf
    """
    from .verify import verify as verify_document

    report = verify_document(file)
    manifest = report.manifest
    if as_json:
        typer.echo(json.dumps(report.as_json(), indent=2, ensure_ascii=False))
    else:
        for section in report.altered:
            typer.echo(f"{file}: altered: {section.label}")
        for where in report.added:
            typer.echo(f"{file}: text added {where}")
        if manifest.draft:
            unmet = ", ".join(manifest.unmet) or "none"
            typer.echo(f"{file}: DRAFT, not for signature (unmet requirements: {unmet})")
        if report.intact:
            typer.echo(f"{file}: intact: {manifest.agreement_id}, {len(report.sections)} sections")
        typer.echo(f"{file}: manifest sha256 {manifest.sha256}")
    if not report.intact:
        raise typer.Exit(1)


def main() -> None:
    """Entry point of the console script."""
    app()
