"""Terms that speak to the student as "you": whose is "You own Your Content" (provision 11).

Terms of use address whoever uses the service. Where they say who that is, and the student is
among them ("'you' means the person using the Service, including a student who plays through
a class", "If you are a student using a School Account, …"), "You own what you make" gives the
students what they create, as a careful reader takes it. Where "you" is the school, the
teacher or the account's owner ("'you' means that School", "the person or organization that
creates the account"), or the terms never say, the same sentence may give the students
nothing, and the rules leave it unread (the readings table: readers label such sentences
present, weak and missing alike). The sentence so rewritten goes to the rule of provision 11
alone (the registry's ``of_students_work``): no other provision reads "you" so.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .lazy_pattern import LazyPattern

__all__ = ["AS_A_STUDENT", "OR_YOUR_PARENT", "read_as_the_students", "students_called_you"]

# How a sentence is rewritten where the student is "you" (:func:`read_as_the_students`), which
# the rule of provision 11 reads again to know the sentence was rewritten.
AS_A_STUDENT = "If you are a student, "

# The parent who owns in a minor's place: "You (or, if you are under 13, your parent or
# guardian) own …".
OR_YOUR_PARENT = (
    r"\(\s*or,?\s+if\s+you\s+are\s+under\s+(?:the\s+age\s+of\s+)?\d{1,2},\s+your\s+"
    r"(?:parents?|guardians?)\b[^()]{0,25}\)"
)

_YOU = r"[\"'\u201c\u2018]you[\"'\u201d\u2019]"
# The students among those the terms call "you" (not a student teacher, a student's parent).
_STUDENTS = (
    r"(?:students?|pupils?|learners?)\b(?!['\u2019]s?\b)"
    r"(?!\s+(?:teachers?|interns?|workers?|employees?|assistants?|aides?|union)\b)"
)
_STUDENT_IS_YOU = LazyPattern(
    # "In these Terms, "you" means the person using the Service, including a student who …"
    # ("… means the person using the Service: a student, a parent or guardian, a teacher, …")
    # (a list after the colon, not "… registers an account: students never register"; not "not
    # including students")
    rf"{_YOU}\s+(?:means|refers\s+to|includes)\b[^.;]{{0,120}}?(?:(?<!\bnot\s)\bincluding\s+"
    rf"(?:a\s+|any\s+|each\s+)?{_STUDENTS}|:\s+(?:a\s+|any\s+|each\s+)?{_STUDENTS}(?=\s*(?:,|or\b)))"
    # "If you are a student using a School Account, your teacher can remove you …" (not "If
    # you are a student, you may not create an account")
    rf"|\bif\s+you\s+are\s+(?:a|an)\s+{_STUDENTS}"
    r"(?![^.;]{0,200}\b(?:may\s+not|cannot|can\s*not|must\s+not|not\s+(?:permitted|allowed|eligible|"
    r"intended)|(?:for\s+)?teachers\s+only)\b)"
    # "These Terms apply to teachers, schools … and to students and parents or guardians who
    # use Treadle"
    rf"|\b(?:terms|agreement)\s+(?:apply|applies)\s+to\b[^.]{{0,200}}\band\s+to\s+{_STUDENTS}\b"
    r"[^.;]{0,40}\bwho\s+use\b"
    # "These Terms apply to everyone who uses Puff Defense …, including students who play
    # through a Classroom"
    r"|\b(?:terms|agreement)\b[^.]{0,40}?\s+(?:apply|applies)\s+to\s+(?:everyone|anyone|all\s+users)\b"
    rf"[^.]{{0,160}}(?<!\bnot\s)\bincluding\s+{_STUDENTS}\b"
    # "You (or, if you are under 13, your parent or guardian) own …": the user a child whose
    # parent owns in its place, in school paper a student (not "If you are under 18, your
    # parent … must agree to these Terms for you", said to any user)
    rf"|\byou\s+{OR_YOUR_PARENT}\s+own\b",
    re.IGNORECASE,
)
# "you" said to be someone else where students use the service: "… "you" means that School",
# "'You' means the teacher who signs up", "the person or organization that creates the account".
# (among other defined words: ""Customer", "you" and "your" mean the school …")
_AND_OTHERS = r"(?:,?\s*(?:and\s+|or\s+)?[\"'\u201c\u2018]\w+[\"'\u201d\u2019]){0,6}+,?\s+"
_SOMEONE_ELSE_IS_YOU = LazyPattern(
    rf"{_YOU}{_AND_OTHERS}(?:(?:for\s+this\s+purpose|also)\s+)?(?:means?|refers?\s+to)\s+"
    r"(?:that|the|your|such|a|an|any|each)\s+(?:school|district|educator|teacher|institution|"
    r"organi[sz]ation|customer|subscriber|account\s+holder|administrator)\b"
    rf"|{_YOU}{_AND_OTHERS}(?:means?|refers?\s+to)\s+the\s+"
    r"(?:person|individual)\s+or\s+(?:organi[sz]ation|entity)\s+that\b",
    re.IGNORECASE,
)
# What students make given to the school or the vendor in a term of its own: "All content
# created by students belongs to the School", "If you are a student, the work you create in the
# App belongs to your school" (the specific term decides, not the general "You own …").
_THEIRS_GIVEN_AWAY = LazyPattern(
    r"\b(?:content|work|projects?|creations?|submissions?|materials?|drawings?)\s+"
    r"(?:(?:that\s+)?(?:students?|pupils?|you)\s+(?:make|makes|create|creates|submit|submits)|"
    r"(?:created|made|submitted)\s+by\s+(?:the\s+)?(?:students?|pupils?|you))\b[^.;]{0,60}"
    r"\b(?:belongs?\s+to|(?:is|are|shall\s+be|remains?)\s+(?:the\s+)?(?:sole\s+)?property\s+of|"
    r"(?:is|are)\s+owned\s+by)\s+(?:the\s+|your\s+|its\s+)?(?:school|district|customer|institution|"
    r"lea|crec|educator|teacher|us)\b",
    re.IGNORECASE,
)
# "You own Your Content", "As between you and Coilwave, you own Your Content", "You keep
# ownership of the drawings … you create in the App", "You own what you make", "You (or, if
# you are under 13, your parent or guardian) own the maps … you create": what the
# user makes (not the school's "Student Data", "School Data" or "Customer Data").
_YOU_OWN_WHAT_YOU_MAKE = LazyPattern(
    r"^(?P<opening>\W*+(?:[\d.]+\s+)?(?:as\s+between\s+[^,;]{1,60},\s*)?)"
    r"(?=you\s+(?:\([^()]{0,120}\)\s+)?(?:own|keep\s+(?:all\s+)?ownership\s+of|retain\s+(?:all\s+)?ownership\s+of)\s+"
    r"(?!(?:none|no|nothing|neither)\b)"
    r"(?!(?:all\s+)?(?:the\s+)?(?:student|school|customer|institution|district)\s+data\b)"
    r"(?:your\s+(?:user\s+)?(?:content|creations|submissions|work|projects|designs|recordings)\b"
    r"|what\s+you\s+(?:make|create|write|draw|record)\b"
    r"|[^.;]{0,160}\byou\s+(?:make|create|write|draw|record|build|compose)\b))",
    re.IGNORECASE,
)


_PARENT_ASIDE = LazyPattern(
    rf"(?P<student>{re.escape(AS_A_STUDENT)}you)\s+"
    # (not an aside that gives it to the school: "(or, where a School creates the account …,
    # that School)")
    r"\((?![^()]*\b(?:school|district|teacher)\b)[^()]{0,120}?\b(?:parents?|guardians?)\b[^()]{0,60}\)",
    re.IGNORECASE,
)


def students_called_you(texts: Iterable[str]) -> bool:
    """Whether the terms say the student is among those they call "you", never that "you" is
    the school, the teacher or the account's owner, and give what students make to no one
    else in a term of its own."""
    texts = list(texts)
    return any(_STUDENT_IS_YOU.search(t) for t in texts) and not any(
        _SOMEONE_ELSE_IS_YOU.search(t) or _THEIRS_GIVEN_AWAY.search(t) for t in texts
    )


def read_as_the_students(text: str) -> str:
    """``text`` as the rules read it where the student is "you": "You own Your Content" read
    "If you are a student, you own Your Content"; any other sentence as it is."""
    read = _YOU_OWN_WHAT_YOU_MAKE.sub(
        lambda m: f"{m.group('opening')}{AS_A_STUDENT}", text, count=1
    )
    # the parent who owns in the student's place is the student's side ("You (or, for a
    # Student Account, the student's parent or guardian) own …")
    return _PARENT_ASIDE.sub(r"\g<student>", read, count=1) if read != text else read
