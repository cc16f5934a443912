"""Classes of misreading found in batch 61 (tests/corpus/heldout-61/), held out until
2026-12-05 and development since, each read right.

Each case is a sentence of the class, written for the test in words of its own, not a
corpus document's. Each group of sentences is a paragraph of its own. Every case fails on
the rules of d53ddec, before this round; every control reads the same on both.
"""

from __future__ import annotations

import audit_probes as probe

PREAMBLE = 'Maplewood Learning, Inc. ("Maplewood") provides the Service to the School.'
ARTIST = (
    'These Terms apply to every workshop that Jane Rivera Music LLC ("the Artist") delivers '
    'for a school, district or other education provider ("the Host").'
)
# A class the paper leaves out of its student data, by its definition
USAGE = (
    '"Student Data" means information about a student that the School provides to Maplewood.',
    "Student Data does not include Usage Data.",
    '"Usage Data" means device and advertising identifiers, IP address and approximate '
    "location of anyone who uses the App.",
)

CASES = [
    ('R10', (
        (
            PREAMBLE,
        ),
        (
            '14.2 If a court holds any provision of these School Terms invalid, the '
            'remaining provisions will continue in full force and effect.',
        ),
    ), 'present', 'a-document-named-for-the-school'),
    ('R8', (
        (
            PREAMBLE,
        ),
        (
            'The Platform is designed to comply with FERPA and COPPA.',
        ),
    ), 'weak', 'designed-to-comply'),
    ('R7', (
        (
            ARTIST,
        ),
        (
            'At the end of the residency the Artist shall destroy all Student Data other '
            'than the photographs described in Section 4.2.',
        ),
    ), 'weak', 'destroyed-but-the-recordings-another-section-keeps'),
    ('R7', (
        (
            PREAMBLE,
        ),
        (
            'Maplewood deletes all Student Data on the last day of the subscription.',
            "Receipts (which show the School's name and no student data) are kept for six "
            'years for audit purposes.',
        ),
    ), 'present', 'a-keeping-of-what-holds-no-students-data'),
    ('R2', (
        (
            PREAMBLE,
        ),
        (
            "Parents may ask us to delete their child's account by writing to "
            'help@maplewood.example.',
            "We confirm each request with the child's teacher and delete the account "
            'within 30 days.',
        ),
    ), 'missing', 'a-familys-request-checked-with-the-teacher'),
    ('R2', (
        (
            PREAMBLE,
        ),
        (
            '"Device Data" means cookie identifiers, advertising identifiers and hashed '
            'device fingerprints, which do not by themselves identify a student.',
            'Device Data is not Student Data.',
        ),
        (
            'The School may ask Maplewood to delete any Student Data by emailing '
            'privacy@maplewood.example, and Maplewood will delete it within 30 days.',
        ),
    ), 'present', 'a-devices-fingerprint-is-no-students'),
    ('R1', (
        (
            ARTIST,
        ),
        (
            '2.3 "Class Media" means audio, video and still photographs of the Workshop '
            'sessions taken by or for the Artist, including the faces and voices of '
            'participating students.',
        ),
        (
            '5.1 Student Data is not the property of the Artist; it remains the property '
            'of the Host.',
        ),
        (
            '5.2 The Host will tell the Artist which rooms to use.',
        ),
        (
            '5.3 The Artist will arrive thirty minutes before each session.',
        ),
        (
            '6.1 Any songs or arrangements developed during the Workshop, whether by the '
            'Artist alone or together with participants, and all Class Media, are the '
            'exclusive property of the Artist.',
        ),
    ), 'weak', 'the-vendor-owns-a-list-with-the-recordings'),
    ('R1', (
        (
            ARTIST,
        ),
        (
            '5.1 Student Data remains the property of the Host.',
        ),
        (
            '6.1 The Artist owns the copyright in the recordings the Artist makes during '
            'the workshops, including recordings of student performances.',
        ),
    ), 'weak', 'the-vendor-owns-the-copyright-in-the-recordings'),
    ('R13', (
        (
            PREAMBLE,
        ),
        USAGE,
        (
            'Maplewood does not use Student Data to target advertising to students.',
            'Maplewood and its ad partners may use Usage Data to select and personalise '
            'ads shown in the App.',
        ),
    ), 'weak', 'a-class-left-out-targets-ads'),
    ('R15a', (
        (
            PREAMBLE,
        ),
        USAGE,
        (
            'School accounts are ad-free.',
            'Maplewood and its ad partners may use Usage Data to select and personalise '
            'ads shown in the App.',
        ),
    ), 'weak', 'ad-free-accounts-but-ads-chosen-by-what-is-left-out'),
    ('R15c', (
        (
            PREAMBLE,
        ),
        (
            'Data: Device type and session times — Where it comes from: Collected '
            'automatically — Why we need it: To run the game and fix bugs',
        ),
    ), 'missing', 'a-table-of-what-is-collected'),
    ('R15c', (
        (
            PREAMBLE,
        ),
        (
            'Maplewood shall not collect or store Student Data for anything other than '
            'school purposes and the operational purposes set out in Section 7 of the '
            'Master Agreement.',
        ),
    ), 'weak', 'purposes-another-document-sets'),
    ('U1', (
        (
            PREAMBLE,
        ),
        (
            'Maplewood will use Student Data only to provide, maintain and improve the '
            'Service for the School.',
        ),
        (
            'Maplewood will not use Student Data for any other purpose, except as needed '
            'for its commercial operations, including billing and product analytics.',
        ),
    ), 'weak', 'a-use-limits-exception-beyond-the-four'),
    ('R15d', (
        (
            PREAMBLE,
        ),
        (
            'Maplewood does not sell, rent or trade Student Data.',
            'Maplewood may disclose Student Data: (a) to its hosting providers; (b) when '
            'the law requires; or (c) in connection with a merger or sale of its assets.',
        ),
    ), 'weak', 'a-merger-among-the-disclosures'),
    ('R1', (
        (
            PREAMBLE,
        ),
        (
            'All Student Data is and remains the property of and under the control of the '
            'School.',
        ),
        (
            'Maplewood shall not disclose Student Data except (a) to its affiliates under '
            'common control, to provide the Service; or (b) as the law requires.',
        ),
    ), 'present', 'affiliates-under-common-control'),
]  # fmt: skip

