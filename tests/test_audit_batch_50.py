"""Classes of misreading found in batch 50 (tests/corpus/heldout-50/), held out until
2026-12-05 and development since, each read right.

Each case is a sentence of the class, written for the test in words of its own, not a
corpus document's. Each group of sentences is a paragraph of its own.
"""

from __future__ import annotations

from pathlib import Path

import audit_probes as probe
from crec_assemble.library.clauses import ClauseLibrary

PREAMBLE = 'Maplewood Learning, Inc. ("Maplewood") provides the Service to the School.'

CASES = [  # (requirement, paragraphs, status, id)
    # the vendor's promotions seen by parents are no review of the records
    ("R4", ((PREAMBLE,), ("Parent accounts may see messages about Maplewood's seasonal puzzle "
                          "packs in their dashboards.",)),
     "missing", "messages-about-its-products"),
    # the school answers the families; the vendor's part has no time
    ("R4", ((PREAMBLE,), ("The District handles requests from families to review or correct "
                          "student data.", "Maplewood will make any correction the District "
                          "asks for.")),
     "weak", "the-district-handles-requests"),
    # new games are another product, not the service's upkeep
    ("U1", ((PREAMBLE,), ("Maplewood uses Student Data to run the Service, to personalize "
                          "practice for each student, and to develop new games and features.",)),
     "weak", "to-develop-new-games"),
    # a student's name and photograph are student data
    ("R13", ((PREAMBLE,), ("I will never use a student's name, contact details, photograph or "
                           "recording to send advertising to that family, or for any targeted "
                           "advertising.",)),
     "present", "a-students-name-contact-details-or-photograph"),
    # a summary's sale ban, then the use banned
    ("R13", ((PREAMBLE,), ("In short: we do not sell student data, and we show no ads.",),
             ("We never use student data to target advertising to anyone, in Maplewood or on "
              "any other website.",)),
     "present", "the-use-banned-after-a-summary"),
    # the data's own ban holds no venue
    ("R13", ((PREAMBLE,), ("Maplewood will not display targeted advertising in the Service and "
                           "will not use Student Data for targeted advertising.",)),
     "present", "and-will-not-use-student-data"),
    # a public school's own state's law, after "and"
    ("R9", ((PREAMBLE,), ("12.1 This Agreement is governed by the laws of the State of New "
                          "York.",),
            ("12.2 If the School is a public school district or regional education service "
             "center, Section 12.1 does not apply, and this Agreement and the rights and duties "
             "of all parties under it are governed by the laws of the state in which the School "
             "is located.",)),
     "present", "and-this-agreement-is-governed-by-the-schools-state"),
    # the base agreement keeps the law its own article chose
    ("R9", ((PREAMBLE,), ("9.1 The DPA remains governed by the law designated in Article VII, "
                          "Section 4 of the DPA.", "This Addendum shall be interpreted in "
                          "accordance with the laws of the State of Connecticut.")),
     "weak", "the-dpa-remains-governed-by-its-article"),
    # the school addressed: the lists stay yours
    ("R1", ((PREAMBLE,), ("Rosters and any other student details you send us stay yours; we hold "
                          "them only for the booking.",)),
     "present", "stay-yours"),
    # the service's own processing is no exception to the school's ownership
    ("R1", ((PREAMBLE,), ("As between the parties, the Controller retains all right, title and "
                          "interest in Customer Personal Data, and Maplewood acquires no "
                          "ownership of or control over it, except the limited right to process "
                          "it in accordance with this DPA.",),
            ("Maplewood shall not disclose Customer Personal Data except to its sub-processors "
             "or with the Controller's written consent.",)),
     "present", "the-limited-right-to-process-it"),
    # ownership of the data, then a lasting licence over it by the name it was given
    ("R1", ((PREAMBLE,), ("You retain ownership of the rosters and scores you upload "
                          '("Class Content").', "You grant Maplewood a perpetual, irrevocable "
                          "licence to use Class Content to promote the Service and our other "
                          "products.")),
     "weak", "a-perpetual-licence-over-class-content"),
    # the students keep what they make
    ("R11", ((PREAMBLE,), ("Students keep the rights to any songs they write in the workshop.",)),
     "present", "students-keep-the-rights"),
    # a parent deleting a home profile is no means for the school
    ("R2", ((PREAMBLE,), ("A parent who has connected a Home Account can delete the child's home "
                          "profile from Settings at any time.",)),
     "missing", "a-parent-who-has-connected-a-home-account"),
    # the vendor only tries to delete what is asked
    ("R2", ((PREAMBLE,), ("A school administrator may submit a deletion request through the "
                          "Help Center.", "Maplewood will use reasonable efforts to delete the "
                          "requested Student Data.")),
     "weak", "reasonable-efforts-to-delete"),
    # deleted on the day, the certificate later; the students' own copies the regulation allows
    ("R7", ((PREAMBLE,), ("When the subscription ends, Maplewood will delete all Student Data, "
                          "including backups, on that date, and within thirty (30) days will "
                          "certify the deletion in writing.", "This Section does not apply to "
                          "student-generated content that a student has chosen to keep in a "
                          "personal account.")),
     "present", "on-that-date-then-a-certificate"),
    # another document's severability clause made part of the letter
    ("R10", ((PREAMBLE,), ("Our standard Tour Rider, including its severability clause, forms "
                           "part of this letter agreement.",)),
     "weak", "a-riders-severability-clause"),
    # a table's row of whom the vendor tells, its period blank
    ("R6c", ((PREAMBLE,), ("Notice: Incident involving student information — To whom: Affected "
                           "students or their parents — Deadline: Within [__] days after "
                           "discovery",)),
     "weak", "to-whom-affected-students-a-blank"),
    # a limit that defers to a section, beside that section's list with a case beyond the six
    ("R15e", ((PREAMBLE,), ("Maplewood shall not disclose Student Data, except as permitted by "
                            "Section 6.",),
              ("Maplewood may disclose Student Data only: as required by law; or to Maplewood's "
               "auditors, insurers and legal advisers, in confidence, in connection with its "
               "business.",)),
     "weak", "except-as-permitted-by-section-6"),
    # the data's name is no party bound
    ("R15d", ((PREAMBLE,), ("Maplewood does not sell Customer Personal Data and shall not share "
                            "Customer Personal Data.",)),
     "weak", "does-not-sell-customer-personal-data"),
    # the vendor's notice to the families, at the school's election
    ("R6c", ((PREAMBLE,), ("9.1 Maplewood will notify the District of any unauthorized access to "
                           "Student Data within seventy-two (72) hours of discovery.",),
             ("9.2 At the District's election, Maplewood will either (a) send notices to affected "
              "parents, in a form the District approves, or (b) pay the District's costs of "
              "sending them.",)),
     "weak", "send-notices-to-affected-parents"),
    # a present-tense ban on the PII alone, for 15(a)
    ("R15a", ((PREAMBLE,), ("We do not use personal information from School Accounts to target "
                            "advertising.",)),
     "weak", "we-do-not-use-personal-information"),
    # a consultant's helpers only with the school's consent
    ("R14", ((PREAMBLE,), ("We will not let anyone else handle student information without your "
                           "school's written consent.",)),
     "weak", "not-let-anyone-else-handle"),
    # de-identified data shared for school-purpose tools
    ("U2", ((PREAMBLE,), ("We may use de-identified data to improve Maplewood.", "We may share "
                          "de-identified, aggregated data with partners who build tools designed "
                          "for school purposes.")),
     "present", "partners-who-build-tools-for-school-purposes"),
]  # fmt: skip

