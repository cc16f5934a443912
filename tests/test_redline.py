"""Redlines: the tracked changes between two agreements are exactly the words that changed.

The engine (Docxodus, through python-redlines) and LibreOffice run for real; the
redline is opened with python-docx and its w:ins / w:del read back.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import subprocess
import sys
import time
import zipfile
from datetime import date, timedelta
from pathlib import Path

import docx
import pytest

from crec_assemble.errors import InputError
from crec_assemble.issued import redline
from crec_assemble.issued.redline import Compared, write_redline
from crec_assemble.pipeline.converter import LibreOffice

from conftest import EXAMPLES, Cli, Revision, revise_clause

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
ADDED = ", and weekends and holidays count toward it"
PROFILE = EXAMPLES[0]


@pytest.fixture
def revision(library_copy: Path) -> Revision:
    """An edition after the library's last: one word replaced and one phrase added to the
    breach clause. ``library_copy`` is the library with it."""

    def edit(body: str) -> str:
        body = body.replace("supplement the notice promptly", "supplement the notice daily")
        return body.replace("for notice.", f"for notice{ADDED}.")

    return revise_clause(library_copy, "breach-notification", edit)


def _editions(revision: Revision) -> tuple[str, str, str, str, str, str, str]:
    """``--from`` the edition before the revision ``--to`` the revision's, as of its date."""
    return ("--from", revision.after, "--to", revision.edition, "--date",
            revision.effective.isoformat(), "--library")  # fmt: skip


def _redline(revision: Revision) -> str:
    return f"acme-learning-inc-redline-{revision.after}-to-{revision.edition}.docx"


def _tracked(path: Path) -> dict[str, list[str]]:
    """Inserted and deleted text of a DOCX's body and headers, change by change."""
    document = docx.Document(str(path))
    parts = [document.element.body, *(s.header._element for s in document.sections)]
    changes: dict[str, list[str]] = {"ins": [], "del": [], "author": [], "date": []}
    for part in parts:
        for kind, text_tag in (("ins", "t"), ("del", "delText")):
            for change in part.iter(f"{W}{kind}"):
                changes[kind].append("".join(t.text or "" for t in change.iter(f"{W}{text_tag}")))
                changes["author"].append(change.get(f"{W}author"))
                changes["date"].append(change.get(f"{W}date"))
    return changes


def _ids(cli: Cli, library: Path, revision: Revision, out: Path) -> list[str]:
    """The agreement ids the two editions give the profile (the header carries them)."""
    ids = []
    for edition in (revision.after, revision.edition):
        result = cli("build", PROFILE, "--library", library, "--edition", edition,
                     "--date", revision.effective, "--format", "docx", "--out", out / edition,
                     "--json")  # fmt: skip
        assert result.exit_code == 0, result.output
        ids.append(json.loads(result.stdout)["documents"][0]["id"])
    return ids


def it_tracks_exactly_the_words_counsel_changed(
    cli: Cli, revision: Revision, library_copy: Path, tmp_path: Path
) -> None:
    target = tmp_path / "redlines" / _redline(revision)
    result = cli("redline", "editions", PROFILE, *_editions(revision), library_copy,
                 "--out", target.parent)  # fmt: skip
    assert result.exit_code == 0, result.output
    assert result.stdout == f"wrote {target}\n"
    old_id, new_id = _ids(cli, library_copy, revision, tmp_path)
    common = next(n for n, (a, b) in enumerate(zip(old_id, new_id, strict=True)) if a != b)
    changes = _tracked(target)
    assert sorted(changes["ins"]) == sorted(["daily", ADDED, new_id[common:]])
    assert sorted(changes["del"]) == sorted(["promptly", old_id[common:]])
    assert set(changes["author"]) == {"crec-assemble"}
    assert set(changes["date"]) == {f"{revision.effective.isoformat()}T00:00:00Z"}
    again = tmp_path / "again" / target.name
    cli("redline", "editions", PROFILE, *_editions(revision), library_copy,
        "--out", again.parent)  # fmt: skip
    assert again.read_bytes() == target.read_bytes()
    # A redline is not an issued agreement: it carries no manifest, so verify can only read
    # its words against the clause library (here, one that lacks the new version).
    checked = cli("verify", target, "--json")
    assert json.loads(checked.stdout)["matched_by"] == "text"
    assert json.loads(checked.stdout)["tracked_changes"] is True  # and says it has them


