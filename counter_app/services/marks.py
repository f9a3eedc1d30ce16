"""High-water marks and the audit chain's head, kept outside the store file.

A SQLite store ``counter.db`` has ``counter.db.marks.json`` beside it:

    {"format": 1, "hall": "330101",
     "audit": {"id": 1234, "hash": "ab12…"},
     "series": {"receipt:330101:1:20261206": 17, "visit:330101:20261206": 40, …}}

Written after every commit that appended to the audit chain or took a number,
so that what the file alone cannot prove is proved against it:

- ``series``: the highest number ever issued per sequence name. A restored older
  backup has lower counters; the restore raises them to these marks, so a number
  once printed on a receipt is never issued again.
- ``audit``: the newest entry of the chain. Entries cut off at the end of the
  chain (with their records), or a chain re-hashed in place, no longer match it.

Marks only grow: each write merges with what the file holds (under an OS file
lock, as two processes may commit one after the other on one store). A kill
between a commit and this write leaves the marks one commit behind, which the
checks accept (the file is a lower bound, never ahead of the store). On a
PostgreSQL server there is no file beside the store: its anchors are the printed
settlement reports and the HQ batches.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

from counter_app.store.models import AuditEntry, Sequence

FORMAT = 1
SUFFIX = ".marks.json"
_PENDING = "counter_marks_pending"  # Session.info key: what this transaction issued


@dataclass
class Marks:
    hall: str = ""
    audit_id: int = 0
    audit_hash: str = ""
    series: dict[str, int] = field(default_factory=dict)

    def merged(self, other: Marks) -> Marks:
        """The larger of each mark (the newer chain head wins by id)."""
        series = dict(self.series)
        for name, value in other.series.items():
            series[name] = max(series.get(name, 0), value)
        head = self if self.audit_id >= other.audit_id else other
        return Marks(self.hall or other.hall, head.audit_id, head.audit_hash, series)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "hall": self.hall,
            "audit": {"id": self.audit_id, "hash": self.audit_hash},
            "series": dict(sorted(self.series.items())),
        }

    @classmethod
    def from_json(cls, data: Any) -> Marks:
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ValueError("not a marks file of this format")
        audit = data.get("audit") or {}
        series = data.get("series") or {}
        if not isinstance(audit, dict) or not isinstance(series, dict):
            raise ValueError("marks file: wrong shape")
        return cls(
            str(data.get("hall") or ""),
            int(audit.get("id") or 0),
            str(audit.get("hash") or ""),
            {str(k): int(v) for k, v in series.items()},
        )


def marks_path(store: Path) -> Path:
    return store.with_name(store.name + SUFFIX)


def read_marks(path: Path) -> Marks | None:
    """The marks in ``path``; None when there is no file. ValueError when unreadable."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    try:
        return Marks.from_json(json.loads(text))
    except (ValueError, TypeError, json.JSONDecodeError) as exc:
        raise ValueError(f"{path.name}: {exc}") from None


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    """An exclusive OS lock on ``path``.lock for a read-merge-write of the marks."""
    lock = path.with_name(path.name + ".lock")
    fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if sys.platform == "win32":  # pragma: no cover - Windows
            import msvcrt

            msvcrt.locking(fd, msvcrt.LK_LOCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock on both systems


def write_marks(path: Path, marks: Marks) -> Marks:
    """Merge ``marks`` into the file (marks only grow); atomic, synced. Returns the result."""
    with _locked(path):
        try:
            current = read_marks(path)
        except ValueError:
            current = None  # an unreadable file is replaced by what the store knows now
        result = marks if current is None else current.merged(marks)
        fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(result.to_json(), f, ensure_ascii=False, indent=1)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
    return result


def marks_of_session(s: Session, hall: str = "") -> Marks:
    """The marks a store holds now: every sequence's value and the chain's head."""
    series = {name: value for name, value in s.execute(Sequence.__table__.select()).tuples()}
    head = s.execute(
        AuditEntry.__table__.select()
        .with_only_columns(AuditEntry.id, AuditEntry.hash)
        .order_by(AuditEntry.id.desc())
        .limit(1)
    ).first()
    return Marks(hall, head[0] if head else 0, head[1] if head else "", series)


# -- kept up to date by every write transaction -----------------------------------------


def _after_flush(session: Session, _context: Any) -> None:
    pending: Marks | None = session.info.get(_PENDING)
    for obj in list(session.new) + list(session.dirty):
        if isinstance(obj, Sequence):
            pending = pending or Marks()
            pending.series[obj.name] = max(pending.series.get(obj.name, 0), obj.value)
        elif isinstance(obj, AuditEntry) and obj.id is not None:
            pending = pending or Marks()
            if obj.id > pending.audit_id:
                pending.audit_id, pending.audit_hash = obj.id, obj.hash
    if pending is not None:
        session.info[_PENDING] = pending


def _after_commit(path: Path) -> Any:
    def hook(session: Session) -> None:
        pending: Marks | None = session.info.pop(_PENDING, None)
        if pending is not None:
            # The store has committed: a failure here must not turn a taken payment into
            # an error shown at the counter. The marks stay one commit behind (accepted).
            with contextlib.suppress(OSError):
                write_marks(path, pending)

    return hook


def _after_rollback(session: Session) -> None:
    session.info.pop(_PENDING, None)


def keep_marks(sessions: sessionmaker[Session], store: Path) -> Path:
    """Keep ``store``'s marks file up to date from every session of ``sessions``."""
    path = marks_path(store)
    event.listen(sessions, "after_flush", _after_flush)
    event.listen(sessions, "after_commit", _after_commit(path))
    event.listen(sessions, "after_soft_rollback", lambda s, _t: _after_rollback(s))
    return path
