"""Paragraphs of a Markdown or plain-text contract: where one ends is a guess from its lines.

A text file says nothing of its paragraphs but blank lines and line breaks, and writers
use both ways: one paragraph per line of any length, or lines hard-wrapped at a margin,
with or without blank lines between numbered subsections, and list items whose wrapped
lines are indented under their mark. :func:`text_rows` makes that guess, and reads a pipe
table's lines as its rows.
"""

from __future__ import annotations

import re

from .lazy_pattern import LazyPattern
from .tables import Row, pipe_rows, read_tables

__all__ = ["BULLET", "text_rows"]

# A list item's mark: a bullet, a number, a letter, a roman numeral or a letter and number
# ("B2."); not a short word that ends a sentence at the start of a wrapped line ("CREC.").
BULLET = LazyPattern(
    r"^\s*(?:[-*•]|\(?(?:\d{1,3}|[A-Za-z]|[ivxlc]{1,4}|[IVXLC]{1,4}|[A-Z]\d{1,2})[.)])\s+"
)


def _text_blocks(text: str) -> list[str]:
    """Paragraphs of Markdown or plain text: split at blank lines, and at every line break
    of a block whose lines are too long to be a hard-wrapped paragraph, but for a list
    item's indented lines, which carry the item on."""
    blocks: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        lines = block.splitlines()
        unwrapped = (
            len(lines) > 1
            and max(len(line) for line in lines) > 100
            and not _wrapped_at_a_margin(lines)
        )
        # a pipe table's rows are long lines too, but the table is one block
        blocks.extend(
            _items(lines) if unwrapped and pipe_rows(block) is None else _subsections(lines)
        )
    return blocks


def _items(lines: list[str]) -> list[str]:
    """Each line a paragraph of its own, but for the indented lines under a list item's
    mark ("- **Your Content.** Photos … remain the property of that" / "  student or
    parent."): Markdown's wrapped item, whose lines are one paragraph."""
    items: list[list[str]] = []
    for line in lines:
        carries_on = (
            items
            and BULLET.match(items[-1][0])
            and line[:1].isspace()
            and line.strip()
            and not BULLET.match(line)
        )
        if carries_on:
            items[-1].append(line)
        else:
            items.append([line])
    return ["\n".join(item) for item in items]


def _wrapped_at_a_margin(lines: list[str]) -> bool:
    """Lines broken at one wide margin (120 columns, say): the next line's first word would
    not have fitted (within a few columns' play) on each line but the last, and one of them
    stops in mid-sentence. Lines each a paragraph of their own end their sentences and run
    to any length, and a list's items open with their marks."""
    if any(BULLET.match(line) for line in lines[1:]):
        return False  # a list's items, each on a line of its own
    widest = max(len(line.rstrip()) for line in lines)
    inner = [line.rstrip() for line in lines[:-1]]
    following = [(line.split() or [""])[0] for line in lines[1:]]
    return all(
        len(line) + 1 + len(word) > widest - 10 for line, word in zip(inner, following, strict=True)
    ) and any(not re.search(r"[.;:!?][\"'\u201d)*_]*$", line) for line in inner)


# A numbered subsection's first line ("    2.1 \"Election Data\" means …"), not a citation
# wrapped onto the line ("… as provided in Section / 4.4 of the Master Agreement").
_SUBSECTION = LazyPattern(r"^\s*\d{1,3}(?:\.\d{1,3})+\.?\s+[\"\u201c(A-Z]")
# A section's own heading line: "2. DEFINITIONS", "1. Definitions", "USE OF DATA".
_HEADING_LINE = LazyPattern(
    r"^\s*(?:\d{1,3}\.\s+[A-Z][\w'-]*(?:\s+(?:[A-Z][\w'-]*|and|of|the|for|to|&)){0,5}|"
    r"(?:\d{1,3}\.?\s+)?[A-Z][A-Z0-9 ,&/()'-]{2,60})$"
)


