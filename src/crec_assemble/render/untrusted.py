"""Reading files someone else sent, within bounds: the limits, and the one adapter that keeps them.

``verify``, ``audit``, ``rebuild`` and ``redline files`` read documents that come back from
vendors, or from anyone. Such a file may be damaged, or made to hurt: a 600 KB zip that
unpacks to 600 MB, XML that declares entities (a billion laughs, or ``file:///etc/passwd``),
a PDF whose page tree loops, a 400-page text that keeps the audit busy for minutes. Every
read of such a file goes through this module, which refuses it over a limit with one line
naming the file, the limit and the value, and turns every way a damaged file can fail into
an :class:`~crec_assemble.errors.InputError` (exit 2).

The limits, chosen so that any refusal comes within about 5 seconds and 300 MB, and so that
real agreements and vendor contracts (a few hundred pages at most) stay well inside:

=========================  ==============  ====================================================
limit                      value           why
=========================  ==============  ====================================================
file size                  50 MiB          read whole into memory; a scanned contract is less
ZIP parts                  1,000           a DOCX has 10 to 100; more is a zip of something else
ZIP part, packed           32 MiB          one embedded image at most
ZIP part, unpacked         32 MiB          the same; a zip bomb's part is far larger
ZIP, all parts unpacked    128 MiB         python-docx loads every part of a DOCX
ZIP part, ratio            100 : 1         Word's XML packs 5-15 : 1; zeros pack 1,000 : 1
                                           (parts under 1 MiB are not held to it)
XML part parsed            10 MiB          the parsed tree takes about 8 times its size
XML DTD                    none allowed    no DOCX part may declare one (the XML rules of
                                           ECMA-376 Part 2), and without one no entity exists
XML encoding               UTF-8/UTF-16    the only two those rules allow; held to them, the
                                           scan for a DTD cannot be dodged by another encoding
PDF pages                  2,000
PDF objects                500,000         what pypdf's cross-reference table lists
PDF streams, unpacked      64 MiB          PDFium holds a page's content whole (pdf_streams)
text extracted             500,000 char    about 200 pages; ``audit`` reads it in ~2.5 s
web page                   4 MiB           parsed in pure Python, twice by ``verify``: ~4 s
time per document          5 s             wall clock, for reading and judging one file
=========================  ==============  ====================================================
"""

from __future__ import annotations

import io
import re
import signal
import threading
import time
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING

from ..errors import InputError
from .pdf_streams import check_streams

if TYPE_CHECKING:
    # zipfile, ElementTree, logging: imported where a DOCX or a signature is read, not here
    import zipfile
    from xml.etree import ElementTree

    from pyhanko.pdf_utils.reader import PdfFileReader
    from pypdf import PdfReader
    from pypdfium2 import PdfDocument

__all__ = [
    "MAX_FILE_BYTES",
    "MAX_HTML_BYTES",
    "MAX_PACKED_PART_BYTES",
    "MAX_PARTS",
    "MAX_PART_BYTES",
    "MAX_PDF_OBJECTS",
    "MAX_PDF_PAGES",
    "MAX_RATIO",
    "MAX_TEXT_CHARS",
    "MAX_UNPACKED_BYTES",
    "MAX_XML_BYTES",
    "SECONDS_PER_DOCUMENT",
    "check_html",
    "check_text",
    "check_time",
    "open_docx",
    "open_pdf",
    "open_pdf_reader",
    "open_pdf_signatures",
    "parse_xml",
    "pdf_signature_errors",
    "read_part",
    "read_untrusted",
    "time_bound",
]

