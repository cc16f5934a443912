"""A PDF's tables read cell by cell, as a reader reads them.

A PDF keeps no table: a word processor writes each cell's lines in turn ("Student information
(other than Directory Information)", then "No later than five (5) calendar days …", then
"Without unreasonable delay …"), and a page's text runs them together with nothing between
the cells, so that "… where urgent notice may be required due to possible imminent Without
unreasonable delay, but not more than five (5) days …" reads as one sentence and a row split
over a page break loses the rest of its cell to the next page. What still tells the cells
apart is where each run of text stands: a cell's lines share a left edge, the next cell of
the row starts higher up again or further along the same line, and a row's first column
comes back at the left.

This module reads the text runs PDFium gives (:meth:`PdfTextPage.get_rect`, in the order of
the page's text) into columns and rows, and writes a page that holds a table again: its
running text line by line, each row of the table as a paragraph of its own, its cells
joined by :data:`CELL_MARK`, each table's first row marked by :data:`TABLE_MARK`, a row kept
whole on the page where it starts. A page with no
table keeps the text PDFium gives it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

__all__ = ["CELL_MARK", "TABLE_MARK", "Run", "numbers_blanked", "pages_with_cells", "running_keys"]

CELL_MARK = "\ue000"
"""Between the cells of a row: a private-use character, which no contract's text holds and
which, unlike the unit separator, no reader takes for a space to strip."""

_COLUMN_GAP = 20.0
"""Points between two runs on one line that make them two cells (a word space is some 3)."""
_ALIGNED = 4.0
"""Points a cell's lines may stray from its column's left edge."""
_SAME_LINE = 2.0
"""Points two runs' tops may differ and still be one line."""
TABLE_MARK = "\ue001"
"""Before the first row of each table, so that two tables one after the other stay two."""


@dataclass(frozen=True)
class Run:
    """One run of text on one line of a page, where PDFium puts it (points, origin bottom
    left)."""

    left: float
    bottom: float
    right: float
    top: float
    text: str


# A list item's label, alone in the first "column" of a hanging indent.
_LABEL = re.compile(
    r"^(?:\(?(?:[a-z]{1,2}|[ivxlc]{1,6}|\d{1,3}(?:\.\d{1,3})*)[.)]?|[\u2022\u00b7\u25aa\u2023\u25e6\u2013*-])$",
    re.I,
)


@dataclass
class _Table:
    """A table being read: its columns' left edges, its rows (each a list of cells, each cell
    the runs in it), the page each row starts on, and its runs as they came."""

    columns: list[float]
    rows: list[list[list[Run]]] = field(default_factory=list)
    pages: list[int] = field(default_factory=list)
    runs: list[tuple[int, Run]] = field(default_factory=list)
    gaps: list[float] = field(default_factory=list)

    def column_of(self, run: Run) -> int | None:
        """The column ``run`` stands in, or None when it crosses into the next or stands
        left of the first."""
        for number, left in enumerate(self.columns):
            right = self.columns[number + 1] if number + 1 < len(self.columns) else None
            if run.left < left - _ALIGNED:
                return None
            if right is None or run.left < right - _ALIGNED:
                # a cell's text stops short of the next column's by the cells' margins: a
                # line that reaches it is a heading across the table ("Exhibit B: Schedule
                # of Data"), or running text after it
                return number if right is None or run.right <= right - _ALIGNED else None
        return None

    def add(self, run: Run, page: int) -> bool:
        """Put ``run`` in its cell, opening a new row when it comes back to the first column
        after others; False when it belongs to no column (the table has ended)."""
        column = self.column_of(run)
        if column is None:
            return False
        row = self.rows[-1] if self.rows else None
        if row is None or (column == 0 and any(row[1:])):
            if row is not None and self.pages[-1] == page and self._set_apart(row, run):
                return False  # the next table, below this one with space between
            row = [[] for _ in self.columns]
            self.rows.append(row)
            self.pages.append(page)
        row[column].append(run)
        self.runs.append((page, run))
        return True

    def _set_apart(self, row: list[list[Run]], run: Run) -> bool:
        """Whether ``run`` stands further below ``row`` than the table's rows have stood from
        each other (half as far again, and a line more): a table after this one, an empty
        paragraph between, is a table of its own. The first gap is the table's measure."""
        gap = min(line.bottom for cell in row for line in cell) - run.top
        apart = bool(self.gaps) and gap > 1.5 * max(self.gaps) + (run.top - run.bottom)
        if not apart:
            self.gaps.append(gap)
        return apart

    def rows_whole(self) -> list[tuple[list[list[Run]], int]]:
        """The rows with the page each starts on, a row the page break split read whole again:
        the first row of a new page goes on with the last of the page before when a cell
        there runs on into it, unended ("Without unreasonable delay" then "and within ten
        (10) business days …")."""
        rows: list[tuple[list[list[Run]], int]] = []
        for row, page in zip(self.rows, self.pages, strict=True):
            if rows and page != rows[-1][1] and _runs_on(rows[-1][0], row):
                for cell, more in zip(rows[-1][0], row, strict=True):
                    cell.extend(more)
                continue
            rows.append((row, page))
        return rows

    def is_table(self) -> bool:
        """Two rows of two cells or more: not a numbered heading's number and words, nor a
        line with a page number set far to its right; and a first column of more than list
        labels ("(a)", "2.", "•"), which a list with a hanging indent sets apart too."""
        full = [row for row in self.rows if sum(1 for cell in row if cell) >= 2]
        labels = all(
            _LABEL.match(" ".join(run.text for run in row[0]).strip())
            for row in self.rows
            if row[0]
        )
        return len(full) >= 2 and not labels


