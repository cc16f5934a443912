"""Deleting the data when the services end (provision 7): nothing kept after completion.

Deletion "within thirty (30) days after" the end, on a clock of the vendor's own (a retention
schedule, only on request, after a report's acceptance), or with copies kept, is weak.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from ..lazy_pattern import LazyPattern
from ..lexicon import DATA, EFFORTS, LEA, find, lowered, negated
from ..reader import Sentence
from .content_shared import outlived_by_a_licence
from .deletion_requests import ERASE, ONLY_IF_ASKED
from .kept_back import (
    A_COPY_KEPT,
    DELETES_OR_KEEPS,
    ENDED_BY_A_DELETION,
    KEPT_AFTER,
    KEPT_COPIES,
    LATER_EVENT,
    MONEY_KEPT,
    NOT_COVERED,
    OWN_CLOCK,
    keeps_part,
    keeps_some,
    period_after_end,
)
from .qualified import firm
from .registry import Verdict, missing, present, rule, weak

_PROMISED = LazyPattern(
    r"\b(?:shall|will|must|agrees? to|won't)\s+(?:\w+\s+){0,3}?(?:be\s+)?"
    rf"(?:{ERASE}|return\w*|retain\w*|kept|keep\w*)"
)
# Deletion at the end timed by another part's table: "in accordance with the retention
# periods in Schedule 2", "except the records and periods listed in Exhibit B".
_PERIODS_IN_ANOTHER_PART = LazyPattern(
    r"\b(?:in accordance with|subject to|as set (?:out|forth) in|pursuant to|"
    r"except(?:ing)?(?: for)?)\s+(?:the\s+)?(?:records and\s+)?(?:retention\s+)?"
    r"(?:periods?|schedule)\b[^.;]{0,40}?"
    r"\b(?:schedule|exhibit|appendix|annex|table)\s+[\w.]+"
)


@rule("R7")
@firm
@outlived_by_a_licence
def data_deleted_when_the_services_end(sentences: Sequence[Sentence]) -> Verdict:
    end = (
        # the end of the contract, not of a period ("the end of the ten business days"), nor a
        # recurring one ("at the end of each school year")
        r"\b(?:terminat\w*|expir\w*|end of (?!each\b|every\b)"
        r"(?:the |this |its |their |an? )?"
        r"(?:\w+ )?"
        r"(?:term|agreement|contract|services?|engagement|subscription|licen[cs]e|school year|"
        r"project|study|addendum|dpa|relationship|residency|unit|course)s?|conclusion|"
        # a visiting performer's one day: "at the end of the Program day" (not "at the end of
        # each visit to the website", "the end of the rewards program", "each program year")
        r"end of (?:the|our|my|this)\s+(?:final\s+|last\s+)?(?:program(?:me)?(?:\s+day)?|visit|"
        r"assembly|workshop)(?!['\u2019]s|\s+(?:to|by|year)\b)|"
        # "On the day of the assembly, as soon as the last student has left the stage", "after
        # the Performance Date"
        r"(?:on|at)\s+(?:the\s+end\s+of\s+)?the\s+day\s+of\s+(?:the|your|our)\s+(?:assembly|performance|"
        r"concert|visit|workshop|show)|"
        r"(?:performance|event|assembly|concert|workshop)\s+date|"
        # "I will not keep any student information after the assemblies"
        r"after\s+(?:the|my|our)\s+(?:final\s+|last\s+)?(?:assembl(?:y|ies)|performances?|"
        r"concerts?|workshops?|residency|visits?)(?!['\u2019]s|\s+(?:to|by|year)\b)|"
        # not the deletion's own: "will confirm completion in writing"
        r"(?<!confirm )(?<!confirms )(?<!certify )(?<!certifies )completion|cancel\w*|no longer "
        r"(?:needed|necessary|required)|clos\w* (?:its|the|their|your|an?) account|account is "
        r"closed|account closure|deactivat\w*|stops? using|final (?:\w+ )?report|"
        # "after the assignment is completed", "once the evaluation has been delivered"
        r"(?:assignment|work|evaluation|engagement|case|review)s?\s+(?:is|are|has been|have "
        r"been)\s+(?:completed?|finished|accepted|delivered)|"
        # "when we deliver the survey summary to CREC, which completes our services"
        r"which\s+(?:completes|ends|concludes)\s+(?:our|my|the)\s+(?:services|engagement|work)|"
        # "after the closing performance"
        r"(?:last|final|closing|culminating) (?:[\w-]+ )?(?:session|lesson|visit|class|assembly|"
        r"meeting|performance|show|showcase|concert|exhibition|day(?!\s+of\s+(?:each|every|the|a)\s+"
        r"(?:month|week|quarter)))|(?:assignment|engagement|case|matter)s?\s+(?:closes|"
        r"(?:is|has been) closed)|(?:last|final) day of (?:the |this |its )?"
        # "on the last day of the Institution's subscription term"
        r"(?:[\w-]+['\u2019]s\s+)?(?:subscription\s+)?(?:term|agreement|"
        r"contract|services?|engagement|subscription|school year|unit|residency|workshop|course)|"
        # "When a school's participation ends, we delete …" (not a teacher's membership)
        r"(?:school|district|customer|subscriber|institution)['\u2019]s\s+(?:participation|"
        r"membership|partnership)\s+(?:[\w ]{0,30}\s)?(?:ends?|ended|expires?|terminates?)|"
        # "after the School's plan ends" (not a payment plan)
        r"(?:(?:school|district|customer|subscriber)['\u2019]s)\s+(?:subscription\s+|"
        r"service\s+)?plan\s+(?:ends|ended|expires|terminates|is\s+cancell?ed)|"
        r"(?:subscription|licen[cs]e|agreement|contract|term|services?|engagement|study|project|"
        # ("… after the programs are complete")
        r"addendum|dpa|residency|workshop(?: series)?|assembly|unit|course|programs)\s+"
        r"(?:[\w ]{0,30}\s)?"
        r"(?:ends?|ended|expires?|"
        r"terminates?|(?:is|are) terminated|(?:is|are) completed?)|as long as (?:the |your |its "
        r"|an? )?(?:account|subscription|agreement|contract|services?))\b"
    )
    verb = (
        rf"\b(?:{ERASE}|return\w*|retain\w*|kept|"
        r"hand(?:s|ed)?\s+back|"
        # (not a keeping of someone informed: "we will keep your school updated until the
        # matter is closed")
        r"(?:keeps?|keeping)(?!\s+(?:[\w-]+\s+){0,3}?(?:updated|informed|posted|apprised|"
        r"advised)\b))\b"
    )
    found = find(sentences, verb, end) + [
        s for s in _after_the_end(sentences, end) if re.search(verb, s.text, re.IGNORECASE)
    ]
    found = [
        s
        for s in found
        if not (_ASKED_BEFORE_THE_END.search(low := lowered(s)) and not _AT_THE_END.search(low))
        # money kept ("the deposit is kept"), keys, looms and instruments handed back: not data
        and not ((MONEY_KEPT.search(low) or _GIVEN_BACK.search(low)) and not _DATA_GONE.search(low))
        and not ENDED_BY_A_DELETION.search(low)  # "The licence ends when … is deleted"
    ]
    # A promise to delete ("shall destroy", "will delete") decides before a sentence that names
    # the deletion in passing ("terminates on the destruction"), and one in the present tense
    # ("When a school's subscription ends, we delete …") before a keeping ("We keep …").
    found.sort(key=_deciding_order)
    for sentence in found:
        clause = _rest_of_paragraph(sentences, sentence)
        if _AS_ANOTHER_PART_SAYS.search(lowered(sentence)):
            # "… will delete Student Data as provided in Exhibit C": that part's periods count
            clause += [
                s
                for s in sentences
                if s not in clause and s != sentence and _DELETES.search(lowered(s))
            ]
        verdict = _at_the_end(sentence, clause)
        left_out = next((s for s in clause if NOT_COVERED.search(lowered(s))), None)
        if verdict.status == "present" and left_out is not None:
            return weak(sentence, f"deletes at the end, but not the recordings: {left_out.text}")
        if verdict.status == "present":
            if later := _weaker_promise(sentences, found, sentence):
                return later
            # a keeping in another part: "Exhibit H-3: backups are retained for up to one
            # hundred eighty (180) days following termination"
            for other in find(sentences, KEPT_AFTER.pattern):
                if other not in clause and keeps_some(other):
                    return weak(sentence, f"deletes at the end, but keeps some: {other.text}")
        return verdict
    if kept := find(sentences, OWN_CLOCK.pattern):
        return weak(
            kept[0],
            "deletes or keeps the data on a clock of its own (on request, after some other "
            "event, for a retention period), not when the services end",
        )
    # The data deleted or kept on terms that name no end ("may ask us to delete student
    # accounts"): 7 dealt with, not met (as outside readers label every such paper)
    spoken = [
        s for s in find(sentences, DELETES_OR_KEEPS, _THE_DATA) if not _ASIDE.search(lowered(s))
    ]
    if spoken:
        return weak(spoken[0], "deletes or keeps the data on terms of its own, but promises "
                               "nothing for when the services end")  # fmt: skip
    return missing("no duty to delete or return the data when the services end")


_ERASED = rf"\b{ERASE}"
# Deletion asked for during the services, provision 2's: "will consider written requests … to
# delete … before the end of the engagement", "If you want me to delete any of it before the end".
_ASKED_BEFORE_THE_END = LazyPattern(
    r"\b(?:requests?|want\s+(?:me|us)\s+to|asks?\s+(?:me|us)\s+to)\b[^.;]{0,80}\b"
    r"(?:before|prior to)\s+(?:the\s+)?(?:end|terminat\w*|expir\w*|complet\w*|"
    # ("… a School's written request to delete Student Data before the Subscription ends")
    r"[\w-]+\s+(?:ends|expires|terminates))\b"
)
# "Upon termination, the Vendor shall delete …", "when the residency ends": the end itself
_AT_THE_END = LazyPattern(
    r"\b(?:upon|on|at|after|following)\s+(?:the\s+)?(?:expiration|expiry|termination|completion|"
    r"end)\b|\bwhen\s+(?:the|this|our|my)\s+[\w-]+\s+(?:ends|is\s+over|is\s+complete)\b"
)
# A deletion for one user, or during the term, is no promise on the end of the contract: "If a
# student's account is closed during the term, the Vendor shall delete that student's data".
_ONE_USER_OR_DURING = LazyPattern(
    r"\bduring (?:the|its|this) (?:term|subscription|agreement)\b"
    r"(?![^.;]{0,80}\b(?:after|following|upon)\s+(?:the\s+)?(?:termination|expiration|expiry|end)\b)"
    r"|\b(?:a|an|any|that)\s+(?:student|user|teacher|pupil|child)['\u2019]s\s+(?:[\w-]+\s+)?"
    r"(?:account|seat|licen[cs]e)\s+(?:is\s+)?(?:closed|closes|ends|expires|deactivated|"
    r"terminated|cancell?ed|suspended)\b"
)


_CONFIRMS_IT = LazyPattern(r"\b(?:confirm\w*|certif\w*)\b[^.;]{0,40}\b(?:deletion|destruction)\b")


def _weaker_promise(
    sentences: Sequence[Sentence], found: Sequence[Sentence], decided: Sentence
) -> Verdict | None:
    """A second promise on the end that keeps the data longer than the one read first ("shall
    return the originals with the Final Report", then "Within [____] days after CREC accepts
    the Final Report, Consultant shall securely destroy all Student Data"), or a deletion told
    with its own later time ("Electronic copies are deleted within two weeks after the final
    session"): both bind, so the later deletion is the one the data wait for. Not after the
    regulation's own words ("shall not be retained by or available to the Contractor once the
    services are complete"), which a deletion's working period does not undo (as outside labels
    read it)."""
    if negated(lowered(decided), r"\b(?:retain\w*|kept|keeps?|available)\b"):
        return None
    for other in found:
        low = lowered(other)
        # (a promise, or a deletion told with its time: "Paper lists are shredded at the end ….
        # Electronic copies are deleted within two weeks after …")
        rank = _deciding_order(other)
        if other is decided or rank > 1 or not re.search(_ERASED, low):
            continue
        if rank == 1 and not period_after_end(low):
            continue
        if _CONFIRMS_IT.search(low):  # "will send … written confirmation of the deletion"
            continue
        if re.search(rf"{LEA}[^.;]{{0,30}}\b(?:will|shall|must|may)\b", low):
            continue  # the school's own doing: "the School will destroy its copies …"
        if _ONE_USER_OR_DURING.search(low):
            continue
        verdict = _at_the_end(other, _rest_of_paragraph(sentences, other))
        if verdict.status == "weak":
            return verdict
    return None


def _rest_of_paragraph(sentences: Sequence[Sentence], sentence: Sentence) -> list[Sentence]:
    """The other sentences of ``sentence``'s paragraph, where a carve-out often follows."""
    return [s for s in sentences if s.paragraph == sentence.paragraph and s != sentence]


def _deciding_order(sentence: Sentence) -> int:
    """0 for a promise, 1 for a deletion told without one ("we delete …"), 2 for the rest."""
    low = lowered(sentence)
    if _PROMISED.search(low):
        return 0
    return 1 if re.search(_ERASED, low) and not negated(low, _ERASED) else 2


_THE_DATA = rf"{DATA}|\b(?:student|user|player|participant) accounts?\b|\b(?:rosters?|records)\b"
# Given back: class lists "handed back to the teacher", or looms and keys returned.
_GIVE_BACK = r"\b(?:hand(?:s|ed)?\s+back|return\w*)\b"
_GIVEN_BACK = LazyPattern(_GIVE_BACK)
_WHAT_IS_DATA = (
    rf"(?:{_THE_DATA}|\b(?:lists?|photos?|work|worksheets|notebooks|recordings|notes|files|"
    r"information)\b)"
)
_DATA_GONE = LazyPattern(
    rf"\b{ERASE}|{_WHAT_IS_DATA}[^.;]{{0,80}}{_GIVE_BACK}"
    rf"|{_GIVE_BACK}[^.;]{{0,60}}{_WHAT_IS_DATA}"
)
# (not a security program's words, nor a family's own plan)
_ASIDE = LazyPattern(r"\bunauthori[sz]ed\b|\bfamily (?:subscriptions?|plans?|accounts?)\b")


_AS_ANOTHER_PART_SAYS = LazyPattern(
    r"\bas (?:provided|set (?:out|forth)|described|specified) in (?:exhibit|section|schedule|"
    r"article|appendix|annex|attachment)\b"
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


def _at_the_end(sentence: Sentence, clause: Sequence[Sentence]) -> Verdict:
    """The verdict on the promise that decides provision 7, read with the rest of its clause
    (``clause``: the other sentences of its paragraph), where a carve-out often follows:
    "… will delete Student Data from its production systems. Backups … are retained for
    thirteen months"."""
    low = lowered(sentence)
    if (
        _CONVERTED.search(low)
        and not negated(low, r"\bconvert\w*")
        # provision 7's own exception: "students who so choose may have their seats converted"
        and not _STUDENTS_CHOICE.search(low)
    ):
        return missing("keeps the data after the services end, in accounts it converts them to",
                       sentence)  # fmt: skip
    if negated(_main_clause(low), r"\b(?:delet\w*|destr\w*|dispos\w*|return\w*|eras\w*)\b"):
        return missing("says it need not delete the data at the end", sentence)
    days = period_after_end(low)
    # "We keep your information for as long as your account is active", "may retain Student
    # Data after termination for its business purposes": a keeping, with no deletion at all
    if (
        not days
        and not _NO_FIXED_TIME.search(low)  # "… and for a reasonable period thereafter"
        # (the paper shredded, the digital copy kept: "I shred the paper class list, but I keep
        # the digital copy for my records")
        and not re.search(rf"\b{ERASE}|{_GIVE_BACK}", A_COPY_KEPT.sub(" ", low))
        and not negated(low, r"\b(?:retain\w*|kept|keeps?|keeping)\b")
    ):
        return missing("keeps the data after the services end, and promises no deletion", sentence)
    # "… destroy all student records, including backups": the backups go too
    backups_too = re.search(r"\b(?:including|and)\s+(?:all\s+|any\s+)?(?:\w+\s+)?backups?\b", low)
    if KEPT_COPIES.search(low) and not negated(low, r"\bretain\w*") and not backups_too:
        return weak(sentence, "deletes at the end, but may keep copies long after")
    # (or a deletion of its clause, or of the part it defers to: "… except as provided in
    # Section 4.5", where disposal waits on a notice)
    deletions = [other for s in clause if _DELETES.search(other := lowered(s))]
    if LATER_EVENT.search(low) or any(LATER_EVENT.search(other) for other in deletions):
        return weak(
            sentence,
            "deletes only after a later act (a report's acceptance, a notice to the "
            "school), not on completion of the services",
        )
    # The regulation allows no time at all after completion: "within thirty (30) days after
    # termination" keeps the data for a month.
    later = [period_after_end(other) for other in deletions]
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
    if ONLY_IF_ASKED.search(low):
        return weak(sentence, "deletes at the end only if the school asks; otherwise keeps it")
    if _PERIODS_IN_ANOTHER_PART.search(low):
        return weak(sentence, "deletes at the end, but on the retention periods of another part "
                              "of the paper")  # fmt: skip
    return keeps_part(sentence, clause) or present(
        sentence, "does not keep the data after the services end"
    )


# "student seats convert to free Hobby accounts, which the students may keep or delete": the
# data stay with the vendor, under the users' own accounts.
_CONVERTED = LazyPattern(
    r"\b(?:convert\w*|transferr?\w*|mov(?:e|es|ed))\s+(?:in)?to\s+(?:free|personal|individual|"
    r"consumer|hobby|basic|private)\s+(?:[\w-]+\s+)?accounts?\b"
)
_STUDENTS_CHOICE = LazyPattern(
    r"\b(?:who|that)\s+(?:so\s+)?(?:choose|chooses|elect|elects|opt|opts|ask|asks|request|requests)\b"
    r"|\bat\s+(?:the|a|each)\s+student['\u2019]s\s+(?:request|choice|option|election)\b"
    r"|\bif\s+(?:the|a)\s+student\s+(?:so\s+)?(?:chooses|elects|asks|requests)\b"
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
# "will delete or de-identify", "delete or anonymise": the second keeps the data in a form.
_OR_KEEPS_IT = LazyPattern(
    r"\b(?:delet\w*|destr\w*|eras\w*|purg\w*|dispos\w*)\s+(?:of\s+)?(?:or|and/or)\s+"
    r"(?:de-?identif\w*|anonymi[sz]\w*|aggregat\w*|archiv\w*|pseudonymi[sz]\w*)"
)
_DELETES = LazyPattern(
    r"\b(?:delet\w*|destr\w*|dispos\w*|eras\w*|purg\w*|retain\w*|kept)\b[^.;]{0,80}"
    r"\b(?:terminat\w*|expir\w*|end|completion)\b"
    # "Disposition under this Section shall be carried out in accordance with Article IV,
    # Section 4 and completed within sixty (60) days after completion of the Services"
    r"|\b(?:deletion|destruction|disposition|disposal|erasure)\b[^.;]{0,100}\bcompleted\s+within\b"
    r"[^.;]{0,40}\b(?:after|following)\s+(?:the\s+)?(?:terminat\w*|expir\w*|end|completion)\b"
    # "Upon termination or expiration of the Service Agreement, the Provider shall dispose of
    # … within sixty (60) days" (not "… Operator shall certify that deletion is complete", nor
    # what teachers may purge)
    r"|\b(?:(?:upon|on|at|after|following)\s+(?:the\s+)?(?:terminat\w*|expir\w*|end|completion)"
    r"|when\b[^.;,]{0,40}\b(?:terminates|ends|expires))\b[^.;]{0,80}\b(?:contractor|provider|"
    rf"vendor|we)\s+(?:shall|will|must)\s+(?:\w+\s+){{0,2}}?{ERASE}"
)
