"""Sub-contracts (provision 14): CREC's express written consent, and the same terms flowing
down to every subcontractor.

Notice for consent, consent deemed or given in advance, subcontractors exempted by kind, or
some terms only flowing down: weak. A bare licence to subcontract is missing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lazy_pattern import LazyPattern
from ..lexicon import LEA, VENDOR_BY_ROLE, find, lowered, negated
from ..reader import Sentence
from .flow_down_words import BOUND, HELPERS_BOUND, SOME_TERMS
from .qualified import firm
from .registry import Verdict, missing, present, rule, weak
from .subcontractor_words import (
    DEEMED,
    HELPERS,
    IN_ADVANCE,
    LICENCE_TO_SUBCONTRACT,
    NAMES_TOLD_FIRST,
    NOTICE_OF_SUBS,
    PARTIAL_TERMS,
    PROFESSIONALS,
    SUBS,
)


@rule("R14")
@firm
def subcontractors_need_written_consent_and_the_same_terms(
    sentences: Sequence[Sentence],
) -> Verdict:
    """Read clause by clause: "We use a few service providers. We'll get your written OK
    before adding a new one, and each one signs a contract requiring it to follow these same
    terms" names the subcontractor once and binds it in the next sentence."""
    about = [s for s in sentences if _about_subcontractors(s, sentences)]
    # The school's consent to subcontract, not waived and not a case of another list
    asked = [
        s
        for s in about
        if re.search(_CONSENT, lowered(s))
        and re.search(rf"{LEA}|\byour?\b|{_SCHOOLS_OFFICER}", lowered(s))
        and not _waived(lowered(s))
        and not _consent_to_something_else(lowered(s))
    ]
    with_consent = [
        s
        for s in asked
        if re.search(
            r"\b(?:written|prior|express)\b|\b(?:consents?|approves?|agrees?|authori[sz]es?)\s+in\s+"
            r"writing\b",
            lowered(s),
        )
    ]
    # "shall not subcontract without the District's consent": consent, but not in writing
    consent_only = [s for s in asked if s not in with_consent]
    bound = {id(s) for s in about if BOUND.search(lowered(s))}
    with_terms = [s for s in about if id(s) in bound or SOME_TERMS.search(lowered(s))]
    all_terms = [s for s in with_terms if id(s) in bound and not PARTIAL_TERMS.search(lowered(s))]
    # (not a limit on disclosure that leaves the subprocessors out of it, beside the consent to
    # subcontract a clause of its own asks for every one: "shall not disclose Student Data …
    # without the LEA's written consent, except to authorized Subprocessors" beside "shall not
    # enter into a sub-contract without the express written consent of the LEA")
    unexempt = [s for s in with_consent if not _EXEMPT.search(lowered(s))]
    exempt = next(
        (
            s
            for s in with_consent
            if _EXEMPT.search(lowered(s))
            and not (unexempt and _EXCEPT_THE_HELPERS.search(lowered(s)))
        ),
        None,
    )
    if exempt is not None:
        return weak(exempt, "the school's written consent, but not for some subcontractors")
    # (or in the next sentence of the consent's paragraph: "Gridwise will request consent by
    # e-mail …, and consent shall be deemed given if the Board does not object …")
    consent_paragraphs = {s.paragraph for s in asked}
    deemed = next(
        (
            s
            for s in sentences
            if (s in about and (DEEMED.search(lowered(s)) or IN_ADVANCE.search(lowered(s))))
            or (
                s.paragraph in consent_paragraphs
                and DEEMED.search(lowered(s))
                and re.search(r"\b(?:consent|approval)\b", lowered(s))
            )
        ),
        None,
    )
    if (with_consent or consent_only) and deemed is not None:
        return weak(
            deemed,
            "the school's consent is deemed given if it does not object, or given in advance: "
            "not its express written consent",
        )
    if with_consent and all_terms:
        return present(
            unexempt[0],
            "subcontractors need the school's written consent and are bound by the same terms",
        )
    if with_consent and with_terms:
        return weak(
            unexempt[0],
            "subcontractors need the school's written consent, but only some of the terms, or "
            "terms merely like them, flow down to them, not all of provisions 1-13",
        )
    if consent_only:
        return weak(
            consent_only[0],
            "subcontractors need the school's consent, but not its express written consent",
        )
    # (a duty of confidence alone is not these terms flowing down: "with service providers who
    # host the Service …, and who are bound by confidentiality obligations", a bare licence)
    terms = [s for s in with_terms if not _CONFIDENCE_ONLY.search(lowered(s))]
    if with_consent or terms:
        return weak((with_consent or terms)[0], _ONE_OF_THE_TWO)
    refused = [
        s
        for s in find(sentences, r"\bsub-?contract\w*")
        # the verb denied ("will not subcontract", "I do not use subcontractors"), not a noun
        # under another denial ("will not disclose Student Data except to its subcontractors")
        if negated(
            s.text,
            r"\bsub-?contract(?:s|ed|ing)?\b(?!ors?\b)"
            r"|\b(?:use|engage|hire|retain)\s+(?:any\s+)?sub-?contractors\b"
            r"(?!\s+(?:to|for|who|other\s+than|except)\b|,\s*(?:other\s+than|except)\b)",
        )
        # a fact of today, not a promise: "does not currently use subcontractors"
        and not re.search(r"\b(?:currently|at present|presently|as of)\b", lowered(s))
        and not re.search(_CONSENT, lowered(s))
    ]
    if refused:
        return present(refused[0], "does not subcontract at all")
    # (or in the paragraph that names them: "Sometimes a second facilitator joins Marisol. We
    # will tell the District contact in advance who is coming.")
    named_in = {s.paragraph for s in about}
    noticed = next((s for s in sentences if _told_of(s, about, named_in)), None)
    if noticed is not None:
        return weak(noticed, "the school is told of new subcontractors, but need not consent")
    bound_helpers = find(sentences, HELPERS_BOUND.pattern)
    if bound_helpers:
        return weak(bound_helpers[0], _ONE_OF_THE_TWO)
    if about:
        # A bare licence to subcontract says the opposite of the provision: nothing of it is
        # there to strengthen.
        return missing(
            "uses subcontractors with neither the school's written consent nor these terms "
            "flowing down to them",
            about[0],
        )
    return missing("nothing on subcontractors")