# A list item's mark at the start of a line ("    (b) ", "  c) ", "- "), and how the item before
# it ends: a sentence, a clause of the list, or its last "or" / "and". (Narrower than BULLET,
# which takes "1." and "B2." too: a numbered line of a hard-wrapped paragraph is _SUBSECTION's to
# split, or a citation wrapped onto the line.)
_LIST_ITEM = LazyPattern(r"^\s*(?:\(?(?:[a-z]|[ivx]{1,4}|[A-Z]|\d{1,2})\)|[-*\u2022])\s+\S")
_ITEM_ENDS = LazyPattern(r"(?:[.;:]|;\s+(?:or|and))[\"'\u201d)]?$")


_OVER_EVERY_ITEM = LazyPattern(
    r"\bin\s+(?:each|every|either|any)\s+case\b|\beach\s+of\s+the\s+foregoing\b", re.IGNORECASE
)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _hanging_indent(lines: list[str]) -> int | None:
    """The indent of a hanging list's marks: two items or more at the least indent of any
    mark, every line after the first of them either another item there or a line indented
    deeper (its wrapped lines, its own sub-list); None for any other block."""
    marks = [at for at, line in enumerate(lines) if _LIST_ITEM.match(line)]
    # (a qualifier over every item keeps them together: "…, in each case without the School's
    # prior written consent")
    if not marks or _OVER_EVERY_ITEM.search(" ".join(lines)):
        return None
    indent = min(_indent(lines[at]) for at in marks)
    outer = [at for at in marks if _indent(lines[at]) == indent]
    after = [line for line in lines[outer[0] :] if line.strip()]
    # (an item's own sub-list, deeper, is one of its wrapped lines)
    if len(outer) >= 2 and all(
        _indent(line) > indent or (_indent(line) == indent and _LIST_ITEM.match(line))
        for line in after
    ):
        return indent
    return None


def _subsections(lines: list[str]) -> list[str]:
    """A hard-wrapped section written without blank lines ("2. DEFINITIONS", then "2.1 …",
    "2.2 …") as its heading and each numbered subsection apart: a subsection starts where
    a line opens with its number after a line that ends a sentence or is the heading, never
    in mid-sentence ("… under Section / 2.1 of the Agreement")."""
    blocks: list[list[str]] = []
    hanging = _hanging_indent(lines)
    for at, line in enumerate(lines):
        before = lines[at - 1].strip() if at else ""
        opens = at and (
            (
                _SUBSECTION.match(line)
                and (
                    re.search(r"[.;:][\"'\u201d)]?$", before)
                    or (at == 1 and _HEADING_LINE.match(before))
                )
            )
            # an indented list's next item ("    (b) engage in …" after "…;" or "…; or"), each
            # item's wrapped lines hanging under its mark: each item a paragraph, as Markdown's
            # are (not an enumeration run through a paragraph whose lines all stand at one
            # indent, "…; (c) to analyse …" wrapped to open a line)
            or (
                hanging is not None
                and _LIST_ITEM.match(line)
                and _indent(line) == hanging
                and _ITEM_ENDS.search(before)
            )
        )
        if opens or not blocks:
            blocks.append([line])
        else:
            blocks[-1].append(line)
    return ["\n".join(block) for block in blocks]


def text_rows(text: str) -> list[Row]:
    """The paragraphs of Markdown or plain text, a pipe table's lines read as its rows."""
    rows: list[Row] = []
    before = ""
    for block in _text_blocks(_FRONT_MATTER.sub("", text, count=1)):
        table = pipe_rows(block)
        rows.extend(read_tables(table, before) if table else [Row(block)])
        before = block
    return rows


# A Markdown page's YAML front matter, "---\ntitle: …\nslug: …\n---", is the site's metadata
# for the page, not its text.
# (its lines "key: value" under lower-case keys, a list's or a value's continued lines, comments
# and blank lines, with any line ends; not a cover block of a contract's own key terms,
# "Provider: …" / "Law: This Agreement is governed by …", between rules)
_FRONT_MATTER = LazyPattern(
    r"\A\ufeff?---[ \t]*\r?\n(?:[a-z_][\w-]*:[^\n]*\n(?:[ \t]+[^\n]*\n|-[ \t][^\n]*\n|#[^\n]*\n|"
    r"[ \t]*\r?\n)*){1,40}?---[ \t]*(?:\r?\n|\Z)"
)
