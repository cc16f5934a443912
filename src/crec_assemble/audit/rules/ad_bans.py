"""How vendors ban targeted advertising: the readings that 13, 15(a) and 15(b) share.

A ban comes in three shapes: the activity itself ("will not engage in targeted advertising to
students"), a use of the data ("will not use Student Data to target ads") and a venue ("no ads
in the app"; "will not target students on other websites"). This module finds each shape and
what weakens it (an exception that could swallow it, the school's consent, a ban held to
selling the data, another term that lets some targeted advertising back in); ``advertising``
decides, provision by provision, which shapes answer which.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..exceptions import broad_exception
from ..hedges import hedged
from ..lazy_pattern import LazyPattern
from ..lexicon import (
    ADVERTISING,
    DATA,
    LEA,
    SPONSORED_FOR_THE_STUDENT,
    find,
    lowered,
    negated,
    of_no_one_alone,
)
from ..negation import clause_holding
from ..reader import Sentence
from .ad_places import ELSEWHERE_VENUES, OWN_VENUE
from .ban_clauses import own_promise
from .narrowed import for_some_only
from .registry import Verdict, missing, present, weak

# The school's consent does not lift the statute's ban on targeted advertising as it may a
# disclosure: "… for Targeted Advertising without the School's prior consent" is an exception.
_CONSENTED = LazyPattern(
    r"\b(?:without|unless|absent|except with)\b[^.;]{0,40}\b(?:consent|permission|"
    r"authori[sz]ation|approval|opts? in)\b"
)


def exception_swallows(text: str) -> bool:
    """A ban on advertising with an exception that could swallow it, the school's consent
    included."""
    low = text.casefold()
    return (
        broad_exception(low)
        or _CONSENTED.search(low) is not None
        or _OTHER_THAN_ITS_OWN.search(low) is not None
    )


# Some advertising let out of the ban by name: "… targeted advertisements to students or
# families, other than my annual summer essay-workshop announcement", "for marketing or
# commercial purposes other than offering portrait packages" (not "other than the Services'
# own operation", nor "any purpose other than", a limit, nor the school's own notices).
_OTHER_THAN_ITS_OWN = LazyPattern(
    r"\b(?:advertis\w*|ads|marketing|commercial purposes?|promotions?)\b(?:[^.;]{0,60}?[\s,])?"
    r"other\s+than\s+(?!(?:to\s+)?(?:provid\w*|operat\w*|the\s+services?\b|school purposes?|"
    r"as (?:required|permitted)))"
    # (nor the school's own: "other than notices from the District")
    rf"(?![^.;]{{0,40}}?\bfrom\s+(?:the\s+)?{LEA}|(?:the\s+)?{LEA}['\u2019]s?\s)"
)


def prohibition(
    sentences: Sequence[Sentence], verb: str, topic: str, missing_why: str, what: str
) -> Verdict:
    """A prohibition: present when denied, weak when a broad exception or a hedge swallows
    it, missing when only a permission (or nothing) is found. The denial must reach the
    clause that names the topic: "shall not use it for ads on the Service, and may use
    identifiers to serve ads on partner websites" permits the second."""
    candidates = find(sentences, verb, topic)
    denied = [s for s in candidates if negated(s.text, verb, near=topic)]
    for sentence in denied:
        own = own_promise(lowered(sentence), verb, topic)
        if not (exception_swallows(own) or hedged(sentence.text) or for_some_only(own)):
            return present(sentence, f"promises not to {what}")
    if denied:
        return weak(denied[0], f"promises not to {what}, but an exception could swallow it")
    # (a grant over de-identified data alone is U2's: "may use anonymised and aggregated data
    # for any lawful purpose, including … marketing" permits nothing of the students' data)
    permitted = [s for s in candidates if not of_no_one_alone(lowered(s))]
    if permitted:
        return missing(f"permits, rather than forbids, to {what}", permitted[0])
    return missing(missing_why)


ENGAGE = LazyPattern(
    r"\b(?:engag\w* in|conduct\w*|serv\w*|display\w*|show\w*|direct\w*|deliver\w*|send\w*)"
    r"\s+(?:\w+\s+){0,2}?targeted (?:advertis\w*|ads|marketing)"
    # the activity under its trade names, engaged in ("will not engage in interest-based
    # advertising"; not "… to serve targeted or behavioural advertising", a use of the data)
    r"|\bengag\w* in\s+(?:interest[- ]based|behaviou?ral)\s+(?:advertis\w*|ads|marketing)"
)
_VENUE = LazyPattern(
    r"\b(?:on|in|within|inside|through)\s+(?:its|our|the|their|any)\s+(?:own\s+|other\s+)?(?:websites?|"
    r"online services?|services?|applications?|apps?|platforms?|sites?)\b|\belsewhere\b"
)


