"""What a PDF's later revisions changed, named as a reader would name it.

pyHanko's difference analysis says that a revision after the seal is not allowed,
in terms of object numbers and paths (``Reference(idnum=13)`` used in
``.Root.Pages.Kids[0]``). Here every object of the document as it now reads is
given a name first — page 2, page 2's content, an annotation on page 1, the attached
``manifest.json``, the document information — and each object a revision after the
seal wrote, replaced or added, is reported by that name. An object no longer reached
from the document (a content stream replaced by another) has none, but what now
reaches its replacement (the page) does.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

__all__ = ["changed_objects"]

_MAX_DEPTH = 32  # page tree and name tree levels; real files have two or three
_CATALOG = {
    "/AcroForm": "the form (its list of fields)",
    "/Names": "the document's name tree (attachments)",
    "/Outlines": "the bookmarks",
    "/Perms": "the certification",
    "/Metadata": "the XMP metadata",
    "/Pages": "the page tree",
    "/OpenAction": "what the document does when opened",
    "/AA": "the document's actions",
}


def changed_objects(
    reader: Any, revision: int, signature_fields: set[str], until: int | None = None
) -> list[str]:
    """The names of the objects that revisions after ``revision`` (up to ``until``, else to
    the last) wrote, in the document's order, each once; the signature fields in
    ``signature_fields`` are left out (filling them in is what the seal allows).

    ``reader`` is pyHanko's reader of the whole file.
    """
    from pyhanko.pdf_utils import generic

    names = _Names(generic)
    names.walk(reader)
    found: list[str] = []
    last = reader.xrefs.total_revisions - 1 if until is None else until
    for later in range(revision + 1, last + 1):
        for ref in sorted(reader.xrefs.explicit_refs_in_revision(later),
                          key=lambda ref: (ref.idnum, ref.generation)):  # fmt: skip
            name = names.of.get((ref.idnum, ref.generation))
            if (
                name is not None
                and name not in found
                and name not in names.allowed(signature_fields)
            ):
                found.append(name)
    order = list(names.of.values())
    return sorted(found, key=order.index)


def _get(values: Any, key: str, default: Any = None) -> Any:
    """``values[key]``, resolved (pyHanko's ``get`` leaves a reference as it is)."""
    return values[key] if key in values else default  # noqa: SIM401


class _Names:
    """A name for each object of one revision, found by walking it from its trailer."""

    def __init__(self, generic: Any) -> None:
        self._generic = generic
        self.of: dict[tuple[int, int], str] = {}
        self._fields: dict[str, str] = {}  # signature field name → the name given its object

    def allowed(self, signature_fields: set[str]) -> set[str]:
        return {name for field, name in self._fields.items() if field in signature_fields}

    def _name(self, value: Any, name: str) -> Any:
        """Name ``value`` if it is an indirect object not yet named; return what it points to."""
        if isinstance(value, self._generic.IndirectObject):
            self.of.setdefault((value.idnum, value.generation), name)
            return value.get_object()
        return value

    def walk(self, document: Any) -> None:
        trailer = document.trailer_view
        root = self._name(trailer.raw_get("/Root"), "the document catalog")
        if "/Info" in trailer:
            self._name(trailer.raw_get("/Info"), "the document information (title, dates)")
        for number, page in enumerate(self._pages(root.raw_get("/Pages"), 0), start=1):
            self._page(page, f"page {number}")
        self._attachments(root)
        form = self._name(root.raw_get("/AcroForm"), _CATALOG["/AcroForm"]) if (
            "/AcroForm" in root) else None  # fmt: skip
        fields: Any = _get(form, "/Fields") if form is not None else None
        for index in range(len(fields) if fields is not None else 0):
            self._field(fields.raw_get(index), "a form field")
        for key, name in _CATALOG.items():
            if key in root:
                self._name(root.raw_get(key), name)

    def _pages(self, node: Any, depth: int) -> Iterator[Any]:
        """The page objects in order, as indirect references where the file has them."""
        tree = node.get_object()
        if _get(tree, "/Type") != "/Pages" or depth > _MAX_DEPTH:
            yield node
            return
        self._name(node, _CATALOG["/Pages"])
        kids = _get(tree, "/Kids", [])
        for index in range(len(kids)):
            yield from self._pages(kids.raw_get(index), depth + 1)

    def _page(self, reference: Any, page: str) -> None:
        values = self._name(reference, page)
        contents = values.raw_get("/Contents") if "/Contents" in values else None
        streams = self._name(contents, f"{page}'s content")
        if isinstance(streams, self._generic.ArrayObject):
            for index in range(len(streams)):
                self._name(streams.raw_get(index), f"{page}'s content")
        if "/Resources" in values:
            resources = self._name(values.raw_get("/Resources"), f"{page}'s fonts and images")
            for kind in ("/Font", "/XObject", "/ExtGState"):
                if kind in resources:
                    table = self._name(resources.raw_get(kind), f"{page}'s fonts and images")
                    for key in list(table):
                        self._name(table.raw_get(key), f"{page}'s fonts and images")
        if "/Annots" in values:
            annotations = self._name(values.raw_get("/Annots"), f"{page}'s annotations")
            for index in range(len(annotations)):
                self._field(annotations.raw_get(index), f"an annotation on {page}")

    def _field(self, reference: Any, default: str) -> None:
        values = reference.get_object()
        title = _get(values, "/T")
        kind = _get(values, "/FT") or _get(_get(values, "/Parent", {}), "/FT")
        if kind == "/Sig" and title is not None:
            name = f"the signature field {title}"
            self._fields[str(title)] = name
        elif title is not None:
            name = f"the form field {title}"
        else:
            subtype = str(_get(values, "/Subtype", "")).lstrip("/")
            name = f"{default} ({subtype})" if subtype else default
        self._name(reference, name)
        if "/AP" in values:
            self._name(values.raw_get("/AP"), name)

    def _attachments(self, root: Any) -> None:
        names = _get(root, "/Names")
        if names is None or "/EmbeddedFiles" not in names:
            return
        self._name(root.raw_get("/Names"), _CATALOG["/Names"])
        self._files(names.raw_get("/EmbeddedFiles"), 0)

    def _files(self, node: Any, depth: int) -> None:
        """Each attachment of an embedded-files name tree, by its file name."""
        tree = self._name(node, "the list of attachments")
        if depth > _MAX_DEPTH:
            return
        entries = _get(tree, "/Names", [])
        for index in range(0, len(entries) - 1, 2):
            label = f"the attached {entries[index]}"
            spec = self._name(entries.raw_get(index + 1), label)
            files = _get(spec, "/EF", {})
            for key in list(files):
                self._name(files.raw_get(key), label)
        kids = _get(tree, "/Kids", [])
        for index in range(len(kids)):
            self._files(kids.raw_get(index), depth + 1)
