"""How ``--help`` reads: no placeholder after a flag, paragraphs that flow, examples whole.

Typer prints a type placeholder after an option, ``<bool>`` too, although a
flag takes no value; an option's metavar, when set, is printed instead, so
flags get an empty one. A docstring is hard-wrapped at 100 columns for the
source, so each paragraph is joined into one line and click fills it to the
terminal; an ``Example:`` paragraph is kept as written (click's ``\\b``), so a
command a reader copies is never broken at a hyphen. Every command and group
of ``crec-assemble`` uses these two classes.
"""

from __future__ import annotations

import inspect
import re
from typing import Any

import typer
from typer.core import TyperCommand, TyperGroup, TyperOption

from ..errors import QUOTE_LIMIT, quoted

__all__ = ["Command", "Group"]


def _reflowed(text: str | None) -> str | None:
    """Each paragraph of a docstring on one line; paragraphs stay apart."""
    if text is None:
        return None
    paragraphs = [
        " ".join(line.strip() for line in paragraph.splitlines())
        for paragraph in inspect.cleandoc(text).split("\n\n")
    ]
    return "\n\n".join(
        f"\b\n{paragraph}" if paragraph.startswith("Example:") else paragraph
        for paragraph in paragraphs
    )


def _bare_flags(params: list[Any]) -> list[Any]:
    for param in params:
        if isinstance(param, TyperOption) and param.is_flag:
            param.metavar = ""
    return params


class Command(TyperCommand):
    """A command whose help flows, whose flags show no placeholder, and whose usage errors
    quote a long value cut short, as every other message does."""

    def __init__(self, name: str | None, *, help: str | None = None, **attrs: Any) -> None:
        super().__init__(name, help=_reflowed(help), **attrs)

    def get_params(self, ctx: Any) -> list[Any]:
        return _bare_flags(super().get_params(ctx))

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        try:
            return super().parse_args(ctx, args)
        except typer.BadParameter as error:  # click quotes the whole value: "Invalid value …"
            # In place: a missing option is a BadParameter too, with its own wording.
            error.message = _LONG_QUOTE.sub(lambda found: quoted(found[1]), error.message)
            raise


# A value click quotes in full, longer than a message may repeat.
_LONG_QUOTE = re.compile(rf"'([^'\n]{{{QUOTE_LIMIT + 1},}})'")


class Group(TyperGroup):
    """A group of commands whose help flows and whose flags show no placeholder."""

    def __init__(self, *, help: str | None = None, **attrs: Any) -> None:
        super().__init__(help=_reflowed(help), **attrs)

    def get_params(self, ctx: Any) -> list[Any]:
        return _bare_flags(super().get_params(ctx))