def it_redlines_two_issued_agreements_dated_by_the_newer_one(
    cli: Cli, revision: Revision, library_copy: Path, tmp_path: Path
) -> None:
    name = "acme-learning-inc.docx"
    eve = revision.effective - timedelta(days=1)  # signed the day before the new edition
    for folder, day in (("signed", eve), ("new", revision.effective)):
        built = cli("build", PROFILE, "--library", library_copy, "--date", day,
                    "--format", "docx", "--out", tmp_path / folder)  # fmt: skip
        assert built.exit_code == 0, built.output
    result = cli("redline", "files", tmp_path / "signed" / name, tmp_path / "new" / name,
                 "--to", tmp_path / "signed-vs-new.docx")  # fmt: skip
    assert result.exit_code == 0, result.output
    changes = _tracked(tmp_path / "signed-vs-new.docx")
    assert "daily" in changes["ins"] and ADDED in changes["ins"] and "promptly" in changes["del"]
    newer = f"{revision.effective.isoformat()}T00:00:00Z"
    assert set(changes["date"]) == {newer}  # the newer agreement's build date


@pytest.mark.usefixtures("libreoffice")
def it_opens_in_libreoffice_with_the_changes_still_tracked(
    cli: Cli, revision: Revision, library_copy: Path, tmp_path: Path
) -> None:
    target = tmp_path / "redlines" / _redline(revision)
    cli("redline", "editions", PROFILE, *_editions(revision), library_copy,
        "--out", target.parent)  # fmt: skip
    resaved_dir = tmp_path / "resaved"
    resaved_dir.mkdir()
    with LibreOffice() as office:
        (resaved,) = office.convert([target], resaved_dir, to="docx")
    changes = _tracked(resaved)
    assert "daily" in changes["ins"] and ADDED in changes["ins"] and "promptly" in changes["del"]
    assert set(changes["author"]) == {"crec-assemble"}


@pytest.mark.parametrize(
    ("args", "message"),
    [(["editions", PROFILE, "--from", "2026-07", "--to", "2026-07"],
      "--from and --to name the same edition"),
     (["editions", PROFILE, "--from", "2026-07", "--to", "2031-01"], "--to: no edition '2031-01'"),
     (["files", PROFILE.with_suffix(".docx"), PROFILE], "cannot read")],
    ids=["same-edition", "unknown-edition", "missing-file"],
)  # fmt: skip
def it_explains_a_redline_it_cannot_make(cli: Cli, tmp_path: Path, args: list[object],
                                         message: str) -> None:  # fmt: skip
    result = cli("redline", *args, "--out", tmp_path / "r")
    assert result.exit_code == 2
    assert message in result.stderr and len(result.stderr.splitlines()) == 1, result.stderr
    assert not (tmp_path / "r").exists()


@pytest.mark.parametrize(
    ("args", "missing"),
    [(["editions", PROFILE, "--to", "2026-08"], "--from"),
     (["editions", PROFILE, "--from", "2026-07"], "--to"),
     (["files", "a.docx"], "NEW")],
    ids=["no-from", "no-to", "one-file"],
)  # fmt: skip
def it_asks_for_what_each_kind_of_redline_needs(cli: Cli, args: list[object], missing: str) -> None:
    result = cli("redline", *args)
    assert result.exit_code == 2
    assert f"Missing {'argument' if missing == 'NEW' else 'option'} '{missing}'" in result.output


def it_writes_into_a_folder_under_the_redlines_own_name(
    cli: Cli, revision: Revision, library_copy: Path, tmp_path: Path
) -> None:
    result = cli("redline", "editions", PROFILE, *_editions(revision), library_copy,
                 "--out", tmp_path, "--json")  # fmt: skip
    assert result.exit_code == 0, result.output
    target = tmp_path / f"acme-learning-inc-redline-{revision.after}-to-{revision.edition}.docx"
    sha256 = hashlib.sha256(target.read_bytes()).hexdigest()
    assert json.loads(result.stdout) == {
        "documents": [
            {
                "kind": "redline",
                "old": revision.after,
                "new": revision.edition,
                "outputs": [{"format": "docx", "path": str(target), "sha256": sha256}],
            }
        ]
    }


def it_takes_a_folder_or_a_file_not_both(tmp_path: Path) -> None:
    compared = Compared(b"redline", "acme-redline", "old.docx", "new.docx")
    with pytest.raises(InputError, match="--out and --to: give a folder or a file, not both"):
        write_redline(compared, out=tmp_path, to=tmp_path / "r.docx")
    assert list(tmp_path.iterdir()) == []


