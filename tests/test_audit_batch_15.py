"""Classes of misreading found in batch 15 (tests/corpus/heldout-15/), held out until
2026-12-03 and development since, and the same classes in the older development batches,
each read right.

Each case is a sentence of the class, written for the test in words of its own, not a
corpus document's. Each group of sentences is a paragraph of its own.
"""

from __future__ import annotations

import audit_probes as probe
from crec_assemble.library.clauses import ClauseLibrary

CASES = [  # (requirement, paragraphs, status, id)
    # 2: a way to ask for deletion, but another term keeps some of the data from it (weak)
    ("R2", (("The District may ask us to delete Student Data by e-mail to privacy@example.com, "
             "and we will delete it within thirty days.",),
            ("Photographs held in our reprint archive are not deleted.",)),
     "weak", "an-archive-never-deleted-in-another-section"),
    ("R2", (("7.1 The School may request deletion of Student Data by written notice to our "
             "Privacy Officer.",),
            ("7.2 Counselling notes cannot be deleted and are kept for ten years.",)),
     "weak", "notes-that-cannot-be-deleted"),
    ("R2", (("8.1 The School may request deletion of Student Data by written notice to "
             "privacy@example.com, and the Provider will delete it within twenty days, subject "
             "to Section 8.3.",),
            ("8.3 The Provider retains billing histories for six years.",)),
     "weak", "subject-to-a-section-that-keeps-billing-histories"),
    ("R2", (("8.1 Deletion on Request.",
             "The School may request deletion of Student Data by written notice to "
             "privacy@example.com.",
             "Subject to Section 8.3, the Provider will delete it within fifteen days.",),
            ("8.3 Working Files.",
             "Notwithstanding Section 8.1, the Provider may retain one archival copy of each "
             "report for five years.",)),
     "weak", "subject-to-a-section-whose-heading-is-set-apart"),
    # 1: the data under a name of the vendor's own, defined as information about students
    ("R1", (('4.1 "Family Information" means all information about students and their families '
             'that the Provider receives under this Agreement.',),
            ("4.2 Family Information is and remains the property of the District.",)),
     "present", "its-own-name-for-information-about-students"),
    # 13: a ban on using the data for advertising of any kind bans the targeted kind
    ("R13", (("I will never use a student's information for marketing or advertising of any "
              "kind.",),),
     "present", "never-for-advertising-of-any-kind"),
    ("R13", (("The Consultant will not use the Evaluation Files, or anything derived from them, "
              "for any advertising, marketing or fundraising purpose.",),),
     "present", "not-for-any-advertising-purpose"),
    # 13: some advertising let out of the ban by name ("other than …"): weak
    ("R13", (("I will not use Student Information to send targeted advertisements to students, "
              "other than my yearly notice of summer workshops.",),),
     "weak", "targeted-advertisements-other-than-its-workshop-notice"),
    ("R13", (("The Vendor will not use personally identifiable information for marketing "
              "purposes other than offering keepsake albums to parents.",),),
     "weak", "marketing-other-than-its-keepsake-albums"),
    # 4: a processor's promise to help the school meet its own duty to families (weak: the
    # procedure is the school's)
    ("R4", (("Taking into account the nature of the processing, the Provider shall assist the "
             "District by appropriate technical and organisational measures in meeting the "
             "District's obligations to respond to requests from parents to access or correct "
             "their children's data.",),),
     "weak", "assists-the-school-in-meeting-its-obligations"),
    # 11: the content owned by whoever made it, under the service's own name for a student,
    # or by "you" where the terms speak to students
    ("R11", (("Entrant Projects belong to the Entrant who made them.",),),
     "present", "owned-by-the-entrant-who-made-them"),
    ("R11", (("If you are a student, the songs you record in the App are your property.",),),
     "present", "yours-if-you-are-a-student"),
    # 3: a use limit on the data the contract names, and other data of the students the
    # vendor may use for any purpose (weak)
    ("R3", (("4.1 The Provider shall not use Student Data for any purpose other than providing "
             "the Services.",),
            ("4.2 The Provider may use Session Logs to improve the Services and for other lawful "
             "business purposes.",)),
     "weak", "session-logs-for-other-lawful-business-purposes"),
    ("R3", (("The Vendor will use School Data only to provide the Service.",),
            ("The Vendor owns Device Telemetry and may use it for any purpose.",)),
     "weak", "telemetry-for-any-purpose"),
    # 15(c): collection limited to the service and to the vendor's product line (weak)
    ("R15c", (("The Vendor will collect and store Student Data only to run the Platform and to "
               "improve the Vendor's products.",),),
     "weak", "collects-to-improve-its-products"),
    # 7 (and every rule): a denial ends at a colon that opens a clause of its own
    ("R7", (("When the School's subscription ends, Student Data is not retained by or available "
             "to the Vendor: we delete it, backups included, on the subscription's last day.",),),
     "present", "not-retained-colon-we-delete-it"),
    # U1: a place in what the students are shown that others pay for (weak: U1(3) allows
    # recommendations only where no third party pays), and supporting the service as a use
    ("U1", (("We suggest practice quizzes to students as they work.",
             "Suggestions may include Featured Quizzes from our publishing partners.",),),
     "weak", "featured-quizzes-from-publishing-partners"),
    ("U1", (("Book lists for each class may include Spotlight titles, which participating "
             "publishers sponsor.",),),
     "weak", "spotlight-titles-publishers-sponsor"),
    ("U1", (("Publishers may pay to have their titles appear first among the books suggested to "
             "students.",),),
     "weak", "publishers-pay-to-appear-first"),
    ("U1", (("We will use Customer Data only to provide, secure and support the Service.",),),
     "present", "only-to-provide-secure-and-support-the-service"),
    # 14: subcontractors bound by a business associate agreement: HIPAA's terms, a part of
    # what should flow down (weak, not missing)
    ("R14", (("The Agency may place independent contractor therapists in CREC programs.",
              "Each will sign a business associate agreement with the Agency.",),),
     "weak", "therapists-bound-by-a-business-associate-agreement"),
]  # fmt: skip

