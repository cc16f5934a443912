"""``audit``: what a vendor's own contract says, and fails to say, against Regulation 3520.13-R.

Vendors often send their own data-privacy terms instead of signing ours. For every
requirement of the catalogue that applies to the contractor's role, the audit answers
*present*, *weak* (there, but short of the regulation: "promptly" where five days are
required, another state's law, security without the HITECH standards, deletion "upon
request" with no procedure) or *missing*, with the sentence that decided it and where it
is. The rules that decide are in :mod:`crec_assemble.audit.rules`, one per requirement.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ..model import Requirement, Role
from ..render.untrusted import check_time, time_bound
from .background import definitions_run_on, recitals
from .breach_blanks import blanks_elsewhere
from .carve_backs import taken_back
from .carved_out import (
    captured_class_left_out,
    classes_left_out,
    left_out_and_used_freely,
    left_out_for_advertising,
)
from .claimed_work import students_work_owned, what_students_make_owned
from .defined_terms import (
    carved_out_of_advertising,
    carves_out_of_advertising,
    concept_names,
    confirmed_events,
    in_concepts,
)
from .durations import defined_periods, has_placeholder, with_defined_periods
from .lazy_pattern import LazyPattern
from .parties import as_read, party_names
from .reader import Sentence, in_sections, read_document, top_section
from .rules import Status, Verdict, rule_for
from .sentences import Reading, classify, operative
from .students_as_you import read_as_the_students, students_called_you

__all__ = [
    "AuditFinding",
    "AuditedFile",
    "Status",
    "audit_document",
    "audit_file",
    "audit_sentences",
]


@dataclass(frozen=True)
class AuditFinding:
    """One requirement: present, weak or missing, with the deciding sentence and why."""

    requirement: Requirement
    status: Status
    sentence: Sentence | None
    why: str

    def as_json(self) -> dict[str, Any]:
        return {
            "requirement": self.requirement.id,
            "paragraph": self.requirement.paragraph,
            "summary": self.requirement.summary,
            "void_if_missing": self.requirement.validity,
            "status": self.status,
            "passage": self.sentence.text if self.sentence else None,
            "location": self.sentence.location if self.sentence else None,
            "why": self.why,
        }


def audit_sentences(
    sentences: Sequence[Sentence], requirements: Sequence[Requirement], role: Role
) -> list[AuditFinding]:
    """Every requirement that applies to ``role``, judged against the sentences.

    The rules read only the sentences that bind the vendor (:mod:`.sentences`): a definition,
    recital, heading, reference to another document or a duty of the school never makes a
    requirement present. The requirements are the catalogue's: the deadline rules read
    their numbers from them.

    Raises:
        LookupError: if a requirement has no rule (a bug; a test guards against it).
    """
    sentences = in_sections(sentences)
    names, schools = party_names(sentences)
    # "notify … no later than the Notification Deadline" sets its period by a definition,
    # which the rules never read: the definition's period is written after the term.
    defined = defined_periods(s.text for s in sentences)
    # "shall run no Interest-Based Ads": a defined term read as the concept it names.
    concepts = concept_names(s.text for s in sentences)
    # "Security Incident" defined as a confirmed breach: read as confirmed wherever it is used
    concepts = {**confirmed_events(s.text for s in sentences), **concepts}
    # … as the rules read the term, a party's name in it written for the party ("Host
    # Materials" read "School Materials")
    concepts |= {as_read(term, names, schools): meant for term, meant in concepts.items()}
    # "Targeted Advertising does not include Featured results ranked from …": the ban on it
    # carries the exception
    carved = carved_out_of_advertising(s.text for s in sentences)
    carved = {t: v.replace(t, concepts.get(t, t), 1) for t, v in carved.items()}
    readings = [classify(s, names, schools) for s in sentences]
    background = recitals(sentences) | definitions_run_on(readings)
    read = [
        (s, replace(r.sentence, text=_expanded(r.sentence.text, defined, concepts, carved),
                    after_school=_schools_duty_before(at, readings)))
        for at, (s, r) in enumerate(zip(sentences, readings, strict=True))
        if at not in background and r.binds_vendor
    ]  # fmt: skip
    # A Connecticut section "wins where it differs" from the general terms before it: the
    # rules, which take the first promise they find, read it first.
    read.sort(key=lambda pair: not pair[0].connecticut)
    obligations = [reading for _, reading in read]
    # The rules read the contractor's own names as "Contractor"; the report quotes the
    # vendor's words as written.
    as_written = {reading: operative(s) for s, reading in read}
    # Terms that call the student "you": "You own Your Content" is the students' ownership, as
    # the rule of provision 11 alone reads it.
    students_work = obligations
    if students_called_you(s.text for s in sentences):
        students_work = [replace(s, text=read_as_the_students(s.text)) for s in obligations]
        as_written |= {
            mine: as_written[s] for mine, s in zip(students_work, obligations, strict=True)
        }
    left_out = captured_class_left_out(s.text for s in sentences)
    # (the vendor's own names in any case, as a sentence may open with them: "The Artist owns …")
    named = [as_read(s.text, names, schools, any_case=True) for s in sentences]
    owned = students_work_owned(named)
    made_owned = what_students_make_owned(named)
    advertised = left_out_for_advertising(s.text for s in sentences)
    # (any class left out, or the students' records, that the vendor may use freely)
    free_to_use = [*classes_left_out(s.text for s in sentences), *([left_out] if left_out else [])]
    used_freely = left_out_and_used_freely((s.text for s in obligations), free_to_use)
    findings = []
    for requirement in requirements:
        if not requirement.applies(role):
            continue
        check_time()
        rule = rule_for(requirement.id)
        judged = students_work if rule.of_students_work else obligations
        verdict = _blanks_are_weak(rule.judge(judged, requirement), requirement.id)
        quoted = as_written.get(verdict.sentence) if verdict.sentence else None
        verdict = _unless_taken_back(verdict, quoted, sentences)
        if rule.over_all_the_data and left_out is not None:
            why = f"the paper leaves {left_out} out of the data it promises over"
            verdict = _unless_part_kept_out(verdict, quoted, left_out, why)
        # (what the students make, for their own ownership of it: not the vendor's recordings
        # of them, which no student made)
        claimed = made_owned if rule.of_students_work else owned
        if rule.of_ownership and claimed is not None:
            why = f"the vendor owns {claimed}, which takes in the students' recordings or work"
            verdict = _unless_part_kept_out(verdict, quoted, claimed, why)
        if rule.of_use and used_freely is not None:
            why = f"the paper leaves {used_freely} out of the data it promises over and lets the "
            why += "vendor use it freely"
            verdict = _unless_part_kept_out(verdict, quoted, used_freely, why)
        if rule.of_advertising and advertised is not None:
            why = f"the paper leaves {advertised} out of the student data and uses it to choose ads"
            verdict = _unless_part_kept_out(verdict, quoted, advertised, why)
        findings.append(AuditFinding(requirement, verdict.status, quoted, verdict.why))
    return findings


_LOOK_BACK = 2
"""How many sentences before a vendor's, in its paragraph, may hold the school's duty it
answers: the duty, then the vendor's part ("… and request the correction of erroneous
information. Upon the LEA's written request, the Provider shall …")."""


