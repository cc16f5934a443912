"""Whose data a sentence speaks of (provision 1, :mod:`.data_rights`): the school's data by the
words vendors and consultants use for them, by who gave them, or by "that information" after a
sentence that names them; those data said to be the school's for good ("Student information
you share with us stays yours", ``NOT_OURS``); and said to stay the school's, the noun left out
("The roster … stay the school's", ``STAY_THE_SCHOOLS``); and the vendor as the one the
data are denied to (:func:`vendor_named`)."""

from __future__ import annotations

import re

from ..lazy_pattern import LazyPattern
from ..lexicon import DATA, LEA, PROVIDER
from .content_owners import ONLY, WHOSE
from .derived_data import VERB

__all__ = [
    "DEICTIC",
    "NAMED_DATA",
    "NOT_OURS",
    "SCHOOLS_DATA",
    "STAY_THE_SCHOOLS",
    "vendor_named",
]

# The data named by who gave them and whom they are about: "Everything the school shares with
# me about its pupils" (not "everything the school gives me to use", its materials).
WHAT_IT_SHARES = (
    # ("anything else you send us about your pupils", as terms for schools address the school)
    # ("All information the School shares with us about pupils")
    rf"(?:everything|anything|whatever|all)\s+(?:else\s+|information\s+)?(?:that\s+)?(?:(?:the\s+|your\s+)?{LEA}|"
    r"you)\s+(?:shares?|gives?|sends?|provides?)\b[^.;]{0,40}?\babout\s+(?:its\s+|the\s+|your\s+|"
    r"their\s+)?(?:students|pupils|children|participants)\b"
)
# The data named by the sentence before: "The School sends me a class roster. The School keeps
# ownership of that information." (read only after a sentence that names them, see R1)
DEICTIC = (
    r"\b(?:that|this|such)\s+(?:information|data)\b"
    # "Student information is … . They are not the property of, or under the control of, …"
    r"|^\W*they\b(?=\s+are\s+not\s+(?:the\s+)?property\b)"
    # "… is CREC's information. It is not my property and is not under my control."
    r"|^\W*it\b(?=\s+is\s+not\s+(?:the\s+|my\s+|our\s+)?property\b)"
)
# What the school owns, as vendors call it: the data, or its "Customer Content".
NAMED_DATA = (
    rf"{DATA}|{WHAT_IT_SHARES}"
    r"|\b(?:customer|subscriber|school|district|client|licensee|lea|institution) "
    r"(?:content|materials)\b"
    # "The records you send me … stay CREC's property", "Participant information supplied by
    # CREC remains CREC's property"
    r"|\brecords\b|\b(?:participants?|campers?|athletes?|players?)['\u2019]?\s+information\b"
    # "You own Your Content, including all Student Content", "Student Work is not the
    # property of … the Consultant" (not "Your Content" alone, which may be the school's own
    # uploads only)
    r"|\b(?:student|students['\u2019]?|pupil|learner) (?:content|work|submissions|uploads)\b"
    # a consultant's words: "Class lists, allergy notes … belong to the School", "Everything
    # about your students that I receive …", "Rosters and anything else you share with us"
    # (not "Team rosters are the property of the School", which leaves the rest open)
    r"|\b(?:class|student|participant)\s+lists?\b|(?<!\bteam )\brosters?\b"
    r"|\b(?:student|pupil)\s+details\b"
    r"|\b(?:everything|anything)\s+(?:about|concerning)\s+(?:your|the|its)\s+(?:students|pupils|"
    r"children)\b"
    # "anything else I learn about students through this engagement"
    r"|\b(?:everything|anything)\s+(?:else\s+)?(?:i|we)\s+(?:learn|hear|am\s+told|are\s+told)\s+"
    r"about\s+(?:your\s+|the\s+|its\s+)?(?:students|pupils|children)\b"
    r"|\banything\s+else\s+you\s+share\b"
    # "any other information about CREC students that I receive belong to CREC"
    rf"|\b(?:information|data|details)\s+(?:about|concerning|regarding)\s+"
    rf"(?:(?:your|the|its|their)\s+)?(?:{LEA}(?:['\u2019]s)?\s+)?(?:students|pupils|children)\b"
    # "Any names the School gives us remain …": the data named by who gave them
    rf"|\b(?:any|all|the)\s+(?:student\s+)?names\s+(?:that\s+)?(?:the\s+|your\s+)?{LEA}\s+"
    r"(?:shares?|gives?|sends?|provides?)\b"
    r"(?![^.;]{0,20}\b(?:for|of)\s+(?:its\s+|the\s+|their\s+)?(?:staff|employees?|badges?)\b)"
)
# … or by the sentence before ("The School keeps ownership and control of that information")
SCHOOLS_DATA = f"{NAMED_DATA}|{DEICTIC}"


