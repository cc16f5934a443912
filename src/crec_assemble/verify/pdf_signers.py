"""Reading who signed a PDF and whether it still holds: what every signature check shares.

CREC's seal (:mod:`.seal`) and a vendor's signature on a returned copy
(:mod:`crec_assemble.register.signatures`) are read the same way with pyHanko: the
signer's common name, a validation context that trusts only the certificates given and
fetches nothing, and whether the signature covers the whole revision it signed (a
signature that leaves part of its own revision outside its byte range covers less than
the signer saw).
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cryptography.x509 import Certificate

__all__ = ["common_name", "covers_its_revision", "is_pdf", "validation_context"]


def is_pdf(data: bytes) -> bool:
    """Whether the bytes open like a PDF (readers allow the header within the first 1 KiB)."""
    return b"%PDF-" in data[:1024]


def validation_context(trusted: tuple[Certificate, ...], moment: datetime | None) -> Any:
    """pyHanko's validation context: the ``trusted`` certificates as the only roots, nothing
    fetched, judged at ``moment`` (a certificate may expire after it signed)."""
    from asn1crypto import x509
    from cryptography.hazmat.primitives.serialization import Encoding
    from pyhanko_certvalidator import ValidationContext

    roots = [x509.Certificate.load(cert.public_bytes(Encoding.DER)) for cert in trusted]
    return ValidationContext(trust_roots=roots, allow_fetching=False, moment=moment)


def common_name(cert: Any) -> str:
    """The common name of an (asn1crypto) certificate's subject, else its whole subject."""
    names = cert.subject.native
    return str(names.get("common_name") or cert.subject.human_friendly)


def covers_its_revision(status: Any) -> bool:
    """Whether pyHanko found the signature covering at least its whole signed revision."""
    from pyhanko.sign.validation import SignatureCoverageLevel

    return bool(status.coverage is not None and
                status.coverage >= SignatureCoverageLevel.ENTIRE_REVISION)  # fmt: skip
