"""Classes of misreading found in batch 46 (tests/corpus/heldout-46/), held out until
2026-12-05 and development since, each read right.

Each case is a sentence of the class, written for the test in words of its own, not a
corpus document's. Each group of sentences is a paragraph of its own.
"""

from __future__ import annotations

from pathlib import Path

import audit_probes as probe
from crec_assemble.library.clauses import ClauseLibrary

PREAMBLE = 'Maplewood Learning, Inc. ("Maplewood") provides the Service to the School.'
# the school defined by its role, beside the body's own name
HOST = (
    'This agreement is between Lena Park ("I" or the "Artist") and the Capitol Region Education '
    'Council, for its Riverside Magnet School (the "Host").'
)
BREACH = (
    "8.1 If Maplewood discovers that Student Data has been accessed without authorization, it "
    "will notify the School within three (3) calendar days."
)

CASES = [  # (requirement, paragraphs, status, id)
    # the vendor's control only on the school's instructions is no control kept
    ("R1", ((PREAMBLE,), ("3.1 Student Data is owned by the School.",
                          "Maplewood acquires no right, title or interest in Student Data, and "
                          "Student Data is not under Maplewood's control except as needed to "
                          "provide the Service on the School's instructions.")),
     "present", "no-control-except-on-the-schools-instructions"),
    # a permissive or law-bound notice to families
    ("R6c", ((PREAMBLE,), (BREACH,), ("We may also contact affected parents or guardians "
                                      "directly, in coordination with the School.",)),
     "weak", "we-may-also-contact-parents-directly"),
    ("R6c", ((PREAMBLE,), (BREACH,), ("If the law requires us to notify affected parents "
                                      "directly, we will.",)),
     "weak", "if-the-law-requires-we-will"),
    # the vendor owns its recordings: the school's data reach part only
    ("R1", ((HOST,), ("5.1 The Artist may record the assembly. All such recordings and "
                      "photographs, including recordings of students playing in the circle, are "
                      "the sole property of the Artist.",),
            ("6.2 Student Information remains the property of the Host and under its "
             "control.",)),
     "weak", "the-hosts-data-the-artists-recordings"),
    # one rule of FERPA's, however it is kept to
    ("R8", ((PREAMBLE,), ("Maplewood treats student data in line with the FERPA rule on "
                          "redisclosure (34 CFR 99.33).",)),
     "weak", "in-line-with-the-ferpa-rule-on-redisclosure"),
    ("R8", ((PREAMBLE,), ("When we handle participant lists we follow the redisclosure limits in "
                          "34 CFR 99.33 of the FERPA regulations.",)),
     "weak", "follow-the-redisclosure-limits"),
    # the school named by its role after the body's name: its duty, not the vendor's
    ("R8", ((HOST,), ("The Host is responsible for complying with FERPA.",)),
     "missing", "the-host-is-responsible-for-ferpa"),
    # the product and the vendor's other services, by name
    ("R15a", ((PREAMBLE,), ("9.1 Maplewood shall not use personally identifiable information "
                            "contained in Student Data for Targeted Advertising.",),
              ("9.2 Maplewood shall not engage in Targeted Advertising on PressMeasure or on any "
               "other website, online service or mobile application it operates.",)),
     "present", "on-the-product-or-any-other-it-operates"),
    # a ban for the under-thirteens only
    ("R15a", ((PREAMBLE,), ("Maplewood will not use Customer Data to serve targeted advertising to "
                            "Authorized Users under the age of thirteen (13).",)),
     "weak", "under-the-age-of-thirteen"),
    # no state named: the law left to another paper
    ("R9", ((PREAMBLE,), ("Our Terms of Service explain which laws apply and how disputes are "
                          "resolved.",)),
     "missing", "our-terms-explain-which-laws-apply"),
    # Connecticut's law for the addendum, another's for the agreement
    ("R9", ((PREAMBLE,), ("This Agreement is governed by the laws of the State of New York, where "
                          "the Consultant is based.",),
            ("This Addendum, and the rights and duties of the parties under it, are governed by "
             "the laws of the State of Connecticut.",)),
     "weak", "the-addendum-alone-under-connecticut-law"),
    # consent and the whole letter
    ("R14", ((PREAMBLE,), ("We will not bring in any other performer who would see student "
                           "information without your written approval, and anyone we bring in "
                           "must first agree in writing to everything in this letter.",)),
     "present", "agree-in-writing-to-everything-in-this-letter"),
    # a different musician, the school only told
    ("R14", ((PREAMBLE,), ("If a different musician or technician will be coming, we will let "
                           "your school know at least one week ahead.",)),
     "weak", "a-different-musician-the-school-told"),
    # every period in days counted in business days
    ("R6b", ((PREAMBLE,), ("Every period in this Agreement stated in days means that number of "
                           "Business Days.",),
             ("Maplewood shall notify the District of a breach of Student Data no later than ten "
              "(10) days from discovery.",)),
     "weak", "days-mean-business-days"),
]  # fmt: skip

