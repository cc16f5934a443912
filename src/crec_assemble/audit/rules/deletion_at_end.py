"""Deleting the data when the services end (provision 7): nothing kept after completion.

Deletion "within thirty (30) days after" the end, on a clock of the vendor's own (a retention
schedule, only on request, after a report's acceptance), with copies kept, or none, is weak."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from ..lazy_pattern import LazyPattern
from ..lexicon import DATA, LEA, OPENING_NOTWITHSTANDING, find, lowered, negated
from ..reader import Sentence
from .content_shared import outlived_by_a_licence
from .deletion_at_end_promise import DELETES, GIVE_BACK, NOTHING_KEPT, at_the_end
from .deletion_requests import ERASE
from .free_use import recordings_owned
from .kept_back import (
    DELETES_OR_KEEPS,
    ENDED_BY_A_DELETION,
    KEPT_AFTER,
    MONEY_KEPT,
    NOT_COVERED,
    OWN_CLOCK,
    keeps_some,
)
from .period_after_end import period_after_end
from .qualified import firm
from .registry import Verdict, missing, rule, weak, weakened

# What an engagement makes with the students, whose completion ends it
_PRODUCT = (
    r"(?:anthology|book|magazine|zine|film|documentary|mural|exhibition|album|yearbook|publication|"
    r"series|podcast|recording)"
)
_PROMISED = LazyPattern(
    r"\b(?:shall|will|must|agrees? to|won't)\s+(?:\w+\s+){0,3}?(?:be\s+)?"
    rf"(?:{ERASE}|return\w*|retain\w*|kept|keep\w*)"
)


@rule("R7")
@firm
@outlived_by_a_licence
@weakened(recordings_owned)
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
        # ("… within thirty (30) days after the sharing concert")
        r"after\s+(?:the|my|our)\s+(?:final\s+|last\s+|sharing\s+|closing\s+|culminating\s+|"
        r"end-of-(?:residency|program(?:me)?|year|unit)\s+)?(?:assembl(?:y|ies)|performances?|showcases?|"
        r"concerts?|workshops?|residency|visits?)(?!['\u2019]s|\s+(?:to|by|year)\b)|"
        # not the deletion's own: "will confirm completion in writing"
        r"(?<!confirm )(?<!confirms )(?<!certify )(?<!certifies )completion|cancel\w*|no longer "
        r"(?:needed|necessary|required)|clos\w* (?:its|the|their|your|an?) account|account is "
        r"closed|account closure|deactivat\w*|stops? using|final (?:\w+ )?report|"
        # "after the assignment is completed", "once the evaluation has been delivered"
        r"(?:assignment|work|evaluation|engagement|case|review)s?\s+(?:is|are|has been|have "
        r"been)\s+(?:completed?|finished|accepted|delivered)|"
        # the engagement's product done: "Within 90 days after the anthology is printed", "as soon
        # as the class podcast is published", "after publication of the anthology"
        r"(?:after|once|when|as\s+soon\s+as)\s+(?:the|our|my|an?)\s+(?:[\w-]+\s+){0,2}?"
        rf"{_PRODUCT}\s+(?:is|are|has\s+been|have\s+been)\s+(?:printed|published|delivered|"
        r"installed|released|completed|finished|screened)|"
        rf"after\s+(?:the\s+)?(?:publication|printing|release|premiere|screening|installation|"
        rf"delivery)\s+of\s+(?:the|our|my|an?)\s+(?:[\w-]+\s+){{0,2}}?{_PRODUCT}|"
        rf"after\s+(?:the|our|my)\s+(?:[\w-]+\s+){{0,2}}?{_PRODUCT}\s+premieres|"
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
    # (the regulation's own words first where their paragraph sets the other clause aside:
    # "Student Data shall not be retained … upon completion of the contracted services. Art. IV
    # s.5 is modified accordingly.")
    amended = {s.paragraph for s in sentences if _AMENDED_ACCORDINGLY.search(lowered(s))}
    found.sort(key=lambda s: _deciding_order(s, amends=s.paragraph in amended))
    for sentence in found:
        clause = _rest_of_paragraph(sentences, sentence)
        if _AS_ANOTHER_PART_SAYS.search(lowered(sentence)):
            # "… will delete Student Data as provided in Exhibit C": that part's periods count
            clause += [
                s
                for s in sentences
                if s not in clause and s != sentence and DELETES.search(lowered(s))
            ]
        verdict = at_the_end(sentence, clause)
        left_out = next((s for s in clause if NOT_COVERED.search(lowered(s))), None)
        if verdict.status == "present" and left_out is not None:
            return weak(sentence, f"deletes at the end, but not the recordings: {left_out.text}")
        if verdict.status == "present" and _BY_A_DATE.search(lowered(sentence)):
            return weak(sentence, "deletes by a calendar date, which may fall well after the end")
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
    # … or kept with no term at all: "may retain information as needed to comply with our
    # legal obligations", "keeps archival recordings in a private archive"
    keeping = next((s for s in sentences if _keeps_some(lowered(s))), None)
    if keeping is not None:
        return weak(keeping, "keeps some of the data, and promises nothing for when the services "
                             "end")  # fmt: skip
    return missing("no duty to delete or return the data when the services end")


_KEEPS_SOME = LazyPattern(
    # the vendor's own keeping: "we may retain …", "Contractor keeps …", "… is kept on file"
    r"\b(?:we|i|contractor|provider|vendor)\s+(?:may\s+|will\s+|shall\s+)?(?:also\s+)?(?:retains?|"
    r"keeps?|archives?|stores?|maintains?)\s+(?:[\w-]+\s+){0,3}?(?:information|data|records|"
    r"recordings|notes|cop(?:y|ies)|backups?|photo(?:graph)?s|work|projects)\b"
    r"|\b(?:information|data|records|recordings|cop(?:y|ies)|backups?)\s+(?:is|are)\s+(?:also\s+)?"
    r"(?:kept|retained|archived)\b"
    r"|\b(?:backups?|cop(?:y|ies)|recordings)\b[^.;]{0,30}\b(?:persist|remain|stay)s?\b"
)
# How or where the data are kept while held, or whose, not for how long: "keep class lists …
# confidential", "… remain with the School", "keep all student information within our staff";
# and what is no student data ("records of invoices")
_HOW_KEPT = LazyPattern(
    r"\b(?:secure|securely|safe|confidential|private|protected|encrypted|locked|up\s+to\s+date|"
    r"ownership|control|property|owned|belong\w*|safeguards?|measures|strictly|within\s+our|"
    r"collection|minimum|invoices?|payments?|billing|auditors?|counsel|consultants?|attorneys?|"
    r"lawyers?|experts?)\b"
    rf"|\bwith\s+(?:the\s+)?{LEA}|\bavailable\s+to\b"
)


def _keeps_some(low: str) -> bool:
    """A keeping of some data with no term ("may retain information as needed to comply with
    our legal obligations", "keeps archival recordings in a private archive"), not a denial
    of one ("will keep no copy"), nor how the data are kept while held."""
    found = _KEEPS_SOME.search(low)
    return (
        found is not None
        and not negated(low, r"\b(?:retain|keep|archive)\b")
        and not NOTHING_KEPT.search(low)
        and not _HOW_KEPT.search(low[found.start() : found.end() + 60])
    )


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
        verdict = at_the_end(other, _rest_of_paragraph(sentences, other))
        if verdict.status == "weak":
            return verdict
    return None


def _rest_of_paragraph(sentences: Sequence[Sentence], sentence: Sentence) -> list[Sentence]:
    """The other sentences of ``sentence``'s paragraph, where a carve-out often follows."""
    return [s for s in sentences if s.paragraph == sentence.paragraph and s != sentence]


def _not_kept(sentence: Sentence) -> bool:
    """Whether ``sentence`` says the data are not retained or available (the regulation's words)."""
    return negated(lowered(sentence), r"\b(?:retain\w*|kept|available)\b")


# "Art. IV s.5 is modified accordingly", "Section 9.2 of the Agreement is amended accordingly"
_AMENDED_ACCORDINGLY = LazyPattern(
    r"\b(?:is|are)\s+(?:hereby\s+)?(?:modified|amended|superseded)\s+accordingly\b"
)


def _deciding_order(sentence: Sentence, *, amends: bool = False) -> int:
    """-1 for a promise that sets another clause aside ("Notwithstanding Article IV, Section 6,
    Student Data shall not be retained …", or the regulation's words in a paragraph that
    ``amends`` the other clause: "… Art. IV s.5 is modified accordingly."), 0 for a promise, 1
    for a deletion told without one ("we delete …"), 2 for the rest."""
    low = lowered(sentence)
    # (a deletion, or the regulation's "shall not be retained"; not a keeping: "Notwithstanding
    # Section 5, Vendor will keep the content of any student whose parent chooses …")
    # (of all the data, not some: "… shall not retain any Student Data in its marketing
    # systems")
    notwithstanding = re.match(OPENING_NOTWITHSTANDING, low) and (
        _not_kept(sentence) or (re.search(_ERASED, low) and not negated(low, _ERASED))
    )
    if (notwithstanding or (amends and _not_kept(sentence))) and not _SOME_OF_IT.search(low):
        return -1
    if _PROMISED.search(low):
        return 0
    return 1 if re.search(_ERASED, low) and not negated(low, _ERASED) else 2


# "… will destroy rosters by June 30 of the school year in which the last Visit occurs"
# (the deletion's own date, after the end: not "… or by June 30, whichever is earlier", the
# school's own return of devices, a purge "by the end of each school year" during the term)
_BY_A_DATE = LazyPattern(
    r"\b(?:destroy|delet|eras|purg|dispos|shred)\w*\b[^.;]{0,80}?\bby\s+(?:(?:january|february|"
    r"march|april|may|june|july|august|september|october|november|december)\s+\d{1,2}\b|the\s+end\s+"
    r"of\s+(?:the|that)\s+(?:school\s+|calendar\s+)?year\b)(?![^.;]{0,40}\bwhichever\b)"
)
_SOME_OF_IT = LazyPattern(
    # ("… in Maplewood's marketing systems")
    r"\b(?:in|from|on)\s+(?:its|our|the|their|[\w-]+['\u2019]s)\s+(?:[\w-]+\s+){0,2}?(?:systems?|databases?|files?|"
    r"servers?|environments?|accounts?)\b"
)
_THE_DATA = rf"{DATA}|\b(?:student|user|player|participant) accounts?\b|\b(?:rosters?|records)\b"
_GIVEN_BACK = LazyPattern(GIVE_BACK)
_WHAT_IS_DATA = (
    rf"(?:{_THE_DATA}|\b(?:lists?|photos?|work|worksheets|notebooks|recordings|notes|files|"
    r"information)\b)"
)
_DATA_GONE = LazyPattern(
    rf"\b{ERASE}|{_WHAT_IS_DATA}[^.;]{{0,80}}{GIVE_BACK}"
    rf"|{GIVE_BACK}[^.;]{{0,60}}{_WHAT_IS_DATA}"
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
