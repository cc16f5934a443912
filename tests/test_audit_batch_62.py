"""Classes of misreading found in batch 62 (tests/corpus/heldout-62/), held out until
2026-12-05 and development since, each read right.

Each case is a sentence of the class, written for the test in words of its own, not a
corpus document's. Each group of sentences is a paragraph of its own. Every case fails on
the rules of 31e4a4e, before this round; every control reads the same on both.
"""

from __future__ import annotations

import audit_probes as probe

PREAMBLE = 'Maplewood Learning, Inc. ("Maplewood") provides the Service to the School.'
ARTIST = (
    'These Terms apply to every workshop that Jane Rivera Music LLC ("the Artist") delivers '
    'for a school, district or other education provider ("the Host").'
)
# A preamble that writes the school in capitals, after an aside naming the vendor's principal
CAPITALS = (
    "THIS AGREEMENT is made between LOWBRASS STUDIO, LLC, a Connecticut limited liability "
    'company (the "Consultant"), acting through its principal, Dana Reyes, tuba, and the '
    "CAPITOL REGION EDUCATION COUNCIL, 111 Charter Oak Avenue, Hartford, Connecticut 06106 "
    '(the "Presenter").'
)

CASES = [
    ('R13', (
        (
            PREAMBLE,
        ),
        (
            '6.1 We will not: show targeted advertising in the App; use Student Data to '
            'target advertising to students on other websites; or sell Student Data.',
        ),
    ), 'present', 'a-denial-over-a-colon-list-without-marks'),
    ('R15d', (
        (
            PREAMBLE,
        ),
        (
            '6.1 Maplewood will not: engage in targeted advertising in the App; sell '
            'Student Data; or disclose Student Data except as Section 6.2 allows.',
        ),
    ), 'weak', 'a-colon-lists-sale-item'),
    ('R1', (
        (
            CAPITALS,
        ),
        (
            'Student Data is and remains the property of the Presenter and is not under '
            'the control of the Consultant.',
        ),
    ), 'present', 'the-school-named-in-capitals'),
    ('R1', (
        (
            PREAMBLE,
        ),
        (
            'Any information about CREC students that Maplewood receives belongs to CREC.',
        ),
    ), 'present', 'information-about-crec-students'),
    ('R6a', (
        (
            PREAMBLE,
        ),
        (
            'If a tablet holding Student Information is lost, we will tell your booking '
            'contact by phone within 24 hours of discovering it and help you with '
            'anything you need to tell families.',
        ),
    ), 'present', 'the-booking-contact-told'),
    ('R6b', (
        (
            PREAMBLE,
        ),
        (
            'We will notify the School of any unauthorized access to Student Data within '
            'five (5) days after we complete our investigation.',
        ),
    ), 'weak', 'a-clock-from-the-end-of-an-investigation'),
    ('R6d', (
        (
            PREAMBLE,
        ),
        (
            '7.1 Maplewood will give notice of any unauthorized release of Student Data '
            '(a "Breach") on the schedule below. Data involved: Student records — Notice '
            'to: Affected students or their parents or guardians — Deadline: no later '
            'than ten (10) calendar days after discovery',
        ),
    ), 'present', 'a-notice-to-column-naming-the-families'),
    ('R4', (
        (
            PREAMBLE,
        ),
        (
            'Requests by a parent or an eligible student to review or correct Student '
            "Data shall be made to the School and handled under the School's own "
            'procedures.',
            "Upon the School's written request, Maplewood shall, within ten (10) business"
            ' days, provide the School with the requested records and make any '
            'corrections the School directs.',
        ),
    ), 'weak', 'handled-under-the-schools-own-procedures'),
    ('R4', (
        (
            PREAMBLE,
        ),
        (
            'Parents who wish to review or correct Student Data should contact their '
            'school.',
            'Each School sets its own procedure for these requests.',
            'When the School asks us in writing, we will respond to the School within a '
            'reasonable time by exporting the relevant records.',
        ),
    ), 'weak', 'each-school-sets-its-own-procedure'),
    ('R14', (
        (
            ARTIST,
        ),
        (
            'The Artist may bring a luthier, a page turner or a sound engineer to any '
            'session.',
            'Anyone the Artist brings is bound by the confidentiality terms in Section 5.',
        ),
    ), 'weak', 'a-luthier-or-a-sound-engineer'),
    ('R14', (
        (
            ARTIST,
        ),
        (
            'If the Artist is unwell, the Artist may send a deputy from a roster of '
            'professional players.',
            'Any deputy follows these terms.',
        ),
    ), 'weak', 'a-deputy'),
    ('R14', (
        (
            ARTIST,
        ),
        (
            'The Artist may bring a stagehand.',
            'Any stagehand who sees the class list will be asked to follow, Section 4.',
        ),
    ), 'weak', 'asked-to-follow-a-section'),
    ('R14', (
        (
            PREAMBLE,
        ),
        (
            'We use two sub-processors.',
            'We require each sub-processor, by written contract, to protect Student Data '
            'at least as well as these terms do.',
        ),
    ), 'weak', 'at-least-as-well-as-these-terms'),
    ('R14', (
        (
            PREAMBLE,
        ),
        (
            'Maplewood shall not disclose Student Data to any third party without the '
            "School's written consent, except to its Subprocessors or as required by law.",
        ),
        (
            'Maplewood shall not enter into any sub-contract without the express written '
            'consent of the School, and every sub-contract shall include provisions no '
            'less protective than these terms.',
        ),
    ), 'present', 'a-disclosure-limit-beside-the-consent-to-subcontract'),
    ('R7', (
        (
            PREAMBLE,
        ),
        (
            '6.2 Maplewood shall delete Student Data within sixty (60) days after the '
            'Agreement ends.',
        ),
        (
            '9.1 Notwithstanding Section 6.2, Student Data shall not be retained or '
            'available to Maplewood upon completion of the contracted services.',
        ),
    ), 'present', 'notwithstanding-the-sixty-days'),
    ('R7', (
        (
            PREAMBLE,
        ),
        (
            'Student Data shall not be retained by Maplewood once the services are '
            'complete.',
            'On completion Maplewood will delete all Student Data, including copies in '
            'backups, and will confirm the deletion in writing.',
        ),
    ), 'present', 'the-backups-deleted-with-the-rest'),
    ('R11', (
        (
            PREAMBLE,
        ),
        (
            'Because Student Work is part of the Student Records, it is owned and '
            'controlled by the School.',
        ),
    ), 'missing', 'owned-and-controlled-by-the-school'),
    ('R11', (
        (
            PREAMBLE,
        ),
        (
            'In these Terms, "you" means anyone using the App, including a student who '
            'joins through a class.',
        ),
        (
            'You own what you create in the App.',
        ),
    ), 'present', 'you-the-student-own-what-you-create'),
    ('R13', (
        (
            PREAMBLE,
        ),
        (
            "We never use students' names or email addresses to target ads.",
        ),
    ), 'weak', 'an-ad-ban-over-names-and-emails'),
    ('R3', (
        (
            PREAMBLE,
        ),
        (
            'We use Student Data only to run the lessons, report progress to the School '
            'and let families know about future Maplewood camps.',
        ),
    ), 'weak', 'a-use-limit-that-lets-families-know-of-camps'),
    ('U2', (
        (
            PREAMBLE,
        ),
        (
            'Maplewood may use De-Identified Data to improve its products and to develop '
            'new educational and non-educational products.',
        ),
    ), 'weak', 'non-educational-products'),
    ('R12', (
        (
            PREAMBLE,
        ),
        (
            'Maplewood is certified under the Cyber Essentials scheme.',
        ),
    ), 'weak', 'a-named-scheme-alone'),
]  # fmt: skip

