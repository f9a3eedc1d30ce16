"""The store's schema, engine pragmas, column types and the start-up upgrade."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Column, Engine, MetaData, Table, insert, inspect, select, text
from sqlalchemy.exc import IntegrityError, StatementError
from sqlalchemy.orm import Session

from counter_app.store import migrate
from counter_app.store.backup import backup_sqlite
from counter_app.store.db import BUSY_TIMEOUT_MS, open_engine, session_factory
from counter_app.store.migrate import HEAD_REVISION, SchemaTooNewError, ensure_schema
from counter_app.store.models import (
    Account,
    Application,
    ApplicationEvent,
    ApplicationStep,
    Arrears,
    AuditEntry,
    Base,
    Customer,
    Hall,
    Sequence,
    User,
    Visit,
)
from counter_app.store.types import IdType, Money, ScaledDecimal, UTCDateTime

REPO_ROOT = Path(__file__).resolve().parents[2]
CST = timezone(timedelta(hours=8))
T0 = datetime(2025, 6, 10, 1, 30, 15, 123456, tzinfo=UTC)


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    return tmp_path / "store" / "counter.db"


@pytest.fixture
def engine(db_file: Path) -> Iterator[Engine]:
    eng = open_engine(str(db_file))
    yield eng
    eng.dispose()


@pytest.fixture
def migrated(engine: Engine) -> Engine:
    ensure_schema(engine)
    return engine


# -- schema and revisions -------------------------------------------------------


FTS_SHADOW = {"data", "idx", "content", "docsize", "config"}


def search_tables(engine: Engine) -> set[str]:
    """The FTS5 tables the migrations create by hand (outside the models) and their shadows."""
    with engine.connect() as conn:
        virtual = conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type='table' AND sql LIKE 'CREATE VIRTUAL TABLE%'"
        ).scalars()
        names = set(virtual)
        shadows = {
            t
            for t in inspect(conn).get_table_names()
            for v in names
            if t.startswith(v + "_") and t.removeprefix(v + "_") in FTS_SHADOW
        }
    return names | shadows


def test_fresh_database_gets_every_table_and_the_head_revision(engine: Engine) -> None:
    assert migrate.current_revision(engine) is None
    backup = ensure_schema(engine)
    assert backup is None  # nothing to protect in a brand-new file
    tables = set(inspect(engine).get_table_names())
    assert "alembic_version" in tables
    assert tables - {"alembic_version"} - search_tables(engine) == set(Base.metadata.tables)
    with engine.connect() as conn:
        versions = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    assert versions == [HEAD_REVISION]


def test_search_tables_keep_their_triggers(migrated: Engine) -> None:
    # A batch migration rebuilds a table on SQLite and silently drops its triggers
    # (see migrate.py): every FTS index must still have its three.
    with migrated.connect() as conn:
        virtual = conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type='table' AND sql LIKE 'CREATE VIRTUAL TABLE%'"
        ).scalars()
        triggers = set(
            conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='trigger'").scalars()
        )
    for fts in virtual:
        assert {f"{fts}_ai", f"{fts}_ad", f"{fts}_au"} <= triggers, fts


def test_head_revision_constant_matches_alembic_script_head() -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert script.get_heads() == [HEAD_REVISION], (
        "migrate.HEAD_REVISION must name the newest file in store/migrations/versions"
    )


def test_second_ensure_schema_is_a_no_op(migrated: Engine, db_file: Path) -> None:
    assert ensure_schema(migrated) is None
    assert migrate.current_revision(migrated) == HEAD_REVISION
    assert not list(db_file.parent.glob("*.before-*"))


def test_current_database_opens_without_importing_alembic(db_file: Path) -> None:
    eng = open_engine(str(db_file))
    ensure_schema(eng)
    eng.dispose()
    code = textwrap.dedent(
        f"""
        import sys
        from counter_app.store.db import open_engine
        from counter_app.store.migrate import ensure_schema
        engine = open_engine({str(db_file)!r})
        assert ensure_schema(engine) is None
        engine.dispose()
        loaded = sorted(m for m in sys.modules if m == "alembic" or m.startswith("alembic."))
        assert not loaded, loaded
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr


