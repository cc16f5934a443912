"""The labelled audit corpus (tests/corpus/) and how the audit is scored against it.

Shared by tests/test_audit.py and bench/bench_audit.py. A gap (weak or missing) is
what the audit is for, so each (document, requirement) is scored as a gap-finding:

- true positive: the label is a gap and the audit gives exactly that label;
- false positive: the audit reports a gap the label does not have (a present provision
  called weak or missing, or a weak one called missing);
- false negative: a labelled gap the audit misses or mislabels.

Precision and recall are over all documents, overall and per requirement; a requirement
with no labelled gap and none reported scores 1.0.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from crec_assemble.audit.findings import audit_file
from crec_assemble.library.clauses import ClauseLibrary

CORPUS = Path(__file__).resolve().parent / "corpus"


def labels() -> dict[str, dict[str, Any]]:
    documents: dict[str, dict[str, Any]] = yaml.safe_load((CORPUS / "labels.yaml").read_text())[
        "documents"
    ]
    return documents


def expected(entry: dict[str, Any], requirement_ids: list[str]) -> dict[str, str]:
    present = entry.get("present", [])
    weak, missing = set(entry.get("weak", [])), set(entry.get("missing", []))
    truth = {}
    for rid in requirement_ids:
        if rid in weak:
            truth[rid] = "weak"
        elif rid in missing:
            truth[rid] = "missing"
        elif present == "all" or rid in present:
            truth[rid] = "present"
        else:
            truth[rid] = "missing"
    return truth


@dataclass
class Score:
    """Agreement with the labels, over one requirement or a whole corpus."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    agree: int = 0
    total: int = 0
    false_present: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def agreement(self) -> float:
        return self.agree / self.total if self.total else 1.0

    @property
    def false_present_per_100(self) -> float:
        return 100 * self.false_present / self.total if self.total else 0.0

    def add(self, truth: str, found: str) -> None:
        self.total += 1
        self.agree += truth == found
        self.false_present += truth != "present" and found == "present"
        if truth != "present" and found == truth:
            self.tp += 1
            return
        self.fp += found != "present" and found != truth
        self.fn += truth != "present" and found != truth


def evaluate(library: ClauseLibrary) -> tuple[Score, dict[str, Score], list[str]]:
    """Overall and per-requirement scores, and one line per disagreement."""
    overall = Score()
    per: dict[str, Score] = defaultdict(Score)
    errors = []
    for name, entry in labels().items():
        findings = audit_file(CORPUS / name, entry["role"], library.requirements)
        truth = expected(entry, [f.requirement.id for f in findings])
        for finding in findings:
            rid = finding.requirement.id
            overall.add(truth[rid], finding.status)
            per[rid].add(truth[rid], finding.status)
            if truth[rid] != finding.status:
                passage = finding.sentence.text[:90] if finding.sentence else ""
                errors.append(f"{name}: {rid}: labelled {truth[rid]}, found {finding.status}"
                              f" ({finding.why}) {passage}")  # fmt: skip
    return overall, dict(per), errors
