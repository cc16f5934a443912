"""The one error hierarchy of crec-assemble.

Library code raises these with a message a person can act on; the CLI turns
them into lines on stderr and an exit code in one place (``cli.app._Commands``).
Anything else that escapes is a bug and is allowed to show a traceback.
"""

from __future__ import annotations

__all__ = ["CheckFailed", "ConversionError", "CrecError", "InputError"]


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
