"""Classes of misreading found in batch 43 (tests/corpus/heldout-43/), held out until
2026-12-05 and development since, each read right.

Each case is a sentence of the class, written for the test in words of its own, not a
corpus document's. Each group of sentences is a paragraph of its own.
"""

from __future__ import annotations

import audit_probes as probe

PREAMBLE = 'Maplewood Learning, Inc. ("Maplewood") provides the Service to the School.'

CASES = [  # (requirement, paragraphs, status, id)
    # FERPA the educator's to judge
    ("R8", ((PREAMBLE,), ("The Educator is responsible for determining whether its use of the "
                          "App complies with FERPA.",)),
     "missing", "the-educator-is-responsible"),
    # a substitute sent after the school is told, who follows these terms
    ("R14", ((PREAMBLE,), ("If I am ill, I may send a substitute from my ensemble after letting "
                           "you know by email; the substitute will follow these terms, including "
                           "Section 6.",)),
     "weak", "the-substitute-follows-these-terms"),
    # the school's data, whatever is shared, stay its own, a list set between
    ("R1", ((PREAMBLE,), ("Student information you share with us (names of volunteers, class "
                          "lists and any photos we take) stays yours: it isn't our property.",)),
     "present", "shared-with-us-a-list-between-stays-yours"),
    # what students make, named as theirs
    ("R11", ((PREAMBLE,), ("Student recordings, voice memos and journal entries belong to the "
                           "student.",)),
     "present", "student-recordings-belong-to-the-student"),
    # a deletion at the end, its confirmation after
    ("R7", ((PREAMBLE,), ("At the end of the final session, Maplewood will delete all Student Data "
                          "it holds and will confirm the deletion to the School in writing within "
                          "five business days.",)),
     "present", "confirm-the-deletion-to-the-school-in-writing"),
]  # fmt: skip

# Drafting beside each class that keeps its reading.
CONTROLS = [
    ("R7", ((PREAMBLE,), ("At the end of the final session, Maplewood will delete all Student Data "
                          "within thirty (30) days.",)),
     "weak", "a-deletion-thirty-days-after"),
]  # fmt: skip

test_each_class_is_read_right = probe.reads_as_labelled(CASES)
test_the_controls_keep_their_reading = probe.reads_as_labelled(CONTROLS)
