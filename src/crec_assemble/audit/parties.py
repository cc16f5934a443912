"""The names a contract gives its own parties: "Harbor Data Consulting LLC ("Harbor")".

Vendor paper calls the contractor by its own short name more often than by "Provider": a
promise of "Harbor" or "Scribbly" is the vendor's, and "not the property of … Harbor" speaks
of the vendor. The names are read once per document from its party definitions, then written
as "Contractor" in the text the classifier and the rules read (never in what is quoted).
The school's own name is read the same way when the lexicon would not know it ("the
Capitol Region Education Council (the "Agency")"): "the Agency will pay" is the school's
duty, and "the property of the Agency" the school's data, so it is written "School".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace

from .lazy_pattern import LazyPattern
from .lexicon import LEA
from .reader import Sentence
from .school_words import (
    A_SCHOOL_NAMED,
    ANOTHER_BODY,
    DOCUMENT_WORD,
    SCHOOL_BY_DEFINITION,
    SCHOOL_BY_ITS_ROLE,
    SCHOOL_CALLED,
    SCHOOL_DEFINED,
    SCHOOL_IN_A_SCHEDULE,
    SCHOOL_IN_A_TABLE,
    THE_SCHOOL,
)

__all__ = ["as_contractor", "as_read", "party_names", "school_names", "vendor_names"]

_QUOTED = LazyPattern(r"[\"\u201c]([^\"\u201d]{1,40})[\"\u201d]")
# A party named, then defined in brackets: 'Harbor Data Consulting LLC ("Harbor")',
# 'Scribbly, Inc. ("Scribbly", "we", "us")', 'Eastfield University ("Researcher")'.
_DEFINED = LazyPattern(
    r"(?P<long>\b(?:[A-Z][\w&'.-]*,?\s+){0,6}[A-Z][\w&'.-]*\.?),?\s*"
    # ('Churasan Sounds LLC, a Connecticut limited liability company of …, performing through
    # its principal artist Kaori Higa (together, the "Artist")')
    # (an aside, which :func:`_definitions` keeps only where it names no second party)
    r"(?:,(?P<aside>[^()]{0,160}))?"
    r"\(\s*(?:(?:together|collectively),?\s+)?"
    r"(?:the\s+|hereinafter\s+|called\s+|referred\s+to\s+as\s+)?(?P<names>[\"\u201c][^()]{1,80})\)"
)
# A second party in an aside: not "…, acting through its principal, Marco Ferrante, and the
# CAPITOL REGION EDUCATION COUNCIL, … (the "Presenter")", "… and Fenwick Fiddle Studio, LLC";
# but places may be joined: "in Connecticut and Massachusetts", "and the Commonwealth of
# Massachusetts".
_SECOND_PARTY = LazyPattern(
    r"\band\s+(?:the\s+)?(?:[A-Z][\w&'.-]*,?\s+){0,6}(?:COUNCIL|Council|DISTRICT|District|BOARD|"
    r"Board|SCHOOLS?|Schools?|LLC|Inc\b|INC\b|Corporation|University)\b"
)


def _definitions(text: str) -> Iterator[re.Match[str]]:
    """The parties ``text`` defines (:data:`_DEFINED`), each from the word that starts its own
    name: a match whose aside names a second party is tried again a word later."""
    at = 0
    while (found := _DEFINED.search(text, at)) is not None:
        aside = found.group("aside")
        if aside is None or not _SECOND_PARTY.search(aside):
            yield found
            at = found.end()
        else:
            at = found.start() + 1


_COMPANY = LazyPattern(
    r"\b(?:LLC|L\.L\.C\.|Inc\.?|Corp\.?|Corporation|Ltd\.?|Co\.|Company|LLP|PLC)$", re.IGNORECASE
)
_VENDOR_WORD = LazyPattern(
    r"provider|vendor|contractor|operator|consultant|company|processor|supplier|licensor|"
    # ("I" stays a letter's name for its writer, read "Contractor"; "me" and "my" are left as
    # written: "the lists you give me remain yours")
    r"we|us|our|me|my",
    re.IGNORECASE,
)
_SCHOOL_WORD = LazyPattern(
    r"crec|lea|district|board|school|customer|client|institution|subscriber|licensee|"
    r"educational agency|council|controller|you|.*\b(?:district|board|school|council)\b.*",
    re.IGNORECASE,
)
_NOT_A_PARTY = LazyPattern(
    r"agreement|addendum|dpa|ndpa|sdpa|dsa|msa|psa|sow|mou|eula|tos|sla|contract|order form|"
    r"exhibit|schedule|annex|rider|services?|study|effective date|terms|policy|party|parties|"
    r"student data|data|.*\b(?:agreement|addendum|act|law|date|data|information)\b.*",
    re.IGNORECASE,
)
_PREAMBLE = 40
"""How many sentences from the start are read for the parties' definitions: a web page's
navigation and table of contents come before its preamble."""


def vendor_names(sentences: Sequence[Sentence]) -> tuple[str, ...]:
    """The contractor's own short names, as the document defines them ("Harbor"), longest
    first; the generic ones ("Provider", "we") are known already and not returned."""
    return party_names(sentences)[0]


def party_names(sentences: Sequence[Sentence]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The contractor's own names (:func:`vendor_names`) and the school's (:func:`school_names`),
    the preamble read once for the school's."""
    candidates = _school_candidates(sentences)
    vendors = _vendor_names(sentences, set(_schools(candidates, ())))
    return vendors, _schools(candidates, vendors)


