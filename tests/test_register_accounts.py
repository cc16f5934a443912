"""The web app's accounts, kept in the register: passwords, roles, API tokens, and the
``users`` commands that manage them, on SQLite and PostgreSQL."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

import pytest
from argon2 import PasswordHasher, extract_parameters
from typer.testing import CliRunner, Result

from crec_assemble.cli.app import app
from crec_assemble.errors import InputError
from crec_assemble.register import accounts
from crec_assemble.register.accounts import (
    ACTIONS,
    ROLES,
    Account,
    AccountRole,
    Action,
    account_for_token,
    add_account,
    check_password,
    find_account,
    has_accounts,
    issue_token,
    list_accounts,
    may,
    remove_account,
    set_password,
)
from crec_assemble.register.database import Register, open_register

NOW = datetime(2026, 11, 30, 15, 0, tzinfo=UTC)
PASSWORD = "correct horse battery"


@pytest.fixture
def register(register_db: str) -> Iterator[Register]:
    """An open register, new, with no accounts."""
    with open_register(register_db, create=True) as opened:
        yield opened


def _row(register: Register, name: str) -> tuple[Any, ...]:
    with register.reading() as reader:
        (row,) = reader.rows(
            "SELECT role, password_hash, token_hash, created_at, created_by FROM users "
            "WHERE name = ?",
            [name],
        )
    return row


def it_signs_in_only_with_the_password_the_account_was_given(register: Register) -> None:
    assert not has_accounts(register)
    added = add_account(register, "amy", "staff", PASSWORD, by="clerk", now=NOW)
    assert added == Account("amy", "staff")
    assert has_accounts(register)
    assert check_password(register, "amy", PASSWORD) == added
    assert check_password(register, "amy", PASSWORD + " ") is None
    assert check_password(register, "Amy", PASSWORD) is None
    assert check_password(register, "bo", PASSWORD) is None


def it_keeps_an_argon2_hash_who_made_the_account_and_when(register: Register) -> None:
    add_account(register, "amy", "counsel", PASSWORD, by="clerk", now=NOW)
    role, hashed, token, created_at, created_by = _row(register, "amy")
    assert (role, token, created_by) == ("counsel", None, "clerk")
    assert str(created_at)[:19] == "2026-11-30 15:00:00"  # UTC, as events' times are kept
    assert hashed.startswith("$argon2id$") and PASSWORD not in hashed


def it_checks_an_unknown_name_against_a_hash_that_costs_as_much_as_a_real_one(
    register: Register, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No telling by the time a sign-in takes whether the name exists."""
    add_account(register, "amy", "staff", PASSWORD, by="clerk", now=NOW)
    checked: list[str] = []

    class Spy(PasswordHasher):
        def verify(self, hash: str | bytes, password: str | bytes) -> Literal[True]:
            checked.append(str(hash))
            return super().verify(hash, password)

    monkeypatch.setattr(accounts, "_HASHER", Spy())
    assert check_password(register, "nobody", PASSWORD) is None
    assert check_password(register, "no\0body", PASSWORD) is None  # PostgreSQL refuses NUL
    assert len(checked) == 2
    real = _row(register, "amy")[1]
    assert [extract_parameters(h) for h in checked] == [extract_parameters(real)] * 2


def it_rehashes_a_password_hashed_with_weaker_parameters_at_sign_in(register: Register) -> None:
    add_account(register, "amy", "staff", PASSWORD, by="clerk", now=NOW)
    weak = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1).hash(PASSWORD)
    with register.writing() as connection:
        from sqlalchemy import update

        from crec_assemble.register.schema import users

        connection.execute(update(users).values(password_hash=weak))
    assert check_password(register, "amy", PASSWORD) == Account("amy", "staff")
    rehashed = _row(register, "amy")[1]
    assert rehashed != weak
    assert not PasswordHasher().check_needs_rehash(rehashed)
    assert check_password(register, "amy", PASSWORD) == Account("amy", "staff")


@pytest.mark.parametrize(
    ("name", "role", "password", "message"),
    [
        ("amy", "viewer", PASSWORD, "'amy': there is an account of that name already"),
        ("a b", "staff", PASSWORD, "'a b' is not an account name"),
        ("", "staff", PASSWORD, "'' is not an account name"),
        ("a" * 65, "staff", PASSWORD, "is not an account name"),
        ("zoë", "staff", PASSWORD, "is not an account name"),
        ("bo", "admin", PASSWORD, "'admin' is not one of staff, counsel, viewer"),
        ("bo", "staff", "eleven char", "11 characters long: give at least 12"),
    ],
    ids=["taken", "space", "empty", "too-long", "not-ascii", "unknown-role", "short-password"],
)
def it_refuses_a_bad_account_in_one_line_and_writes_nothing(
    register: Register, name: str, role: str, password: str, message: str
) -> None:
    add_account(register, "amy", "staff", PASSWORD, by="clerk", now=NOW)
    before = _row(register, "amy")
    with pytest.raises(InputError, match=r"^[^\n]*$") as refused:
        add_account(register, name, role, password, by="clerk", now=NOW)
    assert message in str(refused.value)
    assert password not in str(refused.value)
    assert list_accounts(register) == [Account("amy", "staff")]
    assert _row(register, "amy") == before


