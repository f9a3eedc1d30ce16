"""Gapless numbers allocated inside the caller's transaction.

A rolled-back transaction rolls its number back too, so a number is either
used by a committed row or free: never skipped, never reused.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from counter_app.store.models import Sequence


def next_number(session: Session, name: str) -> int:
    row = session.get(Sequence, name, with_for_update=True)
    if row is None:
        row = Sequence(name=name, value=0)
        session.add(row)
    row.value += 1
    session.flush()
    return row.value
