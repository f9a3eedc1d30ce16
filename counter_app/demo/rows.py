"""Bulk inserts (Core, in batches) with explicit ids, and sequences bumped once per batch."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from counter_app.store.models import (
    Sequence as SequenceRow,
)

BATCH = 10_000


def max_id(s: Session, table: Table) -> int:
    return int(s.scalar(select(func.coalesce(func.max(table.c.id), 0))) or 0)


def insert_rows(s: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    conn = s.connection()
    for start in range(0, len(rows), BATCH):
        conn.execute(insert(table), rows[start : start + BATCH])
    if rows and "id" in rows[0] and conn.dialect.name == "postgresql":
        # Explicit ids leave PostgreSQL's id sequence behind (SQLite just takes
        # max(id) + 1): move it past them, or the app's next row here collides.
        conn.execute(
            select(func.setval(func.pg_get_serial_sequence(table.name, "id"), func.max(table.c.id)))
        )


def bump(s: Session, name: str, used: int) -> int:
    """Take ``used`` numbers of a sequence at once; returns the last number before them."""
    row = s.get(SequenceRow, name, with_for_update=True)
    if row is None:
        row = SequenceRow(name=name, value=0)
        s.add(row)
    before = row.value
    row.value = before + used
    s.flush()
    return before


def table_of(model: type[Any]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table
