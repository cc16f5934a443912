"""Classes of misreading found in batch 72 (tests/corpus/heldout-72/), held out until
2026-12-06 and development since, each read right.

Each case is a sentence of the class, written for the test in words of its own, not a
corpus document's. Each group of sentences is a paragraph of its own. Every case fails on
the rules of 17f0d30, before this round; every control reads the same on both.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import audit_probes as probe
from audit_probes import ARTIST, PREAMBLE
from crec_assemble.audit.reader import read_sentences
from crec_assemble.library.clauses import ClauseLibrary

# A class the paper leaves out of its data ("Field Sightings") and then lets the vendor use
# for any purpose: the use limit over "Customer Data" stops short of the students' own records.
_SIGHTINGS = (
    '1.2 "Customer Data" means data submitted to the Services by or for Customer, excluding '
    "Field Sightings.",
    '1.3 "Field Sighting" means the photographs, location and notes of a sighting that a '
    "student records in the App, with the student's display name.",
)
_SIGHTINGS_USED = (
    "Maplewood owns the Sightings Map and may publish, license and otherwise use Field "
    "Sightings for any purpose.",
)

CASES = [
    # A use limit over data that leaves out what the vendor may use for any purpose (3, U1)
    ('R3', (
        (PREAMBLE,),
        _SIGHTINGS,
        ('Maplewood will use Customer Data only to provide and support the Services.',),
        _SIGHTINGS_USED,
    ), 'weak', 'use-limit-beside-a-class-used-for-any-purpose', 'operator'),
    ('U1', (
        (PREAMBLE,),
        _SIGHTINGS,
        ('Maplewood may use Customer Data only to provide and support the Services.',),
        _SIGHTINGS_USED,
    ), 'weak', 'uses-beside-a-class-used-for-any-purpose', 'operator'),
    # De-identified data feeding products for consumers, not schools (U2)
    ('U2', (
        (PREAMBLE,),
        (
            'Maplewood may use de-identified student information to develop and improve its '
            'apps, including consumer products for home use, and to demonstrate their '
            'effectiveness.',
        ),
    ), 'weak', 'de-identified-data-for-consumer-apps', 'operator'),
    # Security measured by what the vendor's means allow (5)
    ('R5', (
        (ARTIST,),
        (
            'The Artist takes sensible care, as a one-person business can, to keep student '
            'information safe: forms stay in a locked drawer.',
        ),
    ), 'weak', 'care-as-a-small-business-can', 'consultant'),
    # The students' ownership, taken back in part by the term just after it (11)
    ('R11', (
        (ARTIST,),
        (
            '6.1 Songs that students write during the workshop belong to the students who wrote '
            'them.',
        ),
        (
            '6.2 Any arrangement built on one of the Artist\'s own backing tracks, however, '
            'belongs to the Artist.',
        ),
    ), 'weak', 'ownership-taken-back-by-the-next-term', 'consultant'),
    # The students' ownership of a thing they make, by its own name (11)
    ('R11', (
        (ARTIST,),
        ('Each student owns his or her poster.',),
    ), 'present', 'each-student-owns-his-or-her-poster', 'consultant'),
    # … or by a word that points back to the sentence that names it (11)
    ('R11', (
        (ARTIST,),
        (
            'Every student paints a mural panel and a poem card during the visit.',
            'These belong to the student and go home at the end of the day.',
        ),
    ), 'present', 'these-belong-to-the-student', 'consultant'),
    # Data kept for a time after the engagement's product is done (7)
    ('R7', (
        (ARTIST,),
        (
            'Within sixty days after the class book is printed, the Artist will delete the '
            'scans and the class list.',
        ),
    ), 'weak', 'sixty-days-after-the-book-is-printed', 'consultant'),
    # A breach in plain words: seen by someone outside (6(a))
    ('R6a', (
        (ARTIST,),
        (
            'If the Artist finds that the class list has been seen by someone outside the '
            'program, the Artist will tell the Host within ten (10) business days.',
        ),
    ), 'weak', 'seen-by-someone-outside-ten-business-days', 'consultant'),
    # Deletion on request of one kind of paper only (2)
    ('R2', (
        (ARTIST,),
        (
            'The Host may ask the Artist at any time, by email to artist@rivera.example, to '
            'shred the sign-in sheets for any student, and the Artist will do so within a week.',
        ),
    ), 'weak', 'deletion-of-the-sign-in-sheets-only', 'consultant'),
    # Pictures taken down from a gallery on request: no deletion on request (2)
    ('R2', (
        (ARTIST,),
        (
            'The Artist will remove any photo from the online class gallery within three days '
            'of a request from a parent or the Host.',
        ),
    ), 'weak', 'photos-taken-down-from-the-gallery', 'consultant'),
    # The school's request under a clause's number of two levels (2)
    ('R2', (
        (PREAMBLE,),
        (
            '9.3 Upon the School\'s written request to privacy@maplewood.example, we will delete '
            'the School Data within twenty (20) days, except that we may keep usage totals that '
            'do not identify any student.',
        ),
    ), 'present', 'numbered-request-keeping-only-what-identifies-no-one', 'operator'),
    # Families sent to the school, and the vendor acting on none of their requests (4)
    ('R4', (
        (PREAMBLE,),
        (
            'If a parent wants to see or fix a student\'s details, please ask the School.',
            'We do not act on access or correction requests that parents send to us directly.',
        ),
    ), 'missing', 'please-ask-the-school-and-no-part', 'operator'),
    ('R4', (
        (PREAMBLE,),
        (
            'A parent who wishes to review or correct Student Data should contact the Board.',
            'Maplewood will refer any such request it receives to the Board.',
        ),
    ), 'missing', 'should-contact-the-board-and-referred', 'operator'),
    # Service providers held to confidence alone, with no consent: a bare licence (14)
    ('R14', (
        (PREAMBLE,),
        (
            'We share student data only with service providers that host the app and send '
            'email for us, and who are bound by confidentiality obligations.',
        ),
    ), 'missing', 'providers-bound-by-confidence-only', 'operator'),
    # A helper the consultant brings, held to the same rules (14)
    ('R14', (
        (ARTIST,),
        ('Any assistant I bring along follows these same rules about student information.',),
    ), 'weak', 'assistant-i-bring-follows-these-rules', 'consultant'),
    # The school's consent given by its officer (14)
    ('R14', (
        (ARTIST,),
        (
            'The Artist will not bring in anyone else to work with student information without '
            'the Program Coordinator\'s prior written approval, and anyone approved must agree '
            'in writing to keep this Section 5.',
        ),
    ), 'weak', 'program-coordinators-written-approval', 'consultant'),
    # The identifiers banned in another item of the same list (15(b))
    ('R15b', (
        (PREAMBLE,),
        (
            '6.2 Maplewood shall not: (a) engage in Targeted Advertising on the Service or on any '
            'other website or app; (b) use Student Data, or any persistent unique identifier '
            'acquired through the Service, to select or target advertising to anyone.',
        ),
    ), 'present', 'identifiers-in-another-item-of-the-ban', 'operator'),
    # A list of the purposes authorized, led by those words (U1)
    ('U1', (
        (PREAMBLE,),
        (
            '5.2 The purposes authorized are: (a) to provide and improve the Service; (b) to tell '
            'District teachers about other Maplewood courses and summer programs that may '
            'interest them.',
        ),
    ), 'weak', 'purposes-authorized-are-a-list', 'operator'),
    # The uses left to the vendor's own policy, beside the terms (U1)
    ('U1', (
        (PREAMBLE,),
        (
            'We use Student Data to run the app for you and your School, as described in these '
            'Terms and in our Privacy Policy.',
        ),
    ), 'weak', 'as-described-in-these-terms-and-our-policy', 'operator'),
]  # fmt: skip

CONTROLS = [
    ('R3', (
        (PREAMBLE,),
        _SIGHTINGS,
        ('Maplewood will use Customer Data only to provide and support the Services.',),
    ), 'present', 'class-left-out-but-not-used-freely', 'operator'),
    ('U2', (
        (PREAMBLE,),
        (
            'Maplewood may use de-identified student information to develop and improve its '
            'educational apps.',
        ),
    ), 'present', 'de-identified-data-for-educational-apps', 'operator'),
    ('R5', (
        (PREAMBLE,),
        ('We will notify the School as soon as we can and we encrypt all student data.',),
    ), 'present', 'as-soon-as-we-can-is-no-hedge', 'operator'),
    ('R11', (
        (ARTIST,),
        (
            '6.1 Songs that students write during the workshop belong to the students who wrote '
            'them.',
        ),
        ('6.2 The Artist\'s own backing tracks belong to the Artist.',),
    ), 'present', 'the-vendors-own-tracks-taken-back-nothing', 'consultant'),
    ('R2', (
        (PREAMBLE,),
        (
            'Upon the School\'s written request to privacy@maplewood.example, we will delete the '
            'School Data within twenty (20) days, except that we may keep the class rosters.',
        ),
    ), 'weak', 'numbered-request-keeping-rosters', 'operator'),
    ('R4', (
        (PREAMBLE,),
        (
            'If a parent wants to see or correct what we hold, please ask your school office to '
            'contact us and we will reply to the school.',
        ),
    ), 'weak', 'school-asks-and-the-vendor-replies', 'operator'),
    ('R14', (
        (PREAMBLE,),
        (
            'We share student data only with service providers who are bound by confidentiality '
            'obligations at least as protective as this Agreement.',
        ),
    ), 'weak', 'providers-bound-as-protectively-as-this', 'operator'),
    ('R15b', (
        (PREAMBLE,),
        (
            '6.2 Maplewood shall not: (a) engage in Targeted Advertising on the Service or on any '
            'other website or app; (b) sell Student Data.',
        ),
    ), 'weak', 'no-identifiers-in-the-ban', 'operator'),
]  # fmt: skip

test_batch_72_classes_read_right = probe.reads_as_labelled(CASES)
test_batch_72_controls_stand = probe.reads_as_labelled(CONTROLS)


_GLOSSARY = """\
STUDENT DATA PRIVACY AGREEMENT

