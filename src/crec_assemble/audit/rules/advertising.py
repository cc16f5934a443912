"""No targeted advertising: with student data (13), on the operator's own service (15(a)),
or elsewhere, with what it learned through the school's use (15(b)).

Each of the three shapes a ban takes (the activity, a use of the data, a venue; read in
``ad_bans``) answers some of the three provisions and not others, and a ban that holds only
for one venue, or only unless a parent opts in, is not the ban the regulation asks for.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lexicon import (
    ADVERTISING,
    DATA,
    ELSEWHERE,
    SPONSORED_FOR_THE_STUDENT,
    clause_of,
    find,
    lowered,
    negated,
)
from ..reader import Sentence
from .ad_bans import (
    BUT_OTHERS_MAY,
    NAMED_IDENTIFIERS,
    PII_ONLY,
    data_ban,
    data_bans,
    excepted_elsewhere,
    exception_swallows,
    other_venues_only,
    own_venue_only,
    prohibition,
    unconditional_ban,
)
from .ad_conditions import OTHERS_USE_ONLY, TARGETING_BASIS, unconditional
from .ad_free import (
    NO_ADS,
    ad_free,
    ad_free_only,
    declared_not_advertising,
    let_in,
    no_ads_in_the_service,
    school_tier_spared,
)
from .ad_house import house_ads_by_use, house_ads_in_the_service
from .ad_identifiers import DATA_WITH_IDENTIFIERS, IDENTIFIERS, PII_ALONE, USED_TO_TARGET
from .ad_none import excepted_in_its_sentence, excepted_next, never_used_for_any_advertising
from .ad_own_service import (
    PII_ONLY_WHY,
    SOME_ADS,
    free_of_ads,
    narrower_ban,
    own_venue_prohibition,
)
from .ad_partial import OTHERS_ADS_KEPT_OUT, a_sale_ban_only, others_ads_only, some_of_the_ban
from .ad_places import ELSEWHERE_VENUES, OWN_VENUE
from .ad_practice import or_told_only
from .ad_venues import named_venue_ban
from .narrowed import for_some_only, whole
from .registry import Verdict, present, rule, weak, weakened

# "Student accounts are free of advertising"; "free of third-party advertisements and of
# advertising targeted on activity on other websites" leaves the vendor's own targeting open.
_FREE_OF_ADS = (
    r"\b(?:free (?:of|from)|without)\s+(?:any\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:ads|advertising|advertisements)\b"
)
_OWN_USE_BANNED = (
    r"\b(?:not|never|nor|neither)\s+(?:itself\s+)?(?:use|engage|target|serve|direct)\b"
    # "Student Data may not be used for …", "will refrain from using …"
    r"|\b(?:may|shall|will|must|is|are)\s+not\s+be\s+used\b|\b(?:is|are)\s+not\s+used\b"
    r"|\brefrain\w*\s+from\s+(?:using|engaging|targeting)\b"
)
# What students do in the service is student data: "ads based on their Pebble activity".
_ACTIVITY = r"\bbased on\b[^.;]{0,40}\b(?:activit(?:y|ies)|behaviou?r|usage|use|profiles?)\b"


@rule("R13", of_advertising=True)
@whole
@weakened(declared_not_advertising)
@weakened(house_ads_by_use)
@weakened(others_ads_only)
def no_targeted_advertising_with_student_data(sentences: Sequence[Sentence]) -> Verdict:
    # no targeted advertising at all: none with student data either
    if (banned := _banned_outright(sentences, "at all")) is not None:
        return banned
    verdict = _the_data_ban(sentences)
    if (sold := a_sale_ban_only(verdict, sentences)) is not None:
        return sold
    if (
        verdict.status == "present"
        and verdict.sentence is not None
        and OTHERS_USE_ONLY.search(lowered(verdict.sentence))
        and not re.search(_OWN_USE_BANNED, lowered(verdict.sentence))
    ):
        return weak(verdict.sentence, "forbids letting others target students with the data, "
                                      "not its own targeting")  # fmt: skip
    if (
        verdict.status == "present"
        and verdict.sentence is not None
        and re.search(BUT_OTHERS_MAY, lowered(verdict.sentence))
    ):
        return weak(verdict.sentence, "forbids targeted advertising with student data, but lets "
                                      "advertising in by another clause")  # fmt: skip
    if verdict.status == "missing" and (partial := some_of_the_ban(sentences)) is not None:
        return partial
    deferred = find(sentences, ADVERTISING, ELSEWHERE)
    if verdict.status == "present" and deferred:
        return weak(deferred[0], "forbids targeted advertising with student data, but leaves "
                                 "another party's advertising to a policy")  # fmt: skip
    if (
        verdict.status == "present"
        and verdict.sentence is not None
        and own_venue_only(verdict.sentence)
        and prohibition(sentences, ADVERTISING, ELSEWHERE_VENUES, "", "").status != "present"
    ):
        # (a ban held to no venue elsewhere: "There are no ads in LemonVolt. We never use
        # Student Data to target advertising to students.")
        whole = next((s for s in data_bans(sentences, described=True) if unconditional(s)), None)
        if whole is None:
            return weak(verdict.sentence, "forbids targeted advertising only on its own service")
        verdict = present(whole, verdict.why)
    if (
        verdict.status == "present"
        and verdict.sentence is not None
        and other_venues_only(verdict.sentence)
        and prohibition(sentences, ADVERTISING, OWN_VENUE, "", "").status != "present"
        and not no_ads_in_the_service(ad_free(sentences))
    ):
        why = "forbids targeted advertising with student data only on other websites and apps"
        return weak(verdict.sentence, f"{why}, not on its own service")
    if verdict.status == "present" and verdict.sentence is not None:
        excepted = excepted_elsewhere(sentences, verdict.sentence)
        # (not an exception to 15(a)'s ban on its own service's ads: "… on the app, except …")
        if excepted is not None and not (
            own_venue_only(excepted)
            and not re.search(rf"{DATA}|{TARGETING_BASIS}", lowered(excepted))
        ):
            why = "forbids targeted advertising with student data, but another term excepts some: "
            return weak(verdict.sentence, why + excepted.text)
    return _or_ad_free_only(or_told_only(verdict, sentences, shows_none=True), sentences)


def _or_ad_free_only(verdict: Verdict, sentences: Sequence[Sentence]) -> Verdict:
    """Nothing said of the data's use for advertising, but a service with no ads: weak."""
    if verdict.status != "missing":
        return verdict
    return ad_free_only(sentences, ad_free(sentences)) or verdict