def test_migrations_and_models_agree(migrated: Engine) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    by_hand = search_tables(migrated)

    def include_name(name: str | None, type_: str, _parents: object) -> bool:
        return not (type_ == "table" and name in by_hand)

    with migrated.connect() as conn:
        mc = MigrationContext.configure(
            conn,
            opts={"compare_type": True, "render_as_batch": True, "include_name": include_name},
        )
        diff = compare_metadata(mc, Base.metadata)
    assert diff == [], "models changed without a migration (alembic revision --autogenerate)"


def test_unknown_revision_is_refused_in_chinese(migrated: Engine, db_file: Path) -> None:
    with migrated.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    with pytest.raises(SchemaTooNewError) as caught:
        ensure_schema(migrated)
    message = str(caught.value)
    assert "9999_from_the_future" in message
    assert "数据库版本" in message and "最新版本" in message
    # Refused before touching anything: no backup copy, revision left as found.
    assert not list(db_file.parent.glob("*.before-*"))
    assert migrate.current_revision(migrated) == "9999_from_the_future"


def test_older_revision_gets_a_backup_copy_before_migrating(engine: Engine, db_file: Path) -> None:
    from alembic import command
    from alembic.script import ScriptDirectory

    config = migrate.alembic_config(engine)
    first = ScriptDirectory.from_config(config).get_base()
    if first == HEAD_REVISION:
        pytest.skip("only one revision: nothing is older than head")
    command.upgrade(config, first)  # a store left by an older release of the app
    with Session(engine) as s, s.begin():
        s.add(Sequence(name="marker", value=42))

    backup = ensure_schema(engine)

    assert backup is not None
    assert backup.parent == db_file.parent
    assert re.fullmatch(rf"counter\.before-{HEAD_REVISION}-\d{{8}}T\d{{6}}Z\.db", backup.name)
    assert not list(db_file.parent.glob("*.partial"))
    copy = sqlite3.connect(backup)
    try:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == (first,)
        assert copy.execute("SELECT value FROM sequences WHERE name='marker'").fetchone() == (42,)
    finally:
        copy.close()
    # The store itself is at head with its data kept.
    assert migrate.current_revision(engine) == HEAD_REVISION
    with Session(engine) as s:
        assert s.get_one(Sequence, "marker").value == 42


# -- engine -------------------------------------------------------------------


def test_sqlite_pragmas_are_on_for_every_connection(engine: Engine) -> None:
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        busy = conn.exec_driver_sql("PRAGMA busy_timeout").scalar()
        assert busy == BUSY_TIMEOUT_MS and busy > 0


def test_foreign_key_violation_is_refused(migrated: Engine) -> None:
    with pytest.raises(IntegrityError), Session(migrated) as s, s.begin():
        s.add(
            User(
                hall_id=999,
                username="ghost",
                display_name="无厅",
                staff_no="9",
                role="clerk",
                password_hash="x",
                created_at=T0,
            )
        )
    with Session(migrated) as s:
        assert s.scalar(select(User)) is None


# -- models and column types ------------------------------------------------------


