"""Which batches' 员工绩效 rows the merged workbook keeps, so that a sum never counts twice.

A 员工绩效 row holds a clerk's figures over its batch's window; figures of two windows that
overlap cannot be split, so summing them counts the common days twice. For each hall the
merge keeps the rows of batches whose periods do not overlap:

- Two periods overlap when they share a day (起始日期 to 截止日期, both included). Two
  --since-last batches of a hall never overlap: each window starts where the previous
  one ended (to the second), even when both fall on one day.
- Of two overlapping periods the longer one is kept (it counts more of the time: a month
  exported as a range wins over the --since-last batches inside it); of equal lengths,
  the newer batch (生成时间, then 批次号, as for a 记录键).
- The left-out batches are named in 汇总 with the batch they overlap.

A range exported twice gives the same 记录键 per clerk: the newer batch's rows are kept
either way.
"""

from __future__ import annotations

from dataclasses import dataclass

from counter_app.hq.check import CheckedFile
from counter_app.hq.results import MODE_NAMES

__all__ = ["LeftOut", "overlapping"]

SINCE_LAST = MODE_NAMES["since_last"]


@dataclass(frozen=True)
class LeftOut:
    index: int  # the left-out file's place in the checked files
    kept: int  # the file whose period it overlaps


def _since_last(f: CheckedFile) -> bool:
    return f.info.get("导出方式") == SINCE_LAST


def _overlap(a: CheckedFile, b: CheckedFile) -> bool:
    if _since_last(a) and _since_last(b):
        return False
    if None in (a.period_from, a.period_to, b.period_from, b.period_to):
        return False
    assert a.period_from and a.period_to and b.period_from and b.period_to
    return a.period_from <= b.period_to and b.period_from <= a.period_to


def _days(f: CheckedFile) -> int:
    if f.period_from is None or f.period_to is None:
        return 0
    return (f.period_to - f.period_from).days + 1


def overlapping(files: list[CheckedFile]) -> list[LeftOut]:
    """The files (oldest first, as check_files gives them) whose 员工绩效 rows are left out."""
    out: list[LeftOut] = []
    halls: dict[str, list[int]] = {}
    for i, f in enumerate(files):
        if not f.duplicate_of:
            halls.setdefault(f.hall_code, []).append(i)
    for indices in halls.values():
        kept: list[int] = []
        # Longest first; of equal length the newer (a larger index) first.
        for i in sorted(indices, key=lambda i: (-_days(files[i]), -i)):
            f = files[i]
            over = next((k for k in kept if _overlap(f, files[k])), None)
            if over is None:
                kept.append(i)
            else:
                out.append(LeftOut(i, over))
    return sorted(out, key=lambda x: x.index)
