"""``build``, ``validate``, ``init`` and ``schema``: from profiles to agreements."""

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal

import typer

from ..model import ESign, FormatChoice, MainKind, Role
from .console import print_json, progress_bar, report_documents, summary
from .options import (
    DateOption,
    DbOption,
    EditionOption,
    ForceOption,
    IssuerOption,
    JsonOption,
    LibraryOption,
    OutOption,
    Profiles,
    SealOption,
    TemplateOption,
)

__all__ = ["build", "init", "schema", "validate"]

if TYPE_CHECKING:
    from ..pipeline.outcome import BatchResult
    from ..register.database import Register


def build(
    profiles: Annotated[
        list[Path],
        typer.Argument(
            help="Profile files, folders (read recursively for *.yaml) or globs.",
            show_default=False,
            metavar="PROFILE...",
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
        bool,
        typer.Option(
            "--draft",
            help="Write even if requirements are unmet or a subcontractor lacks the contacts "
            "its flow-down needs, marked DRAFT.",
        ),
    ] = False,
    force: ForceOption = False,
    skip_existing: Annotated[
        bool,
        typer.Option(
            "--skip-existing",
            help="Leave profiles whose outputs all exist and name the same contractor (resume "
            "an interrupted batch); another contractor's file is refused, not skipped.",
        ),
    ] = False,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs",
            min=1,
            help="Worker processes for rendering (default: one per profile, up to the CPU count).",
        ),
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
    seal: SealOption = None,
    register: Annotated[
        bool,
        typer.Option("--register", help="Enter every document built in the register (--db)."),
    ] = False,
    db: DbOption = None,
) -> None:
    """Build each profile's agreement (DOCX, PDF) and its subcontractors' flow-downs.

    Each agreement (or addendum) is signature-ready, with a flow-down addendum for each
    subcontractor the profile names.

    Each profile is checked against the regulation and built on its own: a bad profile or a
    failed conversion is reported and the rest are built (exit 1; exit 2 when every profile
    is bad, 130 when interrupted).

    With --seal, every PDF is certified with CREC's key and every DOCX carries a signature
    over its manifest; a key that cannot seal (wrong password, expired certificate…) stops
    the build before anything is written (exit 2).

    With --register, every document built is entered in the register as it is written (see
    `register add`); the register is opened before anything is built, and a draft is never
    entered.

    Example: crec-assemble build examples/ --out out
    Example: CREC_SEAL_PASSWORD=… crec-assemble build examples/ --seal keys/crec-seal.p12
    Example: crec-assemble build examples/acme-learning.yaml --register --db register.db
    """
    from ..errors import InputError
    from ..inputs.dates import date_option
    from ..inputs.seal import load_seal
    from ..pipeline.batch import build_batch
    from ..pipeline.plan import BuildOptions

    if register and draft:
        raise InputError("--register: a draft is not issued, so it is never entered")

    options = BuildOptions(
        out=out, format=format, draft=draft, force=force, library=library,
        issuer=issuer, template=template, build_date=date_option(on) if on else None,
        kind=kind, esign=esign,
        edition=edition, seal=load_seal(seal) if seal else None,
    )  # fmt: skip
    with _register_if(register, db) as opened, progress_bar(quiet=as_json) as progress:
        result = build_batch(
            profiles, options, jobs=jobs, skip_existing=skip_existing, timeout=timeout,
            progress=progress,
        )  # fmt: skip
        if opened is not None:
            _enter_built(opened, result, quiet=as_json)
    for document in result.documents:
        for finding in document.unmet:
            typer.echo(f"DRAFT: {document.profile}: {finding}", err=True)
    for failure in result.failures:
        for line in failure.reason.splitlines():
            typer.echo(line if line.startswith(str(failure.profile)) else
                       f"{failure.profile}: {line}", err=True)  # fmt: skip
    if as_json:
        print_json(result.as_json())
    else:
        report_documents(result.documents)
        summary(result)
    raise typer.Exit(result.exit_code)


@contextmanager
def _register_if(wanted: bool, db: str | None) -> Iterator["Register | None"]:
    """The register, opened before the build so that a wrong --db stops it before it starts."""
    if not wanted:
        yield None
        return
    from ..register.database import open_register

    with open_register(db, create=True) as opened:
        yield opened


def _enter_built(opened: "Register", result: "BatchResult", *, quiet: bool) -> None:
    from ..inputs.dates import default_moment
    from ..register.recording import add_files
    from .register import who

    paths = [o.path for d in result.documents if not d.unmet for o in d.outputs]
    added = add_files(opened, paths, by=who(None), now=default_moment())
    if not quiet:
        entered = len({a.document for a in added if a.entered})
        typer.echo(f"register: {entered} documents entered in {opened.name}")


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
    from ..inputs.dates import date_option
    from ..pipeline.build import check_profiles

    checked = check_profiles(
        profiles, library=library, issuer=issuer, build_date=date_option(on) if on else None,
        edition=edition,
    )  # fmt: skip
    for profile in checked:
        typer.echo(profile.summary)


def init(
    path: Annotated[
        Path, typer.Argument(metavar="PATH", help="Where to write the profile.", dir_okay=False)
    ],
    role: Annotated[Role, typer.Option("--role", help="operator or consultant.")] = "operator",
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
    as_json: JsonOption = False,
) -> None:
    """Write a commented starter profile that validates as written.

    Example: crec-assemble init --role consultant profiles/evaluator.yaml
    """
    from ..inputs.starter import starter_profile
    from ..pipeline.files import write_new

    sha256 = write_new(path, starter_profile(role).encode("utf-8"), force=force)
    if as_json:
        print_json({"outputs": [{"format": "yaml", "path": str(path), "sha256": sha256}]})
    else:
        typer.echo(f"wrote {path}; edit it, then run: crec-assemble validate {path}")


def schema(
    what: Annotated[
        Literal["profile", "issuer"],
        typer.Argument(
            metavar="[profile|issuer]",
            help="A contractor profile's schema (the default) or an issuer file's.",
        ),
    ] = "profile",
) -> None:
    """Print the JSON Schema of a profile or an issuer file, for editors.

    Editors that know the schema autocomplete and check the YAML as it is typed. Without an
    argument it prints the profile's (crec-assemble schema > profile.schema.json); the issuer
    file's is for boards that pass their own with --issuer FILE.

    Example: crec-assemble schema issuer > issuer.schema.json
    """
    if what == "issuer":
        from ..inputs.issuer import ISSUER_SCHEMA

        print_json(ISSUER_SCHEMA)
        return
    from ..inputs.profile import PROFILE_SCHEMA

    print_json(PROFILE_SCHEMA)
