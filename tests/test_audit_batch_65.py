"""Classes of misreading found in batch 65 (tests/corpus/heldout-65/), held out until
2026-12-06 and development since, each read right.

Each case is a sentence of the class, written for the test in words of its own, not a
corpus document's. Each group of sentences is a paragraph of its own. Every case fails on
the rules of 2ba0a23, before this round; every control reads the same on both.
"""

from __future__ import annotations

import audit_probes as probe
from audit_probes import ARTIST, PREAMBLE

A_FAMILY_REVIEW = "Parents can see what Maplewood holds about their child by asking the teacher."

CASES = [
    ('R3', (
        (PREAMBLE,),
        (
            'FIELD IDENTIFICATIONS ARE GUESSES ONLY: NEVER HANDLE A WASP NEST BECAUSE THE APP'
            ' NAMED IT.',
        ),
    ), 'missing', 'a-safety-warning-is-no-use-limit'),
    ('R4', (
        (PREAMBLE,),
        (
            'Students can ask to review or correct their information by contacting their '
            'teacher or school.',
            'We are not able to respond to access or correction requests directly from '
            'students.',
        ),
    ), 'missing', 'not-able-to-respond'),
    ('R15c', (
        (PREAMBLE,),
        (
            'We collect and keep student data only to run the Service for schools and, where '
            'a school agrees, to add its classes to the River Count network with our '
            'university research partners.',
        ),
    ), 'weak', 'with-our-research-partners'),
    ('R15e', (
        (PREAMBLE,),
        (
            'Maplewood shall not disclose Student Data, unless the disclosure is made (A) to '
            'ensure legal and regulatory compliance; (B) in response to a judicial order; or '
            '(C) as otherwise permitted or required by applicable law.',
        ),
    ), 'weak', 'permitted-or-required-by-applicable-law'),
    ('R7', (
        (ARTIST,),
        (
            '4.7 The Artist will delete the class list on the last day of the workshops.',
        ),
        (
            "Song sheets that students fill in during a workshop become part of the Artist's "
            'teaching collection, and we keep them for use with future classes.',
        ),
    ), 'weak', 'kept-by-a-pronoun-for-future-classes', 'consultant'),
    ('R3', (
        (ARTIST,),
        (
            'The Artist shall use Student Data only as needed for the Workshop and as '
            "otherwise permitted under the Artist's Studio Data Practices Statement, as "
            'updated from time to time.',
        ),
    ), 'weak', 'a-practices-statement-the-artist-writes', 'consultant'),
    ('R3', (
        (ARTIST,),
        (
            'I only use student information for running the workshops and for related '
            'Ensemble activities.',
        ),
    ), 'weak', 'and-for-related-activities', 'consultant'),
    ('R8', (
        (ARTIST,),
        (
            '5.8 I will comply with all applicable privacy laws (for example FERPA) when I '
            'handle student information.',
        ),
    ), 'weak', 'privacy-laws-for-example-ferpa', 'consultant'),
    ('R15a', (
        (PREAMBLE,),
        (
            '4.1 Maplewood shall not (a) engage in Targeted Advertising on StarTrail or any '
            'Maplewood website; (b) engage in Targeted Advertising on any other website, '
            'online service or mobile application if the advertising is based on Student Data'
            ' that Maplewood has acquired because of the use of StarTrail; or (c) use '
            'personally identifiable information contained in Student Data for Targeted '
            'Advertising.',
        ),
    ), 'present', 'on-the-product-or-any-vendor-website'),
    ('R13', (
        (PREAMBLE,),
        (
            "We never use any student's name, details or photograph to target advertising at "
            'anyone.',
        ),
    ), 'present', 'a-students-name-details-or-photograph'),
    ('R1', (
        (PREAMBLE,),
        (
            'As between the parties, the School owns and controls all Student Data.',
        ),
        (
            'Maplewood owns the Service, including the star-chart datasets, lesson content '
            'and software.',
        ),
    ), 'present', 'the-services-own-datasets'),
    ('R6b', (
        (ARTIST,),
        (
            "If any student's forms or details go missing, we will phone the school office "
            'within one week of finding out.',
        ),
    ), 'present', 'forms-go-missing-and-a-phone-call', 'consultant'),
    ('R6b', (
        (ARTIST,),
        (
            'If something goes wrong with student information in our care, we will tell the '
            'Host within three business days of noticing.',
        ),
    ), 'present', 'something-goes-wrong-with-student-information', 'consultant'),
]  # fmt: skip

CONTROLS = [
    ('R3', (
        (PREAMBLE,),
        (
            "Maplewood handles the School's data only to run the Service for the School.",
        ),
    ), 'present', 'handles-the-schools-data'),
    ('R15c', (
        (PREAMBLE,),
        (
            'We collect and store student data only to provide the Service for school '
            'purposes.',
        ),
    ), 'present', 'no-research-beside-it'),
    ('R8', (
        (ARTIST,),
        (
            '5.8 I will comply with FERPA when I handle student information.',
        ),
    ), 'present', 'ferpa-itself', 'consultant'),
    ('R1', (
        (PREAMBLE,),
        (
            'As between the parties, the School owns and controls all Student Data.',
        ),
        (
            'Maplewood owns all usage data collected from student accounts.',
        ),
    ), 'weak', 'a-claim-to-usage-data-stands'),
    ('R6b', (
        (ARTIST,),
        (
            'If a replacement tablet goes missing in shipping, we will phone the school '
            'office within one week.',
        ),
    ), 'missing', 'a-tablet-lost-in-shipping'),
]  # fmt: skip