# The school by its officer: "without the Program Coordinator's prior written approval", "the
# Principal's", "the Superintendent's" (not the vendor's own: "its own Program Director",
# "Maplewood's District Administrator", read "Contractor's …")
_SCHOOLS_OFFICER = (
    r"(?<!\bits own )(?<!\bour )(?<!contractor['\u2019]s )(?<!contractor['\u2019]s own )"
    r"\b(?:(?:program|school|district|site)\s+(?:coordinator|contact|administrator|director|manager)|"
    r"principal|superintendent)['\u2019]s\b"
)
# ("bound by confidentiality obligations", "subject to obligations of confidentiality", "bound
# by a duty of confidentiality"; not terms measured by this paper's, "… at least as protective
# as this Agreement", "… substantially similar to those in this Section 4", "… the confidentiality
# terms of Section 6", nor by anything else: "… consistent with industry practice")
_CONFIDENCE_ONLY = LazyPattern(
    r"\b(?:bound\s+by|subject\s+to)\s+(?:[\w'\u2019-]+\s+){0,2}?(?:confidentiality\s+(?:obligations|"
    r"commitments|duties|undertakings|terms)|(?:obligations?|dut(?:y|ies))\s+of\s+confidentiality)\b"
    r"(?![^.;]{0,80}\b(?:(?:this|these)\s+(?:agreement|section|terms|addendum|dpa|letter|contract|"
    r"paragraph|clause|rider|exhibit)\b|(?:section|article|clause|paragraph)\s+[\dIVX]))"
)
_ONE_OF_THE_TWO = (
    "only one of the two: the school's written consent, or the same terms flowing down to every "
    "subcontractor"
)


