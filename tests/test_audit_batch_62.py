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
