"""Classes of misreading found in batch 34 (tests/corpus/heldout-34/), held out until
2026-12-05 and development since, each read right.

Each case is a sentence of the class, written for the test in words of its own, not a
corpus document's. Each group of sentences is a paragraph of its own.
"""

from __future__ import annotations

import audit_probes as probe

PREAMBLE = 'Maplewood Learning, Inc. ("Maplewood") provides the Service to the School.'

CASES = [  # (requirement, paragraphs, status, id)
    # a breach of the terms is no breach of the data
    ("R6a", ((PREAMBLE,), ("We may suspend your account if you breach these Terms, in which case "
                           "we will try to give you 30 days' notice so you can export your "
                           "data.",)),
     "missing", "if-you-breach-these-terms"),
    # a template engine's variable is a blank
    ("R2", ((PREAMBLE,), ("To ask us to delete Student Data, the School's administrator emails "
                          "privacy@maplewood.example, and we delete the data within "
                          "{{DELETION_DAYS}} business days.",)),
     "weak", "a-template-variable"),
    # a definition opened by the terms it belongs to
    ("R1", ((PREAMBLE,), ('In these School Terms: "School Data" means information the School '
                          "owns and provides to us, including Student Information.",)),
     "missing", "in-these-school-terms-means"),
    # a governing-law section borrowed from another document names no state
    ("R9", ((PREAMBLE,), ("This page forms part of our Terms of Service, and the Governing Law "
                          "and Severability sections of those Terms apply to it.",)),
     "missing", "the-governing-law-section-of-those-terms"),
    # what a student makes, by its own names
    ("R11", ((PREAMBLE,), ("A student owns the lab notebooks and diagrams the student "
                           "creates.",)),
     "present", "notebooks-and-diagrams"),
    ("R11", ((PREAMBLE,), ("Each student's work belongs to that student and their family.",)),
     "present", "each-students-work"),
    # a residency handed on, an accompanist who follows a section
    ("R14", ((PREAMBLE,), ("We do not hand any part of a residency to another performer or "
                           "company without the School's written consent.",)),
     "weak", "another-performer-or-company"),
    ("R14", ((PREAMBLE,), ("The Artist may bring one accompanist to any workshop.",
                           "The Artist will make sure the accompanist follows Section 6.")),
     "weak", "the-accompanist-follows-section-6"),
    # a parent who would like to see the records
    ("R4", ((PREAMBLE,), ("If a parent would like to see what we hold about their child, the "
                          "school can ask us and we will send a copy within ten days.",)),
     "weak", "a-parent-would-like-to-see"),
    # the school's own purposes, and these School Terms' purposes
    ("R15c", ((PREAMBLE,), ("Maplewood shall collect, store and use Student Data only as "
                            "necessary to provide the Services to District and for District's "
                            "school transportation purposes.",)),
     "present", "the-districts-school-purposes"),
    ("R3", ((PREAMBLE,), ("We use Student Information only to provide the Service and for the "
                          "other purposes described in these School Terms.",)),
     "present", "purposes-described-in-these-school-terms"),
]  # fmt: skip

# Drafting beside each class that keeps its reading.
CONTROLS = [
    # a breach of the data, in the same paper
    ("R6a", ((PREAMBLE,), ("If Student Data is accessed without authorization, we will notify the "
                           "School within 48 hours.",)),
     "present", "a-breach-of-the-data"),
    # a filled-in period
    ("R2", ((PREAMBLE,), ("To ask us to delete Student Data, the School's administrator emails "
                          "privacy@maplewood.example, and we delete the data within ten business "
                          "days.",)),
     "present", "a-filled-in-period"),
    # a borrowed clause that names its state
    ("R9", ((PREAMBLE,), ("This page forms part of our Terms of Service, and the Governing Law "
                          "section of those Terms, which selects the laws of the State of "
                          "California, applies to it.",)),
     "weak", "a-borrowed-clause-naming-california"),
    # the school's own helpers, handed nothing
    ("R14", ((PREAMBLE,), ("The School may hand the attendance sheet to another teacher.",)),
     "missing", "the-schools-attendance-sheet"),
    # a vendor's purposes beside the school's
    ("R15c", ((PREAMBLE,), ("Maplewood shall collect, store and use Student Data only as "
                            "necessary to provide the Services and for Maplewood's product "
                            "research purposes.",)),
     "weak", "the-vendors-research-purposes"),
]  # fmt: skip

test_each_class_is_read_right = probe.reads_as_labelled(CASES)
test_the_controls_keep_their_reading = probe.reads_as_labelled(CONTROLS)
