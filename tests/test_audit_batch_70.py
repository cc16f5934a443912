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
]  # fmt: skip

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
]  # fmt: skip

test_batch_70_classes_read_right = probe.reads_as_labelled(CASES)
test_batch_70_controls_stand = probe.reads_as_labelled(CONTROLS)


# The review of this round's readings (a helper on a copy without the corpora, 105 probes in words
# of its own): 59 points, 17 of them the round's own patterns reaching too far ("Working Day
# means …" read as the paper's days, "I never advertise to students, only to their parents,
# using the class list", "Teacher accounts see no third-party ads", a deletion request that
# "does not reach copies the families keep themselves", "Nobody pays us …, except our Featured
# Partners", a backup "which I clear once a year", …) and the rest near variants. Each case
# below fails at c626dc7, before the mends; each control reads the same on both. Left (see
# docs/audit.md, Known misreadings): days defined as "Days: business days" or as days other than
# weekends and holidays (6(b)); a funder defined as the "Sponsor" taken for the school (1); "no
# ads from third parties appear …" for 15(a); "suggest the next lesson" as a permitted use (U1);
# cloud backups kept thirty days after a deletion (7, a month or less is read as kept for no
# time). Three more were mended after the docs were written (REVIEW_LATER, each failing at
# 0f47a64): "No advertising of any kind is ever sent to students" (13), "no ads from third
# parties appear …" for 13, and uses spelled out in the next paragraph (U1).
REVIEW = [
    ("R6b", (
        (PREAMBLE,),
        (
            "5.3 Where a breach involves student records, Maplewood shall notify the School "
            "no later than ten (10) Days from discovery.",
        ),
        (
            "Day(s) means a business day, excluding weekends and public holidays.",
        ),
    ), "weak", "r6b-D01"),
    ("R6b", (
        (PREAMBLE,),
        (
            "5.3 Where a breach involves student records, Maplewood shall notify the School "
            "no later than ten (10) Days from discovery.",
        ),
        (
            "Days refers to business days, excluding weekends and public holidays.",
        ),
    ), "weak", "r6b-D02"),
    ("R6b", (
        (PREAMBLE,),
        (
            "5.3 Where a breach involves student records, Maplewood shall notify the School "
            "no later than ten (10) days from discovery.",
        ),
        (
            "Working Day means a business day in Connecticut.",
        ),
    ), "present", "r6b-D05"),
    ("R1", (
        (
            "When I say \"I\", I mean Marigold Fenn, trading as Fennel Education.",
            "\"the Host School\" means the school, district or education service center that "
            "books the sessions.",
        ),
        (
            "4.1 Rosters and anything else the Host School sends me about students stay the "
            "Host School's.",
        ),
    ), "present", "r1-S01", "consultant"),
    ("R13", (
        (ARTIST,),
        (
            "I never advertise to students, only to their parents, using the contact details "
            "on the class list.",
        ),
    ), "weak", "r13-A02", "consultant"),
    ("R13", (
        (ARTIST,),
        (
            "I never advertise to students, but I may send their families flyers for my "
            "summer camp using the class list.",
        ),
    ), "weak", "r13-A03", "consultant"),
    ("R13", (
        (ARTIST,),
        (
            "I don't advertise to students, and I never share the class list with anyone.",
            "The only exception is a court order, which I will tell the Host about first.",
        ),
    ), "present", "r13-A04", "consultant"),
    ("R13", (
        (ARTIST,),
        (
            "I don't advertise to students.",
            "There is one exception: once a term I may email the families on the class list a"
            " flyer about my spring clinic.",
        ),
    ), "weak", "r13-A05", "consultant"),
    ("R13", (
        (ARTIST,),
        (
            "I cannot promise that the venue will not advertise to students.",
        ),
    ), "missing", "r13-A09", "consultant"),
    ("R13", (
        (ARTIST,),
        (
            "I do not advertise to the students I teach.",
        ),
    ), "present", "r13-A11", "consultant"),
    ("R13", (
        (ARTIST,),
        (
            "I never advertise to students, except to tell them about my summer camp at the "
            "end of the last session.",
        ),
    ), "weak", "r13-A13", "consultant"),
    ("R13", (
        (ARTIST,),
        (
            "I never advertise to students.",
        ),
        (
            "The one exception to deletion is my portfolio copy of the finished film, which I"
            " keep for two years.",
        ),
    ), "present", "r13-A14", "consultant"),
    ("R13", (
        (PREAMBLE,),
        (
            "We do not sell ad space in the app, and no third-party advertising appears in "
            "student accounts.",
        ),
    ), "weak", "r13-O01"),
    ("R13", (
        (PREAMBLE,),
        (
            "We do not sell ad space in the app, and no third-party ads are ever shown in "
            "student accounts.",
        ),
    ), "weak", "r13-O02"),
    ("R13", (
        (PREAMBLE,),
        (
            "Teacher accounts see no third-party ads inside the Lab.",
        ),
    ), "missing", "r13-O05"),
    ("R15a", (
        (PREAMBLE,),
        (
            "Teacher accounts see no third-party ads inside the Lab.",
        ),
    ), "missing", "r15a-O05"),
    ("R15a", (
        (PREAMBLE,),
        (
            "Your classes see no third-party ads inside the Lab.",
        ),
    ), "weak", "r15a-O06"),
    ("R15a", (
        (PREAMBLE,),
        (
            "Kids see no third-party ads inside the Lab.",
        ),
    ), "weak", "r15a-O07"),
    ("R13", (
        (PREAMBLE,),
        (
            "Users on a paid plan see no third-party ads; free accounts are supported by "
            "advertising.",
        ),
    ), "missing", "r13-O08"),
    ("R15a", (
        (PREAMBLE,),
        (
            "Users on a paid plan see no third-party ads; free accounts are supported by "
            "advertising.",
        ),
    ), "missing", "r15a-O08"),
    ("R15a", (
        (PREAMBLE,),
        (
            "Students see no third-party ads, though Maplewood shows them offers for its "
            "premium edition based on their progress.",
        ),
    ), "missing", "r15a-O12"),
    ("R13", (
        (PREAMBLE,),
        (
            "We never use student personal information for targeted advertising.",
        ),
        (
            "We use student information to show students suggestions for other Maplewood "
            "games they might like, chosen according to the levels a student has completed.",
        ),
    ), "weak", "r13-H01"),
    ("R13", (
        (PREAMBLE,),
        (
            "We never use student personal information for targeted advertising.",
        ),
        (
            "We use student information to show students suggestions for other Maplewood "
            "games they might like, chosen according to the lessons your students have "
            "completed.",
        ),
    ), "weak", "r13-H02"),
    ("R13", (
        (PREAMBLE,),
        (
            "We never use student personal information for targeted advertising.",
        ),
        (
            "We use student information to show students suggestions for other Maplewood "
            "titles they might like, chosen according to the books they have read.",
        ),
    ), "weak", "r13-H03"),
    ("R13", (
        (PREAMBLE,),
        (
            "We never use student personal information for targeted advertising.",
        ),
        (
            "We use student information to show students suggestions for other Maplewood "
            "games they might like, based on the levels completed.",
        ),
    ), "weak", "r13-H04"),
    ("R13", (
        (PREAMBLE,),
        (
            "We never use student personal information for targeted advertising.",
        ),
        (
            "We use student information to show students suggestions for other Maplewood "
            "games they might like, chosen according to the units they've finished.",
        ),
    ), "weak", "r13-H05"),
    ("R13", (
        (PREAMBLE,),
        (
            "We never use student personal information for targeted advertising.",
        ),
        (
            "We show students suggestions for other Maplewood games, chosen according to the "
            "missions each student has finished.",
        ),
    ), "weak", "r13-H08"),
    ("R2", (
        (ARTIST,),
        (
            "The Host may ask me to delete files at any time by emailing me.",
            "A deletion request doesn't reach the finished video or my portfolio copy.",
        ),
    ), "weak", "r2-E01", "consultant"),
    ("R2", (
        (ARTIST,),
        (
            "The Host may ask me to delete files at any time by emailing me.",
            "Deletion requests won't cover the finished video or my portfolio copy.",
        ),
    ), "weak", "r2-E02", "consultant"),
    ("R2", (
        (ARTIST,),
        (
            "The Host may ask me to delete files at any time by emailing me.",
            "A request to delete does not cover the finished video or my portfolio copy.",
        ),
    ), "weak", "r2-E03", "consultant"),
    ("R2", (
        (ARTIST,),
        (
            "The Host may ask me to delete files at any time by emailing me.",
            "Deletion on request does not extend to the finished video or my portfolio copy.",
        ),
    ), "weak", "r2-E04", "consultant"),
    ("R2", (
        (ARTIST,),
        (
            "The Host may ask me to delete files at any time by emailing me.",
            "A deletion request does not reach copies that the Host or the families keep "
            "themselves.",
        ),
    ), "present", "r2-E05", "consultant"),
    ("R2", (
        (ARTIST,),
        (
            "The Host may ask me to delete files at any time by emailing me.",
            "A deletion request does not include any reason and does not need one.",
        ),
    ), "present", "r2-E06", "consultant"),
    ("R2", (
        (ARTIST,),
        (
            "The Host may ask me to delete files at any time by emailing me.",
            "A deletion request does not apply to anonymous attendance totals that identify "
            "no student.",
        ),
    ), "present", "r2-E08", "consultant"),
    ("U2", (
        (PREAMBLE,),
        (
            "Maplewood may share aggregated student information with its research partners, "
            "including for the partners' own product development.",
        ),
    ), "weak", "u2-G03"),
    ("U2", (
        (PREAMBLE,),
        (
            "Maplewood may share aggregated student information with its research partners so"
            " they can develop their own products.",
        ),
    ), "weak", "u2-G04"),
    ("U2", (
        (PREAMBLE,),
        (
            "Maplewood may share aggregated student information with other companies for "
            "their independent research and product development.",
        ),
    ), "weak", "u2-G06"),
    ("U1", (
        (PREAMBLE,),
        (
            "We use Student Data to recommend a next lesson based on what the class has "
            "logged.",
            "Nobody pays us to place a suggestion, except our Featured Partners, whose titles"
            " appear first.",
        ),
    ), "weak", "u1-P02"),
    ("U1", (
        (PREAMBLE,),
        (
            "We use Student Data only to run the game for the School and for no other "
            "purpose.",
            "Specifically, we host accounts, save progress, fix bugs and adjust the "
            "difficulty of each level to the way each student plays.",
        ),
    ), "present", "u1-U01"),
    ("U1", (
        (PREAMBLE,),
        (
            "We use Student Data only to run the game for the School and for no other "
            "purpose.",
            "In practice that means: hosting accounts, saving progress, correcting errors and"
            " adjusting difficulty to the way each student plays.",
        ),
    ), "present", "u1-U03"),
    ("U1", (
        (PREAMBLE,),
        (
            "We use Student Data only to run the game for the School and for no other "
            "purpose.",
            "This covers hosting accounts, saving progress, fixing bugs and adjusting the "
            "difficulty of each level to the way each student plays.",
        ),
    ), "present", "u1-U04"),
    ("U1", (
        (PREAMBLE,),
        (
            "We use Student Data only to run the game for the School and for no other "
            "purpose.",
            "That includes hosting accounts, fixing bugs, and training the models we license "
            "to other publishers.",
        ),
    ), "weak", "u1-U05"),
    ("U1", (
        (PREAMBLE,),
        (
            "We use Student Data only to run the game for the School, such as hosting "
            "accounts and fixing any reported bugs.",
        ),
    ), "present", "u1-U07"),
    ("R7", (
        (ARTIST,),
        (
            "On the day of the last session I shred the paper roster and delete the "
            "electronic copy from my laptop and from my backup drive, which I clear once a "
            "year.",
        ),
    ), "weak", "r7-B01", "consultant"),
    ("R7", (
        (ARTIST,),
        (
            "On the day of the last session I shred the paper roster and delete the "
            "electronic copy from my laptop as well as from its backup drive.",
        ),
    ), "present", "r7-B03", "consultant"),
    ("R7", (
        (ARTIST,),
        (
            "On the day of the last session I delete the electronic roster from my laptop, "
            "and from my backup drive at the end of the school year.",
        ),
    ), "weak", "r7-B06", "consultant"),
    ("R11", (
        (PREAMBLE,),
        (
            "Students keep their own journals and sketches.",
            "Tally sheets, and any photographs taken by students with Maplewood cameras, "
            "become part of the Maplewood survey dataset.",
        ),
    ), "weak", "r11-C01"),
    ("R11", (
        (PREAMBLE,),
        (
            "Students keep their own journals and sketches.",
            "Any videos students record with Maplewood tablets are added to the Maplewood "
            "archive.",
        ),
    ), "weak", "r11-C02"),
    ("R11", (
        (PREAMBLE,),
        (
            "Students keep their own journals and sketches.",
            "Any photographs students take with our cameras become part of our survey "
            "dataset.",
        ),
    ), "weak", "r11-C03"),
    ("R11", (
        (PREAMBLE,),
        (
            "Students keep their own journals and sketches.",
            "The pictures your students take with Maplewood cameras become part of the "
            "Maplewood survey dataset.",
        ),
    ), "weak", "r11-C07"),
]  # fmt: skip

