"""Classes of misreading found in batch 16 (tests/corpus/heldout-16/), held out until
2026-12-03 and development since, and the same classes in the older development batches,
each read right.

Each case is a sentence of the class, written for the test in words of its own, not a
corpus document's. Each group of sentences is a paragraph of its own.
"""

from __future__ import annotations

from pathlib import Path

import audit_probes as probe
from crec_assemble.audit.layout import pdf_paragraphs
from crec_assemble.audit.parties import as_contractor, school_names
from crec_assemble.library.clauses import ClauseLibrary

CASES = [  # (requirement, paragraphs, status, id)
    # 6(b): a tier of the breach notice for one kind of data, named after "student": the
    # longer tier still governs the directory information (weak)
    ("R6b", (("If we discover a breach of Student Data, we will notify the District within "
              "three (3) business days where grades, student ID numbers or health notes are "
              "involved, and within twelve (12) business days where only names are involved.",),),
     "weak", "a-tier-that-names-student-id-numbers"),
    # 11: the content of a student user, owned by "that student"
    ("R11", (("Poems, videos and other content created by a Student User belong to that "
              "student.",),),
     "present", "created-by-a-student-user-belongs-to-that-student"),
    # U1: models trained on the data and used across everything the vendor sells (weak)
    ("U1", (("Brightway may use Student Data to provide and improve the Platform and to train "
             "the scheduling models used across Brightway's product lines.",),),
     "weak", "models-used-across-its-product-lines"),
    # 2: a deletion request carried out "in line with" the vendor's retention policy (weak)
    ("R2", (("The School may ask us to delete Student Data by e-mail to privacy@example.com. "
             "We act on these requests in line with our data retention policy.",),),
     "weak", "requests-handled-in-line-with-its-retention-policy"),
    # 1 and 14: the school under a name of the preamble's own, "the Authority"
    ("R1", (('This Agreement is made between Brightwater Therapy, LLC (the "Consultant") and '
             'the Capitol Region Education Council ("CREC" or the "Authority").',),
            ("4.1 All Student Records remain the property of and under the control of the "
             "Authority.",)),
     "present", "owned-by-the-school-the-preamble-calls-the-authority"),
    ("R1", (('This Agreement is made between Brightwater Therapy, LLC (the "Consultant") and '
             'the board of education named on the signature page (the "Authority").',),
            ("4.1 All Student Records remain the property of and under the control of the "
             "Authority.",)),
     "present", "owned-by-the-board-named-on-the-signature-page"),
    ("R14", (('This Agreement is made between Brightwater Therapy, LLC (the "Consultant") and '
              'the Capitol Region Education Council ("CREC" or the "Authority").',),
             ("5.1 The Consultant will not subcontract any part of the Services without the "
              "prior written consent of the Authority.",)),
     "weak", "subcontracting-with-the-authoritys-consent"),
    # 3: how young students reach the service is no use of their data, and no exception
    ("R3", (("Students under 13 use the App only through a class account created by their "
             "teacher.",),
            ("The Vendor uses Student Data only to provide the App to the School.",)),
     "present", "students-under-13-use-the-app-only-through-a-class-account"),
]  # fmt: skip

