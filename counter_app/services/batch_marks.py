"""The marks an HQ batch carries in its 说明 sheet, and what HQ checks with them.

Each batch states the highest numbers the hall has issued (the newest series of each
kind, services/marks.py) and two anchors of the hall's audit chain:

- the start: the chain head the previous batch of the hall (by batch number) gave as
  its end, with that entry's hash *as the store has it now*;
- the end: the chain head now (before this batch's own ``export.batch`` entry).

So HQ, holding the previous batch, sees whether the hall's history between two
batches was rewritten: a chain re-hashed in place gives the old head another hash,
and a store restored to an older backup continues from another batch. The rows are
key/value pairs like every other row of 说明 (docs/hq-formats.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.domain.numbers import sequence_where
from counter_app.services.marks import Marks, marks_of_session
from counter_app.store.models import AuditEntry, ExportBatch

START_BATCH = "审计链起点批次"
START_ID = "审计链起点编号"
START_HASH = "审计链起点哈希"
END_ID = "审计链终点编号"
END_HASH = "审计链终点哈希"
SERIES = "编号高水位"
# The highest numbers in words, for a person reading the sheet.
HIGHEST = (
    ("receipt", "最大收据号"),
    ("application", "最大受理编号"),
    ("visit", "最大来访编号"),
    ("settlement", "最大日结编号"),
    ("complaint", "最大投诉编号"),
)
SEPARATOR = "；"


@dataclass(frozen=True)
class Anchors:
    start_batch: int | None  # the batch the start continues from; None for the first
    start: tuple[int, str]
    end: tuple[int, str]


def manifest_rows(s: Session, hall_id: int, hall_code: str, batch_no: int) -> list[list[str]]:
    """The 说明 rows of the marks, as [key, "int" | "text", text]."""
    marks = marks_of_session(s, hall_code)
    latest = {name: value for name, value in marks.latest().items() if ":" in name}
    prev = s.scalar(
        select(ExportBatch)
        .where(ExportBatch.hall_id == hall_id, ExportBatch.batch_no < batch_no)
        .order_by(ExportBatch.batch_no.desc())
        .limit(1)
    )
    start_batch, start_id, start_hash = "", 0, ""
    if prev is not None:
        start_batch = f"{prev.batch_no:04d}"
        start_id = _end_id(prev.manifest)
        if start_id:  # its hash as the store has it now: a re-hashed chain shows here
            start_hash = s.scalar(select(AuditEntry.hash).where(AuditEntry.id == start_id)) or ""
    rows = [
        [START_BATCH, "text", start_batch],
        [START_ID, "int", str(start_id)],
        [START_HASH, "text", start_hash],
        [END_ID, "int", str(marks.audit_id)],
        [END_HASH, "text", marks.audit_hash],
    ]
    for kind, key in HIGHEST:
        found = [
            f"{sequence_where(n)} 第 {v} 号" for n, v in latest.items() if n.startswith(f"{kind}:")
        ]
        rows.append([key, "text", SEPARATOR.join(found) or "无"])
    rows.append([SERIES, "text", SEPARATOR.join(f"{n}={v}" for n, v in latest.items())])
    return rows


def _end_id(manifest: dict[str, Any]) -> int:
    for row in manifest.get("rows", []):
        if row and row[0] == END_ID:
            try:
                return int(row[2])
            except (TypeError, ValueError, IndexError):
                return 0
    return 0  # a batch written before the anchors existed


def anchors_of(info: dict[str, Any]) -> Anchors | None:
    """The anchors of a batch's 说明 (key -> cell value); None when it has none."""
    if info.get(END_ID) in (None, ""):
        return None
    try:
        start_batch = str(info.get(START_BATCH) or "").strip()
        return Anchors(
            int(start_batch) if start_batch else None,
            (int(info.get(START_ID) or 0), str(info.get(START_HASH) or "")),
            (int(info[END_ID]), str(info.get(END_HASH) or "")),
        )
    except (TypeError, ValueError):
        raise ValueError(f"“{START_ID}”或“{END_ID}”不是数字") from None


def series_of(info: dict[str, Any]) -> dict[str, int]:
    """The 编号高水位 of a batch's 说明."""
    series: dict[str, int] = {}
    for item in str(info.get(SERIES) or "").split(SEPARATOR):
        name, sep, value = item.strip().partition("=")
        if sep and value.strip().isdigit():
            series[name.strip()] = int(value)
    return series


def marks_of_info(hall: str, info: dict[str, Any]) -> Marks:
    """What a batch proves was issued: its series and its chain's end."""
    anchors = anchors_of(info)
    end = anchors.end if anchors else (0, "")
    return Marks(hall, end[0], end[1], series_of(info))
