"""An agreement's whole life through the register, from the command line, on SQLite and on
PostgreSQL: build → add → signed by the vendor (a certificate made here, with pyHanko) →
record signed → executed → due → notice posted → site (checked with axe-core) → ended →
deletion requested → certificate received. And what must not pass: a tampered signed copy,
bad input."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import rsa
from pypdf import PdfReader, PdfWriter

from crec_assemble.pipeline.build import build
from crec_assemble.pipeline.plan import BuildOptions

from browser import Browser
from conftest import EXAMPLES, Cli
from signing import certificate, sign_pdf

ACME = next(p for p in EXAMPLES if p.name == "acme-learning.yaml")
# Every event below is dated on or before this moment (2026-12-15), so none is "in the future".
ENV = {"SOURCE_DATE_EPOCH": "1797292800"}
BUILT = "2026-08-03"


@pytest.fixture(scope="module")
def issued(libreoffice: str, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Acme's agreement and flow-downs, DOCX and PDF, built as of 3 August 2026."""
    from datetime import date

    out = tmp_path_factory.mktemp("issued")
    produced = build([ACME], BuildOptions(out=out, build_date=date(2026, 8, 3)))
    return {o.path.name: o.path for p in produced for o in p.outputs}


@pytest.fixture(scope="module")
def vendor() -> tuple[rsa.RSAPrivateKey, x509.Certificate]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return key, certificate("Dana Reyes", key)


def _run(cli: Cli, *args: object) -> tuple[int, str, str]:
    result = cli(*args, env=ENV)
    return result.exit_code, result.stdout, result.stderr


def _json(cli: Cli, *args: object) -> Any:
    code, out, err = _run(cli, *args, "--json")
    assert code in (0, 1), err
    return json.loads(out)


