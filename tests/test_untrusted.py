"""Files someone else sent are read within bounds: a bomb, a loop or a damaged file is one
line and exit 2, never a traceback, a hang or gigabytes of memory.

The hostile files are built here. The commands that read them run in a child process whose
address space is capped at 300 MB (``resource.setrlimit``), with a timeout as a hang guard;
no assertion is timed.
"""

from __future__ import annotations

import io
import random
import resource
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfWriter

from crec_assemble.render import untrusted

from conftest import ROOT, Cli, docx_with_part
from pdf_tamper import pdf_of, spaces_pdf

_MEMORY = 300 * 1024 * 1024
_OURS = ROOT / "tests" / "golden" / "edition-2026-07" / "acme-learning-inc.docx"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _capped() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (_MEMORY, _MEMORY))


def _run(*args: object, cwd: Path) -> subprocess.CompletedProcess[str]:
    """``crec-assemble ARGS`` in a child process held to 300 MB, given 60 s before it is
    called hung."""
    return subprocess.run(
        [sys.executable, "-m", "crec_assemble", *map(str, args)],
        capture_output=True, text=True, timeout=60, cwd=cwd, preexec_fn=_capped,
        env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8"},
    )  # fmt: skip


def _refused(result: subprocess.CompletedProcess[str], *words: str) -> None:
    """Exit 2, one line on stderr naming what it must, no traceback."""
    assert result.returncode == 2, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    assert len(result.stderr.splitlines()) == 1, result.stderr[-2000:]
    for word in words:
        assert word in result.stderr


def _document_xml(prolog: str, text: str) -> bytes:
    return (
        f'<?xml version="1.0"?>{prolog}<w:document xmlns:w="{_W}"><w:body><w:p><w:r>'
        f"<w:t>{text}</w:t></w:r></w:p></w:body></w:document>"
    ).encode()


@pytest.fixture(scope="module")
def zip_bomb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A DOCX of about 600 KB whose document part unpacks to 600 MB of zeros."""
    path = tmp_path_factory.mktemp("bomb") / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as part:
            zeros = bytes(1 << 20)
            for _ in range(600):
                part.write(zeros)
    return path


def _loop_pdf() -> bytes:
    """A PDF whose page tree is its own grandchild."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Pages /Kids [2 0 R] /Count 1 /Parent 2 0 R >>",
    ]
    return pdf_of(objects)


def it_refuses_a_zip_bomb_in_verify_and_audit_within_300_mb(zip_bomb: Path) -> None:
    for command in ("verify", "audit"):
        result = _run(command, zip_bomb, cwd=zip_bomb.parent)
        _refused(result, "bomb.docx: refused:", "word/document.xml", "629,145,600", "33,554,432")


@pytest.mark.parametrize("command", ["verify", "audit"])
def it_refuses_a_pdf_whose_content_unpacks_to_gigabytes_within_300_mb(
    tmp_path: Path, command: str
) -> None:
    """PDFium holds a page's content whole: 1 MB of PDF here unpacks to 1 GB."""
    path = tmp_path / "bomb.pdf"
    path.write_bytes(spaces_pdf(1024))
    said = "bomb.pdf: refused: its streams unpack to more than the limit of 67,108,864 bytes"
    _refused(_run(command, path, cwd=tmp_path), said)


def it_weighs_a_content_stream_as_often_as_the_page_lists_it(tmp_path: Path) -> None:
    """PDFium joins a page's list of content streams into one: 40 MiB listed ten times."""
    path = tmp_path / "listed.pdf"
    path.write_bytes(spaces_pdf(40, listed=10))
    _refused(_run("audit", path, cwd=tmp_path), "listed.pdf: refused: its streams unpack")


def it_reads_a_pdf_whose_content_unpacks_within_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "spaces.pdf"
    path.write_bytes(spaces_pdf(40))
    result = _run("audit", path, cwd=tmp_path)
    assert "no text found" in result.stderr  # read through, and found blank


