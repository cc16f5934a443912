"""Classes of misreading found in batch 63 (tests/corpus/heldout-63/), held out until
2026-12-05 and development since, each read right.

Each case is a sentence of the class, written for the test in words of its own, not a
corpus document's. Each group of sentences is a paragraph of its own. Every case fails on
the rules of ce3e4d6, before this round; every control reads the same on both.
"""

from __future__ import annotations

import audit_probes as probe

PREAMBLE = 'Maplewood Learning, Inc. ("Maplewood") provides the Service to the School.'
ARTIST = (
    'These Terms apply to every workshop that Jane Rivera Music LLC (the "Artist") delivers '
    'for a school, district or other education provider (the "Host").'
)
CREDENTIALS_ONLY = (
    "If an incident involves a student's password or login details, we will also email the "
    "affected parents within five (5) days of discovery."
)
ONLY_WHERE_ADDRESSED = (
    "If we hold a parent's email address for an affected student, we will also email that "
    "parent within five (5) days of discovery."
)
A_COPY_FOR_OTHER_SCHOOLS = (
    "The Artist may keep a copy of a student's song and use it, without the student's "
    "name, in workshops for other schools if the classroom teacher agrees in writing."
)
DELETION_LEAD_IN = (
    "3.1 The School may ask for the deletion of Student Data by written notice to "
    "Maplewood's privacy contact:"
)

CASES = [
    ('R6d', (
        (PREAMBLE,),
        (CREDENTIALS_ONLY,),
    ), 'missing', 'a-families-notice-for-credentials-alone'),
    ('R6c', (
        (PREAMBLE,),
        (CREDENTIALS_ONLY,),
    ), 'weak', 'a-families-notice-for-a-students-password'),
    ('R6c', (
        (PREAMBLE,),
        (ONLY_WHERE_ADDRESSED,),
    ), 'weak', 'a-families-notice-where-an-address-is-held'),
    ('R6d', (
        (PREAMBLE,),
        (ONLY_WHERE_ADDRESSED,),
    ), 'weak', 'a-families-notice-where-an-address-is-held-6d'),
    ('R6c', (
        (PREAMBLE,),
        (
            'We will also email affected parents within five days of discovery where we '
            'have their email addresses.',
        ),
    ), 'weak', 'where-we-have-their-addresses-at-the-end'),
    ('R1', (
        (PREAMBLE,),
        (
            'Background.',
            'Schools own their student records, and we want that to stay so.',
            'This Background is for information only and does not form part of these Terms.',
        ),
    ), 'missing', 'a-background-that-is-no-part-of-the-terms'),
    ('R1', (
        (PREAMBLE,),
        (
            'The short version: the School owns its student data.',
            'This summary is not part of the Terms.',
        ),
    ), 'missing', 'a-summary-that-is-no-part-of-the-terms'),
    ('R7', (
        (ARTIST,),
        ('4.7 No Student Data will be kept by the Artist after the final session.',),
        (A_COPY_FOR_OTHER_SCHOOLS,),
    ), 'weak', 'a-copy-kept-for-other-schools', 'consultant'),
    ('R11', (
        (ARTIST,),
        ('4.9 Songs that students write in a workshop are the property of the student.',),
        (A_COPY_FOR_OTHER_SCHOOLS,),
    ), 'present', 'a-use-each-time-agreed-is-no-licence', 'consultant'),
    ('R2', (
        (PREAMBLE,),
        (DELETION_LEAD_IN,),
        (
            f'{DELETION_LEAD_IN} Name and title: [INSERT NAME AND TITLE] Email: [INSERT '
            'EMAIL]',
        ),
        (
            '3.2 Maplewood shall delete the Student Data named in the notice within ten (10) '
            'days and confirm the deletion in writing.',
        ),
    ), 'weak', 'a-request-list-left-blank'),
    ('R6d', (
        (PREAMBLE,),
        (
            "If an incident involves a student's password, date of birth or contact details, "
            'we will also email the affected parents within five (5) days of discovery.',
        ),
    ), 'weak', 'credentials-among-other-data'),
    ('R15e', (
        (PREAMBLE,),
        (
            '7.2 We disclose Student Data only: (a) to our hosting providers, under written '
            'obligations of confidentiality; (b) to our corporate affiliates for the purposes '
            'in these Terms; (c) where required by law; and (d) in connection with a merger '
            'or sale of our assets; and',
        ),
        # the list's last item, run onto the next page and read with its lead-in
        ("7.2 We disclose Student Data only: with the School's consent.",),
    ), 'weak', 'a-list-of-recipients-with-a-merger-among-them'),
    ('R3', (
        (ARTIST,),
        (
            '5.2 The Artist may use short clips on its website, but only of students whom '
            'the Host has marked as cleared.',
        ),
        ('6.2 The Artist will use student information only to plan the Residency.',),
    ), 'weak', 'an-only-that-says-whose', 'consultant'),
]  # fmt: skip

