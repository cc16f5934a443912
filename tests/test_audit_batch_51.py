"""Classes of misreading found in batch 51 (tests/corpus/heldout-51/), held out until
2026-12-05 and development since, each read right.

Each case is a sentence of the class, written for the test in words of its own, not a
corpus document's. Each group of sentences is a paragraph of its own.
"""

from __future__ import annotations

import audit_probes as probe
from crec_assemble.audit.layout import pdf_paragraphs

PREAMBLE = 'Maplewood Learning, Inc. ("Maplewood") provides the Service to the School.'

CASES = [  # (requirement, paragraphs, status, id)
    # helpers engaged at will, only confidentiality flowing down to them
    ("R14", ((PREAMBLE,), ("8.1 The Artist may engage an accompanist and a sound technician at "
                           "her discretion, and will ensure that they keep student information "
                           "confidential.",)),
     "weak", "ensure-that-they-keep-it-confidential"),
    # the helper bound by one section, told of in place of consent
    ("R14", ((PREAMBLE,), ("I will not bring another helper who would see student information "
                           "without telling the School first.", "She is bound by this section 6 "
                           "in the same way I am.")),
     "weak", "she-is-bound-by-this-section"),
    # the vendor's own claim denied beside the students' ownership
    ("R11", ((PREAMBLE,), ("Students own the sketchbooks they create in the Service, and "
                           "Maplewood claims no ownership of them.",)),
     "present", "and-maplewood-claims-no-ownership"),
    # terms that speak to each user
    ("R11", ((PREAMBLE,), ("If you are a student, your drawings are yours.",)),
     "present", "your-drawings-are-yours"),
    # the school by its longer name
    ("R1", ((PREAMBLE,), ("Student Data is owned and controlled by the Educational "
                          "Institution.",)),
     "present", "owned-by-the-educational-institution"),
    # the school's principal, told in no time
    ("R6a", ((PREAMBLE,), ("If a class list is lost or stolen, the Artist will let the principal "
                           "of the Host School know promptly.",)),
     "weak", "let-the-principal-of-the-host-school-know"),
    # the school's lists kept safe with the vendor's own measure of care
    ("R5", ((PREAMBLE,), ("We take commercially reasonable precautions to keep your lists "
                          "safe.",)),
     "weak", "precautions-to-keep-your-lists-safe"),
    # Connecticut's law for one kind of dispute only
    ("R9", ((PREAMBLE,), ("Any dispute about fees or cancellations will be settled under "
                          "Connecticut law.",)),
     "weak", "settled-under-connecticut-law"),
    # the deposit kept, no data
    ("R7", ((PREAMBLE,), ("If the Council cancels a program less than fourteen (14) days before "
                          "its date, the deposit for that program is kept.",),
            ("We do not keep student data after the programs are complete.",)),
     "present", "the-deposit-for-that-program-is-kept"),
    # news of its products is no correction of the records
    ("R4", ((PREAMBLE,), ("We may send parents copies of our class newsletter and updates about "
                          "our premium edition.",)),
     "missing", "updates-about-other-titles"),
    # its own products promoted to the students, picked by their play
    ("R13", ((PREAMBLE,), ("We never use student data to target ads, in Maplewood or anywhere "
                           "else.",),
             ("After each level, students see a screen that suggests Maplewood Plus, based on "
              "the puzzles they enjoyed most.",)),
     "weak", "a-screen-that-suggests-maplewood-plus"),
    ("R15a", ((PREAMBLE,), ("We never use student data to target ads, in Maplewood or anywhere "
                            "else.",),
              ("We may show players messages about our premium edition and other Maplewood "
               "games, selected based on each player's progress.",)),
     "weak", "messages-selected-on-progress"),
    ("U1", ((PREAMBLE,), ("We use student data only to run and improve the game and to show "
                          "students a screen that suggests Maplewood Home, based on the puzzles "
                          "they enjoyed most.",)),
     "weak", "suggests-maplewood-home-on-use"),
    # the school as the source of the families' contact details, not told itself
    ("R6b", ((PREAMBLE,), ("If we discover a Security Breach, we will notify the School's "
                           "designated contact within ten (10) business days after discovery.",
                           "We will also notify the affected Students by email within ten (10) "
                           "calendar days after discovery, using the contact details the School "
                           "has given us.")),
     "weak", "the-contact-details-the-school-has-given-us"),
    # the families' notice for directory information, in the breach's paragraph
    ("R6d", ((PREAMBLE,), ("If we discover a breach, we will tell the School within 48 hours.",
                           "If it involves Student Data other than directory information, we "
                           "will also notify the affected students' parents no later than five "
                           "(5) days after discovery.", "If only directory information is "
                           "involved, we will notify parents within thirty (30) days after "
                           "discovery.")),
     "weak", "directory-information-thirty-days"),
    # the merger a section allows, which binds the successor
    ("R15d", ((PREAMBLE,), ("4.7 Maplewood will not sell, rent, lease or trade Student Data.",
                            "A transfer of Student Data to a successor in a merger permitted by "
                            "Section 13.4 is not a sale."),
              ("13.4 Maplewood may assign this Agreement to a successor in a merger, provided "
               "the successor agrees in writing to be bound by this Agreement.",)),
     "present", "a-merger-permitted-by-section-13-4"),
    # de-identified data in papers published with universities
    ("U2", ((PREAMBLE,), ("We may use de-identified data to improve our apps and in research "
                          "papers we publish with university partners.",)),
     "weak", "research-papers-with-university-partners"),
]  # fmt: skip

