"""Regular expressions compiled when first used, not when their module is imported.

The audit's modules hold some 160 patterns, many of them long alternations of the words
vendors use, and Python's ``re`` compiles in Python: compiling them all at import took
about 30% of a fresh ``crec-assemble audit FILE`` (callgrind), while an audit uses between
a third and five sixths of them (two thirds on the development corpus, as an operator's).
A :class:`LazyPattern` is written where ``re.compile`` was, with the same arguments, and is
used as the pattern would be. What it compiles is kept for the next run (:mod:`.pattern_cache`).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from typing import Any

from .pattern_cache import compile_pattern

__all__ = ["LazyPattern"]

# What the audit asks of its patterns; each is the compiled pattern's own once compiled.
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class LazyPattern:
    """``re.compile(pattern, flags)``, compiled the first time one of its methods is called.

    From then on each method is the compiled pattern's own bound method, stored on the
    instance (where it is found before the class's), so a call costs what it would on the
    compiled pattern. ``pattern`` is the text, as a compiled pattern's is.
    """

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern; its methods replace this object's from now on."""
        compiled = compile_pattern(self.pattern, self._flags)
        vars(self).update({name: getattr(compiled, name) for name in _METHODS})
        return compiled

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().match(string, pos, endpos)

    def fullmatch(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        return self.compiled().fullmatch(string, pos, endpos)

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        return self.compiled().finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.compiled().findall(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self.compiled().sub(repl, string, count)

    def subn(
        self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0
    ) -> tuple[str, int]:
        return self.compiled().subn(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self.compiled().split(string, maxsplit)
