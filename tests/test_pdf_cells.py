"""A PDF's tables read cell by cell (crec_assemble.render.pdf_cells), and the audit reading
a real LibreOffice PDF's breach-notice table under its column headings.

The unit tests lay runs of text out as a word processor writes a table: each cell's lines
in turn, top to bottom, the next cell of the row back up the page to the right.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import docx
import pytest
from docx.document import Document as DocxDocument

from crec_assemble.audit.findings import audit_file
from crec_assemble.audit.reader import read_document
from crec_assemble.library.clauses import ClauseLibrary
from crec_assemble.pipeline.converter import LibreOffice
from crec_assemble.render.pdf_cells import CELL_MARK, TABLE_MARK, Run, pages_with_cells

LINE = 14.0  # points from one line's top to the next's


def _run(left: float, line: int, text: str, width: float = 110.0, page_top: float = 700.0) -> Run:
    top = page_top - line * LINE
    return Run(left, top - 10, left + width, top, text)


def _body(left: float, line: int, text: str) -> Run:
    """A line of running text across the page."""
    return _run(left, line, text, width=420.0)


HEADER = [_run(90, 0, "Data involved"), _run(234, 0, "Notice to the school"),
          _run(378, 0, "Notice to parents")]  # fmt: skip
FIRST_ROW = [
    _run(90, 1, "Student information"),
    _run(90, 2, "(other than directory)"),
    _run(234, 1, "Within five (5)"),
    _run(234, 2, "calendar days"),
    _run(378, 1, "Within five (5) days"),
]


def test_a_table_is_written_a_row_a_paragraph_its_cells_apart() -> None:
    page = [_body(90, -2, "Provider will give notice as follows."), *HEADER, *FIRST_ROW,
            _body(90, 4, "8.2 During the notice period, Provider may investigate.")]  # fmt: skip
    (written,) = pages_with_cells([page])
    assert written is not None
    paragraphs = [p.strip() for p in written.split("\n\n") if p.strip()]
    assert paragraphs == [
        "Provider will give notice as follows.",
        TABLE_MARK + CELL_MARK.join(["Data involved", "Notice to the school", "Notice to parents"]),
        CELL_MARK.join(
            [
                "Student information (other than directory)",
                "Within five (5) calendar days",
                "Within five (5) days",
            ]
        ),
        "8.2 During the notice period, Provider may investigate.",
    ]


def test_a_page_without_a_table_keeps_its_own_text() -> None:
    page = [_body(90, 0, "Provider shall keep Student Data"), _body(90, 1, "confidential.")]
    assert pages_with_cells([page]) == [None]


def test_a_numbered_heading_set_apart_from_its_words_is_no_table() -> None:
    """One line with a wide gap (a heading's number, a page number far right) is not a
    table of one row; the text reads on as it was."""
    page = [_run(72, 0, "1.", width=8), _run(108, 0, "Definitions", width=60),
            _body(72, 1, "In this Agreement the following terms apply."),
            _body(72, 2, "Student Data means any information about a student.")]  # fmt: skip
    assert pages_with_cells([page]) == [None]


def test_a_list_with_a_hanging_indent_is_no_table() -> None:
    """ "(a)" set apart from its item's words, item after item, is a list: its labels are
    no column of a table."""
    page = [_body(90, 0, "Operator shall not:")]
    for line, (label, words) in enumerate(
        [("(a)", "engage in Targeted Advertising;"), ("(b)", "sell Student Data; or"),
         ("(c)", "disclose Student Data, unless the disclosure is made:")], start=1
    ):  # fmt: skip
        page += [_run(108, line, label, width=14), _run(144, line, words, width=300)]
    assert pages_with_cells([page]) == [None]


def test_a_heading_across_the_columns_ends_the_table_and_the_next_one_is_apart() -> None:
    """A line that runs into the next column's edge is no cell: the table before it ends
    there, and the table after it is a table of its own, marked as one."""
    second = [_run(90, 5, "Category"), _run(234, 5, "Elements"), _run(90, 6, "Identifiers"),
              _run(234, 6, "Name, student ID")]  # fmt: skip
    page = [*HEADER, *FIRST_ROW, _run(90, 4, "Exhibit B: Schedule of Data", width=144), *second]
    (written,) = pages_with_cells([page])
    assert written is not None
    paragraphs = [p.strip() for p in written.split("\n\n") if p.strip()]
    assert "Exhibit B: Schedule of Data" in paragraphs
    assert [p[:9] for p in paragraphs if p.startswith(TABLE_MARK)] == [
        TABLE_MARK + "Data inv",
        TABLE_MARK + "Category",
    ]


def test_a_running_footer_stays_out_of_a_row_the_page_break_splits() -> None:
    """ "Page 1 of 2" at each page's foot is the page's, not the words of the cell it falls
    in; the row goes on whole on the next page."""
    footer = [_run(282, 50, "Page 1 of 2", width=50)]
    first_page = [*HEADER, _run(90, 1, "Directory information,"), _run(234, 1, "Without delay"),
                  _run(378, 1, "Without delay"), *footer]  # fmt: skip
    second_page = [
        _run(90, 0, "student records"),
        _run(234, 0, "and within ten (10) days"),
        _run(378, 0, "and within ten (10) days"),
        _run(282, 50, "Page 2 of 2", width=50),
    ]
    written = pages_with_cells([first_page, second_page])
    assert written[0] is not None
    assert "Page" not in written[0]
    assert CELL_MARK.join(["Directory information, student records",
                           "Without delay and within ten (10) days",
                           "Without delay and within ten (10) days"]) in written[0]  # fmt: skip


def test_a_row_split_by_a_page_break_is_read_whole_on_the_page_it_starts() -> None:
    """The rest of each cell at the next page's top, going on in lower case, belongs to the
    row the page broke; the next row starts a paragraph of its own."""
    first_page = [*HEADER, _run(90, 1, "Directory information,"), _run(234, 1, "Without delay"),
                  _run(378, 1, "Without delay")]  # fmt: skip
    second_page = [
        _run(90, 0, "student records"),
        _run(234, 0, "and within ten (10) days"),
        _run(378, 0, "and within ten (10) days"),
        _run(90, 1, "Photographs"),
        _run(234, 1, "Within ten (10) days"),
        _run(378, 1, "Within ten (10) days"),
    ]
    written = pages_with_cells([first_page, second_page])
    assert written[0] is not None and written[1] is not None
    rows = [p.strip() for p in written[0].split("\n\n") if p.strip()]
    assert rows[1] == CELL_MARK.join(["Directory information, student records",
                                      "Without delay and within ten (10) days",
                                      "Without delay and within ten (10) days"])  # fmt: skip
    # the second page no longer repeats the rest of the first row as running text
    assert "student records" not in written[1]
    assert written[1].strip() == CELL_MARK.join(
        ["Photographs", "Within ten (10) days", "Within ten (10) days"]
    )


def _addendum(tables: Sequence[Sequence[tuple[str, ...]]]) -> DocxDocument:
    """A vendor's Connecticut addendum as Writer makes it, its breach periods in a table."""
    document = docx.Document()
    document.add_paragraph(
        "Connecticut Addendum. This Addendum is between Tidepool Labs, Inc. (Provider) and the "
        "Capitol Region Education Council (LEA)."
    )
    document.add_paragraph(
        "8.1 If Provider discovers that Student Data under its control has been subject to "
        "unauthorized release, disclosure or acquisition, Provider will give notice as follows."
    )
    for number, cells in enumerate(tables):
        if number:  # an empty paragraph between two tables
            document.add_paragraph("")
        table = document.add_table(rows=len(cells), cols=len(cells[0]))
        for row, texts in zip(table.rows, cells, strict=True):
            for cell, text in zip(row.cells, texts, strict=True):
                cell.text = text
    document.add_paragraph("8.2 Provider may investigate the breach while it gives notice.")
    return document


_PERIODS = [
    ("Data involved", "Notice to the LEA", "Notice to students and parents"),
    ("Student information (other than Directory Information)",
     "No later than five (5) calendar days after discovery; where urgent notice may be "
     "required due to possible imminent misuse of Student Data, in no case later than "
     "forty-eight (48) hours after discovery",
     "Without unreasonable delay, but not more than five (5) days after discovery"),
    ("Directory Information, student records or student-generated content",
     "Without unreasonable delay, and in no case later than ten (10) days after discovery",
     "Without unreasonable delay, and in no case later than ten (10) days after discovery"),
]  # fmt: skip
# The families told by the school, not the vendor; and a table of recipients after it.
_SCHOOL_NOTIFIES = (
    "CREC notifies affected families within two (2) business days after Provider's notice."
)
_SCHOOL_TELLS = [
    [(*row[:2], _SCHOOL_NOTIFIES) if n else row for n, row in enumerate(_PERIODS)],
    [("Permitted recipient", "Purpose", "Conditions"),
     ("Hosting providers", "Storing Student Data", "Bound by terms no less protective"),
     ("Marketing partners", "Promoting Provider's products to families", "None")],
]  # fmt: skip


@pytest.mark.e2e
@pytest.mark.usefixtures("libreoffice")
def test_a_libreoffice_pdfs_breach_table_is_read_under_its_headings(
    tmp_path: Path, library: ClauseLibrary
) -> None:
    """Read as running text a table's cells ran together and the families' notice was lost;
    read by cell, each period is the one its column names. A column that says the school
    tells the families is no notice of the vendor's, and a second table after an empty
    paragraph is read under its own headings, not the first's."""
    sources = []
    for name, tables in (("periods", [_PERIODS]), ("school-tells", _SCHOOL_TELLS)):
        sources.append(tmp_path / f"{name}.docx")
        _addendum(tables).save(str(sources[-1]))
    with LibreOffice() as converter:
        periods, school_tells = converter.convert(sources, tmp_path / "pdf", to="pdf")

    read = [s.text for s in read_document(periods).sentences]
    families = [t for t in read if "Notice to students and parents: Without unreasonable" in t]
    assert len(families) == 2, read
    assert "Data involved: Student information (other than Directory Information)" in families[0]
    found = {
        f.requirement.id: f.status for f in audit_file(periods, "operator", library.requirements)
    }
    assert (found["R6a"], found["R6b"], found["R6c"], found["R6d"]) == (
        "present",
        "present",
        "present",
        "present",
    )

    read = [s.text for s in read_document(school_tells).sentences]
    assert any(t.startswith("Permitted recipient: Marketing partners — Purpose:") for t in read)
    found = {
        f.requirement.id: f.status
        for f in audit_file(school_tells, "operator", library.requirements)
    }
    assert (found["R6a"], found["R6c"], found["R6d"]) == ("present", "missing", "missing")
