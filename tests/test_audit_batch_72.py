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


# The reviews of this round's readings (two helpers on copies without the corpora, 200 probes in
# words of their own): 58 points, 21 of them the round's own patterns reaching too far (a time
# or a proof read as a hedge, "as quickly as we can", "as an independent auditor can confirm";
# the vendor's own tracks "however" kept; "These" pointing back to a gift; "outside" where
# nothing was breached; a left-out class that students or the school publish, that is used only
# once de-identified, or whose free uses are denied; a Definitions heading that also names
# ownership, and an operative section after the glossary; figures "that do not identify any
# student by name" and a list kept beside them; confidence "consistent with industry practice"
# or "at least as protective as" the vendor's own; the vendor's own officer taken for the
# school's; identifiers barred only on the service, or with the school's consent; a dated term
# read as a byline; "the short version below" pointing the wrong way; a contract's cover block
# of key terms taken for front matter). Each case below fails at 6433d45, before the mends;
# each control reads the same on both. Left (see docs/audit.md, Known misreadings): security
# "as much as our resources allow" (5); ownership taken back two terms on, owned as "the
# student's property" or by a noun that points back ("The finished panels"), "the panel he or
# she paints" (11); a take-down from the gallery "if the Host or a parent asks" (2); uses "in
# the other ways our Privacy Policy explains", and a list led by "is authorized to use … for:"
# (U1); the run-on "is the property of the LEA, not of Provider", "shall remain the property",
# "retains all right, title and interest" under Definitions (1); "bound by written
# confidentiality agreements" and "contractually required to keep it confidential" (14, read
# weak as before); a helper "I bring to the workshop", "People I bring in" (14); the
# identifiers barred in a sentence of their own after the ban (15(b)).
REVIEW = [
    ("R5", (
        (PREAMBLE,),
        (
            "Maplewood encrypts all student data at rest and in transit and will fix any "
            "vulnerability as quickly as we can.",
        ),
    ), "present", "r5-H10"),
    ("R5", (
        (PREAMBLE,),
        (
            "Maplewood encrypts all student data and will restore service as fast as we can "
            "after an outage.",
        ),
    ), "present", "r5-H15"),
    ("R5", (
        (PREAMBLE,),
        (
            "Maplewood keeps student data encrypted and access-controlled at all times, as an"
            " independent auditor can confirm each year.",
        ),
    ), "present", "r5-H11"),
    ("R5", (
        (ARTIST,),
        (
            "I keep the class list in a locked drawer and shred it after the residency, as I "
            "am able to show the Host on request.",
        ),
    ), "present", "r5-H16", "consultant"),
    ("R3", (
        (PREAMBLE,),
        (
            "Maplewood will use Student Data only to provide the Service, so that students "
            "can see their own progress as a teacher can.",
        ),
    ), "present", "r3-X1"),
    ("R5", (
        (PREAMBLE,),
        (
            "Maplewood will keep student data secure as far as it is able.",
        ),
    ), "weak", "r5-H17"),
    ("R5", (
        (PREAMBLE,),
        (
            "Maplewood will keep student data secure as best it can.",
        ),
    ), "weak", "r5-H18"),
    ("R5", (
        (ARTIST,),
        (
            "I'll keep the class list safe as far as I'm able.",
        ),
    ), "weak", "r5-H12", "consultant"),
    ("R5", (
        (PREAMBLE,),
        (
            "Maplewood will keep student data secure and confidential as far as possible.",
        ),
    ), "weak", "r5-H4"),
    ("R5", (
        (PREAMBLE,),
        (
            "Maplewood will protect student data to the best of our ability.",
        ),
    ), "weak", "r5-H5"),
    ("R11", (
        (ARTIST,),
        (
            "6.1 Songs that students write during the workshop belong to the students who "
            "wrote them.",
        ),
        (
            "6.2 The Artist's own backing tracks, however, remain the property of the Artist.",
        ),
    ), "present", "r11-C1", "consultant"),
    ("R11", (
        (ARTIST,),
        (
            "6.1 Songs that students write during the workshop belong to the students who "
            "wrote them.",
        ),
        (
            "6.2 The microphones and instruments, however, belong to the Artist and must be "
            "returned.",
        ),
    ), "present", "r11-C6", "consultant"),
    ("R11", (
        (ARTIST,),
        (
            "Each student receives a signed poster of the band.",
            "These belong to the student to keep.",
        ),
    ), "missing", "r11-C25", "consultant"),
    ("R11", (
        (ARTIST,),
        (
            "The Artist writes a song for each class.",
            "These belong to the students once the residency ends.",
        ),
    ), "missing", "r11-C28", "consultant"),
    ("R11", (
        (ARTIST,),
        (
            "6.1 Songs that students write during the workshop belong to the students who "
            "wrote them.",
        ),
        (
            "6.2 That said, any arrangement built on the Artist's backing tracks is owned by "
            "the Artist.",
        ),
    ), "weak", "r11-C4", "consultant"),
    ("R11", (
        (ARTIST,),
        (
            "6.1 Songs that students write during the workshop belong to the students who "
            "wrote them.",
        ),
        (
            "6.2 Notwithstanding 6.1, any arrangement built on the Artist's backing tracks "
            "belongs to the Artist.",
        ),
    ), "weak", "r11-C5", "consultant"),
    ("R11", (
        (ARTIST,),
        (
            "Each student owns his or her story.",
        ),
    ), "present", "r11-C16", "consultant"),
    ("R11", (
        (ARTIST,),
        (
            "Each student owns his or her sculpture.",
        ),
    ), "present", "r11-C17", "consultant"),
    ("R7", (
        (ARTIST,),
        (
            "The Artist will delete the scans and the class list as soon as the anthology is "
            "printed.",
        ),
    ), "present", "r7-D1", "consultant"),
    ("R7", (
        (ARTIST,),
        (
            "Within 90 days after publication of the anthology, I will delete the student "
            "drafts and the class list.",
        ),
    ), "weak", "r7-D4", "consultant"),
    ("R7", (
        (ARTIST,),
        (
            "I will delete the raw footage and the release forms 90 days after the "
            "documentary premieres.",
        ),
    ), "weak", "r7-D5", "consultant"),
    ("R7", (
        (ARTIST,),
        (
            "Within 90 days after an anthology is printed I will delete every draft.",
        ),
    ), "weak", "r7-D7", "consultant"),
    ("R7", (
        (ARTIST,),
        (
            "Within 90 days after the class podcast is published, I will delete the raw "
            "recordings and the class list.",
        ),
    ), "weak", "r7-D8", "consultant"),
    ("R6a", (
        (ARTIST,),
        (
            "Photos of the final concert may be seen by anyone outside the school once "
            "posted, and the Artist will tell the Host within two days of posting them.",
        ),
    ), "missing", "r6a-B3", "consultant"),
    ("R6a", (
        (PREAMBLE,),
        (
            "Student profiles can be viewed by a person outside the class only if the teacher"
            " shares a link, and Maplewood will notify the School within two days whenever a "
            "link is shared.",
        ),
    ), "missing", "r6a-B10"),
    ("R6a", (
        (ARTIST,),
        (
            "Rehearsals may be viewed by a person outside the school only with the Host's "
            "consent, and I will tell the Host within ten business days of any such visit.",
        ),
    ), "missing", "r6a-B8", "consultant"),
    ("R6a", (
        (ARTIST,),
        (
            "If the class list is seen or copied by people outside the workshop, I will tell "
            "the Host within ten business days.",
        ),
    ), "weak", "r6a-B5", "consultant"),
    ("R6a", (
        (ARTIST,),
        (
            "If someone from outside the workshop sees or takes student information, I will "
            "tell the Host within ten business days.",
        ),
    ), "weak", "r6a-B6", "consultant"),
    ("R6a", (
        (ARTIST,),
        (
            "If student information is seen or taken by an outsider, I will tell the Host "
            "within ten business days.",
        ),
    ), "weak", "r6a-B7", "consultant"),
    ("R6a", (
        (ARTIST,),
        (
            "If the class list ever gets into the wrong hands, I will tell the Host within "
            "ten business days.",
        ),
    ), "weak", "r6a-B4", "consultant"),
    ("U2", (
        (PREAMBLE,),
        (
            "Maplewood may use de-identified student information to develop and improve its "
            "direct-to-consumer tutoring subscriptions.",
        ),
    ), "weak", "u2-U2d"),
    ("U2", (
        (PREAMBLE,),
        (
            "Maplewood may use de-identified student information to develop and improve its "
            "retail products.",
        ),
    ), "weak", "u2-U2f"),
    ("U2", (
        (PREAMBLE,),
        (
            "Maplewood may use de-identified student information to develop products for the "
            "general public.",
        ),
    ), "weak", "u2-U2h"),
    ("R3", (
        (PREAMBLE,),
        (
            "1.2 \"Customer Data\" means data submitted to the Services by or for Customer, "
            "excluding Field Sightings.",
            "1.3 \"Field Sighting\" means the photographs, location and notes of a sighting "
            "that a student records in the App, with the student's display name.",
        ),
        (
            "Maplewood will use Customer Data only to provide and support the Services.",
        ),
        (
            "Students may publish their Field Sightings to the class map.",
        ),
    ), "present", "r3-L1"),
    ("R3", (
        (PREAMBLE,),
        (
            "1.2 \"Customer Data\" means data submitted to the Services by or for Customer, "
            "excluding Field Sightings.",
            "1.3 \"Field Sighting\" means the photographs, location and notes of a sighting "
            "that a student records in the App, with the student's display name.",
        ),
        (
            "Maplewood will use Customer Data only to provide and support the Services.",
        ),
        (
            "Maplewood may use Field Sightings only to run the Sightings Map and will never "
            "sell or publish them.",
        ),
    ), "present", "r3-L2"),
    ("R3", (
        (PREAMBLE,),
        (
            "1.2 \"Customer Data\" means data submitted to the Services by or for Customer, "
            "excluding Field Sightings.",
            "1.3 \"Field Sighting\" means the photographs, location and notes of a sighting "
            "that a student records in the App, with the student's display name.",
        ),
        (
            "Maplewood will use Customer Data only to provide and support the Services.",
        ),
        (
            "Maplewood may use Field Sightings, once de-identified, for any purpose.",
        ),
    ), "present", "r3-L3"),
    ("R3", (
        (PREAMBLE,),
        (
            "1.2 \"Customer Data\" means data submitted to the Services by or for Customer, "
            "excluding Field Sightings.",
            "1.3 \"Field Sighting\" means the photographs, location and notes of a sighting "
            "that a student records in the App, with the student's display name.",
        ),
        (
            "Maplewood will use Customer Data only to provide and support the Services.",
        ),
        (
            "The School may publish Field Sightings in its newsletter.",
        ),
    ), "present", "r3-L14"),
    ("R3", (
        (PREAMBLE,),
        (
            "1.2 \"Customer Data\" means data submitted to the Services by or for Customer, "
            "excluding Field Sightings.",
            "1.3 \"Field Sighting\" means the photographs, location and notes of a sighting "
            "that a student records in the App, with the student's display name.",
        ),
        (
            "Maplewood will use Customer Data only to provide and support the Services.",
        ),
        (
            "Field Sightings may be used by Maplewood for any purpose.",
        ),
    ), "weak", "r3-L5"),
    ("U1", (
        (PREAMBLE,),
        (
            "1.2 \"Customer Data\" means data submitted to the Services by or for Customer, "
            "excluding Field Sightings.",
            "1.3 \"Field Sighting\" means the photographs, location and notes of a sighting "
            "that a student records in the App, with the student's display name.",
        ),
        (
            "Maplewood may use Customer Data only to provide and support the Services.",
        ),
        (
            "Field Sightings may be used by Maplewood for any purpose.",
        ),
    ), "weak", "u1-L11"),
    ("R3", (
        (PREAMBLE,),
        (
            "1.2 \"Customer Data\" means data submitted to the Services by or for Customer, "
            "excluding Field Sightings.",
            "1.3 \"Field Sighting\" means the photographs, location and notes of a sighting "
            "that a student records in the App, with the student's display name.",
        ),
        (
            "Maplewood will use Customer Data only to provide and support the Services.",
        ),
        (
            "Maplewood is free to use, publish and license Field Sightings for any purpose.",
        ),
    ), "weak", "r3-L6"),
    ("R3", (
        (PREAMBLE,),
        (
            "1.2 \"Customer Data\" means data submitted to the Services by or for Customer, "
            "excluding Field Sightings.",
            "1.3 \"Field Sighting\" means the photographs, location and notes of a sighting "
            "that a student records in the App, with the student's display name.",
        ),
        (
            "Maplewood will use Customer Data only to provide and support the Services.",
        ),
        (
            "Maplewood may use Field Sightings as it sees fit.",
        ),
    ), "weak", "r3-L7"),
    ("R3", (
        (PREAMBLE,),
        (
            "1.2 \"Customer Data\" means data submitted to the Services by or for Customer, "
            "excluding Field Sightings.",
            "1.3 \"Field Sighting\" means the photographs, location and notes of a sighting "
            "that a student records in the App, with the student's display name.",
        ),
        (
            "Maplewood will use Customer Data only to provide and support the Services.",
        ),
        (
            "Maplewood may use and share Field Sightings without restriction.",
        ),
    ), "weak", "r3-L8"),
    ("R3", (
        (PREAMBLE,),
        (
            "1.2 \"Customer Data\" means data submitted to the Services by or for Customer, "
            "excluding Field Sightings.",
            "1.3 \"Field Sighting\" means the photographs, location and notes of a sighting "
            "that a student records in the App, with the student's display name.",
        ),
        (
            "Maplewood will use Customer Data only to provide and support the Services.",
        ),
        (
            "Maplewood may use Field Sightings for research, marketing and to develop new "
            "products.",
        ),
    ), "weak", "r3-L9"),
    ("R3", (
        (PREAMBLE,),
        (
            "1.2 \"Customer Data\" means data submitted to the Services by or for Customer, "
            "excluding Field Sightings.",
            "1.3 \"Field Sighting\" means the photographs, location and notes of a sighting "
            "that a student records in the App, with the student's display name.",
        ),
        (
            "Maplewood will use Customer Data only to provide and support the Services.",
        ),
        (
            "Maplewood may publish any Field Sighting on its public website and license it to"
            " others.",
        ),
    ), "weak", "r3-L12"),
    ("R2", (
        (PREAMBLE,),
        (
            "12.1 Upon the School's written request, we will delete all Student Data within "
            "thirty (30) days, except that we may keep game records that do not identify any "
            "student by name.",
        ),
    ), "weak", "r2-E10"),
    ("R2", (
        (PREAMBLE,),
        (
            "12.1 Upon the School's written request, we will delete all Student Data within "
            "thirty (30) days, except that we may retain activity logs that do not identify "
            "any student directly.",
        ),
    ), "weak", "r2-E11"),
    ("R2", (
        (PREAMBLE,),
        (
            "12.1 Upon the School's written request, we will delete all Student Data within "
            "thirty (30) days, except that we may keep backups and aggregated statistics that"
            " do not identify any student.",
        ),
    ), "weak", "r2-E15"),
    ("R2", (
        (ARTIST,),
        (
            "I will take down any photo of a student from my Instagram account within two "
            "days of a request from a parent or the Host.",
        ),
    ), "weak", "r2-E6", "consultant"),
    ("R2", (
        (PREAMBLE,),
        (
            "12.1 Upon the School's written request, we will delete all Student Data within "
            "thirty (30) days, except that we may keep aggregated data which no longer "
            "identifies any student.",
        ),
    ), "present", "r2-E14"),
    ("R4", (
        (PREAMBLE,),
        (
            "A parent who wishes to review or correct Student Data should get in touch with "
            "the School.",
            "Maplewood will refer any such request it receives to the School.",
        ),
    ), "missing", "r4-P3"),
    ("R14", (
        (ARTIST,),
        (
            "Any musicians I hire for the concert follow these same rules about student "
            "information.",
        ),
    ), "weak", "r14-S4", "consultant"),
    ("R14", (
        (ARTIST,),
        (
            "The Artist will not bring in anyone else to work with student information "
            "without the principal's prior written approval.",
        ),
    ), "weak", "r14-S9b", "consultant"),
    ("R4", (
        (PREAMBLE,),
        (
            "Parents who want to review or correct their child's records should reach out to "
            "their school.",
            "Maplewood will pass any such request it receives on to the School.",
        ),
    ), "missing", "r4-A03"),
    ("R4", (
        (PREAMBLE,),
        (
            "Families who want to see or change a student's details should talk to the "
            "School.",
            "We do not act on these requests ourselves.",
        ),
    ), "missing", "r4-A12"),
    ("R4", (
        (PREAMBLE,),
        (
            "If a parent wants to see or fix what the app holds about their child, please ask"
            " your child's teacher.",
            "We do not act on access or correction requests that parents send to us directly.",
        ),
    ), "missing", "r4-A13"),
    ("R4", (
        (PREAMBLE,),
        (
            "Parents who want to review or correct their child's records should contact the "
            "District.",
            "We do not act on access or correction requests that come to us directly.",
        ),
    ), "missing", "r4-A14"),
    ("R4", (
        (PREAMBLE,),
        (
            "If a parent wants to see or correct a student's details, please check with the "
            "School.",
            "We do not act on these requests ourselves.",
        ),
    ), "missing", "r4-A16"),
    ("R14", (
        (PREAMBLE,),
        (
            "We share student data only with service providers that host the app and send "
            "email for us, and who are subject to confidentiality obligations.",
        ),
    ), "missing", "r14-C02"),
    ("R14", (
        (PREAMBLE,),
        (
            "We share student data only with service providers that host the app and send "
            "email for us, and who are bound by obligations of confidentiality.",
        ),
    ), "missing", "r14-C03"),
    ("R14", (
        (PREAMBLE,),
        (
            "We share student data only with service providers that host the app for us and "
            "who are bound by confidentiality obligations consistent with industry practice.",
        ),
    ), "missing", "r14-C06"),
    ("R14", (
        (PREAMBLE,),
        (
            "We share student data only with service providers who are bound by "
            "confidentiality obligations, and these providers may store it in the United "
            "States only.",
        ),
    ), "missing", "r14-C07"),
    ("R14", (
        (PREAMBLE,),
        (
            "We share student data only with service providers who are bound by "
            "confidentiality obligations at least as protective as those we apply to our own "
            "business information.",
        ),
    ), "missing", "r14-C08"),
    ("R14", (
        (PREAMBLE,),
        (
            "We share student data only with service providers that host the app for us and "
            "who are bound by strict confidentiality terms.",
        ),
    ), "missing", "r14-C12"),
    ("R14", (
        (PREAMBLE,),
        (
            "We share student data only with service providers that host the app for us and "
            "who are bound by a duty of confidentiality.",
        ),
    ), "missing", "r14-C14"),
    ("R14", (
        (PREAMBLE,),
        (
            "We share student data only with service providers who are bound by "
            "confidentiality obligations, the same as our own employees.",
        ),
    ), "missing", "r14-C16"),
    ("R14", (
        (PREAMBLE,),
        (
            "Maplewood will not engage a subcontractor to process Student Data without the "
            "prior written approval of its own Program Director.",
        ),
    ), "missing", "r14-D08"),
    ("R14", (
        (ARTIST,),
        (
            "The Artist will not bring in anyone else to work with student information "
            "without the Principal's prior written approval.",
        ),
    ), "weak", "r14-D10", "consultant"),
    ("R14", (
        (ARTIST,),
        (
            "The Artist will not bring in anyone else to work with student information "
            "without the Superintendent's prior written consent.",
        ),
    ), "weak", "r14-D11", "consultant"),
    ("R14", (
        (ARTIST,),
        (
            "The Artist will not bring in anyone else to work with student information "
            "without the Program Manager's prior written approval.",
        ),
    ), "weak", "r14-D13", "consultant"),
    ("R14", (
        (ARTIST,),
        (
            "Any helper I bring follows our studio safety rules.",
        ),
    ), "missing", "r14-D15", "consultant"),
    ("R14", (
        (ARTIST,),
        (
            "Any helper follows our studio safety rules.",
        ),
    ), "missing", "r14-D15b", "consultant"),
    ("R15b", (
        (PREAMBLE,),
        (
            "6.2 Maplewood shall not: (a) engage in Targeted Advertising on the Service or on"
            " any other website or app; (b) use any persistent unique identifier acquired "
            "through the Service to select advertising shown on the Service.",
        ),
    ), "weak", "r15b-E02"),
    ("R15b", (
        (PREAMBLE,),
        (
            "6.2 Maplewood shall not: (a) engage in Targeted Advertising on the Service or on"
            " any other website or app; (b) use Student Data, or any persistent unique "
            "identifier acquired through the Service, to target ads to anyone.",
        ),
    ), "present", "r15b-E04"),
    ("R15b", (
        (PREAMBLE,),
        (
            "6.2 Maplewood shall not: (a) engage in Targeted Advertising on the Service or on"
            " any other website or app; (b) use any persistent unique identifier acquired "
            "through the Service for the purpose of targeting advertising to anyone.",
        ),
    ), "present", "r15b-E05"),
    ("R15b", (
        (PREAMBLE,),
        (
            "6.2 Maplewood shall not: (a) engage in Targeted Advertising on the Service or on"
            " any other website or app; (b) use any persistent unique identifier acquired "
            "through the Service to select or target advertising to anyone, except with the "
            "School's consent.",
        ),
    ), "weak", "r15b-E08"),
    ("R15b", (
        (PREAMBLE,),
        (
            "6.2 Maplewood shall not: (a) engage in Targeted Advertising on the Service or on"
            " any other website or app; (b) use any persistent unique identifier acquired "
            "through the Service to direct advertising to any person.",
        ),
    ), "present", "r15b-E10"),
    ("U1", (
        (PREAMBLE,),
        (
            "5.2 Maplewood may use Student Data as follows.",
            "The authorized uses are: (a) to provide the Service; (b) to tell District "
            "teachers about other Maplewood courses and summer programs that may interest "
            "them.",
        ),
    ), "weak", "u1-F03"),
    ("U1", (
        (PREAMBLE,),
        (
            "5.2 Permitted purposes are as follows: (a) to provide and improve the Service; "
            "(b) to tell District teachers about other Maplewood courses and summer programs "
            "that may interest them.",
        ),
    ), "weak", "u1-F04"),
    ("U1", (
        (PREAMBLE,),
        (
            "5.2 The purposes authorized by the School are: (a) to provide and improve the "
            "Service; (b) to tell District teachers about other Maplewood courses and summer "
            "programs that may interest them.",
        ),
    ), "weak", "u1-F05"),
    ("U1", (
        (PREAMBLE,),
        (
            "We use Student Data to run the app for you and your School, as described in "
            "these Terms of Use and in our Privacy Notice.",
        ),
    ), "weak", "u1-F07"),
    ("U1", (
        (PREAMBLE,),
        (
            "Maplewood uses Student Data to provide the Service to the School, as described "
            "in the Agreement and our Privacy Policy.",
        ),
    ), "weak", "u1-F08"),
    ("U1", (
        (PREAMBLE,),
        (
            "We use Student Data to run the app for you and your School, as explained in "
            "these Terms and in our Privacy Policy.",
        ),
    ), "weak", "u1-F11"),
    ("R9", (
        (PREAMBLE,),
        (
            "This Agreement, as last revised January 2026, is governed by the laws of the "
            "State of Connecticut.",
        ),
    ), "present", "r9-J01"),
    ("R7", (
        (PREAMBLE,),
        (
            "Under this policy, last updated March 3, 2026, Maplewood deletes all Student "
            "Data when the Agreement ends.",
        ),
    ), "present", "r7-J02"),
    ("R10", (
        (PREAMBLE,),
        (
            "If any provision of these Terms (last modified March 3, 2026) is held invalid, "
            "the remaining provisions remain in full force.",
        ),
    ), "present", "r10-J04"),
    ("R1", (
        (PREAMBLE,),
        (
            "These Terms are governed by the laws of the State of Connecticut.",
        ),
        (
            "The short version below is not part of these Terms.",
        ),
        (
            "Schools own their students' data.",
        ),
    ), "missing", "r1-K01"),
    ("R9", (
        (PREAMBLE,),
        (
            "These Terms are governed by the laws of the State of Connecticut.",
        ),
        (
            "The short version below is not part of these Terms.",
        ),
        (
            "Schools own their students' data.",
        ),
    ), "present", "r9-K01"),
    ("R1", (
        (PREAMBLE,),
        (
            "In short: Schools own their students' data and we never sell it.",
            "The full Terms below control.",
        ),
        (
            "Work a student creates in the app belongs to that student.",
        ),
    ), "missing", "r1-K04"),
    ("R1", (
        (PREAMBLE,),
        (
            "In short: Schools own their students' data and we never sell it.",
            "Only the full terms below are binding.",
        ),
        (
            "Work a student creates in the app belongs to that student.",
        ),
    ), "missing", "r1-K05"),
    ("R1", (
        (PREAMBLE,),
        (
            "In short: Schools own their students' data and we never sell it.",
            "The detailed version below is the one that counts.",
        ),
        (
            "Work a student creates in the app belongs to that student.",
        ),
    ), "missing", "r1-K06"),
    ("R4", (
        (PREAMBLE,),
        (
            "*Maplewood Learning, Inc. · Last updated 3 March 2026 · See also: Privacy Policy"
            " · Student Privacy FAQ*",
        ),
    ), "missing", "r4-L02"),
    ("R4", (
        (PREAMBLE,),
        (
            "*Maplewood Learning, Inc. · Updated March 3, 2026 · See also: Privacy Policy · "
            "Student Privacy FAQ*",
        ),
    ), "missing", "r4-L03"),
    ("R4", (
        (PREAMBLE,),
        (
            "Maplewood Learning, Inc. | Last updated 03/03/2026 | See also: Privacy Policy | "
            "Student Privacy FAQ",
        ),
    ), "missing", "r4-L04"),
    ("R3", (
        (ARTIST,),
        (
            "4.1 As used herein, \"Student Materials\" means the class roster, recordings of "
            "student voices and any other information about students that the Artist "
            "receives.",
        ),
        (
            "4.2 The Artist will use Student Materials primarily for the residency.",
        ),
    ), "weak", "r3-H02", "consultant"),
    ("R3", (
        (ARTIST,),
        (
            "4.1 For purposes of this Agreement, \"Student Materials\" means the class roster, "
            "recordings of student voices and any other information about students that the "
            "Artist receives.",
        ),
        (
            "4.2 The Artist will use Student Materials primarily for the residency.",
        ),
    ), "weak", "r3-H03", "consultant"),
    ("R3", (
        (ARTIST,),
        (
            "4.1 In this Agreement the term \"Student Materials\" means the class roster, "
            "recordings of student voices and any other information about students that the "
            "Artist receives.",
        ),
        (
            "4.2 The Artist will use Student Materials primarily for the residency.",
        ),
    ), "weak", "r3-H04", "consultant"),
    ("R3", (
        (ARTIST,),
        (
            "4.1 Under this Agreement, \"Student Materials\" means the class roster, recordings"
            " of student voices and any other information about students that the Artist "
            "receives.",
        ),
        (
            "4.2 The Artist will use Student Materials primarily for the residency.",
        ),
    ), "weak", "r3-H06", "consultant"),
    ("R3", (
        (ARTIST,),
        (
            "4.1 In this letter and the attached schedule, \"Student Materials\" means the "
            "class roster, recordings of student voices and any other information about "
            "students that the Artist receives.",
        ),
        (
            "4.2 The Artist will use Student Materials primarily for the residency.",
        ),
    ), "weak", "r3-H09", "consultant"),
]  # fmt: skip

