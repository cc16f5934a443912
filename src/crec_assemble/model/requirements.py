"""The regulation's requirements, as the catalogue records them, and the findings against them.

Apart from the clause library's objects (:mod:`.library`): an audit reads the catalogue and
nothing else of the library, and each frozen dataclass costs its module's import time.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from .literals import AppliesTo, Role

__all__ = ["Finding", "Requirement"]


@dataclass(frozen=True)
class Requirement:
    """One provision of Regulation 3520.13-R, as the catalogue records it."""

    id: str
    paragraph: str
    summary: str
    text: str
    applies_to: AppliesTo
    validity: bool
    parameters: Mapping[str, object]
    wording: tuple[str, ...]

    def applies(self, role: Role) -> bool:
        return self.applies_to in ("all", role)


@dataclass(frozen=True)
class Finding:
    """A requirement an agreement does not meet, and why."""

    requirement: Requirement
    reason: str

    def __str__(self) -> str:
        return f"{self.short}. The regulation requires: {self.requirement.text}"

    @property
    def short(self) -> str:
        """The finding without the regulation's text, for lists that repeat it."""
        void = "; without it the contract is void" if self.requirement.validity else ""
        return (
            f"{self.requirement.id} (paragraph {self.requirement.paragraph}{void}): {self.reason}"
        )
