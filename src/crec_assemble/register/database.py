"""Which register to open, and opening it: SQLite by default, PostgreSQL for a shared office.

The one place the register meets SQLAlchemy's engine and Alembic. Everything else receives an
open :class:`Register` and runs its statements in ``register.writing()`` or
``register.reading()`` transactions.

SQLite is set up for several people recording at once: write-ahead logging (readers never
wait for a writer), a 30-second busy timeout, and ``BEGIN IMMEDIATE`` for every transaction,
so two writers queue for the lock at the start instead of both reading and then one failing
when it tries to write. Foreign keys are enforced, as PostgreSQL always does.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import closing, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import InputError, quoted

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

__all__ = ["DEFAULT_FILE", "ENVIRONMENT", "Reader", "Register", "open_register", "register_url"]

DEFAULT_FILE = "register.db"
ENVIRONMENT = "CREC_REGISTER"
_MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_BUSY_MILLISECONDS = 30_000


def register_url(db: str | None) -> str:
    """The database ``--db`` names, else ``$CREC_REGISTER``, else ``register.db`` here.

    A value with ``://`` is a database URL (``postgresql://user@host/name``; the psycopg
    driver is filled in); anything else is the path of an SQLite file.

    Raises:
        InputError: for a URL of a database the register does not support.
    """
    value = db or os.environ.get(ENVIRONMENT) or DEFAULT_FILE
    if "://" not in value:
        return f"sqlite:///{Path(value).expanduser().resolve()}"
    scheme, rest = value.split("://", 1)
    if scheme in {"postgresql", "postgres", "postgresql+psycopg"}:
        return f"postgresql+psycopg://{rest}"
    if scheme == "sqlite":
        return value
    raise InputError(
        f"--db: {quoted(value)} is not a register: give an SQLite file or a postgresql:// URL"
    )


Row = tuple[Any, ...]


class Reader:
    """One consistent read of the register, in plain SQL with ``?`` for each parameter.

    The commands that only read (``due``, ``list``, ``site``…) go through this and never
    import SQLAlchemy for an SQLite register: its import alone takes longer than ``due``'s
    whole budget. The SQL is written once, in :mod:`.store`, for both databases.
    """

    def __init__(self, run: Callable[[str, Sequence[Any]], list[Row]]) -> None:
        self._run = run

    def rows(self, sql: str, parameters: Sequence[Any] = ()) -> list[Row]:
        """Every row ``sql`` selects, as tuples of the driver's own values."""
        return self._run(sql, parameters)


class Register:
    """An open register: where it is, a reader for it, and SQLAlchemy for writing.

    An SQLite register is read through the standard library's driver; SQLAlchemy's engine is
    made the first time something is written (or migrated). A PostgreSQL register uses the
    engine throughout.
    """

    def __init__(self, url: str, name: str) -> None:
        self.url = url
        self.name = name
        self.backend = url.split(":", 1)[0].split("+", 1)[0]
        self._engine: Engine | None = None

    @property
    def engine(self) -> Engine:
        """SQLAlchemy's engine for this register, made on first use."""
        if self._engine is None:
            self._engine = _engine(self.url)
        return self._engine

    @contextmanager
    def writing(self) -> Iterator[Connection]:
        """A transaction that commits when the block ends and rolls back on any error."""
        with self.engine.begin() as connection:
            yield connection

    @contextmanager
    def reading(self) -> Iterator[Reader]:
        """One consistent view of the register, for as long as the block lasts."""
        if self.backend == "sqlite":
            import sqlite3

            with closing(sqlite3.connect(self.name, isolation_level=None)) as raw:
                raw.execute(f"PRAGMA busy_timeout={_BUSY_MILLISECONDS}")
                raw.execute("BEGIN")  # one snapshot for every query of the block
                yield Reader(lambda sql, parameters: raw.execute(sql, parameters).fetchall())
            return
        with self.engine.connect() as connection, connection.begin():
            yield Reader(
                lambda sql, parameters: [
                    tuple(row)
                    for row in connection.exec_driver_sql(_pyformat(sql), tuple(parameters))
                ]
            )

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()


def _pyformat(sql: str) -> str:
    """The reader's SQL for psycopg: a literal ``%`` doubled, each ``?`` a ``%s``. (The SQL is
    the tool's own; no ``?`` is ever part of a literal.)"""
    return sql.replace("%", "%%").replace("?", "%s")