# Stays the school's, for good (not "stays yours until the subscription ends").
_STAYS_YOURS = r"\b(?:stays?|remains?)\s+yours\b(?!\s+(?:until|unless|only|while)\b)"
# (a student's files or notes, not "Photos and notes you upload", the user's own)
_DATA_WORDS = (
    r"(?:data|information|records?|rosters?|lists?|details|scores|grades|"
    r"(?<=student\s)(?:files|notes))\b"
)
# "Student information and recordings are not ours."
# (the data its subject: not "The choice of which student records … is not ours")
NOT_OURS = LazyPattern(
    r"\b(?:data|information|records?|recordings?|photo(?:graph)?s|files|rosters?|notes)\s+"
    r"(?:(?:and|or)\s+(?:[\w-]+\s+){1,3}?)?(?:is|are)\s+not\s+(?:ours|mine)\b"
    # "Student information you share with us (names of volunteers, …) stays yours"
    # ("Class lists and any other student details you send us stay yours")
    r"|\b(?:data|information|details|records?|rosters?|class\s+lists?|photo(?:graph)?s)\s+(?:that\s+)?"
    r"you\s+"
    r"(?:give|share|provide|send)\s+(?:with\s+|to\s+)?(?:us|me)\s+(?:\([^)]{0,200}\)\s*)?"
    rf"{_STAYS_YOURS}"
    # "Any information you give us about your students, including names …, remains yours"
    r"|\b(?:information|data|details)\s+(?:you\s+(?:give|share|provide)\s+(?:with\s+)?(?:us|me)\s+)?"
    r"about\s+(?:your\s+)?(?:students|pupils|children)\b"
    r"(?:(?!\b(?:responsibilit\w*|risk|accuracy|duty|costs?|liability)\b)[^.;]){0,60}?"
    rf"{_STAYS_YOURS}"
    # the data, by any words, said to stay the school's: "Student records you upload to the
    # Service remain yours", "Your student data, including rosters and grades, remains yours",
    # "Your participant list remains yours" (not where something else is what stays: "the
    # responsibility for the accuracy of the records remains yours", "the choice of what to
    # upload remains yours"; nor "do not remain yours")
    r"|^(?!.*\b(?:responsibilit\w*|choice|accuracy|risk|duty|costs?|liability|decision)\b[^.;]{0,80}"
    rf"{_STAYS_YOURS}).*?\b{_DATA_WORDS}[^.;]{{0,80}}?(?<!\bnot\s)(?<!\bnever\s){_STAYS_YOURS}"
    r"|\b(?:data|information|records?|rosters?|lists?)\b[^.]{0,80}\b(?:we|i)\s+(?:make|have|"
    r"assert)\s+no\s+(?:claim|ownership)\s+(?:to|in|of|over)\s+(?:it|them)\b"
)


# Whose the data are, the noun left out: "The roster and any student information the school
# gives me stay the school's." The data are the subject (not "Obtaining consent … remains the
# School's", "The choice of which Student Data to upload stays the School's").
STAY_THE_SCHOOLS = LazyPattern(
    r"^\W*(?:\(?[\w.]{1,6}[.)]?\s+)?(?!\w+ing\b|(?:the\s+)?(?:choice|decision|responsibility|"
    r"duty|obligation|task|cost)s?\b)"
    # ("Student details you send us remain the school's information")
    rf"(?:(?!{VERB})[^.;]){{0,120}}?(?:{DATA}|\brecords\b|\brosters?\b|\bclass lists?\b|"
    r"\b(?:student|pupil)\s+details\b)"
    rf"(?:(?!{VERB})[^.;]){{0,80}}?\b(?:stay|stays|remain|remains|are|is)\s+{ONLY}(?:the\s+|your\s+)?{LEA}"
    # ("… about your pupils remain the school's information")
    r"['\u2019]s(?=\s*[.;,:]|\s+(?:and|alone)\b|\s+(?:information|data|records|property)\b"
    r"(?![^.;]{0,40}\b(?:until|unless|then)\b))"
    # the data named by who gave them: "Everything the school shares with me about its pupils
    # stays the school's"
    rf"|^\W*{WHAT_IT_SHARES}[^.;]{{0,60}}?\b(?:stays?|remains?)\s+(?:the\s+)?{LEA}['\u2019]s"
    r"(?=\s*[.;,:]|\s+and\b)"
)


def vendor_named(low: str) -> bool:
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
