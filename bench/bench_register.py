"""The register at an office's scale: 10,000 documents and 100,000 events.

Usage: ./run bench-register [--runs N] [--documents N] [--events N] [--db URL]

Fills a new register (SQLite in a temporary folder, or the empty PostgreSQL database --db
names) with made-up documents and a life for each (sent, returned, signed, executed, notices,
breaches, ends, deletion requests, certificates), then times the real commands in a fresh
process N times (default 5): ``register due``, ``register list --json`` and ``register
site`` without the PDF copies. Issue 13's targets: ``due`` and ``list --json`` under
0.5 s, ``site`` under 10 s. Speed is measured here, never asserted in the test suite.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from crec_assemble.register.database import open_register
from crec_assemble.register.schema import documents, events, files

from timings import machine, table

ROOT = Path(__file__).resolve().parent.parent
ON = date(2026, 11, 30)
_DATA = ("First name", "Last name", "Grades", "Test results", "Student Records")


def fill(db: str, count: int, wanted_events: int, seed: int = 2026) -> int:
    """Make ``count`` documents and about ``wanted_events`` events; return the events made.

    Each document lives as documents do: issued as DOCX and PDF, sent and returned (once or
    twice), signed, executed and posted; most that have ended were closed out (deletion
    requested, certificate received), one in ten was not; a few in a thousand had a breach.
    Documents are added until the events run out, in their order.
    """
    pick = random.Random(seed)
    rows: list[dict[str, object]] = []
    file_rows: list[dict[str, object]] = []
    event_rows: list[dict[str, object]] = []
    breach_number = 0
    for n in range(count):
        start = date(2022, 7, 1) + timedelta(days=pick.randrange(0, 1600))
        end = start + timedelta(days=365 * pick.randint(1, 3) - 1)
        kind = pick.choices(("agreement", "addendum", "flowdown"), (8, 1, 1))[0]
        document = f"{'SUB' if kind == 'flowdown' else 'DPA'}-{start.year}-VENDOR-{n:05d}-{n:06X}"
        rows.append({
            "id": document, "kind": kind, "parent": None, "contractor": f"Vendor {n:05d}, Inc.",
            "party": f"Vendor {n:05d}, Inc.", "role": pick.choice(("operator", "consultant")),
            "service": f"Service {n}", "description": f"What service {n} does for students.",
            "start_date": start, "end_date": end, "data": json.dumps(pick.sample(_DATA, 3)),
            "edition": "2026-07", "built": start - timedelta(days=30), "certificate_days": 30,
        })  # fmt: skip
        for file_format in ("docx", "pdf"):
            file_rows.append({"sha256": f"{n:062x}{file_format[:2]}", "document_id": document,
                              "format": file_format,
                              "path": f"/srv/issued/{document}.{file_format}"})  # fmt: skip
        for kind_of_event, day, details in _life(pick, document, start, end, n):
            if kind_of_event == "breach":  # numbers follow the order of insertion
                breach_number = len(event_rows) + 1
            if details.get("breach") == "the breach above":
                details = {"breach": breach_number}
            event_rows.append({
                "document_id": document, "kind": kind_of_event, "on_date": day,
                "recorded_at": datetime(day.year, day.month, day.day, 12, tzinfo=UTC),
                "recorded_by": "bench", "details": json.dumps(details),
            })  # fmt: skip
    event_rows = event_rows[:wanted_events]
    with open_register(db, create=True) as register, register.writing() as connection:
        connection.execute(insert(documents), rows)
        connection.execute(insert(files), file_rows)
        connection.execute(insert(events), event_rows)
    return len(event_rows)


def _life(
    pick: random.Random, document: str, start: date, end: date, n: int
) -> list[tuple[str, date, dict[str, object]]]:
    built = start - timedelta(days=30)
    life: list[tuple[str, date, dict[str, object]]] = [
        ("issued", built, {"file": f"/srv/issued/{document}.{f}", "sha256": f"{n:062x}{f[:2]}",
                           "format": f})
        for f in ("docx", "pdf")
    ]  # fmt: skip
    day = built
    rounds = pick.choice((1, 2, 2, 3))
    stages = [*("sent", "returned") * rounds, "signed", "executed", "notice-posted"]
    for stage in stages:
        day = min(day + timedelta(days=pick.randint(1, 6)), ON)
        life.append((stage, day, {}))
    if pick.random() < 0.003:
        found = min(day + timedelta(days=pick.randint(30, 300)), ON)
        life.append(("breach", found, {"discovered": f"{found.isoformat()}T09:00:00-05:00",
                                       "data": ["student_information"], "urgent": False,
                                       "notified": None}))  # fmt: skip
        life.append(("notice-posted", min(found + timedelta(days=2), ON),
                     {"breach": "the breach above"}))  # fmt: skip
    if end < ON:
        closed = pick.random() < 0.9
        life.append(("ended", end, {}))
        if closed:
            life.append(("deletion-requested", min(end + timedelta(days=3), ON), {}))
            life.append(("certificate-received", min(end + timedelta(days=25), ON), {}))
    return life


def _timed(command: list[str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    seconds = time.perf_counter() - started
    if done.returncode not in (0, 1):
        sys.exit(f"{' '.join(command)}: exit {done.returncode}\n{done.stderr.decode()}")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--db", help="an empty PostgreSQL database URL (default: SQLite)")
    args = parser.parse_args()
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    work = Path(tempfile.mkdtemp(prefix="crec-bench-register-"))
    try:
        db = args.db or str(work / "register.db")
        began = time.perf_counter()
        made = fill(db, args.documents, args.events)
        filled = time.perf_counter() - began
        tool = [sys.executable, "-m", "crec_assemble", "register"]
        commands = {
            "due": [*tool, "due", "--db", db, "--on", ON.isoformat()],
            "list --json": [*tool, "list", "--json", "--db", db],
            "site (no PDF copies)": [*tool, "site", "--db", db, "--out", str(work / "site"),
                                     "--on", ON.isoformat(), "--no-copies", "--force"],
        }  # fmt: skip
        for command in commands.values():  # warm-up: fills the bytecode cache
            _timed(command)
        times: dict[str, list[float]] = {}
        for _ in range(args.runs):
            for name, command in commands.items():
                times.setdefault(name, []).append(_timed(command))
        backend = "PostgreSQL" if args.db else "SQLite"
        print(f"register, {backend}, {args.documents:,} documents and {made:,} events "
              f"(filled in {filled:.1f} s), {args.runs} runs, {machine()}")  # fmt: skip
        print("\n".join(table("command, seconds", times)))
        print("targets: due and list --json under 0.50 s; site under 10 s")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
