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
checks accept (the file is a lower bound, never ahead of the store). Opening a
store (``sync_marks``) merges what the store holds into the file, so a store
older than this file gets its marks at its first start; a store whose numbers are
below the file's (an older copy put in its place by hand) is caught up first
(restore_guard.catch_up: sequences raised, a ``backup.restore`` entry lists the skipped
numbers). A file of another hall is left alone. On a PostgreSQL server
there is no file beside the store: its anchors are the printed settlement
reports and the HQ batches.

The one time the chain's head may go back is a restore of an older backup that an
administrator accepted (services/backups.py): the restore first writes the new head
as ``restoring`` beside the old one, replaces the store, then makes it the head.
``sync_marks`` finishes (or drops) a ``restoring`` that a kill left behind, by
which head the store actually has.

Every backup carries the marks of its copy beside it (``<backup>.marks.json``,
``save_marks``), and every HQ batch carries the latest of them in its 说明 sheet.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

from counter_app.domain.numbers import sequence_kind
from counter_app.privacy import usual_mode
from counter_app.store.db import READ_ONLY
from counter_app.store.models import AuditEntry, Hall, Sequence

FORMAT = 1
SUFFIX = ".marks.json"
_PENDING = "counter_marks_pending"  # Session.info key: what this transaction issued


@dataclass
class Marks:
    hall: str = ""
    audit_id: int = 0
    audit_hash: str = ""
    series: dict[str, int] = field(default_factory=dict)
    # A restore under way: the head the restored store will have (see the module doc).
    restoring: tuple[int, str] | None = None

    def merged(self, other: Marks) -> Marks:
        """The larger of each mark (the newer chain head wins by id)."""
        series = dict(self.series)
        for name, value in other.series.items():
            series[name] = max(series.get(name, 0), value)
        head = self if self.audit_id >= other.audit_id else other
        return Marks(
            self.hall or other.hall,
            head.audit_id,
            head.audit_hash,
            series,
            self.restoring or other.restoring,
        )

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "format": FORMAT,
            "hall": self.hall,
            "audit": {"id": self.audit_id, "hash": self.audit_hash},
            "series": dict(sorted(self.series.items())),
        }
        if self.restoring is not None:
            data["restoring"] = {"id": self.restoring[0], "hash": self.restoring[1]}
        return data

    @classmethod
    def from_json(cls, data: Any) -> Marks:
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ValueError("not a marks file of this format")
        audit = data.get("audit") or {}
        series = data.get("series") or {}
        restoring = data.get("restoring")
        if not isinstance(audit, dict) or not isinstance(series, dict):
            raise ValueError("marks file: wrong shape")
        return cls(
            str(data.get("hall") or ""),
            int(audit.get("id") or 0),
            str(audit.get("hash") or ""),
            {str(k): int(v) for k, v in series.items()},
            (int(restoring["id"]), str(restoring["hash"])) if isinstance(restoring, dict) else None,
        )

    def latest(self) -> dict[str, int]:
        """The newest series of each kind (per counter, per ticket category): the ones that
        can still issue numbers. A day (8 digits) or year (4 digits) in a name is its age."""
        newest: dict[str, str] = {}
        for name in self.series:
            kind = sequence_kind(name)
            if name > newest.get(kind, ""):
                newest[kind] = name
        return {name: self.series[name] for name in sorted(newest.values())}


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
    fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o660)  # every clerk's account takes it
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


def save_marks(path: Path, marks: Marks) -> None:
    """Write ``marks`` as the file's whole content: atomic (a temporary file renamed), synced."""
    fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
    try:
        usual_mode(fd)  # the next clerk's account merges into it
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(marks.to_json(), f, ensure_ascii=False, indent=1)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def write_marks(path: Path, marks: Marks) -> Marks:
    """Merge ``marks`` into the file (marks only grow); atomic, synced. Returns the result."""
    with _locked(path):
        try:
            current = read_marks(path)
        except ValueError:
            current = None  # an unreadable file is replaced by what the store knows now
        result = marks if current is None else current.merged(marks)
        save_marks(path, result)
    return result


def begin_restore(path: Path, series: Marks, new_head: tuple[int, str]) -> Marks:
    """Before a restored store takes the place of the old one: its series merged in (they
    only grow) and its head noted as ``restoring``; the old head stays the head for now."""
    with _locked(path):
        try:
            current = read_marks(path) or Marks(series.hall)
        except ValueError:
            current = Marks(series.hall)
        grown = current.merged(Marks(series.hall, 0, "", series.series))
        grown.restoring = new_head
        save_marks(path, grown)
    return grown


