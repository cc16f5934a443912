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


# The review of this round's readings (a helper on a copy without the corpora, 105 probes in words
# of its own): 29 points, 13 of them the round's own patterns reaching too far (a denial of more
# "but we may keep usage data to market our products", "more than our business requires",
# hints "inside our own games", "no video ads or any other advertising", "third-party or
# first-party ads", a paper's own "Section 5.3 Maplewood shall …", another request "to correct
# a record" read as the deletion's refusal, sharing "for the development and improvement of
# educational apps … with" others, pictures of the vendor's own pieces or a keeping denied, a
# table's row that names records beside student information). Each case below fails at
# c92fb7b, before the mends; each control reads the same on both. Left (see docs/audit.md, Known
# misreadings): hints and next lessons "from our own courses" read as no use at all (U1); "new
# titles from our catalogue" (13); one format of ads named alone, "native" ads (15(a)); a
# refusal without the word "request", or a sentence further on (2); the student's own deletion
# request refused beside the school's (2); a recipient's purpose after "with", or data
# "provide[d]" to partners (U2); "shall not be construed to restrict …" and a Help Center or
# FAQ page beside a use limit (U1). Two more were mended after the docs were written
# (REVIEW_LATER, each failing at 0f47a64): "my website and teaching portfolio" and "the Artist's
# portfolio" (7).
REVIEW = [
    ("R15c", (
        (PREAMBLE,),
        (
            "We collect and keep student data only to provide the app for school use, and we "
            "do not collect more than the classroom activity needs, but we may keep usage "
            "data to market our products.",
        ),
    ), "weak", "r15c-C03"),
    ("R15c", (
        (PREAMBLE,),
        (
            "We collect and keep student data only to provide the app for school use, and we "
            "collect no more than the classroom activity needs.",
        ),
    ), "present", "r15c-C01"),
    ("R15c", (
        (PREAMBLE,),
        (
            "We collect and keep student data only to provide the app for school use, and we "
            "don't collect more than the classroom activity needs.",
        ),
    ), "present", "r15c-C07"),
    ("R15c", (
        (PREAMBLE,),
        (
            "We collect and store student data only to provide the app for school purposes, "
            "and we do not collect or store more data than the lesson requires.",
        ),
    ), "present", "r15c-C02"),
    ("R13", (
        (PREAMBLE,),
        (
            "5.1 We do not use students' personal information for targeted advertising.",
        ),
        (
            "Hints and suggestions inside our own games are chosen based on each student's "
            "progress.",
        ),
    ), "present", "r13-C08"),
    ("R13", (
        (PREAMBLE,),
        (
            "5.1 We do not use students' personal information for targeted advertising.",
        ),
        (
            "The Service suggests the next lessons from our own courses based on each "
            "student's progress.",
        ),
    ), "present", "r13-D46"),
    ("R13", (
        (PREAMBLE,),
        (
            "5.1 We do not use students' personal information for targeted advertising.",
        ),
        (
            "Classes may see Maplewood Spotlights, short in-game showcases of our own titles,"
            " which are selected based on gameplay.",
        ),
    ), "weak", "r13-C09"),
    ("U1", (
        (PREAMBLE,),
        (
            "5.1 We do not use students' personal information for targeted advertising.",
        ),
        (
            "Classes may see Maplewood Spotlights, short in-game showcases of our own titles,"
            " which are selected based on gameplay.",
        ),
    ), "weak", "u1-C09"),
    ("R13", (
        (PREAMBLE,),
        (
            "5.1 We do not use students' personal information for targeted advertising.",
        ),
        (
            "Classes may see short in-game features on our own titles, which are chosen based"
            " on gameplay.",
        ),
    ), "weak", "r13-C11"),
    ("U1", (
        (PREAMBLE,),
        (
            "5.1 We do not use students' personal information for targeted advertising.",
        ),
        (
            "Classes may see short in-game features on our own titles, which are chosen based"
            " on gameplay.",
        ),
    ), "weak", "u1-C11"),
    ("R15a", (
        (PREAMBLE,),
        (
            "The game has no video ads or any other advertising.",
        ),
    ), "present", "r15a-C14"),
    ("R15a", (
        (PREAMBLE,),
        (
            "5.2 We do not show third-party banner, video or audio ads inside School "
            "accounts.",
        ),
    ), "weak", "r15a-C19"),
    ("R6b", (
        (PREAMBLE,),
        (
            "5.3 Maplewood shall notify the School within seventy-two hours after confirming "
            "a breach.",
        ),
        (
            "Notwithstanding Sections 5.3 and 5.4:",
            "Notwithstanding Sections 5.3 and 5.4: in the case of a breach involving Student "
            "Records, Maplewood shall notify the School without unreasonable delay, and in no"
            " case later than ten (10) days from discovery of the breach.",
        ),
    ), "present", "r6b-C22"),
    ("R6b", (
        (PREAMBLE,),
        (
            "5.3 Maplewood shall notify the School within seventy-two hours after confirming "
            "a breach.",
        ),
        (
            "NOTWITHSTANDING SECTION 5.3:",
            "NOTWITHSTANDING SECTION 5.3: in the case of a breach involving Student Records, "
            "Maplewood shall notify the School without unreasonable delay, and in no case "
            "later than ten (10) days from discovery of the breach.",
        ),
    ), "present", "r6b-C23"),
    ("R6b", (
        (PREAMBLE,),
        (
            "Section 5.3 Maplewood shall notify the School of a breach involving Student "
            "Records without unreasonable delay, and in no case later than ten (10) days from"
            " discovery of the breach.",
        ),
        (
            "Section 5.3 does not apply to any breach that Maplewood determines poses no risk"
            " of harm.",
        ),
    ), "weak", "r6b-C26"),
    ("R6b", (
        (PREAMBLE,),
        (
            "Breach Notice Clause 5.4 Maplewood shall notify the School of a breach involving"
            " Student Records without unreasonable delay, and in no case later than ten (10) "
            "days from discovery of the breach.",
        ),
        (
            "Section 5.4 does not apply to breaches Maplewood determines are low risk.",
        ),
    ), "weak", "r6b-D24"),
    ("R2", (
        (PREAMBLE,),
        (
            "A school administrator may ask us to delete student data by writing to "
            "privacy@maplewood.example, and we will delete it within ten days.",
        ),
        (
            "We may decline any request from a third party for access to student data unless "
            "the law requires it.",
        ),
    ), "present", "r2-D27"),
    ("R2", (
        (PREAMBLE,),
        (
            "A School administrator may email privacy@maplewood.example to ask us to delete "
            "School Data.",
            "Student projects published to the public gallery are not removed when a class is"
            " deleted.",
        ),
    ), "weak", "r2-C32"),
    ("R2", (
        (PREAMBLE,),
        (
            "A School administrator may email privacy@maplewood.example to ask us to delete "
            "School Data.",
            "Student projects published to the public gallery remain visible after a deletion"
            " request.",
        ),
    ), "weak", "r2-C33"),
    ("R2", (
        (PREAMBLE,),
        (
            "The School may request the deletion of Student Data using the procedure set out "
            "in Article IV (Data Disposition), Section 6 of the Multistate DPA.",
        ),
    ), "weak", "r2-C38"),
    ("U2", (
        (PREAMBLE,),
        (
            "Maplewood may share de-identified data for the development and improvement of "
            "educational apps designed for school use with other education technology "
            "companies.",
        ),
    ), "present", "u2-C40"),
    ("R7", (
        (ARTIST,),
        (
            "4.8 On the last studio day I will delete the rosters and every photograph of "
            "student work from my laptop.",
            "I keep photographs of my own demonstration pieces for my teaching portfolio.",
        ),
    ), "present", "r7-C46", "consultant"),
    ("R7", (
        (ARTIST,),
        (
            "4.8 On the last studio day I will delete the rosters from my laptop.",
            "I keep photographs of student work only until the last studio day, and never for"
            " my teaching portfolio.",
        ),
    ), "present", "r7-C47", "consultant"),
    ("R7", (
        (ARTIST,),
        (
            "4.8 On the last studio day I will delete the rosters and every photograph of "
            "student work from my laptop.",
            "I keep photographs of my own demonstration pieces for my portfolio.",
        ),
    ), "present", "r7-K06", "consultant"),
    ("R3", (
        (ARTIST,),
        (
            "5.1 I will use the Roster only to organise the workshop groups, and for no other"
            " purpose.",
        ),
        (
            "6.2 No photographs or video of students may be used in my portfolio or on my "
            "website.",
        ),
    ), "present", "r3-C49", "consultant"),
    ("R3", (
        (ARTIST,),
        (
            "5.1 I will use the Roster and any student images only to organise the workshop, "
            "and for no other purpose.",
        ),
        (
            "6.2 Photographs of my own sculptures shown during the Programme may be used in "
            "my portfolio and on my website.",
        ),
    ), "present", "r3-C52", "consultant"),
    ("R3", (
        (ARTIST,),
        (
            "5.1 I will use the Roster only to organise the workshop groups, and for no other"
            " purpose.",
        ),
        (
            "6.2 No photographs or video of students may be displayed on my website.",
        ),
    ), "present", "r3-K09", "consultant"),
    ("R3", (
        (ARTIST,),
        (
            "5.1 I will use the Roster only to organise the workshop groups, and for no other"
            " purpose.",
        ),
        (
            "6.2 All photographs and video created during the Programme are the property of "
            "the Artist and may appear in my portfolio and on my website.",
        ),
    ), "weak", "r3-C51", "consultant"),
    ("R6d", (
        (PREAMBLE,),
        (
            "Breach involving: Student Information (not Directory Information), Student "
            "Records or Student-Generated Content — Maplewood notifies: Students or parents —"
            " No later than: 5 days from discovery",
        ),
    ), "present", "r6d-C54"),
    ("R6d", (
        (PREAMBLE,),
        (
            "Breach involving: Student Information (other than Directory Information), "
            "Student Records or Student-Generated Content — Maplewood notifies: Students or "
            "parents — No later than: 5 days from discovery",
        ),
    ), "present", "r6d-K07"),
    ("R6d", (
        (PREAMBLE,),
        (
            "Breach involving: Student Information (except Directory Information) — Maplewood"
            " notifies: Students or parents — No later than: 5 days from discovery",
        ),
    ), "missing", "r6d-C55"),
    ("R5", (
        (PREAMBLE,),
        (
            "We take student data security seriously.",
        ),
    ), "missing", "r5-C58"),
    ("R5", (
        (PREAMBLE,),
        (
            "We take our responsibility to protect student data seriously.",
        ),
    ), "missing", "r5-C59"),
    ("U1", (
        (PREAMBLE,),
        (
            "Maplewood will use Student Data only to maintain, support and improve the "
            "Service, and for the additional purposes described in the Maplewood Help Center.",
        ),
    ), "weak", "u1-D05"),
]  # fmt: skip

