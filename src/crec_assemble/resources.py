"""Where the shipped clause library and Word template live.

In a wheel they are package data (``crec_assemble/_data``, see pyproject);
in a source checkout they are the repository's own ``clauses/`` and
``templates/`` (the Word template, the public site's HTML in ``templates/site/`` and the web
app's in ``templates/web/``), which counsel and staff edit.
"""

from __future__ import annotations

from pathlib import Path

__all__ = [
    "default_issuer",
    "default_library",
    "default_site_templates",
    "default_template",
    "default_web_templates",
    "tool_version",
]

_PACKAGE = Path(__file__).resolve().parent


def _shipped(name: str) -> Path:
    bundled = _PACKAGE / "_data" / name
    return bundled if bundled.is_dir() else _PACKAGE.parent.parent / name


def tool_version() -> str:
    """This tool's version, as installed; recorded in every manifest and PDF.

    Read when asked for, not at import: ``importlib.metadata`` alone costs more
    than the rest of ``crec-assemble --help``'s own imports.
    """
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("crec-assemble")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0.0.0+unknown"


def default_library() -> Path:
    """The clause library that ships with the tool."""
    return _shipped("clauses")


def default_template() -> Path:
    """The Word template that ships with the tool."""
    return _shipped("templates") / "agreement.docx"


def default_site_templates() -> Path:
    """The HTML templates and style sheet of the public contracts page (``register site``)."""
    return _shipped("templates") / "site"


def default_web_templates() -> Path:
    """The HTML templates of the staff web app (``serve``), which staff may restyle."""
    return _shipped("templates") / "web"


def default_issuer(library: Path) -> Path:
    """The issuer a library ships with (CREC for ours)."""
    return library / "issuer.yaml"