def _banned_outright(sentences: Sequence[Sentence], where: str) -> Verdict | None:
    """No targeted advertising to students (present), unless sponsored content is picked by
    what the service holds of the student:
    "BraceBuddy does not serve targeted advertising to students. We may display Care Tips
    sponsored by orthodontic-care brands; the Care Tips a student sees are chosen based on
    the appliance type recorded in the App" (weak)."""
    ban = unconditional_ban(sentences)
    if ban is None:
        return None
    excepted = next(iter(find(sentences, SPONSORED_FOR_THE_STUDENT)), None)
    if excepted is not None:
        why = "does not engage in targeted advertising to students, but lets sponsors' content"
        return weak(ban, f"{why} be picked by what it knows of them: {excepted.text}")
    return present(ban, f"does not engage in targeted advertising to students {where}")


def _plain_ban(sentences: Sequence[Sentence]) -> Verdict | None:
    """15(a) met by a ban that holds everywhere, its own service included: on the activity,
    or on using student data (not PII alone) for it."""
    if (banned := _banned_outright(sentences, "anywhere")) is not None:
        return banned
    used = data_ban(sentences)
    # (for every student: not "… to Authorized Users under the age of thirteen")
    if (
        used is not None
        and not re.search(PII_ONLY, low := lowered(used))
        and not for_some_only(low)
    ):
        excepted = excepted_elsewhere(sentences, used)
        if excepted is not None:
            return weak(used, f"never uses student data for targeted advertising, but another "
                              f"term excepts some: {excepted.text}")  # fmt: skip
        return present(used, "never uses student data for targeted advertising, on its own "
                             "service or anywhere")  # fmt: skip
    return None


