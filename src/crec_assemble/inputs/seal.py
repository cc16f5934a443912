"""CREC's seal key and the certificates ``verify`` trusts, read and checked at the boundary.

The key is a PKCS#12 file (key and certificate together, as ``openssl pkcs12 -export``
writes it). Its password comes from the environment variable ``CREC_SEAL_PASSWORD``
(empty when unset), never from the command line, where it would be seen in the process
list and the shell's history. Everything that can be wrong with the key is found here,
once, before anything is built: a wrong password, a file that is no PKCS#12, one without
a private key or certificate, a certificate that does not match the key, the issuer's
certificate, or is not valid at the signing time.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import InputError
from ..model import Seal
from .dates import default_moment

if TYPE_CHECKING:
    from cryptography.x509 import Certificate

__all__ = ["PASSWORD_VARIABLE", "common_name", "load_certificates", "load_seal"]

PASSWORD_VARIABLE = "CREC_SEAL_PASSWORD"
_MAX_KEY_FILE = 1 << 20  # a PKCS#12 or PEM file of a key and a few certificates is a few KB


def load_seal(
    p12: Path,
    *,
    certificate: Path | None = None,
    password: str | None = None,
    signing_time: datetime | None = None,
) -> Seal:
    """Read a PKCS#12 file and check that it can seal documents at ``signing_time``.

    Args:
        p12: the PKCS#12 file holding the private key and its certificate.
        certificate: the certificate the issuer file names for it, which must be the
            PKCS#12 file's own (``verify`` trusts that one).
        password: the PKCS#12 password; default ``CREC_SEAL_PASSWORD``, empty when unset.
        signing_time: default ``SOURCE_DATE_EPOCH``, else now (UTC).

    Raises:
        InputError: one line saying what is wrong with the key.
    """
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.serialization import pkcs12

    data = _read(p12)
    secret = os.environ.get(PASSWORD_VARIABLE, "") if password is None else password
    try:
        key, cert, extra = pkcs12.load_key_and_certificates(data, secret.encode() or None)
    except ValueError as error:
        if "deserialize" in str(error):
            raise InputError(f"{p12}: not a PKCS#12 file (.p12 or .pfx)") from None
        raise InputError(
            f"{p12}: wrong password (set it in the environment variable {PASSWORD_VARIABLE})"
        ) from None
    if key is None:
        raise InputError(f"{p12}: holds no private key; export the key with its certificate")
    if cert is None:
        raise InputError(f"{p12}: holds no certificate; export the key with its certificate")
    der = serialization.Encoding.DER
    if key.public_key().public_bytes(der, serialization.PublicFormat.SubjectPublicKeyInfo) != (
        cert.public_key().public_bytes(der, serialization.PublicFormat.SubjectPublicKeyInfo)
    ):
        raise InputError(f"{p12}: its certificate is not that of its private key")
    if certificate is not None and cert not in load_certificates([certificate]):
        raise InputError(f"{certificate}: not the certificate of the key in {p12}")
    moment = signing_time or default_moment()
    _check_validity(p12, cert, moment)
    return Seal(
        key=key.private_bytes(der, serialization.PrivateFormat.PKCS8,
                              serialization.NoEncryption()),
        certificate=cert.public_bytes(der),
        chain=tuple(other.public_bytes(der) for other in extra),
        signing_time=moment,
        subject=common_name(cert),
        algorithm=_algorithm(key),
    )  # fmt: skip


def load_certificates(paths: Sequence[Path]) -> tuple[Certificate, ...]:
    """Every certificate in these PEM (or DER) files: the ones ``verify`` trusts.

    Raises:
        InputError: a file that cannot be read or holds no certificate.
    """
    from cryptography import x509

    found: list[Certificate] = []
    for path in paths:
        data = _read(path)
        try:
            found.extend(
                x509.load_pem_x509_certificates(data)
                if b"-----BEGIN" in data
                else [x509.load_der_x509_certificate(data)]
            )
        except ValueError:
            raise InputError(f"{path}: not a certificate (PEM or DER)") from None
    return tuple(found)


def common_name(cert: Certificate) -> str:
    """The certificate's subject as a person reads it: its common name, else the whole."""
    from cryptography.x509.oid import NameOID

    names = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    value = names[0].value if names else cert.subject.rfc4514_string()
    return value if isinstance(value, str) else value.decode("utf-8", "replace")


def _read(path: Path) -> bytes:
    try:
        with path.open("rb") as file:
            data = file.read(_MAX_KEY_FILE + 1)
    except OSError as error:
        raise InputError(f"{path}: cannot read: {error.strerror}") from None
    if len(data) > _MAX_KEY_FILE:
        raise InputError(f"{path}: over {_MAX_KEY_FILE:,} bytes; not a key or certificate file")
    return data


def _check_validity(p12: Path, cert: Certificate, moment: datetime) -> None:
    stamp = moment.strftime("%Y-%m-%d %H:%M UTC")
    if cert.not_valid_after_utc < moment:
        ended = cert.not_valid_after_utc.strftime("%Y-%m-%d")
        raise InputError(f"{p12}: the certificate expired on {ended}, before the signing "
                         f"time {stamp}; renew it")  # fmt: skip
    if cert.not_valid_before_utc > moment:
        starts = cert.not_valid_before_utc.strftime("%Y-%m-%d")
        raise InputError(f"{p12}: the certificate is valid only from {starts}, after the "
                         f"signing time {stamp} (SOURCE_DATE_EPOCH?)")  # fmt: skip


def _algorithm(key: object) -> str:
    from cryptography.hazmat.primitives.asymmetric import dsa, ec, ed448, ed25519, rsa

    kinds = ((rsa.RSAPrivateKey, "RSA"), (ec.EllipticCurvePrivateKey, "EC"),
             (ed25519.Ed25519PrivateKey, "Ed25519"), (ed448.Ed448PrivateKey, "Ed448"),
             (dsa.DSAPrivateKey, "DSA"))  # fmt: skip
    return next((name for kind, name in kinds if isinstance(key, kind)), type(key).__name__)
