"""Classes of misreading found in batch 40 (tests/corpus/heldout-40/), held out until
2026-12-05 and development since, each read right.

Each case is a sentence of the class, written for the test in words of its own, not a
corpus document's. Each group of sentences is a paragraph of its own.
"""

from __future__ import annotations

import audit_probes as probe

PREAMBLE = 'Maplewood Learning, Inc. ("Maplewood") provides the Service to the School.'
# A performer's form, the school named only as the party in the table below.
PERFORMER = (
    'This Agreement is made between Fenwick Brass, LLC (the "Performer") and the school or '
    'educational organization named in the table below (the "Host").'
)

CASES = [  # (requirement, paragraphs, status, id)
    # the school's data stay yours, whatever you share; "they" the data just named
    ("R1", ((PREAMBLE,), ("Any student information you share with us stays yours.",)),
     "present", "what-you-share-stays-yours"),
    ("R1", ((PREAMBLE,), ("Student information is the information about students that the School "
                          "gives Maplewood.", "They are not the property of, or under the control "
                          "of, Maplewood.")),
     "present", "they-are-not-the-property-of"),
    # the school named in the table below: its own duty under FERPA
    ("R8", ((PERFORMER,), ("The Host is responsible for compliance with FERPA and for obtaining "
                           "parental permission for photographs.",)),
     "missing", "the-host-named-in-the-table-below"),
    # helpers: a substitute, another performer, a technician, the rules told to them
    ("R14", ((PREAMBLE,), ("If I am ill, I may send a substitute player.", "I'll let you know at "
                           "least 48 hours ahead where I can, and the substitute will follow this "
                           "agreement.")),
     "weak", "the-substitute-will-follow-this-agreement"),
    ("R14", ((PREAMBLE,), ("We will not bring in any other performer, technician or company to "
                           "work on the assembly without CREC's written consent.",)),
     "weak", "no-other-performer-without-consent"),
    ("R14", ((PREAMBLE,), ("Maplewood may bring a second musician and a sound technician to any "
                           "session after telling the School their names two days before.",
                           "Any accompanist or technician will be bound by Section 6.3.")),
     "weak", "after-telling-the-school-their-names"),
    ("R14", ((PREAMBLE,), ("If I bring an accompanist or assistant, I will tell them about the "
                           "rules in this section and they will follow them.",)),
     "weak", "they-will-follow-them"),
    # families sent to their school, with no part of the vendor's; or answered through it
    ("R4", ((PREAMBLE,), ("Parents who want to see or correct their child's information should "
                          "contact their child's School.", "We don't act on requests from parents "
                          "directly; we forward any such request we receive to the School.")),
     "missing", "we-dont-act-on-requests"),
    ("R4", ((PREAMBLE,), ("If a student, parent or legal guardian asks the Consultant to review or "
                          "correct information, the Consultant will refer the request to the "
                          "school of the student.",)),
     "missing", "refer-the-request-to-the-school"),
    ("R4", ((PREAMBLE,), ("Customer is responsible for responding to any request from a student "
                          "or parent to review or amend Student Data, and Maplewood will have no "
                          "obligation to respond to such requests directly.",)),
     "missing", "no-obligation-to-respond"),
    ("R4", ((PREAMBLE,), ("If a parent wants to know what we hold about their child, or to fix a "
                          "mistake in it, please have the school send us the request and we'll "
                          "reply to the school.",)),
     "weak", "have-the-school-send-us-the-request"),
    # a breach told in plain words
    ("R6b", ((PREAMBLE,), ("If something goes wrong, such as a lost laptop or a misdirected "
                           "email, we'll tell the School within 72 hours of finding out.",)),
     "present", "a-lost-laptop-or-a-misdirected-email"),
    ("R6a", ((PREAMBLE,), ("If student data is ever compromised, we will notify your school "
                           "promptly and in any event within the time required by applicable "
                           "law.",)),
     "weak", "if-student-data-is-ever-compromised"),
    # the school's own notice to families is no clock on the vendor's
    ("R6a", ((PREAMBLE,), ("Notwithstanding Section 5.2: (a) Provider shall notify the LEA of a "
                           "breach of Student Information no later than five (5) calendar days "
                           "from discovery, except that where urgent notice may be required "
                           "because of the possible imminent misuse of Student Data, Provider "
                           "shall notify the LEA in no case later than two (2) calendar days; and "
                           "(b) the LEA will notify affected students and parents within two "
                           "business days of receiving notice from Provider.",)),
     "present", "the-leas-own-notice-after-receiving"),
    # nothing kept once the assembly is complete
    ("R7", ((PREAMBLE,), ("We will not keep Student Data, or have access to it, once the assembly "
                          "is complete.",)),
     "present", "once-the-assembly-is-complete"),
    # Connecticut's law as it relates to the data, another state's for the rest
    ("R9", ((PREAMBLE,), ("For Schools in Connecticut: The laws of the State of Connecticut govern "
                          "these Terms as they relate to Student Data.",),
            ("These Terms are governed by the laws of the State of Vermont, except as section 10 "
             "says.",)),
     "weak", "as-they-relate-to-student-data"),
    # severability in other words
    ("R10", ((PREAMBLE,), ("If any provision of this Agreement is held by a court to be contrary "
                           "to law, the remaining provisions of this Agreement will remain in "
                           "effect.",)),
     "present", "contrary-to-law"),
    # what a student makes, owned
    ("R11", ((PREAMBLE,), ("A student who makes prints in a Classroom owns them.",)),
     "present", "a-student-who-makes-prints-owns-them"),
    # one identifier named singly
    ("R15b", ((PREAMBLE,), ("We do not use student data, or any device or account identifier that "
                            "comes from a school's use of the Service, to target advertising to "
                            "students on any other website, service or app.",)),
     "present", "any-device-or-account-identifier"),
    # a deletion on request that spares some data; the rest sooner on request
    ("R2", ((PREAMBLE,), ("6.5 At the School's written request, Maplewood will delete rosters and "
                          "accommodation notes.", "Recordings and photographs kept under Section 5 "
                          "are not affected by such a request.")),
     "weak", "recordings-not-affected-by-such-a-request"),
    ("R2", ((PREAMBLE,), ("I will destroy paper class lists and delete digital copies at the end "
                          "of the final workshop, and sooner if the School asks me to in writing "
                          "(an email is enough).", "I will also delete any recording or "
                          "photograph of a student if the School asks me to in writing.")),
     "present", "sooner-if-the-school-asks"),
]  # fmt: skip

