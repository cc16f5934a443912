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


# Where the school is: "the laws of the state in which the School is located", "… where
# Customer's principal office is located", "… in which the Program Sponsor's principal office is
# located".
_SCHOOLS_PLACE = (
    r"the\s+laws?\s+of\s+the\s+(?:state|jurisdiction)\s+(?:in\s+which|where)\s+"
    r"(?:the\s+|your\s+|each\s+)?(?:[\w-]+\s+)?(?:school|district|customer|lea|board|institution|"
    r"subscriber|licensee|agency|crec|council|(?<=program\s)sponsor)s?(?:['\u2019]s?\s+(?:principal\s+)?(?:office|place\s+of\s+"
    r"business|headquarters))?\s+(?:is|are)\s+(?:located|situated|based|organi[sz]ed|established)"
)
# The whole contract, opening its clause, governed by the school's own state's law.
_SCHOOLS_STATE = LazyPattern(
    # "These School Terms, and the rights and duties of the School and StageCall under them,
    # are governed by …"; "12.1 These Terms, and all rights and duties of …"; "This Agreement,
    # and the rights and duties of all parties to it, …"; "…, these School Terms are instead
    # governed by …"
    r"(?P<governed>(?:^(?:[\d.]+\s+)?|[,;:]\s*|\b(?:that|and)\s+)(?:this|these)\s+"
    r"(?:[\w-]+\s+)?(?:agreement|terms|dpa|addendum|contract),?(?:\s+and\s+(?:all\s+)?(?:the\s+)?rights\s+and\s+"
    r"(?:duties|obligations)\s+of\s+[^.;]{0,100}?,?)?\s+(?:is|are|shall\s+be|will\s+be)\s+"
    r"(?:instead\s+)?governed\s+by(?:\s+and\s+construed\s+in\s+accordance\s+with)?)\s+"
    + _SCHOOLS_PLACE
    + r"\b"
)
# The same law as the subject: "the laws of the state in which Customer is located govern this
# Agreement and the rights and duties of the parties".
_SCHOOLS_STATE_GOVERNS = LazyPattern(
    r"\b" + _SCHOOLS_PLACE + r"\s+(?P<governs>(?:shall\s+|will\s+)?govern\s+(?:this|these)\s+"
    r"(?:agreement|terms|dpa|addendum|contract)\b)"
)
