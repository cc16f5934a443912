"""Classes of misreading found in batch 13 (tests/corpus/heldout-13/), held out until
2026-12-02 and development since, each read right.

Each case is a sentence of the class, written for the test in words of its own, not a
corpus document's. Each group of sentences is a paragraph of its own.
"""

from __future__ import annotations

import audit_probes as probe
from crec_assemble.library.clauses import ClauseLibrary

_OWNS = "The School owns all Student Data."

CASES = [  # (requirement, paragraphs, status, id)
    # 1: the school owns the data, the vendor what it writes of each student (weak)
    ("R1", ((_OWNS,),
            ("Individual student evaluations and behaviour plans prepared under this Agreement "
             "are owned by the Consultant.",)),
     "weak", "evaluations-and-plans-owned-by-the-consultant"),
    ("R1", ((_OWNS,),
            ("Records the protection plan itself creates, including claims, repair histories "
             "and device location records, are the Vendor's business information, kept under "
             "our own policies.",)),
     "weak", "repair-histories-are-the-vendors-business-information"),
    ("R1", ((_OWNS,),
            ("Screening responses and scores the Consultant creates are the Consultant's "
             "professional records.",)),
     "weak", "screening-responses-are-the-consultants-professional-records"),
    ("R1", ((_OWNS,),
            ("On payment, the District receives a perpetual, royalty-free licence to use each "
             "Assessment Report for placement.",)),
     "weak", "the-school-licensed-to-use-the-reports-on-its-students"),
    # 2: a way to ask for deletion that leaves a class of the data out (weak)
    ("R2", (("To ask us to delete the School's Student Data, its administrator may e-mail "
             "privacy@vendor.example.",
             "We will delete it within 20 days, except Showcase Videos, which remain "
             "available to the student.",),),
     "weak", "deletes-on-request-except-videos-which-remain"),
    ("R2", (("The District may ask for deletion of its records by written notice to the "
             "Vendor's privacy office.",
             "The Vendor will delete the records named in the notice within 30 days and "
             "confirm it in writing, except for the Audit Archive.",),),
     "weak", "deletes-on-written-notice-except-for-the-archive"),
    ("R2", (("A team administrator can delete a student's profile from the dashboard "
             "(Settings, Delete data).",
             "Match results already published stay on the public leaderboard and are not "
             "deleted.",),),
     "weak", "published-results-are-not-deleted"),
    # 3: the vendor's purposes, and whatever else it tells the school later (weak)
    ("R3", (("We use student data only to run the Service, or as we otherwise notify the "
             "district when we collect it.",),),
     "weak", "only-or-as-we-otherwise-notify"),
    # 3: the contract's purposes as the main ones only (weak)
    ("R3", (("The Vendor will use Student Data primarily to provide the Services to the "
             "District.",),),
     "weak", "primarily-to-provide-the-services"),
    # 3: the last item of a list of uses, set apart by the reader, sends the rest to a policy
    ("R3", (("We use the roster file only to run picture day, to ship family orders, and for "
             "the",),
            ("other purposes described in our Privacy Policy.",)),
     "weak", "only-and-for-the-other-purposes-in-the-policy-set-apart"),
    # 3: a recital run into the title block wants the data used only as the schedule says:
    # background, no promise (missing)
    ("R3", (("SCHEDULE D DATA TERMS Form D-2 (March 2026) RECITALS The Vendor offers an "
             "online lab course.",
             "The District owns its Student Data and wishes the Vendor to process it only as "
             "this Schedule describes.",
             "The parties therefore agree to the terms of this Schedule.",),),
     "missing", "recital-run-into-the-title-block"),
    # 4: a disclosure list's item for a family's request, a reader's "access" to a journal:
    # no review (missing)
    ("R4", (("Vendor shall not disclose Student Data except: (a) to its subprocessors; (b) to "
             "a journal publisher, to the extent needed to confirm a reader's access; or (c) "
             "at the request of a student or the student's parent for an educational "
             "purpose.",),
            ("If a record is inaccurate, the school may ask Vendor to correct the error.",)),
     "missing", "a-families-request-in-a-disclosure-list"),
    # 4: the families' requests go to the school, whose procedures they are; the vendor
    # helps, in no stated time (weak)
    ("R4", (("Requests from families to review or correct records should go to the District, "
             "which is responsible for establishing procedures for them.",
             "Vendor will help the District when asked.",),),
     "weak", "requests-go-to-the-district-which-sets-the-procedures"),
    # 6(a): the urgent case in time, the ordinary one in business days (weak)
    ("R6a", (("Vendor shall notify the District of a breach of security involving student "
              "information no later than five (5) business days after discovering it; except "
              "that where urgent notice may be required because of possible imminent misuse "
              "of the data, Vendor shall notify the District within forty-eight (48) "
              "hours.",),),
     "weak", "five-business-days-forty-eight-hours-if-urgent"),
    # 9: Connecticut's law for the addendum, the contract left to another section's (weak)
    ("R9", (("For member schools in Connecticut, this Addendum is governed by the laws of the "
             "State of Connecticut.",
             "The Master Price Agreement and every purchase order remain governed by the law "
             "stated in Section 18 of the Master Price Agreement.",),),
     "weak", "contract-remains-under-the-law-another-section-states"),
    # 10: another document's severability clause, named (weak)
    ("R10", (("If any part of this privacy notice is held unenforceable, the severability "
              "clause of the Terms of Use applies.",),),
     "weak", "the-severability-clause-of-the-terms-of-use-applies"),
    # 7: the originals returned at the end, the file of the matter kept for years (weak)
    ("R7", (("When the Agency delivers its final report, it will return to the District any "
             "original documents the District furnished.",),
            ("The Agency keeps its file for each matter, including District Information, notes "
             "and a copy of the final report, for six years after the matter closes, as its "
             "insurer requires.",)),
     "weak", "originals-returned-the-file-kept-six-years"),
    # 11: the students' own, under a licence that trains the vendor's models (weak)
    ("R11", (("Students own the recordings they make.",
              "By uploading a recording, the student gives the Vendor a worldwide, "
              "royalty-free, perpetual license to store, copy and analyze the recording to run "
              "and improve the app, including to train the models behind its feedback "
              "tool.",),),
     "weak", "students-own-recordings-licensed-to-train-models"),
    # 14: the people a consultant brings into the work, named by what they do, on notice or
    # under a confidentiality undertaking only (weak)
    ("R14", (("The Clinic may engage licensed therapists under contract with it to help "
              "perform the Services, upon prior written notice to the District.",
              "Each such person will be bound in writing by confidentiality obligations no "
              "less protective than those of this Agreement.",),),
     "weak", "therapists-engaged-on-prior-written-notice"),
    ("R14", (("We may also use one or more contract reviewers if the schedule requires it.",
              "We will tell the District the name of any contract reviewer before that "
              "reviewer sees any records.",),),
     "weak", "contract-reviewers-named-to-the-district"),
    ("R14", (("The Firm may engage certified interpreters to assist in the Services.",
              "The Firm will require each of them to sign a confidentiality undertaking as "
              "protective as Section 5.",),),
     "weak", "interpreters-under-a-confidentiality-undertaking"),
    # … and with the school's written consent, all the terms flowing down (present)
    ("R14", (("The Firm may engage certified interpreters only with the District's prior "
              "written consent.",
              "Each of them will be bound by the same terms as this Agreement.",),),
     "present", "interpreters-with-written-consent-bound-by-the-same-terms"),
    # U1: the families told of the vendor's other wares (weak)
    ("U1", (("The Vendor may use Student Data to operate and improve the Service.",),
            ("The Vendor may also e-mail students and their parents about other Vendor "
             "courses and holiday camps.",)),
     "weak", "e-mails-families-about-other-courses"),
    ("U1", (("We use student information to run lessons and to let families know about "
             "our at-home edition.",),),
     "weak", "lets-families-know-about-the-at-home-edition"),
]  # fmt: skip

