"""``build``: profiles to written agreements, all or nothing; and ``validate``, the same
plan without the writing.

Both go through :func:`~crec_assemble.pipeline.plan.plan`; ``build`` hands the
planned documents to :func:`~crec_assemble.pipeline.produce.produce`, which
renders, converts, reads back and only then writes. A batch of many profiles,
each built on its own, is :mod:`crec_assemble.pipeline.batch`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ..model import Agreement
from ..resources import default_template
from .plan import BuildOptions, Order, load_inputs, plan, seal_for

if TYPE_CHECKING:  # rendering modules load docxtpl and pypdf: only when building
    from .produce import Produced

__all__ = ["Checked", "Verdict", "build", "check_profiles", "gate_verdicts"]


@dataclass(frozen=True)
class Checked:
    """A profile whose documents would all pass the gate: what ``validate`` reports."""

    profile: Path
    main: Agreement
    flowdowns: int

    @property
    def summary(self) -> str:
        """``examples/acme.yaml: ok: Acme, Inc. (operator), agreement, 27 requirements met…``."""
        contractor = self.main.profile.contractor
        extra = f", {self.flowdowns} flow-down(s)" if self.flowdowns else ""
        return (
            f"{self.profile}: ok: {contractor.legal_name} ({contractor.role}), {self.main.kind}, "
            f"{len(self.main.requirements)} requirements met{extra}, edition {self.main.edition}"
        )


def check_profiles(
    profiles: Sequence[Path],
    *,
    library: Path | None = None,
    issuer: Path | None = None,
    build_date: date | None = None,
    edition: str | None = None,
) -> list[Checked]:
    """Plan every profile's documents without writing any: the inputs and the gate only.

    Raises:
        InputError: one line per problem, across every profile.
        CheckFailed: one line per unmet requirement.
    """
    inputs = load_inputs(
        profiles, library=library, issuer=issuer, build_date=build_date, edition=edition
    )
    planned = plan(inputs, [Order(formats=(), flowdowns=True)])
    mains = [item for item in planned if item.agreement.kind != "flowdown"]
    return [
        Checked(main.profile, main.agreement, len(main.agreement.profile.subcontractors))
        for main in mains
    ]


@dataclass(frozen=True)
class Verdict:
    """The compliance gate's verdict on one document a profile gives.

    Attributes:
        title: the document's full title ("Student Data Privacy Agreement — Acme, Inc.").
        kind: agreement, addendum or flowdown.
        met: the ids of the requirements it meets.
        unmet: each requirement it misses, as the gate states it.
    """

    title: str
    kind: str
    met: tuple[str, ...]
    unmet: tuple[str, ...]


def gate_verdicts(
    profile: Path,
    *,
    library: Path | None = None,
    issuer: Path | None = None,
    build_date: date | None = None,
    edition: str | None = None,
) -> list[Verdict]:
    """The gate's verdict on each document ``build`` would write for ``profile`` (its
    agreement or addendum, then each flow-down), met and unmet alike, without writing any:
    what a person sees before a build, where ``validate`` stops at the first unmet.

    Raises:
        InputError: one line per problem with the profile, issuer or library.
    """
    inputs = load_inputs(
        [profile], library=library, issuer=issuer, build_date=build_date, edition=edition
    )
    planned = plan(inputs, [Order(formats=(), flowdowns=True)], gate=False)
    verdicts = []
    for item in planned:
        document = item.agreement
        missed = {finding.requirement.id for finding in document.unmet}
        met = tuple(key for key in document.requirements if key not in missed)
        unmet = tuple(str(finding) for finding in document.unmet)
        verdicts.append(Verdict(document.full_title, document.kind, met, unmet))
    return verdicts


def build(profiles: Sequence[Path], options: BuildOptions) -> list[Produced]:
    """Build each profile's agreement (or addendum) and its subcontractor flow-downs.

    Raises:
        InputError: a profile, issuer, library, template or seal key is bad, or an output
            exists.
        CheckFailed: a document misses a requirement (and ``draft`` is off).
        ConversionError: LibreOffice is missing or failed, or its PDF lost text.
    """
    from ..render.docx import read_template
    from .produce import produce

    template = read_template(options.template or default_template())
    inputs = load_inputs(
        profiles, library=options.library, issuer=options.issuer,
        build_date=options.build_date, edition=options.edition,
    )  # fmt: skip
    seal = seal_for(options, inputs.issuer)
    order = Order(options.formats, options.kind, flowdowns=True)
    planned = plan(inputs, [order], draft=options.draft, esign=options.esign)
    return produce(planned, out=options.out, force=options.force, template=template, seal=seal)
