"""Classes of misreading found in batch 70 (tests/corpus/heldout-70/), held out until
2026-12-06 and development since, each read right.

Each case is a sentence of the class, written for the test in words of its own, not a
corpus document's. Each group of sentences is a paragraph of its own. Every case fails on
the rules of f17cdb7, before this round; every control reads the same on both. The file
cases read a whole file, for what the reader does before any rule: a blank of underscores
left in a template, and a part of a schedule held to another state by its first words.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import audit_probes as probe
from audit_probes import ARTIST, PREAMBLE
from crec_assemble.library.clauses import ClauseLibrary

CASES = [
    # The paper's days defined as business days, the term unquoted in a definitions list (6(b))
    ('R6b', (
        (PREAMBLE,),
        (
            '5.3 Where a breach involves student records, Maplewood shall notify the School no '
            'later than ten (10) Days from discovery.',
        ),
        ('Day or Days means a business day, excluding weekends and public holidays.',),
    ), 'weak', 'days-defined-as-business-days-unquoted', 'operator'),
    # The school defined with its article inside the quotation marks (1)
    ('R1', (
        (
            'When I say "I", I mean Marigold Fenn, trading as Fennel Education.',
            '"The Host School" means the school, district or education service center that '
            'books the sessions.',
        ),
        (
            "4.1 Rosters and anything else the Host School sends me about students stay the "
            "Host School's.",
        ),
    ), 'present', 'the-host-school-defined-with-its-article', 'consultant'),
    # No advertising to the students at all (13), and the exception the next sentence opens
    ('R13', (
        (ARTIST,),
        ('We never advertise to students.',),
    ), 'present', 'never-advertise-to-students', 'consultant'),
    ('R13', (
        (ARTIST,),
        (
            "I don't advertise to students.",
            'The one exception is my spring clinic: once a term I may email the families on the '
            'class list a flyer about it.',
        ),
    ), 'weak', 'no-advertising-but-the-one-exception-next', 'consultant'),
    # Others' advertising kept out, in a numbered sentence read as a heading before (15(a))
    ('R15a', (
        (PREAMBLE,),
        ('6.1 School Accounts see no third-party ads inside the Lab.',),
    ), 'weak', 'numbered-accounts-see-no-third-party-ads', 'operator'),
    ('R13', (
        (PREAMBLE,),
        (
            'We do not sell ad space in the app, and no third-party ads appear in student '
            'accounts.',
        ),
    ), 'weak', 'no-third-party-ads-appear', 'operator'),
    # The vendor's own titles picked by the levels the students completed (13)
    ('R13', (
        (PREAMBLE,),
        ('We never use student personal information for targeted advertising.',),
        (
            'We use student information to show students suggestions for other Maplewood games '
            'they might like, chosen according to the levels they have completed.',
        ),
    ), 'weak', 'own-titles-chosen-by-levels-completed', 'operator'),
    # A deletion request that does not reach some of the data (2)
    ('R2', (
        (ARTIST,),
        (
            'The Host may ask me to delete files at any time by emailing me.',
            'A deletion request does not reach the finished video or my portfolio copy.',
        ),
    ), 'weak', 'deletion-request-does-not-reach', 'consultant'),
    # De-identified data shared for the recipients' own ends (U2)
    ('U2', (
        (PREAMBLE,),
        (
            'Maplewood may also share aggregated student information with its research partners '
            'and data licensees, including for their own research and product development.',
        ),
    ), 'weak', 'shared-with-data-licensees-for-their-own-ends', 'operator'),
    # A denial that anyone pays for a place (U1)
    ('U1', (
        (PREAMBLE,),
        (
            'We use Student Data to recommend a next lesson based on what the class has logged.',
            "Nobody pays us to place a suggestion, and we don't accept sponsored content.",
        ),
    ), 'present', 'nobody-pays-to-place-a-suggestion', 'operator'),
    # The uses spelled out in the sentence after the grant (U1)
    ('U1', (
        (PREAMBLE,),
        (
            'We use Student Data only to run the game for the School and for no other purpose.',
            'In practice that means: hosting accounts, saving progress, fixing bugs and '
            'adjusting the difficulty of each level to the way each student plays.',
        ),
    ), 'present', 'uses-spelled-out-in-practice', 'operator'),
    # The backup deleted with the copy (7)
    ('R7', (
        (ARTIST,),
        (
            'On the day of the last session I shred the paper roster and delete the electronic '
            'copy from my laptop and from its backup drive.',
        ),
    ), 'present', 'deleted-from-the-laptop-and-its-backup', 'consultant'),
    # Students' own work taken into the vendor's dataset (11)
    ('R11', (
        (PREAMBLE,),
        (
            'Students keep their own journals and sketches.',
            'Tally sheets, and any photographs students take with Maplewood cameras, become '
            'part of the Maplewood survey dataset.',
        ),
    ), 'weak', 'photographs-become-part-of-the-vendors-dataset', 'operator'),
]

CONTROLS = [
    ('R6b', (
        (PREAMBLE,),
        (
            '5.3 Where a breach involves student records, Maplewood shall notify the School no '
            'later than ten (10) Days from discovery.',
        ),
        ('Day or Days means a calendar day.',),
    ), 'present', 'days-defined-as-calendar-days', 'operator'),
    ('R13', (
        (ARTIST,),
        ('We do not advertise to students in the gallery.',),
    ), 'missing', 'no-advertising-in-one-venue', 'consultant'),
    ('R15a', (
        (PREAMBLE,),
        (
            'Students do not see third-party ads, but we may show students ads for our own '
            'premium courses chosen from their activity in the App.',
        ),
    ), 'missing', 'others-ads-out-beside-its-own', 'operator'),
    ('R2', (
        (ARTIST,),
        (
            'The Host may ask me to delete files at any time by emailing me.',
            'A deletion request should name the class and the date of the session.',
        ),
    ), 'present', 'deletion-request-names-the-class', 'consultant'),
    ('R11', (
        (PREAMBLE,),
        (
            'Students own the drawings they make.',
            'Finished booklets become part of the school library collection.',
        ),
    ), 'present', 'booklets-part-of-the-schools-collection', 'operator'),
    ('U2', (
        (PREAMBLE,),
        (
            'Maplewood may use de-identified student information to develop and improve its '
            'educational products.',
        ),
    ), 'present', 'de-identified-to-improve-its-products', 'operator'),
]

test_batch_70_classes_read_right = probe.reads_as_labelled(CASES)
test_batch_70_controls_stand = probe.reads_as_labelled(CONTROLS)


# A template's blank of underscores beside the urgent case's two days: Markdown's emphasis
# marks are stripped, the blank is not.
_BLANK_DAYS = (
    "Connecticut terms\n\n"
    "G1. Where a breach of security involves student information other than directory\n"
    "information, the Provider shall notify the LEA no later than ____ calendar days from\n"
    "discovery of the breach, and, where urgent notice may be required, in no case later than\n"
    "two (2) calendar days.\n"
)


def it_keeps_a_blank_of_underscores(library: ClauseLibrary, tmp_path: Path) -> None:
    found = probe.file_statuses(library, tmp_path / "exhibit.txt", _BLANK_DAYS)
    assert found["R6a"] == "weak"


# A schedule's part held to California by its first words, the state's name run in before
# them as a PDF's text gives a heading, after the vendor's general terms: its terms do not
# bind a Connecticut school.
_CALIFORNIA_PART = (
    probe.general_terms(24)
    + "Schedule 3.\n\n"
    "US State Terms Part A.\n\n"
    "California This Part applies only where Customer is a local educational agency located "
    "in California.\n\n"
    "A.1 Pupil-generated content remains the property of the pupil.\n\n"
    "A.2 Maplewood shall notify the affected parent or guardian of an unauthorised disclosure "
    "of pupil records.\n"
)


@pytest.mark.parametrize(("requirement", "status"), [("R11", "missing"), ("R6c", "missing")])
def it_sets_aside_a_part_held_to_another_state(
    library: ClauseLibrary, tmp_path: Path, requirement: str, status: str
) -> None:
    found = probe.file_statuses(library, tmp_path / "dpa.txt", _CALIFORNIA_PART)
    assert found[requirement] == status