# Drafting beside each class that keeps its reading.
CONTROLS = [
    # control kept for the vendor's own ends stays weak
    ("R1", ((PREAMBLE,), ("3.1 Student Data is owned by the School.",
                          "Student Data is not under Maplewood's control except as Maplewood "
                          "decides for its business purposes.")),
     "weak", "control-for-its-business-purposes"),
    # a ban for every student stays whole
    ("R15a", ((PREAMBLE,), ("Maplewood will not use Customer Data to serve targeted advertising to "
                            "any Authorized User.",)),
     "present", "to-any-authorized-user"),
    # a named state's law stays another state's
    ("R9", ((PREAMBLE,), ("These terms are governed by the laws of the State of Oregon.",)),
     "weak", "oregon-law"),
]  # fmt: skip

B = (
    "If we discover a breach of security involving student data, we will notify the School "
    "within 72 hours."
)

# A review of batch 45's and 46's rounds wrote sentences against their patterns; each
# misreading it found is mended and kept here.
REVIEW = [
    # a permissive or law-bound notice to families stays weak, a period or not
    ("R6c", ((PREAMBLE,), (B,), ("We may also contact affected families directly within five "
                                 "days.",)),
     "weak", "may-also-contact-within-five-days"),
    ("R6c", ((PREAMBLE,), (B,), ("If the law requires us to notify affected parents directly, we "
                                 "will do so within five days.",)),
     "weak", "if-the-law-requires-within-five-days"),
    # families contacted are no notice to the school
    ("R6a", ((PREAMBLE,), ("If we discover a breach of security involving student data, we will "
                           "contact affected families within 24 hours.",)),
     "missing", "families-contacted-not-the-school"),
    # a funder named a council is no school
    ("R1", (('The residency is funded by a grant from the Greater Hartford Arts Council (the '
             '"Funder").',), ("All Student Data is and remains the property of the Funder.",)),
     "missing", "the-funder-is-no-school"),
    # the school's own notices spared the delay, the vendor's still held
    ("R6a", ((PREAMBLE,), ("Maplewood will notify the District of any breach within 48 hours, "
                           "unless a law enforcement agency asks us to delay notice.",
                           "Any law enforcement delay does not apply to the District's own "
                           "notices to parents.")),
     "weak", "the-districts-own-notices-spared"),
    # rights disclaimed by students or the school, not the vendor
    ("R11", ((PREAMBLE,), ("Students claim no rights in anything they make during the workshops; "
                           "all of it belongs to me.",)),
     "missing", "students-claim-no-rights"),
    # the vendor's own teaching videos are not the students' recordings
    ("R1", ((PREAMBLE,), ("The School owns all Student Data.",
                          "Maplewood owns the tutorial videos and other course materials it "
                          "creates.")),
     "present", "the-vendors-tutorial-videos"),
    # care with the school's music stands, or the school's own care, is no data security
    ("R5", ((PREAMBLE,), ("The School will lend me three music stands. I'll take reasonable care "
                          "with them.",)),
     "missing", "care-with-the-music-stands"),
    ("R5", ((PREAMBLE,), ("You'll take reasonable care with it when you send it.",)),
     "missing", "youll-take-reasonable-care"),
    # FERPA itself promised, one section named beside it
    ("R8", ((PREAMBLE,), ("Maplewood will comply with FERPA, following 34 CFR 99.33 on "
                          "redisclosure.",)),
     "present", "comply-with-ferpa-following-a-section"),
    # "including those under thirteen" widens; "under age 13" narrows
    ("R15a", ((PREAMBLE,), ("Maplewood will not use Student Data for targeted advertising to any "
                            "student, including those under the age of thirteen.",)),
     "present", "including-those-under-thirteen"),
    ("R15a", ((PREAMBLE,), ("Maplewood will not use Student Data for targeted advertising to users "
                            "under age 13.",)),
     "weak", "users-under-age-13"),
    ("R15a", ((PREAMBLE,), ("Maplewood shall not engage in Targeted Advertising on PressMeasure or "
                            "on any other website or app that it runs.",)),
     "present", "any-other-website-it-runs"),
    # a contract is no consent; a stand-in the school is told of
    ("R14", ((PREAMBLE,), ("I may bring an assistant. Any assistant will see the class list only "
                           "as set out in your written agreement with the Council.",)),
     "missing", "your-written-agreement-with-the-council"),
    ("R14", ((PREAMBLE,), ("If a substitute teacher attends on the day, we will let your school "
                           "know the day before.",)),
     "weak", "a-substitute-teacher-the-day-before"),
    ("R14", ((PREAMBLE,), ("If someone else from the ensemble will be coming instead of me, I will "
                           "tell your school a week ahead.",)),
     "weak", "someone-else-instead-of-me"),
]  # fmt: skip

test_each_class_is_read_right = probe.reads_as_labelled(CASES)
test_the_reviews_sentences_are_read_right = probe.reads_as_labelled(REVIEW)
test_the_controls_keep_their_reading = probe.reads_as_labelled(CONTROLS)


def test_a_rider_confined_to_another_state_after_a_bare_scope_title(
    library: ClauseLibrary, tmp_path: Path
) -> None:
    """ "Scope." alone, then "This Rider applies only where the client is a New York
    educational agency": the rider's terms bind New York's schools, not a Connecticut one."""
    text = "\n\n".join(
        [
            PREAMBLE,
            probe.general_terms(22),
            "Attachment: Data Privacy Rider",
            "Scope. This Rider applies only where the client is a New York educational agency.",
            "Ownership. Student data received under the agreement is not the property of "
            "Maplewood and remains under the control of the educational agency.",
        ]
    )
    assert probe.file_statuses(library, tmp_path / "letter.txt", text)["R1"] == "missing"
