"""A ban on targeted advertising with student data (13) made in part only: a sale of the data
for advertising banned, not its use; a law's ban followed; others' advertising kept from the
students; or a use limit that lets the vendor's own offers go to the families. Outside readers
label the last three weak, and a sale ban alone missing; a sale ban beside part of a ban (others'
ads kept out, no ads shown, or none to the students' accounts) weak, and beside a service with
no ads and a ban on targeting elsewhere present (batch 68's labels).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..lazy_pattern import LazyPattern
from ..lexicon import ADVERTISING, find, lowered, negated
from ..reader import Sentence
from .ad_bans import data_ban, transfer_only
from .ad_free import ad_free, ad_free_only, no_ads_in_the_service
from .marketing import PROMOTES
from .registry import Verdict, missing, present, weak

__all__ = ["OTHERS_ADS_KEPT_OUT", "a_sale_ban_only", "others_ads_only", "some_of_the_ban"]

# Others' advertising kept out, the vendor's own left open: "No third-party advertising
# networks operate within the editor", "we do not show third-party display ads".
# The formats between "third-party" and "ads": "third-party banner or video ads" (not
# "third-party or first-party ads", "third-party and in-house advertising").
_THEIR_FORMATS = (
    r"(?:(?!first[- ]party|in[- ]house|own\b|house\b)[\w-]+,?\s+(?:(?:or|and)\s+)?){0,3}?"
)
_OTHERS_ADS = (
    rf"(?:any\s+)?(?:third[- ]party|outside|partner)\s+{_THEIR_FORMATS}"
    r"(?:ads|adverts|advertising|advertisements)\b"
)
# … where the students would see them: "…, and no third-party ads appear in student accounts"
_APPEAR_IN = (
    r"\s+(?:appears?|(?:are|is)\s+(?:ever\s+)?(?:shown|displayed|served))\s+(?:in|on|to|within)\b"
)
# (not beside the vendor's own ads: "…, but we may show students ads for our own courses")
_NOT_BESIDE_ITS_OWN = (
    r"(?![^.]*\b(?:(?:our|its|[\w-]+['\u2019]s)\s+own\b|(?:may|can|will)\s+(?:also\s+)?(?:show|display|"
    r"serve|send)\b"
    # ("…, though Maplewood shows them offers for its premium edition")
    r"|(?:though|although|but|while)\b[^.]*\b(?:shows?|sends?|displays?|serves?)\b))"
)
OTHERS_ADS_KEPT_OUT = (
    r"^\W*no\s+(?:third[- ]party|outside|partner)\s+(?:ad(?:vertising)?\s+networks?|ads|"
    r"advertising|advertisements)\b"
    # "…, and no third-party ads appear in student accounts", "no ads from third parties appear …"
    r"|\bno\s+(?:(?:ads|advertising|advertisements)\s+from\s+(?:third[- ]parties|other\s+companies|"
    r"partners)|(?:third[- ]party|outside|partner)\s+(?:ads|advertising|advertisements))"
    rf"{_APPEAR_IN}"
    rf"|\b(?:do|does|will|shall)\s+not\s+(?:show|display|serve|run|allow)\s+{_OTHERS_ADS}"
    # said of the students: "Student Users do not see third-party advertising in the App",
    # "School Edition accounts never see third-party ads", "Students are never shown …" (not
    # teachers' or staff accounts, nor beside the vendor's own ads: "…, but we may show
    # students ads for our own courses chosen from their activity")
    r"|\b(?:students?|pupils?|children|learners|(?:student|pupil|learner|child|school\s+edition|"
    r"classroom)\s+(?:users?|accounts?|players?))"
    r"(?:\s+(?:using|on|in)\b[^.;,]{0,40}?)?\s+"
    r"(?:(?:do\s+not|don['\u2019]t|never|will\s+(?:not|never)|won['\u2019]t|cannot|can['\u2019]t)\s+"
    rf"(?:see|get|receive)|(?:are|is|will\s+be)\s+(?:never|not)\s+(?:shown|served|sent))\s+{_OTHERS_ADS}"
    rf"{_NOT_BESIDE_ITS_OWN}"
    # ("Classroom Accounts see no third-party ads inside the app", "Accounts created under a
    # Classroom licence see no third-party advertisements during class sessions")
    # (the students', not "Teacher accounts …", nor a paid tier's: "Users on a paid plan see no
    # third-party ads; free accounts are supported by advertising")
    r"|\b(?<!teacher\s)(?<!staff\s)(?<!parent\s)(?<!adult\s)(?<!admin\s)"
    r"(?:students?|pupils?|children|kids|learners|classes|accounts?|users?)\b"
    r"(?![^.;]{0,60}?\b(?:paid|premium|plus|pro|subscrib\w*)\b)[^.;]{0,60}?\s(?:see|gets?|receives?)"
    rf"\s+no\s+{_OTHERS_ADS}{_NOT_BESIDE_ITS_OWN}"
)


def a_sale_ban_only(verdict: Verdict, sentences: Sequence[Sentence]) -> Verdict | None:
    """The verdict when the ban found is on selling or passing on the data for advertising
    ("will not sell Student Data for targeted advertising"), which leaves the use open; None
    when the ban found is not one. A summary's sale ban ("we do not sell student data, we show
    no ads") yields to the use banned later, and to part of a ban beside it."""
    if not (
        verdict.status == "present"
        and verdict.sentence is not None
        and transfer_only(lowered(verdict.sentence))
    ):
        return None
    if (used := data_ban(sentences, described=True)) is not None:
        return present(used, "promises not to use student data for targeted advertising")
    # "KiwiCall shows no advertising of any kind, and we never use students' personal
    # information to target ads on other websites or apps" (present, as readers label it)
    free = ad_free(sentences)  # read once for the three readings below
    elsewhere = data_ban(sentences, described=True, elsewhere_too=True)
    if elsewhere is not None and no_ads_in_the_service(free):
        return present(elsewhere, "shows no advertising in its service and never uses student "
                                  "data to target advertising elsewhere")  # fmt: skip
    # part of a ban beside the sale's, as where no sale is banned: others' ads kept out, no
    # ads shown, or none shown to the students' accounts
    return (
        some_of_the_ban(sentences)
        or ad_free_only(sentences, free)
        or _some_of_the_service_ad_free(free)
        or missing("forbids selling or passing on the data for advertising, not using it",
                   verdict.sentence)
    )  # fmt: skip


