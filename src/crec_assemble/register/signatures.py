"""Did the vendor sign what CREC issued? The check behind ``register record ID signed``.

A vendor signs the PDF CREC sent in Acrobat (or any PAdES signer), which appends the
signature to the file as an incremental update: the signed file is then the issued bytes,
unchanged, followed by the update. So the proof that the vendor signed what CREC issued is
in the bytes: the first signature added after them must be intact, and the revision it
signed must begin with exactly the issued bytes and add nothing to them but the signature
(and the form fields filled in with it). pyHanko checks each signature (the digest of the
bytes it covers, and its CMS signature against the certificate it carries) and judges what
each revision changed (its difference analysis).

What this does not check: whose certificate it is. A vendor signs with whatever
certificate it has, often self-signed, so no certificate authority is consulted; the signer
named is what the certificate says, recorded for a person to judge. A file CREC already
sealed (:mod:`crec_assemble.render.seal`) carries CREC's certification signature in the
issued bytes; it is listed, part of the issued file, and the vendor's signature is the
first one after it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import InputError
from ..render.extract import is_docx
from ..render.untrusted import (
    open_pdf_signatures,
    pdf_signature_errors,
    read_untrusted,
    time_bound,
)
from ..verify.pdf_signers import common_name, covers_its_revision, is_pdf, validation_context
from ..verify.seal_objects import changed_objects

if TYPE_CHECKING:
    from .records import RegisteredDocument

__all__ = ["Signature", "SignatureCheck", "check_signatures", "is_signed_copy", "issued_pdf"]

# Every signature dictionary names, in /ByteRange, the bytes it covers, in the file's bytes as
# written: a PDF without the key carries no signature, and pyHanko need not be loaded for it.
_SIGNED = b"/ByteRange"


@dataclass(frozen=True)
class Signature:
    """One signature in the signed file, in signing order.

    Attributes:
        field: the signature field it fills.
        signer: the common name of its certificate's subject (not checked against a CA).
        self_signed: its certificate names itself as its issuer (information only).
        signed_at: the signing time it claims (its signed attributes, else the field's /M).
        intact: the bytes it covers hash to its digest, its CMS signature verifies against
            the certificate it carries, and it covers the whole revision it signed.
        whole_file: it covers the whole file: nothing was added after it.
        in_issued: it was already in the issued file (CREC's seal).
        covers_issued: the bytes it covers begin with exactly the issued file's bytes;
            None for a signature already in the issued file, which is part of those bytes.
    """

    field: str
    signer: str
    self_signed: bool
    signed_at: datetime | None
    intact: bool
    whole_file: bool
    in_issued: bool
    covers_issued: bool | None

    def as_json(self) -> dict[str, Any]:
        return {
            "field": self.field,
            "signer": self.signer,
            "self_signed": self.self_signed,
            "signed_at": self.signed_at.isoformat() if self.signed_at else None,
            "intact": self.intact,
            "whole_file": self.whole_file,
            "in_issued": self.in_issued,
            "covers_issued": self.covers_issued,
        }

    @property
    def line(self) -> str:
        """One line: where, by whom, when, and what holds."""
        when = f", {self.signed_at:%Y-%m-%d %H:%M %Z}".rstrip() if self.signed_at else ""
        states = ["intact" if self.intact else "BROKEN"]
        if self.in_issued:
            states.append("part of the issued file")
        elif self.covers_issued is not None:
            states.append("covers the issued file" if self.covers_issued
                          else "does NOT cover the issued file")  # fmt: skip
        if not self.whole_file:
            states.append("more added to the file after it")
        certificate = " (self-signed certificate)" if self.self_signed else ""
        return f"{self.field}: {self.signer}{certificate}{when}: {', '.join(states)}"


@dataclass(frozen=True)
class SignatureCheck:
    """What a signed copy's signatures prove about the issued file.

    Attributes:
        signatures: every signature in the file, in signing order.
        matches_issued: the file is the issued bytes followed only by incremental updates,
            and the first signature added after them is intact and signed exactly the
            issued bytes with nothing changed but form fields and the signature itself.
        problems: what is wrong, one plain sentence each.
    """

    signatures: tuple[Signature, ...]
    matches_issued: bool
    problems: tuple[str, ...] = ()

    def as_json(self) -> dict[str, Any]:
        """The check as the register's event records it."""
        return {
            "matches_issued": self.matches_issued,
            "signatures": [signature.as_json() for signature in self.signatures],
            "problems": list(self.problems),
        }

    def lines(self) -> list[str]:
        """The check as the CLI prints it: the verdict, each signature, each problem."""
        verdict = (
            "signed: the vendor signed the file CREC issued" if self.matches_issued
            else "NOT what CREC issued: the signed file is not the issued file, signed"
        )  # fmt: skip
        return [
            verdict,
            *(f"  {signature.line}" for signature in self.signatures),
            *(f"  problem: {problem}" for problem in self.problems),
        ]


def check_signatures(issued: bytes, signed: bytes, name: Path | str) -> SignatureCheck:
    """Check every signature of ``signed`` (the file at ``name``) against ``issued``.

    Args:
        issued: the PDF CREC issued, as the register entered it.
        signed: the signed copy that came back.
        name: the signed copy's file, for messages.

    Raises:
        InputError: ``signed`` is a DOCX, not a PDF, unreadable, over the size or object
            limits of :mod:`crec_assemble.render.untrusted`, or takes too long to judge;
            or ``issued`` is not a PDF.
    """
    if is_docx(signed):
        raise InputError(f"{name}: a signed copy must be a PDF; a DOCX carries no signature "
                         "that can be checked against the issued file")  # fmt: skip
    if not is_pdf(signed):
        raise InputError(f"{name}: not a PDF; a signed copy must be the signed PDF")
    if not is_pdf(issued):
        raise InputError(f"{name}: the issued file to compare it with is not a PDF")
    with time_bound(name), pdf_signature_errors(name):
        return _Check(issued, signed, name).run()


def is_signed_copy(data: bytes, name: Path | str) -> bool:
    """Whether a returned file is a signed copy: a PDF carrying a signature someone put in a
    signature field (an approval signature), not only a certification such as CREC's seal,
    which is part of the issued file.

    Raises:
        InputError: its signatures cannot be read, or take too long.
    """
    if not is_pdf(data) or _SIGNED not in data:
        return False
    with time_bound(name), pdf_signature_errors(name):
        signatures = open_pdf_signatures(data, name).embedded_regular_signatures
        return any(signature.docmdp_level is None for signature in signatures)


def issued_pdf(document: RegisteredDocument, signed: bytes) -> bytes:
    """The PDF CREC issued for ``document`` that ``signed`` was made from: the standard a
    signed copy is held to.

    A document can hold more than one issued PDF (built again on another day, or sealed);
    the longest one the signed copy begins with is the one the vendor signed, else the first.
    Each is read again from where it was entered and checked against its recorded hash, so a
    file moved or changed since cannot become the standard.

    Raises:
        InputError: when the register holds no issued PDF for it that is still as entered.
    """
    pdfs = [f for f in document.files if f.format == "pdf"]
    if not pdfs:
        raise InputError(
            f"{document.id}: no issued PDF in the register (register add the PDF first)"
        )
    intact = []
    for entered in pdfs:
        path = Path(entered.path)
        if path.is_file():
            data = read_untrusted(path)
            if hashlib.sha256(data).hexdigest() == entered.sha256:
                intact.append(data)
    if not intact:
        raise InputError(f"{document.id}: the issued PDF is no longer at "
                         f"{pdfs[0].path} as entered (moved or changed); register check lists "
                         "such files")  # fmt: skip
    # The longest: a sealed PDF is the unsealed one and the seal's update, so both prefix a
    # copy signed after the seal, and the vendor signed the sealed one.
    return max((data for data in intact if signed.startswith(data)), key=len, default=intact[0])


class _Check:
    """One signed file read against the issued bytes."""

    def __init__(self, issued: bytes, signed: bytes, name: Path | str) -> None:
        self._issued = issued
        self._signed = signed
        self._reader = open_pdf_signatures(signed, name)
        self._base = self._issued_revision(name)

    def _issued_revision(self, name: Path | str) -> int | None:
        """The signed file's revision that ends the issued file, when the signed file is the
        issued bytes followed by incremental updates built on them (each later revision's
        cross-reference chain leads back into the issued one); else None."""
        if not self._signed.startswith(self._issued):
            return None
        own = open_pdf_signatures(self._issued, name).xrefs
        last = own.total_revisions - 1
        xrefs = self._reader.xrefs
        if last >= xrefs.total_revisions:
            return None
        same = xrefs.get_startxref_for_revision(last) == own.get_startxref_for_revision(last)
        return last if same else None

    def run(self) -> SignatureCheck:
        embedded = list(self._reader.embedded_regular_signatures)
        signatures = [self._signature(sig) for sig in embedded]
        added = [(sig.signed_revision, found) for sig, found in zip(embedded, signatures,
                 strict=True) if not found.in_issued]  # fmt: skip
        problems = [*self._presence(signatures, added), *self._broken(signatures)]
        changed = list(self._changes(added)) if self._base is not None and added else []
        problems.extend(problem for _, problem in changed)
        first = added[0][1] if added else None
        # built on the issued bytes, and nothing but form filling before the first signature
        clean = self._base is not None and all(index > 0 for index, _ in changed)
        matches = bool(first and first.intact and first.covers_issued and clean)
        return SignatureCheck(tuple(signatures), matches, tuple(problems))

    def _changes(self, added: list[tuple[int, Signature]]) -> Iterator[tuple[int, str]]:
        """What changed before each added signature beyond filling in form fields (it signed
        those changes; the first one, changes to what CREC issued), and after the last one
        beyond updates that keep signatures verifiable (nobody signed those): each with the
        index of the signature it comes before (``len(added)`` after the last)."""
        start = self._base
        assert start is not None
        for index, (revision, found) in enumerate(added):
            changed = self._changed(start, revision, allowed="FORM_FILLING")
            if changed:
                yield index, _changed_before(found, changed, index)
            start = revision
        last = self._reader.xrefs.total_revisions - 1
        tail = self._changed(start, last, allowed="LTA_UPDATES")
        if tail:
            last_one = _who(added[-1][1])
            yield len(added), (f"after the last signature ({last_one}), {_listed(tail)} "
                               "changed, and no signature covers that")  # fmt: skip

    def _signature(self, sig: Any) -> Signature:
        from pyhanko.sign.validation import SignatureCoverageLevel, validate_pdf_signature

        moment = sig.self_reported_timestamp
        status = validate_pdf_signature(sig, validation_context((), moment), skip_diff=True)
        start, hole, after, length = sig.byte_range
        in_issued = self._base is not None and sig.signed_revision <= self._base
        covers = (
            None if in_issued
            else start == 0 and hole >= len(self._issued)
            and self._signed[: after + length].startswith(self._issued)
        )  # fmt: skip
        return Signature(
            field=str(sig.field_name), signer=common_name(sig.signer_cert),
            self_signed=bool(sig.signer_cert.self_issued), signed_at=moment,
            intact=bool(status.intact and status.valid and covers_its_revision(status)),
            whole_file=status.coverage == SignatureCoverageLevel.ENTIRE_FILE,
            in_issued=in_issued, covers_issued=covers,
        )  # fmt: skip

    def _presence(
        self, signatures: list[Signature], added: list[tuple[int, Signature]]
    ) -> Iterator[str]:
        """No signature, none added to the issued file, or not built on the issued bytes."""
        if not signatures:
            yield "it carries no signature"
        elif not added:
            yield ("it carries no signature but those already in the issued file: "
                   "nobody signed it after CREC issued it")  # fmt: skip
        if self._base is None and not self._signed.startswith(self._issued):
            yield ("its bytes do not begin with the issued file's: it was rewritten or changed "
                   "(not only signed), so what was signed is not what CREC issued")  # fmt: skip
        elif self._base is None:
            yield ("after the issued file's bytes comes another document, not an update of "
                   "them, so what was signed is not what CREC issued")  # fmt: skip
        elif added and added[0][1].covers_issued is False:
            yield (f"the first signature ({_who(added[0][1])}) does not cover the issued "
                   "file: the bytes it signed do not begin with the issued file's")  # fmt: skip

    def _broken(self, signatures: list[Signature]) -> Iterator[str]:
        for found in signatures:
            if not found.intact:
                yield (f"the signature {_who(found)} is broken: the bytes it covers are no "
                       "longer the bytes that were signed")  # fmt: skip

    def _changed(self, base: int, until: int, *, allowed: str) -> list[str]:
        """What revisions after ``base`` up to ``until`` changed beyond ``allowed`` (the name
        of a pyHanko modification level), named as a reader would; [] when nothing did.

        Only a revision that went beyond is named, and only what it wrote: a signature's own
        revision also rewrites the form's field list and the document information.
        """
        from pyhanko.sign.diff_analysis import ModificationLevel, SuspiciousModification

        policy = _policy()
        old = self._reader.get_historical_resolver(base)
        fields = {str(sig.field_name) for sig in self._reader.embedded_signatures}
        named: list[str] = []
        for revision in range(base + 1, until + 1):
            try:
                new = self._reader.get_historical_resolver(revision)
                level = policy.apply(old, new).modification_level
            except SuspiciousModification:
                level = ModificationLevel.OTHER
            if level > ModificationLevel[allowed]:
                found = changed_objects(self._reader, revision - 1, fields, until=revision)
                named.extend(name for name in found or ["the document"] if name not in named)
        return named


def _policy() -> Any:
    """pyHanko's default difference policy, except that setting the form's /SigFlags is
    allowed: an unsealed issued file has no signature yet, and the first one sets them."""
    from pyhanko.sign import diff_analysis as diff
    from pyhanko.sign.diff_analysis.constants import ACROFORM_EXEMPT_STRICT_COMPARISON

    rules = [diff.SigFieldCreationRule(), diff.SigFieldModificationRule(),  # type: ignore[no-untyped-call]
             diff.GenericFieldModificationRule()]  # fmt: skip
    form = diff.FormUpdatingRule(
        field_rules=rules,
        ignored_acroform_keys=ACROFORM_EXEMPT_STRICT_COMPARISON | {"/SigFlags"},
    )
    return diff.StandardDiffPolicy(diff.DEFAULT_DIFF_POLICY.global_rules, form)


def _who(found: Signature) -> str:
    return f"by {found.signer} in {found.field}"


def _listed(names: list[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def _changed_before(found: Signature, changed: list[str], index: int) -> str:
    since = "since CREC issued it" if index == 0 else "since the signature before it"
    what = "so it did not sign what CREC issued" if index == 0 else "and it covers that"
    return (f"before the signature {_who(found)}, {_listed(changed)} changed {since}, "
            f"{what}")  # fmt: skip