# Drafting beside each class that keeps its reading.
CONTROLS = [
    # the vendor's own claim, not denied
    ("R11", ((PREAMBLE,), ("Maplewood owns all content that students create in the Service.",)),
     "missing", "maplewood-owns-what-students-create"),
    # helpers at will, nothing flowing down
    ("R14", ((PREAMBLE,), ("The Artist may engage an accompanist and a sound technician at her "
                           "discretion.",)),
     "missing", "helpers-at-her-discretion"),
    # its own products named, picked by nothing the students do
    ("R13", ((PREAMBLE,), ("We never use student data to target ads, in Maplewood or anywhere "
                           "else.",),
             ("Teachers can read about Maplewood Plus on our website.",)),
     "present", "maplewood-plus-on-the-website"),
    # the section named binds no one
    ("R15d", ((PREAMBLE,), ("4.7 Maplewood will not sell, rent, lease or trade Student Data.",
                            "A transfer of Student Data to a successor in a merger permitted by "
                            "Section 13.4 is not a sale."),
              ("13.4 Maplewood may assign this Agreement to a successor in a merger.",)),
     "weak", "a-merger-section-that-binds-no-one"),
    # the fee kept beside data kept
    ("R7", ((PREAMBLE,), ("We keep class lists for thirty (30) days after the program is "
                          "complete.",)),
     "weak", "lists-kept-thirty-days-after"),
]  # fmt: skip

