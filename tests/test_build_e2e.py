"""End to end with the real LibreOffice: every example built, then opened with
python-docx and pypdf and checked as a signer would receive it."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from crec_assemble.library.wording import squeeze
from crec_assemble.pipeline.build import build
from crec_assemble.pipeline.plan import BuildOptions
from crec_assemble.pipeline.produce import Produced
from crec_assemble.render.manifest import read_manifest_file
from crec_assemble.verify import verify

from conftest import BUILD_DATE, EXAMPLES, docx_text, drop_clause, pdf_text

pytestmark = pytest.mark.usefixtures("libreoffice")


def _output(document: Produced, fmt: str) -> Path:
    (path,) = [o.path for o in document.outputs if o.format == fmt]
    return path


def it_builds_every_example_as_docx_and_pdf(built_examples: list[Produced]) -> None:
    mains = [(d.profile.name, d.kind) for d in built_examples if d.kind != "flowdown"]
    assert mains == [
        ("acme-learning.yaml", "agreement"),
        ("capitol-evaluation.yaml", "agreement"),
        ("ecole-numerique.yaml", "agreement"),
        ("riverbend-tutoring.yaml", "addendum"),  # it names its master agreement
    ]
    flowdowns = [d.manifest["agreement"]["party"] for d in built_examples if d.kind == "flowdown"]
    assert flowdowns == [
        "Northwind Hosting LLC", "Bluebird Analytics Corp.", "Skyline Video Services Inc."
    ]  # fmt: skip
    for document in built_examples:
        assert {o.format for o in document.outputs} == {"docx", "pdf"}
        for output in document.outputs:
            assert output.path.is_file() and output.path.stat().st_size > 10_000


OPERATOR_ONLY = {"breach-notification-operator", "operator-prohibitions", "operator-permitted-uses"}


def it_prints_every_applicable_clause_in_the_docx(built_examples: list[Produced]) -> None:
    for document in built_examples:
        text = docx_text(_output(document, "docx"))
        sections = document.manifest["sections"]
        clauses = {section["clause"] for section in sections}
        if document.manifest["agreement"]["role"] == "consultant":
            assert not clauses & OPERATOR_ONLY
        else:
            assert OPERATOR_ONLY - {"operator-prohibitions", "operator-permitted-uses"} <= clauses
        for section in sections:
            assert squeeze(section["text"]) in text, section["clause"]


def it_prints_every_clause_heading_and_the_parties_in_the_pdf(
    built_examples: list[Produced],
) -> None:
    for document in built_examples:
        text = pdf_text(_output(document, "pdf"))
        for section in document.manifest["sections"]:
            assert squeeze(section["text"].splitlines()[0]) in text, section["clause"]
        assert squeeze(document.manifest["agreement"]["contractor"]) in text
        assert squeeze("five (5) calendar days") in text
        assert squeeze(f"Page 1 of {len(PdfReader(str(_output(document, 'pdf'))).pages)}") in text


def it_gives_the_pdf_one_named_empty_signature_field_per_signatory(
    built_examples: list[Produced],
) -> None:
    expected = {
        "agreement": {"Signature-Issuer", "Signature-Contractor"},
        "addendum": {"Signature-Issuer", "Signature-Contractor"},
        "flowdown": {"Signature-Contractor", "Signature-Subcontractor"},
    }
    for document in built_examples:
        reader = PdfReader(str(_output(document, "pdf")))
        fields = reader.get_fields() or {}
        assert {name for name, f in fields.items() if f.get("/FT") == "/Sig"} == expected[
            document.kind
        ]
        assert all("/V" not in field for field in fields.values())  # empty: nobody signed yet
        widgets = [
            (index, annotation.get_object())
            for index, page in enumerate(reader.pages)
            for annotation in page.get("/Annots") or []
        ]
        pages = {index for index, _ in widgets}
        assert len(pages) == 1, "both fields on the signature page"
        (page,) = pages
        assert "By:" in reader.pages[page].extract_text()
        left, right = sorted(float(w["/Rect"][0]) for _, w in widgets)
        assert left < 300 < right  # first signatory's column, then the second's


def it_sets_the_pdf_metadata(built_examples: list[Produced]) -> None:
    for document in built_examples:
        metadata = PdfReader(str(_output(document, "pdf"))).metadata
        assert metadata is not None
        recorded = document.manifest["agreement"]
        name = recorded["contractor"]
        assert metadata.title == f"{recorded['title']} — {recorded['party']}"
        assert metadata.author == "Capitol Region Education Council"
        assert metadata.subject is not None and name in metadata.subject
        assert str(metadata["/Keywords"]) == document.id
        assert str(metadata["/CreationDate"]) == BUILD_DATE.strftime("D:%Y%m%d000000+00'00'")
        assert "/DocChecksum" not in metadata


def it_embeds_every_font(built_examples: list[Produced]) -> None:
    for document in built_examples:
        for page in PdfReader(str(_output(document, "pdf"))).pages:
            resources = page["/Resources"]
            fonts = resources.get("/Font", {}) if isinstance(resources, DictionaryObject) else {}
            for font in fonts.values():
                font = font.get_object()
                descendants = font.get("/DescendantFonts")
                described = descendants[0].get_object() if descendants else font
                descriptor = described["/FontDescriptor"].get_object()
                assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")), (
                    font["/BaseFont"]
                )
                assert "Liberation" in str(font["/BaseFont"]), font["/BaseFont"]


def it_embeds_the_same_manifest_in_docx_and_pdf(built_examples: list[Produced]) -> None:
    for document in built_examples:
        docx_manifest = read_manifest_file(_output(document, "docx")).data
        pdf_manifest = read_manifest_file(_output(document, "pdf")).data
        assert docx_manifest == pdf_manifest == document.manifest
        assert docx_manifest["tool"]["name"] == "crec-assemble"
        assert set(docx_manifest) >= {
            "profile", "template", "issuer", "clauses", "requirements", "sections"
        }  # fmt: skip
        assert all(len(c["sha256"]) == 64 for c in docx_manifest["clauses"])


def it_verifies_what_it_built(built_examples: list[Produced]) -> None:
    for document in built_examples:
        for output in document.outputs:
            report = verify(output.path)
            assert report.intact, (output.path, report.altered, report.added)


def it_builds_byte_identical_documents_from_the_same_inputs(
    built_examples: list[Produced], tmp_path: Path
) -> None:
    again = build(EXAMPLES[:1], BuildOptions(out=tmp_path / "again", build_date=BUILD_DATE))
    for first, second in zip(built_examples[0].outputs, again[0].outputs, strict=True):
        assert first.path.read_bytes() == second.path.read_bytes(), first.format


@pytest.mark.parametrize("needle", [b"/tmp/", b"/root", b"/home/", b"crec-lo-", b"crec-build-"])
def it_leaves_no_local_path_in_the_pdf(built_examples: list[Produced], needle: bytes) -> None:
    for document in built_examples:
        data = _output(document, "pdf").read_bytes()
        assert needle not in data
        reader = PdfReader(io.BytesIO(data))
        assert all(needle.decode() not in str(v) for v in (reader.metadata or {}).values())


def it_writes_a_draft_without_signature_fields(tmp_path: Path, library_copy: Path) -> None:
    drop_clause(library_copy, "data-ownership")
    document, *_flowdowns = build(
        EXAMPLES[:1],
        BuildOptions(out=tmp_path, draft=True, library=library_copy, build_date=BUILD_DATE),
    )
    pdf = PdfReader(str(_output(document, "pdf")))
    assert not pdf.get_fields()
    assert "DRAFT — NOT FOR SIGNATURE" in pdf.pages[0].extract_text()
    assert document.manifest["unmet"] == ["R1"]
    assert verify(_output(document, "pdf")).intact