REVIEW_CONTROLS = [
    ("R5", (
        (PREAMBLE,),
        (
            "We encrypt all student data at rest and in transit, and we limit access to staff"
            " who need it, as a matter of policy.",
        ),
    ), "present", "r5-H1"),
    ("R5", (
        (ARTIST,),
        (
            "I keep student information safe as best I can: forms stay in a locked drawer.",
        ),
    ), "weak", "r5-H7", "consultant"),
    ("R5", (
        (PREAMBLE,),
        (
            "Maplewood encrypts all student data and will apply security patches as soon as "
            "we are able.",
        ),
    ), "present", "r5-H9"),
    ("R5", (
        (PREAMBLE,),
        (
            "We will keep student data secure as best as we can.",
        ),
    ), "weak", "r5-H19"),
    ("R15a", (
        (PREAMBLE,),
        (
            "Maplewood shall not show targeted advertising to students on the Service, as any"
            " parent can confirm by using the app.",
        ),
    ), "present", "r15a-X2"),
    ("R11", (
        (ARTIST,),
        (
            "6.1 Songs that students write during the workshop belong to the students who "
            "wrote them.",
        ),
        (
            "6.2 The Artist may, however, play recordings of the songs at the final concert, "
            "and the Artist owns no rights in them.",
        ),
    ), "present", "r11-C2", "consultant"),
    ("R11", (
        (ARTIST,),
        (
            "Each student owns his or her poem.",
        ),
    ), "present", "r11-C7", "consultant"),
    ("R11", (
        (ARTIST,),
        (
            "Every student writes three poems during the residency.",
            "They belong to the Host, which may publish them.",
        ),
    ), "missing", "r11-C11", "consultant"),
    ("R11", (
        (ARTIST,),
        (
            "The Host owns all artwork students make, and each student may keep a copy.",
        ),
    ), "weak", "r11-C13b", "consultant"),
    ("R11", (
        (ARTIST,),
        (
            "Every student paints a panel.",
            "These belong to the students who painted them.",
        ),
    ), "present", "r11-C19", "consultant"),
    ("R11", (
        (ARTIST,),
        (
            "The Artist gives each student a sketchbook and a set of brushes.",
            "These belong to the student and go home at the end of the day.",
        ),
    ), "missing", "r11-C24", "consultant"),
    ("R11", (
        (ARTIST,),
        (
            "Songs that students write during the workshop belong to the students who wrote "
            "them.",
            "Any arrangement built on the Artist's backing tracks, however, belongs to the "
            "Artist.",
        ),
    ), "weak", "r11-C3b", "consultant"),
    ("R7", (
        (ARTIST,),
        (
            "Within thirty days after the mural is finished, I will delete all photos and the"
            " class roster.",
        ),
    ), "weak", "r7-D2", "consultant"),
    ("R7", (
        (ARTIST,),
        (
            "I keep student drafts for two years after the anthology is printed, then delete "
            "them.",
        ),
    ), "weak", "r7-D9", "consultant"),
    ("R6a", (
        (ARTIST,),
        (
            "If student information is seen by someone outside the school, the Artist will "
            "tell the Host within five business days.",
        ),
    ), "weak", "r6a-B1", "consultant"),
    ("R6a", (
        (ARTIST,),
        (
            "If the class list is seen or taken by someone outside the workshop, I will tell "
            "the Host within two days of finding out.",
        ),
    ), "present", "r6a-B2", "consultant"),
    ("R6b", (
        (ARTIST,),
        (
            "If student work or the class list is seen or taken by someone outside the "
            "workshop, the Artist will tell the Host within ten business days.",
        ),
    ), "weak", "r6b-B9", "consultant"),
    ("R2", (
        (ARTIST,),
        (
            "The Host may ask me at any time, by email, to destroy the sign-in sheets and any"
            " other student information I hold, and I will do so within a week.",
        ),
    ), "present", "r2-E1", "consultant"),
    ("R2", (
        (ARTIST,),
        (
            "The Host may ask the Artist at any time to shred the permission forms for any "
            "student, and the Artist will do so within a week.",
        ),
    ), "weak", "r2-E3", "consultant"),
    ("R2", (
        (PREAMBLE,),
        (
            "12.1 Upon the School's written request to privacy@maplewood.example, we will "
            "delete all Student Data within thirty (30) days, except that we may keep "
            "aggregated statistics that do not identify any Player.",
        ),
    ), "present", "r2-E9"),
    ("U2", (
        (PREAMBLE,),
        (
            "Maplewood may use de-identified student information to develop and improve its "
            "educational apps, and will never use it for consumer products.",
        ),
    ), "present", "u2-U2a"),
    ("U2", (
        (PREAMBLE,),
        (
            "Maplewood may use aggregated student data to improve its products for the "
            "consumer market.",
        ),
    ), "weak", "u2-U2j"),
    ("R3", (
        (PREAMBLE,),
        (
            "1.2 \"Customer Data\" means data submitted to the Services by or for Customer, "
            "excluding Field Sightings.",
            "1.3 \"Field Sighting\" means the photographs, location and notes of a sighting "
            "that a student records in the App, with the student's display name.",
        ),
        (
            "Maplewood will use Customer Data only to provide and support the Services.",
        ),
        (
            "Maplewood may use Field Sightings for its own business purposes.",
        ),
    ), "weak", "r3-L10"),
    ("R3", (
        (PREAMBLE,),
        (
            "1.2 \"Customer Data\" means data submitted to the Services by or for Customer, "
            "excluding Field Sightings.",
            "1.3 \"Field Sighting\" means the photographs, location and notes of a sighting "
            "that a student records in the App, with the student's display name.",
        ),
        (
            "Maplewood will use Customer Data only to provide and support the Services.",
        ),
        (
            "Maplewood grants the School a licence to use Field Sightings for any purpose.",
        ),
    ), "present", "r3-L13"),
    ("R14", (
        (ARTIST,),
        (
            "Any helper I bring follows these same rules.",
        ),
    ), "weak", "r14-S1", "consultant"),
    ("R14", (
        (PREAMBLE,),
        (
            "We may share student data with vendors who help us run the app and who are bound"
            " by strict confidentiality obligations.",
        ),
    ), "missing", "r14-S5"),
    ("R15b", (
        (PREAMBLE,),
        (
            "6.2 Maplewood shall not: (a) engage in Targeted Advertising on the Service or "
            "any other website; (b) use any persistent unique identifier collected through "
            "the Service to select advertising for anyone.",
        ),
    ), "present", "r15b-A1"),
    ("U1", (
        (PREAMBLE,),
        (
            "We use Student Data to run the app for your School, as described in these Terms "
            "and in our Privacy Policy.",
        ),
    ), "weak", "u1-U1c"),
    ("R4", (
        (PREAMBLE,),
        (
            "If a parent wants to look at or fix anything we hold about their child, please "
            "ask the School.",
            "We do not handle access or correction requests that come to us directly.",
        ),
    ), "missing", "r4-A01"),
    ("R4", (
        (PREAMBLE,),
        (
            "If a parent wants to look at or fix anything we hold about their child, please "
            "contact the School.",
            "We do not handle access or correction requests that come to us directly.",
        ),
    ), "missing", "r4-A02"),
    ("R4", (
        (PREAMBLE,),
        (
            "To see or correct a student's information, please ask the School; Maplewood does"
            " not act on requests from families.",
        ),
    ), "missing", "r4-A04"),
    ("R4", (
        (PREAMBLE,),
        (
            "A parent who wishes to review or correct Student Data should contact the School "
            "directly.",
            "Maplewood will refer any such request it receives to the School.",
        ),
    ), "missing", "r4-A05"),
    ("R4", (
        (PREAMBLE,),
        (
            "Parents who wish to review or correct their child's records should contact the "
            "School.",
            "The School will forward the request to Maplewood, and Maplewood will make the "
            "correction within ten (10) days.",
        ),
    ), "present", "r4-A06"),
    ("R4", (
        (PREAMBLE,),
        (
            "Parents can review their child's records in the Parent Portal at any time, and "
            "we will correct any error they report within ten (10) days.",
            "For any other question about student records, please ask the School.",
        ),
    ), "present", "r4-A07"),
    ("R4", (
        (PREAMBLE,),
        (
            "A parent who wishes to review or correct Student Data should contact the Board, "
            "which will set the procedure.",
        ),
    ), "weak", "r4-A08"),
    ("R4", (
        (PREAMBLE,),
        (
            "If a parent wants to see or correct what we hold, please ask your school office "
            "to contact us and we will reply to the school.",
        ),
    ), "weak", "r4-A09"),
    ("R4", (
        (PREAMBLE,),
        (
            "A parent who wishes to review or correct Student Data should contact the Board.",
            "Maplewood will refer any such request it receives to the Board.",
        ),
    ), "missing", "r4-A10"),
    ("R4", (
        (PREAMBLE,),
        (
            "If a parent wants to see or correct a student's details, please ask the School.",
            "We will help the School answer the request.",
        ),
    ), "weak", "r4-A11"),
    ("R4", (
        (PREAMBLE,),
        (
            "If a parent wants to see or correct a student's details, please ask the School.",
        ),
    ), "missing", "r4-A15"),
    ("R14", (
        (PREAMBLE,),
        (
            "We share student data only with service providers that host the app and send "
            "email for us, and who are bound by confidentiality obligations.",
        ),
    ), "missing", "r14-C01"),
    ("R14", (
        (PREAMBLE,),
        (
            "We share student data only with vendors that host the app and send email for us,"
            " and who have signed confidentiality agreements with us.",
        ),
    ), "missing", "r14-C04"),
    ("R14", (
        (PREAMBLE,),
        (
            "We share student data only with service providers who are bound by "
            "confidentiality obligations at least as protective as this Agreement.",
        ),
    ), "weak", "r14-C09"),
    ("R14", (
        (PREAMBLE,),
        (
            "We will share student data with a service provider only with the School's prior "
            "written consent, and only with providers who are bound by confidentiality "
            "obligations.",
        ),
    ), "weak", "r14-C10"),
    ("R14", (
        (PREAMBLE,),
        (
            "Our hosting and email vendors receive student data and are bound by "
            "confidentiality commitments.",
        ),
    ), "missing", "r14-C11"),
    ("R14", (
        (PREAMBLE,),
        (
            "We share student data only with service providers who are bound in writing by "
            "data protection terms no less protective than this Agreement.",
        ),
    ), "weak", "r14-C15"),
    ("R14", (
        (ARTIST,),
        (
            "Any helper I bring follows these same rules.",
        ),
    ), "weak", "r14-D01", "consultant"),
    ("R14", (
        (ARTIST,),
        (
            "Anyone I bring with me follows these same rules about student information.",
        ),
    ), "weak", "r14-D02", "consultant"),
    ("R14", (
        (ARTIST,),
        (
            "Any assistant I hire follows these same rules about student information.",
        ),
    ), "weak", "r14-D06", "consultant"),
    ("R14", (
        (ARTIST,),
        (
            "The Artist will not bring in anyone else to work with student information "
            "without the Program Coordinator's prior written approval.",
        ),
    ), "weak", "r14-D07", "consultant"),
    ("R14", (
        (ARTIST,),
        (
            "The Artist will not bring in anyone else to work with student information "
            "without the written approval of the Host's arts coordinator.",
        ),
    ), "weak", "r14-D12", "consultant"),
    ("R14", (
        (ARTIST,),
        (
            "Any helper I bring follows the school's sign-in rules at the front office.",
        ),
    ), "missing", "r14-D14", "consultant"),
    ("R14", (
        (PREAMBLE,),
        (
            "Maplewood may use subcontractors, and will tell the School Contact in writing "
            "which ones it uses.",
        ),
    ), "missing", "r14-D16"),
    ("R15b", (
        (PREAMBLE,),
        (
            "6.2 Maplewood shall not: (a) engage in Targeted Advertising on the Service or on"
            " any other website or app; (b) use Student Data, or any persistent unique "
            "identifier acquired through the Service, to select or target advertising to "
            "anyone.",
        ),
    ), "present", "r15b-E01"),
    ("R15b", (
        (PREAMBLE,),
        (
            "6.2 Maplewood shall not engage in Targeted Advertising on the Service or on any "
            "other website or app, but Maplewood may use cookies and other persistent "
            "identifiers to select advertising shown to teachers on other websites.",
        ),
    ), "weak", "r15b-E03"),
    ("R15b", (
        (PREAMBLE,),
        (
            "6.2 Maplewood shall not: (a) engage in Targeted Advertising on the Service or on"
            " any other website or app; (b) sell Student Data.",
        ),
    ), "weak", "r15b-E07"),
    ("U1", (
        (PREAMBLE,),
        (
            "5.2 The purposes authorized are: (a) to provide and improve the Service; (b) to "
            "tell District teachers about other Maplewood courses and summer programs that "
            "may interest them.",
        ),
    ), "weak", "u1-F01"),
    ("U1", (
        (PREAMBLE,),
        (
            "5.2 The purposes authorized are: (a) to provide the Service to the School; (b) "
            "to maintain and support the Service.",
        ),
    ), "present", "u1-F02"),
    ("U1", (
        (PREAMBLE,),
        (
            "We use Student Data to run the app for you and your School, as described in "
            "these Terms and in our Privacy Policy.",
        ),
    ), "weak", "u1-F06"),
    ("U1", (
        (PREAMBLE,),
        (
            "Maplewood may use Student Data to provide the Service, in the ways set out in "
            "this Agreement and in our Privacy Policy.",
        ),
    ), "weak", "u1-F12"),
    ("U1", (
        (PREAMBLE,),
        (
            "5.2 The purposes authorized are: (a) to provide the Service; (b) to keep it "
            "secure.",
            "5.3 Maplewood shall not use Student Data for any other purpose.",
        ),
    ), "present", "u1-F13"),
    ("R9", (
        (PREAMBLE,),
        (
            "This Agreement is governed by the laws of the State of Connecticut.",
        ),
    ), "present", "r9-J03"),
    ("R1", (
        (PREAMBLE,),
        (
            "These Terms are governed by the laws of the State of Connecticut.",
        ),
        (
            "The summary below is not part of these Terms.",
        ),
        (
            "Schools own their students' data.",
        ),
    ), "missing", "r1-K02"),
    ("R9", (
        (PREAMBLE,),
        (
            "These Terms are governed by the laws of the State of Connecticut.",
        ),
        (
            "The summary below is not part of these Terms.",
        ),
        (
            "Schools own their students' data.",
        ),
    ), "present", "r9-K02"),
    ("R1", (
        (PREAMBLE,),
        (
            "In short: Schools own their students' data and we never sell it.",
            "The long version below is the one that counts.",
        ),
        (
            "Work a student creates in the app belongs to that student.",
        ),
    ), "missing", "r1-K03"),
    ("R7", (
        (PREAMBLE,),
        (
            "Under this policy, Maplewood deletes all Student Data when the Agreement ends.",
        ),
    ), "present", "r7-J02c"),
    ("R4", (
        (PREAMBLE,),
        (
            "*Maplewood Learning, Inc. · Last updated March 3, 2026 · See also: Privacy "
            "Policy · Student Privacy FAQ*",
        ),
    ), "missing", "r4-L01"),
    ("R3", (
        (ARTIST,),
        (
            "4.1 In this Agreement, \"Student Materials\" means the class roster, recordings of"
            " student voices and any other information about students that the Artist "
            "receives.",
        ),
        (
            "4.2 The Artist will use Student Materials primarily for the residency.",
        ),
    ), "weak", "r3-H01", "consultant"),
    ("R3", (
        (ARTIST,),
        (
            "4.1 In these Terms, \"Student Materials\" means the class roster, recordings of "
            "student voices and any other information about students that the Artist "
            "receives.",
        ),
        (
            "4.2 The Artist will use Student Materials primarily for the residency.",
        ),
    ), "weak", "r3-H05", "consultant"),
    ("R3", (
        (ARTIST,),
        (
            "4.1 In this Agreement, \"Student Materials\" means the Artist's own lesson plans "
            "and backing tracks.",
        ),
        (
            "4.2 The Artist will use Student Materials primarily for the residency.",
        ),
    ), "missing", "r3-H10", "consultant"),
    ("R4", (
        (PREAMBLE,),
        (
            "Parents who want to review or correct their child's records should contact the "
            "School.",
            "We do not act on access or correction requests that come to us directly.",
        ),
    ), "missing", "r4-B2"),
]  # fmt: skip

