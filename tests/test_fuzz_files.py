"""Fuzzing the files ``verify`` and ``audit`` read: damaged, hostile or huge DOCX, PDF and
HTML are answered with exit 0, 1 or 2 and short lines, never a traceback or a hang.

Issue 15's cases run as separate processes, each under a memory cap and a timeout that only
guards against a hang (the limits themselves are the reading code's, and are not timed
here); hypothesis's mutations of real files run in-process, each on a watchdog thread.
"""

from __future__ import annotations

import io
import os
import resource
import subprocess
import sys
import threading
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner, Result

from crec_assemble.cli.app import app
from crec_assemble.pipeline.build import build
from crec_assemble.pipeline.plan import BuildOptions

from conftest import BUILD_DATE, EXAMPLES, ROOT, docx_with_part

HANG = 120
"""Seconds after which a case counts as hung: a guard, far above any bound the tool sets."""
MEMORY = 2 * 1024**3
"""Address space a case's process may use: more would be the unbounded reading issue 15 saw."""
COMMANDS = ("verify", "audit")


class Sample(bytes):
    """A file's bytes that print short: hypothesis shows its test's arguments on a failure."""

    def __repr__(self) -> str:
        return f"<{len(self):,} bytes>"


@pytest.fixture(scope="module")
def agreement(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """An issued agreement's DOCX (built without LibreOffice), to damage."""
    out = tmp_path_factory.mktemp("issued")
    build([EXAMPLES[0]], BuildOptions(out=out, format="docx", build_date=BUILD_DATE))
    docx = min(out.glob("*.docx"), key=lambda path: len(path.name))  # not a flow-down
    return Sample(docx.read_bytes())


PDF = (ROOT / "tests" / "corpus" / "scanned-dpa.pdf").read_bytes()
HTML = (ROOT / "tests" / "corpus" / "saas-terms.html").read_bytes()


_XXE = (
    b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    b"<w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>"
)
_LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "' + b"ha" * 50 + b'">'
    + b"".join(b'<!ENTITY %s "%s">' % (bytes([98 + i]), b"&%s;" % bytes([97 + i]) * 10)
               for i in range(8))
    + b']><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    b"<w:body><w:p><w:r><w:t>&i;</w:t></w:r></w:p></w:body></w:document>"
)  # fmt: skip
# A PDF whose page tree loops: the Pages node is its own kid.
_PAGE_LOOP = b"""%PDF-1.4
1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
2 0 obj << /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >> endobj
3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >> endobj
trailer << /Root 1 0 R /Size 4 >>
%%EOF
"""


def _flipped(data: bytes, every: int = 997) -> bytes:
    """One bit flipped every ``every`` bytes, past the first 100."""
    damaged = bytearray(data)
    for position in range(100, len(damaged), every):
        damaged[position] ^= 0x10
    return bytes(damaged)


