"""Classes of misreading found in batch 66 (tests/corpus/heldout-66/), held out until
2026-12-06 and development since, each read right.

Each case is a sentence of the class, written for the test in words of its own, not a
corpus document's. Each group of sentences is a paragraph of its own. Every case fails on
the rules of 45e6421, before this round; every control reads the same on both.
"""

from __future__ import annotations

import audit_probes as probe
from audit_probes import ARTIST, PREAMBLE

TERMS_OF_USE = (
    "These Terms of Use govern your use of StarChart Junior, the sky-map app operated by "
    'Maplewood Learning, Inc. ("Maplewood", "we").'
)
A_CONNECTICUT_ADDENDUM = "This Addendum shall be governed by the laws of the State of Connecticut."
UNDER_13_ONLY = (
    "We do not use the personal information of users we know to be under 13 for interest-based "
    "advertising."
)

CASES = [
    ('R9', (
        (PREAMBLE,),
        (
            'This Agreement, and the rights and duties of all parties to it, are governed by '
            "the laws of the state in which the Customer's principal office is located.",
        ),
    ), 'present', 'where-the-customers-office-is'),
    ('R9', (
        (PREAMBLE,),
        (
            '11.4 These Terms, and all rights and duties of the Sponsor, Maplewood and every '
            'other party to them, are governed by the laws of the state in which the School is '
            'located.',
        ),
    ), 'present', 'numbered-with-every-party'),
    ('R9', (
        (PREAMBLE,),
        (
            'These Terms are governed by the laws of the State of Oregon.',
            'If the School is a public school district, these Terms are instead governed by '
            'the laws of the state in which the School is located.',
        ),
    ), 'present', 'instead-for-a-public-school'),
    ('R9', (
        (PREAMBLE,),
        (
            'Governing law and venue for this Rider are as stated in the Master Agreement.',
        ),
    ), 'missing', 'as-stated-in-the-master-agreement'),
    ('R9', (
        (PREAMBLE,),
        (
            'Sections 12 (Governing Law and Venue) and 13 (Notices) of the Maplewood Terms of '
            'Service apply to this notice.',
        ),
    ), 'missing', 'sections-named-by-their-titles'),
    ('R9', (
        (PREAMBLE,),
        (
            'This Schedule is governed by the law that governs the Agreement.',
        ),
    ), 'missing', 'the-law-that-governs-the-agreement'),
    ('R9', (
        (PREAMBLE,),
        (
            A_CONNECTICUT_ADDENDUM,
            'In all other respects Section 18.1 of the Agreement (Governing Law; Venue - State '
            'of Ohio) continues to apply.',
        ),
    ), 'weak', 'in-all-other-respects-continues-to-apply'),
    ('R9', (
        (PREAMBLE,),
        (
            'For schools in Connecticut, the laws of the State of Connecticut govern Section 5 '
            'and Section 8 of this DPA.',
        ),
    ), 'weak', 'connecticut-law-for-two-sections'),
    ('R14', (
        (ARTIST,),
        (
            'The Artist may bring substitute players.',
            'Each person who sees Student Information will be told about this Rider and '
            'bound by it.',
        ),
    ), 'weak', 'each-person-who-sees-it', 'consultant'),
    ('R11', (
        (TERMS_OF_USE,),
        (
            'You (or, if you are under 13, your parent or guardian) own the drawings and '
            'stories you create in the App.',
        ),
    ), 'present', 'you-or-your-parent-own'),
    ('R7', (
        (PREAMBLE,),
        (
            'Maplewood shall delete all Student Data upon completion of the Services and shall '
            'send the School written confirmation within thirty (30) days.',
        ),
    ), 'present', 'confirmation-after-a-deletion-at-completion'),
    ('R7', (
        (PREAMBLE,),
        (
            'Upon termination of this DPA, Maplewood shall dispose of all Student Data within '
            'sixty (60) days.',
        ),
        (
            'Student Data shall not be retained or available to Maplewood upon completion of '
            'the contracted services.',
            'Article IV, Section 5 is modified accordingly.',
        ),
    ), 'present', 'the-body-modified-accordingly'),
    ('R3', (
        (PREAMBLE,),
        (
            'Maplewood will use Student Data only to provide the Service, subject to Section '
            '4.3.',
        ),
        (
            'Maplewood will not use Student Data for any purpose other than providing the '
            'Service, except where Maplewood reasonably determines that a use is compatible '
            'with the purposes of this Agreement.',
        ),
    ), 'weak', 'except-where-it-reasonably-determines'),
    ('R15d', (
        (PREAMBLE,),
        (
            'Maplewood will not sell, rent, lease or trade Student Data.',
            'Transfers described in Section 9.2 are not a sale.',
        ),
        (
            '9.2 Maplewood may assign this Agreement, and transfer Student Data, to an '
            'affiliate or to a successor in a merger or acquisition.',
        ),
    ), 'weak', 'transfers-described-are-not-a-sale'),
    ('R15a', (
        (PREAMBLE,),
        (
            'Maplewood shall not (a) engage in targeted advertising on StarChart Junior or any '
            'other Maplewood website, online service or mobile application; (b) engage in '
            'targeted advertising on any other website if such advertising is based on any '
            'Student Data; or (c) use personally identifiable information contained in Student '
            'Data for targeted advertising.',
        ),
    ), 'present', 'a-name-of-two-words-or-any-other-brand-website'),
    ('R15a', (
        (PREAMBLE,),
        (
            "We do not use a student's name, email address or other personally identifiable "
            'information to target ads to that student, in StarChart or anywhere else.',
        ),
    ), 'weak', 'the-pii-alone-after-a-list'),
    ('R15b', (
        (TERMS_OF_USE,),
        (UNDER_13_ONLY,),
    ), 'weak', 'interest-based-advertising-for-under-13s'),
    ('R12', (
        (ARTIST,),
        (
            'The Artist shall keep Student Data secure, consistent with the security standards '
            'in Schedule B.',
        ),
        (
            '[Security standards - to be completed by the Host before signature]',
        ),
    ), 'weak', 'security-standards-to-be-completed', 'consultant'),
]  # fmt: skip

CONTROLS = [
    ('R9', (
        (PREAMBLE,),
        (
            "These Terms are governed by the laws of the state in which Maplewood's principal "
            'office is located.',
        ),
    ), 'weak', 'where-the-vendors-office-is'),
    ('R9', (
        (PREAMBLE,),
        (A_CONNECTICUT_ADDENDUM,),
    ), 'present', 'a-connecticut-addendum-alone'),
    ('R14', (
        (ARTIST,),
        ("I sometimes bring an assistant to help set up the kiln.",),
    ), 'missing', 'an-assistant-bound-by-nothing', 'consultant'),
    ('R7', (
        (PREAMBLE,),
        (
            'Maplewood will delete all Student Data within sixty (60) days after the Services '
            'end.',
        ),
    ), 'weak', 'sixty-days-after-the-end'),
    ('R15a', (
        (PREAMBLE,),
        (
            'Maplewood reserves the right to display interest-based advertising in the Service '
            'at any time.',
        ),
    ), 'missing', 'reserves-the-right-to-interest-based-ads'),
]  # fmt: skip

# The reviews of the round (a pattern review and a code review, each on a copy of the rules
# without the corpora): the misreadings they found and the round mended, each failing at
# 28f0a03, and the probes they found read right, kept as controls.

