"""Classes of misreading found in batch 38 (tests/corpus/heldout-38/), held out until
2026-12-05 and development since, each read right.

Each case is a sentence of the class, written for the test in words of its own, not a
corpus document's. Each group of sentences is a paragraph of its own.
"""

from __future__ import annotations

import audit_probes as probe

PREAMBLE = 'Maplewood Learning, Inc. ("Maplewood") provides the Service to the School.'

CASES = [  # (requirement, paragraphs, status, id)
    # a licence a deletion ends, with an exception of its own after it
    ("R7", ((PREAMBLE,), ("The licence ends when the content is deleted, except for copies that "
                          "are part of a feature already published.",)),
     "missing", "a-licence-ends-with-its-own-exception"),
    # the days of a confirmation, not of the keeping
    ("R7", ((PREAMBLE,), ("When your school's subscription ends, we delete all student "
                          "information on the day the subscription ends and email the district a "
                          "confirmation within ten days.",)),
     "present", "a-confirmation-within-ten-days"),
    # one section flows down, as strict as it
    ("R14", ((PREAMBLE,), ("We'll get the School's written OK before a new subprocessor handles "
                           "Student Data, and each subprocessor is bound by terms at least as "
                           "strict as Section 6 (Security).",)),
     "weak", "as-strict-as-section-6"),
    # FERPA as the school's law; the school's own designation
    ("R8", ((PREAMBLE,), ("We understand that your school is subject to FERPA and other student "
                          "privacy laws, and we rely on you to tell us which students may be "
                          "photographed.",)),
     "missing", "your-school-is-subject-to-ferpa"),
    ("R8", ((PREAMBLE,), ("Where the Customer is an educational agency subject to FERPA, the "
                          "Customer designates Maplewood as a school official with a legitimate "
                          "educational interest in Customer Personal Data within the meaning of "
                          "34 C.F.R. 99.31(a)(1).",)),
     "weak", "the-customer-designates"),
    # a collection limit after a ban of its own in the sentence
    ("R15c", ((PREAMBLE,), ("The Provider shall not engage in Targeted Advertising on the Services "
                            "or on any other website if the advertising is based on any Student "
                            "Data, and shall not collect or store Student Data or persistent "
                            "unique identifiers for anything other than furthering school "
                            "purposes.",)),
     "present", "a-collection-limit-after-an-ad-ban"),
    # a title is no severability clause
    ("R10", ((PREAMBLE,), ("Severability and other general terms.",),
             ("The general terms of our Terms of Service, including severability, assignment, "
              "force majeure and notices, apply to these terms as if written out here.",)),
     "weak", "a-severability-title"),
    # the families told only of a breach of some kinds of data
    ("R6c", ((PREAMBLE,), ("If we discover a breach of student data, we will notify the school "
                           "within 48 hours.", "If the breach exposed sensitive information, "
                           "such as a date of birth or login credentials, we will also email the "
                           "affected families directly within five days of discovery.")),
     "weak", "families-told-of-sensitive-data-only"),
]  # fmt: skip

# Drafting beside each class that keeps its reading.
CONTROLS = [
    # a collection limit whose use clause keeps to the contract's own section
    ("R15c", ((PREAMBLE,), ("Maplewood shall not collect or store Student Data for anything other "
                            "than furthering school purposes, and shall not use it except as this "
                            "Section 3 permits.",)),
     "present", "except-as-this-section-3-permits"),
    ("R10", ((PREAMBLE,), ("12.4 Severability. If any provision is held invalid, the rest remains "
                           "in effect.",)),
     "present", "a-numbered-severability-clause"),
    ("R8", ((PREAMBLE,), ("The District designates Maplewood as a school official, and Maplewood "
                          "shall comply with FERPA.",)),
     "present", "a-designation-and-a-promise"),
    ("R6c", ((PREAMBLE,), ("If we discover a breach of student data, we will email the affected "
                           "families directly within five days of discovery.",)),
     "present", "families-told-of-any-breach"),
]  # fmt: skip

