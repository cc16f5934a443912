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
    # requests passed to the school's administrator, the vendor taking no part: 4's missing
    ("R4", ((PREAMBLE,), ("Maplewood does not respond to review or correction requests from "
                          "parents; we will forward each one to your primary administrator.",)),
     "missing", "forwarded-to-your-administrator"),
    # a collection limit with another's programme named outright beside the school's purposes
    ("R15c", ((PREAMBLE,), ("Maplewood collects and stores Student Data only to further school "
                            "purposes and the Collection Partner's donor recognition "
                            "programs.",)),
     "weak", "school-purposes-and-a-partners-programs"),
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
    # the vendor passes a request on and then does its part, within a time
    ("R4", ((PREAMBLE,), ("A parent may ask Maplewood to review or correct the student's "
                          "records; Maplewood will forward the request to your primary "
                          "administrator and will make any correction the School directs within "
                          "ten (10) days.",)),
     "present", "forwarded-then-corrected-in-ten-days"),
    # the school's own programme beside its purposes
    ("R15c", ((PREAMBLE,), ("Maplewood collects and stores Student Data only to further school "
                            "purposes and the District's after-school tutoring programs.",)),
     "present", "school-purposes-and-the-districts-programs"),
    # the school's own permission to record, not the vendor's promotion
    ("R3", ((PREAMBLE,), ("Maplewood will use Student Data only to run the Service.",),
            ("The School may use clips of the sessions on its website.",)),
     "present", "the-school-uses-the-clips"),
]  # fmt: skip