REVIEW = [
    ('R9', (
        (
            'Maplewood Learning, Inc. ("Maplewood") provides the Service to the School under a '
            'grant from the Hartwell Foundation (the "Grant Sponsor").',
        ),
        (
            "This Agreement is governed by the laws of the state in which the Grant Sponsor's "
            'principal office is located.',
        ),
    ), 'weak', 'r9-grant-sponsor-office'),
    ('R9', (
        (
            'Maplewood Learning, Inc. ("Maplewood") provides the Service to the School under a '
            'grant from the Hartwell Foundation (the "Grant Sponsor").',
        ),
        (
            'This Agreement, and the rights and duties of all parties to it, are governed by '
            'the laws of the state in which the Grant Sponsor is located.',
        ),
    ), 'weak', 'r9-grant-sponsor-located'),
    ('R9', (
        (PREAMBLE,),
        (
            'This Addendum is governed by the laws of the State of Connecticut.',
            'In all other respects Section 19.2 of the Agreement (Governing Law; Venue - State '
            'of Connecticut) continues to apply.',
        ),
    ), 'present', 'r9-other-respects-connecticut'),
    ('R9', (
        (PREAMBLE,),
        (
            'This Addendum is governed by the laws of the State of Connecticut.',
            'In all other respects the governing-law clause of the Agreement, which selects '
            'Connecticut law, continues to apply.',
        ),
    ), 'present', 'r9-other-respects-names-connecticut-law'),
    ('R9', (
        (PREAMBLE,),
        (
            'The laws of the State of Connecticut govern this Agreement and the rights and '
            'duties of all parties, and also govern Section 11 (Arbitration) notwithstanding '
            'any contrary rule.',
        ),
    ), 'present', 'r9-whole-and-also-section'),
    ('R9', (
        (PREAMBLE,),
        (
            'This Agreement and the rights and duties of all parties are governed by the laws '
            'of the State of Connecticut, which also govern Section 12 (Arbitration).',
        ),
    ), 'present', 'r9-whole-which-also-govern-section'),
    ('R14', (
        (PREAMBLE,),
        (
            'Maplewood may use service providers to host the Service.',
            "Each person who has access to Student Data at Maplewood is bound by Maplewood's "
            'employee confidentiality policy.',
        ),
    ), 'missing', 'r14-op-each-person-same-paragraph-employees'),
    ('R7', (
        (PREAMBLE,),
        (
            'Deletion will begin upon completion of the Services and Maplewood will send '
            'confirmation within sixty (60) days that all copies have been erased.',
        ),
    ), 'weak', 'r7-deletion-begins-upon-completion'),
    ('R7', (
        (PREAMBLE,),
        (
            'Upon termination, Maplewood will delete Student Data within ninety (90) days.',
        ),
        (
            "Student Data shall not be retained in Maplewood's marketing systems after "
            'termination.',
            'Section 8 of the Agreement is amended accordingly.',
        ),
    ), 'weak', 'r7-modified-accordingly-some-systems'),
    ('R7', (
        (PREAMBLE,),
        (
            'Maplewood will begin to delete Student Data upon completion of the Services and '
            'will send the District confirmation within forty-five (45) days.',
        ),
    ), 'weak', 'r7-begin-to-delete-upon-completion'),
    ('R4', (
        (PREAMBLE,),
        (
            "A parent or legal guardian may review the student's records by asking the School, "
            'and Maplewood will give the School a copy of the records within ten (10) days of '
            'its request.',
            'If CREC reasonably determines that a record is inaccurate, Maplewood will correct '
            "it within ten (10) days of CREC's request.",
        ),
    ), 'present', 'r4-crec-reasonably-determines-correct'),
    ('R4', (
        (PREAMBLE,),
        (
            "Parents may review their child's Student Data through the School, and Maplewood "
            'will provide the records to the School within five (5) days of its request.',
            'When District reasonably believes a record is wrong, Maplewood will correct it '
            'within ten (10) days.',
        ),
    ), 'present', 'r4-school-reasonably-believes-correct'),
    ('R15d', (
        (PREAMBLE,),
        (
            '9. Data.',
        ),
        (
            '9.1 No Sale.',
            'Maplewood will not sell, rent or trade Student Data.',
            'Transfers described in Section 9.2 are not a sale.',
        ),
        (
            '9.2 Assignment.',
            'Maplewood may assign this Agreement, together with the Student Data, to a '
            'successor in a merger or acquisition.',
        ),
    ), 'present', 'r15d-not-a-sale-assign-agreement'),
    ('R15a', (
        (PREAMBLE,),
        (
            'We do not currently display interest-based advertising, but reserve the right to '
            'do so at any time.',
        ),
    ), 'missing', 'r15a-currently-reserve-right'),
    ('R12', (
        (PREAMBLE,),
        (
            'Maplewood uses commercially reasonable safeguards to protect Student Data.',
            'Maplewood shall meet the security requirements of this Agreement within [__] days '
            'of the Effective Date.',
        ),
    ), 'missing', 'r12-days-blank-requirements'),
    ('R12', (
        (PREAMBLE,),
        (
            'Maplewood encrypts Student Data in transit and at rest.',
            "A summary of Maplewood's security controls [to be provided to the School on "
            'request] describes these practices.',
        ),
    ), 'missing', 'r12-report-on-request-blank'),
    ('R9', (
        (PREAMBLE,),
        (
            'This Agreement, and the rights and duties of all parties to it, are governed by '
            'the laws of the state in which CREC is located.',
        ),
    ), 'present', 'r9-crec-located'),
    ('R14', (
        (PREAMBLE,),
        (
            'Anyone we engage to help host the Service is bound by this Agreement.',
        ),
    ), 'weak', 'r14-op-anyone-we-engage-bound'),
    ('R14', (
        (ARTIST,),
        (
            'Anyone I engage to help at a workshop is bound by these Terms.',
        ),
    ), 'weak', 'r14-anyone-i-engage-bound', 'consultant'),
    ('R11', (
        (PREAMBLE,),
        (
            'You (or, if you are under 14, your parent or guardian) own the projects you '
            'create in StarChart.',
        ),
    ), 'present', 'r11-you-under-14-own'),
    ('R11', (
        (PREAMBLE,),
        (
            'You (or, if you are under the age of 13, your parent or guardian) own the '
            'projects you create in StarChart.',
        ),
    ), 'present', 'r11-you-under-age-of-13-own'),
    ('R7', (
        (PREAMBLE,),
        (
            'Upon completion of the Services, Maplewood shall delete all Student Data and '
            'shall send the District written confirmation within thirty (30) days.',
        ),
    ), 'present', 'r7-upon-completion-first-then-delete'),
    ('R15a', (
        (PREAMBLE,),
        (
            'Maplewood will not engage in interest-based advertising directed to students.',
        ),
    ), 'present', 'r15a-interest-based-ban'),
    ('R13', (
        (PREAMBLE,),
        (
            'Maplewood will not engage in interest-based advertising directed to students.',
        ),
    ), 'present', 'r13-interest-based-ban'),
]  # fmt: skip

