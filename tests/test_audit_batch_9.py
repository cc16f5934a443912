"""Classes of misreading found in batch 9 (tests/corpus/heldout-9/), held out until
2026-12-02 and development since, each read right.

Each case is a sentence of the class, written for the test in words of its own, not a
corpus document's.
"""

from __future__ import annotations

import pytest

import audit_probes as probe
from crec_assemble.library.clauses import ClauseLibrary

CASES = [  # (requirement, texts, status, id)
    # 10: severability named as another text's subject, with no provision held invalid
    ("R10", ("The warranty, severability and venue provisions of the Acme Terms of Use apply to "
             "this Notice.",), "weak", "severability-provisions-of-terms-apply"),
    ("R10", ("The Acme School Terms, posted at acme.example/terms, are incorporated by "
             "reference, including their provisions on notices and severability.",), "weak",
     "incorporated-including-severability"),
    ("R10", ("Severability. Should a court strike any provision, the remaining provisions "
             "apply.",), "present", "a-court-strikes-the-rest-applies"),
    # 9: Connecticut law for some paragraphs of a schedule, or for disputes about one matter
    ("R9", ("Except as provided in Exhibit S, these Terms are governed by the laws of the State "
            "of Ohio.",
            "The parties' rights and duties under Sections S.2 to S.9 of this Exhibit are "
            "governed by the laws of the State of Connecticut."), "weak", "some-sections-of-it"),
    ("R9", ("Any dispute about payment or late charges shall be governed by the laws of the "
            "State of Connecticut.",), "weak", "disputes-about-payment"),
    ("R9", ("Any dispute regarding this Agreement shall be governed by the laws of the State of "
            "Connecticut.",), "present", "disputes-about-the-agreement"),
    # 4: the vendor refers families' requests to the school and takes no part (the readings)
    ("R4", ("Vendor shall refer any request by a pupil or parent to see or change the pupil's "
            "records to the Board within three (3) days.",), "missing", "refers-any-request"),
    ("R4", ("Vendor shall forward to the Board any request from a parent to review or correct "
            "records.",), "missing", "forwards-to-the-board"),
    ("R4", ("Vendor shall forward to the Board any request from a parent to review or correct "
            "records.",
            "Vendor shall assist the Board in responding to such requests."), "weak",
     "forwards-and-assists"),
    # 15(e): no limit on disclosure in a means of transfer, purposes told to the school, or a
    # disclosure to the vendor
    ("R15e", ("Vendor shall protect Student Data, including by storing files on encrypted "
              "servers and transferring files only by SFTP.",), "missing", "only-by-sftp"),
    ("R15e", ("Vendor does not use Student Data for any purpose other than the Services or "
              "purposes disclosed to the Board in writing.",), "missing", "purposes-disclosed"),
    ("R15e", ("You agree that you, and not Vendor, are responsible for deciding whether any "
              "disclosure of Student Data to Vendor is permitted under FERPA.",), "missing",
     "disclosure-to-the-vendor"),
    ("R15e", ("Vendor shall disclose Student Data only as required by law.",), "present",
     "only-as-the-law-requires"),
    # 3 and U1: further purposes left to the vendor's policy in a sentence of their own, or
    # added by telling the school
    ("R3", ("Vendor uses pupil data only to run the reading app for the class.",
            "Vendor may also use it for further purposes set out in its Privacy Notice."),
     "weak", "3-further-purposes-in-a-notice"),
    ("U1", ("Vendor uses pupil data to run the reading app and to personalize each pupil's "
            "practice.",
            "Vendor may also use it for further purposes set out in its Privacy Notice."),
     "weak", "U1-further-purposes-in-a-notice"),
    ("R3", ("Vendor will not use pupil data for purposes other than those in Section 2 or as "
            "otherwise communicated to the Board by e-mail.",), "weak",
     "purposes-communicated-later"),
    ("R3", ("Vendor uses pupil data only to run the reading app for the class.",), "present",
     "3-only-the-app"),
    # 1: the data belong to and are controlled by the school, in one coordinated phrase
    ("R1", ("As between Vendor and the Board, pupil data belong to and are controlled by the "
            "Board.",), "present", "belong-to-and-controlled-by"),
    # 2: a class of the data left out of the deletion the school asks for
    ("R2", ("On the Board's written request, Vendor will delete pupil data other than Session "
            "Notes within ten (10) days.",), "weak", "delete-other-than-a-class"),
    ("R2", ("On the Board's written request, Vendor will delete pupil data, except as the law "
            "requires, within ten (10) days.",), "present", "delete-except-as-the-law-requires"),
    # 6(c): the school notifies families, the vendor only helps it (a pronoun for the school)
    ("R6c", ("If Vendor learns of a breach of security, it will notify the Board within 24 "
             "hours and give it the facts it needs to notify parents.",), "missing",
     "the-facts-it-needs"),
    ("R6c", ("If Vendor learns of a breach of security, it will notify the Board within 24 "
             "hours and will support the Board in contacting parents.",), "missing",
     "supports-the-board-in-contacting"),
    ("R6c", ("If Vendor learns of a breach of security, it will notify the Board within 24 "
             "hours and will notify affected parents within three (3) days.",), "present",
     "notifies-parents-itself"),
    # 6(b) and 6(d): "notify them", the families of the sentence before, is no school's notice
    *[(requirement, ("If Vendor discovers a breach of security, Vendor will notify the Board "
                     "within [__] days after discovery.",
                     "Where a breach involves student information, Vendor will notify the "
                     "affected parents within five (5) days after discovery.",
                     "Where a breach involves directory information, Vendor will notify them "
                     "within ten (10) days after discovery."), status, f"{requirement}-them")
      for requirement, status in (("R6b", "weak"), ("R6d", "present"))],
    # 14 (and any promise): its own section cut back in its paragraph
    ("R14", ("Vendor shall not engage a subcontractor without the Board's express written "
             "consent, and shall bind each by written agreement to terms at least as protective "
             "as this Agreement.",
             "This Section D4 does not apply to Coaches."), "weak", "this-section-does-not-apply"),
    ("R14", ("Vendor shall not engage a subcontractor without the Board's express written "
             "consent, and shall bind each by written agreement to terms at least as protective "
             "as this Agreement.",
             "This Section D4 does not apply to de-identified data."), "present",
     "not-to-de-identified-data"),
    # 5: safeguards measured by the vendor's own judgement
    ("R5", ("Vendor will use safeguards that are adequate, in its professional judgment, to "
            "protect pupil data.",), "weak", "in-its-professional-judgment"),
    ("R5", ("Vendor will encrypt pupil data and limit access to it, as the Board determines in "
            "its reasonable judgment.",), "present", "the-boards-judgment"),
    # 8: how the contract is read or amended is no promise to comply with FERPA
    ("R8", ("Any ambiguity in these Terms shall be resolved in favor of compliance with FERPA.",),
     "missing", "ambiguity-resolved"),
    ("R8", ("The parties will amend this Addendum as needed to conform to changes in FERPA.",),
     "missing", "amended-for-changes"),
    ("R8", ("Vendor shall comply with FERPA.",), "present", "complies-with-ferpa"),
    # 5: commercially reasonable safeguards for the customer's content, beside a firm program
    ("R5", ("Vendor will maintain commercially reasonable safeguards designed to protect "
            "Customer Content.",
            "Vendor maintains an information security program aligned with ISO/IEC 27001."),
     "weak", "reasonable-safeguards-for-content"),
    # 15(a): a ban that another term, or its own exception, lets advertising back into
    ("R15a", ("Vendor will not use pupil data to target advertising to pupils.",
              "Partner Spotlights from selected sponsors may be displayed in the app to "
              "pupils in grades 6 to 12."), "weak", "spotlights-may-be-displayed"),
    ("R15a", ("Vendor will not use pupil data to target advertising to pupils.",
              "Contextual ads may be displayed in the app to pupils."), "present",
     "contextual-ads"),
    # 1: the vendor owns the metadata the service makes of the pupils
    ("R1", ("As between the parties, the Board retains all right, title and interest in Board "
            "Data.",
            "Vendor owns all right, title and interest in Service Data and telemetry."), "weak",
     "vendor-owns-service-data"),
    # 15(c): a limit on what it collects, with nothing on what it keeps
    ("R15c", ("Vendor collects only the pupil data it needs to run the reading app.",), "weak",
     "collects-only"),
    ("R15c", ("Vendor collects only the pupil data it needs to run the reading app.",
              "Vendor will not collect or store pupil data for any purpose other than school "
              "purposes."), "present", "collects-and-stores-only"),
    # U1: a use named with a possessive between the verb and the data
    ("U1", ("Vendor uses pupil data to run the reading app and to personalize practice.",
            "Vendor will use parents' contact information to tell them about ReadMore Plus, its "
            "paid home subscription."), "weak", "parents-contact-information"),
    # 7: a deletion told in the present tense decides before a keeping
    ("R7", ("We keep information for as long as your account is active.",
            "When a school's subscription ends, we delete its pupils' data within sixty (60) "
            "days."), "weak", "present-tense-deletion-first"),
    # controls a review of these classes raised: ordinary drafting each must leave alone
    ("R9", ("Any disputes regarding the interpretation or enforcement of this Agreement shall be "
            "governed by the laws of the State of Connecticut.",), "present",
     "disputes-about-interpreting-the-agreement"),
    ("R9", ("Any dispute relating to or arising out of this Agreement shall be governed by the "
            "laws of the State of Connecticut.",), "present", "disputes-arising-out-of-it"),
    ("R10", ("The provisions of this Agreement are severable, and the remaining provisions "
             "shall continue to apply.",), "present", "provisions-are-severable"),
    ("R15a", ("Vendor will not use pupil data to target advertising to pupils.",
              "Teacher pages may show ads, and no Student Data is used to choose them."),
     "present", "teacher-pages-show-ads"),
    ("R15e", ("Vendor will not permit disclosure of Student Data to the Vendor's affiliates or "
              "any third party, except as required by law.",), "present",
     "disclosure-to-the-vendors-affiliates"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("requirement", "texts", "status"),
    [case[:3] for case in CASES],
    ids=[case[3] for case in CASES],
)
def it_reads_batch_9s_drafting(
    library: ClauseLibrary, requirement: str, texts: tuple[str, ...], status: str
) -> None:
    assert probe.status(library, requirement, probe.clause(*texts)) == status