# Sentences the reviews' cases share.
FAMILIES_SENT_TO_THE_SCHOOL = (
    "Parents and students may review and correct their information by contacting their "
    "teacher or school."
)
CORRECTED_IN_FIFTEEN_DAYS = (
    "If something needs fixing that a teacher can't change, the school can email "
    "support@frostline.example and we will correct it within fifteen (15) days."
)
DELETED_AT_THE_END = (
    "At the end of the residency, we will delete all student information we hold and keep no "
    "copies."
)
LUPINE_ADDENDUM = (
    'This Student Data Addendum is made between Lupine Learning, Inc. ("Lupine") and the '
    'Capitol Region Education Council ("CREC").'
)
AND_A_RESEARCH_PROGRAM = (
    "We use student data only to provide the Service and for the research program described "
    "in Section 11."
)
NOT_ABLE_TO_RESPOND = (
    "We are not able to respond to access or correction requests directly from students."
)
THE_RECORD_CORRECTED = (
    "If a record is wrong, the school can email us and we will correct the record within "
    "fifteen (15) days."
)
ON_PACKRANGE_OR_ANY_LUPINE_WEBSITE = (
    "Lupine will not engage in targeted advertising on PackRange or any Lupine website."
)
PARENTS_SENT_TO_THE_SCHOOL = (
    "Parents may review and correct their child's information by contacting their teacher or "
    "school."
)