def it_accepts_a_name_of_letters_digits_dots_dashes_and_underscores(register: Register) -> None:
    for name in ("a", "J.Doe-2_x", "b" * 64):
        add_account(register, name, "viewer", PASSWORD, by="clerk", now=NOW)
    assert [a.name for a in list_accounts(register)] == ["J.Doe-2_x", "a", "b" * 64]


def it_finds_the_account_a_token_belongs_to_and_forgets_the_token_it_replaces(
    register: Register,
) -> None:
    add_account(register, "amy", "staff", PASSWORD, by="clerk", now=NOW)
    add_account(register, "bo", "viewer", PASSWORD, by="clerk", now=NOW)
    first = issue_token(register, "amy")
    assert len(first) >= 43  # 32 random bytes
    assert account_for_token(register, first) == Account("amy", "staff")
    assert _row(register, "amy")[2] == hashlib.sha256(first.encode()).hexdigest()
    second = issue_token(register, "amy")
    assert second != first
    assert account_for_token(register, second) == Account("amy", "staff")
    assert account_for_token(register, first) is None
    assert account_for_token(register, "") is None
    bos = issue_token(register, "bo")
    assert account_for_token(register, bos) == Account("bo", "viewer")
    assert account_for_token(register, second) == Account("amy", "staff")


def it_changes_a_password_and_the_token_keeps_working(register: Register) -> None:
    add_account(register, "amy", "staff", PASSWORD, by="clerk", now=NOW)
    token = issue_token(register, "amy")
    set_password(register, "amy", "a new long passphrase")
    assert check_password(register, "amy", PASSWORD) is None
    assert check_password(register, "amy", "a new long passphrase") == Account("amy", "staff")
    assert account_for_token(register, token) == Account("amy", "staff")
    with pytest.raises(InputError, match="11 characters long"):
        set_password(register, "amy", "eleven char")
    assert check_password(register, "amy", "a new long passphrase") is not None


@pytest.mark.parametrize(
    "change",
    [
        lambda r: set_password(r, "nobody", PASSWORD),
        lambda r: issue_token(r, "nobody"),
        lambda r: remove_account(r, "nobody"),
    ],
    ids=["password", "token", "remove"],
)
def it_refuses_to_change_an_account_that_is_not_there(register: Register, change: Any) -> None:
    with pytest.raises(InputError, match="'nobody': there is no account of that name"):
        change(register)
    assert not has_accounts(register)


def it_removes_an_account_whose_password_and_token_then_stop_working(
    register: Register,
) -> None:
    add_account(register, "amy", "staff", PASSWORD, by="clerk", now=NOW)
    add_account(register, "bo", "counsel", PASSWORD, by="clerk", now=NOW)
    token = issue_token(register, "amy")
    remove_account(register, "amy")
    assert check_password(register, "amy", PASSWORD) is None
    assert account_for_token(register, token) is None
    assert find_account(register, "amy") is None
    assert list_accounts(register) == [Account("bo", "counsel")]
    add_account(register, "amy", "viewer", PASSWORD, by="clerk", now=NOW)  # the name is free
    assert find_account(register, "amy") == Account("amy", "viewer")


ALLOWED: dict[AccountRole, set[Action]] = {
    "viewer": {"read", "counsel"},
    "counsel": {"read", "counsel", "audit"},
    "staff": {"read", "counsel", "audit", "build", "record"},
}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("action", ACTIONS)
def it_lets_each_role_do_only_what_it_may(role: AccountRole, action: Action) -> None:
    """Only staff build or record; counsel also audit; everyone reads."""
    assert may(role, action) == (action in ALLOWED[role])


# The command line. --------------------------------------------------------------------------


def _users(*args: object, input: str | None = None) -> Result:
    return CliRunner().invoke(app, ["users", *map(str, args)], input=input)


def it_adds_an_account_from_a_password_on_standard_input(register_db: str) -> None:
    added = _users("add", "amy", "--role", "staff", "--password-stdin", "--db", register_db,
                   "--by", "clerk", input=PASSWORD + "\n")  # fmt: skip
    assert (added.exit_code, added.stdout) == (0, "amy: account added (staff)\n")
    with open_register(register_db, create=False) as register:
        assert check_password(register, "amy", PASSWORD) == Account("amy", "staff")
        assert _row(register, "amy")[4] == "clerk"


