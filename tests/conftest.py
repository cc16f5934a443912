"""Shared fixtures: profiles built from dicts in tmp_path, the shipped library, and
one real build of every example (LibreOffice is slow to start, so it runs once).

A test that needs the real LibreOffice asks for the ``libreoffice`` fixture, itself
or through another fixture such as ``built_examples``; it is then marked ``e2e``, so
``pytest -m "not e2e"`` runs quickly on a machine without LibreOffice. Any other test
that starts LibreOffice fails and says so.
"""

from __future__ import annotations

import copy
import io
import os
import re
import shutil
import subprocess
import time
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Protocol

import pytest
import yaml
from docx import Document
from docx.table import Table
from pypdf import PdfReader
from typer.testing import CliRunner, Result

from crec_assemble.cli.app import app
from crec_assemble.inputs.issuer import load_issuer
from crec_assemble.library.clauses import ClauseLibrary, load_library, parse_version
from crec_assemble.library.editions import compose_edition, dump_edition
from crec_assemble.library.wording import squeeze
from crec_assemble.model import Issuer
from crec_assemble.pipeline.build import build
from crec_assemble.pipeline.converter import find_soffice
from crec_assemble.pipeline.plan import BuildOptions
from crec_assemble.pipeline.produce import Produced
from crec_assemble.resources import default_issuer, default_library

from browser import Browser, headless_chromium

ROOT = Path(__file__).resolve().parent.parent

# The register's fixtures (register_db: SQLite, and PostgreSQL when a server is at hand), and
# the web app's (web_server: the real server, signed-in clients).
pytest_plugins = ["register_support", "web_support"]


EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))
BUILD_DATE = date(2026, 11, 28)

OPERATOR: dict[str, Any] = {
    "profile": 1,
    "contractor": {
        "legal_name": "Acme Learning, Inc.",
        "role": "operator",
        "address": "100 Pearl Street, Hartford, CT 06103",
        "signatory": {"name": "Dana Reyes", "title": "Chief Executive Officer",
                      "email": "dana.reyes@acme.example"},
        "privacy_contact": {"name": "Sam Ortiz", "email": "privacy@acme.example",
                            "phone": "+1 860 555 0100"},
    },
    "services": {
        "name": "Acme Reading Coach",
        "description": "Adaptive reading practice for grades K-5.",
        "delivery": ["website", "online_service", "mobile_application"],
        "start_date": "2026-07-01",
        "end_date": "2027-06-30",
    },
    "data": {
        "student_information": ["first_name", "last_name", "email_address", "grades"],
        "directory_information": ["name", "grade_levels"],
        "student_records": True,
        "student_generated_content": True,
        "content_accounts": False,
    },
    "subcontractors": [
        {"legal_name": "Northwind Hosting LLC", "service": "Cloud hosting",
         "data": ["first_name", "last_name", "email_address"], "consent_date": "2026-06-15",
         "address": "1200 Harbor Drive, Portland, ME 04101",
         "signatory": {"name": "Jordan Lee", "title": "General Counsel"},
         "privacy_contact": {"name": "Northwind Privacy Office",
                             "email": "privacy@northwind.example"}},
    ],
}  # fmt: skip


def counsel_git(repo: Path, *args: str) -> str:
    """Run git in ``repo`` as counsel would commit (a fixed author and committer); its output."""
    who = {"NAME": "Counsel", "EMAIL": "counsel@crec.example"}
    env = {**os.environ, **{f"GIT_{role}_{key}": value for role in ("AUTHOR", "COMMITTER")
                            for key, value in who.items()}}  # fmt: skip
    done = subprocess.run(["git", "-C", str(repo), *args], env=env, capture_output=True,
                          text=True, check=True)  # fmt: skip
    return done.stdout


def docx_text(path: Path) -> str:
    """A DOCX's words in reading order (table cells row by row), white space removed."""
    parts: list[str] = []
    for item in Document(str(path)).iter_inner_content():
        if isinstance(item, Table):
            parts.extend(cell.text for row in item.rows for cell in row.cells)
        else:
            parts.append(item.text)
    return squeeze("".join(parts))


