"""CREC's seal: the key that certifies issued documents, checked once and passed inward."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

__all__ = ["IssuerSeal", "Seal"]


@dataclass(frozen=True)
class IssuerSeal:
    """Where an issuer file's ``seal:`` block says its key and certificate are.

    Paths are resolved against the issuer file's folder. Neither enters a manifest:
    a document built with and without a seal carries the same one.
    """

    key: Path | None = None
    certificate: Path | None = None


@dataclass(frozen=True)
class Seal:
    """A signing key and its certificate, read from a PKCS#12 file and checked.

    Plain bytes, so a batch can hand it to its worker processes. ``key`` is the
    private key as unencrypted PKCS#8 DER: it is never printed (``repr=False``)
    and never written anywhere but into memory.

    Attributes:
        key: the private key, PKCS#8 DER.
        certificate: the signing certificate, DER.
        chain: any further certificates the PKCS#12 file holds, DER.
        signing_time: when documents are sealed: ``SOURCE_DATE_EPOCH`` or the moment the
            key was loaded, in UTC, so every document of one build carries the same time.
        subject: the certificate's common name, as Acrobat shows "Certified by …".
        algorithm: ``RSA``, ``EC``, ``Ed25519``…; only RSA (PKCS#1 v1.5) signs the same
            bytes twice, so only an RSA key gives byte-identical rebuilds.
    """

    key: bytes = field(repr=False)
    certificate: bytes
    chain: tuple[bytes, ...]
    signing_time: datetime
    subject: str
    algorithm: str

    @property
    def reproducible(self) -> bool:
        """Whether two seals of the same bytes at the same time are the same bytes."""
        return self.algorithm == "RSA"