# Drafting beside each class that keeps its reading.
CONTROLS = [
    ("R7", ((PREAMBLE,), ("Paper lists are shredded at the end of the final workshop day.",
                          "Electronic copies are deleted within two weeks after the final "
                          "session.")),
     "weak", "electronic-copies-two-weeks-after"),
    ("R3", ((PREAMBLE,), ("6.2 Maplewood will use the roster and any photographs solely to "
                          "deliver the Residency, except as Section 5.3 permits, and for no other "
                          "purpose.",),
            ("5.3 Maplewood may photograph work in progress for its teaching portfolio, provided "
             "the School has a photo release on file for each student pictured.",)),
     "present", "a-teaching-portfolio-with-a-release"),
    ("R2", ((PREAMBLE,), ("If a parent asks me to shred the pages of my notes about their child, I "
                          "will do so and let them know.",)),
     "missing", "a-parents-ask-to-shred"),
    ("R4", ((PREAMBLE,), ("Processor shall assist Customer by appropriate technical measures, "
                          "insofar as this is possible, in responding to requests from Students "
                          "and parents to review or correct Student Data.",)),
     "weak", "a-processors-help-after-a-number"),
]  # fmt: skip

test_each_class_is_read_right = probe.reads_as_labelled(CASES)
test_the_controls_keep_their_reading = probe.reads_as_labelled(CONTROLS)
