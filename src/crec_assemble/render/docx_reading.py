"""A DOCX read as Word and LibreOffice show it: every story, only the text a reader sees.

The parts are found through the package's relationships (:mod:`.docx_package`), so
the main document is the one Word opens, whatever its name. Its stories are read in
reading order — the body (tables and text boxes included), each header and footer,
each footnote, endnote and comment — each with a name a report can give ("header
(first page)", "footnote 2", "comment 1 by Vendor Legal").

A run a reader does not see (hidden, too small, coloured like what lies behind it:
:mod:`.docx_look`) is no part of the text; it is reported, with why. Content Word
would import from another file (``w:altChunk``) cannot be read here, and is reported
too. Tracked changes are read as accepted: insertions are text, deletions are not.
Field codes (``w:instrText``) are not text; their results are.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

from .docx_fields import Fields
from .docx_look import (
    EMPTY,
    NO_STYLES,
    Look,
    StyleSheet,
    Theme,
    W,
    fill_of,
    hidden_reason,
    look_of,
    style_sheet,
)
from .docx_package import Package
from .untrusted import check_text, check_time

__all__ = ["DocxReading", "HiddenRun", "Imported", "Story", "read_docx"]

_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
# Markup that holds no text a reader sees: properties, and what a tracked change deleted.
_SKIP = frozenset(f"{W}{tag}" for tag in (
    "pPr", "rPr", "sdtPr", "sdtEndPr", "customXmlPr", "smartTagPr", "tblPr", "tblGrid", "trPr",
    "tcPr", "sectPr", "del", "moveFrom", "background",
))  # fmt: skip
_SEPARATORS = ("separator", "continuationSeparator", "continuationNotice")
# Namespaces Word understands when markup-compatibility offers a choice (mc:Choice Requires).
_UNDERSTOOD = frozenset((
    "w", "w14", "w15", "w16", "w16se", "w16cid", "w16cex", "w16sdtdh", "wp", "wp14", "wps",
    "wpg", "wpc", "wpi", "a", "a14", "pic", "v", "o", "w10", "m", "mc", "aink", "am3d",
    "cx", "cx1", "cx2", "cx3", "cx4", "cx5", "cx6", "cx7", "cx8",
))  # fmt: skip
_P, _RUN, _T = f"{W}p", f"{W}r", f"{W}t"
_TAB = frozenset((f"{W}tab", f"{W}ptab"))
_BREAK = frozenset((f"{W}br", f"{W}cr"))
_FIELD = frozenset((f"{W}fldChar", f"{W}instrText"))
_ALTERNATIVES = f"{_MC}AlternateContent"
_SECTION_KINDS = {"default": "", "first": " (first page)", "even": " (even pages)"}


@dataclass(frozen=True)
class Story:
    """One story of a document, its paragraphs as a reader sees them."""

    name: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class HiddenRun:
    """Text in a story a reader does not see, and why ("hidden (vanish)", "1 pt")."""

    story: str
    text: str
    reason: str


@dataclass(frozen=True)
class Imported:
    """Content Word would import into a story from another part or file (``w:altChunk``)."""

    story: str
    target: str


@dataclass(frozen=True)
class DocxReading:
    """A DOCX as a reader sees it: its stories, the body first."""

    main_part: str
    stories: tuple[Story, ...]
    hidden: tuple[HiddenRun, ...]
    imported: tuple[Imported, ...]
    tracked_changes: bool
    struck: int = 0  # struck-through runs left out (``struck_out``)

    @property
    def body(self) -> tuple[str, ...]:
        """The body's paragraphs."""
        return self.stories[0].paragraphs

    @property
    def other_stories(self) -> dict[str, tuple[str, ...]]:
        """Every story but the body, by name: what a rebuild's headers, footers, notes and
        comments are compared with."""
        return {story.name: story.paragraphs for story in self.stories[1:]}


