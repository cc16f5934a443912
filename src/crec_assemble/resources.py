"""Where the shipped clause library and Word template live.

In a wheel they are package data (``crec_assemble/_data``, see pyproject);
in a source checkout they are the repository's own ``clauses/`` and
``templates/``, which counsel and staff edit.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["default_issuer", "default_library", "default_template"]

_PACKAGE = Path(__file__).resolve().parent


def _shipped(name: str) -> Path:
    bundled = _PACKAGE / "_data" / name
    return bundled if bundled.is_dir() else _PACKAGE.parent.parent / name


def default_library() -> Path:
    """The clause library that ships with the tool."""
    return _shipped("clauses")


def default_template() -> Path:
    """The Word template that ships with the tool."""
    return _shipped("templates") / "agreement.docx"


def default_issuer(library: Path) -> Path:
    """The issuer a library ships with (CREC for ours)."""
    return library / "issuer.yaml"
