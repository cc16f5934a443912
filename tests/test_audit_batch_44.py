"""Classes of misreading found in batch 44 (tests/corpus/heldout-44/), held out until
2026-12-05 and development since, each read right.

Each case is a sentence of the class, written for the test in words of its own, not a
corpus document's. Each group of sentences is a paragraph of its own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import audit_probes as probe
from crec_assemble.library.clauses import ClauseLibrary

PREAMBLE = 'Maplewood Learning, Inc. ("Maplewood") provides the Service to the School.'
# A party described at length, then defined with others ("together"): the contractor's name
ENSEMBLE = (
    "This Agreement is made between Harbor Tunes LLC, a Connecticut limited liability company "
    "of 12 Elm Street, Hartford, Connecticut, performing through its principal musician Ana Ruiz "
    '(together, the "Musician"), and the school named in Section 1 (the "Host").'
)

CASES = [  # (requirement, paragraphs, status, id)
    # the school's procedure, the vendor answering the school's forwarded request in a time
    ("R4", ((PREAMBLE,), ("The School will establish reasonable procedures by which a parent or "
                          "eligible student may review Student Data and request the correction of "
                          "errors.",
                          "When the School forwards such a request, Maplewood will supply the "
                          "requested records, or make the correction, within thirty days of the "
                          "School's request.")),
     "weak", "the-vendor-supplies-what-the-school-forwards"),
    ("R4", ((PREAMBLE,), ("Parents may challenge the accuracy of records by following the "
                          "School's own procedures.",
                          "Maplewood will make a correction within ten (10) days of receiving the "
                          "School's written instruction.")),
     "weak", "a-correction-on-the-schools-instruction"),
    # … in the next numbered clause of the section, a review alone, timed
    ("R4", ((PREAMBLE,), ("6.1 The School is responsible for establishing procedures under which "
                          "a parent may review the student's records.",),
            ("6.2 At the School's written request, Maplewood will provide the School with an "
             "export of a named student's records within fifteen (15) days.",)),
     "weak", "the-next-clause-answers-the-schools-procedure"),
    # a limit to the engagement named by what it is
    ("R3", ((PREAMBLE,), ("We will not use student information for anything other than the "
                          "residency described in your booking form.",)),
     "present", "for-anything-other-than-the-residency"),
    # what the students compose, theirs
    ("R11", ((PREAMBLE,), ("Melodies the students compose in the sessions belong to the students "
                           "and their families.",)),
     "present", "melodies-the-students-compose"),
    # the school's, after "as between the parties"
    ("R11", ((PREAMBLE,), ("As between the parties, the School retains all right, title and "
                           "interest in Student Data, including all Student-Generated Content.",)),
     "missing", "as-between-the-parties-the-school-retains"),
    # theirs, but shared with the vendor
    ("R11", ((PREAMBLE,), ("Poems the students write belong to the students.",
                           "Where I set a student's poem to music, the setting is mine and the "
                           "poem is shared between the student and me.")),
     "weak", "the-poem-is-shared-between-the-student-and-me"),
    # the stand-in who needs consent and is bound by the whole letter
    ("R14", ((PREAMBLE,), ("I may send another member of my quartet in my place only with your "
                           "express written consent, and that person will be bound by every term "
                           "of this letter.",)),
     "present", "another-member-bound-by-every-term"),
    ("R14", ((PREAMBLE,), ("I will not bring anyone else who would see student information without "
                           "the School's express written consent, and anyone I bring agrees in "
                           "writing to follow all of these terms.",)),
     "present", "agrees-in-writing-to-follow-all-of-these-terms"),
    # the contractor by the name its long description defines
    ("R6b", ((ENSEMBLE,), ("If a class list or a recording showing students is lost or stolen, "
                           "the Musician will notify the Host promptly.",)),
     "weak", "together-the-musician-notifies-promptly"),
    # a notice the vendor's belief sets off is no qualified notice
    ("R6b", ((PREAMBLE,), ("If a laptop is lost, or Maplewood believes that someone who should not "
                           "have it has seen student information, Maplewood will tell the School's "
                           "coordinator within one week of finding out.",)),
     "present", "i-believe-someone-has-seen-it"),
    # deletion on request that leaves published material up
    ("R2", ((PREAMBLE,), ("On the School's written request, Maplewood will also delete "
                          "unpublished photographs of students; photographs already published "
                          "under Section 7 will not be withdrawn.",)),
     "weak", "published-photographs-will-not-be-withdrawn"),
    # the means to ask: a form in an exhibit
    ("R2", ((PREAMBLE,), ("The School may request the deletion of Student Data by submitting the "
                          "directive in Exhibit C.",)),
     "present", "by-submitting-the-directive-in-exhibit-c"),
    # an exception that belongs to the promise after the ban
    ("R15a", ((PREAMBLE,), ("Maplewood will not use Student Data for targeted advertising, and "
                            "will not build a profile of a student except for the purposes in "
                            "Schedule 1.",)),
     "present", "the-profiles-exception-is-not-the-bans"),
    # the product named, then "nor on any other website"
    ("R15a", ((PREAMBLE,), ("Maplewood shall not engage in Targeted Advertising on Tidepool "
                            "Reader, nor on any other website, online service or mobile "
                            "application if such advertising is based on any Student Data.",)),
     "present", "on-the-product-nor-on-any-other-website"),
    # a state section's lead-in names no recipient
    ("R6b", ((PREAMBLE,), ("For Connecticut schools: if a breach involves student information "
                           "other than directory information, we will notify each affected "
                           "student's parent directly within five (5) days of discovering it.",)),
     "missing", "for-connecticut-schools-the-parents-are-told"),
    # what the paper is for, not a promise to keep to FERPA
    ("R8", ((PREAMBLE,), ("The purpose of this DPA is to describe the duties of the parties, "
                          "including compliance with privacy laws, which may include the Family "
                          "Educational Rights and Privacy Act (\"FERPA\").",),
            ("The Provider shall comply with all applicable laws.",)),
     "weak", "the-purpose-of-this-dpa"),
]  # fmt: skip

# Drafting beside each class that keeps its reading.
CONTROLS = [
    # the school's review procedure with an export tool left to the school: no part
    ("R4", ((PREAMBLE,), ("You are responsible for responding to requests from parents to inspect "
                          "and review education records.",
                          "Maplewood will make tools available in the dashboard that let you "
                          "export a student's reading history.")),
     "missing", "an-export-tool-for-the-schools-review"),
    # a notice only if the vendor decides it matters stays qualified
    ("R6b", ((PREAMBLE,), ("If Maplewood determines that a breach poses a risk to students, it "
                           "will notify the School within five (5) days of discovering it.",)),
     "weak", "if-maplewood-determines"),
    # a request with no means stays weak
    ("R2", ((PREAMBLE,), ("The School may request the deletion of Student Data.",)),
     "weak", "a-request-with-no-means"),
    # the exception in the ban's own clause
    ("R15a", ((PREAMBLE,), ("Maplewood will not use Student Data for targeted advertising except "
                            "as Maplewood's partners require.",)),
     "weak", "the-bans-own-exception"),
]  # fmt: skip

# A review of batch 44's round wrote sentences against its patterns; each misreading it found
# is mended and kept here.
REVIEW = [
    # the vendor's judgement stays a qualification beside its belief
    ("R6b", ((PREAMBLE,), ("Where Maplewood deems a security incident harmful and it believes "
                           "that Student Data has been accessed, Maplewood will notify the School "
                           "within two (2) calendar days.",)),
     "weak", "deems-harmful-and-believes"),
    # an exception over both promises, or a proviso after the ban, is the ban's
    ("R15a", ((PREAMBLE,), ("Maplewood will not use Student Data for targeted advertising and will "
                            "not build advertising profiles, in each case except as the School "
                            "permits.",)),
     "weak", "in-each-case-except"),
    ("R15a", ((PREAMBLE,), ("Maplewood will not use Student Data for targeted advertising; "
                            "provided that Maplewood may do so with a parent's consent.",)),
     "weak", "provided-that-it-may-with-a-parents-consent"),
    # no means to ask: a directive named, a schedule of days
    ("R2", ((PREAMBLE,), ("At the School's request or directive, Maplewood will delete a "
                          "student's data within thirty (30) days.",)),
     "weak", "a-request-or-directive"),
    ("R2", ((PREAMBLE,), ("Requests the School submits are handled on a schedule of thirty (30) "
                          "days: Maplewood will delete a student's data at the School's "
                          "request.",)),
     "weak", "a-schedule-of-thirty-days"),
    ("R2", ((PREAMBLE,), ("On the School's written request, Maplewood will delete a student's work "
                          "within ten (10) days, but material already published can't be "
                          "withdrawn.",)),
     "weak", "published-material-cant-be-withdrawn"),
    # ownership shared either way round; a shared copy for rehearsal is no ownership
    ("R11", ((PREAMBLE,), ("Songs the students write belong to the students.",
                           "Ownership of each song the students write with me is shared between "
                           "me and the student.")),
     "weak", "shared-between-me-and-the-student"),
    ("R11", ((PREAMBLE,), ("Students own the songs they write; rough recordings of the songs are "
                           "shared between the students and me for rehearsal only.",)),
     "present", "shared-for-rehearsal-only"),
    # the school's data, the students' content left to them
    ("R11", ((PREAMBLE,), ("As between the parties, the School retains all right, title and "
                           "interest in Student Data other than Student-Generated Content, which "
                           "belongs to the student who created it.",)),
     "present", "other-than-content-which-belongs-to-the-student"),
    # the next clause that answers no review request
    ("R4", ((PREAMBLE,), ("6.1 The School is responsible for establishing procedures for parents "
                          "to review their child's Student Data.",),
            ("6.2 Maplewood will give notice of any breach of Student Data to the School within "
             "two (2) days.",)),
     "missing", "the-next-clause-is-a-breach-notice"),
    # "To the affected districts" is the recipient; a Connecticut lead-in before a notice to
    # parents alone
    ("R6a", ((PREAMBLE,), ("To the affected districts, Maplewood will give written notice of any "
                           "breach of Student Data within two (2) calendar days.",)),
     "present", "to-the-affected-districts"),
    ("R6a", ((PREAMBLE,), ("For schools in Connecticut: if a breach involves Student Data, "
                           "Maplewood will notify each affected student's parent within five (5) "
                           "days.",)),
     "missing", "for-schools-in-connecticut-the-parents-told"),
    ("R6a", ((PREAMBLE,), ("For Connecticut schools: Maplewood will give written notice of any "
                           "breach of Student Data to the affected parents within five (5) "
                           "days.",)),
     "missing", "written-notice-to-the-affected-parents"),
    # a purpose that states the promise is the promise
    ("R8", ((PREAMBLE,), ("The purpose of this Agreement is to establish that Maplewood will "
                          "comply with FERPA and all Connecticut student privacy laws.",)),
     "present", "the-purpose-is-to-establish-that-it-will-comply"),
    # the verbs and engagements the round left out
    ("R11", ((PREAMBLE,), ("Songs the students composed during the residency belong to the "
                           "students.",)),
     "present", "songs-the-students-composed"),
    ("R3", ((PREAMBLE,), ("Maplewood will not use student information for anything other than the "
                          "recital.",)),
     "present", "for-anything-other-than-the-recital"),
    ("R14", ((PREAMBLE,), ("I may bring an assistant only with the School's express written "
                           "consent and only if that person agrees in writing to observe every "
                           "term of this agreement.",)),
     "present", "agrees-in-writing-to-observe-every-term"),
]  # fmt: skip

test_each_class_is_read_right = probe.reads_as_labelled(CASES)
test_the_reviews_sentences_are_read_right = probe.reads_as_labelled(REVIEW)
test_the_controls_keep_their_reading = probe.reads_as_labelled(CONTROLS)


def test_a_notice_on_the_timetable_below_reads_its_rows(
    library: ClauseLibrary, tmp_path: Path
) -> None:
    """ "… on the timetable below." then a table of periods: each row read with it."""
    text = "\n\n".join(
        [
            PREAMBLE,
            "6.1 Maplewood shall notify the School in writing of any breach of security resulting "
            "in the unauthorized release of Student Data, on the timetable below.",
            "| Data involved | Notice to the School | Clock starts |\n|---|---|---|\n"
            "| Student information other than directory information | Within forty-eight (48) "
            "hours | Discovery by Maplewood |",
        ]
    )
    assert probe.file_statuses(library, tmp_path / "terms.md", text)["R6a"] == "present"


@pytest.mark.parametrize(("state", "status"), [("Illinois", "missing"), ("Connecticut", "present")])
def test_a_state_schedule_titled_in_plain_lines_binds_that_states_schools(
    library: ClauseLibrary, tmp_path: Path, state: str, status: str
) -> None:
    """ "Schedule 2." on a line of its own, then its title run into "This Schedule applies only
    where the School is located in Illinois", as a PDF's text gives it: another state's."""
    text = "\n\n".join(
        [
            PREAMBLE,
            probe.general_terms(22),
            "Schedule 2.",
            f"Supplemental Terms for {state} Schools This Schedule applies only where the School "
            f"is located in {state}. S2.1 In the event of a breach, Maplewood shall itself notify "
            "the parents of affected students within five (5) calendar days after discovery.",
        ]
    )
    assert probe.file_statuses(library, tmp_path / "terms.txt", text)["R6c"] == status


def test_connecticut_law_over_its_own_section_leaves_the_rest_to_another(
    library: ClauseLibrary, tmp_path: Path
) -> None:
    """A page of states' sections whose Connecticut section says "Connecticut law governs this
    Connecticut section", while the general terms after are governed by Oregon's."""
    text = "\n\n".join(
        [
            PREAMBLE,
            "## 13. State terms",
            "### California",
            "For schools in California: we will not sell pupil records.",
            "### Connecticut",
            "For Connecticut schools: we will not sell student data. Connecticut law governs this "
            "Connecticut section.",
            "## 14. Governing law",
            "These terms are governed by the laws of the State of Oregon.",
        ]
    )
    assert probe.file_statuses(library, tmp_path / "terms.md", text)["R9"] == "weak"
