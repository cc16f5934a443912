"""Classes of misreading found in batch 60 (tests/corpus/heldout-60/), held out until
2026-12-05 and development since, each read right.

Each case is a sentence of the class, written for the test in words of its own, not a
corpus document's. Each group of sentences is a paragraph of its own. Every case fails on
the rules of ec91cd1, before this round; every control reads the same on both.
"""

from __future__ import annotations

import audit_probes as probe

PREAMBLE = 'Maplewood Learning, Inc. ("Maplewood") provides the Service to the School.'
ARTIST = (
    'These Terms apply to every workshop that Jane Rivera Music LLC ("the Artist") delivers '
    'for a school, district or other education provider ("the Host").'
)
ARTIST_AND_SCHOOL = (
    'This Agreement is between Jane Rivera Music LLC (the "Artist") and Hillside Magnet '
    'School (the "School").'
)

CASES = [
    # an exception in another item of the statute's list is that item's, not the ban's
    ('R15a', (
        (
            PREAMBLE,
        ),
        (
            'Maplewood shall not: (a) use personally identifiable information in Student '
            'Data for Targeted Advertising; (b) engage in Targeted Advertising on '
            'FracTrack; (c) sell Student Data; or (d) disclose Student Data, except in '
            'furtherance of School Purposes, to service providers bound by written '
            'confidentiality terms, or as otherwise permitted by law.',
        ),
    ), 'present', 'another-items-exception-is-that-items'),
    # whoever made it, and for a child the child and the parent: the students' own
    ('R11', (
        (
            PREAMBLE,
        ),
        (
            'Drawings and any other content you submit ("User Content") belong to the '
            "person who made them or, for a child, to the child and the child's parent or"
            ' legal guardian.',
        ),
    ), 'present', 'the-maker-or-for-a-child-the-child'),
    # the school named by the kinds of school it may be
    ('R1', (
        (
            ARTIST,
        ),
        (
            '7.1 Student information remains the property of the Host and under the '
            "Host's control.",
        ),
    ), 'present', 'the-host-named-by-the-kinds-of-school'),
    # a class the vendor owns whose definition takes in the sessions' recordings
    ('R1', (
        (
            ARTIST,
        ),
        (
            '2.3 "Session Materials" means song sheets, handouts, student reflection '
            'sheets and any video recordings made during a session.',
        ),
        (
            '6.1 All Session Materials are the property of the Artist.',
        ),
        (
            '7.1 Student information remains the property of the Host and under the '
            "Host's control.",
        ),
    ), 'weak', 'the-vendors-term-takes-in-the-recordings'),
    # the data used to improve the vendor's other titles
    ('U1', (
        (
            PREAMBLE,
        ),
        (
            'We use student data to run the App, to save progress, and to fix bugs and '
            'improve the App and our other Maplewood titles.',
        ),
    ), 'weak', 'improve-our-other-titles'),
    # service providers forbidden to use it for anything but their service
    ('R15e', (
        (
            PREAMBLE,
        ),
        (
            'We disclose student data only: to service providers who host the App, under '
            'written contracts that forbid them to use it for anything but their service '
            'to us, forbid them to pass it on, and require them to keep it secure; or to '
            'comply with a court order.',
        ),
    ), 'present', 'forbidden-to-use-it-for-anything-but'),
    # a list of uses closed by the sentence after it
    ('R3', (
        (
            PREAMBLE,
        ),
        (
            'We use student information to run and improve the App and to tailor lessons '
            'to each student.',
            'We do not use it for anything else.',
        ),
    ), 'present', 'and-nothing-else'),
    # FERPA only an example of the applicable laws kept to
    ('R8', (
        (
            PREAMBLE,
        ),
        (
            'Maplewood complies with applicable laws, such as FERPA, COPPA and state '
            'student privacy laws.',
        ),
    ), 'weak', 'ferpa-an-example-of-applicable-laws'),
    # a short numbered sentence with a plural subject's verb is no heading
    ('R12', (
        (
            PREAMBLE,
        ),
        (
            '5.4 Our servers follow industry standard security practice.',
        ),
    ), 'weak', 'a-numbered-sentence-not-a-heading'),
    # no ads in the service, but the data may still pick ads elsewhere
    ('R13', (
        (
            PREAMBLE,
        ),
        (
            'Advertising',
            'The App is ad-free: we do not show advertising of any kind to students in '
            'the App.',
        ),
    ), 'weak', 'ad-free-but-nothing-bars-elsewhere'),
    # an accompanist named by two instruments, approved and bound in part
    ('R14', (
        (
            ARTIST,
        ),
        (
            "The Artist may bring a fiddle or banjo accompanist, subject to the Host's "
            'prior written approval of each person.',
            'Each of them will follow section 4.4.',
        ),
    ), 'weak', 'an-accompanist-of-two-instruments'),
    # a video of the child seen, but nothing corrected
    ('R4', (
        (
            ARTIST,
        ),
        (
            '5.8 A parent may ask to see any video of his or her child held by the '
            'Artist, and the Artist will send a copy within ten (10) days.',
        ),
    ), 'weak', 'a-video-of-the-child-reviewed-not-corrected'),
    # the families told of every breach, five days or ten
    ('R6d', (
        (
            PREAMBLE,
        ),
        (
            "Maplewood will notify affected students' parents directly no later than five"
            ' (5) days after discovery for breaches involving student information other '
            'than directory information, and ten (10) days after discovery for all other '
            'breaches.',
        ),
    ), 'present', 'and-ten-days-for-all-other-breaches'),
    # Connecticut law for two sections, whatever the order of precedence
    ('R9', (
        (
            PREAMBLE,
        ),
        (
            '11.1 This Agreement is governed by the laws of the State of Oregon.',
            'Schedule C applies to Customers in the states it names.',
        ),
        (
            'If they conflict, Schedule C controls for the Customers it covers.',
        ),
        (
            'Schedule C: State Terms',
        ),
        (
            'For Customers in Connecticut, Sections 4 and 7 shall be construed under, and'
            ' governed by, the laws of the State of Connecticut.',
        ),
    ), 'weak', 'two-sections-construed-and-governed'),
    # the master agreement keeps the law it designates
    ('R9', (
        (
            PREAMBLE,
        ),
        (
            '12.1 This Addendum shall be governed by the laws of the State of '
            'Connecticut.',
            'In all other respects the Master Agreement remains governed by the law it '
            'designates (the State of Oregon).',
        ),
    ), 'weak', 'the-master-keeps-the-law-it-designates'),
    # Connecticut's law over both papers, notwithstanding the other clause
    ('R9', (
        (
            PREAMBLE,
        ),
        (
            'Part A is governed by the laws of the State of Oregon, except as Part B '
            'provides otherwise.',
        ),
        (
            'This DPA will be governed by the laws of the state in which the LEA is '
            'located.',
        ),
        (
            'Notwithstanding Section A6 of Part A, the laws of the State of Connecticut '
            'shall govern the rights and duties of all parties to this DPA and to the '
            'Service Agreement.',
        ),
    ), 'present', 'connecticut-over-both-papers'),
    # the recording of the students the performer's own property
    ('R1', (
        (
            ARTIST,
        ),
        (
            "4.1 The class lists remain the Host's property.",
        ),
        (
            'I record each workshop for my own archive.',
            "The recording, including the students' songs, is my own property.",
        ),
    ), 'weak', 'the-recording-is-my-own-property'),
    # the lists deleted on the day, the recordings kept as the performer's own
    ('R7', (
        (
            ARTIST,
        ),
        (
            'I delete the class lists at the end of the workshop day.',
        ),
        (
            'I record each workshop for my own archive.',
            "The recording, including the students' songs, is my own property.",
        ),
    ), 'weak', 'lists-deleted-recordings-owned'),
    # deleted thirty days after the sharing concert
    ('R7', (
        (
            ARTIST,
        ),
        (
            '4.5 On the last day the Artist will shred all paper class lists.',
            'Video recordings of students will be deleted within thirty (30) days after '
            'the sharing concert.',
        ),
    ), 'weak', 'deleted-thirty-days-after-the-sharing-concert'),
    # collected to make the vendor's apps at large better
    ('R15c', (
        (
            PREAMBLE,
        ),
        (
            'We only collect and keep Student Data to run the App for the classroom, keep'
            ' it secure, and make Maplewood apps better.',
        ),
    ), 'weak', 'collected-to-make-the-vendors-apps-better'),
    # a notice period law enforcement may lengthen
    ('R6b', (
        (
            PREAMBLE,
        ),
        (
            'We will notify the School within five (5) days of discovering a breach, or '
            'within such longer period as law enforcement may require.',
        ),
    ), 'weak', 'such-longer-period-as-law-enforcement-requires'),
]  # fmt: skip

