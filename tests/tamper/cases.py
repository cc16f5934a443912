"""Every case of the suite: each kind of alteration (and of unchanged re-save), applied
to each issued document, once per target; and the one step that makes their files.

The kinds are those of issue 16: what a careful vendor could change so that a reader of
the document in Word, LibreOffice or Acrobat sees something else than CREC issued.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from crec_assemble.pipeline.converter import LibreOffice

from . import docx_body, docx_stories, pdf_kinds, resaves
from .altered import Altered, Generator, Target
from .documents import DOCUMENTS, Issued
from .manifest_kinds import MANIFEST_EDITS, manifest_edit

__all__ = ["CASES", "KINDS", "Case", "Kind", "Made", "kind_named", "make_cases"]

DEADLINE = "five (5) calendar days"
NEW_TERMS = ("Contractor may wait up to thirty (30) days after discovering a Breach of Security "
             "before giving notice.")  # fmt: skip
DELAWARE = "The laws of the State of Delaware govern this Agreement."
DAYS = Target(DEADLINE, "thirty (30) days")
WORDS = (
    DAYS,
    Target("The laws of the State of Connecticut", "The laws of the State of Delaware"),
    Target("shall not", "may", nth=2),
    Target("{party}", "Globex Data Corporation"),
)
HIDDEN = (Target("shall not", words="not"), Target(DEADLINE, words=DEADLINE))
NONE = (Target(""),)


@dataclass(frozen=True)
class Kind:
    """One kind of alteration (or, with ``altered`` false, of unchanged re-save)."""

    name: str
    fmt: Literal["docx", "pdf"]
    generate: Generator
    targets: tuple[Target, ...]
    altered: bool = True

    @property
    def id(self) -> str:
        return f"{self.fmt}-{self.name}"


def _kinds() -> Iterator[Kind]:
    for name, generate, targets in (
        ("words", docx_body.edit_words, WORDS),
        ("section-removed", docx_body.remove_section, (Target("severability"),)),
        ("sentence-added", docx_body.add_sentence,
         (Target("governing-law", "Contractor may sell Student Data to third parties."),)),
        ("title-removed", docx_body.remove_title, (Target("{title}"),)),
        ("main-part", docx_body.new_main_part, (DAYS,)),
        ("vanish", docx_body.hide_by_vanish, HIDDEN),
        ("white-text", docx_body.hide_in_white, HIDDEN),
        ("tiny-text", docx_body.shrink_to_one_point, HIDDEN),
        ("footnote", docx_stories.add_footnote, (Target(DEADLINE, NEW_TERMS),)),
        ("header", docx_stories.edit_header, (Target("{title}", "Vendor Terms of Service"),)),
        ("footer", docx_stories.edit_footer,
         (Target("", "Contractor's Terms of Service control over this Agreement."),)),
        ("comment", docx_stories.add_comment,
         (Target(DEADLINE, "CREC agrees that notice within thirty (30) days is enough."),)),
        ("text-box", docx_stories.add_text_box, (Target("governing-law", DELAWARE),)),
        ("altchunk", docx_stories.add_altchunk, (Target("governing-law", DELAWARE),)),
        ("shape", docx_stories.cover_with_shape, (Target(DEADLINE),)),
    ):  # fmt: skip
        yield Kind(name, "docx", generate, targets)
    yield from _manifest_kinds("docx")
    for name, generate, targets in (
        ("text", pdf_kinds.edit_text, WORDS),
        ("free-text", pdf_kinds.add_free_text, (Target(DEADLINE, NEW_TERMS),)),
        ("square", pdf_kinds.add_square, (Target(DEADLINE),)),
        ("stamp", pdf_kinds.add_stamp, (Target(DEADLINE, "VOID - SEE VENDOR TERMS"),)),
        ("ink", pdf_kinds.add_ink, (Target(DEADLINE),)),
        ("signature-field", pdf_kinds.add_signature_field, (Target(DEADLINE, DELAWARE),)),
        ("white-rectangle", pdf_kinds.cover_in_content, (Target(DEADLINE),)),
        ("crop-box", pdf_kinds.crop_lower_page, (Target(DEADLINE),)),
        ("media-box", pdf_kinds.shrink_media_box, (Target(DEADLINE),)),
        ("page-removed", pdf_kinds.remove_page, (Target(DEADLINE),)),
        ("incremental-update", pdf_kinds.edit_incrementally, (DAYS,)),
    ):  # fmt: skip
        yield Kind(name, "pdf", generate, targets)
    yield from _manifest_kinds("pdf")
    for fmt, name, resave in (
        ("docx", "resave-libreoffice", resaves.libreoffice_docx),
        ("docx", "resave-python-docx", resaves.python_docx),
        ("docx", "resave-rezip-stored", resaves.rezip_stored),
        ("docx", "resave-rezip-deflate9", resaves.rezip_strongest),
        ("docx", "resave-rezip-reordered", resaves.rezip_reordered),
        ("pdf", "resave-pypdf-clone", resaves.pypdf_clone),
        ("pdf", "resave-pypdf-compressed", resaves.pypdf_compressed),
        ("pdf", "resave-pypdf-pages", resaves.pypdf_pages),
        ("pdf", "resave-pyhanko-incremental", resaves.pyhanko_incremental),
    ):
        yield Kind(name, fmt, resave, NONE, altered=False)  # type: ignore[arg-type]


def _manifest_kinds(fmt: Literal["docx", "pdf"]) -> Iterator[Kind]:
    targets = {
        "draft": NONE,
        "build-date": (Target("", "2027-03-01"),),
        "profile-record": (Target("", "1 Vendor Way, Wilmington, DE 19801"),),
        "clause-version": (Target("breach-notification", "1.1.0"),),
        "section": (DAYS,),
        "consistent": (DAYS,),
        "template": NONE,
    }
    assert targets.keys() == MANIFEST_EDITS.keys()
    for name, chosen in targets.items():
        yield Kind(f"manifest-{name}", fmt, manifest_edit(name, fmt), chosen)


KINDS = tuple(_kinds())


def kind_named(kind_id: str) -> Kind:
    (kind,) = [kind for kind in KINDS if kind.id == kind_id]
    return kind


@dataclass(frozen=True)
class Case:
    """One kind applied to one document with one of its targets."""

    kind: Kind
    document: str
    variant: int  # from 1: which of the kind's targets
    target: Target

    @property
    def id(self) -> str:
        return f"{self.kind.id}-{self.document}-{self.variant}"


CASES = tuple(
    Case(kind, document, variant, target)
    for kind in KINDS
    for document in DOCUMENTS
    for variant, target in enumerate(kind.targets, start=1)
)


@dataclass(frozen=True)
class Made:
    """A case's file, and what was done to make it."""

    case: Case
    path: Path
    label: str


