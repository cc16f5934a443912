"""Defined terms that name the regulation's concepts in the vendor's own words.

Vendor paper defines its own names for what the regulation calls student data, targeted
advertising or a subcontractor: ""Pupil Materials" means Pupil Information, Pupil Records and
Pupil Works", ""Interest-Based Ads" means advertisements shown to a pupil that are chosen on
the strength of …", ""Engaged Processor" means any person to whom Larkspur subcontracts …".
A promise made in those names ("shall run no Interest-Based Ads within TallyTrack") is the
regulation's promise, so the rules read each such term as the concept its definition opens
with, as they read the contractor's own name as "Contractor". The report still quotes the
vendor's words.

Only a definition whose opening words are the concept counts: ""Incident" means any
unauthorised release … of Pupil Materials" is about a breach, not a name for the data; and a
list that the students' data close ('Question Forms, class lists … and any other information
about students … are "Host Materials."', the term written after what it names). A
definition built of other defined terms is read after them ("Pupil Materials" is read as
student data once "Pupil Information" is).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from .lazy_pattern import LazyPattern

__all__ = ["concept_names", "confirmed_events", "definition", "definitions", "in_concepts"]

# '1.3 "Notification Deadline" means forty-eight (48) hours after …', '"Pupil Materials"
# means, taken together, …', '(b) "Engaged Processor" is defined as …', and a term set as a
# run-in heading, '1.3 "Event Data". means …'.
_DEFINED = LazyPattern(
    r"^\W*(?:\(?[\w.()]{1,8}[.)]?\s+)?"
    # ("4.1 In this Agreement, "Student Materials" means …", "For purposes of this Agreement,",
    # "In this letter and the attached schedule,", "As used herein,", "… the term "…" means")
    r"(?:(?i:in|as used in|for (?:the )?purposes of|under)\s+(?i:this|these)\s+(?:[\w-]+\s+){0,5}?"
    r"[\w-]+,?\s+|(?i:as used herein|herein),\s+)?(?:(?i:the\s+terms?)\s+)?"
    r"[\"\u201c](?P<term>[A-Z][^\"\u201d]{1,60})[\"\u201d]\.?\s+"
    r"(?:shall\s+)?(?:means?|refers? to|is defined as|is),?\s+(?P<body>.+)$",
    re.DOTALL,
)


def definition(text: str) -> tuple[str, str] | None:
    """The term a sentence defines in quotation marks, and what it is defined as; None when
    the sentence defines no quoted term. Both the defined periods (:mod:`.durations`) and
    the defined names of concepts read definitions through this one reading."""
    return _term_and_body(_DEFINED.match(text) or _NAMED_AFTER.match(text))


def definitions(texts: Iterable[str]) -> dict[str, str]:
    """Every term ``texts`` define, case-folded, with what it means."""
    return {meant[0].casefold(): meant[1] for text in texts if (meant := definition(text))}


def _term_and_body(match: re.Match[str] | None) -> tuple[str, str] | None:
    return (match.group("term"), match.group("body")) if match else None


# The term after what it names: '4.2 Question Forms, class lists, … and any other information
# about students that Host provides … are "Host Materials."'
_NAMED_AFTER = LazyPattern(
    r"^\W*(?:[\w.()]{1,8}\s+)?(?P<body>[^\"\u201c\u201d]{10,400}?)\s+(?:are|is)\s+(?:(?:together|"
    r"collectively)\s+)?(?:called\s+|referred to as\s+)?[\"\u201c](?P<term>[A-Z][^\"\u201d.]{1,60})"
    r"\.?[\"\u201d](?:\s|$)"
)


_HEAD = 4
"""How many words may come before a definition's concept ("any", "means, taken together,"):
the words it opens with, not a concept named further on."""
# A definition of an event, not of a thing: "any unauthorised release of Pupil Materials";
_EVENT = LazyPattern(
    # … or a clause or an act: "means that any Student Data has been …", "means to exchange"
    r"^\W*(?:that|to)\b|"
    r"^\W*(?:(?:the|any|an?)\s+)?(?:actual\s+|suspected\s+)?(?:unauthori[sz]ed|breach|release|"
    r"access|acquisition|disclosure|loss|sale|request|notice)\b"
)
# Each concept, as the regulation names it, and the words a definition of it opens with.
_CONCEPTS: tuple[tuple[str, LazyPattern], ...] = tuple(
    (name, LazyPattern(pattern))
    for name, pattern in (
        ("Student-Generated Content",
         # the students as the makers ("stories students create"), not "for students that
         # Maplewood produces"
         r"\b(?:students?|pupils?|child(?:ren)?)\s+(?:(?:who|that)\s+)?(?:\w+ly\s+)?(?:create|"
         r"creates|make|makes|write|writes|produce|produces)\b"
         r"|\b(?:created|made|written|produced|generated) by (?:a |the )?(?:students?|pupils?)\b"
         r"|\b(?:student|pupil)[- ]generated content\b"),
        ("persistent unique identifiers",
         r"\bunique\b[^.;]{0,60}\b(?:identif\w*|recogni[sz]\w*)\b[^.;]{0,80}\bover time\b|"
         r"\bpersistent\b[^.;]{0,20}\bidentifiers?\b"),
        ("Targeted Advertising",
         r"\btargeted advertising\b|\badvertis\w*[^.;]{0,60}\b(?:selected|chosen|targeted)\b"),
        ("de-identified data", r"\bde-?identified\b|\banonymi[sz]\w*"),
        ("subcontractor",
         r"\bsub-?processors?\b|\bsub-?contractors?\b|\b(?:person|entity|party|company)\b"
         r"[^.;]{0,30}\bsub-?contracts?\b"),
        ("school purposes",
         r"\bschool purposes?\b|\bpurposes\b[^.;]{0,40}\bat the direction of (?:a|the) "
         r"(?:teacher|school|district)"),
        ("Student Data",
         r"\b(?:student|pupil)s?['\u2019]?\s+(?:information|records|data)\b|\bpersonally "
         r"identif\w+ information\b|\binformation\b[^.;]{0,40}\b(?:about|related to|relating to|"
         # "all information about students and their families that Harborlight receives"
         # "information about an enrolled child": a preschool's pupil
         r"concerning|regarding) (?:(?:a|the|any|an individual|individual|an enrolled|each "
         r"enrolled) (?:student|pupil|child)\b|(?:students|pupils|enrolled children)\b"
         r"(?!['\u2019]))|\beducation records?\b"
         # "the part of Your Content that identifies a student"
         r"|\b(?:content|data|information|materials)\s+(?:that|which)\s+identif(?:y|ies)\s+"
         r"(?:a|an|any|the|each)\s+(?:individual\s+)?(?:student|pupil)\b"),
    )
)  # fmt: skip
# A term for laws ("Data Protection Law", "Privacy Laws"), not for what a law covers
# ("Education Records" means records covered by FERPA)
_NAMES_LAWS = LazyPattern(r"\b(?:laws?|acts?|regulations?|statutes?|legislation)\b", re.IGNORECASE)
# FERPA among the laws (not "laws other than FERPA")
_FERPA_AMONG = LazyPattern(
    r"(?<!other than )(?<!except )(?<!excluding )(?<!but not )(?<!not including )"
    r"\b(?:(?:the\s+)?family educational rights and privacy act|ferpa)\b",
    re.IGNORECASE,
)
_OTHER_LAWS = LazyPattern(
    r"\b(?:children['\u2019]s online|coppa|ppra|protection of pupil rights|state|states|statutes?|"
    r"conn(?:ecticut|\.)|other|all)\b",
    re.IGNORECASE,
)
_ALREADY = LazyPattern(
    r"\b(?:student(?!\s+(?:content|work|materials|submissions|uploads)\b)|data|advertising|"
    r"subcontractor|subprocessor|de-?identified|identifiers?)\b",
    re.IGNORECASE,
)
"""A term already in the regulation's words ("Student Data", "De-Identified Data") is read
as written; "Student Content" or "Student Work" is read as what its definition says it is,
the students' own work or the data about them."""


