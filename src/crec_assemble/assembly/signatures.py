"""The signature table: each signatory's lines, and where on the table they go.

The Word template draws one table of two columns and five rows (organisation, By,
Name, Title, Date). The first signatory signs in the left column, the second in the
right; a third (CREC, consenting to a flow-down) signs under the first, in the left
column's last cell, and a fourth would sign under the second. The template stays as
it was, so every document issued with it still rebuilds byte for byte; it keeps the
table on one page, where the PDF's signature fields, found top to bottom and left to
right, come in the signatories' order. The DOCX renderer and the manifest's text of
the table both read the layout from :func:`signature_rows`, so the words ``verify``
looks for are in the order a reader finds them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from ..errors import InputError
from ..inputs.anchors import ANCHOR_LIKE
from ..model import (
    Block,
    ESign,
    Issuer,
    Person,
    Profile,
    Run,
    Section,
    SignatureParty,
    Subcontractor,
)

__all__ = [
    "BLANK",
    "ESIGN_ANCHORS",
    "Cell",
    "check_anchors",
    "signature_block",
    "signature_party",
    "signature_rows",
]

# A line to fill in by hand, where the profile gives no name.
BLANK = "_" * 28

# Invisible strings e-signature services look for to place their fields, per signer
# (1, 2, 3 in the signatories' order): DocuSign anchor tabs and Acrobat Sign text tags.
ESIGN_ANCHORS: Mapping[str, Mapping[str, str]] = {
    "docusign": {"by": "\\s{n}\\", "name": "\\n{n}\\", "title": "\\t{n}\\", "date": "\\d{n}\\"},
    "adobe": {
        "by": "{{{{Sig_es_:signer{n}:signature}}}}",
        "name": "{{{{N_es_:signer{n}:fullname}}}}",
        "title": "{{{{Ttl_es_:signer{n}:title}}}}",
        "date": "{{{{Dte_es_:signer{n}:date}}}}",
    },
}

Cell = tuple[tuple[Run, ...], ...]
"""One cell of the signature table: its paragraphs, each a line of runs (``()`` is blank)."""

# Under a signatory already in the column: a blank line, the organisation, then as much
# room to sign as the template leaves above the first row's "By:" (24 pt: two lines).
_SPACE_ABOVE, _ROOM_TO_SIGN = 1, 2


def signature_party(
    who: str,
    number: int,
    profile: Profile,
    issuer: Issuer,
    subcontractor: Subcontractor | None,
    esign: ESign | None,
) -> SignatureParty:
    """A signatory's lines; names the profile does not give are left blank to fill in by hand.

    ``number`` is the signer's place in the order of signing, which the e-signature
    anchors carry (``\\s3\\`` is the third signer's signature line).
    """
    person: Person
    if who == "issuer":
        person, organisation = issuer.signatory, issuer.name
    elif who == "subcontractor" and subcontractor is not None:
        person, organisation = subcontractor.signatory, subcontractor.legal_name
    else:
        person, organisation = profile.contractor.signatory, profile.contractor.legal_name
    name, title = person.name or BLANK, person.title or BLANK
    anchors = ESIGN_ANCHORS[esign] if esign else {}

    def line(key: str, text: str) -> tuple[Run, ...]:
        anchor = anchors.get(key, "").format(n=number)
        return (Run(text), Run(" " + anchor, hidden=True)) if anchor else (Run(text),)

    return SignatureParty(
        role=who,
        organisation=organisation,
        signer_name=name,
        signer_title=title,
        cells=(
            (Run(organisation, bold=True),),
            line("by", "By: " + "_" * 32),
            line("name", f"Name: {name}"),
            line("title", f"Title: {title}"),
            line("date", "Date: " + "_" * 22),
        ),
    )


def signature_rows(parties: Sequence[SignatureParty]) -> tuple[tuple[Cell, Cell], ...]:
    """The table's five rows of (left, right) cells, as the template lays them out.

    Signatory ``n`` (from 0) signs in column ``n % 2``; the first two fill the rows
    line for line, and each later one is stacked, whole, in its column's last cell.
    A column no one signs is empty cells.
    """
    columns: list[list[list[tuple[Run, ...]]]] = [[[] for _ in range(5)] for _ in range(2)]
    for index, party in enumerate(parties):
        column = columns[index % 2]
        if index < 2:
            for cell, line in zip(column, party.cells, strict=True):
                cell.append(line)
            continue
        organisation, *lines = party.cells
        column[-1].extend(((),) * _SPACE_ABOVE + (organisation,) + ((),) * _ROOM_TO_SIGN)
        column[-1].extend(lines)
    left, right = ([tuple(cell) for cell in column] for column in columns)
    return tuple(zip(left, right, strict=True))


def signature_block(parties: Sequence[SignatureParty]) -> Block:
    """The signature table's words, row by row and cell by cell, as a reader meets them.

    The template draws the table from :func:`signature_rows`; this block carries the
    same words so the manifest and ``verify`` account for them.
    """
    words = [
        "".join(run.text for run in line)
        for row in signature_rows(parties)
        for cell in row
        for line in cell
        if line
    ]
    return Block("signatures", (Run(" ".join(words)),))


def check_anchors(sections: Sequence[Section], parties: Sequence[SignatureParty]) -> None:
    """Check that the document carries exactly the e-signature anchors the tool wrote.

    Profile and issuer fields holding anchor text are refused when they are read
    (:mod:`crec_assemble.inputs.anchors`); this catches anchor text made any other
    way, by a clause's own words or by values printed side by side.

    Raises:
        InputError: naming the clause (or the signature table) and the anchor text.
    """
    wrote = Counter(
        anchor
        for party in parties
        for line in party.cells
        for run in line
        if run.hidden
        for anchor in ANCHOR_LIKE.findall(run.text)
    )
    for section in sections:
        for block in section.blocks:
            found = Counter(ANCHOR_LIKE.findall(block.text))
            where = section.clause.ref
            if block.kind == "signatures":
                found, where = found - wrote, "the signature table"
            if found:
                stray = next(iter(found))
                raise InputError(
                    f'{where}: prints "{stray}", which e-signature services read as a place '
                    "for a field; a document carries only the anchors --esign puts there"
                )
