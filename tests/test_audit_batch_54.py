"""Classes of misreading found in batch 54 (tests/corpus/heldout-54/), held out until
2026-12-05 and development since, each read right.

Each case is a sentence of the class, written for the test in words of its own, not a
corpus document's. Each group of sentences is a paragraph of its own.
"""

from __future__ import annotations

import audit_probes as probe

PREAMBLE = 'Maplewood Learning, Inc. ("Maplewood") provides the Service to the School.'
_THIRD_PARTY_ONLY = (
    "4.1 Student accounts never display third-party advertising, and we do not use Student "
    "Data to target third-party ads."
)

CASES = [  # (requirement, paragraphs, status, id)
    # the records forwarded to the school, the corrections made, each in a time
    ("R4", ((PREAMBLE,), ("If a student or parent asks Maplewood to review or correct information "
                          "it holds, Maplewood will forward the request to the School within "
                          "three (3) business days, together with a copy of all of that "
                          "student's information, and will make any correction the School "
                          "directs within five (5) business days.",)),
     "present", "forwarded-with-a-copy-corrected-as-directed"),
    # the families sent to the student's school, the vendor taking no part
    ("R4", ((PREAMBLE,), ("Requests from parents or students to review or correct student "
                          "information should go to the student's school, which controls that "
                          "information.", "We don't respond to these requests ourselves and will "
                          "forward any we receive to the school.")),
     "missing", "should-go-to-the-students-school"),
    # the school asked, the vendor answering it in no time
    ("R4", ((PREAMBLE,), ("If a parent wants to see or fix anything we hold about their child, "
                          "they can ask the School, and we will send the School a copy or make "
                          "the change the School asks for.",)),
     "weak", "they-can-ask-the-school"),
    # a ban every word of which is of others' advertising
    ("R13", ((PREAMBLE,), (_THIRD_PARTY_ONLY,)),
     "weak", "third-party-ads-only-13"),
    ("R15a", ((PREAMBLE,), (_THIRD_PARTY_ONLY,)),
     "weak", "third-party-ads-only-15a"),
    # Connecticut's law for the addendum beside another paper's law, or for one section
    ("R9", ((PREAMBLE,), ("The laws of the State of Connecticut shall govern the rights and "
                          "duties of the parties under this Addendum.", "In all other respects "
                          "the Terms, including their Texas choice of law, remain unchanged.")),
     "weak", "their-texas-choice-of-law"),
    ("R9", ((PREAMBLE,), ("This Connecticut section is governed by the laws of the State of "
                          "Connecticut.",)),
     "weak", "this-connecticut-section"),
    # those students own what they make
    ("R11", ((PREAMBLE,), ("The rhythms and songs students make in the workshop belong to those "
                           "students and their parents.",)),
     "present", "belong-to-those-students"),
    # mailings barred, the vendor's own camps excepted
    ("R13", ((PREAMBLE,), ("The Artist will not use roster email addresses to send students or "
                           "families promotional mailings, except notices of the Artist's summer "
                           "camps.",)),
     "weak", "except-notices-of-the-artists-summer-camps"),
    # deleted that day, a confirmation later
    ("R7", ((PREAMBLE,), ("We delete all student information at the end of the assembly day and "
                          "email you a deletion confirmation within one week.",)),
     "present", "email-you-a-deletion-confirmation"),
    # the school's authorization one case of a list of disclosures
    ("R14", ((PREAMBLE,), ("The Company will not disclose Student Data to third parties except to "
                           "its subcontractors, as required by law, or as otherwise authorized by "
                           "the School.", "The Company may use subcontractors to provide the "
                           "Services.")),
     "missing", "or-as-otherwise-authorized-by-the-school"),
    # the contract's purposes, then listed
    ("R3", ((PREAMBLE,), ("I will not use student information for anything except the purposes in "
                          "this agreement: running the sessions, planning the showcase, and "
                          "sending the School my notes.",)),
     "present", "except-the-purposes-in-this-agreement"),
    # the model agreement's uses a statute authorizes
    ("R3", ((PREAMBLE,), ("The Student Data shall be used for no purpose other than the Services "
                          "described in Article I or otherwise authorized under the statutes "
                          "referred to in this DPA.",)),
     "weak", "otherwise-authorized-under-the-statutes"),
    # the service's own purpose, and the law's compulsion
    ("R3", ((PREAMBLE,), ("Maplewood shall use Customer Personal Data only on Customer's "
                          "documented instructions and for the purpose of providing the Services, "
                          "unless a different use is required by applicable law.",)),
     "present", "for-the-purpose-of-providing-the-services"),
    # a bracketed aside between the ask and the deletion
    ("R2", ((PREAMBLE,), ("If the School asks me in writing (an email from the program "
                          "coordinator is fine) to delete any student information, I'll delete it "
                          "within seven days and email back to confirm.",)),
     "present", "asks-me-in-writing-an-email-is-fine"),
]  # fmt: skip

# Drafting beside each class that keeps its reading.
CONTROLS = [
    # others' ads and its own promotions both barred
    ("R13", ((PREAMBLE,), ("We do not use Student Data to target third-party ads or any other "
                           "advertising.",)),
     "present", "third-party-ads-or-any-other-advertising"),
    # a further purpose of its own
    ("R3", ((PREAMBLE,), ("Maplewood shall use Customer Personal Data only to provide the Services "
                          "and for the purpose of marketing its other products.",)),
     "weak", "and-for-the-purpose-of-marketing"),
    # Connecticut's law for the whole agreement
    ("R9", ((PREAMBLE,), ("This Agreement is governed by the laws of the State of "
                          "Connecticut.",)),
     "present", "this-agreement-connecticut"),
]  # fmt: skip

test_each_class_is_read_right = probe.reads_as_labelled(CASES)
test_the_controls_keep_their_reading = probe.reads_as_labelled(CONTROLS)