CONTROLS = [
    ('R15a', (
        (
            PREAMBLE,
        ),
        (
            'Maplewood shall not: (a) engage in Targeted Advertising on FracTrack; or (b)'
            ' sell Student Data.',
        ),
    ), 'present', 'a-list-with-no-exception'),
    ('R11', (
        (
            PREAMBLE,
        ),
        (
            'Content you submit belongs to the person who uploaded it.',
        ),
    ), 'missing', 'whoever-uploaded-may-be-staff'),
    ('R1', (
        (
            ARTIST_AND_SCHOOL,
        ),
        (
            '2.3 "Session Materials" means song sheets, handouts and lesson plans.',
        ),
        (
            '6.1 All Session Materials are the property of the Artist.',
        ),
        (
            '7.1 Student information remains the property of the School.',
        ),
    ), 'present', 'the-vendors-own-materials'),
    ('R3', (
        (
            PREAMBLE,
        ),
        (
            'We use student information to run and improve the App.',
            'We also use it for research.',
        ),
    ), 'weak', 'a-use-added-after'),
    ('R8', (
        (
            PREAMBLE,
        ),
        (
            'Maplewood will comply with FERPA and with applicable laws, such as COPPA.',
        ),
    ), 'present', 'ferpa-itself-beside-the-others'),
    ('R13', (
        (
            PREAMBLE,
        ),
        (
            'We do not show advertising of any kind in the App, and we never use Student '
            'Data to target advertising anywhere.',
        ),
    ), 'present', 'ad-free-and-a-ban-anywhere'),
    ('R6d', (
        (
            PREAMBLE,
        ),
        (
            "Maplewood will notify affected students' parents directly no later than five"
            ' (5) days after discovery for breaches involving student information other '
            'than directory information.',
        ),
    ), 'missing', 'student-information-alone'),
    ('R9', (
        (
            PREAMBLE,
        ),
        (
            '12.1 This Addendum and the Master Agreement shall be governed by the laws of'
            ' the State of Connecticut.',
        ),
    ), 'present', 'connecticut-for-both'),
    ('R7', (
        (
            ARTIST,
        ),
        (
            'I delete the class lists and any recordings at the end of the workshop day.',
        ),
    ), 'present', 'everything-deleted-on-the-day'),
]  # fmt: skip


