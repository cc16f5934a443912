"""Vendor addenda and subcontractor flow-downs (provisions 14 and 1-13)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from docx import Document

from crec_assemble.assembly.assemble import assemble
from crec_assemble.inputs.profile import load_profile
from crec_assemble.library.clauses import ClauseLibrary
from crec_assemble.model import Agreement, ESign, Issuer
from crec_assemble.pipeline.build import build
from crec_assemble.pipeline.plan import BuildOptions
from crec_assemble.pipeline.produce import Produced
from crec_assemble.verify import verify

from conftest import BUILD_DATE, EXAMPLES, WriteProfile, consultant_profile, operator_profile

MASTER = {"title": "Acme Master Subscription Agreement", "date": "2026-05-01"}
FLOWED = (
    "data-ownership", "student-generated-content", "authorized-use", "targeted-advertising",
    "security-confidentiality", "security-standards", "breach-notification",
    "breach-notification-operator", "review-and-correction", "deletion-requests", "retention",
    "ferpa", "governing-law", "severability",
)  # fmt: skip


def _text(document: Agreement, clause_id: str) -> str:
    (section,) = [s for s in document.sections if s.clause.id == clause_id]
    blocks = section.blocks[1:] if section.number else section.blocks  # without the heading
    return "\n".join(block.text for block in blocks if block.kind != "signatures")


def _documents(
    write_profile: WriteProfile,
    library: ClauseLibrary,
    issuer: Issuer,
    data: dict[str, object],
    kind: str = "agreement",
) -> tuple[Agreement, list[Agreement]]:
    profile = load_profile(write_profile(data))
    main = assemble(profile, issuer, library, build_date=BUILD_DATE, kind=kind)
    flowdowns = [
        assemble(
            profile,
            issuer,
            library,
            build_date=BUILD_DATE,
            kind="flowdown",
            parent=main.as_parent(),
            subcontractor=sub,
        )
        for sub in profile.subcontractors
    ]
    return main, flowdowns


def it_builds_an_addendum_to_the_vendors_master_agreement(
    write_profile: WriteProfile, library: ClauseLibrary, issuer: Issuer
) -> None:
    data = operator_profile(**{"services.master_agreement": MASTER})
    main, _ = _documents(write_profile, library, issuer, data, kind="addendum")
    assert main.title == "Student Data Privacy Addendum"
    parties = _text(main, "addendum-parties")
    assert re.search(r"Acme Master Subscription Agreement\b.{0,40} dated May 1, 2026", parties)
    precedence = _text(main, "addendum-precedence")
    for term in ("Master Agreement", "terms of service", "click-through", "privacy policy"):
        assert term in precedence, term
    assert main.unmet == ()
    agreement, _ = _documents(write_profile, library, issuer, data)
    assert set(main.requirements) == set(agreement.requirements)  # the gate is unchanged


def it_builds_an_addendum_when_the_profile_names_a_master_agreement(
    write_profile: WriteProfile, tmp_path: Path
) -> None:
    path = write_profile(operator_profile(**{"services.master_agreement": MASTER}))
    options = BuildOptions(out=tmp_path / "a", format="docx", build_date=BUILD_DATE)
    main, *_ = build([path], options)
    assert main.kind == "addendum"
    assert main.outputs[0].path.name == "acme-learning-inc-addendum.docx"
    forced = BuildOptions(out=tmp_path / "b", format="docx", build_date=BUILD_DATE,
                          kind="agreement")  # fmt: skip
    assert build([path], forced)[0].kind == "agreement"


def it_can_force_an_addendum_without_a_named_master_agreement(
    write_profile: WriteProfile, library: ClauseLibrary, issuer: Issuer
) -> None:
    main, _ = _documents(write_profile, library, issuer, operator_profile(), kind="addendum")
    assert main.unmet == ()
    assert "Master Agreement" in _text(main, "addendum-parties")


@pytest.mark.parametrize("data", [operator_profile(), consultant_profile()],
                         ids=["operator", "consultant"])  # fmt: skip
def it_flows_down_provisions_1_to_13_in_the_agreements_words(
    write_profile: WriteProfile,
    library: ClauseLibrary,
    issuer: Issuer,
    data: dict[str, object],
) -> None:
    main, (flowdown,) = _documents(write_profile, library, issuer, data)
    assert flowdown.unmet == ()
    assert flowdown.parent_id == main.id
    main_versions = {s.clause.id: s.clause for s in main.sections}
    flowed = [s.clause for s in flowdown.sections if s.clause.id in FLOWED]
    assert flowed, "provisions 1-13 are in the flow-down"
    for clause in flowed:
        assert clause == main_versions[clause.id], f"{clause.id}: same clause version"
    for clause_id in ("ferpa", "security-standards", "targeted-advertising",
                      "governing-law", "severability"):  # fmt: skip
        words = re.sub(r"\bContractor\b", "Subcontractor", _text(main, clause_id))
        assert _text(flowdown, clause_id) == words, clause_id
    requirements = {f"R{n}" for n in range(1, 14)} - {"R6"}
    assert requirements - {"R6"} <= set(flowdown.requirements) | {"R6"}
    assert "R14" not in flowdown.requirements


@pytest.mark.parametrize("accounts", [False, True], ids=["no-accounts", "content-accounts"])
def it_prints_every_flowed_provision_as_the_agreement_does_with_roles_swapped(
    write_profile: WriteProfile, library: ClauseLibrary, issuer: Issuer, accounts: bool
) -> None:
    """A subcontractor with the contractor's own data and contacts reads the same words."""
    profile = operator_profile(**{"data.content_accounts": accounts})
    twin = {
        "legal_name": "Twin Hosting LLC", "service": "Hosting", "consent_date": "2026-06-15",
        "address": profile["contractor"]["address"],
        "signatory": profile["contractor"]["signatory"],
        "privacy_contact": profile["contractor"]["privacy_contact"],
        "data": [*profile["data"]["student_information"],
                 *profile["data"]["directory_information"],
                 "student_records", "student_generated_content"],
    }  # fmt: skip
    profile["subcontractors"] = [twin]
    main, (flowdown,) = _documents(write_profile, library, issuer, profile)

    def normalised(document: Agreement, clause_id: str, swap: bool) -> str:
        text = re.sub(r"Sections? [\d, ]+(through|and|of the Agreement|[\d, ])*", "§",
                      _text(document, clause_id))  # fmt: skip
        text = text.replace("Acme Learning, Inc.", "Twin Hosting LLC")
        return re.sub(r"\bContractor\b", "Subcontractor", text) if swap else text

    for clause_id in FLOWED:
        assert normalised(flowdown, clause_id, False) == normalised(main, clause_id, True), (
            clause_id
        )


