"""Use of student data only for the contract's purposes (3).

Collection only for school purposes (15(c)) is :mod:`.collection`'s, and reads the further
purposes and uses beyond the school's in :mod:`.contracts_purposes`, as this module does; no
sale (15(d)) is :mod:`.sale`'s, disclosure (15(e)) :mod:`.disclosure`'s, an operator's
permitted uses (U1, U2) :mod:`.permitted_uses`'s, advertising :mod:`.advertising`'s. Most
are prohibitions, read by their polarity: "only for the Services" is a limit, "may use it for
its own purposes" is not, and "except as required to operate the service" can swallow a
promise whole.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..lazy_pattern import LazyPattern
from ..lexicon import (
    DATA,
    EFFORT_WORDS,
    ELSEWHERE,
    OF_NO_ONE_ALONE,
    PROVIDER,
    PURPOSES_ELSEWHERE,
    after_a_disclosure,
    find,
    lowered,
    negated,
    next_in_paragraph,
)
from ..reader import Sentence, of_section
from .contracts_purposes import (
    CONTRACTS_PURPOSE,
    OWN_SECTION,
    VENDORS_OWN_PURPOSES,
    beyond_the_service,
)
from .free_use import used_freely
from .marketing import MARKETING
from .narrowed import shortfall, whole
from .registry import Verdict, missing, present, rule, weak, weakened
from .use_limits import firm_denial, opened_denial, use_limit

# The data as a service's own terms name them: "the information we collect".
_WHAT_IT_COLLECTS = (
    r"\b(?:personal\s+)?information\s+(?:that\s+)?(?:we|it)\s+collects?\b"
    r"(?![^.;]*\b(?:visitors?|websites?|marketing)\b)"
)


@rule("R3", of_use=True)
@whole
@weakened(used_freely)
def data_used_only_for_the_contracted_purposes(sentences: Sequence[Sentence]) -> Verdict:
    return _within_its_own_section(_use_limited(sentences), sentences)


def _use_limited(sentences: Sequence[Sentence]) -> Verdict:
    # "legal process" processes nothing.
    # "access" is a use of the data only with the data its object: "limiting access to the
    # team" uses nothing.
    verb = (
        # not the noun: "subject only to the use limits", "and for the uses described in …"
        r"(?<!\bthe )(?<!\bits )(?<!\bsuch )(?<!\bother )"
        # (nor the effort spent on a duty: "will use reasonable efforts to delete …")
        rf"\b(?:us(?:e|es|ed|ing)(?!\s+(?:its\s+|our\s+)?{EFFORT_WORDS}\b)|(?<!legal )process\w*|"
        # (the data handled, not "never handle a stinging insect", nor "handle data requests")
        r"handl\w*(?=(?:\s+of)?\s+(?!(?:[\w'\u2019-]+\s+){0,3}?(?:complaints?|requests?|questions|"
        rf"quer(?:y|ies)|enquir(?:y|ies)|inquir(?:y|ies))\b)(?:[\w'\u2019-]+\s+){{0,4}}?(?:{DATA}|records|"
        r"information|pii|names|grades|it|them)\b(?!\s+(?:requests?|migrations?|imports?|exports?|"
        r"quer(?:y|ies)|questions|complaints|feeds?|sync\w*)\b))|access(?:es|ed|ing)?\s+"
        r"(?:the\s+|such\s+|any\s+)?(?:student\s+)?(?:data|records|information))\b"
    )
    # ("We use the information we collect as described in our Privacy Policy."; the
    # de-identified data's uses are U2's)
    elsewhere = [
        s
        for s in (
            *find(sentences, verb, DATA, ELSEWHERE),
            *find(sentences, verb, _WHAT_IT_COLLECTS, ELSEWHERE),
            *find(sentences, verb, PURPOSES_ELSEWHERE),
            *_set_apart(sentences),
        )
        if not OF_NO_ONE_ALONE.search(lowered(s))
    ]
    if elsewhere:
        return weak(elsewhere[0], "leaves the use of the data to a document outside the contract")
    told = find(sentences, verb, _AS_IT_TELLS)
    if told:
        return weak(told[0], "uses the data for whatever else the vendor tells the school later")
    denied = [
        s
        for s in find(
            sentences, verb, rf"\bpurpose|{_THE_CONTRACTS_ALONE}|{CONTRACTS_PURPOSE.pattern}"
        )
        if negated(s.text, verb) and not _AD_BAN_ONLY.search(lowered(s))
    ]
    firm = firm_denial(denied, verb)
    # A limit that is the vendor's own use, not a condition on a recipient's (15(e)'s).
    limits = [
        use_limit(s, "uses the data only for the contracted purposes")
        for s in find(sentences, verb, _ONLY_LIMIT.pattern)
        if _NAMES_WHAT_IT_USES.search(low := lowered(s))
        and not after_a_disclosure(low, verb)
        and not _PEOPLES_OWN_USE.search(low)
        and not _CHANGES_AGREED.search(low)
        and not _FORM_LABEL.search(low)
        and _ONLY_LIMIT.search(_ONLY_WHOSE.sub(" ", low))  # not whose data alone
    ]
    for verdict in limits:
        if verdict.status == "present":
            continue
        if (
            firm is not None
            and verdict.sentence is not None
            and not VENDORS_OWN_PURPOSES.search(lowered(verdict.sentence))
        ):
            return firm  # the contract's purposes, listed broadly: U1's to judge
        return verdict  # one limit with a broad exception opens the rest
    # a denial of other uses that the vendor's own judgement opens ("Irbis will not use
    # Student Data for any purpose other than providing the Services …, except where Irbis
    # reasonably determines that a use is compatible …") opens the limit stated elsewhere
    opened = next((v for v in map(opened_denial, denied) if v is not None), None)
    if limits and opened is not None:
        return opened
    if limits:
        # a whole limit anywhere in the paper, not the first one met, if that one holds for
        # some only: "Player accounts for students under 13 may be created only … for use
        # under Customer's direction" beside "shall not use Student Data for any purpose
        # other than those authorized by this Agreement"
        whole_ones = [
            v
            for v in (*limits, firm)
            if v is not None and v.sentence is not None and shortfall(v.sentence.text) is None
        ]
        return whole_ones[0] if whole_ones else limits[0]
    if firm is not None:
        return firm
    if denied:
        return use_limit(denied[0], "does not use the data for other purposes")
    mostly = [
        s
        for s in find(sentences, verb, DATA, _MOSTLY)
        if not negated(s.text, verb) and not _NO_OTHER_PURPOSE.search(lowered(s))
    ]
    if mostly:
        return weak(mostly[0], "uses the data mainly, not only, for the contract's purposes")
    granted = find(sentences, rf"\bmay\s+(?:\w+\s+)?{verb}", DATA, _AUTHORIZED)
    if granted:
        return weak(granted[0], "lets the vendor use the data for the contract's purposes, but "
                                "does not forbid other uses")  # fmt: skip
    return _uses_stated(sentences) or missing(
        "does not limit its use of the data to the contract's purposes"
    )


def _uses_stated(sentences: Sequence[Sentence]) -> Verdict | None:
    """The uses of the data listed with no "only": a limit where the sentence after closes the
    list ("We do not use it for anything else"), a statement of uses short of one otherwise."""
    stated = find(sentences, _STATES_ITS_USES.pattern)
    if not stated or any(_ITS_OWN_ENDS.search(lowered(s)) for s in stated):
        return None
    closed = next((s for s in stated if _nothing_else_after(s, sentences)), None)
    # (a closed list that names a use of the vendor's own: "… and to improve our other titles")
    if closed is not None and not re.search(MARKETING, lowered(closed)):
        return present(closed, "uses the data only for the purposes it lists")
    return weak(stated[0], "says what it uses the data for, but does not limit its use to "
                           "those purposes")  # fmt: skip


# The vendor's own account of its uses, no limit: "I use student information for the workshop
# and for related purposes you would reasonably expect", "Hearken will collect and use Customer
# Data to provide the Services and as otherwise permitted by this Agreement".
_STATES_ITS_USES = LazyPattern(
    rf"^\W*(?:[\d.]+\s+)?(?:{PROVIDER}|i)\s+(?:will\s+|shall\s+)?(?:collect\w*\s+and\s+)?uses?\s+"
    rf"(?:the\s+|such\s+)?(?:{DATA}|(?:participant|camper|player)s?['\u2019]?\s+(?:information|"
    r"details))[^.;]{0,60}?\b(?:to|for)\b"
)
# … unless the uses it states are its own business, or any at all, which says the opposite of
# a limit (as outside readers label "We use information to operate, promote and improve Quoin").
_ITS_OWN_ENDS = LazyPattern(
    # (improving the service is among the uses the regulation permits: not "quality improvement")
    r"\b(?:develop\w*\s+(?:new|other|its|our|additional)|market\w*|promot\w*|advertis\w*|news|business|"
    r"personali[sz]\w*|other\s+(?:[\w-]+\s+)?(?:events|programs?|courses|offers)|"
    r"lawful|publi(?:sh|cation)\w*|research\w*|scientific|analytics|commercial|"
    r"any\s+(?:other\s+)?purposes?|own\s+purposes?|permitted\s+by\s+law)\b"
)


# The words of a limit on use (not how the students are named: "provided students are
# identified by first name only").
_ONLY_LIMIT = LazyPattern(
    r"(?:(?<!first name )(?<!first names )(?<!initials )|(?=only\s+(?:to|for)\b))"
    r"\b(?:only|solely|exclusively|sole purpose|no other purpose|no purpose other than|"
    r"not for any other purpose)\b"
)
# An "only" that says whose data, not for what: "may use short excerpts on its website and social
# media, but only of students whom the Host has marked as cleared"
_ONLY_WHOSE = LazyPattern(
    r"\bonly\s+(?:of|from)\s+(?:the\s+)?(?:students?|pupils?|children|participants|those)\s+"
    # (any participle: the students the data come from, "only from students enrolled in …")
    r"(?:who|whom|whose|that|[\w-]+ed)\b"
    # … or who works an account, not for what: "keep the order spreadsheet in a
    # password-protected account used only by our fair staff"
    r"|\b(?:account|folder|drive|system|device|laptop|computer|cabinet|case)s?\s+(?:that\s+is\s+|"
    r"which\s+is\s+)?used\s+only\s+by\b"
)


# A limit on a use of something that may be the students' information, by a name for it or
# a pronoun (not "We use wet-cleaning methods only").
_NAMES_WHAT_IT_USES = LazyPattern(
    rf"{DATA}|\b(?:information|info|records?|rosters?|lists?|notes|files?|extracts?|"
    r"(?:client|customer|school|student|course)\s+materials?|content|submissions?|details|names|"
    r"grades|scores|images|clips|photo(?:graph)?s|videos?|recordings?|it|them|everything|"
    r"whatever|anything)\b|\bstudents?['\u2019]|\bstudent\s+\w+"
    # "what students share with me"
    r"|\bwhat\s+(?:students|pupils|children|they|the\s+school|you)\s+(?:share|shares|tell|tells|give|gives|"
    r"send|sends|provide|provides)\b"
)
# Purposes the vendor adds by telling the school: "or as we otherwise tell the district when we
# collect it".
_AS_IT_TELLS = (
    r"\bas\s+(?:we|(?:the\s+)?(?:contractor|provider)|it)\s+(?:may\s+)?otherwise\s+"
    r"(?:tell|notify|inform|disclose to|describe to)\b"
)
# The contract's purposes as the main ones, not the only ones: "will use Student Data primarily
# to provide the Services".
_MOSTLY = (
    # (not the service described: "which are designed primarily for teachers")
    r"(?<!designed )(?<!intended )(?<!built )(?<!meant )"
    r"\b(?:primarily|mainly|principally|chiefly|largely|mostly)\s+(?:to|for|in order to)\b"
)
# "… for anything other than what these terms allow", "… than the talk you book with us"
_THE_CONTRACTS_ALONE = (
    r"\banything\s+other\s+than\s+(?:what\s+)?(?:these|this|the)\s+(?:terms|agreement|contract|"
    r"letter|talk|workshops?|sessions?|program(?:me)?|visit|services?"
    # ("… for anything other than the assembly and workshops described in your booking")
    r"|assembl(?:y|ies)|residency|performances?|concerts?|lessons?|classes|engagement|recitals?|"
    r"field\s+trips?|tours?|camps?|clinics?|demonstrations?)\b"
)
_NO_OTHER_PURPOSE = LazyPattern(r"\b(?:no|any) other purposes?\b")
_LIST_LEFT_OPEN = LazyPattern(r"(?:,|\band|\bfor|\bthe)\s*$")


def _set_apart(sentences: Sequence[Sentence]) -> list[Sentence]:
    """The last item of a list of uses the reader set apart, sending the rest to a policy:
    "We use the roster only to …, and for the" / "other purposes described in our Privacy
    Policy." (not a sentence of its own: "Other purposes … do not apply to Student Data")."""
    return [
        sentence
        for at, sentence in enumerate(sentences)
        if at
        and _LIST_LEFT_OPEN.search(sentences[at - 1].text)
        and re.match(rf"^\W*{PURPOSES_ELSEWHERE}", lowered(sentence))
    ]


