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
# (measured on the development batches only: 8 of their labels had moved the wrong way). The
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

# What a review of the round's patterns found (a helper on a copy of 7a64335's code, told not
# to open the corpus; about 140 probes, its own sentences): each fails on 7a64335.
REVIEW = [
    ('R7', (
        (
            PREAMBLE,
        ),
        (
            'Upon termination of the Agreement, Maplewood shall delete all Student Data.',
            'Maplewood may retain Student Data in backups for up to one year after '
            'termination, but no student information will be used for any purpose during '
            'that time.',
        ),
    ), 'weak', 'kept-a-year-but-not-used'),
    ('R7', (
        (
            PREAMBLE,
        ),
        (
            'Upon termination of the Agreement, Maplewood shall delete all Student Data.',
            'Maplewood keeps server logs, which contain no student information other than '
            'account IDs and IP addresses, for two years after termination.',
        ),
    ), 'weak', 'logs-with-account-ids'),
    ('R7', (
        (
            PREAMBLE,
        ),
        (
            'Upon termination of the Agreement, Maplewood shall delete all Student Data.',
            'Maplewood may retain device identifiers and usage logs for twenty-four '
            'months after termination, which do not by themselves identify a student.',
        ),
    ), 'weak', 'identifiers-that-do-not-by-themselves-identify'),
    ('R1', (
        (
            PREAMBLE,
        ),
        (
            'Jane Rivera ("the Artist") will lead a ten-session dance residency at the School.',
        ),
        (
            'Recordings of students made during the Workshops are the property of the '
            "School, and the Artist's lesson plans are the property of the Artist.",
        ),
        (
            'Student Data are and remain the property of the School.',
        ),
    ), 'present', 'the-schools-clause-before-the-vendors'),
    ('R1', (
        (
            PREAMBLE,
        ),
        (
            'Jane Rivera ("the Artist") will lead a ten-session dance residency at the School.',
        ),
        (
            'The Artist owns the choreography she creates and the School owns all '
            'recordings of students made during the Workshops.',
        ),
        (
            'Student Data are and remain the property of the School.',
        ),
    ), 'present', 'the-schools-clause-after-the-vendors'),
    ('R1', (
        (
            PREAMBLE,
        ),
        (
            'Jane Rivera ("the Artist") will lead a ten-session dance residency at the School.',
        ),
        (
            'No recordings of students made during the Workshops are the property of the '
            'Artist.',
        ),
        (
            'Student Data are and remain the property of the School.',
        ),
    ), 'present', 'no-recordings-are-the-vendors'),
    ('R1', (
        (
            PREAMBLE,
        ),
        (
            'Jane Rivera ("the Artist") will lead a ten-session dance residency at the School.',
        ),
        (
            'The Artist owns no recordings of students made during the Workshops.',
        ),
        (
            'Student Data are and remain the property of the School.',
        ),
    ), 'present', 'the-vendor-owns-none'),
    ('R1', (
        (
            'Brightline Dance Company LLC ("Contractor") will lead a dance residency at '
            'Hartford Public Schools (the "School").',
        ),
        (
            '"Workshop Materials" means lesson plans, participant reflection sheets and '
            'any audio or video recordings made during a Workshop.',
            "All Workshop Materials are the Contractor's exclusive property.",
        ),
        (
            'Student Data are and remain the property of the School.',
        ),
    ), 'weak', 'the-contractors-property'),
    ('R1', (
        (
            PREAMBLE,
        ),
        (
            'Jane Rivera ("the Artist") will lead a ten-session dance residency at the School.',
        ),
        (
            'Student drawings made during the Workshops are the property of the artist '
            'who made them.',
        ),
        (
            'Student Data are and remain the property of the School.',
        ),
    ), 'present', 'the-artist-who-made-them'),
    ('R1', (
        (
            PREAMBLE,
        ),
        (
            'Jane Rivera ("the Artist") will lead a ten-session dance residency at the School.',
        ),
        (
            'Student journals kept during the Residency are the property of the '
            'instructor of record, who is a School employee.',
        ),
        (
            'Student Data are and remain the property of the School.',
        ),
    ), 'present', 'the-instructor-of-record'),
    ('R1', (
        (
            PREAMBLE,
        ),
        (
            'Jane Rivera ("the Artist") will lead a ten-session dance residency at the School.',
        ),
        (
            '"Residency" means the ten workshop sessions, and any video recordings of the '
            'sessions the School makes for families.',
            'Lesson plans the Artist develops for the Residency are the property of the Artist.',
        ),
        (
            'Student Data are and remain the property of the School.',
        ),
    ), 'present', 'a-term-where-the-claim-is-used'),
    ('R1', (
        (
            PREAMBLE,
        ),
        (
            'Jane Rivera ("the Artist") will lead a ten-session dance residency at the School.',
        ),
        (
            'Photographs of the Artist taken during the Workshops are the property of the '
            'Artist.',
        ),
        (
            'Student Data are and remain the property of the School.',
        ),
    ), 'present', 'pictures-of-the-vendor'),
    ('R1', (
        (
            PREAMBLE,
        ),
        (
            'Jane Rivera ("the Artist") will lead a ten-session dance residency at the School.',
        ),
        (
            'Any melodies developed in the Workshop, and the video recordings of the '
            'sessions, are the exclusive property of the Artist.',
        ),
        (
            'Student Data are and remain the property of the School.',
        ),
    ), 'weak', 'the-video-recordings-in-a-list'),
    ('R1', (
        (
            PREAMBLE,
        ),
        (
            'Jane Rivera ("the Artist") will lead a ten-session dance residency at the School.',
        ),
        (
            'All photographs of participating students taken during the Workshops are '
            'owned by the Artist.',
        ),
        (
            'Student Data are and remain the property of the School.',
        ),
    ), 'weak', 'owned-by-the-vendor'),
    ('R8', (
        (
            PREAMBLE,
        ),
        (
            'The Service is designed to comply with FERPA.',
            'Maplewood shall comply with FERPA in handling Student Data.',
        ),
    ), 'present', 'a-design-then-a-promise'),
    ('R8', (
        (
            PREAMBLE,
        ),
        (
            'Maplewood shall comply with FERPA, and the Service has been designed to '
            'comply with FERPA and COPPA.',
        ),
    ), 'present', 'a-promise-and-a-design'),
    ('R8', (
        (
            PREAMBLE,
        ),
        (
            'We designed the Service to comply with FERPA.',
        ),
    ), 'weak', 'we-designed-it-to-comply'),
    ('R8', (
        (
            PREAMBLE,
        ),
        (
            'The Service was built with FERPA compliance in mind.',
        ),
    ), 'weak', 'built-with-ferpa-in-mind'),
    ('R15c', (
        (
            PREAMBLE,
        ),
        (
            "Commitment: Collection limits — Maplewood's promise: Maplewood collects and "
            'stores Student Data only as necessary to provide the Service to the School.',
        ),
    ), 'present', 'a-table-of-commitments'),
    ('R15c', (
        (
            PREAMBLE,
        ),
        (
            'Maplewood will not collect or store Student Data for any purpose other than '
            'the school purposes set out in Section 4 of the Connecticut Addendum.',
        ),
    ), 'present', 'school-purposes-another-paper-sets'),
    ('R15c', (
        (
            PREAMBLE,
        ),
        (
            'Maplewood shall not collect or store Student Data for anything other than '
            'school purposes and the operational purposes set out in Section 5(b) of the '
            'MSA.',
        ),
    ), 'weak', 'operational-purposes-in-a-lettered-section'),
    ('U1', (
        (
            PREAMBLE,
        ),
        (
            'Maplewood may use Student Data only to provide, maintain and improve the '
            'Service for the School.',
        ),
        (
            'Maplewood shall not use Student Data for any purpose other than providing '
            'the Service, and shall not disclose it except for research studies the '
            'School approves in writing.',
        ),
    ), 'present', 'the-disclosure-bans-exception'),
    ('U1', (
        (
            PREAMBLE,
        ),
        (
            'Maplewood may use Student Data only to provide, maintain and improve the '
            'Service for the School.',
        ),
        (
            'Maplewood will not use or disclose Student Data except to provide the '
            'Service and as the School directs in writing for program evaluation or '
            'research.',
        ),
    ), 'present', 'research-the-school-directs'),
    ('U1', (
        (
            PREAMBLE,
        ),
        (
            'Maplewood may use Student Data only to provide, maintain and improve the '
            'Service for the School.',
        ),
        (
            'Maplewood will not use Student Data for marketing or advertising, except '
            'that contextual advertising, which uses no Student Data, may appear in the '
            'free version.',
        ),
    ), 'present', 'ads-that-use-no-student-data'),
    ('R13', (
        (
            PREAMBLE,
        ),
        (
            'Maplewood will not use Student Data for targeted advertising.',
            'Maplewood will not engage in targeted advertising on the Service.',
        ),
        (
            'Student Data does not include Teacher Account Data.',
            'We may use Teacher Account Data to personalize ads shown to teachers on our '
            'website.',
        ),
    ), 'present', 'a-class-of-the-staffs'),
    ('R13', (
        (
            PREAMBLE,
        ),
        (
            'Maplewood will not use Student Data for targeted advertising.',
            'Maplewood will not engage in targeted advertising on the Service.',
        ),
        (
            'Student Data does not include Usage Statistics that do not identify any student.',
            'We may use Usage Statistics to select the ads shown in the free version.',
        ),
    ), 'present', 'a-class-that-identifies-no-one'),
    ('R13', (
        (
            PREAMBLE,
        ),
        (
            'Maplewood will not use Student Data for targeted advertising.',
            'Maplewood will not engage in targeted advertising on the Service.',
        ),
        (
            'Student Data does not include Usage Data.',
            'Advertisers on other websites may use their own cookies to personalize ads, '
            'but we do not share Usage Data with them.',
        ),
    ), 'present', 'the-class-kept-from-the-ads'),
    ('R13', (
        (
            PREAMBLE,
        ),
        (
            'Maplewood will not use Student Data for targeted advertising.',
            'Maplewood will not engage in targeted advertising on the Service.',
        ),
        (
            'Student Data does not include Usage Data.',
            "We may use Usage Data to adjust each student's reading targets, and the free "
            'version shows ads from our sponsors.',
        ),
    ), 'present', 'reading-targets-are-not-ads'),
    ('R13', (
        (
            PREAMBLE,
        ),
        (
            'Maplewood will not use Student Data for targeted advertising.',
            'Maplewood will not engage in targeted advertising on the Service.',
        ),
        (
            'Student Data does not include Usage Data.',
            'We may use usage data, including advertising identifiers, to select and '
            'personalize ads shown in the App.',
        ),
    ), 'weak', 'the-class-in-lower-case'),
    ('R15d', (
        (
            PREAMBLE,
        ),
        (
            '"Session Media" means video recordings of students in class and attendance '
            'totals that do not identify any student.',
            'Student Data does not include Session Media.',
        ),
        (
            'Maplewood will not sell, rent or trade Student Data.',
        ),
    ), 'weak', 'a-definition-read-item-by-item'),
    ('R15d', (
        (
            PREAMBLE,
        ),
        (
            '"Voice Features" means De-identified numeric features derived from audio.',
            'Student Data does not include Voice Features.',
        ),
        (
            'Maplewood will not sell, rent or trade Student Data.',
        ),
    ), 'present', 'de-identified-in-capitals'),
    ('R15d', (
        (
            PREAMBLE,
        ),
        (
            'Student Data does not include device-fingerprint hashes or IP addresses.',
        ),
        (
            'Maplewood will not sell, rent or trade Student Data.',
        ),
    ), 'present', 'device-fingerprint-hashes'),
    ('R15d', (
        (
            PREAMBLE,
        ),
        (
            'Maplewood will not sell, rent or trade Student Data.',
            'We may share Student Data with our hosting providers; in connection with a '
            'merger or acquisition, we will delete all Student Data before the closing.',
        ),
    ), 'present', 'a-merger-in-another-clause'),
    ('R15d', (
        (
            PREAMBLE,
        ),
        (
            'Maplewood will not sell, rent or trade Student Data.',
            'Maplewood may disclose Student Data to its legal and financial advisers in '
            'connection with a proposed financing or merger, under written obligations of '
            'confidentiality.',
        ),
    ), 'present', 'the-vendors-advisers'),
    ('R15d', (
        (
            PREAMBLE,
        ),
        (
            'Maplewood will not sell, rent or trade Student Data.',
            'We may disclose Student Data in connection with a merger or acquisition.',
            'Any successor will be bound by this Agreement.',
        ),
    ), 'present', 'the-successor-bound-next'),
    ('R7', (
        (
            PREAMBLE,
        ),
        (
            'Jane Rivera ("the Artist") will lead a ten-session dance residency at the School.',
        ),
        (
            'At the end of the Residency, the Artist will delete all Student Data other '
            'than the recordings described in Section 6.1, which the Artist will give to '
            'the School and then delete within the same day.',
        ),
    ), 'present', 'the-excepted-recordings-deleted-too'),
    ('R7', (
        (
            PREAMBLE,
        ),
        (
            'At the end of the contract term, the School Contract Administrator will '
            'delete all Student Data from the Service.',
        ),
    ), 'missing', 'the-schools-officer'),
    ('R1', (
        (
            PREAMBLE,
        ),
        (
            'Student Data are and remain the property of the School.',
            'Maplewood shall not disclose Student Data to entities that control or are '
            'controlled by Maplewood, except as the law requires.',
        ),
    ), 'present', 'entities-that-control-the-vendor'),
    ('R2', (
        (
            PREAMBLE,
        ),
        (
            "A parent may ask us to delete their child's account.",
            "We check each request with the student's homeroom teacher and delete the "
            'account within thirty (30) days.',
        ),
    ), 'missing', 'checked-with-the-homeroom-teacher'),
]  # fmt: skip

