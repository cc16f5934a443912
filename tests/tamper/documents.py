"""The documents the suite alters: every example's issued DOCX and PDF, as bytes.

The cases are named before anything is built (pytest collects them first), so the
documents the examples give are listed here by name, and :func:`issued_documents`
checks that the build gave exactly these.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from crec_assemble.library.wording import squeeze
from crec_assemble.pipeline.produce import Produced

__all__ = ["DOCUMENTS", "Issued", "issued_documents", "section_of"]

# One name per document the examples build: profile, kind and, for a flow-down, its party.
DOCUMENTS = (
    "acme-agreement",
    "acme-flowdown-northwind",
    "acme-flowdown-bluebird",
    "capitol-agreement",
    "ecole-agreement",
    "riverbend-addendum",
    "riverbend-flowdown-skyline",
)


@dataclass(frozen=True)
class Issued:
    """One document as CREC issued it: both files and the manifest they carry."""

    name: str
    docx: bytes = field(repr=False)
    pdf: bytes = field(repr=False)
    manifest: dict[str, Any] = field(repr=False)

    @property
    def title(self) -> str:
        return str(self.manifest["agreement"]["title"])

    @property
    def party(self) -> str:
        return str(self.manifest["agreement"]["party"])

    @property
    def sections(self) -> list[dict[str, Any]]:
        sections: list[dict[str, Any]] = self.manifest["sections"]
        return sections

    def section(self, clause: str) -> dict[str, Any]:
        """The manifest's record of the section of ``clause``."""
        (found,) = [section for section in self.sections if section["clause"] == clause]
        return found


def _name(document: Produced) -> str:
    name = f"{document.profile.stem.split('-')[0]}-{document.kind}"
    if document.kind == "flowdown":
        name += "-" + document.manifest["agreement"]["party"].split()[0].lower()
    return name


def issued_documents(built: Sequence[Produced]) -> dict[str, Issued]:
    """The built examples by name; fails when they are not the documents of ``DOCUMENTS``."""
    found: dict[str, Issued] = {}
    for document in built:
        paths = {output.format: output.path for output in document.outputs}
        found[_name(document)] = Issued(
            _name(document), paths["docx"].read_bytes(), paths["pdf"].read_bytes(),
            document.manifest,
        )  # fmt: skip
    assert sorted(found) == sorted(DOCUMENTS), (
        "the examples build other documents: update DOCUMENTS"
    )
    return found


def section_of(issued: Issued, phrase: str, nth: int = 0) -> str:
    """The clause of the section holding the ``nth`` occurrence of ``phrase`` (from 0)."""
    wanted, seen = squeeze(phrase), 0
    for section in issued.sections:
        count = squeeze(section["text"]).count(wanted)
        if seen + count > nth:
            return str(section["clause"])
        seen += count
    raise AssertionError(f"{issued.name}: no occurrence {nth} of {phrase!r} in any section")
