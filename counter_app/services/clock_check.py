"""A PC clock that went backwards: warned about at login and recorded.

Waiting times, working-day deadlines and the day on receipts all come from the
PC's clock. When "now" is earlier than the latest event the store has recorded
(an audit entry, a payment, the start or end of a visit) by more than the
tolerance in resources/policy.toml [clock] (two PCs' clocks on a shared server and
the rounding of stored times differ a little), the clock is probably wrong (a flat
CMOS battery, a wrong manual change). The clerk is told, with both times, and the audit trail gets a
``clock.backwards`` entry. Nothing is refused: the clerk may need to work, and
only a person can tell which time is right.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, select

from counter_app.domain.clock import format_local
from counter_app.services import audit
from counter_app.services.context import AppContext
from counter_app.store.models import AuditEntry, Payment, Visit

SOURCES = (
    ("审计记录", AuditEntry.at),
    ("收费", Payment.paid_at),
    ("来访开始", Visit.started_at),
    ("来访结束", Visit.ended_at),
)


def _duration(delta: timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    days, minutes = divmod(minutes, 24 * 60)
    hours, minutes = divmod(minutes, 60)
    parts = [f"{days}天" if days else "", f"{hours}小时" if hours else "", f"{minutes}分钟"]
    return "".join(p for p in parts if p) if (days or hours) else f"{max(minutes, 1)}分钟"


def clock_check(
    ctx: AppContext, user_id: int | None = None, tolerance: timedelta | None = None
) -> str | None:
    """A Chinese warning (and an audit entry) if the clock is behind the latest record."""
    if tolerance is None:  # resources/policy.toml [clock]
        tolerance = timedelta(minutes=ctx.policy.clock_tolerance_minutes)
    now = ctx.clock()
    with ctx.write() as s:
        latest: tuple[datetime, str] | None = None
        for what, column in SOURCES:
            moment = s.scalar(select(func.max(column)))
            if moment is not None and (latest is None or moment > latest[0]):
                latest = (moment, what)
        if latest is None or now >= latest[0] - tolerance:
            return None
        moment, what = latest
        audit.record(
            s,
            now,
            user_id,
            "clock.backwards",
            "clock",
            "",
            {
                "now": now.isoformat(timespec="seconds"),
                "latest": moment.isoformat(timespec="seconds"),
                "source": what,
            },
        )
    return (
        f"电脑时钟可能不准：现在电脑上的时间是 {format_local(now, seconds=True)}，"
        f"而数据库中最近一条记录（{what}）的时间是 {format_local(moment, seconds=True)}，"
        f"比现在晚 {_duration(moment - now)}。\n"
        "请先核对并改正电脑的日期和时间（或请管理员处理），否则等候时长、办理时限和收据日期都会出错。"
        "此次提醒已记入审计记录。"
    )