# What a review of batch 50's round found its new readings taking too far, each read right.
REVIEW = [
    # "notices" the verb, not a notice sent
    ("R6a", ((PREAMBLE,), ("If Maplewood notices any unauthorized access to Student Data, it "
                           "will investigate and restore the integrity of its systems within "
                           "twenty-four (24) hours.",)),
     "missing", "if-maplewood-notices-any-access"),
    # a table's families' notice that the school sends
    ("R6c", ((PREAMBLE,), ("Notice: Incident involving student information — By whom: the "
                           "District — To whom: Affected students or their parents — Deadline: "
                           "Within five (5) days after discovery",)),
     "missing", "by-whom-the-district"),
    # the school's own state, in a condition that places it elsewhere
    ("R9", ((PREAMBLE,), ("12.1 This Agreement is governed by the laws of the State of New "
                          "York.",),
            ("12.2 If the School is a charter school organized in California or Arizona, "
             "Section 12.1 does not apply, and this Agreement is governed by the laws of the "
             "state in which the School is located.",)),
     "weak", "a-charter-school-in-california"),
    # the data said not to stay the school's
    ("R1", ((PREAMBLE,), ("Rosters and other student details you upload do not remain yours once "
                          "imported; they become part of Maplewood's database.",)),
     "missing", "do-not-remain-yours"),
    # a confirmation's days that are also the deletion's
    ("R7", ((PREAMBLE,), ("Upon expiration, Maplewood will begin deleting Student Data and within "
                          "ninety (90) days will confirm that no copies remain.",)),
     "weak", "begin-deleting-then-confirm"),
    # provision 7's exception with more beside it
    ("R7", ((PREAMBLE,), ("When the subscription ends, Maplewood will delete all Student Data.",
                          "This Section does not apply to Student-Generated Content that a "
                          "student has chosen to keep in a personal account, or to usage records "
                          "Maplewood keeps for product research.")),
     "weak", "and-usage-records-kept-for-research"),
    ("R7", ((PREAMBLE,), ("When the subscription ends, Maplewood will delete all Student Data.",
                          "This Section does not apply to Student-Generated Content that the "
                          "student's teacher has chosen to keep in the Maplewood Showcase.")),
     "weak", "content-the-teacher-chose-to-keep"),
    # an exception for a right whose reach another term sets
    ("R1", ((PREAMBLE,), ("3.1 As between the parties, the School retains all right, title and "
                          "interest in Student Data, and Maplewood acquires no ownership of or "
                          "control over it, except the right to use it under this Agreement.",),
            ("7.4 The School grants Maplewood a worldwide, royalty-free right to use Student Data "
             "to develop, market and sell Maplewood's other products.",)),
     "weak", "except-the-right-to-use-it-under-this-agreement"),
    # ownership that ends with the account
    ("R11", ((PREAMBLE,), ("Students keep the rights to any photos they upload until their "
                           "account is closed.",)),
     "weak", "until-their-account-is-closed"),
    # the school's staff beside the parents
    ("R2", ((PREAMBLE,), ("Parents, teachers and school administrators can delete a student's "
                          "account and all of its data from the dashboard at any time.",)),
     "present", "parents-teachers-and-school-administrators"),
    # efforts over copies the vendor does not hold, beside a firm deletion on request
    ("R2", ((PREAMBLE,), ("A school administrator may ask Maplewood to delete Student Data by "
                          "emailing privacy@maplewood.example.", "Maplewood will delete the "
                          "requested Student Data from its systems within ten (10) days of the "
                          "request.", "Maplewood will also use reasonable efforts to delete any "
                          "copies the School itself has exported to third-party tools.")),
     "present", "efforts-over-copies-the-school-exported"),
    # games the students build
    ("U1", ((PREAMBLE,), ("Maplewood uses Student Data only to run, maintain and improve the "
                          "Service and to let students build new games in the Game Lab.",)),
     "present", "students-build-new-games"),
    # shared with anyone, partners among them
    ("U2", ((PREAMBLE,), ("We may use de-identified data to improve Maplewood.", "We may share "
                          "de-identified data with any third party, including partners who build "
                          "tools designed for school purposes.")),
     "weak", "any-third-party-including-partners"),
]  # fmt: skip

test_each_class_is_read_right = probe.reads_as_labelled(CASES)
test_the_reviews_findings_are_read_right = probe.reads_as_labelled(REVIEW)
test_the_controls_keep_their_reading = probe.reads_as_labelled(CONTROLS)


def test_an_item_after_a_line_ending_and_goes_on_in_its_sentence() -> None:
    """ "… to subsequent third parties, and" then "(iii) requires …" at a line's start: the
    third condition of an inline list, not a list item of its own."""
    page = (
        "(E) to an entity hired by Maplewood, provided Maplewood contractually (i) prohibits\n"
        "the entity from using Student Data for any other purpose, (ii) prohibits the entity\n"
        "from disclosing Student Data to subsequent third parties, and\n"
        "(iii) requires the entity to maintain the security procedures of Section 7.\n"
    )
    assert len(pdf_paragraphs([page])) == 1
