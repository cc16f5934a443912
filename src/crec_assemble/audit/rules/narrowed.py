"""A whole promise, not part of one: the last reading family A's rules give a sentence they
found present (provisions 1, 3, 4, 11, 13, 15(a)-(e) and the permitted uses).

Vendor paper often makes the regulation's promise in its words and then narrows it in the
same sentence, in ways no single provision's rule looks for:

- for some people only: "students under 13", "residents of the EEA", "California parents",
  "premium subscribers", "the free edition"; or some of the time: "while logged in";
- as a report of present practice, not a promise: "currently does not", "at this time",
  "reserves the right";
- as a hedge on the effort: "to the extent commercially reasonable", "where practicable",
  "is designed to collect only …";
- with more left to someone's choice: "such future studies as Recipient may undertake",
  "or later consented to by the user", "and may also collect …";
- for ownership, only for a while: "while this Agreement is in effect", "while the account
  is active";
- in the next sentence: "Notwithstanding the foregoing, Provider may …" with an exception
  the regulation does not allow.

Each leaves the promise there but short of the regulation, so the finding is weak, with the
reason, and never present.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from ...inputs.vocabulary import LAW_PLACES
from ..exceptions import broad_exception
from ..hedges import hedged
from ..lazy_pattern import LazyPattern
from ..lexicon import LEA, NO_ONE
from ..reader import Sentence
from ..students_as_you import OR_YOUR_PARENT
from .registry import Verdict, weak, weakened

__all__ = ["for_some_only", "lasting", "reports_practice", "shortfall", "whole"]

# Places other than Connecticut whose residents a promise may be narrowed to.
_OTHER_STATES = "|".join(
    [*(place for place in LAW_PLACES if place != "Connecticut"),
     "EU", "EEA", "European", "UK", "British", "Canadian"]
).casefold()  # fmt: skip
_PEOPLE = (
    r"(?:residents?|parents?|students?|users?|schools?|districts?|families|consumers?|"
    r"customers?|children|pupils?)"
)
_SOME_PEOPLE = LazyPattern(
    # ("… to Authorized Users under the age of thirteen (13)", "under age 13"; not "including
    # those under 13", which widens)
    r"(?<!including )(?<!including those )(?<!including students )(?<!including users )"
    r"\b(?:under|below|younger than|over|older than)\s+(?:(?:the\s+)?age\s+(?:of\s+)?)?"
    r"(?:\d+|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen)\b"
    r"|\b(?:residents?|citizens?) of\b(?!\s+(?:the\s+state\s+of\s+)?connecticut\b)"
    r"|\b(?:in|from|within) the (?:eu|eea|european (?:union|economic area)|united kingdom|uk)\b"
    rf"|\b(?:{_OTHER_STATES})\s+(?:[\w-]+\s+)?{_PEOPLE}\b"  # "California Partner Schools"
    r"|\b(?:premium|paid|free|basic|enterprise|pro|plus)\s+(?:subscribers?|users?|accounts?|"
    r"editions?|versions?|tiers?|plans?)\b"
)
# "… on third-party sites while they are logged in to the Service", "during school hours"
_SOME_OF_THE_TIME = LazyPattern(
    r"\bwhile (?:they are |he or she is |the student is |students are )?(?:logged|signed) in\b"
    r"|\bduring (?:school|class|instructional) (?:hours|time)\b|\bduring the school day\b"
)
_PRACTICE = LazyPattern(
    r"\b(?:currently|presently|at (?:this|the present) time|at present|for now)\b"
    r"(?!\s+(?:held|holds?|stored|stores?|maintained|maintains?|possess\w*|in\b|collected|"
    r"has|have|uses? by|used by))"
    r"|\breserves? the right\b"
    # a description that binds nothing (the readings settled after batch 6): "our practice is
    # not to sell …", "we have no plans to …", "we do not intend to …"
    r"|\b(?:(?:our|its|their|my) (?:current |general |standard )?practice is\b|(?:have|has) no "
    r"(?:current )?(?:plans?|intention) to\b|(?:do|does) not (?:currently )?(?:intend|plan) to\b)"
)
_EFFORT = LazyPattern(
    r"\b(?:to the extent|where|as far as)\s+(?:commercially\s+)?(?:reasonabl[ey]|practicable|"
    r"possible|feasible)\b|\bcommercially reasonable efforts?\b"
    # "Lumora is designed to collect only …": what the service aims at, not a promise.
    r"|\b(?:is|are)\s+(?:designed|built|intended|meant)\s+to\b"
)
_MORE_LEFT_OPEN = LazyPattern(
    rf"\bas\s+(?:the\s+)?(?!{LEA})[\w-]+\s+may\s+(?:\w+\s+)?(?:undertake|choose|determine|"
    r"decide|select|elect|wish|deem)\w*"
    r"|\b(?:consented to|authori[sz]ed|approved|agreed to)\s+by\s+(?:the\s+|a\s+|an\s+|each\s+)?"
    r"(?:end[- ])?(?:users?|individuals?|data subjects?|persons?)\b"
    r"|\b(?:and|but)\s+(?:may|can|will|reserves?)\s+also\b"
    # "… the Research Protocol, as amended from time to time by the Principal Investigator"
    rf"|\bas (?:amended|updated|modified|revised|changed) from time to time by\s+(?!{LEA})"
)
_WHILE = LazyPattern(
    r"\bwhile\s+(?:this|the|their|his|her|its|each|your|a|an)\s+(?:[\w-]+\s+)?(?:agreement|"
    r"contract|subscription|accounts?|term|licen[cs]e)\b"
    r"|\b(?:during|for) the (?:term|duration|life) of\b"
    r"|\buntil (?:termination|the end|expiry|expiration)\b"
)


def for_some_only(text: str) -> bool:
    """Whether the sentence holds only for some people: "California Schools", "students
    under 13", "premium subscribers"."""
    # another for the others, set aside: "notify the affected School (or, for a free account,
    # the Teacher)" leaves no school out
    low = _AND_THE_MINORS_PARENTS.sub(" ", _OR_FOR_OTHERS.sub(" ", text.casefold()))
    if _STUDENTS_TOLD.search(low) or _STUDENTS_OWN.search(low) or _STUDENT_OR_PARENT.search(low):
        low = _MINORS_PARENTS.sub(" ", low)
    return _SOME_PEOPLE.search(low) is not None