_REFERS_BACK = LazyPattern(
    r"\b(?:those|such|these|the same)\s+(?:procedures?|requests?|process)\b", re.IGNORECASE
)


def _schools_duty_before(at: int, readings: Sequence[Reading]) -> str:
    """The school's duty nearest before sentence ``at`` in its paragraph, or in the clause
    just before when the paragraph points back to "those procedures", as read; "" if none.
    The rules read only the vendor's sentences, so a vendor's part in a procedure the school
    sets up is read with the school's sentence that sets it up."""
    paragraph = readings[at].sentence.paragraph
    # "5.1 The District will establish … procedures …" then "5.2 Contractor will support those
    # procedures.": a numbered clause of its own that answers the one just before it
    start = at
    while start > 0 and readings[start - 1].sentence.paragraph == paragraph:
        start -= 1
    answers = any(
        _REFERS_BACK.search(r.sentence.text) for r in readings[start : at + 1]
    ) or _next_clause(readings, start)
    for before in reversed(readings[max(0, at - _LOOK_BACK) : at]):
        if before.sentence.paragraph != paragraph and not (
            answers and before is readings[start - 1]
        ):
            return ""
        if before.kind == "school":
            return before.sentence.text
    return ""


def _next_clause(readings: Sequence[Reading], start: int) -> bool:
    """Whether the paragraph opening at ``start`` is the numbered clause after the one just
    before it in the same section ("6.1 The Subscriber is responsible for establishing
    procedures …" then "6.2 At the Subscriber's written request, Quillwork will provide …"),
    so that it answers the duty that clause sets."""
    if start == 0:
        return False
    before, this = readings[start - 1].sentence.section, readings[start].sentence.section
    return (
        "." in before
        and "." in this
        and before != this
        and top_section(before) == top_section(this)
    )