CONTROLS = [
    ('R1', (
        (
            ARTIST,
        ),
        (
            '5.1 Student Data is not the property of the Artist; it remains the property '
            'of the Host.',
        ),
        (
            '5.2 The Host will tell the Artist which rooms to use.',
        ),
        (
            '5.3 The Artist will arrive thirty minutes before each session.',
        ),
        (
            '6.1 Video recordings made during the residency, including recordings of '
            'students dancing, belong to the Artist.',
        ),
    ), 'weak', 'recordings-of-students-belong-to-the-vendor-as-before'),
    ('R10', (
        (
            PREAMBLE,
        ),
        (
            'If any provision is held invalid, the School will continue to pay the fees.',
        ),
    ), 'missing', 'the-school-bound'),
    ('R8', (
        (
            PREAMBLE,
        ),
        (
            "Maplewood's systems are designed to protect Student Data, and Maplewood "
            'shall comply with FERPA.',
        ),
    ), 'present', 'designed-to-protect-and-a-promise'),
    ('R7', (
        (
            ARTIST,
        ),
        (
            'At the end of the residency the Artist shall destroy all Student Data, '
            'including the photographs described in Section 4.2.',
        ),
    ), 'present', 'the-recordings-destroyed-too'),
    ('R7', (
        (
            PREAMBLE,
        ),
        (
            'Maplewood deletes all Student Data on the last day of the subscription.',
            "Receipts, which list each student's name, are kept for six years for audit "
            'purposes.',
        ),
    ), 'weak', 'receipts-with-the-students-names'),
    ('R2', (
        (
            PREAMBLE,
        ),
        (
            'The School may ask us to delete Student Data by writing to help@maplewood.example.',
            'We confirm each request with the School and delete the data within 30 days.',
        ),
    ), 'present', 'the-schools-request-confirmed'),
    ('R2', (
        (
            PREAMBLE,
        ),
        (
            '"Capture Data" means fingerprints and face images of students taken at sign-in.',
            'Capture Data is not Student Data.',
        ),
        (
            'The School may ask Maplewood to delete any Student Data by emailing '
            'privacy@maplewood.example, and Maplewood will delete it within 30 days.',
        ),
    ), 'weak', 'students-fingerprints-left-out'),
    ('R1', (
        (
            ARTIST,
        ),
        (
            '5.1 Student Data remains the property of the Host.',
        ),
        (
            "6.1 The Artist owns the copyright in the Artist's own concert recordings.",
        ),
    ), 'present', 'the-vendors-own-recordings'),
    ('R1', (
        (
            ARTIST,
        ),
        (
            '5.1 Student Data remains the property of the Host.',
        ),
        (
            '6.1 The Artist owns her lesson plans, and the Host owns all recordings of '
            'students.',
        ),
    ), 'present', 'the-recordings-are-the-hosts'),
    ('R13', (
        (
            PREAMBLE,
        ),
        USAGE,
        (
            'Maplewood does not use Student Data to target advertising to students.',
            'Maplewood may use Usage Data to measure its own marketing campaigns.',
        ),
    ), 'present', 'left-out-but-not-used-to-choose-ads'),
    ('R13', (
        (
            PREAMBLE,
        ),
        USAGE,
        (
            'Maplewood does not use Student Data to target advertising to students.',
            'Maplewood does not use Usage Data to select or personalise ads.',
        ),
    ), 'present', 'left-out-and-kept-from-ads'),
    ('R15c', (
        (
            PREAMBLE,
        ),
        (
            'Maplewood shall not collect or store Student Data for anything other than '
            'the school purposes set out in Section 2 of this Addendum.',
        ),
    ), 'present', 'purposes-this-addendum-sets'),
    ('U1', (
        (
            PREAMBLE,
        ),
        (
            'Maplewood will use Student Data only to provide, maintain and improve the '
            'Service for the School.',
        ),
        (
            'Maplewood will not use Student Data for any other purpose, except as the '
            'School directs in writing.',
        ),
    ), 'present', 'an-exception-the-school-directs'),
    ('R15d', (
        (
            PREAMBLE,
        ),
        (
            'Maplewood does not sell, rent or trade Student Data.',
            'Maplewood may disclose Student Data: (a) to its hosting providers; (b) when '
            'the law requires; or (c) in connection with a merger, provided the successor '
            'agrees to be bound by these terms.',
        ),
    ), 'present', 'a-merger-with-the-successor-bound'),
]  # fmt: skip

