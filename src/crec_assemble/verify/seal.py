"""Checking CREC's seal: is it intact, is it CREC's, and what changed after it?

A sealed PDF carries a PAdES certification signature (DocMDP level 2): the
signatories may sign their empty fields afterwards, in incremental updates, and
nothing else may change. pyHanko validates the signature against the trusted
certificates and judges every later revision (its difference analysis); a change
it does not allow is named here by what a person would call it (page 2's content,
the attached manifest, an annotation on page 1) by looking up the objects each
later revision replaced in the certified revision. A sealed DOCX carries a detached
CMS signature over its manifest's JSON bytes.

The seal proves who issued the bytes and that they have not changed since; it does
not prove that an unsealed document was never sealed (a seal can be stripped along
with everything else), so a file without one is simply not sealed (``None``).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from ..render.extract import is_docx
from ..render.manifest import find_docx_seal
from ..render.untrusted import open_pdf_signatures, pdf_signature_errors, time_bound
from .pdf_signers import common_name, covers_its_revision, is_pdf, validation_context
from .report import Alteration
from .seal_objects import changed_objects

if TYPE_CHECKING:
    from cryptography.x509 import Certificate

__all__ = ["SealCheck", "Trusted", "check_seal", "issuer_certificates"]

_ALLOWED = "changed or added after the seal, which allows only signing the signature fields"

Trusted = tuple["Certificate", ...]


@dataclass(frozen=True)
class SealCheck:
    """What a document's seal says.

    Attributes:
        format: ``pdf`` (a certification signature) or ``docx`` (a signed manifest).
        signer: the common name of the certificate that sealed it.
        signed_at: the signing time the seal records, if any.
        intact: the bytes the seal covers are the bytes that were sealed.
        trusted: the sealing certificate is one of the trusted ones; None when none was given.
        later: signatures added after the seal, each "signed by … in …".
        alterations: what is wrong: a broken or untrusted seal, a change after it.
        certified: the bytes the seal covers (the certified revision of a PDF, the
            manifest of a DOCX), for comparing a rendering against what was sealed.
    """

    format: Literal["pdf", "docx"]
    signer: str
    signed_at: datetime | None
    intact: bool
    trusted: bool | None
    later: tuple[str, ...] = ()
    alterations: tuple[Alteration, ...] = ()
    certified: bytes = field(default=b"", repr=False)

    @property
    def ok(self) -> bool:
        """Intact, CREC's (or not judged: no trusted certificate), and nothing else changed."""
        return not self.alterations

    @property
    def summary(self) -> str:
        """One line: whose seal, when, and whether it holds."""
        when = f", {self.signed_at:%Y-%m-%d %H:%M %Z}" if self.signed_at else ""
        whose = {True: "CREC's seal", False: "a seal that is not CREC's", None: "a seal"}
        trusted = self.trusted if self.intact else None
        state = "intact" if self.ok else "BROKEN" if not self.intact else "changes after it"
        unchecked = "" if self.trusted is not None else " (signer not checked: no --seal-cert)"
        return f"{whose[trusted]} by {self.signer}{when}: {state}{unchecked}"

    def as_json(self) -> dict[str, Any]:
        return {
            "format": self.format,
            "signer": self.signer,
            "signed_at": self.signed_at.isoformat() if self.signed_at else None,
            "intact": self.intact,
            "trusted": self.trusted,
            "ok": self.ok,
            "later_signatures": list(self.later),
            "alterations": [alteration.as_json() for alteration in self.alterations],
        }


# Every PDF signature dictionary names, in /ByteRange, the bytes it covers around its own
# /Contents, which the signer writes into the file at a known offset: the dictionary is in the
# file's bytes as written, never compressed. A PDF without the key carries no signature.
_SIGNED = b"/ByteRange"


def check_seal(
    data: bytes, name: Path | str, trusted: Trusted | Callable[[], Trusted]
) -> SealCheck | None:
    """The seal of a DOCX or PDF judged against ``trusted``; None when it carries none.

    ``trusted`` may be a function that gives them, called only when there is a seal
    (:func:`issuer_certificates` reads the issuer file). With no trusted certificate the
    seal's integrity and the changes after it are still judged, but not whose it is
    (``SealCheck.trusted`` None).

    Raises:
        InputError: the file or its signatures cannot be read, or take too long.
    """
    if not is_docx(data) and (not is_pdf(data) or _SIGNED not in data):
        return None  # a web page, an e-mail, or a PDF without a signature: no seal
    roots: Callable[[], Trusted] = trusted if callable(trusted) else lambda: trusted
    with time_bound(name):
        if is_docx(data):
            return _check_docx(data, name, roots)
        with pdf_signature_errors(name):
            return _check_pdf(data, name, roots)


