"""Counsel's workflow on the clause library: read it, change a clause, lint, release.

Each test works on a copy of the shipped library in its own git repository, the
way counsel's repository holds it, and goes through the command line.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from crec_assemble.cli.app import app
from crec_assemble.counsel.lint import lint_library
from crec_assemble.library.clauses import load_library
from crec_assemble.resources import default_library

from conftest import BUILD_DATE, EXAMPLES, ROOT, Cli, counsel_git, next_edition, next_version

NEW_SENTENCE = "and weekends and holidays count toward it."

# What the tests expect is read from the shipped library, so a new edition changes no test.
SHIPPED = load_library(default_library())
FIRST, LAST = SHIPPED.editions[0], SHIPPED.editions[-1]
NEXT, NEXT_DAY = next_edition(SHIPPED)  # the next edition: when _new_version takes effect
CURRENT = SHIPPED.get("breach-notification")  # the newest version, which _new_version revises
RELEASED = LAST.versions["breach-notification"]  # in force since the last edition
DRAFT = next_version(SHIPPED, "breach-notification")  # _new_version's version
DRAFT_FILE = f"breach-notification/{DRAFT}.md"


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """Counsel's repository: the shipped library, committed."""
    root = tmp_path / "counsel"
    shutil.copytree(default_library(), root / "clauses")
    counsel_git(root, "init", "-q", "-b", "main")
    counsel_git(root, "add", "-A")
    counsel_git(root, "commit", "-q", "-m", "Clause library as shipped")
    return root


def _front_matter(text: str, key: str, value: str) -> str:
    return re.sub(rf"^{key}: .*$", lambda _: f"{key}: {value}", text, count=1, flags=re.M)


def _new_version(library: Path, note: str = "Weekends and holidays count toward the deadline.",
                 edit: Callable[[str], str] | None = None) -> Path:  # fmt: skip
    """breach-notification's next version (DRAFT), effective the day the next edition would
    be (NEXT_DAY), with one more clause of words."""
    old = (library / "breach-notification" / f"{CURRENT.version}.md").read_text()
    new = _front_matter(old, "version", DRAFT)
    new = _front_matter(new, "effective", NEXT_DAY.isoformat())
    new = _front_matter(new, "changes", json.dumps(note, ensure_ascii=False))
    new = new.replace("does not extend the time for notice.",
                      f"does not extend the time for notice, {NEW_SENTENCE}")  # fmt: skip
    assert NEW_SENTENCE in new
    path = library / "breach-notification" / f"{DRAFT}.md"
    path.write_text(edit(new) if edit else new)
    return path


def _line_of(path: Path, text: str) -> int:
    return next(n for n, line in enumerate(path.read_text().splitlines(), 1) if text in line)


def it_finds_nothing_wrong_with_the_shipped_library() -> None:
    report = lint_library(ROOT / "clauses")
    assert report.problems == ()
    assert report.editions >= 1 and report.clauses == len(list((ROOT / "clauses").glob("*/"))) - 1


def it_rejects_a_released_clause_edited_without_a_new_version(repo: Path, cli: Cli) -> None:
    snippet = repo / "clauses" / "breach-notification" / "1.0.0.md"
    snippet.write_text(snippet.read_text().replace("for notice.", f"for notice, {NEW_SENTENCE}"))
    result = cli("clauses", "lint", "--library", repo / "clauses")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert f"{snippet}:1: released-edited: breach-notification@1.0.0 was released in edition " \
        "2026-07 and has been edited since; restore it and put the new words in a new version" \
        in lines  # fmt: skip
    body_line = _line_of(snippet, "If Contractor or any of its subcontractors")
    assert f"{snippet}:{body_line}: unversioned-change: the words of breach-notification@1.0.0 " \
        "changed since HEAD without a new version; restore it and add a new version " \
        f"(e.g. {DRAFT})" in lines  # fmt: skip
    assert len(lines) == 2, result.stdout
    assert "2 problem(s)" in result.stderr


