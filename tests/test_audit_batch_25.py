"""Classes of misreading found in batch 25 (tests/corpus/heldout-25/), held out until
2026-12-04 and development since, each read right.

Each case is a sentence of the class, written for the test in words of its own, not a
corpus document's. Each group of sentences is a paragraph of its own.
"""

from __future__ import annotations

import audit_probes as probe

PREAMBLE = 'Maplewood Learning, Inc. ("Maplewood") provides the Service to the School.'
# A contractor's standard form, the other party named only by its schedule
STANDARD_FORM = (
    'This Workshop Agreement is between Copperleaf Puppetry LLC ("Copperleaf") and the '
    'organization named in Schedule A ("the Venue").'
)

CASES = [  # (requirement, paragraphs, status, id)
    # a breach in plain words: someone who should not have seen it, the vendor's own loss
    ("R6b", ((PREAMBLE,),
             ("If we find out that a person who should not have seen a class list has seen it, "
              "Maplewood will tell the School's coordinator within one week of finding out.",)),
     "present", "someone-who-should-not-have-seen-it"),
    ("R6a", ((PREAMBLE,),
             ("If we lose anything the school sent us, we will tell the principal within one "
              "week of finding out.",)),
     "weak", "if-we-lose-anything-the-school-sent"),
    ("R6b", ((PREAMBLE,),
             ("If we lose anything the school sent us, we will tell the principal within one "
              "week of finding out.",)),
     "present", "if-we-lose-anything-the-school-sent-ten-days"),
    # "usually within" is what happens as a rule, not a limit
    ("R6b", ((PREAMBLE,),
             ("If a roster is ever lost or stolen, we will let the school know as soon as we "
              "can, typically within three days.",)),
     "weak", "typically-within-three-days"),
    # what the students make, said to belong to them, by a craft's own verb
    ("R11", ((PREAMBLE,), ("The cranes your pupils fold belong to them.",)),
     "present", "what-pupils-fold-belongs-to-them"),
    ("R11", ((PREAMBLE,), ("Songs that students compose or record in the studio belong to them "
                           "and their parents.",)),
     "present", "songs-students-compose-belong-to-them"),
    # the data named by who gave them and whom they are about
    ("R1", ((PREAMBLE,), ("Everything the school gives us about its students remains the "
                          "school's.",)),
     "present", "everything-the-school-gives-about-its-students"),
    # the school named only by a standard form's schedule: its duties and its law are its own
    ("R8", ((STANDARD_FORM,), ("The Venue is responsible for complying with FERPA and for "
                               "collecting photo releases.",)),
     "missing", "the-venue-complies-with-ferpa"),
    ("R8", ((STANDARD_FORM,), ("Copperleaf acknowledges that the Venue is subject to the Family "
                               "Educational Rights and Privacy Act.",)),
     "missing", "acknowledges-the-venue-is-subject-to-ferpa"),
    # (and an acknowledgement beside the vendor's own promise is no disclaimer)
    ("R8", ((PREAMBLE,), ("Maplewood acknowledges that the School is subject to FERPA, and "
                          "Maplewood shall comply with FERPA.",)),
     "present", "an-acknowledgement-with-a-promise"),
    # the families told too, "also … directly", where the vendor holds their address
    ("R6c", ((PREAMBLE,),
             ("If Maplewood discovers that Student Data has been accessed without "
              "authorization, it will notify the School within three days of discovery.",
              "Where we have a parent's email address, we may also email them directly.")),
     "weak", "may-also-email-them-directly"),
    ("R6d", ((PREAMBLE,),
             ("If Maplewood discovers that Student Data has been accessed without "
              "authorization, it will notify the School within three days of discovery.",),
             ("If we hold a guardian's address, we may also inform the family directly.",)),
     "weak", "may-also-inform-the-family-directly-next-paragraph"),
    # which students were affected is what the school is told, not whom the vendor tells
    ("R6c", ((PREAMBLE,),
             ("If we confirm a breach of Student Data, we will notify the School within 48 hours "
              "and tell it what happened and which students were affected.",
              "The School is responsible for notifying affected students and parents.")),
     "missing", "the-school-told-which-students"),
    # the students' information by the consultant's word for them
    ("R13", ((PREAMBLE,), ("Maplewood will not use Participant Information for targeted "
                           "advertising.",)),
     "present", "participant-information-not-for-targeted-advertising"),
    # the statute's ban on the vendor's own service, named by the product
    ("R15a", ((PREAMBLE,), ("Maplewood shall not (a) engage in Targeted Advertising on Stagelight; "
                            "(b) engage in Targeted Advertising on any other website or app if the "
                            "advertising is based on Student Data; or (c) sell Student Data.",)),
     "present", "the-lists-first-item-names-the-product"),
    ("R15a", ((PREAMBLE,), ("Maplewood shall not engage in targeted advertising on Stagelight, or "
                            "on any other website or app where the advertising is based on "
                            "Student Data or persistent identifiers, and shall not use personally "
                            "identifiable information in Student Data for targeted advertising.",)),
     "present", "the-product-then-any-other-website"),
    # Connecticut law for a Connecticut school, the other law's section set aside
    ("R9", ((PREAMBLE,), ("12.1 These Terms are governed by the laws of the State of Texas.",),
            ("12.2 If the School is located in Connecticut, the laws of the State of "
             "Connecticut govern the rights and duties of the parties under these Terms, and "
             "Section 12.1 does not apply.",)),
     "present", "the-other-laws-section-does-not-apply"),
    ("R9", ((PREAMBLE,), ("This Agreement is governed by the laws of the State of New York; "
                          "provided that, where the School is a public school district, the laws "
                          "of the state in which the School is located govern this Agreement.",)),
     "present", "the-schools-state-law-as-the-subject"),
    # the end of the school's plan is the end of the services
    ("R7", ((PREAMBLE,), ("Within ninety (90) days after the School's plan ends, we delete its "
                          "Student Data.",)),
     "weak", "ninety-days-after-the-schools-plan-ends"),
    # one section flowed down, bound in writing
    ("R14", ((PREAMBLE,), ("Maplewood shall not subcontract any part of the Service without the "
                           "School's prior written consent.",
                           "Any approved subcontractor shall be bound in writing by Section 6 "
                           "of this Agreement.")),
     "weak", "bound-in-writing-by-one-section"),
    # a limit on use that names no data limits nothing
    ("R3", ((PREAMBLE,), ("We use washable paints only, keep every brush clean, and never spray "
                          "fixative in the classroom.",)),
     "missing", "a-limit-on-paints-is-no-limit-on-data"),
    # doing one's best is trying
    ("R2", ((PREAMBLE,), ("If the School wants a file deleted, it can email me and I will do my "
                          "best to take care of it.",)),
     "weak", "do-my-best-to-delete"),
    ("R5", ((PREAMBLE,), ("We keep rosters in a locked cabinet at the studio and do our best to "
                          "keep everything confidential.",)),
     "weak", "do-our-best-to-keep-it-confidential"),
    # a product built for the school's use of FERPA is no promise of the vendor's
    ("R8", ((PREAMBLE,), ("The app is designed to help teachers use it in a way consistent with "
                          "FERPA.",)),
     "missing", "designed-to-help-teachers"),
    # a deletion on request that part of the data never reaches: published, or posted
    ("R2", ((PREAMBLE,), ("The School may ask us by email to delete Student Data, and we will "
                          "delete it within ten days.",
                          "Poems already printed in the anthology cannot be withdrawn.")),
     "weak", "printed-poems-cannot-be-withdrawn"),
    ("R2", ((PREAMBLE,), ("The School may ask us by email to delete Student Data, and we will "
                          "delete it within ten days.",
                          "Videos already posted to our channel stay up unless a parent asks us "
                          "to take them down.")),
     "weak", "posted-videos-stay-up"),
    # the copyright the students keep is ownership, a licence over it for any purpose weakens it
    ("R11", ((PREAMBLE,), ("Students retain the copyright in the photographs and captions they "
                           "create.",
                           "By uploading, each student grants Maplewood a perpetual, irrevocable "
                           "licence to use, adapt and publish them for any purpose.")),
     "weak", "copyright-kept-under-a-perpetual-licence"),
    # the time to confirm a deletion at the end keeps nothing
    ("R7", ((PREAMBLE,), ("Upon completion of the Program, Maplewood shall destroy all student "
                          "information and shall confirm in writing within fifteen (15) days that "
                          "it has done so.",)),
     "present", "confirm-in-writing-within-fifteen-days"),
    ("R7", ((PREAMBLE,), ("On the last day of the Term, Maplewood will delete all Student Data, "
                          "and within 45 days thereafter will certify the deletion in writing.",)),
     "present", "certify-within-days-thereafter"),
    # provision 7's own exception, by a student's move to a personal account
    ("R7", ((PREAMBLE,), ("On the last day of the Term, Maplewood will delete all Student Data.",
                          "A student who converts to a personal Maplewood account before that "
                          "date may keep his or her own projects there.")),
     "present", "a-student-converts-to-a-personal-account"),
    # the school asks, the vendor answers it
    ("R4", ((PREAMBLE,), ("If a parent wants to see or correct what we hold about their child, "
                          "the School can ask us and we will respond.",)),
     "weak", "the-school-can-ask-us"),
]  # fmt: skip

