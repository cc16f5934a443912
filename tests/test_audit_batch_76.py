"""Classes of misreading found in batch 76 (tests/corpus/heldout-76/), held out until
2026-12-06 and development since, each read right.

Each case is a sentence of the class, written for the test in words of its own, not a
corpus document's. Each group of sentences is a paragraph of its own. Every case fails on
the rules of 06a641f, before this round; every control reads the same on both.
"""

from __future__ import annotations

import audit_probes as probe
from audit_probes import ARTIST, PREAMBLE

CASES = [
    # Connecticut's law for the data sharing agreement alone, the service agreement keeping
    # its own state's (9)
    ('R9', (
        (PREAMBLE,),
        ('This DSA will be governed by the laws of the State of Connecticut.',),
        (
            'All other terms of the Service Agreement, including its limitation of liability '
            'and its choice of Oregon law for all other matters, remain in effect.',
        ),
    ), 'weak', 'dsa-alone-beside-another-choice-of-law', 'operator'),
    # … said as an amendment of the model agreement's clause (9)
    ('R9', (
        (PREAMBLE,),
        ('The Service Agreement remains governed by the law it names (the laws of Utah).',),
        ('Maplewood will keep Student Data in the United States.',),
        ('Maplewood will train its staff on student privacy each year.',),
        (
            'For Connecticut schools, Article VII, Section 6 is amended so that this DPA is '
            'governed by the laws of the State of Connecticut.',
        ),
    ), 'weak', 'amended-so-that-this-dpa', 'operator'),
    # The other paper's governing-law clause set aside for this addendum alone (9)
    ('R9', (
        (PREAMBLE,),
        (
            '14.1 Notwithstanding Section 22.4 of the Master Terms, this Addendum shall be '
            'governed by the laws of the State of Connecticut.',
        ),
    ), 'weak', 'notwithstanding-for-this-addendum-only', 'operator'),
    # FERPA kept only for what is part of "students'" records (8)
    ('R8', (
        (ARTIST,),
        (
            'The Artist will comply with FERPA to the extent the notes the Host shares are '
            'part of students\' education records.',
        ),
    ), 'weak', 'part-of-students-records', 'consultant'),
    # FERPA named far down a list of the laws that apply (8)
    ('R8', (
        (PREAMBLE,),
        (
            'Each party will comply with all laws applicable to it under these Terms, '
            'including, where applicable, the Data Protection Act, the Children\'s Online '
            'Privacy Protection Act and the Family Educational Rights and Privacy Act.',
        ),
    ), 'weak', 'ferpa-far-down-the-laws-that-apply', 'operator'),
    # One section of the regulations, named at a distance (8)
    ('R8', (
        (PREAMBLE,),
        (
            'For purposes of FERPA, Maplewood will be designated a school official with a '
            'legitimate educational interest, and will comply with the limits on redisclosure '
            'that are set out in 34 CFR 99.33(a).',
        ),
    ), 'weak', 'redisclosure-limits-at-a-distance', 'operator'),
    # A denial inside a relative clause is not a denial of the uses after it (U2)
    ('U2', (
        (PREAMBLE,),
        (
            'Maplewood may use aggregated information, which cannot reasonably be linked to '
            'any student, to improve the App and to share findings with our sponsors.',
        ),
    ), 'weak', 'relative-clause-denial-ends-with-it', 'operator'),
    # Shared with public databases, with an improvement named in another clause (U2)
    ('U2', (
        (PREAMBLE,),
        (
            'We share de-identified tallies with the State Butterfly Count and other public '
            'databases, and we use de-identified data to improve the App.',
        ),
    ), 'weak', 'public-databases-beside-improvement', 'operator'),
    # What the students design from the vendor's templates claimed as its own (11)
    ('R11', (
        (ARTIST,),
        ('Students own the pieces they make and take them home.',),
        (
            'The templates I bring, and any designs that students create from them, remain '
            'my intellectual property.',
        ),
    ), 'weak', 'designs-students-create-remain-mine', 'consultant'),
    # An excepted section's own list, in the present tense, reaching new products (3)
    ('R3', (
        (PREAMBLE,),
        ('3.1 We use Student Data to: run the App; and research and build new Maplewood games.',),
        (
            '3.2 We do not use Student Data for any purpose other than running the App, except '
            'as described in Section 3.1.',
        ),
    ), 'weak', 'excepted-list-in-the-present', 'operator'),
    # A use limit that lets the vendor tell families of its own summer camps (3)
    ('R3', (
        (ARTIST,),
        (
            'We use student information only to run the workshops and, from time to time, to '
            'tell parents about our summer clinics.',
        ),
    ), 'weak', 'limit-beside-telling-of-summer-clinics', 'consultant'),
    # Models trained on the students' data ", which" the vendor uses across its products (U1)
    ('U1', (
        (PREAMBLE,),
        (
            'The School authorizes Maplewood to use Student Data to personalise lessons and to '
            'train the Reading Models, which Maplewood uses across its products.',
        ),
    ), 'weak', 'models-which-it-uses-across-products', 'operator'),
    # A grant over de-identified data alone permits no advertising with the students' data;
    # the practice told beside it is weak, not missing (13)
    ('R13', (
        (PREAMBLE,),
        ('We do not currently show advertising in the App, and we have no plans to.',),
        (
            'We may use anonymised and aggregated data for any lawful purpose, including '
            'research and marketing.',
        ),
    ), 'weak', 'de-identified-grant-beside-practice', 'operator'),
]  # fmt: skip

