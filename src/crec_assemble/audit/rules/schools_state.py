"""The law of the state where the school is, governing the whole contract: Connecticut's law
for a Connecticut board (provision 9), though the paper never names Connecticut."""

from __future__ import annotations

from ..lazy_pattern import LazyPattern
from .law_places import PLACES

__all__ = ["schools_state_read"]

_PRIVATE_SCHOOL = LazyPattern(r"\b(?:private|non-?public|independent)\s+schools?\b")
# … nor the law of a school the condition places in another state: "If the School is a charter
# school organized in California or Arizona, …"
# (the school's own place, before the clause: not "… even where Maplewood stores Student Data
# on servers in Virginia", nor "…; for a School located in Washington, D.C., …" after it)
_ANOTHER_STATES_SCHOOLS = LazyPattern(
    r"\b(?:if|where|when|for)\b[^.;]{0,60}\b(?:schools?|customers?|districts?|leas?|subscribers?|"
    r"institutions?|licensees?|you(?:\s+are|['\u2019]re|\s+(?:run|operate|serve)))\b[^.;]{0,40}\b(?:in|of)\s+(?:the\s+state\s+of\s+)?"
    rf"(?:{PLACES})\b"
)


def schools_state_read(low: str) -> str:
    """``low`` with the law of the state where the school is, governing the whole contract,
    read as Connecticut's, which it is for a Connecticut board ("… these Terms and the rights
    and duties of both parties are governed by the laws of the state in which the School is
    located"); not for a private school's, nor the law of part of the contract."""
    if _PRIVATE_SCHOOL.search(low):
        return low
    clause = _SCHOOLS_STATE.search(low) or _SCHOOLS_STATE_GOVERNS.search(low)
    if clause is not None and _ANOTHER_STATES_SCHOOLS.search(low[: clause.start()]):
        return low
    low = _SCHOOLS_STATE.sub(r"\g<governed> the laws of the state of connecticut", low)
    return _SCHOOLS_STATE_GOVERNS.sub(r"the laws of the state of connecticut \g<governs>", low)


# The whole contract, opening its clause, governed by the school's own state's law.
_SCHOOLS_STATE = LazyPattern(
    # "These School Terms, and the rights and duties of the School and StageCall under them,
    # are governed by …"
    r"(?P<governed>(?:^|[,;:]\s*|\b(?:that|and)\s+)(?:this|these)\s+(?:[\w-]+\s+)?(?:agreement|terms|dpa|"
    r"addendum|contract),?(?:\s+and\s+the\s+rights\s+and\s+(?:duties|obligations)\s+of\s+"
    r"(?:(?:all|both|the|each)\s+part(?:y|ies)(?:\s+hereto)?|(?:the\s+)?[\w-]+\s+and\s+(?:of\s+)?"
    r"(?:the\s+)?[\w-]+)"
    r"(?:\s+under\s+(?:it|them))?,?)?\s+(?:is|are|shall\s+be|will\s+be)\s+governed\s+by"
    r"(?:\s+and\s+construed\s+in\s+accordance\s+with)?)\s+the\s+laws?\s+of\s+the\s+(?:state|"
    r"jurisdiction)\s+(?:in\s+which|where)\s+(?:the\s+|your\s+|each\s+)?(?:[\w-]+\s+)?"
    r"(?:school|district|customer|lea|board|institution|subscriber|licensee|agency)s?\s+(?:is|are)\s+"
    r"(?:located|situated|based|organi[sz]ed|established)\b"
)
# The same law as the subject: "the laws of the state in which Customer is located govern this
# Agreement and the rights and duties of the parties".
_SCHOOLS_STATE_GOVERNS = LazyPattern(
    r"\bthe\s+laws?\s+of\s+the\s+(?:state|jurisdiction)\s+(?:in\s+which|where)\s+"
    r"(?:the\s+|your\s+|each\s+)?(?:[\w-]+\s+)?(?:school|district|customer|lea|board|institution|"
    r"subscriber|licensee|agency)s?\s+(?:is|are)\s+(?:located|situated|based|organi[sz]ed|established)\s+"
    r"(?P<governs>(?:shall\s+|will\s+)?govern\s+(?:this|these)\s+(?:agreement|terms|dpa|addendum|"
    r"contract)\b)"
)
