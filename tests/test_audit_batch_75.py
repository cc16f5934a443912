"""Classes of misreading found in batch 75 (tests/corpus/heldout-75/), held out until
2026-12-06 and development since, each read right.

Each case is a sentence of the class, written for the test in words of its own, not a
corpus document's. Each group of sentences is a paragraph of its own. Every case fails on
the rules of dadb9df, before this round; every control reads the same on both.
"""

from __future__ import annotations

import audit_probes as probe
from audit_probes import ARTIST, PREAMBLE

CASES = [
    # The vendor keeps what it needs for its own business, said as an exception in the next
    # sentence, which points back to "these requests" (2)
    ('R2', (
        (PREAMBLE,),
        (
            'Schools can ask us to delete student information at any time by writing to '
            'privacy@maplewood.example.',
        ),
        (
            'We will honour these requests within 30 days, except where we need to keep '
            'information for legitimate business purposes.',
        ),
    ), 'weak', 'except-where-it-needs-to-keep-it', 'operator'),
    # Some of the data "may be kept", saved out of the deletion (2)
    ('R2', (
        (ARTIST,),
        (
            'The Host may at any time ask the Artist in writing to delete student information, '
            'and the Artist will do so within seven days, save that attendance sheets may be '
            'kept for the studio\'s own records.',
        ),
    ), 'weak', 'save-that-some-may-be-kept', 'consultant'),
    # The vendor's other wares suggested from the students' data (U1)
    ('U1', (
        (PREAMBLE,),
        (
            'Maplewood may use Student Data (a) to run the App; and (b) to suggest other '
            'lessons and our other products to the teacher.',
        ),
    ), 'weak', 'suggests-its-other-products', 'operator'),
    # De-identified data given to university and museum research partners (U2)
    ('U2', (
        (PREAMBLE,),
        (
            'Maplewood may use de-identified data to improve the App, and may contribute it to '
            'university and museum research partners.',
        ),
    ), 'weak', 'university-and-museum-research-partners', 'operator'),
    # The data kept under lock said as practice, by the kind of copy (5)
    ('R5', (
        (ARTIST,),
        (
            'Paper lists stay in a locked document case during the visit.',
            'Digital copies are kept only on my laptop, which is encrypted.',
        ),
    ), 'present', 'paper-lists-in-a-locked-case', 'consultant'),
]  # fmt: skip

CONTROLS = [
    ('R2', (
        (PREAMBLE,),
        (
            'Schools can ask us to delete student information at any time by writing to '
            'privacy@maplewood.example.',
        ),
        ('We will honour these requests within 30 days.',),
    ), 'present', 'requests-honoured-in-thirty-days', 'operator'),
    ('U1', (
        (PREAMBLE,),
        (
            'Maplewood may use Student Data (a) to run the App; and (b) to personalise '
            'lessons.',
        ),
    ), 'present', 'personalises-lessons', 'operator'),
    ('U2', (
        (PREAMBLE,),
        ('Maplewood may use de-identified data to improve the App.',),
    ), 'present', 'de-identified-to-improve', 'operator'),
    ('R5', (
        (ARTIST,),
        ('Paper lists are handed to the teacher at the end of the visit.',),
    ), 'missing', 'paper-lists-handed-back', 'consultant'),
]  # fmt: skip

test_batch_75_classes_read_right = probe.reads_as_labelled(CASES)
test_batch_75_controls_stand = probe.reads_as_labelled(CONTROLS)