def it_follows_an_agreement_from_issue_to_certificate_of_deletion(
    cli: Cli,
    issued: dict[str, Path],
    vendor: tuple[rsa.RSAPrivateKey, x509.Certificate],
    register_db: str,
    chromium: Browser,
    tmp_path: Path,
) -> None:
    db = ("--db", register_db)
    files = sorted(issued.values())
    code, out, err = _run(cli, "register", "add", *files, *db, "--by", "clerk")
    assert code == 0, err
    listed = _json(cli, "register", "list", *db)
    assert isinstance(listed, list) and len(listed) == 3  # agreement and two flow-downs
    agreement = next(row["id"] for row in listed if row["kind"] == "agreement")

    # The vendor signs the PDF CREC issued; the register checks the signature against it.
    key, cert = vendor
    signed = tmp_path / "acme-signed.pdf"
    signed.write_bytes(sign_pdf(issued["acme-learning-inc.pdf"].read_bytes(), key, cert))
    assert _run(cli, "register", "record", agreement, "sent", "--date", "2026-08-04", *db)[0] == 0
    code, out, err = _run(cli, "register", "record", agreement, "signed", "--file", signed,
                          "--date", "2026-08-10", *db)  # fmt: skip
    assert code == 0, out + err
    assert "Dana Reyes" in out
    code, out, err = _run(cli, "register", "record", agreement, "executed", "--file", signed,
                          "--date", "2026-08-12", *db)  # fmt: skip
    assert code == 0, err

    # Five Connecticut business days after Wednesday 12 August: Wednesday 19 August.
    owed = _json(cli, "register", "due", "--on", "2026-08-13", *db)
    assert isinstance(owed, dict)
    notice = [i for i in owed["items"] if i["document"] == agreement]
    assert [(i["kind"], i["due"], i["overdue"]) for i in notice] == [
        ("notice", "2026-08-19", False)]  # fmt: skip
    assert _run(cli, "register", "due", "--on", "2026-08-13", *db)[0] == 0
    code, out, _ = _run(cli, "register", "due", "--on", "2026-08-20", *db)
    assert code == 1 and "overdue" in out
    assert _run(cli, "register", "record", agreement, "notice-posted", "--date", "2026-08-14",
                *db)[0] == 0  # fmt: skip
    assert _run(cli, "register", "due", "--on", "2026-08-20", *db)[0] == 0

    # A breach on Saturday 15 August: CREC owes its notices two business days later (Tue 18);
    # posting the contract's notice again would not close them, posting the breach's does.
    assert _run(cli, "register", "record", agreement, "breach", "--discovered", "2026-08-15 10:00",
                "--data", "student_information", "--date", "2026-08-15", *db)[0] == 0  # fmt: skip
    crec = [(i["kind"], i["due"]) for i in _json(cli, "register", "due", "--on", "2026-08-17", *db)[
        "items"] if i["party"] == "CREC"]  # fmt: skip
    assert crec == [("breach", "2026-08-18"), ("breach", "2026-08-18")]
    breach_number = _json(cli, "register", "show", agreement, *db)["events"][-1]["number"]
    assert _run(cli, "register", "record", agreement, "notice-posted", "--breach", breach_number,
                "--date", "2026-08-17", *db)[0] == 0  # fmt: skip
    owed = _json(cli, "register", "due", "--on", "2026-08-20", *db)
    assert [i for i in owed["items"] if i["party"] == "CREC"] == []

    # The public page lists the contract in force, with the executed copy, and passes axe.
    site = tmp_path / "site"
    code, out, err = _run(cli, "register", "site", "--out", site, "--on", "2026-08-20", *db)
    assert code == 0, err
    index = (site / "index.html").read_text(encoding="utf-8")
    assert "Acme Learning, Inc." in index and "Acme Reading Coach" in index
    assert (site / "contracts" / f"{agreement}.pdf").read_bytes() == signed.read_bytes()
    for page in [site / "index.html", *sorted((site / "notices").glob("*.html"))]:
        assert chromium.violations(page.as_uri()) == []

    # Services end early; CREC asks for deletion; the certificate is owed 30 days after.
    assert _run(cli, "register", "record", agreement, "ended", "--date", "2026-10-01",
                *db)[0] == 0  # fmt: skip
    code, out, _ = _run(cli, "register", "due", "--on", "2026-10-02", *db)
    assert code == 1 and "deletion" in out.lower()
    assert _run(cli, "register", "record", agreement, "deletion-requested", "--date",
                "2026-10-02", *db)[0] == 0  # fmt: skip
    owed = _json(cli, "register", "due", "--on", "2026-11-05", *db)
    assert isinstance(owed, dict)
    late = [
        (i["kind"], i["due"], i["overdue"]) for i in owed["items"] if i["document"] == agreement
    ]
    assert late == [("certificate", "2026-10-31", True)]
    certificate_file = tmp_path / "certificate.pdf"
    certificate_file.write_bytes(signed.read_bytes())
    assert _run(cli, "register", "record", agreement, "certificate-received", "--file",
                certificate_file, "--date", "2026-11-05", *db)[0] == 0  # fmt: skip
    owed = _json(cli, "register", "due", "--on", "2026-11-06", *db)
    assert isinstance(owed, dict)
    assert [i for i in owed["items"] if i["document"] == agreement] == []

    # Off the public page once ended; the whole history kept, in order; the register sound.
    _run(cli, "register", "site", "--out", site, "--on", "2026-11-06", "--force", *db)
    index = (site / "index.html").read_text(encoding="utf-8")
    assert f"contracts/{agreement}.pdf" not in index  # no longer posted as in force
    assert "August 15, 2026 at 10:00 a.m. EDT" in index  # the breach notice stays
    shown = _json(cli, "register", "show", agreement, *db)
    assert isinstance(shown, dict)
    assert [e["event"] for e in shown["events"]] == [
        "issued", "issued", "sent", "signed", "executed", "notice-posted", "breach",
        "notice-posted", "ended", "deletion-requested", "certificate-received"]  # fmt: skip
    assert shown["status"] == "ended"
    assert [e["by"] for e in shown["events"][:2]] == ["clerk", "clerk"]  # register add --by
    signatures = shown["events"][3]["details"]["signatures"]
    assert signatures["matches_issued"] is True
    assert _run(cli, "register", "check", *db)[0] == 0


