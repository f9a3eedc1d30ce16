"""What an export gives back: the result, a batch as listed, the cancel, the progress."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from counter_app.domain.text import N_
from counter_app.hq.contract import DATA_SHEETS
from counter_app.services.progress import Cancelled
from counter_app.services.progress import Progress as Progress  # stages: sheet names, SAVING
from counter_app.services.progress import no_progress as no_progress

SAVING = "保存文件"
MODE_NAMES = {"since_last": N_("自上一批次以来的新增和变更"), "range": N_("指定日期范围")}


class ExportCancelled(Cancelled):
    """The user cancelled: no file was left and nothing was recorded."""

    def __init__(self) -> None:
        super().__init__("导出已取消，没有生成文件，也没有记录批次。")


@dataclass(frozen=True)
class ExportResult:
    batch_no: int
    path: Path
    mode: str  # since_last / range
    period_from: date
    period_to: date
    high_water: datetime
    row_counts: dict[str, int]
    checksums: dict[str, str]
    again: bool = False

    @property
    def rows(self) -> int:
        return sum(self.row_counts.values())

    def lines(self) -> list[str]:
        head = "重新导出" if self.again else "已导出"
        out = [
            f"{head}第 {self.batch_no:04d} 批：{self.path}",
            f"期间 {self.period_from.isoformat()} 至 {self.period_to.isoformat()}"
            f"（{MODE_NAMES.get(self.mode, self.mode)}）",
        ]
        out += [
            f"{name}：{self.row_counts[name]} 行，SHA-256 {self.checksums[name]}"
            for name in DATA_SHEETS
            if name in self.row_counts  # a batch written before a sheet was added lacks it
        ]
        return out


@dataclass(frozen=True)
class BatchInfo:
    batch_no: int
    mode: str
    period_from: date
    period_to: date
    created_at: datetime
    file_name: str
    rows: int

    @property
    def label(self) -> str:
        return (
            f"第 {self.batch_no:04d} 批  {self.period_from.isoformat()} 至 "
            f"{self.period_to.isoformat()}  {self.rows} 行"
        )