CONTROLS = [
    ('R7', (
        (
            PREAMBLE,
        ),
        (
            'Student Data is not retained by Maplewood: we delete it when the '
            'subscription ends.',
        ),
    ), 'present', 'a-new-clause-after-the-colon'),
    ('R6a', (
        (
            PREAMBLE,
        ),
        (
            'The delay in Section 4 does not apply: Maplewood shall notify the School of '
            'a breach of Student Data within forty-eight (48) hours of discovery; and it '
            'shall notify affected families within five (5) days.',
        ),
    ), 'present', 'a-denial-before-the-colon-is-its-own'),
    ('R15d', (
        (
            PREAMBLE,
        ),
        (
            'Maplewood will not sell, rent or trade Student Data.',
        ),
    ), 'present', 'a-whole-sale-ban'),
    ('R11', (
        (
            PREAMBLE,
        ),
        (
            '"You" means the teacher or school that opens the account.',
        ),
        (
            'You own what you create in the App.',
        ),
    ), 'missing', 'you-the-school'),
    ('R13', (
        (
            PREAMBLE,
        ),
        (
            'We never use Student Data to target ads.',
        ),
    ), 'present', 'a-ban-over-all-the-data'),
    ('R14', (
        (
            PREAMBLE,
        ),
        (
            "Maplewood shall not enter into any sub-contract without the School's prior "
            'written consent, except for hosting providers.',
        ),
    ), 'weak', 'a-consent-that-leaves-hosting-out'),
    ('R6b', (
        (
            PREAMBLE,
        ),
        (
            'We will notify the School of any unauthorized access to Student Data within '
            'five (5) days after discovering it.',
        ),
    ), 'present', 'a-clock-from-discovery'),
    ('R1', (
        (
            PREAMBLE,
        ),
        (
            'Maplewood keeps information about its own staff confidential.',
        ),
    ), 'missing', 'no-students-data-named'),
]  # fmt: skip


test_each_class_is_read_right = probe.reads_as_labelled(CASES)
test_the_controls_keep_their_reading = probe.reads_as_labelled(CONTROLS)


