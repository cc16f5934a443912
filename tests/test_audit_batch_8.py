"""Classes of misreading found in batch 8 (tests/corpus/heldout-8/), held out until
2026-12-01 and development since, each read right.

Each case is a sentence of the class, written for the test in words of its own, not a
corpus document's.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import audit_probes as probe
from crec_assemble.library.clauses import ClauseLibrary


@pytest.mark.parametrize(
    ("requirement", "texts", "status"),
    [
        # 10: another document's severability clause, borrowed by number or by subject
        ("R10", ("Section 9.2 (Severability) of the Master Hosting Agreement applies to this "
                 "Rider.",), "weak"),
        ("R10", ("The Platform Terms' provisions on warranties and severability apply to this "
                 "order.",), "weak"),
        ("R10", ("See Section 21.4 of our Master Subscription Agreement.",
                 "If a court holds any provision invalid, the remaining provisions stay in "
                 "effect."), "present"),
        # 8: the school's law acknowledged, the law in general, one section, the school's duty
        ("R8", ("Vendor acknowledges that the Board is a public school district subject to "
                "FERPA.",), "missing"),
        ("R8", ("Vendor shall comply with 34 CFR 99.33(a) when it rediscloses records.",), "weak"),
        ("R8", ("Schools that use the app are responsible for their own compliance with FERPA "
                "before they use Vendor.",), "missing"),
        ("R8", ("Vendor shall comply with 34 CFR 99.33(a) when it rediscloses records.",
                "Vendor shall comply with FERPA in all its work for the Board."), "present"),
        # 9: Connecticut law for one part, while another law governs the rest
        ("R9", ("The Master Agreement's governing-law clause (Texas) applies to this Rider, but "
                "for a Connecticut school the laws of Connecticut govern the parties' duties "
                "regarding pupil records.",), "weak"),
        ("R9", ("This Part C-2 shall be governed by the laws of the State of Connecticut.",
                "The Master Agreement shall control as to indemnities, governing law and "
                "venue."), "weak"),
        ("R9", ("This Cooperative Addendum shall be governed by the laws of the State of "
                "Connecticut.",
                "The Master Agreement shall remain governed by the laws of the Lead State."),
         "weak"),
        ("R9", ("This Agreement shall be governed by the laws of the State of Connecticut.",),
         "present"),
        # 4: the school's procedure, the vendor answering the school's requests in a time
        ("R4", ("The Participating Entity shall set up procedures by which a pupil or parent "
                "may review the pupil's records and ask that errors be corrected.",
                "Vendor shall respond to the Participating Entity's reasonable requests for help "
                "with those procedures."), "weak"),
        ("R4", ("Vendor shall respond (and in any case within thirty (30) days of the request) "
                "to the Board's request for pupil records held by Vendor to view or correct "
                "them.",), "weak"),
        # U2: new products and benchmarks are not the school-purpose products it allows
        ("U2", ("Vendor may use de-identified data to improve the app and to develop new "
                "consumer products.",), "weak"),
        ("U2", ("Vendor may use aggregate data to improve the app and to benchmark its "
                "customers against one another.",), "weak"),
        ("U2", ("Vendor may use de-identified data to improve the app.",), "present"),
        # 11: students' work named by what it is
        ("R11", ("Journal entries and annotations created by a student remain the property of "
                 "the student.",), "present"),
        ("R11", ("A student's writing samples belong to the student or the student's "
                 "parent.",), "present"),
        # 13, 15(a), 15(b): a long list of what may not be used does not end the ban
        ("R13", ("Vendor shall not use pupil records, including any personally identifiable "
                 "information they contain, or any persistent unique identifier that Vendor "
                 "assigns because of the Board's use of the app, for targeted advertising.",),
         "present"),
        # 15(a): advertising "selected" with the data; the vendor's own service as its software
        ("R15a", ("Vendor shall not use pupil records to select or display advertising to "
                  "pupils, whether in the Reading Room, in the Family Portal or on any other "
                  "website.",), "present"),
        ("R15a", ("Vendor shall not engage in targeted advertising on the Software, and shall "
                  "not engage in targeted advertising on any other website based on pupil "
                  "records.",), "present"),
        # 2: deletion on request, save what another section makes it keep
        ("R2", ("5.3 At the Board's written request, Vendor shall destroy pupil records in its "
                "possession, other than the session notes that Section 5.2 requires it to keep, "
                "and shall confirm the destruction in writing within ten days.",), "weak"),
        # 15(e): researchers the school approves are not among the six cases
        ("R15e", ("Vendor shall not disclose pupil records except: to the Board; to a researcher "
                  "the Board approves in writing; or as a court order requires.",), "weak"),
        # 1: the school owns what it supplies, the vendor what the service makes of it
        ("R1", ("The pupil records the Board supplies belong to the Board.",
                "Vendor owns all rights in the reading scores and other analytics it "
                "produces."), "weak"),
        ("R1", ("The pupil records the Board supplies belong to the Board.",
                "The replies the tutor writes and the usage data we record belong to "
                "Vendor."), "weak"),
        ("R1", ("The pupil records the Board supplies belong to the Board.",), "present"),
        # 15(a), 15(b): told as present practice, promised nowhere
        ("R15a", ("Vendor does not currently show ads, and we have no plans to use pupil records "
                  "for targeted advertising.",), "weak"),
        ("R15b", ("Vendor does not currently show ads, and we have no plans to use pupil records "
                  "for targeted advertising.",), "weak"),
        # 13: paid content picked by what the service knows of the pupil is targeted
        ("R13", ("Vendor shall not use pupil records for targeted advertising.",
                 "Sponsored tiles may appear on the home screen; they are picked based on the "
                 "books a pupil has borrowed."), "weak"),
        # 6(b): the law's condition on the families' notice is not the school's
        ("R6b", ("If Vendor discovers a breach of security, Vendor will notify the Board within "
                 "forty-eight (48) hours of discovery, and will notify affected learners as "
                 "required by applicable law.",), "present"),
        ("R6b", ("If Vendor discovers a breach of security, Vendor will notify the Board within "
                 "forty-eight (48) hours of discovery, if required by applicable law.",), "weak"),
        # 15(e): a case joined on by ", and as required by law" is a case of its own
        ("R15e", ("Vendor will not disclose pupil records to third parties except to publishers "
                  "as needed to deliver titles, and as required by law.",), "weak"),
        # U1: sponsors' content picked by what the service knows of the pupil
        ("U1", ("Vendor may use pupil records to provide, maintain and support the app.",
                "Sponsor messages may be chosen by the team and grade of the pupil viewing the "
                "app."), "weak"),
        # 2: a user deleting (or asking to delete) the user's own account is no means for the
        # school
        ("R2", ("You can delete your account and its data at any time from Settings.",),
         "missing"),
        ("R2", ("You may ask us to delete your account by emailing privacy@vendor.example.",),
         "missing"),
        ("R2", ("The Board may ask Vendor to delete pupil records by emailing "
                "privacy@vendor.example; Vendor will delete them within ten (10) days.",),
         "present"),
        # 4: the vendor's part in a time left blank
        ("R4", ("Requests by a student or parent to review or correct Reader Data should be "
                "directed to the student's school.",
                "Within [__] business days of a Member's written request, Vendor will provide an "
                "export of the reader's record and will make the corrections the Member "
                "identifies."), "weak"),
        ("R4", ("A parent may ask Vendor to review the pupil's records by emailing "
                "privacy@vendor.example.",
                "Within [__] days Vendor will correct any error the parent identifies."), "weak"),
    ],
    ids=["severability-by-number-still", "severability-by-subject", "own-beside-a-reference",
         "school-is-subject", "one-section", "schools-own-compliance",
         "one-section-then-ferpa", "some-matters-other-law-in-brackets", "part-while-the-msa-"
         "controls", "addendum-while-lead-state", "whole-agreement",
         "school-procedure-vendor-helps", "answers-the-schools-request-in-a-time",
         "new-products", "benchmarks", "improve-alone", "annotations-created-by",
         "writing-samples", "long-list-of-data", "select-advertising", "on-the-software",
         "save-what-a-section-keeps", "researchers-the-school-approves", "vendor-owns-analytics",
         "outputs-belong-to-vendor", "supplied-data-alone", "no-plans-15a", "no-plans-15b",
         "sponsored-picked-for-the-pupil", "the-laws-condition-on-the-others",
         "the-laws-condition-on-the-schools", "publishers-and-the-law",
         "sponsor-messages-chosen-by-the-pupil", "your-own-account-in-settings",
         "ask-us-to-delete-your-account", "the-board-asks-by-email", "blank-time-via-the-school",
         "blank-time-to-correct"],
)  # fmt: skip
def it_reads_batch_8s_drafting(
    library: ClauseLibrary, requirement: str, texts: tuple[str, ...], status: str
) -> None:
    assert probe.status(library, requirement, probe.clause(*texts)) == status


def it_reads_connecticut_law_for_a_schedule_as_part_while_another_governs_far_off(
    library: ClauseLibrary,
) -> None:
    """Connecticut's law for the rights and duties "under this Schedule" is for that part,
    however far off the main agreement names another state's."""
    schedule = (
        "Notwithstanding Section 8.1, the rights and duties of the parties under this Schedule "
        "CT shall be governed by the laws of the State of Connecticut."
    )
    elsewhere = "This Agreement is governed by the laws of the State of Ohio."
    between = ("Vendor will keep the records in the United States.", "Each party bears its costs.")
    sentences = probe.apart(elsewhere, *between, schedule)
    assert probe.status(library, "R9", sentences) == "weak"