REVIEW_CONTROLS = [
    ('R9', (
        (PREAMBLE,),
        (
            'This Agreement, and the rights and duties of all parties to it, are governed by '
            "the laws of the state in which the Customer's principal office is located.",
        ),
    ), 'present', 'r9-customer-principal-office'),
    ('R9', (
        (PREAMBLE,),
        (
            '12.1 These Terms, and all rights and duties of the School and Maplewood under '
            'them, are governed by the laws of the state in which the School is located.',
        ),
    ), 'present', 'r9-numbered-these-terms-school'),
    ('R9', (
        (PREAMBLE,),
        (
            "The laws of the state in which the School's principal office is located govern "
            'this Agreement.',
        ),
    ), 'present', 'r9-school-office-as-subject'),
    ('R9', (
        (PREAMBLE,),
        (
            'These Terms are governed by the laws of the state in which the Customer is '
            'located, without regard to its conflict-of-laws rules.',
        ),
    ), 'present', 'r9-school-located-no-conflicts'),
    ('R9', (
        (PREAMBLE,),
        (
            "This Agreement is governed by the laws of the state in which the District's "
            'principal place of business is located.',
        ),
    ), 'present', 'r9-district-place-of-business'),
    ('R9', (
        (PREAMBLE,),
        (
            "This Agreement is governed by the laws of the state in which Maplewood's "
            'principal office is located.',
        ),
    ), 'weak', 'r9-vendor-principal-office'),
    ('R9', (
        (PREAMBLE,),
        (
            "This Agreement is governed by the laws of the state in which the Provider's "
            'principal place of business is located.',
        ),
    ), 'weak', 'r9-provider-place-of-business'),
    ('R9', (
        (PREAMBLE,),
        (
            "This Agreement is governed by the laws of the state in which the Customer's data "
            'center is located.',
        ),
    ), 'weak', 'r9-customer-data-center'),
    ('R9', (
        (PREAMBLE,),
        (
            "This Agreement is governed by the laws of the state in which the Student's parent "
            'resides.',
        ),
    ), 'weak', 'r9-parent-resides'),
    ('R9', (
        (PREAMBLE,),
        (
            'This DPA is governed by the laws of the state in which the School is located.',
            'The Agreement remains governed by the laws of the State of Delaware.',
        ),
    ), 'weak', 'r9-dpa-school-state-agreement-delaware'),
    ('R9', (
        (PREAMBLE,),
        (
            'This Agreement is governed by the laws of the state in which the School is '
            'located, except that Section 11 (Fees) is governed by the laws of the State of '
            'Delaware.',
        ),
    ), 'weak', 'r9-school-state-except-payment-delaware'),
    ('R9', (
        (PREAMBLE,),
        (
            'This Agreement is governed by the laws of the State of Delaware; provided that, '
            'where Customer is a public school district, this Agreement and the rights and '
            'duties of all parties under it are governed by the laws of the state in which the '
            'Customer is located.',
        ),
    ), 'present', 'r9-public-school-proviso'),
    ('R9', (
        (PREAMBLE,),
        (
            'Governing law and venue for this Addendum are as stated in the Agreement.',
        ),
    ), 'missing', 'r9-borrowed-as-stated'),
    ('R9', (
        (PREAMBLE,),
        (
            'Sections 12 (Governing Law and Venue) and 13 (Severability) of the Terms apply to '
            'this Addendum.',
        ),
    ), 'missing', 'r9-borrowed-sections-of-terms'),
    ('R9', (
        (PREAMBLE,),
        (
            'This DPA is governed by the law that governs the Agreement.',
        ),
    ), 'missing', 'r9-borrowed-law-that-governs'),
    ('R9', (
        (PREAMBLE,),
        (
            'This Schedule is subject to the Agreement, including its provisions on limitation '
            'of liability, governing law and venue.',
        ),
    ), 'missing', 'r9-borrowed-subject-to-including'),
    ('R9', (
        (PREAMBLE,),
        (
            'Governing law for this Addendum is as stated in the Agreement, which selects the '
            'laws of the State of New York.',
        ),
    ), 'weak', 'r9-borrowed-names-new-york'),
    ('R9', (
        (PREAMBLE,),
        (
            'This DPA is governed by the law that governs the Agreement, namely the laws of '
            'the State of Connecticut.',
        ),
    ), 'present', 'r9-borrowed-names-connecticut'),
    ('R9', (
        (PREAMBLE,),
        (
            'Governing law for this Addendum is as stated in Section 12 below.',
        ),
        (
            '12. Governing Law.',
        ),
        (
            'This Addendum and the rights and duties of all parties under it are governed by '
            'the laws of the State of Connecticut.',
        ),
    ), 'present', 'r9-borrowed-own-later-section'),
    ('R9', (
        (PREAMBLE,),
        (
            'The governing law clause in the Agreement does not apply to this Addendum, and '
            'this Addendum and the rights and duties of all parties under it are governed by '
            'the laws of the State of Connecticut.',
        ),
    ), 'present', 'r9-borrowed-clause-set-aside'),
    ('R9', (
        (PREAMBLE,),
        (
            'This Addendum is governed by the laws of the State of Connecticut.',
            'In all other respects Section 19.2 of the Agreement (Governing Law; Venue - State '
            'of Delaware) continues to apply.',
        ),
    ), 'weak', 'r9-other-respects-delaware'),
    ('R9', (
        (PREAMBLE,),
        (
            'This Agreement and the rights and duties of all parties are governed by the laws '
            'of the State of Connecticut.',
            'In all other respects the Order Form continues to apply.',
        ),
    ), 'present', 'r9-other-respects-no-law'),
    ('R9', (
        (PREAMBLE,),
        (
            'The laws of the State of Connecticut govern Sections 7 and 10 of this DPA.',
        ),
    ), 'weak', 'r9-govern-sections-7-10'),
    ('R9', (
        (PREAMBLE,),
        (
            'The laws of the State of Connecticut govern only Section 7 (Data Deletion) of '
            'this Agreement.',
        ),
    ), 'weak', 'r9-govern-section-7-only'),
    ('R9', (
        (PREAMBLE,),
        (
            'Sections 4 (Data Ownership) and 9 (Deletion) of this Agreement are governed by '
            'the laws of the State of Connecticut.',
        ),
    ), 'weak', 'r9-sections-are-governed'),
    ('R9', (
        (PREAMBLE,),
        (
            'The laws of the State of Connecticut govern this Agreement, including Sections 7 '
            'and 10.',
        ),
    ), 'present', 'r9-whole-including-sections'),
    ('R9', (
        (PREAMBLE,),
        (
            'This Agreement is governed by the laws of the State of [to be completed by the '
            'parties].',
        ),
    ), 'weak', 'r9-blank-state'),
    ('R14', (
        (ARTIST,),
        (
            'I sometimes bring an assistant to larger workshops.',
            'Anyone I bring is bound by Section 4 (Student Information) of these Terms.',
        ),
    ), 'weak', 'r14-anyone-i-bring-section', 'consultant'),
    ('R14', (
        (ARTIST,),
        (
            'I sometimes bring an accompanist.',
            'Each person who sees Student Information will be told about these Terms and bound '
            'by them.',
        ),
    ), 'weak', 'r14-each-person-who-sees', 'consultant'),
    ('R14', (
        (ARTIST,),
        (
            'If I am ill, I may send a substitute player from my ensemble.',
            'Any substitute player is bound by these Terms.',
        ),
    ), 'weak', 'r14-substitute-player-bound', 'consultant'),
    ('R14', (
        (ARTIST,),
        (
            "I will not bring an assistant or send a substitute player without the Host's "
            'express written consent.',
            'Anyone I bring is bound by all of these Terms.',
        ),
    ), 'present', 'r14-consent-then-anyone-bound', 'consultant'),
    ('R14', (
        (ARTIST,),
        (
            "I will not bring anyone else who would see student information without the Host's "
            'prior written consent, and anyone I bring is bound by these Terms.',
        ),
    ), 'present', 'r14-consent-same-sentence', 'consultant'),
    ('R14', (
        (ARTIST,),
        (
            "I will bring an accompanist only with the Host's prior written consent.",
            'Each person who sees Student Information will be bound by all of these Terms.',
        ),
    ), 'present', 'r14-consent-each-person', 'consultant'),
    ('R14', (
        (ARTIST,),
        (
            'I sometimes bring an accompanist.',
            'I will tell the Host in advance who is coming.',
            'Anyone I bring is bound by these Terms.',
        ),
    ), 'weak', 'r14-told-in-advance-bound', 'consultant'),
    ('R14', (
        (ARTIST,),
        (
            'Anyone I bring to a workshop is at least 18 years old.',
        ),
    ), 'missing', 'r14-anyone-i-bring-age', 'consultant'),
    ('R14', (
        (ARTIST,),
        (
            'If I am ill, I may send a substitute player from my ensemble.',
        ),
    ), 'missing', 'r14-substitute-no-terms', 'consultant'),
    ('R14', (
        (ARTIST,),
        (
            'Host staff supervise every workshop.',
            "Each person who sees Student Information at the Host is bound by the Host's own "
            'policies.',
        ),
    ), 'missing', 'r14-hosts-people-each-person', 'consultant'),
    ('R14', (
        (ARTIST,),
        (
            'I do not subcontract any part of a workshop.',
        ),
    ), 'present', 'r14-no-subcontracting-at-all', 'consultant'),
    ('R14', (
        (PREAMBLE,),
        (
            'Maplewood may use service providers to host the Service.',
        ),
        (
            "Each person who has access to Student Data at Maplewood is bound by Maplewood's "
            'employee confidentiality policy.',
        ),
    ), 'missing', 'r14-op-each-person-employees'),
    ('R14', (
        (PREAMBLE,),
        (
            'Maplewood shall not enter into a sub-contract without the express written consent '
            'of the School, and every subcontractor shall be bound by all of the provisions of '
            'this Agreement.',
        ),
    ), 'present', 'r14-op-full'),
    ('R14', (
        (PREAMBLE,),
        (
            "Maplewood will give the School thirty (30) days' notice of any new subprocessor, "
            'and each subprocessor will be bound by this Agreement.',
        ),
    ), 'weak', 'r14-op-notice-only'),
    ('R11', (
        (PREAMBLE,),
        (
            'You (or, if you are under 13, your parent or guardian) own the maps, stories and '
            'drawings you create in StarChart.',
        ),
    ), 'present', 'r11-you-under-13-own'),
    ('R11', (
        (PREAMBLE,),
        (
            'You (or, if you are under 16, your parent or guardian) own the projects you '
            'create in StarChart.',
        ),
    ), 'present', 'r11-you-under-16-own'),
    ('R11', (
        (PREAMBLE,),
        (
            'You (or, if you are under 13, your parent or legal guardian) own all the content '
            'you create, and Maplewood claims no ownership of it.',
        ),
    ), 'present', 'r11-you-and-parent-own'),
    ('R11', (
        (PREAMBLE,),
        (
            'You (or, if you are under 13, your parent or guardian) own no rights in the '
            'Service or its content.',
        ),
    ), 'missing', 'r11-you-under-13-own-nothing'),
    ('R11', (
        (PREAMBLE,),
        (
            'You (or, if you are under 13, your parent or guardian) agree that Maplewood owns '
            'the projects you create in StarChart.',
        ),
    ), 'missing', 'r11-you-under-13-agree-maplewood-owns'),
    ('R11', (
        (PREAMBLE,),
        (
            'If you are under 18, your parent or guardian must agree to these Terms for you.',
            'You own your account settings.',
        ),
    ), 'missing', 'r11-under-18-consent-then-you-own'),
    ('R11', (
        (PREAMBLE,),
        (
            'The School owns all Student-Generated Content.',
        ),
    ), 'missing', 'r11-school-owns'),
    ('R11', (
        (PREAMBLE,),
        (
            'All Student-Generated Content shall be the property of the Student or the '
            "Student's parent or legal guardian.",
        ),
    ), 'present', 'r11-statute-words'),
    ('R7', (
        (PREAMBLE,),
        (
            'Maplewood shall delete all Student Data upon completion of the Services and shall '
            'send the District written confirmation within thirty (30) days.',
        ),
    ), 'present', 'r7-upon-completion-confirmation'),
    ('R7', (
        (PREAMBLE,),
        (
            'Maplewood shall destroy all Student Data upon the completion of the Services and '
            "shall provide written confirmation within ten (10) days of the School's request.",
        ),
    ), 'present', 'r7-upon-completion-confirmation-request'),
    ('R7', (
        (PREAMBLE,),
        (
            'Maplewood will delete Student Data within thirty (30) days after completion of '
            'the Services.',
        ),
    ), 'weak', 'r7-within-30-days-after'),
    ('R7', (
        (PREAMBLE,),
        (
            'Maplewood will delete all Student Data within thirty (30) days upon completion of '
            'the Services.',
        ),
    ), 'weak', 'r7-within-days-upon-completion'),
    ('R7', (
        (PREAMBLE,),
        (
            'Maplewood shall delete Student Data upon completion of the Services and shall '
            'send the District confirmation within thirty (30) days that all backup copies '
            'have been purged.',
        ),
    ), 'weak', 'r7-confirmation-backups-purged'),
    ('R7', (
        (PREAMBLE,),
        (
            'Maplewood shall delete Student Data upon completion of the Services, and shall '
            'retain backup copies for ninety (90) days.',
        ),
    ), 'weak', 'r7-upon-completion-backups-kept'),
    ('R7', (
        (PREAMBLE,),
        (
            'Maplewood shall delete Student Data upon completion of the Services or within '
            'ninety (90) days thereafter.',
        ),
    ), 'weak', 'r7-upon-completion-or-within'),
    ('R7', (
        (PREAMBLE,),
        (
            '5. Return and Deletion.',
        ),
        (
            'Upon termination, Maplewood will delete Student Data within ninety (90) days.',
        ),
        (
            'Student Data shall not be retained or available to Maplewood upon completion of '
            'the contracted services.',
            'Section 5 of the Agreement is modified accordingly.',
        ),
    ), 'present', 'r7-modified-accordingly-body-90'),
    ('R7', (
        (PREAMBLE,),
        (
            'Student Data shall not be retained or available to Maplewood upon completion of '
            'the contracted services, except that backup copies may be kept for sixty (60) '
            'days.',
            'Section 5 of the Agreement is modified accordingly.',
        ),
    ), 'weak', 'r7-modified-accordingly-exception-backups'),
    ('R7', (
        (PREAMBLE,),
        (
            'Student Data shall not be retained or available to Maplewood upon completion of '
            'the contracted services.',
            'Section 5 of the Agreement is modified accordingly.',
            'Maplewood may keep one archival copy for seven (7) years after termination.',
        ),
    ), 'weak', 'r7-modified-accordingly-then-archive'),
    ('R7', (
        (PREAMBLE,),
        (
            'Upon termination, Maplewood will delete Student Data within ninety (90) days.',
        ),
        (
            'Maplewood will not retain Student Data after completion of the Services except as '
            'Section 5 allows.',
        ),
    ), 'weak', 'r7-no-modified-body-90'),
    ('R7', (
        (PREAMBLE,),
        (
            'Student Data shall not be retained or available to Maplewood upon completion of '
            'the contracted services unless a student or his or her parent chooses to '
            'establish an electronic account with Maplewood for the purpose of storing '
            'student-generated content.',
        ),
    ), 'present', 'r7-regulation-words-alone'),
    ('R3', (
        (PREAMBLE,),
        (
            'Maplewood will not use Student Data for any purpose other than providing the '
            'Services, except where Maplewood reasonably determines that a use is compatible '
            'with those purposes.',
        ),
    ), 'weak', 'r3-reasonably-determines-alone'),
    ('R3', (
        (PREAMBLE,),
        (
            'Maplewood will use Student Data only to provide the Services.',
        ),
        (
            'Maplewood will not use Student Data for any other purpose, except where the '
            'School directs Maplewood in writing to do so.',
        ),
    ), 'present', 'r3-school-determines-in-writing'),
    ('R3', (
        (PREAMBLE,),
        (
            'Maplewood will use Student Data only to provide the Services.',
        ),
        (
            'Maplewood will not use Student Data for any other purpose unless CREC determines '
            'in writing that the use serves the Services.',
        ),
    ), 'present', 'r3-crec-reasonably-determines'),
    ('R3', (
        (PREAMBLE,),
        (
            'Maplewood shall not use Student Data for any purposes other than those authorized '
            'pursuant to this Agreement.',
        ),
    ), 'present', 'r3-firm-limit'),
    ('R3', (
        (PREAMBLE,),
        (
            'Maplewood uses Student Data only for the Services and for other purposes '
            'Maplewood believes are appropriate.',
        ),
    ), 'weak', 'r3-believes-appropriate'),
    ('R4', (
        (PREAMBLE,),
        (
            "A parent may review the student's records by asking the School, and Maplewood "
            'will give the School a copy within ten (10) days.',
            'If Maplewood reasonably determines that a record is inaccurate, Maplewood will '
            'correct it within ten (10) days.',
        ),
    ), 'weak', 'r4-vendor-reasonably-determines-correct'),
    ('R15d', (
        (PREAMBLE,),
        (
            '9. Data.',
        ),
        (
            '9.1 No Sale.',
            'Maplewood will not sell, rent or trade Student Data.',
            'Transfers described in Section 9.2 are not a sale.',
        ),
        (
            '9.2 Mergers.',
            'Maplewood may transfer Student Data to a successor entity in a merger or '
            'acquisition.',
        ),
    ), 'weak', 'r15d-not-a-sale-successor-unbound'),
    ('R15d', (
        (PREAMBLE,),
        (
            '9. Data.',
        ),
        (
            '9.1 No Sale.',
            'Maplewood will not sell, rent or trade Student Data.',
            'Transfers described in Section 9.2 are not a sale.',
        ),
        (
            '9.2 Mergers.',
            'Maplewood may transfer Student Data to a successor entity in a merger or '
            'acquisition, provided the successor agrees to be bound by this Agreement.',
        ),
    ), 'present', 'r15d-not-a-sale-successor-bound'),
    ('R15d', (
        (PREAMBLE,),
        (
            '9. Data.',
        ),
        (
            '9.1 No Sale.',
            'Except as provided in Section 9.2, Maplewood will not sell, rent or trade Student '
            'Data.',
        ),
        (
            '9.2 Mergers.',
            'Maplewood may transfer Student Data to a successor entity in a merger or '
            'acquisition.',
        ),
    ), 'weak', 'r15d-except-as-section-successor-unbound'),
    ('R15d', (
        (PREAMBLE,),
        (
            'Maplewood will not sell, rent or trade Student Data.',
        ),
    ), 'present', 'r15d-plain-ban'),
    ('R15d', (
        (PREAMBLE,),
        (
            'Maplewood will not sell Student Data.',
        ),
    ), 'weak', 'r15d-sell-only'),
    ('R15a', (
        (PREAMBLE,),
        (
            'Maplewood will not engage in targeted advertising on StarChart Junior or any '
            'other Maplewood website.',
        ),
    ), 'present', 'r15a-named-or-any-other-brand-site'),
    ('R15b', (
        (PREAMBLE,),
        (
            'Maplewood will not engage in targeted advertising on StarChart Junior or any '
            'other Maplewood website.',
        ),
    ), 'weak', 'r15b-named-or-any-other-brand-site'),
    ('R15a', (
        (PREAMBLE,),
        (
            'Maplewood will not engage in targeted advertising on StarChart Junior or on any '
            'other website, online service or mobile application.',
        ),
    ), 'present', 'r15a-named-or-any-other-website'),
    ('R15a', (
        (PREAMBLE,),
        (
            'Maplewood shall not show behavioural ads to students.',
        ),
    ), 'present', 'r15a-behavioural-ban'),
    ('R15a', (
        (PREAMBLE,),
        (
            'Maplewood reserves the right to display interest-based advertising to users of '
            'the Service at any time.',
        ),
    ), 'missing', 'r15a-interest-based-reserves-right'),
    ('R15a', (
        (PREAMBLE,),
        (
            "Maplewood never uses a student's name, email address or other personally "
            'identifiable information to target ads to that student, in StarChart or anywhere '
            'else.',
        ),
    ), 'weak', 'r15a-pii-list-ban'),
    ('R13', (
        (PREAMBLE,),
        (
            "Maplewood never uses a student's name, email address or other personally "
            'identifiable information to target ads to that student, in StarChart or anywhere '
            'else.',
        ),
    ), 'present', 'r13-pii-list-ban'),
    ('R15b', (
        (PREAMBLE,),
        (
            "Maplewood never uses a student's name, email address or other personally "
            'identifiable information to target ads to that student, in StarChart or anywhere '
            'else.',
        ),
    ), 'weak', 'r15b-pii-list-ban'),
    ('R15a', (
        (PREAMBLE,),
        (
            "Maplewood never uses a student's name, email address or other personally "
            'identifiable information to target ads, and may share persistent unique '
            'identifiers with its advertising partners.',
        ),
    ), 'weak', 'r15a-pii-list-identifiers-shared'),
    ('R15a', (
        (PREAMBLE,),
        (
            'We never use personal information from Student Data to target advertising.',
        ),
    ), 'weak', 'r15a-pii-plain-old'),
    ('R15a', (
        (PREAMBLE,),
        (
            'Maplewood shall not engage in targeted advertising on its website, online service '
            'or mobile application.',
        ),
    ), 'present', 'r15a-statute-words-ban'),
    ('R12', (
        (PREAMBLE,),
        (
            'Maplewood will protect Student Data with appropriate safeguards.',
            '[Security standards - to be completed by CREC Information Technology before '
            'signature]',
        ),
    ), 'weak', 'r12-bracket-to-be-completed'),
    ('R12', (
        (PREAMBLE,),
        (
            'Maplewood will meet the following security standards: [TBD].',
        ),
    ), 'weak', 'r12-tbd'),
    ('R12', (
        (PREAMBLE,),
        (
            'Maplewood shall implement security procedures consistent with [security standards '
            'to be agreed by the parties].',
        ),
    ), 'weak', 'r12-to-be-agreed-inline'),
    ('R12', (
        (PREAMBLE,),
        (
            'Maplewood shall implement and maintain security procedures and practices that use '
            'technologies consistent with the guidance issued under section 13402(h)(2) of '
            'Public Law 111-5, maintain technical safeguards consistent with 45 CFR 164.312, '
            'and otherwise meet or exceed industry standards.',
            '[Security standards - to be completed by CREC Information Technology before '
            'signature]',
        ),
    ), 'present', 'r12-three-named-and-blank'),
    ('R12', (
        (PREAMBLE,),
        (
            'Maplewood encrypts Student Data and limits access to it.',
            "Questions about Maplewood's security controls may be sent to [contact to be "
            'provided by Maplewood].',
        ),
    ), 'missing', 'r12-contact-blank-practices'),
    ('R12', (
        (PREAMBLE,),
        (
            'Maplewood encrypts Student Data and limits access to it.',
        ),
    ), 'missing', 'r12-practices-no-standard'),
    ('R12', (
        (PREAMBLE,),
        (
            'Maplewood follows NIST SP 800-53.',
            'Additional security requirements [to be agreed by the parties].',
        ),
    ), 'weak', 'r12-nist-and-blank'),
    ('R6a', (
        (PREAMBLE,),
        (
            'Maplewood will notify CREC of a breach involving student information within '
            '[number of days to be agreed] calendar days of discovery.',
        ),
    ), 'weak', 'r6a-blank-to-be-agreed'),
    ('R9', (
        (PREAMBLE,),
        (
            'This Agreement shall be governed by and construed in accordance with the laws of '
            'the state in which the School is located.',
        ),
    ), 'present', 'r9-construed-school-located'),
    ('R9', (
        (PREAMBLE,),
        (
            'The laws of the state in which the Licensee is located govern this Agreement.',
        ),
    ), 'present', 'r9-licensee-located-as-subject'),
    ('R9', (
        (PREAMBLE,),
        (
            'Governing law and venue are set out in Section 14 of the Terms.',
        ),
    ), 'missing', 'r9-borrowed-set-out-in-terms'),
    ('R9', (
        (PREAMBLE,),
        (
            "Any dispute about the School's invoices is governed by the laws of the state in "
            'which the School is located.',
        ),
    ), 'weak', 'r9-invoices-dispute-school-state'),
    ('R9', (
        (PREAMBLE,),
        (
            'This Agreement and the rights and duties of all parties are governed by the laws '
            'of the State of Connecticut.',
        ),
    ), 'present', 'r9-plain-connecticut'),
    ('R9', (
        (PREAMBLE,),
        (
            'This Agreement is governed by the laws of the State of Delaware.',
        ),
    ), 'weak', 'r9-delaware-plain'),
    ('R9', (
        (PREAMBLE,),
        (
            'Maplewood will keep Student Data confidential.',
        ),
    ), 'missing', 'r9-nothing'),
    ('R3', (
        (PREAMBLE,),
        (
            'We use Student Data only to provide the Services.',
        ),
        (
            'We do not use Student Data for any other purpose, except where we reasonably '
            'believe a use is compatible with the purposes of this Agreement.',
        ),
    ), 'weak', 'r3-we-reasonably-believe-opens'),
    ('R3', (
        (PREAMBLE,),
        (
            'Maplewood will use Student Data only to provide the Services.',
        ),
        (
            'Maplewood will not use Student Data for any purpose other than providing the '
            'Services, except where Maplewood reasonably determines that a use is compatible '
            'with the purposes of this Agreement.',
        ),
    ), 'weak', 'r3-reasonably-determines-agreement-purposes'),
    ('R3', (
        (PREAMBLE,),
        (
            'Maplewood will use Student Data only to provide the Services.',
        ),
        (
            'Maplewood will not use Student Data for any other purpose, except where the '
            'School reasonably determines in writing that a use is compatible with the '
            'purposes of this Agreement.',
        ),
    ), 'present', 'r3-school-reasonably-determines-in-writing'),
    ('R12', (
        (PREAMBLE,),
        (
            'Maplewood uses commercially reasonable safeguards to protect Student Data.',
            "Questions about Maplewood's security controls may be sent to [contact to be "
            'provided by Maplewood].',
        ),
    ), 'missing', 'r12-reasonable-safeguards-contact-blank'),
    ('R12', (
        (PREAMBLE,),
        (
            'Maplewood uses commercially reasonable safeguards to protect Student Data.',
            'Maplewood will meet the security standards set out in [Exhibit C - to be '
            'completed by CREC before signature].',
        ),
    ), 'weak', 'r12-reasonable-safeguards-standards-blank'),
    ('R12', (
        (PREAMBLE,),
        (
            'Maplewood uses commercially reasonable safeguards to protect Student Data.',
        ),
    ), 'missing', 'r12-reasonable-only'),
    ('R13', (
        (PREAMBLE,),
        (
            'Maplewood will not use Student Data for interest-based advertising.',
        ),
    ), 'present', 'r13-data-for-interest-based'),
    ('R13', (
        (PREAMBLE,),
        (
            'Maplewood does not use Student Data for behavioural advertising.',
        ),
    ), 'present', 'r13-does-not-use-for-behavioural'),
    ('R15a', (
        (PREAMBLE,),
        (
            'Maplewood will not use Student Data for interest-based advertising.',
        ),
    ), 'present', 'r15a-data-for-interest-based'),
    ('R15a', (
        (PREAMBLE,),
        (
            'Maplewood will not engage in targeted advertising.',
        ),
    ), 'present', 'r15a-engage-targeted-plain'),
    ('R13', (
        (PREAMBLE,),
        (
            'Maplewood shall not use personally identifiable information contained in Student '
            'Data for targeted advertising.',
        ),
    ), 'present', 'r13-statute-pii-words'),
    ('R15a', (
        (PREAMBLE,),
        (
            'Maplewood shall not use personally identifiable information contained in Student '
            'Data for targeted advertising.',
        ),
    ), 'weak', 'r15a-statute-pii-words'),
    ('R15a', (
        (PREAMBLE,),
        (
            'Maplewood will not engage in targeted advertising in StarChart or elsewhere.',
        ),
    ), 'present', 'r15a-named-one-word-or-elsewhere'),
    ('R15a', (
        (PREAMBLE,),
        (
            'Maplewood will not engage in targeted advertising to students in the classroom or '
            'elsewhere.',
        ),
    ), 'present', 'r15a-classroom-or-elsewhere-ok'),
    ('R15b', (
        (PREAMBLE,),
        (
            "Maplewood never uses a student's name, email address or other personally "
            'identifiable information to target ads, and shall not use persistent unique '
            'identifiers to direct advertising to students on any other website.',
        ),
    ), 'present', 'r15b-pii-list-and-identifiers-banned'),
    ('R7', (
        (PREAMBLE,),
        (
            'Maplewood shall erase all Student Data upon completion of the Services and will '
            'provide the District a confirmation within thirty (30) days.',
        ),
    ), 'present', 'r7-erase-upon-completion-confirmation'),
    ('R7', (
        (PREAMBLE,),
        (
            'Maplewood will delete Student Data upon completion of the Services, and will '
            'purge backups within thirty (30) days.',
        ),
    ), 'weak', 'r7-upon-completion-purge-backups-later'),
    ('R7', (
        (PREAMBLE,),
        (
            'Maplewood will delete Student Data upon completion of the Services and will send '
            'the District confirmation within thirty (30) days; access logs naming students '
            'are kept for one year.',
        ),
    ), 'weak', 'r7-upon-completion-delete-then-keep-logs'),
    ('R14', (
        (ARTIST,),
        (
            "I will bring an assistant only with the Host's written consent.",
            'Anyone I bring signs a confidentiality pledge.',
        ),
    ), 'weak', 'r14-consent-confidentiality-pledge', 'consultant'),
    ('R14', (
        (PREAMBLE,),
        (
            'Maplewood may engage subprocessors.',
        ),
    ), 'missing', 'r14-op-bare-licence'),
    ('R14', (
        (ARTIST,),
        (
            "I will send a substitute player only with the Host's express written consent.",
            'Any substitute player is bound by all of these Terms.',
        ),
    ), 'present', 'r14-substitute-player-consent-bound', 'consultant'),
    ('R11', (
        (PREAMBLE,),
        (
            'You (or, if you are under 13, your parent or guardian) own the content you '
            'create, and you grant Maplewood a licence to host it only to provide the Service.',
        ),
    ), 'present', 'r11-you-under-13-own-and-licence'),
    ('R11', (
        (PREAMBLE,),
        (
            'Students own the work they create in StarChart.',
        ),
    ), 'present', 'r11-students-own-work'),
    ('R15d', (
        (PREAMBLE,),
        (
            '9. Data.',
        ),
        (
            '9.1 No Sale.',
            'Maplewood will not sell, rent or trade Student Data.',
            'Disclosures described in Section 9.2 do not constitute a sale.',
        ),
        (
            '9.2 Mergers.',
            'In a merger or acquisition, Maplewood may disclose Student Data to the successor '
            'only if the successor agrees to be bound by this Agreement.',
        ),
    ), 'present', 'r15d-disclosures-not-a-sale-bound'),
    ('R15d', (
        (PREAMBLE,),
        (
            '9. Data.',
        ),
        (
            '9.1 No Sale.',
            'Maplewood will not sell, rent or trade Student Data.',
            'Transfers described in Section 9.2 are not a sale.',
        ),
        (
            '9.2 Research.',
            'Maplewood may share de-identified data with its affiliates.',
        ),
    ), 'present', 'r15d-not-a-sale-deidentified-affiliates'),
    ('R9', (
        (
            'Maplewood Learning, Inc. ("Maplewood") provides the Service to the Capitol Region '
            'Education Council (the "Program Sponsor").',
        ),
        (
            'This Agreement, and the rights and duties of all parties to it, are governed by '
            "the laws of the state in which the Program Sponsor's principal office is located.",
        ),
    ), 'present', 'r9-program-sponsor-is-school'),
    ('R9', (
        (PREAMBLE,),
        (
            'These Terms are governed by the laws of the State of Delaware.',
            'For California schools, these Terms are instead governed by the laws of the state '
            'in which the School is located.',
        ),
    ), 'weak', 'r9-california-schools-instead'),
    ('R9', (
        (PREAMBLE,),
        (
            'These Terms are governed by the laws of the State of Delaware; for schools in '
            'Oregon, these Terms are instead governed by the laws of the state in which the '
            'School is located.',
        ),
    ), 'weak', 'r9-schools-in-oregon-instead'),
    ('R13', (
        (PREAMBLE,),
        (
            'Maplewood will not use Student Data that students create in StarChart Junior or '
            'any other Maplewood app for targeted advertising on any website, online service '
            'or mobile application, and will not use persistent unique identifiers for it '
            'either.',
        ),
    ), 'present', 'r13-data-created-in-named-app-or-other-brand-app'),
    ('R15b', (
        (PREAMBLE,),
        (
            'Maplewood will not use Student Data that students create in StarChart Junior or '
            'any other Maplewood app for targeted advertising on any website, online service '
            'or mobile application, and will not use persistent unique identifiers for it '
            'either.',
        ),
    ), 'present', 'r15b-data-created-in-named-app-or-other-brand-app'),
    ('R3', (
        (PREAMBLE,),
        (
            'Maplewood will use Student Data only to provide the Services.',
        ),
        (
            'Maplewood will not use Student Data for any other purpose, except as the School '
            'may approve in writing in its sole discretion.',
        ),
    ), 'present', 'r3-school-sole-discretion-approval'),
    ('R3', (
        (PREAMBLE,),
        (
            'Maplewood will use Student Data only to provide the Services.',
        ),
        (
            'Maplewood will not use Student Data for any other purpose unless the School, in '
            'its reasonable judgment, authorizes the use in writing.',
        ),
    ), 'present', 'r3-school-reasonable-judgment-authorizes'),
]  # fmt: skip

