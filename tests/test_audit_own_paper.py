"""``audit`` on the project's own paper: every document the tool issues passes its own audit.

Every example profile and three made here (an operator with six subcontractors, a
consultant with three, a consultant whose profile names its master agreement, so an
addendum) are built for real under every edition of the clause library: the agreement or
addendum and each flow-down, as DOCX, as PDF and as a DOCX re-saved by LibreOffice. Each
is audited with the role of its profile, and no requirement that applies may be weak or
missing.

What a document must meet is what the compliance gate holds it to, the outline's
``requirements``: an agreement or an addendum, every requirement of the contractor's role
(an addendum controls over the vendor's base agreement, so it must carry every provision
itself rather than lean on paper the audit has not seen); a flow-down, provisions 1-13
(R1-R13), which paragraph 14 of the regulation requires in every sub-contract. Provisions
14 and 15 and the operator's permitted uses bind the contractor to CREC, not the
subcontractor to the contractor, and a flow-down does not carry them.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from crec_assemble.audit.findings import audit_file
from crec_assemble.inputs.profile import load_profile
from crec_assemble.library.clauses import ClauseLibrary, load_library
from crec_assemble.model import Requirement, Role
from crec_assemble.pipeline.converter import LibreOffice
from crec_assemble.pipeline.plan import Order, load_inputs, plan
from crec_assemble.pipeline.produce import produce
from crec_assemble.render.docx import read_template
from crec_assemble.resources import default_library, default_template

from conftest import BUILD_DATE, EXAMPLES, _Plain, consultant_profile, operator_profile

LIBRARY = load_library(default_library())
EDITIONS = [edition.name for edition in LIBRARY.editions]
FORMATS = ("docx", "pdf", "resaved-docx")


def _subcontractor(number: int) -> dict[str, Any]:
    return {
        "legal_name": f"Subcontractor {number} Services LLC",
        "service": f"Service {number}",
        "data": ["first_name", "last_name"],
        "consent_date": "2026-06-15",
        "address": f"{number} Harbor Drive, Portland, ME 04101",
        "signatory": {"name": f"Signer {number}", "title": "General Counsel"},
        "privacy_contact": {"name": "Privacy Office", "email": f"privacy{number}@sub.example"},
    }


def _generated() -> dict[str, dict[str, Any]]:
    """Profiles with many subcontractors, and a consultant's addendum (no example has one)."""
    operator = operator_profile(
        **{
            "contractor.legal_name": "Sixfold Learning, Inc.",
            "subcontractors": [_subcontractor(n) for n in range(1, 7)],
        }
    )
    consultant = consultant_profile()
    consultant["contractor"]["legal_name"] = "Threefold Evaluation LLC"
    consultant["subcontractors"] = [_subcontractor(n) for n in range(1, 4)]
    addendum = copy.deepcopy(consultant)
    addendum["contractor"]["legal_name"] = "Master Terms Consulting LLC"
    addendum["services"]["master_agreement"] = {"title": "Consulting Terms", "date": "2026-06-01"}
    addendum["subcontractors"] = [_subcontractor(7)]
    return {
        "operator-6-subcontractors": operator,
        "consultant-3-subcontractors": consultant,
        "consultant-addendum": addendum,
    }


GENERATED = _generated()
PROFILES: dict[str, dict[str, Any]] = {
    **{path.stem: yaml.safe_load(path.read_text(encoding="utf-8")) for path in EXAMPLES},
    **GENERATED,
}


def _documents(data: dict[str, Any]) -> list[str]:
    """The documents a profile is issued, in the order ``build`` writes them."""
    main = "addendum" if data["services"].get("master_agreement") else "agreement"
    return [main, *(f"flowdown-{n}" for n in range(1, len(data.get("subcontractors", [])) + 1))]


CASES = [
    (profile, edition, document, fmt)
    for profile, data in PROFILES.items()
    for edition in EDITIONS
    for document in _documents(data)
    for fmt in FORMATS
]


@dataclass(frozen=True)
class Issued:
    """One issued file, with the role and requirements it is audited against."""

    path: Path
    role: Role
    requirements: tuple[Requirement, ...]


def _requirements(library: ClauseLibrary, kind: str) -> tuple[Requirement, ...]:
    """What the compliance gate holds a document of this kind to: the outline's list."""
    wanted = library.outline(kind).requirements
    if wanted is None:
        return library.requirements
    return tuple(r for r in library.requirements if r.id in wanted)


def _build_date(edition: str) -> date:
    return max(BUILD_DATE, LIBRARY.edition(edition, BUILD_DATE).effective)


@pytest.fixture(scope="module")
def issued(
    libreoffice: str, tmp_path_factory: pytest.TempPathFactory
) -> dict[tuple[str, ...], Issued]:
    """Every profile's documents under every edition, built in one batch (one LibreOffice
    for the PDFs), then every DOCX re-saved by one more LibreOffice."""
    root = tmp_path_factory.mktemp("own-paper")
    paths = {path.stem: path for path in EXAMPLES}
    for name, data in GENERATED.items():
        paths[name] = root / f"{name}.yaml"
        paths[name].write_text(yaml.dump(data, Dumper=_Plain, sort_keys=False), encoding="utf-8")
    planned, keys = [], []
    for edition in EDITIONS:
        inputs = load_inputs(list(paths.values()), build_date=_build_date(edition), edition=edition)
        for one in plan(inputs, [Order(("docx", "pdf"), None, flowdowns=True)]):
            planned.append(replace(one, stem=f"{edition}-{one.stem}"))
            keys.append(edition)
    out = root / "out"
    produced = produce(planned, out=out, force=False, template=read_template(default_template()))
    docx = [o.path for d in produced for o in d.outputs if o.format == "docx"]
    with LibreOffice() as converter:
        resaved = dict(zip(docx, converter.convert(docx, root / "resaved", to="docx"), strict=True))
    stems = {path: stem for stem, path in paths.items()}
    found: dict[tuple[str, ...], Issued] = {}
    counts: dict[tuple[str, str], int] = {}
    for edition, document in zip(keys, produced, strict=True):
        profile = stems[document.profile]
        role = load_profile(document.profile).contractor.role
        label = document.kind
        if document.kind == "flowdown":
            counts[profile, edition] = counts.get((profile, edition), 0) + 1
            label = f"flowdown-{counts[profile, edition]}"
        requirements = _requirements(LIBRARY, document.kind)
        files: dict[str, Path] = {o.format: o.path for o in document.outputs}
        files["resaved-docx"] = resaved[files["docx"]]
        for fmt, path in files.items():
            found[profile, edition, label, fmt] = Issued(path, role, requirements)
    return found


def it_builds_every_document_the_sweep_names(issued: dict[tuple[str, ...], Issued]) -> None:
    """The cases below are exactly what was built: none left out, none unaudited."""
    assert sorted(issued) == sorted(CASES)


@pytest.mark.parametrize(
    ("profile", "edition", "document", "fmt"), CASES, ids=["/".join(case) for case in CASES]
)
def it_finds_nothing_weak_or_missing_in_what_it_issues(
    issued: dict[tuple[str, ...], Issued], profile: str, edition: str, document: str, fmt: str
) -> None:
    target = issued[profile, edition, document, fmt]
    findings = audit_file(target.path, target.role, target.requirements)
    assert findings, "no requirement was judged"
    gaps = [
        f"{f.requirement.id} {f.status}: {f.why} ({f.sentence.text[:160] if f.sentence else ''})"
        for f in findings
        if f.status != "present"
    ]
    assert gaps == []
