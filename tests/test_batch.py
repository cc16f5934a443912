"""Batch builds: failures are isolated, a dead LibreOffice is replaced, Ctrl-C leaves
nothing partial, and a re-run builds only what is missing."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
import yaml

from crec_assemble.library.clauses import load_library
from crec_assemble.model import FormatChoice
from crec_assemble.pipeline.batch import build_batch, expand_profiles
from crec_assemble.pipeline.events import (
    BatchEvent,
    DocumentBuilt,
    ProfileFailed,
    ProfileRendered,
    Started,
    Tally,
)
from crec_assemble.pipeline.plan import BuildOptions
from crec_assemble.resources import default_template
from crec_assemble.verify import verify

from conftest import (
    BUILD_DATE,
    EXAMPLES,
    WriteProfile,
    fake_soffice,
    next_edition,
    processes_with,
    revise_clause,
)

pytestmark = pytest.mark.e2e


def _copies(folder: Path, names: list[str]) -> list[Path]:
    """Consultant profiles (one document each) under distinct legal names."""
    base = yaml.safe_load(EXAMPLES[1].read_text())
    paths = []
    for name in names:
        base["contractor"]["legal_name"] = name
        path = folder / f"{name.split()[0].lower()}.yaml"
        path.write_text(yaml.safe_dump(base))
        paths.append(path)
    return paths


def _options(
    out: Path,
    format: FormatChoice = "all",
    library: Path | None = None,
    template: Path | None = None,
    build_date: date = BUILD_DATE,
) -> BuildOptions:
    return BuildOptions(
        out=out, build_date=build_date, format=format, library=library, template=template
    )


def it_reads_folders_recursively_and_expands_globs(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    for name in ("a/one.yaml", "a/b/two.yaml", "three.yaml", "a/notes.txt"):
        (tmp_path / name).write_text("x")
    found, missing = expand_profiles([tmp_path / "a", tmp_path / "*.yaml", tmp_path / "none.yaml"])
    assert [p.relative_to(tmp_path).as_posix() for p in found] == [
        "a/b/two.yaml", "a/one.yaml", "three.yaml"
    ]  # fmt: skip
    assert [m.profile for m in missing] == [tmp_path / "none.yaml"]


def it_builds_the_rest_when_a_profile_is_bad_and_a_conversion_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, write_profile: WriteProfile
) -> None:
    # A converter that never produces the PDF of one document, however often it is asked.
    fake_soffice(tmp_path, monkeypatch,
                  'args=(); for a in "$@"; do\n'
                  '  if [[ "$a" == *broken-llc* ]]; then args+=("/nonexistent/${a##*/}");\n'
                  '  else args+=("$a"); fi; done\n'
                  'exec "$REAL" "${args[@]}"')  # fmt: skip
    good, broken = _copies(tmp_path, ["Good LLC", "Broken LLC"])
    bad = write_profile("profile: 1\ncontractor: {role: vendor}\n", "bad.yaml")
    out = tmp_path / "out"
    result = build_batch([good, bad, broken], _options(out), jobs=2)
    assert [f.profile for f in result.failures] == [bad, broken]
    assert "broken-llc" in result.failures[1].reason and not result.failures[1].input_error
    assert sorted(p.name for p in out.iterdir()) == ["good-llc.docx", "good-llc.pdf"]
    for path in out.iterdir():
        assert verify(path).intact


def it_replaces_a_libreoffice_that_died(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    marker = tmp_path / "crashed-once"
    # Only a LibreOffice given documents dies: one started early, before any, has none.
    fake_soffice(tmp_path, monkeypatch,
                  f'if [[ "$*" == *--convert-to* && ! -e "{marker}" ]]; then\n'
                  f'  touch "{marker}"; kill -9 $$; fi\n'
                  'exec "$REAL" "$@"')  # fmt: skip
    profiles = _copies(tmp_path, ["First LLC", "Second LLC"])
    result = build_batch(profiles, _options(tmp_path / "out"), jobs=1)
    assert marker.exists(), "the first LibreOffice died"
    assert result.failures == []
    assert len(result.documents) == 2


def it_builds_only_what_is_missing_when_resumed(tmp_path: Path) -> None:
    profiles = _copies(tmp_path, ["Alpha LLC", "Beta LLC", "Gamma LLC"])
    out = tmp_path / "out"
    first = build_batch(profiles, _options(out, format="docx"), jobs=1)
    assert len(first.documents) == 3
    kept = out / "alpha-llc.docx"
    stamp = kept.stat().st_mtime_ns
    (out / "beta-llc.docx").unlink()
    again = build_batch(profiles, _options(out, format="docx"), jobs=1, skip_existing=True)
    assert [d.profile for d in again.documents] == [profiles[1]]
    assert again.skipped == [profiles[0], profiles[2]]
    assert kept.stat().st_mtime_ns == stamp  # never rewritten


def _as_in_a_terminal() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def it_stops_cleanly_on_ctrl_c(tmp_path: Path) -> None:
    profiles = _copies(tmp_path, [f"Company{n:02d} LLC" for n in range(12)])
    out = tmp_path / "out"
    command = [sys.executable, "-m", "crec_assemble", "build", *map(str, profiles),
               "--out", str(out), "--jobs", "2", "--date", BUILD_DATE.isoformat()]  # fmt: skip
    temporary = tmp_path / "tmp"  # LibreOffice's profiles go here: other builds' are elsewhere
    temporary.mkdir()
    # Ctrl-C in a terminal reaches a foreground command whose SIGINT is at its default. A
    # test run started in the background by a shell without job control (a CI runner's
    # script, "… &") inherits SIGINT ignored, and Python then never installs its handler:
    # the build would rightly ignore the interrupt. So the child starts as a terminal's would.
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               env={**os.environ, "TMPDIR": str(temporary)},
                               preexec_fn=_as_in_a_terminal)  # fmt: skip
    # Interrupted while LibreOffice converts: its documents are staged in the output folder.
    # Not "when the first PDF lands": on an idle machine all twelve render inside one
    # gathering window, convert as one chunk and land together, and the interrupt came after
    # the build had finished.
    started = time.monotonic()
    while not list(out.glob(".crec-staging-*")) and time.monotonic() < started + 120:
        time.sleep(0.02)
    # Which of two failures, if it fails: the trigger came after the build had ended, or
    # the build ran on through the interrupt.
    seen = f"staging seen after {time.monotonic() - started:.1f} s"
    assert process.poll() is None, f"the build ended before the interrupt ({seen})"
    process.send_signal(signal.SIGINT)
    stdout, stderr = process.communicate(timeout=120)
    assert process.returncode == 130, f"{seen}; {stderr.decode()} {stdout.decode()}"
    # The folder the build made for its output is gone too when nothing was written to it.
    names = sorted(p.name for p in out.iterdir()) if out.exists() else []
    assert not [n for n in names if n.startswith(".")], "no temporary files left"
    built = {n.rsplit(".", 1)[0] for n in names}
    assert len(built) < len(profiles), "stopped part-way"
    for stem in built:  # every profile it wrote is complete and verifies
        for ext in ("docx", "pdf"):
            assert verify(out / f"{stem}.{ext}").intact
    assert processes_with(f"{temporary}/crec-lo-") == [], "LibreOffice is gone"


def it_reports_a_profile_that_breaks_the_builder_and_builds_the_rest(tmp_path: Path) -> None:
    (good,) = _copies(tmp_path, ["Good LLC"])
    deep = tmp_path / "deep.yaml"
    deep.write_text("x: " + "[" * 5000 + "]" * 5000 + "\n")  # too deep for the YAML parser
    result = build_batch([deep, good], _options(tmp_path / "out", format="docx"), jobs=2)
    assert [f.profile for f in result.failures] == [deep]
    assert [d.profile for d in result.documents] == [good]


@pytest.mark.parametrize(
    ("body", "reason"),
    [("", "could not be started"), ("exec sleep 600", "made no progress for")],
    ids=["not-executable", "hangs"],
)
def it_never_waits_on_a_converter_that_cannot_work(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str, reason: str
) -> None:
    fake_soffice(tmp_path, monkeypatch, body or None)  # empty: not a program at all
    (profile,) = _copies(tmp_path, ["Stuck LLC"])
    started = time.monotonic()
    result = build_batch([profile], _options(tmp_path / "out"), jobs=1, timeout=0.3, start_up=0.3)
    assert time.monotonic() - started < 15  # the chunk, then the document alone: 0.6 s each
    (failure,) = result.failures
    assert reason in failure.reason
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())


def it_resumes_a_profile_that_was_written_in_part(tmp_path: Path) -> None:
    (profile,) = _copies(tmp_path, ["Partial LLC"])
    out = tmp_path / "out"
    build_batch([profile], _options(out), jobs=1)
    kept = out / "partial-llc.docx"
    stamp = kept.stat().st_mtime_ns
    (out / "partial-llc.pdf").unlink()
    again = build_batch([profile], _options(out), jobs=1, skip_existing=True)
    assert again.failures == []
    assert (out / "partial-llc.pdf").is_file() and verify(out / "partial-llc.pdf").intact
    assert kept.stat().st_mtime_ns == stamp


@pytest.mark.parametrize("jobs", [1, 2])
def it_reads_the_library_afresh_for_each_batch(library_copy: Path, tmp_path: Path,
                                               jobs: int) -> None:  # fmt: skip
    shipped = load_library(library_copy)
    _, day = next_edition(shipped)  # the day the revision will take effect: same options twice

    def breach_version(out: Path) -> str:
        options = _options(out, format="docx", library=library_copy, build_date=day)
        result = build_batch([EXAMPLES[0]], options, jobs=jobs)
        clauses: list[dict[str, str]] = result.documents[0].manifest["clauses"]
        return next(c["version"] for c in clauses if c["id"] == "breach-notification")

    assert (
        breach_version(tmp_path / "before") == shipped.editions[-1].versions["breach-notification"]
    )
    revision = revise_clause(
        library_copy, "breach-notification", lambda body: body + "\nRevised.\n"
    )
    assert revision.effective == day
    assert breach_version(tmp_path / "after") == revision.version


def _restyle(template: Path, footer: str) -> None:
    """Staff's change to the Word template, saved over the same file: a new footer."""
    with zipfile.ZipFile(default_template()) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    parts["word/footer1.xml"] = parts["word/footer1.xml"].replace(
        b">Page <", f">{footer} <".encode()
    )
    with zipfile.ZipFile(template, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)


