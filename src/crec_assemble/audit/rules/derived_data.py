"""What the vendor claims of what the service makes of the students (provision 1).

"Vendor owns all rights in the integrity scores, flags and other analytics", "Our workpapers,
including data extracts you provide, are the property of the Firm": records of any name that
identify someone, claimed by the vendor, weaken the school's ownership of the student data
(:mod:`.data_rights`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lazy_pattern import LazyPattern
from ..lexicon import DATA, LEA, NO_ONE, OWNS, PROVIDER, find, lowered, negated
from ..reader import Sentence
from .content_shared import vested_in_the_vendor

__all__ = ["OWN_CLAUSE", "VERB", "derived_data_claimed", "its_own_wares"]

VERB = r"\b(?:is|are|remains?|stays?|rests?|vests?|shall|will|may|owns?|retains?|belongs?)\b"
# After the vendor's "owns", the rest of its own clause: not into the next one with a verb of
# its own (", and all Student Data remains the School's", ", but raw test data remain …"), but
# through a list, "owns the Platform, its software, and all Booking Records".
OWN_CLAUSE = rf"(?:(?!,\s*(?:and|while|but|whereas)\s+(?:[\w'\u2019-]+\s+){{0,3}}?{VERB})[^.;])"
# Every claim has one of these words; the long claim patterns read only sentences with one.
_CLAIM_WORDS = (
    r"\b(?:own\w*|property|belong\w*|retains?|records|information|licen[cs]e|copyright)\b"
)


def derived_data_claimed(sentences: Sequence[Sentence]) -> tuple[Sentence, str] | None:
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
        if (
            claim is not None
            and not negated(low, OWNS)
            and not re.search(NO_ONE, claim.group(0))
            and not its_own_wares(low)
        ):
            return (
                sentence,
                "the school's data stay the school's, but the vendor claims some "
                "records of the students as its own",
            )
    return None


_DERIVED = (
    # (not the vendor's own wares: "its image library", "stock photos", "the images in its
    # stock library"; but "non-stock photos", "the class photo collections" are the students')
    r"\b(?<!(?<![\w-])stock )(?:(?:images?|photo(?:graph)?s?)"
    r"(?!\s+(?:library|libraries|bank|catalog(?:ue)?s?)\b)"
    r"(?!\s+in\s+(?:its|our|the)\s+(?:stock\s+)?(?:library|bank|catalog\w*|collection)\b)"
    r"|portraits?|outputs?|usage data|scores?|flags|analytics|"
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
_SAME_CLAIM = rf"(?:(?!{VERB}[^.;,]*,\s*(?:and|while|but|whereas)\b)[^.;]){{0,160}}"
# The vendor's name for what it keeps as its own: "is Bellwether business information that we
# maintain under our own policies", "are the Practice's professional records".
_ITS_OWN_RECORDS = (
    r"(?:business|confidential|proprietary)\s+information|(?:professional|business)\s+records"
)
# The vendor as owner, in its own words: "our", "my" (a consultant's), "Provider's".
_THE_VENDORS_OWN = rf"(?:our|my|(?:the\s+)?{PROVIDER}['\u2019]s)"
_DERIVED_CLAIM = LazyPattern(
    rf"{PROVIDER}\s+(?:shall |will |alone )?(?:owns?|retains? (?:all )?(?:rights?|ownership|"
    rf"title))\b{OWN_CLAUSE}{{0,60}}?{_DERIVED}"
    # "The Artist holds the copyright in the book as a compilation": what the students made,
    # compiled (not its own "stock images and recordings")
    rf"|{PROVIDER}\s+holds?\s+(?:the\s+)?copyright\s+in\b{OWN_CLAUSE}{{0,60}}?\bas\s+a\s+compilation\b"
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
# The vendor's own wares, not records of the students: "Faultline owns the Service, including
# the quake datasets, simulations, lesson content and software", "… its simulated hive data sets"
# (not where the list names the students' data: "the Platform, including all Student Data
# entered into it", "its research datasets, which hold each student's name").
_ITS_WARES = LazyPattern(
    # (the service itself the thing owned, not "Sensor Data collected through the Platform,
    # including location readings")
    r"\b(?:owns?|rights?\s+in|title\s+to)\s+(?:the\s+|its\s+|our\s+)?(?:[\w-]+\s+)?(?:services?|"
    r"software|game|app|platform|products?|site)\b,?\s+(?:including|such\s+as)\b"
    r"|\b(?:its|our)\s+(?:[\w-]+\s+){0,2}?(?:data\s*sets?|datasets?)\b"
    # the product by its name, then its parts: "retains all rights in TundraTrails, its maps,
    # collar datasets and lesson content"
    r"|\b(?:owns?|rights?\s+in|title\s+to)\s+(?:the\s+)?[\w-]+,\s+(?:its|our)\s+(?=[\w-]+)"
)
_THE_STUDENTS_IN_IT = LazyPattern(
    # (not "the Platypus Lineage name and logo")
    rf"(?:{DATA})(?<!\bdata)|\bstudent\s+data\b|\b(?:students?|pupils?|scores|answers|responses|"
    # ("the class contact data it holds", "datasets built from each class's sky logs")
    r"records|class(?:['\u2019]s|es)?|contact\s+(?:data|information|details)|logs?)\b"
)


def its_own_wares(low: str) -> bool:
    """Whether the vendor's claim in ``low`` is to its own wares, naming none of the students'
    data in them."""
    wares = _ITS_WARES.search(low)
    if wares is None:
        return False
    listed = re.sub(r"\bdata\s*sets?\b|\bdatasets?\b", " ", low[wares.end() :])
    return _THE_STUDENTS_IN_IT.search(listed) is None


_RECORDS_CLAIM = LazyPattern(
    rf"{PROVIDER}\s+(?:shall |will |alone )?(?:owns?|retains? (?:all )?(?:rights?|ownership|"
    rf"title))\b{OWN_CLAUSE}{{0,60}}?{_RECORDS}"
    rf"|{_RECORDS}{_SAME_CLAIM}\b(?:are|is|remain|shall\s+(?:be|remain)|become)\s+(?:the\s+)?"
    rf"(?:sole\s+|exclusive\s+)?property\s+of\s+(?:the\s+)?{PROVIDER}"
    rf"|{_RECORDS}{_SAME_CLAIM}\b(?:are|is|remain)\s+{_THE_VENDORS_OWN}\s+"
    r"(?:own\s+)?(?:sole\s+|exclusive\s+)?property\b"
    # "Family Account Data is a business record of … and belongs to Tremolo"
    rf"|{_RECORDS}(?!\s+itself){_SAME_CLAIM}\bbelongs?\s+(?:only\s+|solely\s+)?to\s+"
    rf"(?:the\s+)?{PROVIDER}"
    rf"|{_RECORDS}{_SAME_CLAIM}(?<!\bnot )\bowned\s+(?:and\s+\w+\s+)?by\s+(?:the\s+)?{PROVIDER}"
    # "Screening Records are professional records of the Practice"
    # (its own clause bounded, not _SAME_CLAIM's: that lookahead is quadratic on long input)
    rf"|{_RECORDS}[^.;,]{{0,60}}?\b(?:are|is|remain)\s+(?:the\s+)?(?:professional|business)\s+records\s+"
    rf"of\s+(?:the\s+)?{PROVIDER}"
)
