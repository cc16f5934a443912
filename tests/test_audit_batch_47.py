"""Classes of misreading found in batch 47 (tests/corpus/heldout-47/), held out until
2026-12-05 and development since, each read right.

Each case is a sentence of the class, written for the test in words of its own, not a
corpus document's. Each group of sentences is a paragraph of its own.
"""

from __future__ import annotations

import audit_probes as probe

PREAMBLE = 'Maplewood Learning, Inc. ("Maplewood") provides the Service to the School.'
# the school named by a schedule it is named in
BOOKED = (
    'This Agreement is made between Ozan Arts LLC (the "Presenter") and the school or '
    'educational program named in the Booking Schedule (the "Host").'
)

CASES = [  # (requirement, paragraphs, status, id)
    # the contract's own further purposes, in other words
    ("R3", ((PREAMBLE,), ("We use Student Data only to provide the Services to you and for the "
                          "other purposes these School Terms authorize.",)),
     "present", "the-other-purposes-these-school-terms-authorize"),
    ("R3", ((PREAMBLE,), ("We use student data only to provide the Service to your School and for "
                          "the purposes authorized in your agreement with us.",)),
     "present", "authorized-in-your-agreement-with-us"),
    # a product made for the school's compliance promises nothing
    ("R8", ((PREAMBLE,), ("The Service is designed so that teachers can use it in a manner "
                          "consistent with FERPA.",)),
     "missing", "designed-so-that-teachers-can"),
    # the school's own duty, the school named by a schedule
    ("R8", ((BOOKED,), ("10.1 The Host is solely responsible for ensuring that its disclosures "
                        "comply with FERPA.",)),
     "missing", "the-host-named-in-the-booking-schedule"),
    # Connecticut's law for one part, another's named plainly for the rest
    ("R9", ((PREAMBLE,), ("Our fee terms in Section 2 are governed by New Jersey law.",
                          "The Student Data Rider in Section 5 is governed by Connecticut law.")),
     "weak", "the-rider-under-connecticut-law"),
    ("R9", ((PREAMBLE,), ("12.1 This Addendum shall be governed by the laws of the State of "
                          "Connecticut.",
                          "Except as modified by this Addendum, the Multistate DPA, including its "
                          "choice of Delaware law and venue, remains in full force and effect.")),
     "weak", "its-choice-of-delaware-law"),
    # a breach in plain words
    ("R6a", ((PREAMBLE,), ("If a laptop goes missing, or we find out that student info has got "
                           "somewhere it should not, we will call and email the School within 48 "
                           "hours of finding out.",)),
     "present", "a-laptop-goes-missing"),
    # the school's procedure, the vendor's part after the school's own inability
    ("R4", ((PREAMBLE,), ("6.1 The School is responsible for establishing procedures by which a "
                          "parent may review Student Data and request the correction of erroneous "
                          "information.",
                          "Where the School cannot make a correction itself, Maplewood will, on "
                          "the School's written request, provide the relevant records or make the "
                          "correction within fifteen (15) business days.")),
     "weak", "where-the-school-cannot-maplewood-will"),
    # a parent who asks to see, the school forwarding, the vendor sending the school a copy
    ("R4", ((PREAMBLE,), ("If a parent asks the School to see what we hold about their child, the "
                          "School can forward the request to us and we will send the School a copy "
                          "of everything we hold about that pupil within seven days.",)),
     "weak", "a-parent-asks-to-see-what-we-hold"),
    # all the school shares, the school's
    ("R1", ((PREAMBLE,), ("All information the School shares with us about pupils remains the "
                          "School's.",)),
     "present", "all-information-the-school-shares-about-pupils"),
    # the students' content vested in the school
    ("R11", ((PREAMBLE,), ("Student-Generated Content, including each student's designs, is "
                           "Student Data, and ownership of it vests in the District.",)),
     "missing", "ownership-vests-in-the-district"),
    # a deletion subject to the vendor's own retention, its name possessive
    ("R2", ((PREAMBLE,), ("Upon the School's written request, Maplewood will delete Student Data, "
                          "subject to Maplewood Works' standard data retention policy.",)),
     "weak", "subject-to-works-standard-data-retention"),
    # care measured by the vendor, a sentence of its own
    ("R5", ((PREAMBLE,), ("We take commercially reasonable precautions.",
                          "The roster lives on one laptop with full-disk encryption.")),
     "weak", "we-take-commercially-reasonable-precautions"),
]  # fmt: skip

# Drafting beside each class that keeps its reading.
CONTROLS = [
    # further purposes of the vendor's own stay a broad exception
    ("R3", ((PREAMBLE,), ("We use Student Data only to provide the Services and for the other "
                          "purposes described in our Privacy Policy.",)),
     "weak", "the-other-purposes-of-a-privacy-policy"),
    # a firm FERPA promise stays one
    ("R8", ((PREAMBLE,), ("Maplewood will comply with FERPA.",)),
     "present", "will-comply-with-ferpa"),
]  # fmt: skip

test_each_class_is_read_right = probe.reads_as_labelled(CASES)
test_the_controls_keep_their_reading = probe.reads_as_labelled(CONTROLS)
