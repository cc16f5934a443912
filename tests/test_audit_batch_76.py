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