CONTROLS = [
    ('R9', (
        (PREAMBLE,),
        (
            'This DSA and the rights and duties of all parties under it are governed by the '
            'laws of the State of Connecticut.',
        ),
    ), 'present', 'dsa-and-all-parties', 'operator'),
    ('R8', (
        (ARTIST,),
        ('The Artist will comply with FERPA.',),
    ), 'present', 'complies-with-ferpa', 'consultant'),
    ('U2', (
        (PREAMBLE,),
        (
            'Maplewood may use aggregated information, which cannot reasonably be linked to '
            'any student, to improve the App.',
        ),
    ), 'present', 'aggregated-to-improve', 'operator'),
    ('R11', (
        (ARTIST,),
        ('Students own the pieces they make and take them home.',),
        ('The templates I bring remain my intellectual property.',),
    ), 'present', 'templates-alone-remain-mine', 'consultant'),
    ('R3', (
        (ARTIST,),
        (
            'We use student information only to run the workshops and to tell parents about '
            'the workshop schedule.',
        ),
    ), 'present', 'limit-beside-the-schedule', 'consultant'),
    ('R13', (
        (PREAMBLE,),
        ('We may use Student Data for marketing our other apps to students.',),
    ), 'missing', 'student-data-for-marketing', 'operator'),
]  # fmt: skip

test_batch_76_classes_read_right = probe.reads_as_labelled(CASES)
test_batch_76_controls_stand = probe.reads_as_labelled(CONTROLS)


