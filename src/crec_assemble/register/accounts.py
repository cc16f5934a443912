"""Who may use the register through the web app: accounts, their passwords and API tokens.

An account has a name, a role and an argon2 password hash; it may also hold one API token,
kept only as its sha256 (a token is random and long, so a fast hash is enough, and a stolen
database gives no token back). The role decides what the account may do (:func:`may`): staff
do everything, counsel read and audit, viewers only read.

Like :mod:`.store`, writes go through SQLAlchemy Core in ``register.writing()`` and reads
through plain SQL in ``register.reading()``; the web app and ``crec-assemble users`` call the
functions here and nothing else touches the ``users`` table.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from typing import TYPE_CHECKING, Literal, get_args

from argon2 import PasswordHasher
from argon2.exceptions import VerificationError

from ..errors import InputError, quoted

if TYPE_CHECKING:
    from .database import Register

__all__ = [
    "ACTIONS",
    "MIN_PASSWORD",
    "ROLES",
    "Account",
    "AccountRole",
    "Action",
    "account_for_token",
    "account_name",
    "account_role",
    "add_account",
    "check_password",
    "find_account",
    "has_accounts",
    "issue_token",
    "known_account",
    "list_accounts",
    "may",
    "new_password",
    "remove_account",
    "set_password",
]

AccountRole = Literal["staff", "counsel", "viewer"]
ROLES: tuple[AccountRole, ...] = get_args(AccountRole)
# What an account may be allowed to do: read the register, audit vendor paper, build
# documents (which enters them in the register), record events, use counsel's pages.
Action = Literal["read", "audit", "build", "record", "counsel"]
ACTIONS: tuple[Action, ...] = get_args(Action)
_ALLOWED: dict[AccountRole, frozenset[Action]] = {
    "viewer": frozenset({"read", "counsel"}),
    "counsel": frozenset({"read", "counsel", "audit"}),
    "staff": frozenset(ACTIONS),
}
MIN_PASSWORD = 12
_NAME = re.compile(r"[A-Za-z0-9._-]{1,64}")
# argon2-cffi's recommended parameters (argon2id); a hash made with older ones is redone at
# the next sign-in (check_password).
_HASHER = PasswordHasher()


@dataclass(frozen=True)
class Account:
    """Someone who may sign in, and what their role lets them do."""

    name: str
    role: AccountRole

    def as_json(self) -> dict[str, str]:
        """The account as ``users list --json`` and the web app's API show it."""
        return {"name": self.name, "role": self.role}


def may(role: AccountRole, action: Action) -> bool:
    """Whether an account of ``role`` may do ``action``.

    Only staff record events or build (a build enters its documents in the register); counsel
    also audit; viewers only read (counsel's pages included).
    """
    return action in _ALLOWED[role]


def account_name(name: str) -> str:
    """``name`` as an account's name: 1 to 64 letters, digits, ``.``, ``_`` or ``-``.

    Raises:
        InputError: for any other name.
    """
    if not _NAME.fullmatch(name):
        raise InputError(
            f"NAME: {quoted(name)} is not an account name (1 to 64 letters, digits, . _ -)"
        )
    return name


def account_role(role: str) -> AccountRole:
    """``role`` as an account's role.

    Raises:
        InputError: listing the roles there are.
    """
    for known in ROLES:
        if known == role:
            return known
    raise InputError(f"--role: {quoted(role)} is not one of {', '.join(ROLES)}")


def new_password(password: str) -> str:
    """``password`` if it is long enough to be an account's password.

    Raises:
        InputError: when it is shorter than :data:`MIN_PASSWORD` characters (never quoting it).
    """
    if len(password) < MIN_PASSWORD:
        raise InputError(
            f"the password is {len(password)} characters long: give at least {MIN_PASSWORD}"
        )
    return password


def add_account(
    register: Register, name: str, role: str, password: str, *, by: str, now: datetime
) -> Account:
    """Create an account with a password; ``by`` is who creates it, ``now`` when.

    Raises:
        InputError: for a bad name, an unknown role, a short password, or a name taken
            already; nothing is written.
    """
    from .schema import users
    from .store import insert_new

    account = Account(account_name(name), account_role(role))
    hashed = _HASHER.hash(new_password(password))
    with register.writing() as connection:
        created = insert_new(
            connection, users, name=account.name, role=account.role, password_hash=hashed,
            token_hash=None, created_at=now.astimezone(UTC).replace(tzinfo=None), created_by=by,
        )  # fmt: skip
    if not created:
        raise InputError(f"{quoted(account.name)}: there is an account of that name already")
    return account