def _vendor_names(sentences: Sequence[Sentence], schools: set[str]) -> tuple[str, ...]:
    """The contractor's names, never one the document gives the school ("… doing business as
    Hammered Strings (the "Artist"), and the school, district or education service center named
    in Schedule A (the "Presenter")"), unless a company's name says so."""
    names: list[str] = []
    for sentence in sentences[:_PREAMBLE]:
        # American style puts the comma inside the quotes: ("QuizLark," "we," "us").
        defined = [
            (m.group("long"), [name.strip(" ,.;:") for name in _QUOTED.findall(m.group("names"))])
            for m in _definitions(sentence.text)
        ]
        parties = [(long, short) for long, short in defined if not _documents(short)]
        has_school = any(_school(long, short) for long, short in parties) or any(
            re.search(rf"\b{re.escape(name)}\b", sentence.text) for name in schools
        )
        for long, short in parties:
            named = {_bare(s) for s in short}
            if _school(long, short) or (schools & named and not _COMPANY.search(long)):
                continue
            generic = any(_VENDOR_WORD.fullmatch(s) for s in short)
            if generic or _COMPANY.search(long) or has_school:
                names.extend(s for s in short if not _VENDOR_WORD.fullmatch(s))
    if not names:
        names.extend(_frequent_subject(sentences, schools) or _named_by_address(sentences, schools))
    return tuple(sorted(dict.fromkeys(names), key=len, reverse=True))


# A capitalised word that does something: "Fieldnote will", "PixelPal shall not", "Lumora
# does not".
_ACTOR = LazyPattern(
    r"\b([A-Z][\w&-]*[a-z][\w&-]*)\s+(?:shall|will|must|agrees|does not|doesn['\u2019]t|"
    r"never|may not|won['\u2019]t|certifies|warrants)\b"
)
_SUBJECT_AT_LEAST = 3
"""How often a name must be the subject of a promise before it is read as the contractor's."""


def _frequent_subject(sentences: Sequence[Sentence], schools: set[str]) -> list[str]:
    """The contractor's name in paper that never defines it ("PixelPal will …", "Fieldnote
    and the LEA shall each comply …"): the one name that most often makes the promises, if
    it is a proper name (never written in lower case) and names no school, no family and no
    document."""
    counts: dict[str, int] = {}
    for sentence in sentences:
        for match in _ACTOR.finditer(sentence.text):
            counts[match.group(1)] = counts.get(match.group(1), 0) + 1
    # Words as written in running text; an address ("privacy@fieldnote.example") is no word.
    words = {
        token.strip(".,;:()\"'\u201c\u201d")
        for s in sentences
        for token in s.text.split()
        if not re.search(r"[@/]|\w\.\w", token)
    }
    candidates = sorted(
        (
            (count, name)
            for name, count in counts.items()
            if count >= _SUBJECT_AT_LEAST
            and name not in schools
            and name.lower() not in words
            and not _VENDOR_WORD.fullmatch(name)
            and not _SCHOOL_WORD.fullmatch(name)
            and not _NOT_A_PARTY.fullmatch(name)
            and not _PEOPLE.fullmatch(name)
        ),
        reverse=True,
    )
    return [candidates[0][1]] if candidates else []


# An e-mail address's domain, "privacy@loopwright.com" (its first label).
_ADDRESS = LazyPattern(r"\b[\w.+-]+@([a-z0-9][a-z0-9-]*)\.", re.IGNORECASE)
# A proper name of up to three words, "Loopwright", "Lumen Quiz", "Pi Ladder".
_PROPER_NAME = LazyPattern(r"\b[A-Z][\w&'-]*(?:\s[A-Z][\w&'-]*){0,2}")
# A school's name: "Farrow Valley Public Schools", "Elm Street School" (not the vendor's
# "Loopwright School Terms" or "School Edition").
_SCHOOL_AFTER = LazyPattern(
    r"\s+(?:public\s+schools?|schools?|board|district|regional|academy|high|middle|"
    r"elementary|town|city|county)\b(?!\s+(?:terms|privacy|polic(?:y|ies)|agreements?|"
    r"addend(?:um|a)|editions?|plans?|accounts?|data|licen[cs]es?|subscriptions?|services?))",
    re.IGNORECASE,
)


