"""A use limit read whole or weak (provision 3): the exceptions, hedges and further purposes
that open "only for the Services" or "not for any other purpose", as :mod:`.use_and_disclosure`
reads every limit it finds."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..exceptions import broad_exception
from ..hedges import hedged
from ..lazy_pattern import LazyPattern
from ..lexicon import DATA, after_a_disclosure, lowered, negated
from ..reader import Sentence
from .contracts_purposes import (
    BEYOND,
    BY_A_LAW,
    CHANGEABLE,
    CONTRACTS_PURPOSE,
    DISCRETION,
    FOR_ANYTHING_EXCEPT,
    MORE_PURPOSES,
    THIS_NOTICE,
)
from .registry import Verdict, present, weak

__all__ = ["firm_denial", "opened_denial", "use_limit"]


# Other purposes denied by the contract's measure: "for any purpose other than those
# authorized in these Terms", "for any other purpose".
_TO_THE_CONTRACT = LazyPattern(
    r"\b(?:any|no)\s+(?:other\s+)?purposes?\s+other\s+than\s+(?:those|the\s+purposes?|as)\s+"
    r"(?:expressly\s+)?(?:authori[sz]ed|permitted|set (?:out|forth)|described|specified)\s+"
    # ("… authorized by the School Agreement and these Terms")
    r"(?:in|by|under|pursuant to)\s+(?:this|these|the)\s+(?:[\w-]+\s+){0,2}?(?:agreement|addendum|"
    r"dpa|contract|terms)\b"
    r"|\bfor\s+any\s+other\s+purpose\b"
)


def opened_denial(sentence: Sentence) -> Verdict | None:
    """A denial of other uses of the data left open to what the vendor itself judges fit; None
    otherwise (not a broad exception's, which the school's own say may be: "except as the
    School determines in writing")."""
    if not re.search(DATA, lowered(sentence)):
        return None
    verdict = use_limit(sentence, "does not use the data for other purposes")
    return verdict if verdict.why == _ITS_OWN_JUDGEMENT else None


def firm_denial(denied: Sequence[Sentence], verb: str) -> Verdict | None:
    """ "shall not use Student Data for any purposes other than those authorized pursuant to
    this Agreement": the limit itself, however broad the uses the contract then lists (those
    are U1's and U2's to judge, as outside readers label them). The vendor's own use of the
    data, not a recipient's, nor its name or logo."""
    for sentence in denied:
        low = lowered(sentence)
        if (
            _TO_THE_CONTRACT.search(low)
            and re.search(DATA, low)
            and not after_a_disclosure(low, verb)
        ):
            verdict = use_limit(sentence, "does not use the data for other purposes")
            if verdict.status == "present":
                return verdict
    return None


# The school's own instruction as a use limit's one exception: "… and for no other purpose
# unless the School instructs us in writing" (processing on its instructions, provision 3's
# contract purposes; not a licence for 13's or 15's bans, which allow none)
_AS_THE_SCHOOL_INSTRUCTS = LazyPattern(
    r",?\s*unless\s+(?:the\s+)?(?:school|district|lea|board|customer|crec)\s+(?:so\s+)?"
    r"(?:instructs|directs)\s+(?:us|me|it|(?:the\s+)?contractor)?\s*(?:to\s+do\s+so\s+)?in\s+writing"
    r"(?:\s+to\s+do\s+so)?\b(?=\s*(?:\([^)]*\))?\s*(?:[.;]|$))"
)


_ITS_OWN_JUDGEMENT = "limits its use of the data to what the vendor itself judges fit"


def use_limit(sentence: Sentence, why: str) -> Verdict:
    """A limit on use: weak when an exception, a hedge or further purposes swallow it. An
    exception that is the contract's own purpose ("except to perform its obligations under
    this Agreement") is the limit itself."""
    text = _AS_THE_SCHOOL_INSTRUCTS.sub("", CONTRACTS_PURPOSE.sub("", sentence.text.casefold()))
    # the purposes after "for anything except": what the denial lets through ("… except
    # teaching this workshop and marketing my other courses")
    excepted = FOR_ANYTHING_EXCEPT.search(sentence.text.casefold())
    beyond = (BEYOND.search(text) is not None and not negated(text, BEYOND.pattern)) or bool(
        excepted and BEYOND.search(excepted.group(1))
    )
    if broad_exception(text) or hedged(text) or MORE_PURPOSES.search(text) or beyond:
        return weak(sentence, "limits its use of the data, but with a broad exception")
    if DISCRETION.search(text):
        return weak(sentence, _ITS_OWN_JUDGEMENT)
    if CHANGEABLE.search(text) or THIS_NOTICE.search(text):
        return weak(sentence, "limits its use of the data to a document the vendor may change")
    if BY_A_LAW.search(text):
        return weak(sentence, "measures its use of the data by a law, not the contract's purposes")
    return present(sentence, why)
