"""``audit``: what a vendor's own contract says, and fails to say, against Regulation 3520.13-R.

Vendors often send their own data-privacy terms instead of signing ours. For
every requirement of the catalogue that applies to the contractor's role,
the audit answers *present*, *weak* (there, but short of the regulation:
"promptly" where five days are required, another state's law, security
without the HITECH standards, deletion "upon request" with no procedure) or
*missing*, with the sentence that decided it and where it is.

The method is a set of readable rules, one per requirement, over sentences:
each rule looks for the provision's concepts in the words vendors use
(FERPA or its long name; "subprocessor" for subcontractor; "District",
"LEA", "Customer" for CREC), and reads the sentence's polarity — "will not
sell" is a promise, "may sell de-identified data" is not, and "except as
required to operate the service" can swallow a promise whole. Rules were
chosen over a trained model because every finding must say *why*, staff must
be able to check it against the sentence, and the corpus we can label is
small; ``bench/bench_audit.py`` measures them against a labelled corpus.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from ..inputs.vocabulary import LAW_PLACES
from ..model import Requirement, Role
from .reader import Sentence, read_sentences

__all__ = ["AuditFinding", "Status", "audit_file", "audit_sentences"]

Status = Literal["present", "weak", "missing"]

_LEA = (
    r"\b(?:crec|lea|local educational? agency|school district|district|board of education|"
    r"board|school|customer|client|institution|subscriber|licensee|educational agency|"
    r"controller)s?\b"
)
_PARENTS = (
    r"(?:parents?|guardians?|eligible students?|students?(?![-'\u2019]|\s+(?:data|records?|"
    r"information|personal|pii|generated))|affected (?:individuals|persons|users)|"
    r"data subjects?|families)"
)
_PROVIDER = (
    r"\b(?:provider|vendor|contractor|operator|consultant|company|processor|supplier|"
    r"licensor|we)\b"
)
_DATA = (
    r"(?:student[- ](?:data|records?|information|personal information|pii|"
    r"personally identifiable information)|personally identifiable information|\bpii\b|"
    r"education(?:al)? records?|pupil (?:records?|data|information)|customer data|"
    r"district data|school data|personal (?:data|information)|student[- ]generated content|"
    r"data)"
)
_NEGATION = re.compile(
    r"\b(?:not|never|no|nor|neither|prohibited|refrain\w*|won't|cannot|can't|may not)\b"
)
_EXCEPTION = re.compile(
    r"\b(?:except|unless|save|notwithstanding|provided that|but may)\b([^.;]{0,120})"
    r"|\b(?:deems? (?:appropriate|necessary|fit)|as (?:we|it) see[s]? fit|any other purpose)\b"
)
# Exceptions the regulation itself allows: the law, a court, a successor bound by the same
# terms, the school's own direction or consent, school purposes, safety.
_ALLOWED_EXCEPTION = re.compile(
    r"\b(?:required by (?:law|statute)|law enforcement|court order|subpoena|legal process|"
    r"comply with (?:the |applicable )?law|judicial|successor|merger|acquisition|"
    r"(?:written )?(?:consent|direction|instruction)s? of the|directed by|as (?:the )?"
    r"(?:district|lea|school|board|customer|crec) (?:directs|instructs|authori[sz]es)|"
    r"school purposes?|safety|student'?s? (?:own )?(?:request|account))\b"
)


def _broad_exception(text: str) -> bool:
    """An exception that could swallow the promise: anything but what the regulation allows."""
    for match in _EXCEPTION.finditer(text.casefold()):
        if match.group(1) is None or not _ALLOWED_EXCEPTION.search(match.group(1)):
            return True
    return False


_NUMBER = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "fourteen": 14,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty-five": 45,
    "sixty": 60,
    "ninety": 90,
    "seventy-two": 72,
    "forty-eight": 48,
    "twenty-four": 24,
}
_DURATION = re.compile(
    r"\b(\d+|" + "|".join(_NUMBER) + r")\)?\s*(?:\(\d+\)\s*)?(business |calendar |working )?"
    r"(hours?|days?|weeks?|months?|years?)\b"
)
_VAGUE = re.compile(
    r"\b(?:promptly|without (?:undue|unreasonable) delay|as soon as (?:reasonably )?"
    r"(?:practicable|possible|feasible)|in a timely (?:manner|fashion)|timely|expeditiously|"
    r"reasonable (?:time|period))\b"
)
_BREACH = re.compile(
    r"\b(?:breach|security incident|data incident|incident|unauthori[sz]ed (?:access|"
    r"disclosure|release|acquisition|use))\b"
)
# A promise, not a title: "Data Protection Addendum" protects nothing.
_UNDERTAKING = (
    r"\b(?:shall|will|must|agrees?|maintains?|implements?|uses?|we|keeps?|takes|"
    r"follows|protects|stores?|employs|applies)\b"
)
_NOTIFY = re.compile(r"\b(?:notif\w*|notice|inform\w*|report\w*|alert\w*|e-?mail\w*|tell)\b")


@dataclass(frozen=True)
class AuditFinding:
    """One requirement: present, weak or missing, with the deciding sentence and why."""

    requirement: Requirement
    status: Status
    sentence: Sentence | None
    why: str

    def as_json(self) -> dict[str, Any]:
        return {
            "requirement": self.requirement.id,
            "paragraph": self.requirement.paragraph,
            "summary": self.requirement.summary,
            "void_if_missing": self.requirement.validity,
            "status": self.status,
            "passage": self.sentence.text if self.sentence else None,
            "location": self.sentence.location if self.sentence else None,
            "why": self.why,
        }


Rule = Callable[[Sequence[Sentence]], tuple[Status, Sentence | None, str]]


def audit_sentences(
    sentences: Sequence[Sentence], requirements: Sequence[Requirement], role: Role
) -> list[AuditFinding]:
    """Every requirement that applies to ``role``, judged against the sentences."""
    findings = []
    for requirement in requirements:
        if not requirement.applies(role):
            continue
        status, sentence, why = _RULES[requirement.id](sentences)
        findings.append(AuditFinding(requirement, status, sentence, why))
    return findings


def audit_file(path: Path, role: Role, requirements: Sequence[Requirement]) -> list[AuditFinding]:
    """Read a contract (PDF, DOCX, HTML, Markdown or text) and judge every requirement.

    Raises:
        InputError: when the file cannot be read.
    """
    return audit_sentences(read_sentences(path), requirements, role)


# --- helpers -----------------------------------------------------------------------------


def _low(sentence: Sentence) -> str:
    return sentence.text.casefold()


def _find(sentences: Sequence[Sentence], *patterns: str) -> list[Sentence]:
    """Sentences matching every pattern (case-insensitive); headings are not evidence."""
    compiled = [re.compile(p, re.IGNORECASE) for p in patterns]
    return [s for s in sentences if not s.heading and all(c.search(s.text) for c in compiled)]


# Where one promise ends and the next begins: "shall not sell; will notify", "shall not sell,
# and will notify", "shall not sell & will notify".
_CLAUSE_BREAK = re.compile(r";|, (?:and|but) | (?:and|&|but) (?:will|shall|must|may|is|are) ")


def _negated(text: str, verb: str) -> bool:
    """Whether ``verb`` is denied in ``text``: "shall not sell", "agrees never to sell",
    "is prohibited from selling", "shall not use any information … to engage in targeted
    advertising", or a sentence opening "No … shall". The denial must be in the same
    clause (no semicolon between) and close enough to govern the verb."""
    lowered = text.casefold()
    label, dash, rest = lowered.partition(" — ")
    if dash and len(label) < 40:  # a table row: "Advertising — Provider will not …"
        lowered = rest
    match = re.search(verb, lowered)  # the first use decides: later ones are usually asides
    if match is not None:
        bounds = [m.end() for m in _CLAUSE_BREAK.finditer(lowered, 0, match.start())]
        start = max(bounds[-1] if bounds else 0, match.start() - 160)
        if _NEGATION.search(lowered[start : match.start()]):
            return True
    return bool(re.match(r"\s*(?:no|neither)\b", lowered))


def _days(text: str) -> list[float]:
    """Every period the sentence names, in calendar days (business days count 1.4 each)."""
    periods = []
    for number, kind, unit in _DURATION.findall(text.casefold()):
        value = float(number) if number.isdigit() else float(_NUMBER[number])
        scale = {"hour": 1 / 24, "day": 1.0, "week": 7.0, "month": 30.0, "year": 365.0}[
            unit.rstrip("s")
        ]
        periods.append(value * scale * (1.4 if kind.strip() in ("business", "working") else 1))
    return periods


def _governing(text: str, pick: Callable[[Sequence[float]], float] = max) -> float | None:
    """The period a notice sentence sets for the kind of breach asked about. A sentence with
    two periods usually gives the shorter to student information and the longer to the rest
    ("five days ..., and ten days for directory information"), so provisions 6(a) and 6(c)
    take the shorter and 6(b) and 6(d) the longer; "within 60 days, or 72 hours where the
    law requires" promises 60 for the rest. A later report or update does not count."""
    periods = []
    lowered = text.casefold()
    for match in _DURATION.finditer(lowered):
        before = lowered[max(0, match.start() - 40) : match.start()]
        if not re.search(
            r"\b(?:report|update|supplement\w*|follow-up|final|written summary)\b", before
        ):
            periods.extend(_days(match.group(0)))
    return pick(periods) if periods else None