def it_refuses_a_zip_bomb_before_rebuild_or_redline_opens_it(zip_bomb: Path) -> None:
    out = zip_bomb.parent / "out"
    _refused(_run("rebuild", zip_bomb, "--out", out, cwd=zip_bomb.parent), "629,145,600")
    _refused(_run("redline", "files", zip_bomb, _OURS, "--out", out, cwd=zip_bomb.parent),
             "629,145,600")  # fmt: skip
    assert not out.exists()


def it_never_reads_a_local_file_through_an_external_entity(tmp_path: Path) -> None:
    xxe = _document_xml('<!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>', "&x;")
    path = tmp_path / "xxe.docx"
    path.write_bytes(docx_with_part(_OURS.read_bytes(), "word/document.xml", xxe))
    for args in (("verify", path), ("audit", path), ("redline", "files", _OURS, path)):
        result = _run(*args, cwd=tmp_path)
        _refused(result, "declares a DTD or entities")
        assert "root:" not in result.stdout + result.stderr
    assert not (tmp_path / "out").exists()


def it_refuses_entity_expansion(tmp_path: Path) -> None:
    entities = "".join(f'<!ENTITY e{n} "{f"&e{n - 1};" * 10 if n else "ha"}">' for n in range(9))
    path = tmp_path / "laughs.docx"
    laughs = _document_xml(f"<!DOCTYPE w:document [{entities}]>", "&e8;")
    path.write_bytes(docx_with_part(_OURS.read_bytes(), "word/document.xml", laughs))
    _refused(_run("audit", path, cwd=tmp_path), "laughs.docx: refused:", "DTD")


@pytest.mark.parametrize("command", ["verify", "audit"])
def it_reports_a_pdf_page_tree_loop_in_one_line(tmp_path: Path, command: str) -> None:
    path = tmp_path / "loop.pdf"
    path.write_bytes(_loop_pdf())
    _refused(_run(command, path, cwd=tmp_path), "loop.pdf: not a readable PDF")


