"""Scoring the audit against a labelled corpus, the development and held-out corpora apart.

Shared by bench/bench_audit.py (and usable by tests). Two corpora, two label formats:

- development, ``tests/corpus/labels.yaml``: present/weak/missing lists per document (see
  tests/audit_corpus.py). The rules have been written against these documents, so their
  score says little about paper nobody on the project has seen. The three entries flagged
  ``heldout: true`` there were held out from an earlier round of rules; the rules have been
  tuned on them since, so they count as development now.
- retired held-out, ``tests/corpus/heldout/`` (batch 1) and ``heldout-2/`` to ``heldout-71/``:
  each was held out until a fresher batch had been frozen, scored as held-out (batches 1 and
  2 nine times each; each later one at least as commissioned and at its freeze), then opened
  for development: its disagreements are read and the rules changed against them, so it
  counts as development now. Their files stay frozen, as the record of what was measured.
- development batches 5 to 7, ``tests/corpus/dev-5/`` to ``dev-7/``: written and labelled
  the same way as the held-out batches, by writers who never read the rules, and committed
  before the audit was run on them; development from the start.
- held-out, the batches still in ``HELDOUT_BATCHES`` (now ``heldout-78/``), each with a
  ``labels.yaml`` that labels every one of the 24 ids with one line of evidence, frozen
  before the rules changed (each folder's FROZEN.md). Never tune on them.

Each (document, requirement) that applies to the document's role is scored as a
gap-finding, as in tests/audit_corpus.py: exact agreement; gap precision and recall (a
true positive is a labelled gap given exactly that label); and the count of "present"
verdicts where the label is weak or missing -- the error that hides a gap from counsel.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from crec_assemble.audit.findings import audit_file
from crec_assemble.model import Requirement, Role

from audit_corpus import CORPUS, Score, expected
from audit_corpus import labels as development_labels

HELDOUT = CORPUS / "heldout"
# Batches once held out and now development: their disagreements are read to shape the rules.
RETIRED_BATCHES = (CORPUS / "heldout", *(CORPUS / f"heldout-{n}" for n in range(2, 78)))
# Development batches labelled in the held-out format, by writers who never read the rules.
LABELLED_DEVELOPMENT = (*RETIRED_BATCHES, *(CORPUS / f"dev-{n}" for n in (5, 6, 7)))
# Every batch still held out, oldest first: each frozen before the rules it measures were written.
HELDOUT_BATCHES = (CORPUS / "heldout-78",)
# A second reader's independent labels of batches 1 and 2: how far two readers agree.
SECOND_READING = CORPUS / "second-reading" / "labels.yaml"
READ_TWICE = RETIRED_BATCHES[:2]
# Held-out batches read again after their freeze and before any rule was changed against
# them: a second reader's independent labels and a third reader's settlement of every point
# where the two differ (tests/corpus/readings/README.md).
READINGS = CORPUS / "readings"


@dataclass(frozen=True)
class LabelledDocument:
    """One document of a corpus and the label of each requirement judged for its role."""

    path: Path
    role: Role
    truth: Mapping[str, str]


@dataclass
class Report:
    """A corpus's scores: overall, per requirement, each disagreement, and the time taken."""

    documents: int = 0
    overall: Score = field(default_factory=Score)
    per: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    disagreements: list[str] = field(default_factory=list)
    slowest: float = 0.0
    seconds: float = 0.0


def development_corpus(requirements: Sequence[Requirement]) -> list[LabelledDocument]:
    """The development corpus (tests/corpus/), every entry, with its labels expanded."""
    return [_development(name, entry, requirements) for name, entry in development_labels().items()]


def _development(
    name: str, entry: dict[str, Any], requirements: Sequence[Requirement]
) -> LabelledDocument:
    role: Role = entry["role"]
    ids = [r.id for r in requirements if r.applies(role)]
    return LabelledDocument(CORPUS / name, role, expected(entry, ids))


def heldout_corpus(folder: Path = HELDOUT) -> list[LabelledDocument]:
    """The held-out corpus; requirements labelled not-applicable to the role are not judged."""
    documents = labelled_documents(folder / "labels.yaml")
    return [
        LabelledDocument(folder / name, entry["role"], {
            rid: label["label"] for rid, label in entry["labels"].items()
            if label["label"] != "not-applicable"})
        for name, entry in documents.items()
    ]  # fmt: skip