def pdf_text(path: Path) -> str:
    """A PDF's words as pypdf extracts them, white space removed."""
    return squeeze("".join(page.extract_text() for page in PdfReader(str(path)).pages))


def docx_with_part(source: bytes, part: str, data: bytes | None) -> bytes:
    """The DOCX with one part replaced (or, given None, left out): damaged files for tests."""
    output = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(source)) as old, zipfile.ZipFile(output, "w") as new:
        for item in old.infolist():
            if item.filename != part:
                new.writestr(item, old.read(item.filename))
        if data is not None:
            new.writestr(part, data)
    return output.getvalue()


def _live_processes() -> Iterator[tuple[int, int, str]]:
    """(pid, parent pid, command line) of every process not yet dead, read from /proc
    (a bare Debian has no procps)."""
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if fields[0] not in ("Z", "X"):
            yield int(entry.name), int(fields[1]), command


def processes_with(text: str) -> list[int]:
    """Running processes whose command line mentions ``text``."""
    return [pid for pid, _, command in _live_processes() if text in command]


def children_of(parent: int) -> list[int]:
    """The running processes whose parent is ``parent``."""
    return [pid for pid, ppid, _ in _live_processes() if ppid == parent]


def wait_for(condition: Callable[[], object], seconds: float = 60) -> bool:
    """Whether ``condition`` held once within ``seconds``: the reading that held, not a second
    one (processes seen at one moment may be gone the next)."""
    deadline = time.monotonic() + seconds
    while True:
        if condition():
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.05)


def descendants_of(ancestor: int) -> list[int]:
    """The running processes started by ``ancestor``, by its children, and so on."""
    children: dict[int, list[int]] = {}
    for pid, parent, _ in _live_processes():
        children.setdefault(parent, []).append(pid)
    found, waiting = [], [ancestor]
    while waiting:
        for child in children.get(waiting.pop(), []):
            found.append(child)
            waiting.append(child)
    return found


def is_alive(pid: int) -> bool:
    """Whether ``pid`` is a running process (not gone, not a zombie)."""
    return any(found == pid for found, _, _ in _live_processes())


def operator_profile(**changes: Any) -> dict[str, Any]:
    """A deep copy of the operator profile; ``changes`` maps dotted paths to new values."""
    data = copy.deepcopy(OPERATOR)
    for dotted, value in changes.items():
        *parents, last = dotted.split(".")
        target = data
        for key in parents:
            target = target[key]
        target[last] = value
    return data


def consultant_profile() -> dict[str, Any]:
    return operator_profile(
        **{
            "contractor.role": "consultant",
            "contractor.legal_name": "Capitol Evaluation LLC",
            "services.delivery": ["professional_services"],
        }
    )


Cli = Callable[..., Result]
"""The ``cli`` fixture: run ``crec-assemble`` with these arguments and get click's result."""


class WriteProfile(Protocol):
    """The ``write_profile`` fixture: a profile dict (or raw YAML text) written to a file."""

    def __call__(self, data: dict[str, Any] | str, name: str = "profile.yaml") -> Path: ...