# The review of this round's readings (a helper on a copy without the corpora, 69 probes in
# words of its own): 20 points, 6 of them the round's own patterns reaching too far (the
# recipients' own limit after ", and they" cut off; a relative clause's list of denied dealings
# cut at its second item; "assigned to me and the class teacher to read"; "my written feedback
# on student designs"; "our upcoming workshops in their child's class"; "personal information
# and de-identified information" read as de-identified data alone); and one a CI-style run
# found: the other paper's clause set aside where that clause is said to choose Connecticut's
# law too (tests/test_audit_batch_67.py). Each case below fails at 80dba45, before the mends;
# each control reads the same on both. Left (see docs/audit.md, Known misreadings): "Section
# 12 … is amended so that this DPA and the Service Agreement will be governed by …" and a
# lettered "(a) Notwithstanding …, this Addendum shall be governed by …" (9, read missing, as
# before this round); "This Addendum replaces the Service Agreement's choice of Texas law" (9,
# weak where present, as before); "The finished mural designs are owned jointly by …" and
# "Songs that the students write … are mine to record and sell" (11, present where weak);
# models "which power all of Maplewood's products" (U1, present where weak).
REVIEW = [
    ("R9", (
        (PREAMBLE,),
        (
            "Notwithstanding the governing law clause in the Master Terms, this Addendum "
            "shall be governed by the laws of the State of Connecticut.",
        ),
    ), "weak", "r9-L05"),
    ("R9", (
        (PREAMBLE,),
        (
            "Notwithstanding Section 14.2 of the Master Terms, this Data Protection Addendum "
            "shall be governed by the laws of the State of Connecticut.",
        ),
    ), "weak", "r9-L07"),
    ("R9", (
        (PREAMBLE,),
        (
            "This DSA will be governed by the laws of the State of Connecticut.",
        ),
        (
            "All other provisions of the Service Agreement, including its Texas governing-law"
            " clause, remain in effect.",
        ),
    ), "weak", "r9-L10"),
    ("R8", (
        (PREAMBLE,),
        (
            "Each party will comply with all laws applicable to it under these Terms, "
            "including, where applicable, the UK GDPR, the Data Protection Act 2018, the "
            "Children's Online Privacy Protection Act, state student privacy laws and the "
            "Family Educational Rights and Privacy Act.",
        ),
    ), "weak", "r8-F01"),
    ("R8", (
        (ARTIST,),
        (
            "The Artist will comply with FERPA to the extent the notes the Host shares form "
            "part of a pupil's education records.",
        ),
    ), "weak", "r8-F03", "consultant"),
    ("U2", (
        (PREAMBLE,),
        (
            "Maplewood may use aggregated information, which cannot reasonably be linked to "
            "any student, in order to improve the App and to share findings with our "
            "sponsors.",
        ),
    ), "weak", "u2-N01"),
    ("U2", (
        (PREAMBLE,),
        (
            "Maplewood may use aggregated information - which cannot reasonably be linked to "
            "any student - to improve the App and to share findings with our sponsors.",
        ),
    ), "weak", "u2-N02"),
    ("U2", (
        (PREAMBLE,),
        (
            "Maplewood may use aggregated information, which cannot reasonably be linked to "
            "any student, for improving the App and for sharing insights with our sponsors.",
        ),
    ), "weak", "u2-N03"),
    ("R15d", (
        (PREAMBLE,),
        (
            "Maplewood keeps Student Data on its own servers, which it will not use to sell "
            "Student Data, to rent it, or to trade it.",
        ),
    ), "present", "r15d-N05"),
    ("U2", (
        (PREAMBLE,),
        (
            "We share de-identified data with university researchers, and they may use it "
            "only to develop and improve learning tools for schools.",
        ),
    ), "present", "u2-D01"),
    ("U2", (
        (PREAMBLE,),
        (
            "We share de-identified tallies with the State Butterfly Count and other public "
            "databases and use de-identified data to improve the App.",
        ),
    ), "weak", "u2-D02"),
    ("U2", (
        (PREAMBLE,),
        (
            "We share de-identified counts with public citizen-science databases, and "
            "Maplewood uses de-identified data to improve the App.",
        ),
    ), "weak", "u2-D03"),
    ("U2", (
        (PREAMBLE,),
        (
            "We share de-identified counts with public citizen-science databases, and also "
            "use de-identified data to improve the App.",
        ),
    ), "weak", "u2-D04"),
    ("R11", (
        (ARTIST,),
        (
            "Students own the scripts they write.",
        ),
        (
            "Student scripts are assigned to me and the class teacher to read before the "
            "performance.",
        ),
    ), "present", "r11-W01", "consultant"),
    ("R11", (
        (ARTIST,),
        (
            "Students own the designs they make.",
        ),
        (
            "My written feedback on student designs remains my intellectual property.",
        ),
    ), "present", "r11-W02", "consultant"),
    ("R11", (
        (ARTIST,),
        (
            "Students own the models they fold.",
        ),
        (
            "Any designs that students develop from my crease patterns belong to me.",
        ),
    ), "weak", "r11-W03", "consultant"),
    ("R11", (
        (ARTIST,),
        (
            "Students own the models they fold.",
        ),
        (
            "Anything the students make from my patterns remains my intellectual property.",
        ),
    ), "weak", "r11-W04", "consultant"),
    ("R11", (
        (ARTIST,),
        (
            "Students own the models they fold.",
        ),
        (
            "Designs developed by students from my patterns remain my intellectual property.",
        ),
    ), "weak", "r11-W05", "consultant"),
    ("R11", (
        (ARTIST,),
        (
            "Students own the pieces they make.",
        ),
        (
            "The students' artwork from the residency remains my property.",
        ),
    ), "weak", "r11-W06", "consultant"),
    ("R11", (
        (ARTIST,),
        (
            "Students own the pieces they make.",
        ),
        (
            "I own all rights in the designs that students create from my templates.",
        ),
    ), "weak", "r11-W11", "consultant"),
    ("R3", (
        (PREAMBLE,),
        (
            "4.1 Maplewood uses Student Data to: run the App; and research and develop new "
            "Maplewood products.",
        ),
        (
            "4.2 Maplewood does not use Student Data for any purpose other than running the "
            "App, except as described in Section 4.1.",
        ),
    ), "weak", "r3-U02"),
    ("R3", (
        (PREAMBLE,),
        (
            "4.1 Student Data is used to: run the App; and research and develop new Maplewood"
            " products.",
        ),
        (
            "4.2 We do not use Student Data for any purpose other than running the App, "
            "except as described in Section 4.1.",
        ),
    ), "weak", "r3-U03"),
    ("R3", (
        (ARTIST,),
        (
            "We use student information only to run the workshops and to tell parents about "
            "our upcoming workshops in their child's class.",
        ),
    ), "present", "r3-U04", "consultant"),
    ("R3", (
        (ARTIST,),
        (
            "We use student information only to run the workshops and, now and then, to let "
            "families know about our summer camps.",
        ),
    ), "weak", "r3-U05", "consultant"),
    ("R3", (
        (ARTIST,),
        (
            "We use player information only to run the Programme and to send parents details "
            "of our holiday camps.",
        ),
    ), "weak", "r3-U06", "consultant"),
    ("R3", (
        (ARTIST,),
        (
            "We use player information only to run the Programme and, now and then, to tell "
            "families about our after-school clubs.",
        ),
    ), "weak", "r3-U09", "consultant"),
    ("U1", (
        (PREAMBLE,),
        (
            "The School authorizes Maplewood to use Student Data to personalise lessons and "
            "to train the Reading Models, which are used across Maplewood's products.",
        ),
    ), "weak", "u1-M01"),
    ("U1", (
        (PREAMBLE,),
        (
            "The School authorizes Maplewood to use Student Data to personalise lessons and "
            "to train the Reading Models, which Maplewood also uses across its products.",
        ),
    ), "weak", "u1-M02"),
    ("R13", (
        (PREAMBLE,),
        (
            "We do not currently show advertising in the App.",
        ),
        (
            "We may use personal information and de-identified information to show you "
            "advertising that interests you.",
        ),
    ), "missing", "r13-A03"),
    ("R13", (
        (PREAMBLE,),
        (
            "We do not currently show advertising in the App.",
        ),
        (
            "We may use usage data and aggregated information to personalise advertising.",
        ),
    ), "missing", "r13-A04"),
    ("R13", (
        (PREAMBLE,),
        (
            "We do not currently show advertising in the App.",
        ),
        (
            "We may use information about students and aggregated data for targeted "
            "advertising.",
        ),
    ), "missing", "r13-A06"),
]  # fmt: skip

