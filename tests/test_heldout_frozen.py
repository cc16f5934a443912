"""The held-out corpus (tests/corpus/heldout/) is frozen: nobody edits it silently.

FROZEN.md records the sha256 of every document and of labels.yaml. A change to any of them
needs a new frozen date and a note why (see FROZEN.md); these tests make the change visible.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import yaml

HELDOUT = Path(__file__).resolve().parent / "corpus" / "heldout"
_ROW = re.compile(r"^\| `([^`]+)` \| `([0-9a-f]{64})` \|$", re.MULTILINE)
_LABELS = {"present", "weak", "missing", "not-applicable"}


def _frozen() -> dict[str, str]:
    return dict(_ROW.findall((HELDOUT / "FROZEN.md").read_text(encoding="utf-8")))


def it_records_a_frozen_date_in_utc() -> None:
    text = (HELDOUT / "FROZEN.md").read_text(encoding="utf-8")
    assert re.search(r"^Frozen: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", text, re.MULTILINE)


def it_lists_every_file_of_the_corpus_and_nothing_else() -> None:
    on_disk = {p.name for p in HELDOUT.iterdir() if p.is_file() and p.name != "FROZEN.md"}
    assert set(_frozen()) == on_disk


def it_finds_every_file_as_it_was_frozen() -> None:
    changed = [name for name, digest in _frozen().items()
               if hashlib.sha256((HELDOUT / name).read_bytes()).hexdigest() != digest]  # fmt: skip
    assert not changed, f"edited after freezing (re-freeze and say why in FROZEN.md): {changed}"


def it_labels_every_document_for_all_24_ids_with_evidence() -> None:
    documents = yaml.safe_load((HELDOUT / "labels.yaml").read_text(encoding="utf-8"))["documents"]
    assert set(documents) == set(_frozen()) - {"labels.yaml"}
    assert len(documents) >= 12
    for name, entry in documents.items():
        assert entry["role"] in ("operator", "consultant"), name
        assert len(entry["labels"]) == 24, name
        for rid, label in entry["labels"].items():
            assert label["label"] in _LABELS and label["evidence"].strip(), (name, rid)
