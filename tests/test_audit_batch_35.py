"""Classes of misreading found in batch 35 (tests/corpus/heldout-35/), held out until
2026-12-05 and development since, each read right.

Each case is a sentence of the class, written for the test in words of its own, not a
corpus document's. Each group of sentences is a paragraph of its own.
"""

from __future__ import annotations

import audit_probes as probe

PREAMBLE = 'Maplewood Learning, Inc. ("Maplewood") provides the Service to the School.'

CASES = [  # (requirement, paragraphs, status, id)
    # an exception the contract's own terms allow
    ("R3", ((PREAMBLE,), ("We use Student Data only to run the Service for the School and for no "
                          "other purpose, except as these School Terms allow.",)),
     "present", "except-as-these-school-terms-allow"),
    # FERPA left to the school; a designation measured by FERPA; the way FERPA requires
    ("R8", ((PREAMBLE,), ("Compliance with FERPA is a matter for the School.",)),
     "missing", "a-matter-for-the-school"),
    ("R8", ((PREAMBLE,), ("Where the School is an educational agency and Customer Personal Data "
                          "includes any records protected by the Family Educational Rights and "
                          "Privacy Act, Maplewood is designated a school official with a "
                          "legitimate educational interest, to the extent permitted under 34 CFR "
                          "99.31(a)(1).",)),
     "weak", "designated-to-the-extent-permitted"),
    ("R8", ((PREAMBLE,), ("To the extent the roster counts as an education record under FERPA, "
                          "I will handle it the way FERPA requires.",)),
     "weak", "the-way-ferpa-requires"),
    # the students' work, or the school's
    ("R11", ((PREAMBLE,), ("Drawings that a student adds to a ticket remain the property of the "
                           "student or the School.",)),
     "weak", "the-student-or-the-school"),
    # one section flows down; a promise to keep the list private
    ("R14", ((PREAMBLE,), ("The Artist may bring one studio assistant to help with larger "
                           "sessions.", "Any assistant will follow this Section 6.")),
     "weak", "follow-this-section-6"),
    ("R14", ((PREAMBLE,), ("I may bring a substitute player without asking you first, but anyone "
                           "who plays with me agrees to keep the list private.",)),
     "weak", "agrees-to-keep-the-list-private"),
]  # fmt: skip

# Drafting beside each class that keeps its reading.
CONTROLS = [
    # an exception the vendor's policy allows
    ("R3", ((PREAMBLE,), ("We use Student Data only to run the Service for the School and for no "
                          "other purpose, except as our Privacy Policy allows.",)),
     "weak", "except-as-its-privacy-policy-allows"),
    # FERPA the vendor's own matter
    ("R8", ((PREAMBLE,), ("Compliance with FERPA is a matter for Maplewood, which will comply "
                          "with it.",)),
     "present", "a-matter-for-maplewood"),
    # the students' own
    ("R11", ((PREAMBLE,), ("Drawings that a student adds to a ticket remain the property of the "
                           "student.",)),
     "present", "the-students-alone"),
    # all of the agreement flows down
    ("R14", ((PREAMBLE,), ("The Artist may bring one studio assistant only with the School's "
                           "written consent.", "Any assistant will follow this agreement.")),
     "present", "follow-this-agreement"),
]  # fmt: skip

# A review of the round's patterns wrote sentences against them; each misreading it found is
# mended and kept here.
REVIEW = [
    # another document's terms
    ("R3", ((PREAMBLE,), ("We use Student Data only to run the Service for the School and for no "
                          "other purpose, except as the Third-Party Terms allow.",)),
     "weak", "except-as-the-third-party-terms-allow"),
    # the school's way is not FERPA's; a joint matter; an unrelated designation or condition
    ("R8", ((PREAMBLE,), ("Maplewood will answer parents' FERPA requests the way the School "
                          "requires.",)),
     "missing", "the-way-the-school-requires"),
    ("R8", ((PREAMBLE,), ("FERPA compliance is a matter for the School and for Maplewood, each of "
                          "which will comply with FERPA.",)),
     "present", "a-matter-for-both"),
    ("R8", ((PREAMBLE,), ("Maplewood shall comply with FERPA and shall redisclose information "
                          "designated as directory information only to the extent permitted "
                          "under FERPA.",)),
     "present", "designated-as-directory-information"),
    ("R8", ((PREAMBLE,), ("Maplewood shall comply with FERPA at all times, and shall cooperate "
                          "with the School to the extent the School decides what is an education "
                          "record.",)),
     "present", "to-the-extent-the-school-decides"),
    # each creator's own; the school's in other words
    ("R11", ((PREAMBLE,), ("Content a student or teacher creates in the Service remains the "
                           "property of the student or school staff member who created it.",)),
     "present", "the-student-or-school-staff-member"),
    ("R11", ((PREAMBLE,), ("Work that students create in the Service belongs to the students or "
                           "their School.",)),
     "weak", "the-students-or-their-school"),
    # a bare licence; one section only
    ("R14", ((PREAMBLE,), ("Maplewood may use subcontractors at its discretion and agrees to keep "
                           "the School informed of who they are.",)),
     "missing", "agrees-to-keep-the-school-informed"),
    ("R14", ((PREAMBLE,), ("Maplewood may engage subcontractors only with the School's prior "
                           "written consent.", "Each subcontractor will comply with this Section "
                           "6.")),
     "weak", "comply-with-this-section-6"),
]  # fmt: skip

test_each_class_is_read_right = probe.reads_as_labelled(CASES)
test_the_reviews_sentences_are_read_right = probe.reads_as_labelled(REVIEW)
test_the_controls_keep_their_reading = probe.reads_as_labelled(CONTROLS)