def concept_names(texts: Iterable[str]) -> dict[str, str]:
    """Each defined term of the document that names one of the regulation's concepts, with
    that concept ("Pupil Materials" → "Student Data")."""
    definitions = [defined for text in texts if (defined := definition(text))]
    # '"Data Protection Law" means the Family Educational Rights and Privacy Act …, the
    # Children's Online Privacy Protection Act …': a promise to keep to it is a promise to keep
    # to FERPA among other laws (as outside readers label it: weak), or to FERPA if it is all
    names: dict[str, str] = {
        term: "all applicable laws, including FERPA" if _OTHER_LAWS.search(body) else "FERPA"
        for term, body in definitions
        if _NAMES_LAWS.search(term) and _FERPA_AMONG.search(body)
    }  # fmt: skip
    for _ in range(2):  # a definition made of defined terms, once those are known
        for term, body in definitions:
            if term in names or _ALREADY.search(term):
                continue
            concept = _concept(in_concepts(body, names).casefold())
            if concept is not None and concept.casefold() != term.casefold():
                names[term] = concept
    return names


def confirmed_events(texts: Iterable[str]) -> dict[str, str]:
    """Each defined breach that counts only once the vendor has confirmed it ("Security
    Incident" means a confirmed breach of security …), with the words that carry that into
    every promise using the term: a notice "within 72 hours after becoming aware of a
    Security Incident" then runs from confirmation, not discovery (the readings held to).

    The term may be defined in quotation marks, in bold (read as plain words: "Security
    Incident means a confirmed …"), as a glossary's entry (a term standing alone, its
    definition the next paragraph: "Security Incident" / "a confirmed unauthorized …"), or by
    when an event becomes it ("An event becomes a Security Incident when our security team has
    completed its initial triage")."""
    confirmed: dict[str, str] = {}
    before = ""
    for text in texts:
        defined = (
            definition(text)
            or _term_and_body(_PLAIN_DEFINED.match(text))
            or _term_and_body(_TABLE_DEFINED.match(text))
        )
        if defined is None and _GLOSSARY_TERM.match(before) and _GLOSSARY_BODY.match(text):
            defined = before.strip(), re.sub(r"^\W*means\s+", "", text)
        becomes = _BECOMES_ONCE_CHECKED.search(text)
        if defined is not None and (
            _CONFIRMED.match(defined[1])
            # "Discovery" defined as the vendor's written confirmation after its forensic review
            or (
                (_DISCOVERY.fullmatch(defined[0]) or _AN_INCIDENT.fullmatch(defined[0]))
                and (_CONFIRMS.search(defined[1]) or _HAS_CONFIRMED.search(defined[1]))
                and not _NOT_WAITING.search(defined[1])
            )
        ):
            confirmed[defined[0]] = f"{defined[0]} (once it is confirmed)"
        elif becomes is not None:
            confirmed[becomes.group("term")] = f"{becomes.group('term')} (once it is confirmed)"
        before = text
    return confirmed


