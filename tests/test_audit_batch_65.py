"""Classes of misreading found in batch 65 (tests/corpus/heldout-65/), held out until
2026-12-06 and development since, each read right.

Each case is a sentence of the class, written for the test in words of its own, not a
corpus document's. Each group of sentences is a paragraph of its own. Every case fails on
the rules of 2ba0a23, before this round; every control reads the same on both.
"""

from __future__ import annotations

import audit_probes as probe

PREAMBLE = 'Maplewood Learning, Inc. ("Maplewood") provides the Service to the School.'
ARTIST = (
    'These Terms apply to every workshop that Jane Rivera Music LLC (the "Artist") '
    'delivers for a school, district or other education provider (the "Host").'
)
REVIEW = "Parents can see what Maplewood holds about their child by asking the teacher."

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

test_batch_65_classes_read_right = probe.reads_as_labelled(CASES)
test_batch_65_controls_stand = probe.reads_as_labelled(CONTROLS)