MiB = 1 << 20
MAX_FILE_BYTES = 50 * MiB
MAX_PARTS = 1_000
MAX_PACKED_PART_BYTES = 32 * MiB
MAX_PART_BYTES = 32 * MiB
MAX_UNPACKED_BYTES = 128 * MiB
MAX_RATIO = 100
_RATIO_FLOOR = 1 * MiB  # a small part may pack tighter than any ratio without harm
MAX_XML_BYTES = 10 * MiB
MAX_PDF_PAGES = 2_000
MAX_PDF_OBJECTS = 500_000
MAX_TEXT_CHARS = 500_000
MAX_HTML_BYTES = 4 * MiB
SECONDS_PER_DOCUMENT = 5.0

_DTD = tuple(
    marker.encode(encoding)
    for marker in ("<!DOCTYPE", "<!ENTITY")
    for encoding in ("utf-8", "utf-16-le", "utf-16-be")
)
_DECLARED_ENCODING = re.compile(rb"\A(?:\xef\xbb\xbf)?<\?xml[^>]*?encoding\s*=\s*[\"']([^\"']*)")


def _refuse(name: Path | str, what: str, value: int, limit: int, unit: str) -> InputError:
    """The one line of a refusal: the file, the limit and the value."""
    return InputError(
        f"{name}: refused: {what} is {value:,} {unit}, over the limit of {limit:,} {unit}"
    )


def read_untrusted(path: Path) -> bytes:
    """The bytes of a file someone sent, refused before it is read whole when too large.

    Raises:
        InputError: when it cannot be read or holds more than ``MAX_FILE_BYTES``.
    """
    try:
        with path.open("rb") as file:
            data = file.read(MAX_FILE_BYTES + 1)  # a pipe or device has no size to stat
    except OSError as error:
        raise InputError(f"{path}: cannot read: {error.strerror}") from None
    if len(data) > MAX_FILE_BYTES:
        raise _refuse(path, "the file size", max(len(data), _size(path)), MAX_FILE_BYTES, "bytes")
    return data


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def open_docx(data: bytes, name: Path | str) -> zipfile.ZipFile:
    """The zip of a DOCX, once its directory shows no part too many, too large or packed
    too tight; what it declares is what :func:`read_part` will read, no more.

    Raises:
        InputError: a damaged zip, or one over a limit.
    """
    import zipfile

    if len(data) > MAX_FILE_BYTES:
        raise _refuse(name, "the file size", len(data), MAX_FILE_BYTES, "bytes")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        entries = archive.infolist()
    except _zip_errors() as error:
        raise InputError(f"{name}: not a readable DOCX ({error})") from None
    if len(entries) > MAX_PARTS:
        raise _refuse(name, "the number of ZIP parts", len(entries), MAX_PARTS, "parts")
    for entry in entries:
        _check_entry(entry, name)
    total = sum(entry.file_size for entry in entries)
    if total > MAX_UNPACKED_BYTES:
        raise _refuse(
            name, "the unpacked size of all ZIP parts", total, MAX_UNPACKED_BYTES, "bytes"
        )
    return archive


def _check_entry(entry: zipfile.ZipInfo, name: Path | str) -> None:
    part = entry.filename[:80]
    if entry.compress_size > MAX_PACKED_PART_BYTES:
        raise _refuse(name, f"the packed size of ZIP part {part}", entry.compress_size,
                      MAX_PACKED_PART_BYTES, "bytes")  # fmt: skip
    if entry.file_size > MAX_PART_BYTES:
        raise _refuse(
            name, f"the unpacked size of ZIP part {part}", entry.file_size, MAX_PART_BYTES, "bytes"
        )
    ratio = entry.file_size // max(entry.compress_size, 1)
    if entry.file_size > _RATIO_FLOOR and ratio > MAX_RATIO:
        raise _refuse(name, f"the packing ratio of ZIP part {part}", ratio, MAX_RATIO, ": 1")


