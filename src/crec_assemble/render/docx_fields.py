"""Fields in a DOCX story: their instructions are not text, their results are.

Word keeps a field as ``w:fldChar`` begin, instructions (``w:instrText``), separate,
the result a reader sees, end — or as one ``w:fldSimple`` around its result.
"""

from __future__ import annotations

from dataclasses import dataclass
from xml.etree import ElementTree

from .docx_look import W

__all__ = ["Fields"]


@dataclass
class _Field:
    instruction: str = ""
    showing: bool = False  # past its instructions, into the result a reader sees
    shown: bool = False  # a page number's "#" given


class Fields:
    """The fields open at a point of a story. A field's instructions (``w:instrText``) are
    not text, its result is; the result of a page number or count (PAGE, NUMPAGES,
    SECTIONPAGES) reads as "#": it changes with the layout (LibreOffice's re-save turns
    "Page 1 of 1" into "Page 12 of 12") and is no one's wording."""

    _PAGES = frozenset({"PAGE", "NUMPAGES", "SECTIONPAGES"})

    def __init__(self) -> None:
        self._open: list[_Field] = []

    def open(self, instruction: str = "", *, showing: bool = False) -> None:
        self._open.append(_Field(instruction, showing))

    def close(self) -> None:
        if self._open:
            self._open.pop()

    def mark(self, element: ElementTree.Element) -> None:
        """A ``w:fldChar`` (begin, separate, end) or a ``w:instrText``."""
        if element.tag == f"{W}instrText":
            if self._open and not self._open[-1].showing:
                self._open[-1].instruction += element.text or ""
            return
        kind = element.get(f"{W}fldCharType", "")
        if kind == "begin":
            self.open()
        elif kind == "separate" and self._open:
            self._open[-1].showing = True
        elif kind == "end":
            self.close()

    def shown(self, text: str) -> str:
        """What a reader's text holds for ``text`` read at this point."""
        field = self._open[-1] if self._open else None
        if field is None or not field.showing:
            return text
        words = field.instruction.split()
        if not words or words[0].upper() not in self._PAGES:
            return text
        first, field.shown = not field.shown, True
        return "#" if first else ""
