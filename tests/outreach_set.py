"""A small, known set of visits and surveys (issue 17) made through the services on a
pinned clock, for the dashboard's and HQ's figures.

The week of Monday 2026-11-23; now is Tuesday 2026-11-24, 10:00 in the hall.

- Plan P1 (新装回访, made Monday 11-16, due Wednesday 11-25, in the week): 户号
  330101000071 (张), …72 (李), …73 (张) dealt round-robin to the clerk (张营业) and the
  second clerk (赵营业).
  - 11-23 10:00 the clerk reaches …71: 是否按承诺时间送电 否 (a problem: finding F1, the
    clerk's), the rest good (5, 4). F1 is contacted, resolved, called back and closed on
    11-24: on time.
  - 11-23 15:00 the second clerk does not reach …72 (未联系上); 11-24 09:00 reaches them:
    跑了三次及以上 (F2) and 总体 2 分 (F3), both the second clerk's and open; 服务态度 4.
  - …73 is not visited yet (not overdue: due tomorrow).
- Plan P2 (新装回访, made 11-16, due Friday 11-20, the week before): …74 reached by the
  second clerk on Thursday 11-19: 服务态度 2 (F0, the second clerk's, never contacted:
  overdue since its contact day 11-20), the rest good.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from support import PASSWORD, add_owing_account

from counter_app.services import auth, complaints, field_visit_records, field_visits
from counter_app.services.auth import UserInfo
from counter_app.services.context import AppContext

NOW = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)  # Tuesday 10:00 hall time
MONDAY, SUNDAY = date(2026, 11, 23), date(2026, 11, 29)
NAMES = {"330101000071": "张三", "330101000072": "李四", "330101000073": "张五"}
NAMES["330101000074"] = "赵六"
GOOD = {
    "on_time": "是",
    "fees_as_told": "是",
    "visits_needed": "一次",
    "staff_attitude": "5",
    "overall": "4",
    "remarks": "",
}


def hall_time(day: date, hour: int) -> datetime:
    """``hour`` o'clock in the hall (UTC+8) on ``day``, as an aware UTC time."""
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC) - timedelta(hours=8)


@dataclass(frozen=True)
class OutreachSet:
    boss: UserInfo
    clerk: UserInfo
    second: UserInfo
    p1: str
    p2: str
    findings: dict[str, str]  # F0 … F3 -> complaint no


def _at(ctx: AppContext, moment: datetime) -> None:
    ctx.clock = lambda: moment


def _targets(ctx: AppContext, plan_no: str) -> dict[str, tuple[int, int | None]]:
    """account no -> (target id, visitor id)."""
    detail = field_visits.plan_detail(ctx, plan_no)
    return {t.account_no: (t.target_id, t.visitor_id) for t in detail.targets}


def make_outreach_set(
    ctx: AppContext, admin: UserInfo, boss: UserInfo, clerk: UserInfo
) -> OutreachSet:
    second = auth.add_user(
        ctx, admin, username="zhao", display_name="赵营业", staff_no="1002", role="clerk",
        password=PASSWORD,
    )  # fmt: skip
    made = hall_time(date(2026, 11, 16), 9)
    _at(ctx, made)
    with ctx.write() as s:
        for n, (account_no, name) in enumerate(NAMES.items()):
            add_owing_account(
                s, made, account_no, name=name, address=f"城关镇人民路{n + 1}号",
                cert_no=f"11010519491231{n:03d}X", mobile=f"1381234{n:04d}",
            )  # fmt: skip
    common = {"title": "", "survey_code": "new_connection", "period_from": made.date()}
    p1 = field_visits.make_plan(
        ctx, boss, **common, period_to=date(2026, 11, 25), due_date=date(2026, 11, 25),  # type: ignore[arg-type]
        account_nos=list(NAMES)[:3], visitor_ids=[clerk.id, second.id],
    ).plan_no  # fmt: skip
    p2 = field_visits.make_plan(
        ctx, boss, **common, period_to=date(2026, 11, 20), due_date=date(2026, 11, 20),  # type: ignore[arg-type]
        account_nos=["330101000074"], visitor_ids=[second.id],
    ).plan_no  # fmt: skip
    one, two = _targets(ctx, p1), _targets(ctx, p2)
    # Dealt round-robin in the order given.
    assert [one[a][1] for a in list(NAMES)[:3]] == [clerk.id, second.id, clerk.id]

    def visit(
        user: UserInfo, target: tuple[int, int | None], when: datetime, **answers: str
    ) -> tuple[str, ...]:
        _at(ctx, when + timedelta(minutes=30))
        result = field_visit_records.record_visit(
            ctx, user, target[0], method="上门", reached=True, answers=GOOD | answers,
            visited_at=when,
        )  # fmt: skip
        return tuple(f.complaint_no for f in result.findings)

    (f0,) = visit(
        second, two["330101000074"], hall_time(date(2026, 11, 19), 14), staff_attitude="2"
    )
    (f1,) = visit(clerk, one["330101000071"], hall_time(MONDAY, 10), on_time="否")
    _at(ctx, hall_time(MONDAY, 15) + timedelta(minutes=10))
    field_visit_records.record_visit(
        ctx, second, one["330101000072"][0], method="电话", reached=False, answers={},
        notes="电话无人接听", visited_at=hall_time(MONDAY, 15),
    )  # fmt: skip
    f2, f3 = visit(
        second, one["330101000072"], hall_time(NOW.date(), 9), visits_needed="三次及以上",
        staff_attitude="4", overall="2",
    )  # fmt: skip
    _at(ctx, NOW - timedelta(minutes=20))
    complaints.record_contact(ctx, clerk, f1, "电话联系客户，说明送电延误原因")
    complaints.resolve(ctx, clerk, f1, "已查明装表延误原因，向客户致歉并整改")
    complaints.callback(ctx, clerk, f1, "满意", "客户认可")
    complaints.close(ctx, clerk, f1)
    _at(ctx, NOW)
    return OutreachSet(boss, clerk, second, p1, p2, {"F0": f0, "F1": f1, "F2": f2, "F3": f3})