def _present(sentence: Sentence, why: str) -> tuple[Status, Sentence | None, str]:
    return "present", sentence, why


def _weak(sentence: Sentence, why: str) -> tuple[Status, Sentence | None, str]:
    return "weak", sentence, why


def _missing(why: str, sentence: Sentence | None = None) -> tuple[Status, Sentence | None, str]:
    return "missing", sentence, why


def _promise(
    sentences: Sequence[Sentence], verb: str, topic: str, missing_why: str, what: str
) -> tuple[Status, Sentence | None, str]:
    """A prohibition: present when denied, weak when a broad exception swallows it, missing
    when only a permission (or nothing) is found."""
    candidates = _find(sentences, verb, topic)
    denied = [s for s in candidates if _negated(s.text, verb)]
    for sentence in denied:
        if not _broad_exception(sentence.text):
            return _present(sentence, f"promises not to {what}")
    if denied:
        return _weak(denied[0], f"promises not to {what}, but an exception could swallow it")
    if candidates:
        return _missing(f"permits, rather than forbids, to {what}", candidates[0])
    return _missing(missing_why)


# --- one rule per requirement ---------------------------------------------------------------


def _r1(sentences: Sequence[Sentence]) -> tuple[Status, Sentence | None, str]:
    owned = r"\b(?:own\w*|property|title|belong\w*|control)\b"
    claims: list[tuple[Sentence, str]] = []
    for sentence in _find(sentences, owned, _DATA):
        low = _low(sentence)
        owner = re.search(
            r"(\w+)(?:'s)?\s+(?:shall |will |does |alone )?(?:owns?|retains? "
            r"(?:all )?(?:rights?|ownership|title))\b",
            low,
        )
        school_owns = (
            (owner is not None and re.fullmatch(_LEA, owner.group(1)))
            or re.search(
                r"(?:property|ownership|control)\s+of\s+(?:and [^.]{0,30})?(?:the\s+)?" + _LEA, low
            )
            or re.search(r"\bbelong\w*\s+to\s+(?:the\s+)?" + _LEA, low)
        )
        if school_owns or (_negated(low, r"\b(?:property|own\w*)\b") and re.search(_PROVIDER, low)):
            return _present(sentence, "the student data stay the school's, not the vendor's")
        if (
            owner is not None
            and not _negated(low, r"\bowns?\b")
            and re.search(r"\bowns?\b[^.;]{0,40}" + _DATA, low)
        ):
            claims.append((sentence, owner.group(1)))
    if claims:
        sentence, who = claims[0]
        return _missing(f"the data are said to be owned by {who}, not the school", sentence)
    return _missing("says nothing of who owns the student data")


