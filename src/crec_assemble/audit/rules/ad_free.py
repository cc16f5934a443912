"""A service that carries no advertising at all: the other shape of 15(a)'s ban, and what
lets advertising back in past either shape.

"The Platform is ad-free" and "Student accounts contain no advertising" keep targeted
advertising off the vendor's own service by keeping all advertising off it, unless an
exception in the sentence ("other than our own features") or another term ("optional
add-ons that students turn on may show ads") lets some back in for students. The same terms
weaken a ban on targeted advertising (:func:`let_in`): "Sponsored Messages may be shown in the
app to … students aged 13 and over".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..exceptions import broad_exception
from ..lazy_pattern import LazyPattern
from ..lexicon import LEA, lowered, negated
from ..reader import Sentence
from .narrowed import reports_practice
from .registry import Verdict, present, weak

__all__ = [
    "NO_ADS",
    "ad_free",
    "ad_free_only",
    "declared_not_advertising",
    "let_in",
    "school_tier_spared",
]

# "Contractor for Schools has no ads", "No advertising of any kind is displayed",
# "The Platform is ad-free": the service carries no advertising at all.
NO_ADS = LazyPattern(
    # (not one format of ads only: "has no banner ads and no loot boxes")
    r"\b(?:has|have|contains?|carr(?:y|ies)|includes?|shows?|displays?|serves?)\s+no\s+"
    # (but "no video ads or any other advertising" is none at all)
    r"(?!(?:banner|video|pop-?up|interstitial|rewarded|display|native|sponsored|in-app|audio)\s+"
    r"(?:ads|advertising|advertisements)\b(?!\s+or\s+(?:any\s+)?other\b))"
    r"(?:\w+\s+|third[- ]party\s+){0,2}?(?:ads|advertising|advertisements)\b"
    r"|^\W*no\s+(?:\w+\s+){0,4}?(?:ads|advertising|advertisements)\b[^.;]{0,40}?\b(?:is|are|will "
    r"be)\s+(?:displayed|shown|served|presented)\b"
    r"|\bad-free\b"
    # "ReadAloud never shows ads to students", not "… on other websites"
    r"|\bnever\s+(?:shows?|displays?|serves?)\s+(?:any\s+)?(?:ads|advertising|advertisements)\b"
    r"(?![^.;]*\b(?:other|third[- ]party|partner)\s+(?:websites?|sites|apps|services)\b)"
    # "There are no ads anywhere in Lumora"
    r"|\bthere (?:are|is|will be)\s+no\s+(?:\w+\s+){0,2}?(?:ads|advertising|advertisements)\b"
    r"|\b(?:(?:does|do|will|shall) not|doesn['\u2019]t|don['\u2019]t|won['\u2019]t) "
    r"(?:contain|carry|display|show|serve)\s+(?:any\s+)?"
    r"(?:[\w-]+\s+)?(?:ads|advertising|advertisements)\b"
)
# Others' advertising kept off, the vendor's own left open: "The Services do not contain
# third-party advertising" (the readings: a ban on others' ads only is weak).
_OTHERS_ADS = LazyPattern(
    r"\b(?:third[- ]part(?:y|ies)['\u2019]?|outside|external|other companies['\u2019]?)\s+"
    r"(?:ads|adverts|advertising|advertisements|advertisers)\b"
)

# "… no third-party advertising, and we do not serve behavioural advertising to Student Users
# in the App": the vendor's own advertising chosen by what it knows, kept off in the same
# breath (not a use of the data denied, "does not use Student Data for targeted advertising",
# which is a ban of its own, read as such)
_OWN_TARGETED = (
    r"\b(?:serve|show|display|run|deliver|present)s?\s+(?:any\s+)?(?:behaviou?ral(?:ly targeted)?|"
    r"interest-based|personali[sz]ed|targeted)\s+(?:ads|advertising|advertisements)\b"
    # (on the service, not held to another place: "… on our public marketing website")
    r"(?![^.;]{0,40}\b(?:websites?|site|blog|social\s+media|elsewhere|other)\b)"
)


def ad_free(sentences: Sequence[Sentence]) -> Verdict | None:
    """15(a) met by a service with no advertising at all; weak when the sentence excepts some
    or another term lets some in; None when no sentence says so without a broad exception."""
    allowed = _ads_allowed(sentences)
    for sentence in sentences:
        if (
            not NO_ADS.search(lowered(sentence))
            or broad_exception(sentence.text)
            or _NOT_THE_SERVICE_OR_NOT_FREE.search(lowered(sentence))
        ):
            continue
        if _OTHERS_ADS.search(lowered(sentence)):
            if negated(lowered(sentence), _OWN_TARGETED, near=_OWN_TARGETED):
                return present(sentence, "keeps others' advertising off its service, and its "
                                         "own targeted advertising too")  # fmt: skip
            return weak(sentence, "keeps others' advertising off its service, but not its own "
                                  "targeted advertising")  # fmt: skip
        if re.search(r"\b(?:other than|apart from|besides|aside from)\b", lowered(sentence)):
            return weak(sentence, "shows no advertising in its service, but with exceptions")
        if allowed is not None:
            return weak(sentence, f"shows no advertising in part of its service, but another "
                                  f"term allows some: {allowed.text}")  # fmt: skip
        if _FOR_A_WHILE.search(lowered(sentence)):
            return weak(sentence, "shows no advertising in its service, but only for a while")
        return present(sentence, "shows no advertising at all in its service")
    return None


# "Classroom accounts are not ad-free"; "… does not display advertising of any kind on its home
# page": a page of the vendor's, not the service.
_NOT_THE_SERVICE_OR_NOT_FREE = LazyPattern(
    r"\b(?:not|never|no\s+longer)\s+ad-free\b|\bon\s+(?:its|our|the)\s+(?:home|landing|marketing)\s+"
    r"pages?\b|\bon\s+(?:its|our)\s+(?:public\s+)?website\b"
)
# "Classroom accounts are ad-free while the Institution's subscription is active": the
# accounts carry ads once it ends
_FOR_A_WHILE = LazyPattern(
    r"\b(?:while|as\s+long\s+as|only\s+during|until)\b[^.;]{0,60}\b(?:subscription|licen[cs]e|"
    r"agreement|term|contract)\b[^.;]{0,20}\b(?:is\s+)?(?:active|in\s+effect|in\s+force|lasts|ends|"
    r"expires)\b"
    # (not "… and at all times after it ends")
    r"(?![^.;]{0,40}\b(?:and|or)\s+(?:at\s+all\s+times\s+)?after\s+(?:it|that|the\s+\w+)\s+"
    r"(?:ends|expires)\s*[.;]?\s*$)"
)


def let_in(promise: Sentence, verdict: Verdict, args: tuple[Any, ...]) -> Verdict | None:
    """A ban on targeted advertising on the service (15(a)) that another term lets some
    advertising back into: "Sponsored Messages may be shown in the app to parents and to
    students aged 13 and over" (the readings: a ban with an exception)."""
    allowed = _ads_allowed(args[0])
    if allowed is None or allowed is promise:
        return None
    return weak(promise, f"{verdict.why}, but another term lets advertising in: {allowed.text}")