def it_rejects_an_unreleased_version_edited_after_it_was_committed(repo: Path, cli: Cli) -> None:
    path = _new_version(repo / "clauses")
    counsel_git(repo, "add", "-A")
    counsel_git(repo, "commit", "-q", "-m", f"Draft {DRAFT}")
    path.write_text(path.read_text().replace("count toward it", "count toward the time"))
    result = cli("clauses", "lint", "--library", repo / "clauses")
    assert result.exit_code == 1
    assert re.fullmatch(rf"{re.escape(str(path))}:\d+: unversioned-change: the words of "
                        rf"breach-notification@{re.escape(DRAFT)} changed since HEAD .*\n",
                        result.stdout)  # fmt: skip


def it_takes_a_clause_change_through_lint_release_and_build(
    repo: Path, cli: Cli, tmp_path: Path
) -> None:
    library = repo / "clauses"
    _new_version(library)
    lint = cli("clauses", "lint", "--library", library)
    assert lint.exit_code == 0, lint.stdout
    versions = sum(len(found) for found in SHIPPED.versions.values()) + 1
    assert lint.stdout == (f"{library}: ok: {len(SHIPPED.versions)} clauses, {versions} "
                           f"versions, {len(SHIPPED.editions)} edition(s)\n")  # fmt: skip

    listed = cli("clauses", "list", "--library", library, "--json")
    unreleased = json.loads(listed.stdout)["unreleased"]
    assert [(c["id"], c["version"]) for c in unreleased] == [("breach-notification", DRAFT)]

    released = cli("clauses", "release", NEXT, "--effective", NEXT_DAY, "--library", library)
    assert released.exit_code == 0, released.output
    edition = yaml.safe_load((library / "editions" / f"{NEXT}.yaml").read_text())
    assert str(edition["effective"]) == NEXT_DAY.isoformat() and edition["name"] == NEXT
    assert edition["summary"] == (
        f"breach-notification {RELEASED} → {DRAFT}: Weekends and holidays count toward the "
        "deadline."
    )
    assert edition["clauses"]["breach-notification"]["version"] == DRAFT
    assert edition["clauses"]["severability"]["version"] == LAST.versions["severability"]

    history = cli("clauses", "history", "breach-notification", "--library", library)
    assert re.search(r"^1\.0\.0 +2026-07-01 +2026-07 +Initial version\.$", history.stdout, re.M)
    assert re.search(rf"^{re.escape(DRAFT)} +{NEXT_DAY} +{NEXT} +Weekends", history.stdout, re.M)

    diff = cli("clauses", "diff", CURRENT.ref, f"breach-notification@{DRAFT}",
               "--library", library)  # fmt: skip
    changes = re.findall(r"\[-.*?-\]|\{\+.*?\+\}", diff.stdout)
    assert changes == ["[-notice.-]", f"{{+notice, {NEW_SENTENCE}+}}"]

    def built(day: str, *extra: str) -> list[str]:
        out = tmp_path / f"out-{day}-{len(extra)}"
        result = cli("build", EXAMPLES[0], "--library", library, "--date", day, "--format",
                     "docx", "--out", out, "--json", *extra)  # fmt: skip
        assert result.exit_code == 0, result.output
        documents = json.loads(result.stdout)["documents"]
        return [f"{d['manifest']['agreement']['edition']}:{c['id']}@{c['version']}"
                for d in documents[:1] for c in d["manifest"]["clauses"]
                if c["id"] == "breach-notification"]  # fmt: skip

    eve = (NEXT_DAY - timedelta(days=1)).isoformat()
    assert built(eve) == [f"{LAST.name}:breach-notification@{RELEASED}"]
    assert built(NEXT_DAY.isoformat()) == [f"{NEXT}:breach-notification@{DRAFT}"]
    first = f"{FIRST.name}:breach-notification@{FIRST.versions['breach-notification']}"
    assert built(NEXT_DAY.isoformat(), "--edition", FIRST.name) == [first]


