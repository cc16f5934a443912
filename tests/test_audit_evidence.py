"""Every present or weak verdict quotes the vendor obligation that decided it: never a
definition, recital, heading, reference to another document or a duty of the school."""

from __future__ import annotations

from pathlib import Path

import pytest

from crec_assemble import BuildOptions, build
from crec_assemble.audit.findings import AuditFinding, audit_file
from crec_assemble.audit.parties import vendor_names
from crec_assemble.audit.reader import read_sentences
from crec_assemble.audit.sentences import classify
from crec_assemble.library.clauses import ClauseLibrary
from crec_assemble.model import ROLES

from audit_corpus import CORPUS, labels
from conftest import EXAMPLES


def _quoted_but_not_the_vendors(findings: list[AuditFinding], path: Path) -> list[str]:
    """The present and weak findings whose passage does not bind the vendor, read as the
    audit reads it: with the contractor's own defined names ("Harbor") as the contractor."""
    names = vendor_names(read_sentences(path))
    wrong = []
    for finding in findings:
        if finding.status == "missing":
            continue
        if finding.sentence is None:
            wrong.append(f"{finding.requirement.id}: {finding.status} with no passage quoted")
            continue
        reading = classify(finding.sentence, names)
        if not reading.binds_vendor:
            wrong.append(f"{finding.requirement.id}: {reading.kind}: {finding.sentence.text}")
    return wrong


@pytest.fixture(scope="module")
def own_paper(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """CREC's own agreements, addenda and flow-downs for every example profile, as DOCX."""
    out = tmp_path_factory.mktemp("own-paper")
    build(EXAMPLES, BuildOptions(out=out, format="docx"))
    return sorted(out.rglob("*.docx"))


@pytest.mark.parametrize("name", sorted(labels()), ids=str)
def it_quotes_a_vendor_obligation_for_every_verdict_on_the_corpus(
    name: str, library: ClauseLibrary
) -> None:
    role = labels()[name]["role"]
    findings = audit_file(CORPUS / name, role, library.requirements)
    assert _quoted_but_not_the_vendors(findings, CORPUS / name) == []


def it_quotes_a_vendor_obligation_for_every_verdict_on_crecs_own_paper(
    own_paper: list[Path], library: ClauseLibrary
) -> None:
    assert len(own_paper) >= 6  # agreements, an addendum and flow-downs
    wrong = {
        f"{path.name} as {role}": found
        for path in own_paper
        for role in ROLES
        if (
            found := _quoted_but_not_the_vendors(audit_file(path, role, library.requirements), path)
        )
    }
    assert wrong == {}
