"""What counts as text in a field people write: visible characters, one line or a few.

A legal name is printed in an agreement, a file name, a web page and an e-mail.
A character that cannot be seen there — a control character, a right-to-left
override that makes "Acme \u202eevil\u202c Co" read "Acme live Co", a zero-width
space, a soft hyphen, a noncharacter, half a surrogate pair — has no place in it,
so it is refused at the boundary, naming the field and the code point, rather
than carried into documents that would show something other than what was written.
"""

from __future__ import annotations

import unicodedata

__all__ = ["LINE", "LINES", "TextMode", "character_name", "normalised", "text_problem"]

LINE = "line"
"""A field printed on one line: a name, a title, an e-mail address, a date."""
LINES = "lines"
"""A field that may run over several lines (a description, an address): ``\\n`` is allowed."""

TextMode = str

# Categories that are never visible text: Cc control, Cf format (bidi controls, zero-width
# characters, soft hyphen, byte order mark), Cs surrogate, Co private use (no shipped font
# draws it), Cn unassigned (noncharacters among them), Zl/Zp line and paragraph separators.
_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})

# Control characters have no Unicode name, only aliases; these are the ones people meet.
_CONTROL_NAMES = {
    0x00: "NULL", 0x07: "BELL", 0x08: "BACKSPACE", 0x09: "CHARACTER TABULATION",
    0x0A: "LINE FEED", 0x0B: "LINE TABULATION", 0x0C: "FORM FEED", 0x0D: "CARRIAGE RETURN",
    0x1B: "ESCAPE", 0x7F: "DELETE", 0x85: "NEXT LINE",
}  # fmt: skip


def normalised(text: str) -> str:
    """``text`` in Unicode normal form C: "é" typed as e + combining accent becomes one "é".

    Two spellings of one name then compare, hash and print the same. A lone
    surrogate passes through unchanged, for the text check to refuse.
    """
    return unicodedata.normalize("NFC", text)


def character_name(char: str) -> str:
    """``U+202E RIGHT-TO-LEFT OVERRIDE``: the code point and its name, or what it is."""
    code = ord(char)
    name = unicodedata.name(char, "") or _CONTROL_NAMES.get(code) or _kind(char)
    return f"U+{code:04X} {name}"


def _kind(char: str) -> str:
    category = unicodedata.category(char)
    if category == "Cs":
        return "(a lone surrogate, not a character)"
    if category == "Co":
        return "(a private-use character)"
    if category == "Cn":
        return "(a noncharacter)" if _noncharacter(ord(char)) else "(an unassigned code point)"
    return "(a control character)"


def _noncharacter(code: int) -> bool:
    return 0xFDD0 <= code <= 0xFDEF or (code & 0xFFFE) == 0xFFFE


def text_problem(text: str, mode: TextMode) -> str | None:
    """What is wrong with ``text`` as a field's text, or None when every character is visible.

    Names the first character refused: ``contains U+202E RIGHT-TO-LEFT OVERRIDE``. In
    :data:`LINES` mode a line feed is allowed; in :data:`LINE` mode it is not.
    """
    for char in text:
        if char == "\n" and mode == LINES:
            continue
        if unicodedata.category(char) in _INVISIBLE_CATEGORIES:
            if mode == LINE and char in "\n\r\x0b\x0c\x85\u2028\u2029":
                return f"contains {character_name(char)}; write it on one line"
            return f"contains {character_name(char)}"
    return None
