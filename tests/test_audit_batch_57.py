"""Classes of misreading found in batch 57 (tests/corpus/heldout-57/), held out until
2026-12-05 and development since, each read right.

Each case is a sentence of the class, written for the test in words of its own, not a
corpus document's. Each group of sentences is a paragraph of its own.
"""

from __future__ import annotations

from pathlib import Path

import audit_probes as probe
from crec_assemble.library.clauses import ClauseLibrary

PREAMBLE = 'Maplewood Learning, Inc. ("Maplewood") provides the Service to the School.'

CASES = [  # (requirement, paragraphs, status, id)
    # the copyright in what a consultant records of the students, in the first person
    ("R1", ((PREAMBLE,), ("Student information you share with me remains yours.",),
            ("Copyright in the audio and video recordings I make during the sessions belongs to "
             "me.",)),
     "weak", "copyright-in-the-recordings-belongs-to-me"),
    # the contract's purposes "and related purposes": open-ended
    ("R3", ((PREAMBLE,), ("We only use student information for the residency and related "
                          "purposes.",)),
     "weak", "the-residency-and-related-purposes"),
    # recordings that stay on a link for a year after the services end
    ("R7", ((PREAMBLE,), ("We delete class lists when the last session ends.",),
            ("Concert recordings stay on the family sharing page for one school year (twelve "
             "months) so that families can download them, and are then deleted.",)),
     "weak", "recordings-stay-on-the-page-for-one-school-year"),
    # a recurring deletion, not the end of the services
    ("R7", ((PREAMBLE,), ("We delete sign-up sheets and feedback forms at the end of each school "
                          "year.",)),
     "weak", "at-the-end-of-each-school-year"),
    # no ads only while the subscription lasts
    ("R15a", ((PREAMBLE,), ("Student accounts are ad-free while the School's subscription is "
                            "active.",)),
     "weak", "ad-free-while-the-subscription-is-active"),
    # the families told only at the school's election, mid-sentence
    ("R6c", ((PREAMBLE,), ("For a breach of Student Information, Maplewood shall, at the "
                           "School's written election, either (a) notify the affected students "
                           "and their parents not more than five (5) days after discovery, or "
                           "(b) give the School what it needs to notify them.",)),
     "weak", "at-the-schools-written-election-either-notify"),
    # the vendor's own size as the measure of its security
    ("R5", ((PREAMBLE,), ("I will use reasonable measures, appropriate to a one-person business, "
                          "to keep student information secure.",)),
     "weak", "appropriate-to-a-one-person-business"),
    # the data owned, then licensed for the vendor's other business purposes
    ("R1", ((PREAMBLE,), ("As between the parties, the School owns School Data.",),
            ("The School grants Maplewood a perpetual licence to use and copy School Data to "
             "provide the Service and for Maplewood's other business purposes.",)),
     "weak", "licence-for-its-other-business-purposes"),
]  # fmt: skip

CONTROLS = [
    # money kept is no data kept
    ("R7", ((PREAMBLE,), ("We delete all student information after the assembly.",),
            ("If the School cancels within thirty days of the date, we keep the deposit.",)),
     "present", "we-keep-the-deposit"),
    # a deletion at the end of the school year the contract runs, not each one
    ("R7", ((PREAMBLE,), ("We delete all student information at the end of the school year "
                          "covered by this agreement.",)),
     "present", "at-the-end-of-the-school-year-covered"),
    # no ads, for good
    ("R15a", ((PREAMBLE,), ("Student accounts are ad-free.",)),
     "present", "ad-free-for-good"),
    # a licence held to the service
    ("R1", ((PREAMBLE,), ("As between the parties, the School owns School Data.",),
            ("The School grants Maplewood a licence to use School Data only to provide the "
             "Service.",)),
     "present", "licence-to-provide-the-service"),
]  # fmt: skip

