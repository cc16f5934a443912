"""Classes of misreading found in batch 67 (tests/corpus/heldout-67/), held out until
2026-12-06 and development since, each read right.

Each case is a sentence of the class, written for the test in words of its own, not a
corpus document's. Each group of sentences is a paragraph of its own. Every case fails on
the rules of 3e50fdc, before this round; every control reads the same on both.
"""

from __future__ import annotations

import audit_probes as probe
from audit_probes import ARTIST, PREAMBLE

A_CONNECTICUT_ADDENDUM = (
    "Notwithstanding Section 9.1 of the Agreement, this Addendum shall be governed by the laws "
    "of the State of Connecticut."
)

CASES = [
    ('R14', (
        (ARTIST,),
        (
            'Our volunteers sometimes help carry the birds.',
            'They follow these same Terms, including Section 5.',
        ),
    ), 'weak', 'they-follow-these-same-terms', 'consultant'),
    ('R14', (
        (ARTIST,),
        (
            'If I am unwell, we may send another artist from our roster in my place, and we '
            'will tell you beforehand.',
        ),
    ), 'weak', 'we-will-tell-you-beforehand', 'consultant'),
    ('R14', (
        (ARTIST,),
        (
            'The Artist may engage an accompanist by giving the Host written notice before the '
            'first session.',
        ),
    ), 'weak', 'by-giving-written-notice', 'consultant'),
    ('R9', (
        (PREAMBLE,),
        (
            A_CONNECTICUT_ADDENDUM,
            'All other matters under the Agreement remain governed by Section 9.1 of the '
            'Agreement (Ohio law).',
        ),
    ), 'weak', 'other-matters-remain-governed-by-a-section'),
    ('R10', (
        (PREAMBLE,),
        (
            'Severability and other general terms: see Section 14 of our Terms of Service.',
        ),
    ), 'weak', 'severability-see-another-papers-section'),
    ('R7', (
        (ARTIST,),
        (
            'The Artist will destroy class lists by June 30 of the school year in which the '
            'last visit occurs.',
        ),
    ), 'weak', 'destroyed-by-a-calendar-date', 'consultant'),
    ('R2', (
        (ARTIST,),
        (
            'Upon the Host\'s written request, the Artist will delete Student Data in its '
            "possession, subject to the Artist's standard record retention practices.",
        ),
    ), 'weak', 'subject-to-record-retention-practices', 'consultant'),
]  # fmt: skip

CONTROLS = [
    ('R14', (
        (ARTIST,),
        (
            'Our volunteers sometimes help carry the birds.',
        ),
    ), 'missing', 'helpers-bound-by-nothing', 'consultant'),
    ('R14', (
        (PREAMBLE,),
        (
            'If Maplewood merges with another company, the successor will be bound by these '
            'Terms.',
        ),
    ), 'missing', 'a-successor-bound-is-no-subcontractor'),
    ('R9', (
        (PREAMBLE,),
        (
            A_CONNECTICUT_ADDENDUM,
            'All other matters under the Agreement remain governed by its Section 9.1, which '
            'selects the laws of the State of Connecticut.',
        ),
    ), 'present', 'the-other-section-is-connecticuts'),
    ('R7', (
        (ARTIST,),
        (
            'The Artist will destroy class lists on the last day of the workshops.',
        ),
    ), 'present', 'destroyed-on-the-last-day', 'consultant'),
]  # fmt: skip

# The reviews of the round (a pattern review and a code review, each on a copy of the rules
# without the corpora): the misreadings they found and the round mended, each failing at
# 88c8587, and the probes they found read right, kept as controls.