def settle_restore(path: Path, head: tuple[int, str] | None) -> None:
    """The store now has chain head ``head``: a pending ``restoring`` that matches it
    becomes the head (the restore happened); one that does not is dropped (it did not)."""
    with _locked(path):
        try:
            current = read_marks(path)
        except ValueError:
            return
        if current is None or current.restoring is None:
            return
        if head is not None and current.restoring == head:
            current.audit_id, current.audit_hash = head
        current.restoring = None
        save_marks(path, current)


def marks_of_session(s: Session, hall: str = "") -> Marks:
    """The marks a store holds now: every sequence's value, the chain's head, the hall."""
    series = {name: value for name, value in s.execute(Sequence.__table__.select()).tuples()}
    head = s.execute(
        AuditEntry.__table__.select()
        .with_only_columns(AuditEntry.id, AuditEntry.hash)
        .order_by(AuditEntry.id.desc())
        .limit(1)
    ).first()
    if not hall:
        hall = (
            s.scalar(Hall.__table__.select().with_only_columns(Hall.code).order_by(Hall.id)) or ""
        )
    return Marks(hall, head[0] if head else 0, head[1] if head else "", series)


def marks_of_file(db: Path) -> Marks:
    """The marks a SQLite file holds (a backup, a staged copy, a store not open now).
    sqlite3.Error when it cannot be read."""
    # Not mode=ro: a read-only connection leaves -wal and -shm behind on a closed store.
    with contextlib.closing(sqlite3.connect(db, timeout=5.0)) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        series: dict[str, int] = {}
        if "sequences" in tables:
            series = {str(n): int(v) for n, v in conn.execute("SELECT name, value FROM sequences")}
        head = None
        if "audit_entries" in tables:
            head = conn.execute(
                "SELECT id, hash FROM audit_entries ORDER BY id DESC LIMIT 1"
            ).fetchone()
        hall = None
        if "halls" in tables:
            hall = conn.execute("SELECT code FROM halls ORDER BY id LIMIT 1").fetchone()
    return Marks(
        str(hall[0]) if hall else "",
        int(head[0]) if head else 0,
        str(head[1]) if head else "",
        series,
    )


def _store_marks(sessions: sessionmaker[Session]) -> Marks:
    with sessions() as s:
        s.connection(execution_options={READ_ONLY: True})  # a plain BEGIN: no write lock
        return marks_of_session(s)


def sync_marks(
    sessions: sessionmaker[Session], path: Path, writer: sessionmaker[Session] | None = None
) -> None:
    """At opening: finish or drop a restore a kill left half done, then merge in what the
    store holds. With ``writer``, a store whose numbers are below the file's (an older
    copy put in its place by hand, not through restore) is caught up first
    (restore_guard.catch_up), so that it does not issue those numbers again."""
    now = _store_marks(sessions)
    with contextlib.suppress(OSError):
        settle_restore(path, (now.audit_id, now.audit_hash) if now.audit_id else None)
        if writer is not None:
            from counter_app.services.restore_guard import catch_up

            with contextlib.suppress(ValueError):
                beside = read_marks(path)
                if beside is not None and catch_up(writer, path, beside, now):
                    now = _store_marks(sessions)
        current = read_marks_or_none(path)
        if current is not None and current.hall and now.hall and current.hall != now.hall:
            return  # another hall's marks: left for the administrator, never mixed
        write_marks(path, now)


def read_marks_or_none(path: Path) -> Marks | None:
    try:
        return read_marks(path)
    except ValueError:
        return None


# -- kept up to date by every write transaction -----------------------------------------


def _after_flush(session: Session, _context: Any) -> None:
    pending: Marks | None = session.info.get(_PENDING)
    for obj in list(session.new) + list(session.dirty):
        if isinstance(obj, Hall) and obj.code:
            pending = pending or Marks()
            pending.hall = pending.hall or obj.code
        elif isinstance(obj, Sequence):
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
    sync_marks(sessions, path, writer=sessions)
    event.listen(sessions, "after_flush", _after_flush)
    event.listen(sessions, "after_commit", _after_commit(path))
    event.listen(sessions, "after_soft_rollback", lambda s, _t: _after_rollback(s))
    return path
