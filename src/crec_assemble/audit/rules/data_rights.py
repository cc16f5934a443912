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
    OWNS,
    PROVIDER,
    find,
    lowered,
    negated,
)
from ..reader import Sentence
from .content_shared import BROAD_LICENCE, lasting_grant_in_section, vested_in_the_vendor
from .narrowed import lasting
from .registry import Verdict, missing, present, rule, weak
from .students_content import CONTENT, ONLY, USER_CONTENT, WHOSE

# "to protect the rights, property or safety of …": no one's ownership of the data.
_SAFETY = LazyPattern(r"\brights?,?\s+property,?\s+(?:or|and)\s+safety\b")
# What the school owns, as vendors call it: the data, or its "Customer Content".
_SCHOOLS = (
    rf"{DATA}|\b(?:customer|subscriber|school|district|client|licensee|lea|institution) "
    r"(?:content|materials)\b"
    # "The records you send me … stay CREC's property", "Participant information supplied by
    # CREC remains CREC's property"
    r"|\brecords\b|\b(?:participants?|campers?|athletes?|players?)['\u2019]?\s+information\b"
    # "You own Your Content, including all Student Content", "Student Work is not the
    # property of … the Consultant" (not "Your Content" alone, which may be the school's own
    # uploads only)
    r"|\b(?:student|students['\u2019]?|pupil|learner) (?:content|work|submissions|uploads)\b"
)
_VERB = r"\b(?:is|are|remains?|stays?|rests?|vests?|shall|will|may|owns?|retains?|belongs?)\b"
# After the vendor's "owns", the rest of its own clause: not into the next one with a verb of
# its own (", and all Student Data remains the School's", ", but raw test data remain …"), but
# through a list, "owns the Platform, its software, and all Booking Records".
_OWN_CLAUSE = rf"(?:(?!,\s*(?:and|while|but|whereas)\s+(?:[\w'\u2019-]+\s+){{0,3}}?{_VERB})[^.;])"
# A claim over data that identify no one is not a claim over student data.
_VENDOR_CLAIM = (
    rf"{PROVIDER}\s+(?:shall |will |alone )?(?:owns?|retains? (?:all )?(?:rights?|ownership|"
    rf"title))\b(?:(?!{NO_ONE}){_OWN_CLAUSE}){{0,40}}?{DATA}"
)


_STUDENTS_OR_FAMILIES = r"(?:students?|pupils?|parents?|guardians?|families|learners?)"
# Whose the data are, the noun left out: "The roster and any student information the school
# gives me stay the school's." The data are the subject (not "Obtaining consent … remains the
# School's", "The choice of which Student Data to upload stays the School's").
_STAY_THE_SCHOOLS = LazyPattern(
    r"^\W*(?:\(?[\w.]{1,6}[.)]?\s+)?(?!\w+ing\b|(?:the\s+)?(?:choice|decision|responsibility|"
    r"duty|obligation|task|cost)s?\b)"
    rf"(?:(?!{_VERB})[^.;]){{0,120}}?(?:{DATA}|\brecords\b|\brosters?\b|\bclass lists?\b)"
    rf"(?:(?!{_VERB})[^.;]){{0,80}}?\b(?:stay|stays|remain|remains|are|is)\s+{ONLY}(?:the\s+)?{LEA}"
    r"['\u2019]s(?=\s*[.;,]|\s+(?:and|alone)\b)"
)