def test_models_round_trip(migrated: Engine) -> None:
    sessions = session_factory(migrated)
    accepted = datetime(2025, 6, 10, 9, 30, 0, tzinfo=CST)  # given in hall time
    with sessions.begin() as s:
        hall = Hall(code="330101", name="城关供电营业厅", created_at=T0)
        s.add(hall)
        s.flush()
        clerk = User(
            hall_id=hall.id,
            username="zhang",
            display_name="张营业",
            staff_no="1001",
            role="clerk",
            password_hash="scrypt$...",
            created_at=T0,
        )
        customer = Customer(
            kind="person",
            name="李四",
            cert_type="居民身份证",
            cert_no="11010519491231002X",
            mobile="13812341234",
            created_at=T0,
            updated_at=T0,
        )
        s.add_all([clerk, customer])
        s.flush()
        visit = Visit(
            visit_no="330101-V20250610-0001",
            hall_id=hall.id,
            clerk_id=clerk.id,
            counter="3",
            customer_id=customer.id,
            business_code="lv_residential_new",
            outcome="completed",
            started_at=accepted - timedelta(minutes=7),
            ended_at=accepted,
        )
        s.add(visit)
        s.flush()
        app = Application(
            application_no="330101-20250610-0001",
            hall_id=hall.id,
            business_code="lv_residential_new",
            business_name="低压居民新装",
            customer_id=customer.id,
            visit_id=visit.id,
            clerk_id=clerk.id,
            status="in_progress",
            current_step="connect",
            address="城关镇人民路100号3单元",
            capacity_kw=Decimal("12.50"),
            details={"values": {"name": "李四", "capacity_kw": "12.5"}, "documents": ["id"]},
            accepted_at=accepted,
            promised_date=date(2025, 6, 17),
            updated_at=accepted,
        )
        app.steps.append(
            ApplicationStep(
                seq=2,
                code="connect",
                name="装表接电",
                limit_days=5,
                due_date=date(2025, 6, 17),
            )
        )
        app.steps.append(
            ApplicationStep(
                seq=1,
                code="accept",
                name="受理申请",
                limit_days=0,
                due_date=date(2025, 6, 10),
                completed_at=accepted,
            )
        )
        s.add(app)
        s.flush()
        s.add(
            ApplicationEvent(application_id=app.id, at=accepted, user_id=clerk.id, kind="accepted")
        )
        s.add(
            AuditEntry(
                at=T0,
                user_id=clerk.id,
                action="application.accept",
                entity="application",
                entity_id=app.application_no,
                detail={"customer": "李*"},
                prev_hash="0" * 64,
                hash="f" * 64,
            )
        )
        s.add(Sequence(name="application:330101:20250610", value=1))
        account = Account(
            account_no="3301010012345",
            hall_id=hall.id,
            customer_id=customer.id,
            address="城关镇人民路100号3单元",
            category="居民",
            voltage="低压",
            capacity_kw=Decimal("8"),
            status="active",
            opened_at=T0,
            updated_at=T0,
        )
        s.add(account)
        s.flush()
        s.add(
            Arrears(
                account_id=account.id,
                bill_month="202505",
                amount_due=Decimal("12.50"),
                amount_paid=Decimal("0.00"),
                due_date=date(2025, 6, 15),
                updated_at=T0,
            )
        )

    with sessions() as s:
        got = s.scalars(select(Application)).one()
        assert got.capacity_kw == Decimal("12.50")
        assert isinstance(got.capacity_kw, Decimal)
        assert str(got.capacity_kw) == "12.50"
        assert got.accepted_at == accepted
        assert got.accepted_at.utcoffset() == timedelta(0)
        assert got.accepted_at.tzinfo is UTC
        assert got.promised_date == date(2025, 6, 17)
        assert got.details == {
            "values": {"name": "李四", "capacity_kw": "12.5"},
            "documents": ["id"],
        }
        assert [(st.seq, st.code) for st in got.steps] == [(1, "accept"), (2, "connect")]
        assert got.steps[0].completed_at == accepted
        assert got.steps[1].completed_at is None

        assert s.scalars(select(Hall)).one().created_at == T0
        user = s.scalars(select(User)).one()
        assert (user.active, user.failed_logins, user.locked_until) == (True, 0, None)
        assert s.scalars(select(Customer)).one().cert_no == "11010519491231002X"
        got_visit = s.scalars(select(Visit)).one()
        assert got_visit.ended_at - got_visit.started_at == timedelta(minutes=7)
        event = s.scalars(select(ApplicationEvent)).one()
        assert (event.kind, event.step_code, event.note, event.at) == ("accepted", "", "", accepted)
        entry = s.scalars(select(AuditEntry)).one()
        assert entry.detail == {"customer": "李*"}
        assert entry.at == T0
        assert s.get_one(Sequence, "application:330101:20250610").value == 1
        assert s.scalars(select(Account)).one().capacity_kw == Decimal("8.00")
        owed = s.scalars(select(Arrears)).one()
        assert (owed.amount_due, owed.amount_paid) == (Decimal("12.50"), Decimal("0.00"))
        assert str(owed.amount_due) == "12.50"
        assert all(isinstance(v, Decimal) for v in (owed.amount_due, owed.amount_paid))


