"""Classes of misreading found in batch 64 (tests/corpus/heldout-64/), held out until
2026-12-06 and development since, each read right.

Each case is a sentence of the class, written for the test in words of its own, not a
corpus document's. Each group of sentences is a paragraph of its own. Every case fails on
the rules of 6b4487c, before this round; every control reads the same on both.
"""

from __future__ import annotations

import audit_probes as probe

PREAMBLE = 'Maplewood Learning, Inc. ("Maplewood") provides the Service to the School.'
ARTIST = (
    'These Terms apply to every workshop that Jane Rivera Music LLC (the "Artist") delivers '
    'for a school, district or other education provider (the "Host").'
)
HOUSE_RULES = (
    "Do not cheat, use scripts, share anyone's personal information, or write anything rude in "
    "the chat."
)
SHARES = (
    "We share information with our service providers and with other players as part of the game."
)
STAYS_THE_HOSTS = (
    "6.1 All information about students that the Artist receives remains the property of the Host."
)
SALE_BAN = "6.2 Maplewood shall not sell, rent or trade Student Data."
LIFTED = (
    "Neither this Section 6.2 nor Section 8.3 applies to a transfer of Student Data in a merger "
    "or acquisition, after which the buyer's own privacy policy governs it."
)
BOUND = (
    "Neither this Section 6.2 nor Section 8.3 applies to a transfer of Student Data in a merger "
    "or acquisition, provided that the successor agrees in writing to be bound by these Terms."
)
A_FAMILY_REVIEW = "Parents can see what Maplewood holds about their child by asking the teacher."
# the review and the correction apart, as a privacy page's sections keep them
BETWEEN = (
    ("Teachers can edit a student's display name in the class dashboard.",),
    ("Maplewood keeps class records for the school year.",),
    ("We encrypt Student Data in transit and at rest.",),
    ("Our staff are trained in privacy every year.",),
)

CASES = [
    ('R15e', (
        (PREAMBLE,),
        (SHARES,),
        (HOUSE_RULES,),
    ), 'weak', 'house-rules-are-no-disclosure-limit'),
    ('R15e', (
        (PREAMBLE,),
        (SHARES,),
        (
            'You may not harass other players, use bots, or share personal information in '
            'your team name.',
        ),
    ), 'weak', 'you-may-not-share-in-a-team-name'),
    ('R1', (
        (ARTIST,),
        (STAYS_THE_HOSTS,),
        ('4.2 Video recordings of the workshop sessions are jointly owned by the Host and the '
         'Artist.',),
    ), 'weak', 'recordings-jointly-owned-with-the-artist', 'consultant'),
    ('R1', (
        (ARTIST,),
        (STAYS_THE_HOSTS,),
        ('4.2 The songbook that students write in the sessions is owned jointly by the Artist '
         'and the Host.',),
    ), 'weak', 'a-songbook-owned-jointly', 'consultant'),
    ('R11', (
        (PREAMBLE,),
        ('4.1 Students retain ownership of their Star Logs.',),
    ), 'present', 'their-logs-by-the-services-name'),
    ('R11', (
        (ARTIST,),
        (
            'Anything a student composes or improvises and records for the final showcase, '
            'including solos and transcriptions, belongs to that student or to their parent or '
            'guardian.',
        ),
    ), 'present', 'what-a-student-composes', 'consultant'),
    ('R11', (
        (PREAMBLE,),
        (
            '5.3 Student Content remains the property of the student who created it or of the '
            "School, as the School's policies provide.",
        ),
    ), 'weak', 'the-makers-or-the-schools'),
    ('R15d', (
        (PREAMBLE,),
        (SALE_BAN, LIFTED),
        (probe.SIX_CASES,),
    ), 'weak', 'a-sale-ban-lifted-for-a-merger'),
    ('R15e', (
        (PREAMBLE,),
        (SALE_BAN, LIFTED),
        (probe.SIX_CASES,),
    ), 'weak', 'a-disclosure-limit-lifted-for-a-merger'),
    ('R4', (
        (PREAMBLE,),
        (A_FAMILY_REVIEW,),
        *BETWEEN,
        (
            'If something is wrong that the teacher cannot change, the School can write to us '
            'and we will correct it within ten (10) days.',
        ),
    ), 'present', 'a-correction-in-a-stated-time-elsewhere'),
    ('R4', (
        (PREAMBLE,),
        (A_FAMILY_REVIEW,),
        *BETWEEN,
        ('We will make the correction within fifteen (15) business days of receiving it.',),
    ), 'present', 'the-correction-made-in-a-stated-time'),
]  # fmt: skip

CONTROLS = [
    ('R15e', (
        (PREAMBLE,),
        (probe.SIX_CASES,),
        (HOUSE_RULES,),
    ), 'present', 'a-limit-beside-house-rules'),
    ('R1', (
        (ARTIST,),
        (STAYS_THE_HOSTS,),
        ("4.2 Video recordings of the sessions are jointly owned by the Host and the student's "
         'parents.',),
    ), 'present', 'owned-with-the-parents', 'consultant'),
    ('R11', (
        (PREAMBLE,),
        ('Students retain ownership of their login details.',),
    ), 'missing', 'their-logins-are-no-work'),
    ('R15d', (
        (PREAMBLE,),
        (SALE_BAN, BOUND),
        (probe.SIX_CASES,),
    ), 'present', 'a-successor-bound'),
    ('R15e', (
        (PREAMBLE,),
        (SALE_BAN, BOUND),
        (probe.SIX_CASES,),
    ), 'present', 'a-successor-bound-15e'),
    ('R4', (
        (PREAMBLE,),
        (A_FAMILY_REVIEW,),
        *BETWEEN,
        ('If something is wrong, the School can write to us and we will correct it.',),
    ), 'weak', 'a-correction-in-no-stated-time'),
    ('R4', (
        (PREAMBLE,),
        (A_FAMILY_REVIEW,),
        *BETWEEN,
        ('Where we agree there is an error, we will correct it within ten (10) days.',),
    ), 'weak', 'a-correction-at-the-vendors-discretion'),
]  # fmt: skip

