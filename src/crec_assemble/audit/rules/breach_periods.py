"""How a breach notice's own words set its period, and how one in time can still fall short.

Split from :mod:`.breach_notice`, which finds the notices: here, which of a vendor's notices
sets which provision's period (the school's or the families', student information or
directory information, the period or its urgent exception), which words of a sentence give
one recipient's period, and the conditions ("if the law requires", "at the school's
direction", "after we confirm") that keep a timely notice from being the promise.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..durations import periods_in_days
from ..lazy_pattern import LazyPattern
from ..lexicon import BREACH, EFFORTS, LEA, PARENTS, lowered
from ..reader import Sentence
from .breach_recipients import TELL
from .narrowed import for_some_only

__all__ = [
    "OTHER_BREACHES_UNTIMED",
    "Pick",
    "notice_clauses",
    "recipients_part",
    "setting_the_period",
    "short_of_a_promise",
]

Pick = Callable[[Sequence[float]], float]


# The clock starts when the vendor has confirmed or finished looking into the breach, which
# may be long after it discovered it: "within 72 hours after we confirm the Security
# Incident", "within five days of the completion of its investigation". ("Notice of a
# confirmed breach within 24 hours" names the breach; it does not move the clock.)
_LATER_START = LazyPattern(
    r"\b(?:after|of|from|following|upon|on|once|when)\s+(?:[\w'\u2019]+\s+){0,2}?"
    r"(?:confirm(?:s|ing|ation)?|determin(?:es|ing|ation)|verif(?:ies|ying|ication)|"
    r"conclu(?:des|ding|sion)|complet(?:es|ing|ion))\b(?!\s+of the (?:services|agreement))"
    # the vendor's own act, by its base form, right after the period: "within seven (7) business
    # days after we complete our initial investigation" (not "guidance on how to verify", "the
    # complete incident log", "updates until we complete …", "a full report once we complete …")
    r"|\b(?:hours?|days?)\s+(?:after|once|when)\s+(?:we|it|they|i|(?:the\s+)?(?:vendor|provider|"
    r"contractor|company|consultant))\s+(?:have\s+|has\s+)?(?:complete|determine|verify|conclude|"
    r"confirm)\b"
    # "within 72 hours after we've confirmed the breach", "once it has determined": the vendor
    # has done it (not "of a confirmed breach", which names the breach)
    # (the breach confirmed, not "a full report once it has completed its investigation", nor
    # "once we've verified a parent's mailing address")
    r"|\b(?:after|once|when|following)\s+(?:[\w'\u2019]+\s+){0,2}?[\w'\u2019]+?(?:['\u2019]ve|\s+ha(?:ve|s))\s+"
    r"(?:\w+ly\s+)?(?:confirmed|determined|verified)\s+(?:(?:the|a|any|that)\s+(?:[\w-]+\s+)?"
    r"(?:breach|incident|compromise)|it\b)"
    # "after the breach is verified", "after it is reported to Vendor", "after receiving notice
    # of a breach from its subprocessor": the clock waits on someone else, not on discovery
    r"|\b(?:is|are|was|were|has been|have been)\s+(?:confirmed|verified|determined|validated|"
    r"reported to)\b"
    r"|\b(?:after|of|from|following|upon|on)\s+(?:receiving|receipt of)\s+(?:notice|a report|"
    r"notification)[^.;]{0,40}\bfrom\b"
    # "within five days after the District approves the notice", "of the District's written
    # authorization"
    r"|\bafter\s+(?:the\s+)?\w+\s+(?:approves|approval of|has approved)\b"
    r"|\b(?:of|after|from|following|upon)\s+(?:the\s+)?[\w'\u2019]+\s+(?:written\s+)?"
    r"(?:authori[sz]ation|approval|consent)\b"
)


# A permission, not a promise: "Vendor may notify the District within two days".
# ("We may also contact affected families directly within five days")
_MAY_NOTIFY = LazyPattern(r"\bmay\s+(?:\w+\s+)?(?:notify|inform|report|tell|alert|contact)\b")


_WILL_NOTIFY = LazyPattern(
    r"\b(?:shall|will|must|agrees? to)\s+(?:\w+\s+)?(?:notify|inform|report|tell|alert)\b"
)


# Notice to families only when the school asks: "if the School asks us to".
_IF_ASKED = LazyPattern(
    LEA
    + r"[^.;]{0,10}\b(?:asks?|requests?|directs?|instructs?)\b|\bat the (?:[\w'\u2019]+\s+){0,2}?"
    r"(?:request|direction|instruction)\b|\bupon (?:[\w'\u2019]+\s+){0,2}?(?:request|direction)\b"
)


# Notice only where some law requires it: "If required by applicable state law, …"
_IF_THE_LAW_ASKS = LazyPattern(
    r"\b(?:if|where|when|to the extent|as)\s+(?:and to the extent\s+)?(?:so\s+)?(?:required|"
    r"mandated)\s+by\s+(?:applicable\s+)?(?:state\s+|federal\s+)?(?:law|statute)"
    # "If the law requires us to notify affected parents directly, we will do so within five days"
    # (as the sentence opens: not "…, even if no law requires it")
    r"|^\W*(?:[\d.]+\s+)?(?:if|where|when)\s+(?:the\s+|a\s+|any\s+|applicable\s+)?(?:[\w'\u2019]+\s+)?"
    r"laws?\s+(?:requires?|obliges?)\b"
)


# Some breaches left out: "except breaches involving only directory information"
_SOME_EXCEPTED = LazyPattern(
    r"\b(?:except|excluding|other than)\s+(?:for\s+)?(?:(?:security|data)\s+)?(?:breach|incident)"
)


_OTHER_KINDS = LazyPattern(
    r"(?<!other than )\b(?:involving|involves?|involved|concerns?|affects?|of|for|to|if|where|"
    # (a table's row: "Data involved: Directory Information, Student Records …")
    r"when)\s*:?\s+(?:only\s+)?(?:\w+\s+)?"
    r"(?:directory information|student records|student-generated content)\b"
)


# The other breaches beside student information's: "…, and ten (10) days for all other
# Security Incidents", "… or ten (10) days in all other cases".
_ALL_OTHER_BREACHES = (
    r"\b(?:for\s+(?:all|any|every)\s+other\s+(?:security\s+)?(?:incidents?|breach(?:es)?)|in\s+all\s+"
    r"other\s+cases)\b"
)
# … told in no stated time: "…, and as soon as reasonably practicable for all other breaches".
OTHER_BREACHES_UNTIMED = LazyPattern(
    r"\b(?:and|or)\s+(?:(?!\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    rf"\w+teen|\w+ty|a\s+(?:week|month))\b)[^,;.])*?{_ALL_OTHER_BREACHES}"
)


_SIX_C_ONLY = LazyPattern(
    # ("If a breach involves a student's personal information (other than directory
    # information), …"; not with a period "… for all other Security Incidents" beside it)
    rf"^(?!.*{_ALL_OTHER_BREACHES}).*"
    # (a table's row: "Student Information (not Directory Information)")
    r"\bstudent(?:['\u2019]s)? (?:personal )?(?:information|data)\s*\(?\s*"
    r"(?:other than|not|excluding|except(?:\s+for)?) directory information\b"
    # (not a row that names 6(d)'s kinds beside it: "Student Information (not Directory
    # Information), Student Records or Student-Generated Content")
    r"(?!\s*\)?\s*,?\s*(?:(?:and|or)\s+)?"
    r"(?:student records|student-generated content|education records))"
)


_URGENT_ONLY = LazyPattern(
    r"^\W*(?:[\w.]{1,8}\s+)?(?:where|if|when|in the event)\b[^,;]{0,80}\b(?:urgent|imminent)"
)


def short_of_a_promise(low: str, who: str, *, to_parents: bool) -> str | None:
    """Why a notice within the limit still falls short of the regulation's, or None."""
    if EFFORTS.search(low):
        return f"breach notice to {who} in time, but only as an effort, not a promise"
    if _LATER_START.search(low):
        return (f"breach notice to {who} in time, but counted from confirming the breach, not "
                "from discovering it")  # fmt: skip
    if (feasible := _IF_FEASIBLE.search(low)) and not _FIRM_LIMIT.search(
        low[: feasible.start()] + low[feasible.end() :]
    ):
        return f"breach notice to {who} in time only where the vendor finds it feasible"
    if _MAY_NOTIFY.search(low) and not _WILL_NOTIFY.search(low):
        return f"may give breach notice to {who}: a permission, not a promise"
    if _SOME_EXCEPTED.search(low):
        return f"breach notice to {who}, but not of every breach"
    if for_some_only(low):  # "We will notify California Schools … within 72 hours"
        return f"breach notice to {who}, but only for some schools or families"
    if _IF_THE_LAW_ASKS.search(low):
        return f"breach notice to {who} only where a law requires it"
    if to_parents and _IF_ASKED.search(low):
        return f"breach notice to {who} only if the school asks"
    return None


