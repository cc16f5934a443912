"""Text as a reader sees it, for comparing documents and clause wording.

PDF extraction breaks lines, DOCX has tabs, Markdown has emphasis marks;
none of that is a change of words.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

__all__ = ["DOCUMENT_ID", "LAW_PLACES", "slug", "squeeze"]

_SPACE = re.compile(r"\s+")
# The states (and the few countries vendors choose) whose law a contract may name instead of
# Connecticut's: ``audit`` names the one it finds, ``verify`` flags an edit that touches one.
LAW_PLACES = (
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
    "Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas",
    "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota",
    "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey",
    "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon",
    "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah",
    "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming", "England",
)  # fmt: skip
# How an agreement's id looks in its header: DPA-2026-ACME-LEARNING-INC-419A21.
DOCUMENT_ID = re.compile(r"\b(?:DPA|SUB)-\d{4}-[A-Z0-9-]+-[0-9A-F]{6}\b")


def squeeze(text: str) -> str:
    """NFKC-normalised text without any white space ("ﬁve (5)\\tdays" → "five(5)days")."""
    return _SPACE.sub("", unicodedata.normalize("NFKC", text))


def slug(name: str) -> str:
    """A safe ASCII file name stem: "École Numérique, Inc." → ecole-numerique-inc."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    stem = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:60].strip("-")
    return stem or "contractor-" + hashlib.sha256(name.encode()).hexdigest()[:8]
