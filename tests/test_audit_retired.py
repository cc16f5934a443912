"""Classes of misreading found when held-out batches 1 and 2 were opened for development,
each read right (development batches 5 and 6 are tests/test_audit_dev_batches.py's).

Each case is a sentence of the class, written for the test in words of its own, not a
corpus document's: who gives a breach notice to families, a breach named by its verb, the
contractor named without a definition, a duty of "each" party, FERPA acknowledged or
disclaimed rather than promised, advertising bans on the data, glossary definitions, security
by efforts, borrowed terms, requests passed to the school and multi-state pages.
"""

from __future__ import annotations

import pytest

import audit_probes as probe
from crec_assemble.audit.parties import vendor_names
from crec_assemble.audit.reader import Sentence
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
     # a ban on the PII alone is there but falls short of 15(a)'s (weak; until 2026-12-02
     # read as missing, which no outside writer labelled it: batches 3, 8 and 14 said weak)
     (("Vendor will not use personally identifiable information contained in Student Data "
       "for targeted advertising.",), "weak", "weak"),
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
    # Forwarding alone was weak in batch 2's labels; the readings settled after batch 6 make
    # it missing ("the vendor refers families away and takes no part"), as every later batch
    # labels it (tests/test_audit_batch_9.py).
    [(("Vendor shall forward to the District, within five (5) business days, any request it "
       "receives from a parent or student to inspect or amend education records.",
       "Vendor shall not respond to such a request itself."), "missing"),
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
