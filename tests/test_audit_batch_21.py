"""Classes of misreading found in batch 21 (tests/corpus/heldout-21/), held out until
2026-12-03 and development since, each read right.

Each case is a sentence of the class, written for the test in words of its own, not a
corpus document's. Each group of sentences is a paragraph of its own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import audit_probes as probe
from crec_assemble.audit.parties import school_names, vendor_names
from crec_assemble.audit.reader import Sentence
from crec_assemble.library.clauses import ClauseLibrary

PREAMBLE = 'Maplewood Learning, Inc. ("Maplewood") provides the Service to the School.'
# A consultant defined as a person acting for a firm, after a school defined at length.
RESIDENCY = (
    "This Agreement is made between the Capitol Region Education Council, acting for the "
    'visual arts program of its host magnet high school (the "Council"), and Juniper Arts '
    "LLC, 22 Elm Street, Northampton, Massachusetts, acting through its principal artist, "
    'Dana Reyes ("Artist").'
)
HOLD = (
    "Maplewood may delay any notice under this Agreement while a law enforcement agency asks it to."
)
BAN = "Maplewood does not serve targeted advertising to students."

CASES = [  # (requirement, paragraphs, status, id)
    # the paper switches the base terms' law-enforcement hold off
    ("R6b", ((PREAMBLE,), (HOLD,),
             ("Section 9 is replaced for Connecticut schools as follows, and the "
              "law-enforcement delay in that Section does not apply: Maplewood shall notify the "
              "School of a breach of Student Data within two (2) calendar days of discovering "
              "it.",)),
     "present", "the-law-enforcement-delay-does-not-apply"),
    # a hold on the families' own notice does not reach the school's
    ("R6b", ((PREAMBLE,),
             ("If Maplewood discovers a breach of Student Data, it will notify the School within "
              "two (2) days after discovery.",
              "Maplewood will notify the affected students' parents within five (5) days after "
              "discovery, unless a law enforcement agency asks it to delay.")),
     "present", "a-hold-on-the-families-notice-only"),
    # a consultant defined as the firm's principal, after a school defined at length
    ("R6b", ((RESIDENCY,),
             ("If Artist learns that Student Information has been lost, stolen or disclosed to "
              "anyone not authorized by this Agreement, Artist shall notify the Council within "
              "five (5) days after she learns of it.",)),
     "present", "the-artist-acting-for-her-studio"),
    # a breach put as data "acquired by an unauthorized person"; a notice the vendor may give
    ("R6c", ((PREAMBLE,),
             ("If Maplewood confirms that Student Data has been acquired by an unauthorized "
              "person, Maplewood will notify the School within two (2) days after confirmation.",
              "Maplewood may, at its option, notify affected Family Users by email.")),
     "weak", "acquired-by-an-unauthorized-person-and-families-told-at-its-option"),
    # whose the data are, the noun left out
    ("R1", ((PREAMBLE,),
            ("The class list and any student information the School gives Maplewood stay the "
             "School's.",)),
     "present", "the-data-stay-the-schools"),
    # what students make, named by its kind and added by a parent, or as the student's own
    ("R11", ((PREAMBLE,),
             ("Photos and notes a student or parent adds to the app remain the property of that "
              "student or parent.",)),
     "present", "photos-a-student-or-parent-adds"),
    ("R11", ((PREAMBLE,),
             ("Each student's own sketches and glass test pieces remain the property of that "
              "student.",)),
     "present", "each-students-own-sketches"),
    # a consultant's helpers in plain words, and one bound by some sections only
    ("R14", ((PREAMBLE,),
             ("I will not bring anyone else who would see student information without the "
              "School's written OK, and anybody who works with me has to follow everything in "
              "this letter, the same as me.",)),
     "present", "anyone-else-needs-the-schools-written-ok"),
    ("R14", ((PREAMBLE,),
             ("Maplewood may bring its studio assistant to the sessions.",
              "Maplewood shall ensure that each of them observes Sections 4.3 and 4.4.")),
     "weak", "helpers-who-observe-two-sections"),
    ("R14", ((PREAMBLE,),
             ("Maplewood may bring one assistant to the hands-on session.",
              "The assistant will be bound by the same confidentiality terms as Maplewood.")),
     "weak", "the-assistant-bound-by-confidentiality-alone"),
    # advertising with a student's name or picture
    ("R13", ((PREAMBLE,),
             ("Maplewood will not use any student's name, picture or information in any "
              "advertising.",)),
     "present", "no-students-name-or-picture-in-any-advertising"),
    # the contract's own purposes, and the terms' changes that need the school's agreement
    ("R3", ((PREAMBLE,),
            ("We use School Data only to provide the Service to you and for the other purposes "
             "described in these Terms.",)),
     "present", "the-other-purposes-described-in-these-terms"),
    ("R3", ((PREAMBLE,),
            ("We use Student Data only for the purposes authorized by these Terms.",),
            ("We may update these Terms on thirty days' notice; material changes to how we "
             "handle Student Data apply only with the School's agreement.",)),
     "present", "changes-to-how-data-are-handled-need-the-schools-agreement"),
    ("R3", ((PREAMBLE,),
            ("We use student names and images only for the workshop and, where a family has "
             "signed our media release, in Maplewood's promotional materials.",)),
     "weak", "and-in-promotional-materials"),
    # the family users' review, then the correction the vendor makes after a flag
    ("R4", ((PREAMBLE,),
            ("Family Users can see every entry about their child in the app.",
             "If an entry is wrong, tap Flag and say what should change.",
             "If the teacher has not resolved the flag, Maplewood support will make the "
             "correction within five (5) days after the flag.")),
     "present", "family-users-flag-and-support-corrects"),
    # the school named by a definition: its duty is not the vendor's
    ("R8", ((PREAMBLE,),
            ('"Program" means the preschool, child care center, school district or other '
             "organization that subscribes to the Service.",),
            ("The Program is responsible for complying with the Family Educational Rights and "
             "Privacy Act.",)),
     "missing", "the-program-defined-as-the-school-complies-with-ferpa"),
    # a preschool's data, named by a definition
    ("R15d", ((PREAMBLE,),
              ('"Child Information" means information about an enrolled child entered into the '
               "Service.",),
              ("We do not sell, rent or trade Child Information.",)),
     "present", "information-about-an-enrolled-child"),
    # security taken back
    ("R5", ((PREAMBLE,),
            ("We take steps to protect information, but no security measures are perfect and we "
             "cannot promise that information will never be accessed.",)),
     "weak", "no-security-measures-are-perfect"),
    # the end of the term with the school named, and data kept that identify no student
    ("R7", ((PREAMBLE,),
            ("On the last day of the School's subscription term Maplewood deletes all Student "
             "Data.",)),
     "present", "the-last-day-of-the-schools-subscription-term"),
    ("R7", ((PREAMBLE,),
            ("At the completion of the Services, Maplewood shall destroy all Student Data.",
             "Maplewood may keep its photographs of the trees, provided no student is named or "
             "can be identified in them.")),
     "present", "photographs-that-identify-no-student"),
    # a ban on targeted advertising, excepted by sponsored content picked by what the app holds
    ("R13", ((PREAMBLE,),
             (BAN,
              "We may display Tips sponsored by brands; the Tips a student sees are chosen based "
              "on the appliance type recorded in the app.")),
     "weak", "sponsored-tips-chosen-by-what-the-app-records"),
    # uses beyond the four
    ("U1", ((PREAMBLE,),
            ("Maplewood may use Student Data to provide the Service and, where the School has "
             "switched Showcase on, to feature selected student videos on our social-media "
             "channels.",)),
     "weak", "student-videos-on-our-social-media-channels"),
    ("U1", ((PREAMBLE,),
            ("Maplewood may use Student Data to provide the Service and to train the speech "
             "engine, which we also license to captioning firms.",)),
     "weak", "an-engine-licensed-to-others"),
    ("U2", ((PREAMBLE,),
            ("We may share de-identified data with our supply partners to help them develop "
             "their products.",)),
     "weak", "partners-develop-their-products"),
]  # fmt: skip


# Drafting near each class that already read right, and must stay so.
CONTROLS = [  # (requirement, paragraphs, status, id)
    ("R6b", ((PREAMBLE,),
             ("If Maplewood discovers a breach of Student Data, it will notify the School within "
              "two (2) days after discovery, unless a law enforcement agency asks it to "
              "delay.",)),
     "weak", "a-hold-on-the-schools-notice"),
    ("R6c", ((PREAMBLE,),
             ("Maplewood will notify the affected students' parents within two (2) days after "
              "discovering a breach of Student Data, unless a law enforcement agency asks it to "
              "delay.",)),
     "weak", "a-hold-on-the-families-notice"),
    ("R1", ((PREAMBLE,),
            ("Backups of Student Data stay the School's responsibility.",)),
     "missing", "the-schools-responsibility-is-no-ownership"),
    ("R11", ((PREAMBLE,),
             ("A student who turns 18 may move the student's own writing to a personal "
              "account.",)),
     "missing", "the-students-own-writing-moved"),
    ("R3", ((PREAMBLE,),
            ("We use School Data only to provide the Service to you and for the other purposes "
             "described in our Privacy Policy.",)),
     "weak", "the-other-purposes-described-in-a-policy"),
    ("R3", ((PREAMBLE,),
            ("Maplewood will use Student Data solely to provide the Services and for no other "
             "purpose, except as Section 3.3 allows.",)),
     "weak", "except-as-another-section-allows"),
    ("R4", ((PREAMBLE,),
            ("Parents may review the student's information and challenge its accuracy by "
             "making a request to the School.",
             "Maplewood will provide the records to the School, and make any correction the "
             "School directs, within ten (10) days.")),
     "weak", "corrections-the-school-directs"),
    ("R13", ((PREAMBLE,), (BAN,)), "present", "a-ban-with-no-exception"),
    ("U2", ((PREAMBLE,),
            ("We may use de-identified data to improve the Service.",)),
     "present", "de-identified-data-to-improve-the-service"),
    ("R12", ((PREAMBLE,),
             ("Maplewood protects Student Data with encryption in transit and at rest and "
              "limits which staff can see it.",)),
     "weak", "practices-with-no-standard"),
]  # fmt: skip


test_each_class_is_read_right = probe.reads_as_labelled(CASES)
test_the_controls_keep_their_reading = probe.reads_as_labelled(CONTROLS)


def _sentences(*texts: str) -> list[Sentence]:
    return probe.apart(*texts)


def test_a_school_named_by_a_definition_is_the_school() -> None:
    sentences = _sentences(
        PREAMBLE,
        '"Program" means the preschool, child care center, school district or other '
        "organization that subscribes to the Service.",
        '"Student" means a child enrolled in a school district that subscribes.',
    )
    assert school_names(sentences, vendor_names(sentences)) == ("Program",)


# A Markdown list item's indented lines carry it on, though the list's lines run past 100
# columns (which would read each line of an unwrapped file as a paragraph); the reader does
# that, so these cases are read from a file.
_LIST = (
    "{PREAMBLE}\n\n## 9. Your choices\n\n"
    "- **Deletion by the School.** The School may request deletion of any Student\n"
    "  Data by a written request to privacy@example.org signed by an administrator of the School.\n"
    "  We will delete the data within ten (10) business days and confirm the deletion in writing.\n"
    "- **When the Program ends.** At the end of the term each student account closes and we keep "
    "nothing more.\n"
)
# "We share it only:" after the data are named is a limit on disclosure, its items the cases.
_SHARED_ONLY = (
    "{PREAMBLE}\n\n## 5. Sharing\n\nWe do not sell or rent student information. We share it "
    "only:\n\n"
    "- with service providers that host the Service;\n"
    "- when we believe in good faith that the law requires it; and\n"
    "- in connection with a merger or sale of assets.\n"
)


def test_a_list_items_indented_lines_are_one_paragraph(
    library: ClauseLibrary, tmp_path: Path
) -> None:
    paper = _LIST.format(PREAMBLE=PREAMBLE)
    assert probe.file_statuses(library, tmp_path / "terms.md", paper)["R2"] == "present"


@pytest.mark.parametrize(
    ("requirement", "status"), [("R15e", "weak")], ids=["we-share-it-only-beyond-the-six"]
)
def test_a_limit_on_it_after_the_data_are_named(
    library: ClauseLibrary, tmp_path: Path, requirement: str, status: str
) -> None:
    paper = _SHARED_ONLY.format(PREAMBLE=PREAMBLE)
    assert probe.file_statuses(library, tmp_path / "terms.md", paper)[requirement] == status
