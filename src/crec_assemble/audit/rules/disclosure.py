"""Disclosure only in the six cases of 15(e): the school's purposes (A), the law (B), a
court (C), safety (D), a service provider bound by three conditions (E) and a student's or
parent's own request (F).

A limit on disclosure is read with its exceptions, item by item: "shall not disclose …
unless: (i) …; (ii) …" and "shares Student Data only with …" are both limits, and each
exception must be one the regulation allows. A service provider is one only when it is
bound (i) to use the data only for the contracted service, (ii) not to pass it on and (iii)
to keep it secure. A ban on disclosure for one purpose ("to enable targeted advertising")
or to one place ("outside the United States") limits nothing else.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..exceptions import SAVE, broad_exception
from ..lazy_pattern import LazyPattern
from ..lexicon import LEA, PROVIDER, THE_VENDORS, find, lowered, negated
from ..reader import Sentence, of_section
from .disclosure_limits import A_LAW_PERMITS, DISCLOSES, answers, limits
from .disclosure_lists import joined, with_conditions, with_items
from .disclosure_told import ADULTS_DATA, sharing_told
from .excepted_sections import AS_THE_AGREEMENT_PERMITS, wider_grant
from .narrowed import whole
from .registry import Verdict, missing, present, rule, weak
from .successor_terms import successor_left_unbound

_EXCEPTIONS = LazyPattern(rf"\b(?:unless|except|other than|{SAVE}|only)\b")
# The items of the exceptions' list; a service provider's conditions "(i) … (ii) …" are one
# item's.
_ITEM = LazyPattern(
    r";\s*(?:and\s+|or\s+)?"
    # "except to publishers as needed to deliver titles, and as required by law": two cases
    r"|,\s*(?:and|or)\s+(?=(?:as|when|where|if)\s+(?:\w+\s+)?(?:required|permitted|necessary)\b)"
    # "except as authorized by the Service Agreement, to Subprocessors bound under Article II":
    # the service providers are a case of their own
    r"|,\s*(?:and\s+|or\s+)?(?=to\s+(?:its\s+|our\s+|the\s+)?(?:service\s+providers?|"
    r"sub-?processors?|sub-?contractors?)\b)"
    # "to any person other than the District, except (a) as required by law …, and (b) by
    # publishing on the live scoreboard …": the list after the school
    r"|,\s*(?=except\b)"
    # a list of cases by their marks: "unless the disclosure is made: (i) in furtherance of School
    # Purposes, …, or (vii) as otherwise required or permitted by applicable law" (a case's own
    # conditions, "(i) prohibits …, (ii) …", are joined again by with_conditions)
    r"|(?:,\s*(?:and\s+|or\s+)?|(?<=:)\s*)(?=\((?:i{1,3}|iv|vi{0,3}|ix|x)\)\s)"
)
# … each of its lettered cases a case of its own (not a service provider's lettered
# conditions, "contractually required (a) to use it only …, and (c) to keep it secure")
_LETTERED_CASES = LazyPattern(r"^\W*except\s+\(a\)\s")
_NEXT_LETTER = LazyPattern(r",?\s*(?:and|or)\s+(?=\([b-h]\)\s)")
_ALLOWED = LazyPattern(
    # the school, not a third party of the school's ("to the School's insurance carrier")
    # (nor a field of what is disclosed: "the performer's display name and school", "each
    # reader's school and display name")
    rf"(?<!\bname\sand\s)(?<!\bname,\s)(?<!\bnames\sand\s)(?<!\bnames,\s)"
    rf"{LEA}(?!['\u2019]s\s+(?:[\w-]+\s+)?(?:insurers?|insurance|carriers?|brokers?)\b)"
    r"(?!\s+and\s+(?:display\s+)?names?\b)"
    r"|\b(?:parents?|guardians?)\b|\bas (?:this|the) (?:agreement|addendum|dpa|contract) "
    r"(?:permits|allows|provides)\b"
    # "except as permitted by Section 4.2": the section's own list is judged where it stands
    r"|\bas (?:permitted|provided|allowed|set out) (?:by|in|under) (?:section|article|clause|"
    r"paragraph)\s*\d"
    r"|\b(?:law|laws|statute|regulations?|legal process|subpoena|court|judicial|law enforcement|"
    # case (B): "to ensure legal or regulatory compliance or to take precautions against
    # liability"
    r"regulatory compliance|precautions against liability|"
    r"safety|integrity|security of|school purposes?|requested by (?:a|an|the)\s+(?:student|"
    r"parent)|student'?s? (?:own )?request|(?:written )?(?:consent|direction|instructions?)s? of "
    r"the|directed (?:or permitted )?by|as (?:the )?(?:district|lea|school|board|customer|crec) "
    r"(?:directs|instructs|authori[sz]es)|permitted (?:by|under) this|successor|merger)\b"
)
_THE_SCHOOL = r"(?:the )?(?:lea|district|school|board|customer|crec|institution)\b"
_OTHER_LAW = LazyPattern(
    # ("… except as permitted by Section 9 (Confidentiality) of the MSA")
    r"\b(?:section|§)\s*\d+[\w.()-]*(?:\s*\([^)]{0,40}\))? of (?!this\b)"
    r"|\bas (?:otherwise )?permitted by (?!this\b|(?:section|article|clause|paragraph)\s*\d)"
    rf"(?!{_THE_SCHOOL})"
    # what a law merely permits is no case of the six
    rf"|{A_LAW_PERMITS}"
)
# "other than as directed or permitted by the LEA": a permission, unlike a written direction,
# need be no school purpose, so it reaches beyond the six cases (as six of seven outside
# writers labelled the NDPA's clause).
_SCHOOL_PERMITS = LazyPattern(rf"\bpermitted by {_THE_SCHOOL}")
_SERVICE_PROVIDER = LazyPattern(
    r"\b(?:service providers?|sub-?processors?|sub-?contractors?|vendors?(?!['\u2019]s\b)|"
    r"entit(?:y|ies) (?:hired|engaged|retained|(?:\w+ ){0,2}?(?:hires|engages|retains))|"
    r"(?:contractors|third parties|agents) (?:that|who|which) (?:provide|"
    r"perform|help)|hosting providers?)\b"
)
_BOUND_ALIKE = LazyPattern(
    r"\b(?:bound by|subject to)\s+(?:the same|these|this|obligations (?:at least as|no less)|"
    r"terms (?:at least as|no less))|\bbound (?:in writing )?(?:under|by) (?:section|article|"
    r"clause|paragraph)\b"
)
_CONDITIONS = {
    "to use the data only for the service": (
        r"\b(?:only|solely)\s+(?:to|for|as)\b|\bother than\b|\banything else\b|\bany other purpose"
        # ("forbid them to use it for anything but their service to us", not "… but advertising")
        r"|\b(?:anything|nothing)\s+but\s+(?:their|its|the|providing)\s+(?:[\w-]+\s+)?services?\b"
        r"|\b(?:use|using)\s+(?:it|them|the\s+data)\s+except\s+(?:for|to\s+provide)\s+(?:their|its|"
        r"the)\s+(?:[\w-]+\s+)?services?\b"
        # "terms that restrict their use of Student Data to providing services to us"
        r"|\b(?:restrict|limit)\w*\s+(?:the\s+)?(?:their|its|[\w-]+['\u2019]s)\s+use\b"
    ),
    "not to pass it on": (
        r"(?:further|re-?|subsequent|onward)[\s-]*(?:disclos|shar|transfer)|\b(?:disclos|shar)\w*"
        r"[^.;]{0,60}\b(?:subsequent|other|further|any) third|\bpass\w* (?:it|them|the data|"
        r"student data) on\b|\b(?:disclos|shar|transferr?)\w*\s+(?:\w+\s+){0,2}?further\b"
        # "prohibit them from disclosing it to any other party", "… to anyone else"
        r"|\b(?:disclos|shar|pass)\w*[^.;]{0,40}\b(?:any\s+other\s+(?:part(?:y|ies)|persons?|"
        r"one|entit(?:y|ies))|anyone else|any one else|anybody else)\b"
    ),
    "to keep it secure": r"\bsecur\w*|\bsafeguard|\bprotect\w*|\bconfidential",
}


def _flaw(text: str, bound_elsewhere: bool = False) -> str | None:
    """Why the limit's exceptions go beyond the six cases, or None. ``bound_elsewhere``: the
    document binds its service providers to the three conditions in a clause of their own
    ("Each Subprocessor agreement shall (i) … (ii) … (iii) …")."""
    start = _EXCEPTIONS.search(text)
    if start is None:
        return None
    unbound = None
    pieces = [
        case
        for piece in _ITEM.split(text[start.end() :])
        for case in (_NEXT_LETTER.split(piece) if _LETTERED_CASES.match(piece) else [piece])
    ]
    for piece in with_conditions(pieces):
        if piece.rstrip().endswith(":"):
            continue  # the list's lead-in: "unless the disclosure is made:"
        item = re.sub(r"^\W*\(\w{1,4}\)\s*", "", piece).strip(" ,.:")
        if not re.search(r"\w{3,}", item) or re.fullmatch(r"(?:or|and)\b.{0,3}", item):
            continue
        flaw = _item_flaw(item, bound_elsewhere)
        if flaw is not None and flaw.startswith(_UNBOUND):
            unbound = unbound or flaw  # a case beyond the six, if any, says more
        elif flaw is not None:
            return flaw
    return unbound


_UNBOUND = "lets service providers have the data without binding them "
_AFFILIATES = "discloses to its affiliates, not only in the six cases"
_OTHER_LAWS_CASES = "discloses as another law permits, not only in the six cases"
_SCHOOLS_SAY = "discloses whatever the school permits, not only in the six cases"
_RESEARCH = "discloses to researchers, not only in the six cases"
_OWN_RIGHTS_WHY = "discloses to protect its own rights or property, not only in the six cases"
_EXCEPTIONS_BEYOND = "limits disclosure, but with exceptions beyond the six cases"
# Flaws that name a recipient or a purpose beyond the six cases.
_RECIPIENTS_BEYOND = frozenset(
    {_AFFILIATES, _OTHER_LAWS_CASES, _SCHOOLS_SAY, _RESEARCH, _OWN_RIGHTS_WHY}
)
# "to protect the rights, property or safety of Acme", "to protect our rights, privacy, safety
# or property": the vendor's own rights and property are none of the six cases (the safety of
# users is; precautions against liability are). Not "of its students", "of users or others".
_PROTECTED = r"(?:(?:legal\s+)?rights?|property|privacy|safety)"
_OWN_RIGHTS = LazyPattern(
    rf"\bprotect\w*\s+{THE_VENDORS}\s+(?:{_PROTECTED},?\s+(?:and\s+|or\s+)?)"
    r"{0,3}?(?:rights?|property)\b"
    rf"|\bprotect\w*\s+(?:the\s+)?(?:{_PROTECTED},?\s+(?:and\s+|or\s+)?){{1,3}}?{_PROTECTED}\s+of\s+"
    rf"(?:the\s+)?(?:{PROVIDER}|us)\b"
)
_TO_AFFILIATES = LazyPattern(
    # "(e) to Acme's corporate affiliates for customer support", "to corporate affiliates"
    r"\b(?:to|with)\s+(?:(?:its|our|their|(?:the\s+)?[\w&.-]+['\u2019]s)\s+(?:own\s+|corporate\s+)?|"
    r"corporate\s+)affiliates\b"
)


def _item_flaw(item: str, bound_elsewhere: bool) -> str | None:
    """Why one exception of the list goes beyond the six cases, or None."""
    if _FURTHERANCE.search(item):
        return None  # case (A): to improve the service's operability and functionality
    if _SERVICE_PROVIDER.search(item):
        if _BOUND_ALIKE.search(item) or bound_elsewhere:
            return None
        left = [why for why, cue in _CONDITIONS.items() if not re.search(cue, item)]
        if left:
            return _UNBOUND + (" or ".join(left))
        return None
    if _OTHER_LAW.search(item):
        return _OTHER_LAWS_CASES
    if _SCHOOL_PERMITS.search(item):
        return _SCHOOLS_SAY
    if _OWN_RIGHTS.search(item):
        return _OWN_RIGHTS_WHY
    if _TO_AFFILIATES.search(item) and not negated(item, _TO_AFFILIATES.pattern):
        # "to Phonara's affiliates, for the purposes in Section C.3": none of the six cases
        return _AFFILIATES
    if _RESEARCHERS.search(item) and not re.search(r"\b(?:law|laws|statute)\b", item):
        # "to a researcher approved in writing by CREC": research only as a law requires
        return _RESEARCH
    if not _ALLOWED.search(item):
        return _EXCEPTIONS_BEYOND
    return None


_RESEARCHERS = LazyPattern(r"\bresearch(?:ers?|\s+partners?)\b")
# Case (A): "in furtherance of the school purposes", "to improve operability and functionality".
_FURTHERANCE = LazyPattern(r"\bin furtherance of\b|\boperability\b")


def _conditions_of_their_own(sentences: Sequence[Sentence]) -> bool:
    """Whether a clause of its own binds the service providers to all three conditions."""
    return any(
        _SERVICE_PROVIDER.search(low := lowered(s))
        and re.search(r"\b(?:agreements?|contracts?|terms)\b", low)
        and all(re.search(cue, low) for cue in _CONDITIONS.values())
        for s in sentences
    )


_PURPOSE = LazyPattern(
    r"\b(?:to (?:provide|support|operate|deliver|maintain|improve)|for the purposes? of|"
    r"in order to|solely|only)\b"
)
# A grant that reaches anyone at all: "or with any other person with the consent of …".
_ANYONE = LazyPattern(
    r"\b(?:with|to)\s+(?:any\s+(?:other\s+)?(?:person|one|entity|third part(?:y|ies))|anyone)\b"
)
_BAN_WITH_EXCEPTIONS = LazyPattern(
    r"\b(?:not|never)\s+(?:\w+\s+){0,2}?(?:disclose|share|transfer|provide)\b[^.]{0,120}?"
    r"\bexcept\b"
)
_TO_ADVERTISERS_OR_ANYONE = LazyPattern(
    # (not data that identify no one: "with advertising partners in aggregated or
    # pseudonymous form")
    rf"{_ANYONE.pattern}|\b(?:advertis\w*|marketing|marketers?)\b(?!\s+(?:\w+\s+){{0,2}}?in\s+"
    r"(?:(?:aggregated?|de-?identified|pseudonymous|anonymi[sz]ed)\s+(?:or|and)\s+)?"
    r"(?:aggregated?|de-?identified|pseudonymous|anonymi[sz]ed)\s+form)"
    # "to third parties" unqualified, not "with third parties that host the Service"
    r"|\b(?:to|with)\s+(?:other\s+)?third[- ]parties\b(?!\s+(?:that|who|which)\b)"
)
_LAWFUL = (
    r"\b(?:required by law|law enforcement|subpoena|court order|legal process|"
    r"comply with (?:the )?law|judicial)\b"
)


_ADDS_ONLY = LazyPattern(
    r"\bnot in (?:place|lieu) of\b|\bnothing in this (?:exhibit|addendum|rider|schedule) limits\b"
)
_ALL_THE_DATA = LazyPattern(r"\bstudent (?:data|information|records)\b|\bpersonally identifiable\b")


def _connecticut_wins(
    sentences: Sequence[Sentence], flaws: Sequence[tuple[Sentence, str | None]], wider: Sentence
) -> bool:
    """Whether a Connecticut section's flawless limit on the student data wins over the
    general terms' ``wider`` one: not when the section says it adds to them and replaces
    nothing ("in addition to, and not in place of, the Standard Clauses")."""
    return (
        not wider.connecticut
        and any(
            flaw is None and s.connecticut and _ALL_THE_DATA.search(lowered(s)) for s, flaw in flaws
        )
        and not any(_ADDS_ONLY.search(lowered(s)) for s in sentences)
    )


def _judged_limits(
    sentences: Sequence[Sentence], flaws: Sequence[tuple[Sentence, str | None]], read: set[int]
) -> Verdict:
    """The verdict on the limits found, each with its flaw or None: one that names a recipient
    beyond the six cases (its affiliates, whoever the school or another law permits,
    researchers) opens the rest; else the first flawless one decides, unless another term
    shares more widely, or a Connecticut section's flawless limit stands beside it, which
    wins where it differs. (A limit flawed otherwise may be about a means or a place, or leave
    service providers unbound whose conditions stand in a clause the reader did not join.)"""
    beyond = next(((s, f) for s, f in flaws if f in _RECIPIENTS_BEYOND), None)
    if beyond is not None and not _connecticut_wins(sentences, flaws, beyond[0]):
        return weak(*beyond)
    # a limit whose exception names a section ("except as permitted in Section 10.2") has the
    # flaw of what that section lets out
    resolved = [(s, f or _flaw_of_the_named_section(s, flaws, sentences)) for s, f in flaws]
    # (a limit that lets recipients in beyond the six, not one whose conditions stand apart)
    flawed = any(flaw == _EXCEPTIONS_BEYOND for _, flaw in resolved)
    for sentence, flaw in resolved:
        if flaw is not None:
            continue
        if flawed and (
            AS_THE_AGREEMENT_PERMITS.search(low := lowered(sentence))
            or _AS_THE_SECTION_PERMITS.search(low)
        ):
            # "… except as this Agreement permits": as its other, flawed limit does; "…, except
            # as permitted by Section 6", where the reader did not number that section's list
            continue
        if (successor := successor_left_unbound(sentence, sentences)) is not None:
            return weak(successor, "lets a merger's successor have the data unbound by its terms")
        wider = wider_grant(sentences, read)
        if wider is not None:
            why = "another term lets it share with affiliates or partners"
            return weak(wider, f"discloses student data only in the permitted cases, but {why}")
        return present(sentence, "discloses student data only in the permitted cases")
    sentence, flaw = next(((s, f) for s, f in resolved if f), resolved[0])
    return weak(sentence, flaw or "")


# "… or (e) disclose Student Data except as permitted in Section 10.2", "… except to Sub
# processors …, and as described in clause 3.4": some of the cases are that section's.
_AS_THE_SECTION_PERMITS = LazyPattern(
    r"\b(?:except|other than|save|and|or)\s+as\s+(?:otherwise\s+)?(?:permitted|provided|allowed|"
    r"set (?:out|forth)|described)\s+(?:by|in|under)\s+(?:sections?|clauses?)\s+(\d+(?:\.\d+)*)"
)


def _flaw_of_the_named_section(
    sentence: Sentence, flaws: Sequence[tuple[Sentence, str | None]], sentences: Sequence[Sentence]
) -> str | None:
    """The flaw of the limit in the section ``sentence``'s exception names (None when it is
    flawless), or, when that section limits nothing, that it lets in what it describes."""
    named = _AS_THE_SECTION_PERMITS.search(lowered(sentence))
    if named is None:
        return None
    number = named.group(1)
    limits = [
        flaw
        for other, flaw in flaws
        if other is not sentence and f"{other.section}.".startswith(f"{number}.")
    ]
    if limits:
        return next((flaw for flaw in limits if flaw), None)
    # a section that lets the data out as no exception of the regulation's does ("the other
    # institution's Similarity Report shows the matching passage …"; not one that binds a
    # successor, or follows the law)
    lets_out = [
        low
        for low in (lowered(s) for s in of_section(sentences, number) if not s.heading)
        if re.search(rf"{DISCLOSES}|\b(?:shows?|displays?|receives?)\b", low)
        and not negated(low, DISCLOSES)
    ]
    # a list of cases is read case by case, as a limit's own are; prose by what it allows
    cases = " ".join(lets_out)
    if lets_out and (
        _flaw(f"shall not disclose student data except {cases}") is not None
        if re.search(r"\(\w{1,3}\)", cases)
        else any(broad_exception(f"except {low}") for low in lets_out)
    ):
        return f"discloses as section {number} describes, which limits nothing"
    return None


@rule("R15e")
@whole
def discloses_only_in_the_permitted_cases(sentences: Sequence[Sentence]) -> Verdict:
    flaws: list[tuple[Sentence, str | None]] = []
    read: set[int] = set()
    narrow: list[Sentence] = []
    bound_elsewhere = _conditions_of_their_own(sentences)
    for sentence in [*limits(sentences, narrow), *answers(sentences)]:
        if id(sentence) in read:
            continue
        group = with_items(sentences, sentence)
        read.update(id(s) for s in group)
        flaws.append((sentence, _flaw(joined(group), bound_elsewhere)))
    if flaws:
        return _judged_limits(sentences, flaws, read)
    if narrow:
        return weak(narrow[0], "forbids disclosure for one purpose, or to one kind of recipient, "
                               "only: not disclosure as such")  # fmt: skip
    broad = find(sentences, DISCLOSES, r"\b(?:affiliates|partners|third parties)\b")
    if broad:
        # A grant that at least names what the sharing is for limits something; one with no
        # purpose at all says the opposite of the requirement.
        limited = [
            b for b in broad if _PURPOSE.search(lowered(b)) and not _ANYONE.search(lowered(b))
        ]
        if limited:
            return weak(limited[0], "shares student data more widely than the six permitted cases")
        # With advertisers or anyone at all: the opposite of the requirement; but a ban whose
        # exceptions reach them ("will not disclose … except (a) to Subprocessors …; (c) to
        # protect the rights … of anyone") is a limit with exceptions beyond the six cases (with
        # the vendor's affiliates or helpers and no purpose: wider, but a list of who).
        opposite = [b for b in broad if _TO_ADVERTISERS_OR_ANYONE.search(lowered(b))]
        if opposite and _BAN_WITH_EXCEPTIONS.search(lowered(opposite[0])):
            return weak(opposite[0], "limits disclosure, but with exceptions that reach "
                                     "advertisers or anyone")  # fmt: skip
        # A grant, however wide, is 15(e)'s "exception beyond" the six cases, as outside
        # readers label it: weak, not missing; a denial ("does not share de-identified
        # Student Data with third parties") grants and limits nothing of the student data.
        grants = [b for b in opposite if not negated(lowered(b), DISCLOSES)
                  and not re.search(ADULTS_DATA, lowered(b))]  # fmt: skip
        if grants:
            return weak(grants[0], "allows sharing student data with advertisers or anyone, and "
                                   "forbids nothing")  # fmt: skip
        if opposite:
            return missing("nothing limits disclosure of student data")
        return weak(broad[0], "allows sharing student data beyond the six permitted cases, "
                              "and forbids nothing")  # fmt: skip
    legal = find(sentences, DISCLOSES, _LAWFUL)
    if legal:
        return weak(legal[0], "names when it must disclose, but does not forbid the rest")
    return sharing_told(sentences) or missing("nothing limits disclosure of student data")
