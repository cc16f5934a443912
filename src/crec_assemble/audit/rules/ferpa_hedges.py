"""FERPA kept only where it applies, or only meant (provision 8): "to the extent the data are
education records", "intends to comply", "as I understand it applies", "is designed to comply"
(what the product was made to do); and the school's own law described ("acknowledges that the
Board is subject to FERPA"). :mod:`.ferpa` reads a promise so hedged as weak, and the school's
law as no promise."""

from __future__ import annotations

import re

from ..lazy_pattern import LazyPattern
from ..lexicon import LEA, PROVIDER

__all__ = [
    "A_SCHOOL_SUBJECT",
    "DESIGN_CLAIM",
    "FERPA_HEDGE",
    "KEEPS_TO",
    "OPENS_ON_RECORDS",
    "SCHOOL_IS_SUBJECT",
    "STUDENTS",
    "on_records_only",
    "without_design_claims",
]

# Whose records: "a student's", "students'", "a pupil's", "children's".
STUDENTS = r"(?:students?|pupils?|child(?:ren)?)['\u2019]s?"
# A condition that opens the promise, however long its subject: "To the extent the Report and
# the records the Evaluator receives from the District constitute education records", "To the
# extent Customer Data includes education records, …, and each party will comply …".
OPENS_ON_RECORDS = LazyPattern(
    # (a comma for an aside only: "To the extent that Student Data, if any, constitute …")
    r"^\W*(?:[\w.]{1,6}\s+)?(?:to the extent|insofar as|where)\b(?:[^.;,]|,\s*(?:if any|where "
    r"applicable|as applicable|in whole or in part)\s*,){0,120}\b(?:constitutes?|"
    r"qualif(?:y|ies) as|(?:is|are) deemed|are|is|forms?|becomes?|includes?|contains?)\s+"
    rf"(?:an?\s+|any\s+)?(?:part\s+of\s+(?:an?|the|(?:a\s+)?{STUDENTS})\s+)?"
    r"education records?\b"
)
# What the product was made to do: "is designed to comply", "We designed the Service to
# comply", "built with FERPA compliance in mind".
_DESIGNED = (
    r"(?:designed|built|engineered|intended)(?:\s+and\s+\w+)?\s+to\s+(?:comply|conform|meet|"
    r"be\s+compliant)|(?:designed|built)\s+(?:the\s+[\w-]+|it|them)\s+to\s+comply|"
    r"with\s+ferpa\s+compliance\s+in\s+mind"
)
# Kept only where it applies, or meant: "to the extent applicable", "intends to comply", "as
# I understand it applies to tutors" (the vendor's own reading of FERPA).
FERPA_HEDGE = LazyPattern(
    r"\b(?:(?:to the extent|insofar as|in so far as) (?:(?:that )?(?:it is |ferpa is |they are )?"
    r"(?:applicable|it applies|"
    r"ferpa applies)|required|(?:\w+ )?(?:is|are) (?:deemed|considered|designated)|"
    # (the data that are records, not "… the School decides what is an education record" in
    # the sentence's middle)
    r"(?:that )?[\w\s-]{0,70}\b(?<!what )(?:includes?|contains?|constitutes?|are|is|counts? as|"
    rf"qualif(?:y|ies) as|forms?) (?:any |an? |part of (?:an? |the )?(?:{STUDENTS} )?)?\W?"
    r"education records?|"
    # "to the extent it accesses such records": only what the vendor happens to handle
    r"(?:that )?(?:it|we|i|they|[\w-]+) (?:accesses|access|receives?|holds?|handles?|"
    r"maintains?|processes) (?:such|any|the|those) (?:education )?records\b)|"
    r"(?:if|where|"
    r"when|insofar as) (?:and to the extent )?(?:ferpa|it) (?:applies|is applicable)|"
    r"intends? (?:to|that)|"
    # "SignSense is designed to comply with FERPA": what the product was meant to do, no
    # undertaking by the vendor (:data:`DESIGN_CLAIM`)
    rf"{_DESIGNED}|"
    r"seeks? to|aims? to|tries to|endeavou?rs? to|strives? to|will attempt to|(?:commercially )?"
    r"reasonable efforts|as (?:i|we|it|\w+) understands?|may be subject to)\b"
    rf"|{OPENS_ON_RECORDS.pattern}"
)