@pytest.mark.parametrize("jobs", [1, 2])
def it_renders_each_batch_with_the_template_as_it_is_now(tmp_path: Path, jobs: int) -> None:
    """A template restyled between two batches in one process is the one the second uses."""
    template = tmp_path / "agreement.docx"

    def footer_and_hash(out: Path) -> tuple[bytes, str]:
        result = build_batch([EXAMPLES[0]], _options(out, format="docx", template=template),
                             jobs=jobs)  # fmt: skip
        document = result.documents[0]
        with zipfile.ZipFile(document.outputs[0].path) as docx:
            return docx.read("word/footer1.xml"), document.manifest["template"]["sha256"]

    _restyle(template, "Page")
    footer, _ = footer_and_hash(tmp_path / "before")
    assert b">Page <" in footer
    _restyle(template, "Sheet")
    footer, sha = footer_and_hash(tmp_path / "after")
    assert b">Sheet <" in footer, "the second batch used the old template"
    assert sha == hashlib.sha256(template.read_bytes()).hexdigest()


def it_tells_its_progress_as_typed_events(
    tmp_path: Path, write_profile: Callable[..., Path]
) -> None:
    bad = write_profile("profile: 1\ncontractor: {role: vendor}\n", "bad.yaml")
    events: list[BatchEvent] = []
    result = build_batch([bad, EXAMPLES[0]], _options(tmp_path / "out", format="docx"), jobs=1,
                         progress=events.append)  # fmt: skip
    built = len(result.documents)
    assert built > 1, "an example with subcontractors makes several documents"
    assert events[0] == Started((bad, EXAMPLES[0]), Tally(done=0, known=2))
    kinds = [ProfileFailed, ProfileRendered, *[DocumentBuilt] * built]
    assert [type(event) for event in events[1:]] == kinds
    failed, rendered = events[1], events[2]
    assert isinstance(failed, ProfileFailed) and failed.profile == bad
    assert isinstance(rendered, ProfileRendered) and rendered.documents == built
    assert [e.document for e in events if isinstance(e, DocumentBuilt)] == result.documents
    assert events[-1].tally == Tally(done=built + 1, known=built + 1)


@pytest.mark.usefixtures("libreoffice")
def it_leaves_no_libreoffice_running_when_terminated(tmp_path: Path) -> None:
    """SIGTERM (timeout, a cancelled CI job) cleans up as Ctrl-C does: LibreOffice, started
    early for the batch, does not outlive the command."""
    out = tmp_path / "out"
    env = {**os.environ, "TMPDIR": str(tmp_path)}
    command = [sys.executable, "-m", "crec_assemble", "build", str(EXAMPLES[0]), "--out", str(out),
               "--date", BUILD_DATE.isoformat()]  # fmt: skip
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not list(tmp_path.glob("crec-lo-*")) and time.monotonic() < deadline:
        time.sleep(0.05)  # LibreOffice's profile exists: it is starting
    process.send_signal(signal.SIGTERM)
    process.communicate(timeout=60)
    assert process.returncode == 128 + signal.SIGTERM
    assert list(tmp_path.glob("crec-lo-*")) == []
    assert processes_with(str(tmp_path)) == []
