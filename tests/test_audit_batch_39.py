"""Classes of misreading found in batch 39 (tests/corpus/heldout-39/), held out until
2026-12-05 and development since, each read right.

Each case is a sentence of the class, written for the test in words of its own, not a
corpus document's. Each group of sentences is a paragraph of its own.
"""

from __future__ import annotations

import audit_probes as probe

PREAMBLE = 'Maplewood Learning, Inc. ("Maplewood") provides the Service to the School.'
# A consultant's standard form, the school named only by its role.
ARTIST = (
    'This Agreement is between Lark Strings ("Artist") and the school, district or education '
    'service center named in Schedule A (the "Presenter").'
)

CASES = [  # (requirement, paragraphs, status, id)
    # the school named by a table's row, or by a schedule's service center: its own duty
    ("R8", ((PREAMBLE,), ("Item: Host — Details: CREC Riverside Arts Magnet School",),
            ("The Host is responsible for its own obligations under the Family Educational Rights "
             "and Privacy Act.",)),
     "missing", "the-host-named-in-a-table-row"),
    ("R14", ((ARTIST,), ("The Artist may bring an accompanist.", "Anyone the Artist brings "
                         "will be bound by this Section 5.")),
     "weak", "the-artist-beside-a-presenter-named-in-a-schedule"),
    # subcontractors under notice, a partial flow-down or a confidentiality acknowledgment
    ("R14", ((PREAMBLE,), ("Sometimes a second facilitator joins our lead artist.",
                           "We will tell the District in advance who is coming.")),
     "weak", "told-in-advance-who-is-coming"),
    ("R14", ((PREAMBLE,), ("Maplewood may bring an accompanist to up to three sessions after "
                           "giving the Coordinator two school days' notice.",)),
     "weak", "after-giving-notice"),
    ("R14", ((PREAMBLE,), ("Any helper who will see Student Data first signs our one-page "
                           "confidentiality pledge.",)),
     "weak", "a-helper-signs-a-confidentiality-pledge"),
    ("R14", ((PREAMBLE,), ("We host the Service with a few subprocessors.", "We will email school "
                           "administrators at least thirty days before we add a subprocessor, "
                           "and your school may object during that time.")),
     "weak", "email-before-we-add-one"),
    ("R14", ((PREAMBLE,), ("I may bring a guitar accompanist of my choosing.", "I will tell the "
                           "School the accompanist's name a week before the concert, and the "
                           "accompanist will follow the same rules on student information as "
                           "section 4.")),
     "weak", "and-the-accompanist-will-follow"),
    ("R14", ((PREAMBLE,), ("The Contractor may bring an assistant.", "Anyone the Contractor "
                           "brings will be bound by this Section 5.")),
     "weak", "anyone-the-contractor-brings"),
    # FERPA among the laws that apply to a party, or as far as the data are education records
    ("R8", ((PREAMBLE,), ("Each party will comply with all laws applicable to it under this "
                          "Agreement, including, where applicable, FERPA.",)),
     "weak", "all-laws-applicable-to-it"),
    ("R8", ((PREAMBLE,), ("Each party shall comply with FERPA to the extent that any information "
                          "exchanged under this letter agreement constitutes education records.",)),
     "weak", "to-the-extent-any-information-exchanged"),
    # deletion on request of part of the data, or where the vendor can; a takedown alone
    ("R2", ((PREAMBLE,), ("The School may ask us to delete any recording by email to "
                          "privacy@maplewood.example.",)),
     "weak", "delete-any-recording"),
    ("R2", ((PREAMBLE,), ("The School may ask us by email to delete class lists and contact lists "
                          "at any time.",), ("Maplewood keeps the recordings of the final "
                                             "concert.",)),
     "weak", "delete-class-lists-beside-recordings-kept"),
    ("R2", ((PREAMBLE,), ("The School can ask us to delete student details early by emailing "
                          "help@maplewood.example.", "We will do so where we can, subject to the "
                          "record keeping described in section 4.")),
     "weak", "where-we-can-subject-to-record-keeping"),
    ("R2", ((PREAMBLE,), ("The School may ask in writing that any published photo of a student be "
                          "taken down, and we will remove it within seven days.",)),
     "weak", "a-takedown-alone"),
    # recordings kept in an archive, or after the residency
    ("R7", ((PREAMBLE,), ("Maplewood will destroy the class list at the end of the assembly.",),
            ("Maplewood may keep the video recordings in its archive and use clips to promote "
             "future shows.",)),
     "weak", "kept-in-its-archive"),
    ("R7", ((PREAMBLE,), ("On the last day of the Residency Maplewood will shred paper rosters and "
                          "delete electronic copies.",),
            ("Maplewood owns these photographs and may keep and use them after the Residency.",)),
     "weak", "kept-after-the-residency"),
    # families sent back to their school; a processor that helps the school respond
    ("R4", ((PREAMBLE,), ("If a parent or student asks us to review or correct information, we "
                          "will direct them to their School, which controls the account.",)),
     "missing", "direct-them-to-their-school"),
    ("R4", ((PREAMBLE,), ("Processor shall assist Customer, insofar as this is possible, in "
                          "responding to requests from Students and parents to review or correct "
                          "Student Data.",)),
     "weak", "assists-customer-in-responding"),
    # the vendor's own uses, told with no limit
    ("R3", ((PREAMBLE,), ("I use student information for the workshop and for related purposes "
                          "you would reasonably expect.",)),
     "weak", "uses-told-with-no-limit"),
    # severability left to another document
    ("R10", ((PREAMBLE,), ("Severability is dealt with in section 14 of our Terms of Service.",)),
     "weak", "severability-dealt-with-elsewhere"),
    # what students make, given to them
    ("R11", ((PREAMBLE,), ("Students own the kites they design.",)),
     "present", "students-own-the-kites-they-design"),
    ("R11", ((PREAMBLE,), ("Student data belongs to your school, and student work belongs to the "
                           "student.",)),
     "present", "the-students-work-in-a-clause-of-its-own"),
    # a breach told by what was lost, the contractor's laptop among it
    ("R6a", ((PREAMBLE,), ("If a roster or permission form, or the Contractor's laptop, is lost or "
                           "stolen, the Contractor will let the School know as soon as "
                           "practicable.",)),
     "weak", "a-roster-or-the-contractors-laptop-lost"),
]  # fmt: skip