# Sentences the reviews' cases share.
CURRICULUM_OWNED_JOINTLY = (
    "Curriculum materials the Consultant develops for the program shall be jointly owned by "
    "CREC and the Consultant."
)
DELETED_AT_COMPLETION = (
    "The Consultant will delete all Student Data at the completion of this Agreement."
)
JOINT_OWNERSHIP_DENIED = (
    "Recordings of student performances shall not be jointly owned by the School and the "
    "Consultant; they belong to the School alone."
)
THE_ARTIST_AND_SCHOOL_JOINTLY_OWN = (
    "The Artist and the School shall jointly own the recordings of the residency sessions."
)
CONTENT_THE_STUDENTS = (
    "All student-generated content shall be the property of the student or the student's "
    "parent or legal guardian."
)
LAW_COURT_AND_PROVIDERS_IN_6_2 = (
    "6.2 Provider shall not disclose Student Data to any third party, except to comply with "
    "federal or state law, pursuant to a court order, in response to a judicial order, or to "
    "protect the safety or integrity of users or others."
)
A_SCHOOLS_SUCCESSOR = (
    "6.5 Section 6.2 does not apply to a transfer of Student Data to a successor school "
    "district when the District is consolidated with another district."
)
NOTHING_PASSES_DELETED_FIRST = (
    "6.5 Section 6.2 does not apply to any disclosure to a successor or acquirer; Student "
    "Data will instead be deleted before any merger closes."
)
AUDIT_REPORTS_LIFTED = (
    "This section does not apply to our sharing of security audit reports with a prospective "
    "acquirer during a merger."
)
UNNUMBERED_LIMIT = (
    "We will not disclose Student Data to any third party, except to comply with federal or "
    "state law, pursuant to a court order, in response to a judicial order, or to protect the"
    " safety or integrity of users or others."
)
HOUSE_RULES_IN_THE_CHAT = (
    "Do not cheat, use bots, share anyone's personal information, or write anything hateful "
    "or rude in the chat."
)
NEITHER_SECTION_APPLIES = (
    "6.5 Neither this Section 6.2 nor Section 6.3 applies to a transfer of Student Data as "
    "part of a merger or acquisition, in which case the acquirer's privacy policy will then "
    "apply to it."
)
THIS_SECTION_LIFTED = (
    "This Section does not apply to a transfer of student data to an acquirer in a merger."
)
LESSON_PLANS_OWNED_JOINTLY = (
    "Lesson plans the Consultant writes for the classes are jointly owned by CREC and the "
    "Consultant."
)
SIX_CASES_IN_6_2 = (
    "6.2 Provider shall not disclose Student Data except: (A) in furtherance of School "
    "Purposes of the Service, to a recipient that uses it to improve the operability and "
    "functionality of the Service and has implemented the security procedures of this "
    "Addendum; (B) to ensure legal and regulatory compliance; (C) to respond to judicial "
    "process; (D) to protect the safety of users or others or the security of the Service; "
    "(E) to an entity hired by Provider to provide services for the Service, provided "
    "Provider contractually (i) prohibits the entity from using Student Data for any purpose "
    "other than providing the contracted service, (ii) prohibits the entity from disclosing "
    "Student Data to subsequent third parties, and (iii) requires the entity to implement and"
    " maintain reasonable security procedures and practices; (F) for a school purpose "
    "requested by a student or parent, provided the data is not used for any other purpose."
)

