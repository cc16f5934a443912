"""Classes of misreading found in batch 52 (tests/corpus/heldout-52/), held out until
2026-12-05 and development since, each read right.

Each case is a sentence of the class, written for the test in words of its own, not a
corpus document's. Each group of sentences is a paragraph of its own.
"""

from __future__ import annotations

from pathlib import Path

import audit_probes as probe
from crec_assemble.library.clauses import ClauseLibrary

PREAMBLE = 'Maplewood Learning, Inc. ("Maplewood") provides the Service to the School.'
_NO_ADS_IN_THE_SERVICE = (
    "6.1 We never show targeted advertising in Class Accounts, and we do not use Student Data "
    "to select the ads shown anywhere within the Services."
)

CASES = [  # (requirement, paragraphs, status, id)
    # its own products advertised on other websites are 15(b)'s, not the service's
    ("R15a", ((PREAMBLE,), (_NO_ADS_IN_THE_SERVICE,),
              ("6.2 Users aged 13 and over may see messages about Maplewood Plus on other "
               "websites and apps, selected based on each student's progress in Maplewood.",)),
     "present", "ads-for-maplewood-plus-on-other-websites"),
    # the school's accounts' information is student data
    ("R13", ((PREAMBLE,), ("We do not use information from School Accounts for behavioral or "
                           "targeted advertising.",)),
     "present", "information-from-school-accounts"),
    # de-identified data: research summaries for the schools, researchers building for schools
    ("U2", ((PREAMBLE,), ("We may use De-identified Data to improve Maplewood and to demonstrate "
                          "its effectiveness, for example in research summaries we share with "
                          "Schools.",)),
     "present", "research-summaries-we-share-with-schools"),
    ("U2", ((PREAMBLE,), ("We may use de-identified data to improve Maplewood.", "If we share "
                          "de-identified data, we share it only with researchers who are "
                          "building tools for schools.")),
     "present", "researchers-building-tools-for-schools"),
    ("U2", ((PREAMBLE,), ("Maplewood may share de-identified data with university research "
                          "partners to improve the Services.",)),
     "weak", "university-research-partners"),
    # others' ad networks kept out, not its own targeting
    ("R15a", ((PREAMBLE,), ("We don't allow third-party ad networks in the student app.",)),
     "weak", "third-party-ad-networks"),
    # the vendor's other products
    ("U1", ((PREAMBLE,), ("The School grants Maplewood a licence to use Student Data to provide "
                          "the Services, to improve the Services and to develop Maplewood's other "
                          "products and services.",)),
     "weak", "to-develop-its-other-products"),
    # a disclosure limit's recipient who uses the data grants the vendor no use
    ("U1", ((PREAMBLE,), ("10.1 Maplewood shall not disclose Student Data unless the disclosure "
                          "is made in furtherance of school purposes, provided the recipient uses "
                          "it to improve the operability and functionality of the Service.",)),
     "missing", "the-recipient-uses-it"),
    # the model agreement's notices to account holders, set aside by the exhibit
    ("U1", ((PREAMBLE,), ("This section does not prohibit Provider from using Student Data to "
                          "notify account holders about new education product updates, features "
                          "or services.",),
            ("Notwithstanding Article IV, Section 7, Maplewood shall use Student Data only to "
             "maintain, support, improve, evaluate or diagnose the Service.",)),
     "present", "notwithstanding-article-iv-shall-use-only"),
    # the terms' own licence to subcontract
    ("R14", ((PREAMBLE,), ("You authorize Maplewood to engage Subprocessors to host, store and "
                           "process Your Content.",)),
     "missing", "you-authorize-maplewood-to-engage-subprocessors"),
    # the consultant's own promotion among the purposes
    ("R3", ((PREAMBLE,), ("I will use Student Information only to plan and run the workshops, to "
                          "give each student feedback, and, with CREC's permission, to promote my "
                          "teaching work.",)),
     "weak", "to-promote-my-teaching-work"),
    # the deletion's own exception for what another section keeps
    ("R7", ((PREAMBLE,), ("On the last session date, the Artist will delete all Student "
                          "Information, other than excerpts kept under Section 5.5, from her "
                          "phone and laptop.",)),
     "weak", "other-than-excerpts-kept-under-section-5-5"),
    # a lasting right to sell what the students wrote
    ("R11", ((PREAMBLE,), ("Students own the songs they write during the residency.",
                           "By taking part, students grant Maplewood a perpetual, royalty-free "
                           "right to perform, record, publish and sell recordings of those "
                           "songs.")),
     "weak", "a-perpetual-right-to-sell-recordings"),
    # the service's processing on the school's behalf is no exception
    ("R1", ((PREAMBLE,), ("Maplewood obtains no ownership of Customer Data and does not control "
                          "it except to process it on Customer's behalf under this "
                          "Agreement.",)),
     "present", "except-to-process-it-on-customers-behalf"),
    # an opening "Notwithstanding" sets the other section aside
    ("R1", ((PREAMBLE,), ("Notwithstanding Section 4, for School Accounts the school retains "
                          "ownership and control of Student Data, and Maplewood processes it "
                          "only under the school's direction.",)),
     "present", "notwithstanding-section-4-the-school-retains"),
    # the base agreement keeps its own law for the rest
    ("R9", ((PREAMBLE,), ("Notwithstanding Section 7.4 of the MSDPA, this Addendum shall be "
                          "governed by the laws of the State of Connecticut.", "All other matters "
                          "arising under the MSDPA remain governed as provided in Section 7.4 of "
                          "the MSDPA.")),
     "weak", "other-matters-remain-governed-as-provided"),
    # a parent's own removal request is no means for the school
    ("R2", ((PREAMBLE,), ("If a parent or guardian asks the Artist to remove a recording of their "
                          "child from the archive, the Artist will do so within two weeks of the "
                          "request.",)),
     "missing", "a-parent-or-guardian-asks"),
    # "respondents" are no response; the vendor sends the families away
    ("R4", ((PREAMBLE,), ("If a student or parent asks us to see or correct information in a "
                          "Response, we will direct them to the Organization that ran the "
                          "survey.", "We cannot verify the identity of respondents and do not "
                          "act on these requests ourselves.")),
     "missing", "the-organization-that-ran-the-survey"),
]  # fmt: skip

