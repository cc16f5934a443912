"""A register :class:`~.tables.Table` as a CSV or XLSX file, the same bytes for the same table.

Both are written atomically and never over an existing file without ``force``
(:func:`~crec_assemble.pipeline.files.write_new`).

Vendor names and descriptions come from profiles, so a cell may begin with ``=``, ``+``,
``-`` or ``@``, which a spreadsheet would run as a formula (CSV or formula injection). In the
CSV such a cell is written with an apostrophe before it (OWASP's advice; spreadsheets show
the text, not a result); a tab or carriage return at the start is treated the same. In the
XLSX every text cell is stored as text, never as a formula, and a risky one is also marked
"quote prefix", so that editing the cell in Excel keeps it text; its value stays the name
itself.
"""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from ..pipeline.files import write_new
from .tables import Table, Value

__all__ = ["to_csv", "to_xlsx", "write_csv", "write_xlsx"]

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_DATE_FORMAT = "yyyy-mm-dd"
# A workbook about an empty register is dated like a normalised zip entry: the earliest day.
_NO_DATE = date(1980, 1, 1)
_WIDEST = 60  # characters; longer text (a description) is cut off on screen, not in the cell


def to_csv(table: Table) -> bytes:
    """The table as CSV: a heading row, then its rows; UTF-8 with a byte-order mark.

    The mark is what tells Excel the file is UTF-8 (without it, Excel reads "Ærø" as
    Windows-1252 and shows mojibake); Python reads it with ``encoding="utf-8-sig"``. Days
    are ISO (``2026-09-01``), an open end date is empty, lines end with CRLF (RFC 4180).
    """
    text = io.StringIO(newline="")
    writer = csv.writer(text)
    writer.writerow(table.headings)
    writer.writerows([_csv_cell(value) for value in row] for row in table.rows)
    return text.getvalue().encode("utf-8-sig")


def to_xlsx(table: Table) -> bytes:
    """The table as a one-sheet workbook: a bold, frozen heading row with filters, columns as
    wide as their text, days as real dates shown ``yyyy-mm-dd``.

    Its created and modified dates are the table's ``as_of``, and every zip entry carries one
    fixed time, so the same table gives the same bytes.
    """
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter
    from openpyxl.writer.excel import ExcelWriter

    from ..render.docx import normalise_zip

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = table.title
    bold = Font(bold=True)
    for number, heading in enumerate(table.headings, start=1):
        sheet.cell(1, number, heading).font = bold
    for row_number, row in enumerate(table.rows, start=2):
        for number, value in enumerate(row, start=1):
            _put(sheet.cell(row_number, number), value)
    for number, heading in enumerate(table.headings, start=1):
        longest = max([len(heading), *(len(_csv_cell(row[number - 1])) for row in table.rows)])
        sheet.column_dimensions[get_column_letter(number)].width = min(longest + 2, _WIDEST)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    properties = workbook.properties
    properties.creator = "crec-assemble"
    properties.title = table.title
    properties.created = properties.modified = datetime.combine(table.as_of or _NO_DATE, time())
    output = io.BytesIO()
    # openpyxl's own save stamps the modified date with the clock; its writer does not.
    ExcelWriter(workbook, zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED)).save()
    return normalise_zip(output.getvalue())


def write_csv(table: Table, path: Path, *, force: bool = False) -> str:
    """Write :func:`to_csv` to ``path``; return the file's SHA-256.

    Raises:
        InputError: ``path`` exists (without ``force``) or cannot be written.
    """
    return write_new(path, to_csv(table), force=force)


def write_xlsx(table: Table, path: Path, *, force: bool = False) -> str:
    """Write :func:`to_xlsx` to ``path``; return the file's SHA-256.

    Raises:
        InputError: ``path`` exists (without ``force``) or cannot be written.
    """
    return write_new(path, to_xlsx(table), force=force)


def _risky(text: str) -> bool:
    return text.startswith(_FORMULA_STARTS)


def _csv_cell(value: Value) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int):
        return str(value)
    return f"'{value}" if _risky(value) else value


def _put(cell: Any, value: Value) -> None:
    """Set a cell's value; text always as text (openpyxl makes "=…" a formula on its own)."""
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"
        cell.quotePrefix = _risky(value)
    elif isinstance(value, date):
        cell.number_format = _DATE_FORMAT
