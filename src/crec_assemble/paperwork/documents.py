"""The documents around an agreement: the notice to students and parents, the breach
letter and website posting, and the deletion request and certificate.

Each is assembled like the agreement (clause snippets, the same template, a
manifest) from the contractor's profile, with the agreement it belongs to as
its parent, so it can cite the agreement's sections and id. Dates come from
:mod:`crec_assemble.paperwork.deadlines`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import InputError, quoted
from ..inputs.vocabulary import BREACH_GROUPS
from ..library.breach_limits import breach_limits
from ..library.placeholders import format_date, format_moment
from ..model import FileFormat, ParentRef
from ..pipeline.plan import Loaded, Order, load_inputs, plan
from ..render.manifest import read_manifest_file
from ..resources import default_template
from .deadlines import Obligation, breach_obligations, notice_deadline

if TYPE_CHECKING:  # rendering loads docxtpl and pypdf: only when something is written
    from ..pipeline.produce import Produced

__all__ = [
    "BreachReport",
    "DispositionReport",
    "NoticeReport",
    "PaperworkOptions",
    "breach",
    "deletion_days",
    "disposition",
    "notice",
]

# How the agreement's "deletion-requests" section states Contractor's period (1.0.0: "Within
# thirty (30) calendar days of receiving the request"): the request repeats that figure.
_DELETION_PERIOD = re.compile(r"within [a-z-]+ \((\d+)\) calendar days? of receiving the request")


@dataclass(frozen=True)
class PaperworkOptions:
    """Where and how to write; the defaults are the shipped library, issuer and template."""

    out: Path | None = None
    force: bool = False
    agreement: Path | None = None
    library: Path | None = None
    issuer: Path | None = None
    template: Path | None = None
    build_date: date | None = None


def _documents_json(documents: Sequence[Produced]) -> list[dict[str, Any]]:
    return [document.as_json() for document in documents]


@dataclass(frozen=True)
class NoticeReport:
    """When the notice to parents is due, and the documents written (none without ``out``).

    ``business_days`` is the period the deadline was counted with, from the catalogue.
    """

    executed: date
    deadline: date
    documents: list[Produced]
    business_days: int

    def as_json(self) -> dict[str, Any]:
        return {
            "executed": self.executed.isoformat(),
            "deadline": self.deadline.isoformat(),
            "documents": _documents_json(self.documents),
        }


@dataclass(frozen=True)
class BreachReport:
    """Who must act by when, the letters written, and the breached categories the profile
    does not declare (a sign that the categories or the profile are wrong)."""

    obligations: tuple[Obligation, ...]
    documents: list[Produced]
    undeclared: tuple[str, ...] = ()

    def as_json(self) -> dict[str, Any]:
        return {
            "obligations": [
                {
                    "party": o.party, "action": o.action, "deadline": o.deadline.isoformat(),
                    "paragraph": o.paragraph, "basis": o.basis, "rule": o.rule,
                    "counts": o.counts, "categories": list(o.categories),
                }
                for o in self.obligations
            ],
            "documents": _documents_json(self.documents),
        }  # fmt: skip


@dataclass(frozen=True)
class DispositionReport:
    """The deletion request and the certificate of deletion, as written."""

    documents: list[Produced]

    def as_json(self) -> dict[str, Any]:
        return {"documents": _documents_json(self.documents)}


def _load(profile: Path, options: PaperworkOptions) -> Loaded:
    return load_inputs(
        [profile], library=options.library, issuer=options.issuer, build_date=options.build_date
    )


def _parent(inputs: Loaded, options: PaperworkOptions) -> tuple[ParentRef, Mapping[str, str]]:
    """The agreement the paperwork cites, and the words of its sections by clause id: the
    issued one when given, else as built today.

    Citing the issued agreement (``--agreement FILE``, read through its manifest)
    keeps its id and section numbers even after counsel has released new clauses.

    Raises:
        InputError: when the issued agreement belongs to another contractor.
    """
    ((_, profile),) = inputs.profiles
    if options.agreement is None:
        (planned,) = plan(inputs, [Order(formats=())])
        built = planned.agreement
        words = {s.clause.id: " ".join(b.text for b in s.blocks) for s in built.sections}
        return built.as_parent(), words
    recorded = read_manifest_file(options.agreement)
    contractor = str(recorded.data["agreement"].get("contractor", ""))
    if recorded.data["agreement"].get("kind") not in ("agreement", "addendum"):
        raise InputError(f"{options.agreement}: not an agreement or addendum")
    if contractor != profile.contractor.legal_name:
        raise InputError(
            f"{options.agreement}: issued to {quoted(contractor)}, not to "
            f"{quoted(profile.contractor.legal_name)}"
        )
    cited = ParentRef(
        id=recorded.agreement_id,
        title=recorded.title,
        numbers={section.clause: section.number for section in recorded.sections},
    )
    return cited, {section.clause: section.text for section in recorded.sections}


def deletion_days(words: Mapping[str, str], agreement: str) -> int:
    """The calendar days the agreement gives Contractor to delete Student Data on request.

    Read from the words of its "deletion-requests" section, so the request can never name
    another period than the clause version the agreement was built with.

    Raises:
        InputError: when the agreement has no such section, or it states no period in the
            clause's words.
    """
    found = _DELETION_PERIOD.search(" ".join(words.get("deletion-requests", "").split()).lower())
    if found is None:
        raise InputError(
            f"{agreement}: its deletion-requests section states no period for deletion "
            '("within ... calendar days of receiving the request")'
        )
    return int(found.group(1))


def _write(
    inputs: Loaded,
    options: PaperworkOptions,
    kinds: Sequence[tuple[str, tuple[FileFormat, ...]]],
    facts: dict[str, Any],
    suffix: str,
    parent: ParentRef | None = None,
) -> list[Produced]:
    """Assemble each kind of document for the profile and, with ``options.out``, write them.

    ``suffix`` (a date) keeps a second notice or breach for the same contractor
    from colliding with the first; ``parent`` is the agreement they cite, when the
    caller has already read it.
    """
    if options.out is None:
        return []
    from ..pipeline.produce import produce
    from ..render.docx import read_template

    template = read_template(options.template or default_template())
    parent = parent or _parent(inputs, options)[0]
    orders = [
        Order(formats, kind, label=f"{kind}-{suffix}", parent=parent, facts=facts)
        for kind, formats in kinds
    ]
    return produce(plan(inputs, orders), out=options.out, force=options.force, template=template)


def notice(profile: Path, executed: date, options: PaperworkOptions) -> NoticeReport:
    """The electronic notice to students and parents after a contract is executed.

    The regulation's "Notices" section: within five business days of execution (as
    the library's catalogue records the period), stating that and when the contract
    was executed, what it is for, and what student data may be collected; also
    posted on the website. Written as an HTML page, a plain-text e-mail body and a DOCX.
    """
    inputs = _load(profile, options)
    period = inputs.library.notices.after_execution
    deadline = notice_deadline(executed, period)
    facts = {"notice": {"executed": format_date(executed), "deadline": format_date(deadline)}}
    documents = _write(
        inputs,
        options,
        [("parent-notice", ("html", "txt", "docx"))],
        facts,
        executed.isoformat(),
    )
    return NoticeReport(executed, deadline, documents, period.business_days)


def breach(
    profile: Path,
    discovered: datetime,
    categories: Sequence[str],
    options: PaperworkOptions,
    *,
    urgent: bool = False,
    notified: datetime | None = None,
) -> BreachReport:
    """Who must act, by when, after a breach; with ``options.out``, the letter and posting."""
    inputs = _load(profile, options)
    ((_, loaded),) = inputs.profiles
    obligations = breach_obligations(
        discovered, categories, limits=breach_limits(inputs.library.requirements),
        issuer_period=inputs.library.notices.after_breach_notice,
        operator=loaded.contractor.role == "operator", urgent=urgent,
        issuer=inputs.issuer.short_name, notified=notified,
    )  # fmt: skip
    facts = {
        "breach": {
            "discovered": format_moment(discovered),
            "notified": format_moment(notified) if notified else "",
            "categories": [label for key, label in BREACH_GROUPS.items() if key in categories],
            "urgent": urgent,
            "obligations": [
                {
                    "party": o.party,
                    "action": o.action,
                    "deadline": format_moment(o.deadline),
                    "paragraph": o.paragraph,
                    "basis": o.basis,
                    "rule": o.rule,
                }
                for o in obligations
            ],
        }
    }
    formats: tuple[FileFormat, ...] = ("docx", "html")
    documents = _write(
        inputs,
        options,
        [("breach-letter", formats), ("breach-posting", formats)],
        facts,
        discovered.date().isoformat(),
    )
    declared = {
        "student_information": bool(loaded.data.student_information),
        "directory_information": bool(loaded.data.directory_information),
        "student_records": loaded.data.student_records,
        "student_generated_content": loaded.data.student_generated_content,
    }
    undeclared = tuple(key for key in BREACH_GROUPS if key in categories and not declared[key])
    return BreachReport(obligations, documents, undeclared)


def disposition(profile: Path, options: PaperworkOptions) -> DispositionReport:
    """The deletion request (provision 2) and the certificate of deletion (provision 7)."""
    inputs = _load(profile, options)
    if options.out is None:  # nothing to write, so no agreement to read the period from
        return DispositionReport([])
    day = inputs.build_date
    parent, words = _parent(inputs, options)
    days = deletion_days(words, parent.id)
    facts = {
        "disposition": {
            "date": format_date(day),
            "reply_by": format_date(day + timedelta(days=days)),
            "days": days,
        }
    }
    formats: tuple[FileFormat, ...] = ("docx", "pdf")
    documents = _write(
        inputs,
        options,
        [("deletion-request", formats), ("deletion-certificate", formats)],
        facts,
        day.isoformat(),
        parent,
    )
    return DispositionReport(documents)
