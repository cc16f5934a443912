"""How a DOCX run looks, as far as it decides whether a reader sees it at all.

A run's effective properties come from layers, each overriding the one before
(ECMA-376 Part 1, 17.7.2): the document defaults, the table's style, the
paragraph's style, the run's character style — each style with the styles it is
``basedOn`` — and the run's own ``w:rPr``. Only what can hide text is kept:

- ``w:vanish`` (hidden text; Word neither shows nor prints it by default) and
  ``w:specVanish`` (hidden even when hidden text is shown);
- the size: under 4 pt (``w:sz`` below 8 half-points) no one reads it;
- the colour against what lies behind it: the run's highlight or shading, the
  paragraph's shading, the table cell's, the page's colour, else white paper.

``w:webHidden`` hides a run only in Web Layout view; Word shows and prints it, so
it is read as visible text. Vanish is a "toggle" property, which Word flips when
two styles of the chain set it; here the later layer simply wins, so a run both
styles hide is called hidden, and the document is reported changed either way.

The styles part of our template is 340 KB, the slowest part to parse; a build
reads back hundreds of DOCX with the same one, so the resolved style sheet is
cached by the part's bytes (a changed part is a new key, never served stale).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import TypeGuard
from xml.etree import ElementTree

from ..errors import InputError
from .untrusted import parse_xml

__all__ = [
    "EMPTY",
    "NO_STYLES",
    "Color",
    "Look",
    "StyleSheet",
    "Theme",
    "fill_of",
    "hidden_reason",
    "look_of",
    "style_sheet",
]

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_OFF = ("0", "false", "off")
_HIGHLIGHT = {
    "black": "000000", "blue": "0000FF", "cyan": "00FFFF", "green": "00FF00",
    "magenta": "FF00FF", "red": "FF0000", "yellow": "FFFF00", "white": "FFFFFF",
    "darkBlue": "000080", "darkCyan": "008080", "darkGreen": "008000", "darkMagenta": "800080",
    "darkRed": "800000", "darkYellow": "808000", "darkGray": "808080", "lightGray": "C0C0C0",
}  # fmt: skip


@dataclass(frozen=True)
class Color:
    """A ``w:color``: its RGB value ("auto" or hex) and the theme colour it may name."""

    value: str
    theme: str = ""
    tint: str = ""
    shade: str = ""


@dataclass(frozen=True)
class Look:
    """The properties that decide whether a run is seen; ``None`` where a layer is silent.
    A fill of "" is a layer saying "no shading", which hides a style's."""

    vanish: bool | None = None
    spec_vanish: bool | None = None
    color: Color | None = None
    size: int | None = None  # half-points
    shading: str | None = None
    highlight: str | None = None
    # Struck through (``w:strike``, ``w:dstrike``): seen, but deleted by the parties' own
    # convention, which ``audit`` honours and ``verify`` does not.
    struck: bool | None = None

    def over(self, other: Look) -> Look:
        """This look with every property ``other`` sets taken from ``other``."""
        if other is EMPTY:
            return self
        changes = {f.name: getattr(other, f.name) for f in fields(other)}
        changes = {key: value for key, value in changes.items() if value is not None}
        return replace(self, **changes) if changes else self


EMPTY = Look()


def _on(element: ElementTree.Element | None) -> bool | None:
    return None if element is None else element.get(f"{W}val", "true").lower() not in _OFF


def _size(element: ElementTree.Element | None) -> int | None:
    value = "" if element is None else element.get(f"{W}val", "")
    if value.isdigit():
        return int(value)
    if value.endswith("pt"):  # a universal measure, as strict OOXML allows
        try:
            return round(float(value[:-2]) * 2)
        except ValueError:
            return None
    return None


def fill_of(shd: ElementTree.Element | None) -> str | None:
    """The colour a ``w:shd`` paints ("" for none, ``None`` when there is no ``w:shd``)."""
    if shd is None:
        return None
    pattern = shd.get(f"{W}val", "clear")
    if pattern == "nil":
        return ""
    colour = shd.get(f"{W}color" if pattern == "solid" else f"{W}fill", "auto")
    if colour == "auto":
        return "000000" if pattern == "solid" else ""
    return colour.upper()


