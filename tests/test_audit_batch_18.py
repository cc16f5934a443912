"""Classes of misreading found in batch 18 (tests/corpus/heldout-18/), held out until
2026-12-03 and development since, and the same classes in the older development batches,
each read right.

Each case is a sentence of the class, written for the test in words of its own, not a
corpus document's. Each group of sentences is a paragraph of its own.
"""

from __future__ import annotations

import audit_probes as probe
from crec_assemble.library.clauses import ClauseLibrary

PREAMBLE = 'Maplewood Learning, Inc. ("Maplewood") provides the Service to the School.'
EVALUATOR = 'Birchway Research LLC (the "Evaluator") will evaluate the program.'
STAYS = "Student Data remains the property of the School."

CASES = [  # (requirement, paragraphs, status, id)
    # 1: the vendor claims a named class of the students' records as its own, after its
    # platform in a list, by "belongs to", as its property, or as a consultant's own records
    ("R1", ((PREAMBLE,), (STAYS,),
            ("Maplewood owns the App, its code and documentation, and all Lesson Records "
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
    ("R1", ((PREAMBLE,), (STAYS,),
            ("Maplewood's interview notes, audio recordings, written statements taken from "
             "students, and draft findings are Maplewood's work product and remain "
             "Maplewood's property.",)),
     "weak", "a-list-of-records-remains-the-vendors-property"),
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
]  # fmt: skip

CONTROLS = [  # the same words, where they mean what they say
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
    # the school's duty named plainly still reads as the school's; the vendor's own promise
    ("R8", (("1.1 Owner: the Board of Education of the school district identified on the "
             "signature page.",),
            ("4.3 The Designer shall comply with the Family Educational Rights and Privacy Act "
             "in handling Student Data.",)),
     "present", "the-designer-complies-with-ferpa"),
]  # fmt: skip


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