_OR_FOR_OTHERS = LazyPattern(
    r"\(\s*or,?\s+(?:for|if|where)\b[^(),]{0,40},\s*(?:to\s+)?(?:the|its|their|that|each)\s+"
    r"[\w\s'\u2019-]{1,40}\)"
)
# The parents of the students who are minors, beside the students themselves: "each affected
# Student, and the parents or guardians of any affected Student under 18" leaves no one out.
_STUDENTS_TOLD = LazyPattern(
    r"\b(?:notify|inform|tell|e-?mail)\w*\s+(?:each\s+|every\s+|all\s+|the\s+|any\s+)?(?:affected\s+)?"
    # (or the service's word for them: "email affected riders (and the parent email on file
    # for riders under 18)")
    r"(?:students?|riders?|players?|athletes?|participants?|cadets?|learners?|users?)\b"
)
# "A student, or a parent or guardian of a student under 18, may review …": the student, and the
# parents of the minors
_STUDENT_OR_PARENT = LazyPattern(
    r"\b(?:(?:a|an|each|any|the)\s+)?(?:students?|learners?|users?),?\s+(?:or|and)\s+(?:a|the|their)\s+"
    r"parents?\b"
)
# "… each affected Learner, and for a Learner under eighteen (18) the Learner's parent": the
# minors' parents told as well, a clause that widens the notice wherever it is read
_AND_THE_MINORS_PARENTS = LazyPattern(
    r"\b(?:for|if|where|when)\s+(?:a|an|the|any)\s+\w+\s+under\s+(?:the\s+age\s+of\s+)?(?:18|eighteen)\b"
    r"[^.;]{0,40}?\b(?:parents?|guardians?)\b"
    # "You (or, if you are under 13, your parent or guardian) own …"
    rf"|{OR_YOUR_PARENT}"
)
_MINORS_PARENTS = LazyPattern(
    r"\b(?:parents?|guardians?)\b[^.;]{0,60}?\b(?:under|below|younger than)\s+"
    r"(?:the\s+age\s+of\s+)?(?:18|eighteen)\b"
    # "belong to the student, or, if the student is under 18, to the student and his or her
    # parent", "Players (or, for players under 18, their parent or guardian) own …"
    r"|\bor,?\s+\(?\s*(?:for|if|where|when)\b[^.;]{0,40}?\b(?:under|below|younger than)\s+"
    r"(?:the\s+age\s+of\s+)?(?:18|eighteen)\b[^.;]{0,40}?\b(?:parents?|guardians?)\b"
)
# The students as owners, beside the parents of the minors among them.
_STUDENTS_OWN = LazyPattern(
    r"\bbelong\w*\s+to\s+(?:the|that|each)\s+(?:students?|players?|participants?|athletes?)\b"
    r"|\b(?:students?|players?|participants?|athletes?)\b[^.;]{0,80}?\bown\b"
)


