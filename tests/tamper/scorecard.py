"""The suite's score, kind by kind: how many alterations were detected, how many
unchanged re-saves were flagged (false alarms)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from crec_assemble.errors import CrecError

from .cases import Made
from .verdict import Verdicts

__all__ = ["Row", "score", "table"]


@dataclass(frozen=True)
class Row:
    """One kind's outcome: ``right`` counts detections (alterations) or clean passes
    (re-saves); ``refused`` the files the check would not read, ``crashed`` its bugs."""

    kind: str
    altered: bool
    cases: int
    right: int
    refused: int
    crashed: int
    missed: tuple[str, ...]  # ids of the cases it got wrong

    @property
    def perfect(self) -> bool:
        return self.right == self.cases


def score(made: Mapping[str, Made], verdicts: Verdicts) -> list[Row]:
    """Every case's verdict, counted by kind (in the order of the kinds)."""
    by_kind: dict[str, list[Made]] = {}
    for item in made.values():
        by_kind.setdefault(item.case.kind.id, []).append(item)
    rows = []
    for kind, items in by_kind.items():
        right, refused, crashed, missed = 0, 0, 0, []
        for item in items:
            found = verdicts.outcome(item.path)
            if isinstance(found, CrecError):
                refused += 1
            elif isinstance(found, Exception):
                crashed += 1
            elif found.intact != item.case.kind.altered and found.exit_code == (
                1 if item.case.kind.altered else 0
            ):
                right += 1
                continue
            missed.append(item.case.id)
        altered = items[0].case.kind.altered
        rows.append(Row(kind, altered, len(items), right, refused, crashed, tuple(missed)))
    return rows


def table(rows: list[Row]) -> str:
    """The scorecard as text: per kind, then the totals."""
    lines = [f"{'kind':<32} {'cases':>5} {'right':>5} {'refused':>7} {'crashed':>7}"]
    for row in rows:
        lines.append(f"{row.kind:<32} {row.cases:>5} {row.right:>5} {row.refused:>7} "
                     f"{row.crashed:>7}")  # fmt: skip
    for altered, what in ((True, "alterations detected"), (False, "re-saves passed")):
        chosen = [row for row in rows if row.altered == altered]
        right, cases = sum(r.right for r in chosen), sum(r.cases for r in chosen)
        lines.append(f"{what}: {right} of {cases}")
    return "\n".join(lines)