# The period held to only when the vendor can: "without undue delay and, where feasible,
# within 72 hours" sets no firm limit (not "as soon as possible and within five days").
_IF_FEASIBLE = LazyPattern(
    r"\(?\b(?:where|wherever|when|whenever|if|to the extent)\s+(?:reasonably\s+)?(?:feasible|"
    r"possible|practicable)\)?\s*,?\s*(?:within|no later than|not later than|in no (?:case|event) "
    r"later than)\b"
    # "… within 72 hours of discovery where feasible"
    # (the qualifier closing the clause, not "…, and, where feasible, will name the students")
    r"|\bwithin\s+[^.;,]{0,40}?,?\s+(?:where|wherever|when|whenever|if)\s+(?:reasonably\s+)?"
    r"(?:feasible|possible|practicable)\s*(?:[.;]|$)"
)
# A period that holds whatever is feasible: "… and in any event no later than five days".
_FIRM_LIMIT = LazyPattern(
    r"\b(?:no later than|not later than|not more than|within)\s+(?:[\w-]+\s+)?(?:\(\d+\)\s+)?"
    r"(?:calendar\s+|business\s+)?(?:hours?|days?)\b"
)


def setting_the_period(
    found: Sequence[Sentence],
    timed: list[tuple[Sentence, float]],
    pick: Pick,
    *,
    to_parents: bool,
) -> tuple[list[Sentence], list[tuple[Sentence, float]]]:
    """The notices whose period is this provision's, and their periods.

    The urgent case's shorter notice ("where misuse is imminent, within two days") is the
    exception to the period, not the period, when another sentence gives one. For 6(b) and
    6(d), a sentence that names their kinds of data sets their period: "For a Breach
    involving Directory Information …, that notice shall be given within ten (10) business
    days" (not the five days the sentence before gives student information); and a notice to
    families of "Student Information (other than Directory Information)" is 6(c)'s alone, so
    6(d) may be left with none (an empty list)."""
    timed = [item for item in timed if not _URGENT_ONLY.match(lowered(item[0]))] or timed
    named = [s for s in found if _OTHER_KINDS.search(lowered(s))]
    if pick is max and named:
        return named, [item for item in timed if item[0] in named]
    if pick is max and to_parents:
        kept = [s for s in found if not _SIX_C_ONLY.search(lowered(s))]
        return kept, [item for item in timed if item[0] in kept]
    return list(found), timed


