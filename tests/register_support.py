"""Fixtures for the register's tests: a fresh register on each database the register supports.

``register_db`` gives an SQLite file and, when a PostgreSQL server is at hand
(``CREC_TEST_POSTGRES``, which ``.ci/run`` sets after starting one), a fresh database on it.
Outside CI a missing server skips the PostgreSQL cases; under CI it fails them, so CI can
never pass without having run them.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

SERVER = "CREC_TEST_POSTGRES"


@pytest.fixture(params=["sqlite", "postgresql"])
def register_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """What ``--db`` takes for an empty register: an SQLite path, or a PostgreSQL URL."""
    if request.param == "sqlite":
        yield str(tmp_path / "register.db")
        return
    yield from postgres_database()


def postgres_database() -> Iterator[str]:
    """A fresh database on the test server, dropped afterwards."""
    server = os.environ.get(SERVER)
    if not server:
        if os.environ.get("CI"):
            pytest.fail(f"under CI the register's PostgreSQL tests need {SERVER} (.ci/run sets it)")
        pytest.skip(f"no PostgreSQL server: set {SERVER} (.ci/run starts one)")
    import psycopg
    from sqlalchemy.engine import make_url

    name = f"crec_test_{uuid.uuid4().hex[:12]}"
    base = make_url(server)
    admin = base.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    try:
        yield base.set(database=name).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(admin, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
