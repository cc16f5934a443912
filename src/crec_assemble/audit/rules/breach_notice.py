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

from ...library.breach_limits import BreachLimit, in_words
from ..durations import has_placeholder
from ..lazy_pattern import LazyPattern
from ..lexicon import (
    BREACH,
    LEA,
    NOTIFY,
    PARENTS,
    PROVIDER,
    VAGUE,
    governing_period,
    lowered,
    negated,
    periods_in_days,
)
from ..reader import Sentence
from .breach_periods import (
    Pick,
    notice_clauses,
    recipients_clauses,
    recipients_part,
    setting_the_period,
    short_of_a_promise,
)
from .breach_scope import NARROW, identity_data_only
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
        ),
        None,
    )
    if held is None or any(_HOLD_DISCLAIMED.search(lowered(s)) for s in sentences):
        return None
    return weak(promise, "breach notice in time, but a law-enforcement request may hold it "
                f"back past the limit: {held.text}")  # fmt: skip


# "The law enforcement delay in Section 5.2 does not extend these periods": the paper takes
# the hold back from the periods that meet the regulation.
_HOLD_DISCLAIMED = LazyPattern(
    r"\blaw[- ]enforcement\b(?:[^.;]|\.(?=\d)){0,80}\b(?:does|do|shall|will|may) not "
    r"(?:extend|apply to|delay|postpone|suspend|toll)\s+"
    r"(?:these|those|such|the above|any of the)\s+(?:[\w-]+\s+)?(?:periods?|deadlines?|"
    r"time limits?)\b(?!\s+by\s+more\b)"
)
_LAW_ENFORCEMENT_HOLD = LazyPattern(
    r"\blaw[- ]enforcement\b[^.;]{0,120}\b(?:delay\w*|postpon\w*|withh[eo]ld\w*|impede\w*)\b"
    r"|\b(?:delay\w*|postpon\w*)\b[^.;]{0,80}\blaw[- ]enforcement\b"
)


_URGENT_CASE = LazyPattern(r"\b(?:urgent|imminent)")


@deadline_rule("R6a")
@firm
@weakened(_held_back)
def breach_of_student_information_notified_to_the_school_in_time(
    sentences: Sequence[Sentence], limit: BreachLimit
) -> Verdict:
    """Within the limit, and with the shorter urgent notice when misuse is imminent."""
    found = _breach_notices(sentences, to_parents=False)
    verdict = _deadline(found, limit, "the school", min)
    urgent_days = limit.urgent_days
    if verdict.status != "present" or verdict.sentence is None:
        return verdict
    notice = recipients_part(verdict.sentence.text, False)
    longest = governing_period(notice, max) or 0
    # "five (5) business days …; except that where urgent notice may be required …, in no case
    # later than forty-eight (48) hours": the urgent case in time, the ordinary one before it
    # not
    urgent_case = _URGENT_CASE.search(notice.casefold())
    ordinary = governing_period(notice[: urgent_case.start()], min) if urgent_case else None
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


@deadline_rule("R6b")
@firm
@weakened(_held_back)
def breach_of_other_data_notified_to_the_school_in_time(
    sentences: Sequence[Sentence], limit: BreachLimit
) -> Verdict:
    found = _breach_notices(sentences, to_parents=False)
    narrow = [s for s in found if identity_data_only(s, sentences)]
    if found and len(narrow) == len(found):
        return missing(NARROW, narrow[0])
    return _deadline([s for s in found if s not in narrow], limit, "the school", max)


@deadline_rule("R6c")
@firm
@weakened(_held_back)
def breach_of_student_information_notified_to_families_in_time(
    sentences: Sequence[Sentence], limit: BreachLimit
) -> Verdict:
    return _families_notice(sentences, limit, min)


@deadline_rule("R6d")
@firm
@weakened(_held_back)
def breach_of_other_data_notified_to_families_in_time(
    sentences: Sequence[Sentence], limit: BreachLimit
) -> Verdict:
    found = _breach_notices(sentences, to_parents=True)
    if found and all(identity_data_only(s, sentences) for s in found):
        return missing(NARROW, found[0])
    return _families_notice(sentences, limit, max)


# A notice "to affected students and parents within one week of discovery" is a breach
# notice that leaves the breach to its section's heading: only an incident has the
# affected and a discovery.
_INCIDENT_IMPLIED = LazyPattern(
    r"\baffected\s+(?:students?|parents?|users?|individuals|persons|families)\b[^.;]{0,80}"
    r"\b(?:of|after|from|following)\s+(?:its\s+|the\s+)?discovery\b"
)


_TELL = (
    r"\b(?:notify|inform|send notice to|give notice to|e-?mail|tell|report\w*|"
    r"provide (?:written )?notice|let)\b"
)