def declared_not_advertising(
    promise: Sentence, verdict: Verdict, args: tuple[Any, ...]
) -> Verdict | None:
    """An advertising ban (13, 15(a)) whose paper declares some messages it picks for the
    students no advertising at all: "Merchant Offers displayed under Section 5.3(c) are not
    Targeted Advertising for the purposes of this Agreement" (a ban with an exception)."""
    declared = next((s for s in args[0] if _NOT_ADVERTISING.search(lowered(s))), None)
    if declared is None or declared is promise:
        return None
    return weak(promise, f"{verdict.why}, but the paper declares some of it no advertising: "
                         f"{declared.text}")  # fmt: skip


# (what the vendor sells or promotes, not "messages from teachers … and notices about the
# Service's maintenance")
# (… or said without "for the purposes of": "Partner Caches are not advertising", "Featured
# Picks … are recommendations, not advertising"; or a definition that leaves them out:
# "Targeted Advertising does not include Graduation Offers")
_SENTENCE = r"(?:[^.]|\.(?=\d))*?"
_PROMOTED = (
    r"\b(?:offers?|promot\w*|sponsor\w*|spotlight|featured|partners?|listings?|picks|"
    r"placements?|upgrades?|programs?|products?|deals?|opportunit\w*|(?:course|class)\s+"
    r"announcements?|announcements?\s+of\s+(?:new\s+)?(?:courses?|classes|programs?))\b"
)
_NOT_ADVERTISING = LazyPattern(
    # (a section's number is no sentence's end: "under Section 4.3"; and not what the school
    # chooses to show, "League sponsor logos that Customer chooses to display …", nor what
    # carries a sponsor's name alone, "… and carry only the partner's name and logo")
    rf"^(?!{_SENTENCE}(?:\b(?:{LEA})\s+(?:chooses|elects|decides)|\bonly\b[^.;]{{0,40}}"
    r"\b(?:names?|logos?)\b))"
    rf"(?={_SENTENCE}{_PROMOTED})"
    rf"{_SENTENCE}\b(?:is|are)\s+(?:[\w\s-]{{0,40}},\s*)?not\s+(?:considered\s+|deemed\s+)?(?:to\s+be\s+)?"
    r"(?:targeted\s+)?(?:advertising|advertisements?|ads)\b"
    rf"|\btargeted\s+advertising[\"\u201d]?\s+(?:does|shall)\s+not\s+include\b[^.;]{{0,80}}{_PROMOTED}"
)


