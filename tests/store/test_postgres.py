"""The store on PostgreSQL: URLs, migrations, column types, and the locks that
keep receipt numbers gapless and the audit chain single when several counters
write at once.

Needs a server: COUNTER_TEST_PG (tests/conftest.py); skipped without it, except
the URL tests, which need no server. The backend-neutral tests of test_schema.py
run here again on PostgreSQL (imported below: pytest collects them in this
module, with this module's ``engine`` and ``migrated`` fixtures).
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, inspect, select, text
from sqlalchemy.orm import Session

# The tests of test_schema.py that hold on any store, collected again here.
from test_schema import (  # noqa: F401
    money_table,
    test_foreign_key_violation_is_refused,
    test_models_round_trip,
    test_money_refuses_floats_and_extra_places,
    test_money_round_trips_exactly_as_decimal,
    test_scaled_decimal_keeps_its_places,
    test_unknown_revision_is_refused_in_chinese,
    test_utc_datetime_round_trips_aware_and_refuses_naive,
)

from counter_app.services import audit
from counter_app.services.sequences import next_number
from counter_app.store import migrate
from counter_app.store.db import database_url, is_postgres, open_engine, session_factory
from counter_app.store.migrate import HEAD_REVISION, ensure_schema
from counter_app.store.models import AuditEntry, Base, Hall, Sequence

REPO_ROOT = Path(__file__).resolve().parents[2]
T0 = datetime(2025, 6, 10, 1, 30, 15, tzinfo=UTC)
CST = timezone(timedelta(hours=8))
WAIT = 0.5  # long enough for a blocked transaction to show that it is blocked


# -- URLs: no server needed ---------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "used"),
    [
        ("postgresql://counter@db.hall/counter", "postgresql+psycopg://counter@db.hall/counter"),
        (
            "postgres://counter:pw@10.0.0.5:5432/counter",
            "postgresql+psycopg://counter:pw@10.0.0.5:5432/counter",
        ),
        (
            "postgresql+psycopg://counter@/counter?host=/run/pg",
            "postgresql+psycopg://counter@/counter?host=/run/pg",
        ),
        (" postgresql://counter@db.hall/counter ", "postgresql+psycopg://counter@db.hall/counter"),
        ("sqlite:///C:/data/counter.db", "sqlite:///C:/data/counter.db"),
    ],
)
def test_a_postgresql_url_gets_the_psycopg_3_driver(given: str, used: str) -> None:
    assert database_url(given) == used
    assert is_postgres(given) == used.startswith("postgresql")


def test_a_file_path_is_still_sqlite(tmp_path: Path) -> None:
    url = database_url(str(tmp_path / "counter.db"))
    assert url.startswith("sqlite:///") and not is_postgres(url)


def test_the_postgresql_engine_pings_and_reads_committed() -> None:
    engine = open_engine("postgresql://counter@db.hall/counter?connect_timeout=3")
    try:  # nothing connects yet
        assert engine.dialect.name == "postgresql"
        assert engine.dialect.driver == "psycopg"
        assert engine.pool._pre_ping  # type: ignore[attr-defined]
        _cargs, cparams = engine.dialect.create_connect_args(engine.url)
        assert cparams["connect_timeout"] == "3"  # the URL's, not our default of 10
    finally:
        engine.dispose()


# -- fixtures for this module (and the tests imported from test_schema) -------------


@pytest.fixture
def engine(pg_database: str) -> Iterator[Engine]:
    eng = open_engine(pg_database)
    yield eng
    eng.dispose()


@pytest.fixture
def migrated(engine: Engine) -> Engine:
    assert ensure_schema(engine) is None  # a copy of the migrated template: already current
    return engine


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    """test_schema's tests look here for backup copies: a server store makes none."""
    return tmp_path / "no-file"


@pytest.fixture
def probe(engine: Engine) -> Engine:
    money_table.create(engine)
    return engine


@pytest.fixture
def blank(pg_server: Any) -> Iterator[Engine]:
    """An empty database: no tables, no revision."""
    name = pg_server.blank()
    eng = open_engine(pg_server.url_of(name))
    yield eng
    eng.dispose()
    pg_server.drop(name)


# -- migrations ----------------------------------------------------------------------