def it_refuses_to_release_a_version_that_drops_the_regulations_words(repo: Path, cli: Cli) -> None:
    library = repo / "clauses"
    path = _new_version(library, edit=lambda text: text.replace("five (5) calendar days",
                                                                "thirty (30) days"))  # fmt: skip
    result = cli("clauses", "release", NEXT, "--effective", NEXT_DAY, "--library", library)
    assert result.exit_code == 1
    assert f"{path}:1: unmet-requirement: the newest versions: R6a (paragraph 6(a); without it " \
        f"the contract is void): breach-notification@{DRAFT} does not say \"five (5) calendar " \
        "days from discovery" in result.stderr  # fmt: skip
    assert "operator agreement" in result.stderr and "consultant flowdown" in result.stderr
    assert f"edition {NEXT} not released" in result.stderr
    assert not (library / "editions" / f"{NEXT}.yaml").exists()


_LAST_BUT_A_DAY = (LAST.effective + timedelta(days=1)).isoformat()  # before the draft's day


@pytest.mark.parametrize(
    ("args", "message"),
    [([LAST.name], f"edition {LAST.name} exists; editions are never rewritten"),
     (["2027/01"], "an edition name is letters, digits"),
     (["2026-06", "--effective", "2026-06-01"],
      f"must be after edition {LAST.name} ({LAST.effective.isoformat()})"),
     ([_LAST_BUT_A_DAY, "--effective", _LAST_BUT_A_DAY],
      f"nothing to release: edition {LAST.name} has"),
     ([NEXT, "--effective", NEXT_DAY.isoformat(), "--summary", ""],
      "say what this edition changes")],
    ids=["exists", "bad-name", "too-early", "draft-not-yet-in-effect", "no-summary"],
)  # fmt: skip
def it_refuses_a_release_it_cannot_make(
    repo: Path, cli: Cli, args: list[str], message: str
) -> None:
    _new_version(repo / "clauses")
    result = cli("clauses", "release", *args, "--library", repo / "clauses")
    assert result.exit_code == 2
    assert message in result.stderr and len(result.stderr.splitlines()) == 1, result.stderr
    editions = sorted(p.name for p in (repo / "clauses" / "editions").iterdir())
    assert editions == sorted(f"{edition.name}.yaml" for edition in SHIPPED.editions)


def it_has_nothing_to_release_when_no_clause_changed(repo: Path, cli: Cli) -> None:
    result = cli("clauses", "release", NEXT, "--effective", NEXT_DAY, "--library", repo / "clauses")
    assert result.exit_code == 2
    assert f"nothing to release: edition {LAST.name} has these same versions" in result.stderr


def _front(path: Path, key: str, value: str) -> None:
    path.write_text(re.sub(rf"^{key}: .*$", f"{key}: {value}", path.read_text(), flags=re.M))


def _drop_line(path: Path, key: str) -> None:
    path.write_text(re.sub(rf"^{key}: .*\n", "", path.read_text(), flags=re.M))


def _edition_pin(library: Path, clause: str, version: str) -> None:
    path = library / "editions" / "2026-07.yaml"
    path.write_text(re.sub(rf"^  {clause}: \{{version: [^,]*", f"  {clause}: {{version: {version}",
                           path.read_text(), flags=re.M))  # fmt: skip


