"""Classes of misreading found in batch 12 (tests/corpus/heldout-12/), held out until
2026-12-02 and development since, each read right.

Each case is a sentence of the class, written for the test in words of its own, not a
corpus document's. Each group of sentences is a paragraph of its own.
"""

from __future__ import annotations

import audit_probes as probe
from crec_assemble.audit.layout import pdf_paragraphs
from crec_assemble.library.clauses import ClauseLibrary

CASES = [  # (requirement, paragraphs, status, id)
    # 15(e): a permission borrowed from the base agreement, listed before the service
    # providers: an exception beyond the six cases (weak)
    ("R15e", (("The Vendor will not share Student Data with any other party, except as allowed "
               "by the Master Agreement or this Addendum, to subcontractors bound under Section "
               "6, or as the law requires.",),),
     "weak", "as-allowed-by-the-master-agreement-then-subcontractors"),
    # 15(e): data the school provides to the vendor is no limit on what the vendor discloses
    ("R15e", (("Provider does not own or control the Student Data that districts and pupils "
               "provide to us.",),),
     "missing", "information-schools-provide-to-us"),
    # 9: Connecticut's law for what the vendor does with the data, the rest left to other
    # terms (weak)
    ("R9", (("For Connecticut schools, our handling of pupil records is governed by the laws "
             "of the State of Connecticut.",
             "All other matters remain governed by our General Terms.",),),
     "weak", "our-handling-governed-by-connecticut-other-matters-by-general-terms"),
    # 9: Connecticut's law for one schedule's rights and duties, a long party name between,
    # another country's for the rest (weak)
    ("R9", (("The rights and duties of the Vendor and any Subscriber located in Connecticut "
             "under this Appendix 2 are governed by the laws of the State of Connecticut.",),
            ("This Addendum is governed by the laws of the Netherlands.",)),
     "weak", "one-appendix-under-connecticut-law-the-rest-under-dutch"),
    # 7: two promises on the end; the later deletion waits on a blank and an approval (weak)
    ("R7", (("The Consultant shall return the original recordings to the Board with the "
             "final report.",),
            ("Within [___] days after the Board approves the final report, the Consultant "
             "shall destroy all Student Data it holds.",)),
     "weak", "originals-back-then-destroy-after-approval-in-blank-days"),
    # 7: deleted at the end, but what students published stays published (weak)
    ("R7", (("When a District's licence ends, we erase all Student Data at that time.",
             "Student recordings already posted to the public gallery remain published under "
             "Section 3.",),),
     "weak", "published-recordings-remain-published"),
    # 7: a request to delete before the end is provision 2's; the end keeps copies (weak)
    ("R7", (("The Vendor will consider written requests from the Board to erase particular "
             "records before the end of the engagement.",),
            ("The Vendor will keep its working copies for sixty (60) days after delivering its "
             "closing briefing or report and will then destroy them.",)),
     "weak", "requests-before-the-end-then-sixty-days"),
    # 7: deletion after the end only as the school asks (weak)
    ("R7", (("On termination of the licence, the Vendor will erase Student Data within fifteen "
             "(15) days of the District's written request.",),),
     "weak", "on-termination-within-days-of-the-request"),
    # 8: FERPA kept only as far as a long-named set of files are education records (weak)
    ("R8", (("To the extent the evaluation and the files the Consultant receives from the "
             "Board constitute education records under FERPA, the Consultant will comply with "
             "FERPA as to them.",),),
     "weak", "to-the-extent-the-files-received-are-education-records"),
    # 15(c): a denial that joins its verbs ("collect or keep") is still the limit (present)
    ("R15c", (("The Vendor collects, keeps and uses Student Data only to further school "
               "purposes, and will not collect or keep it for any other purpose.",),),
     "present", "will-not-collect-or-keep-it-for-any-other-purpose"),
    # 15(c): a programme of the vendor's beside the school purposes (weak)
    ("R15c", (("The Vendor collects and stores Student Data only to further school purposes "
               "and to run the Sponsor Rewards program in Section 9.",),),
     "weak", "and-to-run-the-sponsor-rewards-program"),
    # U2: markets far from the effectiveness U2 allows marketing (weak)
    ("U2", (("The Vendor may use de-identified Student Data to improve the app and to show its "
             "effectiveness, and may give de-identified logs to university partners for the "
             "development of therapy devices for hospital markets.",),),
     "weak", "devices-for-hospital-markets"),
    # 1: students owning their own data, or "the student's own" work, is no one else's claim
    ("R1", (("Districts and students own their data.",
             "The Vendor does not own or control Student Data.",),),
     "present", "districts-and-students-own-their-data"),
    ("R1", (("The Vendor does not own or control Student Data.",),
            ("A parent may move the student's own Student Data to a family account before "
             "deletion.",)),
     "present", "the-students-own-student-data"),
    # 6(a), 6(b): the urgent case left to the vendor's belief in imminent misuse is the
    # regulation's own, no qualification of the five days (present)
    ("R6a", (("If the Vendor discovers that Student Data has been disclosed without "
              "authorization, it will notify the District within five (5) calendar days after "
              "discovery, or within two (2) calendar days if it believes Student Data may be "
              "imminently misused.",),),
     "present", "two-days-if-it-believes-misuse-imminent"),
    # 6(d): a list run into one sentence gives each kind of breach its own notice; families
    # told only of the first kind have no 6(d) notice (missing)
    ("R6d", (("For breaches: (a) for a breach of Student Information (other than Directory "
              "Information), the Vendor shall notify the District within five (5) days of "
              "discovery; (b) for a breach of Directory Information, the Vendor shall notify the "
              "District within ten (10) days of discovery; and (c) for a breach of Student "
              "Information (other than Directory Information), the Vendor shall also notify the "
              "affected parents within five (5) days of discovery.",),),
     "missing", "families-told-only-in-the-first-kinds-item"),
    # 3: purposes the school authorizes in its own agreement are the contract's (present)
    ("R3", (("We use Student Data only to run the app for your district and for the purposes "
             "your district authorizes in its agreement with us.",),),
     "present", "and-for-the-purposes-your-district-authorizes"),
    # 3: pupils' own use of the service is no limit of the vendor's; the contract named with a
    # word between still measures the vendor's (present)
    ("R3", (("Pupils under 13 may only use the app through a District account.",),
            ("The Vendor will not use Student Data for any purpose other than those authorized "
             "by the District Agreement and these Terms.",)),
     "present", "pupils-may-only-use-the-app"),
    # 13: the consent belongs to another clause of the sentence (present)
    ("R13", (("The Consultant shall not use personally identifiable information contained in "
              "Student Data for targeted advertising, and shall not name the Board as a client "
              "without the Board's written consent.",),),
     "present", "consent-to-be-named-as-a-client"),
    # 13, U1: sponsor messages the same for everyone, not picked by what the service knows of
    # the student, except nothing from the ban (present)
    ("R13", (("Episodes on the public feed may carry sponsor messages that are the same for "
              "every listener and are not selected using any information about the student.",
              "The Vendor shall not use personally identifiable information in Student Data for "
              "targeted advertising.",),),
     "present", "sponsor-messages-not-selected-by-the-student"),
    # 15(b): a ban held to another state's schools, a word between (weak)
    ("R15b", (("For Oregon Partner Schools, the Vendor shall not engage in targeted advertising "
               "on any website based on information, including persistent unique identifiers, "
               "acquired through the service.",),),
     "weak", "for-oregon-partner-schools"),
    # 4: the vendor makes the corrections the school directs, in no stated time: the
    # procedure is the school's (weak)
    ("R4", (("The Consultant shall make any correction to reports it prepared that the Board "
             "directs in writing.",),),
     "weak", "makes-corrections-the-board-directs-untimed"),
    # 4: the vendor answers the school's requests to locate or amend, or for access to or
    # correction of, the records (weak)
    ("R4", (("The Vendor will respond to reasonable written requests from the District for "
             "help in locating or amending such records.",),),
     "weak", "answers-requests-for-help-amending"),
    ("R4", (("The Vendor will respond to the Board's reasonable requests for access to or "
             "correction of Student Data.",),),
     "weak", "answers-requests-for-access-or-correction"),
    # 6(c): every affected student told, and the parents of those who are minors (present)
    ("R6c", (("If Student Data is breached, the Vendor will notify each affected student, and the "
              "parents of any affected student under 18, within five (5) days after "
              "discovery.",),),
     "present", "each-student-and-the-parents-of-minors"),
    # 6(a): an incident report on a pupil's injury or conduct is no breach notice (missing)
    ("R6a", (("A driver who sees a medical event or a behavioural incident shall radio the "
              "dispatcher at once, and the Company shall deliver a written incident report to "
              "the District within twenty-four (24) hours.",),),
     "missing", "incident-report-on-a-medical-event"),
]  # fmt: skip

