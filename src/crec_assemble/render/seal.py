"""CREC's seal, applied: a PAdES certification of each PDF, a CMS signature of each manifest.

A PDF is certified (DocMDP level 2: form filling and signing allowed) in an invisible
field named :data:`SEAL_FIELD`, as the very last write, after
:func:`~crec_assemble.render.pdf.finish_pdf` added the empty fields the signatories fill.
Acrobat then shows "Certified by" the certificate's subject, and flags any change but a
signature in those fields.

A DOCX cannot be certified the same way, so it carries a detached CMS signature over
its manifest's JSON bytes (:func:`sign_manifest`), in a custom XML part beside the
manifest's (:func:`~crec_assemble.render.manifest.embed_seal_in_docx`).

Both are the same bytes every time for the same input, key and signing time, as long
as the key is RSA (PKCS#1 v1.5 signatures are deterministic; ECDSA and DSA draw a
random number per signature). pyHanko's incremental writer would stamp the current
time into ``/ModDate`` and a random second half of the trailer ``/ID``, and its signer
would take the signing time from the clock: :class:`_SealWriter` and
:class:`_SealSigner` hold all three to the seal's signing time and the file's content.
"""

from __future__ import annotations

import asyncio
import hashlib
import io
from typing import TYPE_CHECKING, Any

from ..errors import ConversionError
from ..model import Seal

if TYPE_CHECKING:
    from pyhanko.sign.signers import SimpleSigner

__all__ = ["SEAL_FIELD", "seal_pdf", "sign_manifest"]

SEAL_FIELD = "CREC seal"


def seal_pdf(pdf: bytes, seal: Seal) -> bytes:
    """Certify a finished PDF with CREC's seal: one incremental update, its last write.

    Raises:
        ConversionError: when pyHanko cannot sign the file.
    """
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.sign.fields import MDPPerm, SigFieldSpec, SigSeedSubFilter
    from pyhanko.sign.general import SigningError
    from pyhanko.sign.signers import PdfSignatureMetadata

    metadata = PdfSignatureMetadata(
        field_name=SEAL_FIELD,
        certify=True,
        docmdp_permissions=MDPPerm.FILL_FORMS,
        subfilter=SigSeedSubFilter.PADES,
        md_algorithm="sha256",
    )
    signer = _signer_class()(
        metadata, _signer(seal), new_field_spec=SigFieldSpec(SEAL_FIELD),
        signing_time=seal.signing_time,
    )  # fmt: skip
    try:
        writer = _writer_class()(io.BytesIO(pdf), signing_time=seal.signing_time)
        output = signer.sign_pdf(writer)
    except (PdfError, SigningError, ValueError, KeyError) as error:
        raise ConversionError(f"the PDF could not be sealed ({error})") from None
    data: bytes = output.getvalue()
    return data


def sign_manifest(manifest_json: bytes, seal: Seal) -> bytes:
    """A detached CMS signature (DER) over the manifest's bytes, signed at the seal's time."""
    from pyhanko.sign.signers.pdf_cms import PdfCMSSignedAttributes

    attributes = PdfCMSSignedAttributes(signing_time=seal.signing_time)
    signed = asyncio.run(
        _signer(seal).async_sign_general_data(
            manifest_json, "sha256", detached=True, signed_attr_settings=attributes
        )
    )
    data: bytes = signed.dump()
    return data


def _signer(seal: Seal) -> SimpleSigner:
    from asn1crypto import keys, x509
    from pyhanko.sign.signers import SimpleSigner
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    chain = [x509.Certificate.load(der) for der in seal.chain]
    return SimpleSigner(
        signing_cert=x509.Certificate.load(seal.certificate),
        signing_key=keys.PrivateKeyInfo.load(seal.key),
        cert_registry=SimpleCertificateStore.from_certs(chain),  # type: ignore[no-untyped-call]
    )


def _writer_class() -> Any:
    """pyHanko's incremental writer, with ``/ModDate`` and ``/ID`` fixed (imported lazily)."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    class _SealWriter(IncrementalPdfFileWriter):
        """Writes ``/ModDate`` as the signing time and an ``/ID`` derived from the input."""

        def __init__(self, stream: io.BytesIO, *, signing_time: Any) -> None:
            super().__init__(stream)
            self._signing_time = signing_time
            first = self._document_id[0]
            digest = hashlib.md5(stream.getvalue(), usedforsecurity=False).digest()
            self._document_id = generic.ArrayObject([first, generic.ByteStringObject(digest)])

        def _update_meta(self) -> None:
            super()._update_meta()  # type: ignore[no-untyped-call]  # stamps "now": replaced
            if self._info is not None:
                info = self._info.get_object()  # type: ignore[no-untyped-call]
                info[generic.pdf_name("/ModDate")] = generic.pdf_date(self._signing_time)

    return _SealWriter


def _signer_class() -> Any:
    """pyHanko's PDF signer, with the signing time given rather than read from the clock."""
    from pyhanko.sign.signers import PdfSigner

    class _SealSigner(PdfSigner):
        def __init__(self, *args: Any, signing_time: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._signing_time = signing_time

        def init_signing_session(self, pdf_out: Any, existing_fields_only: bool = False) -> Any:
            session = super().init_signing_session(pdf_out, existing_fields_only)
            session.system_time = self._signing_time
            return session

    return _SealSigner