# Drafting beside each class that keeps its reading.
CONTROLS = [
    ("R2", ((PREAMBLE,), ("The School can ask us to delete any recording or list at any time by "
                          "emailing privacy@maplewood.example.",)),
     "present", "any-recording-or-list"),
    ("R3", ((PREAMBLE,), ("We use information to operate, promote and improve the app.",)),
     "missing", "uses-for-its-own-business"),
    ("R14", ((PREAMBLE,), ("I may bring a live musician to some sessions at my own cost.", "I will "
                           "give the School their names in advance so that they can sign in as "
                           "visitors.")),
     "missing", "names-for-the-visitors-log"),
    ("R8", ((PREAMBLE,), ("Maplewood will comply with FERPA.",)),
     "present", "a-plain-ferpa-promise"),
]  # fmt: skip

# A review of the round's patterns wrote sentences against them; each misreading it found is
# mended and kept here.
REVIEW = [
    # a table of parties, or a form's line about the school, names no school for the vendor
    ("R3", ((PREAMBLE,), ("Provider: Maplewood — School: Hartford Public Schools",),
            ("Maplewood will not use Student Data for any purpose other than providing the Service "
             "to the School.",)),
     "present", "a-table-of-parties"),
    ("R7", ((PREAMBLE,), ("Term: One school year for Hartford Public Schools.",),
            ("Maplewood will delete all Student Data at the end of the Term and will not retain "
             "any copies.",)),
     "present", "a-term-line-naming-the-school"),
    # notice read in a helper's paragraph by its narrow words only; the consultant no helper
    ("R14", ((PREAMBLE,), ("Maplewood will ensure that its employees and agents keep Student Data "
                           "confidential.", "Maplewood will notify the School of any material "
                           "change to this policy.")),
     "missing", "a-change-to-this-policy"),
    ("R14", ((PREAMBLE,), ("I may bring an assistant to help with the sessions.", "Any student may "
                           "object to being photographed, and I will respect that.")),
     "missing", "a-student-may-object"),
    ("R14", ((PREAMBLE,), ("Maplewood may engage subcontractors only with the District's prior "
                           "written consent.", "Invoices are due monthly, and the Consultant will "
                           "be bound by this agreement.")),
     "weak", "the-consultant-bound-is-no-helper"),
    ("R14", ((PREAMBLE,), ("I may bring an accompanist.", "Anyone the Artist brings will sign a "
                           "confidentiality acknowledgment.")),
     "weak", "anyone-the-artist-brings"),
    # a stated use that is open-ended, or of other data
    ("R3", ((PREAMBLE,), ("Maplewood may use Student Data for any purpose.",)),
     "missing", "any-purpose"),
    ("R3", ((PREAMBLE,), ("We use billing information to process payments.",)),
     "missing", "billing-information"),
    # the law's record keeping; a dashboard where it can be downloaded
    ("R2", ((PREAMBLE,), ("The School may request deletion of Student Data by emailing "
                          "privacy@maplewood.example, and Maplewood will delete it within ten "
                          "days, subject to the record keeping requirements of Connecticut "
                          "law.",)),
     "present", "record-keeping-the-law-requires"),
    ("R2", ((PREAMBLE,), ("The School may request deletion of Student Data by emailing "
                          "privacy@maplewood.example.", "Maplewood will delete it within ten days "
                          "and post a confirmation in the School's dashboard, where it can be "
                          "downloaded.")),
     "present", "where-it-can-be-downloaded"),
    ("R2", ((PREAMBLE,), ("A parent may ask that a photo posted on our website be removed.",)),
     "missing", "a-parents-takedown"),
    ("R2", ((PREAMBLE,), ("The School may ask us to delete the class list by email to "
                          "privacy@maplewood.example.",), ("We photograph the workshop for our "
                                                           "records.",)),
     "weak", "delete-the-class-list-beside-photographs"),
    ("R2", ((PREAMBLE,), ("The School may ask us to delete the class list by email to "
                          "privacy@maplewood.example.",)),
     "present", "delete-the-class-list-all-it-holds"),
    # the students' content named in the school's own clause
    ("R11", ((PREAMBLE,), ("All Student Data, including student-generated content, is the property "
                           "of the School, and students retain the right to display their "
                           "work.",)),
     "weak", "the-schools-clause-names-the-content"),
    ("R11", ((PREAMBLE,), ("Students own the paper crowns they design.",)),
     "present", "two-words-before-what-they-design"),
    # the school's archive; a shredding told without a promise
    ("R7", ((PREAMBLE,), ("At the end of the Residency, I will delete all student information.",
                          "Teachers may keep student artwork in the District's archive.")),
     "present", "the-districts-archive"),
    ("R7", ((PREAMBLE,), ("After the last session I shred the class list and any release "
                          "forms.",)),
     "present", "i-shred-the-class-list"),
    # the vendor's own route beside its help to the school
    ("R4", ((PREAMBLE,), ("Parents may review and correct their child's information by emailing "
                          "privacy@maplewood.example, and Maplewood will also help the School with "
                          "responding to such requests.", "Maplewood will correct any error within "
                          "ten days.")),
     "present", "a-route-of-its-own-beside-its-help"),
    # no severability at all
    ("R10", ((PREAMBLE,), ("Severability is not covered by this letter.",)),
     "missing", "severability-not-covered"),
]  # fmt: skip

test_each_class_is_read_right = probe.reads_as_labelled(CASES)
test_the_reviews_sentences_are_read_right = probe.reads_as_labelled(REVIEW)
test_the_controls_keep_their_reading = probe.reads_as_labelled(CONTROLS)
