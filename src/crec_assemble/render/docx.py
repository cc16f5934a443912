"""Agreement → DOCX bytes, through the Word template: the one writer of agreement DOCX.

docxtpl fills ``templates/agreement.docx``; the template decides how things
look (its styles), this module decides nothing but what goes where. The
result is made reproducible here: fixed core-property dates, no user name,
and a zip whose every entry carries the same timestamp.
"""

from __future__ import annotations

import hashlib
import io
import zipfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
from docxtpl import DocxTemplate, RichText
from jinja2 import StrictUndefined

from ..assembly.signatures import Cell, signature_rows
from ..errors import InputError
from ..library.sandbox import TEMPLATE_FAULTS, BoundedEnvironment, describe_fault
from ..model import Agreement, Run
from .manifest import embed_in_docx, embed_seal_in_docx, remove_from_docx
from .word_template import template_problem

__all__ = ["Template", "normalise_zip", "read_template", "render_docx", "without_manifest"]

_ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)  # the earliest time a zip entry can carry


@dataclass(frozen=True)
class Template:
    """A Word template, read once per build and hashed for the manifest."""

    path: Path
    data: bytes
    sha256: str


def read_template(path: Path) -> Template:
    """Read a Word template and check that it is a DOCX.

    Raises:
        InputError: when it is missing, not a Word document, or lacks a part the tool's
            documents rely on (relationships, styles, header, footer, numbering).
    """
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"{path}: Word template not readable: {error.strerror}") from None
    problem = template_problem(path, data)
    if problem:
        raise InputError(problem)
    return Template(path, data, hashlib.sha256(data).hexdigest())


def render_docx(
    agreement: Agreement, template: Template, manifest_json: bytes, seal: bytes | None = None
) -> bytes:
    """Render one agreement and embed its manifest, and the seal's signature over it if given.

    The template's Jinja runs sandboxed: a template is a file staff edit in
    Word and may receive from elsewhere, and must not be able to run code.

    Raises:
        InputError: when the template's tags do not fit the agreement.
    """
    try:
        document = DocxTemplate(io.BytesIO(template.data))  # renders once: a new per document
        document.render(_context(agreement), jinja_env=_ENVIRONMENT, autoescape=True)
    except _FAULTS as error:
        raise InputError(f"{template.path}: template error: {describe_fault(error)}") from None
    _set_properties(document, agreement)
    embed_in_docx(document.docx, manifest_json)
    if seal is not None:
        embed_seal_in_docx(document.docx, seal)
    buffer = io.BytesIO()
    document.save(buffer)
    return normalise_zip(buffer.getvalue())


# Half-points: 6 pt. White, so unseen; Acrobat Sign sizes its field from the tag's text.
_HIDDEN_SIZE = 12
_CELLS = ("organisation", "by", "name", "title", "date")
_FAULTS: tuple[type[BaseException], ...] = (*TEMPLATE_FAULTS, SyntaxError)  # XML tags broke
_MAX_DOCUMENT_XML = 50_000_000  # characters of one rendered part: a template's render limit


class _CachingEnvironment(BoundedEnvironment):
    """docxtpl compiles the template's XML on every render; the XML is the same each time,
    so compile it once per process (a batch renders the same template hundreds of times).

    Bounded like a clause, with room for a whole agreement's XML."""

    max_output = _MAX_DOCUMENT_XML

    @lru_cache(maxsize=32)  # noqa: B019 - one environment for the whole process
    def _compile_source(self, source: str) -> jinja2.Template:
        return super().from_string(source)

    def from_string(self, source: Any, *args: Any, **kwargs: Any) -> jinja2.Template:
        if args or kwargs or not isinstance(source, str):
            return super().from_string(source, *args, **kwargs)
        return self._compile_source(source)


_ENVIRONMENT = _CachingEnvironment(undefined=StrictUndefined, autoescape=True)


def _add(text: RichText, runs: tuple[Run, ...]) -> None:
    for run in runs:
        if run.hidden:
            text.add(run.text, color="FFFFFF", size=_HIDDEN_SIZE)
        else:
            text.add(run.text, bold=run.bold, italic=run.italic)


def _rich(runs: tuple[Run, ...]) -> RichText:
    text = RichText()
    _add(text, runs)
    return text


def _cell(lines: Cell) -> RichText:
    """A cell of the signature table; docxtpl starts a paragraph, in the cell's style, at
    each ``\\a``, so a signatory stacked in the cell reads like the ones in the rows."""
    text = RichText()
    for index, line in enumerate(lines):
        if index:
            text.add("\a")
        _add(text, line)
    return text


def _context(agreement: Agreement) -> dict[str, object]:
    rows = signature_rows(agreement.parties)
    columns = {
        side: {name: _cell(row[position]) for name, row in zip(_CELLS, rows, strict=True)}
        for position, side in enumerate(("left", "right"))
    }
    return {
        "agreement": {"title": agreement.title, "id": agreement.id, "draft": agreement.draft},
        "blocks": [
            {"kind": block.kind, "text": _rich(block.runs)}
            for section in agreement.sections
            for block in section.blocks
        ],
        "parties": columns,
    }


def _set_properties(document: DocxTemplate, agreement: Agreement) -> None:
    """Core properties from the inputs only: no clock, no login name."""
    stamp = agreement.timestamp.replace(tzinfo=None)  # python-docx writes naive times as UTC
    properties = document.docx.core_properties
    properties.title = _fit(agreement.full_title)
    properties.subject = _fit(agreement.subject)
    properties.author = agreement.issuer.name
    properties.keywords = agreement.id
    properties.comments = ""
    properties.last_modified_by = ""
    properties.revision = 1
    properties.created = stamp
    properties.modified = stamp


def _fit(text: str) -> str:
    """Core properties hold at most 255 characters; a very long legal name is shortened."""
    return text if len(text) <= 255 else text[:254] + "…"


def without_manifest(data: bytes) -> bytes:
    """The DOCX with its manifest part removed, for files that are not issued documents.

    A redline holds two agreements' words at once; left with the newer
    agreement's manifest, ``verify`` would mistake it for that agreement.
    Saving drops the part once nothing relates to it.
    """
    import docx

    document = docx.Document(io.BytesIO(data))
    remove_from_docx(document)
    output = io.BytesIO()
    document.save(output)
    return normalise_zip(output.getvalue())


def normalise_zip(data: bytes) -> bytes:
    """Rewrite the zip with one fixed timestamp and fixed attributes on every entry."""
    source = zipfile.ZipFile(io.BytesIO(data))
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target:
        for entry in source.infolist():
            info = zipfile.ZipInfo(entry.filename, date_time=_ZIP_EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0
            target.writestr(info, source.read(entry.filename))
    return output.getvalue()
