"""Classes of misreading found in batch 77 (tests/corpus/heldout-77/), held out until
2026-12-06 and development since, each read right.

Each case is a sentence of the class, written for the test in words of its own, not a
corpus document's. Each group of sentences is a paragraph of its own. Every case fails on
the rules of 750bb93, before this round; every control reads the same on both.
"""

from __future__ import annotations

import audit_probes as probe
from audit_probes import ARTIST, PREAMBLE

CASES = [
    # The school designates the vendor and keeps FERPA for itself: "You remain responsible
    # for complying with FERPA" is the school's duty, not the vendor's promise (8)
    ('R8', (
        (PREAMBLE,),
        (
            'Where we receive education records from you, you designate us as a "school '
            'official" with a legitimate educational interest under FERPA.',
            'You remain responsible for complying with FERPA, including its notices to parents.',
        ),
    ), 'weak', 'you-remain-responsible-for-ferpa', 'operator'),
    # A subscriber "that is subject to" FERPA described, the vendor only a school official (8)
    ('R8', (
        (PREAMBLE,),
        (
            '9.1 Where Maplewood receives education records from a Subscriber that is subject '
            'to the Family Educational Rights and Privacy Act, Maplewood acts as a school '
            'official with a legitimate educational interest under 34 CFR 99.31(a)(1).',
        ),
    ), 'weak', 'a-subscriber-subject-to-ferpa', 'operator'),
    # Connecticut's law for some sections only, after a colon and with an aside (9)
    ('R9', (
        (PREAMBLE,),
        (
            'For Schools in Connecticut: Sections 3, 7 and 8 of these Terms, as they apply to '
            'Student Data, are governed by the laws of the State of Connecticut.',
        ),
    ), 'weak', 'some-sections-after-a-colon', 'operator'),
    # A regulator's period in a clause of its own is not the school's (6(b))
    ('R6b', (
        (PREAMBLE,),
        (
            'If we learn of a data breach, we will report it to the data protection regulator '
            'within 72 hours where the law requires, and we will tell the affected school '
            'without undue delay.',
        ),
    ), 'weak', 'a-regulators-period-is-not-the-schools', 'operator'),
    # Seven business days can pass ten calendar days (6(b))
    ('R6b', (
        (PREAMBLE,),
        (
            'If Maplewood discovers a breach of Student Data, it will notify the School in '
            'writing within seven (7) business days after discovery.',
        ),
    ), 'weak', 'seven-business-days', 'operator'),
    # The school's ownership taken back by a perpetual licence over what it named (1)
    ('R1', (
        (PREAMBLE,),
        (
            '5.1 As between the School and us, the School owns the data its staff enter, and '
            'students own their projects (together, "School Content").',
            'The School grants us a perpetual, royalty-free licence to use and adapt School '
            'Content to run and improve our other apps, and to display anonymised projects in '
            'a public showcase.',
        ),
    ), 'weak', 'perpetual-licence-over-what-it-named', 'operator'),
    # What students create claimed by the vendor, owned "exclusively" (1)
    ('R1', (
        (PREAMBLE,),
        ('All Student Data are and remain the property of the School.',),
        (
            'Workshop Content, including the circuit diagrams that students build in the '
            'Simulator, is owned exclusively by Maplewood.',
        ),
    ), 'weak', 'what-students-build-owned-exclusively', 'operator'),
    # A consultant's "I own the copyright in …" over students' interviews (1)
    ('R1', (
        (ARTIST,),
        ('The class list the Host provides remains the property of the Host.',),
        (
            'I own the copyright in the finished podcasts made in the workshop, including '
            'student interviews.',
        ),
    ), 'weak', 'i-own-the-student-interviews', 'consultant'),
    # The vendor's new wares sent to teachers as news (U1)
    ('U1', (
        (PREAMBLE,),
        (
            'Maplewood uses Student Data only to personalise practice and to send teachers news '
            'about new Riverbend units and offers.',
        ),
    ), 'weak', 'news-about-new-courses-and-offers', 'operator'),
    # A collection limit with a further purpose joined to the school's (15(c))
    ('R15c', (
        (PREAMBLE,),
        (
            'Maplewood shall not collect or store Student Data for anything other than School '
            'Purposes and the usage analytics described in Section 7.',
        ),
    ), 'weak', 'school-purposes-and-usage-analytics', 'operator'),
    # … or measuring how its whole line of apps is used (15(c))
    ('R15c', (
        (PREAMBLE,),
        (
            'We collect and keep only what we need to run the quiz, keep it working and '
            'understand how our apps are used.',
        ),
    ), 'weak', 'understand-how-our-apps-are-used', 'operator'),
    # A vendor's "processors" under the GDPR's word, bound to "substantially similar" terms
    # (14)
    ('R14', (
        (PREAMBLE,),
        (
            'We tell schools at least 30 days before we add a processor.',
            'Our processors are bound by contracts with terms substantially similar to these '
            'Terms.',
        ),
    ), 'weak', 'our-processors-substantially-similar', 'operator'),
]  # fmt: skip

CONTROLS = [
    ('R8', (
        (PREAMBLE,),
        (
            'You designate us as a school official under FERPA, and we will comply with FERPA.',
        ),
    ), 'present', 'designation-and-a-promise', 'operator'),
    ('R9', (
        (PREAMBLE,),
        ('These Terms are governed by the laws of the State of Connecticut.',),
    ), 'present', 'the-terms-under-connecticut-law', 'operator'),
    ('R6b', (
        (PREAMBLE,),
        (
            'If Maplewood discovers a breach of Student Data, it will notify the School in '
            'writing within five (5) business days after discovery.',
        ),
    ), 'present', 'five-business-days', 'operator'),
    ('R1', (
        (PREAMBLE,),
        ('All Student Data are and remain the property of the School.',),
        ('The Simulator software is owned exclusively by Maplewood.',),
    ), 'present', 'the-software-owned-by-the-vendor', 'operator'),
    ('R15c', (
        (PREAMBLE,),
        (
            'Maplewood shall not collect or store Student Data for anything other than School '
            'Purposes.',
        ),
    ), 'present', 'school-purposes-alone', 'operator'),
    ('R14', (
        (PREAMBLE,),
        (
            'Maplewood may use subprocessors only with the School\'s prior written consent, '
            'and binds each to terms at least as protective as this Agreement.',
        ),
    ), 'present', 'consent-and-the-same-terms', 'operator'),
]  # fmt: skip

test_batch_77_classes_read_right = probe.reads_as_labelled(CASES)
test_batch_77_controls_stand = probe.reads_as_labelled(CONTROLS)
