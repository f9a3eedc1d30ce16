"""What restoring a backup would lose, told against the marks (services/marks.py).

A backup is compared with the highest marks known of the store it replaces: the
marks file beside the store, the store itself (when SQLite can read it), and for a
store without a marks file (a new PC) the newest backup of the same hall in the
backup folder and an HQ batch given by the administrator. Every series whose mark
is above the backup's value, and the audit entries after the backup's chain head,
would vanish from the store: ``Loss`` lists them, with their numbers and days, for
the message the administrator must confirm. Whatever is restored, the restored
store's sequences are then raised to the marks (``raise_sequences``), so a number
once issued is never issued again; the skipped numbers are written into the
restore's audit entry, where `check` (integrity._numbering) finds them.
"""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from counter_app.domain.clock import to_local, utc_now
from counter_app.domain.numbers import sequence_where
from counter_app.domain.text import Joined, Msg
from counter_app.services import audit
from counter_app.services.backup_folder import list_backups
from counter_app.services.errors import UserError
from counter_app.services.marks import (
    Marks,
    begin_restore,
    marks_of_file,
    marks_of_session,
    marks_path,
    read_marks,
    settle_restore,
)
from counter_app.store.models import Sequence

# Sequence name prefix -> (what it numbers, its unit).
KINDS = {
    "receipt": ("收据", "张"),
    "application": ("受理", "件"),
    "visit": ("来访", "次"),
    "settlement": ("日结", "份"),
    "complaint": ("投诉", "件"),
    "followup": ("回访", "件"),
    "finding": ("走访发现", "件"),
    "visit_plan": ("走访计划", "个"),
    "ticket": ("排队票号", "个"),
    "announcement": ("公告", "份"),
    "account": ("新户号", "个"),
    "export": ("报送批次", "批"),
}


# Audit entries a restore may drop without asking: backups and sign-ins, no business.
HARMLESS = frozenset({"backup.create", "user.login", "user.logout"})


@dataclass(frozen=True)
class SeriesLoss:
    name: str
    first: int  # the first number the backup does not hold
    last: int  # the highest number ever issued

    @property
    def count(self) -> int:
        return self.last - self.first + 1

    def where(self) -> str:
        """The series in words: its day, counter or category."""
        return sequence_where(self.name)


@dataclass(frozen=True)
class Loss:
    series: tuple[SeriesLoss, ...]
    audit_first: int  # audit entries audit_first..audit_last would vanish (none if first > last)
    audit_last: int
    backup_time: datetime | None  # the backup's newest audit entry
    store_time: datetime | None  # the store's newest audit entry, when it could be read
    # Every entry after the backup is a ``backup.create`` (the store says so): the entry
    # of the backup itself, written after its copy, and of later backups, or a sign-in
    # (`counter-app restore` itself logs in first). Nothing of the hall's business is
    # lost, so restoring the newest backup needs no confirmation.
    only_backups: bool = False

    def __bool__(self) -> bool:
        lost_entries = self.audit_last >= self.audit_first and not self.only_backups
        return bool(self.series) or lost_entries

    def skipped(self) -> dict[str, list[int]]:
        """For the restore's audit entry: the numbers no record will hold, per series."""
        return {s.name: [s.first, s.last] for s in self.series}

    def lines(self) -> Joined:
        by_kind: dict[str, list[SeriesLoss]] = {}
        for s in self.series:
            by_kind.setdefault(s.name.split(":")[0], []).append(s)
        out: list[Msg] = []
        for kind in [k for k in KINDS if k in by_kind] + sorted(set(by_kind) - set(KINDS)):
            noun, unit = KINDS.get(kind, (kind, "个"))
            found = by_kind[kind]
            ranges = Joined(
                (
                    Msg(
                        "{where} 第 {first} 至 {last} 号",
                        where=s.where(),
                        first=s.first,
                        last=s.last,
                    )
                    if s.count > 1
                    else Msg("{where} 第 {first} 号", where=s.where(), first=s.first)
                    for s in found
                ),
                "；",
            )
            out.append(
                Msg(
                    "· {noun} {count} {unit}：{ranges}",
                    noun=noun,
                    count=sum(s.count for s in found),
                    unit=unit,
                    ranges=ranges,
                )
            )
        if self.audit_last >= self.audit_first:
            out.append(
                Msg(
                    "· 审计记录 {count} 条（第 {first} 至 {last} 条{when}）",
                    count=self.audit_last - self.audit_first + 1,
                    first=self.audit_first,
                    last=self.audit_last,
                    when=Msg("，最后一条在 {time}", time=_when(self.store_time))
                    if self.store_time
                    else "",
                )
            )
        return Joined(out, "\n")

    def error(self, backup: str, on_screen: bool = False) -> UserError:
        how = (
            Msg("在确认框中勾选同意后点“确认恢复”") if on_screen else Msg("命令行加 --accept-loss")
        )
        return UserError(
            "备份 {backup} 比当前数据库旧（备份中最后一条记录在 {backup_time}）。"
            "恢复后，备份之后办理的以下业务将从数据库中消失"
            "（被替换的数据库会另存一份，但不再出现在账目中）：\n{lines}\n\n"
            "恢复后，新的编号会从以上编号之后继续，不会重复使用这些号码。"
            "确需恢复，须由管理员确认（{how}）。",
            backup=backup,
            how=how,
            backup_time=_when(self.backup_time),
            lines=self.lines(),
        )