REVIEW_CONTROLS = [
    ("R6b", (
        (PREAMBLE,),
        (
            "5.3 Where a breach involves student records, Maplewood shall notify the School "
            "no later than ten (10) calendar days from discovery.",
        ),
        (
            "Working Day means a business day in Connecticut.",
        ),
    ), "present", "r6b-D04"),
    ("R6b", (
        (PREAMBLE,),
        (
            "5.3 Where a breach involves student records, Maplewood shall notify the School "
            "no later than ten (10) Days from discovery.",
        ),
        (
            "1.4 Days means business days.",
        ),
    ), "weak", "r6b-D06"),
    ("R6b", (
        (PREAMBLE,),
        (
            "5.3 Where a breach involves student records, Maplewood shall notify the School "
            "no later than ten (10) Days from discovery.",
        ),
        (
            "Day means a calendar day; invoices are due in thirty business days.",
        ),
    ), "present", "r6b-D07"),
    ("R6b", (
        (PREAMBLE,),
        (
            "5.3 Where a breach involves student records, Maplewood shall notify the School "
            "no later than ten (10) Days from discovery.",
        ),
        (
            "Days shall mean Business Days.",
        ),
    ), "weak", "r6b-D09"),
    ("R1", (
        (
            "When I say \"I\", I mean Marigold Fenn, trading as Fennel Education.",
            "\"The Host\" shall mean the school, district or education service center that "
            "books the sessions.",
        ),
        (
            "4.1 Rosters and anything else the Host sends me about students stay the Host's.",
        ),
    ), "present", "r1-S02", "consultant"),
    ("R13", (
        (ARTIST,),
        (
            "I never advertise to students, and I never sell or share the class list.",
        ),
    ), "present", "r13-A01", "consultant"),
    ("R13", (
        (ARTIST,),
        (
            "I don't advertise to students.",
            "However, once a term I may email the families on the class list a flyer about my"
            " spring clinic.",
        ),
    ), "weak", "r13-A06", "consultant"),
    ("R13", (
        (ARTIST,),
        (
            "I don't advertise to students.",
            "The only exceptions are my spring clinic and summer camp: once a term I may "
            "email the families on the class list about them.",
        ),
    ), "weak", "r13-A07", "consultant"),
    ("R13", (
        (ARTIST,),
        (
            "I don't advertise to students.",
            "I never sell the class list.",
            "The one exception is my spring clinic: once a term I may email the families on "
            "the class list a flyer about it.",
        ),
    ), "weak", "r13-A08", "consultant"),
    ("R13", (
        (ARTIST,),
        (
            "I won't ever advertise anything to students at all.",
        ),
    ), "present", "r13-A10", "consultant"),
    ("R1", (
        (
            "When I say \"I\", I mean Marigold Fenn, trading as Fennel Education.",
            "\"Sponsor\" means the foundation or organization that pays for sessions in a "
            "school district or education service center.",
        ),
        (
            "4.1 Rosters and anything else the school sends me about students stay the "
            "Sponsor's.",
        ),
    ), "present", "r1-S04", "consultant"),
    ("R13", (
        (PREAMBLE,),
        (
            "Maplewood will never use Student Data for targeted advertising, and no third-"
            "party ads appear in student accounts.",
        ),
    ), "present", "r13-O04"),
    ("R15a", (
        (PREAMBLE,),
        (
            "Maplewood will never use Student Data for targeted advertising, and no third-"
            "party ads appear in student accounts.",
        ),
    ), "present", "r15a-O04"),
    ("R15a", (
        (PREAMBLE,),
        (
            "6.1 Students receive no third-party advertising inside the Lab.",
        ),
    ), "weak", "r15a-O09"),
    ("R13", (
        (PREAMBLE,),
        (
            "Students see no third-party ads and no Maplewood promotions, and we never use "
            "Student Data for targeted advertising.",
        ),
    ), "present", "r13-O10"),
    ("R15a", (
        (PREAMBLE,),
        (
            "Students see no third-party ads and no Maplewood promotions, and we never use "
            "Student Data for targeted advertising.",
        ),
    ), "present", "r15a-O10"),
    ("R15a", (
        (PREAMBLE,),
        (
            "No third-party ads appear anywhere in student accounts.",
        ),
    ), "weak", "r15a-O11"),
    ("R13", (
        (PREAMBLE,),
        (
            "We never use student personal information for targeted advertising.",
        ),
        (
            "We may send teachers offers for other Maplewood programs, chosen according to "
            "the activities the school has booked with us.",
        ),
    ), "present", "r13-H06"),
    ("R13", (
        (PREAMBLE,),
        (
            "We never use student personal information for targeted advertising.",
        ),
        (
            "We use student information only to suggest the next lesson in the course, chosen"
            " according to the lessons they have completed.",
        ),
    ), "present", "r13-H07"),
    ("R2", (
        (ARTIST,),
        (
            "The Host may ask me to delete files at any time by emailing me.",
            "The finished video and my portfolio copy are not covered by a deletion request.",
        ),
    ), "weak", "r2-E07", "consultant"),
    ("U2", (
        (PREAMBLE,),
        (
            "Maplewood may use de-identified student information to develop and improve its "
            "educational products, and never sells or licenses it to data brokers or data "
            "licensees.",
        ),
    ), "present", "u2-G02"),
    ("U2", (
        (PREAMBLE,),
        (
            "Maplewood may share aggregated student information with its partners, who may "
            "use it for their own commercial purposes.",
        ),
    ), "weak", "u2-G05"),
    ("U1", (
        (PREAMBLE,),
        (
            "We use Student Data to recommend a next lesson based on what the class has "
            "logged.",
            "No one pays us to place a suggestion, and we don't accept sponsored content.",
        ),
    ), "present", "u1-P01"),
    ("U1", (
        (PREAMBLE,),
        (
            "We use Student Data to recommend books based on what the class has logged.",
            "Publishers who pay for Featured placement appear first in students' reading "
            "lists, but we don't charge schools anything extra for this.",
        ),
    ), "weak", "u1-P03"),
    ("U1", (
        (PREAMBLE,),
        (
            "We use Student Data to recommend books based on what the class has logged.",
            "Students' search results include sponsored titles, so no one misses the newest "
            "books.",
        ),
    ), "weak", "u1-P04"),
    ("U1", (
        (PREAMBLE,),
        (
            "We use Student Data to recommend a next lesson based on what the class has "
            "logged.",
            "Nobody ever pays us to have a title suggested.",
        ),
    ), "present", "u1-P05"),
    ("U1", (
        (PREAMBLE,),
        (
            "We use Student Data to recommend a next lesson based on what the class has "
            "logged.",
            "No publisher pays us to place a suggestion.",
        ),
    ), "present", "u1-P06"),
    ("U1", (
        (PREAMBLE,),
        (
            "We use Student Data only to run the game for the School and for no other "
            "purpose.",
            "In practice that means: hosting accounts, saving progress, fixing bugs and "
            "emailing families about our summer camps and other Maplewood products.",
        ),
    ), "weak", "u1-U02"),
    ("R7", (
        (ARTIST,),
        (
            "On the day of the last session I shred the paper roster and delete the "
            "electronic copy from my laptop and from its back-up drive.",
        ),
    ), "present", "r7-B02", "consultant"),
    ("R7", (
        (ARTIST,),
        (
            "On the day of the last session I shred the paper roster and delete the "
            "electronic copy from my laptop and from the external drive I back it up to.",
        ),
    ), "present", "r7-B05", "consultant"),
    ("R11", (
        (PREAMBLE,),
        (
            "Students own the photographs they take and everything else they make.",
            "With a parent's written permission, a student's photographs may become part of "
            "the Maplewood archive, and the student keeps ownership of them.",
        ),
    ), "present", "r11-C04"),
    ("R11", (
        (PREAMBLE,),
        (
            "Students own the photographs they take and everything else they make.",
            "Our field staff's own tally counts become part of the Maplewood database.",
        ),
    ), "present", "r11-C05"),
    ("R11", (
        (PREAMBLE,),
        (
            "Photographs students take during the survey belong to the students.",
        ),
    ), "present", "r11-C06"),
    ("R11", (
        (PREAMBLE,),
        (
            "Students keep their own journals and sketches.",
            "Any photographs students take become part of the Maplewood bird research "
            "collection.",
        ),
    ), "weak", "r11-C08"),
    ("R15a", (
        (PREAMBLE,),
        (
            "6.1 Classroom Accounts get no third-party ads.",
        ),
    ), "weak", "r15a-N01"),
    ("R13", (
        (PREAMBLE,),
        (
            "6.1 Accounts That See No Ads.",
        ),
        (
            "Maplewood will never use Student Data for targeted advertising.",
        ),
    ), "present", "r13-N02"),
]  # fmt: skip

