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


# A review of the round's patterns (a helper on a copy of 74330e8, told not to open the corpus;
# 117 probes in words of its own): each case fails at 5ba9ac4, before the mends; each control
# reads the same on both. Left (see docs/audit-record.md): "will never see" after a venue
# promise (15(a)), a teacher's consent to the vendor's reuse of a copy (11, read as the batch's
# readers read it), a list "as amended by the parties in writing" (14).
REVIEW = [
    ('R15a', (
        (
            "Students do not see third-party ads, but we may show students ads for our own "
            "premium courses chosen from their activity in the App.",
        ),
    ), 'missing', 'review-p01a', 'operator'),
    ('R13', (
        (
            "Students do not see third-party ads, but we may show students ads for our own "
            "premium courses chosen from their activity in the App.",
        ),
    ), 'missing', 'review-p01b', 'operator'),
    ('R15a', (
        (
            "Players never see partner ads; all ads shown in the game are Vendor's own and are "
            "chosen from each player's in-game activity.",
        ),
    ), 'missing', 'review-p01c', 'operator'),
    ('R13', (
        (
            "Players never see partner ads; all ads shown in the game are Vendor's own and are "
            "chosen from each player's in-game activity.",
        ),
    ), 'missing', 'review-p01d', 'operator'),
    ('R13', (
        (
            "Teacher and administrator users never see partner ads in the dashboard.",
        ),
    ), 'missing', 'review-p02a', 'operator'),
    ('R15a', (
        (
            "Teacher and administrator users never see partner ads in the dashboard.",
        ),
    ), 'missing', 'review-p02b', 'operator'),
    ('R15a', (
        (
            "District staff accounts do not see third-party advertising.",
        ),
    ), 'missing', 'review-p02c', 'operator'),
    ('R13', (
        (
            "Students are never shown third-party ads.",
        ),
    ), 'weak', 'review-p03b', 'operator'),
    ('R13', (
        (
            "Learners using the classroom app don't see third-party advertisements.",
        ),
    ), 'weak', 'review-p03c', 'operator'),
    ('R6d', (
        (
            "Provider will notify affected students and their parents of any breach of Student "
            "Data within five (5) days of discovery, and if the breach involves passwords, "
            "Provider will also require every affected user to reset the password.",
        ),
    ), 'present', 'review-p04a', 'operator'),
    ('R6d', (
        (
            "Provider shall notify affected students and parents within five (5) days of any "
            "breach of Student Data, and where the breach involves passwords, the notice will "
            "tell them how to reset them.",
        ),
    ), 'present', 'review-p04b', 'operator'),
    ('R6c', (
        (
            "Provider will notify affected students and their parents of any breach of Student "
            "Data within five (5) days of discovery, and if the breach involves passwords, "
            "Provider will also require every affected user to reset the password.",
        ),
    ), 'present', 'review-p04c', 'operator'),
    ('R6d', (
        (
            "If an incident includes passwords, the affected parents will be told within two "
            "(2) days; Provider will notify parents of every other breach within ten (10) days.",
        ),
    ), 'present', 'review-p05a', 'operator'),
    ('R6d', (
        (
            "If a breach involves passwords or other login credentials, Provider will notify "
            "the affected student and parents within two (2) days.",
        ),
    ), 'missing', 'review-p06a', 'operator'),
    ('R6d', (
        (
            "If a breach affects their sign-in details, affected students and parents will be "
            "notified by Provider within three (3) days.",
        ),
    ), 'missing', 'review-p06b', 'operator'),
    ('R6c', (
        (
            "Provider will notify affected parents of any breach of Student Data within five "
            "(5) days of discovery, by email where we have a parent's email address and "
            "otherwise by letter to the home address.",
        ),
    ), 'present', 'review-p07a', 'operator'),
    ('R6d', (
        (
            "Provider will notify affected parents of any breach of Student Data within five "
            "(5) days of discovery, by email where we have a parent's email address and "
            "otherwise by letter to the home address.",
        ),
    ), 'present', 'review-p07b', 'operator'),
    ('R6c', (
        (
            "This Agreement is between Lumen Learning, Inc. (\"Lumen\") and the Capitol Region "
            "Education Council (\"CREC\").",
        ),
        (
            "If Lumen holds an email address for the parent of a student affected, Lumen will "
            "write to that parent by email within five (5) days of discovering any breach of "
            "Student Data.",
        ),
    ), 'weak', 'review-p08a', 'operator'),
    ('R6d', (
        (
            "This Agreement is between Lumen Learning, Inc. (\"Lumen\") and the Capitol Region "
            "Education Council (\"CREC\").",
        ),
        (
            "If Lumen holds an email address for the parent of a student affected, Lumen will "
            "write to that parent by email within five (5) days of discovering any breach of "
            "Student Data.",
        ),
    ), 'weak', 'review-p08b', 'operator'),
    ('R6c', (
        (
            "Where the School has given us a parent's email address, Provider will notify that "
            "parent of any breach of Student Data within five (5) days of discovery.",
        ),
    ), 'weak', 'review-p08c', 'operator'),
    ('R11', (
        (
            "All student songs are the property of the student who wrote them.",
            "Provider may keep a copy of a student's song and use it in workshops for other "
            "schools if the student's parent agrees in writing.",
        ),
    ), 'present', 'review-p10a', 'consultant'),
    ('R11', (
        (
            "All student songs are the property of the student who wrote them.",
            "Provider may keep a copy of each student song and use it to improve its curriculum "
            "and, if the teacher agrees, in showcases for other schools.",
        ),
    ), 'weak', 'review-p11a', 'consultant'),
    ('R7', (
        (
            "Provider will delete all Student Data at the end of the residency.",
        ),
        (
            "We may keep copies of the lesson plans we wrote as examples for future classes.",
        ),
    ), 'present', 'review-p12a', 'consultant'),
    ('R7', (
        (
            "Provider will delete all Student Data at the end of the residency.",
        ),
        (
            "We may keep copies of our handouts and rubrics for use with other schools.",
        ),
    ), 'present', 'review-p12b', 'consultant'),
    ('R7', (
        (
            "The Artist will delete all Student Data at the end of the residency.",
        ),
        (
            "The Artist may keep copies of the School's bell schedule and room plans for future "
            "residencies.",
        ),
    ), 'present', 'review-p12c', 'consultant'),
    ('R7', (
        (
            "Provider will delete all Student Data at the end of the residency.",
        ),
        (
            "We will keep copies of two student weavings as models for future classes.",
        ),
    ), 'weak', 'review-p13a', 'consultant'),
    ('R7', (
        (
            "Provider will delete all Student Data at the end of the residency.",
        ),
        (
            "Where a parent chooses, the Artist may keep a copy of the child's piece as an "
            "example for future workshops.",
        ),
    ), 'weak', 'review-p14a', 'consultant'),
    ('R2', (
        (
            "The District may ask for deletion of Student Data at any time by emailing "
            "privacy@quillwork.com with a request that gives:",
        ),
        (
            "The District may ask for deletion of Student Data at any time by emailing "
            "privacy@quillwork.com with a request that gives: the name of the District: "
            "[DISTRICT NAME]",
        ),
        (
            "The District may ask for deletion of Student Data at any time by emailing "
            "privacy@quillwork.com with a request that gives: the students concerned: [STUDENT "
            "NAMES]",
        ),
        (
            "Provider will delete the data within ten (10) days of the request.",
        ),
    ), 'present', 'review-p15a', 'operator'),
    ('R1', (
        (
            "Student Data is and remains the property of the School.",
            "Provider owns the images in its stock library, including clip art and icons.",
        ),
    ), 'present', 'review-p16a', 'operator'),
    ('R1', (
        (
            "Student Data is and remains the property of the School.",
            "Provider owns the photo collections created at each school's picture day.",
        ),
    ), 'weak', 'review-p17a', 'operator'),
    ('R1', (
        (
            "Student Data is and remains the property of the School.",
            "The Company retains all rights in the class photo collections and yearbook image "
            "assets it produces.",
        ),
    ), 'weak', 'review-p17b', 'operator'),
    ('R1', (
        (
            "Student Data is and remains the property of the School.",
            "Provider owns all non-stock photos taken at the school.",
        ),
    ), 'weak', 'review-p18a', 'operator'),
    ('R15e', (
        (
            "We disclose Student Data only (a) to our service providers who are contractually "
            "bound to use it only to provide the Service, not to disclose it further, and to "
            "protect it as this Agreement requires; (b) as required by law or court order; (c) "
            "to protect the safety of users; (d) in connection with a merger or acquisition, to "
            "a successor bound by this Agreement.",
        ),
    ), 'present', 'review-p19a', 'operator'),
    ('R15e', (
        (
            "We disclose Student Data only: a. to our service providers who are contractually "
            "bound to use it only to provide the Service, not to disclose it further, and to "
            "protect it as this Agreement requires; b. as required by law or court order; c. to "
            "protect the safety of users; d. in connection with a merger or acquisition, to a "
            "successor bound by this Agreement.",
        ),
    ), 'present', 'review-p19b', 'operator'),
    ('R14', (
        (
            "The Consultant may engage a subcontractor only with the District's prior written "
            "consent, and the Consultant will perform under the terms of this Agreement.",
        ),
    ), 'weak', 'review-p20a', 'consultant'),
    ('R14', (
        (
            "The Contractor shall perform under the terms of this Agreement and shall not "
            "subcontract any part of the services without the District's written consent.",
        ),
    ), 'weak', 'review-p20b', 'consultant'),
    ('R14', (
        (
            "Provider will not use a subcontractor without the District's prior written consent.",
            "Each subcontractor will act under the terms of this Agreement that relate to "
            "confidentiality.",
        ),
    ), 'weak', 'review-p21a', 'operator'),
    ('R14', (
        (
            "Operator will ensure each subprocessor consents in writing to the same terms that "
            "bind Operator toward the District.",
        ),
    ), 'weak', 'review-p22a', 'operator'),
    ('R14', (
        (
            "CREC consents to the subcontractors listed in Exhibit B, as updated from time to "
            "time with CREC's prior written approval.",
            "Each subcontractor is bound by the same terms as Operator.",
        ),
    ), 'present', 'review-p23a', 'operator'),
    ('R4', (
        (
            "Parents may review and correct their child's data by emailing privacy@vendor.com, "
            "and Vendor will correct any error within ten (10) days; Vendor will also assist "
            "the District to meet its obligation to respond to requests from parents.",
        ),
    ), 'present', 'review-p24a', 'operator'),
    ('R4', (
        (
            "Parents who wish to review or correct their child's records should contact the "
            "School.",
            "Vendor will cooperate fully in responding to any security breach.",
        ),
    ), 'missing', 'review-p25a', 'operator'),
    ('R4', (
        (
            "Parents who wish to review or correct their child's records should contact the "
            "School.",
            "Vendor will cooperate with law enforcement in responding to any security breach.",
        ),
    ), 'missing', 'review-p25b', 'operator'),
    ('R11', (
        (
            "The App is used by students enrolled at a school, district or regional education "
            "service center (the \"Learners\").",
        ),
        (
            "Learners own the content they create in the App.",
        ),
    ), 'present', 'review-p26a', 'operator'),
    ('R6c', (
        (
            "The App is used by students enrolled at a school, district or regional education "
            "service center (the \"Learners\").",
        ),
        (
            "Provider will notify affected Learners of any breach of their information within "
            "five (5) days of discovery.",
        ),
    ), 'present', 'review-p26b', 'operator'),
    ('R11', (
        (
            "Loomwise offers residencies to any school, district or regional education service "
            "center (the \"Partner\").",
        ),
        (
            "The Partner owns all work students make in the residency.",
        ),
    ), 'missing', 'review-p29a', 'consultant'),
    ('R11', (
        (
            "Loomwise offers residencies to a school, district or regional education service "
            "center (each, a \"Partner\").",
        ),
        (
            "The Partner owns all work students make in the residency.",
        ),
    ), 'missing', 'review-p29b', 'consultant'),
    ('R15d', (
        (
            "This overview is not part of these Terms, but Vendor agrees to be bound by each "
            "promise in it.",
            "We never sell, rent or trade student data.",
        ),
    ), 'present', 'review-p27a', 'operator'),
    ('R15d', (
        (
            "The Background does not form part of this Agreement.",
            "Vendor shall not sell, rent or trade Student Data.",
        ),
    ), 'present', 'review-p27b', 'operator'),
    ('R15d', (
        (
            "The introduction to this Agreement does not form part of the Agreement's operative "
            "terms, and Vendor shall not sell, rent or trade Student Data.",
        ),
    ), 'present', 'review-p27c', 'operator'),
    ('R15d', (
        (
            "We never sell, rent or trade student data.",
        ),
        (
            "The summary above is a plain-language guide and is not part of these Terms.",
        ),
    ), 'missing', 'review-p28a', 'operator'),
    ('R15d', (
        (
            "Summary: We never sell, rent or trade student data.",
        ),
        (
            "This box only sums up the terms and is not part of the Terms.",
        ),
    ), 'missing', 'review-p28b', 'operator'),
    ('R15d', (
        (
            "This summary is not a substitute for, and does not form part of, the Terms.",
            "We never sell, rent or trade student data.",
        ),
    ), 'missing', 'review-p28c', 'operator'),
]  # fmt: skip