# A review of the round's patterns by a reader of the code who never saw the corpus (126 probes
# of its own words): the misreadings it found, each read right now (57, every one wrong at
# 8210a2a; 2 more it found were wrong before the round too and are left), and the probes that
# read right before and after, kept as controls. A case's fifth item is its role where it is a
# consultant's.
REVIEW = [
    ('R11', (
        (
            'If you are a student, you may not create an account; the Service is for '
            'teachers only.',
        ),
        (
            'You own Your Content.',
        ),
    ), 'missing', 'teachers-only-service'),
    ('R11', (
        (
            "If you are a student's parent or guardian, you may manage your child's "
            'account.',
        ),
        (
            'You own Your Content.',
        ),
    ), 'missing', 'a-students-parent'),
    ('R11', (
        (
            'If you are a student, ask your teacher before you post.',
        ),
        (
            'In these Terms, \u2018you\u2019 means the school that subscribes to the Service.',
        ),
        (
            'You own Your Content.',
        ),
    ), 'missing', 'curly-single-quotes'),
    ('R11', (
        (
            'If you are a student, ask your teacher before you post.',
        ),
        (
            '"Customer", "you" and "your" mean the school or district that subscribes to '
            'the Service.',
        ),
        (
            'You own Your Content.',
        ),
    ), 'missing', 'customer-you-your-mean-school'),
    ('R11', (
        (
            'If you are a student, ask your teacher before you post.',
        ),
        (
            '"You" means a school, district or teacher that registers for the Service.',
        ),
        (
            'You own Your Content.',
        ),
    ), 'missing', 'you-means-a-school'),
    ('R11', (
        (
            'In these Terms, "you" means any adult who registers for an account, '
            'including a student teacher on placement.',
        ),
        (
            'You own Your Content.',
        ),
    ), 'missing', 'student-teacher'),
    ('R11', (
        (
            'In these Terms, "you" means the person using the Service, including a '
            'student who uses it through a class.',
        ),
        (
            'You own none of the drawings you create in the App.',
        ),
    ), 'missing', 'you-own-none'),
    ('R11', (
        (
            'In these Terms, "you" means the person using the Service, including a '
            'student who uses it through a class.',
        ),
        (
            'You own Your Content.',
        ),
        (
            'All content created by students belongs to the School.',
        ),
    ), 'missing', 'specific-school-owns'),
    ('R11', (
        (
            'You own Your Content.',
        ),
        (
            'If you are a student, the work you create in the App belongs to your school.',
        ),
    ), 'missing', 'if-student-school-owns'),
    ('R13', (
        (
            'Vendor will not: sell Student Data to anyone; but Vendor may use student '
            'browsing history for targeted advertising on partner sites.',
        ),
    ), 'missing', 'but-may-target'),
    ('R13', (
        (
            'Does Brightpath show ads to students? No: Brightpath is ad-free for '
            'students; teacher dashboards, though, show targeted advertising based on '
            'student usage data.',
        ),
    ), 'missing', 'faq-no-colon'),
    ('R15d', (
        (
            'Vendor will not: use Student Data for targeted advertising; however, Vendor '
            'may sell Student Data to its partners.',
        ),
    ), 'missing', 'however-may-sell'),
    ('R3', (
        (
            'This Agreement is made by Fenwick Fiddle Studio, LLC, a Connecticut limited '
            'liability company teaching in Hartford and Tolland counties ("Fenwick").',
        ),
        (
            'Fenwick will use the class roster only to run the workshops and to let '
            'families know about future Fenwick workshops.',
        ),
    ), 'weak', 'hartford-and-tolland'),
    ('R15d', (
        (
            'This Agreement is between the CAPITOL REGION EDUCATION COUNCIL ("CREC") and '
            'SCHOOL PHOTO PROS OF CONNECTICUT ("Photographer").',
        ),
        (
            'Photographer will not sell, rent or trade Student Data.',
        ),
    ), 'present', 'school-photo-pros'),
    ('R15d', (
        (
            'This Agreement is made by DISTRICT DRUMLINE ACADEMY, a Connecticut '
            'partnership (the "Academy"), and Riverside Magnet School.',
        ),
        (
            'The Academy will not sell, rent or trade Student Data.',
        ),
    ), 'present', 'district-drumline'),
    ('R13', (
        (
            'Teachers may invite colleagues, and we will not use their names or email '
            'addresses to advertise to those colleagues.',
        ),
    ), 'missing', 'their-is-colleagues'),
    ('R6c', (
        (
            'If Vendor discovers a breach of Student Data, Vendor will give notice as '
            'follows:',
            'Breach of student information — Notice to: Affected students or their '
            'parents or guardians — Who sends it: the School — Deadline: five (5) days '
            'after discovery.',
        ),
    ), 'missing', 'who-sends-it-school'),
    ('R6c', (
        (
            'If Vendor discovers a breach of Student Data, Vendor will give notice as '
            'follows:',
            'Breach of student information — Notice to: Affected students or their '
            'parents or guardians — Sender: the School — Deadline: five (5) days after '
            'discovery.',
        ),
    ), 'missing', 'sender-school'),
    ('R6c', (
        (
            'If Vendor discovers a breach of Student Data, Vendor will give notice as '
            'follows:',
            'Breach of student information — Notice to: Affected students or their '
            'parents or guardians — Responsible party: District — Deadline: five (5) days'
            ' after discovery.',
        ),
    ), 'missing', 'responsible-party-district'),
    ('R6b', (
        (
            'Vendor shall notify the School of any breach of Student Data within ten (10)'
            " days of discovery, with guidance on how to verify whether a student's "
            'account was accessed.',
        ),
    ), 'present', 'how-to-verify'),
    ('R6b', (
        (
            'Vendor shall notify the School of any breach of Student Data within ten (10)'
            ' days of discovery, along with a copy of the complete incident log.',
        ),
    ), 'present', 'copy-of-the-complete-log'),
    ('R6b', (
        (
            'Vendor shall notify the School of any breach of Student Data within ten (10)'
            ' days of discovery, with information on a complete reset of affected '
            'passwords.',
        ),
    ), 'present', 'on-a-complete-reset'),
    ('R6a', (
        (
            'Vendor shall notify the School of any breach of student information within '
            'five (5) calendar days of discovery, and within two (2) calendar days where '
            'misuse is imminent, with steps on how to verify account activity.',
        ),
    ), 'present', '6a-how-to-verify'),
    ('R6a', (
        (
            'In the event of a breach of student information, Vendor will notify the '
            'primary contact at its cyber-insurance carrier within two (2) calendar days '
            'of discovery.',
        ),
    ), 'missing', 'insurer-primary-contact'),
    ('R6a', (
        (
            'In the event of a breach of student information, Vendor will notify the '
            'designated contact for each affected student, the parent or guardian on '
            'file, within two (2) calendar days of discovery.',
        ),
    ), 'missing', 'designated-contact-per-student'),
    ('R6a', (
        (
            'In the event of a breach of student information, Vendor will notify law '
            'enforcement and its named contact at the state police within two (2) '
            'calendar days of discovery.',
        ),
    ), 'missing', 'police-named-contact'),
    ('R6a', (
        (
            'In the event of a breach of student information, Vendor will notify the '
            "affected families and the named contact on each family's account within two "
            '(2) calendar days of discovery.',
        ),
    ), 'missing', 'family-named-contact'),
    ('R3', (
        (
            'The Artist will use the class roster only to take attendance and to let '
            'parents know about upcoming classes in this residency.',
        ),
    ), 'present', 'upcoming-classes-this-residency', 'consultant'),
    ('R3', (
        (
            'The Artist will use the class roster only to take attendance and to let the '
            'School know about upcoming workshops it has booked.',
        ),
    ), 'present', 'workshops-school-booked', 'consultant'),
    ('R3', (
        (
            'The Artist will use the class roster only to take attendance and to let '
            'parents know about upcoming classes this term.',
        ),
    ), 'present', 'upcoming-classes-this-term', 'consultant'),
    ('U2', (
        (
            'Vendor may use de-identified data, including non-educational data such as '
            'device and usage logs, to improve the Service.',
        ),
    ), 'present', 'non-educational-data'),
    ('U2', (
        (
            'Vendor may use aggregated data to improve the Service, including its '
            'non-educational features such as scheduling and lunch ordering.',
        ),
    ), 'present', 'non-educational-features'),
    ('U2', (
        (
            'Vendor may use de-identified data to improve the Service and to develop non '
            'educational apps.',
        ),
    ), 'weak', 'non-educational-spaced'),
    ('R7', (
        (
            'Upon termination of this Agreement, Vendor shall delete all Student Data.',
        ),
        (
            'Notwithstanding Section 5, Vendor will keep the student-generated content of'
            ' any student whose parent chooses to maintain a personal account with Vendor'
            ' after termination.',
        ),
    ), 'present', 'notwithstanding-student-account'),
    ('R7', (
        (
            'Upon termination of this Agreement, Vendor shall delete all Student Data.',
            'Vendor will delete Student Data from its live systems within thirty (30) '
            'days and its backups roll off after thirteen (13) months.',
        ),
    ), 'weak', 'backups-roll-off'),
    ('R7', (
        (
            'Upon termination of this Agreement, Vendor shall delete all Student Data, '
            'including copies in backups and subcontractor systems.',
        ),
    ), 'present', 'one-sentence-copies-in-backups'),
    ('R4', (
        (
            "Parents may review and correct their child's information by emailing Vendor,"
            ' who will make any correction.',
            'The School establishes the procedures for its own staff accounts.',
        ),
    ), 'present', 'staff-account-procedures'),
    ('R4', (
        (
            "Parents may review and correct their child's information by writing to "
            'Vendor, and Vendor will make any correction.',
            'Where a School sets a procedure for these requests, Vendor will also follow '
            'it.',
        ),
    ), 'present', 'also-follows-school-procedure'),
    ('R4', (
        (
            "Parents may review and correct their child's records by writing to Vendor; "
            'Vendor will make any correction within ten (10) days, and complaints about '
            "the outcome are handled under the School's own grievance procedures.",
        ),
    ), 'present', 'grievance-procedures'),
    ('R4', (
        (
            'Requests from parents to review or amend records will be handled by the '
            'District under its own FERPA procedures.',
            'We will respond to the District only to say that we hold no copy of those '
            'records.',
        ),
    ), 'missing', 'hold-no-copy'),
    ('R4', (
        (
            'Requests from parents to review or amend records will be handled by the '
            'District under its own FERPA procedures.',
            'We will refer any parent who contacts us to the District, and we will '
            'respond to the District to confirm we sent the parent a copy of its contact '
            'details.',
        ),
    ), 'missing', 'copy-of-contact-details'),
    ('R12', (
        (
            'Vendor encrypts Student Data at rest and in transit, and all staff complete '
            'annual training in cyber essentials such as password hygiene and phishing '
            'awareness.',
        ),
    ), 'missing', 'training-in-cyber-essentials'),
    ('R12', (
        (
            'Vendor encrypts Student Data at rest and in transit.',
            'Vendor does not hold Cyber Essentials certification.',
        ),
    ), 'missing', 'no-cyber-essentials'),
    ('R14', (
        (
            'The Artist will send the deputy head teacher notice of any change to the '
            'session timetable.',
        ),
    ), 'missing', 'deputy-head-teacher', 'consultant'),
    ('R14', (
        (
            'The Artist will send the deputy head teacher notice of any change to the '
            'session timetable.',
        ),
        (
            'The Artist shall keep student information confidential.',
        ),
    ), 'missing', 'deputy-with-confidentiality', 'consultant'),
    ('R14', (
        (
            'The Artist may send a stagehand to set up the stage, after giving the School'
            " two days' notice.",
        ),
    ), 'weak', 'send-stagehand-after-notice', 'consultant'),
    ('R14', (
        (
            'Vendor shall not enter into a sub-contract without the express written '
            'consent of the LEA.',
            'Every subcontractor shall be bound in writing by the same terms as this '
            'Agreement.',
        ),
        (
            'Vendor will not engage any new subprocessor, or share Student Data with one,'
            " without the LEA's prior written consent, except for the hosting providers "
            'listed in Exhibit B.',
        ),
    ), 'weak', 'engage-or-share-except-hosting'),
    ('R14', (
        (
            'Vendor shall not enter into a sub-contract without the express written '
            'consent of the LEA.',
            'Every subcontractor shall be bound in writing by the same terms as this '
            'Agreement.',
        ),
        (
            "Vendor may transfer Student Data to subcontractors only with the LEA's prior"
            ' written consent, other than its cloud hosting providers.',
        ),
    ), 'weak', 'transfer-other-than-hosting'),
    ('R14', (
        (
            'Vendor shall not subcontract or transfer any of its obligations without the '
            "LEA's prior written consent, except to its Affiliates.",
            'Every subcontractor shall be bound in writing by the same terms as this '
            'Agreement.',
        ),
        (
            "Any subcontracting requires the LEA's prior written consent.",
        ),
    ), 'weak', 'subcontract-or-transfer-except-affiliates'),
    ('R14', (
        (
            "We will not add a new service provider without the School's prior written "
            'consent.',
            'Each service provider must protect student data at least as well as our own '
            'staff do.',
        ),
    ), 'weak', 'as-well-as-our-staff'),
    ('R14', (
        (
            "We will not add a new service provider without the School's prior written "
            'consent.',
            'Each service provider must protect student data at least as well as our '
            'competitors do.',
        ),
    ), 'weak', 'as-well-as-our-competitors'),
    ('R14', (
        (
            "We will not add a new service provider without the School's prior written "
            'consent.',
            'Each service provider must protect student data at least as well as those '
            "providers protect their own customers' data.",
        ),
    ), 'weak', 'as-well-as-their-own'),
    ('R14', (
        (
            "We will not add a new service provider without the School's prior written "
            'consent.',
            'Each service provider must protect student data at least as well as the '
            'terms of its own privacy policy require.',
        ),
    ), 'weak', 'as-well-as-its-own-policy'),
    ('R1', (
        (
            "Information about the School's students remains the property of the School.",
        ),
    ), 'present', 'the-schools-students', 'consultant'),
    ('R3', (
        (
            'This Agreement is between Fenwick Fiddle Studio, LLC, a company registered '
            'in Connecticut and Rhode Island ("Fenwick"), and the School.',
        ),
        (
            'Fenwick will use the class roster only to run the workshops and to let '
            'families know about future Fenwick workshops.',
        ),
    ), 'weak', 'connecticut-and-rhode-island'),
    ('R1', (
        (
            'This Agreement is made by Brightwater Media, LLC, a Delaware limited '
            'liability company authorized to do business in Connecticut and Massachusetts'
            ' ("Brightwater").',
        ),
        (
            'The School owns all Student Data, and Brightwater owns all Student Data '
            'derived from usage of the Service.',
        ),
    ), 'weak', 'vendor-claim-unseen'),
    ('R11', (
        (
            'Student-generated content is the property of the student, and is owned and '
            'controlled by the School only while the student is enrolled.',
        ),
    ), 'weak', 'school-owns-while-enrolled'),
]  # fmt: skip

