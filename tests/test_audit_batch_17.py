"""Classes of misreading found in batch 17 (tests/corpus/heldout-17/), held out until
2026-12-03 and development since, and the same classes in the older development batches,
each read right.

Each case is a sentence of the class, written for the test in words of its own, not a
corpus document's. Each group of sentences is a paragraph of its own; the reader's classes
(a hard-wrapped section, a table of contents, a state's exhibit) are read from whole files.
"""

from __future__ import annotations

from pathlib import Path

import audit_probes as probe
from crec_assemble.audit.layout import pdf_paragraphs
from crec_assemble.audit.reader import read_sentences
from crec_assemble.library.clauses import ClauseLibrary

PREAMBLE = 'Maplewood Learning, Inc. ("Maplewood") provides the Service to the School.'
EVALUATOR = 'Birchway Research LLC (the "Evaluator") will evaluate the program.'

CASES = [  # (requirement, paragraphs, status, id)
    # 15(c): a collection limit with the vendor's own products beside the school's purposes,
    # its name read as "Contractor" (weak)
    ("R15c", ((PREAMBLE,), ("We collect and keep Student Data only for School Purposes and to "
                            "improve and develop Maplewood products.",)),
     "weak", "collected-to-develop-the-vendors-named-products"),
    # U1: uses that sell and promote the vendor itself (weak)
    ("U1", ((PREAMBLE,), ("We use Student Data to run the Service, to sell season passes, and to "
                          "promote Maplewood on our home page.",)),
     "weak", "used-to-sell-passes-and-promote-the-vendor"),
    # 8: the school's own duty under FERPA, acknowledged, with no promise of the vendor's
    ("R8", (("We understand that the District must comply with FERPA and its own records "
             "policy, and we will follow the District's decisions on what it shares with us.",),),
     "missing", "understands-the-school-must-comply-with-ferpa"),
    # 6(b): a period held to only "where practicable", before or after it (weak)
    ("R6b", (("If we learn of a breach of security affecting Student Data, we will notify the "
              "School without undue delay and, where practicable, within 48 hours of learning "
              "of it.",),),
     "weak", "a-period-held-to-only-where-practicable"),
    ("R6b", (("If we discover a breach of security affecting Student Data, we will notify the "
              "School within 72 hours of discovery where feasible.",),),
     "weak", "where-feasible-after-the-period"),
    # 3: the consultant's own research beside the contracted work (weak)
    ("R3", ((EVALUATOR,), ("The Evaluator shall use Program Data only to carry out the evaluation "
                           "and for the Evaluator's related research and scholarly articles.",)),
     "weak", "used-for-the-consultants-related-research"),
    # 2: "to delete …, email …", then a request the vendor need only consider (weak)
    ("R2", (("Teachers can remove a class from the Dashboard at any time.",),
            ("To delete all of the District's data, email help@example.com. We will consider "
             "such requests in light of our retention practices.",)),
     "weak", "to-delete-email-us-and-we-will-consider-it"),
    ("R2", (("To delete all of the District's data, email help@example.com. We delete the data "
             "within ten days of the request.",),),
     "present", "to-delete-email-us-and-we-delete-it"),
    # 14: consent, but only one article's restrictions flowing down (weak)
    ("R14", (("7.1 Consultant shall not subcontract any part of the Services without the prior "
              "written consent of the Board.", "Each approved subcontractor shall agree in "
              "writing to the same restrictions that apply to Consultant under Article 5."),),
     "weak", "the-same-restrictions-under-one-article"),
    # 7: working papers kept "for a minimum of" years after the report (weak)
    ("R7", (("Records you provide to us remain the property of the Board, and we will return "
             "originals at the end of the engagement.",),
            ("We retain working papers for a minimum of seven (7) years after the report date, "
             "as our firm policy requires.",)),
     "weak", "working-papers-kept-for-a-minimum-of-years"),
    # U1: offers from the vendor's partners presented to families (weak)
    ("U1", ((PREAMBLE,), ("4.2 The authorized purposes are: producing the livestream; printing "
                          "diplomas; and presenting keepsake offers to families, including "
                          "offers from our Partners for class rings.",)),
     "weak", "offers-from-its-partners-presented-to-families"),
    # 11: the vendor's ownership disclaimed, then the students' stated (present)
    ("R11", (("Student records and student-generated content are not the property of, or under "
              "the control of, Provider.", "All student-generated content shall be the property "
              "of the student or the parent or legal guardian of the student."),),
     "present", "disclaimed-then-the-students-own-it"),
    # 11: "as between" the vendor and the school, the school owns the students' content
    ("R11", (("As between Maplewood and the School, the School owns all Student Data, including "
              "Student Content, and controls how it is used.",),),
     "missing", "as-between-them-the-school-owns-student-content"),
    # 9: the law of the state where the school is, for the whole contract: Connecticut's
    ("R9", (("These Terms are governed by the laws of the State of Oregon.",),
            ("For a public school customer, these Terms and the rights and duties of both "
             "parties are governed by the laws of the state in which the Customer is "
             "located.",)),
     "present", "governed-by-the-law-of-the-schools-own-state"),
]  # fmt: skip