CONTROLS = [  # ordinary drafting near the classes, read as before
    ("R15e", (("The Vendor will not share Student Data with any other party, except to "
               "subcontractors bound under Section 6, or as the law requires.",),),
     "present", "subcontractors-bound-or-as-the-law-requires"),
    ("R9", (("This Agreement and the rights and duties of the parties under it are governed by "
             "the laws of the State of Connecticut.",),),
     "present", "connecticut-law-for-the-whole-agreement"),
    # the regulation's own words decide before a deletion's working period (as outside
    # writers labelled it)
    ("R7", (("Student Data shall not be kept by or available to the Vendor once the services "
             "are complete.",),
            ("Within thirty (30) days after the services end, the Vendor shall erase all "
             "Student Data and certify it.",)),
     "present", "not-kept-once-complete-then-erased-within-thirty-days"),
    ("R8", (("The Consultant will comply with FERPA in handling the files received from the "
             "Board.",),),
     "present", "complies-with-ferpa"),
    ("R15c", (("The Vendor collects and stores Student Data only to further school purposes "
               "and to provide the services to the District.",),),
     "present", "and-to-provide-the-services"),
    ("U2", (("The Vendor may use de-identified Student Data to show the effectiveness of its "
             "products, including in their marketing.",),),
     "present", "effectiveness-in-marketing"),
    ("R6a", (("The Vendor shall send the District a written incident report within twenty-four "
              "(24) hours after discovering unauthorized access to Student Data.",),),
     "present", "incident-report-on-unauthorized-access"),
    # a review of the first patterns found these misread; each is read right now
    ("R6a", (("If the Vendor discovers a Security Incident, it shall provide the District an "
              "incident report within twenty-four (24) hours of discovery.",),),
     "present", "incident-report-on-a-security-incident"),
    ("R6a", (("If the Vendor discovers a Security Incident, it shall take immediate steps to "
              "contain it.",
              "The Vendor shall provide the District an incident report within twenty-four (24) "
              "hours of discovery.",),),
     "present", "incident-report-in-the-paragraph-of-a-security-incident"),
    ("R6a", (("If a student is injured on a vehicle, the Company shall notify the District within "
              "twenty-four (24) hours of the incident.",),),
     "missing", "an-injury-on-a-vehicle"),
    ("R7", (("Upon termination, the Vendor shall delete all Student Data, and it will honor any "
             "request from the District to delete particular records before termination.",),),
     "present", "deletes-on-termination-and-honours-requests-before"),
    ("R7", (("Upon termination, the Vendor shall destroy all Student Data and shall deliver a "
             "certificate of destruction within ten (10) days of the District's written "
             "request.",),),
     "present", "certificate-within-days-of-the-request"),
    ("R7", (("Upon termination of this Agreement, the Vendor shall destroy all Student Data.",),
            ("If a student's account is closed during the term, the Vendor shall delete that "
             "student's data within thirty (30) days.",)),
     "present", "one-students-account-closed-during-the-term"),
    ("R7", (("When the District's subscription ends, the Vendor deletes all Student Data at that "
             "time.",
             "Until then, Student Data remains visible only to authorized District staff.",),),
     "present", "remains-visible-until-then"),
    ("R15c", (("The Vendor collects, stores and uses Student Data only to further school purposes "
               "and for the Board's after-school tutoring program.",),),
     "present", "the-boards-own-program"),
    ("R15c", (("The Vendor collects, stores and uses Student Data only for school purposes and "
               "does not need consent to retain and use it for any other purpose.",),),
     "weak", "does-not-need-consent-for-any-other-purpose"),
    ("R15c", (("The Vendor collects, stores and uses Student Data only to further school purposes "
               "and will not collect, store or use it for any other purpose.",),),
     "present", "will-not-collect-store-or-use-it-otherwise"),
    ("R6c", (("If Student Data is breached, the Vendor will notify the parents of affected "
              "students under 13 within five (5) days after discovery.",),),
     "weak", "only-the-parents-of-students-under-13"),
    ("R9", (("This Agreement and all other matters arising out of it are governed by the laws of "
             "the State of Connecticut.",),),
     "present", "all-other-matters-under-connecticut-law"),
    ("U2", (("The Vendor may use de-identified Student Data to demonstrate the effectiveness of "
             "its reading, writing and mathematics intervention products for students in "
             "kindergarten through grade eight, including in its marketing.",),),
     "present", "effectiveness-of-long-named-products-in-marketing"),
    # a second review of the patterns found these misread; each is read right now
    ("R6a", (("If the Vendor determines that Student Data is at imminent risk of misuse following "
              "a breach, it will notify the District within forty-eight (48) hours of "
              "discovery.",),),
     "weak", "notice-only-if-the-vendor-determines-imminent-risk"),
    ("R6b", (("The Vendor will notify the District of a breach of Student Data within five (5) "
              "days of discovery, except where the Vendor determines that delaying notice is "
              "necessary to contain an urgent threat.",),),
     "weak", "delay-where-the-vendor-determines-an-urgent-threat"),
    ("R13", (("The Vendor shall not disclose Student Data to any third party, and shall not use "
              "Student Data for targeted advertising unless the District consents in writing.",),),
     "weak", "ad-ban-in-the-second-promise-with-consent"),
    ("R13", (("The Vendor shall not use Student Data for targeted advertising; provided, however, "
              "that the Vendor may do so with the District's prior written consent.",),),
     "weak", "ad-ban-provided-however-consent"),
    ("R13", (("The Vendor shall not use Student Data to target advertising to students within "
              "its app.",),
             ("The Vendor shall not use Student Data or persistent identifiers to target "
              "advertising to students on other websites, and shall follow COPPA for children "
              "under 13.",)),
     "present", "coppa-for-children-under-13-in-another-promise"),
    ("R3", (("The Vendor shall use Student Data only to provide the Services to the District, and "
             "shall not disclose Student Data or use it for any other purpose.",),),
     "present", "not-disclose-student-data-or-use-it-otherwise"),
    ("R15c", (("The Vendor shall collect, store and use Student Data only for school purposes and "
               "shall not retain, use or disclose Student Data for any other purpose.",),),
     "present", "not-retain-use-or-disclose-for-any-other-purpose"),
    ("R2", (("The District shall email the Vendor within five school days and shall delete "
             "Student Data at a parent's request.",),),
     "missing", "the-district-within-five-school-days"),
    ("R6c", (("If the Vendor discovers a breach of Student Data, the Vendor shall: (a) notify the "
              "District and the affected parents within forty-eight (48) hours of discovery; (b) "
              "investigate and contain the breach; and (c) inform the affected parents of the "
              "steps taken to prevent a recurrence.",),),
     "present", "parents-told-in-item-a-and-again-in-item-c"),
    ("R6a", (("The Consultant shall notify the Board within twenty-four (24) hours after "
              "discovering any incident that compromises the confidentiality of students' "
              "behavioral intervention plans.",),),
     "present", "incident-compromising-behavioral-plans"),
    ("R7", (("Upon termination of this Agreement, the Vendor shall delete all Student Data.",),
            ("Following termination, the Vendor will delete each student's account data within "
             "ninety (90) days.",)),
     "weak", "each-students-account-data-within-ninety-days"),
    ("R3", (("Vendor employees and authorized users may only use Student Data for the purposes "
             "of this Agreement.",),),
     "present", "employees-may-only-use-student-data"),
    # a third review of the fixes found these misread; each is read right now
    ("R6a", (("If a student has a medical emergency on the bus, the driver shall call 911 and the "
              "Company shall notify the District of the incident within twenty-four (24) "
              "hours.",),),
     "missing", "medical-emergency-on-the-bus"),
    ("R6a", (("A driver who sees a student injury shall note it in the daily log, and the Company "
              "shall deliver a written incident report to the District within twenty-four (24) "
              "hours.",),),
     "missing", "injury-noted-in-the-daily-log"),
    ("R13", (("Without the District's prior written consent, the Vendor shall not disclose "
              "Student Data to any third party, and shall not use Student Data for targeted "
              "advertising.",),),
     "weak", "without-consent-opening-both-promises"),
    ("R6c", (("If Student Data is breached, the Vendor will notify the parents or guardians of "
              "affected students under 18 within five (5) days after discovery.",),),
     "weak", "only-the-parents-of-minors"),
    ("R15c", (("The Vendor collects, stores and uses Student Data only for school purposes and "
               "does not sell it and retains it for any other purpose permitted by law.",),),
     "weak", "does-not-sell-it-and-retains-it-for-any-other-purpose"),
    ("R6c", (("Within five (5) days of discovering a breach of Student Data, the Vendor shall: "
              "(a) notify the District; and (b) notify the affected parents.",),),
     "present", "the-period-before-the-list"),
    ("R6a", (("The Vendor will notify the District of a breach of Student Data within five (5) "
              "calendar days after discovery or, where the Vendor believes misuse is imminent, "
              "within two (2) calendar days.",),),
     "present", "where-the-vendor-believes-misuse-imminent"),
    ("R7", (("Upon termination of this Agreement, the Vendor shall delete all Student Data.",),
            ("If a student's account is terminated, the Vendor shall delete that student's data "
             "within thirty (30) days.",)),
     "present", "one-students-account-terminated"),
    ("R3", (("The Vendor will use Student Data only to provide the Services to the District and "
             "for no other purpose.",),
            ("Students may only use the tool for classroom activities and any other purpose "
             "their teacher approves.",)),
     "present", "students-may-only-use-the-tool"),
    ("R4", (("The Vendor shall correct any errors in the Software that the District reports to "
             "it.",),),
     "missing", "corrects-errors-in-the-software"),
    ("R4", (("The Vendor will respond to reasonable requests from the District for amendments to "
             "the Statement of Work.",),),
     "missing", "amendments-to-the-statement-of-work"),
    ("R8", (("The Vendor shall comply with FERPA and agrees that to the extent the Vendor "
             "maintains grades and attendance data for the District such data are education "
             "records.",),),
     "present", "complies-with-ferpa-and-agrees-which-data-are-records"),
]  # fmt: skip


