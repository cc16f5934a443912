"""The documentation: the CLI reference matches the commands, and every link leads somewhere."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import typer
from typer.core import TyperGroup

from crec_assemble.cli.app import app

from conftest import ROOT

REFERENCE = ROOT / "docs" / "cli.md"
GUIDES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
# Variables that change how typer and rich draw help on a terminal or in CI.
HOSTILE_TERMINAL = {
    "COLUMNS": "43",
    "TERMINAL_WIDTH": "61",
    "FORCE_COLOR": "1",
    "GITHUB_ACTIONS": "true",
    "TERM": "xterm-256color",
    "LC_ALL": "C",
}


def _commands(group: TyperGroup, path: tuple[str, ...] = ()) -> Iterator[str]:
    """Every command and subcommand, so that a new one is checked without listing it here."""
    context = typer.Context(group)
    for name in group.list_commands(context):
        command = group.get_command(context, name)
        if command is None or command.hidden:
            continue
        if isinstance(command, TyperGroup):
            yield from _commands(command, (*path, name))
        else:
            yield " ".join((*path, name))


ROOT_GROUP = typer.main.get_command(app)
assert isinstance(ROOT_GROUP, TyperGroup)
COMMANDS = list(_commands(ROOT_GROUP))


def _check_reference(**environment: str) -> subprocess.CompletedProcess[str]:
    """``cog --check docs/cli.md``, as ``./run lint`` runs it."""
    return subprocess.run(
        [sys.executable, "-m", "cogapp", "--check", "--diff", str(REFERENCE)],
        env=os.environ | environment,
        capture_output=True,
        text=True,
        check=False,
    )


def it_keeps_the_cli_reference_as_help_prints_it() -> None:
    checked = _check_reference()
    assert checked.returncode == 0, f"docs/cli.md is out of date: run ./run cog\n{checked.stdout}"


def it_generates_the_same_reference_whatever_the_terminal() -> None:
    checked = _check_reference(**HOSTILE_TERMINAL)
    assert checked.returncode == 0, checked.stdout + checked.stderr


@pytest.mark.parametrize("command", COMMANDS)
def it_documents_every_command_with_its_example(command: str) -> None:
    reference = REFERENCE.read_text(encoding="utf-8")
    heading = f"## `crec-assemble {command}`"
    assert heading in reference, f"{command} is not in docs/cli.md: run ./run cog"
    section = reference.split(heading, 1)[1].split("\n## ", 1)[0]
    assert f"Example: crec-assemble {command}" in section


def it_walks_every_command_and_subcommand() -> None:
    assert {"build", "verify", "clauses lint", "clauses release"} <= set(COMMANDS)


def _anchors(markdown: str) -> set[str]:
    """GitHub's anchors for a page's headings: lower case, punctuation dropped, spaces as '-'."""
    headings = re.findall(r"^#+ (.+)$", markdown, re.MULTILINE)
    return {re.sub(r"[^\w\- ]", "", heading.lower()).replace(" ", "-") for heading in headings}


def _links(page: Path) -> Iterator[tuple[Path, str]]:
    text = page.read_text(encoding="utf-8")
    text = re.sub(r"^```.*?^```", "", text, flags=re.MULTILINE | re.DOTALL)  # code is not links
    for target in re.findall(r"\]\(([^)\s]+)\)", text):
        if not re.match(r"[a-z]+:", target):  # http:, https:, mailto: lead elsewhere
            yield page, target


LINKS = [link for page in GUIDES for link in _links(page)]


@pytest.mark.parametrize(
    ("page", "target"), LINKS, ids=[f"{p.relative_to(ROOT)}->{t}" for p, t in LINKS]
)
def it_links_only_to_files_and_headings_that_exist(page: Path, target: str) -> None:
    file, _, anchor = target.partition("#")
    linked = (page.parent / file).resolve() if file else page
    assert linked.exists(), f"{page.name} links to {target}, which does not exist"
    if anchor and linked.suffix == ".md":
        assert anchor in _anchors(linked.read_text(encoding="utf-8")), f"no heading #{anchor}"
