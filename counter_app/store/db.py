"""Opening the store: engine, SQLite pragmas, sessions.

Two kinds of store:

- SQLite, one file on a local disk (the default, one counter PC): WAL,
  BEGIN IMMEDIATE for every transaction, so writers queue on the file lock.
  A file on a network share is refused (store/local_disk.py).
- PostgreSQL (``postgresql://…``, several counters sharing one server): the
  psycopg 3 driver, READ COMMITTED; what must be serialised is locked
  explicitly (sequence rows FOR UPDATE, the audit chain's advisory lock).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from counter_app.privacy import new_store_file
from counter_app.store.local_disk import refuse_network_store

BUSY_TIMEOUT_MS = 10_000


POSTGRES_DRIVER = "postgresql+psycopg"
_POSTGRES_SCHEMES = ("postgresql://", "postgres://")


def database_url(value: str) -> str:
    """A plain file path becomes a SQLite URL; a PostgreSQL URL gets the psycopg 3
    driver when it names none (``postgresql://`` would mean psycopg2); any other
    URL is used as it is."""
    value = value.strip()
    for scheme in _POSTGRES_SCHEMES:
        if value.startswith(scheme):
            return f"{POSTGRES_DRIVER}://{value.removeprefix(scheme)}"
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser().resolve()}"


def is_postgres(url: str) -> bool:
    return make_url(database_url(url)).get_backend_name() == "postgresql"


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    if parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def _sqlite_on_connect(dbapi_connection: Any, _record: Any) -> None:
    # Take transactions out of pysqlite's hands so BEGIN IMMEDIATE below is ours:
    # a write transaction holds the lock from its first statement, which keeps
    # sequence numbers (receipts, applications) gapless across processes.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


READ_ONLY = "counter_read_only"  # execution option of read sessions (AppContext.read)


def _sqlite_on_begin(connection: Any) -> None:
    # A read takes no write lock: a plain (deferred) BEGIN, so a long report does not
    # queue the counters' writes behind it; WAL keeps its snapshot consistent.
    read_only = connection.get_execution_options().get(READ_ONLY)
    connection.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")


def open_engine(url: str) -> Engine:
    url = database_url(url)
    path = sqlite_path(url)
    if path is not None:
        refuse_network_store(path)  # NetworkStoreError: WAL needs a local disk
        path.parent.mkdir(parents=True, exist_ok=True)
        new_store_file(path)  # group-writable: every clerk's account writes the store
        engine = create_engine(
            url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}, hide_parameters=True
        )
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_on_begin)
        return engine
    if is_postgres(url):
        # Defaults the URL may override (…?connect_timeout=30).
        defaults = {"application_name": "counter-app", "connect_timeout": 10}
        query = make_url(url).query
        return create_engine(
            url,
            # A server restarted overnight leaves dead pooled connections: test
            # each before use instead of failing the first payment of the day.
            pool_pre_ping=True,
            # Errors never carry a statement's values (IDs, names, mobiles) into a log.
            hide_parameters=True,
            isolation_level="READ COMMITTED",
            connect_args={k: v for k, v in defaults.items() if k not in query},
        )
    return create_engine(url, pool_pre_ping=True, hide_parameters=True)


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