@rule("R15a", of_advertising=True)
@whole
@weakened(let_in)
@weakened(house_ads_in_the_service)
@weakened(others_ads_only)
@weakened(declared_not_advertising)
def no_targeted_advertising_on_its_own_service(sentences: Sequence[Sentence]) -> Verdict:
    plain = _plain_ban(sentences) or named_venue_ban(sentences) or free_of_ads(sentences)
    if plain is not None:
        return plain
    for sentence in find(sentences, r"\bcontextual\b", r"\btargeted\b"):
        # "We may display contextual advertising in the Service, but never targeted
        # advertising": contextual advertising uses no student data; the ban is 15(a)'s.
        if negated(lowered(sentence), r"\btargeted\b", near=r"\btargeted\b"):
            return present(sentence, "shows contextual advertising only, never targeted")
    for sentence in find(sentences, _FREE_OF_ADS):
        if re.search(SOME_ADS, lowered(sentence)):
            return weak(sentence, "keeps its service free of some advertising only")
        return present(sentence, "shows no advertising at all in its service")
    # "We don't show ads to students, except for ads for our own features"; not "We may show
    # ads on our marketing website, which has no ads … unless …", a permission first.
    for sentence in sentences:
        match = NO_ADS.search(lowered(sentence))
        if match and not re.search(r"\b(?:may|can)\b", lowered(sentence)[: match.start()]):
            return weak(sentence, "shows no advertising in its service, but with exceptions")
    verdict = own_venue_prohibition(sentences)
    narrower = narrower_ban(verdict)
    if narrower is not None:
        return narrower
    excepted = next(
        (
            s
            for s in data_bans(sentences)
            if exception_swallows(low := lowered(s)) or for_some_only(low)
        ),
        None,
    )
    if verdict.status == "missing" and excepted is not None:
        return weak(excepted, "never uses student data for targeted advertising, but with an "
                              "exception that could swallow the ban")  # fmt: skip
    others = find(sentences, OTHERS_ADS_KEPT_OUT)
    if verdict.status == "missing" and others:
        return weak(others[0], "keeps others' advertising off its service, but not its own "
                               "targeted advertising")  # fmt: skip
    # "shall not use personally identifiable information contained in Student Data for
    # Targeted Advertising": a ban, but on the PII alone, which the readings table does not
    # take for 15(a)'s (what else the service knows of the student may still pick its ads);
    # said in the present tense too ("We do not use personal information from School Accounts
    # to target advertising"), which is never more than weak here
    used = data_ban(sentences, described=True)
    if verdict.status == "missing" and used is not None and PII_ALONE.search(lowered(used)):
        return weak(used, PII_ONLY_WHY)
    return or_told_only(verdict, sentences, shows_none=True)


def _the_data_ban(sentences: Sequence[Sentence]) -> Verdict:
    """13's ban as found, before its exceptions are weighed: a ban on using the data, a use
    for no advertising at all, or advertising spared only the school's own accounts."""
    verdict = prohibition(
        sentences,
        ADVERTISING,
        rf"{DATA}|{_ACTIVITY}",
        "nothing forbids targeted advertising with student data",
        "use student data for targeted advertising",
    )
    if verdict.sentence is None and (never := never_used_for_any_advertising(sentences)):
        if (excepted := excepted_next(sentences, never)) is not None:
            return weak(never, "never uses student data for advertising, but the next sentence "
                               f"makes an exception: {excepted.text}")  # fmt: skip
        return present(never, "never uses student data for advertising of any kind")
    if verdict.sentence is None and (excepted := excepted_in_its_sentence(sentences)):
        return weak(excepted, "never advertises to the students, but with an exception")
    if verdict.status == "missing" and (spared := school_tier_spared(sentences, verdict.sentence)):
        return spared
    return verdict