def _told_of(sentence: Sentence, about: Sequence[Sentence], named_in: set[int]) -> bool:
    """Whether ``sentence`` tells the school of the subcontractors in place of its consent: in a
    sentence about them, by any notice; in another of the paragraph that names them, only by the
    narrow words that tell who is coming (not "will notify the School of any material change")."""
    low = lowered(sentence)
    if _FOR_THE_FRONT_DESK.search(low):
        return False
    if sentence in about:
        return bool(NOTICE_OF_SUBS.search(low))
    # (not the vendor's own people: "Our own trainers run the visits, and we will tell you who is
    # coming")
    return (
        sentence.paragraph in named_in
        and bool(NAMES_TOLD_FIRST.search(low))
        and not re.search(r"\bour\s+own\b", low)
    )


# Names given for the visitors' log, not for the school to weigh: "I will give the School
# their names in advance so that they can sign in as visitors".
_FOR_THE_FRONT_DESK = LazyPattern(
    r"\bso\s+(?:that\s+)?(?:they|he|she)\s+can\s+sign\s+in\b|\bas\s+visitors?\b"
)
# Some subcontractors need no consent: "except for hosting providers", "other than its
# Affiliates".
_EXEMPT = LazyPattern(
    r"\b(?:except|excluding|other than)\s+(?:for\s+)?(?:(?!with\b|upon\b|as\b)\w+\s+){0,3}?"
    r"(?:hosting|cloud|infrastructure|affiliates?|service providers?|sub-?processors?|vendors?)\b"
)
# A disclosure limit whose exception is the helpers themselves, all of them ("… without the
# LEA's written consent, except to authorized Subprocessors"): it leaves them to the clause on
# subcontracting, and exempts none (not "…, other than its cloud hosting providers").
_EXCEPT_THE_HELPERS = LazyPattern(
    r"\b(?:disclos\w*|shar(?:e|es|ed|ing)|transfer\w*)\b[^.;]{0,200}?\b(?:except|other\s+than)\s+(?:to\s+)?"
    r"(?:its\s+|our\s+|the\s+)?(?:authori[sz]ed\s+|approved\s+)?(?:sub-?processors|sub-?contractors|"
    r"service\s+providers)\b"
)
# The vendor itself ("Company holds Student Data only as Customer's service provider").
_ITSELF = LazyPattern(
    r"\bas (?:(?:a|an|the)\s+)?(?:[\w-]+['\u2019]s\s+)?(?:service provider|agent)\b"
    # ("The Artist is engaged as an independent contractor")
    r"|\b(?:is|are)\s+(?:engaged|retained|hired|acting)\s+as\s+an?\s+independent[- ]contractor\b"
)
_CONSENT = (
    r"\b(?:written consent|prior consent|consent|approv\w*|authori[sz]\w*|ok|okay|"
    r"go-ahead|sign-?off|permission)\b"
    # "CREC consents to Operator's use of …" (the school consenting, not "each subprocessor
    # consents to the same terms")
    rf"|\b(?:{LEA}|you)\s+(?:hereby\s+)?consents?\b"
    # "only … if you agree in writing first" (the school, not the subcontractor, agreeing)
    # (not to something it states: "unless the School agrees in writing that I must cancel")
    rf"|\b(?:you|(?:the\s+)?{LEA})\s+agrees?\s+in\s+writing\b(?!\s+that\b)"
    # "without your written agreement" (not "as set out in your written agreement with the
    # Council", the contract)
    rf"|\bwithout\s+(?:your|(?:the\s+)?{LEA}['\u2019]s)\s+(?:prior\s+)?written\s+agreement\b"
)
# A list's mark, "; (b) …" (not a period's figure, "within ten (10) business days").
_LIST_MARK = (
    r";|\(\w{1,3}\)(?!\s+(?:business\s+|calendar\s+|school\s+)?(?:days?|hours?|weeks?|months?|"
    r"years?)\b)"
)


