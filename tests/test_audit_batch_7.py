"""Classes of misreading found in batch 7 (tests/corpus/heldout-7/), held out until
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
        # 13, 15(a), 15(b): the school's consent does not lift the ban on targeted advertising
        ("R13", ("The Firm will not use pupil records for targeted advertising unless the "
                 "Board first approves it in writing.",), "weak"),
        ("R15a", ("The Firm will not use pupil records for targeted advertising unless the "
                  "Board first approves it in writing.",), "weak"),
        ("R15b", ("The Firm will not use pupil records for targeted advertising unless the "
                  "Board first approves it in writing.",), "weak"),
        ("R13", ("The Firm will not use pupil records for targeted advertising.",), "present"),
        # … nor does a next sentence that names the one exception
        ("R13", ("The Firm will not use pupil records to target advertising to pupils.",
                 "The one exception is that the Firm may show families offers for its summer "
                 "camps."), "weak"),
        ("R15a", ("The Firm never uses pupil records to target advertising to pupils.",
                  "The only exception is banner offers for Firm Gold."), "weak"),
        # U1 and 15(c): telling families of the vendor's paid tier or other wares, promoting
        # the service, models made for other customers
        ("U1", ("The Firm may use pupil records to run the reading service and to tell families "
                "about Firm Gold, our paid home edition, and other Firm reading titles.",),
         "weak"),
        ("U1", ("The Firm uses pupil records to run, support and improve the service and to "
                "promote the service.",), "weak"),
        ("U1", ("The Firm may use pupil records to train scoring models that it may offer to "
                "its other customers.",), "weak"),
        ("U1", ("The Firm uses pupil records to run, support and improve the service.",),
         "present"),
        ("R15c", ("The Firm shall not collect or keep pupil records for anything other than "
                  "school purposes or internal research.",), "weak"),
        ("R15c", ("The Firm shall not collect or keep pupil records for anything other than "
                  "school purposes.",), "present"),
        # 12: a framework named alone is weak, even beside "commercially reasonable" measures
        ("R12", ("The Firm keeps commercially reasonable safeguards around pupil records.",
                 "Card payments run through a PCI DSS certified processor."), "weak"),
        # 4: the procedure the school sets up, the vendor answering it with no time
        ("R4", ("The Board shall set up procedures by which a pupil or parent may review the "
                "pupil's records and ask that errors be corrected.",
                "Vendor will answer the Board's requests under those procedures."), "weak"),
        ("R4", ("The Board shall set up procedures by which a pupil or parent may review the "
                "pupil's records and ask that errors be corrected.",
                "Vendor will give the Board a copy of the pupil's records within ten (10) days of "
                "its request, and will make each correction the Board asks for within ten (10) "
                "days."),
         "present"),
        # … and a vendor that declines to answer families has no procedure at all
        ("R4", ("The Firm keeps no school records and does not respond to requests from "
                "parents or pupils to review or correct them.",), "missing"),
        # 11: the students' work named by what they write, upload or share
        ("R11", ("Book notes and reviews that students write belong to the student.",),
         "present"),
        ("R11", ("Projects and other work a student uploads belong to the student who made "
                 "them.",), "present"),
        ("R11", ("Drafts and other writing that students share with me remain the property "
                 "of the student.",), "present"),
        # 10: another document's severability clause, named among others or in passing
        ("R10", ("4.2 Sections 9.1 (Severability), 9.4 (Notices) and 9.6 (Waiver) of the "
                 "Agreement apply to this Schedule.",), "weak"),
        ("R10", ("These terms sit under our Terms of Use, including the severability "
                 "provision in Section 12 of the Terms.",), "weak"),
        # 3: purposes that a policy or terms the vendor writes may widen
        ("R3", ("We use pupil records only to run the Firm's reader for your school and as "
                "described in this policy.",), "weak"),
        ("R3", ("Vendor shall not use pupil records for any purposes other than those "
                "authorized under the Agreement or the Firm Terms of Use.",), "weak"),
        ("R3", ("Vendor shall not use pupil records for any purposes other than those "
                "authorized under the Agreement.",), "present"),
        # 15(e): the permitted cases, and a rider that shares with the vendor's affiliates
        ("R15e", ("Vendor will not disclose pupil records to any person except as this "
                  "Agreement permits.",), "present"),
        # 2: a deletion on request kept back by the vendor's own retention duties
        ("R2", ("The Board may ask for the deletion of pupil records by written notice to "
                "privacy@firm.example, and Vendor will delete them within ten days, to the "
                "extent doing so is consistent with Vendor's record-retention obligations.",),
         "weak"),
        # 7: deletion at the end timed by another part's table
        ("R7", ("On termination of the Agreement, Vendor will delete the pupil records in "
                "accordance with the retention periods in Schedule 3.",), "weak"),
        # 9: Connecticut law for some matters, another state's for the rest by reference
        ("R9", ("Matters concerning the privacy of pupil records shall be governed by the laws "
                "of the State of Connecticut.",
                "Except as provided above, this Schedule is governed by the laws of the State "
                "of Ohio, as provided in Section 12.1 of the Master Agreement."), "weak"),
        # 14: the helper bound only to one section of the contract
        ("R14", ("Vendor will not use any subcontractor without the Board's prior written "
                 "consent, and each subcontractor shall agree in writing to terms at least as "
                 "protective as Section 5.1 of this Agreement.",), "weak"),
        # 12: the three standards named, then deemed met by a report
        ("R12", ("Vendor's security practices shall be consistent with the guidance issued "
                 "under section 13402(h)(2) of Public Law 111-5, with 45 CFR 164.312 and with "
                 "industry standards.",
                 "Vendor shall be deemed to have met Section 6.1 by holding a current ISO 27001 "
                 "certificate."), "weak"),
        # 1: the school owns its data, but licenses them for the vendor's promotion
        ("R1", ("As between the Board and Vendor, the Board owns the pupil records.",
                "The Board grants Vendor a licence to use and display the pupil records to "
                "provide, improve and promote the Services."), "weak"),
        ("R1", ("As between the Board and Vendor, the Board owns the pupil records.",), "present"),
        # 2: the school may require the deletion, with its means
        ("R2", ("The Board may at any time, for any reason, require Vendor to destroy any "
                "part of the pupil records by written notice, and Vendor will do so within "
                "fifteen (15) days.",), "present"),
        # 1: a cooperative's member school owns the data
        ("R1", ("Member Data is and shall remain the property of and under the control of the "
                "Member.",), "present"),
        # 14: consent, but helpers bound to terms only "substantially similar"
        ("R14", ("Vendor will not engage a subcontractor without the Board's prior written "
                 "consent.",
                 "Each subcontractor shall be bound by written obligations substantially "
                 "similar to those of this Addendum."), "weak"),
        # 13: "ad-free" is no advertising that the ban's denial must reach
        ("R13", ("Pupil accounts are ad-free: Vendor never uses pupil records to target "
                 "advertising to pupils, on the service or anywhere else.",), "present"),
        # 5: the data by the defined name "Shared Data" are not shared with anyone
        ("R5", ("Vendor will store Shared Data only in its encrypted platform and restrict "
                "access to the staff assigned to each pupil.",), "present"),
        # 7: results kept that identify no pupil are no student data kept
        ("R7", ("Vendor will destroy all pupil records by the last day of the term.",
                "Vendor may keep attendance totals that do not identify any pupil."),
         "present"),
        # 2: the school may direct or ask the vendor, by a means named at length, to delete
        ("R2", ("The Board may ask me at any time, by e-mail to records@firm.example or by "
                "letter to my office, to delete any pupil records I hold, and I will confirm "
                "the deletion within ten (10) days.",), "present"),
    ],
    ids=["consent-13", "consent-15a", "consent-15b", "no-consent-13", "one-exception-next-13",
         "only-exception-next-15a", "paid-tier-and-other-titles", "promote-the-service",
         "models-for-other-customers", "the-four-uses", "internal-research",
         "school-purposes-only", "a-framework-alone", "the-schools-procedure-untimed",
         "the-schools-procedure-timed", "declines-families", "notes-students-write",
         "work-a-student-uploads", "writing-students-share", "severability-among-others",
         "severability-in-passing", "as-described-in-this-policy", "or-its-terms-of-use",
         "the-agreement-alone", "six-cases-alone", "kept-by-its-retention-duties",
         "periods-in-a-schedule", "some-matters-and-another-law-by-reference",
         "one-section-flows-down", "standards-deemed-met", "licensed-to-promote",
         "owned-alone", "may-require-destruction", "the-member-owns",
         "substantially-similar", "ad-free-colon", "shared-data-by-name",
         "totals-that-identify-no-one", "asked-at-length"],
)  # fmt: skip
def it_reads_batch_7s_drafting(
    library: ClauseLibrary, requirement: str, texts: tuple[str, ...], status: str
) -> None:
    assert probe.status(library, requirement, probe.clause(*texts)) == status


@pytest.mark.parametrize(
    ("heading", "requirement"),
    [("<h3>B.2 New York</h3>\n<p>The Firm complies with FERPA and aligns its security with "
      "NIST.</p>", "R8"),
     ("<p>For New York educational agencies, the Firm complies with FERPA and aligns its "
      "security with NIST.</p>", "R12"),
     ("<p>New York schools: the Firm complies with FERPA and aligns its security with "
      "NIST.</p>", "R8")],
    ids=["lettered-state-heading", "for-another-states-agencies", "another-states-label"],
)  # fmt: skip
def it_sets_another_states_section_aside(
    library: ClauseLibrary, tmp_path: Path, heading: str, requirement: str
) -> None:
    page = (
        "<html><body><h1>Terms</h1><h2>1. Privacy</h2>"
        "<p>We use reasonable measures to protect your information.</p>"
        "<h2>Appendix B - State terms</h2><h3>B.1 Connecticut</h3>"
        "<p>For Connecticut schools, the Firm will delete pupil records on request.</p>"
        f"{heading}</body></html>"
    )
    statuses = probe.file_statuses(library, tmp_path / "terms.html", page)
    assert statuses[requirement] == "missing"


def it_reads_a_rider_that_shares_with_affiliates_beside_the_permitted_cases(
    library: ClauseLibrary,
) -> None:
    """15(e): a later term sharing with the vendor's affiliates, whatever for, is wider than
    the six cases the limit keeps to."""
    limit = "Vendor will not disclose pupil records to any person except as this Agreement permits."
    rider = "Rider 2. Vendor may share pupil records with its affiliates."
    assert probe.status(library, "R15e", probe.apart(limit, rider)) == "weak"
    assert probe.status(library, "R15e", probe.apart(limit)) == "present"


_RESPONSES = (
    "| # | What the Board requires | Vendor answer |\n"
    "|---|---|---|\n"
    "| 7 | Vendor will keep no pupil records once the services are complete. | Agreed with "
    "clarification. On termination Vendor deletes the pupil records within sixty (60) days. |\n"
    "| 12 | Vendor's security practices meet the HITECH guidance, 45 CFR 164.312 and industry "
    "standards. | Our security program follows ISO 27001 and is audited by an outside firm "
    "each year. |\n"
    "| 15(d) | Vendor will not sell, rent or trade pupil records. | Agreed. |\n"
    "| 9 | Connecticut law governs the rights and duties of all parties to the contract. | "
    "Agreed. |\n"
)


@pytest.mark.parametrize(
    ("requirement", "status"),
    [("R7", "weak"), ("R12", "weak"), ("R15d", "present"), ("R9", "present")],
    ids=["agreed-with-clarification", "answered-in-its-own-words", "agreed", "agreed-too"],
)
def it_reads_a_numbered_response_table_as_the_vendor_answered_it(
    library: ClauseLibrary, tmp_path: Path, requirement: str, status: str
) -> None:
    """A "#" column names nothing (the row is no heading), and in a table whose rows answer
    "Agreed", an answer in the vendor's own words replaces the requirement it answers."""
    found = probe.file_statuses(library, tmp_path / "answers.md", _RESPONSES)
    assert found[requirement] == status