def it_records_a_tampered_signed_copy_as_signed_altered_and_exits_1(
    cli: Cli,
    issued: dict[str, Path],
    vendor: tuple[rsa.RSAPrivateKey, x509.Certificate],
    tmp_path: Path,
) -> None:
    db = ("--db", tmp_path / "r.db")
    assert _run(cli, "register", "add", *sorted(issued.values()), *db)[0] == 0
    listed = _json(cli, "register", "list", *db)
    assert isinstance(listed, list)
    agreement = next(row["id"] for row in listed if row["kind"] == "agreement")
    # The vendor rewrites the PDF (a new page of its own terms), then signs it.
    reader = PdfReader(issued["acme-learning-inc.pdf"])
    writer = PdfWriter(clone_from=reader)
    writer.add_blank_page()
    rewritten = tmp_path / "rewritten.pdf"
    with rewritten.open("wb") as stream:
        writer.write(stream)
    key, cert = vendor
    tampered = tmp_path / "tampered-signed.pdf"
    tampered.write_bytes(sign_pdf(rewritten.read_bytes(), key, cert))
    code, out, _ = _run(cli, "register", "record", agreement, "signed", "--file", tampered,
                        "--date", "2026-08-10", *db)  # fmt: skip
    assert code == 1
    assert f"recorded: {agreement} signed-altered" in out
    shown = _json(cli, "register", "show", agreement, *db)
    assert isinstance(shown, dict)
    assert shown["status"] == "signed-altered"
    assert shown["events"][-1]["details"]["signatures"]["matches_issued"] is False
    altered = _json(cli, "register", "list", "--status", "signed-altered", *db)
    assert [r["id"] for r in altered] == [agreement]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("record", "NOPE-1", "sent"), "'NOPE-1': no such document in the register"),
        (("record", "{id}", "signd"), "EVENT: 'signd' is not one of sent"),
        (("record", "{id}", "sent", "--date", "2026-02-30"), "--date: '2026-02-30' is not a date"),
        (("record", "{id}", "signed"), "signed: give --file, the signed PDF"),
        (("record", "{id}", "breach", "--data", "grades"), "breach: give both --discovered"),
        (("list", "--status", "lost"), "--status: unknown status 'lost'"),
        (("due", "--on", "someday"), "--on: 'someday' is not a date"),
        (("due", "--within", "3000000"), "--within must be at most 36500 days"),  # past 9999
        (("add", "{missing}"), "missing.pdf"),
    ],
)
def it_refuses_bad_input_in_one_line_with_exit_2_and_records_nothing(
    cli: Cli, issued: dict[str, Path], tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    db = ("--db", tmp_path / "r.db")
    assert _run(cli, "register", "add", issued["acme-learning-inc.docx"], *db)[0] == 0
    before = _json(cli, "register", "show", _only_id(cli, db), *db)
    filled = [a.format(id=_only_id(cli, db), missing=tmp_path / "missing.pdf") for a in args]
    code, out, err = _run(cli, "register", *filled, *db)
    assert code == 2
    assert message in err and len(err.strip().splitlines()) == 1
    assert "Traceback" not in out + err
    assert _json(cli, "register", "show", _only_id(cli, db), *db) == before


def _only_id(cli: Cli, db: tuple[str, Path]) -> str:
    listed = _json(cli, "register", "list", *db)
    assert isinstance(listed, list) and len(listed) == 1
    return str(listed[0]["id"])


def it_enters_what_build_writes_with_register(cli: Cli, tmp_path: Path) -> None:
    db = tmp_path / "r.db"
    code, out, err = _run(cli, "build", ACME, "--out", tmp_path / "out", "--format", "docx",
                          "--date", BUILT, "--register", "--db", db)  # fmt: skip
    assert code == 0, err
    assert "register: 3 documents entered" in out
    listed = _json(cli, "register", "list", "--db", db)
    assert isinstance(listed, list)
    assert sorted(r["kind"] for r in listed) == ["agreement", "flowdown", "flowdown"]
    code, _, err = _run(cli, "build", ACME, "--out", tmp_path / "draft", "--draft", "--register",
                        "--db", db)  # fmt: skip
    assert code == 2 and "a draft is not issued" in err
    assert not (tmp_path / "draft").exists()


def it_refuses_a_register_that_is_not_there_for_commands_that_only_read(
    cli: Cli, tmp_path: Path
) -> None:
    code, _, err = _run(cli, "register", "due", "--db", tmp_path / "none.db")
    assert code == 2 and "no register here" in err
    assert not (tmp_path / "none.db").exists()


def it_backs_up_from_the_command_line_and_the_copy_is_a_register(
    cli: Cli, issued: dict[str, Path], tmp_path: Path
) -> None:
    db, copy = tmp_path / "r.db", tmp_path / "copy.db"
    assert _run(cli, "register", "add", issued["acme-learning-inc.docx"], "--db", db)[0] == 0
    backed = _json(cli, "register", "backup", copy, "--db", db)
    assert backed["sha256"] == hashlib.sha256(copy.read_bytes()).hexdigest()
    assert _json(cli, "register", "list", "--db", copy) == _json(
        cli, "register", "list", "--db", db
    )
    code, _, err = _run(cli, "register", "backup", copy, "--db", db)
    assert code == 2 and "already exists" in err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("breach", "--discovered", "2026-12-20 09:00", "--data", "student_records"),
         "--discovered 2026-12-20T09:00:00-05:00 is in the future"),
        (("breach", "--discovered", "2026-12-10 09:00", "--data", "student_records",
          "--notified", "2026-12-09 09:00"), "--notified must fall between the discovery and now"),
        (("breach", "--discovered", "2026-12-10 09:00", "--data", "student_records", "--date",
          "2026-12-09"), "is after the day it is recorded for (--date 2026-12-09)"),
        (("breach", "--discovered", "2026-12-10 09:00", "--data", "student_records",
          "--breach", "2"), "--breach names the breach a notice-posted is for"),
        (("notice-posted", "--breach", "99"), "has no breach event 99"),
        (("sent", "--breach", "2"), "--breach names the breach a notice-posted is for"),
        (("executed", "--file", "{docx}"), "the executed contract must be a PDF"),
        (("executed", "--file", "{other}"), "is SUB-2026-"),
    ],
)  # fmt: skip
def it_refuses_events_that_cannot_be_and_records_nothing(
    cli: Cli, issued: dict[str, Path], tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    db = ("--db", tmp_path / "r.db")
    assert _run(cli, "register", "add", issued["acme-learning-inc.docx"], *db)[0] == 0
    document = _only_id(cli, db)
    other = next(p for name, p in issued.items() if "flowdown" in name and p.suffix == ".pdf")
    filled = [a.format(docx=issued["acme-learning-inc.docx"], other=other) for a in args]
    before = _json(cli, "register", "show", document, *db)
    code, _, err = _run(cli, "register", "record", document, *filled, *db)
    assert code == 2 and message in err, err
    assert _json(cli, "register", "show", document, *db) == before


def it_refuses_a_database_that_is_not_a_register_and_leaves_it_alone(
    cli: Cli, tmp_path: Path
) -> None:
    import sqlite3

    other = tmp_path / "accounts.db"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE ledger (amount INTEGER)")
    connection.commit()
    connection.close()
    before = other.read_bytes()
    for command in (("list",), ("add", str(tmp_path / "x.docx"))):
        code, _, err = _run(cli, "register", *command, "--db", other)
        assert code == 2 and "is a database, but not a register" in err
    assert other.read_bytes() == before
    another = tmp_path / "other-app.db"  # another application's Alembic database
    connection = sqlite3.connect(another)
    connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32))")
    connection.execute("INSERT INTO alembic_version VALUES ('ae1027a6acf')")
    connection.commit()
    connection.close()
    code, _, err = _run(cli, "register", "list", "--db", another)
    assert code == 2 and "is a database, but not a register" in err
    empty = tmp_path / "empty.db"
    empty.touch()
    code, _, err = _run(cli, "register", "due", "--db", empty)
    assert code == 2 and "no register here" in err