# What a review of this round's patterns found (a helper on a copy of 2477985's code, told not
# to open the corpus): each sentence the reviewer's, each failing on those rules.
SERVICE = (
    'Maplewood Learning, Inc. ("Maplewood") provides the ReadNest reading app (the "Service") '
    "to the School."
)
ARTIST_OF_CREC = (
    'This Agreement is between the Capitol Region Education Council ("CREC") and Dana Ruiz, '
    'a teaching artist ("the Artist").'
)
DELETED_AT_THE_END = (
    "Upon completion of the residency, the Artist will delete all Student Data, including any "
    "recordings of students, and will not retain any copy."
)
WORKSHOP_MATERIALS = (
    '"Workshop Materials" means the lesson plans, handouts, reflection sheets completed by '
    "participants, and any audio or video recordings made during a Workshop."
)
NOT_THE_ARTISTS = "Student Data is not the property of, or under the control of, the Artist."
FAMILIES_TOLD = (
    "If a breach of security occurs, Maplewood will notify affected students and their parents "
    "without unreasonable delay, and not later than five (5) days after discovery for student "
    "information other than directory information, "
)
SCHOOL_TOLD = (
    "In the case of a breach involving Directory Information, Student Records or "
    "Student-Generated Content, Maplewood will notify the School without unreasonable delay, and "
    "in no case later than ten (10) days from discovery of the breach, "
)
PROVIDERS = (
    "Maplewood shall not disclose Student Data, except (a) to service providers that host "
    "ReadNest, "
)

