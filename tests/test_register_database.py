"""The register's database: which one opens, its schema and migrations, WAL and two writers,
entering issued files, recording events, backup and check, on SQLite and PostgreSQL."""

from __future__ import annotations

import hashlib
import multiprocessing
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from crec_assemble.errors import InputError
from crec_assemble.pipeline.build import build
from crec_assemble.pipeline.plan import BuildOptions
from crec_assemble.register.database import open_register, register_url
from crec_assemble.register.maintenance import backup, check
from crec_assemble.register.recording import add_files, breach_facts, record_event, recordable
from crec_assemble.register.records import EventKind, RegisteredDocument
from crec_assemble.register.schema import metadata
from crec_assemble.register.store import histories

from conftest import BUILD_DATE, EXAMPLES, WriteProfile, consultant_profile

NOW = datetime(2026, 11, 30, 15, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def issued(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Every example's documents as DOCX (no LibreOffice): agreements, addenda, flow-downs."""
    out = tmp_path_factory.mktemp("issued")
    produced = build(EXAMPLES, BuildOptions(out=out, format="docx", build_date=BUILD_DATE))
    return [o.path for p in produced for o in p.outputs]


def acme(files: list[Path]) -> Path:
    return next(p for p in files if p.name == "acme-learning-inc.docx")


def test_the_register_named_by_option_then_environment_then_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CREC_REGISTER", raising=False)
    assert register_url(None) == f"sqlite:///{tmp_path / 'register.db'}"
    monkeypatch.setenv("CREC_REGISTER", "office.db")
    assert register_url(None) == f"sqlite:///{tmp_path / 'office.db'}"
    assert register_url("other.db") == f"sqlite:///{tmp_path / 'other.db'}"
    assert register_url("postgresql://staff@db/crec") == "postgresql+psycopg://staff@db/crec"
    with pytest.raises(InputError, match="not a register"):
        register_url("mysql://staff@db/crec")


def test_a_missing_register_is_refused_by_a_command_that_only_reads(tmp_path: Path) -> None:
    with (
        pytest.raises(InputError, match="no register here"),
        open_register(str(tmp_path / "none.db"), create=False),
    ):
        pass
    assert not (tmp_path / "none.db").exists()


def test_a_new_register_is_migrated_to_exactly_the_current_schema(register_db: str) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    with open_register(register_db, create=True) as register, register.writing() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), metadata)
        revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    assert differences == []
    assert revision == "0003"


def test_sqlite_runs_in_write_ahead_logging_mode(tmp_path: Path) -> None:
    with open_register(str(tmp_path / "r.db"), create=True):
        pass
    mode = sqlite3.connect(tmp_path / "r.db").execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"


def test_adding_is_idempotent_and_reads_everything_from_the_manifest(
    register_db: str, issued: list[Path]
) -> None:
    with open_register(register_db, create=True) as register:
        first = add_files(register, issued, by="clerk", now=NOW)
        again = add_files(register, issued, by="clerk", now=NOW)
        with register.reading() as reader:
            recorded = histories(reader)
    assert all(a.entered for a in first) and not any(a.entered for a in again)
    assert len(recorded) == len(issued)  # one DOCX per document
    agreement = next(h.document for h in recorded if h.document.party == "Acme Learning, Inc.")
    assert (agreement.kind, agreement.role, agreement.service) == (
        "agreement", "operator", "Acme Reading Coach")  # fmt: skip
    assert (agreement.start, agreement.end) == (date(2026, 7, 1), date(2027, 6, 30))
    assert "Grades" in agreement.data and "Student Records" in agreement.data
    assert agreement.certificate_days == 30  # "Within thirty (30) calendar days of completion"
    assert agreement.files[0].sha256 == hashlib.sha256(acme(issued).read_bytes()).hexdigest()
    flowdowns = [h.document for h in recorded if h.document.kind == "flowdown"]
    assert flowdowns and all(f.parent for f in flowdowns)
    history = next(h for h in recorded if h.document.id == agreement.id)
    assert [(e.kind, e.by) for e in history.events] == [("issued", "clerk")]
    assert history.status == "issued"


def test_one_bad_file_enters_none(register_db: str, issued: list[Path], tmp_path: Path) -> None:
    from docx import Document

    vendor, notes = tmp_path / "vendor.docx", tmp_path / "notes.txt"
    paper = Document()
    paper.add_paragraph("The vendor's own terms.")
    paper.save(str(vendor))
    notes.write_text("Not a contract.\n")
    with open_register(register_db, create=True) as register:
        with pytest.raises(InputError, match=r"vendor\.docx: carries no manifest"):
            add_files(register, [acme(issued), vendor], by="clerk", now=NOW)
        with pytest.raises(InputError, match=r"notes\.txt: neither a DOCX nor a readable PDF"):
            add_files(register, [acme(issued), notes], by="clerk", now=NOW)
        with register.reading() as reader:
            assert histories(reader) == ()


