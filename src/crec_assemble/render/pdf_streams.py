"""A PDF's streams, held to a total size once unpacked, before PDFium reads the file.

PDFium reads a page's content stream whole into memory, and every form, font and pattern
the page uses; a stream of zeros packs a thousand to one. Measured: a 4 MB PDF whose one
page unpacks to 4 GB of spaces took PDFium 21 s and 5 GB of memory to give its text, and
the web app's 20 MB upload would need 20 GB. So every stream of the file is unpacked here
first, as PDFium unpacks it, and the sizes added up: past :data:`MAX_STREAM_BYTES` the file
is refused before PDFium opens it. A Flate stream, the one that packs tightest, is only
counted, a chunk at a time, never held whole; pypdf unpacks the others, within its own
limit per stream (75 MB), which is past ours.

Data that PDFium hands to an image decoder (JPEG, JPEG 2000, JBIG2, CCITT) counts at its
packed size: PDFium stops unpacking there, as this does.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import InputError

if TYPE_CHECKING:
    from pypdf import PdfReader
    from pypdf.generic import StreamObject

__all__ = ["MAX_STREAM_BYTES", "check_streams"]

# All streams of one PDF, unpacked: PDFium then stays within about 300 MB (it holds about
# twice what it unpacks). Real agreements and vendor contracts unpack to well under 1 MB.
MAX_STREAM_BYTES = 64 << 20
_CHUNK = 1 << 20
_FLATE = frozenset({"/FlateDecode", "/Fl"})


def check_streams(data: bytes, name: Path | str) -> None:
    """Refuse a PDF whose streams unpack to more than :data:`MAX_STREAM_BYTES` in all.

    Raises:
        InputError: over the limit or another of :mod:`.untrusted`'s; or, naming the file,
            when pypdf cannot read it (a stream PDFium would read and this could not count
            is not let through).
    """
    from pypdf.errors import LimitReachedError, PyPdfError

    from .untrusted import _first_line, open_pdf_reader

    try:
        total = _total(open_pdf_reader(data, name))
    except LimitReachedError:  # one stream past pypdf's own limit, which is past ours
        total = MAX_STREAM_BYTES + 1
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError,
            RecursionError, zlib.error) as error:  # fmt: skip
        raise InputError(f"{name}: not a readable PDF ({_first_line(error)})") from None
    if total > MAX_STREAM_BYTES:
        raise InputError(
            f"{name}: refused: its streams unpack to more than the limit of "
            f"{MAX_STREAM_BYTES:,} bytes"
        )


def _total(reader: PdfReader) -> int:
    """The unpacked size of every stream of the file, counted until it passes the limit;
    or, if larger, of one page's content (:func:`_largest_page`)."""
    from pypdf.generic import IndirectObject, StreamObject

    from .untrusted import check_time

    sizes: dict[tuple[int, int], int] = {}
    total = 0
    for generation, numbers in list(reader.xref.items()):
        for number in list(numbers):
            check_time()
            found = reader.get_object(IndirectObject(number, generation, reader))
            if isinstance(found, StreamObject):
                sizes[number, generation] = _unpacked(found, MAX_STREAM_BYTES - total)
                total += sizes[number, generation]
                if total > MAX_STREAM_BYTES:
                    return total
    return max(total, _largest_page(reader, sizes))


def _largest_page(reader: PdfReader, sizes: dict[tuple[int, int], int]) -> int:
    """The unpacked size of the largest page's content: PDFium joins a page's parts into
    one, each part as often as the page lists it, so one stream listed a hundred times
    weighs a hundred times."""
    from pypdf.generic import IndirectObject

    from .untrusted import check_time

    largest = 0
    for page in reader.pages:
        check_time()
        parts = page.get("/Contents")
        parts = parts.get_object() if parts is not None else None
        listed = parts if isinstance(parts, list) else []
        named = [part for part in listed if isinstance(part, IndirectObject)]
        largest = max(largest, sum(sizes.get((p.idnum, p.generation), 0) for p in named))
    return largest


def _unpacked(stream: StreamObject, limit: int) -> int:
    """How many bytes ``stream`` unpacks to as PDFium unpacks it, counting no further than
    ``limit`` + 1.

    Raises:
        LimitReachedError: a filter pypdf undoes would make more than its own limit.
    """
    data: bytes = stream._data  # the packed bytes: pypdf has no public name for them
    names = _filters(stream)
    for position, name in enumerate(names):
        if name in _FLATE and position == len(names) - 1:
            return _inflated_size(data, limit)
        undo = _undoers().get(name)
        if undo is None:  # an image decoder's data, or a filter PDFium does not know
            break
        data = undo(data)
    return len(data)


def _filters(stream: StreamObject) -> list[str]:
    """The names of the stream's filters, in the order they are undone."""
    given = stream.get("/Filter")
    given = given.get_object() if given is not None else None
    listed = given if isinstance(given, list) else [] if given is None else [given]
    return [str(each.get_object()) for each in listed]


@cache
def _undoers() -> dict[str, Callable[[bytes], bytes]]:
    """What undoes each filter PDFium unpacks whole (pypdf's decoders, within its limits)."""
    from pypdf.filters import (
        ASCII85Decode,
        ASCIIHexDecode,
        FlateDecode,
        LZWDecode,
        RunLengthDecode,
    )

    def undo(decoder: Any) -> Callable[[bytes], bytes]:
        return lambda data: bytes(decoder.decode(data))

    by_class = {FlateDecode: _FLATE, LZWDecode: {"/LZWDecode", "/LZW"},
                RunLengthDecode: {"/RunLengthDecode", "/RL"},
                ASCIIHexDecode: {"/ASCIIHexDecode", "/AHx"},
                ASCII85Decode: {"/ASCII85Decode", "/A85"}}  # fmt: skip
    return {name: undo(decoder) for decoder, names in by_class.items() for name in names}


def _inflated_size(data: bytes, limit: int) -> int:
    """How many bytes Flate ``data`` unpacks to, a chunk at a time and no further than
    ``limit`` + 1; a damaged stream counts what unpacks before the damage, as PDFium reads
    no further either."""
    inflater = zlib.decompressobj()
    size = 0
    try:
        while data and size <= limit:
            size += len(inflater.decompress(data, _CHUNK))
            data = inflater.unconsumed_tail
    except zlib.error:
        pass
    return size
