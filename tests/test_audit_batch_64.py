"""Classes of misreading found in batch 64 (tests/corpus/heldout-64/), held out until
2026-12-06 and development since, each read right.

Each case is a sentence of the class, written for the test in words of its own, not a
corpus document's. Each group of sentences is a paragraph of its own. Every case fails on
the rules of 6b4487c, before this round; every control reads the same on both.
"""

from __future__ import annotations

import audit_probes as probe

PREAMBLE = 'Maplewood Learning, Inc. ("Maplewood") provides the Service to the School.'
ARTIST = (
    'These Terms apply to every workshop that Jane Rivera Music LLC (the "Artist") delivers '
    'for a school, district or other education provider (the "Host").'
)
HOUSE_RULES = (
    "Do not cheat, use scripts, share anyone's personal information, or write anything rude in "
    "the chat."
)
SHARES = (
    "We share information with our service providers and with other players as part of the game."
)
STAYS_THE_HOSTS = (
    "6.1 All information about students that the Artist receives remains the property of the Host."
)
SALE_BAN = "6.2 Maplewood shall not sell, rent or trade Student Data."
LIFTED = (
    "Neither this Section 6.2 nor Section 8.3 applies to a transfer of Student Data in a merger "
    "or acquisition, after which the buyer's own privacy policy governs it."
)
BOUND = (
    "Neither this Section 6.2 nor Section 8.3 applies to a transfer of Student Data in a merger "
    "or acquisition, provided that the successor agrees in writing to be bound by these Terms."
)
REVIEW = "Parents can see what Maplewood holds about their child by asking the teacher."
# the review and the correction apart, as a privacy page's sections keep them
BETWEEN = (
    ("Teachers can edit a student's display name in the class dashboard.",),
    ("Maplewood keeps class records for the school year.",),
    ("We encrypt Student Data in transit and at rest.",),
    ("Our staff are trained in privacy every year.",),
)

CASES = [
    ('R15e', (
        (PREAMBLE,),
        (SHARES,),
        (HOUSE_RULES,),
    ), 'weak', 'house-rules-are-no-disclosure-limit'),
    ('R15e', (
        (PREAMBLE,),
        (SHARES,),
        (
            'You may not harass other players, use bots, or share personal information in '
            'your team name.',
        ),
    ), 'weak', 'you-may-not-share-in-a-team-name'),
    ('R1', (
        (ARTIST,),
        (STAYS_THE_HOSTS,),
        ('4.2 Video recordings of the workshop sessions are jointly owned by the Host and the '
         'Artist.',),
    ), 'weak', 'recordings-jointly-owned-with-the-artist', 'consultant'),
    ('R1', (
        (ARTIST,),
        (STAYS_THE_HOSTS,),
        ('4.2 The songbook that students write in the sessions is owned jointly by the Artist '
         'and the Host.',),
    ), 'weak', 'a-songbook-owned-jointly', 'consultant'),
    ('R11', (
        (PREAMBLE,),
        ('4.1 Students retain ownership of their Star Logs.',),
    ), 'present', 'their-logs-by-the-services-name'),
    ('R11', (
        (ARTIST,),
        (
            'Anything a student composes or improvises and records for the final showcase, '
            'including solos and transcriptions, belongs to that student or to their parent or '
            'guardian.',
        ),
    ), 'present', 'what-a-student-composes', 'consultant'),
    ('R11', (
        (PREAMBLE,),
        (
            '5.3 Student Content remains the property of the student who created it or of the '
            "School, as the School's policies provide.",
        ),
    ), 'weak', 'the-makers-or-the-schools'),
    ('R15d', (
        (PREAMBLE,),
        (SALE_BAN, LIFTED),
        (probe.SIX_CASES,),
    ), 'weak', 'a-sale-ban-lifted-for-a-merger'),
    ('R15e', (
        (PREAMBLE,),
        (SALE_BAN, LIFTED),
        (probe.SIX_CASES,),
    ), 'weak', 'a-disclosure-limit-lifted-for-a-merger'),
    ('R4', (
        (PREAMBLE,),
        (REVIEW,),
        *BETWEEN,
        (
            'If something is wrong that the teacher cannot change, the School can write to us '
            'and we will correct it within ten (10) days.',
        ),
    ), 'present', 'a-correction-in-a-stated-time-elsewhere'),
    ('R4', (
        (PREAMBLE,),
        (REVIEW,),
        *BETWEEN,
        ('We will make the correction within fifteen (15) business days of receiving it.',),
    ), 'present', 'the-correction-made-in-a-stated-time'),
]  # fmt: skip

CONTROLS = [
    ('R15e', (
        (PREAMBLE,),
        (probe.SIX_CASES,),
        (HOUSE_RULES,),
    ), 'present', 'a-limit-beside-house-rules'),
    ('R1', (
        (ARTIST,),
        (STAYS_THE_HOSTS,),
        ("4.2 Video recordings of the sessions are jointly owned by the Host and the student's "
         'parents.',),
    ), 'present', 'owned-with-the-parents', 'consultant'),
    ('R11', (
        (PREAMBLE,),
        ('Students retain ownership of their login details.',),
    ), 'missing', 'their-logins-are-no-work'),
    ('R15d', (
        (PREAMBLE,),
        (SALE_BAN, BOUND),
        (probe.SIX_CASES,),
    ), 'present', 'a-successor-bound'),
    ('R15e', (
        (PREAMBLE,),
        (SALE_BAN, BOUND),
        (probe.SIX_CASES,),
    ), 'present', 'a-successor-bound-15e'),
    ('R4', (
        (PREAMBLE,),
        (REVIEW,),
        *BETWEEN,
        ('If something is wrong, the School can write to us and we will correct it.',),
    ), 'weak', 'a-correction-in-no-stated-time'),
    ('R4', (
        (PREAMBLE,),
        (REVIEW,),
        *BETWEEN,
        ('Where we agree there is an error, we will correct it within ten (10) days.',),
    ), 'weak', 'a-correction-at-the-vendors-discretion'),
]  # fmt: skip

test_batch_64_classes_read_right = probe.reads_as_labelled(CASES)
test_batch_64_controls_stand = probe.reads_as_labelled(CONTROLS)
