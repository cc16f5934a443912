"""A table read as a person reads it: each cell under its column's heading.

The HTML and DOCX readers give a table row as one paragraph, its cells joined by a dash
("Breach notice — within 72 hours"), and a Markdown table arrives as lines of pipes. Read
that way, a row loses what its columns say: in a table headed "Who we notify | When", the
row "Affected users — Where required by law" no longer says that anyone is notified, and in
one headed "Notice to the School by the Company", "No later than five (5) calendar days"
says nothing of who gives notice to whom. So a table's first row, when it is a row of
headings (short cells, no sentence in them), is written before each cell of the rows under
it: "Who we notify: Affected users — When: Where required by law".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..render.pdf_cells import CELL_MARK, TABLE_MARK
from .lazy_pattern import LazyPattern

__all__ = ["CELL", "Row", "pdf_rows", "pipe_rows", "read_tables"]

CELL = " — "
"""How the readers join a row's cells (:func:`crec_assemble.render.extract.html_blocks`)."""

_PIPE_ROW = LazyPattern(r"^\s*\|(?P<cells>.*)\|\s*$")
_PIPE_RULE = LazyPattern(r"^\s*\|?(?:\s*:?-{2,}:?\s*\|?)+\s*$")
_HEADING_WORDS = 8
"""A column heading is short: "Notice to the School by the Company" is seven words."""
_LONG_HEADING_WORDS = 10
"""Under a caption ("Table 1 - Breach notice deadlines"), or over rows that give figures where
it gives none, the first row is the headings up to ten words a cell: "Notice to students and
parents or guardians (sent by Brimlight)"."""
_CAPTION = LazyPattern(r"^\s*table\s+\d+\b", re.IGNORECASE)


@dataclass(frozen=True)
class Row:
    """One paragraph of a document, and whether it is a table's row or its row of headings."""

    text: str
    row: bool = False
    header: bool = False


def pipe_rows(block: str) -> list[str] | None:
    """A Markdown table's rows, cells joined as the HTML and DOCX readers join them (the
    line of dashes under the headings left out); None for a block that is not a table."""
    lines = [line for line in block.splitlines() if line.strip()]
    if len(lines) < 2 or not all(_PIPE_ROW.match(line) for line in lines):
        return None
    rows = []
    for line in lines:
        match = _PIPE_ROW.match(line)
        if match is None or _PIPE_RULE.match(line):
            continue
        rows.append(CELL.join(cell.strip() for cell in match.group("cells").split("|")))
    return rows


def read_tables(blocks: list[str], before: str = "") -> list[Row]:
    """Each block as a :class:`Row`: a table's rows (a run of blocks with the same number of
    cells) with their column headings written before each cell, when the table has them.
    ``before``: the paragraph before the first block (a caption over the table, when the
    caller reads the table apart)."""
    blocks = [answered for table in _runs(blocks) for answered in _as_answered_table(table)]
    rows: list[Row] = []
    index = 0
    while index < len(blocks):
        width = _cells(blocks[index])
        end = index + 1
        while width > 1 and end < len(blocks) and _cells(blocks[end]) == width:
            end += 1
        if width < 2:
            rows.append(Row(blocks[index]))
        elif end - index >= 2 and _headings(
            blocks[index],
            _LONG_HEADING_WORDS
            if _CAPTION.match(blocks[index - 1] if index else before)
            or any(re.search(r"\d", block) for block in blocks[index + 1 : end])
            else _HEADING_WORDS,
        ):
            headings = _split(blocks[index])
            rows.append(Row(blocks[index], row=True, header=True))
            rows.extend(
                Row(_headed(headings, block), row=True) for block in blocks[index + 1 : end]
            )
        else:
            rows.extend(Row(block, row=True) for block in blocks[index:end])
        index = end
    return rows


# A vendor's answer to a school's list of required terms, a cell of its own: "Agree.", "Not
# applicable.", "Agree with modifications: The laws of Connecticut govern this Addendum."
_DECLINED = LazyPattern(
    r"^(?:not applicable|n/a|disagree[sd]?|decline[sd]?|reject(?:ed|s)?|not accepted|"
    r"does not (?:agree|accept)|do not (?:agree|accept))\b[.:,;]?\s*"
    # a questionnaire's "Yes/No" column answered "No"
    r"|^no\W*$",
    flags=re.IGNORECASE,
)
_REQUIREMENT_WORDS = 8
"""A requirement quoted in a row is a sentence: eight words at least."""
_MODIFIED = LazyPattern(
    r"^(?:agree[sd]?|accept(?:ed|s)?|compl(?:y|ies))\s*,?\s*(?:with|subject to)\s+(?:the\s+"
    r"following\s+)?(?:modifications?|changes?|exceptions?|amendments?|clarifications?)\s*"
    r"[:.,-]\s*"
    # "Agreed in part.", "Agreed, as follows. (a) …"
    r"|^(?:agree[sd]?|accept(?:ed|s)?)\s*,?\s*(?:in part|as follows)\s*[:.,-]\s*"
    r"|^partially\s+(?:agree[sd]?|accept(?:ed|s)?)\s*[:.,-]\s*",
    flags=re.IGNORECASE,
)
# An answer that agrees to the requirement as written: "Agree.", "Agreed. …", "Yes".
_AGREED = LazyPattern(
    r"^(?:agree[sd]?|accept(?:ed|s)?|yes|will comply|compl(?:y|ies)|confirmed)\b",
    flags=re.IGNORECASE,
)


