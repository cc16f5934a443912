"""The staff web app in the tests: the real server (``crec-assemble serve`` under uvicorn, with
its warm LibreOffice) on a register of its own, and HTTP clients signed in as each role.

``web_server`` is one server for the whole session (starting LibreOffice is the slow part);
tests that need a register of their own call :func:`started_server` in a fixture of theirs.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import httpx
import pytest

from browser import Browser

__all__ = [
    "ACCOUNTS",
    "PASSWORD",
    "WebServer",
    "browser_sign_in",
    "csrf_of",
    "started_server",
    "web_server",
]

PASSWORD = "correct horse battery staple"
# One account of each role: role -> name.
ACCOUNTS = {"staff": "sam", "counsel": "cora", "viewer": "vic"}
_CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')
_URL = re.compile(r"serving on (http://\S+)")


def crec(*arguments: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``crec-assemble`` as a user would, with this interpreter."""
    return subprocess.run(
        [sys.executable, "-m", "crec_assemble", *arguments],
        input=stdin, capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip


def csrf_of(html: str) -> str:
    """The CSRF token a page's forms carry."""
    found = _CSRF.search(html)
    assert found, "the page has no CSRF field"
    return found.group(1)


@dataclass(frozen=True)
class WebServer:
    """A running server: its URL, register and workspace."""

    url: str
    db: Path
    workspace: Path

    @contextmanager
    def client(self, role: str | None = None) -> Iterator[httpx.Client]:
        """An HTTP client, signed in as the account of ``role`` (or nobody), for a ``with``
        block: httpx refuses to enter a client that has already sent a request (the sign-in),
        so the client is entered first, then signed in."""
        with httpx.Client(base_url=self.url, timeout=120, follow_redirects=False) as client:
            if role is not None:
                sign_in(client, ACCOUNTS[role])
            yield client

    def token(self, role: str) -> str:
        """A new API token for the account of ``role``."""
        done = crec("users", "token", ACCOUNTS[role], "--db", str(self.db))
        assert done.returncode == 0, done.stderr
        return done.stdout.strip().splitlines()[0].split()[-1]


def sign_in(client: httpx.Client, name: str, password: str = PASSWORD) -> httpx.Response:
    """Sign ``client`` in through the login form, as a browser does."""
    form = client.get("/login")
    return client.post(
        "/login", data={"csrf_token": csrf_of(form.text), "username": name, "password": password}
    )


@contextmanager
def started_server(root: Path, *extra: str) -> Iterator[WebServer]:
    """``serve --port 0`` on a new register in ``root`` with one account of each role."""
    db = root / "register.db"
    for role, name in ACCOUNTS.items():
        added = crec("users", "add", name, "--role", role, "--password-stdin", "--db", str(db),
                     stdin=PASSWORD + "\n")  # fmt: skip
        assert added.returncode == 0, added.stderr
    workspace = root / "workspace"
    log = (root / "server.log").open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "crec_assemble", "serve", "--port", "0", "--db", str(db),
         "--workspace", str(workspace), *extra],
        stdout=subprocess.PIPE, stderr=log, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )  # fmt: skip
    try:
        url = _first_url(process.stdout, root / "server.log")
        yield WebServer(url, db, workspace)
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()
        if process.stdout is not None:  # the pipe the URL was read from
            process.stdout.close()


def _first_url(stdout: IO[str] | None, log: Path) -> str:
    """The URL the server prints once it listens; its log when it dies first."""
    assert stdout is not None
    found: list[str] = []
    reader = threading.Thread(target=lambda: found.append(stdout.readline()), daemon=True)
    reader.start()
    reader.join(timeout=60)
    match = _URL.search(found[0]) if found else None
    if match is None:
        raise RuntimeError(f"the server did not start: {log.read_text()[-2000:]}")
    return match.group(1).rstrip("/")


@pytest.fixture(scope="session")
def web_server(libreoffice: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebServer]:
    """One server for the session's web tests (``serve`` warms LibreOffice: mark them e2e)."""
    with started_server(tmp_path_factory.mktemp("web")) as server:
        yield server


def readme_picture(name: str, scratch: Path) -> Path:
    """Where a test's browser saves a picture the README shows: into ``docs/images/`` when
    ``CREC_UPDATE_SCREENSHOTS=1`` asks for new ones, else into ``scratch``, so that a test
    run never rewrites a file of the checkout."""
    if os.environ.get("CREC_UPDATE_SCREENSHOTS") == "1":
        return Path(__file__).resolve().parent.parent / "docs" / "images" / name
    return scratch / name


def browser_sign_in(browser: Browser, server: WebServer, role: str) -> None:
    """Sign the browser in to ``server`` as the account of ``role``, through the login form
    (signing out first whoever it was signed in as)."""
    browser.open(f"{server.url}/login")
    if browser.find_all(".signout button"):  # signed in already: /login sent it on
        browser.click(".signout button")
        browser.wait_for("#name")
    browser.fill("#name", ACCOUNTS[role])
    browser.fill("#password", PASSWORD)
    browser.click("form[action='/login'] button[type=submit]")
    browser.wait_for(".signout")