REVIEW = [
    ('R14', (
        (PREAMBLE,),
        (
            'Maplewood will comply with these Terms.',
        ),
    ), 'missing', 'r14-vendor-complies-with-these-terms'),
    ('R14', (
        (PREAMBLE,),
        (
            'Maplewood is bound by this Agreement and by applicable law.',
        ),
    ), 'missing', 'r14-vendor-bound-by-this-agreement'),
    ('R14', (
        (ARTIST,),
        (
            'The Artist will follow this letter at every workshop.',
        ),
    ), 'missing', 'r14-artist-follows-this-letter', 'consultant'),
    ('R14', (
        (PREAMBLE,),
        (
            'Maplewood may use third-party service providers to host the Service.',
            'Maplewood will comply with this Agreement.',
        ),
    ), 'missing', 'r14-bare-licence-beside-vendor-complying'),
    ('R14', (
        (PREAMBLE,),
        (
            'Maplewood will comply with this Section in responding to a breach.',
        ),
    ), 'missing', 'r14-vendor-complies-with-this-section'),
    ('R14', (
        (PREAMBLE,),
        (
            "Maplewood's employees are bound by these Terms and by written confidentiality "
            'agreements.',
        ),
    ), 'missing', 'r14-vendor-employees-bound'),
    ('R14', (
        (PREAMBLE,),
        (
            "Maplewood's Hartford office follows these same Terms.",
        ),
    ), 'missing', 'r14-vendor-own-office-follows-terms'),
    ('R14', (
        (ARTIST,),
        (
            'The Artist will make sure students follow the same rules as in their classroom.',
        ),
    ), 'missing', 'r14-students-follow-same-rules', 'consultant'),
    ('R14', (
        (PREAMBLE,),
        (
            'Maplewood follows the same rules for every school it serves.',
        ),
    ), 'missing', 'r14-vendor-same-rules-every-school'),
    ('R14', (
        (PREAMBLE,),
        (
            'Maplewood will keep to the same terms for every renewal year.',
        ),
    ), 'missing', 'r14-renewal-on-same-terms'),
    ('R14', (
        (PREAMBLE,),
        (
            'Maplewood uses third-party service providers to host the Service, and we will '
            'tell you beforehand about any planned downtime.',
        ),
    ), 'missing', 'r14-providers-beside-downtime-notice'),
    ('R14', (
        (ARTIST,),
        (
            'Maria Lopez, a dancer, sometimes helps at workshops.',
            'She follows these same Terms whenever she works with you.',
        ),
    ), 'weak', 'r14-helper-follows-terms-with-you', 'consultant'),
    ('R14', (
        (ARTIST,),
        (
            'Maria Lopez, a dancer, sometimes helps at workshops.',
            'She is bound by the same terms in this letter as the Artist, including those on '
            'disclosure.',
        ),
    ), 'weak', 'r14-helper-bound-terms-on-disclosure', 'consultant'),
    ('R9', (
        (PREAMBLE,),
        (
            'This Addendum is governed by the laws of the State of Connecticut.',
            'All other matters under the MSDPA remain governed by Article XII of the MSDPA '
            '(Delaware law).',
        ),
    ), 'weak', 'r9-msdpa-article-roman-delaware'),
    ('R9', (
        (PREAMBLE,),
        (
            'This Addendum is governed by the laws of the State of Connecticut.',
            'All other questions about disclosing education records are governed by Section '
            '99.31 of the FERPA regulations.',
        ),
    ), 'present', 'r9-addendum-governed-ferpa-section'),
    ('R9', (
        (PREAMBLE,),
        (
            'This Addendum is governed by the laws of the State of Connecticut.',
            "All other matters for School staff are governed by Section 10 of the School's "
            'bargaining agreement.',
        ),
    ), 'present', 'r9-addendum-governed-school-bargaining-agreement'),
    ('R10', (
        (PREAMBLE,),
        (
            'If any provision of this Addendum is held invalid, it is severed and the '
            'remainder stays in force (on severability generally, see Section 18 of our Terms '
            'of Service).',
        ),
    ), 'present', 'r10-own-clause-with-see-aside'),
    ('R10', (
        (PREAMBLE,),
        (
            'Should a court find any term of this Addendum unenforceable, the other terms are '
            'unaffected, and the same severability rule applies to the Agreement, see Section '
            '18 of the Agreement.',
        ),
    ), 'present', 'r10-own-rule-same-for-agreement-see'),
    ('R7', (
        (PREAMBLE,),
        (
            'Maplewood will delete all Student Data upon termination of the Agreement or by '
            'June 30, whichever is earlier.',
        ),
    ), 'present', 'r7-termination-or-date-whichever-earlier'),
    ('R7', (
        (PREAMBLE,),
        (
            'Upon termination, Maplewood shall delete all Student Data, and during the Term it '
            'purges inactive student accounts by the end of each school year.',
        ),
    ), 'present', 'r7-interim-purge-by-end-of-each-year'),
    ('R7', (
        (ARTIST,),
        (
            'For a residency that begins by September 15, the Artist will delete class lists '
            'at the final session.',
        ),
    ), 'present', 'r7-start-date-beside-deletion-at-end', 'consultant'),
    ('R2', (
        (PREAMBLE,),
        (
            'The School may request deletion of Student Data by emailing '
            'privacy@maplewood.com, and Maplewood will delete it within ten (10) days, subject '
            "to the Council's record retention schedule.",
        ),
    ), 'present', 'r2-councils-record-retention-schedule'),
    ('R2', (
        (PREAMBLE,),
        (
            'The School may request deletion of Student Data by emailing '
            'privacy@maplewood.com, and Maplewood will delete it within ten (10) days, subject '
            "to the State Library's records retention schedules.",
        ),
    ), 'present', 'r2-state-librarys-records-retention'),
    ('R2', (
        (PREAMBLE,),
        (
            'The School may request deletion of Student Data by emailing '
            'privacy@maplewood.com, and Maplewood will delete it within ten (10) days, subject '
            "to the Member's record retention schedule.",
        ),
    ), 'present', 'r2-members-record-retention-schedule'),
    ('R2', (
        (PREAMBLE,),
        (
            'The School may request deletion of Student Data by emailing '
            'privacy@maplewood.com, and Maplewood will delete it within ten (10) days, subject '
            "to the School District's records retention schedule.",
        ),
    ), 'present', 'r2-school-districts-records-retention'),
    ('R2', (
        (PREAMBLE,),
        (
            'The School may request deletion of Student Data by emailing '
            'privacy@maplewood.com, and Maplewood will delete it within ten (10) days, subject '
            "to the sending LEA's records retention schedule.",
        ),
    ), 'present', 'r2-sending-leas-records-retention'),
]  # fmt: skip

