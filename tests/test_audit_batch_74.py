"""Classes of misreading found in batch 74 (tests/corpus/heldout-74/), held out until
2026-12-06 and development since, each read right.

Each case is a sentence of the class, written for the test in words of its own, not a
corpus document's. Each group of sentences is a paragraph of its own. Every case fails on
the rules of 09aefa6, before this round; every control reads the same on both.
"""

from __future__ import annotations

import audit_probes as probe
from audit_probes import ARTIST, PREAMBLE

CASES = [
    # A request the vendor only weighs against its own retention schedule (2)
    ('R2', (
        (PREAMBLE,),
        (
            'A School may ask Maplewood to delete all of its Student Data by email to '
            'privacy@maplewood.example.',
            'Maplewood reviews each request and will consider it against its records retention '
            'schedule.',
        ),
    ), 'weak', 'considered-against-its-schedule', 'operator'),
    # … or says so in the next paragraph, after the dashboard's delete button (2)
    ('R2', (
        (PREAMBLE,),
        (
            'Teachers can delete a class at any time from the teacher dashboard.',
            'Deleting a class removes its roster.',
        ),
        (
            'For anything the dashboard cannot remove, email support@maplewood.example and we '
            'will consider your request.',
        ),
    ), 'weak', 'considered-in-the-next-paragraph', 'operator'),
    # The vendor keeps what its own business needs (2)
    ('R2', (
        (ARTIST,),
        (
            'The Host may ask the Artist in writing at any time to delete student information, '
            'and the Artist will do so unless the Artist needs to keep it for business records.',
        ),
    ), 'weak', 'unless-it-needs-to-keep-it', 'consultant'),
    # A request for a certificate, not for a deletion (2)
    ('R2', (
        (PREAMBLE,),
        (
            '4.6 Within thirty days after the term ends, Maplewood will delete Customer Data.',
            'Upon Customer\'s written request, Maplewood will certify the deletion in writing.',
        ),
    ), 'missing', 'request-for-a-certificate-only', 'operator'),
    # Records tied to a student kept for months beside the delete button (2)
    ('R2', (
        (PREAMBLE,),
        (
            'A teacher can delete a class at any time from the dashboard.',
            'We keep usage logs, which may be linked to a device identifier, for up to 18 '
            'months.',
        ),
    ), 'weak', 'logs-linked-to-a-device-kept', 'operator'),
    # The families told only when the school's agency instructs it (6(d))
    ('R6d', (
        (PREAMBLE,),
        (
            '6.3 Where the Agency so instructs, Maplewood shall notify the affected students or '
            'their parents of any breach within ten (10) days after discovery.',
        ),
    ), 'weak', 'families-told-when-the-agency-instructs', 'operator'),
    # The school as the families' post room is not told itself (6(b))
    ('R6b', (
        (PREAMBLE,),
        (
            '7.1 Maplewood shall notify the District of a breach of directory information, '
            'student records or student-generated content within ten (10) business days of '
            'discovery.',
        ),
        (
            '7.2 Maplewood shall itself notify the affected students or their parents, by email '
            'or, if none, by letter that the District will address and mail for Maplewood, of a '
            'breach of directory information, student records or student-generated content '
            'within ten (10) days after discovery.',
        ),
    ), 'weak', 'letters-the-district-mails-for-it', 'operator'),
    # Safeguards as the consultant judges them (5)
    ('R5', (
        (ARTIST,),
        (
            'I will protect student information with reasonable safeguards, as I determine in '
            'my professional judgement.',
        ),
    ), 'weak', 'as-i-determine', 'consultant'),
    # Terms a helper must accept are no safeguard of the vendor's own (5)
    ('R5', (
        (ARTIST,),
        (
            'I will not subcontract any part of a workshop that involves Student Data without '
            'the Host\'s written consent, and any assistant the Host approves must agree in '
            'writing to terms at least as protective of Student Data as these terms.',
        ),
    ), 'missing', 'terms-as-protective-for-helpers', 'consultant'),
    # Reasonable steps against misuse and loss (5)
    ('R5', (
        (PREAMBLE,),
        ('We take reasonable steps to protect student data from misuse and loss.',),
    ), 'weak', 'reasonable-steps-against-misuse', 'operator'),
    # De-identified data given to the world (U2)
    ('U2', (
        (PREAMBLE,),
        (
            'Maplewood may use de-identified data to improve the App and to publish its '
            'Backyard Count dataset, which is made available to universities and other third '
            'parties under an open data licence.',
        ),
    ), 'weak', 'open-data-licence', 'operator'),
    ('U2', (
        (PREAMBLE,),
        (
            'Maplewood may use de-identified data to improve the App.',
            'The Backyard Count dataset, which holds de-identified sightings, is published '
            'openly and anyone may download it.',
        ),
    ), 'weak', 'published-openly', 'operator'),
    # The students' data added to the vendor's own census (U1, 15(c))
    ('U1', (
        (PREAMBLE,),
        (
            'Maplewood may use Student Data (a) to provide the App; (b) to personalise lessons; '
            'and (c) to add each class\'s sightings to the City Bird Census.',
        ),
    ), 'weak', 'added-to-its-census', 'operator'),
    ('R15c', (
        (PREAMBLE,),
        (
            'We collect and keep student information only to run the App for your classes and '
            'to build the Maplewood Bird Census.',
        ),
    ), 'weak', 'kept-to-build-its-census', 'operator'),
    # Photos the class submits become the vendor's (1)
    ('R1', (
        (PREAMBLE,),
        ('Student Data remains the property of the School.',),
        (
            'When a teacher turns on sharing, each photo the class submits becomes part of the '
            'Bird Atlas collection, which Maplewood owns.',
        ),
    ), 'weak', 'submitted-photos-join-its-collection', 'operator'),
    # "ownership of student accounts": the student as a kind of thing, not its owner (11)
    ('R11', (
        (PREAMBLE,),
        ('We do not claim ownership of student accounts or of the drawings students upload.',),
    ), 'weak', 'ownership-of-student-accounts-disclaimed', 'operator'),
    # An account used only by the vendor's staff: who, not for what (3)
    ('R3', (
        (ARTIST,),
        (
            'I keep the students\' order slips in a locked case and the order spreadsheet in a '
            'password-protected account used only by my staff.',
        ),
    ), 'missing', 'account-used-only-by-its-staff', 'consultant'),
    # The vendor's own offers picked by how the player plays (13)
    ('R13', (
        (PREAMBLE,),
        (
            'We do not use personal information from classroom accounts to target ads.',
            'Players may see in-game offers for Maplewood Premium, which are selected based on '
            'how the player plays.',
        ),
    ), 'weak', 'offers-picked-by-how-the-player-plays', 'operator'),
]  # fmt: skip