# Drafting beside each class that keeps its reading.
CONTROLS = [
    # its own products promoted in the service, picked by play
    ("R15a", ((PREAMBLE,), (_NO_ADS_IN_THE_SERVICE,),
              ("6.2 In the student app we may show messages about Maplewood Plus, selected "
               "based on each student's progress.",)),
     "weak", "messages-about-maplewood-plus-in-the-app"),
    # de-identified data shared with anyone
    ("U2", ((PREAMBLE,), ("We may use de-identified data to improve Maplewood.", "We may share "
                          "de-identified data with advertisers.")),
     "weak", "shared-with-advertisers"),
    # the school's written consent and the same terms
    ("R14", ((PREAMBLE,), ("Maplewood shall not engage a subprocessor without the School's prior "
                           "written consent, and each subprocessor shall be bound by the same "
                           "terms as this Agreement.",)),
     "present", "written-consent-and-the-same-terms"),
    # an exception for the vendor's own business
    ("R1", ((PREAMBLE,), ("Maplewood obtains no ownership of Customer Data and does not control "
                          "it except to use it for its own business purposes.",)),
     "weak", "except-for-its-own-business-purposes"),
]  # fmt: skip

# What a review of batch 51's round found its new readings, and the first review's mending,
# taking too far or not far enough, each read right.
_DELETED_AT_THE_END = "When the subscription ends, Maplewood will delete all Student Data."
REVIEW = [
    # the school left to decide whether families are told; an insurer told
    ("R6c", ((PREAMBLE,), ("If there is a breach of student information, Maplewood will let the "
                           "School decide whether parents should know, within five (5) days "
                           "after discovery.",)),
     "missing", "let-the-school-decide-whether"),
    ("R6a", ((PREAMBLE,), ("If student records are lost or stolen, Maplewood will let its insurer "
                           "and outside counsel know within 24 hours.",)),
     "missing", "let-its-insurer-know"),
    # written notices of the breach sent to the school
    ("R6a", ((PREAMBLE,), ("If Maplewood discovers a Security Breach involving Student Data, it "
                           "will send written notices of the breach to the School within "
                           "twenty-four (24) hours of discovery.",)),
     "present", "written-notices-of-the-breach"),
    # efforts over the data asked for
    ("R2", ((PREAMBLE,), ("The School may request deletion of Student Data by emailing "
                          "privacy@maplewood.example.", "Maplewood will use reasonable efforts to "
                          "delete the data within thirty (30) days of the request.")),
     "weak", "reasonable-efforts-to-delete-the-data"),
    # parents of the school's students, deleting for themselves
    ("R2", ((PREAMBLE,), ("Parents of students at the School can delete their child's account and "
                          "its data from the app's settings at any time.",)),
     "missing", "parents-of-students-at-the-school"),
    # deletion at the end, its certificate later (the readings table)
    ("R7", ((PREAMBLE,), ("Upon termination of this Agreement, Maplewood will delete all Student "
                          "Data, and within thirty (30) days will certify the deletion to the "
                          "School in writing.",)),
     "present", "upon-termination-then-a-certificate"),
    ("R7", ((PREAMBLE,), ("After the subscription ends, Maplewood will delete all Student Data and "
                          "within ninety (90) days will certify that the deletion is complete.",)),
     "weak", "certify-that-the-deletion-is-complete"),
    # provision 7's exception in other words
    ("R7", ((PREAMBLE,), (_DELETED_AT_THE_END, "This Section does not apply to Student-Generated "
                          "Content that a student has chosen to keep in a personal account with "
                          "Maplewood.")),
     "present", "a-personal-account-with-maplewood"),
    ("R7", ((PREAMBLE,), (_DELETED_AT_THE_END, "This Section does not apply to Student-Generated "
                          "Content that a student or his or her parent has elected to transfer "
                          "to a personal account.")),
     "present", "elected-to-transfer-to-a-personal-account"),
    # the school's own state, a data centre's elsewhere
    ("R9", ((PREAMBLE,), ("This Agreement and the rights and duties of all parties are governed by "
                          "the laws of the state in which the School is located, even where "
                          "Maplewood stores Student Data on servers in Virginia.",)),
     "present", "servers-in-virginia"),
    # a section that lets the vendor assign, binding no successor
    ("R15d", ((PREAMBLE,), ("4.7 Maplewood will not sell, rent, lease or trade Student Data.",
                            "A transfer of Student Data to a successor in a merger permitted by "
                            "Section 13.4 is not a sale."),
              ("13.4 Maplewood may assign this Agreement to a successor in a merger by written "
               "notice given following the closing, and the School may then terminate this "
               "Agreement.",)),
     "weak", "notice-given-following-the-closing"),
    # new games made to sell
    ("U1", ((PREAMBLE,), ("Maplewood uses Student Data only to run and improve the Service and to "
                          "create new games for sale to the public.",)),
     "weak", "to-create-new-games-for-sale"),
    # a recommendation engine's practice at home is no promotion
    ("U1", ((PREAMBLE,), ("Maplewood uses Student Data only to provide and improve the Service "
                          "and to recommend practice activities for students to do at home, "
                          "based on each student's progress; no recommendation is determined in "
                          "whole or in part by payment or other consideration from a third "
                          "party.",)),
     "present", "practice-activities-to-do-at-home"),
    # the vendor's software is its own; its claim denied before its name
    ("R11", ((PREAMBLE,), ("Students own the content they create, while the Service itself and "
                           "its software remain Maplewood's property.",)),
     "present", "its-software-remains-maplewoods-property"),
    ("R11", ((PREAMBLE,), ("Students own everything they create in the Service; at no time does "
                           "Maplewood own any of it.",)),
     "present", "at-no-time-does-maplewood-own-it"),
    ("R11", ((PREAMBLE,), ("Students own the work they create in the Service; neither the School "
                           "nor Maplewood owns any of it.",)),
     "present", "neither-the-school-nor-maplewood"),
    ("R11", ((PREAMBLE,), ("If you are a student, your designs are yours until your account is "
                           "closed.",)),
     "weak", "yours-until-your-account-is-closed"),
    # three things that identify the students are their data
    ("R15d", ((PREAMBLE,), ("Maplewood will never sell, rent or trade student names, email "
                            "addresses or photographs.",)),
     "present", "names-email-addresses-or-photographs"),
    # helpers who keep servers somewhere keep no terms
    ("R14", ((PREAMBLE,), ("Maplewood may use subcontractors to host the Service at its "
                           "discretion, and each subcontractor agrees to keep its servers in the "
                           "United States.",)),
     "missing", "agrees-to-keep-its-servers"),
    # effectiveness shown in research papers is U2's own case
    ("U2", ((PREAMBLE,), ("We may use aggregated data to demonstrate the effectiveness of the "
                          "Service, for example in research papers reporting learning gains.",)),
     "present", "research-papers-reporting-learning-gains"),
    # a limited licence to use it solely under the agreement
    ("R1", ((PREAMBLE,), ("As between the parties, the School retains all right, title and "
                          "interest in Student Data, except a limited license to use it solely in "
                          "accordance with this Agreement.",)),
     "present", "a-limited-license-to-use-it-solely"),
    # the school's contact, given by the school, is told
    ("R6a", ((PREAMBLE,), ("If Maplewood discovers a breach of security involving Student Data, "
                           "Maplewood will notify the affected parents and the security contact "
                           "the District has provided within twenty-four (24) hours of "
                           "discovery.",)),
     "present", "the-contact-the-district-has-provided"),
    # the vendor sends, to addresses the school gave
    ("R6c", ((PREAMBLE,), ("Notice: Incident involving student information — To whom: Affected "
                           "students or their parents — Method: email from Maplewood to the "
                           "addresses provided by the District — Deadline: Within five (5) days "
                           "after discovery",)),
     "present", "addresses-provided-by-the-district"),
]  # fmt: skip