def test_a_draft_is_not_entered(write_profile: WriteProfile, tmp_path: Path) -> None:
    profile = consultant_profile()
    out = tmp_path / "out"
    produced = build([write_profile(profile)], BuildOptions(out=out, format="docx", draft=True))
    with open_register(str(tmp_path / "r.db"), create=True) as register:
        draft = produced[0].outputs[0].path
        with pytest.raises(InputError, match=r"is a draft|not an agreement"):
            add_files(register, [draft], by="clerk", now=NOW)


def test_events_are_appended_with_date_author_and_details(
    register_db: str, issued: list[Path]
) -> None:
    with open_register(register_db, create=True) as register:
        (added,) = add_files(register, [acme(issued)], by="clerk", now=NOW)
        record_event(register, added.document, "sent", on=date(2026, 11, 30), by="amy", now=NOW)
        facts = breach_facts("2026-11-30 09:15", "student_information", urgent=True, notified=None)
        record_event(register, added.document, "breach", on=date(2026, 11, 30), by="bo", now=NOW,
                     breach=facts)  # fmt: skip
        record_event(register, added.document, "withdrawn", on=date(2026, 11, 30), by="amy",
                     now=NOW)  # fmt: skip
        with pytest.raises(InputError, match="was withdrawn on 2026-11-30"):
            record_event(register, added.document, "sent", on=NOW.date(), by="amy", now=NOW)
        with register.reading() as reader:
            (history,) = histories(reader)
    kinds = [(e.kind, e.by) for e in history.events]
    assert kinds == [("issued", "clerk"), ("sent", "amy"), ("breach", "bo"), ("withdrawn", "amy")]
    breach = history.events[2].details
    assert breach["data"] == ["student_information"] and breach["urgent"] is True
    assert breach["discovered"].startswith("2026-11-30T09:15:00-05:00")
    assert history.status == "withdrawn"
    assert [e.number for e in history.events] == sorted(e.number for e in history.events)


@pytest.mark.parametrize(
    ("on", "message"),
    [(date(2026, 12, 1), "is in the future"), (date(2026, 11, 1), "before .* was issued")],
)
def test_an_event_dated_impossibly_is_refused(
    tmp_path: Path, issued: list[Path], on: date, message: str
) -> None:
    with open_register(str(tmp_path / "r.db"), create=True) as register:
        (added,) = add_files(register, [acme(issued)], by="clerk", now=NOW)
        with pytest.raises(InputError, match=message):
            record_event(register, added.document, "executed", on=on, by="amy", now=NOW)


def test_bad_event_input_is_refused_in_one_line() -> None:
    with pytest.raises(InputError, match="'signd' is not one of sent, returned, signed"):
        recordable("signd")
    with pytest.raises(InputError, match="give both --discovered and --data"):
        breach_facts("2026-11-30 09:15", None, urgent=False, notified=None)
    with pytest.raises(InputError, match="is not a list of student_information"):
        breach_facts("2026-11-30 09:15", "grades", urgent=False, notified=None)
    with pytest.raises(InputError, match="--discovered"):
        breach_facts("yesterday", "student_records", urgent=False, notified=None)


def _record_many(db: str, document: str, writer: str, count: int) -> None:
    with open_register(db, create=False) as register:
        for _ in range(count):
            record_event(register, document, "sent", on=NOW.date(), by=writer, now=NOW)


def test_two_staff_recording_at_once_both_succeed(register_db: str, issued: list[Path]) -> None:
    with open_register(register_db, create=True) as register:
        (added,) = add_files(register, [acme(issued)], by="clerk", now=NOW)
    spawn = multiprocessing.get_context("spawn")
    writers = [spawn.Process(target=_record_many, args=(register_db, added.document, name, 25))
               for name in ("amy", "bo")]  # fmt: skip
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join(timeout=120)
    assert [w.exitcode for w in writers] == [0, 0]
    with open_register(register_db, create=False) as register, register.reading() as reader:
        (history,) = histories(reader)
    by = [e.by for e in history.events if e.kind == "sent"]
    assert (by.count("amy"), by.count("bo")) == (25, 25)
    assert len({e.number for e in history.events}) == 51


