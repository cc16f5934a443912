"""The students' recordings or work claimed by the vendor under a name of its own.

Paper that leaves the students' data the school's ("Student Data is not the property of the
Artist; it remains the property of the School") often claims part of them back under another
name: "All Workshop Materials are the property of the Artist", where "Workshop Materials"
takes in the students' reflection sheets and the recordings of the sessions; "Audio and video
recordings made during the Residency, including recordings of students performing, belong to
the Artist"; "The Presenter owns the copyright in … the recordings the Presenter makes during
the Workshops". The school's ownership of "the student data" then holds for part of them
only (provision 1); a deletion on request or a ban on sale over the data still reaches them.

A claim is read in its own clause: not the school's beside it ("Recordings of students are
the property of the School, and the Artist's lesson plans are the property of the Artist"),
not a disclaimer ("The Artist owns no recordings of students"), not pictures of the vendor.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .carved_out import CAPTURED
from .defined_terms import definitions
from .lazy_pattern import LazyPattern
from .lexicon import PROVIDER

__all__ = ["students_work_owned", "what_students_make_owned"]

_CLAIMED = r"(?P<claimed>[^.;]{1,400}?)"
# A clause's number before it: "6.1", "(b)", "4." (not a first word, "Workshop")
_CLAUSE_NUMBER = r"(?:\(?(?:\d+(?:\.\d+)*|[a-z]{1,3})[.)]?\s+)?"
# The vendor as its paper names it (its own names read "Contractor"), or a consultant by the
# role its paper gives it, capitalised as a defined name: "the Artist", "the Presenter" (not
# "the artist who made them", "the instructor of record").
_VENDOR_NAME = (
    rf"(?i:the\s+)?(?:(?i:{PROVIDER})|(?:Teaching\s+)?Artist|Presenter|Performer|Musician|"
    r"Instructor|Facilitator)"
)
_THE_VENDOR = rf"{_VENDOR_NAME}(?![\w'\u2019])(?!\s+(?:who|of\s+record)\b)"
_SOLE = r"(?:(?:sole|exclusive)\s+)?"
# What is owned of a thing: "the copyright in", "all right, title and interest in" ("holds" and
# "retains" claim nothing without it: "retains recordings … for thirty days" keeps them)
_RIGHTS = (
    r"(?:ownership\s+of\s+|(?:the\s+|all\s+)?(?:right,\s+)?(?:title|copyright|rights?)"
    r"(?:\s+and\s+interest)?\s+(?:in|to)\s+)"
)
# What the students' pieces join: "the City Sparrow Census collection", "our Sound Library".
_COLLECTION = r"(?i:collection|archive|library|dataset|database|gallery|census|atlas)\b"
# Each with whether it claims its object (the vendor first) or its subject.
_OWNED_BY_THE_VENDOR = (
    # "… are the (exclusive) property of the Artist", "… are the Contractor's property",
    # "… are owned by the Artist"
    (
        LazyPattern(
            rf"^\W*{_CLAUSE_NUMBER}{_CLAIMED},?\s+(?:are|is|remains?|shall\s+(?:be|remain)|"
            rf"will\s+(?:be|remain))\s+(?:(?:the\s+)?{_SOLE}property\s+of\s+{_THE_VENDOR}|"
            rf"{_VENDOR_NAME}['\u2019]s\s+{_SOLE}property\b|(?:solely\s+)?owned\s+(?:solely\s+|exclusively\s+)?by\s+{_THE_VENDOR}|"
            # a consultant's letter in the first person: "… remain my intellectual property";
            # "… are owned jointly by the Artist and the participating students"; "… are
            # assigned to me"
            rf"my\s+{_SOLE}(?:intellectual\s+)?property\b|(?:owned\s+jointly|jointly\s+owned)\s+by\s+"
            rf"{_THE_VENDOR}\s+and\b|assigned\s+to\s+(?:me|{_THE_VENDOR})(?!\s+(?:by|for|and|to)\b))"
        ),
        False,
    ),
    # "… belong to the Artist"
    (
        LazyPattern(
            rf"^\W*{_CLAUSE_NUMBER}{_CLAIMED},?\s+(?:belongs?|shall\s+belong|will\s+belong)\s+"
            # ("… belong to me", a consultant's letter)
            rf"(?:solely\s+|exclusively\s+)?to\s+(?:me\b|{_THE_VENDOR})"
        ),
        False,
    ),
    # "… each photo and sound recording the class submits becomes part of the City Sparrow
    # Census collection, which Passerine owns and publishes …", "Photos the students upload are
    # added to Maplewood's Bird Atlas collection", "… will become part of our Sound Library, and
    # Maplewood owns that library" (not a gallery "which Maplewood holds on the School's behalf")
    (
        LazyPattern(
            rf"^\W*{_CLAUSE_NUMBER}{_CLAIMED}\s+(?:becomes?|will\s+become|shall\s+become|(?:are|is)\s+"
            r"added\s+to|joins?)\s+(?:part\s+of\s+)?(?:"
            rf"(?:the\s+|our\s+|its\s+)?(?:[\w-]+\s+){{0,5}}?{_COLLECTION},?\s+(?:which|that)\s+"
            rf"{_THE_VENDOR}\s+owns\b"
            rf"|{_VENDOR_NAME}['\u2019]s\s+(?:[\w-]+\s+){{0,5}}?{_COLLECTION}"
            rf"|(?:our|its)\s+(?:[\w-]+\s+){{0,5}}?{_COLLECTION}\b[^.;]{{0,20}}\band\s+{_THE_VENDOR}\s+"
            r"owns\s+(?:that|the|this)\b)"
        ),
        False,
    ),
    # "The Artist owns (the copyright in) …", "… shall own …", "… retains all rights in …"
    (
        LazyPattern(
            # (a consultant's letter too: "I own all rights in …", or "Contractor own …" as its
            # "I" is read)
            rf"^\W*{_CLAUSE_NUMBER}(?:I|{_THE_VENDOR})\s+(?:(?:owns?|shall\s+own|will\s+own)\s+"
            rf"{_RIGHTS}?|(?:holds?|retains?)\s+{_RIGHTS}){_CLAIMED}\s*(?:[.;]|$)"
        ),
        True,
    ),
)
# Where the vendor's claim ends and another clause begins: ", and the School owns …", " while
# the School owns …", ", and grants the Council a licence" (not a list's next item).
_NEXT_CLAUSE = LazyPattern(
    r"(?:,\s*(?:and|but|while|whereas)\s+(?:(?:the|its|their|each|a|any)\s+)?|\s+(?:and|but|while|"
    r"whereas)\s+(?:the|its|their|each|a|any)\s+)(?:[\w'\u2019-]+\s+){0,3}?(?:owns?|is|are|remains?|"
    r"shall|will|may|retains?|holds?|belongs?|grants?)\b"
)
# A clause settled before the vendor's, in the subject: "Recordings … are the property of the
# School, and the Artist's lesson plans" are the property of the Artist.
# (not a relative clause's verb: "Video footage that is made during the Workshops, whether …")
_SETTLED_BEFORE = LazyPattern(
    r"^.*(?<!\bthat\s)(?<!\bwhich\s)(?<!\bwho\s)\b(?:is|are|remains?|belongs?)\b[^,;]*[,;]\s*"
    r"(?:and|but)?\s*"
)
# A disclaimer, not a claim: "No recordings of students … are the property of the Artist",
# "The Artist owns no recordings …", "… none of the photographs …"
_DISCLAIMED = LazyPattern(r"^\W*(?:no|neither|none)\b", re.IGNORECASE)
# A term the claim names (not its determiner: "All Workshop Materials" names "Workshop
# Materials")
_DEFINED_TERM = LazyPattern(
    r"\b(?!(?:All|Any|The|Each|Such|These|Those)\b)(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*"
)
# Where the claim is used, not what it claims: "lesson plans … for the Workshop Recordings"
_WHERE_USED = LazyPattern(
    r"\b(?:for|of|in|during|at|to|by|on|with)\s+(?:the\s+|an?\s+)?(?:[A-Z][\w-]*\s*)+"
)
# What a claim or a definition takes in of the students themselves: recordings or pictures
# made in the sessions, or their own work ("Participant reflection sheets, and any audio or
# video recordings made during a Workshop"), not the vendor's lesson plans alone, nor
# pictures of the vendor ("Photographs of the Artist taken during the Workshops").
_OF_THE_SESSIONS = LazyPattern(
    # ("… images and sounds of participating students", "photographs of Workshop sessions",
    # "the recordings the Contractor makes during the Workshops")
    rf"{CAPTURED.pattern}(?:(?!\bof\s+(?:the\s+)?(?:{PROVIDER}|artist|presenter|performer|musician|"
    r"instructor)\b)[^.;]){0,40}?\b(?:of\s+(?:the\s+|any\s+|each\s+)?(?:participating\s+)?"
    r"(?:students?|pupils?|participants?|children)|(?:made|taken|makes?|takes?)\s+(?:during|at|"
    r"in)\s+(?:the\s+|a\s+|any\s+|each\s+)?(?:workshop\s+|residency\s+|class\s+)?"
    r"(?:workshops?|sessions?|class(?:es)?|performances?|residency|assembl(?:y|ies))"
    # (of the sessions themselves, not "of workshop songs that the Artist composed")
    # ("each photo and sound recording the class submits"; not videos "the students take home")
    r"|(?:the\s+)?(?:class(?:es)?|students?|pupils?|participants?)\s+(?:submits?|uploads?|records?|"
    r"takes?(?!\s+(?:home|part|away|turns?)\b))\b"
    r"|of\s+(?:the\s+|any\s+|each\s+)?(?:workshop\s+|residency\s+|class\s+)?(?:sessions?|"
    r"class(?:es)?|performances?|assembl(?:y|ies)))\b"
    # (not a topic: "the questions I prepare for student interviews")
    r"|(?<!\bfor\s)(?<!\babout\s)\b(?:student|participant|pupil)s?['\u2019]?\s+(?:reflection\s+sheets|"
    r"work|writing|drawings|journals|(?:recorded\s+)?interviews)\b"
    # ("… including the interviews with students")
    r"|\binterviews?\s+with\s+(?:the\s+)?(?:students|pupils|participants)\b"
    r"|\breflection\s+sheets\s+(?:completed|written|filled\s+in)\s+by\s+(?:the\s+)?(?:students|"
    r"participants|pupils)\b",
    re.IGNORECASE,
)
# (the claim's own head, not what the vendor's material is about: "My written feedback on
# student designs")
_NOT_ABOUT = (
    r"(?<!\bon\s)(?<!\babout\s)(?<!\bregarding\s)(?<!\bconcerning\s)(?<!\bto\s)(?<!\bof\s)"
    r"(?<!\bfrom\s)(?<!\bfor\s)"
)
_THINGS_MADE = (
    r"(?:designs?|drawings|sketches|scripts|work|pieces|artwork|songs|poems|stories|paintings|"
    r"compositions|anything|everything)"
)
# What the students make themselves, which their own ownership of it (provision 11) must take
# in: "any designs that students develop from them", "Students take part on the basis that
# their contributions to the shared design are …" (not "their contributions" to the fees, nor
# the vendor's recordings of them, which no student made). The school's ownership of the data
# (provision 1) reaches these only where the paper's data take them in, as outside readers
# label it, so :func:`students_work_owned` does not read them.
_MADE_BY_THE_STUDENTS = LazyPattern(
    rf"{_NOT_ABOUT}\b(?:(?:the\s+)?(?:student|participant|pupil)s?['\u2019]?\s+(?:work|writing|drawings|"
    r"journals|sketches|designs|scripts|contributions|artwork|songs|poems|stories)\b"
    # "any designs that students develop from them", "Designs developed by students …"
    rf"|{_THINGS_MADE}\s+(?:that\s+)?(?:the\s+)?(?:students|participants|pupils)\s+(?:develop|"
    r"create|make|draw|write|design|contribute|compose|paint)\w*\b"
    # (whatever it is called, with a relative clause: "custom dive profiles that students create
    # with the Dive Editor")
    # (not a place: "a game in which students design structures")
    r"|\b(?!(?:in|on|at|by|with|through|from|of|for|where)\b)[\w-]+\s+(?:that|which)\s+(?:the\s+)?"
    r"(?:students|participants|pupils)\s+(?:develop|create|"
    r"make|draw|write|design|compose|paint|build)\w*\b"
    # (not what they work in or with: "the game worlds that students build in", "the templates
    # that students design with", "the courses that pupils make their way through")
    r"(?!\s+(?:in|with|on|through|into|upon|from|their\s+way)\b)"
    # ("the levels created by students in the Level Builder")
    r"|\b[\w-]+\s+(?:created|made|built|designed|written|drawn|composed)\s+by\s+(?:the\s+)?"
    r"(?:students|participants|pupils)\b"
    rf"|{_THINGS_MADE}\s+(?:developed|created|made|drawn|written|designed|composed|painted)\s+by\s+"
    r"(?:the\s+)?(?:students|participants|pupils)\b)"
    r"|\btheir\s+contributions\s+to\s+(?:the\s+)?(?:shared|joint|class|group|collective)\b(?:\s+[\w-]+)?",
    re.IGNORECASE,
)
# What a definition leaves out after its list: "…, but not student work"
_LEFT_OUT_OF_IT = LazyPattern(r"\b(?:but\s+not|excluding|other\s+than|except)\b", re.IGNORECASE)


def students_work_owned(texts: Iterable[str]) -> str | None:
    """The class the vendor claims as its own property ("All Workshop Materials are the
    property of the Contractor") that takes in recordings of the students' sessions or their
    own work, by its words or by the definition of a term it names; None when there is none.
    The school's ownership of "the student data" then holds for part of them only."""
    return _owned(texts, _OF_THE_SESSIONS)


def what_students_make_owned(texts: Iterable[str]) -> str | None:
    """What the students make themselves that the vendor claims as its own ("The crease
    patterns I hand out, and any designs that students develop from them, remain my
    intellectual property"); None when it claims none. The students' ownership of what they
    create then holds for part of it only."""
    return _owned(texts, _MADE_BY_THE_STUDENTS, defined=False)


def _owned(texts: Iterable[str], described_as: LazyPattern, *, defined: bool = True) -> str | None:
    """What ``described_as`` finds in a claim of the vendor's, by its words or (``defined``) by
    the definition of a term it names. What students make is read in the claim's own words
    only: a product defined as "a game in which students build bridges" is no claim over the
    bridges."""
    texts = list(texts)
    terms = definitions(texts) if defined else {}
    for text in texts:
        claimed = _claim(text)
        if claimed is None:
            continue
        described = described_as.search(claimed)
        if described is not None:
            return described.group(0)[:1].lower() + described.group(0)[1:]
        for term in _DEFINED_TERM.findall(_WHERE_USED.sub(" ", claimed)):
            body = _LEFT_OUT_OF_IT.split(terms.get(term.casefold(), ""))[0]
            if described_as.search(body):
                return str(term)
    return None


def _claim(text: str) -> str | None:
    """What ``text`` claims for the vendor, in the claim's own clause, up to what the claim
    leaves out; None for no claim, or a disclaimer."""
    for pattern, claims_its_object in _OWNED_BY_THE_VENDOR:
        owned = pattern.match(text)
        if owned is None:
            continue
        claimed = owned.group("claimed")
        # the object's own clause is its first; the subject's, its last
        claimed = (
            _NEXT_CLAUSE.split(claimed)[0]
            if claims_its_object
            else _SETTLED_BEFORE.sub("", claimed)
        )
        if _DISCLAIMED.match(claimed):
            return None
        return _LEFT_OUT_OF_IT.split(claimed)[0]
    return None