This Agreement is between Maplewood Learning, Inc. ("Provider") and the Board of Education
("LEA").

ARTICLE II. DEFINITIONS

2.1 "Student Data" means student information, student records and student-generated content
that Provider receives from the LEA. Student Data is and remains the property of the LEA.

2.2 "Subcontractor" means any third party engaged by Provider that has access to Student Data.

ARTICLE III. USE OF STUDENT DATA

3.1 Provider shall not use Student Data for any purposes other than those authorized by this
Agreement.
"""

_OPERATIVE = """\
STUDENT DATA PRIVACY AGREEMENT

This Agreement is between Maplewood Learning, Inc. ("Provider") and the Board of Education
("LEA").

4. STUDENT DATA

4.1 "Student Data" means student information, student records and student-generated content
that Provider receives from the LEA. Student Data remains the property of the LEA.
"""


@pytest.mark.parametrize(
    ("text", "status"),
    [(_GLOSSARY, "missing"), (_OPERATIVE, "present")],
    ids=["ownership-inside-the-definitions-article", "ownership-opening-an-operative-section"],
)
def test_the_schools_ownership_in_a_definition_is_no_term(
    library: ClauseLibrary, tmp_path: Path, text: str, status: str
) -> None:
    """A sentence that carries a definition on under the Definitions heading says what the
    term is (the readers of batches 37, 55, 68 and 72); the same words after a definition
    that opens an operative section are a term of the agreement (batches 15, 18, 32)."""
    assert probe.file_statuses(library, tmp_path / "sdpa.txt", text)["R1"] == status


_SUMMARY_PAGE = """\
---
title: Terms of Use
slug: /legal/terms
owner: Maplewood Learning, Inc. (Legal)
---

