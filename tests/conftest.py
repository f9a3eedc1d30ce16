"""Shared fixtures: every test gets its own temporary database and settings.

Two stores: SQLite (always) and PostgreSQL when the environment variable
COUNTER_TEST_PG holds a server URL, e.g.

    COUNTER_TEST_PG='postgresql+psycopg://root@/counter_test?host=/var/run/postgresql'

Then every test under tests/store and tests/services that uses ``ctx`` (or
``backend``, ``db_url``) runs twice, with the ids ``sqlite`` and ``pg``. The URL's
role must be allowed to create databases; its database name is only a prefix:
one migrated template database is made per test session, and each pg test gets
a fresh copy of it (CREATE DATABASE … TEMPLATE), dropped afterwards. UI tests and
the rest stay on SQLite. Without COUNTER_TEST_PG nothing runs on PostgreSQL.

A test that works on the SQLite file itself asks for ``db_path``: on pg it is
skipped with that reason. Other SQLite-only tests carry ``@pytest.mark.sqlite_only``.
"""

from __future__ import annotations

import os
import tempfile

# Before any Qt import: CI has no display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never the PC's real data folder (/var/lib/counter-app, %PROGRAMDATA%): a throwaway one.
os.environ["COUNTER_APP_DATA_DIR"] = tempfile.mkdtemp(prefix="counter-test-data-")

import itertools
import queue
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from counter_app.bootstrap import open_context
from counter_app.services.context import AppContext

# The helper plugin: the sample hall's fixtures (hall, clerk, supervisor) and helpers.
pytest_plugins = ["support"]

# COUNTER_TEST_TODAY=yyyy-mm-dd runs the suite on that day in the hall (a pinned clock
# that starts at 09:30 hall time and moves on with the real one): `make test-days`
# runs the date-sensitive tests on month ends, 12-31, 02-28/29 and a holiday eve.
PINNED_DAY = os.environ.get("COUNTER_TEST_TODAY", "").strip()


def _pin_the_clock(day: str) -> None:
    from datetime import UTC, datetime, timedelta

    from counter_app.domain import clock

    start = datetime.fromisoformat(f"{day}T09:30:00+08:00").astimezone(UTC)
    began = time.monotonic()
    clock.now_source = lambda: start + timedelta(seconds=time.monotonic() - began)


if PINNED_DAY:
    _pin_the_clock(PINNED_DAY)


def pytest_report_header() -> str:
    return f"hall day pinned to {PINNED_DAY} (COUNTER_TEST_TODAY)" if PINNED_DAY else ""


PG_ENV = "COUNTER_TEST_PG"
PG_URL = os.environ.get(PG_ENV, "").strip()
TESTS = Path(__file__).parent
# The tests that run on both stores when PostgreSQL is there.
BOTH_STORES = (TESTS / "store", TESTS / "services", TESTS / "faults")


# Tests of others' modules that are SQLite by nature, skipped on pg with the reason
# (a module of one's own can say @pytest.mark.sqlite_only(reason=...) instead).
# Tests that ask for ``db_path`` (the SQLite file) are skipped on pg anyway.
SQLITE_ONLY = {
    "test_backups.py": "backups use SQLite's backup API; a PostgreSQL server is backed up "
    "with pg_dump (README)",
    "test_lookup.py::test_trigram_path_is_used_where_the_tables_exist": "FTS5 trigram "
    "tables are SQLite's; on PostgreSQL every other lookup test runs the LIKE path",
    "test_lookup.py::test_like_fallback_gives_the_same_answers": "drops the SQLite FTS5 "
    "tables; on PostgreSQL every other lookup test runs the LIKE path",
}


def _parametrized(metafunc: pytest.Metafunc, name: str) -> bool:
    for mark in metafunc.definition.iter_markers("parametrize"):
        names = mark.args[0]
        if isinstance(names, str):
            names = [n.strip() for n in names.split(",")]
        if name in names:
            return True
    return False


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if not PG_URL or "backend" not in metafunc.fixturenames or _parametrized(metafunc, "backend"):
        return
    path = Path(metafunc.definition.path)
    if any(path.is_relative_to(folder) for folder in BOTH_STORES):
        metafunc.parametrize("backend", ["sqlite", "pg"], indirect=True)


