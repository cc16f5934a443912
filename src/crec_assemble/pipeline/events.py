"""What a batch tells its caller while it runs: one frozen type per kind of event.

The CLI draws its progress bar from these; a web page could stream them. Each
event carries the :class:`Tally` after it, so a consumer never counts for
itself. Cheap to import: the CLI loads it before it knows it will build.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # rendering modules load docxtpl and pypdf: only when building
    from .produce import Produced

__all__ = [
    "BatchEvent",
    "DocumentBuilt",
    "ProfileFailed",
    "ProfileRendered",
    "Skipped",
    "Started",
    "Tally",
]


@dataclass(frozen=True)
class Tally:
    """How far a batch is, in documents.

    Attributes:
        done: documents finished so far: written, skipped or failed.
        known: documents known so far; a profile counts as one until it is rendered
            and its subcontractors' flow-downs are known.
    """

    done: int
    known: int


@dataclass(frozen=True)
class Started:
    """The shared inputs are good; the batch starts on its profiles."""

    profiles: tuple[Path, ...]
    tally: Tally


@dataclass(frozen=True)
class ProfileRendered:
    """A profile is valid, meets the regulation and its documents are rendered in memory."""

    profile: Path
    documents: int
    tally: Tally


@dataclass(frozen=True)
class DocumentBuilt:
    """A document's files are written (a profile's documents are written together)."""

    profile: Path
    document: Produced
    tally: Tally


@dataclass(frozen=True)
class Skipped:
    """A profile whose outputs all exist was left alone (``skip_existing``)."""

    profile: Path
    tally: Tally


@dataclass(frozen=True)
class ProfileFailed:
    """A profile was not built, or not completely; nothing partial of it was written."""

    profile: Path
    reason: str
    tally: Tally


BatchEvent = Started | ProfileRendered | DocumentBuilt | Skipped | ProfileFailed