def score(documents: Sequence[LabelledDocument], requirements: Sequence[Requirement]) -> Report:
    """Audit each document and score every verdict against its label.

    A requirement the audit judges but the labels do not (or the reverse) is a disagreement
    of its own, reported with "unlabelled" or "not judged" in place of the missing side.
    """
    report = Report(documents=len(documents))
    for document in documents:
        began = time.perf_counter()
        findings = audit_file(document.path, document.role, requirements)
        took = time.perf_counter() - began
        report.seconds += took
        report.slowest = max(report.slowest, took)
        found = {f.requirement.id: f for f in findings}
        for rid in sorted(set(found) | set(document.truth), key=_order(requirements)):
            truth = document.truth.get(rid, "unlabelled")
            finding = found.get(rid)
            status = finding.status if finding else "not judged"
            report.overall.add(truth, status)
            report.per[rid].add(truth, status)
            if truth != status:
                passage = finding.sentence.text[:90] if finding and finding.sentence else ""
                why = finding.why if finding else ""
                report.disagreements.append(f"{document.path.name}: {rid}: labelled {truth}, "
                                            f"found {status} ({why}) {passage}")  # fmt: skip
    return report


def _order(requirements: Sequence[Requirement]) -> Any:
    position = {r.id: n for n, r in enumerate(requirements)}
    return lambda rid: position.get(rid, len(position))


def table(title: str, report: Report) -> list[str]:
    """The lines bench/bench_audit.py prints for one corpus."""
    overall = report.overall
    lines = [f"== {title}: {report.documents} documents, {overall.total} labelled requirements",
             f"{'requirement':<12} {'agreement':>9} {'precision':>9} {'recall':>7} "
             f"{'false present':>14}"]  # fmt: skip
    rows = [*report.per.items(), ("overall", overall)]
    for rid, s in rows:
        lines.append(f"{rid:<12} {s.agree:>4}/{s.total:<4} {s.precision:>9.2f} {s.recall:>7.2f} "
                     f"{s.false_present:>14}")  # fmt: skip
    lines.append(f"exact agreement {overall.agreement:.2f}, gap precision {overall.precision:.2f}, "
                 f"gap recall {overall.recall:.2f}, 'present' where the label is weak or "
                 f"missing: {overall.false_present} "
                 f"({overall.false_present_per_100:.1f} per 100 labels)")  # fmt: skip
    return lines


def readers_agreement() -> Report:
    """The second reading of batches 1 and 2 scored against their frozen labels."""
    first = [document for folder in READ_TWICE for document in heldout_corpus(folder)]
    return second_reader(first, SECOND_READING)


def second_reader(first: Sequence[LabelledDocument], second: Path) -> Report:
    """A second reader's labels scored against the first's, exactly as the audit is scored.

    Two careful readers disagree too; this is the score a reader who never saw the first
    labels gets against them, so the audit's own figures can be read against it.
    """
    labels = labelled_documents(second)
    report = Report()
    for document in first:
        report.documents += 1
        for rid, truth in document.truth.items():
            found = labels[document.path.name]["labels"][rid]["label"]
            report.overall.add(truth, found)
            report.per[rid].add(truth, found)
    return report


def read_again(folder: Path) -> Path | None:
    """The second reading and settlement of a held-out batch, if it has been read again."""
    again = READINGS / folder.name
    return again if (again / "settled.yaml").is_file() else None


def settled_corpus(folder: Path) -> list[LabelledDocument]:
    """A held-out batch labelled as two readers agreed and, where they differed, a third settled.

    A single careful reader's labels differ from a second's on about one label in twenty, so
    a score against one reader counts that reader's slips as the audit's errors. These labels
    keep the frozen label wherever the second reader gave the same one and take the settling
    reader's decision elsewhere; the frozen labels themselves never change.
    """
    again = READINGS / folder.name
    settled = labelled_documents(again / "settled.yaml")
    return [
        replace(document, truth={**document.truth, **{
            rid: point["label"] for rid, point in settled.get(document.path.name, {}).items()}})
        for document in heldout_corpus(folder)
    ]  # fmt: skip


def labelled_documents(path: Path) -> dict[str, Any]:
    """The ``documents:`` of a labels file (a batch's labels, a second reading, a settlement)."""
    documents: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))["documents"]
    return documents
