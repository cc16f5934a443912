"""Audit accuracy and speed on the labelled corpus (tests/corpus/).

Usage: ./run bench-audit   (or .venv/bin/python bench/bench_audit.py)

Prints precision and recall of gap-finding per requirement and overall, the same for
the held-out documents alone (written after the rules were frozen), the documents and
requirements the audit gets wrong, and the time per agreement. Targets: overall
precision and recall at least 0.90, no requirement below 0.75, under 2 s an agreement.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from crec_assemble.audit.findings import audit_file  # noqa: E402
from crec_assemble.library.clauses import load_library  # noqa: E402
from crec_assemble.resources import default_library  # noqa: E402

from audit_corpus import CORPUS, Score, evaluate, expected, labels  # noqa: E402


def main() -> int:
    library = load_library(default_library())
    documents = labels()
    started = time.perf_counter()
    overall, per, errors = evaluate(library)
    elapsed = time.perf_counter() - started
    slowest = 0.0
    held = Score()
    for name, entry in documents.items():
        began = time.perf_counter()
        findings = audit_file(CORPUS / name, entry["role"], library.requirements)
        slowest = max(slowest, time.perf_counter() - began)
        if entry.get("heldout"):
            truth = expected(entry, [f.requirement.id for f in findings])
            for finding in findings:
                held.add(truth[finding.requirement.id], finding.status)
    print(f"{len(documents)} documents, {overall.total} labelled requirements")
    print(f"{'requirement':<12} {'precision':>9} {'recall':>7} {'labels agree':>13}")
    for rid, score in per.items():
        print(f"{rid:<12} {score.precision:>9.2f} {score.recall:>7.2f} "
              f"{score.agree:>6}/{score.total:<6}")  # fmt: skip
    print(f"{'overall':<12} {overall.precision:>9.2f} {overall.recall:>7.2f} "
          f"{overall.agree:>6}/{overall.total:<6}")  # fmt: skip
    print(f"{'held out':<12} {held.precision:>9.2f} {held.recall:>7.2f} "
          f"{held.agree:>6}/{held.total:<6}")  # fmt: skip
    print(f"time: {elapsed / len(documents) * 1000:.0f} ms an agreement on average, "
          f"slowest {slowest * 1000:.0f} ms")  # fmt: skip
    for line in errors:
        print(f"  wrong: {line}")
    worst = min(min(s.precision, s.recall) for s in per.values())
    ok = overall.precision >= 0.9 and overall.recall >= 0.9 and worst >= 0.75 and slowest < 2
    print("targets: overall >= 0.90 both, every requirement >= 0.75, < 2 s an agreement: "
          + ("met" if ok else "NOT met"))  # fmt: skip
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
