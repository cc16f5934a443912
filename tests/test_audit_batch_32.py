"""Classes of misreading found in batch 32 (tests/corpus/heldout-32/), held out until
2026-12-05 and development since, each read right.

Each case is a sentence of the class, written for the test in words of its own, not a
corpus document's. Each group of sentences is a paragraph of its own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import audit_probes as probe
from crec_assemble.library.clauses import ClauseLibrary
from crec_assemble.render.extract import html_blocks

PREAMBLE = 'Maplewood Learning, Inc. ("Maplewood") provides the Service to the School.'
CASES = [  # (requirement, paragraphs, status, id)
    # the school as the data's owner, or the data named by the sentence before or by who gave
    # them
    ("R1", ((PREAMBLE,), ("The District remains the sole owner of all student records it "
                          "provides.",)),
     "present", "the-school-remains-the-owner"),
    ("R1", ((PREAMBLE,), ("The School sends me a class roster before the first session.",
                          "The School keeps ownership of that information.")),
     "present", "ownership-of-that-information"),
    ("R1", ((PREAMBLE,), ("Class lists and allergy notes the School shares with us remain the "
                          "information of the School.",)),
     "present", "remain-the-information-of-the-school"),
    ("R1", ((PREAMBLE,), ("All names the School sends us remain the property of the School.",)),
     "present", "names-the-school-sends-us"),
    # the students' work: a relative clause with a plural verb, and what they post
    ("R11", ((PREAMBLE,), ("All Student Work, including drawings uploaded to a class gallery and "
                           "any captions students add to a photo, shall be owned by the student "
                           "or the student's parent.",)),
     "present", "captions-students-add-to-a-photo"),
    ("R11", ((PREAMBLE,), ("Students keep ownership of the messages they post.",)),
     "present", "the-messages-they-post"),
    # a visiting performer's day is the services' end
    ("R7", ((PREAMBLE,), ("We return or destroy the volunteer list at the end of the program "
                          "day.",)),
     "present", "the-end-of-the-program-day"),
    # FERPA put on the school, or kept only where the data are records
    ("R8", ((PREAMBLE,), ("Your district is subject to FERPA, so please send only first "
                          "names.",)),
     "missing", "your-district-is-subject"),
    ("R8", ((PREAMBLE,), ("The Team Manager is responsible for obtaining any consents required "
                          "under FERPA before adding players.",)),
     "missing", "consents-required-under-ferpa"),
    ("R8", ((PREAMBLE,), ("To the extent Customer Data contains education records, Maplewood "
                          "will act as a school official, and each party will comply with "
                          "FERPA.",)),
     "weak", "contains-education-records-each-party"),
    # the school's agreement as a condition; the terms followed, or included whole
    ("R14", ((PREAMBLE,), ("If I cannot attend, a fellow guild member may lead the class in my "
                           "place, but only if the School agrees in writing first.",)),
     "weak", "only-if-the-school-agrees-in-writing"),
    ("R14", ((PREAMBLE,), ("For large classes I may bring an assistant.",
                           "My assistant follows this agreement just as I do.")),
     "weak", "my-assistant-follows-this-agreement"),
    ("R14", ((PREAMBLE,), ("We will not subcontract any work involving Student Data without the "
                           "School's express written consent, and any such subcontract will "
                           "include every term of this Agreement that protects Student Data.",)),
     "present", "include-every-term"),
    # a ban that overrides the section it names
    ("R15a", ((PREAMBLE,), ("Notwithstanding Section 6, Maplewood shall not engage in targeted "
                            "advertising on the Service.",)),
     "present", "notwithstanding-section-6-shall-not"),
    # precautions with a consultant's lists
    ("R5", ((PREAMBLE,), ("We take commercially reasonable precautions with rosters and "
                          "sign-in lists.",)),
     "weak", "precautions-with-rosters"),
    # the other document's matters under the law its own section chose
    ("R9", ((PREAMBLE,), ("9.1 The laws of the State of Connecticut govern this Rider.",
                          "All other matters arising under the Order Form remain governed by "
                          "the law chosen in Section 12 of the Order Form.")),
     "weak", "other-matters-remain-governed"),
    # a collection limit that adds the sponsors' offers
    ("R15c", ((PREAMBLE,), ("We collect and keep Student Data only to run the tournaments and "
                            "to send families season news and special offers from our "
                            "sponsors.",)),
     "weak", "offers-from-our-sponsors"),
]  # fmt: skip

# Drafting beside each class that keeps its reading.
CONTROLS = [
    # no data owned
    ("R1", ((PREAMBLE,), ("The School is responsible for that information.",)),
     "missing", "responsible-for-that-information"),
    # the students' messages read, not owned
    ("R11", ((PREAMBLE,), ("Students read the messages they post aloud in class.",)),
     "missing", "messages-read-aloud"),
    # the school's equipment, not data
    ("R7", ((PREAMBLE,), ("The School returns our equipment at the end of the program day.",)),
     "missing", "equipment-returned"),
    # the vendor's own promise beside the school's law
    ("R8", ((PREAMBLE,), ("Your district is subject to FERPA, and Maplewood will comply with "
                          "FERPA too.",)),
     "present", "and-maplewood-will-comply-too"),
    # the school's own agreement, a duty of its own
    ("R14", ((PREAMBLE,), ("The School agrees in writing to host the event.",)),
     "missing", "the-school-agrees-to-host"),
    # an exception, not an override
    ("R15a", ((PREAMBLE,), ("Maplewood shall not engage in targeted advertising on the Service, "
                            "notwithstanding which Maplewood may show sponsored lessons chosen "
                            "for each student.",)),
     "weak", "notwithstanding-which-it-may"),
    # sponsors' offers denied
    ("R15c", ((PREAMBLE,), ("We collect and keep Student Data only to run the tournaments, and "
                            "we never send families offers from our sponsors.",)),
     "present", "no-offers-from-sponsors"),
]  # fmt: skip

# A review of the round's patterns wrote sentences against them; each misreading it found is
# mended and kept here.
REVIEW = [
    # the school's people, bound by a relative clause's own verb
    ("R8", ((PREAMBLE,), ("Any teachers the School sends to the workshop, will comply with "
                          "FERPA.",)),
     "missing", "teachers-the-school-sends"),
    # a ban that is no ban, and overrides that are
    ("R15a", ((PREAMBLE,), ("Maplewood shall not engage in targeted advertising on the Service, "
                            "notwithstanding which, Maplewood may not be restricted from showing "
                            "ads chosen from each student's activity.",)),
     "weak", "may-not-be-restricted"),
    ("R15a", ((PREAMBLE,), ("Notwithstanding Section 6, neither Maplewood nor its subprocessors "
                            "shall engage in targeted advertising on the Service.",)),
     "present", "notwithstanding-neither-nor"),
    ("R15a", ((PREAMBLE,), ("Notwithstanding Section 6, Maplewood and its affiliates shall not "
                            "engage in targeted advertising on the Service.",)),
     "present", "notwithstanding-a-longer-subject"),
    # the school as owner of something else, or on a condition; "that information" not the data
    ("R1", ((PREAMBLE,), ("The District is the owner of all devices, and Maplewood is the owner "
                          "of all student data processed on them.",)),
     "missing", "the-owner-of-the-devices"),
    ("R1", ((PREAMBLE,), ("To the extent the District is the owner of any Student Data, Maplewood "
                          "will treat it as confidential.",)),
     "missing", "to-the-extent-the-owner"),
    ("R1", ((PREAMBLE,), ("The School provides its billing address and purchase order number "
                          "each year.", "The School keeps ownership of that information.")),
     "missing", "that-information-a-billing-address"),
    ("R1", ((PREAMBLE,), ("Any names the School provides for staff badges remain the property of "
                          "the School.",)),
     "missing", "names-for-staff-badges"),
    ("R1", ((PREAMBLE,), ("Team rosters remain the records of the School.",)),
     "missing", "team-rosters-the-records"),
    # a visit, a programme year or a side programme is not the services' end
    ("R7", ((PREAMBLE,), ("Maplewood deletes cookies and browsing history at the end of each "
                          "visit to the website.",)),
     "missing", "each-visit-to-the-website"),
    ("R7", ((PREAMBLE,), ("Maplewood will delete the parent sign-up list at the end of the "
                          "rewards program.",)),
     "missing", "the-rewards-program"),
    # FERPA's records condition governs only the clause it opens; the vendor's own consents
    ("R8", ((PREAMBLE,), ("To the extent the roster includes education records, the School will "
                          "upload it through the secure portal, and Maplewood will in all cases "
                          "comply with FERPA.",)),
     "present", "the-school-uploads-maplewood-complies"),
    ("R8", ((PREAMBLE,), ("Where Maplewood receives Student Data from a school, those data are "
                          "education records, and Maplewood will comply with FERPA in handling "
                          "them.",)),
     "present", "where-it-receives-them"),
    ("R8", ((PREAMBLE,), ("Maplewood is responsible for obtaining any parental consents required "
                          "under FERPA and will comply with FERPA in all respects.",)),
     "present", "the-vendors-own-consents"),
    ("R8", ((PREAMBLE,), ("Your school is subject to FERPA and so is Maplewood, which will comply "
                          "with it as a school official.",)),
     "present", "and-so-is-maplewood"),
    # the school's precautions; sponsors' offers denied with "no"
    ("R5", ((PREAMBLE,), ("The School should take reasonable precautions with the rosters it "
                          "keeps.",)),
     "missing", "the-schools-precautions"),
    ("R15c", ((PREAMBLE,), ("We collect and keep Student Data only to run the tournaments, and we "
                            "send no offers from our sponsors to families.",)),
     "present", "we-send-no-offers"),
    # the law of this agreement's own section; another document's, unnamed
    ("R9", ((PREAMBLE,), ("9.1 This Agreement is governed by the laws of the State of "
                          "Connecticut.", "9.2 All other matters, including venue, remain "
                          "governed by the law specified in Section 9.1.")),
     "present", "the-law-of-its-own-section"),
    ("R9", ((PREAMBLE,), ("The laws of the State of Connecticut govern this Rider.",
                          "All other matters under the Order Form remain governed by the law "
                          "named in the Order Form.")),
     "weak", "the-law-named-in-the-order-form"),
    # a lesson plan, a subcontractor's own form, an objection: no flow-down and no consent
    ("R14", ((PREAMBLE,), ("For large classes I may bring an assistant, whose work follows this "
                           "agreement's lesson plan.",)),
     "missing", "this-agreements-lesson-plan"),
    ("R14", ((PREAMBLE,), ("Maplewood may use subcontractors, and each subcontract will include "
                           "every term the subcontractor's own standard form requires.",)),
     "missing", "every-term-its-own-form-requires"),
    ("R14", ((PREAMBLE,), ("If I cannot attend, a fellow guild member may lead the class in my "
                           "place, unless the School agrees in writing that I must cancel "
                           "instead.",)),
     "missing", "unless-the-school-agrees"),
    # the students' own, with an any-purpose use; a message they attach
    ("R11", ((PREAMBLE,), ("Students own the comments they post, except that Maplewood may use "
                           "them for any purpose.",)),
     "weak", "except-for-any-purpose"),
    ("R11", ((PREAMBLE,), ("Any messages students attach to a ticket, shall be owned by the "
                           "student.",)),
     "present", "messages-students-attach"),
]  # fmt: skip

test_each_class_is_read_right = probe.reads_as_labelled(CASES)
test_the_reviews_sentences_are_read_right = probe.reads_as_labelled(REVIEW)
test_the_controls_keep_their_reading = probe.reads_as_labelled(CONTROLS)


def test_a_pages_table_of_contents_and_tab_title_are_not_its_terms() -> None:
    """An "<aside class="toc">" of links and the "<title>" ran together into one sentence that
    audit quoted as a promise."""
    page = (
        "<html><head><title>Terms | Maplewood</title></head><body>"
        '<aside class="toc" aria-label="On this page"><a href="#d">7. Deletion at the end</a>'
        "</aside><article><h1>Terms</h1><p>We delete Student Data when the contract ends.</p>"
        "</article></body></html>"
    )
    assert html_blocks(page) == ["# Terms", "We delete Student Data when the contract ends."]


def test_a_page_whose_own_class_names_a_menu_is_still_read() -> None:
    page = '<html><body class="has-menu"><p>We delete Student Data.</p></body></html>'
    assert html_blocks(page) == ["We delete Student Data."]


# A rider for another state's schools after a signature block, its first clause titled by its
# scope and run into the lines before it, as a PDF's text gives them.
_RIDER = (
    "Agreed and accepted for the School:\n\n"
    "Signature: ________ Date: ________\nSchedule B - Student Data Rider (Pennsylvania)\n"
    "B.1 Scope. This Rider applies only to programs presented at schools in the Commonwealth "
    "of Pennsylvania."
)
_DELETION = (
    "The District may request deletion of student data by written notice, and Maplewood shall "
    "delete it within ten days."
)


@pytest.mark.parametrize(
    ("paper", "status"),
    [
        # the deletion in another state's rider binds no Connecticut board
        ([PREAMBLE, probe.general_terms(20), _RIDER, "B.2 Deletion. " + _DELETION], "missing"),
        # the same deletion in the general terms, before the rider, does
        ([PREAMBLE, probe.general_terms(20), _DELETION, _RIDER], "present"),
    ],
    ids=["in-the-rider", "before-the-rider"],
)
def test_another_states_rider_after_a_signature_block_is_set_aside(
    library: ClauseLibrary, tmp_path: Path, paper: list[str], status: str
) -> None:
    text = "\n\n".join(paper)
    assert probe.file_statuses(library, tmp_path / "letter.txt", text)["R2"] == status


@pytest.mark.parametrize(("state", "status"), [("Illinois", "missing"), ("Connecticut", "present")])
def test_a_tables_row_of_one_states_terms_binds_that_states_schools(
    library: ClauseLibrary, tmp_path: Path, state: str, status: str
) -> None:
    """A table of states' terms, each row read as "State: Illinois — Additional terms: …"."""
    row = (
        f"| State | Additional terms |\n|---|---|\n| {state} | For Customers in {state}, "
        "Maplewood will not sell, rent or trade Student Data. |"
    )
    text = "\n\n".join([PREAMBLE, row])
    assert probe.file_statuses(library, tmp_path / "terms.md", text)["R15d"] == status