def unconditional_ban(sentences: Sequence[Sentence]) -> Sentence | None:
    """ "Provider will not engage in targeted advertising to students": a ban on the activity
    itself, wherever it happens, answers 15(a) and 15(b), and 13, since advertising that is
    never done uses no student data. A ban on *using student data* for advertising (13) or
    one limited to a venue does not answer 15(a) or 15(b)."""
    for sentence in sentences:
        low = lowered(sentence)
        match = ENGAGE.search(low)
        if (
            match is not None
            and negated(low, ENGAGE.pattern)
            and not re.search(r"\bus(?:e|ing)\b[^;]{0,80}$", low[: match.start()])
            and (  # (a venue named, then every other: "in the App or anywhere else")
                _EVERYWHERE_ELSE.search(low)
                or not (
                    _VENUE.search(low)
                    or re.search(OWN_VENUE, low)  # "on the Provider's website"
                    or NAMED_VENUE.search(sentence.text)  # "… to students in Quillpath."
                )
            )
            and not exception_swallows(low)
        ):
            return sentence
    return None


# (not advertising "based on Student Data" there, nor "though we may do so … elsewhere")
_EVERYWHERE_ELSE = LazyPattern(
    r"^(?!.*\b(?:may|might|though|although|but)\b).*\b(?:in|on|within)\s+[^.;,]{1,40}?\s+(?:or|and)\s+"
    r"(?:(?:anywhere|everywhere)\s+else|elsewhere)\b"
    r"(?![^.;]{0,40}\b(?:using|with|derived|based|to\s+the\s+extent|where|if|unless)\b)"
)
# The service by its product name, ending the ban: "We never show targeted ads in Acme Reader."
NAMED_VENUE = LazyPattern(
    r"\b(?:on|in|within|inside)\s+(?:the\s+)?(?!(?:the|any|other|Connecticut|the United)\b)"
    r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}\s*[.;]?\s*$"
    # … or its first clause, where "within" names the vendor's own product: "… within Long Snout
    # Stories, and will never …" (not another company's platform: "on Facebook, and …")
    r"|\b(?:within|inside)\s+(?:the\s+)?(?!(?:the|any|other|Connecticut|the United)\b)"
    r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2},\s+(?:and|but)\b"
)


# "targeted advertising" (or "targeted ads", "behaviourally targeted advertising", "to target
# advertising"), the thing 13 and 15 ban, not advertising of any kind.
TARGETED = (
    r"\btarget(?:ed|ing)?\b[^.;]{0,30}?\b(?:advertis\w*|ads|marketing)\b"
    r"|\b(?:advertis\w*|ads)\b[^.;]{0,20}?\btargeted\b"
    # "shall not use Customer Data … to select or display advertising to students": chosen by
    # the data is targeted, whatever the word
    r"|\bto select (?:or (?:display|show|serve) )?(?:advertis\w*|ads)\b"
    # "to choose which ads to show"
    r"|\bto (?:select|choose|pick|decide) which (?:advertis\w*|ads)\b"
    # the same under its trade names: "interest-based advertising", "behavioural ads"
    # (not "contextual, non-behavioural ads")
    r"|(?<!non-)(?<!non)\b(?:interest[- ]based|behaviou?ral)\s+(?:advertis\w*|ads)\b"
)
# The data the ban names is personally identifiable information only: what the service
# learns about a student's use of it is not, in a vendor's reading.
# PII alone, not as one part of the data ("Student Data, including personally identifiable
# information")
PII_ONLY = (
    r"(?<!including )(?:\bpersonally identifiable\b|\bpii\b"
    # "students' personal information", "Student Personal Information", "personal information
    # contained in Student Data": what identifies a student, as the labels read it, not the data
    r"|\bpersonal information\b"
    # ("Customer Personal Data", "Student Personal Data": the personal data the processor holds)
    r"|\b(?:customer|student|school)\s+personal\s+data\b)"
)


# A promise, not a report of practice ("Student Data is not used for targeted advertising").
_PROMISED = r"\b(?:shall|will|must|agrees?|never|prohibited|may not|won['\u2019]t|cannot)\b"
# A ban in the present tense ("We do not use Student Data for targeted advertising"): read
# for 15(b)'s weaker reading only, where the data ban is weak whatever its tense.
_DESCRIBED = r"\b(?:does not|do not|doesn['\u2019]t|don['\u2019]t)\b"


def _elsewhere_only(low: str) -> bool:
    """A ban held to other sites ("on any other website"), not one that names both ("in
    PebblePath or anywhere else")."""
    both = (
        r"\b(?:on|in|within|inside)\s+[\w-]+(?:\s+[\w-]+)?,?\s+or\s+"
        r"(?:anywhere|elsewhere|any other|on)"
    )
    return bool(re.search(ELSEWHERE_VENUES, low)) and not re.search(f"{OWN_VENUE}|{both}", low)