REVIEW_CONTROLS = [
    ('R11', (
        (
            'In these Terms, "you" means the person using the Service, including a '
            'student who uses it through a class.',
        ),
        (
            'You own Your Content.',
        ),
    ), 'present', 'you-includes-students'),
    ('R11', (
        (
            'In these Terms, "you" means the person using the Service, including a '
            'student who uses it through a class.',
        ),
        (
            'As between you and Brightpath, you own Your Content.',
        ),
    ), 'present', 'as-between'),
    ('R11', (
        (
            'In these Terms, "you" means the person using the Service, including a '
            'student who uses it through a class.',
        ),
        (
            'You keep ownership of the drawings and stories you create in the App.',
        ),
    ), 'present', 'keep-ownership-drawings'),
    ('R11', (
        (
            'These Terms apply to teachers, schools and districts, and to students and '
            'parents or guardians who use Treadle.',
        ),
        (
            'You own what you make.',
        ),
    ), 'present', 'terms-apply-to-students'),
    ('R11', (
        (
            'You own Your Content.',
        ),
    ), 'missing', 'you-never-defined'),
    ('R11', (
        (
            'In these Terms, "you" means the teacher who signs up for the Service.',
        ),
        (
            'If you are a student, ask your teacher for help.',
        ),
        (
            'You own Your Content.',
        ),
    ), 'missing', 'you-is-the-teacher'),
    ('R11', (
        (
            'If you are a student, ask your teacher before you post.',
        ),
        (
            'In these Terms, "you" means the school that subscribes to the Service.',
        ),
        (
            'You own Your Content.',
        ),
    ), 'missing', 'you-is-the-school-straight-quotes'),
    ('R11', (
        (
            'In these Terms, "you" means the person using the Service, including a '
            'student who uses it through a class.',
        ),
        (
            'You own nothing that you create in the App.',
        ),
    ), 'missing', 'you-own-nothing'),
    ('R11', (
        (
            'In these Terms, "you" means the person using the Service, including a '
            'student who uses it through a class.',
        ),
        (
            'You own Your Content, but you grant us a perpetual, irrevocable licence to '
            'use it for any purpose.',
        ),
    ), 'weak', 'licence-for-any-purpose'),
    ('R1', (
        (
            'In these Terms, "you" means the person using the Service, including a '
            'student who uses it through a class.',
        ),
        (
            'You own Your Content, including any Student Data you upload.',
        ),
    ), 'present', 'r1-unaffected'),
    ('R15d', (
        (
            'We will not: engage in targeted advertising on the Service; sell, rent or '
            'trade Student Records; or disclose Student Data except as this Agreement '
            'allows.',
        ),
    ), 'present', 'list-without-marks'),
    ('R15d', (
        (
            'Vendor will not: sell Student Data; rent Student Data; or trade Student '
            'Data.',
        ),
    ), 'present', 'list-three-items'),
    ('R13', (
        (
            'Vendor will not sell Student Data to anyone, but Vendor may use student '
            'browsing history for targeted advertising on partner sites.',
        ),
    ), 'missing', 'no-colon-but-may-target'),
    ('R7', (
        (
            'Student Data is not retained by or available to Vendor after the services '
            'end: we delete it on the last day of the contract.',
        ),
    ), 'present', 'colon-new-clause'),
    ('R15e', (
        (
            'Vendor will never: sell Student Data; share it with advertisers; or disclose'
            ' it except as required by law, to protect user safety, or to service '
            'providers bound by this Agreement.',
        ),
    ), 'present', 'never-list-six-cases'),
    ('R6a', (
        (
            'The delay in Section 9 does not apply: for a breach of student information, '
            'Vendor will notify the School within five (5) calendar days of discovery, '
            'and within two (2) calendar days where misuse is imminent; the notice will '
            'describe the data involved.',
        ),
    ), 'present', 'does-not-apply-colon'),
    ('R3', (
        (
            'This Agreement is made by Fenwick Fiddle Studio, LLC, a Connecticut limited '
            'liability company teaching in Hartford County ("Fenwick").',
        ),
        (
            'Fenwick will use the class roster only to run the workshops and to let '
            'families know about future Fenwick workshops.',
        ),
    ), 'weak', 'fenwick-name-learnt'),
    ('R1', (
        (
            'This Agreement is made by Brightwater Media, LLC, a Delaware limited '
            'liability company authorized to do business in Connecticut ("Brightwater").',
        ),
        (
            'The School owns all Student Data, and Brightwater owns all Student Data '
            'derived from usage of the Service.',
        ),
    ), 'weak', 'vendor-claim-seen'),
    ('R15d', (
        (
            'This Agreement is between Marco Ferrante, acting through his principal '
            'studio, and the CAPITOL REGION EDUCATION COUNCIL, a regional educational '
            'service center (the "Presenter").',
        ),
        (
            'The Presenter will not sell, rent or trade Student Data.',
        ),
    ), 'missing', 'capitals-council-is-school'),
    ('R13', (
        (
            'We will never sell, rent or use student names or family contact details for '
            'mailing lists, fundraising or advertising.',
        ),
    ), 'weak', 'student-names-mailing-lists'),
    ('R13', (
        (
            'We may use their names or email addresses to target ads to families who opt '
            'in.',
        ),
    ), 'missing', 'may-use-names-for-ads'),
    ('R13', (
        (
            "We will not use teachers' personal details, including their names or email "
            'addresses, for advertising.',
        ),
    ), 'missing', 'teachers-details'),
    ('R6c', (
        (
            'If Vendor discovers a breach of Student Data, Vendor will give notice as '
            'follows:',
            'Breach of student information — Notice to: Affected students or their '
            'parents or guardians — Deadline: five (5) days after discovery.',
        ),
    ), 'present', 'notice-to-row'),
    ('R6c', (
        (
            'If Vendor discovers a breach of Student Data, Vendor will give notice as '
            'follows:',
            'Breach of student information — Notice to: Affected students or their '
            'parents or guardians — Sent by: the School — Deadline: five (5) days after '
            'discovery.',
        ),
    ), 'missing', 'notice-to-sent-by-school'),
    ('R6c', (
        (
            'If Vendor discovers a breach of Student Data, Vendor will give notice as '
            'follows:',
            'Breach of student information — Notice to: Affected students or their '
            'parents or guardians — By whom: the District — Deadline: five (5) days after'
            ' discovery.',
        ),
    ), 'missing', 'notice-to-by-whom-district'),
    ('R6c', (
        (
            'If Vendor discovers a breach of Student Data, Vendor will give notice as '
            'follows:',
            'Breach of student information — Notice to: Affected students or their '
            'parents or guardians — Deadline: fifteen (15) days after discovery.',
        ),
    ), 'weak', 'notice-to-fifteen-days'),
    ('R6b', (
        (
            'Vendor shall notify the School of any breach of Student Data within seven '
            '(7) days after we complete our initial investigation.',
        ),
    ), 'weak', 'after-we-complete'),
    ('R6b', (
        (
            'Vendor shall notify the School of any breach of Student Data within ten (10)'
            ' days once we verify that the breach occurred.',
        ),
    ), 'weak', 'once-we-verify'),
    ('R6b', (
        (
            'Vendor shall notify the School of any breach of Student Data within ten (10)'
            ' days of discovery.',
        ),
    ), 'present', 'ten-days-of-discovery'),
    ('R6a', (
        (
            'Vendor shall notify the School of any breach of student information within '
            'five (5) calendar days of discovery, and within two (2) calendar days where '
            'misuse is imminent.',
        ),
    ), 'present', '6a-both-periods'),
    ('R6b', (
        (
            'Vendor shall notify the School of any breach of Student Data within ten (10)'
            ' days of discovery, including enough detail for the School to determine '
            'which students were affected.',
        ),
    ), 'present', 'for-the-school-to-determine'),
    ('R6a', (
        (
            'Vendor shall notify the School of any breach of student information within '
            'twenty-four (24) hours of discovery.',
        ),
    ), 'present', 'twenty-four-hours-one-day'),
    ('R6a', (
        (
            'If I discover a breach of student information, I will tell your booking '
            "contact by phone and the affected students' parents by email within two (2) "
            'calendar days of discovery.',
        ),
    ), 'present', 'booking-contact-and-parents', 'consultant'),
    ('R6a', (
        (
            'If I discover a breach involving student information, I will tell your '
            'booking contact by phone within two (2) calendar days of discovery.',
        ),
    ), 'present', 'booking-contact-alone', 'consultant'),
    ('R11', (
        (
            'Student-generated content is owned and controlled by the School.',
        ),
    ), 'missing', 'owned-and-controlled-by-school'),
    ('R11', (
        (
            'Student-generated content is owned and controlled by the School, and '
            'students may hold rights in what they create.',
        ),
    ), 'weak', 'school-owns-students-keep-rights'),
    ('R3', (
        (
            'The Artist will use the class roster only to take attendance and to let '
            'families know about future workshops.',
        ),
    ), 'weak', 'future-workshops', 'consultant'),
    ('R3', (
        (
            'The Artist will use the class roster only to take attendance and to let '
            'families know about new workshops the Artist offers elsewhere.',
        ),
    ), 'weak', 'new-workshops-elsewhere', 'consultant'),
    ('R3', (
        (
            'The Artist will use the class roster only to take attendance and to let the '
            'classroom teacher know about upcoming sessions.',
        ),
    ), 'present', 'upcoming-sessions', 'consultant'),
    ('U2', (
        (
            'Vendor may use de-identified Student Data for the development of new '
            'educational and non-educational products.',
        ),
    ), 'weak', 'new-non-educational-products'),
    ('U2', (
        (
            'Vendor may use de-identified data to improve its educational products and '
            'will never use it to build non-educational products.',
        ),
    ), 'present', 'never-non-educational'),
    ('U2', (
        (
            'Vendor may use de-identified data to improve the Service; it is never shared'
            ' with non-educational companies.',
        ),
    ), 'present', 'never-shared-non-educational'),
    ('R7', (
        (
            'Upon termination of this Agreement, Vendor shall delete all Student Data '
            'within sixty (60) days.',
        ),
        (
            'Notwithstanding Article IV, Section 6, Student Data shall not be retained by'
            ' or available to Vendor upon completion of the contracted services.',
        ),
    ), 'present', 'notwithstanding-regulation-words'),
    ('R7', (
        (
            'Upon termination of this Agreement, Vendor shall delete all Student Data.',
        ),
        (
            'Notwithstanding any request by the School to keep its data, Vendor will '
            'delete all Student Data within thirty (30) days after termination.',
        ),
    ), 'weak', 'notwithstanding-thirty-days'),
    ('R7', (
        (
            'Upon termination of this Agreement, Vendor shall delete all Student Data.',
        ),
        (
            'Notwithstanding the foregoing, Vendor will retain Student Data in its '
            'backups for up to twelve (12) months after termination.',
        ),
    ), 'weak', 'notwithstanding-backups-kept'),
    ('R7', (
        (
            'Upon termination of this Agreement, Vendor shall return all Student Data to '
            'the School.',
            'Vendor will then delete all other Student Data, including copies in backups '
            'and subcontractor systems.',
        ),
    ), 'present', 'copies-in-backups-second-sentence'),
    ('R7', (
        (
            'Upon termination of this Agreement, Vendor shall delete all Student Data.',
            'Vendor will purge the data and backups will be retained for up to one year.',
        ),
    ), 'weak', 'backups-retained-one-year'),
    ('R7', (
        (
            'Upon termination of this Agreement, Vendor shall delete all Student Data.',
            'Vendor will delete all other Student Data, including copies in its backups, '
            'which are retained for ninety (90) days.',
        ),
    ), 'weak', 'backups-retained-ninety-days'),
    ('R7', (
        (
            'Upon termination of this Agreement, Vendor shall delete all Student Data.',
            'Vendor will erase Student Data from production within thirty (30) days of '
            'termination, and the backups are overwritten on a twelve (12) month cycle.',
        ),
    ), 'weak', 'backups-twelve-month-cycle'),
    ('R4', (
        (
            "Parents may review their child's information and ask for corrections; each "
            'School sets its own procedure for handling these requests, and Vendor will '
            "respond to the School's requests.",
        ),
    ), 'weak', 'each-school-sets-procedure'),
    ('R4', (
        (
            "Parents may review and correct their child's information by writing to "
            'Vendor, and Vendor will make the correction promptly.',
        ),
    ), 'present', 'vendor-route'),
    ('R4', (
        (
            "Parents may review and correct their child's records by writing to Vendor, "
            'and Vendor will make any correction within ten (10) days; disputes are '
            "governed by the School's own policies.",
        ),
    ), 'present', 'disputes-governed-by'),
    ('R4', (
        (
            'Requests from parents to review or amend records will be handled by the '
            'District under its own FERPA procedures.',
            'We will respond to the District within a reasonable time, either by '
            'exporting the relevant records or by making the change it asks for.',
        ),
    ), 'weak', 'respond-by-exporting'),
    ('R4', (
        (
            'Requests from parents to review or amend records will be handled by the '
            'District under its own FERPA procedures.',
            'We will refer any parent who contacts us to the District.',
        ),
    ), 'missing', 'refers-away'),
    ('R1', (
        (
            'Any other information about CREC students that I receive belongs to CREC.',
        ),
    ), 'present', 'information-about-crec-students', 'consultant'),
    ('R1', (
        (
            'Information about CREC students remains the property of CREC.',
        ),
    ), 'present', 'crec-students-property', 'consultant'),
    ('R12', (
        (
            'Vendor is certified under the UK Cyber Essentials scheme and encrypts '
            'Student Data at rest and in transit.',
        ),
    ), 'weak', 'cyber-essentials-certified'),
    ('R12', (
        (
            'Vendor encrypts Student Data at rest and in transit and holds Cyber '
            'Essentials Plus certification.',
        ),
    ), 'weak', 'cyber-essentials-plus'),
    ('R12', (
        (
            'Vendor encrypts Student Data at rest and in transit, limits access to '
            'authorised staff, and keeps audit logs.',
        ),
    ), 'missing', 'no-standard-named'),
    ('R14', (
        (
            'The Artist may bring a luthier, an accompanist or a sound engineer, and each'
            ' will be bound by the same terms as the Artist.',
            "The Artist will not bring anyone else without the School's prior written "
            'consent.',
        ),
    ), 'present', 'luthier-list', 'consultant'),
    ('R14', (
        (
            'Consultant will use the classroom teacher, the reading specialist and the '
            'teaching assistant to administer the screeners, and will inform them of any '
            'change to the testing window.',
        ),
    ), 'missing', 'classroom-teacher-guard', 'consultant'),
    ('R14', (
        (
            'Vendor shall not enter into a sub-contract without the express written '
            'consent of the LEA.',
            'Every subcontractor shall be bound in writing by the same terms as this '
            'Agreement.',
        ),
        (
            "Vendor shall not disclose Student Data to any third party without the LEA's "
            'written consent, except to authorized Subprocessors.',
        ),
    ), 'present', 'disclosure-limit-not-exemption'),
    ('R14', (
        (
            'Vendor shall not enter into a sub-contract without the express written '
            'consent of the LEA.',
            'Every subcontractor shall be bound in writing by the same terms as this '
            'Agreement.',
        ),
        (
            "Vendor will not engage any new subprocessor without the LEA's prior written "
            'consent, except for the hosting providers listed in Exhibit B.',
        ),
    ), 'weak', 'engage-except-hosting'),
    ('R14', (
        (
            "We will not add a new service provider without the School's prior written "
            'consent.',
            'Each service provider must agree in writing to protect student data at least'
            ' as well as this page does.',
        ),
    ), 'present', 'as-well-as-this-page'),
    ('R14', (
        (
            "We will not add a new service provider without the School's prior written "
            'consent.',
            'Each service provider will be told about, and asked to follow, Section 4.',
        ),
    ), 'weak', 'asked-to-follow-section-4'),
    ('R14', (
        (
            "We will not add a new service provider without the School's prior written "
            'consent.',
            'Each service provider must be bound by terms at least as protective as these'
            ' terms.',
        ),
    ), 'present', 'at-least-as-protective'),
]  # fmt: skip

