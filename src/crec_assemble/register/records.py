"""What the register holds, as the rest of the tool reads it: frozen records, never rows.

The register is a log. A document is entered once, from the manifest inside the file CREC
issued; everything that happens to it afterwards is an :class:`Event` appended after it,
with the day it happened, when it was recorded and by whom. Nothing is updated in place, so
a document's status is not stored: it is read from its events (:attr:`History.status`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from types import MappingProxyType
from typing import Any, Literal, NamedTuple, get_args

from ..errors import InputError, quoted
from ..inputs.dates import CONNECTICUT
from ..model import Role, SignedKind

__all__ = [
    "RECORDABLE",
    "STATUSES",
    "Breach",
    "Event",
    "EventKind",
    "History",
    "Listed",
    "RecordableKind",
    "RegisteredDocument",
    "RegisteredFile",
    "Status",
    "status_of",
]

# What staff record with ``register record``. ``signed`` that fails the signature check is
# stored as ``signed-altered`` (RECORDED, below); ``issued`` is written by ``register add``.
RecordableKind = Literal[
    "sent",
    "returned",
    "signed",
    "executed",
    "notice-posted",
    "ended",
    "deletion-requested",
    "certificate-received",
    "breach",
    "withdrawn",
]
RECORDABLE: tuple[RecordableKind, ...] = get_args(RecordableKind)
# ``retracted`` takes back an event recorded by mistake (``register retract``); the event and
# its retraction stay in the log, and every reading but ``show`` leaves both out.
EventKind = Literal["issued", "signed-altered", "retracted", RecordableKind]

# A document's status: the stage of its latest stage event (``ended`` and ``withdrawn`` are
# final); see History.status.
Status = Literal[
    "issued", "sent", "returned", "signed", "signed-altered", "executed", "ended", "withdrawn"
]
STATUSES: tuple[Status, ...] = get_args(Status)
# Events that move a document along its life are those whose kind is a status; the others
# (a notice posted, a breach, a deletion request, a certificate) are things owed during or
# after it.


@dataclass(frozen=True)
class RegisteredFile:
    """One issued file of a document (its DOCX, its PDF), as entered.

    Attributes:
        sha256: the hash of the file's bytes when it was entered.
        format: ``docx`` or ``pdf``.
        path: where it was, absolute, so ``register check`` can hash it again.
    """

    sha256: str
    format: str
    path: str


class RegisteredDocument(NamedTuple):
    """An issued agreement, addendum or flow-down, from the manifest inside its file.

    A named tuple, like :class:`Event`, because ``list`` and ``due`` read ten thousand of
    them at a time and a frozen dataclass of fifteen fields takes three times as long to make.

    Attributes:
        id: the document's id (``DPA-2026-ACME-LEARNING-INC-419A21``), the register's key.
        kind: agreement, addendum or flow-down.
        parent: the agreement a flow-down belongs to, else None.
        contractor: the contractor's legal name.
        party: who signs it with CREC: the contractor, or a flow-down's subcontractor.
        role: operator or consultant.
        service: the service's name, as the profile gives it.
        description: what the service does, as the profile gives it (the posting's "description
            and purpose").
        start: the first day of services; end: the last day, if the profile gives one.
        data: the student data the contractor receives, as the profile lists it.
        edition: the clause-library edition it was built under.
        built: the build date it carries.
        certificate_days: the days after completion within which the contractor must certify
            deletion, as this document's own retention clause says; None when it says none.
        files: the issued files entered for it.
    """

    id: str
    kind: SignedKind
    parent: str | None
    contractor: str
    party: str
    role: Role
    service: str
    description: str
    start: date
    end: date | None
    data: tuple[str, ...]
    edition: str
    built: date
    certificate_days: int | None
    files: tuple[RegisteredFile, ...] = ()


class Event(NamedTuple):
    """One thing that happened to a document, appended to the register and never changed.

    A named tuple rather than a dataclass: a register holds hundreds of thousands of events,
    and ``due`` reads them all; a tuple is made in half the time.

    Attributes:
        number: its place in the register's log (the order events were recorded in).
        document: the id of the document it happened to.
        kind: what happened.
        on: the day it happened (``--date``; the day it was recorded by default).
        recorded: when it was recorded (UTC).
        by: who recorded it.
        details: what else it records, as JSON: a file's path and hash, ``verify``'s verdict
            and key changes, the signature check, a breach's discovery time and data.
        retracts: for a ``retracted`` event, the number of the event it takes back.
    """

    number: int
    document: str
    kind: EventKind
    on: date
    recorded: datetime
    by: str
    details: Mapping[str, Any] = MappingProxyType({})
    retracts: int | None = None


def status_of(latest_stage: str | None, withdrawn: bool, ended: bool) -> Status:
    """A document's status, from its latest stage event's kind and whether it was ever
    withdrawn or ended (both final). The one statement of the rule: :attr:`History.status`
    and the register's listing (computed in the database) both call it."""
    if withdrawn:
        return "withdrawn"
    if ended:
        return "ended"
    return next((status for status in STATUSES if status == latest_stage), "issued")


class Listed(NamedTuple):
    """One document as ``register list`` shows it: what it is, and where its life stands.

    Attributes (besides the document's own): status (:func:`status_of`); executed, the day
    of its latest ``executed`` event; last_event and last_on, its latest event's kind and
    day; recorded, the day its latest event was recorded (UTC).
    """

    id: str
    kind: str
    contractor: str
    party: str
    role: str
    service: str
    start: date
    end: date | None
    edition: str
    status: Status
    executed: date | None
    last_event: str | None
    last_on: date | None
    recorded: date | None

    @classmethod
    def of(cls, history: History) -> Listed:
        """What the listing shows of a history read in full."""
        d, last, executed = history.document, history.events[-1:], history.last("executed")
        return cls(
            d.id, d.kind, d.contractor, d.party, d.role, d.service, d.start, d.end, d.edition,
            history.status, executed.on if executed else None,
            last[0].kind if last else None, last[0].on if last else None,
            last[0].recorded.date() if last else None,
        )  # fmt: skip


@dataclass(frozen=True)
class History:
    """A document and every event recorded for it, oldest first."""

    document: RegisteredDocument
    events: tuple[Event, ...]

    @property
    def status(self) -> Status:
        """The stage of its latest stage event; ``withdrawn`` and ``ended`` are final.

        The latest, not the furthest: a signed copy that failed the check and was then
        signed again correctly is ``signed``, not ``signed-altered``.
        """
        stages = [e.kind for e in self.events if e.kind in STATUSES]
        return status_of(stages[-1] if stages else None, "withdrawn" in stages, "ended" in stages)

    @property
    def taken_back(self) -> frozenset[int]:
        """The numbers of the events a ``retracted`` event of this history takes back (none
        in a history read without them; ``show`` marks them)."""
        return frozenset(e.retracts for e in self.events if e.retracts is not None)

    def standing(self) -> History:
        """This history without the events taken back and the retractions that took them
        back: what its status and duties are read from. (The register reads histories so
        already; a history read as written, for ``show``, needs this.)"""
        retracted = self.taken_back
        kept = tuple(e for e in self.events if e.kind != "retracted" and e.number not in retracted)
        return History(self.document, kept)

    def last(self, kind: EventKind) -> Event | None:
        """The latest event of ``kind``, if any."""
        return next((e for e in reversed(self.events) if e.kind == kind), None)

    def all(self, kind: EventKind) -> tuple[Event, ...]:
        """Every event of ``kind``, oldest first."""
        return tuple(e for e in self.events if e.kind == kind)


@dataclass(frozen=True)
class Breach:
    """A breach as ``register record ID breach`` records it in its event's details, and as
    ``due`` and the public page read it back.

    Attributes:
        discovered: when the contractor (or its subcontractor) discovered it.
        data: the categories breached (``paperwork.deadlines.BREACH_CATEGORIES``).
        urgent: whether imminent misuse was possible (6(a)'s shorter limit).
        notified: when the contractor told CREC, if recorded.
    """

    discovered: datetime
    data: tuple[str, ...]
    urgent: bool = False
    notified: datetime | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "discovered": self.discovered.isoformat(),
            "data": list(self.data),
            "urgent": self.urgent,
            "notified": self.notified.isoformat() if self.notified else None,
        }

    @classmethod
    def of(cls, event: Event) -> Breach:
        """The breach a ``breach`` event records.

        Raises:
            InputError: naming the document and event, if a detail is missing or malformed
                (a register edited by hand, or written by something else).
        """
        where = f"{event.document}: breach event {event.number}"
        details = event.details
        data = details.get("data")
        if not isinstance(data, list) or not all(isinstance(item, str) for item in data):
            raise InputError(f"{where}: data must be a list of breach categories")
        urgent = details.get("urgent", False)
        if not isinstance(urgent, bool):
            raise InputError(f"{where}: urgent must be true or false, not {quoted(urgent)}")
        notified = details.get("notified")
        return cls(
            discovered=_moment(details.get("discovered"), f"{where}: discovered"),
            data=tuple(data),
            urgent=urgent,
            notified=None if notified is None else _moment(notified, f"{where}: notified"),
        )


def _moment(value: object, field: str) -> datetime:
    """An ISO date and time from an event's details; without an offset, Connecticut time (as
    ``--discovered`` reads it), so every breach is placed on Connecticut's calendar."""
    if not isinstance(value, str):
        raise InputError(f"{field}: missing (an ISO date and time)")
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise InputError(f"{field}: not an ISO date and time: {quoted(value)}") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=CONNECTICUT)
