"""Classes of misreading found in batch 34 (tests/corpus/heldout-34/), held out until
2026-12-05 and development since, each read right.

Each case is a sentence of the class, written for the test in words of its own, not a
corpus document's. Each group of sentences is a paragraph of its own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import audit_probes as probe
from crec_assemble.library.clauses import ClauseLibrary
from crec_assemble.render.extract import html_blocks

PREAMBLE = 'Maplewood Learning, Inc. ("Maplewood") provides the Service to the School.'

CASES = [  # (requirement, paragraphs, status, id)
    # a breach of the terms is no breach of the data
    ("R6a", ((PREAMBLE,), ("We may suspend your account if you breach these Terms, in which case "
                           "we will try to give you 30 days' notice so you can export your "
                           "data.",)),
     "missing", "if-you-breach-these-terms"),
    # a template engine's variable is a blank
    ("R2", ((PREAMBLE,), ("To ask us to delete Student Data, the School's administrator emails "
                          "privacy@maplewood.example, and we delete the data within "
                          "{{DELETION_DAYS}} business days.",)),
     "weak", "a-template-variable"),
    # a definition opened by the terms it belongs to
    ("R1", ((PREAMBLE,), ('In these School Terms: "School Data" means information the School '
                          "owns and provides to us, including Student Information.",)),
     "missing", "in-these-school-terms-means"),
    # a governing-law section borrowed from another document names no state
    ("R9", ((PREAMBLE,), ("This page forms part of our Terms of Service, and the Governing Law "
                          "and Severability sections of those Terms apply to it.",)),
     "missing", "the-governing-law-section-of-those-terms"),
    # what a student makes, by its own names
    ("R11", ((PREAMBLE,), ("A student owns the lab notebooks and diagrams the student "
                           "creates.",)),
     "present", "notebooks-and-diagrams"),
    ("R11", ((PREAMBLE,), ("Each student's work belongs to that student and their family.",)),
     "present", "each-students-work"),
    # a residency handed on, an accompanist who follows a section
    ("R14", ((PREAMBLE,), ("We do not hand any part of a residency to another performer or "
                           "company without the School's written consent.",)),
     "weak", "another-performer-or-company"),
    ("R14", ((PREAMBLE,), ("The Artist may bring one accompanist to any workshop.",
                           "The Artist will make sure the accompanist follows Section 6.")),
     "weak", "the-accompanist-follows-section-6"),
    # a parent who would like to see the records
    ("R4", ((PREAMBLE,), ("If a parent would like to see what we hold about their child, the "
                          "school can ask us and we will send a copy within ten days.",)),
     "weak", "a-parent-would-like-to-see"),
    # the school's own purposes, and these School Terms' purposes
    ("R15c", ((PREAMBLE,), ("Maplewood shall collect, store and use Student Data only as "
                            "necessary to provide the Services to District and for District's "
                            "school transportation purposes.",)),
     "present", "the-districts-school-purposes"),
    ("R3", ((PREAMBLE,), ("We use Student Information only to provide the Service and for the "
                          "other purposes described in these School Terms.",)),
     "present", "purposes-described-in-these-school-terms"),
]  # fmt: skip

# Drafting beside each class that keeps its reading.
CONTROLS = [
    # a breach of the data, in the same paper
    ("R6a", ((PREAMBLE,), ("If Student Data is accessed without authorization, we will notify the "
                           "School within 48 hours.",)),
     "present", "a-breach-of-the-data"),
    # a filled-in period
    ("R2", ((PREAMBLE,), ("To ask us to delete Student Data, the School's administrator emails "
                          "privacy@maplewood.example, and we delete the data within ten business "
                          "days.",)),
     "present", "a-filled-in-period"),
    # a borrowed clause that names its state
    ("R9", ((PREAMBLE,), ("This page forms part of our Terms of Service, and the Governing Law "
                          "section of those Terms, which selects the laws of the State of "
                          "California, applies to it.",)),
     "weak", "a-borrowed-clause-naming-california"),
    # the school's own helpers, handed nothing
    ("R14", ((PREAMBLE,), ("The School may hand the attendance sheet to another teacher.",)),
     "missing", "the-schools-attendance-sheet"),
    # a vendor's purposes beside the school's
    ("R15c", ((PREAMBLE,), ("Maplewood shall collect, store and use Student Data only as "
                            "necessary to provide the Services and for Maplewood's product "
                            "research purposes.",)),
     "weak", "the-vendors-research-purposes"),
]  # fmt: skip

LIMIT = (
    "3.3 Maplewood shall not use Student Data for any purpose other than providing the Services, "
    "except as stated in Section 3.4."
)
DELETES = "When the Agreement ends, Maplewood deletes all Student Data and "

# A review of the round's patterns wrote sentences against them; each misreading it found is
# mended and kept here.
REVIEW = [
    # a Connecticut choice of law beside a borrowed severability clause; another paper's law
    # that is Connecticut's
    ("R9", ((PREAMBLE,), ("This Addendum is governed by the laws of the State of Connecticut, and "
                          "the Severability section of the Agreement applies to it.",)),
     "present", "connecticut-law-and-a-borrowed-severability"),
    ("R9", ((PREAMBLE,), ("The laws of the State of Connecticut govern this Rider.",
                          "All other matters under the Order Form remain governed by the law "
                          "named in the Order Form, namely the laws of the State of "
                          "Connecticut.")),
     "present", "namely-connecticuts"),
    # exceptions that keep student data, or leave what is kept to the vendor
    ("R7", ((PREAMBLE,), (DELETES + "keeps no copies, except billing records and each student's "
                          "assessment history.",)),
     "weak", "billing-records-and-assessment-history"),
    ("R7", ((PREAMBLE,), (DELETES + "keeps no copies, except where required for Maplewood's "
                          "product research.",)),
     "weak", "where-required-for-research"),
    ("R7", ((PREAMBLE,), (DELETES + "keeps no copies, except if the School has not paid its "
                          "final invoice.",)),
     "weak", "until-the-final-invoice-is-paid"),
    # a repeating day, a phase of the programme
    ("R7", ((PREAMBLE,), ("Maplewood will delete all Student Data at the end of the program's "
                          "pilot phase.",)),
     "weak", "the-programs-pilot-phase"),
    # an excepted section that adds new features beside the law's or the school's case
    ("R3", ((PREAMBLE,), (LIMIT,), ("3.4 Maplewood may disclose Student Data when required by "
                                    "law, and may use it to develop new features.",)),
     "weak", "the-law-and-new-features"),
    ("R3", ((PREAMBLE,), (LIMIT,), ("3.4 Maplewood may use Student Data to provide the Services, "
                                    "including reports on each student's growth.",)),
     "present", "reports-on-growth"),
    ("R3", ((PREAMBLE,), ("3.3 Maplewood shall not use Student Data for any purpose other than "
                          "providing the Services, except as stated in Section 3.4 of the "
                          "Agreement.",),
            ("3.4 Maplewood may use Student Data to maintain, support and improve the "
             "Services.",)),
     "present", "section-3-4-of-the-agreement"),
    ("R3", ((PREAMBLE,), ("3.3 Maplewood shall not use Student Data for any purpose other than "
                          "providing the Services, except as described in Section 3.4 of "
                          "Maplewood's Privacy Policy.",),
            ("3.4 Maplewood may use Student Data to maintain, support and improve the "
             "Services.",)),
     "weak", "section-3-4-of-its-policy"),
    # the school's volunteers; an unconditional promise after the records clause; "so is"
    ("R8", ((PREAMBLE,), ("Any volunteers the School placed in the classroom, will comply with "
                          "FERPA.",)),
     "missing", "the-schools-volunteers"),
    ("R8", ((PREAMBLE,), ("To the extent Student Data includes education records, the School "
                          "remains responsible for them, and Maplewood will comply with FERPA at "
                          "all times.",)),
     "present", "ferpa-at-all-times"),
    ("R8", ((PREAMBLE,), ("The School is subject to FERPA, and so is the Company, which will "
                          "comply with it.",)),
     "present", "and-so-is-the-company"),
    # names and records that are no student data
    ("R1", ((PREAMBLE,), ("Any names the School provides of its employees remain the property of "
                          "the School.",)),
     "missing", "names-of-its-employees"),
    ("R1", ((PREAMBLE,), ("All billing records remain the records of the District.",)),
     "missing", "billing-records"),
    # consent to something else; terms that do not protect the data
    ("R14", ((PREAMBLE,), ("I will not reschedule a class unless the School agrees in writing, and "
                           "a substitute may lead the class in my place if I am ill.",)),
     "missing", "consent-to-reschedule"),
    ("R14", ((PREAMBLE,), ("I may bring an assistant only with the School's written approval, and "
                           "my assistant follows this agreement's payment terms just as I do.",)),
     "weak", "this-agreements-payment-terms"),
    # a limited purpose is no unlimited licence
    ("R11", ((PREAMBLE,), ("Students own the comments they post, and Maplewood may use them for "
                           "any purpose described in this Agreement.",)),
     "present", "any-purpose-described-in-this-agreement"),
    ("R11", ((PREAMBLE,), ("Students own the comments they post, and Maplewood may use them for "
                           "the Service, never for any other purpose.",)),
     "present", "never-for-any-other-purpose"),
    # "notwithstanding anything to the contrary" strengthens a ban
    ("R15a", ((PREAMBLE,), ("Maplewood shall not engage in targeted advertising on the Service, "
                            "notwithstanding anything to the contrary in the Terms of Service, and "
                            "Maplewood and its partners will not use Student Data to target "
                            "ads.",)),
     "present", "notwithstanding-anything-to-the-contrary"),
    # information about the students seen; a log of lost equipment
    ("R6a", ((PREAMBLE,), ("If anyone has seen information about your students who should not "
                           "have, I will tell the School within 24 hours.",)),
     "present", "information-about-your-students-seen"),
    ("R6a", ((PREAMBLE,), ("I keep a log of lost or stolen equipment and incident reports for "
                           "three years and will give the District a copy within 30 days of its "
                           "request.",)),
     "missing", "a-log-of-lost-equipment"),
    # a disapplication with a harmless "other than"
    ("R6a", ((PREAMBLE,), ("5.1 The Provider shall notify the LEA within five (5) calendar days "
                           "of discovering a breach, and within two (2) calendar days where "
                           "misuse is imminent.",),
             ("7.2 Article V, Section 3 allows notice to be delayed at the request of law "
              "enforcement.",),
             ("5.4 The law enforcement delay in Article V, Section 3 does not apply to notices "
              "under this Section, other than notices already sent.",)),
     "present", "other-than-notices-already-sent"),
    # a definition with a promise in it; a template's control tag
    ("R15a", ((PREAMBLE,), ('In these Terms "we" and "us" refer to Maplewood, and we will never '
                            "sell Student Data or use it for targeted advertising.",)),
     "present", "in-these-terms-we-refers-to"),
    ("R2", ((PREAMBLE,), ("{% if state == 'CT' %}To ask us to delete Student Data, the School's "
                          "administrator emails privacy@maplewood.example, and we delete the data "
                          "within ten business days.{% endif %}",)),
     "present", "a-template-control-tag"),
    # the teachers' care is not the vendor's
    ("R5", ((PREAMBLE,), ("Maplewood maintains administrative, physical and technical safeguards "
                          "to protect Student Data, including encryption in transit and at "
                          "rest.", "The School agrees that its teachers will take reasonable "
                          "precautions with class lists.")),
     "present", "the-teachers-precautions"),
]  # fmt: skip

test_each_class_is_read_right = probe.reads_as_labelled(CASES)
test_the_reviews_sentences_are_read_right = probe.reads_as_labelled(REVIEW)
test_the_controls_keep_their_reading = probe.reads_as_labelled(CONTROLS)


@pytest.mark.parametrize(
    "state", ["Illinois, Nevada, or Connecticut", "Nevada, Utah and CT", "Connecticut and Nevada"]
)
def test_a_row_naming_connecticut_among_several_states_binds(
    library: ClauseLibrary, tmp_path: Path, state: str
) -> None:
    text = "\n\n".join([PREAMBLE, probe.states_table(state)])
    assert probe.file_statuses(library, tmp_path / "terms.md", text)["R15d"] == "present"


def test_a_schedule_of_this_agreement_ends_another_states_rider(
    library: ClauseLibrary, tmp_path: Path
) -> None:
    text = probe.after_a_rider(
        PREAMBLE,
        "Schedule B of this Agreement - Connecticut Schools. Maplewood will not sell, rent or "
        "trade Student Data.",
    )
    assert probe.file_statuses(library, tmp_path / "terms.txt", text)["R15d"] == "present"


@pytest.mark.parametrize(
    "wrapper", ["page page--with-nav", "layout-has-sidebar-nav", "content-with-toc"]
)
def test_a_layout_named_for_its_menu_is_read(wrapper: str) -> None:
    page = f'<html><body><div class="{wrapper}"><p>We delete Student Data.</p></div></body></html>'
    assert html_blocks(page) == ["We delete Student Data."]
