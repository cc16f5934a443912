"""What an operator may use student information for (U1): the regulation's permitted uses,
which a vendor's grant of uses must stay within (U2's de-identified data are
:mod:`.de_identified`'s). A grant is read by what it names ("to maintain and improve the Service",
"for adaptive learning") and by what it lets in ("sponsored content from our partners").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..exceptions import NO_EXCEPTION_AFTER
from ..lazy_pattern import LazyPattern
from ..lexicon import (
    DATA,
    DISCLOSED_IN,
    ELSEWHERE,
    LEA,
    NO_ONE,
    PROVIDER,
    PURPOSES_ELSEWHERE,
    SPONSORED_FOR_THE_STUDENT,
    THE_VENDORS,
    clause_of,
    find,
    lowered,
    negated,
)
from ..reader import Sentence
from .ad_house import HOUSE_ADS_BY_USE
from .contracts_purposes import VENDORS_DATASET
from .marketing import MARKETING, MARKETS_TO_FAMILIES, SENDS, new_product_notices
from .narrowed import whole
from .registry import Verdict, missing, present, rule, weak
from .use_lists import with_its_list, with_uses_spelled_out

# "The purposes authorized under this Licence are: (a) …", "The authorized purposes are:",
# "These purposes are:": a grant, as a list of uses
_PURPOSES_ARE = (
    # ("5.2 The purposes authorized are: (a) …", "… authorized by the School are:", "The
    # authorized uses are:", "Permitted purposes are as follows:")
    r"\b(?:purposes|uses)\s+(?:authori[sz]ed|permitted)\s+(?:(?:under|by)\s+(?:this|the)\s+\w+\s+)?"
    r"are(?:\s+as\s+follows)?\s*:"
    r"|\b(?:authori[sz]ed|permitted)\s+(?:purposes|uses)\s+are(?:\s+as\s+follows)?\s*:"
    r"|\b(?:the|these|those|its|our)\s+(?:authori[sz]ed\s+|permitted\s+)?purposes\s+are"
    r"(?:\s+to)?\s*:"
)
# "may use", "Contractor uses", "licence to", or that list
_GRANT = LazyPattern(
    rf"\b(?:may|can|will|shall|we)\s+(?:only\s+|also\s+)?(?:use|process)\b|{PROVIDER}\s+"
    # (not a glossary's "a party … who Provider uses for data collection")
    r"(?:only\s+|also\s+)?(?:uses|processes)\s+(?:the\s+|all\s+|such\s+)?"
    r"(?:(?!(?:for|to|in|on|with|as)\b)[\w-]+\s+){0,2}?"
    r"(?:data|information|records)\b|\blicen[cs]e to\b"
    # "Customer authorizes Bastionpoint to use Event Data …"
    # (not "Nothing in this Agreement permits Maplewood to use …")
    rf"|^(?!.*\b(?:nothing|not|never|no)\b).*?\b(?:authori[sz]es?|permits?)\s+(?:the\s+)?"
    rf"{PROVIDER}\s+to\s+(?:use|process)\b|" + _PURPOSES_ARE
)


# U1's recommendations and responses must not be bought: "including sponsored content from
# our partners" lets a third party pay for what a student is shown.
_PAID = LazyPattern(
    r"\b(?:sponsored|paid (?:placements?|promotions?|content)|promoted (?:content|products?)|"
    r"advertisers?['\u2019]? (?:content|products?)|featured (?:content|products?|titles?)\b"
    r"[^.;]{0,40}\bpartners?)\b"
)
# Places others pay for among what the service shows the students: "Partners who purchase
# Featured placement are shown first in these recommendations", "Spotlight titles, which
# participating publishers sponsor", "Featured Quizzes from our publishing partners" (U1(3)).
_PAID_PLACEMENT = LazyPattern(
    # (what the students are shown, not "sponsored offers" in the parents' payment app)
    # (read from the sentence's start: a search from every position is quadratic in its length)
    r"^(?=.*\b(?:recommend\w*|suggest\w*|search\w*|students?|learners?|pupils?|"
    r"(?:reading|book) lists?|results)\b)"
    # a payer and a place bought ("Partners who purchase Featured placement", "publishers may
    # pay to have their titles appear first"), not the student's fee for a seat
    r".*(?:\b(?:pay|pays|paid|purchas\w*|compensat\w*)\b[^.;]{0,80}\b(?:featured|spotlight|"
    r"promoted|premium|preferred|first|at the top)\b"
    r"|\b(?:featured|spotlight|promoted|premium|preferred)\b[^.;]{0,80}\b(?:pay|pays|paid|"
    r"purchas\w*|compensat\w*)\b"
    # content a commercial party sponsors: "Spotlight titles, which participating publishers
    # sponsor", "sponsored listings", "Featured Quizzes from our publishing partners"
    r"|\b(?:publishers?|advertisers?|brands?)\b[^.;]{0,20}\bsponsor\w*"
    r"|\bsponsored\s+(?:content|titles?|listings?|results|items|quizzes|books|products|lessons)\b"
    r"|\bfeatured\s+[\w-]+\s+from\s+(?:our\s+|its\s+)?(?:publishing|content|advertising)\s+"
    r"partners\b)"
)
# A place no one may buy: "publishers cannot purchase featured placement", "chosen without
# regard to whether any publisher has paid", "free of sponsored titles".
_UNBOUGHT = LazyPattern(
    r"\b(?:no|not|never|cannot|can['\u2019]t|without regard|free of|exclud\w*|regardless)\b"
    # "Nobody pays us to place a suggestion, and we don't accept sponsored content" (not
    # "…, except our Featured Partners")
    rf"|\b(?:nobody|no\s+one)\b{NO_EXCEPTION_AFTER}"
    r"|n['\u2019]t\s+(?:accept|take|sell|allow)\s+(?:any\s+)?(?:sponsored|paid|promoted)\b"
)
# U1(3) allows recommendations only where no third party pays for them; a grant that
# recommends "content, products and services" and never says so lets the payment in.
_RECOMMENDS = r"\brecommend\w*"
# The data must be what is used: "practices that use technologies" uses none.
_USED = (
    # "may use parent and guardian contact information" (not "the District's billing contact
    # information": the school's, not the students')
    rf"\b(?:us(?:e|es|ed|ing)|process\w*|licen[cs]e|host)\s+"
    rf"(?:(?!{LEA}['\u2019]s?\b)[\w,'\u2019]+\s+){{0,4}}?"
    rf"(?:{DATA}|(?:student )?information|records|recordings|transcripts|it|them)\b"
    # "may use contributor names, graduating year and contact details"
    rf"|\b(?:us(?:e|es|ed|ing)|process\w*)\s+(?:[\w,'\u2019]+\s+){{0,6}}?contact\s+details\b"
    rf"|{DATA}\s+(?:may|will|shall|is|are)\s+(?:only\s+)?(?:be\s+)?used\b"
)
# Uses added by the vendor's policy: "to provide the Course, and as otherwise described in the
# Privacy Policy", "… to improve and develop it, and as described in our Privacy Policy".
_OTHERWISE = (
    rf"\b(?:and|or)\s+as\s+(?:otherwise\s+)?(?:set (?:out|forth)|described|provided|permitted)\s+"
    rf"(?:in|by|under)\s+(?:{THE_VENDORS}\s+(?:[\w'\u2019-]+\s+){{0,3}}?(?:policy|policies|notice|"
    r"statement|terms(?:\s+and\s+conditions)?|terms\s+of\s+(?:use|service))|the\s+"
    r"(?:[\w'\u2019-]+\s+){0,2}?(?:privacy\s+(?:policy|notice|statement)|terms\s+of\s+(?:use|service)))\b"
)
# The verb of a grant, denied or not: "may use", "will not process".
_USES = r"\b(?:us(?:e|es|ed|ing)|process\w*)\b"
_UNPAID = r"\b(?:paid|pays?|payment|consideration|sponsor\w*|compensat\w*)\b"


# The vendor's own policy, by its name for it (not "a written notice from the District").
_ITS_OWN_POLICY = (
    r"\b(?:as\s+)?(?:described|explained|set\s+(?:out|forth)|provided|governed)\s+(?:in|by)\s+"
    # ("… as described in these Terms and in our Privacy Policy", "… in the Agreement and our
    # Privacy Policy", "… in these Terms of Use and in our Privacy Notice")
    r"(?:(?:these|this|the)\s+(?:terms(?:\s+of\s+(?:use|service))?|agreement)\s+(?:and|or)\s+"
    r"(?:in\s+)?)?"
    r"(?:our|its|the)\s+(?:[\w'\u2019-]+\s+){0,2}?(?:privacy\s+(?:policy|notice|statement)|"
    r"terms\s+of\s+(?:use|service))\b"
)


@rule("U1", of_use=True)
@whole
def says_what_student_information_may_be_used_for(sentences: Sequence[Sentence]) -> Verdict:
    # "support" alone is no use of the data: "the Platform and related support", "repair
    # support" name a service, not what the data serve.
    uses = (
        r"\b(?:adaptive|adapt|personali[sz]\w*|customi[sz]\w*|tailor\w*|maintain\w*|"
        r"improv\w*|evaluat\w*|diagnos\w*|fix|fix(?:es|ing)\s+(?:\w+\s+){0,2}bugs|troubleshoot\w*|"
        r"recommend\w*|respond\w* to|adjust\w*\s+(?:the\s+)?difficulty|"
        r"correct(?:s|ing)?\s+errors)\b"
        # … but supporting the service is: "only to provide, secure and support the Service"
        r"|\bsupport(?:s|ed|ing)?\s+(?:the|its|our)\s+(?:services?|platform|app|software|system|"
        r"product)\b(?!['\u2019]s|\s*-|\s+(?:sales|team|analytics|growth|app)\b)"
    )
    # (the uses may be spelled out in the sentence after the grant: "In practice that means:
    # hosting accounts, …, fixing bugs")
    found = [
        s
        for s in find(sentences, _USED)
        if re.search(uses, with_uses_spelled_out(sentences, s), re.IGNORECASE)
        and not _a_limits_case(lowered(s))
    ]
    # A use beyond the four decides wherever it stands: "only to provide the Services" in one
    # section, "to develop new features and products" in the next. Then the grant itself
    # ("Operator may use Student Information …") before a sentence that mentions a use in
    # passing ("provided the recipient … uses it to improve …").
    # So does a use left to a vendor's policy, in a sentence of its own (for 15(c), which
    # limits collection, the outside labels differ, and it is read there only in the limit).
    beyond = uses_beyond_the_four(sentences)
    beyond += [s for s in find(sentences, MARKETS_TO_FAMILIES) if not negated(s.text, SENDS)]
    # its own products promoted to the students, picked by their use (:mod:`.ad_house`)
    beyond += [s for s in find(sentences, HOUSE_ADS_BY_USE.pattern) if s not in beyond]
    beyond += [
        s
        for s in find(sentences, _USED, rf"{PURPOSES_ELSEWHERE}|{_OTHERWISE}")
        if not negated(lowered(s), _USES)
    ]
    # … or the use itself: "uses Student Data as described in the Halvorsen Privacy Notice"
    # ("We use Student Data to provide the Service to you and your School, as described in
    # these Terms and in our Privacy Policy")
    beyond += [
        s
        for s in find(sentences, _USED, rf"{ELSEWHERE}|{_ITS_OWN_POLICY}")
        if re.search(rf"(?:{_USED})[^.;]{{0,100}}(?:{_ITS_OWN_POLICY})", lowered(s))
        and not negated(lowered(s), _USES)
        # the vendor's use, not another's ("Any use of Customer Data by the Manufacturer is
        # governed by the Privacy Policy")
        and not re.search(rf"\buse\b[^.;]{{0,40}}\bby\s+(?:the\s+)?(?!{PROVIDER})\w+", lowered(s))
        and s not in beyond
    ]
    found += [s for s in find(sentences, _PURPOSES_ARE) if s not in found]
    found += [s for s in beyond if s not in found]
    found.sort(key=lambda s: (s not in beyond, _GRANT.search(lowered(s)) is None))
    if found and (sponsored := find(sentences, SPONSORED_FOR_THE_STUDENT)):
        return weak(sponsored[0], "lets sponsors' content be picked by what it knows of the "
                                  "students: a use beyond the four")  # fmt: skip
    if found and (excepted := _an_exception_beyond(sentences)) is not None:
        return excepted
    notices = new_product_notices(sentences)
    if found and notices:
        return weak(notices[0], "lets the vendor tell account holders about its new products: "
                                "a use beyond the four")  # fmt: skip
    paid = next((s for s in sentences if _PAID_PLACEMENT.search(low := lowered(s))
                 and not _UNBOUGHT.search(low)), None)  # fmt: skip
    if paid is not None:
        return weak(paid, "lets third parties pay for a place in what it shows students: a use "
                          "beyond the four")  # fmt: skip
    for sentence in found:
        low = with_its_list(sentences, sentence)  # "(i) to maintain …; (iv) any purpose"
        if not _uses_identified(low):
            continue  # that is U2
        # (a permission said as a denial is no denial: "Section 3.1(a) does not restrict
        # Lumenfold from using Student Data: …")
        if negated(_NOT_RESTRICTED.sub(" ", low), _USES):
            continue
        if _vendors_document(low) or re.search(PURPOSES_ELSEWHERE, low):
            # The uses stay open to whatever the policy later says: broader than the four.
            return weak(sentence, "leaves what else student information may serve to a "
                                  "document the vendor writes")  # fmt: skip
        if _PAID.search(low) and not negated(low, _PAID.pattern):
            return weak(sentence, "lets third parties pay for what it recommends to students")
        marketed = re.search(MARKETING, low) and not negated(low, MARKETING)
        for_others = _FOR_OTHERS.search(low) and not negated(low, _FOR_OTHERS.pattern)
        if marketed or HOUSE_ADS_BY_USE.search(low) or for_others:
            return weak(sentence, "uses student information beyond the four permitted uses")
        # the proviso must be the recommendations' own: "(c) recommendation engines …; and
        # (d) to respond …, provided such response is not … paid for" bars (d)'s only
        recommending = clause_of(low, _RECOMMENDS)
        if re.search(_RECOMMENDS, low) and not _payment_barred(sentences, sentence, recommending):
            return weak(sentence, "recommends to students, but never bars recommendations that "
                                  "third parties pay for")  # fmt: skip
        return present(sentence, "says for what the operator may use student information")
    return missing("does not say for what the operator may use student information")


def _an_exception_beyond(sentences: Sequence[Sentence]) -> Verdict | None:
    """Weak for a use limit whose exception opens onto the vendor's own policy ("We will not
    use Student Data for any purpose other than providing the Service, except … as disclosed
    in the MatGrid Privacy Policy") or names a use beyond the four ("… except as reasonably
    needed for its legitimate business operations, including … product analytics")."""
    opened = [
        s for s in find(sentences, _USED, rf"\bexcept\b[^.;]*(?:{ELSEWHERE}|{DISCLOSED_IN})")
        if _vendors_document(lowered(s)) or re.search(DISCLOSED_IN, lowered(s))
    ]  # fmt: skip
    if opened:
        return weak(opened[0], "leaves what else student information may serve to a document the "
                               "vendor writes")  # fmt: skip
    for sentence in find(sentences, _USED, r"\bexcept\b"):
        if _use_limits_exception(lowered(sentence)):
            return weak(sentence, "limits its use of student information, but its exception "
                                  "reaches uses beyond the four")  # fmt: skip
    return None


