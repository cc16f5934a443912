"""The one error hierarchy of crec-assemble.

Library code raises these with a message a person can act on; the CLI turns
them into lines on stderr and an exit code in one place (``cli.app._Commands``).
Anything else that escapes is a bug and is allowed to show a traceback.
"""

from __future__ import annotations

__all__ = ["CheckFailed", "ConversionError", "CrecError", "InputError", "quoted", "shortened"]

# How much of a value a message repeats: enough to recognise it, never a whole pasted file.
QUOTE_LIMIT = 80


def shortened(text: str, limit: int = QUOTE_LIMIT) -> str:
    """``text`` cut to about ``limit`` characters, its length stated when it was cut.

    ``"a" * 3_900_000`` → ``aaaa… (3,900,000 characters)`` (79 a's); short text is unchanged.
    """
    if len(text) <= limit:
        return text
    return f"{text[: limit - 1]}… ({len(text):,} characters)"


def quoted(value: object, limit: int = QUOTE_LIMIT) -> str:
    """A value as a message quotes it: ``repr``, cut to about ``limit`` characters.

    The one way messages quote what people wrote, so that one line stays one short
    line: ``'aaaa…' (3,900,000 characters)``. Non-text values are quoted by their
    ``repr`` under the same limit.
    """
    if isinstance(value, str) and len(value) > limit:
        head = repr(value[: limit - 1])
        return f"{head[:-1]}…{head[-1]} ({len(value):,} characters)"
    text = repr(value)
    if len(text) <= limit:
        return text
    return f"{text[: limit - 1]}… ({len(text):,} characters)"


class CrecError(Exception):
    """Base of every error the user is meant to see.

    ``str(error)`` may hold several lines, one per problem (a profile with
    three mistakes reports all three at once).
    """

    exit_code = 1


class InputError(CrecError):
    """Bad input: a profile, issuer, clause library, template, option or output path (exit 2)."""

    exit_code = 2


class CheckFailed(CrecError):
    """A document failed a check: the compliance gate or ``verify`` (exit 1)."""

    exit_code = 1


class ConversionError(CrecError):
    """The DOCX could not be turned into a PDF (LibreOffice missing, failed or hung) (exit 1)."""

    exit_code = 1
