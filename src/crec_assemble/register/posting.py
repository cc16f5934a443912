"""What CREC's public page posts on a given day: the contracts in force and the breach notices.

Pure: histories and a day in, frozen records out; no files, no clock. The site
(:mod:`.site`) renders what this selects, and ``register due`` can ask the same question.

The posting period applied is *while the contract is in force*: from its execution until
its end date passes or it is recorded ``ended`` or ``withdrawn``. Neither the statute as
read nor the regulation says how long a notice and contract must stay posted
(``shared/reference/statute.md`` marks it unverified); the statute's purpose, and the issue
that asked for this page, is that families can see what a vendor may do with their
children's data while it may do it. A breach notice stays listed once posted: no period for
taking it down is known either, and a breach stays true after the contract ends.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from ..errors import InputError
from ..inputs.vocabulary import BREACH_GROUPS
from .records import Breach, Event, EventKind, History, RegisteredDocument

__all__ = [
    "READS",
    "BreachNotice",
    "PostedContract",
    "breach_notices",
    "executed_file",
    "posted_contracts",
]


@dataclass(frozen=True)
class PostedContract:
    """An executed agreement or addendum in force on the day, and its executed file.

    Attributes:
        document: the contract as registered.
        executed: the day it was executed (its ``executed`` event).
        file: the executed contract's PDF: the ``executed`` event's file, else the
            ``signed`` event's, else the issued PDF.
        sha256: the hash recorded for that file, when the register records one.
    """

    document: RegisteredDocument
    executed: date
    file: Path
    sha256: str | None


@dataclass(frozen=True)
class BreachNotice:
    """A breach recorded for a document, and the day CREC posted notice of it, if it has.

    Attributes:
        document: the document whose contractor (or subcontractor) reported the breach.
        discovered: when the breach was discovered, as recorded.
        categories: the kinds of student data involved, as the public reads them.
        posted: the day of the first ``notice-posted`` event recorded for the breach.
    """

    document: RegisteredDocument
    discovered: datetime
    categories: tuple[str, ...]
    posted: date | None


READS: frozenset[EventKind] = frozenset(
    {"executed", "signed", "ended", "withdrawn", "breach", "notice-posted"}
)
"""The only events the posting rules read (execution, its signed copy, the end of a
contract, breaches and the notices after them): the register need not load the others."""


def _as_of(history: History, on: date) -> History:
    """The history as it stood at the end of ``on``: later-dated events not yet happened."""
    return History(history.document, tuple(e for e in history.events if e.on <= on))


def posted_contracts(histories: Iterable[History], on: date) -> tuple[PostedContract, ...]:
    """The agreements and addenda in force on ``on``, by contractor, service and id.

    In force: executed on or before ``on``, not ``ended`` or ``withdrawn`` by then, and
    its end date (when it has one) not before ``on``. Flow-downs are CREC's consent to a
    subcontract, not a contract of CREC's with the vendor, and are not posted.
    """
    posted = []
    for history in histories:
        document = history.document
        current = _as_of(history, on)
        executed = current.last("executed")
        if (
            document.kind == "flowdown"
            or executed is None
            or current.status in ("ended", "withdrawn")
            or (document.end is not None and document.end < on)
        ):
            continue
        file, sha256 = executed_file(current, executed)
        posted.append(PostedContract(document, executed.on, file, sha256))
    return tuple(
        sorted(posted, key=lambda p: (p.document.contractor, p.document.service, p.document.id))
    )


def executed_file(history: History, executed: Event) -> tuple[Path, str | None]:
    """The executed contract's PDF and its recorded hash: what the page links to.

    Raises:
        InputError: when neither the ``executed`` nor the ``signed`` event names a file and
            the register holds no issued PDF for the document.
    """
    signed = history.last("signed")
    for event in (executed, signed):
        if event is not None and event.details.get("file"):
            recorded = event.details.get("sha256")
            return Path(str(event.details["file"])), str(recorded) if recorded else None
    issued = next((f for f in history.document.files if f.format == "pdf"), None)
    if issued is None:
        raise InputError(
            f"{history.document.id}: no executed PDF to post; record it with "
            "`register record ID executed --file SIGNED.pdf`"
        )
    return Path(issued.path), issued.sha256


def breach_notices(histories: Iterable[History], on: date) -> tuple[BreachNotice, ...]:
    """Every breach recorded as happening on or before ``on``, most recently discovered first.

    Raises:
        InputError: when a breach event's ``discovered`` is not an ISO date and time.
    """
    notices = []
    for history in histories:
        events = _as_of(history, on).events
        for index, event in enumerate(events):
            if event.kind != "breach":
                continue
            posted = next((e.on for e in events[index + 1 :] if e.kind == "notice-posted"
                           and e.details.get("breach") == event.number), None)  # fmt: skip
            notices.append(
                BreachNotice(
                    history.document, Breach.of(event).discovered, _categories(event), posted
                )
            )
    return tuple(
        sorted(notices, key=lambda n: (n.discovered.isoformat(), n.document.id), reverse=True)
    )


def _categories(event: Event) -> tuple[str, ...]:
    """The breach's data as labels, in the vocabulary's order; unknown keys as recorded."""
    recorded = [str(key) for key in event.details.get("data", ())]
    known = [label for key, label in BREACH_GROUPS.items() if key in recorded]
    return (*known, *(key for key in recorded if key not in BREACH_GROUPS))
