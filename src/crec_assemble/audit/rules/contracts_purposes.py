"""The words by which a use limit names its purposes (:mod:`.use_and_disclosure`): the
contract's own ("except to perform its obligations under this Agreement", "except as stated in
Section 3.4"), or the vendor's, which no limit holds ("such other purposes as Acme
determines", "as described in this Policy, which we may update")."""

from __future__ import annotations

import re

from ..lazy_pattern import LazyPattern
from ..lexicon import NO_ONE, negated

__all__ = [
    "BY_A_LAW",
    "CHANGEABLE",
    "CONTRACTS_PURPOSE",
    "DISCRETION",
    "FOR_ANYTHING_EXCEPT",
    "OWN_SECTION",
    "THIS_NOTICE",
    "VENDORS_OWN_PURPOSES",
    "beyond_the_service",
]

# "for anything except …": the denial's own exception, whatever follows it.
_FOR_ANYTHING_BUT = r"\bfor\s+anything\s+(?:else\s+)?(?:except|but|other than)\b"
CONTRACTS_PURPOSE = LazyPattern(
    r"\b(?:except|other than)\s+(?:as\s+(?:necessary|needed|required)\s+)?(?:to|for)\s+"
    r"(?:perform\w*|provid\w*|deliver\w*)\b[^.;,]{0,40}\b(?:services?|obligations)\b"
    r"(?:\s+(?:under|pursuant to|in accordance with)\s+(?:this|the)\s+\w+)?"
    # "I will not use the class list … for anything except running this Unit"
    # ("… for anything other than planning and running your demonstration")
    rf"|{_FOR_ANYTHING_BUT}\s+(?:(?:planning|preparing|scheduling)\s+(?:and|or)\s+)?(?:running|"
    r"teaching|deliver\w*|provid\w*|"
    r"perform\w*|present\w*|"
    r"conduct\w*|carry\w* out)\b"
    # the uses the contract's own terms allow, however broad (U1's to judge): "except as these
    # School Terms allow" (not "the Third-Party Terms", another's)
    r"|\bexcept\s+as\s+(?:this|these)\s+(?:(?:school|customer|district|subscriber|student)\s+)?"
    r"(?:agreement|addendum|dpa|contract|terms)\s+(?:expressly\s+)?(?:permits?|allows?|provides?|"
    r"authori[sz]es?)\b"
    # uses the school itself authorizes ("… or otherwise authorized by the school in its
    # agreement with us")
    r"|\bor\s+otherwise\s+authori[sz]ed\s+by\s+the\s+(?:school|district|lea|customer)\s+in\s+"
    r"(?:its|the|their)\s+agreement\b"
)

# "only as described in this Policy, which we may update from time to time"
CHANGEABLE = LazyPattern(
    r"\b(?:may|can|reserves? the right to)\s+(?:\w+\s+)?(?:update|change|amend|modify|revise)\b"
    r"|\bas (?:it|they) may be (?:amended|updated|changed|modified)\b"
)


# "only for purposes that Provider considers consistent with its mission", "in ways that we
# believe benefit students": the vendor's own judgment is no limit.
DISCRETION = LazyPattern(
    r"\b(?:we|it|provider|vendor|company|contractor|operator|licensor|supplier|consultant)\s+"
    r"(?:\w+\s+)?(?:considers?|believes?|deems?|determines?|judges?)\b"
    r"|\bin (?:its|our) (?:sole |absolute |reasonable )?(?:discretion|judgment|opinion)\b"
)

# Purposes the vendor adds by its own say, not the contract's: "such other purposes as Acme
# determines", a policy it writes or may change, purposes it tells the school of later.
VENDORS_OWN_PURPOSES = LazyPattern(
    rf"{DISCRETION.pattern}|{CHANGEABLE.pattern}|\bsuch other purposes\b"
    r"|\b(?:privacy (?:policy|notice|statement)|terms of (?:use|service))\b"
    r"|\botherwise\s+(?:disclosed|notified|communicated|made known)\s+to\b"
)

FOR_ANYTHING_EXCEPT = LazyPattern(rf"{_FOR_ANYTHING_BUT}(.*)")

# The page that makes the limit, when it is the vendor's notice or policy: "only as described
# in this Policy", "for any purpose not listed in this notice".
THIS_NOTICE = LazyPattern(
    r"\b(?:described|set (?:out|forth)|listed|explained)\s+in\s+this\s+(?:privacy\s+)?"
    r"(?:policy|notice|statement(?!\s+of\s+work)|page)\b"
)