CONTROLS = [  # the same words, where they mean what they say (many from a review of the change)
    ("R15c", ((PREAMBLE,), ("We collect and keep Student Data only for School Purposes.",)),
     "present", "collected-only-for-school-purposes"),
    ("R3", ((EVALUATOR,), ("The Evaluator shall use Program Data only to carry out the evaluation "
                           "and shall not use it for its own research.",)),
     "present", "its-own-research-denied"),
    # research the contract itself names
    ("R3", ((EVALUATOR,), ("The Evaluator shall use Program Data only to conduct the evaluation "
                           "and to answer its research questions as set out in Exhibit A.",)),
     "present", "its-research-questions-are-the-evaluation"),
    ("R8", (("We understand that the District is subject to FERPA.",),
            ("We will comply with FERPA in handling Student Data.",)),
     "present", "the-vendors-own-promise-beside-the-schools-duty"),
    # the vendor's own FERPA promise beside the school's duty, in the same sentence
    ("R8", ((PREAMBLE,), ("Maplewood understands that the School must comply with FERPA; "
                          "accordingly, Maplewood will comply with FERPA in performing the "
                          "Services.",)),
     "present", "the-schools-duty-and-the-vendors-promise-in-one-sentence"),
    ("R6b", (("If we learn of a breach of security affecting Student Data, we will notify the "
              "School as soon as possible and within 48 hours, and, where practicable, will "
              "name the students affected.",),),
     "present", "only-the-details-where-practicable"),
    # a firm limit beside a target held to only where possible
    ("R6b", (("If we discover a breach of security affecting Student Data, we will notify the "
              "School, if possible within 24 hours, and in any event no later than five (5) "
              "calendar days after discovery.",),),
     "present", "a-target-where-possible-and-a-firm-limit"),
    # the period held to only where feasible, whatever else the sentence says "within"
    ("R6b", (("If we discover a breach of security affecting Student Data held within our "
              "systems, we will notify the School without undue delay and, where feasible, "
              "within 72 hours of discovery.",),),
     "weak", "where-feasible-with-another-within-in-the-sentence"),
    ("R6b", (("If we discover a breach of security affecting Student Data, we will notify the "
              "School within 72 hours of discovery, where feasible.",),),
     "weak", "where-feasible-after-a-comma"),
    # another duty of the vendor's, not FERPA
    ("R8", ((PREAMBLE,), ("Maplewood acknowledges that the School must comply with FERPA and that "
                          "Maplewood must comply with the School's data governance policies.",)),
     "missing", "the-vendor-complies-with-the-schools-policies-not-ferpa"),
    # a further purpose denied
    ("R15c", ((PREAMBLE,), ("Maplewood shall collect and store Student Data only to provide the "
                            "Services, and shall not use Student Data to develop other Maplewood "
                            "products.",)),
     "present", "developing-its-products-denied"),
    # the school's own state's law only so far as the default is unenforceable
    ("R9", (("This Agreement is governed by the laws of the State of California; provided that, "
             "where Customer is a public school district, this Agreement is governed by the laws "
             "of the state in which Customer is located only to the extent California law would "
             "be unenforceable against Customer.",),),
     "weak", "the-schools-state-law-only-to-the-extent"),
    ("R2", (("To delete your child's information, please contact your child's school.",),),
     "missing", "to-delete-contact-your-childs-school"),
    ("R14", (("7.1 Consultant shall not subcontract any part of the Services without the prior "
              "written consent of the Board.", "Each approved subcontractor shall agree in "
              "writing to the same terms that apply to Consultant under this Agreement."),),
     "present", "the-same-terms-under-this-agreement"),
    ("R11", (("Student records and student-generated content are not the property of, or under "
              "the control of, Provider.",),),
     "weak", "only-disclaimed"),
    ("U1", ((PREAMBLE,), ("Maplewood may use Student Data to maintain, support and improve the "
                          "Service and to present each student's results to the School.",)),
     "present", "presenting-results-to-the-school"),
    # (from a third review) a whole flow-down that names one section among all; the school's
    # own records kept for years; unpaid programmes presented; a student party to "as
    # between"; the students' ownership with a licence for any purpose
    ("R14", (("7.1 Consultant shall not subcontract any part of the Services without the prior "
              "written consent of the Board.", "Each approved subcontractor shall agree in "
              "writing to the same restrictions that apply to Consultant under Section 5 and all "
              "other provisions of this Agreement."),),
     "present", "one-section-and-all-other-provisions"),
    ("R7", (("Upon termination of this Agreement, we shall delete all Student Data and certify "
             "the deletion in writing.",),
            ("The School shall retain its own education records for a minimum of five (5) years "
             "as its records schedule requires.",)),
     "present", "the-school-keeps-its-own-records-for-years"),
    ("U1", ((PREAMBLE,), ("Maplewood may use Student Data to maintain, support and improve the "
                          "Service, including presenting students with degree programs that "
                          "match their interests.",)),
     "present", "presenting-programs-that-match-interests"),
    ("R11", ((PREAMBLE,), ("As between Maplewood and the student, the student owns all Student "
                           "Content.",)),
     "present", "as-between-the-vendor-and-the-student"),
    ("R11", ((PREAMBLE,), ("Student-generated content is not the property of Maplewood.",
                           "Students own the copyright in their work."),
             ("Maplewood may use Student Content for any purpose, including marketing.",)),
     "weak", "the-students-own-it-but-the-vendor-may-use-it-for-any-purpose"),
    # a confirmation of the deletion after the end keeps nothing
    ("R7", ((PREAMBLE,), ("Upon termination of this Agreement, Maplewood shall delete all "
                          "Student Data.", "Following termination, Maplewood will send the "
                          "School written confirmation of the deletion within thirty (30) "
                          "days.")),
     "present", "a-confirmation-after-the-end"),
    # selling on the school's behalf is the service
    ("U1", ((PREAMBLE,), ("Maplewood may use Student Data to maintain, support and improve the "
                          "Service and to sell season passes to School events on the School's "
                          "behalf.",)),
     "present", "selling-passes-on-the-schools-behalf"),
    # the school's own deletion, not a request to the vendor
    ("R2", (("To delete a student's account, contact your School administrator, who controls the "
             "data.",),),
     "missing", "to-delete-contact-your-school-administrator"),
    # the school's own state's law for part of the contract, for a private school, or beside
    # another state's for part; or a promise to comply with it
    ("R9", (("The privacy provisions of this Agreement are governed by the laws of the state in "
             "which the School is located.",),),
     "weak", "the-schools-state-law-for-the-privacy-provisions-only"),
    ("R9", (("If the Customer is a private school, these Terms are governed by the laws of the "
             "state in which the Customer is located.",),
            ("Otherwise these Terms are governed by the laws of the State of California.",)),
     "weak", "the-schools-state-law-for-a-private-school"),
    ("R9", (("These Terms are governed by the laws of the state in which the Customer is located. "
             "Notwithstanding the foregoing, any dispute about fees is governed by the laws of "
             "the State of California.",),),
     "weak", "the-schools-state-law-and-californias-for-fees"),
    ("R9", (("These Terms are governed by the laws of the State of Oregon.",),
            ("We will comply with the student privacy laws of the state in which the Customer "
             "is located.",)),
     "weak", "complies-with-the-schools-state-law-oregon-governs"),
]  # fmt: skip