def read_docx(
    data: bytes,
    name: Path | str,
    *,
    table_rows: bool = False,
    markers: re.Pattern[str] | None = None,
    struck_out: bool = False,
) -> DocxReading:
    """Every story of a DOCX as a reader sees it.

    Args:
        data: the DOCX.
        name: names it in messages.
        table_rows: read each table row as one paragraph, its cells joined by a dash
            ("Breach notice — within 72 hours"), as ``audit`` reads sentences; otherwise
            each cell's paragraphs stand on their own, as ``verify`` reads them.
        markers: hidden runs that are wholly one of these (our e-signature anchors, white
            and tiny by design, for the signing service to find) are read as text and not
            reported; ``verify`` then compares them with the words the manifest recorded.
        struck_out: leave out struck-through text, as ``audit`` reads a signed paper whose
            parties struck a clause ("[Struck - see Schedule 2]"); ``verify`` keeps it, since a
            reader sees it.

    Raises:
        InputError: when it is not a readable DOCX (its relationships name no single main
            document inside the package, a part is missing or damaged), or it is over a
            limit of :mod:`.untrusted`.
    """
    package = Package(data, name)
    reader = _Reader(package, table_rows, markers, struck_out)
    stories = tuple(reader.stories())
    check_text(sum(len(p) for s in stories for p in s.paragraphs), name)
    return DocxReading(
        package.main, stories, tuple(reader.hidden), tuple(reader.imported),
        package.tracked_changes, reader.struck,
    )  # fmt: skip


