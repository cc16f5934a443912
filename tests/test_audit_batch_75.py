"""Classes of misreading found in batch 75 (tests/corpus/heldout-75/), held out until
2026-12-06 and development since, each read right.

Each case is a sentence of the class, written for the test in words of its own, not a
corpus document's. Each group of sentences is a paragraph of its own. Every case fails on
the rules of dadb9df, before this round; every control reads the same on both.
"""

from __future__ import annotations

import audit_probes as probe
from audit_probes import ARTIST, PREAMBLE

CASES = [
    # The vendor keeps what it needs for its own business, said as an exception in the next
    # sentence, which points back to "these requests" (2)
    ('R2', (
        (PREAMBLE,),
        (
            'Schools can ask us to delete student information at any time by writing to '
            'privacy@maplewood.example.',
        ),
        (
            'We will honour these requests within 30 days, except where we need to keep '
            'information for legitimate business purposes.',
        ),
    ), 'weak', 'except-where-it-needs-to-keep-it', 'operator'),
    # Some of the data "may be kept", saved out of the deletion (2)
    ('R2', (
        (ARTIST,),
        (
            'The Host may at any time ask the Artist in writing to delete student information, '
            'and the Artist will do so within seven days, save that attendance sheets may be '
            'kept for the studio\'s own records.',
        ),
    ), 'weak', 'save-that-some-may-be-kept', 'consultant'),
    # The vendor's other wares suggested from the students' data (U1)
    ('U1', (
        (PREAMBLE,),
        (
            'Maplewood may use Student Data (a) to run the App; and (b) to suggest other '
            'lessons and our other products to the teacher.',
        ),
    ), 'weak', 'suggests-its-other-products', 'operator'),
    # De-identified data given to university and museum research partners (U2)
    ('U2', (
        (PREAMBLE,),
        (
            'Maplewood may use de-identified data to improve the App, and may contribute it to '
            'university and museum research partners.',
        ),
    ), 'weak', 'university-and-museum-research-partners', 'operator'),
    # The data kept under lock said as practice, by the kind of copy (5)
    ('R5', (
        (ARTIST,),
        (
            'Paper lists stay in a locked document case during the visit.',
            'Digital copies are kept only on my laptop, which is encrypted.',
        ),
    ), 'present', 'paper-lists-in-a-locked-case', 'consultant'),
]  # fmt: skip

CONTROLS = [
    ('R2', (
        (PREAMBLE,),
        (
            'Schools can ask us to delete student information at any time by writing to '
            'privacy@maplewood.example.',
        ),
        ('We will honour these requests within 30 days.',),
    ), 'present', 'requests-honoured-in-thirty-days', 'operator'),
    ('U1', (
        (PREAMBLE,),
        (
            'Maplewood may use Student Data (a) to run the App; and (b) to personalise '
            'lessons.',
        ),
    ), 'present', 'personalises-lessons', 'operator'),
    ('U2', (
        (PREAMBLE,),
        ('Maplewood may use de-identified data to improve the App.',),
    ), 'present', 'de-identified-to-improve', 'operator'),
    ('R5', (
        (ARTIST,),
        ('Paper lists are handed to the teacher at the end of the visit.',),
    ), 'missing', 'paper-lists-handed-back', 'consultant'),
]  # fmt: skip

test_batch_75_classes_read_right = probe.reads_as_labelled(CASES)
test_batch_75_controls_stand = probe.reads_as_labelled(CONTROLS)