def _r2(sentences: Sequence[Sentence]) -> tuple[Status, Sentence | None, str]:
    erase = r"(?:delet\w*|destr\w*|dispos\w*|eras\w*|purg\w*)"
    asked = re.compile(
        rf"\b(?:request\w*|direct\w*|instruct\w*|ask\w*)\b[^.;]{{0,60}}\b{erase}"
        rf"|\b{erase}\b[^.;]{{0,60}}\b(?:upon|on|at|after|following) (?:the |a |its |any )?"
        rf"(?:written )?(?:request|direction|instruction)"
    )
    found = [
        s
        for s in sentences
        if asked.search(_low(s)) and not s.heading and not _negated(s.text, rf"\b{erase}")
    ]
    for sentence in found:
        if re.search(
            r"\b(?:written|in writing|e-?mail\w*|notice|form|portal|dashboard|settings|"
            r"ticket|contact\w*|within\s+\S+|days?)\b|@",
            _low(sentence),
        ):
            return _present(sentence, "gives a way to request deletion, with its procedure")
    if found:
        return _weak(found[0], "deletion on request, but no procedure (how, to whom, how fast)")
    return _missing("gives no way to request deletion of student data")


def _r3(sentences: Sequence[Sentence]) -> tuple[Status, Sentence | None, str]:
    verb = r"\b(?:us(?:e|es|ed|ing)|process\w*|access\w*|handl\w*)\b"
    limit = (
        r"\b(?:only|solely|exclusively|sole purpose|no other purpose|no purpose other than|"
        r"not for any other purpose)\b"
    )
    for sentence in _find(sentences, verb, limit):
        if _broad_exception(sentence.text):
            return _weak(sentence, "limits its use of the data, but with a broad exception")
        return _present(sentence, "uses the data only for the contracted purposes")
    denied = [s for s in _find(sentences, verb, r"\bpurpose") if _negated(s.text, verb)]
    if denied:
        return _present(denied[0], "does not use the data for other purposes")
    return _missing("does not limit its use of the data to the contract's purposes")