class _Reader:
    """Walks a document's stories, collecting paragraphs, hidden runs and imported content."""

    def __init__(
        self,
        package: Package,
        table_rows: bool,
        markers: re.Pattern[str] | None,
        struck_out: bool,
    ) -> None:
        self.package = package
        self.table_rows = table_rows
        self.markers = markers
        self.struck_out = struck_out
        self.struck = 0
        self.hidden: list[HiddenRun] = []
        self.imported: list[Imported] = []
        self._main = package.xml(package.main)
        self._styles = self._style_sheet()
        self._theme: Theme | None = None
        self._bases: dict[tuple[str, str, str], Look] = {}
        self._reasons: dict[tuple[Look, str | None, str | None], str] = {}
        page = self._main.find(f"{W}background")
        self._page = "" if page is None else page.get(f"{W}color", "").upper()
        self._story = ""
        self._part = ""
        self._paragraphs: list[str] = []
        self._fields = Fields()

    def _style_sheet(self) -> StyleSheet:
        parts = self.package.of_kind(self.package.main, "styles")
        if not parts:
            return NO_STYLES
        return style_sheet(self.package.read(parts[0]), self.package.name, parts[0])

    def theme(self) -> Theme:
        if self._theme is None:
            parts = self.package.of_kind(self.package.main, "theme")
            self._theme = Theme.of(self.package.xml(parts[0])) if parts else Theme({})
        return self._theme

    def stories(self) -> Iterator[Story]:
        """The body, headers and footers, footnotes, endnotes and comments, in that order."""
        main = self.package.main
        body = self._main.find(f"{W}body")
        yield self._read("body", main, body)
        for story, part in self._headers_and_footers():
            yield self._read(story, part, self.package.xml(part))
        for kind in ("footnote", "endnote", "comment"):
            for part in self.package.of_kind(main, f"{kind}s"):
                notes = [n for n in self.package.xml(part).iter(f"{W}{kind}")
                         if n.get(f"{W}type", "normal") not in _SEPARATORS]  # fmt: skip
                for number, note in enumerate(notes, 1):
                    author = f" by {note.get(f'{W}author', '')[:40]}" if kind == "comment" else ""
                    yield self._read(f"{kind} {number}{author}", part, note)

    def _headers_and_footers(self) -> Iterator[tuple[str, str]]:
        """Each header and footer a section refers to, named by its kind and section."""
        relationships = self.package.relationships(self.package.main)
        sections = list(self._main.iter(f"{W}sectPr"))
        seen: set[str] = set()
        for number, section in enumerate(sections, 1):
            for reference in section:
                kind = reference.tag.removeprefix(W).removesuffix("Reference")
                if kind not in ("header", "footer"):
                    continue
                relationship = relationships.get(reference.get(f"{_R}id", ""))
                if relationship is None:
                    continue  # Word shows nothing for a reference to no part
                part = self.package.follow(relationship)
                if part in seen:
                    continue
                seen.add(part)
                which = _SECTION_KINDS.get(reference.get(f"{W}type", "default"), "")
                where = f", section {number}" if number > 1 else ""
                yield f"{kind}{which}{where}", part

    def _read(self, story: str, part: str, root: ElementTree.Element | None) -> Story:
        check_time()
        self._story, self._part, self._paragraphs = story, part, []
        self._fields = Fields()
        if root is not None:
            self._blocks(root, None, "")
        return Story(story, tuple(self._paragraphs))

    def _blocks(self, element: ElementTree.Element, cell_fill: str | None, table: str) -> None:
        """The paragraphs, tables and imports of a block container, in order."""
        for child in _content(element):
            if child.tag == _P:
                self._paragraph(child, cell_fill, table)
            elif child.tag == f"{W}tbl":
                self._table(child)
            elif child.tag == f"{W}altChunk":
                self._import(child)
            elif child.tag not in _SKIP:
                self._blocks(child, cell_fill, table)  # sdt, customXml, ins, moveTo…

    def _table(self, table: ElementTree.Element) -> None:
        properties = table.find(f"{W}tblPr")
        style = None if properties is None else properties.find(f"{W}tblStyle")
        style_id = self._styles.default_table if style is None else style.get(f"{W}val", "")
        table_fill = fill_of(None if properties is None else properties.find(f"{W}shd"))
        for row in _within(table, f"{W}tr"):
            cells = []
            for cell in _within(row, f"{W}tc"):
                fill = fill_of(cell.find(f"{W}tcPr/{W}shd"))
                if not self.table_rows:
                    self._blocks(cell, table_fill if fill is None else fill, style_id)
                    continue
                outer, self._paragraphs = self._paragraphs, []
                self._blocks(cell, table_fill if fill is None else fill, style_id)
                cells.append(" ".join(self._paragraphs).strip())
                self._paragraphs = outer
            if self.table_rows:
                self._paragraphs.append(" — ".join(cell for cell in cells if cell))

    def _import(self, element: ElementTree.Element) -> None:
        relationship = self.package.relationships(self._part).get(element.get(f"{_R}id", ""))
        target = "(a missing part)" if relationship is None else (
            relationship.part or relationship.target
        )  # fmt: skip
        self.imported.append(Imported(self._story, target[:120]))

    def _paragraph(self, paragraph: ElementTree.Element, cell_fill: str | None, table: str) -> None:
        properties = paragraph.find(f"{W}pPr")
        style = None if properties is None else properties.find(f"{W}pStyle")
        style_id = self._styles.default_paragraph if style is None else style.get(f"{W}val", "")
        own_fill = fill_of(None if properties is None else properties.find(f"{W}shd"))
        style_fill = self._styles.paragraphs.get(style_id, (EMPTY, None))[1]
        gathered = _Paragraph(
            style_id, table, style_fill if own_fill is None else own_fill, cell_fill
        )
        self._inline(paragraph, gathered)
        self._paragraphs.append("".join(text for reason, text in gathered.pieces if not reason))
        pieces = [(reason, text) for reason, text in gathered.pieces if text]
        for reason, group in itertools.groupby(pieces, key=lambda piece: piece[0]):
            text = "".join(piece[1] for piece in group)
            if reason and text.strip():
                self.hidden.append(HiddenRun(self._story, text, reason))
        for box in gathered.boxes:  # a text box reads after the paragraph it is anchored in
            self._blocks(box, None, "")

    def _inline(self, element: ElementTree.Element, paragraph: _Paragraph) -> None:
        for child in _content(element):
            if child.tag == _RUN:
                self._run(child, paragraph)
            elif child.tag == f"{W}subDoc":
                self._import(child)
            elif child.tag == f"{W}fldSimple":
                self._fields.open(child.get(f"{W}instr", ""), showing=True)
                self._inline(child, paragraph)
                self._fields.close()
            elif child.tag not in _SKIP:
                self._inline(child, paragraph)  # hyperlink, fldSimple, sdt, smartTag, ins…

    def _run(self, run: ElementTree.Element, paragraph: _Paragraph) -> None:
        properties = run.find(f"{W}rPr")
        style = None if properties is None else properties.find(f"{W}rStyle")
        look = self._base(paragraph.table, paragraph.style, "" if style is None else
                          style.get(f"{W}val", "")).over(look_of(properties))  # fmt: skip
        reason = self._reason(look, paragraph.fill, paragraph.cell_fill)
        parts = []
        for child in _content(run):
            tag = child.tag
            if tag == _T:
                parts.append(self._fields.shown(child.text or ""))
            elif tag in _FIELD:
                self._fields.mark(child)
            elif tag in _TAB:
                parts.append("\t")
            elif tag in _BREAK:
                parts.append("\n")
            elif tag not in _SKIP:
                paragraph.boxes.extend(_boxes(child))
        text = "".join(parts)
        if self.struck_out and look.struck:
            self.struck += bool(text.strip())
            return  # its fields were followed above; its words are the parties' deletion
        if reason and self.markers is not None and self.markers.fullmatch(text.strip()):
            reason = ""
        paragraph.pieces.append((reason, text))

    def _reason(self, look: Look, fill: str | None, cell_fill: str | None) -> str:
        """Why a run of this look is unseen, worked out once per look and background."""
        key = (look, fill, cell_fill)
        if key not in self._reasons:
            self._reasons[key] = hidden_reason(look, fill, cell_fill, self._page, self.theme)
        return self._reasons[key]

    def _base(self, table: str, paragraph: str, character: str) -> Look:
        """The look of a run before its own properties, worked out once per combination."""
        key = (table, paragraph, character)
        if key not in self._bases:
            sheet = self._styles
            self._bases[key] = (
                sheet.defaults.over(sheet.tables.get(table, EMPTY))
                .over(sheet.paragraphs.get(paragraph, (EMPTY, None))[0])
                .over(sheet.characters.get(character or sheet.default_character, EMPTY))
            )
        return self._bases[key]


