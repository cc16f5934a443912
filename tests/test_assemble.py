"""Assembly: clause choice, computed numbers, placeholders, and the compliance gate."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest

from crec_assemble.assembly.assemble import assemble, format_date
from crec_assemble.errors import InputError
from crec_assemble.inputs.names import slug
from crec_assemble.inputs.profile import load_profile
from crec_assemble.library.clauses import ClauseLibrary, load_library
from crec_assemble.model import Agreement, Issuer
from crec_assemble.pipeline.build import gate_verdicts

from conftest import (
    BUILD_DATE,
    WriteProfile,
    consultant_profile,
    drop_clause,
    operator_profile,
    revise_clause,
)


def _agreement(
    write_profile: WriteProfile,
    library: ClauseLibrary,
    issuer: Issuer,
    data: dict[str, object] | None = None,
    build_date: date = BUILD_DATE,
) -> Agreement:
    profile = load_profile(write_profile(data or operator_profile()))
    return assemble(profile, issuer, library, build_date=build_date)


def _text(agreement: Agreement, clause_id: str) -> str:
    (section,) = [s for s in agreement.sections if s.clause.id == clause_id]
    return "\n".join(block.text for block in section.blocks)


def it_numbers_body_sections_consecutively_and_letters_exhibits(
    write_profile: WriteProfile, library: ClauseLibrary, issuer: Issuer
) -> None:
    for data in (operator_profile(), consultant_profile()):
        agreement = _agreement(write_profile, library, issuer, data)
        body = [s for s in agreement.sections if s.part == "body"]
        assert [s.number for s in body] == [str(n) for n in range(1, len(body) + 1)]
        assert all(s.blocks[0].text.startswith(f"{s.number}.\t") for s in body)
        exhibits = [s for s in agreement.sections if s.part == "exhibit"]
        assert [s.number for s in exhibits] == ["A", "B", "C"]
        assert exhibits[1].blocks[0].text == "Exhibit B — Schedule of Student Data"


def it_numbers_sub_provisions_like_the_regulation(
    write_profile: WriteProfile, library: ClauseLibrary, issuer: Issuer
) -> None:
    text = _text(_agreement(write_profile, library, issuer), "operator-prohibitions")
    labels = re.findall(r"^\((\w+)\)\t", text, re.MULTILINE)
    assert labels[:5] == ["a", "b", "c", "d", "e"]


def it_resolves_cross_references_to_the_computed_numbers(
    write_profile: WriteProfile, library: ClauseLibrary, issuer: Issuer
) -> None:
    operator = _agreement(write_profile, library, issuer)
    consultant = _agreement(write_profile, library, issuer, consultant_profile())
    for agreement in (operator, consultant):
        numbers = {s.clause.id: s.number for s in agreement.sections}
        flow_down = _text(agreement, "subcontracting")
        assert f"Section {numbers['data-ownership']}" in flow_down or re.search(
            rf"Sections {numbers['data-ownership']}\b", flow_down
        )
        assert "Exhibit C" in flow_down
    numbers = {s.clause.id: s.number for s in consultant.sections}
    assert "breach-notification-operator" not in numbers


def it_prints_profile_values_literally(
    write_profile: WriteProfile, library: ClauseLibrary, issuer: Issuer
) -> None:
    """Markup in a vendor name is data: not Markdown, not HTML, not Jinja."""
    name = 'AT&T <Learning> "Labs" *Star* _under_ {{ 7*7 }} &copy; 1. Inc.'
    data = operator_profile(**{"contractor.legal_name": name})
    text = _text(_agreement(write_profile, library, issuer, data), "title-and-parties")
    assert name in text


def it_lists_declared_data_by_label_in_exhibit_b(
    write_profile: WriteProfile, library: ClauseLibrary, issuer: Issuer
) -> None:
    text = _text(_agreement(write_profile, library, issuer), "exhibit-b-student-data")
    for label in ("First name", "Email address", "Grades", "Grade levels"):
        assert label in text
    assert "Test results" not in text


def it_lists_subcontractors_with_the_date_of_consent_in_exhibit_c(
    write_profile: WriteProfile, library: ClauseLibrary, issuer: Issuer
) -> None:
    text = _text(_agreement(write_profile, library, issuer), "exhibit-c-subcontractors")
    assert "Northwind Hosting LLC" in text
    assert "June 15, 2026" in text


def it_states_the_content_account_exception_when_the_profile_offers_accounts(
    write_profile: WriteProfile, library: ClauseLibrary, issuer: Issuer
) -> None:
    without = _text(_agreement(write_profile, library, issuer), "retention")
    data = operator_profile(**{"data.content_accounts": True})
    with_accounts = _text(_agreement(write_profile, library, issuer, data), "retention")
    assert "electronic account" in without  # the regulation's exception is always stated
    assert len(with_accounts) > len(without)


def it_gives_the_same_agreement_for_the_same_inputs(
    write_profile: WriteProfile, library: ClauseLibrary, issuer: Issuer
) -> None:
    first = _agreement(write_profile, library, issuer)
    second = _agreement(write_profile, library, issuer)
    assert first == second
    changed = _agreement(write_profile, library, issuer,
                         operator_profile(**{"services.name": "Other"}))  # fmt: skip
    assert changed.id != first.id


def it_fails_the_gate_when_a_required_clause_is_removed(
    write_profile: WriteProfile, library_copy: Path, issuer: Issuer
) -> None:
    drop_clause(library_copy, "data-ownership")
    agreement = _agreement(write_profile, load_library(library_copy), issuer)
    assert [finding.requirement.id for finding in agreement.unmet] == ["R1"]
    assert "not the property of" in str(agreement.unmet[0])


def it_gives_the_gates_verdict_on_every_document_met_and_unmet_alike(
    write_profile: WriteProfile, library_copy: Path
) -> None:
    profile = write_profile(operator_profile())
    passing = gate_verdicts(profile, library=library_copy, build_date=BUILD_DATE)
    assert [verdict.kind for verdict in passing] == ["agreement", "flowdown"]
    assert all(verdict.met and not verdict.unmet for verdict in passing)
    drop_clause(library_copy, "data-ownership")
    agreement, flowdown = gate_verdicts(profile, library=library_copy, build_date=BUILD_DATE)
    assert "R1" not in agreement.met and "R1" in passing[0].met
    (finding,) = agreement.unmet
    assert finding.startswith("R1 (paragraph 1") and "not the property of" in finding
    assert flowdown == passing[1]


def it_fails_the_gate_when_a_clause_weakens_the_regulations_numbers(
    write_profile: WriteProfile, library_copy: Path, issuer: Issuer
) -> None:
    weaker = "thirty (30) days"
    revision = revise_clause(
        library_copy, "breach-notification", lambda b: b.replace("five (5) calendar days", weaker)
    )
    library = load_library(library_copy)
    agreement = _agreement(write_profile, library, issuer, build_date=revision.effective)
    (finding,) = agreement.unmet
    assert finding.requirement.id == "R6a"
    assert '"five (5) calendar days from discovery' in finding.reason


def it_refuses_a_build_date_before_the_first_edition(
    write_profile: WriteProfile, library: ClauseLibrary, issuer: Issuer
) -> None:
    with pytest.raises(InputError, match=r"no edition .* in effect on 2020-01-01 .*2026-07"):
        _agreement(write_profile, library, issuer, build_date=date(2020, 1, 1))


def it_uses_the_edition_in_effect_on_the_build_date(
    write_profile: WriteProfile, library_copy: Path, issuer: Issuer
) -> None:
    revision = revise_clause(library_copy, "severability", lambda body: body + "\nRevised.\n")
    revised = load_library(library_copy)
    eve = revision.effective - timedelta(days=1)
    before = _agreement(write_profile, revised, issuer, build_date=eve)
    after = _agreement(write_profile, revised, issuer, build_date=revision.effective)
    assert (before.edition, after.edition) == (revision.after, revision.edition)
    versions = [{s.clause.ref for s in doc.sections} for doc in (before, after)]
    assert versions[1] - versions[0] == {revision.ref}
    assert versions[0] - versions[1] == {revision.previous_ref}


def it_refuses_a_released_clause_version_edited_in_place(library_copy: Path) -> None:
    snippet = library_copy / "breach-notification" / "1.0.0.md"
    snippet.write_text(snippet.read_text().replace("five (5) calendar days", "thirty (30) days"))
    with pytest.raises(InputError, match=r"1\.0\.0\.md:1: released version: .*edition 2026-07"):
        load_library(library_copy)


def it_reports_a_placeholder_that_names_nothing(
    write_profile: WriteProfile, library_copy: Path, issuer: Issuer
) -> None:
    revision = revise_clause(
        library_copy, "severability", lambda body: body + "\n{{ contractor.shoe_size }}\n"
    )
    library = load_library(library_copy)
    with pytest.raises(InputError, match=rf"{revision.ref}: placeholder error: .*shoe_size"):
        _agreement(write_profile, library, issuer, build_date=revision.effective)


def it_dates_a_document_by_its_build_date(
    write_profile: WriteProfile, library_copy: Path, issuer: Issuer
) -> None:
    revision = revise_clause(
        library_copy, "severability", lambda body: body + "\nDated {{ agreement.date }}.\n"
    )
    revised = load_library(library_copy)
    year = revision.effective.year + 1  # any two days the revision is in effect
    for day, printed in ((date(year, 8, 3), f"August 3, {year}"),
                         (date(year, 11, 28), f"November 28, {year}")):  # fmt: skip
        agreement = _agreement(write_profile, revised, issuer, build_date=day)
        assert f"Dated {printed}." in _text(agreement, "severability")


def it_prints_no_date_in_the_clauses_of_edition_2026_07(
    write_profile: WriteProfile, library: ClauseLibrary, issuer: Issuer
) -> None:
    """The date is there for new clauses to use; the released ones do not, so their words
    do not change with the day a document is built."""
    early, late = (_agreement(write_profile, library, issuer, build_date=day)
                   for day in (date(2026, 7, 1), date(2026, 11, 28)))  # fmt: skip
    assert [s.blocks for s in early.sections] == [s.blocks for s in late.sections]


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Acme Learning, Inc.", "acme-learning-inc"),
     ("École Numérique & Fils", "ecole-numerique-fils"),
     ('AT&T <Learning> "Labs"', "at-t-learning-labs"),
     ("../../etc/passwd", "etc-passwd")],
)  # fmt: skip
def it_derives_safe_ascii_file_names(name: str, expected: str) -> None:
    assert slug(name) == expected


def it_gives_a_name_of_no_latin_letters_a_stable_file_name() -> None:
    assert slug("学校") == slug("学校")
    assert re.fullmatch(r"contractor-[0-9a-f]{8}", slug("学校"))


def it_formats_dates_the_way_contracts_write_them() -> None:
    assert format_date(date(2026, 7, 1)) == "July 1, 2026"


def it_refuses_clause_markdown_the_agreement_cannot_show(
    write_profile: WriteProfile, library_copy: Path, issuer: Issuer
) -> None:
    # Two blank lines: a body that ends in a {% endif %} loses one newline to trim_blocks.
    revision = revise_clause(
        library_copy, "severability", lambda body: body + "\n\n\n    an indented line\n"
    )
    library = load_library(library_copy)
    with pytest.raises(InputError, match=rf"{revision.ref}: body line \d+: code block"):
        _agreement(write_profile, library, issuer, build_date=revision.effective)


def it_folds_multi_line_profile_values_into_one_paragraph(
    write_profile: WriteProfile, library: ClauseLibrary, issuer: Issuer
) -> None:
    description = "Reading practice.\n\n    1. indented four spaces\n- a dash"
    data = operator_profile(**{"services.description": description})
    text = _text(_agreement(write_profile, library, issuer, data), "exhibit-a-services")
    assert "Reading practice. 1. indented four spaces - a dash" in text


def it_joins_labels_the_way_prose_lists_them() -> None:
    from crec_assemble.library.placeholders import join_labels

    assert join_labels([]) == ""
    assert join_labels(["a"]) == "a"
    assert join_labels(["a", "b"]) == "a and b"
    assert join_labels(["a", "b", "c"]) == "a, b and c"