RULES: list[tuple[str, Callable[[Path], object], str, str]] = [
    ("front-matter", lambda lib: _front(_new_version(lib), "applies_to", "vendors"),
     DRAFT_FILE, "applies_to: 'vendors' is not a permitted applies_to value"),
    ("front-matter", lambda lib: _front(_new_version(lib), "satisfies", "[R6a, R99]"),
     DRAFT_FILE, "unknown requirement 'R99'"),
    ("front-matter", lambda lib: _drop_line(_new_version(lib), "changes"),
     DRAFT_FILE, "changes: required field is missing"),
    ("change-note", lambda lib: _new_version(lib, note=CURRENT.changes),
     DRAFT_FILE, f"breach-notification@{DRAFT} needs its own note"),
    ("version-order", lambda lib: _front(_new_version(lib), "effective", "2026-01-01"),
     DRAFT_FILE, f"takes effect 2026-01-01, before {CURRENT.ref}"),
    ("placeholder", lambda lib: _new_version(lib, edit=lambda t: t + "\nFax {{ contractor.fax }}"),
     DRAFT_FILE, "contractor.fax names no profile or issuer field"),
    ("placeholder", lambda lib: _new_version(lib, edit=lambda t: t + "\n{{ vendor_name }}"),
     DRAFT_FILE, "{{ vendor_name }} names nothing"),
    ("placeholder", lambda lib: _new_version(lib, edit=lambda t: t + "\n{{ issuer.privacy.fax }}"),
     DRAFT_FILE, "issuer.privacy.fax names no profile or issuer field"),
    ("edition", lambda lib: _edition_pin(lib, "severability", "1.9.0"),
     "editions/2026-07.yaml", "clauses.severability: names version 1.9.0, which does not exist"),
    ("removed-version", lambda lib: (lib / "severability" / "1.0.0.md").unlink(),
     "severability/1.0.0.md", "severability@1.0.0 was in HEAD and is gone"),
    ("unmet-requirement",
     lambda lib: (lib / "outline.yaml").write_text(
         (lib / "outline.yaml").read_text().replace("      - governing-law\n", "", 1)),
     "outline.yaml", "R9 (paragraph 9; without it the contract is void): no clause"),
]  # fmt: skip


@pytest.mark.parametrize(("rule", "change", "where", "message"), RULES,
                         ids=[f"{r[0]}-{n}" for n, r in enumerate(RULES)])  # fmt: skip
def it_names_the_rule_file_and_line_of_each_problem(
    repo: Path, cli: Cli, rule: str, change: Callable[[Path], object], where: str, message: str
) -> None:
    library = repo / "clauses"
    change(library)
    result = cli("clauses", "lint", "--library", library)
    assert result.exit_code == 1, result.output
    matching = [line for line in result.stdout.splitlines() if f": {rule}: " in line]
    assert any(line.startswith(f"{library / where}:") and message in line
               for line in matching), result.stdout  # fmt: skip
    if rule == "placeholder":
        (line,) = matching
        number = int(line.split(":")[1])
        assert "{{" in (library / where).read_text().splitlines()[number - 1]


def it_compares_with_the_base_it_is_given(repo: Path, cli: Cli) -> None:
    library = repo / "clauses"
    path = _new_version(library)
    counsel_git(repo, "add", "-A")
    counsel_git(repo, "commit", "-q", "-m", DRAFT)
    path.write_text(path.read_text().replace("count toward it", "count toward the time"))
    counsel_git(repo, "commit", "-q", "-am", f"{DRAFT} edited after review")
    assert cli("clauses", "lint", "--library", library).exit_code == 0  # same as HEAD
    result = cli("clauses", "lint", "--library", library, "--base", "HEAD~1")
    assert result.exit_code == 1 and "changed since HEAD~1" in result.stdout


def it_says_when_it_cannot_compare_withcounsel_git(tmp_path: Path, cli: Cli) -> None:
    library = tmp_path / "clauses"
    shutil.copytree(default_library(), library)
    result = cli("clauses", "lint", "--library", library)
    assert result.exit_code == 0
    assert (
        "not in a git repository (or git is not installed); words were not compared"
        in result.stderr
    )
    explicit = cli("clauses", "lint", "--library", library, "--base", "main")
    assert explicit.exit_code == 2
    assert explicit.stderr == f"--base: {library} is not in a git repository\n"


def it_refuses_a_base_that_is_not_a_commit(repo: Path, cli: Cli) -> None:
    result = cli("clauses", "lint", "--library", repo / "clauses", "--base", "no-such-branch")
    assert result.exit_code == 2
    assert result.stderr.startswith("--base: 'no-such-branch' is not a commit")


