"""Options and arguments that several ``crec-assemble`` commands share.

Kept apart from the commands so that each command module declares the same
``--library``, ``--date``, ``--edition``… with the same help.
"""

from pathlib import Path
from typing import Annotated

import typer

__all__ = [
    "DateOption",
    "DbOption",
    "EditionOption",
    "ForceOption",
    "IssuerOption",
    "JsonOption",
    "LibraryOption",
    "OutOption",
    "ProfileArgument",
    "Profiles",
    "SealOption",
    "TemplateOption",
]


Profiles = Annotated[
    list[Path],
    typer.Argument(help="Contractor profile YAML files.", show_default=False, metavar="PROFILE..."),
]
ProfileArgument = Annotated[
    Path, typer.Argument(metavar="PROFILE", help="Contractor profile YAML.", dir_okay=False)
]
LibraryOption = Annotated[
    Path | None,
    typer.Option(
        "--library", help="Clause library directory (default: the shipped one).", file_okay=False
    ),
]
IssuerOption = Annotated[
    Path | None,
    typer.Option(
        "--issuer",
        help="Issuer YAML for another board of education (default: CREC).",
        dir_okay=False,
    ),
]


SealOption = Annotated[
    Path | None,
    typer.Option(
        "--seal",
        metavar="P12",
        dir_okay=False,
        help="Seal with CREC's key: a PKCS#12 file (key and certificate) whose password is "
        "read from the environment variable CREC_SEAL_PASSWORD (empty when unset), never "
        "from the command line. Each PDF is certified (PAdES, form filling and signing "
        "allowed) and each DOCX carries a signature over its manifest. Default: the key the "
        "issuer file's seal block names, if any.",
    ),
]


OutOption = Annotated[Path, typer.Option("--out", help="Output directory.", file_okay=False)]
ForceOption = Annotated[bool, typer.Option("--force", help="Overwrite existing outputs.")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print the result as JSON.")]
TemplateOption = Annotated[
    Path | None,
    typer.Option("--template", help="Word template (default: the shipped one).", dir_okay=False),
]
EditionOption = Annotated[
    str | None,
    typer.Option(
        "--edition",
        metavar="NAME",
        help="Clause library edition (default: the newest "
        "in effect on the build date; see `crec-assemble clauses list`).",
    ),
]
DateOption = Annotated[
    str | None,
    typer.Option(
        "--date",
        metavar="YYYY-MM-DD",
        help="Build as of this date (default: SOURCE_DATE_EPOCH, else today).",
    ),
]
DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        metavar="PATH|URL",
        help="The register: an SQLite file or a postgresql:// URL (default: $CREC_REGISTER, "
        "else register.db here).",
    ),
]
