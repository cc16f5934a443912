"""Classes of misreading found in batch 37 (tests/corpus/heldout-37/), held out until
2026-12-05 and development since, each read right.

Each case is a sentence of the class, written for the test in words of its own, not a
corpus document's. Each group of sentences is a paragraph of its own.
"""

from __future__ import annotations

import audit_probes as probe

PREAMBLE = 'Maplewood Learning, Inc. ("Maplewood") provides the Service to the School.'

CASES = [  # (requirement, paragraphs, status, id)
    # a licence a deletion ends is no deletion at the end
    ("R7", ((PREAMBLE,), ("4.2 You grant Maplewood a licence to host and display Your Content "
                          "only as needed to run the Service.", "The licence ends when Your "
                          "Content is deleted from the Service.")),
     "missing", "a-licence-ends-when-content-is-deleted"),
    # the students who create it own it
    ("R11", ((PREAMBLE,), ("Students who create content through a class account, such as poems "
                           "and sketches, own that content; we claim no ownership of it.",)),
     "present", "students-who-create-content-own-it"),
    # the school's own procedure for the families
    ("R4", ((PREAMBLE,), ("Parents or eligible students may review the student's records and "
                          "correct erroneous information by following the School's own "
                          "procedures for doing so.",)),
     "weak", "by-following-the-schools-own-procedures"),
    # the last case of a numbered list, another law's
    ("R15e", ((PREAMBLE,), ("Maplewood shall not disclose Student Data, unless the disclosure is "
                            "made: (i) in furtherance of School Purposes, (ii) to ensure legal "
                            "and regulatory compliance, (iii) to respond to judicial process, "
                            "(iv) to protect the safety of users, or (v) as otherwise required "
                            "or permitted by applicable law.",)),
     "weak", "or-as-otherwise-permitted-by-law"),
    # a venue ban's exception is 15(a)'s, not 13's
    ("R13", ((PREAMBLE,), ("10.1 Maplewood shall not use personally identifiable information "
                           "contained in Student Data for Targeted Advertising.",),
             ("10.2 Maplewood shall not engage in targeted advertising on the Maplewood website "
              "or app, except that Maplewood may show sponsor messages chosen by school and "
              "grade.",)),
     "present", "the-venue-bans-exception"),
    # the rest of the contract under the law another paper names
    ("R9", ((PREAMBLE,), ("12.1 This Addendum shall be governed by the laws of the State of "
                          "Connecticut.",),
            ("12.2 The Master Agreement, other than this Addendum, remains governed by the law "
             "designated in Article 9 of the Master Agreement (the laws of the State of "
             "Oregon).",)),
     "weak", "the-law-designated-in-article-9"),
    ("R9", ((PREAMBLE,), ("This Agreement is governed by the laws of the State of Connecticut, "
                          "unless the Order Form states otherwise.",)),
     "weak", "unless-the-order-form-states-otherwise"),
    # its own events, marketed to the families
    ("U1", ((PREAMBLE,), ("Maplewood may use Student Data to provide and improve the Services "
                          "and to send students' families news of upcoming Maplewood fun runs in "
                          "their area.",)),
     "weak", "news-of-upcoming-fun-runs"),
    # how students are named is no limit on the use
    ("R3", ((PREAMBLE,), ("The Artist may use photographs of the workshops on its website to "
                          "promote its programs, provided students are identified by first name "
                          "only.",),
            ("The Artist will use the roster only to run the workshops.",)),
     "weak", "identified-by-first-name-only"),
    # FERPA as a product's description, or as the school's
    ("R8", ((PREAMBLE,), ("Maplewood is built to be FERPA-friendly, and we follow the California "
                          "student privacy law (SOPIPA).",)),
     "missing", "built-to-be-ferpa-friendly"),
    ("R8", ((PREAMBLE,), ("I understand the School is bound by FERPA, so I have set out my "
                          "student-records terms in section 6.",)),
     "missing", "i-understand-the-school-is-bound"),
    ("R8", ((PREAMBLE,), ("3.3 The Host is responsible for collecting any consent forms required "
                          "by law, including FERPA.",)),
     "missing", "numbered-responsible-for-consents"),
    # a lasting licence over what the ownership named
    ("R1", ((PREAMBLE,), ("5.1 As between the parties, the School owns the School Data, including "
                          "all Submissions.",),
            ("5.2 The School grants Maplewood a perpetual, irrevocable licence to use, reproduce "
             "and display Submissions in Maplewood's promotional materials.",)),
     "weak", "a-perpetual-licence-over-submissions"),
    # an intention is no ban
    ("R15d", ((PREAMBLE,), ("We do not sell student data.", "We have no plans to rent or trade "
                            "student data either.")),
     "weak", "no-plans-to-rent-or-trade"),
    # a request before the end is no deletion at the end
    ("R7", ((PREAMBLE,), ("If you want me to delete any of it before the end of the residency, "
                          "just email me and I will, except for the concert video, which I keep "
                          "for my portfolio.",)),
     "missing", "if-you-want-me-to-delete-before-the-end"),
    # the school's authorization, in terms for schools
    ("R3", ((PREAMBLE,), ("We use Student Data only to provide the Service to your School and for "
                          "the purposes you authorize under these Terms.",)),
     "present", "the-purposes-you-authorize"),
    # a ban held to its own service first, a whole ban after
    ("R13", ((PREAMBLE,), ("There are no ads in Maplewood, and we never sell Student Data.",),
             ("We never use Student Data to target advertising to students.",)),
     "present", "no-ads-here-then-a-whole-ban"),
    # a short numbered statement that stays the school's
    ("R1", ((PREAMBLE,), ("5.1 Student information the School gives us stays the School's.",)),
     "present", "numbered-stays-the-schools"),
    # a denial of anything other than what the terms allow
    ("R3", ((PREAMBLE,), ("5.2 We will not use student information for anything other than what "
                          "these terms allow, which is printing certificates and running the "
                          "station.",)),
     "present", "anything-other-than-these-terms-allow"),
    # published photos kept
    ("R7", ((PREAMBLE,), ("After the last session we shred the paper roster and delete the "
                          "digital copy the same day.", "Photos we have published under your "
                          "school's photo release stay on our website.")),
     "weak", "published-photos-stay-on-the-website"),
]  # fmt: skip