def _use_limits_exception(low: str) -> bool:
    """Whether a use limit's own exception names a use beyond the four: in the clause that
    carries the "except" (not another item of a list, "(d) sell … except … in a merger; or (e)
    use …", nor a disclosure limit beside it, "…, and shall not disclose it except …"), the
    vendor's own ends (not "research" alone, a use the school directs or approves, data that
    name no one, nor a purpose as wide as the law: "… for any other purpose permitted by
    applicable law")."""
    return any(
        _its_exception_reaches_beyond(item)
        for item in low.split(";")
        if re.search(r"\bexcept\b", item)
    )


# "… for any other purpose permitted by applicable law": as wide as the law, which the
# development labels read as the four (not "any other purpose Contractor deems appropriate")
_AS_WIDE_AS_THE_LAW = LazyPattern(r"any\b[^.;]{0,40}\bpermitted\s+by\s+(?:applicable\s+)?law")


def _its_exception_reaches_beyond(item: str) -> bool:
    """:func:`_use_limits_exception` for one item of a list, which holds an "except"."""
    limit, exception = re.split(r"\bexcept\b", item, maxsplit=1)
    limit = re.split(r",\s*(?:and|but)\s+", limit)[-1]
    named = any(
        not found.group(0).startswith("research")
        and not _AS_WIDE_AS_THE_LAW.match(exception, found.start())
        for found in re.finditer(MARKETING, exception)
    )
    return (
        negated(item, _USES)
        and re.search(r"\b(?:use|uses|using)\b", limit) is not None
        and named
        and not negated(exception, MARKETING)
        and not re.search(rf"{LEA}|{NO_ONE}|\bno\s+student\s+data\b", exception)
    )


