"""Build service benchmark: one agreement from a warm LibreOffice, and twenty builds at once.

Usage: ./run bench-service [--runs N] [--profile PATH] [--pause SECONDS]

Starts one :class:`~crec_assemble.pipeline.service.BuildService`, as the web server
does, and builds the profile twice to warm up (the imports, the first LibreOffice).
Then it times N single builds (default 15), each into a fresh folder, two ways:

  waiting       after a pause (default 2 s): a server idle between requests, whose
                next LibreOffice has started and waits
  back to back  the next request as soon as the last is written, while the next
                LibreOffice is still starting

and prints the median, the 95th percentile, the minimum and the maximum. In the same
rounds it times the parts of a build that are not LibreOffice's, in this process:
reading the library, issuer and template (``BuildSession.open``), rendering the
profile, and finishing the PDF (fields, metadata, manifest, read back). The default
profile is ``examples/capitol-evaluation.yaml``: one agreement, no flow-downs.

Last, the wall time of 20 builds at once from 20 threads, and how many failed: the
profile into 20 folders (one file name, so LibreOffice gets one at a time), and 20
copies of it under 20 contractors' names (converted together). Speed is measured
here, never asserted in the test suite.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import yaml

from crec_assemble.pipeline.plan import BuildOptions
from crec_assemble.pipeline.produce import convert, finish
from crec_assemble.pipeline.service import BuildService
from crec_assemble.pipeline.session import BuildSession

from timings import machine

ROOT = Path(__file__).resolve().parent.parent
PROFILE = ROOT / "examples" / "capitol-evaluation.yaml"
AT_ONCE = 20


def _seconds(step: Callable[..., object], *arguments: object) -> float:
    started = time.perf_counter()
    step(*arguments)
    return time.perf_counter() - started


def _built(service: BuildService, profile: Path, out: Path) -> int:
    """Build; return how many failures the result reports."""
    return len(service.build(profile, BuildOptions(out=out)).failures)


def _at_once(service: BuildService, profiles: Sequence[Path], work: Path) -> tuple[float, int]:
    """Wall time of building every profile at once, one thread each, and the failures."""
    outs = [work / f"{number:02d}" for number in range(len(profiles))]
    started = time.perf_counter()
    with ThreadPoolExecutor(len(profiles)) as pool:
        failures = sum(pool.map(lambda p, o: _built(service, p, o), profiles, outs))
    return time.perf_counter() - started, failures


def _contractors(profile: Path, folder: Path) -> list[Path]:
    """The profile under :data:`AT_ONCE` contractors' names: one file name each."""
    folder.mkdir()
    data = yaml.safe_load(profile.read_text(encoding="utf-8"))
    copies = []
    for number in range(AT_ONCE):
        data["contractor"]["legal_name"] = f"Contractor Number {number:02d} LLC"
        copy = folder / f"contractor-{number:02d}.yaml"
        copy.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
        copies.append(copy)
    return copies


def _row(name: str, values: Sequence[float]) -> str:
    p95 = statistics.quantiles(values, n=20, method="inclusive")[-1]
    return (f"{name:24} {statistics.median(values):8.2f} {p95:8.2f} {min(values):8.2f} "
            f"{max(values):8.2f}")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--profile", type=Path, default=PROFILE)
    parser.add_argument("--pause", type=float, default=2.0, help="seconds before each build")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="crec-bench-service-"))
    times: dict[str, list[float]] = {
        name: [] for name in ("waiting", "back to back", "BuildSession.open", "render", "finish")
    }
    try:
        options = BuildOptions(out=work / "parts")
        document = BuildSession.open(options).render(args.profile)[0]
        (raw_pdf,) = convert([document])
        started = time.perf_counter()
        with BuildService.start(work / "staging") as service:
            start_up = time.perf_counter() - started
            for warm_up in range(2):
                assert _built(service, args.profile, work / f"warm-up-{warm_up}") == 0
            for run in range(args.runs):
                time.sleep(args.pause)
                out = work / f"waiting-{run}"
                times["waiting"].append(_seconds(_built, service, args.profile, out))
                times["BuildSession.open"].append(_seconds(BuildSession.open, options))
                session = BuildSession.open(options)
                times["render"].append(_seconds(session.render, args.profile))
                times["finish"].append(_seconds(finish, document, raw_pdf))
            for run in range(args.runs):
                out = work / f"back-to-back-{run}"
                times["back to back"].append(_seconds(_built, service, args.profile, out))
            same = _at_once(service, [args.profile] * AT_ONCE, work / "same")
            many = _at_once(service, _contractors(args.profile, work / "profiles"), work / "many")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"{args.profile.name}, {args.runs} runs, {machine()}")
    print(f"service start-up: {start_up:.2f} s")
    print(f"{'one build, seconds':24} {'median':>8} {'p95':>8} {'min':>8} {'max':>8}")
    print("\n".join(_row(name, values) for name, values in times.items()))
    print(f"{AT_ONCE} at once, same profile:   {same[0]:6.2f} s wall, {same[1]} failed")
    print(f"{AT_ONCE} at once, {AT_ONCE} contractors: {many[0]:6.2f} s wall, {many[1]} failed")


if __name__ == "__main__":
    main()