@contextmanager
def open_register(db: str | None, *, create: bool) -> Iterator[Register]:
    """The register ``db`` names (see :func:`register_url`), at the current schema.

    ``create`` is for the commands that write: they make a missing SQLite file. The commands
    that only read refuse one, since an empty register would report that nothing is owed.

    Raises:
        InputError: when the register does not exist (and ``create`` is false) or cannot be
            opened, naming it without any password in its URL.
    """
    url = register_url(db)
    sqlite = url.startswith("sqlite:")
    name = url.removeprefix("sqlite:///") if sqlite else _without_password(url)
    if sqlite and not create and not Path(name).is_file():
        raise InputError(f"{name}: no register here (register add creates one; or give --db)")
    register = Register(url, name)
    try:
        _migrate(register, create=create)
        yield register
    except _database_errors() as error:
        raise InputError(f"{name}: the register cannot be used ({_first_line(error)})") from None
    finally:
        register.close()


def _engine(url: str) -> Engine:
    from sqlalchemy import create_engine, event

    engine = create_engine(url)
    if url.startswith("sqlite:"):
        event.listen(engine, "connect", _sqlite_settings)
        event.listen(engine, "begin", _begin_immediate)
    return engine


def _without_password(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def _database_errors() -> tuple[type[Exception], ...]:
    """The drivers' and SQLAlchemy's errors, without importing SQLAlchemy just to name them."""
    import sqlite3
    import sys

    errors: list[type[Exception]] = [sqlite3.Error]
    if "sqlalchemy" in sys.modules:
        from sqlalchemy.exc import SQLAlchemyError

        errors.append(SQLAlchemyError)
    return tuple(errors)


def _sqlite_settings(connection: Any, _record: Any) -> None:
    # pysqlite's own transaction handling would BEGIN lazily; the "begin" listener does it.
    connection.isolation_level = None
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA busy_timeout={_BUSY_MILLISECONDS}")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _begin_immediate(connection: Connection) -> None:
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def _migrate(register: Register, *, create: bool) -> None:
    """Bring the register to the newest schema, with Alembic, only when it is behind.

    Reading the stored revision is one query through the reader; SQLAlchemy and Alembic
    (half a second to import) are loaded only when there is something to do. Only a
    register is ever changed: a database that holds other tables, or none when ``create`` is
    false, is refused, and so is a register made by a newer version of the tool.

    Raises:
        InputError: naming the database and what it is instead.
    """
    known = _revisions()
    stored = _stored_revision(register)
    if stored == known[-1]:
        return
    if stored == "":
        raise InputError(f"{register.name}: is not a register (its schema version is missing)")
    if stored is not None and not (stored.isdigit() and len(stored) == len(known[-1])):
        raise InputError(f"{register.name}: is a database, but not a register")
    if stored is not None and stored not in known:
        raise InputError(
            f"{register.name}: made by a newer crec-assemble (schema {stored or 'unknown'}; "
            f"this one knows up to {known[-1]}): upgrade crec-assemble to use it"
        )
    if stored is None and _has_tables(register):
        raise InputError(f"{register.name}: is a database, but not a register")
    if stored is None and not create:
        raise InputError(f"{register.name}: no register here (register add creates one)")
    from alembic.command import upgrade
    from alembic.config import Config

    with register.writing() as connection:
        config = Config()
        config.set_main_option("script_location", str(_MIGRATIONS))
        config.attributes["connection"] = connection
        upgrade(config, "head")


def _revisions() -> list[str]:
    """Every migration's id, oldest first: the number its file name starts with (``0001_…``)."""
    return sorted(p.name.split("_", 1)[0] for p in (_MIGRATIONS / "versions").glob("[0-9]*_*.py"))


def _stored_revision(register: Register) -> str | None:
    """The schema revision the register records; None when it records none ("" when its
    version table is empty)."""
    if register.backend == "sqlite" and not Path(register.name).is_file():
        return None
    with register.reading() as reader:
        if not reader.rows(_HAS_TABLE[register.backend], ["alembic_version"])[0][0]:
            return None
        found = reader.rows("SELECT version_num FROM alembic_version")
    return str(found[0][0]) if found else ""


def _has_tables(register: Register) -> bool:
    if register.backend == "sqlite" and not Path(register.name).is_file():
        return False
    with register.reading() as reader:
        return bool(reader.rows(_ANY_TABLE[register.backend])[0][0])


_HAS_TABLE = {
    "sqlite": "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?",
    "postgresql": "SELECT count(*) FROM information_schema.tables "
    "WHERE table_schema = current_schema() AND table_name = ?",
}
_ANY_TABLE = {
    "sqlite": "SELECT count(*) FROM sqlite_master WHERE type = 'table'",
    "postgresql": "SELECT count(*) FROM information_schema.tables "
    "WHERE table_schema = current_schema()",
}


def _first_line(error: Exception) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
