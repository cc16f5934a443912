"""How verify presents what it found: the lines a person reads, JSON, and the exit code."""

from __future__ import annotations

from pathlib import Path

import click

from crec_assemble.cli.console import coloured_marks
from crec_assemble.render.manifest import RecordedManifest, RecordedSection
from crec_assemble.verify import Addition, SectionResult, VerifyReport
from crec_assemble.verify.explain import Edit

_BREACH = RecordedSection(
    "breach-notification",
    "10",
    "Notification of Breach",
    "body",
    "Contractor shall notify CREC within five (5) calendar days.",
    "",
)
_LAW = RecordedSection("governing-law", "23", "Governing Law", "body", "Connecticut law.", "")
_MANIFEST = RecordedManifest("DPA-2026-ACME-0A1B2C", "Agreement", False, (), (_BREACH, _LAW),
                             "ab" * 32, {"agreement": {"contractor": "Acme"}})  # fmt: skip
_FIVE_DAYS = Edit("five (5) calendar", "thirty (30)", "notify CREC within", "days.")


def _report(*results: SectionResult, added: tuple[Addition, ...] = ()) -> VerifyReport:
    return VerifyReport(Path("returned.docx"), _MANIFEST, results, added)


def it_reports_an_intact_document_in_two_lines_and_exits_0() -> None:
    report = _report(SectionResult(_BREACH, "intact"), SectionResult(_LAW, "intact"))
    assert report.lines() == [
        "returned.docx: intact: DPA-2026-ACME-0A1B2C, 2 sections",
        f"returned.docx: manifest sha256 {'ab' * 32}",
    ]
    assert report.exit_code == 0


def it_lists_key_changes_then_each_section_with_marked_edits_and_exits_1() -> None:
    report = _report(
        SectionResult(_BREACH, "changed", (_FIVE_DAYS,)),
        SectionResult(_LAW, "removed"),
        added=(Addition("in place of Section 23 (Governing Law)", "Delaware law."),),
    )
    assert report.lines() == [
        "returned.docx: changed: DPA-2026-ACME-0A1B2C, 2 of 2 sections changed or removed; "
        "text added in 1 place(s)",
        "Key changes:",
        "  Section 10 (Notification of Breach), numbers, days and dates: …notify CREC within "
        "[-five (5) calendar-]{+thirty (30)+} days.…",
        "  Section 23 (Governing Law), section removed: [-Connecticut law.…-]",
        "Section by section:",
        "  Section 10 (Notification of Breach): changed",
        "    …notify CREC within [-five (5) calendar-]{+thirty (30)+} days.…",
        "  Section 23 (Governing Law): removed",
        "    in its place, not ours: Delaware law.",
        f"returned.docx: manifest sha256 {'ab' * 32}",
    ]
    assert report.exit_code == 1


def it_gives_the_same_findings_as_json() -> None:
    report = _report(
        SectionResult(_BREACH, "changed", (_FIVE_DAYS,)), SectionResult(_LAW, "intact")
    )
    payload = report.as_json()
    assert (payload["intact"], payload["matched_by"]) == (False, "manifest")
    assert [s["status"] for s in payload["sections"]] == ["changed", "intact"]
    assert payload["key_changes"][0]["inserted"] == "thirty (30)"


def it_colours_the_marked_words_only() -> None:
    line = "…within [-five (5) calendar-]{+thirty (30)+} days…"
    coloured = coloured_marks(line)
    assert click.unstyle(coloured) == line
    assert coloured.startswith("…within \x1b[")
    assert coloured.endswith("\x1b[0m days…")
