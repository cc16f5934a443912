"""The held-out batches read again: a second reader's labels and a third reader's settlement.

tests/corpus/readings/<batch>/ holds, for a held-out batch, ``second.yaml`` (every document
labelled again by a reader who saw neither the frozen labels, the rules nor the audit) and
``settled.yaml`` (a decision on every point where the two readers differ, by a reader who
saw both readings, unattributed, and never the audit). These tests keep the two files true to
that shape, frozen like the batch itself, and the settled labels built from them as documented.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from audit_scoring import READINGS, heldout_corpus, labelled_documents, read_again, settled_corpus

_FOLDERS = sorted(p for p in READINGS.iterdir() if p.is_dir())
_ROW = re.compile(r"^\| `([^`]+)` \| `([0-9a-f]{64})` \|$", re.MULTILINE)
per_batch = pytest.mark.parametrize("again", _FOLDERS, ids=[f.name for f in _FOLDERS])


def _batch(again: Path) -> Path:
    return again.parent.parent / again.name


def _labels(path: Path) -> dict[tuple[str, str], str]:
    return {(name, rid): label["label"]
            for name, entry in labelled_documents(path).items()
            for rid, label in entry["labels"].items()}  # fmt: skip


def it_has_read_at_least_one_batch_again() -> None:
    assert _FOLDERS
    assert all(read_again(_batch(again)) == again for again in _FOLDERS)


@per_batch
def it_records_every_file_as_it_was_frozen(again: Path) -> None:
    frozen = dict(_ROW.findall((again / "FROZEN.md").read_text(encoding="utf-8")))
    assert set(frozen) == {p.name for p in again.iterdir() if p.name != "FROZEN.md"}
    for name, digest in frozen.items():
        assert hashlib.sha256((again / name).read_bytes()).hexdigest() == digest, name


@per_batch
def it_labels_the_same_documents_and_ids_as_the_first_reader(again: Path) -> None:
    first, second = _labels(_batch(again) / "labels.yaml"), _labels(again / "second.yaml")
    assert list(first) == list(second)
    not_applicable = {key for key, label in first.items() if label == "not-applicable"}
    assert not_applicable == {key for key, label in second.items() if label == "not-applicable"}
    assert set(second.values()) <= {"present", "weak", "missing", "not-applicable"}


@per_batch
def it_settles_exactly_the_points_where_the_readers_differ(again: Path) -> None:
    first, second = _labels(_batch(again) / "labels.yaml"), _labels(again / "second.yaml")
    differ = [key for key in first if first[key] != second[key]]
    settled = labelled_documents(again / "settled.yaml")
    points = [(name, rid) for name, decided in settled.items() for rid in decided]
    assert points == differ
    for name, decided in settled.items():
        for rid, decision in decided.items():
            assert decision["label"] in ("present", "weak", "missing"), (name, rid)
            assert decision["evidence"].strip(), (name, rid)


@per_batch
def it_scores_the_agreed_label_where_the_readers_agree_and_the_decision_elsewhere(
    again: Path,
) -> None:
    first, second = _labels(_batch(again) / "labels.yaml"), _labels(again / "second.yaml")
    decided = labelled_documents(again / "settled.yaml")
    for document in settled_corpus(_batch(again)):
        for rid, truth in document.truth.items():
            key = (document.path.name, rid)
            if first[key] == second[key]:
                assert truth == first[key], key
            else:
                assert truth == decided[document.path.name][rid]["label"], key
    frozen = {d.path.name: d.truth for d in heldout_corpus(_batch(again))}
    assert {d.path.name: set(d.truth) for d in settled_corpus(_batch(again))} == {
        name: set(truth) for name, truth in frozen.items()
    }
