"""Provision 11: what the students made, said to be theirs, by the service's own words for
them and for what they make ("Participants keep ownership of their Submissions", "Each student
owns his or her comic"), or by a word that points back to the sentence that names it ("Every
student paints a mural panel. These belong to the student.").
"""

from __future__ import annotations

import re

from ..lazy_pattern import LazyPattern
from ..lexicon import DATA, lowered
from ..reader import Sentence
from .content_owners import KEEP_WHAT_THEY_MAKE, OWNED_AS_MINORS
from .content_words import MAKE

__all__ = ["OWNED_BY_LEARNERS", "made_by_learners", "made_by_minors", "with_what_it_names"]

# Owned by the students who made it, whatever the vendor calls it: "Each Submission remains
# the property of the Student who authored it", "Tips submitted by students shall be the
# property of the student", "Learners retain all ownership rights in the responses they
# submit". The thing is their making, so it is their content, not the school's data.
_LEARNERS = r"(?:students?|learners?|pupils?|child(?:ren)?)"
OWNED_BY_LEARNERS = LazyPattern(
    rf"\b(?:property|ownership)\s+of\s+(?:the\s+|each\s+|that\s+)?{_LEARNERS}\b"
    # (not "belong to the student's school")
    rf"|\bbelong\w*\s+to\s+(?:the\s+|each\s+|that\s+)?{_LEARNERS}\b"
    r"(?!['\u2019]s?\s+(?:school|district|teacher|class|institution)\b)"
    rf"|\b{_LEARNERS}\s+(?:\w+\s+)?(?:owns?\b|(?:keep|retain)s?\s+(?:all\s+)?(?:ownership|title|"
    r"(?:all\s+)?rights?\s+in)\b)"
)
_MADE = LazyPattern(
    r"\b(?:creat|writ|wrote|written|authou?r|submit|upload|made|mak|record|produc|draw|drew)\w*\b"
    r"|\b(?:essays?|submissions?|writing samples?|work samples?|journals?|tips|stories|drawings?|"
    # ("Students retain ownership of their Student Observations")
    r"artwork|portfolios?|observations?|projects?|designs?|creations?|notebooks?|clips?|videos?|"
    # ("Each student owns his or her comic", "… a safety pledge poster. These belong to …")
    r"comics?|posters?|poems?|sketch(?:es)?|paintings?|songs?|story|sculptures?|collages?|murals?|"
    # ("… their Sky Logs", "journal entries"; not "login logs" or "gradebook entries")
    r"photos?|posts?|(?<!login )(?<!access )(?<!audit )(?<!activity )(?<!usage )(?<!server )"
    r"(?<!system )(?<!gradebook )(?<!attendance )(?<!data )(?:logs?|entries))\b"
)


def with_what_it_names(before: Sentence | None, sentence: Sentence) -> str:
    """The sentence, lowered, after the sentence ``before`` it in its paragraph when it opens
    with a word that points back to it: "Each student fills in a safety pledge poster. These
    belong to the student and go home with them." (what "these" are is said before)."""
    low = lowered(sentence)
    if before is None or before.paragraph != sentence.paragraph or not _POINTS_BACK.match(low):
        return low
    named = lowered(before)
    # (what the students made, not what they were given: "Each student receives a signed poster")
    if not re.search(rf"\b(?:students?|pupils?)\s+(?:{MAKE}|fill|paint|complete)\w*", named):
        return low
    return f"{named} {low}"


_POINTS_BACK = LazyPattern(r"^\W*(?:these|they|those|both|each of (?:these|them))\b")


def made_by_minors(low: str) -> bool:
    """What the service's users make, owned by them or a minor's parent: "Content an
    Exhibitor creates … belongs to that Exhibitor (or, for a minor, …)" (not "owns the contact
    details in his or her profile")."""
    return bool(
        re.search(OWNED_AS_MINORS, low)
        and re.search(r"\b(?:content|work|posts?|photos?|videos?|entries|notes|logs?)\b|"
                      r"\b(?:creat|submit|upload|post|writ|made|make)\w*", low)
        and not re.search(r"\b(?:contact details|profiles?|accounts?|personal information)\b", low)
    )  # fmt: skip


def made_by_learners(low: str) -> bool:
    """Something the students made, owned by them, and not the school's data or records:
    "Participants keep ownership of their Submissions" by the service's word for them too."""
    return bool(
        (OWNED_BY_LEARNERS.search(low) or KEEP_WHAT_THEY_MAKE.search(low))
        and _MADE.search(low)
        and not _RECORDS.search(low)
    )


_RECORDS = LazyPattern(rf"{DATA}|\b(?:records?|information)\b")
