"""How the audit read each retired batch when it arrived: the rules of that day, not today's.

Usage: ./run bench-audit-arrivals

A batch's score now says little about fresh paper: its disagreements were read and the rules
changed against them. Each retired held-out batch's FROZEN.md names the commit it was
commissioned at ("… at commit 2a68b11"); this benchmark reads that commit's ``src`` and
``clauses`` out of git (through ``counsel/git.py``, the one place git runs), audits the batch
with them in a process of its own, and reports, over all the batches it can score so, how
often each requirement's "present" was a gap the outside labeller found: which "present"
verdicts to trust least on paper nobody has read (docs/audit.md). The held-out batches of
``HELDOUT_BATCHES`` are never read. A batch whose commissioning commit cannot audit it (an
older interface) is named and left out.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from crec_assemble.counsel.git import revision  # noqa: E402

from audit_scoring import HELDOUT_BATCHES, RETIRED_BATCHES  # noqa: E402

_COMMISSIONED = re.compile(r"\bat commit ([0-9a-f]{7,40})\b")
_GAPS = ("weak", "missing")

# Run with the commissioning commit's src first on sys.path: one line of JSON per label.
_AUDIT_AT_THAT_COMMIT = """
import json, sys
from pathlib import Path
import yaml
from crec_assemble.audit.findings import audit_file
from crec_assemble.library.clauses import load_library
from crec_assemble.resources import default_library
folder = Path(sys.argv[1])
requirements = load_library(default_library()).requirements
documents = yaml.safe_load((folder / "labels.yaml").read_text(encoding="utf-8"))["documents"]
for name, entry in documents.items():
    found = {f.requirement.id: f.status for f in audit_file(folder / name, entry["role"],
                                                             requirements)}
    for rid, label in entry["labels"].items():
        if label["label"] != "not-applicable":
            print(json.dumps([rid, label["label"], found.get(rid, "not judged")]))
"""


def main() -> int:
    said: Counter[str] = Counter()
    wrong: Counter[str] = Counter()
    labels = 0
    scored, left_out = [], []
    for folder in RETIRED_BATCHES:
        assert folder not in HELDOUT_BATCHES
        commit = _COMMISSIONED.search((folder / "FROZEN.md").read_text(encoding="utf-8"))
        if commit is None:
            continue
        rows = _audited_at(commit.group(1), folder)
        if rows is None:
            left_out.append(f"{folder.name} ({commit.group(1)})")
            continue
        scored.append(f"{folder.name} ({commit.group(1)})")
        for rid, label, status in rows:
            labels += 1
            said[rid] += status == "present"
            wrong[rid] += status == "present" and label in _GAPS
    print(f"audited under the rules of the day each arrived: {', '.join(scored)}")
    if left_out:
        print(f"left out, their commissioning commit cannot audit them: {', '.join(left_out)}")
    total = sum(wrong.values())
    per_100 = 100 * total / labels
    print(f"{labels} labels; a gap called present {total} times ({per_100:.1f} per 100)")
    print('requirement  "present" verdicts  of them a gap  share')
    for rid in sorted(said, key=lambda r: -wrong[r] / max(said[r], 1)):
        share = wrong[rid] / said[rid] if said[rid] else 0.0
        print(f"{rid:12} {said[rid]:18} {wrong[rid]:14}  {share:5.2f}")
    return 0


def _audited_at(commit: str, folder: Path) -> list[tuple[str, str, str]] | None:
    """(requirement, label, verdict) for every judged label of ``folder``, audited with the
    ``src`` and ``clauses`` of ``commit``; None when that code cannot audit it."""
    with tempfile.TemporaryDirectory() as scratch:
        for part in ("src", "clauses"):
            at = revision(ROOT / part, commit)
            if at is None:
                return None
            for path in at.files():
                data = at.read(path)
                if data is not None:
                    target = Path(scratch) / path.relative_to(ROOT)
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(data)
        done = subprocess.run(
            [sys.executable, "-c", _AUDIT_AT_THAT_COMMIT, str(folder)],
            capture_output=True,
            text=True,
            env={
                **os.environ,
                "PYTHONPATH": str(Path(scratch) / "src"),
                "PYTHONDONTWRITEBYTECODE": "1",
                # each commit's compiled patterns apart from the user's own
                "CREC_ASSEMBLE_CACHE_DIR": str(Path(scratch) / "cache"),
            },
            check=False,
        )
    if done.returncode != 0:
        return None
    rows = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
    return [(str(rid), str(label), str(status)) for rid, label, status in rows]


if __name__ == "__main__":
    sys.exit(main())
