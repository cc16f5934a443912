"""Periods as vendors write them, normalised: "seventy-two (72) hours", "a 24-hour window",
"one week", "ten business days", and the blanks a template leaves ("[Number, e.g., 60] days",
"[INSERT PROCEDURES]"), which set no period at all.

A deadline rule compares a vendor's period with the regulation's, so every spelling of a
period must come out as the same number of days, and a placeholder must never be read as
the example number printed inside it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from .defined_terms import definition
from .lazy_pattern import LazyPattern

__all__ = [
    "Duration",
    "Unit",
    "defined_periods",
    "durations",
    "governing_period",
    "has_placeholder",
    "number_value",
    "periods_in_days",
    "with_defined_periods",
]

Unit = Literal["hour", "day", "week", "month", "year"]

_UNITS = {"hour": 1 / 24, "day": 1.0, "week": 7.0, "month": 30.0, "year": 365.0}
_UNIT_OF: dict[str, Unit] = {
    "hr": "hour", "hour": "hour", "day": "day", "week": "week", "month": "month", "year": "year",
}  # fmt: skip
"""The unit a written one ("hrs", "Days") names, its "s" stripped."""
BUSINESS_DAY = 1.4
"""Calendar days a business day counts for: five of them make a week."""

_ONES = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_WORD = (
    r"(?:(?:" + "|".join(_TENS) + r")(?:[- ](?:" + "|".join(list(_ONES)[:9]) + r"))?"
    r"|" + "|".join(sorted(_ONES, key=len, reverse=True)) + r"|a hundred|one hundred)"
)
_PLACEHOLDER = r"(?:\[[^\]]{0,60}\]|_{2,}|x{1,3}\b|\{\{[^}]{0,40}\}\})"
_AMOUNT = rf"(?<!\w)(?P<amount>\d+(?:\.\d+)?|{_WORD}|{_PLACEHOLDER})"
_DURATION = LazyPattern(
    _AMOUNT + r"(?:\s*\(\s*(?P<digits>\d+)\s*\)|\s*\([a-z -]{3,20}\)|\))?"  # "seventy-two (72)"
    r"(?:\s+|-|(?<=\d))(?P<kind>(?:business|calendar|working|school)(?:\s+|-))?"  # "72hrs"
    r"(?P<unit>hours?|hrs?|days?|weeks?|fortnights?|months?|years?)\b",
    re.IGNORECASE,
)
# One of a unit, in words: "within a month", "within an hour", "by the next business day".
# (Not "24 hours a day": the article must follow a word that opens a period.)
_ONE = LazyPattern(
    # ("about a month after the visit", "A week after the workshop, …")
    r"\b(?:(?:within|in|for|after|than|to|over|of|about|around|roughly|approximately)\s+(?:a|an)"
    r"|(?:the\s+)?next|(?:a|an)(?=\s+(?:business\s+|calendar\s+|working\s+|school\s+)?(?:hour|day|week|"
    r"fortnight|month|year)\s+(?:after|later|from)\b))\s+"
    r"(?P<kind>(?:business|calendar|working|school)\s+)?"
    r"(?P<unit>hour|day|week|fortnight|month|year)\b",
    re.IGNORECASE,
)
_BLANK = LazyPattern(
    r"\[\s*(?:insert|number|enter|specify|describe|name|list|x+|n|#|\s*)\b[^\]]{0,80}\]"
    # a template engine's variable left in the text: "within {{DELETION_DAYS}} business days"
    r"|\[\s*\]|_{3,}|\{\{\s*[\w.\s-]{1,40}\}\}"
    # "[Security standards - to be completed by CREC Information Technology before signature]"
    r"|\[[^\]]{0,60}\bto\s+be\s+(?:completed|inserted|agreed|determined|confirmed)\b"
    r"[^\]]{0,80}\]",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Duration:
    """One period a sentence names: ``amount`` is None for a placeholder left blank."""

    amount: float | None
    unit: Unit
    business: bool
    text: str
    start: int

    @property
    def days(self) -> float | None:
        """The period in calendar days (a business day counts 1.4); None for a blank. A
        period of a business week or more counts its weeks whole and the days past them as
        running over a weekend: "seven (7) business days" can take eleven calendar days, past
        a ten-day limit (the readings: business days that can pass the limit are weak)."""
        if self.amount is None:
            return None
        if self.business and self.unit == "day" and self.amount >= 5:
            weeks, days = divmod(self.amount, 5)
            return weeks * 7 + (days + 2 if days else 0)
        return self.amount * _UNITS[self.unit] * (BUSINESS_DAY if self.business else 1.0)


def number_value(word: str) -> float | None:
    """ "72" → 72, "seventy-two" → 72, "Twenty four" → 24; None for anything else."""
    low = word.casefold().strip()
    if re.fullmatch(r"\d+(?:\.\d+)?", low):
        return float(low)
    if low in ("a hundred", "one hundred"):
        return 100.0
    parts = re.split(r"[- ]", low)
    if len(parts) == 1:
        value = _ONES.get(low, _TENS.get(low))
        return None if value is None else float(value)
    if len(parts) == 2 and parts[0] in _TENS and parts[1] in _ONES:
        return float(_TENS[parts[0]] + _ONES[parts[1]])
    return None


def durations(text: str) -> tuple[Duration, ...]:
    """Every period ``text`` names, in order of appearance."""
    found = []
    for match in _DURATION.finditer(text):
        amount = match.group("amount")
        blank = re.fullmatch(_PLACEHOLDER, amount) is not None
        value = None if blank else number_value(amount)
        if value is None and not blank:
            continue
        if value is not None and match.group("digits"):
            value = float(match.group("digits"))  # the digits are what the parties signed
        found.append(_duration(value, match))
    found += [_duration(1.0, match) for match in _ONE.finditer(text)]
    return tuple(sorted(found, key=lambda d: d.start))


def _duration(value: float | None, match: re.Match[str]) -> Duration:
    kind = (match.group("kind") or "").strip(" -").casefold()
    unit = match.group("unit").casefold().rstrip("s")
    if unit == "fortnight":  # two weeks
        unit, value = "week", None if value is None else value * 2
    return Duration(
        value,
        _UNIT_OF[unit],
        kind in ("business", "working", "school"),
        match.group(0),
        match.start(),
    )


def has_placeholder(text: str) -> bool:
    """Whether ``text`` holds a blank a template left to fill: "[INSERT PROCEDURES]",
    "[Number, e.g., 60]", "[ ]", "_____", "[Security standards - to be completed by … before
    signature]"."""
    return bool(_BLANK.search(text)) or any(d.amount is None for d in durations(text))


