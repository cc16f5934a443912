"""The held-out corpora (tests/corpus/heldout*/) are frozen: nobody edits them silently.

Each folder's FROZEN.md records the sha256 of every document and of labels.yaml. A change to any
of them needs a new frozen date and a note why (see FROZEN.md); these tests make the change
visible. Every test runs once per corpus.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest
import yaml

from audit_scoring import HELDOUT_BATCHES, RETIRED_BATCHES

# Every batch ever held out, retired or not: the scoring's own lists, so a new batch is named once.
_FOLDERS = [*RETIRED_BATCHES, *HELDOUT_BATCHES]
_ROW = re.compile(r"^\| `([^`]+)` \| `([0-9a-f]{64})` \|$", re.MULTILINE)
_LABELS = {"present", "weak", "missing", "not-applicable"}

per_corpus = pytest.mark.parametrize("heldout", _FOLDERS, ids=[f.name for f in _FOLDERS])


def _frozen(heldout: Path) -> dict[str, str]:
    return dict(_ROW.findall((heldout / "FROZEN.md").read_text(encoding="utf-8")))


@per_corpus
def it_records_a_frozen_date_in_utc(heldout: Path) -> None:
    text = (heldout / "FROZEN.md").read_text(encoding="utf-8")
    assert re.search(r"^Frozen: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", text, re.MULTILINE)


@per_corpus
def it_lists_every_file_of_the_corpus_and_nothing_else(heldout: Path) -> None:
    on_disk = {p.name for p in heldout.iterdir() if p.is_file() and p.name != "FROZEN.md"}
    assert set(_frozen(heldout)) == on_disk


@per_corpus
def it_finds_every_file_as_it_was_frozen(heldout: Path) -> None:
    changed = [name for name, digest in _frozen(heldout).items()
               if hashlib.sha256((heldout / name).read_bytes()).hexdigest() != digest]  # fmt: skip
    assert not changed, f"edited after freezing (re-freeze and say why in FROZEN.md): {changed}"


@per_corpus
def it_labels_every_document_for_all_24_ids_with_evidence(heldout: Path) -> None:
    labels = (heldout / "labels.yaml").read_text(encoding="utf-8")
    documents = yaml.safe_load(labels)["documents"]
    assert set(documents) == set(_frozen(heldout)) - {"labels.yaml", "guide.txt"}
    assert len(documents) >= 12
    for name, entry in documents.items():
        assert entry["role"] in ("operator", "consultant"), name
        assert len(entry["labels"]) == 24, name
        for rid, label in entry["labels"].items():
            assert label["label"] in _LABELS and label["evidence"].strip(), (name, rid)