def _some_of_the_service_ad_free(free: Verdict | None) -> Verdict | None:
    """ "We do not show ads to anyone signed in to a Student Account" where other accounts
    see ads (:func:`ad_free`'s ``free``, weak): part of a ban (weak)."""
    if free is None or free.status != "weak" or free.sentence is None:
        return None
    return weak(free.sentence, "forbids passing the data on for advertising and keeps ads from "
                               "part of its service, but does not forbid using the data for "
                               "advertising")  # fmt: skip


def some_of_the_ban(sentences: Sequence[Sentence]) -> Verdict | None:
    """Where no ban on using student data for targeted advertising is made, a term that makes
    part of one (weak, as outside readers label it): a law's ban followed, others' advertising
    kept from the students, or a use limit that lets the vendor's own offers go to the
    families ("…, except that the Artist may send one notice
    about the summer camp to the families")."""
    lawful = find(sentences, r"\bcompl\w*", r"\b(?:prohibitions?|restrictions?)\b", ADVERTISING)
    if lawful:  # "will comply with SOPIPA's prohibitions on …"
        return weak(lawful[0], "follows a law's ban on targeted advertising, but makes none")
    others = find(sentences, OTHERS_ADS_KEPT_OUT)
    if others:
        return weak(others[0], "keeps others' advertising from the students, but does not forbid "
                               "its own targeting with their data")  # fmt: skip
    # (its offers after the exception, or the mailings the exception lets through: "will not use
    # roster email addresses to send … promotional mailings, except notices of the Artist's
    # summer capoeira camps")
    # (a limit on the students' data, not "we will not send promotions, except our newsletter")
    offers = next(
        (
            s
            for s in sentences
            if _OF_THE_DATA.search(low := lowered(s))
            and (
                re.search(rf"\bexcept\b[^.;]*(?:{PROMOTES})", low)
                or (
                    re.search(r"\bexcept\b", low)
                    and re.search(PROMOTES, low)
                    and negated(low, r"\buse\b")
                )
            )
        ),
        None,
    )
    if offers is not None:
        return weak(offers, "limits its use of the data, but lets its own offers go to the "
                            "families")  # fmt: skip
    likeness = next(
        (
            s
            for s in sentences
            if _LIKENESS_IN_ADS.search(low := lowered(s)) and negated(low, r"\buse\b")
        ),
        None,
    )
    if likeness is not None:
        why = "keeps the students' names or likenesses out of its advertising"
        return weak(likeness, f"{why}, but does not forbid targeted advertising with their data")
    contacts = find(sentences, _CONTACTS_IN_ADS)
    if contacts and negated(lowered(contacts[0]), r"\buse\b"):
        return weak(contacts[0], "forbids advertising with the students' contact details, not "
                                 "with the rest of their data")  # fmt: skip
    return None