_DISCOVERY = LazyPattern(r"(?:date\s+of\s+)?discover(?:y|ed)", re.IGNORECASE)
_CONFIRMS = LazyPattern(
    r"\b(?:confirms?|confirmation|completes?|completion\s+of)\b[^.;]{0,80}"
    r"\b(?:breach|review|investigation|occurred|triage)\b",
    re.IGNORECASE,
)
# '"Security Incident" means a breach of security that Crustose has confirmed, following its
# investigation, resulted in …'
_AN_INCIDENT = LazyPattern(r"(?:security\s+|data\s+)?(?:incident|breach)", re.IGNORECASE)
_HAS_CONFIRMED = LazyPattern(r"\b(?:has|have)\s+confirmed\b", re.IGNORECASE)
# "… without waiting for confirmation of the breach": discovery as the word says
_NOT_WAITING = LazyPattern(
    r"\b(?:without|before|not|rather\s+than)\b[^.;]{0,40}\b(?:confirm|complet)", re.IGNORECASE
)
_CONFIRMED = LazyPattern(
    # (not "any confirmed or suspected unauthorized access")
    r"^\W*(?:(?:a|an|any|the)\s+)?(?:actual\s+(?:and\s+)?)?(?:confirmed|verified)"
    r"(?!\s+or\s+suspected)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:breach|incident|unauthori[sz]ed|compromise|release|access|acquisition|disclosure)",
    flags=re.IGNORECASE,
)
# "Security Incident means …", a bold term whose markup the reader has dropped.
_PLAIN_DEFINED = LazyPattern(
    r"^\W*(?:[\d.]+\s+)?(?P<term>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4})\s+(?:shall\s+mean|means|"
    r"refers\s+to),?\s+(?P<body>.+)$",
    re.DOTALL,
)


