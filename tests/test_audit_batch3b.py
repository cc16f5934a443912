"""Classes of misreading found on the third batch of development documents (breach notice,
deletion, security and contract terms), each read right.

Every case is a sentence or a small file of the class, written for the test, not a corpus
document's words: a table whose column headings say who is notified, a Markdown table, a
section number glued to its text, a period given by a defined term, a notice clock that
starts at confirmation, the way to ask for deletion in the next sentence, a carve-out after
a deletion promise, one HITECH standard of two, terms borrowed from another document, a
subcontracting clause over two sentences, and a state's section that ends at a higher
heading.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import audit_probes as probe
from crec_assemble.audit.durations import defined_periods, with_defined_periods
from crec_assemble.audit.findings import audit_sentences
from crec_assemble.audit.reader import Sentence, read_sentences
from crec_assemble.audit.sentences import classify
from crec_assemble.audit.state_scope import connecticut_only
from crec_assemble.library.clauses import ClauseLibrary

# Reading: tables, glued numbers, definitions, headings, relative clauses.

_NOTICE_TABLE = """<html><body>
<p>When the Company discovers a Security Incident, notices shall be given within the periods
in the following table.</p>
<table><caption>Notice periods</caption>
<tr><th>Data involved</th><th>Notice to the School by the Company</th>
<th>Notice to families</th></tr>
<tr><td>Student information</td><td>No later than two (2) calendar days</td>
<td>Given by the School</td></tr>
</table></body></html>"""


def it_reads_each_table_cell_under_its_column_heading(tmp_path: Path) -> None:
    page = tmp_path / "exhibit.html"
    page.write_text(_NOTICE_TABLE)
    row = read_sentences(page)[-1].text
    assert "Notice to the School by the Company: No later than two (2) calendar days" in row
    assert "Data involved: Student information" in row


def it_reads_a_tables_rows_with_the_sentence_that_introduces_the_table(tmp_path: Path) -> None:
    page = tmp_path / "exhibit.html"
    page.write_text(_NOTICE_TABLE)
    row = read_sentences(page)[-1].text
    assert row.startswith("When the Company discovers a Security Incident")


def it_finds_a_breach_deadline_in_a_tables_cell(tmp_path: Path, library: ClauseLibrary) -> None:
    page = tmp_path / "exhibit.html"
    page.write_text(_NOTICE_TABLE)
    findings = audit_sentences(read_sentences(page), library.requirements, "operator")
    status = {f.requirement.id: f.status for f in findings}
    assert status["R6a"] == "present" and status["R6c"] == "missing"


def it_reads_a_markdown_table_row_by_row(tmp_path: Path) -> None:
    terms = tmp_path / "terms.md"
    terms.write_text(
        "| Who we notify | When |\n|---|---|\n| The School | Within 24 hours of discovery |\n"
        "| Parents | Within 5 days of discovery |\n"
    )
    assert [s.text for s in read_sentences(terms)][1:] == [
        "Who we notify: The School — When: Within 24 hours of discovery",
        "Who we notify: Parents — When: Within 5 days of discovery",
    ]


def it_parts_a_section_number_that_markup_glued_to_its_text(tmp_path: Path) -> None:
    page = tmp_path / "exhibit.html"
    page.write_text('<p><span class="num">B.4.2</span>When the Company discovers it.</p>')
    assert read_sentences(page)[0].text == "B.4.2 When the Company discovers it."


@pytest.mark.parametrize(
    "text",
    ['1.7 "Deletion Request" means a request by the LEA for the deletion of Student Data.',
     'B.4.1 "Security Incident" means any unauthorized release of Student Data.'],
    ids=["two-levels", "lettered"],
)  # fmt: skip
def it_reads_a_definition_under_a_section_number_of_several_levels(text: str) -> None:
    assert classify(Sentence(text, "paragraph 1", 1)).kind == "definition"


def it_reads_a_short_numbered_sentence_as_a_term_not_a_heading() -> None:
    reading = classify(Sentence("9.2 The provisions of this Rider are severable.", "p", 1))
    assert reading.kind == "vendor"
    assert classify(Sentence("12.4 Governing Law.", "p", 1)).kind == "heading"


def it_binds_the_party_a_relative_clause_describes_not_the_one_it_names() -> None:
    text = "Any subcontractor the District approves shall be bound in writing by the same terms."
    assert classify(Sentence(text, "paragraph 1", 1)).kind == "vendor"


# Periods: a defined term, and a clock that starts after discovery.


def it_reads_a_period_given_by_a_defined_term() -> None:
    defined = defined_periods(
        ['1.3 "Notification Deadline" means forty-eight (48) hours after discovery.']
    )
    text = with_defined_periods(
        "Vendor shall notify the District by the Notification Deadline.", defined
    )
    assert text.endswith("(Notification Deadline: forty-eight (48) hours after discovery.)")


def it_judges_a_breach_deadline_given_by_a_defined_term(library: ClauseLibrary) -> None:
    sentences = probe.apart(
        '1.3 "Notification Deadline" means forty-eight (48) hours after Vendor discovers a '
        "Security Breach.",
        "Vendor shall notify the District of any Security Breach no later than the "
        "Notification Deadline.",
    )
    finding = probe.finding(library, "R6a", sentences)
    assert finding.status == "present"
    assert finding.sentence is not None and "forty-eight" not in finding.sentence.text


@pytest.mark.parametrize(
    ("text", "status"),
    [("We will notify the District within 72 hours after we confirm the Security Incident.",
      "weak"),
     ("Provider shall notify the District of a breach within five (5) days of the completion "
      "of its investigation.", "weak"),
     ("Vendor will notify the School of a confirmed breach within 24 hours.", "present"),
     ("Vendor will notify the School of a breach within 24 hours after discovering it.",
      "present")],
    ids=["after-we-confirm", "after-investigation", "a-confirmed-breach", "after-discovery"],
)  # fmt: skip
def it_finds_a_notice_clock_that_starts_after_discovery_weak(
    library: ClauseLibrary, text: str, status: str
) -> None:
    assert probe.status(library, "R6b", probe.apart(text)) == status


# Deletion: the way to ask in the next sentence; refusals; carve-outs after the promise.


def it_finds_the_way_to_ask_for_deletion_in_the_next_sentence_of_the_clause(
    library: ClauseLibrary,
) -> None:
    first = "The LEA may request the deletion of Student Data at any time."
    second = "A request may be made through the administrator console or by email."
    assert probe.status(library, "R2", probe.clause(first, second)) == "present"
    assert probe.status(library, "R2", probe.apart(first, "The sky is blue.")) == "weak"


@pytest.mark.parametrize(
    "text",
    ["Licensee may ask Licensor to delete Licensee Data by email, and Licensor will consider "
     "such requests in accordance with its Data Retention Policy.",
     "Customer may request deletion by email, which Vendor may decline."],
    ids=["will-consider", "may-decline"],
)  # fmt: skip
def it_finds_a_deletion_request_the_vendor_may_refuse_weak(
    library: ClauseLibrary, text: str
) -> None:
    assert probe.status(library, "R2", probe.apart(text)) == "weak"


def it_reads_a_request_only_the_end_of_the_contract_opens_as_no_means_to_ask(
    library: ClauseLibrary,
) -> None:
    text = (
        "On termination, Licensor shall cease using Licensee Data and, if Licensee makes a "
        "written request within thirty (30) days after termination, shall delete it."
    )
    assert probe.status(library, "R2", probe.apart(text)) == "missing"
    assert probe.status(library, "R7", probe.apart(text)) == "weak"


@pytest.mark.parametrize(
    ("carve_out", "apart"),
    # A keeping that outlives the services weakens the promise wherever it stands (an exhibit's
    # backup period, batch 6); a keeping that only answers the clause's own condition does not.
    [("Backups containing Student Data are retained for thirteen (13) months after "
      "termination.", "weak"),
     ("If the School makes no such request, the Company may retain Student Data.", "present")],
    ids=["backups", "may-retain"],
)  # fmt: skip
def it_finds_a_carve_out_after_the_deletion_promise_weak(
    library: ClauseLibrary, carve_out: str, apart: str
) -> None:
    promise = "Upon termination, the Company will delete Student Data from its systems."
    assert probe.status(library, "R7", probe.clause(promise, carve_out)) == "weak"
    assert probe.status(library, "R7", probe.apart(promise, carve_out)) == apart


def it_reads_data_not_kept_after_the_services_end_as_deletion(library: ClauseLibrary) -> None:
    text = "Student data will not be kept by us after the contracted services end."
    assert probe.status(library, "R7", probe.apart(text)) == "present"


# Security standards, terms by reference, severability's words.


@pytest.mark.parametrize(
    ("texts", "status"),
    [(("Provider shall encrypt Student Data consistent with the guidance under section "
       "13402(h)(2) of Public Law 111-5.",), "weak"),
     (("Provider shall maintain technical safeguards consistent with 45 CFR 164.312.",), "weak"),
     (("(a) Provider shall encrypt Student Data consistent with HITECH guidance;",
       "(b) Provider shall maintain safeguards consistent with 45 C.F.R. 164.312;",
       # the third standard the regulation names (rules-b convention: fewer is weak)
       "(c) Provider shall otherwise meet or exceed industry standards."), "present")],
    ids=["hitech-alone", "cfr-alone", "both-in-a-list"],
)  # fmt: skip
def it_asks_for_both_standards_the_regulation_names(
    library: ClauseLibrary, texts: tuple[str, ...], status: str
) -> None:
    assert probe.status(library, "R12", probe.apart(*texts)) == status


def it_reads_terms_borrowed_from_another_document_as_unseen(library: ClauseLibrary) -> None:
    text = (
        "This Exhibit is governed by the governing-law and severability provisions of the "
        "Master Agreement."
    )
    # Whose law the borrowed clause names is not shown at all: missing. A borrowed severability
    # clause is one, only not before counsel: weak (missing until 2026-12-01).
    assert probe.status(library, "R9", probe.apart(text)) == "missing"
    assert probe.status(library, "R10", probe.apart(text)) == "weak"


@pytest.mark.parametrize(
    "text",
    ["If a court decides that any part of these terms is invalid or can't be enforced, the "
     "rest of these terms still apply.",
     "If any part of these Terms is held unenforceable, the rest of these Terms will stay in "
     "full effect."],
    ids=["still-apply", "full-effect"],
)  # fmt: skip
def it_reads_plain_words_for_severability(library: ClauseLibrary, text: str) -> None:
    assert probe.status(library, "R10", probe.apart(text)) == "present"


# Subcontractors.


def it_reads_a_subcontracting_clause_over_two_sentences(library: ClauseLibrary) -> None:
    sentences = probe.clause(
        "We use a small number of service providers.",
        "We'll get your written OK before adding a new one, and each one signs a contract "
        "requiring it to follow these same privacy terms.",
    )
    assert probe.status(library, "R14", sentences) == "present"


def it_finds_a_flow_down_of_the_security_terms_alone_weak(library: ClauseLibrary) -> None:
    sentences = probe.apart(
        "The Company shall not permit any subcontractor to access Student Data without the "
        "School's prior written consent.",
        "The Company shall require each subcontractor to comply with security obligations no "
        "less protective than those in this Exhibit.",
    )
    assert probe.status(library, "R14", sentences) == "weak"


@pytest.mark.parametrize(
    "text",
    ["Licensor may engage subcontractors at its discretion to perform its obligations.",
     "Company may use subcontractors to perform the Services, provided that Company remains "
     "responsible for their performance."],
    ids=["at-its-discretion", "remains-responsible"],
)  # fmt: skip
def it_finds_a_bare_permission_to_subcontract_missing(library: ClauseLibrary, text: str) -> None:
    """Neither consent nor flow-down: the text says the opposite of provision 14."""
    assert probe.status(library, "R14", probe.apart(text)) == "missing"


@pytest.mark.parametrize(
    "text",
    ["Vendor will give the School thirty (30) days' notice before engaging a new subprocessor.",
     "Service providers are contractually bound to use Student Data only to help us run the "
     "Service."],
    ids=["notice-of-new", "bound-to-some-terms"],
)  # fmt: skip
def it_finds_notice_or_some_written_terms_weak(library: ClauseLibrary, text: str) -> None:
    assert probe.status(library, "R14", probe.apart(text)) == "weak"


def it_does_not_take_the_vendor_calling_itself_a_service_provider_for_a_subcontractor(
    library: ClauseLibrary,
) -> None:
    text = "Company holds Student Data only as Customer's service provider."
    assert probe.status(library, "R14", probe.apart(text)) == "missing"
    assert "nothing on subcontractors" in probe.finding(library, "R14", probe.apart(text)).why


# A state's section ends at a heading above it.


def it_ends_a_states_section_at_a_higher_heading() -> None:
    sentences = [
        Sentence("Part 2 State terms", "p", 1, heading=True, level=2),
        Sentence("Connecticut", "p", 2, heading=True, level=3),
        Sentence("Vendor will delete Student Data at the end.", "p", 3),
        Sentence("Illinois", "p", 4, heading=True, level=3),
        Sentence("Vendor will notify within 30 days.", "p", 5),
        Sentence("Part 3 Everything else", "p", 6, heading=True, level=2),
        Sentence("If any provision is invalid, the rest still applies.", "p", 7),
    ]
    kept, set_aside = connecticut_only(sentences)
    assert set_aside == 2 and kept[-1].text.startswith("If any provision")


def it_ends_a_states_section_at_a_new_part_of_an_html_page() -> None:
    sentences = [
        Sentence("Connecticut", "p", 1, heading=True),
        Sentence("Vendor will delete Student Data.", "p", 2),
        Sentence("Illinois", "p", 3, heading=True),
        Sentence("Vendor will notify within 30 days.", "p", 4),
        Sentence("Schedule 2 Fees", "p", 5, heading=True),
        Sentence("Fees are due yearly.", "p", 6),
    ]
    kept, _ = connecticut_only(sentences)
    assert kept[-1].text == "Fees are due yearly."


# Found on the same documents in the rules of use, disclosure and data rights.


@pytest.mark.parametrize(
    "text",
    ["All data provided by the District, including Student Data, remains the District's "
     "property and under its exclusive control.",
     "Student Data is owned by Customer."],
    ids=["the-districts-property", "owned-by"],
)  # fmt: skip
def it_reads_the_school_owning_the_data_in_other_words(library: ClauseLibrary, text: str) -> None:
    assert probe.status(library, "R1", probe.apart(text)) == "present"


def it_does_not_read_its_own_data_centers_as_disowning_the_data(library: ClauseLibrary) -> None:
    text = "The Company does not operate its own data centers; its host secures the data."
    assert probe.status(library, "R1", probe.apart(text)) == "missing"


def it_reads_review_and_correction_in_two_steps(library: ClauseLibrary) -> None:
    sentences = probe.apart(
        "A parent or eligible student who wishes to review the personally identifiable "
        "information held in the student's records may do so by contacting the LEA.",
        "Provider shall correct any information that the LEA confirms is erroneous.",
    )
    assert probe.status(library, "R4", sentences) == "present"


@pytest.mark.parametrize(
    "text",
    ["Requests by parents to review or correct student records remain the District's "
     "responsibility.",
     "The Company shall review its information security program and update it yearly."],
    ids=["the-schools-responsibility", "not-their-data"],
)  # fmt: skip
def it_finds_no_procedure_where_the_school_or_nobody_has_one(
    library: ClauseLibrary, text: str
) -> None:
    assert probe.status(library, "R4", probe.apart(text)) == "missing"


def it_reads_students_owning_what_they_create(library: ClauseLibrary) -> None:
    text = "Students own what they create in the app; it belongs to the student."
    assert probe.status(library, "R11", probe.apart(text)) == "present"


def it_finds_a_catch_all_purpose_weak(library: ClauseLibrary) -> None:
    text = (
        "Licensor will use Licensee Data only to provide the Software, to comply with law, and "
        "for Licensor's internal business purposes, including product analytics."
    )
    assert probe.status(library, "R3", probe.apart(text)) == "weak"


def it_does_not_read_customer_support_as_a_permitted_use(library: ClauseLibrary) -> None:
    text = "Provider shall use Student Data solely to provide the Platform and related support."
    assert probe.status(library, "U1", probe.apart(text)) == "missing"


def it_reads_no_ads_in_the_product_named_for_the_vendor(library: ClauseLibrary) -> None:
    sentences = probe.apart(
        'These terms are between Pebble Labs, PBC ("Pebble", "we", "us") and your School.',
        "There are no ads in Pebble.",
        "We never track students across other apps or websites to show them ads.",
    )
    assert probe.status(library, "R15a", sentences) == "present"
    assert probe.status(library, "R15b", sentences) == "present"


def it_does_not_read_a_permission_to_share_as_an_exception_to_the_sale_ban(
    library: ClauseLibrary,
) -> None:
    # The whole ban of 15(d) (a ban on selling alone is weak, by the corpus's convention),
    # then a permission to share: sharing is 15(e)'s matter, not an exception to the ban.
    text = (
        "Licensor will not sell, rent or trade Licensee Data, but may share Licensee Data with "
        "its Affiliates."
    )
    assert probe.status(library, "R15d", probe.apart(text)) == "present"


@pytest.mark.parametrize(
    ("text", "status"),
    [("This Section does not prevent a transfer of Student Data to a successor.", "missing"),
     ("We do not transfer Student Data outside the United States.", "missing"),
     ("We share Student Data only with the subprocessors listed on our website.", "weak")],
    ids=["does-not-prevent", "residency", "only-with"],
)  # fmt: skip
def it_reads_what_limits_disclosure_and_what_does_not(
    library: ClauseLibrary, text: str, status: str
) -> None:
    assert probe.status(library, "R15e", probe.apart(text)) == status


def it_reads_a_denied_prohibition_as_a_permission() -> None:
    from crec_assemble.audit.negation import negated

    assert not negated("This Section does not prevent a transfer of data.", r"\btransfer")
    assert negated("Provider is prohibited from selling student data.", r"\bsell")


def it_finds_the_vendors_name_after_a_web_pages_navigation() -> None:
    from crec_assemble.audit.parties import vendor_names

    navigation = [f"Menu item {n}" for n in range(25)]
    preamble = 'These Terms bind Quillpad Technologies, Inc. ("Quillpad", "we") and the Subscriber.'
    assert vendor_names(probe.apart(*navigation, preamble)) == ("Quillpad",)


# Found by probing the rules with drafting of the same family the documents do not use.


def it_reads_a_party_named_before_a_passive_modal_as_the_one_acted_on() -> None:
    notified = classify(Sentence("The District will be notified of any breach.", "p", 1))
    assert notified.kind == "vendor"
    by_school = classify(Sentence("Parents shall be notified by the District.", "p", 1))
    assert by_school.kind == "school"


def it_gives_each_recipient_of_a_breach_notice_its_own_period(library: ClauseLibrary) -> None:
    text = (
        "Vendor shall notify the District within 24 hours and affected parents within thirty "
        "(30) days of discovering a breach."
    )
    assert probe.status(library, "R6a", probe.apart(text)) == "present"
    assert probe.status(library, "R6c", probe.apart(text)) == "weak"


@pytest.mark.parametrize(
    ("requirement", "text"),
    [("R6a", "Vendor will use reasonable efforts to notify the District of a breach within 48 "
      "hours."),
     ("R7", "Upon termination, Vendor will endeavour to delete all Student Data.")],
    ids=["notice", "deletion"],
)  # fmt: skip
def it_finds_a_promise_only_to_try_weak(
    library: ClauseLibrary, requirement: str, text: str
) -> None:
    assert probe.status(library, requirement, probe.apart(text)) == "weak"


@pytest.mark.parametrize(
    ("text", "status"),
    [("Deletion requests should be sent to privacy@vendor.example.", "present"),
     ("To delete Student Data, an administrator may submit a ticket through the Help Center.",
      "present"),
     ("Schools can delete student accounts and their data from the Admin Console at any time.",
      "present"),
     ("Vendor will delete Student Data when the District asks.", "weak")],
    ids=["deletion-requests", "to-delete", "self-service", "when-asked"],
)  # fmt: skip
def it_reads_more_ways_of_asking_for_deletion(
    library: ClauseLibrary, text: str, status: str
) -> None:
    assert probe.status(library, "R2", probe.apart(text)) == status


@pytest.mark.parametrize(
    "text",
    ["Vendor will delete Student Data within a commercially reasonable time after termination.",
     "We retain Student Data for as long as the account is active and for a reasonable period "
     "thereafter."],
    ids=["reasonable-time", "reasonable-period-thereafter"],
)  # fmt: skip
def it_finds_deletion_at_no_fixed_time_weak(library: ClauseLibrary, text: str) -> None:
    assert probe.status(library, "R7", probe.apart(text)) == "weak"


def it_does_not_take_connecticut_as_the_forum_for_connecticut_law(library: ClauseLibrary) -> None:
    text = (
        "This Agreement is governed by the laws of the State of New York, and the parties submit "
        "to the jurisdiction of the courts of Hartford, Connecticut."
    )
    assert probe.status(library, "R9", probe.apart(text)) == "weak"


def it_reads_a_named_security_framework_as_a_security_practice(library: ClauseLibrary) -> None:
    text = "Vendor's safeguards comply with NIST SP 800-53 and the HIPAA Security Rule."
    assert probe.status(library, "R12", probe.apart(text)) == "weak"


@pytest.mark.parametrize(
    "text",
    ["Vendor will notify the appropriate law enforcement authorities of a breach within 24 "
     "hours.",
     "Vendor will report any Security Incident to its cyber-insurance carrier within 48 hours."],
    ids=["law-enforcement", "insurer"],
)  # fmt: skip
def it_does_not_take_notice_to_a_third_party_for_notice_to_the_school(
    library: ClauseLibrary, text: str
) -> None:
    assert probe.status(library, "R6a", probe.apart(text)) == "missing"


def it_finds_a_notice_clock_from_the_vendors_determination_weak(library: ClauseLibrary) -> None:
    text = (
        "Vendor will notify the District within 24 hours of its determination that a breach "
        "has occurred."
    )
    assert probe.status(library, "R6a", probe.apart(text)) == "weak"


def it_reads_families_notified_in_the_passive_by_the_vendor(library: ClauseLibrary) -> None:
    by_vendor = (
        "Parents of affected students will be notified by Vendor within ten (10) days of "
        "discovery of any breach."
    )
    by_school = "Parents of affected students will be notified of any breach by the District."
    assert probe.status(library, "R6d", probe.apart(by_vendor)) == "present"
    assert probe.status(library, "R6d", probe.apart(by_school)) == "missing"


def it_finds_deletion_at_the_end_that_waits_on_the_schools_request_weak(
    library: ClauseLibrary,
) -> None:
    text = "Upon termination, the District may request that Vendor delete Student Data."
    assert probe.status(library, "R7", probe.apart(text)) == "weak"


def it_finds_deletion_on_request_subject_to_the_vendors_retention_policy_weak(
    library: ClauseLibrary,
) -> None:
    text = (
        "Vendor will delete Student Data upon the District's written request, subject to "
        "Vendor's data retention policy."
    )
    assert probe.status(library, "R2", probe.apart(text)) == "weak"


@pytest.mark.parametrize(
    "text",
    ["This Agreement does not make Vendor a school official under FERPA.",
     "The District represents that it has complied with FERPA in providing data to Vendor."],
    ids=["not-a-school-official", "the-school-represents"],
)  # fmt: skip
def it_finds_no_ferpa_commitment_in_a_denial_or_the_schools_word(
    library: ClauseLibrary, text: str
) -> None:
    assert probe.status(library, "R8", probe.apart(text)) == "missing"


def it_does_not_read_standards_named_to_be_disclaimed_as_met(library: ClauseLibrary) -> None:
    text = (
        "Vendor will maintain safeguards appropriate to the data, but HITECH and 45 CFR 164.312 "
        "do not apply to Vendor."
    )
    # the standards disclaimed, no other named: safeguards with no standard at all (weak until
    # 2026-12-04, when the readings table took such practices for missing)
    assert probe.status(library, "R12", probe.apart(text)) == "missing"


def it_reads_the_connecticut_section_before_the_general_terms_it_overrides(
    tmp_path: Path, library: ClauseLibrary
) -> None:
    terms = tmp_path / "terms.md"
    terms.write_text(
        "We will delete your School's student data within sixty (60) days after the "
        "subscription ends.\n\n## State terms\n\n### Connecticut\n\nStudent data will not be "
        "retained by us after the contracted services end.\n\n### Illinois\n\nWe will delete "
        "student data within ninety (90) days.\n"
    )
    findings = audit_sentences(read_sentences(terms), library.requirements, "operator")
    (deletion,) = [f for f in findings if f.requirement.id == "R7"]
    assert deletion.status == "present"


@pytest.mark.parametrize(
    "text",
    ["Receive the extracts through the District's secure file transfer server and validate the "
     "data.",
     "We will notify the School within two days after we discover a breach of security "
     "involving student information."],
    ids=["secure-file-transfer", "breach-of-security"],
)  # fmt: skip
def it_finds_no_security_undertaking_in_security_merely_named(
    library: ClauseLibrary, text: str
) -> None:
    assert probe.status(library, "R5", probe.apart(text)) == "missing"


def it_reads_keeping_data_safe_as_a_security_undertaking(library: ClauseLibrary) -> None:
    sentences = probe.apart("We keep student data safe and confidential.")
    assert probe.status(library, "R5", sentences) == "present"


def it_does_not_read_a_breach_of_the_contract_as_a_breach_of_security(
    library: ClauseLibrary,
) -> None:
    text = (
        "Either party may terminate this Agreement if the other party commits a material breach "
        "that is not remedied within thirty (30) days after written notice of it."
    )
    assert probe.status(library, "R6b", probe.apart(text)) == "missing"


def it_does_not_read_the_law_a_party_is_established_under_as_the_governing_law(
    library: ClauseLibrary,
) -> None:
    text = (
        "Capitol Region Education Council, a regional educational service center established "
        "under the laws of the State of Connecticut, is the Customer."
    )
    assert probe.status(library, "R9", probe.apart(text)) == "missing"


def it_reads_encryption_as_a_security_undertaking_and_secure_destruction_as_none(
    library: ClauseLibrary,
) -> None:
    destroy = "At the end, Consultant shall securely destroy all student records."
    encrypt = "Consultant shall store student records on encrypted devices."
    assert probe.status(library, "R5", probe.apart(destroy)) == "missing"
    assert probe.status(library, "R5", probe.apart(destroy, encrypt)) == "present"


def it_quotes_the_vendors_own_security_undertaking_before_its_subprocessors(
    library: ClauseLibrary,
) -> None:
    finding = probe.finding(
        library,
        "R5",
        probe.apart(
            "Provider shall require its Subprocessors to protect Student Data.",
            "Provider shall maintain safeguards to protect the security of Student Data.",
        ),
    )
    assert finding.sentence is not None and finding.sentence.text.startswith("Provider shall main")


@pytest.mark.parametrize(
    ("text", "days"),
    [("within 72hrs", 3.0), ("within a month", 30.0), ("within a fortnight", 14.0),
     ("no later than the next business day", 1.4), ("within an hour", 1 / 24)],
    ids=["glued-unit", "a-month", "fortnight", "next-business-day", "an-hour"],
)  # fmt: skip
def it_reads_more_spellings_of_a_period(text: str, days: float) -> None:
    from crec_assemble.audit.durations import durations

    assert [d.days for d in durations(text)] == [pytest.approx(days)]


def it_does_not_read_around_the_clock_as_a_period() -> None:
    from crec_assemble.audit.durations import durations

    assert [d.days for d in durations("Support is available 24 hours a day.")] == [1.0]


def it_reads_every_item_of_a_word_list_with_its_lead_in(tmp_path: Path) -> None:
    from docx import Document

    document = Document()
    document.add_paragraph("If Provider discovers a breach of security, Provider shall:")
    for item in ("notify the District within 48 hours;",
                 "notify affected parents within five (5) days; and",
                 "cooperate with the District."):  # fmt: skip
        document.add_paragraph(item, style="List Number")
    document.add_paragraph("This Agreement is governed by the laws of Connecticut.")
    path = tmp_path / "terms.docx"
    document.save(str(path))
    texts = [s.text for s in read_sentences(path)]
    assert texts[2].startswith("If Provider discovers a breach") and texts[2].endswith("; and")
    assert texts[3].startswith("If Provider discovers a breach")
    assert texts[4] == "This Agreement is governed by the laws of Connecticut."


def it_finds_the_urgent_notice_in_a_sentence_of_its_own(library: ClauseLibrary) -> None:
    sentences = probe.apart(
        "In the event of a Security Breach, Vendor shall notify the District within five (5) "
        "calendar days of discovery.",
        "Where misuse of Student Data may be imminent, Vendor shall notify the District within "
        "two (2) calendar days.",
    )
    assert probe.status(library, "R6a", sentences) == "present"
    assert probe.status(library, "R6a", sentences[:1]) == "weak"


def it_reads_all_of_the_terms_flowing_down_to_a_subcontractor(library: ClauseLibrary) -> None:
    sentences = probe.apart(
        "Vendor shall not subcontract any of its obligations without the prior written consent "
        "of the District.",
        "Any permitted subcontract shall require the subcontractor to comply with all of the "
        "terms of this DPA.",
    )
    assert probe.status(library, "R14", sentences) == "present"


def it_does_not_take_the_end_of_a_period_for_the_end_of_the_services(
    library: ClauseLibrary,
) -> None:
    request = (
        "Within thirty (30) calendar days of receiving the request, or of the end of the ten "
        "(10) business days, Contractor shall delete the Student Data requested."
    )
    end = (
        "Student Data shall not be retained or available to Contractor upon completion of the "
        "services."
    )
    finding = probe.finding(library, "R7", probe.apart(request, end))
    assert finding.status == "present" and finding.sentence is not None
    assert finding.sentence.text.startswith("Student Data shall not be retained")
