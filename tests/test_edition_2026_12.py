"""Edition 2026-12 closes the statute gaps and the review findings (issue 11), in the documents.

Every document kind is built from the examples under edition 2026-07 and under 2026-12, to DOCX
and PDF (or the web page and e-mail text a notice is sent as), with the real LibreOffice; each
finding is read back out of the files with python-docx and pypdf. A finding must be in the new
edition's files and absent from the old one's: the test fails on the edition it replaces.
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader

from crec_assemble.inputs.issuer import load_issuer
from crec_assemble.library.wording import squeeze
from crec_assemble.resources import default_issuer, default_library

from conftest import EXAMPLES, docx_text, run_cli

OLD, NEW = "2026-07", "2026-12"
# Agreements: one build date, two editions. Paperwork takes the edition in force on its date.
AS_OF = "2026-12-01"
PAPERWORK_DATE = {OLD: "2026-11-30", NEW: "2026-12-01"}
ACME = EXAMPLES[0]
DESK = load_issuer(default_issuer(default_library())).privacy
assert DESK is not None, "the shipped issuer file gives CREC's privacy desk"

# Document key → the file stem each edition's build writes, and the formats to read.
DOCUMENTS = {
    "operator": ("acme-learning-inc", ("docx", "pdf")),
    "consultant": ("capitol-program-evaluation-group-llc", ("docx", "pdf")),
    "addendum": ("riverbend-tutoring-co-addendum", ("docx", "pdf")),
    "flowdown-operator": ("acme-learning-inc-flowdown-northwind-hosting-llc", ("docx", "pdf")),
    "flowdown-consultant": (
        "riverbend-tutoring-co-flowdown-skyline-video-services-inc", ("docx", "pdf")),
    "parent-notice": ("acme-learning-inc-parent-notice-2026-11-25", ("docx", "txt", "html")),
    "breach-letter": ("acme-learning-inc-breach-letter-2026-11-27", ("docx", "html")),
    "breach-posting": ("acme-learning-inc-breach-posting-2026-11-27", ("docx", "html")),
}  # fmt: skip
DISPOSITION = ("deletion-request", "deletion-certificate")
AGREEMENTS = ("operator", "consultant", "addendum")
FLOWDOWNS = ("flowdown-operator", "flowdown-consultant")
LETTERS = ("parent-notice", "breach-letter", "breach-posting")


@dataclass(frozen=True)
class Issued:
    """One edition's documents: each file, by document key and format."""

    files: dict[str, dict[str, Path]]

    def texts(self, key: str) -> Iterator[tuple[str, str]]:
        for fmt, path in self.files[key].items():
            yield fmt, _text(path)


_PAGE_FURNITURE = re.compile(r"Page \d+ of \d+[^\n]*\n")


@functools.cache
def _text(path: Path) -> str:
    """The words of a file as a reader sees them, white space removed (``squeeze``)."""
    if path.suffix == ".docx":
        return docx_text(path)
    if path.suffix == ".pdf":  # a sentence may run over a page's footer and header
        pages = "".join(page.extract_text() for page in PdfReader(str(path)).pages)
        return squeeze(_PAGE_FURNITURE.sub("", pages))
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        raw = html.unescape(re.sub(r"<[^>]+>", "", raw))
    return squeeze(raw)


def _issue(edition: str, out: Path) -> Issued:
    built = run_cli("build", *EXAMPLES, "--edition", edition, "--date", AS_OF, "--out", out)
    assert built.exit_code == 0, built.output
    on = ("--date", PAPERWORK_DATE[edition], "--out", out)
    for args in (
        ("notice", ACME, "--executed", "2026-11-25", *on),
        ("breach", ACME, "--discovered", "2026-11-27 10:00",
         "--data", "student_information,directory_information", *on),
        ("disposition", ACME, *on),
    ):  # fmt: skip
        result = run_cli(*args)
        assert result.exit_code == 0, result.output
    files = {
        key: {fmt: out / f"{stem}.{fmt}" for fmt in formats}
        for key, (stem, formats) in DOCUMENTS.items()
    }
    for kind in DISPOSITION:
        stem = f"acme-learning-inc-{kind}-{PAPERWORK_DATE[edition]}"
        files[kind] = {fmt: out / f"{stem}.{fmt}" for fmt in ("docx", "pdf")}
    return Issued(files)