test_the_reviews_cases_read_right = probe.reads_as_labelled(REVIEW)
test_the_reviews_controls_stand = probe.reads_as_labelled(REVIEW_CONTROLS)

_AN_OWNERSHIP_ARTICLE = """\
STUDENT DATA PRIVACY AGREEMENT

This Agreement is between Maplewood Learning, Inc. ("Provider") and the Board of Education
("LEA").

ARTICLE II. DEFINITIONS AND OWNERSHIP OF DATA

2.1 "Student Data" means student information and student records that Provider receives from
the LEA. Student Data is and remains the property of the LEA.

ARTICLE III. USE OF STUDENT DATA

3.1 Provider shall not use Student Data for any purposes other than those authorized by this
Agreement.
"""

_AFTER_THE_GLOSSARY = """\
STUDENT DATA PRIVACY AGREEMENT

This Agreement is between Maplewood Learning, Inc. ("Provider") and the Board of Education
("LEA").

1. Definitions

1.1 "Services" means the online reading program described in Exhibit A.

2. Ownership of Student Data. 2.1 "Student Data" means student information and student records
that Provider receives from the LEA. Student Data is and remains the property of the LEA.

3. Use

3.1 Provider shall not use Student Data for any purposes other than those authorized by this
Agreement.
"""


@pytest.mark.parametrize(
    "text",
    [_AN_OWNERSHIP_ARTICLE, _AFTER_THE_GLOSSARY],
    ids=["ownership-article", "after-glossary"],
)
def test_ownership_outside_a_glossary_stays_a_term(
    library: ClauseLibrary, tmp_path: Path, text: str
) -> None:
    """Only a heading of definitions alone makes a glossary, and a section of another number
    ends it, its title run into its first clause or not (each failed at 6433d45)."""
    assert probe.file_statuses(library, tmp_path / "sdpa.txt", text)["R1"] == "present"


