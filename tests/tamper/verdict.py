"""The one place the suite asks for a verdict on a returned file.

It is what ``crec-assemble verify`` reports: ``crec_assemble.issued.returned``, the
words against the manifest, then the file against a rebuild from the manifest (its
stories, annotations, page boxes and rendered pages). One session of rebuilds serves
the whole suite, so each distinct manifest is rebuilt once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from crec_assemble.errors import CrecError
from crec_assemble.issued.returned import Rebuilds, verify_returned
from crec_assemble.verify import VerifyReport

__all__ = ["Verdicts", "check"]


_REBUILDS = Rebuilds()


def check(path: Path) -> VerifyReport:
    """What the tool says of the file a vendor returned."""
    return verify_returned(path, rebuilds=_REBUILDS)


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
