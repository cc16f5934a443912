"""Classes of misreading found in batch 57 (tests/corpus/heldout-57/), held out until
2026-12-05 and development since, each read right.

Each case is a sentence of the class, written for the test in words of its own, not a
corpus document's. Each group of sentences is a paragraph of its own.
"""

from __future__ import annotations

import audit_probes as probe

PREAMBLE = 'Maplewood Learning, Inc. ("Maplewood") provides the Service to the School.'

CASES = [  # (requirement, paragraphs, status, id)
    # the copyright in what a consultant records of the students, in the first person
    ("R1", ((PREAMBLE,), ("Student information you share with me remains yours.",),
            ("Copyright in the audio and video recordings I make during the sessions belongs to "
             "me.",)),
     "weak", "copyright-in-the-recordings-belongs-to-me"),
    # the contract's purposes "and related purposes": open-ended
    ("R3", ((PREAMBLE,), ("We only use student information for the residency and related "
                          "purposes.",)),
     "weak", "the-residency-and-related-purposes"),
    # recordings that stay on a link for a year after the services end
    ("R7", ((PREAMBLE,), ("We delete class lists when the last session ends.",),
            ("Concert recordings stay on the family sharing page for one school year (twelve "
             "months) so that families can download them, and are then deleted.",)),
     "weak", "recordings-stay-on-the-page-for-one-school-year"),
    # a recurring deletion, not the end of the services
    ("R7", ((PREAMBLE,), ("We delete sign-up sheets and feedback forms at the end of each school "
                          "year.",)),
     "weak", "at-the-end-of-each-school-year"),
    # no ads only while the subscription lasts
    ("R15a", ((PREAMBLE,), ("Student accounts are ad-free while the School's subscription is "
                            "active.",)),
     "weak", "ad-free-while-the-subscription-is-active"),
    # the families told only at the school's election, mid-sentence
    ("R6c", ((PREAMBLE,), ("For a breach of Student Information, Maplewood shall, at the "
                           "School's written election, either (a) notify the affected students "
                           "and their parents not more than five (5) days after discovery, or "
                           "(b) give the School what it needs to notify them.",)),
     "weak", "at-the-schools-written-election-either-notify"),
    # the data owned, then licensed for the vendor's other business purposes
    ("R1", ((PREAMBLE,), ("As between the parties, the School owns School Data.",),
            ("The School grants Maplewood a perpetual licence to use and copy School Data to "
             "provide the Service and for Maplewood's other business purposes.",)),
     "weak", "licence-for-its-other-business-purposes"),
]  # fmt: skip

CONTROLS = [
    # money kept is no data kept
    ("R7", ((PREAMBLE,), ("We delete all student information after the assembly.",),
            ("If the School cancels within thirty days of the date, we keep the deposit.",)),
     "present", "we-keep-the-deposit"),
    # a deletion at the end of the school year the contract runs, not each one
    ("R7", ((PREAMBLE,), ("We delete all student information at the end of the school year "
                          "covered by this agreement.",)),
     "present", "at-the-end-of-the-school-year-covered"),
    # no ads, for good
    ("R15a", ((PREAMBLE,), ("Student accounts are ad-free.",)),
     "present", "ad-free-for-good"),
    # a licence held to the service
    ("R1", ((PREAMBLE,), ("As between the parties, the School owns School Data.",),
            ("The School grants Maplewood a licence to use School Data only to provide the "
             "Service.",)),
     "present", "licence-to-provide-the-service"),
]  # fmt: skip

test_each_class_is_read_right = probe.reads_as_labelled(CASES)
test_the_controls_keep_their_reading = probe.reads_as_labelled(CONTROLS)