# "a School that is subject to FERPA", "To the extent Customer is subject to FERPA": the
# school described, the vendor promising nothing.
A_SCHOOL_SUBJECT = LazyPattern(
    # ("Where Ortolan receives education records from a Subscriber that is subject to …")
    r"\b(?:(?:an?|the|any|each)\s+)?(?:school|district|lea|educational agency|institution|customer|"
    r"subscriber|licensee|client)s?\s+(?:(?:that|which|who)\s+(?:is|are)\s+)?subject to\b"
    r"|\bto the extent (?:that\s+)?(?:the\s+)?(?:school|district|lea|educational agency|"
    r"institution|customer|board|crec|council)s?\s+(?:is|are)\s+subject to\b"
    # "I understand the School follows FERPA and its own records policies": the school's law
    # (the school's clause whole, to its comma: what the vendor does after it is read alone)
    rf"|\b(?:understand|know|acknowledge)s?\s+(?:that\s+)?(?:the\s+)?{LEA}\s+(?:follows|is\s+bound\s+by|"
    r"is\s+subject\s+to|complies\s+with)\b(?:(?!\band\s+(?:i|we|contractor|provider)\b)[^,;])*"
    # "We understand that, as a school, you are bound by FERPA": the school addressed
    r"|\bas\s+an?\s+(?:school|district|educational\s+agency|institution)\s*,\s*you\s+are\s+"
    r"(?:bound\s+by|subject\s+to)\b"
    # "Where a School is subject to FERPA, the School designates …", "Where Customer is an
    # educational agency or institution subject to …"
    r"|\b(?:where|if|when)\s+(?:(?:an?|the|any|each|your)\s+)?(?:school|district|lea|educational "
    r"agency|institution|customer|board)s?\s+(?:is|are)\s+(?:an?\s+(?:[\w-]+\s+){1,5}?)?"
    r"subject to\b"
)