def _a_limits_case(low: str) -> bool:
    """A disclosure limit's case, where the recipient uses the data ("shall not disclose …
    unless … the recipient uses it to improve the operability", "may disclose … only to
    service providers that use it to …"): no use granted the vendor."""
    return _RECIPIENTS_USE.search(low) is not None and not _GRANT.search(low)


_RECIPIENTS_USE = LazyPattern(
    r"\b(?:not|never)\s+(?:\w+\s+)?disclos\w*"
    r"|\bdisclos\w*\b[^.;]{0,80}\bonly\s+to\b[^.;]{0,80}\b(?:that|who|which)\s+uses?\b"
    r"|\bprovided\s+(?:that\s+)?(?:the|each|any|such)\s+(?:recipient|third\s+part(?:y|ies)|"
    r"[\w-]+)\s+uses?\b"
    r"|\bdisclosures?\b[^.;]{0,40}?\b(?:is|are|shall\s+be)\s+limited\s+to\b[^.;]{0,80}\b(?:that|who|which)\s+"
    r"uses?\b"
)


def _vendors_document(low: str) -> bool:
    """Whether the uses are left to a document the vendor writes: its policy, not the
    school's ("described in the District's Data Governance Policy")."""
    return any(
        not re.search(rf"{LEA}['\u2019]s?\s", found.group(0))
        for found in re.finditer(ELSEWHERE, low)
    ) or bool(re.search(_ITS_OWN_POLICY, low))


