"""Re-create the two binary documents of the audit corpus (tests/corpus/).

    .venv/bin/python tools/make_audit_corpus.py

- scanned-dpa.pdf: a DPA whose lines break mid-sentence and whose words are
  hyphenated across lines, the way a scanned and OCR'd agreement reads;
- consultant-terms.docx: a consultant's terms with half the provisions in a table.

Their labels are in tests/corpus/labels.yaml; regenerate only if the text below changes.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

import docx

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus"

SCANNED = """\
DATA PRIVACY AGREEMENT - RIVERSIDE CODING ACADEMY

Riverside Coding Academy ("Provider") and the Board of Educa-
tion ("Board") agree that all student data provided to Provider
remain the property of the Board and under its
control.

Provider shall use student data solely to provide the
coding instruction services described in this agreement.

Student-generated content, including code written by stu-
dents, is the property of the student or the student's par-
ent or guardian.

Provider shall protect the security and confidentiality of
student data against unauthorized access, and its security
practices shall be consistent with 45 CFR 164.312 and the
HITECH Act guidance.

Provider shall notify the Board of a breach of security in-
volving student data within forty-eight (48) hours of disco-
very.

Provider shall notify affected students and parents of
the breach within five (5) days of discovery.

Provider shall not use student data for targeted adver-
tising on its own platform or on any other website,
and shall not sell, rent or trade student data.

Upon termination of this agreement, Provider shall de-
stroy all student data within thirty (30) days.

Provider shall comply with the Family Educational
Rights and Privacy Act.

This agreement is governed by the laws of the State
of Connecticut.
"""


def scanned_pdf() -> None:
    soffice = shutil.which("soffice")
    assert soffice, "LibreOffice is needed to write the PDF"
    with tempfile.TemporaryDirectory() as work:
        source = Path(work) / "scanned-dpa.txt"
        source.write_text(SCANNED, encoding="utf-8")
        subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", work,
                        str(source)], check=True, capture_output=True)  # fmt: skip
        shutil.copy(Path(work) / "scanned-dpa.pdf", CORPUS / "scanned-dpa.pdf")


def consultant_docx() -> None:
    document = docx.Document()
    document.add_heading("Consulting Data Terms - Harbor Analytics Group", 1)
    document.add_paragraph(
        'Harbor Analytics Group ("Consultant") will evaluate program outcomes for the '
        'School District ("District") using student records the District provides.'
    )
    table = document.add_table(rows=0, cols=2)
    for topic, text in [
        ("Ownership", "Student records remain the property of the District."),
        (
            "Use",
            "Consultant uses student records only for the evaluation described in the "
            "statement of work.",
        ),
        (
            "Confidentiality",
            "Consultant keeps student records secure and confidential and "
            "protects them against unauthorized disclosure.",
        ),
        (
            "Incidents",
            "Consultant will report any security incident involving student records "
            "to the District as soon as practicable.",
        ),
        (
            "Return of data",
            "At the end of the engagement, Consultant will return or destroy all student records.",
        ),
    ]:
        row = table.add_row().cells
        row[0].text, row[1].text = topic, text
    document.add_paragraph(
        "Consultant will comply with FERPA and will treat student records as a school official."
    )
    document.add_paragraph("This agreement is governed by the laws of the State of Massachusetts.")
    document.save(str(CORPUS / "consultant-terms.docx"))


if __name__ == "__main__":
    scanned_pdf()
    consultant_docx()