test_the_reviews_cases_read_right = probe.reads_as_labelled(REVIEW)
test_the_reviews_controls_stand = probe.reads_as_labelled(REVIEW_CONTROLS)

REVIEW_LATER = [
    ("R13", (
        (ARTIST,),
        (
            "No advertising of any kind is ever sent to students.",
        ),
    ), "present", "r13-A12", "consultant"),
    ("R13", (
        (PREAMBLE,),
        (
            "We do not sell ad space in the app, and no ads from third parties appear in "
            "student accounts.",
        ),
    ), "weak", "r13-O03"),
    ("U1", (
        (PREAMBLE,),
        (
            "We use Student Data only to run the game for the School and for no other "
            "purpose.",
        ),
        (
            "In practice that means: hosting accounts, saving progress, fixing bugs and "
            "adjusting the difficulty of each level to the way each student plays.",
        ),
    ), "present", "u1-U06"),
]  # fmt: skip

test_the_later_mends_read_right = probe.reads_as_labelled(REVIEW_LATER)


# A template's blank of underscores beside the urgent case's two days: Markdown's emphasis
# marks are stripped, the blank is not.
_BLANK_DAYS = (
    "Connecticut terms\n\n"
    "G1. Where a breach of security involves student information other than directory\n"
    "information, the Provider shall notify the LEA no later than ____ calendar days from\n"
    "discovery of the breach, and, where urgent notice may be required, in no case later than\n"
    "two (2) calendar days.\n"
)


