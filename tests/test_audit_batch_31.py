"""Classes of misreading found in batch 31 (tests/corpus/heldout-31/), held out until
2026-12-04 and development since, each read right.

Each case is a sentence of the class, written for the test in words of its own, not a
corpus document's. Each group of sentences is a paragraph of its own.
"""

from __future__ import annotations

import audit_probes as probe

PREAMBLE = 'Maplewood Learning, Inc. ("Maplewood") provides the Service to the School.'

CASES = [  # (requirement, paragraphs, status, id)
    # a short numbered statement is a sentence, not a title
    ("R15d", ((PREAMBLE,), ("6.2 We don't sell, rent or trade Student Data.",)),
     "present", "a-numbered-dont-sell"),
    ("R5", ((PREAMBLE,), ("3.4 We take reasonable care of student information.",)),
     "weak", "a-numbered-reasonable-care"),
    # the school's data by a consultant's words for them
    ("R1", ((PREAMBLE,), ("Class lists, allergy notes and photo permission lists belong to the "
                          "School.",)),
     "present", "class-lists-belong-to-the-school"),
    ("R1", ((PREAMBLE,), ("Everything about your students that I receive, including the roster "
                          "and allergy notes, belongs to the school.",)),
     "present", "everything-about-your-students"),
    ("R1", ((PREAMBLE,), ("Schools and clubs own the student information they put into the "
                          "app.",)),
     "present", "schools-and-clubs-own"),
    # incident reports kept are no breach notice
    ("R6b", ((PREAMBLE,), ("I keep signed permission slips and any incident reports for three "
                           "years after the unit, and then I shred them.",)),
     "missing", "incident-reports-kept"),
    # helpers by other names, bound by some terms
    ("R14", ((PREAMBLE,), ("I will not bring a co-instructor without the School's written "
                           "consent.",)),
     "weak", "a-co-instructor"),
    ("R14", ((PREAMBLE,), ("For large groups I bring my assistant.",
                           "I'll tell the school his name a week ahead, and he follows the same "
                           "student information rules in section 4.")),
     "weak", "and-he-follows-the-same-rules"),
    ("R14", ((PREAMBLE,), ("The Studio may bring a second tutor.",
                           "Any tutor is bound by the same confidentiality obligations as the "
                           "Studio under Section 5.")),
     "weak", "a-second-tutor"),
    # families sent back to the school
    ("R4", ((PREAMBLE,), ("Parents who want to see or correct a child's order should contact the "
                          "school's coordinator.",
                          "We refer those requests back to the school.")),
     "missing", "we-refer-those-requests-back"),
    # the master agreement keeps a law named in two of its parts
    ("R9", ((PREAMBLE,), ("This Addendum shall be governed by the laws of the State of "
                          "Connecticut.",
                          "The Agreement remains governed by the law specified in Article VII, "
                          "Section 4 of the Agreement.")),
     "weak", "article-and-section-of-the-agreement"),
    # photographs kept for a portfolio beside the deletion
    ("R7", ((PREAMBLE,), ("On the last day of the unit I delete the class list.",),
            ("I keep a few photographs of finished puppets and their makers for my "
             "portfolio.",)),
     "weak", "photographs-kept-for-a-portfolio"),
    # FERPA kept only where the data are part of an education record
    ("R8", ((PREAMBLE,), ("To the extent Student Data is part of an education record, Maplewood "
                          "will comply with FERPA.",)),
     "weak", "part-of-an-education-record"),
]  # fmt: skip

# Drafting beside each class that keeps its reading.
CONTROLS = [
    # a numbered title is a heading
    ("R15d", ((PREAMBLE,), ("6.2 Sale of Student Data.",)),
     "missing", "a-numbered-title"),
    # lists kept, not owned
    ("R1", ((PREAMBLE,), ("Class lists are kept in a locked drawer.",)),
     "missing", "class-lists-kept"),
    # a list lost is still a breach
    ("R6b", ((PREAMBLE,), ("If a class list is lost, we will tell the School within three "
                           "days.",)),
     "present", "a-class-list-lost"),
    # consent and the whole agreement
    ("R14", ((PREAMBLE,), ("I will not bring a co-instructor without the School's written "
                           "consent, and any co-instructor must agree in writing to terms no "
                           "less protective of student information than this Agreement.",)),
     "present", "a-co-instructor-with-consent-and-terms"),
    # the students' work theirs only on a condition
    ("R11", ((PREAMBLE,), ("Each puppet a student builds belongs to that student only if the "
                           "materials fee is paid.",)),
     "missing", "theirs-only-if-paid"),
    # deletion at the end with nothing kept
    ("R7", ((PREAMBLE,), ("On the last day of the unit I delete the class list and every "
                          "photograph.",)),
     "present", "nothing-kept"),
]  # fmt: skip