REVIEW_CONTROLS = [
    ('R14', (
        (ARTIST,),
        (
            'Maria Lopez, a dancer, sometimes helps at workshops.',
            'She is bound by the same confidentiality terms in this letter.',
        ),
    ), 'weak', 'r14-helper-bound-same-confidentiality-terms', 'consultant'),
    ('R14', (
        (
            'These Terms apply to every residency that Lantern Puppet Theatre LLC (the '
            '"Consultant") delivers for a school or district (the "Presenter").',
        ),
        (
            'The Consultant may engage an assistant puppeteer for larger groups by giving the '
            'Presenter written notice before the first session.',
        ),
    ), 'weak', 'r14-assistant-by-giving-written-notice', 'consultant'),
    ('R14', (
        (PREAMBLE,),
        (
            'Maplewood may engage a subprocessor by giving the School written notice.',
        ),
    ), 'weak', 'r14-subprocessor-by-giving-written-notice'),
    ('R14', (
        (PREAMBLE,),
        (
            'Maplewood may add service providers that can see Student Data, and we will tell '
            'you beforehand.',
        ),
    ), 'weak', 'r14-providers-tell-you-beforehand'),
    ('R14', (
        (PREAMBLE,),
        (
            'We sometimes use subcontractors for data hosting, and we will let you know in '
            'advance.',
        ),
    ), 'weak', 'r14-subcontractors-let-you-know-in-advance'),
    ('R14', (
        (PREAMBLE,),
        (
            'Any successor to Maplewood will be bound by these Terms.',
        ),
    ), 'missing', 'r14-successor-bound'),
    ('R14', (
        (PREAMBLE,),
        (
            'Maplewood discloses Student Data only to recipients bound by these Terms.',
        ),
    ), 'missing', 'r14-disclosure-recipients-bound'),
    ('R14', (
        (ARTIST,),
        (
            "The Artist follows this agreement's lesson plan.",
        ),
    ), 'missing', 'r14-follows-agreements-lesson-plan', 'consultant'),
    ('R14', (
        (ARTIST,),
        (
            "The Artist will not bring a helper to a workshop without the School's prior "
            'written consent.',
            'Any helper follows these same Terms.',
        ),
    ), 'present', 'r14-helper-written-consent-and-terms', 'consultant'),
    ('R14', (
        (ARTIST,),
        (
            "The Artist will not bring an assistant to a workshop without the Host's prior "
            'written consent.',
        ),
    ), 'weak', 'r14-assistant-host-written-consent', 'consultant'),
    ('R14', (
        (ARTIST,),
        (
            "The Artist will not bring an assistant to a workshop without the Host's prior "
            'written consent, and any assistant is bound by the same terms as the Artist.',
        ),
    ), 'present', 'r14-assistant-host-consent-and-same-terms', 'consultant'),
    ('R14', (
        (PREAMBLE,),
        (
            'Maplewood shall not enter into a sub-contract without the express written consent '
            'of the School, and every sub-contract shall include the provisions of paragraphs '
            '1-13 of this Agreement.',
        ),
    ), 'present', 'r14-old-regulation-words'),
    ('R14', (
        (PREAMBLE,),
        (
            "Maplewood will give the School thirty (30) days' notice of any new sub-processor.",
        ),
    ), 'weak', 'r14-old-notice-of-new-subprocessor'),
    ('R14', (
        (PREAMBLE,),
        (
            'Maplewood may use subcontractors to provide the Service.',
        ),
    ), 'missing', 'r14-old-bare-licence'),
    ('R14', (
        (ARTIST,),
        (
            'Sometimes a second facilitator joins the Artist.',
            'We will tell the School in advance who is coming.',
        ),
    ), 'weak', 'r14-old-tell-school-who-is-coming', 'consultant'),
    ('R14', (
        (PREAMBLE,),
        (
            'Maplewood shall not enter into a sub-contract without the express written consent '
            'of the School, except for hosting providers.',
        ),
    ), 'weak', 'r14-old-consent-except-hosting'),
    ('R14', (
        (PREAMBLE,),
        (
            'Maplewood keeps Student Data secure.',
        ),
    ), 'missing', 'r14-old-nothing-on-subcontractors'),
    ('R14', (
        (PREAMBLE,),
        (
            'The two independent tutors we work with are bound by these Terms when they work '
            'with your students.',
        ),
    ), 'weak', 'r14-tutors-bound-by-these-terms'),
    ('R14', (
        (ARTIST,),
        (
            "The Artist may bring an assistant only with the Host's written consent, which the "
            'Artist will ask for by giving the Host written notice before the first session.',
        ),
    ), 'weak', 'r14-assistant-consent-asked-by-notice', 'consultant'),
    ('R14', (
        (ARTIST,),
        (
            'Sometimes a second facilitator joins the Artist, and we will tell you beforehand.',
        ),
    ), 'weak', 'r14-second-facilitator-tell-you-beforehand', 'consultant'),
    ('R14', (
        (PREAMBLE,),
        (
            "Maplewood shall not engage any subprocessor without the School's prior written "
            'consent, and each subprocessor is bound by these same Terms.',
        ),
    ), 'present', 'r14-subprocessor-consent-and-same-terms'),
    ('R14', (
        (PREAMBLE,),
        (
            'Maplewood may use subprocessors, and the School may object to a new subprocessor '
            'within ten days.',
        ),
    ), 'weak', 'r14-old-school-may-object'),
    ('R9', (
        (PREAMBLE,),
        (
            'This Addendum is governed by the laws of the State of Connecticut.',
            'All other matters under the MSDPA remain governed by Section 12.1 of the MSDPA '
            '(Delaware law).',
        ),
    ), 'weak', 'r9-msdpa-section-delaware'),
    ('R9', (
        (PREAMBLE,),
        (
            'This Addendum is governed by the laws of the State of Connecticut.',
            'All other provisions of the Terms of Service remain governed by Article 11 of the '
            'Terms of Service.',
        ),
    ), 'weak', 'r9-other-provisions-article-11'),
    ('R9', (
        (PREAMBLE,),
        (
            'This Addendum is governed by the laws of the State of Connecticut.',
            'All other matters under the MSDPA remain governed by Section 12.1 of the MSDPA, '
            'which selects the laws of the State of Connecticut.',
        ),
    ), 'present', 'r9-msdpa-section-selects-connecticut'),
    ('R9', (
        (PREAMBLE,),
        (
            'The laws of the State of Connecticut govern the rights and duties of all parties '
            'to this Addendum.',
            'All other matters are governed by Section 12.1 of this Addendum.',
        ),
    ), 'present', 'r9-other-matters-this-addendums-section'),
    ('R9', (
        (PREAMBLE,),
        (
            'The laws of the State of Connecticut govern the rights and duties of all parties '
            'to this Addendum.',
            'All other matters relating to fees and invoicing are governed by Section 4 of the '
            'Order Form.',
        ),
    ), 'present', 'r9-fees-governed-by-order-form-section'),
    ('R9', (
        (PREAMBLE,),
        (
            'The laws of the State of Connecticut govern the rights and duties of all parties '
            'to this Addendum.',
            'All other questions about disclosing education records are governed by Section '
            '99.31 of the FERPA regulations.',
        ),
    ), 'present', 'r9-disclosure-governed-by-ferpa-section'),
    ('R9', (
        (PREAMBLE,),
        (
            'The laws of the State of Connecticut govern the rights and duties of all parties '
            'to this Addendum.',
            "All other matters for School staff are governed by Section 10 of the School's "
            'bargaining agreement.',
        ),
    ), 'present', 'r9-school-staff-bargaining-agreement'),
    ('R9', (
        (PREAMBLE,),
        (
            'Maplewood, a Delaware corporation with its main office in Wilmington, agrees that '
            'the laws of the State of Connecticut govern the rights and duties of all parties '
            'to this Agreement.',
        ),
    ), 'present', 'r9-vendor-delaware-office-connecticut-law'),
    ('R9', (
        (PREAMBLE,),
        (
            'This Agreement is governed by the laws of the State of Delaware.',
        ),
    ), 'weak', 'r9-old-delaware-law'),
    ('R9', (
        (PREAMBLE,),
        (
            'The laws of the State of Connecticut govern the rights and duties of all parties '
            'to this Addendum.',
        ),
    ), 'present', 'r9-old-connecticut-whole'),
    ('R9', (
        (PREAMBLE,),
        (
            'This Addendum is governed by the laws of the State of Connecticut.',
            'All other matters remain governed by our Terms of Service.',
        ),
    ), 'weak', 'r9-old-other-matters-terms-of-service'),
    ('R9', (
        (PREAMBLE,),
        (
            'This Addendum is governed by the laws of the State of Connecticut.',
            'All other matters arising under the MSDPA remain governed by the law chosen in '
            'Section 7.3 of the MSDPA.',
        ),
    ), 'weak', 'r9-old-law-chosen-in-msdpa-section'),
    ('R9', (
        (PREAMBLE,),
        (
            'For all other customers, these terms are governed by Section 12 of the Master '
            'Terms.',
            'The laws of the State of Connecticut govern the rights and duties of all parties '
            'to this Addendum.',
        ),
    ), 'present', 'r9-old-other-customers'),
    ('R9', (
        (PREAMBLE,),
    ), 'missing', 'r9-old-no-law'),
    ('R9', (
        (PREAMBLE,),
        (
            'This Addendum is governed by the laws of the State of Connecticut.',
            'All other terms of the Agreement remain governed by Section 14 of the Agreement '
            '(Governing Law).',
        ),
    ), 'weak', 'r9-addendum-governed-other-terms-section-14'),
    ('R9', (
        (PREAMBLE,),
        (
            'This Addendum is governed by the laws of the State of Connecticut.',
            'Everything else is governed by Clause 20 of the Master Services Agreement (New '
            'York law).',
        ),
    ), 'weak', 'r9-addendum-governed-everything-else-clause-20'),
    ('R9', (
        (PREAMBLE,),
        (
            'This Addendum is governed by the laws of the State of Connecticut.',
            'All other matters formerly governed by Section 12.1 of the MSDPA are now governed '
            'by Connecticut law as well.',
        ),
    ), 'present', 'r9-formerly-governed-now-connecticut'),
    ('R9', (
        (PREAMBLE,),
        (
            'This Addendum is governed by the laws of the State of Connecticut.',
            'The Master Agreement remains governed by the laws of the State of California.',
        ),
    ), 'weak', 'r9-old-master-agreement-california'),
    ('R9', (
        (PREAMBLE,),
        (
            'The laws of the State of Connecticut govern the rights and duties of all parties '
            'to this Addendum.',
            'All other matters under the MSDPA remain governed by Section 12.1 of the MSDPA '
            '(Delaware law).',
        ),
    ), 'weak', 'r9-msdpa-section-delaware-parties-to-addendum'),
    ('R10', (
        (PREAMBLE,),
        (
            'Severability and other general terms: see Section 18 of our Terms of Service.',
        ),
    ), 'weak', 'r10-see-section-18-terms-of-service'),
    ('R10', (
        (PREAMBLE,),
        (
            'For severability, see Clause 14.3 of the Master Agreement.',
        ),
    ), 'weak', 'r10-for-severability-see-clause'),
    ('R10', (
        (PREAMBLE,),
        (
            'Severability: see Article 9 of the MSA.',
        ),
    ), 'weak', 'r10-severability-see-article-msa'),
    ('R10', (
        (PREAMBLE,),
        (
            'Severability: see Article IX of the MSA.',
        ),
    ), 'weak', 'r10-see-article-roman'),
    ('R10', (
        (PREAMBLE,),
        (
            'Severability: a provision of this Addendum held invalid by a court does not '
            'affect the others, and for the Agreement see Section 18 of the Agreement.',
        ),
    ), 'present', 'r10-own-clause-then-see-agreement'),
    ('R10', (
        (PREAMBLE,),
        (
            'Severability: see Section 18 of this Agreement.',
        ),
        (
            '18. If any provision of this Agreement is held invalid, the rest of this '
            'Agreement remains in effect.',
        ),
    ), 'present', 'r10-see-own-section'),
    ('R10', (
        (PREAMBLE,),
        (
            'If any provision of this Agreement is held invalid by a court of competent '
            'jurisdiction, the remaining provisions remain in full force and effect.',
        ),
    ), 'present', 'r10-old-own-clause'),
    ('R10', (
        (PREAMBLE,),
        (
            'The severability provisions of our Terms of Service apply to this Addendum.',
        ),
    ), 'weak', 'r10-old-severability-provisions-apply'),
    ('R10', (
        (PREAMBLE,),
        (
            'If any provision of this Agreement is held invalid, the remaining provisions '
            'remain in effect; for notices, see Section 18 of our Terms of Service.',
        ),
    ), 'present', 'r10-own-clause-notices-see-after-semicolon'),
    ('R10', (
        (PREAMBLE,),
    ), 'missing', 'r10-old-none'),
    ('R10', (
        (PREAMBLE,),
        (
            'Severability (see Section 18 of the Terms of Service).',
            'If any provision of this Addendum is held invalid, the rest of this Addendum '
            'remains in effect.',
        ),
    ), 'present', 'r10-see-heading-then-own-clause'),
    ('R10', (
        (PREAMBLE,),
        (
            'Severability, notices and assignment: see Section 18 of our Terms of Service, and '
            'if any provision of this Addendum is held invalid, the remaining provisions '
            'remain in effect.',
        ),
    ), 'present', 'r10-see-beside-own-clause-same-sentence'),
    ('R10', (
        (PREAMBLE,),
        (
            'Section 14.6 (Severability) of the Agreement applies to this DPA as if set out in '
            'full.',
        ),
    ), 'weak', 'r10-old-section-severability-applies'),
    ('R7', (
        (ARTIST,),
        (
            'The Artist will destroy rosters by June 30 of the school year in which the last '
            'Visit occurs.',
        ),
    ), 'weak', 'r7-by-june-30-last-visit', 'consultant'),
    ('R7', (
        (PREAMBLE,),
        (
            'When the Agreement ends, Maplewood will delete all Student Data by December 31 of '
            'that year.',
        ),
    ), 'weak', 'r7-agreement-ends-by-december-31'),
    ('R7', (
        (PREAMBLE,),
        (
            'Upon expiration of the Agreement, Maplewood shall destroy all Student Data by the '
            'end of the calendar year.',
        ),
    ), 'weak', 'r7-expiration-by-end-of-calendar-year'),
    ('R7', (
        (ARTIST,),
        (
            'The Artist will delete class lists after the final workshop, and in any case by '
            'August 31 following the final workshop.',
        ),
    ), 'weak', 'r7-final-workshop-by-august-31', 'consultant'),
    ('R7', (
        (PREAMBLE,),
        (
            'Maplewood will delete all Student Data by the end of the Term.',
        ),
    ), 'present', 'r7-by-end-of-term'),
    ('R7', (
        (PREAMBLE,),
        (
            'Within thirty (30) days after termination, Maplewood will delete all Student Data.',
        ),
    ), 'weak', 'r7-old-within-30-days-after'),
    ('R7', (
        (PREAMBLE,),
        (
            'Upon termination, Maplewood will delete all Student Data.',
        ),
    ), 'present', 'r7-old-upon-termination'),
    ('R7', (
        (PREAMBLE,),
        (
            'Student Data shall not be retained or available to Maplewood upon completion of '
            'the contracted services.',
        ),
    ), 'present', 'r7-old-regulation-words'),
    ('R7', (
        (PREAMBLE,),
        (
            'Upon termination, Maplewood will delete Student Data in accordance with its '
            'retention schedule.',
        ),
    ), 'weak', 'r7-old-retention-schedule'),
    ('R7', (
        (PREAMBLE,),
        (
            'Maplewood keeps Student Data secure.',
        ),
    ), 'missing', 'r7-old-nothing'),
    ('R7', (
        (PREAMBLE,),
        (
            'Maplewood will delete all Student Data when the subscription ends, and will '
            'confirm the deletion in writing.',
        ),
    ), 'present', 'r7-old-subscription-ends-confirm'),
    ('R2', (
        (
            'These Terms apply to every residency that Lantern Puppet Theatre LLC (the '
            '"Consultant") delivers for a school or district (the "Presenter").',
        ),
        (
            'The Presenter may ask the Consultant in writing to delete any Student Data, and '
            "the Consultant will delete it within ten (10) days, subject to the Consultant's "
            'standard record retention practices.',
        ),
    ), 'weak', 'r2-consultant-standard-record-retention', 'consultant'),
    ('R2', (
        (PREAMBLE,),
        (
            'The School may request deletion of Student Data by emailing '
            'privacy@maplewood.com, and Maplewood will delete it within ten (10) days, subject '
            "to the Company's records retention schedule.",
        ),
    ), 'weak', 'r2-company-records-retention-schedule'),
    ('R2', (
        (PREAMBLE,),
        (
            'The School may request deletion of Student Data by emailing '
            'privacy@maplewood.com, and Maplewood will delete it within ten (10) days, subject '
            "to the Maplewood Group's record retention policy.",
        ),
    ), 'weak', 'r2-group-record-retention-policy'),
    ('R2', (
        (PREAMBLE,),
        (
            'The School may request deletion of Student Data by emailing '
            'privacy@maplewood.com, and Maplewood will delete it within ten (10) days, subject '
            "to the Board of Education's records retention schedule.",
        ),
    ), 'present', 'r2-board-of-educations-records-retention'),
    ('R2', (
        (
            'These Terms apply to every residency that Lantern Puppet Theatre LLC (the '
            '"Consultant") delivers for a school or district (the "Presenter").',
        ),
        (
            'The Presenter may ask the Consultant in writing to delete any Student Data, and '
            "the Consultant will delete it within ten (10) days, subject to the Presenter's "
            'record retention requirements.',
        ),
    ), 'present', 'r2-presenters-record-retention', 'consultant'),
    ('R2', (
        (PREAMBLE,),
        (
            'The School may request deletion of Student Data by emailing '
            'privacy@maplewood.com, and Maplewood will delete it within ten (10) days, subject '
            "to Maplewood's data retention policy.",
        ),
    ), 'weak', 'r2-old-data-retention-policy'),
    ('R2', (
        (PREAMBLE,),
        (
            'The School may request deletion of Student Data by emailing '
            'privacy@maplewood.com, and Maplewood will delete it within ten (10) days, subject '
            "to the School's record retention schedule.",
        ),
    ), 'present', 'r2-old-schools-record-retention'),
    ('R2', (
        (PREAMBLE,),
        (
            'The School may request deletion of Student Data by emailing '
            'privacy@maplewood.com, and Maplewood will delete it within ten (10) days.',
        ),
    ), 'present', 'r2-old-request-with-procedure'),
    ('R2', (
        (PREAMBLE,),
        (
            "A parent may delete a child's account from Settings.",
        ),
    ), 'missing', 'r2-old-parent-only'),
    ('R2', (
        (PREAMBLE,),
        (
            'Maplewood will consider requests from the School to delete Student Data.',
        ),
    ), 'weak', 'r2-old-will-consider'),
    ('R2', (
        (
            'These Terms apply to every residency that Lantern Puppet Theatre LLC (the '
            '"Consultant") delivers for a school or district (the "Presenter").',
        ),
        (
            'The Presenter may ask the Consultant in writing to delete any Student Data, and '
            'the Consultant will delete it within ten (10) days, subject to the retention '
            'practices of the Consultant.',
        ),
    ), 'weak', 'r2-retention-practices-of-the-consultant', 'consultant'),
    ('R2', (
        (
            'These Terms apply to every residency that Lantern Puppet Theatre LLC (the '
            '"Consultant") delivers for a school or district (the "Presenter").',
        ),
        (
            'The Presenter may ask the Consultant in writing to delete any Student Data, and '
            "the Consultant will delete it within ten (10) days, subject to the Consultant's "
            'standard records retention practices.',
        ),
    ), 'weak', 'r2-consultants-standard-records-retention', 'consultant'),
]  # fmt: skip

