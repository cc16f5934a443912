"""Classes of misreading found in batch 21 (tests/corpus/heldout-21/), held out until
2026-12-03 and development since, and in the older development batches in the same round,
each read right.

Each case is a sentence of the class, written for the test in words of its own, not a
corpus document's. Each group of sentences is a paragraph of its own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import audit_probes as probe
from crec_assemble.audit.parties import school_names, vendor_names
from crec_assemble.audit.reader import Sentence
from crec_assemble.library.clauses import ClauseLibrary

PREAMBLE = 'Maplewood Learning, Inc. ("Maplewood") provides the Service to the School.'
# A consultant defined as a person acting for a firm, after a school defined at length.
RESIDENCY = (
    "This Agreement is made between the Capitol Region Education Council, acting for the "
    'visual arts program of its host magnet high school (the "Council"), and Juniper Arts '
    "LLC, 22 Elm Street, Northampton, Massachusetts, acting through its principal artist, "
    'Dana Reyes ("Artist").'
)
HOLD = (
    "Maplewood may delay any notice under this Agreement while a law enforcement agency asks it to."
)
BAN = "Maplewood does not serve targeted advertising to students."

CASES = [  # (requirement, paragraphs, status, id)
    # the paper switches the base terms' law-enforcement hold off
    ("R6b", ((PREAMBLE,), (HOLD,),
             ("Section 9 is replaced for Connecticut schools as follows, and the "
              "law-enforcement delay in that Section does not apply: Maplewood shall notify the "
              "School of a breach of Student Data within two (2) calendar days of discovering "
              "it.",)),
     "present", "the-law-enforcement-delay-does-not-apply"),
    # a hold on the families' own notice does not reach the school's
    ("R6b", ((PREAMBLE,),
             ("If Maplewood discovers a breach of Student Data, it will notify the School within "
              "two (2) days after discovery.",
              "Maplewood will notify the affected students' parents within five (5) days after "
              "discovery, unless a law enforcement agency asks it to delay.")),
     "present", "a-hold-on-the-families-notice-only"),
    # a consultant defined as the firm's principal, after a school defined at length
    ("R6b", ((RESIDENCY,),
             ("If Artist learns that Student Information has been lost, stolen or disclosed to "
              "anyone not authorized by this Agreement, Artist shall notify the Council within "
              "five (5) days after she learns of it.",)),
     "present", "the-artist-acting-for-her-studio"),
    # a breach put as data "acquired by an unauthorized person"; a notice the vendor may give
    ("R6c", ((PREAMBLE,),
             ("If Maplewood confirms that Student Data has been acquired by an unauthorized "
              "person, Maplewood will notify the School within two (2) days after confirmation.",
              "Maplewood may, at its option, notify affected Family Users by email.")),
     "weak", "acquired-by-an-unauthorized-person-and-families-told-at-its-option"),
    # whose the data are, the noun left out
    ("R1", ((PREAMBLE,),
            ("The class list and any student information the School gives Maplewood stay the "
             "School's.",)),
     "present", "the-data-stay-the-schools"),
    ("R1", ((PREAMBLE,),
            ("The Student Data are the School's.",
             "They are not the property of Maplewood.")),
     "present", "the-data-are-the-schools"),
    # what students make, named by its kind and added by a parent, or as the student's own
    ("R11", ((PREAMBLE,),
             ("Photos and notes a student or parent adds to the app remain the property of that "
              "student or parent.",)),
     "present", "photos-a-student-or-parent-adds"),
    ("R11", ((PREAMBLE,),
             ("Each student's own sketches and glass test pieces remain the property of that "
              "student.",)),
     "present", "each-students-own-sketches"),
    # a consultant's helpers in plain words, and one bound by some sections only
    ("R14", ((PREAMBLE,),
             ("I will not bring anyone else who would see student information without the "
              "School's written OK, and anybody who works with me has to follow everything in "
              "this letter, the same as me.",)),
     "present", "anyone-else-needs-the-schools-written-ok"),
    ("R14", ((PREAMBLE,),
             ("Maplewood may bring its studio assistant to the sessions.",
              "Maplewood shall ensure that each of them observes Sections 4.3 and 4.4.")),
     "weak", "helpers-who-observe-two-sections"),
    ("R14", ((PREAMBLE,),
             ("Maplewood may bring one assistant to the hands-on session.",
              "The assistant will be bound by the same confidentiality terms as Maplewood.")),
     "weak", "the-assistant-bound-by-confidentiality-alone"),
    # advertising with a student's name or picture
    ("R13", ((PREAMBLE,),
             ("Maplewood will not use any student's name, picture or information in any "
              "advertising.",)),
     "present", "no-students-name-or-picture-in-any-advertising"),
    # the contract's own purposes, and the terms' changes that need the school's agreement
    ("R3", ((PREAMBLE,),
            ("We use School Data only to provide the Service to you and for the other purposes "
             "described in these Terms.",)),
     "present", "the-other-purposes-described-in-these-terms"),
    ("R3", ((PREAMBLE,),
            ("We use Student Data only for the purposes authorized by these Terms.",),
            ("We may update these Terms on thirty days' notice; material changes to how we "
             "handle Student Data apply only with the School's agreement.",)),
     "present", "changes-to-how-data-are-handled-need-the-schools-agreement"),
    ("R3", ((PREAMBLE,),
            ("We use student names and images only for the workshop and, where a family has "
             "signed our media release, in Maplewood's promotional materials.",)),
     "weak", "and-in-promotional-materials"),
    # the family users' review, then the correction the vendor makes after a flag
    ("R4", ((PREAMBLE,),
            ("Family Users can see every entry about their child in the app.",
             "If an entry is wrong, tap Flag and say what should change.",
             "If the teacher has not resolved the flag, Maplewood support will make the "
             "correction within five (5) days after the flag.")),
     "present", "family-users-flag-and-support-corrects"),
    # the school named by a definition: its duty is not the vendor's
    ("R8", ((PREAMBLE,),
            ('"Program" means the preschool, child care center, school district or other '
             "organization that subscribes to the Service.",),
            ("The Program is responsible for complying with the Family Educational Rights and "
             "Privacy Act.",)),
     "missing", "the-program-defined-as-the-school-complies-with-ferpa"),
    # a preschool's data, named by a definition
    ("R15d", ((PREAMBLE,),
              ('"Child Information" means information about an enrolled child entered into the '
               "Service.",),
              ("We do not sell, rent or trade Child Information.",)),
     "present", "information-about-an-enrolled-child"),
    # security taken back
    ("R5", ((PREAMBLE,),
            ("We take steps to protect information, but no security measures are perfect and we "
             "cannot promise that information will never be accessed.",)),
     "weak", "no-security-measures-are-perfect"),
    # the end of the term with the school named, and data kept that identify no student
    ("R7", ((PREAMBLE,),
            ("On the last day of the School's subscription term Maplewood deletes all Student "
             "Data.",)),
     "present", "the-last-day-of-the-schools-subscription-term"),
    ("R7", ((PREAMBLE,),
            ("At the completion of the Services, Maplewood shall destroy all Student Data.",
             "Maplewood may keep its photographs of the trees, provided no student is named or "
             "can be identified in them.")),
     "present", "photographs-that-identify-no-student"),
    # a ban on targeted advertising, excepted by sponsored content picked by what the app holds
    ("R13", ((PREAMBLE,),
             (BAN,
              "We may display Tips sponsored by brands; the Tips a student sees are chosen based "
              "on the appliance type recorded in the app.")),
     "weak", "sponsored-tips-chosen-by-what-the-app-records"),
    # uses beyond the four
    ("U1", ((PREAMBLE,),
            ("Maplewood may use Student Data to provide the Service and, where the School has "
             "switched Showcase on, to feature selected student videos on our social-media "
             "channels.",)),
     "weak", "student-videos-on-our-social-media-channels"),
    ("U1", ((PREAMBLE,),
            ("Maplewood may use Student Data to provide the Service and to train the speech "
             "engine, which we also license to captioning firms.",)),
     "weak", "an-engine-licensed-to-others"),
    ("U2", ((PREAMBLE,),
            ("We may share de-identified data with our supply partners to help them develop "
             "their products.",)),
     "weak", "partners-develop-their-products"),
    # the same round's classes from the older development batches
    ("R3", ((PREAMBLE,),
            ("We use the information we collect only as described in this Policy.",)),
     "weak", "only-as-described-in-this-policy"),
    ("U1", ((PREAMBLE,),
            ("Maplewood may use Student Data: (a) to provide the Service; (b) for the other "
             "operational purposes listed in the Maplewood Privacy Policy.",)),
     "weak", "other-operational-purposes-listed-in-a-policy"),
    ("R15e", ((PREAMBLE,),
              ("We do not share student personal information with advertising networks.",)),
     "weak", "no-sharing-with-advertising-networks-only"),
    ("R4", ((PREAMBLE,),
            ("Parents can review their child's information by contacting their child's teacher "
             "or school.",
             "Maplewood will work with the school to correct inaccurate information.")),
     "weak", "review-through-the-teacher-and-an-untimed-correction"),
    ("R13", ((PREAMBLE,),
             ("We do not use Student Data to target advertising on other websites or apps.",)),
     "weak", "targeting-barred-on-other-websites-only"),
    ("R15e", ((PREAMBLE,),
              ("Maplewood will not disclose Student Data except (a) to the School or (b) as "
               "required or permitted by law.",)),
     "weak", "as-required-or-permitted-by-law"),
    # exceptions that are the contract's own terms, and one that ends where the next promise
    # of the sentence begins
    ("R3", ((PREAMBLE,),
            ("We will not use Student Data for any purpose except the purposes permitted in these "
             "Terms.",)),
     "present", "except-the-purposes-permitted-in-these-terms"),
    ("R3", ((PREAMBLE,),
            ("Maplewood will not use Student Data for any purpose other than those authorized by "
             "the Order Form, will not collect or store Student Data except to further school "
             "purposes, and will apply the same limits to every copy of Student Data.",)),
     "present", "an-exception-ends-at-the-next-promise"),
    ("R14", ((PREAMBLE,),
             ("Maplewood may not assign this Agreement or have another therapist provide the "
              "Services without the School's written consent.",)),
     "weak", "another-therapist-with-written-consent"),
    ("R14", ((PREAMBLE,),
             ("If Maplewood needs a substitute instructor, it will notify the School in writing.",
              "Any substitute will be bound by Section 4 of this Agreement.")),
     "weak", "a-substitute-on-notice-bound-by-one-section"),
    ("R14", ((PREAMBLE,),
             ("Maplewood will tell the School the name of the co-facilitator before each session, "
              "and every co-facilitator signs a confidentiality pledge.",)),
     "weak", "a-co-facilitator-named-beforehand"),
]  # fmt: skip


# Drafting near each class that already read right, and must stay so.
CONTROLS = [  # (requirement, paragraphs, status, id)
    ("R6b", ((PREAMBLE,),
             ("If Maplewood discovers a breach of Student Data, it will notify the School within "
              "two (2) days after discovery, unless a law enforcement agency asks it to "
              "delay.",)),
     "weak", "a-hold-on-the-schools-notice"),
    ("R6c", ((PREAMBLE,),
             ("Maplewood will notify the affected students' parents within two (2) days after "
              "discovering a breach of Student Data, unless a law enforcement agency asks it to "
              "delay.",)),
     "weak", "a-hold-on-the-families-notice"),
    ("R1", ((PREAMBLE,),
            ("Backups of Student Data stay the School's responsibility.",)),
     "missing", "the-schools-responsibility-is-no-ownership"),
    ("R11", ((PREAMBLE,),
             ("A student who turns 18 may move the student's own writing to a personal "
              "account.",)),
     "missing", "the-students-own-writing-moved"),
    ("R3", ((PREAMBLE,),
            ("We use School Data only to provide the Service to you and for the other purposes "
             "described in our Privacy Policy.",)),
     "weak", "the-other-purposes-described-in-a-policy"),
    ("R3", ((PREAMBLE,),
            ("Maplewood will use Student Data solely to provide the Services and for no other "
             "purpose, except as Section 3.3 allows.",)),
     "weak", "except-as-another-section-allows"),
    ("R4", ((PREAMBLE,),
            ("Parents may review the student's information and challenge its accuracy by "
             "making a request to the School.",
             "Maplewood will provide the records to the School, and make any correction the "
             "School directs, within ten (10) days.")),
     "weak", "corrections-the-school-directs"),
    ("R13", ((PREAMBLE,), (BAN,)), "present", "a-ban-with-no-exception"),
    ("U2", ((PREAMBLE,),
            ("We may use de-identified data to improve the Service.",)),
     "present", "de-identified-data-to-improve-the-service"),
    ("R3", ((PREAMBLE,),
            ("Maplewood shall use student records solely to complete the evaluation described in "
             "this Statement of Work.",)),
     "present", "described-in-this-statement-of-work"),
    ("R13", ((PREAMBLE,),
             ("We do not use Student Data to target advertising on other websites or apps.",
              "We do not use Student Data to target advertising in the Service.")),
     "present", "targeting-barred-elsewhere-and-in-the-service"),
    # a review's findings: drafting the round's first patterns misread
    ("R1", ((PREAMBLE,),
            ("Obtaining any parental consent required before Student Data is entered into the "
             "Service remains the School's.",)),
     "missing", "obtaining-consent-remains-the-schools"),
    ("R1", ((PREAMBLE,),
            ("The choice of which Student Data to upload stays the School's, and Maplewood will "
             "not second-guess it.",)),
     "missing", "the-choice-stays-the-schools"),
    ("R11", ((PREAMBLE,),
             ("Responsibility for the essays and drawings a student uploads remains the "
              "student's, and Maplewood does not review them.",)),
     "missing", "responsibility-remains-the-students"),
    ("R11", ((PREAMBLE,),
             ("Each student's own drawings and essays remain subject to the School's review "
              "before publication.",
              "A student's own work remains visible only to the student and the teacher.")),
     "missing", "the-students-own-work-remains-visible"),
    ("R14", ((PREAMBLE,),
             ("The Consultant will not use any assistant or subcontractor without the District's "
              "prior written consent.",
              "The Consultant will be bound by all the terms of this Agreement for as long as the "
              "Consultant holds Student Data.")),
     "weak", "the-consultant-itself-bound"),
    ("R14", ((PREAMBLE,),
             ("Maplewood may engage a graduate assistant with the District's prior written "
              "consent.",
              "The assistant will be bound by a confidentiality agreement.")),
     "weak", "the-assistant-bound-by-a-confidentiality-agreement"),
    ("R14", ((PREAMBLE,),
             ('"Subprocessor" means any company that processes data for a school district.',),
             ("Maplewood may engage Subprocessors to host the Service.",
              "Maplewood will notify the District thirty (30) days before engaging a new "
              "Subprocessor.")),
     "weak", "a-subprocessor-defined-by-the-districts-it-serves"),
    ("R13", ((PREAMBLE,),
             ("Maplewood does not engage in targeted advertising to students.",
              "The Service shows no sponsored content, and no sponsored content is ever selected "
              "based on anything recorded in the Service.")),
     "present", "no-sponsored-content-selected"),
    ("R13", ((PREAMBLE,),
             ("Maplewood does not engage in targeted advertising to students.",
              "Sponsors have no say in which lessons a student sees; lessons are selected by the "
              "teacher based on the skills recorded in each student's plan.")),
     "present", "sponsors-have-no-say"),
    ("R13", ((PREAMBLE,),
             ("We do not use Student Data to target advertising on other websites or apps, and "
              "the Service itself contains no advertising of any kind.",)),
     "present", "elsewhere-barred-and-no-advertising-in-the-service"),
    ("R6b", ((PREAMBLE,),
             ("Maplewood will notify the District within five (5) calendar days after "
              "discovering any unauthorized release, disclosure or acquisition of Student Data.",),
             ("Maplewood may delay any notice, including its notice to parents, while a law "
              "enforcement agency asks it to.",)),
     "weak", "a-hold-on-any-notice-including-the-parents"),
    ("R6b", ((PREAMBLE,),
             ("Maplewood will notify the District within five (5) calendar days after "
              "discovering any unauthorized release, disclosure or acquisition of Student Data.",
              "Maplewood may delay its notice to the District for as long as a law enforcement "
              "agency requests a delay."),
             ("Maplewood will notify affected parents within five (5) days after discovery; the "
              "law enforcement delay in this Section does not apply to that notice.",)),
     "weak", "the-hold-switched-off-for-the-parents-notice-only"),
    ("R6b", ((PREAMBLE,),
             ("Maplewood will notify the District within five (5) calendar days after "
              "discovering any unauthorized release, disclosure or acquisition of Student Data.",
              "If a law enforcement agency asks Maplewood to delay notice, Maplewood will delay "
              "it; the law enforcement delay shall not apply for more than sixty (60) days.")),
     "weak", "a-hold-capped-at-sixty-days"),
    ("R4", ((PREAMBLE,),
            ("Parents may review their child's Student Data in the Parent Portal at any time, and "
             "questions about the District's own records may be directed to the District.",
             "Maplewood will correct any erroneous information a parent reports through the "
             "Portal.")),
     "present", "review-in-the-portal-beside-the-districts-own-records"),
    ("R15e", ((PREAMBLE,),
              ("Maplewood will not disclose Student Data to any third party, and will not share "
               "it with advertisers.",)),
     "present", "no-third-party-and-no-advertisers"),
    ("U2", ((PREAMBLE,),
            ("Maplewood may use de-identified Student Data to help participating schools develop "
             "their own services and improve the Service.",)),
     "present", "helping-schools-develop-their-own-services"),
    ("R3", ((PREAMBLE,),
            ("Except as otherwise permitted by applicable law, Maplewood will use Student Data "
             "only to provide the Services to the School.",)),
     "weak", "except-as-the-law-permits-then-the-promise"),
    ("R15e", ((PREAMBLE,),
              ("Maplewood will not disclose Student Data except (a) to the School or (b) as "
               "required by law.",)),
     "present", "as-required-by-law"),
    ("R14", ((PREAMBLE,),
             ("A substitute teacher from the School will be present at each session.",)),
     "missing", "the-schools-substitute-teacher"),
    # a second review's findings: exceptions that are no contract's own terms, a next promise
    # that grants what the first denied, and the school's own people
    ("R15d", ((PREAMBLE,),
              ("Maplewood will not sell, rent or trade Student Data except as described in the "
               "Agreement or our Privacy Policy.",)),
     "weak", "except-as-the-agreement-or-our-privacy-policy-describes"),
    ("R15d", ((PREAMBLE,),
              ("Maplewood will not sell, rent or trade Student Data except as permitted by the "
               "Partner Agreement.",)),
     "weak", "except-as-a-partner-agreement-permits"),
    ("R15d", ((PREAMBLE,),
              ("Maplewood will not sell, rent or trade Student Data except to provide the services "
               "of our partners.",)),
     "weak", "except-to-provide-our-partners-services"),
    ("R15d", ((PREAMBLE,),
              ("We will not sell, rent or trade Student Data unless required to do otherwise by "
               "company policy or law.",)),
     "weak", "unless-company-policy-requires"),
    ("R3", ((PREAMBLE,),
            ("Maplewood will use Student Data only to provide the Service, except as you direct, "
             "our partners request, or as required by law.",)),
     "weak", "except-as-our-partners-request"),
    ("R15d", ((PREAMBLE,),
              ("Maplewood will not sell, rent or trade Student Data except as required by law, and "
               "we will rent Student Data to our research partners for a fee.",)),
     "weak", "the-next-promise-rents-what-the-first-denied"),
    ("R15d", ((PREAMBLE,),
              ("Maplewood will not sell, rent, trade or otherwise transfer Student Data except to "
               "its service providers, who will be contractually bound to the same terms.",)),
     "present", "service-providers-who-will-be-bound"),
    ("R14", ((PREAMBLE,),
             ("Maplewood will not subcontract any part of this work.",
              "Maplewood will meet with each co-facilitator the School provides before the first "
              "group, and each co-facilitator will remain bound by the School's own "
              "confidentiality obligations.")),
     "present", "co-facilitators-the-school-provides"),
    ("R14", ((PREAMBLE,),
             ("The School may have other tutors work with the same students, subject to the "
              "School's confidentiality policy.",
              "If a student cannot work with clay, Maplewood will use substitute materials "
              "approved in writing by the School.")),
     "missing", "the-schools-tutors-and-substitute-materials"),
    ("R14", ((PREAMBLE,),
             ("Maplewood will use the AI tutor to answer student questions only where the School "
              "has given its prior written consent.",)),
     "missing", "an-ai-tutor-is-no-subcontractor"),
    # (weak until 2026-12-04; practices with no standard named at all are missing since, as
    # outside readers label them: the readings table)
    ("R12", ((PREAMBLE,),
             ("Maplewood protects Student Data with encryption in transit and at rest and "
              "limits which staff can see it.",)),
     "missing", "practices-with-no-standard"),
]  # fmt: skip


test_each_class_is_read_right = probe.reads_as_labelled(CASES)
test_the_controls_keep_their_reading = probe.reads_as_labelled(CONTROLS)


def _sentences(*texts: str) -> list[Sentence]:
    return probe.apart(*texts)


def test_a_school_named_by_a_definition_is_the_school() -> None:
    sentences = _sentences(
        PREAMBLE,
        '"Program" means the preschool, child care center, school district or other '
        "organization that subscribes to the Service.",
        '"Student" means a child enrolled in a school district that subscribes.',
    )
    assert school_names(sentences, vendor_names(sentences)) == ("Program",)


# A Markdown list item's indented lines carry it on, though the list's lines run past 100
# columns (which would read each line of an unwrapped file as a paragraph); the reader does
# that, so these cases are read from a file.
_LIST = (
    "{PREAMBLE}\n\n## 9. Your choices\n\n"
    "- **Deletion by the School.** The School may request deletion of any Student\n"
    "  Data by a written request to privacy@example.org signed by an administrator of the School.\n"
    "  We will delete the data within ten (10) business days and confirm the deletion in writing.\n"
    "- **When the Program ends.** At the end of the term each student account closes and we keep "
    "nothing more.\n"
)
# "We share it only:" after the data are named is a limit on disclosure, its items the cases.
_SHARED_ONLY = (
    "{PREAMBLE}\n\n## 5. Sharing\n\nWe do not sell or rent student information. We share it "
    "only:\n\n"
    "- with service providers that host the Service;\n"
    "- when we believe in good faith that the law requires it; and\n"
    "- in connection with a merger or sale of assets.\n"
)


def test_a_list_items_indented_lines_are_one_paragraph(
    library: ClauseLibrary, tmp_path: Path
) -> None:
    paper = _LIST.format(PREAMBLE=PREAMBLE)
    assert probe.file_statuses(library, tmp_path / "terms.md", paper)["R2"] == "present"


@pytest.mark.parametrize(
    ("requirement", "status"), [("R15e", "weak")], ids=["we-share-it-only-beyond-the-six"]
)
def test_a_limit_on_it_after_the_data_are_named(
    library: ClauseLibrary, tmp_path: Path, requirement: str, status: str
) -> None:
    paper = _SHARED_ONLY.format(PREAMBLE=PREAMBLE)
    assert probe.file_statuses(library, tmp_path / "terms.md", paper)[requirement] == status