class _Paragraph:
    """What a paragraph's runs gather: (why hidden or "", text) pieces and text boxes."""

    def __init__(self, style: str, table: str, fill: str | None, cell_fill: str | None) -> None:
        self.style, self.table, self.fill, self.cell_fill = style, table, fill, cell_fill
        self.pieces: list[tuple[str, str]] = []
        self.boxes: list[ElementTree.Element] = []


def _content(element: ElementTree.Element) -> Iterable[ElementTree.Element]:
    """An element's children; for a markup-compatibility choice, those of the branch Word
    shows: the first ``mc:Choice`` whose namespaces it understands, else ``mc:Fallback``."""
    if element.tag != _ALTERNATIVES:
        return element
    for branch in element:
        if branch.tag == f"{_MC}Choice" and set(branch.get("Requires", "").split()) <= _UNDERSTOOD:
            return list(branch)
    fallback = element.find(f"{_MC}Fallback")
    return [] if fallback is None else list(fallback)


def _boxes(element: ElementTree.Element) -> Iterator[ElementTree.Element]:
    """The text boxes (``w:txbxContent``) in a run's drawing, shape or object."""
    if element.tag == f"{W}txbxContent":
        yield element
        return
    for child in _content(element):
        yield from _boxes(child)


def _within(element: ElementTree.Element, tag: str) -> Iterator[ElementTree.Element]:
    """The ``tag`` elements of a table or row, through content controls and custom XML,
    not those of a table nested in a cell."""
    for child in _content(element):
        if child.tag == tag:
            yield child
        elif child.tag not in (f"{W}tbl", f"{W}tc", f"{W}p") and child.tag not in _SKIP:
            yield from _within(child, tag)
