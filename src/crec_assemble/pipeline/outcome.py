"""What a batch did: the documents written, the profiles skipped or failed, and the
exit code that follows. One result type for the CLI, a script and the web app alike.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # rendering modules load docxtpl and pypdf: only when building
    from .produce import Produced

__all__ = ["BatchResult", "Failure"]


@dataclass(frozen=True)
class Failure:
    """A profile that was not built, and why (one line)."""

    profile: Path
    reason: str
    input_error: bool


@dataclass
class BatchResult:
    """What a batch did: documents written, profiles skipped or failed, time taken."""

    documents: list[Produced] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    seconds: float = 0.0
    interrupted: bool = False

    @property
    def exit_code(self) -> int:
        """130 when interrupted; 2 when only bad input stopped it and nothing was built, so a
        script can tell a typo from a failed conversion; 1 for any other failure; else 0."""
        if self.interrupted:
            return 130
        if not self.failures:
            return 0
        only_input = all(failure.input_error for failure in self.failures)
        return 2 if only_input and not self.documents else 1

    def as_json(self) -> dict[str, Any]:
        """What ``build --json`` prints: every document written, and every profile left out."""
        return {
            "interrupted": self.interrupted,
            "documents": [document.as_json() for document in self.documents],
            "skipped": [str(path) for path in self.skipped],
            "failures": [
                {"profile": str(failure.profile), "reason": failure.reason}
                for failure in self.failures
            ],
        }