# Sentences near the classes that were, and stay, read otherwise.
CONTROLS = [
    ("R6b", ((PREAMBLE,), ("If we lose the internet connection during a session, we will tell "
                           "the teacher in charge within one hour.",)),
     "missing", "a-lost-connection-is-no-breach"),
    ("R1", ((PREAMBLE,), ("Everything the school gives us to use in the workshop, such as paper "
                          "and glue, stays the school's.",)),
     "missing", "the-schools-materials-are-not-its-data"),
    ("R11", ((PREAMBLE,), ("Students who attend the workshop should bring aprons that belong "
                           "to them.",)),
     "missing", "aprons-that-belong-to-them"),
    ("R6c", ((PREAMBLE,),
             ("If Maplewood discovers that Student Data has been accessed without "
              "authorization, it will notify the School within three days of discovery.",
              "Where the breach involves a subprocessor, we may also notify it directly.")),
     "missing", "a-subprocessor-told-directly"),
    ("R7", ((PREAMBLE,), ("If the School's payment plan ends early, we will delete the card "
                          "details we hold.",)),
     "missing", "a-payment-plan-is-not-the-service"),
    ("R6b", ((PREAMBLE,), ("If a roster is lost, we will notify the School within three days, "
                           "usually by email.",)),
     "present", "usually-by-email-is-the-means-not-the-period"),
    ("R3", ((PREAMBLE,), ("We use Student Data only to provide the Service.",)),
     "present", "a-limit-on-the-data"),
    ("R2", ((PREAMBLE,), ("The School may ask us by email to delete Student Data, and we will "
                          "delete it within ten days.",)),
     "present", "a-deletion-on-request-in-ten-days"),
    ("R2", ((PREAMBLE,), ("The School may ask us by email to delete Student Data, and we will "
                          "delete it within ten days.",
                          "Deleted records cannot be recovered.")),
     "present", "deleted-records-cannot-be-recovered"),
    ("R7", ((PREAMBLE,), ("When the Program ends, Maplewood will delete all Student Data within "
                          "sixty (60) days and certify the deletion in writing.",)),
     "weak", "a-deletion-period-before-the-certificate"),
    ("R8", ((PREAMBLE,), ("Maplewood shall comply with FERPA.",)),
     "present", "a-promise-to-comply-with-ferpa"),
]  # fmt: skip

