"""The ``crec-assemble`` command: wiring only.

Each command parses its options, calls one library function and prints the
result. Every :class:`~crec_assemble.errors.CrecError` is turned into its
message on stderr and its exit code in one place, ``_Commands.invoke``.
"""

from __future__ import annotations

from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from .. import __version__
from ..errors import CrecError
from .build import build, init, schema, validate
from .counsel import clauses, requirements
from .documents import audit, rebuild, redline, verify
from .paperwork import breach, disposition, notice

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


app.command()(build)
app.command()(validate)
app.command()(init)
app.command()(schema)
app.command()(notice)
app.command()(breach)
app.command()(disposition)
app.add_typer(clauses, name="clauses")
app.command()(requirements)
app.command()(verify)
app.command()(redline)
app.command()(rebuild)
app.command()(audit)


def main() -> None:
    """Entry point of the console script."""
    app()