# "where attendance records, student ID numbers or message content are involved", "student
# passwords", "parent contact details": a kind of data, not a recipient of the notice.
_NOT_DATA = (
    r"(?!\s+(?:id|ids|identifiers?|identification|numbers?|names?|usernames?|passwords?|e-?mail|"
    r"addresses|photo\w*|grades|contact|files?|content)\b)"
)


def recipients_part(text: str, to_parents: bool) -> str:
    """The words of a notice sentence that give the period for one recipient, when it gives
    each its own: in "notify the District within 24 hours and affected parents within thirty
    (30) days", the school's period is 24 hours and the parents' thirty days. A sentence that
    gives one period for both (or names one recipient) is read whole."""
    low = text.casefold()
    marks = sorted(
        [(m.start(), False) for m in re.finditer(LEA, low)]
        + [(m.start(), True) for m in re.finditer(rf"\b{PARENTS}\b{_NOT_DATA}", low)]
    )
    if not marks:
        return text
    parts: dict[bool, str] = {False: "", True: ""}
    for (start, parents), (end, _) in zip(marks, [*marks[1:], (len(low), False)], strict=True):
        parts[parents] += " " + text[start:end]
    if not all(periods_in_days(part) for part in parts.values()):
        return text
    return text[: marks[0][0]] + parts[to_parents]


def recipients_clauses(low: str, to: str) -> str:
    """The clauses of a notice sentence that tell ``to`` or set a period: in "we will notify
    affected schools within 72 hours, and we will notify affected test-takers as required by
    law" the law's condition is the test-takers' notice, not the school's."""
    kept = [
        c
        for c in _CLAUSE.split(low)
        if (re.search(to, c) or periods_in_days(c)) and not _its_own_notice(c, to)
    ]
    return "; ".join(kept) or low


def _its_own_notice(clause: str, party: str) -> bool:
    """Whether ``party`` gives a notice of its own in ``clause``, not one it receives: "and (d)
    the LEA will notify affected students … within two business days of receiving notice"."""
    return bool(
        re.match(
            rf"\W*(?:and\s+)?(?:\(\w{{1,3}}\)\s*)?(?:the\s+)?(?:{party})\s+(?:will|shall|must)\s+"
            r"(?:\w+\s+)?(?:notify|inform|tell)\b",
            clause,
        )
    )


