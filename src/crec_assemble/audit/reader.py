"""Reading a contract someone else wrote: PDF, DOCX, HTML, Markdown or plain text → sentences.

Vendor paper arrives in every shape: a PDF with a line break in the middle of
every sentence and words hyphenated across lines, a DOCX with half its terms
in a table, an HTML page, a Markdown file. ``audit`` needs sentences and where
each one is (page or paragraph), so that is all this module gives.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from ..errors import InputError
from ..render.extract import docx_blocks, html_blocks, is_docx, pdf_pages
from ..render.untrusted import check_html, check_text, read_untrusted
from .file_kind import READS, drop_directives, sniff
from .layout import pdf_paragraphs
from .lazy_pattern import LazyPattern
from .redline_marks import accepted
from .state_scope import HOME, connecticut_only, connecticut_prevails, state_sections
from .tables import Row, pdf_rows, read_tables
from .text_paragraphs import BULLET, text_rows

__all__ = [
    "TABLE_LEAD",
    "Reading",
    "Sentence",
    "in_sections",
    "lead_in_of",
    "of_section",
    "read_document",
    "read_sentences",
]

# (and an item after a full stop: "Advertising Limitations. (a) Provider shall not …")
_SENTENCE_END = LazyPattern(
    r"(?<=[.;!?])\s+(?=[\"'(\[§]?[A-Z0-9§])"
    # (not after a lead-in: "… only for the purposes listed below. (a) To provide …")
    r"|(?<=\.)(?<!below\.)(?<!following\.)(?<!follows\.)\s+(?=\([a-z]\)\s+[A-Z])"
)
# Abbreviations that end in a full stop without ending the sentence: citations ("Conn. Gen.
# Stat. § 10-234bb", "20 U.S.C. 1232g", "34 C.F.R. Part 99", "P.A. 18-125"), "e.g.", "No. 5".
_ABBREVIATION = LazyPattern(
    r"(?:\b(?:Conn|Gen|Stat|Stats|Sec|Secs|Art|Pub|No|Nos|Para|Paras|Ch|Cal|Ed|Educ|Fed|Reg|"
    r"Regs|Inc|Co|Corp|Ltd|Dept|Mr|Ms|Mrs|Dr|Prof|Hon|St|Jr|vs?|approx|incl|cf|et al)"
    r")\.$|\b(?:[A-Za-z]\.){2,}$"
)
# A letter's greeting ("Dear Dr. Alvarez:") is no lead-in to the promise after it.
# A bracket opened shortly before a semicolon and not closed: "(20 U.S.C. 1232g;"
_OPEN_BRACKET = LazyPattern(r"\([^()]{1,60};$")
_SALUTATION = LazyPattern(
    r"^\s*(?:dear|to whom it may concern|greetings|hello)\b[^\n]{0,80}[:,]\s*$", re.IGNORECASE
)
# A signature block's caption ("Agreed and accepted for the School:", "Signed on behalf of the
# District:") introduces the signature lines, not a list of terms.
# (the block's last line, or its last sentence: not a list's lead-in "…, as approved by the
# Board:")
_SIGNATURE_CAPTION = LazyPattern(
    r"(?:^|[.!?]\s+)\s*(?:agreed(?:\s+(?:and|&)\s+accepted)?|accepted|acknowledged|signed|approved|executed)\b"
    r"(?:\s+(?:for|by|on behalf of)\b[^.:;]{0,50})?:\s*$",
    re.IGNORECASE,
)
# A paragraph that introduces the table after it ("… within the periods in the following
# table", "as shown in the table below"): its rows read with it, as list items read with a
# lead-in ending in a colon.
# The paragraph before a table that says it is one ("… as set out in the table below"): its
# rows read with it, and it is no list's lead-in.
TABLE_LEAD = LazyPattern(
    # ("… will give notice as follows." then the table, "… on the timetable below."; not the
    # recitals' "the parties agree as follows.")
    # ("… on the schedule below.")
    r"\b(?:(?:following|below)\s+(?:time)?table|(?:time)?table\s+(?:below|that follows)|"
    r"schedule\s+below|"
    # ("… by the deadlines in Table 1, measured from discovery", its caption between)
    r"(?:in|by|under)\s+table\s+\d+(?!\.\d)|"
    # ("… it will give notice as set out below.")
    r"(?<!\bagree\s)(?<!\bagrees\s)as follows|as\s+(?:set\s+out|shown|provided)\s+below)\b",
    re.IGNORECASE,
)
_LIST_GOES_ON = LazyPattern(r"(?:;|,)\s*(?:and|or)?\s*$")
# A list run into its lead-in's paragraph, its first item there and the rest after it ("We
# share Student Data only: (a) with the School;" then "(b) with service providers …"): the
# items after read with the lead-in, as the items of a list after a colon do.
_RUN_IN_LEAD = LazyPattern(r"^([^:]{10,300}:)\s*\((?:a|i|1)\)\s")
# A section number that markup glued to the words after it: "<span>B.4.2</span>When …".
_GLUED_NUMBER = LazyPattern(
    r"^(\s*(?:[A-Z]\.)?\d+[A-Z]?(?:\.\d+[A-Z]?)*\.?)(?=[\"\u201c]?[A-Z][a-z])"
)


@dataclass(frozen=True)
class Sentence:
    """One sentence and where a reader finds it ("page 2", "paragraph 14")."""

    text: str
    location: str
    paragraph: int
    heading: bool = False  # a title ("FERPA", "3. Data Security") is not a promise
    level: int = 0  # a Markdown heading's level ("### Connecticut" is 3); 0 when not known
    connecticut: bool = False  # in the Connecticut section of a page of states' addenda
    section: str = ""  # the numbered section it falls under ("8.3"), for "subject to Section 8.3"
    # the school's duty just before it in its paragraph (or in the clause before, when its own
    # points back to "those procedures"), which a vendor's sentence may answer ("The LEA
    # shall establish procedures …. Provider shall respond to the LEA's request …")
    after_school: str = ""


@dataclass(frozen=True)
class Reading:
    """A contract's sentences, and what the reader left out that the report must say
    ("3 template directives dropped")."""

    sentences: tuple[Sentence, ...]
    notes: tuple[str, ...] = ()


def lead_in_of(sentence: Sentence) -> str | None:
    """The lead-in before a sentence's first colon ("Vendor may use Student Data:"), colon
    included: the reader writes a list's lead-in before each item it reads apart, so the
    other items of the list open with it. None for a sentence with no colon."""
    return sentence.text.split(":")[0] + ":" if ":" in sentence.text else None


def in_sections(sentences: Sequence[Sentence]) -> list[Sentence]:
    """Each sentence with the number of the section it falls under: the number that opens it,
    or the last one before it ("8.3 Professional Records." then "Notwithstanding Sections 8.1
    and 8.2, … may retain one archival copy" is section 8.3). A promise made "subject to
    Section 8.3" is read with what that section says, once the headings are set aside."""
    current = ""
    numbered = []
    for sentence in sentences:
        opening = _SECTION_NUMBER.match(sentence.text)
        if opening:
            current = opening.group(1)
        elif sentence.heading:  # "Fees." (its "9." read apart), "ARTICLE IX - INSURANCE"
            current = ""
        numbered.append(replace(sentence, section=current))
    return numbered


def top_section(section: str) -> str:
    """A section number's first part ("5" of "5.2"), the section a clause belongs to."""
    return section.split(".")[0]


def of_section(sentences: Sequence[Sentence], number: str) -> list[Sentence]:
    """The sentences of section ``number`` ("5.5") and of its subsections ("5.5.1"), as
    :func:`in_sections` numbered them."""
    return [s for s in sentences if f"{s.section}.".startswith(f"{number}.")]


# "8.3 Backups.", "8.3.", "Section 8.3 Retention.", "9.", "8.4(a) …" (read as 8.4)
_SECTION_NUMBER = LazyPattern(
    r"^\W*(?:(?:section|clause|§)\s*)?(\d{1,2}(?:\.\d{1,2}){0,3})(?:\([a-z0-9]{1,3}\))?\.?"
    r"(?=\s|$)",
    re.IGNORECASE,
)


def read_sentences(path: Path) -> list[Sentence]:
    """The sentences of a contract, in reading order (:func:`read_document`, without notes).

    Raises:
        InputError: as :func:`read_document`.
    """
    return list(read_document(path).sentences)


def read_document(path: Path) -> Reading:
    """The sentences of a contract, in reading order, and notes on how it was read.

    Raises:
        InputError: when the file cannot be read, its content is of no kind we read (source
            code, an image, binary data, a zip that is not a DOCX: :mod:`.file_kind`), or it
            is over a limit of :mod:`crec_assemble.render.untrusted` (size, parts, pages, text).
    """
    data = read_untrusted(path)
    blocks, notes = _blocks(data, path)
    check_text(sum(len(block.text) for _, block in blocks), path)
    sentences = _sentences(blocks)
    if not sentences:
        raise InputError(f"{path}: no text found (a scanned image needs OCR first)")
    sections = state_sections(sentences)
    if connecticut_prevails(sections):
        sentences = [
            replace(s, connecticut=True) if section == HOME else s
            for s, section in zip(sentences, sections, strict=True)
        ]
    kept, set_aside = connecticut_only(sentences)
    if set_aside:
        notes = (*notes, f"terms for several states' schools: read the general terms and "
                 f"Connecticut's; {set_aside} sentences for other states' schools set "
                 "aside")  # fmt: skip
    return Reading(tuple(kept), notes)


def _blocks(data: bytes, path: Path) -> tuple[list[tuple[str, Row]], tuple[str, ...]]:
    """(where, paragraph) of each paragraph: "page N" for a PDF's, "paragraph" otherwise; a
    table's rows marked, each cell under its column's heading (:mod:`.tables`)."""
    _check_kind(data, path)
    sniffed = sniff(data, path)
    if sniffed.kind == "pdf":
        return pdf_rows(_pdf_blocks(data, path)), ()
    if sniffed.kind == "docx":
        paragraphs, struck = docx_blocks(data, path)
        notes = (f"{struck} struck-through passage{'s' * (struck != 1)} left out, as the "
                 "parties' deletions",) if struck else ()  # fmt: skip
        return [("paragraph", row) for row in read_tables(paragraphs)], notes
    if sniffed.kind == "html":
        check_html(data, path)
        text, dropped = drop_directives(sniffed.text)
        notes = (f"read as HTML; {dropped} template directive{'s' * (dropped != 1)} dropped "
                 "(what they print reads as a blank, […])",) if dropped else ()  # fmt: skip
        return [("paragraph", row) for row in read_tables(html_blocks(text))], notes
    check_text(len(sniffed.text), path)  # before splitting it, which costs more than counting
    text, struck = accepted(sniffed.text)
    notes = (f"read with its marked changes accepted: {struck} struck passage"
             f"{'s' * (struck != 1)} left out",) if struck else ()  # fmt: skip
    return [("paragraph", row) for row in text_rows(text)], notes


def _check_kind(data: bytes, path: Path) -> None:
    """Refuse a ``.pdf`` or ``.docx`` whose bytes are not one: read as text, a damaged
    download or a renamed file would be reported as missing every provision."""
    suffix = path.suffix.lower()
    renamed = f"(damaged, or another kind of file renamed); {READS}"
    if suffix == ".pdf" and not data.startswith(b"%PDF"):
        raise InputError(f"{path}: not a PDF inside {renamed}")
    if suffix == ".docx" and not is_docx(data):
        raise InputError(f"{path}: not a DOCX inside {renamed}")


def _sentences(blocks: list[tuple[str, Row]]) -> list[Sentence]:
    """Each paragraph split into sentences; an item after a lead-in ending in a colon
    ("If Provider discovers a Security Incident:") reads with the lead-in before it, and so
    does a table's row after the paragraph that introduces the table."""
    sentences: list[Sentence] = []
    paragraph = 0
    lead_in = table_lead = ""
    lead_label: re.Match[str] | None = None
    lead_at = 0  # the lead-in's paragraph
    follows_colon = list_goes_on = after_row = False
    for where, block in _salutations_apart(blocks):
        cleaned = _clean(block.text)
        if not cleaned:
            continue
        paragraph += 1
        location = where if where.startswith("page") else f"paragraph {paragraph}"
        is_item = bool(BULLET.match(block.text.lstrip("\n"))) or block.row or list_goes_on
        heading = block.header or _is_heading(block.text, cleaned)
        if (not is_item and not follows_colon) or _sibling_of(
            lead_label, block.text, paragraph - lead_at - 1
        ):
            lead_in = ""  # (nor the lead-in's next sibling: "A. …: (i) … (iii) …", then "B. …")
        if after_row and (block.header or not block.row):
            # the table has ended: a numbered paragraph after it, or another table's row of
            # headings, reads without the sentence that introduced the table
            lead_in = "" if lead_in == table_lead else lead_in
            table_lead = ""
        after_row = block.row
        if block.row and table_lead:
            lead_in = table_lead
        elif not heading:
            table_lead = ""
        follows_colon = (
            cleaned.endswith(":")
            and not _SALUTATION.match(cleaned)
            and not _SIGNATURE_CAPTION.search(block.text.strip().splitlines()[-1])
        )
        pieces = _split(cleaned)
        marks = re.match(r"\s*(#+)\s", block.text)
        level = len(marks.group(1)) if marks else 0
        for piece in pieces:
            if piece.strip():
                text = f"{lead_in} {piece.strip()}" if lead_in else piece.strip()
                sentences.append(Sentence(text, location, paragraph, heading, level))
        if follows_colon:
            lead_in = pieces[-1]
            lead_label, lead_at = _LABEL.match(block.text), paragraph
        elif (
            not lead_in
            and _LIST_GOES_ON.search(cleaned)
            and (run_in := _RUN_IN_LEAD.match(cleaned))
        ):
            lead_in = _split(run_in.group(1))[-1].strip()  # the list's own sentence
        # A Word list's items carry no "(a)" in their text: an item that ends "…;" or "…; and"
        # is followed by another item of the same list, under the same lead-in.
        list_goes_on = bool(lead_in) and _LIST_GOES_ON.search(cleaned) is not None
        if not block.row:
            table_lead = next((p for p in reversed(pieces) if TABLE_LEAD.search(p)), table_lead)
    return sentences


# A paragraph's own label: "A. ", "3. ", "(b) ".
_LABEL = LazyPattern(r"^\s*\(?([A-Za-z]|\d{1,3})[.)]\s")


def _sibling_of(lead_label: re.Match[str] | None, text: str, items: int) -> bool:
    """Whether ``text`` opens with the label after the lead-in's own ("A." then "B."): the
    next paragraph of the lead-in's list, not an item under it (``items``: how many items
    were read under the lead-in before it)."""
    label = _LABEL.match(text)
    if lead_label is None or label is None:
        return False
    before, after = lead_label.group(1), label.group(1)
    if before.isdigit():
        return after.isdigit() and int(after) == int(before) + 1
    # ("(h) Maplewood shall not:" then "(i) sell …": a roman item under it, not a sibling;
    # but "(i)" after the lead-in's own items "(1)", "(2)" is its sibling)
    roman = before.islower() and after in "ivx" and not items
    return len(after) == 1 and ord(after) == ord(before) + 1 and not roman


def _salutations_apart(blocks: list[tuple[str, Row]]) -> list[tuple[str, Row]]:
    """A greeting on the first line of a paragraph becomes a paragraph of its own."""
    apart: list[tuple[str, Row]] = []
    for where, block in blocks:
        first, newline, rest = block.text.lstrip("\n").partition("\n")
        if newline and rest.strip() and _SALUTATION.match(first):
            apart.extend([(where, Row(first)), (where, Row(rest))])
        else:
            apart.append((where, block))
    return apart


def _split(text: str) -> list[str]:
    """A paragraph's sentences: split after a full stop, semicolon, ! or ?, but not after an
    abbreviation ("Conn. Gen. Stat. § 10-234bb" is one citation, not three sentences) nor at a
    semicolon inside brackets ("(20 U.S.C. 1232g; 34 C.F.R. Part 99)" is one citation)."""
    pieces: list[str] = []
    for piece in _SENTENCE_END.split(text):
        last = pieces[-1] if pieces else ""
        if last and (
            _ABBREVIATION.search(last) or (last.endswith(";") and _OPEN_BRACKET.search(last))
        ):
            pieces[-1] = f"{pieces[-1]} {piece}"
        else:
            pieces.append(piece)
    return pieces


def _is_heading(block: str, cleaned: str) -> bool:
    """A Markdown heading, or a short line with no sentence in it."""
    if re.match(r"\s*#", block) or _CONTENTS.fullmatch(block.strip()):
        return True
    # A row of links ("Terms of Service | Privacy Policy | Cookie Notice | Service Providers")
    # names pages; it says nothing.
    links = [part.strip() for part in cleaned.split("|")]
    if len(links) >= 3 and all(
        part and len(part.split()) <= 4 and not re.search(r"[.;:!?]", part) for part in links
    ):
        return True
    # a short list item that goes on ("(b) to develop new products; and") is no title
    return (
        len(cleaned.split()) <= 8
        and not re.search(r"[.;:!?]$", cleaned)
        and not _LIST_GOES_ON.search(cleaned)
    )


# A table of contents: lines of links to the page's own headings ("1. [The Service](#1-the-
# service)"), each naming a section, together saying nothing.
_CONTENTS = LazyPattern(
    r"(?:[ \t]*\**(?:table of )?contents\**:?[ \t]*\n)?"
    r"(?:[ \t]*(?:[-*+]|\d{1,3}[.)])?[ \t]*\[[^\].\n]{1,80}\]\((?:https?://|/)?[^)\s#]*#[^)\s]*\)"
    r"[ \t]*\n?)+",
    re.IGNORECASE,
)


def _clean(block: str) -> str:
    """One paragraph as running text: hyphenated line ends joined, Markdown marks gone."""
    block = re.sub(r"(\w)-\n\s*(\w)", r"\1\2", block)  # "notifi-\ncation" → "notification"
    lines = [BULLET.sub("", re.sub(r"^#+\s*", "", line)) for line in block.splitlines()]
    text = _GLUED_NUMBER.sub(r"\1 ", " ".join(line.strip() for line in lines))
    # (not a blank to fill, "no later than ____ calendar days", which stays a blank, escaped or
    # not: "\\_\\_\\_\\_", as pandoc writes a DOCX's blank)
    text = re.sub(r"\\([_*`])", r"\1", text)
    text = re.sub(r"(?<![*_`])[*_`]{1,2}([^\s*_`][^*_`]*?)[*_`]{1,2}", r"\1", text)
    text = _LINK.sub(r"\1", text)
    return re.sub(r"\s+", " ", text).strip()


# A Markdown link read as its words: "set out in the [Acme Privacy Notice](https://…)" is set
# out in the Acme Privacy Notice.
_LINK = LazyPattern(
    r"\[([^\[\]\n]{1,200})\]\((?:https?:|mailto:|www\.|/|#|\.)(?:[^()\s]|\([^()\s]*\))*\)"
)


def _pdf_blocks(data: bytes, path: Path) -> list[tuple[str, str]]:
    """Each paragraph of the PDF with the page it starts on (:mod:`.layout`), a table's row
    a paragraph of its own with its cells apart (:mod:`crec_assemble.render.pdf_cells`)."""
    pages = pdf_pages(data, path, hyphenated=True, cells=True)
    return [(f"page {number}", block) for number, block in pdf_paragraphs(pages)]
