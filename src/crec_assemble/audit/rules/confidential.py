"""How what is kept confidential is kept, said after the promise (provision 5): "I will keep
student information confidential. It stays on my laptop and my phone, both locked with a
password". Kept apart from :mod:`.security`, which asks it when a promise of confidentiality
names no action of its own."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lazy_pattern import LazyPattern
from ..lexicon import LEA, lowered, negated, next_in_paragraph
from ..reader import Sentence

__all__ = ["measures_after"]


def measures_after(promise: Sentence, sentences: Sequence[Sentence]) -> Sentence | None:
    """The sentence after a promise of confidentiality, in its paragraph, that says how what
    is kept confidential is kept: "It stays on my laptop …, locked with a password"."""
    after = next_in_paragraph(sentences, promise)
    if after is None:
        return None
    low = lowered(after)
    # (not a lock denied, "which is not password protected", nor the school's own, "looked after
    # by School staff"; but "known only to me, not to School staff" is the consultant's)
    if negated(low, _LOCK) or re.search(
        rf"\bby\s+(?:the\s+)?{LEA}\b|(?<!not to ){LEA}\s+staff\b", low
    ):
        return None
    return after if _KEPT_LOCKED.search(low) else None


_LOCK = r"\b(?:locked|password\w*|encrypt\w*|passcode)\b"
# What is kept confidential, kept under lock or password: "It stays on my laptop and my phone,
# both locked with a password", "They are kept in a locked cabinet" (not the school's own).
_KEPT_LOCKED = LazyPattern(
    r"^\W*(?:it|they|the\s+(?:list|lists|roster|rosters|notes|forms))\s+(?:stays?|(?:is|are)\s+"
    rf"(?:kept|stored|held))\b[^.;]{{0,80}}{_LOCK}"
)
