"""The section a promise's own exception points to: "Except as permitted by Section 5.5,
Tillpoint shall not disclose Student Data to any third party except: (a) …", or a sentence
beside it takes out of it: "Transfers described in Section 13.3 are not a sale".

The promise is only as whole as that section leaves it. A disclosure limit whose excepted
section lets the data pass to a merger's successor without binding the successor to these
terms lets in a case the statute does not (15(e), and 15(d)'s own condition on a sale): the
limit is weak, whatever its own list of cases says.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lazy_pattern import LazyPattern
from ..lexicon import NO_ONE, lowered, negated
from ..reader import Sentence, of_section

__all__ = ["AS_THE_AGREEMENT_PERMITS", "excepted_sections", "unbound_successor", "wider_grant"]

# The sections named: "Section 5.5", "Sections 4.2 and 4.3".
_SECTIONS = (
    r"(?:sections?|paragraphs?|clauses?)\s+(\d+(?:\.\d+)*(?:\s*(?:,|and|or)\s*\d+(?:\.\d+)*)*)"
)
# "Except as permitted by Section 5.5, …", "Other than as provided in Sections 4.2 and 4.3, …"
_EXCEPT_AS = LazyPattern(
    r"^\W*(?:[\d.]+\s+)?(?:except|other than|save)\s+as\s+(?:otherwise\s+)?(?:permitted|provided|"
    rf"allowed|set (?:out|forth)|described)\s+(?:by|in|under)\s+{_SECTIONS}",
    re.IGNORECASE,
)
# A merger's successor given the data ("may assign this Agreement, and transfer Student Data,
# to a successor"; not "any successor statute"), and not bound to keep these terms.
_TO_A_SUCCESSOR = LazyPattern(
    r"\b(?:transfer\w*|assign\w*|disclos\w*|provid\w*)\b[^.;]{0,80}\bsuccessors?\b"
    r"(?!\s+(?:statutes?|laws?|regulations?|provisions?)\b)"
)
_ASSIGNS_THE_AGREEMENT = LazyPattern(r"\bassign\w*\s+(?:this|the)\s+(?:agreement|contract)\b")
_AFFILIATE = LazyPattern(r"\baffiliates?\b")
_BOUND = LazyPattern(
    r"\b(?:bound|bind\w*|subject to|same terms|assum\w*|agrees? to|continu\w* to be|comply|"
    r"complies)\b"
)


# The same exception in a sentence of the promise's paragraph: "Provider will not sell …
# Student Data to third parties. Transfers described in Section 13.3 are not a sale."
_NOT_COUNTED = LazyPattern(
    r"\b(?:transfers?|disclosures?|assignments?)\s+(?:described|set (?:out|forth)|permitted|"
    rf"provided for)\s+(?:in|by|under)\s+{_SECTIONS}\s+(?:(?:are|is)\s+not\s+(?:a\s+)?"
    r"(?:sales?|disclosures?)|(?:do|does|shall|will)\s+not\s+(?:be\s+)?(?:count|constitute\s+"
    r"(?:a\s+)?(?:sales?|disclosures?))\b)",
    re.IGNORECASE,
)


def excepted_sections(promise: Sentence, sentences: Sequence[Sentence]) -> list[Sentence]:
    """The sentences of the sections ``promise``'s own opening exception names, or a sentence
    beside it that takes out of it, or none."""
    opening = _EXCEPT_AS.match(promise.text) or next(
        (
            found
            for s in sentences
            if s.paragraph == promise.paragraph
            and (found := _NOT_COUNTED.search(s.text)) is not None
        ),
        None,
    )
    if opening is None:
        return []
    numbers = re.findall(r"\d+(?:\.\d+)*", opening.group(1))
    return [
        s
        for number in numbers
        for s in of_section(sentences, number)
        if s is not promise and not s.heading
    ]


def unbound_successor(promise: Sentence, sentences: Sequence[Sentence]) -> Sentence | None:
    """The sentence of the excepted section that lets a successor have the data without
    binding it to these terms, or None."""
    return next(
        (
            s
            for s in excepted_sections(promise, sentences)
            if (found := _TO_A_SUCCESSOR.search(low := lowered(s)))
            and not _BOUND.search(low)
            # (the Agreement itself assigned binds its assignee, unless an affiliate may take
            # the data too: "may assign this Agreement, and transfer Student Data, to an
            # affiliate or to a successor")
            and (not _ASSIGNS_THE_AGREEMENT.search(low) or _AFFILIATE.search(low))
            and not negated(low, re.escape(found.group(0).split()[0]))
        ),
        None,
    )


# "will not redisclose those records except as this Agreement permits": the cases are the
# contract's other limit's.
AS_THE_AGREEMENT_PERMITS = LazyPattern(
    r"\b(?:except|other than|save)\s+as\s+(?:(?:otherwise\s+)?(?:permitted|provided|allowed|"
    r"authori[sz]ed)\s+(?:by|in|under)\s+)?(?:this|the)\s+(?:agreement|addendum|dpa|contract|"
    r"terms)(?:\s+(?:permits|provides|allows|authori[sz]es))?\b"
)


# "Harborline may disclose Student Data to its Affiliates", in a rider after the six cases
_MAY_SHARE_WIDER = LazyPattern(
    r"\bmay\s+(?:also\s+)?(?:disclose|share|transfer|provide)\b[^.;]{0,60}\b(?:to|with)\s+(?:its|our|"
    r"their)\s+(?:affiliates|partners|corporate family)\b"
)


def wider_grant(sentences: Sequence[Sentence], read: set[int]) -> Sentence | None:
    """A grant outside the limit's own list that shares the data (not data that identify no
    one) with the vendor's affiliates or partners, whatever for: wider than the six cases."""
    return next(
        (
            s
            for s in sentences
            if id(s) not in read
            and _MAY_SHARE_WIDER.search(lowered(s))
            and not re.search(rf"\bonly\b|\bbound\b|\bsubject to\b|{NO_ONE}", lowered(s))
        ),
        None,
    )
