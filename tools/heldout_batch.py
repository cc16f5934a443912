"""Commission and freeze a held-out audit batch, as docs/audit.md ("How well") describes.

    .venv/bin/python tools/heldout_batch.py writers 61 ASSIGNMENT.md WORKDIR
        four writer folders, WORKDIR/part-a … part-d: each holds the writers' brief as
        docs/heldout-brief.md records it with its part of ASSIGNMENT.md appended (the file
        holds four sections, "ASSIGNMENT (part a)" …, of seven numbered lines each), the
        regulation, the statute notes, the catalogue and the labelling guide. Give each to a
        writer told to read its BRIEF.md.
    .venv/bin/python tools/heldout_batch.py freeze 61 WORKDIR HEAD.md
        tests/corpus/heldout-61/: the 28 documents, the guide, the four labels.yaml files
        merged byte for byte, and FROZEN.md (HEAD.md, each writer's MADE.md quoted, then every
        file's SHA-256; "{FROZEN}" in HEAD.md is written as the time of the freeze, UTC).
        Refuses if a writer's checker does not pass or a file is missing.

Each step prints only paths and counts: whoever changes the rules runs these steps and must
not read a document, a label or a writer's record.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"
# The regulation and the statute notes as the repository keeps them (copies of the shared
# reference, so that the tools run from any clone), and the requirement catalogue.
REFERENCES = (ROOT / "docs" / "policy-3520.13.md", ROOT / "docs" / "statute.md",
              ROOT / "clauses" / "requirements.yaml")  # fmt: skip
PARTS = "abcd"


def recorded_brief(title: str, opens: str, ends: str, levels: int, *, kept: bool) -> str:
    """A brief as docs/heldout-brief.md records it: the text after ``opens`` (itself ``kept`` or
    not) up to the line that starts with ``ends``, its headings lifted back ``levels`` levels,
    under ``title``."""
    text = (ROOT / "docs" / "heldout-brief.md").read_text(encoding="utf-8")
    body = (opens if kept else "") + text.split(opens, 1)[1]
    body = re.split(rf"^{re.escape(ends)}", body, maxsplit=1, flags=re.MULTILINE)[0].strip()
    body = re.sub(rf"^#{{{levels}}}(#+ )", r"\1", body, flags=re.MULTILINE)
    return f"# Brief: {title}\n\n{body}\n"


def _writers_brief() -> str:
    return recorded_brief("vendor paper and its labels", "You are two people in turn.",
                          "## Reading a held-out batch again", 1, kept=True)  # fmt: skip


def _assignments(path: Path) -> dict[str, str]:
    text = path.read_text(encoding="utf-8")
    heads = list(re.finditer(r"^#* ?ASSIGNMENT \(part ([a-d])\)", text, flags=re.MULTILINE))
    ends = [head.start() for head in heads[1:]] + [len(text)]
    parts = {h[1]: text[h.start() : end].strip() for h, end in zip(heads, ends, strict=True)}
    lines = {part: re.findall(r"^\d+\. ", text, re.MULTILINE) for part, text in parts.items()}
    if sorted(parts) != list(PARTS) or any(len(found) != 7 for found in lines.values()):
        raise SystemExit(f"{path}: four sections, parts a to d, of seven numbered lines each")
    return parts


def writers(number: int, assignment: Path, work: Path, corpus: Path = CORPUS) -> None:
    guide = corpus / f"heldout-{number - 1}" / "guide.txt"
    brief = _writers_brief()
    for part, text in _assignments(assignment).items():
        folder = work / f"part-{part}"
        folder.mkdir(parents=True)
        (folder / "BRIEF.md").write_text(f"{brief}\n{text}\n", encoding="utf-8")
        for reference in (*REFERENCES, guide):
            shutil.copy(reference, folder / reference.name)
        print(f"{folder}: brief, assignment of part {part}, references and guide")


def _merged_labels(work: Path) -> str:
    """The four labels.yaml under one ``documents:`` key, each writer's entries byte for byte."""
    bodies, documents = [], {}
    for part in PARTS:
        text = (work / f"part-{part}" / "labels.yaml").read_text(encoding="utf-8")
        bodies.append(text.split("documents:\n", 1)[1].rstrip("\n"))
        documents.update(yaml.safe_load(text)["documents"])
    merged = "documents:\n" + "\n".join(bodies) + "\n"
    if yaml.safe_load(merged)["documents"] != documents or len(documents) != 28:
        raise SystemExit("the merged labels do not load equal to the four writers' 28 documents")
    return merged


def freeze(number: int, work: Path, head: Path, corpus: Path = CORPUS) -> None:
    target = corpus / f"heldout-{number}"
    if target.exists():
        raise SystemExit(f"{target} exists: a frozen batch is never written over")
    opening = head.read_text(encoding="utf-8").rstrip() if head.is_file() else ""
    if "{FROZEN}" not in opening:
        raise SystemExit(f"{head}: no {{FROZEN}} for the time of the freeze")
    for part in PARTS:
        folder = work / f"part-{part}"
        checked = subprocess.run([sys.executable, "build/check.py"], cwd=folder,
                                 capture_output=True, text=True, check=False)  # fmt: skip
        if "ALL CHECKS PASSED" not in checked.stdout:
            raise SystemExit(f"{folder}: build/check.py does not pass")
    merged = _merged_labels(work)
    target.mkdir()
    for part in PARTS:
        labels = yaml.safe_load((work / f"part-{part}" / "labels.yaml").read_text("utf-8"))
        for name in labels["documents"]:
            shutil.copy(work / f"part-{part}" / name, target / name)
    shutil.copy(work / "part-a" / "guide.txt", target / "guide.txt")
    (target / "labels.yaml").write_text(merged, encoding="utf-8")
    records = []
    for part in PARTS:
        made = (work / f"part-{part}" / "MADE.md").read_text(encoding="utf-8").rstrip()
        quoted = "\n".join(f"> {line}".rstrip() for line in made.splitlines())
        records.append(f"## Part {part}\n\n{quoted}\n")
    digests = [f"| `{p.name}` | `{hashlib.sha256(p.read_bytes()).hexdigest()}` |"
               for p in sorted(target.iterdir())]  # fmt: skip
    frozen_at = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    opening = opening.replace("{FROZEN}", frozen_at)
    table = "| File | sha256 |\n|---|---|\n" + "\n".join(digests)
    frozen = f"{opening}\n\nEach writer's own record follows.\n\n" + "\n".join(records)
    frozen += f"\n## sha256\n\n{table}\n"
    (target / "FROZEN.md").write_text(frozen, encoding="utf-8")
    print(f"{target}: {len(digests) - 2} documents, labels and guide frozen")


if __name__ == "__main__":
    step, number = sys.argv[1], int(sys.argv[2])
    if step == "writers":
        writers(number, Path(sys.argv[3]), Path(sys.argv[4]))
    else:
        freeze(number, Path(sys.argv[3]), Path(sys.argv[4]))