# A review of the round's patterns (a helper on a copy of 1ac26c3, told not to open the corpus;
# its own words): each case failed at 1ac26c3 and reads right after its mends; each control
# reads the same on both.
REVIEW = [
    ('R15d', (
        (
            'You will not reverse engineer the Service, and we will not sell, rent or trade '
            'Student Data.',
        ),
    ), 'present', '1a-you-will-not-reverse-engineer-the-service'),
    ('R15d', (
        (
            'You will not, and we will not, sell, rent or trade Student Data or use it to '
            'spam or harass any student.',
        ),
    ), 'present', '1b-you-will-not-and-we-will-not'),
    ('R15d', (
        (
            "Don't worry: we never sell, rent or trade student data, and our moderators "
            'remove anything hateful.',
        ),
    ), 'present', '1c-don-t-worry-we-never-sell-rent'),
    ('R13', (
        (
            'You will not receive spam from us: Provider will not use Student Data for '
            'targeted advertising.',
        ),
    ), 'present', '1d-you-will-not-receive-spam-from-us'),
    ('R5', (
        (
            'You agree not to scrape or reverse-engineer the Service, and we agree to take '
            'actions designed to ensure the security and confidentiality of Student Data.',
        ),
    ), 'present', '1e-you-agree-not-to-scrape-or-reverse'),
    ('R15e', (
        (
            "Never cheat, use bots, share anyone's personal information, or write anything "
            'hateful or rude in the chat.',
        ),
    ), 'missing', '2a-never-cheat-use-bots-share-anyone-s'),
    ('R15e', (
        (
            "Please don't cheat, use bots, share anyone's personal information, or write "
            'anything hateful or rude in the chat.',
        ),
    ), 'missing', '2b-please-don-t-cheat-use-bots-share'),
    ('R15e', (
        (
            "(a) Do not cheat, use bots, share anyone's personal information, or write "
            'anything hateful or rude in the chat.',
        ),
    ), 'missing', '2c-a-do-not-cheat-use-bots-share'),
    ('R15e', (
        (
            "Players must not cheat, use bots, share anyone's personal information, or write "
            'anything hateful or rude in the chat.',
        ),
    ), 'missing', '3a-players-must-not-cheat-use-bots-share'),
    ('R1', (
        (
            'Student Data are not the property of, or under the control of, the Consultant.',
        ),
        (CURRICULUM_OWNED_JOINTLY,),
    ), 'present', '4a-curriculum-materials-the-consultant-develops-for-the', 'consultant'),
    ('R7', (
        (DELETED_AT_COMPLETION,),
        (CURRICULUM_OWNED_JOINTLY,),
    ), 'present', '4b-curriculum-materials-the-consultant-develops-for-the', 'consultant'),
    ('R1', (
        (
            'Student Data are not the property of, or under the control of, the Consultant.',
        ),
        (
            'Lesson plans are jointly owned by the District and the Consultant and may be '
            'reused in other classes.',
        ),
    ), 'present', '4c-lesson-plans-are-jointly-owned-by-the', 'consultant'),
    ('R1', (
        (
            'Student Data are not the property of, or under the control of, the Consultant.',
        ),
        (
            'Aggregate, de-identified results of the program are jointly owned by the '
            'District and the Consultant.',
        ),
    ), 'present', '4d-aggregate-de-identified-results-of-the-program', 'consultant'),
    ('R1', (
        (
            'Student Data are not the property of, or under the control of, the Consultant.',
        ),
        (
            'Any patent arising from the program is jointly owned by the Board and the '
            'Consultant.',
        ),
    ), 'present', '4e-any-patent-arising-from-the-program-is', 'consultant'),
    ('R1', (
        (
            'Student Data are not the property of, or under the control of, the Consultant.',
        ),
        (JOINT_OWNERSHIP_DENIED,),
    ), 'present', '5a-recordings-of-student-performances-shall-not-be', 'consultant'),
    ('R1', (
        (
            'Student Data are not the property of, or under the control of, the Consultant.',
        ),
        (
            'Recordings of student performances are never co-owned by the Consultant and the '
            'School; the School owns them outright.',
        ),
    ), 'present', '5b-recordings-of-student-performances-are-never-co', 'consultant'),
    ('R7', (
        (DELETED_AT_COMPLETION,),
        (JOINT_OWNERSHIP_DENIED,),
    ), 'present', '5c-recordings-of-student-performances-shall-not-be', 'consultant'),
    ('R1', (
        (
            'Student Data are not the property of, or under the control of, the Consultant.',
        ),
        (
            'Recordings of the workshop sessions are jointly owned by the Artist and the '
            'participating students.',
        ),
    ), 'weak', '6a-recordings-of-the-workshop-sessions-are-jointly', 'consultant'),
    ('R1', (
        (
            'Student Data are not the property of, or under the control of, the Consultant.',
        ),
        (THE_ARTIST_AND_SCHOOL_JOINTLY_OWN,),
    ), 'weak', '6b-the-artist-and-the-school-shall-jointly', 'consultant'),
    ('R1', (
        (
            'Student Data are not the property of, or under the control of, the Consultant.',
        ),
        (
            'Recordings of the residency sessions are jointly owned by CREC, the Consultant '
            'and the sending district.',
        ),
    ), 'weak', '6c-recordings-of-the-residency-sessions-are-jointly', 'consultant'),
    ('R1', (
        (
            'Student Data are not the property of, or under the control of, the Consultant.',
        ),
        (
            'Recordings of the residency sessions are the joint property of CREC and the '
            'Consultant.',
        ),
    ), 'weak', '6d-recordings-of-the-residency-sessions-are-the', 'consultant'),
    ('R7', (
        (DELETED_AT_COMPLETION,),
        (THE_ARTIST_AND_SCHOOL_JOINTLY_OWN,),
    ), 'weak', '6e-the-artist-and-the-school-shall-jointly', 'consultant'),
    ('R11', (
        (
            'Anything a student tells the Consultant in a counseling session is Student Data '
            'and remains the property of CREC.',
        ),
        (CONTENT_THE_STUDENTS,),
    ), 'present', '7a-all-student-generated-content-shall-be-the', 'consultant'),
    ('R11', (
        (
            'CREC owns everything the student records hold, and the Consultant claims no '
            'right in any of it.',
        ),
        (CONTENT_THE_STUDENTS,),
    ), 'present', '7b-all-student-generated-content-shall-be-the', 'consultant'),
    ('R11', (
        (
            'Whatever the student records show belongs to the District.',
        ),
        (CONTENT_THE_STUDENTS,),
    ), 'present', '7c-all-student-generated-content-shall-be-the'),
    ('R11', (
        (
            'All work students submit belongs to the student who made it at home or school.',
        ),
    ), 'present', '8a-all-work-students-submit-belongs-to-the'),
    ('R11', (
        (
            'All content remains the property of the student who created it or the school '
            'librarian who created it.',
        ),
    ), 'present', '8b-all-content-remains-the-property-of-the'),
    ('R11', (
        (
            'Designs students create in the workshop are not the property of our '
            'subcontractors and do not belong to them in any part.',
        ),
    ), 'weak', '9a-designs-students-create-in-the-workshop-are'),
    ('R11', (
        (
            "Login logs and gradebook entries for each student belong to the student's "
            'school.',
        ),
        (CONTENT_THE_STUDENTS,),
    ), 'present', '10a-all-student-generated-content-shall-be-the'),
    ('R11', (
        (
            'Each student owns the entries in his or her science notebook.',
        ),
    ), 'present', '10b-each-student-owns-the-entries-in-his'),
    ('R15e', (
        (LAW_COURT_AND_PROVIDERS_IN_6_2,),
        (A_SCHOOLS_SUCCESSOR,),
    ), 'present', '12a-6-5-section-6-2-does-not'),
    ('R15d', (
        (
            '6.2 Provider shall not sell, rent or trade Student Data.',
        ),
        (A_SCHOOLS_SUCCESSOR,),
    ), 'present', '12b-6-5-section-6-2-does-not'),
    ('R15d', (
        (
            '6.2 Provider shall not sell, rent or trade Student Data.',
        ),
        (NOTHING_PASSES_DELETED_FIRST,),
    ), 'present', '13a-6-5-section-6-2-does-not'),
    ('R15e', (
        (LAW_COURT_AND_PROVIDERS_IN_6_2,),
        (NOTHING_PASSES_DELETED_FIRST,),
    ), 'present', '13b-6-5-section-6-2-does-not'),
    ('R15e', (
        (LAW_COURT_AND_PROVIDERS_IN_6_2,),
        (
            "6.5 Section 6.2 will not apply to Provider's sharing of de-identified data with "
            'an acquirer in a merger.',
        ),
    ), 'present', '13c-6-5-section-6-2-will-not'),
    ('R15e', (
        (LAW_COURT_AND_PROVIDERS_IN_6_2,),
        (
            '6.5 Section 6.2 does not apply to a transfer of Student Data to an acquirer in a'
            " merger; the acquirer's own privacy policy will govern the data, subject to "
            'applicable law.',
        ),
    ), 'weak', '14a-6-5-section-6-2-does-not'),
    ('R15e', (
        (LAW_COURT_AND_PROVIDERS_IN_6_2,),
        (
            '6.5 Section 6.2 does not apply to a transfer of Student Data to an acquirer in a'
            " merger, assuming the transaction closes, and the acquirer's own privacy policy "
            'will then govern the data.',
        ),
    ), 'weak', '14b-6-5-section-6-2-does-not'),
    ('R15d', (
        (
            '6.2 Provider shall not sell, rent or trade Student Data.',
        ),
        (
            '8.1 Section 6.2 does not apply to a transfer of Student Data to an acquirer in a'
            ' merger; the acquirer need not comply with this Agreement.',
        ),
    ), 'weak', '14c-8-1-section-6-2-does-not'),
    ('R15d', (
        (
            '6.2 Provider shall not sell, rent or trade Student Data.',
        ),
        (
            '8.1 Section 6.2 does not apply to a transfer of Student Data to an acquirer in a'
            ' merger, and the acquirer will not be bound by this Agreement.',
        ),
    ), 'weak', '14d-8-1-section-6-2-does-not'),
    ('R15e', (
        (LAW_COURT_AND_PROVIDERS_IN_6_2,),
        (
            '6.5 Sections 6.1 and 6.2 do not apply to a transfer of Student Data to an '
            'acquirer in a merger.',
        ),
    ), 'weak', '15a-6-5-sections-6-1-and-6'),
    ('R15e', (
        (LAW_COURT_AND_PROVIDERS_IN_6_2,),
        (
            '6.5 Sections 6.1, 6.2 and 6.3 do not apply to a transfer of Student Data to an '
            'acquirer in a merger.',
        ),
    ), 'weak', '15b-6-5-sections-6-1-6-2'),
    ('R15e', (
        (LAW_COURT_AND_PROVIDERS_IN_6_2,),
        (
            '7.1 Section 6 does not apply to a transfer of Student Data to an acquirer in a '
            'merger.',
        ),
    ), 'weak', '15c-7-1-section-6-does-not-apply'),
    ('R15e', (
        (LAW_COURT_AND_PROVIDERS_IN_6_2,),
        (
            '6.5 Clause 6.2 shall not apply to a transfer of Student Data to an acquirer in a'
            ' merger.',
        ),
    ), 'weak', '15d-6-5-clause-6-2-shall-not'),
    ('R15d', (
        (
            'We never sell, rent or trade student data.',
        ),
        (
            'We commission annual security audits.',
            AUDIT_REPORTS_LIFTED,
        ),
    ), 'present', '16a-this-section-does-not-apply-to-our'),
    ('R15e', (
        (UNNUMBERED_LIMIT,),
        (
            'We commission annual security audits.',
            AUDIT_REPORTS_LIFTED,
        ),
    ), 'present', '16b-this-section-does-not-apply-to-our'),
    ('R15e', (
        (LAW_COURT_AND_PROVIDERS_IN_6_2,),
        (
            '6.5 Nothing in Section 6.2 restricts a transfer of Student Data to an acquirer '
            'in a merger.',
        ),
    ), 'weak', '17a-6-5-nothing-in-section-6-2'),
    ('R15e', (
        (LAW_COURT_AND_PROVIDERS_IN_6_2,),
        (
            '6.5 Section 6.2 is inapplicable to any transfer of Student Data to an acquirer '
            'in a merger.',
        ),
    ), 'weak', '17b-6-5-section-6-2-is-inapplicable'),
    ('R15d', (
        (
            '6.2 Provider shall not sell, rent or trade Student Data.',
        ),
        (
            "8.1 If we are acquired, the limits in Section 6.2 will not apply to the buyer's "
            'use of Student Data after the merger.',
        ),
    ), 'weak', '17c-8-1-if-we-are-acquired-the'),
    ('R4', (
        (
            'If an audit finds vulnerabilities, Provider will fix them within thirty (30) '
            'days.',
        ),
        (
            "Parents may review their child's data by writing to us.",
        ),
    ), 'weak', '18a-parents-may-review-their-child-s-data'),
    ('R4', (
        (
            'If the Service is down, we will fix it within two (2) business days.',
        ),
        (
            "Parents may review their child's data by writing to us.",
        ),
    ), 'weak', '18b-parents-may-review-their-child-s-data'),
    ('R4', (
        (
            "Provider will make them available within ten (10) days of the School's request.",
        ),
        (
            "Parents may review their child's data by writing to us.",
        ),
    ), 'weak', '18c-parents-may-review-their-child-s-data'),
    ('R4', (
        (
            'Provider will make it available to the parent within 45 days.',
        ),
        (
            "Parents may review their child's data by writing to us.",
        ),
    ), 'weak', '18d-parents-may-review-their-child-s-data'),
    ('R4', (
        (
            "We will make the change within 30 days of the School's written notice of a new "
            'billing address.',
        ),
        (
            "Parents may review their child's data by writing to us.",
        ),
    ), 'weak', '18e-parents-may-review-their-child-s-data'),
    ('R4', (
        (
            'If CREC asks for changes to the report format, Provider will make the changes '
            'within thirty (30) days.',
        ),
        (
            "Parents may review their child's data by writing to us.",
        ),
    ), 'weak', '18f-parents-may-review-their-child-s-data'),
    ('R4', (
        (
            "If CREC's policies change, Provider shall amend them within thirty (30) days.",
        ),
        (
            "Parents may review their child's data by writing to us.",
        ),
    ), 'weak', '18g-parents-may-review-their-child-s-data'),
    ('R4', (
        (
            'Provider will notify the School of a breach within 5 days and will fix it within'
            ' 30 days.',
        ),
        (
            "Parents may review their child's data by writing to us.",
        ),
    ), 'weak', '18h-parents-may-review-their-child-s-data'),
    ('R4', (
        (
            'We will amend it within 15 days if required by law.',
        ),
        (
            "Parents may review their child's data by writing to us.",
        ),
    ), 'weak', '18i-parents-may-review-their-child-s-data'),
    ('R4', (
        (
            'If a vulnerability is reported, we will fix it within 30 days.',
        ),
        (
            "Parents may review their child's data by writing to us.",
        ),
        (
            "We will not correct data at a parent's request.",
        ),
    ), 'weak', '19a-we-will-not-correct-data-at-a'),
    ('R4', (
        (
            'We will fix it within 30 days.',
        ),
        (
            "Parents may review their child's data by writing to us.",
        ),
        (
            'We do not accept requests from parents to correct data.',
        ),
    ), 'weak', '19b-we-do-not-accept-requests-from-parents'),
    ('R4', (
        (
            'If, in our judgment, a record is wrong, we will correct it within 10 days.',
        ),
        (
            "Parents may review their child's data by writing to us.",
        ),
    ), 'weak', '20a-parents-may-review-their-child-s-data'),
    ('R4', (
        (
            'If we are satisfied that the record is inaccurate, we will correct it within 10 '
            'days.',
        ),
        (
            "Parents may review their child's data by writing to us.",
        ),
    ), 'weak', '20b-parents-may-review-their-child-s-data'),
    ('R4', (
        (
            'Provider will correct it as soon as practicable and will keep a log of each '
            'correction for two (2) years.',
        ),
        (
            "Parents may review their child's data by writing to us.",
        ),
    ), 'weak', '21a-parents-may-review-their-child-s-data'),
    ('R4', (
        (
            "We'll correct it within 15 days.",
        ),
        (
            "Parents may review their child's data by writing to us.",
        ),
    ), 'present', '23a-parents-may-review-their-child-s-data'),
    ('R4', (
        (
            "We will correct any inaccurate information within 15 days of a parent's request.",
        ),
        (
            "Parents may review their child's data by writing to us.",
        ),
    ), 'present', '23b-parents-may-review-their-child-s-data'),
    ('R4', (
        (
            'Provider shall correct such errors within ten (10) days.',
        ),
        (
            "Parents may review their child's data by writing to us.",
        ),
    ), 'present', '23c-parents-may-review-their-child-s-data'),
    ('R4', (
        (
            "Errors will be corrected within ten (10) days of a parent's request.",
        ),
        (
            "Parents may review their child's data by writing to us.",
        ),
    ), 'present', '23d-parents-may-review-their-child-s-data'),
]  # fmt: skip