# Drafting beside each class that keeps its reading.
CONTROLS = [
    # a law or a policy is not the contract's purposes
    ("R3", ((PREAMBLE,), ("We will not use Student Data for anything other than what the law "
                          "allows.",)),
     "missing", "anything-other-than-the-law-allows"),
    ("R3", ((PREAMBLE,), ("We generally use student names only for name tags and certificates.",)),
     "weak", "names-only-for-name-tags"),
    ("R13", ((PREAMBLE,), ("Maplewood will not use personally identifiable information for "
                           "targeted advertising.", "Maplewood will not use Student Data for "
                           "targeted advertising, except in Parent Accounts.")),
     "weak", "a-data-bans-own-exception"),
    ("R15d", ((PREAMBLE,), ("We have no plans to sell student data.",)),
     "weak", "no-plans-to-sell"),
    ("R15e", ((PREAMBLE,), ("Maplewood shall not disclose Student Data unless the disclosure is "
                            "made (A) in furtherance of School Purposes, or (B) to an entity "
                            "hired by Maplewood to provide services, provided Maplewood "
                            "contractually prohibits the entity from using Student Data for any "
                            "other purpose, (ii) prohibits the entity from disclosing Student "
                            "Data to subsequent third parties, and (iii) requires the entity to "
                            "implement reasonable security procedures.",)),
     "present", "conditions-without-their-first-mark"),
]  # fmt: skip

