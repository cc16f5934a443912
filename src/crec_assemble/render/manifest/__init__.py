"""The provenance manifest: what an issued document was built from, written into every
file we issue and read back out of it.

:mod:`.contents` decides what a manifest says, :mod:`.containers` where it travels in a
DOCX, a PDF, a web page or a plain-text e-mail (writing and reading side by side), and
:mod:`.recorded` what a reader gets back. ``verify`` compares a document's text with
it; ``rebuild``, ``redline`` and the paperwork that cites an agreement read it too.
"""

from .containers import (
    MANIFEST_NAMESPACE,
    SEAL_NAMESPACE,
    DocxSeal,
    TextReference,
    attach_to_pdf,
    docx_manifest_item_id,
    embed_in_docx,
    embed_seal_in_docx,
    find_docx_seal,
    find_manifest,
    manifest_item_id,
    manifest_script,
    read_manifest,
    read_manifest_file,
    read_text_reference,
    remove_from_docx,
    text_reference,
)
from .contents import MANIFEST_VERSION, build_manifest, dump_manifest
from .recorded import RecordedManifest, RecordedSection

__all__ = [
    "MANIFEST_NAMESPACE",
    "MANIFEST_VERSION",
    "SEAL_NAMESPACE",
    "DocxSeal",
    "RecordedManifest",
    "RecordedSection",
    "TextReference",
    "attach_to_pdf",
    "build_manifest",
    "docx_manifest_item_id",
    "dump_manifest",
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
