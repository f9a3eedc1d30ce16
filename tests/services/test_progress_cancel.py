"""Long services report progress and stop on a cancel (services/progress.py): whatever
stage the cancel comes at, nothing is written, kept or recorded."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select
from support import ADMIN

from counter_app.demo.training_store import STAGES, open_training_store
from counter_app.services import backups
from counter_app.services.auth import HallInfo, UserInfo
from counter_app.services.calendar_import import import_calendar
from counter_app.services.context import AppContext
from counter_app.services.hq_imports import FEE_HEADERS, import_fee_schedule
from counter_app.services.progress import Cancelled
from counter_app.store.models import AuditEntry, CalendarDay, FeeItem

NOW = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)


class Stopper:
    """A progress that records what it heard and says stop at the ``stop_at``-th report."""

    def __init__(self, stop_at: int) -> None:
        self.heard: list[tuple[str, int, int]] = []
        self.stop_at = stop_at

    def __call__(self, stage: str, done: int, total: int) -> bool:
        self.heard.append((stage, done, total))
        return len(self.heard) < self.stop_at


def book(path: Path, header: tuple[str, ...] | list[str], rows: list[list[object]]) -> Path:
    wb = Workbook()
    sheet = wb.active
    sheet.append(list(header))
    for row in rows:
        sheet.append(row)
    wb.save(path)
    return path


def audit_count(ctx: AppContext) -> int:
    with ctx.read() as s:
        return s.scalar(select(func.count()).select_from(AuditEntry)) or 0


@pytest.fixture
def admin_ctx(ctx: AppContext, hall: tuple[HallInfo, UserInfo]) -> AppContext:
    ctx.clock = lambda: NOW
    return ctx


def test_a_backup_cancelled_at_its_last_word_leaves_nothing(
    admin_ctx: AppContext, tmp_path: Path, db_path: Path
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    before = audit_count(admin_ctx)
    heard = Stopper(stop_at=2)  # the pages copied, then the last word before the marks
    with pytest.raises(Cancelled, match="备份已取消"):
        backups.backup_now(admin_ctx, usb, 5, 1, progress=heard)
    assert heard.heard[0][0] == "复制数据库" and heard.heard[0][2] > 0
    assert list(usb.iterdir()) == [] and audit_count(admin_ctx) == before
    # Cancelled during the copy itself: the same.
    with pytest.raises(Cancelled):
        backups.backup_now(admin_ctx, usb, 5, 1, progress=Stopper(stop_at=1))
    assert list(usb.iterdir()) == []
    made = backups.backup_now(admin_ctx, usb, 5, 1, progress=Stopper(stop_at=99))
    assert made.exists() and audit_count(admin_ctx) == before + 1


def test_a_calendar_cancelled_before_its_commit_writes_nothing(
    admin_ctx: AppContext, tmp_path: Path
) -> None:
    path = book(tmp_path / "cal.xlsx", ("日期", "类型"), [["2027-01-04", "节假日"]])
    before = audit_count(admin_ctx)
    with pytest.raises(Cancelled, match="没有写入任何数据"):
        import_calendar(admin_ctx, ADMIN, path, progress=Stopper(stop_at=2))
    with admin_ctx.read() as s:
        assert s.scalars(select(CalendarDay)).all() == []
    assert audit_count(admin_ctx) == before
    assert import_calendar(admin_ctx, ADMIN, path, progress=Stopper(stop_at=99)) == {2027: 1}


@pytest.mark.parametrize("stop_at", [2, 3])  # after reading; just before the commit
def test_a_fee_schedule_cancelled_writes_nothing(
    admin_ctx: AppContext, tmp_path: Path, stop_at: int
) -> None:
    item = ["GK0101", "高可靠性供电费", "按容量kVA", 210, "元/千伏安", "示例", datetime(2024, 1, 1)]
    path = book(tmp_path / "fees.xlsx", FEE_HEADERS, [item])
    before = audit_count(admin_ctx)
    with pytest.raises(Cancelled):
        import_fee_schedule(admin_ctx, ADMIN, path, progress=Stopper(stop_at))
    with admin_ctx.read() as s:
        assert s.scalars(select(FeeItem)).all() == []
    assert audit_count(admin_ctx) == before


def test_a_training_store_cancelled_is_not_left_and_the_real_store_is_untouched(
    admin_ctx: AppContext, clerk: UserInfo, tmp_path: Path, db_path: Path
) -> None:
    before = audit_count(admin_ctx)
    path = tmp_path / "training" / "training.db"
    heard = Stopper(stop_at=3)  # stops while the demo data is made
    with pytest.raises(Cancelled, match="没有进入培训模式"):
        open_training_store(
            admin_ctx, path, list(admin_ctx.rules.exercises), heard, customers=3, visits=3
        )
    assert [h[0] for h in heard.heard][:2] == [STAGES[0], STAGES[1]]
    assert not path.exists() and not Path(f"{path}-wal").exists()
    assert audit_count(admin_ctx) == before
