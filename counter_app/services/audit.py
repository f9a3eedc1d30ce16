"""The append-only audit trail, written inside the caller's transaction.

Each entry carries the hash of the one before, so two transactions must never
read the same "last entry" and both chain to it. On SQLite, BEGIN IMMEDIATE
(store/db.py) already lets one writer in at a time. On PostgreSQL (READ
COMMITTED, several counters) ``record`` first takes a transaction-level
advisory lock, held until the caller's commit or rollback: the next writer's
read of the last hash waits for it and then sees the committed entry.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from counter_app.store.models import AuditEntry

GENESIS = "0" * 64
# The advisory lock key of the audit chain (any constant bigint; "AUDIT" in ASCII).
AUDIT_LOCK_KEY = 0x4155444954


def entry_hash(
    prev_hash: str,
    at: datetime,
    user_id: int | None,
    action: str,
    entity: str,
    entity_id: str,
    detail: dict[str, Any],
) -> str:
    body = json.dumps(
        [prev_hash, at.isoformat(), user_id, action, entity, entity_id, detail],
        ensure_ascii=False,
        sort_keys=True,
        default=str,
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def last_hash(session: Session) -> str:
    """The hash the next entry chains to (GENESIS in an empty store)."""
    prev = session.scalar(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1))
    return prev or GENESIS


def chained(
    prev_hash: str, entries: Iterable[tuple[datetime, int | None, str, str, str, dict[str, Any]]]
) -> Iterator[dict[str, Any]]:
    """Rows for a bulk insert of entries (at, user, action, entity, entity id, detail), in
    that order and chained after ``prev_hash``, as ``record`` writes them one by one. The
    rows must go in in this order, so their ids follow the chain."""
    for at, user_id, action, entity, entity_id, detail in entries:
        at = at.astimezone(UTC).replace(microsecond=0)  # as record keeps it
        digest = entry_hash(prev_hash, at, user_id, action, entity, entity_id, detail)
        yield {
            "at": at,
            "user_id": user_id,
            "action": action,
            "entity": entity,
            "entity_id": entity_id,
            "detail": detail,
            "prev_hash": prev_hash,
            "hash": digest,
        }
        prev_hash = digest


def record(
    session: Session,
    at: datetime,
    user_id: int | None,
    action: str,
    entity: str,
    entity_id: str,
    detail: dict[str, Any] | None = None,
) -> AuditEntry:
    """Append one entry chained to the previous one. Keep personal data masked in detail."""
    detail = detail or {}
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": AUDIT_LOCK_KEY})
    prev = session.scalar(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1))
    prev_hash = prev or GENESIS
    # Microseconds dropped: some databases keep fewer digits, and the hash must re-verify.
    at = at.astimezone(UTC).replace(microsecond=0)  # as the store will give it back
    entry = AuditEntry(
        at=at,
        user_id=user_id,
        action=action,
        entity=entity,
        entity_id=entity_id,
        detail=detail,
        prev_hash=prev_hash,
        hash=entry_hash(prev_hash, at, user_id, action, entity, entity_id, detail),
    )
    session.add(entry)
    session.flush()
    return entry
