"""The security standards a vendor may name beside its practices (provision 12): a framework
(NIST, ISO 27001, SOC 2, a certification scheme), industry standards, or a state's or a
regulator's own, or a blank left where they are to be named (:func:`blank_standard`). Naming
one is a security practice short of HITECH and 45 CFR 164.312, two of the three standards
provision 12 names (the third, industry standards, is ``INDUSTRY``), which :mod:`.security`
reads; naming none beside the practices is no standard at all. Kept apart from the rule
because the list grows with the paper."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..durations import has_placeholder
from ..lazy_pattern import LazyPattern
from ..lexicon import find, lowered, negated
from ..reader import Sentence

__all__ = ["ANY_STANDARD", "INDUSTRY", "blank_standard", "named_standards"]

_FRAMEWORK = (
    r"\b(?:nist|iso(?:/iec)?\s*2700[12]|soc\s*2|pci(?:[- ]dss)?|hipaa security rule|"
    r"cis (?:critical security )?controls|"
    # a certification scheme by name: "certified under the UK Cyber Essentials scheme" (not
    # "training in cyber essentials such as password hygiene")
    r"cyber essentials(?: plus)?(?=\s+(?:certif\w*|scheme|standard|accredit\w*))|"
    r"industry[- ]standard (?:security|safeguards|encryption|practices))\b"
)
_FRAMEWORKS = LazyPattern(_FRAMEWORK)
# A certification the vendor says it lacks: "does not hold Cyber Essentials certification".
_NOT_CERTIFIED = LazyPattern(
    r"\b(?:does|do|is|are|has|have)\s+not\s+(?:yet\s+)?(?:hold|have|maintain|obtain\w*|been)\b"
    r"[^.;]{0,40}\b(?:certif\w*|accredit\w*|attest\w*)"
)
# A state's or a regulator's own standard, kept to by the vendor: "complies with 201 CMR
# 17.00", "in accordance with the FFIEC IT Examination Handbook", "12 CFR Part 364, Appendix
# B", the Safeguards Rule, OWASP (not "is not subject to the Gramm-Leach-Bliley Act", "its
# GLBA privacy notice", nor what schools "may request under 201 CMR 17.00").
_OWN_STANDARD = (
    r"\b(?:\d+\s+cmr\s+17(?:\.00)?|ffiec|12\s+cfr\s+(?:part\s+)?364|16\s+cfr\s+(?:part\s+)?314|"
    r"gramm-leach-bliley|glba|owasp)\b"
)
_KEPT_TO = (
    r"\b(?:complies|comply|complying|compliance|meets?|meeting|follows?|conforms?|consistent\s+with|"
    # ("an information security program … maintained under the Interagency Guidelines …")
    r"in\s+accordance\s+with|aligned\s+with|satisf(?:y|ies)|maintained\s+under|examined\s+against)\b"
)
INDUSTRY = (
    # ("… consistent with industry practice")
    r"\b(?:industry[- ](?:standards?|best practices|practices?|accepted|recogni[sz]ed)|"
    r"(?:generally|commonly) (?:accepted|recogni[sz]ed) (?:\w+ )?(?:standards|practices))\b"
)
"""The third standard of provision 12: "otherwise meet or exceed industry standards"."""
ANY_STANDARD = (
    rf"{_FRAMEWORK}|{INDUSTRY}|\b(?:industry|best practices|frameworks?|generally accepted|"
    r"recogni[sz]ed (?:security )?standards|fedramp|sdpc|cis|iso)\b"
)
"""Any standard or framework named, however loosely: "industry practice", "best practices",
"a recognized security framework", "FedRAMP"."""


def named_standards(sentences: Sequence[Sentence]) -> list[Sentence]:
    """The sentences that name a standard the vendor keeps to: a framework ("Vendor's
    safeguards comply with NIST SP 800-53 and the HIPAA Security Rule"), industry standards,
    or a state's or a regulator's own, kept to, not denied."""
    frameworks = [s for s in find(sentences, _FRAMEWORK) if _kept_to_one(lowered(s))]
    own = [s for s in find(sentences, _OWN_STANDARD, _KEPT_TO) if not negated(s.text, _KEPT_TO)]
    return frameworks + find(sentences, INDUSTRY) + own


def _kept_to_one(low: str) -> bool:
    """Whether a framework the sentence names is not one the vendor says it lacks: "complies
    with NIST SP 800-53, although Vendor does not hold ISO 27001 certification" keeps NIST."""
    return any(
        not _NOT_CERTIFIED.search(low[max(0, found.start() - 60) : found.end() + 40])
        for found in _FRAMEWORKS.finditer(low)
    )


def blank_standard(sentences: Sequence[Sentence]) -> Sentence | None:
    """The security standards a template left to fill, "[Security standards - to be completed
    by CREC Information Technology before signature]": a standard the parties mean to name,
    not yet there (a placeholder reads weak, never present nor missing)."""
    return next(
        (
            s
            for s in sentences
            for blank in _STANDARDS_BLANK.finditer(s.text)
            if has_placeholder(blank.group(0))
        ),
        None,
    )


# The blank itself names the standards, or stands where they are named (not "… the security
# requirements of this Agreement within [__] days", a blank for something else beside them):
# "[Security standards - to be completed …]", "… the following security standards: [TBD]",
# "… the security standards set out in [Exhibit C - to be completed …]".
_STANDARDS_BLANK = LazyPattern(
    r"\[[^\]]{0,40}\bstandards?\b[^\]]{0,80}\]"
    r"|\bsecurity\s+standards?\b[^.;\[]{0,40}\[[^\]]{0,80}\]",
    re.IGNORECASE,
)
