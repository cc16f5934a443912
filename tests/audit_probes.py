"""Sentence-level probes of the audit: a few sentences, laid out as a clause or as
paragraphs, judged against one requirement. Shared by the tests of the audit's readings
(tests/test_audit_classes.py, test_audit_family_a.py, test_audit_family_b.py,
test_audit_batch3b.py), so each test reads as the drafting it probes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest

from crec_assemble.audit.findings import AuditFinding, audit_file, audit_sentences
from crec_assemble.audit.reader import Sentence
from crec_assemble.library.clauses import ClauseLibrary
from crec_assemble.model import Role

# The opening paragraphs of the batches' cases: a vendor's own paper, and a consultant's terms.
PREAMBLE = 'Maplewood Learning, Inc. ("Maplewood") provides the Service to the School.'
ARTIST = (
    'These Terms apply to every workshop that Jane Rivera Music LLC (the "Artist") '
    'delivers for a school, district or other education provider (the "Host").'
)
# The statute's six cases of disclosure, as a limit writes them in one paragraph.
SIX_CASES = (
    "8.3 Provider shall not disclose Student Data except: (A) in furtherance of School "
    "Purposes of the Service, to a recipient that uses it to improve the operability and "
    "functionality of the Service and has implemented the security procedures of this "
    "Addendum; (B) to ensure legal and regulatory compliance; (C) to respond to judicial "
    "process; (D) to protect the safety of users or others or the security of the Service; "
    "(E) to an entity hired by Provider to provide services for the Service, provided "
    "Provider contractually (i) prohibits the entity from using Student Data for any "
    "purpose other than providing the contracted service, (ii) prohibits the entity from "
    "disclosing Student Data to subsequent third parties, and (iii) requires the entity to "
    "implement and maintain reasonable security procedures and practices; (F) for a school "
    "purpose requested by a student or parent, provided the data is not used for any other "
    "purpose"
)


def clause(*texts: str) -> list[Sentence]:
    """Sentences of one paragraph: one clause of the contract."""
    return [Sentence(text, "paragraph 1", 1) for text in texts]


def apart(*texts: str) -> list[Sentence]:
    """Sentences each in a paragraph of its own."""
    return [Sentence(text, f"paragraph {n}", n) for n, text in enumerate(texts, 1)]


def paragraphs(*groups: tuple[str, ...]) -> list[Sentence]:
    """Each group's sentences in a paragraph of its own: clauses side by side."""
    return [
        Sentence(text, f"paragraph {n}", n) for n, group in enumerate(groups, 1) for text in group
    ]


Paragraphs = tuple[tuple[str, ...], ...]
"""Sentences grouped by paragraph, as a table of cases writes them for :func:`paragraphs`."""


def paragraph_cases(
    table: Sequence[tuple[Any, ...]], *, with_role: bool = False
) -> pytest.MarkDecorator:
    """Parametrize a test by a table of (requirement, paragraphs, status, id) cases, each
    named by its id: the tables of the batches' classes and of the drafting near them. With
    ``with_role``, a ``role`` parameter too, from a case's optional fifth item ("consultant"
    for a consultant's letter; "operator" where there is none)."""
    names = ("requirement", "paragraphs", "status", *(("role",) if with_role else ()))
    return pytest.mark.parametrize(
        names,
        [
            (*case[:3], *((case[4] if len(case) > 4 else "operator",) if with_role else ()))
            for case in table
        ],
        ids=[case[3] for case in table],
    )


def reads_as_labelled(table: Sequence[tuple[Any, ...]]) -> Callable[..., None]:
    """A test that each case of ``table`` (as :func:`paragraph_cases` takes it, its role
    too) is read as labelled: the one test every batch's table of classes and of controls
    runs."""

    judged, laid_out = status, paragraphs  # the parameters below take these names

    @paragraph_cases(table, with_role=True)
    def test(
        library: ClauseLibrary, requirement: str, paragraphs: Paragraphs, status: str, role: Role
    ) -> None:
        assert judged(library, requirement, laid_out(*paragraphs), role) == status

    return test


def finding(
    library: ClauseLibrary, requirement: str, sentences: list[Sentence], role: Role = "operator"
) -> AuditFinding:
    """The audit's finding on ``requirement`` for these sentences alone."""
    findings = audit_sentences(sentences, library.requirements, role)
    (found,) = [f for f in findings if f.requirement.id == requirement]
    return found


def status(
    library: ClauseLibrary, requirement: str, sentences: list[Sentence], role: Role = "operator"
) -> str:
    """present, weak or missing."""
    return finding(library, requirement, sentences, role).status


def file_statuses(
    library: ClauseLibrary, paper: Path, text: str, role: Role = "operator"
) -> dict[str, str]:
    """Each requirement's status for ``text`` written to ``paper`` and read as a whole file:
    tables, headings and other states' sections are the reader's, which the sentence probes
    skip."""
    paper.write_text(text, encoding="utf-8")
    return {f.requirement.id: f.status for f in audit_file(paper, role, library.requirements)}


def general_terms(count: int) -> str:
    """``count`` numbered paragraphs of a vendor's general terms that promise nothing: enough
    of them before a state's section make it a supplement to them, not a title page."""
    return "\n\n".join(
        f"1.{n} The Service is provided to the School as the Order Form describes, part {n}."
        for n in range(1, count + 1)
    )


def states_table(states: str) -> str:
    """A Markdown table of states' terms whose one row, for ``states`` ("Illinois, Nevada"),
    forbids selling the data (provision 15(d))."""
    return (
        f"| State | Additional terms |\n|---|---|\n| {states} | For Customers in these states, "
        "Maplewood will not sell, rent or trade Student Data. |"
    )


NEW_YORK_RIDER = (
    "Schedule A - Student Data Privacy Rider (New York) A.1 Scope.\nThis Rider applies only to "
    "schools in New York. A.2 Maplewood will comply with Education Law 2-d."
)
"""Another state's rider, its first clause titled by its scope as a PDF's lines may give it."""


def after_a_rider(preamble: str, paragraph: str) -> str:
    """A paper of general terms, then :data:`NEW_YORK_RIDER`, then ``paragraph``: whether the
    paragraph is still the rider's or the general terms' again."""
    return "\n\n".join([preamble, general_terms(22), NEW_YORK_RIDER, paragraph])
