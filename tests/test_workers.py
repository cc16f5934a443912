"""Worker processes start clean: a lock another thread of the build holds is not theirs.

A fork copies every thread's memory but runs one thread; a lock held at that instant by
another thread (a web request reading a PDF, the conversion queue) stays held in the child
forever. Workers come from a fork server instead, and these tests hold such a lock while
workers start.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest
from pypdf import PdfReader

from crec_assemble.pipeline.batch import build_batch
from crec_assemble.pipeline.lifeline import Lifeline, child_processes, hold
from crec_assemble.pipeline.plan import BuildOptions
from crec_assemble.pipeline.session import BuildSession
from crec_assemble.render.pdfium_lock import PDFIUM

from conftest import BUILD_DATE, EXAMPLES, children_of, processes_with


def _pdfium_is_free() -> bool:
    """In a worker: whether PDFium's lock can be taken (within a few seconds)."""
    if not PDFIUM.acquire(timeout=5):
        return False
    PDFIUM.release()
    return True


@pytest.fixture
def pdfium_held_by_another_thread() -> Iterator[None]:
    """PDFium's lock, held by a thread of this process until the test ends."""
    taken, done = threading.Event(), threading.Event()

    def hold() -> None:
        with PDFIUM:
            taken.set()
            done.wait()

    holder = threading.Thread(target=hold, daemon=True)
    holder.start()
    taken.wait()
    yield
    done.set()
    holder.join()


@pytest.mark.usefixtures("pdfium_held_by_another_thread")
def it_starts_workers_that_do_not_share_a_lock_another_thread_holds() -> None:
    with ProcessPoolExecutor(max_workers=1, mp_context=child_processes()) as pool:
        assert pool.submit(_pdfium_is_free).result(timeout=60)


def it_sends_a_batchs_session_to_its_workers_whole() -> None:
    session = BuildSession.open(BuildOptions(build_date=BUILD_DATE))
    with ProcessPoolExecutor(max_workers=1, mp_context=child_processes()) as pool:
        assert pool.submit(_echo, session).result(timeout=60) == session


def _echo(session: BuildSession) -> BuildSession:
    return session


@pytest.mark.e2e
@pytest.mark.usefixtures("libreoffice", "pdfium_held_by_another_thread")
def it_finishes_a_batchs_pdfs_while_another_thread_reads_a_pdf(tmp_path: Path) -> None:
    """Each PDF is finished (signature fields, manifest) and read back with PDFium in a
    worker: a worker forked while a thread held PDFium's lock would wait for it forever."""
    options = BuildOptions(out=tmp_path / "out", build_date=BUILD_DATE, format="all")
    outcome: list[int] = []
    build = threading.Thread(
        target=lambda: outcome.append(len(build_batch(EXAMPLES[:2], options, jobs=2).documents)),
        daemon=True,
    )
    build.start()
    build.join(timeout=300)
    assert not build.is_alive(), "the batch finished"
    pdfs = sorted((tmp_path / "out").glob("*.pdf"))
    assert outcome == [len(pdfs)] and len(pdfs) >= 2
    for pdf in pdfs:
        assert "Student Data" in PdfReader(pdf).pages[0].extract_text()


def _variable(name: str) -> str | None:
    return os.environ.get(name)


def it_gives_a_child_the_builds_environment_as_it_is_now(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The fork server keeps the environment it started with; the lifeline carries the
    build's own, so a child sees what a forked one would (PATH finds the fonts' tools)."""
    child_processes()  # the server starts before the variable is set
    monkeypatch.setenv("CREC_WORKER_PROBE", "set after the server started")
    lifeline = Lifeline()
    try:
        with ProcessPoolExecutor(
            max_workers=1,
            mp_context=child_processes(),
            initializer=hold,
            initargs=(lifeline.handed,),
        ) as pool:
            seen = pool.submit(_variable, "CREC_WORKER_PROBE").result(timeout=60)
    finally:
        lifeline.close()
    assert seen == "set after the server started"


def it_starts_the_fork_server_deaf_to_ctrl_c() -> None:
    """Ctrl-C reaches the whole process group; the server must not die of it (with a
    traceback) while it imports the tool's modules, before its own handlers are set."""
    script = (
        "from crec_assemble.pipeline.lifeline import Lifeline, child_processes, hold\n"
        "import time\n"
        "child_processes()\n"
        "time.sleep(60)\n"
    )
    process = subprocess.Popen([sys.executable, "-c", script])
    try:
        deadline = time.monotonic() + 30
        servers: list[int] = []
        while not servers and time.monotonic() < deadline:
            servers = [p for p in processes_with("forkserver") if p in children_of(process.pid)]
            time.sleep(0.01)
        assert servers, "the fork server started"
        status = Path(f"/proc/{servers[0]}/status").read_text()
        ignored = int(next(line for line in status.splitlines() if line.startswith("SigIgn:"))
                      .split()[1], 16)  # fmt: skip
        assert ignored & (1 << (signal.SIGINT - 1))
    finally:
        process.kill()
        process.wait()
