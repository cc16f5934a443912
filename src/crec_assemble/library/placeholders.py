"""What clause placeholders can name, and how the clause templates are rendered.

Clause bodies are Jinja templates written by counsel. They see formatted
values (dates as "July 1, 2026", categories as "First name"), never raw
objects, and every value is printed literally: profile values are data, not
Markdown and not template code.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from itertools import chain
from types import SimpleNamespace
from typing import Any

from jinja2 import StrictUndefined, Template, TemplateError, TemplateSyntaxError, meta, nodes

from ..errors import InputError, quoted
from ..inputs.vocabulary import DELIVERY, label
from ..model import Block, Clause, Issuer, Person, Profile
from .absent import AbsentBlock, MissingIssuerField, fields_of
from .markdown import UnsupportedMarkdown, to_blocks
from .sandbox import TEMPLATE_FAULTS, BoundedEnvironment, describe_fault

__all__ = [
    "DocumentInfo",
    "Numbering",
    "build_context",
    "cited_clauses",
    "format_date",
    "format_moment",
    "join_labels",
    "literal_runs",
    "render_clause",
    "swap_roles",
    "unknown_placeholders",
]

_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_MARKDOWN_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")


def format_date(day: date) -> str:
    """``date(2026, 7, 1)`` → "July 1, 2026", whatever the machine's locale."""
    return f"{_MONTHS[day.month - 1]} {day.day}, {day.year}"


def format_moment(moment: datetime) -> str:
    """``2026-09-04 23:30`` → "September 4, 2026 at 11:30 p.m." (with its zone when known)."""
    hour = moment.hour % 12 or 12
    half = "a.m." if moment.hour < 12 else "p.m."
    zone = f" {moment.tzname()}" if moment.tzinfo else ""
    return f"{format_date(moment.date())} at {hour}:{moment.minute:02d} {half}{zone}"


def join_labels(labels: Sequence[str]) -> str:
    """["a", "b", "c"] → "a, b and c"; an empty list gives "" (guard it with ``{% if %}``)."""
    items = list(labels)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


@dataclass(frozen=True)
class Numbering:
    """Where each clause sits: section numbers, exhibit letters, and the parent's numbers.

    A flow-down or letter may refer to a section of the agreement it belongs
    to; ``section()`` then answers "20 of the Agreement".
    """

    sections: Mapping[str, str]
    exhibits: Mapping[str, str]
    clauses: Sequence[Clause]
    parent: Mapping[str, str]

    def section(self, clause_id: str) -> str:
        if clause_id in self.sections:
            return self.sections[clause_id]
        if clause_id in self.parent:
            return f"{self.parent[clause_id]} of the Agreement"
        raise TemplateError(f"section({quoted(clause_id)}) is not part of this document")

    def exhibit(self, clause_id: str) -> str:
        if clause_id not in self.exhibits:
            raise TemplateError(f"exhibit({quoted(clause_id)}) is not part of this document")
        return self.exhibits[clause_id]

    def sections_for(self, *requirement_ids: str) -> str:
        """The sections that satisfy these requirements: "Sections 4 through 14 and 18"."""
        found = [
            int(self.sections[c.id])
            for c in self.clauses
            if self.sections.get(c.id, "").isdigit() and set(c.satisfies) & set(requirement_ids)
        ]
        if not found:
            raise TemplateError(f"no section satisfies {', '.join(requirement_ids)}")
        return _section_list(found)


def _section_list(numbers: Sequence[int]) -> str:
    """[4, 5, 6, 7, 9, 12, 13] → "Sections 4 through 7, 9, 12 and 13"."""
    ordered = sorted(set(numbers))
    groups: list[list[int]] = []
    for number in ordered:
        if groups and number == groups[-1][-1] + 1:
            groups[-1].append(number)
        else:
            groups.append([number])
    names: list[str] = []
    for group in groups:
        if len(group) >= 3:
            names.append(f"{group[0]} through {group[-1]}")
        else:
            names.extend(str(number) for number in group)
    return ("Section " if len(ordered) == 1 else "Sections ") + join_labels(names)


def _person(who: Person) -> SimpleNamespace:
    return SimpleNamespace(name=who.name, title=who.title, email=who.email, phone=who.phone)


def _namespace(value: Any) -> Any:
    """Facts (plain dicts and lists) as attribute-style values for templates."""
    if isinstance(value, Mapping):
        return SimpleNamespace(**{key: _namespace(item) for key, item in value.items()})
    if isinstance(value, list | tuple):
        return [_namespace(item) for item in value]
    return value