# What a review of the session's code found (a helper on a copy of 225f402, told not to open the
# corpus): each case fails on 225f402 but one, a control ("aggregated reports" among the data
# deleted in ninety days), which reads the same.
CODE_REVIEW = [
    ('R15d', (
        (
            PREAMBLE,
        ),
        (
            'Maplewood will not sell, rent or trade Student Data.',
            'We may disclose Student Data only as follows: to our hosting providers; in '
            'connection with a merger, we will delete all Student Data.',
        ),
    ), 'present', 'a-listed-merger-that-deletes'),
    ('R15d', (
        (
            PREAMBLE,
        ),
        (
            'Maplewood will not sell, rent or trade Student Data.',
            'We may disclose information, including Student Data: (a) to our hosting '
            'providers; (b) to our auditors and legal advisers; or (c) in connection with '
            'a merger, acquisition or sale of our assets.',
        ),
    ), 'weak', 'advisers-in-another-item'),
    ('R8', (
        (
            PREAMBLE,
        ),
        (
            'Maplewood shall comply with FERPA and the Service has been designed to '
            'comply with FERPA.',
        ),
    ), 'present', 'a-promise-and-a-design-joined-by-and'),
    ('R1', (
        (
            PREAMBLE,
        ),
        (
            'Student Data are and remain the property of the School.',
        ),
        (
            'Maplewood retains recordings of students for thirty days after each Workshop.',
        ),
    ), 'present', 'recordings-kept-not-owned'),
    ('R1', (
        (
            PREAMBLE,
        ),
        (
            'Jane Rivera ("the Artist") will lead a ten-session dance residency at the School.',
        ),
        (
            'Video recordings of the Artist taken during the Workshops are the property '
            'of the Artist.',
        ),
        (
            'Student Data are and remain the property of the School.',
        ),
    ), 'present', 'video-of-the-vendor'),
    ('R13', (
        (
            PREAMBLE,
        ),
        (
            'Maplewood will not use Student Data for targeted advertising.',
            'Maplewood will not engage in targeted advertising on the Service.',
        ),
        (
            'Student Data does not include Usage Data.',
            'We will never target ads based on Student Data, but we may use Usage Data to '
            'select and personalize ads.',
        ),
    ), 'weak', 'a-denial-in-the-other-clause'),
    ('R13', (
        (
            PREAMBLE,
        ),
        (
            'Maplewood will not use Student Data for targeted advertising.',
            'Maplewood will not engage in targeted advertising on the Service.',
        ),
        (
            'Student Data does not include Usage Data.',
            'We may use Usage Data for personalizing ads.',
        ),
    ), 'weak', 'personalizing-ads'),
    ('R7', (
        (
            PREAMBLE,
        ),
        (
            'When the Services end, we will delete all Student Data, other than the '
            'recordings described in Section 6.1, which we will give to the School and '
            'then delete, and apart from the photographs we keep for our portfolio.',
        ),
    ), 'weak', 'a-second-exception-keeps-some'),
    ('R7', (
        (
            PREAMBLE,
        ),
        (
            'Upon termination of the Agreement, Maplewood shall delete all Student Data.',
            'Deletion of all Student Data, including aggregated reports, will be '
            'completed within ninety (90) days after termination.',
        ),
    ), 'weak', 'aggregated-reports-among-the-data'),
    ('U1', (
        (
            PREAMBLE,
        ),
        (
            'We use Student Data only to provide the Service, to maintain and improve it, '
            'and for adaptive learning.',
        ),
        (
            'Maplewood will not disclose Student Data except to its subprocessors; and '
            'Maplewood will not use Student Data except for marketing and advertising '
            'purposes.',
        ),
    ), 'weak', 'the-second-items-exception'),
    ('U1', (
        (
            PREAMBLE,
        ),
        (
            'We use Student Data only to provide the Service, to maintain and improve it, '
            'and for adaptive learning.',
        ),
        (
            'Maplewood will not use Student Data except for research and marketing.',
        ),
    ), 'weak', 'research-and-marketing'),
    ('U1', (
        (
            PREAMBLE,
        ),
        (
            'We use Student Data only to provide the Service, to maintain and improve it, '
            'and for adaptive learning.',
        ),
        (
            'Maplewood will not use Student Data except for any other purpose Maplewood '
            'deems appropriate.',
        ),
    ), 'weak', 'any-purpose-the-vendor-deems'),
    ('R15d', (
        (
            PREAMBLE,
        ),
        (
            '"Session Media" means audio and video recordings that do not identify any student.',
            'Student Data does not include Session Media.',
        ),
        (
            'Maplewood will not sell, rent or trade Student Data.',
        ),
    ), 'present', 'recordings-that-identify-no-one'),
    ('R15d', (
        (
            PREAMBLE,
        ),
        (
            'Student Data does not include browser-fingerprint hashes.',
        ),
        (
            'Maplewood will not sell, rent or trade Student Data.',
        ),
    ), 'present', 'a-browsers-fingerprint'),
    ('R1', (
        (
            PREAMBLE,
        ),
        (
            'Jane Rivera ("the Artist") will lead a ten-session dance residency at the School.',
        ),
        (
            'Video footage that is made during the Workshops, whether by the Artist or by '
            'staff, is the property of the Artist.',
        ),
        (
            'Student Data are and remain the property of the School.',
        ),
    ), 'weak', 'a-relative-clause-in-the-claim'),
    ('R1', (
        (
            PREAMBLE,
        ),
        (
            'Lumen Stage LLC ("the Presenter") will present five workshops at the School.',
        ),
        (
            'The Presenter owns all photographs and video recordings it may make of '
            'students during the Workshops.',
        ),
        (
            'Student Data are and remain the property of the School.',
        ),
    ), 'weak', 'a-list-with-a-relative-clause'),
    ('R15c', (
        (
            PREAMBLE,
        ),
        (
            'Maplewood shall not collect or store Student Data for anything other than '
            'school purposes and the additional purposes described in Section 4 of the '
            'Connecticut Addendum.',
        ),
    ), 'present', 'purposes-of-the-addendum-itself'),
    ('R2', (
        (
            PREAMBLE,
        ),
        (
            'A parent may ask us to delete the account.',
            'We will verify each request with the District and delete the account within '
            'thirty (30) days.',
        ),
    ), 'missing', 'a-familys-request-checked-with-the-district'),
]  # fmt: skip

