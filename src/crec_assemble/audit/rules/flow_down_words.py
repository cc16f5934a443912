"""The words that bind a subcontractor to the contract's terms (provision 14): all of them
("bound by the same terms", "no less protective", "every term of this agreement") or some
only ("contractually bound to use it only for …", "a confidentiality agreement", "asked to
follow, Section 4"). :mod:`.subcontracts` reads them beside the school's consent; kept apart
because the drafting is various.
"""

from __future__ import annotations

from ..lazy_pattern import LazyPattern
from ..lexicon import VENDOR_BY_ROLE

__all__ = ["BOUND", "HELPERS_BOUND", "SOME_TERMS"]

# Every term of this agreement, or all of these terms (not "these terms:" before a list of some,
# nor "… every term of this agreement that applies to …").
_EVERY_TERM = (
    r"(?:(?:every|each|all(?: of the)?)\s+terms?\s+(?:in|of)\s+this\s+(?:agreement|letter|contract)"
    r"|everything\s+in\s+this\s+(?:agreement|letter|contract)"
    r"|(?:all\s+(?:of\s+)?)?these\s+(?:[\w-]+\s+){0,3}?terms(?!\s*:))(?!\s+that\s+appl)"
)
BOUND = LazyPattern(
    # (not "bound by its own standard terms of service")
    r"\b(?:bound (?:in writing )?by(?!\s+(?:its|their|his|her)\s+own\b)|"
    r"no less (?:protective|stringent)|at least as (?:protective|stringent)|"
    # "at least as strict as ours", "… as this page" (not "… as industry standards")
    r"(?:no less|at least as) strict"
    r"(?=\s+(?:as|than)\s+(?:this|these|those|ours|our|"
    r"the\s+(?:terms|obligations|provisions|protections)\b))|"
    # "… to protect student data at least as well as this page does" (this paper, not "as well
    # as our own staff do", "… as our competitors do")
    r"at least as well(?=\s+as\s+(?:this\s+(?:page|agreement|addendum|policy|notice|dpa)|"
    r"these\s+terms|we\s+(?:do|must)\s+under\s+this))|"
    # (not "the same classroom rules as the students")
    # (not pay "on the same terms as the Artist")
    r"(?<!\bon )(?<!\bon the )(?:the )?same (?!(?:classroom|school|safety|visitor|building|house|"
    r"dress|studio|fire|background|health|shop)\b)"
    r"(?:student (?:information|privacy|data) |[\w-]+ )?"
    r"(?:obligations|terms|restrictions|protections|"
    # "My apprentice will follow the same rules in this Agreement about student information"
    r"requirements|rules)|flow[- ]down|containing (?:the )?(?:provisions|terms|obligations) "
    r"(?:equivalent|identical) to|obligations (?:at least|consistent)|comply with (?:all (?:of )?)?"
    r"(?:the (?:same|terms)|this|these)|bind\w*|included in (?:any|every|each)|"
    # "every such sub-contract shall include the provisions of Sections 1 and 2", "… shall
    # include the CT Required Terms", "… provisions equivalent to Sections 3 to 9"
    # ("… will include every term of this Agreement that protects Student Information")
    r"(?:shall|will|must) (?:include|incorporate|contain) (?:all |every |each )?(?:of )?"
    r"(?:the |these )?(?:[\w-]+ ){0,3}?(?:provisions|terms|requirements|obligations|"
    r"(?<=every )term(?=\s+(?:of|in)\s+this\b)|(?<=each )term(?=\s+(?:of|in)\s+this\b))"
    r"(?: (?:of|that|equivalent to|identical to))?"
    # a consultant's letter: "has to follow everything in this letter, the same as me"
    # (or "Dale will follow this agreement")
    # ("My assistant follows this agreement just as I do")
    # ("anyone we bring is held to these terms")
    r"|(?:follows?|obeys?|abides? by|keeps? to|(?:is|are|be)\s+held\s+to)\s+"
    r"(?:(?:everything|all(?: of)? (?:the )?terms)\s+in\s+)?"
    # (its terms on student data, not "this agreement's lesson plan" or "payment terms")
    r"(?:these\s+terms\b|this\s+(?:entire\s+)?(?:letter|agreement|contract|addendum|rider))"
    r"(?!['\u2019]s\s+(?!(?:student[- ](?:privacy|data|information)|privacy|data[- ]protection|"
    r"confidentiality)\s+terms\b))"
    # "anyone we do bring will sign on to every term of this agreement about student information"
    # ("… and any helper we bring signs on to all of these terms")
    rf"|sign\w*\s+on\s+to\s+{_EVERY_TERM}"
    # "that person will have to agree in writing to every term in this agreement"
    # ("anyone I bring agrees in writing to follow all of these terms")
    rf"|agree\w*\s+in\s+writing\s+to\s+(?:(?:follow|comply\s+with|abide\s+by|observe)\s+)?"
    rf"{_EVERY_TERM}"
    # "anyone we bring … and they will work under the terms of this letter" (the helpers, not the
    # vendor's own "will perform under the terms of this Agreement"; all the terms, not those
    # "that relate to confidentiality")
    r"|(?:they|(?:anyone|whoever)\s+(?:i|we|she|he|they)\s+(?:bring|engage|hire|use)s?|"
    r"(?:each|every|any|all)\s+(?:such\s+)?(?:subcontractors?|helpers?|assistants?|"
    r"substitutes?|persons?|of\s+them))\s+(?:will|shall|must)\s+(?:work|act|perform)\s+under\s+"
    r"(?:all\s+)?(?:the\s+)?(?:same\s+)?terms\s+of\s+this\s+(?:letter|agreement|contract|addendum)"
    r"(?!\s+(?:that|which)\s+(?:appl|relat|concern|cover|govern)))\b"
)
# Bound by some written terms, not said to be these: "contractually bound to use it only for
# Pebble", "under written contracts", "bound in writing to confidentiality".
SOME_TERMS = LazyPattern(
    r"\bcontractually\s+(?:bound|required|obligated)|\b(?:bound|required)\s+in\s+writing|"
    # one clause passed to the consultant's helpers: "… will be told about this clause 9 and must…"
    r"^(?:(?!\b(?:school|district|lea|customer|crec)\s+brings\b).)*?\b(?:told|informed)\s+(?:about|"
    r"of)\s+this\s+(?:section|clause)\s+[\d.]+\s+and\s+must\s+follow\b|"
    r"\bunder\s+written\s+(?:contracts?|agreements?)"
    r"|\bwritten\s+(?:contracts?|agreements?)\s+(?:requiring|that require)"
    # a part of the terms flowing down: "shall require each of them to keep the Student Data
    # confidential", "bound by a confidentiality agreement"
    r"|\brequir\w*\s+(?:each\s+of\s+)?(?:them|each|it(?!\s*,)|every|any\s+such\s+(?:person|people|"
    r"individual))\b[^.;]{0,20}\bto\s+(?:keep|"
    # ("… anyone who plays with me agrees to keep the list private")
    # ("… and will ensure that they keep Student Information confidential")
    r"maintain|protect|hold)\b|\b(?:are|is)\s+(?:asked|required)\s+to\s+keep\b"
    # "… will be told about, and asked to follow, Section 4"
    r"|\basked\s+to\s+follow,?\s+(?:section|clause|paragraph)\s+[\d.]+"
    r"|(?:\bagrees?\s+to\s+keep|\bensure\s+that\s+(?:they|he|she|each\s+of\s+them)\s+(?:keeps?|holds?))\b"
    r"(?=[^.;]{0,40}\b(?:private|confidential|secure)\b)"
    r"|\b(?:bound by|sign\w*|subject to)\s+(?:a\s+|an\s+|the\s+|its\s+|our\s+)?"
    r"(?:[\w'\u2019-]+\s+){0,2}confidentiality\s+(?:obligations|agreements?|pledges?|undertakings?|"
    r"notes?|forms?|statements?|acknowledge?ments?)\b"
    # "… keeps the Participant List confidential on the same terms as the Artist"
    # ("… confidential on the same terms I do under this agreement")
    r"|\b(?:confidential|private|secure)\b[^.;]{0,20}\bon\s+the\s+same\s+terms\s+(?:as\s+(?:the\s+)?"
    rf"(?:{VENDOR_BY_ROLE}|me|us)|(?:as\s+)?(?:i|we)\s+do|(?:the\s+)?{VENDOR_BY_ROLE}\s+does)\b"
    # "I will tell them about the rules in this section and they will follow them"
    r"|\b(?:they|he|she)\s+(?:will|must|shall)\s+(?:follow|keep\s+to|abide\s+by)\s+(?:them|those|these)\b"
    # "shall ensure that each of them observes Sections 4.3 and 4.4"
    # ("Any assistant will follow this Section 6")
    r"|\b(?:observes?|follows?|complies? with|abides? by)\s+(?:this\s+)?(?:sections?|paragraphs?|"
    r"clauses?)\s+"
    r"[\d.]+(?:\([a-z]\))?(?:\s*(?:,|and)\s*[\d.]+(?:\([a-z]\))?)*\b"
    r"(?!\s*(?:through|to|[-\u2013\u2014])\s*\d)"
    # "a written agreement with each Subprocessor containing data protection obligations
    # substantially similar to those in Section 6"
    r"|\b(?:obligations|terms|provisions)\s+substantially\s+(?:similar|equivalent|comparable)\b"
    # "Any assistant will sign a short written agreement to follow Sections 4 through 7"
    r"|\bwritten\s+agreement\s+to\s+(?:follow|comply\s+with|observe)\s+sections?\b"
    # "will give each of them a copy of Section 4 and make sure they follow it"
    r"|\bcopy\s+of\s+(?:section|paragraph|clause)\s+[\d.]+\b[^.;]{0,60}\b(?:follow|comply|keep\s+to)\b"
    # HIPAA's terms, not these: "Each will sign a business associate agreement"
    r"|\bbusiness\s+associate\s+(?:agreements?|contracts?|addend(?:um|a))\b"
)


