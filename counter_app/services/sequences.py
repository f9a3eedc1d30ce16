"""Gapless numbers allocated inside the caller's transaction.

A rolled-back transaction rolls its number back too, so a number is either
used by a committed row or free: never skipped, never reused.

Concurrent transactions (two counters on one PostgreSQL server, or two
processes on one SQLite file) take turns on the sequence's row: it is read
``FOR UPDATE``, so the second waits until the first commits or rolls back and
then sees its value. A name used for the first time is created with
``INSERT … ON CONFLICT DO NOTHING`` before the locking read, so two first
uses at once do not collide on the primary key. (SQLite ignores FOR UPDATE;
its BEGIN IMMEDIATE, store/db.py, already lets one writer in at a time.)
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Insert, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from counter_app.domain.numbers import APPLICATIONS
from counter_app.store.models import Sequence


def _insert_if_missing(session: Session, name: str) -> Insert:
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        return postgresql.insert(Sequence).values(name=name, value=0).on_conflict_do_nothing()
    if dialect == "sqlite":
        return sqlite.insert(Sequence).values(name=name, value=0).on_conflict_do_nothing()
    raise NotImplementedError(f"sequences on {dialect}")  # pragma: no cover


def _locked(session: Session, name: str) -> Sequence | None:
    return session.scalar(
        select(Sequence)
        .where(Sequence.name == name)
        .with_for_update()
        # The value as committed now, not as an earlier read in this session had it.
        .execution_options(populate_existing=True)
    )


def next_number(session: Session, name: str) -> int:
    row = _locked(session, name)
    if row is None:
        session.execute(_insert_if_missing(session, name))
        row = _locked(session, name)
        assert row is not None  # inserted just now, or by a transaction that committed it
    row.value += 1
    session.flush()
    return row.value


def next_application_no(session: Session, hall_code: str, day: date) -> str:
    """The next application number of a hall's day, ``330101-20261206-0001``: one series
    and format for every application (accepted at the counter, or recorded by a 复电 or a
    欠费停电), which `counter-app check` counts."""
    number = next_number(session, APPLICATIONS.sequence_name(hall_code, day))
    return APPLICATIONS.format(hall_code, number, day)