# A review's misreadings of the round's first patterns, each mended and kept.
BOARD_FIRST = (
    'This Agreement is made between the Hartford Board of Education (the "Board") and the '
    'organization named in Schedule 1 (the "Partner").'
)
BREACH_PARAGRAPH = (
    "If Maplewood discovers a Breach of Student Data, it will notify the School within 48 hours "
    "of discovery."
)
REVIEW = [
    ("R1", ((BOARD_FIRST,), ("All Student Data shall remain the property of Partner.",)),
     "missing", "the-schedules-party-after-the-board-is-the-contractor"),
    ("R6a", ((PREAMBLE,), ("If we lose access to the data center because of a power failure, we "
                           "will notify the School within 24 hours.",)),
     "missing", "losing-access-to-a-data-center"),
    ("R6c", ((PREAMBLE,), (BREACH_PARAGRAPH,),
             ("Teachers may also email parents directly through the Service's messaging tool, and "
              "messages are delivered within one (1) hour.",)),
     "missing", "teachers-may-also-email-parents"),
    ("R6c", ((PREAMBLE,), (BREACH_PARAGRAPH, "The School may also notify affected parents "
                                             "directly.")),
     "missing", "the-school-may-also-notify-parents"),
    ("R1", ((PREAMBLE,), ("Everything the School provides to Maplewood about its students remains "
                          "the School's responsibility to keep accurate.",)),
     "missing", "the-schools-responsibility-to-keep-accurate"),
    ("R11", ((PREAMBLE,), ("Pieces that students throw on the wheel do not belong to them until "
                           "the materials fee has been paid.",)),
     "missing", "do-not-belong-to-them-until-paid"),
    ("R6a", ((PREAMBLE,), ("If the School notifies Maplewood that someone who should not have had "
                           "an account still has access, Maplewood will disable it within one (1) "
                           "business day.",)),
     "missing", "someone-who-should-not-have-had-an-account"),
    ("R7", ((PREAMBLE,), ("If you are a parent with a Premium Family subscription, we delete your "
                          "child's progress data when your plan ends.",)),
     "missing", "a-familys-own-plan"),
    ("R8", ((PREAMBLE,), ("Maplewood acknowledges that the School is subject to FERPA, and "
                          "Maplewood agrees to comply with the same confidentiality rules that "
                          "apply to the School's volunteers.",)),
     "missing", "the-same-rules-are-not-ferpa"),
    ("R3", ((PREAMBLE,), ("Maplewood will use everything students enter into the Service only for "
                          "the School's educational purposes.",)),
     "present", "everything-students-enter"),
    ("R3", ((PREAMBLE,), ("Maplewood will use students' names, grades and test scores solely to "
                          "provide the Service to the School.",)),
     "present", "names-grades-and-scores"),
    ("R8", ((PREAMBLE,), ("Maplewood shall comply with FERPA in providing the Service, which is "
                          "designed to help teachers track reading progress.",)),
     "present", "a-service-designed-to-help-teachers"),
    ("R6a", ((PREAMBLE,), ("In the event of a Breach, Maplewood shall notify the School within 48 "
                           "hours of discovery, generally in writing to its privacy contact.",)),
     "present", "generally-in-writing"),
    ("R6a", ((PREAMBLE,), ("Maplewood will notify the School within forty-eight (48) hours of "
                           "discovering any Breach, so that the School can do its best to protect "
                           "affected students.",)),
     "present", "the-school-does-its-best"),
    ("R2", ((PREAMBLE,), ("The School may ask us by email to delete Student Data, and we will "
                          "delete it within ten days.",
                          "An Order cannot be withdrawn once Maplewood has accepted it.")),
     "present", "an-order-cannot-be-withdrawn"),
    ("R4", ((PREAMBLE,), ("Parents may review their child's information and correct any errors "
                          "directly in the Maplewood parent app.",
                          "If the School has questions about a correction, the School may contact "
                          "us.")),
     "present", "the-school-may-contact-us-about-a-correction"),
    ("R14", ((PREAMBLE,), ("Maplewood shall not engage a subcontractor without the School's prior "
                           "written consent, and each subcontractor shall be bound in writing by "
                           "Section 3 and by all of the other data protection terms of this "
                           "DPA.",)),
     "present", "one-section-and-all-the-others"),
]  # fmt: skip

test_each_class_is_read_right = probe.reads_as_labelled(CASES)
test_the_controls_keep_their_reading = probe.reads_as_labelled(CONTROLS)
test_the_reviews_sentences_are_read_right = probe.reads_as_labelled(REVIEW)