test_the_reviews_findings_are_read_right = probe.reads_as_labelled(REVIEW)
test_the_reviews_controls_keep_their_reading = probe.reads_as_labelled(REVIEW_CONTROLS)


# A class across the development batches, found by tallying the gaps found where the label is
# present (R11's "nothing on who owns student-generated content", 26 of them): what a student
# makes by a verb the rules did not list ("a student knots", "a student saves"), owned by that
# student; "(or, for a student, the student and a parent …) keep all ownership rights"; what
# students send "remains theirs". +6 development labels, none the wrong way. The cases fail on
# 12fa49f; the controls read the same on both.
MADE_BY_A_STUDENT = [
    ('R11', (
        (
            PREAMBLE,
        ),
        (
            'Every bracelet a student braids belongs to that student and their family.',
        ),
    ), 'present', 'what-a-student-braids-belongs-to-that-student'),
    ('R11', (
        (
            PREAMBLE,
        ),
        (
            'Every mosaic a student tiles belongs to the student.',
        ),
    ), 'present', 'what-a-student-tiles-belongs-to-the-student'),
    ('R11', (
        (
            PREAMBLE,
        ),
        (
            'You (or, for a student, the student and a parent or guardian) keep all '
            'ownership rights in the maps and notes you create in the App.',
        ),
    ), 'present', 'you-or-for-a-student-the-student-keeps-ownership'),
    ('R11', (
        (
            PREAMBLE,
        ),
        (
            'Postcards and poems your students send us remain theirs.',
        ),
    ), 'present', 'what-students-send-remains-theirs'),
]  # fmt: skip