REVIEW = [
    ('R15e', (
        (
            'Maplewood Learning, Inc. ("Maplewood") provides the ReadNest reading app to '
            'the Capitol Region Education Council ("CREC").',
            'Maplewood may work with a school, university or other research institution '
            '("the Partner") to evaluate ReadNest.',
        ),
        (
            'Maplewood shall not disclose Student Data to any third party, except to the '
            'Partner.',
        ),
    ), 'weak', 'a-research-partner-named-by-kinds-is-no-school'),
    ('R1', (
        (
            ARTIST_OF_CREC,
        ),
        (
            '"Workshop Materials" means the lesson plans, lyric sheets and audio '
            'recordings of workshop songs that the Artist composed and brings to the '
            'sessions.',
            'All Workshop Materials are the property of the Artist.',
            NOT_THE_ARTISTS,
        ),
    ), 'present', 'recordings-of-the-artists-own-songs', 'consultant'),
    ('R1', (
        (
            ARTIST_OF_CREC,
        ),
        (
            '"Artist Materials" means the Artist\'s lesson plans, exemplar pieces and '
            'handouts, but not student work.',
            'All Artist Materials are the property of the Artist.',
            NOT_THE_ARTISTS,
        ),
    ), 'present', 'materials-but-not-student-work', 'consultant'),
    ('R1', (
        (
            ARTIST_OF_CREC,
        ),
        (
            WORKSHOP_MATERIALS,
            'The Artist owns all Workshop Materials.',
            NOT_THE_ARTISTS,
        ),
    ), 'weak', 'the-artist-owns-all-workshop-materials', 'consultant'),
    ('R1', (
        (
            ARTIST_OF_CREC,
        ),
        (
            WORKSHOP_MATERIALS,
            "All Workshop Materials are the Artist's property.",
            NOT_THE_ARTISTS,
        ),
    ), 'weak', 'workshop-materials-are-the-artists-property', 'consultant'),
    ('R7', (
        (
            ARTIST_OF_CREC,
        ),
        (
            'Photographs of students taken during the residency are given to the School; '
            'the backing tracks I composed for the residency are my own property.',
            DELETED_AT_THE_END,
        ),
    ), 'present', 'a-semicolon-parts-the-school-photos-from-the-artists-tracks', 'consultant'),
    ('R7', (
        (
            ARTIST_OF_CREC,
        ),
        (
            "Recordings of the students' performances belong to the School and its "
            "students, and the Artist keeps no copy; the Artist's own lesson videos are "
            "the Artist's property.",
            DELETED_AT_THE_END,
        ),
    ), 'present', 'the-artists-own-lesson-videos', 'consultant'),
    ('R7', (
        (
            ARTIST_OF_CREC,
        ),
        (
            "The recording of the sharing concert, including the students' solos, belongs"
            ' to me.',
            DELETED_AT_THE_END,
        ),
    ), 'weak', 'the-concert-recording-belongs-to-me', 'consultant'),
    ('R7', (
        (
            ARTIST_OF_CREC,
        ),
        (
            "I keep the recording of the sharing concert, including the students' solos, "
            'as my own property.',
            DELETED_AT_THE_END,
        ),
    ), 'weak', 'kept-as-my-own-property', 'consultant'),
    ('U1', (
        (
            SERVICE,
        ),
        (
            'Maplewood may use Student Data only to provide, maintain and improve '
            'ReadNest and its integration with Google Classroom and other apps the School'
            ' uses.',
        ),
    ), 'present', 'other-apps-the-school-uses'),
    ('U1', (
        (
            SERVICE,
        ),
        (
            'Maplewood may use Student Data to provide ReadNest and to improve ReadNest '
            'and the rest of the Maplewood catalog.',
        ),
    ), 'weak', 'the-rest-of-the-catalog'),
    ('U1', (
        (
            SERVICE,
        ),
        (
            'Maplewood may use Student Data to provide ReadNest and to develop and '
            'improve ReadNest and other Maplewood programs.',
        ),
    ), 'weak', 'other-maplewood-programs'),
    ('R15c', (
        (
            SERVICE,
        ),
        (
            'Maplewood collects and stores Student Data only to provide Maplewood '
            'products to the School for School Purposes.',
        ),
    ), 'present', 'maplewood-products-provided-to-the-school'),
    ('R15c', (
        (
            SERVICE,
        ),
        (
            'Maplewood collects and stores Student Data only for School Purposes and to '
            'make our apps better.',
        ),
    ), 'weak', 'to-make-our-apps-better'),
    ('R15c', (
        (
            SERVICE,
        ),
        (
            'Maplewood collects and stores Student Data only for School Purposes and to '
            'improve the Maplewood family of apps.',
        ),
    ), 'weak', 'the-maplewood-family-of-apps'),
    ('R15e', (
        (
            SERVICE,
        ),
        (
            PROVIDERS
            + 'who may use it for anything but advertising, must keep it secure and may '
              'not disclose it to any other party; or (b) as required by law or court '
              'order.',
        ),
    ), 'weak', 'anything-but-advertising'),
    ('R15e', (
        (
            SERVICE,
        ),
        (
            PROVIDERS
            + 'whom Maplewood contractually forbids to use it except for their service to'
              ' Maplewood, forbids to disclose it to any other party, and requires to '
              'keep it secure; or (b) as required by law or court order.',
        ),
    ), 'present', 'forbidden-except-for-their-service'),
    ('R15e', (
        (
            SERVICE,
        ),
        (
            PROVIDERS
            + 'who by contract may use it for nothing but their services to Maplewood, '
              'may not disclose it to any other party, and must keep it secure; or (b) as'
              ' required by law or court order.',
        ),
    ), 'present', 'nothing-but-their-services'),
    ('R3', (
        (
            SERVICE,
        ),
        (
            'Maplewood uses Student Data to provide ReadNest to the School, to measure '
            "each student's reading progress, and to fix problems with the app.",
            "We don't use it for anything else.",
        ),
    ), 'present', 'we-dont-use-it-for-anything-else'),
    ('R3', (
        (
            SERVICE,
        ),
        (
            'Maplewood uses Student Data to provide ReadNest to the School, to measure '
            "each student's reading progress, and to fix problems with the app.",
            'We never use it for anything else.',
        ),
    ), 'present', 'we-never-use-it-for-anything-else'),
    ('R3', (
        (
            SERVICE,
        ),
        (
            'Maplewood uses Student Data to provide ReadNest to the School, to measure '
            "each student's reading progress, and to fix problems with the app.",
            'It is not used for anything else.',
        ),
    ), 'present', 'it-is-not-used-for-anything-else'),
    ('R3', (
        (
            SERVICE,
        ),
        (
            'Maplewood uses Student Data to provide ReadNest to the School and to improve'
            ' our other reading titles.',
            'We do not use it for anything else.',
        ),
    ), 'weak', 'a-closed-list-with-the-vendors-other-titles'),
    ('R8', (
        (
            SERVICE,
        ),
        (
            'Maplewood complies with applicable federal and state laws, such as FERPA and'
            ' COPPA.',
        ),
    ), 'weak', 'applicable-federal-and-state-laws-such-as-ferpa'),
    ('R8', (
        (
            SERVICE,
        ),
        (
            'Maplewood will comply with applicable law, including FERPA.',
        ),
    ), 'weak', 'applicable-law-including-ferpa'),
    ('R12', (
        (
            SERVICE,
        ),
        (
            '5.4 Our systems adhere to industry standard security practices.',
        ),
    ), 'weak', 'our-systems-adhere'),
    ('R13', (
        (
            SERVICE,
        ),
        (
            'At the moment, ReadNest has no ads.',
        ),
    ), 'missing', 'at-the-moment-no-ads'),
    ('R13', (
        (
            SERVICE,
        ),
        (
            'As of the date of this Agreement, ReadNest contains no advertising.',
        ),
    ), 'missing', 'as-of-the-date-of-this-agreement'),
    ('R13', (
        (
            SERVICE,
        ),
        (
            'Today, there are no ads in ReadNest.',
        ),
    ), 'missing', 'today-there-are-no-ads'),
    ('R13', (
        (
            SERVICE,
        ),
        (
            'ReadNest is ad-free, but Maplewood may use Student Data to target '
            'advertising to parents by email.',
        ),
    ), 'missing', 'ad-free-but-may-target-parents'),
    ('R4', (
        (
            ARTIST_OF_CREC,
        ),
        (
            'A parent may ask to look at any photo or recording of his or her child that '
            'the Artist holds.',
        ),
    ), 'weak', 'look-at-any-photo-of-the-child', 'consultant'),
    ('R4', (
        (
            ARTIST_OF_CREC,
        ),
        (
            'A parent may ask to see any photograph, video or audio recording of his or '
            'her child that the Artist holds.',
        ),
    ), 'weak', 'a-photograph-video-or-audio-recording', 'consultant'),
    ('R4', (
        (
            ARTIST_OF_CREC,
        ),
        (
            'Parents may ask to see any pictures or video clips of their child that the '
            'Artist holds.',
        ),
    ), 'weak', 'pictures-or-video-clips', 'consultant'),
    ('R6d', (
        (
            SERVICE,
        ),
        (
            FAMILIES_TOLD
            + 'and as soon as reasonably practicable for all other breaches.',
        ),
    ), 'weak', 'other-breaches-in-no-stated-time'),
    ('R6d', (
        (
            SERVICE,
        ),
        (
            FAMILIES_TOLD
            + 'and ten (10) days for any other breach.',
        ),
    ), 'present', 'ten-days-for-any-other-breach'),
    ('R6d', (
        (
            SERVICE,
        ),
        (
            FAMILIES_TOLD
            + 'or ten (10) days in all other cases.',
        ),
    ), 'present', 'ten-days-in-all-other-cases'),
    ('R9', (
        (
            SERVICE,
        ),
        (
            'Sections 5 and 6 of this Addendum shall be governed by and construed under '
            'the laws of the State of Connecticut.',
        ),
    ), 'weak', 'sections-of-this-addendum'),
    ('R9', (
        (
            SERVICE,
        ),
        (
            'This DPA shall be governed by the laws of the State of Connecticut, which '
            'shall govern the rights and duties of all parties.',
            'In all other respects the Master Agreement continues to be governed by the '
            'law it designates (the State of Delaware).',
        ),
    ), 'weak', 'continues-to-be-governed-by-the-law-it-designates'),
    ('R9', (
        (
            SERVICE,
        ),
        (
            'The Master Agreement is governed by the laws of the State of Delaware.',
            'Notwithstanding Section 14 of the Master Agreement, the laws of the State of'
            ' Connecticut shall govern the rights and duties of the parties to this DPA '
            'and the Master Agreement with respect to Student Data only.',
        ),
    ), 'weak', 'over-both-papers-as-to-student-data-only'),
    ('R9', (
        (
            SERVICE,
        ),
        (
            'The Master Agreement is governed by the laws of the State of Delaware.',
            'Notwithstanding Section 14 of the Master Agreement, this DPA and the Master '
            'Agreement shall be governed by the laws of the State of Connecticut.',
        ),
    ), 'present', 'this-dpa-and-the-master-agreement-governed-by-connecticut'),
    ('R7', (
        (
            ARTIST_OF_CREC,
        ),
        (
            'I will delete all student information, including photographs and recordings,'
            ' immediately after the end-of-residency showcase and will keep no copies.',
        ),
    ), 'present', 'after-the-end-of-residency-showcase', 'consultant'),
    ('R7', (
        (
            ARTIST_OF_CREC,
        ),
        (
            'I will delete all student information immediately after the sharing concert,'
            ' except recordings I choose to keep for my portfolio.',
        ),
    ), 'weak', 'except-recordings-i-keep', 'consultant'),
    ('R7', (
        (
            ARTIST_OF_CREC,
        ),
        (
            'I will delete all student information immediately after the final concert, '
            'except recordings I choose to keep for my portfolio.',
        ),
    ), 'weak', 'after-the-final-concert-except-recordings', 'consultant'),
    ('R7', (
        (
            ARTIST_OF_CREC,
        ),
        (
            'I will delete all student information, other than the recordings I keep for '
            'my portfolio, immediately after the sharing concert.',
        ),
    ), 'weak', 'other-than-the-recordings-i-keep', 'consultant'),
    ('R6b', (
        (
            SERVICE,
        ),
        (
            SCHOOL_TOLD
            + 'or within any longer period that law enforcement requires.',
        ),
    ), 'weak', 'any-longer-period-law-enforcement-requires'),
    ('R6b', (
        (
            SERVICE,
        ),
        (
            SCHOOL_TOLD
            + 'unless a law enforcement agency asks Maplewood to wait.',
        ),
    ), 'weak', 'unless-law-enforcement-asks-to-wait'),
    ('R6b', (
        (
            SERVICE,
        ),
        (
            SCHOOL_TOLD
            + 'or such later date as a law enforcement agency may direct.',
        ),
    ), 'weak', 'such-later-date-as-law-enforcement-directs'),
    ('R15e', (
        (
            SERVICE,
        ),
        (
            'Maplewood shall not disclose Student Data, except that the public '
            "leaderboard shows each reader's display name, school, and weekly score.",
        ),
    ), 'weak', 'display-name-school-and-score'),
    ('R15e', (
        (
            SERVICE,
        ),
        (
            'Maplewood shall not disclose Student Data, except that the public '
            "leaderboard shows each reader's school and display name.",
        ),
    ), 'weak', 'school-and-display-name'),
    ('R15e', (
        (
            SERVICE,
        ),
        (
            'Maplewood shall not disclose Student Data to any third party, except to '
            'Maplewood personnel and District staff who need it to provide the Service.',
        ),
    ), 'present', 'personnel-and-district-staff'),
    ('R15e', (
        (
            SERVICE,
        ),
        (
            'Maplewood shall not disclose Student Data to any third party, except to the '
            "student's teachers and school counselors.",
        ),
    ), 'present', 'teachers-and-school-counselors'),
]  # fmt: skip

