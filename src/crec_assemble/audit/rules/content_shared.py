"""What the students made, kept or licensed by the vendor beside their ownership: the
readings that leave provision 11 weak where the students are named owners (and, for a grant
that vests their work in the vendor, provision 1 as well, in :mod:`.data_rights`).

An ownership clause says little if the next term takes the work back: "… the property of the
student, subject to the license granted in Section 7.3" where 7.3 is exclusive and perpetual;
"all right, title and interest in such derivative Designs vests in Stitchwise"; "The
Contractor holds the copyright in the book … and may print, publish and sell copies of it".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..lazy_pattern import LazyPattern
from ..lexicon import LEA, NO_ONE, PROVIDER, find, lowered, negated
from ..reader import Sentence, of_section, top_section
from ..students_as_you import AS_A_STUDENT
from .registry import Verdict, weak, weakened

__all__ = [
    "BROAD_LICENCE",
    "content_licensed_for_good",
    "lasting_grant_in_section",
    "outlived_by_a_licence",
    "shared_with_the_vendor",
    "vested_in_the_vendor",
]

# A licence for the vendor's own ends: "a licence to use, copy, store and display School
# Data to provide, improve and promote the Services".
BROAD_LICENCE = (
    r"\blicen[cs]e\b[^.;]{0,160}\b(?:for any purpose|promot\w*|market\w*|advertis\w*|"
    r"commerciali[sz]\w*"
    # "… and for Provider's other business purposes"
    r"|(?<!\bnever for )(?<!\bnot for )"
    r"(?:its|our|(?:the\s+)?(?:provider|contractor|vendor)['\u2019]s)\s+(?:own\s+|other\s+)+"
    r"(?:internal\s+)?business\s+purposes"
    # "… to operate and improve the app, including to train the models behind its coach"
    r"|train\w*\s+(?:the\s+|its\s+|our\s+)?(?:[\w-]+\s+){0,2}?(?:models?|algorithms?|ai)"
    r")\b"
)
# A licence that swallows the ownership: "the student grants Lumen a worldwide, perpetual,
# irrevocable licence to use … it for any purpose".
_SWALLOWING_LICENCE = (
    # "Provider may retain a copy after the account is deleted and use it to improve …" (not a
    # use each time agreed: "… and use it in workshops for other schools if the classroom
    # teacher agrees in writing")
    # (the condition on that use, not on a later one: "… and use it to improve its curriculum
    # and, if the teacher agrees, in showcases" is a licence for the first)
    rf"{PROVIDER}\s+may\s+(?:retain|keep)\s+(?:a\s+)?cop(?:y|ies)\b[^.]{{0,80}}\band\s+use\b"
    r"(?!\s+(?:it|them)\b(?:(?!\band\b)[^.;]){0,80}?\b(?:if|where|once|provided)\s+(?:the\s+)?"
    rf"(?:[\w'\u2019-]+\s+){{0,2}}?(?:{LEA}|teachers?|parents?|guardians?|host|students?)\s+"
    r"(?:first\s+)?(?:agrees?|consents?|approves?)\b)|"
    rf"\bgrants?\s+(?:to\s+)?(?:the\s+)?(?:{PROVIDER}|[\w-]+\b)[^.;]{{0,80}}\b(?:perpetual|irrevocable|"
    r"(?<!non-)exclusive)\b"
    # ("… grant Montuno a perpetual, royalty-free right to perform, record, publish and sell
    # recordings of those coros")
    rf"[^.;]{{0,80}}\b(?:licen[cs]e\b|right\s+to\s+(?:[\w,]+\s+){{0,6}}?(?:sell|publish|distribute|"
    rf"commerciali[sz]e)\b)|{BROAD_LICENCE}"
    # "Maplewood may use Student Content for any purpose, including marketing"
    rf"|{PROVIDER}\s+may\s+use\s+(?:the\s+)?(?:student[- ](?:generated\s+)?content|student\s+work|"
    r"submissions|content)\b[^.;]{0,40}\bfor\s+any\s+(?:lawful\s+)?purpose"
)

# Some of what the students make passing to the vendor: "all right, title and interest in
# such derivative Designs vests in Stitchwise" (not "… in the Platform vests in Provider").
_VESTS_IN_THE_VENDOR = (
    # "Each user who publishes a recipe assigns to Sipwell all rights in the published recipe"
    rf"\b(?:users?|students?|pupils?)\b[^.;]{{0,60}}(?<!\bto\s)\bassigns?\s+to\s+{PROVIDER}\s+all\s+"
    r"(?:rights?|right,\s+title\s+and\s+interest)\s+in\b|"
    r"\b(?:right,?\s+title\s+and\s+interest|ownership|title)\s+(?:in|to)\s+[^.;]{0,60}?"
    r"\b(?:derivative|such|students?['\u2019]?|pupils?['\u2019]?)\b[^.;]{0,40}?"
    rf"\bvests?\s+(?:solely\s+|exclusively\s+)?in\s+{PROVIDER}"
    # "All designs produced in the unit, including Student Work …, shall vest in the Artist"
    r"|\b(?:students?|pupils?)['\u2019]?\s+(?:work|designs?|artwork|projects?|creations?|"
    r"content)\b[^.;]{0,60}?\b(?:shall\s+|will\s+)?vests?\s+(?:solely\s+|exclusively\s+)?in\s+"
    rf"(?:the\s+)?{PROVIDER}"
)

# What the students make, named by whose it is: the sentences the two readings below look in.
_STUDENTS_OR_USERS = r"\b(?:students?|child|users?)\b"
# An ownership read as the students' where the terms call them "you" (students_as_you.py).
_AS_THE_STUDENTS = LazyPattern(rf"\b{re.escape(AS_A_STUDENT.lower())}you\s+(?:own|keep|retain)\b")
_YOU_GRANT = r"\byou\s+(?:hereby\s+)?grant\b"
_FOR_GOOD = r"\b(?:perpetual|irrevocable|for\s+any\s+purpose)\b"


def vested_in_the_vendor(sentences: Sequence[Sentence]) -> Sentence | None:
    """The sentence in which some of what the students make vests in the vendor, or None:
    against the students' ownership (11) and the school's (1) alike."""
    return next(
        (
            s
            for s in find(sentences, _STUDENTS_OR_USERS, _VESTS_IN_THE_VENDOR)
            # not "No right, title or interest in student work shall vest in Maplewood"
            if not re.match(r"\W*no\b", lowered(s)) and not negated(s.text, r"\bvests?\b")
        ),
        None,
    )


# "… the property of the student, subject to the license granted in Section 7.3": the
# section the ownership yields to.
_SUBJECT_TO_SECTION = LazyPattern(
    r"\bsubject to (?:the\s+)?(?:licen[cs]es?|rights?)\s+(?:granted|given|set out)\s+"
    r"(?:in|under|by)\s+sections?\s+(\d+(?:\.\d+)*)"
)
# The vendor's own archive, portfolio or collection, where it keeps a copy of the students' work
_VENDORS_KEEPING = (
    r"(?:the\s+|my\s+|our\s+|its\s+)?(?:(?:studio|gallery|contractor)(?:['\u2019]s)?\s+|my\s+|our\s+)?"
    r"(?:own\s+)?(?:archive|portfolio|collection)\b"
)
# What the students made with the vendor kept by the vendor to exploit: "The Contractor holds
# the copyright in the book as a compilation … and may print, publish and sell copies of it",
# "Scenes … devised in workshops … and the Company may continue to perform, adapt and teach
# them".
_KEPT_TO_EXPLOIT = LazyPattern(
    rf"(?:{PROVIDER}\s+(?:holds|owns|retains|keeps)\s+(?:the\s+|all\s+)?copyright\s+in\b"
    r"|\b(?:devised|created|made|written|developed)\s+(?:in|during)\s+(?:the\s+)?(?:workshops?|"
    r"residenc(?:y|ies)|class(?:es)?|sessions?|rehearsals?)\b[^.;]{0,40}\b(?:together|jointly|"
    r"with\s+(?:the\s+)?students)\b)"
    rf"[^.;]*\b(?:{PROVIDER}\s+)?may\s+(?:continue\s+to\s+)?(?:\w+,?\s+){{0,3}}?(?:print|publish|sell|"
    r"perform|adapt|exploit|distribute)\b"
    # what they drew kept by the vendor to use again: "Design sketches that students draw on
    # my stencil sheets stay in my pattern binder, and I may reuse them as teaching examples"
    # (not kept for the student: "… stay in my cabinet until the next class, and I may use
    # them only to help that student continue")
    r"|\b(?:stays?|remains?)\s+(?:in|with)\s+(?:my|our)\b(?:(?!\buntil\b)[^.;]){0,60}\b(?:i|we|contractor)\s+"
    r"may\s+(?:reuse|re-use|use|show|publish|display)\b(?!\s+(?:them|it)\s+only\s+to\s+help\b)"
    # a copy of each student's piece kept for the vendor's own archive: "I keep one artist's proof
    # from each student's edition for the Studio archive"
    # ("I may keep a copy of each student's print for my portfolio", "The Studio retains two
    # proofs …", "One artist's proof … stays in the Studio archive"; not kept for the school or
    # the student: "… for the school's archive", "… for the student's portfolio")
    r"|\b(?:i|we|contractor|the\s+studio)\s+(?:may\s+)?(?:keeps?|retains?)\s+(?:one|a|an|two|three|"
    r"the\s+best)\s+(?:[\w'\u2019-]+\s+){0,2}?(?:proofs?|cop(?:y|ies)|prints?|examples?|pieces?|"
    rf"samples?|bowls?|works?)\b[^.;]{{0,60}}\bfor\s+{_VENDORS_KEEPING}"
    r"|\b(?:one|a|an)\s+(?:[\w'\u2019-]+\s+){0,2}?(?:proof|copy|print|example|piece|sample)\b[^.;]{0,60}"
    rf"\b(?:stays?|remains?)\s+in\s+{_VENDORS_KEEPING}"
    # the recordings of what they made, the vendor's: "Photographs and audio recordings I make
    # during the workshop, including the recordings of the first notes concert, are my property"
    r"|\b(?:photo(?:graph)?s?|(?:audio\s+|video\s+)?recordings?|videos?|footage)\b[^.;]{0,80}"
    rf"\b(?:i|we|{PROVIDER})\s+(?:make|take|record|film)s?\b[^.;]{{0,100}}"
    r"\b(?:are|remain|shall be)\s+"
    rf"(?:my|our|(?:the\s+)?(?:sole\s+)?property\s+of\s+(?:the\s+)?{PROVIDER}|{PROVIDER}['\u2019]s)\b"
    # … in a sentence of their own: "These recordings are the Artist's property", "All such
    # photographs and recordings, including recordings of the student ensemble, belong to the
    # Artist", "The Artist owns these recordings" (not "… at no time belong to the Artist", nor
    # "… the Artist's property only until the School receives its copy")
    r"|^(?![^.;]*\b(?:no\s+time|never|not|only\s+until|until)\b)\W*(?:(?:these|those|such|all\s+such|"
    r"all|the)\s+)?(?:photo(?:graph)?s\s+and\s+)?(?:(?:audio\s+|video\s+)?recordings?|videos?|"
    r"footage)\b[^.;]{0,80}\b(?:(?:are|remain|shall\s+be)\s+(?:my|our|(?:the\s+)?(?:sole\s+)?"
    rf"property\s+of\s+(?:the\s+)?{PROVIDER}|(?:the\s+)?{PROVIDER}['\u2019]s)"
    rf"|belongs?\s+to\s+(?:the\s+)?{PROVIDER}|remains?\s+with\s+(?:the\s+)?{PROVIDER})\b"
    rf"|^(?![^.;]*\b(?:no\s+time|never|not|only\s+until|until)\b)\W*(?:the\s+)?{PROVIDER}\s+owns\s+"
    r"(?:these|those|the|all|such)\s+(?:recordings?|videos?|footage|photo(?:graph)?s)\b"
)


# What the students made, or their performance of it: "assembled from student pages", "the
# recordings of the first notes concert", "developed together with the Company".
_THEIRS = LazyPattern(
    r"\b(?:students?['\u2019]?s?|pupils?|performances?|concerts?|recitals?|showcases?|together|"
    r"jointly|collaborative)\b"
)


def _theirs(low: str) -> bool:
    """Whether ``low`` names the students' work or their performance of it, not the vendor's
    own ("recordings of her own studio performances")."""
    return bool(_THEIRS.search(low)) and not (
        _ITS_OWN.search(low) and not re.search(r"\b(?:students?|pupils?)\b", low)
    )


# Pictures of what they made, for the vendor's own show: "We may photograph a few journal pages
# … for our display board at fairs and for our website".
_PICTURED_FOR_ITS_SHOW = LazyPattern(
    r"\bmay\s+(?:photograph|film|scan)\s+(?:a\s+few|some|any|the)\s+(?:[\w-]+\s+)?(?:pages|pieces|"
    r"drawings|projects|designs|creations|work|models)\b[^.;]{0,80}?\bfor\s+(?:our|its|my)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:website|display|portfolio|marketing|social\s+media|showreel|newsletters?)\b"
)
_ITS_OWN = LazyPattern(r"\b(?:her|his|my|our|its|their)\s+own\b")


_LASTING_LICENCE = (
    r"\b(?:perpetual|irrevocable|(?<!non-)exclusive)\b[^.;]{0,80}\b(?:licen[cs]e|right)\b"
    r"|\blicen[cs]e\b[^.;]{0,80}\b(?:perpetual|irrevocable|for any purpose)\b"
)
# "… acquires no rights in Student Data except the limited rights granted in this Section 4"
_GRANTED_IN_SECTION = LazyPattern(
    r"\b(?:rights?|licen[cs]es?)\s+(?:granted|given|set out)\s+(?:in|by|under)\s+(?:this\s+)?"
    r"sections?\s+(\d+(?:\.\d+)*)"
)


def lasting_grant_in_section(sentences: Sequence[Sentence], low: str) -> Sentence | None:
    """The sentence of the section whose grant ``low`` excepts that grants a lasting licence
    ("4.2 … a perpetual, irrevocable right to use Student Data for product development"), or
    None: against the school's ownership (1) as the students' (11)."""
    granted = _GRANTED_IN_SECTION.search(low)
    if granted is None:
        return None
    return next(
        (
            s
            for s in of_section(sentences, granted.group(1))
            if re.search(_LASTING_LICENCE, lowered(s))
        ),
        None,
    )


def shared_with_the_vendor(sentences: Sequence[Sentence], owned: Sentence) -> Verdict | None:
    """Weak when, beside the students' ownership (``owned``), some of what they make vests in
    the vendor, they license it to the vendor for any purpose, or the vendor keeps what they
    made with it; None otherwise."""
    taken = vested_in_the_vendor(sentences)
    if taken is not None:
        return weak(taken, "students own their content, but the vendor takes some of what they "
                           "make")  # fmt: skip
    licence = find(sentences, _STUDENTS_OR_USERS, _SWALLOWING_LICENCE)
    if _AS_THE_STUDENTS.search(lowered(owned)):
        # where the terms call the student "you", "you grant Spinyfin a … perpetual and
        # irrevocable licence" is the students' grant (a lasting one: a licence "to host …
        # and display Your Content to operate the Services" leaves them their ownership)
        licence += find(sentences, _YOU_GRANT, _SWALLOWING_LICENCE, _FOR_GOOD)
    section = _SUBJECT_TO_SECTION.search(lowered(owned))
    if section is not None:
        # a lasting licence there (not one that ends with the agreement, for the school's own
        # site: "a non-exclusive license, ending when this Agreement ends, to display …")
        licence += [
            s for s in of_section(sentences, section.group(1))
            if re.search(_LASTING_LICENCE, lowered(s))
        ]  # fmt: skip
    if licence:
        return weak(licence[0], "students own their content, but license it to the vendor for "
                                "any purpose")  # fmt: skip
    at = next(n for n, s in enumerate(sentences) if s is owned)
    kept = [
        s
        for n, s in enumerate(sentences[at + 1 : at + 4], start=at + 1)
        if _KEPT_TO_EXPLOIT.search(lowered(s))
        # the students' work, named there or in the sentence before (not the vendor's own
        # curriculum, its photographs of the classroom, or what its artists write)
        and _theirs(
            lowered(s) if sentences[n - 1] is owned else f"{lowered(sentences[n - 1])} {lowered(s)}"
        )
    ]
    kept += [s for s in _beside(sentences, at) if _PICTURED_FOR_ITS_SHOW.search(lowered(s))]
    if kept:
        return weak(kept[0], "students own their content, but the vendor keeps what they made "
                             "with it, or its recordings of it")  # fmt: skip
    given = next(
        (s for s in _beside(sentences, at) if _SOME_GOES_ELSEWHERE.search(lowered(s))), None
    )
    if given is not None:
        return weak(given, "students own their content, but some of what they make goes to the "
                           "school or the vendor")  # fmt: skip
    return None


def _beside(sentences: Sequence[Sentence], at: int) -> list[Sentence]:
    """The ownership sentence at ``at`` and the next three of its paragraph."""
    owned = sentences[at]
    return [owned] + [s for s in sentences[at + 1 : at + 4] if s.paragraph == owned.paragraph]


# Some of what the students make given to the school or the vendor beside their ownership:
# "Anything made by a whole team or homeroom belongs to your school", "The winning design, once
# carved, becomes the Studio's work", "… and any formula to the extent it reproduces a base
# accord, remain the Atelier's confidential property", "…, except that Artisan may retain one
# spoon from each class" (what they make, not the school's records: "Student Data belongs to
# the School").
# (not the vendor's own materials, teachers' worksheets, an account, the data or copies of it)
_NOT_THEIR_MAKING = (
    r"\b(?:data|information|records?|rosters?|accounts?|statistics|copies|backups?|usage|"
    r"metadata|templates?|lesson plans?|curricul\w*|worksheets?|service|platform)\b"
    r"|\b(?:made|created|written|designed)\s+by\s+(?:teachers?|staff|contractor|us|the\s+school)\b"
)
_SOME_GOES_ELSEWHERE = LazyPattern(
    rf"^(?![^.]*(?:{_NOT_THEIR_MAKING}))"
    r"(?=[^.]*\b(?:students?|student-made|whole\s+(?:team|class|group|homeroom)|winning|"
    r"entr(?:y|ies))\b)"
    # (not denied: "Student work never becomes Maplewood's property")
    rf"[^.]*\b(?<!\bnever\s)(?<!\bnot\s)(?:belongs?\s+to|becomes?|remains?|(?:is|are)\s+(?:the\s+)?"
    r"(?:sole\s+)?property\s+of)\s+"
    rf"(?:the\s+|your\s+|its\s+)?(?:{LEA}|{PROVIDER})(?:['\u2019]s)?\b"
    rf"|\bexcept\s+that\s+{PROVIDER}\s+may\s+(?:retain|keep)\b(?![^.;]*(?:{_NOT_THEIR_MAKING}))"
    # "… the arrangement is mine and the song is shared between the student and me", "owned by
    # the student and me together" (ownership shared, not "shared … for rehearsal only")
    r"|^(?=[^.]*\b(?:own\w*|property|copyright|mine|ours|title)\b)[^.]*?\b(?:is|are)\s+"
    r"(?:shared|owned\s+jointly|jointly\s+owned|co-owned|owned)\s+(?:between|by)\s+"
    rf"(?:(?:the|each)\s+)?(?:students?|pupils?|me|us|{PROVIDER})\s+and\s+"
    rf"(?:(?:the|each)\s+)?(?:students?|pupils?|me|us|{PROVIDER})\b"
    r"(?<!students and students)(?<!student and student)(?!\s+for\b)"
)


# A licence over what the students made, or their data, that outlives the services: "a
# perpetual, irrevocable, worldwide licence to use short excerpts of Performance Media".
# (granted to the vendor: not the school's own licence, nor one from a stock agency; not
# "non-perpetual")
_OUTLIVING_LICENCE = LazyPattern(
    r"\b(?:grants?|gives?)\s+(?:to\s+)?(?:the\s+)?(?:contractor|us|me)\b[^.;]{0,60}?(?:(?<!non-)\b(?:perpetual|"
    r"irrevocable)\b[^.;]{0,80}\b(?:licen[cs]e|right)\b|\blicen[cs]e,?\s+which\s+survives\s+"
    r"(?:the\s+)?(?:termination|expiration|end)\b)[^.;]{0,160}?\b(?:students?['\u2019]?|content|"
    r"clips?|excerpts?|performances?|submissions?|works?|photo(?:graph)?s?|videos?|recordings?|"
    r"images?|data|it|them)\b"
)


def _licence_outlives(
    sentence: Sentence, verdict: Verdict, args: tuple[Sequence[Sentence]]
) -> Verdict | None:
    """Weak when, beside a promise to keep nothing after the end (7), the vendor holds a
    perpetual or irrevocable licence over the students' work or data, which outlives it (outside
    readers label 34 of 35 such papers weak or missing there)."""
    licence = next(
        (
            s
            for s in args[0]
            if _OUTLIVING_LICENCE.search(low := lowered(s))
            and not negated(low, r"\b(?:perpetual|irrevocable|licen[cs]e|grants?|gives?)\b")
            and not re.search(NO_ONE, low)
        ),
        None,
    )
    if licence is None:
        return None
    return weak(licence, f"{verdict.why}, but a lasting licence over the students' work or data "
                         "outlives the services")  # fmt: skip


outlived_by_a_licence = weakened(_licence_outlives)
"""Provision 7's present verdict, weak beside a licence that outlives the services."""