def _runs_on(row: list[list[Run]], following: list[list[Run]]) -> bool:
    """Whether ``following`` is the rest of ``row`` after a page break: no cell of ``row``
    ends its sentence, and a cell of ``following`` goes on in lower case."""
    ended = any(cell and cell[-1].text.rstrip()[-1:] in ".;:" for cell in row)
    goes_on = any(cell and cell[0].text.lstrip()[:1].islower() for cell in following)
    return not ended and goes_on


def _breaks_cell(before: Run, after: Run) -> bool:
    """Whether ``after`` opens another cell of the row ``before`` is in: further along the
    same line past a gap no word space makes, or back up the page in a column to the right."""
    if abs(after.top - before.top) <= _SAME_LINE:
        return after.left - before.right > _COLUMN_GAP
    return after.top > before.top + _SAME_LINE and after.left > before.left + _COLUMN_GAP


def _first_row(runs: Sequence[Run], at: int) -> tuple[int, list[float]]:
    """Where the row whose second cell opens at ``runs[at]`` starts (its first cell's lines
    reach up to the row's top at one left edge), and its columns' left edges."""
    opened = runs[at]
    start = at - 1
    first = runs[start]
    while (
        start > 0
        and abs(runs[start - 1].left - first.left) <= _ALIGNED
        and opened.top + _SAME_LINE >= runs[start - 1].top > runs[start].top
    ):
        start -= 1
    columns = [first.left, opened.left]
    for before, after in zip(runs[at:], runs[at + 1 :], strict=False):
        if _breaks_cell(before, after) and after.left > columns[-1] + _COLUMN_GAP:
            columns.append(after.left)
        elif abs(after.left - first.left) <= _ALIGNED or not any(
            abs(after.left - left) <= _ALIGNED for left in columns
        ):
            break  # the next row, or the table's end
    return start, columns


def _lines_of(runs: Sequence[Run]) -> list[list[Run]]:
    """The runs grouped by the line they stand on, in order: a run joins the line of the run
    before it when their tops are level."""
    lines: list[list[Run]] = []
    for run in runs:
        if lines and abs(lines[-1][-1].top - run.top) <= _SAME_LINE:
            lines[-1].append(run)
        else:
            lines.append([run])
    return lines


def numbers_blanked(line: str) -> str:
    """A line with its numbers blanked: the same running header or footer on every page,
    whatever its page ("Page 3 of 15")."""
    return re.sub(r"\d+", "#", line)


