"""Classes of misreading found in batch 68 (tests/corpus/heldout-68/), held out until
2026-12-06 and development since, each read right.

Each case is a sentence of the class, written for the test in words of its own, not a
corpus document's. Each group of sentences is a paragraph of its own. Every case fails on
the rules of 23ff01a, before this round; every control reads the same on both. The file
cases read a whole file, for what the reader does before any rule: a hard-wrapped list's
items, and a table read as the table it is.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import audit_probes as probe
from audit_probes import ARTIST, PREAMBLE
from crec_assemble.library.clauses import ClauseLibrary

# The students among those the terms call "you", as two kinds of terms of use say it.
YOU_MEANS_A_STUDENT = (
    '"You" means whoever uses the App: a student, a parent or guardian, a teacher, or a school '
    "that sets up a class."
)
EVERYONE_INCLUDING_STUDENTS = (
    "These Terms apply to everyone who plays Tidepool Tally, including students who join "
    "through a teacher's class."
)

CASES = [
    # A consultant's helpers held to its paper, the school told or not asked (14, weak)
    ('R14', (
        (ARTIST,),
        (
            'For larger groups the Artist usually brings a cellist.',
            'We will tell you who is coming at least three days ahead, and anyone we bring is '
            'held to these terms.',
        ),
    ), 'weak', 'anyone-we-bring-is-held-to-these-terms', 'consultant'),
    ('R14', (
        (ARTIST,),
        (
            'If I cannot come, I may send a colleague from the Riverbend Brass Quintet in my '
            'place.',
            "I'll let you know in advance, and whoever comes will follow this letter.",
        ),
    ), 'weak', 'whoever-comes-will-follow-this-letter', 'consultant'),
    ('R14', (
        (ARTIST,),
        (
            'I may bring a violist and a percussionist from my ensemble to some sessions.',
            'They will keep student information confidential on the same terms I do under '
            'this agreement.',
        ),
    ), 'weak', 'players-from-my-ensemble-on-the-same-terms-i-do', 'consultant'),
    # "You own what you make" where the terms say the student is among those they call "you"
    # (11): present, or weak beside a licence that swallows it
    ('R11', (
        (YOU_MEANS_A_STUDENT,),
        (
            'You own the tide charts and stories you make in the App.',
        ),
    ), 'present', 'you-means-a-student-in-a-colon-list'),
    ('R11', (
        (EVERYONE_INCLUDING_STUDENTS,),
        (
            'You own the tide charts and stories you create in the App.',
            'By sharing them, you grant Tidepool a worldwide, perpetual and irrevocable licence '
            'to use, copy and display them, including in our marketing.',
        ),
    ), 'weak', 'terms-apply-to-everyone-including-students-and-you-grant-a-licence'),
    ('R11', (
        (YOU_MEANS_A_STUDENT,),
        (
            "You (or, for a Class Account, the student's parent or guardian) own the tide "
            'charts you make in the App.',
        ),
    ), 'present', 'you-or-for-a-class-account-the-parent-own'),
    # A sale ban that reads first, beside a service with no ads and no targeting elsewhere
    # (13 present), or beside part of a ban (13 weak)
    ('R13', (
        (PREAMBLE,),
        (
            'We never sell student data, and Maplewood has no advertising.',
        ),
        (
            'Maplewood shows no advertising of any kind, and we never use students\' personal '
            'information to target ads on other websites.',
        ),
    ), 'present', 'no-ads-here-and-no-targeting-elsewhere-after-a-sale-ban'),
    ('R13', (
        (PREAMBLE,),
        (
            'We do not show ads to anyone signed in to a Class Account.',
            'Players with a Home account may see ads from our partners, which may be '
            'personalized based on their play.',
            'We never share personal information about a child with advertising networks.',
        ),
    ), 'weak', 'a-sharing-ban-beside-ads-kept-from-class-accounts'),
    ('R13', (
        (PREAMBLE,),
        (
            'We do not sell your personal information to third parties for their own marketing.',
        ),
        (
            'Class accounts do not display third-party advertising, but we may show promotions '
            'for our other games, chosen by the levels a player enjoyed.',
        ),
    ), 'weak', 'a-sale-ban-beside-others-ads-kept-out'),
    # Review and correction (4): the school's procedure for the students' records, the vendor
    # answering it (weak); the families sent to the school, the vendor only helping (weak);
    # a review alone by e-mail (weak); a correction in the period that heads its sentence
    ('R4', (
        (PREAMBLE,),
        (
            'The School is responsible for setting up its own procedures for reviewing and '
            "correcting students' records.",
            'Maplewood shall carry out a School instruction to export or correct a student\'s '
            'records within five (5) business days of receiving it.',
        ),
    ), 'weak', 'carries-out-the-schools-instruction'),
    ('R4', (
        (PREAMBLE,),
        (
            'The School shall establish the procedures by which parents and eligible students '
            'may review and request correction of Student Data.',
            'If the School cannot make a change itself, Maplewood will, within twenty (20) '
            "business days after the School's written request, provide the records or make the "
            'correction.',
        ),
    ), 'weak', 'answers-the-school-after-a-long-aside'),
    ('R4', (
        (PREAMBLE,),
        (
            'Requests from parents to review or correct Student Data should be directed to the '
            'School.',
            "On the School's request, we will use reasonable efforts to help the School correct "
            'the relevant Student Data.',
        ),
    ), 'weak', 'directed-to-the-school-and-reasonable-efforts-to-help'),
    ('R4', (
        (PREAMBLE,),
        (
            'Parents of players under 13 may email privacy@maplewood.example to review the '
            'information we hold about their child.',
        ),
    ), 'weak', 'review-alone-by-email'),
    ('R4', (
        (PREAMBLE,),
        (
            "A parent may review the student's records by making a request to the School or "
            'directly to Maplewood at the address in Section 4.1.',
            'Within ten (10) days of the request, Maplewood shall give the parent (through the '
            'School, where the request was made to the School) a copy of that information, and '
            'shall correct any erroneous information the parent identifies and notify the School '
            'of the correction.',
        ),
    ), 'present', 'the-period-heads-the-correction'),
    # Whose records (1): the product and its parts are the vendor's own wares; a practice's
    # professional records taken from the school's data
    ('R1', (
        (PREAMBLE,),
        (
            'All Student Data remains the property of and under the control of the School.',
            'Maplewood retains all rights in StarChart, its maps, telescope datasets and lesson '
            'content.',
        ),
    ), 'present', 'rights-in-the-product-and-its-parts'),
    ('R1', (
        (ARTIST,),
        (
            'Class lists remain the property of the Host and under its control.',
            'Hearing Test Records are professional records of the Artist and are kept under its '
            'record-retention duties.',
        ),
    ), 'weak', 'records-of-the-practice', 'consultant'),
    ('R1', (
        (PREAMBLE,),
        (
            'As between the parties, the School retains all right, title and interest in '
            'Student Data.',
            'Each user who publishes a drawing assigns to Maplewood all rights in the published '
            'drawing.',
        ),
    ), 'weak', 'published-work-assigned-to-the-vendor'),
    # "to save a student's progress" is no exception (15(c))
    ('R15c', (
        (PREAMBLE,),
        (
            'We collect and keep student data only for school purposes: to run the lessons a '
            "teacher assigns, to save a student's progress, and to let teachers see their "
            "class's work.",
        ),
    ), 'present', 'to-save-progress-is-no-exception'),
    # A breach notice's period set off at the end of its list of recipients (6(c), 6(d))
    ('R6c', (
        (PREAMBLE,),
        (
            'If we discover that student information has been accessed without permission, we '
            'will email the parent on file for each affected student, and the school '
            'administrator for each affected class, within forty-eight (48) hours after we '
            'discover it.',
        ),
    ), 'present', 'the-lists-period-at-its-end'),
    # Deletion on request (2): the roster asked for the other way about, recordings kept; and
    # what remains until the end
    ('R2', (
        (ARTIST,),
        (
            'If you want the class list deleted sooner, email me and I will delete it the same '
            'day.',
        ),
        (
            'I keep one copy of the concert video for my portfolio.',
        ),
    ), 'weak', 'the-list-wanted-deleted-and-the-video-kept', 'consultant'),
    ('R2', (
        (PREAMBLE,),
        (
            "Upon written request of the School, Maplewood will delete a student's account "
            'information within thirty (30) days.',
            'Journals and drawings remain in the Class Gallery until the end of the Term.',
        ),
    ), 'weak', 'the-rest-remains-until-the-end'),
    # Nothing kept after completion (7): the vendor's archive of what the students hand in
    ('R7', (
        (ARTIST,),
        (
            'At the end of the last visit the Artist shall shred the sign-up sheets.',
        ),
        (
            'Sketches handed in become the property of the Artist, which may keep them in its '
            'studio archive.',
        ),
    ), 'weak', 'kept-in-its-studio-archive', 'consultant'),
    # A consent that is one case of a list of disclosures asks no consent to subcontract (14)
    ('R14', (
        (PREAMBLE,),
        (
            'We share information with service providers who help us run the Service, when '
            'required by law, with your consent, and if Maplewood is sold.',
        ),
    ), 'missing', 'consent-one-case-in-the-middle-of-a-list'),
]  # fmt: skip

CONTROLS = [
    ('R14', (
        (ARTIST,),
        (
            'I may bring a snack from my kitchen for the students.',
        ),
    ), 'missing', 'a-snack-from-my-kitchen-is-no-helper', 'consultant'),
    ('R14', (
        (PREAMBLE,),
        (
            'Maplewood may share Student Data with its subprocessors, with the School\'s prior '
            'written consent, and each is bound by these Terms.',
        ),
    ), 'present', 'consent-to-the-subprocessors-themselves'),
    ('R11', (
        (PREAMBLE,),
        (
            'You own the tide charts and stories you make in the App.',
        ),
    ), 'missing', 'you-never-said-to-be-a-student'),
    ('R11', (
        (
            'In these Terms, "you" means the person using the App, including a student who '
            "plays through a teacher's class.",
        ),
        (
            'You own the tide charts and stories you create in the App.',
            'You grant Tidepool a worldwide, non-exclusive, royalty-free licence to host and '
            'display them to operate and improve the App.',
        ),
    ), 'present', 'a-licence-to-run-the-app-leaves-ownership'),
    ('R13', (
        (PREAMBLE,),
        (
            'We never sell student data for advertising.',
        ),
    ), 'missing', 'a-sale-ban-alone'),
    ('R4', (
        (PREAMBLE,),
        (
            'Parents may review the information we hold about their child.',
        ),
    ), 'weak', 'review-alone'),
    ('R1', (
        (PREAMBLE,),
        (
            'All Student Data remains the property of and under the control of the School.',
            'Maplewood owns all scores and analytics derived from Student Data.',
        ),
    ), 'weak', 'derived-scores-still-claimed'),
    ('R6c', (
        (PREAMBLE,),
        (
            'If we discover a breach, we will notify affected parents as the law requires, and '
            'the School within forty-eight (48) hours.',
        ),
    ), 'weak', 'the-schools-own-period-is-not-the-families'),
    ('R2', (
        (PREAMBLE,),
        (
            'Upon written request of the School, Maplewood will delete all Student Data within '
            'thirty (30) days.',
        ),
    ), 'present', 'all-the-data-on-request'),
]  # fmt: skip

test_batch_68_classes_read_right = probe.reads_as_labelled(CASES)
test_batch_68_controls_stand = probe.reads_as_labelled(CONTROLS)

# An indented lettered list, hard-wrapped at a margin, its wrapped lines hanging under each
# item's mark: each item read apart under the lead-in, not run into one sentence with every
# item's exceptions.
_HANGING_LIST = """3.4 Prohibitions. Provider shall not:

    (a) engage in targeted advertising on the Service or on any Provider
        website, online service or mobile application;
    (b) collect or store Student Data or persistent unique identifiers for
        anything other than furthering school purposes;
    (c) sell, rent or trade Student Data, unless the sale is part of the
        purchase, merger or acquisition of Provider by a successor
        operator that continues to be subject to this Addendum; or
    (d) disclose Student Data, except as Section 3.5 permits.
