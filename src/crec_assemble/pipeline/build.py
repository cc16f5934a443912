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

__all__ = ["Checked", "build", "check_profiles"]


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