NOT_MADE_OR_NOT_THEIRS = [
    ('R11', (
        (
            PREAMBLE,
        ),
        (
            'Any information a student is asked to give belongs to the student.',
        ),
    ), 'missing', 'what-a-student-is-asked-to-give'),
    ('R11', (
        (
            PREAMBLE,
        ),
        (
            'Every bracelet a student braids belongs to the School.',
        ),
    ), 'missing', 'what-a-student-braids-belongs-to-the-school'),
]  # fmt: skip

# A term of its own that gives the vendor the rest of what students make, after or before the
# students' own (read wrong at 12fa49f when "makes" named their work), and a term that leaves
# their work out of the vendor's (read the same on both).
THE_REST_CLAIMED = [
    ('R11', (
        (
            PREAMBLE,
        ),
        (
            'Each puppet a student makes belongs to that student.',
        ),
        (
            'All scripts and recordings students create during the residency belong to '
            'Maplewood.',
        ),
    ), 'weak', 'theirs-beside-a-claim-to-the-rest'),
    ('R11', (
        (
            PREAMBLE,
        ),
        (
            'Each Student Creation belongs to the student who made it.',
        ),
        (
            'Except for Student Data and Student Creations, the Service and everything in it '
            'are owned by Maplewood.',
        ),
    ), 'present', 'their-work-left-out-of-the-vendors'),
]  # fmt: skip

