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


# The review of this round's readings (a helper on a copy without the corpora, 100 probes in
# words of its own): 39 points, 11 of them the round's own patterns reaching too far (work the
# school published on its own site; news of the vendor's maintenance; the schools as
# "partners"; a use denied; the vendor's curriculum or the school's billing left out and used
# freely; a use by the district; recordings kept by the host for student portfolios; a copy kept
# for the school's archive or the student's portfolio; the school's own encrypted store). Each
# case below fails at 0c4c096, before the mends; each control reads the same on both. Left
# (see docs/audit.md, Known misreadings): a ban "in Bird Tales, and …" or "within Bird Tales;
# …", and "on Facebook, and …" read as a ban anywhere (15(a), 15(b)); "you" defined as the
# School in a row "Delete your account: … ask us in writing to delete all Student Data" (2); a
# weekly summary to a parent who asks, and a use limit said only as a denial, read as no uses
# (U1); general advertising allowed elsewhere beside a PII ban (15(b)); the school's own
# encrypted store, and a laptop "password protected" with no other data word (5). Each of
# these read the same before this round.
REVIEW = [
    ("R2", (
        (PREAMBLE,),
        (
            "What I want to do: Delete my account — How: Settings > Account > Delete account",
        ),
    ), "missing", "r2-A04"),
    ("R2", (
        (PREAMBLE,),
        (
            "8.2 A School may request deletion of Student Data by email to "
            "privacy@maplewood.example.",
            "Sightings already published to the Open Bird Map remain on the map in de-"
            "identified form.",
        ),
    ), "weak", "r2-A08"),
    ("R2", (
        (PREAMBLE,),
        (
            "8.2 A School may request deletion of Student Data by email to "
            "privacy@maplewood.example.",
            "Published sightings will be de-identified rather than deleted.",
        ),
    ), "weak", "r2-A09"),
    ("R2", (
        (PREAMBLE,),
        (
            "8.2 A School may request deletion of Student Data by email to "
            "privacy@maplewood.example.",
            "Recordings that have been published are anonymised, not removed.",
        ),
    ), "weak", "r2-A18"),
    ("R2", (
        (PREAMBLE,),
        (
            "8.2 A School may request deletion of Student Data by email to "
            "privacy@maplewood.example, and Maplewood deletes all of it, including anything "
            "published in the App, within 30 days.",
            "Student work the School has published on its own website is not removed by "
            "Maplewood, because that site is the School's.",
        ),
    ), "present", "r2-A16"),
    ("U1", (
        (PREAMBLE,),
        (
            "We use Student Data to provide, maintain and improve the Service and to send "
            "parents a weekly summary, with occasional updates on our family workshops.",
        ),
    ), "weak", "u1-B03"),
    ("U1", (
        (PREAMBLE,),
        (
            "We use Student Data to provide, maintain and improve the Service and to send "
            "parents a weekly summary, along with information about Maplewood enrichment "
            "programs.",
        ),
    ), "weak", "u1-B04"),
    ("U1", (
        (PREAMBLE,),
        (
            "We use Student Data to provide, maintain and improve the Service and to send "
            "families a weekly summary and our newsletter about upcoming Maplewood "
            "programmes.",
        ),
    ), "weak", "u1-B20"),
    ("U1", (
        (PREAMBLE,),
        (
            "We use Student Data to provide, maintain and improve the Service and to send "
            "parents a weekly summary, along with news about our scheduled maintenance "
            "events.",
        ),
    ), "present", "u1-B05"),
    ("U1", (
        (PREAMBLE,),
        (
            "4.1 We use Student Data to provide, maintain and improve the Service and to "
            "share sightings with the public Backyard Birds dataset.",
        ),
    ), "weak", "u1-B08"),
    ("U1", (
        (PREAMBLE,),
        (
            "4.1 We use Student Data to provide, maintain and improve the Service and to "
            "upload student observations to the public eBird database.",
        ),
    ), "weak", "u1-B18"),
    ("U1", (
        (PREAMBLE,),
        (
            "4.1 We use Student Data to provide, maintain and improve the Service and to "
            "support the monitoring programs of partner organizations.",
        ),
    ), "weak", "u1-B12"),
    ("U1", (
        (PREAMBLE,),
        (
            "4.1 We use Student Data to provide, maintain and improve the Service and to "
            "support our school partners' instructional programs.",
        ),
    ), "present", "u1-B10"),
    ("U1", (
        (PREAMBLE,),
        (
            "4.1 We use Student Data to provide, maintain and improve the Service and to "
            "support our district partners in meeting their reporting duties.",
        ),
    ), "present", "u1-B11"),
    ("U1", (
        (PREAMBLE,),
        (
            "4.1 We use Student Data only to provide, maintain and improve the Service; we "
            "will not contribute Student Data to any public or open dataset.",
        ),
    ), "present", "u1-B14n"),
    ("R3", (
        (PREAMBLE,),
        (
            "1.4 \"Student Data\" means information about students that Maplewood receives. "
            "Student Data does not include Curriculum Materials.",
            "1.5 Curriculum Materials are owned by Maplewood and may be licensed, sold or "
            "otherwise used for any purpose.",
        ),
        (
            "Maplewood will not use Student Data for any purpose other than to provide, "
            "maintain and improve the Service.",
        ),
    ), "present", "r3-C03"),
    ("R3", (
        (PREAMBLE,),
        (
            "1.4 \"Student Data\" means information about students that Maplewood receives. "
            "Student Data does not include Billing Information.",
            "1.5 Billing Information may be used by Maplewood for its own business purposes.",
        ),
        (
            "Maplewood will not use Student Data for any purpose other than to provide, "
            "maintain and improve the Service.",
        ),
    ), "present", "r3-C04"),
    ("R3", (
        (PREAMBLE,),
        (
            "1.4 \"Student Data\" means information about students that Maplewood receives. "
            "Student Data does not include Usage Data.",
            "1.5 Usage Data may be used by the District for any lawful purpose.",
        ),
        (
            "Maplewood will not use Student Data for any purpose other than to provide, "
            "maintain and improve the Service.",
        ),
    ), "present", "r3-C11"),
    ("R3", (
        (PREAMBLE,),
        (
            "1.4 \"Student Data\" means information about students that Maplewood receives. "
            "Student Data does not include Usage Data.",
            "1.5 Usage Data may be used by the LEA for any lawful purpose.",
        ),
        (
            "Maplewood will not use Student Data for any purpose other than to provide, "
            "maintain and improve the Service.",
        ),
    ), "present", "r3-C14"),
    ("R3", (
        (PREAMBLE,),
        (
            "1.4 \"Student Data\" means information about students that Maplewood receives. "
            "Student Data does not include Usage Data.",
            "1.5 Usage Data is owned by Maplewood and may be used for any commercial purpose.",
        ),
        (
            "Maplewood will not use Student Data for any purpose other than to provide, "
            "maintain and improve the Service.",
        ),
    ), "weak", "r3-C07"),
    ("R3", (
        (ARTIST,),
        (
            "The Artist will use student information only for the purposes of the residency.",
        ),
        (
            "All video recordings made during the residency, including those of students, are"
            " the property of the Artist.",
            "Video recordings are kept in my archive for portfolio purposes.",
        ),
    ), "weak", "r3-D02", "consultant"),
    ("R3", (
        (ARTIST,),
        (
            "The Artist will use student information only for the purposes of the residency.",
        ),
        (
            "All video recordings made during the residency, including those of students, are"
            " the property of the Artist.",
            "I may keep the video recordings for my portfolio.",
        ),
    ), "weak", "r3-D03", "consultant"),
    ("R3", (
        (ARTIST,),
        (
            "The Artist will use student information only for the purposes of the residency.",
        ),
        (
            "All video recordings made during the residency, including those of students, are"
            " the property of the Artist.",
            "Video recordings may be kept by the Artist for her demo reel and grant "
            "applications.",
        ),
    ), "weak", "r3-D04", "consultant"),
    ("R3", (
        (ARTIST,),
        (
            "The Artist will use student information only for the purposes of the residency.",
        ),
        (
            "All video recordings made during the residency, including those of students, are"
            " the property of the Artist.",
            "Copies of the video recordings may be kept by the Host for student portfolio "
            "review, and the Artist deletes her own copies at the end of the residency.",
        ),
    ), "present", "r3-D05", "consultant"),
    ("R11", (
        (ARTIST,),
        (
            "The prints a student makes belong to that student.",
            "I keep a copy of each student's print for the school's archive and hand it to "
            "the Host at the end of the term.",
        ),
    ), "present", "r11-E02", "consultant"),
    ("R11", (
        (ARTIST,),
        (
            "The prints a student makes belong to that student.",
            "We keep one print from each student's edition for the Host's collection and it "
            "is displayed in the school's hallway.",
        ),
    ), "present", "r11-E09", "consultant"),
    ("R11", (
        (ARTIST,),
        (
            "The prints a student makes belong to that student.",
            "I keep a photograph copy of each student's print for the student's portfolio, "
            "which goes home with the student.",
        ),
    ), "present", "r11-E03", "consultant"),
    ("R11", (
        (ARTIST,),
        (
            "The prints a student makes belong to that student.",
            "One artist's proof from each student's edition stays in the Studio archive.",
        ),
    ), "weak", "r11-E04", "consultant"),
    ("R11", (
        (ARTIST,),
        (
            "The prints a student makes belong to that student.",
            "I may keep a copy of each student's print for my portfolio.",
        ),
    ), "weak", "r11-E05", "consultant"),
    ("R11", (
        (ARTIST,),
        (
            "The prints a student makes belong to that student.",
            "The Studio retains two proofs from each student's edition for its archive.",
        ),
    ), "weak", "r11-E06", "consultant"),
    ("R11", (
        (ARTIST,),
        (
            "The bowls a student throws belong to that student.",
            "I keep the best bowl from each student's set for the studio collection.",
        ),
    ), "weak", "r11-E07", "consultant"),
    ("R5", (
        (ARTIST,),
        (
            "Anything digital stays on my laptop, which is encrypted and password-protected.",
        ),
    ), "present", "r5-G03", "consultant"),
    ("R5", (
        (ARTIST,),
        (
            "Student photographs are saved only to an encrypted external drive.",
        ),
    ), "present", "r5-G04", "consultant"),
]  # fmt: skip

