"""E-signature anchor text in what people write: refused, so that a document carries
exactly the anchors the tool puts there.

E-signature services place their fields where a document's text says: DocuSign at
anchor strings (the tool writes ``\\s1\\``, ``\\n1\\``, ``\\t1\\``, ``\\d1\\``), Acrobat
Sign at text tags (``{{Sig_es_:signer1:signature}}``, ``{{!price}}``). A vendor name
holding one would add a signature field the agreement never asked for. Other braces
and backslashes are data (``{{ 7*7 }}`` prints as written): only the shapes the services
read are refused.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from .yaml_source import PathItem, Problem, YamlDocument

__all__ = ["ANCHOR_LIKE", "anchor_problems"]

# DocuSign: a backslash, letters, the signer's number, a backslash (\s1\, \sn12\).
# Acrobat Sign: a field name in double braces, with an optional prefix (* required,
# ! read-only, $ sender) and colon-separated options (:signer1:signature).
ANCHOR_LIKE = re.compile(r"\\[A-Za-z]+\d+\\|\{\{[*!$]?\w+(?::[^{}\n]*)?\}\}")

_SERVICE = {
    "\\": "DocuSign reads as an anchor for a signature field",
    "{": "Acrobat Sign reads as a text tag (a field to fill in or sign)",
}
_SHOWN = 40  # an anchor quoted in a message is cut to this many characters


def anchor_problems(document: YamlDocument, root: str) -> list[Problem]:
    """Every text field of ``document`` that holds e-signature anchor text."""
    problems = []
    for path, text in _strings(document.data):
        found = ANCHOR_LIKE.search(text)
        if found:
            anchor = found.group()
            shown = anchor if len(anchor) <= _SHOWN else anchor[: _SHOWN - 1] + "…"
            message = f'contains "{shown}", which {_SERVICE[anchor[0]]}; remove it'
            problems.append(document.problem(path, message, root))
    return problems


def _strings(data: Any) -> Iterator[tuple[list[PathItem], str]]:
    """Every string in ``data`` with its path; a stack, not recursion, however deep."""
    stack: list[tuple[list[PathItem], Any]] = [([], data)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, str):
            yield path, value
        elif isinstance(value, dict):
            stack.extend(([*path, key], item) for key, item in value.items())
        elif isinstance(value, list):
            stack.extend(([*path, index], item) for index, item in enumerate(value))
