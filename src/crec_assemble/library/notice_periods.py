"""The regulation's "Notices" periods, typed, as the catalogue records them.

The "Notices to Students and Parents/Guardians" section gives CREC itself two periods, both
in business days: the notice to families after a contract is executed, and the notice to
families after a contractor reports a breach. Like the breach deadlines of paragraph 6
(:mod:`crec_assemble.library.breach_limits`), they are kept in the catalogue
(``clauses/requirements.yaml``, its ``notices`` block) and nowhere else, so the paperwork's
dates and the sentences that explain them move with one edit. The catalogue's schema checks
the block; this module only turns the checked mapping into objects.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

__all__ = ["NoticePeriod", "NoticePeriods", "notice_periods"]


@dataclass(frozen=True)
class NoticePeriod:
    """How many business days one provision of "Notices" gives CREC.

    Attributes:
        paragraph: where the period comes from, as the paperwork cites it ("Notices").
        business_days: the period, in Connecticut business days after the event.
        rule: the regulation's own words, for a reader checking the number.
    """

    paragraph: str
    business_days: int
    rule: str


@dataclass(frozen=True)
class NoticePeriods:
    """CREC's two periods under "Notices", by what starts them.

    Attributes:
        after_execution: the electronic notice to students and parents (and the website
            posting) after a contract is executed.
        after_breach_notice: the notice to the students and parents whose data was
            involved (and the website posting) after a contractor notifies CREC of a breach.
    """

    after_execution: NoticePeriod
    after_breach_notice: NoticePeriod


def notice_periods(block: Mapping[str, Any]) -> NoticePeriods:
    """The periods of a catalogue's ``notices`` block, already checked by its schema."""

    def period(key: str) -> NoticePeriod:
        entry = block[key]
        return NoticePeriod(
            paragraph=entry["paragraph"],
            business_days=entry["business_days"],
            rule=" ".join(entry["rule"].split()),
        )

    return NoticePeriods(
        after_execution=period("after_execution"),
        after_breach_notice=period("after_breach_notice"),
    )