CONTROLS = [  # (requirement, paragraphs, status, id)
    # 6(b) and 6(d): each recipient its own period, the families' longer
    ("R6b", (("If we discover a breach of Student Data, we will notify the District within "
              "five (5) days and affected students within thirty (30) days.",),),
     "present", "the-school-in-five-days-the-students-in-thirty"),
    ("R6d", (("If we discover a breach of Student Data, we will notify the District within "
              "five (5) days and affected students within thirty (30) days.",),),
     "weak", "the-students-in-thirty-days"),
    # 11: a student user's content claimed by the vendor, or left to the school
    ("R11", (("Content created by a Student User belongs to the Company.",),),
     "missing", "a-student-users-content-belongs-to-the-company"),
    ("R11", (("Projects created by a student user belong to that user's school.",),),
     "missing", "a-student-users-projects-belong-to-the-school"),
    ("R11", (("Content created by a Student User is the property of that Student User's "
              "school.",),),
     "missing", "the-property-of-that-student-users-school"),
    # 6(a) to 6(d): kinds of data named after "student" and "parent" are no recipients
    ("R6b", (("If we discover a breach of student passwords or parent contact details, we will "
              "notify the District within twenty-four (24) hours and affected parents within "
              "thirty (30) days.",),),
     "present", "student-passwords-and-parent-contact-details"),
    ("R6c", (("If we discover a breach of student passwords or parent contact details, we will "
              "notify the District within twenty-four (24) hours and affected parents within "
              "thirty (30) days.",),),
     "weak", "the-parents-told-in-thirty-days"),
    # U1: models named beside the vendor's products, but none trained on the data
    ("U1", (("Provider uses Student Data only to maintain, support and improve the Service; its "
             "pricing models are uniform across its product lines.",),),
     "present", "pricing-models-uniform-across-its-product-lines"),
    # 2: retention that is not the vendor's own: the backups' fixed cap, the school's schedule
    ("R2", (("The School may ask us to delete Student Data by e-mail to privacy@example.com, and "
             "we will delete it within ten days; backup copies are overwritten according to the "
             "backup retention schedule, not to exceed ninety (90) days.",),),
     "present", "backups-overwritten-according-to-the-backup-retention-schedule"),
    ("R2", (("The School may ask us to delete Student Data by e-mail to privacy@example.com, and "
             "we will delete it within ten days, according to the District's records retention "
             "schedule.",),),
     "present", "according-to-the-districts-retention-schedule"),
    # 1: a name the preamble gives the vendor, or its wares, is never the school's
    ("R6a", (('This Agreement is between the school district that signs this Agreement and '
              'Lumora Learning ("Lumora").',),
             ("Lumora shall notify the District of any breach of Student Data within two (2) "
              "calendar days after discovery.",)),
     "present", "the-vendor-named-after-the-school-that-signs"),
    ("R1", (('Lumora Learning, Inc. ("Provider") provides to the board of education named in the '
             'Order Form its reading software (the "Platform").',),
            ("Student Data in the Platform is the property of the District and not of "
             "Provider.",)),
     "present", "the-vendors-platform-named-after-the-board"),
    # 6(a): the regulator whose name ends in the school's ("Supervisory Authority") is told,
    # not the school
    ("R6a", (('This Agreement is between the board of education named on the signature page '
              '(the "Authority") and Lumora Learning, Inc. ("Lumora").',),
             ("Lumora shall notify the competent Supervisory Authority of any breach of Student "
              "Data within seventy-two (72) hours.",)),
     "missing", "the-supervisory-authority-is-not-the-authority"),
    # U1: models trained for the service itself
    ("U1", (("Brightway may use Student Data to provide and improve the Platform, including to "
             "train the scheduling models used in the Platform.",),),
     "present", "models-used-in-the-platform"),
    # 2: a deletion request carried out in line with the school's own instructions
    ("R2", (("The School may ask us to delete Student Data by e-mail to privacy@example.com. "
             "We act on these requests within ten days, in line with the School's "
             "instructions.",),),
     "present", "requests-handled-in-line-with-the-schools-instructions"),
    # 1: a vendor that calls itself the Agency keeps the records: never the school's
    ("R1", (('This Agreement is made between Harbor Tutoring Agency, LLC (the "Agency") and '
             'the Capitol Region Education Council ("CREC").',),
            ("4.1 All Student Records remain the property of the Agency.",)),
     "missing", "owned-by-the-vendor-that-calls-itself-the-agency"),
    # 3: how students reach the service limits nothing the vendor does with the data
    ("R3", (("Students under 13 use the App only through a class account created by their "
             "teacher.",),),
     "missing", "only-how-students-reach-the-app"),
]  # fmt: skip