# A review of the round's patterns (a helper on a copy of 99817d1, told not to open the corpus;
# its own words): each case failed at 99817d1 and reads right after its mends; each control
# reads the same on both.
REVIEW = [
    ('R3', (
        (
            'We use student data only to provide the Service and to support teachers, and we '
            'do not share it with any research partners.',
        ),
    ), 'present', 'rp5-we-use-student-data-only-to-provide'),
    ('R3', (
        (
            'Consultant will use Student Data solely to provide the Services and to support '
            'the District research program described in the Scope of Work.',
        ),
    ), 'present', 'rp6-consultant-will-use-student-data-solely-to', 'consultant'),
    ('R3', (
        (
            'Vendor will use Student Data only to provide the Service and to take part in '
            'university research initiatives.',
        ),
    ), 'weak', 'rp8-vendor-will-use-student-data-only-to'),
    ('R3', (
        (
            "Contractor will handle data requests from parents only through the District's "
            'online portal.',
        ),
    ), 'missing', 'h4-contractor-will-handle-data-requests-from-parents'),
    ('R3', (
        (
            'Vendor will handle any records requests only as the District directs in writing.',
        ),
    ), 'missing', 'h5-vendor-will-handle-any-records-requests-only'),
    ('R3', (
        (
            'Vendor will handle personal student data only for the purposes of this '
            'Agreement.',
        ),
    ), 'present', 'h6-vendor-will-handle-personal-student-data-only'),
    ('R3', (
        (
            "We handle your child's information only to run the chess club sessions the "
            'School has booked.',
        ),
    ), 'present', 'h8-we-handle-your-child-s-information-only', 'consultant'),
    ('R3', (
        (
            'Contractor handles Student PII exclusively to provide the Services.',
        ),
    ), 'present', 'h9-contractor-handles-student-pii-exclusively-to-provide'),
    ('R3', (
        (
            "Vendor's handling of Student Data shall be limited solely to providing the "
            'Services under this Agreement.',
        ),
    ), 'present', 'h10-vendor-s-handling-of-student-data-shall'),
    ('R3', (
        (
            'Consultant will handle the names and grades of students only to prepare the '
            'evaluation report for the District.',
        ),
    ), 'present', 'h11-consultant-will-handle-the-names-and-grades', 'consultant'),
    ('R3', (
        (
            "Vendor will handle the District's student records only to provide the Services.",
        ),
    ), 'present', 'h14-vendor-will-handle-the-district-s-student'),
    ('R3', (
        (
            "We will handle the data migration only at the District's written request.",
        ),
    ), 'missing', 'h16-we-will-handle-the-data-migration-only'),
    ('R4', (
        (
            FAMILIES_SENT_TO_THE_SCHOOL,
            'Our staff are not able to respond to questions about grading policy.',
        ),
    ), 'weak', 'd6-our-staff-are-not-able-to-respond'),
    ('R4', (
        (
            'Parents can see what we hold about their child by asking the teacher.',
        ),
        (CORRECTED_IN_FIFTEEN_DAYS,),
        (
            'We cannot respond to support tickets sent outside school hours until the next '
            'school day.',
        ),
    ), 'present', 'd7-we-cannot-respond-to-support-tickets-sent'),
    ('R4', (
        (
            'Parents can see what we hold about their child by asking the teacher.',
        ),
        (CORRECTED_IN_FIFTEEN_DAYS,),
        (
            'We are not able to respond to press enquiries about individual schools.',
        ),
    ), 'present', 'd8-we-are-not-able-to-respond-to'),
    ('R4', (
        (
            'Parents can see what we hold about their child by asking the teacher.',
        ),
        (CORRECTED_IN_FIFTEEN_DAYS,),
        (
            'We are unable to respond to press enquiries about individual schools.',
        ),
    ), 'present', 'd8c-we-are-unable-to-respond-to-press'),
    ('R4', (
        (
            'Parents can see what we hold about their child by asking the teacher.',
        ),
        (CORRECTED_IN_FIFTEEN_DAYS,),
        (
            'If our monitoring shows the Service is down and we cannot respond within one '
            'hour, we will post a notice on the status page.',
        ),
    ), 'present', 'd9-if-our-monitoring-shows-the-service-is'),
    ('R4', (
        (
            "Parents may review and correct their child's information by emailing "
            'privacy@tallyworks.example, and we will correct any error within ten (10) days; '
            'we cannot respond to requests sent by post.',
        ),
    ), 'present', 'd10-parents-may-review-and-correct-their-child'),
    ('R4', (
        (
            "Parents and eligible students may review and correct their child's records; "
            'requests should be submitted to our Customer Care team at '
            'privacy@quillmark.example.',
        ),
    ), 'present', 't3-parents-and-eligible-students-may-review-and'),
    ('R4', (
        (
            "Parents may review and correct their child's information by writing to us; all "
            'such requests are handled by our Client Services team.',
        ),
    ), 'present', 't4-parents-may-review-and-correct-their-child', 'consultant'),
    ('R4', (
        (
            'Parents may review and correct the information we hold about their child; '
            'requests may be sent through the online Customer Portal or by email to '
            'records@tallyworks.example.',
        ),
    ), 'present', 't5-parents-may-review-and-correct-the-information'),
    ('R4', (
        (
            "Parents may review and correct their child's records; requests should be "
            'submitted to our district success team.',
        ),
    ), 'present', 't7-parents-may-review-and-correct-their-child'),
    ('R7', (
        (DELETED_AT_THE_END,),
        (
            'Students may borrow our hand lenses and field guides during the residency, and '
            'we keep them for use with future classes.',
        ),
    ), 'present', 'k2-students-may-borrow-our-hand-lenses-and', 'consultant'),
    ('R7', (
        (DELETED_AT_THE_END,),
        (
            'Finished student murals are handed over to the Host School, and it may keep them'
            ' for use with future classes.',
        ),
    ), 'present', 'k3-finished-student-murals-are-handed-over-to', 'consultant'),
    ('R7', (
        (DELETED_AT_THE_END,),
        (
            'Students work from our printed pattern cards during the sessions, and we keep '
            'them for use with other schools.',
        ),
    ), 'present', 'k5-students-work-from-our-printed-pattern-cards', 'consultant'),
    ('R7', (
        (DELETED_AT_THE_END,),
        (
            "We keep the students' finished notebooks for use with future classes.",
        ),
    ), 'weak', 'k6-we-keep-the-students-finished-notebooks-for', 'consultant'),
    ('R7', (
        (DELETED_AT_THE_END,),
        (
            'Student weavings made in the residency stay with us, and we keep them to show '
            "next year's classes.",
        ),
    ), 'weak', 'k7-student-weavings-made-in-the-residency-stay', 'consultant'),
    ('R7', (
        (DELETED_AT_THE_END,),
        (
            "Student files are stored on the District's network, and the District's IT "
            'provider will keep them for use with future classes.',
        ),
    ), 'present', 'k11-student-files-are-stored-on-the-district', 'consultant'),
    ('R7', (
        (DELETED_AT_THE_END,),
        (
            "Students' scanned worksheets sit in our encrypted backup during the residency, "
            'and we keep them only until the final session, never for future classes.',
        ),
    ), 'present', 'k12-students-scanned-worksheets-sit-in-our-encrypted', 'consultant'),
    ('R15e', (
        (
            'Vendor will not disclose Student Data to any third party, except as authorized '
            'or required by law.',
        ),
    ), 'weak', 'l6-vendor-will-not-disclose-student-data-to'),
    ('R15e', (
        (
            'Vendor will not disclose Student Data to any third party, except as the law '
            'permits or requires.',
        ),
    ), 'weak', 'l7-vendor-will-not-disclose-student-data-to'),
    ('R15e', (
        (
            'Vendor will not disclose Student Data to any third party, except as permitted or'
            ' mandated by applicable law.',
        ),
    ), 'weak', 'l8-vendor-will-not-disclose-student-data-to'),
    ('R15e', (
        (
            'Vendor will not disclose Student Data to any third party, except as permitted or'
            ' required by applicable state law.',
        ),
    ), 'weak', 'l11-vendor-will-not-disclose-student-data-to'),
    ('R15e', (
        (
            'Vendor will not disclose Student Data to any third party, except as permitted or'
            ' required by Connecticut law.',
        ),
    ), 'weak', 'l12-vendor-will-not-disclose-student-data-to'),
    ('R3', (
        (
            'Consultant will use Student Data only to perform the Services or as otherwise '
            "permitted under CREC's Data Practices Statement.",
        ),
    ), 'present', 'e2-consultant-will-use-student-data-only-to', 'consultant'),
    ('R3', (
        (
            'Consultant will use Student Data only to perform the Services and as described '
            'in the Data Practices Statement attached to this Agreement as Exhibit C.',
        ),
    ), 'present', 'e3-consultant-will-use-student-data-only-to', 'consultant'),
    ('R3', (
        (
            'Consultant will use Student Data only to perform the Services or as otherwise '
            'permitted in our Statement of Data Practices.',
        ),
    ), 'weak', 'e4-consultant-will-use-student-data-only-to', 'consultant'),
    ('R3', (
        (
            'Consultant will use Student Data only to perform the Services or as otherwise '
            'set out in our Data Use Statement.',
        ),
    ), 'weak', 'e5-consultant-will-use-student-data-only-to', 'consultant'),
    ('R3', (
        (
            'Consultant will use Student Data only to perform the Services or as otherwise '
            "permitted under District's Student Data Practices Statement.",
        ),
    ), 'present', 'e6-consultant-will-use-student-data-only-to', 'consultant'),
    ('R3', (
        (
            'Consultant will use Student Data only to perform the Services and as described '
            'in the Privacy Policy attached to this Agreement as Exhibit C.',
        ),
    ), 'present', 'e3c-consultant-will-use-student-data-only-to', 'consultant'),
    ('R3', (
        (
            'Consultant will use Student Data only to perform the Services or as otherwise '
            "permitted under CREC's Student Privacy Policy.",
        ),
    ), 'present', 'e2p-consultant-will-use-student-data-only-to', 'consultant'),
    ('R13', (
        (LUPINE_ADDENDUM,),
        (
            'Lupine shall not use Student Data held in PackRange or any Lupine system for '
            'targeted advertising.',
        ),
    ), 'present', 'v3-lupine-shall-not-use-student-data-held'),
    ('R1', (
        (
            'The District owns all Student Data.',
        ),
        (
            'Vendor owns the Platform, including all Student Data entered into it by teachers'
            ' and students.',
        ),
    ), 'weak', 'o2-vendor-owns-the-platform-including-all-student'),
    ('R1', (
        (
            'The District owns all Student Data.',
        ),
        (
            'Contractor retains all rights in its research datasets, which hold each '
            "student's name, answers and scores.",
        ),
    ), 'weak', 'o4-contractor-retains-all-rights-in-its-research'),
    ('R1', (
        (
            'The District owns all Student Data.',
        ),
        (
            'Vendor owns the Service, such as the software and all assessment records of each'
            ' student.',
        ),
    ), 'weak', 'o6-vendor-owns-the-service-such-as-the'),
    ('R6a', (
        (
            'If something goes wrong with the roster data import, we will email the District '
            'within one (1) day.',
        ),
    ), 'missing', 'b3-if-something-goes-wrong-with-the-roster'),
    ('R6a', (
        (
            "If the School's purchase order forms go missing in the post, we will let the "
            'business office know within five (5) days.',
        ),
    ), 'missing', 'b4-if-the-school-s-purchase-order-forms', 'consultant'),
    ('R6a', (
        (
            'If student records are stolen from our office, we will call the district '
            "attorney's office within one (1) day.",
        ),
    ), 'missing', 'b5-if-student-records-are-stolen-from-our', 'consultant'),
    ('R6a', (
        (
            'If something goes wrong with any of the student information we hold, we will '
            'call the principal within two (2) days.',
        ),
    ), 'present', 'b6-if-something-goes-wrong-with-any-of', 'consultant'),
    ('R6a', (
        (
            'If something has gone wrong with student information in our care, we will phone '
            'the school office within two (2) days.',
        ),
    ), 'present', 'b7-if-something-has-gone-wrong-with-student', 'consultant'),
    ('R6a', (
        (
            'If something goes wrong with our billing records, we will phone the district '
            'business office within five (5) days.',
        ),
    ), 'missing', 'b13-if-something-goes-wrong-with-our-billing'),
    ('R15d', (
        (
            "We will never sell, rent or trade a student's name and details.",
        ),
    ), 'present', 'n3-we-will-never-sell-rent-or-trade'),
    ('R15d', (
        (
            "We will never sell, rent or trade any child's name, details or photo.",
        ),
    ), 'present', 'n4-we-will-never-sell-rent-or-trade'),
    ('R15d', (
        (
            "We will never sell, rent or trade any student's details or photographs.",
        ),
    ), 'present', 'n5-we-will-never-sell-rent-or-trade'),
    ('R3', (
        (
            'Vendor will use Student Data only to provide the Services and for the classroom '
            'activities teachers assign in the Services.',
        ),
    ), 'present', 'a2-vendor-will-use-student-data-only-to'),
    ('R3', (
        (
            'Vendor will use Student Data only to provide the Services and for the learning '
            'activities the School schedules.',
        ),
    ), 'present', 'a3-vendor-will-use-student-data-only-to'),
    ('R3', (
        (
            "Vendor will use Student Data only to provide the Services and for the District's"
            ' extracurricular activities.',
        ),
    ), 'present', 'a4-vendor-will-use-student-data-only-to'),
    ('R3', (
        (
            'Vendor will use Student Data only to provide the Services and other related '
            'activities.',
        ),
    ), 'weak', 'a5-vendor-will-use-student-data-only-to'),
    ('R15c', (
        (
            'Vendor will collect and store Student Data only to provide the Services and for '
            'the classroom activities teachers assign in the Services.',
        ),
    ), 'present', 'a8-vendor-will-collect-and-store-student-data'),
    ('R3', (
        (
            'Vendor will use Student Data only to provide the Services and for the '
            'after-school activities the District asks us to run.',
        ),
    ), 'present', 'a9-vendor-will-use-student-data-only-to'),
]  # fmt: skip

