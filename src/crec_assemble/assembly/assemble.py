"""Profile + issuer + clause library → :class:`Agreement`. Pure: no files, no clock.

Choosing clauses, numbering sections and filling placeholders happen here,
once, so that the DOCX, the PDF and the manifest all print the same numbers
and words. The build date comes in as an argument; the same inputs always
give the same document. Every kind of document goes through the same steps:
the agreement, an addendum, a flow-down, a notice or a letter differ only in
their outline (``clauses/outline.yaml``) and the facts they are given.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from typing import Any

from ..inputs.vocabulary import DIRECTORY_INFORMATION, STUDENT_INFORMATION, label
from ..library.clauses import ClauseLibrary
from ..library.placeholders import (
    DocumentInfo,
    Numbering,
    build_context,
    format_date,
    render_clause,
)
from ..model import (
    Agreement,
    Block,
    Clause,
    Contractor,
    DataSchedule,
    Edition,
    ESign,
    Issuer,
    ParentRef,
    Profile,
    Run,
    Section,
    Subcontractor,
)
from .gate import check_compliance
from .naming import document_id_for
from .signatures import BLANK, check_anchors, signature_block, signature_party

__all__ = ["assemble", "format_date"]


def assemble(
    profile: Profile,
    issuer: Issuer,
    library: ClauseLibrary,
    *,
    build_date: date,
    draft: bool = False,
    kind: str = "agreement",
    parent: ParentRef | None = None,
    subcontractor: Subcontractor | None = None,
    facts: Mapping[str, Any] | None = None,
    esign: ESign | None = None,
    edition: Edition | None = None,
) -> Agreement:
    """Assemble one document for one contractor.

    Args:
        profile: the validated contractor profile.
        issuer: the board of education issuing the agreement.
        library: the clause library (its outlines, clauses and catalogue).
        build_date: the date the document is built "as of", printed in it and
            choosing the edition in effect when ``edition`` is not given.
        draft: whether the document is marked as a draft.
        kind: which outline to follow (``agreement``, ``addendum``, ``flowdown``…).
        parent: the agreement a flow-down or letter belongs to; a flow-down
            uses exactly its clause versions and may cite its sections.
        subcontractor: for a flow-down, the subcontractor it binds.
        facts: per-document values for placeholders (JSON-ready: strings,
            numbers, lists, dicts), recorded in the manifest.
        esign: ``docusign`` or ``adobe`` to put that service's invisible
            anchors on every signature, name, title and date line.
        edition: the released edition whose clause versions to use; a clause
            it does not name is left out.

    Returns:
        The document, with ``unmet`` listing every requirement it fails.

    Raises:
        InputError: when no edition is in effect or a clause's placeholders fail.
    """
    outline = library.outline(kind)
    edition = edition or library.edition(None, build_date)
    role = profile.contractor.role
    facts = dict(facts or {})
    bound = profile
    if subcontractor is not None:
        bound = _subcontractor_view(profile, subcontractor)
        facts["subcontractor"] = {
            "legal_name": subcontractor.legal_name,
            "service": subcontractor.service,
            "consent_date": format_date(subcontractor.consent_date),
            "data": [label(key) for key in subcontractor.data],
        }
        facts["prime"] = {
            "legal_name": profile.contractor.legal_name,
            "address": profile.contractor.address,
            "services": profile.services.name,
        }
    chosen = {
        part: [
            clause
            for clause in (_version(library, clause_id, edition, parent) for clause_id in ids)
            if clause is not None and clause.applies(role)
        ]
        for part, ids in (("front", outline.front), ("body", outline.body),
                          ("exhibit", outline.exhibits))
    }  # fmt: skip
    every = [clause for part in chosen.values() for clause in part]
    numbering = Numbering(
        sections={c.id: str(n) for n, c in enumerate(chosen["body"], 1)}
        if outline.numbered
        else {},
        exhibits={c.id: chr(ord("A") + n) for n, c in enumerate(chosen["exhibit"])},
        clauses=every,
        parent=parent.numbers if parent else {},
    )
    document_id = document_id_for(outline, bound, issuer, every, draft, facts, parent, esign)
    document = DocumentInfo(
        title=outline.title,
        id=document_id,
        kind=kind,
        effective_date=format_date(profile.services.start_date),
        parent_id=parent.id if parent else "",
        parent_title=parent.title if parent else "",
        date=format_date(build_date),
    )
    context = build_context(bound, issuer, document, numbering, facts)
    included = {clause.id for clause in every}  # who signs may depend on what it says
    signers = [signer.party for signer in outline.signatories if signer.signs(included)]
    parties = tuple(  # a draft is not for signing: no e-signature anchors
        signature_party(who, number, profile, issuer, subcontractor, None if draft else esign)
        for number, who in enumerate(signers, 1)
    )

    def render(clause: Clause) -> tuple[Block, ...]:
        roles = outline.roles if clause.id in outline.flowed else None
        return render_clause(clause, context, roles)

    sections = [Section(clause, "front", "", render(clause)) for clause in chosen["front"]]
    for clause in chosen["body"]:
        number = numbering.sections.get(clause.id, "")
        heading = (Block("heading", (Run(f"{number}.\t{clause.title}"),)),) if number else ()
        blocks = (*heading, *render(clause))
        if parties and clause is chosen["body"][-1]:
            blocks = (*blocks, signature_block(parties))
        sections.append(Section(clause, "body", number, blocks))
    for clause in chosen["exhibit"]:
        letter = numbering.exhibits[clause.id]
        title = Block("exhibit_heading", (Run(f"Exhibit {letter} — {clause.title}"),))
        sections.append(Section(clause, "exhibit", letter, (title, *render(clause))))

    check_anchors(sections, parties)
    gated = [
        r for r in library.requirements
        if outline.requirements is None or r.id in outline.requirements
    ]  # fmt: skip
    return Agreement(
        id=document_id,
        title=outline.title,
        draft=draft,
        build_date=build_date,
        profile=profile,
        issuer=issuer,
        sections=tuple(sections),
        parties=parties,
        requirements={
            r.id: tuple(s.clause.id for s in sections if r.id in s.clause.satisfies)
            for r in gated
            if r.applies(role)
        },
        unmet=check_compliance(gated, sections, role, outline.roles),
        kind=kind,
        parent=parent,
        facts=facts,
        edition=edition.name,
        esign=esign,
    )


def _version(
    library: ClauseLibrary, clause_id: str, edition: Edition, parent: ParentRef | None
) -> Clause | None:
    """The parent's version of a clause if it has one, else the edition's (None: not in it)."""
    if parent is not None and clause_id in parent.clauses:
        return parent.clauses[clause_id]
    version = edition.versions.get(clause_id)
    return library.get(f"{clause_id}@{version}") if version else None


def _subcontractor_view(profile: Profile, sub: Subcontractor) -> Profile:
    """The profile as a flow-down sees it: the subcontractor in the contractor's place,
    receiving only its own categories of student data."""
    keys = set(sub.data)
    return replace(
        profile,
        contractor=Contractor(
            legal_name=sub.legal_name,
            role=profile.contractor.role,
            address=sub.address or BLANK,
            signatory=sub.signatory,
            privacy_contact=replace(
                sub.privacy_contact,
                name=sub.privacy_contact.name or BLANK,
                email=sub.privacy_contact.email or BLANK,
            ),
        ),
        data=DataSchedule(
            student_information=tuple(k for k in STUDENT_INFORMATION if k in keys),
            directory_information=tuple(k for k in DIRECTORY_INFORMATION if k in keys),
            student_records="student_records" in keys,
            student_generated_content="student_generated_content" in keys,
            # Accounts the contractor keeps for students may be hosted by the subcontractor.
            content_accounts=profile.data.content_accounts and "student_generated_content" in keys,
        ),
        subcontractors=(),
    )