@probe.paragraph_cases(CASES)
def it_reads_batch_16s_drafting(
    library: ClauseLibrary, requirement: str, paragraphs: probe.Paragraphs, status: str
) -> None:
    assert probe.status(library, requirement, probe.paragraphs(*paragraphs)) == status


@probe.paragraph_cases(CONTROLS)
def it_reads_ordinary_drafting_near_batch_16s_classes(
    library: ClauseLibrary, requirement: str, paragraphs: probe.Paragraphs, status: str
) -> None:
    assert probe.status(library, requirement, probe.paragraphs(*paragraphs)) == status


def it_sets_an_exhibits_own_numbered_headings_apart_from_the_text_under_them() -> None:
    """ "CT-2. Ownership" over its text is a heading, as "2. Ownership" is; a wrapped
    sentence's line that opens with "K-12" or "A.1" and states something is not; nor is an
    inline "(i)" a line break fell before."""
    page = (
        "CT-2. Ownership\n"
        "Student Data are not the property of, or under the control of, the Provider.\n"
        "A.1 Client Records\n"
        "Client Records belong to the Client.\n"
        "B2.1 Definitions\n"
        "The Provider serves schools teaching\n"
        "K-12 Students In Connecticut and elsewhere.\n"
        "The Provider serves students in grades\n"
        "K-12. Student Data is and remains\n"
        "the property of the District.\n"
        "A.1 Student Data is encrypted at rest using\n"
        "AES-256 keys.\n"
        "K-12 Student Data is and remains the sole\n"
        "property of the District.\n"
        "(E) to an entity hired by Provider, provided Provider contractually\n"
        "(i) prohibits the entity from using Student Data for any other purpose.\n"
        "(F) for a school purpose.\n"
        "Notices may be given:\n"
        "(a) personally\n"
        "(b) electronically.\n"
        "Information Collected Automatically\n"
        "(a) Provider collects device identifiers.\n"
    )
    assert [text for _, text in pdf_paragraphs([page])] == [
        "CT-2. Ownership",
        "Student Data are not the property of, or under the control of, the Provider.",
        "A.1 Client Records",
        "Client Records belong to the Client.",
        "B2.1 Definitions",
        "The Provider serves schools teaching\nK-12 Students In Connecticut and elsewhere.",
        "The Provider serves students in grades\nK-12. Student Data is and remains\n"
        "the property of the District.",
        "A.1 Student Data is encrypted at rest using\nAES-256 keys.",
        "K-12 Student Data is and remains the sole\nproperty of the District.",
        "(E) to an entity hired by Provider, provided Provider contractually\n"
        "(i) prohibits the entity from using Student Data for any other purpose.",
        "(F) for a school purpose.",
        "Notices may be given:",
        "(a) personally",
        "(b) electronically.",
        "Information Collected Automatically",
        "(a) Provider collects device identifiers.",
    ]


def it_reads_only_the_school_under_a_name_of_its_own() -> None:
    """The preamble's name for the school ("Agency", "Enfield"), not a body with "Board" in
    its name, a regulator, an act an educational agency is subject to, the vendor's wares,
    nor "you"."""
    preamble = probe.apart(
        'This Agreement is made between Lumen Behaviour, LLC ("Lumen") and the Capitol Region '
        'Education Council ("CREC" or the "Agency").',
        'Lumen\'s analysts are certified by the Behavior Analyst Certification Board ("BACB").',
        "CREC is an educational agency subject to the Family Educational Rights and Privacy "
        'Act ("FERPA").',
        'These School Terms (the "Terms") are between Lumen and the school district that '
        'accepts them ("you").',
        'Lumen reports to the State Board of Education (the "State Board").',
        "Lumen, Inc. provides to the board of education named in the Order Form its coaching "
        'software (the "Platform").',
        "This Agreement is also between Lumen and the Town of Enfield Board of Education "
        '("Enfield").',
    )
    assert school_names(preamble, ("Lumen",)) == ("Agency", "Enfield")
    others = probe.apart(
        'Lumen, Inc. ("Lumen") works with the University of Connecticut ("UConn" or the '
        '"Institution") and the Parent Teacher Organization of Hartford Public Schools ("PTO").',
        'This Statement of Work for Regional School District 10 ("SOW-10") is made by Lumen.',
        "The school district identified in the Order Form, on whose behalf Acme Learning "
        '("Acme") provides the Service, agrees to these terms.',
    )
    assert school_names(others, ("Lumen",)) == ()


