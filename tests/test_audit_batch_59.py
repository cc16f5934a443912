"""Classes of misreading found in batch 59 (tests/corpus/heldout-59/), held out until
2026-12-05 and development since, each read right.

Each case is a sentence of the class, written for the test in words of its own, not a
corpus document's. Each group of sentences is a paragraph of its own. Every case fails on
the rules of e7c6cf6, before this round; every control reads the same on both.
"""

from __future__ import annotations

import audit_probes as probe

PREAMBLE = 'Maplewood Learning, Inc. ("Maplewood") provides the Service to the School.'

CASES = [  # (requirement, paragraphs, status, id)
    # a change log's entry is the document's history, not a term of it
    ("R10", ((PREAMBLE,), ("Version history",),
             ("- **3.1** (2023-06): moved severability and governing law to the General Terms.",)),
     "missing", "a-change-log-entry-is-no-term"),
    # others' advertising kept out and the vendor's own behavioural advertising in one breath
    ("R15a", ((PREAMBLE,), ("The App contains no third-party advertising for students, and we "
                            "do not serve behavioural advertising to students in the App.",)),
     "present", "no-third-party-ads-and-no-behavioural-ads-served"),
    # a user closing the account it holds is no way for the school to ask for deletion
    ("R2", ((PREAMBLE,), ("A teacher or student who holds a login can delete the account for "
                          "that login at any time under Settings.",)),
     "missing", "whoever-holds-a-login-deletes-its-account"),
    # the families, named where the law asks for their notice, told at the vendor's discretion
    ("R6c", ((PREAMBLE,), ("9.1 If we confirm that Student Data has been accessed without "
                           "authorization, we will notify the School by email within five (5) "
                           "days of confirming it.", "9.2 Where applicable law requires notice to "
                           "affected students or parents, we may notify them directly or assist "
                           "the School in doing so.")),
     "weak", "where-the-law-requires-we-may-notify-them-directly"),
    # deletion at the end of the last assembly, beside a deletion on request before it
    ("R7", ((PREAMBLE,), ("3.5 Deletion on request.", "The School may ask us at any time, by "
                          "email to privacy@maplewood.example, to delete any student information "
                          "we hold.", "We will delete it and confirm in writing within five "
                          "business days of your request."),
            ("3.6 End of the program.", "When the last assembly is done, we will delete or "
                                        "return all student information, at the School's "
                                        "choice, and will not keep copies.")),
     "present", "when-the-last-assembly-is-done"),
    # the songs are the students', the recordings of them the vendor's, in a sentence of its own
    ("R11", ((PREAMBLE,), ("6.1 Student songs.", "Any song or poem a student writes during the "
                                                 "residency belongs to that student."),
             ("6.2 Recordings.", "Maplewood may record the sessions and the final concert on "
                                 "video for teaching review.",
              "These recordings are Maplewood's property.")),
     "weak", "these-recordings-are-the-vendors-property"),
    ("R11", ((PREAMBLE,), ("6.1 Student songs.", "Any song or poem a student writes during the "
                                                 "residency belongs to that student."),
             ("6.2 Photographs.", "All photographs and recordings of the concert, including "
                                  "recordings of the student choir, belong to Maplewood.")),
     "weak", "recordings-of-the-student-choir-belong-to-the-vendor"),
    # Connecticut's law for the addendum, the national agreement's own law for all else
    ("R9", ((PREAMBLE,), ("12.1 Notwithstanding Article 9, Section 2 of the NDPA, this Addendum "
                          "shall be governed by and construed in accordance with the laws of the "
                          "State of Connecticut.", "Article 9, Section 2 of the NDPA (Governing "
                          "Law; Venue) continues to govern the NDPA and all other matters "
                          "between the parties.")),
     "weak", "the-ndpa-keeps-its-law-for-all-other-matters"),
    # the successor kept bound by a section named
    ("R15d", ((PREAMBLE,), ("G.9 Provider shall not (a) engage in Targeted Advertising on its "
                            "own website; or (d) sell, rent or trade Student Data, except as part "
                            "of a purchase, merger or acquisition in which the successor remains "
                            "bound under Section 6.2.",)),
     "present", "the-successor-remains-bound-under-a-section"),
    # a part of the work handed on only with written consent: consent, no flow-down
    ("R14", ((PREAMBLE,), ("4.11 Nobody else. I do not hand any part of an engagement, or any "
                           "student information, to another performer or company without the "
                           "School's written consent.",)),
     "weak", "no-part-of-the-engagement-handed-on-without-consent"),
    # one clause passed on to the helpers the consultant brings, no consent
    ("R14", ((PREAMBLE,), ("9.7 Any assistant or accompanist the Artist brings will be told "
                           "about this clause 9 and must follow it.",)),
     "weak", "the-assistant-is-told-about-this-clause"),
    # advertising barred with the contact details only
    ("R13", ((PREAMBLE,), ("9.4 The Artist will never use student contact details to advertise "
                           "to students or families.",)),
     "weak", "never-the-contact-details-to-advertise"),
    # a defined law that is FERPA, among others, complied with
    ("R8", ((PREAMBLE,), ('1.1 "Privacy Law" means the Family Educational Rights and Privacy '
                          "Act (20 U.S.C. 1232g) and its regulations, the Children's Online "
                          "Privacy Protection Act and the student privacy laws of the State of "
                          "Vermont.",), ("5.7 Each party shall comply with its obligations "
                                         "under Privacy Law.",)),
     "present", "a-defined-privacy-law-that-is-ferpa"),
]  # fmt: skip