def test_a_run_in_scope_clause_holds_only_its_own_division(
    library: ClauseLibrary, tmp_path: Path
) -> None:
    """ "5.1 Scope. This Section 5 applies only to schools in New York." sets aside section 5,
    not the general terms after it."""
    text = "\n\n".join(
        [
            PREAMBLE,
            probe.general_terms(22),
            "5. State-Specific Terms\n5.1 Scope. This Section 5 applies only to schools in New "
            "York. 5.2 New York schools may request a copy of the Parents' Bill of Rights.",
            "6. Deletion\n6.1 " + _DELETION,
        ]
    )
    assert probe.file_statuses(library, tmp_path / "terms.txt", text)["R2"] == "present"


@pytest.mark.parametrize(
    "wrapper",
    [
        '<div class="docs-layout with-toc">',
        '<div id="main-menu-offset" class="page">',
        '<section aria-label="Privacy policy navigation and terms">',
    ],
)
def test_a_wrapper_whose_names_merely_contain_menu_words_is_read(wrapper: str) -> None:
    tag = wrapper[1 : wrapper.index(" ")]
    page = f"<html><body>{wrapper}<p>We delete Student Data.</p></{tag}></body></html>"
    assert html_blocks(page) == ["We delete Student Data."]


def test_a_lists_lead_in_is_no_signature_caption(library: ClauseLibrary, tmp_path: Path) -> None:
    text = "\n\n".join(
        [
            PREAMBLE,
            "Maplewood agrees to the following obligations, as approved by the Board:",
            "(a) delete Student Data within ten days of the Board's written request;",
            "(b) not use Student Data for targeted advertising; and",
            "(c) not sell, rent or trade Student Data.",
        ]
    )
    assert probe.file_statuses(library, tmp_path / "terms.txt", text)["R15a"] == "present"


def test_a_row_naming_connecticut_beside_another_state_binds(
    library: ClauseLibrary, tmp_path: Path
) -> None:
    text = "\n\n".join([PREAMBLE, probe.states_table("Illinois, Connecticut")])
    assert probe.file_statuses(library, tmp_path / "terms.md", text)["R15d"] == "present"
