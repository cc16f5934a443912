"""Why a manifest gives no rebuild: not rebuildable here, or not what it claims to be.

``rebuild`` and ``verify`` tell the two apart. A document that cannot be rebuilt here (a
notice, a document issued with another Word template) is checked word by word only, and
says so; a manifest that does not rebuild into itself was changed after issue. A forger
who edits a manifest to land in the first case rather than the second (an agreement
renamed a notice) is caught by :func:`check_unsigned`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import InputError
from ..library.clauses import ClauseLibrary

__all__ = ["ManifestMismatch", "NotRebuildable", "check_unsigned"]


class NotRebuildable(InputError):
    """The manifest is sound, but this document cannot be regenerated from it here: a kind
    that is not rebuilt, a manifest from before profiles were recorded, another template."""


class ManifestMismatch(InputError):
    """The manifest does not give back the document it claims to record: damaged, or its
    clause versions, hashes or sections are not what its own inputs give.

    Attributes:
        why: the finding alone, without the file's name or advice on rebuilding.
    """

    def __init__(self, message: str, why: str) -> None:
        super().__init__(message)
        self.why = why


def check_unsigned(path: Path, data: dict[str, Any], library: ClauseLibrary, records: bool) -> None:
    """A notice or letter is not rebuilt, so a forger could rename an agreement's kind to
    escape the rebuild: its manifest must look like that kind's.

    Raises:
        ManifestMismatch: the manifest records a profile or issuer (only signed documents
            do), or sections that kind of document does not have.
    """
    kind = data["agreement"]["kind"]
    if records:
        why = (
            "it records the profile and issuer, as only a signed agreement does, yet calls "
            f"itself a {kind}"
        )
        raise ManifestMismatch(f"{path}: {why}", why)
    try:
        outline = library.outline(kind)
    except InputError:
        why = f"it names a kind of document this library does not have ({kind})"
        raise ManifestMismatch(f"{path}: {why}", why) from None
    allowed = {*outline.front, *outline.body, *outline.exhibits}
    strangers = [
        section["clause"] for section in data["sections"] if section["clause"] not in allowed
    ]
    if strangers:
        why = f"its sections ({', '.join(strangers[:3])}…) are not those of a {kind}"
        raise ManifestMismatch(f"{path}: {why}", why)