def set_password(register: Register, name: str, password: str) -> None:
    """Give an account a new password; its API token, if any, keeps working.

    Raises:
        InputError: for a short password, a bad name or when there is no such account.
    """
    from sqlalchemy import update

    from .schema import users

    hashed = _HASHER.hash(new_password(password))
    with register.writing() as connection:
        changed = connection.execute(
            update(users).where(users.c.name == account_name(name)).values(password_hash=hashed)
        ).rowcount
    if not changed:
        raise _no_account(name)


def check_password(register: Register, name: str, password: str) -> Account | None:
    """The account, when ``password`` is its password; None for a wrong password or name.

    An unknown name costs the same as a wrong password (a decoy hash is checked instead), so
    how long a sign-in takes does not tell which names exist. A hash made with parameters
    weaker than today's is replaced by one made with them, now that the password is known.
    """
    found = []
    if _NAME.fullmatch(name):  # anything else is no account (and no query: PostgreSQL refuses NUL)
        with register.reading() as reader:
            found = reader.rows("SELECT role, password_hash FROM users WHERE name = ?", [name])
    if not found:
        _verified(_decoy_hash(), password)
        return None
    role, hashed = found[0]
    if not _verified(hashed, password):
        return None
    if _HASHER.check_needs_rehash(hashed):
        _rehash(register, name, hashed, password)
    return Account(name, account_role(role))


def issue_token(register: Register, name: str) -> str:
    """A new API token for the account, shown to the caller once; any earlier one stops
    working. Only its sha256 is stored.

    Raises:
        InputError: for a bad name or when there is no such account.
    """
    from sqlalchemy import update

    from .schema import users

    token = secrets.token_urlsafe(32)
    with register.writing() as connection:
        changed = connection.execute(
            update(users)
            .where(users.c.name == account_name(name))
            .values(token_hash=_token_hash(token))
        ).rowcount
    if not changed:
        raise _no_account(name)
    return token


def account_for_token(register: Register, token: str) -> Account | None:
    """The account whose API token ``token`` is; None for any other token."""
    with register.reading() as reader:
        found = reader.rows(
            "SELECT name, role FROM users WHERE token_hash = ?", [_token_hash(token)]
        )
    return _account(*found[0]) if found else None


def find_account(register: Register, name: str) -> Account | None:
    """The account called ``name`` as the register holds it now; None if there is none.

    A browser session names its account; reading it afresh on each request means an account
    removed is signed out at once, and its role is the one it has now."""
    if not _NAME.fullmatch(name):
        return None
    with register.reading() as reader:
        found = reader.rows("SELECT name, role FROM users WHERE name = ?", [name])
    return _account(*found[0]) if found else None


def known_account(register: Register, name: str) -> Account:
    """The account called ``name``.

    Raises:
        InputError: when there is none.
    """
    found = find_account(register, name)
    if found is None:
        raise _no_account(name)
    return found


def has_accounts(register: Register) -> bool:
    """Whether any account exists: without one, nobody can sign in to the web app."""
    with register.reading() as reader:
        return bool(reader.rows("SELECT count(*) FROM users")[0][0])


def list_accounts(register: Register) -> list[Account]:
    """Every account, by name."""
    with register.reading() as reader:
        return [_account(*row) for row in reader.rows("SELECT name, role FROM users ORDER BY name")]


def remove_account(register: Register, name: str) -> None:
    """Delete an account; its password and token stop working at once. What it recorded in
    the register stays, under its name.

    Raises:
        InputError: for a bad name or when there is no such account.
    """
    from sqlalchemy import delete

    from .schema import users

    with register.writing() as connection:
        removed = connection.execute(
            delete(users).where(users.c.name == account_name(name))
        ).rowcount
    if not removed:
        raise _no_account(name)


def _account(name: str, role: str) -> Account:
    return Account(name, account_role(role))


def _no_account(name: str) -> InputError:
    return InputError(f"{quoted(name)}: there is no account of that name (users list shows them)")


def _verified(hashed: str, password: str) -> bool:
    try:
        return _HASHER.verify(hashed, password)
    except VerificationError:  # the wrong password (VerifyMismatchError is one)
        return False


@cache
def _decoy_hash() -> str:
    """A hash of a random password, made once per process with the hasher's parameters: what
    an unknown name's password is checked against. It depends on nothing but those constant
    parameters, so keeping it cannot go stale."""
    return _HASHER.hash(secrets.token_urlsafe(32))


def _rehash(register: Register, name: str, old: str, password: str) -> None:
    """Replace ``old`` with a hash made with today's parameters, unless the password was
    changed meanwhile (then the newer hash stays)."""
    from sqlalchemy import update

    from .schema import users

    with register.writing() as connection:
        connection.execute(
            update(users)
            .where(users.c.name == name, users.c.password_hash == old)
            .values(password_hash=_HASHER.hash(password))
        )


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()
