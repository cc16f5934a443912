"""The plan: which documents a command writes, assembled, gated and named.

Every command that writes documents (build, a batch, the gap addendum, the
paperwork, rebuild, redline) asks :func:`plan` for them, so they all load,
assemble, gate and name documents the same way. The order is chosen so that
nothing is written unless everything worked: validate every input, assemble
and gate every document, then hand them all to
:func:`~crec_assemble.pipeline.produce.produce`, which renders, converts,
reads back and only then writes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ..assembly.assemble import assemble
from ..assembly.gate import check_gate
from ..assembly.naming import stem_of
from ..errors import InputError
from ..inputs.dates import default_build_date
from ..inputs.issuer import load_issuer
from ..inputs.profile import load_profile
from ..inputs.profile_rules import flowdown_problems
from ..inputs.seal import load_seal
from ..inputs.yaml_source import raise_problems
from ..library.clauses import ClauseLibrary, load_library
from ..model import (
    Agreement,
    Edition,
    ESign,
    FileFormat,
    FormatChoice,
    Issuer,
    MainKind,
    ParentRef,
    Profile,
    Seal,
    Subcontractor,
)
from ..resources import default_issuer, default_library

__all__ = [
    "BuildOptions",
    "Loaded",
    "Order",
    "Planned",
    "load_inputs",
    "load_profiles",
    "main_kind",
    "plan",
    "seal_for",
]


@dataclass(frozen=True)
class BuildOptions:
    """Everything ``build`` needs besides the profiles; defaults are the shipped ones.

    ``seal`` is CREC's key, loaded and checked (:func:`~crec_assemble.inputs.seal.load_seal`);
    without it, the issuer file's ``seal.key`` seals, if it names one (:func:`seal_for`).
    """

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
    seal: Seal | None = None

    @property
    def formats(self) -> tuple[FileFormat, ...]:
        """The formats each document is written in: ``all`` is DOCX and PDF."""
        return ("docx", "pdf") if self.format == "all" else (self.format,)


@dataclass(frozen=True)
class Order:
    """One document a command wants for each profile.

    ``kind`` None is the profile's main document: an agreement, or an addendum
    when the profile names the vendor's master agreement. ``label`` names the
    file after the contractor instead of the kind ("gap-addendum",
    "notice-2026-11-25"). ``parent``, ``facts`` and ``subcontractor`` are
    passed to :func:`~crec_assemble.assembly.assemble.assemble`.
    """

    formats: tuple[FileFormat, ...]
    kind: str | None = None
    flowdowns: bool = False
    label: str | None = None
    parent: ParentRef | None = None
    facts: Mapping[str, Any] = field(default_factory=dict)
    subcontractor: Subcontractor | None = None


@dataclass(frozen=True)
class Planned:
    """One document to write: what it is, where it goes (``stem`` + each format)."""

    agreement: Agreement
    profile: Path
    stem: str
    formats: tuple[FileFormat, ...]


@dataclass(frozen=True)
class Loaded:
    """Validated inputs shared by every command that assembles documents."""

    profiles: tuple[tuple[Path, Profile], ...]
    issuer: Issuer
    library: ClauseLibrary
    build_date: date
    edition: Edition


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


def seal_for(options: BuildOptions, issuer: Issuer) -> Seal | None:
    """The seal a build applies: ``options.seal``, else the key the issuer file names.

    Raises:
        InputError: the issuer's key cannot seal (see :func:`~crec_assemble.inputs.seal.load_seal`).
    """
    if options.seal is not None:
        return options.seal
    named = issuer.seal
    if named is None or named.key is None:
        return None
    return load_seal(named.key, certificate=named.certificate)


def main_kind(profile: Profile, forced: str | None = None) -> str:
    """An addendum when the profile names the vendor's master agreement, unless forced."""
    if forced:
        return forced
    return "addendum" if profile.services.master_agreement else "agreement"


def plan(
    inputs: Loaded,
    orders: Sequence[Order],
    *,
    draft: bool = False,
    esign: ESign | None = None,
    gate: bool = True,
) -> list[Planned]:
    """Assemble the ordered documents for every profile, gate them all, and name their files.

    A main document's flow-downs follow it, one per subcontractor, and cite it;
    unless they are drafts, each subcontractor must first have the contacts a
    flow-down prints (a rebuild, which orders one flow-down as it was issued,
    is not held to it). A draft is not gated; nor is anything when ``gate`` is
    off, which only ``rebuild`` does, because it then compares the whole
    manifest, the unmet requirements included, with the one the document was
    issued with.

    Raises:
        InputError: a subcontractor lacks a contact its flow-down needs, one line each.
        CheckFailed: a document misses a requirement (unless ``draft``), one line each.
    """
    if not draft and any(order.flowdowns for order in orders):
        raise_problems(
            problem for _, profile in inputs.profiles for problem in flowdown_problems(profile)
        )
    planned = []
    for path, profile in inputs.profiles:
        for order in orders:
            main = _assemble(inputs, profile, order, draft=draft, esign=esign)
            planned.append(Planned(main, path, stem_of(main, order.label), order.formats))
            if not order.flowdowns:
                continue
            for sub in profile.subcontractors:
                flowed = Order(
                    order.formats, "flowdown", parent=main.as_parent(), subcontractor=sub
                )
                flowdown = _assemble(inputs, profile, flowed, draft=draft, esign=esign)
                planned.append(Planned(flowdown, path, stem_of(flowdown), order.formats))
    if gate and not draft:
        check_gate([(item.profile, [item.agreement]) for item in planned])
    return planned


def _assemble(
    inputs: Loaded, profile: Profile, order: Order, *, draft: bool, esign: ESign | None
) -> Agreement:
    return assemble(
        profile, inputs.issuer, inputs.library, build_date=inputs.build_date, draft=draft,
        kind=main_kind(profile, order.kind), parent=order.parent, subcontractor=order.subcontractor,
        facts=order.facts, esign=esign, edition=inputs.edition,
    )  # fmt: skip
