"""The requirement catalogue, and that the shipped clauses satisfy it for both roles."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import pytest

from crec_assemble.assembly.assemble import assemble
from crec_assemble.audit.findings import audit_sentences
from crec_assemble.audit.reader import Sentence
from crec_assemble.errors import InputError
from crec_assemble.inputs.profile import load_profile
from crec_assemble.library.breach_limits import breach_limits
from crec_assemble.library.catalogue import (
    REQUIREMENT_IDS,
    Catalogue,
    load_catalogue,
    read_catalogue,
)
from crec_assemble.library.clauses import ClauseLibrary
from crec_assemble.library.wording import squeeze
from crec_assemble.model import Issuer
from crec_assemble.paperwork.deadlines import breach_obligations

from conftest import BUILD_DATE, ROOT, WriteProfile, consultant_profile, operator_profile

OPERATOR_ONLY = {"R6c", "R6d", "R15a", "R15b", "R15c", "R15d", "R15e", "U1", "U2"}


# A copy of shared/reference/policy-3520.13.md, kept in the repository so tests run anywhere.
def plain(text: str) -> str:
    return squeeze(text.replace("*", "")).casefold()


REGULATION = plain((ROOT / "docs" / "policy-3520.13.md").read_text())


def it_lists_every_requirement_of_the_contracts_section_in_order(library: ClauseLibrary) -> None:
    assert tuple(r.id for r in library.requirements) == REQUIREMENT_IDS


def it_marks_who_each_requirement_applies_to(library: ClauseLibrary) -> None:
    operator_only = {r.id for r in library.requirements if r.applies_to == "operator"}
    assert operator_only == OPERATOR_ONLY


def it_marks_provisions_one_to_ten_as_needed_for_validity(library: ClauseLibrary) -> None:
    needed = {r.id for r in library.requirements if r.validity}
    assert needed == {r for r in REQUIREMENT_IDS if re.fullmatch(r"R([1-9]|10)[a-d]?", r)}


def it_records_the_breach_deadlines(library: ClauseLibrary) -> None:
    by_id = {r.id: r for r in library.requirements}
    assert by_id["R6a"].parameters["deadline_days"] == 5
    assert by_id["R6a"].parameters["urgent_deadline_days"] == 2
    assert by_id["R6b"].parameters["deadline_days"] == 10
    assert by_id["R6c"].parameters["deadline_days"] == 5
    assert by_id["R6d"].parameters["deadline_days"] == 10


def _edit(catalogue: Path, requirement: str, old: str, new: str) -> Path:
    """The catalogue with ``old`` replaced by ``new`` in ``requirement``'s entry."""
    text = catalogue.read_text()
    at = text.index(old, text.index(f"id: {requirement}\n"))
    catalogue.write_text(text[:at] + new + text[at + len(old) :])
    return catalogue


def it_moves_the_breach_deadline_and_the_audits_verdict_with_one_edit(library_copy: Path) -> None:
    """6(b) cut from ten days to five in the catalogue alone: a breach of student records
    found on Friday 4 September is due on the 9th, not the 14th, and a vendor's seven days
    are no longer enough."""
    paper = [Sentence("Provider shall notify the District of a security incident within "
                      "seven (7) days of discovery.", "paragraph 1", 1)]  # fmt: skip

    def outcomes(catalogue: Catalogue) -> tuple[datetime, str]:
        (contractor, *_) = breach_obligations(
            datetime(2026, 9, 4, 23, 30), ["student_records"],
            limits=breach_limits(catalogue.requirements), operator=False,
            issuer_period=catalogue.notices.after_breach_notice,
        )  # fmt: skip
        r6b = [finding for finding in audit_sentences(paper, catalogue.requirements, "consultant")
               if finding.requirement.id == "R6b"]  # fmt: skip
        return contractor.deadline, r6b[0].status

    catalogue = library_copy / "requirements.yaml"
    assert outcomes(read_catalogue(catalogue)) == (datetime(2026, 9, 14, 23, 59, 59), "present")
    _edit(catalogue, "R6b", "deadline_days: 10", "deadline_days: 5")
    assert outcomes(read_catalogue(catalogue)) == (datetime(2026, 9, 9, 23, 59, 59), "weak")


@pytest.mark.parametrize(
    ("requirement", "old", "new", "message"),
    [("R9", "    wording:", "    parameters:\n      law: Connecticut\n    wording:",
      "parameters.law: unknown field"),
     ("R6b", "      deadline_days: 10\n", "", "parameters.deadline_days: required field"),
     ("R6a", "      urgent_deadline_days: 2\n", "", "parameters.urgent_deadline_days: required"),
     ("R6a", "day_count: calendar", "day_count: business",
      "'business' is not a permitted day_count value; use one of: calendar, days"),
     ("R6c", "deadline_days: 5", "deadline_days: 0", "0 is less than the minimum of 1"),
     ("R6d", "deadline_days: 10", "deadline_days: ten", "must be a whole number, not 'ten'")],
    ids=["a-number-nothing-reads", "no-deadline", "no-urgent-deadline", "unknown-day-count",
         "zero-days", "days-in-words"],
)  # fmt: skip
def it_takes_only_the_parameters_the_code_reads(
    library_copy: Path, requirement: str, old: str, new: str, message: str
) -> None:
    catalogue = _edit(library_copy / "requirements.yaml", requirement, old, new)
    with pytest.raises(InputError) as raised:
        load_catalogue(catalogue)
    assert message in str(raised.value)
    assert re.search(
        r"requirements\.yaml:\d+: requirements\[\d+\]\.parameters\.", str(raised.value)
    )


