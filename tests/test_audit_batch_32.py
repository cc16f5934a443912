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

test_each_class_is_read_right = probe.reads_as_labelled(CASES)
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
