"""Classes of misreading found when held-out batches 1 and 2 were opened for development, and
in development batch 5 (tests/corpus/dev-5/), each read right.

Each case is a sentence of the class, written for the test in words of its own, not a
corpus document's: who gives a breach notice to families, a breach named by its verb, the
contractor named without a definition, a duty of "each" party, FERPA acknowledged or
disclaimed rather than promised, advertising bans on the data, glossary definitions, security
by efforts, borrowed terms, requests passed to the school, multi-state pages, amendments that
strike and replace, the vendor's own defined names, lists led by one denial, sections that
take a promise back, and marked-up drafts read with their changes accepted.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import audit_probes as probe
from crec_assemble.audit.defined_terms import concept_names
from crec_assemble.audit.findings import audit_document
from crec_assemble.audit.negation import negation_scopes
from crec_assemble.audit.parties import vendor_names
from crec_assemble.audit.reader import Sentence
from crec_assemble.audit.redline_marks import accepted
from crec_assemble.audit.sentences import classify
from crec_assemble.audit.state_scope import state_sections
from crec_assemble.library.clauses import ClauseLibrary


def _status(library: ClauseLibrary, requirement: str, *texts: str) -> str:
    return probe.status(library, requirement, probe.apart(*texts))


@pytest.mark.parametrize(
    ("text", "status"),
    [("Vendor will notify the District within 24 hours of discovering a breach, and will give "
      "the District the facts it needs to notify families.", "missing"),
     ("The District may elect to provide notice of the breach to the affected parents; Vendor "
      "shall reasonably assist.", "missing"),
     ("Vendor shall give the Board the information it needs to report the breach to all "
      "affected parents.", "missing"),
     ("Vendor will notify the District within 24 hours and affected parents within three (3) "
      "days of discovering a breach.", "present"),
     ("Vendor will, at the District's direction, notify affected parents of a breach within "
      "three (3) days of discovery.", "weak")],
    ids=["facts-for-the-school", "school-elects", "information-it-needs", "vendor-tells-both",
         "at-the-schools-direction"],
)  # fmt: skip
def it_credits_only_the_vendors_own_breach_notice_to_families(
    text: str, status: str, library: ClauseLibrary
) -> None:
    assert _status(library, "R6c", text) == status


def it_reads_data_that_is_breached_as_a_breach(library: ClauseLibrary) -> None:
    text = "If student data is breached, we will tell the school within 48 hours of finding out."
    assert _status(library, "R6a", text) == "present"
    assert _status(library, "R6a", "If Vendor has breached this Agreement, we will tell the "
                                    "school within 48 hours.") == "missing"  # fmt: skip


def it_finds_the_contractors_name_from_the_promises_it_makes() -> None:
    sentences = probe.apart(
        "Lindenware will encrypt Student Data at rest.",
        "Lindenware shall not sell Student Data.",
        "Lindenware will delete Student Data when the services end.",
        "Questions go to privacy@lindenware.example.",
    )
    assert vendor_names(sentences) == ("Lindenware",)
    assert vendor_names(sentences[:2]) == ()  # twice is not yet a habit


def it_reads_a_duty_of_each_party_as_the_vendors_too() -> None:
    text = "Harrow and the Board will each ensure compliance with FERPA."
    assert classify(Sentence(text, "paragraph 1", 1)).binds_vendor


@pytest.mark.parametrize(
    ("texts", "status"),
    [(("Vendor does not assume any of the School's obligations under FERPA.",), "missing"),
     (("Vendor acknowledges that the Board is subject to FERPA.",), "missing"),
     (("Neither party will act in a manner inconsistent with FERPA, and Vendor and the "
       "District shall each ensure compliance with FERPA.",), "present"),
     (("To the extent Student Data includes education records, Vendor will comply with "
       "FERPA.",), "weak"),
     (("Vendor shall comply with the limits on redisclosure in 34 CFR § 99.33.",), "weak"),
     (("De-identified data may be used by Vendor for purposes allowed under FERPA.",),
      "missing"),
     (("De-identified data may be used by Vendor for purposes allowed under FERPA.",
       "Vendor shall comply with all applicable federal, state and local laws."), "weak")],
    ids=["not-assumed", "acknowledged", "each-ensures", "to-the-extent-records", "one-section",
         "permission", "all-applicable-laws"],
)  # fmt: skip
def it_reads_ferpa_promised_apart_from_ferpa_named(
    texts: tuple[str, ...], status: str, library: ClauseLibrary
) -> None:
    assert _status(library, "R8", *texts) == status


@pytest.mark.parametrize(
    ("texts", "r15a", "r15b"),
    [(("Vendor will not use Student Data for targeted advertising.",), "present", "weak"),
     (("Vendor will not use Student Data, including persistent unique identifiers, for "
       "targeted advertising.",), "present", "present"),
     (("The Student Data shared under the Agreement, including persistent unique identifiers, "
       "shall be used for no purpose other than the Services.",
       "Vendor is prohibited from using Student Data to inform, influence or enable targeted "
       "advertising."), "present", "present"),
     (("Vendor will not use personally identifiable information contained in Student Data "
       "for targeted advertising.",), "missing", "weak"),
     (("Student Data is not used for targeted advertising.",), "missing", "missing"),
     (("Vendor will not sell Student Data for targeted advertising.",), "missing", "missing")],
    ids=["student-data", "with-identifiers", "identifiers-in-another-promise", "pii-only",
         "a-report-of-practice", "selling-only"],
)  # fmt: skip
def it_reads_a_ban_on_using_student_data_for_targeted_advertising_as_the_guide_does(
    texts: tuple[str, ...], r15a: str, r15b: str, library: ClauseLibrary
) -> None:
    assert (_status(library, "R15a", *texts), _status(library, "R15b", *texts)) == (r15a, r15b)


@pytest.mark.parametrize(
    "text",
    ["Student Data: Student Data includes any data gathered by Provider, whether collected "
     "only for school purposes or not.",
     "Student Records: means any information the Provider shall collect only for school "
     "purposes."],
    ids=["term-repeated", "colon-means"],
)  # fmt: skip
def it_reads_a_glossary_entry_as_a_definition(text: str, library: ClauseLibrary) -> None:
    assert classify(Sentence(text, "paragraph 1", 1)).kind == "definition"
    assert _status(library, "R15c", text) == "missing"


@pytest.mark.parametrize(
    ("text", "status"),
    [("Vendor may use de-identified data to develop and improve its services.", "present"),
     ("De-identified data may be used by Vendor for those purposes allowed under FERPA and to "
      "improve its services.", "weak"),
     ("De-identified data may be used by Vendor to assist other governmental agencies in "
      "conducting research, and to improve its services.", "weak")],
    ids=["develop-and-improve", "whatever-ferpa-allows", "others-research"],
)  # fmt: skip
def it_reads_de_identified_uses_beyond_the_two_permitted_as_weak(
    text: str, status: str, library: ClauseLibrary
) -> None:
    assert _status(library, "U2", text) == status


def it_does_not_take_a_promise_about_de_identified_data_for_a_limit_on_student_data(
    library: ClauseLibrary,
) -> None:
    assert _status(library, "R15e", "Vendor does not share de-identified Student Data with "
                                     "third parties.") == "missing"  # fmt: skip


def it_judges_a_disclosure_limit_by_the_section_it_points_to(library: ClauseLibrary) -> None:
    lead = "4.2 Vendor may disclose Student Data only:"
    sentences = [
        Sentence("4.1 Vendor shall not disclose Student Data, except as permitted by Section 4.2.",
                 "paragraph 1", 1),
        Sentence(lead, "paragraph 2", 2),
        *(Sentence(f"{lead} {item}", f"paragraph {n}", n) for n, item in enumerate(
            ["to comply with federal or state law;", "in response to a judicial order;",
             "to an entity Vendor hires to provide services for the Service, provided that "
             "Vendor's written contract with that entity prohibits it from using Student Data "
             "for any purpose other than providing the contracted service, prohibits it from "
             "disclosing Student Data to subsequent third parties, and requires it to maintain "
             "reasonable security procedures and practices."], 3))]  # fmt: skip
    assert probe.status(library, "R15e", sentences) == "present"


@pytest.mark.parametrize(
    ("texts", "status"),
    [(("Vendor will use commercially reasonable efforts to keep Student Data confidential and "
       "secure.",), "weak"),
     (("We use reasonable measures to protect Student Data.",
       "But no method of transmission over the internet is 100% secure."), "weak"),
     (("We may share information to comply with law or protect rights and safety.",),
      "missing"),
     (("Under the Children's Online Privacy Protection Act, a parent may review the "
       "information.",), "missing"),
     (("Vendor shall encrypt Student Data and keep it confidential.",), "present")],
    ids=["efforts", "taken-back", "protect-rights", "law-name", "firm"],
)  # fmt: skip
def it_reads_security_tried_for_or_taken_back_as_weak(
    texts: tuple[str, ...], status: str, library: ClauseLibrary
) -> None:
    assert probe.status(library, "R5", probe.clause(*texts)) == status


def it_reads_a_notice_for_other_kinds_of_data_in_the_next_paragraph(
    library: ClauseLibrary,
) -> None:
    sentences = [
        Sentence("If Vendor discovers a breach of student information other than directory "
                 "information, it will notify the District within five (5) calendar days of "
                 "discovery, and within two (2) calendar days where misuse is imminent.",
                 "paragraph 1", 1),
        Sentence("If directory information is involved, notice will be given no later than [__] "
                 "days after discovery.", "paragraph 2", 2),
    ]  # fmt: skip
    assert probe.status(library, "R6a", sentences) == "present"
    assert probe.status(library, "R6b", sentences) == "weak"


def it_takes_the_period_not_the_urgent_exception_for_the_schools_notice(
    library: ClauseLibrary,
) -> None:
    texts = ("On a breach, Vendor shall notify the Board no later than five (5) business days "
             "after discovery.",
             "Where urgent notice may be required because of imminent misuse, Vendor shall "
             "notify the Board within two (2) calendar days after discovery.")  # fmt: skip
    assert probe.status(library, "R6a", probe.clause(*texts)) == "weak"


@pytest.mark.parametrize(
    ("texts", "requirement", "status"),
    [(("Section 14.6 (Severability) of the Main Agreement applies to this DPA.",), "R10",
      "weak"),
     (("If any provision of this Addendum or of the Underlying Agreement is held invalid, the "
       "remaining provisions continue in full force.",), "R10", "present"),
     (("This DPA is governed by the laws of the State of New York.",
       "For Connecticut schools, Connecticut law governs the rights and duties of the parties "
       "with respect to Student Data."), "R9", "weak"),
     (("For Connecticut schools, Connecticut law governs the rights and duties of the parties "
       "with respect to this Agreement.",), "R9", "present")],
    ids=["severability-borrowed", "severability-own", "connecticut-for-the-data-only",
         "connecticut-for-all"],
)  # fmt: skip
def it_reads_terms_borrowed_or_limited_as_weak(
    texts: tuple[str, ...], requirement: str, status: str, library: ClauseLibrary
) -> None:
    assert _status(library, requirement, *texts) == status


@pytest.mark.parametrize(
    ("texts", "status"),
    [(("Vendor shall forward to the District, within five (5) business days, any request it "
       "receives from a parent or student to inspect or amend education records.",
       "Vendor shall not respond to such a request itself."), "weak"),
     (("If Vendor receives a request from a parent or student to access, review or correct "
       "Student Data, it will direct the requester to the District.",
       "Vendor will assist the District in responding to such requests."), "weak"),
     (("Requests from parents to inspect or correct education records should be directed to "
       "the School.",), "missing")],
    ids=["forwards", "directs-and-assists", "no-part-of-its-own"],
)  # fmt: skip
def it_reads_requests_passed_to_the_school_as_no_procedure_of_the_vendors(
    texts: tuple[str, ...], status: str, library: ClauseLibrary
) -> None:
    assert probe.status(library, "R4", probe.clause(*texts)) == status


def it_reads_a_state_heading_under_a_part_label() -> None:
    dash = "\u2013"
    texts = [
        f"Part A {dash} Terms for all LEAs",
        "Vendor encrypts data.",
        f"Part B {dash} California",
        "Pupil content belongs to the pupil.",
        "Part C: Connecticut",
        "Vendor deletes data.",
    ]
    sentences = [Sentence(t, f"paragraph {n}", n, heading=t.startswith("Part"))
                 for n, t in enumerate(texts, 1)]  # fmt: skip
    assert state_sections(sentences) == ["", "", "california", "california", "connecticut",
                                         "connecticut"]  # fmt: skip


# -- Development batch 5: amendments, paraphrase, defined names, sections of a page ----------


def it_reads_the_replacement_text_of_an_amendment_not_what_it_struck(
    library: ClauseLibrary,
) -> None:
    text = ("11.1 Section 14.1 of the Agreement (Governing Law), which selected the laws of the "
            "State of Delaware, is struck and replaced with the following: The laws of the State "
            "of Connecticut shall govern this Agreement and the rights and duties of the "
            "parties.")  # fmt: skip
    finding = probe.finding(library, "R9", probe.apart(text))
    assert finding.status == "present"
    assert finding.sentence is not None and finding.sentence.text.startswith("The laws")


def it_reads_a_state_heading_with_its_statute_and_general_terms_after_it() -> None:
    texts = [
        "California Supplement (SOPIPA)",
        "Vendor keeps pupil work.",
        "Connecticut Supplement (C.G.S. Sections 10-234aa to 10-234dd)",
        "Vendor deletes data.",
        "General Terms (All Schools)",
        "Vendor encrypts data.",
    ]
    sentences = [Sentence(t, f"paragraph {n}", n, heading=n % 2 == 1)
                 for n, t in enumerate(texts, 1)]  # fmt: skip
    assert state_sections(sentences) == ["california", "california", "connecticut",
                                         "connecticut", "", ""]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    ["If a court decides that part of these terms is invalid, the rest still applies as fully "
     "as it can.",
     "If a court holds any term of this Rider invalid, that holding leaves untouched every "
     "other term that can operate without it."],
    ids=["rest-still-applies", "leaves-untouched"],
)  # fmt: skip
def it_reads_severability_in_plain_words(text: str, library: ClauseLibrary) -> None:
    assert _status(library, "R10", text) == "present"


def it_reads_the_vendors_defined_names_as_the_concepts_they_define(
    library: ClauseLibrary,
) -> None:
    definitions = [
        '"Pupil Materials" means, taken together, Pupil Information and Pupil Works.',
        '"Pupil Information" means personally identifying information about a pupil.',
        '"Pupil Works" means materials a pupil creates, such as essays.',
        '"Interest-Based Ads" means advertisements shown to a pupil that are chosen on the '
        "strength of Pupil Materials.",
        '"Engaged Processor" means any person to whom Vendor subcontracts part of the services.',
        '"Incident" means any unauthorised release of Pupil Materials.',
        '"Sell" means to exchange Pupil Materials for money.',
    ]
    assert concept_names(definitions) == {
        "Pupil Materials": "Student Data",
        "Pupil Information": "Student Data",
        "Pupil Works": "Student-Generated Content",
        "Interest-Based Ads": "Targeted Advertising",
        "Engaged Processor": "subcontractor",
    }
    promise = "Pupil Works belong to the pupil who made them, or to the pupil's parent."
    assert _status(library, "R11", *definitions, promise) == "present"
    assert _status(library, "R11", promise) == "missing"


@pytest.mark.parametrize(
    ("requirement", "texts", "status"),
    [("R8", ("Vendor and the Council each undertake to see that the Family Educational Rights "
             "and Privacy Act is complied with.",), "present"),
     ("R4", ("Parents can see their child's reading level and reading history in the Family "
             "view of the app.",
             "If you think something is wrong, tell us; where we agree there is an error, we "
             "will fix it."), "weak"),
     ("U2", ("We may use de-identified data to improve the Service and for other lawful "
             "business purposes.",), "weak"),
     ("R15c", ("You give us a worldwide, non-exclusive, royalty-free license to host, store and "
               "process your content only as needed to operate and promote the Services.",),
      "missing"),
     ("R9", ("This Connecticut Supplement is governed by the laws of the State of Connecticut.",
             "These General Terms are governed by the laws of the State of Delaware."), "weak"),
     ("R6b", ("We will notify California Schools of a security breach involving Student Data "
              "within 72 hours of discovering it.",), "weak")],
    ids=["ferpa-complied-with", "fixes-what-it-agrees-is-wrong", "other-business-purposes",
         "a-licence-is-no-limit", "connecticut-for-its-section", "another-states-schools"],
)  # fmt: skip
def it_reads_the_fifth_batchs_drafting(
    requirement: str, texts: tuple[str, ...], status: str, library: ClauseLibrary
) -> None:
    assert probe.status(library, requirement, probe.clause(*texts)) == status


def it_gives_deletion_on_request_no_procedure_from_the_next_numbered_item(
    library: ClauseLibrary,
) -> None:
    texts = (
        "7.1 Supplier will delete Student Data upon Customer's request.",
        "7.2 Upon termination, Supplier will retain Student Data for ninety (90) days.",
    )
    assert probe.status(library, "R2", probe.clause(*texts)) == "weak"


def it_reads_a_families_notice_of_student_information_only_as_short_of_6d(
    library: ClauseLibrary,
) -> None:
    text = ("Where a breach involves Student Information (other than Directory Information), "
            "Vendor shall notify the affected students or their parents within five (5) days "
            "after discovery.")  # fmt: skip
    assert _status(library, "R6c", text) == "present"
    assert _status(library, "R6d", text) == "weak"


def it_carries_a_denial_that_leads_a_list_to_every_item(library: ClauseLibrary) -> None:
    text = ("Vendor shall not: (a) engage in targeted advertising on its website; (b) collect "
            "or store Student Data for anything other than furthering school purposes; (c) "
            "sell, rent or trade Student Data, unless the sale is part of a merger in which "
            "the successor operator continues to be subject to this Agreement; or (d) use "
            "personally identifiable information for targeted advertising.")  # fmt: skip
    assert negation_scopes(text.casefold())[0][1] == len(text)
    assert _status(library, "R15d", text) == "present"
    assert _status(library, "R15c", text) == "present"  # item (c)'s merger is not item (b)'s


def it_reads_terms_that_have_the_meanings_a_statute_gives_as_definitions() -> None:
    text = (
        '"Student Information" and "Targeted Advertising" have the meanings given in Conn. '
        "Gen. Stat. 10-234aa."
    )
    assert classify(Sentence(text, "paragraph 1", 1)).kind == "definition"


@pytest.mark.parametrize(
    ("texts", "status"),
    [(("3.1 Supplier will not use Student Data for targeted advertising, in MealTally or "
       "elsewhere.",
       "3.3 Sections 3.1 and 3.2 do not apply to contact data, which Supplier may use to send "
       "offers for its partners' products."), "weak"),
     (("3.1 Supplier will not use Student Data for targeted advertising, in MealTally or "
       "elsewhere.",
       "Notwithstanding Section 3, Supplier may show sponsored offers to students."), "weak"),
     (("3.1 Supplier will not use Student Data for targeted advertising, in MealTally or "
       "elsewhere.",), "present"),
     (("3.1 Supplier will not use Student Data for targeted advertising, in MealTally or "
       "elsewhere.",
       "This Section 3.1 does not prevent a transfer to a successor operator bound by this "
       "Agreement."), "present")],
    ids=["sections-do-not-apply", "notwithstanding", "alone", "an-allowed-carve-back"],
)  # fmt: skip
def it_reads_a_promise_another_section_takes_back_as_weak(
    texts: tuple[str, ...], status: str, library: ClauseLibrary
) -> None:
    assert _status(library, "R15a", *texts) == status


def it_reads_a_ban_that_names_both_venues_as_holding_everywhere(library: ClauseLibrary) -> None:
    text = ("We will never use a student's personal information to target advertising, in "
            "PebblePath or anywhere else.")  # fmt: skip
    assert _status(library, "R15a", text) == "present"


# -- A marked-up draft is read with its changes accepted -------------------------------------


@pytest.mark.parametrize(
    ("marked", "clean"),
    [("Vendor ~~shall not sell Student Data~~ may sell data.", "Vendor  may sell data."),
     ("Vendor ++shall not sell Student Data++.", "Vendor shall not sell Student Data."),
     ("Vendor {--shall not--}{++may++} sell data.", "Vendor may sell data."),
     ("Vendor {~~shall not~>may~~} sell data.", "Vendor may sell data."),
     ("~~~\nfenced\n~~~", "~~~\nfenced\n~~~")],
    ids=["struck", "inserted", "critic-delete-insert", "critic-substitute", "a-fence"],
)  # fmt: skip
def it_accepts_the_marked_changes_of_a_text_draft(marked: str, clean: str) -> None:
    assert accepted(marked)[0] == clean


@pytest.mark.parametrize(
    ("name", "content"),
    [("draft.md", "# Addendum\n\n1. Vendor ~~shall not sell, rent or trade Student Data~~ "
                  "++may share Student Data with partners++.\n"),
     ("draft.html", "<html><body><p>Vendor <del>shall not sell, rent or trade Student "
                    "Data</del><ins>may share Student Data with partners</ins>.</p>"
                    "</body></html>")],
    ids=["markdown", "html"],
)  # fmt: skip
def it_does_not_credit_a_promise_the_draft_strikes(
    tmp_path: Path, name: str, content: str, library: ClauseLibrary
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    audited = audit_document(path, "operator", library.requirements)
    (sale,) = [f for f in audited.findings if f.requirement.id == "R15d"]
    assert sale.status == "missing"
    assert name.endswith(".html") or audited.notes == (
        "read with its marked changes accepted: 1 struck passage left out",
    )


def it_reads_the_permitted_uses_with_every_item_of_their_list(library: ClauseLibrary) -> None:
    lead = "Vendor may use Student Data:"
    sentences = [Sentence(lead, "paragraph 1", 1)] + [
        Sentence(f"{lead} {item}", "paragraph 1", 1)
        for item in ("(i) to maintain, support and improve the Service;",
                     "(ii) for adaptive learning purposes; or",
                     "(iii) for marketing our other products.")
    ]  # fmt: skip
    assert probe.status(library, "U1", sentences) == "weak"
    assert probe.status(library, "U1", sentences[:3]) == "present"


def it_reads_notice_of_a_new_subprocessor_in_either_order_as_notice_not_consent(
    library: ClauseLibrary,
) -> None:
    text = ("Vendor will not engage a new subprocessor without giving the District thirty (30) "
            "days' notice by e-mail.")  # fmt: skip
    assert _status(library, "R14", text) == "weak"


# -- Development batch 6 ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("requirement", "texts", "status"),
    [("R7", ("Upon termination, Vendor will delete Student Data upon the School's written "
             "request.",), "weak"),
     ("R8", ("The School acknowledges that it is subject to FERPA and is responsible for its "
             "annual notices.",), "missing"),
     ("R3", ("We collect and use Student Data only for school purposes and the uses described "
             "in Section 4.",), "weak"),
     ("R3", ("We only use student data to run the Service for schools, to develop new games, "
             "and as described elsewhere in this notice.",), "weak"),
     ("R15a", ("We never use students' personal information for targeted advertising.",
               "The Service does not display targeted advertising to students, except for "
               "Featured Titles chosen by reading level."), "weak"),
     ("U1", ("Vendor may use Student Information (a) to maintain and improve the Service; (b) "
             "for adaptive learning; (c) to provide recommendation engines for content relating "
             "to school purposes; and (d) to respond to a request from a Student, provided such "
             "response is not determined by payment from a third party.",), "weak"),
     ("U2", ("We use de-identified data to improve the Service.",
             "We may also share aggregate statistics with research partners and with other "
             "education companies."), "weak"),
     ("R14", ("Vendor will not disclose Student Data to third parties except to its "
              "subcontractors, as needed to provide the Software.",), "missing")],
    ids=["deleted-at-the-end-only-if-asked", "the-school-acknowledges", "another-sections-uses",
         "new-games-and-elsewhere", "an-exception-in-another-term", "recommendations-unbarred",
         "shared-with-companies", "subcontractors-named-is-no-refusal"],
)  # fmt: skip
def it_reads_the_sixth_batchs_drafting(
    requirement: str, texts: tuple[str, ...], status: str, library: ClauseLibrary
) -> None:
    assert _status(library, requirement, *texts) == status
