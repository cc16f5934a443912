"""Signing PDFs in tests as a vendor or a board would: a self-signed certificate made here,
a signature appended with pyHanko, and the incremental edits a PDF editor makes.

Shared by the seal tests and the register's signature tests; nothing here is trusted by
the code under test.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

__all__ = ["certificate", "free_text", "incremental", "sign_pdf", "white_box"]


def certificate(name: str, key: rsa.RSAPrivateKey, until: int = 2040) -> x509.Certificate:
    """A self-signed certificate, no CA: what a board would make with openssl."""
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name),
                         x509.NameAttribute(NameOID.ORGANIZATION_NAME, "CREC")])  # fmt: skip
    usage = x509.KeyUsage(
        digital_signature=True, content_commitment=True, key_encipherment=False,
        data_encipherment=False, key_agreement=False, key_cert_sign=False, crl_sign=False,
        encipher_only=False, decipher_only=False,
    )  # fmt: skip
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(datetime(2020, 1, 1, tzinfo=UTC))
        .not_valid_after(datetime(until, 1, 1, tzinfo=UTC))
        .add_extension(usage, critical=True)
        .sign(key, hashes.SHA256())
    )


def sign_pdf(
    data: bytes, key: rsa.RSAPrivateKey, cert: x509.Certificate,
    field: str = "Signature-Contractor", new_box: tuple[int, int, int, int] | None = None,
) -> bytes:  # fmt: skip
    """Sign a field with pyHanko, as Acrobat would: an incremental update (with ``new_box``,
    in a new visible field it adds there)."""
    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509 as asn1_x509
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    signer = signers.SimpleSigner(
        signing_cert=asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER)),
        signing_key=asn1_keys.PrivateKeyInfo.load(key.private_bytes(
            serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption())),
        cert_registry=SimpleCertificateStore(),  # type: ignore[no-untyped-call]
    )  # fmt: skip
    from pyhanko.sign.fields import SigFieldSpec

    writer = IncrementalPdfFileWriter(io.BytesIO(data))
    metadata = signers.PdfSignatureMetadata(field_name=field)
    spec = None if new_box is None else SigFieldSpec(field, on_page=0, box=new_box)
    signed: bytes = (
        signers.PdfSigner(metadata, signer, new_field_spec=spec).sign_pdf(writer).getvalue()
    )
    return signed


def incremental(data: bytes, change: Any) -> bytes:
    """``change`` applied to a pyHanko incremental writer: what a PDF editor appends."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(data))
    change(writer)
    output = io.BytesIO()
    writer.write(output)  # type: ignore[no-untyped-call]  # pyHanko ships no annotation here
    return output.getvalue()


def white_box(writer: Any) -> None:
    """A white rectangle drawn over the middle of page 2."""
    from pyhanko.pdf_utils import generic

    stream = generic.StreamObject(stream_data=b"q 1 1 1 rg 72 300 460 80 re f Q")
    writer.add_stream_to_page(1, writer.add_object(stream), prepend=False)


def free_text(writer: Any) -> None:
    """A FreeText annotation with new terms on page 1 (its first, if it had none)."""
    from pyhanko.pdf_utils import generic

    annotation = writer.add_object(generic.DictionaryObject({  # type: ignore[no-untyped-call]
        generic.pdf_name("/Type"): generic.pdf_name("/Annot"),
        generic.pdf_name("/Subtype"): generic.pdf_name("/FreeText"),
        generic.pdf_name("/Rect"): generic.ArrayObject(
            map(generic.FloatObject, (72, 72, 300, 120))),
        generic.pdf_name("/Contents"): generic.TextStringObject("Notice period: thirty days."),
        generic.pdf_name("/DA"): generic.TextStringObject("/Helv 12 Tf 0 g"),
    }))  # fmt: skip
    page = writer.root["/Pages"]["/Kids"][0]
    if "/Annots" not in page:  # a page without annotations gets its list
        page[generic.pdf_name("/Annots")] = generic.ArrayObject([annotation])
        writer.update_container(page)
        return
    annotations = page["/Annots"]
    annotations.append(annotation)
    writer.update_container(annotations)
