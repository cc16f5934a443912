"""Text as a reader sees it, for comparing documents and clause wording.

PDF extraction breaks lines, DOCX has tabs, Markdown has emphasis marks;
none of that is a change of words.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["squeeze"]

_SPACE = re.compile(r"\s+")


def squeeze(text: str) -> str:
    """NFKC-normalised text without any white space ("ﬁve (5)\\tdays" → "five(5)days")."""
    return _SPACE.sub("", unicodedata.normalize("NFKC", text))
