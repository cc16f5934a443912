"""Classes of misreading found in batch 42 (tests/corpus/heldout-42/), held out until
2026-12-05 and development since, each read right.

Each case is a sentence of the class, written for the test in words of its own, not a
corpus document's. Each group of sentences is a paragraph of its own.
"""

from __future__ import annotations

import audit_probes as probe

PREAMBLE = 'Maplewood Learning, Inc. ("Maplewood") provides the Service to the School.'
# A performer's form, the school named only as the party in its booking details, or by its role.
ARTIST = (
    'This Agreement is made between Rowan Ames, doing business as Fernhill Music ("Artist"), and '
    'the school or district named in the Booking Details below ("Presenter").'
)
HOST = 'The school or organisation named in the Booking Confirmation is the "Host".'

CASES = [  # (requirement, paragraphs, status, id)
    # the school named in the booking details, or called by its role
    ("R8", ((ARTIST,), ("Presenter is responsible for complying with FERPA and its own photo "
                        "policies.",)),
     "missing", "the-presenter-named-in-the-booking-details"),
    ("R1", ((HOST,), ("Student information the Host shares with us belongs to the Host.",)),
     "present", "the-host-called-by-its-role"),
    # FERPA as far as the data are part of a student's records, or are an education record
    ("R8", ((PREAMBLE,), ("We will comply with FERPA to the extent that the information the School "
                          "shares with us is part of a student's education records.",)),
     "weak", "part-of-a-students-education-records"),
    ("R8", ((PREAMBLE,), ("Both parties will comply with FERPA to the extent any recording or "
                          "photograph is an education record.",)),
     "weak", "is-an-education-record"),
    ("R8", ((PREAMBLE,), ("Each party shall comply with all applicable Data Protection Laws, which "
                          "for a School in the United States include the Family Educational Rights "
                          "and Privacy Act.",)),
     "weak", "applicable-laws-which-include-ferpa"),
    # families sent to their child's school, or told the vendor cannot answer them
    ("R4", ((PREAMBLE,), ("If a parent asks us to review or correct information about a student, "
                          "we will direct them to their child's School.",)),
     "missing", "direct-them-to-their-childs-school"),
    ("R4", ((PREAMBLE,), ("Because the School controls classroom accounts, we are unable to "
                          "respond directly to requests from parents to see or correct "
                          "information.",)),
     "missing", "unable-to-respond-directly"),
    ("R4", ((HOST,), ("Requests from parents to see or correct information about their child are "
                      "handled under the Host's own procedures.", "We will answer the Host's "
                      "questions about what we hold.")),
     "weak", "we-will-answer-the-hosts-questions"),
    # every one of these terms, by their title
    ("R14", ((PREAMBLE,), ("We do not subcontract any part of a booking without the school's "
                           "express written permission, and any stand-in performer must first "
                           "agree in writing to all of these School Assembly Terms.",)),
     "present", "all-of-these-school-assembly-terms"),
    # a state's standard kept; industry practice named
    ("R12", ((PREAMBLE,), ("Maplewood shall keep Student Data in an encrypted account, meeting the "
                           "standards of 201 CMR 17.00.",)),
     "weak", "meeting-201-cmr-17"),
    ("R12", ((PREAMBLE,), ("We use commercially reasonable safeguards to protect Student Data, "
                           "including encryption, consistent with industry practice.",)),
     "weak", "consistent-with-industry-practice"),
    # care the vendor measures itself
    ("R5", ((PREAMBLE,), ("I will take reasonable care to keep student information safe.",)),
     "weak", "reasonable-care-to-keep-it-safe"),
    # the rest of the contract keeps its own law
    ("R9", ((PREAMBLE,), ("Notwithstanding Section 9.3 of the Multistate DPA, this Addendum shall "
                          "be governed by the laws of the State of Connecticut.", "The Multistate "
                          "DPA otherwise remains governed by the law designated in its Section "
                          "9.3.")),
     "weak", "otherwise-remains-governed"),
]  # fmt: skip

# Drafting beside each class that keeps its reading.
CONTROLS = [
    ("R8", ((PREAMBLE,), ("Maplewood shall comply with FERPA.",)),
     "present", "a-plain-promise"),
    ("R5", ((PREAMBLE,), ("Maplewood will encrypt Student Data at rest and in transit and limit "
                          "access to staff who need it.",)),
     "present", "actions-promised"),
    ("R9", ((PREAMBLE,), ("This Agreement shall be governed by the laws of the State of "
                          "Connecticut.",)),
     "present", "connecticut-law-for-all"),
]  # fmt: skip

test_each_class_is_read_right = probe.reads_as_labelled(CASES)
test_the_controls_keep_their_reading = probe.reads_as_labelled(CONTROLS)
