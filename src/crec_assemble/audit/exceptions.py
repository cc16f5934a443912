"""Exceptions to a promise, and whether the regulation allows them.

"shall not disclose Student Data, except as required by law" keeps the promise; "… except to
our partners" swallows it. :func:`broad_exception` reads each alternative of an exception
("except to our service providers, or as required by law") against the exceptions the
regulation itself allows: the law, a court, a successor bound by the same terms, the school's
direction or instructions (processing on its behalf), school purposes, safety, the contract's
own terms and purposes, the service itself as an alternative of its own ("and to provide the
Services"), the law's own case ("unless that law prohibits such information"), and provision
7's own exception for content a student chose to keep in a personal account.
"""

from __future__ import annotations

import re

from .lazy_pattern import LazyPattern
from .lexicon import IN_CLAUSE, LEA
from .negation import negated

__all__ = ["NO_EXCEPTION_AFTER", "SAVE", "allowed_exception", "broad_exception"]

# A denial with no exception after it in its clause: "Nobody pays us to place a suggestion"
# (not "…, except our Featured Partners"), "we do not collect more than the lesson needs" (not
# "…, but we may keep usage data to market our products").
NO_EXCEPTION_AFTER = r"(?![^.;]*\b(?:except|unless|other\s+than|but)\b)"

# "save" as an exception ("save as required by law"), not the verb ("to save a student's
# progress").
SAVE = (
    r"(?<!\bto )(?<!\bwill )(?<!\bwe )(?<!\bi )(?<!\bcan )save"
    r"(?=\s+(?:as|for|that|where|when|if|to|with|insofar|in\s+the\s+case|upon|on)\b)"
)