def _r4(sentences: Sequence[Sentence]) -> tuple[Status, Sentence | None, str]:
    review = r"\b(?:review|inspect|access|challeng\w*|see|view|obtain)\w*"
    right = (
        _PARENTS + r"[^.;]{0,40}\b(?:may|can|have the right to|are entitled to|shall be able "
        r"to|will be able to)\b"
    )
    for sentence in _find(sentences, right, review, r"\b(?:correct|amend|rectif|fix)\w*"):
        return _present(sentence, "students and parents may review and correct their data")
    found = _find(sentences, review, r"\b(?:correct|amend|rectif|updat|edit)\w*")
    if found:
        return _weak(
            found[0],
            "mentions access and correction, but not as a procedure for students and parents",
        )
    return _missing("no way for students or parents to review and correct their data")


def _r5(sentences: Sequence[Sentence]) -> tuple[Status, Sentence | None, str]:
    verb = r"\b(?:secur\w*|safeguard\w*|protect\w*)\b"
    kept = r"\b(?:data|information|records?|confidential\w*|program\w*|measures|encrypt\w*)\b"
    for sentence in _find(sentences, verb, kept, _UNDERTAKING):
        if not _negated(sentence.text, verb):
            return _present(sentence, "takes actions to keep the data secure and confidential")
    return _missing("no undertaking to keep the data secure and confidential")


def _breach_notices(sentences: Sequence[Sentence], to_parents: bool) -> list[Sentence]:
    """Sentences in which the vendor gives breach notice to the school, or to families."""
    found = []
    for sentence in sentences:
        low = _low(sentence)
        if not (_BREACH.search(low) and _NOTIFY.search(low)):
            continue
        if _negated(low, r"\b(?:notify|inform|send notice|give notice)\b"):
            continue  # "shall not notify data subjects" promises nothing
        families = re.search(
            r"\b(?:notify|inform|send notice to|give notice to|e-?mail|tell)\b"
            r"[^.;]{0,100}?" + _PARENTS,
            low,
        )
        if families and re.search(_LEA + r"\W+(?:\w+\W+)?$", low[: families.start()]):
            families = None  # the school notifies families: not the vendor's promise
        school = re.search(_LEA, low)
        if (to_parents and families) or (not to_parents and (school or not families)):
            found.append(sentence)
    return found