def test_backup_is_a_register_with_the_same_history(tmp_path: Path, issued: list[Path]) -> None:
    db, copy = str(tmp_path / "r.db"), tmp_path / "backup.db"
    with open_register(db, create=True) as register:
        add_files(register, issued, by="clerk", now=NOW)
        backup(register, copy, force=False)
        with pytest.raises(InputError, match="already exists"):
            backup(register, copy, force=False)
        with register.reading() as reader:
            original = histories(reader)
    with open_register(str(copy), create=False) as restored, restored.reading() as reader:
        assert histories(reader) == original


def test_postgresql_is_backed_up_with_its_own_tools(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="pg_dump"):
        from register_support import postgres_database

        for url in postgres_database():
            with open_register(url, create=True) as register:
                backup(register, tmp_path / "b.db", force=False)


def test_check_finds_a_changed_and_a_missing_file(
    register_db: str, issued: list[Path], tmp_path: Path
) -> None:
    copies = []
    for path in issued[:3]:
        copy = tmp_path / path.name
        copy.write_bytes(path.read_bytes())
        copies.append(copy)
    with open_register(register_db, create=True) as register:
        add_files(register, copies, by="clerk", now=NOW)
        sound = check(register)
        copies[0].write_bytes(copies[0].read_bytes() + b"\0")
        copies[1].unlink()
        broken = check(register)
    assert (sound.exit_code, sound.files, sound.problems) == (0, 3, ())
    assert broken.exit_code == 1
    assert len(broken.problems) == 2
    assert any(p.endswith("changed since it was recorded") for p in broken.problems)
    assert any(p.endswith("missing") for p in broken.problems)


def test_check_finds_an_orphaned_event(tmp_path: Path, issued: list[Path]) -> None:
    db = tmp_path / "r.db"
    with open_register(str(db), create=True) as register:
        add_files(register, [acme(issued)], by="clerk", now=NOW)
    # Written behind the register's back, without its foreign keys: what check exists to find.
    raw = sqlite3.connect(db)
    raw.execute("INSERT INTO events (document_id, kind, on_date, recorded_at, recorded_by, "
                "details) VALUES ('DPA-GONE', 'sent', '2026-11-30', '2026-11-30 00:00:00', "
                "'x', '{}')")  # fmt: skip
    raw.commit()
    raw.close()
    with open_register(str(db), create=False) as register:
        found = check(register)
    assert found.exit_code == 1
    assert any("belongs to 'DPA-GONE'" in p for p in found.problems)


def test_the_listing_computed_in_the_database_is_the_listing_of_every_history(
    register_db: str, issued: list[Path]
) -> None:
    from crec_assemble.register.records import Listed
    from crec_assemble.register.store import listed

    with open_register(register_db, create=True) as register:
        added = add_files(register, issued, by="clerk", now=NOW)
        lives = [
            ["sent", "returned", "sent", "returned", "executed", "notice-posted"],
            ["sent", "executed", "ended", "sent"],
            ["sent", "withdrawn"],
            ["returned"],
        ]
        for item, life in zip(added, lives, strict=False):
            for kind in life:
                record_event(register, item.document, recordable(kind), on=NOW.date(), by="amy",
                             now=NOW)  # fmt: skip
        with register.reading() as reader:
            every, computed = histories(reader), listed(reader)
    assert computed == [Listed.of(h) for h in every]
    assert {d.status for d in computed} >= {"executed", "ended", "withdrawn", "issued"}


def test_due_judges_the_candidates_as_it_judges_every_document(register_db: str) -> None:
    """The first cut (register/due_query.py) never leaves out a document that owes anything:
    on many made-up lives, due over the candidates says exactly what due over all says."""
    import random
    from datetime import timedelta

    from crec_assemble.library.catalogue import read_catalogue
    from crec_assemble.register.due import READS, due_rules, owed
    from crec_assemble.register.due_query import candidates
    from crec_assemble.register.store import append_event, enter_document
    from crec_assemble.resources import default_library

    pick = random.Random(13)
    with open_register(register_db, create=True) as register:
        with register.writing() as connection:
            for n in range(600):
                start = date(2025, 1, 1) + timedelta(days=pick.randrange(600))
                document = RegisteredDocument(
                    id=f"DPA-2025-V{n:04d}-000000", kind=pick.choice(["agreement", "flowdown"]),
                    parent=None, contractor=f"V{n}", party=f"V{n}",
                    role=pick.choice(["operator", "consultant"]), service="S", description="D",
                    start=start, end=pick.choice([None, start + timedelta(pick.randrange(900))]),
                    data=("Grades",), edition="2026-07", built=start,
                    certificate_days=pick.choice([30, None]),
                )  # fmt: skip
                enter_document(connection, document)
                for kind, day in _made_up_life(pick, start):
                    details: dict[str, object] = {}
                    if kind == "breach":
                        data = [pick.choice(["student_information", "student_records"])]
                        details = {"discovered": f"{day.isoformat()}T10:00:00-05:00", "data": data,
                                   "urgent": pick.random() < 0.3, "notified": None}  # fmt: skip
                    append_event(connection, document.id, kind, on=day, recorded=NOW, by="t",
                                 details=details)  # fmt: skip
        rules = due_rules(read_catalogue(default_library() / "requirements.yaml"), issuer="CREC")
        compared = 0
        for on in (date(2025, 6, 1), date(2026, 1, 15), date(2026, 9, 30), date(2027, 8, 1)):
            for within in (0, 30, 365):
                with register.reading() as reader:
                    every = owed(histories(reader, kinds=READS), on=on, rules=rules, within=within)
                    few = candidates(reader, on + timedelta(days=within))
                    cut = owed(
                        histories(reader, few, kinds=READS), on=on, rules=rules, within=within
                    )
                assert cut == every
                compared += len(every.items)
    assert compared > 500  # the lives above owe plenty: the comparison is not of empty lists


