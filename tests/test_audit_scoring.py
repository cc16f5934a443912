"""How the audit is scored against a labelled corpus (tests/audit_scoring.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from audit_corpus import Score
from audit_scoring import heldout_corpus


@pytest.mark.parametrize(
    ("truth", "found", "tp", "fp", "fn", "false_present"),
    [("present", "present", 0, 0, 0, 0),
     ("weak", "weak", 1, 0, 0, 0),
     ("missing", "present", 0, 0, 1, 1),
     ("weak", "present", 0, 0, 1, 1),
     ("present", "weak", 0, 1, 0, 0),
     ("weak", "missing", 0, 1, 1, 0),
     ("missing", "not judged", 0, 1, 1, 0)],
    ids=["agree-present", "found-gap", "hidden-missing", "hidden-weak", "false-alarm",
         "wrong-gap", "not-judged"],
)  # fmt: skip
def it_counts_each_verdict_against_its_label(
    truth: str, found: str, tp: int, fp: int, fn: int, false_present: int
) -> None:
    score = Score()
    score.add(truth, found)
    assert (score.tp, score.fp, score.fn, score.false_present) == (tp, fp, fn, false_present)
    assert score.agree == (truth == found) and score.total == 1


def it_reports_false_presents_per_100_labels() -> None:
    score = Score()
    for truth, found in [("missing", "present")] + [("present", "present")] * 49:
        score.add(truth, found)
    assert score.false_present_per_100 == 2.0 and score.agreement == 0.98


def it_leaves_requirements_not_applicable_to_the_role_unjudged(tmp_path: Path) -> None:
    (tmp_path / "labels.yaml").write_text(
        "documents:\n  a.txt:\n    role: consultant\n    labels:\n"
        "      R1: {label: weak, evidence: x}\n      R15a: {label: not-applicable, evidence: y}\n"
    )
    (document,) = heldout_corpus(tmp_path)
    assert document.path == tmp_path / "a.txt" and dict(document.truth) == {"R1": "weak"}


def it_reads_the_frozen_held_out_corpus() -> None:
    documents = heldout_corpus()
    assert len(documents) >= 12 and all(d.path.is_file() for d in documents)
    assert {d.role for d in documents} == {"operator", "consultant"}
