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
from crec_assemble.audit.reader import read_sentences
from crec_assemble.library.clauses import ClauseLibrary

PREAMBLE = 'Maplewood Learning, Inc. ("Maplewood") provides the Service to the School.'

CASES = [  # (requirement, paragraphs, status, id)
    # 15(c): a collection limit with the vendor's own products beside the school's purposes,
    # its name read as "Contractor" (weak)
    (
        "R15c",
        (
            (PREAMBLE,),
            (
                "We collect and keep Student Data only for School Purposes and to "
                "improve and develop Maplewood products.",
            ),
        ),
        "weak",
        "collected-to-develop-the-vendors-named-products",
    ),
    # U1: uses that sell and promote the vendor itself (weak)
    (
        "U1",
        (
            (PREAMBLE,),
            (
                "We use Student Data to run the Service, to sell season passes, and to "
                "promote Maplewood on our home page.",
            ),
        ),
        "weak",
        "used-to-sell-passes-and-promote-the-vendor",
    ),
    # 8: the school's own duty under FERPA, acknowledged, with no promise of the vendor's
    (
        "R8",
        (
            (
                "We understand that the District must comply with FERPA and its own records "
                "policy, and we will follow the District's decisions on what it shares with us.",
            ),
        ),
        "missing",
        "understands-the-school-must-comply-with-ferpa",
    ),
    # 6(b): a period held to only "where feasible" (weak)
    (
        "R6b",
        (
            (
                "If we learn of a breach of security affecting Student Data, we will notify the "
                "School without undue delay and, where practicable, within 48 hours of learning "
                "of it.",
            ),
        ),
        "weak",
        "a-period-held-to-only-where-practicable",
    ),
    # 3: the consultant's own research beside the contracted work (weak)
    (
        "R3",
        (
            ('Birchway Research LLC (the "Evaluator") will evaluate the program.',),
            (
                "The Evaluator shall use Program Data only to carry out the evaluation and for the "
                "Evaluator's related research and scholarly articles.",
            ),
        ),
        "weak",
        "used-for-the-consultants-related-research",
    ),
    # 2: "to delete …, email …", then a request the vendor need only consider (weak)
    (
        "R2",
        (
            ("Teachers can remove a class from the Dashboard at any time.",),
            (
                "To delete all of the District's data, email help@example.com. We will consider "
                "such requests in light of our retention practices.",
            ),
        ),
        "weak",
        "to-delete-email-us-and-we-will-consider-it",
    ),
    # 9: the law of the state where the school is, for the whole contract: Connecticut's
    (
        "R9",
        (
            ("These Terms are governed by the laws of the State of Oregon.",),
            (
                "For a public school customer, these Terms and the rights and duties of both "
                "parties are governed by the laws of the state in which the Customer is "
                "located.",
            ),
        ),
        "present",
        "governed-by-the-law-of-the-schools-own-state",
    ),
]

CONTROLS = [  # the same words, where they mean what they say
    (
        "R15c",
        ((PREAMBLE,), ("We collect and keep Student Data only for School Purposes.",)),
        "present",
        "collected-only-for-school-purposes",
    ),
    (
        "R3",
        (
            ('Birchway Research LLC (the "Evaluator") will evaluate the program.',),
            (
                "The Evaluator shall use Program Data only to carry out the evaluation and shall "
                "not use it for its own research.",
            ),
        ),
        "present",
        "its-own-research-denied",
    ),
    (
        "R8",
        (
            ("We understand that the District is subject to FERPA.",),
            ("We will comply with FERPA in handling Student Data.",),
        ),
        "present",
        "the-vendors-own-promise-beside-the-schools-duty",
    ),
    (
        "R6b",
        (
            (
                "If we learn of a breach of security affecting Student Data, we will notify the "
                "School as soon as possible and within 48 hours, and, where practicable, will "
                "name the students affected.",
            ),
        ),
        "present",
        "only-the-details-where-practicable",
    ),
    (
        "R2",
        (
            (
                "To delete all of the District's data, email help@example.com. We delete the data "
                "within ten days of the request.",
            ),
        ),
        "present",
        "to-delete-email-us-and-we-delete-it",
    ),
    # the school's own state's law for privacy questions only, or a promise to comply with it
    (
        "R9",
        (
            ("These Terms are governed by the laws of the State of Oregon.",),
            (
                "We will comply with the student privacy laws of the state in which the Customer "
                "is located.",
            ),
        ),
        "weak",
        "complies-with-the-schools-state-law-oregon-governs",
    ),
]


@probe.paragraph_cases(CASES)
def test_each_class_is_read_right(
    library: ClauseLibrary, requirement: str, paragraphs: probe.Paragraphs, status: str
) -> None:
    assert probe.status(library, requirement, probe.paragraphs(*paragraphs)) == status


@probe.paragraph_cases(CONTROLS)
def test_the_controls_keep_their_reading(
    library: ClauseLibrary, requirement: str, paragraphs: probe.Paragraphs, status: str
) -> None:
    assert probe.status(library, requirement, probe.paragraphs(*paragraphs)) == status


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


def _with_connecticut_exhibit(heading: str, retention: str) -> str:
    return "\n\n".join(
        [
            probe.general_terms(20),
            "4.4 Upon termination of the Service Agreement, the Provider shall dispose of all "
            "Student Data within sixty (60) days.",
            heading,
            "G.1 This Exhibit applies when the LEA is in Connecticut; where it differs from "
            "the Standard Clauses, it controls.",
            retention,
        ]
    )


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
    text = _with_connecticut_exhibit("Exhibit G - Connecticut Supplemental Terms", promise)
    assert probe.file_statuses(library, tmp_path / "ndpa.txt", text)["R7"] == "weak"