@pytest.mark.parametrize(
    ("damage", "said"),
    [
        ("missing", "it has no part word/document.xml"),
        ("truncated", "not a readable DOCX"),
        ("bad-crc", "Bad CRC-32"),
    ],
    ids=["missing-document-xml", "truncated", "bit-flipped-part"],
)
def it_reports_a_damaged_docx_in_one_line(tmp_path: Path, damage: str, said: str) -> None:
    source = _OURS.read_bytes()
    if damage == "missing":
        data = docx_with_part(source, "word/document.xml", None)
    elif damage == "truncated":
        data = source[: len(source) // 2]
    else:  # a stored part with one byte changed: its CRC no longer matches
        stored = io.BytesIO()
        with zipfile.ZipFile(io.BytesIO(source)) as old, zipfile.ZipFile(stored, "w") as new:
            for item in old.infolist():
                new.writestr(item.filename, old.read(item.filename))
        data = stored.getvalue().replace(b"<w:body>", b"<w:bodz>", 1)
    path = tmp_path / "damaged.docx"
    path.write_bytes(data)
    for command in ("verify", "audit"):
        _refused(_run(command, path, cwd=tmp_path), "damaged.docx", said)


def it_refuses_a_zip_of_too_many_parts(tmp_path: Path) -> None:
    path = tmp_path / "parts.docx"
    with zipfile.ZipFile(path, "w") as archive:
        for number in range(untrusted.MAX_PARTS + 1):
            archive.writestr(f"word/media/{number}.bin", b"")
    _refused(_run("verify", path, cwd=tmp_path), "the number of ZIP parts is 1,001 parts")


def it_refuses_a_part_packed_tighter_than_the_ratio_allows(tmp_path: Path) -> None:
    path = tmp_path / "tight.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b" " * (4 << 20))  # 4 MiB: under the size limit
    _refused(_run("audit", path, cwd=tmp_path), "the packing ratio of ZIP part word/document.xml")


def it_refuses_a_file_over_the_size_limit_before_reading_it_whole(tmp_path: Path) -> None:
    path = tmp_path / "huge.pdf"
    with path.open("wb") as file:
        file.truncate(untrusted.MAX_FILE_BYTES + 1)  # sparse: nothing is written
    _refused(_run("verify", path, cwd=tmp_path), "the file size is 52,428,801 bytes")


def it_refuses_a_pdf_of_too_many_pages(tmp_path: Path) -> None:
    writer = PdfWriter()
    for _ in range(untrusted.MAX_PDF_PAGES + 1):
        writer.add_blank_page(612, 792)
    path = tmp_path / "pages.pdf"
    writer.write(path)
    _refused(_run("audit", path, cwd=tmp_path), "the number of PDF pages is 2,001 pages")


def it_refuses_text_longer_than_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "long.md"
    path.write_text("The provider shall delete the data. " * 30_000)
    _refused(_run("audit", path, cwd=tmp_path), "the text is 1,080,000 characters")


def it_refuses_a_pdf_listing_too_many_objects(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(untrusted, "MAX_PDF_OBJECTS", 2)
    path = tmp_path / "objects.pdf"
    path.write_bytes((ROOT / "tests" / "corpus" / "scanned-dpa.pdf").read_bytes())
    result = cli("verify", path)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{path}: refused: the number of PDF objects is ")
    assert result.stderr.endswith(" objects, over the limit of 2 objects\n")


@pytest.mark.parametrize("command", ["verify", "audit"])
def it_gives_up_on_a_document_after_its_time(
    cli: Cli, monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    monkeypatch.setattr(untrusted, "SECONDS_PER_DOCUMENT", 1e-6)
    result = cli(command, _OURS)
    assert result.exit_code == 2
    assert result.stderr == (
        f"{_OURS}: refused: reading it took longer than the limit of 1e-06 s per document\n"
    )


def it_leaves_no_timer_behind_once_a_document_is_read(cli: Cli) -> None:
    import signal

    before = signal.getsignal(signal.SIGALRM)
    assert cli("verify", _OURS).exit_code == 0
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGALRM) == before


def _flipped(data: bytes, seed: int) -> bytes:
    rng = random.Random(seed)
    damaged = bytearray(data)
    for _ in range(rng.choice([1, 4, 16, 64])):
        damaged[rng.randrange(len(damaged))] ^= 1 << rng.randrange(8)
    return bytes(damaged)


@pytest.mark.parametrize("kind", ["docx", "pdf"])
def it_never_shows_a_traceback_for_a_bit_flipped_file(cli: Cli, tmp_path: Path, kind: str) -> None:
    """Bit flips anywhere: exit 0, 1 or 2, an exit 2 in one line (in process, so any
    exception would fail the test)."""
    source = _OURS if kind == "docx" else ROOT / "tests" / "corpus" / "scanned-dpa.pdf"
    for seed in range(20):
        path = tmp_path / f"flipped-{seed}.{kind}"
        path.write_bytes(_flipped(source.read_bytes(), seed))
        for command in ("verify", "audit"):
            result = cli(command, path)
            assert result.exit_code in (0, 1, 2)
            if result.exit_code == 2:
                assert len(result.stderr.splitlines()) == 1, result.stderr


def it_still_reads_our_own_document_within_the_limits(tmp_path: Path) -> None:
    result = _run("verify", _OURS, cwd=tmp_path)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("command", ["verify", "audit"])
def it_refuses_a_web_page_over_the_limit_before_parsing_it(tmp_path: Path, command: str) -> None:
    path = tmp_path / "page.html"
    path.write_text("<!doctype html><p>" + "x" * untrusted.MAX_HTML_BYTES + "</p>")
    size = f"the web page's size is {path.stat().st_size:,} bytes, over the limit of 4,194,304"
    _refused(_run(command, path, cwd=tmp_path), size)