def _runs(blocks: list[str]) -> list[list[str]]:
    """The blocks in runs of the same number of cells: each table apart, and each paragraph."""
    runs: list[list[str]] = []
    for at, block in enumerate(blocks):
        width = _cells(runs[-1][0]) if runs else 0
        # (a part's heading row across the table, "Part B: Breach notice", between two rows of
        # its width is the table's own)
        part_heading = (
            _cells(block) == 1
            and width > 1
            and len(block.split()) <= _HEADING_WORDS
            and at + 1 < len(blocks)
            and _cells(blocks[at + 1]) == width
        )
        if runs and (part_heading or (_cells(block) > 1 and width == _cells(block))):
            runs[-1].append(block)
        else:
            runs.append([block])
    return runs


def _as_answered_table(table: list[str]) -> list[str]:
    """A table's rows as the vendor answered them. A response table answers rows "Agreed",
    "Not applicable": only there is a row's long cell of the vendor's own words an answer,
    rather than a data table's second column, and only its own rows say it is one (not a
    data table's "Used: Yes" elsewhere in the paper, beside a breach table's deadlines)."""
    responding = sum(1 for block in table if _answer_at(block, _answered) is not None) >= 2
    return [_as_answered(block, responding) for block in table]


def _as_answered(block: str, responding: bool) -> str:
    """A row of a response table as the vendor answered it. The school's requirement, quoted
    in the row, is the vendor's promise only where the vendor agrees to it as written:
    declined ("Not applicable."), agreed with modifications or in part, or (in a table
    whose other rows answer so) answered in words of its own that agree to nothing, the row
    keeps its reference and the vendor's own answer, which replaces the requirement (a
    modification restates what it keeps, as counsel reads it)."""
    found = _answer_at(block, _replaced if responding else _modified_or_declined)
    if found is None:
        return block
    cells, at = found
    modified = _MODIFIED.match(cells[at])
    answer = cells[at][modified.end() :] if modified is not None else cells[at]
    reference = cells[:1] if at > 1 else []
    return CELL.join([*reference, answer, *cells[at + 1 :]])


def _answer_at(block: str, answers: Callable[[str], bool]) -> tuple[list[str], int] | None:
    """The row's cells and where its answer stands: the first cell after a quoted
    requirement (eight words at least) that ``answers`` accepts."""
    cells = _split(block) if CELL in block else []
    for at, cell in enumerate(cells[1:], start=1):
        if len(" ".join(cells[:at]).split()) < _REQUIREMENT_WORDS:
            continue  # "Retention — N/A": a data table's cell, not an answer to a requirement
        if answers(cell):
            return cells, at
    return None


def _answered(cell: str) -> bool:
    """An answer of a response table: agreed, modified or declined."""
    return bool(_AGREED.match(cell) or _MODIFIED.match(cell) or _DECLINED.match(cell))


def _modified_or_declined(cell: str) -> bool:
    return bool(_MODIFIED.match(cell) or _DECLINED.match(cell))


def _replaced(cell: str) -> bool:
    """An answer that replaces the requirement in a response table."""
    # an answer of the vendor's own, agreeing to nothing: "Our program is aligned to NIST"
    own = not _AGREED.match(cell) and len(cell.split()) >= _REQUIREMENT_WORDS
    return _modified_or_declined(cell) or own


def _split(block: str) -> list[str]:
    return [cell.strip() for cell in block.split(CELL)]


def _cells(block: str) -> int:
    return len(_split(block)) if CELL in block else 1


def _headings(block: str, words: int) -> bool:
    """A row of column headings: every cell short (``words`` at most), with no sentence or
    number in it."""
    cells = _split(block)
    return all(
        cell and len(cell.split()) <= words and not re.search(r"[.;:!?]$|\d", cell)
        for cell in cells
    )


def _headed(headings: list[str], block: str) -> str:
    """ "Who we notify: Affected users — When: Where required by law". A heading with no
    word in it ("#", "§") names nothing, and would open the row as a Markdown heading."""
    cells = _split(block)
    return CELL.join(
        f"{heading}: {cell}" if cell and re.search(r"[^\W\d_]", heading) else cell
        for heading, cell in zip(headings, cells, strict=True)
    )


def pdf_rows(blocks: list[tuple[str, str]]) -> list[tuple[str, Row]]:
    """The PDF's paragraphs as rows: each table's rows (a run of paragraphs with their cells
    apart) read under its headings as the other readers' tables are (:mod:`.tables`)."""
    rows: list[tuple[str, Row]] = []
    at = 0
    while at < len(blocks):
        end = at
        while (
            end < len(blocks)
            and CELL_MARK in blocks[end][1]
            and (end == at or not blocks[end][1].lstrip().startswith(TABLE_MARK))
        ):
            end += 1
        if end == at:
            rows.append((blocks[at][0], Row(blocks[at][1])))
            at += 1
            continue
        table = [
            " ".join(text.split()).replace(TABLE_MARK, "").replace(CELL_MARK, CELL)
            for _, text in blocks[at:end]
        ]
        caption = blocks[at - 1][1] if at else ""
        rows.extend((where, row) for (where, _), row in zip(blocks[at:end],
                                                            read_tables(table, caption),
                                                            strict=True))  # fmt: skip
        at = end
    return rows
