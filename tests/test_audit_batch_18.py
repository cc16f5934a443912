"""Classes of misreading found in batch 18 (tests/corpus/heldout-18/), held out until
2026-12-03 and development since, and the same classes in the older development batches,
each read right.

Each case is a sentence of the class, written for the test in words of its own, not a
corpus document's. Each group of sentences is a paragraph of its own.
"""

from __future__ import annotations

import audit_probes as probe

PREAMBLE = 'Maplewood Learning, Inc. ("Maplewood") provides the Service to the School.'
EVALUATOR = 'Birchway Research LLC (the "Evaluator") will evaluate the program.'
STAYS = "Student Data remains the property of the School."

CASES = [  # (requirement, paragraphs, status, id)
    # 1: the vendor claims a named class of the students' records as its own, after its
    # platform in a list, by "belongs to", as its property, or as a consultant's own records
    ("R1", ((PREAMBLE,), (STAYS,),
            ("Maplewood owns the App, its code and documentation, and all Visit Records "
             "generated in it.",)),
     "weak", "owns-its-platform-and-a-class-of-records"),
    ("R1", ((PREAMBLE,), (STAYS,),
            ("Club Account Data is a business record of Maplewood's membership relationship "
             "with each family and belongs to Maplewood.",)),
     "weak", "a-class-of-records-belongs-to-the-vendor"),
    ("R1", ((PREAMBLE,), (STAYS,),
            ("Quiz Results are compiled by Maplewood and are Maplewood's property.",)),
     "weak", "results-are-the-vendors-property"),
    ("R1", ((EVALUATOR,), ("Records the District gives me remain the District's property.",),
            ("My session notes, intake observations and photographs of student work are my "
             "own professional records, which I keep under my licence.",)),
     "weak", "a-consultants-own-professional-records"),
    # 1: the students' work or content kept from the vendor, a school of some kind keeping
    # ownership, the Partner School as owner (present)
    ("R1", ((PREAMBLE,), ("Maplewood does not own or control Student Content.",)),
     "present", "the-vendor-disclaims-student-content"),
    ("R1", ((EVALUATOR,), ("Student Work is not the property of, or under the control of, the "
                           "Evaluator.",)),
     "present", "student-work-not-the-consultants"),
    ("R1", ((PREAMBLE,), ("Schools that use Maplewood keep ownership and control of the "
                          "student records they share with us; we do not own them.",)),
     "present", "schools-that-use-it-keep-ownership"),
    ("R1", ((PREAMBLE,), ("Student Data remains the property of the Partner School.",)),
     "present", "the-partner-school-owns-it"),
    # 1: a merger's "Change of Control" is no control of the data kept by exception
    ("R1", ((PREAMBLE,), ("Student Data are not the property of, or under the control of, "
                          "Maplewood.",),
            ("Maplewood shall not (a) sell, rent or trade Student Data, except as provided in "
             "Section 9.2 (Change of Control).",)),
     "present", "a-change-of-control-cited-in-an-exception"),
    # 2: deletion on request beside a class kept for years, or one it does not apply to
    ("R2", ((EVALUATOR,), ("At the District's written request, the Evaluator will return or "
                           "destroy the records the District furnished within fifteen (15) "
                           "days. The Evaluator will retain its interview file for seven (7) "
                           "years after the report is delivered.",)),
     "weak", "deletion-on-request-beside-a-file-kept-for-years"),
    ("R2", ((EVALUATOR,), ("The District may ask me in writing at any time to destroy District "
                           "records, and I will do so within ten (10) business days. This does "
                           "not apply to my therapy notes.",)),
     "weak", "deletion-on-request-that-does-not-apply-to-some-notes"),
    # the school named by its role in a form's own words, unquoted: its duties are its own
    ("R8", (("1.1 Owner: the Board of Education of the school district identified on the "
             "signature page.",),
            ("4.2 The Owner is responsible for ensuring that its disclosure of Student Data to "
             "the Designer complies with the Family Educational Rights and Privacy Act.",)),
     "missing", "the-owner-defined-by-a-colon-is-the-school"),
    ("R8", (("This Agreement is made between the Owner, the Board of Education named in Article "
             "1, and the Designer, Fernway Design LLC.",),
            ("4.2 The Owner is responsible for ensuring that its disclosure of Student Data to "
             "the Designer complies with the Family Educational Rights and Privacy Act.",)),
     "missing", "the-owner-named-beside-the-board-is-the-school"),
    # "Student Content" defined as the part of the school's content that identifies a
    # student is the student data: its use left to the vendor's policy (weak)
    ("R3", ((PREAMBLE,), ('"Student Content" means the part of Your Content that identifies a '
                          'student, including names and photographs.',),
            ("We use Student Content to provide and improve the Service, and as otherwise "
             "described in our Privacy Policy.",)),
     "weak", "student-content-that-identifies-a-student-is-student-data"),
    # uses left to "these Terms and our Privacy Policy" (weak)
    ("R3", ((PREAMBLE,), ("We use Student Data to provide the Service, and as otherwise "
                          "described in these Terms and our Privacy Policy.",)),
     "weak", "uses-described-in-these-terms-and-the-privacy-policy"),
    # 1: an exception for a licence whose own section is narrow keeps nothing back
    ("R1", ((PREAMBLE,), ("Maplewood does not own or control Student Data and claims no rights "
                          "in it except the licence in section 3.3.",),
            ("3.3 You grant Maplewood a non-exclusive licence to host and display Student Data "
             "for the purpose of providing the Service to you.",)),
     "present", "except-a-narrow-licence-in-its-own-section"),
    # 14: a consultant's helpers by the names consultants give them, then consent or terms
    ("R14", ((EVALUATOR,), ("4.5 The Evaluator may engage up to two associate reviewers, each "
                            "approved in advance in writing by the District. Each associate will "
                            "sign a confidentiality undertaking on terms consistent with Section "
                            "4.2.",)),
     "weak", "associate-reviewers-approved-in-writing"),
    ("R14", ((EVALUATOR,), ("2.3 The Evaluator may retain consultants, including data analysts, "
                            "to assist with the study. The Evaluator shall notify the District in "
                            "writing of each consultant retained who will receive Student Data.",)),
     "weak", "consultants-retained-with-notice-only"),
    # ... consent deemed after a period written with its figure, "ten (10) business days"
    ("R14", ((EVALUATOR,), ("7.1 The Evaluator may engage independent statisticians to assist "
                            "with the study. The Evaluator will give the District written notice "
                            "of any proposed statistician, and the District will be deemed to "
                            "consent unless it objects in writing within ten (10) business "
                            "days.",)),
     "weak", "consent-deemed-after-ten-business-days"),
    # 15(d): the statute's merger exception, its successor bound, past the exception's reach
    ("R15d", ((PREAMBLE,), ("5.2 Maplewood shall not sell, rent or trade Student Data, unless the "
                            "sale is part of the purchase, merger or acquisition of Maplewood by "
                            "a successor operator, and Maplewood and the successor continue to be "
                            "bound by this Agreement as to Student Data.",)),
     "present", "a-merger-exception-whose-successor-is-bound-late-in-the-sentence"),
    # 15(d): the school's information passed on in a merger, with no successor bound (weak)
    ("R15d", ((PREAMBLE,), ("6.1 We do not sell, rent or trade personal information.",),
              ("6.4 If Maplewood is involved in a merger or a sale of its assets, your "
               "information may be transferred as part of that transaction.",)),
     "weak", "your-information-transferred-in-a-merger"),
    # U2: a benchmark the students reach is no benchmarking for others (present)
    ("U2", ((PREAMBLE,), ("4.3 Maplewood may use de-identified Student Data to develop and "
                          "improve the Service and to demonstrate its effectiveness, for example "
                          "by publishing how many lessons it takes to reach a reading "
                          "benchmark.",)),
     "present", "a-benchmark-the-students-reach"),
    # 15(a): one kind of account ad-free, while users of another, students among them, may
    # see ads (weak)
    ("R15a", ((PREAMBLE,), ("Class Accounts are ad-free.",),
              ("Free Home Accounts may see ads from our advertising partners, including students "
               "who also use a Class Account.",)),
     "weak", "class-accounts-ad-free-home-accounts-see-ads"),
    # 7: the consultant's own records kept "for at least seven (7) years" beside a return of
    # the school's files at the end (weak)
    ("R7", (("The Therapist will record each session in the Board's system and will keep her "
             "own treatment notes.",
             "Because state licensing rules require therapists to keep patient records, the "
             "Therapist will keep her clinical records, on paper or electronically, for at least "
             "seven (7) years after the last date of service, or until the student reaches the "
             "age of twenty-one, whichever is later.",
             "The Therapist will return the Board's files and equipment at the end of this "
             "Agreement."),),
     "weak", "own-records-kept-for-at-least-years"),
    # 8: the school designating the vendor a school official "where" it is subject to FERPA,
    # with no promise of the vendor's own (weak)
    ("R8", ((PREAMBLE,), ('Where a School is subject to FERPA, the School designates Maplewood as '
                          'a "school official" with a legitimate educational interest under 34 '
                          'CFR 99.31(a)(1).',)),
     "weak", "where-subject-to-ferpa-the-school-designates"),
    # 4: families' requests "are a matter for" the school's procedures, no part of the vendor's
    ("R4", ((EVALUATOR,), ("Requests from students, parents or guardians to review or correct "
                           "their information are a matter for the District's student records "
                           "procedures.",)),
     "missing", "requests-are-a-matter-for-the-schools-procedures"),
    # 2: a user deleting what is his or her own is no way for the school to ask
    ("R2", ((PREAMBLE,), ("Any Participant may delete his or her own profile at any time from "
                          "Account Settings.",)),
     "missing", "a-participant-deletes-its-own-profile"),
]  # fmt: skip