# A glossary table's row, read under its column headings: "Term: Security Incident — Meaning:
# An unauthorized acquisition … that Molarwise has confirmed, after its investigation, …".
_TABLE_DEFINED = LazyPattern(
    r"^\W*(?:(?:defined\s+)?term|word)\s*:\s*(?P<term>[^\u2014:]{2,60}?)\s*\u2014\s*"
    r"(?:meaning|definition|means|what\s+it\s+means)\s*:\s*(?P<body>.+)$",
    re.IGNORECASE | re.DOTALL,
)


# A glossary's term on a line of its own (an HTML <dt>): capitalised words, no sentence; its
# definition the next line, in lower case and promising nothing ("a confirmed unauthorized
# acquisition …", "means a confirmed …"; not a heading's "A confirmed breach … will also be
# reported").
_GLOSSARY_TERM = LazyPattern(r"^\s*[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4}\s*$")
_GLOSSARY_BODY = LazyPattern(
    r"^\s*(?:means\s+)?(?:a|an|any)\s(?![^.;]*\b(?:will|shall|must|may)\b)"
)
# "An event becomes a Security Incident when our security team has completed its initial
# triage and confirmed …"
# (a breach's name, not "A school becomes a Customer when it confirms an Order Form"; not
# "… even before our team has confirmed it")
_BECOMES_ONCE_CHECKED = LazyPattern(
    r"\b(?:becomes|will\s+become|is\s+treated\s+as|counts\s+as)\s+an?\s+"
    r"(?P<term>(?:[A-Z][\w-]*\s+){0,3}(?:Incident|Breach|Compromise))\s+"
    r"(?:(?:only\s+)?(?:when|once|after|upon))\b(?:(?!\b(?:before|without|whether)\b)[^.;]){0,80}?"
    r"\b(?:confirm(?:s|ed|ation)?|verif(?:ies|ied|ication)|triage|complete[sd]\s+(?:its|their|an?)\s+"
    r"(?:initial\s+)?(?:review|investigation|assessment))\b"
)


def carved_out_of_advertising(texts: Iterable[str]) -> dict[str, str]:
    """The paper's defined advertising term whose definition leaves out messages picked for
    the student ("Targeted Advertising does not include College Match results, including
    Featured results ranked from the student's interests"), with the words that carry the
    exception into every ban using the term: a ban on it then has that exception."""
    carved = {}
    for text in texts:
        match = _CARVED_OUT.search(text)
        if (
            match
            and _PICKED_FOR_THE_STUDENT.search(match.group("what"))
            and not _THE_STATUTES_OWN.search(match.group("what"))
        ):
            carved[match.group("term")] = (
                f"{match.group('term')} (except {match.group('what').strip(' ,;:')})"
            )
    return carved


def carves_out_of_advertising(text: str) -> bool:
    """Whether ``text`` is itself the term carving messages out of advertising."""
    return _CARVED_OUT.search(text) is not None


