"""Notice of a breach: to the school (6(a), 6(b)) and to students and parents (6(c), 6(d)).

Each rule is handed the deadline the catalogue sets for its provision (5 calendar days,
2 if urgent; 10 days; 5 days; 10 days), so a vendor's period is judged against the same
numbers the breach paperwork counts with. Vendor paper rarely separates the kinds of
data: a sentence with two periods usually gives the shorter to student information, so
6(a) and 6(c) read the shorter of them and 6(b) and 6(d) the longer.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ...library.breach_limits import BreachLimit, in_words
from ..durations import has_placeholder
from ..lexicon import (
    BREACH,
    EFFORTS,
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
from .breach_scope import NARROW, identity_data_only
from .qualified import firm
from .registry import Verdict, deadline_rule, missing, present, weak

Pick = Callable[[Sequence[float]], float]


@deadline_rule("R6a")
@firm
def breach_of_student_information_notified_to_the_school_in_time(
    sentences: Sequence[Sentence], limit: BreachLimit
) -> Verdict:
    """Within the limit, and with the shorter urgent notice when misuse is imminent."""
    found = _breach_notices(sentences, to_parents=False)
    verdict = _deadline(found, limit, "the school", min)
    urgent_days = limit.urgent_days
    if (
        urgent_days is None
        or verdict.status != "present"
        or verdict.sentence is None
        or (governing_period(_recipients_part(verdict.sentence.text, False), max) or 0)
        <= urgent_days
    ):
        return verdict
    # The urgent notice may stand in a sentence of its own that names no breach: "Where
    # urgent notice may be required because of imminent misuse, Provider shall notify …".
    urgent = any(
        re.search(r"\b(?:urgent|imminent)", lowered(s))
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
def breach_of_student_information_notified_to_families_in_time(
    sentences: Sequence[Sentence], limit: BreachLimit
) -> Verdict:
    return _families_notice(sentences, limit, min)


@deadline_rule("R6d")
@firm
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
_INCIDENT_IMPLIED = re.compile(
    r"\baffected\s+(?:students?|parents?|users?|individuals|persons|families)\b[^.;]{0,80}"
    r"\b(?:of|after|from|following)\s+(?:its\s+|the\s+)?discovery\b"
)


_TELL = (
    r"\b(?:notify|inform|send notice to|give notice to|e-?mail|tell|report\w*|"
    r"provide (?:written )?notice|let)\b"
)


# The clock starts when the vendor has confirmed or finished looking into the breach, which
# may be long after it discovered it: "within 72 hours after we confirm the Security
# Incident", "within five days of the completion of its investigation". ("Notice of a
# confirmed breach within 24 hours" names the breach; it does not move the clock.)
_LATER_START = re.compile(
    r"\b(?:after|of|from|following|upon|on|once|when)\s+(?:[\w'\u2019]+\s+){0,2}?"
    r"(?:confirm(?:s|ing|ation)?|determin(?:es|ing|ation)|verif(?:ies|ying|ication)|"
    r"conclu(?:des|ding|sion)|complet(?:es|ing|ion))\b(?!\s+of the (?:services|agreement))"
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
_MAY_NOTIFY = re.compile(r"\bmay\s+(?:\w+\s+)?(?:notify|inform|report|tell|alert)\b")
_WILL_NOTIFY = re.compile(
    r"\b(?:shall|will|must|agrees? to)\s+(?:\w+\s+)?(?:notify|inform|report|tell|alert)\b"
)
# Notice to families only when the school asks: "if the School asks us to".
_IF_ASKED = re.compile(
    LEA
    + r"[^.;]{0,10}\b(?:asks?|requests?|directs?|instructs?)\b|\bat the (?:[\w'\u2019]+\s+){0,2}?"
    r"(?:request|direction|instruction)\b|\bupon (?:[\w'\u2019]+\s+){0,2}?(?:request|direction)\b"
)


# A breach of the contract is no breach of security: "if the other party commits a material
# breach that is not remedied within thirty (30) days after written notice of it".
_CONTRACT_BREACH = re.compile(
    r"\b(?:material|uncured|remediable|curable|fundamental|anticipatory)\s+breach(?:es)?\b|"
    r"\bbreach(?:es|ed)?\s+(?:of\s+)?(?:this|the|any|its|their)\s+(?:agreement|contract|terms|"
    r"warrant\w*|obligations?|covenants?|representations?|provisions?|addendum)\b|\bin breach\b"
)
_NOTIFIED = r"[^.;]{0,60}\b(?:will|shall|must)\s+be\s+(?:notified|informed|told|contacted)\b"
# Notice to someone other than the school or the families: "notify the appropriate law
# enforcement authorities", "report … to its cyber-insurance carrier".
_THIRD_PARTY = re.compile(
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
    about_a_breach = {
        s.paragraph for s in sentences if BREACH.search(_CONTRACT_BREACH.sub(" ", lowered(s)))
    }
    to_families: set[int] = set()
    for sentence in sentences:
        low = _CONTRACT_BREACH.sub(" ", lowered(sentence))
        breach = (
            BREACH.search(low)
            or _INCIDENT_IMPLIED.search(low)
            or (sentence.paragraph in about_a_breach and re.search(r"\baffected\b", low))
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
        elsewhere = not school and _THIRD_PARTY.search(low)  # the police, an insurer
        if (to_parents and families) or (
            not to_parents and (school or not (families or elsewhere))
        ):
            found.append(sentence)
    return found


# Notice only where some law requires it: "If required by applicable state law, …"
_IF_THE_LAW_ASKS = re.compile(
    r"\b(?:if|where|when|to the extent|as)\s+(?:and to the extent\s+)?(?:so\s+)?(?:required|"
    r"mandated)\s+by\s+(?:applicable\s+)?(?:state\s+|federal\s+)?(?:law|statute)"
)
# Some breaches left out: "except breaches involving only directory information"
_SOME_EXCEPTED = re.compile(
    r"\b(?:except|excluding|other than)\s+(?:for\s+)?(?:(?:security|data)\s+)?(?:breach|incident)"
)
_OTHER_KINDS = re.compile(
    r"(?<!other than )\b(?:involving|of|for|to|if|where|when)\s+(?:only\s+)?(?:\w+\s+)?"
    r"(?:directory information|student records|student-generated content)\b"
)
_THAT_NOTICE = re.compile(r"\b(?:that|such|the same|this) notice\b")


def _by_the_school(low: str, families: re.Match[str]) -> bool:
    """Whether the school gives the notice ``families`` found in ``low``: the party named
    last before the notice verb in its clause, leaving out whoever is being told, is the
    school. "will give the School the facts it needs to notify families", "LEA may elect to
    provide notice … to the affected parent", "give the Board the information it needs to
    report the breach to all affected parents" are the school's notices; "notify the
    District within 24 hours and affected parents within five days" and "Cadence will, at
    Customer's direction, notify affected individuals" are the vendor's."""
    before = re.split(r"[;:]", low[: families.start()])[-1]
    before = re.sub(_TELL + r"\s+(?:[\w'\u2019]+\s+){0,2}?" + LEA, " ", before)
    before = re.sub(r"\w+['\u2019]s\b", " ", before)  # "at Customer's direction": no subject
    named = [m.group(0) for m in re.finditer(rf"{LEA}|{PROVIDER}", before)]
    return bool(
        (named and re.fullmatch(LEA, named[-1]))
        or re.search(LEA + r"[^.;]{0,30}\b(?:notify|inform)", families.group(0))
    )


_URGENT_ONLY = re.compile(
    r"^\W*(?:[\w.]{1,8}\s+)?(?:where|if|when|in the event)\b[^,;]{0,80}\b(?:urgent|imminent)"
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
                _notice_clauses(
                    _recipients_part(s.text, to_parents), PARENTS if to_parents else None
                ),
                pick,
            )
        )
        is not None
    ]
    # For 6(b) and 6(d), a sentence that names their kinds of data sets their period: "For a
    # Breach involving Directory Information …, that notice shall be given within ten (10)
    # business days" (not the five days the sentence before gives student information).
    # The urgent case's shorter notice ("where misuse is imminent, within two days") is the
    # exception to the period, not the period, when another sentence gives one.
    regular = [item for item in timed if not _URGENT_ONLY.match(lowered(item[0]))]
    timed = regular or timed
    named = [s for s in found if _OTHER_KINDS.search(lowered(s))]
    if pick is max and named:
        found = named
        timed = [item for item in timed if item[0] in named]
    if timed:
        sentence, days = min(timed, key=lambda item: item[1])
        if days <= limit.days and EFFORTS.search(lowered(sentence)):
            return weak(
                sentence,
                f"breach notice to {who} within {days:g} days, but only as an effort, not a "
                f"promise ({label})",
            )
        if days <= limit.days and _LATER_START.search(lowered(sentence)):
            return weak(
                sentence,
                f"breach notice to {who} within {days:g} days, but counted from confirming the "
                f"breach, not from discovering it ({label} from discovery)",
            )
        low = lowered(sentence)
        if days <= limit.days and _MAY_NOTIFY.search(low) and not _WILL_NOTIFY.search(low):
            return weak(sentence, f"may give breach notice to {who}: a permission, not a promise")
        if days <= limit.days and _SOME_EXCEPTED.search(low):
            return weak(sentence, f"breach notice to {who}, but not of every breach ({label})")
        if days <= limit.days and _IF_THE_LAW_ASKS.search(low):
            return weak(sentence, f"breach notice to {who} only where a law requires it ({label})")
        if days <= limit.days and to_parents and _IF_ASKED.search(low):
            return weak(sentence, f"breach notice to {who} only if the school asks ({label})")
        if days <= limit.days:
            return present(sentence, f"breach notice to {who} within {days:g} days ({label})")
        return weak(
            sentence,
            f"breach notice to {who} within {days:g} days; the regulation requires {label}",
        )
    blank = next((s for s in found if has_placeholder(s.text)), None)
    if blank is not None:
        return weak(blank, f"breach notice to {who} within a period left blank; the regulation "
                    f"requires {label}")  # fmt: skip
    vague = next((s for s in found if VAGUE.search(lowered(s))), found[0])
    return weak(
        vague, f"breach notice to {who} without a fixed period; the regulation requires {label}"
    )


def _recipients_part(text: str, to_parents: bool) -> str:
    """The words of a notice sentence that give the period for one recipient, when it gives
    each its own: in "notify the District within 24 hours and affected parents within thirty
    (30) days", the school's period is 24 hours and the parents' thirty days. A sentence that
    gives one period for both (or names one recipient) is read whole."""
    low = text.casefold()
    marks = sorted(
        [(m.start(), False) for m in re.finditer(LEA, low)]
        + [(m.start(), True) for m in re.finditer(rf"\b{PARENTS}\b", low)]
    )
    if not marks:
        return text
    parts: dict[bool, str] = {False: "", True: ""}
    for (start, parents), (end, _) in zip(marks, [*marks[1:], (len(low), False)], strict=True):
        parts[parents] += " " + text[start:end]
    if not all(periods_in_days(part) for part in parts.values()):
        return text
    return text[: marks[0][0]] + parts[to_parents]


def _notice_clauses(text: str, to: str | None = None) -> str:
    """The clauses of a sentence about the breach notice: an audit's or a termination's
    notice period in another clause ("on thirty days' notice of an audit; of a breach,
    promptly") is not the breach deadline; nor, with ``to``, a clause that tells only the
    school ("we'll tell the school within 72 hours, and let families know as soon as we can")."""
    clauses = re.split(r";|,\s*(?:and|but)\s+", text)
    other = re.compile(r"\b(?:audit\w*|inspect\w*|terminat\w*|renew\w*|amend\w*)")
    kept = [c for c in clauses if BREACH.search(c.casefold()) or not other.search(c.casefold())]
    if to is not None and any(re.search(to, c.casefold()) for c in kept):
        kept = [c for c in kept if re.search(to, c.casefold()) or not re.search(LEA, c.casefold())]
    return "; ".join(kept)


def _families_notice(sentences: Sequence[Sentence], limit: BreachLimit, pick: Pick) -> Verdict:
    """The operator's own notice to families: helping the school notify them is not it."""
    verdict = _deadline(
        _breach_notices(sentences, to_parents=True),
        limit,
        "students and parents",
        pick,
        to_parents=True,
    )
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