def it_reads_a_document_defined_by_its_acronym_as_no_party(
    library: ClauseLibrary, tmp_path: Path
) -> None:
    """("the "MSA"") names the document an addendum supplements, not the vendor: its clauses
    borrowed by number stay borrowed."""
    paper = (
        'This Pupil Data Addendum supplements the Quillon Master Services Agreement (the "MSA") '
        'between Quillon Learning, Inc. ("Quillon") and the school named in the Order Form '
        '("School").'
        "\n\nSection 12.3 (Severability) of the MSA applies to this Addendum as if written out "
        "here.\n"
    )
    assert probe.file_statuses(library, tmp_path / "addendum.md", paper)["R10"] == "weak"


_PLAIN_TEXT_SECTIONS = """Pupil Privacy Terms

11. Selling

We do not sell pupil records.

12. Ohio residents

We do not sell, rent or trade pupil records.

13. Governing law and severability

If a court holds any provision of these terms invalid, the other provisions stay in effect.

14. Connecticut schools

We keep pupil records in the United States.
"""


@pytest.mark.parametrize(("requirement", "status"), [("R15d", "weak"), ("R10", "present")])
def it_reads_a_plain_text_states_section_up_to_the_next_heading(
    library: ClauseLibrary, tmp_path: Path, requirement: str, status: str
) -> None:
    """On a page with Connecticut's section, "12. Ohio residents" holds its own paragraph to
    Ohio, and no more: the next numbered heading is the general terms again."""
    found = probe.file_statuses(library, tmp_path / "terms.txt", _PLAIN_TEXT_SECTIONS)
    assert found[requirement] == status


_QUESTIONNAIRE = (
    "| Question | Yes/No | Vendor comment |\n"
    "|---|---|---|\n"
    "| Q4. Will work that students create remain the property of the student or the "
    "parent? | No | Ownership of uploads is for the Board and its pupils to settle. |\n"
    "| Q5. Will the Vendor never sell, rent or trade pupil records? | Yes | We never sell, "
    "rent or trade pupil records. |\n"
)


@pytest.mark.parametrize(("requirement", "status"), [("R11", "missing"), ("R15d", "present")])
def it_reads_a_questionnaires_no_as_declining_the_question(
    library: ClauseLibrary, tmp_path: Path, requirement: str, status: str
) -> None:
    """A question answered "No" is no promise: the vendor's comment is what it says."""
    found = probe.file_statuses(library, tmp_path / "questionnaire.md", _QUESTIONNAIRE)
    assert found[requirement] == status
