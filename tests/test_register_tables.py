"""The register's tables for people: ``register list`` and the yearly report, and their files.

Histories are built by hand. Every expected count of days was counted from a calendar, so
an off-by-one (counting the day of execution, missing 1 January) shows up as a wrong number.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from crec_assemble.errors import InputError
from crec_assemble.model import SignedKind
from crec_assemble.register.records import (
    STATUSES,
    Event,
    EventKind,
    History,
    Listed,
    RegisteredDocument,
)
from crec_assemble.register.spreadsheets import to_csv, to_xlsx, write_csv, write_xlsx
from crec_assemble.register.tables import Table, annual_report, listing

Writer = Callable[..., str]
Render = Callable[[Table], bytes]

LATER = date(2027, 6, 1)
"""A day well after every year reported on below, so no report is cut short by it."""


def listing_of(histories: list[History], **filters: str) -> Table:
    """The listing of histories read in full (the register computes the same rows in SQL)."""
    return listing([Listed.of(h) for h in histories], **filters)


def history(
    id: str = "DPA-2025-ACME-1",
    *,
    kind: SignedKind = "agreement",
    contractor: str = "Acme Learning, Inc.",
    service: str = "Acme Reader",
    start: date = date(2025, 3, 1),
    end: date | None = None,
    events: tuple[tuple[EventKind, date], ...] = (),
) -> History:
    """A document issued on 1 February 2025, then ``events`` (recorded on their own day)."""
    document = RegisteredDocument(
        id=id,
        kind=kind,
        parent="DPA-2025-ACME-0" if kind == "flowdown" else None,
        contractor=contractor,
        party="Sub Co" if kind == "flowdown" else contractor,
        role="operator",
        service=service,
        description="Reading practice for grades 3-5",
        start=start,
        end=end,
        data=("name",),
        edition="2026.1",
        built=date(2025, 2, 1),
        certificate_days=30,
    )
    log = (("issued", date(2025, 2, 1)), *events)
    return History(
        document,
        tuple(
            Event(number, id, what, on, datetime.combine(on, datetime.min.time()), "clerk")
            for number, (what, on) in enumerate(log, start=1)
        ),
    )


def ids(table: Table) -> list[str]:
    return [str(row["id"]) for row in table.as_json()]


# -- register list ---------------------------------------------------------------------------


def test_a_listing_row_holds_the_documents_facts_its_status_and_its_last_event() -> None:
    executed = history(events=(("signed", date(2025, 2, 20)), ("executed", date(2025, 2, 21))))
    assert listing_of([executed]).as_json() == [
        {
            "id": "DPA-2025-ACME-1",
            "kind": "agreement",
            "contractor": "Acme Learning, Inc.",
            "party": "Acme Learning, Inc.",
            "role": "operator",
            "service": "Acme Reader",
            "start": "2025-03-01",
            "end": None,
            "edition": "2026.1",
            "status": "executed",
            "executed": "2025-02-21",
            "last_event": "executed",
            "last_event_on": "2025-02-21",
        }
    ]


def test_the_last_event_is_the_latest_recorded_even_when_it_is_no_stage() -> None:
    posted = history(events=(("executed", date(2025, 2, 21)), ("notice-posted", date(2025, 2, 24))))
    (row,) = listing_of([posted]).as_json()
    assert (row["status"], row["last_event"], row["last_event_on"]) == (
        "executed",
        "notice-posted",
        "2025-02-24",
    )


def test_a_listing_is_ordered_by_contractor_ignoring_case_then_by_id() -> None:
    table = listing_of(
        [
            history("DPA-3", contractor="zeta Co"),
            history("DPA-2", contractor="Alpha Co"),
            history("DPA-1", contractor="Zeta Co"),
        ]
    )
    assert ids(table) == ["DPA-2", "DPA-1", "DPA-3"]


def test_a_listing_keeps_only_the_status_asked_for() -> None:
    register = [
        history("DPA-1"),
        history("DPA-2", events=(("sent", date(2025, 2, 2)),)),
        history("DPA-3", events=(("sent", date(2025, 2, 2)), ("withdrawn", date(2025, 2, 9)))),
    ]
    assert ids(listing_of(register, status="sent")) == ["DPA-2"]
    assert ids(listing_of(register, status="withdrawn")) == ["DPA-3"]
    assert ids(listing_of(register, status="executed")) == []


def test_an_unknown_status_is_refused_in_one_line_naming_the_known_ones() -> None:
    with pytest.raises(InputError) as raised:
        listing_of([history()], status="signd")
    message = str(raised.value)
    assert "\n" not in message
    assert message.startswith("--status: unknown status 'signd'")
    assert message.endswith("use one of: " + ", ".join(STATUSES))


@pytest.mark.parametrize(
    "text",
    ["acme", "ACME LEARNING", "  acme   learning,\tinc. ", "Learning, Inc"],
    ids=["lower", "upper", "spaces", "middle"],
)
def test_the_contractor_filter_finds_part_of_the_name_in_any_case_and_spacing(text: str) -> None:
    register = [history("DPA-1"), history("DPA-2", contractor="Beta Schools LLC")]
    assert ids(listing_of(register, contractor=text)) == ["DPA-1"]


def test_the_contractor_filter_reads_the_contractor_not_a_flowdowns_subcontractor() -> None:
    assert ids(listing_of([history(kind="flowdown")], contractor="Sub Co")) == []


def test_an_empty_contractor_filter_is_refused_rather_than_matching_everything() -> None:
    with pytest.raises(InputError, match=r"^--contractor: empty"):
        listing_of([history()], contractor="  ")


def test_a_listing_is_as_of_the_day_the_register_last_recorded_anything() -> None:
    register = [history("DPA-1", events=(("sent", date(2025, 5, 2)),)), history("DPA-2")]
    assert listing_of(register, status="issued").as_of == date(2025, 5, 2)
    assert listing_of([]).as_of is None


# -- register report --year ------------------------------------------------------------------

REPORT_CASES = [
    # (case id, the document, the year, its days in the report or None when it is not in it)
    ("never-executed-open-ended", history(start=date(2024, 6, 1)), 2025, 365),
    ("never-executed-from-its-start", history(start=date(2025, 3, 1)), 2025, 306),
    ("never-executed-to-its-end", history(start=date(2025, 3, 1), end=date(2025, 3, 31)), 2025, 31),
    ("leap-year", history(start=date(2023, 1, 1)), 2024, 366),
    ("executed-late", history(events=(("executed", date(2025, 3, 11)),)), 2025, 10),
    ("executed-before-start", history(events=(("executed", date(2025, 2, 20)),)), 2025, None),
    ("executed-on-start", history(events=(("executed", date(2025, 3, 1)),)), 2025, None),
    (
        "executed-late-across-new-year-first-year",
        history(start=date(2024, 12, 1), events=(("executed", date(2025, 1, 10)),)),
        2024,
        31,
    ),
    (
        "executed-late-across-new-year-second-year",
        history(start=date(2024, 12, 1), events=(("executed", date(2025, 1, 10)),)),
        2025,
        9,
    ),
    (
        "executed-late-the-year-before",
        history(start=date(2024, 12, 1), events=(("executed", date(2024, 12, 5)),)),
        2025,
        None,
    ),
    (
        "services-end-before-the-year",
        history(start=date(2024, 1, 1), end=date(2024, 12, 31)),
        2025,
        None,
    ),
    ("services-start-after-the-year", history(start=date(2026, 1, 1)), 2025, None),
    ("ends-on-new-years-day", history(start=date(2024, 1, 1), end=date(2025, 1, 1)), 2025, 1),
    (
        "ended-before-its-end-date",
        history(end=date(2025, 12, 31), events=(("ended", date(2025, 3, 5)),)),
        2025,
        5,
    ),
    ("withdrawn", history(events=(("withdrawn", date(2025, 4, 1)),)), 2025, None),
    ("flowdown", history(kind="flowdown"), 2025, None),
    ("addendum", history(kind="addendum"), 2025, 306),
    ("signed-not-executed", history(events=(("signed", date(2025, 2, 20)),)), 2025, 306),
]


@pytest.mark.parametrize(
    ("document", "year", "days"),
    [case[1:] for case in REPORT_CASES],
    ids=[case[0] for case in REPORT_CASES],
)
def test_the_report_counts_the_days_used_in_the_year_before_execution(
    document: History, year: int, days: int | None
) -> None:
    rows = annual_report([document], year, today=LATER).as_json()
    assert [row["days_without_agreement"] for row in rows] == ([] if days is None else [days])


def test_a_report_row_names_the_service_its_dates_and_the_document() -> None:
    late = history(end=date(2026, 6, 30), events=(("executed", date(2025, 3, 11)),))
    assert annual_report([late], 2025, today=LATER).as_json() == [
        {
            "contractor": "Acme Learning, Inc.",
            "service": "Acme Reader",
            "description": "Reading practice for grades 3-5",
            "start": "2025-03-01",
            "end": "2026-06-30",
            "executed": "2025-03-11",
            "days_without_agreement": 10,
            "id": "DPA-2025-ACME-1",
        }
    ]


def test_a_services_end_recorded_by_an_ended_event_is_the_end_the_report_shows() -> None:
    ended = history(end=date(2025, 12, 31), events=(("ended", date(2025, 3, 5)),))
    (row,) = annual_report([ended], 2025, today=LATER).as_json()
    assert row["end"] == "2025-03-05"


def test_a_report_on_the_current_year_counts_to_today_and_is_as_of_today() -> None:
    table = annual_report([history()], 2025, today=date(2025, 3, 10))
    assert [row["days_without_agreement"] for row in table.as_json()] == [10]
    assert table.as_of == date(2025, 3, 10)


def test_a_report_on_a_past_year_is_as_of_its_last_day() -> None:
    assert annual_report([], 2024, today=LATER).as_of == date(2024, 12, 31)


def test_a_report_lists_services_by_contractor_then_service() -> None:
    register = [
        history("DPA-3", contractor="Beta", service="B"),
        history("DPA-2", contractor="alpha", service="Z"),
        history("DPA-1", contractor="Alpha", service="A"),
    ]
    assert ids(annual_report(register, 2025, today=LATER)) == ["DPA-1", "DPA-2", "DPA-3"]


@pytest.mark.parametrize("year", [2026, 0, -5], ids=["future", "zero", "negative"])
def test_a_report_on_a_year_not_yet_begun_or_impossible_is_refused(year: int) -> None:
    with pytest.raises(
        InputError, match=rf"^--year: {year} is not a year up to this one \(2025\)$"
    ):
        annual_report([history()], year, today=date(2025, 12, 1))


# -- CSV and XLSX ----------------------------------------------------------------------------

RISKY = ["=cmd|' /C calc'!A0", "+1 Learning", "-Minus Co", "@SUM(A1)", "\tTab Co"]
"""Names a spreadsheet would run as a formula if a cell began with them."""


def report_of(*documents: History) -> Table:
    return annual_report(documents, 2025, today=LATER)


def csv_rows(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_the_csv_reads_back_with_a_heading_row_iso_days_and_empty_open_ends() -> None:
    late = history(events=(("executed", date(2025, 3, 11)),))
    data = to_csv(report_of(late))
    assert data.startswith(b"\xef\xbb\xbfContractor,")
    assert csv_rows(data) == [
        list(report_of().headings),
        [
            "Acme Learning, Inc.",
            "Acme Reader",
            "Reading practice for grades 3-5",
            "2025-03-01",
            "",
            "2025-03-11",
            "10",
            "DPA-2025-ACME-1",
        ],
    ]


def test_the_csv_keeps_non_ascii_names_whole() -> None:
    data = to_csv(report_of(history(contractor="Ærø Læring A/S")))
    assert csv_rows(data)[1][0] == "Ærø Læring A/S"


@pytest.mark.parametrize("name", RISKY)
def test_a_csv_cell_that_would_run_as_a_formula_begins_with_an_apostrophe(name: str) -> None:
    assert csv_rows(to_csv(report_of(history(contractor=name))))[1][0] == "'" + name


def test_a_csv_cell_with_a_sign_inside_it_is_left_alone() -> None:
    rows = csv_rows(to_csv(listing_of([history(contractor="A=B+C Co")])))
    assert rows[1][2] == "A=B+C Co"


def test_the_xlsx_reads_back_with_a_bold_frozen_heading_and_real_dates() -> None:
    late = history(events=(("executed", date(2025, 3, 11)),))
    sheet = openpyxl.load_workbook(io.BytesIO(to_xlsx(report_of(late)))).active
    assert sheet.title == "Without agreement 2025"
    assert [cell.value for cell in sheet[1]] == list(report_of().headings)
    assert all(cell.font.bold for cell in sheet[1])
    assert sheet.freeze_panes == "A2"
    values = [cell.value for cell in sheet[2]]
    assert values == [
        "Acme Learning, Inc.",
        "Acme Reader",
        "Reading practice for grades 3-5",
        datetime(2025, 3, 1),
        None,
        datetime(2025, 3, 11),
        10,
        "DPA-2025-ACME-1",
    ]
    assert sheet["D2"].number_format == sheet["F2"].number_format == "yyyy-mm-dd"
    assert sheet.column_dimensions["C"].width == len("Reading practice for grades 3-5") + 2


@pytest.mark.parametrize("name", RISKY)
def test_an_xlsx_cell_that_looks_like_a_formula_is_stored_as_that_text(name: str) -> None:
    data = to_xlsx(report_of(history(contractor=name)))
    cell = openpyxl.load_workbook(io.BytesIO(data)).active["A2"]
    assert (cell.value, cell.data_type, cell.quotePrefix) == (name, "s", True)
    assert b"<f>" not in zipfile.ZipFile(io.BytesIO(data)).read("xl/worksheets/sheet1.xml")


def test_the_xlsx_is_dated_by_its_table_and_its_zip_by_one_fixed_time() -> None:
    data = to_xlsx(annual_report([history()], 2025, today=date(2025, 7, 4)))
    properties = openpyxl.load_workbook(io.BytesIO(data)).properties
    assert properties.created == properties.modified == datetime(2025, 7, 4)
    assert {e.date_time for e in zipfile.ZipFile(io.BytesIO(data)).infolist()} == {
        (1980, 1, 1, 0, 0, 0)
    }


@pytest.mark.parametrize("write", [write_csv, write_xlsx], ids=["csv", "xlsx"])
def test_writing_one_table_twice_gives_identical_bytes(write: Writer, tmp_path: Path) -> None:
    table = listing_of([history("DPA-1"), history("DPA-2", contractor="=Risky")])
    write(table, tmp_path / "one")
    write(table, tmp_path / "two")
    assert (tmp_path / "one").read_bytes() == (tmp_path / "two").read_bytes()


@pytest.mark.parametrize(
    ("write", "render"), [(write_csv, to_csv), (write_xlsx, to_xlsx)], ids=["csv", "xlsx"]
)
def test_an_existing_file_is_refused_without_force_and_replaced_with_it(
    write: Writer, render: Render, tmp_path: Path
) -> None:
    target = tmp_path / "register.out"
    target.write_bytes(b"keep me")
    table = listing_of([history()])
    with pytest.raises(InputError, match="already exists; use --force"):
        write(table, target)
    assert target.read_bytes() == b"keep me"
    write(table, target, force=True)
    assert target.read_bytes() == render(table)
    assert [p.name for p in tmp_path.iterdir()] == ["register.out"]