test_each_class_is_read_right = probe.reads_as_labelled(CASES)
test_the_controls_keep_their_reading = probe.reads_as_labelled(CONTROLS)


HARD_WRAPPED = """\
1. SERVICES
    1.1 Provider will host the School's course sign-ups on its
    platform and will answer support e-mail on school days.

2. DEFINITIONS
    2.1 "Roster Records" means the names, grades and e-mail addresses
    of the School's students that Provider receives.
    2.2 "Term" means one school year.

3. USE
    3.1 Provider shall not use Roster Records for any purpose other
    than running the School's sign-ups under this Agreement.
    3.2 Provider shall keep Roster Records confidential, as agreed
    under Section
    2.1 of the Order Form.
"""


CITATION_WRAPPED = """\
Except as provided in Section
4.4 of the Master Agreement, Maplewood shall use Student
Data only to provide the Service to the School.
"""


def test_a_citation_wrapped_onto_a_line_starts_no_subsection(
    library: ClauseLibrary, tmp_path: Path
) -> None:
    """ "… as provided in Section / 4.4 of …" is one sentence: its exception stays with it."""
    statuses = probe.file_statuses(library, tmp_path / "wrapped.txt", CITATION_WRAPPED)
    assert statuses["R3"] == "weak"


def test_a_hard_wrapped_sections_subsections_are_read_apart(
    library: ClauseLibrary, tmp_path: Path
) -> None:
    """Without blank lines between them, "2. DEFINITIONS" ran into "2.1 "Roster Records"
    means …", so the definition was never read as one and its term was no student data."""
    assert probe.file_statuses(library, tmp_path / "wrapped.txt", HARD_WRAPPED)["R3"] == "present"
    # a number at the start of a wrapped line, in mid-sentence, starts nothing
    sentences = read_sentences(tmp_path / "wrapped.txt")
    assert any(s.text.endswith("under Section 2.1 of the Order Form.") for s in sentences)