def it_refuses_a_register_made_by_a_newer_version(
    cli: Cli, issued: dict[str, Path], tmp_path: Path
) -> None:
    import sqlite3

    db = tmp_path / "r.db"
    assert _run(cli, "register", "add", issued["acme-learning-inc.docx"], "--db", db)[0] == 0
    connection = sqlite3.connect(db)
    connection.execute("UPDATE alembic_version SET version_num = '0099'")
    connection.commit()
    connection.close()
    code, out, err = _run(cli, "register", "due", "--db", db)
    assert code == 2 and "made by a newer crec-assemble (schema 0099" in err
    assert "Traceback" not in out + err


def it_counts_the_day_in_connecticut() -> None:
    """01:30 UTC on 2 December is 20:30 on 1 December in Hartford: still the 1st there."""
    from crec_assemble.inputs.dates import connecticut_today

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", "1796175000")  # 2026-12-02 01:30 UTC
        from datetime import date

        assert connecticut_today() == date(2026, 12, 1)


def it_takes_back_a_withdrawal_recorded_by_mistake_and_keeps_both_in_the_history(
    cli: Cli, issued: dict[str, Path], tmp_path: Path
) -> None:
    db = ("--db", tmp_path / "r.db")
    assert _run(cli, "register", "add", issued["acme-learning-inc.docx"], *db)[0] == 0
    document = _only_id(cli, db)
    for event in ("executed", "withdrawn"):
        assert _run(cli, "register", "record", document, event, "--date", "2026-08-10", *db)[0] == 0
    assert [r["status"] for r in _json(cli, "register", "list", *db)] == ["withdrawn"]
    withdrawal = _json(cli, "register", "show", document, *db)["events"][-1]["number"]

    code, _, err = _run(cli, "register", "retract", document, withdrawal, *db)
    assert code == 2 and "--why" in err  # a reason is required
    code, out, err = _run(cli, "register", "retract", document, withdrawal, "--why",
                          "wrong agreement", *db)  # fmt: skip
    assert code == 0, err
    assert f"recorded: {document} retracted" in out
    assert [r["status"] for r in _json(cli, "register", "list", *db)] == ["executed"]
    owed = _json(cli, "register", "due", "--on", "2026-08-11", *db)
    assert [i["kind"] for i in owed["items"]] == ["notice"]  # owed again, since not withdrawn
    shown = _json(cli, "register", "show", document, *db)
    assert [(e["event"], e.get("retracts")) for e in shown["events"][-2:]] == [
        ("withdrawn", None), ("retracted", withdrawal)]  # fmt: skip
    assert shown["status"] == "executed"
    code, _, err = _run(cli, "register", "retract", document, withdrawal, "--why", "again", *db)
    assert code == 2 and "taken back already" in err
    code, _, err = _run(cli, "register", "retract", document, 1, "--why", "no", *db)
    assert code == 2 and "is issued, which is never taken back" in err
    assert _run(cli, "register", "record", document, "sent", "--date", "2026-08-12", *db)[0] == 0


def it_dates_a_build_by_connecticuts_calendar() -> None:
    """At 20:30 in Hartford a document built now is dated today there, not tomorrow (UTC), so
    that it can be recorded as sent the same evening."""
    from datetime import date

    from crec_assemble.inputs.dates import default_build_date

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", "1796175000")  # 2026-12-02 01:30 UTC
        assert default_build_date() == date(2026, 12, 1)