REVIEW_CONTROLS = [
    ('R13', (
        (
            "Pupils don't see outside advertisements in the classroom app.",
        ),
    ), 'weak', 'review-c01', 'operator'),
    ('R15a', (
        (
            "Pupils don't see outside advertisements in the classroom app.",
        ),
    ), 'weak', 'review-c02', 'operator'),
    ('R13', (
        (
            "Your students never see third-party advertising in the App.",
        ),
    ), 'weak', 'review-c03', 'operator'),
    ('R15a', (
        (
            "Teachers who upgrade to Pro never see partner ads.",
        ),
    ), 'missing', 'review-c04', 'operator'),
    ('R15a', (
        (
            "The School shall ensure that students do not see third-party advertising on school "
            "devices.",
        ),
    ), 'missing', 'review-c05', 'operator'),
    ('R13', (
        (
            "School accounts never see third-party ads, and Vendor does not use Student Data "
            "for targeted advertising.",
        ),
    ), 'present', 'review-c06', 'operator'),
    ('R6d', (
        (
            "If a breach involves a student's password or login credentials, Provider will "
            "notify the affected student and the student's parents within three (3) days of "
            "discovery.",
        ),
    ), 'missing', 'review-c07', 'operator'),
    ('R6c', (
        (
            "If a breach involves a student's password or login credentials, Provider will "
            "notify the affected student and the student's parents within three (3) days of "
            "discovery.",
        ),
    ), 'weak', 'review-c08', 'operator'),
    ('R6d', (
        (
            "Provider will notify affected students and parents of any breach within five (5) "
            "days of discovery.",
            "Where an incident involves login credentials, Provider will also notify the "
            "affected student within one (1) day so that the password can be changed.",
        ),
    ), 'present', 'review-c09', 'operator'),
    ('R6d', (
        (
            "If the breach exposed passwords or student records, Provider will notify the "
            "affected students and their parents within five (5) days of discovery.",
        ),
    ), 'weak', 'review-c10', 'operator'),
    ('R6d', (
        (
            "Where an incident involves student passwords, directory information or grades, "
            "Provider will notify the student and the student's parents within seven (7) days.",
        ),
    ), 'weak', 'review-c11', 'operator'),
    ('R6d', (
        (
            "In the event that a breach involves the student's credentials, Provider will "
            "notify parents within 48 hours.",
        ),
        (
            "Provider will notify the District of any breach within five (5) calendar days of "
            "discovery.",
        ),
    ), 'missing', 'review-c12', 'operator'),
    ('R6d', (
        (
            "If a breach involves a student's password or login credentials, Provider will "
            "notify the affected student and the student's parents within three (3) days of "
            "discovery.",
            "Provider will notify affected students and parents of every other breach of "
            "Student Data within five (5) days of discovery.",
        ),
    ), 'present', 'review-c13', 'operator'),
    ('R6c', (
        (
            "If we hold a parent's email address for a student affected, we will email that "
            "parent within five (5) days of discovering any breach of Student Data.",
        ),
    ), 'weak', 'review-c14', 'operator'),
    ('R6c', (
        (
            "Provider will notify affected parents of any breach of Student Data within five "
            "(5) days of discovery, provided that we hold their email addresses.",
        ),
    ), 'weak', 'review-c15', 'operator'),
    ('R6c', (
        (
            "Provider will notify affected parents of any breach of Student Data within five "
            "(5) days of discovery, where it has the parent's email address.",
        ),
    ), 'weak', 'review-c16', 'operator'),
    ('R6d', (
        (
            "Provider will notify affected parents of any breach of Student Data within five "
            "(5) days of discovery, by email sent to the parent's address in our records.",
        ),
    ), 'present', 'review-c17', 'operator'),
    ('R6c', (
        (
            "Provider will notify affected families within five (5) days of any breach of "
            "Student Data; when it has no contact details for a family, it will ask the School "
            "to pass the notice on.",
        ),
    ), 'present', 'review-c18', 'operator'),
    ('R11', (
        (
            "All student songs are the property of the student who wrote them.",
            "Provider may keep a copy of each student song and use it in its marketing, unless "
            "the teacher objects.",
        ),
    ), 'weak', 'review-c19', 'consultant'),
    ('R7', (
        (
            "Provider will delete all Student Data at the end of the residency.",
        ),
        (
            "Provider may retain a copy of a student's song and use it in sessions with other "
            "schools if the class teacher agrees in writing.",
        ),
    ), 'weak', 'review-c20', 'consultant'),
    ('R7', (
        (
            "Provider will delete all Student Data at the end of the residency.",
        ),
        (
            "We may keep copies of three student weavings as samples for future classes.",
        ),
    ), 'weak', 'review-c21', 'consultant'),
    ('R7', (
        (
            "Provider will delete all Student Data at the end of the residency.",
        ),
        (
            "We will not keep copies of any student work for future classes.",
        ),
    ), 'present', 'review-c22', 'consultant'),
    ('R7', (
        (
            "Provider will delete all Student Data at the end of the residency.",
        ),
        (
            "Teachers may keep copies of student weavings to show future classes.",
        ),
    ), 'present', 'review-c23', 'consultant'),
    ('R7', (
        (
            "Provider will delete all Student Data at the end of the residency.",
        ),
        (
            "We may keep copies of the attendance sheets for our records with other clients' "
            "files.",
        ),
    ), 'weak', 'review-c24', 'consultant'),
    ('R7', (
        (
            "Provider will delete all Student Data at the end of the residency.",
        ),
        (
            "We may keep examples of student work, with names removed, for future classes.",
        ),
    ), 'weak', 'review-c25', 'consultant'),
    ('R2', (
        (
            "The District may ask for deletion of Student Data by a written request to the "
            "Provider's privacy contact:",
        ),
        (
            "The District may ask for deletion of Student Data by a written request to the "
            "Provider's privacy contact: Contact name: [CONTACT NAME]",
        ),
        (
            "The District may ask for deletion of Student Data by a written request to the "
            "Provider's privacy contact: Email: [EMAIL]",
        ),
    ), 'weak', 'review-c26', 'operator'),
    ('R2', (
        (
            "The District may ask for deletion of Student Data by a written request to the "
            "Provider's privacy contact:",
        ),
        (
            "The District may ask for deletion of Student Data by a written request to the "
            "Provider's privacy contact: Contact name: Dana Whitfield, Privacy Officer",
        ),
        (
            "The District may ask for deletion of Student Data by a written request to the "
            "Provider's privacy contact: Email: privacy@quillwork.com",
        ),
    ), 'present', 'review-c27', 'operator'),
    ('R2', (
        (
            "The District may ask for deletion of Student Data by a written request to the "
            "Provider's privacy contact:",
        ),
        (
            "The District may ask for deletion of Student Data by a written request to the "
            "Provider's privacy contact: Contact name: [CONTACT NAME]",
        ),
    ), 'weak', 'review-c28', 'consultant'),
    ('R2', (
        (
            "The District may ask for deletion of Student Data at any time by email to "
            "privacy@quillwork.com, and Provider will delete it within ten (10) days, except "
            "the following:",
        ),
        (
            "The District may ask for deletion of Student Data at any time by email to "
            "privacy@quillwork.com, and Provider will delete it within ten (10) days, except "
            "the following: (a) backups, which Provider may retain for two (2) years;",
        ),
        (
            "The District may ask for deletion of Student Data at any time by email to "
            "privacy@quillwork.com, and Provider will delete it within ten (10) days, except "
            "the following: (b) attendance records that Provider may retain for seven (7) "
            "years.",
        ),
    ), 'weak', 'review-c29', 'operator'),
    ('R1', (
        (
            "Student Data is and remains the property of the School.",
            "Provider owns its image library and all stock photos used in the lesson templates.",
        ),
    ), 'present', 'review-c30', 'operator'),
    ('R1', (
        (
            "Student Data is and remains the property of the School.",
            "Provider owns the stock photos in its templates, and the School owns every photo "
            "taken of its students.",
        ),
    ), 'present', 'review-c31', 'operator'),
    ('R1', (
        (
            "Student Data is and remains the property of the School.",
            "Provider owns all photographs taken during the sessions.",
        ),
    ), 'weak', 'review-c32', 'operator'),
    ('R1', (
        (
            "Student Data is and remains the property of the School.",
            "The image bank assembled from student portraits belongs to Provider.",
        ),
    ), 'weak', 'review-c33', 'operator'),
    ('R1', (
        (
            "Student Data is and remains the property of the School.",
            "Provider owns the photo library of student headshots it builds for the School's ID "
            "cards.",
        ),
    ), 'weak', 'review-c34', 'operator'),
    ('R15e', (
        (
            "We disclose Student Data only: (a) to our service providers who are contractually "
            "bound to use it only to provide the Service, not to disclose it further, and to "
            "protect it as this Agreement requires; (b) as required by law or court order; (c) "
            "to protect the safety of users; (d) in connection with a merger or acquisition, to "
            "a successor bound by this Agreement.",
        ),
    ), 'present', 'review-c35', 'operator'),
    ('R15e', (
        (
            "We disclose Student Data only: (a) to our service providers who are contractually "
            "bound to use it only to provide the Service, not to disclose it further, and to "
            "protect it as this Agreement requires; (b) as required by law or court order; (c) "
            "to protect the safety of users.",
        ),
    ), 'present', 'review-c36', 'operator'),
    ('R15e', (
        (
            "Provider will not disclose Student Data to anyone except: (a) its subprocessors, "
            "under written terms that limit their use to providing the Service, forbid further "
            "disclosure and require the same security; (b) as required by law; (c) in response "
            "to a judicial order; (d) to a successor in a merger who agrees to be bound by this "
            "Agreement.",
        ),
    ), 'present', 'review-c37', 'operator'),
    ('R15e', (
        (
            "Provider shall not disclose Student Data except as follows: (a) in a merger or "
            "acquisition, to a successor bound by this Agreement; (b) to our advertising "
            "partners for marketing; (c) as required by law.",
        ),
    ), 'weak', 'review-c38', 'operator'),
    ('R14', (
        (
            "I will not bring in any assistant without the School's prior written consent, and "
            "whoever I bring will work under the terms of this letter.",
        ),
    ), 'present', 'review-c39', 'consultant'),
    ('R14', (
        (
            "Provider will not use a subcontractor without the District's prior written consent.",
            "Each subcontractor will work under the terms of its own service agreement with "
            "Provider.",
        ),
    ), 'weak', 'review-c40', 'operator'),
    ('R14', (
        (
            "Contractor will perform under the terms of this Agreement.",
        ),
    ), 'missing', 'review-c41', 'consultant'),
    ('R14', (
        (
            "The District consents to Vendor's use of the sub-processors named on Vendor's "
            "website, as updated by Vendor from time to time.",
            "Each subcontractor is bound by the same terms as Vendor.",
        ),
    ), 'weak', 'review-c42', 'operator'),
    ('R14', (
        (
            "Operator may add subcontractors to the list at www.operator.com/subprocessors from "
            "time to time, and CREC hereby consents to each subcontractor on that list as "
            "updated.",
            "Each subcontractor is bound by the same terms as Operator.",
        ),
    ), 'weak', 'review-c43', 'operator'),
    ('R14', (
        (
            "CREC consents to the subcontractors listed in Exhibit B; any addition to that "
            "list, as updated from time to time, requires CREC's prior written consent.",
            "Each subcontractor is bound by the same terms as Operator.",
        ),
    ), 'present', 'review-c44', 'operator'),
    ('R14', (
        (
            "Provider will not subcontract without CREC's prior written consent, and each "
            "subcontractor consents in writing to be bound by the same terms as Provider.",
        ),
    ), 'present', 'review-c45', 'operator'),
    ('R4', (
        (
            "Vendor will support the Customer with suitable technical measures, so far as it "
            "can, to fulfil the Customer's obligation to respond to requests from parents and "
            "students to see or fix their records.",
        ),
    ), 'weak', 'review-c46', 'operator'),
    ('R4', (
        (
            "Vendor will assist the District, where it can, to meet the District's obligation "
            "to respond to requests from parents to review or correct their child's records.",
        ),
    ), 'weak', 'review-c47', 'operator'),
    ('R4', (
        (
            "Parents who wish to review or correct their child's records should contact the "
            "School.",
            "Vendor will do its best to help the School pull up and amend the records concerned.",
        ),
    ), 'weak', 'review-c48', 'operator'),
    ('R4', (
        (
            "Parents may review and correct their child's data by emailing privacy@vendor.com, "
            "and Vendor will correct any error within ten (10) days.",
        ),
    ), 'present', 'review-c49', 'operator'),
    ('R4', (
        (
            "Vendor will support the District to comply with its obligations to respond to "
            "requests from regulators about security incidents.",
        ),
        (
            "Parents may review and correct their child's data by emailing privacy@vendor.com, "
            "and Vendor will correct any error within ten (10) days.",
        ),
    ), 'present', 'review-c50', 'operator'),
    ('R4', (
        (
            "This Agreement is between Maya Ortiz (the \"Artist\") and the Hartford Board of "
            "Education (the \"School\").",
        ),
        (
            "Parents who wish to review or correct their child's records should contact the "
            "School.",
            "The Artist will cooperate with the School in responding to them.",
        ),
    ), 'weak', 'review-c51', 'consultant'),
    ('R4', (
        (
            "Parents who wish to review or correct their child's records should contact the "
            "School.",
        ),
    ), 'missing', 'review-c52', 'operator'),
    ('R3', (
        (
            "The Company may use brief clips on its site and social channels, but only of "
            "students whom the School has flagged as cleared.",
        ),
    ), 'missing', 'review-c53', 'consultant'),
    ('R3', (
        (
            "Provider will use Student Data only from students enrolled in the Program, for the "
            "Program.",
        ),
    ), 'weak', 'review-c54', 'operator'),
    ('R3', (
        (
            "Provider will use data only from students whose school has subscribed, and only to "
            "provide the Service.",
        ),
    ), 'present', 'review-c55', 'operator'),
    ('R11', (
        (
            "Loomwise offers residencies to a school, district or regional education service "
            "center (the \"Partner\").",
        ),
        (
            "The Partner owns all work students make in the residency.",
        ),
    ), 'missing', 'review-c56', 'consultant'),
    ('R11', (
        (
            "The App is used by students enrolled at a school, district or regional education "
            "service center.",
        ),
        (
            "Learners own the content they create in the App.",
        ),
    ), 'present', 'review-c57', 'operator'),
    ('R1', (
        (
            "This Background is only an explanation and does not form part of these Terms. "
            "Districts own what they entrust to us, and that will not change.",
        ),
    ), 'missing', 'review-c58', 'operator'),
    ('R1', (
        (
            "This Background is only an explanation and does not form part of these Terms.",
            "Districts own what they entrust to us, and that will not change.",
        ),
    ), 'missing', 'review-c59', 'operator'),
    ('R15d', (
        (
            "This summary is a plain-language guide and is not part of these Terms.",
            "We never sell, rent or trade student data.",
        ),
        (
            "1. Services. Vendor provides the App.",
        ),
    ), 'missing', 'review-c60', 'operator'),
    ('R15d', (
        (
            "This Background forms part of these Terms.",
            "Vendor shall not sell, rent or trade Student Data.",
        ),
    ), 'present', 'review-c61', 'operator'),
]  # fmt: skip