def test_a_fresh_database_gets_every_table_and_no_search_tables(blank: Engine) -> None:
    assert migrate.current_revision(blank) is None
    assert ensure_schema(blank) is None  # no file to copy: the server has its own backups
    tables = set(inspect(blank).get_table_names())
    assert tables == set(Base.metadata.tables) | {"alembic_version"}
    assert not [t for t in tables if "_fts" in t]  # FTS5 is SQLite's; lookup uses LIKE here
    assert migrate.current_revision(blank) == HEAD_REVISION
    assert ensure_schema(blank) is None  # and again: nothing to do


def test_migrations_and_models_agree_on_postgresql(migrated: Engine) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with migrated.connect() as conn:
        mc = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(mc, Base.metadata)
    assert diff == [], "the migrations make a different schema on PostgreSQL than the models"


def test_an_older_store_is_upgraded_in_place_with_its_data(blank: Engine) -> None:
    from alembic import command

    config = migrate.alembic_config(blank)
    command.upgrade(config, "0002")  # a hall's server from before receipts existed
    with blank.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO halls (code, name, address, phone, created_at) VALUES "
                "('330101', '城关供电营业厅', '', '', :at)"
            ),
            {"at": T0.replace(tzinfo=None)},
        )
        conn.execute(text("INSERT INTO sequences (name, value) VALUES ('marker', 42)"))

    assert ensure_schema(blank) is None
    assert migrate.current_revision(blank) == HEAD_REVISION
    with Session(blank) as s:
        assert s.get_one(Sequence, "marker").value == 42
        hall = s.scalars(select(Hall)).one()
        assert len(hall.secret) == 64  # 0003 gave the existing hall its receipt key


STARTER = textwrap.dedent(
    """
    import sys, time
    from counter_app.store.db import open_engine
    from counter_app.store.migrate import ensure_schema
    engine = open_engine(sys.argv[1])
    engine.connect().close()
    start = float(sys.argv[2])
    while time.time() < start:
        pass
    ensure_schema(engine)
    engine.dispose()
    """
)


def test_counters_starting_a_new_release_at_once_all_open_the_store(
    blank: Engine, pg_server: Any
) -> None:
    """The first start after an update migrates; the other PCs wait for it, then open."""
    url = pg_server.url_of(blank.url.database)
    start = time.time() + 3  # all three connected and spinning by then
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", STARTER, url, str(start)],
            cwd=REPO_ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(3)
    ]
    errors = [p.communicate(timeout=120)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], "\n".join(errors)
    assert migrate.current_revision(blank) == HEAD_REVISION


def test_every_migration_goes_down_and_up_again(blank: Engine) -> None:
    from alembic import command

    config = migrate.alembic_config(blank)
    command.upgrade(config, "head")
    command.downgrade(config, "base")
    assert set(inspect(blank).get_table_names()) <= {"alembic_version"}
    command.upgrade(config, "head")
    assert migrate.current_revision(blank) == HEAD_REVISION


def test_the_app_reads_committed_on_the_server(migrated: Engine) -> None:
    with migrated.connect() as conn:
        assert conn.get_isolation_level() == "READ COMMITTED"
        name = conn.exec_driver_sql("SHOW application_name").scalar()
    assert name == "counter-app"  # pg_stat_activity shows which connections are the counters'


def test_money_is_bigint_and_times_are_timestamps_without_zone(migrated: Engine) -> None:
    with migrated.connect() as conn:
        types = dict(
            conn.exec_driver_sql(
                "SELECT column_name, data_type FROM information_schema.columns "
                "WHERE table_name = 'payments' AND column_name IN ('total', 'paid_at')"
            ).all()
        )
    assert types == {"total": "bigint", "paid_at": "timestamp without time zone"}


def test_the_session_time_zone_does_not_move_stored_times(migrated: Engine) -> None:
    """A server set up in Beijing time (TimeZone = 'Asia/Shanghai') stores the same UTC."""
    local = datetime(2025, 1, 28, 23, 59, 59, tzinfo=CST)
    with migrated.begin() as conn:
        conn.exec_driver_sql("SET TIME ZONE 'Asia/Shanghai'")
        conn.execute(
            AuditEntry.__table__.insert().values(
                at=local,
                action="x",
                entity="x",
                entity_id="1",
                detail={},
                prev_hash=audit.GENESIS,
                hash="f" * 64,
            )
        )
        stored = conn.exec_driver_sql("SELECT at FROM audit_entries").scalar()
        got = conn.execute(select(AuditEntry.at)).scalar()
    assert stored == datetime(2025, 1, 28, 15, 59, 59)
    assert got == local and got.tzinfo is UTC


