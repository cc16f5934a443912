"""Write the redlines counsel reviews for a new edition into docs/editions/<TO>/.

One redline per kind of document, from edition FROM to edition TO, as Word tracked
changes: the operator's and the consultant's agreement, the addendum, a flow-down of
each role, the parent notice, the breach letter and posting, the deletion request and
the certificate of deletion. Each pair is built from the same example profile, as of
the first day of each edition (for paperwork, which always uses the edition in force
on its date) or with --edition (for agreements), so the only differences are the
edition's words and the document's own date.

    .venv/bin/python tools/make_edition_redlines.py 2026-07 2026-12

Nothing here is a test fixture; tests/test_editions.py checks that the folder holds a
redline of every kind and that docs/editions/<TO>.md explains every changed clause.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

from crec_assemble.library.clauses import load_library
from crec_assemble.resources import default_library

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"

# The redline's name in docs/editions/<TO>/ → the file `build examples/*.yaml` writes.
AGREEMENTS = {
    "agreement-operator": "acme-learning-inc.docx",
    "agreement-consultant": "capitol-program-evaluation-group-llc.docx",
    "addendum": "riverbend-tutoring-co-addendum.docx",
    "flowdown-operator": "acme-learning-inc-flowdown-northwind-hosting-llc.docx",
    "flowdown-consultant": "riverbend-tutoring-co-flowdown-skyline-video-services-inc.docx",
}
# The redline's name → the paperwork command that writes it, for examples/acme-learning.yaml.
PAPERWORK = {
    "parent-notice": ["notice", "--executed", "2026-11-25"],
    "breach-letter": ["breach", "--discovered", "2026-11-27 10:00",
                      "--data", "student_information,directory_information"],
    "breach-posting": ["breach", "--discovered", "2026-11-27 10:00",
                       "--data", "student_information,directory_information"],
    "deletion-request": ["disposition"],
    "deletion-certificate": ["disposition"],
}  # fmt: skip


def _cli(*args: object) -> None:
    command = [sys.executable, "-m", "crec_assemble", *map(str, args)]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)


def _one(folder: Path, kind: str) -> Path:
    (found,) = folder.glob(f"*-{kind}-*.docx")
    return found


def main(old: str, new: str) -> None:
    editions = {edition.name: edition for edition in load_library(default_library()).editions}
    first_day = {name: editions[name].effective for name in (old, new)}
    target = ROOT / "docs" / "editions" / new
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        # Agreements: one build date, two editions.
        as_of = first_day[new]
        for name in (old, new):
            _cli("build", *sorted(EXAMPLES.glob("*.yaml")), "--format", "docx",
                 "--edition", name, "--date", as_of, "--out", work / name)  # fmt: skip
        for kind, built in AGREEMENTS.items():
            _cli("redline", "files", work / old / built, work / new / built,
                 "--to", target / f"{kind}.docx")  # fmt: skip
        # Paperwork: the edition in force on its date; the old one on its last day.
        dates = {old: first_day[new] - timedelta(days=1), new: first_day[new]}
        for kind, command in PAPERWORK.items():
            made = {}
            for name in (old, new):
                out = work / f"{kind}-{name}"
                _cli(*command, EXAMPLES / "acme-learning.yaml", "--date", dates[name],
                     "--out", out)  # fmt: skip
                made[name] = _one(out, kind)
            _cli("redline", "files", made[old], made[new], "--to", target / f"{kind}.docx")
    print(f"wrote {len(AGREEMENTS) + len(PAPERWORK)} redlines into {target.relative_to(ROOT)}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: make_edition_redlines.py FROM TO   (e.g. 2026-07 2026-12)")
    main(sys.argv[1], sys.argv[2])
