"""Whose document a file name belongs to: two contractors never share one.

File names come from contractors' legal names, so "Acme, Inc." and "ACME Inc"
both give ``acme-inc.docx``. Before anything is written, each document's files
are checked against the other documents of the same run and against what the
output folder already holds: an existing document's embedded manifest names
its contractor (and, for a flow-down, its subcontractor). A file of another
contractor is never replaced or skipped, even with ``--force`` or
``--skip-existing``; the refusal names both and the way out, the profile field
``contractor.file_name``. The caller holds the folder's lock
(:mod:`~crec_assemble.pipeline.out_lock`), so nothing changes between this
check and the write.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..render.manifest import find_manifest, read_text_reference

__all__ = ["WAY_OUT", "Claims", "Owner"]

WAY_OUT = (
    "give one profile its own file name (contractor.file_name, e.g. file_name: {stem}-2), "
    "or build into another --out"
)


def _same(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


@dataclass(frozen=True)
class Owner:
    """The contractor (and the party, for a flow-down) a document is for, and its id.

    Two owners are the same when their contractor and party names are, spacing aside:
    a profile edited since its last build is still the same contractor's.
    """

    contractor: str
    party: str
    document_id: str = ""

    @classmethod
    def of_manifest(cls, manifest: dict[str, Any]) -> Owner:
        agreement = manifest.get("agreement") or {}
        contractor = str(agreement.get("contractor") or "")
        return cls(contractor, str(agreement.get("party") or contractor), str(agreement.get("id")))

    def same_as(self, other: Owner) -> bool:
        return (_same(self.contractor), _same(self.party)) == (
            _same(other.contractor),
            _same(other.party),
        )

    def __str__(self) -> str:
        if _same(self.party) in ("", _same(self.contractor)):
            return f'"{self.contractor}"'
        return f'"{self.contractor}" (flow-down to "{self.party}")'


def owner_of_file(path: Path) -> Owner | None:
    """The owner an existing output names, or None when it names none we can read."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    if path.suffix == ".txt":
        reference = read_text_reference(data)
        return Owner("", "", reference.document_id) if reference else None
    try:
        found = find_manifest(data, path)
    except InputError:
        return None
    return None if found is None else Owner.of_manifest(found.data)


class Claims:
    """The files one run will write, each with its owner; checked before anything is written.

    Args:
        force: replace existing files of the same owner, and files that carry no manifest.
        resume: ``--skip-existing``: existing files of the same owner are kept, not refused.
        resumable: the command offers ``--skip-existing`` (its refusals mention it).
    """

    def __init__(self, *, force: bool = False, resume: bool = False, resumable: bool = False):
        self._force = force
        self._resume = resume
        self._hint = ", or --skip-existing" if resumable else ""
        self._claimed: dict[Path, tuple[Owner, str]] = {}

    def problem(self, owner: Owner, targets: Iterable[Path], source: Path | str) -> str | None:
        """Why this document (from ``source``) may not write ``targets``, or None."""
        for target in targets:
            first = self._claimed.get(target)
            if first is not None:
                return (
                    f"{target}: {first[0]} ({first[1]}) and {owner} ({source}) would both be "
                    f"written to it; " + WAY_OUT.format(stem=target.stem)
                )
            found = self._existing(target, owner)
            if found:
                return found
        return None

    def claim(self, owner: Owner, targets: Iterable[Path], source: Path | str) -> None:
        """Record the targets as this run's, for the documents checked after them."""
        for target in targets:
            self._claimed[target] = (owner, str(source))

    def _existing(self, target: Path, owner: Owner) -> str | None:
        if target.is_dir():
            return f"{target}: is a folder; move it out of the way"
        if not target.exists():
            return None
        found = owner_of_file(target)
        if found is not None and (
            found.same_as(owner) or (found.document_id and found.document_id == owner.document_id)
        ):
            return None if self._force or self._resume else self._exists(target)
        if found is not None and found.contractor:  # another contractor's: never replaced
            return (
                f"{target}: already holds the document of {found}, not of {owner}; "
                + WAY_OUT.format(stem=target.stem)
            )
        if self._force:
            return None  # not a crec-assemble document: --force may replace it
        if self._resume:
            return (
                f"{target}: already exists and does not say whose it is, so --skip-existing "
                "cannot keep it; move it away, or use --force to overwrite it"
            )
        return self._exists(target)

    def _exists(self, target: Path) -> str:
        return f"{target}: already exists; use --force to overwrite it{self._hint}"
