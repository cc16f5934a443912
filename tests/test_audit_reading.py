"""How ``audit`` reads a file into sentences: citations, PDF layout, lists of promises.

Each case is a way our own paper was misread before: a citation split into three
sentences, a running header or a section heading glued to the sentence after it, and one
item's exception read as another's.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from crec_assemble.audit.exceptions import broad_exception
from crec_assemble.audit.layout import pdf_paragraphs
from crec_assemble.audit.lexicon import clause_of
from crec_assemble.audit.reader import read_sentences
from crec_assemble.audit.rules import rule_for
from crec_assemble.library.clauses import ClauseLibrary


@pytest.mark.parametrize(
    "citation",
    ["Conn. Gen. Stat. § 10-234bb", "20 U.S.C. 1232g", "34 C.F.R. Part 99", "P.A. 18-125",
     "its services, e.g. Hosting,", "its services, i.e. Hosting,", "Sec. 4 and No. 7 of"],
    ids=["conn-gen-stat", "usc", "cfr", "public-act", "e-g", "i-e", "sec-no"],
)  # fmt: skip
def it_does_not_end_a_sentence_at_an_abbreviation(tmp_path: Path, citation: str) -> None:
    path = tmp_path / "terms.txt"
    path.write_text(f"Provider shall comply with {citation} as amended. Provider shall not sell.")
    assert [s.text for s in read_sentences(path)] == [
        f"Provider shall comply with {citation} as amended.",
        "Provider shall not sell.",
    ]


def it_still_ends_a_sentence_after_a_single_capital(tmp_path: Path) -> None:
    path = tmp_path / "terms.txt"
    path.write_text("The data are listed in Exhibit A. Provider shall not sell them.")
    assert len(read_sentences(path)) == 2


def it_leaves_out_running_headers_footers_and_page_numbers() -> None:
    pages = [
        "Data Privacy Agreement · DPA-1\nProvider shall keep the data\nPage 1 of 2",
        "Data Privacy Agreement · DPA-1\nsafe and confidential.\nPage 2 of 2",
    ]
    assert pdf_paragraphs(pages) == [(1, "Provider shall keep the data\nsafe and confidential.")]


def it_parts_a_numbered_heading_from_the_sentence_under_it() -> None:
    pages = ["14. No Retention after Completion of Services\nStudent Data shall not be retained."]
    assert [text for _, text in pdf_paragraphs(pages)] == [
        "14. No Retention after Completion of Services",
        "Student Data shall not be retained.",
    ]


def it_parts_the_items_of_a_list_ending_in_or() -> None:
    pages = ["Operator shall not:\n(d) sell Student Data, unless part of a merger; or\n"
             "(e) disclose Student Data, unless the disclosure is made:"]  # fmt: skip
    assert len(pdf_paragraphs(pages)) == 3


def it_keeps_a_line_that_starts_with_a_number_in_its_paragraph() -> None:
    pages = ["Provider shall notify the District within\n5 calendar days of discovery."]
    assert len(pdf_paragraphs(pages)) == 1


def it_reads_a_lists_exceptions_item_by_item() -> None:
    text = (
        "Operator shall not: sell Student Data, unless the sale is part of a merger with a "
        "successor operator; or disclose Student Data, unless the disclosure is made:"
    )
    assert broad_exception(text)
    assert not broad_exception(clause_of(text, r"\bsell"))


def it_keeps_an_exception_after_a_bare_semicolon_with_its_promise() -> None:
    text = "Provider will not sell data; except as needed to operate the service."
    assert broad_exception(clause_of(text, r"\bsell"))


def it_binds_the_subcontractor_a_flow_down_names(tmp_path: Path, library: ClauseLibrary) -> None:
    """A flow-down puts the subcontractor in the contractor's place; it is the one bound."""
    path = tmp_path / "flowdown.txt"
    path.write_text("Student Data are not the property of, or under the control of, Subcontractor.")
    r1 = next(r for r in library.requirements if r.id == "R1")
    assert rule_for("R1").judge(read_sentences(path), r1).status == "present"