# U1's new reading of a use limit's exception, held after the freeze to the limit's own item
# (measured on the development batches only: 4 of their labels had moved the wrong way). The
# first three fail on fe3ffb4, the round's first commit; the last, a control, reads the same.
USES = "Maplewood will use Student Data only to provide, maintain and improve the Service."
HELD_TO_ITS_ITEM = [
    ('U1', (
        (
            PREAMBLE,
        ),
        (
            USES,
        ),
        (
            'Maplewood shall not: (a) sell Student Data, except to a successor in a merger '
            'that remains bound by these terms; or (b) use Student Data for targeted '
            'advertising.',
        ),
    ), 'present', 'another-items-exception'),
    ('U1', (
        (
            PREAMBLE,
        ),
        (
            USES,
        ),
        (
            'Maplewood will not use Student Data for any purpose other than providing the '
            'Service, except that it may use Student Data for any other purpose permitted '
            'by applicable law.',
        ),
    ), 'present', 'an-exception-as-wide-as-the-law'),
    ('U1', (
        (
            PREAMBLE,
        ),
        (
            USES,
        ),
        (
            'Maplewood shall not disclose Student Data except to a service provider that '
            'uses it to improve the operability of the Service or for its business '
            'operations.',
        ),
    ), 'present', 'a-disclosure-limits-cases'),
    ('U1', (
        (
            PREAMBLE,
        ),
        (
            USES,
        ),
        (
            'Maplewood shall not use or disclose Student Data except as needed for its '
            'business operations, including product analytics.',
        ),
    ), 'weak', 'a-use-and-disclosure-limits-exception'),
]  # fmt: skip

test_each_class_is_read_right = probe.reads_as_labelled(CASES)
test_the_controls_keep_their_reading = probe.reads_as_labelled(CONTROLS)
test_a_use_limits_exception_is_its_own_items = probe.reads_as_labelled(HELD_TO_ITS_ITEM)
