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

test_each_class_is_read_right = probe.reads_as_labelled(CASES)
test_the_controls_keep_their_reading = probe.reads_as_labelled(CONTROLS)