@dataclass(frozen=True)
class DocumentInfo:
    """What a clause may say about the document it sits in: ``{{ agreement.title }}``…

    ``date`` is the document's build date, formatted ("November 28, 2026"), so a
    notice or letter can be dated.
    """

    title: str = ""
    id: str = ""
    kind: str = ""
    effective_date: str = ""
    parent_id: str = ""
    parent_title: str = ""
    date: str = ""


def build_context(
    profile: Profile,
    issuer: Issuer,
    document: DocumentInfo,
    numbering: Numbering,
    facts: Mapping[str, Any],
) -> dict[str, Any]:
    """The names a clause may use; ``facts`` adds per-document ones (``notice``, ``breach``…)."""
    contractor, services, data = profile.contractor, profile.services, profile.data
    master = services.master_agreement
    return {
        "issuer": SimpleNamespace(
            name=issuer.name,
            short_name=issuer.short_name,
            governing_body=issuer.governing_body,
            policy=issuer.policy,
            address=issuer.address,
            signatory=_person(issuer.signatory),
            notices=SimpleNamespace(**vars(issuer.notices)),
            privacy=(
                SimpleNamespace(**vars(issuer.privacy))
                if issuer.privacy is not None
                else AbsentBlock(issuer.source or "the issuer file", "privacy")
            ),
        ),
        "contractor": SimpleNamespace(
            legal_name=contractor.legal_name,
            role=contractor.role,
            address=contractor.address,
            signatory=_person(contractor.signatory),
            privacy_contact=_person(contractor.privacy_contact),
        ),
        "services": SimpleNamespace(
            name=services.name,
            description=services.description,
            delivery=[DELIVERY[key] for key in services.delivery],
            start_date=format_date(services.start_date),
            end_date=format_date(services.end_date),
        ),
        "master": (
            SimpleNamespace(title=master.title, date=format_date(master.date)) if master else None
        ),
        "data": SimpleNamespace(
            student_information=[label(key) for key in data.student_information],
            directory_information=[label(key) for key in data.directory_information],
            student_records=data.student_records,
            student_generated_content=data.student_generated_content,
            content_accounts=data.content_accounts,
        ),
        "subcontractors": [
            SimpleNamespace(
                legal_name=sub.legal_name,
                service=sub.service,
                data=[label(key) for key in sub.data],
                consent_date=format_date(sub.consent_date),
            )
            for sub in profile.subcontractors
        ],
        "agreement": SimpleNamespace(**vars(document)),
        "section": numbering.section,
        "exhibit": numbering.exhibit,
        "sections_for": numbering.sections_for,
        "join_labels": join_labels,
        **{key: _namespace(value) for key, value in facts.items()},
    }


# Names a document adds beyond the profile and issuer, as ``facts``: a flow-down's
# ``subcontractor`` and ``prime``, and the paperwork's ``notice``, ``breach`` and
# ``disposition``. Their fields vary by document, so only the name is checked.
_FACT_NAMES = frozenset({"subcontractor", "prime", "notice", "breach", "disposition"})


def unknown_placeholders(body: str, sample: Mapping[str, Any]) -> list[tuple[int, str]]:
    """Placeholders of a clause body that name nothing, as ``(body line, message)``.

    Checked without rendering, so a name inside an ``{% if %}`` that today's
    profile skips is still caught. ``sample`` is a context built from a profile
    that fills every optional field: a dotted name that does not resolve on it
    names no profile or issuer field.
    """
    try:
        tree = _ENVIRONMENT.parse(body)
        free = meta.find_undeclared_variables(tree)
    except TemplateSyntaxError as error:
        return [(error.lineno, f"template error: {error.message}")]
    found: dict[str, tuple[int, str]] = {}
    for key, problem in chain(
        _unknown_filters_and_tests(tree),
        _unknown_names(tree, free, sample),
        _unknown_fields(tree, free, sample),
    ):
        found.setdefault(key, problem)
    return sorted(found.values())


_Found = Iterator[tuple[str, tuple[int, str]]]
"""Each unknown placeholder once per key, with its ``(body line, message)``."""


def _unknown_filters_and_tests(tree: nodes.Template) -> _Found:
    """Jinja rejects an unknown filter only when it compiles the branch that uses it."""
    for kind, known, what in ((nodes.Filter, _ENVIRONMENT.filters, "filter"),
                              (nodes.Test, _ENVIRONMENT.tests, "test")):  # fmt: skip
        for used in tree.find_all(kind):
            if used.name not in known:
                yield f"{what}:{used.name}", (used.lineno, f"no {what} named {quoted(used.name)}")


def _unknown_names(tree: nodes.Template, free: set[str], sample: Mapping[str, Any]) -> _Found:
    for name in tree.find_all(nodes.Name):
        if name.name in free and name.name not in sample and name.name not in _FACT_NAMES:
            yield name.name, (name.lineno, f"{{{{ {name.name} }}}} names nothing")