# Helpers bound by the paper, with nothing else said of them: "They follow these same Terms,
# including Section 6", "… and she is bound by the same confidentiality terms in this letter" (a
# flow-down, the school's consent not asked: weak, as outside readers label it 13 times in 14);
# the helper the subject, never the vendor, its staff or office, the school, its users or a
# successor ("Maplewood will comply with these Terms", "students follow the classroom rules").
HELPERS_BOUND = LazyPattern(
    r"(?:^\W*|[,:;]\s*(?:and\s+)?|\band\s+)"
    r"(?:they|he|she|each\s+of\s+them|every(?:one|body)|any(?:one|body)|whoever|"
    r"(?:any|each|every)\s+such\s+persons?|"
    r"(?:(?:our|my|the|any|each|every|all|two|three)\s+)?(?:[\w-]+\s+){0,2}?(?:assistants?|helpers?|"
    r"volunteers?|apprentices?|accompanists?|pianists?|instructors?|interpreters?|tutors?|"
    r"deput(?:y|ies)|colleagues?|musicians?|technicians?|substitutes?|handlers?|crew|guests?))\b"
    r"(?:\s+(?:who|that|whom)?\s*(?:we|i)\s+work\s+with)?"
    r"(?:\s+who\s+(?:works?|helps?|comes?)\s+with\s+(?:us|me))?"
    # ("Any helper I bring follows these same rules")
    # ("… I bring along", "… I hire for the concert")
    r"(?:\s+(?:that\s+|who\s+|whom\s+)?(?:we|i)\s+(?:bring|use|hire|engage)(?:\s+(?:along|in|on|"
    r"for\s+(?:the\s+|a\s+)?[\w-]+))?)?"
    # ("The deputy receives the participant list and is bound by …")
    r"(?:[^.;]{0,60}?\band)?\s*(?:['\u2019]ll\s+|will\s+|must\s+|shall\s+|also\s+)?"
    # ("He has agreed in writing to follow this section 6", "… agrees in writing to keep to …")
    r"(?:(?:has|have)\s+agreed\s+(?:in\s+writing\s+)?to\s+|agrees?\s+(?:in\s+writing\s+)?to\s+)?"
    r"(?:follows?|(?:is|are|will\s+be|be)\s+(?:bound\s+by|held\s+to)|keeps?\s+to|compl(?:y|ies)\s+with)\s+"
    # (not rules of another kind: "Any helper follows our studio safety rules")
    r"(?:these|the\s+same|this|our)\s+(?!(?:[\w-]+\s+){0,3}?(?:safety|house|studio|classroom|"
    r"building|conduct|dress|fire)\b)(?:[\w-]+\s+){0,3}?(?:terms|section|letter|rider|agreement|"
    r"promises|rules)\b(?!['\u2019]s)"
)