def data_bans(
    sentences: Sequence[Sentence], *, described: bool = False, elsewhere_too: bool = False
) -> list[Sentence]:
    """ "Provider will not use Student Data for targeted advertising", "is prohibited from
    using … Student Data to … enable Targeted Advertising": bans on using what the service
    learns about students for targeted advertising, wherever it would be shown, exceptions
    and all; with ``described``, those in the present tense too ("We do not use …"); with
    ``elsewhere_too``, those held to other websites and apps as well. A ban on *selling* the
    data for advertising leaves the use open."""
    promised = rf"{_PROMISED}|{_DESCRIBED}" if described else _PROMISED
    return [
        sentence
        for sentence in find(sentences, TARGETED, DATA)
        if re.search(promised, low := lowered(sentence))
        and negated(low, TARGETED, near=TARGETED)
        and not transfer_only(low)
        and not own_venue_only(sentence)
        and (elsewhere_too or not _elsewhere_only(re.sub(NAMED_IDENTIFIERS, " ", low)))
        and not re.search(BUT_OTHERS_MAY, low)
        and not hedged(low)
    ]


def data_ban(
    sentences: Sequence[Sentence], *, described: bool = False, elsewhere_too: bool = False
) -> Sentence | None:
    """A data ban that no exception swallows: unless it is held to one venue, the plain ban on
    targeted advertising to students the labelling guide reads as answering 15(a) as well as
    13 (the statute defines targeted advertising by what is learned from the student's use);
    15(b) needs the identifiers too. ``elsewhere_too``: as :func:`data_bans` takes it."""
    return next(
        (
            s
            for s in data_bans(sentences, described=described, elsewhere_too=elsewhere_too)
            # the ban's own clause: "…, and will not build a profile of a Student except for the
            # Permitted Purposes" excepts from the profiling, not from the ban
            if not exception_swallows(own_promise(lowered(s), TARGETED, TARGETED))
        ),
        None,
    )


# "…, but third parties whose tools we use may collect information for advertising"
BUT_OTHERS_MAY = r",\s*but\s+[^.;]{0,80}?\b(?:may|can)\b[^.;]*\b(?:advertis\w*|ads|market\w*)\b"


def transfer_only(low: str) -> bool:
    """ "will not sell Student Data for targeted advertising": the ban is on selling (or
    disclosing) the data for advertising; the vendor's own use of it is left open."""
    # ("JHV does not sell advertising and will not use …": advertising sold is no data sold)
    low = re.sub(r"\bsell(?:s|ing)?\s+(?:advertising|ads|ad\s+space)\b", " ", low)
    before = low[: m.start()] if (m := re.search(ADVERTISING, low)) else low
    return bool(
        re.search(r"\b(?:sell|rent|trade|lease|disclos\w*|shar(?:e|ing)|transfer\w*)\b", before)
        and not re.search(r"\b(?:us(?:e|ed|ing)|process\w*|engag\w*|target\w*)\b", before)
    )


def other_venues_only(sentence: Sentence) -> bool:
    """A ban whose own clause holds only elsewhere ("We do not use Student Data to target
    advertising on other websites or apps"): targeting on the vendor's service is left open."""
    clause = _ban_clause(sentence)
    return (
        bool(re.search(_ON_OTHER_VENUES, clause))
        and not re.search(OWN_VENUE, clause)
        and not re.search(r"\b(?:anywhere|elsewhere|whether|including|any other)\b", clause)
    )


_ON_OTHER_VENUES = (
    r"\b(?:on|across|in)\s+(?:other|third[- ]party)\s+(?:websites?|sites|online services|"
    r"services|apps|applications)\b"
)


def own_venue_only(sentence: Sentence) -> bool:
    """A ban whose own clause holds only on the vendor's service ("shall not use it for
    targeted advertising on the Service, and may …"): advertising elsewhere is left open."""
    clause = _ban_clause(sentence)
    return bool(re.search(OWN_VENUE, clause)) and not re.search(ELSEWHERE_VENUES, clause)


def _ban_clause(sentence: Sentence) -> str:
    """The ban's own clause: "does not display advertising in the Services and will not use
    Student Data to target advertising" holds the venue in the first promise only."""
    clauses = re.split(
        r";|,\s*(?:and|but)\s+(?!not\b)|\s+and\s+(?=(?:will|shall|must|does|do)\s)",
        lowered(sentence),
    )
    # ("… in the Services and will not use Student Data for targeted advertising": the data's
    # own ban holds no venue)
    targeted = [c for c in clauses if re.search(TARGETED, c)]
    first = targeted[0] if targeted else clauses[0]
    return next((c for c in targeted if re.search(DATA, c)), first)