_PAGE = "# Terms of Use\n\n3.2 Work a student creates in the app belongs to that student.\n"
_SUMMARY_IN_META = "summary: Parents can review and correct their child's records in the app.\n"


@pytest.mark.parametrize(
    "front",
    [
        f"---\r\ntitle: Terms of Use\r\n{_SUMMARY_IN_META}---\r\n\n",
        f"---\ntitle: Terms of Use\n# shown in the site footer\n{_SUMMARY_IN_META}---\n\n",
        f"---\ntitle: Terms of Use\n\n{_SUMMARY_IN_META}---\n\n",
    ],
    ids=["crlf", "comment-line", "blank-line"],
)
def test_front_matter_of_any_shape_is_no_term(
    library: ClauseLibrary, tmp_path: Path, front: str
) -> None:
    """The metadata's own words ("Parents can review and correct …") are never read as the
    page's terms (each failed at 6433d45)."""
    assert probe.file_statuses(library, tmp_path / "terms.md", front + _PAGE)["R4"] == "missing"


def test_a_cover_block_of_key_terms_is_the_contracts_text(
    library: ClauseLibrary, tmp_path: Path
) -> None:
    """A block between rules whose keys are the contract's own ("Law: This Agreement is
    governed by …") is its text, not a site's metadata (failed at 6433d45)."""
    cover = (
        "---\nProvider: Maplewood Learning, Inc.\nTerm: July 1, 2026 to June 30, 2027\n"
        "Law: This Agreement is governed by the laws of the State of Connecticut.\n---\n\n"
    )
    assert probe.file_statuses(library, tmp_path / "terms.md", cover + _PAGE)["R9"] == "present"
