"""The audit's patterns compile when first used, and behave as compiled patterns do."""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Iterator
from typing import Any

import pytest

import crec_assemble.audit
from crec_assemble.audit.lazy_pattern import LazyPattern

TEXT = "Provider shall notify the LEA within 72 hours; the District may, in 10 DAYS, ask."
WORDS = r"\b(\d+)\s+(hours?|days?)\b"


def _calls(pattern: Any) -> list[Any]:
    """What each method gives, matches as their spans and groups."""

    def seen(match: re.Match[str] | None) -> Any:
        return None if match is None else (match.span(), match.groups())

    return [
        seen(pattern.search(TEXT)),
        seen(pattern.search(TEXT, 50, 80)),
        seen(pattern.match(TEXT, 37)),
        seen(pattern.fullmatch("72 hours")),
        [seen(m) for m in pattern.finditer(TEXT)],
        pattern.findall(TEXT),
        pattern.sub(r"<\2>", TEXT),
        pattern.sub(lambda m: m.group(1), TEXT, 1),
        pattern.subn("N", TEXT),
        pattern.split(TEXT, 1),
    ]


@pytest.mark.parametrize("flags", [0, re.IGNORECASE], ids=["as written", "ignoring case"])
def it_answers_as_the_compiled_pattern_does(flags: int) -> None:
    assert _calls(LazyPattern(WORDS, flags)) == _calls(re.compile(WORDS, flags))


def it_compiles_nothing_until_first_used() -> None:
    broken = LazyPattern(r"(unclosed")
    with pytest.raises(re.error):
        broken.search(TEXT)


def it_then_calls_the_compiled_pattern_s_own_methods() -> None:
    pattern = LazyPattern(WORDS)
    pattern.split(TEXT)
    assert isinstance(getattr(pattern.search, "__self__", None), re.Pattern)
    assert pattern.pattern == WORDS


def _lazy_patterns(value: Any) -> Iterator[LazyPattern]:
    if isinstance(value, LazyPattern):
        yield value
    elif isinstance(value, tuple | list):
        for item in value:
            yield from _lazy_patterns(item)


def it_finds_no_broken_pattern_in_the_audit() -> None:
    """A pattern no test reaches would otherwise fail only on the contract that reaches it."""
    names = [
        m.name for m in pkgutil.walk_packages(crec_assemble.audit.__path__, "crec_assemble.audit.")
    ]
    patterns = [
        pattern
        for name in names
        for value in vars(importlib.import_module(name)).values()
        for pattern in _lazy_patterns(value)
    ]
    assert len(patterns) > 60
    for pattern in patterns:
        pattern.compiled()