"""


def it_reads_a_hard_wrapped_lists_items_apart(library: ClauseLibrary, tmp_path: Path) -> None:
    """The collection item's own promise, not the sale's or the disclosure's exception."""
    found = probe.file_statuses(library, tmp_path / "addendum.txt", _HANGING_LIST)
    assert found["R15c"] == "present"


# A data table with a "Yes" column beside a breach table whose cells name who is told, on a web
# page: the "Yes" rows make the data table no response table, and the breach table keeps
# every cell.
_ROW = "<tr><td>{}</td><td>{}</td><td>{}</td></tr>"
_TWO_TABLES = "".join(
    [
        "<html><body><h1>Data Protection Addendum</h1><p>The data we use:</p><table>",
        _ROW.format("Category", "Elements", "Used"),
        _ROW.format("Roster", "Student first and last name, class, grade and teacher", "Yes"),
        _ROW.format(
            "Learning activity",
            "Scenario runs, model settings, quiz responses, time on task",
            "Yes",
        ),
        "</table><p>Provider gives notice of a breach as this table sets out, counted from its "
        "discovery.</p><table>",
        _ROW.format("Breach involving", "Provider notifies", "Deadline"),
        _ROW.format(
            "Student information",
            "The LEA",
            "No later than five (5) calendar days from discovery, and two (2) where misuse is "
            "imminent",
        ),
        _ROW.format(
            "Student records or student-generated content",
            "The LEA",
            "No later than ten (10) days from discovery",
        ),
        _ROW.format(
            "Student information",
            "The affected students or their parents or guardians",
            "Not more than five (5) days after discovery",
        ),
        _ROW.format(
            "Student records or student-generated content",
            "The affected students or their parents or guardians",
            "Not more than ten (10) business days after discovery",
        ),
        "</table></body></html>",
    ]
)


@pytest.mark.parametrize(("requirement", "status"), [("R6c", "present"), ("R6d", "weak")])
def it_reads_each_table_as_the_table_it_is(
    library: ClauseLibrary, tmp_path: Path, requirement: str, status: str
) -> None:
    """The breach table's recipients stay in their rows."""
    found = probe.file_statuses(library, tmp_path / "dpa.html", _TWO_TABLES)
    assert found[requirement] == status