test_the_reviews_findings_are_read_right = probe.reads_as_labelled(REVIEW)
test_the_reviews_controls_keep_their_reading = probe.reads_as_labelled(REVIEW_CONTROLS)


# A review of the session's code (a helper on a copy of 74330e8, told not to open the corpus):
# each case fails at 5ba9ac4, before the mends.
KINDS_WITH_A_LOCAL_AGENCY = (
    "These terms apply to bookings by a school, local educational agency or regional "
    'educational service center (the "Host") with Lowbrass Studio LLC (the "Artist").'
)
DELETED_AT_THE_END = "Provider will delete all Student Data when the services end."

CODE_REVIEW = [
    ('R6d', (
        (PREAMBLE,),
        (
            "If the breach involves passwords, which students may reuse elsewhere, or any other "
            "Student Data, Provider will notify the affected students and parents within five "
            "(5) days of discovery.",
        ),
    ), 'weak', 'code-review-a-relative-clause-inside-the-kinds'),
    ('R6d', (
        (PREAMBLE,),
        (
            "Provider will notify affected students and parents of any breach of Personal "
            "Information, as defined in California Civil Code section 1798.82, within five (5) "
            "days.",
        ),
        (
            "If an incident involves a student's password, Provider will notify the affected "
            "students and parents within five (5) days of discovery.",
        ),
    ), 'missing', 'code-review-each-notice-narrow-another-way'),
    ('R6c', (
        (PREAMBLE,),
        (
            "We will email affected parents within five (5) days of discovery where we have "
            "their email addresses.",
        ),
        (
            "If the breach exposed sensitive information, we will also notify the affected "
            "families within five (5) days of discovery.",
        ),
    ), 'weak', 'code-review-two-notices-each-narrowed'),
    ('R6d', (
        (PREAMBLE,),
        (
            "If an incident involves a student's username and password, Provider will notify "
            "the affected students and parents within five (5) days of discovery.",
        ),
    ), 'missing', 'code-review-a-username-and-password'),
    ('R6b', (
        (PREAMBLE,),
        (
            "If an incident involves a student's password or login credentials, Provider will "
            "notify the District within five (5) days of discovery.",
        ),
    ), 'missing', 'code-review-the-schools-notice-of-sign-in-data-alone'),
    ('R14', (
        (PREAMBLE,),
        (
            "Provider may engage subcontractors, provided each subcontractor consents in "
            "writing to be bound by the same terms as this Agreement with the District.",
        ),
    ), 'weak', 'code-review-a-subcontractors-own-consent'),
    ('R14', (
        (PREAMBLE,),
        (
            "Provider may use subcontractors with the District's prior written consent, and "
            "Provider will work under the terms of this Agreement at all times.",
        ),
    ), 'weak', 'code-review-the-vendor-working-under-the-terms'),
    ('R11', (
        (PREAMBLE,),
        (
            "Students own the work they create, and Provider may retain a copy after the "
            "account is deleted and use it for any purpose, and will delete it once the school "
            "agrees.",
        ),
    ), 'weak', 'code-review-a-consent-to-another-act'),
    ('R1', (
        (PREAMBLE,),
        (
            "The School owns all Student Data.",
        ),
        (
            "Class photo collections are the property of Provider.",
        ),
    ), 'weak', 'code-review-class-photo-collections-claimed'),
    ('R4', (
        (PREAMBLE,),
        (
            "Parents may review and correct their child's data by contacting us, and we will "
            "make the correction within ten (10) days, and Provider will also assist the "
            "District to fulfil its obligation to respond to parents' requests.",
        ),
    ), 'present', 'code-review-the-families-route-beside-the-help'),
    ('R1', (
        (KINDS_WITH_A_LOCAL_AGENCY,),
        (
            "Participant information belongs to the Host and remains under its control.",
        ),
    ), 'present', 'code-review-a-local-educational-agency-among-the-kinds', 'consultant'),
    ('R7', (
        (PREAMBLE,),
        (DELETED_AT_THE_END,),
        (
            "Operator may keep copies of up to ten student plats as examples for future classes.",
        ),
    ), 'weak', 'code-review-an-operator-keeping-copies-for-future-classes'),
]  # fmt: skip

