"""Classes of misreading found in batch 49 (tests/corpus/heldout-49/), held out until
2026-12-05 and development since, each read right.

Each case is a sentence of the class, written for the test in words of its own, not a
corpus document's. Each group of sentences is a paragraph of its own.
"""

from __future__ import annotations

import audit_probes as probe

PREAMBLE = 'Maplewood Learning, Inc. ("Maplewood") provides the Service to the School.'

CASES = [  # (requirement, paragraphs, status, id)
    # an excepted section that grants the vendor's own business purposes
    ("R3", ((PREAMBLE,), ("6.1 Maplewood will process Student Data only to provide the Services "
                          "to the School, except as permitted in Section 5.2.",),
            ("5.2 The School grants Maplewood a licence to process Student Data to provide the "
             "Services and for the internal business purposes of Maplewood, such as sales "
             "forecasting.",)),
     "weak", "section-5-2-internal-business-purposes"),
    ("R3", ((PREAMBLE,), ("5.2 Maplewood will use Student Data only to provide and support the "
                          "Services, and as permitted by Section 5.3.",),
            ("5.3 Maplewood may use Usage Data and Aggregated Data for any lawful business "
             "purpose.",)),
     "weak", "and-as-permitted-by-section-5-3"),
    # a breach the vendor counts once it has confirmed it
    ("R6a", ((PREAMBLE,), ('1.8 "Security Incident" means a breach of security that Maplewood has '
                           "confirmed, following its investigation, resulted in unauthorized "
                           "access to Student Data.",),
             ("Maplewood will notify the School of a Security Incident within forty-eight (48) "
              "hours after becoming aware of it.",)),
     "weak", "a-security-incident-it-has-confirmed"),
    # "information" is no notice
    ("R6a", ((PREAMBLE,), ("We use commercially reasonable safeguards designed to protect "
                           "information from unauthorized access.",)),
     "missing", "information-is-no-notice"),
    # the end of the day of the assembly
    ("R7", ((PREAMBLE,), ("We delete volunteer lists and accommodation notes at the end of the day "
                          "of your assembly.",)),
     "present", "the-end-of-the-day-of-your-assembly"),
    # the school's duty, the vendor's assistance with those requests
    ("R4", ((PREAMBLE,), ("The School is responsible for responding to requests from parents and "
                          "students to review or correct Student Data, and Maplewood will give the "
                          "School reasonable assistance with those requests.",)),
     "weak", "reasonable-assistance-with-those-requests"),
]  # fmt: skip

# Drafting beside each class that keeps its reading.
CONTROLS = [
    # the account holders told, not the school
    ("R6a", ((PREAMBLE,), ("If we learn of a security breach that affects personal information in "
                           "an account, we may notify the affected account holders by email.",)),
     "missing", "the-affected-account-holders"),
    # a section that grants the service's own uses keeps the limit whole
    ("R3", ((PREAMBLE,), ("6.1 Maplewood will process Student Data only to provide the Services "
                          "to the School, except as permitted in Section 5.2.",),
            ("5.2 Maplewood may process Student Data to maintain and support the Services.",)),
     "present", "section-5-2-the-services-own-uses"),
    # a firm notice to the school
    ("R6a", ((PREAMBLE,), ("If we discover a breach of security involving Student Data, we will "
                           "notify the School within 48 hours.",)),
     "present", "notify-the-school-within-48-hours"),
]  # fmt: skip

test_each_class_is_read_right = probe.reads_as_labelled(CASES)
test_the_controls_keep_their_reading = probe.reads_as_labelled(CONTROLS)