# A review of the round's patterns wrote sentences against them; each misreading it found is
# mended and kept here.
REVIEW = [
    # a student's work said to be theirs, beside the vendor's claim to the rest
    ("R11", ((PREAMBLE,), ("Each puppet a student builds belongs to that student.",),
             ("All scripts and recordings students create during the residency belong to "
              "Maplewood.",)),
     "weak", "theirs-beside-the-vendors-claim"),
    # shredded, but a copy kept
    ("R7", ((PREAMBLE,), ("At the end of the residency I shred the paper class list, but I keep "
                          "the digital copy for my records.",)),
     "weak", "shred-the-paper-keep-the-copy"),
    # rules and checks that are not the agreement's terms
    ("R14", ((PREAMBLE,), ("I will bring an assistant only with the School's written consent, and "
                           "she follows the same fire safety rules as I do.",)),
     "weak", "the-same-fire-safety-rules"),
    ("R14", ((PREAMBLE,), ("I will not bring a tutor without the School's written consent, and any "
                           "tutor must meet the same background check requirements as Maplewood's "
                           "own staff.",)),
     "weak", "the-same-background-check"),
    # the schools' rights disclaimed; their accounts, not the data
    ("R1", ((PREAMBLE,), ("Schools and clubs own no rights in the data collected through the "
                          "app.",)),
     "missing", "schools-and-clubs-own-no-rights"),
    ("R1", ((PREAMBLE,), ("Schools and clubs own their accounts, but Maplewood owns all student "
                          "data.",)),
     "missing", "schools-and-clubs-own-their-accounts"),
    # the master agreement's law named by a lettered section
    ("R9", ((PREAMBLE,), ("This Addendum shall be governed by the laws of the State of "
                          "Connecticut.",
                          "The Agreement remains governed by the laws specified in Article VII, "
                          "Section 4(b) of the Master Agreement.")),
     "weak", "section-4b-of-the-master"),
    # FERPA kept only for a student's record, or what forms part of one
    ("R8", ((PREAMBLE,), ("To the extent Student Data is part of a student's education record, "
                          "Maplewood will comply with FERPA.",)),
     "weak", "part-of-a-students-record"),
    ("R8", ((PREAMBLE,), ("To the extent Student Data forms part of an education record, "
                          "Maplewood will comply with FERPA.",)),
     "weak", "forms-part-of-a-record"),
    # incident reports kept, in the passive; sent, beside a keeping
    ("R6b", ((PREAMBLE,), ("Incident reports are retained for three years.",)),
     "missing", "incident-reports-are-retained"),
    ("R6b", ((PREAMBLE,), ("Maplewood stores Student Data in encrypted form and will send the "
                           "School written incident reports within 48 hours of any security "
                           "incident.",)),
     "present", "stores-data-and-sends-incident-reports"),
    ("R6b", ((PREAMBLE,), ("We keep the School informed of every data incident and provide "
                           "written incident reports within two days.",)),
     "present", "keep-the-school-informed"),
    # the vendor's own materials, or none, kept for a portfolio
    ("R7", ((PREAMBLE,), ("On the last day of the unit I delete the class list and every "
                          "photograph of students.",),
            ("I keep copies of my own lesson plans and handouts for my portfolio.",)),
     "present", "lesson-plans-for-a-portfolio"),
    ("R7", ((PREAMBLE,), ("On the last day of the unit I delete the class list and every "
                          "photograph.",),
            ("I keep no student photographs, not even for my portfolio.",)),
     "present", "no-photographs-kept"),
]  # fmt: skip

test_each_class_is_read_right = probe.reads_as_labelled(CASES)
test_the_reviews_sentences_are_read_right = probe.reads_as_labelled(REVIEW)
test_the_controls_keep_their_reading = probe.reads_as_labelled(CONTROLS)
