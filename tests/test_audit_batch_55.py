"""Classes of misreading found in batch 55 (tests/corpus/heldout-55/), held out until
2026-12-05 and development since, each read right.

Each case is a sentence of the class, written for the test in words of its own, not a
corpus document's. Each group of sentences is a paragraph of its own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import audit_probes as probe
from crec_assemble.audit.layout import pdf_paragraphs
from crec_assemble.library.clauses import ClauseLibrary

PREAMBLE = 'Maplewood Learning, Inc. ("Maplewood") provides the Service to the School.'
_OTHER_SITES_ONLY = (
    "We do not use student data or persistent identifiers collected in the app to target "
    "advertising to students on other websites or apps."
)
_ROW_LEAD_IN = (
    "Maplewood will notify the School of any unauthorized release, disclosure or acquisition "
    "of Student Data within the periods in the table below, measured from discovery. "
)

CASES = [  # (requirement, paragraphs, status, id)
    # the data said to be the school's, then "It is not my property" of them
    ("R1", ((PREAMBLE,), ("The School may give us a list of the participating classes.",
                          "That list, and anything else we learn about students during the "
                          "residency, is the School's information.", "It is not our property and "
                          "is not under our control.")),
     "present", "it-is-not-our-property"),
    # a denial before a colon, the deletion after it, a time opening the clause
    ("R7", ((PREAMBLE,), ("Pupil data is not retained by us or available to us once the "
                          "contracted services are complete: at the close of the final session "
                          "we delete the roster and shred any paper copies.",)),
     "present", "not-retained-colon-at-the-close-we-delete"),
    # the vendor's own loss of the data, in the active voice
    ("R6a", ((PREAMBLE,), ("If we ever lose student information, we will tell your school's "
                           "office within 72 hours of finding out.",)),
     "weak", "if-we-ever-lose-student-information-6a"),
    ("R6b", ((PREAMBLE,), ("If we ever lose student information, we will tell your school's "
                           "office within 72 hours of finding out.",)),
     "present", "if-we-ever-lose-student-information-6b"),
    # the school's consent one case of a list of disclosures, after "and"
    ("R14", ((PREAMBLE,), ("We share Student Data with service providers who host the app, when "
                           "the law requires it, and otherwise with your consent.",)),
     "missing", "and-otherwise-with-your-consent"),
    # deletion on request, some of the data kept back by an exception or a retention policy
    ("R2", ((PREAMBLE,), ("The School may ask us to delete student information at any time by "
                          "email to privacy@maplewood.example.", "We will delete the rosters we "
                          "hold, but not concert photographs, which are kept in our archive.")),
     "weak", "but-not-concert-photographs-which-are-kept"),
    ("R2", ((PREAMBLE,), ("The School may ask me to delete videos or recordings of its pupils at "
                          "any time, and I will do so within five days and confirm by email.",)),
     "weak", "videos-or-recordings-only"),
    ("R2", ((PREAMBLE,), ("The School may request deletion of Student Data at any time by "
                          "emailing privacy@maplewood.example.", "Maplewood will delete the "
                          "requested data within thirty (30) days, except for data Maplewood "
                          "retains under its data retention policy or as required by law.")),
     "weak", "retains-under-its-data-retention-policy"),
    # Connecticut's law for some sections, another state's for the rest, which yields to it
    ("R9", ((PREAMBLE,), ("For Schools located in Connecticut, Section 6 of these Terms is "
                          "governed by the laws of the State of Connecticut.",),
            ("Except as stated in Section 11, these Terms are governed by the laws of the "
             "State of Oregon.",)),
     "weak", "section-6-of-these-terms"),
    ("R9", ((PREAMBLE,), ("For schools in Connecticut, the privacy provisions of Sections 3 "
                          "through 8 are governed by the laws of the State of Connecticut.",),
            ("Except as Section 12 provides, these Terms are governed by the laws of the State "
             "of Texas.",)),
     "weak", "the-privacy-provisions-of-sections-3-through-8"),
    # a further purpose after the school's: new titles of the vendor's own
    ("R15c", ((PREAMBLE,), ("Maplewood shall collect and store Student Data only to further "
                            "School Purposes and, in pseudonymized form, for research and "
                            "development of new Maplewood titles.",)),
     "weak", "development-of-new-titles"),
    # FERPA's school official, with the school "an educational agency … subject to" it
    ("R8", ((PREAMBLE,), ("Where the School is an educational agency or institution subject to "
                          'FERPA, Maplewood shall be deemed a "school official" with a legitimate '
                          "educational interest in Student Data.",)),
     "weak", "where-the-school-is-an-educational-agency"),
    # a ban on other sites, and the service's own ads only a present practice
    ("R13", ((PREAMBLE,), ("Maplewood currently does not display advertising to students.",
                           _OTHER_SITES_ONLY)),
     "weak", "currently-no-ads-and-a-ban-on-other-sites"),
    # a table's families' column: "Who is notified", at the school's election, by the school
    ("R6c", ((PREAMBLE,), (_ROW_LEAD_IN + "Data involved: Any breach of Student Data — Who is "
                           "notified: Affected students and their parents, by Maplewood directly "
                           "— Deadline: no later than four (4) business days after discovery",)),
     "weak", "who-is-notified-business-days"),
    ("R6c", ((PREAMBLE,), (_ROW_LEAD_IN + "Data involved: Student Information — Notice to "
                           "School: within twenty-four (24) hours — Notice to students and "
                           "parents: By Maplewood, if the School so elects, within three (3) "
                           "days",)),
     "weak", "by-maplewood-if-the-school-so-elects"),
    ("R6d", ((PREAMBLE,), (_ROW_LEAD_IN + "Data involved: Student Records — Notice to School: "
                           "within five (5) days — Notice to students and parents: By School",)),
     "missing", "notice-to-families-by-school"),
    # the school's cell of a row beside the families' longer period
    ("R6a", ((PREAMBLE,), (_ROW_LEAD_IN + "Data involved: Student Information — Notice to "
                           "School: within forty-eight (48) hours — Notice to students and "
                           "parents: By Maplewood, if the School so elects, within five (5) "
                           "days",)),
     "present", "the-schools-cell-48-hours"),
    # a deletion's tail in the next sentence: disposition completed within sixty days
    ("R7", ((PREAMBLE,), ("Student Data shall not be retained by or available to Maplewood upon "
                          "completion of the contracted Services.", "Disposition under this "
                          "Section shall be carried out in accordance with Section 4 and "
                          "completed within sixty (60) days after completion of the Services.")),
     "weak", "disposition-completed-within-sixty-days"),
    # a security control's log, kept a year: no data of the students kept back
    ("R7", ((PREAMBLE,), ("Control: Audit — What Maplewood does: Access logging retained for one "
                          "year; annual penetration test",),
            ("Maplewood shall delete Student Data on the date the Services end.",)),
     "present", "access-logging-retained-for-one-year"),
    # the school's agreement's purposes beside the service
    ("R3", ((PREAMBLE,), ("We use student data only to provide the app to the School and for the "
                          "purposes in our agreement with it.",)),
     "present", "the-purposes-in-our-agreement-with-it"),
    # an aside on what is held is no hedge
    ("R4", ((PREAMBLE,), ("A student or parent may ask to see what we hold about the student "
                          "(usually a first name and a grade) by writing to us.", "We send a copy "
                          "within ten days and correct anything wrong within ten days of being "
                          "told.")),
     "present", "usually-a-first-name-an-aside"),
]  # fmt: skip

CONTROLS = [
    # the pronoun of what is not the students' data
    ("R1", ((PREAMBLE,), ("The School's building plans are confidential.", "It is not our "
                          "property and is not under our control.")),
     "missing", "building-plans-it-is-not-our-property"),
    # a denial of the deletion itself, before the colon
    ("R7", ((PREAMBLE,), ("Pupil data is not deleted when the contracted services are complete: "
                          "at the close of the final session we archive the roster.",)),
     "weak", "not-deleted-colon-we-archive"),
    # a lost connection is no breach
    ("R6a", ((PREAMBLE,), ("If we lose internet access during the session, we will tell your "
                           "school within 72 hours.",)),
     "missing", "if-we-lose-internet-access"),
    # the school's consent to the sharing itself
    ("R14", ((PREAMBLE,), ("We share Student Data with a subcontractor only with the School's "
                           "consent.",)),
     "weak", "a-subcontractor-only-with-consent"),
    # a class list or any recording: all a consultant holds
    ("R2", ((PREAMBLE,), ("The School can ask me to delete the class list or any recording at "
                          "any time by emailing bookings@maplewood.example.",)),
     "present", "the-class-list-or-any-recording"),
    # the deletion at the end on a retention schedule, the request apart
    ("R2", ((PREAMBLE,), ("The School may request deletion of Student Data at any time by "
                          "emailing privacy@maplewood.example, and Maplewood will delete it "
                          "within ten (10) days.", "When a subscription ends, Maplewood deletes "
                          "student data under its retention schedule.")),
     "present", "at-the-end-under-its-retention-schedule"),
    # another section named in an exception, Connecticut's law over the whole
    ("R9", ((PREAMBLE,), ("Except as stated in Section 10 of these Terms, these Terms are "
                          "governed by the laws of the State of Connecticut.",)),
     "present", "except-as-stated-in-section-10-connecticut"),
    # a promise to FERPA after the school's condition
    ("R8", ((PREAMBLE,), ("Where the School is an educational agency subject to FERPA, Maplewood "
                          "shall comply with FERPA.",)),
     "present", "where-the-school-is-subject-maplewood-complies"),
    # the service's ads barred for good beside the ban on other sites
    ("R13", ((PREAMBLE,), ("Maplewood will never display advertising to students.",
                           _OTHER_SITES_ONLY)),
     "present", "never-ads-and-a-ban-on-other-sites"),
    # a notice with no table, the families named after the school's period
    ("R6a", ((PREAMBLE,), ("If student information is lost, we will tell the School within 72 "
                           "hours of finding out, and we will tell affected parents what "
                           "happened.",)),
     "weak", "no-table-the-families-after-72-hours"),
    # a vendor's notice to families in its own column, in time
    ("R6c", ((PREAMBLE,), (_ROW_LEAD_IN + "Data involved: Student Information — Notice to "
                           "School: within twenty-four (24) hours — Notice to students and "
                           "parents: By Maplewood, within two (2) days",)),
     "present", "by-maplewood-within-two-days"),
]  # fmt: skip

test_each_class_is_read_right = probe.reads_as_labelled(CASES)
test_the_controls_keep_their_reading = probe.reads_as_labelled(CONTROLS)


@pytest.mark.parametrize(
    ("page", "heading", "clause"),
    [
        ("2. Definitions\n2.1 Terms have their statute's meanings.\n3A. Ownership\n3A.1 Student "
         "Data is not the property of Maplewood.", "3A. Ownership",
         "3A.1 Student Data is not the property of Maplewood."),
        ("11. Notices\n11.1 Notices go by email.\n12. Governing Law; Severability\n12.1 "
         "Connecticut law governs this Addendum.", "12. Governing Law; Severability",
         "12.1 Connecticut law governs this Addendum."),
    ],
    ids=["inserted-section-2a", "two-titles-in-one"],
)  # fmt: skip
def test_a_pdf_headings_line_is_a_paragraph_of_its_own(
    page: str, heading: str, clause: str
) -> None:
    """A heading line of a PDF opens a paragraph of its own, its first clause the next: an
    inserted section's "3A. Ownership", two titles in one "12. Governing Law; Severability"
    (run into the clause below, its words were read as the clause's own)."""
    paragraphs = [text for _, text in pdf_paragraphs([page])]
    assert heading in paragraphs
    assert clause in paragraphs


def test_a_states_part_headed_with_two_hyphens(library: ClauseLibrary, tmp_path: Path) -> None:
    """A plain-text schedule's "Part A -- New York (Education Law 2-d)." opens that state's
    part: its correction route is New York's, not the paper's."""
    text = "\n".join(
        [
            PREAMBLE,
            probe.general_terms(20),
            "Schedule 1. State Terms. This Schedule applies only to Schools in the state named in "
            "each part.",
            "Part A -- New York (Education Law 2-d). Parents may challenge the accuracy of student "
            "data through the School's procedure, and Maplewood will make corrections the School "
            "directs within twenty-one (21) days.",
            "Part B -- Illinois (105 ILCS 85). Maplewood will publish its list of subcontractors.",
        ]
    )
    assert probe.file_statuses(library, tmp_path / "terms.txt", text)["R4"] == "missing"
