"""Which characters the agreement's font can draw: the one adapter for fontconfig.

The shipped Word template sets one font for every script (``w:docDefaults`` in
``word/styles.xml``: Times New Roman for ASCII, high ANSI, complex and East Asian
text), and LibreOffice draws it with whatever font fontconfig matches to that
name — Liberation Serif on the machines ``./run`` sets up. A character outside
that font is drawn, if at all, from a fallback font, and the PDF then reads back
out of order or not at all, so the build fails at its last step with a hint to
install fonts. Checking here, at ``validate``, names the character instead.

fontconfig is asked once per process and font (``fc-match``, an lru_cache keyed by
the program's path and the font name), for all the font's styles at once; where the
program is is looked up once per ``PATH``. Without fontconfig there is no LibreOffice
either, so no PDF to protect: every character then counts as drawable.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from bisect import bisect_right
from collections.abc import Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["TEXT_FONT", "Coverage", "font_coverage"]

TEXT_FONT = "Times New Roman"
"""The font the shipped template's styles give all text (regular and bold are checked)."""

_STYLES = ("", ":bold")
_FORMAT = "--format=%{family[0]}\n%{charset}"
_SECONDS = 10  # fontconfig answers in milliseconds; a hung one must not hang the command


@dataclass(frozen=True)
class Coverage:
    """The code points a font draws, as sorted ``(first, last)`` ranges."""

    font: str
    """The font fontconfig chose, e.g. "Liberation Serif"."""
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def draws(self, char: str) -> bool:
        """Whether the font has a glyph for ``char``."""
        code = ord(char)
        index = bisect_right(self.starts, code) - 1
        return index >= 0 and code <= self.ends[index]

    def missing(self, text: str) -> list[str]:
        """The distinct characters of ``text`` the font cannot draw, in order of appearance."""
        return [char for char in dict.fromkeys(text) if not self.draws(char)]


def font_coverage(family: str = TEXT_FONT) -> Coverage | None:
    """What the font matched to ``family`` draws (all its styles), or None without fontconfig."""
    program = _program(os.environ.get("PATH"))
    return _coverage(program, family) if program else None


@lru_cache(maxsize=8)
def _program(path: str | None) -> str | None:
    """``fc-match`` on the search path ``path`` (each text field asks; PATH rarely changes)."""
    return shutil.which("fc-match", path=path)


@lru_cache(maxsize=8)
def _coverage(program: str, family: str) -> Coverage | None:
    answers = _ask(program, [f"{family}{style}" for style in _STYLES])
    if answers is None:
        return None
    ranges = answers[0][1]
    for _, charset in answers[1:]:
        ranges = _intersect(ranges, charset)
    return Coverage(answers[-1][0], tuple(a for a, _ in ranges), tuple(b for _, b in ranges))


def _ask(program: str, patterns: Sequence[str]) -> list[tuple[str, list[tuple[int, int]]]] | None:
    """``fc-match``'s family and charset for each pattern, all asked at once; None when it
    cannot answer one."""
    try:
        with ExitStack() as stack:
            running = []
            for pattern in patterns:
                command = [program, _FORMAT, pattern]
                process = subprocess.Popen(
                    command, text=True, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
                )
                stack.enter_context(process)  # on leaving: its pipe closed, it waited for
                stack.callback(_stop, process)  # ...after it is stopped, if still running
                running.append(process)
            return [_answer(process) for process in running]
    except (OSError, subprocess.SubprocessError, ValueError):
        return None


def _answer(process: subprocess.Popen[str]) -> tuple[str, list[tuple[int, int]]]:
    output, _ = process.communicate(timeout=_SECONDS)
    if process.returncode:
        raise subprocess.CalledProcessError(process.returncode, process.args)
    family, _, charset = output.partition("\n")
    return family, _ranges(charset)


def _stop(process: subprocess.Popen[str]) -> None:
    if process.poll() is None:
        process.kill()


def _ranges(charset: str) -> list[tuple[int, int]]:
    """``"20-7e a0-36f 38c"`` → ``[(0x20, 0x7e), (0xa0, 0x36f), (0x38c, 0x38c)]``."""
    ranges = []
    for item in charset.split():
        first, _, last = item.partition("-")
        ranges.append((int(first, 16), int(last or first, 16)))
    return sorted(ranges)


def _intersect(left: list[tuple[int, int]], right: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The code points in both sorted range lists."""
    both: list[tuple[int, int]] = []
    i = j = 0
    while i < len(left) and j < len(right):
        first, last = max(left[i][0], right[j][0]), min(left[i][1], right[j][1])
        if first <= last:
            both.append((first, last))
        if left[i][1] < right[j][1]:
            i += 1
        else:
            j += 1
    return both