REVIEW_CONTROLS = [
    ("R15c", (
        (PREAMBLE,),
        (
            "We collect student data only to provide the app for school use and, beyond that,"
            " to personalise offers for families, and we never collect more than we need.",
        ),
    ), "weak", "r15c-C04"),
    ("R15c", (
        (PREAMBLE,),
        (
            "We collect and keep student data only to provide the app for school use, and we "
            "never collect more than the classroom activity needs.",
        ),
    ), "present", "r15c-C06"),
    ("R13", (
        (PREAMBLE,),
        (
            "5.1 We do not use students' personal information for targeted advertising.",
        ),
        (
            "Players may see short features about our own games, selected based on their "
            "gameplay.",
        ),
    ), "weak", "r13-C12"),
    ("U1", (
        (PREAMBLE,),
        (
            "5.1 We do not use students' personal information for targeted advertising.",
        ),
        (
            "Players may see short features about our own games, selected based on their "
            "gameplay.",
        ),
    ), "weak", "u1-C12"),
    ("R15a", (
        (PREAMBLE,),
        (
            "The game has no third-party banner ads.",
        ),
    ), "weak", "r15a-C13"),
    ("R15a", (
        (PREAMBLE,),
        (
            "5.2 We never serve third-party display or video ads in the Service.",
        ),
    ), "weak", "r15a-C20"),
    ("R6b", (
        (PREAMBLE,),
        (
            "5.3 Maplewood shall notify the School within seventy-two hours after confirming "
            "a breach.",
        ),
        (
            "Notwithstanding section 5.3:",
            "Notwithstanding section 5.3 and clause 5.4: in the case of a breach involving "
            "Student Records, Maplewood shall notify the School without unreasonable delay, "
            "and in no case later than ten (10) days from discovery of the breach.",
        ),
    ), "present", "r6b-C24"),
    ("R6b", (
        (PREAMBLE,),
        (
            "5.3 Maplewood shall notify the School within seventy-two hours after confirming "
            "a breach.",
        ),
        (
            "Notwithstanding clause 5.3: in the case of a breach involving Student Records, "
            "Maplewood shall notify the School without unreasonable delay, and in no case "
            "later than ten (10) days from discovery of the breach.",
        ),
    ), "present", "r6b-C25"),
    ("R6b", (
        (PREAMBLE,),
        (
            "5.3 Maplewood shall notify the School of a breach involving Student Records "
            "without unreasonable delay, and in no case later than ten (10) days from "
            "discovery of the breach.",
        ),
        (
            "Section 5.3 does not apply to any breach that Maplewood determines poses no risk"
            " of harm.",
        ),
    ), "weak", "r6b-C27"),
    ("R2", (
        (PREAMBLE,),
        (
            "A school administrator may ask us to delete student data sooner by writing to "
            "privacy@maplewood.example.",
        ),
        (
            "We may refuse any request that conflicts with our legal obligations.",
        ),
    ), "weak", "r2-C31"),
    ("R2", (
        (PREAMBLE,),
        (
            "A School administrator may email privacy@maplewood.example to ask us to delete "
            "School Data.",
            "Projects shared to the public gallery are not deleted by a deletion request.",
        ),
    ), "weak", "r2-C35"),
    ("R2", (
        (PREAMBLE,),
        (
            "The School may request the deletion of Student Data in accordance with Article "
            "IV, Section 6 of the Multistate DPA.",
        ),
    ), "weak", "r2-C36"),
    ("R2", (
        (PREAMBLE,),
        (
            "The School may request the deletion of Student Data using the process described "
            "in the National Data Privacy Agreement.",
        ),
    ), "weak", "r2-C37"),
    ("R2", (
        (
            "This Data Privacy Agreement (the \"Agreement\") is between Maplewood Learning, "
            "Inc. (\"Maplewood\") and the School.",
        ),
        (
            "6. Deletion Requests. The School may ask Maplewood to delete Student Data by "
            "writing to privacy@maplewood.example, and Maplewood will delete it within ten "
            "days.",
        ),
        (
            "7. The School may request the deletion of Student Data using the procedure set "
            "out in Section 6 of the Agreement.",
        ),
    ), "present", "r2-C39"),
    ("U2", (
        (PREAMBLE,),
        (
            "Maplewood may use de-identified Student Data to improve its games, and may share"
            " it with advertising partners.",
        ),
    ), "weak", "u2-C43"),
    ("R7", (
        (ARTIST,),
        (
            "4.8 On the last studio day I will delete the rosters from my laptop.",
            "I retain a few photos of student pieces for my professional portfolio.",
        ),
    ), "weak", "r7-C48", "consultant"),
    ("R3", (
        (ARTIST,),
        (
            "5.1 The Artist will use the Roster only to organise the workshop groups, and for"
            " no other purpose.",
        ),
        (
            "6.2 All photographs and video created during the Programme are the property of "
            "the Artist and may be used in the Artist's portfolio and on the Artist's "
            "website.",
        ),
    ), "weak", "r3-C50", "consultant"),
    ("R3", (
        (ARTIST,),
        (
            "5.1 I will use the Roster only to organise the workshop groups, and for no other"
            " purpose.",
        ),
        (
            "6.2 Photographs taken during the workshops belong to the Artist and may be used "
            "in my teaching portfolio.",
        ),
    ), "weak", "r3-C53", "consultant"),
    ("R6d", (
        (PREAMBLE,),
        (
            "Breach involving: Student Information (excluding Directory Information) — "
            "Maplewood notifies: Students or parents — No later than: 5 days from discovery",
        ),
    ), "missing", "r6d-C56"),
    ("R6c", (
        (PREAMBLE,),
        (
            "Breach involving: Student Information (not Directory Information) — Maplewood "
            "notifies: Students or parents — No later than: 5 days from discovery",
        ),
    ), "present", "r6c-C57"),
    ("R5", (
        (PREAMBLE,),
        (
            "Maplewood is committed to protecting the privacy and security of student data.",
        ),
    ), "missing", "r5-C60"),
    ("R5", (
        (PREAMBLE,),
        (
            "We take the security of student data seriously: we encrypt it in transit and at "
            "rest and limit access to staff who need it.",
        ),
    ), "present", "r5-C61"),
    ("R5", (
        (PREAMBLE,),
        (
            "We take the protection of student data seriously and maintain administrative, "
            "technical and physical safeguards to keep it secure and confidential.",
        ),
    ), "present", "r5-C62"),
    ("U1", (
        (PREAMBLE,),
        (
            "3.1 Maplewood will use Student Data only to provide the Service.",
        ),
        (
            "Nothing in Section 3.1 restricts Maplewood from using Student Data to improve "
            "its advertising products.",
        ),
    ), "weak", "u1-C64"),
    ("R4", (
        (PREAMBLE,),
        (
            "A parent may review their child's information and correct any errors through the"
            " Maplewood Privacy Portal, and Maplewood will make each correction within ten "
            "days.",
        ),
    ), "present", "r4-C68"),
    ("R2", (
        (PREAMBLE,),
        (
            "The School may request deletion of Student Data through the Maplewood Privacy "
            "Center, and Maplewood will delete it within ten days of the request.",
        ),
    ), "present", "r2-C69"),
    ("U1", (
        (PREAMBLE,),
        (
            "Maplewood will use Student Data only to provide the Service and for the "
            "additional purposes described in the Maplewood Privacy Center at "
            "https://maplewood.example/privacy.",
        ),
    ), "weak", "u1-C72"),
    ("U1", (
        (PREAMBLE,),
        (
            "3.1 Maplewood will use Student Data only to maintain, support and improve the "
            "Service.",
        ),
        (
            "Section 3.1 does not restrict Maplewood from using Student Data: (i) to develop "
            "new products; or (ii) to market its premium edition to families.",
        ),
    ), "weak", "u1-D02"),
    ("U1", (
        (PREAMBLE,),
        (
            "3.1 Maplewood will use Student Data only to maintain, support and improve the "
            "Service, and for no other purpose.",
            "This Agreement does not prevent the School from using its Student Data for any "
            "purpose it chooses.",
        ),
    ), "present", "u1-D03"),
    ("U1", (
        (PREAMBLE,),
        (
            "Maplewood will use Student Data only to maintain, support and improve the "
            "Service, and for the additional purposes described in the Maplewood Privacy "
            "Centre.",
        ),
    ), "weak", "u1-D08"),
    ("U1", (
        (PREAMBLE,),
        (
            "Maplewood will use Student Data only to maintain, support and improve the "
            "Service, and for the additional purposes described in our Trust Portal.",
        ),
    ), "weak", "u1-D09"),
    ("R12", (
        (PREAMBLE,),
        (
            "Maplewood maintains security safeguards to protect Student Data, and its SOC 2 "
            "report is available in the Maplewood Trust Center.",
        ),
    ), "weak", "r12-D10"),
    ("R15c", (
        (PREAMBLE,),
        (
            "We collect and keep student data only to provide the app for school use, and we "
            "do not collect more than the lesson needs, except for analytics we use to market"
            " our products.",
        ),
    ), "weak", "r15c-D11"),
    ("R15c", (
        (PREAMBLE,),
        (
            "We collect student data only to provide the app for school use, but we may "
            "collect more than the classroom needs for analytics.",
        ),
    ), "weak", "r15c-D12"),
    ("R15c", (
        (PREAMBLE,),
        (
            "We collect and keep student data only for school purposes, and we will not "
            "gather any more data than is necessary.",
        ),
    ), "present", "r15c-D13"),
    ("R13", (
        (PREAMBLE,),
        (
            "5.1 We do not use students' personal information for targeted advertising.",
        ),
        (
            "Classes may see Maplewood Picks, short in-game features about our own titles, "
            "which the teacher chooses.",
        ),
    ), "present", "r13-D14"),
    ("R13", (
        (PREAMBLE,),
        (
            "5.1 We do not use students' personal information for targeted advertising.",
        ),
        (
            "Players may see messages about other Maplewood games, selected based on the "
            "player's progress.",
        ),
    ), "weak", "r13-D15"),
    ("R15a", (
        (PREAMBLE,),
        (
            "The Platform is ad-free.",
        ),
    ), "present", "r15a-D16"),
    ("R15a", (
        (PREAMBLE,),
        (
            "No advertising of any kind is displayed in the Service.",
        ),
    ), "present", "r15a-D17"),
    ("R15a", (
        (PREAMBLE,),
        (
            "The app has no pop-up ads.",
            "We do not show behavioral advertising to players under 13.",
        ),
    ), "weak", "r15a-D18"),
    ("R15a", (
        (PREAMBLE,),
        (
            "5.2 We do not show third-party ads inside School accounts.",
        ),
    ), "weak", "r15a-D19"),
    ("R6b", (
        (PREAMBLE,),
        (
            "5.3 Maplewood shall notify the School within seventy-two hours after confirming "
            "a breach.",
        ),
        (
            "Notwithstanding paragraph 5.3: in the case of a breach involving Student "
            "Records, Maplewood shall notify the School without unreasonable delay, and in no"
            " case later than ten (10) days from discovery of the breach.",
        ),
    ), "present", "r6b-D22"),
    ("R6b", (
        (PREAMBLE,),
        (
            "5.4 Maplewood shall notify the School of a breach involving Student Records "
            "without unreasonable delay, and in no case later than ten (10) days from "
            "discovery of the breach.",
        ),
        (
            "5.5 Section 5.4 does not apply to breaches Maplewood determines are low risk.",
        ),
    ), "weak", "r6b-D23"),
    ("R2", (
        (PREAMBLE,),
        (
            "A school administrator may ask us to delete student data by writing to "
            "privacy@maplewood.example.",
        ),
        (
            "We will delete the data within ten days of the request.",
        ),
    ), "present", "r2-D25"),
    ("R2", (
        (PREAMBLE,),
        (
            "The School may request the deletion of Student Data using the procedure set out "
            "in Section 6 of this Addendum.",
        ),
    ), "present", "r2-D28"),
    ("U2", (
        (PREAMBLE,),
        (
            "Maplewood may share de-identified data with other education companies to develop"
            " and improve apps designed for school use.",
        ),
    ), "present", "u2-D31"),
    ("U2", (
        (PREAMBLE,),
        (
            "Maplewood may share de-identified Student Data with advertisers.",
        ),
    ), "weak", "u2-D33"),
    ("R7", (
        (ARTIST,),
        (
            "4.8 On the last studio day I will delete the rosters from my laptop.",
            "I keep video recordings of the final performance in my online archive.",
        ),
    ), "weak", "r7-D35", "consultant"),
    ("R6d", (
        (PREAMBLE,),
        (
            "Breach involving: Directory Information, Student Records or Student-Generated "
            "Content — Maplewood notifies: Students or parents — No later than: 10 days from "
            "discovery",
        ),
    ), "present", "r6d-D37"),
    ("R6c", (
        (PREAMBLE,),
        (
            "Breach involving: Student Information (other than Directory Information) — "
            "Maplewood notifies: Students or parents — No later than: 5 days from discovery",
        ),
    ), "present", "r6c-D38"),
    ("R5", (
        (PREAMBLE,),
        (
            "We take the security of student data seriously and will encrypt it in transit "
            "and at rest.",
        ),
    ), "present", "r5-D39"),
    ("R5", (
        (PREAMBLE,),
        (
            "We take the safety of student records seriously, and paper class lists stay in a"
            " locked document case.",
        ),
    ), "present", "r5-D41"),
    ("R2", (
        (PREAMBLE,),
        (
            "A school administrator may ask us to delete student data by writing to "
            "privacy@maplewood.example.",
        ),
        (
            "We will review each request and may keep data we are required to retain.",
        ),
    ), "weak", "r2-D45"),
    ("R15c", (
        (PREAMBLE,),
        (
            "We collect and keep student data only to provide the app for school use.",
            "We do not collect more than the classroom activity needs.",
        ),
    ), "present", "r15c-D47"),
]  # fmt: skip

test_the_reviews_cases_read_right = probe.reads_as_labelled(REVIEW)
test_the_reviews_controls_stand = probe.reads_as_labelled(REVIEW_CONTROLS)

REVIEW_LATER = [
    ("R7", (
        (ARTIST,),
        (
            "4.8 On the last studio day I will delete the rosters from my laptop.",
            "I keep photographs of finished pieces, with the student's first name on the "
            "label, for my website and teaching portfolio.",
        ),
    ), "weak", "r7-C44", "consultant"),
    ("R7", (
        (ARTIST,),
        (
            "4.8 On the last studio day the Artist will delete the rosters from her laptop.",
            "The Artist keeps photographs of finished pieces, with each student's first name,"
            " for the Artist's portfolio.",
        ),
    ), "weak", "r7-C45", "consultant"),
]  # fmt: skip

test_the_later_mends_read_right = probe.reads_as_labelled(REVIEW_LATER)