REVIEW_CONTROLS = [
    ('R15e', (
        (HOUSE_RULES_IN_THE_CHAT,),
    ), 'missing', 'a1-do-not-cheat-use-bots-share-anyone'),
    ('R15e', (
        (HOUSE_RULES_IN_THE_CHAT,),
        (UNNUMBERED_LIMIT,),
    ), 'present', 'a2-we-will-not-disclose-student-data-to'),
    ('R15e', (
        (
            "Don't harass, bully or impersonate other players, and don't share their personal"
            ' information.',
        ),
    ), 'missing', 'a3-don-t-harass-bully-or-impersonate-other'),
    ('R15e', (
        (
            "You may not share anyone's personal information through the chat, and you may "
            'not harass other players.',
        ),
    ), 'missing', 'a4-you-may-not-share-anyone-s-personal'),
    ('R15e', (
        (
            'We will not disclose Student Data to any third party, except to comply with '
            'federal or state law, pursuant to a court order, in response to a judicial '
            'order, or to protect the safety or integrity of users or others, and we remove '
            'hateful or rude posts.',
        ),
    ), 'present', 'a5-we-will-not-disclose-student-data-to'),
    ('R15d', (
        (
            'Provider will not, and you will not, sell, rent or trade Student Data or use it '
            'to spam students.',
        ),
    ), 'present', 'a6-provider-will-not-and-you-will-not'),
    ('R15d', (
        (
            'We will not sell, rent or trade Student Data.',
        ),
    ), 'present', 'a7-we-will-not-sell-rent-or-trade'),
    ('R1', (
        (
            'Student Data are not the property of, or under the control of, the Consultant.',
        ),
        (
            'Recordings of Residency sessions are jointly owned by the Host and the Artist.',
        ),
    ), 'weak', 'b1-recordings-of-residency-sessions-are-jointly-owned', 'consultant'),
    ('R7', (
        (DELETED_AT_COMPLETION,),
        (
            'Recordings of Residency sessions are jointly owned by the Host and the Artist.',
        ),
    ), 'weak', 'b2-recordings-of-residency-sessions-are-jointly-owned', 'consultant'),
    ('R1', (
        (
            'Student Data are not the property of, or under the control of, the Consultant.',
        ),
        (
            'Video recordings of student performances shall be jointly owned by CREC and the '
            'Consultant.',
        ),
    ), 'weak', 'b3-video-recordings-of-student-performances-shall-be', 'consultant'),
    ('R1', (
        (
            'Student Data are not the property of, or under the control of, the Consultant.',
        ),
        (
            'Recordings of the residency sessions are owned jointly by the Consultant and '
            'CREC.',
        ),
    ), 'weak', 'b4-recordings-of-the-residency-sessions-are-owned', 'consultant'),
    ('R1', (
        (
            'Student Data are not the property of, or under the control of, the Consultant.',
        ),
        (
            'Photographs taken during the program are co-owned by us and the School.',
        ),
    ), 'weak', 'b5-photographs-taken-during-the-program-are-co', 'consultant'),
    ('R1', (
        (
            'Student Data are not the property of, or under the control of, the Consultant.',
        ),
        (
            "Photographs of students are jointly owned by the School and the students' "
            'parents.',
        ),
    ), 'present', 'b6-photographs-of-students-are-jointly-owned-by', 'consultant'),
    ('R1', (
        (
            'Student Data are not the property of, or under the control of, the Consultant.',
        ),
        (
            "The Consultant's own tools and templates, used in the program, are co-owned by "
            'the Consultant and its licensors.',
        ),
    ), 'present', 'b7-the-consultant-s-own-tools-and-templates', 'consultant'),
    ('R1', (
        (
            'Student Data are not the property of, or under the control of, the Consultant.',
        ),
        (
            "The Consultant's copyright in its songbook is unaffected, and recordings of the "
            'sessions are owned solely by CREC.',
        ),
    ), 'present', 'b8-the-consultant-s-copyright-in-its-songbook', 'consultant'),
    ('R1', (
        (
            'Student Data are not the property of, or under the control of, the Consultant.',
        ),
        (
            'Student Data collected in the program are jointly owned by the District and the '
            'Consultant.',
        ),
    ), 'weak', 'b9-student-data-collected-in-the-program-are', 'consultant'),
    ('R11', (
        (
            'Anything a student composes or improvises and records in the studio belongs to '
            'that student.',
        ),
    ), 'present', 'c1-anything-a-student-composes-or-improvises-and'),
    ('R11', (
        (
            "Anything a student records in the booth is the property of the student's parent "
            'or legal guardian.',
        ),
    ), 'present', 'c2-anything-a-student-records-in-the-booth'),
    ('R11', (
        (
            'Student work is the property of the student who created it or of Customer, as '
            "Customer's own policies provide.",
        ),
    ), 'weak', 'c3-student-work-is-the-property-of-the'),
    ('R11', (
        (
            'All content remains the property of the student who created it or the school '
            'staff member who created it.',
        ),
    ), 'present', 'c4-all-content-remains-the-property-of-the'),
    ('R11', (
        (
            'Students retain ownership of their practice logs.',
        ),
    ), 'present', 'c5-students-retain-ownership-of-their-practice-logs'),
    ('R11', (
        (
            'Students keep ownership of their reading logs and journal entries.',
        ),
    ), 'present', 'c6-students-keep-ownership-of-their-reading-logs'),
    ('R11', (
        (
            'Journal entries students write in the app belong to the students who write them.',
        ),
    ), 'present', 'c7-journal-entries-students-write-in-the-app'),
    ('R11', (
        (
            'Work students submit does not belong to the Company; it belongs to them.',
        ),
    ), 'present', 'c8-work-students-submit-does-not-belong-to'),
    ('R11', (
        (
            'Anything a student composes in the workshop belongs to the Artist.',
        ),
    ), 'missing', 'c9-anything-a-student-composes-in-the-workshop'),
    ('R11', (
        (
            'Pieces that students throw in the studio do not belong to them until the '
            'materials fee has been paid.',
        ),
    ), 'missing', 'c10-pieces-that-students-throw-in-the-studio'),
    ('R11', (
        (
            'Responses a student sets as private remain the property of the student.',
        ),
    ), 'present', 'c11-responses-a-student-sets-as-private-remain'),
    ('R11', (
        (
            'Songs a student composes belong to that student.',
        ),
    ), 'present', 'c12-songs-a-student-composes-belong-to-that'),
    ('R15e', (
        (LAW_COURT_AND_PROVIDERS_IN_6_2,),
    ), 'present', 'd1-6-2-provider-shall-not-disclose-student'),
    ('R15d', (
        (
            '6.2 Provider shall not sell, rent or trade Student Data.',
        ),
    ), 'present', 'd2-6-2-provider-shall-not-sell-rent'),
    ('R15e', (
        (LAW_COURT_AND_PROVIDERS_IN_6_2,),
        (NEITHER_SECTION_APPLIES,),
    ), 'weak', 'd3-6-5-neither-this-section-6-2'),
    ('R15d', (
        (
            '6.2 Provider shall not sell, rent or trade Student Data.',
        ),
        (NEITHER_SECTION_APPLIES,),
    ), 'weak', 'd4-6-5-neither-this-section-6-2'),
    ('R15e', (
        (LAW_COURT_AND_PROVIDERS_IN_6_2,),
        (
            '6.5 Section 6.2 does not apply to a transfer of Student Data to an acquirer in a'
            ' merger, provided the acquirer agrees in writing to be bound by this Agreement.',
        ),
    ), 'present', 'd5-6-5-section-6-2-does-not'),
    ('R15e', (
        (LAW_COURT_AND_PROVIDERS_IN_6_2,),
        (
            '6.5 Section 6.2 does not apply to a transfer of Student Data to an acquirer in a'
            ' merger, and the acquirer may use the data in accordance with its own terms.',
        ),
    ), 'weak', 'd6-6-5-section-6-2-does-not'),
    ('R15d', (
        (
            '6.2 We never sell, rent or trade student data.',
            THIS_SECTION_LIFTED,
        ),
    ), 'weak', 'd7-this-section-does-not-apply-to-a'),
    ('R15d', (
        (
            '6.2 We never sell, rent or trade student data.',
        ),
        (
            '6.3 We may share de-identified data with researchers.',
            THIS_SECTION_LIFTED,
        ),
    ), 'present', 'd8-this-section-does-not-apply-to-a'),
    ('R15d', (
        (
            '6.2 We never sell, rent or trade student data.',
        ),
        (
            "8.1 Neither party's rights under Section 6.2 nor its duties under Section 9 "
            'apply to a transfer of Student Data to an acquirer in a merger.',
        ),
    ), 'weak', 'd9-8-1-neither-party-s-rights-under'),
    ('R15d', (
        (
            '6.2 We never sell, rent or trade student data.',
        ),
        (
            '8.1 Section 6.2 does not apply to a transfer of Student Data to an acquirer in a'
            ' merger if the acquirer continues to be bound by this Agreement.',
        ),
    ), 'present', 'd10-8-1-section-6-2-does-not'),
    ('R15e', (
        (LAW_COURT_AND_PROVIDERS_IN_6_2,),
        (
            "6.5 Section 6.2 does not apply to a disclosure of Student Data to the District's"
            ' auditors; in a merger, the successor must agree to be bound by this Agreement.',
        ),
    ), 'present', 'd11-6-5-section-6-2-does-not'),
    ('R15e', (
        (LAW_COURT_AND_PROVIDERS_IN_6_2,),
        (
            '6.5 Section 7.1 does not apply to a transfer of Student Data to an acquirer in a'
            ' merger.',
        ),
    ), 'present', 'd12-6-5-section-7-1-does-not'),
    ('R15e', (
        (LAW_COURT_AND_PROVIDERS_IN_6_2,),
        (
            '6.5 Section 6.2 continues to apply to any transfer of Student Data in a merger.',
        ),
    ), 'present', 'd13-6-5-section-6-2-continues-to'),
    ('R15d', (
        (
            '6.2 Provider shall not sell, rent or trade Student Data.',
        ),
        (
            '6.5 Section 6.2 does not apply to a transfer of Student Data in a merger, and '
            'the successor shall be bound by this Agreement.',
        ),
    ), 'present', 'd14-6-5-section-6-2-does-not'),
    ('R4', (
        (
            "Parents may review their child's data by writing to us.",
        ),
    ), 'weak', 'e1-parents-may-review-their-child-s-data'),
    ('R4', (
        (
            "Parents may review their child's data by writing to us.",
        ),
        (
            'If a parent finds an error, we will correct it within 15 days.',
        ),
    ), 'present', 'e2-if-a-parent-finds-an-error-we'),
    ('R4', (
        (
            "If a student's record is wrong, we will correct it within 15 days.",
        ),
        (
            "Parents may review their child's data by writing to us.",
        ),
    ), 'present', 'e3-parents-may-review-their-child-s-data'),
    ('R4', (
        (
            'If a parent reports an error, we will correct the record within 15 days.',
        ),
        (
            "Parents may review their child's data by writing to us.",
        ),
    ), 'present', 'e4-parents-may-review-their-child-s-data'),
    ('R4', (
        (
            'Provider will make the correction within ten (10) business days.',
        ),
        (
            "Parents may review their child's data by writing to us.",
        ),
    ), 'present', 'e5-parents-may-review-their-child-s-data'),
    ('R4', (
        (
            "If a student's record is wrong, the School will correct it within 15 days.",
        ),
        (
            "Parents may review their child's data by writing to us.",
        ),
    ), 'weak', 'e6-parents-may-review-their-child-s-data'),
    ('R4', (
        (
            'If you find an error in a roster you uploaded, you will correct it within 5 '
            'days.',
        ),
        (
            "Parents may review their child's data by writing to us.",
        ),
    ), 'weak', 'e7-parents-may-review-their-child-s-data'),
    ('R4', (
        (
            'Provider may, in its sole discretion, correct it within 10 days.',
        ),
        (
            "Parents may review their child's data by writing to us.",
        ),
    ), 'weak', 'e8-parents-may-review-their-child-s-data'),
    ('R4', (
        (
            'We will correct it within [__] days.',
        ),
        (
            "Parents may review their child's data by writing to us.",
        ),
    ), 'weak', 'e9-parents-may-review-their-child-s-data'),
    ('R4', (
        (
            'Where we agree a record is wrong, we will correct it within 10 days.',
        ),
        (
            "Parents may review their child's data by writing to us.",
        ),
    ), 'weak', 'e10-parents-may-review-their-child-s-data'),
    ('R4', (
        (
            'We will correct it within fifteen days.',
        ),
        (
            "Parents may review their child's data by writing to us.",
        ),
    ), 'present', 'e11-parents-may-review-their-child-s-data'),
    ('R4', (
        (
            'If a parent shows us that an entry is wrong, we will correct it within ten (10) '
            'days.',
        ),
        (
            'Parents may ask to see the information we hold about their child.',
        ),
    ), 'present', 'e12-parents-may-ask-to-see-the-information'),
]  # fmt: skip