@pytest.fixture(scope="module")
def issued(libreoffice: str, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Issued]:
    return {edition: _issue(edition, tmp_path_factory.mktemp(edition)) for edition in (OLD, NEW)}


# (finding of issue 11, documents, words each of them must print under 2026-12 and not 2026-07)
FINDINGS: list[tuple[str, tuple[str, ...], str]] = [
    # 1. How CREC receives a breach notice.
    ("1 breach e-mail", (*AGREEMENTS, *FLOWDOWNS), f"monitored privacy address, {DESK.email}"),
    ("1 urgent telephone", AGREEMENTS, f"also by telephone to CREC at {DESK.phone}"),
    ("1 urgent telephone", FLOWDOWNS, f"also by telephone to {DESK.phone}"),
    ("1 effective when sent", (*AGREEMENTS, *FLOWDOWNS),
     "Notice by e-mail to that address takes effect when it is sent"),
    ("1 any day", (*AGREEMENTS, *FLOWDOWNS),
     "Saturdays, Sundays and legal holidays count, a deadline that ends on one of them is not "
     "extended"),
    ("1 families reach CREC", LETTERS,
     f"by e-mail at {DESK.email} or by telephone at {DESK.phone}"),
    # 2. The sending LEA's deletion right.
    ("2 Sending LEA defined", AGREEMENTS,
     '"Sending LEA" means a local or regional board of education that has placed a Student in, '
     "or sends a Student to, a school or program operated by CREC"),
    ("2 own students only", (*AGREEMENTS, *FLOWDOWNS),
     "A Sending LEA may request the deletion only of the Student Data of Students it has placed "
     "in, or sends to"),
    ("2 CREC confirms first", AGREEMENTS,
     "shall not delete that Student Data until CREC confirms in writing that it may, or until "
     "ten (10) business days have passed"),
    # 3. Deletion at a student's or parent's request (operators).
    ("3 operator procedure", ("operator",),
     "Deletion at the Request of a Student, Parent or Legal Guardian"),
    ("3 through CREC", ("operator",),
     f"makes the request to CREC, by e-mail to {DESK.email}"),
    ("3 when the operator may refuse", ("operator",),
     "Operator may refuse a request, in whole or in part, only where the requester is not the "
     "Student, or the Student's parent or legal guardian, with the right to control the Student "
     "Data; where CREC must retain the Student Data"),
    ("3 families told", ("parent-notice",), "through CREC, to delete the student's information"),
    # 4. The statute's deletion exceptions, without weakening the regulation.
    ("4 law requires it kept", AGREEMENTS,
     "Student Data that Contractor is otherwise prohibited from deleting, or required to retain, "
     "under state or federal law"),
    ("4 law requires it kept", FLOWDOWNS,  # the flow-down prints the words with the roles swapped
     "Student Data that Subcontractor is otherwise prohibited from deleting, or required to "
     "retain, under state or federal law"),
    ("4 disaster recovery", AGREEMENTS,
     "stored as a copy as part of a disaster recovery storage system that is inaccessible to the "
     "public and unable to be used in the normal course of business"),
    ("4 still 90 days", AGREEMENTS,
     "shall be overwritten as item (d) above provides, in no case later than ninety (90) calendar "
     "days after the request"),
    ("4 repopulated", ("deletion-request",),
     "has been used to repopulate accessible data, this request reaches the repopulated"),
    ("4 certificate", ("deletion-certificate",),
     "keeps in a disaster recovery storage system that is inaccessible to the public and unable "
     "to be used in the normal course of business, is the following"),
    # 5. Posting and public records.
    ("5 posted", AGREEMENTS, f"CREC will post on its website, at {DESK.posting_page}"),
    ("5 public record", AGREEMENTS, "a public record under the Connecticut Freedom of Information"),
    ("5 notice names the page", ("parent-notice",),
     f"This notice and the contract itself are posted on CREC's website, at {DESK.posting_page}"),
    # 6. The addendum governs the vendor's contract.
    ("6 Connecticut law over the Master Agreement", ("addendum",),
     '"this Agreement" means the Master Agreement as amended by this Addendum. This Section '
     "applies notwithstanding any choice of law, choice of forum"),
    ("6 severability over the Master Agreement", ("addendum",),
     "This Section applies to the Master Agreement as amended by this Addendum, notwithstanding "
     "any severability provision"),
    ("6 renewals", ("addendum",), "This Addendum applies to the Master Agreement as renewed or "
     "extended"),
    ("6 precedence agrees with termination", ("addendum",),
     "it changes the term of the Master Agreement only as Section"),
    # 7. Flow-downs.
    ("7 no operator uses", ("flowdown-operator",),
     "are not permitted to Subcontractor"),
    ("7 bound directly", FLOWDOWNS, "Subcontractor shall not:"),
    ("7 no sale", FLOWDOWNS, "sell, rent or trade Student Data"),
    ("7 completion defined", FLOWDOWNS, "Subcontractor's contracted services are complete"),
    ("7 CREC consents", FLOWDOWNS, "Capitol Region Education Council signs this Addendum below"),
    # 8. Smaller findings.
    ("8 compliance amendment", AGREEMENTS,
     "within thirty (30) calendar days of the notice, an amendment"),
    ("8 conflicting terms", AGREEMENTS, "is without effect to that extent, and those sections "
     "govern in its place"),
    ("8 statute as amended", AGREEMENTS, "§§10-234aa to 10-234dd, as amended"),
    ("8 compelled disclosure", (*AGREEMENTS, *FLOWDOWNS),
     "notify CREC in writing before making the disclosure"),
    ("8 a name listed once", ("operator", "flowdown-operator"), "A Student's name is listed once"),
    ("8 term not circular", AGREEMENTS, 'unless CREC terminates this Agreement earlier under '
     'this Section (the "Term")'),
    ("8 dated", LETTERS, "Date:December1,2026"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("finding", "document", "words"),
    [(finding, key, words) for finding, keys, words in FINDINGS for key in keys],
    ids=lambda value: value if isinstance(value, str) and len(value) < 45 else "",
)
def it_prints_each_finding_in_the_new_edition_only(
    issued: dict[str, Issued], finding: str, document: str, words: str
) -> None:
    wanted = squeeze(words)
    for fmt, text in issued[NEW].texts(document):
        assert wanted in text, f"{finding}: {document}.{fmt} under {NEW}"
    for fmt, text in issued[OLD].texts(document):
        assert wanted not in text, f"{finding}: {document}.{fmt} already under {OLD}"


def it_keeps_the_student_deletion_procedure_for_operators(issued: dict[str, Issued]) -> None:
    for edition in (OLD, NEW):
        for _, text in issued[edition].texts("consultant"):
            assert squeeze("Deletion at the Request of a Student") not in text


def it_lists_a_students_name_once_in_exhibit_b(issued: dict[str, Issued]) -> None:
    """Acme shares first and last names and directory "name": 2026-07 listed both."""
    for edition, times in ((OLD, 1), (NEW, 0)):
        for fmt, text in issued[edition].texts("operator"):
            exhibit = text[text.index(squeeze("Exhibit B")) :]
            listed = exhibit.count(squeeze("DirectoryInformation:(a)Student's name"))
            assert listed == times, f"{edition} {fmt}"


def it_has_crec_sign_the_new_flowdowns(issued: dict[str, Issued]) -> None:
    for edition, fields in ((OLD, {"Signature-Contractor", "Signature-Subcontractor"}),
                            (NEW, {"Signature-Contractor", "Signature-Subcontractor",
                                   "Signature-Issuer"})):  # fmt: skip
        for key in FLOWDOWNS:
            pdf = PdfReader(str(issued[edition].files[key]["pdf"]))
            assert set(pdf.get_fields() or {}) == fields, f"{edition} {key}"
