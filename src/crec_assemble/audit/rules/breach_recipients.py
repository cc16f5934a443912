"""Which sentences give notice of a breach, and to whom: the school, or students and parents.

A notice is about a breach when it names one ("unauthorized access", "lost or stolen"), when
it tells the affected of something they learn on discovery, or when it goes on with the
notice of the paragraph, or the numbered section, before it. Notice to the police, a
regulator or an insurer is neither the school's nor the families'; the school telling the
families, even with the vendor's help, is not the vendor's notice to them. The periods and
what falls short of them are :mod:`.breach_notice`'s and :mod:`.breach_periods`'s.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..durations import periods_in_days
from ..lazy_pattern import LazyPattern
from ..lexicon import (
    BREACH,
    LEA,
    NOTIFY,
    PARENTS,
    PROVIDER,
    SCHOOL_STAFF_ROLES,
    lowered,
    negated,
)
from ..reader import Sentence, top_section
from .breach_families import (
    FAMILIES_COLUMN,
    NOTIFIES_THE_AFFECTED,
    SCHOOL_GAVE,
    SCHOOL_TELLS_FAMILIES,
)

__all__ = ["TELL", "breach_notices", "families_item"]


# A notice "to affected students and parents within one week of discovery" is a breach
# notice that leaves the breach to its section's heading: only an incident has the
# affected and a discovery.
_INCIDENT_IMPLIED = LazyPattern(
    r"\baffected\s+(?:authori[sz]ed\s+)?(?:students?|parents?|users?|individuals|persons|"
    r"families)\b[^.;]{0,100}"
    r"\b(?:of|after|from|following)\s+(?:its\s+|the\s+)?discovery\b"
)

# A table's row of who is told, by a deadline counted from a discovery: an incident's notice.
# (not a row of some other event: "Event: Unplanned Service outage … — Who Provider notifies:")
_NOTICE_ROW = LazyPattern(
    r"^(?![^.;]*\b(?:outages?|downtime|maintenance|passwords?|interrupt\w*)\b)"
    r"[^.;]*\bnotifies\s*:[^.;]*\bdiscovery\b"
)


TELL = (
    # (not a record's name: "incident reports involving a student")
    # (email the means, not the verb: "will go to the District's contact by email and
    # telephone and will describe … the students affected")
    r"\b(?:notify|inform|(?:send|give) notices? to|(?<!by )(?<!via )e-?mail|"
    r"tell|(?<!incident )report\w*|"
    r"(?:send|give|provide)\s+(?:an?\s+|the\s+)?incident\s+reports?\s+to|"
    r"provide (?:written )?notice|let|write to|(?:give|send)\s+written\s+notice"
    # "send notice of the breach directly to the affected students"
    r"|(?:send|give)\s+(?:written\s+)?notice\s+of\s+(?:the|a|any|such)\s+(?:security\s+|data\s+)?"
    r"(?:breach|incident)\s+(?:\([^)]*\)\s+)?"
    r"(?:directly\s+)?to)\b"
)


# A breach of the contract is no breach of security: "if the other party commits a material
# breach that is not remedied within thirty (30) days after written notice of it".
_CONTRACT_BREACH = LazyPattern(
    r"\b(?:material|uncured|remediable|curable|fundamental|anticipatory)\s+breach(?:es)?\b|"
    r"\bbreach(?:es|ed)?\s+(?:of\s+)?(?:this|the|any|its|their)\s+(?:agreement|contract|terms|"
    r"warrant\w*|obligations?|covenants?|representations?|provisions?|addendum)\b|\bin breach\b"
    # "if you breach these Terms", "should the Customer breach this Agreement"
    r"|\b(?:you|customer|subscriber|licensee|school|district|either party|a party|we|user)\s+"
    r"breach(?:es)?\s+(?:these|this|the)\s+(?:terms|agreement|contract|addendum)\b"
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
    # incident reports kept as records ("I keep signed permission slips and any incident
    # reports for three years") are no breach
    low = _REPORTS_KEPT.sub(" ", low)
    if _OTHER_INCIDENT.search(low) and not _DATA_OR_SECURITY.search(low):
        return re.sub(r"\bincidents?\b", " ", low)
    return low


_REPORTS_KEPT = LazyPattern(
    r"(?:\b(?:keep|keeps|kept|retain\w*|store\w*)\b(?:(?!\b(?:will|shall|send|give|provide|deliver|"
    # ("… asks tower captains to keep attendance and incident records for three years", "I keep a
    # log of lost or stolen equipment and incident reports"; not "If student files I store are
    # accessed …, including any incident records": a breach between)
    r"notify|inform\w*|tell|accessed|breach\w*|without|are|is|were)\b)[^.;]){0,80}"
    r"\bincident\s+(?:reports?|records?|logs?|forms?)\b"
    r"|\bincident\s+(?:reports?|records?|logs?)\s+(?:are|is)\s+(?:retained|kept|stored)\b)"
    # (with the keeping's own period: "… for three years")
    r"(?:\s+for\s+[^.;,]{0,30}?\b(?:years?|months?))?"
)
_NOTIFIED = r"[^.;]{0,60}\b(?:will|shall|must)\s+be\s+(?:notified|informed|told|contacted)\b"
# Notice to someone other than the school or the families: "notify the appropriate law
# enforcement authorities", "report … to its cyber-insurance carrier".
_THIRD_PARTY = LazyPattern(
    r"\b(?:notify|report\w*|inform|alert|notice to|let)\b[^.;]{0,40}?\b(?:law enforcement|"
    r"authorit\w*|regulators?|regulatory|insur\w*|carriers?|credit (?:bureaus?|reporting)|"
    r"attorneys? general|supervisory|government\w*|police)"
)


def breach_notices(sentences: Sequence[Sentence], *, to_parents: bool) -> list[Sentence]:
    """Sentences in which the vendor gives breach notice to the school, or to families."""
    found = []
    # A notice to "affected" people in the paragraph of a breach speaks of that breach: "If
    # there is ever a breach, your school hears from us within 72 hours. … we'll email
    # affected families directly."
    breaches = [s for s in sentences if BREACH.search(_breach_words(s))]
    about_a_breach = {s.paragraph for s in breaches}
    # … and so does the vendor's notice to the affected families in a later subsection of the
    # breach's section: "9.1 If TrayGuard discovers a breach …", then "9.2 Notice to families.
    # … TrayGuard will itself notify the affected students"
    breach_sections = {_article(s) for s in breaches} - {""}
    to_families: set[int] = set()
    told_families_at = -2  # the index of the last sentence that gave families notice
    for at, sentence in enumerate(sentences):
        low = _breach_words(sentence)
        breach = (
            BREACH.search(low)
            or _INCIDENT_IMPLIED.search(low)
            # a table's row of notices timed from a discovery: "… — Who Tallyfield notifies:
            # Customer — Deadline from discovery: … five (5) calendar days"
            or _NOTICE_ROW.search(low)
            # ("If only directory information is involved, we will notify parents within thirty
            # (30) days after discovery", in the breach's paragraph)
            or (
                sentence.paragraph in about_a_breach
                and re.search(r"\baffected\b|\bafter\s+(?:its\s+|the\s+)?discovery\b", low)
            )
            # (or in the paragraph just after the breach's, where no number gives the section)
            or (
                to_parents
                and (
                    _article(sentence) in breach_sections
                    or sentence.paragraph - 1 in about_a_breach
                )
                and NOTIFIES_THE_AFFECTED.search(low)
            )
            # … or "also" in the paragraph after one, going on with its notice: "When the
            # school asks us to, we will also notify affected families directly", "If directory
            # information is involved, notice will be given within [__] days after discovery"
            or (
                {sentence.paragraph, sentence.paragraph - 1} & about_a_breach
                and _ALSO_DIRECTLY.search(low)
            )
            or (
                sentence.paragraph - 1 in about_a_breach
                and re.search(
                    r"\balso\b[^.;]{0,60}\baffected\b|\bnotice\b[^.;]*\b(?:of|after|from|"
                    r"following)\s+(?:its\s+|the\s+)?discovery\b",
                    low,
                )
            )
        )
        if not (breach and NOTIFY.search(low)):
            continue
        # (a discretion is no denial: "may, but is not obligated to, notify affected Student
        # Users", which the finding then reads as a notice in no time)
        low = re.sub(
            r",\s*but\s+(?:is|are)\s+not\s+(?:obligated|required|bound)\s+to\s*,", " ", low
        )
        if negated(low, r"\b(?:notify|notifying|inform|informing|send notice|give notice)\b"):
            continue  # "shall not notify data subjects" promises nothing
        # The notice verb nearest the families: in "notify the Subscriber promptly and will
        # notify affected families" the Subscriber is told, and tells no one.
        # The school notifies families ("help your school tell families"): not the vendor's
        # promise; but a later notice in the sentence may be ("… we'll email affected families").
        families = (
            next(
                (
                    m
                    for m in re.finditer(rf"{TELL}(?:(?!{TELL})[^.;]){{0,100}}?" + PARENTS, low)
                    if not _by_the_school(low, m)
                    # not what the school is told: "notify the affected school within 48
                    # hours, with what we know about the incident and the students affected"
                    and not _TOLD_ABOUT_THEM.search(m.group(0))
                    # not across a clause of its own: "While we notify, we may investigate …
                    # which students were affected"
                    and not _NEW_CLAUSE.search(m.group(0))
                ),
                None,
            )
            # "Parents … will be notified by Vendor"; a table's families' column
            or re.search(PARENTS + _NOTIFIED, low)
            # (not where the table's lead-in has the school tell them: "…, and the School will
            # then tell affected families")
            or (FAMILIES_COLUMN.search(low) and not SCHOOL_TELLS_FAMILIES.search(low))
            # "Where we hold a parent's email address, we may also let them know directly"
            or (re.search(PARENTS, low) and _ALSO_DIRECTLY.search(low))
            # "… we will contact affected families within 24 hours"
            or _CONTACTS_FAMILIES.search(low)
        )
        body = _STATES_LEAD_IN.sub(" ", low, count=1)  # not "For Schools in Connecticut, …:"
        # (nor the school as the source of the families' contact details: "using the contact
        # details the School has given us")
        body = SCHOOL_GAVE.sub(" ", body)
        school = re.search(LEA, body) or _SCHOOL_STAFF.search(body)
        # "For a Breach … involving Directory Information, that notice shall be given not later
        # than ten (10) business days": the families' notice of the sentence before it
        if families:
            to_families.add(sentence.paragraph)
        elif not school and sentence.paragraph in to_families and _THAT_NOTICE.search(low):
            families = _THAT_NOTICE.search(low)
        elif not school and at == told_families_at + 1:
            # "Where a breach involves Directory Information, Tandem will notify them …", the
            # families of the sentence before
            families = re.search(rf"{TELL}\s+them\b", low)
        if families:
            told_families_at = at
        elsewhere = not school and _THIRD_PARTY.search(low)  # the police, an insurer
        if (to_parents and families) or (
            not to_parents and (school or not (families or elsewhere))
        ):
            found.append(sentence)
    return found


# A state section's lead-in, which names the schools it serves, not who is told: "For Schools
# in Connecticut, the following applies in addition to the rest of these Terms: We will notify
# the affected Athlete …".
_STATES_LEAD_IN = LazyPattern(
    r"^\W*(?:for|to)\s+(?:schools?|districts?|customers?|leas?)\s+(?:located\s+)?in\s+"
    # (not one that gives the notice itself: "…, we will notify the School … as follows:")
    r"[a-z][\w ]{2,30}?,(?![^:]*\b(?:notify|inform|tell|report)\b)[^:.;]{0,80}:"
    # "For Connecticut schools: if a breach involves …, we will notify each affected student's
    # parent"
    r"|^\W*for\s+(?:[a-z][\w-]{2,20}\s+){1,2}?(?:schools?|districts?|customers?|leas?)\s*:"
    r"|^\W*for\s+(?:schools?|districts?|customers?|leas?)\s+(?:located\s+)?in\s+[a-z][\w ]{2,30}?:"
)


# The school by the staff member who hears of it: "notify … the Club Advisor", "let the
# teacher and the principal know".
# (the school's staff by their office, not "outside legal advisors", "a teacher's account" or
# "Maplewood's Principal Security Officer")
_SCHOOL_STAFF = LazyPattern(
    r"\b(?:the|your|its|their|each)\s+(?:(?:club|faculty|program)\s+advis[oe]rs?|teachers?|"
    r"principals?|head\s?teachers?|superintendents?|athletic\s+directors?|"
    # the person the school named to the consultant: "tell your booking contact by phone"
    r"(?:booking|school|site)\s+contacts?)\b(?!['\u2019])"
    # "affected Educator account holders", the school's teachers
    rf"|\baffected\s+{SCHOOL_STAFF_ROLES}\s+(?:account\s+holders|accounts|users)\b"
    # (a named or main contact only where it is the school's: not "the primary contact at its
    # cyber-insurance carrier", "the designated contact for each affected student")
    r"|\byour\s+(?:designated|named|main|primary)\s+contacts?\b(?!\s+(?:at|of|for|on)\b)"
)


# The vendor's own word to the families beside the school's notice, in the breach's
# paragraph: "we may also let them know directly", "we may also notify the family directly".
_ALSO_DIRECTLY = LazyPattern(
    rf"\b(?:we|i|contractor)\s+(?:may|will|shall|can)\s+also\s+(?:{TELL}|contact)\b[^.;]{{0,45}}"
    r"\bdirectly\b"
    # "Where the law requires notice to affected students or parents, we may notify them
    # directly or help the School do so": the families named before, told by the vendor (not
    # the teachers or staff named between)
    rf"|{PARENTS}(?:(?!\b(?:teachers?|staff|users?|accounts?|administrators?|employees)\b)[^.;])"
    rf"{{0,60}}?\b(?:we|i|contractor)\s+(?:may|will|shall|can)\s*,?\s*(?:at\s+our\s+discretion\s*,\s*)?"
    rf"(?:{TELL}|contact|reach\s+out\s+to)\s+them\s+directly\b"
)
_CONTACTS_FAMILIES = LazyPattern(
    r"\b(?:we|i|contractor|provider)\s+(?:will|shall|must|may)\s+(?:also\s+)?contact\s+(?:the\s+|each\s+)?"
    r"affected\s+(?:students|families|parents|guardians)\b"
)
# A main clause of the vendor's own permissions after the notice verb's: "While we notify,
# we may investigate …" (not "will notify, and where the School asks, it will help …").
_NEW_CLAUSE = LazyPattern(r",\s*(?:we|it|contractor|provider|vendor|company|consultant|i)\s+may\b")
_TOLD_ABOUT_THEM = LazyPattern(
    rf"^{TELL}\s+(?:\w+\s+){{0,2}}?(?:{LEA}|it\b|you\b)[^.;]*?(?<!together )(?<!along )"
    # ("tell the School what happened, which students were affected"; "We will tell you what
    # happened, what data was involved, which students were affected")
    r"\b(?:with|including|describing|identifying|listing|which)\b"
)


def _article(sentence: Sentence) -> str:
    """The top-level section a sentence falls under ("9" for "9.2"), or "" for none: its
    heading's, or the clause's own number where no heading gave one ("7.2 Tellstory may …")."""
    if sentence.section:
        return top_section(sentence.section)
    numbered = _CLAUSE_NUMBER.match(sentence.text)
    return numbered.group(1) if numbered else ""


_CLAUSE_NUMBER = LazyPattern(r"^\s*(\d+)\.\d+\b")


# The items of a list run into one sentence: "Notwithstanding Section 5.2: (a) for a breach
# …, the Provider shall notify the LEA …; (b) for a breach …; and (c) for a breach …, the
# Provider shall also notify the student or the student's parents …".
_INLINE_ITEM = LazyPattern(r";\s*(?:and\s+|or\s+)?(?=\([a-z]\)\s)")


def families_item(sentence: Sentence) -> Sentence:
    """A notice sentence held to the items of its inline list that tell the families, each
    item being a breach of its own kinds of data with its own period; the sentence itself
    when it has no such list."""
    items = _INLINE_ITEM.split(sentence.text)
    lead, *first = re.split(r"\(a\)\s", items[0], maxsplit=1)
    tells = rf"{TELL}[^.;]{{0,100}}?{PARENTS}"
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
    before = re.sub(TELL + r"\s+(?:[\w'\u2019]+\s+){0,2}?" + LEA, " ", before)
    before = re.sub(r"\w+['\u2019]s\b", " ", before)  # "at Customer's direction": no subject
    # "in coordination with Institution, notify …": the school consulted, not the notifier
    # (not "work with the School to notify": the school notifies)
    before = re.sub(
        r"\bin\s+(?:coordination|consultation)\s+with\s+(?:the\s+)?" + LEA + r"\s*,", " ", before
    )
    named = [m.group(0) for m in re.finditer(rf"{LEA}|{PROVIDER}", before)]
    return bool(
        (named and re.fullmatch(LEA, named[-1]))
        or re.search(LEA + r"[^.;]{0,30}\b(?:notify|inform)", families.group(0))
        # "I will tell you …, so that you can tell families": "you", the school told
        or re.search(r"\bso\s+(?:that\s+)?you\s+(?:can|may|could)\s+$", before)
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