CONTROLS = [  # ordinary drafting near the classes, read as before (with a review's sentences)
    ("R1", ((_OWNS,),
            ("Customer support histories and ticket responses are owned by the Vendor.",)),
     "present", "support-histories-owned-by-the-vendor"),
    ("R1", ((_OWNS,),
            ("The District is granted a limited, non-exclusive license to use the standard "
             "reports and dashboards included in the Service.",)),
     "present", "a-licence-to-the-services-standard-reports"),
    ("R1", ((_OWNS,),
            ("Intervention plans entered by teachers are Student Data, while the plan templates "
             "in the Service are owned by the Vendor.",)),
     "present", "plans-are-student-data-while-templates-are-the-vendors"),
    ("R2", (("To ask us to delete the School's Student Data, its administrator may e-mail "
             "privacy@vendor.example.",
             "We will delete it within 20 days, except for de-identified data.",),),
     "present", "deletes-on-request-except-de-identified-data"),
    ("R2", (("To ask us to delete the School's Student Data, its administrator may e-mail "
             "privacy@vendor.example.",
             "We will delete it within 20 days, except for data held in archival storage, "
             "which is purged within 90 days.",),),
     "present", "deletes-on-request-except-archival-storage-purged"),
    ("R2", (("To ask us to delete the School's Student Data, its administrator may e-mail "
             "privacy@vendor.example.",
             "Records marked for deletion are not deleted for 14 days, so that an "
             "administrator can undo a mistake.",),),
     "present", "marked-records-wait-fourteen-days"),
    ("R3", (("PERSONNEL BACKGROUND CHECKS Vendor shall ensure that each employee with access "
             "to Student Data has passed a criminal background check.",),
            ("Vendor will use Student Data only to provide the Services to the District.",)),
     "present", "a-heading-with-background-run-into-its-term"),
    ("R3", (("ANNUAL REVIEW OF RECITALS Vendor shall keep the information in these terms "
             "current.",),
            ("Vendor will use Student Data only to provide the Services to the District.",)),
     "present", "a-heading-with-recitals-run-into-its-term"),
    ("R3", (("Vendor may use Student Data to provide the Services, which are designed primarily "
             "for teachers.",),),
     "missing", "services-designed-primarily-for-teachers"),
    ("R4", (("A parent may review the student's records by writing to Vendor, and copies of "
             "each request go to the school for its files.",
             "Vendor will correct any inaccurate information within ten days.",),),
     "present", "copies-of-requests-go-to-the-school"),
    ("R6a", (("Vendor shall notify the District of a breach of security involving student "
              "information within five (5) calendar days after discovery, and shall provide a "
              "written incident report within thirty (30) days; where urgent notice may be "
              "required because of imminent misuse, Vendor shall notify the District within "
              "forty-eight (48) hours.",),),
     "present", "five-days-a-report-in-thirty-forty-eight-hours-if-urgent"),
    ("R9", (("12.1 This Agreement is governed by the laws of the State of Connecticut.",
             "12.2 Each Order Form under this Agreement remains governed by the law stated in "
             "Section 12.1.",),),
     "present", "order-forms-under-the-law-of-the-agreements-own-section"),
    ("R11", (("Students own the recordings they make.",
              "By uploading a recording, the student gives the Vendor a worldwide, "
              "royalty-free license to store and play back the recording to run the app for "
              "the student's class.",),),
     "present", "students-own-recordings-licensed-to-run-the-app"),
    ("U1", (("The Vendor may use Student Data to operate and improve the Service.",),
            ("The Vendor may contact students about additional courses their school has "
             "assigned to them in the Service.",)),
     "present", "contacts-students-about-courses-their-school-assigned"),
    ("R1", ((_OWNS,),
            ("The Vendor owns its software, including its leveled texts, assessments and "
             "algorithms.",)),
     "present", "the-vendor-owns-its-own-assessments-as-content"),
    ("R1", ((_OWNS,),),
     "present", "the-school-owns-the-data"),
    ("R2", (("To ask us to delete the School's Student Data, its administrator may e-mail "
             "privacy@vendor.example.",
             "We will delete it within 20 days, except copies in encrypted backups, which "
             "are overwritten within 90 days.",),),
     "present", "deletes-on-request-except-backups"),
    ("R2", (("The District may ask for deletion of its records by written notice to the "
             "Vendor's privacy office.",
             "The Vendor will delete the records within 30 days, except as state law "
             "requires it to keep them.",),),
     "present", "deletes-on-request-except-as-the-law-requires"),
    ("R3", (("The Vendor will use Student Data only to provide the Services to the "
             "District.",),),
     "present", "only-to-provide-the-services"),
    ("R4", (("A parent may review the student's records by writing to Vendor, and Vendor will "
             "correct any inaccurate information within ten days.",),),
     "present", "a-parent-writes-to-the-vendor-which-corrects"),
    ("R6a", (("Vendor shall notify the District of a breach of security involving student "
              "information no later than five (5) calendar days after discovering it; except "
              "that where urgent notice may be required because of possible imminent misuse "
              "of the data, Vendor shall notify the District within forty-eight (48) "
              "hours.",),),
     "present", "five-calendar-days-forty-eight-hours-if-urgent"),
    ("R9", (("This Addendum is governed by the laws of the State of Connecticut.",),),
     "present", "the-addendum-under-connecticut-law"),
    ("R10", (("If any provision of this Addendum is held unenforceable, the remaining "
              "provisions stay in full force.",),),
     "present", "the-rest-stays-in-force"),
    ("U1", (("The Vendor may use Student Data to operate and improve the Service.",),
            ("The Vendor may also e-mail parents about their child's progress in the "
             "Service.",)),
     "present", "e-mails-parents-about-their-childs-progress"),
]  # fmt: skip


@probe.paragraph_cases(CASES)
def it_reads_batch_13s_drafting(
    library: ClauseLibrary, requirement: str, paragraphs: probe.Paragraphs, status: str
) -> None:
    assert probe.status(library, requirement, probe.paragraphs(*paragraphs)) == status


@probe.paragraph_cases(CONTROLS)
def it_reads_ordinary_drafting_near_batch_13s_classes(
    library: ClauseLibrary, requirement: str, paragraphs: probe.Paragraphs, status: str
) -> None:
    assert probe.status(library, requirement, probe.paragraphs(*paragraphs)) == status