def _expanded(
    text: str, periods: dict[str, str], concepts: dict[str, str], carved: dict[str, str]
) -> str:
    """A vendor sentence as the rules read it: its defined periods spelt out, its defined
    names read as the regulation's concepts, and an advertising term the paper carves some
    messages out of read with that exception (not in the sentence that carves them)."""
    if not carves_out_of_advertising(text):
        concepts = {**concepts, **carved}
    return in_concepts(with_defined_periods(text, periods), concepts)


def _unless_taken_back(
    verdict: Verdict, quoted: Sentence | None, sentences: Sequence[Sentence]
) -> Verdict:
    """A present promise that another numbered section, or its own, takes back is weak
    (:mod:`.carve_backs`)."""
    if verdict.status != "present" or quoted is None:
        return verdict
    back = taken_back(quoted, sentences)
    if back is None:
        return verdict
    return Verdict("weak", verdict.sentence, f"{verdict.why}, but the paper takes it "
                                             f"back: {back.text}")  # fmt: skip


def _unless_part_kept_out(
    verdict: Verdict, quoted: Sentence | None, part: str, why: str
) -> Verdict:
    """A present promise over the students' data is weak when the paper keeps ``part`` of
    that data out of it (left out of the term it defines, or left out and used to choose ads,
    :mod:`.carved_out`; or claimed as the vendor's own under another name, :mod:`.claimed_work`;
    ``why`` says how) and the promise does not name that part again."""
    if verdict.status != "present" or quoted is None:
        return verdict
    if part.casefold() in quoted.text.casefold():
        return verdict
    return Verdict("weak", verdict.sentence, f"{verdict.why}, but {why}")


def _blanks_are_weak(verdict: Verdict, requirement: str) -> Verdict:
    """A promise with a blank left in it ("within [Number, e.g., 60] days", "[INSERT
    PROCEDURES]") is a template, not a promise: never present. A breach notice's blank in a
    clause for another kind of breach or another recipient leaves this one's period whole:
    "(a) … notify the School within [__] days …; (b) … notify the affected students … no later
    than five (5) days" is 6(c) met."""
    if verdict.status != "present" or verdict.sentence is None:
        return verdict
    text = verdict.sentence.text
    if not has_placeholder(text) or blanks_elsewhere(requirement, text):
        return verdict
    return Verdict("weak", verdict.sentence, f"{verdict.why}, but leaves a blank to fill")


@dataclass(frozen=True)
class AuditedFile:
    """Every finding for one file, and the reader's notes on what it left out."""

    findings: tuple[AuditFinding, ...]
    notes: tuple[str, ...] = ()


def audit_document(path: Path, role: Role, requirements: Sequence[Requirement]) -> AuditedFile:
    """Read a contract (PDF, DOCX, HTML, Markdown or text) and judge every requirement.

    Raises:
        InputError: when the file cannot be read, is of no kind audit reads, is over a
            limit, or takes longer than ``SECONDS_PER_DOCUMENT``
            (:mod:`crec_assemble.render.untrusted`).
    """
    with time_bound(path):
        reading = read_document(path)
        findings = audit_sentences(reading.sentences, requirements, role)
    return AuditedFile(tuple(findings), reading.notes)


def audit_file(path: Path, role: Role, requirements: Sequence[Requirement]) -> list[AuditFinding]:
    """:func:`audit_document`'s findings alone.

    Raises:
        InputError: as :func:`audit_document`.
    """
    return list(audit_document(path, role, requirements).findings)
