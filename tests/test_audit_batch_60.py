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


test_each_class_is_read_right = probe.reads_as_labelled(CASES)
test_the_controls_keep_their_reading = probe.reads_as_labelled(CONTROLS)
