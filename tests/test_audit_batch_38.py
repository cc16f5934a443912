"""Classes of misreading found in batch 38 (tests/corpus/heldout-38/), held out until
2026-12-05 and development since, each read right.

Each case is a sentence of the class, written for the test in words of its own, not a
corpus document's. Each group of sentences is a paragraph of its own.
"""

from __future__ import annotations

import audit_probes as probe

PREAMBLE = 'Maplewood Learning, Inc. ("Maplewood") provides the Service to the School.'

CASES = [  # (requirement, paragraphs, status, id)
    # a licence a deletion ends, with an exception of its own after it
    ("R7", ((PREAMBLE,), ("The licence ends when the content is deleted, except for copies that "
                          "are part of a feature already published.",)),
     "missing", "a-licence-ends-with-its-own-exception"),
    # the days of a confirmation, not of the keeping
    ("R7", ((PREAMBLE,), ("When your school's subscription ends, we delete all student "
                          "information on the day the subscription ends and email the district a "
                          "confirmation within ten days.",)),
     "present", "a-confirmation-within-ten-days"),
    # one section flows down, as strict as it
    ("R14", ((PREAMBLE,), ("We'll get the School's written OK before a new subprocessor handles "
                           "Student Data, and each subprocessor is bound by terms at least as "
                           "strict as Section 6 (Security).",)),
     "weak", "as-strict-as-section-6"),
    # FERPA as the school's law; the school's own designation
    ("R8", ((PREAMBLE,), ("We understand that your school is subject to FERPA and other student "
                          "privacy laws, and we rely on you to tell us which students may be "
                          "photographed.",)),
     "missing", "your-school-is-subject-to-ferpa"),
    ("R8", ((PREAMBLE,), ("Where the Customer is an educational agency subject to FERPA, the "
                          "Customer designates Maplewood as a school official with a legitimate "
                          "educational interest in Customer Personal Data within the meaning of "
                          "34 C.F.R. 99.31(a)(1).",)),
     "weak", "the-customer-designates"),
    # a collection limit after a ban of its own in the sentence
    ("R15c", ((PREAMBLE,), ("The Provider shall not engage in Targeted Advertising on the Services "
                            "or on any other website if the advertising is based on any Student "
                            "Data, and shall not collect or store Student Data or persistent "
                            "unique identifiers for anything other than furthering school "
                            "purposes.",)),
     "present", "a-collection-limit-after-an-ad-ban"),
    # a title is no severability clause
    ("R10", ((PREAMBLE,), ("Severability and other general terms.",),
             ("The general terms of our Terms of Service, including severability, assignment, "
              "force majeure and notices, apply to these terms as if written out here.",)),
     "weak", "a-severability-title"),
    # the families told only of a breach of some kinds of data
    ("R6c", ((PREAMBLE,), ("If we discover a breach of student data, we will notify the school "
                           "within 48 hours.", "If the breach exposed sensitive information, "
                           "such as a date of birth or login credentials, we will also email the "
                           "affected families directly within five days of discovery.")),
     "weak", "families-told-of-sensitive-data-only"),
]  # fmt: skip

# Drafting beside each class that keeps its reading.
CONTROLS = [
    ("R10", ((PREAMBLE,), ("12.4 Severability. If any provision is held invalid, the rest remains "
                           "in effect.",)),
     "present", "a-numbered-severability-clause"),
    ("R8", ((PREAMBLE,), ("The District designates Maplewood as a school official, and Maplewood "
                          "shall comply with FERPA.",)),
     "present", "a-designation-and-a-promise"),
    ("R6c", ((PREAMBLE,), ("If we discover a breach of student data, we will email the affected "
                           "families directly within five days of discovery.",)),
     "present", "families-told-of-any-breach"),
]  # fmt: skip

test_each_class_is_read_right = probe.reads_as_labelled(CASES)
test_the_controls_keep_their_reading = probe.reads_as_labelled(CONTROLS)
