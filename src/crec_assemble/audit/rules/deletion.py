"""Deleting the data: on the school's request (provision 2) and when the services end (7).

A deletion "upon request" with no way to ask is weak; copies kept in archives or backups, or
for more than a month after the end, are weak too, since the regulation allows none.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from ..durations import has_placeholder
from ..lazy_pattern import LazyPattern
from ..lexicon import (
    EFFORTS,
    IN_CLAUSE,
    LEA,
    NO_ONE,
    PARENTS,
    find,
    lowered,
    negated,
    periods_in_days,
)
from ..reader import Sentence
from .qualified import firm
from .registry import Verdict, missing, present, rule, weak

_ERASE = r"(?:delet\w*|destr\w*|dispos\w*|eras\w*|purg\w*)"
# The school asking for deletion, or deleting for itself.
_ASKED = LazyPattern(
    rf"\b(?:request\w*|direct\w*|instruct\w*|ask\w*|wants?)\b[^.;]{{0,60}}\b{_ERASE}"
    # "CREC may at any time require the University to destroy all or any part of the Data",
    # "CREC may ask me at any time, by e-mail to … or by letter, to delete …"
    rf"|\b(?:may|can)\s+(?:[\w,]+\s+){{0,8}}?(?:require|direct|ask|instruct)\b"
    rf"(?:[^.;]|\.(?=\w)){{0,160}}?"
    rf"\bto\s+(?:\w+\s+)?{_ERASE}"
    rf"|\b{_ERASE}\b[^.;]{{0,60}}\b(?:upon|on|at|after|following) (?:the |a |its |any )?"
    rf"(?:\w+['\u2019]s )?(?:written )?(?:request|direction|instruction)"
    # The school deletes it itself: "School administrators can delete a student's data at
    # any time from the dashboard".
    rf"|\b(?:{LEA}|administrators?|teachers?)\b[^.;]{{0,40}}\b(?:can|may)\s+(?:\w+\s+)?{_ERASE}"
    # "Upon written request from the LEA, using the form …, Provider shall dispose of …"
    rf"|^\W*(?:\(?\w{{1,4}}[.)]\s*)?(?:upon|on|at|after|following|in response to) "
    rf"(?:the |a |its |any )?(?:\w+['\u2019]s )?(?:written )?(?:request|direction|instruction)"
    rf"[^;]{{0,200}}?"
    rf"\b(?:shall|will|must|agrees? to)\s+(?:promptly\s+)?{_ERASE}"
    # "… delete Student Data when the District asks"
    rf"|\b{_ERASE}\b[^.;]{{0,60}}\b(?:when|whenever|if|as)\s+(?:the\s+)?\w+\s+(?:asks|requests|"
    rf"directs|instructs)\b"
    # self-service: "Schools can delete … from the Admin Console at any time"
    rf"|\b(?:can|may)\s+(?:\w+\s+){{0,2}}?{_ERASE}\b[^.;]{{0,80}}\b(?:console|dashboard|portal|"
    rf"settings|admin\w*)\b"
    # "Deletion requests should be sent to privacy@…"
    rf"|\b{_ERASE}\s+requests?\b(?!\s+(?:means|shall mean))"
    # "To delete Student Data, an administrator may submit a ticket …"
    rf"|^\W*to {_ERASE}\b[^.;]{{0,100}}\b(?:may|can|should|must)\s+(?:submit|send|e-?mail|"
    rf"contact|request|use|open|file|ask|write)\b"
)


@rule("R2")
@firm
def deletion_on_request_with_a_procedure(sentences: Sequence[Sentence]) -> Verdict:
    found = [
        s
        for s in sentences
        if _ASKED.search(lowered(s))
        and not s.heading
        and not negated(s.text, rf"\b{_ERASE}")
        and not _AFTER_THE_END.search(lowered(s))
        and not _UNLESS_ASKED.search(lowered(s))
        and not _FAMILY_DELETES.search(lowered(s))
        and not (_FAMILY_ASKS.search(lowered(s)) and not re.search(_THE_SCHOOL, lowered(s)))
    ]
    # The way to ask is often the next sentence of the same clause: "The LEA may request
    # deletion at any time. A request may be made through the console or by email …"
    clauses = [(s, _numbered_item_of(sentences, s)) for s in found]
    # The worst way of asking decides: a teacher's delete button beside a school's request
    # the vendor need only "consider" is no deletion on the school's request.
    refused = next(
        (s for s, clause in clauses if any(_REFUSABLE.search(lowered(c)) for c in clause)), None
    )
    if refused is not None:
        return weak(refused, "deletion on request, but the vendor may refuse it or keep the data "
                             "by its own retention rules")  # fmt: skip
    for sentence, clause in clauses:
        elsewhere = [s for s in clause if _DELETED_ELSEWHERE.search(lowered(s))]
        if elsewhere:
            return weak(
                sentence, f"deletion on request of only part of the data: {elsewhere[0].text}"
            )
        kept = next(
            (
                s
                for s in clause
                if _KEPT_BACK.search(lowered(s))
                and not negated(lowered(s), r"\b(?:retain\w*|kept|keeps?)\b")
                # the law's own exception: "except for data that state or federal law
                # requires Provider to retain"
                and not _LAW_KEEPS.search(lowered(s))
            ),
            None,
        )
        if kept is not None:
            return weak(sentence, f"deletion on request, but the vendor may keep some: {kept.text}")
        blank = next((s for s in clause if has_placeholder(s.text)), None)
        if blank is not None:
            return weak(
                sentence, f"deletion on request, but its procedure is left blank: {blank.text}"
            )
        # not the request that only the contract's end opens ("Upon termination, Vendor will
        # delete … upon Licensee's written request"): that is provision 7's
        if any(_PROCEDURE.search(lowered(s)) for s in clause if not _AT_THE_END.match(lowered(s))):
            return present(sentence, "gives a way to request deletion, with its procedure")
    if found:
        return weak(found[0], "deletion on request, but no procedure (how, to whom, how fast)")
    returned = [s for s in sentences if _RETURN_ON_REQUEST.search(lowered(s)) and not s.heading]
    if returned:
        return weak(returned[0], "returns what it was given on request, but never deletes it")
    return missing("gives no way to request deletion of student data")


def _numbered_item_of(sentences: Sequence[Sentence], sentence: Sentence) -> list[Sentence]:
    """The sentences of ``sentence``'s paragraph, but not those of another numbered item run
    into it ("7.1 Supplier will delete Student Data upon request. 7.2 Upon termination, …
    within ninety days" gives 7.1 no procedure)."""
    paragraph = [s for s in sentences if s.paragraph == sentence.paragraph] or [sentence]
    own = _ITEM_NUMBER.match(sentence.text)
    return [
        s
        for s in paragraph
        if s is sentence
        or not (m := _ITEM_NUMBER.match(s.text))
        or (own is not None and m.group(0) == own.group(0))
    ]


_ITEM_NUMBER = LazyPattern(r"^\W*\d+(?:\.\d+)+")
# Some of the data kept back from a deletion: "may retain archival copies", "glossaries
# derived from the records are not subject to deletion".
_KEPT_BACK = LazyPattern(
    r"\bmay (?:retain|keep)\b|\bnot (?:be )?subject to (?:deletion|destruction|erasure)\b|"
    r"\b(?:excluded|exempt) from (?:deletion|destruction|erasure)\b"
    # "…, excluding transaction histories, which Vendor retains for seven years"
    # "…, other than Clinical Records that Section 9.2 requires it to keep"
    rf"|\b(?:excluding|except(?:ing)?(?: for)?|other than|but not)\b{IN_CLAUSE}{{0,80}}"
    r"\b(?:retain|retains|keeps?|retained|kept)\b"
    # "Item responses will be retained in de-identified form"
    r"|\b(?:will|shall) (?:still )?be (?:retained|kept)\b(?![^.;]{0,40}\bonly until\b)"
    # a class of the data left out of the deletion: "will delete Student Data other than
    # Clinical Records" (not "except as the law requires", nor data that identify no one)
    rf"|\b{_ERASE}\s+(?:all\s+)?(?:the\s+)?(?:[\w-]+\s+){{0,2}}?(?:data|records|information)\s*,?\s+"
    r"(?:other than|except(?:ing)?(?: for)?|excluding|but not)\s+"
    rf"(?!as\b|to the extent\b|where\b|if\b|when\b|that\b|(?:{NO_ONE}))"
)
_LAW_KEEPS = LazyPattern(r"\blaws?\b[^.;]{0,30}\brequires?\b|\brequired\b[^.;]{0,40}\blaws?\b")
_PROCEDURE = LazyPattern(
    # a means to ask, not only how fast ("within thirty (30) days" is no way to ask)
    r"\b(?:written|in writing|e-?mail\w*|notice|form|portal|dashboard|console|settings|"
    r"ticket|cent(?:er|re)|panel)\b|@"
    # a contact named, not "by contacting us": "contact our Privacy Officer at …"
    r"|\bcontact\w*\b[^.;]{0,40}(?:\bat\b|\bby (?:e-?mail|tele)?phone\b|\bby (?:e-?)?mail\b|"
    r"\bofficer\b|\baddress\b|\bhttps?:|www\.|\d{3})"
)
# A request the vendor need only weigh: "Licensor will consider such requests in accordance
# with its Data Retention Policy".
_REFUSABLE = LazyPattern(
    r"(?:\b(?:will|shall|may) |['\u2019]ll )(?:consider|review|evaluate)\b[^.;]{0,30}\brequests?\b|"
    r"\bmay (?:decline|refuse|deny)\b|"
    r"\bsubject to (?:its|our|\w+['\u2019]s) (?:standard |data )?retention\b|"
    # "in accordance with the Acme Data Retention Standard", "consistent with its data
    # retention schedule", "subject to the Image Retention Period": kept as long as it says
    r"\b(?:subject to|in accordance with|consistent with)\s+(?:its |our |the |\w+['\u2019]s )?"
    r"(?:[\w-]+\s+){0,2}?retention\b|\bto the extent (?:technically )?feasible\b"
    # "to the extent consistent with IRB requirements and its record-retention schedule",
    # "to the extent doing so is consistent with its record-retention obligations",
    # "in the ordinary course of its backup retention cycle"
    r"|\bto the extent (?:(?:that\s+)?(?:doing so|it|this|such deletion) is\s+)?consistent with\b"
    r"[^.;]{0,80}\bretention\b"
    r"|\bin the (?:ordinary|normal|regular) course of\b[^.;]{0,40}\bretention\b"
)
# Deletion at the end timed by another part's table: "in accordance with the retention
# periods in Schedule 2", "except the records and periods listed in Exhibit B".
_PERIODS_IN_ANOTHER_PART = LazyPattern(
    r"\b(?:in accordance with|subject to|as set (?:out|forth) in|pursuant to|"
    r"except(?:ing)?(?: for)?)\s+(?:the\s+)?(?:records and\s+)?(?:retention\s+)?"
    r"(?:periods?|schedule)\b[^.;]{0,40}?"
    r"\b(?:schedule|exhibit|appendix|annex|table)\s+[\w.]+"
)
# A request only the end of the contract opens ("if Licensee makes a written request within
# thirty days after termination") is about deletion at the end (provision 7), not a means to
# ask for deletion while the vendor holds the data.
# A sentence that opens at the contract's end: "Upon termination of the Agreement, …".
_AT_THE_END = LazyPattern(
    r"^\W*(?:\(?\w{1,4}[.)]\s*)?(?:on|upon|at|after|following)\s+(?:the\s+)?(?:termination|"
    r"expiration|expiry|end|completion)\b"
)
_AFTER_THE_END = LazyPattern(
    r"\brequest\w*\b[^.;]{0,40}\b(?:after|following|upon|on|at)\s+(?:the\s+)?"
    r"(?:termination|expiration|expiry|end)\b"
    # "On the expiration or termination of the Agreement, Vendor will destroy all Student Data
    # … and will certify the destruction on request": the request is for the certificate.
    rf"|{_AT_THE_END.pattern}[^.;]{{0,200}}\bcertif\w*[^.;]{{0,60}}\brequest\b"
)
# The school may stop a deletion, not ask for one: "Unless Customer asks otherwise, Provider
# will delete … after termination" (provision 7).
_UNLESS_ASKED = LazyPattern(
    r"\bunless\b[^.;]{0,40}\b(?:asks?|requests?|directs?|instructs?)\s+otherwise\b|"
    r"\bunless\s+otherwise\s+(?:requested|directed|instructed)\b"
)
# Deletion the family does itself ("A parent may delete a child's account from Settings") is
# no means for the school to ask for it.
_FAMILY_DELETES = LazyPattern(
    rf"^\W*(?:\(?[\w.]{{1,8}}[.)]?\s+)?(?:an?\s+|the\s+|each\s+|any\s+)?{PARENTS}\b[^.;]{{0,30}}"
    r"\b(?:can|may)\b"
)
# A family's or user's own request ("Users may request deletion of their personal
# information by emailing …", "To request deletion, a parent may contact us") is no means
# for the school, unless the school is named too.
_FAMILY_ASKS = LazyPattern(
    rf"\b(?:{PARENTS}|users?|individuals?|account holders?)\b[^.;]{{0,30}}"
    r"\b(?:can|may|should|must)\b"
    # "You can delete your account in Settings", "You may ask us to delete your Account":
    # a user's own account, whoever "you" is
    r"|\byou\s+(?:can|may)\s+(?:\w+\s+){0,3}?(?:delete|erase|close)\s+your\s+(?:own\s+)?"
    r"(?:account|profile)\b"
    # "upon the request of the student's parent"
    rf"|\brequests?\s+(?:of|from|by)\s+(?:the\s+|a\s+|an\s+)?(?:student['\u2019]s\s+)?{PARENTS}"
)
_THE_SCHOOL = LEA + r"|\b(?:teachers?|administrators?|admins?|school staff|staff)\b"
# Part of the data is deleted under someone else's terms: "Deletion of Student Data held in
# the Manufacturer Services is performed in accordance with the Privacy Policy".
_DELETED_ELSEWHERE = LazyPattern(
    r"\b(?:delet\w*|eras\w*|destr\w*)\b[^.;]{0,80}\b(?:in accordance with|as (?:set out|"
    r"described|provided) in|governed by|subject to)\s+"
    r"(?:(?:the|its|their|[\w-]+['\u2019]s)\s+){1,2}"
    r"(?:[\w-]+\s+){0,3}?(?:privacy (?:policy|notice)|policy|policies|terms)\b"
)
_PROMISED = LazyPattern(
    r"\b(?:shall|will|must|agrees? to|won't)\s+(?:\w+\s+){0,3}?(?:be\s+)?"
    r"(?:delet|destr|dispos|return|eras|purg|retain|kept|keep)\w*"
)
# The clock starts at someone's later act, not at the end of the services: "within one week
# after the District accepts the final report" keeps the data until the report is accepted.
_LATER_EVENT = LazyPattern(
    r"\bafter\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:accepts?|approves?|acceptance|approval)\b"
    r"[^.;]{0,40}\breport\b"
    # "shall dispose of all Student Data after providing the LEA with reasonable prior notice":
    # deletion waits on a notice of no fixed date
    r"|\bafter\s+(?:providing|giving|sending)\b[^.;]{0,40}\b(?:prior\s+)?notice\b"
)
# "Upon CREC's request, Consultant shall return all materials": a return, not a deletion.
_RETURN_ON_REQUEST = LazyPattern(
    r"\b(?:request\w*|direct\w*|instruct\w*|ask\w*)\b[^.;]{0,80}\b(?:shall|will|must|agrees? to)"
    r"\s+return\b|\breturn\w*\b[^.;]{0,60}\b(?:upon|on|at|after|following) (?:the |a |its |any )?"
    r"(?:written )?(?:request|direction|instruction)"
)


@rule("R7")
@firm
def data_deleted_when_the_services_end(sentences: Sequence[Sentence]) -> Verdict:
    end = (
        # the end of the contract, not of a period ("the end of the ten business days")
        r"\b(?:terminat\w*|expir\w*|end of (?:the |this |its |their |each |an? )?(?:\w+ )?"
        r"(?:term|agreement|contract|services?|engagement|subscription|school year|project|"
        r"study|addendum|dpa|relationship)s?|conclusion|"
        # not the deletion's own: "will confirm completion in writing"
        r"(?<!confirm )(?<!confirms )(?<!certify )(?<!certifies )completion|cancel\w*|no longer "
        r"(?:needed|necessary|required)|clos\w* (?:its|the|their|your|an?) account|account is "
        r"closed|account closure|deactivat\w*|stops? using|final (?:\w+ )?report|"
        # "after the assignment is completed", "once the evaluation has been delivered"
        r"(?:assignment|work|evaluation|engagement|case|review)s?\s+(?:is|are|has been|have "
        r"been)\s+(?:completed?|finished|accepted|delivered)|(?:last|final) (?:\w+ )?(?:session|"
        r"lesson|visit|class|meeting)|(?:last|final) day of (?:the |this |its )?(?:term|agreement|"
        r"contract|services?|engagement|subscription|school year)|"
        r"(?:subscription|agreement|contract|term|services?|engagement|study|project|addendum|"
        r"dpa)\s+(?:[\w ]{0,30}\s)?(?:ends?|ended|expires?|"
        r"terminates?|(?:is|are) terminated|(?:is|are) completed?)|as long as (?:the |your |its "
        r"|an? )?(?:account|subscription|agreement|contract|services?))\b"
    )
    verb = (
        r"\b(?:delet\w*|destr\w*|dispos\w*|return\w*|eras\w*|purg\w*|retain\w*|kept|keeps?|"
        r"keeping)\b"
    )
    found = find(sentences, verb, end) + [
        s for s in _after_the_end(sentences, end) if re.search(verb, s.text, re.IGNORECASE)
    ]
    # A promise to delete ("shall destroy", "will delete", "shall not be retained") decides
    # before a sentence that names the deletion in passing ("terminates on the destruction"),
    # and a deletion in the present tense ("When a school's subscription ends, we delete …")
    # before a keeping ("We keep information for as long as your account is active").
    found.sort(key=_deciding_order)
    for sentence in found:
        clause = [s for s in sentences if s.paragraph == sentence.paragraph and s != sentence]
        if _AS_ANOTHER_PART_SAYS.search(lowered(sentence)):
            # "… will delete Student Data as provided in Exhibit C": that part's periods count
            clause += [
                s
                for s in sentences
                if s not in clause and s != sentence and _DELETES.search(lowered(s))
            ]
        verdict = _at_the_end(sentence, clause)
        if verdict.status == "present":
            # a keeping in another part: "Exhibit H-3: backups are retained for up to one
            # hundred eighty (180) days following termination"
            for other in find(sentences, _KEPT_AFTER.pattern):
                if other not in clause and _keeps_some(other):
                    return weak(sentence, f"deletes at the end, but keeps some: {other.text}")
        return verdict
    if kept := find(sentences, _OWN_CLOCK.pattern):
        return weak(
            kept[0],
            "deletes or keeps the data on a clock of its own (on request, after some other "
            "event, for a retention period), not when the services end",
        )
    return missing("no duty to delete or return the data when the services end")


def _deciding_order(sentence: Sentence) -> int:
    """0 for a promise, 1 for a deletion told without one ("we delete …"), 2 for the rest."""
    low = lowered(sentence)
    if _PROMISED.search(low):
        return 0
    return 1 if re.search(rf"\b{_ERASE}", low) and not negated(low, rf"\b{_ERASE}") else 2


_STUDENTS_CHOICE = LazyPattern(
    rf"\b(?:students?|{PARENTS})\b[^.;]{{0,60}}\b(?:chooses?|elects?|opts?|decides?)\b"
)
# The vendor's own books, not the students' data: "records of Orders and pricing".
_BUSINESS_RECORDS = LazyPattern(
    r"\brecords of (?:orders?|pricing|prices|invoices?|payments?|billing|fees|sales|purchases)\b"
)
# A keeping that outlives the services: "… for seven (7) years after the last session",
# "archived for up to 180 days following termination".
_KEPT_AFTER = LazyPattern(
    r"\b(?:retain\w*|kept|keeps?|archiv\w*|persist\w*|stored)\b[^.;]{0,80}\b(?:years?|months?|"
    r"indefinitely|(?:after|following|beyond)\s+(?:the\s+)?(?:terminat\w*|expir\w*|end|"
    r"completion|last))\b"
)
# Deletion or keeping with no tie to the end of the services: "Images are archived for seven
# (7) years after the picture day", "we delete your data within 30 days", "will destroy
# Student Data within ten days of the District's request". Provision 7 is dealt with, not met.
_OWN_CLOCK = LazyPattern(
    r"\b(?:delet\w*|destr\w*|dispos\w*|eras\w*|purg\w*|shred\w*|retain\w*|kept|keeps?|"
    r"archiv\w*)\b[^.;]{0,80}\b(?:within|for|after|up to|upon|on)\s+[^.;]{0,30}"
    r"\b(?:days?|weeks?|months?|years?|request)\b"
)


_AS_ANOTHER_PART_SAYS = LazyPattern(
    r"\bas (?:provided|set (?:out|forth)|described|specified) in (?:exhibit|section|schedule|"
    r"appendix|annex|attachment)\b"
)


def _after_the_end(sentences: Sequence[Sentence], end: str) -> list[Sentence]:
    """Sentences that take the end from the one before them: "9.1 For thirty (30) days after
    termination, Institution may export its data. Thereafter CourseHall will delete it …"."""
    return [
        s
        for before, s in itertools.pairwise(sentences)
        if _THEN.match(s.text)
        and not s.heading
        and s.paragraph - before.paragraph <= 1
        and re.search(end, before.text, re.IGNORECASE)
    ]


_THEN = LazyPattern(
    r"^\W*(?:\(?\w{1,4}[.)]\s*)?(?:thereafter|after that|following that|at that time|then)\b",
    re.IGNORECASE,
)


def _main_clause(text: str) -> str:
    """``text`` without a condition set in commas: "Upon termination, if no written request
    from the LEA is received, Provider shall dispose …": the condition's "no" is not the
    promise's."""
    return re.sub(
        r"(?:^\W*|,\s*)(?:if|where|when|unless|to the extent)\b[^,;]{0,120},\s*", " ", text
    )


def _period_after_end(text: str) -> float:
    """The longest period ``text`` lets the data live after the end, in days; a period for
    certifying the deletion ("shall certify within thirty (30) days") or for answering a
    request during the services keeps nothing."""
    # (but "ninety (90) days following completion to complete deletion and certification"
    # keeps the data ninety days)
    text = re.sub(
        r"(?:\b(?:shall|will|must|and|to)\s+(?:\w+\s+){0,2}?)?\bcertif\w*[^.;]{0,100}", " ", text
    )
    text = re.sub(
        r"\b(?:within|no later than)\s+[^.;,]{0,30}\b(?:of|after|following)\s+"
        # "… after receiving the request", "… of receipt" (of the request just named)
        r"(?:(?:receiv\w*|receipt of)\s+)?"
        r"(?:(?:the |a |its |any )?(?:[\w\u2019']+['\u2019]s )?(?:written )?request\b|receipt\b)"
        # "… of the District's written request following termination": asked after the end
        r"(?!\s+(?:following|after|upon|on)\s+(?:the\s+)?(?:termination|expiration|end))"
        # "… after the School's written request or after the end of the Terms": the same
        # period runs from the end too
        r"(?![^.;]{0,10}\bor\b[^.;]{0,30}\b(?:end|terminat\w*|expir\w*|complet\w*))",
        " ",
        text,
    )
    return max(periods_in_days(text), default=0.0)


def _at_the_end(sentence: Sentence, clause: Sequence[Sentence]) -> Verdict:
    """The verdict on the promise that decides provision 7, read with the rest of its clause
    (``clause``: the other sentences of its paragraph), where a carve-out often follows:
    "… will delete Student Data from its production systems. Backups … are retained for
    thirteen months"."""
    low = lowered(sentence)
    if negated(_main_clause(low), r"\b(?:delet\w*|destr\w*|dispos\w*|return\w*|eras\w*)\b"):
        return missing("says it need not delete the data at the end", sentence)
    days = _period_after_end(low)
    # "We keep your information for as long as your account is active", "may retain Student
    # Data after termination for its business purposes": a keeping, with no deletion at all
    if (
        not days
        and not _NO_FIXED_TIME.search(low)  # "… and for a reasonable period thereafter"
        and not re.search(r"\b(?:delet|destr|dispos|return|eras|purg)\w*", low)
        and not negated(low, r"\b(?:retain\w*|kept|keeps?|keeping)\b")
    ):
        return missing("keeps the data after the services end, and promises no deletion", sentence)
    # "… destroy all student records, including backups": the backups go too
    backups_too = re.search(r"\b(?:including|and)\s+(?:all\s+|any\s+)?(?:\w+\s+)?backups?\b", low)
    if _KEPT_COPIES.search(low) and not negated(low, r"\bretain\w*") and not backups_too:
        return weak(sentence, "deletes at the end, but may keep copies long after")
    if _LATER_EVENT.search(low):
        return weak(
            sentence,
            "deletes only after a later act (a report's acceptance, a notice to the "
            "school), not on completion of the services",
        )
    # The regulation allows no time at all after completion: "within thirty (30) days after
    # termination" keeps the data for a month.
    later = [_period_after_end(lowered(s)) for s in clause if _DELETES.search(lowered(s))]
    if days or any(later):
        return weak(
            sentence,
            f"keeps the data up to {max([days, *later]):g} days after the services "
            "end; the regulation allows none",
        )
    if _NO_FIXED_TIME.search(low) or EFFORTS.search(low):
        return weak(sentence, "deletes at the end, but within no fixed time")
    if _OR_KEEPS_IT.search(low):
        return weak(
            sentence,
            "at the end deletes the data or keeps it in another form (de-identified, "
            "anonymised, archived): the regulation has none of it retained",
        )
    if _ONLY_IF_ASKED.search(low):
        return weak(sentence, "deletes at the end only if the school asks; otherwise keeps it")
    if _PERIODS_IN_ANOTHER_PART.search(low):
        return weak(sentence, "deletes at the end, but on the retention periods of another part "
                              "of the paper")  # fmt: skip
    for other in clause:
        if _keeps_some(other):
            return weak(sentence, f"deletes at the end, but not all of it: {other.text}")
    return present(sentence, "does not keep the data after the services end")


def _keeps_some(sentence: Sentence) -> bool:
    """Whether ``sentence`` keeps some of the data for longer than a month: "Backups are
    retained for thirteen (13) months", "may keep one archival copy for seven years"."""
    text = lowered(sentence)
    # "If the School makes no such request, the Company may retain …": the condition's
    # "no" is not the main clause's.
    main = re.sub(r"^\W*(?:if|where|when|unless|to the extent)\b[^,;]{0,120},\s*", "", text)
    kept = (_KEPT_COPIES.search(main) or _RETAINED_FOR.search(main)) and not negated(
        main, r"\b(?:retain\w*|kept|keep)"
    )
    return bool(
        kept
        and not re.search(NO_ONE, text)
        # the statute's own exception: "Where a Student or parent chooses to do so, Contractor
        # may keep … the Student-Generated Content stored in that account"
        and not _STUDENTS_CHOICE.search(text)
        and not _BUSINESS_RECORDS.search(text)
        and (not periods_in_days(text) or max(periods_in_days(text)) > 30)
    )


# "within a commercially reasonable time after termination", "for a reasonable period
# thereafter", "in accordance with its data retention policy": kept for as long as it likes.
_NO_FIXED_TIME = LazyPattern(
    r"\b(?:(?:commercially )?reasonable (?:time|period)|as soon as (?:reasonably )?"
    r"(?:practicable|feasible)|in accordance with (?:its|our|(?:the )?[\w-]+['\u2019]s) "
    r"(?:standard |data |records? )*retention (?:policy|policies|schedule|practices)|"
    r"in (?:due|the ordinary|the normal) course|eventually|periodically|from time to time|"
    r"no longer "
    # "when it is no longer needed for the purpose": the vendor judges when, not the end
    r"(?:needed|necessary|required))\b"
)
_KEPT_COPIES = LazyPattern(
    r"\b(?:indefinitely|archiv\w*|backups?|may retain|reserves? the right to retain)\b"
    # "from its active databases", "from production systems": the rest stays
    r"|\bfrom\s+(?:its|our|the)\s+(?:active|live|production|primary|online)\s+(?:databases?|"
    r"systems?|servers?|environments?)\b"
)
# A carve-out in the sentence after the promise: "Backups … are retained for thirteen (13)
# months", "Licensor may retain Licensee Data in accordance with its retention schedule".
_RETAINED_FOR = LazyPattern(
    r"\b(?:retained|kept|persist\w*|remain\w*|stored)\b[^.;]{0,40}\b(?:for|until|up to)\b"
    r"|\bmay (?:retain|keep)\b"
    # "I keep my own copy of each report … for seven years"
    r"|\b(?:keeps?|retains?)\b[^.;]{0,80}\bfor\s+(?:up to\s+)?[\w()-]+(?:\s+\(\d+\))?\s+"
    r"(?:years?|months?)\b"
)
# Deletion at the end that waits on the school's request: "and, if Licensee makes a written
# request within thirty (30) days after termination, shall delete it".
_ONLY_IF_ASKED = LazyPattern(
    r"\b(?:if|only (?:if|upon|on|when)|provided that)\b(?!\s+no\b)[^.;]{0,60}\b(?:requests?|asks?|"
    r"instructs?|directs?)\b"
    # "Upon termination, Vendor shall delete Student Data upon the written request of the
    # District"
    # (but not "upon termination or upon the request of the District": either ends it)
    r"|(?<!\bor )\b(?:upon|on|at|following|after) (?:the |a |its |any )?(?:written )?"
    r"(?:request|direction|instruction) (?:of|from|by)\b"
    # "… will delete Student Data upon the School's written request"
    r"|(?<!\bor )\b(?:upon|on|following|after) (?:the |a |its |any )?[\w'\u2019]+['\u2019]s "
    r"(?:written )?(?:request|direction|instruction)\b"
    # "Upon termination, the District may request that Vendor delete Student Data"
    r"|\bmay (?:request|ask|direct|instruct|require)\b"
    # "… within 90 days after receiving a written request"
    r"|\b(?:after|upon|on|following)\s+(?:receiv\w*|receipt of)\s+(?:a |the |its |any )?"
    r"(?:[\w-]+['\u2019]s\s+)?(?:written\s+)?request\b"
    # "Upon the District's written request following termination, Vendor will delete …"
    r"|^\W*(?:\(?[\w.]{1,8}[.)]?\s+)?(?:upon|on|at|following|after) (?:the |a |its |any )?"
    r"(?:[\w-]+['\u2019]s )?(?:written )?(?:request|direction|instruction)\b"
)
# "will delete or de-identify", "delete or anonymise": the second keeps the data in a form.
_OR_KEEPS_IT = LazyPattern(
    r"\b(?:delet\w*|destr\w*|eras\w*|purg\w*|dispos\w*)\s+(?:of\s+)?(?:or|and/or)\s+"
    r"(?:de-?identif\w*|anonymi[sz]\w*|aggregat\w*|archiv\w*|pseudonymi[sz]\w*)"
)
_DELETES = LazyPattern(
    r"\b(?:delet\w*|destr\w*|dispos\w*|eras\w*|purg\w*|retain\w*|kept)\b[^.;]{0,80}"
    r"\b(?:terminat\w*|expir\w*|end|completion)\b"
)