@rule("R1", over_all_the_data=True)
@lasting
def student_data_stay_the_schools(sentences: Sequence[Sentence]) -> Verdict:
    stays: Sentence | None = None
    claims: list[tuple[Sentence, str]] = []
    for sentence in find(
        sentences,
        rf"{OWNS}|\bcontrol(?:led)?\b|{_STAY_THE_SCHOOLS.pattern}|{_NOT_OURS.pattern}",
        _SCHOOLS,
    ):
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
            # "remains the District's property", "is owned by Customer"
            or re.search(rf"{LEA}['\u2019]s?\s+(?:(?:sole|exclusive|own)\s+)*property\b", low)
            # "… any student information the school gives me stay the school's."
            or _STAY_THE_SCHOOLS.search(low)
            # "… is controlled by the school"
            # (not "servers controlled by the School's hosting vendor")
            or re.search(rf"\b(?:owned|controlled)\s+{ONLY}by\s+{WHOSE}{LEA}(?!\s*['\u2019])", low)
        )
        vendor_claim = re.search(_VENDOR_CLAIM, low)
        if vendor_claim and not negated(low[vendor_claim.start() :], r"\bowns?\b|\bretains?\b"):
            claims.append((sentence, "the vendor"))  # "Customer owns …, and Provider owns …"
        # not "… is not the property of the School or Maplewood": not the school's either
        not_the_schools = re.search(
            rf"\bnot\s+(?:the\s+)?(?:property|owned)\s+(?:of|by)\s+{WHOSE}{LEA}", low
        )
        if not not_the_schools and (
            school_owns
            or (negated(low, r"\b(?:property|own\w*|control)\b") and _vendor_named(low))
            or _NOT_OURS.search(low)
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
            or _derived_data_claimed(sentences)
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


# "Student information and recordings are not ours."
# (the data its subject: not "The choice of which student records … is not ours")
_NOT_OURS = LazyPattern(
    r"\b(?:data|information|records?|recordings?|photo(?:graph)?s|files|rosters?|notes)\s+"
    r"(?:(?:and|or)\s+(?:[\w-]+\s+){1,3}?)?(?:is|are)\s+not\s+(?:ours|mine)\b"
)


def _vendor_named(low: str) -> bool:
    """The vendor, by a word for it, in the first person ("not my property", "not under our
    control"), by its name ("not Lumora's property"), or as the one the regulation's words
    deny it to ("not the property of, or under the control of, Ember & Peel", whoever that
    is when it is not the school or anyone at all)."""
    return bool(
        re.search(rf"{PROVIDER}|\b(?:our|us|my|me)\b", low)
        or re.search(rf"\bnot\s+(?!{LEA})[\w-]+['\u2019]s\s+property\b", low)
        or re.search(
            r"\bnot\s+the\s+property\s+of,?\s+or\s+under\s+the\s+control\s+of,?\s+"
            rf"(?!{WHOSE}{LEA}|any(?:one)?\b|third\b|other\b|(?:the\s+)?(?:users?|students?|"
            r"parents?|families)\b)",
            low,
        )
    )


# "is not under the control of Provider, except to the extent Provider controls it as needed
# to provide and improve the Services": the exception keeps the control 15 forbids.
# Not a merger's "Change of Control", which is no one's control of the data.
_CONTROL = r"(?<!change of )(?<!change in )\bcontrol\w*\b"


# "Customer owns Customer Data, subject to Provider's perpetual licence to use it for any
# purpose", "… except for data Provider collects directly from students": the same sentence
# takes back what it gives.
_LICENCE_BACK = r"\blicen[cs]e\b[^.;]{0,80}\b(?:any purpose|perpetual|irrevocable|unlimited)\b"


_UNTIL_PAID = (
    r"\b(?:upon|after|on|subject to|conditional (?:up)?on|once)\s+(?:full\s+|the\s+)?"
    r"(?:payment|receipt of (?:all\s+)?(?:fees|payment))|\bonce\b[^.;]{0,30}\bpaid\b"
)


def _taken_back(stays: Sentence, sentences: Sequence[Sentence]) -> tuple[Sentence, str] | None:
    low = lowered(stays)
    if re.search(_LICENCE_BACK, low) or re.search(
        r"\b(?:perpetual|irrevocable)\b[^.;]{0,40}\blicen[cs]e\b", low
    ):
        return stays, "the data stay the school's, but the vendor takes a licence that swallows it"
    if broad_exception(low) and not _only_a_narrow_licence(sentences, stays):
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


def _only_a_narrow_licence(sentences: Sequence[Sentence], sentence: Sentence) -> bool:
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


# Every claim has one of these words; the long claim patterns read only sentences with one.
_CLAIM_WORDS = r"\b(?:own\w*|property|belong\w*|retains?|records|information|licen[cs]e)\b"


def _derived_data_claimed(sentences: Sequence[Sentence]) -> tuple[Sentence, str] | None:
    """The vendor's claim to what the service makes of the students ("Vendor owns all rights
    in the integrity scores, flags and other analytics", "Images … belong to Vendor"), which
    is student data too; or to records of any name that are not of the vendor's own making
    and identify someone ("Our workpapers, including data extracts you provide, are the
    property of the Firm", "The Company owns all right, title and interest in Sensor
    Data"), or to some of what the students make ("all right, title and interest in such
    derivative Designs vests in Stitchwise")."""
    vested = vested_in_the_vendor(sentences)
    if vested is not None:
        why = "the school's data stay the school's, but some of what students make vests in "
        return vested, why + "the vendor"
    for sentence in find(sentences, _CLAIM_WORDS, _DERIVED_CLAIM.pattern):
        low = lowered(sentence)
        claim = _DERIVED_CLAIM.search(low)
        # not "Contractor owns the Aggregate Results": results that identify no one
        if (
            claim is not None
            and not negated(low, OWNS)
            and not re.search(rf"(?:{NO_ONE})\s+(?:[\w-]+\s+)?{_DERIVED}", claim.group(0))
        ):
            why = "the school's data stay the school's, but the vendor claims what it derives"
            return sentence, why
    for sentence in find(sentences, _CLAIM_WORDS, _RECORDS_CLAIM.pattern):
        low = lowered(sentence)
        claim = _RECORDS_CLAIM.search(low)
        if claim is not None and not negated(low, OWNS) and not re.search(NO_ONE, claim.group(0)):
            return (
                sentence,
                "the school's data stay the school's, but the vendor claims some "
                "records of the students as its own",
            )
    return None


_DERIVED = (
    r"\b(?:images?|photo(?:graph)?s?|portraits?|outputs?|usage data|scores?|flags|analytics|"
    r"derived data|service data|telemetry|metadata|compilations?|recordings?|profiles?|"
    # what a consultant writes about the students: "Our working papers … are the property of
    # T&R", "Clinical Notes are the property of Consultant"
    r"inferences?|(?:working|clinical|case|session|progress|interview|field|investigat\w*) "
    r"(?:papers|notes|records|files?)"
    # what the students' contests and interviews yield: "Contest Results are … BuzzRound's
    # property", "written statements taken from witnesses"
    r"|(?:contest|test|quiz|exam|assessment|competition|screening|tournament|students?['\u2019]?)\s+"
    r"results|(?:written|witness) statements"
    # what else a service or a consultant records of each student: "individual nutrition
    # assessments", "claims, repair histories and device location records", "Biometric
    # Templates", "questionnaire responses"
    # (not "leveled texts, assessments, algorithms", the service's own content)
    r"|(?:individual|students['\u2019]|each student['\u2019]s)\s+(?:[\w-]+\s+)?"
    r"assessments|"
    r"(?:modification|intervention|support|care|behaviou?r) plans|"
    r"(?:repair|claims?|purchase|location|disciplin\w*|medical|health|attendance) histor(?:y|ies)|"
    r"location (?:data|records)|biometric templates?|"
    r"(?:questionnaire|screening|survey|test|student|students['\u2019]?) responses)\b"
)
# From what is claimed to the claim's verb, its own clause: not past a verb and on into
# another clause (", while the plan templates are …"); but through a list, "interview notes,
# …, and draft analyses are Investigator's property".
_SAME_CLAIM = rf"(?:(?!{_VERB}[^.;,]*,\s*(?:and|while|but|whereas)\b)[^.;]){{0,160}}"
# The vendor's name for what it keeps as its own: "is Bellwether business information that we
# maintain under our own policies", "are the Practice's professional records".
_ITS_OWN_RECORDS = (
    r"(?:business|confidential|proprietary)\s+information|(?:professional|business)\s+records"
)
# The vendor as owner, in its own words: "our", "my" (a consultant's), "Provider's".
_THE_VENDORS_OWN = rf"(?:our|my|(?:the\s+)?{PROVIDER}['\u2019]s)"
_DERIVED_CLAIM = LazyPattern(
    rf"{PROVIDER}\s+(?:shall |will |alone )?(?:owns?|retains? (?:all )?(?:rights?|ownership|"
    rf"title))\b{_OWN_CLAUSE}{{0,60}}?{_DERIVED}"
    # (not the product of that name, "Field Notes itself (the code …) belongs to …")
    rf"|{_DERIVED}(?!\s+itself)[^.;]{{0,60}}\b(?:belong\w*|(?:are|is) the (?:sole |exclusive )?"
    rf"property of|(?:are|is) owned by)\s+(?:to\s+)?(?:the\s+)?{PROVIDER}"
    # "Scores … and other insights that Acme derives from practice activity are Acme's
    # property"
    rf"|{_DERIVED}{_SAME_CLAIM}\b(?:are|is|remain)\s+{_THE_VENDORS_OWN}\s+"
    r"(?:sole\s+|exclusive\s+)?property\b"
    rf"|{_DERIVED}{_SAME_CLAIM}\b(?:are|is|remain)\s+(?:{_THE_VENDORS_OWN}|(?:the\s+)?{PROVIDER})\s+"
    rf"(?:own\s+)?(?:{_ITS_OWN_RECORDS})\b"
    rf"|{_DERIVED}{_SAME_CLAIM}(?<!\bnot )\bowned\s+by\s+(?:the\s+)?{PROVIDER}"
    # the school licensed for good to use what the vendor wrote of its students: "the
    # Institution receives a perpetual, royalty-free licence to use each Evaluation Report"
    rf"|{LEA}\s+(?:receives|is granted|shall (?:have|receive)|gets)\s+an?\s+"
    r"(?:[\w-]+,?\s+){0,3}?(?:perpetual|irrevocable)\b[^.;]{0,40}?\blicen[cs]e\s+to\s+use\s+"
    r"(?:each|the|all|any)\s+(?:[\w-]+\s+){0,2}(?:reports?|evaluations?|results|scores|"
    r"assessments)\b"
)


# Records of any name, which a claim of ownership over them takes from the school: "Sensor
# Data", "Course Records", "working papers", "field notes", "data extracts", "raw test data"
# (not the vendor's own wares: "the Services, the Software and its Documentation").
# (not the vendor's own papers: "its own business records", "employee training records",
# "release notes", "system performance data", "lesson notes", "billing records")
_NOT_THE_STUDENTS = (
    r"(?!(?:business|financial|accounting|employee|employees['\u2019]?|personnel|training|"
    r"corporate|tax|internal|release|lecture|course|product|system|performance|its|our|their|"
    r"lesson|teacher|teachers['\u2019]?|curriculum|design|billing|invoice|payment|payroll|"
    r"insurance|sales|purchase|order)\b)"
)
_RECORDS = (
    rf"\b(?:{_NOT_THE_STUDENTS}[\w-]+\s+records|work(?:ing)?\s*papers|"
    rf"{_NOT_THE_STUDENTS}[\w-]+\s+notes|(?:[\w-]+\s+)?datasets?|"
    r"(?:data\s+)?extracts|copies\s+of\s+(?:[\w-]+\s+){0,2}?(?:documents|records|data)|"
    rf"{_NOT_THE_STUDENTS}(?!(?:customer|client|school|district|student|pupil|lea|institution|"
    r"personal|your|the|all|such|this|that|any)\b)[\w-]+\s+data)\b"
)
_RECORDS_CLAIM = LazyPattern(
    rf"{PROVIDER}\s+(?:shall |will |alone )?(?:owns?|retains? (?:all )?(?:rights?|ownership|"
    rf"title))\b{_OWN_CLAUSE}{{0,60}}?{_RECORDS}"
    rf"|{_RECORDS}{_SAME_CLAIM}\b(?:are|is|remain|shall\s+(?:be|remain)|become)\s+(?:the\s+)?"
    rf"(?:sole\s+|exclusive\s+)?property\s+of\s+(?:the\s+)?{PROVIDER}"
    rf"|{_RECORDS}{_SAME_CLAIM}\b(?:are|is|remain)\s+{_THE_VENDORS_OWN}\s+"
    r"(?:own\s+)?(?:sole\s+|exclusive\s+)?property\b"
    # "Family Account Data is a business record of … and belongs to Tremolo"
    rf"|{_RECORDS}(?!\s+itself){_SAME_CLAIM}\bbelongs?\s+(?:only\s+|solely\s+)?to\s+"
    rf"(?:the\s+)?{PROVIDER}"
    rf"|{_RECORDS}{_SAME_CLAIM}(?<!\bnot )\bowned\s+(?:and\s+\w+\s+)?by\s+(?:the\s+)?{PROVIDER}"
)