def _sqlite_only_reason(item: pytest.Item) -> str | None:
    marker = item.get_closest_marker("sqlite_only")
    if marker is not None:
        return str(marker.kwargs.get("reason") or (marker.args[0] if marker.args else ""))
    file = Path(str(item.path)).name
    name = getattr(item, "originalname", item.name)
    return SQLITE_ONLY.get(f"{file}::{name}", SQLITE_ONLY.get(file))


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """The store of this test: "sqlite", or "pg" when parametrised (see the module doc)."""
    name: str = getattr(request, "param", "sqlite")
    if name == "pg":
        reason = _sqlite_only_reason(request.node)
        if reason is not None:
            pytest.skip(f"SQLite only: {reason}" if reason else "SQLite only")
    return name


# -- PostgreSQL: a migrated template per session, a copy per test ---------------------


class PgServer:
    """This test session's databases on the COUNTER_TEST_PG server.

    CREATE DATABASE … TEMPLATE takes about a third of a second, as long as many a
    test: a thread makes the next copies while tests run, and drops used ones.
    """

    PREPARED = 2  # copies kept ready

    def __init__(self, url: str) -> None:
        from sqlalchemy import create_engine
        from sqlalchemy.engine import make_url
        from sqlalchemy.pool import NullPool

        from counter_app.store.db import database_url

        self.url = make_url(database_url(url))
        if self.url.get_backend_name() != "postgresql":
            raise pytest.UsageError(f"{PG_ENV} must be a postgresql URL, not {url!r}")
        self.base = self.url.database or "counter_test"
        # The pid keeps other test runs on the same server out of our way.
        self.prefix = f"{self.base}_{os.getpid()}"
        self.template = f"{self.prefix}_template"
        self._numbers = itertools.count(1)
        # Autocommit: CREATE/DROP DATABASE cannot run in a transaction.
        self.admin = create_engine(
            self.url.set(database="postgres"), isolation_level="AUTOCOMMIT", poolclass=NullPool
        )
        self._ready: queue.Queue[str] = queue.Queue(maxsize=self.PREPARED)
        self._used: queue.Queue[str] = queue.Queue()
        self._stop = threading.Event()
        self._failed: BaseException | None = None
        self._worker = threading.Thread(target=self._work, name="pg-test-databases", daemon=True)

    def _run(self, sql: str) -> None:
        with self.admin.connect() as conn:
            conn.exec_driver_sql(sql)

    def url_of(self, name: str) -> str:
        return self.url.set(database=name).render_as_string(hide_password=False)

    def start(self) -> None:
        from counter_app.store.db import open_engine
        from counter_app.store.migrate import ensure_schema

        self._drop_stale()
        self._run(f'DROP DATABASE IF EXISTS "{self.template}"')
        # UTF-8 with code-point ("C") order: the same order as SQLite, whatever
        # locale the cluster was made with (the README asks the same of a hall's server).
        self._run(f'CREATE DATABASE "{self.template}" {UTF8_C}')
        engine = open_engine(self.url_of(self.template))
        try:
            ensure_schema(engine)
        finally:
            engine.dispose()
        self._worker.start()

    def _drop_stale(self) -> None:
        """Databases a killed test run left behind (its pid is gone)."""
        with self.admin.connect() as conn:
            names = conn.exec_driver_sql(
                "SELECT datname FROM pg_database WHERE datname LIKE %s",
                (self.base.replace("_", "\\_") + "\\_%",),
            ).scalars()
            stale = []
            for name in names:
                pid = name.removeprefix(self.base + "_").split("_")[0]
                if pid.isdigit() and int(pid) != os.getpid() and not _alive(int(pid)):
                    stale.append(name)
        for name in stale:
            self.drop(name)

    def blank(self) -> str:
        """The name of a new empty database (no tables, no revision); drop it when done."""
        name = f"{self.prefix}_blank_{next(self._numbers)}"
        self._run(f'CREATE DATABASE "{name}" {UTF8_C}')
        return name

    def _new(self) -> str:
        name = f"{self.prefix}_{next(self._numbers)}"
        self._run(f'CREATE DATABASE "{name}" TEMPLATE "{self.template}"')
        # A test database need not survive a power cut: commits do not wait for the disk.
        self._run(f'ALTER DATABASE "{name}" SET synchronous_commit = off')
        return name

    def _work(self) -> None:
        try:
            name = None
            while not self._stop.is_set():
                while not self._used.empty():
                    self._drop_used(self._used.get())
                if name is None:
                    name = self._new()
                try:
                    self._ready.put(name, timeout=0.05)
                    name = None
                except queue.Full:
                    continue
            if name is not None:
                self.drop(name)
        except BaseException as exc:  # handed to the test that waits for a database
            self._failed = exc

    def _drop_used(self, name: str) -> None:
        try:
            self.drop(name)
        except Exception as exc:  # left for the next session's _drop_stale
            print(f"\n[{PG_ENV}] test database {name} not dropped: {exc}", file=sys.stderr)

    def take(self) -> str:
        """The name of a fresh, migrated database; give it back with ``done``."""
        while True:
            if self._failed is not None:
                raise RuntimeError(f"cannot make a test database: {self._failed}")
            try:
                return self._ready.get(timeout=0.5)
            except queue.Empty:
                continue

    def done(self, name: str) -> None:
        self._used.put(name)

    def drop(self, name: str) -> None:
        """Drop a database, even with a connection a test left open (or a killed child
        process kept): FORCE ends them. Ending an autovacuum worker needs membership of
        pg_signal_backend (.ci/run grants it); without it, a plain DROP DATABASE, which
        stops autovacuum by itself, is tried a few times."""
        from sqlalchemy.exc import DBAPIError

        try:
            self._run(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            return
        except DBAPIError:
            pass
        for attempt in range(5):
            try:
                self._run(f'DROP DATABASE IF EXISTS "{name}"')
                return
            except DBAPIError:
                if attempt == 4:
                    raise
                time.sleep(1)

    def close(self) -> None:
        self._stop.set()
        if self._worker.is_alive():
            self._worker.join()
        for waiting in (self._ready, self._used):
            while not waiting.empty():
                self._drop_used(waiting.get())
        self.drop(self.template)
        self.admin.dispose()


# What every test database is made with (the template's copies inherit it).
UTF8_C = "TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    if not PG_URL:
        pytest.skip(f"no PostgreSQL server: set {PG_ENV} (see tests/conftest.py)")
    server = PgServer(PG_URL)
    try:
        server.start()
    except Exception as exc:
        server.close()
        pytest.fail(f"{PG_ENV}={PG_URL}: cannot make the template database: {exc}", False)
    yield server
    server.close()


@pytest.fixture
def pg_database(pg_server: PgServer) -> Iterator[str]:
    """The URL of a fresh, migrated PostgreSQL database of this test's own."""
    name = pg_server.take()
    yield pg_server.url_of(name)
    pg_server.done(name)


# -- the store of every test --------------------------------------------------------


@pytest.fixture
def db_path(tmp_path: Path, backend: str) -> Path:
    """The SQLite file (tests that open it with sqlite3 or copy it are SQLite only)."""
    if backend == "pg":
        pytest.skip("works on the SQLite file itself (sqlite3, its bytes, backups): SQLite only")
    return tmp_path / "store" / "counter.db"


@pytest.fixture
def db_url(request: pytest.FixtureRequest, backend: str) -> str:
    """What open_context is given: the SQLite file's path, or a fresh PostgreSQL database."""
    if backend == "pg":
        return str(request.getfixturevalue("pg_database"))
    return str(request.getfixturevalue("db_path"))


@pytest.fixture
def ctx(db_url: str) -> Iterator[AppContext]:
    context = open_context(db_url)
    yield context
    context.close()