# Drafting beside each class that keeps its reading.
CONTROLS = [
    # the child's own messages are records
    ("R4", ((PREAMBLE,), ("Parents can see their child's messages to the teacher in the Family "
                          "view.",)),
     "weak", "the-childs-messages"),
    # the service's upkeep is one of the four
    ("U1", ((PREAMBLE,), ("Maplewood uses Student Data only to run, maintain and improve the "
                          "Service and to personalize practice for each student.",)),
     "present", "to-maintain-and-improve-the-service"),
    # a sale ban alone leaves the use open
    ("R13", ((PREAMBLE,), ("We will not sell student data to advertisers.",)),
     "missing", "not-sell-to-advertisers"),
    # an exception for any purpose takes the ownership back
    ("R1", ((PREAMBLE,), ("As between the parties, the School retains all right, title and "
                          "interest in Student Data, except the right of Maplewood to use it for "
                          "any purpose.",)),
     "weak", "except-for-any-purpose"),
    # a month to delete is a month kept
    ("R7", ((PREAMBLE,), ("Within thirty (30) days after the subscription ends, Maplewood will "
                          "delete all Student Data.",)),
     "weak", "within-thirty-days-after-the-end"),
    # the school's own delete button
    ("R2", ((PREAMBLE,), ("School administrators can delete any student's account, and all of "
                          "its data, from the dashboard at any time.",)),
     "present", "school-administrators-can-delete"),
]  # fmt: skip

test_each_class_is_read_right = probe.reads_as_labelled(CASES)
test_the_controls_keep_their_reading = probe.reads_as_labelled(CONTROLS)


def test_a_states_numbered_paragraph_ends_at_plain_texts_next_heading(
    library: ClauseLibrary, tmp_path: Path
) -> None:
    """ "10.2 Illinois. If you are an Illinois school, …" then "11. GOVERNING LAW": plain
    text's next heading ends the state's paragraph, so the governing law is the general terms'
    (read as Texas's, not set aside as Illinois's)."""
    text = "\n\n".join(
        [
            PREAMBLE,
            probe.general_terms(22),
            "10. STATE-SPECIFIC TERMS",
            "10.1 California. If you are a California school, Maplewood will not sell Student "
            "Data.",
            "10.2 Illinois. If you are an Illinois school, Maplewood will notify the school of a "
            "breach within thirty (30) days.",
            "11. GOVERNING LAW",
            "11.1 These Terms are governed by the laws of the State of Texas.",
        ]
    )
    assert probe.file_statuses(library, tmp_path / "terms.txt", text)["R9"] == "weak"


def test_a_numbered_tables_rows_read_with_the_sentence_that_names_it(
    library: ClauseLibrary, tmp_path: Path
) -> None:
    """ "… by the deadlines in Table 1", its caption, then the table, a column heading ten
    words long: each row reads with the notice that names the table, under its columns."""
    text = "\n\n".join(
        [
            PREAMBLE,
            "6.1 Maplewood shall notify the School and, where Table 1 so provides, affected "
            "students and their parents of any Breach by the deadlines in Table 1, measured from "
            "discovery of the Breach.",
            "Table 1 - Breach notice deadlines",
            "| Category of Student Data | Notice to the School | Notice to students and parents "
            "or guardians (sent by Maplewood) |\n|---|---|---|\n"
            "| Student Information | Within forty-eight (48) hours | Within three (3) days |\n"
            "| Directory Information | Within forty-eight (48) hours | Within seven (7) days |",
        ]
    )
    found = probe.file_statuses(library, tmp_path / "dpa.md", text)
    assert (found["R6a"], found["R6b"], found["R6d"]) == ("present", "present", "present")
