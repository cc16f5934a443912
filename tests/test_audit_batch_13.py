"""Classes of misreading found in batch 13 (tests/corpus/heldout-13/), held out until
2026-12-02 and development since, each read right.

Each case is a sentence of the class, written for the test in words of its own, not a
corpus document's. Each group of sentences is a paragraph of its own.
"""

from __future__ import annotations

import pytest

import audit_probes as probe
from crec_assemble.library.clauses import ClauseLibrary

_OWNS = "The School owns all Student Data."

CASES = [  # (requirement, paragraphs, status, id)
    # 1: the school owns the data, the vendor what it writes of each student (weak)
    ("R1", ((_OWNS,),
            ("Individual student evaluations and behaviour plans prepared under this Agreement "
             "are owned by the Consultant.",)),
     "weak", "evaluations-and-plans-owned-by-the-consultant"),
    ("R1", ((_OWNS,),
            ("Records the protection plan itself creates, including claims, repair histories "
             "and device location records, are the Vendor's business information, kept under "
             "our own policies.",)),
     "weak", "repair-histories-are-the-vendors-business-information"),
    ("R1", ((_OWNS,),
            ("Screening responses and scores the Consultant creates are the Consultant's "
             "professional records.",)),
     "weak", "screening-responses-are-the-consultants-professional-records"),
    ("R1", ((_OWNS,),
            ("On payment, the District receives a perpetual, royalty-free licence to use each "
             "Assessment Report for placement.",)),
     "weak", "the-school-licensed-to-use-the-reports-on-its-students"),
    # 2: a way to ask for deletion that leaves a class of the data out (weak)
    ("R2", (("To ask us to delete the School's Student Data, its administrator may e-mail "
             "privacy@vendor.example.",
             "We will delete it within 20 days, except Showcase Videos, which remain "
             "available to the student.",),),
     "weak", "deletes-on-request-except-videos-which-remain"),
    ("R2", (("The District may ask for deletion of its records by written notice to the "
             "Vendor's privacy office.",
             "The Vendor will delete the records named in the notice within 30 days and "
             "confirm it in writing, except for the Audit Archive.",),),
     "weak", "deletes-on-written-notice-except-for-the-archive"),
    ("R2", (("A team administrator can delete a student's profile from the dashboard "
             "(Settings, Delete data).",
             "Match results already published stay on the public leaderboard and are not "
             "deleted.",),),
     "weak", "published-results-are-not-deleted"),
    # 3: the vendor's purposes, and whatever else it tells the school later (weak)
    ("R3", (("We use student data only to run the Service, or as we otherwise notify the "
             "district when we collect it.",),),
     "weak", "only-or-as-we-otherwise-notify"),
    # 3: the contract's purposes as the main ones only (weak)
    ("R3", (("The Vendor will use Student Data primarily to provide the Services to the "
             "District.",),),
     "weak", "primarily-to-provide-the-services"),
    # 3: the last item of a list of uses, set apart by the reader, sends the rest to a policy
    ("R3", (("We use the roster file only to run picture day, to ship family orders, and for "
             "the",),
            ("other purposes described in our Privacy Policy.",)),
     "weak", "only-and-for-the-other-purposes-in-the-policy-set-apart"),
    # 3: a recital run into the title block wants the data used only as the schedule says:
    # background, no promise (missing)
    ("R3", (("SCHEDULE D DATA TERMS Form D-2 (March 2026) RECITALS The Vendor offers an "
             "online lab course.",
             "The District owns its Student Data and wishes the Vendor to process it only as "
             "this Schedule describes.",
             "The parties therefore agree to the terms of this Schedule.",),),
     "missing", "recital-run-into-the-title-block"),
    # U1: the families told of the vendor's other wares (weak)
    ("U1", (("The Vendor may use Student Data to operate and improve the Service.",),
            ("The Vendor may also e-mail students and their parents about other Vendor "
             "courses and holiday camps.",)),
     "weak", "e-mails-families-about-other-courses"),
    ("U1", (("We use student information to run lessons and to let families know about "
             "our at-home edition.",),),
     "weak", "lets-families-know-about-the-at-home-edition"),
]  # fmt: skip

CONTROLS = [  # ordinary drafting near the classes, read as before
    ("R1", ((_OWNS,),
            ("The Vendor owns its software, including its leveled texts, assessments and "
             "algorithms.",)),
     "present", "the-vendor-owns-its-own-assessments-as-content"),
    ("R1", ((_OWNS,),),
     "present", "the-school-owns-the-data"),
    ("R2", (("To ask us to delete the School's Student Data, its administrator may e-mail "
             "privacy@vendor.example.",
             "We will delete it within 20 days, except copies in encrypted backups, which "
             "are overwritten within 90 days.",),),
     "present", "deletes-on-request-except-backups"),
    ("R2", (("The District may ask for deletion of its records by written notice to the "
             "Vendor's privacy office.",
             "The Vendor will delete the records within 30 days, except as state law "
             "requires it to keep them.",),),
     "present", "deletes-on-request-except-as-the-law-requires"),
    ("R3", (("The Vendor will use Student Data only to provide the Services to the "
             "District.",),),
     "present", "only-to-provide-the-services"),
    ("U1", (("The Vendor may use Student Data to operate and improve the Service.",),
            ("The Vendor may also e-mail parents about their child's progress in the "
             "Service.",)),
     "present", "e-mails-parents-about-their-childs-progress"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("requirement", "paragraphs", "status"),
    [case[:3] for case in CASES],
    ids=[case[3] for case in CASES],
)
def it_reads_batch_13s_drafting(
    library: ClauseLibrary, requirement: str, paragraphs: tuple[tuple[str, ...], ...], status: str
) -> None:
    assert probe.status(library, requirement, probe.paragraphs(*paragraphs)) == status


@pytest.mark.parametrize(
    ("requirement", "paragraphs", "status"),
    [case[:3] for case in CONTROLS],
    ids=[case[3] for case in CONTROLS],
)
def it_reads_ordinary_drafting_near_batch_13s_classes(
    library: ClauseLibrary, requirement: str, paragraphs: tuple[tuple[str, ...], ...], status: str
) -> None:
    assert probe.status(library, requirement, probe.paragraphs(*paragraphs)) == status