# A review of the session's code (a helper on a copy of 1ac26c3, told not to open the corpus):
# its probes, each case failing at 1ac26c3.
CODE_REVIEW = [
    ('R1', (
        (
            'Student Data is and remains the property of the District.',
        ),
        (LESSON_PLANS_OWNED_JOINTLY,),
    ), 'present', 'cr2-lesson-plans-jointly-owned-no-recording-named'),
    ('R7', (
        (
            'When the services end, Provider will delete all Student Data.',
        ),
        (LESSON_PLANS_OWNED_JOINTLY,),
    ), 'present', 'cr2-same-deletion-at-the-end'),
    ('R1', (
        (
            'Student Data is and remains the property of the District.',
        ),
        (
            'Recordings of student sessions will not be jointly owned by CREC and the '
            'Consultant; CREC alone owns them.',
        ),
    ), 'present', 'cr3-joint-ownership-denied'),
    ('R15e', (
        (SIX_CASES_IN_6_2,),
        (
            'Neither this Section nor Section 6.3 applies to a transfer of Student Data as '
            "part of a merger, in which case the acquirer's privacy policy will then apply to"
            ' it.',
        ),
    ), 'weak', 'cr4-this-section-nor-6-3'),
    ('R15e', (
        (SIX_CASES_IN_6_2,),
        (
            '6.4 Sections 6.1 and 6.2 do not apply to a transfer of Student Data as part of a'
            ' merger or acquisition.',
        ),
    ), 'weak', 'cr4-sections-6-1-and-6-2'),
    ('R15e', (
        (
            '6.2 Disclosure.',
        ),
        (
            '6.2.1 Provider shall not disclose Student Data except: (A) in furtherance of '
            'School Purposes of the Service, to a recipient that uses it to improve the '
            'operability and functionality of the Service and has implemented the security '
            'procedures of this Addendum; (B) to ensure legal and regulatory compliance; (C) '
            'to respond to judicial process; (D) to protect the safety of users or others or '
            'the security of the Service; (E) to an entity hired by Provider to provide '
            'services for the Service, provided Provider contractually (i) prohibits the '
            'entity from using Student Data for any purpose other than providing the '
            'contracted service, (ii) prohibits the entity from disclosing Student Data to '
            'subsequent third parties, and (iii) requires the entity to implement and '
            'maintain reasonable security procedures and practices; (F) for a school purpose '
            'requested by a student or parent, provided the data is not used for any other '
            'purpose.',
        ),
        (
            '6.4 Section 6.2 does not apply to a transfer of Student Data as part of a merger'
            ' or acquisition.',
        ),
    ), 'weak', 'cr4-promise-in-6-2-1-section-6-2-lifted'),
    ('R15e', (
        (SIX_CASES_IN_6_2,),
        (
            '11.1 Section 6.2 survives termination of this Agreement; Section 8 does not '
            'apply to the transfer of billing accounts to an acquirer in a merger.',
        ),
    ), 'present', 'cr5-6-2-named-outside-the-lifted-clause'),
    ('R15e', (
        (SIX_CASES_IN_6_2,),
        (
            '6.4 Section 6.2 does not apply to a transfer of Student Data as part of a '
            "merger, and the data will then be subject to the acquirer's privacy policy.",
        ),
    ), 'weak', 'cr6-successor-subject-to-its-own-policy'),
    ('R15e', (
        (SIX_CASES_IN_6_2,),
        (
            '6.4 The exceptions in this Section 6.2 do not apply to a transfer of Student '
            "Data in a merger, which requires the School's prior written consent.",
        ),
    ), 'present', 'cr7-the-exceptions-lifted-stricter'),
    ('R15e', (
        (SIX_CASES_IN_6_2,),
        (
            '6.4 Section 6.2 does not apply to the sharing of de-identified data with a '
            'successor in a merger.',
        ),
    ), 'present', 'cr7-de-identified-data-lifted'),
    ('R15d', (
        (
            'Provider will not sell, rent or trade Student Data.',
        ),
        (
            'This section does not apply to the transfer of invoices and billing accounts to '
            'an acquirer in a merger.',
        ),
    ), 'present', 'cr8-unnumbered-paper-this-section-of-a-billing-clause'),
    ('R4', (
        (
            "Parents may review their child's data in the app.",
        ),
        (
            'When the School asks for an export, we will make it available within 30 days.',
        ),
    ), 'weak', 'cr9-we-will-make-it-available-within-30-days'),
    ('R4', (
        (
            'If an invoice is wrong, we will correct it within 30 days.',
        ),
        (
            "Parents may review their child's data in the app.",
        ),
    ), 'weak', 'cr9-an-invoice-corrected'),
    ('R4', (
        (
            'We will fix it within 2 days if the tablet screen breaks.',
        ),
        (
            "Parents may review their child's data in the app.",
        ),
    ), 'weak', 'cr9-a-broken-tablet-fixed'),
    ('R4', (
        (
            "Parents may review their child's data in the app.",
        ),
        (
            'If the app crashes we will fix it, and crash logs are kept for 30 days.',
        ),
    ), 'weak', 'cr9-the-period-is-the-logs-not-the-fix-s'),
    ('R11', (
        (
            'All work a student creates remains the property of the student who uploads it to'
            ' a school or district account.',
        ),
    ), 'present', 'cr12-uploads-it-to-a-school-account'),
    ('R11', (
        (
            'Usage logs belong to the student.',
        ),
    ), 'missing', 'cr13-usage-logs'),
    ('R15d', (
        (
            'You will not receive spam from us, and we will never sell, rent or trade your '
            "child's personal information.",
        ),
    ), 'present', 'cr14-no-spam-and-no-sale'),
    ('R13', (
        (
            'You will not receive spam or targeted ads from us, and we will never use Student'
            ' Data for targeted advertising.',
        ),
    ), 'present', 'cr14-no-spam-and-no-targeting'),
    ('R11', (
        (
            'Work that they compose remains the property of the student.',
        ),
    ), 'present', 'cr17-work-they-compose'),
    ('R11', (
        (
            'Work a student creates will not be owned by the student who created it.',
        ),
    ), 'missing', 'cr11-will-not-be-owned-by-the-student'),
]  # fmt: skip