# A breach of the contract is no breach of security: "if the other party commits a material
# breach that is not remedied within thirty (30) days after written notice of it".
_CONTRACT_BREACH = LazyPattern(
    r"\b(?:material|uncured|remediable|curable|fundamental|anticipatory)\s+breach(?:es)?\b|"
    r"\bbreach(?:es|ed)?\s+(?:of\s+)?(?:this|the|any|its|their)\s+(?:agreement|contract|terms|"
    r"warrant\w*|obligations?|covenants?|representations?|provisions?|addendum)\b|\bin breach\b"
)
# An incident that is no data's: "An Aide who observes a student injury, a medical event … or
# a behavioral incident shall report it …, and Agency shall deliver a written incident report
# …": a sentence of such incidents that names no data, no breach and no security.
_OTHER_INCIDENT = LazyPattern(
    r"\b(?:injur\w*|medical|behaviou?r\w*|restraint|accidents?|misconduct|bullying|allerg\w*|"
    r"playground|fights?|disciplin\w*|vehicles?|bus(?:es)?)\b"
)
_DATA_OR_SECURITY = LazyPattern(
    r"\b(?:data|information|records?|files?|systems?|breach\w*|security|unauthori[sz]ed|pii|"
    r"personally|cyber\w*|hack\w*|ieps?|expos\w*|compromis\w*|confidential\w*|privacy|"
    r"medical charts?|behaviou?r logs?|intervention plans?)\b"
)


def _breach_words(sentence: Sentence) -> str:
    """The sentence, lowered, without a breach of contract, or an incident that is no data's."""
    low = _CONTRACT_BREACH.sub(" ", lowered(sentence))
    if _OTHER_INCIDENT.search(low) and not _DATA_OR_SECURITY.search(low):
        return re.sub(r"\bincidents?\b", " ", low)
    return low


_NOTIFIED = r"[^.;]{0,60}\b(?:will|shall|must)\s+be\s+(?:notified|informed|told|contacted)\b"
# Notice to someone other than the school or the families: "notify the appropriate law
# enforcement authorities", "report … to its cyber-insurance carrier".
_THIRD_PARTY = LazyPattern(
    r"\b(?:notify|report\w*|inform|alert|notice to)\b[^.;]{0,40}?\b(?:law enforcement|"
    r"authorit\w*|regulators?|regulatory|insur\w*|carriers?|credit (?:bureaus?|reporting)|"
    r"attorneys? general|supervisory|government\w*|police)"
)


def _breach_notices(sentences: Sequence[Sentence], *, to_parents: bool) -> list[Sentence]:
    """Sentences in which the vendor gives breach notice to the school, or to families."""
    found = []
    # A notice to "affected" people in the paragraph of a breach speaks of that breach: "If
    # there is ever a breach, your school hears from us within 72 hours. … we'll email
    # affected families directly."
    about_a_breach = {s.paragraph for s in sentences if BREACH.search(_breach_words(s))}
    # … and so does the vendor's notice to the affected families in a later subsection of the
    # breach's section: "9.1 If TrayGuard discovers a breach …", then "9.2 Notice to families.
    # … TrayGuard will itself notify the affected students"
    breach_sections = {_article(s) for s in sentences if BREACH.search(_breach_words(s))} - {""}
    to_families: set[int] = set()
    told_families_at = -2  # the index of the last sentence that gave families notice
    for at, sentence in enumerate(sentences):
        low = _breach_words(sentence)
        breach = (
            BREACH.search(low)
            or _INCIDENT_IMPLIED.search(low)
            or (sentence.paragraph in about_a_breach and re.search(r"\baffected\b", low))
            or (
                to_parents
                and _article(sentence) in breach_sections
                and _NOTIFIES_THE_AFFECTED.search(low)
            )
            # … or "also" in the paragraph after one, going on with its notice: "When the
            # school asks us to, we will also notify affected families directly", "If directory
            # information is involved, notice will be given within [__] days after discovery"
            or (
                sentence.paragraph - 1 in about_a_breach
                and re.search(
                    r"\balso\b[^.;]{0,40}\baffected\b|\bnotice\b[^.;]*\b(?:of|after|from|"
                    r"following)\s+(?:its\s+|the\s+)?discovery\b",
                    low,
                )
            )
        )
        if not (breach and NOTIFY.search(low)):
            continue
        if negated(low, r"\b(?:notify|notifying|inform|informing|send notice|give notice)\b"):
            continue  # "shall not notify data subjects" promises nothing
        # The notice verb nearest the families: in "notify the Subscriber promptly and will
        # notify affected families" the Subscriber is told, and tells no one.
        # The school notifies families ("help your school tell families"): not the vendor's
        # promise; but a later notice in the sentence may be ("… we'll email affected families").
        families = next(
            (
                m
                for m in re.finditer(rf"{_TELL}(?:(?!{_TELL})[^.;]){{0,100}}?" + PARENTS, low)
                if not _by_the_school(low, m)
            ),
            None,
        ) or re.search(PARENTS + _NOTIFIED, low)  # "Parents … will be notified by Vendor"
        school = re.search(LEA, low)
        # "For a Breach … involving Directory Information, that notice shall be given not later
        # than ten (10) business days": the families' notice of the sentence before it
        if families:
            to_families.add(sentence.paragraph)
        elif not school and sentence.paragraph in to_families and _THAT_NOTICE.search(low):
            families = _THAT_NOTICE.search(low)
        elif not school and at == told_families_at + 1:
            # "Where a breach involves Directory Information, Tandem will notify them …", the
            # families of the sentence before
            families = re.search(rf"{_TELL}\s+them\b", low)
        if families:
            told_families_at = at
        elsewhere = not school and _THIRD_PARTY.search(low)  # the police, an insurer
        if (to_parents and families) or (
            not to_parents and (school or not (families or elsewhere))
        ):
            found.append(sentence)
    return found


