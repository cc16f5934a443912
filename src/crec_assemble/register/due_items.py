"""What ``register due`` reports: the items owed, the rules they are read by, and the result.

The types are kept apart from the rules (:mod:`.due`) so that the CLI and the web app can
present the same :class:`Owed` without reading how it is worked out.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Literal

from ..errors import InputError
from ..library.breach_limits import BreachLimits, breach_limits
from ..library.catalogue import Catalogue
from ..library.notice_periods import NoticePeriods
from ..model import Requirement

__all__ = ["DueItem", "DueRules", "ItemKind", "Owed", "due_rules", "shipped_rules"]

ItemKind = Literal["notice", "breach", "ending", "deletion-request", "certificate"]


@dataclass(frozen=True)
class DueRules:
    """The regulation's numbers and words ``due`` applies, all from the catalogue.

    Attributes:
        periods: the "Notices" periods (after execution, after a breach notice).
        limits: paragraph 6's breach limits.
        deletion: requirement R2 (the means to request deletion), for its words.
        retention: requirement R7 (no student data kept after completion), for its words.
        issuer: the issuer's short name ("CREC"), who owes CREC's duties.
    """

    periods: NoticePeriods
    limits: BreachLimits
    deletion: Requirement
    retention: Requirement
    issuer: str


def due_rules(catalogue: Catalogue, *, issuer: str) -> DueRules:
    """The rules for ``due`` from a catalogue read by :func:`~..library.catalogue.read_catalogue`.

    Raises:
        InputError: if the catalogue lacks R2, R7 or paragraph 6's limits.
    """
    by_id = {requirement.id: requirement for requirement in catalogue.requirements}
    missing = [rid for rid in ("R2", "R7") if rid not in by_id]
    if missing:
        raise InputError(f"the catalogue lacks {', '.join(missing)}: no deletion duties")
    return DueRules(
        periods=catalogue.notices,
        limits=breach_limits(catalogue.requirements),
        deletion=by_id["R2"],
        retention=by_id["R7"],
        issuer=issuer,
    )


def shipped_rules(issuer: Path | None = None) -> DueRules:
    """The rules of the shipped catalogue, owed by the shipped issuer (CREC) or ``issuer``.

    Raises:
        InputError: when the issuer file or the catalogue is malformed.
    """
    from ..inputs.issuer import load_issuer
    from ..library.catalogue import read_catalogue
    from ..resources import default_issuer, default_library

    board = load_issuer(issuer or default_issuer(default_library()))
    catalogue = read_catalogue(default_library() / "requirements.yaml")
    return due_rules(catalogue, issuer=board.short_name)


@dataclass(frozen=True)
class DueItem:
    """One thing owed: by whom, by when, and the rule it comes from.

    Attributes:
        kind: which rule it comes from (see the module docstring).
        document: the register id of the document it belongs to.
        contractor: the contractor's legal name.
        party: who must act: the issuer ("CREC"), "Contractor" or "Operator".
        what: what they must do, as a sentence fragment.
        due: the last day to do it; None where the agreement names no period.
        source: where the rule comes from ("Regulation 3520.13-R, Notices").
        words: the regulation's words, or the rule worded from its numbers.
        overdue: whether ``due`` has passed and it is not recorded as done.
        days_left: days from ``on`` to ``due`` (negative when overdue); None with no date.
    """

    kind: ItemKind
    document: str
    contractor: str
    party: str
    what: str
    due: date | None
    source: str
    words: str
    overdue: bool
    days_left: int | None

    def when(self) -> str:
        """When it is due, in words: "OVERDUE since …", "due … (N days left)", or "owed, no
        date" (``due`` prints it first on the item's line; the web app's due view shows it)."""
        if self.due is None or self.days_left is None:
            return "owed, no date"
        if self.overdue:
            return f"OVERDUE since {self.due.isoformat()} ({-self.days_left} days)"
        return f"due {self.due.isoformat()} ({self.days_left} days left)"

    def as_json(self) -> dict[str, Any]:
        """The item as ``due --json`` prints it."""
        return {
            "kind": self.kind,
            "document": self.document,
            "contractor": self.contractor,
            "party": self.party,
            "what": self.what,
            "due": self.due.isoformat() if self.due else None,
            "days_left": self.days_left,
            "overdue": self.overdue,
            "source": self.source,
            "words": self.words,
        }


@dataclass(frozen=True)
class Owed:
    """Everything owed on ``on``, looking ``within`` days ahead, overdue items first."""

    on: date
    within: int
    items: tuple[DueItem, ...]

    @property
    def overdue(self) -> bool:
        """Whether anything is overdue: ``register due`` then exits 1."""
        return any(item.overdue for item in self.items)

    def as_json(self) -> dict[str, Any]:
        """``due --json``: the day, the window, the overdue flag and the items."""
        return {
            "on": self.on.isoformat(),
            "within": self.within,
            "overdue": self.overdue,
            "items": [item.as_json() for item in self.items],
        }

    def lines(self) -> Iterator[str]:
        """``due`` as text: two lines an item (what, then its source), then a summary."""
        for item in self.items:
            yield (f"{item.when()}  {item.document}  {item.contractor}: "
                   f"{item.party} must {item.what}")  # fmt: skip
            yield f"    [{item.source}: {item.words}]"
        yield self.summary()

    def summary(self) -> str:
        """How many are owed and overdue, on which day, looking how far ahead."""
        late = sum(item.overdue for item in self.items)
        return (
            f"{len(self.items)} owed, {late} overdue, on {self.on.isoformat()} "
            f"looking {self.within} days ahead"
        )