# The users' use of the service, not the vendor's of the data: "Students under 13 may only use
# the Services through a School account", "… use Penwick Studio only through a School account".
_NOT_THE_DATA = (
    r"(?!(?:the\s+|such\s+|any\s+|their\s+)?(?:student\s+)?(?:data|information|records)\b)"
)
_PEOPLES_OWN_USE = LazyPattern(
    r"\b(?:students?|users?|children|pupils?|parents?|teachers?)\b(?:\s+[\w-]+){0,3}\s+"
    rf"(?:(?:may|can|must)\s+only\s+use\s+{_NOT_THE_DATA}|(?:(?:may|can|must)\s+)?use\s+"
    rf"{_NOT_THE_DATA}(?:[\w-]+\s+){{1,3}}?only\s+(?:through|via|with|under|in|from|on|by)\b)"
)


# A form's label, not a limit: "Operator use only — date received: __".
_FORM_LABEL = LazyPattern(
    r"\b(?:office|operator|provider|vendor|internal|official|staff|administrative)\s+use\s+only"
    # (not "for Provider use only, solely to provide the Services")
    r"\s*(?:[\u2014\u2013:-]|_{2,}|$)"
)
# How the terms change, not how the data are used: "material changes to how we handle
# Student Data apply only with the School's agreement".
_CHANGES_AGREED = LazyPattern(
    r"\bchanges?\b[^.;]{0,80}\bonly\s+(?:with|upon|after|on)\s+(?:the\s+)?(?:[\w'\u2019-]+\s+)?"
    r"(?:agreement|consent|approval|acceptance)\b"
)