_EXCEPTION_REACH = 120
"""How far an exception's alternatives are read before they are judged one by one."""
_EXCEPTION = LazyPattern(
    # ("We do not show targeted advertising to athletes, with one exception: the Discover tab
    # shows Sponsored Camp listings")
    # and a sentence that opens on its exception: "Other than the portfolio uses described in
    # Section 6.2, the Artist will use student information only to …"
    # (not "Notwithstanding Article IV, Section 6, Provider shall not: …", "…, neither Acme nor
    # its subprocessors shall …", a ban that overrides the section it names; but "… shall not
    # be prohibited from …" allows)
    # ("notwithstanding anything to the contrary …" overrides, always)
    rf"(?:\b(?:except|unless|{SAVE}|provided(?:,? however,?)? that|but may|"
    r"notwithstanding(?!\s+anything\b)"
    # (the notwithstanding's own main clause: not "…, and Maplewood and its partners will not …")
    r"(?![^.;:]{0,100}?,\s*(?!and\b|but\b|or\b)(?:neither\b|(?:[\w-]+\s+){1,6}?(?:shall|will|must|may)\s+"
    r"(?:not|never)\b"
    r"(?!\s+be\s+(?:prohibited|restricted|prevented|limited|barred)\b)))|"
    r"with (?:one|an|a single|two|three|the following) exceptions?)\b|^\W*(?:\d[\d.]*\s+)?"
    r"other than\s+(?=(?:the|its|our|their)\s+(?:[\w-]+\s+){0,3}?uses\b))"
    rf"({IN_CLAUSE}{{0,{_EXCEPTION_REACH}}})"
    r"|\b(?:deems? (?:appropriate|necessary|fit)|as (?:we|it) see[s]? fit|any other purpose)\b"
)
# Exceptions the regulation itself allows: the law, a court, a successor bound by the same
# terms, the school's own direction or consent, school purposes, safety.
_ALLOWED_EXCEPTION = LazyPattern(
    # "unless required to do so by Union or Member State law"
    r"\b(?:required by (?:law|statute)|required (?:to do so )?by (?:[\w-]+\s+){0,4}?law\b|"
    r"law enforcement|court order|subpoena|legal process|"
    r"comply with (?:the |applicable )?law|judicial|successor|merger|acquisition|"
    r"(?:written )?(?:consent|direction|instruction)s? of the|directed by|"
    # "… except to process it on the School's instructions", "… on Customer's behalf"
    r"(?:on|per|under|in accordance with) (?:the )?(?:district|lea|school|board|customer|crec|"
    r"client|institution)['\u2019]s (?:written |documented )?(?:instructions?|directions?|behalf)|"
    r"as (?:the )?"
    r"(?:district|lea|school|board|customer|crec) (?:directs|instructs|authori[sz]es)|"
    r"school purposes?|safety|student'?s? (?:own )?(?:request|account)|"
    r"as (?:this|the) (?:agreement|addendum|dpa|contract) (?:expressly )?(?:permits|allows|"
    r"provides|authori[sz]es)|permitted (?:by|under) this|"
    # the contract's own terms: "except the purposes permitted in these Terms", "other than those
    # authorized by the Order Form"; "unless required to do otherwise by applicable law"
    r"(?:permitted|authori[sz]ed|allowed|set out|described) (?:in|by|under) (?:(?:this|these) "
    r"(?:agreement|terms|addendum|dpa|contract)|the order form)\b(?! of (?:use|service))|"
    r"required to do otherwise by (?:applicable )?law|"
    # the service itself, as an exception's own alternative: "… except to process it on
    # Customer's behalf and to provide the Services" (not the promise after an exception: "Except
    # as the law permits, Maplewood will use it only to provide the Services")
    r"^\W*to (?:provide|perform|deliver|support) (?:the|its|our) (?:services?|program)"
    r"(?: to (?:the )?(?:school|district|customer|lea))?\s*[.:;]?\s*$|"
    # "… for anything except the purposes in this agreement"
    r"purposes? (?:in|of|under) (?:this|these) (?:agreement|terms|letter|contract)\s*[.:;]?\s*$|"
    # "…; in such a case the Processor shall inform the Customer …, unless that law prohibits such
    # information": the law's own case
    r"(?:that|the|such|applicable) law prohibits\b|"
    # "… except the limited rights granted in this Section 4": what the contract itself grants
    # (what that section grants is read where the exception is, :mod:`.rules.data_rights`)
    r"limited (?:rights?|licen[cs]es?) (?:granted|given|set out) (?:in|by|under) (?:this|these)\b|"
    # provision 7's own, and nothing more: "This Section does not apply to Student-Generated
    # Content that a student, parent or legal guardian has chosen to keep in a personal …
    # account." (not the student's teacher, a public gallery, or "…, or to usage records")
    r"student[- ]generated content\s+(?:that|which)\s+(?:a|the)\s+(?:student|pupil)"
    r"(?:(?:\s*,\s*|\s+or\s+|,\s+or\s+)(?:(?:his\s+or\s+her|his|her|their|the\s+student['\u2019]s)\s+)?"
    r"(?:parent|legal\s+guardian|guardian)s?)*\s+(?:(?:has|have)\s+)?(?:chosen|chooses|chose|elected|"
    r"elects|opted|opts)\s+to\s+(?:keep|retain|store|transfer)\s+(?:in|to)\s+(?:a|an|their|his\s+or\s+her)\s+"
    r"(?:[\w-]+\s+){0,4}?accounts?(?:\s+(?:with|at)\s+[\w-]+(?:\s+[\w-]+)?)?"
    r"(?:\s+after\s+[^.;,]{0,40})?(?=\s*[.;]?\s*$)|"
    # provision 11's own: "Customer owns all Student Data, except that Student Work belongs to
    # the student"
    r"(?:student|pupil)s?['\u2019]?\s+(?:work|content|creations?|[\w-]+\s+content)\s+(?:belongs?|remains?)\s+"
    r"(?:with\s+|to\s+)?(?:the\s+|each\s+)?(?:student|pupil)s?\b|"
    # 15(e)(E): a service provider the vendor binds by contract to the same terms.
    r"(?:sub-?processors?|subcontractors?|service providers?)\b[^;]{0,40}\b(?:bound|subject to "
    r"(?:the same|written|equivalent)|contractually (?:bound|required|obligated)))\b"
)
_REST_OF_CLAUSE = LazyPattern(rf"{IN_CLAUSE}*")
# An exception's alternatives ("except to our service providers, or as required by law"):
# each must be one the regulation allows.
# ("… except to process it on Customer's behalf and to improve Maplewood's other products")
# ("… except for the purposes of this Agreement and for product development")
_ALTERNATIVE = LazyPattern(
    r",\s*(?:or|and)\s+|\s+(?:or|and)\s+(?=to\s|(?:for|other|our|its|any)\b)"
)
# Where an exception ends and the sentence's next promise begins: "… except to further school
# purposes, and will apply the same limits to every copy" — unless that promise grants what the
# first one denied ("…, and we will rent Student Data to our research partners").
_NEXT_PROMISE = LazyPattern(
    r",?\s+(?:and|but)\s+(?:(?:the\s+)?(?:contractor|provider|vendor|we|it)\s+)?(?:will|shall|must)\s"
)
_GRANTS = (
    r"\b(?:sell|rent|trade|shar|disclos|transfer|licen[cs]|use|using|target|market|advertis|"
    r"provid|give)\w*"
)
# Documents of the vendor's, or of others, that no exception may point to: "except as described
# in the Agreement or our Privacy Policy".
_OUTSIDE_DOCUMENT = LazyPattern(
    r"\b(?:privacy (?:policy|notice|statement)|terms of (?:use|service)|(?:partner|reseller) "
    r"agreement|letter of intent)\b"
)