def _deadline(
    found: Sequence[Sentence],
    limit: float,
    label: str,
    who: str,
    pick: Callable[[Sequence[float]], float] = max,
) -> tuple[Status, Sentence | None, str]:
    """Present when a notice's period is within ``limit`` days; weak when longer or vague."""
    if not found:
        return _missing(f"no breach notice to {who}")
    timed = [(s, period) for s in found if (period := _governing(s.text, pick)) is not None]
    if timed:
        sentence, days = min(timed, key=lambda item: item[1])
        if days <= limit:
            return _present(sentence, f"breach notice to {who} within {days:g} days ({label})")
        return _weak(
            sentence,
            f"breach notice to {who} within {days:g} days; the regulation requires {label}",
        )
    vague = next((s for s in found if _VAGUE.search(_low(s))), found[0])
    return _weak(
        vague, f"breach notice to {who} without a fixed period; the regulation requires {label}"
    )


def _r6a(sentences: Sequence[Sentence]) -> tuple[Status, Sentence | None, str]:
    found = _breach_notices(sentences, False)
    status, sentence, why = _deadline(found, 5, "5 calendar days, 2 if urgent", "the school", min)
    if status == "present" and sentence is not None and (_governing(sentence.text, max) or 0) > 2:
        urgent = any(
            re.search(r"\b(?:urgent|imminent)", _low(s)) and min(_days(s.text)) <= 2
            for s in found
            if _days(s.text)
        )
        if not urgent:
            return _weak(
                sentence,
                "breach notice to the school within five days, but no "
                "two-day notice when misuse is imminent",
            )
    return status, sentence, why


def _r6b(sentences: Sequence[Sentence]) -> tuple[Status, Sentence | None, str]:
    return _deadline(_breach_notices(sentences, False), 10, "10 days", "the school")


def _r6c(sentences: Sequence[Sentence]) -> tuple[Status, Sentence | None, str]:
    return _parents_notice(sentences, 5, "5 days", min)


def _r6d(sentences: Sequence[Sentence]) -> tuple[Status, Sentence | None, str]:
    return _parents_notice(sentences, 10, "10 days")


def _parents_notice(
    sentences: Sequence[Sentence],
    limit: float,
    label: str,
    pick: Callable[[Sequence[float]], float] = max,
) -> tuple[Status, Sentence | None, str]:
    found = _breach_notices(sentences, True)
    status, sentence, why = _deadline(found, limit, label, "students and parents", pick)
    low = _low(sentence) if sentence is not None else ""
    if (
        sentence is not None
        and re.search(r"\b(?:assist|cooperat|help)\w*", low)
        and not re.search(_PROVIDER + r"\b[^.]{0,40}\b(?:shall|will|must) notify", low)
    ):
        return _weak(sentence, "only helps the school notify families; the operator must notify")
    return status, sentence, why


def _r7(sentences: Sequence[Sentence]) -> tuple[Status, Sentence | None, str]:
    end = (
        r"\b(?:terminat\w*|expir\w*|end of|conclusion|completion|cancel\w*|no longer "
        r"(?:needed|necessary|required)|clos\w* (?:its|the|their|an?) account|account is "
        r"closed|stops? using)\b"
    )
    verb = r"\b(?:delet\w*|destr\w*|dispos\w*|return\w*|eras\w*|purg\w*|retain\w*)\b"
    for sentence in _find(sentences, verb, end):
        low = _low(sentence)
        if _negated(low, r"\b(?:delet\w*|destr\w*|dispos\w*|return\w*|eras\w*)\b"):
            return _missing("says it need not delete the data at the end", sentence)
        days = _days(low)
        if re.search(
            r"\b(?:indefinitely|archiv\w*|backups?|may retain|reserves? the right to "
            r"retain)\b",
            low,
        ) and not _negated(low, r"\bretain\w*"):
            return _weak(sentence, "deletes at the end, but may keep copies long after")
        if days and max(days) > 30:
            return _weak(
                sentence,
                f"keeps the data up to {max(days):g} days after the services "
                "end; the regulation allows none",
            )
        return _present(sentence, "does not keep the data after the services end")
    return _missing("no duty to delete or return the data when the services end")