# "only as permitted by FERPA": what a law permits, not what the contract authorizes.
BY_A_LAW = LazyPattern(
    r"\bonly\s+(?:as|to the extent)\s+(?:permitted|allowed|authori[sz]ed)\s+(?:by|under)\s+"
    r"(?!(?:this|the)\s+(?:agreement|addendum|dpa|contract|district|lea|school|board)\b)"
)


# An exception that names a section of the contract ("except the uses listed in this Section
# 4", "except as stated in Section 3.4", "except as clause 4.7 allows"): the limit is as whole
# as that section's uses, which :mod:`.use_and_disclosure` reads.
OWN_SECTION = LazyPattern(
    r",?\s*\bexcept\s+(?:the\s+(?:uses|purposes)\s+(?:listed|described|set out|stated)\s+in\s+"
    r"this\s+(?:section|clause)\s+(?P<this>\d+(?:\.\d+)*)(?!\.?\d)|as\s+(?:(?:stated|set out|"
    r"described|provided|permitted|allowed)\s+in\s+)?(?:section|clause|paragraph)\s+"
    r"(?P<named>\d+(?:\.\d+)*)(?!\.?\d)"
    r"(?:\([a-z]\))?(?:\s+(?:allows|permits|provides))?)\b"
    # (the contract's own section, not "Section 3.4 of the Maplewood Privacy Policy")
    r"(?!\s+of\s+(?!(?:this|the)\s+(?:agreement|addendum|dpa|contract|terms)\b))"
)

# A use the excepted section grants, or a limit it lifts ("Sections 3.1 and 3.2 do not apply to
# Family Portal Contact Data"); the service's own purposes; and what lies outside them.
_GRANTS_A_USE = LazyPattern(
    r"\b(?:may|will|can|shall)\s+(?:also\s+)?(?:use|process|share|disclose|keep)\b"
    r"|\bdo(?:es)?\s+not\s+apply\b"
)
# What the school directs or the law compels, which an excepted section may add ("as the School
# directs in writing", "when required by law or court order"): read apart from its other uses.
_DIRECTED_OR_COMPELLED = LazyPattern(
    r"\b(?:as|when|where|if)\s+(?:the\s+)?(?:school|district|lea|customer|board)\s+(?:directs?|"
    r"instructs?|requests?|authori[sz]es)\b[^,;.]*"
    r"|\b(?:as|when|where|if)\s+(?:required|compelled)\s+by\s+(?:applicable\s+)?(?:law|court order|"
    r"subpoena|legal process)(?:\s+or\s+(?:a\s+)?(?:court order|subpoena|legal process))?"
)
_FOR_THE_SERVICE = LazyPattern(
    r"\b(?:provid|operat|maintain|support|troubleshoot|improv|secur|diagnos|fix|run|deliver|"
    r"answer|respond|tailor|personali[sz])\w*\b"
)
_OUTSIDE_THE_SERVICE = LazyPattern(
    r"\b(?:websites?|reels?|proposals?|social|promot\w*|offers?|partners?|train\w*|models?|"
    r"products?|market\w*|advertis\w*|research|portfolios?|publicity|grants?|archives?|sell\w*|"
    r"sales?|third[- ]part(?:y|ies)|affiliates?|recruit\w*|customers|insights?|own\s+purposes?|"
    r"(?:grow|build)(?:s|ing)?\s+(?:its|our|their)\s+business|business\s+(?:purposes?|development))\b"
)


def beyond_the_service(low: str) -> bool:
    """Whether an excepted section's sentence grants a use beyond the service itself: one
    outside it ("to sell aggregated insights"), or a purpose that is not the service's ("to
    develop new features"). The school's direction and the law's compulsion are read apart
    ("as the School directs in writing"); the de-identified data's uses are U2's, unless sold or
    shared beyond the service."""
    if not _GRANTS_A_USE.search(low):
        return False
    if _OUTSIDE_THE_SERVICE.search(low) and not negated(low, _OUTSIDE_THE_SERVICE.pattern):
        return True
    if re.search(NO_ONE, low):
        return False
    rest = _DIRECTED_OR_COMPELLED.sub(" ", low)
    # the purposes it names ("to …", "for …"), each the service's own
    purposes = re.findall(r"\b(?:to|for)\s+(?!the\s+school\b)([a-z-]+)", rest)
    named = [p for p in purposes if p not in ("it", "them", "its", "the", "any", "a", "an")]
    return bool(named) and not _FOR_THE_SERVICE.search(rest)
