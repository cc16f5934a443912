"""A clause file's two parts: the YAML front matter between ``---`` fences, and the body.

One reading for the loader, which builds clauses from it, and for lint, which
reports problems by file line and compares a clause with its text at an
earlier revision.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["FrontMatter", "split_front_matter"]

_FENCED = re.compile(r"---\n(.*?\n)---\n?", re.DOTALL)


@dataclass(frozen=True)
class FrontMatter:
    """The parts of a clause file; ``yaml`` starts on file line 2, ``body`` on ``body_line``."""

    yaml: str
    body: str
    body_line: int


def split_front_matter(text: str) -> FrontMatter | None:
    """Split a clause file's text (any line endings); None when it has no closed front matter."""
    text = text.replace("\r\n", "\n")
    match = _FENCED.match(text)
    if match is None:
        return None
    return FrontMatter(match.group(1), text[match.end() :], match.group(0).count("\n") + 1)