# The vendor's own word to keep to a law: "shall comply with", "we'll follow", "agrees to
# be bound by".
KEEPS_TO = (
    r"(?:\s+(?:shall|will|must|agrees? to)|['\u2019]ll)\s+(?:\w+\s+)?(?:comply\s+with|follow|"
    r"abide\s+by|keep\s+to|be\s+bound\s+by)"
)
# "acknowledges that the Board is subject to FERPA": the school's law, no promise of the vendor.
SCHOOL_IS_SUBJECT = LazyPattern(
    r"\b(?:acknowledg\w*|recogni[sz]\w*|understands?|notes?)\s+(?:that\s+)?(?:the\s+|your\s+)?"
    + LEA
    # "… that CREC, as an educational agency, is subject to FERPA"
    + r"(?:,\s*as\s+[^.;,]{0,40},)?[^.;]{0,20}\b(?:"
    # "… that CREC is an educational agency subject to FERPA"
    r"(?:is|are)\s+(?:an?\s+(?:[\w-]+\s+){1,3})?(?:subject to|bound by)\b"
    # "We understand the School has obligations under FERPA for student records"
    r"|(?:has|have)\s+(?:certain\s+|its\s+own\s+)?(?:obligations|duties|responsibilities)\s+"
    r"under\b"
    # "We understand that the School must follow FERPA": the school's duty, not the vendor's
    r"|(?:must|has to|is required to)\s+(?:follow|comply with|abide by)\b"
    # (but not "…, and Maplewood shall likewise comply with FERPA")
    # (nor "…, and we'll follow it too")
    rf"(?![^.]*\b(?:contractor|we|provider|vendor){KEEPS_TO}\s+(?:ferpa|it\b|the same|those)))"
    # "The School acknowledges that it is subject to FERPA"
    + r"|"
    + LEA
    + r"\s+(?:acknowledg\w*|recogni[sz]\w*|understands?)\s+that\s+(?:it|they)\s+(?:is|are)\s+"
    r"subject to\b"
    # "CREC, as the custodian of the records, is subject to FERPA": the school's law
    + r"|^\W*(?:the\s+|your\s+)?"
    + LEA
    # (not "… and so is Maplewood, which will comply with it")
    + r"\b[^.;]{0,100}\b(?:is|are)\s+subject to\b"
    + rf"(?![^.;]{{0,40}}\band\s+so\s+(?:is|are|does)\s+(?:{PROVIDER}|we|i|the\s+(?:company|vendor|"
    + r"provider|contractor|operator|consultant)|our\s+[\w-]+)\b)"
    # "acknowledges that Student Data are education records subject to FERPA": what the data
    # are, not a promise to keep to FERPA
    + r"|\b(?:acknowledg\w*|recogni[sz]\w*|understands?)\s+that\s+(?:the\s+|such\s+)?"
    r"(?:[\w-]+\s+){0,2}(?:data|records|information|files)\b[^.;]{0,60}\b(?:are|is|constitutes?|"
    r"includes?)\b[^.;]{0,60}\bsubject to\b"
    # "I understand that these are education records covered by FERPA"
    r"|\b(?:acknowledg\w*|recogni[sz]\w*|understands?)\s+that\s+(?:these|those|they|such)\s+"
    r"(?:are|is|constitute)\b[^.;]{0,60}\b(?:subject to|covered by|protected by|governed by)\b"
)
# A claim of it: "SignSense is designed to comply with FERPA".
DESIGN_CLAIM = LazyPattern(rf"\b(?:{_DESIGNED})\b")
# Where a sentence's clauses part: a comma or semicolon, or "and" before a new subject and its
# verb ("Maplewood shall comply with FERPA and the Service has been designed to …").
_CLAUSES = LazyPattern(
    r"[,;]|\s+and\s+(?=(?:(?:the|its|our|their)\s+)?[\w-]+\s+(?:shall|will|must|has|have|is|are|"
    r"was|were)\b)"
)


def without_design_claims(low: str) -> str:
    """The clauses of ``low`` besides a claim of the product's design, when another of them
    still names FERPA: "Maplewood shall comply with FERPA, and the Service has been designed
    to comply with FERPA" is a firm promise."""
    rest = " ".join(c for c in _CLAUSES.split(low) if c and not DESIGN_CLAIM.search(c))
    return rest if "ferpa" in rest else low


def on_records_only(low: str) -> bool:
    """Whether the whole sentence, not only its clauses that name FERPA (as :mod:`.ferpa` reads
    them), opens on the records condition that the vendor's promise after it answers: "To the extent
    Customer Data includes education records, Maplewood will act as a school official, and
    each party will comply with FERPA", "…, the School designates Maplewood a school official, and
    Maplewood will comply with FERPA as to those records" (not "…, the School remains
    responsible for them, and Maplewood will comply with FERPA at all times")."""
    opening = OPENS_ON_RECORDS.search(low)
    if opening is None:
        return False
    rest = low[opening.end() :]
    if re.search(
        r"\b(?:in all cases|in any event|regardless|in every case|at all times|in all "
        r"respects|with respect to all)\b",
        rest,
    ):
        return False
    # the vendor's own clause answers the condition, or its promise points back to the records
    return bool(re.match(rf"\W*(?:{PROVIDER}|we|i|each party|the parties)\b", rest)) or bool(
        re.search(r"\b(?:those|such|these)\s+(?:education\s+)?records\b|\bas to them\b", rest)
    )
