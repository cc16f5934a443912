"""What differs between a returned file and the document its manifest rebuilds into.

The returned file's words were already compared with its manifest's sections
(:mod:`crec_assemble.verify`); these comparisons cover what that cannot see:
the manifest's own bytes, the words outside the sections (a title, a draft
banner), and, by format, what else a reader sees. Each difference is one
:class:`~crec_assemble.verify.Alteration`, worded for a person.
"""

from __future__ import annotations

import copy
import hashlib
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from ..library.wording import squeeze, word_diff
from ..render.docx_package import Package
from ..render.docx_reading import read_docx
from ..render.manifest import RecordedManifest, dump_manifest, find_manifest
from ..render.page_images import PageDifference
from ..render.pdf_overlays import signature_areas
from ..render.untrusted import open_docx, open_pdf_reader, parse_xml, read_part
from ..verify import Alteration
from ..verify.explain import edits_of

__all__ = ["docx_differences", "manifest_differences", "pdf_differences", "rendering"]

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def manifest_differences(carried: RecordedManifest, rebuilt: bytes) -> Iterator[Alteration]:
    """The manifest as carried (read once, by ``verify``) against the one the rebuild
    carries, byte for byte.

    The rebuild records this tool's version; the returned file's is taken as recorded,
    so a document issued by an earlier version is not a change for that alone.
    """
    expected = find_manifest(rebuilt, "the rebuild")
    if expected is None:
        return
    wanted = copy.deepcopy(expected.data)
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
    """The build date the file records; every story but the body (headers, footers, notes,
    comments) against the rebuild's; and the body's words outside the sections (title,
    banner) when the sections all match."""
    created, expected = _docx_created(data, path), _docx_created(rebuilt, "the rebuild")
    if created != expected:
        yield _build_date_changed(created, expected)
    found, issued = read_docx(data, path), read_docx(rebuilt, "the rebuild")
    stories, wanted = found.other_stories, issued.other_stories
    for name in sorted(wanted.keys() - stories.keys()):
        if squeeze("".join(wanted[name])):
            yield Alteration("story", name, f"removed: {' '.join(wanted[name])}")
    for name in sorted(stories.keys() - wanted.keys()):
        if squeeze("".join(stories[name])):
            yield Alteration("story", name, f"added, not ours: {' '.join(stories[name])}")
    for name in sorted(stories.keys() & wanted.keys()):
        yield from _story(name, list(stories[name]), list(wanted[name]))
    if sections_intact:
        yield from _story("body", list(found.body), list(issued.body))
    drawn, expected_drawn = _drawings(data, path), _drawings(rebuilt, "the rebuild")
    for story, count in sorted((drawn - expected_drawn).items()):
        yield Alteration(
            "story",
            story,
            f"{count} drawing(s), shape(s) or picture(s) the issued document does not have: a "
            "reader sees them over or among the words, and verify cannot read what they show",
        )


# What draws in a story besides its text: DrawingML, VML shapes and embedded objects.
_DRAWN = frozenset({"drawing", "pict", "object"})
_STORY_KINDS = ("header", "footer", "footnotes", "endnotes", "comments")


def _drawings(data: bytes, name: Path | str) -> Counter[str]:
    """How many drawings, shapes and objects each kind of story holds."""
    package = Package(data, name)
    parts = [("body", package.main)] + [
        (kind, part) for kind in _STORY_KINDS for part in package.of_kind(package.main, kind)
    ]
    found: Counter[str] = Counter()
    for kind, part in parts:
        found[kind] += sum(
            1 for node in package.xml(part).iter()
            if node.tag.startswith(_W) and node.tag[len(_W):] in _DRAWN
        )  # fmt: skip
    return found


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
    yield from _new_signature_fields(data, rebuilt, path)
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


def rendering(difference: PageDifference) -> Alteration:
    """A page that renders differently from the rebuild, and what differs where."""
    where = f"page {difference.page}"
    return Alteration("rendering", where, str(difference).removeprefix(f"{where}: "))


def _new_signature_fields(data: bytes, rebuilt: bytes, path: Path) -> Iterator[Alteration]:
    """Signature widgets the issued file does not have, where they can draw: a signature's
    appearance is not compared (it is expected in the issued fields), so a new or moved
    field could paint anything over the page. An invisible one (no area: a seal) draws
    nothing."""
    issued = {page: {_rounded(rect) for rect in rects}
              for page, rects in signature_areas(rebuilt, "the rebuild").items()}  # fmt: skip
    for page, rects in sorted(signature_areas(data, path).items()):
        for rect in rects:
            if (
                rect[2] > rect[0]
                and rect[3] > rect[1]
                and _rounded(rect) not in issued.get(page, ())
            ):
                yield Alteration(
                    "annotation",
                    f"page {page}",
                    f"a signature field the issued file does not have, at {_rounded(rect)}: "
                    "whatever it shows is not ours",
                )


def _rounded(rect: tuple[float, float, float, float]) -> tuple[int, ...]:
    return tuple(round(value) for value in rect)