test_what_a_student_makes_is_theirs = probe.reads_as_labelled(MADE_BY_A_STUDENT)
test_a_claim_to_the_rest_is_read_beside_theirs = probe.reads_as_labelled(THE_REST_CLAIMED)
test_what_is_not_made_or_not_theirs_is_not = probe.reads_as_labelled(NOT_MADE_OR_NOT_THEIRS)


# A review of the session's code (a helper on a copy of 9be7739, told not to open the corpus):
# 25 points, five of them patterns whose time grew with the square of a sentence's length on
# adversarial input (up to 2.4 s on 20,000 characters; now bounded, possessive or found once a
# sentence), the rest misreadings and clarity. Its 31 probes, each read right now: 22 fail on
# 9be7739, 9 read right before and after (kept as controls); one more it found (a proviso
# after an unmarked list that lets the vendor target ads) is left weak, where it asks missing.
REVIEWED_PREAMBLE = 'Maplewood Learning, Inc. ("Maplewood") provides the Service to the School.'
CODE_REVIEW = [
    ('R6a', (
        (
            REVIEWED_PREAMBLE,
        ),
        (
            'We will not: sell Student Data; rent Student Data; or share Student Data '
            'with advertisers, and we will notify the School of any breach of student '
            'information within twenty-four (24) hours of discovery.',
        ),
    ), 'present', 'notice-after-the-list-and-we-will-notify'),
    ('R7', (
        (
            REVIEWED_PREAMBLE,
        ),
        (
            'Vendor will not: sell Student Data; rent Student Data; or trade Student '
            'Data, and Vendor will delete all Student Data upon termination of the '
            'Agreement.',
        ),
    ), 'present', 'deletion-after-the-list-and-vendor-will-delete'),
    ('R13', (
        (
            REVIEWED_PREAMBLE,
        ),
        (
            'Vendor will not: sell Student Data; rent Student Data; or we may use Student'
            ' Data for targeted advertising on partner sites.',
        ),
    ), 'missing', 'a-permission-after-the-list-or-we-may-use-for-targeted-adver'),
    ('R13', (
        (
            'This Agreement is between the CAPITOL REGION EDUCATION COUNCIL, 111 Charter '
            'Oak Avenue, Hartford, Connecticut 06106, and Fenwick Fiddle Studio, LLC '
            '("Fenwick").',
        ),
        (
            'Fenwick will never use Student Data for targeted advertising.',
        ),
    ), 'present', 'school-first-in-capitals-vendor-written-fenwick-fiddle-studi', 'consultant'),
    ('R13', (
        (
            'This Agreement is between the CAPITOL REGION EDUCATION COUNCIL, 111 Charter '
            'Oak Avenue, Hartford, Connecticut 06106, and Fenwick Fiddle Studio LLC '
            '("Fenwick").',
        ),
        (
            'Fenwick will never use Student Data for targeted advertising.',
        ),
    ), 'present', 'control-same-without-the-comma-before-llc', 'consultant'),
    ('R1', (
        (
            'This Agreement is made by Brightwater Media, LLC, a Delaware limited '
            'liability company authorized to do business in Connecticut and the '
            'Commonwealth of Massachusetts ("Brightwater").',
        ),
        (
            'Student Data is not the property of Brightwater and is not under the control'
            ' of Brightwater.',
        ),
    ), 'present', 'a-place-joined-with-and-the-commonwealth-of'),
    ('R13', (
        (
            'This Agreement is between SCHOOL DISTRICT SOLUTIONS, INC. ("SDS") and the '
            'Hartford Board of Education (the "Board").',
        ),
        (
            'SDS will never use Student Data for targeted advertising.',
        ),
    ), 'present', 'vendor-school-district-solutions-inc-read-as-the-school'),
    ('R7', (
        (
            REVIEWED_PREAMBLE,
        ),
        (
            '6.2 Vendor will delete all Student Data within sixty (60) days after '
            'termination of the Agreement.',
        ),
        (
            '9.1 Notwithstanding Section 8, Vendor shall not retain any Student Data in '
            'its marketing systems after termination of the Agreement.',
        ),
    ), 'weak', 'narrow-notwithstanding-shall-not-retain-in-its-marketing-sys'),
    ('R7', (
        (
            REVIEWED_PREAMBLE,
        ),
        (
            'Upon termination of this Agreement, Vendor shall delete all Student Data.',
        ),
        (
            'Vendor will delete live copies but keep an archive for seven (7) years, '
            'including backups.',
        ),
    ), 'weak', 'delete-live-copies-but-keep-an-archive-for-seven-7-years-inc'),
    ('R6a', (
        (
            REVIEWED_PREAMBLE,
        ),
        (
            'Vendor will notify the School of any breach of student information within '
            'twenty-four (24) hours of discovery and will send the School updates until '
            'we complete our investigation.',
        ),
    ), 'present', 'and-will-send-the-school-updates-until-we-complete-our-inves'),
    ('R6a', (
        (
            REVIEWED_PREAMBLE,
        ),
        (
            'Vendor will notify the School of any breach of student information within '
            'twenty-four (24) hours of discovery and will send a full report once we '
            'complete our investigation.',
        ),
    ), 'present', 'and-will-send-a-full-report-once-we-complete-our-investigati'),
    ('R6a', (
        (
            REVIEWED_PREAMBLE,
        ),
        (
            'Vendor will notify the School of any breach of student information within '
            'twenty-four (24) hours of discovery and will send a full report once it has '
            'completed its investigation.',
        ),
    ), 'present', 'control-once-it-has-completed-its-investigation-the-old-comm'),
    ('R14', (
        (
            REVIEWED_PREAMBLE,
        ),
        (
            'Vendor shall not enter into any sub-contract without the express written '
            'consent of the LEA, and every sub-contract shall include provisions no less '
            'protective than these terms.',
        ),
        (
            "Vendor may transfer Student Data to subcontractors only with the LEA's prior"
            ' written consent, other than its cloud hosting providers.',
        ),
    ), 'weak', 'transfer-to-subcontractors-other-than-hosting-providers-besi'),
    ('R14', (
        (
            REVIEWED_PREAMBLE,
        ),
        (
            'Vendor shall not enter into any sub-contract without the express written '
            'consent of the LEA, and every sub-contract shall include provisions no less '
            'protective than these terms.',
        ),
        (
            "Vendor may transfer Student Data to subprocessors only with the LEA's prior "
            'written consent, other than its cloud hosting providers.',
        ),
    ), 'weak', 'transfer-to-subprocessors-other-than-hosting-providers-besid'),
    ('R14', (
        (
            REVIEWED_PREAMBLE,
        ),
        (
            'Vendor shall not enter into any sub-contract without the express written '
            'consent of the LEA, and every sub-contract shall include provisions no less '
            'protective than these terms.',
        ),
        (
            "Vendor may transfer Student Data to service providers only with the LEA's "
            'prior written consent, other than its cloud hosting providers.',
        ),
    ), 'weak', 'transfer-to-service-providers-other-than-hosting-providers-b'),
    ('R12', (
        (
            REVIEWED_PREAMBLE,
        ),
        (
            'Vendor encrypts Student Data and its safeguards comply with NIST SP 800-53, '
            'although Vendor does not hold ISO 27001 certification.',
        ),
    ), 'weak', 'nist-kept-to-iso-27001-not-held-in-one-sentence'),
    ('R12', (
        (
            REVIEWED_PREAMBLE,
        ),
        (
            'Vendor encrypts Student Data and its safeguards comply with NIST SP 800-53.',
        ),
    ), 'weak', 'control-nist-alone'),
    ('R4', (
        (
            REVIEWED_PREAMBLE,
        ),
        (
            "Parents may review and correct their child's information by writing to "
            'Vendor, and Vendor will make any correction; each School sets its own '
            'procedure for these requests, and Vendor will follow that procedure.',
        ),
    ), 'weak', 'any-correction-each-school-sets-its-own-procedure-one-senten'),
    ('R4', (
        (
            REVIEWED_PREAMBLE,
        ),
        (
            "Parents may review and correct their child's information by writing to "
            'Vendor, and Vendor will make any correction.',
            'Each School sets its own procedure for these requests, and Vendor will '
            'follow that procedure.',
        ),
    ), 'weak', 'any-correction-each-school-sets-its-own-procedure-two-senten'),
    ('R11', (
        (
            REVIEWED_PREAMBLE,
        ),
        (
            'In these Terms, "you" means anyone using the App, including a student who '
            'joins through a class.',
        ),
        (
            'You own what you create in the App.',
        ),
    ), 'present', 'you-includes-students-you-own-what-you-create-in-the-app'),
    ('R11', (
        (
            REVIEWED_PREAMBLE,
        ),
        (
            'In these Terms, "you" means anyone using the App, including a student who '
            'joins through a class.',
        ),
        (
            'You own what you create in the App.',
        ),
        (
            'Course materials that teachers share with students belong to the School.',
        ),
    ), 'present', 'plus-course-materials-that-teachers-share-with-students-belo'),
    ('R2', (
        (
            'In these Terms, "you" means anyone using the App, including a student who '
            'joins through a class.',
        ),
        (
            'You own Your Content, including any Student Data you upload, and you may ask'
            ' us to delete it at any time.',
        ),
    ), 'weak', 'r2-read-from-a-sentence-rewritten-for-r11'),
    ('R14', (
        (
            'These Terms apply to every workshop that Jane Rivera Music LLC ("the '
            'Artist") delivers for a school, district or other education provider ("the '
            'Host").',
        ),
        (
            'If the Artist is unwell, the Artist may send a deputy from a roster of '
            "professional players, with the Host's prior written consent.",
            'The deputy follows this agreement.',
        ),
    ), 'present', 'may-send-a-deputy-then-the-deputy-follows-this-agreement', 'consultant'),
    ('R14', (
        (
            'These Terms apply to every workshop that Jane Rivera Music LLC ("the '
            'Artist") delivers for a school, district or other education provider ("the '
            'Host").',
        ),
        (
            'If the Artist is unwell, the Artist may send an assistant from a roster of '
            "professional players, with the Host's prior written consent.",
            'The assistant follows this agreement.',
        ),
    ), 'present', 'control-an-assistant-the-assistant-follows-this-agreement', 'consultant'),
    ('R14', (
        (
            'These Terms apply to every workshop that Jane Rivera Music LLC ("the '
            'Artist") delivers for a school, district or other education provider ("the '
            'Host").',
        ),
        (
            'If the Artist is unwell, the Artist may send one of my deputies from a '
            'roster of professional players.',
            'Any deputy follows these terms.',
        ),
    ), 'weak', 'may-send-one-of-my-deputies-the-lookahead-s-own-example', 'consultant'),
    ('R4', (
        (
            'Requests from parents to review or amend records will be handled by the '
            'District under its own FERPA procedures.',
            'We will respond to the District only to say that we hold no copy of those '
            'records.',
        ),
    ), 'missing', 'we-will-respond-to-the-district-only-to-say-that-we-hold-no'),
    ('R4', (
        (
            'Requests from parents to review or amend records will be handled by the '
            'District under its own FERPA procedures.',
            'We will respond to the District only to say that we cannot export those '
            'records.',
        ),
    ), 'missing', 'we-will-respond-to-the-district-only-to-say-that-we-cannot-e'),
    ('R4', (
        (
            'Requests from parents to review or amend records will be handled by the '
            'District under its own FERPA procedures.',
            'We will respond to the District only to say that we do not keep copies of '
            'the records.',
        ),
    ), 'missing', 'we-will-respond-to-the-district-only-to-say-that-we-do-not-k'),
    ('R13', (
        (
            REVIEWED_PREAMBLE,
        ),
        (
            'Students may invite their families to view their work, and we will not use '
            'their names or email addresses to advertise to those families.',
        ),
    ), 'missing', 'students-may-invite-their-families-and-we-will-not-use-their'),
    ('R7', (
        (
            REVIEWED_PREAMBLE,
        ),
        (
            'Upon termination of this Agreement, Vendor shall delete all Student Data, '
            'including copies in all backups.',
        ),
    ), 'present', 'including-copies-in-all-backups-in-the-promise-itself'),
    ('R7', (
        (
            REVIEWED_PREAMBLE,
        ),
        (
            'Upon termination of this Agreement, Vendor shall delete all Student Data.',
            'Vendor will then delete all other Student Data, including copies in all '
            'backups.',
        ),
    ), 'present', 'including-copies-in-all-backups-in-the-next-sentence-of-the'),
]  # fmt: skip