CODE_REVIEW = [
    ('R7', (
        (
            'The Consultant shall complete the services by June 30, 2027, and upon completion '
            'of the services shall destroy all Student Data.',
        ),
    ), 'present', 'cr-r7-date-of-the-services', 'consultant'),
    ('R7', (
        (
            'Upon termination of this Agreement or by June 30, 2027, whichever is earlier, the '
            'Vendor shall delete all Student Data.',
        ),
    ), 'present', 'cr-r7-date-whichever-is-earlier'),
    ('R7', (
        (
            'The Vendor deletes class rosters by the end of each school year and, upon '
            'termination of this Agreement, deletes all remaining Student Data.',
        ),
    ), 'present', 'cr-r7-yearly-purge-and-deletion-at-the-end'),
    ('R2', (
        (
            'CREC may request the deletion of Student Data at any time by email to '
            'privacy@canopy.example, and the Consultant will delete the requested Student Data '
            "within ten (10) business days, subject to the State Library's records retention "
            'schedules.',
        ),
    ), 'present', 'cr-r2-state-library-schedule', 'consultant'),
    ('R2', (
        (
            'CREC may request the deletion of Student Data at any time by email to '
            'privacy@canopy.example, and the Consultant will delete the requested Student Data '
            "within ten (10) business days, subject to Hartford Public Schools' records "
            'retention schedule.',
        ),
    ), 'present', 'cr-r2-named-schools-schedule', 'consultant'),
    ('R14', (
        (
            'The Vendor shall comply with this Agreement and all applicable laws.',
        ),
    ), 'missing', 'cr-r14-vendor-complies-with-the-agreement'),
    ('R14', (
        (
            'We follow our data security rules at all times.',
        ),
    ), 'missing', 'cr-r14-vendor-follows-its-own-rules'),
    ('R14', (
        (
            'We may use third-party service providers to host the Service.',
        ),
        (
            'The Vendor shall comply with this Agreement and all applicable laws.',
        ),
    ), 'missing', 'cr-r14-bare-licence-beside-vendor-compliance'),
    ('R14', (
        (
            'Teachers who use the App follow these same Terms.',
        ),
    ), 'missing', 'cr-r14-teachers-follow-the-terms'),
    ('R14', (
        (
            'Students follow our classroom rules during each session.',
        ),
    ), 'missing', 'cr-r14-students-follow-classroom-rules', 'consultant'),
    ('R14', (
        (
            'By signing below, the parties agree to be bound by these Terms.',
        ),
    ), 'missing', 'cr-r14-parties-accept-the-terms'),
    ('R14', (
        (
            'CREC and the Vendor each agree to comply with these terms.',
        ),
    ), 'missing', 'cr-r14-school-and-vendor-comply'),
    ('R14', (
        (
            'The District may require the Vendor to remove any subcontractor by giving the '
            'Vendor written notice.',
        ),
    ), 'missing', 'cr-r14-schools-notice-to-remove'),
    ('R14', (
        (
            'We may use subcontractors to host the App.',
            'Either party may end any subcontracted service by giving the other party written '
            'notice.',
        ),
    ), 'missing', 'cr-r14-termination-notice'),
    ('R14', (
        (
            'Our service providers will tell you in advance if they need to take the App '
            'offline.',
        ),
    ), 'missing', 'cr-r14-providers-tell-users-of-downtime'),
    ('R10', (
        (
            'If a court of competent jurisdiction holds any part of this letter invalid, the '
            "rest of the letter still applies; for severability under the Artist's standard "
            'terms, see Section 9 of the Standard Terms.',
        ),
    ), 'present', 'cr-r10-own-clause-with-a-pointer', 'consultant'),
]  # fmt: skip

