"""HQ's working-day calendar (hq-contract.md section 4) for years the library does not know."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, extract, select

from counter_app.domain.calendar import WorkingCalendar
from counter_app.domain.clock import local_date
from counter_app.domain.text import N_, Joined, Msg
from counter_app.services import audit
from counter_app.services.auth import UserInfo
from counter_app.services.authz import check, require
from counter_app.services.context import AppContext
from counter_app.services.errors import ImportRejected
from counter_app.services.progress import Progress, import_cancelled, no_progress
from counter_app.services.workbook_reader import read_rows
from counter_app.store.models import CalendarDay

HEADERS = ("日期", "类型")
# A calendar is for the years around today (a file for 1800–2073 would push promises decades
# out), and lists only the exceptions: statutory days on weekdays and 调休 working weekends,
# about 20–30 a year; 60 leaves room for a year with extra days off.
YEARS_BACK, YEARS_AHEAD = 1, 2
MAX_DAYS_PER_YEAR = 60
KINDS = {"节假日": False, "调休上班": True}
CHECKING, SAVING = N_("检查工作日历"), N_("保存导入结果")  # stages (services/progress.py)


def _day(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        return None


def import_calendar(
    ctx: AppContext, user: UserInfo | None, path: Path, *, progress: Progress | None = None
) -> dict[int, int]:
    """Replace the named years' days; all rows checked first, nothing half-applied. A cancel
    (``progress`` returned False) before the commit writes nothing."""
    report = progress or no_progress
    check(ctx, user, "import.hq")
    report(CHECKING, 0, 0)
    days: dict[date, bool] = {}
    problems: list[tuple[int, str]] = []
    this_year = local_date(ctx.clock()).year
    first, last = this_year - YEARS_BACK, this_year + YEARS_AHEAD
    for row, cells in read_rows(path, HEADERS):
        day, kind = _day(cells.get("日期")), str(cells.get("类型") or "").strip()
        if day is None:
            problems.append((row, Msg("日期“{text}”不是有效日期", text=cells.get("日期"))))
        elif not first <= day.year <= last:
            problems.append(
                (
                    row,
                    Msg(
                        "日期 {day} 不在 {first} 至 {last} 年之内", day=day, first=first, last=last
                    ),
                )
            )
        elif kind not in KINDS:
            problems.append((row, Msg("类型“{kind}”应为 节假日 或 调休上班", kind=kind)))
        elif day in days:
            problems.append((row, Msg("日期 {day} 重复", day=day)))
        else:
            days[day] = KINDS[kind]
    if not days and not problems:
        problems.append((0, Msg("文件中没有日期")))
    for year in sorted({d.year for d in days}):
        listed = sum(1 for d in days if d.year == year)
        if listed > MAX_DAYS_PER_YEAR:
            problems.append(
                (
                    0,
                    Msg(
                        "{year}年列了{listed}天，一年的节假日和调休上班日不会超过{limit}天："
                        "文件只应列出例外的日子",
                        year=year,
                        listed=listed,
                        limit=MAX_DAYS_PER_YEAR,
                    ),
                )
            )
    if problems:
        raise ImportRejected(path.name, problems)
    years = sorted({d.year for d in days})
    now = ctx.clock()
    with ctx.write() as s:
        require(s, user, "import.hq", now)
        for year in years:
            s.execute(delete(CalendarDay).where(extract("year", CalendarDay.day) == year))
        s.add_all(CalendarDay(day=d, working=w, imported_at=now) for d, w in sorted(days.items()))
        audit.record(
            s,
            now,
            user.id if user else None,
            "calendar.import",
            "calendar",
            ",".join(map(str, years)),
            {"file": path.name, "days": len(days)},
        )
        if not report(SAVING, 1, 1):  # the last word before the commit
            raise import_cancelled()
    ctx.calendar = load_calendar(ctx)
    return {year: sum(1 for d in days if d.year == year) for year in years}


def load_calendar(ctx: AppContext) -> WorkingCalendar:
    """HQ's calendar as stored, with the statutory-day fallback of the rules (holidays.toml)."""
    with ctx.read() as s:
        rows = s.execute(select(CalendarDay.day, CalendarDay.working)).all()
    return WorkingCalendar({day: working for day, working in rows}, ctx.rules.holidays)


def calendar_warning(ctx: AppContext) -> str | None:
    """The banner text when due dates in sight fall in a year nobody knows the holidays of."""
    today = local_date(ctx.clock())
    years = [today.year] + ([today.year + 1] if today.month >= 10 else [])
    missing = [y for y in years if not ctx.calendar.covers(y)]
    if not missing:
        return None
    # The fallback counts the statutory days (resources/holidays.toml) but cannot know the
    # 调休: the clerk should not promise those dates as firm.
    return Msg(
        "{years}还没有总部下发的工作日历：这些年份的到期日已扣除法定节假日"
        "（元旦、春节、清明、劳动节、端午、中秋、国庆），但调休安排（连休和周末补班）"
        "要等总部的日历文件才知道，到期日可能相差几天。"
        "请在“系统管理”导入总部下发的工作日历文件。",
        years=Joined(Msg("{year}年", year=y) for y in missing),
    )