# -- concurrent transactions: sequences and the audit chain --------------------------


def in_thread(fn: Callable[[], Any]) -> tuple[threading.Thread, list[Any]]:
    """Run fn in a thread; its result (or exception) lands in the list."""
    out: list[Any] = []

    def run() -> None:
        try:
            out.append(fn())
        except BaseException as exc:  # handed to the test
            out.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, out


def result(thread: threading.Thread, out: list[Any]) -> Any:
    thread.join(timeout=30)
    assert not thread.is_alive(), "the second transaction never got its turn"
    if isinstance(out[0], BaseException):
        raise out[0]
    return out[0]


@pytest.mark.parametrize("first_commits", [True, False], ids=["commit", "rollback"])
def test_a_new_sequence_waits_for_the_other_transaction(
    migrated: Engine, first_commits: bool
) -> None:
    """Two first uses of one name at once: no duplicate key, no gap, no repeat."""
    sessions = session_factory(migrated)
    first = sessions()
    first.begin()
    assert next_number(first, "receipt:330101:1:20250610") == 1

    def second() -> int:
        with sessions.begin() as s:
            return next_number(s, "receipt:330101:1:20250610")

    thread, out = in_thread(second)
    thread.join(WAIT)
    assert thread.is_alive(), "the second transaction must wait for the first one's number"
    if first_commits:
        first.commit()
    else:
        first.rollback()  # its number goes back: the second one gets it
    first.close()
    assert result(thread, out) == (2 if first_commits else 1)


def test_an_existing_sequence_is_taken_in_turn(migrated: Engine) -> None:
    sessions = session_factory(migrated)
    with sessions.begin() as s:
        assert next_number(s, "visit:330101:20250610") == 1
    first = sessions()
    first.begin()
    assert next_number(first, "visit:330101:20250610") == 2

    def second() -> int:
        with sessions.begin() as s:
            return next_number(s, "visit:330101:20250610")

    thread, out = in_thread(second)
    thread.join(WAIT)
    assert thread.is_alive()
    first.commit()
    first.close()
    assert result(thread, out) == 3


def test_two_audit_entries_at_once_chain_one_after_the_other(migrated: Engine) -> None:
    sessions = session_factory(migrated)
    first = sessions()
    first.begin()
    one = audit.record(first, T0, None, "test.first", "test", "1")

    def second() -> tuple[str, str]:
        with sessions.begin() as s:
            entry = audit.record(s, T0, None, "test.second", "test", "2")
            return entry.prev_hash, entry.hash

    thread, out = in_thread(second)
    thread.join(WAIT)
    assert thread.is_alive(), "the second entry must wait until the first one is committed"
    first.commit()
    first.close()
    prev_hash, _ = result(thread, out)
    assert prev_hash == one.hash  # chained to the committed entry, not to GENESIS
    with sessions() as s:
        chain = s.execute(select(AuditEntry.prev_hash, AuditEntry.hash).order_by(AuditEntry.id))
        rows = chain.all()
    assert [r.prev_hash for r in rows] == [audit.GENESIS, rows[0].hash]


def test_a_rolled_back_audit_entry_leaves_the_chain_as_it_was(migrated: Engine) -> None:
    sessions = session_factory(migrated)
    with sessions.begin() as s:
        kept = audit.record(s, T0, None, "test.kept", "test", "1")
    first = sessions()
    first.begin()
    audit.record(first, T0, None, "test.dropped", "test", "2")

    def second() -> str:
        with sessions.begin() as s:
            return audit.record(s, T0, None, "test.second", "test", "3").prev_hash

    thread, out = in_thread(second)
    thread.join(WAIT)
    assert thread.is_alive()
    first.rollback()
    first.close()
    assert result(thread, out) == kept.hash


def test_money_round_trip_reads_fen_from_the_server(probe: Engine) -> None:
    """A value written by the app reads back from psql as integer fen (HQ's SQL sees fen)."""
    from sqlalchemy import insert

    with probe.begin() as conn:
        conn.execute(insert(money_table).values(amount=Decimal("1234.56")))
        assert conn.exec_driver_sql("SELECT amount FROM money_probe").scalar() == 123456
