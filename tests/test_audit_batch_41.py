"""Classes of misreading found in batch 41 (tests/corpus/heldout-41/), held out until
2026-12-05 and development since, each read right.

Each case is a sentence of the class, written for the test in words of its own, not a
corpus document's. Each group of sentences is a paragraph of its own.
"""

from __future__ import annotations

import audit_probes as probe

PREAMBLE = 'Maplewood Learning, Inc. ("Maplewood") provides the Service to the School.'

CASES = [  # (requirement, paragraphs, status, id)
    # no subcontracting, then a substitute who follows the rider
    ("R14", ((PREAMBLE,), ("I do not subcontract.",),
             ("I may send a substitute player from the Guild after telling the School, and the "
              "substitute will follow this rider in full.",)),
     "weak", "a-substitute-follows-this-rider"),
    # a helper held to the vendor's own terms for one list; any person it engages
    ("R14", ((PREAMBLE,), ("Maplewood may engage an accompanist of its choosing.", "Maplewood will "
                           "make sure the accompanist keeps the class list confidential on the "
                           "same terms as Maplewood.")),
     "weak", "on-the-same-terms-as-the-contractor"),
    ("R14", ((PREAMBLE,), ("Maplewood may engage an accompanist and a sound engineer for the "
                           "concert.", "Any person Maplewood engages shall be bound by Section "
                           "7.")),
     "weak", "any-person-it-engages"),
    ("R14", ((PREAMBLE,), ("For the family sharing I sometimes bring a second musician.", "Any "
                           "assisting artist works under my direction and will follow this Section "
                           "4.")),
     "weak", "any-assisting-artist"),
    # consent as one case of a list of disclosures, no consent to subcontract
    ("R14", ((PREAMBLE,), ("We share student data only with service providers that help us run "
                           "the app, when the law requires it, or with your school's or a parent's "
                           "consent.",)),
     "missing", "consent-one-case-of-a-list"),
    # FERPA the teachers' duty; schools described as subject to it
    ("R8", ((PREAMBLE,), ("Teachers are responsible for complying with FERPA when they use the "
                          "app with students.",)),
     "missing", "teachers-are-responsible"),
    ("R8", ((PREAMBLE,), ("The app is used by schools that are subject to FERPA.",)),
     "missing", "used-by-schools-subject-to-ferpa"),
    # families referred to their school; a processor's assistance to the school
    ("R4", ((PREAMBLE,), ("We refer any parent who asks to review or correct a child's "
                          "information to the child's School.",)),
     "missing", "refer-any-parent-to-the-school"),
    ("R4", ((PREAMBLE,), ("Maplewood shall provide reasonable assistance to the Customer, at the "
                          "Customer's cost, in responding to requests from parents to access or "
                          "rectify Student Data.",)),
     "weak", "assistance-to-the-customer-in-responding"),
    # deletion on the day of the assembly; a clock from the performance date; an archive kept
    ("R7", ((PREAMBLE,), ("On the day of the assembly, as soon as the last student has left the "
                          "stage, I will shred the name cards and delete the class list.",)),
     "present", "on-the-day-of-the-assembly"),
    ("R7", ((PREAMBLE,), ("Within thirty (30) days after the Performance Date, Maplewood will "
                          "shred the printed list.",)),
     "weak", "thirty-days-after-the-performance-date"),
    ("R7", ((PREAMBLE,), ("At the end of the residency Maplewood will shred paper class lists and "
                          "delete electronic copies, except for the recordings, which Maplewood "
                          "keeps for as long as it uses them.",)),
     "weak", "keeps-for-as-long-as-it-uses-them"),
    # a law-enforcement delay the exhibit overrides
    ("R6a", ((PREAMBLE,), ("Notwithstanding Article V, including any delay requested by law "
                           "enforcement: Provider shall notify the LEA of a breach of Student "
                           "Information not later than five (5) calendar days from discovery, and "
                           "where urgent notice may be required because of the possible imminent "
                           "misuse of Student Data, in no case later than two (2) calendar "
                           "days.",),
             ("Provider may delay notice if law enforcement requests a delay.",)),
     "present", "notwithstanding-any-law-enforcement-delay"),
]  # fmt: skip