LIMIT = "Maplewood will use Student Data only to run the Service."
SOON = "as soon as we reasonably can."
# A review of the round's first patterns found these misread (each mended); the other way
# round from the classes above, each is the drafting a pattern reached too far into.
REVIEW = [
    # a term that lets ads in, or a sentence that does, beside "not currently"
    ("R13", ((PREAMBLE,), ("Maplewood may use Student Data to serve targeted advertising to "
                           "students and parents.",), ("The Console does not currently display "
                                                       "third-party advertising.",)),
     "missing", "serves-targeted-ads-beside-not-currently"),
    ("R15a", ((PREAMBLE,), ("Maplewood reserves the right to display advertising, including "
                            "interest-based advertising, in the Service at any time.",),
              ("The Console does not currently display third-party advertising.",)),
     "missing", "reserves-the-right-to-display-ads"),
    ("R13", ((PREAMBLE,), ("The free version does not currently display advertising; the "
                           "Classroom edition shows sponsored ads selected using students' "
                           "activity.",)),
     "missing", "free-version-none-classroom-edition-some"),
    ("R13", ((PREAMBLE,), ("Maplewood does not currently show advertising to teachers.",)),
     "missing", "no-ads-to-teachers"),
    ("R15a", ((PREAMBLE,), ("There is currently no advertising in the Console.",)),
     "weak", "there-is-currently-no-advertising"),
    # plain requests that are no deletion of the data, or not the school's
    ("R2", ((PREAMBLE,), ("The School can ask us to remove students from a class roster by "
                          "emailing support@maplewood.example, and we will do so within two "
                          "days.",)),
     "missing", "remove-students-from-a-roster"),
    ("R2", ((PREAMBLE,), ("A school can ask us to remove its students' records from the public "
                          "results page by emailing privacy@maplewood.example, and we will do so "
                          "within ten days.",)),
     "missing", "remove-records-from-the-results-page"),
    ("R2", ((PREAMBLE,), ("If you'd like us to get rid of the weekly summary emails, write to "
                          "support@maplewood.example and we will stop them within a week.",)),
     "missing", "get-rid-of-the-summary-emails"),
    ("R2", ((PREAMBLE,), ("A student who wishes to have his or her account deleted may email "
                          "privacy@maplewood.example, and Maplewood will delete it within a "
                          "week.",)),
     "missing", "a-students-own-wish"),
    ("R2", ((PREAMBLE,), ("The School may delete individual recordings, or request deletion of "
                          "all session data by writing to privacy@maplewood.example; Maplewood "
                          "will complete the deletion within thirty days.",)),
     "weak", "recordings-or-all-session-data"),
    ("R2", ((PREAMBLE,), ("If the School would like a roster deleted sooner, email "
                          "privacy@maplewood.example and we will remove it within a week, except "
                          "photos already posted to our website.",)),
     "weak", "except-photos-already-posted"),
    # ownership: "your" not the school's, the vendor's own materials, a denial
    ("R1", (('This letter agreement is from the Capitol Region Education Council ("CREC") to '
             'you, Jane Doe, as a consultant ("Consultant").',),
            ("Your session notes and any student records you compile during the engagement are "
             "and remain your property.",)),
     "missing", "a-consultants-your-property"),
    ("R1", ((PREAMBLE,), ("Student Information remains the property of the School.",),
            ("Maplewood holds the copyright in the stock images and recordings used in its "
             "lesson videos.",)),
     "present", "copyright-in-its-stock-images"),
    ("R1", ((PREAMBLE,), ("Student Information remains the property of the School.",),
            ("No right, title or interest in student work shall vest in Maplewood.",)),
     "present", "no-interest-shall-vest"),
    ("R11", ((PREAMBLE,), ("Every piece a student makes is displayed in the School's gallery and "
                           "becomes the School's property.",)),
     "missing", "every-piece-becomes-the-schools"),
    # a breach needs the data: not a studio, an equipment list, a rehearsal, invoices
    ("R6a", ((PREAMBLE,), (f"If someone got into the studio after hours, we'll tell the School "
                           f"{SOON}",)),
     "missing", "someone-got-into-the-studio"),
    ("R6a", ((PREAMBLE,), (f"If anything on the School's equipment list is lost or stolen while "
                           f"in our care, we'll tell the School {SOON}",)),
     "missing", "the-equipment-list"),
    ("R6a", ((PREAMBLE,), (f"If someone has seen a rehearsal who shouldn't have been in the "
                           f"building, we'll tell the School {SOON}",)),
     "missing", "someone-has-seen-a-rehearsal"),
    ("R6a", ((PREAMBLE,), (f"If any of the School's invoicing paperwork is lost, we'll tell the "
                           f"School {SOON}",)),
     "missing", "invoicing-paperwork"),
    ("R6a", ((PREAMBLE,), (f"If someone has seen my notes who shouldn't have, we'll tell the "
                           f"School {SOON}",)),
     "weak", "someone-has-seen-my-notes"),
    ("R6a", ((PREAMBLE,), (f"If someone has hacked my laptop, we'll tell the School {SOON}",)),
     "weak", "someone-has-hacked-my-laptop"),
    # notice of something else than the helper, or afterwards; the school's own staff
    ("R14", ((PREAMBLE,), ("Maplewood may bring an assistant to larger sessions, and the School "
                           "will be given the lesson plan in advance.",)),
     "missing", "the-lesson-plan-in-advance"),
    ("R14", ((PREAMBLE,), ("Maplewood may bring one assistant to sessions of more than twenty "
                           "students; the School is told the assistant's name afterwards if it "
                           "asks.",)),
     "missing", "the-name-afterwards"),
    ("R14", ((PREAMBLE,), ("Maplewood may engage subcontractors to host the Service and run "
                           "sessions.", "Assistant principals at the School are bound by the "
                                        "School's own confidentiality policy.")),
     "missing", "assistant-principals"),
    # pictures of no student, the family's consent, the school's own use; and the vendor's
    ("R3", ((PREAMBLE,), (LIMIT,), ("Maplewood may use recordings of its own instructors' "
                                    "demonstrations on its website and in its marketing.",)),
     "present", "its-own-instructors"),
    ("R3", ((PREAMBLE,), (LIMIT,), ("Maplewood may include photographs of the finished mural, in "
                                    "which no students appear, on its website.",)),
     "present", "no-students-appear"),
    ("R3", ((PREAMBLE,), (LIMIT,), ("Maplewood may use photos of students on its website only "
                                    "with the prior written consent of the student's parent or "
                                    "guardian.",)),
     "present", "consent-of-the-students-parent"),
    ("R3", ((PREAMBLE,), (LIMIT,), ("At the School's request, Maplewood may post photos of the "
                                    "sessions on the School's website.",)),
     "present", "on-the-schools-website"),
    ("R3", ((PREAMBLE,), (LIMIT,), ("Maplewood reserves the right to use photographs and video of "
                                    "participating students in its advertising.",)),
     "weak", "reserves-the-right-to-use-photographs"),
    # not a use beyond the four
    ("U1", ((PREAMBLE,), ("We use Student Data only to run the reading program offered to the "
                          "School alongside Maplewood's other programs.",)),
     "missing", "offered-alongside-other-programs"),
    ("U1", ((PREAMBLE,), ("We use Student Data to run the Service and to let students know about "
                          "partner competitions their teacher registered them for.",)),
     "missing", "competitions-their-teacher-registered"),
    # a named standard disclaimed, or another's
    ("R12", ((PREAMBLE,), ("Maplewood encrypts Student Data in transit and at rest.",),
             ("Maplewood is not a financial institution and is not subject to the "
              "Gramm-Leach-Bliley Act.",)),
     "missing", "not-subject-to-glba"),
    ("R12", ((PREAMBLE,), ("Maplewood uses commercially reasonable safeguards to protect Student "
                           "Data.",), ("Massachusetts schools may request a written information "
                                       "security program under 201 CMR 17.00.",)),
     "missing", "schools-may-request-under-201-cmr"),
    # the school named by its role, in other words
    ("R1", (('This Agreement is between Maplewood Learning, Inc. ("Maplewood") and the Capitol '
             'Region Education Council, acting for the school named below (the "Host").',),
            ("Student Information belongs to the Host.",)),
     "present", "the-school-named-below"),
]  # fmt: skip

