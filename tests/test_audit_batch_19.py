"""Classes of misreading found in batch 19 (tests/corpus/heldout-19/), held out until
2026-12-03 and development since, and the same classes in the older development batches,
each read right.

Each case is a sentence of the class, written for the test in words of its own, not a
corpus document's. Each group of sentences is a paragraph of its own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import audit_probes as probe
from crec_assemble.library.clauses import ClauseLibrary

PREAMBLE = 'Maplewood Learning, Inc. ("Maplewood") provides the Service to the School.'
DELETES = (
    "The School may ask Maplewood to delete any Student Data at any time by writing to "
    "privacy@example.com, and Maplewood will delete it within thirty (30) days."
)
NO_SALE = "Maplewood will not sell, rent or trade Student Data."
EVALUATOR = 'Birchway Research LLC (the "Evaluator") will evaluate the program.'

CASES = [  # (requirement, paragraphs, status, id)
    # the vendor's name only in passing, in paper that calls itself "we": the name its own
    # e-mail addresses are made of
    ("R1", (("These terms apply when a school sets up Quillfern for its students.",),
            ("You own your students' data.",),
            ("Sketch Data, and the drawing models we train with it, belong to Quillfern.",),
            ("Questions go to privacy@quillfern.com.",)),
     "weak", "the-vendor-named-by-its-address-claims-a-class"),
    # student data defined short of what the service records of the students: their voices,
    # images or movements left out by name, or by a defined term whose definition says so
    ("R2", ((PREAMBLE,), ("Student Data does not include Voice Samples.",), (DELETES,)),
     "weak", "deletion-over-data-without-the-voice-samples"),
    ("R15d", ((PREAMBLE,), ("Student Data does not include Usage Logs or Gesture Clips.",),
              (NO_SALE,)),
     "weak", "no-sale-over-data-without-the-gesture-clips"),
    ("R1", ((PREAMBLE,),
            ('1.2 "Customer Data" means all data submitted to the Service, including Student '
             'Data, but excluding Scan Data.',
             '1.3 "Scan Data" means the face images and short video segments the entrance '
             'cameras record.'),
            ("Customer owns all Customer Data.",)),
     "weak", "ownership-over-data-without-a-defined-class-of-images"),
    ("R1", ((PREAMBLE,),
            ("Pose models, model weights and derived motion features are Maplewood property "
             "and are not Student Data.",),
            ("The School owns the Student Data.",)),
     "weak", "motion-features-the-vendors-and-not-student-data"),
    # 4: the school's own procedure, then the vendor's part in it, in the next sentence
    ("R4", ((PREAMBLE,),
            ("The School shall establish procedures by which a parent or eligible student may "
             "review the student's records and request the correction of errors.",
             "Maplewood shall respond to the School's request for the records within twenty "
             "(20) days.")),
     "weak", "the-vendor-answers-the-schools-procedure"),
    ("R4", ((PREAMBLE,),
            ("The School will handle any request by a parent to review or amend education records "
             "under its own procedures.",
             "Maplewood will make in its own files any correction the School directs.")),
     "weak", "the-vendor-corrects-after-the-schools-procedure"),
    # 9: Connecticut's law for some matters, or beside another document that keeps its own
    ("R9", ((PREAMBLE,),
            ("Connecticut law governs this Agreement as to payment, scheduling and the School's "
             "obligations.",)),
     "weak", "connecticut-law-as-to-some-matters"),
    ("R9", ((PREAMBLE,),
            ("This Addendum is governed by the laws of the State of Connecticut.",
             "Section 11 of the Master Terms continues to govern the Master Terms and all other "
             "matters between the parties.")),
     "weak", "the-master-terms-continue-to-govern"),
    ("R9", ((PREAMBLE,),
            ("This DPA is governed by the laws of the State of Connecticut.",
             "Nothing in this Exhibit alters the governing law provisions of the Service "
             "Agreement.")),
     "weak", "nothing-alters-the-other-governing-law"),
    # 8: FERPA kept only for what happens to count, or happens to be accessed
    ("R8", ((PREAMBLE,), ("Maplewood follows FERPA to the extent its notes count as education "
                          "records.",)),
     "weak", "ferpa-to-the-extent-they-count"),
    ("R8", ((PREAMBLE,), ("Maplewood will comply with FERPA to the extent it accesses such "
                          "records.",)),
     "weak", "ferpa-to-the-extent-it-accesses"),
    # 6(a), 6(b): a breach in plain words ("lost or stolen", "sees … who shouldn't")
    ("R6b", ((EVALUATOR,),
             ("If my files or laptop are lost or stolen, or anyone sees student information who "
              "shouldn't, I will tell the principal within five (5) days of finding out.",)),
     "present", "a-breach-in-plain-words-told-to-the-principal"),
    ("R6b", ((EVALUATOR,),
             ("If student information in the Evaluator's care is lost, stolen, or seen or taken "
              "by anyone not authorized to have it, the Evaluator will notify the District "
              "within six (6) days of discovering it.",)),
     "present", "information-in-its-care-lost-or-taken"),
    # 3: a consultant's practice, described, is no promise
    ("R3", ((EVALUATOR,), ("My practice is to use what students tell me only to plan our "
                           "sessions.",)),
     "weak", "my-practice-is"),
    # 4: through the school, the vendor's part in no stated time; a vendor with no obligation
    # to answer; a review by asking, without correction
    ("R4", ((PREAMBLE,),
            ("Requests from students or parents to review or correct Student Data should be "
             "directed to the School.",
             "Maplewood will provide reasonable assistance to enable the School to respond.")),
     "weak", "through-the-school-with-no-time"),
    ("R4", ((PREAMBLE,),
            ("Requests from parents to review or correct Student Data shall be referred to the "
             "School.",
             "Maplewood has no obligation to respond directly to such requests.")),
     "missing", "no-obligation-to-respond"),
    ("R4", ((EVALUATOR,),
            ("If a parent asks to see my notes about their child, I will share a copy with them "
             "within two weeks.",)),
     "weak", "a-parent-asks-to-see-the-notes"),
    ("R4", ((EVALUATOR,),
            ("A parent may ask the Evaluator for a copy of the student's checklist and test "
             "scores, and the Evaluator will provide it within ten days.",)),
     "weak", "a-parent-asks-for-a-copy-of-the-scores"),
    # 1: the school's data in other words, or the school's by its control
    ("R1", ((EVALUATOR,), ("Camper information supplied by the District remains the District's "
                           "property.",)),
     "present", "camper-information-stays-the-districts"),
    ("R1", ((PREAMBLE,), ("When a school uses Maplewood, the student information it provides is "
                          "controlled by the school.",)),
     "present", "controlled-by-the-school"),
    # 11: "… written by a student, shall be the property of the student": the content is the
    # subject, not the student
    ("R11", ((PREAMBLE,),
             ("4.2 All Student-Generated Content, including goal statements written by a student, "
              "shall be the property of the student or the student's parent.",)),
     "present", "content-written-by-a-student-is-the-students"),
    # 6(c): the operator's own notice to families, at the school's option only
    ("R6c", ((PREAMBLE,),
             ("9.1 If Maplewood discovers a breach of security, it will notify the School within "
              "two (2) days.",),
             ("9.3 At the School's written election, Maplewood will send notice of the breach "
              "directly to the affected students and their parents within five (5) days after "
              "discovery.",)),
     "weak", "families-told-at-the-schools-election"),
    ("R6c", ((PREAMBLE,),
             ("9.1 If Maplewood discovers a breach of security, it will notify the School within "
              "two (2) days.",),
             ("9.3 Maplewood will send notice of the breach directly to the affected students "
              "and their parents within five (5) days after discovery.",)),
     "present", "notice-of-the-breach-sent-to-families"),
    # 13, 15(a): some messages picked for the students declared no advertising at all
    ("R13", ((PREAMBLE,),
             ("Maplewood shall not use Student Data for Targeted Advertising.",
              "Partner Offers shown under Section 5.3 are not Targeted Advertising for the "
              "purposes of this Agreement.")),
     "weak", "offers-declared-no-targeted-advertising"),
    ("R15a", ((PREAMBLE,),
              ("Maplewood does not display targeted advertising to students in the Service.",),
              ("Sponsor Spotlight emails sent to team members are not advertising for the "
               "purposes of these terms.",)),
     "weak", "sponsor-emails-declared-no-advertising"),
    ("R4", ((PREAMBLE,),
            ("The School is responsible for responding to requests from students and parents to "
             "review or correct Student Data.",
             "Maplewood will provide the School with the relevant Student Data on request.")),
     "weak", "the-school-responds-and-the-vendor-provides"),
    # 15(b): a data ban in the present tense is a data ban, short of the identifiers
    ("R15b", ((PREAMBLE,), ("We do not use Student Data to target advertising to students.",)),
     "weak", "a-present-tense-data-ban"),
    # 14: a consultant's transcription service is a subcontractor; told of, not consented to
    ("R14", ((EVALUATOR,),
             ("The Evaluator may use a professional transcription service for the recordings.",
              "The Evaluator will tell the District in advance which service it uses, and will "
              "require it to keep student information confidential.")),
     "weak", "a-transcription-service-told-of"),
    # U1: the students' data training the vendor's other products
    ("U1", ((PREAMBLE,),
            ("Maplewood may use Student Data to maintain and improve the Service.",
             "The School authorizes Maplewood to use Student Data to train, test and improve the "
             "Reading Engine and other Maplewood speech products.")),
     "weak", "data-training-the-vendors-other-products"),
    ("R15b", ((PREAMBLE,), ("We never use Student Data for advertising of any kind.",)),
     "weak", "no-advertising-of-any-kind-with-the-data"),
    # 5: safeguards scaled to the vendor's own size and resources
    ("R5", ((EVALUATOR,),
            ("The Evaluator shall use reasonable safeguards, appropriate to its size, its "
             "resources and the nature of the information, to protect student records.",)),
     "weak", "safeguards-appropriate-to-its-size-and-resources"),
]  # fmt: skip

CONTROLS = [
    # a school's address is no vendor's name
    ("R1", (("Student Data remains the property of Farrow Valley Public Schools.",),
            ("Questions about Student Data go to Farrow Valley at records@farrowvalley.org.",),
            ("We do not own Student Data.",)),
     "present", "the-schools-address-names-the-school"),
    # what is left out by habit (usage, de-identified data), or named again in the promise
    ("R15d", ((PREAMBLE,), ("Student Data does not include De-identified Data or Usage Data.",),
              (NO_SALE,)),
     "present", "usage-and-de-identified-data-left-out"),
    ("R15d", ((PREAMBLE,), ("Student Data does not include Voice Samples.",),
              ("Maplewood will not sell, rent or trade Student Data or Voice Samples.",)),
     "present", "the-promise-names-the-class-again"),
    ("R1", ((PREAMBLE,),
            ('1.2 "Student Data" means any information about a student, including, but not '
             'limited to, photographs, voice recordings and grades.',),
            ("The School owns the Student Data.",)),
     "present", "a-definition-that-only-includes"),
    ("R1", ((PREAMBLE,),
            ("Published Photos are public by design, and once published they are not Student "
             "Data.",),
            ("The School owns the Student Data.",)),
     "present", "published-work-leaves-the-data-once-public"),
    # 4: the vendor only refers the families on; the school's duty is about something else
    ("R4", ((PREAMBLE,),
            ("The School shall establish procedures by which a parent may review and correct the "
             "student's records.",
             "If a parent contacts Maplewood, Maplewood will refer the parent "
             "to the School.",)),
     "missing", "the-vendor-only-refers-after-the-schools-procedure"),
    ("R4", ((PREAMBLE,),
            ("The School shall notify parents each year of their rights under FERPA.",
             "Maplewood shall respond to the School's requests within ten (10) days.",)),
     "missing", "the-schools-duty-is-no-review-procedure"),
    ("R9", ((PREAMBLE,),
            ("Connecticut law governs this Agreement as to all matters arising under it.",)),
     "present", "connecticut-law-as-to-all-matters"),
    ("R8", ((PREAMBLE,), ("Maplewood will comply with FERPA in handling any records it "
                          "receives.",)),
     "present", "ferpa-for-any-records-it-receives"),
    # 4: through the school, the vendor's part timed; a parent who may see and correct
    ("R4", ((PREAMBLE,),
            ("Requests from students or parents to review or correct Student Data should be "
             "directed to the School.",
             "Maplewood will provide the School with the records and make any correction it "
             "directs within ten (10) days.")),
     "present", "through-the-school-with-a-time"),
    ("R3", ((EVALUATOR,), ("The Evaluator will use student information only to evaluate the "
                           "program.",)),
     "present", "a-plain-use-limit"),
    ("R6b", ((EVALUATOR,), ("If a laptop holding student information is lost, the Evaluator "
                            "will notify the District as soon as possible.",)),
     "weak", "a-lost-laptop-told-in-no-time"),
    ("R11", ((PREAMBLE,),
             ("Reports written by Maplewood shall be the property of the School.",)),
     "missing", "reports-written-by-the-vendor"),
    # the statute's own exception for what the student is looking at is no carve-out
    ("R13", ((PREAMBLE,),
             ("Maplewood shall not use Student Data for targeted advertising.",
              "Showing content based only on the page a student is viewing at that moment is not "
              "targeted advertising.")),
     "present", "contextual-content-is-not-targeted-advertising"),
    ("R4", ((PREAMBLE,),
            ("You are responsible for responding to requests from parents to inspect and review "
             "education records.",
             "Maplewood will make tools available that allow you to export a student's reading "
             "history.")),
     "missing", "review-only-requests-and-an-export-tool"),
    # a review of the change: twenty-one sentences its first patterns misread, each mended
    ("R15d", (
        (PREAMBLE,),
        (
            '"Student Data" means all information about a student collected by the Service, '
            "excluding de-identified data, and includes voice recordings and images of students.",
        ),
        (
            "Maplewood will not sell, rent or trade Student Data.",
        ),
    ),
     "present", "definition-excluding-de-identified-then-including-voice"),
    ("R15d", (
        (PREAMBLE,),
        (
            '"De-Identified Data" means data from which all direct and indirect identifiers, '
            "including names, images and voice recordings, have been removed.",
        ),
        (
            "Student Data does not include De-Identified Data.",
        ),
        (
            "Maplewood will not sell, rent or trade Student Data.",
        ),
    ),
     "present", "de-identified-defined-with-images"),
    ("R2", (
        (PREAMBLE,),
        (
            '"De-Identified Data" means data from which all direct and indirect identifiers, '
            "including names, images and voice recordings, have been removed.",
        ),
        (
            "Student Data does not include De-Identified Data.",
        ),
        (
            "Upon the School's written request, Maplewood shall delete the Student Data "
            "identified in the request within ten (10) days.",
        ),
    ),
     "present", "de-identified-left-out-before-deletion"),
    ("R1", (
        (PREAMBLE,),
        (
            "Student Data does not include recordings of teacher professional development "
            "sessions.",
        ),
        (
            "The School owns all Student Data.",
        ),
    ),
     "present", "teacher-recordings-left-out"),
    ("R15d", (
        (PREAMBLE,),
        (
            "Student Data does not include the School's logos, images and marketing materials.",
        ),
        (
            "Maplewood will not sell, rent or trade Student Data.",
        ),
    ),
     "present", "the-schools-logos-and-images-left-out"),
    ("R15d", (
        (PREAMBLE,),
        (
            "Student Data does not include biometric data, which the Service does not collect.",
        ),
        (
            "Maplewood will not sell, rent or trade Student Data.",
        ),
    ),
     "present", "biometric-data-it-never-collects"),
    ("R15d", (
        (PREAMBLE,),
        (
            "Photographs of School staff are not Student Data.",
        ),
        (
            "Maplewood will not sell, rent or trade Student Data.",
        ),
    ),
     "present", "staff-photographs-left-out"),
    ("R9", (
        (PREAMBLE,),
        (
            "The laws of the State of Connecticut shall govern this Agreement with respect to the "
            "rights and obligations of the parties.",
        ),
    ),
     "present", "connecticut-law-as-to-rights-and-obligations"),
    ("R9", (
        (PREAMBLE,),
        (
            "The laws of the State of Connecticut govern this Agreement with respect to its "
            "validity, interpretation, construction and performance.",
        ),
    ),
     "present", "connecticut-law-as-to-validity-and-performance"),
    ("R9", (
        (PREAMBLE,),
        (
            "This Agreement is governed by the laws of the State of Connecticut.",
        ),
        (
            "Any dispute shall first be submitted to mediation; nothing in this Section alters "
            "the governing law of this Agreement.",
        ),
    ),
     "present", "nothing-alters-this-agreements-own-law"),
    ("R8", (
        (PREAMBLE,),
        (
            "Maplewood shall comply with FERPA, COPPA and, to the extent it processes the "
            "personal data of residents of the European Union, the GDPR.",
        ),
    ),
     "present", "ferpa-then-gdpr-to-the-extent"),
    ("R8", (
        (PREAMBLE,),
        (
            "Maplewood shall comply with FERPA and, to the extent Maplewood receives any request "
            "from a parent for education records, shall forward it to the School within five (5) "
            "days.",
        ),
    ),
     "present", "ferpa-then-a-request-to-the-extent"),
    ("R6a", (
        (PREAMBLE,),
        (
            "Maplewood will notify the School within twenty-four (24) hours if any device shipped "
            "to the School is lost or stolen in transit.",
        ),
    ),
     "missing", "a-device-lost-in-shipping-6a"),
    ("R6b", (
        (PREAMBLE,),
        (
            "Maplewood will notify the School within twenty-four (24) hours if any device shipped "
            "to the School is lost or stolen in transit.",
        ),
    ),
     "missing", "a-device-lost-in-shipping-6b"),
    ("R6c", (
        (PREAMBLE,),
        (
            "Maplewood shall notify affected parents of any breach of Student Data within "
            "forty-eight (48) hours of discovery and, at the School's election, shall also offer "
            "credit monitoring to the affected families.",
        ),
    ),
     "present", "credit-monitoring-at-the-schools-election"),
    ("R6c", (
        (PREAMBLE,),
        (
            "Maplewood shall notify affected parents of any breach of Student Data within "
            "forty-eight (48) hours of discovery by e-mail or, at the School's option, by "
            "first-class mail.",
        ),
    ),
     "present", "mail-at-the-schools-option"),
    ("R4", (
        (PREAMBLE,),
        (
            "The School shall establish procedures by which parents may review and correct "
            "Student Data.",
            "Maplewood shall provide the Service in accordance with its documentation.",
        ),
    ),
     "missing", "an-unrelated-vendor-sentence-after-the-schools-procedure"),
    ("R15a", (
        (PREAMBLE,),
        (
            "Maplewood will not use Student Data or persistent unique identifiers to target "
            "advertising to students.",
        ),
        (
            "Messages from teachers to their classes and notices about the Service's maintenance "
            "are not advertising for the purposes of this Agreement.",
        ),
    ),
     "present", "teachers-messages-declared-no-advertising-15a"),
    ("R13", (
        (PREAMBLE,),
        (
            "Maplewood will not use Student Data or persistent unique identifiers to target "
            "advertising to students.",
        ),
        (
            "Messages from teachers to their classes and notices about the Service's maintenance "
            "are not advertising for the purposes of this Agreement.",
        ),
    ),
     "present", "teachers-messages-declared-no-advertising-13"),
    ("U1", (
        (PREAMBLE,),
        (
            "Nothing in this Agreement permits Maplewood to use Student Data for advertising.",
        ),
    ),
     "missing", "nothing-permits-a-use"),
    ("R1", (
        (PREAMBLE,),
        (
            "Student Data will be stored only on servers controlled by the School's hosting "
            "vendor in the United States.",
        ),
    ),
     "missing", "servers-controlled-by-the-schools-hosting-vendor"),
    # … which makes no ban on the service's own advertising (15(a)) in that tense
    ("R15a", ((PREAMBLE,), ("We do not use Student Data to target advertising to students.",)),
     "missing", "a-present-tense-data-ban-for-15a"),
    ("U1", ((PREAMBLE,),
            ("Maplewood may use Student Data only to maintain, support, evaluate and improve the "
             "Service, and to test other features the School has asked for.",)),
     "present", "improving-the-service-itself"),
    ("R5", ((EVALUATOR,),
            ("The Evaluator shall use administrative, physical and technical safeguards "
             "appropriate to the nature of the information to protect student records.",)),
     "present", "safeguards-appropriate-to-the-information"),
]  # fmt: skip


test_each_class_is_read_right = probe.reads_as_labelled(CASES)
test_the_controls_keep_their_reading = probe.reads_as_labelled(CONTROLS)


# Another state's part of the paper, its heading run into its first clause as a PDF's text
# gives it ("Part 1 - Illinois B1.1 …"), is set aside beside Connecticut's part; the reader
# does that, so these cases are read from a file.
_STATES_PARTS = (
    "{PREAMBLE}\n\nPart 1 - {first} B1.1 All student-generated content is the property of the "
    "student.\n\nPart 2 - {second} B2.1 Maplewood will notify the School of a breach within "
    "five (5) days.\n"
)


@pytest.mark.parametrize(
    ("first", "second", "status"),
    [("Illinois", "Connecticut", "missing"), ("Connecticut", "Illinois", "present")],
    ids=["another-states-run-in-part-set-aside", "connecticuts-run-in-part-kept"],
)
def test_a_states_run_in_part_binds_only_that_state(
    library: ClauseLibrary, tmp_path: Path, first: str, second: str, status: str
) -> None:
    paper = _STATES_PARTS.format(PREAMBLE=PREAMBLE, first=first, second=second)
    assert probe.file_statuses(library, tmp_path / "terms.txt", paper)["R11"] == status