# A class across the development batches, found by tallying every "present" labelled where the
# audit found a gap (R11's "nothing on who owns student-generated content", 30 of them): the
# statute's own words with a student's or a parent's relative clause inside ("…, including the
# text and drawings a student adds to a chain link, shall be the property of the Student …"),
# read as binding the student; "Students retain ownership of their Student Observations".
# The first two fail on 06210c6; the last, a control, reads the same.
OWNED_BY_THE_STUDENTS = [
    ('R11', (
        (
            PREAMBLE,
        ),
        (
            'All Student-Generated Content, including the notes a student adds to a class '
            "wall, shall be the property of the Student or the Student's parent or legal "
            'guardian.',
        ),
    ), 'present', 'a-students-relative-clause-in-the-statutes-words'),
    ('R11', (
        (
            PREAMBLE,
        ),
        (
            'Students retain ownership of their Lab Observations.',
        ),
    ), 'present', 'their-observations'),
    ('R11', (
        (
            PREAMBLE,
        ),
        (
            'Students keep the kites they make.',
        ),
    ), 'missing', 'the-things-they-take-home'),
]  # fmt: skip

test_each_class_is_read_right = probe.reads_as_labelled(CASES)
test_the_controls_keep_their_reading = probe.reads_as_labelled(CONTROLS)
test_a_use_limits_exception_is_its_own_items = probe.reads_as_labelled(HELD_TO_ITS_ITEM)
test_the_reviews_findings_are_read_right = probe.reads_as_labelled(REVIEW)
test_the_code_reviews_findings_are_read_right = probe.reads_as_labelled(CODE_REVIEW)
test_the_students_own_their_work = probe.reads_as_labelled(OWNED_BY_THE_STUDENTS)