REVIEW_CONTROLS = [
    ("R9", (
        (PREAMBLE,),
        (
            "This DSA and the Service Agreement will be governed by the laws of the State of "
            "Connecticut.",
        ),
    ), "present", "r9-L01"),
    ("R9", (
        (PREAMBLE,),
        (
            "The laws of the State of Connecticut govern this Addendum and the Service "
            "Agreement.",
        ),
        (
            "This Addendum replaces the Service Agreement's Texas choice of law in full.",
        ),
    ), "present", "r9-L04"),
    ("R9", (
        (PREAMBLE,),
        (
            "Notwithstanding Section 14.2 of the MSDPA, this Addendum and the MSDPA shall be "
            "governed by the laws of the State of Connecticut.",
        ),
    ), "present", "r9-L08"),
    ("R9", (
        (PREAMBLE,),
        (
            "This DPA is governed by the laws of the State of Connecticut.",
        ),
        (
            "The Service Agreement continues to be governed by the law chosen in it (Colorado"
            " law).",
        ),
    ), "weak", "r9-L09"),
    ("R9", (
        (PREAMBLE,),
        (
            "This DSA will be governed by the laws of the State of Connecticut.",
        ),
        (
            "All other provisions of the Service Agreement, including its limitation of "
            "liability and its choice of Texas law for all other matters, remain in effect.",
        ),
    ), "weak", "r9-L11"),
    ("R9", (
        (PREAMBLE,),
        (
            "This DSA will be governed by the laws of the State of Connecticut.",
        ),
        (
            "The Service Agreement remains governed by the law it names (the laws of the "
            "State of Connecticut).",
        ),
    ), "present", "r9-L12"),
    ("R9", (
        (PREAMBLE,),
        (
            "This Data Sharing Agreement shall be governed by the laws of the State of "
            "Connecticut.",
        ),
        (
            "The Terms of Service are governed by the laws of the State of Delaware.",
        ),
    ), "weak", "r9-L13"),
    ("R9", (
        (PREAMBLE,),
        (
            "The Terms remain governed by the laws of the State of Colorado.",
        ),
        (
            "Section 9 of the Terms is amended so that this Addendum is governed by the laws "
            "of the State of Connecticut.",
        ),
    ), "weak", "r9-L14"),
    ("R8", (
        (PREAMBLE,),
        (
            "Each party will comply with all applicable laws, including export and sanctions "
            "laws, and in addition Maplewood will comply with the Family Educational Rights "
            "and Privacy Act.",
        ),
    ), "present", "r8-F02"),
    ("R8", (
        (PREAMBLE,),
        (
            "Maplewood will comply with the federal student-records regulations, in their "
            "entirety, set out at 34 CFR Part 99.",
        ),
    ), "present", "r8-F04"),
    ("R8", (
        (PREAMBLE,),
        (
            "Maplewood will comply with FERPA.",
        ),
        (
            "Student Data that are part of students' education records remain under the "
            "School's control.",
        ),
    ), "present", "r8-F05"),
    ("R8", (
        (PREAMBLE,),
        (
            "Maplewood will comply with FERPA to the extent the information you share with us"
            " is part of students' education records.",
        ),
    ), "weak", "r8-F06"),
    ("R8", (
        (PREAMBLE,),
        (
            "Maplewood will comply with the limitations on redisclosure set out in 34 CFR "
            "99.33(a).",
        ),
    ), "weak", "r8-F07"),
    ("R8", (
        (PREAMBLE,),
        (
            "Maplewood will comply with FERPA and its implementing regulations, including the"
            " limits on redisclosure set out in 34 CFR 99.33(a).",
        ),
    ), "present", "r8-F08"),
    ("R8", (
        (PREAMBLE,),
        (
            "Insofar as any Student Data are part of students' education records, Maplewood "
            "will comply with FERPA.",
        ),
    ), "weak", "r8-F09"),
    ("R13", (
        (PREAMBLE,),
        (
            "Maplewood uses hosting providers, who may not use Student Data to target "
            "advertising, to build profiles of students, or to market products to students.",
        ),
    ), "present", "r13-N06"),
    ("U2", (
        (PREAMBLE,),
        (
            "Maplewood may use de-identified information, which cannot reasonably be linked "
            "to any student, to improve the App.",
        ),
    ), "present", "u2-N07"),
    ("U2", (
        (PREAMBLE,),
        (
            "Maplewood may use de-identified information, which cannot reasonably be linked "
            "to a student, to improve the App, to understand how classes use it, and to share"
            " insights with our sponsors.",
        ),
    ), "weak", "u2-N08"),
    ("U2", (
        (PREAMBLE,),
        (
            "We share de-identified counts with the Winter Feeder Survey and other public "
            "citizen-science databases, and we use de-identified data to improve the App.",
        ),
    ), "weak", "u2-D05"),
    ("U2", (
        (PREAMBLE,),
        (
            "We share de-identified reports with participating schools, and we use de-"
            "identified data to improve the App.",
        ),
    ), "present", "u2-D06"),
    ("U2", (
        (PREAMBLE,),
        (
            "Maplewood may use de-identified information, which cannot reasonably be linked "
            "to a student, to improve the App, and to share insights with our sponsors and "
            "research partners.",
        ),
    ), "weak", "u2-D07"),
    ("R11", (
        (ARTIST,),
        (
            "Students own the models they fold.",
        ),
        (
            "Students take part on the basis that their contributions to the shared design "
            "are assigned to me.",
        ),
    ), "weak", "r11-W08", "consultant"),
    ("R1", (
        (ARTIST,),
        (
            "The Host owns all student data.",
        ),
        (
            "Students own the models they fold.",
        ),
        (
            "The crease patterns I hand out, and any designs that students develop from them,"
            " remain my intellectual property.",
        ),
    ), "present", "r1-W09", "consultant"),
    ("R3", (
        (PREAMBLE,),
        (
            "4.1 We use Student Data to: provide the Service; keep it secure; and respond to "
            "the School's requests.",
        ),
        (
            "4.2 We do not use Student Data for any purpose other than providing the Service,"
            " except as described in Section 4.1.",
        ),
    ), "present", "r3-U01"),
    ("R3", (
        (ARTIST,),
        (
            "We use player information only to run the Programme and, now and then, to tell "
            "families about our summer camps and clinics.",
        ),
    ), "weak", "r3-U07", "consultant"),
    ("R3", (
        (ARTIST,),
        (
            "We use student information only to run the workshops.",
        ),
        (
            "We will never use student information to tell families about our summer camps.",
        ),
    ), "present", "r3-U08", "consultant"),
    ("U1", (
        (PREAMBLE,),
        (
            "The School authorizes Maplewood to use Student Data to personalise lessons and "
            "to train the Reading Models, which we use across our products.",
        ),
    ), "weak", "u1-M03"),
    ("U1", (
        (PREAMBLE,),
        (
            "The School authorizes Maplewood to use Student Data to provide the Service and "
            "to train and improve the Voice Models, which Maplewood uses across its products.",
        ),
    ), "weak", "u1-M04"),
    ("U1", (
        (PREAMBLE,),
        (
            "The School authorizes Maplewood to use Student Data to personalise lessons and "
            "to train the Reading Models, which Maplewood uses only in the Service.",
        ),
    ), "present", "u1-M05"),
    ("R13", (
        (PREAMBLE,),
        (
            "We do not currently show advertising in the App, and we have no plans to.",
        ),
        (
            "We may use Student Data and anonymised and aggregated data for any lawful "
            "purpose, including marketing and advertising.",
        ),
    ), "missing", "r13-A01"),
    ("R13", (
        (PREAMBLE,),
        (
            "We do not currently show advertising in the App, and we have no plans to.",
        ),
        (
            "We may use anonymised and aggregated data for any lawful purpose, including "
            "research and marketing.",
        ),
    ), "weak", "r13-A02"),
    ("R13", (
        (PREAMBLE,),
        (
            "We do not currently show advertising in the App, and we have no plans to.",
        ),
        (
            "We may use de-identified data to improve our products and for marketing.",
        ),
    ), "weak", "r13-A05"),
]  # fmt: skip

test_batch_76_review_points_read_right = probe.reads_as_labelled(REVIEW)
test_batch_76_review_controls_stand = probe.reads_as_labelled(REVIEW_CONTROLS)