def reports_practice(text: str) -> bool:
    """Whether the sentence reports what the vendor does now rather than promising it ("does
    not currently", "we have no plans to")."""
    return _PRACTICE.search(text.casefold()) is not None


def shortfall(text: str, *, timed: bool = False) -> str | None:
    """How the sentence narrows its own promise, or None."""
    low = text.casefold()
    if for_some_only(low):
        return "holds only for some students or users"
    if _SOME_OF_THE_TIME.search(low):
        return "holds only some of the time"
    if reports_practice(low):
        return "reports a present practice rather than promising it"
    if hedged(low) or _EFFORT.search(low):
        return "only aims at it"
    if _MORE_LEFT_OPEN.search(low):
        return "leaves more to the vendor's or a user's choice"
    if timed and _WHILE.search(low):
        return "only for a while"
    return None


# The next sentence that takes the promise back: "Notwithstanding the foregoing, Provider may
# share Student Data with its affiliates …", "However, we may …", "The only exception is
# in-game offers for …". An override that only allows what the regulation allows ("… as
# required by law") or reaches only data that identify no one leaves the promise whole.
_OVERRIDE = LazyPattern(
    r"^\W*(?:[\d.]+\s+)?(?:notwithstanding (?:the foregoing|anything[^,]{0,60}|this[^,]{0,40})"
    r"|however|that said|nothing in this (?:section|agreement|addendum|paragraph|clause)"
    r"[^,]{0,20}?(?:prevents?|limits?|restricts?|prohibits?)"
    r"|(?P<exception>the (?:only|one|sole) exceptions? (?:to this |to that )?(?:is|are|being)"
    r"(?: that)?))\b,?"
)


def _taken_back(sentences: Sequence[Sentence], promise: Sentence) -> Sentence | None:
    at = next((n for n, s in enumerate(sentences) if s is promise), None)
    if at is None:
        return None
    for later in sentences[at + 1 : at + 3]:
        if later.paragraph != promise.paragraph:
            break
        low = later.text.casefold()
        override = _OVERRIDE.match(low)
        if (
            override is not None
            and (
                override.group("exception") is not None
                or re.search(r"\b(?:may|can|reserves? the right)\b", low)
            )
            and not re.search(NO_ONE, low)
            and broad_exception("except " + low[override.end() :])
        ):
            return later
    return None


def _narrowed(
    sentence: Sentence, verdict: Verdict, args: tuple[Sequence[Sentence]], *, timed: bool
) -> Verdict | None:
    why = shortfall(sentence.text, timed=timed)
    if why is not None:
        return weak(sentence, f"{verdict.why}, but {why}")
    later = _taken_back(args[0], sentence)
    if later is not None:
        return weak(later, f"{verdict.why}, but the next sentence takes it back")
    return None


whole = weakened(functools.partial(_narrowed, timed=False))
"""A rule whose present finding must be the whole promise, for everyone, as a promise."""
lasting = weakened(functools.partial(_narrowed, timed=True))
"""As :func:`whole`, for ownership, which must also not end with the contract."""