CONTROLS = [  # the same words, where they mean what they say
    # a list of records claimed as the vendor's property, read so before and kept so by the
    # clause's new end
    ("R1", ((PREAMBLE,), (STAYS,),
            ("Maplewood's interview notes, audio recordings, written statements taken from "
             "students, and draft findings are Maplewood's work product and remain "
             "Maplewood's property.",)),
     "weak", "a-list-of-records-remains-the-vendors-property"),
    # the product's own name, records that identify no one, a claim's clause ended, and
    # work product with no claim of property
    ("R1", ((PREAMBLE,), (STAYS,),
            ("Field Notes itself (the app's code, design and built-in templates) belongs to "
             "Maplewood.",)),
     "present", "a-product-named-notes-belongs-to-the-vendor"),
    ("R1", ((PREAMBLE,), (STAYS,), ("Maplewood owns the aggregate results and may publish them.",)),
     "present", "aggregate-results-are-the-vendors"),
    ("R1", ((PREAMBLE,), ("Maplewood owns the Service, and all Student Data remains the property "
                          "of the School.",)),
     "present", "the-vendors-service-and-the-schools-data"),
    ("R1", ((EVALUATOR,), ("Student Records you provide remain the property of the District.",),
            ("Our investigation file, including interview notes and witness statements, is the "
             "Evaluator's work product.",)),
     "present", "work-product-claims-no-property"),
    # the school's own uploads alone are not the students' data
    ("R1", ((PREAMBLE,), ("You own Your Content.",)),
     "missing", "your-content-alone"),
    # the vendor's own books kept for years; the law's records
    ("R2", ((EVALUATOR,), ("At the District's written request, the Evaluator will return or "
                           "destroy the records the District furnished within fifteen (15) "
                           "days. The Evaluator will retain its invoices and billing records "
                           "for seven (7) years.",)),
     "present", "its-own-invoices-kept-for-years"),
    ("R2", ((EVALUATOR,), ("The District may ask me in writing at any time to destroy District "
                           "records, and I will do so within ten (10) business days. This does "
                           "not apply to records the law requires me to keep.",)),
     "present", "does-not-apply-to-what-the-law-keeps"),
    # the licence the exception cites is for any purpose
    ("R1", ((PREAMBLE,), ("Maplewood does not own or control Student Data and claims no rights "
                          "in it except the licence in section 3.3.",),
            ("3.3 You grant Maplewood a licence to use Student Data for any purpose.",)),
     "weak", "except-a-licence-for-any-purpose"),
    # "Student Content" the students create is their own work, not the data about them
    ("R11", ((PREAMBLE,), ('"Student Content" means the drawings and stories students create '
                           'in the Service.',),
             ("Student Content belongs to the student who created it.",)),
     "present", "student-content-created-by-students-is-theirs"),
    # uses set out in this agreement alone are no document outside it
    ("R3", ((PREAMBLE,), ("We use Student Data only to provide the Service, as described in "
                          "these Terms.",)),
     "present", "uses-described-in-these-terms-alone"),
    # a consultant's own staff and the school's consultants are no subcontractors
    ("R14", ((EVALUATOR,), ("The Evaluator will perform the evaluation with its own employees.",)),
     "missing", "its-own-employees"),
    # ... and one whose last case, far along, is not the statute's
    ("R15d", ((PREAMBLE,), ("5.2 Maplewood shall not sell, rent or trade Student Data, unless the "
                            "sale is part of the purchase, merger or acquisition of Maplewood by "
                            "a successor operator, and Maplewood and its partners decide "
                            "otherwise for marketing.",)),
     "weak", "a-merger-exception-then-a-case-of-its-own"),
    ("R15d", ((PREAMBLE,), ("6.1 We do not sell, rent or trade personal information.",),
              ("6.4 If Maplewood is involved in a merger, your information may be transferred to "
               "the successor only if it agrees to be bound by these same terms.",)),
     "present", "your-information-to-a-successor-bound-by-these-terms"),
    ("U2", ((PREAMBLE,), ("4.3 Maplewood may use de-identified Student Data to develop and "
                          "improve the Service and in published benchmarking reports for other "
                          "companies.",)),
     "weak", "benchmarking-reports-for-others"),
    ("R15a", ((PREAMBLE,), ("Class Accounts are ad-free.",),
              ("Teachers may see ads for our professional courses on the teacher dashboard.",)),
     "present", "teachers-see-ads-for-courses"),
    ("R7", ((EVALUATOR,), ("The Evaluator will delete all Student Data at the end of this "
                           "Agreement.",),
            ("The District will keep its own education records for at least seven (7) years.",)),
     "present", "the-school-keeps-its-records-for-at-least-years"),
    # (from a review of the change) the vendor's own papers and software beside the school's
    # records; results, notes and records that are not the students'
    ("R1", ((PREAMBLE,), ("All Student Data belongs to the School.",),
            ("Attendance records stay with the School, and the reporting software belongs to "
             "Maplewood.",)),
     "present", "records-stay-with-the-school-and-the-software-is-the-vendors"),
    ("R1", ((PREAMBLE,), ("All Student Data belongs to the School.",),
            ("Maplewood owns the results of its own research and development.",)),
     "present", "results-of-its-own-research"),
    ("R1", ((PREAMBLE,), ("All Student Data belongs to the School.",),
            ("Maplewood owns the Curriculum, its teacher guides, and all lesson notes.",)),
     "present", "its-curriculum-and-lesson-notes"),
    ("R1", ((PREAMBLE,), ("All Student Data belongs to the School.",),
            ("Maplewood's billing records belong to Maplewood.",)),
     "present", "its-billing-records"),
    # the students' own work, the school's ownership denied too; the school's devices
    ("R1", ((PREAMBLE,), ("Student Work belongs to the student who created it and is not the "
                          "property of the School or Maplewood.",)),
     "missing", "student-work-neither-the-schools-nor-the-vendors"),
    ("R1", ((PREAMBLE,), ("Schools that purchase the device bundle have full ownership of the "
                          "devices, and any student records stored on them are handled under "
                          "Section 7.",)),
     "missing", "ownership-of-the-devices"),
    # a licence section broad in other words; an exception with a case of the vendor's own
    # past the reading window
    ("R1", ((PREAMBLE,), ("3.1 Student Data remains the property of the School, and Maplewood "
                          "claims no rights in it except the licence in section 3.3.",),
            ("3.3 Licence. The School authorizes Maplewood to use Student Data for any "
             "purpose.",)),
     "weak", "a-licence-section-for-any-purpose-in-other-words"),
    ("R1", ((PREAMBLE,), ("Student Data is and remains the property of the School, except for "
                          "copies held by subcontractors that are contractually bound by the "
                          "same terms, or as required by federal or state law, or as Maplewood "
                          "needs for its own product research.",)),
     "weak", "an-exception-of-its-own-past-the-window"),
    # 2: what is kept for years is a log, a certificate, the school's forms or the contract
    ("R2", ((PREAMBLE,), ("Upon the School's written request sent to privacy@example.com, "
                          "Maplewood will delete the requested Student Data within thirty (30) "
                          "days. Maplewood will keep a log of each deletion request for three "
                          "(3) years.",)),
     "present", "a-log-of-requests-kept-for-years"),
    ("R2", ((PREAMBLE,), ("Upon the School's written request sent to privacy@example.com, "
                          "Maplewood will delete the requested Student Data within thirty (30) "
                          "days. The School will retain the signed consent forms for three "
                          "years.",)),
     "present", "the-schools-forms-kept-for-years"),
    ("R2", ((PREAMBLE,), ("Upon the School's written request sent to privacy@example.com, "
                          "Maplewood will delete the requested Student Data within thirty (30) "
                          "days. This does not apply to paper records held by the School.",)),
     "present", "does-not-apply-to-the-schools-paper-records"),
    # a parent named in a list of whom a notice goes to is no school
    ("R2", ((PREAMBLE,), ("Maplewood will send each breach notice to the Parent, the school "
                          "district, and the student's teacher.",),
            ("The Parent may ask Maplewood to delete a child's Student Data by writing to "
             "privacy@example.com, and Maplewood will delete it within thirty (30) days.",)),
     "missing", "a-parent-in-a-list-of-recipients"),
    # 3: the school's own policy is no document of the vendor's
    ("R3", ((PREAMBLE,), ("Maplewood will use Student Data only to provide the Service to the "
                          "School, as described in this Agreement and the Board's Policy 5125 on "
                          "student records.",)),
     "present", "uses-described-in-the-boards-own-policy"),
    # 14: the school's own reviewer
    ("R14", ((EVALUATOR,), ("The Evaluator shall not subcontract any part of the work without the "
                            "District's prior written consent, and each subcontractor shall be "
                            "bound by the same terms as this Agreement.",),
             ("The District may engage an independent reviewer to audit the Evaluator's work, "
              "and the Evaluator shall raise no objection to that review.",)),
     "present", "the-school-engages-its-own-reviewer"),
    # 15(d): the school's billing papers, or a transfer refused without its consent
    ("R15d", ((PREAMBLE,), ("Maplewood will never sell, rent or trade Student Data.",),
              ("If Maplewood merges with another company, customer information such as invoices "
               "and billing contacts may be transferred to the successor.",)),
     "present", "billing-information-in-a-merger"),
    ("R15d", ((PREAMBLE,), ("Maplewood will never sell, rent or trade Student Data.",),
              ("In a merger or acquisition, your information will not be transferred to the "
               "acquirer unless the School first consents in writing.",)),
     "present", "no-transfer-without-the-schools-consent"),
    # U2: published industry benchmarks are benchmarking for others
    ("U2", ((PREAMBLE,), ("Maplewood may use de-identified data to improve the Service and to "
                          "publish industry benchmarks.",)),
     "weak", "publishing-industry-benchmarks"),
    # 15(a): sample ads in a lesson, and the school's own notices
    ("R15a", ((PREAMBLE,), ("The Service is ad-free.",),
              ("In the media literacy lessons, students may view sample advertisements and learn "
               "how they are made.",)),
     "present", "sample-ads-in-a-lesson"),
    # 7: the school's own copies, and the vendor's certificates of deletion
    ("R7", ((PREAMBLE,), ("Upon termination of this Agreement, Maplewood shall delete all Student "
                          "Data.",),
            ("The School retains its own copies of the progress reports for at least seven (7) "
             "years.",)),
     "present", "the-school-retains-its-own-copies"),
    ("R7", ((PREAMBLE,), ("Upon termination of this Agreement, Maplewood shall delete all Student "
                          "Data.",),
            ("Maplewood keeps the signed deletion certificates for at least three (3) years.",)),
     "present", "deletion-certificates-kept"),
    # 14: the school keeping the right to approve is its right, which the vendor answers to
    ("R14", ((PREAMBLE,), ("Maplewood may use subcontractors. The School shall keep the "
                           "exclusive right to approve each subcontractor in writing before it "
                           "receives Student Data.",)),
     "weak", "the-school-keeps-the-right-to-approve"),
    ("R8", ((PREAMBLE,), ("Where a School is subject to FERPA, Maplewood will comply with FERPA "
                          "in handling Student Data.",)),
     "present", "where-subject-to-ferpa-the-vendor-complies"),
    ("R2", ((PREAMBLE,), ("The School may ask Maplewood to delete any student's data at any time "
                          "by writing to privacy@example.com, and Maplewood will delete it within "
                          "thirty (30) days.",)),
     "present", "the-school-asks-for-deletion"),
    # the school's duty named plainly still reads as the school's; the vendor's own promise
    ("R8", (("1.1 Owner: the Board of Education of the school district identified on the "
             "signature page.",),
            ("4.3 The Designer shall comply with the Family Educational Rights and Privacy Act "
             "in handling Student Data.",)),
     "present", "the-designer-complies-with-ferpa"),
]  # fmt: skip


test_each_class_is_read_right = probe.reads_as_labelled(CASES)
test_the_controls_keep_their_reading = probe.reads_as_labelled(CONTROLS)