money_table = Table(
    "money_probe",
    MetaData(),
    Column("id", IdType, primary_key=True),
    Column("amount", Money()),
    Column("rate", ScaledDecimal(4)),
    Column("at", UTCDateTime()),
)


@pytest.fixture
def probe(engine: Engine) -> Engine:
    money_table.create(engine)
    return engine


@pytest.mark.parametrize(
    "amount",
    [Decimal("12.50"), Decimal("0.01"), Decimal("-3.10"), Decimal("99999999.99"), Decimal("7")],
)
def test_money_round_trips_exactly_as_decimal(probe: Engine, amount: Decimal) -> None:
    with probe.begin() as conn:
        conn.execute(insert(money_table).values(amount=amount))
        stored = conn.exec_driver_sql("SELECT amount FROM money_probe").scalar()
        got = conn.execute(select(money_table.c.amount)).scalar()
    assert isinstance(stored, int)  # fen, never a float
    assert stored == int(amount * 100)
    assert isinstance(got, Decimal)
    assert got == amount
    assert got.as_tuple().exponent == -2  # always shown with two places: 7 -> 7.00


def test_scaled_decimal_keeps_its_places(probe: Engine) -> None:
    with probe.begin() as conn:
        conn.execute(insert(money_table).values(rate=Decimal("0.5883")))
        assert conn.execute(select(money_table.c.rate)).scalar() == Decimal("0.5883")
        assert str(conn.execute(select(money_table.c.rate)).scalar()) == "0.5883"


@pytest.mark.parametrize("bad", [Decimal("1.005"), 12.5, "12.50"])
def test_money_refuses_floats_and_extra_places(probe: Engine, bad: object) -> None:
    with pytest.raises(StatementError), probe.begin() as conn:
        conn.execute(insert(money_table).values(amount=bad))


def test_utc_datetime_round_trips_aware_and_refuses_naive(probe: Engine) -> None:
    local = datetime(2025, 1, 28, 23, 59, 59, 500000, tzinfo=CST)  # 除夕 in hall time
    with probe.begin() as conn:
        conn.execute(insert(money_table).values(at=local))
        got = conn.execute(select(money_table.c.at)).scalar()
    assert got == local
    assert got.tzinfo is UTC
    assert got == datetime(2025, 1, 28, 15, 59, 59, 500000, tzinfo=UTC)
    with pytest.raises(StatementError, match="naive datetime refused"), probe.begin() as conn:
        conn.execute(insert(money_table).values(at=datetime(2025, 1, 28, 12, 0)))


# -- backup -------------------------------------------------------------------------


def test_backup_is_a_consistent_copy_of_a_live_wal_database(
    migrated: Engine, db_file: Path, tmp_path: Path
) -> None:
    with Session(migrated) as s, s.begin():
        s.add(Sequence(name="committed", value=1))
    # Committed data still sitting in the WAL file (not checkpointed) must be copied.
    assert db_file.with_name(db_file.name + "-wal").stat().st_size > 0

    writer = sqlite3.connect(db_file, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("INSERT INTO sequences (name, value) VALUES ('uncommitted', 2)")
        target = backup_sqlite(db_file, tmp_path / "backups" / "copy.db")
        writer.execute("ROLLBACK")
    finally:
        writer.close()

    assert target == tmp_path / "backups" / "copy.db"
    assert not list(target.parent.glob("*.partial"))
    copy = sqlite3.connect(target)
    try:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        names = [r[0] for r in copy.execute("SELECT name FROM sequences ORDER BY name")]
        assert names == ["committed"]
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == (
            HEAD_REVISION,
        )
    finally:
        copy.close()
    # The copy is a database of its own: the app can open it at head without migrating.
    eng = open_engine(str(target))
    try:
        assert ensure_schema(eng) is None
    finally:
        eng.dispose()


def test_backup_replaces_a_stale_partial_file(migrated: Engine, db_file: Path) -> None:
    target = db_file.with_name("copy.db")
    target.with_name("copy.db.partial").write_bytes(b"half a file from a crash")
    backup_sqlite(db_file, target)
    assert not target.with_name("copy.db.partial").exists()
    copy = sqlite3.connect(target)
    try:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        copy.close()
