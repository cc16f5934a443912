"""Audit accuracy and speed on the labelled corpora, the development and held-out ones apart.

Usage: ./run bench-audit [--held-out-errors]
       (or .venv/bin/python bench/bench_audit.py)

- development: tests/corpus/. The rules are written against it, so its figures show only
  that nothing regressed. The three entries flagged ``heldout: true`` in its labels.yaml
  were held out from an earlier round of rules and have been tuned on since: they count as
  development now.
- development batches labelled by outside writers: the retired held-out batches
  (``RETIRED_BATCHES`` in tests/audit_scoring.py: tests/corpus/heldout/, heldout-2/ …),
  held out until the next batch was commissioned and development since, and
  tests/corpus/dev-5/, dev-6/ and dev-7/ (their disagreements are listed).
- held-out: the batches of ``HELDOUT_BATCHES`` (tests/corpus/heldout-62/, frozen
  2026-12-05), each frozen before the rules it measures were written (see its
  FROZEN.md); never tune on them. Each held-out batch is reported on its own, then all
  together: those are the figures to quote.
- read again: a held-out batch with a folder in tests/corpus/readings/ (batches 59 to 62) was
  labelled a second time, after its freeze, by readers who saw neither its labels nor the
  audit, and a third reader settled each point where the two differ. For it the bench also
  prints the second reader scored against the frozen labels (how far two careful readers
  agree) and the audit scored against the settled labels.

For each corpus: exact agreement, gap precision and recall, and the count of "present"
verdicts where the label is weak or missing, overall and per requirement, and the time per
document. The development corpus's disagreements are listed; the held-out ones only with
``--held-out-errors``, so that nobody shaping the rules reads them by accident. Targets
(issue 12, the held-out batches together): recall >= 0.95, precision >= 0.90, agreement
>= 0.85, at most 1 false "present" per 100 labels, under 0.5 s a document; development:
precision and recall >= 0.90, no requirement below 0.75. Exit 0 when both are met, 1
otherwise.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from crec_assemble.library.clauses import load_library  # noqa: E402
from crec_assemble.resources import default_library  # noqa: E402

from audit_scoring import (  # noqa: E402
    HELDOUT_BATCHES,
    LABELLED_DEVELOPMENT,
    RETIRED_BATCHES,
    Report,
    development_corpus,
    heldout_corpus,
    read_again,
    readers_agreement,
    score,
    second_reader,
    settled_corpus,
    table,
)


def _development_met(report: Report) -> bool:
    worst = min(min(s.precision, s.recall) for s in report.per.values())
    overall = report.overall
    return overall.precision >= 0.9 and overall.recall >= 0.9 and worst >= 0.75


def _heldout_met(report: Report) -> bool:
    overall = report.overall
    return (overall.recall >= 0.95 and overall.precision >= 0.90 and overall.agreement >= 0.85
            and overall.false_present_per_100 <= 1.0 and report.slowest < 0.5)  # fmt: skip


def _timing(report: Report) -> str:
    mean = report.seconds / report.documents if report.documents else 0.0
    return (
        f"time: {mean * 1000:.0f} ms a document on average, slowest {report.slowest * 1000:.0f} ms"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--held-out-errors",
        action="store_true",
        help="also list every held-out disagreement (never tune on them)",
    )
    parser.add_argument(
        "--readers",
        action="store_true",
        help="also score the second readers of batches once held out against the first labels",
    )
    arguments = parser.parse_args()
    shown = arguments.held_out_errors
    library = load_library(default_library())
    requirements = library.requirements
    development = score(development_corpus(requirements), requirements)
    reports = [("development corpus (tests/corpus/; its 'heldout' entries are development now)",
                development)]  # fmt: skip
    labelled = [folder for folder in LABELLED_DEVELOPMENT if (folder / "labels.yaml").is_file()]
    retired = score([d for folder in labelled for d in heldout_corpus(folder)], requirements)
    reports.append((f"development batches labelled by outside writers: retired held-out "
                    f"1-{len(RETIRED_BATCHES)} (tests/corpus/heldout/ to "
                    f"{RETIRED_BATCHES[-1].name}/), dev-5, dev-6 and dev-7",
                    retired))  # fmt: skip
    batches = [folder for folder in HELDOUT_BATCHES if (folder / "labels.yaml").is_file()]
    reports += [(f"held-out batch {folder.name.removeprefix('heldout-')} "
                 f"(tests/corpus/{folder.name}/, frozen)",
                 score(heldout_corpus(folder), requirements))
                for folder in batches]  # fmt: skip
    heldout = score([d for folder in batches for d in heldout_corpus(folder)], requirements)
    reports.append(("held-out, all batches together (quote these)", heldout))
    read_twice = [(folder, again) for folder in batches if (again := read_again(folder))]
    for folder, again in read_twice:
        reports.append(
            (
                f"held-out {folder.name}: a second reader's labels "
                f"(tests/corpus/readings/{folder.name}/second.yaml) against its frozen "
                "ones, how far two careful readers agree",
                second_reader(heldout_corpus(folder), again / "second.yaml"),
            )
        )
    settled = score([d for folder, _ in read_twice for d in settled_corpus(folder)], requirements)
    if read_twice:
        reports.append(
            (
                f"held-out {', '.join(f.name for f, _ in read_twice)} against the "
                "labels two readers agreed and a third settled (tests/corpus/readings/)",
                settled,
            )
        )
    for title, report in reports:
        print("\n".join(table(title, report)))
        if report.seconds:
            print(_timing(report))
        print()
    if arguments.readers:
        print("\n".join(table("a second reader against batches 1-2's labels "
                              "(tests/corpus/second-reading/)", readers_agreement())))  # fmt: skip
        print()
        # batches read again while held out and opened since: their readers still agree as then
        for folder in RETIRED_BATCHES:
            if (again := read_again(folder)) is not None:
                second = second_reader(heldout_corpus(folder), again / "second.yaml")
                title = f"a second reader against {folder.name}'s labels (tests/corpus/readings/)"
                print("\n".join(table(title, second)))
                print()
    for line in development.disagreements + retired.disagreements:
        print(f"  development wrong: {line}")
    for line in heldout.disagreements if shown else ():
        print(f"  held-out wrong: {line}")
    dev_ok, held_ok = _development_met(development), bool(batches) and _heldout_met(heldout)
    print("targets, development: precision and recall >= 0.90, every requirement >= 0.75: "
          + ("met" if dev_ok else "NOT met"))  # fmt: skip
    print("targets, held-out: recall >= 0.95, precision >= 0.90, agreement >= 0.85, "
          "<= 1 false present per 100 labels, < 0.5 s a document: "
          + ("met" if held_ok else "NOT met"))  # fmt: skip
    if read_twice:
        print("the same targets against the settled labels: "
              + ("met" if _heldout_met(settled) else "NOT met"))  # fmt: skip
    return 0 if dev_ok and held_ok else 1


if __name__ == "__main__":
    sys.exit(main())