def _unknown_fields(tree: nodes.Template, free: set[str], sample: Mapping[str, Any]) -> _Found:
    """``contractor.nickname``: a known name, followed by attributes it does not have."""
    for node in tree.find_all(nodes.Getattr):
        attributes: list[str] = []
        inner: nodes.Node = node
        while isinstance(inner, nodes.Getattr):
            attributes.insert(0, inner.attr)
            inner = inner.node
        if not isinstance(inner, nodes.Name) or inner.name not in free:
            continue
        value = sample.get(inner.name)
        if value is None:
            continue  # a fact, or reported as a name
        for depth, attribute in enumerate(attributes, 1):
            value = fields_of(value)  # an issuer block the library's issuer file leaves out
            if not hasattr(value, attribute):
                dotted = ".".join([inner.name, *attributes[:depth]])
                yield dotted, (node.lineno, f"{dotted} names no profile or issuer field")
                break
            value = getattr(value, attribute)


def cited_clauses(body: str) -> set[str]:
    """The clauses a body cites by ``section("id")`` or ``exhibit("id")``, read from its
    template, so a document that includes it can include them too."""
    tree = _ENVIRONMENT.parse(body)
    return {
        call.args[0].value
        for call in tree.find_all(nodes.Call)
        if isinstance(call.node, nodes.Name)
        and call.node.name in ("section", "exhibit")
        and call.args
        and isinstance(call.args[0], nodes.Const)
        and isinstance(call.args[0].value, str)
    }


def literal_runs(body: str) -> list[tuple[str, bool]]:
    """A clause body's own words between its placeholders, each with whether it sits inside
    an ``{% if %}`` or ``{% for %}`` (and so may rightly be absent, or repeated)."""
    runs: list[tuple[str, bool]] = []
    depth = 0
    expect_keyword = False
    for _, kind, value in _ENVIRONMENT.lex(body):
        if kind == "data":
            runs.append((value, depth > 0))
        elif kind == "block_begin":
            expect_keyword = True
        elif kind == "name" and expect_keyword:
            expect_keyword = False
            depth += {"if": 1, "for": 1, "endif": -1, "endfor": -1}.get(value, 0)
    return runs


def _escape_markdown(value: Any) -> Any:
    """Profile values are data: a ``*`` or ``&copy;`` in a vendor name stays literal.

    Line breaks and indentation are folded into single spaces, so a value
    written over several indented YAML lines cannot become a Markdown list or
    code block inside the clause.
    """
    if not isinstance(value, str):
        return value
    return _MARKDOWN_PUNCTUATION.sub(r"\\\1", " ".join(value.split()))


_ENVIRONMENT = BoundedEnvironment(
    undefined=StrictUndefined,
    finalize=_escape_markdown,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
    autoescape=False,
)


@lru_cache(maxsize=512)
def _compiled(body: str) -> Template:
    """Compile each clause body once per process; a batch renders it hundreds of times."""
    return _ENVIRONMENT.from_string(body)


def swap_roles(text: str, roles: Mapping[str, str] | None) -> str:
    """Whole words swapped as a flow-down prints them ("Contractor" → "Subcontractor").

    The compliance gate, the renderer and ``verify`` all read a flowed clause
    through this one function, so they agree on what it says.
    """
    for word, replacement in (roles or {}).items():
        text = re.sub(rf"\b{re.escape(word)}\b", replacement, text)
    return text


def render_clause(
    clause: Clause, context: Mapping[str, Any], roles: Mapping[str, str] | None = None
) -> tuple[Block, ...]:
    """Fill a clause's placeholders and parse its Markdown into blocks.

    ``roles`` substitutes whole words of the clause's own text before it is
    filled ("Contractor" → "Subcontractor"), so a flow-down prints the same
    clause version with the parties' roles swapped, and profile values are
    never touched by the substitution.

    Raises:
        InputError: naming the clause, on a placeholder or Markdown error; naming the
            issuer file when the clause prints a block it leaves out.
    """
    try:
        markdown = _compiled(swap_roles(clause.body, roles)).render(context)
    except MissingIssuerField as error:  # the issuer file's fault, not the clause's
        raise InputError(error.explain(clause.ref)) from None
    except TEMPLATE_FAULTS as error:  # 1 + "a", 2.0 ** 5000, a runaway macro or loop
        raise InputError(f"{clause.ref}: placeholder error: {describe_fault(error)}") from None
    try:
        return to_blocks(markdown)
    except UnsupportedMarkdown as error:
        raise InputError(f"{clause.ref}: {error}") from None