def _when(moment: datetime | None) -> str:
    return to_local(moment).strftime("%Y-%m-%d %H:%M") if moment else "无"


def _entries_after(db: Path, after: int) -> tuple[datetime | None, set[str] | None]:
    """The newest audit entry's time in a SQLite file, and the actions of the entries
    after id ``after``; (None, None) when it cannot be read."""
    with contextlib.suppress(sqlite3.Error, ValueError, TypeError):
        # Not mode=ro: a read-only connection leaves -wal and -shm behind on a closed store.
        with contextlib.closing(sqlite3.connect(db, timeout=5.0)) as conn:
            text = conn.execute("SELECT max(at) FROM audit_entries").fetchone()[0]
            actions = {
                str(r[0])
                for r in conn.execute("SELECT action FROM audit_entries WHERE id > ?", (after,))
            }
        return (datetime.fromisoformat(text).replace(tzinfo=UTC) if text else None), actions
    return None, None


def loss(known: Marks, backup: Marks, backup_time: datetime | None, store: Path | None) -> Loss:
    """What restoring ``backup`` over a store whose marks are ``known`` would take away."""
    series = tuple(
        SeriesLoss(name, backup.series.get(name, 0) + 1, value)
        for name, value in sorted(known.series.items())
        if value > backup.series.get(name, 0) and name in _numbering(known)
    )
    store_time, actions = None, None
    if store is not None and store.exists():
        store_time, actions = _entries_after(store, backup.audit_id)
    # Only when the store holds the whole chain the marks know of: else nothing can be told.
    whole = actions is not None and _head_id(store) == known.audit_id
    only_backups = whole and actions is not None and actions <= HARMLESS
    return Loss(series, backup.audit_id + 1, known.audit_id, backup_time, store_time, only_backups)


def _head_id(db: Path | None) -> int:
    if db is None:
        return -1
    try:
        return marks_of_file(db).audit_id
    except sqlite3.Error:
        return -1


def _numbering(marks: Marks) -> set[str]:
    """The series that number something (not markers such as ``training-store``)."""
    return {name for name in marks.series if ":" in name}


