"""The HTTP status of a library refusal: what the CLI's exit code would have been, said once
for the error edge (``app``) and for every page that shows a refusal beside its form."""

from __future__ import annotations

__all__ = ["http_status"]


def http_status(exit_code: int) -> int:
    """422 for bad input (the CLI's exit 2); 409 for a check or conversion that failed (1)."""
    return 422 if exit_code == 2 else 409
