"""The ``crec-assemble`` command: wiring only.

Each command parses its options, calls one library function and prints the
result. Every :class:`~crec_assemble.errors.CrecError` is turned into its
message on stderr and its exit code in one place, ``_Commands.invoke``.
"""

import signal
from typing import Annotated, Any

import typer

from ..errors import CrecError
from .build import build, init, schema, validate
from .counsel import clauses, requirements
from .documents import audit, rebuild, redline, verify
from .help_format import Command, Group
from .paperwork import breach, disposition, notice
from .register import register
from .serve import serve
from .users import users

__all__ = ["app", "main"]


class _Commands(Group):
    """Turns library errors into one line per problem and an exit code (2 input, 1 check)."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except CrecError as error:
            for line in str(error).splitlines():
                typer.echo(line, err=True)
            raise typer.Exit(error.exit_code) from None


app = typer.Typer(
    rich_markup_mode=None,
    context_settings={"max_content_width": 100},
    cls=_Commands,
    help="Assemble, check and verify Student Data Privacy Agreements under CREC "
    "Regulation 3520.13-R.",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,  # profiles hold contact details
    add_completion=False,
)


def _version(value: bool) -> None:
    if value:
        from ..resources import tool_version

        typer.echo(f"crec-assemble {tool_version()}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """Assemble, check and verify Student Data Privacy Agreements (Regulation 3520.13-R)."""


app.command(cls=Command)(build)
app.command(cls=Command)(validate)
app.command(cls=Command)(init)
app.command(cls=Command)(schema)
app.command(cls=Command)(notice)
app.command(cls=Command)(breach)
app.command(cls=Command)(disposition)
app.add_typer(clauses, name="clauses")
app.command(cls=Command)(requirements)
app.command(cls=Command)(verify)
app.add_typer(redline, name="redline")
app.command(cls=Command)(rebuild)
app.command(cls=Command)(audit)
app.add_typer(register, name="register")
app.command(cls=Command)(serve)
app.add_typer(users, name="users")


def main() -> None:
    """Entry point of the console script.

    SIGTERM (``timeout``, a CI runner cancelling, a service manager) ends the command
    the way Ctrl-C's clean-up does, through Python's exit: LibreOffice processes are
    stopped and no temporary file is left.
    """
    signal.signal(signal.SIGTERM, _terminated)
    app()


def _terminated(number: int, frame: object) -> None:
    raise SystemExit(128 + number)
