"""The gap addendum: exactly the provisions a vendor's own paper lacks or states too weakly.

``audit --addendum PROFILE`` turns an audit into something to send. It is the
core's Student Data Privacy Addendum (kind ``addendum``) cut down to the
clauses that satisfy the missing and weak requirements, plus what any
addendum needs — parties, recitals, definitions, services, the precedence
clause that makes it control over the vendor's terms, notices, the entire
agreement and signatures — and the clauses those cite. When provision 14
(sub-contracts) is a gap, provisions 1-13 come too, because every sub-contract
must carry them. The compliance gate then checks the addendum against the
gap requirements, so what is sent is what the audit found missing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from types import MappingProxyType
from typing import TYPE_CHECKING

from ..library.clauses import ClauseLibrary
from ..library.placeholders import cited_clauses
from ..model import Edition
from ..pipeline.plan import BuildOptions, Loaded, Order, Planned, plan

if TYPE_CHECKING:
    from ..pipeline.produce import Produced

__all__ = ["gap_library", "plan_gap_addendum", "write_gap_addendum"]

_STRUCTURE = (
    "definitions",
    "services",
    "addendum-precedence",
    "notices",
    "entire-agreement",
    "signatures",
)


def gap_library(library: ClauseLibrary, gaps: Iterable[str], edition: Edition) -> ClauseLibrary:
    """The library with its ``addendum`` outline cut down to what fills ``gaps``."""
    outline = library.outline("addendum")
    wanted_requirements = set(gaps)
    flowdown = library.outlines.get("flowdown")
    if "R14" in wanted_requirements and flowdown is not None:
        # Provisions 1-13, what every sub-contract must carry: as the flow-down outline says.
        wanted_requirements |= set(flowdown.requirements or ())
    clauses = {
        clause_id: library.get(f"{clause_id}@{edition.versions[clause_id]}")
        for clause_id in outline.body
        if clause_id in edition.versions
    }
    wanted = set(_STRUCTURE) | {
        clause_id
        for clause_id, clause in clauses.items()
        if wanted_requirements & set(clause.satisfies)
    }
    while True:  # bring in every clause a wanted clause cites
        cited = {
            ref for cid in wanted if cid in clauses for ref in cited_clauses(clauses[cid].body)
        }
        more = (cited & set(clauses)) - wanted
        if not more:
            break
        wanted |= more
    cut = replace(
        outline,
        body=tuple(clause_id for clause_id in outline.body if clause_id in wanted),
        requirements=tuple(sorted(set(gaps))),
    )
    return replace(library, outlines=MappingProxyType({**library.outlines, "addendum": cut}))


def plan_gap_addendum(inputs: Loaded, gaps: Iterable[str], options: BuildOptions) -> list[Planned]:
    """The gap addendum for the contractor in ``inputs``, assembled and gated, not yet written.

    Raises:
        CheckFailed: the addendum would not meet a gap requirement (the library lacks it).
    """
    cut = replace(inputs, library=gap_library(inputs.library, gaps, inputs.edition))
    order = Order(options.formats, "addendum", label="gap-addendum")
    return plan(cut, [order], esign=options.esign)


def write_gap_addendum(planned: Sequence[Planned], options: BuildOptions) -> list[Produced]:
    """Render and write the planned addendum (DOCX and PDF), all or nothing.

    Raises:
        InputError: an output exists without ``options.force``.
        ConversionError: LibreOffice is missing or failed.
    """
    from ..pipeline.produce import produce
    from ..render.docx import read_template
    from ..resources import default_template

    return produce(
        planned,
        out=options.out,
        force=options.force,
        template=read_template(options.template or default_template()),
    )