CONTROLS = [
    ("R11", ((PREAMBLE,), ("Drawings and any captions a pupil adds to a project remain the "
                           "property of the student and their parent or guardian.",)),
     "present", "captions-remain-the-students-property"),
    ("R15a", ((PREAMBLE,), ("We do not serve behavioural advertising to students in the App.",)),
     "present", "no-behavioural-advertising-served"),
    # the data's use for others' targeting denied beside others' ads: still others' only
    ("R15a", ((PREAMBLE,), ("4.2 Maplewood does not display third-party advertising in the "
                            "Service and does not use Student Data for third-party targeted "
                            "advertising.",)),
     "weak", "others-ads-and-others-targeting-only"),
    ("R11", ((PREAMBLE,), ("6.1 Student songs.", "Any song or poem a student writes during the "
                                                 "residency belongs to that student."),
             ("6.2 Recordings.", "Maplewood may record the sessions for teaching review and "
                                 "will delete the recordings within thirty days.")),
     "present", "the-recordings-deleted"),
    ("R9", ((PREAMBLE,), ("12.1 Notwithstanding Article 9, Section 2 of the NDPA, this Addendum "
                          "and the NDPA shall be governed by and construed in accordance with "
                          "the laws of the State of Connecticut.",)),
     "present", "connecticut-law-for-the-addendum-and-the-ndpa"),
    ("R15d", ((PREAMBLE,), ("Provider shall not sell, rent or trade Student Data, except as part "
                            "of a merger or acquisition in which the successor remains bound by "
                            "this Agreement.",)),
     "present", "the-successor-bound-by-this-agreement"),
    ("R13", ((PREAMBLE,), ("9.4 The Artist will never use student information to advertise to "
                           "students or families.",)),
     "present", "never-student-information-to-advertise"),
    ("R10", ((PREAMBLE,), ("12.1 If any provision of this Agreement is held invalid, the rest of "
                           "this Agreement remains in force.",)),
     "present", "a-numbered-severability-clause"),
    ("R2", ((PREAMBLE,), ("10.2 The School may request deletion of Student Data by email to "
                          "privacy@maplewood.example, and Maplewood will delete it within thirty "
                          "(30) days.",)),
     "present", "the-school-asks-by-email"),
    ("R14", ((PREAMBLE,), ("4.11 I do not hand any part of an engagement to another performer "
                           "without the School's prior written consent, and any performer I bring "
                           "in is bound by the same terms as this Agreement.",)),
     "present", "handed-on-with-consent-and-the-same-terms"),
]  # fmt: skip

test_each_class_is_read_right = probe.reads_as_labelled(CASES)
test_the_controls_keep_their_reading = probe.reads_as_labelled(CONTROLS)
