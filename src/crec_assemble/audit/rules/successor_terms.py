"""A merger's successor and the terms that bind it: 15(d) allows a sale in a merger only where
the successor stays subject to the same terms, and 15(e) no disclosure beyond its six cases.

Two draftings let the data pass unbound: a limit whose own exception names a section that
does (:func:`.excepted_sections.unbound_successor`), and a term that lifts the limit's section
for a merger ("Neither this Section 6.2 nor Section 6.3 applies to a transfer of School Data
as part of a merger, …, in which case … the acquirer's privacy policy will then apply to it").
:mod:`.sale` and :mod:`.disclosure` read both here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lazy_pattern import LazyPattern
from ..lexicon import DATA, lowered, negated
from ..reader import Sentence
from .excepted_sections import unbound_successor

__all__ = ["AGREES_TO_BE_BOUND", "successor_left_unbound"]

# The successor bound in so many words (not "by written notice given following the closing")
_OUR_PAPER = r"(?:agreement|addendum|dpa|data\s+privacy\s+agreement)"
AGREES_TO_BE_BOUND = LazyPattern(
    r"\b(?:successor|assignee|acquir\w+)\b[^.;]{0,80}\b(?:agrees?\s+(?:in\s+writing\s+)?to\s+(?:be\s+"
    r"bound\s+by|comply\s+with|honou?r|abide\s+by|observe)|(?:is|are|remains?|shall\s+(?:be|remain)|"
    r"will\s+(?:be|remain)|continues?\s+to\s+be)\s+(?:bound\s+by|subject\s+to)|assumes?)\s+"
    r"(?:all\s+)?(?:of\s+)?"
    # … this agreement, not "its own privacy policy" or "all applicable laws"
    rf"(?:the\s+(?:terms|provisions)\s+of\s+)?(?:(?:this|the)\s+{_OUR_PAPER}|these\s+terms|the\s+same\s+"
    rf"(?:terms|provisions)|(?:the\s+|[\w'\u2019]+\s+)?obligations\s+under\s+this\s+{_OUR_PAPER})\b"
)
# A character of one clause, its sections' numbers read whole ("6.2").
_IN_THE_CLAUSE = r"(?:[^.;]|(?<=\d)\.(?=\d))"
# The section lifted for a merger: "Neither this Section 6.2 nor Section 6.3 applies to a
# transfer …", "Sections 6.1 and 6.2 do not apply to …", "Section 6.2 is inapplicable to …",
# "Nothing in Section 6.2 restricts a transfer …" (the limit's own exceptions are not: "The
# exceptions in this Section 6.2 do not apply to a transfer in a merger", a stricter term: see
# _NOTHING_TO_A_SUCCESSOR).
_LIFTS = LazyPattern(
    rf"(?:\b(?:neither\b{_IN_THE_CLAUSE}{{0,60}}\bnor\b{_IN_THE_CLAUSE}{{0,60}}?|"
    r"(?:does|do|shall|will)\s+not\s+)appl(?:y|ies)\s+to"
    r"|\b(?:is|are)\s+(?:inapplicable|not\s+applicable)\s+to"
    rf"|\bnothing\s+in\s+(?:this\s+)?(?:sections?|clauses?){_IN_THE_CLAUSE}{{0,40}}?\s+"
    r"(?:restricts|prevents|limits|prohibits|applies\s+to))"
    # (the first merger word: a proviso's "successor" after it is read apart)
    r"\b[^.;]{0,80}?\b(?:transfer|disclos|shar|use|process)\w*[^.;]{0,120}?"
    r"\b(?:merger|acquisition|successor|acquirer)\b"
)
# A lift that passes nothing of the students' to a merger's successor: the school's own
# successor ("a successor school district"), the data deleted first, data that identify no one,
# a transfer the school must first consent to, or the limit's own exceptions lifted.
_NOTHING_TO_A_SUCCESSOR = LazyPattern(
    r"^\W*(?:[\d.]+\s+)?(?:the\s+)?exceptions?\b"
    r"|\bsuccessor\s+(?:school\s+)?(?:districts?|agenc\w+|boards?|lea|statutes?|laws?)\b"
    r"|\b(?:delet|destroy)\w*|\bde-?identified\b|\baggregated?\b|\banonymi[sz]ed\b"
    r"|\b(?:requires?|with|subject\s+to)\s+(?:the\s+)?(?:school|district|customer|lea)['\u2019]s\s+"
    r"(?:prior\s+)?(?:written\s+)?consent\b"
)
# The sections a lift names: "Sections 6.1 and 6.2", "Clause 6.2", "§ 6"
_SECTIONS_NAMED = LazyPattern(
    r"(?:\bsections?|\bclauses?|\bparagraphs?|§+)\s*(\d+(?:\.\d+)*(?:\s*(?:,|and|or|nor|through|"
    r"to)\s*\d+(?:\.\d+)*)*)"
)


def successor_left_unbound(promise: Sentence, sentences: Sequence[Sentence]) -> Sentence | None:
    """The term that lets the data pass to a merger's successor not bound by these terms,
    whether the promise's own exception names it or it lifts the promise's section."""
    return unbound_successor(promise, sentences) or _lifted_for_a_successor(promise, sentences)


def _lifted_for_a_successor(promise: Sentence, sentences: Sequence[Sentence]) -> Sentence | None:
    """A term that lifts ``promise``'s section, or one above it, for a merger without binding
    the successor to these terms, or None. "This Section" is the lifting term's own; in a paper
    with no numbered sections it lifts only a promise of its own paragraph."""
    for sentence in sentences:
        low = lowered(sentence)
        lifted = _LIFTS.search(low)
        if lifted is None:
            continue
        # the lifted clause alone: from the clause before it ends to the lift's end
        opens = max(low.rfind(";", 0, lifted.start()), low.rfind(":", 0, lifted.start())) + 1
        clause = low[opens : lifted.end()]
        if _NOTHING_TO_A_SUCCESSOR.search(low[opens:]) or not re.search(DATA, clause):
            continue
        rest = low[lifted.end() :]
        bound = AGREES_TO_BE_BOUND.search(rest)
        if bound is not None and not negated(rest, re.escape(bound.group(0))):
            continue
        named = [
            number
            for found in _SECTIONS_NAMED.finditer(clause)
            for number in re.findall(r"\d+(?:\.\d+)*", found.group(1))
        ]
        if "this section" in clause:
            if sentence.section:
                named.append(sentence.section)
            elif not promise.section and sentence.paragraph == promise.paragraph:
                return sentence
        if promise.section and any(
            f"{promise.section}.".startswith(f"{number}.") for number in named
        ):
            return sentence
    return None
