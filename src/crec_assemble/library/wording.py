"""Comparing wording: word-level differences as counsel reads a redline, and text squeezed
of the spacing that is not a change of words.

Words are runs of non-space characters, so "five (5) calendar days" against
"thirty (30) days" reads ``[-five (5) calendar-]{+thirty (30)+} days``: whole
words, never half a number. Spacing is not compared, but line breaks are kept
as tokens so a diff still reads paragraph by paragraph. The matching is
:mod:`difflib`'s, with its "junk" heuristic off so that common words like
"the" still anchor it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

__all__ = ["Change", "changed", "plain_mark", "render_plain", "squeeze", "word_diff"]

Op = Literal["equal", "delete", "insert"]
_TOKEN = re.compile(r"\n|[^\s]+")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Change:
    """One stretch of the diff: words both texts share, or words only one of them has."""

    op: Op
    words: tuple[str, ...]

    @property
    def text(self) -> str:
        return re.sub(r" ?\n ?", "\n", " ".join(self.words))


def word_diff(old: str, new: str) -> tuple[Change, ...]:
    """The changes that turn ``old`` into ``new``, word by word."""
    before, after = _TOKEN.findall(old), _TOKEN.findall(new)
    matcher = SequenceMatcher(None, before, after, autojunk=False)
    changes: list[Change] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            _append(changes, "equal", after[j1:j2])
        else:
            _append(changes, "delete", before[i1:i2])
            _append(changes, "insert", after[j1:j2])
    return tuple(changes)


def changed(changes: Sequence[Change]) -> bool:
    """Whether any word differs (a moved line break alone does not count)."""
    return any(c.op != "equal" and any(w != "\n" for w in c.words) for c in changes)


def plain_mark(op: str, text: str) -> str:
    """``[-deleted-]`` or ``{+inserted+}``, as ``git diff --word-diff`` marks them."""
    return {"delete": f"[-{text}-]", "insert": f"{{+{text}+}}"}.get(op, text)


def render_plain(changes: Sequence[Change], mark: Callable[[str, str], str] = plain_mark) -> str:
    """The whole diff with each change marked by ``mark`` (git's markers by default)."""
    text = ""
    for index, change in enumerate(changes):
        replaced = index and change.op == "insert" and changes[index - 1].op == "delete"
        text += ("" if replaced or not index else " ") + mark(change.op, change.text)
    return re.sub(r" ?\n ?", "\n", text)


def _append(changes: list[Change], op: Op, words: Sequence[str]) -> None:
    if not words:
        return
    if changes and changes[-1].op == op:
        words = [*changes.pop().words, *words]
    changes.append(Change(op, tuple(words)))


def squeeze(text: str) -> str:
    """NFKC-normalised text without any white space ("ﬁve (5)\\tdays" → "five(5)days")."""
    return _SPACE.sub("", unicodedata.normalize("NFKC", text))