def _zip_bomb(target: Path, size: int = 600 * 1024**2) -> None:
    """A DOCX whose document.xml unpacks to ``size`` bytes (600 MB, as in issue 15)."""
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as bomb:
        bomb.writestr("[Content_Types].xml", "<Types/>")
        with bomb.open("word/document.xml", "w", force_zip64=True) as part:
            chunk = b" " * 1024**2
            for _ in range(size // len(chunk)):
                part.write(chunk)


def _long_text_docx(paragraphs: int = 60_000) -> bytes:
    """A DOCX of about 750 KB holding a great deal of text (issue 15's 3 min, 3.1 GB audit)."""
    body = b"".join(
        b"<w:p><w:r><w:t>The Contractor shall %d delete student data within %d days when "
        b"asked, and shall not sell it or use it for targeted advertising.</w:t></w:r></w:p>"
        % (number, number % 90) for number in range(paragraphs)
    )  # fmt: skip
    document = (b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/'
                b'main"><w:body>' + body + b"</w:body></w:document>")  # fmt: skip
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as docx:
        docx.writestr("[Content_Types].xml", "<Types/>")
        docx.writestr("word/document.xml", document)
    return output.getvalue()


Case = Callable[[bytes], tuple[str, bytes]]
"""The agreement's DOCX → (file name, bytes) of a hostile file."""
CASES: dict[str, Case] = {
    "bit-flipped-docx": lambda docx: ("flipped.docx", _flipped(docx)),
    "docx-missing-document-xml": lambda docx: (
        "missing.docx", docx_with_part(docx, "word/document.xml", None)),
    "docx-xxe": lambda docx: ("xxe.docx", docx_with_part(docx, "word/document.xml", _XXE)),
    "docx-billion-laughs": lambda docx: (
        "laughs.docx", docx_with_part(docx, "word/document.xml", _LAUGHS)),
    "docx-truncated": lambda docx: ("truncated.docx", docx[: len(docx) // 2]),
    "docx-long-text": lambda docx: ("long.docx", _long_text_docx()),
    "pdf-page-tree-loop": lambda docx: ("loop.pdf", _PAGE_LOOP),
    "pdf-bit-flipped": lambda docx: ("flipped.pdf", _flipped(PDF, 211)),
    "pdf-truncated": lambda docx: ("truncated.pdf", PDF[: len(PDF) // 3]),
    "html-deeply-nested": lambda docx: ("nested.html", b"<div>" * 200_000 + b"x"),
    "html-xxe": lambda docx: ("xxe.html", _XXE.replace(b"w:document", b"html")),
    "html-binary": lambda docx: ("binary.html", bytes(range(256)) * 64),
    "empty": lambda docx: ("empty.docx", b""),
}  # fmt: skip


def _limited() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


def run_guarded(*args: object) -> subprocess.CompletedProcess[str]:
    """``crec-assemble ARGS`` in its own process, under the memory cap and the hang guard."""
    environment = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    try:
        return subprocess.run(
            [sys.executable, "-m", "crec_assemble", *map(str, args)], capture_output=True,
            text=True, timeout=HANG, env=environment, preexec_fn=_limited, check=False,
        )  # fmt: skip
    except subprocess.TimeoutExpired:
        pytest.fail(f"crec-assemble {' '.join(map(str, args))} hung (over {HANG} s)")


def _assert_answered(code: int, stderr: str, stdout: str = "") -> None:
    assert code in (0, 1, 2), f"exit {code}: {stderr[-2000:]}"
    assert "Traceback" not in stderr + stdout, stderr[-2000:]
    assert "root:x:0:0" not in stderr + stdout  # no external entity was read
    for line in stderr.splitlines():
        assert len(line) <= 400, f"a line of {len(line):,} characters"


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("case", CASES.values(), ids=CASES)
def it_answers_a_hostile_file_with_0_1_or_2_and_no_traceback(
    agreement: bytes, tmp_path: Path, case: Case, command: str
) -> None:
    name, data = case(agreement)
    path = tmp_path / name
    path.write_bytes(data)
    result = run_guarded(command, path)
    _assert_answered(result.returncode, result.stderr, result.stdout)


@pytest.fixture(scope="module")
def zip_bomb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    bomb = tmp_path_factory.mktemp("bomb") / "bomb.docx"
    _zip_bomb(bomb)
    return bomb


@pytest.mark.parametrize("command", COMMANDS)
def it_refuses_a_zip_bomb_with_exit_2(zip_bomb: Path, command: str) -> None:
    result = run_guarded(command, zip_bomb)
    _assert_answered(result.returncode, result.stderr)
    assert result.returncode == 2
    assert len(result.stderr.splitlines()) == 1


# --- hypothesis: real files, damaged at random, in-process ----------------------------------


def _invoke(*args: str) -> Result:
    """The CLI in-process on a watchdog thread: an exception is returned, a hang fails."""
    outcome: list[Result] = []
    worker = threading.Thread(
        target=lambda: outcome.append(CliRunner().invoke(app, list(args))), daemon=True
    )
    worker.start()
    worker.join(HANG)
    if not outcome:
        pytest.fail(f"crec-assemble {' '.join(args)} hung (over {HANG} s)")
    return outcome[0]


Damage = tuple[tuple[tuple[int, int], ...], tuple[int, int] | None]
"""Bytes to overwrite (position as a share of the length, value), and a slice to cut."""
damage_recipes: st.SearchStrategy[Damage] = st.tuples(
    st.lists(st.tuples(st.integers(0, 9999), st.integers(0, 255)), min_size=1, max_size=8).map(
        tuple
    ),
    st.none() | st.tuples(st.integers(0, 9999), st.integers(1, 4096)),
)


def _damage(data: bytes, recipe: Damage) -> bytes:
    """A file with a few bytes overwritten, and perhaps a slice cut out."""
    damage = bytearray(data)
    writes, cut = recipe
    for share, value in writes:
        damage[share * len(damage) // 10_000] = value
    if cut is not None:
        start = cut[0] * len(damage) // 10_000
        del damage[start : start + cut[1]]
    return bytes(damage)


PARTS = ["word/document.xml", "word/_rels/document.xml.rels", "[Content_Types].xml",
         "customXml/item1.xml"]  # fmt: skip
replacements = st.tuples(
    st.sampled_from(PARTS), st.one_of(st.binary(max_size=200), st.sampled_from([_XXE, _LAUGHS]))
)


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    yield tmp_path_factory.mktemp("fuzzed")


def _check_in_process(path: Path) -> None:
    for command in COMMANDS:
        result = _invoke(command, str(path))
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            raise result.exception
        _assert_answered(result.exit_code, result.stderr, result.stdout)


FILE_SETTINGS = settings(max_examples=15, deadline=None, derandomize=True, database=None,
                         suppress_health_check=[HealthCheck.too_slow])  # fmt: skip


@FILE_SETTINGS
@given(change=st.one_of(damage_recipes, replacements))
def it_answers_any_damaged_docx(
    change: Damage | tuple[str, bytes], agreement: bytes, scratch: Path
) -> None:
    first, second = change
    if isinstance(first, str):
        assert isinstance(second, bytes)
        docx = docx_with_part(agreement, first, second)
    else:
        docx = _damage(agreement, change)  # type: ignore[arg-type]
    path = scratch / "fuzzed.docx"
    path.write_bytes(docx)
    _check_in_process(path)


@FILE_SETTINGS
@given(recipe=damage_recipes)
def it_answers_any_damaged_pdf(recipe: Damage, scratch: Path) -> None:
    path = scratch / "fuzzed.pdf"
    path.write_bytes(_damage(PDF, recipe))
    _check_in_process(path)


@settings(max_examples=10, deadline=None, derandomize=True, database=None)
@given(html=st.one_of(damage_recipes.map(lambda recipe: _damage(HTML, recipe)),
                      st.text(max_size=2000).map(str.encode)))  # fmt: skip
def it_answers_any_damaged_html(html: bytes, scratch: Path) -> None:
    path = scratch / "fuzzed.html"
    path.write_bytes(html)
    _check_in_process(path)