def excepted_elsewhere(sentences: Sequence[Sentence], ban: Sentence) -> Sentence | None:
    """Another term that excepts some targeted advertising from the ban: "… does not display
    targeted advertising to students, except for Featured Titles", "except in Parent
    Accounts as described in Section 5.3"."""
    excepted = next(
        (
            s
            for s in find(sentences, TARGETED)
            if s is not ban and exception_swallows(clause_holding(lowered(s), TARGETED))
        ),
        None,
    )
    return (
        excepted
        or _targeted_but_not_called_advertising(sentences)
        or next(iter(find(sentences, SPONSORED_FOR_THE_STUDENT)), None)
        or next(iter(find(sentences, _CARVED_OUT, _USING_THE_DATA_TO_TELL, _OTHERS_WARES)), None)
    )


# The model agreement's carve-out from its advertising ban, stretched to others' wares: "This
# section does not prohibit Provider from using Student Data … (iii) to notify account holders
# about new product updates, features or services, including … partner offers", "… programmes
# offered by other providers through the Marketplace" (its own education product updates
# alone are the model's words, and leave the ban whole; so does its proviso that no third
# party pays for a recommendation).
_CARVED_OUT = (
    r"\b(?:does|do|shall|will)\s+not\s+prohibit\b|\bnothing\s+in\s+this\s+(?:section|article|"
    r"agreement|addendum|dpa)\s+(?:prohibits|shall\s+prohibit|prevents)\b"
)
# (the carve-out uses the data to tell or sell: not "from disclosing Student Data to its
# partners", "from charging the fees … plus taxes", "from offering Premium features to the
# District")
_USING_THE_DATA_TO_TELL = (
    r"\busing\s+(?:the\s+)?(?:student\s+)?(?:data|information)\b[^.]*\b(?:notify|tell|send|"
    r"inform|market|promot|advertis|offer)\w*"
)
_OTHERS_WARES = r"\b(?:partners?|partner\s+offers|other\s+providers?|marketplace|premium)\b"


# "These messages are not advertising for purposes of these commitments", of messages
# "selected based on the student's activity": targeted advertising defined away.
_CALLED = r"(?:considered\s+|deemed\s+|treated\s+as\s+)?"
_ADVERTISING_WORDS = r"(?:advertising|advertisements?|ads)\b"
_NOT_CALLED_ADVERTISING = LazyPattern(
    rf"\b(?:is|are|shall|will)\s+not\s+(?:be\s+)?{_CALLED}{_ADVERTISING_WORDS}"
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
        if _PICKED_FOR_THE_STUDENT.search(picked) or _ITS_MESSAGES_NOT_ADVERTISING.search(
            lowered(sentence)
        ):
            return sentence
    return None


# "Messages about Ridgeline programs under Section 4.3 are not advertising for purposes of
# this Section", "Sponsor Spotlight e-mails are not advertising": the vendor's or its
# partners' messages to the students, defined out of the ban wherever their choosing is
# described (not "password resets" or "notices to parents about their child's progress"; and
# a definition, not "shall ensure that messages … are not advertisements" or "messages that
# are not advertising").
_MESSAGES = r"(?:messages?|offers?|opportunit(?:y|ies)|e-?mails?|spotlights?|listings?|placements?)"
_NOT_TARGETED_ADVERTISING = rf"\b(?:is|are)\s+not\s+{_CALLED}(?:targeted\s+)?{_ADVERTISING_WORDS}"
_ITS_MESSAGES_NOT_ADVERTISING = LazyPattern(
    r"^(?!.*\b(?:ensure|ensures|that\s+are\s+not|which\s+are\s+not)\b)"
    r".*\b(?:partners?|sponsor\w*|featured|promotional|programs?|programmes|products|upgrades?|"
    rf"(?:our|contractor['\u2019]s)\s+[\w-]+)\b[^.;]{{0,60}}?\b(?:{_MESSAGES}|announcements?|"
    rf"communications?)\b[^.;]{{0,60}}?{_NOT_TARGETED_ADVERTISING}"
    rf"|^(?!.*\b(?:ensure|ensures)\b).*\b{_MESSAGES}\s+(?:about|for|from|of)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:programs?|programmes|products|partners?|sponsors?|courses|upgrades?)\b"
    rf"[^.;]{{0,60}}?{_NOT_TARGETED_ADVERTISING}"
)


NAMED_IDENTIFIERS = r"\b(?:persistent|unique|device)\s+(?:unique\s+)?(?:identifiers?|ids?)\b"