def it_runs_as_the_pre_commit_hook_it_ships(repo: Path) -> None:
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    assert hook["files"] == "^clauses/" and hook["pass_filenames"] is False
    command = shlex.split(hook["entry"])
    assert command[0] == "crec-assemble"
    executable = shutil.which("crec-assemble") or str(Path(sys.executable).parent / command[0])
    run = [executable, *command[1:]]
    assert subprocess.run(run, cwd=repo, capture_output=True).returncode == 0
    snippet = repo / "clauses" / "severability" / "1.0.0.md"
    snippet.write_text(snippet.read_text() + "\nAn extra sentence.\n")
    refused = subprocess.run(run, cwd=repo, capture_output=True, text=True)
    assert refused.returncode == 1 and "unversioned-change" in refused.stdout
    ci = (ROOT / "docs" / "ci" / "clauses-lint.yml").read_text()
    assert "crec-assemble clauses lint --library clauses --base" in ci


def _on(day: date) -> dict[str, str]:
    """The environment that makes ``day`` today for the tool: noon UTC, the same day on
    Connecticut's calendar, which dates what the tool builds."""
    noon = datetime.combine(day, time(12), tzinfo=UTC)
    return {"SOURCE_DATE_EPOCH": str(int(noon.timestamp()))}


def it_lists_the_requirements_each_role_must_meet(cli: Cli) -> None:
    """With the clauses of the edition in force: the last one, on its first day."""
    consultant = cli("requirements", "--role", "consultant", "--json", env=_on(LAST.effective))
    rows = {row["id"]: row for row in json.loads(consultant.stdout)}
    assert "R15a" not in rows and "U1" not in rows
    assert rows["R6a"]["clauses"] == [f"breach-notification@{RELEASED}"]
    assert rows["R9"]["needed_for_validity"] is True and rows["R11"]["needed_for_validity"] is False
    operator = cli("requirements", "--role", "operator", env=_on(LAST.effective))
    prohibitions = re.escape(f"operator-prohibitions@{LAST.versions['operator-prohibitions']}")
    assert re.search(rf"^R15a +15\(a\) +operator +policy gap +{prohibitions}",
                     operator.stdout, re.M)  # fmt: skip
    assert "NONE" not in operator.stdout
    before = cli("requirements", "--role", "consultant", "--json", env=_on(BUILD_DATE))
    rows = {row["id"]: row for row in json.loads(before.stdout)}
    in_force = SHIPPED.edition(None, BUILD_DATE).versions["breach-notification"]
    assert rows["R6a"]["clauses"] == [f"breach-notification@{in_force}"]


def it_shows_a_clause_with_its_placeholders(cli: Cli) -> None:
    """Without a version, the one in force today: the last edition's, on its first day."""
    result = cli("clauses", "show", "breach-notification", env=_on(LAST.effective))
    assert result.stdout.startswith(
        f"breach-notification@{RELEASED}: Notification of Breach of Security"
    )
    released = [e.name for e in SHIPPED.editions if e.versions["breach-notification"] == RELEASED]
    assert f"released in {', '.join(released)}\n" in result.stdout
    assert "{{ issuer.short_name }}" in result.stdout
    missing = cli("clauses", "show", "breach-notification@9.9.9")
    assert missing.exit_code == 2
    known = ", ".join(c.version for c in SHIPPED.versions["breach-notification"])
    assert missing.stderr == f"breach-notification: no version 9.9.9 (has {known})\n"
    assert cli("clauses", "diff", "severability", "severability@1.0.0").exit_code == 2


