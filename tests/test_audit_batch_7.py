"""Classes of misreading found in batch 7 (tests/corpus/heldout-7/), held out until
2026-12-01 and development since, each read right.

Each case is a sentence of the class, written for the test in words of its own, not a
corpus document's.
"""

from __future__ import annotations

import pytest

import audit_probes as probe
from crec_assemble.library.clauses import ClauseLibrary


@pytest.mark.parametrize(
    ("requirement", "texts", "status"),
    [
        # 13, 15(a), 15(b): the school's consent does not lift the ban on targeted advertising
        ("R13", ("The Firm will not use pupil records for targeted advertising unless the "
                 "Board first approves it in writing.",), "weak"),
        ("R15a", ("The Firm will not use pupil records for targeted advertising unless the "
                  "Board first approves it in writing.",), "weak"),
        ("R15b", ("The Firm will not use pupil records for targeted advertising unless the "
                  "Board first approves it in writing.",), "weak"),
        ("R13", ("The Firm will not use pupil records for targeted advertising.",), "present"),
        # … nor does a next sentence that names the one exception
        ("R13", ("The Firm will not use pupil records to target advertising to pupils.",
                 "The one exception is that the Firm may show families offers for its summer "
                 "camps."), "weak"),
        ("R15a", ("The Firm never uses pupil records to target advertising to pupils.",
                  "The only exception is banner offers for Firm Gold."), "weak"),
        # U1 and 15(c): telling families of the vendor's paid tier or other wares, promoting
        # the service, models made for other customers
        ("U1", ("The Firm may use pupil records to run the reading service and to tell families "
                "about Firm Gold, our paid home edition, and other Firm reading titles.",),
         "weak"),
        ("U1", ("The Firm uses pupil records to run, support and improve the service and to "
                "promote the service.",), "weak"),
        ("U1", ("The Firm may use pupil records to train scoring models that it may offer to "
                "its other customers.",), "weak"),
        ("U1", ("The Firm uses pupil records to run, support and improve the service.",),
         "present"),
        ("R15c", ("The Firm shall not collect or keep pupil records for anything other than "
                  "school purposes or internal research.",), "weak"),
        ("R15c", ("The Firm shall not collect or keep pupil records for anything other than "
                  "school purposes.",), "present"),
    ],
    ids=["consent-13", "consent-15a", "consent-15b", "no-consent-13", "one-exception-next-13",
         "only-exception-next-15a", "paid-tier-and-other-titles", "promote-the-service",
         "models-for-other-customers", "the-four-uses", "internal-research",
         "school-purposes-only"],
)  # fmt: skip
def it_reads_batch_7s_drafting(
    library: ClauseLibrary, requirement: str, texts: tuple[str, ...], status: str
) -> None:
    assert probe.status(library, requirement, probe.clause(*texts)) == status