# Where a notice sentence's clauses part: "…; …", "…, and …", "…, but …".
_CLAUSE = LazyPattern(r";|,\s*(?:and|but)\s+")


def notice_clauses(text: str, to: str | None = None) -> str:
    """The clauses of a sentence about the breach notice: an audit's or a termination's
    notice period in another clause ("on thirty days' notice of an audit; of a breach,
    promptly") is not the breach deadline; nor, with ``to``, a clause that tells only the
    school ("we'll tell the school within 72 hours, and let families know as soon as we can")."""
    clauses = _CLAUSE.split(_TIME_TO_REVIEW.sub(" ", text))
    other = re.compile(r"\b(?:audit\w*|inspect\w*|terminat\w*|renew\w*|amend\w*)")
    kept = [c for c in clauses if BREACH.search(c.casefold()) or not other.search(c.casefold())]
    # (not the school's own notice to families, which sets no clock of the vendor's)
    kept = [c for c in kept if not _its_own_notice(c.casefold(), LEA)] or kept
    # (nor, for the school's, a regulator's period in a clause of its own: "we will report it to
    # the Information Commissioner's Office within 72 hours …, and we will tell the affected
    # school without undue delay")
    # (the school "you" in terms written for it; not where the school's notice takes the
    # regulator's period, "at the same time", "within the same period")
    if to is None:
        schools = [c for c in kept if re.search(rf"{LEA}|\byou\b", c.casefold())]
        if schools and not any(_SAME_PERIOD.search(c) for c in schools):
            kept = [c for c in kept if c in schools or not _TO_AN_AUTHORITY.search(c)]
    if to is not None and any(re.search(to, c.casefold()) for c in kept):
        told = [c for c in kept if re.search(to, c.casefold()) or not _TELLS_THE_SCHOOL.search(c)]
        # (the school last in the list of those told, the list's period set off after it: "we
        # will email the parent …, and the school administrator …, within seventy-two (72)
        # hours after we discover the breach")
        # (not where the families' notice has terms of its own: "… notify affected parents as
        # the law requires, and the School, within forty-eight (48) hours")
        told_text = "; ".join(told).casefold()
        their_notice = told_text[last.end() :] if (last := _last_tell(told_text)) else told_text
        if not periods_in_days(told_text) and not _TERMS_OF_ITS_OWN.search(their_notice):
            told += [c for c in kept if c not in told and _THE_LISTS_PERIOD.search(c.casefold())]
        kept = told
    return "; ".join(kept)


_TO_AN_AUTHORITY = LazyPattern(
    r"\b(?:commissioner|regulators?|supervisory\s+authorit\w*|data\s+protection\s+authorit\w*|"
    r"attorneys?\s+general|police|law\s+enforcement|insurers?)\b",
    re.IGNORECASE,
)
_SAME_PERIOD = LazyPattern(
    r"\b(?:at\s+the\s+same\s+time|within\s+the\s+same\s+(?:period|time|timeframe)|"
    r"simultaneously|concurrently)\b",
    re.IGNORECASE,
)
_TERMS_OF_ITS_OWN = LazyPattern(
    r"\b(?:as\s+(?:the\s+)?law|as\s+required|required\s+by|once|after|when|if|where|following|"
    r"as\s+soon\s+as|promptly)\b"
)


def _last_tell(low: str) -> re.Match[str] | None:
    """The last notice verb of ``low``: what follows it is the families' own notice."""
    return next(reversed(list(re.finditer(TELL, low))), None)


_THE_LISTS_PERIOD = LazyPattern(
    rf"^\W*(?:the\s+)?{LEA}\b[^;]*,\s+(?:within|no\s+later\s+than|not\s+later\s+than|in\s+no\s+case\s+later\s+than)\b"
)


# The school's time to look the notice over, not the notice's deadline: "using a form of notice
# the Board has had two business days to review".
_TIME_TO_REVIEW = LazyPattern(
    r"\b(?:has|have|had|given|giving|allow(?:s|ed|ing)?)\s+(?:had\s+)?(?:at\s+least\s+)?"
    r"[^.;,]{0,30}?\b(?:days?|hours?)\b[^.;,]{0,10}?\bto\s+(?:review|approve|comment)\b",
    re.IGNORECASE,
)
# A clause that tells the school, not one that only names it: "and not later than five (5)
# business days after discovery, using a notice reviewed by the District" keeps the families'
# period.
_TELLS_THE_SCHOOL = LazyPattern(
    rf"{TELL}[^.;]{{0,40}}?{LEA}|^\W*(?:the\s+)?{LEA}\b",
    re.IGNORECASE,
)
