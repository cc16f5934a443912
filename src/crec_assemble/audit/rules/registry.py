"""One rule per requirement, registered under the requirement's id.

A rule is a function over a vendor document's sentences that returns a
:class:`Verdict`, registered with ``@rule("R9")``. A rule that judges a breach
deadline is registered with ``@deadline_rule("R6a")`` and is handed the deadline
the catalogue sets for that requirement as well, so the regulation's numbers come
from the catalogue and nowhere else. Registering a rule for an id the regulation
does not have, or a second rule for one id, fails at import; auditing a
requirement that has no rule fails as soon as it is asked for.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Literal, TypeVar

from ...errors import quoted
from ...library.breach_limits import BreachLimit, breach_limit
from ...library.catalogue import REQUIREMENT_IDS
from ...model import Requirement
from ..reader import Sentence

__all__ = [
    "RULES",
    "Rule",
    "Status",
    "Verdict",
    "deadline_rule",
    "missing",
    "present",
    "rule",
    "rule_for",
    "weak",
    "weakened",
]

Status = Literal["present", "weak", "missing"]


@dataclass(frozen=True)
class Verdict:
    """What a rule found: the status, the sentence that decided it (if any) and why."""

    status: Status
    sentence: Sentence | None
    why: str


def present(sentence: Sentence, why: str) -> Verdict:
    return Verdict("present", sentence, why)


def weak(sentence: Sentence, why: str) -> Verdict:
    return Verdict("weak", sentence, why)


def missing(why: str, sentence: Sentence | None = None) -> Verdict:
    return Verdict("missing", sentence, why)


Shortfall = Callable[[Sentence, Verdict, tuple[Any, ...]], Verdict | None]
"""``(deciding sentence, present verdict, the rule's arguments) -> a weaker verdict or None``."""
_Check = TypeVar("_Check", bound=Callable[..., Verdict])


def weakened(shortfall: Shortfall) -> Callable[[_Check], _Check]:
    """A rule decorator: a present verdict is handed, with the sentence that decided it, to
    ``shortfall``, which returns the weaker verdict that sentence deserves, or None to keep
    it. The one mechanism behind family A's whole promise (:mod:`.narrowed`) and family B's
    unqualified one (:mod:`.qualified`): a test of the deciding sentence, not of a rule."""

    def decorate(check: _Check) -> _Check:
        @functools.wraps(check)
        def judged(*args: Any) -> Verdict:
            verdict = check(*args)
            if verdict.status != "present" or verdict.sentence is None:
                return verdict
            return shortfall(verdict.sentence, verdict, args) or verdict

        return judged  # type: ignore[return-value]  # same signature as ``check``

    return decorate


SentenceCheck = Callable[[Sequence[Sentence]], Verdict]
DeadlineCheck = Callable[[Sequence[Sentence], BreachLimit], Verdict]
Judge = Callable[[Sequence[Sentence], Requirement], Verdict]


@dataclass(frozen=True)
class Rule:
    """A requirement's rule: ``name`` (the function's) says what it checks, ``judge`` applies
    it to a document's sentences and the catalogue's entry for the requirement."""

    requirement_id: str
    name: str
    judge: Judge
    # The promise is made over the whole of the students' data (ownership, deletion on
    # request, no sale), so paper that defines that data short of what the service records
    # of the students makes it for part of them only (:mod:`..carved_out`).
    over_all_the_data: bool = False
    # The promise is an ownership the vendor's claim undoes: the school's of the data, or the
    # students' of what they make (provision 11, for a claim over their work, not over the
    # vendor's recordings of them), which a class of them the vendor claims as its own
    # property keeps from being whole (:func:`..claimed_work.students_work_owned`).
    of_ownership: bool = False
    # The promise is a ban on targeting with the students' data, which a class left out of
    # that data and used to choose ads keeps from being whole
    # (:func:`..carved_out.left_out_for_advertising`).
    of_advertising: bool = False
    # The promise limits the vendor's use of the students' data, which a class left out of
    # that data and used for any purpose keeps from being whole
    # (:func:`..carved_out.left_out_and_used_freely`).
    of_use: bool = False
    # The promise is the students' ownership of what they make, which terms that call the
    # student "you" give in "You own Your Content" (:mod:`..students_as_you`); no other rule
    # reads that sentence so.
    of_students_work: bool = False


_RULES: dict[str, Rule] = {}
RULES: Mapping[str, Rule] = MappingProxyType(_RULES)
"""Every registered rule, by requirement id, in the order the rule modules define them."""


def _register(rule: Rule) -> None:
    """Raises ValueError (a bug, not bad input) for an unknown id or a second rule."""
    if rule.requirement_id not in REQUIREMENT_IDS:
        raise ValueError(
            f"rule {rule.name} names {quoted(rule.requirement_id)}, not a requirement of the "
            "catalogue"
        )
    if rule.requirement_id in _RULES:
        raise ValueError(
            f"rule {rule.name} is a second rule for {rule.requirement_id}, "
            f"already judged by {_RULES[rule.requirement_id].name}"
        )
    _RULES[rule.requirement_id] = rule


def rule(
    requirement_id: str,
    *,
    over_all_the_data: bool = False,
    of_ownership: bool = False,
    of_advertising: bool = False,
    of_use: bool = False,
    of_students_work: bool = False,
) -> Callable[[SentenceCheck], SentenceCheck]:
    """Register the decorated function as the rule for ``requirement_id``;
    ``over_all_the_data`` for a promise made over the whole of the students' data,
    ``of_ownership`` for an ownership the vendor's claim undoes, ``of_advertising`` for a ban on
    targeting with it, ``of_use`` for a limit on its use, ``of_students_work`` for the
    students' ownership of what they make."""

    def register(check: SentenceCheck) -> SentenceCheck:
        _register(
            Rule(
                requirement_id,
                check.__name__,
                lambda sentences, _requirement: check(sentences),
                over_all_the_data,
                of_ownership,
                of_advertising,
                of_use,
                of_students_work,
            )
        )
        return check

    return register


def deadline_rule(requirement_id: str) -> Callable[[DeadlineCheck], DeadlineCheck]:
    """Register the decorated function as the rule for ``requirement_id``, a breach deadline:
    it is called with the deadline the catalogue's ``parameters`` set for the requirement."""

    def register(check: DeadlineCheck) -> DeadlineCheck:
        _register(
            Rule(
                requirement_id,
                check.__name__,
                lambda sentences, requirement: check(sentences, breach_limit(requirement)),
            )
        )
        return check

    return register


def rule_for(requirement_id: str) -> Rule:
    """The rule that judges ``requirement_id``.

    Raises:
        LookupError: when no rule is registered for it (a bug: every requirement of the
            catalogue must have one).
    """
    try:
        return _RULES[requirement_id]
    except KeyError:
        raise LookupError(f"no audit rule judges requirement {requirement_id}") from None