def running_keys(edges: Sequence[Iterable[str]]) -> set[str]:
    """Of the lines at each page's edges (``edges``: one collection a page, numbers blanked),
    those at the edges of at least half the pages, and of two or more: the running header and
    footer, which belong to no paragraph (here, and in :mod:`crec_assemble.audit.layout`)."""
    if len(edges) < 2:
        return set()
    seen = Counter(key for page in edges for key in set(page))
    return {key for key, count in seen.items() if count >= max(2, len(edges) / 2) and key}


def _key(line: Sequence[Run]) -> str:
    return numbers_blanked(" ".join(" ".join(run.text.split()) for run in line))


def _running(pages: Sequence[Sequence[Run]]) -> set[int]:
    """The ids of the runs of the running headers and footers (and page numbers), among the
    first or last two lines of a page: left out of a page written again, as the reader leaves
    them out of every page, and out of the cells a table's page break splits."""
    edges = [[*lines[:2], *lines[-2:]] for lines in (_lines_of(runs) for runs in pages)]
    keys = running_keys([[_key(line) for line in lines] for lines in edges])
    return {id(run) for lines in edges for line in lines if _key(line) in keys for run in line}


def _row_text(row: list[list[Run]]) -> str:
    return CELL_MARK.join(" ".join(" ".join(run.text.split()) for run in cell) for cell in row)


def _lines(runs: Sequence[Run]) -> str:
    """Running text: runs on one line joined by a space, lines by a line break."""
    return "\n".join(" ".join(run.text.strip("\r\n") for run in line) for line in _lines_of(runs))


class _Writer:
    """The pages written again: running text and tables' rows, each on its page."""

    def __init__(self, count: int) -> None:
        self.parts: list[list[str]] = [[] for _ in range(count)]
        self.tabled = [False] * count
        self.plain: list[tuple[int, Run]] = []
        self.table: _Table | None = None

    def text(self, run: Run, page: int) -> None:
        if self.plain and self.plain[-1][0] != page:
            self.close_text()
        self.plain.append((page, run))

    def close_text(self) -> None:
        if self.plain:
            self.parts[self.plain[0][0]].append(_lines([run for _, run in self.plain]))
            self.plain.clear()

    def close_table(self) -> None:
        table, self.table = self.table, None
        if table is None:
            return
        if not table.is_table():
            for page, run in table.runs:  # running text after all, read on as it was
                self.text(run, page)
            return
        self.close_text()
        # a last "row" of one cell is the running text after the table, not a row
        leftover = table.rows[-1] if not any(table.rows[-1][1:]) else None
        for page, _run in table.runs:
            self.tabled[page] = True  # a page the table runs on to is written again too
        rows = table.rows_whole()
        for number, (row, page) in enumerate(rows[:-1] if leftover else rows):
            # a paragraph of its own, even at a page's edge, where the reader would run the
            # page's last paragraph on into the next page's first
            mark = "" if number else TABLE_MARK
            self.parts[page].append(f"\n{mark}{_row_text(row)}\n")
        if leftover:
            for run in leftover[0]:
                self.text(run, table.pages[-1])


def pages_with_cells(pages: Sequence[Sequence[Run]]) -> list[str | None]:
    """Each page's text written again when it holds a table (a row a paragraph, its cells
    joined by :data:`CELL_MARK`), or None for a page with none, whose text stands."""
    writer = _Writer(len(pages))
    running = _running(pages)
    for page, all_runs in enumerate(pages):
        runs = [run for run in all_runs if id(run) not in running]
        for at, run in enumerate(runs):
            if writer.table is not None and writer.table.add(run, page):
                continue
            writer.close_table()
            if not (at and _breaks_cell(runs[at - 1], run)):
                writer.text(run, page)
                continue
            start, columns = _first_row(runs, at)
            # the first cell's lines, read as running text so far, belong to the row
            taken = min(at - start, len(writer.plain))
            first_cell = writer.plain[len(writer.plain) - taken :]
            del writer.plain[len(writer.plain) - taken :]
            writer.table = _Table(columns)
            for earlier_page, earlier in first_cell:
                writer.table.add(earlier, earlier_page)
            if not writer.table.add(run, page):
                writer.close_table()
                writer.text(run, page)
    writer.close_table()
    writer.close_text()
    return [
        "\n\n".join(parts) + "\n" if tabled else None
        for parts, tabled in zip(writer.parts, writer.tabled, strict=True)
    ]
