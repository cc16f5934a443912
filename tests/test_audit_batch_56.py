"""Classes of misreading found in batch 56 (tests/corpus/heldout-56/), held out until
2026-12-05 and development since, each read right.

Each case is a sentence of the class, written for the test in words of its own, not a
corpus document's. Each group of sentences is a paragraph of its own.
"""

from __future__ import annotations

from pathlib import Path

import audit_probes as probe
from crec_assemble.audit.layout import pdf_paragraphs
from crec_assemble.library.clauses import ClauseLibrary

PREAMBLE = 'Maplewood Learning, Inc. ("Maplewood") provides the Service to the School.'
_LIMIT = "Maplewood will use Student Data only to provide the Service to the School."

CASES = [  # (requirement, paragraphs, status, id)
    # the school's own instruction, in writing, as the limit's one exception
    ("R3", ((PREAMBLE,), ("We use Student Data only to run the Service for the School, as this "
                          "section describes, and for no other purpose unless the School "
                          "instructs us in writing.",)),
     "present", "unless-the-school-instructs-us-in-writing"),
    # the contract's own annex of purposes
    ("R3", ((PREAMBLE,), ("Maplewood shall process Student Data only on the School's documented "
                          "instructions and for the purposes described in Annex 2.",)),
     "present", "the-purposes-described-in-annex-2"),
    # the data the school gives a consultant, "your property"
    ("R1", ((PREAMBLE,), ("Student information you give us stays your property and under your "
                          "control.",)),
     "present", "student-information-you-give-us-your-property"),
    # FERPA named as the school's law, the school addressed
    ("R8", ((PREAMBLE,), ("We know that, as a school, you are bound by the Family Educational "
                          "Rights and Privacy Act.",)),
     "missing", "as-a-school-you-are-bound-by-ferpa"),
    # a request made by sending the exhibit's form, the form's own boxes and blanks apart
    ("R2", ((PREAMBLE,), ("The School may at any time request deletion of Student Data by "
                          "sending Maplewood the Deletion Request in Exhibit C.", "Maplewood "
                          "shall delete the Student Data named in the request within thirty "
                          "(30) days."),
            ("The School directs Maplewood to delete: [ ] all Student Data; [ ] Student Data of "
             "these classes: ____.",)),
     "present", "by-sending-the-deletion-request-in-exhibit-c"),
    # the paper's own severability, reaching the main agreement too
    ("R10", ((PREAMBLE,), ("Any provision of this Addendum or of the Master Agreement that is "
                           "held invalid by a court shall be ineffective to that extent, and the "
                           "invalidity shall not affect other provisions of the Master "
                           "Agreement.",)),
     "present", "a-provision-of-this-addendum-or-the-master-agreement"),
    # a promise of confidentiality, and how: the next sentence's lock and password
    ("R5", ((PREAMBLE,), ("I will keep student information confidential.", "It stays on my "
                          "tablet, locked with a passcode, and I do not share it.")),
     "present", "it-stays-on-my-tablet-locked"),
    # the students' names and faces kept out of its ads, with a release
    ("R13", ((PREAMBLE,), ("I will not use students' names or photographs in advertising unless "
                           "a parent has signed my media release.",)),
     "weak", "names-or-photographs-in-advertising-unless"),
    # a consultant's helpers: engaged on notice, bound to confidentiality only
    ("R14", ((PREAMBLE,), ("The Artist may engage a videographer for the final concert upon "
                           "written notice to the School, and will require any such person to "
                           "keep Student Information confidential.",)),
     "weak", "engage-a-videographer-upon-written-notice"),
    ("R14", ((PREAMBLE,), ("We will tell the School who is coming before the visit, and every "
                           "accompanist agrees to follow these terms.",)),
     "weak", "every-accompanist-agrees"),
    # the students and their parents, in brackets, as the owners
    ("R11", ((PREAMBLE,), ("Learners (and their parents) keep ownership of their Projects.",)),
     "present", "learners-and-their-parents-keep-ownership"),
    # the end of the services named by the act that ends them
    ("R7", ((PREAMBLE,), ("We will delete all student information when we hand the survey "
                          "summary to the School, which completes our services.",)),
     "present", "which-completes-our-services"),
    # the families' notice of personal information other than directory information only
    ("R6d", ((PREAMBLE,), ("If a breach involves a student's personal information (other than "
                           "directory information), we will email the affected student's "
                           "parents ourselves no later than five (5) days after we discover "
                           "it.",)),
     "missing", "personal-information-other-than-directory"),
    # a table's column of whom the vendor notifies, each affected student among them
    ("R6c", ((PREAMBLE,), ("If Maplewood discovers an unauthorized release of Student Data, "
                           "Maplewood shall give notice as set out in the table below. Data "
                           "involved: Student Information — Maplewood notifies: Each affected "
                           "Student or the Student's parents — Deadline: not more than five (5) "
                           "days after discovery",)),
     "present", "notifies-each-affected-student"),
    # efforts spent on a deletion are no use of the data
    ("R3", ((PREAMBLE,), (_LIMIT,), ("Upon the School's written request, Maplewood will use "
                                     "reasonable efforts to delete the Student Data named, "
                                     "subject to Maplewood's data retention policy.",)),
     "present", "use-reasonable-efforts-to-delete"),
    # the copyright in the recordings of the students' sessions, the vendor's
    ("R1", ((PREAMBLE,), ("All Student Information remains the property of the School.",),
            ("Maplewood may make recordings of the sessions, in which students play "
             '(together, "Session Recordings").', "Copyright in Session Recordings belongs to "
             "Maplewood.")),
     "weak", "copyright-in-session-recordings"),
]  # fmt: skip