CONTROLS = [
    ('R6c', (
        (PREAMBLE,),
        (
            'We will also email the affected parents, at the address on file, within five '
            '(5) days of discovery.',
        ),
    ), 'present', 'the-address-a-notice-goes-to'),
    ('R6d', (
        (PREAMBLE,),
        (
            'If the breach involves health records, we will also email the affected parents '
            'within five (5) days of discovery.',
        ),
    ), 'weak', 'a-notice-for-health-records-alone'),
    ('R1', (
        (PREAMBLE,),
        (
            'Student Data belongs to the School and remains under its control.',
            'The headings in these Terms are for convenience only and are not part of these '
            'Terms.',
        ),
    ), 'present', 'headings-that-are-no-part-of-the-terms'),
    ('R7', (
        (ARTIST,),
        ('4.7 No Student Data will be kept by the Artist after the final session.',),
        ('The Host may keep copies of student songs for use with future classes.',),
    ), 'present', 'the-schools-own-copies', 'consultant'),
    ('R11', (
        (ARTIST,),
        ('4.9 Songs that students write in a workshop are the property of the student.',),
        (
            'The Artist may keep a copy of a student song and use it to promote the '
            "Artist's workshops.",
        ),
    ), 'weak', 'a-copy-kept-to-promote', 'consultant'),
    ('R2', (
        (PREAMBLE,),
        (DELETION_LEAD_IN,),
        (f'{DELETION_LEAD_IN} Name and title: Dana Reyes, Privacy Officer Email: '
         'privacy@maplewood.example',),
        (
            '3.2 Maplewood shall delete the Student Data named in the notice within ten (10) '
            'days and confirm the deletion in writing.',
        ),
    ), 'present', 'a-request-list-filled-in'),
    ('R15e', (
        (PREAMBLE,),
        (
            'We will not disclose Student Data in connection with a merger or sale of our '
            'assets unless the successor agrees to be bound by these Terms.',
        ),
    ), 'missing', 'a-merger-term-of-its-own'),
    ('R3', (
        (ARTIST,),
        (
            '6.2 The Artist will use student information only to plan the Residency, and only '
            'of students whom the Host has listed.',
        ),
    ), 'present', 'a-limit-on-purposes-beside-whose'),
]  # fmt: skip

test_each_class_is_read_right = probe.reads_as_labelled(CASES)
test_the_controls_keep_their_reading = probe.reads_as_labelled(CONTROLS)


# A second look at the batch, after its freeze was kept: the same classes read across the
# development batches (each case fails at ce3e4d6; each control reads the same on both).
KINDS_OF_SCHOOL = (
    'These Terms apply to every workshop booked with Lowbrass Studio LLC ("Lowbrass", the '
    '"Artist", "we" or "us") by a school, district or regional education service center (the '
    '"Presenter").'
)

