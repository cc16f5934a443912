"""How the commands show their results: JSON, a line per document, a progress bar and a
summary table on a terminal. Presentation only; the results come from the library.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

if TYPE_CHECKING:
    from ..pipeline.batch import BatchResult
    from ..pipeline.produce import Produced

__all__ = ["print_json", "progress_bar", "report_documents", "summary"]


def print_json(payload: Any) -> None:
    """The one way a command prints JSON: indented, UTF-8 as it is."""
    typer.echo(json.dumps(payload, indent=2, ensure_ascii=False))


@contextmanager
def progress_bar(*, quiet: bool) -> Iterator[Callable[[str, int, int], None] | None]:
    """A progress bar on a terminal; nothing when output is piped or JSON."""
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

    columns = (
        TextColumn("[bold]{task.description}", justify="left"), BarColumn(),
        MofNCompleteColumn(), TextColumn("{task.fields[rate]}"),
        TimeRemainingColumn(),
    )  # fmt: skip
    with Progress(*columns, transient=False) as bar:
        task = bar.add_task("starting", total=None, rate="")
        started = time.monotonic()

        def update(current: str, done: int, known: int) -> None:
            elapsed = max(time.monotonic() - started, 1e-6)
            bar.update(task, description=Path(current).name[:40], completed=done, total=known,
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