CONTENTS = """\
# Maplewood for Schools

## Contents

1. [The Service](#1-the-service)
2. [Access, correction and deletion](#2-access)
3. [When your subscription ends](#3-end)

## 1. The Service

Maplewood hosts design projects for classes.

## 2. Access, correction and deletion

The School may ask us to delete Student Data by e-mail to privacy@example.com, and we delete
it within ten days.

## 3. When your subscription ends

We delete Student Data within 30 days after your subscription ends.
"""


def test_a_table_of_contents_promises_nothing(library: ClauseLibrary, tmp_path: Path) -> None:
    """The contents' links ran together into one sentence naming deletion and the end of the
    subscription, which read as a promise to delete at the end."""
    statuses = probe.file_statuses(library, tmp_path / "terms.md", CONTENTS)
    assert statuses["R7"] == "weak"


EXHIBIT_G = "Exhibit G - Connecticut Supplemental Terms"
# The exhibit's own opening: it controls where it differs from the model.
CONTROLS_THE_MODEL = (
    "G.1 This Exhibit applies when the LEA is in Connecticut; where it differs from the "
    "Standard Clauses, it controls."
)


def _model_and_exhibit(model: str, heading: str, *exhibit: str) -> str:
    """A national model agreement's general terms and one of its clauses, then a Connecticut
    exhibit under ``heading``."""
    return "\n\n".join([probe.general_terms(20), model, heading, *exhibit])


