"""No targeted advertising: with student data (13), on the operator's own service (15(a)),
or elsewhere, with what it learned through the school's use (15(b)).

Vendors ban advertising in three shapes: the activity itself ("will not engage in targeted
advertising to students"), a use of the data ("will not use Student Data to target ads")
and a venue ("no ads in the app"; "will not target students on other websites"). Each shape
answers some of the three provisions and not others, and a ban that holds only for one
venue, or only unless a parent opts in, is not the ban the regulation asks for.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lazy_pattern import LazyPattern
from ..lexicon import (
    ADVERTISING,
    DATA,
    ELSEWHERE,
    SPONSORED_FOR_THE_STUDENT,
    broad_exception,
    clause_of,
    find,
    hedged,
    lowered,
    negated,
)
from ..negation import clause_holding
from ..reader import Sentence
from .ad_free import NO_ADS, ad_free, let_in
from .narrowed import reports_practice, whole
from .registry import Verdict, missing, present, rule, weak, weakened

# The school's consent does not lift the statute's ban on targeted advertising as it may a
# disclosure: "will not use Student Data for Targeted Advertising without the School's prior
# consent" is a ban with an exception.
_CONSENTED = LazyPattern(
    r"\b(?:without|unless|absent|except with)\b[^.;]{0,40}\b(?:consent|permission|"
    r"authori[sz]ation|approval|opts? in)\b"
)


def _excepted(text: str) -> bool:
    """A ban on advertising with an exception that could swallow it, the school's consent
    included."""
    return broad_exception(text) or _CONSENTED.search(text.casefold()) is not None


def _promise(
    sentences: Sequence[Sentence], verb: str, topic: str, missing_why: str, what: str
) -> Verdict:
    """A prohibition: present when denied, weak when a broad exception or a hedge swallows
    it, missing when only a permission (or nothing) is found. The denial must reach the
    clause that names the topic: "shall not use it for ads on the Service, and may use
    identifiers to serve ads on partner websites" permits the second."""
    candidates = find(sentences, verb, topic)
    denied = [s for s in candidates if negated(s.text, verb, near=topic)]
    for sentence in denied:
        if not (_excepted(sentence.text) or hedged(sentence.text)):
            return present(sentence, f"promises not to {what}")
    if denied:
        return weak(denied[0], f"promises not to {what}, but an exception could swallow it")
    if candidates:
        return missing(f"permits, rather than forbids, to {what}", candidates[0])
    return missing(missing_why)


_ENGAGE = LazyPattern(
    r"\b(?:engag\w* in|conduct\w*|serv\w*|display\w*|show\w*|direct\w*|deliver\w*|send\w*)"
    r"\s+(?:\w+\s+){0,2}?targeted (?:advertis\w*|ads|marketing)"
)
_VENUE = LazyPattern(
    r"\b(?:on|in|within|inside|through)\s+(?:its|our|the|their|any)\s+(?:own\s+|other\s+)?(?:websites?|"
    r"online services?|services?|applications?|apps?|platforms?|sites?)\b|\belsewhere\b"
)
# The operator's own service, however it is named: "on its website", "within the Services",
# "inside Contractor Classroom", "on the Tallyho Math website" (a name before the noun);
# never "on any other website" or "on third-party sites", which are 15(b)'s.
_OWN_VENUE = (
    r"\b(?:on|in|within|inside|through)\s+(?!(?:any\s+)?other\b|third|any\b|every\b)"
    r"(?:(?:its|our|the|their|this)\s+)?(?:own\s+)?(?:contractor\b|(?:[\w'\u2019-]+\s+){0,2}?"
    r"(?:websites?|online services?|services?|applications?|apps?|platforms?|sites?|"
    r"products?|classroom|software|portal|extension))\b|\b(?:its|our) own\b"
)
_ELSEWHERE = (
    r"\b(?:persistent (?:unique )?identifiers?|other (?:websites?|sites|services|online "
    r"services?|applications|apps)|third[- ]party (?:sites?|websites?|services|apps)|"
    r"partner (?:sites?|websites?)|elsewhere|any other|anywhere else|across the (?:web|internet))\b"
)
# "Student accounts are free of advertising"; "free of third-party advertisements and of
# advertising targeted on activity on other websites" leaves the vendor's own targeting open.
_FREE_OF_ADS = (
    r"\b(?:free (?:of|from)|without)\s+(?:any\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:ads|advertising|advertisements)\b"
)
_SOME_ADS = (
    r"\b(?:third[- ]party|partner|outside) (?:ads|advertising|advertisements)\b"
    rf"|\bon the basis of\b[^.;]{{0,60}}{_ELSEWHERE}"
)
# What students do in the service is student data: "ads based on their Pebble activity".
_ACTIVITY = r"\bbased on\b[^.;]{0,40}\b(?:activit(?:y|ies)|behaviou?r|usage|use|profiles?)\b"


