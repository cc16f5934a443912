"""Classes of misreading found in batch 11 (tests/corpus/heldout-11/), held out until
2026-12-02 and development since, each read right.

Each case is a sentence of the class, written for the test in words of its own, not a
corpus document's.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import audit_probes as probe
from crec_assemble.audit.layout import pdf_paragraphs
from crec_assemble.library.clauses import ClauseLibrary

CASES = [  # (requirement, texts, status, id)
    # 4: families ask the school; the vendor only answers the school's call for help (weak)
    ("R4", ("Requests from a parent to see or fix a pupil's records should be sent to the "
            "Board.",
            "The Vendor will respond to the Board's request for help with such a request within a "
            "reasonable time."), "weak", "answers-the-boards-request-for-help"),
    ("R4", ("The Vendor will help the Board in responding to such requests when the Board asks in "
            "writing.",), "weak", "helps-with-such-requests"),
    ("R4", ("When the District asks, the Vendor will cooperate with the District in responding to "
            "such a request.",), "weak", "cooperates-with-such-a-request"),
    # 4: the school's procedures govern, and the vendor passes requests on and will not
    # answer them (missing)
    ("R4", ("Requests by parents or eligible students to inspect, review or amend their "
            "records are governed by the Board's own procedures.",
            "If we receive such a request, we will forward it to you and will not respond "
            "directly."), "missing", "governed-by-the-boards-procedures"),
    # 4: families sent to the school by a vendor that acts only on the school's word: "we act
    # on the District's instructions" is no part in the families' requests (missing)
    ("R4", ("A parent who wants to see or correct a pupil's record should contact the school.",
            "As we act on the District's instructions, we do not act on these requests "
            "ourselves."), "missing", "acts-on-the-districts-instructions"),
    # 4: a copy asked for through the school, with no correction: review only (weak)
    ("R4", ("A guardian may request, through the District, a copy of the records we keep about "
            "the child, and we will send it to the District within twenty (20) days.",
            "We do not change those records."), "weak", "may-request-a-copy-through-the-school"),
    # controls: the vendor acts on the requests the school forwards, within a time (present)
    ("R4", ("Parents may review their child's records and ask us to correct them through the "
            "Board, which forwards the request to us; we act on forwarded requests within ten "
            "(10) days.",), "present", "acts-on-forwarded-requests"),
    # 7: a promise to keep nothing whose own exception keeps some (weak)
    ("R7", ("At the end of the engagement the Consultant shall return all files to the Board "
            "and shall not retain Student Data, except that its psychologists may keep their "
            "own test protocols for the period their licensing board requires.",), "weak",
     "except-its-psychologists-may-keep"),
    # 7: originals handed back at the end only if asked (weak)
    ("R7", ("At the conclusion of each case, we will return the Board's records to it on "
            "request.",), "weak", "returned-at-the-end-on-request"),
    # 7: a later part that keeps the data after the end, whatever the promise says (weak)
    ("R7", ("Student Data shall not be retained by the Vendor upon completion of the services.",
            "Notwithstanding the foregoing, after termination the Vendor will retain the "
            "Board's data, read-only, for ninety (90) days."), "weak",
     "after-termination-will-retain-for-ninety-days"),
    # controls: deletion at the end, with the certificate given on request (present)
    ("R7", ("Upon termination the Vendor shall delete all Student Data and certify the deletion "
            "on request.",), "present", "certifies-on-request"),
    ("R7", ("On completion of the services the Vendor shall return all records to the Board "
            "and shall not retain Student Data, except as the Board directs in writing.",),
     "present", "except-as-the-board-directs"),
    # 2: a deletion the school asks for only at the engagement's conclusion is provision 7's
    ("R2", ("At the conclusion of the engagement, upon the Board's written request, the "
            "Consultant will return or destroy Student Data.",), "weak",
     "on-request-only-at-the-conclusion"),
    # U1: uses the vendor's policy adds, or marketing of its other offers
    ("U1", ("The Vendor will use Student Data only to provide the Service, and as otherwise "
            "described in the Vendor's Privacy Policy.",), "weak",
     "and-as-otherwise-described-in-the-policy"),
    ("U1", ("The Vendor may use parent and guardian contact information, with each student's "
            "class, to tell families about order dates, photo packages, class rings and other "
            "Vendor offers.",), "weak", "tells-families-of-its-other-offers"),
    ("U1", ("The purposes permitted by this Agreement are: (a) providing and supporting the "
            "Service; and (b) telling parents about the Vendor's holiday workshops, weekend "
            "clubs and premium memberships.",), "weak", "purposes-permitted-are-a-list"),
    # 3: a targeted-advertising ban that names the school's purposes in passing limits no use
    ("R3", ("The Vendor shall not (a) use Student Data for Targeted Advertising; or (b) engage "
            "in Targeted Advertising on any other website based on Student Data acquired "
            "because of the use of the Services for School Purposes.",), "missing",
     "ad-ban-is-no-use-limit"),
    # 15(c), U1: the vendor's own models trained on the data are a purpose beyond the school's
    ("R15c", ("The Vendor collects and stores Student Data only to provide the Service to the "
              "Board and to train and tune the Vendor's handwriting recognition models.",),
     "weak", "collects-and-trains-its-own-models"),
    ("U1", ("The Vendor may use Student Data to maintain the Service and to train its scoring "
            "models.",), "weak", "uses-to-train-its-models"),
    # control: the student's own adaptive path is the service itself
    ("U1", ("The Vendor may use Student Data to maintain the Service and to adapt the practice "
            "path to each student.",), "present", "adapts-the-students-path"),
    # 13: "any information about individual students" is student data; a ban on choosing ads
    # by it, with an exception, is no clean ban whatever another sentence says
    ("R13", ("The Consultant will not use any information about individual students for "
             "marketing, advertising or promotional purposes.",), "present",
     "information-about-individual-students"),
    ("R13", ("We never use information about students to choose which ads to show, except that "
             "we may show families offers for our camps that match the student's interests.",
             "We will not use information about students to advertise to them on other "
             "websites."), "weak", "choose-which-ads-except"),
    # 14: one section flowing down, obligations "substantially similar", helpers who "each
    # will be bound", and third parties "who will receive" the records
    ("R14", ("The Consultant shall not engage any subcontractor without the Board's prior "
             "written consent.",
             "Any approved subcontractor shall agree in writing to be bound by Section 7."),
     "weak", "bound-by-one-section"),
    ("R14", ("The Vendor will enter into a written agreement with each Subprocessor containing "
             "obligations substantially similar to those in Section 4.",), "weak",
     "obligations-substantially-similar"),
    ("R14", ("The Vendor may staff visits with nurses engaged as independent contractors.",
             "Each will be bound by confidentiality obligations substantially similar to "
             "Section 5."), "weak", "each-will-be-bound"),
    ("R14", ("We will not retain any expert or other third party who will receive Student "
             "Records without your prior written approval.",), "weak",
     "third-party-who-will-receive-records"),
    # control: the whole agreement flowing down, with written consent
    ("R14", ("The Vendor shall not engage any subcontractor without the Board's prior written "
             "consent, and each subcontractor shall be bound by terms no less protective than "
             "this Agreement.",), "present", "consent-and-no-less-protective"),
    # 15(a): others' advertising kept off the service, the vendor's own left open (weak)
    ("R15a", ("The student app contains no third-party advertising.",), "weak",
     "contains-no-third-party-advertising"),
    ("R15a", ("No third-party ad networks operate within the student editor.",), "weak",
     "no-third-party-ad-networks"),
    ("R15a", ("We do not show third-party banner ads during lessons.",), "weak",
     "does-not-show-third-party-ads"),
    # 15(e): the vendor's corporate affiliates, or its own rights and property, are none of
    # the six cases (weak); users' safety is one of them (present)
    ("R15e", ("Provider will not disclose Student Data except (a) as required by law; or (b) "
              "to Provider's corporate affiliates for customer support.",), "weak",
     "to-corporate-affiliates"),
    ("R15e", ("Provider will not disclose Student Data except (a) as required by law; or (b) "
              "when required by law or needed to protect the rights, property or safety of "
              "Provider.",), "weak",
     "to-protect-its-rights-and-property"),
    ("R15e", ("Provider will not disclose Student Data except (a) as required by law; or (b) "
              "to protect the safety or integrity of users or others.",), "present",
     "to-protect-users-safety"),
    # 2: the vendor answering a family's own request gives the school no means (missing)
    ("R2", ("A parent may ask us to delete the child's account by emailing privacy@acme.example.",
            "We will verify the request and delete the account within thirty (30) days."),
     "missing", "verifies-the-familys-request"),
    ("R2", ("The District may ask us to delete Student Data by emailing privacy@acme.example.",
            "We will verify the request and delete the data within thirty (30) days."),
     "present", "verifies-the-districts-request"),
    # 4: the evaluator gives parents a copy of its report, corrections left to the school
    ("R4", ("The Consultant will give parents a copy of the evaluation report at the meeting.",
            "Parent requests to amend any record will be handled by the Board under its own "
            "procedures."), "weak", "gives-parents-a-copy-of-the-report"),
    # 1: what the vendor derives from the students' work claimed as its property (weak)
    ("R1", ("The School retains ownership of Student Data.",
            "Scores and other insights that the Provider derives from practice activity are "
            "the Provider's property."), "weak", "insights-are-the-providers-property"),
    ("R1", ("The School retains ownership of Student Data.",
            "Scores and other insights we derive from practice activity are our property."),
     "weak", "insights-are-our-property"),
]  # fmt: skip


# Ordinary drafting a review of the classes above found misread by their first patterns,
# read as a lawyer reads it: each tuple of sentences is a paragraph.
CONTROLS = [  # (requirement, paragraphs, status, id)
    ("R7", (("The Vendor will retain Student Data only for the term of this Agreement.",
             "Upon termination, the Vendor shall delete all Student Data.",),),
     "present", "retains-only-for-the-term"),
    ("R7", (("Upon termination, the Vendor shall delete all Student Data, except that the "
             "District may keep any reports it has downloaded for its own records.",),),
     "present", "the-district-keeps-its-reports"),
    ("R7", (("Upon termination the Vendor shall delete all Student Data and provide proof on "
             "request.",),),
     "present", "proof-on-request"),
    ("R7", (("Upon termination, the Vendor shall delete all Student Data.",),
            ("Following termination, the School will keep its attendance records for ninety "
             "(90) days.",),),
     "present", "the-school-keeps-its-records"),
    ("R2", (("The District may request deletion of Student Data at any time.",
             "At the conclusion of each school year, the District may also submit deletion "
             "requests through the Vendor's administrator portal, and the Vendor will complete "
             "them within ten (10) days.",),),
     "present", "conclusion-of-each-school-year"),
    ("R4", (("Parents may request a copy of the Vendor's privacy policy, which explains how "
             "student data is used.",),
            ("The Vendor will make any correction the District directs within ten (10) days.",),),
     "weak", "a-copy-of-the-privacy-policy"),
    ("R4", (("A parent may inspect and correct the Student Data held by the Vendor by written "
             "request to the Vendor, subject to the District's FERPA procedures.",),),
     "present", "request-to-the-vendor-subject-to-ferpa"),
    ("R4", (("The District may ask the Vendor to delete Student Data at any time, and the "
             "Vendor will assist the District with such requests.",),),
     "missing", "assists-with-deletion-requests"),
    ("R4", (("A parent may review and correct the child's Student Data by a request made to the "
             "District.",
             "The Vendor will act on the District's instructions within ten (10) days.",),),
     "present", "acts-on-the-districts-instructions-in-time"),
    ("U1", (("The Vendor may use Student Data only to provide and maintain the Service and to "
             "send teachers alerts about system outages, maintenance windows and software "
             "upgrades.",),),
     "present", "alerts-about-software-upgrades"),
    ("U1", (("The Vendor may use Student Data only to maintain and improve the Service and to "
             "answer questions from parents about the optional tutoring services the School has "
             "purchased for their child.",),),
     "present", "optional-services-the-school-bought"),
    ("U1", (("The Vendor may use Student Data only to respond to questions from students and "
             "teachers about their lessons, to maintain and improve the Service, and to provide "
             "the other services described in the Order Form.",),),
     "present", "other-services-in-the-order-form"),
    ("U1", (("The Vendor may use Student Data only to provide, maintain and improve the "
             "Service.",),
            ("The Vendor may use the District's billing contact information to tell the "
             "District about other Vendor products.",),),
     "present", "the-districts-billing-contact"),
    ("U1", (("The purposes authorized under this Agreement are set out in Exhibit A.",),),
     "missing", "purposes-set-out-in-an-exhibit"),
    ("U1", (("The Vendor may use Student Data only to provide, maintain and improve the "
             "Service.",),
            ("The Vendor may use Student Data to provide the Services and as otherwise provided "
             "in a written notice from the District.",),),
     "present", "a-notice-from-the-district"),
    ("R3", (("The Vendor shall not use Student Data except to provide the Services under this "
             "Agreement, and shall not use it for targeted advertising.",),),
     "present", "use-limit-and-ad-ban"),
    ("R3", (("Provider shall not use Student Data for purposes other than providing the "
             "Services, and shall not use it for targeted advertising.",),),
     "present", "other-purposes-and-ad-ban"),
    # from a second review
    ("U1", (("The Vendor may use Student Data only to provide, maintain and improve the "
             "Services.",),
            ("The Vendor may use the names and contact information of parents to tell them "
             "about other Vendor products.",),),
     "weak", "names-and-contact-information-of-parents"),
    ("U1", (("The Vendor may use Student Data to maintain the Services, to send parents "
             "messages about upcoming lessons, and to offer them other Vendor products.",),),
     "weak", "and-to-offer-them-other-products"),
    ("R3", (("The Vendor shall use Student Data only to provide the Services and to market "
             "other products listed in the Vendor's online store.",),),
     "weak", "products-listed-in-its-store"),
    ("U1", (("The Vendor may use Student Data only to provide, maintain and improve the "
             "Services.",),
            ("The Vendor may use Student Data to provide the Services and as otherwise "
             "described in the Vendor's Data Use Policy.",),),
     "weak", "the-vendors-data-use-policy"),
    ("R15a", (("The Service displays no pop-up advertising.",),),
     "missing", "no-pop-up-advertising"),
    ("R14", (("The Vendor may engage subcontractors with the District's prior written consent.",
              "The Vendor and the District each will be bound by the terms of this "
              "Agreement.",),),
     "weak", "the-vendor-and-the-district-each"),
    ("R14", (("The Vendor shall not disclose Student Data to any third party that has access to "
              "its systems without the District's prior written consent, and any such party "
              "shall be bound by the same terms as the Vendor.",),),
     "missing", "a-disclosure-limit-is-no-subcontract-term"),
    ("R14", (("The Vendor shall not engage any subcontractor without the District's prior "
              "written consent.",
              "Each subcontractor shall agree in writing to be bound by Sections 1\u201313 of "
              "this Addendum.",),),
     "present", "bound-by-sections-1-to-13"),
    ("U1", (("The Vendor may use Student Data only to maintain the Services and to communicate "
             "with parents about the School and its program offerings.",),),
     "present", "the-schools-program-offerings"),
    ("U1", (("The Vendor may use Student Data only to maintain and improve the Services, "
             "including to tune its speech recognition models used in the Services.",),),
     "present", "models-used-in-the-services"),
    # from a third review
    ("R2", (("A parent may ask Provider to delete a child's account.",
             "The School may also request deletion of Student Data by email to "
             "privacy@provider.example, and Provider will complete the request within five "
             "days.",),),
     "present", "the-school-may-also-request"),
    ("R4", (("Provider will make any correction the District directs within ten (10) days.",),
            ("Upon enrollment, Provider will send parents a copy of its privacy policy, which "
             "describes the information it collects.",),),
     "weak", "sends-parents-its-privacy-policy"),
    ("R15e", (("Provider will not disclose Student Data except (a) as required by law; or (b) to "
               "our affiliates or to protect the rights, property or safety of Provider.",),
              ("Provider will not share Student Data with anyone except as required by law.",),),
     "weak", "own-rights-beside-a-clean-limit"),
    ("R15e", (("Provider will not disclose Student Data except (a) as required by law; or (b) to "
               "protect our rights, privacy, safety or property.",),),
     "weak", "protect-our-rights-privacy-safety-or-property"),
    ("R15e", (("Provider will not disclose Student Data except (a) as required by law; or (b) as "
               "the School directs in writing to protect the rights, property or safety of its "
               "students.",),),
     "present", "rights-and-property-of-its-students"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("requirement", "paragraphs", "status"),
    [case[:3] for case in CONTROLS],
    ids=[case[3] for case in CONTROLS],
)
def it_reads_ordinary_drafting_near_batch_11s_classes(
    library: ClauseLibrary, requirement: str, paragraphs: tuple[tuple[str, ...], ...], status: str
) -> None:
    assert probe.status(library, requirement, probe.paragraphs(*paragraphs)) == status


@pytest.mark.parametrize(
    ("requirement", "texts", "status"),
    [case[:3] for case in CASES],
    ids=[case[3] for case in CASES],
)
def it_reads_batch_11s_drafting(
    library: ClauseLibrary, requirement: str, texts: tuple[str, ...], status: str
) -> None:
    assert probe.status(library, requirement, probe.clause(*texts)) == status


def it_reads_a_numbered_line_that_runs_on_as_a_sentence_not_a_heading() -> None:
    """A PDF line "4.2 Acme may send parents information about" is a sentence's first line:
    it has a modal and ends on a preposition. "4. Ownership of Data" stays a heading."""
    page = (
        "4. Ownership of Data\n"
        "4.2 Acme may send parents information about\n"
        "Acme's summer courses and other programs.\n"
    )
    assert [text for _, text in pdf_paragraphs([page])] == [
        "4. Ownership of Data",
        "4.2 Acme may send parents information about\nAcme's summer courses and other programs.",
    ]


def it_reads_the_items_after_a_run_in_list_with_its_lead_in(
    library: ClauseLibrary, tmp_path: Path
) -> None:
    """ "We share Student Data only: (a) with the School;" then the other items in a
    paragraph of their own: a researcher among them is still an exception of the limit."""
    paper = (
        "We share Student Data only: (a) with the School and its teachers;\n\n"
        "(b) with our university research partners under a data use agreement; and "
        "(c) if required by law or legal process.\n"
    )
    assert probe.file_statuses(library, tmp_path / "terms.txt", paper)["R15e"] == "weak"


def it_keeps_a_capitalised_heading_with_a_modal_apart_from_the_text_under_it() -> None:
    page = "8. Data We Will Not Rent or Trade\nThe Vendor will not sell Student Data.\n"
    assert [text for _, text in pdf_paragraphs([page])] == [
        "8. Data We Will Not Rent or Trade",
        "The Vendor will not sell Student Data.",
    ]


def it_takes_only_the_lists_own_sentence_as_a_run_in_lead_in(
    library: ClauseLibrary, tmp_path: Path
) -> None:
    """The sentence before the lead-in is not part of it: its "never" would deny item (b)."""
    paper = (
        "The Vendor will never sell or rent Student Data and does not advertise to students. "
        "It may use Student Data: (a) to provide the Service;\n\n"
        "(b) to develop new products; and\n\n"
        "(c) to improve the Service.\n"
    )
    assert probe.file_statuses(library, tmp_path / "terms.txt", paper)["U1"] == "weak"


def it_ends_a_run_in_states_section_at_the_next_heading_of_plain_text(
    library: ClauseLibrary, tmp_path: Path
) -> None:
    """ "12.2 Vermont. If the School is in Vermont, …" is Vermont's; "13. General" after it is
    everyone's again, its severability clause included."""
    paper = (
        "ACME TERMS FOR SCHOOLS\n\n" + probe.general_terms(22) + "\n\n12. State-Specific Terms\n\n"
        "12.2 Vermont. If the School is located in Vermont, Acme will follow the Vermont "
        "Student Privacy Act.\n\n13. General\n\n"
        "13.2 Severability. If any provision of these Terms is found invalid, the remaining "
        "provisions will continue in full force and effect.\n"
    )
    assert probe.file_statuses(library, tmp_path / "terms.txt", paper)["R10"] == "present"


def it_keeps_a_run_in_states_sub_headings_in_that_state(
    library: ClauseLibrary, tmp_path: Path
) -> None:
    """ "12.2 Illinois. If the School is located in Illinois, …" with short sub-headings of
    its own: their promises are Illinois's, not Connecticut's."""
    paper = (
        "ACME TERMS FOR SCHOOLS\n\n" + probe.general_terms(22) + "\n\n"
        "12.1 Connecticut. If the School is located in Connecticut, Provider will follow the "
        "Connecticut student data privacy law.\n\n"
        "12.2 Illinois. If the School is located in Illinois, the following terms also apply.\n\n"
        "Severability\n\nIf any provision of these Terms is found invalid, the remaining "
        "provisions will continue in full force and effect.\n"
    )
    assert probe.file_statuses(library, tmp_path / "terms.txt", paper)["R10"] == "missing"