test_each_class_is_read_right = probe.reads_as_labelled(CASES)
test_the_reviews_findings_are_read_right = probe.reads_as_labelled(REVIEW)
test_the_controls_keep_their_reading = probe.reads_as_labelled(CONTROLS)


def _general_terms_then(*paragraphs: str) -> str:
    return "\n\n".join([PREAMBLE, probe.general_terms(22), *paragraphs])


def test_a_states_paragraph_ends_at_plain_texts_next_heading(
    library: ClauseLibrary, tmp_path: Path
) -> None:
    """ "9.2 Illinois. For Schools located in Illinois, …" then "10. Governing Law": the
    general terms again, not Illinois's."""
    text = _general_terms_then(
        "9. State-Specific Terms",
        "9.1 California. For Schools located in California, Maplewood will also comply with "
        "the Student Online Personal Information Protection Act.",
        "9.2 Illinois. For Schools located in Illinois, Maplewood will also comply with the "
        "Student Online Personal Protection Act.",
        "10. Governing Law",
        "This Agreement and the rights and duties of all parties are governed by the laws of "
        "the State of Connecticut.",
    )
    assert probe.file_statuses(library, tmp_path / "terms.txt", text)["R9"] == "present"


def test_terms_that_follow_a_states_paragraph_stay_that_states(
    library: ClauseLibrary, tmp_path: Path
) -> None:
    """ "10.2 Illinois. …, the following terms apply to you." then "Breach notification": the
    subheading is one of Illinois's terms, not the general terms again."""
    text = _general_terms_then(
        "10. STATE-SPECIFIC TERMS",
        "10.1 California. If you are a California school, Maplewood will not sell Student Data.",
        "10.2 Illinois. If you are an Illinois school, the following terms apply to you.",
        "Breach notification",
        "Maplewood will notify the school of any breach within twenty-four (24) hours of "
        "discovery.",
        "11. DISCLAIMERS",
        "11.1 The Service is provided as is.",
    )
    assert probe.file_statuses(library, tmp_path / "terms.txt", text)["R6a"] == "missing"


