"""``build``: profiles → checked agreements (or addenda) and their subcontractor flow-downs.

The order is chosen so that nothing is written unless everything worked:
validate every input, assemble and gate every document, then hand them all to
:func:`~crec_assemble.pipeline.produce.produce`, which renders, converts, reads back
and only then writes.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ..assembly.assemble import assemble
from ..errors import CheckFailed, InputError
from ..inputs.issuer import load_issuer
from ..inputs.names import slug
from ..inputs.profile import load_profile
from ..library.clauses import ClauseLibrary, load_library
from ..model import (
    Agreement,
    Edition,
    ESign,
    FileFormat,
    FormatChoice,
    Issuer,
    MainKind,
    Profile,
)
from ..resources import default_issuer, default_library, default_template

if TYPE_CHECKING:  # rendering modules load docxtpl and pypdf: only when building
    from .produce import Produced

__all__ = [
    "BuildOptions",
    "Loaded",
    "assemble_all",
    "build",
    "check_gate",
    "default_build_date",
    "load_inputs",
    "load_profiles",
    "main_kind",
    "parse_build_date",
    "stem_of",
]


@dataclass(frozen=True)
class BuildOptions:
    """Everything ``build`` needs besides the profiles; defaults are the shipped ones."""

    out: Path = Path("out")
    format: FormatChoice = "all"
    draft: bool = False
    force: bool = False
    library: Path | None = None
    issuer: Path | None = None
    template: Path | None = None
    build_date: date | None = None
    kind: MainKind | None = None
    esign: ESign | None = None
    edition: str | None = None

    @property
    def formats(self) -> tuple[FileFormat, ...]:
        """The formats each document is written in: ``all`` is DOCX and PDF."""
        return ("docx", "pdf") if self.format == "all" else (self.format,)


@dataclass(frozen=True)
class Loaded:
    """Validated inputs shared by every command that assembles documents."""

    profiles: tuple[tuple[Path, Profile], ...]
    issuer: Issuer
    library: ClauseLibrary
    build_date: date
    edition: Edition


def parse_build_date(text: str, option: str = "--date") -> date:
    """A date option's value, written exactly YYYY-MM-DD, in a plausible range."""
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text) and 1900 < int(text[:4]) < 2200:
            return date.fromisoformat(text)
    except ValueError:
        pass
    raise InputError(f"{option}: {text!r} is not a date written YYYY-MM-DD")


def default_build_date() -> date:
    """``SOURCE_DATE_EPOCH`` when set (reproducible builds), else today (UTC)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch is None:
        return datetime.now(UTC).date()
    try:
        return datetime.fromtimestamp(int(epoch), UTC).date()
    except (ValueError, OverflowError, OSError):
        raise InputError(f"SOURCE_DATE_EPOCH: {epoch!r} is not a number of seconds") from None


def load_profiles(paths: Sequence[Path]) -> tuple[tuple[Path, Profile], ...]:
    """Each profile with its path, reporting the problems of all at once.

    Raises:
        InputError: one line per problem, across every profile.
    """
    loaded, problems = [], []
    for path in paths:
        try:
            loaded.append((path, load_profile(path)))
        except InputError as error:
            problems.append(str(error))
    if problems:
        raise InputError("\n".join(problems))
    return tuple(loaded)


def load_inputs(
    profiles: Sequence[Path],
    *,
    library: Path | None = None,
    issuer: Path | None = None,
    build_date: date | None = None,
    edition: str | None = None,
) -> Loaded:
    """Load the library, the issuer and every profile, reporting the problems of all at once.

    ``edition`` names the clause library's edition to use; without it, the
    edition in effect on the build date is used. Everything is read from the
    files as they are now: a batch that renders many profiles loads these
    once, with no profiles, and adds each profile with :func:`load_profiles`.

    Raises:
        InputError: one line per problem, across every profile.
    """
    root = library or default_library()
    clauses, lea = load_library(root), load_issuer(issuer or default_issuer(root))
    day = build_date or default_build_date()
    chosen = clauses.edition(edition, day)
    if chosen.effective > day:
        starts = chosen.effective.isoformat()
        raise InputError(
            f"--edition: {chosen.name} takes effect {starts}, after the build date "
            f"{day.isoformat()}; build with --date {starts} or later"
        )
    return Loaded(load_profiles(profiles), lea, clauses, day, chosen)


def main_kind(profile: Profile, forced: MainKind | None = None) -> MainKind:
    """An addendum when the profile names the vendor's master agreement, unless forced."""
    if forced:
        return forced
    return "addendum" if profile.services.master_agreement else "agreement"


def assemble_all(
    inputs: Loaded, *, draft: bool = False, kind: MainKind | None = None, esign: ESign | None = None
) -> list[tuple[Path, list[Agreement]]]:
    """Each profile's main document followed by one flow-down per subcontractor."""
    documents = []
    for path, profile in inputs.profiles:
        main = assemble(
            profile, inputs.issuer, inputs.library, build_date=inputs.build_date, draft=draft,
            kind=main_kind(profile, kind), esign=esign, edition=inputs.edition,
        )  # fmt: skip
        flowdowns = [
            assemble(
                profile,
                inputs.issuer,
                inputs.library,
                build_date=inputs.build_date,
                draft=draft,
                kind="flowdown",
                parent=main.as_parent(),
                subcontractor=sub,
                esign=esign,
                edition=inputs.edition,
            )
            for sub in profile.subcontractors
        ]
        documents.append((path, [main, *flowdowns]))
    return documents


def check_gate(documents: Sequence[tuple[Path, Sequence[Agreement]]]) -> None:
    """The compliance gate: stop unless every document meets every requirement it must.

    Raises:
        CheckFailed: one line per unmet requirement, with the regulation's words.
    """
    lines = [
        f"{path}: {document.full_title}: {finding}"
        for path, group in documents
        for document in group
        for finding in document.unmet
    ]
    if lines:
        raise CheckFailed("\n".join([*lines, "use --draft to write a marked draft anyway"]))


def stem_of(document: Agreement) -> str:
    """``acme-learning-inc``, ``acme-learning-inc-addendum``, ``acme-…-flowdown-northwind…``."""
    contractor = slug(document.profile.contractor.legal_name)
    if document.kind == "agreement":
        return contractor
    if document.kind == "flowdown":
        return f"{contractor}-flowdown-{slug(document.party_name)}"
    return f"{contractor}-{document.kind}"


def build(profiles: Sequence[Path], options: BuildOptions) -> list[Produced]:
    """Build each profile's agreement (or addendum) and its subcontractor flow-downs.

    Raises:
        InputError: a profile, issuer, library or template is bad, or an output exists.
        CheckFailed: a document misses a requirement (and ``draft`` is off).
        ConversionError: LibreOffice is missing or failed, or its PDF lost text.
    """
    from ..render.docx import read_template
    from .produce import Planned, produce

    formats: tuple[FileFormat, ...] = (
        ("docx", "pdf") if options.format == "all" else (options.format,)
    )
    template = read_template(options.template or default_template())
    inputs = load_inputs(
        profiles, library=options.library, issuer=options.issuer,
        build_date=options.build_date, edition=options.edition,
    )  # fmt: skip
    documents = assemble_all(inputs, draft=options.draft, kind=options.kind, esign=options.esign)
    if not options.draft:
        check_gate(documents)
    planned = [
        Planned(document, path, stem_of(document), formats)
        for path, group in documents
        for document in group
    ]
    return produce(planned, out=options.out, force=options.force, template=template)
