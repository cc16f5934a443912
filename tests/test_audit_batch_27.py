"""Classes of misreading found in batch 27 (tests/corpus/heldout-27/), held out until
2026-12-04 and development since, each read right.

Each case is a sentence of the class, written for the test in words of its own, not a
corpus document's. Each group of sentences is a paragraph of its own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import audit_probes as probe
from crec_assemble.library.clauses import ClauseLibrary

PREAMBLE = 'Maplewood Learning, Inc. ("Maplewood") provides the Service to the School.'
HOST_PREAMBLE = (
    'This Agreement is between Maplewood Learning, Inc. ("Maplewood") and the Capitol Region '
    'Education Council, acting for the school named in Schedule A (the "Host").'
)
PROMOTION = (
    "With the School's photo-release confirmation, Maplewood may use short clips of the "
    "sessions on its website and in its showreel."
)

CASES = [  # (requirement, paragraphs, status, id)
    # no advertising today, told as a fact: 13's and 15(a)'s weak
    ("R13", ((PREAMBLE,), ("The Console does not currently display third-party advertising.",)),
     "weak", "does-not-currently-display-ads-13"),
    ("R15a", ((PREAMBLE,), ("The Console does not currently display third-party advertising.",)),
     "weak", "does-not-currently-display-ads-15a"),
    # an assistant allowed on notice of a name, or bound by one section only: 14's weak
    ("R14", ((PREAMBLE,), ("Maplewood may bring one assistant to sessions of more than twenty "
                           "students, provided the School is told the assistant's name "
                           "beforehand.",)),
     "weak", "assistant-on-notice-of-a-name"),
    ("R14", ((PREAMBLE,), ("6.9 Maplewood may engage up to two freelance assistant instructors "
                           "to help run a session.", "Assistants are bound by the confidentiality "
                                                     "obligations of this Section 6.")),
     "weak", "assistants-bound-by-one-section"),
    ("R14", ((PREAMBLE,), ("My apprentice, Sam Reed, helps at most sessions.",
                           "He sees the roster only to hand out badges, and he is bound by this "
                           "section the same as I am.")),
     "weak", "my-apprentice-bound-by-this-section"),
    # a breach in plain words, notified without a period: 6(a)'s weak
    ("R6a", ((PREAMBLE,), ("If any of the School's paperwork is lost while it is with us, we'll "
                           "tell the School as soon as we reasonably can.",)),
     "weak", "the-schools-paperwork-is-lost"),
    ("R6a", ((PREAMBLE,), ("If we think someone has seen a list who shouldn't have, we'll tell "
                           "the School as soon as we reasonably can.",)),
     "weak", "someone-has-seen-it-who-shouldnt"),
    ("R6b", ((PREAMBLE,), ("If I think someone has got into my cloud folder, I will let the "
                           "School know as soon as I reasonably can.",)),
     "weak", "someone-has-got-into-my-folder"),
    # the school named by its role in a consultant's form, and its data disclaimed plainly
    ("R1", ((HOST_PREAMBLE,), ("Student Information belongs to the Host.",)),
     "present", "belongs-to-the-host"),
    ("R1", ((PREAMBLE,), ("Class lists and anything else you send us about your pupils remain "
                          "the school's information.",)),
     "present", "remain-the-schools-information"),
    ("R1", ((PREAMBLE,), ("As between you and Maplewood, Customer Data, including student "
                          "records, is and remains your property.",)),
     "present", "is-and-remains-your-property"),
    # what the students make claimed by the vendor: 1's weak
    ("R1", ((PREAMBLE,), ("Student Information remains the property of the School.",),
            ("The Contractor holds the copyright in the mural book as a compilation and may "
             "sell copies of it.",)),
     "weak", "compilation-copyright-in-the-book"),
    ("R1", ((PREAMBLE,), ("Student Information remains the property of the School.",),
            ("All designs made in the unit, including student work, shall vest in Maplewood "
             "upon creation.",)),
     "weak", "student-work-vests-in-the-vendor"),
    # student data under its plain names
    ("R13", ((PREAMBLE,), ("We never use student or family information to target ads to "
                           "anyone.",)),
     "present", "student-or-family-information"),
    ("R13", ((PREAMBLE,), ("I never use any student's name, photo or recording to target "
                           "advertising.",)),
     "present", "a-students-name-photo-or-recording"),
    ("R11", ((PREAMBLE,), ("Every piece a student makes is theirs to take home.",)),
     "present", "every-piece-a-student-makes"),
    # a use limit beside the vendor's own promotion with the students' clips
    ("R3", ((PREAMBLE,), ("Maplewood will use the roster only to print name tags.",),
            (PROMOTION,)),
     "weak", "roster-only-beside-a-showreel"),
    # uses beyond the four in plain words
    ("U1", ((PREAMBLE,), ("Maplewood may use student information to operate the App and, when a "
                          "student turns eighteen, to offer the student and the account holder "
                          "the Bank's other savings and lending products.",)),
     "weak", "offer-the-banks-other-products"),
    ("U1", ((PREAMBLE,), ("We use Student Data to run the Service and to let team "
                          "administrators and their students know about partner competitions "
                          "that match their history.",)),
     "weak", "let-them-know-of-partner-competitions"),
    # a state's or a regulator's own security standard: 12's weak
    ("R12", ((PREAMBLE,), ("Maplewood encrypts Student Data at rest and complies with 201 CMR "
                           "17.00.",)),
     "weak", "another-states-security-standard"),
    # the school asking for deletion in plain words
    ("R2", ((PREAMBLE,), ("A school can ask us to remove its students' records by emailing "
                          "privacy@maplewood.example, and we will do so within ten days.",)),
     "present", "ask-us-to-remove-its-students-records"),
    ("R2", ((PREAMBLE,), ("If you'd like us to get rid of anything sooner, email us at "
                          "privacy@maplewood.example and we'll delete it within a week and "
                          "confirm.",)),
     "present", "get-rid-of-anything-sooner"),
    ("R2", ((PREAMBLE,), ("The School may delete individual recordings in the app, or request "
                          "deletion of all Student Data by writing to privacy@maplewood.example; "
                          "Maplewood will complete the deletion within thirty days.",)),
     "present", "single-recordings-or-all-student-data"),
    ("R2", ((PREAMBLE,), ("If the School would like a roster deleted sooner, email "
                          "privacy@maplewood.example and we will remove it within a week, except "
                          "anything that has already been posted to our website.",)),
     "weak", "except-anything-already-posted"),
]  # fmt: skip

# Drafting near the classes, read as before.
CONTROLS = [
    # no advertising today says nothing of other websites
    ("R15b", ((PREAMBLE,), ("Maplewood does not currently show advertising in the app.",)),
     "missing", "does-not-currently-show-ads-15b"),
    # a person taken off a job, a user's own item: no deletion of data
    ("R2", ((PREAMBLE,), ("2.3 CREC may ask Maplewood to remove a tutor from an assignment at any "
                          "time.",)),
     "missing", "remove-a-tutor-from-an-assignment"),
    ("R2", ((PREAMBLE,), ("You can ask us to remove a build from the gallery at any time.",)),
     "missing", "remove-a-build-from-the-gallery"),
    # the family's own release decides, and pictures with no student in them
    ("R3", ((PREAMBLE,), ("Maplewood will use Student Data only to run the Service.",),
            ("With a signed release from a parent or guardian, Maplewood may use a photograph "
             "of a student on its website.",)),
     "present", "a-parents-signed-release"),
    ("R3", ((PREAMBLE,), ("Maplewood will use Student Data only to run the Service.",),
            ("Maplewood may include photographs of the finished mural, with no student shown, "
             "in its portfolio and on its website.",)),
     "present", "no-student-shown"),
    # the school's own permission to record, not the vendor's promotion
    ("R3", ((PREAMBLE,), ("Maplewood will use Student Data only to run the Service.",),
            ("The School may use clips of the sessions on its website.",)),
     "present", "the-school-uses-the-clips"),
]  # fmt: skip

test_each_class_is_read_right = probe.reads_as_labelled(CASES)
test_the_controls_keep_their_reading = probe.reads_as_labelled(CONTROLS)


def _schedule(state: str) -> str:
    return "\n\n".join([
        "# Maplewood Master Services Agreement", PREAMBLE, probe.general_terms(24),
        "## Schedule 3 - Pupil records",
        f"This Schedule applies only where Customer is a {state} local educational agency.",
        "Maplewood shall not use any information in pupil records to engage in targeted "
        "advertising.",
    ])  # fmt: skip


@pytest.mark.parametrize(
    ("state", "status"), [("California", "missing"), ("Connecticut", "present")]
)
def test_a_schedule_held_to_a_state_by_its_first_words(
    library: ClauseLibrary, tmp_path: Path, state: str, status: str
) -> None:
    """A schedule whose heading names no state, but whose first words hold it to California
    customers, binds no Connecticut board; held to Connecticut's, it does."""
    statuses = probe.file_statuses(library, tmp_path / "msa.md", _schedule(state))
    assert statuses["R13"] == status