def _unconditional_ban(sentences: Sequence[Sentence]) -> Sentence | None:
    """ "Provider will not engage in targeted advertising to students": a ban on the activity
    itself, wherever it happens, answers 15(a) and 15(b), and 13, since advertising that is
    never done uses no student data. A ban on *using student data* for advertising (13) or
    one limited to a venue does not answer 15(a) or 15(b)."""
    for sentence in sentences:
        low = lowered(sentence)
        match = _ENGAGE.search(low)
        if (
            match is not None
            and negated(low, _ENGAGE.pattern)
            and not re.search(r"\bus(?:e|ing)\b[^;]{0,80}$", low[: match.start()])
            and not _VENUE.search(low)
            and not re.search(_OWN_VENUE, low)  # "on the Provider's website"
            and not _NAMED_VENUE.search(sentence.text)  # "… to students in Quillpath."
            and not _excepted(low)
        ):
            return sentence
    return None


# The service by its product name, ending the ban: "We never show targeted ads in Acme Reader."
_NAMED_VENUE = LazyPattern(
    r"\b(?:on|in|within|inside)\s+(?:the\s+)?(?!(?:the|any|other|Connecticut|the United)\b)"
    r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}\s*[.;]?\s*$"
)


# "targeted advertising" (or "targeted ads", "behaviourally targeted advertising", "to target
# advertising"), the thing 13 and 15 ban, not advertising of any kind.
_TARGETED = (
    r"\btarget(?:ed|ing)?\b[^.;]{0,30}?\b(?:advertis\w*|ads|marketing)\b"
    r"|\b(?:advertis\w*|ads)\b[^.;]{0,20}?\btargeted\b"
    # "shall not use Customer Data … to select or display advertising to students": chosen by
    # the data is targeted, whatever the word
    r"|\bto select (?:or (?:display|show|serve) )?(?:advertis\w*|ads)\b"
)
# The data the ban names is personally identifiable information only: what the service
# learns about a student's use of it is not, in a vendor's reading.
# PII alone, not as one part of the data ("Student Data, including personally identifiable
# information")
_PII_ONLY = r"(?<!including )(?:\bpersonally identifiable\b|\bpii\b)"


# A promise, not a report of practice ("Student Data is not used for targeted advertising").
_PROMISED = r"\b(?:shall|will|must|agrees?|never|prohibited|may not|won['\u2019]t|cannot)\b"


def _elsewhere_only(low: str) -> bool:
    """A ban held to other sites ("on any other website"), not one that names both ("in
    PebblePath or anywhere else")."""
    both = (
        r"\b(?:on|in|within|inside)\s+[\w-]+(?:\s+[\w-]+)?,?\s+or\s+"
        r"(?:anywhere|elsewhere|any other|on)"
    )
    return bool(re.search(_ELSEWHERE, low)) and not re.search(f"{_OWN_VENUE}|{both}", low)


def _data_bans(sentences: Sequence[Sentence]) -> list[Sentence]:
    """ "Provider will not use Student Data for targeted advertising", "is prohibited from
    using … Student Data to … enable Targeted Advertising": bans on using what the service
    learns about students for targeted advertising, wherever it would be shown, exceptions
    and all. A ban on *selling* the data for advertising leaves the use open."""
    return [
        sentence
        for sentence in find(sentences, _TARGETED, DATA)
        if re.search(_PROMISED, low := lowered(sentence))
        and negated(low, _TARGETED, near=_TARGETED)
        and not _transfer_only(low)
        and not _own_venue_only(sentence)
        and not _elsewhere_only(re.sub(_NAMED_IDENTIFIERS, " ", low))
        and not re.search(_BUT_OTHERS_MAY, low)
        and not hedged(low)
    ]


def _data_ban(sentences: Sequence[Sentence]) -> Sentence | None:
    """A data ban that no exception swallows: unless it is held to one venue, the plain ban on
    targeted advertising to students the labelling guide reads as answering 15(a) as well as
    13 (the statute defines targeted advertising by what is learned from the student's use);
    15(b) needs the identifiers too."""
    return next((s for s in _data_bans(sentences) if not _excepted(lowered(s))), None)