def it_colours_a_diff_on_a_terminal(repo: Path) -> None:
    library = repo / "clauses"
    _new_version(library)
    args = ["clauses", "diff", CURRENT.ref, f"breach-notification@{DRAFT}",
            "--library", str(library)]  # fmt: skip
    coloured = CliRunner().invoke(app, args, color=True).stdout
    assert "\x1b[31m\x1b[9m[-notice.-]\x1b[0m" in coloured  # red, struck through
    assert f"\x1b[32m\x1b[4m{{+notice, {NEW_SENTENCE}+}}\x1b[0m" in coloured  # green, underlined
    plain = CliRunner().invoke(app, args).stdout
    assert "\x1b[" not in plain and "[-notice.-]" in plain


def _severability_draft(library: Path, effective: date, extra: str = "", **front: str) -> Path:
    """severability's next version, taking effect ``effective``."""
    current = SHIPPED.get("severability")
    text = (library / "severability" / f"{current.version}.md").read_text()
    version = next_version(SHIPPED, "severability")
    for key, value in {"version": version, "effective": effective.isoformat(), **front}.items():
        text = _front_matter(text, key, value)
    path = library / "severability" / f"{version}.md"
    path.write_text(text + extra)
    return path


def it_releases_a_correction_while_next_years_draft_waits(repo: Path, cli: Cli) -> None:
    library = repo / "clauses"
    _new_version(library)  # breach-notification's DRAFT, effective NEXT_DAY
    soon = LAST.effective + timedelta(days=1)
    correction = _severability_draft(library, soon, "\nA corrected sentence.\n",
                                     changes="Corrects a typo.")  # fmt: skip
    result = cli("clauses", "release", "correction", "--effective", soon, "--library", library)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[1:] == [
        f"severability {LAST.versions['severability']} → {correction.stem}: Corrects a typo.",
        f"not in this edition: breach-notification@{DRAFT} takes effect {NEXT_DAY}",
    ]
    pins = yaml.safe_load((library / "editions" / "correction.yaml").read_text())["clauses"]
    assert pins["severability"]["version"] == correction.stem
    assert pins["breach-notification"]["version"] == RELEASED


def it_says_what_it_released_as_json(repo: Path, cli: Cli) -> None:
    library = repo / "clauses"
    _new_version(library)  # breach-notification's DRAFT, effective NEXT_DAY
    result = cli("clauses", "release", NEXT, "--effective", NEXT_DAY,
                 "--library", library, "--json")  # fmt: skip
    assert result.exit_code == 0, result.output
    released = json.loads(result.stdout)
    written = library / "editions" / f"{NEXT}.yaml"
    assert released["edition"] == NEXT and released["effective"] == NEXT_DAY.isoformat()
    assert released["versions"]["breach-notification"] == DRAFT
    assert released["waiting"] == []
    assert released["outputs"] == [
        {"format": "yaml", "path": str(written),
         "sha256": hashlib.sha256(written.read_bytes()).hexdigest()}
    ]  # fmt: skip


def it_protects_released_editions_from_being_rewritten_or_deleted(repo: Path, cli: Cli) -> None:
    library = repo / "clauses"
    edition = library / "editions" / "2026-07.yaml"
    edition.write_text(edition.read_text().replace("First edition", "The first edition"))
    rewritten = cli("clauses", "lint", "--library", library)
    assert rewritten.exit_code == 1
    assert f"{edition}:1: edition: edition 2026-07 changed since HEAD; an edition is never " \
        "rewritten: release a new one" in rewritten.stdout  # fmt: skip
    edition.unlink()
    deleted = cli("clauses", "lint", "--library", library)
    assert f"{edition}:1: edition: edition 2026-07 was released in HEAD and is gone" \
        in deleted.stdout  # fmt: skip


def it_lints_the_repository_it_is_run_from_inside_a_git_hook(repo: Path) -> None:
    """git runs hooks with GIT_DIR set; lint must still compare with the library's own HEAD."""
    snippet = repo / "clauses" / "severability" / "1.0.0.md"
    snippet.write_text(snippet.read_text() + "\nAn extra sentence.\n")
    env = {**os.environ, "GIT_DIR": str(repo / ".git"), "GIT_INDEX_FILE": str(repo / ".git/index")}
    executable = shutil.which("crec-assemble") or str(Path(sys.executable).parent / "crec-assemble")
    done = subprocess.run([executable, "clauses", "lint", "--library", "clauses"], cwd=repo,
                          env=env, capture_output=True, text=True)  # fmt: skip
    assert done.returncode == 1 and "unversioned-change" in done.stdout


