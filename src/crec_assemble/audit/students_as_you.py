"""Terms that speak to the student as "you": whose is "You own Your Content" (provision 11).

Terms of use address whoever uses the service. Where they say who that is, and the student is
among them ("'you' means the person using the Service, including a student who plays through
a class", "If you are a student using a School Account, …"), "You own what you make" gives the
students what they create, as a careful reader takes it. Where "you" is the school, the
teacher or the account's owner ("'you' means that School", "the person or organization that
creates the account"), or the terms never say, the same sentence may give the students
nothing, and the rules leave it unread (the readings table: readers label such sentences
present, weak and missing alike). Kept apart from the rule, which reads what it is given.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .lazy_pattern import LazyPattern

__all__ = ["read_as_the_students", "students_called_you"]

_YOU = r"[\"\u201c]you[\"\u201d]"
# The students among those the terms call "you".
_STUDENTS = r"(?:students?|pupils?|learners?)"
_STUDENT_IS_YOU = LazyPattern(
    # "In these Terms, "you" means the person using the Service, including a student who …"
    rf"{_YOU}\s+(?:means|refers\s+to|includes)\b[^.;]{{0,120}}\bincluding\s+(?:a\s+|any\s+|each\s+)?"
    rf"{_STUDENTS}\b"
    # "If you are a student using a School Account, your teacher can remove you …"
    rf"|\bif\s+you\s+are\s+(?:a|an)\s+{_STUDENTS}\b"
    # "These Terms apply to teachers, schools … and to students and parents or guardians who
    # use Treadle"
    rf"|\b(?:terms|agreement)\s+(?:apply|applies)\s+to\b[^.]{{0,200}}\band\s+to\s+{_STUDENTS}\b"
    r"[^.;]{0,40}\bwho\s+use\b",
    re.IGNORECASE,
)
# "you" said to be someone else where students use the service: "… "you" means that School",
# "'You' means the teacher who signs up", "the person or organization that creates the account".
_SOMEONE_ELSE_IS_YOU = LazyPattern(
    rf"{_YOU}\s+(?:(?:for\s+this\s+purpose|also)\s+)?(?:means|refers\s+to)\s+(?:that|the|your|"
    r"such)\s+(?:school|district|educator|teacher|institution|organi[sz]ation|customer)\b"
    rf"|{_YOU}\s+(?:(?:or|and)\s+[\"\u201c]\w+[\"\u201d]\s+)?(?:means|refers\s+to)\s+the\s+"
    r"(?:person|individual)\s+or\s+(?:organi[sz]ation|entity)\s+that\b",
    re.IGNORECASE,
)
# "You own Your Content", "As between you and Coilwave, you own Your Content", "You keep
# ownership of the drawings … you create in the App", "You own what you make": what the
# user makes (not the school's "Student Data", "School Data" or "Customer Data").
_YOU_OWN_WHAT_YOU_MAKE = LazyPattern(
    r"^(?P<opening>\W*(?:[\d.]+\s+)?(?:as\s+between\s+[^,;]{1,60},\s*)?)"
    r"(?=you\s+(?:own|keep\s+(?:all\s+)?ownership\s+of|retain\s+(?:all\s+)?ownership\s+of)\s+"
    r"(?!(?:all\s+)?(?:the\s+)?(?:student|school|customer|institution|district)\s+data\b)"
    r"(?:your\s+(?:user\s+)?(?:content|creations|submissions|work|projects|designs|recordings)\b"
    r"|what\s+you\s+(?:make|create|write|draw|record)\b"
    r"|[^.;]{0,160}\byou\s+(?:make|create|write|draw|record|build|compose)\b))",
    re.IGNORECASE,
)


def students_called_you(texts: Iterable[str]) -> bool:
    """Whether the terms say the student is among those they call "you", and never that
    "you" is the school, the teacher or the account's owner."""
    texts = list(texts)
    return any(_STUDENT_IS_YOU.search(t) for t in texts) and not any(
        _SOMEONE_ELSE_IS_YOU.search(t) for t in texts
    )


def read_as_the_students(text: str) -> str:
    """``text`` as the rules read it where the student is "you": "You own Your Content" read
    "If you are a student, you own Your Content"; any other sentence as it is."""
    return _YOU_OWN_WHAT_YOU_MAKE.sub(
        lambda m: f"{m.group('opening')}If you are a student, ", text, count=1
    )
