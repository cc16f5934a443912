"""Classes of misreading found in batch 67 (tests/corpus/heldout-67/), held out until
2026-12-06 and development since, each read right.

Each case is a sentence of the class, written for the test in words of its own, not a
corpus document's. Each group of sentences is a paragraph of its own. Every case fails on
the rules of 3e50fdc, before this round; every control reads the same on both.
"""

from __future__ import annotations

import audit_probes as probe

PREAMBLE = 'Maplewood Learning, Inc. ("Maplewood") provides the Service to the School.'
ARTIST = (
    'These Terms apply to every workshop that Jane Rivera Music LLC (the "Artist") '
    'delivers for a school, district or other education provider (the "Host").'
)
A_CONNECTICUT_ADDENDUM = (
    "Notwithstanding Section 9.1 of the Agreement, this Addendum shall be governed by the laws "
    "of the State of Connecticut."
)

CASES = [
    ('R14', (
        (ARTIST,),
        (
            'Our volunteers sometimes help carry the birds.',
            'They follow these same Terms, including Section 5.',
        ),
    ), 'weak', 'they-follow-these-same-terms', 'consultant'),
    ('R14', (
        (ARTIST,),
        (
            'If I am unwell, we may send another artist from our roster in my place, and we '
            'will tell you beforehand.',
        ),
    ), 'weak', 'we-will-tell-you-beforehand', 'consultant'),
    ('R14', (
        (ARTIST,),
        (
            'The Artist may engage an accompanist by giving the Host written notice before the '
            'first session.',
        ),
    ), 'weak', 'by-giving-written-notice', 'consultant'),
    ('R9', (
        (PREAMBLE,),
        (
            A_CONNECTICUT_ADDENDUM,
            'All other matters under the Agreement remain governed by Section 9.1 of the '
            'Agreement (Ohio law).',
        ),
    ), 'weak', 'other-matters-remain-governed-by-a-section'),
    ('R10', (
        (PREAMBLE,),
        (
            'Severability and other general terms: see Section 14 of our Terms of Service.',
        ),
    ), 'weak', 'severability-see-another-papers-section'),
    ('R7', (
        (ARTIST,),
        (
            'The Artist will destroy class lists by June 30 of the school year in which the '
            'last visit occurs.',
        ),
    ), 'weak', 'destroyed-by-a-calendar-date', 'consultant'),
    ('R2', (
        (ARTIST,),
        (
            'Upon the Host\'s written request, the Artist will delete Student Data in its '
            "possession, subject to the Artist's standard record retention practices.",
        ),
    ), 'weak', 'subject-to-record-retention-practices', 'consultant'),
]  # fmt: skip

CONTROLS = [
    ('R14', (
        (ARTIST,),
        (
            'Our volunteers sometimes help carry the birds.',
        ),
    ), 'missing', 'helpers-bound-by-nothing', 'consultant'),
    ('R14', (
        (PREAMBLE,),
        (
            'If Maplewood merges with another company, the successor will be bound by these '
            'Terms.',
        ),
    ), 'missing', 'a-successor-bound-is-no-subcontractor'),
    ('R9', (
        (PREAMBLE,),
        (
            A_CONNECTICUT_ADDENDUM,
            'All other matters under the Agreement remain governed by its Section 9.1, which '
            'selects the laws of the State of Connecticut.',
        ),
    ), 'present', 'the-other-section-is-connecticuts'),
    ('R7', (
        (ARTIST,),
        (
            'The Artist will destroy class lists on the last day of the workshops.',
        ),
    ), 'present', 'destroyed-on-the-last-day', 'consultant'),
]  # fmt: skip

test_batch_67_classes_read_right = probe.reads_as_labelled(CASES)
test_batch_67_controls_stand = probe.reads_as_labelled(CONTROLS)