CONTROLS = [  # (requirement, paragraphs, status, id); the reviews' sentences among them
    ("R2", (("8.1 The School may request deletion of Student Data by written notice to "
             "privacy@example.com, and the Provider will delete it within twenty days, subject "
             "to Section 8.3.",),
            ("8.3 Each request must be signed by a school administrator.",)),
     "present", "subject-to-a-section-on-signatures"),
    ("R2", (("The School may request deletion of Student Data by e-mail to privacy@example.com, "
             "and we will delete it within ten days.",),
            ("Student Data is not deleted until the School has confirmed that its export is "
             "complete.",)),
     "present", "not-deleted-until-the-export-is-confirmed"),
    ("R1", (('"Usage Information" means information about how the Service performs.',),
            ("Usage Information is the property of the Provider.",)),
     "missing", "a-name-for-information-about-the-service"),
    ("R13", (("The Provider does not display advertising of any kind on its home page.",),),
     "missing", "no-advertising-of-any-kind-on-a-page"),
    ("R13", (("We will not use Student Data for advertising of any kind, except for messages "
              "about our partners' products.",),),
     "weak", "any-kind-but-partners-products"),
    ("R4", (("A parent may review the child's records and ask the Provider to correct them by "
             "e-mail to privacy@example.com; the Provider will make the correction within ten "
             "days.",),
            ("The Provider will also assist the District in meeting the District's obligations "
             "under FERPA.",)),
     "present", "its-own-procedure-and-help-for-the-school"),
    ("R11", (("Lesson Plans belong to the teacher who created them.",),),
     "missing", "a-teachers-own-lesson-plans"),
    ("R11", (("If you are a teacher, the quizzes you write are your property.",),),
     "missing", "yours-if-you-are-a-teacher"),
    ("R2", (("To ask us to delete Student Data, an administrator may e-mail "
             "privacy@example.com, and we will delete it within ten days.",
             "Deleted records are not destroyed during a seven-day undo window.",),),
     "present", "not-destroyed-during-an-undo-window"),
    # sentences a review of the round found its first patterns misread
    ("R13", (("We do not use any advertising networks.",),
             ("We may use student data to show students personalized advertisements.",)),
     "missing", "no-advertising-networks-but-personalized-ads"),
    ("R13", (("The Provider does not use any advertising cookies on the login page.",),),
     "missing", "no-advertising-cookies-on-a-page"),
    ("R13", (("We never use information about teachers for advertising of any kind.",),),
     "missing", "the-teachers-information-only"),
    ("R2", (("The School may request deletion of Student Data by e-mail to privacy@example.com; "
             "we delete it within thirty days and confirm in writing.",),
            ("The Provider keeps safeguards so that Student Data is not destroyed, altered or "
             "disclosed by unauthorized persons.",)),
     "present", "not-destroyed-by-unauthorized-persons"),
    ("R2", (("The School may request deletion of Student Data by e-mail to privacy@example.com; "
             "we delete it within thirty days and confirm in writing.",),
            ("De-identified data is not subject to deletion.",)),
     "present", "de-identified-data-not-subject-to-deletion"),
    ("R2", (("4.1 The School may request deletion of Student Data by e-mail to "
             "privacy@example.com, and the Provider will delete it within thirty days, subject "
             "to Section 9.3.",),
            ("9.3 The Provider shall keep all Student Data confidential and secure.",)),
     "present", "subject-to-a-section-that-keeps-it-secure"),
    ("R2", (("4.1 The School may request deletion of Student Data by e-mail to "
             "privacy@example.com, and the Provider will delete it within thirty days, subject "
             "to Section 9.3.",),
            ("9.3 The Provider shall not retain Student Data longer than needed.",)),
     "present", "subject-to-a-section-that-retains-nothing"),
    ("R4", (("The Provider shall support the District in complying with its obligations under "
             "FERPA by allowing parents and eligible students to review and correct Student "
             "Data through the Provider's parent portal, with corrections made within ten "
             "days.",),),
     "present", "its-own-portal-in-support-of-the-districts-obligations"),
    ("R1", (('"Program Insights" means information about students in aggregated form that '
             'identifies no individual student.',),
            ("Program Insights are the property of the Provider.",)),
     "missing", "a-name-for-aggregated-information-about-students"),
    ("R3", (("The Provider shall not use Student Data for any purpose other than providing the "
             "Services.",),
            ("The Provider may use de-identified data for any lawful purpose.",)),
     "present", "de-identified-data-for-any-lawful-purpose"),
    ("R3", (("The Consultant shall use the Student Files solely to perform the Services.",),
            ("The Deliverables belong to the District, which may use them for any purpose.",)),
     "present", "the-district-uses-its-deliverables-for-any-purpose"),
    ("R3", (("The Provider shall not use Student Data for any purpose other than providing the "
             "Services.",),
            ("The Provider may use Student Data for any purpose connected with the Services.",)),
     "present", "any-purpose-connected-with-the-services"),
    ("R15c", (("The Vendor will collect and store Student Data only to provide, maintain and "
               "improve the Platform for the School.",),),
     "present", "collects-to-improve-the-platform"),
    ("R7", (("When the School's subscription ends, the Vendor does not delete Student Data: we "
             "keep it for three years in case the School returns.",),),
     "weak", "does-not-delete-colon-we-keep-it"),
    ("R3", (("The Provider shall not use Student Data for any purpose other than providing the "
             "Services.",),
            ("The Provider may not use or disclose Usage Data for any commercial purpose.",)),
     "present", "may-not-use-usage-data-for-any-commercial-purpose"),
    ("R3", (("The Provider shall not use Student Data for any purpose other than providing the "
             "Services.",),
            ("Parents may use the portal for any purpose.",)),
     "present", "parents-may-use-the-portal-for-any-purpose"),
    ("R3", (("The Provider shall not use Student Data for any purpose other than providing the "
             "Services.",),
            ("The Provider may use Usage Data for any purpose authorized in writing by the "
             "District.",)),
     "present", "any-purpose-the-district-authorizes-in-writing"),
    ("R3", (("The Provider shall not use Student Data for any purpose other than providing the "
             "Services.",),
            ("The Provider may create de-identified data and may use it for any lawful "
             "purpose.",)),
     "present", "creates-de-identified-data-and-may-use-it"),
    ("R15d", (("The following are prohibited: vendor sale, rental or trade of Student Data.",),),
     "present", "a-colon-leading-a-list-of-what-is-prohibited"),
    ("R15a", (("The Provider shall not use Student Data for any of the following: company "
               "marketing, targeted advertising, or profiling.",),),
     "present", "a-colon-leading-what-the-data-may-not-serve"),
    ("R2", (("4.1 The School may request deletion of Student Data by e-mail to "
             "privacy@example.com, and the Provider will delete it within thirty days, subject "
             "to Section 8.3.",),
            ("8.3 Backups.",
             "Backup media are overwritten in the ordinary course within ninety days.",),
            ("9. Fees.",),
            ("The Provider retains copies of its invoices for seven years.",)),
     "present", "a-later-section-is-not-section-8-3"),
    ("R15c", (("The Provider collects and stores Student Data only to provide, maintain and "
               "improve the Provider's products licensed to the District under this "
               "Agreement.",),),
     "present", "improves-the-products-licensed-to-the-district"),
    ("U1", (("We may use Student Data to maintain and improve the Service.",),
            ("Recommendations are never sponsored, and no partner pays to be featured.",)),
     "present", "recommendations-never-sponsored"),
    ("U1", (("We may use Student Data to maintain and improve the Service.",),
            ("The parents' payment app may display sponsored offers from our partners.",)),
     "present", "sponsored-offers-in-the-parents-payment-app"),
    ("U1", (("We use Student Data only for the Platform and related support.",),),
     "missing", "related-support-is-no-use"),
    ("U1", (("We may use Student Data only to maintain and improve the Service.",),
            ("Search results shown to students are ranked by relevance only; publishers cannot "
             "purchase featured placement.",)),
     "present", "publishers-cannot-purchase-featured-placement"),
    ("U1", (("We may use Student Data only to maintain and improve the Service.",),
            ("Students may nominate their own essays as featured writing for the class gallery, "
             "which partner schools can view.",)),
     "present", "students-own-featured-writing"),
    ("U1", (("We may use Student Data only to maintain and improve the Service.",),
            ("Students who pay the early registration fee receive priority placement in summer "
             "sessions.",)),
     "present", "a-students-fee-for-a-summer-seat"),
    ("U1", (("The Vendor may use Student Data to provide the Platform and related support "
             "services.",),),
     "missing", "related-support-services-is-no-use"),
    ("R13", (("The Vendor will not use Student Data for advertising or for any purpose other "
              "than providing the Services.",),),
     "present", "advertising-or-any-purpose-other-than-the-services"),
    ("R13", (("The Vendor will not use Student Data for targeted advertising other than the "
              "District's own announcements.",),),
     "present", "other-than-the-districts-own-announcements"),
    ("R11", (("Custom Templates are the property of the Author who created them.",),),
     "missing", "owned-by-the-author-who-created-them"),
    ("R11", (("If you are a student, you retain no rights in your submissions.",),),
     "missing", "if-you-are-a-student-you-retain-no-rights"),
]  # fmt: skip


@probe.paragraph_cases(CASES)
def it_reads_batch_15s_drafting(
    library: ClauseLibrary, requirement: str, paragraphs: probe.Paragraphs, status: str
) -> None:
    assert probe.status(library, requirement, probe.paragraphs(*paragraphs)) == status


@probe.paragraph_cases(CONTROLS)
def it_reads_ordinary_drafting_near_batch_15s_classes(
    library: ClauseLibrary, requirement: str, paragraphs: probe.Paragraphs, status: str
) -> None:
    assert probe.status(library, requirement, probe.paragraphs(*paragraphs)) == status
