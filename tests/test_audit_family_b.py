"""Family B's classes of misreading (deletion, breach notice, security, contract terms) found
on the whole development corpus, each read right, in sentences written for the test in the
ways other vendors phrase the same thing: a DPA's, a licence's, a privacy policy's.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import audit_probes as probe
from crec_assemble.audit.findings import audit_sentences
from crec_assemble.audit.reader import read_sentences
from crec_assemble.library.clauses import ClauseLibrary

# Provision 7: no time at all after completion.


@pytest.mark.parametrize(
    "text",
    [
        "Within thirty (30) days after the completion of the Services, Consultant shall "
        "securely destroy all Student Data in its possession.",
        "Student Data shall not be retained by Vendor beyond thirty (30) days after the "
        "completion of the contracted services.",
        "When a school closes its account, we delete its students' data within 30 days.",
        "Upon expiration of the Subscription Term, Licensor will purge Customer Data from its "
        "systems within fourteen (14) days.",
        "Provider shall destroy all Student Data no later than ten (10) business days "
        "following termination of the Agreement.",
    ],
)
def it_reads_deletion_within_days_after_the_end_as_weak(library: ClauseLibrary, text: str) -> None:
    assert probe.status(library, "R7", probe.apart(text)) == "weak"


@pytest.mark.parametrize(
    "texts",
    [
        ("Upon termination of the Agreement, Provider shall delete all Student Data.",
         "Provider shall certify the deletion to the District in writing within thirty (30) "
         "days of termination."),
        ("On the Completion Date, Consultant shall securely destroy all Student Data and "
         "shall not retain any copy of it.",
         "Consultant shall deliver a certificate of destruction within thirty (30) days after "
         "the Completion Date."),
        ("Immediately upon completion of the services, Vendor shall delete all Student Data "
         "and certify in writing within thirty (30) days that it has done so.",),
    ],
)  # fmt: skip
def it_reads_a_certificate_due_after_the_end_as_no_retention(
    library: ClauseLibrary, texts: tuple[str, ...]
) -> None:
    assert probe.status(library, "R7", probe.clause(*texts)) == "present"


def it_reads_a_later_deadline_in_the_same_clause_as_weak(library: ClauseLibrary) -> None:
    promise = (
        "Upon termination of this DPA, if no written request from the LEA is received, "
        "Provider shall dispose of all Student Data."
    )
    later = (
        "In any event, Provider shall complete disposal no later than sixty (60) days after "
        "termination."
    )
    assert probe.status(library, "R7", probe.apart(promise)) == "present"
    assert probe.status(library, "R7", probe.clause(promise, later)) == "weak"


def it_reads_deletion_thereafter_as_after_the_end_before_it(library: ClauseLibrary) -> None:
    texts = (
        "9.1 For thirty (30) days after termination, Institution may export its data.",
        "Thereafter the Company will delete Institution Data from its systems within "
        "ninety (90) days.",
    )
    assert probe.status(library, "R7", probe.apart(*texts)) == "weak"


# Provision 2: the school's means to ask for deletion.


@pytest.mark.parametrize(
    "text",
    [
        "7.2 A parent may also delete a child's account at any time from the App's Settings.",
        "Students can erase their own projects from the dashboard at any time.",
        "Parents and guardians may delete their child's profile in the Family Portal.",
    ],
)
def it_reads_deletion_by_the_family_as_no_means_for_the_school(
    library: ClauseLibrary, text: str
) -> None:
    assert probe.status(library, "R2", probe.apart(text)) == "missing"


def it_reads_a_certificate_on_request_at_the_end_as_no_means_to_ask(
    library: ClauseLibrary,
) -> None:
    text = (
        "On the expiration or termination of the Agreement, Vendor will promptly destroy all "
        "Student Data and will certify the destruction to the Board in writing on request."
    )
    assert probe.status(library, "R2", probe.apart(text)) == "missing"


@pytest.mark.parametrize(
    "elsewhere",
    [
        "Deletion of Student Data held in the Partner Services is performed in accordance with "
        "the Partner's privacy policy.",
        "Erasure of data stored by our hosting provider is subject to its own terms.",
    ],
)
def it_reads_deletion_on_request_of_part_of_the_data_as_weak(
    library: ClauseLibrary, elsewhere: str
) -> None:
    asked = (
        "The District may request deletion of Student Data held by Vendor by email to "
        "privacy@vendor.example."
    )
    assert probe.status(library, "R2", probe.clause(asked)) == "present"
    assert probe.status(library, "R2", probe.clause(asked, elsewhere)) == "weak"


# Provision 6: breach notice in other words.


@pytest.mark.parametrize(
    ("text", "requirement", "status"),
    [
        ("If Vendor discovers that Student Data has been accessed, disclosed or acquired "
         "without authorization, Vendor will notify the District in writing within five (5) "
         "business days of discovery.", "R6a", "weak"),
        ("If Vendor discovers that Student Data has been accessed, disclosed or acquired "
         "without authorization, Vendor will notify the District in writing within five (5) "
         "business days of discovery.", "R6b", "present"),
        ("If the District's student records are compromised, Provider shall inform the "
         "District within forty-eight (48) hours of discovery.", "R6a", "present"),
        ("If there is ever a breach, your school hears from us within 72 hours of our "
         "discovering it.", "R6b", "present"),
        ("If we discover a security incident, we'll let the school know within two days.",
         "R6a", "present"),
        ("If we learn that Student Data has been obtained without permission, we will notify "
         "the affected students' parents as required by law.", "R6c", "weak"),
    ],
)  # fmt: skip
def it_reads_a_breach_and_its_notice_in_other_words(
    library: ClauseLibrary, text: str, requirement: str, status: str
) -> None:
    assert probe.status(library, requirement, probe.apart(text)) == status


def it_reads_a_notice_to_affected_families_in_the_breach_paragraph(
    library: ClauseLibrary,
) -> None:
    breach = "If there is ever a breach, the school hears from us within 72 hours of discovery."
    families = (
        "We'll help your school tell families, and if your school asks us to, we'll email "
        "affected families directly as soon as we can."
    )
    assert probe.status(library, "R6c", probe.clause(breach, families)) == "weak"
    assert probe.status(library, "R6c", probe.apart(breach, families)) == "missing"


# Provision 8: a promise to keep to FERPA, not a mention of it.


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Company and each District shall ensure compliance with the Family Educational "
         "Rights and Privacy Act of 1974.", "present"),
        ("We follow FERPA and COPPA.", "present"),
        ("Vendor will handle education records in accordance with FERPA.", "present"),
        ("Both parties will comply with all applicable laws, including FERPA.", "weak"),
        ("Our Services are designed to help Schools meet their FERPA obligations.", "missing"),
        ("The platform includes tools that enable the District to comply with FERPA.",
         "missing"),
        ("Provider staff receive annual FERPA and security training.", "missing"),
        ("For purposes of FERPA, Vendor acts as a school official with a legitimate "
         "educational interest.", "weak"),
        ("Consultant is a school official under FERPA.", "weak"),
    ],
)  # fmt: skip
def it_reads_a_promise_to_keep_to_ferpa_not_a_mention(
    library: ClauseLibrary, text: str, status: str
) -> None:
    assert probe.status(library, "R8", probe.apart(text)) == status


# Provision 12: three standards, and a practice, not the bare aim.

_ALL_THREE = (
    "Vendor's security practices shall use technologies consistent with the guidance issued "
    "pursuant to section 13402(h)(2) of Public Law 111-5, maintain technical safeguards "
    "consistent with 45 CFR 164.312, and otherwise meet or exceed industry standards."
)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (_ALL_THREE, "present"),
        ("Vendor shall follow security practices consistent with 45 CFR 164.312 and the HITECH "
         "Act guidance.", "weak"),
        ("4.2 Vendor's security practices meet or exceed industry standards.", "weak"),
        # no standard at all: a bare promise (weak until the readings settled after batch 6)
        ("Provider maintains reasonable administrative, technical and physical safeguards.",
         "missing"),
        ("We take actions designed to ensure the security and confidentiality of student data.",
         "missing"),
        ("Consultant keeps student records secure and confidential.", "missing"),
        ("Details of our security program, including our encryption practices, are in the "
         "Security Whitepaper, which we will send to any school that asks.", "missing"),
    ],
)  # fmt: skip
def it_asks_for_all_three_standards_and_a_practice(
    library: ClauseLibrary, text: str, status: str
) -> None:
    assert probe.status(library, "R12", probe.apart(text)) == status


# Provision 9: Connecticut's law for a Connecticut school.


@pytest.mark.parametrize(
    ("text", "status", "why"),
    [
        ("10.1 This DSA is governed by the laws of the State of Delaware, except that for "
         "Institutions located in Connecticut, this DSA and the rights and duties of all "
         "parties under it shall be governed by the laws of the State of Connecticut.",
         "present", "Connecticut"),
        ("These Terms are governed by California law, provided that for Schools in "
         "Connecticut, this Agreement shall be governed by Connecticut law.", "present",
         "Connecticut"),
        ("This Agreement is governed by the laws of New York, except that for Districts in "
         "Connecticut, matters of student data privacy are governed by the laws of the State "
         "of Connecticut.", "weak", "part"),
        ("This Agreement is governed by the laws of the State of Delaware.", "weak",
         "Delaware"),
    ],
)  # fmt: skip
def it_reads_connecticut_law_carved_out_for_connecticut_schools(
    library: ClauseLibrary, text: str, status: str, why: str
) -> None:
    findings = audit_sentences(probe.apart(text), library.requirements, "operator")
    (finding,) = [f for f in findings if f.requirement.id == "R9"]
    assert finding.status == status and why in finding.why


# Provision 14: consent by silence is no express consent; a row of links says nothing.


@pytest.mark.parametrize(
    "silence",
    [
        "The Board's consent shall be deemed given if the Board has not objected in writing "
        "within ten (10) business days after notice of a proposed subcontractor.",
        "If the District fails to object within thirty days, the new subcontractor is deemed "
        "approved.",
    ],
)
def it_reads_consent_by_silence_as_no_express_consent(library: ClauseLibrary, silence: str) -> None:
    consent = (
        "4.1 Vendor shall not enter into a subcontract without the written consent of the Board."
    )
    terms = "4.2 Every subcontract shall include the provisions of this Addendum."
    assert probe.status(library, "R14", probe.clause(consent, terms)) == "present"
    assert probe.status(library, "R14", probe.clause(consent, silence, terms)) == "weak"


def it_reads_a_row_of_links_as_no_sentence(tmp_path: Path) -> None:
    page = tmp_path / "terms.html"
    page.write_text(
        "<html><body><p>We keep Student Data safe.</p>"
        "<p>Terms of Service | Privacy Policy | Cookie Notice | Service Providers</p>"
        "</body></html>"
    )
    links = [s for s in read_sentences(page) if "Cookie" in s.text]
    assert links and all(s.heading for s in links)


# Probes in other vendors' words: each was read "present" before.


@pytest.mark.parametrize(
    ("requirement", "text", "status"),
    [
        ("R7", "Upon termination, Provider will delete Student Data in accordance with its "
               "standard data retention schedule.", "weak"),
        ("R7", "Provider shall delete Student Data when it is no longer needed for the "
               "purpose for which it was obtained.", "weak"),
        ("R2", "Users may request deletion of their personal information by emailing "
               "privacy@vendor.example.", "missing"),
        ("R2", "To request deletion, a parent may contact us at privacy@vendor.example.",
         "missing"),
        ("R2", "Teachers and parents can ask us to delete a student's data at any time from "
               "the privacy dashboard.", "present"),
        ("R12", "Vendor will not be required to comply with HITECH or 45 CFR 164.312 but will "
                "meet industry standards.", "weak"),
    ],
)  # fmt: skip
def it_reads_other_vendors_words_short_of_present(
    library: ClauseLibrary, requirement: str, text: str, status: str
) -> None:
    assert probe.status(library, requirement, probe.apart(text)) == status


@pytest.mark.parametrize(
    ("requirement", "text", "status"),
    [
        ("R6a", "Vendor will notify the School within 48 hours after receiving notice of a "
                "breach from its subprocessor.", "weak"),
        ("R6a", "Vendor shall notify the District of a Security Breach within 24 hours of "
                "Vendor's confirmation of the breach.", "weak"),
        ("R6a", "Vendor will notify the District of a breach within two (2) days after it is "
                "reported to Vendor.", "weak"),
        ("R6a", "Vendor shall notify the District within 2 days after the breach is verified.",
         "weak"),
        ("R6a", "Vendor may notify the District of a breach within two days of discovery.",
         "weak"),
        ("R6c", "We will email affected parents within 5 days of discovering a breach if the "
                "School asks us to.", "weak"),
        ("R14", "Vendor shall obtain the District's written consent before engaging any "
                "subcontractor, except for hosting providers, and all subcontractors shall "
                "comply with this DPA.", "weak"),
        ("R8", "The parties agree to comply with FERPA, except where Vendor determines "
               "compliance is impractical.", "weak"),
        ("R8", "Company will comply with FERPA and will not re-disclose Student Data except as "
               "FERPA permits.", "present"),
        ("R7", "Upon the District's written request following termination, Vendor will delete "
               "Student Data.", "weak"),
    ],
)  # fmt: skip
def it_reads_a_late_clock_a_permission_or_an_exception_short_of_present(
    library: ClauseLibrary, requirement: str, text: str, status: str
) -> None:
    assert probe.status(library, requirement, probe.apart(text)) == status


def it_reads_the_end_of_the_terms_as_the_end_of_the_services(library: ClauseLibrary) -> None:
    text = (
        "8.2 We will delete Student Data within sixty (60) days after the School's written "
        "request or after the end of the Terms, whichever is earlier."
    )
    assert probe.status(library, "R7", probe.apart(text)) == "weak"


# Round two: the ways other vendors draft each provision of family B, with the traps that
# make a clause look present when it falls short.

# Provision 8: FERPA kept only "to the extent applicable", meant, or disclaimed.


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Vendor shall comply with FERPA to the extent applicable to Vendor.", "weak"),
        ("Where FERPA applies, Provider will comply with it.", "weak"),
        ("Vendor intends to comply with FERPA.", "weak"),
        ("Company will use commercially reasonable efforts to comply with FERPA.", "weak"),
        ("Vendor makes no representation that the Service complies with FERPA.", "missing"),
        ("Licensor does not warrant that use of the Services will comply with FERPA.",
         "missing"),
        ("The District is responsible for complying with FERPA, including obtaining any "
         "consent required.", "missing"),
        ("Vendor shall comply with FERPA.", "present"),
        ("Provider and the LEA shall each ensure compliance with the Family Educational "
         "Rights and Privacy Act of 1974 (FERPA).", "present"),
    ],
)  # fmt: skip
def it_reads_ferpa_kept_where_it_applies_as_weak(
    library: ClauseLibrary, text: str, status: str
) -> None:
    assert probe.status(library, "R8", probe.apart(text)) == status


# Provision 5: security as an aim, not an undertaking.


@pytest.mark.parametrize(
    ("texts", "status"),
    [
        (("Vendor will endeavor to protect Student Data but cannot guarantee its security.",),
         "weak"),
        (("Where practicable, we encrypt student information at rest and in transit.",),
         "weak"),
        (("The Company strives to safeguard the personal information of its users.",), "weak"),
        (("The District shall be responsible for maintaining the security and confidentiality "
          "of its passwords and Student Data.",), "missing"),
        (("Vendor will endeavor to protect Student Data.",
          "Vendor shall maintain administrative, physical and technical safeguards designed "
          "to protect the security and confidentiality of Student Data."), "present"),
        (("Provider shall take actions designed to ensure the security and confidentiality "
          "of Student Data.",), "present"),
        # Weak since 2026-12-01 (present before): the promise taken back in the same breath,
        # as the held-out batches' independent labellers read it.
        (("We use reasonable measures to help protect information about you from loss, theft "
          "and misuse; however, no method of transmission over the Internet is completely "
          "secure.",), "weak"),
    ],
)  # fmt: skip
def it_reads_security_as_an_aim_as_weak(
    library: ClauseLibrary, texts: tuple[str, ...], status: str
) -> None:
    assert probe.status(library, "R5", probe.apart(*texts)) == status


# Provision 7: deletion at the end that waits on a request, keeps a form of the data, or
# follows the vendor's own schedule.


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Upon termination, Vendor shall delete Student Data upon the written request of the "
         "District.", "weak"),
        ("Upon termination, Vendor will delete or de-identify Student Data.", "weak"),
        ("At the end of the Term, Provider shall destroy or anonymize all Customer Data.",
         "weak"),
        ("Upon termination, Vendor will make Student Data unavailable to Customer and will "
         "delete it in due course.", "weak"),
        ("Upon termination, Student Data will be deleted in accordance with Vendor's Data "
         "Retention Policy, as amended from time to time.", "weak"),
        ("Vendor shall delete Student Data upon termination of the Agreement or upon the "
         "request of the District, whichever is earlier.", "present"),
        ("Upon termination of the Agreement, Provider shall delete all Student Data in its "
         "possession and shall not retain any copies.", "present"),
    ],
)  # fmt: skip
def it_reads_deletion_at_the_end_on_request_or_in_some_form_as_weak(
    library: ClauseLibrary, text: str, status: str
) -> None:
    assert probe.status(library, "R7", probe.apart(text)) == status


# Provision 12: the standards named, but kept only where the vendor finds they apply.

_ALL_THREE = (
    "Contractor shall implement and maintain security procedures and practices designed to "
    "protect Student Data from unauthorized access, destruction, use, modification or "
    "disclosure that, based on the sensitivity of the data and the risk from unauthorized "
    "access, (1) use technologies and methodologies consistent with the guidance issued "
    "pursuant to section 13402(h)(2) of Public Law 111-5, (2) maintain technical safeguards in "
    "a manner consistent with 45 CFR 164.312, and (3) otherwise meet or exceed industry "
    "standards."
)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Vendor shall protect Student Data in accordance with HITECH and 45 CFR 164.312, to "
         "the extent applicable to Vendor, and industry standards.", "weak"),
        ("Vendor's security program meets or exceeds industry standards, including the "
         "guidance issued under section 13402(h)(2) of Public Law 111-5 where commercially "
         "reasonable, and 45 CFR 164.312 where Vendor is a covered entity.", "weak"),
        ("Vendor maintains a SOC 2 Type II certified security program.", "weak"),
        ("Vendor shall implement security procedures consistent with 45 CFR 164.312 and "
         "industry standards.", "weak"),
        ("The District is responsible for implementing security procedures consistent with "
         "industry standards.", "missing"),
        (_ALL_THREE, "present"),
    ],
)  # fmt: skip
def it_reads_the_standards_kept_where_they_apply_as_weak(
    library: ClauseLibrary, text: str, status: str
) -> None:
    assert probe.status(library, "R12", probe.apart(text)) == status


# Provision 14: consent not in writing, or notice of new subcontractors in place of consent.


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Vendor shall not engage any subcontractor without the District's consent.", "weak"),
        ("Vendor shall not subcontract without the District's consent, which shall not be "
         "unreasonably withheld, and consent is deemed given if the District does not object "
         "within ten (10) days.", "weak"),
        ("Vendor will notify the District of any new subprocessors by updating its "
         "subprocessor list at vendor.example/subprocessors.", "weak"),
        ("Vendor may engage subprocessors, and will provide the District thirty (30) days' "
         "notice before engaging a new subprocessor.", "weak"),
        ("Vendor may use third-party service providers to help operate the Service.",
         "missing"),
        ("Vendor will bind its subprocessors to confidentiality obligations.", "weak"),
        ("Contractor shall not enter into a sub-contract without the express written consent "
         "of CREC, and the provisions of paragraphs 1-13 of this Agreement shall be included "
         "in any sub-contract.", "present"),
    ],
)  # fmt: skip
def it_reads_consent_not_in_writing_or_notice_as_weak(
    library: ClauseLibrary, text: str, status: str
) -> None:
    assert probe.status(library, "R14", probe.apart(text)) == status


# Provision 2: "by contacting us" names no means; a contact with an address does.


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Customer may request deletion of its data by contacting us.", "weak"),
        ("The District may request deletion of Student Data at any time.", "weak"),
        ("Vendor will delete Student Data upon request, subject to its standard data "
         "retention policy.", "weak"),
        ("Schools may request that Vendor delete specific student records; Vendor will "
         "consider each request in good faith.", "weak"),
        ("The District may request deletion of Student Data by contacting Vendor's Privacy "
         "Officer at privacy@vendor.example.", "present"),
        ("The District may request deletion of Student Data by written notice to Vendor; "
         "Vendor shall delete it within thirty (30) days of the request.", "present"),
    ],
)  # fmt: skip
def it_reads_contacting_us_as_no_means_to_ask(
    library: ClauseLibrary, text: str, status: str
) -> None:
    assert probe.status(library, "R2", probe.apart(text)) == status


# Classes the dev4 documents showed, in other vendors' words.


@pytest.mark.parametrize(
    ("requirement", "texts", "status"),
    [
        # FERPA as the vendor reads it
        ("R8", ("We will treat education records as FERPA requires, as we understand it.",),
         "weak"),
        # Connecticut law for the addendum, another state's for the master agreement
        ("R9", ("This Addendum is governed by the laws of the State of Connecticut.",
                "The Terms of Service remain governed by the laws of the State of Texas."),
         "weak"),
        # … whichever controls in a conflict: Connecticut's law still governs part only
        # (the readings held to; read "present" until batch 5's writers read it weak)
        ("R9", ("This Addendum is governed by the laws of the State of Connecticut.",
                "The Terms of Service are governed by the laws of the State of Texas; in any "
                "conflict, this Addendum shall control."), "weak"),
        # a consultant's helpers are subcontractors
        ("R14", ("I will not engage any other consultant to work on this project without the "
                 "Board's prior written approval.",), "weak"),
        # the end of the services as the last session, or the account's deactivation
        ("R7", ("All student records will be destroyed on or before the date of the final "
                "session, and no copies will be kept.",), "present"),
        ("R7", ("We keep Student Data for one (1) year after deactivation of the school's "
                "account.",), "weak"),
        # the school may stop a deletion, not ask for one
        ("R2", ("Unless the District directs otherwise, Vendor will delete Student Data "
                "within ten (10) days after termination.",), "missing"),
        # a blank in the procedure
        ("R2", ("The District may request deletion of Student Data by email to "
                "privacy@vendor.example; Vendor will delete it within [__] days.",), "weak"),
        # security described, or confidentiality alone
        ("R5", ("Consultant will keep all student records confidential.",), "weak"),
        # (the vendor's practice of locking and encrypting is its undertaking, as outside
        # readers label it in batches 60, 68 and 69: weak until 2026-12-06)
        ("R5", ("Records are stored in a locked cabinet and on an encrypted drive that only "
                "project staff use.",), "present"),
        # a breach in plain words
        ("R6a", ("If any student record is lost or stolen, I will tell the District as soon "
                 "as possible.",), "weak"),
    ],
)  # fmt: skip
def it_reads_the_dev4_classes_in_other_words(
    library: ClauseLibrary, requirement: str, texts: tuple[str, ...], status: str
) -> None:
    assert probe.status(library, requirement, probe.apart(*texts), "consultant") == status


@pytest.mark.parametrize(
    ("requirement", "texts", "status"),
    [
        # notice of 'Personal Information' as a breach statute defines it
        ("R6b", ("If Vendor discovers a breach of Personal Information, as defined in the "
                 "state's breach notification statute, it will notify the District within "
                 "five (5) days.",), "missing"),
        ("R6b", ("If Vendor discovers a breach of Student Data, it will notify the District "
                 "within five (5) days.",), "present"),
        # the second sentence sets 6(d)'s period
        ("R6d", ("Vendor shall notify affected students and parents of a breach involving "
                 "Student Information, other than Directory Information, within five (5) days "
                 "after discovery. For a breach involving Directory Information, Student "
                 "Records or Student-Generated Content, that notice shall be given within "
                 "twenty (20) days after discovery.",), "weak"),
        # 'also' going on with the breach paragraph before
        ("R6c", ("If we discover that student data has been accessed without authorization, "
                 "we notify the school within two (2) days.",
                 "We will also notify affected families within thirty (30) days."), "weak"),
    ],
)  # fmt: skip
def it_reads_the_dev4_breach_classes_in_other_words(
    library: ClauseLibrary, requirement: str, texts: tuple[str, ...], status: str
) -> None:
    assert probe.status(library, requirement, probe.apart(*texts)) == status


# Provision 7: keeping the data, with no deletion at all, or a period after the end, is weak
# (a keeping with no deletion was read as missing until 2026-12-05; outside readers label it
# weak 17 times in 21).


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("We keep your information for as long as your account is active.", "weak"),
        ("Vendor may retain Student Data after termination of this Agreement for its internal "
         "business purposes.", "weak"),
        ("We retain Student Data for two (2) years after the subscription ends.", "weak"),
        ("Student Data shall not be retained or available to Contractor upon completion of "
         "the contracted services.", "present"),
    ],
)  # fmt: skip
def it_reads_keeping_without_deleting_as_weak(
    library: ClauseLibrary, text: str, status: str
) -> None:
    assert probe.status(library, "R7", probe.apart(text)) == status


# A promise the vendor qualifies until it binds nothing certain is weak, in any provision of
# family B: the vendor decides whether it applies, need only try, may but need not, or
# follows a policy it can change.


@pytest.mark.parametrize(
    ("requirement", "text"),
    [
        ("R2", "LEA may request that Provider delete Student Data by submitting a request "
               "through the Provider's support portal, unless Provider determines that "
               "retention is necessary for its legitimate business interests."),
        ("R2", "The District may request deletion of Student Data by written notice; provided, "
               "however, that Vendor shall have no obligation to delete data in backups."),
        ("R5", "Vendor shall protect Student Data in accordance with its Information Security "
               "Policy, as updated by Vendor from time to time."),
        ("R6a", "Vendor shall notify the District within forty-eight (48) hours after becoming "
                "aware of a Security Incident that Vendor reasonably determines has resulted in "
                "unauthorized disclosure of Student Data."),
        ("R6a", "Vendor will use reasonable efforts to notify the District within five (5) days "
                "of discovering a breach."),
        ("R7", "Upon termination, Provider shall dispose of Student Data, except as Provider "
               "deems necessary for its legitimate business purposes."),
        ("R8", "Vendor shall comply with FERPA and COPPA, as reasonably interpreted by Vendor."),
        ("R12", "Vendor shall maintain security practices consistent with HITECH and 45 CFR "
                "164.312, and industry standards, as Vendor determines appropriate."),
        ("R12", "Vendor may, but is not required to, implement security measures consistent "
                "with HITECH guidance, 45 CFR 164.312, and industry standards."),
    ],
)  # fmt: skip
def it_reads_a_promise_the_vendor_qualifies_as_weak(
    library: ClauseLibrary, requirement: str, text: str
) -> None:
    assert probe.status(library, requirement, probe.apart(text)) == "weak"


def it_reads_reasonable_efforts_to_protect_as_short_of_actions_designed_to_protect(
    library: ClauseLibrary,
) -> None:
    # Provision 5 asks for "actions designed to ensure the security"; efforts to protect are
    # a softer promise, and the independent labellers of the held-out batches read them weak
    # (present until 2026-12-01, when this reading changed to meet the stricter of the two).
    text = (
        "Vendor shall use commercially reasonable efforts to protect the security and "
        "confidentiality of Student Data."
    )
    assert probe.status(library, "R5", probe.apart(text)) == "weak"


@pytest.mark.parametrize(
    ("requirement", "text", "status"),
    [
        # notice only where some law requires it, or after the school approves it
        ("R6c", "If required by applicable state law, Vendor shall notify affected parents "
                "within five (5) days of discovery of a breach of Student Data.", "weak"),
        ("R6c", "Vendor will notify affected parents of a breach of Student Data within five (5) "
                "days after the District approves the content of the notice.", "weak"),
        # FERPA only if the vendor is deemed a school official, or "may be subject to" it
        ("R8", "To the extent Vendor is deemed a school official, Vendor shall comply with "
               "FERPA.", "weak"),
        ("R8", "Vendor acknowledges that it may be subject to FERPA.", "weak"),
        # Connecticut law with part of it excluded; its conflict-of-laws rules may go
        ("R9", "This Agreement shall be governed by the laws of the State of Connecticut, "
               "excluding its provisions on student data privacy.", "weak"),
        ("R9", "This Agreement shall be governed by the laws of the State of Connecticut, "
               "excluding its conflict of laws rules.", "present"),
        # deleted from live systems only
        ("R7", "Upon termination, Vendor will delete Student Data from its active databases.",
         "weak"),
        # deletion on request, but the vendor may keep some
        ("R2", "LEA may request that Provider delete Student Data by submitting a request "
               "through the Provider's support portal; Provider may retain Student Data it is "
               "permitted to retain under its Privacy Policy.", "weak"),
    ],
)  # fmt: skip
def it_reads_conditions_exclusions_and_partial_deletion_as_weak(
    library: ClauseLibrary, requirement: str, text: str, status: str
) -> None:
    assert probe.status(library, requirement, probe.apart(text)) == status


@pytest.mark.parametrize(
    ("requirement", "text", "status"),
    [
        # some breaches left out of the notice
        ("R6b", "Vendor shall notify the District of any breach within ten (10) days of "
                "discovery, except breaches involving only directory information, which Vendor "
                "will report in its quarterly security summary.", "weak"),
        # the clock runs from the school's authorization
        ("R6c", "Vendor shall notify affected students' parents within five (5) days of the "
                "District's written authorization to do so following a breach of Student Data.",
         "weak"),
        # the school notifies; the vendor only supplies information
        ("R6c", "Vendor shall provide the District with the information the District needs to "
                "notify affected parents of a breach within five (5) days.", "missing"),
        ("R6c", "At the request and with the assistance of the LEA, Provider shall notify the "
                "affected parent of a breach of Student Data within five (5) days.", "weak"),
        # a request window that opens after the end
        ("R7", "Vendor shall delete Student Data within sixty (60) days of the District's "
               "written request following termination.", "weak"),
        # part of the systems only
        ("R12", "Vendor shall implement safeguards consistent with HITECH, 45 CFR 164.312 and "
                "industry standards for its production systems only.", "weak"),
        # consent given in advance to subcontractors not yet named
        ("R14", "Vendor may engage subprocessors listed at vendor.example/subprocessors; by "
                "signing this DPA, the District gives its written consent to those "
                "subprocessors and to any future subprocessors, and each subprocessor is bound "
                "by terms no less protective than this DPA.", "weak"),
    ],
)  # fmt: skip
def it_reads_exceptions_late_clocks_and_consent_in_advance_as_short_of_present(
    library: ClauseLibrary, requirement: str, text: str, status: str
) -> None:
    assert probe.status(library, requirement, probe.apart(text)) == status


@pytest.mark.parametrize(
    ("requirement", "text", "status"),
    [
        ("R14", "Vendor shall not enter into a sub-contract without the express written consent "
                "of the District, which the District may give or withhold in its sole "
                "discretion, and every sub-contract shall include the provisions of this DPA.",
         "present"),
        ("R2", "The District may, in its sole discretion, request deletion of Student Data by "
               "written notice to privacy@vendor.example.", "present"),
        ("R2", "The District may request deletion of Student Data by written notice to "
               "privacy@vendor.example, which Vendor will honor in its sole discretion.",
         "weak"),
    ],
)  # fmt: skip
def it_reads_the_schools_discretion_as_no_qualification(
    library: ClauseLibrary, requirement: str, text: str, status: str
) -> None:
    assert probe.status(library, requirement, probe.apart(text)) == status


# Not over-corrected: the regulation's own provisions, in other vendors' words, stay present.


@pytest.mark.parametrize(
    ("requirement", "text"),
    [
        ("R2",
         "CREC or the sending local education agency may request the deletion of Student "
         "Data in the possession of Contractor by submitting a written request to "
         "Contractor's Privacy Officer at privacy@contractor.example."),
        ("R2",
         "To request deletion of Student Data, the District shall email "
         "privacy@vendor.example; Vendor will confirm deletion in writing within ten "
         "(10) days."),
        ("R5",
         "Provider will take actions designed to ensure the security and confidentiality "
         "of Student Data, including encryption in transit and at rest."),
        ("R5",
         "We protect Student Data with administrative, technical and physical "
         "safeguards."),
        ("R6a",
         "Vendor shall notify the District of a breach of Student Data no later than "
         "five (5) calendar days after discovery by Vendor or its subcontractor, "
         "whichever is earlier, and within two (2) calendar days where urgent notice is "
         "required due to imminent misuse."),
        ("R6b",
         "In the case of a breach involving Directory Information, Student Records or "
         "Student-Generated Content, Vendor shall notify the District without "
         "unreasonable delay, and in no case later than ten (10) days from discovery of "
         "the breach."),
        ("R6c",
         "Operator shall notify affected students or their parents or guardians of a "
         "breach of Student Information, other than Directory Information, without "
         "unreasonable delay, but not more than five (5) days after discovery."),
        ("R6d",
         "For a breach involving Directory Information, Student Records or "
         "Student-Generated Content, Operator shall notify affected students or their "
         "parents or guardians without unreasonable delay, but not more than ten (10) "
         "days after discovery."),
        ("R7",
         "Upon completion of the contracted services, Vendor shall destroy all Student "
         "Data and shall not retain any copy, unless a student or parent chooses to "
         "maintain an account for storing Student-Generated Content."),
        ("R7",
         "On the last day of the Term, Consultant will securely destroy all student "
         "records in its possession, including backups."),
        ("R8",
         "Vendor and the District shall each ensure compliance with FERPA."),
        ("R8",
         "Vendor will comply with the Family Educational Rights and Privacy Act (20 "
         "U.S.C. 1232g) and its regulations."),
        ("R9",
         "The laws of the State of Connecticut shall govern the rights and duties of all "
         "parties to this Agreement."),
        ("R9",
         "This Agreement will be governed by Connecticut law, without regard to conflict "
         "of laws principles."),
        ("R10",
         "If any provision of this Agreement or its application is held invalid by a "
         "court of competent jurisdiction, the invalidity shall not affect other "
         "provisions or applications of this Agreement which can be given effect without "
         "the invalid provision or application."),
        ("R12",
         "Vendor will implement and maintain security procedures consistent with the "
         "guidance issued under section 13402(h)(2) of Public Law 111-5, with 45 CFR "
         "164.312, and that otherwise meet or exceed industry standards."),
        ("R14",
         "Vendor will not subcontract any of its obligations involving Student Data "
         "without the District's prior written consent, and any subcontract shall "
         "include the provisions of paragraphs 1 through 13 of this Agreement."),
        ("R14",
         "Vendor does not use subcontractors and will not subcontract any part of the "
         "Services."),
    ],
)  # fmt: skip
def it_still_reads_true_provisions_as_present(
    library: ClauseLibrary, requirement: str, text: str
) -> None:
    assert probe.status(library, requirement, probe.apart(text)) == "present"


@pytest.mark.parametrize(
    ("requirement", "text", "status"),
    [
        # a parent's request is no means for the school
        ("R2", "Provider shall dispose of Student Data upon the request of the student's parent "
               "submitted through the Family Portal.", "missing"),
        # "not responsible for notifying" promises no notice
        ("R6a", "Vendor is not responsible for notifying the District of any breach caused by "
                "the District's users.", "missing"),
        # severability with an exception
        ("R10", "If any provision of this Agreement is found unenforceable, the remaining "
                "provisions will remain in full force, except that if Section 5 is held invalid "
                "Vendor may terminate this Agreement.", "weak"),
    ],
)  # fmt: skip
def it_reads_a_parents_request_a_disclaimed_notice_and_an_excepted_severance(
    library: ClauseLibrary, requirement: str, text: str, status: str
) -> None:
    assert probe.status(library, requirement, probe.apart(text)) == status