# What a review of batch 57's round (and of the first review's mends) found, each read right
# (mended after batch 59 was commissioned, batch 59 not opened). The reviewer's own sentences.
REVIEW = [
    ("R6c", ((PREAMBLE,), ("Maplewood will notify the School of any breach within two days, and "
                           "where the School has elected Family Notice, Maplewood will send "
                           "notice to the parents or guardians of affected students within five "
                           "(5) days after discovery.",)),
     "weak", "where-the-school-has-elected-send-notice"),
    ("R9", ((PREAMBLE,), ("These Terms are governed by the laws of the State of Delaware.",),
            ("Maplewood provides reading lessons.",), ("Fees are due monthly.",),
            ("Connecticut law shall govern Section 9 of these Terms.",)),
     "weak", "connecticut-law-shall-govern-section-9"),
    ("R3", ((PREAMBLE,), ("Maplewood will use Student Data only to provide the Service and for no "
                          "other purpose unless the School instructs us in writing, or as our "
                          "business partners may request.",)),
     "weak", "unless-the-school-instructs-or-partners-request"),
    ("R14", ((PREAMBLE,), ("Maplewood may disclose Student Data to its subcontractors, to law "
                           "enforcement only if a court order requires it, or with the School's "
                           "prior written consent.", "Maplewood will include the provisions of "
                           "paragraphs 1 through 13 of this Agreement in every sub-contract.")),
     "weak", "a-list-of-three-with-only-if"),
    ("R2", ((PREAMBLE,), ("The School may request deletion of Student Data by written notice to "
                          "privacy@maplewood.example, and Maplewood will delete the requested "
                          "Student Data within ten days, but not stored concert recordings, which "
                          "Maplewood keeps in its archive for three years.",)),
     "weak", "but-not-stored-concert-recordings"),
    ("R6a", ((PREAMBLE,), ("If I ever lose a class list, I will tell the School within two days "
                           "and restore it from my backup.",)),
     "present", "lose-a-class-list-and-restore-it"),
    ("R6a", ((PREAMBLE,), ("If we ever lose student data, whether through theft, a hacked account "
                           "or a system crash, we will tell the School within two days.",)),
     "present", "lose-student-data-through-theft-or-crash"),
    ("R7", ((PREAMBLE,), ("Upon termination or expiration of this Agreement, Maplewood shall "
                          "delete all Student Data and shall not retain any copy.",),
            ("This Agreement remains in effect for three (3) years from the Effective Date.",)),
     "present", "this-agreement-remains-in-effect"),
    ("R10", ((PREAMBLE,), ("If any provision of this DPA is held invalid by a court of competent "
                           "jurisdiction, the remaining provisions of this DPA and the provisions "
                           "of the Master Subscription Agreement continue in full force and "
                           "effect.",)),
     "present", "continue-in-full-force-and-effect"),
    ("R2", ((PREAMBLE,), ("The School may request deletion of Student Data at any time using the "
                          "request template attached as Exhibit D, and Maplewood will delete the "
                          "data within ten days.",)),
     "present", "using-the-request-template-in-exhibit-d"),
    ("R6c", ((PREAMBLE,), ("Security Incident — Who is notified: the affected Students' parents "
                           "or guardians, by Maplewood, using the contact details kept by the "
                           "School — Deadline: within five (5) days after discovery",)),
     "present", "contact-details-kept-by-the-school"),
    ("R5", ((PREAMBLE,), ("Maplewood shall encrypt Student Data in transit and at rest, and shall "
                          "take actions designed to ensure the security and confidentiality of "
                          "Student Data (typically within our SOC 2 audited environment).",)),
     "present", "typically-within-an-aside"),
    ("R15c", ((PREAMBLE,), ("Maplewood collects and stores Student Data only to further school "
                            "purposes (usually by delivering lessons and reporting progress to "
                            "teachers).",)),
     "present", "usually-by-delivering-lessons-an-aside"),
    ("R15d", ((PREAMBLE,), ('"Sell" means to sell, lease, rent, or trade Student Data in any '
                            "manner, including but not limited to licensing it.", "Maplewood will "
                            "not Sell Student Data.")),
     "present", "sell-including-but-not-limited-to"),
    ("R15a", ((PREAMBLE,), ("The Service is ad-free while this Agreement is in effect and at all "
                            "times after it ends.",)),
     "present", "ad-free-while-and-after"),
    ("R1", ((PREAMBLE,), ("As between the parties, the School owns School Data.",),
            ("The School grants Maplewood a licence to use School Data solely to provide the "
             "Service, and never for its own business purposes.",)),
     "present", "never-for-its-own-business-purposes"),
]  # fmt: skip

test_each_class_is_read_right = probe.reads_as_labelled(CASES)
test_the_reviews_findings_are_read_right = probe.reads_as_labelled(REVIEW)
test_the_controls_keep_their_reading = probe.reads_as_labelled(CONTROLS)


def test_a_lead_ins_sibling_after_its_own_items(library: ClauseLibrary, tmp_path: Path) -> None:
    """ "(h) … without the School's express written consent:" leads "(1)" and "(2)"; the
    "(i)" after them is (h)'s sibling, not a roman item under it, and the consent does not
    reach it (found by the second review)."""
    text = "\n\n".join(
        [
            PREAMBLE,
            "Maplewood will include the provisions of paragraphs 1 through 13 of this Agreement "
            "in every sub-contract.",
            "(g) Maplewood will protect Student Data with encryption.",
            "(h) Maplewood will not, without the School's express written consent:",
            "(1) transfer Student Data outside the United States; or",
            "(2) use Student Data for research.",
            "(i) Maplewood may engage subcontractors to host and support the Service.",
        ]
    )
    assert probe.file_statuses(library, tmp_path / "terms.txt", text)["R14"] == "weak"