def allowed_exception(text: str) -> bool:
    """Whether ``text`` names an exception the regulation itself allows (the law, a court, a
    successor bound by the same terms, the school's direction, school purposes, safety)."""
    return _ALLOWED_EXCEPTION.search(text.casefold()) is not None


_DATA_VERB = (
    r"(?:collect|stor|keep|retain|use|disclos|shar|process|maintain|sell|transfer|access|gather|"
    r"hold|rent|trad)\w*"
)
_DATA_OBJECT = r"(?:\s+(?:it|them|(?:the\s+|such\s+)?(?:student\s+)?data|student\s+information))?"
# The verbs a denial opens, one denial read as "not use": "not collect or store", "never
# collect, store or use", "not disclose Student Data or use it".
_JOINED_VERBS = LazyPattern(
    rf"\b(?:not|never|nor)\s+(?:\w+\s+)?{_DATA_VERB}(?:,\s*{_DATA_VERB})*,?\s+"
    rf"(?:or|and|and/or)\s+(?:otherwise\s+)?{_DATA_VERB}"
    # "not disclose Student Data or use it": the object between, joined by "or" only
    rf"|\b(?:not|never)\s+(?:\w+\s+)?{_DATA_VERB}{_DATA_OBJECT}\s+(?:or|nor)\s+{_DATA_VERB}"
)


def broad_exception(text: str) -> bool:
    """An exception that could swallow the promise: anything but what the regulation allows.
    A catch-all that is itself denied ("and not for any other purpose") is the promise."""
    low = text.casefold()
    for match in _EXCEPTION.finditer(low):
        if match.group(1) is None:
            # the verbs the denial joins are one denial: "shall not collect or store them for
            # any other purpose"
            before = _JOINED_VERBS.sub("not use", low[: match.start()])
            if re.search(
                r"\b(?:not|nor|never|no)\b(?:(?!\b(?:and|but|or|except|unless)\b)[\w\s/]){0,40}$",
                before,
            ):
                continue
            return True
        exception = match.group(1)
        if len(exception) == _EXCEPTION_REACH:
            # the window cut the last alternative short: it runs on to its clause's end
            rest = _REST_OF_CLAUSE.match(low, match.end(1))
            exception += rest.group(0) if rest else ""
        first, *next_promise = _NEXT_PROMISE.split(exception, maxsplit=1)
        if next_promise and (
            not re.search(_GRANTS, next_promise[0]) or negated(next_promise[0], _GRANTS)
        ):
            exception = first
        # ("… except the purposes in this agreement: running the sessions, planning …": the
        # contract's purposes, then listed)
        head, colon, _ = exception.partition(":")
        if colon and _ALLOWED_EXCEPTION.search(head):
            exception = head
        alternatives = _ALTERNATIVE.split(exception)
        if not all(
            _ALLOWED_EXCEPTION.search(part) and not _OUTSIDE_DOCUMENT.search(part)
            for part in alternatives
            if part.strip()
        ):
            return True
    # "without parental consent": a consent the regulation does not allow; the school's is.
    return any(
        not re.search(LEA, whose.group(0))
        for whose in re.finditer(
            r"\bwithout\s+(?:[\w'\u2019]+\s+){0,4}?consent\b(?:\s+of\s+(?:the\s+)?[\w'\u2019]+)?",
            low,
        )
    )
