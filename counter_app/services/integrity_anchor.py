"""`counter-app check`: the audit chain against anchors kept outside the store.

The chain has no key: someone with the file can cut entries off its end (with
the newest records) or re-hash all of it after an edit, and the chain alone still
verifies. What they cannot reach is a copy of its head taken earlier:

- 审计链锚点 (``anchor``): the marks file beside a SQLite store
  (services/marks.py), written after every commit. The store may be one commit
  ahead of it, never behind: the entry it names must be in the store with the
  same hash. A restore from a backup replaces the chain: its ``backup.restore``
  entry names the replaced head, which the marks file may still hold.
- 给定锚点 (``anchor_given``): ``counter-app check --anchor ID:HASHPREFIX``, as
  printed at the foot of each settlement report (its ``settlement.close`` entry)
  or kept from an HQ batch: entry ID must be there and its hash start so.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from counter_app.domain.clock import format_local
from counter_app.services.errors import UserError
from counter_app.services.integrity_findings import CheckResult, Findings
from counter_app.services.marks import marks_path, read_marks
from counter_app.store.models import AuditEntry

ANCHOR = re.compile(r"(?P<id>\d+):(?P<hash>[0-9a-fA-F]{8,64})")


def parse_anchor(text: str) -> tuple[int, str]:
    """``ID:HASHPREFIX`` (at least 8 hex digits) → (id, lower-case prefix)."""
    match = ANCHOR.fullmatch(text.strip())
    if match is None:
        raise UserError(
            "锚点“{text}”的格式不对：应为 审计记录号:哈希前缀（至少8位十六进制），"
            "如日结报表末尾所印的 1234:0123456789abcdef",
            text=text,
        )
    return int(match["id"]), match["hash"].lower()


def _hash_of(s: Session, entry_id: int) -> str | None:
    return s.scalar(select(AuditEntry.hash).where(AuditEntry.id == entry_id))


def _last_id(s: Session) -> int:
    return s.scalar(select(func.max(AuditEntry.id))) or 0


def _restore_naming(s: Session, entry_id: int, digest: str) -> tuple[int, str] | None:
    """The restore (id, kept copy) whose entry names this head as the chain it replaced."""
    for row in s.execute(
        select(AuditEntry.id, AuditEntry.detail)
        .where(AuditEntry.action == "backup.restore")
        .order_by(AuditEntry.id.desc())
    ):
        head = row.detail.get("replaced_head") if isinstance(row.detail, dict) else None
        if head == {"id": entry_id, "hash": digest}:
            return row.id, str(row.detail.get("kept", ""))
    return None


def marks_anchor(s: Session, store: Path) -> CheckResult:
    found = Findings("anchor", "审计链锚点")
    path = marks_path(store)
    try:
        marks = read_marks(path)
    except ValueError as exc:
        found.add(f"标记文件 {path.name} 无法读取（{exc}），审计链的末端无从核对")
        return found.result("")
    if marks is None or not marks.audit_id:
        return found.result(f"没有标记文件 {path.name} 或其中没有记下审计记录，未比对")
    for at, detail in s.execute(
        select(AuditEntry.at, AuditEntry.detail)
        .where(AuditEntry.action == "store.found_older")
        .order_by(AuditEntry.id)
    ):
        head = detail.get("replaced_head") if isinstance(detail, dict) else None
        knew = f"第 {head.get('id')} 条" if isinstance(head, dict) else "更新的记录"
        found.add(
            f"数据库在 {format_local(at, seconds=True)} 打开时比标记文件旧：标记文件记得{knew}"
            "审计记录，库中已没有（末尾的记录被删除，或数据库被换成了较早的副本，"
            "未经管理员恢复确认）。编号已提高，不会重复使用；请查明原因，"
            "如需恢复请用 counter-app restore"
        )
    last = _last_id(s)
    stored = _hash_of(s, marks.audit_id)
    restored = _restore_naming(s, marks.audit_id, marks.audit_hash)
    if stored != marks.audit_hash and restored is not None:
        return found.result(
            f"数据库在第 {restored[0]} 条审计记录处从备份恢复"
            f"（恢复前的数据库另存为“{restored[1]}”），"
            f"标记文件记下的是恢复前的链头（第 {marks.audit_id} 条）"
        )
    if stored is None:
        found.add(
            f"审计链与标记文件 {path.name} 不符："
            f"标记文件记下的最新审计记录是第 {marks.audit_id} 条，"
            f"库中只到第 {last} 条，末尾的记录（连同其收费等记录）被截去了"
        )
    elif stored != marks.audit_hash:
        found.add(
            f"审计链与标记文件 {path.name} 不符：第 {marks.audit_id} 条审计记录的哈希与标记文件"
            "记下的不同，审计链被改动后重新计算过哈希"
        )
    after = last - marks.audit_id
    more = f"，其后另有 {after} 条" if after > 0 else ""
    return found.result(f"标记文件记下的链头（第 {marks.audit_id} 条）与库中一致{more}")


def given_anchors(s: Session, anchors: Sequence[tuple[int, str]]) -> CheckResult:
    found = Findings("anchor_given", "给定锚点")
    for entry_id, prefix in anchors:
        stored = _hash_of(s, entry_id)
        shown = f"{entry_id}:{prefix}"
        if stored is None:
            found.add(
                f"锚点 {shown}：库中没有第 {entry_id} 条审计记录（只到第 {_last_id(s)} 条），"
                "之后的记录被截去了"
            )
        elif not stored.startswith(prefix):
            found.add(
                f"锚点 {shown}：第 {entry_id} 条审计记录的哈希是 {stored[: len(prefix)]}，"
                "与锚点不符，审计链被改动后重新计算过哈希"
            )
    return found.result(f"{len(anchors)} 个锚点都与库中的审计链一致")
