"""Classes of misreading found in batch 45 (tests/corpus/heldout-45/), held out until
2026-12-05 and development since, each read right.

Each case is a sentence of the class, written for the test in words of its own, not a
corpus document's. Each group of sentences is a paragraph of its own.
"""

from __future__ import annotations

from pathlib import Path

import audit_probes as probe
from crec_assemble.library.clauses import ClauseLibrary

PREAMBLE = 'Maplewood Learning, Inc. ("Maplewood") provides the Service to the School.'
BREACH = (
    "6.1 If Maplewood discovers that Student Data has been accessed without authorization, it "
    "will notify the School within three (3) calendar days."
)

CASES = [  # (requirement, paragraphs, status, id)
    # a notice to families the vendor may give, or gives where a law requires it: weak
    ("R6c", ((PREAMBLE,), (BREACH, "If the School asks us to, we may also contact affected "
                                   "families directly.")),
     "weak", "we-may-also-contact-affected-families"),
    ("R6c", ((PREAMBLE,), (BREACH,), ("6.2 Where a state's law requires an operator to notify "
                                      "students or parents directly, we will do so within the "
                                      "time that law allows.",)),
     "weak", "where-a-law-requires-we-will-do-so"),
    ("R6c", ((PREAMBLE,), (BREACH,), ("6.2 Where notice to affected individuals is required by "
                                      "law, we will, at the School's option, either notify the "
                                      "affected students' parents directly, or give the School "
                                      "what it needs to notify them.",)),
     "weak", "at-the-schools-option-either-notify"),
    # the school told, so that it can tell families: a notice to the school
    ("R6a", ((PREAMBLE,), ("If any class list is lost or seen by someone who should not see it, "
                           "Maplewood will tell you within 24 hours of finding out, so that you "
                           "can tell families.",)),
     "present", "so-that-you-can-tell-families"),
    # the law-enforcement delay taken away from the school's contract
    ("R6a", ((PREAMBLE,), ("Maplewood shall notify the School no later than five (5) calendar days "
                           "from discovery of a breach, or within two (2) calendar days where "
                           "misuse is imminent.",
                           "Article V, Section 3 applies as modified here; its seventy-two (72) "
                           "hour period and law enforcement delay do not apply to the School.")),
     "present", "the-law-enforcement-delay-does-not-apply-to-the-school"),
    # care measured by the vendor, of the list before
    ("R5", ((PREAMBLE,), ("4.2 I keep the class list in a zipped folder.",),
            ("4.3 I'll take reasonable care with it.",)),
     "weak", "ill-take-reasonable-care-with-it"),
    # the school's written agreement is its consent
    ("R14", ((PREAMBLE,), ("I will not bring any other musician to work with your students without "
                           "your written agreement.",)),
     "weak", "without-your-written-agreement"),
    # all it holds, named after one item
    ("R2", ((PREAMBLE,), ("You can ask me to delete the class list or anything else I hold about "
                          "your students at any time by emailing hello@maplewood.example, and I "
                          "will delete it within 48 hours.",),
            ("I take photographs of the workshop for the School's newsletter.",)),
     "present", "the-class-list-or-anything-else-i-hold"),
    # the school is and remains the owner
    ("R1", ((PREAMBLE,), ("As between the Parties, the Customer is and remains the owner of all "
                          "Customer Personal Data.",)),
     "present", "is-and-remains-the-owner"),
    # the law's own exception to telling the school of the law
    ("R3", ((PREAMBLE,), ("3.1 Maplewood shall process Student Data only on the School's "
                          "instructions and for no purpose other than providing the Services, "
                          "unless required to do so by law; in such a case Maplewood shall inform "
                          "the School of that requirement first, unless that law prohibits such "
                          "information.",)),
     "present", "unless-that-law-prohibits-such-information"),
    # others' ads kept off beside the statute's own ban on its service
    ("R15a", ((PREAMBLE,), ("The Services do not display third-party advertising.",
                            "Maplewood will not use Student Personal Data for targeted "
                            "advertising, will not engage in targeted advertising within the "
                            "Services, and will not use any persistent identifier to target "
                            "advertising on any other website.")),
     "present", "engage-in-targeted-advertising-within-the-services"),
    # a disclaimer of rights in what students make
    ("R11", ((PREAMBLE,), ("I claim no rights in anything students make or record during the "
                           "assemblies.",)),
     "weak", "i-claim-no-rights"),
    # nothing kept after the engagement
    ("R7", ((PREAMBLE,), ("I will not keep any student information after the assemblies.",)),
     "present", "not-kept-after-the-assemblies"),
    # the school's own procedure, the vendor answering it
    ("R4", ((PREAMBLE,), ("A parent may review Student Data and request correction of erroneous "
                          "information by contacting the District, which shall handle the request "
                          "under its own procedures.",
                          "Maplewood will respond to a written request from the District in the "
                          "manner described in Section 4 of the Master Agreement.")),
     "weak", "the-school-handles-it-under-its-own-procedures"),
    # the students' pictures used to promote the vendor, beside a use limit
    ("R3", ((PREAMBLE,), ("6.2 Maplewood will use Student Information only for running the "
                          "Workshops.",),
            ("7.2 Maplewood may use photographs and short clips from the Workshops on its website "
             "to promote future concerts, provided no student is identified by name.",)),
     "weak", "clips-to-promote-no-student-named"),
    ("R3", ((PREAMBLE,), ("4.2 Maplewood will use Student Information only to prepare name "
                          "cards.",),
            ("5.1 Maplewood may photograph or make audio recordings of any assembly for archival, "
             "portfolio and promotional purposes.",
             "5.2 Recordings of the assemblies, including the songs students perform, remain "
             "Maplewood's property.")),
     "weak", "recordings-for-promotional-purposes"),
]  # fmt: skip