test_the_code_reviews_findings_are_read_right = probe.reads_as_labelled(CODE_REVIEW)


# A second class across the development batches, from R4's gaps where the label is weak (83):
# the families sent to the school, and the vendor's part a copy or an export sent to the school
# or the teacher in a stated time ("Parents can ask the school to see what student information
# we hold. … we will send the school a copy", "… ask their child's teacher for a copy …",
# "we'll send the copy to the child's teacher within 30 days"). +10 development labels, none
# the wrong way. The cases fail on 5e3511d; the controls read the same on both.
A_COPY_THROUGH_THE_SCHOOL = [
    ('R4', (
        (
            PREAMBLE,
        ),
        (
            'Families can ask the school to see what student records we keep.',
            "Within five (5) days of the school's request we will send the school a copy.",
        ),
    ), 'weak', 'the-school-asks-to-see-what-records-we-keep'),
    ('R4', (
        (
            PREAMBLE,
        ),
        (
            "Parents and guardians can ask their child's teacher for a copy of the "
            "child's sketchbook pages and photos.",
            'When a School passes such a request to us, we will provide an export within '
            'twenty (20) days.',
        ),
    ), 'weak', 'a-copy-asked-of-the-teacher'),
    ('R4', (
        (
            PREAMBLE,
        ),
        (
            "A parent who wants a copy of their child's drawings can write to us; we'll "
            "send the copy to the child's teacher within 14 days.",
        ),
    ), 'weak', 'well-send-the-copy-to-the-teacher'),
]  # fmt: skip

NO_COPY_FOR_THE_FAMILIES = [
    ('R4', (
        (
            PREAMBLE,
        ),
        (
            'We will send the school a copy of our invoice within ten (10) days.',
        ),
    ), 'missing', 'an-invoice-sent-to-the-school'),
    ('R4', (
        (
            PREAMBLE,
        ),
        (
            "Parents may review their child's records and correct any error by writing to"
            ' Maplewood, and Maplewood will make the correction within ten (10) days.',
        ),
    ), 'present', 'the-vendors-own-procedure'),
]  # fmt: skip

test_a_copy_through_the_school_is_weak = probe.reads_as_labelled(A_COPY_THROUGH_THE_SCHOOL)
test_the_rest_keeps_its_reading = probe.reads_as_labelled(NO_COPY_FOR_THE_FAMILIES)