def issuer_certificates(library: Path | None = None) -> Trusted:
    """The certificate the default issuer file's ``seal.certificate`` names, if any.

    Raises:
        InputError: the issuer file or the certificate cannot be read.
    """
    from ..inputs.issuer import load_issuer
    from ..inputs.seal import load_certificates
    from ..resources import default_issuer, default_library

    issuer = load_issuer(default_issuer(library or default_library()))
    named = issuer.seal.certificate if issuer.seal else None
    return load_certificates([named]) if named else ()


def _check_pdf(data: bytes, name: Path | str, roots: Callable[[], Trusted]) -> SealCheck | None:
    from pyhanko.sign.validation import validate_pdf_signature

    reader = open_pdf_signatures(data, name)
    signatures = reader.embedded_signatures
    seal = next((sig for sig in signatures if sig.docmdp_level is not None), None)
    if seal is None:
        return None
    moment = seal.self_reported_timestamp
    trusted = roots()
    status = validate_pdf_signature(seal, validation_context(trusted, moment))
    signer = common_name(seal.signer_cert)
    later = tuple(
        f"signed by {common_name(sig.signer_cert)} in {sig.field_name}"
        for sig in signatures
        if sig is not seal
    )
    whole = status.intact and status.valid and covers_its_revision(status)
    problems = list(_trust_problems(signer, whole, bool(status.trusted), bool(trusted)))
    if whole and not status.docmdp_ok:
        fields = {sig.field_name for sig in signatures}
        found = changed_objects(reader, seal.signed_revision, fields)
        problems.extend(Alteration("seal", where, _ALLOWED) for where in found)
        if not found:
            problems.append(Alteration("seal", "the document", _diff_message(status.diff_result)))
    elif whole:
        later = tuple(f"{line}, as allowed" for line in later)
    start, length = seal.byte_range[2], seal.byte_range[3]
    return SealCheck(
        format="pdf", signer=signer, signed_at=moment, intact=whole,
        trusted=bool(status.trusted) if trusted else None, later=later,
        alterations=tuple(problems), certified=data[: start + length] if whole else b"",
    )  # fmt: skip


def _trust_problems(signer: str, intact: bool, trusted: bool, judged: bool) -> Iterator[Alteration]:
    """The seal broken (it no longer covers what was sealed), or not CREC's."""
    if not intact:
        yield Alteration(
            "seal", "the seal",
            f"broken: the file is no longer what {signer} sealed; it was edited, or re-saved "
            "by a program that rewrites the file (which loses the sealed revision) rather "
            "than adding to it",
        )  # fmt: skip
    elif judged and not trusted:
        yield Alteration(
            "seal", "the seal",
            f"sealed by {signer}, not CREC's: its certificate is not the one trusted "
            "(--seal-cert, or the issuer file's seal.certificate)",
        )  # fmt: skip


def _diff_message(result: object) -> str:
    """pyHanko's own verdict, its first line, when no changed object could be named."""
    text = str(result or "").strip().splitlines()
    return f"changed after CREC sealed the document ({text[0][:160] if text else 'unexplained'})"


def _signing_time(signed: Any) -> datetime | None:
    """The signing time a CMS signature's signed attributes record, if any."""
    for attribute in signed["signer_infos"][0]["signed_attrs"]:
        if attribute["type"].native == "signing_time":
            moment: datetime = attribute["values"][0].native
            return moment
    return None


def _check_docx(data: bytes, name: Path | str, roots: Callable[[], Trusted]) -> SealCheck | None:
    found = find_docx_seal(data, name)
    if found is None:
        return None  # before importing pyHanko, which takes half a second
    from asn1crypto import cms
    from pyhanko.sign.validation import async_validate_detached_cms

    trusted = roots()
    with pdf_signature_errors(name):
        signed = cms.ContentInfo.load(found.signature)["content"]
        cert = signed["certificates"][0].chosen
        moment = _signing_time(signed)
        status = asyncio.run(
            async_validate_detached_cms(found.manifest, signed, validation_context(trusted, moment))
        )
    signer = common_name(cert)
    problems: list[Alteration] = []
    if not (status.intact and status.valid):
        problems.append(Alteration(
            "seal", "manifest",
            f"changed after {signer} sealed it: the seal's signature no longer matches it",
        ))  # fmt: skip
    else:
        problems.extend(_trust_problems(signer, True, bool(status.trusted), bool(trusted)))
    return SealCheck(
        format="docx", signer=signer, signed_at=moment, intact=bool(status.intact),
        trusted=bool(status.trusted) if trusted else None, alterations=tuple(problems),
        certified=found.manifest if status.intact else b"",
    )  # fmt: skip