# The review of this round's readings (a helper on a copy without the corpora, 80 probes in
# words of its own): 38 points, 8 of them the round's own patterns reaching too far (a refusal
# "only where Operator determines …" or "only if it has a legitimate interest"; the school's own
# copies, a copy of the request, or what a statute or record-keeping rules keep, "save that …
# may be kept"; FERPA's obligations named as the vendor's need; the school's computer "managed
# by the district"). Each case below fails at 2fb4bb8, before the mends; each control reads the
# same on both. Left (see docs/audit.md, Known misreadings): "Teachers should make sure that
# paper lists stay in a locked drawer" (5, read weak); a ban "will not use it to recommend its
# other products" read under the paid-recommendation rule (U1); and statements of uses that
# name "our other courses", "additional products we sell", "other Maplewood products" or "our
# partners' products" read as no statement at all (U1, missing where weak). Each of these read
# the same before this round.
REVIEW = [
    ("R2", (
        (PREAMBLE,),
        (
            "Schools can ask us to delete student information at any time by writing to "
            "privacy@maplewood.example.",
        ),
        (
            "We will honour these requests within 30 days, except where we need to keep "
            "information to meet our obligations under FERPA.",
        ),
    ), "present", "r2-D01"),
    ("R2", (
        (PREAMBLE,),
        (
            "Schools can ask us to delete student information at any time by writing to "
            "privacy@maplewood.example.",
        ),
        (
            "We will honour these requests within 30 days, except where we have a legitimate "
            "business reason to keep the information.",
        ),
    ), "weak", "r2-D02"),
    ("R2", (
        (PREAMBLE,),
        (
            "Schools can ask us to delete student information at any time by writing to "
            "privacy@maplewood.example.",
        ),
        (
            "We will honour these requests within 30 days, except where retaining the "
            "information is necessary for our legitimate business purposes.",
        ),
    ), "weak", "r2-D03"),
    ("R2", (
        (PREAMBLE,),
        (
            "Schools can ask us to delete student information at any time by writing to "
            "privacy@maplewood.example.",
        ),
        (
            "We will honour these requests within 30 days, except to the extent we reasonably"
            " require the information for our internal business operations.",
        ),
    ), "weak", "r2-D04"),
    ("R2", (
        (ARTIST,),
        (
            "The Host may at any time ask the Artist in writing to delete student "
            "information, and the Artist will do so within seven days, save that attendance "
            "sheets may be kept for as long as a Connecticut statute requires.",
        ),
    ), "present", "r2-D10", "consultant"),
    ("R2", (
        (ARTIST,),
        (
            "The Host may at any time ask the Artist in writing to delete student "
            "information, and the Artist will do so within seven days, save that attendance "
            "sheets may be kept where state record-keeping rules require it.",
        ),
    ), "present", "r2-D11", "consultant"),
    ("R2", (
        (ARTIST,),
        (
            "The Host may at any time ask the Artist in writing to delete student "
            "information, and the Artist will do so within seven days, save that copies held "
            "by the Host may be kept by the Host.",
        ),
    ), "present", "r2-D13", "consultant"),
    ("R2", (
        (ARTIST,),
        (
            "The Host may at any time ask the Artist in writing to delete student "
            "information, and the Artist will do so within seven days, save that the Host's "
            "written request may be kept as proof of the deletion.",
        ),
    ), "present", "r2-D14", "consultant"),
    ("R2", (
        (ARTIST,),
        (
            "The Host may at any time ask the Artist in writing to delete student "
            "information, and the Artist will do so within seven days, save that attendance "
            "sheets can be kept for the studio's own records.",
        ),
    ), "weak", "r2-D15", "consultant"),
    ("R2", (
        (ARTIST,),
        (
            "The Host may at any time ask the Artist in writing to delete student "
            "information, and the Artist will do so within seven days, save that the Artist "
            "may hold on to attendance sheets for the studio's own records.",
        ),
    ), "weak", "r2-D16", "consultant"),
    ("R2", (
        (ARTIST,),
        (
            "The Host may at any time ask the Artist in writing to delete student "
            "information, and the Artist will do so within seven days, provided that "
            "attendance sheets may be kept for the studio's own records.",
        ),
    ), "weak", "r2-D17", "consultant"),
    ("R2", (
        (ARTIST,),
        (
            "The Host may at any time ask the Artist in writing to delete student "
            "information, and the Artist will do so within seven days, apart from attendance "
            "sheets, which the studio keeps for its own records.",
        ),
    ), "weak", "r2-D18", "consultant"),
    ("R2", (
        (ARTIST,),
        (
            "The Host may at any time ask the Artist in writing to delete student "
            "information, and the Artist will do so within seven days, save that attendance "
            "sheets may be kept indefinitely in the studio's backup drive.",
        ),
    ), "weak", "r2-D19", "consultant"),
    ("R2", (
        (PREAMBLE,),
        (
            "The School may ask Operator in writing to delete Student Data, and Operator will"
            " delete it within 30 days.",
        ),
        (
            "Operator may refuse a request, in whole or in part, only where Operator "
            "determines that deletion would be unreasonable.",
        ),
    ), "weak", "r2-D21"),
    ("R2", (
        (PREAMBLE,),
        (
            "The School may ask Operator in writing to delete Student Data, and Operator will"
            " delete it within 30 days.",
        ),
        (
            "Operator may decline a request only where Operator needs the data for its "
            "ongoing business operations.",
        ),
    ), "weak", "r2-D22"),
    ("R2", (
        (PREAMBLE,),
        (
            "The School may ask Operator in writing to delete Student Data, and Operator will"
            " delete it within 30 days.",
        ),
        (
            "Operator may decline a request only if it has a legitimate interest in keeping "
            "the data.",
        ),
    ), "weak", "r2-D23"),
    ("R2", (
        (PREAMBLE,),
        (
            "The School may ask Operator in writing to delete Student Data, and Operator will"
            " delete it within 30 days.",
        ),
        (
            "Operator may refuse a request only in the cases in which state or federal law "
            "requires Operator to keep the data.",
        ),
    ), "present", "r2-D24"),
    ("R2", (
        (PREAMBLE,),
        (
            "The School may ask Operator in writing to delete Student Data, and Operator will"
            " delete it within 30 days.",
        ),
        (
            "Operator may refuse a request, in whole or in part, solely where state or "
            "federal law requires Operator to keep the data.",
        ),
    ), "present", "r2-D25"),
    ("R2", (
        (PREAMBLE,),
        (
            "The School may ask Operator in writing to delete Student Data, and Operator will"
            " delete it within 30 days.",
        ),
        (
            "Operator may refuse a deletion request made under this Section, in whole or in "
            "part, only where state or federal law requires Operator to keep the data.",
        ),
    ), "present", "r2-D26"),
    ("R5", (
        (ARTIST,),
        (
            "Printed lists stay in a locked document case during the visit.",
        ),
    ), "present", "r5-S05", "consultant"),
    ("R5", (
        (ARTIST,),
        (
            "Sign-in sheets stay in a locked document case during the visit.",
        ),
    ), "present", "r5-S06", "consultant"),
    ("R5", (
        (ARTIST,),
        (
            "Digital copies are kept only on my laptop, which I keep encrypted and password-"
            "protected.",
        ),
    ), "present", "r5-S07", "consultant"),
    ("R5", (
        (ARTIST,),
        (
            "Digital copies are kept only on my laptop, which is protected by full-disk "
            "encryption.",
        ),
    ), "present", "r5-S08", "consultant"),
    ("R5", (
        (ARTIST,),
        (
            "Electronic files are kept solely on my laptop, which is encrypted.",
        ),
    ), "present", "r5-S09", "consultant"),
    ("R5", (
        (ARTIST,),
        (
            "Digital copies live only on my laptop, which is encrypted.",
        ),
    ), "present", "r5-S10", "consultant"),
    ("R5", (
        (ARTIST,),
        (
            "Paper lists stay in a locked document case during the visit.",
            "We try our best to keep participant lists private.",
        ),
    ), "weak", "r5-S13", "consultant"),
    ("R5", (
        (ARTIST,),
        (
            "Paper lists stay in a locked document case during the visit.",
            "We make every effort to keep participant lists private.",
        ),
    ), "weak", "r5-S14", "consultant"),
    ("R5", (
        (ARTIST,),
        (
            "Paper lists stay in a locked document case during the visit.",
            "I do what I can to keep participant lists private.",
        ),
    ), "weak", "r5-S15", "consultant"),
    ("R5", (
        (ARTIST,),
        (
            "Paper lists stay in a locked document case during the visit.",
            "We try to keep participant lists private, but cannot promise it.",
        ),
    ), "weak", "r5-S16", "consultant"),
    ("R5", (
        (ARTIST,),
        (
            "Digital copies are stored only on the school computer, which is encrypted and "
            "managed by the district.",
        ),
    ), "missing", "r5-S26", "consultant"),
    ("U2", (
        (PREAMBLE,),
        (
            "Maplewood may use de-identified data to improve the App, and may contribute it "
            "to university, museum and nonprofit research partners.",
        ),
    ), "weak", "u2-V03"),
    ("U2", (
        (PREAMBLE,),
        (
            "Maplewood may use de-identified data to improve the App, and may share it with "
            "university research partners solely to help Maplewood evaluate and improve the "
            "App.",
        ),
    ), "present", "u2-V08"),
]  # fmt: skip

