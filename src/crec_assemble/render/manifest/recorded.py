"""A manifest read back: the parts the readers rely on, checked once when read.

``verify``, ``rebuild``, ``redline`` and the paperwork that cites an issued
agreement all read manifests; they get these frozen types and never the raw
JSON's shape, except through ``data`` for the details only one of them needs.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ...errors import InputError
from .contents import words_sha256

__all__ = ["RecordedManifest", "RecordedSection", "parse_manifest"]


@dataclass(frozen=True)
class RecordedSection:
    """One section as the manifest records it: where it stands, its words and their hash."""

    clause: str
    number: str
    title: str
    part: str
    text: str
    sha256: str

    @property
    def label(self) -> str:
        """How a reader finds it: "Section 10 (Notification of …)", "Exhibit B (…)"."""
        if not self.number:
            return self.title
        kind = "Exhibit" if self.part == "exhibit" else "Section"
        return f"{kind} {self.number} ({self.title})"

    @property
    def honest(self) -> bool:
        """Whether its recorded text still has the hash recorded beside it.

        A forger who rewrites a section's text in the manifest to match an
        edited document seldom recomputes the hash as well.
        """
        return words_sha256(self.text) == self.sha256


@dataclass(frozen=True)
class RecordedManifest:
    """The manifest a document carries; ``sha256`` is the hash of its JSON as carried."""

    agreement_id: str
    title: str
    draft: bool
    unmet: tuple[str, ...]
    sections: tuple[RecordedSection, ...]
    sha256: str
    data: dict[str, Any]


def parse_manifest(text: str, name: Path | str) -> RecordedManifest:
    """The manifest's JSON, checked for what the readers rely on.

    Raises:
        InputError: when it is not JSON or lacks a part every manifest has.
    """
    try:
        raw = json.loads(text)
        agreement = raw["agreement"]
        return RecordedManifest(
            agreement_id=str(agreement["id"]),
            title=str(agreement["title"]),
            draft=bool(agreement["draft"]),
            unmet=tuple(str(item) for item in raw["unmet"]),
            sections=tuple(
                RecordedSection(
                    clause=str(s["clause"]),
                    number=str(s["number"]),
                    title=str(s["title"]),
                    part=str(s["part"]),
                    text=str(s["text"]),
                    sha256=str(s["sha256"]),
                )
                for s in raw["sections"]
            ),
            sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
            data=raw,
        )
    except (json.JSONDecodeError, KeyError, TypeError) as error:
        raise InputError(f"{name}: the embedded manifest is malformed ({error})") from None
