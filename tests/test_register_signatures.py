"""The check behind ``register record ID signed``: did the vendor sign what CREC issued?

One built example's addendum (real LibreOffice, shared with the session) is the issued
PDF; a vendor and CREC each get a throwaway self-signed certificate made here, sign copies
of it with pyHanko as Acrobat would, and the tests read what the check says about them.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from datetime import UTC, datetime

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from pypdf import PdfReader, PdfWriter

from crec_assemble.errors import InputError
from crec_assemble.model import Seal
from crec_assemble.pipeline.produce import Produced
from crec_assemble.register.signatures import SignatureCheck, check_signatures, is_signed_copy
from crec_assemble.render.seal import SEAL_FIELD, seal_pdf
from crec_assemble.render.untrusted import MAX_FILE_BYTES

import pdf_tamper
from signing import certificate, free_text, incremental, sign_pdf, white_box

CREC = "Capitol Region Education Council"
VENDOR = "Dana Reyes, Riverbend Tutoring Co."
SIGNED = "signed.pdf"

Signer = tuple[rsa.RSAPrivateKey, x509.Certificate]


@dataclass(frozen=True)
class Issued:
    """The issued addendum, as built and as sealed by CREC; the two signers."""

    pdf: bytes
    sealed: bytes
    docx: bytes
    vendor: Signer
    crec: Signer


def _signer(name: str) -> Signer:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return key, certificate(name, key)


def _seal(signer: Signer) -> Seal:
    key, cert = signer
    return Seal(
        key=key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                              serialization.NoEncryption()),
        certificate=cert.public_bytes(serialization.Encoding.DER), chain=(),
        signing_time=datetime(2026, 11, 24, tzinfo=UTC), subject=CREC, algorithm="RSA",
    )  # fmt: skip


@pytest.fixture(scope="module")
def issued(built_examples: list[Produced]) -> Issued:
    """Riverbend's addendum, which has the empty fields Signature-Issuer and
    Signature-Contractor; sealed the way ``build --seal`` seals it."""
    document = next(d for d in built_examples if d.id.startswith("DPA-2026-RIVERBEND"))
    files = {output.format: output.path.read_bytes() for output in document.outputs}
    crec = _signer(CREC)
    return Issued(files["pdf"], seal_pdf(files["pdf"], _seal(crec)), files["docx"],
                  _signer(VENDOR), crec)  # fmt: skip


def _vendor_signs(data: bytes, issued: Issued) -> bytes:
    return sign_pdf(data, *issued.vendor)


def _check(issued: bytes, signed: bytes) -> SignatureCheck:
    return check_signatures(issued, signed, SIGNED)


def it_matches_the_issued_pdf_signed_by_the_vendor(issued: Issued) -> None:
    check = _check(issued.pdf, _vendor_signs(issued.pdf, issued))
    assert check.matches_issued
    assert check.problems == ()
    [signature] = check.signatures
    assert (signature.field, signature.signer) == ("Signature-Contractor", VENDOR)
    assert signature.intact and signature.whole_file and signature.covers_issued
    assert not signature.in_issued
    assert signature.self_signed  # recorded, not held against it: no CA is consulted
    assert signature.signed_at is not None


def it_does_not_match_a_rewritten_copy_with_new_terms_signed_by_the_vendor(
    issued: Issued,
) -> None:
    """The vendor added terms (pypdf rewrites the whole file) and signed that."""
    edited = pdf_tamper.with_annotation(issued.pdf, 0, pdf_tamper.free_text())
    check = _check(issued.pdf, _vendor_signs(edited, issued))
    assert not check.matches_issued
    [signature] = check.signatures
    assert signature.intact  # the vendor's signature holds; it signed something else
    assert signature.covers_issued is False
    assert any("do not begin with the issued file's" in p for p in check.problems)


def it_does_not_match_a_copy_changed_in_an_update_before_the_vendor_signed(
    issued: Issued,
) -> None:
    """The issued bytes are all there, but a revision before the signature paints over
    page 2: the revision the vendor signed is not what CREC issued."""
    check = _check(issued.pdf, _vendor_signs(incremental(issued.pdf, white_box), issued))
    assert not check.matches_issued
    assert check.signatures[0].intact and check.signatures[0].covers_issued
    [problem] = check.problems
    assert "page 2's content changed since CREC issued it" in problem
    assert "did not sign what CREC issued" in problem


def it_does_not_match_another_document_appended_after_the_issued_bytes_and_signed(
    issued: Issued,
) -> None:
    """The issued bytes come first, but what follows is a whole new PDF (new terms, no link
    back to the issued revision) that readers show instead: its signature covers the issued
    bytes, and it still did not sign what CREC issued."""
    edited = PdfWriter(clone_from=PdfReader(io.BytesIO(
        pdf_tamper.with_annotation(issued.pdf, 0, pdf_tamper.free_text()))))  # fmt: skip
    output = io.BytesIO()
    output.write(issued.pdf)
    edited.write(output)  # offsets counted from the start of the whole file
    check = _check(issued.pdf, _vendor_signs(output.getvalue(), issued))
    assert check.signatures[0].intact and check.signatures[0].covers_issued
    assert not check.matches_issued
    assert check.problems == (
        "after the issued file's bytes comes another document, not an update of them, "
        "so what was signed is not what CREC issued",
    )


def it_finds_a_signature_broken_when_the_bytes_it_covers_change_after_signing(
    issued: Issued,
) -> None:
    """The name in the signature's appearance is edited in place, same length."""
    signed = _vendor_signs(issued.pdf, issued)
    tampered = signed.replace(b"Digitally signed by Dana", b"Digitally signed by Dina", 1)
    assert tampered != signed
    check = _check(issued.pdf, tampered)
    assert not check.matches_issued
    assert not check.signatures[0].intact
    assert check.problems == (
        f"the signature by {VENDOR} in Signature-Contractor is broken: the bytes it covers "
        "are no longer the bytes that were signed",
    )