def it_shows_the_newest_version_before_any_edition_is_in_force(cli: Cli) -> None:
    """On 2025-01-01 (SOURCE_DATE_EPOCH) no edition is in force yet."""
    before = cli("clauses", "show", "severability", env=_on(date(2025, 1, 1)))
    assert before.exit_code == 0, before.output
    assert before.stdout.startswith(f"{SHIPPED.get('severability').ref}: Severability")


def it_compares_only_versions_of_one_clause(cli: Cli) -> None:
    result = cli("clauses", "diff", "severability@1.0.0", "governing-law@1.0.0")
    assert result.exit_code == 2
    assert result.stderr == (
        "severability@1.0.0 and governing-law@1.0.0: compare two versions of the same clause\n"
    )


def it_lists_a_broken_template_and_a_repeated_key_with_the_other_problems(
    repo: Path, cli: Cli
) -> None:
    library = repo / "clauses"
    _new_version(library, edit=lambda text: text + "\n{{ contractor.legal_name | shout }}\n")
    other = _severability_draft(library, NEXT_DAY, changes="Again.")
    other.write_text(other.read_text().replace("title: Severability", "title: Severability\n"
                                               "title: Again"))  # fmt: skip
    result = cli("clauses", "lint", "--library", library)
    assert result.exit_code == 1
    assert re.search(rf"{re.escape(DRAFT_FILE)}:\d+: placeholder: template error: "
                     r"No filter named 'shout'", result.stdout), result.stdout  # fmt: skip
    assert re.search(rf"severability/{re.escape(other.name)}:6: front-matter: title: this key "
                     "appears twice", result.stdout), result.stdout  # fmt: skip
    assert "Traceback" not in result.output


def it_refuses_to_date_an_agreement_before_its_edition_takes_effect(
    repo: Path, cli: Cli, tmp_path: Path
) -> None:
    library = repo / "clauses"
    _new_version(library)
    cli("clauses", "release", NEXT, "--effective", NEXT_DAY, "--library", library)
    eve = NEXT_DAY - timedelta(days=1)
    result = cli("build", EXAMPLES[0], "--library", library, "--edition", NEXT,
                 "--date", eve, "--out", tmp_path / "out", "--format", "docx")  # fmt: skip
    assert result.exit_code == 2
    assert f"--edition: {NEXT} takes effect {NEXT_DAY}, after the build date {eve}" \
        in result.stderr  # fmt: skip
    assert not (tmp_path / "out").exists()


def it_refuses_to_release_an_edition_that_only_a_later_draft_would_make_whole(
    repo: Path, cli: Cli
) -> None:
    """FERPA moves to a new clause dated July; an edition in January would have none."""
    library = repo / "clauses"
    old = (library / "ferpa" / "1.0.0.md").read_text()
    (library / "ferpa" / "1.1.0.md").write_text(
        old.replace("version: 1.0.0", "version: 1.1.0")
        .replace("effective: 2026-07-01", "effective: 2027-01-01")
        .replace("satisfies: [R8]", "satisfies: []")
        .replace("changes: Initial version.", "changes: FERPA moves to its own clause.")
    )
    (library / "ferpa-designation").mkdir()
    (library / "ferpa-designation" / "1.0.0.md").write_text(
        old.replace("id: ferpa", "id: ferpa-designation").replace(
            "effective: 2026-07-01", "effective: 2027-07-01"
        )
    )
    outline = library / "outline.yaml"
    outline.write_text(
        outline.read_text().replace("      - ferpa\n", "      - ferpa\n      - ferpa-designation\n")
    )
    assert cli("clauses", "lint", "--library", library).exit_code == 0
    result = cli("clauses", "release", "2027-01", "--effective", "2027-01-01",
                 "--library", library)  # fmt: skip
    assert result.exit_code == 1
    assert "unmet-requirement: edition 2027-01: R8 (paragraph 8; without it the contract is " \
        "void): no clause in the agreement satisfies it" in result.stderr  # fmt: skip
    assert not (library / "editions" / "2027-01.yaml").exists()