def look_of(rpr: ElementTree.Element | None) -> Look:
    """What one ``w:rPr`` says (its direct children only: a ``w:rPrChange`` holds the
    properties before a tracked change, which no reader sees)."""
    if rpr is None or len(rpr) == 0:
        return EMPTY
    color = rpr.find(f"{W}color")
    highlight = rpr.find(f"{W}highlight")
    return Look(
        vanish=_on(rpr.find(f"{W}vanish")),
        spec_vanish=_on(rpr.find(f"{W}specVanish")),
        color=None if color is None else Color(
            color.get(f"{W}val", "auto"), color.get(f"{W}themeColor", ""),
            color.get(f"{W}themeTint", ""), color.get(f"{W}themeShade", ""),
        ),
        size=_size(rpr.find(f"{W}sz")),
        shading=fill_of(rpr.find(f"{W}shd")),
        highlight=None if highlight is None else _HIGHLIGHT.get(highlight.get(f"{W}val", ""), ""),
        struck=_either(_on(rpr.find(f"{W}strike")), _on(rpr.find(f"{W}dstrike"))),
    )  # fmt: skip


def _either(single: bool | None, double: bool | None) -> bool | None:
    """Struck through once or twice; None when the layer says neither."""
    return None if single is None and double is None else bool(single or double)


@dataclass(frozen=True)
class StyleSheet:
    """Every style's look with its ``basedOn`` chain applied, and the defaults."""

    defaults: Look
    characters: Mapping[str, Look]
    paragraphs: Mapping[str, tuple[Look, str | None]]  # and the paragraph's shading
    tables: Mapping[str, Look]
    default_character: str = ""
    default_paragraph: str = ""
    default_table: str = ""


NO_STYLES = StyleSheet(EMPTY, {}, {}, {})


def style_sheet(data: bytes, name: Path | str, part: str) -> StyleSheet:
    """The style sheet of a styles part (resolved once per distinct part).

    Raises:
        InputError: when the part is not readable XML, or is over a limit of :mod:`.untrusted`.
    """
    try:
        return _resolved(data, part)
    except InputError:
        parse_xml(data, name, part)  # raises again, naming the file
        raise


