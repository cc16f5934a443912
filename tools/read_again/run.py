"""Read a frozen held-out batch again: a second reader, and a settling reader where they differ.

    .venv/bin/python tools/read_again/run.py readers heldout-59 WORKDIR
    (four helpers, one per WORKDIR/second-a … second-d, each told to read its BRIEF.md)
    .venv/bin/python tools/read_again/run.py settle heldout-59 WORKDIR
    (two helpers, WORKDIR/settle-a and settle-b)
    .venv/bin/python tools/read_again/run.py merge heldout-59 WORKDIR
    (writes tests/corpus/readings/heldout-59/second.yaml and settled.yaml; then freeze them
    in a FROZEN.md beside them, as tests/test_audit_readings.py checks)

The briefs are taken from docs/heldout-brief.md, so the brief a reader gets is the brief
documented. Each step prints only counts: whoever changes the rules runs these steps and must
not read a reading or a decision (docs/audit.md, "How well").
"""

from __future__ import annotations

import json
import random
import shutil
import sys
from pathlib import Path
from typing import Any

import yaml

# One place for the paths the held-out tools share: tools/heldout_batch.py, beside this folder.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from heldout_batch import CORPUS, REFERENCES, recorded_brief

READERS, SETTLERS = "abcd", "ab"

SECOND_HEAD = """\
A second, independent reading of held-out {batch} (tests/corpus/{batch}/), written after the
batch's freeze and before any rule was changed against it, by readers who saw neither the
frozen labels, the audit's rules nor its results: only the documents, their roles, the
regulation, the statute notes, the requirement catalogue and the batch's labelling guide,
under the second reader's brief in docs/heldout-brief.md. It measures how far two careful
readers agree (./run bench-audit) and feeds settled.yaml. Never used to shape rules."""
SETTLED_HEAD = """\
Every point where second.yaml gives held-out {batch} a label other than its frozen one,
decided by settling readers who read the documents, the references and both readings,
unattributed and in random order, and never the audit's rules or results, under the settling
brief in docs/heldout-brief.md. Where the two readers agree, their label stands. ./run
bench-audit scores the audit against the labels so settled beside the frozen ones, which
never change. Never used to shape rules."""


def _brief(title: str) -> str:
    """A reader's brief as docs/heldout-brief.md records it, its headings lifted two levels."""
    return recorded_brief(title, f"### {title}\n", "### ", 2, kept=False)


def _documents(path: Path) -> dict[str, Any]:
    documents: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))["documents"]
    return documents


def _folder(work: Path, name: str, batch: Path, documents: list[str], brief: str) -> Path:
    folder = work / name
    folder.mkdir(parents=True)
    for document in documents:
        shutil.copy(batch / document, folder / document)
    for reference in (*REFERENCES, batch / "guide.txt", Path(__file__).with_name("check.py")):
        shutil.copy(reference, folder / reference.name)
    (folder / "BRIEF.md").write_text(_brief(brief), encoding="utf-8")
    return folder


def readers(batch: Path, work: Path) -> None:
    """Four folders of seven documents each (in the batch's order), with their roles only."""
    first = _documents(batch / "labels.yaml")
    names = list(first)
    share = -(-len(names) // len(READERS))
    for n, part in enumerate(READERS):
        mine = names[n * share : (n + 1) * share]
        folder = _folder(work, f"second-{part}", batch, mine, "The second reader's brief")
        roles = {name: first[name]["role"] for name in mine}
        (folder / "roles.yaml").write_text(yaml.safe_dump(roles, sort_keys=False), "utf-8")
        print(f"{folder}: {len(mine)} documents")


def _second(work: Path) -> dict[str, Any]:
    second: dict[str, Any] = {}
    for part in READERS:
        second.update(_documents(work / f"second-{part}" / "labels.yaml"))
    return second


def _differences(batch: Path, work: Path) -> dict[str, list[str]]:
    first, second = _documents(batch / "labels.yaml"), _second(work)
    if list(first) != list(second):
        raise SystemExit("the second reading does not label the batch's documents in order")
    return {name: differ for name, entry in first.items()
            if (differ := [rid for rid, label in entry["labels"].items()
                           if label["label"] != second[name]["labels"][rid]["label"]])}  # fmt: skip


def settle(batch: Path, work: Path) -> None:
    """Every difference, the two readings unattributed in a random order, split by document."""
    first, second = _documents(batch / "labels.yaml"), _second(work)
    differences = _differences(batch, work)
    judged = sum(label["label"] != "not-applicable"
                 for entry in first.values() for label in entry["labels"].values())  # fmt: skip
    points = sum(map(len, differences.values()))
    print(f"{batch.name}: the two readers agree on {judged - points} of {judged} judged labels; "
          f"{points} points in {len(differences)} documents")  # fmt: skip
    draw = random.Random(batch.name)
    for n, part in enumerate(SETTLERS):
        mine = list(differences)[n :: len(SETTLERS)]
        disputes: dict[str, Any] = {}
        for name in mine:
            entry = disputes[name] = {"role": first[name]["role"], "points": {}}
            for rid in differences[name]:
                one, other = first[name]["labels"][rid], second[name]["labels"][rid]
                x, y = (one, other) if draw.random() < 0.5 else (other, one)
                entry["points"][rid] = {"reading X": dict(x), "reading Y": dict(y)}
        folder = _folder(work, f"settle-{part}", batch, mine, "The settling brief")
        (folder / "disputes.yaml").write_text(
            yaml.safe_dump({"documents": disputes}, sort_keys=False, width=1000,
                           allow_unicode=True), "utf-8")  # fmt: skip
        print(f"{folder}: {len(mine)} documents, {sum(len(differences[d]) for d in mine)} points")


def _label_line(indent: str, rid: str, label: dict[str, str]) -> str:
    evidence = json.dumps(label["evidence"], ensure_ascii=False)
    return f"{indent}{rid}: {{label: {label['label']}, evidence: {evidence}}}"


def merge(batch: Path, work: Path, readings: Path = CORPUS / "readings") -> None:
    """second.yaml and settled.yaml, in the batch's own order and label layout, written to
    ``readings``/<batch>/."""
    first, second = _documents(batch / "labels.yaml"), _second(work)
    decided: dict[str, Any] = {}
    for part in SETTLERS:
        decided.update(_documents(work / f"settle-{part}" / "decisions.yaml"))
    differences = _differences(batch, work)
    out = readings / batch.name
    out.mkdir(parents=True, exist_ok=True)
    lines = [f"# {line}".rstrip() for line in SECOND_HEAD.format(batch=batch.name).splitlines()]
    lines.append("documents:")
    for name in first:
        lines += [f"  {name}:", f"    role: {second[name]['role']}", "    labels:"]
        labels = second[name]["labels"].items()
        lines += [_label_line("      ", rid, label) for rid, label in labels]
    (out / "second.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    lines = [f"# {line}".rstrip() for line in SETTLED_HEAD.format(batch=batch.name).splitlines()]
    lines.append("documents:")
    for name, differ in differences.items():
        if list(decided[name]) != differ:
            raise SystemExit(f"{name}: the decisions do not cover its points in order")
        lines += [f"  {name}:", *(_label_line("    ", rid, decided[name][rid]) for rid in differ)]
    (out / "settled.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{out}: second.yaml and settled.yaml ({sum(map(len, differences.values()))} points)")


if __name__ == "__main__":
    step, batch_name, work_dir = sys.argv[1:4]
    steps = {"readers": readers, "settle": settle, "merge": merge}
    steps[step](CORPUS / batch_name, Path(work_dir))