def _made_up_life(pick: Any, start: date) -> list[tuple[EventKind, date]]:
    """A document's life as it usually goes (executed, posted, ended, deletion requested,
    certificate received), each step sometimes missing, sometimes dated out of order, with the
    odd breach, withdrawal or extra event: the edges the first cut of due must get right."""
    from datetime import timedelta

    steps: list[EventKind] = ["executed", "notice-posted", "ended", "deletion-requested",
                              "certificate-received"]  # fmt: skip
    day, life = start, []
    for kind in steps:
        day += timedelta(days=pick.randrange(-20, 200))
        if pick.random() < 0.8:
            life.append((kind, day))
    for kind, chance in (("breach", 0.15), ("withdrawn", 0.05), ("sent", 0.2), ("ended", 0.1)):
        if pick.random() < chance:
            life.append((kind, start + timedelta(days=pick.randrange(-10, 800))))
    return life


def test_the_first_cut_keeps_an_agreement_whose_end_is_the_last_day_looked_at(
    tmp_path: Path, issued: list[Path]
) -> None:
    from datetime import timedelta

    from crec_assemble.register.due_query import candidates

    with open_register(str(tmp_path / "r.db"), create=True) as register:
        (added,) = add_files(register, [acme(issued)], by="clerk", now=NOW)
        for kind in ("executed", "notice-posted"):
            record_event(register, added.document, recordable(kind), on=NOW.date(), by="a",
                         now=NOW)  # fmt: skip
        end = date(2027, 6, 30)  # Acme's services end then
        with register.reading() as reader:
            assert candidates(reader, end) == [added.document]
            assert candidates(reader, end - timedelta(days=1)) == []


def _add_all(db: str, files: list[Path]) -> None:
    with open_register(db, create=True) as register:
        add_files(register, files, by="clerk", now=NOW)


def test_two_staff_adding_the_same_files_at_once_both_succeed(
    register_db: str, issued: list[Path]
) -> None:
    with open_register(register_db, create=True):
        pass  # made first: two first-time migrations at once are not what this tests
    spawn = multiprocessing.get_context("spawn")
    adders = [spawn.Process(target=_add_all, args=(register_db, issued)) for _ in range(2)]
    for adder in adders:
        adder.start()
    for adder in adders:
        adder.join(timeout=120)
    assert [a.exitcode for a in adders] == [0, 0]
    with open_register(register_db, create=False) as register, register.reading() as reader:
        recorded = histories(reader)
    assert len(recorded) == len(issued)
    assert [[e.kind for e in h.events] for h in recorded] == [["issued"]] * len(recorded)


def test_a_file_entered_meanwhile_by_someone_else_is_not_entered_twice(
    register_db: str, issued: list[Path]
) -> None:
    """The race the test above can only sometimes catch, made certain: one transaction
    enters a file and holds it uncommitted while a second tries the same insert and waits;
    when the first commits, the second must learn that it entered nothing."""
    import threading
    import time

    from crec_assemble.register.intake import read_issued
    from crec_assemble.register.store import enter_document, enter_file

    item = read_issued(acme(issued))
    with open_register(register_db, create=True) as register:
        with register.writing() as connection:
            enter_document(connection, item.document)
        second: list[bool] = []

        def enter_meanwhile() -> None:
            with register.writing() as connection:
                second.append(enter_file(connection, item.document.id, item.file))

        with register.writing() as connection:
            assert enter_file(connection, item.document.id, item.file)
            waiting = threading.Thread(target=enter_meanwhile)
            waiting.start()
            time.sleep(0.5)  # the second insert is now waiting on the first
        waiting.join(timeout=30)
    assert second == [False]