def it_records_crecs_consent_and_binds_the_subcontractor(
    write_profile: WriteProfile, library: ClauseLibrary, issuer: Issuer
) -> None:
    _, (flowdown,) = _documents(write_profile, library, issuer, operator_profile())
    text = "\n".join(b.text for s in flowdown.sections for b in s.blocks)
    assert "June 15, 2026" in text  # CREC's written consent
    assert "Northwind Hosting LLC" in text
    assert [p.role for p in flowdown.parties] == ["contractor", "subcontractor"]
    assert flowdown.parties[1].organisation == "Northwind Hosting LLC"
    exhibit = _text(flowdown, "exhibit-b-student-data")
    assert "First name" in exhibit and "Grades" not in exhibit  # only its own data


def it_writes_flowdowns_beside_the_agreement_with_signature_fields(
    built_examples: list[Produced], tmp_path: Path
) -> None:
    from pypdf import PdfReader

    flowdowns = [d for d in built_examples if d.kind == "flowdown"]
    mains = {d.profile: d.id for d in built_examples if d.kind != "flowdown"}
    assert len(flowdowns) == 3
    for document in flowdowns:
        assert document.manifest["agreement"]["parent"] == mains[document.profile]
        pdf = next(o.path for o in document.outputs if o.format == "pdf")
        assert set(PdfReader(str(pdf)).get_fields() or {}) == {
            "Signature-Contractor", "Signature-Subcontractor"
        }  # fmt: skip
        for output in document.outputs:
            assert verify(output.path).intact


@pytest.mark.parametrize(
    ("service", "anchors"),
    [("docusign", ["\\s1\\", "\\n1\\", "\\t1\\", "\\d1\\", "\\s2\\", "\\d2\\"]),
     ("adobe", ["{{Sig_es_:signer1:signature}}", "{{N_es_:signer2:fullname}}",
                "{{Ttl_es_:signer1:title}}", "{{Dte_es_:signer2:date}}"])],
)  # fmt: skip
def it_places_invisible_e_signature_anchors_on_every_signature_line(
    tmp_path: Path, service: ESign, anchors: list[str]
) -> None:
    options = BuildOptions(out=tmp_path, format="docx", build_date=BUILD_DATE, esign=service)
    main, *_ = build(EXAMPLES[1:2], options)
    table = Document(str(main.outputs[0].path)).tables[0]
    cells = {cell.text for row in table.rows for cell in row.cells}
    for anchor in anchors:
        assert any(anchor in text for text in cells), anchor
    tags = {"s": "Sig", "n": "N", "t": "Ttl", "d": "Dte"}
    for row, line in zip(table.rows[1:], "sntd", strict=True):
        for column, cell in enumerate(row.cells, 1):
            expected = (
                f"\\{line}{column}\\" if service == "docusign"
                else f"{{{{{tags[line]}_es_:signer{column}:"
            )  # fmt: skip
            hidden = [r for p in cell.paragraphs for r in p.runs if expected in r.text]
            assert hidden, (line, column, cell.text)
            assert all(str(r.font.color.rgb) == "FFFFFF" for r in hidden)  # invisible
    assert verify(main.outputs[0].path).intact