@pytest.mark.parametrize(
    ("name", "blank"), [("exhibit.txt", "____"), ("exhibit.md", "\\_\\_\\_\\_")]
)
def it_keeps_a_blank_of_underscores(
    library: ClauseLibrary, tmp_path: Path, name: str, blank: str
) -> None:
    """Plain, or escaped as pandoc writes a DOCX's blank in Markdown."""
    found = probe.file_statuses(library, tmp_path / name, _BLANK_DAYS.replace("____", blank))
    assert found["R6a"] == "weak"


# A schedule's part held to California by its first words, the state's name run in before
# them as a PDF's text gives a heading, after the vendor's general terms: its terms do not
# bind a Connecticut school.
_CALIFORNIA_PART = (
    probe.general_terms(24) + "Schedule 3.\n\n"
    "US State Terms Part A.\n\n"
    "California This Part applies only where Customer is a local educational agency located "
    "in California.\n\n"
    "A.1 Pupil-generated content remains the property of the pupil.\n\n"
    "A.2 Maplewood shall notify the affected parent or guardian of an unauthorised disclosure "
    "of pupil records.\n"
)


@pytest.mark.parametrize(
    ("title", "state"),
    [
        ("US State Terms Part A.", "California "),
        ("US State Terms \u2013 Part A.", "California "),
        ("US State Terms Part A.", "California: "),
    ],
)
@pytest.mark.parametrize("requirement", ["R11", "R6c"])
def it_sets_aside_a_part_held_to_another_state(
    library: ClauseLibrary, tmp_path: Path, title: str, state: str, requirement: str
) -> None:
    """The part's title with a dash in it, or the state's name with a colon after it."""
    text = _CALIFORNIA_PART.replace("US State Terms Part A.", title)
    text = text.replace("California This", f"{state}This", 1)
    found = probe.file_statuses(library, tmp_path / "dpa.txt", text)
    assert found[requirement] == "missing"