def uses_beyond_the_four(sentences: Sequence[Sentence]) -> list[Sentence]:
    """The grants of identified student information for a use none of the four permits
    ("and to develop new products and services"): U1's worst reading, and uses beyond
    15(c)'s school purposes too."""
    return [s for s in find(sentences, _USED) if _beyond_the_four(sentences, s)]


def _beyond_the_four(sentences: Sequence[Sentence], sentence: Sentence) -> bool:
    """Whether a grant of identified student information (with its list) names a use none of
    the four permits, and does not deny it. A disclosure limit's cases (15(e)'s "for any
    purpose other than") grant no use."""
    own = lowered(sentence)
    if _GRANT.search(own) is None or re.search(r"\bdisclos\w*", own):
        return False
    low = with_its_list(sentences, sentence)
    beyond = re.search(MARKETING, low) is not None and not negated(low, MARKETING)
    return beyond and _uses_identified(low) and not negated(low, _USES)


def _uses_identified(low: str) -> bool:
    """Whether a grant uses data that identify students: "may use Customer Data to …, and to
    create Aggregated Data" does, "may use de-identified data to …" does not (that is U2)."""
    # the data used, with what the clause made of them first ("may create De-identified
    # Data and may use it …"): all of it before a word that points back ("it", "them",
    # "such data sets"), else the words just before
    used = [
        low[: found.end()]
        if re.search(r"\b(?:it|them|such)\b", found.group(0))
        else low[max(0, found.start() - 80) : found.end()]
        for found in re.finditer(_USED, low)
    ]
    # a list of purposes ("Those purposes are: …") names no data: read it whole
    return any(not re.search(NO_ONE, text) for text in used or [low])


