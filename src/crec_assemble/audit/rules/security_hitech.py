"""Provision 12: security measured by the standards the regulation names, the HITECH guidance
(section 13402(h)(2) of Public Law 111-5), 45 CFR 164.312 and industry standards; kept apart
from provision 5's actions (:mod:`.security`), whose reading of what is no undertaking it
shares.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lazy_pattern import LazyPattern
from ..lexicon import IN_CLAUSE, UNDERTAKING, find, lowered, negated
from ..reader import Sentence
from .qualified import firm
from .registry import Verdict, missing, present, rule, weak
from .security import NOT_AN_UNDERTAKING
from .security_standards import ANY_STANDARD, INDUSTRY, blank_standard, named_standards


@rule("R12")
@firm
def security_meets_the_hitech_standards(sentences: Sequence[Sentence]) -> Verdict:
    """Both standards the regulation names: the HITECH guidance (section 13402(h)(2) of
    Public Law 111-5) for the technologies used, and 45 CFR 164.312 for the technical
    safeguards. One without the other falls short, often in a list item of its own."""
    hitech = [s for s in find(sentences, _HITECH) if not _DISCLAIMED.search(lowered(s))]
    cfr = [s for s in find(sentences, r"164\.312") if not _DISCLAIMED.search(lowered(s))]
    industry = find(sentences, INDUSTRY)
    qualified = next((s for s in hitech + cfr if _QUALIFIED.search(lowered(s))), None)
    if hitech and cfr and industry and qualified is not None:
        return weak(
            qualified,
            "HITECH and 45 CFR 164.312 named, but kept only where the vendor finds them "
            "applicable or reasonable: not the standards the regulation requires",
        )
    if hitech and cfr and industry:
        deemed = find(sentences, _DEEMED_MET.pattern)
        if deemed:
            return weak(deemed[0], "HITECH and 45 CFR 164.312 named, but deemed met by a report "
                                   "or certificate instead")  # fmt: skip
        return present(
            hitech[0], "security practices meet HITECH, 45 CFR 164.312 and industry standards"
        )
    if hitech and cfr:
        return weak(
            hitech[0],
            "security practices to HITECH and 45 CFR 164.312, but not to industry standards "
            "as the regulation also requires",
        )
    if hitech or cfr:
        named, lacking = ("HITECH", "45 CFR 164.312") if hitech else ("45 CFR 164.312", "HITECH")
        return weak(
            (hitech or cfr)[0],
            f"security practices to {named}, but not to {lacking} as the regulation requires",
        )
    verb = r"\b(?:secur\w*|safeguard\w*|protect\w*|encrypt\w*)\b"
    practice = [
        s
        for s in find(
            sentences,
            UNDERTAKING,
            verb,
            # a practice, not the bare aim of provision 5 ("take actions designed to ensure
            # the security and confidentiality of student data" names no procedure)
            _PRACTICE,
        )
        if not negated(s.text, verb)
        and re.search(verb, NOT_AN_UNDERTAKING.sub(" ", lowered(s)))
        and not _DESCRIBED_ELSEWHERE.search(lowered(s))
    ]
    standards = named_standards(sentences)
    if not standards and (blank := blank_standard(sentences)) is not None:
        return weak(blank, "leaves its security standards a blank to fill")
    if not standards and practice and all(_AS_IT_JUDGES.search(lowered(s)) for s in practice):
        # "commercially reasonable safeguards", "reasonable measures": the vendor's own
        # judgement, no standard at all (the readings table: a bare promise is missing)
        return missing("only safeguards the vendor judges reasonable: no security standard at "
                       "all", practice[0])  # fmt: skip
    if not standards and practice and not find(sentences, ANY_STANDARD):
        # encryption, access limits, audit logs…, measured by no standard at all (as outside
        # readers label it: 82 of 97 such papers in the development batches)
        return missing("describes security practices, but names no security standard at all",
                       practice[0])  # fmt: skip
    practice += standards
    if practice:
        return weak(
            practice[0],
            "security practices, but not to the HITECH / 45 CFR 164.312 "
            "standards the regulation names",
        )
    return missing("no security procedures or practices")


_AS_IT_JUDGES = LazyPattern(
    r"\breasonable\s+(?:(?:administrative|technical|physical|organi[sz]ational|security|and|or)"
    r"[,\s]+){0,6}(?:safeguards|measures|steps|precautions|efforts|security|protections)\b"
)
# "… shall be deemed to have satisfied this Section in full by maintaining a current SOC 2
# Type II report": another measure put in the standards' place.
_DEEMED_MET = LazyPattern(
    rf"\bdeemed\s+(?:to\s+)?(?:have\s+)?(?:satisf\w*|compl\w*|met|meet\w*)\b{IN_CLAUSE}{{0,120}}"
    r"\b(?:by|if|where|upon)\b"
)
_HITECH = r"(?:hitech|13402|health information technology for economic and clinical health)"
# A standard named only to say it does not bind: "neither HITECH nor 45 CFR 164.312 applies",
# "HITECH and 45 CFR 164.312 do not apply to Vendor".
_DISCLAIMED = LazyPattern(
    r"\bneither\b[^.;]{0,20}(?:hitech|13402|164\.312)|(?:hitech|164\.312)[^.;]{0,80}"
    r"\b(?:do(?:es)?\s+not|don't|doesn't|shall not|will not)\s+apply|\bnot applicable\b|"
    r"\binapplicable\b|\bis not (?:a )?(?:covered entity|subject to)|"
    # "will not be required to comply with HITECH or 45 CFR 164.312"
    r"\bnot\s+(?:be\s+)?(?:required|obligated|bound)\s+to\b[^.;]{0,40}(?:hitech|13402|164\.312)|"
    # "has not adopted the HHS guidance … or 45 CFR 164.312 as a contractual standard"
    r"\b(?:has|have|does|do)\s+not\s+(?:adopt\w*|accept\w*|agree\w*\s+to|undertak\w*)\b"
    r"[^.;]{0,80}(?:hitech|13402|164\.312|hhs guidance)|(?:hitech|13402|164\.312)[^.;]{0,120}"
    r"\b(?:have been|are|were)\s+(?:removed|deleted|struck)"
)
# The standards kept only as far as the vendor judges: "to the extent applicable to Vendor",
# "where commercially reasonable", "where Vendor is a covered entity".
_QUALIFIED = LazyPattern(
    r"\bto the extent (?:(?:that )?(?:they are |it is )?(?:applicable|practicable|feasible|"
    r"required|reasonable)|(?:they |it )appl(?:y|ies))|\bwhere (?:commercially )?(?:reasonable|"
    r"practicable|feasible|applicable|appropriate)|\b(?:where|if|when) (?:\w+ )?(?:is|are) "
    r"(?:a )?(?:covered entit|business associate)|\bas (?:applicable|appropriate)\b|"
    r"\b(?:commercially )?reasonable efforts\b|"
    # part of the systems only: "for its production systems only"
    r"\bfor (?:its|our) (?:production|primary|core|hosted) (?:systems?|environments?)\b"
)
_PRACTICE = (
    r"\b(?:safeguards?|measures|procedures|practices|program\w*|encrypt\w*|controls?|"
    r"standards?|polic(?:y|ies)|firewalls?|audit\w*|test\w*|monitor\w*|passwords?|"
    r"authenticat\w*|backups?|training|secure (?:servers?|systems?|facilities|data cent\w*))\b"
)
# Practices the contract only points to: "Details of our security program … are in the
# Security Whitepaper, which we'll send to any school that asks" commits to none.
_DESCRIBED_ELSEWHERE = LazyPattern(
    r"\b(?:is|are)\s+(?:(?:described|set out|set forth|detailed|summari[sz]ed|explained)\s+)?"
    r"in\s+(?:the|our|its)\b[^.;]{0,60}\b(?:whitepaper|white paper|overview|guide|"
    r"documents?|documentation|policy|page|website|trust cent\w*)\b"
)
