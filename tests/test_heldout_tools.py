"""The tools that commission, freeze and read again a held-out batch (tools/heldout_batch.py,
tools/read_again/): the brief a writer or reader gets is the brief docs/heldout-brief.md
records, what the writers return is frozen byte for byte and never written over, and only the
points where two readings differ go to the settling readers, unattributed."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
RECORDED = (ROOT / "docs" / "heldout-brief.md").read_text(encoding="utf-8")


def _tool(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


commission = _tool("heldout_batch", ROOT / "tools" / "heldout_batch.py")
read_again = _tool("read_again_run", ROOT / "tools" / "read_again" / "run.py")


def _recorded(brief: str) -> bool:
    """Whether every line of ``brief`` but its headings is a line of the recorded briefs."""
    lines = set(RECORDED.splitlines())
    return all(line in lines for line in brief.splitlines() if not line.startswith("#"))


def it_gives_writers_the_brief_the_docs_record() -> None:
    brief = commission._writers_brief()
    assert brief.startswith("# Brief: vendor paper and its labels\n\nYou are two people in turn.")
    assert "\n## The labels\n" in brief and "\n### The labels\n" in RECORDED
    assert "Reading a held-out batch again" not in brief
    assert _recorded(brief)


@pytest.mark.parametrize("title", ["The second reader's brief", "The settling brief"])
def it_gives_each_reader_its_brief_as_recorded(title: str) -> None:
    brief = read_again._brief(title)
    assert brief.startswith(f"# Brief: {title}\n") and _recorded(brief)
    assert ("decisions.yaml" in brief) == (title == "The settling brief")


def _assignment(path: Path, lines: int = 7) -> Path:
    path.write_text("".join(
        f"## ASSIGNMENT (part {part})\n\n"
        + "".join(f"{n}. operator — a kind {part}{n} — Markdown\n" for n in range(1, lines + 1))
        + "\n" for part in "abcd"), encoding="utf-8")  # fmt: skip
    return path


def it_sets_four_writers_up_each_with_its_part(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "heldout-8").mkdir(parents=True)
    (corpus / "heldout-8" / "guide.txt").write_text("the guide", encoding="utf-8")
    commission.writers(9, _assignment(tmp_path / "a.md"), tmp_path / "work", corpus)
    for part in "abcd":
        folder = tmp_path / "work" / f"part-{part}"
        brief = (folder / "BRIEF.md").read_text(encoding="utf-8")
        assert brief.startswith(commission._writers_brief())
        assert [f"ASSIGNMENT (part {p})" in brief for p in "abcd"] == [p == part for p in "abcd"]
        assert {p.name for p in folder.iterdir()} == {
            "BRIEF.md",
            "guide.txt",
            "policy-3520.13.md",
            "statute.md",
            "requirements.yaml",
        }


def it_refuses_an_assignment_short_of_seven_lines_a_part(tmp_path: Path) -> None:
    with pytest.raises(SystemExit):
        commission.writers(9, _assignment(tmp_path / "a.md", 6), tmp_path / "work", tmp_path)
    assert not (tmp_path / "work").exists()


def _writer(folder: Path, part: str, *, passes: bool = True) -> None:
    (folder / "build").mkdir(parents=True)
    said = "ALL CHECKS PASSED" if passes else "a fragment is not in the text"
    (folder / "build" / "check.py").write_text(f"print({said!r})\n", encoding="utf-8")
    (folder / "guide.txt").write_text("the guide", encoding="utf-8")
    (folder / "MADE.md").write_text(f"# MADE (part {part})\n\nSeven documents.\n", "utf-8")
    entries = "".join(f"  vendor-{part}{n}.md:\n    role: operator\n    labels:\n"
                      f"      R1: {{label: weak, evidence: \"s.1 'x' - {part}{n}\"}}\n"
                      for n in range(7))  # fmt: skip
    (folder / "labels.yaml").write_text(f"# part {part}\ndocuments:\n{entries}", "utf-8")
    for n in range(7):
        (folder / f"vendor-{part}{n}.md").write_text(f"Terms {part}{n}.", encoding="utf-8")


def it_freezes_what_the_writers_return_byte_for_byte_and_never_over_a_batch(
    tmp_path: Path,
) -> None:
    work, corpus, head = tmp_path / "work", tmp_path / "corpus", tmp_path / "head.md"
    for part in "abcd":
        _writer(work / f"part-{part}", part)
    head.write_text("# Held-out audit corpus, batch 9: frozen\n\nFrozen: {FROZEN} (UTC).\n",
                    encoding="utf-8")  # fmt: skip
    corpus.mkdir()
    commission.freeze(9, work, head, corpus)
    frozen = corpus / "heldout-9"
    labels = (frozen / "labels.yaml").read_text(encoding="utf-8")
    for part in "abcd":
        mine = (work / f"part-{part}" / "labels.yaml").read_text(encoding="utf-8")
        assert mine.split("documents:\n", 1)[1] in labels
        assert (frozen / f"vendor-{part}0.md").read_bytes() == (
            work / f"part-{part}" / f"vendor-{part}0.md").read_bytes()  # fmt: skip
    assert len(yaml.safe_load(labels)["documents"]) == 28
    record = (frozen / "FROZEN.md").read_text(encoding="utf-8")
    assert record.startswith("# Held-out audit corpus, batch 9: frozen\n")
    assert re.search(r"^Frozen: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ \(UTC\)\.$", record, re.MULTILINE)
    assert "## Part d\n\n> # MADE (part d)" in record and record.count("| `vendor-") == 28
    with pytest.raises(SystemExit):
        commission.freeze(9, work, head, corpus)


def it_freezes_nothing_while_a_writers_checker_fails(tmp_path: Path) -> None:
    work = tmp_path / "work"
    for part in "abcd":
        _writer(work / f"part-{part}", part, passes=part != "c")
    head = tmp_path / "head.md"
    head.write_text("Frozen: {FROZEN}\n", encoding="utf-8")
    with pytest.raises(SystemExit, match=r"check\.py"):
        commission.freeze(9, work, head, tmp_path)
    assert not (tmp_path / "heldout-9").exists()


def it_freezes_nothing_without_a_place_for_the_time(tmp_path: Path) -> None:
    work = tmp_path / "work"
    for part in "abcd":
        _writer(work / f"part-{part}", part)
    head = tmp_path / "head.md"
    head.write_text("# Held-out audit corpus, batch 9: frozen\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="FROZEN"):
        commission.freeze(9, work, head, tmp_path)
    assert not (tmp_path / "heldout-9").exists()


def _batch(folder: Path) -> dict[str, Any]:
    folder.mkdir(parents=True)
    (folder / "guide.txt").write_text("the guide", encoding="utf-8")
    documents = {}
    for n in range(8):
        (folder / f"vendor-{n}.md").write_text(f"Terms {n}.", encoding="utf-8")
        documents[f"vendor-{n}.md"] = {"role": "operator", "labels": {
            rid: {"label": "present", "evidence": f"s.{n} 'Terms' - {rid}"}
            for rid in ("R1", "R2")}}  # fmt: skip
    (folder / "labels.yaml").write_text(yaml.safe_dump({"documents": documents}), "utf-8")
    return documents


def it_reads_a_batch_again_and_settles_only_where_the_readers_differ(tmp_path: Path) -> None:
    batch, work = tmp_path / "heldout-9", tmp_path / "work"
    first = _batch(batch)
    read_again.readers(batch, work)
    differ = {("vendor-1.md", "R2"), ("vendor-6.md", "R1"), ("vendor-6.md", "R2")}
    for part in "abcd":
        folder = work / f"second-{part}"
        roles = yaml.safe_load((folder / "roles.yaml").read_text(encoding="utf-8"))
        assert len(roles) == 2 and not (folder / "labels.yaml").exists()
        second = {name: {"role": "operator", "labels": {
            rid: {**label, "label": "weak" if (name, rid) in differ else label["label"]}
            for rid, label in first[name]["labels"].items()}} for name in roles}  # fmt: skip
        (folder / "labels.yaml").write_text(yaml.safe_dump({"documents": second}), "utf-8")
    read_again.settle(batch, work)
    for part in "ab":
        folder = work / f"settle-{part}"
        disputes = yaml.safe_load((folder / "disputes.yaml").read_text(encoding="utf-8"))
        decided = {}
        for name, entry in disputes["documents"].items():
            readings = [{p["reading X"]["label"], p["reading Y"]["label"]}
                        for p in entry["points"].values()]  # fmt: skip
            assert all(labels == {"present", "weak"} for labels in readings)
            decided[name] = {rid: {"label": "missing", "evidence": "nothing - settled"}
                             for rid in entry["points"]}  # fmt: skip
        (folder / "decisions.yaml").write_text(yaml.safe_dump({"documents": decided}), "utf-8")
    read_again.merge(batch, work, tmp_path / "readings")
    out = tmp_path / "readings" / "heldout-9"
    settled = yaml.safe_load((out / "settled.yaml").read_text(encoding="utf-8"))["documents"]
    assert {(name, rid) for name, points in settled.items() for rid in points} == differ
    second = yaml.safe_load((out / "second.yaml").read_text(encoding="utf-8"))["documents"]
    assert list(second) == list(first)