test_the_code_reviews_findings_are_read_right = probe.reads_as_labelled(CODE_REVIEW)


# A class among the development batches' false "present" (after the round): what the vendor
# promotes, declared no advertising in other words than "for the purposes of this Agreement",
# or left out of the definition (each case fails at 5566f1d; each control reads the same).
AD_BAN = "Maplewood will not use Student Data to target advertising to students."

DECLARED_NOT_ADVERTISING = [
    ('R13', (
        (PREAMBLE,),
        (AD_BAN,),
        ('Partner Caches are not advertising.',),
    ), 'weak', 'partner-caches-are-not-advertising'),
    ('R13', (
        (PREAMBLE,),
        (AD_BAN,),
        ('Featured Picks on the shelf are recommendations, not advertising.',),
    ), 'weak', 'featured-picks-are-recommendations'),
    ('R15a', (
        (PREAMBLE,),
        (AD_BAN,),
        ('Messages about Maplewood programs under Section 4.3 are not advertising.',),
    ), 'weak', 'programs-under-a-numbered-section'),
    ('R13', (
        (PREAMBLE,),
        (AD_BAN,),
        ('"Targeted Advertising" does not include Graduation Offers.',),
    ), 'weak', 'a-definition-that-leaves-offers-out'),
]  # fmt: skip

STILL_ADVERTISING_BANNED = [
    ('R13', (
        (PREAMBLE,),
        (AD_BAN,),
        ('Messages from teachers are not advertising.',),
    ), 'present', 'teachers-messages-are-not-advertising'),
    ('R13', (
        (PREAMBLE,),
        (AD_BAN,),
        (
            'League sponsor logos that the School chooses to display on standings pages are '
            'not advertising.',
        ),
    ), 'present', 'what-the-school-chooses-to-show'),
    ('R13', (
        (PREAMBLE,),
        (AD_BAN,),
        (
            'Partner Modules are lessons, not advertising, and carry only the partner\u2019s name '
            'and logo.',
        ),
    ), 'present', 'a-partners-name-and-logo-alone'),
]  # fmt: skip

test_what_it_promotes_declared_no_advertising_is_weak = probe.reads_as_labelled(
    DECLARED_NOT_ADVERTISING
)
test_bans_beside_other_declarations_stand = probe.reads_as_labelled(STILL_ADVERTISING_BANNED)