class _Plain(yaml.SafeDumper):
    """Writes a value used twice in full: profiles may not contain YAML aliases."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


@pytest.fixture
def write_profile(tmp_path: Path) -> WriteProfile:
    """Write a profile dict (or raw YAML text) to a file and return its path."""

    def write(data: dict[str, Any] | str, name: str = "profile.yaml") -> Path:
        path = tmp_path / name
        text = data if isinstance(data, str) else yaml.dump(data, Dumper=_Plain, sort_keys=False)
        path.write_text(text, encoding="utf-8")
        return path

    return write


@pytest.fixture(scope="session")
def library() -> ClauseLibrary:
    return load_library(default_library())


@pytest.fixture(scope="session")
def issuer() -> Issuer:
    return load_issuer(default_issuer(default_library()))


@pytest.fixture(scope="session")
def chromium() -> Iterator[Browser]:
    """One headless Chromium for the session, with axe-core to check pages (tests/browser.py)."""
    with headless_chromium() as browser:
        yield browser


@pytest.fixture
def library_copy(tmp_path: Path) -> Path:
    """A writable copy of the shipped clause library."""
    target = tmp_path / "clauses"
    shutil.copytree(default_library(), target)
    return target


@pytest.fixture
def first_edition_library(library_copy: Path) -> Path:
    """A writable copy of the shipped library as it stood with its first edition alone.

    Later editions go, with the versions only they release, and so do clauses left with
    no version (from the outline too, with a party that signs only with one of them):
    documents of the first edition come out of it as they do from the shipped library.
    For tests of a change made on top of that edition, where what later editions added
    would get in the way.
    """
    loaded = load_library(library_copy)
    first, *later = loaded.editions
    for edition in later:
        (library_copy / "editions" / f"{edition.name}.yaml").unlink()
        for clause_id, version in edition.versions.items():
            if first.versions.get(clause_id) != version:
                (library_copy / clause_id / f"{version}.md").unlink(missing_ok=True)
    gone = {clause_id for clause_id in loaded.versions
            if not any((library_copy / clause_id).iterdir())}  # fmt: skip
    for clause_id in gone:
        (library_copy / clause_id).rmdir()
    outline = library_copy / "outline.yaml"
    data = yaml.safe_load(outline.read_text(encoding="utf-8"))
    for spec in data["documents"].values():
        for part in ("front", "body", "exhibits", "flowed"):
            if part in spec:
                spec[part] = [clause_id for clause_id in spec[part] if clause_id not in gone]
        spec["signatories"] = [
            party for party in spec["signatories"]
            if not (isinstance(party, dict) and party["with"] in gone)
        ]  # fmt: skip
    outline.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    assert load_library(library_copy).editions == (first,)
    return library_copy


def run_cli(*args: object, env: dict[str, str] | None = None) -> Result:
    """Run ``crec-assemble`` in-process; arguments may be paths."""
    return CliRunner().invoke(app, [str(arg) for arg in args], env=env, catch_exceptions=False)


@pytest.fixture
def cli() -> Cli:
    """Run ``crec-assemble`` in-process (``run_cli``, for fixtures of any scope)."""
    return run_cli


def fake_soffice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str | None) -> Path:
    """Put a script playing ``soffice`` first on PATH and return it.

    In ``body`` (bash), ``$REAL`` runs the real LibreOffice, ``$@`` are the arguments and
    ``$out`` is the PDF LibreOffice would write for the last document, if it was given any.
    ``None`` writes an empty file: not a program at all.
    """
    real = shutil.which("soffice") or ""
    folder = tmp_path / "bin"
    folder.mkdir()
    script = folder / "soffice"
    # No $out for a LibreOffice started early, before it has documents.
    last = 'for f in "$@"; do :; done; [[ "$f" == *.docx ]] && out="${f%.docx}.pdf"'
    script.write_text("" if body is None else f'#!/bin/bash\nREAL="{real}"\n{last}\n{body}\n')
    script.chmod(0o755)
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ['PATH']}")
    return script


@dataclass(frozen=True)
class Revision:
    """What ``revise_clause`` released: a clause's new version, in a new edition."""

    clause: str
    previous: str  # the version the last edition had, which the new one revises
    version: str
    edition: str
    effective: date
    after: str  # the edition before it, in effect until ``effective``

    @property
    def ref(self) -> str:
        return f"{self.clause}@{self.version}"

    @property
    def previous_ref(self) -> str:
        return f"{self.clause}@{self.previous}"


def next_version(library: ClauseLibrary, clause_id: str) -> str:
    """A version no file of the clause has yet: the newest one's minor, bumped."""
    major, minor, _ = parse_version(library.get(clause_id).version)
    return f"{major}.{minor + 1}.0"


def next_edition(library: ClauseLibrary) -> tuple[str, date]:
    """A name and date for an edition after the library's last: the first of the next month,
    named by its year and month (a later month if that name is taken)."""
    taken = {edition.name for edition in library.editions}
    last = library.editions[-1].effective
    year, month = last.year, last.month
    while True:
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        if f"{year:04d}-{month:02d}" not in taken:
            return f"{year:04d}-{month:02d}", date(year, month, 1)