def _with_connecticut_exhibit(heading: str, retention: str) -> str:
    disposal = ("4.4 Upon termination of the Service Agreement, the Provider shall dispose of "
                "all Student Data within sixty (60) days.")  # fmt: skip
    return _model_and_exhibit(disposal, heading, CONTROLS_THE_MODEL, retention)


def test_a_connecticut_exhibit_after_a_national_model_wins_where_it_differs(
    library: ClauseLibrary, tmp_path: Path
) -> None:
    """The exhibit's own promise decides over the model's sixty days, whatever the exhibit's
    heading calls it."""
    promise = ("G.3 Student Data shall not be retained or available to the Provider upon "
               "completion of the contracted services.")  # fmt: skip
    for n, heading in enumerate(
        (
            "Exhibit G - Connecticut Supplemental Terms",
            "EXHIBIT G: SUPPLEMENTAL STATE TERMS FOR CONNECTICUT (Version 2)",
            'EXHIBIT "G" Supplemental SDPC State Terms for Connecticut',
            "Exhibit G: State-Specific Terms: Connecticut",
            "Exhibit G - Supplemental Terms for Connecticut LEAs, Version 1.0",
        )
    ):
        text = _with_connecticut_exhibit(heading, promise)
        assert probe.file_statuses(library, tmp_path / f"ndpa{n}.txt", text)["R7"] == "present"


def test_the_exhibits_exception_for_the_models_disposal_keeps_its_sixty_days(
    library: ClauseLibrary, tmp_path: Path
) -> None:
    """ "… except as set out in Article IV, Section 4.4" brings back the sixty days: a control
    on the exhibit's reading first, which the rules before batch 17 read weak for the model's
    own clause."""
    promise = ("G.3 Student Data shall not be retained or available to the Provider after "
               "completion of the contracted services except as set out in Article IV, Section "
               "4.4.")  # fmt: skip
    text = _with_connecticut_exhibit(EXHIBIT_G, promise)
    assert probe.file_statuses(library, tmp_path / "ndpa.txt", text)["R7"] == "weak"


def test_a_sentence_naming_the_exhibit_opens_no_section(
    library: ClauseLibrary, tmp_path: Path
) -> None:
    """ "Exhibit G supplements them for Connecticut." in the opening terms is no heading: read
    as one, it began Connecticut's section too early to stand beside the general terms."""
    promise = ("G.3 Student Data shall not be retained or available to the Provider upon "
               "completion of the contracted services.")  # fmt: skip
    text = "Exhibit G supplements them for Connecticut.\n\n" + _with_connecticut_exhibit(
        EXHIBIT_G, promise
    )
    assert probe.file_statuses(library, tmp_path / "ndpa.txt", text)["R7"] == "present"


def test_a_table_of_contents_under_its_own_title_with_page_links(
    library: ClauseLibrary, tmp_path: Path
) -> None:
    contents = CONTENTS.replace("## Contents\n\n", "**Table of Contents**\n").replace(
        "](#", "](https://example.com/terms#"
    )
    assert "**Table of Contents**\n1. [The Service](https://" in contents
    assert probe.file_statuses(library, tmp_path / "terms.md", contents)["R7"] == "weak"


BREACH_SECTION = """\
TrayLine Inc. ("TrayLine") provides the Service to the School.

9.1 If TrayLine discovers that Student Data under its control has been subject to unauthorized
release, disclosure or acquisition, TrayLine will notify the School within five (5) days of
discovery.

9.2 Notice to families.

{notice}
"""


def test_the_vendors_notice_to_the_affected_families_in_the_next_subsection(
    library: ClauseLibrary, tmp_path: Path
) -> None:
    """A subsection of the breach's section that tells the affected families is about the
    breach, though it does not name it again; the school's own notice, which the vendor only
    helps with, is still none of the vendor's."""
    notice = BREACH_SECTION.format(
        notice="Where TrayLine possesses or maintains the affected Student Data as a result of "
        "a student's use of the Service, TrayLine will itself notify the affected students and "
        "their parents or guardians, without unreasonable delay, and not more than five (5) "
        "days after discovery."
    )
    assert probe.file_statuses(library, tmp_path / "own.txt", notice)["R6c"] == "present"
    helps = BREACH_SECTION.format(
        notice="TrayLine shall cooperate with the School in the School's notification of "
        "affected students and parents."
    )
    assert probe.file_statuses(library, tmp_path / "helps.txt", helps)["R6c"] == "missing"