def _named_by_address(sentences: Sequence[Sentence], defined_schools: set[str]) -> list[str]:
    """The contractor's name in paper that calls itself "we" and defines no name, yet names
    itself in passing ("… belong to Loopwright"): the proper name, used at least twice, that
    its e-mail addresses are made of ("privacy@loopwright.com", "Lumen Quiz" for
    "help@lumenquiz.com"); never a school's ("Farrow Valley Public Schools")."""
    text = "\n".join(s.text for s in sentences)
    domains = {m.group(1).casefold().replace("-", "") for m in _ADDRESS.finditer(text)}
    counts: dict[str, int] = {}
    schools: set[str] = set()
    for sentence in sentences:
        running = re.sub(r"\S+@\S+|https?://\S+|www\.\S+", " ", sentence.text)
        for match in _PROPER_NAME.finditer(running):
            name = _address_name(match.group(0), domains)
            if name is None:
                continue
            if _SCHOOL_AFTER.match(running, match.start() + len(name)):
                schools.add(name)
            counts[name] = counts.get(name, 0) + 1
    return [
        name
        for name, count in counts.items()
        if count >= 2
        and name not in schools
        and name not in defined_schools
        and not _SCHOOL_WORD.fullmatch(name)
        and not _NOT_A_PARTY.fullmatch(name)
        and not _VENDOR_WORD.fullmatch(name)
    ]


def _address_name(phrase: str, domains: set[str]) -> str | None:
    """The longest opening of ``phrase`` that an address's domain spells, whole or as its
    first half at least ("Parallax" for "parallaxsim"); None if none does."""
    words = phrase.split()
    for count in range(len(words), 0, -1):
        name = " ".join(words[:count])
        squashed = re.sub(r"[^a-z0-9]", "", name.casefold())
        # (four letters at least: "Acme" for "acme.example", never "Ed" for "edu")
        if len(squashed) >= 4 and any(
            domain == squashed or (domain.startswith(squashed) and 2 * len(squashed) >= len(domain))
            for domain in domains
        ):
            return name
    return None


_PEOPLE = LazyPattern(
    r"parents?|guardians?|students?|pupils?|families|users?|teachers?|staff|neither|each|either|"
    r"both|nothing|no|any|all|this|that|these|such|it|they|he|she|notice|section|exhibit",
    re.IGNORECASE,
)


def school_names(sentences: Sequence[Sentence], vendors: Sequence[str]) -> tuple[str, ...]:
    """The school's own short names that the lexicon does not read as the school ("Agency",
    "Enfield"), as the preamble defines them; none that also names the contractor."""
    return _schools(_school_candidates(sentences), vendors)


