"""The till lock: one clerk's drawer, held by whoever moves that clerk's money.

A payment, a void, a blind-count comparison and the day's settlement (日结) of one
clerk each take it first in their write transaction. The settlement then reads
the day's figures and marks its payments in that same transaction, so a payment
racing it either commits wholly before the cut (and is counted) or waits, then
sees the settlement and is refused: nothing is locked into a settlement without
being in its figures.

PostgreSQL: ``SELECT … FROM users WHERE id = :clerk FOR UPDATE`` on the clerk's
row, held until commit or rollback; under READ COMMITTED every later statement of
the holder sees all that committed before it got the lock. SQLite ignores FOR
UPDATE: BEGIN IMMEDIATE (store/db.py) already lets one writer in at a time.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.services.errors import NotFound
from counter_app.store.models import User


def lock_till(s: Session, clerk_id: int) -> None:
    """Hold the clerk's till until ``s`` commits or rolls back."""
    found = s.execute(select(User.id).where(User.id == clerk_id).with_for_update()).first()
    if found is None:
        raise NotFound("找不到该用户")
