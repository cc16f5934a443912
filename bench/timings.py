"""What the timing benchmarks print: the machine they ran on, then seconds per case."""

from __future__ import annotations

import os
import platform
import statistics
from collections.abc import Mapping, Sequence

__all__ = ["machine", "row", "table"]


def machine() -> str:
    """CPUs, Python and the load average at the end: what a reader needs to compare runs."""
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (
        f"{os.cpu_count()} CPUs, {platform.python_implementation()} "
        f"{platform.python_version()}, load average {load:.2f} at the end"
    )


def row(name: str, values: Sequence[float], width: int) -> str:
    """One case: its name, then the median, minimum and maximum seconds."""
    return f"{name:{width}} {statistics.median(values):8.2f} {min(values):8.2f} {max(values):8.2f}"


def table(title: str, times: Mapping[str, Sequence[float]], width: int = 24) -> list[str]:
    """A header naming the columns, then one :func:`row` per case."""
    header = f"{title:{width}} {'median':>8} {'min':>8} {'max':>8}"
    return [header, *(row(name, values, width) for name, values in times.items())]
