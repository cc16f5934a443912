"""Which characters the agreement's font can draw: the one adapter for fontconfig.

The shipped Word template sets one font for every script (``w:docDefaults`` in
``word/styles.xml``: Times New Roman for ASCII, high ANSI, complex and East Asian
text), and LibreOffice draws it with whatever font fontconfig matches to that
name — Liberation Serif on the machines ``./run`` sets up. A character outside
that font is drawn, if at all, from a fallback font, and the PDF then reads back
out of order or not at all, so the build fails at its last step with a hint to
install fonts. Checking here, at ``validate``, names the character instead.

fontconfig is asked once per process and font (``fc-match``, the answer kept by the
program's path and the font name), for all the font's styles at once; where the
program is is looked up once per ``PATH``. A caller that knows a check is coming can
ask early (:func:`ask_font_coverage`) and do other work while fc-match runs. Without
fontconfig there is no LibreOffice either, so no PDF to protect: every character then
counts as drawable.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from bisect import bisect_right
from collections.abc import Sequence
from contextlib import ExitStack, suppress
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["TEXT_FONT", "Coverage", "ask_font_coverage", "font_coverage"]

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


def ask_font_coverage(family: str = TEXT_FONT) -> None:
    """Start asking fontconfig what :func:`font_coverage` will answer, and return at once.

    fc-match takes 10-20 ms; the audit asks before it loads its own modules, so that the
    catalogue's check finds the answer ready. Nothing happens without fontconfig, or when
    the answer is known or already asked for.
    """
    program = _program(os.environ.get("PATH"))
    key = (program or "", family)
    if program and key not in _KNOWN and key not in _ASKED:
        with suppress(OSError):  # font_coverage asks again, and answers None
            _ASKED[key] = _start(program, family)


def font_coverage(family: str = TEXT_FONT) -> Coverage | None:
    """What the font matched to ``family`` draws (all its styles), or None without fontconfig."""
    program = _program(os.environ.get("PATH"))
    if not program:
        return None
    key = (program, family)
    if key not in _KNOWN:
        _KNOWN[key] = _coverage(_ASKED.pop(key, None), program, family)
    return _KNOWN[key]


_KNOWN: dict[tuple[str, str], Coverage | None] = {}
_ASKED: dict[tuple[str, str], list[subprocess.Popen[str]]] = {}


@lru_cache(maxsize=8)
def _program(path: str | None) -> str | None:
    """``fc-match`` on the search path ``path`` (each text field asks; PATH rarely changes)."""
    return shutil.which("fc-match", path=path)


def _start(program: str, family: str) -> list[subprocess.Popen[str]]:
    """fc-match started for each style of ``family``, all at once."""
    running: list[subprocess.Popen[str]] = []
    try:
        for style in _STYLES:
            command = [program, _FORMAT, f"{family}{style}"]
            running.append(
                subprocess.Popen(
                    command, text=True, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
                )
            )
    except OSError:
        for process in running:  # the styles that did start: stopped, and waited for
            with process:
                _stop(process)
        raise
    return running


def _coverage(
    running: list[subprocess.Popen[str]] | None, program: str, family: str
) -> Coverage | None:
    try:
        answers = _collect(running if running is not None else _start(program, family))
    except OSError:
        return None
    if answers is None:
        return None
    ranges = answers[0][1]
    for _, charset in answers[1:]:
        ranges = _intersect(ranges, charset)
    return Coverage(answers[-1][0], tuple(a for a, _ in ranges), tuple(b for _, b in ranges))


def _collect(
    running: Sequence[subprocess.Popen[str]],
) -> list[tuple[str, list[tuple[int, int]]]] | None:
    """Each fc-match's family and charset; None when one cannot answer. Every process has
    ended (or been stopped) when this returns."""
    try:
        with ExitStack() as stack:
            for process in running:
                stack.enter_context(process)  # on leaving: its pipe closed, it waited for
                stack.callback(_stop, process)  # ...after it is stopped, if still running
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