CODE_REVIEW = [
    ('R4', (
        (
            'A student, parent or legal guardian may review the personally identifiable '
            "information in the student's records, student information or student-generated "
            'content by contacting Provider at privacy@example.com.',
            'Where Parent reasonably believes a record is inaccurate, Provider shall correct '
            'it within ten (10) days of the request.',
        ),
    ), 'present', 'cr-r4-parent-reasonably-believes'),
    ('R4', (
        (
            'A student, parent or legal guardian may review the personally identifiable '
            "information in the student's records, student information or student-generated "
            'content by contacting Provider at privacy@example.com.',
            'If District reasonably determines that a record is inaccurate, Provider shall '
            'correct it within ten (10) days.',
        ),
    ), 'present', 'cr-r4-district-reasonably-determines'),
    ('R13', (
        (
            'Provider will not engage in interest-based advertising to students.',
        ),
    ), 'present', 'cr-r13-engage-in-interest-based-advertising'),
    ('R15a', (
        (
            'Provider will not engage in interest-based advertising to students.',
        ),
    ), 'present', 'cr-r15a-engage-in-interest-based-advertising'),
    ('R15a', (
        (
            'Provider will not use Student Data for interest based advertising.',
        ),
    ), 'present', 'cr-r15a-interest-based-without-hyphen'),
    ('R13', (
        (
            'Provider will not use Student Data for targeted advertising.',
        ),
        (
            'The App shows only contextual, non-behavioural ads, without further consent from '
            'the School.',
        ),
    ), 'present', 'cr-r13-non-behavioural-ads-are-no-exception'),
    ('R15a', (
        (
            'Provider will not use Student Data for targeted advertising.',
        ),
        (
            'The App shows only contextual, non-behavioural ads, without further consent from '
            'the School.',
        ),
    ), 'present', 'cr-r15a-non-behavioural-ads-are-no-exception'),
    ('R13', (
        (
            'We have no plans to use targeted advertising, and the App will never display ads.',
        ),
    ), 'weak', 'cr-r13-will-never-display-ads-keeps-the-practice'),
    ('R15b', (
        (
            'We have no plans to use targeted advertising, and the App will not show ads.',
        ),
    ), 'weak', 'cr-r15b-will-not-show-ads-keeps-the-practice'),
    ('R15a', (
        (
            'We never use Student Data or other personal information to target ads to students '
            'in the App.',
        ),
    ), 'present', 'cr-r15a-student-data-or-other-personal-information'),
    ('R15a', (
        (
            'Rookery does not target ads to students on other websites or any other apps.',
        ),
    ), 'missing', 'cr-r15a-other-websites-or-any-other-apps'),
    ('R15a', (
        (
            'Rookery does not target ads to students on third-party websites or any other '
            'online services.',
        ),
    ), 'missing', 'cr-r15a-third-party-websites-or-any-other-services'),
    ('R11', (
        (
            'If you are a student, you (or, if you are under the age of 13, your parent or '
            'guardian) own the projects you create.',
        ),
    ), 'present', 'cr-r11-student-under-the-age-of-13-parent-owns'),
    ('R11', (
        (
            'You (or, if you are under the age of 13, your parent or guardian) own the maps '
            'and stories you create in Atlas.',
        ),
    ), 'present', 'cr-r11-you-under-the-age-of-13-parent-owns'),
    ('R9', (
        (
            'This DPA is governed by the laws of the State of Connecticut, which shall also '
            'govern Section 12 of the Terms of Service.',
        ),
    ), 'present', 'cr-r9-also-governs-another-papers-section'),
    ('R9', (
        (
            'This Agreement is governed by the laws of the State of Connecticut, including the '
            'laws governing Section 504 plans.',
        ),
    ), 'present', 'cr-r9-laws-governing-section-504-plans'),
    ('R9', (
        (
            'This Addendum and the rights and duties of all parties are governed by the laws '
            'of the State of Connecticut.',
            'In all other respects Section 19.2 of the Agreement (Governing Law; Venue - State '
            'of Connecticut) continues to apply.',
        ),
    ), 'present', 'cr-r9-kept-clause-is-connecticuts-own'),
    ('R9', (
        (
            'The Agreement and this Addendum, and the rights and duties of all parties to '
            'them, are governed by the laws of the State of Connecticut.',
            'In all other respects the Agreement, including its governing law clause as '
            'amended above, continues to apply.',
        ),
    ), 'present', 'cr-r9-kept-clause-as-amended-above'),
    ('R7', (
        (
            'Upon termination, Provider will delete Student Data within ninety (90) days.',
        ),
        (
            'Upon completion of the contracted services, Student Data shall not be retained in '
            'its marketing systems.',
            'Section 5 of the Terms is amended accordingly.',
        ),
    ), 'weak', 'cr-r7-amended-paragraph-holds-some-systems-only'),
    ('R7', (
        (
            'Provider shall begin deleting Student Data upon completion of the Services and '
            'shall send the District written confirmation within ninety (90) days.',
        ),
    ), 'weak', 'cr-r7-begins-deleting-upon-completion'),
    ('R12', (
        (
            'Provider will protect Student Data using encryption, access controls and audit '
            'logs.',
        ),
        (
            'Provider shall notify the District within [__] hours of any failure of its '
            'security controls.',
        ),
    ), 'missing', 'cr-r12-blank-breach-hours-are-no-standard'),
    ('R12', (
        (
            'Provider will use reasonable safeguards to protect Student Data.',
        ),
        (
            "[ ] Provider has reviewed the District's security requirements.",
        ),
    ), 'missing', 'cr-r12-checkbox-is-no-standard'),
    ('R12', (
        (
            'Provider will protect Student Data using encryption, access controls and audit '
            'logs.',
        ),
        (
            'Provider will review its security controls each year, as described in Section 7 '
            '[Data Security].',
        ),
    ), 'missing', 'cr-r12-bracketed-heading-is-no-blank'),
    ('R14', (
        (
            "I will not engage any subcontractor without CREC's express written consent.",
            "Each person who sees Student Information at the School is bound by the School's "
            'own policies.',
        ),
    ), 'weak', 'cr-r14-schools-own-people-are-no-subcontractors', 'consultant'),
]  # fmt: skip