def it_never_overwrites_a_redline_without_force(
    cli: Cli, revision: Revision, library_copy: Path, tmp_path: Path
) -> None:
    target = tmp_path / _redline(revision)
    target.write_bytes(b"counsel's notes")
    args = ("redline", "editions", PROFILE, *_editions(revision), library_copy,
            "--out", tmp_path)  # fmt: skip
    refused = cli(*args)
    assert refused.exit_code == 2 and "--force" in refused.stderr
    assert target.read_bytes() == b"counsel's notes"
    assert cli(*args, "--force").exit_code == 0
    assert zipfile.is_zipfile(target)


def it_refuses_a_folder_and_a_file_before_comparing_anything(cli: Cli, tmp_path: Path) -> None:
    missing = tmp_path / "missing.docx"  # never read: the options are refused first
    result = cli("redline", "files", missing, missing, "--out", tmp_path / "r",
                 "--to", tmp_path / "r.docx")  # fmt: skip
    assert result.exit_code == 2
    assert result.stderr == "--out and --to: give a folder or a file, not both\n"


def it_rejects_a_file_that_is_not_a_word_document(cli: Cli, tmp_path: Path) -> None:
    fake = tmp_path / "old.docx"
    fake.write_text("not a zip")
    result = cli("redline", "files", fake, fake, "--to", tmp_path / "r.docx")
    assert result.exit_code == 2
    assert result.stderr == f"{fake}: not a Word document (.docx); redline compares two DOCX\n"


def it_runs_the_engine_without_a_separate_dotnet_install() -> None:
    done = subprocess.run([sys.executable, "-c", "import python_redlines_docxodus"],
                          capture_output=True)  # fmt: skip
    assert done.returncode == 0


def _engine_that_hangs(started: Path, old: bytes, new: bytes, when: date) -> bytes:
    """Stands in for the .NET engine: starts a process that outlives any limit."""
    sleeper = subprocess.Popen(["sleep", "600"])
    started.write_text(str(sleeper.pid))
    sleeper.wait()
    return b""


def it_takes_the_redline_engine_with_it_when_killed_outright(tmp_path: Path) -> None:
    """kill -9 of the process that asked for a redline: the engine's process and what it
    started go too, at once, not when the time limit would have passed."""
    started = tmp_path / "engine.pid"
    script = (
        "import functools, sys\n"
        f"sys.path.insert(0, {str(Path(__file__).parent)!r})\n"
        "from datetime import date\n"
        "from pathlib import Path\n"
        "from crec_assemble.issued import redline\n"
        "from test_redline import _engine_that_hangs\n"
        "if __name__ == '__main__':\n"
        f"    engine = functools.partial(_engine_that_hangs, Path({str(started)!r}))\n"
        "    redline.redline_docx(b'old', b'new', date(2026, 12, 1), engine)\n"
    )
    (tmp_path / "ask.py").write_text(script)
    asking = subprocess.Popen([sys.executable, str(tmp_path / "ask.py")])
    try:
        for _ in range(300):
            if started.exists() and started.read_text():
                break
            time.sleep(0.1)
        sleeper = int(started.read_text())
    finally:
        asking.kill()
        asking.wait()
    assert _gone(sleeper), "the engine's process outlived the process that asked for it"


def _gone(pid: int) -> bool:
    """Whether ``pid`` ends within ten seconds (a zombie counts as gone: the kill is immediate,
    reaping it may take a moment, and it may be reaped between two looks)."""
    for _ in range(100):
        try:
            os.kill(pid, 0)
            if Path(f"/proc/{pid}/stat").read_text().split()[2] == "Z":
                return True
        except (ProcessLookupError, FileNotFoundError):
            return True
        time.sleep(0.1)
    return False


def it_stops_a_redline_engine_that_runs_past_its_time(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The engine and every process it started are killed at the limit: exit 2, one line."""
    started = tmp_path / "engine.pid"
    monkeypatch.setattr(redline, "REDLINE_SECONDS", 1.0)
    with pytest.raises(InputError, match=r"^the redline took longer than the limit of 1 s"):
        redline.redline_docx(b"old", b"new", date(2026, 12, 1),
                             functools.partial(_engine_that_hangs, started))  # fmt: skip
    assert _gone(int(started.read_text())), "the engine's process outlived the time limit"
