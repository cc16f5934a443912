"""What differs between a returned file and the document its manifest rebuilds into.

The returned file's words were already compared with its manifest's sections
(:mod:`crec_assemble.verify`); these comparisons cover what that cannot see:
the manifest's own bytes, the words outside the sections (a title, a draft
banner), and, by format, what else a reader sees. Each difference is one
:class:`~crec_assemble.verify.Alteration`, worded for a person.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

from ..library.wording import squeeze, word_diff
from ..render.extract import docx_paragraphs
from ..render.manifest import dump_manifest, find_manifest
from ..render.untrusted import open_docx, open_pdf_reader, parse_xml, read_part
from ..verify import Alteration
from ..verify.explain import edits_of

__all__ = ["docx_differences", "manifest_differences", "pdf_differences"]


def manifest_differences(data: bytes, rebuilt: bytes, path: Path) -> Iterator[Alteration]:
    """The manifest as carried against the one the rebuild carries, byte for byte.

    The rebuild records this tool's version; the returned file's is taken as recorded,
    so a document issued by an earlier version is not a change for that alone.
    """
    carried = find_manifest(data, path)
    expected = find_manifest(rebuilt, "the rebuild")
    if carried is None or expected is None:
        return
    wanted = json.loads(json.dumps(expected.data))
    wanted["tool"]["version"] = carried.data.get("tool", {}).get("version")
    digest = hashlib.sha256(dump_manifest(wanted)).hexdigest()
    if digest == carried.sha256:
        return
    keys = sorted(set(wanted) | set(carried.data))
    differing = [key for key in keys if wanted.get(key) != carried.data.get(key)]
    what = ", ".join(differing) if differing else "its layout, not its values"
    yield Alteration(
        "manifest",
        "its record",
        f"changed after issue ({what}): its sha256 is {carried.sha256}, a rebuild from its "
        f"own inputs records {digest}",
    )


def docx_differences(
    data: bytes, rebuilt: bytes, path: Path, *, sections_intact: bool
) -> Iterator[Alteration]:
    """The build date the file records, then the body's words outside the sections (title,
    banner) when the sections all match."""
    created, expected = _docx_created(data, path), _docx_created(rebuilt, "the rebuild")
    if created != expected:
        yield _build_date_changed(created, expected)
    if sections_intact:
        yield from _story("body", docx_paragraphs(data, path),
                          docx_paragraphs(rebuilt, "the rebuild"))  # fmt: skip


def _docx_created(data: bytes, name: Path | str) -> str:
    archive = open_docx(data, name)
    if "docProps/core.xml" not in archive.namelist():
        return ""
    root = parse_xml(read_part(archive, "docProps/core.xml", name), name, "docProps/core.xml")
    found = root.find("{http://purl.org/dc/terms/}created")
    return (found.text or "")[:10] if found is not None else ""


def _build_date_changed(made: str, expected: str) -> Alteration:
    """The file was made on one day, its manifest says another: one of them was edited."""
    return Alteration(
        "manifest",
        "its build date",
        f"{expected or 'none'}, but the file records that it was made on {made or 'no date'}: "
        "the manifest or the file's properties were edited after issue",
    )


def _story(name: str, found: list[str], expected: list[str]) -> Iterator[Alteration]:
    """One story's words against the rebuild's, white space aside: each edit, marked."""
    if squeeze("".join(found)) == squeeze("".join(expected)):
        return
    edits = edits_of(word_diff(" ".join(expected), " ".join(found)))
    detail = "; ".join(edit.marked() for edit in edits) or "its words differ"
    yield Alteration("story", name, detail)


def pdf_differences(data: bytes, rebuilt: bytes, path: Path) -> Iterator[Alteration]:
    """The PDF's creation date against the rebuild's, which comes from the recorded build
    date, and its attached files against the rebuild's: the manifest alone."""
    created, expected = _pdf_created(data, path), _pdf_created(rebuilt, "the rebuild")
    if created != expected:
        yield _build_date_changed(created, expected)
    attached = _attachments(data, path)
    if attached != _attachments(rebuilt, "the rebuild"):
        listed = ", ".join(f"{name} ({count})" for name, count in attached) or "none"
        yield Alteration(
            "manifest",
            "its attached files",
            f"{listed}; an issued PDF carries one manifest.json and nothing else",
        )


def _pdf_created(data: bytes, name: Path | str) -> str:
    """The creation date in the PDF's document information, as YYYY-MM-DD."""
    info = open_pdf_reader(data, name).metadata
    stamp = str(info.get("/CreationDate", "")) if info else ""
    digits = stamp.removeprefix("D:")[:8]
    return f"{digits[:4]}-{digits[4:6]}-{digits[6:8]}" if len(digits) == 8 else stamp


def _attachments(data: bytes, name: Path | str) -> list[tuple[str, int]]:
    """Each attached file's name and how many files carry it."""
    found = open_pdf_reader(data, name).attachments
    return sorted((key, len(found[key])) for key in found)
