"""Classes of misreading found in batch 73 (tests/corpus/heldout-73/), held out until
2026-12-06 and development since, each read right.

Each case is a sentence of the class, written for the test in words of its own, not a
corpus document's. Each group of sentences is a paragraph of its own. Every case fails on
the rules of 3ef6e84, before this round; every control reads the same on both.
"""

from __future__ import annotations

import audit_probes as probe
from audit_probes import ARTIST, PREAMBLE

CASES = [
    # The reader's own account closed, in a table of what "you" may do: no request of the
    # school's (2)
    ('R2', (
        (PREAMBLE,),
        ('What you want to do: Delete your account — How: Profile > Settings > Delete account',),
    ), 'missing', 'delete-your-account-row', 'operator'),
    # What was published kept, only stripped of names (2)
    ('R2', (
        (PREAMBLE,),
        (
            '8.2 A School may request deletion of Student Data by email to '
            'privacy@maplewood.example.',
            'Sightings already published to the Open Bird Map are anonymized but not removed.',
        ),
    ), 'weak', 'published-anonymized-but-not-removed', 'operator'),
    # News of the vendor's own programmes sent with the families' summaries (U1)
    ('U1', (
        (PREAMBLE,),
        (
            'We use student information only to run the app and to send a parent who asks for '
            'it a weekly summary, along with occasional news about Maplewood camps and family '
            'events.',
        ),
    ), 'weak', 'news-about-its-own-camps', 'operator'),
    # The data put to others' ends: an open dataset, partners' programmes (U1)
    ('U1', (
        (PREAMBLE,),
        (
            '4.1 We use Student Data to provide, maintain and improve the Service and to '
            'contribute sightings to the public Backyard Birds dataset.',
        ),
    ), 'weak', 'contributed-to-a-public-dataset', 'operator'),
    # A class left out of the data, then free for any business purpose (3)
    ('R3', (
        (PREAMBLE,),
        (
            '1.4 "Student Data" means information about students that Maplewood receives. '
            'Student Data does not include Activity Data.',
            '1.5 Activity Data is owned by Maplewood and may be used for any lawful business '
            'purpose.',
        ),
        ('Maplewood will not use Student Data for any purpose other than to provide the App.',),
    ), 'weak', 'left-out-activity-data-for-any-business-purpose', 'operator'),
    # Recordings the artist owns, kept for the artist's own portfolio (3)
    ('R3', (
        (ARTIST,),
        ('The Artist will use student information only for the purposes of the residency.',),
        (
            'All video recordings made during the residency, including those of students, are '
            'the property of the Artist.',
            'Video recordings may be kept in the Artist\'s archive for portfolio purposes.',
        ),
    ), 'weak', 'recordings-kept-for-its-portfolio', 'consultant'),
    # A copy of each student's piece kept for the vendor's archive (11)
    ('R11', (
        (ARTIST,),
        (
            'The bowls a student throws belong to that student.',
            'I keep one sample from each student\'s set of bowls for my studio collection.',
        ),
    ), 'weak', 'one-sample-kept-for-its-collection', 'consultant'),
    # A ban in the vendor's own service by its name, then a ban of the PII: no ban anywhere
    # (15(b))
    ('R15b', (
        (PREAMBLE,),
        (
            'Maplewood will not engage in targeted advertising within Bird Tales, and will never '
            'use personally identifiable information contained in Student Data for targeted '
            'advertising.',
        ),
    ), 'weak', 'venue-by-name-then-pii-only', 'operator'),
    # Security said as the vendor's practice, in other words (5)
    ('R5', (
        (ARTIST,),
        (
            'Rosters and photographs are kept on an encrypted drive in a locked cabinet at the '
            'studio.',
        ),
    ), 'present', 'kept-on-an-encrypted-drive', 'consultant'),
    ('R5', (
        (ARTIST,),
        ('The class list travels in a locked document case and is never left in my car.',),
    ), 'present', 'travels-in-a-locked-case', 'consultant'),
    ('R5', (
        (ARTIST,),
        ('Anything digital stays on one laptop that is encrypted and password-protected.',),
    ), 'present', 'stays-on-an-encrypted-laptop', 'consultant'),
]  # fmt: skip

CONTROLS = [
    ('R2', (
        (PREAMBLE,),
        (
            '8.2 A School may request deletion of Student Data by email to '
            'privacy@maplewood.example.',
        ),
    ), 'present', 'school-request-by-email', 'operator'),
    ('U1', (
        (PREAMBLE,),
        (
            '4.1 We use Student Data to provide, maintain and improve the Service and to '
            'personalize lessons.',
        ),
    ), 'present', 'uses-within-the-four', 'operator'),
    ('R3', (
        (PREAMBLE,),
        (
            '1.4 "Student Data" means information about students that Maplewood receives. '
            'Student Data does not include Activity Data.',
        ),
        ('Maplewood will not use Student Data for any purpose other than to provide the App.',),
    ), 'present', 'left-out-but-no-free-use', 'operator'),
    ('R11', (
        (ARTIST,),
        ('The bowls a student throws belong to that student.',),
    ), 'present', 'bowls-belong-to-the-student', 'consultant'),
    ('R15b', (
        (PREAMBLE,),
        ('Maplewood will not engage in targeted advertising to students.',),
    ), 'present', 'no-targeted-advertising-at-all', 'operator'),
]  # fmt: skip

test_batch_73_classes_read_right = probe.reads_as_labelled(CASES)
test_batch_73_controls_stand = probe.reads_as_labelled(CONTROLS)