REVIEW_CONTROLS = [
    ("R2", (
        (PREAMBLE,),
        (
            "Schools can ask us to delete student information at any time by writing to "
            "privacy@maplewood.example.",
        ),
        (
            "We will honour these requests within 30 days, except where we need to keep "
            "information for legitimate business purposes.",
        ),
    ), "weak", "r2-D05"),
    ("R2", (
        (PREAMBLE,),
        (
            "Schools can ask us to delete student information at any time by writing to "
            "privacy@maplewood.example.",
        ),
        (
            "We will honour these requests within 30 days, except where we need to keep "
            "information because state or federal law requires it.",
        ),
    ), "present", "r2-D06"),
    ("R2", (
        (PREAMBLE,),
        (
            "The School may ask Maplewood in writing to delete Student Data, and Maplewood "
            "will delete it within 30 days, except where Maplewood needs to retain it for its"
            " own business records.",
        ),
    ), "weak", "r2-D07"),
    ("R2", (
        (PREAMBLE,),
        (
            "Schools can ask us to delete student information at any time by writing to "
            "privacy@maplewood.example.",
        ),
        (
            "We will honour these requests within 30 days, except if we need to hold on to it"
            " for our own records.",
        ),
    ), "weak", "r2-D08"),
    ("R2", (
        (ARTIST,),
        (
            "The Host may at any time ask the Artist in writing to delete student "
            "information, and the Artist will do so within seven days, save that attendance "
            "sheets may be kept for the studio's own records.",
        ),
    ), "weak", "r2-D09", "consultant"),
    ("R2", (
        (ARTIST,),
        (
            "The Host may at any time ask the Artist in writing to delete student "
            "information, and the Artist will do so within seven days, save that anonymous "
            "attendance totals that identify no student may be kept.",
        ),
    ), "present", "r2-D12", "consultant"),
    ("R2", (
        (PREAMBLE,),
        (
            "The School may ask Operator in writing to delete Student Data, and Operator will"
            " delete it within 30 days.",
        ),
        (
            "Operator may refuse a request, in whole or in part, only where state or federal "
            "law requires Operator to keep the data.",
        ),
    ), "present", "r2-D20"),
    ("R2", (
        (PREAMBLE,),
        (
            "The School may ask Operator in writing to delete Student Data, and Operator will"
            " delete it within 30 days.",
        ),
        (
            "Operator may refuse a request only to the extent that a court order requires "
            "Operator to keep the data.",
        ),
    ), "present", "r2-D27"),
    ("R2", (
        (PREAMBLE,),
        (
            "Parents can ask us to correct their child's records by writing to "
            "privacy@maplewood.example.",
        ),
        (
            "We will honour these requests within 30 days.",
        ),
    ), "missing", "r2-D28"),
    ("R2", (
        (PREAMBLE,),
        (
            "Schools can ask us to delete student information at any time by writing to "
            "privacy@maplewood.example.",
        ),
        (
            "We will complete those requests within 30 days.",
        ),
    ), "present", "r2-D29"),
    ("R5", (
        (ARTIST,),
        (
            "Paper lists stay in a locked document case during the visit.",
            "Digital copies are kept only on my laptop, which is encrypted.",
        ),
    ), "present", "r5-S01", "consultant"),
    ("R5", (
        (ARTIST,),
        (
            "Digital copies are kept only on my laptop.",
        ),
    ), "missing", "r5-S02", "consultant"),
    ("R5", (
        (ARTIST,),
        (
            "Paper records are handed to the teacher at the end of the visit.",
        ),
    ), "missing", "r5-S03", "consultant"),
    ("R5", (
        (ARTIST,),
        (
            "Hard copies of the class list stay in a locked drawer in my studio.",
        ),
    ), "present", "r5-S04", "consultant"),
    ("R5", (
        (ARTIST,),
        (
            "Paper lists stay in a locked document case during the visit.",
            "We do our best to keep participant lists private.",
        ),
    ), "weak", "r5-S12", "consultant"),
    ("R5", (
        (ARTIST,),
        (
            "Paper lists stay in a locked document case during the visit.",
            "Digital copies are kept only on my laptop, which is encrypted.",
        ),
        (
            "We do our best to answer the Host's emails within one working day.",
        ),
    ), "present", "r5-S17", "consultant"),
    ("R5", (
        (ARTIST,),
        (
            "Paper lists stay in a locked document case during the visit.",
            "Digital copies are kept only on my laptop, which is encrypted.",
            "We do our best to arrive thirty minutes before each workshop.",
        ),
    ), "present", "r5-S18", "consultant"),
    ("R5", (
        (PREAMBLE,),
        (
            "Maplewood will take actions designed to ensure the security and confidentiality "
            "of Student Data, following industry best practices.",
        ),
    ), "present", "r5-S19"),
    ("R5", (
        (PREAMBLE,),
        (
            "Maplewood will encrypt Student Data in transit and at rest and will restrict "
            "access to staff who need it.",
            "We do our best to make every lesson engaging for students.",
        ),
    ), "present", "r5-S20"),
    ("R5", (
        (ARTIST,),
        (
            "I will do my best to keep the class list safe.",
        ),
    ), "weak", "r5-S21", "consultant"),
    ("R5", (
        (ARTIST,),
        (
            "Digital files are stored on an encrypted drive in my office.",
        ),
    ), "present", "r5-S22", "consultant"),
    ("R5", (
        (ARTIST,),
        (
            "Digital copies are deleted at the end of the visit.",
        ),
    ), "missing", "r5-S24", "consultant"),
    ("R5", (
        (ARTIST,),
        (
            "Digital copies are kept only on the Host's laptop, which is encrypted.",
        ),
    ), "missing", "r5-S25", "consultant"),
    ("U1", (
        (PREAMBLE,),
        (
            "Maplewood may use Student Data (a) to run the App; and (b) to suggest other "
            "lessons and our other products to the teacher.",
        ),
    ), "weak", "u1-U01"),
    ("U1", (
        (PREAMBLE,),
        (
            "Maplewood may use Student Data only (a) to run the App; and (b) to personalise "
            "lessons.",
            "Maplewood will never use Student Data to advertise our other products to "
            "students or parents.",
        ),
    ), "present", "u1-U02"),
    ("U1", (
        (PREAMBLE,),
        (
            "Maplewood may use Student Data only to run the App and to personalise lessons.",
        ),
        (
            "Teachers who enjoy the App are welcome to recommend our other products to their "
            "colleagues.",
        ),
    ), "present", "u1-U04"),
    ("U1", (
        (PREAMBLE,),
        (
            "Maplewood may use Student Data (a) to run the App; and (b) to recommend "
            "Maplewood's other products to the teacher.",
        ),
    ), "weak", "u1-U05"),
    ("U1", (
        (PREAMBLE,),
        (
            "Maplewood may use Student Data (a) to run the App; and (b) to tell the teacher "
            "about our other products.",
        ),
    ), "weak", "u1-U07"),
    ("U1", (
        (PREAMBLE,),
        (
            "Maplewood may use Student Data (a) to run the App; and (b) to recommend our "
            "premium subscriptions and paid add-ons to the teacher.",
        ),
    ), "weak", "u1-U10"),
    ("U1", (
        (PREAMBLE,),
        (
            "Maplewood may use Student Data (a) to run the App; and (b) to suggest, based on "
            "each student's progress and interests, our other products to the teacher.",
        ),
    ), "weak", "u1-U11"),
    ("U1", (
        (PREAMBLE,),
        (
            "Maplewood may use Student Data (a) to run the App; and (b) to promote its other "
            "learning products to the School's teachers.",
        ),
    ), "weak", "u1-U14"),
    ("U1", (
        (PREAMBLE,),
        (
            "Maplewood may use Student Data (a) to run the App; and (b) to personalise "
            "lessons.",
        ),
    ), "present", "u1-U15"),
    ("U2", (
        (PREAMBLE,),
        (
            "Maplewood may use de-identified data to improve the App, and may contribute it "
            "to university and museum research partners.",
        ),
    ), "weak", "u2-V01"),
    ("U2", (
        (PREAMBLE,),
        (
            "Maplewood may use de-identified data to improve the App, and may contribute it "
            "to museum and university research partners.",
        ),
    ), "weak", "u2-V02"),
    ("U2", (
        (PREAMBLE,),
        (
            "Maplewood may use de-identified data to improve the App, and may share it with "
            "universities for their own research.",
        ),
    ), "weak", "u2-V04"),
    ("U2", (
        (PREAMBLE,),
        (
            "Maplewood may use de-identified data to improve the App, and may share it with "
            "our research partners.",
        ),
    ), "weak", "u2-V05"),
    ("U2", (
        (PREAMBLE,),
        (
            "Maplewood may use de-identified data to improve the App, and may share it with "
            "researchers at partner universities and museums.",
        ),
    ), "weak", "u2-V06"),
    ("U2", (
        (PREAMBLE,),
        (
            "Maplewood may use de-identified data only to improve the App, and will not share"
            " it with academic or commercial research partners.",
        ),
    ), "present", "u2-V07"),
    ("U2", (
        (PREAMBLE,),
        (
            "Maplewood may use de-identified data to improve the App.",
        ),
    ), "present", "u2-V09"),
    ("U2", (
        (PREAMBLE,),
        (
            "Maplewood may use de-identified data to improve the App, and may contribute it "
            "to state and university research partners.",
        ),
    ), "weak", "u2-V10"),
    ("U2", (
        (PREAMBLE,),
        (
            "Maplewood may use de-identified data to improve the App, and may contribute it "
            "to university and museum partners for their own studies.",
        ),
    ), "weak", "u2-V11"),
    ("U2", (
        (PREAMBLE,),
        (
            "Maplewood may use de-identified data to improve the App, and may contribute it "
            "to university and other research partners.",
        ),
    ), "weak", "u2-V12"),
]  # fmt: skip

test_the_reviews_cases_read_right = probe.reads_as_labelled(REVIEW)
test_the_reviews_controls_stand = probe.reads_as_labelled(REVIEW_CONTROLS)
