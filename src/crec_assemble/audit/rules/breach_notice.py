"""Notice of a breach: to the school (6(a), 6(b)) and to students and parents (6(c), 6(d)).

Each rule is handed the deadline the catalogue sets for its provision (5 calendar days,
2 if urgent; 10 days; 5 days; 10 days), so a vendor's period is judged against the same
numbers the breach paperwork counts with. Vendor paper rarely separates the kinds of
data: a sentence with two periods usually gives the shorter to student information, so
6(a) and 6(c) read the shorter of them and 6(b) and 6(d) the longer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from ...library.breach_limits import BreachLimit, day_unit, in_words
from ..durations import governing_period, has_placeholder, periods_in_days
from ..lazy_pattern import LazyPattern
from ..lexicon import (
    LEA,
    NOTIFY,
    PARENTS,
    PROVIDER,
    VAGUE,
    lowered,
)
from ..reader import Sentence, top_section
from ..tables import CELL
from .breach_families import AT_THE_SCHOOLS_OPTION
from .breach_periods import (
    OTHER_BREACHES_UNTIMED,
    Pick,
    notice_clauses,
    recipients_clauses,
    recipients_part,
    setting_the_period,
    short_of_a_promise,
)
from .breach_recipients import breach_notices, families_item
from .breach_scope import identity_data_only, narrowed_notice, too_narrow_for_other_data
from .qualified import firm
from .registry import Verdict, deadline_rule, missing, present, weak, weakened


def _held_back(promise: Sentence, verdict: Verdict, args: tuple[Any, ...]) -> Verdict | None:
    """A notice in time, unless the paper lets a law-enforcement request hold it back ("no
    notice is due while a law enforcement agency has asked that notice be delayed"): neither
    the regulation nor the statute allows that delay, so the limit can pass (weak)."""
    sentences: Sequence[Sentence] = args[0]
    held = next(
        (
            s
            for s in sentences
            if _LAW_ENFORCEMENT_HOLD.search(lowered(s))
            # what a notice reports ("whether the notification was delayed as a result of a
            # law enforcement investigation"), not a hold
            and not re.search(r"\bwhether\b[^.;]{0,40}\bdelay", lowered(s))
            # "without any law-enforcement delay", "regardless of any law enforcement
            # request": the hold ruled out, not allowed
            and not _HOLD_RULED_OUT.search(lowered(s))
            # a hold on the families' own notice ("we will notify the affected students'
            # parents …, unless a law enforcement agency asks us to delay") does not reach a
            # notice to the school that names no family
            and not (_families_only(s) and not re.search(rf"\b{PARENTS}", lowered(promise)))
            # nor a hold on the school's notice the families' own notice, which names no school
            and not (_school_only(s) and _families_only(promise))
        ),
        None,
    )
    if held is None or any(
        _HOLD_DISCLAIMED.search(low := lowered(s))
        or (
            _HOLD_DISCLAIMED_HERE.search(low)
            and top_section(s.section) == top_section(promise.section)
        )
        for s in sentences
    ):
        return None
    if _HOLD_RULED_OUT.search(lowered(promise)):
        # the promise itself runs "without any law-enforcement delay": a hold elsewhere
        # (the base agreement's) does not reach it
        return None
    return weak(promise, "breach notice in time, but a law-enforcement request may hold it "
                f"back past the limit: {held.text}")  # fmt: skip


def _families_only(sentence: Sentence) -> bool:
    """A notice sentence that tells students or parents and names no school ("We will notify
    the affected students' parents …"), not a hold on every notice ("may delay any notice,
    including its notice to parents")."""
    low = lowered(sentence)
    return (
        bool(re.search(rf"\b(?:notify|notifies|inform|informs|tell|tells|email)\s+(?:the\s+|its\s+)?"
                       rf"(?:affected\s+)?(?:[\w'\u2019-]+\s+)?{PARENTS}", low))
        and not re.search(LEA, low)
        and not re.search(r"\b(?:any|all|each|every)\s+notices?\b|\bincluding\b", low)
    )  # fmt: skip


def _school_only(sentence: Sentence) -> bool:
    """A notice sentence that tells the school and names no student or parent ("Provider shall
    provide notification to LEA within seventy-two (72) hours …, unless notification is
    delayed at the request of law enforcement")."""
    low = lowered(sentence)
    return (
        bool(re.search(rf"\b(?:notify|notifies|notification|notice|inform|informs|tell|tells)\b"
                       rf"[^.;]{{0,30}}\bto\s+(?:the\s+)?{LEA}|\b(?:notify|inform|tell)\w*\s+"
                       rf"(?:the\s+)?{LEA}", low))
        and not re.search(rf"\b{PARENTS}", low)
        # (not "… and the notices that depend on it", "… and all notifications under this
        # Section")
        and not re.search(r"\b(?:any|all|each|every|other)\s+(?:notices?|notifications?)\b"
                          r"|\bincluding\b|\bnotices?\s+that\s+depend"
                          r"|\bany\s+other\s+(?:persons?|part(?:y|ies)|recipients?)\b", low)
    )  # fmt: skip


# "The law enforcement delay in Section 5.2 does not extend these periods", "Article V,
# Section 3 is replaced …, and the law-enforcement delay in that Section does not apply": the
# paper takes the hold back from the periods that meet the regulation.
_HOLD_DISCLAIMED = LazyPattern(
    r"\blaw[- ]enforcement\b(?:[^.;]|\.(?=\d)){0,80}\b(?:does|do|shall|will|may) not "
    r"(?:extend|apply to|delay|postpone|suspend|toll)\s+"
    r"(?:these|those|such|the above|any of the)\s+(?:[\w-]+\s+)?(?:periods?|deadlines?|"
    r"time limits?)\b(?!\s+by\s+more\b)"
    # "… replace the notice period in Article IV, Section 2; the law-enforcement delay in that
    # Section does not extend them": "them", the periods just named
    r"|\b(?:periods?|deadlines?)\b[^.]{0,120}\blaw[- ]enforcement\b[^.;]{0,60}\b(?:does|do|shall|"
    r"will) not (?:extend|delay|postpone|suspend|toll)\s+them\b"
    # (not "… does not apply to that notice", one notice only, nor "… shall not apply for more
    # than sixty (60) days", a capped hold)
    r"|\blaw[- ]enforcement (?:delay|hold)\b[^.;:]{0,60}\b(?:does|shall) not apply\b"
    r"(?!\s+(?:to|for|beyond|after|longer|past)\b)"
    # "its seventy-two (72) hour period and law enforcement delay do not apply to the LEA": the
    # school's contract, every notice under it
    rf"|\blaw[- ]enforcement (?:delay|hold)s?\b[^.;:]{{0,30}}\b(?:does|do|shall) not apply to "
    rf"(?:the\s+)?{LEA}\b(?!['\u2019])"
)
# "The seventy-two hour clock and the law enforcement delay in Article V, Section 3 do not apply
# to notices under this Section": every notice of the section, when it is the section that sets
# the periods (not "…, unless law enforcement so requests in writing", "…, other than the notice
# to the LEA")
_HOLD_DISCLAIMED_HERE = LazyPattern(
    r"\blaw[- ]enforcement (?:delay|hold)\b[^.;:]{0,60}\b(?:does|do|shall) not apply to "
    r"(?:any\s+|all\s+|the\s+)?notices\s+(?:under|in)\s+this\s+(?:section|exhibit|article|"
    r"addendum|schedule)\b(?![^.;]{0,80}\b(?:unless|except|other\s+than\s+(?:the\s+)?notices?\s+to)\b)"
)
_HOLD_RULED_OUT = LazyPattern(
    r"\b(?:without|regardless of|irrespective of)\s+any\s+law[- ]enforcement\s+(?:delay|hold|"
    r"request)"
    # "Notwithstanding Article V, Section 2, including any delay requested by law enforcement:"
    r"|\bnotwithstanding\b(?:(?!\b(?:may|will|shall|can)\b)[^.;:]){0,80}\bincluding\s+any\s+(?:delay|hold)\s+"
    r"(?:requested\s+by\s+)?"
    r"law[- ]enforcement\b"
)
_LAW_ENFORCEMENT_HOLD = LazyPattern(
    r"\blaw[- ]enforcement\b[^.;]{0,120}\b(?:delay\w*|postpon\w*|withh[eo]ld\w*|impede\w*)\b"
    r"|\b(?:delay\w*|postpon\w*)\b[^.;]{0,80}\blaw[- ]enforcement\b"
    # "… within five (5) business days …, or within such longer period as law enforcement may
    # require"
    r"|\b(?:such|any)\s+(?:longer\s+(?:period|time)|later\s+(?:date|time))\s+(?:as|that)\s+(?:a\s+|any\s+)?"
    r"law[- ]enforcement\b"
    # "… unless a law enforcement agency asks Maplewood to wait"
    r"|\blaw[- ]enforcement\b[^.;]{0,60}\b(?:asks?|requests?|directs?)\b[^.;]{0,30}\bto\s+wait\b"
)


_OTHERWISE = LazyPattern(r"\b(?:and\s+|or\s+)?(?:otherwise|in (?:all\s+)?other cases)\b")
# "where misuse is imminent", "if it looks like someone may misuse it"
_URGENT_CASE = LazyPattern(
    r"\b(?:urgent|imminent)"
    r"|\b(?:if|where|when)\b(?:(?!\b(?:accounts?|passwords?|credentials?|devices?)\b)[^.;,]){0,40}"
    r"\b(?:may|might|could|is likely to|is about to)\s+(?:be\s+)?misus\w*"
)


@deadline_rule("R6a")
@firm
@weakened(_held_back)
def breach_of_student_information_notified_to_the_school_in_time(
    sentences: Sequence[Sentence], limit: BreachLimit
) -> Verdict:
    """Within the limit, and with the shorter urgent notice when misuse is imminent."""
    found = breach_notices(sentences, to_parents=False)
    verdict = _deadline(found, limit, "the school", min)
    urgent_days = limit.urgent_days
    if verdict.status != "present" or verdict.sentence is None:
        return verdict
    notice = _schools_cells(recipients_part(verdict.sentence.text, False))
    longest = governing_period(notice, max) or 0
    # "five (5) business days …; except that where urgent notice may be required …, in no case
    # later than forty-eight (48) hours": the urgent case in time, the ordinary one before it
    # not
    urgent_case = _URGENT_CASE.search(notice.casefold())
    ordinary = governing_period(notice[: urgent_case.start()], min) if urgent_case else None
    # "within forty-eight (48) hours if it appears that Student Data may be misused, and
    # otherwise within thirty (30) days": the ordinary case after the urgent one
    otherwise = _OTHERWISE.search(notice.casefold(), urgent_case.end()) if urgent_case else None
    if otherwise is not None:
        ordinary = governing_period(notice[otherwise.start() :], min)
    if ordinary is not None and ordinary > limit.days:
        return weak(
            verdict.sentence,
            f"breach notice to the school in time when misuse is imminent, but otherwise in "
            f"a period that can pass the regulation's {in_words(limit.days)} days",
        )
    if urgent_days is None or longest <= urgent_days:
        return verdict
    # The urgent notice may stand in a sentence of its own that names no breach: "Where
    # urgent notice may be required because of imminent misuse, Provider shall notify …".
    urgent = any(
        _URGENT_CASE.search(lowered(s))
        and NOTIFY.search(lowered(s))
        and min(periods_in_days(s.text)) <= urgent_days
        for s in sentences
        if periods_in_days(s.text)
    )
    if urgent:
        return verdict
    return weak(
        verdict.sentence,
        f"breach notice to the school within {in_words(limit.days)} days, but no "
        f"{in_words(urgent_days)}-day notice when misuse is imminent",
    )


def _schools_cells(notice: str) -> str:
    """A table row's notice without the families' column ("… — Notice to Subscriber: within
    forty-eight (48) hours — Notice to students and parents: within five (5) days"): the
    school's period is the school's cell's."""
    cells = notice.split(CELL)
    kept = [
        cell
        for cell in cells
        if not (
            ":" in cell
            and re.search(PARENTS, label := cell.partition(":")[0].casefold())
            and not re.search(LEA, label)
        )
    ]
    return CELL.join(kept) if len(cells) > 1 and kept else notice


@deadline_rule("R6b")
@firm
@weakened(_held_back)
def breach_of_other_data_notified_to_the_school_in_time(
    sentences: Sequence[Sentence], limit: BreachLimit
) -> Verdict:
    found = breach_notices(sentences, to_parents=False)
    if (too_narrow := too_narrow_for_other_data(found, sentences)) is not None:
        return too_narrow
    narrow = [s for s in found if identity_data_only(s, sentences)]
    return _deadline([s for s in found if s not in narrow], limit, "the school", max)


@deadline_rule("R6c")
@firm
@weakened(_held_back)
@weakened(narrowed_notice)
def breach_of_student_information_notified_to_families_in_time(
    sentences: Sequence[Sentence], limit: BreachLimit
) -> Verdict:
    return _families_notice(sentences, limit, min)


@deadline_rule("R6d")
@firm
@weakened(_held_back)
@weakened(narrowed_notice)
def breach_of_other_data_notified_to_families_in_time(
    sentences: Sequence[Sentence], limit: BreachLimit
) -> Verdict:
    found = breach_notices(sentences, to_parents=True)
    if (too_narrow := too_narrow_for_other_data(found, sentences)) is not None:
        return too_narrow
    return _families_notice(sentences, limit, max)


def _label(limit: BreachLimit) -> str:
    """The regulation's limit, as a finding quotes it: "5 calendar days, 2 if urgent"."""
    unit = day_unit(limit.days, "calendar" if limit.calendar else "")
    urgent = f", {limit.urgent_days} if urgent" if limit.urgent_days is not None else ""
    return f"{limit.days} {unit}{urgent}"


# "as soon as we reasonably can, usually within a week": the period is a habit, not a limit
_USUAL_PERIOD = LazyPattern(
    r"\b(?:usually|typically|normally|generally|ordinarily|in most cases)\s*,?\s+within\b"
)


def _deadline(
    found: Sequence[Sentence], limit: BreachLimit, who: str, pick: Pick, *, to_parents: bool = False
) -> Verdict:
    """Present when a notice's period is within the limit; weak when longer or vague. For
    the families (``to_parents``), the period is read from the words that give theirs: in
    "notify the District within 24 hours and affected parents within thirty (30) days" it is
    thirty days, and in "we'll tell the school within 72 hours, and we'll let families know
    as soon as we can" the families have none."""
    if not found:
        return missing(f"no breach notice to {who}")
    label = _label(limit)
    timed = [
        (s, period)
        for s in found
        if (
            period := governing_period(
                notice_clauses(
                    recipients_part(s.text, to_parents), PARENTS if to_parents else None
                ),
                pick,
            )
        )
        is not None
    ]
    kept, timed = setting_the_period(found, timed, pick, to_parents=to_parents)
    if not kept:
        scope = (f"breach notice to {who} of student information only, not of directory "
                 "information, student records or student-generated content")  # fmt: skip
        # Families told only of 6(c)'s breaches have no 6(d) notice at all (as every outside
        # reader labelled it); the school told of some breaches only has part of 6(b)'s.
        return missing(scope, found[0]) if to_parents else weak(found[0], scope)
    found = kept
    # A table's row for the urgent case ("Imminent misuse … — Within 48 hours") beside the
    # row for every other breach: the other row's period is the notice's
    rows = [(s, days) for s, days in timed if CELL in s.text]
    # (a row whose first cell is the urgent case, with one period; not a row that gives the
    # ordinary period and the urgent one beside it)
    ordinary = [
        (s, days)
        for s, days in rows
        if not _URGENT_CASE.search(s.text.split(CELL)[0].casefold())
        or len(periods_in_days(s.text)) > 1
    ]
    if ordinary and len(ordinary) < len(rows):
        timed = [item for item in timed if item in ordinary or item not in rows]
    if timed:
        sentence, days = min(timed, key=lambda item: item[1])
        if days > limit.days:
            return weak(
                sentence,
                f"breach notice to {who} within {days:g} {day_unit(days)}; the regulation "
                f"requires {label}",
            )
        if _USUAL_PERIOD.search(lowered(sentence)):
            return weak(
                sentence,
                f"breach notice to {who} usually within {days:g} {day_unit(days)}: what happens "
                f"as a rule, not a limit; the regulation requires {label}",
            )
        if pick is max and OTHER_BREACHES_UNTIMED.search(lowered(sentence)):
            return weak(sentence, f"breach notice to {who}, but for the other breaches in no "
                                  f"stated time; the regulation requires {label}")  # fmt: skip
        told = recipients_clauses(lowered(sentence), PARENTS if to_parents else LEA)
        why = short_of_a_promise(told, who, to_parents=to_parents)
        if why is not None:
            return weak(sentence, f"{why} ({label})")
        return present(
            sentence, f"breach notice to {who} within {days:g} {day_unit(days)} ({label})"
        )
    blank = next((s for s in found if has_placeholder(s.text)), None)
    if blank is not None:
        return weak(blank, f"breach notice to {who} within a period left blank; the regulation "
                    f"requires {label}")  # fmt: skip
    vague = next((s for s in found if VAGUE.search(lowered(s))), found[0])
    return weak(
        vague, f"breach notice to {who} without a fixed period; the regulation requires {label}"
    )


def _families_notice(sentences: Sequence[Sentence], limit: BreachLimit, pick: Pick) -> Verdict:
    """The operator's own notice to families: helping the school notify them is not it."""
    items = {families_item(s): s for s in breach_notices(sentences, to_parents=True)}
    verdict = _deadline(list(items), limit, "students and parents", pick, to_parents=True)
    if verdict.sentence is not None:
        verdict = replace(verdict, sentence=items[verdict.sentence])  # quoted as written
    low = lowered(verdict.sentence) if verdict.sentence is not None else ""
    if (
        verdict.sentence is not None
        and re.search(r"\b(?:assist|cooperat|help)\w*", low)
        and not re.search(PROVIDER + r"\b[^.]{0,40}\b(?:shall|will|must) notify", low)
    ):
        return weak(
            verdict.sentence, "only helps the school notify families; the operator must notify"
        )
    if (
        verdict.sentence is not None
        and verdict.status == "present"
        and AT_THE_SCHOOLS_OPTION.search(low)
    ):
        return weak(verdict.sentence, "notifies families only if the school so chooses")
    return verdict