def defined_periods(texts: Iterable[str]) -> dict[str, str]:
    """The defined terms whose definition sets a period ("Notification Deadline" →
    "forty-eight (48) hours after Vendor first discovers a Security Breach …"): a promise
    "to notify no later than the Notification Deadline" names its period only through them."""
    found = {}
    for text in texts:
        defined = definition(text)
        # (not the contract's own term: '"Term" means the subscription period …, normally one
        # school year', which "on the last day of the Term" names as the end, not as a period)
        if (
            defined
            and not (_CONTRACTS_TERM.fullmatch(defined[0]) and _ITS_DURATION.search(defined[1]))
            and (durations(defined[1]) or _DAYS_OF_A_KIND.match(defined[1]))
        ):
            found[defined[0]] = defined[1].strip()
        elif (every := _DAYS_ARE_OF_A_KIND.search(text)) and not _SCOPED.search(text):
            # the same rule, said without a defined term: "any period stated in days means
            # Business Days", "all references to days are to business days"
            found["days"] = f"{every.group(1).casefold()} days, {_UNLESS_CALENDAR_DAYS}"
    return found


_ITS_DURATION = LazyPattern(r"\b(?:subscription|agreement|order|school\s+year|renew\w*)\b", re.I)
_CONTRACTS_TERM = LazyPattern(
    r"(?:(?:initial|renewal|subscription|service|license|licence|agreement|contract)\s+)?terms?",
    re.I,
)
# '"Days" means business days, i.e., Monday through Friday': every "five (5) Days" of the
# paper counts business days.
_DAYS_OF_A_KIND = LazyPattern(r"^\W*(?:an?\s+)?(business|working|school)\s+days?\b", re.I)
_DAYS_ARE_OF_A_KIND = LazyPattern(
    # ("… every period in this Agreement stated in days means that number of Business Days";
    # '"day" or "days" means a Business Day')
    r"(?:\b(?:any|every|all|each)\s+(?:time\s+)?(?:periods?|references?|deadlines?)\s+"
    r"(?:in\s+this\s+\w+\s+)?(?:(?:stated|expressed|given|counted|measured)\s+)?(?:in|to)\s+"
    r"[\"'\u201c]?days?[\"'\u201d]?\s+(?:in\s+this\s+\w+\s+)?"
    r"|[\"\u201c]days?[\"\u201d]\s+(?:or\s+[\"\u201c]days?[\"\u201d]\s+)?"
    # the term unquoted where a definitions list sets it: "Day or Days means a business day, …",
    # "Day(s) refers to …", after a clause's number only (not "Working Day means …")
    r"|^\W*(?:\(?[\d.]{1,8}[.)]?\s+|\([a-z]{1,3}\)\s+)?days?(?:\(s\))?\s+(?:or\s+days?\s+)?"
    r"(?=means?\b|shall\s+mean\b|refers?\s+to\b))"
    r"(?:means?|shall\s+mean|are(?:\s+to)?|is|refers?\s+to|shall\s+refer\s+to)\s+"
    r"(?:that\s+number\s+of\s+|an?\s+)?(business|working)\s+days?\b",
    re.I,
)
# … but not for one part of the paper only: "For support tickets, …", "… in this Exhibit",
# "…, except in Section 7"
_SCOPED = LazyPattern(
    # ("In Schedule 3 (Support), "day" means …", "no "day" is a business day")
    r"\bin\s+(?:schedule|exhibit|appendix|annex|attachment)\s+\w+|\bno\s+[\"\u201c]?days?[\"\u201d]?\s+is\b"
    r"|\bexcept\b|^\W*(?:[\d.]+\s+)?for\s+[^,]{1,60},|\bin\s+this\s+(?:exhibit|schedule|section|"
    r"appendix|attachment|article)\b|\bin\s+sections?\s+\d",
    re.I,
)
# … every "day" of the paper, whatever its case: "unless calendar days are expressly stated"
# (the words a rule said without a defined term is given, so that it reads the same way)
_UNLESS_CALENDAR_DAYS = "unless calendar days are stated"
_EVERY_DAY = LazyPattern(
    r"\bunless\s+calendar\s+days\s+are\s+(?:expressly\s+)?(?:stated|specified)\b", re.I
)


