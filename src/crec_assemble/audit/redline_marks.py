"""A vendor's marked-up draft, read as it would stand with its changes accepted.

Vendors send paper back marked up: in Markdown or text, struck words between ``~~`` and
inserted ones between ``++`` (or CriticMarkup's ``{--…--}``, ``{++…++}`` and
``{~~old~>new~~}``). A promise struck out is no promise, and one inserted is, so the text is
read with every change accepted, as counsel reads a redline it is asked to sign. (A DOCX's
tracked changes are read the same way by :mod:`crec_assemble.render.docx_reading`, and a
web page's ``<del>`` by :func:`crec_assemble.render.extract.html_blocks`.)
"""

from __future__ import annotations

from .lazy_pattern import LazyPattern

__all__ = ["accepted"]

# Within one paragraph: a mark never reaches across a blank line.
_SPAN = r"((?:[^\n]|\n(?![ \t]*\n))+?)"
_STRUCK = LazyPattern(rf"\{{--{_SPAN}--\}}|(?<![~`])~~(?!~){_SPAN}(?<!~)~~(?!~)")
_SUBSTITUTED = LazyPattern(rf"\{{~~{_SPAN}~>{_SPAN}~~\}}")
_INSERTED = LazyPattern(rf"\{{\+\+{_SPAN}\+\+\}}|(?<!\+)\+\+(?!\+){_SPAN}(?<!\+)\+\+(?!\+)")


def accepted(text: str) -> tuple[str, int]:
    """``text`` with its marked changes accepted, and how many struck passages left it."""
    text, substituted = _SUBSTITUTED.subn(lambda m: m.group(2), text)
    text, struck = _STRUCK.subn("", text)
    text = _INSERTED.sub(lambda m: m.group(1) or m.group(2), text)
    return text, struck + substituted
