"""Small surgery on a DOCX package: read and replace parts, add a part with its
relationship and content type, reformat words inside one run.

The issued DOCX is docxtpl's output, regular enough to edit as text: each run is
``<w:r>``, optional ``<w:rPr>``, and one ``<w:t>``. Every helper fails loudly
when the text it looks for is not there, so a case never passes by editing nothing.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Mapping
from xml.sax.saxutils import escape

__all__ = [
    "BODY",
    "add_part",
    "docx_part",
    "find_nth",
    "paragraph_start",
    "rezip",
    "run_around",
    "with_parts",
    "xml_text",
]

BODY = "word/document.xml"
_RELS = "word/_rels/document.xml.rels"
_TYPES = "[Content_Types].xml"
_RUN = re.compile(
    r'<w:r>(?P<rpr><w:rPr>.*?</w:rPr>)?<w:t(?: xml:space="preserve")?>(?P<text>[^<]*)</w:t></w:r>'
)


def xml_text(text: str) -> str:
    """``text`` as it stands in the issued DOCX's XML (``&``, ``<`` and ``>`` escaped)."""
    return escape(text)


def docx_part(docx: bytes, part: str) -> str:
    with zipfile.ZipFile(io.BytesIO(docx)) as archive:
        return archive.read(part).decode("utf-8")


def with_parts(docx: bytes, parts: Mapping[str, str | bytes]) -> bytes:
    """The DOCX with these parts replaced or added, every other entry as it was (packed
    fast: how hard a zip is packed changes nothing a reader sees)."""
    output = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(docx)) as old,
        zipfile.ZipFile(output, "w", compresslevel=1) as new,
    ):
        names = {item.filename for item in old.infolist()}
        for item in old.infolist():
            data = parts.get(item.filename)
            new.writestr(item, old.read(item.filename) if data is None else _bytes(data))
        for name, data in parts.items():
            if name not in names:
                new.writestr(zipfile.ZipInfo(name, (2026, 1, 1, 0, 0, 0)), _bytes(data),
                             zipfile.ZIP_DEFLATED)  # fmt: skip
    return output.getvalue()


def _bytes(data: str | bytes) -> bytes:
    return data.encode("utf-8") if isinstance(data, str) else data


def rezip(
    docx: bytes, *, compression: int, level: int | None = None, reverse: bool = False
) -> bytes:
    """The same parts in a new zip: another compression, level or entry order."""
    output = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(docx)) as old, zipfile.ZipFile(output, "w") as new:
        items = old.infolist()[::-1] if reverse else old.infolist()
        for item in items:
            new.writestr(item.filename, old.read(item.filename), compression, level)
    return output.getvalue()


def add_part(
    docx: bytes, part: str, data: str, content_type: str, rel_type: str, rel_id: str,
    edits: Mapping[str, str] | None = None,
) -> bytes:  # fmt: skip
    """Add ``part`` (under word/) with its content type and a relationship from the body,
    together with ``edits`` to other parts (the body that refers to it)."""
    types = docx_part(docx, _TYPES).replace(
        "</Types>", f'<Override PartName="/{part}" ContentType="{content_type}"/></Types>'
    )
    rels = docx_part(docx, _RELS).replace(
        "</Relationships>",
        f'<Relationship Id="{rel_id}" Type="{rel_type}" '
        f'Target="{part.removeprefix("word/")}"/></Relationships>',
    )
    return with_parts(docx, {**(edits or {}), part: data, _TYPES: types, _RELS: rels})


def find_nth(xml: str, text: str, nth: int) -> int:
    """Where the ``nth`` occurrence (from 0) of ``text`` starts in ``xml``."""
    position = -1
    for _ in range(nth + 1):
        position = xml.find(text, position + 1)
        assert position >= 0, f"{text!r} occurs fewer than {nth + 1} times"
    return position


def paragraph_start(xml: str, position: int) -> int:
    """Where the paragraph holding ``position`` starts."""
    start = max(xml.rfind("<w:p>", 0, position), xml.rfind("<w:p ", 0, position))
    assert start >= 0
    return start


def run_around(xml: str, position: int) -> re.Match[str]:
    """The run whose text holds ``position``."""
    start = xml.rfind("<w:r>", 0, position)
    found = _RUN.match(xml, start)
    assert found and found.start("text") <= position < found.end("text"), "not inside one run"
    return found