# A review of the round's patterns wrote sentences against them; each misreading it found is
# mended and kept here.
_WITHIN = (
    "Maplewood will not use Student Data to target advertisements to students within the Service."
)
REVIEW = [
    # a ban found after a venue-only one must be whole; an exception that picks ads by the
    # student's own history
    ("R13", ((PREAMBLE,), (_WITHIN,), ("Maplewood will not permit any third party to use Student "
                                      "Data to target advertising to students.",)),
     "weak", "a-ban-on-third-parties-only"),
    ("R13", ((PREAMBLE,), (_WITHIN,), ("Except with the consent of a parent, Maplewood will not "
                                      "use Student Data for targeted advertising.",)),
     "weak", "a-ban-with-consent"),
    ("R13", ((PREAMBLE,), ("Maplewood will never use Student Data to target advertising to "
                           "students.",),
             ("Maplewood does not show targeted advertising to students in the app, except for "
              "Featured Titles selected based on each student's reading history.",)),
     "weak", "featured-titles-by-reading-history"),
    # a denied ownership; "neither … nor" the vendor
    ("R11", ((PREAMBLE,), ("Students who create content using Maplewood templates do not own that "
                           "content, and Maplewood retains all rights in it.",)),
     "missing", "students-who-create-do-not-own"),
    ("R11", ((PREAMBLE,), ("Neither the School nor the Provider owns the work students create in "
                           "the Service; each student owns what he or she creates.",)),
     "present", "neither-the-school-nor-the-provider"),
    # a case after a provider's conditions is a case; conditions after a lead-in are conditions
    ("R15e", ((PREAMBLE,), ("Maplewood shall not disclose Student Data except (i) to its service "
                            "providers, provided Maplewood contractually requires each of them to "
                            "use the data only to provide the Service, not to disclose it to any "
                            "other party, and to keep it secure, (ii) to Maplewood's corporate "
                            "affiliates for their own product development, or (iii) as required "
                            "by law.",)),
     "weak", "affiliates-after-a-providers-conditions"),
    ("R15e", ((PREAMBLE,), ("Maplewood shall not disclose Student Data to any third party except "
                            "to its service providers, each of which must agree in writing: (i) to "
                            "use Student Data only to provide the Service, (ii) not to disclose "
                            "Student Data to any other party, and (iii) to maintain reasonable "
                            "security to protect it.",)),
     "present", "conditions-after-agree-in-writing"),
    ("R15e", ((PREAMBLE,), ("Maplewood shall not disclose Student Data except to subcontractors "
                            "bound by written contracts requiring them, (i) to use the data only "
                            "to perform services for Maplewood, (ii) not to disclose it further, "
                            "and (iii) to keep it secure.",)),
     "present", "conditions-after-requiring-them"),
    # "you approve", not under these Terms
    ("R3", ((PREAMBLE,), ("Maplewood uses Student Data only to provide the Services and for any "
                          "other purposes you approve.",)),
     "weak", "any-other-purposes-you-approve"),
    # the vendor's own promise beside the school's FERPA or a product's description
    ("R8", ((PREAMBLE,), ("I understand CREC is bound by FERPA, and I will handle any student "
                          "records I see in accordance with FERPA.",)),
     "present", "bound-by-ferpa-and-i-will-handle"),
    ("R8", ((PREAMBLE,), ("The Service is built to be FERPA-compliant, and Maplewood shall handle "
                          "Student Data in accordance with FERPA.",)),
     "present", "built-ferpa-compliant-and-shall-handle"),
    # a deletion at the end beside a licence or a request; photos up only until the end
    ("R7", ((PREAMBLE,), ("This license ends when the content is deleted, which Maplewood will do "
                          "upon termination or expiration of the School's subscription.",)),
     "present", "a-licence-and-a-deletion-upon-termination"),
    ("R7", ((PREAMBLE,), ("If you want me to delete any student work before the end of the "
                          "residency, email me, and I will delete everything else when the "
                          "residency ends.",)),
     "present", "a-request-and-a-deletion-when-it-ends"),
    ("R7", ((PREAMBLE,), ("At the end of the residency I will delete all photos and student "
                          "information I hold.", "Photos I have posted with the School's "
                          "permission stay on my website only until the residency ends, when I "
                          "take them down.")),
     "present", "on-the-website-only-until-the-end"),
    ("R7", ((PREAMBLE,), ("The license you grant us ends when your content is deleted from our "
                          "systems.",)),
     "missing", "the-licence-you-grant-us-ends"),
    # the school's own events are the service
    ("U1", ((PREAMBLE,), ("Maplewood uses student information only to provide, maintain and "
                          "improve the Service for the School, including to send parents news "
                          "about upcoming school events and assignments that teachers post, and "
                          "to respond to requests from students and parents.",)),
     "present", "news-of-school-events"),
    # the "unless" of a venue clause
    ("R9", ((PREAMBLE,), ("This Agreement is governed by the laws of the State of Connecticut, and "
                          "any action arising under it shall be brought in the courts of Hartford "
                          "County unless the Order Form provides otherwise.",)),
     "present", "unless-of-the-venue-clause"),
    # a licence the vendor grants the school
    ("R1", ((PREAMBLE,), ("5.1 The District owns all Student Data, including Assessment Results.",
                          "Upon full payment, Maplewood grants the District a perpetual, "
                          "irrevocable license to use the score reports and dashboards it "
                          "generated from Assessment Results.")),
     "present", "a-licence-to-the-district"),
    # the school's own pages; a first name used only for a purpose
    ("R3", ((PREAMBLE,), ("Maplewood will use Student Data only to provide the Service to the "
                          "School and for no other purpose.",),
            ("Drawings submitted to the contest may be displayed on the District website and in "
             "the District newsletter.",)),
     "present", "displayed-on-the-district-website"),
    ("R3", ((PREAMBLE,), ("Maplewood uses the student's first name only to provide the Service to "
                          "the School.",)),
     "present", "first-name-only-to-provide-the-service"),
    # families sent to the vendor, which follows the school's procedure
    ("R4", ((PREAMBLE,), ("Parents and students may review their Student Data and request "
                          "correction of erroneous information by contacting Maplewood, and "
                          "Maplewood will make the correction within ten (10) business days by "
                          "following the School's own procedures for amending education "
                          "records.",)),
     "present", "by-contacting-maplewood"),
]  # fmt: skip

test_each_class_is_read_right = probe.reads_as_labelled(CASES)
test_the_reviews_sentences_are_read_right = probe.reads_as_labelled(REVIEW)
test_the_controls_keep_their_reading = probe.reads_as_labelled(CONTROLS)