def known_marks(
    db: Path, folder: Path | None, hq_batch: Marks | None, hall: str
) -> tuple[Marks, list[str]]:
    """The highest marks known for the store at ``db`` and where they came from.

    The marks file and the store itself; without a marks file (a new PC, a store
    moved here) also the newest backup of ``hall`` in ``folder`` and ``hq_batch``.
    """
    known = Marks()
    sources: list[str] = []
    beside = marks_path(db)
    try:
        found = read_marks(beside)
    except ValueError:
        found = None  # unreadable: as if there were none
    if found is not None:
        known = known.merged(found)
        sources.append(beside.name)
    if db.exists():
        with contextlib.suppress(sqlite3.Error):
            known = known.merged(marks_of_file(db))
            sources.append(db.name)
    if found is None and folder is not None:
        newest = _newest_backup_marks(folder, hall)
        if newest is not None:
            known = known.merged(newest[1])
            sources.append(newest[0])
    if hq_batch is not None:
        known = known.merged(hq_batch)
        sources.append("总部报送批次")
    return known, sources


def _newest_backup_marks(folder: Path, hall: str) -> tuple[str, Marks] | None:
    for file in list_backups(folder):  # newest first; another hall's is passed over
        marks: Marks | None = None
        with contextlib.suppress(sqlite3.Error):
            marks = marks_of_file(file)
        with contextlib.suppress(ValueError):
            beside = read_marks(marks_path(file))
            if beside is not None:
                marks = beside if marks is None else marks.merged(beside)
        if marks is not None and marks.hall == hall:
            return file.name, marks
    return None


def raise_sequences(s: Session, marks: Marks) -> dict[str, int]:
    """Set every sequence to at least its mark; returns the names raised and their values."""
    rows = {row.name: row for row in s.scalars(select(Sequence))}
    raised: dict[str, int] = {}
    for name, value in marks.series.items():
        if ":" not in name:
            continue  # a marker (training-store), not a numbering
        row = rows.get(name)
        if row is None:
            s.add(Sequence(name=name, value=value))
        elif row.value < value:
            row.value = value
        else:
            continue
        raised[name] = value
    s.flush()
    return raised


FOUND_OLDER = "store.found_older"


def _behind(beside: Marks, store: Marks) -> dict[str, int]:
    """The series whose marks are above the store's (same hall only)."""
    if not store.hall or beside.hall != store.hall:
        return {}
    return {n: v for n, v in beside.series.items() if ":" in n and v > store.series.get(n, 0)}


def catch_up(sessions: sessionmaker[Session], path: Path, beside: Marks, store: Marks) -> bool:
    """A store whose numbers are below its marks file's (of the same hall): an older copy
    put in its place without ``restore``, or its newest records deleted. Its sequences are
    raised to the marks at once (no number is issued twice), with a ``store.found_older``
    entry listing the skipped numbers and the chain head the file knew. Unlike a restore
    an administrator confirmed, `check` reports this entry as a problem until the store is
    restored properly: the records after that head are gone, and nobody said why.
    True if anything was raised."""
    if not _behind(beside, store):
        return False
    with sessions.begin() as s:
        # Again under the write lock: another counter's process may have committed (and
        # written the marks) between the first look at the store and at the file.
        store = marks_of_session(s)
        fresh = read_marks(path)
        beside = fresh if fresh is not None else beside
        behind = _behind(beside, store)
        if not behind:
            return False
        raised = raise_sequences(s, Marks(store.hall, 0, "", behind))
        skipped = {n: [store.series.get(n, 0) + 1, v] for n, v in sorted(raised.items())}
        entry = audit.record(
            s,
            utc_now(),
            None,
            FOUND_OLDER,
            "store",
            "found-older-at-open",
            {
                "from": "",
                "kept": "",
                "skipped": skipped,
                "replaced_head": {"id": beside.audit_id, "hash": beside.audit_hash},
                # Not a message: a note for whoever reads the trail.
                "note": "数据库比编号标记旧（可能被直接替换为较早的副本），"
                "开启时已把编号提高到标记",
            },
        )
        head = (entry.id, entry.hash)
    begin_restore(path, Marks(store.hall, 0, "", behind), head)
    settle_restore(path, head)
    return True