@rule("R13")
@whole
def no_targeted_advertising_with_student_data(sentences: Sequence[Sentence]) -> Verdict:
    ban = _unconditional_ban(sentences)
    if ban is not None:  # no targeted advertising at all: none with student data either
        return present(ban, "does not engage in targeted advertising to students at all")
    verdict = _promise(
        sentences,
        ADVERTISING,
        rf"{DATA}|{_ACTIVITY}",
        "nothing forbids targeted advertising with student data",
        "use student data for targeted advertising",
    )
    if (
        verdict.status == "present"
        and verdict.sentence is not None
        and _transfer_only(lowered(verdict.sentence))
    ):
        return missing(
            "forbids selling or passing on the data for advertising, not using it",
            verdict.sentence,
        )
    if (
        verdict.status == "present"
        and verdict.sentence is not None
        and re.search(_BUT_OTHERS_MAY, lowered(verdict.sentence))
    ):
        return weak(verdict.sentence, "forbids targeted advertising with student data, but lets "
                                      "advertising in by another clause")  # fmt: skip
    lawful = find(sentences, r"\bcompl\w*", r"\b(?:prohibitions?|restrictions?)\b", ADVERTISING)
    if verdict.status == "missing" and lawful:  # "will comply with SOPIPA's prohibitions on …"
        return weak(lawful[0], "follows a law's ban on targeted advertising, but makes none")
    deferred = find(sentences, ADVERTISING, ELSEWHERE)
    if verdict.status == "present" and deferred:
        return weak(deferred[0], "forbids targeted advertising with student data, but leaves "
                                 "another party's advertising to a policy")  # fmt: skip
    if (
        verdict.status == "present"
        and verdict.sentence is not None
        and _own_venue_only(verdict.sentence)
        and _promise(sentences, ADVERTISING, _ELSEWHERE, "", "").status != "present"
    ):
        return weak(verdict.sentence, "forbids targeted advertising only on its own service")
    if verdict.status == "present" and verdict.sentence is not None:
        excepted = _excepted_elsewhere(sentences, verdict.sentence)
        if excepted is not None:
            why = "forbids targeted advertising with student data, but another term excepts some: "
            return weak(verdict.sentence, why + excepted.text)
    return verdict


# "…, but third parties whose tools we use may collect information for advertising"
_BUT_OTHERS_MAY = r",\s*but\s+[^.;]{0,80}?\b(?:may|can)\b[^.;]*\b(?:advertis\w*|ads|market\w*)\b"


def _transfer_only(low: str) -> bool:
    """ "will not sell Student Data for targeted advertising": the ban is on selling (or
    disclosing) the data for advertising; the vendor's own use of it is left open."""
    before = low[: m.start()] if (m := re.search(ADVERTISING, low)) else low
    return bool(
        re.search(r"\b(?:sell|rent|trade|lease|disclos\w*|shar(?:e|ing)|transfer\w*)\b", before)
        and not re.search(r"\b(?:us(?:e|ed|ing)|process\w*|engag\w*|target\w*)\b", before)
    )


def _own_venue_only(sentence: Sentence) -> bool:
    """A ban whose own clause holds only on the vendor's service ("shall not use it for
    targeted advertising on the Service, and may …"): advertising elsewhere is left open."""
    # the ban's own clause: "does not display advertising in the Services and will not use
    # Student Data to target advertising" holds the venue in the first promise only
    clauses = re.split(
        r";|,\s*(?:and|but)\s+(?!not\b)|\s+and\s+(?=(?:will|shall|must|does|do)\s)",
        lowered(sentence),
    )
    clause = next((c for c in clauses if re.search(_TARGETED, c)), clauses[0])
    return bool(re.search(_OWN_VENUE, clause)) and not re.search(_ELSEWHERE, clause)


def _excepted_elsewhere(sentences: Sequence[Sentence], ban: Sentence) -> Sentence | None:
    """Another term that excepts some targeted advertising from the ban: "… does not display
    targeted advertising to students, except for Featured Titles", "except in Parent
    Accounts as described in Section 5.3"."""
    excepted = next(
        (
            s
            for s in find(sentences, _TARGETED)
            if s is not ban and _excepted(clause_holding(lowered(s), _TARGETED))
        ),
        None,
    )
    return (
        excepted
        or _targeted_but_not_called_advertising(sentences)
        or next(iter(find(sentences, SPONSORED_FOR_THE_STUDENT)), None)
    )


