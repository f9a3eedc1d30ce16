"""Each migration upgrades a store that holds rows, not only an empty one.

A hall's store has a row in nearly every table. On SQLite a migration that rebuilds
a table (Alembic's batch mode) drops it, and with foreign keys on, a table that others
point at cannot be dropped while they do: 0011 first did so for ``settlements`` and
could not upgrade any store holding one settlement with its blind count, while every
test on an empty store passed. Here a store is brought to an older revision, given a
row in every table (each reference pointing at the row of the table it names), and
upgraded to the head with the app's own ensure_schema.
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import Engine, MetaData, inspect, text
from sqlalchemy import types as sqltypes

from counter_app.store import migrate
from counter_app.store.db import open_engine
from counter_app.store.migrate import HEAD_REVISION, ensure_schema

# Every older release of the store: each must upgrade a full store to the head.
FROM = [f"{n:04d}" for n in range(1, int(HEAD_REVISION))]


def _value(column: Any) -> object:
    kind = column.type
    if isinstance(kind, sqltypes.Boolean):
        return False
    if isinstance(kind, (sqltypes.Integer, sqltypes.Numeric)):
        return 1
    if isinstance(kind, sqltypes.DateTime):
        return datetime(2026, 12, 1, 9, 0)
    if isinstance(kind, sqltypes.Date):
        return date(2026, 12, 1)
    if isinstance(kind, sqltypes.JSON):
        return "{}"
    return "1"


def fill_every_table(engine: Engine) -> dict[str, int]:
    """One row in each table, in the order references need; the count per table."""
    meta = MetaData()
    meta.reflect(engine)
    counts = {}
    with engine.begin() as conn:
        for table in meta.sorted_tables:
            if table.name == "alembic_version" or "_fts" in table.name:
                continue
            row = {
                c.name: (1 if c.foreign_keys else _value(c))
                for c in table.columns
                if not c.nullable or c.foreign_keys or c.primary_key
            }
            conn.execute(table.insert().values(**row))
            counts[table.name] = 1
    return counts


@pytest.mark.parametrize("start", FROM)
def test_a_full_store_upgrades_to_the_head(tmp_path: Path, start: str) -> None:
    path = tmp_path / "counter.db"
    engine = open_engine(str(path))
    command.upgrade(migrate.alembic_config(engine), start)
    assert migrate.current_revision(engine) == start
    counts = fill_every_table(engine)
    assert "users" in counts and len(counts) >= 9  # every table of that release

    ensure_schema(engine)

    engine.dispose()
    assert migrate.current_revision(engine) == HEAD_REVISION
    with engine.connect() as conn:
        for table, count in counts.items():
            assert conn.execute(text(f"SELECT count(*) FROM {table}")).scalar() == count, table
    assert "round_no" in {c["name"] for c in inspect(engine).get_columns("settlements")}
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA foreign_key_check").fetchall() == []
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