@probe.paragraph_cases(CASES)
def it_reads_batch_12s_drafting(
    library: ClauseLibrary, requirement: str, paragraphs: probe.Paragraphs, status: str
) -> None:
    assert probe.status(library, requirement, probe.paragraphs(*paragraphs)) == status


@probe.paragraph_cases(CONTROLS)
def it_reads_ordinary_drafting_near_batch_12s_classes(
    library: ClauseLibrary, requirement: str, paragraphs: probe.Paragraphs, status: str
) -> None:
    assert probe.status(library, requirement, probe.paragraphs(*paragraphs)) == status


def it_reads_a_figure_in_brackets_after_a_number_in_words_as_the_same_sentence() -> None:
    """A PDF line ending "within twenty-four" and the next starting "(24) hours, after …" are
    one sentence, not a paragraph and a list item "(24)"; a real item "(b)" still starts one,
    and so does an item "(1)" after a heading or after a number that is not its figure."""
    page = (
        "8.1 The Vendor shall notify the District without undue delay, and within twenty-four\n"
        "(24) hours, after discovering a breach.\n"
        "(b) The notice shall describe the breach.\n"
    )
    assert [text for _, text in pdf_paragraphs([page])] == [
        "8.1 The Vendor shall notify the District without undue delay, and within twenty-four\n"
        "(24) hours, after discovering a breach.",
        "(b) The notice shall describe the breach.",
    ]
    other = "ARTICLE FIVE\n(1) The Vendor shall delete it.\n"
    assert len(pdf_paragraphs([other])) == 2
    grades = "3.1 It serves grades nine through twelve\n(1) The Vendor shall not sell it.\n"
    assert len(pdf_paragraphs([grades])) == 2
    five = "6.1 The Vendor shall notify the District within five\n(5) calendar days of a breach.\n"
    assert len(pdf_paragraphs([five])) == 1
