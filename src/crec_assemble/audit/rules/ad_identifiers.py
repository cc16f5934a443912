"""Provision 15(b)'s second object: the persistent unique identifiers an operator acquired. A
ban on targeting elsewhere with "Student Data" alone leaves them open, unless the paper's data
take them in ("The Student Data …, including persistent unique identifiers"), the ban names
them, or another item of the same ban forbids using them to target anyone; a ban of the PII
alone reaches less than the data.
"""

from __future__ import annotations

from ..lazy_pattern import LazyPattern

__all__ = ["DATA_WITH_IDENTIFIERS", "IDENTIFIERS", "PII_ALONE", "USED_TO_TARGET"]


# The PII alone, not the data or the PII ("any Student Data or personally identifiable
# information", "whether personally identifiable or de-identified", "(including any PII)").
PII_ALONE = LazyPattern(
    r"^(?!.*\b(?:data|information)\s+(?:or|and)\s+(?:any\s+)?(?:personally identifiable|pii)\b)"
    r"(?!.*\bwhether\s+personally\s+identifiable\b)(?!.*\bincluding\s+(?:any\s+)?"
    r"(?:personally identifiable|pii)\b)"
    r"(?!.*\b(?:personally identifiable information|pii)\s+or\s+(?:any\s+)?other\b)"
    # ("Customer Personal Data or Usage Data": other data beside it)
    r"(?!.*\b(?:personal data|personal information|pii)\s+(?:or|and)\s+(?:[\w-]+\s+)?(?:data|"
    r"information)\b)"
    r".*\b(?:personally identifiable information|pii|personal information|"
    r"(?:customer|student|school) personal data)\b"
)


# "The Student Data …, including persistent unique identifiers, shall be used …": the data the
# contract protects takes in the identifiers, so a ban on using it reaches them.
DATA_WITH_IDENTIFIERS = (
    r"\bstudent data\b[^.;]{0,80}\bincluding\s+(?:\w+\s+){0,3}?(?:persistent|unique|device)\s+"
    r"(?:unique\s+)?identifiers\b"
)
# 15(b) bans targeting elsewhere on student data OR the persistent identifiers the operator
# acquired; a ban on the data alone leaves the identifiers open. Tracking and following
# students across sites is done by the identifiers.
IDENTIFIERS = (
    # ("any device or account identifier that comes from a school's use of TagTally")
    r"\b(?:persistent|unique identifiers?|identifiers|(?:device|account)(?: or (?:device|account))?"
    r" identifier|device ids?|cookies|track\w*|follow\w*|"
    r"anything (?:we|it) (?:learn|collect)\w*)\b"
)

# (to target anyone, not only in the vendor's own slots, "… advertising shown on the Service",
# and with no exception, "…, except with the School's consent")
USED_TO_TARGET = LazyPattern(
    rf"\buse\b[^.;]{{0,160}}?{IDENTIFIERS}[^.;]{{0,120}}?\b(?:to\s+(?:select|target|serve|choose|"
    r"direct)|for\s+(?:the\s+purpose\s+of\s+)?(?:selecting|targeting|serving|directing))\b"
    r"[^.;]{0,30}?\b(?:advertis\w*|ads)\b"
    r"(?![^.;]{0,40}\b(?:on|in|within|inside)\s+(?:the|its|our)\s+(?:service|app|platform|site|"
    r"website|product)\b)(?![^.;]*\bexcept\b)"
)