_NOTIFIES_THE_AFFECTED = LazyPattern(
    r"\b(?:will|shall|must)\s+(?:\w+\s+){0,2}?(?:notify|inform|tell|contact)\b[^.;]{0,40}"
    r"\baffected\b"
)


def _article(sentence: Sentence) -> str:
    """The top-level section a sentence falls under ("9" for "9.2"), or "" for none."""
    return sentence.section.split(".")[0]


# The items of a list run into one sentence: "Notwithstanding Section 5.2: (a) for a breach
# …, the Provider shall notify the LEA …; (b) for a breach …; and (c) for a breach …, the
# Provider shall also notify the student or the student's parents …".
_INLINE_ITEM = LazyPattern(r";\s*(?:and\s+|or\s+)?(?=\([a-z]\)\s)")


def _families_item(sentence: Sentence) -> Sentence:
    """A notice sentence held to the items of its inline list that tell the families, each
    item being a breach of its own kinds of data with its own period; the sentence itself
    when it has no such list."""
    items = _INLINE_ITEM.split(sentence.text)
    lead, *first = re.split(r"\(a\)\s", items[0], maxsplit=1)
    tells = rf"{_TELL}[^.;]{{0,100}}?{PARENTS}"
    told = [
        item
        for item in [*first, *items[1:]]
        if re.search(tells, item.casefold()) and (periods_in_days(item) or periods_in_days(lead))
    ]
    if len(items) < 2 or not first or not told or re.search(tells, lead.casefold()):
        return sentence
    return replace(sentence, text=f"{lead}{' '.join(told)}")


_THAT_NOTICE = LazyPattern(r"\b(?:that|such|the same|this) notice\b")


def _by_the_school(low: str, families: re.Match[str]) -> bool:
    """Whether the school gives the notice ``families`` found in ``low``: the party named
    last before the notice verb in its clause, leaving out whoever is being told, is the
    school. "will give the School the facts it needs to notify families", "LEA may elect to
    provide notice … to the affected parent", "give the Board the information it needs to
    report the breach to all affected parents" are the school's notices; "notify the
    District within 24 hours and affected parents within five days" and "Cadence will, at
    Customer's direction, notify affected individuals" are the vendor's. So is none that the
    vendor helps the school give ("will support the school in contacting parents")."""
    before = re.split(r"[;:]", low[: families.start()])[-1]
    before = re.sub(_TELL + r"\s+(?:[\w'\u2019]+\s+){0,2}?" + LEA, " ", before)
    before = re.sub(r"\w+['\u2019]s\b", " ", before)  # "at Customer's direction": no subject
    named = [m.group(0) for m in re.finditer(rf"{LEA}|{PROVIDER}", before)]
    return bool(
        (named and re.fullmatch(LEA, named[-1]))
        or re.search(LEA + r"[^.;]{0,30}\b(?:notify|inform)", families.group(0))
        # "give it the information it needs to notify families": "it", the school told
        or re.search(
            r"\b(?:information|facts|details|assistance)\s+(?:that\s+)?(?:it|they)\s+"
            r"(?:needs?|requires?)\s+(?:in order\s+)?to\s*$",
            before,
        )
        # "… and will support the school in contacting parents": the vendor only helps
        or re.search(
            rf"\b(?:support|assist|help)\w*\s+(?:\w+\s+)?{LEA}\s+(?:in|to|with)\b",
            families.group(0),
        )
    )


def _label(limit: BreachLimit) -> str:
    """The regulation's limit, as a finding quotes it: "5 calendar days, 2 if urgent"."""
    unit = "calendar days" if limit.calendar else "days"
    urgent = f", {limit.urgent_days} if urgent" if limit.urgent_days is not None else ""
    return f"{limit.days} {unit}{urgent}"


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
    if timed:
        sentence, days = min(timed, key=lambda item: item[1])
        if days > limit.days:
            return weak(
                sentence,
                f"breach notice to {who} within {days:g} days; the regulation requires {label}",
            )
        told = recipients_clauses(lowered(sentence), PARENTS if to_parents else LEA)
        why = short_of_a_promise(told, who, to_parents=to_parents)
        if why is not None:
            return weak(sentence, f"{why} ({label})")
        return present(sentence, f"breach notice to {who} within {days:g} days ({label})")
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
    items = {_families_item(s): s for s in _breach_notices(sentences, to_parents=True)}
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
    return verdict
