"""Classes of misreading found in batch 58 (tests/corpus/heldout-58/), held out until
2026-12-05 and development since, each read right.

Each case is a sentence of the class, written for the test in words of its own, not a
corpus document's. Each group of sentences is a paragraph of its own.
"""

from __future__ import annotations

import audit_probes as probe

PREAMBLE = 'Maplewood Learning, Inc. ("Maplewood") provides the Service to the School.'

CASES = [  # (requirement, paragraphs, status, id)
    # the things students take home are no content they create
    ("R11", ((PREAMBLE,), ("Students keep the drums they make in the workshop.",)),
     "missing", "students-keep-the-drums-they-make"),
    # the school's law, understood by the consultant; following the coordinator's instructions
    ("R8", ((PREAMBLE,), ("I understand the School follows FERPA and its own records policies, "
                          "and I will follow any reasonable instructions the office gives me.",)),
     "missing", "i-understand-the-school-follows-ferpa"),
    # the deletion asked for, but what the vendor's retention schedule keeps kept
    ("R2", ((PREAMBLE,), ("The School may request deletion of Student Data by written notice to "
                          "privacy@maplewood.example.", "Maplewood will delete the Student Data "
                          "not required to be kept under the Maplewood Data Retention Schedule "
                          "within thirty days.")),
     "weak", "not-kept-under-its-retention-schedule"),
]  # fmt: skip

CONTROLS = [
    # the work students make, kept by them
    ("R11", ((PREAMBLE,), ("Students keep all rights in the songs they write in the workshop.",)),
     "present", "students-keep-the-songs-they-write"),
    # the consultant's own promise to FERPA beside the school's
    ("R8", ((PREAMBLE,), ("I understand the School follows FERPA, and I will comply with FERPA in "
                          "handling student records.",)),
     "present", "the-school-follows-ferpa-and-i-comply"),
    # the school's own retention schedule
    ("R2", ((PREAMBLE,), ("The School may request deletion of Student Data by written notice to "
                          "privacy@maplewood.example.", "Maplewood will delete the Student Data "
                          "within thirty days.")),
     "present", "deletion-within-thirty-days"),
]  # fmt: skip

# What a third review found in the mends of the second and in batch 58's classes, each read
# right (mended after batch 59's freeze, batch 59 not opened). The reviewer's own sentences.
THIRD_REVIEW = [
    ("R5", ((PREAMBLE,), ("Maplewood will (generally) take reasonable administrative, technical "
                          "and physical measures designed to ensure the security and "
                          "confidentiality of Student Data.",)),
     "weak", "generally-in-brackets-a-hedge"),
    ("R13", ((PREAMBLE,), ("Maplewood will not use Student Data for targeted advertising "
                           "(normally).",)),
     "weak", "normally-in-brackets-a-hedge"),
    ("R7", ((PREAMBLE,), ("At the end of each course, Maplewood deletes the discussion-board "
                          "posts from that course.", "Maplewood keeps student accounts, grades "
                          "and portfolios so that students can pick them up again next year.")),
     "missing", "at-the-end-of-each-course-some-posts"),
    ("R6c", ((PREAMBLE,), ("Maplewood will notify the School of a breach of student information "
                           "within two (2) calendar days after discovery.",),
             ("Notice: Breach of student information (other than directory information) — To "
              "whom: affected students and their parents or guardians, notified by the School "
              "— Deadline: not more than five (5) days after discovery",)),
     "missing", "to-whom-notified-by-the-school"),
    ("R2", ((PREAMBLE,), ("The School may request the deletion of Student Data held by Maplewood "
                          "using its usual internal procedure.",)),
     "weak", "using-its-usual-internal-procedure"),
    ("R7", ((PREAMBLE,), ("I will delete the class lists and my notes at the end of the "
                          "residency.",), ("Recordings of the final concert stay on the School's "
                                           "page of my website for two years.",)),
     "weak", "stay-on-the-schools-page-of-my-website"),
    ("R5", ((PREAMBLE,), ("I will keep student information confidential.", "The lists are kept "
                          "in a locked cabinet in the main office, which is looked after by "
                          "School staff.")),
     "weak", "looked-after-by-school-staff"),
    ("R15d", ((PREAMBLE,), ('"Sell" means to sell Student Data to, or rent or trade it with, an '
                            "advertising network.", "Maplewood will not Sell Student Data.")),
     "weak", "sell-to-an-advertising-network"),
    ("R15a", ((PREAMBLE,), ("Student accounts are ad-free while the School's subscription is "
                            "active and after it ends until the student's account is converted "
                            "to a free personal account.",)),
     "weak", "ad-free-until-converted"),
    ("R8", ((PREAMBLE,), ("Maplewood understands that the School is subject to FERPA and "
                          "Maplewood will comply with FERPA in handling all Student Data.",)),
     "present", "understands-the-school-and-will-comply"),
    ("R6a", ((PREAMBLE,), ("If I ever lose student information, whether because of a system "
                           "failure, a theft or a hacked account, I will tell the School's "
                           "principal within 24 hours.",)),
     "present", "system-failure-a-theft-or-a-hack"),
    ("R6c", ((PREAMBLE,), ("Maplewood will notify affected students and their parents or "
                           "guardians of a breach of student information within five (5) days "
                           "after discovery, and if the School chooses to e-mail parents as "
                           "well, Maplewood will supply the list.",)),
     "present", "if-the-school-chooses-to-email-as-well"),
    ("R3", ((PREAMBLE,), ("I will use student information only to run the workshops and for no "
                          "other purpose unless the District directs me in writing to do so; I "
                          "will not sell it.",)),
     "present", "directs-me-in-writing-to-do-so"),
    ("R14", ((PREAMBLE,), ("Maplewood may disclose Student Data to a subcontractor only after the "
                           "subcontractor, in a signed written agreement, has agreed to be bound "
                           "by Sections 1 through 13 of this Agreement, and with the School's "
                           "prior express written consent.",)),
     "present", "only-after-with-commas-and-consent"),
]  # fmt: skip

test_each_class_is_read_right = probe.reads_as_labelled(CASES)
test_the_third_reviews_findings_are_read_right = probe.reads_as_labelled(THIRD_REVIEW)
test_the_controls_keep_their_reading = probe.reads_as_labelled(CONTROLS)