# A ban on targeted advertising that names the school's purposes only in passing ("… shall
# not use Student Data for Targeted Advertising … acquired through the Services for School
# Purposes") denies one use, not every use beyond the contract's.
_AD_BAN_ONLY = LazyPattern(
    r"^(?!.*\b(?:(?:any|other|no)\s+(?:\w+\s+){0,2}?purposes?|except|other than|only|solely)\b)"
    r".*\bfor\s+targeted\s+advertising\b"
)


# "Provider may use Student Data for the purposes authorized in this Agreement": a grant in
# the contract's terms, not a limit.
_AUTHORIZED = (
    r"\b(?:authori[sz]ed|permitted|set (?:out|forth)|described)\s+(?:in|by|under)\s+"
    r"(?:this|the)\s+(?:agreement|addendum|dpa|contract)\b"
)


def _within_its_own_section(verdict: Verdict, sentences: Sequence[Sentence]) -> Verdict:
    """A limit whose exception names a section of the contract ("except as stated in Section
    3.4") is whole when that section is there and each use it grants serves the service itself
    ("to provide, maintain, support and improve the Services"), or de-identified data; a section
    not found, or one that grants any other use (a teaching reel, model training, partners'
    offers), leaves it weak."""
    limit = verdict.sentence
    found = (
        OWN_SECTION.search(limit.text.casefold()) if limit and verdict.status == "weak" else None
    )
    if limit is None or found is None:
        return verdict
    number = found.group("named") or found.group("this")
    section = [s for s in of_section(sentences, number) if s is not limit and not s.heading]
    beyond = [s for s in section if beyond_the_service(lowered(s))]
    rest = replace(limit, text=limit.text[: found.start()] + limit.text[found.end() :])
    if not section or beyond or use_limit(rest, "").status != "present":
        return verdict
    return present(limit, f"uses the data only for the contracted purposes and those its own "
                          f"section {number} lists")  # fmt: skip


# The list closed by the sentence after it: "We use student information to run … We do not
# use it for anything else."
_NOTHING_ELSE = LazyPattern(
    r"^\W*(?:(?:we|contractor)\s+(?:(?:do|does|will|shall)\s+not|don['\u2019]t|doesn['\u2019]t|won['\u2019]t|"
    r"never)\s+use\s+(?:it|them|that|this|(?:the|such)\s+(?:data|information))|(?:it|they|the\s+data)\s+"
    r"(?:is|are)\s+(?:not|never)\s+used)\s+for\s+(?:anything|any\s+other\s+purpose)\s*(?:else)?\W*$"
)


def _nothing_else_after(stated: Sentence, sentences: Sequence[Sentence]) -> bool:
    """Whether the sentence after ``stated``, in its paragraph, denies every other use."""
    after = next_in_paragraph(sentences, stated)
    return after is not None and _NOTHING_ELSE.search(lowered(after)) is not None
