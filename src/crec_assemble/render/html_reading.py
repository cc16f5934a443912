"""A web page we wrote, read back for ``verify``: the text of the elements ours put words in.

Apart from :mod:`.extract` so that ``html.parser`` is imported only when ``verify`` reads
such a page; ``audit`` reads any web page with lxml (:func:`.extract.html_blocks`).
"""

from __future__ import annotations

from html.parser import HTMLParser

__all__ = ["our_paragraphs"]

_OUR_TEXT = ("h1", "h2", "p", "li", "td")


class _OurParagraphs(HTMLParser):
    """The text of the elements our pages put words in; the reference line is not a
    paragraph of the document."""

    def __init__(self) -> None:
        super().__init__()
        self.paragraphs: list[str] = []
        self._current: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _OUR_TEXT and dict(attrs).get("class") != "ref":
            self._current = []

    def handle_endtag(self, tag: str) -> None:
        if tag in _OUR_TEXT and self._current is not None:
            self.paragraphs.append("".join(self._current))
            self._current = None

    def handle_data(self, data: str) -> None:
        if self._current is not None:
            self._current.append(data)


def our_paragraphs(data: bytes) -> list[str]:
    """The text of our page's headings, paragraphs, items and cells, one string each."""
    parser = _OurParagraphs()
    parser.feed(data.decode("utf-8", errors="replace"))
    parser.close()
    return parser.paragraphs