def it_asks_for_the_password_twice_without_showing_it(tmp_path: Path) -> None:
    db = tmp_path / "r.db"
    added = _users("add", "amy", "--role", "viewer", "--db", db, input=f"{PASSWORD}\n" * 2)
    assert added.exit_code == 0, added.output
    assert PASSWORD not in added.output
    changed = _users("passwd", "amy", "--db", db, input="another long one\n" * 2)
    assert (changed.exit_code, changed.stdout.splitlines()[-1]) == (0, "amy: password changed")
    with open_register(str(db), create=False) as register:
        assert check_password(register, "amy", "another long one") == Account("amy", "viewer")


def it_prints_a_new_token_once_and_says_the_old_one_stops_working(register_db: str) -> None:
    _users("add", "amy", "--role", "staff", "--password-stdin", "--db", register_db,
           input=PASSWORD)  # fmt: skip
    first = _users("token", "amy", "--db", register_db)
    second = _users("token", "amy", "--db", register_db)
    assert first.exit_code == second.exit_code == 0
    token = second.stdout.strip()
    assert token != first.stdout.strip() and "\n" not in token
    assert "the earlier one no longer works" in second.stderr
    with open_register(register_db, create=False) as register:
        assert account_for_token(register, token) == Account("amy", "staff")
        assert account_for_token(register, first.stdout.strip()) is None


def it_lists_the_accounts_as_json_and_as_lines(register_db: str) -> None:
    for name, role in (("bo", "viewer"), ("amy", "counsel")):
        _users("add", name, "--role", role, "--password-stdin", "--db", register_db,
               input=PASSWORD)  # fmt: skip
    listed = _users("list", "--json", "--db", register_db)
    assert json.loads(listed.stdout) == [
        {"name": "amy", "role": "counsel"},
        {"name": "bo", "role": "viewer"},
    ]
    assert _users("list", "--db", register_db).stdout == "amy  counsel\nbo   viewer\n"
    assert _users("remove", "bo", "--db", register_db).stdout == "bo: account removed\n"
    assert json.loads(_users("list", "--json", "--db", register_db).stdout) == [
        {"name": "amy", "role": "counsel"}
    ]


@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [
        (("add", "amy", "--role", "viewer", "--password-stdin"), PASSWORD,
         "'amy': there is an account of that name already"),
        (("add", "a b", "--role", "staff"), None, "'a b' is not an account name"),
        (("add", "bo", "--role", "admin"), None, "'admin' is not one of staff, counsel, viewer"),
        (("add", "bo", "--role", "staff", "--password-stdin"), "short\n",
         "the password is 5 characters long: give at least 12"),
        (("add", "bo", "--role", "staff", "--password-stdin"), "", "0 characters long"),
        (("passwd", "bo"), None, "'bo': there is no account of that name"),
        (("token", "bo"), None, "'bo': there is no account of that name"),
        (("remove", "bo"), None, "'bo': there is no account of that name"),
    ],
    ids=["taken", "bad-name", "bad-role", "short", "empty", "passwd-none", "token-none",
         "remove-none"],
)  # fmt: skip
def it_refuses_bad_input_in_one_line_with_exit_2_and_writes_nothing(
    tmp_path: Path, args: tuple[str, ...], stdin: str | None, message: str
) -> None:
    """Names and roles are refused before any password is asked for (no stdin is given)."""
    db = tmp_path / "r.db"
    _users("add", "amy", "--role", "staff", "--password-stdin", "--db", db, input=PASSWORD)
    _users("token", "amy", "--db", db)
    before = _every_row(db)
    refused = _users(*args, "--db", db, input=stdin)
    assert refused.exit_code == 2, refused.output
    assert refused.stderr.strip() == refused.stderr.strip().splitlines()[0]
    assert message in refused.stderr and "Traceback" not in refused.output
    assert refused.stdout == ""
    assert _every_row(db) == before


def _every_row(db: Path) -> list[tuple[Any, ...]]:
    with open_register(str(db), create=False) as register, register.reading() as reader:
        return reader.rows("SELECT * FROM users ORDER BY name")


def it_creates_no_register_for_an_account_it_refuses(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    refused = _users("add", "amy", "--role", "staff", "--password-stdin", "--db", db,
                     input="short\n")  # fmt: skip
    assert refused.exit_code == 2
    assert not db.exists()
    listed = _users("list", "--db", db)
    assert listed.exit_code == 2 and "no register here" in listed.stderr
