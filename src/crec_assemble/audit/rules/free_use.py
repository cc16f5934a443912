"""The students' data under another name, free of every limit: "TallyPoint may use Usage
Metadata … to develop new products and features, and for other lawful business purposes",
"Northgate owns Telemetry … and may use Telemetry for any purpose".

Whatever limit the contract sets on the data it names, data it lets the vendor use for any
purpose at all escape it, and the students' activity is what such telemetry records:
provision 3's limit then holds for part of the data only (weak). Data that identify no one
are U2's to judge, and only the vendor's own grant counts (not the school's use of what it
bought, nor "may not use … for any other purpose").

The students' pictures and recordings are read here too, both ways the vendor keeps them for
itself: used to promote it (3: :func:`used_freely`), and owned by it beside the school's
ownership of the rest (1 and 7: :func:`recordings_owned`, for the school's data kept the
school's and deleted at the end).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..lazy_pattern import LazyPattern
from ..lexicon import LEA, NO_ONE, PROVIDER, VENDOR_BY_ROLE, lowered, negated
from ..reader import Sentence
from .registry import Verdict, weak

__all__ = ["recordings_owned", "used_freely"]

# The vendor's own grant, not a denial ("may not use … for any other purpose") nor a use
# bounded after all ("for any purpose authorized in writing by the District").
_ANY_PURPOSE = LazyPattern(
    r"\bmay\s+(?:(?!not\b|never\b)\w+,?\s+){0,3}?"
    # (not across a denial: "… and shall not use Student Data for its other business purposes")
    r"(?:use|exploit)\b(?P<what>(?:(?!\b(?:not|never)\b)[^.;]){0,160}?)(?:\bfor\s+(?:any|other|its\s+own|"
    # "… and for Silkline's other internal business purposes", "… and Senbazuru's other products"
    r"(?:its|our|the\s+contractor['\u2019]s|contractor['\u2019]s)\s+other)\s+(?:other\s+)?"
    r"(?:lawful\s+)?(?:internal\s+)?(?:commercial\s+|business\s+)?purposes?\b"
    r"|\band\s+(?:its|our|(?:the\s+)?contractor['\u2019]s)\s+other\s+products\b)"
    # not "for any purpose other than …" (a limit) nor "for any purpose connected with the Grant"
    r"(?!\s+(?:other\s+than|except|connected|related\s+to\s+th|relating\s+to\s+th|in\s+connection|"
    r"under|of\s+th|authori[sz]ed|permitted|approved|allowed|consistent|described|set\s+(?:forth|out)))"
)
# Someone else's use: the school's, its staff's, the families', either party's ("Teachers may
# use the Service … for any purpose", "the Council, which may publish and use them …").
_SOMEONE_ELSE = LazyPattern(
    rf"{LEA}|\b(?:teachers?|parents?|users?|students?|personnel|staff|part(?:y|ies)|you|they)\b"
)
# What is not the students' data: marks, know-how, feedback, what is public, billing contacts.
_NOT_STUDENT_DATA = LazyPattern(
    r"\b(?:trademarks?|marks|logos?|know-how|materials|feedback|suggestions|publicly available|"
    r"billing|invoices?|contact details)\b"
)


def _whose(before: str) -> str:
    """The clause before a "may" that names who may: "the Council, which" names the Council."""
    pieces = re.split(r"[,;:]", before)
    if len(pieces) > 1 and re.fullmatch(r"\s*(?:which|who)\s*", pieces[-1]):
        return pieces[-2]
    return pieces[-1]


def _free_use(sentences: Sequence[Sentence]) -> Sentence | None:
    """A sentence that lets the vendor use some data for any purpose, data that identify
    someone (outside readers split on usage data beside aggregates; those are left alone)."""
    for sentence in sentences:
        low = lowered(sentence)
        for found in _ANY_PURPOSE.finditer(low):
            subject = low[max(0, found.start() - 120) : found.start()]
            if (
                not _SOMEONE_ELSE.search(_whose(subject))
                and not negated(low[: found.end()], r"\b(?:use|exploit)\b")
                and not re.search(NO_ONE, subject[-100:] + found.group("what"))
                and not _NOT_STUDENT_DATA.search(found.group("what"))
            ):
                return sentence
    return None


def used_freely(promise: Sentence, verdict: Verdict, args: tuple[Any, ...]) -> Verdict | None:
    """A limit on the use of the data (3) that another term lets some of the data escape:
    used for any purpose, or the students' pictures and recordings used to promote the
    vendor."""
    free = _free_use(args[0])
    if free is not None and free is not promise:
        return weak(promise, f"{verdict.why}, but other data of the students may be used for "
                             f"any purpose: {free.text}")  # fmt: skip
    promoting = _promoting(args[0])
    if promoting is not None and promoting is not promise:
        return weak(promise, f"{verdict.why}, but the vendor may use the students' pictures or "
                             f"recordings to promote itself: {promoting.text}")  # fmt: skip
    return None


_PICTURES = (
    r"\b(?:clips?|photo(?:graph)?s?|(?:audio\s+|video\s+)?recordings?|videos?|footage|images?|"
    r"artwork|drawings)\b"
)
_MAY_SHOW = (
    r"\b(?:may|can|reserves?\s+the\s+right\s+to)\s+(?:also\s+)?(?:use|post|publish|show|feature|"
    r"include)\b"
)
_MAY = LazyPattern(_MAY_SHOW)
_TO_PROMOTE = (
    r"\b(?:showreel|portfolio|promot\w*|website|social[- ]media|marketing|advertis\w*|"
    r"press materials|sales presentations)\b"
)
# "With the school's photo-release confirmation I may use short clips in my showreel and on my
# website", "Recordings and photographs …, and the Artist may use them on the Artist's website":
# a use to promote the vendor beside the limit, which outside readers take as its weak.
_PROMOTES_WITH_THEM = LazyPattern(
    rf"{_MAY_SHOW}[^.;]{{0,80}}{_PICTURES}[^.;]{{0,100}}{_TO_PROMOTE}"
    rf"|{_PICTURES}[^.;]{{0,120}}{_MAY_SHOW}\s+(?:them|it|those|these)\b[^.;]{{0,60}}{_TO_PROMOTE}"
    # "Drawings students send us … may be displayed on our website and social media pages"
    # ("All photographs, video … are the property of the Artist and may be used in my
    # portfolio, on my website …")
    # (not pictures of its own pieces: "Photographs of my own sculptures may be used …"; "may
    # appear in my portfolio" too)
    rf"|{_PICTURES}(?!\s+of\s+(?:my|our|its|his|her)\s+own\b)[^.;]{{0,120}}\b(?:may|can)\s+"
    r"(?:be\s+(?:displayed|posted|published|shown|featured|used)|appear)\b"
    r"[^.;]{0,30}\b(?:our|my|its|contractor['\u2019]s)\s+(?:(?:teaching|professional|own)\s+)?"
    r"(?:website|site|social|portfolio)"
)
# "The Artist may photograph or make audio or video recordings of any Assembly … for archival,
# portfolio and promotional purposes": the students' recordings to promote the vendor, where the
# paper makes the recordings of the students the vendor's property
_RECORDS_TO_PROMOTE = LazyPattern(
    r"\b(?:may|can)\s+(?:photograph|film|record|make\s+(?:[\w-]+\s+){0,3}?(?:recordings?|videos?))\b"
    r"[^.;]{0,120}\bfor\s+(?:[\w-]+,?\s+(?:and\s+|or\s+)?){0,3}?(?:promotional|marketing|publicity)\b"
    # … or keep them for that: "Video recordings may be kept in the Artist's archive for
    # portfolio and grant-reporting purposes"
    # ("… are kept in my archive for portfolio purposes", "I may keep the video recordings for my
    # demo reel"; not the school's, "… may be kept by the Host for student portfolio review")
    r"|(?:\b(?:recordings?|videos?|photo(?:graph)?s?|footage)\b[^.;]{0,40}\b(?:(?:may|can|will)\s+be|"
    r"are|is)\s+kept\b(?!\s+by\s+(?:the\s+)?(?:host|school|district|customer|parents?|students?)\b)"
    r"|\b(?:i|we|contractor)\s+(?:may\s+|will\s+)?keep\s+(?:the\s+|all\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:recordings?|videos?|photo(?:graph)?s?|footage)\b)"
    r"[^.;]{0,60}\bfor\s+(?:[\w-]+\s+(?:and\s+|or\s+)?){0,3}?(?<!student )(?<!students['\u2019] )"
    r"(?:portfolio|promotional|marketing|publicity|demo\s+reel|showreel)\b"
)
# The recordings or photographs of the work the vendor owns: "All recordings made at the
# Workshops, including students' performances, are the property of the Artist", "I own the audio
# and video recordings and photographs I make during the Workshops".
_OF_THE_WORK = (
    r"\b(?:students?|pupils?|workshops?|sessions?|assembl(?:y|ies)|performances?|concerts?|"
    r"residency|classes|program(?:me)?s?|circle)\b"
)
# Owned with the vendor among the owners: "Recordings of Residency sessions … are jointly owned
# by the Host and the Artist", "… the joint property of CREC, the Consultant and the sending
# district", "The Artist and the School shall jointly own the recordings …" (what the students
# make, a recording of them or their data, within the clause; not the vendor's curriculum or
# lesson plans). Read from the joint ownership's own words, so that a long clause is read once.
_JOINTLY = LazyPattern(
    r"\b(?:jointly\s+owned|owned\s+jointly|co-?owned)\s+by\b|\bjoint\s+property\s+of\b"
    r"|\bjointly\s+own\b"
)
_VENDOR_AMONG_OWNERS = LazyPattern(rf"\b(?:{PROVIDER}|{VENDOR_BY_ROLE}|me|us)\b")
_THE_STUDENTS_OR_RECORDINGS = LazyPattern(
    r"\b(?:recordings?|photo(?:graph)?s?|videos?|footage|student\s+(?:data|information|records)|"
    r"(?:students?|pupils?)\s+(?:write|writes|produce|produces|create|creates|make|makes|compose|"
    r"composes|draw|draws|build|builds|design|designs|record|records)\b)"
)


def _jointly_owned_with_the_vendor(low: str) -> bool:
    """Whether a clause of ``low`` makes the vendor a joint owner of the students' work, their
    recordings or their data (the owners named after "jointly owned by", or before "jointly
    own")."""
    for joint in _JOINTLY.finditer(low):
        # (the clause's words within 200 characters either side, so that a long one is read in
        # linear time)
        starts = max(0, joint.start() - 200)
        opens = max(low.rfind(".", starts, joint.start()), low.rfind(";", starts, joint.start()))
        opens = opens + 1 if opens >= 0 else starts
        closes = re.search(r"[.;]", low[joint.end() : joint.end() + 200])
        ends = joint.end() + (closes.start() if closes else 200)
        active = joint.group(0).endswith("own")
        owners = low[opens : joint.start()] if active else low[joint.end() : ends]
        if _THE_STUDENTS_OR_RECORDINGS.search(low[opens:ends]) and _VENDOR_AMONG_OWNERS.search(
            owners
        ):
            return True
    return False


_RECORDINGS_THE_VENDORS = LazyPattern(
    # (in one clause: not "Photographs … are given to the School; the backing tracks I composed
    # are my own property")
    rf"\b(?:recordings?|photo(?:graph)?s?|videos?|footage)\b(?=[^.;]{{0,120}}{_OF_THE_WORK})[^.;]{{0,200}}"
    r"\b(?:(?:are|is|remains?|shall\s+be|will\s+be)\s+(?:the\s+)?(?:(?:sole|exclusive)\s+)?"
    rf"(?:property\s+of\s+(?:the\s+)?{PROVIDER}|{PROVIDER}['\u2019]s\s+(?:(?:sole|exclusive)\s+)?"
    # ("The recording, including the students' call-and-response passages, is my own property",
    # "… belongs to me", "I keep the recording … as my own property")
    r"(?:property|copyright)|(?:my|our)\s+(?:own\s+)?property\b)|as\s+(?:my|our)\s+own\s+property\b)"
    # the recording itself the subject (not "Copyright in the workshop recordings … belongs to
    # me", read with the sentence before it below)
    r"|^\W*(?:[\d.]+\s+)?(?:the|all|any)\s+(?:[\w-]+\s+){0,3}?(?:recordings?|photo(?:graph)?s?|videos?)\b"
    rf"(?=[^.;]{{0,120}}{_OF_THE_WORK})[^.;]{{0,150}}\bbelongs?\s+to\s+(?:me|us)\b"
    rf"|{PROVIDER}\s+(?:owns?|(?:holds?|retains?)\s+(?:the\s+)?copyright\s+in)\s+(?:all\s+|the\s+|any\s+)?"
    r"(?:[\w-]+\s+(?:and\s+)?){0,3}?(?:recordings?|photo(?:graph)?s|videos?|footage)\b"
    rf"(?=[^.]{{0,60}}{_OF_THE_WORK})"
)


def recordings_owned(promise: Sentence, verdict: Verdict, args: tuple[Any, ...]) -> Verdict | None:
    """The school's data kept the school's (1), or deleted at the end (7), where the vendor
    owns its recordings or photographs of the students: those stay outside (the readings: the
    statement holds for part of the data; the vendor keeps its own property)."""
    sentences = args[0]
    owned = next(
        (
            s
            for at, s in enumerate(sentences)
            if (
                _RECORDINGS_THE_VENDORS.search(low := lowered(s))
                or _jointly_owned_with_the_vendor(low)
                or _copyright_in_its_recordings(low, sentences[at - 1] if at else None, s)
            )
            # (nor denied: "… shall not be jointly owned by the School and the Consultant")
            and not negated(low, r"\b(?:owns?|owned|property|copyright|belongs?)\b")
        ),
        None,
    )
    if owned is None or owned is promise:
        return None
    return weak(promise, f"{verdict.why}, but the vendor owns, or shares in, recordings, "
                         f"photographs or other data of the students: {owned.text}")  # fmt: skip


# "Copyright in Performance Recordings belongs to the Artist", the recordings of the students'
# sessions named in the sentence before it
_COPYRIGHT_THE_VENDORS = LazyPattern(
    # ("Copyright in the audio and video recordings I make during the workshops belongs to me")
    r"\bcopyright\s+in\s+(?:the\s+|all\s+)?(?:[\w-]+\s+){0,3}?(?:recordings?|photo(?:graph)?s|videos?|"
    rf"footage)\b[^.]{{0,60}}\b(?:belongs?\s+to|vests?\s+in|(?:is|are)\s+owned\s+by)\s+(?:the\s+)?"
    rf"(?:{PROVIDER}|me\b|us\b)"
)


def _copyright_in_its_recordings(low: str, before: Sentence | None, sentence: Sentence) -> bool:
    """Whether the vendor takes the copyright in recordings of the students' work, named in
    the sentence or in the one before it in its paragraph."""
    if not _COPYRIGHT_THE_VENDORS.search(low):
        return False
    if before is not None and before.paragraph == sentence.paragraph:
        low = f"{lowered(before)} {low}"
    return re.search(_OF_THE_WORK, low) is not None


_PICTURES_OF_STUDENTS = LazyPattern(rf"{_PICTURES}[^.;]{{0,60}}\b(?:students?|pupils?)\b")
# (at the sentence's head, naming nothing else "them" could be: "The Artist may use them in her
# teaching portfolio", not "Lesson plans I create remain mine, and I may use them …")
_SHOWS_THEM = LazyPattern(
    rf"^\W*(?:[\w'\u2019-]+\s+){{1,3}}?{_MAY_SHOW}\s+(?:them|those|these)\b[^.;]{{0,60}}{_TO_PROMOTE}"
)
# (not pictures the sentence before deletes: "Video recordings … are deleted at the end of each
# session and I keep no copies")
_DELETED = LazyPattern(r"\b(?:delet\w*|destroy\w*|eras\w*|no\s+copies)\b")
# Not where the family decides ("With a signed release from a parent or guardian", "only with
# the prior written consent of the student's parent", "where the parent has opted in"), nor
# pictures of no student ("with no student shown", "in which no students appear", its own
# instructors, its workshop space), nor the school's own use ("At the School's request, …
# on the School's website").
_NOT_THE_VENDORS_SHOW = LazyPattern(
    r"\b(?:parents?|guardians?|famil(?:y|ies))['\u2019]?s?\s+(?:[\w-]+\s+){0,2}?(?:release|consent|"
    r"permission)|\b(?:release|consent|permission)\s+(?:form\s+)?(?:signed\s+)?(?:from|by|of)\s+"
    r"(?:a|the|each|their)\s+(?:[\w'\u2019-]+\s+)?(?:parent|guardian|family)"
    r"|\b(?:parents?|guardians?)\b[^.;]{0,40}\b(?:signed|opted[- ]in)\b"
    # (not "provided no student is identified by name": the students shown, not named)
    r"|\bno\s+(?:students?|child(?:ren)?|pupils?)['\u2019]?s?\b[^.;]{0,30}\b(?:shown|visible|"
    r"identified(?!\s+by\s+(?:name|their\s+names?))|identifiable|appears?)\b"
    r"|\bof\s+(?:its|our|my|the)\s+(?:[\w'\u2019-]+\s+)?(?:own\s+)?(?:instructors?|staff|teachers|demonstrations?|"
    r"workshop\s+space|space|equipment|premises|buildings?|facilities|venue|studio)\b|\bstock\b"
    rf"|\b(?:at|on)\s+(?:the\s+)?{LEA}['\u2019]s\s+(?:request|direction)"
    rf"|\bon\s+(?:the\s+)?{LEA}['\u2019]s\s+(?:own\s+)?(?:website|social)"
)


_FILMED_TO_PROMOTE = LazyPattern(
    r"\b(?:film|record|photograph|video|take\s+photos?)\w*\b[^.;]{0,60}?\bfor\s+(?:our|its|my)\s+"
    r"(?:showreel|website|social\s+media|marketing|promotion\w*|portfolio)\b"
)
_STUDENTS_APPEAR = LazyPattern(
    r"^\W*(?:the\s+)?(?:students?|student\s+(?:volunteers|performers|participants)|participants|"
    r"pupils|children)\s+(?:may|might|will|can|often)\s+(?:appear|be\s+(?:shown|seen|visible|included))\s+"
    r"in\s+(?:them|it|these|those|some)\b"
)


def _promoting(sentences: Sequence[Sentence]) -> Sentence | None:
    """The vendor's own use of the students' pictures or recordings to promote itself, named
    in the sentence or in the one before it ("Recordings …, including recordings of student
    performances, belong to the Artist. The Artist may use them in her teaching portfolio")."""
    vendor_records = any(_RECORDINGS_THE_VENDORS.search(lowered(s)) for s in sentences)
    for at, sentence in enumerate(sentences):
        low = lowered(sentence)
        before = lowered(sentences[at - 1]) if at else ""
        after = lowered(sentences[at + 1]) if at + 1 < len(sentences) else ""
        found = (
            _PROMOTES_WITH_THEM.search(low)
            # "We film parts of every Show for our showreel …. Student volunteers may appear in
            # them."
            or (_FILMED_TO_PROMOTE.search(low) if _STUDENTS_APPEAR.search(after) else None)
            or (
                _SHOWS_THEM.search(low)
                if _PICTURES_OF_STUDENTS.search(before) and not _DELETED.search(before)
                else None
            )
            or (_RECORDS_TO_PROMOTE.search(low) if vendor_records else None)
        )
        if (
            found is not None
            and not _NOT_THE_VENDORS_SHOW.search(low)
            # ("No photographs or video of students may be used in my portfolio")
            and not negated(
                low[: found.end()],
                r"\b(?:used?|post(?:ed)?|publish(?:ed)?|show(?:n)?|feature(?:d)?|"
                r"include|displayed|appear)\b",
            )
            and not _SOMEONE_ELSE.search(_who_may(low, found.start()))
        ):
            return sentence
    return None


def _who_may(low: str, start: int) -> str:
    """The words just before the grant's modal, which name who may ("With the school's
    photo-release confirmation I may use …": "confirmation i")."""
    modal = _MAY.search(low, start)
    before = low[: modal.start()] if modal is not None else low[:start]
    return " ".join(_whose(before).split()[-3:])
