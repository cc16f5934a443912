"""The ``crec-assemble`` command: wiring only.

Each command parses its options, calls one library function and prints the
result. Every :class:`~crec_assemble.errors.CrecError` is turned into its
message on stderr and its exit code in one place, ``_Commands.invoke``.
"""

import signal
import sys
from collections.abc import Iterable
from importlib import import_module
from typing import Annotated, Any

import typer

from ..errors import CrecError
from .help_format import Command, Group

__all__ = ["app", "main"]

app: typer.Typer
"""The whole command, every command and group in it (for tests and the documentation); made
when first asked for (``__getattr__``), since ``main`` builds only the command it runs."""

# Every command and group, in the order --help lists them, with the module of this package
# that defines it (a group is a Typer of its own, added with add_typer).
_DEFINED_IN = {
    "build": "build",
    "validate": "build",
    "init": "build",
    "schema": "build",
    "notice": "paperwork",
    "breach": "paperwork",
    "disposition": "paperwork",
    "clauses": "counsel",
    "requirements": "counsel",
    "verify": "documents",
    "redline": "documents",
    "rebuild": "documents",
    "audit": "documents",
    "register": "register",
    "serve": "serve",
    "users": "users",
}


class _Commands(Group):
    """Turns library errors into one line per problem and an exit code (2 input, 1 check)."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except CrecError as error:
            for line in str(error).splitlines():
                typer.echo(line, err=True)
            raise typer.Exit(error.exit_code) from None


def _version(value: bool) -> None:
    if value:
        from ..resources import tool_version

        typer.echo(f"crec-assemble {tool_version()}")
        raise typer.Exit()


def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """Assemble, check and verify Student Data Privacy Agreements (Regulation 3520.13-R)."""


def _command_line(names: Iterable[str] = _DEFINED_IN) -> typer.Typer:
    """The ``crec-assemble`` command with only the commands and groups ``names`` lists.

    Typer turns each command's signature into click's options every time the program
    starts, and the modules that define them must be imported first: for all sixteen, a
    quarter of what ``crec-assemble --help`` takes. A run of one command needs its own only.
    """
    line = typer.Typer(
        rich_markup_mode=None,
        context_settings={"max_content_width": 100},
        cls=_Commands,
        help="Assemble, check and verify Student Data Privacy Agreements under CREC "
        "Regulation 3520.13-R.",
        no_args_is_help=True,
        pretty_exceptions_show_locals=False,  # profiles hold contact details
        add_completion=False,
    )
    line.callback()(_root)
    for name in names:
        defined = getattr(import_module(f".{_DEFINED_IN[name]}", __package__), name)
        if isinstance(defined, typer.Typer):
            line.add_typer(defined, name=name)
        else:
            line.command(cls=Command)(defined)
    return line


def __getattr__(name: str) -> typer.Typer:
    """Make :data:`app` the first time it is asked for."""
    if name != "app":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    whole = globals()["app"] = _command_line()
    return whole


def main() -> None:
    """Entry point of the console script: the command named first, alone, or every one
    (for ``--help``, ``--version``, or a name that is none of them, which click answers).

    SIGTERM (``timeout``, a CI runner cancelling, a service manager) ends the command
    the way Ctrl-C's clean-up does, through Python's exit: LibreOffice processes are
    stopped and no temporary file is left.
    """
    signal.signal(signal.SIGTERM, _terminated)
    first = sys.argv[1:2]
    _command_line(first if first and first[0] in _DEFINED_IN else _DEFINED_IN)()


def _terminated(number: int, frame: object) -> None:
    raise SystemExit(128 + number)
