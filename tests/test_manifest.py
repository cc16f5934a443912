"""The manifest codec: what it writes into each kind of file, it reads back out."""

from __future__ import annotations

import io
import json
from typing import Any

import docx
import pytest
from pypdf import PdfWriter

from crec_assemble.errors import InputError
from crec_assemble.render.manifest import (
    attach_to_pdf,
    dump_manifest,
    embed_in_docx,
    find_manifest,
    manifest_script,
    read_manifest,
    read_text_reference,
    remove_from_docx,
    text_reference,
)

MANIFEST: dict[str, Any] = {
    "agreement": {"id": "DPA-2026-ACME-0A1B2C", "title": "Agreement", "draft": False},
    "unmet": [],
    "sections": [
        {"clause": "governing-law", "number": "23", "title": "Governing Law", "part": "body",
         "text": "Connecticut law governs; a </script> cannot close the page's script.",
         "sha256": "0" * 64},
    ],
}  # fmt: skip


def _docx(manifest: dict[str, Any] | bytes | None) -> bytes:
    document = docx.Document()
    document.add_paragraph("Words of the agreement.")
    if manifest is not None:
        embed_in_docx(
            document, manifest if isinstance(manifest, bytes) else dump_manifest(manifest)
        )
    output = io.BytesIO()
    document.save(output)
    return output.getvalue()


def _pdf(manifest: dict[str, Any] | None) -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(612, 792)
    if manifest is not None:
        attach_to_pdf(writer, dump_manifest(manifest))
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()


def _html(manifest: dict[str, Any]) -> bytes:
    script = manifest_script(dump_manifest(manifest))
    return f"<!DOCTYPE html><html><head>{script}</head><body><p>Hi</p></body></html>".encode()


@pytest.mark.parametrize("container", [_docx, _pdf, _html], ids=["docx", "pdf", "html"])
def it_reads_back_the_manifest_it_embeds(container: Any) -> None:
    recorded = read_manifest(container(MANIFEST), "issued")
    assert recorded.data == MANIFEST
    assert recorded.agreement_id == "DPA-2026-ACME-0A1B2C"
    assert recorded.sections[0].label == "Section 23 (Governing Law)"


@pytest.mark.parametrize("container", [_docx, _pdf], ids=["docx", "pdf"])
def it_finds_no_manifest_in_a_document_without_one(container: Any) -> None:
    assert find_manifest(container(None), "exported") is None
    with pytest.raises(InputError, match="exported: no crec-assemble manifest"):
        read_manifest(container(None), "exported")


def it_hashes_the_manifest_as_the_document_carries_it() -> None:
    recorded = read_manifest(_docx(MANIFEST), "issued")
    assert len(recorded.sha256) == 64
    assert recorded.sha256 == read_manifest(_pdf(MANIFEST), "issued").sha256


def it_removes_the_manifest_from_a_docx() -> None:
    document = docx.Document(io.BytesIO(_docx(MANIFEST)))
    remove_from_docx(document)
    output = io.BytesIO()
    document.save(output)
    assert find_manifest(output.getvalue(), "redline") is None


def it_reports_a_manifest_that_is_not_json_as_malformed() -> None:
    with pytest.raises(InputError, match="damaged: the embedded manifest is malformed"):
        read_manifest(_docx(b'{"agreement": '), "damaged")


def it_checks_a_text_email_against_the_hash_of_its_words() -> None:
    body = "NOTICE\n\nWe signed a contract."
    email = f"{body}\n\n{text_reference('PN-2026-ACME-0A1B2C', body)}\n".encode()
    reference = read_text_reference(email)
    assert reference is not None
    assert (reference.document_id, reference.body.strip(), reference.intact) == (
        "PN-2026-ACME-0A1B2C", body, True
    )  # fmt: skip
    respaced = read_text_reference(email.replace(b"We signed", b"We   signed"))
    assert respaced is not None and respaced.intact  # spacing is not a change of words
    edited = read_text_reference(email.replace(b"signed", b"cancelled"))
    assert edited is not None and not edited.intact


def it_finds_no_reference_in_other_text() -> None:
    assert read_text_reference(b"hello") is None
    assert read_text_reference(json.dumps(MANIFEST).encode("utf-16")) is None