MAINTENANCE = """\
Maplewood Learning, Inc. ("Maplewood") provides the Service to the School.

9.1 If Maplewood discovers a breach of security affecting Student Data, Maplewood will notify
the School within two (2) days of discovery.

9.2 Maplewood will notify affected users of scheduled maintenance at least 48 hours in advance.
"""


def test_a_notice_of_something_else_in_the_breach_section_is_no_families_notice(
    library: ClauseLibrary, tmp_path: Path
) -> None:
    statuses = probe.file_statuses(library, tmp_path / "terms.txt", MAINTENANCE)
    assert (statuses["R6c"], statuses["R6d"]) == ("missing", "missing")


def test_promises_written_as_links_are_no_table_of_contents(
    library: ClauseLibrary, tmp_path: Path
) -> None:
    pledge = (
        "Maplewood Learning, Inc. provides the Service to the School.\n\nOur commitments:\n\n"
        "- [Maplewood shall use Student Data only to provide the Service.]"
        "(https://example.com/pledge#use)\n"
        "- [Maplewood will delete all Student Data upon termination of the Agreement.]"
        "(https://example.com/pledge#delete)\n"
    )
    assert probe.file_statuses(library, tmp_path / "pledge.md", pledge)["R3"] == "present"


def test_a_pdfs_lettered_exhibit_heading_stands_apart() -> None:
    """ "Exhibit G - Connecticut Supplemental Terms" on a line of its own is the exhibit's
    heading, so the section it opens is Connecticut's; "Exhibit F - Data Security. Provider
    has adopted …" runs on into its text."""
    page = (
        "Exhibit F - Data Security. Provider has adopted the NIST framework and\n"
        "undergoes an annual assessment against it.\n"
        "Exhibit G - Connecticut Supplemental Terms\n"
        "This Exhibit applies to every LEA located in Connecticut and amends the DPA.\n"
    )
    assert [text for _, text in pdf_paragraphs([page])] == [
        "Exhibit F - Data Security. Provider has adopted the NIST framework and\n"
        "undergoes an annual assessment against it.",
        "Exhibit G - Connecticut Supplemental Terms",
        "This Exhibit applies to every LEA located in Connecticut and amends the DPA.",
    ]


def test_the_connecticut_exhibits_disclosure_limit_wins_over_the_models(
    library: ClauseLibrary, tmp_path: Path
) -> None:
    """The model's "other than as directed or permitted by the LEA" reaches beyond the six
    cases; the exhibit's limit in the statute's words, which controls, is the provision."""
    model = ("4.3 Provider shall not re-disclose Student Data other than as directed or "
             "permitted by the LEA or this DPA.")  # fmt: skip
    text = _model_and_exhibit(model, EXHIBIT_G, CONTROLS_THE_MODEL, probe.SIX_CASES)
    assert probe.file_statuses(library, tmp_path / "ndpa.txt", text)["R15e"] == "present"


def test_a_connecticut_limit_on_part_of_the_data_leaves_the_wider_one(
    library: ClauseLibrary, tmp_path: Path
) -> None:
    """The exhibit's limit wins only where it is a limit on the student data as a whole."""
    text = _model_and_exhibit(
        "4.3 Provider shall not disclose Student Data except to its affiliates.",
        EXHIBIT_G,
        "G.1 For Connecticut LEAs, Provider shall not disclose student-generated content "
        "except as required by law or to protect the safety of users.",
    )
    assert probe.file_statuses(library, tmp_path / "ndpa.txt", text)["R15e"] == "weak"
