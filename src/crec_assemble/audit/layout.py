"""A PDF's lines back into paragraphs: what the page layout adds and takes away.

A PDF has no paragraphs, only lines. A reader sees past what the layout adds (a running
header or footer on every page, "Page 3 of 15") and across what it takes away (a
paragraph, or a list item, running on over a page break); the text does not. Read
naively, the running header joins the first sentence of the next page ("Student Data
Privacy Agreement · DPA-… engage in Targeted Advertising"), a section heading joins the
sentence under it ("No Retention after Completion of Services Student Data shall not…",
read as a denial), and the items of a list ending "; or" run together, so that one
item's exception is read as another's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..render.pdf_cells import numbers_blanked, running_keys
from .durations import number_value
from .lazy_pattern import LazyPattern

__all__ = ["pdf_paragraphs"]

_PAGE_NUMBER = LazyPattern(r"(?i)^\s*(?:page\s+)?\d+(?:\s+(?:of|/)\s+\d+)?\s*$")
# A numbered heading on a line of its own: "4. Ownership of Student Data", "12.4 Governing Law",
# an inserted section's "2A. Ownership", two titles in one "12. Governing Law; Severability".
_HEADING = LazyPattern(
    r"^\s*(?:(?i:section|article)\s+)?(?:\d+[A-Z]?(?:\.\d+)*\.?|[IVX]+\.)\s+"
    r"[A-Z][^.;:!?]{0,80}(?:;\s+[A-Z][^.;:!?]{0,40})?$"
)
# An exhibit's own numbering: "CT-2. Ownership", "A.1 Client Records", "B2.1 Definitions",
# "Exhibit CT-2 Ownership". A wrapped sentence may open a line the same way ("K-12. Student
# Data is …", "W-9. Payment Terms are …", "A.1 Student Data is encrypted at rest using"), so
# it is a heading only on a line that opens a paragraph of its own (after a sentence's end),
# has no verb of a statement, and is followed by a line that opens one.
_EXHIBIT_HEADING = LazyPattern(
    r"^\s*(?:(?:(?i:exhibit|schedule|appendix|annex)\s+)?[A-Z]{1,3}[-.\u2013]?\d+(?:\.\d+)*\.?"
    # "Exhibit G - Connecticut Supplemental Terms"
    r"|(?i:exhibit|schedule|appendix|annex|attachment)\s+[A-Z0-9]{1,3}\s*[-\u2013\u2014:])"
    r"\s+[A-Z][^.;:!?]{0,80}$"
)
# A line that ends inside a clause: on an adverb of the sentence going on ("provided Provider
# contractually"), or on a word that needs what follows ("… selling Student Data to", then
# "(a) inform, influence, or enable Targeted Advertising"), which no title ends on.
_INLINE_ADVERB = LazyPattern(r"\b\w+ly\s*$")
# ("… to subsequent third parties, and" then "(iii) requires the entity …")
_NEEDS_WHAT_FOLLOWS = LazyPattern(r"\b(?:to|of|for|from|by|with|the|an?)\s*$|,\s*(?:and|or)\s*$")
_RUNNING_LINE = 6
"""How many words make a line of running text rather than a title."""
_STATES = LazyPattern(
    r"\b(?:is|are|was|were|be|has|have|applies|apply|includes?|contains?|means|remains?)\b"
)
# A bullet a PDF writes at a list item's start (LibreOffice's Symbol-font bullet among them).
_BULLET_LINE = LazyPattern(r"^\s*[\u2022\uf0b7\u25aa\u25e6\u2023\u00b7]\s")
# A list item's label at the start of a line: "(a) ", "(iv) ", "(2) ".
_ITEM = LazyPattern(r"^\s*\((?:[a-z]|[ivx]{1,5}|\d{1,2})\)\s")
# A line that ends a sentence, followed by one that starts another.
_ENDS = LazyPattern(r"[.:;]\s*$")
_STARTS = LazyPattern(r"^\s*[\"'(\[]?[A-Z0-9(]")


def pdf_paragraphs(pages: Sequence[str]) -> list[tuple[int, str]]:
    """(page number, paragraph) of a PDF whose pages' text is given, in reading order.

    Running headers and footers and page numbers are left out; a paragraph that runs on
    over a page break is one paragraph, found on the page where it starts.
    """
    running = _running_lines(pages)
    paragraphs: list[tuple[int, str]] = []
    lines: list[str] = []
    start = 1
    previous = ""
    for number, text in enumerate(pages, start=1):
        for line in text.splitlines():
            if _PAGE_NUMBER.match(line) or _key(line) in running:
                continue
            if not line.strip() or (
                lines
                and _breaks(previous, line, len(lines) == 1)
                and not _next_inline_item(lines, line)
            ):
                if lines:
                    paragraphs.append((start, "\n".join(lines)))
                lines = []
            if line.strip():
                if not lines:
                    start = number
                lines.append(line)
                previous = line
    if lines:
        paragraphs.append((start, "\n".join(lines)))
    return paragraphs


# A numbered line that runs on is a sentence's first line, not a heading: it has a verb of
# promise in lower case ("4.2 Roadmark may send parents information about"), or ends on a
# lower-case word that needs the next line ("… information about", "… the"). A heading's
# words are capitalised: "5. How We Will Use Student Data", "7. Who We Share Data With".
_RUNS_ON = LazyPattern(
    r"\b(?:shall|will|may|must|should|agrees?)\b|\b(?:about|of|the|and|or|to|for|with|in|"
    r"on|by|a|an|that|which|from|its|their|our)\s*$"
)


# A number in words at a line's end, its figure in brackets on the next: "within twenty-four"
# then "(24) hours, after …" is one sentence, not a list item "(24)".
_FIGURE = LazyPattern(r"^\s*[(\[](\d{1,3})[)\]]")


def _figure_of(previous: str, line: str) -> bool:
    """Whether ``line`` opens with the figure of the number in words ``previous`` ends on:
    "twenty-four" then "(24) hours"; not a figure after a figure ("Section 12", "(12)")."""
    figure = _FIGURE.match(line)
    words = previous.split()
    if figure is None or not words or not words[-1][:1].isalpha():
        return False
    # "within five", "within twenty-four", "within twenty four": the number's last words
    spelt = {number_value(" ".join(words[-n:])) for n in (1, 2)}
    return float(figure.group(1)) in spelt


def _breaks(previous: str, line: str, previous_alone: bool) -> bool:
    """Whether ``line`` starts a new paragraph after ``previous`` (``previous_alone``: the
    first line of its paragraph)."""
    if _is_heading(previous) or _is_heading(line):
        return True
    # an exhibit's title in capitals opens its own paragraph, whatever the line before ends
    # on (a signature block's "Date: ________", then "ATTACHMENT A - STUDENT DATA TERMS")
    if line.isupper() and _is_heading(line, _EXHIBIT_HEADING):
        return True
    if (
        previous_alone
        and _is_heading(previous, _EXHIBIT_HEADING)
        and not _STATES.search(previous)
        and _STARTS.match(line)
    ):
        return True
    if _BULLET_LINE.match(line):
        return True  # a bulleted list's item: "\uf0b7 "Sell" means to sell, rent, …"
    if _figure_of(previous, line):
        return False
    if _ITEM.match(line):
        # an item of a list, not an inline enumeration the line break fell in: "provided
        # Provider contractually" then "(i) prohibits the entity from …" (not after another
        # item, "(a) personally", nor after a short title, "Information Collected Automatically")
        inline = _NEEDS_WHAT_FOLLOWS.search(previous) or (
            _INLINE_ADVERB.search(previous) and len(previous.split()) >= _RUNNING_LINE
        )
        return not (inline and not _ITEM.match(previous))
    return bool(_ENDS.search(previous) and _STARTS.match(line))


# A list's label at a line's start: "(B) to ensure compliance …", "(ii) …", "(3) …".
_LABEL = LazyPattern(r"^\s*\(([A-Za-z]|\d{1,2})\)\s")


def _next_inline_item(lines: Sequence[str], line: str) -> bool:
    """Whether ``line`` opens the next item of a list run inline in the paragraph so far:
    "… or (e) disclose Student Data, unless the disclosure is made (A) in furtherance of …
    DPA;" then, at a line's start (often after a page break), "(B) to ensure compliance …"."""
    label = _LABEL.match(line)
    if label is None:
        return False
    mark = label.group(1)
    before = str(int(mark) - 1) if mark.isdigit() else chr(ord(mark) - 1)
    if before in ("0", "@", "`"):
        return False
    # the item before it, run inline: not at a line's start
    return any(re.search(rf"\S\s*\({re.escape(before)}\)\s", text) for text in lines)


def _is_heading(line: str, numbered: LazyPattern = _HEADING) -> bool:
    """A numbered heading on a line of its own: "4. Ownership of Student Data"."""
    return bool(numbered.match(line) and len(line.split()) <= 10 and not _RUNS_ON.search(line))


def _key(line: str) -> str:
    return numbers_blanked(line.strip())


def _running_lines(pages: Sequence[str]) -> set[str]:
    """Lines that open or close at least half the pages (and two or more): the running
    header and footer, which belong to no paragraph."""
    edges = []
    for text in pages:
        lines = [line for line in text.splitlines() if line.strip()]
        edges.append([_key(line) for line in lines[:1] + lines[-1:]])
    return running_keys(edges)