def it_records_the_business_days_notices_gives_crec_in_the_regulations_words(
    library: ClauseLibrary,
) -> None:
    after_execution, after_breach = (
        library.notices.after_execution,
        library.notices.after_breach_notice,
    )
    assert (after_execution.business_days, after_breach.business_days) == (5, 2)
    assert "five business days after executing a contract" in after_execution.rule
    assert "within two business days" in after_breach.rule
    for period in (after_execution, after_breach):
        assert plain(period.rule) in REGULATION, period.rule


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [("business_days: 5", "business_days: five",
      "notices.after_execution.business_days: must be a whole number, not 'five'"),
     ("business_days: 2", "business_days: 0",
      "notices.after_breach_notice.business_days: 0 is less than the minimum of 1"),
     ("    business_days: 5\n", "",
      "notices.after_execution.business_days: required field is missing"),
     ("    business_days: 2\n", "    business_days: 2\n    count: calendar\n",
      "notices.after_breach_notice.count: unknown field")],
    ids=["days-in-words", "zero-days", "no-days", "a-count-nothing-reads"],
)  # fmt: skip
def it_refuses_a_bad_notices_period_with_one_line_naming_file_and_line(
    library_copy: Path, old: str, new: str, message: str
) -> None:
    catalogue = library_copy / "requirements.yaml"
    text = catalogue.read_text()
    catalogue.write_text(text.replace(old, new, 1))
    with pytest.raises(InputError) as raised:
        read_catalogue(catalogue)
    (line,) = str(raised.value).splitlines()
    assert re.fullmatch(rf".*requirements\.yaml:\d+: {re.escape(message)}", line)


def it_quotes_the_regulation_in_its_own_words(library: ClauseLibrary) -> None:
    """Each entry's text (after its list label) is a passage of the regulation."""
    for requirement in library.requirements:
        # An entry may join its paragraph's opening words ("...shall include:") to a lettered
        # item, so each part on either side of a colon is a quotation of its own.
        for part in re.split(r":\s", requirement.text):
            assert plain(part)[:60] in REGULATION, f"{requirement.id}: {part[:60]!r}"


@pytest.mark.parametrize(
    "profile", [operator_profile(), consultant_profile()], ids=["operator", "consultant"]
)
def it_is_satisfied_by_the_shipped_clauses_for_each_role(
    library: ClauseLibrary,
    issuer: Issuer,
    write_profile: WriteProfile,
    profile: dict[str, object],
) -> None:
    loaded = load_profile(write_profile(profile))
    agreement = assemble(loaded, issuer, library, build_date=BUILD_DATE)
    role = loaded.contractor.role
    assert agreement.unmet == ()
    expected = {r for r in REQUIREMENT_IDS if role == "operator" or r not in OPERATOR_ONLY}
    assert set(agreement.requirements) == expected
    assert all(agreement.requirements[r] for r in expected)


def it_leaves_operator_clauses_out_of_a_consultants_agreement(
    library: ClauseLibrary, issuer: Issuer, write_profile: WriteProfile
) -> None:
    loaded = load_profile(write_profile(consultant_profile()))
    agreement = assemble(loaded, issuer, library, build_date=BUILD_DATE)
    included = {s.clause.id for s in agreement.sections}
    assert not included & {"operator-prohibitions", "operator-permitted-uses",
                           "breach-notification-operator"}  # fmt: skip
    assert {"breach-notification", "subcontracting", "definitions"} <= included


def it_keeps_the_regulations_numbers_in_the_clause_text(
    library: ClauseLibrary, issuer: Issuer, write_profile: WriteProfile
) -> None:
    loaded = load_profile(write_profile(operator_profile()))
    agreement = assemble(loaded, issuer, library, build_date=BUILD_DATE)
    text = {s.clause.id: plain(" ".join(b.text for b in s.blocks)) for s in agreement.sections}
    assert plain("five (5) calendar days") in text["breach-notification"]
    assert plain("two (2) calendar days") in text["breach-notification"]
    assert plain("ten (10) days") in text["breach-notification"]
    assert plain("five (5) days") in text["breach-notification-operator"]
    assert plain("ten (10) days") in text["breach-notification-operator"]
    assert plain("section 13402(h)(2) of public law 111-5") in text["security-standards"]
    assert plain("45 cfr 164.312") in text["security-standards"]
    assert plain("laws of the state of connecticut") in text["governing-law"]
    assert plain("family educational rights and privacy act") in text["ferpa"]
    assert plain("express written consent") in text["subcontracting"]