def _r8(sentences: Sequence[Sentence]) -> tuple[Status, Sentence | None, str]:
    found = _find(
        sentences,
        r"\b(?:ferpa|family educational rights and privacy act|1232g|"
        r"34 c\.?f\.?r\.? (?:part )?99)\b",
    )
    for sentence in found:
        low = _low(sentence)
        pushed = re.search(
            _LEA + r"[^.;]{0,30}\b(?:is|are|shall be|remains?) (?:solely )?responsible", low
        ) and not re.search(_PROVIDER, low)
        if not (
            pushed
            or _negated(low, r"\b(?:comply|complian\w*|subject)\b")
            or re.search(r"\bnothing\b[^.]{0,40}\brequire", low)
        ):
            return _present(sentence, "commits to FERPA")
    if found:
        return _missing("mentions FERPA only to disclaim it", found[0])
    return _missing("no mention of FERPA (Family Educational Rights and Privacy Act)")


def _r9(sentences: Sequence[Sentence]) -> tuple[Status, Sentence | None, str]:
    found = _find(sentences, r"\b(?:govern\w*|construed|laws? of|jurisdiction)\b", r"\blaws?\b")
    for sentence in found:
        if "connecticut" in _low(sentence):
            return _present(sentence, "Connecticut law governs")
    for sentence in found:
        low = _low(sentence)
        other = next((place for place in LAW_PLACES
                      if re.search(rf"\b{place.casefold()}\b", low)), "")  # fmt: skip
        if other:
            return _weak(sentence, f"the law of {other} governs, not Connecticut's")
    if found:
        return _weak(found[0], "names a governing law, but not Connecticut's")
    return _missing("no governing law; the regulation requires Connecticut's")


def _r10(sentences: Sequence[Sentence]) -> tuple[Status, Sentence | None, str]:
    found = _find(
        sentences,
        r"\b(?:invalid|unenforceable|illegal|void)\b",
        r"\b(?:remain\w*|other provisions|shall not affect|full force|sever\w*)\b",
    )
    found += _find(sentences, r"\bseverab\w*")
    found = [s for s in found if not _negated(s.text, r"\bsever\w*")]
    if found:
        return _present(found[0], "the rest stands if a provision is held invalid")
    return _missing("no severability provision")


def _r11(sentences: Sequence[Sentence]) -> tuple[Status, Sentence | None, str]:
    content = (
        r"\b(?:student[- ]?generated content|content (?:created|generated|uploaded) by "
        r"students?|student[- ]?created|students?'? (?:work|content|creations)|"
        r"(?:code|essays?|work|projects?|artwork) (?:written|created|made) by students?)\b"
    )
    for sentence in _find(sentences, content, r"\b(?:own\w*|property|belong\w*|title)\b"):
        low = _low(sentence)
        if re.search(_PROVIDER + r"[^.]{0,30}\bown", low) and not _negated(low, r"\bown"):
            return _missing("the vendor claims the students' content", sentence)
        return _present(sentence, "students (or parents) own what students create")
    licensed = _find(sentences, content, r"\b(?:licen\w*|rights?|account|keep|retain)\b")
    if licensed:
        return _weak(licensed[0], "deals with students' content, but not that students own it")
    return _missing("nothing on who owns student-generated content")


def _r12(sentences: Sequence[Sentence]) -> tuple[Status, Sentence | None, str]:
    standard = _find(
        sentences,
        r"(?:hitech|164\.312|13402|health information technology for "
        r"economic and clinical health)",
    )
    if standard:
        return _present(standard[0], "security practices meet HITECH / 45 CFR 164.312")
    verb = r"\b(?:secur\w*|safeguard\w*|protect\w*|encrypt\w*)\b"
    practice = [
        s
        for s in _find(
            sentences,
            _UNDERTAKING,
            verb,
            r"\b(?:data|information|records?|program\w*|"
            r"measures|encrypt\w*)\b",
        )
        if not _negated(s.text, verb)
    ]
    if practice:
        return _weak(
            practice[0],
            "security practices, but not to the HITECH / 45 CFR 164.312 "
            "standards the regulation names",
        )
    return _missing("no security procedures or practices")


def _r13(sentences: Sequence[Sentence]) -> tuple[Status, Sentence | None, str]:
    return _promise(
        sentences,
        r"\b(?:target\w*|advertis\w*|market\w*)\b",
        _DATA,
        "nothing forbids targeted advertising with student data",
        "use student data for targeted advertising",
    )