def test_long_column_headings_over_rows_of_figures(library: ClauseLibrary, tmp_path: Path) -> None:
    """A nine-word column heading, no caption, over rows that give periods in figures: the
    headings are read, and each notice finds its recipient."""
    text = "\n\n".join(
        [
            PREAMBLE,
            "## 6. Breach notification",
            "If Maplewood discovers a Security Breach involving Student Data, it will give notice "
            "as set out below.",
            "| Kind of data involved | Notice to the School from Maplewood | Notice to affected "
            "students and their parents from Maplewood |\n|---|---|---|\n"
            "| Student information other than directory information | Within twenty-four (24) "
            "hours after discovery | Within five (5) days after discovery |\n"
            "| Directory information, student records or student-generated content | Within "
            "forty-eight (48) hours after discovery | Within ten (10) days after discovery |",
        ]
    )
    found = probe.file_statuses(library, tmp_path / "dpa.md", text)
    assert [found[rid] for rid in ("R6a", "R6b", "R6c", "R6d")] == ["present"] * 4


def test_a_tables_lead_in_where_the_school_tells_families(
    library: ClauseLibrary, tmp_path: Path
) -> None:
    """ "…, and the School will then tell affected families": the table's families' column is
    the school's notice, not the vendor's."""
    text = "\n\n".join(
        [
            PREAMBLE,
            "6.1 Maplewood will notify the School of any Breach within the periods in Table 1, "
            "and the School will then tell affected families.",
            "Table 1 - Breach notice periods",
            "| Category of Student Data | Notice to the School | Notice to parents and guardians "
            "|\n|---|---|---|\n"
            "| Student Information | Within forty-eight (48) hours | Within three (3) days |",
        ]
    )
    assert probe.file_statuses(library, tmp_path / "dpa.md", text)["R6c"] == "missing"