_A_BODY_OF = LazyPattern(
    r"\b(?:organi[sz]ation|foundation|association|friends|alumni|boosters?|club|committee)\s+of"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _school_candidates(sentences: Sequence[Sentence]) -> list[str]:
    """Every name the preamble gives the school, as written."""
    names: list[str] = []
    for sentence in sentences[:_PREAMBLE]:
        for match in _definitions(sentence.text):
            short = [name.strip(" ,.;:") for name in _QUOTED.findall(match.group("names"))]
            # the school named as such beside its other name: "Capitol Region Education
            # Council ("CREC" or the "Agency")"; not the "Institution" or "Council" another
            # party may be ("UConn" or the "Institution"); or a school body by its own name,
            # defined by its role: "the Capitol Region Education Council, for its Riverside
            # Magnet School (the "Host")" (not a company's name)
            if (
                any(THE_SCHOOL.fullmatch(s) for s in short)
                or (
                    _SCHOOL_BODY_NAMED.search(match.group("long"))
                    and not _COMPANY.search(match.group("long"))
                    and not any(_VENDOR_WORD.fullmatch(s) for s in short)
                    # (not a body of the school's: "the Parent Teacher Organization of Hartford
                    # Public Schools ("PTO")")
                    and not _A_BODY_OF.search(sentence.text[: match.start("long")])
                )
            ):
                names.extend(short)
        for match in SCHOOL_DEFINED.finditer(sentence.text):
            if not ANOTHER_BODY.search(sentence.text[: match.start()]):
                names.extend(_QUOTED.findall(match.group("names")))
        names.extend(
            match.group("name") or match.group("colon")
            for match in SCHOOL_BY_ITS_ROLE.finditer(sentence.text)
        )
        if called := SCHOOL_CALLED.search(sentence.text):
            names.append(called.group("name") or called.group("kinds"))
        if row := SCHOOL_IN_A_TABLE.match(sentence.text):
            names.append(row.group("name") or row.group("line"))
        if defined := SCHOOL_BY_DEFINITION.match(sentence.text):
            names.append(defined.group("name"))
        for match in SCHOOL_IN_A_SCHEDULE.finditer(sentence.text):
            # (not where the school is the first party: then the schedule's is the contractor)
            before = sentence.text[: match.start()]
            before = before[max(before.casefold().rfind("between"), 0) :]
            if not A_SCHOOL_NAMED.search(before):
                names.extend(_QUOTED.findall(match.group("names")))
    return names


def _bare(name: str) -> str:
    """A party's name without its article or punctuation: "the Host" is "Host"."""
    return re.sub(r"^the\s+", "", name.strip(" ,.;:"))


def _schools(names: Sequence[str], vendors: Sequence[str]) -> tuple[str, ...]:
    """The school's names among ``names``: proper names, none a document's or the
    contractor's."""
    return tuple(
        name
        for name in dict.fromkeys(_bare(name) for name in names)
        # a proper name, not "you" (which the rules read in context) nor "these School Terms"
        if name[:1].isupper()
        and name.casefold() not in {"you", "your"}
        and not DOCUMENT_WORD.search(name)
        and name not in vendors
        and f"the {name}" not in vendors
        and not re.fullmatch(LEA, name, re.IGNORECASE)
        and not _VENDOR_WORD.fullmatch(name)
        and not _NOT_A_PARTY.fullmatch(name)
    )


def as_contractor(
    sentence: Sentence, names: Iterable[str], schools: Iterable[str] = ()
) -> Sentence:
    """The sentence with the contractor's own names written "Contractor", and the school's
    own names the lexicon does not know written "School" (not where it ends another body's
    name: "the Supervisory Authority", "a Consumer Reporting Agency"), for reading."""
    text = as_read(sentence.text, names, schools)
    return sentence if text == sentence.text else replace(sentence, text=text)


def as_read(
    text: str, names: Iterable[str], schools: Iterable[str] = (), *, any_case: bool = False
) -> str:
    """``text`` as :func:`as_contractor` writes a sentence: also a defined term made of a
    party's name ("Host Materials", read "School Materials"). ``any_case`` reads the
    contractor's names in any case too ("The Artist owns …" for "the Artist")."""
    flags = re.IGNORECASE if any_case else 0
    for name in names:
        text = re.sub(_as_a_word(name), "Contractor", text, flags=flags)
    for name in schools:
        text = re.sub(
            _as_a_word(name),
            lambda found: (
                found.group(0) if _NAMED_BEFORE.search(found.string, 0, found.start()) else "School"
            ),
            text,
        )
    return text


def _as_a_word(name: str) -> str:
    """A pattern for a party's name as a word of the text, not inside quotes that define it."""
    return rf"(?<![\w\"\u201c]){re.escape(name)}\b(?![\"\u201d])"


# A capitalised word just before: "Supervisory Authority", "Staff Member" (not a sentence's
# first word, "The Agency").
_NAMED_BEFORE = LazyPattern(r"(?<![.!?:]\s)(?<!^)\b(?!The\b)[A-Z][\w&'-]*\s+$")


def _school(long: str, short: Sequence[str]) -> bool:
    """Whether a party is the school: by its short name, or by a school's body in its long
    one that is no company's ("SCHOOL DISTRICT SOLUTIONS, INC." is a vendor)."""
    return any(_SCHOOL_WORD.fullmatch(s) for s in short) or bool(
        _SCHOOL_BODY.search(long) and not _COMPANY.search(long)
    )


# (in capitals too, as a preamble may write a school: "the CAPITOL REGION EDUCATION COUNCIL";
# not any word in capitals: "SCHOOL PHOTO PROS OF CONNECTICUT", "DISTRICT DRUMLINE ACADEMY")
_SCHOOL_IN_CAPITALS = (
    r"\b(?:EDUCATION(?:AL)?\s+(?:COUNCIL|SERVICE)|BOARD\s+OF\s+EDUCATION|PUBLIC\s+SCHOOLS|"
    r"SCHOOL\s+DISTRICT)\b"
)
_SCHOOL_BODY = LazyPattern(rf"\b(?:Council|District|Board|School|Schools)\b|{_SCHOOL_IN_CAPITALS}")
# … a body named as a school's (not "the Greater Hartford Arts Council (the "Funder")")
_SCHOOL_BODY_NAMED = LazyPattern(
    r"\b(?:Schools?|District|Board of Education|Education(?:al)? (?:Council|Service))\b"
    rf"|{_SCHOOL_IN_CAPITALS}"
)


def _documents(short: Sequence[str]) -> bool:
    return not short or all(_NOT_A_PARTY.fullmatch(s) for s in short)