# Drafting beside each class that keeps its reading.
CONTROLS = [
    # no student shown at all
    ("R3", ((PREAMBLE,), ("6.2 Maplewood will use Student Information only for running the "
                          "Workshops.",),
            ("7.2 Maplewood may use photographs of the workshop space on its website to promote "
             "future concerts, provided no student is shown.",)),
     "present", "no-student-shown"),
    # filming for a promotional reel, the recordings claimed by no one: the limit stands
    ("R3", ((PREAMBLE,), ("Maplewood uses volunteer names only to call students to the stage.",
                          "Maplewood may film or photograph the Program for its promotional reel "
                          "and website.")),
     "present", "filmed-for-a-reel-owned-by-no-one"),
    # a consultant's own care of itself is no care of the data
    ("R5", ((PREAMBLE,), ("4.3 I'll take the train to the school.",)),
     "missing", "ill-take-the-train"),
    # an ad-free claim with no ban of the vendor's own targeting stays weak
    ("R15a", ((PREAMBLE,), ("The Services do not display third-party advertising.",)),
     "weak", "third-party-ads-alone"),
]  # fmt: skip

test_each_class_is_read_right = probe.reads_as_labelled(CASES)
test_the_controls_keep_their_reading = probe.reads_as_labelled(CONTROLS)


def test_a_notice_on_the_schedule_below_reads_its_rows(
    library: ClauseLibrary, tmp_path: Path
) -> None:
    """ "… on the schedule below." then a table of who is told, by when."""
    text = "\n\n".join(
        [
            PREAMBLE,
            "6.1 Maplewood shall notify the School, and the affected students and their parents, "
            "of any breach of security resulting in the unauthorized release of Student Data, on "
            "the schedule below.",
            "| Data involved | Notice to the School | Notice to students and parents |\n"
            "|---|---|---|\n"
            "| Student information other than directory information | Within two (2) days of "
            "discovery | By Maplewood, not more than five (5) days after discovery |",
        ]
    )
    assert probe.file_statuses(library, tmp_path / "terms.md", text)["R6c"] == "present"