def it_leaves_hidden_files_in_the_editions_folder_alone(repo: Path, cli: Cli) -> None:
    (repo / "clauses" / "editions" / ".gitkeep").write_text("")
    counsel_git(repo, "add", "-A")
    counsel_git(repo, "commit", "-q", "-m", "Keep the folder")
    (repo / "clauses" / "editions" / ".DS_Store").write_bytes(b"\0\1")
    assert cli("clauses", "lint", "--library", repo / "clauses").exit_code == 0
    (repo / "clauses" / "editions" / ".gitkeep").unlink()
    assert cli("clauses", "lint", "--library", repo / "clauses").exit_code == 0


def it_catches_an_unknown_filter_in_a_branch_the_sample_never_takes(repo: Path, cli: Cli) -> None:
    library = repo / "clauses"
    path = _new_version(
        library,
        edit=lambda text: (
            text + "\n{% if not contractor.legal_name %}{{ x | nosuch }}{% endif %}\n"
        ),
    )
    result = cli("clauses", "lint", "--library", library)
    assert result.exit_code == 1
    line = _line_of(path, "nosuch")
    assert f"{path}:{line}: placeholder: no filter named 'nosuch'" in result.stdout


def it_lists_an_outline_problem_with_the_others(repo: Path, cli: Cli) -> None:
    library = repo / "clauses"
    outline = library / "outline.yaml"
    outline.write_text(outline.read_text().replace("outline: 1\n", "outline: 1\noutline: 1\n"))
    _new_version(library, note=CURRENT.changes)
    result = cli("clauses", "lint", "--library", library)
    assert result.exit_code == 1
    assert ": outline: outline: this key appears twice" in result.stdout
    assert ": change-note: " in result.stdout


def it_checks_the_privacy_desks_fields_when_the_librarys_issuer_file_has_none(
    repo: Path, cli: Cli
) -> None:
    """Misspelt fields are the clause's fault; the block missing from the issuer file is
    the issuer file's, said by the sample assembly (of each edition that prints it, and of
    the newest versions) and not as a placeholder."""
    library = repo / "clauses"
    shutil.copy(ROOT / "tests" / "golden" / "edition-2026-07" / "inputs" / "issuer.yaml",
                library / "issuer.yaml")  # fmt: skip
    path = _new_version(
        library,
        edit=lambda t: t + "\nCall {{ issuer.privacy.phone }}, not {{ issuer.privacy.fax }}.",
    )
    result = cli("clauses", "lint", "--library", library)
    assert result.exit_code == 1
    placeholders = [line for line in result.stdout.splitlines() if ": placeholder: " in line]
    assert placeholders == [
        f"{path}:{_line_of(path, 'fax')}: placeholder: issuer.privacy.fax names no profile or "
        "issuer field"
    ]
    missing = f"{library / 'issuer.yaml'}: privacy: missing; clause "
    newest = [line for line in result.stdout.splitlines() if ": the newest versions: " in line]
    assert len(newest) == 1 and ": assembly: " in newest[0], result.stdout
    assert f"{missing}breach-notification@{DRAFT} prints issuer.privacy." in newest[0]


def it_lints_a_library_with_no_clauses_without_a_traceback(tmp_path: Path, cli: Cli) -> None:
    library = tmp_path / "clauses"
    library.mkdir()
    for name in ("outline.yaml", "requirements.yaml", "issuer.yaml"):
        shutil.copy(default_library() / name, library / name)
    result = cli("clauses", "lint", "--library", library)
    assert result.exit_code == 1
    assert "Traceback" not in result.output and ": outline: " in result.stdout