# "These messages are not advertising for purposes of these commitments", of messages
# "selected based on the student's activity": targeted advertising defined away.
_NOT_CALLED_ADVERTISING = LazyPattern(
    r"\b(?:is|are|shall|will)\s+not\s+(?:be\s+)?(?:considered\s+|deemed\s+|treated\s+as\s+)?"
    r"(?:advertising|advertisements?|ads)\b"
)
_PICKED_FOR_THE_STUDENT = LazyPattern(
    r"\b(?:selected|chosen|tailored|targeted|personali[sz]ed)\s+(?:\w+\s+){0,2}?(?:based on|by|"
    r"to|using|from)\b[^.;]{0,40}\b(?:students?|users?|child)\b[^.;]{0,20}\b(?:activity|"
    r"behaviou?r|usage|use|progress|data|information|interests?)\b"
)


def _targeted_but_not_called_advertising(sentences: Sequence[Sentence]) -> Sentence | None:
    for at, sentence in enumerate(sentences):
        if not _NOT_CALLED_ADVERTISING.search(lowered(sentence)):
            continue
        before = sentences[at - 1] if at else sentence
        picked = " ".join(
            lowered(s) for s in (before, sentence) if s.paragraph == sentence.paragraph
        )
        if _PICKED_FOR_THE_STUDENT.search(picked):
            return sentence
    return None


def _plain_ban(sentences: Sequence[Sentence]) -> Verdict | None:
    """15(a) met by a ban that holds everywhere, its own service included: on the activity,
    or on using student data (not PII alone) for it."""
    ban = _unconditional_ban(sentences)
    if ban is not None:
        return present(ban, "does not engage in targeted advertising to students anywhere")
    used = _data_ban(sentences)
    if used is not None and not re.search(_PII_ONLY, lowered(used)):
        excepted = _excepted_elsewhere(sentences, used)
        if excepted is not None:
            return weak(used, f"never uses student data for targeted advertising, but another "
                              f"term excepts some: {excepted.text}")  # fmt: skip
        return present(used, "never uses student data for targeted advertising, on its own "
                             "service or anywhere")  # fmt: skip
    return None


def _named_venue_ban(sentences: Sequence[Sentence]) -> Verdict | None:
    """A ban on its own service named by the product: "We never show targeted ads in Acme"."""
    named = next((s for s in sentences if _NAMED_VENUE.search(s.text)
                  and negated(lowered(s), _ENGAGE.pattern) and not _excepted(lowered(s))),
                 None)  # fmt: skip
    if named is None:
        return None
    return present(named, "does not engage in targeted advertising on its own service")


@rule("R15a")
@whole
@weakened(let_in)
def no_targeted_advertising_on_its_own_service(sentences: Sequence[Sentence]) -> Verdict:
    plain = _plain_ban(sentences) or _named_venue_ban(sentences) or ad_free(sentences)
    if plain is not None:
        return plain
    for sentence in find(sentences, r"\bcontextual\b", r"\btargeted\b"):
        # "We may display contextual advertising in the Service, but never targeted
        # advertising": contextual advertising uses no student data; the ban is 15(a)'s.
        if negated(lowered(sentence), r"\btargeted\b", near=r"\btargeted\b"):
            return present(sentence, "shows contextual advertising only, never targeted")
    for sentence in find(sentences, _FREE_OF_ADS):
        if re.search(_SOME_ADS, lowered(sentence)):
            return weak(sentence, "keeps its service free of some advertising only")
        return present(sentence, "shows no advertising at all in its service")
    # "We don't show ads to students, except for ads for our own features"; not "We may show
    # ads on our marketing website, which has no ads … unless …", a permission first.
    for sentence in sentences:
        match = NO_ADS.search(lowered(sentence))
        if match and not re.search(r"\b(?:may|can)\b", lowered(sentence)[: match.start()]):
            return weak(sentence, "shows no advertising in its service, but with exceptions")
    verdict = _promise(
        sentences,
        r"\b(?:target\w*|advertis(?:e|es|ed|ing|ements?)|ads?)\b",  # "We don't serve ads"
        _OWN_VENUE,
        "nothing forbids targeted advertising on the vendor's own service",
        "target advertising on its own service",
    )
    if (
        verdict.status == "present"
        and verdict.sentence is not None
        and re.search(_SOME_ADS, lowered(verdict.sentence))
    ):
        return weak(verdict.sentence, "forbids only others' advertising on its service")
    excepted = next((s for s in _data_bans(sentences) if _excepted(lowered(s))), None)
    if verdict.status == "missing" and excepted is not None:
        return weak(excepted, "never uses student data for targeted advertising, but with an "
                              "exception that could swallow the ban")  # fmt: skip
    return _or_told_only(verdict, sentences)