def it_writes_the_schools_own_name_as_the_school_only_where_it_names_the_school() -> None:
    """ "the Agency" is the school; "a Consumer Reporting Agency" and "the Supervisory
    Authority" are other bodies."""
    sentence = probe.clause(
        "Acme shall notify the Supervisory Authority and the Authority; the Agency will pay, "
        "and a Consumer Reporting Agency is not the Agency."
    )[0]
    assert as_contractor(sentence, ["Acme"], ["Authority", "Agency"]).text == (
        "Contractor shall notify the Supervisory Authority and the School; the School will pay, "
        "and a Consumer Reporting Agency is not the School."
    )


def it_reads_a_seventh_case_the_reader_split_from_the_six_at_a_semicolon(
    library: ClauseLibrary, tmp_path: Path
) -> None:
    """The six cases in one paragraph, each after a semicolon, are one limit: a seventh, "(G)
    to Provider's research partners", goes beyond them (weak); without it, the limit holds."""
    seventh = (
        probe.SIX_CASES + "; or (G) to Provider's research partners under a data use agreement."
    )
    assert probe.file_statuses(library, tmp_path / "seven.txt", seventh)["R15e"] == "weak"
    assert (
        probe.file_statuses(library, tmp_path / "six.txt", probe.SIX_CASES + ".")["R15e"]
        == "present"
    )
    numbered = (
        "Provider shall not disclose Student Data except: (1) with the School; (2) as required "
        "by law; (3) with advertising partners."
    )
    assert probe.file_statuses(library, tmp_path / "numbered.txt", numbered)["R15e"] == "weak"


def it_keeps_a_cases_own_conditions_and_other_lists_apart_from_the_cases(
    library: ClauseLibrary, tmp_path: Path
) -> None:
    """A service provider's conditions, "(i) …; (ii) …; and (iii) …" or "that: (1) …; (2) …",
    are the case's own, not cases; a list of obligations whose first item is the limit, and the
    next subsection run into the paragraph, are no cases of it."""
    semicolons = probe.SIX_CASES.replace(" service, (ii)", " service; (ii)").replace(
        " parties, and (iii)", " parties; and (iii)"
    )
    assert semicolons != probe.SIX_CASES
    subprocessors = (
        "7.2 Vendor shall not disclose Student Data to any third party except: (A) to the "
        "District; (B) as required by law or court order; (C) to its Subprocessors, provided "
        "Vendor has entered into written agreements with each Subprocessor that: (1) limit the "
        "Subprocessor's use of Student Data to providing the services; (2) prohibit the "
        "Subprocessor from disclosing Student Data to any other party; and (3) require the "
        "Subprocessor to maintain reasonable security safeguards."
    )
    obligations = (
        "Provider shall: (1) not disclose Student Data except to the District or as required by "
        "law; (2) encrypt Student Data; (3) delete Student Data on request; and (4) notify the "
        "District of breaches."
    )
    next_subsection = (
        probe.SIX_CASES + ". (2) Provider shall implement reasonable security practices."
    )
    for name, text in [
        ("semicolons", semicolons),
        ("subprocessors", subprocessors),
        ("obligations", obligations),
        ("next", next_subsection),
    ]:
        assert probe.file_statuses(library, tmp_path / f"{name}.txt", text)["R15e"] == "present"