CODE_REVIEW_CONTROLS = [
    ('R7', (
        (
            'The Artist will destroy all class rosters by June 30 of the school year in which '
            'the last Visit occurs.',
        ),
    ), 'weak', 'cr-ctl-r7-by-june-30-after-the-last-visit', 'consultant'),
    ('R7', (
        (
            'The Artist will destroy all class rosters by the end of the school year in which '
            'the last Visit occurs.',
        ),
    ), 'weak', 'cr-ctl-r7-by-the-end-of-the-school-year', 'consultant'),
    ('R7', (
        (
            'Upon termination of this Agreement, the Vendor shall delete all Student Data.',
        ),
    ), 'present', 'cr-ctl-r7-upon-termination'),
    ('R7', (
        (
            'Upon termination of this Agreement, the Vendor shall delete all Student Data '
            'within thirty (30) days.',
        ),
    ), 'weak', 'cr-ctl-r7-within-thirty-days'),
    ('R7', (
        (
            'The Artist will destroy all class rosters after the final visit.',
        ),
    ), 'present', 'cr-ctl-r7-after-the-final-visit', 'consultant'),
    ('R2', (
        (
            'CREC may request the deletion of Student Data at any time by email to '
            'privacy@canopy.example, and the Consultant will delete the requested Student Data '
            'within ten (10) business days.',
        ),
    ), 'present', 'cr-ctl-r2-request-with-procedure', 'consultant'),
    ('R2', (
        (
            'CREC may request the deletion of Student Data at any time by email to '
            'privacy@canopy.example, and the Consultant will delete the requested Student Data '
            "within ten (10) business days, subject to the Consultant's standard record "
            'retention practices.',
        ),
    ), 'weak', 'cr-ctl-r2-consultants-record-retention', 'consultant'),
    ('R2', (
        (
            'CREC may request the deletion of Student Data at any time by email to '
            'privacy@canopy.example, and the Consultant will delete the requested Student Data '
            "within ten (10) business days, subject to the Consultant's standard data "
            'retention policy.',
        ),
    ), 'weak', 'cr-ctl-r2-consultants-data-retention', 'consultant'),
    ('R2', (
        (
            'CREC may request the deletion of Student Data at any time by email to '
            'privacy@canopy.example, and the Consultant will delete the requested Student Data '
            "within ten (10) business days, subject to the School's records retention schedule.",
        ),
    ), 'present', 'cr-ctl-r2-schools-records-schedule', 'consultant'),
    ('R2', (
        (
            'CREC may request the deletion of Student Data at any time by email to '
            'privacy@canopy.example, and the Consultant will delete the requested Student Data '
            "within ten (10) business days, subject to the District's record retention "
            'schedule.',
        ),
    ), 'present', 'cr-ctl-r2-districts-record-schedule', 'consultant'),
    ('R14', (
        (
            'Sometimes an assistant comes to sessions with me.',
            'She is bound by the same confidentiality terms in this letter.',
        ),
    ), 'weak', 'cr-ctl-r14-assistant-bound-by-the-letter', 'consultant'),
    ('R14', (
        (
            'Two assistants help me at larger schools.',
        ),
        (
            'They follow these same Terms, including Section 6.',
        ),
    ), 'weak', 'cr-ctl-r14-they-follow-these-terms', 'consultant'),
    ('R14', (
        (
            'The Presenter may engage an assistant for the residency by giving the School '
            'written notice before the first session.',
        ),
    ), 'weak', 'cr-ctl-r14-by-giving-written-notice', 'consultant'),
    ('R14', (
        (
            "The Presenter may bring an assistant after giving the School five days' notice.",
        ),
    ), 'weak', 'cr-ctl-r14-after-giving-notice', 'consultant'),
    ('R14', (
        (
            'We may engage new service providers, and we will let you know beforehand.',
        ),
    ), 'weak', 'cr-ctl-r14-let-you-know-beforehand'),
    ('R14', (
        (
            'The Artist may bring an accompanist to any session, and will let you know in '
            'advance.',
        ),
    ), 'weak', 'cr-ctl-r14-accompanist-let-you-know', 'consultant'),
    ('R14', (
        (
            'The Vendor shall not enter into a sub-contract without the express written '
            'consent of CREC, and every sub-contract will include the provisions of paragraphs '
            '1-13 of this Agreement.',
        ),
    ), 'present', 'cr-ctl-r14-consent-and-flow-down'),
    ('R14', (
        (
            'I do not use subcontractors.',
            'I follow this letter in everything I do.',
        ),
    ), 'present', 'cr-ctl-r14-no-subcontractors', 'consultant'),
    ('R14', (
        (
            'We may use third-party service providers to host the App.',
        ),
    ), 'missing', 'cr-ctl-r14-bare-licence'),
    ('R14', (
        (
            'The Vendor will delete Student Data when the District asks.',
        ),
    ), 'missing', 'cr-ctl-r14-nothing-on-subcontractors'),
    ('R9', (
        (
            'This Agreement and the rights and duties of all parties are governed by the laws '
            'of the State of Connecticut.',
        ),
    ), 'present', 'cr-ctl-r9-connecticut-governs'),
    ('R9', (
        (
            'This Agreement and the rights and duties of all parties are governed by the laws '
            'of the State of Connecticut.',
            'All other matters under the MSDPA remain governed by Section 12.1 of the MSDPA '
            '(Delaware law).',
        ),
    ), 'weak', 'cr-ctl-r9-msdpa-section-delaware'),
    ('R9', (
        (
            'This Agreement and the rights and duties of all parties are governed by the laws '
            'of the State of Connecticut.',
            'All other matters under the MSDPA remain governed by Section 12.1 of the MSDPA, '
            'which selects Connecticut law.',
        ),
    ), 'present', 'cr-ctl-r9-msdpa-section-connecticut'),
    ('R9', (
        (
            'This Agreement and the rights and duties of all parties are governed by the laws '
            'of the State of Connecticut.',
            'All other matters remain governed by our Terms of Service (Delaware law).',
        ),
    ), 'weak', 'cr-ctl-r9-our-terms-delaware'),
    ('R9', (
        (
            'This Addendum and the rights and duties of all parties under it are governed by '
            'the laws of the State of Connecticut.',
        ),
    ), 'present', 'cr-ctl-r9-addendum-connecticut'),
    ('R10', (
        (
            'If any provision of this Agreement is held invalid by a court of competent '
            'jurisdiction, the invalidity will not affect the other provisions, which remain '
            'in full force.',
        ),
    ), 'present', 'cr-ctl-r10-own-clause'),
    ('R10', (
        (
            'Severability and other general terms: see Section 18 of our Terms of Service.',
        ),
    ), 'weak', 'cr-ctl-r10-see-section-of-our-terms'),
    ('R10', (
        (
            'Severability and other general terms: see Section 18 of our Terms of Service.',
        ),
        (
            'Should any provision of this Addendum be held invalid by a court of competent '
            'jurisdiction, the remaining provisions continue in full force.',
        ),
    ), 'present', 'cr-ctl-r10-pointer-beside-own-clause'),
]  # fmt: skip

test_batch_67_classes_read_right = probe.reads_as_labelled(CASES)
test_batch_67_controls_stand = probe.reads_as_labelled(CONTROLS)

test_the_reviews_cases_read_right = probe.reads_as_labelled(REVIEW)
test_the_reviews_controls_stand = probe.reads_as_labelled(REVIEW_CONTROLS)
test_the_code_reviews_cases_read_right = probe.reads_as_labelled(CODE_REVIEW)
test_the_code_reviews_controls_stand = probe.reads_as_labelled(CODE_REVIEW_CONTROLS)