CODE_REVIEW_CONTROLS = [
    ('R3', (
        (
            'Irbis will use Student Data only to provide the Services to the District.',
        ),
    ), 'present', 'cr-ctl-r3-only-limit-alone'),
    ('R3', (
        (
            'Irbis will use Student Data only to provide the Services to the District.',
        ),
        (
            'Irbis will not use Student Data for purposes other than those it considers '
            'consistent with the Services.',
        ),
    ), 'weak', 'cr-ctl-r3-limit-beside-judged-denial'),
    ('R4', (
        (
            'A student, parent or legal guardian may review the personally identifiable '
            "information in the student's records, student information or student-generated "
            'content by contacting Provider at privacy@example.com.',
            'If the records are inaccurate, Provider shall correct them within ten (10) days '
            'of the request.',
        ),
    ), 'present', 'cr-ctl-r4-plain-correction'),
    ('R4', (
        (
            'A student, parent or legal guardian may review the personally identifiable '
            "information in the student's records, student information or student-generated "
            'content by contacting Provider at privacy@example.com.',
            'If Provider reasonably determines that a record is inaccurate, Provider shall '
            'correct it within ten (10) days.',
        ),
    ), 'weak', 'cr-ctl-r4-provider-reasonably-determines'),
    ('R13', (
        (
            'Provider will not engage in targeted advertising to students.',
        ),
    ), 'present', 'cr-ctl-r13-engage-in-targeted-advertising'),
    ('R15a', (
        (
            'Provider will not use Student Data for interest-based advertising.',
        ),
    ), 'present', 'cr-ctl-r15a-data-ban-interest-based'),
    ('R13', (
        (
            'Provider will not use Student Data for targeted advertising.',
        ),
        (
            'The App shows only contextual ads, without further consent from the School.',
        ),
    ), 'present', 'cr-ctl-r13-ban-beside-contextual-ads'),
    ('R13', (
        (
            'We have no plans to use targeted advertising.',
        ),
    ), 'weak', 'cr-ctl-r13-practice-told-only'),
    ('R13', (
        (
            'Provider does not currently use targeted advertising, and reserves the right to '
            'display interest-based advertising at any time.',
        ),
    ), 'missing', 'cr-ctl-r13-reserves-right-to-interest-based-ads'),
    ('R15a', (
        (
            'Provider shall not use personally identifiable information contained in Student '
            'Data for targeted advertising on the Service.',
        ),
    ), 'weak', 'cr-ctl-r15a-pii-only-ban'),
    ('R15a', (
        (
            'Provider shall not use personally identifiable information contained in Student '
            'Data for targeted advertising on the Service, and shall not use persistent unique '
            'identifiers to direct advertising to students.',
        ),
    ), 'present', 'cr-ctl-r15a-pii-and-identifiers-banned'),
    ('R15a', (
        (
            "We never use a student's name, email address or other personally identifiable "
            'information to target ads to that student, in Ticket Tally or anywhere else.',
        ),
    ), 'weak', 'cr-ctl-r15a-pii-items-or-other-pii'),
    ('R15a', (
        (
            'Rookery does not target ads to students on Emperor Atlas or any other Rookery '
            'website.',
        ),
    ), 'present', 'cr-ctl-r15a-named-service-and-brand-sites'),
    ('R15a', (
        (
            'Rookery does not target ads to students on JigBench or on any other website.',
        ),
    ), 'present', 'cr-ctl-r15a-named-service-or-any-other'),
    ('R15a', (
        (
            'Rookery does not target ads to students on third-party websites.',
        ),
    ), 'missing', 'cr-ctl-r15a-third-party-websites-only'),
    ('R15a', (
        (
            'Rookery does not target ads to students on any website or any other app.',
        ),
    ), 'present', 'cr-ctl-r15a-any-website-or-any-other-app'),
    ('R11', (
        (
            'If you are a student, you (or, if you are under 13, your parent or guardian) own '
            'the projects you create.',
        ),
    ), 'present', 'cr-ctl-r11-student-under-13-parent-owns'),
    ('R11', (
        (
            'You (or, if you are under 13, your parent or guardian) own the maps and stories '
            'you create in Atlas.',
        ),
    ), 'present', 'cr-ctl-r11-you-under-13-parent-owns'),
    ('R11', (
        (
            '"You" means the teacher who signs up for the Service.',
        ),
        (
            'You (or, if you are under 13, your parent or guardian) own the maps and stories '
            'you create in Atlas.',
        ),
    ), 'missing', 'cr-ctl-r11-you-means-the-teacher'),
    ('R9', (
        (
            'The laws of the State of Connecticut govern Section 7 and Section 10 of this DPA.',
        ),
    ), 'weak', 'cr-ctl-r9-connecticut-governs-two-sections'),
    ('R9', (
        (
            'This DPA is governed by the laws of the State of Connecticut.',
        ),
    ), 'present', 'cr-ctl-r9-connecticut-governs'),
    ('R9', (
        (
            'This Addendum and the rights and duties of all parties are governed by the laws '
            'of the State of Connecticut.',
            'In all other respects Section 19.2 of the Agreement (Governing Law; Venue - State '
            'of Delaware) continues to apply.',
        ),
    ), 'weak', 'cr-ctl-r9-kept-clause-is-delawares'),
    ('R7', (
        (
            'Upon termination, Provider will delete Student Data within ninety (90) days.',
        ),
        (
            'Student Data shall not be retained or available to Provider upon completion of '
            'the contracted services.',
            'Art. IV s.5 is modified accordingly.',
        ),
    ), 'present', 'cr-ctl-r7-amended-paragraph-regulations-words'),
    ('R7', (
        (
            'Provider shall delete all Student Data upon completion of the Services and shall '
            'send the District written confirmation within thirty (30) days.',
        ),
    ), 'present', 'cr-ctl-r7-deletes-upon-completion-confirms-later'),
    ('R7', (
        (
            'Provider shall begin deleting Student Data at the end of the Services and shall '
            'send the District written confirmation within ninety (90) days.',
        ),
    ), 'weak', 'cr-ctl-r7-begins-deleting-at-the-end'),
    ('R12', (
        (
            'Provider will protect Student Data using encryption, access controls and audit '
            'logs.',
        ),
        (
            '[Security standards - to be completed by CREC Information Technology before '
            'signature]',
        ),
    ), 'weak', 'cr-ctl-r12-standards-left-to-complete'),
    ('R12', (
        (
            'Provider will protect Student Data using encryption, access controls and audit '
            'logs.',
        ),
        (
            'Security standards: [to be completed by CREC Information Technology before '
            'signature].',
        ),
    ), 'weak', 'cr-ctl-r12-standards-colon-blank'),
    ('R12', (
        (
            'Provider will protect Student Data using encryption, access controls and audit '
            'logs.',
        ),
    ), 'missing', 'cr-ctl-r12-practices-without-standard'),
    ('R14', (
        (
            "I will not engage any subcontractor without CREC's express written consent.",
            'Each person who sees Student Information will be bound by paragraphs 1-13 of this '
            'letter.',
        ),
    ), 'present', 'cr-ctl-r14-each-person-bound-by-the-letter', 'consultant'),
]  # fmt: skip

test_batch_66_classes_read_right = probe.reads_as_labelled(CASES)
test_batch_66_controls_stand = probe.reads_as_labelled(CONTROLS)

test_the_reviews_cases_read_right = probe.reads_as_labelled(REVIEW)
test_the_reviews_controls_stand = probe.reads_as_labelled(REVIEW_CONTROLS)
test_the_code_reviews_cases_read_right = probe.reads_as_labelled(CODE_REVIEW)
test_the_code_reviews_controls_stand = probe.reads_as_labelled(CODE_REVIEW_CONTROLS)
