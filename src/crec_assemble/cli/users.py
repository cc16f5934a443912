"""``users``: the accounts that may sign in to the web app and use its API. Wiring only.

The work is in :mod:`crec_assemble.register.accounts`; errors reach the root group, which
turns them into lines and exit codes.
"""

import sys
from typing import Annotated

import typer

from .console import print_json
from .help_format import Command, Group
from .options import DbOption, JsonOption
from .register import who
from .register_reports import register_at

__all__ = ["users"]

users = typer.Typer(
    rich_markup_mode=None,
    context_settings={"max_content_width": 100},
    cls=Group,
    help="Manage who may use the web app and its API: accounts, their roles, passwords and "
    "tokens, kept in the register.",
    no_args_is_help=True,
)

NameArgument = Annotated[str, typer.Argument(metavar="NAME", help="The account's name.")]
PasswordStdinOption = Annotated[
    bool,
    typer.Option(
        "--password-stdin",
        help="Read the password from the first line of standard input instead of asking.",
    ),
]


def _password(from_stdin: bool) -> str:
    """The new password: typed twice, hidden, or the first line of standard input."""
    from ..register.accounts import new_password

    if from_stdin:
        return new_password(sys.stdin.readline().removesuffix("\n").removesuffix("\r"))
    return new_password(typer.prompt("Password", hide_input=True, confirmation_prompt=True))


@users.command(cls=Command)
def add(
    name: NameArgument,
    role: Annotated[
        str,
        typer.Option(
            "--role",
            metavar="ROLE",
            help="staff (everything), counsel (read, audit) or viewer (read only).",
        ),
    ],
    password_stdin: PasswordStdinOption = False,
    db: DbOption = None,
    by: Annotated[
        str | None,
        typer.Option("--by", metavar="NAME", help="Who creates it (default: your login name)."),
    ] = None,
) -> None:
    """Create an account, asking for its password twice (at least 12 characters).

    Staff may do everything, including recording events and building; counsel may read and
    audit; viewers may only read. A register that does not exist yet is created.

    Example: crec-assemble users add amy --role staff
    """
    from ..inputs.dates import default_moment
    from ..register.accounts import account_name, account_role, add_account

    account_name(name)  # both refused before the password is asked for
    account_role(role)
    password = _password(password_stdin)
    with register_at(db, create=True) as opened:
        added = add_account(opened, name, role, password, by=who(by), now=default_moment())
    typer.echo(f"{added.name}: account added ({added.role})")


@users.command(cls=Command)
def passwd(
    name: NameArgument, password_stdin: PasswordStdinOption = False, db: DbOption = None
) -> None:
    """Give an account a new password, asking for it twice; its API token keeps working.

    Example: crec-assemble users passwd amy
    """
    from ..register.accounts import known_account, set_password

    with register_at(db) as opened:
        known_account(opened, name)  # refused before the password is asked for
        set_password(opened, name, _password(password_stdin))
    typer.echo(f"{name}: password changed")


@users.command(cls=Command)
def token(name: NameArgument, db: DbOption = None) -> None:
    """Make a new API token for an account and print it, once; its earlier token stops working.

    Send it as "Authorization: Bearer TOKEN" to the web app's JSON API. Only its hash is kept,
    so a lost token cannot be shown again: make a new one.

    Example: crec-assemble users token amy
    """
    from ..register.accounts import issue_token

    with register_at(db) as opened:
        issued = issue_token(opened, name)
    typer.echo(issued)
    typer.echo(f"{name}: a new API token, shown only this once; the earlier one no longer works",
               err=True)  # fmt: skip


@users.command(name="list", cls=Command)
def list_users(db: DbOption = None, as_json: JsonOption = False) -> None:
    """List the accounts, one line each with its role, by name.

    Example: crec-assemble users list --json
    """
    from ..register.accounts import list_accounts

    with register_at(db) as opened:
        accounts = list_accounts(opened)
    if as_json:
        print_json([account.as_json() for account in accounts])
        return
    width = max((len(account.name) for account in accounts), default=0)
    for account in accounts:
        typer.echo(f"{account.name:<{width}}  {account.role}")
    if not accounts:
        typer.echo("no accounts (users add creates one)")


@users.command(cls=Command)
def remove(name: NameArgument, db: DbOption = None) -> None:
    """Remove an account: its password and token stop working at once. What it recorded stays.

    Example: crec-assemble users remove amy
    """
    from ..register.accounts import remove_account

    with register_at(db) as opened:
        remove_account(opened, name)
    typer.echo(f"{name}: account removed")