def _register_at(revision: str, db: str, issued: list[Path]) -> RegisteredDocument:
    """A register made at schema ``revision`` by an older release, holding Acme's agreement,
    its file and one event (sent, by amy), as that release wrote them; returns the agreement."""
    from alembic.command import upgrade
    from alembic.config import Config

    from crec_assemble.register import database
    from crec_assemble.register.intake import read_issued
    from crec_assemble.register.store import enter_document, enter_file

    item = read_issued(acme(issued))
    register = database.Register(register_url(db), db)
    try:
        with register.writing() as connection:
            config = Config()
            config.set_main_option("script_location", str(database._MIGRATIONS))
            config.attributes["connection"] = connection
            upgrade(config, revision)
        with register.writing() as connection:
            enter_document(connection, item.document)
            enter_file(connection, item.document.id, item.file)
            connection.execute(text(
                "INSERT INTO events (document_id, kind, on_date, recorded_at, recorded_by, "
                "details) VALUES (:d, 'sent', '2026-11-30', '2026-11-30 12:00:00', 'amy', '{}')"
            ), {"d": item.document.id})  # fmt: skip
    finally:
        register.close()
    return item.document._replace(files=(item.file,))


def test_a_register_made_by_the_first_release_opens_under_this_one_with_nothing_lost(
    register_db: str, issued: list[Path]
) -> None:
    """Made at schema 0001 (before retractions), with a document and events in it; opened
    now, it is migrated to the current schema, and every document and event is still there."""
    made = _register_at("0001", register_db, issued)
    with open_register(register_db, create=False) as migrated, migrated.reading() as reader:
        (history,) = histories(reader)
        (revision,) = reader.rows("SELECT version_num FROM alembic_version")
    assert revision[0] == "0003"
    assert [(e.kind, e.by, e.retracts) for e in history.events] == [("sent", "amy", None)]
    assert history.document == made


def test_a_register_made_before_accounts_gains_them_with_nothing_lost(
    register_db: str, issued: list[Path]
) -> None:
    """Made at schema 0002 (before the web app's accounts); opened now, it has an empty
    ``users`` table that takes accounts, and its history reads exactly as it did before."""
    from crec_assemble.register import database
    from crec_assemble.register.accounts import add_account, check_password, has_accounts

    _register_at("0002", register_db, issued)
    before = database.Register(register_url(register_db), register_db)
    with before.reading() as reader:
        recorded = histories(reader, as_written=True)
    before.close()
    with open_register(register_db, create=False) as migrated:
        with migrated.reading() as reader:
            assert histories(reader, as_written=True) == recorded
            (revision,) = reader.rows("SELECT version_num FROM alembic_version")
        assert revision[0] == "0003"
        assert not has_accounts(migrated)
        add_account(migrated, "amy", "staff", "correct horse battery", by="it", now=NOW)
        assert check_password(migrated, "amy", "correct horse battery") is not None
    assert [(e.kind, e.by) for e in recorded[0].events] == [("sent", "amy")]


def test_a_signed_copy_is_held_to_the_longest_issued_pdf_it_begins_with(tmp_path: Path) -> None:
    """A document issued unsealed and then sealed holds both PDFs; the sealed one is the
    unsealed bytes and the seal's update, so a copy signed after the seal begins with both:
    the vendor signed the sealed one, whichever way their hashes sort."""
    import hashlib

    from crec_assemble.register.records import RegisteredFile
    from crec_assemble.register.signatures import issued_pdf

    unsealed = b"%PDF-1.7 the agreement\n%%EOF\n"
    sealed = unsealed + b"the seal's update\n%%EOF\n"
    files = []
    for name, data in (("unsealed.pdf", unsealed), ("sealed.pdf", sealed)):
        (tmp_path / name).write_bytes(data)
        files.append(RegisteredFile(hashlib.sha256(data).hexdigest(), "pdf", str(tmp_path / name)))
    document = RegisteredDocument(
        id="DPA-1", kind="agreement", parent=None, contractor="C", party="C", role="operator",
        service="S", description="D", start=date(2026, 7, 1), end=None, data=(),
        edition="2026-07", built=date(2026, 7, 1), certificate_days=30,
    )  # fmt: skip
    signed = sealed + b"the vendor's signature\n%%EOF\n"
    for order in (files, files[::-1]):
        assert issued_pdf(document._replace(files=tuple(order)), signed) == sealed