def _consent_to_something_else(low: str) -> bool:
    """A list of cases where the school's consent is one case and the subcontractors another:
    "will not disclose … except (a) to its subprocessors, (b) as required by law, or (c) with
    the School's consent" asks no consent to subcontract; nor does a consent in a clause of its
    own before the one that names them ("I will not reschedule a class unless the School agrees
    in writing, and a substitute may lead the class in my place"; not "…, and the School's
    written consent is needed before adding one", which comes after)."""
    # ("We share student data only with service providers …, when the law requires it, or with
    # your school's or a parent's consent": the consent one case of a list of disclosures)
    if re.search(
        # ("…, or with the district's permission", "…, and otherwise with your consent")
        # (not a condition the consent goes on: "… only after the subcontractor agrees in
        # writing …, and with the School's prior written consent")
        r"\b(?:share|disclose)\w*\b(?:(?:(?!\bonly\s+(?:after|if|when|once|upon)\b)[^.;])*|"
        r"[^.;]*,\s*(?:or\s+|and\s+)?(?:to|with|when|as|if)\b[^.;]*),\s*(?:or|and)\s+(?:otherwise\s+)?"
        r"with\s+"
        r"(?:(?!\bwithout\b)[^.;]){0,40}\b"
        r"(?:consent|permission|authori[sz]ation)\b"
        # ("… to our service providers, or as otherwise authorized by the School": the helpers
        # their own case; not "to any subcontractor except with consent, or as permitted …")
        # ("We share information with service providers …, when required by law, with your
        # consent, and if Huacaya is involved in a merger": the consent a case in the middle)
        r"|\b(?:share|disclose)\w*\b[^.;]{0,200},\s*with\s+(?:your|the\s+[\w-]+['\u2019]s)\s+(?:[\w-]+\s+)?"
        r"(?:consent|permission)\s*,\s*(?:and|or)\s+(?:if|when|where|as|to|in|for|upon|on|by|with)\b"
        r"|\b(?:share|disclose)\w*\b[^.;]*\b(?:to|with)\s+(?:its|our|the)\s+(?:subcontractors|"
        r"subprocessors|service\s+providers)\b[^.;]*,\s*or\s+as\s+(?:otherwise\s+)?(?:authori[sz]ed|"
        r"permitted|directed)\s+by\b",
        low,
    ):
        return True
    items = re.split(_LIST_MARK, low)
    if len(items) > 1 and not any(
        re.search(SUBS, item) and re.search(_CONSENT, item) for item in items
    ):
        return True
    clauses = re.split(r",\s+(?:and|but)\s+(?=(?:an?|the|any|i|we)\b)", low)
    consent = next((n for n, c in enumerate(clauses) if re.search(_CONSENT, c)), None)
    named = next((n for n, c in enumerate(clauses) if re.search(SUBS, c)), None)
    return consent is not None and named is not None and consent < named