def _payment_barred(sentences: Sequence[Sentence], sentence: Sentence, grant: str) -> bool:
    """Whether the grant (with its list), or one of the next two sentences, denies that
    recommendations are paid for ("not determined in whole or in part by payment", "no third
    party pays")."""
    at = sentences.index(sentence)
    return any(
        (re.search(_UNPAID, low) and negated(low, _UNPAID)) or _NOBODY_PAYS.search(low)
        for low in (grant, *(lowered(s) for s in sentences[at + 1 : at + 3]))
    )


# "Nobody pays us to place a suggestion": the payment denied by its payer.
_NOBODY_PAYS = LazyPattern(rf"\b(?:nobody|no\s+one)\s+(?:ever\s+)?pays\b{NO_EXCEPTION_AFTER}")


# What the data build for others: "… training the models we license to other publishers"
# … or for others' ends: "to contribute Observations to the Open River Dataset", "to support our
# restoration partners' monitoring programs"
_FOR_OTHERS = LazyPattern(
    r"\b(?:licen[cs]e|sell)\w*\s+to\s+(?:other|third[- ]part)\w*"
    r"|\b(?:contribut|shar|upload|submit)\w*\b[^.;]{0,60}\b(?:open|public)\b[^.;]{0,30}\b(?:dataset|"
    r"data\s+set|database)\b"
    # ("add a class's observations to the City Sparrow Census", "contribute counts to the
    # Winter Flock Dataset", "include each class's sightings in the City Bird Census")
    rf"|\b(?:add|contribut|includ|feed|publish|pool)\w*\b[^.;]{{0,60}}\b(?:to|in|into)\s+"
    rf"{VENDORS_DATASET}"
    # (not the schools themselves: "our school partners' instructional programs")
    r"|\bto\s+support\s+(?:our|its|the)\s+(?!(?:school|district|customer|education)\b)"
    r"(?:[\w-]+\s+){0,2}?partners\b"
    r"|\bto\s+support\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?programs?\s+of\s+(?:our\s+|its\s+)?partner\b"
)
_NOT_RESTRICTED = LazyPattern(
    # ("… shall not be construed to restrict Maplewood from using …", "… is not intended to limit
    # Maplewood's use of …")
    r"\b(?:does|do|shall|will|is|are)\s+not\s+(?:be\s+construed\s+to\s+|intended\s+to\s+)?"
    r"(?:restrict|prohibit|prevent|limit|preclude)\s+[^.;]{0,40}?\b(?:from\s+|use\s+of\s+)"
)
