"""No sale of student data (15(d)): no selling, renting or trading it, and a merger only to a
successor the same terms bind.

15(d) bans three dealings, and a ban on one or two leaves the rest open; a ban on some buyers
leaves every other sale open; a permission to share is 15(e)'s matter, not an exception to it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..exceptions import broad_exception
from ..lazy_pattern import LazyPattern
from ..lexicon import (
    DATA,
    LEA,
    clause_of,
    find,
    lowered,
    negated,
    next_in_paragraph,
)
from ..reader import Sentence, of_section
from .narrowed import whole
from .registry import Verdict, missing, present, rule, weak
from .successor_terms import AGREES_TO_BE_BOUND, successor_left_unbound

# "will not sell Student Data to advertisers or data brokers": a ban on some buyers leaves
# every other sale open.
_SOME_BUYERS = (
    r"[^.;]{0,60}?\bto\s+(?:\w+\s+){0,2}?(?:advertisers|(?:data )?brokers|marketers|"
    r"ad(?:vertising)? networks|marketing (?:companies|firms|partners))\b"
)


# 15(d) bans three dealings, and a ban on one or two leaves the rest open: "will not sell or
# rent" still lets the vendor trade the data for services. Leasing is renting; bartering and
# exchanging for value are trading; "transfer for (monetary or other) consideration" is all.
_DEALINGS = {
    "sell": r"\b(?:sell\w*|sold|sale)\b",
    "rent": r"\b(?:rent\w*|leas(?:e|es|ed|ing))\b",
    "trade": r"\b(?:trad(?:e|es|ed|ing)|barter\w*|exchang\w*)\b",
}
_HANDS_OVER = (
    r"\b(?:transfer\w*|disclos\w*|provid(?:e|es|ing)|shar(?:e|es|ing)|licens(?:e|es|ing)|"
    r"mak(?:e|es|ing) available|exchang\w*)\b"
)
_FOR_VALUE = (
    r"\bfor (?:monetary |valuable |any )?(?:or other )?(?:valuable )?(?:consideration|value)\b"
)
# The merger exception keeps the successor bound: "a successor that remains subject to these
# terms", "provided the successor agrees to be bound by …".
_SUCCESSOR_BOUND = (
    r"\b(?:bound|subject to|compl\w+ with|assumes?|abides? by|adheres? to|follow\w*|honou?r\w*|"
    r"observ\w*|keeps?|continues? to apply)\b[^.;]{0,60}"
    # ("… continue to be subject to the provisions of the Agreement regarding Student Data"; not
    # "subject to the Agreement until the closing", nor "the Agreement's confidentiality section")
    r"\b(?:the same|these|this|such|the\s+provisions\s+of\s+the\s+(?:agreement|addendum|dpa)\b"
    r"(?![^.;]{0,30}\b(?:for|until)\b)"
    # "… only if the successor remains bound by our agreements with schools"
    r"|(?:our|its|the\s+vendor['\u2019]s)\s+(?:agreements?|contracts?|terms|obligations|"
    r"commitments)\s+(?:with|to)\s+(?:the\s+)?(?:schools?|districts?|customers?|lea))\b"
    # "… in which the successor remains bound under Section 6.2", "… by §§ 4 through 7"
    r"|\bbound\s+(?:under|by|in)\s+(?:(?:sections?|clauses?|articles?|paragraphs?)\s+|§+\s*)\d+"
)
# The successor asked, not bound: "Tallyhall will ask the successor to honor this Agreement".
_ASKED_ONLY = LazyPattern(
    # (the vendor's asking, not the school's)
    r"\b(?:contractor|we|i|it)\s+(?:will\s+|shall\s+|may\s+|would\s+)?(?:ask|request|encourage|"
    r"urge|seek|try|endeavou?r|use\s+(?:\w+\s+){0,2}?efforts)\w*\s+"
    r"(?:[\w-]+\s+){0,3}?to\s+(?:honou?r|be\s+bound|abide|comply|assume|keep|follow|observe)\b"
)
# A permission to share is 15(e)'s matter, not an exception to the ban on sale: "will not
# sell Student Data, but may share it with its Affiliates".
_SHARING_TOO = LazyPattern(r"\bbut may (?:share|disclose|provide|transfer|make)\b.*")


@rule("R15d", over_all_the_data=True)
@whole
def never_sells_rents_or_trades_student_data(sentences: Sequence[Sentence]) -> Verdict:
    verb = r"\b(?:sell\w*|sold|rent\w*|trad(?:e|es|ing)|leas(?:e|es|ed|ing)|monetiz\w*)\b"
    banned: set[str] = set()
    first: Sentence | None = None
    intended: Sentence | None = None
    all_three: Sentence | None = None
    for sentence in find(sentences, rf"{verb}|{_FOR_VALUE}", rf"{DATA}|{_PRONOUN}"):
        low = lowered(sentence)
        for_value = re.search(_FOR_VALUE, low) is not None and negated(low, _HANDS_OVER)
        # (an intention is no ban: "We have no plans to rent or trade student data either")
        plans = _NO_PLANS.search(low)
        if plans and not negated(low[: plans.start()], verb):
            intended = intended or sentence
            continue
        if not (negated(low, verb) or for_value):
            continue
        if not (re.search(DATA, low) or _follows(first, sentence)):
            continue
        narrow = _narrow_sale_ban(low, verb)
        if narrow is not None:
            return weak(sentence, narrow)
        first = first or sentence
        own = set(_DEALINGS) if for_value else _dealings_banned(low)
        # the evidence is the ban of all three where one sentence makes it
        all_three = all_three or (sentence if own == set(_DEALINGS) else None)
        banned |= own
    if first is not None:
        # (the ban's excepted sections read too: "Transfers described in Section 13.3 are not a
        # sale", where 13.3 lets an affiliate or an unbound successor have the data)
        unbound = _successor_unbound(sentences) or successor_left_unbound(
            all_three or first, sentences
        )
        if unbound is not None:
            return weak(unbound, "lets the data pass to a successor not bound by the same terms")
        if banned != set(_DEALINGS):
            left = " or ".join(sorted(set(_DEALINGS) - banned, reverse=True))
            return weak(first, f"forbids some dealings in the data, but not to {left} it")
        return present(all_three or first, "does not sell, rent or trade student data")
    if intended is not None:
        return weak(intended, "says it has no plans to sell, rent or trade the data, but forbids "
                              "none of it")  # fmt: skip
    permitted = find(sentences, verb, DATA)
    if permitted:
        return missing("allows selling data rather than forbidding it", permitted[0])
    return missing("nothing forbids selling, renting or trading student data")


_NO_PLANS = LazyPattern(r"\bno\s+(?:current\s+)?(?:plans?|intention)\s+to\b")
# The ban's next sentence may name the data by a pronoun: "We don't rent it or trade it".
_PRONOUN = r"\b(?:it|them|such data|this data)\b"
_MERGER = r"\b(?:merger|merges?|acquisition|acquired|successor|sale of (?:all|substantially))"


def _follows(first: Sentence | None, sentence: Sentence) -> bool:
    """Whether ``sentence`` comes right after the ban ``first``, in its paragraph."""
    return first is not None and sentence.paragraph == first.paragraph and sentence is not first


_TRANSFER = (
    r"\b(?:transferr?\w*|pass\w*|sold|assign\w*)\b"
    r"|\b(?:shar(?:e|es|ed|ing)|disclos\w*)\b[^.;]{0,40}\b(?:with|to)\s+(?:a|an|the|any)\s+"
    r"(?:buyer|purchaser|acquirer)|\b(?:buyer|purchaser|acquirer|successor)\s+may\s+receive\b"
    # a case of a list of disclosures: "We may disclose information, including Student Data:
    # (a) …; or (d) in connection with a merger, acquisition, financing or sale of … assets"
    # (in the items after the list's colon, or in the clause's own words; bounded, so that a
    # long sentence is read in linear time)
    r"|\b(?:shar(?:e|es|ed|ing)|disclos\w*)\b(?:[^.:;]{0,200}:[^.]{0,600}?|[^.;]{0,200}?)\bin\s+"
    r"connection\s+with\s+(?:a|an|any|the)\s+(?:proposed\s+|actual\s+)?(?:merger|acquisition|"
    r"sale|reorgani[sz]ation|financing)\b"
)
# A merger's own item that passes nothing to a successor: the data deleted first, or told to
# the school, or given to the vendor's advisers in the deal.
_NOTHING_PASSES = LazyPattern(
    rf"\b(?:delete|destroy)\w*\b|\b(?:disclos\w*|shar\w*)\s+to\s+(?:the\s+)?{LEA}\b"
    r"|\badvis[eo]rs\b|\bauditors\b"
)
# What terms for schools call the data they hold: "your information may be transferred".
_USERS_INFORMATION = r"\b(?:your|users['\u2019]?|user)\s+(?:information|data)\b"


def _successor_unbound(sentences: Sequence[Sentence]) -> Sentence | None:
    """A sentence that lets the data pass to a successor in a merger without keeping it bound
    by the same terms ("If we are acquired, Student Data may be transferred to the buyer"):
    the exception 15(d) allows only for a successor that continues to be subject to them."""
    # ("We share information: … with a buyer or successor if we are involved in a merger")
    for sentence in find(sentences, _MERGER, _TRANSFER, rf"{DATA}|{_USERS_INFORMATION}"):
        low = lowered(sentence)
        if re.search(r"\bassign\w* (?:this|the) (?:agreement|contract)", low):
            continue  # the whole contract goes, and binds the assignee
        merger = re.search(_MERGER, low)
        following = next_in_paragraph(sentences, sentence)
        if (
            merger is not None
            # (or the next sentence of its paragraph: "Any successor will be bound by this
            # Agreement.")
            and not (following and re.search(_SUCCESSOR_BOUND, lowered(following)))
            and not _NOTHING_PASSES.search(clause_of(low, _MERGER))
            and (
                not re.search(_SUCCESSOR_BOUND, low[merger.start() :])
                or _ASKED_ONLY.search(low[merger.start() :])
            )
            # "… will not be transferred unless the School first consents in writing"
            and not negated(low, _TRANSFER)
            and not _bound_in_the_section_named(sentences, low)
        ):
            return sentence
    return None


# "… to a successor in a merger permitted by Section 13.4": that section's terms for it
_PERMITTED_BY_SECTION = LazyPattern(
    r"\b(?:permitted|allowed|provided for|described)\s+(?:by|in|under)\s+section\s+(\d+(?:\.\d+)*)"
)


def _bound_in_the_section_named(sentences: Sequence[Sentence], low: str) -> bool:
    """Whether the merger the sentence allows is the one a section it names allows, and that
    section keeps the successor bound ("… provided the successor agrees in writing to be bound
    by this Agreement")."""
    named = _PERMITTED_BY_SECTION.search(low)
    return named is not None and any(
        AGREES_TO_BE_BOUND.search(lowered(s)) for s in of_section(sentences, named.group(1))
    )


def _narrow_sale_ban(low: str, verb: str) -> str | None:
    """Why a ban on selling is narrower than 15(d)'s, or None: de-identified data excepted,
    only some buyers or only for advertising, a broad exception, or a merger exception that
    does not keep the successor bound by the same terms."""
    if re.search(r"\bexcept\b[^.]{0,80}\b(?:de-?identified|aggregate)", low):
        return "promises not to sell, except de-identified data"
    if re.search(verb + _SOME_BUYERS, low):
        return "forbids selling only to some buyers, not selling as such"
    if re.search(
        verb + r"(?:[^.;]{0,60}\b(?:to enable|for the purposes? of|in order to)|"
        r"\s+(?:[\w-]+\s+){0,3}?for)\s+(?:\w+\s+)?(?:targeted )?(?:advertis|marketing)|"
        r"\bfor (?:their|its|his|her) (?:own )?(?:marketing|advertising)",
        low,
    ):
        return "forbids selling only for advertising, not selling as such"
    clause = _SHARING_TOO.sub("", clause_of(low, verb))
    if broad_exception(clause):
        return "promises not to sell, but with a broad exception"
    merger = re.search(r"\b(?:merger|acquisition|successor|sale of (?:all|substantially))", clause)
    if merger and not re.search(_SUCCESSOR_BOUND, clause[merger.start() :]):
        return "allows a sale to a successor without keeping it bound by the same terms"
    return None


def _dealings_banned(low: str) -> set[str]:
    """Which of selling, renting and trading the sentence denies."""
    return {name for name, word in _DEALINGS.items() if negated(low, word)}
