"""Classes of misreading found in batch 66 (tests/corpus/heldout-66/), held out until
2026-12-06 and development since, each read right.

Each case is a sentence of the class, written for the test in words of its own, not a
corpus document's. Each group of sentences is a paragraph of its own. Every case fails on
the rules of 45e6421, before this round; every control reads the same on both.
"""

from __future__ import annotations

import audit_probes as probe

PREAMBLE = 'Maplewood Learning, Inc. ("Maplewood") provides the Service to the School.'
ARTIST = (
    'These Terms apply to every workshop that Jane Rivera Music LLC (the "Artist") '
    'delivers for a school, district or other education provider (the "Host").'
)
TERMS_OF_USE = (
    "These Terms of Use govern your use of StarChart Junior, the sky-map app operated by "
    'Maplewood Learning, Inc. ("Maplewood", "we").'
)
A_CONNECTICUT_ADDENDUM = "This Addendum shall be governed by the laws of the State of Connecticut."
UNDER_13_ONLY = (
    "We do not use the personal information of users we know to be under 13 for interest-based "
    "advertising."
)

CASES = [
    ('R9', (
        (PREAMBLE,),
        (
            'This Agreement, and the rights and duties of all parties to it, are governed by '
            "the laws of the state in which the Customer's principal office is located.",
        ),
    ), 'present', 'where-the-customers-office-is'),
    ('R9', (
        (PREAMBLE,),
        (
            '11.4 These Terms, and all rights and duties of the Sponsor, Maplewood and every '
            'other party to them, are governed by the laws of the state in which the School is '
            'located.',
        ),
    ), 'present', 'numbered-with-every-party'),
    ('R9', (
        (PREAMBLE,),
        (
            'These Terms are governed by the laws of the State of Oregon.',
            'If the School is a public school district, these Terms are instead governed by '
            'the laws of the state in which the School is located.',
        ),
    ), 'present', 'instead-for-a-public-school'),
    ('R9', (
        (PREAMBLE,),
        (
            'Governing law and venue for this Rider are as stated in the Master Agreement.',
        ),
    ), 'missing', 'as-stated-in-the-master-agreement'),
    ('R9', (
        (PREAMBLE,),
        (
            'Sections 12 (Governing Law and Venue) and 13 (Notices) of the Maplewood Terms of '
            'Service apply to this notice.',
        ),
    ), 'missing', 'sections-named-by-their-titles'),
    ('R9', (
        (PREAMBLE,),
        (
            'This Schedule is governed by the law that governs the Agreement.',
        ),
    ), 'missing', 'the-law-that-governs-the-agreement'),
    ('R9', (
        (PREAMBLE,),
        (
            A_CONNECTICUT_ADDENDUM,
            'In all other respects Section 18.1 of the Agreement (Governing Law; Venue - State '
            'of Ohio) continues to apply.',
        ),
    ), 'weak', 'in-all-other-respects-continues-to-apply'),
    ('R9', (
        (PREAMBLE,),
        (
            'For schools in Connecticut, the laws of the State of Connecticut govern Section 5 '
            'and Section 8 of this DPA.',
        ),
    ), 'weak', 'connecticut-law-for-two-sections'),
    ('R14', (
        (ARTIST,),
        (
            'The Artist may bring substitute players.',
            'Each person who sees Student Information will be told about this Rider and '
            'bound by it.',
        ),
    ), 'weak', 'each-person-who-sees-it', 'consultant'),
    ('R11', (
        (TERMS_OF_USE,),
        (
            'You (or, if you are under 13, your parent or guardian) own the drawings and '
            'stories you create in the App.',
        ),
    ), 'present', 'you-or-your-parent-own'),
    ('R7', (
        (PREAMBLE,),
        (
            'Maplewood shall delete all Student Data upon completion of the Services and shall '
            'send the School written confirmation within thirty (30) days.',
        ),
    ), 'present', 'confirmation-after-a-deletion-at-completion'),
    ('R7', (
        (PREAMBLE,),
        (
            'Upon termination of this DPA, Maplewood shall dispose of all Student Data within '
            'sixty (60) days.',
        ),
        (
            'Student Data shall not be retained or available to Maplewood upon completion of '
            'the contracted services.',
            'Article IV, Section 5 is modified accordingly.',
        ),
    ), 'present', 'the-body-modified-accordingly'),
    ('R3', (
        (PREAMBLE,),
        (
            'Maplewood will use Student Data only to provide the Service, subject to Section '
            '4.3.',
        ),
        (
            'Maplewood will not use Student Data for any purpose other than providing the '
            'Service, except where Maplewood reasonably determines that a use is compatible '
            'with the purposes of this Agreement.',
        ),
    ), 'weak', 'except-where-it-reasonably-determines'),
    ('R15d', (
        (PREAMBLE,),
        (
            'Maplewood will not sell, rent, lease or trade Student Data.',
            'Transfers described in Section 9.2 are not a sale.',
        ),
        (
            '9.2 Maplewood may assign this Agreement, and transfer Student Data, to an '
            'affiliate or to a successor in a merger or acquisition.',
        ),
    ), 'weak', 'transfers-described-are-not-a-sale'),
    ('R15a', (
        (PREAMBLE,),
        (
            'Maplewood shall not (a) engage in targeted advertising on StarChart Junior or any '
            'other Maplewood website, online service or mobile application; (b) engage in '
            'targeted advertising on any other website if such advertising is based on any '
            'Student Data; or (c) use personally identifiable information contained in Student '
            'Data for targeted advertising.',
        ),
    ), 'present', 'a-name-of-two-words-or-any-other-brand-website'),
    ('R15a', (
        (PREAMBLE,),
        (
            "We do not use a student's name, email address or other personally identifiable "
            'information to target ads to that student, in StarChart or anywhere else.',
        ),
    ), 'weak', 'the-pii-alone-after-a-list'),
    ('R15b', (
        (TERMS_OF_USE,),
        (UNDER_13_ONLY,),
    ), 'weak', 'interest-based-advertising-for-under-13s'),
    ('R12', (
        (ARTIST,),
        (
            'The Artist shall keep Student Data secure, consistent with the security standards '
            'in Schedule B.',
        ),
        (
            '[Security standards - to be completed by the Host before signature]',
        ),
    ), 'weak', 'security-standards-to-be-completed', 'consultant'),
]  # fmt: skip

CONTROLS = [
    ('R9', (
        (PREAMBLE,),
        (
            "These Terms are governed by the laws of the state in which Maplewood's principal "
            'office is located.',
        ),
    ), 'weak', 'where-the-vendors-office-is'),
    ('R9', (
        (PREAMBLE,),
        (A_CONNECTICUT_ADDENDUM,),
    ), 'present', 'a-connecticut-addendum-alone'),
    ('R14', (
        (ARTIST,),
        ("I sometimes bring an assistant to help set up the kiln.",),
    ), 'missing', 'an-assistant-bound-by-nothing', 'consultant'),
    ('R7', (
        (PREAMBLE,),
        (
            'Maplewood will delete all Student Data within sixty (60) days after the Services '
            'end.',
        ),
    ), 'weak', 'sixty-days-after-the-end'),
    ('R15a', (
        (PREAMBLE,),
        (
            'Maplewood reserves the right to display interest-based advertising in the Service '
            'at any time.',
        ),
    ), 'missing', 'reserves-the-right-to-interest-based-ads'),
]  # fmt: skip

test_batch_66_classes_read_right = probe.reads_as_labelled(CASES)
test_batch_66_controls_stand = probe.reads_as_labelled(CONTROLS)
