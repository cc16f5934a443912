"""A DOCX's parts as Word finds them: through the package's relationships, never by name.

Word opens ``_rels/.rels``, follows its ``officeDocument`` relationship to the main
document (whatever its name and folder), and finds the headers, footers, notes,
comments and styles through *that* part's relationships. A reader that looks for
``word/document.xml`` by name reads a part Word may not show: a vendor can leave our
document in place and point the relationship at another part. Every part is opened
through :mod:`.untrusted`, within its limits.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote
from xml.etree import ElementTree

from ..errors import InputError
from .untrusted import open_docx, parse_xml, read_part

__all__ = ["Package", "Relationship"]

_RELATIONSHIP = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
# A story that carries a tracked insertion, deletion or move (read as accepted).
_TRACKED = re.compile(rb"<w:(?:ins|del|moveFrom|moveTo)[ >]")


@dataclass(frozen=True)
class Relationship:
    """One relationship of a part: its id, its kind (the last segment of its type, e.g.
    "header", "aFChunk") and the part it names, resolved in the package ("" when it
    points outside the package); an external one keeps its address in ``target``."""

    id: str
    kind: str
    part: str
    target: str
    external: bool


class Package:
    """The parts of one DOCX, found through relationships.

    Raises (on creation):
        InputError: a damaged zip, one over a limit of :mod:`.untrusted`, or a package
            that does not name exactly one main document inside itself.
    """

    def __init__(self, data: bytes, name: Path | str) -> None:
        self.name = name
        self._archive = open_docx(data, name)
        # Part names in a package are compared without regard to case (ECMA-376 Part 2).
        self._names = {part.lower(): part for part in self._archive.namelist()}
        self.tracked_changes = False
        self.main = self._main_part()

    def read(self, part: str) -> bytes:
        """A part's bytes (the part named ``part``, matched without regard to case)."""
        return read_part(self._archive, self._names.get(part.lower(), part), self.name)

    def xml(self, part: str) -> ElementTree.Element:
        """A story's XML, noting whether it carries tracked changes."""
        data = self.read(part)
        self.tracked_changes = self.tracked_changes or _TRACKED.search(data) is not None
        return parse_xml(data, self.name, part)

    def relationships(self, part: str) -> dict[str, Relationship]:
        """The relationships of ``part`` by id ("" for the package's own); none when the
        part has no relationships part."""
        folder, file = posixpath.split(part)
        rels = posixpath.join(folder, "_rels", f"{file}.rels")
        if rels.lower() not in self._names:
            return {}
        found = {}
        for element in parse_xml(self.read(rels), self.name, rels).iter(_RELATIONSHIP):
            target = element.get("Target", "")
            external = element.get("TargetMode", "Internal") == "External"
            resolved = "" if external else _resolve(folder, target)
            relationship = Relationship(
                id=element.get("Id", ""), kind=element.get("Type", "").rsplit("/", 1)[-1],
                part=resolved, target=target, external=external,
            )  # fmt: skip
            found[relationship.id] = relationship
        return found

    def follow(self, relationship: Relationship) -> str:
        """The part a relationship Word would follow names, refused when it is external or
        outside the package.

        Raises:
            InputError: naming the relationship.
        """
        if relationship.external or not relationship.part:
            raise InputError(
                f"{self.name}: not a readable DOCX (its {relationship.kind} relationship "
                f"{relationship.id[:40]} points outside the package: {relationship.target[:80]})"
            )
        return relationship.part

    def of_kind(self, part: str, kind: str) -> list[str]:
        """The parts ``part``'s relationships of one kind name, in their order."""
        return [self.follow(r) for r in self.relationships(part).values() if r.kind == kind]

    def _main_part(self) -> str:
        if "_rels/.rels" not in self._names:
            raise InputError(f"{self.name}: not a readable DOCX (it has no part _rels/.rels)")
        mains = [r for r in self.relationships("").values() if r.kind == "officeDocument"]
        if len(mains) != 1:
            raise InputError(
                f"{self.name}: not a readable DOCX (its package names {len(mains)} main "
                "documents; Word opens one)"
            )
        return self.follow(mains[0])


def _resolve(folder: str, target: str) -> str:
    """A relationship's target as a part name, or "" when it leaves the package."""
    target = unquote(target.split("#", 1)[0])
    joined = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
    part = posixpath.normpath(joined) if joined else ""
    if part in ("", ".", "..") or part.startswith("../") or part.startswith("/"):
        return ""
    return part
