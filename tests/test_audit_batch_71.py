"""Classes of misreading found in batch 71 (tests/corpus/heldout-71/), held out until
2026-12-06 and development since, each read right.

Each case is a sentence of the class, written for the test in words of its own, not a
corpus document's. Each group of sentences is a paragraph of its own. Every case fails on
the rules of 41c1a8d, before this round; every control reads the same on both.
"""

from __future__ import annotations

import audit_probes as probe
from audit_probes import ARTIST, PREAMBLE

CASES = [
    # A limit on collecting and keeping beside its own denial of more (15(c))
    ('R15c', (
        (PREAMBLE,),
        (
            'We collect and keep student data only to provide the app for school use, and we do '
            'not collect more than the classroom activity needs.',
        ),
    ), 'present', 'collect-and-keep-only-and-no-more-than-needed', 'operator'),
    # The vendor's own titles picked by gameplay, beside a ban (13)
    ('R13', (
        (PREAMBLE,),
        ('5.1 We do not use students\' personal information for targeted advertising.',),
        (
            'Classes may see Maplewood Picks, short in-game features about our own titles, which '
            'are chosen based on gameplay.',
        ),
    ), 'weak', 'own-titles-chosen-on-gameplay', 'operator'),
    # Others' ads of some formats kept out (15(a))
    ('R15a', (
        (PREAMBLE,),
        ('5.2 We do not show third-party banner or video ads inside School accounts.',),
    ), 'weak', 'third-party-banner-or-video-ads', 'operator'),
    # One format of ads is not all advertising (15(a))
    ('R15a', (
        (PREAMBLE,),
        (
            'The game has no banner ads and no loot boxes.',
            'We do not show behavioral advertising in the game to players under 13.',
        ),
    ), 'weak', 'no-banner-ads-is-not-no-ads', 'operator'),
    # A list of terms that override another section, each item led by the words that say so:
    # the section it names, not its own number (6(b))
    ('R6b', (
        (PREAMBLE,),
        (
            '5.3 Maplewood shall notify the School within seventy-two hours after confirming a '
            'breach.',
        ),
        (
            'Notwithstanding section 5.3:',
            'Notwithstanding section 5.3: in the case of a breach involving Student Records, '
            'Maplewood shall notify the School without unreasonable delay, and in no case later '
            'than ten (10) days from discovery of the breach.',
        ),
    ), 'present', 'notwithstanding-another-section-overrides-it', 'operator'),
    # A deletion request the vendor will only consider, said in the next paragraph (2)
    ('R2', (
        (PREAMBLE,),
        (
            'A school administrator may ask us to delete student data sooner by writing to '
            'privacy@maplewood.example.',
        ),
        ('We will consider each request in light of our legal and operational obligations.',),
    ), 'weak', 'request-considered-in-the-next-paragraph', 'operator'),
    # … or that leaves published work out (2)
    ('R2', (
        (PREAMBLE,),
        (
            'A School administrator may email privacy@maplewood.example to ask us to delete '
            'School Data.',
            'Student projects published to the public gallery are not removed by class deletion.',
        ),
    ), 'weak', 'published-work-not-removed-by-deletion', 'operator'),
    # … or whose way of asking another paper sets out (2)
    ('R2', (
        (PREAMBLE,),
        (
            'The School may request the deletion of Student Data using the procedure set out in '
            'Article IV, Section 6 of the Multistate DPA.',
        ),
    ), 'weak', 'procedure-set-out-in-another-paper', 'operator'),
    # De-identified data shared with partners, after the uses U2 allows (U2)
    ('U2', (
        (PREAMBLE,),
        (
            'Maplewood may use and share aggregated or de-identified data derived from Student '
            'Data to develop and improve its games, to publish research on how students learn, '
            'and with its publishing and platform partners.',
        ),
    ), 'weak', 'shared-with-partners-after-develop-and-improve', 'operator'),
    # Photographs of student work kept for a teaching portfolio (7)
    ('R7', (
        (ARTIST,),
        (
            '4.8 On the last studio day I will delete the rosters from my laptop.',
            "I keep photographs of finished pieces, with the student's first name on the label, "
            'for my teaching portfolio and my website.',
        ),
    ), 'weak', 'photographs-kept-for-a-teaching-portfolio', 'consultant'),
    # Students' pictures the vendor owns and may use to promote itself (3)
    ('R3', (
        (ARTIST,),
        (
            '5.1 I will use the Roster only to organise the workshop groups, and for no other '
            'purpose.',
        ),
        (
            '6.2 All photographs, video and other materials created during the Programme are the '
            'property of the Artist and may be used in my portfolio, on my website and in future '
            'presentations.',
        ),
    ), 'weak', 'pictures-used-in-the-portfolio', 'consultant'),
    # A table's row of the families' notice of student information only (6(d))
    ('R6d', (
        (PREAMBLE,),
        (
            'Breach involving: Student Information (not Directory Information) — Maplewood '
            'notifies: Students or parents — No later than: 5 days from discovery',
        ),
    ), 'missing', 'families-row-of-student-information-only', 'operator'),
    # An attitude, not an undertaking (5)
    ('R5', (
        (PREAMBLE,),
        ('We take the security of student data seriously.',),
    ), 'missing', 'security-taken-seriously', 'operator'),
]  # fmt: skip

CONTROLS = [
    ('R15c', (
        (PREAMBLE,),
        (
            'We collect student data only to provide the app for school use, but we may collect '
            'more than the classroom needs for analytics.',
        ),
    ), 'weak', 'collect-more-than-needed-for-analytics', 'operator'),
    ('R15a', (
        (PREAMBLE,),
        ('The game has no ads.',),
    ), 'present', 'no-ads-at-all', 'operator'),
    ('R2', (
        (PREAMBLE,),
        (
            'The School may request the deletion of Student Data using the procedure set out in '
            'Section 6 of this Addendum.',
        ),
    ), 'present', 'procedure-set-out-in-this-paper', 'operator'),
    ('R6d', (
        (PREAMBLE,),
        (
            'Breach involving: Directory Information — Maplewood notifies: Students or parents — '
            'No later than: 10 days from discovery',
        ),
    ), 'present', 'families-row-of-directory-information', 'operator'),
    ('R5', (
        (PREAMBLE,),
        (
            'We take the security of student data seriously and will encrypt it in transit and '
            'at rest.',
        ),
    ), 'present', 'seriously-and-encrypted', 'operator'),
    ('R2', (
        (PREAMBLE,),
        (
            'A school administrator may ask us to delete student data by writing to '
            'privacy@maplewood.example.',
        ),
        ('We will delete the data within ten days of the request.',),
    ), 'present', 'request-met-in-the-next-paragraph', 'operator'),
]  # fmt: skip

test_batch_71_classes_read_right = probe.reads_as_labelled(CASES)
test_batch_71_controls_stand = probe.reads_as_labelled(CONTROLS)