def revise_clause(
    library: Path,
    clause_id: str,
    edit: Callable[[str], str],
    version: str | None = None,
    edition: str | None = None,
    effective: date | None = None,
) -> Revision:
    """Counsel's change, done right: a new version of a clause, released in a new edition.

    ``edit`` turns the last edition's version of the clause into the new one. Without
    ``version``, the new version is the next free one (``next_version``); without ``edition``
    and ``effective``, the edition comes after the library's last (``next_edition``). The
    new edition is the last one with only this clause changed: drafts of other clauses
    waiting for a later edition stay unreleased. Nothing is checked: tests use this to put
    broken or weakened words in front of the builder.
    """
    loaded = load_library(library)
    last = loaded.editions[-1]
    following, starts = next_edition(loaded)
    version = version or next_version(loaded, clause_id)
    edition = edition or following
    effective = effective or starts
    current = loaded.get(f"{clause_id}@{last.versions[clause_id]}")
    text = (library / clause_id / f"{current.version}.md").read_text(encoding="utf-8")
    head, _, body = text.partition("\n---\n")
    head = head.replace(f"version: {current.version}", f"version: {version}")
    head = re.sub(r"changes: .*", f"changes: Revised for test ({version}).", head)
    head = re.sub(r"effective: .*", f"effective: {effective.isoformat()}", head)
    (library / clause_id / f"{version}.md").write_text(f"{head}\n---\n{edit(body)}",
                                                        encoding="utf-8")  # fmt: skip
    revised = load_library(library)
    chosen = [revised.get(f"{other}@{number}") for other, number in last.versions.items()
              if other != clause_id]  # fmt: skip
    released = compose_edition(
        edition, effective, [*chosen, revised.get(f"{clause_id}@{version}")], last
    )
    (library / "editions" / f"{edition}.yaml").write_bytes(dump_edition(released))
    return Revision(clause_id, current.version, version, edition, effective, last.name)


def drop_clause(library: Path, clause_id: str, kind: str = "agreement") -> None:
    """Take one clause out of one kind of document in a library's outline."""
    outline = library / "outline.yaml"
    data = yaml.safe_load(outline.read_text())
    data["documents"][kind]["body"].remove(clause_id)
    outline.write_text(yaml.safe_dump(data, sort_keys=False))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark ``e2e`` every test that asks for the real LibreOffice, directly or not."""
    for item in items:
        if "libreoffice" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session", autouse=True)
def _pattern_cache_of_its_own(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The audit's compiled-pattern cache (audit/pattern_cache.py) in a folder of the run's
    own, for the commands the tests start too, so no test reads or fills the user's."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CREC_ASSEMBLE_CACHE_DIR", str(tmp_path_factory.mktemp("pattern-cache")))
        yield


@pytest.fixture(scope="session")
def libreoffice() -> str:
    """The real LibreOffice: ask for it (or ``usefixtures``) in every test that converts."""
    return find_soffice()


@pytest.fixture(scope="session")
def _tripwire(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of ``soffice`` stand-ins that log which test started them, then fail."""
    folder = tmp_path_factory.mktemp("tripwire")
    for name in ("soffice", "libreoffice"):
        script = folder / name
        script.write_text(f'#!/bin/sh\necho "$PYTEST_CURRENT_TEST" >> "{folder}/started"\nexit 1\n')
        script.chmod(0o755)
    return folder


@pytest.fixture(autouse=True)
def _libreoffice_only_when_asked_for(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """Fail a test not marked ``e2e`` that starts LibreOffice: it would not run without it."""
    if request.node.get_closest_marker("e2e"):
        yield
        return
    tripwire: Path = request.getfixturevalue("_tripwire")
    started = tripwire / "started"
    started.unlink(missing_ok=True)
    monkeypatch.setenv("PATH", f"{tripwire}{os.pathsep}{os.environ['PATH']}")
    yield
    if started.exists():
        pytest.fail("this test starts LibreOffice: have it ask for the libreoffice fixture")


@pytest.fixture(scope="session")
def built_examples(libreoffice: str, tmp_path_factory: pytest.TempPathFactory) -> list[Produced]:
    """Every example built for real (DOCX + PDF, real LibreOffice), once per session."""
    out = tmp_path_factory.mktemp("examples") / "out"
    return build(EXAMPLES, BuildOptions(out=out, build_date=BUILD_DATE))
