"""Clause Markdown → numbered blocks of formatted runs.

markdown-it-py does the parsing (CommonMark, raw HTML off); this module only
walks its tokens. List numbering is computed here, never left to Word: Word's
list numbering does not restart reliably when paragraphs are generated in a
loop, and a contract's "(a)" must be the same in the DOCX, the PDF and the
manifest.
"""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.token import Token

from ..model import Block, BlockKind, Run

__all__ = ["UnsupportedMarkdown", "item_label", "to_blocks"]

_PARSER = MarkdownIt("commonmark", {"html": False})

# Block tokens a clause may contain; anything else (code blocks, headings, quotes,
# rules) would be silently lost in the agreement, so it is an error instead.
_STRUCTURE = {
    "paragraph_open", "paragraph_close", "inline",
    "ordered_list_open", "ordered_list_close", "bullet_list_open", "bullet_list_close",
    "list_item_open", "list_item_close",
}  # fmt: skip


class UnsupportedMarkdown(ValueError):
    """Clause Markdown that the agreement cannot show (a code block, a heading…)."""


_ROMAN = (
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
    (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
)  # fmt: skip


def _letters(number: int) -> str:
    """1 → a, 26 → z, 27 → aa (the way contracts run past (z))."""
    text = ""
    while number:
        number, remainder = divmod(number - 1, 26)
        text = chr(ord("a") + remainder) + text
    return text


def _roman(number: int) -> str:
    text = ""
    for value, numeral in _ROMAN:
        count, number = divmod(number, value)
        text += numeral * count
    return text


def item_label(depth: int, number: int) -> str:
    """The label of the ``number``-th item of a list nested ``depth`` deep: (a), (i), (A)."""
    if depth == 1:
        return f"({_letters(number)})"
    if depth == 2:
        return f"({_roman(number)})"
    return f"({_letters(number).upper()})"


def to_blocks(markdown: str) -> tuple[Block, ...]:
    """Parse rendered clause Markdown into paragraphs and numbered list items.

    Ordered and bullet lists are both numbered (a), (i), (A) by depth; a second
    paragraph inside an item continues at the item's indent without a label;
    a paragraph followed by a list is a "lead_in", kept on the page of its list.
    """
    blocks: list[Block] = []
    counters: list[int] = []
    labelled: list[bool] = []
    for token in _PARSER.parse(markdown):
        if token.type not in _STRUCTURE:
            line = token.map[0] + 1 if token.map else 0
            raise UnsupportedMarkdown(
                f"body line {line}: {token.type.replace('_', ' ')} is not supported in clauses "
                "(use paragraphs, **bold**, *italic* and numbered lists; "
                "an indented line becomes a code block)"
            )
        if token.type in ("ordered_list_open", "bullet_list_open"):
            counters.append(0)
            labelled.append(False)
        elif token.type in ("ordered_list_close", "bullet_list_close"):
            counters.pop()
            labelled.pop()
        elif token.type == "list_item_open":
            counters[-1] += 1
            labelled[-1] = False
        elif token.type == "inline":
            runs = _runs(token)
            depth = len(counters)
            if depth and not labelled[-1]:
                labelled[-1] = True
                runs = (Run(f"{item_label(depth, counters[-1])}\t"), *runs)
            elif depth:
                runs = (Run("\t"), *runs)
            kind: BlockKind = "paragraph" if depth == 0 else "item" if depth == 1 else "subitem"
            blocks.append(Block(kind, runs))
        opens_top_list = token.type in ("ordered_list_open", "bullet_list_open")
        if opens_top_list and len(counters) == 1 and blocks and blocks[-1].kind == "paragraph":
            blocks[-1] = Block("lead_in", blocks[-1].runs)
    return tuple(blocks)


def _runs(inline: Token) -> tuple[Run, ...]:
    runs: list[Run] = []
    bold = italic = False
    for child in inline.children or []:
        if child.type == "strong_open":
            bold = True
        elif child.type == "strong_close":
            bold = False
        elif child.type == "em_open":
            italic = True
        elif child.type == "em_close":
            italic = False
        elif child.type in ("softbreak", "hardbreak"):
            runs.append(Run(" ", bold, italic))
        elif child.content:
            runs.append(Run(child.content, bold, italic))
    return _merge(runs)


def _merge(runs: list[Run]) -> tuple[Run, ...]:
    """Join neighbouring runs of the same formatting (fewer runs, simpler DOCX)."""
    merged: list[Run] = []
    for run in runs:
        if merged and (merged[-1].bold, merged[-1].italic) == (run.bold, run.italic):
            merged[-1] = Run(merged[-1].text + run.text, run.bold, run.italic)
        else:
            merged.append(run)
    return tuple(merged)