_CARVED_OUT = LazyPattern(
    r"(?P<term>(?-i:Targeted (?:Advertising|Ads|Advertisements)|Interest-Based (?:Advertising|"
    r"Ads)))[\"\u201d]?\s+(?:[^.;]{0,80}?[;,]\s*(?:but|and)\s+(?:it\s+)?)?(?:does|shall|will)\s+not\s+"
    r"include\b(?P<what>[^.]{10,240})",
    re.IGNORECASE,
)
# The model agreements' own carve-outs, which the statute makes too: advertising on the page's
# content or in answer to the student's own request, and learning the service adapts.
_THE_STATUTES_OWN = LazyPattern(
    r"\bcontent of the (?:web\s*)?page\b|\bin response to (?:a|the) student['\u2019]?s?\b|"
    r"\bcontextual\b|\badaptive\b|\b(?:personali[sz]ed|customi[sz]ed)(?: student)? learning\b",
    re.IGNORECASE,
)
# Messages picked by what the service knows of the student, or paid for.
_PICKED_FOR_THE_STUDENT = LazyPattern(
    r"\b(?:based on|generated from|derived from|selected|ranked|chosen|matched|tailored|"
    r"featured|sponsored|promoted|paid)\b",
    re.IGNORECASE,
)


def in_concepts(text: str, names: Mapping[str, str]) -> str:
    """``text`` with each defined term (or its plural) written as the concept it names."""
    for term, concept in names.items():
        text = re.sub(rf"(?<![\w\"\u201c]){re.escape(term)}s?\b(?![\"\u201d])", concept, text)
    return text


_ANY_OTHER_STUDENT_DATA = LazyPattern(
    r"\b(?:and|or)\s+(?:any|all)\s+other\s+(?:personal\s+)?(?:information|data|records)\s+"
    r"(?:about|concerning|relating to|regarding)\s+(?:a\s+|the\s+|any\s+)?(?:students?|pupils?)\b"
)


def _concept(body: str) -> str | None:
    """The concept a definition opens with, or None: not student data where the body takes the
    identities out ("information about students in aggregated form that identifies no one")."""
    # a verb the paper defines as the regulation's three: '"Sell" means to sell, rent, trade,
    # lease or otherwise transfer Student Data'
    if _SELL_RENT_TRADE.match(body):
        return "sell, rent or trade"
    if _EVENT.match(body):
        return None
    # a list closed by the students' data: "Question Forms, class lists, … and any other
    # information about students"
    if _ANY_OTHER_STUDENT_DATA.search(body):
        return "Student Data"
    found = [
        (match.start(), name)
        for name, pattern in _CONCEPTS
        if (match := pattern.search(body)) and len(body[: match.start()].split()) <= _HEAD
    ]
    concept = min(found)[1] if found else None
    if concept == "Student Data" and _IDENTIFIES_NO_ONE.search(body):
        return None
    return concept


_SELL_RENT_TRADE = LazyPattern(
    r"^\W*to\s+sell,\s+(?:(?:lease|license|licence|transfer)\s*,\s+)*rent,?\s+"
    r"(?:(?:lease|license|licence)\s*,?\s+)*(?:or\s+)?trade\b"
    # (not a narrower or carved-out one: "… but not to rent or trade it", "… but does not
    # include a transfer to an affiliate", "… for monetary consideration"; "including but not
    # limited to" carves nothing)
    r"(?![^.]*\b(?:but(?!\s+not\s+limited)|except|excluding|unless|only|not\s+include|does\s+not|"
    r"other\s+than)\b)"
    r"(?![^.]*\bfor\s+monetary\s+consideration\b(?!\s+or\b))"
)
_IDENTIFIES_NO_ONE = LazyPattern(
    r"\b(?:de-?identified|aggregat\w*|anonymi[sz]\w*|identif(?:y|ies) no\b|identifiers? "
    r"(?:has|have) been removed)"
)