def with_defined_periods(text: str, defined: Mapping[str, str]) -> str:
    """``text`` with the definition of each defined period it uses written after it:
    "… no later than the Notification Deadline. (Notification Deadline: forty-eight (48)
    hours after …)". The defined term is matched as written, capitals and all."""
    for term, body in defined.items():
        kind = _DAYS_OF_A_KIND.match(body)
        if kind and term.casefold() in ("day", "days"):
            # the days themselves, where they are counted: "ten (10) Days" → "ten (10)
            # business days"; so are the paper's days in lower case when the definition says
            # so ('"Days" means business days … unless calendar days are expressly stated')
            every = _EVERY_DAY.search(body) is not None
            days = (
                r"(?<!\w)(?<!calendar )(?<!business )(?<!working )(?<!school )days?(?!\w)"
                if every
                else rf"(?<!\w){term}(?!\w)"
            )
            text = re.sub(
                days, f"{kind.group(1).casefold()} days", text, flags=re.IGNORECASE if every else 0
            )
        elif re.search(rf"(?<!\w){re.escape(term)}(?!\w)", text):
            text = f"{text} ({term}: {body})"
    return text


# A later report or update is not the notice: its period does not count.
# "shall report a breach within 48 hours" is the notice; "a written report within 30 days" is not.
_FOLLOW_UP = LazyPattern(
    r"\b(?:(?:a|an|the|its|written|final|full|detailed|complete|further) reports?|updates?|"
    r"supplement\w*|follow-up|final|written summary)\b"
)


def periods_in_days(text: str) -> list[float]:
    """Every period the sentence names, in calendar days (business days count 1.4 each); a
    blank left to fill ("[Number, e.g., 60] days") names none."""
    return [days for d in durations(text) if (days := d.days) is not None]


def governing_period(text: str, pick: Callable[[Sequence[float]], float] = max) -> float | None:
    """The period a notice sentence sets for the kind of breach asked about. A sentence with
    two periods usually gives the shorter to student information and the longer to the rest
    ("five days ..., and ten days for directory information"), so provisions 6(a) and 6(c)
    take the shorter and 6(b) and 6(d) the longer; "within 60 days, or 72 hours where the
    law requires" promises 60 for the rest. A later report or update does not count."""
    low = text.casefold()
    periods = [
        days
        for d in durations(low)
        if (days := d.days) is not None
        and not _FOLLOW_UP.search(low[max(0, d.start - 40) : d.start])
    ]
    return pick(periods) if periods else None
