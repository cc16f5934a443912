"""Classes of misreading found in batch 23 (tests/corpus/heldout-23/), held out until
2026-12-03 and development since, each read right.

Each case is a sentence of the class, written for the test in words of its own, not a
corpus document's. Each group of sentences is a paragraph of its own. A PDF's tables read by
cell are tests/test_pdf_cells.py's.
"""

from __future__ import annotations

import audit_probes as probe
from crec_assemble.audit.layout import pdf_paragraphs

PREAMBLE = 'Maplewood Learning, Inc. ("Maplewood") provides the Service to the School.'
CONSULTANT = (
    'This Agreement is between Larkspur Studio LLC ("the Consultant") and the Capitol Region '
    'Education Council ("CREC").'
)

CASES = [  # (requirement, paragraphs, status, id)
    # the students' own work, whatever the service calls them
    (
        "R11",
        (
            (PREAMBLE,),
            ("Each student's sketches, models and design journal belong to that student.",),
        ),
        "present",
        "belong-to-that-student",
    ),
    (
        "R11",
        (
            (PREAMBLE,),
            (
                "Players (or, for players under 18, their parent or guardian) own the content they "
                "post.",
            ),
        ),
        "present",
        "players-or-their-parents",
    ),
    (
        "R11",
        (
            (PREAMBLE,),
            (
                "Content an Exhibitor creates, including show notes and photos, belongs to that "
                "Exhibitor (or, for a minor, to the Exhibitor's parent or guardian).",
            ),
        ),
        "present",
        "an-exhibitor-or-a-minors-parent",
    ),
    (
        "R11",
        ((PREAMBLE,), ("Participants own the photos, route notes and journal entries they post.",)),
        "present",
        "participants-own-what-they-post",
    ),
    (
        "R11",
        (
            (PREAMBLE,),
            (
                "Logbook entries that a student creates belong to the student, or, if the student "
                "is under 18, to the student and his or her parent or guardian.",
            ),
        ),
        "present",
        "a-minors-parent-beside-the-student",
    ),
    # the specific term over the general one
    (
        "R11",
        (
            (CONSULTANT,),
            (
                "7.2 All student information, student records and student-generated content "
                "gathered by the Consultant remain the property of CREC.",
            ),
            (
                "7.3 Journals, drawings and photographs created by students belong to the students "
                "or their parents or legal guardians.",
            ),
        ),
        "present",
        "the-specific-clause-wins",
    ),
    # …and beside the students' ownership, what the vendor keeps
    (
        "R11",
        (
            (PREAMBLE,),
            (
                "5.2 Videos created by students are the property of the student or the student's "
                "parent, subject to the license granted in Section 7.3.",
            ),
            (
                "7.3 Each team grants Maplewood an exclusive, perpetual, worldwide license to "
                "record, edit, stream and otherwise exploit Competition Footage.",
            ),
        ),
        "weak",
        "subject-to-an-exclusive-licence-elsewhere",
    ),
    (
        "R11",
        (
            (CONSULTANT,),
            (
                "4.1 Each student owns the original artwork he or she makes during the residency.",
                "4.2 The class book assembled from student pages is a collaborative work.",
                "The Consultant holds the copyright in the book as a compilation and may print, "
                "publish and sell copies of it.",
            ),
        ),
        "weak",
        "the-vendors-copyright-in-the-compilation",
    ),
    (
        "R11",
        (
            (CONSULTANT,),
            (
                "5.1 Students' drawings and written reflections belong to the student or to his or "
                "her parent or guardian.",
                "5.2 Scenes devised in workshops are developed together with the Consultant, and "
                "the Consultant may continue to perform, adapt and teach them.",
            ),
        ),
        "weak",
        "scenes-devised-in-workshops",
    ),
    (
        "R11",
        (
            (CONSULTANT,),
            (
                "Each student's templates, drawings and build journal belong to that student.",
                "Photographs and audio recordings I make during the workshop, including the "
                "recordings of the final concert, are my property.",
            ),
        ),
        "weak",
        "the-consultants-recordings",
    ),
    # the contract's own grants, not exceptions beyond it
    (
        "R1",
        (
            (PREAMBLE,),
            (
                "As between the parties, the School owns and controls all School Data, including "
                "Student Data, and Maplewood acquires no right, title or interest in School Data "
                "except the limited rights granted in this Section 4.",
            ),
        ),
        "present",
        "the-limited-rights-of-this-section",
    ),
    (
        "R3",
        (
            (PREAMBLE,),
            (
                "We will only use Student Data to provide the Service to the School and for the "
                "other purposes these Terms authorize.",
            ),
        ),
        "present",
        "purposes-these-terms-authorize",
    ),
    # a whole limit beside one held to some students; a form's label
    (
        "R3",
        (
            (PREAMBLE,),
            (
                "Player accounts for students under 13 may be created only by the School and only "
                "for use under the School's direction.",
            ),
            (
                "Maplewood shall not use Student Data for any purpose other than those authorized "
                "by this Agreement.",
            ),
        ),
        "present",
        "a-whole-limit-beside-one-for-under-13s",
    ),
    (
        "R3",
        (
            (PREAMBLE,),
            ("Requesting agency: ____ Operator use only — date received: __ date deleted: __",),
        ),
        "missing",
        "operator-use-only",
    ),
    # purposes beyond the school's in a collection limit's own list
    (
        "R15c",
        (
            (PREAMBLE,),
            (
                "Maplewood shall collect and store Student Data only for school purposes, for "
                "the administration of showcases, and for Maplewood's recognition and promotional "
                "programs.",
            ),
        ),
        "weak",
        "promotional-programs",
    ),
    # a ban on others' targeting only
    (
        "R13",
        (
            (PREAMBLE,),
            (
                "The Service shows no third-party advertising, and Maplewood will not permit any "
                "third party to use Student Data to direct advertising to students.",
            ),
        ),
        "weak",
        "others-may-not-target",
    ),
    (
        "R13",
        (
            (PREAMBLE,),
            (
                "Maplewood will not use, and will not permit any third party to use, Student Data "
                "to direct advertising to students.",
            ),
        ),
        "present",
        "neither-it-nor-others",
    ),
    # Connecticut's law for the addendum alone
    (
        "R9",
        (
            (PREAMBLE,),
            (
                "This Addendum shall be governed by the laws of the State of Connecticut.",
                "The DPA and the Terms of Service otherwise remain governed by the law designated "
                "in them.",
            ),
        ),
        "weak",
        "the-rest-keeps-its-own-law",
    ),
    # misuse that may happen, in plain words
    (
        "R6a",
        (
            (CONSULTANT,),
            (
                "If I discover that student information has been lost or stolen, I will tell CREC "
                "within five calendar days of discovering it, and within two calendar days if it "
                "looks like someone may misuse it.",
            ),
        ),
        "present",
        "if-someone-may-misuse-it",
    ),
    # a hold on the school's notice, not the families'
    (
        "R6c",
        (
            (PREAMBLE,),
            (
                "In the event of a breach of Student Data, Maplewood shall notify the School "
                "within seventy-two (72) hours of discovery, unless notification is delayed at the "
                "request of law enforcement.",
            ),
            (
                "Where a breach involves student information other than directory information, "
                "Maplewood shall itself notify the affected students or their parents without "
                "unreasonable delay, but not more than five (5) days after discovery.",
            ),
        ),
        "present",
        "the-schools-hold-is-not-the-families",
    ),
    # the school's request in a parenthetical; a user's own deletion
    (
        "R2",
        (
            (CONSULTANT,),
            (
                "CREC, or the district that sent a student, may at any time request in writing (an "
                "email to the Consultant is sufficient) that the Consultant delete Student Data it "
                "holds.",
                "The Consultant will delete the data within ten (10) days and confirm the deletion "
                "to CREC in writing.",
            ),
        ),
        "present",
        "a-request-in-writing-an-email-is-sufficient",
    ),
    (
        "R2",
        (
            (PREAMBLE,),
            (
                "You can delete individual projects or your whole account at any time from "
                "Settings.",
            ),
        ),
        "missing",
        "a-users-own-account",
    ),
    # the data kept in accounts the service converts them to
    (
        "R7",
        (
            (PREAMBLE,),
            (
                "When the School's subscription ends, student seats convert to free personal "
                "accounts, which the students may keep or delete.",
            ),
        ),
        "missing",
        "seats-convert-to-free-accounts",
    ),
    # a list of prohibitions read at its disclosure item
    (
        "R15e",
        (
            (PREAMBLE,),
            (
                "Maplewood shall not (a) engage in Targeted Advertising; (b) sell Student Data, "
                "unless the sale is part of a merger with a successor bound by this Addendum; or "
                "(c) disclose Student Data, unless the disclosure is made "
                + probe.SIX_CASES.split("except: ", 1)[1]
                + ".",
            ),
        ),
        "present",
        "the-disclosure-item-after-a-sale",
    ),
    (
        "R15e",
        (
            (PREAMBLE,),
            (
                "Maplewood shall not: (a) sell Student Data; or (b) disclose Student Data except "
                "as permitted in Section 10.2.",
            ),
            (
                "10.2 Maplewood may disclose Student Data only (A) to ensure legal compliance; or "
                "(B) to a service provider, provided Maplewood contractually prohibits it from "
                "using Student Data for any other purpose and requires it to keep the data "
                "secure.",
            ),
        ),
        "weak",
        "the-named-sections-unbound-provider",
    ),
    (
        "R15e",
        (
            (PREAMBLE,),
            (
                "3.4 Where a student's essay matches a work submitted at another school, the other "
                "school's report shows the matching passage and the name of the School.",
            ),
            (
                "8.1 Maplewood shall not disclose Student Data to any third party except as "
                "required by law and as described in clause 3.4.",
            ),
        ),
        "weak",
        "as-clause-3-4-describes",
    ),
]

test_each_class_is_read_right = probe.reads_as_labelled(CASES)


def test_an_inline_lists_next_item_after_a_page_break_goes_on_with_it() -> None:
    """ "… unless the disclosure is made (A) in furtherance of school purposes;" at a page's
    end, then "(B) to ensure compliance …" at the next page's top: one list, one paragraph."""
    pages = [
        "or (e) disclose Student Data, unless the disclosure is made (A) in furtherance of\n"
        "school purposes of the Service;\n",
        "(B) to ensure compliance with federal or state law; (C) in response to a\n"
        "judicial order.\n",
    ]
    assert len(pdf_paragraphs(pages)) == 1
