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
    ('R11', (
        (PREAMBLE,),
        ('Students own the projects they create in the App.',),
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


# The review of this round's readings (a helper on a copy without the corpora, 80 probes in
# words of its own): 20 points, 8 of them the round's own patterns reaching too far (a school's
# notice "at the same time" as the regulator's; a licence over "de-identified data derived
# from Your Content"; "the game worlds that students build in"; "the questions I prepare for
# student interviews"; news of new units to teachers who opted in; "School Purposes and will
# delete it when …", "or as the School directs"; "how our Services are used"); and the audit
# tests found two more (the additional purposes of the contract's own addendum, 15(c); a claim
# over designs students develop read against the school's ownership of the data, which
# batch 76's labels split on, 1). Each case below fails at 23004ad, before the mends; each
# control reads the same on both. Left (see docs/audit.md, Known misreadings): "this Agreement,
# as it applies to Student Data, is governed by …" alone (9, present where weak); what students
# create claimed by the vendor, against the school's ownership of the data (1, read as batch
# 76's labels split), and through a defined term (1, 11); a further purpose after a comma, or
# after "solely for School Purposes and for …" (15(c)).
REVIEW = [
    ("R8", (
        (PREAMBLE,),
        (
            "It is your responsibility to comply with FERPA, including any notice to parents.",
        ),
    ), "missing", "r8-F1"),
    ("R8", (
        (PREAMBLE,),
        (
            "Where Maplewood receives education records from a Client that is subject to the "
            "Family Educational Rights and Privacy Act, Maplewood acts as a school official "
            "with a legitimate educational interest.",
        ),
    ), "weak", "r8-F6"),
    ("R8", (
        (PREAMBLE,),
        (
            "Where Maplewood receives education records from a Subscriber subject to the "
            "Family Educational Rights and Privacy Act, Maplewood acts as a school official "
            "with a legitimate educational interest.",
        ),
    ), "weak", "r8-F7"),
    ("R9", (
        (PREAMBLE,),
        (
            "For Subscribers located in Connecticut: Sections 4.2, 5 and 6 of this Agreement,"
            " insofar as they relate to Student Data, are governed by the laws of the State "
            "of Connecticut.",
        ),
    ), "weak", "r9-C1"),
    ("R9", (
        (PREAMBLE,),
        (
            "For Subscribers located in Connecticut: Section 6 of this Agreement, as it "
            "applies to Student Data, is governed by the laws of the State of Connecticut.",
        ),
    ), "weak", "r9-C2"),
    ("R9", (
        (PREAMBLE,),
        (
            "For Subscribers located in Connecticut: Sections 4.2, 5 and 6 of this Agreement "
            "(as they apply to Student Data) are governed by the laws of the State of "
            "Connecticut.",
        ),
    ), "weak", "r9-C6"),
    ("R9", (
        (PREAMBLE,),
        (
            "Connecticut schools — Sections 4.2, 5 and 6 of this Agreement, as they apply to "
            "Student Data, are governed by the laws of the State of Connecticut.",
        ),
    ), "weak", "r9-C3"),
    ("R9", (
        (PREAMBLE,),
        (
            "For Subscribers located in Connecticut: Clauses 4.2, 5 and 6 of these Terms, as "
            "they apply to Student Data, are governed by the laws of the State of "
            "Connecticut.",
        ),
    ), "weak", "r9-C5"),
    ("R6b", (
        (PREAMBLE,),
        (
            "If we become aware of a personal data breach, we will report it to the "
            "Information Commissioner's Office within 72 hours where the law requires it, and"
            " we will tell you without undue delay.",
        ),
    ), "weak", "r6b-B1"),
    ("R6a", (
        (PREAMBLE,),
        (
            "If we discover a breach of Student Data, we will notify the supervisory "
            "authority within 48 hours, and we will notify the affected school at the same "
            "time.",
        ),
    ), "present", "r6a-B2"),
    ("R6b", (
        (PREAMBLE,),
        (
            "If we discover a breach of Student Data, we will notify the supervisory "
            "authority within 48 hours, and we will notify the affected school at the same "
            "time.",
        ),
    ), "present", "r6b-B2"),
    ("R6b", (
        (PREAMBLE,),
        (
            "If we become aware of a personal data breach, we will report it to the "
            "Information Commissioner's Office within 72 hours where the law requires it, and"
            " we will tell the affected school without undue delay and in any event within "
            "the same period.",
        ),
    ), "present", "r6b-B15"),
    ("R1", (
        (PREAMBLE,),
        (
            "4.2 As between you and us, you retain ownership of any content and data you "
            "upload, and pupils keep ownership of their Creations (together, \"Your Content\").",
        ),
        (
            "You grant us a perpetual, royalty-free licence to use de-identified data derived"
            " from Your Content to improve the App.",
        ),
    ), "present", "r1-O1"),
    ("R1", (
        (PREAMBLE,),
        (
            "4.2 As between you and us, you retain ownership of any content and data you "
            "upload, and pupils keep ownership of their Creations (together, \"Your Content\").",
        ),
        (
            "You grant us a perpetual, royalty-free licence to use any feedback you send us "
            "about the App, which does not include Your Content.",
        ),
    ), "present", "r1-O6"),
    ("R1", (
        (PREAMBLE,),
        (
            "All Student Data are and remain the property of the School.",
        ),
        (
            "Game Content, including the game worlds that students build in, is owned "
            "exclusively by Provider.",
        ),
    ), "present", "r1-O11"),
    ("R1", (
        (PREAMBLE,),
        (
            "All Student Data are and remain the property of the School.",
        ),
        (
            "Game Content, including the courses that pupils make their way through, is owned"
            " exclusively by Provider.",
        ),
    ), "present", "r1-O12"),
    ("R1", (
        (PREAMBLE,),
        (
            "All Student Data are and remain the property of the School.",
        ),
        (
            "The Studio, including the templates that students design with, is owned "
            "exclusively by Maplewood.",
        ),
    ), "present", "r1-O20"),
    ("R1", (
        (ARTIST,),
        (
            "The roster and contact sheet the Host provides remain CREC's property.",
        ),
        (
            "I hold the copyright in all edited programmes produced in the Workshop, "
            "including student interviews.",
        ),
    ), "weak", "r1-O15", "consultant"),
    ("R1", (
        (ARTIST,),
        (
            "The roster and contact sheet the Host provides remain CREC's property.",
        ),
        (
            "I own the copyright in all edited programmes produced in the Workshop, including"
            " the interviews with students.",
        ),
    ), "weak", "r1-O16", "consultant"),
    ("R1", (
        (ARTIST,),
        (
            "The roster and contact sheet the Host provides remain CREC's property.",
        ),
        (
            "I own the copyright in all edited programmes produced in the Workshop, including"
            " the students' recorded interviews.",
        ),
    ), "weak", "r1-O17", "consultant"),
    ("R1", (
        (ARTIST,),
        (
            "The roster and contact sheet the Host provides remain CREC's property.",
        ),
        (
            "I own the copyright in my interview guide and the questions I prepare for "
            "student interviews.",
        ),
    ), "present", "r1-O18", "consultant"),
    ("U1", (
        (PREAMBLE,),
        (
            "Maplewood uses Student Data only to personalise practice, and uses teacher "
            "account details to send news about new science units to teachers who have opted "
            "in.",
        ),
    ), "present", "u1-M13"),
    ("U1", (
        (PREAMBLE,),
        (
            "Maplewood uses Student Data only to personalise practice and, where a teacher "
            "has opted in, to send that teacher news about new science units.",
        ),
    ), "present", "u1-M14"),
    ("U1", (
        (PREAMBLE,),
        (
            "Maplewood uses Student Data only to personalise practice and to tell teachers "
            "about new Riverline units and offers.",
        ),
    ), "weak", "u1-M3"),
    ("U1", (
        (PREAMBLE,),
        (
            "Maplewood uses Student Data only to personalise practice and to send teachers "
            "news about the latest Riverline units and offers.",
        ),
    ), "weak", "u1-M4"),
    ("U1", (
        (PREAMBLE,),
        (
            "Maplewood uses Student Data only to personalise practice and to send teachers "
            "news about upcoming Riverline units and offers.",
        ),
    ), "weak", "u1-M6"),
    ("R15c", (
        (PREAMBLE,),
        (
            "Maplewood shall not collect or store Student Data for anything other than School"
            " Purposes and will delete it when the School's subscription ends.",
        ),
    ), "present", "r15c-K1"),
    ("R15c", (
        (PREAMBLE,),
        (
            "Maplewood shall not collect or store Student Data for anything other than School"
            " Purposes and in accordance with this Agreement.",
        ),
    ), "present", "r15c-K2"),
    ("R15c", (
        (PREAMBLE,),
        (
            "Maplewood shall not collect or store Student Data for anything other than School"
            " Purposes or as the School directs in writing.",
        ),
    ), "present", "r15c-K3"),
    ("R15c", (
        (PREAMBLE,),
        (
            "Maplewood shall not collect or store Student Data for anything other than School"
            " Purposes or as required by law.",
        ),
    ), "present", "r15c-K14"),
    ("R15c", (
        (PREAMBLE,),
        (
            "\"Services\" means the Maplewood reading app the School licenses under this "
            "Agreement.",
        ),
        (
            "We collect only what we need to provide the Services, keep them working and "
            "understand how our Services are used.",
        ),
    ), "present", "r15c-K7"),
    ("R15c", (
        (PREAMBLE,),
        (
            "We collect only what we need to run the count, keep the app working and "
            "understand how people use our apps.",
        ),
    ), "weak", "r15c-K8"),
    ("R15c", (
        (PREAMBLE,),
        (
            "We collect only what we need to run the count, keep the app working and "
            "understand how our apps are being used.",
        ),
    ), "weak", "r15c-K9"),
    ("R14", (
        (PREAMBLE,),
        (
            "We tell schools at least 30 days before adding a new processor.",
        ),
        (
            "Processors we engage are bound by contracts with terms substantially similar to "
            "these Terms.",
        ),
    ), "weak", "r14-S1"),
    ("R14", (
        (PREAMBLE,),
        (
            "We tell schools before we start using a new processor.",
        ),
        (
            "Any processor we use is bound by a written contract with terms substantially "
            "similar to this notice.",
        ),
    ), "weak", "r14-S2"),
    ("R14", (
        (PREAMBLE,),
        (
            "We will tell schools before we add a data processor.",
        ),
        (
            "Our data processors are bound by contracts with terms substantially similar to "
            "this notice.",
        ),
    ), "weak", "r14-S3"),
    ("R14", (
        (PREAMBLE,),
        (
            "We may engage new processors after giving the School 30 days' notice, and each "
            "is bound by terms at least as protective as this Agreement.",
        ),
    ), "weak", "r14-S8"),
]  # fmt: skip

REVIEW_CONTROLS = [
    ("R8", (
        (PREAMBLE,),
        (
            "You, not Maplewood, are responsible for complying with FERPA.",
        ),
    ), "missing", "r8-F2"),
    ("R8", (
        (PREAMBLE,),
        (
            "You and we are each responsible for complying with FERPA in our handling of "
            "Student Data.",
        ),
    ), "present", "r8-F3"),
    ("R8", (
        (PREAMBLE,),
        (
            "You remain responsible for your notices to parents under FERPA, and we will "
            "comply with FERPA in handling Student Data.",
        ),
    ), "present", "r8-F4"),
    ("R8", (
        (PREAMBLE,),
        (
            "Where Maplewood receives education records from a Subscriber that is subject to "
            "FERPA, Maplewood will comply with FERPA and acts as a school official.",
        ),
    ), "present", "r8-F5"),
    ("R8", (
        (PREAMBLE,),
        (
            "For Subscribers that are subject to FERPA, Maplewood acts as a school official "
            "under 34 CFR 99.31(a)(1).",
        ),
    ), "weak", "r8-F8"),
    ("R8", (
        (PREAMBLE,),
        (
            "Maplewood will comply with FERPA with respect to education records it receives "
            "from any Licensee that is subject to FERPA.",
        ),
    ), "present", "r8-F9"),
    ("R9", (
        (PREAMBLE,),
        (
            "This Agreement is governed by the laws of the State of Connecticut.",
        ),
        (
            "For Subscribers located in Connecticut: Sections 4.2, 5 and 6 of this Agreement,"
            " as they apply to Student Data, are governed by the laws of the State of "
            "Connecticut as well.",
        ),
    ), "present", "r9-C4"),
    ("R9", (
        (PREAMBLE,),
        (
            "This Agreement is governed by the laws of England and Wales.",
        ),
        (
            "For Subscribers located in Connecticut: this Agreement, as it applies to Student"
            " Data, is governed by the laws of the State of Connecticut.",
        ),
    ), "weak", "r9-C7"),
    ("R6a", (
        (PREAMBLE,),
        (
            "If Maplewood discovers a breach of Student Data, it will notify the School "
            "within two (2) calendar days of discovery, but law enforcement may ask us to "
            "delay that notice and we will comply with such a request.",
        ),
    ), "weak", "r6a-B3"),
    ("R6b", (
        (PREAMBLE,),
        (
            "If Maplewood discovers a breach of Student Data, it will notify the School "
            "within two (2) calendar days of discovery, but law enforcement may ask us to "
            "delay that notice and we will comply with such a request.",
        ),
    ), "weak", "r6b-B3"),
    ("R6b", (
        (PREAMBLE,),
        (
            "If Maplewood discovers a breach of Student Data, it will notify the School in "
            "writing within six (6) business days after discovery.",
        ),
    ), "present", "r6b-B4"),
    ("R6b", (
        (PREAMBLE,),
        (
            "If Maplewood discovers a breach of Student Data, it will notify the School in "
            "writing within seven (7) working days after discovery.",
        ),
    ), "weak", "r6b-B5"),
    ("R6a", (
        (PREAMBLE,),
        (
            "If Maplewood discovers a breach of Student Data, it will notify the School in "
            "writing within four (4) business days after discovery.",
        ),
    ), "weak", "r6a-B6"),
    ("R6a", (
        (PREAMBLE,),
        (
            "If Maplewood discovers a breach of Student Data, it will notify the School in "
            "writing within three (3) business days after discovery.",
        ),
    ), "weak", "r6a-B7"),
    ("R6a", (
        (PREAMBLE,),
        (
            "If we discover a breach of Student Data, we will notify the affected school and,"
            " where required, the Information Commissioner within 48 hours.",
        ),
    ), "present", "r6a-B9"),
    ("R6b", (
        (PREAMBLE,),
        (
            "If we discover a breach of Student Data, we will notify the affected school and,"
            " where required, the Information Commissioner within 48 hours.",
        ),
    ), "present", "r6b-B9"),
    ("R6a", (
        (PREAMBLE,),
        (
            "If we discover a breach of Student Data, we will notify the affected school "
            "within 24 hours, and we will inform our insurer and the police where "
            "appropriate.",
        ),
    ), "present", "r6a-B11"),
    ("R6b", (
        (PREAMBLE,),
        (
            "If we discover a breach of Student Data, we will notify the affected school "
            "within 24 hours, and we will inform our insurer and the police where "
            "appropriate.",
        ),
    ), "present", "r6b-B11"),
    ("R6a", (
        (PREAMBLE,),
        (
            "If we become aware of a personal data breach, we will notify the relevant "
            "supervisory authority within 72 hours where required, and we will inform the "
            "Customer without undue delay.",
        ),
    ), "weak", "r6a-B12"),
    ("R6b", (
        (PREAMBLE,),
        (
            "If we become aware of a personal data breach, we will notify the relevant "
            "supervisory authority within 72 hours where required, and we will inform the "
            "Customer without undue delay.",
        ),
    ), "weak", "r6b-B12"),
    ("R6a", (
        (PREAMBLE,),
        (
            "If a breach occurs, we will report it to the Information Commissioner within 72 "
            "hours where the law requires, and we will notify the affected district without "
            "undue delay.",
        ),
    ), "weak", "r6a-B13"),
    ("R6b", (
        (PREAMBLE,),
        (
            "If a breach occurs, we will report it to the Information Commissioner within 72 "
            "hours where the law requires, and we will notify the affected district without "
            "undue delay.",
        ),
    ), "weak", "r6b-B13"),
    ("R1", (
        (PREAMBLE,),
        (
            "4.2 As between you and us, you retain ownership of any content and data you "
            "upload, and pupils keep ownership of their Creations (collectively, the "
            "\"Customer Data\").",
        ),
        (
            "You grant us a worldwide, royalty-free, perpetual licence to use, copy, adapt "
            "and display Customer Data to operate and improve the App and our other products.",
        ),
    ), "weak", "r1-O2"),
    ("R1", (
        (PREAMBLE,),
        (
            "4.2 As between you and us, you retain ownership of any content and data you "
            "upload, and pupils keep ownership of their Creations (together, \"Your Content\").",
        ),
        (
            "You grant us a limited licence to use Your Content only to provide the App to "
            "you during the term of this Agreement.",
        ),
    ), "present", "r1-O4"),
    ("R1", (
        (PREAMBLE,),
        (
            "4.2 As between you and us, you retain ownership of any content and data you "
            "upload, and pupils keep ownership of their Creations (together, \"Your Content\").",
        ),
        (
            "You grant us a worldwide, royalty-free, perpetual licence to use, copy, adapt "
            "and display Your Content to operate and improve the App and our other products, "
            "and to show anonymised puzzle solutions in our gallery.",
        ),
    ), "weak", "r1-O5"),
    ("R1", (
        (PREAMBLE,),
        (
            "All Student Data are and remain the property of the School.",
        ),
        (
            "Game Content, including Dive Logs and custom dive profiles that students create "
            "with the Dive Editor, is exclusively owned by Provider.",
        ),
    ), "weak", "r1-O7"),
    ("R1", (
        (ARTIST,),
        (
            "The roster and contact sheet the Host provides remain CREC's property.",
        ),
        (
            "I own the microphones and editing software used in the Workshop.",
        ),
    ), "present", "r1-O19", "consultant"),
    ("R1", (
        (PREAMBLE,),
        (
            "4.2 As between you and us, you retain ownership of any content and data you "
            "upload, and pupils keep ownership of their Creations (together, the "
            "\"Materials\").",
        ),
        (
            "You grant us a worldwide, royalty-free, perpetual licence to use, copy, adapt "
            "and display the Materials to operate and improve the App and our other products.",
        ),
    ), "weak", "r1-O21"),
    ("U1", (
        (PREAMBLE,),
        (
            "Maplewood uses Student Data only to personalise practice.",
        ),
        (
            "With a teacher's consent, we use the teacher's email address to send news about "
            "new science units.",
        ),
    ), "present", "u1-M1"),
    ("U1", (
        (PREAMBLE,),
        (
            "Maplewood uses Student Data only to personalise practice and to send teachers "
            "announcements of new Riverline units and special offers.",
        ),
    ), "weak", "u1-M5"),
    ("U1", (
        (PREAMBLE,),
        (
            "Maplewood uses Student Data only to personalise practice.",
        ),
        (
            "The teacher dashboard shows information about new lessons added to the course "
            "the School has licensed.",
        ),
    ), "present", "u1-M7"),
    ("U1", (
        (PREAMBLE,),
        (
            "Maplewood uses Student Data only to personalise practice and to send teachers "
            "news about new Riverline units and offers.",
        ),
    ), "weak", "u1-M8"),
    ("U1", (
        (PREAMBLE,),
        (
            "Maplewood uses Student Data only to personalise practice and to send teachers "
            "updates about new features in the App.",
        ),
    ), "present", "u1-M10"),
    ("U1", (
        (PREAMBLE,),
        (
            "Maplewood uses Student Data only to personalise practice.",
        ),
        (
            "Maplewood uses teacher account details to provide the Service and, if the "
            "teacher opts in, to send news about new science units.",
        ),
    ), "present", "u1-M15"),
    ("R15c", (
        (PREAMBLE,),
        (
            "Maplewood shall not collect or store Student Data except to further School "
            "Purposes and for the product analytics described in Section 5.6.",
        ),
    ), "weak", "r15c-K5"),
    ("R15c", (
        (PREAMBLE,),
        (
            "We collect only what we need to run the count, keep the app working and "
            "understand how Maplewood's apps are used.",
        ),
    ), "weak", "r15c-K10"),
    ("R15c", (
        (PREAMBLE,),
        (
            "We collect only what we need to run the count, keep the app working and "
            "understand how our apps are used.",
        ),
    ), "weak", "r15c-K12"),
    ("R15c", (
        (PREAMBLE,),
        (
            "Maplewood shall not collect or store Student Data for anything other than School"
            " Purposes and instructional purposes directed by the School.",
        ),
    ), "present", "r15c-K13"),
    ("R14", (
        (PREAMBLE,),
        (
            "We tell schools at least 30 days before we add a processor.",
        ),
        (
            "Our processors are bound by contracts with terms substantially similar to this "
            "notice.",
        ),
    ), "weak", "r14-S4"),
    ("R14", (
        (PREAMBLE,),
        (
            "Maplewood does not use any processors or subcontractors to handle Student Data, "
            "and will not engage one without the School's express written consent and terms "
            "at least as protective as this Agreement.",
        ),
    ), "present", "r14-S7"),
    ("R14", (
        (PREAMBLE,),
        (
            "We tell schools before we add a sub-processor.",
        ),
        (
            "Our sub-processors are bound by contracts with terms substantially similar to "
            "this notice.",
        ),
    ), "weak", "r14-S9"),
    ("R14", (
        (PREAMBLE,),
        (
            "Maplewood will not enter into any sub-contract without the School's express "
            "written consent, and will bind every subcontractor to terms at least as "
            "protective as this Agreement.",
        ),
        (
            "We will not share Student Data with anyone other than the School and its "
            "processors.",
        ),
    ), "present", "r14-S12"),
]  # fmt: skip

test_batch_77_review_points_read_right = probe.reads_as_labelled(REVIEW)
test_batch_77_review_controls_stand = probe.reads_as_labelled(REVIEW_CONTROLS)