@rule("R15b")
@whole
def no_targeting_students_elsewhere(sentences: Sequence[Sentence]) -> Verdict:
    if (banned := _banned_outright(sentences, "anywhere")) is not None:
        return banned
    # "advertising networks" are buyers: selling them identifiers is 15(d)'s, not targeting.
    verb = (
        r"\b(?:target\w*|advertis(?:e|es|ed|ing|ements?)(?!\s+(?:networks?|partners?|compan\w+|"
        r"firms?|vendors?))|ads)\b"
    )
    verdict = prohibition(
        sentences,
        verb,
        ELSEWHERE_VENUES,
        "nothing forbids targeting students elsewhere with what it learned",
        "target students elsewhere with their data or identifiers",
    )
    if verdict.status == "missing" and (
        spared := school_tier_spared(sentences, verdict.sentence, targeting=True)
    ):
        return spared
    if verdict.status == "missing" and (used := data_ban(sentences)) is not None:
        if not re.search(PII_ONLY, lowered(used)) and (
            re.search(NAMED_IDENTIFIERS, lowered(used)) or find(sentences, DATA_WITH_IDENTIFIERS)
        ):
            return present(used, "never uses student data or identifiers for targeted "
                                 "advertising, anywhere")  # fmt: skip
        return weak(used, "forbids targeted advertising with student data, but not with the "
                          "persistent identifiers it acquired")  # fmt: skip
    if verdict.status == "missing" and (
        described := data_ban(sentences, described=True)
        or never_used_for_any_advertising(sentences)
    ):
        return weak(described, "says it does not use student data for advertising, but says "
                               "nothing of the persistent identifiers it acquired")  # fmt: skip
    if verdict.status == "missing" and (excepted := next(iter(data_bans(sentences)), None)):
        return weak(excepted, "forbids targeted advertising with student data, but with an "
                              "exception that could swallow the ban")  # fmt: skip
    if verdict.status != "present" or verdict.sentence is None:
        return or_told_only(verdict, sentences)
    low = lowered(verdict.sentence)
    if re.search(rf"(?:;|\bbut\b)[^.]*\b(?:may|can)\b[^.]*{IDENTIFIERS}", low):
        # "…; we may use cookies set by the Service for retargeting"
        return weak(verdict.sentence, "forbids targeting elsewhere with student data, but lets "
                                      "the identifiers serve it")  # fmt: skip
    # the identifiers in the ban's own item, not in another of its list ("(b) … elsewhere
    # based on Student Data; (c) collect … persistent unique identifiers …")
    # … or in another item of the same list that bans using them to target anyone anywhere:
    # "shall not: (a) engage in Targeted Advertising on AntlerLab or on any other website …;
    # (b) use … any persistent unique identifier acquired … to select or target advertising"
    if re.search(IDENTIFIERS, clause_of(low, ELSEWHERE_VENUES)) or USED_TO_TARGET.search(low):
        return verdict
    wider = prohibition(
        sentences,
        verb,
        rf"(?:{ELSEWHERE_VENUES})[^.;]*{IDENTIFIERS}|{IDENTIFIERS}[^.;]*(?:{ELSEWHERE_VENUES})",
        "",
        "",
    )
    if wider.status == "present" and wider.sentence is not None:
        return present(wider.sentence, "promises not to target students elsewhere with their "
                                       "data or identifiers")  # fmt: skip
    return weak(verdict.sentence, "forbids targeting students elsewhere with their data, but not "
                                  "with the persistent identifiers it acquired")  # fmt: skip