REVIEW_CONTROLS = [
    ('R15e', (
        (
            'Vendor will not disclose Student Data to any third party, except to an entity '
            'Vendor engages to host the Service, provided Vendor contractually prohibits the '
            'entity from using Student Data for any purpose other than hosting, prohibits it '
            'from disclosing Student Data to subsequent third parties, and requires it to '
            'implement and maintain the security procedures and practices this Agreement '
            'requires.',
        ),
    ), 'present', 'sp1-vendor-will-not-disclose-student-data-to'),
    ('R3', (
        (AND_A_RESEARCH_PROGRAM,),
    ), 'weak', 'rp1-we-use-student-data-only-to-provide'),
    ('R3', (
        (
            'Vendor will use Student Data only to deliver the Nest Watch curriculum and, '
            'where a school opts in, to enrol its classes in the Nest Watch Science Network '
            'with our university research partners.',
        ),
    ), 'weak', 'rp2-vendor-will-use-student-data-only-to'),
    ('R3', (
        (
            'Vendor will use Student Data only to provide the Services, and never shares it '
            'with our university research partners.',
        ),
    ), 'present', 'rp4-vendor-will-use-student-data-only-to'),
    ('R15c', (
        (
            'Vendor will collect and store Student Data only to provide the Service and for '
            'the research program described in Section 11.',
        ),
    ), 'weak', 'rp9-vendor-will-collect-and-store-student-data'),
    ('R15c', (
        (
            'Vendor will collect and store Student Data only to provide the Service, and will'
            ' not pass it to our research partners.',
        ),
    ), 'present', 'rp10-vendor-will-collect-and-store-student-data'),
    ('R3', (
        (
            "Vendor will use Student Data only to provide the Service and for the District's "
            'research program described in the Scope of Work.',
        ),
    ), 'present', 'rp11-vendor-will-use-student-data-only-to'),
    ('U1', (
        (AND_A_RESEARCH_PROGRAM,),
    ), 'weak', 'rp12-we-use-student-data-only-to-provide'),
    ('R3', (
        (
            'Contractor will handle Student Data only to provide the Services to the '
            'District.',
        ),
    ), 'present', 'h1-contractor-will-handle-student-data-only-to'),
    ('R3', (
        (
            'We handle student information solely to run the after-school robotics program '
            'for the School.',
        ),
    ), 'present', 'h2-we-handle-student-information-solely-to-run'),
    ('R3', (
        (
            "Our instructors will handle the live insects only under the classroom teacher's "
            'supervision.',
        ),
    ), 'missing', 'h3-our-instructors-will-handle-the-live-insects', 'consultant'),
    ('R3', (
        (
            'We handle all student information solely to deliver the tutoring sessions.',
        ),
    ), 'present', 'h7-we-handle-all-student-information-solely-to', 'consultant'),
    ('R3', (
        (
            'Contractor will not handle Student Data for any purpose other than those '
            'authorized pursuant to this Agreement.',
        ),
    ), 'present', 'h12-contractor-will-not-handle-student-data-for'),
    ('R3', (
        (
            'Our staff handle complaints about data quickly and only through the support '
            'desk.',
        ),
    ), 'missing', 'h13-our-staff-handle-complaints-about-data-quickly'),
    ('R3', (
        (
            'Contractor will handle such data only as needed to provide the Services.',
        ),
    ), 'present', 'h15-contractor-will-handle-such-data-only-as'),
    ('R4', (
        (
            FAMILIES_SENT_TO_THE_SCHOOL,
            NOT_ABLE_TO_RESPOND,
        ),
    ), 'missing', 'd1-we-are-not-able-to-respond-to'),
    ('R4', (
        (
            FAMILIES_SENT_TO_THE_SCHOOL,
            'We are not able to respond directly to students, but when the school sends us a '
            'request we will make the correction within ten (10) days.',
        ),
    ), 'present', 'd2-we-are-not-able-to-respond-directly'),
    ('R4', (
        (
            "Parents can view their child's reading history in the Family Dashboard.",
        ),
        (THE_RECORD_CORRECTED,),
        (
            'We cannot respond to support calls on weekends or school holidays.',
        ),
    ), 'present', 'd4-we-cannot-respond-to-support-calls-on'),
    ('R4', (
        (
            "Parents can view their child's reading history in the Family Dashboard.",
        ),
        (THE_RECORD_CORRECTED,),
    ), 'present', 'd4c-if-a-record-is-wrong-the-school'),
    ('R4', (
        (
            FAMILIES_SENT_TO_THE_SCHOOL,
            "We can't respond to correction requests that come straight from students.",
        ),
    ), 'missing', 'd5-we-can-t-respond-to-correction-requests'),
    ('R4', (
        (
            FAMILIES_SENT_TO_THE_SCHOOL,
            'We do not respond to requests from students or parents directly.',
        ),
    ), 'missing', 'd1c-we-do-not-respond-to-requests-from'),
    ('R4', (
        (
            'Parents can see what we hold about their child by asking the teacher.',
        ),
        (CORRECTED_IN_FIFTEEN_DAYS,),
    ), 'present', 'd7c-if-something-needs-fixing-that-a-teacher'),
    ('R4', (
        (
            "Parents may review and correct their child's information by emailing "
            'privacy@tallyworks.example, and we will correct any error within ten (10) days.',
            'Because our office is closed in August, we cannot respond to requests made in '
            'that month until September 1.',
        ),
    ), 'present', 'd11-because-our-office-is-closed-in-august'),
    ('R4', (
        (
            "Parents may review and correct their child's records; requests must be made "
            'through the Host School.',
            'Vendor will give the Host School the records it asks for and make any correction'
            ' it directs within ten (10) days.',
        ),
    ), 'present', 't2-vendor-will-give-the-host-school-the'),
    ('R4', (
        (
            "Parents may review and correct their child's records; requests should be "
            "addressed to the Provider's records officer.",
        ),
    ), 'present', 't8-parents-may-review-and-correct-their-child'),
    ('R7', (
        (DELETED_AT_THE_END,),
        (
            'Field notebook pages that students complete become part of our Bug Box teaching '
            'collection, and we keep them for use with future classes.',
        ),
    ), 'weak', 'k1-field-notebook-pages-that-students-complete-become', 'consultant'),
    ('R7', (
        (DELETED_AT_THE_END,),
        (
            "Students' sketchbooks go home with them at the end of the residency; we do not "
            'keep them for future classes.',
        ),
    ), 'present', 'k4-students-sketchbooks-go-home-with-them-at', 'consultant'),
    ('R7', (
        (DELETED_AT_THE_END,),
        (
            'Students design their own puppets, and the Artist may keep them as examples for '
            'future workshops.',
        ),
    ), 'weak', 'k8-students-design-their-own-puppets-and-the', 'consultant'),
    ('R7', (
        (DELETED_AT_THE_END,),
        (
            'Students use our loaner tablets during each session, and we wipe and keep them '
            'for use with future classes.',
        ),
    ), 'present', 'k9-students-use-our-loaner-tablets-during-each', 'consultant'),
    ('R7', (
        (DELETED_AT_THE_END,),
        (
            "Where a parent asks us to, we keep the student's portfolio in a personal account"
            ' the family sets up, and it is not used with future classes.',
        ),
    ), 'present', 'k10-where-a-parent-asks-us-to-we', 'consultant'),
    ('R7', (
        (DELETED_AT_THE_END,),
        (
            'Student projects are uploaded to our online Gallery, and we keep them there for '
            'future classes to browse.',
        ),
    ), 'weak', 'k13-student-projects-are-uploaded-to-our-online', 'consultant'),
    ('R15e', (
        (
            'Vendor will not disclose Student Data to any third party, except as permitted or'
            ' required by applicable law.',
        ),
    ), 'weak', 'l1-vendor-will-not-disclose-student-data-to'),
    ('R15e', (
        (
            'Vendor will not disclose Student Data to any third party, except as required by '
            'law.',
        ),
    ), 'present', 'l2-vendor-will-not-disclose-student-data-to'),
    ('R15e', (
        (
            'Vendor will not disclose Student Data to any third party, except as required or '
            'permitted by law.',
        ),
    ), 'weak', 'l3-vendor-will-not-disclose-student-data-to'),
    ('R15e', (
        (
            'Vendor will not disclose Student Data to any third party, except as permitted or'
            ' required under FERPA.',
        ),
    ), 'weak', 'l4-vendor-will-not-disclose-student-data-to'),
    ('R15e', (
        (
            'Vendor will not disclose Student Data to any third party, except where permitted'
            ' or required by applicable law.',
        ),
    ), 'weak', 'l5-vendor-will-not-disclose-student-data-to'),
    ('R15e', (
        (
            'Vendor will not disclose Student Data to any third party, except as required by '
            'law or permitted or required by a court order.',
        ),
    ), 'present', 'l9-vendor-will-not-disclose-student-data-to'),
    ('R15e', (
        (
            'Vendor will not disclose Student Data to any third party, except as permitted or'
            ' required by applicable laws.',
        ),
    ), 'weak', 'l10-vendor-will-not-disclose-student-data-to'),
    ('R15e', (
        (
            'Vendor will not disclose Student Data to any third party, except as permitted or'
            ' required by law or regulation.',
        ),
    ), 'weak', 'l13-vendor-will-not-disclose-student-data-to'),
    ('R8', (
        (
            'Contractor shall comply with all applicable laws pertaining to student data '
            'privacy and security, including FERPA.',
        ),
    ), 'present', 'f3-contractor-shall-comply-with-all-applicable-laws'),
    ('R8', (
        (
            'Contractor shall comply with all applicable laws, including FERPA.',
        ),
    ), 'weak', 'f5-contractor-shall-comply-with-all-applicable-laws'),
    ('R8', (
        (
            'Contractor shall comply with all applicable laws, for example FERPA and COPPA.',
        ),
    ), 'weak', 'f6-contractor-shall-comply-with-all-applicable-laws'),
    ('R8', (
        (
            'Contractor will comply with FERPA and all other applicable privacy laws, for '
            'example COPPA.',
        ),
    ), 'present', 'f7-contractor-will-comply-with-ferpa-and-all'),
    ('R3', (
        (
            'Consultant will use Student Data only to perform the Services or as otherwise '
            "permitted under Consultant's Institutional Data Practices Statement.",
        ),
    ), 'weak', 'e1-consultant-will-use-student-data-only-to', 'consultant'),
    ('R3', (
        (
            'Consultant will use Student Data only to perform the Services or as otherwise '
            'permitted under the CREC Data Practices Statement.',
        ),
    ), 'present', 'e2c-consultant-will-use-student-data-only-to', 'consultant'),
    ('R3', (
        (
            'Consultant will use Student Data only to perform the Services or as otherwise '
            'described in our Privacy Statement.',
        ),
    ), 'weak', 'e7-consultant-will-use-student-data-only-to', 'consultant'),
    ('R15a', (
        (LUPINE_ADDENDUM,),
        (ON_PACKRANGE_OR_ANY_LUPINE_WEBSITE,),
    ), 'present', 'v1-lupine-will-not-engage-in-targeted-advertising'),
    ('R15b', (
        (LUPINE_ADDENDUM,),
        (ON_PACKRANGE_OR_ANY_LUPINE_WEBSITE,),
    ), 'missing', 'v1b-lupine-will-not-engage-in-targeted-advertising'),
    ('R15b', (
        (LUPINE_ADDENDUM,),
        (
            'Lupine will not engage in targeted advertising to students on any Lupine partner'
            ' site.',
        ),
    ), 'weak', 'v2b-lupine-will-not-engage-in-targeted-advertising'),
    ('R15b', (
        (LUPINE_ADDENDUM,),
        (
            'Lupine will not engage in targeted advertising on other websites based on '
            'Student Data or persistent identifiers that Lupine gathers through any Lupine '
            'app.',
        ),
    ), 'present', 'v4-lupine-will-not-engage-in-targeted-advertising'),
    ('R15a', (
        (LUPINE_ADDENDUM,),
        (
            'Lupine will not engage in targeted advertising in PackRange and other Lupine '
            'apps.',
        ),
    ), 'present', 'v5-lupine-will-not-engage-in-targeted-advertising'),
    ('R15a', (
        (LUPINE_ADDENDUM,),
        (
            "Lupine will not engage in targeted advertising on PackRange or Lupine's other "
            'learning sites.',
        ),
    ), 'present', 'v6-lupine-will-not-engage-in-targeted-advertising'),
    ('R1', (
        (
            'The District owns all Student Data.',
        ),
        (
            'Faultline owns the Service, including the quake datasets, simulations, lesson '
            'content and software.',
        ),
    ), 'present', 'o1-faultline-owns-the-service-including-the-quake'),
    ('R1', (
        (
            'The District owns all Student Data.',
        ),
        (
            'Vendor owns its datasets, including the student responses and scores collected '
            'through the Service.',
        ),
    ), 'weak', 'o3-vendor-owns-its-datasets-including-the-student'),
    ('R1', (
        (
            'The District owns all Student Data.',
        ),
        (
            "Vendor owns all usage records generated by students' use of the Service.",
        ),
    ), 'weak', 'o5-vendor-owns-all-usage-records-generated-by'),
    ('R1', (
        (
            'The District owns all Student Data.',
        ),
        (
            'Hivelab owns its simulated hive data sets and the lesson software.',
        ),
    ), 'present', 'o7-hivelab-owns-its-simulated-hive-data-sets'),
    ('R1', (
        (
            'The District owns all Student Data.',
        ),
        (
            'Vendor owns the App, including the content and code, and all student progress '
            'records kept in it.',
        ),
    ), 'weak', 'o8-vendor-owns-the-app-including-the-content'),
    ('R1', (
        (
            'The District owns all Student Data, and Vendor owns the Service, including its '
            'software and lesson content.',
        ),
    ), 'present', 'o9-the-district-owns-all-student-data-and'),
    ('R6a', (
        (
            "If any student's forms or details go missing, we will phone the school office "
            'within two (2) days.',
        ),
    ), 'present', 'b1-if-any-student-s-forms-or-details', 'consultant'),
    ('R6a', (
        (
            'If something goes wrong with student information in our care, we will call the '
            'principal within two (2) days.',
        ),
    ), 'present', 'b2-if-something-goes-wrong-with-student-information', 'consultant'),
    ('R6a', (
        (
            'If student information is lost or stolen, we will phone the Host School within '
            'two (2) days.',
        ),
    ), 'present', 'b9-if-student-information-is-lost-or-stolen', 'consultant'),
    ('R6a', (
        (
            "If a student's registration details go missing, we will ring the programme "
            'coordinator within two (2) days.',
        ),
    ), 'present', 'b10-if-a-student-s-registration-details-go', 'consultant'),
    ('R6a', (
        (
            'If the sync of class roster details goes wrong, we will call the school office '
            'within one (1) day.',
        ),
    ), 'missing', 'b11-if-the-sync-of-class-roster-details'),
    ('R6a', (
        (
            'If any student details go missing because a parent typed the wrong email '
            'address, we will phone the school office within two (2) days.',
        ),
    ), 'present', 'b12-if-any-student-details-go-missing-because', 'consultant'),
    ('R6a', (
        (
            'These terms are addressed to you, the School.',
        ),
        (
            "If any student's forms or details go missing while in your care, you will phone "
            'the district office within two (2) days.',
        ),
    ), 'missing', 'b15-if-any-student-s-forms-or-details'),
    ('R15d', (
        (
            "We will never sell, rent or trade any student's name, details or photograph.",
        ),
    ), 'present', 'n1-we-will-never-sell-rent-or-trade'),
    ('R15d', (
        (
            'We will never sell, rent or trade Student Data.',
        ),
    ), 'present', 'n1c-we-will-never-sell-rent-or-trade'),
    ('R3', (
        (
            "We use a student's name, details and photograph only to run the holiday art "
            'workshop.',
        ),
    ), 'present', 'n2-we-use-a-student-s-name-details', 'consultant'),
    ('R3', (
        (
            "We use each pupil's name, details and work only to run the holiday art workshop.",
        ),
    ), 'present', 'n6-we-use-each-pupil-s-name-details', 'consultant'),
    ('R3', (
        (
            'This Agreement is between Consort Learning LLC ("Consort") and the Capitol '
            'Region Education Council ("CREC").',
        ),
        (
            'Consort will use Student Data only to provide the Program and for related '
            'Consort activities.',
        ),
    ), 'weak', 'a1-consort-will-use-student-data-only-to'),
    ('R3', (
        (
            'Vendor will use Student Data only to provide the Services and for no other '
            'activities.',
        ),
    ), 'present', 'a6-vendor-will-use-student-data-only-to'),
    ('R3', (
        (
            'Vendor will use Student Data only to provide the Services and for our '
            'fundraising activities.',
        ),
    ), 'weak', 'a7-vendor-will-use-student-data-only-to'),
]  # fmt: skip