def _ads_allowed(sentences: Sequence[Sentence]) -> Sentence | None:
    """A term that lets advertising in for students: "Additional Services … may display
    advertising", "Sponsored Messages may be shown … to students aged 13 and over"."""
    # the permission read from where it starts: "does not use Student Data for targeted
    # advertising, except that Sponsored Messages may be shown …" lets them in
    return next((s for s in sentences if (found := _MAY_ADVERTISE.search(low := lowered(s)))
                 and not negated(low[found.start() :], _MAY_ADVERTISE.pattern)
                 and not (_ADULTS_PAGES.search(low) and not _STUDENTS.search(low))
                 and not _UNTARGETED.search(low)), None)  # fmt: skip


# Advertising to the adults, not the students: "Teacher and marketing pages may show ads".
_ADULTS_PAGES = LazyPattern(r"\b(?:teachers?|marketing|parents?|adults?|educators?)\b")
# The students as the audience, not "Student Data" as what the ads are chosen without.
_STUDENTS = LazyPattern(
    r"\b(?:students?|pupils?|children|kids)\b(?!\s+(?:data|information|records|personal))"
)
# Advertising that uses nothing the service knows of the student: not 15(a)'s concern.
_UNTARGETED = LazyPattern(r"\b(?:contextual|non-?targeted|non-?personali[sz]ed)\b")
_MAY_ADVERTISE = LazyPattern(
    r"\b(?:may|can)\s+(?:\w+\s+)?(?:display|show|serve|contain|include)\s+(?:\w+\s+)?"
    r"(?:ads|advertising|advertisements)\b"
    # "Personal Accounts on the free tier may see ads from our advertising partners" (not
    # sample ads in a lesson, nor the school's own about its events)
    r"|\b(?:may|can|will)\s+(?:also\s+)?(?:see|receive|view)\s+(?:(?:\w+\s+)?"
    r"(?:ads|advertising|advertisements)\s+(?:from|by|served by)\s+(?:our|its|third|advertis|"
    r"partner|sponsor)|(?:targeted|personali[sz]ed|third[- ]party|partner|sponsored)\s+"
    r"(?:ads|advertising|advertisements)\b)"
    # "Sponsored Messages may be shown in the app …"
    r"|\b(?:sponsor\w*|ads|advertising|advertisements)\b[^.;]{0,120}\b(?:may|can)\s+(?:also\s+)?"
    r"(?:be\s+)?(?:shown|displayed|served|appear)\b"
)


