"""Where the manifest travels in each kind of file, written and read in one place.

- DOCX: a custom XML part, which Word and LibreOffice keep when they re-save.
- PDF: an attached ``manifest.json``.
- HTML: a ``<script type="application/json">`` element in the head, inert in a browser.
- Plain-text e-mail: no room for a manifest, so its last line gives the document's
  reference and the hash of its words.

Writing and reading sit side by side so that a change to one cannot leave the
other behind.
"""

from __future__ import annotations

import base64
import binascii
import logging
import re
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from hashlib import sha256
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from ...errors import InputError
from ..extract import is_docx, is_html
from ..untrusted import (
    MAX_XML_BYTES,
    open_docx,
    open_pdf_reader,
    parse_xml,
    read_part,
    read_untrusted,
)
from .contents import words_sha256
from .recorded import RecordedManifest, parse_manifest

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

    from docx.document import Document
    from pypdf import PdfWriter

__all__ = [
    "MANIFEST_NAMESPACE",
    "MANIFEST_SCRIPT_ID",
    "SEAL_NAMESPACE",
    "DocxSeal",
    "TextReference",
    "attach_to_pdf",
    "docx_manifest_item_id",
    "embed_in_docx",
    "embed_seal_in_docx",
    "find_docx_seal",
    "find_manifest",
    "manifest_item_id",
    "manifest_script",
    "read_manifest",
    "read_manifest_file",
    "read_text_reference",
    "remove_from_docx",
    "text_reference",
]

MANIFEST_NAMESPACE = "urn:crec-assemble:manifest:1"
SEAL_NAMESPACE = "urn:crec-assemble:seal:1"
MANIFEST_SCRIPT_ID = "crec-assemble-manifest"
_PDF_ATTACHMENT = "manifest.json"
_DS = "{http://schemas.openxmlformats.org/officeDocument/2006/customXml}"
_ITEM = re.compile(r"customXml/item\d+\.xml")  # a custom XML part: the manifest, the seal
_ITEM_PROPS = re.compile(r"customXml/itemProps.*", re.DOTALL)  # the properties of one
# The last line of a plain-text e-mail body: its document id and the hash of its words.
_TEXT_REFERENCE = re.compile(r"Reference: (?P<id>\S+) · text sha256 (?P<sha256>[0-9a-f]{64})")


def embed_in_docx(document: Document, manifest_json: bytes) -> None:
    """Add the manifest to a python-docx document as a custom XML part, before it is saved.

    The part's item id is derived from the manifest, so the same manifest always gives
    the same bytes.
    """
    _add_custom_xml(document, MANIFEST_NAMESPACE, "manifest", escape(manifest_json.decode()),
                    manifest_json)  # fmt: skip


def embed_seal_in_docx(document: Document, signature: bytes) -> None:
    """Add CREC's seal (a detached CMS signature over the manifest's JSON bytes, DER) as a
    second custom XML part, in base64; after :func:`embed_in_docx`."""
    _add_custom_xml(document, SEAL_NAMESPACE, "seal", base64.b64encode(signature).decode(),
                    signature)  # fmt: skip


