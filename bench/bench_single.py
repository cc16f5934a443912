"""Single-agreement benchmark: how long ``crec-assemble build`` takes for one profile.

Usage: ./run bench-single [--runs N] [--profile PATH] [--baseline SRC]

Runs the real command in a fresh process N times (default 10), for one profile
without subcontractors (``examples/capitol-evaluation.yaml``: one agreement,
DOCX and PDF), each time into a fresh ``--out`` folder, and prints the median,
the minimum and the maximum. Interleaved with those runs, so that a machine
busy with other work weighs on all of them alike, it times what the build is
made of:

  imports   starting Python and importing the command and the build modules
  docx      the same build with ``--format docx``: no LibreOffice at all
  soffice   one fresh, seeded LibreOffice converting the agreement's DOCX alone

``--baseline SRC`` also times the full build with the ``src`` folder of another
checkout first on ``PYTHONPATH`` (e.g. one made with ``git worktree add``), in
the same rounds, to compare a change with what it replaces. Speed is measured
here, never asserted in the test suite.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from crec_assemble.pipeline.converter import LibreOffice

from timings import machine, table

ROOT = Path(__file__).resolve().parent.parent
PROFILE = ROOT / "examples" / "capitol-evaluation.yaml"
IMPORTS = "import crec_assemble.cli.app, crec_assemble.pipeline.batch"


def _timed(command: list[str], env: dict[str, str]) -> float:
    """Seconds a command takes; it must succeed."""
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def _build(profile: Path, out: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "crec_assemble", "build", str(profile), "--out", str(out),
            *extra]  # fmt: skip


def _soffice(docx: Path, work: Path) -> float:
    """Seconds one fresh LibreOffice, seeded as the build seeds it, takes to convert ``docx``."""
    with LibreOffice() as office:
        started = time.perf_counter()
        office.convert([docx], work)
        return time.perf_counter() - started


def _env(src: Path | None) -> dict[str, str]:
    env = dict(os.environ)
    if src is not None:
        env["PYTHONPATH"] = str(src.resolve())
    return env


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--profile", type=Path, default=PROFILE)
    parser.add_argument("--baseline", type=Path, help="the src folder of another checkout")
    args = parser.parse_args()

    env = _env(None)
    work = Path(tempfile.mkdtemp(prefix="crec-bench-single-"))
    try:
        subprocess.run(_build(args.profile, work / "docx", "--format", "docx"), env=env,
                       check=True, stdout=subprocess.DEVNULL)  # fmt: skip
        (docx,) = (work / "docx").glob("*.docx")
        steps: dict[str, Callable[[Path], float]] = {
            "build (DOCX + PDF)": lambda out: _timed(_build(args.profile, out), env),
            "imports": lambda out: _timed([sys.executable, "-c", IMPORTS], env),
            "build --format docx": lambda out: _timed(
                _build(args.profile, out, "--format", "docx"), env
            ),
            "soffice alone": lambda out: _soffice(docx, out.parent),
        }
        if args.baseline:
            baseline = _env(args.baseline)
            steps["baseline build"] = lambda out: _timed(_build(args.profile, out), baseline)
        times: dict[str, list[float]] = {name: [] for name in steps}
        for run in range(args.runs):
            for index, (name, step) in enumerate(steps.items()):
                out = work / f"run{run}-{index}" / "out"
                out.parent.mkdir()
                times[name].append(step(out))
        _report(args, times)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _report(args: argparse.Namespace, times: dict[str, list[float]]) -> None:
    print(f"{args.profile.name}, {args.runs} runs, {machine()}")
    print("\n".join(table("", times)))


if __name__ == "__main__":
    main()
