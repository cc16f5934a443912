"""What a form did, shown once on the page it redirects to.

A form that changes something answers with a redirect (so reloading the page never records
twice); the lines saying what happened ride along in the session and are shown by the next
page, then dropped. The session is a signed cookie, which browsers cap at about 4 KB, so
only the first few lines are kept: the whole record is on the page they lead to.
"""

from __future__ import annotations

from collections.abc import Sequence

from fastapi import Request

__all__ = ["flash", "flashed"]

_KEY = "flash"
_LINES = 8
_WIDTH = 240


def flash(request: Request, lines: Sequence[str]) -> None:
    """Keep ``lines`` for the next page this session loads."""
    kept = [line[:_WIDTH] for line in lines[:_LINES]]
    if len(lines) > _LINES:
        kept.append(f"… and {len(lines) - _LINES} more lines")
    request.session[_KEY] = kept


def flashed(request: Request) -> list[str]:
    """The lines kept for this page, once: they are gone from the session afterwards."""
    kept = request.session.pop(_KEY, None)
    return [str(line) for line in kept] if isinstance(kept, list) else []
