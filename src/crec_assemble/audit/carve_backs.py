"""A promise another section of the paper takes back.

Vendor paper often makes the promise in one numbered section and withdraws it in another:
"3.1 Supplier will not use Student Data for targeted advertising … 3.3 Sections 3.1 and 3.2
do not apply to Family Portal Contact Data, which Supplier may use to send offers",
"Notwithstanding Section 4.2, Vendor may …", "Nothing in this Section 3 restricts Vendor
from …". The promise is there, but not whole: weak, with the sentence that takes it back.
Only a section named by its number is followed, or the promise's own section cut back in its
paragraph ("This Section C10 does not apply to Tutors"), and not where what it carves out is
what the regulation itself allows (a merger's successor bound by the same terms, the law, a
court, data that identify no one); an exception in the promise's own words is the rules' to
judge.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .exceptions import allowed_exception
from .lazy_pattern import LazyPattern
from .lexicon import NO_ONE
from .reader import Sentence

__all__ = ["taken_back"]

# The promise's own number: "3.1 Supplier will …", "Advertising and Sale 3.1 Supplier will …"
# (a heading run into it), "(b) 4.2 …".
# (not a section another term names: "Notwithstanding Sections 5.3 and 5.4: … Provider shall
# notify …"; but "Section 5.3 Maplewood shall notify …" is its own)
_OWN_NUMBER = LazyPattern(
    r"^\W*(?!(?i:notwithstanding|subject\s+to|pursuant\s+to|despite|under|except)\b)"
    r"(?:[A-Za-z][\w ]{0,40}?\s)?(\d+(?:\.\d+)+)(?![\w.]|\.\d)"
)
_NUMBERS = r"(\d+(?:\.\d+)*(?:\s*(?:,|and|or|through|to|&)\s*\d+(?:\.\d+)*)*)"
_TAKES_BACK = LazyPattern(
    rf"\b(?:sections?|paragraphs?|clauses?)\s+{_NUMBERS}(?:\s+(?:above|of this \w+))?[^.;]{{0,60}}?"
    r"\b(?:do(?:es)?|shall|will)\s+not\s+(?:apply|restrict|prevent|limit|prohibit)\b"
    rf"|\bnotwithstanding\s+(?:anything in\s+)?(?:sections?|paragraphs?|clauses?)\s+{_NUMBERS}"
    rf"|\bnothing in (?:this\s+)?(?:sections?|paragraphs?|clauses?)\s+{_NUMBERS}[^.;]{{0,40}}?"
    r"\b(?:restricts?|prevents?|limits?|prohibits?)\b",
    re.IGNORECASE,
)


_NOTHING_PERMITS = LazyPattern(
    r"\bnothing\b[^.;]{0,40}\b(?:permits?|allows?|authori[sz]es?)\b", re.IGNORECASE
)


# The promise's own section cut back in its paragraph: "This Section C10 does not apply to
# Tutors, whose access … is governed by Section 4.2".
_THIS_SECTION_EXCEPT = LazyPattern(
    r"^\W*(?:this|these)\s+(?:sections?|clauses?|paragraphs?|articles?)\b(?:\s+[\w.-]{1,6})?\s+"
    r"(?:does|do|shall|will)\s+not\s+apply\s+to\b",
    re.IGNORECASE,
)


def taken_back(promise: Sentence, sentences: Sequence[Sentence]) -> Sentence | None:
    """The sentence that withdraws or cuts back ``promise``'s numbered section, or its own
    section in its paragraph, or None."""
    here = next(
        (
            s
            for s in sentences
            if s.paragraph == promise.paragraph
            and _THIS_SECTION_EXCEPT.match(s.text)
            and not allowed_exception(s.text)
            and not re.search(NO_ONE, s.text.casefold())
        ),
        None,
    )
    if here is not None:
        return here
    own = _OWN_NUMBER.match(promise.text)
    if own is None:
        return None
    number = own.group(1)
    for sentence in sentences:
        if sentence is promise or allowed_exception(sentence.text):
            continue  # "does not prevent a transfer to a successor bound by this DPA"
        if _NOTHING_PERMITS.search(sentence.text):
            continue  # "Notwithstanding Sections 3.2 and 3.3, nothing in this DPA permits …": more
            # forbidden, not less
        for match in _TAKES_BACK.finditer(sentence.text):
            named = next(group for group in match.groups() if group is not None)
            if any(
                number == section or number.startswith(section + ".")
                for section in re.findall(r"\d+(?:\.\d+)*", named)
            ):
                return sentence
    return None
