"""How the commands show their results: coloured word diffs, JSON, a line per document, a
progress bar and a summary table on a terminal. Presentation only; the results come from the
library.
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import typer

if TYPE_CHECKING:
    from ..pipeline.events import BatchEvent
    from ..pipeline.outcome import BatchResult
    from ..pipeline.produce import Produced

__all__ = [
    "coloured_mark",
    "coloured_marks",
    "print_json",
    "print_json_rows",
    "progress_bar",
    "report_documents",
    "summary",
]

# git's word-diff marks, as library.wording.plain_mark writes them.
_MARKED = re.compile(r"\[-(?P<delete>.*?)-\]|\{\+(?P<insert>.*?)\+\}")


def coloured_mark(op: str, text: str) -> str:
    """git's word-diff markers, red and struck through or green and underlined; the colour is
    dropped when the output is not a terminal, the markers stay."""
    from ..library.wording import plain_mark

    if op == "delete":
        return typer.style(plain_mark(op, text), fg="red", strikethrough=True)
    if op == "insert":
        return typer.style(plain_mark(op, text), fg="green", underline=True)
    return text


def coloured_marks(line: str) -> str:
    """A line with its ``[-deleted-]`` and ``{+inserted+}`` words coloured on a terminal."""

    def colour(match: re.Match[str]) -> str:
        op = match.lastgroup or ""
        return coloured_mark(op, match[op])

    return _MARKED.sub(colour, line)


def print_json(payload: Any) -> None:
    """The one way a command prints JSON: indented, UTF-8 as it is."""
    typer.echo(json.dumps(payload, indent=2, ensure_ascii=False))


def print_json_rows(rows: Sequence[Any]) -> None:
    """A long JSON list, one row to a line: still one JSON document, and ten times quicker
    than :func:`print_json` for the register's ten thousand rows (Python's fast encoder
    does not indent)."""
    lines = [json.dumps(row, ensure_ascii=False) for row in rows]
    typer.echo("[\n" + ",\n".join(lines) + "\n]" if lines else "[]")


@contextmanager
def progress_bar(*, quiet: bool) -> Iterator[Callable[[BatchEvent], None] | None]:
    """A progress bar on a terminal, drawn from a batch's events; nothing when output is
    piped or JSON."""
    if quiet or not sys.stdout.isatty():
        yield None
        return
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )  # fmt: skip

    from ..pipeline.events import Started

    columns = (
        TextColumn("[bold]{task.description}", justify="left"), BarColumn(),
        MofNCompleteColumn(), TextColumn("{task.fields[rate]}"),
        TimeRemainingColumn(),
    )  # fmt: skip
    with Progress(*columns, transient=False) as bar:
        task = bar.add_task("starting", total=None, rate="")
        started = time.monotonic()

        def update(event: BatchEvent) -> None:
            elapsed = max(time.monotonic() - started, 1e-6)
            done, known = event.tally.done, event.tally.known
            current = "starting" if isinstance(event, Started) else event.profile.name[:40]
            bar.update(task, description=current, completed=done, total=known,
                       rate=f"{done / elapsed:.1f} docs/s")  # fmt: skip

        yield update


def summary(result: BatchResult) -> None:
    """Built, skipped, failed and time, as a table on a terminal and a line otherwise."""
    built = len(result.documents)
    line = (
        f"built {built} document(s), skipped {len(result.skipped)} profile(s), "
        f"failed {len(result.failures)} profile(s) in {result.seconds:.1f} s"
        + (" — interrupted" if result.interrupted else "")
    )
    if not sys.stdout.isatty():
        typer.echo(line)
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title="crec-assemble build" + (" (interrupted)" if result.interrupted else ""))
    for column in ("documents built", "profiles skipped", "profiles failed", "time"):
        table.add_column(column, justify="right")
    table.add_row(str(built), str(len(result.skipped)), str(len(result.failures)),
                  f"{result.seconds:.1f} s")  # fmt: skip
    Console().print(table)


def report_documents(documents: Sequence[Produced], *, err: bool = False) -> None:
    """Each written document on a line: id, title and files (on stderr beside JSON)."""
    for document in documents:
        paths = ", ".join(str(output.path) for output in document.outputs)
        typer.echo(f"{document.id}  {document.title}  →  {paths}", err=err)
