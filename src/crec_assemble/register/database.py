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
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import InputError, quoted

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

__all__ = ["DEFAULT_FILE", "ENVIRONMENT", "Register", "open_register", "register_url"]

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


@dataclass(frozen=True)
class Register:
    """An open register: its engine and where it is, as a message names it."""

    engine: Engine
    name: str

    @contextmanager
    def writing(self) -> Iterator[Connection]:
        """A transaction that commits when the block ends and rolls back on any error."""
        with self.engine.begin() as connection:
            yield connection

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """A transaction for reading: one consistent view of the register."""
        with self.engine.connect() as connection:
            yield connection


@contextmanager
def open_register(db: str | None, *, create: bool) -> Iterator[Register]:
    """The register ``db`` names (see :func:`register_url`), at the current schema.

    ``create`` is for the commands that write: they make a missing SQLite file. The commands
    that only read refuse one, since an empty register would report that nothing is owed.

    Raises:
        InputError: when the register does not exist (and ``create`` is false) or cannot be
            opened, naming it without any password in its URL.
    """
    from sqlalchemy import create_engine, event
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import SQLAlchemyError

    url = make_url(register_url(db))
    name = url.database or "" if url.get_backend_name() == "sqlite" else url.render_as_string()
    if url.get_backend_name() == "sqlite" and not create and not Path(name).is_file():
        raise InputError(f"{name}: no register here (register add creates one; or give --db)")
    engine = create_engine(url, future=True)
    if url.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _sqlite_settings)
        event.listen(engine, "begin", _begin_immediate)
    register = Register(engine, name)
    try:
        _migrate(register)
        yield register
    except SQLAlchemyError as error:
        raise InputError(f"{name}: the register cannot be used ({_first_line(error)})") from None
    finally:
        engine.dispose()


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


def _migrate(register: Register) -> None:
    """Bring the register to the newest schema, with Alembic, only when it is behind.

    Reading the stored revision is one query; Alembic itself (a quarter of a second to
    import) is loaded only when there is something to do.
    """
    head = _head_revision()
    with register.writing() as connection:
        if _stored_revision(connection) == head:
            return
        from alembic.command import upgrade
        from alembic.config import Config

        config = Config()
        config.set_main_option("script_location", str(_MIGRATIONS))
        config.attributes["connection"] = connection
        upgrade(config, "head")


def _head_revision() -> str:
    """The newest migration's id: the highest-numbered file in ``versions``."""
    return max(p.name.split("_", 1)[0] for p in (_MIGRATIONS / "versions").glob("[0-9]*_*.py"))


def _stored_revision(connection: Connection) -> str | None:
    from sqlalchemy import inspect, text

    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _first_line(error: Exception) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