def _r14(sentences: Sequence[Sentence]) -> tuple[Status, Sentence | None, str]:
    subs = (
        r"\b(?:sub-?contract\w*|sub-?processor\w*|third[- ]party (?:service )?providers?|"
        r"service providers?|agents?)\b"
    )
    consent = r"\b(?:written consent|prior consent|consent|approv\w*|authori[sz]\w*)\b"
    bound = (
        r"\b(?:bound by|no less (?:protective|stringent)|same (?:obligations|terms|"
        r"restrictions)|flow[- ]down|obligations (?:at least|consistent)|comply with (?:the "
        r"(?:same|terms)|this)|bind\w*|included in (?:any|every|each))\b"
    )
    with_consent = [
        s
        for s in _find(sentences, subs, consent, _LEA)
        if re.search(r"\b(?:written|prior|express)\b", _low(s)) and not _waived(_low(s))
    ]
    with_terms = _find(sentences, subs, bound)
    if with_consent and with_terms:
        return _present(
            with_consent[0],
            "subcontractors need the school's written consent and are bound by the same terms",
        )
    if with_consent or with_terms:
        return _weak(
            (with_consent or with_terms)[0],
            "only one of the two: the school's written consent, or the same terms "
            "flowing down to every subcontractor",
        )
    refused = [
        s
        for s in _find(sentences, r"\bsub-?contract\w*")
        if _negated(s.text, r"\bsub-?contract") and not re.search(consent, _low(s))
    ]
    if refused:
        return _present(refused[0], "does not subcontract at all")
    notice = _find(sentences, subs)
    if notice:
        return _weak(notice[0], "uses subcontractors without the school's written consent")
    return _missing("nothing on subcontractors")


def _waived(low: str) -> bool:
    """ "may engage subcontractors without the District's consent": a permission, not a
    promise (unlike "shall not subcontract without the District's consent")."""
    return bool(re.search(r"\bwithout\b[^.;]{0,40}\bconsent", low)) and not _negated(
        low, r"\bwithout\b"
    )


def _r15a(sentences: Sequence[Sentence]) -> tuple[Status, Sentence | None, str]:
    return _promise(
        sentences,
        r"\b(?:target\w*|advertis\w*)\b",
        r"\b(?:on|in)\s+(?:its|our|the|their)\s+(?:own\s+)?(?:website|online service|"
        r"service|application|app|platform)\b|\b(?:its|our) own\b",
        "nothing forbids targeted advertising on the vendor's own service",
        "target advertising on its own service",
    )


def _r15b(sentences: Sequence[Sentence]) -> tuple[Status, Sentence | None, str]:
    return _promise(
        sentences,
        r"\b(?:target\w*|advertis\w*)\b",
        r"\b(?:persistent (?:unique )?identifiers?|other (?:websites?|services|"
        r"applications)|third[- ]party (?:sites?|websites?|services)|elsewhere|"
        r"any other|anywhere else|other sites)\b",
        "nothing forbids targeting students elsewhere with what it learned",
        "target students elsewhere with their data or identifiers",
    )


def _r15c(sentences: Sequence[Sentence]) -> tuple[Status, Sentence | None, str]:
    found = _find(
        sentences,
        r"\b(?:collect\w*|stor\w*|maintain\w*|gather\w*)\b",
        r"\b(?:only|solely|limited to|necessary|need\w*|minim\w*)\b",
        r"\b(?:school|educational|services?|agreement|purposes?|features?|run|"
        r"operate|provide)\b",
    )
    found = [s for s in found if not re.search(r"\bmore\b[^.;]{0,30}\bthan|\bbeyond\b", _low(s))]
    if found:
        return _present(found[0], "collects and keeps data only for school purposes")
    return _missing("does not limit collection to school purposes")


