"""On a page of several states' addenda, only the Connecticut section binds CREC."""

from __future__ import annotations

from pathlib import Path

import pytest

from crec_assemble.audit.reader import Sentence, read_document
from crec_assemble.audit.state_scope import connecticut_only


def _sentences(*texts: str) -> list[Sentence]:
    return [Sentence(text, f"paragraph {n}", n) for n, text in enumerate(texts, 1)]


def it_sets_aside_the_sections_of_other_states() -> None:
    sentences = _sentences(
        "Vendor will protect Student Data.", "California Addendum",
        "Vendor will delete pupil records within 60 days.", "Connecticut",
        "1. Deletion", "Vendor will delete Student Data within 30 days.", "State of Illinois",
        "If any provision is invalid, the rest remains in force.",
    )  # fmt: skip
    kept, set_aside = connecticut_only(sentences)
    assert [s.text for s in kept] == [
        "Vendor will protect Student Data.", "Connecticut", "1. Deletion",
        "Vendor will delete Student Data within 30 days.",
    ]  # fmt: skip
    assert set_aside == 4


@pytest.mark.parametrize(
    "texts",
    [("California Addendum", "Vendor will delete pupil records within 60 days."),
     ("Connecticut", "Vendor will delete Student Data.", "1. Deletion", "More terms."),
     ("Vendor complies with the laws of California and Illinois.", "Vendor will delete data.")],
    ids=["one-other-state", "connecticut-alone", "states-in-a-sentence"],
)  # fmt: skip
def it_reads_a_document_without_several_state_sections_whole(texts: tuple[str, ...]) -> None:
    sentences = _sentences(*texts)
    assert connecticut_only(sentences) == (sentences, 0)


def it_says_in_the_report_what_it_set_aside(tmp_path: Path) -> None:
    page = tmp_path / "addenda.html"
    page.write_text(
        "<html><body><p>Vendor will protect Student Data.</p><h2>Connecticut</h2>"
        "<p>Vendor will delete Student Data within 30 days.</p><h2>Illinois</h2>"
        "<p>If any provision is invalid, the rest remains in force.</p></body></html>"
    )
    reading = read_document(page)
    assert all("invalid" not in s.text for s in reading.sentences)
    assert any(
        "other states' schools set aside" in note and "2 sentences" in note
        for note in reading.notes
    )
