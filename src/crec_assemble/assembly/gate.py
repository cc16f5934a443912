"""The compliance gate: no document leaves unless it meets every requirement it must.

Each requirement of the catalogue that applies to the contractor's role must be
claimed by a clause of the document *and* that clause's text must carry the
requirement's key wording (the 5 / 2 / 10-day deadlines, "laws of the State of
Connecticut"…), so a clause edited into a weaker promise fails even though it
still claims the id. A flow-down is read with its roles swapped, as printed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from ..errors import CheckFailed
from ..library.placeholders import swap_roles
from ..library.wording import squeeze
from ..model import Agreement, Finding, Requirement, Role, Section

__all__ = ["check_compliance", "check_gate"]


def _words(text: str) -> str:
    """Wording compared without case, Markdown emphasis or spacing differences."""
    return squeeze(text.replace("*", "")).casefold()


def check_compliance(
    requirements: Iterable[Requirement],
    sections: Sequence[Section],
    role: Role,
    roles: Mapping[str, str] | None = None,
) -> tuple[Finding, ...]:
    """Every applicable requirement the sections do not meet (empty when compliant).

    ``roles`` are the substitutions a flow-down makes ("Contractor" → "Subcontractor");
    the wording is looked for with the same substitutions.
    """
    findings: list[Finding] = []
    for requirement in requirements:
        if not requirement.applies(role):
            continue
        claiming = [s for s in sections if requirement.id in s.clause.satisfies]
        if not claiming:
            findings.append(Finding(requirement, "no clause in the agreement satisfies it"))
            continue
        text = _words(" ".join(block.text for s in claiming for block in s.blocks))
        missing = [
            phrase
            for phrase in requirement.wording
            if _words(swap_roles(phrase, roles)) not in text
        ]
        if missing:
            names = ", ".join(s.clause.ref for s in claiming)
            quoted = "; ".join(f'"{phrase}"' for phrase in missing)
            findings.append(Finding(requirement, f"{names} does not say {quoted}"))
    return tuple(findings)


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