# A review of the session's code (a helper on a copy of 99817d1, told not to open the corpus):
# its probes, each case failing at 99817d1.
CODE_REVIEW = [
    ('R6a', (
        (
            'If something goes wrong with student records, such as a wrong grade, we will '
            'email the school within two (2) days and fix it.',
        ),
    ), 'missing', 'cr1a-wrong-records'),
    ('R6a', (
        (
            'If something goes wrong with our data centre, we will email the school within '
            'two (2) days.',
        ),
    ), 'missing', 'cr1b-wrong-data-centre'),
    ('R6a', (
        (
            'If shipping details go missing, we will email the school within two (2) days and'
            ' resend the order.',
        ),
    ), 'missing', 'cr2a-shipping-details'),
    ('R6a', (
        (
            'If order forms go missing in the post, we will email the school within two (2) '
            'days and send new ones.',
        ),
    ), 'missing', 'cr2b-order-forms'),
    ('R6a', (
        (
            'If student data is lost or stolen from a phone the school issued, Contractor '
            'will wipe the device within two (2) days.',
        ),
    ), 'missing', 'cr3-phone-noun'),
    ('R1', (
        (
            'The School owns all Student Data.',
        ),
        (
            'Provider retains all rights in Sensor Data collected through the Platform, '
            'including location readings.',
        ),
    ), 'weak', 'cr4a-wares-veto'),
    ('R3', (
        (
            'Contractor will handle Personally Identifiable Information only to provide the '
            'Services.',
        ),
    ), 'present', 'cr6-handle-pii'),
    ('R3', (
        (
            'Contractor will use Student Data only to provide the Services and for classroom '
            'activities that teachers assign.',
        ),
    ), 'present', 'cr7-classroom-activities'),
    ('R3', (
        (
            'Contractor will use Student Data only to provide the Services and to carry out '
            'the research project described in Section 4 of this Agreement.',
        ),
    ), 'present', 'cr8-contract-study'),
    ('R3', (
        (
            "Contractor will use Student Data only as described in the School's Data "
            'Practices Statement.',
        ),
    ), 'present', 'cr9-schools-statement'),
    ('R7', (
        (
            'At the end of the residency we delete all student information we hold.',
            'We lend students microscopes and field kits during the residency, and we keep '
            'them for use with future classes.',
        ),
    ), 'present', 'cr11a-vendors-own-kit'),
    ('R7', (
        (
            'At the end of the residency we delete all student information we hold.',
            '7.2 Field notebook pages that students complete become part of our teaching '
            'collection, and we keep them for use with future classes.',
        ),
    ), 'weak', 'cr11c-notebook-numbered'),
    ('R4', (
        (
            PARENTS_SENT_TO_THE_SCHOOL,
            'We are not able to respond to messages sent to our old help address after June '
            '30.',
        ),
    ), 'weak', 'cr12b-declines-something-else'),
    ('R4', (
        (
            PARENTS_SENT_TO_THE_SCHOOL,
            'Our support desk is open on weekdays.',
            'Outside those hours we are not able to respond to phone calls.',
        ),
    ), 'weak', 'cr12c-declines-two-sentences-on'),
    ('R4', (
        (
            PARENTS_SENT_TO_THE_SCHOOL,
            'We cannot respond to access or correction requests directly from students.',
        ),
    ), 'missing', 'cr14-cannot-respond'),
    ('R4', (
        (
            "Parents may review and correct their child's data by emailing "
            'privacy@example.com; requests are handled by our School Success team within ten '
            '(10) business days.',
        ),
    ), 'present', 'cr15-our-school-team'),
    ('R15e', (
        (
            'Provider will not disclose Student Data to any third party except as permitted '
            'or required by applicable federal law.',
        ),
    ), 'weak', 'cr17b-permitted-or-required-fed'),
]  # fmt: skip

