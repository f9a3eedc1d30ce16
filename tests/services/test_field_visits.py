"""Visit plans and surveys (issue 17): rules pick the right customers on a pinned
clock, a plan is made and assigned, a visit is recorded with its answers, a problem
answer opens a follow-up tracked to its close like a complaint, and every refusal
writes nothing."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select
from support import add_owing_account, add_staff

from counter_app.services import complaint_lists, complaints, field_visit_records, field_visits
from counter_app.services.auth import HallInfo, UserInfo
from counter_app.services.context import AppContext
from counter_app.services.errors import PermissionDenied, UserError
from counter_app.services.indicators import clerk_complaints
from counter_app.store.models import (
    Account,
    Announcement,
    Application,
    AuditEntry,
    Complaint,
    FieldVisit,
    SurveyAnswer,
    Visit,
    VisitTarget,
)

# Tuesday 2026-11-24, 10:00 hall time.
NOW = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)
TODAY = date(2026, 11, 24)
# Wednesday 2026-09-30, the eve of the National Day holiday (1-7 October; Saturday
# 10 October a make-up working day).
EVE = datetime(2026, 9, 30, 2, 0, tzinfo=UTC)

GOOD = {
    "on_time": "是",
    "fees_as_told": "是",
    "visits_needed": "一次",
    "staff_attitude": "5",
    "overall": "4",
    "remarks": "",
}


def at(ctx: AppContext, moment: datetime) -> None:
    ctx.clock = lambda: moment


_certs = iter(range(100, 999))


def customer(
    ctx: AppContext,
    account_no: str,
    name: str = "王小明",
    address: str = "城关镇人民路8号",
    **fields: object,
) -> Account:
    """A customer with one account (no bills), written now."""
    with ctx.write() as s:
        account = add_owing_account(
            s, ctx.clock(), account_no, name=name, address=address,
            cert_no=f"110105194912310{next(_certs)}", **fields,  # type: ignore[arg-type]
        )  # fmt: skip
        s.expunge(account)
        return account


def connected(ctx: AppContext, account: Account, clerk: UserInfo, business: str, when: datetime):  # type: ignore[no-untyped-def]
    """A completed application of ``business`` for ``account``, completed ``when``."""
    with ctx.write() as s:
        n = s.scalar(select(func.count()).select_from(Application)) or 0
        s.add(
            Application(
                application_no=f"330101-20261001-{n + 1:04d}",
                hall_id=1,
                business_code=business,
                business_name=business,
                customer_id=account.customer_id,
                account_id=account.id,
                clerk_id=clerk.id,
                status="completed",
                current_step="done",
                address=account.address,
                details={},
                accepted_at=when - timedelta(days=5),
                promised_date=when.date(),
                completed_at=when,
                updated_at=when,
            )
        )


def plan(ctx: AppContext, boss: UserInfo, **changes: object) -> field_visits.PlanInfo:
    values: dict[str, object] = {
        "title": "",
        "survey_code": "new_connection",
        "period_from": TODAY,
        "period_to": TODAY + timedelta(days=14),
        "due_date": TODAY + timedelta(days=14),
    }
    values.update(changes)
    return field_visits.make_plan(ctx, boss, **values)  # type: ignore[arg-type]


def audit_actions(ctx: AppContext) -> list[str]:
    with ctx.read() as s:
        return list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


@pytest.fixture
def now(ctx: AppContext, clerk: UserInfo, supervisor: UserInfo) -> AppContext:
    at(ctx, NOW)
    return ctx


# -- the rules ---------------------------------------------------------------------------


def test_recent_new_connections_are_picked_once_newest_first(
    now: AppContext, clerk: UserInfo, supervisor: UserInfo
) -> None:
    ctx = now
    a = customer(ctx, "330101000001", "赵一")
    b = customer(ctx, "330101000002", "钱二")
    old = customer(ctx, "330101000003", "孙三")
    renamed = customer(ctx, "330101000004", "李四")
    connected(ctx, a, clerk, "lv_residential_new", NOW - timedelta(days=10))
    connected(ctx, a, clerk, "lv_residential_new", NOW - timedelta(days=12))  # once only
    connected(ctx, b, clerk, "hv_new_single", NOW - timedelta(days=2))
    connected(ctx, old, clerk, "lv_residential_new", NOW - timedelta(days=31))
    connected(ctx, renamed, clerk, "rename", NOW - timedelta(days=1))

    picked = field_visits.candidates(ctx, supervisor, "recent_new")
    assert [c.account_no for c in picked.candidates] == ["330101000002", "330101000001"]
    first = picked.candidates[0]
    assert (first.customer_name, first.phone) == ("钱*", "138****1234")  # masked
    assert first.reason == "新装完成 2026-11-22"
    assert picked.left_out == 0

    # Once in an open plan of the same questionnaire, a customer is not picked again.
    made = plan(ctx, supervisor, account_nos=["330101000002"], rule_code="recent_new")
    assert made.total == 1 and made.rule_name == "近30天新装完成的客户"
    again = field_visits.candidates(ctx, supervisor, "recent_new")
    assert [c.account_no for c in again.candidates] == ["330101000001"]
    # ... but is for another questionnaire.
    other = field_visits.candidates(ctx, supervisor, "recent_new", "annual_satisfaction")
    assert len(other.candidates) == 2


def test_complaints_and_bad_ratings_of_the_last_90_days(
    now: AppContext, clerk: UserInfo, supervisor: UserInfo
) -> None:
    ctx = now
    complained = customer(ctx, "330101000011", "周一")
    rated_bad = customer(ctx, "330101000012", "吴二")
    rated_ok = customer(ctx, "330101000013", "郑三")
    long_ago = customer(ctx, "330101000014", "王四")
    complaints.open_complaint(
        ctx, clerk, "柜台", "收费", "多收了钱", "", account_no=complained.account_no
    )
    at(ctx, NOW - timedelta(days=100))
    complaints.open_complaint(
        ctx, clerk, "柜台", "收费", "旧事", "", account_no=long_ago.account_no
    )
    at(ctx, NOW)
    with ctx.write() as s:
        for n, (acct, rating, days) in enumerate(((rated_bad, 2, 30), (rated_ok, 3, 5))):
            when = NOW - timedelta(days=days)
            s.add(
                Visit(
                    visit_no=f"330101-V20261001-{n + 1:04d}", hall_id=1, clerk_id=clerk.id,
                    counter="1", customer_id=acct.customer_id, business_code="inquiry",
                    outcome="completed", started_at=when, ended_at=when, rating=rating,
                    rated_at=when,
                )
            )  # fmt: skip
    picked = field_visits.candidates(ctx, supervisor, "unhappy")
    assert [(c.account_no, c.reason[:2]) for c in picked.candidates] == [
        ("330101000011", "投诉"),
        ("330101000012", "评价"),
    ]


def test_large_accounts_by_category_and_capacity_or_voltage(
    now: AppContext, supervisor: UserInfo
) -> None:
    ctx = now
    customer(ctx, "330101000021", "大厂", category="非居民", capacity_kw=Decimal("630"))
    customer(ctx, "330101000022", "小店", category="非居民", capacity_kw=Decimal("50"))
    customer(ctx, "330101000023", "一户", category="居民", capacity_kw=Decimal("200"))
    hv = customer(ctx, "330101000024", "医院", category="非居民", capacity_kw=Decimal("80"))
    with ctx.write() as s:
        s.get_one(Account, hv.id).voltage = "高压"
    picked = field_visits.candidates(ctx, supervisor, "large")
    assert [c.account_no for c in picked.candidates] == ["330101000021", "330101000024"]
    assert picked.candidates[0].reason == "非居民 低压 630kW"


def test_repeated_outages_in_an_area(now: AppContext, supervisor: UserInfo) -> None:
    ctx = now
    customer(ctx, "330101000031", "甲", address="城关镇幸福村5组12号")
    customer(ctx, "330101000032", "乙", address="城关镇人民路8号")
    customer(ctx, "330101000033", "丙", address="城关镇光明路3号")

    def outage(area: str, days: int, withdrawn: bool = False) -> None:
        with ctx.write() as s:
            n = s.scalar(select(func.count()).select_from(Announcement)) or 0
            when = NOW - timedelta(days=days)
            s.add(
                Announcement(
                    notice_no=f"330101-GG-{n + 1}", hall_id=1, kind="unplanned_outage",
                    title="停电", area=area, starts_at=when, ends_at=when + timedelta(hours=2),
                    created_by=supervisor.id, created_at=when, updated_at=when,
                    withdrawn_at=when if withdrawn else None,
                )
            )  # fmt: skip

    outage("幸福村、光明路", 10)
    outage("幸福村", 40)
    outage("光明路", 50, withdrawn=True)  # withdrawn: not an outage
    outage("人民路", 20)
    outage("人民路", 120)  # too long ago
    picked = field_visits.candidates(ctx, supervisor, "outages")
    assert [(c.account_no, c.reason) for c in picked.candidates] == [
        ("330101000031", "近90天停电2次")
    ]


# -- plans ---------------------------------------------------------------------------------


def test_a_clerk_may_not_make_a_plan_and_nothing_is_written(
    now: AppContext, clerk: UserInfo
) -> None:
    ctx = now
    customer(ctx, "330101000041")
    before = audit_actions(ctx)
    with pytest.raises(PermissionDenied, match="须由"):
        plan(ctx, clerk, account_nos=["330101000041"])
    assert audit_actions(ctx) == before
    assert field_visits.list_plans(ctx, include_closed=True) == []


def test_a_plan_by_hand_deals_visitors_round_and_audits_it(
    now: AppContext,
    hall: tuple[HallInfo, UserInfo],
    clerk: UserInfo,
    supervisor: UserInfo,
) -> None:
    ctx = now
    other = add_staff(
        ctx, hall[1], "clerk", username="wang", display_name="王营业", staff_no="1002"
    )
    for n in range(1, 4):
        customer(ctx, f"33010100005{n}", f"客户{n}")
    made = plan(
        ctx,
        supervisor,
        account_nos=["330101000051", "330101000052", "330101000053"],
        visitor_ids=[clerk.id, other.id],
    )
    assert made.plan_no == "330101-ZF20261124-001"
    assert made.title == "新装回访" and made.rule_name == "手工选取"
    assert (made.total, made.pending, made.done) == (3, 3, 0)
    assert [(v.visitor, v.total) for v in made.visitors] == [
        ("张营业（1001）", 2),
        ("王营业（1002）", 1),
    ]
    assert audit_actions(ctx)[-1] == "visit_plan.created"
    # The same customer cannot be in two open plans of the same questionnaire.
    with pytest.raises(UserError, match="330101000051 的客户已在进行中"):
        plan(ctx, supervisor, account_nos=["330101000051"])
    with pytest.raises(UserError, match="户号 330101999999 不存在"):
        plan(ctx, supervisor, account_nos=["330101999999"], survey_code="annual_satisfaction")
    # The clerk's list holds their own two.
    mine = field_visits.to_do(ctx, clerk)
    assert [t.account_no for t in mine] == ["330101000051", "330101000053"]
    assert mine[0].customer_name == "客**" and not mine[0].overdue
    # Reassigned: the third now the other clerk's.
    field_visits.assign(ctx, supervisor, [mine[1].target_id], other.id)
    assert [t.account_no for t in field_visits.to_do(ctx, clerk)] == ["330101000051"]
    assert audit_actions(ctx)[-1] == "visit_plan.assigned"
    # Past its due date with customers pending: overdue.
    at(ctx, NOW + timedelta(days=15))
    assert field_visits.list_plans(ctx)[0].overdue
    assert field_visits.to_do(ctx, clerk)[0].overdue


def test_bad_dates_are_refused(now: AppContext, supervisor: UserInfo) -> None:
    customer(now, "330101000061")
    with pytest.raises(UserError, match="结束日不能早于开始日"):
        plan(now, supervisor, account_nos=["330101000061"], period_to=TODAY - timedelta(days=1))
    with pytest.raises(UserError, match="完成期限不能早于"):
        plan(now, supervisor, account_nos=["330101000061"], due_date=TODAY - timedelta(days=1))
    with pytest.raises(UserError, match="问卷应为"):
        plan(now, supervisor, account_nos=["330101000061"], survey_code="nope")


# -- recording visits ----------------------------------------------------------------------


def _one_target(ctx: AppContext, boss: UserInfo, visitor: UserInfo) -> int:
    customer(ctx, "330101000071", "陈大明")
    plan(ctx, boss, account_nos=["330101000071"], visitor_ids=[visitor.id])
    return field_visits.to_do(ctx, visitor)[0].target_id


def _nothing_written(ctx: AppContext, target_id: int, audits: int) -> None:
    with ctx.read() as s:
        assert s.scalar(select(func.count()).select_from(FieldVisit)) == 0
        assert s.scalar(select(func.count()).select_from(SurveyAnswer)) == 0
        assert s.scalar(select(func.count()).select_from(Complaint)) == 0
        assert s.get_one(VisitTarget, target_id).status == "pending"
    assert len(audit_actions(ctx)) == audits


@pytest.mark.parametrize(
    ("answers", "error"),
    [
        ({**GOOD, "staff_attitude": "6"}, "应打1至5分"),
        ({**GOOD, "on_time": ""}, "请回答“是否按承诺时间送电？”"),
        ({**GOOD, "on_time": "也许"}, "回答应为：是、否"),
        ({**GOOD, "visits_needed": "五次"}, "回答应为：一次、两次、三次及以上"),
        ({**GOOD, "weather": "晴"}, "没有这些题目：weather"),
        ({**GOOD, "remarks": "长" * 501}, "不能超过500字"),
    ],
)
def test_bad_answers_are_refused_and_nothing_is_written(
    now: AppContext, clerk: UserInfo, supervisor: UserInfo, answers: dict[str, str], error: str
) -> None:
    target = _one_target(now, supervisor, clerk)
    audits = len(audit_actions(now))
    with pytest.raises(UserError, match=error):
        field_visit_records.record_visit(
            now, clerk, target, method="上门", reached=True, answers=answers
        )
    _nothing_written(now, target, audits)


def test_other_refusals_write_nothing(
    now: AppContext, clerk: UserInfo, supervisor: UserInfo
) -> None:
    target = _one_target(now, supervisor, clerk)
    audits = len(audit_actions(now))
    record = field_visit_records.record_visit
    with pytest.raises(UserError, match="走访方式应为"):
        record(now, clerk, target, method="信鸽", reached=True, answers=GOOD)
    with pytest.raises(UserError, match="不能晚于现在"):
        record(now, clerk, target, method="上门", reached=True, answers=GOOD,
               visited_at=NOW + timedelta(hours=1))  # fmt: skip
    with pytest.raises(UserError, match="请说明未联系上的情况"):
        record(now, clerk, target, method="电话", reached=False, answers={})
    with pytest.raises(UserError, match="不能有问卷回答"):
        record(now, clerk, target, method="电话", reached=False, answers=GOOD, notes="无人")
    _nothing_written(now, target, audits)


def test_a_good_visit_finds_no_problem(
    now: AppContext, clerk: UserInfo, supervisor: UserInfo
) -> None:
    target = _one_target(now, supervisor, clerk)
    done = field_visit_records.record_visit(
        now, clerk, target, method="上门", reached=True, answers=GOOD, notes="客户满意"
    )
    assert (done.status, done.status_name, done.findings) == ("done", "已走访", ())
    visits = field_visit_records.target_visits(now, target)
    assert [(a.question_code, a.text, a.is_problem) for a in visits[0].answers][:2] == [
        ("on_time", "是", False),
        ("fees_as_told", "是", False),
    ]
    info = field_visits.list_plans(now)[0]
    assert (info.done, info.pending, info.percent_done, info.problems) == (1, 0, 100, 0)
    with pytest.raises(UserError, match="已走访"):
        field_visit_records.record_visit(now, clerk, target, method="上门", reached=True,
                                         answers=GOOD)  # fmt: skip
    assert audit_actions(now)[-1] == "field_visit.recorded"
    closed = field_visits.close_plan(now, supervisor, info.plan_no)
    assert closed.status_name == "已结束"
    assert field_visits.to_do(now, clerk) == []


def test_unreachable_then_tried_again(
    now: AppContext, clerk: UserInfo, supervisor: UserInfo
) -> None:
    target = _one_target(now, supervisor, clerk)
    first = field_visit_records.record_visit(
        now, clerk, target, method="电话", reached=False, answers={}, notes="电话无人接听"
    )
    assert first.status == "unreachable"
    plan_no = first.plan_no
    assert [t.status_name for t in field_visits.to_do(now, clerk)] == ["未联系上"]
    # Typed from the sheet afterwards: the hall's wall time of the visit.
    field_visit_records.record_visit(
        now, clerk, target, method="上门", reached=True, answers=GOOD,
        visited_at=datetime(2026, 11, 24, 9, 15),
    )  # fmt: skip
    assert field_visits.target_info(now, target).attempts == 2
    visits = field_visit_records.target_visits(now, target)
    assert [(v.method, v.reached, v.visited_at) for v in visits] == [
        ("电话", False, datetime(2026, 11, 24, 10, 0)),
        ("上门", True, datetime(2026, 11, 24, 9, 15)),
    ]
    assert field_visits.plan_detail(now, plan_no).targets[0].status == "done"


def test_pending_customers_keep_a_plan_open(
    now: AppContext, clerk: UserInfo, supervisor: UserInfo
) -> None:
    _one_target(now, supervisor, clerk)
    plan_no = field_visits.list_plans(now)[0].plan_no
    with pytest.raises(UserError, match="还有1户未走访"):
        field_visits.close_plan(now, supervisor, plan_no)
    with pytest.raises(PermissionDenied):
        field_visits.close_plan(now, clerk, plan_no)


def test_a_problem_answer_opens_a_finding_followed_to_its_close(
    ctx: AppContext, clerk: UserInfo, supervisor: UserInfo
) -> None:
    at(ctx, EVE)
    target = _one_target(ctx, supervisor, clerk)
    answers = {**GOOD, "on_time": "否", "staff_attitude": "2", "remarks": "装表晚了一周"}
    result = field_visit_records.record_visit(
        ctx, supervisor, target, method="电话", reached=True, answers=answers, notes="客户不满"
    )
    # Two problems: 否 on the promised time, 2 points for the attitude.
    assert [(f.question_code, f.answer, f.category) for f in result.findings] == [
        ("on_time", "否", "办电时限"),
        ("staff_attitude", "2", "服务态度"),
    ]
    finding = result.findings[0]
    assert finding.complaint_no == "330101-FX20260930-001"
    # 1 and 5 working days after the eve of the National Day holiday.
    assert finding.contact_due == date(2026, 10, 8)
    assert finding.decision_due == date(2026, 10, 13)
    assert finding.owner == "张营业（1001）"  # the plan's visitor, not who typed it in

    detail = complaint_lists.detail(ctx, finding.complaint_no)
    assert (detail.kind, detail.kind_name, detail.channel) == ("finding", "走访发现", "走访")
    assert detail.assignee == "张营业（1001）"
    assert "是否按承诺时间送电？ 客户回答“否”" in detail.content
    with ctx.read() as s:
        answer = s.scalar(select(SurveyAnswer).where(SurveyAnswer.question_code == "on_time"))
        assert answer is not None and answer.is_problem and answer.finding_id is not None
        row = s.get_one(Complaint, answer.finding_id)
        assert row.customer_id is not None and row.account_no == "330101000071"
        # A finding is not a complaint about a clerk: no 投诉数.
        assert clerk_complaints(s, 1, None, EVE + timedelta(days=1)) == {}
    entry = [a for a in audit_actions(ctx) if a.startswith(("complaint", "field_visit"))]
    assert entry == ["complaint.opened", "complaint.opened", "field_visit.recorded"]

    # Overdue once the decision day passes unanswered ...
    at(ctx, datetime(2026, 10, 14, 2, 0, tzinfo=UTC))
    rows = {r.complaint_no: r for r in complaint_lists.list_complaints(ctx)}
    assert rows[finding.complaint_no].decision_overdue
    # ... and followed to its close like a complaint, the customer told.
    no = finding.complaint_no
    complaints.record_contact(ctx, clerk, no, "电话联系客户，说明延误原因")
    complaints.resolve(ctx, clerk, no, "已查明装表延误原因，向客户致歉并整改")
    complaints.callback(ctx, clerk, no, "满意", "客户认可")
    closed = complaints.close(ctx, clerk, no)
    assert closed.status == "closed"
    info = field_visits.list_plans(ctx)[0]
    assert (info.problems, info.findings_closed) == (2, 1)