CONTROLS = [
    # another's instruction is no exception the regulation allows
    ("R3", ((PREAMBLE,), ("We use Student Data only to run the Service, and for no other purpose "
                          "unless our partners instruct us in writing.",)),
     "weak", "unless-our-partners-instruct-us"),
    # a consultant's own notes, "your" the school's but no students' data named
    ("R1", ((PREAMBLE,), ("The session notes you give us stay your property.",)),
     "missing", "session-notes-you-give-us"),
    # the vendor's own promise to FERPA beside it
    ("R8", ((PREAMBLE,), ("As a school, you are bound by FERPA, and we will comply with FERPA "
                          "too.",)),
     "present", "as-a-school-and-we-comply-too"),
    # another document's severability clause, borrowed
    ("R10", ((PREAMBLE,), ("The severability clause of the Master Agreement applies to this "
                           "Addendum.",)),
     "weak", "the-severability-clause-of-the-master-agreement"),
    # a promise of confidentiality with nothing after it
    ("R5", ((PREAMBLE,), ("I will keep student information confidential.", "I look forward to "
                          "the workshop.")),
     "weak", "confidential-and-nothing-after"),
    # a copyright notice is no term
    ("R1", ((PREAMBLE,), ("All Student Information remains the property of the School.",),
            ("Copyright 2026 Maplewood Learning, Inc. All rights reserved.",)),
     "present", "a-copyright-notice"),
]  # fmt: skip

test_each_class_is_read_right = probe.reads_as_labelled(CASES)
test_the_controls_keep_their_reading = probe.reads_as_labelled(CONTROLS)


def test_a_pdf_bulleted_list_is_a_paragraph_an_item() -> None:
    """A PDF's bulleted definitions (LibreOffice writes a Symbol-font bullet) are each a
    paragraph of their own, so that each is read as the definition it is ("Sell" means to
    sell, rent or trade …), not run into the one before it."""
    page = (
        "1.2 Definitions. In this DPA:\n\uf0b7 \u201cStudent Data\u201d means any information "
        "that identifies a student.\n\uf0b7 \u201cSell\u201d means to sell, rent, trade or "
        "otherwise transfer Student Data for value."
    )
    paragraphs = [text for _, text in pdf_paragraphs([page])]
    assert any(text.startswith("\uf0b7 \u201cSell\u201d") for text in paragraphs)


def test_a_defined_sell_is_the_regulations_three(library: ClauseLibrary, tmp_path: Path) -> None:
    """A ban on the paper's defined "Sell" bans selling, renting and trading, as its
    definition says, and is quoted as the evidence."""
    text = "\n\n".join(
        [
            PREAMBLE,
            '1.2 "Sell" means to sell, rent, trade, lease or otherwise transfer Student Data for '
            "value.",
            "4.8 Maplewood shall not Sell Student Data.",
        ]
    )
    assert probe.file_statuses(library, tmp_path / "dpa.txt", text)["R15d"] == "present"


def test_a_lead_ins_next_sibling_is_not_its_item(library: ClauseLibrary, tmp_path: Path) -> None:
    """ "A. Connecticut. For Schools located in Connecticut:" leads its own items, (i) to
    (iii); "B. Illinois. …" after them is the next state's paragraph, not a Connecticut item."""
    text = "\n\n".join(
        [
            PREAMBLE,
            probe.general_terms(20),
            "APPENDIX 1 - STATE-SPECIFIC TERMS",
            "A. Connecticut. For Schools located in Connecticut:",
            "(i) Sections 5 through 7 of these Terms are governed by the laws of the State of "
            "Connecticut.",
            "(ii) Nothing in this Appendix limits Section 6.",
            "B. Illinois. For Schools located in Illinois, Maplewood will permit a parent to "
            "inspect and review the student's information and to request corrections, and will "
            "make any correction within forty-five (45) days.",
        ]
    )
    assert probe.file_statuses(library, tmp_path / "terms.txt", text)["R4"] == "missing"
