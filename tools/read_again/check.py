"""The checker a second or settling reader runs in its own folder: ``python check.py``.

Copied into each reader's folder by tools/read_again/run.py. A second reader's folder holds
``roles.yaml`` and the reader writes ``labels.yaml``; a settling reader's holds
``disputes.yaml`` and the reader writes ``decisions.yaml``. Every quoted fragment must occur
in the document's text as extracted (whitespace, case and typographic quotes normalised), so
that each label rests on the vendor's own words.
"""

from __future__ import annotations

import html
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
NOT_APPLICABLE = {"R6c", "R6d", "R15a", "R15b", "R15c", "R15d", "R15e", "U1", "U2"}
_TYPOGRAPHIC = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"',
                              "\u2013": "-", "\u2014": "-", "\u00a0": " "})  # fmt: skip
_FRAGMENT = re.compile(r"(?:(?<=\s)|^|(?<=[;(]))'(.+?)'(?=\s|$|[,;.):])")


def normalised(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_TYPOGRAPHIC)
    return re.sub(r"\s+", " ", text).strip().lower()


def extracted(path: Path) -> str:
    """The document's text as a reader quotes it: DOCX paragraphs and cells, PDF, bare HTML."""
    if path.suffix == ".docx":
        import docx

        document = docx.Document(str(path))
        cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
        return "\n".join([p.text for p in document.paragraphs] + cells)
    if path.suffix == ".pdf":
        import pypdf

        return "\n".join(page.extract_text() or "" for page in pypdf.PdfReader(str(path)).pages)
    text = path.read_text(encoding="utf-8")
    if path.suffix in (".html", ".htm"):
        text = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", text)
        text = re.sub(r"(?s)<!--.*?-->", " ", text)
        text = html.unescape(re.sub(r"(?s)<[^>]+>", " ", text))
    return text


def _label_problems(where: str, label: Any, allowed: set[str], text: str) -> list[str]:
    value = label.get("label") if isinstance(label, dict) else None
    evidence = label.get("evidence", "") if isinstance(label, dict) else ""
    if value not in allowed:
        return [f"{where}: label {value!r} is not one of {sorted(allowed)}"]
    if not isinstance(evidence, str) or "\n" in evidence or not evidence.strip():
        return [f"{where}: evidence must be one non-empty line"]
    quoted = _FRAGMENT.findall(evidence)
    problems = [f"{where}: fragment not in the document's text: {q!r}"
                for q in quoted if normalised(q) not in text]  # fmt: skip
    if value in ("present", "weak") and not quoted:
        problems.append(f"{where}: a present or weak label quotes a fragment in single quotes")
    return problems


def _second_reading(ids: list[str]) -> list[str]:
    roles = yaml.safe_load((HERE / "roles.yaml").read_text(encoding="utf-8"))
    documents = yaml.safe_load((HERE / "labels.yaml").read_text(encoding="utf-8"))["documents"]
    problems = [] if list(documents) == list(roles) else [f"documents, in order: {list(roles)}"]
    for name, role in roles.items():
        entry = documents.get(name) or {}
        labels = entry.get("labels") or {}
        if entry.get("role") != role:
            problems.append(f"{name}: role must be {role}")
        if list(labels) != ids:
            problems.append(f"{name}: the 24 ids in catalogue order")
        text = normalised(extracted(HERE / name))
        for rid, label in labels.items():
            applies = role == "operator" or rid not in NOT_APPLICABLE
            allowed = {"present", "weak", "missing"} if applies else {"not-applicable"}
            problems += _label_problems(f"{name} {rid}", label, allowed, text)
    return problems


def _settling() -> list[str]:
    disputes = yaml.safe_load((HERE / "disputes.yaml").read_text(encoding="utf-8"))["documents"]
    decided = yaml.safe_load((HERE / "decisions.yaml").read_text(encoding="utf-8"))["documents"]
    problems = [] if list(decided) == list(disputes) else [f"documents, in order: {list(disputes)}"]
    for name, entry in disputes.items():
        mine = decided.get(name) or {}
        if list(mine) != list(entry["points"]):
            problems.append(f"{name}: decide exactly these ids, in order: {list(entry['points'])}")
        text = normalised(extracted(HERE / name))
        for rid, decision in mine.items():
            problems += _label_problems(f"{name} {rid}", decision,
                                        {"present", "weak", "missing"}, text)  # fmt: skip
    return problems


def main() -> int:
    catalogue = yaml.safe_load((HERE / "requirements.yaml").read_text(encoding="utf-8"))
    ids = [r["id"] for r in catalogue["requirements"]]
    try:
        problems = _settling() if (HERE / "disputes.yaml").is_file() else _second_reading(ids)
    except (OSError, yaml.YAMLError, KeyError, TypeError) as error:
        problems = [f"cannot read your file: {error}"]
    print("\n".join(problems) if problems else "ALL CHECKS PASSED")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