def it_reports_a_change_after_the_last_signature(issued: Issued) -> None:
    """The vendor signed what CREC issued, then someone added a note nobody signed."""
    check = _check(issued.pdf, incremental(_vendor_signs(issued.pdf, issued), free_text))
    assert check.matches_issued
    assert not check.signatures[0].whole_file
    [problem] = check.problems
    assert problem.startswith(f"after the last signature (by {VENDOR} in Signature-Contractor)")
    assert "an annotation on page 1 (FreeText) changed, and no signature covers that" in problem


def it_matches_a_crec_sealed_pdf_signed_by_the_vendor(issued: Issued) -> None:
    check = _check(issued.sealed, _vendor_signs(issued.sealed, issued))
    assert check.matches_issued
    assert check.problems == ()
    seal, vendor = check.signatures
    assert (seal.field, seal.signer, seal.in_issued, seal.covers_issued) == (
        SEAL_FIELD, CREC, True, None)  # fmt: skip
    assert seal.intact and not seal.whole_file
    assert (vendor.field, vendor.signer, vendor.covers_issued) == (
        "Signature-Contractor", VENDOR, True)  # fmt: skip


def it_keeps_both_signatures_in_order_when_crec_countersigns(issued: Issued) -> None:
    signed = _vendor_signs(issued.pdf, issued)
    countersigned = sign_pdf(signed, *issued.crec, "Signature-Issuer")
    check = _check(issued.pdf, countersigned)
    assert check.matches_issued
    assert check.problems == ()
    assert [(s.field, s.signer, s.whole_file) for s in check.signatures] == [
        ("Signature-Contractor", VENDOR, False),
        ("Signature-Issuer", CREC, True),
    ]
    assert all(s.intact and s.covers_issued for s in check.signatures)


def it_says_nobody_signed_the_issued_file_returned_as_it_was(issued: Issued) -> None:
    assert _check(issued.pdf, issued.pdf).problems == ("it carries no signature",)
    sealed = _check(issued.sealed, issued.sealed)
    assert not sealed.matches_issued
    assert sealed.problems == (
        "it carries no signature but those already in the issued file: nobody signed it "
        "after CREC issued it",
    )


def it_does_not_match_a_vendor_signature_on_the_unsealed_pdf_when_crec_issued_it_sealed(
    issued: Issued,
) -> None:
    """CREC issued the sealed file; the vendor signed the unsealed bytes, which do not
    hold the seal: not what CREC issued."""
    check = _check(issued.sealed, _vendor_signs(issued.pdf, issued))
    assert not check.matches_issued
    assert check.signatures[0].covers_issued is False


def it_tells_a_signed_copy_from_one_that_carries_only_crecs_seal(issued: Issued) -> None:
    """What the web app records a returned file as: signed only when someone signed a field;
    CREC's seal is part of the issued file."""
    assert not is_signed_copy(issued.pdf, SIGNED)
    assert not is_signed_copy(issued.sealed, SIGNED)
    assert not is_signed_copy(issued.docx, SIGNED)
    assert is_signed_copy(_vendor_signs(issued.pdf, issued), SIGNED)
    assert is_signed_copy(_vendor_signs(issued.sealed, issued), SIGNED)


def it_records_the_check_as_json_and_prints_it_as_lines(issued: Issued) -> None:
    check = _check(issued.sealed, _vendor_signs(issued.sealed, issued))
    recorded = json.loads(json.dumps(check.as_json()))
    assert recorded["matches_issued"] is True
    assert [s["field"] for s in recorded["signatures"]] == [SEAL_FIELD, "Signature-Contractor"]
    assert recorded["signatures"][1]["covers_issued"] is True
    assert recorded["problems"] == []
    lines = check.lines()
    assert lines[0] == "signed: the vendor signed the file CREC issued"
    assert lines[1].startswith(f"  {SEAL_FIELD}: {CREC} (self-signed certificate), 2026-11-24")
    assert lines[1].endswith("intact, part of the issued file, more added to the file after it")
    assert lines[2].startswith(f"  Signature-Contractor: {VENDOR} (self-signed certificate)")
    assert lines[2].endswith(": intact, covers the issued file")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"Dear CREC, we have signed.", f"{SIGNED}: not a PDF; a signed copy must be the "
                                        "signed PDF"),
        (b"%PDF-1.7\n1 0 obj\n<<\n", f"{SIGNED}: its signatures cannot be read ("),
    ],
    ids=["text", "damaged-pdf"],
)  # fmt: skip
def it_refuses_a_file_that_is_not_a_readable_pdf(issued: Issued, data: bytes, message: str) -> None:
    with pytest.raises(InputError) as raised:
        _check(issued.pdf, data)
    assert str(raised.value).startswith(message)
    assert "\n" not in str(raised.value)


def it_says_a_signed_copy_must_be_a_pdf_when_given_a_docx(issued: Issued) -> None:
    with pytest.raises(InputError, match=f"^{SIGNED}: a signed copy must be a PDF; a DOCX"):
        _check(issued.pdf, issued.docx)


def it_refuses_a_file_over_the_size_limit(issued: Issued) -> None:
    too_large = issued.pdf + b"\0" * (MAX_FILE_BYTES - len(issued.pdf) + 1)
    with pytest.raises(InputError, match=f"^{SIGNED}: refused: the file size is "):
        _check(issued.pdf, too_large)