# A free or consumer tier beside the school's: "On Free Club plans we show ads, which may be
# personalised", "Free Practice accounts display advertising".
# (not the school's own accounts given free: "free classroom accounts")
_FREE_TIER = LazyPattern(
    r"\b(?:free|consumer|personal|individual|basic)\s+(?!(?:classroom|school|district|teacher|"
    r"institutional|education)\b)(?:[\w-]+\s+){0,2}?(?:plans?|accounts?|tiers?|versions?|"
    r"memberships?)\b"
)
_SCHOOL_TIER = LazyPattern(
    r"\b(?:school|institutional|district|classroom|education|edu)\s+(?:plans?|accounts?|seats?|"
    r"tiers?|versions?|subscriptions?|editions?)\b"
)
# "Classroom accounts are not ad-free."
_NOT_SPARED = LazyPattern(r"\bnot\s+(?:\w+\s+){0,2}?(?:ad-free|exempt)\b")
# What the school's tier is spared: all ads, or only their targeting.
# ("do not use information from Institutional Accounts to personalize third-party
# advertising"; not "are not exempt from personalized ads")
_NOT_PERSONALISED = (
    r"\b(?:do|does|will|shall)\s+not\s+(?:use|personali[sz]e|target|tailor)\b[^.;]{0,80}?"
    r"\b(?:personali[sz]e|target|tailor)\w*\s+(?:[\w-]+\s+){0,2}?(?:ads|advertising|"
    r"advertisements)\b"
)
_SPARED = LazyPattern(
    rf"{NO_ADS.pattern}|{_NOT_PERSONALISED}|\bsees?\s+no\s+(?:[\w-]+\s+){{0,2}}ads\b"
)
_SPARED_TARGETING = LazyPattern(_NOT_PERSONALISED)


def school_tier_spared(
    sentences: Sequence[Sentence], permission: Sentence | None, *, targeting: bool = False
) -> Verdict | None:
    """Weak, when the advertising the paper permits is on a free tier and the school's own
    plan is spared it: the ban holds for the accounts the school buys, not for the free ones
    its students may also use (as outside readers label it). With ``targeting``, only a
    school tier spared targeting counts ("do not use information from Institutional Accounts
    to personalize third-party advertising"), not one spared ads "inside the app"."""
    if permission is None or not _FREE_TIER.search(lowered(permission)):
        return None
    spared = _SPARED_TARGETING if targeting else _SPARED
    school = next(
        (
            s
            for s in sentences
            if _SCHOOL_TIER.search(low := lowered(s))
            and spared.search(low)
            and not _NOT_SPARED.search(low)
        ),
        None,
    )
    if school is None:
        return None
    return weak(school, "keeps advertising off the school's accounts, but permits it on the "
                        "free accounts students may also use")  # fmt: skip


def ad_free_only(sentences: Sequence[Sentence], free: Verdict | None) -> Verdict | None:
    """ "Ramekin is ad-free for students", and no ban on the data's use: none there, but
    nothing keeps the students' data from picking ads elsewhere (weak, as the outside readers
    label it; not "we don't currently show ads", a practice). ``free``: :func:`ad_free`'s
    verdict on ``sentences``, read once by the caller."""
    if (
        free is None
        or free.status != "present"
        or free.sentence is None
        or reports_practice(free.sentence.text)
        or _FOR_NOW_OR_LET_IN.search(lowered(free.sentence))
        or _ads_shown(sentences)
    ):
        return None
    return weak(free.sentence, "shows no advertising in its service, but nothing bars using "
                               "student data for advertising elsewhere")  # fmt: skip


# "Today, there are no ads in ReadNest", "As of the date of this Agreement, …": a practice as
# of now; "…, but Maplewood may use Student Data to target advertising to parents": the data's
# use for advertising granted in the same breath.
_FOR_NOW_OR_LET_IN = LazyPattern(
    r"\b(?:at the moment|as of (?:the date|today|now)|today|right now|at present|presently|"
    r"for now)\b"
    r"|\bmay\b[^.;]{0,60}\b(?:target\w*|advertis\w*)\b"
)
_ADS_SHOWN = LazyPattern(
    r"\b(?:show|shows|display|displays|serve|serves)\s+(?:[\w-]+\s+){0,2}?(?:ads|advertising|"
    r"advertisements)\b"
)


def _ads_shown(sentences: Sequence[Sentence]) -> bool:
    """Whether some part of the service shows ads: "On our free Starter plan we show ads"."""
    return any(
        _ADS_SHOWN.search(low := lowered(s)) and not negated(low, _ADS_SHOWN.pattern)
        for s in sentences
    )


def no_ads_in_the_service(free: Verdict | None) -> bool:
    """ "The Service itself contains no advertising of any kind": nothing is targeted there
    (promised, not "currently does not display advertising", which may change). ``free``:
    :func:`ad_free`'s verdict on the paper, read once by the caller."""
    return (
        free is not None
        and free.status == "present"
        and not (free.sentence is not None and reports_practice(free.sentence.text))
    )