# A lasting licence the school or its students give the vendor over what the students make or
# the data: "You grant Tin Can a worldwide, … perpetual and irrevocable license to host, store,
# reproduce, modify … Your Content", "By uploading a Submission, the student grants Versewell a
# … perpetual and irrevocable licence" (not a licence the vendor gives the school: "grants
# CREC a perpetual licence to use its tools").
_LASTING_GRANT = LazyPattern(
    r"\b(?:grants?|gives?)\s+(?!(?:the\s+)?(?:crec|council|school|district|client|customer|lea|board|"
    r"institution|host|presenter|agency)\b)[^.;]{0,60}?\b(?:perpetual|irrevocable)\b[^.;]{0,60}"
    r"\blicen[cs]e\b"
)
# … not for what a student chooses to share in a public gallery or library ("By publishing a
# Project to the Gallery, …", "… posted to a Public Garden"), nor data that name no one ("in
# anonymised form", "without student names"), which the outside readers leave present
_SHARED_BY_CHOICE_OR_NAMELESS = LazyPattern(
    r"\b(?:galler(?:y|ies)|librar(?:y|ies)|public\s+garden|showcase|contests?|dataset|catalog(?:ue)?|"
    r"sample\s+books|league\s+sets)\b"
    r"|\b(?:anonymi[sz]ed|de-?identified|without\s+(?:student\s+)?names|with\s+student\s+names\s+removed)\b"
    # (nor feedback about the service: "… suggestions or feedback …, grants Maplewood a
    # perpetual, irrevocable license to use that information")
    r"|\b(?:feedback|suggestions)\b"
)
# … nor a licence held to the service itself: "… to host, copy, adapt and display Creations
# within Pretzel Polygons", "… within the Tidewater Story Shelf"
_WITHIN_THE_SERVICE = LazyPattern(
    r"\bwithin\s+(?:the\s+)?(?:service|services|app|platform|(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*)){0,3})\b"
    r"(?![^.;]*\b(?:promot\w*|market\w*|advertis\w*|publish\w*|any purpose)\b)",
    re.IGNORECASE,
)
# The promise that sets the licence's section aside: "Notwithstanding Section 4, for School
# Accounts the school retains ownership and control of Student Data".
_NOTWITHSTANDING_SECTION = LazyPattern(
    r"^\W*(?:[\d.]+\s+)?notwithstanding\s+sections?\s+(\d+)\b", re.IGNORECASE
)


