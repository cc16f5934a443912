"""Classes of misreading found in batch 20 (tests/corpus/heldout-20/), held out until
2026-12-03 and development since, and the same classes in the older development batches,
each read right.

Each case is a sentence of the class, written for the test in words of its own, not a
corpus document's. Each group of sentences is a paragraph of its own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import audit_probes as probe
from crec_assemble.audit.reader import read_document
from crec_assemble.library.clauses import ClauseLibrary

PREAMBLE = 'Maplewood Learning, Inc. ("Maplewood") provides the Service to the School.'
HOST = (
    'This Agreement is between Juniper Arts LLC (the "Artist") and the school, district or '
    'education agency named in Schedule A (the "Host").'
)
GRANT = (
    "Maplewood may use Student Data only to provide, maintain, support and improve the "
    "Service, and to respond to questions students send through the help page."
)


# The statute's cases as a limit without a colon writes them, split at each semicolon.
LETTERED = (
    "4.3 Maplewood shall not disclose Student Data unless the disclosure is made (A) in "
    "furtherance of school purposes of the Service, provided the recipient uses it to improve "
    "the operability and functionality of the Service and keeps it secure;",
    "(B) to ensure compliance with law;",
    "(C) in response to a judicial order;",
    "(D) to protect the safety of users or the security of the Service;",
    "(E) to an entity hired by Maplewood to provide services for the Service, provided "
    "Maplewood contractually (i) prohibits the entity from using Student Data for any purpose "
    "other than the contracted service, (ii) prohibits the entity from disclosing Student Data "
    "provided by Maplewood to subsequent third parties, and (iii) requires the entity to keep "
    "it secure;",
)
SEVENTH = (
    "(F) for a school purpose requested by a student or parent, provided the data is not used "
    "for any other purpose; or (G) to a research partner listed in Schedule 2."
)

# The six cases, opened by an exception that names another section.
EXCEPT_AS_5_5 = probe.SIX_CASES.replace(
    "8.3 Provider shall not", "5.6 Except as permitted by Section 5.5, Provider shall not"
)

CASES = [  # (requirement, paragraphs, status, id)
    # a hold for law enforcement ruled out in the promise itself, whatever the base terms say
    ("R6b", ((PREAMBLE,),
             ("Maplewood may delay any notice under this Agreement while a law enforcement "
              "agency asks it to.",),
             ("Notwithstanding Section 9, and without any law-enforcement delay, Maplewood shall "
              "notify the School of a breach of Student Data within five (5) calendar days of "
              "discovering it.",)),
     "present", "without-any-law-enforcement-delay"),
    # the school defined as an "education agency named in" a schedule: its own duties are not
    # the vendor's
    ("R8", ((HOST,),
            ("The Host acknowledges that it is subject to FERPA and will obtain every parental "
             "consent the Residency needs.",)),
     "missing", "the-host-named-as-an-education-agency-is-subject-to-ferpa"),
    ("R8", ((PREAMBLE,),
            ("We understand that CREC, as a regional educational agency, is subject to FERPA.",)),
     "missing", "crec-as-an-agency-is-subject-to-ferpa"),
    # people a consultant brings into the work: a list ending in a service, "my associates",
    # helpers "with the School's prior written approval"
    ("R14", ((HOST,),
             ("The Artist may engage a set designer, a sound engineer and a captioning service "
              "for the Residency.",
              "The Artist will tell the Host who they are before they start, and each will be "
              "bound by confidentiality obligations no less protective than this Section.")),
     "weak", "a-list-of-helpers-ending-in-a-captioning-service"),
    ("R14", ((PREAMBLE,),
             ("Now and then one of my associates may help run a rehearsal.",
              "I will let you know who beforehand, and anyone who helps me will agree in writing "
              "to the same terms about student information as this letter.")),
     "weak", "anyone-who-helps-me-agrees-to-the-same-terms"),
    ("R14", ((PREAMBLE,),
             ("Maplewood may bring one or more assistant instructors to sessions with the "
              "School's prior written approval.",)),
     "weak", "assistants-brought-with-the-schools-approval"),
    # what is kept at the end with every name and identifier removed is no student data
    ("R7", ((PREAMBLE,),
            ("Upon completion of the Services, Maplewood will not retain Student Data and will "
             "destroy every file containing it no later than the date of completion.",
             "Maplewood may keep the master files of published books from which every student "
             "name and identifier has been removed.")),
     "present", "masters-kept-with-every-name-and-identifier-removed"),
    # a disclosure to the school's insurer is to a third party, not to the school
    ("R15e", ((PREAMBLE,), (probe.SIX_CASES + "; or (G) to the School's insurance carrier after an "
                            "injury, with the names of the students involved.",)),
     "weak", "the-schools-insurance-carrier"),
    # a grant that also creates de-identified data still uses the identified data it names
    ("U1", ((PREAMBLE,),
            ("Maplewood may use Customer Data to provide and improve the Service, to develop new "
             "products and features, and to create Aggregated Data.",)),
     "weak", "developing-new-products-beside-aggregated-data"),
    # the model agreement's licence to tell account holders about new products, left standing
    ("U1", ((PREAMBLE,), (GRANT,),
            ("This section does not prohibit Maplewood from using Student Data (i) for adaptive "
             "learning; or (iii) to notify account holders about new education product updates, "
             "features or services.",)),
     "weak", "notices-of-new-products-left-standing"),
    # marketing in a grant's list, or e-mailed to the students by another name
    ("U1", ((PREAMBLE,),
            ("Customer authorizes Maplewood to use Student Data to (a) provide the Service; (b) "
             "answer support requests; and (c) let Teachers and Student Users know, by in-app "
             "banners, about new quilt collections and Maplewood Plus features.",)),
     "weak", "letting-users-know-about-plus-features"),
    ("U1", ((PREAMBLE,),
            ("Maplewood may use Student Data to run the Service and, if the School turns on "
             "Family Mail, to send parents monthly progress notes with news about our summer "
             "drumming intensive courses.",)),
     "weak", "news-of-summer-courses"),
    ("U1", ((PREAMBLE,), (GRANT,),
            ("We may email past Entrants and their coaches about next year's season and our paid "
             "weekend coding workshops.",)),
     "weak", "emailing-past-entrants-about-paid-workshops"),
    # 11: what a student writes, the poems the student makes, an entrant's own project
    ("R11", ((PREAMBLE,),
             ("2.2 All student-generated content, including the sketches and captions that a "
              "student draws or uploads, shall be the property of the student.",)),
     "present", "content-a-student-uploads-the-students-property"),
    ("R11", ((PREAMBLE,),
             ("Each student, or the student's parent or guardian, owns the songs and performances "
              "that the student creates.",)),
     "present", "a-student-owns-the-songs-the-student-creates"),
    ("R11", ((PREAMBLE,),
             ("Each Competitor retains ownership of his or her Entry and all rights in it.",)),
     "present", "a-competitor-retains-his-or-her-entry"),
    ("R11", ((PREAMBLE,),
             ("Student Users retain ownership of the original Patterns they create.",
              "Patterns built on a Maplewood Premium Template are derivative works, and all "
              "right, title and interest in such Patterns vests in Maplewood; the Student User "
              "keeps a licence to use them.")),
     "weak", "derivative-work-of-students-vests-in-the-vendor"),
    # "market data" sells nothing to anyone
    ("R13", ((PREAMBLE,),
             ("We are not responsible for third-party sites or for the accuracy of stock market "
              "data.",)),
     "missing", "market-data-is-no-advertising"),
    # a consultant's letter in the first person
    ("R6b", ((PREAMBLE,),
             ("If I discover that student information has been lost, stolen or shown to someone "
              "who should not have it, I will notify you within seventy-two hours of "
              "discovering it.",)),
     "present", "i-will-notify-after-should-not-have-it"),
    ("R1", ((PREAMBLE,),
            ("The roster and any student records you give me remain CREC's records and are not my "
             "property.",)),
     "present", "not-my-property"),
    # the vendor's part in the school's procedure, in the numbered clause after it
    ("R4", ((PREAMBLE,),
            ("6.1 The School will establish the procedures by which a parent may review the "
             "student's records and ask for errors to be corrected.",),
            ("6.2 Maplewood will support those procedures.",
             "Within ten (10) days after a written request from the School, Maplewood will "
             "export the records the School identifies or make the corrections the School "
             "directs.")),
     "weak", "the-vendor-supports-those-procedures"),
    # one party's obligations under Connecticut law
    ("R9", ((PREAMBLE,),
            ("Connecticut law governs the School's obligations under these Terms.",
             "Maplewood's duties as an examiner are governed by the Examiner Code of the "
             "national council that certifies it.")),
     "weak", "connecticut-law-over-the-schools-obligations"),
    # a notice verb whose families are a later clause's students
    ("R6c", ((PREAMBLE,),
             ("Maplewood will notify the School of a breach of Student Data within five (5) days "
              "of discovering it.",),
             ("While we notify, we may look into which students were affected by the breach.",),
             ("The School is responsible for notifying affected families.",)),
     "missing", "while-we-notify-we-look-into-which-students"),
    # a certificate of deletion on request asks for no deletion
    ("R2", ((PREAMBLE,),
            ("When the subscription ends we delete the School's Student Data, and we will provide "
             "a written certification of deletion on request.",)),
     "missing", "certification-of-deletion-on-request"),
    ("R1", ((PREAMBLE,),
            ("The School owns all Student Data.",),
            ("Patterns built on a Maplewood Premium Template are derivative works of students' "
             "patterns, and all right, title and interest in such Patterns vests in Maplewood.",)),
     "weak", "students-derivative-work-vests-in-the-vendor-1"),
    # de-identified data shared, the data named at length before whom it goes to
    ("U2", ((PREAMBLE,),
            ("Maplewood may share de-identified or aggregated Student Data, including aggregated "
             "attendance counts and participation statistics by grade, with its research "
             "partners and with state agencies.",)),
     "weak", "de-identified-data-shared-after-a-long-naming"),
    # kept past the closing performance: past the services' end
    ("R7", ((HOST,),
            ("Within four weeks after the closing performance, the Artist will delete the raw "
             "audio recordings.",
             "The Artist keeps interview transcripts, with surnames removed, in the play's "
             "archive.")),
     "weak", "recordings-deleted-after-the-closing-performance"),
    # the students' contact details for offers to alumni
    ("U1", ((PREAMBLE,), (GRANT,),
            ("After the reunion Maplewood may use contributor names, graduating year and contact "
             "details to offer alumni framed prints and printed books.",)),
     "weak", "contact-details-for-offers-to-alumni"),
    # the statute's lettered cases, opened without a colon, going on past a page's break (as
    # a PDF's reader gives them, each case split at its semicolon): a seventh case counts
    ("R15e", ((PREAMBLE,), LETTERED, (SEVENTH,)), "weak", "a-seventh-case-after-a-page-break"),
    # a limit whose own exception names a section that lets an unbound successor in
    ("R15e", ((PREAMBLE,),
              ("5.5 Maplewood will not sell Student Data.",
               "Maplewood may assign this Agreement, and transfer Student Data, to a successor in "
               "a merger or a sale of its assets."),
              (EXCEPT_AS_5_5 + ".",)),
     "weak", "except-as-permitted-by-a-section-that-lets-a-successor-in"),
    # deletion on request of part of the data, the rest only at the end (from an older batch)
    ("R2", ((PREAMBLE,),
            ("12.1 During the subscription, the School's administrators may delete student work "
             "for any student using the deletion tools in the admin console.",
             "Roster information can be deleted only on termination of the Agreement.")),
     "weak", "roster-deleted-only-on-termination"),
    # what is wrong named in the piece before the vendor's correction
    ("R4", ((PREAMBLE,),
            ("6.1 A student or parent may review the information Maplewood holds about the "
             "student by writing to data@example.org.",),
            ("6.2 Maplewood will send a copy of the information within ten (10) days.",
             "If the information is wrong, the parent tells Maplewood what should change;",
             "Maplewood will correct it within ten (10) days.")),
     "present", "the-vendor-corrects-it-after-the-wrong-information"),
]  # fmt: skip


# Drafting near each class that already read right, and must stay so.
CONTROLS = [  # (requirement, paragraphs, status, id)
    ("R6b", ((PREAMBLE,),
             ("Maplewood may delay any notice under this Agreement while a law enforcement "
              "agency asks it to.",),
             ("Maplewood shall notify the School of a breach of Student Data within five (5) "
              "calendar days of discovering it.",)),
     "weak", "a-hold-the-promise-does-not-rule-out"),
    ("R7", ((PREAMBLE,),
            ("Within thirty (30) days after the Services end, Maplewood will securely destroy all "
             "Student Data.",
             "Maplewood may keep interview transcripts with the students' surnames removed.")),
     "weak", "transcripts-kept-with-surnames-removed"),
    ("U1", ((PREAMBLE,), (GRANT,),
            ("Maplewood may create De-identified Data and may use it to develop new products.",)),
     "present", "de-identified-data-created-and-used"),
    ("U1", ((PREAMBLE,), (GRANT,),
            ("This section does not prohibit Maplewood from using Student Data (i) for adaptive "
             "learning; or (iii) to notify account holders about new education product updates, "
             "features or services.",),
            ("Clauses (ii) and (iii) of the section above are deleted.",)),
     "present", "notices-of-new-products-deleted"),
    ("U1", ((PREAMBLE,), (GRANT,),
            ("We may email parents about the tournaments their school has entered.",)),
     "present", "emailing-parents-about-the-schools-tournaments"),
    ("R11", ((PREAMBLE,),
             ("Student Users retain ownership of the original Patterns they create.",)),
     "present", "students-retain-their-patterns"),
    ("R1", ((PREAMBLE,),
            ("The School owns all Student Data.",),
            ("All right, title and interest in the Platform vests in Maplewood; Users receive a "
             "licence to use it.",)),
     "present", "the-platform-vests-in-the-vendor"),
    ("R15e", ((PREAMBLE,), (probe.SIX_CASES + "; or (G) to the School.",)),
     "present", "to-the-school-itself"),
    ("R15e", ((PREAMBLE,), LETTERED, (SEVENTH.partition("; or (G)")[0] + ".",)),
     "present", "the-six-cases-after-a-page-break"),
    ("R15e", ((PREAMBLE,),
              ("5.5 Maplewood will not sell Student Data.",
               "Maplewood may transfer Student Data to a successor in a merger only if the "
               "successor is bound by this Agreement."),
              (EXCEPT_AS_5_5 + ".",)),
     "present", "except-as-permitted-by-a-section-that-binds-the-successor"),
    ("R1", ((PREAMBLE,),
            ("Maplewood may disclose Student Data as it deems necessary to protect its business, "
             "its rights or its property.",)),
     "missing", "to-protect-its-property"),
    ("R6c", ((PREAMBLE,),
             ("Maplewood will notify the School of a breach of Student Data within five (5) days "
              "of discovering it, and will notify the affected students and parents within five "
              "(5) days as well.",)),
     "present", "notifying-the-school-and-then-the-families"),
    ("R4", ((PREAMBLE,),
            ("6.1 The School will establish the procedures by which a parent may review the "
             "student's records and ask for errors to be corrected.",),
            ("6.2 Maplewood will host the Service in the United States.",)),
     "missing", "an-unrelated-clause-after-the-schools-procedure"),
    ("R9", ((PREAMBLE,),
            ("Connecticut law governs this Agreement and the rights and obligations of the "
             "parties.",)),
     "present", "connecticut-law-over-the-whole-agreement"),
    ("R2", ((PREAMBLE,),
            ("The School may ask Maplewood to delete any Student Data at any time by writing to "
             "privacy@example.com, and Maplewood will delete it within thirty (30) days and "
             "provide a certification of deletion on request.",)),
     "present", "deletion-on-request-with-its-certificate"),
    # sentences a review of the change wrote against its first patterns, each mended
    ("R3", ((PREAMBLE,),
            ("Maplewood will not sell or share data with third parties, and will use and collect "
             "Student Data only as necessary to provide the Service to the School.",)),
     "present", "a-denied-sharing-then-the-vendors-own-use"),
    ("R15e", ((PREAMBLE,),
              ('Maplewood will report program results to the state agency identified in Exhibit C '
               '(the "Agency").',),
              (probe.SIX_CASES + "; or (G) to the Agency, with the names of the students.",)),
     "weak", "a-state-agency-is-no-school"),
    ("R15e", ((PREAMBLE,),
              ("5.5 Maplewood will not sell Student Data.",
               "This Agreement binds the parties and their successors and permitted assigns, and "
               "Maplewood shall not transfer Student Data to any successor without the School's "
               "prior written consent."),
              (EXCEPT_AS_5_5 + ".",)),
     "present", "a-section-that-binds-successors"),
    ("U1", ((PREAMBLE,), (GRANT,),
            ("Maplewood will not use Student Data to notify account holders about new products, "
             "features or services.",)),
     "present", "no-notices-of-new-products"),
    ("R4", ((PREAMBLE,),
            ("A parent may review the student's data by writing to data@example.org, and "
             "Maplewood will send a copy within ten (10) days.",
             "Maplewood will fix any reported bugs in the Service within ten (10) days.")),
     "weak", "fixing-bugs-is-no-correction"),
    ("R6a", ((PREAMBLE,),
             ("Maplewood will notify the School of any breach of Student Data within twenty-four "
              "(24) hours of discovering it \u2014 sooner if imminent misuse is likely.",)),
     "present", "an-em-dash-in-prose-is-no-table-row"),
    ("R6b", ((PREAMBLE,),
             ("Maplewood shall notify the School of a breach of Student Data within five (5) "
              "calendar days of discovering it, and shall not delay that notice without law "
              "enforcement's written request.",)),
     "weak", "no-delay-without-law-enforcements-request"),
    ("R1", ((PREAMBLE,),
            ("Student Data remains the property of the School.",),
            ("Title to the software and to any feedback that users give about it vests solely in "
             "Maplewood.",)),
     "present", "feedback-about-the-software-vests-in-the-vendor"),
    ("U1", ((PREAMBLE,), (GRANT,),
            ("Maplewood may create de-identified data sets from Student Data, removing all names, "
             "student identifiers, dates of birth, addresses and school names, and may use such "
             "data sets for research and product development.",)),
     "present", "such-de-identified-data-sets-used-for-research"),
    ("U1", ((PREAMBLE,),
            ("Maplewood may use Student Data only to provide, maintain and support the Service, "
             "and to answer the School's questions about paid services it has ordered.",)),
     "present", "questions-about-paid-services-ordered"),
    ("U1", ((PREAMBLE,),
            ("Maplewood may use Student Data only to provide, maintain and support the Service, "
             "and to send parents weekly progress reports during the summer reading program.",)),
     "present", "reports-during-the-summer-reading-program"),
    ("R9", ((PREAMBLE,),
            ("This Agreement and all claims arising from it are governed by Connecticut law, which "
             "also governs the District's rights to audit Maplewood.",)),
     "present", "connecticut-law-also-over-the-districts-audit-rights"),
    ("R8", ((PREAMBLE,),
            ("Maplewood acknowledges that the School, Maplewood, and its staff are subject to "
             "FERPA in handling Student Data.",)),
     "present", "the-school-and-the-vendor-subject-to-ferpa"),
    ("R2", ((PREAMBLE,),
            ("Maplewood will delete Student Data within thirty (30) days after the School asks, "
             "and will confirm the deletion on request.",)),
     "weak", "deletion-when-the-school-asks-confirmed-on-request"),
]  # fmt: skip


test_each_class_is_read_right = probe.reads_as_labelled(CASES)
test_the_controls_keep_their_reading = probe.reads_as_labelled(CONTROLS)


# Markdown or text hard-wrapped at a margin wider than 100 columns is read as paragraphs,
# not line by line; lines each a paragraph of their own stay apart. The reader does that, so
# these cases are read from a file.
_WRAPPED = (
    "{PREAMBLE}\n\n"
    "**4.4 Advertising.** We do not show advertising of any kind in student accounts. We never use "
    "student personal\n"
    "information for targeted advertising, and we will not use Student Data or any persistent "
    "identifier from the Service to\n"
    "target advertising to students on other websites, services or apps.\n"
)
_LINE_BY_LINE = (
    "{PREAMBLE}\n\n"
    "We never use student personal information for targeted advertising on the Service or "
    "anywhere else, ever.\n"
    "We will not use Student Data or any persistent identifier to target advertising to "
    "students on other websites.\n"
)


_BULLETS = (
    "{PREAMBLE}\n\n"
    "- Maplewood will not sell Student Data or use it for targeted advertising or to build a "
    "student profile of any kind\n"
    "- Maplewood may keep backups for ninety days and will delete Student Data when the School "
    "asks in writing at any time\n"
)


def test_lines_wrapped_past_100_columns_are_one_paragraph(
    library: ClauseLibrary, tmp_path: Path
) -> None:
    text = _WRAPPED.format(PREAMBLE=PREAMBLE)
    assert probe.file_statuses(library, tmp_path / "terms.md", text)["R15b"] == "present"


@pytest.mark.parametrize(
    "paper", [_LINE_BY_LINE, _BULLETS], ids=["each-line-a-paragraph", "each-bullet-an-item"]
)
def test_long_lines_that_are_paragraphs_or_items_stay_apart(tmp_path: Path, paper: str) -> None:
    path = tmp_path / "terms.md"
    path.write_text(paper.format(PREAMBLE=PREAMBLE), encoding="utf-8")
    sentences = read_document(path).sentences
    assert len({s.paragraph for s in sentences}) == 3


# Another state's term, by a condition on who uses the service ("Where Maplewood is used by
# a Texas school, …"), binds only that state's schools; the reader sets it aside, so these
# cases are read from a file.
_USED_BY = (
    "{PREAMBLE}\n\nWe do not sell students' personal information.\n\nWhere Maplewood is used "
    "by a {state} school, we do not sell, rent or trade student information.\n"
)


@pytest.mark.parametrize(
    ("state", "status"),
    [("Texas", "weak"), ("Connecticut", "present")],
    ids=["where-used-by-a-texas-school", "where-used-by-a-connecticut-school"],
)
def test_a_term_for_schools_of_another_state_binds_only_them(
    library: ClauseLibrary, tmp_path: Path, state: str, status: str
) -> None:
    paper = _USED_BY.format(PREAMBLE=PREAMBLE, state=state)
    assert probe.file_statuses(library, tmp_path / "terms.txt", paper)["R15d"] == status


# A breach table's row for the imminent case alone beside the row for every other breach:
# the other row's period is the notice's (6(a)). The reader reads the table, so from a file.
_BREACH_TABLE = (
    "{PREAMBLE}\n\n## 8. Security incidents\n\n"
    "If Maplewood discovers a breach of Student Data, it will notify the School as follows.\n\n"
    "| Incident | Who we tell | When |\n|---|---|---|\n"
    "| Imminent misuse of Student Data is likely | The School's privacy contact | Within 48 "
    "hours of discovery |\n"
    "| Any other breach of Student Data | The School's privacy contact | {other} |\n"
)


@pytest.mark.parametrize(
    ("other", "status"),
    [
        ("Within seven (7) days of discovery", "weak"),
        ("Within four (4) days of discovery", "present"),
    ],
    ids=["the-other-row-too-slow", "the-other-row-in-time"],
)
def test_a_breach_tables_other_row_gives_the_period(
    library: ClauseLibrary, tmp_path: Path, other: str, status: str
) -> None:
    paper = _BREACH_TABLE.format(PREAMBLE=PREAMBLE, other=other)
    assert probe.file_statuses(library, tmp_path / "terms.md", paper)["R6a"] == status
