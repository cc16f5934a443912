"""`register site`: the public "Student data privacy contracts" pages, from histories built by
hand (no database), checked as a browser and a screen reader would read them."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import html5lib
import pytest

from crec_assemble.errors import CheckFailed, InputError
from crec_assemble.model import Issuer
from crec_assemble.register.records import (
    Event,
    EventKind,
    History,
    RegisteredDocument,
    RegisteredFile,
)
from crec_assemble.register.site import SiteResult, write_site

from browser import Browser

ON = date(2026, 12, 1)
RECORDED = datetime(2026, 12, 1, 9, 0)
BASE = "https://www.crec.example/privacy/"


def document(id: str, contractor: str, **changes: Any) -> RegisteredDocument:
    fields: dict[str, Any] = {
        "id": id,
        "kind": "agreement",
        "parent": None,
        "contractor": contractor,
        "party": contractor,
        "role": "operator",
        "service": f"{contractor} Service",
        "description": f"What {contractor} does for students.",
        "start": date(2026, 7, 1),
        "end": date(2027, 6, 30),
        "data": ("First name", "Last name", "Grades"),
        "edition": "2026-12",
        "built": date(2026, 6, 1),
        "certificate_days": 30,
    }
    return RegisteredDocument(**(fields | changes))


def history(doc: RegisteredDocument, *events: tuple[EventKind, date, dict[str, Any]]) -> History:
    issued = Event(1, doc.id, "issued", doc.built, RECORDED, "staff")
    return History(
        doc,
        (
            issued,
            *(
                Event(number, doc.id, kind, on, RECORDED, "staff", details)
                for number, (kind, on, details) in enumerate(events, start=2)
            ),
        ),
    )


def pdf(folder: Path, name: str) -> tuple[Path, str]:
    """A stand-in signed PDF (the site copies bytes; it never parses them)."""
    path = folder / name
    path.write_bytes(b"%PDF-1.7\n% signed copy of " + name.encode() + b"\n%%EOF\n")
    return path, hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def register(tmp_path: Path) -> tuple[History, ...]:
    """One of each case: in force (two), ended, withdrawn, unsigned, expired, executed after
    the day, a flow-down, and breaches."""
    signed = tmp_path / "signed"
    signed.mkdir()
    acme_pdf, acme_sha = pdf(signed, "acme.pdf")
    beta_pdf, _ = pdf(signed, "beta.pdf")
    any_pdf, _ = pdf(signed, "other.pdf")
    executed: tuple[EventKind, date, dict[str, Any]] = (
        "executed",
        date(2026, 7, 10),
        {"file": str(any_pdf)},
    )
    return (
        history(
            document("DPA-2026-ACME-1", "Acme Learning, Inc."),
            ("executed", date(2026, 7, 10), {"file": str(acme_pdf), "sha256": acme_sha}),
            ("notice-posted", date(2026, 7, 14), {}),
            (
                "breach",
                date(2026, 9, 5),
                {"discovered": "2026-09-04T23:30:00", "data": ["student_records"]},
            ),
            ("notice-posted", date(2026, 9, 8), {"breach": 4}),
        ),
        history(
            document("ADD-2026-BETA-2", "Beta Math LLC", kind="addendum", end=None),
            ("signed", date(2026, 8, 1), {"file": str(beta_pdf)}),
            ("executed", date(2026, 8, 3), {}),
        ),
        history(document("DPA-2026-ENDED-3", "Ended Co"), executed, ("ended", ON, {})),
        history(
            document("DPA-2026-WITHDRAWN-4", "Withdrawn Co"),
            executed,
            ("withdrawn", date(2026, 8, 1), {}),
        ),
        history(document("DPA-2026-UNSIGNED-5", "Unsigned Co"), ("sent", date(2026, 7, 1), {})),
        history(document("DPA-2026-EXPIRED-6", "Expired Co", end=date(2026, 11, 30)), executed),
        history(
            document("DPA-2026-LATER-7", "Later Co"), ("executed", date(2026, 12, 2), {"file": "x"})
        ),
        history(
            document(
                "FLOW-2026-NORTHWIND-8",
                "Acme Learning, Inc.",
                kind="flowdown",
                parent="DPA-2026-ACME-1",
                party="Northwind Hosting LLC",
            ),
            executed,
            (
                "breach",
                date(2026, 11, 20),
                {"discovered": "2026-11-19T08:00:00", "data": ["directory_information"]},
            ),
        ),
    )


Write = Callable[..., SiteResult]


@pytest.fixture
def write(issuer: Issuer, tmp_path: Path) -> Write:
    def write(histories: tuple[History, ...], name: str = "site", **options: Any) -> SiteResult:
        return write_site(histories, tmp_path / name, on=ON, issuer=issuer, **options)

    return write


def pages(site: Path) -> Iterator[Path]:
    return iter(sorted(site.rglob("*.html")))


def hrefs(page: Path) -> list[str]:
    """Every link on the page to another file; an in-page link (the skip link) must find its
    target here."""
    tree = html5lib.parse(page.read_bytes(), namespaceHTMLElements=False)
    ids = {e.get("id") for e in tree.iter()}
    found = []
    for href in (str(e.get("href")) for e in tree.iter() if e.get("href") is not None):
        if href.startswith("#"):
            assert href[1:] in ids, f"{page.name}: {href}"
        elif not href.startswith("mailto:"):
            found.append(href)
    return found


def it_posts_exactly_the_executed_agreements_and_addenda_in_force(
    write: Write, register: tuple[History, ...]
) -> None:
    result = write(register)
    assert result.contracts == ("DPA-2026-ACME-1", "ADD-2026-BETA-2")
    index = (result.out / "index.html").read_text()
    for absent in ("Ended Co", "Withdrawn Co", "Unsigned Co", "Expired Co", "Later Co"):
        assert absent not in index
    assert sorted(p.name for p in (result.out / "notices").iterdir()) == [
        "ADD-2026-BETA-2.html",
        "DPA-2026-ACME-1.html",
    ]
    assert "Northwind" not in index.split("Notices of breach")[0]  # the flow-down is not posted


def it_shows_each_contracts_facts_and_the_regulations_notice(
    write: Write, register: tuple[History, ...]
) -> None:
    result = write(register)
    index = (result.out / "index.html").read_text()
    assert "Acme Learning, Inc. Service" in index
    assert "What Acme Learning, Inc. does for students." in index
    assert '<time datetime="2026-07-10">July 10, 2026</time>' in index
    assert '<time datetime="2027-06-30">June 30, 2027</time>' in index
    assert "Until ended" in index  # the addendum has no end date
    notice = (result.out / "notices/DPA-2026-ACME-1.html").read_text()
    assert '<time datetime="2026-07-10">July 10, 2026</time>, Capitol Region' in notice
    assert "What Acme Learning, Inc. does for students." in notice
    assert "<li>First name</li>" in notice and "<li>Grades</li>" in notice


def it_copies_the_executed_pdf_and_checks_its_hash(
    write: Write, register: tuple[History, ...], tmp_path: Path
) -> None:
    result = write(register)
    copied = (result.out / "contracts/DPA-2026-ACME-1.pdf").read_bytes()
    assert copied == (tmp_path / "signed/acme.pdf").read_bytes()
    digest = hashlib.sha256(copied).hexdigest()
    assert result.files["contracts/DPA-2026-ACME-1.pdf"] == digest
    assert digest in (result.out / "notices/DPA-2026-ACME-1.html").read_text()
    # the addendum's executed event names no file: the signed copy is posted
    beta = (result.out / "contracts/ADD-2026-BETA-2.pdf").read_bytes()
    assert beta == (tmp_path / "signed/beta.pdf").read_bytes()


def it_posts_the_issued_pdf_when_no_event_names_a_file(write: Write, tmp_path: Path) -> None:
    issued, sha = pdf(tmp_path, "issued.pdf")
    doc = document(
        "DPA-2026-ISSUED-9", "Issued Co", files=(RegisteredFile(sha, "pdf", str(issued)),)
    )
    result = write((history(doc, ("executed", date(2026, 7, 1), {})),))
    assert (result.out / "contracts/DPA-2026-ISSUED-9.pdf").read_bytes() == issued.read_bytes()


def it_refuses_a_missing_executed_pdf_naming_the_document_and_path(
    write: Write, tmp_path: Path
) -> None:
    gone = tmp_path / "gone.pdf"
    doc = document("DPA-2026-GONE-10", "Gone Co")
    with pytest.raises(InputError, match=f"DPA-2026-GONE-10: executed contract {gone}"):
        write((history(doc, ("executed", date(2026, 7, 1), {"file": str(gone)})),))
    assert not (tmp_path / "site").exists()
    assert list(tmp_path.iterdir()) == []  # no staging folder left behind


def it_fails_the_check_when_the_executed_pdf_changed_since_it_was_recorded(
    write: Write, tmp_path: Path
) -> None:
    path, _ = pdf(tmp_path, "changed.pdf")
    doc = document("DPA-2026-CHANGED-11", "Changed Co")
    event: tuple[EventKind, date, dict[str, Any]] = (
        "executed",
        date(2026, 7, 1),
        {"file": str(path), "sha256": "0" * 64},
    )
    with pytest.raises(CheckFailed, match=r"DPA-2026-CHANGED-11: .* has changed"):
        write((history(doc, event),))


def it_lists_breaches_with_the_day_notice_was_posted(
    write: Write, register: tuple[History, ...]
) -> None:
    result = write(register)
    assert result.breaches == 2
    breaches = (result.out / "index.html").read_text().split("Notices of breach")[1]
    northwind, acme = breaches.split("<tr>")[2:]  # most recent first
    assert "Northwind Hosting LLC" in northwind and "Not yet posted" in northwind
    assert "<li>Directory information</li>" in northwind
    assert "Acme Learning, Inc." in acme and "September 4, 2026 at 11:30 p.m." in acme
    assert '<time datetime="2026-09-08">September 8, 2026</time>' in acme


def it_links_only_to_files_in_the_site(write: Write, register: tuple[History, ...]) -> None:
    result = write(register)
    checked = 0
    for page in pages(result.out):
        for href in hrefs(page):
            assert not urlsplit(href).scheme, href
            assert (page.parent / href).resolve().is_file(), f"{page.name}: {href}"
            checked += 1
    assert checked == 14  # index: style, home, 2 x (notice, PDF); each notice: 4


def it_makes_absolute_links_under_the_base_url(write: Write, register: tuple[History, ...]) -> None:
    result = write(register, base_url=BASE.rstrip("/"))
    for page in pages(result.out):
        for href in hrefs(page):
            assert href.startswith(BASE), f"{page.name}: {href}"
            assert (result.out / href.removeprefix(BASE)).is_file(), href


@pytest.mark.parametrize("url", ["www.crec.example", "ftp://crec.example/", "https://"])
def it_refuses_a_base_url_that_is_not_http(
    write: Write, register: tuple[History, ...], url: str
) -> None:
    with pytest.raises(InputError, match=r"--base-url .*: not an http"):
        write(register, base_url=url)


def it_writes_the_same_bytes_for_the_same_register_and_day(
    write: Write, register: tuple[History, ...], tmp_path: Path
) -> None:
    first, second = write(register, "one"), write(register, "two")
    files = sorted(p.relative_to(first.out) for p in first.out.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second.out) for p in second.out.rglob("*") if p.is_file())
    for name in files:
        assert (first.out / name).read_bytes() == (second.out / name).read_bytes(), name
    for page in pages(first.out):
        assert str(tmp_path) not in page.read_text()


def it_refuses_a_non_empty_folder_without_force_and_replaces_its_own_with_it(
    write: Write, register: tuple[History, ...], tmp_path: Path
) -> None:
    write(register)
    (tmp_path / "site/stale.html").write_text("from an older run")
    with pytest.raises(InputError, match="already exists and is not empty; use --force"):
        write(register)
    assert (tmp_path / "site/stale.html").exists()
    result = write(register[:1], force=True)
    assert not (tmp_path / "site/stale.html").exists()
    assert result.contracts == ("DPA-2026-ACME-1",)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["signed", "site"]


def it_never_replaces_a_folder_it_did_not_write(
    write: Write, register: tuple[History, ...], tmp_path: Path
) -> None:
    (tmp_path / "site").mkdir()
    (tmp_path / "site/thesis.docx").write_text("someone's work")
    with pytest.raises(InputError, match="not a folder this tool wrote"):
        write(register, force=True)
    assert (tmp_path / "site/thesis.docx").exists()


def it_leaves_the_old_site_whole_when_a_new_one_fails(
    write: Write, register: tuple[History, ...], tmp_path: Path
) -> None:
    before = write(register).files
    (tmp_path / "signed/beta.pdf").unlink()
    with pytest.raises(InputError, match="ADD-2026-BETA-2"):
        write(register, force=True)
    after = {
        p.relative_to(tmp_path / "site").as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in (tmp_path / "site").rglob("*")
        if p.is_file()
    }
    assert after == dict(before)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["signed", "site"]


def it_refuses_an_id_that_cannot_be_a_file_name(write: Write, tmp_path: Path) -> None:
    path, _ = pdf(tmp_path, "x.pdf")
    doc = document("../../etc/passwd", "Sly Co")
    with pytest.raises(InputError, match="cannot use as a file name"):
        write((history(doc, ("executed", date(2026, 7, 1), {"file": str(path)})),))


def it_writes_pages_a_strict_html5_parser_accepts(
    write: Write, register: tuple[History, ...]
) -> None:
    result = write(register)
    parser = html5lib.HTMLParser(strict=True)
    for page in pages(result.out):
        parser.parse(page.read_bytes())  # raises on the first parse error
    assert len(list(pages(result.out))) == 3


def it_shows_text_from_the_register_as_text_never_as_markup_or_template(
    write: Write, tmp_path: Path
) -> None:
    path, _ = pdf(tmp_path, "x.pdf")
    doc = document(
        "DPA-2026-SLY-12",
        "<script>alert(1)</script> & Co",
        description="Renders {{ 7*7 }} and {% if true %}yes{% endif %}.",
        data=("<b>Grades</b>",),
    )
    result = write((history(doc, ("executed", date(2026, 7, 1), {"file": str(path)})),))
    for page in pages(result.out):
        text = page.read_text()
        assert "<script" not in text  # no scripts at all: the pages need no JavaScript
        assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co" in text
        assert "<b>" not in text
    notice = (result.out / "notices/DPA-2026-SLY-12.html").read_text()
    assert "Renders {{ 7*7 }} and {% if true %}yes{% endif %}." in notice
    assert "&lt;b&gt;Grades&lt;/b&gt;" in notice


def it_says_so_when_nothing_is_posted(write: Write) -> None:
    index = (write(()).out / "index.html").read_text()
    assert "No contracts are in force." in index
    assert "No breaches of security have been reported." in index


def it_finds_accessibility_faults_when_a_page_has_them(chromium: Browser, tmp_path: Path) -> None:
    """The check below can fail: axe-core in Chromium reports a page built to break rules."""
    page = tmp_path / "bad.html"
    page.write_text('<!DOCTYPE html><html><body><img src="x.png"><a href="#"></a></body></html>')
    found = {v.rule for v in chromium.violations(page.as_uri())}
    assert {"html-has-lang", "image-alt", "link-name", "document-title"} <= found


@pytest.mark.parametrize("base_url", [None, BASE], ids=["relative", "base-url"])
def it_writes_pages_axe_finds_no_wcag_21_aa_fault_in(
    chromium: Browser,
    write: Write,
    register: tuple[History, ...],
    base_url: str | None,
) -> None:
    sly = register[0].document._replace(contractor="<script>alert(1)</script>")
    result = write((*register, History(sly, register[0].events)), base_url=base_url)
    checked = []
    for page in pages(result.out):
        assert [str(v) for v in chromium.violations(page.as_uri())] == [], page.name
        checked.append(page.name)
    assert len(checked) == 3  # the index and two notices (one id twice: one page)