# A review of the round's patterns wrote sentences against them; each misreading it found is
# mended and kept here.
REVIEW = [
    # a carve-out after the collection limit; the limit after an advertising ban
    ("R15c", ((PREAMBLE,), ("Maplewood shall collect and store Student Data only as necessary to "
                            "provide the Services to the School, and shall not use or disclose "
                            "Student Data except as Maplewood reasonably determines is "
                            "appropriate for its business.",)),
     "weak", "a-carve-out-after-the-limit"),
    ("R15c", ((PREAMBLE,), ("Maplewood shall not use Student Data collected through the Service "
                            "for Targeted Advertising, and shall not collect or store Student Data "
                            "for any purpose other than School Purposes.",)),
     "present", "the-limit-after-a-participle"),
    # a confirmation's days that are the deletion's too
    ("R7", ((PREAMBLE,), ("Maplewood shall destroy all Student Data and provide written "
                          "confirmation within ninety (90) days after termination of the "
                          "Agreement.",)),
     "weak", "destroy-and-confirm-within-ninety-days"),
    # a licence sentence that keeps, or deletes at the end, after "deleted"
    ("R7", ((PREAMBLE,), ("Students retain ownership of Your Content.", "The license you grant "
                          "us ends when Your Content is deleted, but we keep backup copies of Your "
                          "Content for our records after the account is closed."),
            ("When the School's subscription ends, we delete the School's Student Data.",)),
     "weak", "a-licence-then-backups-kept"),
    ("R7", ((PREAMBLE,), ("The license you grant us ends when Your Content is deleted; we will "
                          "delete all of Your Content when the School's subscription ends.",)),
     "present", "a-licence-then-a-deletion-at-the-end"),
    # some kinds of data, in other words and orders; a faster notice beside a notice of all
    ("R6c", ((PREAMBLE,), ("We will email the affected families within three days if the breach "
                           "exposed sensitive information, such as a date of birth or a home "
                           "address.",)),
     "weak", "if-the-breach-exposed-after-the-notice"),
    ("R6c", ((PREAMBLE,), ("If the breach involves Social Security numbers or passwords, Maplewood "
                           "will notify the affected parents within three days.",)),
     "weak", "social-security-numbers-or-passwords"),
    ("R6c", ((PREAMBLE,), ("Maplewood will notify the affected parents of any breach of Student "
                           "Data within five (5) days of discovery.", "If the breach involves "
                           "financial or health information, Maplewood will notify the affected "
                           "parents within forty-eight (48) hours so they can take protective "
                           "steps.")),
     "present", "a-faster-notice-beside-a-notice-of-all"),
    # the vendor's own FERPA promise beside the school's designation or law
    ("R8", ((PREAMBLE,), ("The District designates Maplewood as a school official under FERPA, and "
                          "Maplewood agrees to comply with FERPA in its handling of Student "
                          "Data.",)),
     "present", "a-designation-and-agrees-to-comply"),
    ("R8", ((PREAMBLE,), ("We understand that your school is subject to FERPA, so we treat all "
                          "student records as FERPA requires.",)),
     "present", "your-school-and-we-treat-records-as-ferpa-requires"),
    # a short severability clause is no title
    ("R10", ((PREAMBLE,), ("An invalid provision does not affect the rest of these Terms.",)),
     "present", "an-invalid-provision-does-not-affect"),
    # one section named beside the whole agreement
    ("R14", ((PREAMBLE,), ("Maplewood shall not engage any subcontractor without the District's "
                           "prior written consent, and shall bind each subcontractor in writing to "
                           "terms at least as protective as Section 6 and all other provisions of "
                           "this DPA.",)),
     "present", "section-6-and-all-other-provisions"),
    ("R14", ((PREAMBLE,), ("Maplewood shall not use any subcontractor without the District's prior "
                           "written consent, and each approved subcontractor shall be bound in "
                           "writing by the same terms as this DPA, including encryption standards "
                           "at least as strict as Section 6.2.",)),
     "present", "the-same-terms-including-section-6-2"),
]  # fmt: skip

test_each_class_is_read_right = probe.reads_as_labelled(CASES)
test_the_reviews_sentences_are_read_right = probe.reads_as_labelled(REVIEW)
test_the_controls_keep_their_reading = probe.reads_as_labelled(CONTROLS)