def _add_custom_xml(document: Document, namespace: str, tag: str, text: str, key: bytes) -> None:
    """A ``customXml/itemN.xml`` part with its properties, related to the main part: the
    kind of part Word and LibreOffice keep when they re-save. ``key`` gives its item id."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    package = document.part.package
    guid = manifest_item_id(sha256(key).hexdigest())
    item = Part(
        package.next_partname("/customXml/item%d.xml"),
        "application/xml",
        (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<{tag} xmlns="{namespace}">{text}</{tag}>'
        ).encode(),
        package,
    )
    properties = Part(
        PackURI(item.partname.replace("/item", "/itemProps")),
        "application/vnd.openxmlformats-officedocument.customXmlProperties+xml",
        (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<ds:datastoreItem xmlns:ds="http://schemas.openxmlformats.org/officeDocument/'
            f'2006/customXml" ds:itemID="{guid}"><ds:schemaRefs>'
            f'<ds:schemaRef ds:uri="{namespace}"/></ds:schemaRefs></ds:datastoreItem>'
        ).encode(),
        package,
    )
    item.relate_to(properties, RT.CUSTOM_XML_PROPS)
    document.part.relate_to(item, RT.CUSTOM_XML)


def manifest_item_id(manifest_sha256: str) -> str:
    """The custom XML item id a DOCX files its manifest under: made from the manifest's
    digest, so a manifest edited after issue no longer matches the id it is filed under."""
    item = manifest_sha256[:32].upper()
    return f"{{{item[:8]}-{item[8:12]}-{item[12:16]}-{item[16:20]}-{item[20:]}}}"


def docx_manifest_item_id(data: bytes, name: Path | str) -> str | None:
    """The item id a DOCX files its manifest under (its custom XML properties that name the
    manifest's schema), or None when it has none.

    Raises:
        InputError: when it is not a readable DOCX, or is over a limit of :mod:`..untrusted`.
    """
    for root in _custom_xml(data, name, _ITEM_PROPS):
        if any(node.get(f"{_DS}uri") == MANIFEST_NAMESPACE for node in root.iter()):
            return root.get(f"{_DS}itemID")
    return None


def remove_from_docx(document: Document) -> None:
    """Drop the manifest, and the seal over it, from a python-docx document; saving leaves
    out the orphaned parts."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    rels = document.part.rels
    for rel_id, rel in list(rels.items()):
        if rel.reltype == RT.CUSTOM_XML and any(
            namespace.encode() in rel.target_part.blob
            for namespace in (MANIFEST_NAMESPACE, SEAL_NAMESPACE)
        ):
            rels.pop(rel_id)


def attach_to_pdf(writer: PdfWriter, manifest_json: bytes) -> None:
    """Attach the manifest to a PDF being written (before its ``/ID`` is fixed)."""
    writer.add_attachment(_PDF_ATTACHMENT, manifest_json)


# JSON inside a <script> element: "</script" would close it, and "<!--" followed by
# "<script" keeps the element open past its end tag, so the page's body becomes script
# data. With no "<", ">" or "&" left, the text is inert; JSON reads the escapes back.
_SCRIPT_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


def manifest_script(manifest_json: bytes) -> str:
    """The ``<script>`` element that carries the manifest in a web page's head.

    ``<``, ``>`` and ``&`` occur only inside the JSON's strings, where
    ``\\u003c``, ``\\u003e`` and ``\\u0026`` mean the same characters.
    """
    manifest = manifest_json.decode("utf-8").translate(_SCRIPT_SAFE)
    return f'<script type="application/json" id="{MANIFEST_SCRIPT_ID}">{manifest}</script>'


def text_reference(document_id: str, body: str) -> str:
    """The last line of a plain-text e-mail: its reference and the hash of ``body``'s words."""
    return f"Reference: {document_id} · text sha256 {words_sha256(body)}"


@dataclass(frozen=True)
class TextReference:
    """What a plain-text e-mail we wrote says of itself, and the words it says it of."""

    document_id: str
    sha256: str
    body: str

    @property
    def intact(self) -> bool:
        """Whether the words still have the hash recorded under them."""
        return words_sha256(self.body) == self.sha256


def read_text_reference(data: bytes) -> TextReference | None:
    """The reference line of a plain-text e-mail we wrote, or None for any other file."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    body, _, last = text.rstrip("\n").rpartition("\n")
    match = _TEXT_REFERENCE.fullmatch(last.strip())
    return TextReference(match["id"], match["sha256"], body) if match else None


def read_manifest(data: bytes, name: Path | str) -> RecordedManifest:
    """The manifest embedded in a DOCX, PDF or web page; ``name`` only names it in messages.

    Raises:
        InputError: when the file is of another kind, unreadable, or has no usable manifest.
    """
    found = find_manifest(data, name)
    if found is None:
        raise InputError(f"{name}: no crec-assemble manifest in this document")
    return found


def read_manifest_file(path: Path) -> RecordedManifest:
    """:func:`read_manifest` of a file.

    Raises:
        InputError: as :func:`read_manifest`, and when the file cannot be read or is
            larger than :mod:`..untrusted` allows.
    """
    return read_manifest(read_untrusted(path), path)


def find_manifest(data: bytes, name: Path | str) -> RecordedManifest | None:
    """The manifest a document carries, or None when it carries none (a vendor's export).

    Raises:
        InputError: when the file is of another kind, unreadable, or its manifest malformed.
    """
    if is_docx(data):
        text = _docx_manifest(data, name)
    elif is_html(data):
        text = _html_manifest(data)
    else:
        text = _pdf_manifest(data, name)
    return None if text is None else parse_manifest(text, name)


def _docx_manifest(data: bytes, name: Path | str) -> str | None:
    for root in _custom_xml(data, name, _ITEM):
        if root.tag == f"{{{MANIFEST_NAMESPACE}}}manifest":
            return root.text or ""
    return None


def _custom_xml(data: bytes, name: Path | str, parts: re.Pattern[str]) -> Iterator[Element]:
    """The root of each custom XML part whose name ``parts`` matches, read only as asked.

    Raises:
        InputError: when the DOCX or a part is unreadable, or over a limit of
            :mod:`..untrusted`.
    """
    archive = open_docx(data, name)
    for part in archive.namelist():
        if parts.fullmatch(part):
            yield parse_xml(read_part(archive, part, name), name, part)


@dataclass(frozen=True)
class DocxSeal:
    """What a sealed DOCX holds: the manifest's text as found, and the seal's signature."""

    manifest: bytes
    signature: bytes


def find_docx_seal(data: bytes, name: Path | str) -> DocxSeal | None:
    """The seal part of a DOCX and the manifest it signs, or None when it carries no seal.

    Raises:
        InputError: when the DOCX or its seal part is unreadable.
    """
    found: dict[str, str] = {}
    for root in _custom_xml(data, name, _ITEM):
        found.setdefault(root.tag, root.text or "")
    signature = found.get(f"{{{SEAL_NAMESPACE}}}seal")
    if signature is None:
        return None
    try:
        decoded = base64.b64decode("".join(signature.split()), validate=True)
    except binascii.Error:
        raise InputError(f"{name}: its seal part is not base64") from None
    manifest = found.get(f"{{{MANIFEST_NAMESPACE}}}manifest", "")
    return DocxSeal(manifest.encode("utf-8"), decoded)


def _pdf_manifest(data: bytes, name: Path | str) -> str | None:
    """The attached manifest; pypdf stops unpacking any stream past 75,000,000 bytes."""
    from pypdf.errors import LimitReachedError, PyPdfError

    try:
        with _quiet_pypdf():
            reader = open_pdf_reader(data, name)
            found = reader.attachments.get(_PDF_ATTACHMENT)
    except LimitReachedError:
        raise InputError(
            f"{name}: refused: a PDF stream unpacks to more than 75,000,000 bytes, "
            "over pypdf's limit of 75,000,000 bytes"
        ) from None
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError,
            RecursionError, zlib.error):  # fmt: skip
        raise InputError(f"{name}: neither a DOCX nor a readable PDF") from None
    if found and len(found[0]) > MAX_XML_BYTES:
        raise InputError(
            f"{name}: refused: its manifest is {len(found[0]):,} bytes, "
            f"over the limit of {MAX_XML_BYTES:,} bytes"
        )
    return found[0].decode("utf-8", errors="replace") if found else None


class _ManifestScript(HTMLParser):
    """The text of the page's manifest ``<script>``, however the page was re-saved."""

    def __init__(self) -> None:
        super().__init__()
        self.manifest: str | None = None
        self._inside = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "script" and dict(attrs).get("id") == MANIFEST_SCRIPT_ID:
            self._inside, self.manifest = True, ""

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._inside = False

    def handle_data(self, data: str) -> None:
        if self._inside:
            self.manifest = (self.manifest or "") + data


def _html_manifest(data: bytes) -> str | None:
    parser = _ManifestScript()
    parser.feed(data.decode("utf-8", errors="replace"))
    parser.close()
    return parser.manifest


@contextmanager
def _quiet_pypdf() -> Iterator[None]:
    """Silence pypdf's warnings about damaged files: our own message says what matters."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)
