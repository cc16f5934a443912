"""Clause Markdown → blocks: numbering is computed, formatting kept, nothing interpreted."""

from __future__ import annotations

import pytest

from crec_assemble.library.markdown import item_label, to_blocks
from crec_assemble.model import Run


@pytest.mark.parametrize(
    ("depth", "number", "label"),
    [(1, 1, "(a)"), (1, 26, "(z)"), (1, 27, "(aa)"), (2, 4, "(iv)"), (2, 9, "(ix)"),
     (2, 14, "(xiv)"), (3, 2, "(B)")],
)  # fmt: skip
def it_labels_list_items_by_depth(depth: int, number: int, label: str) -> None:
    assert item_label(depth, number) == label


def it_numbers_nested_lists_and_restarts_each_list() -> None:
    blocks = to_blocks("Intro.\n\n1. one\n   1. sub\n   2. sub\n2. two\n\nMiddle.\n\n1. again\n")
    assert [(b.kind, b.text) for b in blocks] == [
        ("lead_in", "Intro."),
        ("item", "(a)\tone"),
        ("subitem", "(i)\tsub"),
        ("subitem", "(ii)\tsub"),
        ("item", "(b)\ttwo"),
        ("lead_in", "Middle."),
        ("item", "(a)\tagain"),
    ]


def it_keeps_only_a_paragraph_that_introduces_a_list_with_it() -> None:
    blocks = to_blocks("First.\n\nContractor shall:\n\n1. act\n\nAfter.\n")
    assert [b.kind for b in blocks] == ["paragraph", "lead_in", "item", "paragraph"]


def it_continues_a_second_paragraph_of_an_item_without_a_label() -> None:
    blocks = to_blocks("1. first\n\n   more of first\n2. second\n")
    assert [b.text for b in blocks] == ["(a)\tfirst", "\tmore of first", "(b)\tsecond"]


def it_keeps_bold_and_italic_runs() -> None:
    (block,) = to_blocks('**"Operator"** means *any* person.')
    assert block.runs == (
        Run('"Operator"', bold=True),
        Run(" means "),
        Run("any", italic=True),
        Run(" person."),
    )


def it_joins_soft_line_breaks_with_a_space() -> None:
    (block,) = to_blocks("one\ntwo")
    assert block.text == "one two"


def it_never_interprets_raw_html() -> None:
    (block,) = to_blocks("AT&T <Learning> <b>x</b>")
    assert block.text == "AT&T <Learning> <b>x</b>"