# Across the development batches, not one batch's class (2026-12-05, after the review): a
# perpetual or irrevocable licence the school or its students give the vendor over their content
# or data leaves the school's ownership (1) weak, as outside readers label it 29 times against
# 10 where it is not held to what a student shares in a public gallery, to the service, or to
# data that name no one. Each case fails on the rules of ff60f58; each control reads the same.
OWNED = "2.1 The School owns all Student Data and keeps control of it."
LASTING_LICENCE = [
    ('R1', (
        (
            PREAMBLE,
        ),
        (
            OWNED,
        ),
        (
            '2.2 You grant Maplewood a worldwide, royalty-free, perpetual and irrevocable'
            ' licence to host, copy, adapt and display Your Content to operate and '
            'promote the Service.',
        ),
    ), 'weak', 'a-perpetual-licence-over-your-content'),
    ('R1', (
        (
            PREAMBLE,
        ),
        (
            OWNED,
        ),
        (
            '4.3 By uploading a Design, the student grants Maplewood a perpetual licence '
            'to use it for any purpose.',
        ),
    ), 'weak', 'a-students-design-licensed-for-good'),
]  # fmt: skip

LASTING_LICENCE_CONTROLS = [
    ('R1', (
        (
            PREAMBLE,
        ),
        (
            OWNED,
        ),
        (
            '6.1 Maplewood grants the School a perpetual licence to use its lesson plans.',
        ),
    ), 'present', 'a-licence-to-the-school'),
    ('R1', (
        (
            PREAMBLE,
        ),
        (
            OWNED,
        ),
        (
            '4.3 By publishing a Project to the Gallery, the student grants Maplewood a '
            'perpetual licence to display it.',
        ),
    ), 'present', 'what-a-student-shares-in-the-gallery'),
    ('R1', (
        (
            PREAMBLE,
        ),
        (
            OWNED,
        ),
        (
            '4.3 The School grants Maplewood a perpetual licence to host and display '
            'Creations within the Service.',
        ),
    ), 'present', 'held-to-the-service'),
    ('R1', (
        (
            PREAMBLE,
        ),
        (
            '4. Content.',
            'You grant Maplewood a perpetual and irrevocable licence to host, copy and '
            'display Your Content to promote the Service.',
        ),
        (
            '5.1 Notwithstanding Section 4, the School owns all Student Data and keeps '
            'control of it.',
        ),
    ), 'present', 'the-licences-section-set-aside'),
    ('R1', (
        (
            PREAMBLE,
        ),
        (
            OWNED,
        ),
        (
            '4.3 Each student grants Maplewood a perpetual licence to use Student Work in'
            ' anonymised form to improve the Service.',
        ),
    ), 'present', 'nameless-work'),
]  # fmt: skip

test_each_class_is_read_right = probe.reads_as_labelled(CASES)
test_the_controls_keep_their_reading = probe.reads_as_labelled(CONTROLS)
test_the_reviews_findings_are_read_right = probe.reads_as_labelled(REVIEW)
test_a_lasting_licence_weakens_the_schools_ownership = probe.reads_as_labelled(LASTING_LICENCE)
test_licences_that_leave_it_whole = probe.reads_as_labelled(LASTING_LICENCE_CONTROLS)
