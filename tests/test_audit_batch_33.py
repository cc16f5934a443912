"""Classes of misreading found in batch 33 (tests/corpus/heldout-33/), held out until
2026-12-05 and development since, each read right.

Each case is a sentence of the class, written for the test in words of its own, not a
corpus document's. Each group of sentences is a paragraph of its own.
"""

from __future__ import annotations

import audit_probes as probe

PREAMBLE = 'Maplewood Learning, Inc. ("Maplewood") provides the Service to the School.'
LIMIT = (
    "3.3 Maplewood shall not use Student Data for any purpose other than providing the Services, "
    "except as stated in Section 3.4."
)
NOTICE = (
    "The Provider shall notify the LEA within five (5) calendar days of discovering a breach, "
    "and within two (2) calendar days where misuse is imminent."
)
HOLD = "Article V, Section 3 allows notice to be delayed at the request of law enforcement."
ARIZONA = (
    "This Agreement is governed by the laws of the State of Arizona; provided, however, that if "
    "Customer is a {kind}, this Agreement and the rights and duties of the parties are governed "
    "by the laws of the state in which Customer is organized."
)

CASES = [  # (requirement, paragraphs, status, id)
    # a use limit excepting its own section, whose uses serve the service
    ("R3", ((PREAMBLE,), (LIMIT,), ("3.4 Maplewood may use Student Data to maintain, support and "
                                    "improve the Services.",)),
     "present", "except-as-its-own-section-states"),
    # incident records kept are no breach notice; someone has seen the data who should not
    ("R6a", ((PREAMBLE,), ("If I think that anyone has seen pupils' information who should not "
                           "have, I will tell the District within 24 hours.",),
             ("I keep attendance and incident records for three years.",)),
     "present", "incident-records-kept"),
    # a law-enforcement delay disapplied to every notice of the section
    ("R6a", ((PREAMBLE,), (NOTICE,), (HOLD,),
             ("The law enforcement delay in Article V, Section 3 does not apply to notices under "
              "this Section.",)),
     "present", "the-delay-does-not-apply-to-notices"),
    # helpers bound by some terms, named by the sentence before or by the word alone
    ("R14", ((PREAMBLE,), ("For safety I work with a second ringer at every session.",
                           "Any helper will be bound by the same confidentiality terms as I am "
                           "under section 4.")),
     "weak", "any-helper-will-be-bound"),
    ("R14", ((PREAMBLE,), ("The Artist may engage an accompanist for any part of the Workshop.",
                           "Anyone she engages will be bound in writing by the confidentiality "
                           "terms of Section 5.")),
     "weak", "anyone-she-engages"),
    ("R14", ((PREAMBLE,), ("The Forester may bring a second forester to lead a station.",
                           "Any such person will be bound in writing by terms no less protective "
                           "than this agreement.")),
     "weak", "a-second-forester"),
    # what pupils make belongs to them
    ("R11", ((PREAMBLE,), ("Anything pupils create at the workshops, such as their compositions "
                           "and the recordings they make, belongs to them or their parents, not "
                           "to me.",)),
     "present", "belongs-to-them-or-their-parents"),
    # care the vendor measures itself
    ("R5", ((PREAMBLE,), ("We keep class lists in a folder and take reasonable care that they "
                          "are not left where others can read them.",)),
     "weak", "reasonable-care-that-they-are-not-left"),
    # a public school's own state, where it is organized
    ("R9", ((PREAMBLE,), (ARIZONA.format(kind="public school district"),)),
     "present", "the-state-in-which-it-is-organized"),
    # nothing kept, but for what the exception names
    ("R7", ((PREAMBLE,), ("On the last workshop day we delete every class list and keep no "
                          "copies, except for photographs taken under Section 6.",)),
     "weak", "no-copies-except-photographs"),
    ("R7", ((PREAMBLE,), ("On the final day I delete every class list, and nothing is kept after "
                          "the residency, apart from the family email list, which I keep until a "
                          "family unsubscribes.",)),
     "weak", "apart-from-the-family-email-list"),
]  # fmt: skip

# Drafting beside each class that keeps its reading.
CONTROLS = [
    # the excepted section trains models for other products
    ("R3", ((PREAMBLE,), (LIMIT,), ("3.4 Maplewood may use Student Data to train the models that "
                                    "power its other products.",)),
     "weak", "its-own-section-trains-models"),
    # the hold disapplied to one notice only
    ("R6a", ((PREAMBLE,), (NOTICE,), (HOLD,),
             ("The law enforcement delay in Article V, Section 3 does not apply to the notice to "
              "parents.",)),
     "weak", "the-delay-does-not-apply-to-one-notice"),
    # the school's helpers, bound by the school's rules
    ("R14", ((PREAMBLE,), ("Any helper the School provides will follow the School's volunteer "
                           "rules.",)),
     "missing", "the-schools-helpers"),
    # the school's materials belong to the school
    ("R11", ((PREAMBLE,), ("Materials the School lends us belong to them.",)),
     "missing", "materials-belong-to-them"),
    # a private school's own state is no Connecticut board's
    ("R9", ((PREAMBLE,), (ARIZONA.format(kind="private school"),)),
     "weak", "a-private-schools-state"),
    # nothing kept but what the law requires
    ("R7", ((PREAMBLE,), ("On the last workshop day we delete every class list and keep no "
                          "copies, except as required by law.",)),
     "present", "no-copies-except-as-the-law-requires"),
]  # fmt: skip

test_each_class_is_read_right = probe.reads_as_labelled(CASES)
test_the_controls_keep_their_reading = probe.reads_as_labelled(CONTROLS)
