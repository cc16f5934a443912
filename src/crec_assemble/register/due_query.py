"""Which documents can owe anything on a day: the register's first cut for ``register due``.

A register of ten thousand agreements has a few hundred with anything open; the rest are
closed (notice posted, ended, deletion requested, certificate received) or far from their
end. Reading every one of them into a :class:`~.records.History` takes longer than ``due``
may, so this query picks the candidates first, from one pass over their events, and
:func:`.due.owed` judges only those.

The query is a *superset*: it leaves a document out only when :mod:`.due`'s rules could
not list anything for it, and where a rule reads the latest event of a kind it compares
the latest *date* instead, which can only keep more documents in. A document is a
candidate unless it is withdrawn, and:

- it has a breach (every breach is judged by ``due``), or
- it is an executed agreement or addendum and either its notice is not posted (by a
  posting that names no breach) on or after its execution, or it has ended without both a
  certificate and a deletion request dated on or after the end, or it has not ended and its
  end date falls before the horizon.

``tests/test_register_database.py`` holds ``owed`` over the candidates to the same answer as
``owed`` over every document, on hundreds of made-up lives, on SQLite and PostgreSQL.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from .due import READS, DueRules, Owed, due_horizon, owed
from .store import STANDING, histories

if TYPE_CHECKING:
    from .database import Reader

__all__ = ["candidates", "owed_on"]

_CANDIDATES = """
SELECT d.id FROM documents AS d JOIN (
    SELECT document_id,
        max(CASE WHEN kind = 'withdrawn' THEN 1 ELSE 0 END) AS withdrawn,
        max(CASE WHEN kind = 'breach' THEN 1 ELSE 0 END) AS breach,
        max(CASE WHEN kind = 'executed' THEN on_date END) AS executed,
        max(CASE WHEN kind = 'notice-posted' AND details NOT LIKE '%"breach":%'
            THEN on_date END) AS posted,
        max(CASE WHEN kind = 'ended' THEN on_date END) AS ended,
        max(CASE WHEN kind = 'deletion-requested' THEN on_date END) AS requested,
        max(CASE WHEN kind = 'certificate-received' THEN 1 ELSE 0 END) AS certified
    FROM events
    WHERE kind IN ('withdrawn', 'breach', 'executed', 'notice-posted', 'ended',
                   'deletion-requested', 'certificate-received') AND {standing}
    GROUP BY document_id
) AS e ON e.document_id = d.id
WHERE e.withdrawn = 0 AND (
    e.breach = 1
    OR (d.kind <> 'flowdown' AND e.executed IS NOT NULL AND (
        e.posted IS NULL OR e.posted < e.executed
        OR (e.ended IS NOT NULL
            AND (e.certified = 0 OR e.requested IS NULL OR e.requested < e.ended))
        OR (e.ended IS NULL AND d.end_date IS NOT NULL AND d.end_date <= ?))))
"""


def candidates(reader: Reader, horizon: date) -> list[str]:
    """The ids of the documents that may owe something due by ``horizon`` or overdue."""
    query = _CANDIDATES.format(standing=STANDING)
    return [row[0] for row in reader.rows(query, [horizon.isoformat()])]


def owed_on(reader: Reader, *, on: date, within: int, rules: DueRules) -> Owed:
    """What ``register due`` lists: :func:`.due.owed` over the candidates only.

    Raises:
        InputError: as :func:`.due.owed`.
    """
    open_ones = candidates(reader, due_horizon(on, within))
    read = histories(reader, open_ones, kinds=READS, with_files=False)
    return owed(read, on=on, rules=rules, within=within)