CONTROLS = [
    ('R2', (
        (PREAMBLE,),
        (
            'A School may ask Maplewood to delete all of its Student Data by email to '
            'privacy@maplewood.example.',
            'Maplewood will delete it within thirty days.',
        ),
    ), 'present', 'request-by-email-then-deleted', 'operator'),
    ('R2', (
        (PREAMBLE,),
        (
            'Upon the District\'s written request, Maplewood will delete the Student Data and '
            'certify the deletion in writing.',
        ),
    ), 'present', 'deleted-and-certified-on-request', 'operator'),
    ('R6c', (
        (PREAMBLE,),
        (
            'Maplewood shall notify the affected students or their parents of a breach within '
            'five (5) days after discovery.',
        ),
    ), 'present', 'families-told-in-five-days', 'operator'),
    ('R5', (
        (PREAMBLE,),
        ('We use encryption and access controls to protect student data from misuse and loss.',),
    ), 'present', 'encryption-against-misuse', 'operator'),
    ('U2', (
        (PREAMBLE,),
        ('Maplewood may use de-identified data to improve the App.',),
    ), 'present', 'de-identified-to-improve', 'operator'),
    ('R11', (
        (PREAMBLE,),
        ('Students own the drawings they create.',),
    ), 'present', 'students-own-their-drawings', 'operator'),
    ('R3', (
        (ARTIST,),
        ('I will use student information only to deliver the workshop.',),
    ), 'present', 'used-only-for-the-workshop', 'consultant'),
    ('R13', (
        (PREAMBLE,),
        ('We do not use personal information from classroom accounts to target ads.',),
    ), 'present', 'no-targeted-ads', 'operator'),
]  # fmt: skip

test_batch_74_classes_read_right = probe.reads_as_labelled(CASES)
test_batch_74_controls_stand = probe.reads_as_labelled(CONTROLS)
