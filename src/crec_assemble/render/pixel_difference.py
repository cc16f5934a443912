"""Where two renderings of a page differ beyond anti-aliasing, and those pixels gathered
into regions a person can look at: one per changed phrase.

:func:`unexplained` measures, per pixel, how far one page's ink lies from anything the
other shows within one pixel of it; :func:`over_threshold` marks what is over
``THRESHOLD``. A word drawn over differs in dozens of separate pixels, a letter at a
time; reported one by one they would be noise. :func:`pixel_groups` gathers them into
cells of ``CELL`` pixels, each marked cell grown by ``JOIN`` cells (so a word space, or
the gap between two lines, is bridged), and the cells that then touch are one region.
A region's box is then drawn tight around its pixels again, and a region with fewer
than ``MIN_PIXELS`` pixels is dropped: a stray anti-aliased dot, not something a reader
could see.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from PIL.Image import Image

__all__ = [
    "CELL",
    "JOIN",
    "MIN_PIXELS",
    "THRESHOLD",
    "over_threshold",
    "pixel_groups",
    "unexplained",
]

CELL = 6  # pixels: about 4 pt at 100 dpi
JOIN = 2  # cells: gaps up to about 9 pt (a word space, the space between two lines) join
MIN_PIXELS = 6
THRESHOLD = 64  # of 255: far above anti-aliasing's few levels, far below a word's ink
_RUN = re.compile(rb"\xff+")  # a run of marked cells in a row


def pixel_groups(binary: Image) -> list[tuple[int, int, int, int]]:
    """Pixel boxes (left, top, right, bottom) of the groups of marked pixels (255) of a
    one-band image, nearby ones joined, top to bottom; groups under ``MIN_PIXELS`` pixels
    left out."""
    from PIL import ImageFilter

    cells = binary.reduce(CELL).point(lambda value: 255 if value else 0)
    grown = cells.filter(ImageFilter.MaxFilter(2 * JOIN + 1))
    boxes = []
    for left, top, right, bottom in _groups(grown.tobytes(), grown.width):
        cell_box = (left * CELL, top * CELL, min(binary.width, (right + 1) * CELL),
                    min(binary.height, (bottom + 1) * CELL))  # fmt: skip
        tight = binary.crop(cell_box).getbbox()
        if tight is not None:
            box = (cell_box[0] + tight[0], cell_box[1] + tight[1],
                   cell_box[0] + tight[2], cell_box[1] + tight[3])  # fmt: skip
            if binary.crop(box).histogram()[255] >= MIN_PIXELS:
                boxes.append(box)
    return sorted(boxes, key=lambda box: (box[1], box[0]))


def _groups(marks: bytes, columns: int) -> list[tuple[int, int, int, int]]:
    """The bounding cells (left, top, right, bottom) of each 4-connected group of marked
    cells: runs of marked cells row by row, a run joined to the runs above it that it
    touches (union-find), so the work grows with the runs, not with the cells."""
    parent: list[int] = []
    bounds: list[list[int]] = []

    def root(label: int) -> int:
        while parent[label] != label:
            parent[label] = parent[parent[label]]
            label = parent[label]
        return label

    above: list[tuple[int, int, int]] = []
    for y in range(len(marks) // columns):
        here = []
        for run in _RUN.finditer(marks, y * columns, (y + 1) * columns):
            start, end = run.start() - y * columns, run.end() - y * columns
            label = -1
            for other_start, other_end, other in above:
                if other_start < end and start < other_end:
                    joined = root(other)
                    if label == -1:
                        label = joined
                    elif joined != label:
                        parent[joined] = label
            if label == -1:
                label = len(parent)
                parent.append(label)
                bounds.append([start, y, end - 1, y])
            else:
                box = bounds[label]
                box[0], box[2], box[3] = min(box[0], start), max(box[2], end - 1), y
            here.append((start, end, label))
        above = here
    merged: dict[int, list[int]] = {}
    for label, (left, top, right, bottom) in enumerate(bounds):
        box = merged.setdefault(root(label), [left, top, right, bottom])
        box[:] = [min(box[0], left), min(box[1], top), max(box[2], right), max(box[3], bottom)]
    return [(box[0], box[1], box[2], box[3]) for box in merged.values()]


def unexplained(ours: Image, theirs: Image) -> Image:
    """Per pixel, how far either page's ink is from anything the other shows within one
    pixel of it (one band, 0 to 255).

    Ink is a pixel's darkest channel: black text and a yellow highlight (whose blue
    channel is dark) are both ink; white is none. A colour-only change of the same
    darkness (black words turned dark red) does not count: formatting, not content.

    A glyph placed a fraction of a point away snaps to the next pixel: compared pixel by
    pixel, every such letter would differ (a 0.02-pt shift of a page gave 40 regions).
    Compared with the other page's darkest and lightest ink around it, it does not; a
    word drawn over still does. Only the box where the pixels differ at all is worked on,
    so a small change costs little.
    """
    from PIL import Image, ImageChops

    mine, other = _ink(ours), _ink(theirs)
    box = ImageChops.difference(mine, other).point(over_threshold).getbbox()
    result = Image.new("L", ours.size, 0)
    if box is None:
        return result
    box = (max(box[0] - 2, 0), max(box[1] - 2, 0),
           min(box[2] + 2, ours.width), min(box[3] + 2, ours.height))  # fmt: skip
    mine, other = mine.crop(box), other.crop(box)
    result.paste(ImageChops.lighter(_beyond(mine, other), _beyond(other, mine)), box[:2])
    return result


def _ink(image: Image) -> Image:
    """How dark each pixel's darkest channel is (0 white, 255 black)."""
    from PIL import ImageChops

    red, green, blue = image.split()
    return ImageChops.invert(ImageChops.darker(ImageChops.darker(red, green), blue))


def over_threshold(value: int) -> int:
    """A level of :func:`unexplained` as a mark: 255 over ``THRESHOLD``, else 0."""
    return 255 if value > THRESHOLD else 0


def _beyond(image: Image, other: Image) -> Image:
    """How far each pixel of ``image`` lies outside the range of ``other`` around it."""
    from PIL import ImageChops

    lowest, highest = _around(other, ImageChops.darker), _around(other, ImageChops.lighter)
    return ImageChops.lighter(
        ImageChops.subtract(lowest, image), ImageChops.subtract(image, highest)
    )


def _around(image: Image, pick: Callable[[Image, Image], Image]) -> Image:
    """The darkest (or lightest) value of each pixel's 3 x 3 neighbourhood: a row of three,
    then a column of three (the edges wrap round, onto the page's blank margin)."""
    from PIL import ImageChops

    row = pick(pick(image, ImageChops.offset(image, 1, 0)), ImageChops.offset(image, -1, 0))
    return pick(pick(row, ImageChops.offset(row, 0, 1)), ImageChops.offset(row, 0, -1))
