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

test_each_class_is_read_right = probe.reads_as_labelled(CASES)
test_the_controls_keep_their_reading = probe.reads_as_labelled(CONTROLS)