test_each_class_is_read_right = probe.reads_as_labelled(CASES)
test_the_reviews_sentences_are_read_right = probe.reads_as_labelled(REVIEW)
test_the_controls_keep_their_reading = probe.reads_as_labelled(CONTROLS)


def _schedule(opening: str) -> str:
    return "\n\n".join([
        "# Maplewood Master Services Agreement", PREAMBLE, probe.general_terms(24),
        "## Schedule 3 - Pupil records",
        f"This Schedule applies only {opening}.",
        "Maplewood shall not use any information in pupil records to engage in targeted "
        "advertising.",
    ])  # fmt: skip


@pytest.mark.parametrize(
    ("opening", "status"),
    [
        ("where Customer is a California local educational agency", "missing"),
        ("to Customers located in California", "missing"),
        ("where Customer is a Connecticut local educational agency", "present"),
        # (the review's: not the state, another state beside it, a data centre's state)
        ("where Customer is not a California local educational agency", "present"),
        ("to Customers outside California", "present"),
        ("where Customer is a California or Connecticut local educational agency", "present"),
        ("where Customer Data is hosted in our Virginia data center", "present"),
    ],
)
def test_a_schedule_held_to_a_state_by_its_first_words(
    library: ClauseLibrary, tmp_path: Path, opening: str, status: str
) -> None:
    """A schedule whose heading names no state, but whose first words hold it to California
    customers, binds no Connecticut board; held to Connecticut's, or to no one state, it
    does."""
    statuses = probe.file_statuses(library, tmp_path / "msa.md", _schedule(opening))
    assert statuses["R13"] == status


def test_one_clause_held_to_a_state_leaves_its_section(
    library: ClauseLibrary, tmp_path: Path
) -> None:
    """ "9.4 This Section 9.4 applies only where Customer is a California local educational
    agency" is one clause: the ban in 9.5 binds every customer."""
    paper = "\n\n".join([
        "# Maplewood Master Services Agreement", PREAMBLE, "## 1. General",
        probe.general_terms(24), "## 9. Student data",
        "9.4 This Section 9.4 applies only where Customer is a California local educational "
        "agency, and Maplewood will then also comply with SOPIPA.",
        "9.5 Maplewood shall not use Student Data to engage in targeted advertising.",
    ])  # fmt: skip
    assert probe.file_statuses(library, tmp_path / "msa.md", paper)["R13"] == "present"