# "The Artist will never use student contact details to advertise to students or families":
# the ban reaches a part of the data only
_CONTACTS_IN_ADS = (
    r"\b(?:students?['\u2019]?s?|pupils?['\u2019]?s?|parents?['\u2019]?s?|famil(?:y|ies)['\u2019]?s?)\s+"
    r"(?:[\w-]+\s+)?(?:contact\s+(?:details|information)|e-?mail\s+address(?:es)?|phone\s+numbers?|"
    r"mailing\s+lists?)\s+(?:to|for)\s+(?:advertis\w*|market\w*|send\s+(?:\w+\s+)?(?:ads|advertising|"
    r"marketing|promotions?))\b"
    # "we do not use their names or email addresses to target ads", "will never sell, rent or
    # use student names or family contact details for mailing lists, fundraising or advertising"
    # ("their" the students' only where they are named before it in the sentence and no other
    # people between: not "Teachers may invite colleagues, and we will not use their names …",
    # "Students may invite their families …, and we will not use their names …")
    r"|(?:\b(?:students?|pupils?)\b(?:(?!\b(?:teachers?|colleagues?|staff|parents?|famil(?:y|ies)|guardians?|users?|members?|donors?)\b)[^.;]){0,120}?"
    r"\btheir|\b(?:students?['\u2019]?s?|pupils?['\u2019]?s?))\s+(?:names?|e-?mail\s+address(?:es)?)"
    r"(?:\s+(?:or|and)\s+(?:family\s+|parents?['\u2019]?\s+)?(?:e-?mail\s+address(?:es)?|contact\s+"
    r"(?:details|information)))?\s+(?:to|for)\s+(?:[\w-]+,?\s+){0,4}?(?:advertis\w*|"
    r"target\w*\s+(?:ads|advertis\w*))"
)


# "I will not use a student's name, face or voice to advertise my concerts unless …", "… in
# advertising unless a parent has signed the media release": the students shown in its ads,
# not their data used to target any
_LIKENESS_IN_ADS = LazyPattern(
    r"\b(?:(?:any|an?|the)\s+(?:student|pupil|child)['\u2019]s|(?:students|pupils|children)['\u2019])"
    r"\s+(?:names?|faces?|voices?|images?|likeness(?:es)?|photo(?:graph)?s?)\b"
    # (not the rest of their data with them: "a student's name or other information")
    r"(?![^.;]{0,20}\bor\s+(?:any\s+)?other\s+(?:information|data)\b)"
    r"[^.;]{0,60}\b(?:to\s+advertis\w*|in\s+(?:any\s+)?advertis\w*)\b"
)


_OF_THE_DATA = LazyPattern(
    r"\b(?:data|information|rosters?|e-?mails?|contact|addresses|details|records|(?:class\s+)?lists?|"
    r"phone\s+numbers?|names)\b"
)


def others_ads_only(promise: Sentence, verdict: Verdict, args: tuple[Any, ...]) -> Verdict | None:
    """A ban every word of which is of others' advertising ("Student accounts never display
    third-party advertising, and we do not use Student Data to target third-party ads"): the
    vendor's own targeted promotions are left open (13, 15(a): weak)."""
    low = lowered(promise)
    ads = re.findall(
        rf"(?:\bthird[- ]party\s+{_THEIR_FORMATS})?\b(?:ads|advertis\w*)\b",
        low,
    )
    if not ads or not all(ad.startswith("third") for ad in ads):
        return None
    # (its own promotions barred beside them: "… or to send students promotions for
    # Maplewood's own courses")
    if re.search(r"\b(?:our|its|[\w-]+['\u2019]s)\s+own\b|\bpromot\w*|\bmarket\w*", low):
        return None
    return weak(promise, f"{verdict.why}, but only of others' advertising")
