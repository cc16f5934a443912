"""Batch-build benchmark: our build against the naive loop and LibreOffice's own floor.

Usage: make bench  (or ./run bench [--profiles N] [--naive-sample K])

Generates N varied profiles (operators and consultants, 0-12 subcontractors
each, so several documents per profile), then measures, each in a fresh
process so peak memory is its own:

  (a) crec-assemble build --format docx
  (b) crec-assemble build --format all
  (c) the naive baseline: render each DOCX, then a fresh
      ``soffice --convert-to pdf`` per document (on a sample of K documents:
      at about two seconds a document the whole set would take an hour)
  (d) the converter's floor: one ``soffice --convert-to pdf`` over all the DOCX

and prints documents per second, peak memory and the ratios against the
targets: (b) at least 6x (c); (b) within 1.25x of (d); (a) at least 20/s.
Speed is measured here, never asserted in the test suite.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
STUDENT = ["first_name", "last_name", "email_address", "grades", "test_results", "documents",
           "student_identifiers", "disabilities", "photographs", "survey_responses"]  # fmt: skip
DIRECTORY = ["name", "grade_levels", "dates_of_attendance", "activities_and_sports"]


def make_profiles(folder: Path, count: int, seed: int = 3520) -> list[Path]:
    """``count`` varied, valid profiles: the same seed always gives the same set."""
    rng = random.Random(seed)
    paths = []
    for index in range(count):
        operator = rng.random() < 0.6
        student = rng.sample(STUDENT, rng.randint(2, len(STUDENT)))
        directory = rng.sample(DIRECTORY, rng.randint(0, len(DIRECTORY)))
        subs = [
            {
                "legal_name": f"Subcontractor {index:03d}-{n:02d} LLC",
                "service": rng.choice(["Hosting", "Analytics", "Support", "Video", "E-mail"]),
                "data": rng.sample(student, rng.randint(1, len(student))),
                "consent_date": "2026-06-15",
                "address": f"{200 + n} Elm Street, Hartford, CT 06103",
                "signatory": {"name": f"Signer {index}-{n}", "title": "President"},
                "privacy_contact": {"name": "Privacy Office", "email": f"p{index}-{n}@s.example"},
            }
            for n in range(rng.randint(0, 12))
        ]
        profile = {
            "profile": 1,
            "contractor": {
                "legal_name": f"Vendor {index:03d} {'Learning' if operator else 'Analytics'}, Inc.",
                "role": "operator" if operator else "consultant",
                "address": f"{100 + index} Main Street, Hartford, CT 06103",
                "signatory": {"name": f"Signer {index}", "title": "President"},
                "privacy_contact": {"name": "Privacy Office", "email": f"p{index}@v.example"},
            },
            "services": {
                "name": f"Service {index}",
                "description": "Services for CREC schools.",
                "delivery": ["website", "online_service"]
                if operator
                else ["professional_services"],
                "start_date": "2026-07-01",
                "end_date": "2027-06-30",
            },
            "data": {
                "student_information": student,
                "directory_information": directory,
                "student_records": rng.random() < 0.5,
                "student_generated_content": rng.random() < 0.5,
            },
            "subcontractors": subs,
        }
        path = folder / f"vendor-{index:03d}.yaml"
        path.write_text(yaml.safe_dump(profile, sort_keys=False))
        paths.append(path)
    return paths


def _cli() -> list[str]:
    return [sys.executable, "-m", "crec_assemble"]


def _soffice(sources: list[Path], outdir: Path) -> None:
    """Plain LibreOffice, as anyone would call it: a fresh profile, no seeding."""
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
             "--convert-to", "pdf", "--outdir", str(outdir), *map(str, sources)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip


def _naive(profiles: list[Path], outdir: Path, sample: int) -> int:
    """The loop a first version would write: render a DOCX, start soffice for it, repeat."""
    from crec_assemble.pipeline.plan import Order, load_inputs, plan
    from crec_assemble.render.docx import read_template, render_docx
    from crec_assemble.render.manifest import build_manifest, dump_manifest
    from crec_assemble.resources import default_template

    template = read_template(default_template())
    outdir.mkdir(parents=True, exist_ok=True)
    done = 0
    for path in profiles:
        inputs = load_inputs([path])
        for planned in plan(inputs, [Order(("docx",), flowdowns=True)]):
            if done == sample:
                return done
            agreement = planned.agreement
            manifest = dump_manifest(build_manifest(agreement, template.sha256))
            source = outdir / f"{done:04d}.docx"
            source.write_bytes(render_docx(agreement, template, manifest))
            _soffice([source], outdir)
            done += 1
    return done


def _run_mode(mode: str, work: Path, sample: int) -> dict[str, float]:
    """Runs in a fresh process; returns seconds, documents and peak memory (MB)."""
    profiles = work / "profiles"
    started = time.perf_counter()
    if mode in ("docx", "all"):
        out = work / f"out-{mode}"
        subprocess.run([*_cli(), "build", str(profiles), "--out", str(out), "--format", mode,
                        "--date", "2026-11-28", "--force"], check=True,
                       stdout=subprocess.DEVNULL)  # fmt: skip
        documents = len(list(out.glob("*.docx")))
        if mode == "all":
            documents = min(documents, len(list(out.glob("*.pdf"))))
    elif mode == "naive":
        documents = _naive(sorted(profiles.glob("*.yaml")), work / "naive", sample)
    else:  # the floor: one soffice over every DOCX that (a) wrote
        sources = sorted((work / "out-docx").glob("*.docx"))
        _soffice(sources, work / "floor")
        documents = len(list((work / "floor").glob("*.pdf")))
        if documents != len(sources):
            print(f"note: LibreOffice converted {documents} of {len(sources)}", file=sys.stderr)
    seconds = time.perf_counter() - started
    peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
               resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024  # fmt: skip
    return {"seconds": seconds, "documents": documents, "peak_mb": peak}


TARGETS = "targets: (b) >= 6x (c); (b) within 1.25x of (d); (a) >= 20 documents/s"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profiles", type=int, default=100, help="profiles to generate")
    parser.add_argument("--naive-sample", type=int, default=20,
                        help="documents for the naive loop (c)")  # fmt: skip
    parser.add_argument("--mode", help=argparse.SUPPRESS)
    parser.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.mode:  # one measurement, in its own process
        print(json.dumps(_run_mode(args.mode, args.work, args.naive_sample)))
        return
    if not shutil.which("soffice"):
        sys.exit("LibreOffice is needed: ./run bench installs it")
    with tempfile.TemporaryDirectory(prefix="crec-bench-") as directory:
        work = Path(directory)
        (work / "profiles").mkdir()
        make_profiles(work / "profiles", args.profiles)
        results = {}
        for mode in ("docx", "all", "naive", "floor"):
            output = subprocess.run(
                [sys.executable, __file__, "--mode", mode, "--work", str(work),
                 "--naive-sample", str(args.naive_sample)],
                check=True, capture_output=True, text=True,
            ).stdout  # fmt: skip
            results[mode] = json.loads(output)
    rate = {mode: r["documents"] / r["seconds"] for mode, r in results.items()}
    names = {
        "docx": "(a) build --format docx",
        "all": "(b) build --format all",
        "naive": "(c) naive: render + fresh soffice each",
        "floor": "(d) one soffice, all",
    }
    print(f"{args.profiles} profiles, {results['all']['documents']} documents; "
          f"{os.cpu_count()} CPUs")  # fmt: skip
    for mode, r in results.items():
        print(
            f"{names[mode]:<42} {r['documents']:>5} docs {r['seconds']:8.1f} s "
            f"{rate[mode]:7.2f} docs/s  peak {r['peak_mb']:6.0f} MB"
        )
    print(f"(b) vs (c): {rate['all'] / rate['naive']:.1f}x faster")
    print(f"(b) vs (d): {rate['floor'] / rate['all']:.2f}x the converter's own time")
    print(f"(a): {rate['docx']:.1f} documents/s")
    print(TARGETS)


if __name__ == "__main__":
    main()
