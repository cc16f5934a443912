"""YAML that remembers where each value came from.

Profiles, issuer files and clause front matter are written by people, so every
problem must point at a line. We compose the node tree (which carries line
marks) and construct the data from it with PyYAML's *safe* constructor, minus
its timestamp resolver: dates stay as the strings the author wrote, and the
schema, not PyYAML, decides what a valid date is.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ..errors import InputError, quoted, shortened
from .text import LINE, character_name, normalised, text_problem

__all__ = [
    "Problem",
    "YamlDocument",
    "YamlSyntaxError",
    "canonical_json",
    "format_path",
    "parse_record",
    "parse_yaml",
    "raise_problems",
    "read_yaml",
    "without_top_level_key",
]

MAX_DEPTH = 20
"""How deeply collections may nest. A profile needs four levels; a thousand crash a parser."""

MAX_DIGITS = 30
"""The longest number, in characters: longer ones are no count or version anyone writes."""

# The tags a plain YAML text resolves to. Others, written out (``!!timestamp``, ``!!binary``,
# ``!!set``), build values no field takes, and some crash the constructor on bad text.
_PLAIN_TAGS = frozenset(
    f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "null", "seq", "map")
)


_NO_TIMESTAMPS = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class _Loader(yaml.SafeLoader):
    """SafeLoader that leaves ``2026-07-01`` as a string."""

    yaml_implicit_resolvers = _NO_TIMESTAMPS


# libyaml's parser when PyYAML was built with it (its wheels are): the clause library loads
# in a quarter of the time. Its node tree, marks and constructors are the same; its error
# messages are terser and it refuses a few texts the pure-Python parser reads, so a text it
# refuses is read again by _Loader, which decides and explains as before.
_FastSafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _FastLoader(_FastSafeLoader):  # type: ignore[valid-type,misc]  # chosen at import
    """The same loader on libyaml's parser, when there is one."""

    yaml_implicit_resolvers = _NO_TIMESTAMPS


PathItem = str | int


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with one field, located by line; problems sort by file, then line.

    ``path`` is the field (``contractor.role``); for ``clauses lint``, the rule.
    """

    source: str
    line: int
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.source}:{self.line}: {self.path}: {self.message}"


class YamlSyntaxError(InputError):
    """YAML that does not parse, or that we refuse (repeated keys, aliases); ``problem``
    lets a linter list it among the others."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


def format_path(path: Sequence[PathItem], root: str) -> str:
    """``("data", "student_information", 2)`` → ``data.student_information[2]``."""
    text = ""
    for item in path:
        key = shortened(item) if isinstance(item, str) else item
        text += f"[{key}]" if isinstance(key, int) else (f".{key}" if text else key)
    return text or root


def raise_problems(problems: Iterable[Problem]) -> None:
    """Raise one InputError listing every problem, sorted by line; do nothing if none."""
    ordered = sorted(set(problems))
    if ordered:
        raise InputError("\n".join(str(problem) for problem in ordered))


@dataclass(frozen=True)
class YamlDocument:
    """Parsed data plus the node tree, so any field path can be turned into a line."""

    data: Any
    node: yaml.Node | None
    source: str
    first_line: int = 1

    def line_of(self, path: Sequence[PathItem]) -> int:
        """The line of the deepest node along ``path`` that exists (1-based).

        A missing key reports its parent mapping's line, which is where it belongs.
        """
        node = self.node
        line = node.start_mark.line if node is not None else 0
        for item in path:
            child = _child(node, item)
            if child is None:
                break
            key_node, node = child
            line = (key_node or node).start_mark.line
        return line + self.first_line

    def problem(self, path: Sequence[PathItem], message: str, root: str) -> Problem:
        return Problem(self.source, self.line_of(path), format_path(path, root), message)


def _child(node: yaml.Node | None, item: PathItem) -> tuple[yaml.Node | None, yaml.Node] | None:
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if key.value == item:
                # Point at the key for a mapping value, at the value for a scalar one.
                return (None if isinstance(value, yaml.ScalarNode) else key), value
    if isinstance(node, yaml.SequenceNode) and isinstance(item, int) and item < len(node.value):
        return None, node.value[item]
    return None


