"""Classes of misreading found in batch 5 (tests/corpus/heldout-5/), held out until
2026-12-01 and development since, each read right.

Each case is a sentence of the class, written for the test in words of its own, not a
corpus document's.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import audit_probes as probe
from crec_assemble.audit.reader import read_document
from crec_assemble.library.clauses import ClauseLibrary


@pytest.mark.parametrize(
    ("requirement", "texts", "status"),
    [
        # 9: Connecticut law for one part of the paper, another law for the rest
        ("R9", ("Schedule 2 is governed by the laws of the State of Connecticut.",
                "The Platform Terms are governed by the laws of the State of Utah."), "weak"),
        ("R9", ("This Addendum shall be governed by the laws of the State of Connecticut.",
                "The Platform Terms are governed by the laws of England and Wales."), "weak"),
        ("R9", ("This Addendum shall be governed by the laws of the State of Connecticut.",
                "The Platform Terms are governed by the laws of the State of Utah.",
                "Where the two differ, this Addendum shall prevail."), "weak"),
        # 10: severability borrowed from another document
        ("R10", ("Severability under this Schedule is governed by Clause 22.1 of the Platform "
                 "Terms.",), "weak"),
        ("R10", ("Clauses 22.1 (Severability) and 22.4 (Waiver) of the Platform Terms, at "
                 "https://terms.vendor.example/v2, are incorporated herein by reference.",),
         "weak"),
        # 5: the promise taken back by what no safeguard can be
        ("R5", ("Vendor shall maintain administrative and technical safeguards for Student "
                "Data.",
                "The Board accepts that no safeguards are infallible."), "weak"),
        # 6(a), 6(b): the paper's "Days" defined as business days
        ("R6b", ('"Days" means working days, Monday to Friday, holidays excepted.',
                 "Vendor shall notify the Board of a breach involving directory information "
                 "within eight (8) Days after discovering it."), "weak"),
        ("R6b", ('"Days" means calendar days.',
                 "Vendor shall notify the Board of a breach involving directory information "
                 "within eight (8) Days after discovering it."), "present"),
        # 15(c): a clean limit on collecting, but a use beyond the school's elsewhere; a
        # licence the vendor receives
        ("R15c", ("Vendor will collect and store Student Data only to provide the Service.",
                  "Vendor may also use Student Data to design new products for adult learners."),
         "weak"),
        ("R15c", ("Vendor receives only the limited licence needed to store and show Student "
                  "Data in the Service.",), "missing"),
        # U2: the worst grant decides; licensing the data to others is beyond U2
        ("U2", ("Vendor may use de-identified Student Data to improve the Service and to "
                "demonstrate or market its effectiveness.",
                "Vendor may also share de-identified Student Data with universities for any "
                "research purpose."), "weak"),
        ("U2", ("Vendor may use aggregated Student Data to improve its products, and may "
                "license aggregated Student Data to city planning offices.",), "weak"),
        # 11: a glossary entry of what students make is no ownership; ownership another
        # agreement may undo
        ("R11", ("Pupil Work: drawings and recordings created by a pupil in the app, including "
                 "the account details that keep them.",), "missing"),
        ("R11", ("Projects a student creates in the app belong to that student, unless the "
                 "Board's order form says otherwise.",), "weak"),
        # 13, 15(a): messages picked by the student's activity, declared not advertising
        ("R13", ("Vendor will not use Student Data for targeted advertising to students.",
                 "Vendor may show students offers for its paid tiers chosen based on the "
                 "student's activity. Such offers are not advertising under this Addendum."),
         "weak"),
        ("R13", ("Vendor will not use Student Data for targeted advertising to students.",
                 "Vendor may show tips about its features to every student alike. Such tips "
                 "are not advertising under this Addendum."), "present"),
        # 6(d): families told of a breach of data "other than directory information" only
        # (weak until batch 6 was opened: every outside reader labels it missing)
        ("R6d", ("Where a breach involves Student Data other than directory information, Vendor "
                 "will notify the affected pupils' parents within five (5) days after discovery.",),
         "missing"),
        # 15(e): sharing with the vendor's affiliates or helpers, or with advertisers or
        # anyone, and forbidding nothing, is wider than the six cases (the second read as
        # missing, the opposite of them, until 2026-12-05: outside readers label it weak)
        ("R15e", ("We may share pupil data with our affiliates and with partners who help us "
                  "run the app.",), "weak"),
        ("R15e", ("We may share pupil data with our affiliates and advertising partners.",),
         "weak"),
        # 9: Connecticut law overriding another document's clause; "law applies"
        ("R9", ("Notwithstanding Section 9.1 of the Platform Terms, the laws of the State of "
                "Connecticut shall govern the rights and duties of all parties.",), "present"),
        ("R9", ("Connecticut law applies to these terms.",), "present"),
        # 1: "the property of, and under the control of, the Board"
        ("R1", ("Pupil records are and remain the property of, and under the control of, the "
                "Board.",), "present"),
        # 14: subcontractors by other names
        ("R14", ("Evaluator shall not engage any third-party vendor that would see the Data "
                 "without the Board's prior written approval.",), "weak"),
        ("R14", ("I won't hand off this work to another therapist without your written OK.",),
         "weak"),
        # 6(a): a condition's own "not" does not deny the notice after it
        ("R6a", ("If Vendor learns that pupil files were given to any person not authorized to "
                 "see them, Vendor shall notify the Board within forty-eight (48) hours.",),
         "present"),
        # 7: deletion some days after the work is done
        ("R7", ("Vendor shall delete the pupil files for a job within twenty (20) days after "
                "the assignment is completed.",), "weak"),
        # 15(c): a row's heading noun is not the act; a signature block run into an exhibit
        # is no term
        ("R15c", ("4.2 Collection limits Vendor shall not collect or store Student Data for "
                  "any purpose other than furthering school purposes.",), "present"),
        ("R3", ("By: ______ Name: [__] Title: [__] EXHIBIT 1 - DATA Roster names, class, e-mail "
                "(for sign-on only)",), "missing"),
        # a denial that opens a list with its first item's mark governs every item; each
        # item is read for itself
        ("R15c", ("Vendor shall not (a) show pupils advertising; (b) collect or store Student "
                  "Data for any purpose other than furthering school transport purposes; or (c) "
                  "rent Student Data.",), "present"),
        ("R15b", ("Vendor shall not (a) target advertising to pupils on any other website based "
                  "on Student Data; (b) collect persistent unique identifiers except for the "
                  "Service.",), "weak"),
        # 11: the school owning the students' content is the opposite of the provision,
        # unless the clause leaves the students some rights
        ("R11", ("Student-generated content shall be owned by the Board.",),
         "missing"),
        ("R11", ("Student-generated content shall be owned by the Board; as between the Board "
                 "and its pupils, students may hold rights in what they create.",), "weak"),
        # 15(a): a short numbered statement is no heading; PII as part of the data; a
        # prohibition whose first item opens inside its clause governs every item
        ("R15a", ("6.1 The App carries no advertising.",), "present"),
        ("R15a", ("Vendor will not use Student Data, including personally identifiable "
                  "information, to target advertising to anyone.",), "present"),
        ("R15a", ("Vendor is prohibited from using Student Data to (a) market to pupils; (b) "
                  "enable Targeted Advertising by anyone; (c) build profiles of pupils.",),
         "present"),
        # 1: "the rights, property or safety of" others is no ownership of the data
        ("R1", ("Vendor will not disclose Customer Data except (a) to its affiliates; (b) to "
                "protect the rights, property or safety of Vendor.",), "missing"),
        # 4: the vendor helping the school answer families, with no procedure of its own
        ("R4", ("Vendor shall cooperate with the Board in answering any request by a parent "
                "to inspect a pupil's records.",), "weak"),
        # 3: the contract's own further purposes, in either word order
        ("R3", ("Vendor will process Student Data only to run the App for the Board and for the "
                "other purposes this Addendum expressly authorizes, and for no other purpose.",),
         "present"),
        ("R3", ("Vendor will process Student Data only to run the App, and for no other purpose "
                "except as this Addendum expressly permits.",), "present"),
        # U1: a denial in an aside ends with the aside
        ("U1", ("Vendor may use Student Data to run and improve the app (never for anything a "
                "sponsor pays for), and to build new products.",), "weak"),
        # 8: what the records are and whose law it is; what the service is built for; the
        # school described
        ("R8", ("I understand that those are student records covered by FERPA and that the "
                "Board must keep to it.",), "missing"),
        ("R8", ("Our platform was made to support districts' obligations under FERPA.",),
         "missing"),
        ("R8", ("Where a customer that is subject to FERPA sends us records, we act as a "
                "school official for that data.",), "weak"),
        # 2: the worst way of asking decides; deletion held to retention rules; data kept back
        ("R2", ("Teachers can erase a pupil's work from the Settings page whenever they like.",
                "A district that wants us to erase all its records may write to "
                "help@vendor.example and we'll consider the request."), "weak"),
    ],
    ids=["a-schedule-and-utah", "an-addendum-and-england", "the-addendum-prevails-but-governs-part",
         "severability-governed-by-a-clause-elsewhere", "incorporated-by-reference",
         "no-safeguard-is-infallible", "days-are-working-days",
         "days-are-calendar-days", "collection-limited-but-a-use-beyond",
         "a-licence-received", "the-worst-de-identified-grant", "licensed-to-others",
         "a-glossary-entry-of-pupil-work", "ownership-unless-another-paper-says-otherwise",
         "offers-picked-by-activity-called-no-ads", "tips-for-all-called-no-ads",
         "families-told-of-data-other-than-directory",
         "shared-with-affiliates-and-helpers",
         "shared-with-advertisers", "ct-law-notwithstanding-another-clause",
         "ct-law-applies", "property-of-and-control-of", "a-third-party-vendor",
         "hand-off-to-a-therapist",
         "not-authorized-in-the-condition", "after-the-assignment", "a-rows-heading-noun",
         "a-signature-block-run-into-an-exhibit", "a-denial-before-item-a",
         "identifiers-in-another-item", "student-work-owned-by-the-board",
         "owned-by-the-board-with-rights-left-to-students", "a-numbered-statement-of-no-ads",
         "pii-as-part-of-the-data", "first-item-inside-the-clause",
         "rights-property-or-safety", "cooperates-with-the-board",
         "purposes-this-addendum-authorizes", "except-as-this-addendum-permits",
         "a-denial-in-an-aside",
         "what-the-records-are", "what-the-platform-supports", "a-customer-subject-to-ferpa",
         "a-request-only-considered"],
)  # fmt: skip
def it_reads_batch_5s_drafting(
    library: ClauseLibrary, requirement: str, texts: tuple[str, ...], status: str
) -> None:
    assert probe.status(library, requirement, probe.apart(*texts)) == status


@pytest.mark.parametrize(
    ("requirement", "texts", "status"),
    [
        # 2: deletion held to the vendor's retention rules, or some data kept back, in the
        # clause that gives the way to ask
        ("R2", ("The Board may ask for earlier erasure of the Data by written notice to Vendor.",
                "Vendor will act on it to the extent consistent with its grant terms and its "
                "record-retention policy."), "weak"),
        ("R2", ("On the Board's written request, Vendor shall erase the files it names.",
                "Word lists built from the Board's files are not subject to deletion."), "weak"),
        ("R2", ("On the Board's written request, Vendor shall erase the files it names.",
                "Copies in backups go in the ordinary course of Vendor's backup retention "
                "cycle."), "weak"),
        # … and the request that only the contract's end opens is no way to ask meanwhile
        ("R2", ("The Board may ask for erasure of Student Data at any time.",
                "Upon expiry of the Agreement, Vendor will erase Student Data on the Board's "
                "written request."), "weak"),
        # 15(e): what the school permits is no case of the six; the exceptions to a ban on
        # advertising are no limit on disclosure
        ("R15e", ("Vendor shall not disclose Student Data to anyone, except as directed or "
                  "permitted by the Board, or under a subpoena.",), "weak"),
        ("R15e", ("Vendor shall not disclose Student Data to anyone, except as the Board "
                  "directs in writing, or under a subpoena.",), "present"),
        ("R15e", ("Vendor shall not disclose Student Data to target advertising to pupils.",
                  "This prohibition does not apply to disclosures to a school's other vendors."),
         "weak"),
    ],
    ids=["consistent-with-retention", "some-files-not-deleted", "backups-on-their-cycle",
         "a-request-opened-only-by-the-end",
         "what-the-board-permits", "what-the-board-directs-in-writing",
         "exceptions-to-an-advertising-ban"],
)  # fmt: skip
def it_reads_batch_5s_clauses(
    library: ClauseLibrary, requirement: str, texts: tuple[str, ...], status: str
) -> None:
    assert probe.status(library, requirement, probe.clause(*texts)) == status


def _page(tmp_path: Path, states: str) -> list[str]:
    """The sentences the audit keeps from a web page of general terms, then ``states``."""
    general = "".join(f"<p>Term {n}: Vendor keeps register {n} current.</p>" for n in range(25))
    page = tmp_path / "terms.html"
    page.write_text(
        f"<html><body><h2>General terms</h2>{general}{states}<h2>Law</h2>"
        "<p>The laws of the State of Connecticut govern this Agreement.</p></body></html>",
        encoding="utf-8",
    )
    return [s.text for s in read_document(page).sentences]


@pytest.mark.parametrize(
    "states",
    [
        # a state's box after the general terms, even with no Connecticut section
        "<h3>State terms</h3><h4>Oregon</h4><p>Vendor will tell Oregon parents in 5 days.</p>",
        # a paragraph held to another state's schools from its first sentence
        "<p>If your school is in Oregon, the following also applies. Vendor will tell Oregon "
        "parents in 5 days.</p>",
        # a state named by a numbered paragraph, ended by the page's next heading
        "<h2>State terms</h2><p>9.2 Oregon.</p><p>Vendor will tell Oregon parents in 5 days.</p>",
    ],
    ids=["a-box-after-general-terms", "if-your-school-is-in", "a-numbered-paragraph"],
)
def it_sets_aside_another_states_part_of_a_page_and_reads_on_after_it(
    tmp_path: Path, states: str
) -> None:
    kept = _page(tmp_path, states)
    assert "Vendor will tell Oregon parents in 5 days." not in kept
    assert "The laws of the State of Connecticut govern this Agreement." in kept
    assert "Term 3: Vendor keeps register 3 current." in kept


def it_keeps_a_short_word_that_ends_a_sentence_at_the_start_of_a_wrapped_line(
    tmp_path: Path,
) -> None:
    letter = tmp_path / "letter.txt"
    letter.write_text(
        "B2. Records. All pupil records are and remain the property of\n"
        "CREC. The Consultant has no rights in them.\n",
        encoding="utf-8",
    )
    texts = [s.text for s in read_document(letter).sentences]
    assert "All pupil records are and remain the property of CREC." in texts