REVIEW_CONTROLS = [
    ("R2", (
        (PREAMBLE,),
        (
            "8.2 A School may request deletion of Student Data by email to "
            "privacy@maplewood.example.",
        ),
        (
            "Delete your account: a School administrator may also request deletion of all "
            "Student Data from Settings > School > Delete data.",
        ),
    ), "present", "r2-A01"),
    ("R2", (
        (PREAMBLE,),
        (
            "Remove your school's profile and all Student Data: the School may request "
            "deletion of Student Data by written notice to Maplewood, and Maplewood will "
            "delete it within 30 days.",
        ),
    ), "present", "r2-A02"),
    ("R2", (
        (PREAMBLE,),
        (
            "What you want to do: Close your child's account — How: Settings > Family > Close"
            " account",
        ),
    ), "missing", "r2-A03"),
    ("R2", (
        (PREAMBLE,),
        (
            "Delete your student's account: go to Settings > Students > Remove student.",
        ),
    ), "missing", "r2-A05"),
    ("R2", (
        (PREAMBLE,),
        (
            "What you want to do: Close your account — How: Settings > Account > Close "
            "account",
        ),
    ), "missing", "r2-A06"),
    ("R2", (
        (PREAMBLE,),
        (
            "8.2 A School may request deletion of Student Data by email to "
            "privacy@maplewood.example.",
            "Sightings already published to the Open Bird Map are anonymized and are not "
            "removed.",
        ),
    ), "weak", "r2-A07"),
    ("R2", (
        (PREAMBLE,),
        (
            "8.2 A School may request deletion of Student Data by email to "
            "privacy@maplewood.example.",
            "Stories already published in the class anthology are hidden but not removed.",
        ),
    ), "weak", "r2-A10"),
    ("R2", (
        (PREAMBLE,),
        (
            "8.2 A School may request deletion of Student Data by email to "
            "privacy@maplewood.example, including anything published to the class page.",
            "Posts that were published are deleted with the rest; the School's own copies are"
            " not removed by us.",
        ),
    ), "present", "r2-A11"),
    ("R2", (
        (PREAMBLE,),
        (
            "Delete your account — Settings > Account > Delete account",
        ),
    ), "missing", "r2-A14"),
    ("R2", (
        (PREAMBLE,),
        (
            "Want to leave? You can delete your account from Settings > Account at any time.",
        ),
    ), "missing", "r2-A15"),
    ("R2", (
        (PREAMBLE,),
        (
            "8.2 A School may request deletion of Student Data by email to "
            "privacy@maplewood.example.",
            "Observations already posted to the public map stay up after a request, with the "
            "student's name taken off.",
        ),
    ), "weak", "r2-A17"),
    ("U1", (
        (PREAMBLE,),
        (
            "We use student information only to run the app and to send a parent who asks for"
            " it a weekly summary, along with occasional news about our summer camps.",
        ),
    ), "weak", "u1-B01"),
    ("U1", (
        (PREAMBLE,),
        (
            "We use student information only to run the app and to send a parent who asks for"
            " it a weekly summary, along with occasional news about summer camps we run.",
        ),
    ), "weak", "u1-B02"),
    ("U1", (
        (PREAMBLE,),
        (
            "We use Student Data to provide, maintain and improve the Service and to send "
            "parents a weekly summary that includes announcements of our summer camps.",
        ),
    ), "weak", "u1-B04b"),
    ("U1", (
        (PREAMBLE,),
        (
            "We use Student Data to provide, maintain and improve the Service and to send "
            "parents a weekly summary, which never includes news about our camps or other "
            "programs.",
        ),
    ), "present", "u1-B07"),
    ("U1", (
        (PREAMBLE,),
        (
            "We use Student Data to provide, maintain and improve the Service and to send "
            "parents a weekly summary; the summary will not carry news about our camps or "
            "other programs.",
        ),
    ), "present", "u1-B07b"),
    ("U1", (
        (PREAMBLE,),
        (
            "4.1 We use Student Data to provide, maintain and improve the Service and to "
            "submit student observations to an open-access research repository.",
        ),
    ), "weak", "u1-B09"),
    ("U1", (
        (PREAMBLE,),
        (
            "4.1 We use Student Data to provide the Service and for our research partners' "
            "studies of watershed health.",
        ),
    ), "weak", "u1-B13"),
    ("U1", (
        (PREAMBLE,),
        (
            "4.1 We use Student Data to provide, maintain and improve the Service.",
            "We will not contribute Student Data to any public or open dataset.",
        ),
    ), "present", "u1-B14"),
    ("U1", (
        (PREAMBLE,),
        (
            "4.1 We use Student Data only to provide, maintain and improve the Service.",
            "If the School chooses, the School may contribute its classes' sightings to the "
            "public Backyard Birds dataset from the teacher dashboard.",
        ),
    ), "present", "u1-B15"),
    ("U1", (
        (PREAMBLE,),
        (
            "4.1 We use Student Data to provide, maintain and improve the Service.",
            "We do not contribute Student Data to any public dataset or database, and do not "
            "share it with third parties.",
        ),
    ), "present", "u1-B16"),
    ("U1", (
        (PREAMBLE,),
        (
            "4.1 We use Student Data to provide, maintain and improve the Service and to "
            "support our conservation partners' monitoring programs.",
        ),
    ), "weak", "u1-B17"),
    ("U1", (
        (PREAMBLE,),
        (
            "We use Student Data to provide, maintain and improve the Service and to send "
            "parents a weekly summary, along with occasional news about Maplewood summer "
            "camps.",
        ),
    ), "weak", "u1-B19"),
    ("R3", (
        (PREAMBLE,),
        (
            "1.4 \"Student Data\" means information about students that Maplewood receives. "
            "Student Data does not include Usage Data.",
            "1.5 Usage Data is owned by Maplewood and may be used for any lawful business "
            "purpose.",
        ),
        (
            "Maplewood will not use Student Data for any purpose other than to provide, "
            "maintain and improve the Service.",
        ),
    ), "weak", "r3-C01"),
    ("R3", (
        (PREAMBLE,),
        (
            "1.4 \"Student Data\" means information about students that Maplewood receives. "
            "Student Data does not include Usage Data.",
            "1.5 Usage Data is owned by Maplewood and may be used for any lawful business "
            "purpose.",
        ),
        (
            "We use Student Data to provide, maintain and improve the Service.",
        ),
    ), "weak", "r3-C01b"),
    ("U1", (
        (PREAMBLE,),
        (
            "1.4 \"Student Data\" means information about students that Maplewood receives. "
            "Student Data does not include Usage Data.",
            "1.5 Usage Data is owned by Maplewood and may be used for any lawful business "
            "purpose.",
        ),
        (
            "We use Student Data to provide, maintain and improve the Service.",
        ),
    ), "weak", "u1-C01b"),
    ("R3", (
        (PREAMBLE,),
        (
            "1.4 \"Student Data\" means information about students that Maplewood receives. "
            "Student Data does not include Maplewood Content.",
            "1.5 Maplewood Content is owned by Maplewood and may be used for any lawful "
            "business purpose.",
        ),
        (
            "Maplewood will not use Student Data for any purpose other than to provide, "
            "maintain and improve the Service.",
        ),
    ), "present", "r3-C02"),
    ("R3", (
        (PREAMBLE,),
        (
            "1.4 \"Student Data\" means information about students that Maplewood receives. "
            "Student Data does not include Usage Data.",
            "1.5 Usage Data belongs to Maplewood, which may use it for any lawful business "
            "purpose.",
        ),
        (
            "Maplewood will not use Student Data for any purpose other than to provide, "
            "maintain and improve the Service.",
        ),
    ), "weak", "r3-C05"),
    ("R3", (
        (PREAMBLE,),
        (
            "1.4 \"Student Data\" means information about students that Maplewood receives and "
            "excludes Usage Data.",
            "1.5 Usage Data is owned by Maplewood and may be used for any lawful business "
            "purpose.",
        ),
        (
            "Maplewood will not use Student Data for any purpose other than to provide, "
            "maintain and improve the Service.",
        ),
    ), "weak", "r3-C06"),
    ("R3", (
        (PREAMBLE,),
        (
            "1.4 \"Student Data\" means information about students that Maplewood receives. "
            "Student Data does not include Usage Data.",
            "1.5 Maplewood retains all rights in Usage Data and may use Usage Data for its "
            "business purposes.",
        ),
        (
            "Maplewood will not use Student Data for any purpose other than to provide, "
            "maintain and improve the Service.",
        ),
    ), "weak", "r3-C08"),
    ("R3", (
        (PREAMBLE,),
        (
            "1.4 \"Student Data\" means information about students that Maplewood receives. "
            "Student Data does not include Usage Data.",
            "1.5 Usage Data may be used for any lawful business purpose once it has been de-"
            "identified so that it identifies no individual student.",
        ),
        (
            "Maplewood will not use Student Data for any purpose other than to provide, "
            "maintain and improve the Service.",
        ),
    ), "present", "r3-C09"),
    ("R3", (
        (PREAMBLE,),
        (
            "1.4 \"Student Data\" means information about students that Maplewood receives. "
            "Student Data does not include Usage Data.",
            "1.5 Usage Data may be used only by the School, for any lawful purpose.",
        ),
        (
            "Maplewood will not use Student Data for any purpose other than to provide, "
            "maintain and improve the Service.",
        ),
    ), "present", "r3-C10"),
    ("R3", (
        (PREAMBLE,),
        (
            "1.4 \"Student Data\" means information about students that Maplewood receives. "
            "Student Data does not include Usage Data.",
            "1.5 Usage Data may not be sold, published or used for marketing.",
        ),
        (
            "Maplewood will not use Student Data for any purpose other than to provide, "
            "maintain and improve the Service.",
        ),
    ), "present", "r3-C12"),
    ("R3", (
        (PREAMBLE,),
        (
            "1.4 \"Student Data\" means information about students that Maplewood receives. "
            "Student Data does not include Teacher Account Data.",
            "1.5 Teacher Account Data may be used by Maplewood for any lawful business "
            "purpose.",
        ),
        (
            "Maplewood will not use Student Data for any purpose other than to provide, "
            "maintain and improve the Service.",
        ),
    ), "present", "r3-C13"),
    ("R3", (
        (PREAMBLE,),
        (
            "1.4 \"Student Data\" means information about students that Maplewood receives. "
            "Student Data does not include Usage Data.",
            "1.5 Maplewood may use Usage Data for research, product development and "
            "marketing.",
        ),
        (
            "Maplewood will not use Student Data for any purpose other than to provide, "
            "maintain and improve the Service.",
        ),
    ), "weak", "r3-C15"),
    ("R3", (
        (PREAMBLE,),
        (
            "1.4 \"Student Data\" means information about students that Maplewood receives. "
            "Student Data does not include Usage Data.",
            "1.5 Usage Data may be used by Maplewood and its affiliates for any purpose.",
        ),
        (
            "Maplewood will not use Student Data for any purpose other than to provide, "
            "maintain and improve the Service.",
        ),
    ), "weak", "r3-C16"),
    ("R3", (
        (ARTIST,),
        (
            "The Artist will use student information only for the purposes of the residency.",
        ),
        (
            "All video recordings made during the residency, including those of students, are"
            " the property of the Artist.",
            "Video recordings may be kept in the Artist's archive for portfolio purposes.",
        ),
    ), "weak", "r3-D01", "consultant"),
    ("R3", (
        (ARTIST,),
        (
            "The Artist will use student information only for the purposes of the residency.",
        ),
        (
            "All video recordings made during the residency, including those of students, are"
            " the property of the Artist.",
            "Video recordings will not be kept for promotional or portfolio purposes and are "
            "deleted when the residency ends.",
        ),
    ), "present", "r3-D06", "consultant"),
    ("R3", (
        (ARTIST,),
        (
            "The Artist will use student information only for the purposes of the residency.",
        ),
        (
            "All video recordings made during the residency, including those of students, are"
            " the property of the Artist.",
            "Photographs and video recordings will be kept for grant-reporting and portfolio "
            "purposes.",
        ),
    ), "weak", "r3-D07", "consultant"),
    ("R3", (
        (ARTIST,),
        (
            "The Artist will use student information only for the purposes of the residency.",
        ),
        (
            "All video recordings made during the residency, including those of students, are"
            " the property of the Artist.",
            "Footage from the final concert can be kept in the Artist's archive and used for "
            "publicity.",
        ),
    ), "weak", "r3-D08", "consultant"),
    ("R11", (
        (ARTIST,),
        (
            "The bowls a student throws belong to that student.",
            "I keep one sample from each student's set of bowls for my studio collection.",
        ),
    ), "weak", "r11-E01", "consultant"),
    ("R11", (
        (ARTIST,),
        (
            "The bowls a student throws belong to that student.",
            "I keep a sample from each student's set only until the glaze firing, then return"
            " it to the student for their portfolio.",
        ),
    ), "present", "r11-E08", "consultant"),
    ("R11", (
        (ARTIST,),
        (
            "The prints a student makes belong to that student.",
            "I retain one print of each student's edition for the gallery archive.",
        ),
    ), "weak", "r11-E10", "consultant"),
    ("R15b", (
        (PREAMBLE,),
        (
            "Maplewood will not engage in targeted advertising within Bird Tales, and will "
            "never use personally identifiable information contained in Student Data for "
            "targeted advertising.",
        ),
    ), "weak", "r15b-F01"),
    ("R15a", (
        (PREAMBLE,),
        (
            "Maplewood will not engage in targeted advertising within Bird Tales, and will "
            "not use Student Data or persistent unique identifiers for targeted advertising "
            "on any other website, online service or application.",
        ),
    ), "present", "r15a-F02"),
    ("R15b", (
        (PREAMBLE,),
        (
            "Maplewood will not engage in targeted advertising within Bird Tales, and will "
            "not use Student Data or persistent unique identifiers for targeted advertising "
            "on any other website, online service or application.",
        ),
    ), "present", "r15b-F02"),
    ("R15a", (
        (PREAMBLE,),
        (
            "Maplewood will not engage in targeted advertising within Bird Tales, and will "
            "never use Student Data for targeted advertising anywhere.",
        ),
    ), "present", "r15a-F03"),
    ("R15b", (
        (PREAMBLE,),
        (
            "Maplewood will not engage in targeted advertising inside the Bird Tales app, and"
            " will never use personally identifiable information contained in Student Data "
            "for targeted advertising.",
        ),
    ), "weak", "r15b-F04"),
    ("R15a", (
        (PREAMBLE,),
        (
            "Maplewood will not engage in targeted advertising within Bird Tales or on any "
            "other website, and will not use Student Data or persistent unique identifiers "
            "for targeted advertising.",
        ),
    ), "present", "r15a-F08"),
    ("R15b", (
        (PREAMBLE,),
        (
            "Maplewood will not engage in targeted advertising within Bird Tales or on any "
            "other website, and will not use Student Data or persistent unique identifiers "
            "for targeted advertising.",
        ),
    ), "present", "r15b-F08"),
    ("R15b", (
        (PREAMBLE,),
        (
            "Maplewood will not engage in targeted advertising within Maplewood Stories, and "
            "it will never use personally identifiable information contained in Student Data "
            "for targeted advertising.",
        ),
    ), "weak", "r15b-F10"),
    ("R15b", (
        (PREAMBLE,),
        (
            "Maplewood will not engage in targeted advertising inside the Bird Tales App, and"
            " will never use personally identifiable information contained in Student Data "
            "for targeted advertising.",
        ),
    ), "weak", "r15b-F11"),
    ("R5", (
        (ARTIST,),
        (
            "Rosters and photographs are kept on an encrypted drive in a locked cabinet at "
            "the studio.",
        ),
    ), "present", "r5-G01", "consultant"),
    ("R5", (
        (ARTIST,),
        (
            "I keep the class rosters in a locked cabinet and the photographs on an encrypted"
            " drive.",
        ),
    ), "present", "r5-G02", "consultant"),
    ("R5", (
        (ARTIST,),
        (
            "Rosters are kept on an encrypted drive where practicable.",
        ),
    ), "weak", "r5-G06", "consultant"),
    ("R5", (
        (ARTIST,),
        (
            "Class lists are kept on an encrypted drive when it is commercially reasonable to"
            " do so.",
        ),
    ), "weak", "r5-G08", "consultant"),
    ("R5", (
        (ARTIST,),
        (
            "Paper class lists travel with me in a locked case and never leave my sight.",
        ),
    ), "present", "r5-G09", "consultant"),
    ("R5", (
        (ARTIST,),
        (
            "Student files stay on a laptop that is locked in the car between sessions, and I"
            " share them with my assistants as needed.",
        ),
    ), "missing", "r5-G10", "consultant"),
    ("R5", (
        (ARTIST,),
        (
            "The rosters are stored on the shared studio computer, which is not encrypted.",
        ),
    ), "missing", "r5-G11", "consultant"),
    ("R5", (
        (ARTIST,),
        (
            "Everything digital stays on one encrypted, password-protected laptop.",
        ),
    ), "present", "r5-G12", "consultant"),
    ("R5", (
        (ARTIST,),
        (
            "Photographs of students are stored on a studio tablet that is encrypted and "
            "never shared.",
        ),
    ), "present", "r5-G13", "consultant"),
]  # fmt: skip

test_the_reviews_cases_read_right = probe.reads_as_labelled(REVIEW)
test_the_reviews_controls_stand = probe.reads_as_labelled(REVIEW_CONTROLS)