def _r15d(sentences: Sequence[Sentence]) -> tuple[Status, Sentence | None, str]:
    verb = r"\b(?:sell\w*|sold|rent\w*|trad(?:e|es|ing)|leas\w*|monetiz\w*)\b"
    for sentence in _find(sentences, verb, _DATA):
        low = _low(sentence)
        if _negated(low, verb):
            if re.search(r"\bexcept\b[^.]{0,80}\b(?:de-?identified|aggregate)", low):
                return _weak(sentence, "promises not to sell, except de-identified data")
            if re.search(
                verb + r"[^.;]{0,60}\b(?:to enable|for the purpose of|in order to)\s+"
                r"(?:\w+\s+)?(?:targeted )?advertis",
                low,
            ):
                return _weak(sentence, "forbids selling only for advertising, not selling as such")
            if _broad_exception(low):
                return _weak(sentence, "promises not to sell, but with a broad exception")
            return _present(sentence, "does not sell, rent or trade student data")
    permitted = _find(sentences, verb, _DATA)
    if permitted:
        return _missing("allows selling data rather than forbidding it", permitted[0])
    return _missing("nothing forbids selling, renting or trading student data")


def _r15e(sentences: Sequence[Sentence]) -> tuple[Status, Sentence | None, str]:
    verb = r"\b(?:disclos\w*|shar\w*|transfer\w*|provid\w* (?:to|access))\b"
    lawful = (
        r"\b(?:required by law|law enforcement|subpoena|court order|legal process|"
        r"comply with (?:the )?law|judicial)\b"
    )
    for sentence in _find(sentences, verb, _DATA):
        low = _low(sentence)
        if _negated(low, verb):
            if _broad_exception(low) or re.search(r"\b(?:affiliates|partners)\b", low):
                return _weak(sentence, "limits disclosure, but with broad exceptions")
            return _present(sentence, "discloses student data only in limited cases")
    broad = _find(sentences, verb, r"\b(?:affiliates|partners|third parties)\b")
    if broad:
        return _weak(broad[0], "shares student data more widely than the six permitted cases")
    legal = _find(sentences, verb, lawful)
    if legal:
        return _weak(legal[0], "names when it must disclose, but does not forbid the rest")
    return _missing("nothing limits disclosure of student data")


def _u1(sentences: Sequence[Sentence]) -> tuple[Status, Sentence | None, str]:
    uses = (
        r"\b(?:adaptive|personali[sz]\w*|customi[sz]\w*|maintain\w*|support\w*|improv\w*|"
        r"recommend\w*|respond\w* to)\b"
    )
    found = _find(sentences, r"\b(?:us(?:e|es|ed|ing)|process\w*|licen[cs]e|host)\b", uses)
    for sentence in found:
        low = _low(sentence)
        if re.search(r"\b(?:de-?identified|aggregat\w*|anonymi[sz]\w*)\b", low):
            continue  # that is U2
        if not _negated(low, r"\b(?:us(?:e|es|ed|ing)|process\w*)\b"):
            return _present(sentence, "says for what the operator may use student information")
    return _missing("does not say for what the operator may use student information")


def _u2(sentences: Sequence[Sentence]) -> tuple[Status, Sentence | None, str]:
    found = _find(sentences, r"\b(?:de-?identified|deidentified|aggregat\w*|anonymi[sz]\w*)\b")
    for sentence in found:
        low = _low(sentence)
        if re.search(
            r"\b(?:sell\w*|any purpose|commercial purposes?|marketing)\b", low
        ) and not _negated(low, r"\bsell\w*"):
            return _weak(sentence, "uses de-identified data beyond what the regulation permits")
        if re.search(r"\b(?:develop\w*|improv\w*|effectiveness|research|product\w*)\b", low):
            return _present(
                sentence, "uses de-identified data to develop and improve, as permitted"
            )
    if found:
        return _weak(found[0], "mentions de-identified data without limiting its use")
    return _missing("nothing on de-identified or aggregated data")


_RULES: dict[str, Rule] = {
    "R1": _r1,
    "R2": _r2,
    "R3": _r3,
    "R4": _r4,
    "R5": _r5,
    "R6a": _r6a,
    "R6b": _r6b,
    "R6c": _r6c,
    "R6d": _r6d,
    "R7": _r7,
    "R8": _r8,
    "R9": _r9,
    "R10": _r10,
    "R11": _r11,
    "R12": _r12,
    "R13": _r13,
    "R14": _r14,
    "R15a": _r15a,
    "R15b": _r15b,
    "R15c": _r15c,
    "R15d": _r15d,
    "R15e": _r15e,
    "U1": _u1,
    "U2": _u2,
}