def _or_told_only(verdict: Verdict, sentences: Sequence[Sentence]) -> Verdict:
    """A missing ``verdict``, unless the paper tells as the vendor's present practice what
    it promises nowhere: "We don't currently show ads, and we have no plans to use student
    data for targeted advertising" (15(a), 15(b))."""
    if verdict.status != "missing":
        return verdict
    told = next((s for s in find(sentences, _TARGETED) if reports_practice(s.text)), None)
    if told is None:
        return verdict
    return weak(told, "describes its present practice on targeted advertising; promises nothing")


_NAMED_IDENTIFIERS = r"\b(?:persistent|unique|device)\s+(?:unique\s+)?(?:identifiers?|ids?)\b"
# "The Student Data …, including persistent unique identifiers, shall be used …": the data the
# contract protects takes in the identifiers, so a ban on using it reaches them.
_DATA_WITH_IDENTIFIERS = (
    r"\bstudent data\b[^.;]{0,80}\bincluding\s+(?:\w+\s+){0,3}?(?:persistent|unique|device)\s+"
    r"(?:unique\s+)?identifiers\b"
)
# 15(b) bans targeting elsewhere on student data OR the persistent identifiers the operator
# acquired; a ban on the data alone leaves the identifiers open. Tracking and following
# students across sites is done by the identifiers.
_IDENTIFIERS = (
    r"\b(?:persistent|unique identifiers?|identifiers|device ids?|cookies|track\w*|follow\w*|"
    r"anything (?:we|it) (?:learn|collect)\w*)\b"
)


@rule("R15b")
@whole
def no_targeting_students_elsewhere(sentences: Sequence[Sentence]) -> Verdict:
    ban = _unconditional_ban(sentences)
    if ban is not None:
        return present(ban, "does not engage in targeted advertising to students anywhere")
    # "advertising networks" are buyers: selling them identifiers is 15(d)'s, not targeting.
    verb = (
        r"\b(?:target\w*|advertis(?:e|es|ed|ing|ements?)(?!\s+(?:networks?|partners?|compan\w+|"
        r"firms?|vendors?))|ads)\b"
    )
    verdict = _promise(
        sentences,
        verb,
        _ELSEWHERE,
        "nothing forbids targeting students elsewhere with what it learned",
        "target students elsewhere with their data or identifiers",
    )
    if verdict.status == "missing" and (used := _data_ban(sentences)) is not None:
        if not re.search(_PII_ONLY, lowered(used)) and (
            re.search(_NAMED_IDENTIFIERS, lowered(used)) or find(sentences, _DATA_WITH_IDENTIFIERS)
        ):
            return present(used, "never uses student data or identifiers for targeted "
                                 "advertising, anywhere")  # fmt: skip
        return weak(used, "forbids targeted advertising with student data, but not with the "
                          "persistent identifiers it acquired")  # fmt: skip
    if verdict.status == "missing" and (excepted := next(iter(_data_bans(sentences)), None)):
        return weak(excepted, "forbids targeted advertising with student data, but with an "
                              "exception that could swallow the ban")  # fmt: skip
    if verdict.status != "present" or verdict.sentence is None:
        return _or_told_only(verdict, sentences)
    low = lowered(verdict.sentence)
    if re.search(rf"(?:;|\bbut\b)[^.]*\b(?:may|can)\b[^.]*{_IDENTIFIERS}", low):
        # "…; we may use cookies set by the Service for retargeting"
        return weak(verdict.sentence, "forbids targeting elsewhere with student data, but lets "
                                      "the identifiers serve it")  # fmt: skip
    # the identifiers in the ban's own item, not in another of its list ("(b) … elsewhere
    # based on Student Data; (c) collect … persistent unique identifiers …")
    if re.search(_IDENTIFIERS, clause_of(low, _ELSEWHERE)):
        return verdict
    wider = _promise(
        sentences,
        verb,
        rf"(?:{_ELSEWHERE})[^.;]*{_IDENTIFIERS}|{_IDENTIFIERS}[^.;]*(?:{_ELSEWHERE})",
        "",
        "",
    )
    if wider.status == "present" and wider.sentence is not None:
        return present(wider.sentence, "promises not to target students elsewhere with their "
                                       "data or identifiers")  # fmt: skip
    return weak(verdict.sentence, "forbids targeting students elsewhere with their data, but not "
                                  "with the persistent identifiers it acquired")  # fmt: skip
