"""Who signs: an outline's signatories, one of them perhaps only with a clause, and the
signature table that gives a third signatory (CREC, consenting to a flow-down) its place."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
import yaml
from docx import Document

from crec_assemble.assembly.assemble import assemble
from crec_assemble.assembly.signatures import signature_rows
from crec_assemble.errors import InputError
from crec_assemble.inputs.profile import load_profile
from crec_assemble.issued.rebuild import rebuild
from crec_assemble.library.clauses import ClauseLibrary, load_library
from crec_assemble.library.editions import compose_edition, dump_edition
from crec_assemble.model import Agreement, Issuer, Signer
from crec_assemble.pipeline.build import build
from crec_assemble.pipeline.plan import BuildOptions
from crec_assemble.resources import default_library
from crec_assemble.verify import verify

from conftest import BUILD_DATE, EXAMPLES

RIVERBEND = EXAMPLES[3]
# A stand-in for counsel's clause: these tests need only that an edition pins it.
CONSENT = """---
id: flowdown-consent
version: 0.1.0
effective: 2026-08-01
title: Consent and Acknowledgment
satisfies: []
applies_to: all
changes: 'Test: the issuer consents to the sub-contract.'
---
{{ issuer.name }} signs this Addendum below to consent to the Sub-Contract.
"""


@pytest.fixture
def consent_library(tmp_path: Path) -> Path:
    """The shipped library plus a flow-down consent clause, pinned by an edition 2026-08
    that is otherwise 2026-07."""
    root = tmp_path / "clauses"
    shutil.copytree(default_library(), root)
    (root / "flowdown-consent").mkdir(exist_ok=True)
    (root / "flowdown-consent" / "0.1.0.md").write_text(CONSENT, encoding="utf-8")
    outline = yaml.safe_load((root / "outline.yaml").read_text(encoding="utf-8"))
    body = outline["documents"]["flowdown"]["body"]
    if "flowdown-consent" not in body:
        body.insert(body.index("flowdown-general"), "flowdown-consent")
    (root / "outline.yaml").write_text(yaml.safe_dump(outline, sort_keys=False))
    library = load_library(root)
    first = library.edition("2026-07", BUILD_DATE)
    pinned = [library.get(f"{key}@{version}") for key, version in first.versions.items()]
    edition = compose_edition("2026-08", date(2026, 8, 1),
                              [*pinned, library.get("flowdown-consent@0.1.0")], first)  # fmt: skip
    (root / "editions" / "2026-08.yaml").write_bytes(dump_edition(edition))
    return root


def _flowdown(library: ClauseLibrary, issuer: Issuer, edition: str) -> Agreement:
    profile = load_profile(RIVERBEND)
    chosen = library.edition(edition, BUILD_DATE)
    main = assemble(profile, issuer, library, build_date=BUILD_DATE, kind="addendum",
                    edition=chosen)  # fmt: skip
    return assemble(
        profile, issuer, library, build_date=BUILD_DATE, kind="flowdown", edition=chosen,
        parent=main.as_parent(), subcontractor=profile.subcontractors[0], esign="docusign",
    )  # fmt: skip


def it_reads_a_signatory_who_signs_only_with_a_clause(library: ClauseLibrary) -> None:
    assert library.outline("flowdown").signatories == (
        Signer("contractor"), Signer("subcontractor"), Signer("issuer", "flowdown-consent")
    )  # fmt: skip
    assert library.outline("agreement").signatories == (Signer("issuer"), Signer("contractor"))


@pytest.mark.parametrize(
    ("signatories", "message"),
    [
        ("[contractor, {party: issuer}]", "signatories[1].with: required field is missing"),
        ("[contractor, {party: board, with: ferpa}]",
         "signatories[1].party: 'board' is not a signatory; use one of: issuer, contractor, "
         "subcontractor"),
        ("[contractor, {party: issuer, with: ferpa, when: always}]",
         "signatories[1].when: unknown field"),
        ("[contractor, {party: issuer, with: Consent Clause}]",
         "signatories[1].with: must be a clause id, not 'Consent Clause'"),
        ("[contractor, subcontractor, {party: contractor, with: ferpa}]",
         "signatories[2]: contractor signs twice"),
        ("[contractor, subcontractor, {party: issuer, with: flowdown-consnt}]",
         "signatories[2]: issuer signs only with clause 'flowdown-consnt', which the flowdown "
         "does not list"),
    ],
    ids=["no-clause", "unknown-party", "unknown-key", "not-an-id", "twice", "misspelt-clause"],
)  # fmt: skip
def it_rejects_a_signatory_it_cannot_read(
    library_copy: Path, signatories: str, message: str
) -> None:
    outline = library_copy / "outline.yaml"
    lines = outline.read_text().splitlines()
    (at,) = [n for n, line in enumerate(lines) if "[contractor, subcontractor, {" in line]
    lines[at] = f"    signatories: {signatories}"
    outline.write_text("\n".join(lines) + "\n")
    with pytest.raises(InputError) as raised:
        load_library(library_copy)
    assert f"outline.yaml:{at + 1}: documents.flowdown.{message}" in str(raised.value)


def it_has_two_signatories_where_the_edition_lacks_the_clause(
    consent_library: Path, issuer: Issuer
) -> None:
    flowdown = _flowdown(load_library(consent_library), issuer, "2026-07")
    assert [party.role for party in flowdown.parties] == ["contractor", "subcontractor"]


def it_has_the_issuer_sign_last_where_the_edition_pins_the_clause(
    consent_library: Path, issuer: Issuer
) -> None:
    flowdown = _flowdown(load_library(consent_library), issuer, "2026-08")
    assert [party.role for party in flowdown.parties] == ["contractor", "subcontractor", "issuer"]
    crec = flowdown.parties[2]
    assert (crec.organisation, crec.signer_title) == (issuer.name, issuer.signatory.title)
    words = flowdown.sections[-2].blocks[-1].text  # the table follows the last body clause
    assert "Capitol Region Education Council" in words and "\\s3\\" in words


def it_stacks_a_third_signatory_under_the_first(consent_library: Path, issuer: Issuer) -> None:
    parties = _flowdown(load_library(consent_library), issuer, "2026-08").parties
    rows = signature_rows(parties)
    assert [len(left) for left, _ in rows] == [1, 1, 1, 1, 9]  # its date, a blank, then CREC
    assert [len(right) for _, right in rows] == [1, 1, 1, 1, 1]
    first_date, *stacked = rows[4][0]
    assert first_date == parties[0].cells[4]
    assert stacked == [(), parties[2].cells[0], (), (), *parties[2].cells[1:]]


@pytest.mark.usefixtures("libreoffice")
def it_builds_a_three_party_flowdown_that_verifies_and_rebuilds(
    consent_library: Path, issuer: Issuer, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    options = BuildOptions(out=tmp_path / "out", library=consent_library, build_date=BUILD_DATE)
    (flowdown,) = [d for d in build([RIVERBEND], options) if d.kind == "flowdown"]
    docx, pdf = (next(o.path for o in flowdown.outputs if o.format == f) for f in ("docx", "pdf"))
    table = Document(str(docx)).tables[0]
    crec = table.rows[-1].cells[0].text  # under the contractor, in the left column
    assert f"{issuer.name}\n" in crec and f"Title: {issuer.signatory.title}" in crec
    fields = {
        str(annotation.get_object()["/T"]): [float(x) for x in annotation.get_object()["/Rect"]]
        for page in PdfReader(str(pdf)).pages
        for annotation in page.get("/Annots") or []
    }
    assert set(fields) == {"Signature-Contractor", "Signature-Subcontractor", "Signature-Issuer"}
    assert fields["Signature-Issuer"][0] == fields["Signature-Contractor"][0]  # same column
    assert fields["Signature-Issuer"][1] < fields["Signature-Contractor"][1]  # below it
    for path in (docx, pdf):
        assert verify(path).intact, path.name
    again = rebuild(docx, out=tmp_path / "rebuilt", library=consent_library)
    assert again.identical
