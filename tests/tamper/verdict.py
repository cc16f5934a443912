"""The one place the suite asks for a verdict on a returned file.

Today that is ``crec_assemble.verify.verify``; the fuller check of a returned
document (a rebuild from its manifest and a comparison of the rendered pages,
``crec_assemble.issued.returned``) replaces it here, and every test of the suite
follows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from crec_assemble.errors import CrecError
from crec_assemble.verify import VerifyReport, verify

__all__ = ["Verdicts", "check"]


def check(path: Path) -> VerifyReport:
    """What the tool says of the file a vendor returned."""
    return verify(path)


@dataclass
class Verdicts:
    """Each file checked once per session, however many tests look at its verdict."""

    _found: dict[Path, VerifyReport | Exception] = field(default_factory=dict, repr=False)

    def outcome(self, path: Path) -> VerifyReport | Exception:
        """The report, or the error that refused the file (a ``CrecError``) or crashed the
        check (any other: a bug)."""
        if path not in self._found:
            try:
                self._found[path] = check(path)
            except Exception as error:  # kept, and raised again for every test that asks
                self._found[path] = error
        return self._found[path]

    def of(self, path: Path) -> VerifyReport:
        """The report; a refusal fails the test that asked, with its message."""
        found = self.outcome(path)
        if isinstance(found, CrecError):
            raise AssertionError(f"{path.name} was refused (exit {found.exit_code}): {found}")
        if isinstance(found, Exception):
            raise found
        return found