def parse_yaml(text: str, source: str, first_line: int = 1) -> YamlDocument:
    """Parse one YAML document safely.

    Args:
        text: the YAML text.
        source: the name to put in messages (the file as the user gave it).
        first_line: the file line of ``text``'s first line (front matter starts at 2).

    Raises:
        InputError: on a syntax error, with its line; on what we refuse (nesting deeper
            than :data:`MAX_DEPTH`, explicit tags, lone surrogates, huge numbers).
    """
    try:
        node, data = _compose(text, _FastLoader, source, first_line)
    except yaml.YAMLError:
        node, data = _compose_or_explain(text, source, first_line)
    return YamlDocument(_normalised(data), node, source, first_line)


def _compose(
    text: str, loader_class: type[yaml.SafeLoader], source: str, first_line: int
) -> tuple[yaml.Node | None, Any]:
    if loader_class is _Loader or _FastSafeLoader is yaml.SafeLoader:
        _check_depth(text, source, first_line)  # the pure-Python composer recurses per level
    loader = loader_class(text)
    try:
        node = loader.get_single_node()
        if node is not None:
            _check_structure(node, source, first_line)
        return node, loader.construct_document(node) if node is not None else None
    finally:
        loader.dispose()


def _compose_or_explain(text: str, source: str, first_line: int) -> tuple[yaml.Node | None, Any]:
    """Read with the pure-Python parser; on a syntax error, one line saying where and what."""
    try:
        return _compose(text, _Loader, source, first_line)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = (mark.line if mark else 0) + first_line
        message = str(error.problem)
    except yaml.reader.ReaderError as error:
        line = text.count("\n", 0, error.position) + first_line
        code = error.character if isinstance(error.character, int) else ord(error.character)
        message = f"character U+{code:04X} is not allowed here ({error.reason})"
    except yaml.YAMLError as error:
        line, message = first_line, str(error).splitlines()[0]
    raise YamlSyntaxError(Problem(source, line, "YAML syntax error", message)) from None


def _check_depth(text: str, source: str, first_line: int) -> None:
    """Refuse nesting deeper than :data:`MAX_DEPTH`, read from events (which do not recurse)."""
    depth = 0
    for event in yaml.parse(text, Loader=_Loader):
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                mark = event.start_mark
                raise YamlSyntaxError(_too_deep((mark.line if mark else 0) + first_line, source))
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1


def _too_deep(line: int, source: str) -> Problem:
    return Problem(source, line, "YAML nesting", f"deeper than {MAX_DEPTH} levels; not allowed")


def _check_structure(root: yaml.Node, source: str, first_line: int) -> None:
    """Refuse what PyYAML would accept silently or choke on later.

    A repeated key keeps only its last value (a second ``role:`` would turn an
    operator into a consultant); aliases can nest into a document that takes
    minutes to expand; deep nesting exhausts the constructor's recursion; explicit
    tags, lone surrogates and numbers of thousands of digits build values that
    crash whatever reads them next. None has a use in a profile.
    """
    seen: set[int] = set()
    stack: list[tuple[yaml.Node, int, tuple[PathItem, ...]]] = [(root, 1, ())]
    while stack:
        node, depth, path = stack.pop()
        line = node.start_mark.line + first_line
        if id(node) in seen:
            raise YamlSyntaxError(Problem(source, line, "YAML aliases (*name)", "not allowed here"))
        seen.add(id(node))
        if depth > MAX_DEPTH:
            raise YamlSyntaxError(_too_deep(line, source))
        where = Problem(source, line, format_path(path, "YAML"), "")
        _check_tag(node, where)
        if isinstance(node, yaml.ScalarNode):
            _check_scalar(node, where)
        elif isinstance(node, yaml.MappingNode):
            stack.extend(_entries(node, depth, path, source, first_line))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((item, depth + 1, (*path, index)) for index, item in enumerate(node.value))


