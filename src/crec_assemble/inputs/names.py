"""File-name stems from the names people write: what makes two names one file."""

from __future__ import annotations

import hashlib
import re
import unicodedata

__all__ = ["slug"]


def slug(name: str) -> str:
    """A safe ASCII file name stem: "École Numérique, Inc." → ecole-numerique-inc."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    stem = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:60].strip("-")
    return stem or "contractor-" + hashlib.sha256(name.encode()).hexdigest()[:8]