@functools.lru_cache(maxsize=8)
def _resolved(data: bytes, part: str) -> StyleSheet:
    root = parse_xml(data, part, part)
    defaults = look_of(root.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr"))
    styles = {
        (s.get(f"{W}type", "paragraph"), s.get(f"{W}styleId", "")): s
        for s in root.iter(f"{W}style")
    }
    chains = {key: _chain(styles, key) for key in styles}
    resolved = {key: _merged(chain) for key, chain in chains.items()}
    shading = {key: _paragraph_fill(chain) for key, chain in chains.items()}
    by_type = {kind: {sid: resolved[(t, sid)] for t, sid in styles if t == kind}
               for kind in ("character", "paragraph", "table")}  # fmt: skip
    default = {
        kind: next((sid for (t, sid), s in styles.items()
                    if t == kind and s.get(f"{W}default", "").lower() in ("1", "true", "on")), "")
        for kind in ("character", "paragraph", "table")
    }  # fmt: skip
    return StyleSheet(
        defaults=defaults,
        characters=by_type["character"],
        paragraphs={sid: (look, shading[("paragraph", sid)])
                    for sid, look in by_type["paragraph"].items()},
        tables=by_type["table"],
        default_character=default["character"],
        default_paragraph=default["paragraph"],
        default_table=default["table"],
    )  # fmt: skip


def _chain(
    styles: Mapping[tuple[str, str], ElementTree.Element], key: tuple[str, str]
) -> list[ElementTree.Element]:
    """A style and those it is based on, the most basic first (a loop is cut)."""
    chain: list[ElementTree.Element] = []
    seen: set[str] = set()
    kind, style_id = key
    while style_id and style_id not in seen and (kind, style_id) in styles and len(chain) < 32:
        seen.add(style_id)
        style = styles[(kind, style_id)]
        chain.append(style)
        based = style.find(f"{W}basedOn")
        style_id = "" if based is None else based.get(f"{W}val", "")
    return chain[::-1]


def _merged(chain: list[ElementTree.Element]) -> Look:
    look = EMPTY
    for style in chain:
        look = look.over(look_of(style.find(f"{W}rPr")))
    return look


def _paragraph_fill(chain: list[ElementTree.Element]) -> str | None:
    fill = None
    for style in chain:
        found = fill_of(style.find(f"{W}pPr/{W}shd"))
        fill = fill if found is None else found
    return fill


# Theme colour names as runs write them, and where the theme's colour scheme keeps each
# (the default mapping: Word writes text1 and background1 as dark 1 and light 1).
_SCHEME = {
    "dark1": "dk1", "text1": "dk1", "light1": "lt1", "background1": "lt1",
    "dark2": "dk2", "text2": "dk2", "light2": "lt2", "background2": "lt2",
    "hyperlink": "hlink", "followedHyperlink": "folHlink",
    **{f"accent{n}": f"accent{n}" for n in range(1, 7)},
}  # fmt: skip


@dataclass(frozen=True)
class Theme:
    """The colours of a theme part's colour scheme, by scheme name ("dk1", "accent1")."""

    colors: Mapping[str, str]

    @classmethod
    def of(cls, root: ElementTree.Element) -> Theme:
        colors = {}
        for scheme in root.iter(f"{_A}clrScheme"):
            for entry in scheme:
                value = next((c.get("lastClr") or c.get("val") for c in entry), None)
                if value:
                    colors[entry.tag.rsplit("}", 1)[-1]] = value.upper()
            break
        return cls(colors)

    def rgb(self, color: Color) -> str:
        """The theme colour ``color`` names, tinted or shaded; "" when there is none."""
        base = self.colors.get(_SCHEME.get(color.theme, ""), "")
        if not _is_hex(base):
            return ""
        channels = [int(base[i : i + 2], 16) for i in (0, 2, 4)]
        if _is_hex(color.tint, 2):
            tint = int(color.tint, 16) / 255
            channels = [round(c * tint + 255 * (1 - tint)) for c in channels]
        if _is_hex(color.shade, 2):
            shade = int(color.shade, 16) / 255
            channels = [round(c * shade) for c in channels]
        return "".join(f"{c:02X}" for c in channels)


def _is_hex(value: str, length: int = 6) -> bool:
    return len(value) == length and all(c in "0123456789abcdefABCDEF" for c in value)


def _is_rgb(value: str | None) -> TypeGuard[str]:
    return value is not None and _is_hex(value)


# Text this close to what lies behind it, each of red, green and blue within this many
# steps of 255, cannot be told from it: #FEFEFE on white is as unseen as #FFFFFF.
_NEAR = 24


def hidden_reason(
    look: Look,
    paragraph_fill: str | None,
    cell_fill: str | None,
    page: str,
    theme: Callable[[], Theme],
) -> str:
    """Why a reader does not see a run of this look ("" when they do): "hidden (vanish)",
    "1 pt", "white on a white page"…

    Args:
        look: the run's effective look.
        paragraph_fill: its paragraph's shading, cell_fill its table cell's (None: none).
        page: the page colour (``w:background``), "" for none.
        theme: the document's theme, read only when a colour names one.
    """  # fmt: skip
    if look.vanish:
        return "hidden (vanish)"
    if look.spec_vanish:
        return "hidden (specVanish)"
    if look.size is not None and look.size < 8:
        return f"{look.size / 2:g} pt"
    colors = _text_colors(look.color, theme)
    if not colors:
        return ""
    for fill, where in _behind(look, paragraph_fill, cell_fill, page):
        for color in colors:
            if _near(color, fill):
                return f"{_named(color)} on {where}"
    return ""


def _text_colors(color: Color | None, theme: Callable[[], Theme]) -> list[str]:
    """The colours a run's text may be drawn in: its RGB value, and the theme colour it
    names (Word draws the theme's; a file may disagree with itself, so both count)."""
    if color is None:
        return []  # "auto": black on light, white on dark, never the colour behind it
    found = [color.value.upper()] if _is_rgb(color.value) else []
    resolved = theme().rgb(color) if color.theme else ""
    return [*found, resolved] if resolved else found


def _behind(
    look: Look, paragraph_fill: str | None, cell_fill: str | None, page: str
) -> list[tuple[str, str]]:
    """What lies behind a run, the nearest layer that paints, and how to name it."""
    layers = [(look.highlight, "highlight"), (look.shading, "shading"),
              (paragraph_fill, "paragraph shading"), (cell_fill, "cell shading")]  # fmt: skip
    for fill, label in layers:
        if _is_rgb(fill):
            return [(fill, f"{_named(fill)} {label}")]
    if _is_rgb(page) and page.upper() != "FFFFFF":
        # Word shows the page colour but does not print it: the paper is white.
        return [(page, f"the page colour {_named(page)}"),
                ("FFFFFF", "white paper (the page colour is not printed)")]  # fmt: skip
    return [("FFFFFF", "a white page")]


def _near(one: str, other: str) -> bool:
    return all(abs(int(one[i : i + 2], 16) - int(other[i : i + 2], 16)) <= _NEAR for i in (0, 2, 4))


def _named(color: str) -> str:
    return {"FFFFFF": "white", "000000": "black"}.get(color.upper(), f"#{color.upper()}")
