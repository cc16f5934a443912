"""Classes of misreading found in batch 6 (tests/corpus/heldout-6/), held out until
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
        # 7: data kept or deleted on a clock of the vendor's own, never tied to the end
        ("R7", ("Vendor keeps session files for five (5) years after each tutoring session.",),
         "weak"),
        ("R7", ("Vendor erases a pupil's work within 45 days after the pupil's account is "
                "closed by a teacher.",), "weak"),
        ("R7", ("Vendor shall shred the Board's files within ten days of the Board's written "
                "request.",), "weak"),
        ("R7", ("Vendor will keep the Board's figures safe.",), "missing"),
        # … and a keeping in another part takes back a clean deletion at the end
        ("R7", ("On expiry of the Agreement, the pupils' files shall not be kept by Vendor, and "
                "the Vendor shall erase them at that time.",
                "Appendix 4. Vendor's disaster copies are retained for up to two hundred (200) "
                "days following expiry."), "weak"),
        ("R7", ("I erase every file I hold the day my last assessment is handed in.",
                "I keep a copy of my scoring notes for six years."), "weak"),
        ("R7", ("On expiry of the Agreement, the pupils' files shall not be kept by Vendor, and "
                "the Vendor shall erase them at that time.",), "present"),
        # 5: safeguards measured by the vendor's cost (the readings settled after batch 6)
        ("R5", ("Vendor will keep commercially reasonable technical and physical safeguards "
                "to protect the Board's pupil records.",), "weak"),
        ("R5", ("Vendor will keep technical and physical safeguards to protect the Board's "
                "pupil records.",), "present"),
        # 12: reasonable safeguards name no standard at all; a framework named is a standard
        ("R12", ("Vendor keeps reasonable technical and organisational measures around the "
                 "Board's pupil files.",), "missing"),
        ("R12", ("Vendor keeps reasonable technical and organisational measures around the "
                 "Board's pupil files, audited each year against ISO 27001.",), "weak"),
        # 4: families sent to the school, the vendor taking no part
        ("R4", ("Families who want to look over or fix what the app holds on a pupil should "
                "contact their child's school.",), "missing"),
        # 14: helpers under other names; a part of the terms flowing down; notice of each
        ("R14", ("The Agency may hand Assignments to independent-contractor nurses, each to sign "
                 "a written agreement containing provisions equivalent to Sections 3 and 4 of "
                 "this Agreement.",), "weak"),
        ("R14", ("Now and then we bring in independent associates to help with scoring; they are "
                 "asked to keep the Board's files confidential.",), "weak"),
        ("R14", ("The Firm may use tutors who are independent contractors of the Firm, provided "
                 "that the Firm gives the Board's office ten (10) business days' prior written "
                 "notice naming each tutor.",), "weak"),
        ("R14", ("The Firm may assign sessions to independent contractor tutors without "
                 "approval from the Board, provided each tutor is bound in writing by terms no "
                 "less protective than this Agreement.",), "weak"),
        ("R14", ("The Firm may use independent-contractor tutors.",), "missing"),
        # 9: Connecticut's law for the rider alone, another's for the rest (by reference too)
        ("R9", ("This Rider shall be interpreted in accordance with the laws of the State of "
                "Connecticut.",
                "The Price Agreement and all Orders are governed by the laws of the State of "
                "Iowa, as Section 8 of the Price Agreement provides."), "weak"),
        # U2: de-identified data disclosed for research with commercial partners
        ("U2", ("Vendor may use and disclose de-identified data to build new tools and for "
                "studies run with its commercial partners.",), "weak"),
        # 15(a): others' advertising kept off the service, the vendor's own left open
        ("R15a", ("The pupil screens of the Service do not carry third-party advertising.",),
         "weak"),
        # 3: the master agreement's purposes are the contract's; "use" as a noun limits nothing
        ("R3", ("Vendor handles the Board's data only on the Board's written instructions and "
                "for the purposes authorized by the MSA and this Schedule.",), "present"),
        ("R3", ("Vendor will use Student Data only to run the Service for the Board.",
                "Vendor keeps every right in its photographs, subject only to the use limits "
                "in this Addendum and any other terms it publishes."), "present"),
        # 1: terms for schools that call the school "you"
        ("R1", ("As between you and Vendor, you own all Pupil Data you upload.",), "present"),
        # 8: the law in general promised, FERPA named only in what the records are
        ("R8", ("Vendor shall comply with all applicable federal and state privacy laws, and "
                "acknowledges that pupil counselling records kept by the Board are education "
                "records subject to FERPA.",), "weak"),
        # 10: another document's severability clause named in a list of its sections; a
        # lead-in that names the clause to come
        ("R10", ("9.4 Sections 21 (Severability) and 22 (Assignment) of the Platform Terms, "
                 "posted at https://terms.vendor.example, apply to this Schedule.",), "weak"),
        ("R10", ("Section 12 on severability is replaced by the following:",), "missing"),
        # 6(b): the breach defined as a confirmed one, so every clock runs from confirmation
        ("R6b", ('"Data Incident" means a confirmed breach of the security of the Board\'s '
                 "pupil files.",
                 "Vendor shall tell the Board within four (4) days after it learns of a Data "
                 "Incident."), "weak"),
        ("R6b", ('"Data Incident" means a breach of the security of the Board\'s pupil files.',
                 "Vendor shall tell the Board within four (4) days after it learns of a Data "
                 "Incident."), "present"),
        # 1: the school's ownership of records named by their kind ("Student Health
        # Information")
        ("R1", ("All Student Counselling Records made during a visit are and remain the "
                "property of the Board.",), "present"),
        # U1: offers for the vendor's own wares sent to families are marketing
        ("U1", ("Vendor may use Pupil Data to: (a) print class photos; (b) send families order "
                "reminders and offers for photo packages and retakes.",), "weak"),
        # 3: further projects or studies added to the limit, as the vendor approves them
        ("R3", ("Vendor shall use the survey files only for the Study and for such other "
                "studies of pupil wellbeing as its own review board may approve.",), "weak"),
        # 7: a deletion the school asks for, its "completion" confirmed, is not the end of the
        # services; days given to finish deleting after the end keep the data
        ("R7", ("On expiry of the Agreement, no pupil file shall be kept by Vendor.",
                "Vendor shall finish a deletion the Board asks for within twelve (12) days of "
                "receipt and confirm completion in writing."), "present"),
        ("R7", ("No pupil file shall be kept by Vendor upon completion of the services; "
                "provided that Vendor shall have sixty (60) days following completion to finish "
                "deletion and certification.",), "weak"),
        ("R7", ("If the Board stops using the Service, Vendor will erase its pupil files within "
                "sixty (60) days after receiving the Board's request.",), "weak"),
        # … and its own books are not the students' data
        ("R7", ("On expiry of the Agreement, no pupil file shall be kept by Vendor.",
                "Vendor shall keep records of orders and invoices for five (5) years after "
                "final payment."), "present"),
        # statements of practice that bind nothing (the readings settled after batch 6)
        ("R15d", ("Our practice is not to sell, rent or trade Student Data.",), "weak"),
        ("R15d", ("Vendor has no plans to sell, rent or trade Student Data.",), "weak"),
        ("R15d", ("Vendor does not intend to sell, rent or trade Student Data.",), "weak"),
        ("R15d", ("Vendor does not sell, rent or trade Student Data.",), "present"),
        # 15(e): a ban on sharing for behavioural advertising is no limit on disclosure
        ("R15e", ("Vendor will not share Student Data for cross-context behavioral "
                  "advertising.",), "weak"),
        # 6(d): families told only of breaches of student information (6(c)'s) have no 6(d)
        ("R6d", ("Where a breach involves Student Information (other than Directory "
                 "Information), Vendor shall notify the affected pupils' parents within five "
                 "(5) days after discovery.",), "missing"),
        # 4: a family's right to look at the records alone; the vendor only helping the
        # school answer families sent to it; a teacher reviewing work is no family's review
        ("R4", ("A pupil's parent can look at the information Vendor holds on the pupil by "
                "writing to Vendor's privacy office.",), "weak"),
        ("R4", ("Parents may examine the records Vendor keeps on their child.",
                "If a parent shows that an entry is wrong, Vendor will correct it within ten "
                "(10) days."), "present"),
        ("R4", ("Families who want to look over or fix what the app holds on a pupil should "
                "contact their child's school. Vendor will help the school locate and correct "
                "such data.",), "weak"),
        ("R4", ("Vendor keeps pupils' essays so that teachers can review and grade them.",),
         "missing"),
        # 13, 15(b): a venue in the promise before the ban is not the ban's
        ("R15b", ("Vendor shows no advertising in the Service and will not use Student Data "
                  "to target advertising to pupils.",), "weak"),
        ("R13", ("Vendor shows no advertising in the Service and will not use Student Data "
                 "to target advertising to pupils.",), "present"),
        # 11: a licence over students' content, or how long it is kept, says nothing of whose
        # it is; students keeping all rights in it own it
        ("R11", ("Vendor may host and display the essays pupils write in the Service.",),
         "missing"),
        ("R11", ("Pupils retain all rights in the essays they write in the Service.",),
         "present"),
        # 6: a law-enforcement request may hold the notice back; what a notice reports is no hold
        ("R6b", ("Vendor shall tell the Board of a breach within four (4) days after discovering "
                 "it.",
                 "No notice is due while a law enforcement agency has asked that it be "
                 "delayed."), "weak"),
        ("R6b", ("Vendor shall tell the Board of a breach within four (4) days after discovering "
                 "it.",
                 "The notice shall say whether it was delayed because of a law enforcement "
                 "investigation."), "present"),
    ],
    ids=["kept-years-after-each-session", "erased-after-an-account-closes",
         "shredded-on-request-only", "nothing-on-deletion",
         "backups-kept-in-an-appendix", "a-copy-kept-for-years", "the-vendor-shall-erase",
         "commercially-reasonable-safeguards", "safeguards-unqualified",
         "reasonable-measures-and-no-standard", "reasonable-measures-and-a-framework",
         "families-sent-to-the-school",
         "equivalent-provisions-for-each-such-nurse", "associates-asked-to-keep-confidential",
         "prior-written-notice-of-each-tutor", "without-approval-but-bound",
         "a-bare-licence-to-use-contractors", "interpreted-under-connecticut-law",
         "research-with-commercial-partners", "no-third-party-advertising",
         "purposes-of-the-msa", "use-as-a-noun",
         "you-own-the-data", "ferpa-only-in-what-records-are", "severability-in-a-list",
         "a-lead-in-to-severability", "a-breach-defined-as-confirmed",
         "a-breach-defined-plainly", "records-named-by-kind", "offers-for-packages",
         "other-studies-it-approves", "a-requested-deletions-completion",
         "days-to-finish-after-the-end", "erased-after-the-boards-request-at-the-end",
         "its-own-books", "our-practice-is", "no-plans-to", "does-not-intend-to",
         "does-not-sell", "no-sharing-for-behavioral-ads",
         "families-told-of-student-information-only", "a-parent-can-look-at",
         "parents-may-examine-and-vendor-corrects", "vendor-helps-the-school",
         "teachers-review-work", "a-venue-in-the-promise-before-15b",
         "a-venue-in-the-promise-before-13", "a-licence-over-pupils-essays",
         "pupils-retain-all-rights", "a-law-enforcement-hold", "whether-it-was-delayed"],
)  # fmt: skip
def it_reads_batch_6s_drafting(
    library: ClauseLibrary, requirement: str, texts: tuple[str, ...], status: str
) -> None:
    assert probe.status(library, requirement, probe.apart(*texts)) == status


_ANSWERS = (
    "| Item | What the Board requires | Our answer |\n"
    "|---|---|---|\n"
    "| 4 | Vendor will describe the procedures by which a pupil or parent may review and "
    "correct personally identifiable information held on the pupil. | Not applicable. |\n"
    "| 9 | Connecticut law governs the rights and duties of all parties to the contract. | "
    "Agree with modifications: Connecticut law governs this Addendum. |\n"
    "| 15(d) | Vendor will not sell, rent or trade Student Data. | Agree. |\n"
)


@pytest.mark.parametrize(
    ("requirement", "status"),
    [("R4", "missing"), ("R9", "weak"), ("R15d", "present")],
    ids=["declined", "agreed-with-modifications", "agreed"],
)
def it_reads_a_response_table_as_the_vendor_answered_it(
    library: ClauseLibrary, tmp_path: Path, requirement: str, status: str
) -> None:
    # the requirement quoted in a row binds the vendor only as far as it agrees to it
    text = _ANSWERS + "\nThe Order Form is governed by the laws of the State of Iowa.\n"
    assert (
        probe.file_statuses(library, tmp_path / "paper.md", text, "operator")[requirement] == status
    )


@pytest.mark.parametrize(
    ("texts", "status"),
    [
        # 2: part of the data kept back from a deletion the school asks for
        (("The Board may ask for deletion of pupil files by opening a ticket in the help "
          "portal, except billing records, which Vendor keeps for six years.",), "weak"),
        (("The Board may ask for deletion of pupil files by opening a ticket in the help "
          "portal.",
          "Test scores will be retained in de-identified form."), "weak"),
        # … but not what the law itself requires kept
        (("The Board may ask for deletion of pupil files by opening a ticket in the help "
          "portal, except files that federal law requires Vendor to retain.",), "present"),
    ],
    ids=["billing-records-kept", "scores-kept-de-identified", "what-the-law-requires-kept"],
)  # fmt: skip
def it_reads_what_a_deletion_on_request_keeps_back(
    library: ClauseLibrary, texts: tuple[str, ...], status: str
) -> None:
    assert probe.status(library, "R2", probe.clause(*texts)) == status


@pytest.mark.parametrize(
    ("heading", "status"),
    [("Recitals", "missing"), ("Background", "missing"), ("Records", "present")],
    ids=["under-recitals", "under-background", "under-an-operative-heading"],
)
def it_reads_what_stands_under_a_recitals_heading_as_background(
    library: ClauseLibrary, tmp_path: Path, heading: str, status: str
) -> None:
    text = (
        f"## {heading}\n\nThe Board keeps the pupil records it shares, and all such pupil "
        "records remain the property of the Board.\n\n## Terms\n\nVendor shall use the pupil "
        "records only to provide the Services.\n"
    )
    assert probe.file_statuses(library, tmp_path / "paper.md", text, "consultant")["R1"] == status