def _entries(
    node: yaml.MappingNode, depth: int, path: tuple[PathItem, ...], source: str, first_line: int
) -> list[tuple[yaml.Node, int, tuple[PathItem, ...]]]:
    """A mapping's keys and values, to check in turn; a key that appears twice is refused."""
    keys: set[object] = set()
    entries: list[tuple[yaml.Node, int, tuple[PathItem, ...]]] = []
    for key, value in node.value:
        name = key.value if isinstance(key, yaml.ScalarNode) else id(key)
        invisible = text_problem(name, LINE) if isinstance(name, str) else None
        if invisible:  # a key is a field name: it is printed in every message about it
            raise YamlSyntaxError(
                Problem(source, key.start_mark.line + first_line, format_path(path, "YAML"),
                        f"the key {quoted(name)} {invisible}")
            )  # fmt: skip
        if name in keys:
            raise YamlSyntaxError(
                Problem(source, key.start_mark.line + first_line, shortened(str(name)),
                        "this key appears twice in the same mapping")
            )  # fmt: skip
        keys.add(name)
        here = (*path, name) if isinstance(name, str) else path
        entries.extend(((key, depth + 1, path), (value, depth + 1, here)))
    return entries


def _check_tag(node: yaml.Node, where: Problem) -> None:
    if node.tag not in _PLAIN_TAGS:
        tag = node.tag.replace("tag:yaml.org,2002:", "!!")
        raise YamlSyntaxError(
            Problem(where.source, where.line, where.path,
                    f"the YAML tag {shortened(tag)} is not allowed; write the value as plain text")
        )  # fmt: skip


def _check_scalar(node: yaml.ScalarNode, where: Problem) -> None:
    """A scalar's characters (a lone surrogate cannot be written out) and its length."""
    surrogate = next((char for char in node.value if "\ud800" <= char <= "\udfff"), None)
    if surrogate is not None:
        message = f"contains {character_name(surrogate)}"
    elif node.tag == "tag:yaml.org,2002:int" and len(node.value) > MAX_DIGITS:
        message = f"a number of {len(node.value):,} characters; at most {MAX_DIGITS} are allowed"
    else:
        return
    raise YamlSyntaxError(Problem(where.source, where.line, where.path, message))


def canonical_json(data: Any) -> str:
    """Validated data as one stable JSON text: the form a manifest records."""
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def parse_record(record: Any, source: str) -> YamlDocument:
    """Data a manifest recorded, as a document the validators can check again.

    JSON is YAML, so the record goes through the same loader as a file would.
    """
    return parse_yaml(json.dumps(record, indent=1, ensure_ascii=False), source)


def read_yaml(path: Path, source: str | None = None) -> tuple[YamlDocument, bytes]:
    """Read and parse a YAML file; returns the document and the file's bytes (for hashing)."""
    name = source or str(path)
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise InputError(f"{name}: cannot read: {error.strerror}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError(f"{name}: not UTF-8 text (byte {error.start})") from None
    return parse_yaml(text, name), raw


# The line breaks YAML counts when it numbers lines (its marks), kept with their line.
_YAML_LINE = re.compile(r"[^\r\n\x85\u2028\u2029]*(?:\r\n|[\r\n\x85\u2028\u2029]|\Z)")


def without_top_level_key(raw: bytes, document: YamlDocument, key: str) -> bytes:
    """The file's bytes without the lines of one top-level entry (its key to its last line).

    What a file says apart from that entry, for a hash that the entry does not change.
    The bytes unchanged when the file has no such entry, or is written in flow style
    (``{…}`` on its top level), where the entry shares lines with others.
    """
    root = document.node
    if not isinstance(root, yaml.MappingNode) or root.flow_style:
        return raw
    entry = next(((k, v) for k, v in root.value if k.value == key), None)
    if entry is None:
        return raw
    first = entry[0].start_mark.line
    end = entry[1].end_mark
    last = end.line if end.column else end.line - 1
    lines = [match.group(0) for match in _YAML_LINE.finditer(raw.decode("utf-8"))]
    return "".join(lines[:first] + lines[last + 1 :]).encode("utf-8")


def _normalised(value: Any) -> Any:
    """Every text in normal form C (keys too), so that one name is always one string."""
    if isinstance(value, str):
        return normalised(value)
    if isinstance(value, list):
        return [_normalised(item) for item in value]
    if isinstance(value, dict):
        return {_normalised(key): _normalised(item) for key, item in value.items()}
    return value
