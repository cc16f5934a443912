"""A promise the vendor qualifies until it binds nothing certain: the vendor judges whether it
applies ("unless Provider determines …", "as interpreted by Vendor"), needs only to try
("commercially reasonable efforts"), may but need not act, keeps it "to the extent
practicable", or ties it to a policy it can change. Family B's rules read such a promise as
weak, never present: the regulation's provisions are unconditional.
"""

from __future__ import annotations

from ..durations import periods_in_days
from ..lazy_pattern import LazyPattern
from ..reader import Sentence
from .registry import Verdict, weak, weakened

__all__ = ["CHANGEABLE", "firm", "qualification"]

CHANGEABLE = "it follows a policy the vendor can change"

_WHO = r"(?:provider|vendor|company|licensor|contractor|consultant|operator|we|it|i)"
# Whose judgement decides, after "in its": "sole discretion", "professional judgement".
_JUDGEMENT = (
    r"(?:sole |absolute |reasonable |own |professional |good[- ]faith )*(?:discretion|judge?ment|"
    r"opinion)\b"
)
# The school's own discretion ("which the District may give in its sole discretion") is none
# of the vendor's.
_SCHOOL_DISCRETION = LazyPattern(
    r"\b(?:district|lea|board|school|customer|institution|crec)\b[^.;]{0,40}\bin (?:its|their) "
    + _JUDGEMENT
)
# The urgent case of a breach notice, which the regulation leaves to a belief in imminent
# misuse: "or within two (2) calendar days if we believe Student Data may be imminently
# misused" shortens the deadline and qualifies nothing.
_URGENT_CASE = LazyPattern(
    r"\b(?:if|where|when)\s+(?:we|it|the\s+\w+)\s+(?:reasonably\s+)?(?:believes?|considers?)\b"
    r"(?:(?!discretion)[^.;]){0,60}\b(?:imminent\w*|urgent\w*)"
)
# A breach notice the vendor's belief sets off, which widens it: "if … I believe that someone
# who should not have it has seen student information, I will tell the Host …".
_SUSPECTED_BREACH = LazyPattern(
    # (no judgement of the vendor's in the reach: not "Where Maplewood deems an incident harmful
    # and it believes …")
    rf"\b(?:if|where|when|or)\s+(?:(?:(?!\b(?:deem|determin|consider|judg|decid)\w*)[^.;]){{0,60}}\s)?"
    rf"{_WHO}\s+(?:reasonably\s+)?(?:believes?|"
    r"suspects?)\s+(?:that\s+)?[^.;]{0,80}?\b(?:has|have|may\s+have)\s+(?:been\s+)?(?:seen|"
    r"accessed|acquired|disclosed|lost|stolen|viewed|obtained|compromised|occurred)\b"
)
_QUALIFICATIONS: tuple[tuple[LazyPattern, str], ...] = (
    (
        LazyPattern(
            rf"\b(?:unless|except|if|where|to the extent|as|that)\b[^.;]{{0,60}}\b{_WHO}\b"
            r"(?:\s+\w+)?\s+(?:determines?|deems?|considers?|believes?|judges?)\b"
            r"|\bas (?:reasonably )?(?:interpreted|determined|deemed) by\b"
            r"|\bas (?:\w+ )?determines? (?:appropriate|necessary)\b"
            # "with such safeguards as I see fit", "the safeguards I consider appropriate"
            rf"|\bas\s+{_WHO}\s+(?:sees?|deems?|thinks?)\s+fit\b"
            r"|\b(?:safeguards|measures|steps|precautions|controls)\s+(?:that\s+)?"
            rf"{_WHO}\s+(?:considers?|deems?|judges?|thinks?)\s+(?:to\s+be\s+)?"
            r"(?:appropriate|necessary|reasonable|suitable|adequate)\b"
            # "in its sole discretion", "reasonable, in its professional judgement",
            # "reasonable steps, consistent with his professional judgment"
            # ("as I determine in my professional judgement"; not a judgement that governs a
            # clause of its own: "… anything that, in my professional judgement, suggests …")
            r"|\b(?:in|consistent with|according to|as determined by) "
            r"(?:its|our|his|her|my) "
            + _JUDGEMENT
            + r"(?!,?\s+(?:suggests?|indicates?|shows?|means?)\b)"
        ),
        "the vendor decides whether it applies",
    ),
    (
        LazyPattern(
            r"\b(?:use|make|exercise)s?\s+(?:all\s+)?(?:commercially\s+)?(?:reasonable|good[- ]"
            r"faith|best)\s+efforts?\b"
            # "I will do my best to take care of it", "we do our best to keep it confidential"
            r"|\bdo\s+(?:my|our)\s+(?:very\s+)?best\b"
        ),
        "the vendor need only try",
    ),
    (
        LazyPattern(
            r"\bmay,? but (?:is|are|shall|will) not (?:be )?(?:required|obligated)\b|"
            r"\b(?:shall|will) (?:have|be under) no obligation to\b"
        ),
        "the vendor may, but need not",
    ),
    (
        LazyPattern(
            r"\bto the extent (?:practicable|feasible|possible|commercially reasonable)\b"
            # "… and we will do so where practicable" (not "…, and, where practicable, will name
            # the students affected", nor "multi-factor authentication where practicable")
            r"|\b(?:do|does|will\s+do)\s+so\s+(?:only\s+)?(?:where|wherever|when|if)\s+(?:reasonably\s+)?"
            r"(?:practicable|feasible)\b"
            # a deletion qualified at its end: "I will delete the class list … where practical."
            # (not on another act after it: "… and confirm the deletion in writing where practical")
            r"|\b(?:delete|destroy|dispose\s+of|erase)\b(?:(?!\band\s+(?:will\s+|shall\s+)?(?:confirm|notify|"
            r"provide|send|certify|give|return)\b)[^.;]){0,100}\bwhere\s+(?:reasonably\s+)?"
            r"(?:practical|practicable|feasible)\s*[.;]?\s*$"
        ),
        "only as far as the vendor finds practicable",
    ),
    (
        LazyPattern(
            r"\b(?:its|our|\w+['\u2019]s) (?:[\w-]+ ){0,3}polic(?:y|ies)\b[^.;]{0,40}\b(?:as "
            r"(?:amended|updated|modified|changed|revised)|from time to time|may (?:update|"
            r"modify|change|amend|revise))"
        ),
        CHANGEABLE,
    ),
)


def qualification(text: str) -> str | None:
    """Why ``text``'s promise is qualified, or None."""
    low = _SCHOOL_DISCRETION.sub(" ", text.casefold())
    if len(set(periods_in_days(low))) > 1:
        # the shorter of two periods, for the urgent case: the regulation's own
        low = _URGENT_CASE.sub(" ", low)
    low = _SUSPECTED_BREACH.sub(" ", low)
    return next((why for pattern, why in _QUALIFICATIONS if pattern.search(low)), None)


def _qualified(sentence: Sentence, verdict: Verdict, _: tuple[object, ...]) -> Verdict | None:
    why = qualification(sentence.text)
    return None if why is None else weak(sentence, f"{verdict.why}, but qualified: {why}")


firm = weakened(_qualified)
"""A rule whose "present" turns weak when the deciding sentence is qualified."""
