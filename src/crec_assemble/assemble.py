"""Profile + issuer + clause library → :class:`Agreement`. Pure: no files, no clock.

Choosing clauses, numbering sections and filling placeholders happen here,
once, so that the DOCX, the PDF and the manifest all print the same numbers
and words. The build date comes in as an argument; the same inputs always
give the same agreement.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable, Sequence
from datetime import date
from types import SimpleNamespace
from typing import Any

from jinja2 import StrictUndefined, TemplateError
from jinja2.sandbox import SandboxedEnvironment

from .catalogue import check_compliance
from .errors import InputError
from .library import ClauseLibrary
from .markdown import UnsupportedMarkdown, to_blocks
from .model import Agreement, Block, Clause, Issuer, Profile, Run, Section, SignatureParty
from .vocabulary import DELIVERY, label

__all__ = ["assemble", "format_date", "slug"]

_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_MARKDOWN_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")
_BLANK_SIGNER = "_" * 28


def format_date(day: date) -> str:
    """``date(2026, 7, 1)`` → "July 1, 2026", whatever the machine's locale."""
    return f"{_MONTHS[day.month - 1]} {day.day}, {day.year}"


def slug(name: str) -> str:
    """A safe ASCII file name stem: "École Numérique, Inc." → ecole-numerique-inc."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    stem = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:60].strip("-")
    return stem or "contractor-" + hashlib.sha256(name.encode()).hexdigest()[:8]


def assemble(
    profile: Profile,
    issuer: Issuer,
    library: ClauseLibrary,
    *,
    build_date: date,
    draft: bool = False,
) -> Agreement:
    """Assemble the agreement for one contractor.

    Args:
        profile: the validated contractor profile.
        issuer: the board of education issuing the agreement.
        library: the clause library (its outline, clauses and catalogue).
        build_date: the date the agreement is built "as of"; clause versions
            not yet effective on it are not used.
        draft: whether the agreement is marked as a draft.

    Returns:
        The agreement, with ``unmet`` listing every requirement it fails.

    Raises:
        InputError: when a clause has no version in effect or its placeholders fail.
    """
    role = profile.contractor.role
    outline = library.outline
    chosen = {
        part: [c for c in (_in_effect(library, i, build_date) for i in ids) if c.applies(role)]
        for part, ids in (("front", outline.front), ("body", outline.body),
                          ("exhibit", outline.exhibits))
    }  # fmt: skip
    numbers = {clause.id: str(n) for n, clause in enumerate(chosen["body"], start=1)}
    letters = {clause.id: chr(ord("A") + n) for n, clause in enumerate(chosen["exhibit"])}
    every = [clause for part in chosen.values() for clause in part]
    agreement_id = _agreement_id(profile, issuer, every, draft)
    parties = _parties(profile, issuer)
    context = _context(profile, issuer, outline.title, agreement_id, numbers, letters, every)

    sections: list[Section] = []
    for clause in chosen["front"]:
        sections.append(Section(clause, "front", "", _render(clause, context)))
    for clause in chosen["body"]:
        heading = Block("heading", (Run(f"{numbers[clause.id]}.\t{clause.title}"),))
        blocks = (heading, *_render(clause, context))
        if clause is chosen["body"][-1]:
            blocks = (*blocks, _signature_block(parties))
        sections.append(Section(clause, "body", numbers[clause.id], blocks))
    for clause in chosen["exhibit"]:
        heading = Block("exhibit_heading", (Run(f"Exhibit {letters[clause.id]} — {clause.title}"),))
        sections.append(
            Section(clause, "exhibit", letters[clause.id], (heading, *_render(clause, context)))
        )

    requirements = {
        requirement.id: tuple(s.clause.id for s in sections if requirement.id in s.clause.satisfies)
        for requirement in library.requirements
        if requirement.applies(role)
    }
    return Agreement(
        id=agreement_id,
        title=outline.title,
        draft=draft,
        build_date=build_date,
        profile=profile,
        issuer=issuer,
        sections=tuple(sections),
        parties=parties,
        requirements=requirements,
        unmet=check_compliance(library.requirements, sections, role),
    )


def _in_effect(library: ClauseLibrary, clause_id: str, on: date) -> Clause:
    effective = [c for c in library.versions[clause_id] if c.effective <= on]
    if not effective:
        first = library.versions[clause_id][0]
        raise InputError(
            f"{clause_id}: no version in effect on {on.isoformat()} "
            f"(the first, {first.version}, takes effect {first.effective.isoformat()})"
        )
    return effective[-1]


def _agreement_id(profile: Profile, issuer: Issuer, clauses: Sequence[Clause], draft: bool) -> str:
    """A short, stable id: same inputs, same id; any change to them, a new one."""
    digest = hashlib.sha256()
    for part in (profile.sha256, issuer.sha256, *(c.sha256 for c in clauses), str(draft)):
        digest.update(part.encode())
    name = slug(profile.contractor.legal_name).upper()[:24].strip("-")
    return f"DPA-{profile.services.start_date.year}-{name}-{digest.hexdigest()[:6].upper()}"


def _parties(profile: Profile, issuer: Issuer) -> tuple[SignatureParty, SignatureParty]:
    return (
        SignatureParty(
            organisation=issuer.name,
            signer_name=issuer.signatory.name or _BLANK_SIGNER,
            signer_title=issuer.signatory.title,
        ),
        SignatureParty(
            organisation=profile.contractor.legal_name,
            signer_name=profile.contractor.signatory.name,
            signer_title=profile.contractor.signatory.title,
        ),
    )


def _signature_block(parties: tuple[SignatureParty, SignatureParty]) -> Block:
    """The signature table's text, row by row, as the template lays it out.

    The template draws the table from ``parties``; this block carries the same
    words so the manifest and ``verify`` account for them.
    """
    left, right = parties
    rows = (
        (left.organisation, right.organisation),
        ("By: " + "_" * 32,) * 2,
        (f"Name: {left.signer_name}", f"Name: {right.signer_name}"),
        (f"Title: {left.signer_title}", f"Title: {right.signer_title}"),
        ("Date: " + "_" * 22,) * 2,
    )
    return Block("signatures", (Run(" ".join(cell for row in rows for cell in row)),))


def _escape_markdown(value: Any) -> Any:
    """Profile values are data: a ``*`` or ``&copy;`` in a vendor name stays literal.

    Line breaks and indentation are folded into single spaces, so a value
    written over several indented YAML lines cannot become a Markdown list or
    code block inside the clause.
    """
    if not isinstance(value, str):
        return value
    return _MARKDOWN_PUNCTUATION.sub(r"\\\1", " ".join(value.split()))


_ENVIRONMENT = SandboxedEnvironment(
    undefined=StrictUndefined,
    finalize=_escape_markdown,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
    autoescape=False,
)


def _render(clause: Clause, context: dict[str, Any]) -> tuple[Block, ...]:
    try:
        markdown = _ENVIRONMENT.from_string(clause.body).render(context)
    except TemplateError as error:
        raise InputError(f"{clause.ref}: placeholder error: {error}") from None
    try:
        return to_blocks(markdown)
    except UnsupportedMarkdown as error:
        raise InputError(f"{clause.ref}: {error}") from None


def join_labels(labels: Sequence[str]) -> str:
    """["a", "b", "c"] → "a, b and c"; an empty list gives "" (guard it with ``{% if %}``)."""
    items = list(labels)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _section_list(numbers: Sequence[int]) -> str:
    """[4, 5, 6, 7, 9, 12, 13] → "Sections 4 through 7, 9, 12 and 13"."""
    ordered = sorted(set(numbers))
    groups: list[list[int]] = []
    for number in ordered:
        if groups and number == groups[-1][-1] + 1:
            groups[-1].append(number)
        else:
            groups.append([number])
    names: list[str] = []
    for group in groups:
        if len(group) >= 3:
            names.append(f"{group[0]} through {group[-1]}")
        else:
            names.extend(str(number) for number in group)
    return ("Section " if len(ordered) == 1 else "Sections ") + join_labels(names)


def _lookup(table: dict[str, str], what: str) -> Callable[[str], str]:
    def find(clause_id: str) -> str:
        if clause_id not in table:
            raise TemplateError(f"{what}({clause_id!r}) is not part of this agreement")
        return table[clause_id]

    return find


def _context(
    profile: Profile,
    issuer: Issuer,
    title: str,
    agreement_id: str,
    numbers: dict[str, str],
    letters: dict[str, str],
    clauses: Sequence[Clause],
) -> dict[str, Any]:
    """What clause placeholders may name: formatted values, never raw objects."""
    contractor, services, data = profile.contractor, profile.services, profile.data

    def sections_for(*requirement_ids: str) -> str:
        found = [int(numbers[c.id]) for c in clauses
                 if c.id in numbers and set(c.satisfies) & set(requirement_ids)]  # fmt: skip
        if not found:
            raise TemplateError(f"no section satisfies {', '.join(requirement_ids)}")
        return _section_list(found)

    def person(who: Any) -> SimpleNamespace:
        return SimpleNamespace(name=who.name, title=who.title, email=who.email, phone=who.phone)

    return {
        "issuer": SimpleNamespace(
            name=issuer.name,
            short_name=issuer.short_name,
            governing_body=issuer.governing_body,
            policy=issuer.policy,
            address=issuer.address,
            signatory=person(issuer.signatory),
            notices=SimpleNamespace(**vars(issuer.notices)),
        ),
        "contractor": SimpleNamespace(
            legal_name=contractor.legal_name,
            role=contractor.role,
            address=contractor.address,
            signatory=person(contractor.signatory),
            privacy_contact=person(contractor.privacy_contact),
        ),
        "services": SimpleNamespace(
            name=services.name,
            description=services.description,
            delivery=[DELIVERY[key] for key in services.delivery],
            start_date=format_date(services.start_date),
            end_date=format_date(services.end_date),
        ),
        "data": SimpleNamespace(
            student_information=[label(key) for key in data.student_information],
            directory_information=[label(key) for key in data.directory_information],
            student_records=data.student_records,
            student_generated_content=data.student_generated_content,
            content_accounts=data.content_accounts,
        ),
        "subcontractors": [
            SimpleNamespace(
                legal_name=sub.legal_name,
                service=sub.service,
                data=[label(key) for key in sub.data],
                consent_date=format_date(sub.consent_date),
            )
            for sub in profile.subcontractors
        ],
        "agreement": SimpleNamespace(
            title=title, id=agreement_id, effective_date=format_date(services.start_date)
        ),
        "section": _lookup(numbers, "section"),
        "exhibit": _lookup(letters, "exhibit"),
        "sections_for": sections_for,
        "join_labels": join_labels,
    }