CODE_REVIEW_CONTROLS = [
    ('R1', (
        (
            'The School owns all Student Data.',
        ),
        (
            'Provider retains all rights in Sensor Data collected through the Platform.',
        ),
    ), 'weak', 'cr4b-wares-veto-control'),
    ('R1', (
        (
            'The School owns all Student Data.',
        ),
        (
            'Provider owns the Service, including the quake datasets, simulations, lesson '
            'content and software.',
        ),
    ), 'present', 'cr4c-wares-session-example'),
    ('R7', (
        (
            'At the end of the residency we delete all student information we hold.',
            'Field notebook pages that students complete become part of our teaching '
            'collection, and we keep them for use with future classes.',
        ),
    ), 'weak', 'cr11b-notebook-unnumbered'),
    ('R4', (
        (
            PARENTS_SENT_TO_THE_SCHOOL,
            NOT_ABLE_TO_RESPOND,
        ),
    ), 'missing', 'cr12a-declines-the-requests'),
    ('R15e', (
        (
            'Provider will not disclose Student Data to any third party except as permitted '
            'or required by applicable law.',
        ),
    ), 'weak', 'cr17a-permitted-or-required'),
]  # fmt: skip

test_batch_65_classes_read_right = probe.reads_as_labelled(CASES)
test_batch_65_controls_stand = probe.reads_as_labelled(CONTROLS)

test_the_reviews_cases_read_right = probe.reads_as_labelled(REVIEW)
test_the_reviews_controls_stand = probe.reads_as_labelled(REVIEW_CONTROLS)
test_the_code_reviews_cases_read_right = probe.reads_as_labelled(CODE_REVIEW)
test_the_code_reviews_controls_stand = probe.reads_as_labelled(CODE_REVIEW_CONTROLS)