def make_cases(
    cases: tuple[Case, ...], issued: Mapping[str, Issued], folder: Path
) -> dict[str, Made]:
    """Write every case's file into ``folder``; all that needs LibreOffice goes through
    one LibreOffice, in one conversion per output format."""
    made: dict[str, Made] = {}
    pending: dict[Literal["pdf", "docx"], list[tuple[Case, Path, Altered]]] = {
        "pdf": [],
        "docx": [],
    }
    staged: dict[tuple[str, bytes], Path] = {}  # a DOCX that two cases convert, staged once
    for case in cases:
        altered = case.kind.generate(issued[case.document], case.target)
        if altered.convert is None:
            path = folder / f"{case.id}.{case.kind.fmt}"
            path.write_bytes(altered.data)
            made[case.id] = Made(case, path, altered.label)
            continue
        key = (altered.convert, hashlib.sha256(altered.data).digest())
        if key not in staged:
            staged[key] = folder / f"to-{altered.convert}" / f"{case.id}.docx"
            staged[key].parent.mkdir(exist_ok=True)
            staged[key].write_bytes(altered.data)
        pending[altered.convert].append((case, staged[key], altered))
    converted = folder / "converted"
    converted.mkdir()
    with LibreOffice() as office:
        for to, waiting in pending.items():
            sources = list(dict.fromkeys(source for _, source, _ in waiting))
            if not sources:
                continue
            outputs = dict(zip(sources, office.convert(sources, converted, to=to), strict=True))
            for case, source, altered in waiting:
                data = outputs[source].read_bytes()
                path = folder / f"{case.id}.{case.kind.fmt}"
                path.write_bytes(altered.finish(data) if altered.finish else data)
                made[case.id] = Made(case, path, altered.label)
    return made
