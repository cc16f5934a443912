"""Whose the data are: provision 1.

The school owns the student data (1); students own what they create (11,
:mod:`.students_content`). A vendor's claim to own either is a gap, not a silence. Who may see
and correct the data (4) is :mod:`.review`'s.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..exceptions import broad_exception
from ..lazy_pattern import LazyPattern
from ..lexicon import (
    DATA,
    ELSEWHERE,
    LEA,
    NO_ONE,
    OPENING_NOTWITHSTANDING,
    OWNS,
    PROVIDER,
    find,
    lowered,
    negated,
)
from ..reader import Sentence
from .content_owners import ONLY, WHOSE
from .content_shared import BROAD_LICENCE, content_licensed_for_good, lasting_grant_in_section
from .content_words import CONTENT, USER_CONTENT
from .derived_data import OWN_CLAUSE, derived_data_claimed, its_own_wares
from .free_use import recordings_owned
from .licence_back import LASTING_LICENCE, licence_over_that_data
from .narrowed import lasting
from .registry import Verdict, missing, present, rule, weak, weakened
from .schools_data import (
    DEICTIC,
    NAMED_DATA,
    NOT_OURS,
    SCHOOLS_DATA,
    STAY_THE_SCHOOLS,
    vendor_named,
)

# "to protect the rights, property or safety of …": no one's ownership of the data.
_SAFETY = LazyPattern(r"\brights?,?\s+property,?\s+(?:or|and)\s+safety\b")
# A claim over data that identify no one is not a claim over student data.
_VENDOR_CLAIM = (
    rf"{PROVIDER}\s+(?:shall |will |alone )?(?:owns?|retains? (?:all )?(?:rights?|"
    rf"ownership|title))\b(?:(?!{NO_ONE}){OWN_CLAUSE}){{0,40}}?{DATA}"
)


# The data said to be someone's by their own noun: "… remain the information of the School",
# "Your school remains the owner of student data" (not "the owner of all devices")
_OWNER_OF = (
    # ("the Customer is and remains the owner of all Customer Personal Data")
    rf"(?:the\s+|your\s+)?{LEA}\s+(?:shall |will )?(?:is\s+and\s+)?(?:remains?|is|stays?|be)\s+"
    r"the\s+"
    r"(?:(?:sole|exclusive)\s+)?owner\s+of\s+(?:all\s+(?:rights?|right,\s+title\s+and\s+interest)\s+in\s+"
    r"(?:and\s+to\s+)?)?(?:all\s+|any\s+|the\s+|its\s+)?"
    # (not "the owner of the data center equipment")
    rf"(?!data\s+(?:cent|equipment|hardware|servers?)\w*)"
    # ("… the owner of all Customer Personal Data")
    rf"(?:(?:customer|client|school|district)\s+(?=personal\s))?(?:{SCHOOLS_DATA})"
)
_INFORMATION_OF = r"\b(?:remains?|stays?)\s+the\s+(?:information|data|records)\s+of\s+"
_STUDENTS_OR_FAMILIES = r"(?:students?|pupils?|parents?|guardians?|families|learners?)"


@rule("R1", over_all_the_data=True, of_ownership=True)
@lasting
@weakened(recordings_owned)
@weakened(content_licensed_for_good)
def student_data_stay_the_schools(sentences: Sequence[Sentence]) -> Verdict:
    stays: Sentence | None = None
    claims: list[tuple[Sentence, str]] = []
    for sentence in find(
        sentences,
        rf"{OWNS}|\bcontrol(?:led|ler)?\b|{STAY_THE_SCHOOLS.pattern}|{NOT_OURS.pattern}"
        rf"|{_INFORMATION_OF}",
        # (a list the school gives disclaimed outright: "Your participant list remains yours;
        # we make no claim to it"; not "Team rosters are the property of the School", which
        # leaves the rest of the data open)
        rf"{SCHOOLS_DATA}|{NOT_OURS.pattern}",
    ):
        if not _names_its_data(sentence, sentences):
            continue
        low = _SAFETY.sub(" ", lowered(sentence))
        owner = re.search(
            r"(?<!\bwho )(?<!\bwhich )(?<!\bthat )\b(?!who\b|which\b|that\b)(\w+)(?:'s)?\s+"
            # not "the student's own Student-Generated Content", an adjective
            r"(?:shall |will |does |alone )?(?:owns?|retains? "
            r"(?:all )?(?:rights?|ownership|title))\b(?<!'s own)(?<!\u2019s own)",
            low,
        )
        school_owns = (
            # "As between you and Provider, you own all Student Data": the school, as terms
            # for schools address it
            (owner is not None and re.fullmatch(rf"{LEA}|you", owner.group(1)))
            or re.search(
                rf"(?:property|ownership|control)\s+of,?\s+(?:and [^.]{{0,30}}?,?\s+)?"
                rf"{WHOSE}{LEA}",
                low,
            )
            # "belongs to and is controlled by the School"
            or re.search(
                rf"\bbelong\w*\s+{ONLY}to\s+(?:and\s+(?:is\s+|are\s+)?(?:controlled|owned|held)\s+by\s+)?"
                rf"{WHOSE}{LEA}",
                low,
            )
            or re.search(
                rf"\b(?:remains?|rests?|vests?|stays?)\s+{ONLY}(?:with|in)\s+{WHOSE}{LEA}", low
            )
            # "The District shall retain control over Student Data", "Schools that use
            # Meridian keep ownership and control of the student records"
            or re.search(
                rf"{LEA}\s+(?:(?:that|which|who)\s+[^.;,]{{1,40}}?\s+)?(?:shall |will )?"
                r"(?:retains?|ha(?:s|ve)|maintains?|keeps?)\s+"
                r"(?:(?:sole|exclusive|full|all)\s+)*(?:ownership|control)\b"
                # not "full ownership of the devices"
                r"(?!\s+of\s+(?:the\s+|its\s+|their\s+)?(?:devices?|hardware|equipment|"
                r"chromebooks?|licen[cs]es?|accounts?)\b)",
                low,
            )
            # "The School is the controller of Student Data" (not "Where the School is the
            # controller, …", nor the controller of its staff accounts)
            or re.search(
                rf"^\W*(?:[\d.]+\s+)?(?:the\s+)?{LEA}\s+(?:is|remains?)\s+the\s+(?:sole\s+)?controller\s+of\s+"
                rf"(?:all\s+)?(?:the\s+)?(?:(?:customer|school)\s+(?=personal\s))?(?:{SCHOOLS_DATA})"
                # (the school's staff's data, not the students': "…, meaning the names … of
                # its teachers and administrators")
                r"(?![^.;]*\b(?:teachers?|staff|administrators?|employees?)\b)",
                low,
            )
            # "remains the District's property", "is owned by Customer"
            or re.search(rf"{LEA}['\u2019]s?\s+(?:(?:sole|exclusive|own)\s+)*property\b", low)
            # "is and remains your property and under your control", as terms for schools
            # address the school
            # (the school's by the sentence's own words: "As between you and Quietcase", or
            # "Customer Data"; not a consultant's "your session notes … remain your property")
            or (
                re.search(
                    r"\b(?:is|are|remains?|stays?)\s+your\s+(?:(?:sole|exclusive|own)\s+)*property\b",
                    low,
                )
                and re.search(
                    r"\bas\s+between\s+you\s+and\b|\b(?:customer|school|district)\s+data\b"
                    # "Student information you give us remains your property": what the school
                    # gives the vendor
                    r"|\b(?:student|pupil)\s+(?:information|data|records)\s+(?:that\s+)?you\s+"
                    r"(?:give|share\s+with|send|provide(?:\s+to)?)\s+(?:us|me)\b",
                    low,
                )
                is not None
            )
            # "Your school remains the owner of student data", "… remain the information of
            # the School"
            # (of the data, not "the owner of all devices"; nor as a condition, "To the
            # extent the District is the owner of any Student Data")
            or (
                re.search(_OWNER_OF, low)
                and not re.search(
                    rf"\b(?:to the extent|if|where|insofar as)\s+(?:that\s+)?{_OWNER_OF}", low
                )
            )
            or _information_of_the_school(low)
            # "… any student information the school gives me stay the school's."
            or STAY_THE_SCHOOLS.search(low)
            # "Schools and clubs own the student information they put into …"
            or re.search(
                rf"\b{LEA}s?\s+(?:and|or)\s+(?:clubs?|teams?|leagues?)\s+own\s+(?!no\b)(?:the\s+|all\s+)?"
                r"(?:student\s+)?(?:data|information|records)\b",
                low,
            )
            # "… is controlled by the school"
            # (not "servers controlled by the School's hosting vendor")
            or re.search(rf"\b(?:owned|controlled)\s+{ONLY}by\s+{WHOSE}{LEA}(?!\s*['\u2019])", low)
        )
        vendor_claim = None if (wares := its_own_wares(low)) else re.search(_VENDOR_CLAIM, low)
        if vendor_claim and not negated(low[vendor_claim.start() :], r"\bowns?\b|\bretains?\b"):
            claims.append((sentence, "the vendor"))  # "Customer owns …, and Provider owns …"
        # not "… is not the property of the School or Maplewood": not the school's either
        not_the_schools = re.search(
            rf"\bnot\s+(?:the\s+)?(?:property|owned)\s+(?:of|by)\s+{WHOSE}{LEA}", low
        )
        if not not_the_schools and (
            school_owns
            or (negated(low, r"\b(?:property|own\w*|control)\b") and vendor_named(low))
            or NOT_OURS.search(low)
        ):
            stays = stays or sentence
            continue
        claimed = re.search(r"\bowns?\b([^.;]{0,40})" + DATA, low)
        if (
            owner is not None
            and not negated(low, r"\bowns?\b")
            and claimed is not None
            and not re.search(NO_ONE, claimed.group(0))
            and not vendor_claim
            and not wares
            # "Schools and students own their data": the students' own, no one else's claim
            and not re.fullmatch(rf"{_STUDENTS_OR_FAMILIES}", owner.group(1))
        ):
            claims.append((sentence, owner.group(1)))
    if stays is not None:
        kept = (
            _taken_back(stays, sentences)
            or _vendor_keeps_control(sentences)
            or _licensed_for_its_own_ends(sentences)
            or _ownership_elsewhere(sentences)
            or derived_data_claimed(sentences)
        )
        if kept is not None:
            return weak(*kept)
    if stays is not None and claims:
        sentence, who = claims[0]
        return weak(
            sentence, f"the school's data stay the school's, but {who} claims some as its own"
        )
    if stays is not None:
        return present(stays, "the student data stay the school's, not the vendor's")
    if claims:
        sentence, who = claims[0]
        return missing(f"the data are said to be owned by {who}, not the school", sentence)
    return missing("says nothing of who owns the student data")


# "is not under the control of Provider, except to the extent Provider controls it as needed
# to provide and improve the Services": the exception keeps the control 15 forbids.
# Not a merger's "Change of Control", which is no one's control of the data.
# (not "the Controller", nor a company's: "affiliates under common control", "entities that
# control or are controlled by Maplewood", "under common ownership or control")
_CONTROL = (
    r"(?<!change of )(?<!change in )(?<!common )(?<!ownership or )(?<!that )(?<!are )(?<!is )"
    r"\bcontrol(?!lers?\b)\w*\b"
)


# "Customer owns Customer Data, subject to Provider's perpetual licence to use it for any
# purpose", "… except for data Provider collects directly from students": the same sentence
# takes back what it gives.
_LICENCE_BACK = r"\blicen[cs]e\b[^.;]{0,80}\b(?:any purpose|perpetual|irrevocable|unlimited)\b"


_UNTIL_PAID = (
    r"\b(?:upon|after|on|subject to|conditional (?:up)?on|once)\s+(?:full\s+|the\s+)?"
    r"(?:payment|receipt of (?:all\s+)?(?:fees|payment))|\bonce\b[^.;]{0,30}\bpaid\b"
)


def _information_of_the_school(low: str) -> bool:
    """ "All student records and pupil files remain the records of the District": the school's,
    where the data are named before the phrase (not "Team rosters remain the records of the
    School", one list, nor the phrase's own "records")."""
    found = re.search(rf"{_INFORMATION_OF}{WHOSE}{LEA}", low)
    # (not "All billing records remain the records of the District": records alone name no data)
    return found is not None and any(
        named.group(0).strip() != "records"
        for named in re.finditer(NAMED_DATA, low[: found.start()])
    )


def _names_its_data(sentence: Sentence, sentences: Sequence[Sentence]) -> bool:
    """Whether the data a sentence speaks of are the students': named in it, or, where it says
    only "that information", in the sentence before it in its paragraph (not "The School
    provides its billing address …. The School keeps ownership of that information.")."""
    low = lowered(sentence)
    if re.search(NAMED_DATA, re.sub(DEICTIC, " ", low)):
        return True
    if not re.search(DEICTIC, low):
        return True  # named another way (NOT_OURS)
    # (the sentence before is the school's, "The School will give me a class list", which the
    # rules read only beside the vendor's sentence that answers it)
    if re.search(NAMED_DATA, sentence.after_school.casefold()):
        return True
    at = sentences.index(sentence)
    before = sentences[at - 1] if at else None
    return (
        before is not None
        and before.paragraph == sentence.paragraph
        and re.search(NAMED_DATA, lowered(before)) is not None
    )


def _taken_back(stays: Sentence, sentences: Sequence[Sentence]) -> tuple[Sentence, str] | None:
    low = lowered(stays)
    if re.search(_LICENCE_BACK, low) or LASTING_LICENCE.search(low):
        return stays, "the data stay the school's, but the vendor takes a licence that swallows it"
    answer = licence_over_that_data(stays, sentences)
    if answer is not None:
        return answer, "the data stay the school's, but the vendor takes a licence that swallows it"
    # (an opening "Notwithstanding Section 4, …" sets the other section aside: no exception)
    overriding = re.sub(OPENING_NOTWITHSTANDING, " ", low)
    if broad_exception(overriding) and not _only_a_narrow_licence(sentences, stays):
        return stays, "the data stay the school's, but an exception takes some back"
    lasting = lasting_grant_in_section(sentences, low)
    if lasting is not None:
        return lasting, "the data stay the school's, but the section it excepts grants more"
    if re.search(_UNTIL_PAID, low):
        return stays, "the data are the school's only once it has paid"
    return None


def _licensed_for_its_own_ends(sentences: Sequence[Sentence]) -> tuple[Sentence, str] | None:
    for sentence in find(sentences, BROAD_LICENCE, DATA):
        low = lowered(sentence)
        # not a licence over the students' own work, which is provision 11's
        if (
            not negated(sentence.text, r"\blicen[cs]e\b")
            and not re.search(NO_ONE, low)
            and not re.search(rf"{CONTENT}|{USER_CONTENT}|\bcontent\b", low)
        ):
            return sentence, "the data stay the school's, but licensed for the vendor's own ends"
    return None


def _vendor_keeps_control(sentences: Sequence[Sentence]) -> tuple[Sentence, str] | None:
    for sentence in find(sentences, _CONTROL, DATA):
        if (
            negated(sentence.text, _CONTROL)
            and broad_exception(sentence.text)
            and not _only_a_narrow_licence(sentences, sentence)
        ):
            return sentence, "the data stay the school's, but the vendor keeps control by exception"
    return None


# "… and claims no rights in it except the licence in section 3.3": the exception is that
# licence, as wide as its own section makes it.
_EXCEPT_THE_LICENCE = LazyPattern(
    r"\bexcept\s+(?:for\s+)?(?:the|a|its)\s+(?:limited\s+)?licen[cs]e\s+(?:granted\s+)?"
    r"(?:in|under)\s+(?:section|clause|paragraph)\s+(?P<section>\d+(?:\.\d+)*)\s*[.,;]?\s*$"
)


# "…, except the limited right to process them in accordance with this DPA": the service's
# own processing on the school's instructions, no exception (not "the right to use it under
# this Agreement", whose other terms may grant any use)
_EXCEPT_TO_SERVE = LazyPattern(
    r"\bexcept\s+(?:for\s+)?(?:the|a|its)\s+limited\s+(?:right|licen[cs]e)\s+to\s+"
    r"(?:process\s+(?:them|it|the\s+data)\s+(?:solely\s+|only\s+)?|use\s+(?:them|it|the\s+data)\s+"
    r"(?:solely|only)\s+)"
    r"(?:in accordance with|under|as (?:set out|provided) in)\s+this\s+(?:dpa|agreement|"
    r"addendum|contract)\s*[.;]?\s*$"
)


def _only_a_narrow_licence(sentences: Sequence[Sentence], sentence: Sentence) -> bool:
    if _EXCEPT_TO_SERVE.search(lowered(sentence)):
        return True
    cited = _EXCEPT_THE_LICENCE.search(lowered(sentence))
    if cited is None:
        return False
    section = [lowered(s) for s in sentences if s.section == cited.group("section")]
    return bool(section) and not any(
        re.search(f"{BROAD_LICENCE}|{_BROAD_USE}", low) for low in section
    )


# A licence's section that grants more than the service needs, in any words: "authorizes
# Maplewood to use Student Data for any purpose", "to develop new products".
_BROAD_USE = (
    r"\b(?:any (?:lawful )?purpose|(?:its|their) own (?:business )?purposes|develop\w* new "
    r"(?:[\w-]+\s+)?products?|market\w*|advertis\w*|sell\w*|commerciali[sz]\w*)\b"
)


def _ownership_elsewhere(sentences: Sequence[Sentence]) -> tuple[Sentence, str] | None:
    # "Ownership of data held in the Partner Services is as set out in the Privacy Policy"
    for sentence in find(sentences, OWNS, r"\bdata\b", ELSEWHERE):
        return sentence, "who owns some of the data is left to another document"
    return None
