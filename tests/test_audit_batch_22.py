"""Classes of misreading found in batch 22 (tests/corpus/heldout-22/), held out until
2026-12-03 and development since, each read right.

Each case is a sentence of the class, written for the test in words of its own, not a
corpus document's. Each group of sentences is a paragraph of its own.
"""

from __future__ import annotations

import audit_probes as probe

PREAMBLE = 'Maplewood Learning, Inc. ("Maplewood") provides the Service to the School.'
# A school named as the one a council acts for, its short name with its article.
ON_BEHALF = (
    'This Agreement is made between Juniper Arts LLC ("the Artist") and the Capitol Region '
    'Education Council, on behalf of the Riverbend Arts Magnet School ("the Host").'
)
HOLD = (
    "Maplewood may delay any notice under this Agreement while a law enforcement agency asks it to."
)
NEW_PRODUCTS = (
    "This Section does not prohibit Maplewood from using Student Data (i) for adaptive learning "
    "or customized student learning; (ii) to make product recommendations to teachers; or "
    "(iii) to notify account holders about new education product updates, features, or "
    "services."
)

CASES = [  # (requirement, paragraphs, status, id)
    # the school a council acts for, named "the Host"
    ("R1", ((ON_BEHALF,),
            ("The class list and all other student information the Host provides remain the "
             "property of the Host.",)),
     "present", "the-host-the-council-acts-for"),
    ("R8", ((ON_BEHALF,),
            ("The Host is responsible for compliance with FERPA in respect of the information it "
             "shares.",)),
     "missing", "the-hosts-own-ferpa-duty"),
    # what an athlete creates, and the students' own observations
    ("R11", ((PREAMBLE,),
             ("Clips, videos and notes that an athlete creates belong to the athlete.",)),
     "present", "what-an-athlete-creates"),
    ("R11", ((PREAMBLE,), ("Students own their Observations.",)),
     "present", "students-own-their-observations"),
    ("R15d", ((PREAMBLE,), ("We do not sell, rent or trade athlete information.",)),
     "present", "athlete-information"),
    # a ban's exception, and a sentence that opens on one
    ("R15a", ((PREAMBLE,),
              ("We do not show targeted advertising to students in the app, with one exception: "
               "the Discover tab shows sponsored camp listings.",)),
     "weak", "with-one-exception"),
    ("R3", ((PREAMBLE,),
            ("Other than the portfolio uses described in Section 6.2, Maplewood will use student "
             "information only to plan and teach the workshop.",)),
     "weak", "other-than-the-portfolio-uses"),
    # a hold switched off for the periods that replace the base terms'
    ("R6b", ((PREAMBLE,), (HOLD,),
             ("Paragraphs (a) and (b) replace the notice period in Section 9 for Connecticut "
              "schools; the law-enforcement delay in that Section does not extend them.",
              "(b) Maplewood shall notify the School of a breach of Student Data within five (5) "
              "days of discovering it.")),
     "present", "the-delay-does-not-extend-them"),
    # a consultant's plain words for a breach
    ("R6b", ((PREAMBLE,),
             ("If a permission slip or class list is lost or stolen, Maplewood will let the "
              "School's main office know within one week of finding out.",)),
     "present", "a-permission-slip-lost-or-stolen"),
    # the model's licence to notify of new products, switched off; a use in promotions
    ("U1", ((PREAMBLE,),
            ("Maplewood may use Student Data only to provide, maintain, support and improve the "
             "Service.",
             NEW_PRODUCTS,
             "Clause (iii) of this Section does not apply to Connecticut schools.")),
     "present", "clause-iii-does-not-apply"),
    # helpers brought on the school's written consent and every term, or on notice
    ("R14", ((PREAMBLE,),
             ("We won't bring any other performer or subcontractor into the residency without "
              "the School's written consent, and anyone we do bring will sign on to every term "
              "of this agreement about student information.",)),
     "present", "anyone-we-bring-signs-on-to-every-term"),
    ("R14", ((PREAMBLE,),
             ("We will tell the School by email before we add a new service that can see "
              "student data.",)),
     "weak", "told-before-a-new-service-sees-the-data"),
]  # fmt: skip


