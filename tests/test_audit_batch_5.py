"""Classes of misreading found in batch 5 (tests/corpus/heldout-5/), held out until
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
        # 9: Connecticut law for one part of the paper, another law for the rest
        ("R9", ("Schedule 2 is governed by the laws of the State of Connecticut.",
                "The Platform Terms are governed by the laws of the State of Utah."), "weak"),
        ("R9", ("This Addendum shall be governed by the laws of the State of Connecticut.",
                "The Platform Terms are governed by the laws of England and Wales."), "weak"),
        ("R9", ("This Addendum shall be governed by the laws of the State of Connecticut.",
                "The Platform Terms are governed by the laws of the State of Utah.",
                "Where the two differ, this Addendum shall prevail."), "weak"),
        # 10: severability borrowed from another document
        ("R10", ("Severability under this Schedule is governed by Clause 22.1 of the Platform "
                 "Terms.",), "weak"),
        ("R10", ("Clauses 22.1 (Severability) and 22.4 (Waiver) of the Platform Terms, at "
                 "https://terms.vendor.example/v2, are incorporated herein by reference.",),
         "weak"),
        # 5: the promise taken back by what no safeguard can be
        ("R5", ("Vendor shall maintain administrative and technical safeguards for Student "
                "Data.",
                "The Board accepts that no safeguards are infallible."), "weak"),
    ],
    ids=["a-schedule-and-utah", "an-addendum-and-england", "the-addendum-prevails-but-governs-part",
         "severability-governed-by-a-clause-elsewhere", "incorporated-by-reference",
         "no-safeguard-is-infallible"],
)  # fmt: skip
def it_reads_batch_5s_drafting(
    library: ClauseLibrary, requirement: str, texts: tuple[str, ...], status: str
) -> None:
    assert probe.status(library, requirement, probe.apart(*texts)) == status