def _about_subcontractors(sentence: Sentence, sentences: Sequence[Sentence]) -> bool:
    """Whether ``sentence`` speaks of subcontractors, itself or as the sequel of a sentence
    that names them earlier in its paragraph ("… adding a new one")."""
    if sentence.heading or _THE_SCHOOLS_PEOPLE.search(lowered(sentence)):
        return False
    names = re.compile(SUBS)
    if names.search(_ITSELF.sub("", lowered(sentence))):
        return True
    # (or the paragraph before, in the same numbered section: a PDF's "4.7 … may engage
    # assistant instructors." and "Each will sign …" apart)
    earlier = [
        s
        for s in sentences
        if s is not sentence
        and (
            s.paragraph == sentence.paragraph
            or (sentence.section and s.section == sentence.section
                and s.paragraph == sentence.paragraph - 1)
        )
    ]  # fmt: skip
    return any(names.search(_ITSELF.sub("", lowered(s))) for s in earlier) and bool(
        re.search(r"\b(?:new one|each one|(?:each|every|any) such|such (?:\w+ )?(?:entity|party|"
                  r"person)|it|they|(?:each|all) of them|anyone who (?:helps|assists) (?:me|us)|"
                  r"(?:^\W*|,\s*and\s+|;\s*)each(?= "
                  r"(?:will|shall|must|is\s+bound)\b)|^\W*(?:assistants|associates|helpers|apprentices)\s+"
                  r"(?:are|will|shall|must)\b|^\W*(?:the|my|our)\s+(?:assistants?|associates?|helpers?|"
                  # (not "The Consultant will be bound …", the vendor itself)
                  r"strikers?|pianists?|accompanists?|co-teachers?|apprentices?)\b"
                  # "…, and the assistant will be bound by this Section 4"
                  rf"|\b(?:and|but)\s+the\s+{HELPERS}\s+"
                  r"(?:will|shall|must)\b"
                  # "…, and he is bound by this section the same as I am": the helper, bound
                  # ("She is bound by this section 6 in the same way I am.")
                  r"|(?:^\W*|\b(?:and|but)\s+)(?:he|she|they)\s+(?:is|are|will\s+be)\s+bound\b"
                  # "… will make sure the assistant follows Section 5", "…, and Dale will follow
                  # this agreement"
                  rf"|\bthe\s+{PROFESSIONALS}s?\s+"
                  r"(?:follows?|complies|keeps(?:\s+to)?|abides)\b"
                  r"|\b(?:and|but)\s+\w+\s+(?:will|shall|must)\s+(?:follow|comply\s+with|keep\s+to)\s+"
                  r"this\s+(?:agreement|letter|contract)\b"
                  # "Anyone she engages will be bound in writing by …", "Anyone I bring is bound …"
                  rf"|\b(?:anyone|anybody|whoever|any\s+person)\s+(?:she|he|they|we|i|it|(?:the\s+)?"
                  rf"{VENDOR_BY_ROLE})\s+(?:engages?|brings?|hires?|uses?)\b"
                  # ("I'll let you know in advance, and whoever comes will follow this letter")
                  r"|\bwhoever\s+(?:comes|attends|is\s+sent)\b"
                  # "Each person who sees Student Information will be … bound by it"
                  # (not the vendor's own staff: "… who has access to Student Data at Maplewood
                  # is bound by Maplewood's employee confidentiality policy")
                  r"|^\W*(?:each|every|any)\s+(?:such\s+)?person\s+who\s+(?:sees|receives|handles)\b"
                  rf"(?![^.;]*\b(?:employees?|staff)\b|[^.;]*\bat\s+(?:the\s+)?{LEA})"
                  # "She follows the same student-information rules in Section 4 that I do."
                  r"|(?:^\W*|\b(?:and|but)\s+)(?:he|she|they)\s+(?:follows?|will\s+follow|keeps?\s+to)\b"
                  r"|(?:any|each|every|that)\s+(?:proposed\s+|new\s+|such\s+|approved\s+|roster\s+|"
                  r"assisting\s+|visiting\s+|guest\s+)?"
                  rf"(?:contract\s+)?{PROFESSIONALS}s?)\b",
                  lowered(sentence))
    )  # fmt: skip


# People the school provides, assigns or has cover a session: its own, not sub-contracted
# ("each co-facilitator the School provides", "the School may have another therapist from its
# own staff cover the session").
_THE_SCHOOLS_PEOPLE = LazyPattern(
    rf"{LEA}\s+(?:provides|assigns|supplies|may\s+have)\b|\bits\s+own\s+staff\b"
    # "the classroom teacher may lead the warm-up in my place", "a parent helper chosen by the
    # School"; students or parents who bring a helper of their own
    r"|\bthe\s+(?:classroom|homeroom|host)\s+teachers?\b"
    rf"|\b(?:chosen|selected|provided|appointed)\s+by\s+(?:the\s+)?{LEA}"
    r"|\b(?:students?|parents?|families)\s+(?:may|can)\s+bring\b"
)


def _waived(low: str) -> bool:
    """ "may engage subcontractors without the District's consent": a permission, not a
    promise (unlike "shall not subcontract without the District's consent"); nor is the
    terms' own grant of a licence to subcontract ("You authorize Clipwise to engage
    Subprocessors …") the school's consent asked for each."""
    return (
        bool(
            re.search(
                r"\bwithout\b[^.;]{0,40}\b(?:consent|approval|authori[sz]ation|permission)", low
            )
        )
        and not negated(low, r"\bwithout\b")
    ) or bool(
        # (not beside the consent it asks for any other: "…, and Maplewood shall not engage
        # any other subprocessor without the School's prior written consent")
        LICENCE_TO_SUBCONTRACT.search(low)
        and not re.search(
            r"\b(?:not|never)\b[^.;]{0,60}\bwithout\b[^.;]{0,40}\b(?:consent|approval|"
            r"authori[sz]ation|permission|agreement)\b",
            low,
        )
    )
