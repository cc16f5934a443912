"""The web app's build latency: one agreement through ``POST /api/build``, and 20 at once.

Usage: ./run bench-web [--runs N] [--concurrent N] [--profile FILE]

Starts the real server (``crec-assemble serve --port 0``, its warm LibreOffice included) on a
new register, signs in with a bearer token, builds once to warm up, then times N builds one
after another (median and 95th percentile; default 15) of a profile with no subcontractors
(an agreement: DOCX and PDF), and the wall time of ``--concurrent`` builds sent at once
(default 20), counting any that failed. Issue 14's targets: median under 1.0 s warm, and 20
concurrent builds with no error. Speed is measured here, never asserted in the test suite.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

from timings import machine

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from web_support import started_server  # noqa: E402


def percentile(values: list[float], share: float) -> float:
    """The value below which ``share`` of ``values`` lie (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered) + 0.5) - 1))]


def build(url: str, token: str, profile: bytes) -> tuple[float, int]:
    """Seconds for one ``POST /api/build``, and its HTTP status."""
    started = time.perf_counter()
    answer = httpx.post(
        f"{url}/api/build", content=profile, timeout=300,
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/yaml"},
    )  # fmt: skip
    return time.perf_counter() - started, answer.status_code


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--concurrent", type=int, default=20)
    parser.add_argument("--profile", type=Path, default=ROOT / "examples/capitol-evaluation.yaml")
    arguments = parser.parse_args()
    profile = arguments.profile.read_bytes()
    with (
        tempfile.TemporaryDirectory(prefix="crec-bench-web-") as root,
        started_server(Path(root)) as server,
    ):
        token = server.token("staff")
        seconds, status = build(server.url, token, profile)
        if status != 200:
            sys.exit(f"the warm-up build failed with HTTP {status}")
        print(f"warm-up build: {seconds:.2f} s (LibreOffice was started with the server)")
        times = []
        for _ in range(arguments.runs):
            seconds, status = build(server.url, token, profile)
            if status != 200:
                sys.exit(f"a build failed with HTTP {status}")
            times.append(seconds)
        print(f"{arguments.profile.name}, {arguments.runs} builds one after another:")
        print(f"  median {statistics.median(times):.2f} s, "
              f"p95 {percentile(times, 0.95):.2f} s, "
              f"min {min(times):.2f} s, max {max(times):.2f} s")  # fmt: skip
        started = time.perf_counter()
        with ThreadPoolExecutor(arguments.concurrent) as pool:
            done = list(pool.map(lambda _: build(server.url, token, profile),
                                 range(arguments.concurrent)))  # fmt: skip
        wall = time.perf_counter() - started
        failed = sum(1 for _, status in done if status != 200)
        slowest = max(seconds for seconds, _ in done)
        print(f"{arguments.concurrent} builds at once: all done in {wall:.2f} s "
              f"(slowest answer {slowest:.2f} s), {failed} failed")  # fmt: skip
    print(machine())


if __name__ == "__main__":
    main()