# Drafting near each class that already read right, and must stay so.
CONTROLS = [  # (requirement, paragraphs, status, id)
    ("R3", ((PREAMBLE,),
            ("Other than as required by law, Maplewood will use Student Data only to provide the "
             "Service.",)),
     "present", "other-than-as-the-law-requires"),
    ("U1", ((PREAMBLE,),
            ("Maplewood may use Student Data only to provide, maintain, support and improve the "
             "Service.",
             NEW_PRODUCTS)),
     "weak", "clause-iii-standing"),
    ("R6b", ((PREAMBLE,), (HOLD,),
             ("Maplewood shall notify the School of a breach of Student Data within five (5) days "
              "of discovering it.",)),
     "weak", "the-hold-left-standing"),
    ("R1", ((PREAMBLE,),
            ("The roster you upload will be used to set up class accounts.",)),
     "missing", "a-roster-used-is-no-ownership"),
    # a review's findings against the round's first patterns
    ("R1", (('This Agreement is between Brightpath Tutoring LLC, on behalf of the Brightpath '
             'Online Academy ("the Academy Operator"), and the Springfield Board of Education '
             '(the "District").',),
            ("The Academy Operator owns all student data and may use student data for any "
             "purpose.",)),
     "missing", "an-academy-a-company-acts-for-is-no-school"),
    ("R1", ((PREAMBLE,),
            ("Team rosters are the property of the School.",
             "Maplewood may keep all other student data indefinitely and use it for any "
             "purpose.")),
     "missing", "rosters-alone-the-schools"),
    ("R3", ((PREAMBLE,),
            ("Other than for the purposes of this Agreement, Maplewood will not use student "
             "data.",)),
     "present", "other-than-for-the-purposes-of-this-agreement"),
    ("R6b", ((PREAMBLE,), (HOLD,),
             ("Maplewood shall notify the School of a breach of Student Data within five (5) days "
              "of discovering it.",
              "Maplewood will forward subpoenas and law-enforcement requests to the School and "
              "will not delay them.")),
     "weak", "requests-it-will-not-delay"),
    ("R6b", ((PREAMBLE,),
             ("If a shipment of blank registration forms is lost in the mail, Maplewood will "
              "notify the School within two days.",)),
     "missing", "blank-forms-lost-in-the-mail"),
    ("U1", ((PREAMBLE,),
            ("Maplewood may use Student Data only to provide, maintain, support and improve the "
             "Service.",
             NEW_PRODUCTS,
             "Clause (iii) of Section 12 does not apply to the School, which may terminate for "
             "convenience on thirty days' notice.")),
     "weak", "another-sections-clause-iii"),
    ("U1", ((PREAMBLE,),
            ("Maplewood may use student information only to maintain, support, improve, evaluate "
             "or diagnose the Service, for adaptive learning or customized student learning, and "
             "to help teachers with placement decisions in grade promotions.",)),
     "present", "grade-promotions-are-no-marketing"),
    ("R14", ((PREAMBLE,),
             ("Maplewood may use subcontractors to host student data.",
              "Maplewood will tell its subcontractors about any new security requirements the "
              "School adopts.")),
     "missing", "telling-subcontractors-is-no-notice-to-the-school"),
    ("R14", ((PREAMBLE,),
             ("Each subcontractor will sign on to all terms of this agreement that apply to its "
              "services, with the School's prior written consent.",)),
     "weak", "signing-on-to-the-terms-that-apply"),
    ("R8", ((PREAMBLE,),
            ("We understand the School has to follow FERPA, and we'll follow it too.",)),
     "present", "we-will-follow-it-too"),
    # "except" as a word, not inside "exceptional"
    ("R3", ((PREAMBLE,),
            ("Maplewood will use Student Data only to provide the Service, including its "
             "practice sets for exceptional learners.",)),
     "present", "exceptional-learners-are-no-exception"),
]  # fmt: skip


test_each_class_is_read_right = probe.reads_as_labelled(CASES)
test_the_controls_keep_their_reading = probe.reads_as_labelled(CONTROLS)