# Drafting beside each class that keeps its reading.
CONTROLS = [
    ("R14", ((PREAMBLE,), ("I do not subcontract.",)),
     "present", "no-subcontracting-at-all"),
    ("R8", ((PREAMBLE,), ("Maplewood will comply with FERPA, and teachers are responsible for "
                          "their own classroom practices.",)),
     "present", "a-promise-beside-the-teachers"),
    ("R6a", ((PREAMBLE,), ("Provider shall notify the LEA of a breach of Student Information not "
                           "later than five (5) calendar days from discovery, and where urgent "
                           "notice may be required because of the possible imminent misuse of "
                           "Student Data, in no case later than two (2) calendar days.",),
             ("Provider may delay notice if law enforcement requests a delay.",)),
     "weak", "a-law-enforcement-delay-standing"),
]  # fmt: skip

# A review of batch 40's and 41's rounds wrote sentences against their patterns; each
# misreading it found is mended and kept here.
REVIEW = [
    # a severability clause beside another matter "not covered"; "contrary to law" elsewhere
    ("R10", ((PREAMBLE,), ("If any provision of this Agreement is held invalid, the remaining "
                           "provisions shall continue in full force and effect, and any matter not "
                           "covered by this Agreement is governed by the Master Agreement.",)),
     "present", "a-matter-not-covered-beside-severability"),
    ("R10", ((PREAMBLE,), ("Nothing in this Agreement requires Maplewood to act contrary to law, "
                           "and the School will continue to own its data.",)),
     "missing", "contrary-to-law-no-severability"),
    # pay on the same terms; a list whose consent is withheld
    ("R14", ((PREAMBLE,), ("Maplewood may engage musicians only with the School's written consent, "
                           "and the School will pay each assisting musician on the same terms as "
                           "the Artist.",)),
     "weak", "paid-on-the-same-terms"),
    # a hold the notwithstanding grants
    ("R6a", ((PREAMBLE,), ("Maplewood will notify the School of a breach within 24 hours.",),
             ("Notwithstanding the foregoing, Maplewood may delay any notice for a lawful reason, "
              "including any delay requested by law enforcement.",)),
     "weak", "a-notwithstanding-that-grants-the-hold"),
    # sooner if someone asks, for no deletion
    ("R2", ((PREAMBLE,), ("Maplewood will send the attendance report within ten days, or sooner if "
                          "the Principal asks.",)),
     "missing", "a-report-sooner-if-asked"),
    # the school's own files, not student data
    ("R1", ((PREAMBLE,), ("Lesson plans and other files you provide to us remain yours.",)),
     "missing", "lesson-plans-remain-yours"),
    ("R3", ((PREAMBLE,), ("Maplewood shall use Student Data to provide the Services.",)),
     "weak", "shall-use-to-provide"),
    # the school's own notice to families, after the vendor's
    ("R6b", ((PREAMBLE,), ("If Student Data is breached, Maplewood shall notify the LEA within "
                           "five days, and the LEA will notify affected students within two "
                           "business days of receiving notice from Maplewood.",)),
     "present", "the-leas-notice-after-the-vendors"),
    # Connecticut law notwithstanding two sections; the vendor's own teachers
    ("R9", ((PREAMBLE,), ("Notwithstanding Sections 14 and 15 of these Terms, Connecticut law "
                          "governs this Agreement.",), ("These Terms are governed by Delaware "
                                                        "law.",)),
     "present", "notwithstanding-sections-14-and-15"),
    ("R8", ((PREAMBLE,), ("Our teachers are responsible for complying with FERPA.",)),
     "present", "our-teachers-are-responsible"),
    ("R11", ((PREAMBLE,), ("Students retain all rights in their artwork.",)),
     "present", "students-retain-all-rights"),
    # a memo's "To:" line names no school
    ("R2", ((PREAMBLE,), ("To: Hartford Public Schools",), ("The School may request deletion of "
                                                            "Student Data by emailing "
                                                            "privacy@maplewood.example.",)),
     "present", "a-to-line"),
]  # fmt: skip

test_each_class_is_read_right = probe.reads_as_labelled(CASES)
test_the_reviews_sentences_are_read_right = probe.reads_as_labelled(REVIEW)
test_the_controls_keep_their_reading = probe.reads_as_labelled(CONTROLS)