CODE_REVIEW_CONTROLS = [
    ('R1', (
        (
            'Student Data is and remains the property of the District.',
        ),
        (
            'Recordings of Residency sessions are jointly owned by the Host and the Artist.',
        ),
    ), 'weak', 'cr2-the-session-s-own-example-still-caught'),
    ('R15e', (
        (SIX_CASES_IN_6_2,),
        (
            '6.4 Neither this Section 6.2 nor Section 6.3 applies to a transfer of School '
            "Data as part of a merger, in which case the acquirer's privacy policy will then "
            'apply to it.',
        ),
    ), 'weak', 'cr4-doc-example'),
    ('R4', (
        (
            "Parents may review their child's data in the app.",
        ),
        (
            "If something needs fixing that a teacher can't change, the school can email "
            'support and we will correct it within 15 days.',
        ),
    ), 'present', 'cr9-the-session-s-own-example-still-present'),
]  # fmt: skip

test_batch_64_classes_read_right = probe.reads_as_labelled(CASES)
test_batch_64_controls_stand = probe.reads_as_labelled(CONTROLS)

test_the_reviews_cases_read_right = probe.reads_as_labelled(REVIEW)
test_the_reviews_controls_stand = probe.reads_as_labelled(REVIEW_CONTROLS)
test_the_code_reviews_cases_read_right = probe.reads_as_labelled(CODE_REVIEW)
test_the_code_reviews_controls_stand = probe.reads_as_labelled(CODE_REVIEW_CONTROLS)