# Terms of Use

*Maplewood Learning, Inc. · Last updated March 3, 2026 · See also: Privacy Policy · \
Student Privacy FAQ*

> **In short.** Schools own their students' data, students own their work, and we show no \
ads. The full version below is the one that counts.

## 3. Your content

3.2 Work a student creates in the app belongs to that student, or to the student's parent or
guardian.
"""


def test_a_pages_front_matter_byline_and_summary_are_not_its_terms(
    library: ClauseLibrary, tmp_path: Path
) -> None:
    """YAML front matter is the site's metadata; "Last updated …" in a byline and a summary
    that the page says gives way to "the full version below" are no terms: the students'
    ownership is read from the term itself."""
    found = probe.file_statuses(library, tmp_path / "terms.md", _SUMMARY_PAGE)
    assert found["R11"] == "present"
    assert found["R4"] == "missing"
    assert not any("slug:" in s.text for s in read_sentences(tmp_path / "terms.md"))


def test_a_definition_after_a_lead_in_names_the_students_data(
    library: ClauseLibrary, tmp_path: Path
) -> None:
    """'4.1 In this Agreement, "Student Materials" means … any other information about
    students' defines the students' data under a name of its own: a use of it "primarily" for
    the residency is then a use limit that falls short, not no limit at all."""
    text = (
        'These Terms apply to every workshop that Jane Rivera Music LLC (the "Artist") delivers '
        "for the School.\n\n"
        '4.1 In this Agreement, "Student Materials" means the class roster, recordings of '
        "student voices and any other information about students that the Artist receives.\n\n"
        "4.2 The Artist will use Student Materials primarily for the residency.\n"
    )
    found = probe.file_statuses(library, tmp_path / "letter.txt", text, "consultant")
    assert found["R3"] == "weak"