def read_part(archive: zipfile.ZipFile, part: str, name: Path | str) -> bytes:
    """One part of a zip :func:`open_docx` checked.

    Raises:
        InputError: when the part is missing or damaged (a bad CRC, a broken deflate stream).
    """
    check_time()
    try:
        with archive.open(part) as stream:
            return stream.read(MAX_PART_BYTES + 1)  # zipfile stops at the declared size
    except KeyError:
        raise InputError(f"{name}: not a readable DOCX (it has no part {part[:80]})") from None
    except _zip_errors() as error:
        raise InputError(f"{name}: not a readable DOCX ({part[:80]}: {error})") from None


def _zip_errors() -> tuple[type[BaseException], ...]:
    """What a damaged zip raises: a bad header or CRC, a broken deflate stream, an
    unsupported method or an encrypted part."""
    import zipfile

    return (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError,
            ValueError, NotImplementedError, RuntimeError, KeyError)  # fmt: skip


def parse_xml(data: bytes, name: Path | str, part: str) -> ElementTree.Element:
    """A part's XML, parsed only when it is of a size to parse and declares no DTD.

    A document without a DTD defines no entity, so neither entity expansion nor an
    external entity (XXE) can happen; the encoding is held to the two OPC allows, so the
    scan for a DTD cannot be dodged by one it does not read.

    Raises:
        InputError: over ``MAX_XML_BYTES``, a DTD, another encoding, or not well-formed.
    """
    if len(data) > MAX_XML_BYTES:
        raise _refuse(name, f"the size of XML part {part[:80]}", len(data), MAX_XML_BYTES, "bytes")
    declared = _DECLARED_ENCODING.match(data)
    if declared and declared[1].lower().replace(b"-", b"") not in (b"utf8", b"utf16"):
        raise InputError(
            f"{name}: refused: XML part {part[:80]} is in encoding "
            f"{declared[1][:40].decode('ascii', 'replace')}; a DOCX part is UTF-8 or UTF-16"
        )
    if any(marker in data for marker in _DTD):
        raise InputError(
            f"{name}: refused: XML part {part[:80]} declares a DTD or entities, "
            "which no DOCX part may (entities are never expanded or fetched)"
        )
    check_time()
    from xml.etree import ElementTree

    try:
        return ElementTree.fromstring(data)
    except ElementTree.ParseError as error:
        raise InputError(f"{name}: not a readable DOCX ({part[:80]}: {error})") from None


def open_pdf(data: bytes, name: Path | str) -> PdfDocument:
    """A PDF opened with PDFium for its text, once its size, streams and pages are in bounds.

    The caller holds :data:`~crec_assemble.render.pdfium_lock.PDFIUM` and closes it.

    Raises:
        InputError: when PDFium cannot open it, or it has too many pages.
    """
    import pypdfium2

    check_streams(data, name)  # before PDFium unpacks any of it
    try:
        document = pypdfium2.PdfDocument(data)
        pages = len(document)
    except pypdfium2.PdfiumError as error:
        raise InputError(f"{name}: not a readable PDF ({error})") from None
    if pages > MAX_PDF_PAGES:
        document.close()
        raise _refuse(name, "the number of PDF pages", pages, MAX_PDF_PAGES, "pages")
    return document


def open_pdf_reader(data: bytes, name: Path | str) -> PdfReader:
    """A PDF opened with pypdf (for its attachments), once its cross-reference table
    lists no more than ``MAX_PDF_OBJECTS`` objects; pypdf reads each only when asked.

    Raises:
        InputError: when it lists too many objects; pypdf's own errors (``PyPdfError``,
            ``ValueError``…) for a damaged file pass to the caller, which names the file.
    """
    from pypdf import PdfReader

    if len(data) > MAX_FILE_BYTES:
        raise _refuse(name, "the file size", len(data), MAX_FILE_BYTES, "bytes")
    reader = PdfReader(io.BytesIO(data))
    objects = sum(len(table) for table in reader.xref.values()) + len(reader.xref_objStm)
    if objects > MAX_PDF_OBJECTS:
        raise _refuse(name, "the number of PDF objects", objects, MAX_PDF_OBJECTS, "objects")
    return reader


