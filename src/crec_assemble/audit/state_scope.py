"""On a page of several states' addenda, only Connecticut's section binds a Connecticut board.

Vendors publish one "state addenda" page: a California section, a Connecticut section, an
Illinois section, each applying "to schools in that state". A severability clause or a
deletion promise in the Illinois section is no promise to CREC, so when a document heads
sections with state names and one of them is Connecticut, the sentences under another
state's heading are set aside. The text before the first state heading (the vendor's
general terms) stays. A document with a single state's addendum (a California addendum read
for its own sake) is read whole: it has no Connecticut section to prefer.

Scope changes only at a heading that is a state's name, alone or with a word such as
"Addendum" ("Illinois", "Illinois Addendum", "State of Illinois", "Part D: Illinois",
"Schedule NY - New York Education Law 2-d Rider", or run into the first numbered clause under
it as a PDF's text may give it: "Part 1 - Illinois B1.1 …"), so the numbered headings inside
a state's section ("3. Advertising") keep it in that state. A state's section ends, and the general
terms resume, at a heading above it: one of a higher Markdown level ("## Part 3 — Everything
else" after "### Illinois"), or one that opens a new part of the document ("Part 3", "Article
IV", "Schedule 2").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol, TypeVar

from .lazy_pattern import LazyPattern

__all__ = ["HOME", "connecticut_only", "connecticut_prevails", "state_sections"]

_STATES = (
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
    "Delaware", "District of Columbia", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois",
    "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts",
    "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada",
    "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota",
    "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina",
    "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington",
    "West Virginia", "Wisconsin", "Wyoming",
)  # fmt: skip
_ANY_STATE = "|".join(_STATES)
_STATE_HEADING = LazyPattern(
    # "3.2 Illinois", "A.3 New York", "B-1 California"
    r"^\s*(?:(?:\d+|[A-Z](?=[.-]\d))(?:[.-]\d+)*\.?\s+)?"
    # "Part B - California" (any dash, "--" too), "Schedule 3: New York", "Appendix C. Illinois"
    r"(?:(?:part|article|section|schedule|exhibit|appendix|annex|attachment)\s+[\dIVXA-Z]+"
    r"(?:\.\d+)*\s*(?:--|[-\u2013\u2014:.])\s*)?"
    # "Exhibit G: Supplemental State Terms for Connecticut"
    r"(?:(?:supplemental|additional)\s+(?:state\s+)?terms\s+for\s+)?"
    r"(?:the\s+)?(?:state\s+of\s+)?(?P<state>"
    + _ANY_STATE
    + r")(?:\s+(?:student\s+data\s+privacy\s+|data\s+privacy\s+|privacy\s+)?"
    # "Exhibit G - Connecticut Supplemental Terms"
    r"(?:supplemental\s+(?:state\s+)?)?"
    r"(?:addendum|addenda|terms|supplement|rider|schedule)"
    # "Schedule NY - New York Education Law 2-d Rider"
    r"|\s+(?:[\w.§-]+\s+){1,4}?(?:addendum|rider|supplement)"
    # "14. California residents"
    r"|\s+(?:residents|schools|customers|users|districts|families|students|pupils|parents))?"
    # "Connecticut Supplement (C.G.S. 10-234aa)"; a citation with a semicolon is cut there
    # by the reader: "California (Cal. Educ. Code § 49073.1;"
    r"(?:\s*\([^)]{0,80}(?:\)|;))?\s*[.:]?\s*$",
    re.IGNORECASE,
)
# An exhibit of one state's terms, as national model agreements head them: "EXHIBIT "G"
# Supplemental SDPC State Terms for Connecticut", "Exhibit G: Connecticut-Specific Terms",
# "Exhibit G - Supplemental Terms for Connecticut LEAs, Version 1.0".
_STATE_EXHIBIT = LazyPattern(
    r"^\s*(?:exhibit|schedule|appendix|annex|attachment)\s+[\"\u201c]?[\w.-]{1,4}[\"\u201d]?\s*"
    r"[-\u2013\u2014:.]?\s*(?=[^\n]{0,100}?\b(?:terms|addendum|rider|supplement(?:al)?|provisions)\b)"
    r"(?:[\w-]+[:,]?\s+|[-\u2013\u2014:]\s*){0,6}?(?P<state>"
    + _ANY_STATE
    + r")\b[-\w]*(?:\s*[-\u2013\u2014:,]?\s*[\w.-]+){0,6}\s*(?:\([^)]{0,80}\))?\s*\.?\s*$",
    re.IGNORECASE,
)
# A state's heading run into its first numbered clause, as a PDF's text may give it: "Part 1 -
# Illinois B1.1 All student-generated content …".
_RUN_IN_STATE_HEADING = LazyPattern(
    r"^\s*(?:part|schedule|exhibit|appendix|annex|attachment)\s+[\dIVXA-Z]{1,4}\s*"
    rf"[-\u2013\u2014:.]\s*(?:the\s+)?(?:state\s+of\s+)?(?P<state>{_ANY_STATE})\s+"
    r"(?=\(?[A-Z]{0,2}\d+(?:\.\d+)+\)?\s)",
    re.IGNORECASE,
)
HOME = "connecticut"
"""The state whose section binds CREC, as :func:`state_sections` names it."""


# A heading that opens a new division of the document, whatever its level.
_DIVISION = LazyPattern(
    r"^\s*(?:part|article|chapter|schedule|exhibit|appendix|annex|attachment)\s+[\dIVXA-Z]",
    re.IGNORECASE,
)


class _Text(Protocol):
    @property
    def text(self) -> str: ...

    @property
    def heading(self) -> bool: ...

    @property
    def level(self) -> int: ...

    @property
    def paragraph(self) -> int: ...


_Sentence = TypeVar("_Sentence", bound=_Text)


def connecticut_only(sentences: Sequence[_Sentence]) -> tuple[list[_Sentence], int]:
    """The sentences that bind a Connecticut board, and how many were set aside: those under
    another state's heading on a page with a Connecticut section, and, on any page, those
    that open by holding themselves to another state's schools ("For Schools in Illinois,
    …", "11.1 New York. For Schools that are educational agencies in New York, …"), and a
    paragraph whose first sentence does ("If your School is in California, the following
    also applies.")."""
    scopes = state_sections(sentences)
    sectioned = _sectioned(scopes)
    kept = []
    aside = -1  # a paragraph held to another state by its first sentence
    for sentence, scope in zip(sentences, scopes, strict=True):
        if (sectioned and scope not in ("", HOME)) or sentence.paragraph == aside:
            continue
        opening = _IF_IN_ANOTHER_STATE.match(sentence.text)
        if opening and opening.group("state").casefold() != HOME:
            aside = sentence.paragraph
        elif not _for_another_state(sentence.text):
            kept.append(sentence)
    return kept, len(sentences) - len(kept)


def _sectioned(scopes: Sequence[str]) -> bool:
    """Whether the states' sections are states' terms beside the general ones: a Connecticut
    section and another state's, or states' boxes after the vendor's general terms, which
    they supplement for those states' schools ("14.14 State-specific terms: California …",
    "Exhibit G - Connecticut Supplemental Terms" after a national model agreement)."""
    states = set(scopes) - {""}
    general = next((n for n, scope in enumerate(scopes) if scope), len(scopes))
    return (HOME in states and len(states) >= 2) or (bool(states) and general >= _GENERAL_TERMS)


def connecticut_prevails(scopes: Sequence[str]) -> bool:
    """Whether a Connecticut section stands beside other terms (:func:`_sectioned`), so that
    where it differs from them, it wins for a Connecticut board."""
    return HOME in scopes and _sectioned(scopes)


_GENERAL_TERMS = 20
"""Sentences before the first state's heading that make them the vendor's general terms,
not a title page over one state's addendum."""

# "If your School is in California, the following also applies.": the rest of the paragraph
# is that state's.
_IF_IN_ANOTHER_STATE = LazyPattern(
    r"^\W*if\s+(?:your|the|a)\s+(?:schools?|districts?|customers?|institutions?|leas?)\s+"
    rf"(?:is|are)\s+(?:located\s+)?in\s+(?:the\s+state\s+of\s+)?(?P<state>{_ANY_STATE})\b"
    r"[^.;]{0,40}\bappl(?:y|ies)\b",
    re.IGNORECASE,
)


# "For Schools in Illinois, …", "For California customers: …", "In New York, …", with a
# run-in heading before it ("11.1 New York. For Schools that are educational agencies in New
# York, …")
_ANOTHER_STATES_OPENING = LazyPattern(
    rf"^\W*(?:[\d.]+\s+(?:{_ANY_STATE})\.\s+)?"
    r"(?:\(?\w{1,4}[.)]\s*)?(?:for|to)\s+(?:(?:schools?|districts?|customers?|users?|"
    r"students?|parents?|leas?|institutions?)\s+(?:(?:that|which|who)\s+are\s+"
    r"(?:(?!not\b|never\b)[\w-]+\s+){1,3}?)?"
    r"(?:located\s+)?in\s+(?:the\s+state\s+of\s+)?"
    rf"(?P<state>{_ANY_STATE})|(?P<named>{_ANY_STATE})\s+"
    r"(?:schools?|districts?|customers?|users?|students?|parents?|leas?|(?:local\s+)?"
    r"educational\s+agenc(?:y|ies)))\b"
    rf"|^\W*(?:in|under)\s+(?:the\s+state\s+of\s+)?(?P<place>{_ANY_STATE})\s*,"
    # "California schools: under the Education Code, …"
    rf"|^\W*(?P<label>{_ANY_STATE})\s+(?:schools?|districts?|customers?|leas?|(?:local\s+)?"
    r"educational\s+agenc(?:y|ies))\s*:"
    # a table's row of some states' terms, read as "State: California — Additional terms: …",
    # "State: Illinois, Nevada — …" (another state's only where Connecticut is not among them)
    # ("Illinois, Nevada, or Connecticut", "Nevada, Utah and CT"; the cell ends at a dash, a bar
    # or "…, Additional terms:")
    rf"|^\W*(?:state|jurisdiction)s?\s*:\s*(?P<cell>(?:(?:the\s+state\s+of\s+)?(?:{_ANY_STATE}|CT)\b"
    r"(?:\s*[,;/&]?\s*(?:\b(?:and|or)\b)?\s*))+)(?:[-\u2013\u2014|]|(?<=,\s)(?=additional\b|terms\b))"
    # "If Customer is a California local educational agency, …"
    r"|^\W*(?:\(?\w{1,4}[.)]\s*)?if\s+(?:the\s+)?(?:customer|school|district|lea|institution|"
    r"you|licensee|subscriber)\s+(?:is|are)\s+(?:located\s+in\s+|based\s+in\s+)?(?:an?\s+)?"
    # "If you are a student in California using CubeSplit through a School, …"
    r"(?:(?:student|parent|user|teacher|school)\s+(?:located\s+)?in\s+)?"
    rf"(?:the\s+state\s+of\s+)?(?P<condition>{_ANY_STATE})\b"
    # "Where ChairTime is used by a California school serving K-12 students, …"
    r"|^\W*(?:where|when|if)\s+[^,;]{0,40}?\b(?:is|are)\s+(?:used|offered|provided)\s+"
    rf"(?:by|to|in)\s+(?:an?\s+|the\s+)?(?P<user>{_ANY_STATE})\s+(?:schools?|districts?|"
    r"customers?|leas?|(?:local\s+)?educational\s+agenc(?:y|ies))\b",
    re.IGNORECASE,
)


def _for_another_state(text: str) -> bool:
    found = _ANOTHER_STATES_OPENING.match(text)  # one of its named groups holds the state
    if found is None:
        return False
    if found["cell"] is not None:  # a row's cell may name several states
        return re.search(r"\b(?:connecticut|ct)\b", found["cell"], re.IGNORECASE) is None
    return found[found.lastgroup or 0].casefold() != HOME


def state_sections(sentences: Sequence[_Sentence]) -> list[str]:
    """The state whose section each sentence is in ("connecticut", "illinois"), or "" for
    the general terms."""
    scopes: list[str] = []
    current = ""
    state_level = 0
    flat = False  # the state's own heading is one of plain text's, all of one level
    heading: _Text | None = None  # the sentence before, when it is a heading
    previous: _Text | None = None
    division = ""  # the number of a division held to a state by its run-in scope clause
    state_paragraph, goes_on = -1, False  # a state's numbered paragraph, and whether it says
    # that terms follow under it
    for sentence in sentences:
        found = (
            _STATE_HEADING.match(sentence.text)
            or _STATE_EXHIBIT.match(sentence.text)
            or _RUN_IN_STATE_HEADING.match(sentence.text)
        )
        run_in = _RUN_IN_SCOPE.search(previous.text) if previous is not None else None
        # "Schedule 2." or "Scope." alone, a division's or its clause's title the reader did not
        # know for a heading (a PDF)
        bare = _BARE_DIVISION.match(previous.text) if previous is not None else None
        scope = _BARE_SCOPE.match(previous.text) if previous is not None else None
        opens_a_division = (
            heading is not None or run_in is not None or bare is not None or scope is not None
        ) and not sentence.heading
        confined = (
            _CONFINED_TO_A_STATE.match(sentence.text)
            if opens_a_division and not (found or current)
            else None
        )
        if found:
            current = found.group("state").casefold()
            state_level = sentence.level
            flat = sentence.heading and not sentence.level
            state_paragraph, goes_on = sentence.paragraph, False
        elif confined:
            # the division's heading names no state, its first words do: the division is
            # that state's from here to its end, as if its heading had named it
            current = confined.group("state").casefold()
            state_level = heading.level if heading else 0
            flat = heading is not None and not heading.level
            division = (
                re.split(r"[.-]", run_in.group("number"))[0]
                if heading is None and run_in
                else bare.group("number")
                if heading is None and bare
                else ""
            )
        elif current and division and _leaves(sentence, division):
            current = division = ""
        elif current and sentence.heading and _ends_section(sentence, state_level, flat, goes_on):
            current = ""
        elif current and sentence.paragraph == state_paragraph and _GOES_ON.search(sentence.text):
            goes_on = True  # "10.2 Illinois. …, the following terms apply to you."
        heading = sentence if sentence.heading else None
        previous = sentence
        scopes.append(current)
    return scopes


# A division whose heading names no state but whose own words hold it to one: "SCHEDULE 3 -
# CALIFORNIA STUDENT DATA" then "This Schedule applies only where Customer is a California
# local educational agency", "G-2.1 Application. This Exhibit G-2 applies only where the LEA is
# a Massachusetts school committee".
# (its first sentence, the one state named as what the school is or where it is: not "is not
# a California local educational agency", "outside California", "California or Connecticut",
# nor a data centre's state; not "This Section 9.4 applies …", one clause of a section)
_CONFINED_TO_A_STATE = LazyPattern(
    r"^\W*(?:[\w.-]{1,8}\s+(?:application\.\s+)?)?"
    # its title run into it: "Supplemental Terms for Illinois LEAs This Schedule applies …"
    r"(?:(?:supplemental|additional|special)\s+(?:state\s+)?terms\s+for\s+(?:[\w-]+\s+){1,3}?)?"
    # or the state's name, its title: "California This Part applies only where …"
    rf"(?:(?:{_ANY_STATE})\s*[:.\u2013\u2014-]?\s+)?"
    r"this\s+(?:schedule|exhibit|addendum|"
    r"appendix|annex|attachment|part|rider|supplement|section(?!\s+\d+\.\d))(?:\s+[\w.-]{1,6})?\s+"
    r"appl(?:y|ies)\s+only\s+(?:where|when|if|to)\b"
    r"(?:(?!\bnot\b|\boutside\b|\bother than\b|\bexcept\b|\bdata\s+cent|\bhosted\b|\bstored\b)"
    # ("This Annex applies only to Customers that are California local educational agencies")
    r"[^.;]){0,100}?\b(?:in|an?|are)\s+(?:the\s+(?:state|commonwealth)\s+of\s+)?"
    rf"(?P<state>{_ANY_STATE})\b(?!\s*,?\s*(?:or|and)\s+(?:the\s+state\s+of\s+)?(?:{_ANY_STATE})\b)",
    re.IGNORECASE,
)


# A division's first clause titled by its scope, run into the text before it as a PDF's lines
# may give it: "… Schedule A - Student Data Privacy Rider (Massachusetts) A.1 Scope." then
# "This Rider applies only to …".
_RUN_IN_SCOPE = LazyPattern(
    r"(?:^|\s)(?P<number>[A-Z]?[\d.-]{1,6})\s+(?:scope|application|applicability)\.$",
    re.IGNORECASE,
)
_BARE_SCOPE = LazyPattern(r"^\s*(?:scope|application|applicability)\.?\s*$", re.IGNORECASE)
_BARE_DIVISION = LazyPattern(
    # (a short title before it: "US State Terms Part A.")
    r"^\s*(?:[\w\u2013\u2014-]+\s+){0,4}?(?:schedule|exhibit|appendix|annex|attachment|part)\s+"
    r"(?P<number>[\dA-Z]{1,3})\.?\s*$",
    re.IGNORECASE,
)
_NUMBERED = LazyPattern(
    r"^\W*(?:(?:section|article|schedule|part)\s+)?(?:(?P<letter>[A-Z])[.-]\d|(?P<number>\d+)\.)",
    re.IGNORECASE,
)


_CITATION = LazyPattern(
    r"\W*\w+\s+[\w.-]+\s+of\s+the\s+(?:[\w-]+\s+){0,3}?(?:regulations?|code|statutes?|act|laws?|"
    r"rules)\b",
    re.IGNORECASE,
)


def _leaves(sentence: _Text, division: str) -> bool:
    """Whether a sentence opens past a division held to a state by its run-in scope clause
    ("A.1 Scope. This Rider applies only to …"): a new division ("Schedule B"), or a number
    outside it ("6. Deletion" after "5.1 Scope."; not "A.2 FERPA." inside "A")."""
    # (not a citation that opens with a division's word: "Part 121 of the Regulations …")
    if _DIVISION.match(sentence.text) and not _CITATION.match(sentence.text):
        return True
    numbered = _NUMBERED.match(sentence.text)
    return numbered is not None and (
        (numbered.group("letter") or numbered.group("number")).casefold() != division.casefold()
    )


_CITATION_TAIL = LazyPattern(r"^[^(]*\)\W*$")
# A heading for every state's schools: "General Terms (All Schools)", "Terms for all LEAs".
_GENERAL = LazyPattern(
    r"^\s*(?:[\w.]+\s*[-\u2013\u2014:.]\s*)?(?:general (?:terms|provisions)|terms for all|"
    r"(?:for |applicable to )?all (?:schools|states|leas|districts|customers)|common terms|"
    # a contract's closing section: "13. General", "Miscellaneous"
    r"everything else|(?:general|miscellaneous)\s*$"
    # a title that says whom it is for: "Breach notification for all schools"
    r"|.*\b(?:for|applicable\s+to)\s+(?:all|every)\s+(?:schools?|states|leas|districts?|"
    r"customers?)\s*$)\b",
    re.IGNORECASE,
)


# A state's numbered paragraph that sends the reader on to terms under it: "10.2 Illinois. If
# you are an Illinois school, the following terms apply to you", "… the terms set out below
# apply", "… as well as the breach terms set out below", "… the rights set out under the
# headings below", "… the following:" (not "the Illinois addendum in Schedule C below applies",
# a document elsewhere, nor "the headings below apply to every school")
_GOES_ON = LazyPattern(
    # (every school's, not "all schools located in Illinois" or "any school district you serve")
    r"^(?!.*\b(?:every|all|other)\s+(?:schools?|customers?|districts?)\b"
    r"(?!\s+(?:(?:located|based|organized)\s+)?(?:in|of)\b))"
    r".*(?:\bthe\s+following\b[^.;]{0,60}\bappl(?:y|ies)\b"
    r"|\b(?:terms|provisions|rights|obligations|sections|paragraphs|conditions)\s+(?:(?:set\s+"
    r"(?:out|forth)|listed|stated|described)\s+)?below\b[^.;]{0,40}\bappl(?:y|ies)\b"
    r"|\bappl(?:y|ies)\b[^.;]{0,60}\b(?:following|below)\W*$"
    r"|\bunder\s+the\s+headings?\s+below\b|:\s*$)",
    re.IGNORECASE,
)


def _ends_section(heading: _Text, state_level: int, flat: bool, goes_on: bool) -> bool:
    """Whether a heading after a state's heading closes that state's section (``flat``: the
    state's heading is plain text's, where every heading is of one level; ``goes_on``: the
    state's numbered paragraph said that terms follow under it)."""
    if _DIVISION.match(heading.text) or _GENERAL.match(heading.text):
        return True
    if flat:
        # "14. California residents" then "15. International transfers": the next heading is
        # the next section, but not the tail of the state's heading that the reader cut at a
        # semicolon ("SOPIPA)")
        return not _CITATION_TAIL.match(heading.text)
    if not state_level:
        # the state named in a numbered paragraph ("13.2 Illinois."), under a page's heading:
        # the page's next heading of any level ends it, plain text's too ("10.2 Illinois. …"
        # then "10. Governing Law"); where the paragraph said terms follow under it, only a
        # title in capitals ("11. DISCLAIMERS"; not "Breach notification", one of its terms)
        return heading.level > 0 or not goes_on or heading.text.isupper()
    # ("## 12. Additional terms for California schools" then "## 13. The legal bits": the
    # next section of the page, a sibling)
    return bool(heading.level and heading.level <= state_level)