SECOND_LOOK = [
    ('R15a', (
        (PREAMBLE,),
        ('Student Users do not see third-party advertising in Sketchbook Studio.',),
    ), 'weak', 'students-who-see-no-one-elses-ads'),
    ('R13', (
        (PREAMBLE,),
        ('School Edition accounts never see third-party ads.',),
    ), 'weak', 'accounts-that-see-no-one-elses-ads'),
    ('R1', (
        (KINDS_OF_SCHOOL,),
        (
            'Participant information belongs to the Presenter and remains under the '
            "Presenter's control.",
        ),
    ), 'present', 'the-school-defined-by-its-kinds', 'consultant'),
    ('R14', (
        (KINDS_OF_SCHOOL,),
        (
            'We will not subcontract any part of the Workshop that involves participant '
            "information without the Presenter's prior written consent.",
        ),
    ), 'weak', 'consent-asked-by-the-school-defined-by-its-kinds', 'consultant'),
    ('R14', (
        (ARTIST,),
        (
            'Now and then I bring a substitute; anyone we bring will be named to you in '
            'advance, and they will work under the terms of this letter.',
        ),
    ), 'weak', 'helpers-who-work-under-this-letter', 'consultant'),
    ('R14', (
        (PREAMBLE,),
        (
            "The School consents to Maplewood's use of the hosting subcontractors listed at "
            'maplewood.example/subprocessors, as updated by Maplewood from time to time.',
            'Each subcontractor is bound as Section 7 describes.',
        ),
    ), 'weak', 'consent-to-a-list-the-vendor-changes'),
    ('R4', (
        (PREAMBLE,),
        (
            'Parents who want to see or correct their child\'s records should contact the '
            'School, which answers under its own records policies.',
            "On the School's written request, Maplewood will use reasonable efforts to help "
            'the School retrieve or amend the relevant records.',
        ),
    ), 'weak', 'help-to-retrieve-or-amend'),
    ('R4', (
        (PREAMBLE,),
        (
            '8.1 Maplewood shall assist the School, insofar as this is possible, to fulfil the '
            "School's obligation to respond to requests from parents and guardians to access "
            'or rectify Personal Data.',
        ),
    ), 'weak', 'help-with-the-schools-obligation-to-respond'),
    ('R1', (
        (PREAMBLE,),
        ('2.1 Student Data is and will remain the property of and under the control of the '
         'School.',),
        ('The App, its image library and its software are owned by Maplewood.',),
    ), 'present', 'the-vendors-image-library'),
    ('R14', (
        (PREAMBLE,),
        (
            'The School consents in writing to each new subcontractor before Maplewood uses '
            'it, and each subcontractor is bound by the same terms as this Agreement.',
        ),
    ), 'present', 'the-school-consents-in-writing'),
]  # fmt: skip

SECOND_LOOK_CONTROLS = [
    ('R15a', (
        (PREAMBLE,),
        ('Students never see ads in the App.',),
    ), 'present', 'students-who-see-no-ads'),
    ('R1', (
        (PREAMBLE,),
        ('2.1 Student Data is and will remain the property of and under the control of the '
         'School.',),
        ('Photographs of students taken in the App are owned by Maplewood.',),
    ), 'weak', 'photographs-of-students-claimed'),
    ('R14', (
        (PREAMBLE,),
        (
            "Maplewood will not use a subcontractor without the School's prior written "
            'consent, and each subcontractor is bound by the same terms as this Agreement.',
        ),
    ), 'present', 'written-consent-and-the-same-terms'),
    ('R4', (
        (PREAMBLE,),
        (
            "Parents may review their child's records and correct any error by writing to"
            ' Maplewood, and Maplewood will make the correction within ten (10) days.',
        ),
    ), 'present', 'the-vendors-own-procedure-still'),
]  # fmt: skip

test_the_second_look_is_read_right = probe.reads_as_labelled(SECOND_LOOK)
test_the_second_looks_controls_keep_their_reading = probe.reads_as_labelled(SECOND_LOOK_CONTROLS)