def open_pdf_signatures(data: bytes, name: Path | str) -> PdfFileReader:
    """A PDF opened with pyHanko for its signatures and revisions, once pypdf finds its size
    and objects within bounds; pyHanko's decode limits for untrusted input bound its streams.
    Use inside :func:`pdf_signature_errors`, which turns its failures into one line."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    open_pdf_reader(data, name)
    return PdfFileReader(io.BytesIO(data), strict=False)


@contextmanager
def pdf_signature_errors(name: Path | str) -> Iterator[None]:
    """Every way pyHanko or pypdf fails on a damaged PDF as one InputError; pyHanko's log,
    which prints tracebacks of the changes it judges, kept quiet.

    Raises:
        InputError: naming the file.
    """
    import logging

    from pyhanko.pdf_utils.misc import PdfError
    from pypdf.errors import PyPdfError

    logger = logging.getLogger("pyhanko")
    level = logger.level
    logger.setLevel(logging.CRITICAL + 1)
    try:
        yield
    except (PdfError, PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError,
            NotImplementedError, RecursionError, zlib.error) as error:  # fmt: skip
        raise InputError(f"{name}: its signatures cannot be read ({_first_line(error)})") from None
    finally:
        logger.setLevel(level)


def _first_line(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    return text[0][:120] if text else type(error).__name__


def check_html(data: bytes, name: Path | str) -> None:
    """Refuse a web page larger than ``MAX_HTML_BYTES`` before it is parsed.

    Raises:
        InputError: naming the limit.
    """
    if len(data) > MAX_HTML_BYTES:
        raise _refuse(name, "the web page's size", len(data), MAX_HTML_BYTES, "bytes")


def check_text(chars: int, name: Path | str) -> None:
    """Refuse a document whose text runs past ``MAX_TEXT_CHARS`` characters.

    Raises:
        InputError: naming the limit.
    """
    if chars > MAX_TEXT_CHARS:
        raise _refuse(name, "the text", chars, MAX_TEXT_CHARS, "characters")


_deadline: ContextVar[tuple[float, str] | None] = ContextVar("untrusted_deadline", default=None)


def _over_time(name: str) -> InputError:
    return InputError(
        f"{name}: refused: reading it took longer than the limit of "
        f"{SECONDS_PER_DOCUMENT:g} s per document"
    )


def check_time() -> None:
    """Give up on the document being read once its time is over (see :func:`time_bound`).

    Raises:
        InputError: naming the document and the limit.
    """
    bound = _deadline.get()
    if bound is not None and time.monotonic() > bound[0]:
        raise _over_time(bound[1])


@contextmanager
def time_bound(name: Path | str) -> Iterator[None]:
    """Allow reading and judging one document ``SECONDS_PER_DOCUMENT`` of wall-clock time.

    The loops that read a document call :func:`check_time`; on the main thread a timer
    also interrupts any Python code that runs too long between two such calls. An inner
    bound inside an outer one changes nothing: the outer one holds.

    Raises:
        InputError: when the time is over.
    """
    if _deadline.get() is not None:
        yield
        return
    token = _deadline.set((time.monotonic() + SECONDS_PER_DOCUMENT, str(name)))
    alarm = threading.current_thread() is threading.main_thread() and hasattr(signal, "SIGALRM")
    previous = None
    try:
        if alarm:
            previous = signal.signal(signal.SIGALRM, _overdue) or signal.SIG_DFL
            signal.setitimer(signal.ITIMER_REAL, SECONDS_PER_DOCUMENT)
        yield
    finally:
        _deadline.reset(token)  # first: from here on a late alarm does nothing
        if alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
        if previous is not None:
            signal.signal(signal.SIGALRM, previous)


def _overdue(signum: int, frame: FrameType | None) -> None:
    """The timer's handler: the bound still held, so the document's time is over."""
    bound = _deadline.get()
    if bound is not None:
        raise _over_time(bound[1])