def content_licensed_for_good(
    promise: Sentence, verdict: Verdict, args: tuple[Any, ...]
) -> Verdict | None:
    """The school's data kept the school's (1), where the school or its students give the
    vendor a perpetual or irrevocable licence over their content or data: the vendor keeps a
    control the school cannot take back (outside readers label it weak 29 times against 10 in
    the development batches, where the licence is not held to what a student shares in a
    public gallery or to data that name no one)."""
    sentences: Sequence[Sentence] = args[0]
    aside = _NOTWITHSTANDING_SECTION.match(promise.text)
    granted = next(
        (
            s
            for s in sentences
            if _LASTING_GRANT.search(low := lowered(s))
            and not _SHARED_BY_CHOICE_OR_NAMELESS.search(low)
            and not _WITHIN_THE_SERVICE.search(s.text)
            and not negated(low, r"\blicen[cs]e\b")
            and s is not promise
            # (a grant with no number of its own, beside a promise that sets a numbered section
            # aside, is taken to stand in that section: the paper's numbers are read per clause)
            and not (aside and top_section(s.section) in (aside.group(1), ""))
        ),
        None,
    )
    if granted is None:
        return None
    return weak(promise, f"{verdict.why}, but the vendor takes a lasting licence over the "
                         f"students' content or data: {granted.text}")  # fmt: skip
