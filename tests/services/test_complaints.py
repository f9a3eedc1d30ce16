"""Complaints and follow-ups: intake with deadlines from data, every step in order, overdue
flags, masked output, and a trail of events and audit entries."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from counter_app.domain.complaint_rules import ComplaintRulesError, load_complaint_rules
from counter_app.resources import resource
from counter_app.services import auth, complaint_lists, complaint_rules, complaints
from counter_app.services.auth import HallInfo, UserInfo
from counter_app.services.context import AppContext
from counter_app.services.errors import NotFound, UserError
from counter_app.store.models import (
    Account,
    AuditEntry,
    Complaint,
    ComplaintEvent,
    Customer,
)

# Wednesday 2026-09-30, 10:00 hall time: the day before the National Day holiday
# (1-7 October 2026; Saturday 10 October is a make-up working day, 调休).
EVE = datetime(2026, 9, 30, 2, 0, tzinfo=UTC)


def at(ctx: AppContext, moment: datetime) -> None:
    ctx.clock = lambda: moment


def on(ctx: AppContext, day: date, hour: int = 10) -> None:
    """Move the clock to ``hour`` o'clock hall time on ``day``."""
    at(ctx, datetime(day.year, day.month, day.day, hour - 8, 0, tzinfo=UTC))


def take(ctx: AppContext, clerk: UserInfo, **changes: object) -> str:
    values: dict[str, object] = {
        "channel": "柜台",
        "category": "办电时限",
        "content": "9月1日申请低压居民新装，承诺5个工作日装表，至今未装。",
        "request": "尽快装表接电，说明延误原因。",
        "contact_name": "王小明",
        "contact_phone": "13812341234",
    }
    values.update(changes)
    return complaints.open_complaint(ctx, clerk, **values).complaint_no  # type: ignore[arg-type]


@pytest.fixture
def eve(ctx: AppContext, clerk: UserInfo) -> AppContext:
    at(ctx, EVE)
    return ctx


def events(ctx: AppContext, number: str) -> list[tuple[str, str]]:
    with ctx.read() as s:
        rows = s.execute(
            select(ComplaintEvent.kind, ComplaintEvent.note)
            .join(Complaint, Complaint.id == ComplaintEvent.complaint_id)
            .where(Complaint.complaint_no == number)
            .order_by(ComplaintEvent.id)
        ).all()
    return [(kind, note) for kind, note in rows]


def audits(ctx: AppContext, number: str) -> list[AuditEntry]:
    with ctx.read() as s:
        return list(
            s.scalars(
                select(AuditEntry)
                .where(AuditEntry.entity == "complaint", AuditEntry.entity_id == number)
                .order_by(AuditEntry.id)
            )
        )


# -- the data file ---------------------------------------------------------------------


def test_shipped_rules() -> None:
    rules = load_complaint_rules(resource("complaints.toml"))
    assert rules.channels == ("柜台", "电话", "网站/APP", "信函", "其他")
    assert rules.categories == ("服务态度", "办电时限", "收费", "电能质量", "停电", "其他")
    assert (rules.contact_days, rules.decision_days) == (1, 7)
    assert rules.escalation == "12398 能源监管热线"
    assert rules.hotline == "12398"  # what every A5 paper prints as 投诉监督电话


GOOD = """
channels = ["柜台", "电话"]
categories = ["服务态度"]
contact_days = 1
decision_days = 7
escalation = "12398 能源监管热线"
"""


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            ("contact_days = 1", "contact_days = 0"),
            "contact_days（联系客户时限）应为1至60之间的整数",
        ),
        (("decision_days = 7", 'decision_days = "7"'), "decision_days（答复处理意见时限）应为"),
        (("decision_days = 7", "decision_days = true"), "decision_days（答复处理意见时限）应为"),
        (("contact_days = 1", "contact_days = 9"), "不应长于"),
        (
            ('channels = ["柜台", "电话"]', "channels = []"),
            "channels（受理渠道）应为非空的文字列表",
        ),
        (('channels = ["柜台", "电话"]', 'channels = ["柜台", "柜台"]'), "“柜台”重复"),
        (('channels = ["柜台", "电话"]', 'channels = ["柜台", " "]'), "空白"),
        (('categories = ["服务态度"]', 'categories = ["' + "很" * 21 + '"]'), "超过20个字"),
        (('escalation = "12398 能源监管热线"', 'escalation = ""'), "escalation（投诉升级渠道）"),
        (('escalation = "12398 能源监管热线"', ""), "缺少：escalation"),
        (('escalation = "12398 能源监管热线"', 'escalation = "能源监管热线"'), "应以电话号码开头"),
        (("decision_days = 7", "decision_days = 7\nreply_days = 3"), "未知的项：reply_days"),
        (("decision_days = 7", "decision_days = = 7"), "格式有误"),
    ],
)
def test_bad_rules_file_is_refused_naming_file_and_key(
    tmp_path: Path, change: tuple[str, str], message: str
) -> None:
    path = tmp_path / "complaints.toml"
    old, new = change
    assert old in GOOD
    path.write_text(GOOD.replace(old, new), encoding="utf-8")
    with pytest.raises(ComplaintRulesError, match=r"投诉参数文件 complaints\.toml") as info:
        load_complaint_rules(path)
    assert message in str(info.value)


def test_missing_rules_file(tmp_path: Path) -> None:
    with pytest.raises(ComplaintRulesError, match="无法读取"):
        load_complaint_rules(tmp_path / "nowhere.toml")


# -- intake ------------------------------------------------------------------------------


def test_deadlines_across_the_national_day_holiday(eve: AppContext, clerk: UserInfo) -> None:
    info = complaints.open_complaint(
        eve,
        clerk,
        "电话",
        "办电时限",
        "装表超期",
        "",
        contact_name="王小明",
        contact_phone="138 1234 1234",
    )
    assert info.complaint_no == "330101-TS20260930-001"
    assert info.status == "open" and info.kind == "complaint" and info.received_at == EVE
    # 1 working day after 30 September: the holiday runs 1-7 October.
    assert info.contact_due == date(2026, 10, 8)
    # 8, 9, 10 (the make-up Saturday), 12, 13, 14, 15 October: without the
    # make-up day it would be the 16th.
    assert info.decision_due == date(2026, 10, 15)
    assert complaint_rules.due_dates(eve) == (date(2026, 10, 8), date(2026, 10, 15))
    # Numbers run per hall and day.
    assert take(eve, clerk) == "330101-TS20260930-002"
    on(eve, date(2026, 10, 8))
    assert take(eve, clerk) == "330101-TS20261008-001"
    with eve.read() as s:
        stored = s.scalars(select(Complaint).order_by(Complaint.id)).first()
    assert stored is not None
    assert stored.contact_phone == "13812341234"  # a mobile is kept normalised
    assert stored.created_by == clerk.id and stored.customer_id is None


def test_opening_writes_an_event_and_a_masked_audit_entry(eve: AppContext, clerk: UserInfo) -> None:
    number = take(eve, clerk)
    assert events(eve, number) == [("opened", "柜台受理，办电时限")]
    (entry,) = audits(eve, number)
    assert entry.action == "complaint.opened" and entry.user_id == clerk.id
    assert entry.detail["contact_due"] == "2026-10-08"
    assert entry.detail["decision_due"] == "2026-10-15"
    dumped = json.dumps(entry.detail, ensure_ascii=False)
    assert "王小明" not in dumped and "13812341234" not in dumped and "装表" not in dumped


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"content": "   "}, "请填写投诉内容"),
        ({"content": "很" * 2001}, "不能超过2000字"),
        ({"channel": "微信"}, "受理渠道应为：柜台、电话、网站/APP、信函、其他"),
        ({"category": "态度"}, "投诉类别应为"),
        ({"account_no": "33-01"}, "户号应为数字"),
        ({"contact_phone": "打电话"}, "联系电话应为手机号码或固定电话号码"),
        ({"contact_name": "名" * 61}, "联系人姓名过长"),
    ],
)
def test_intake_refuses_bad_input(
    eve: AppContext, clerk: UserInfo, changes: dict[str, str], message: str
) -> None:
    with pytest.raises(UserError, match=message):
        take(eve, clerk, **changes)
    with eve.read() as s:
        assert s.scalar(select(func.count()).select_from(Complaint)) == 0


def test_a_known_account_links_the_customer_and_a_landline_is_kept(
    eve: AppContext, clerk: UserInfo
) -> None:
    with eve.write() as s:
        customer = Customer(
            kind="person",
            name="赵大海",
            cert_type="居民身份证",
            cert_no="11010519491231002X",
            mobile="13900001111",
            created_at=EVE,
            updated_at=EVE,
        )
        s.add(customer)
        s.flush()
        s.add(
            Account(
                account_no="330101000777",
                hall_id=1,
                customer_id=customer.id,
                address="城关镇幸福村5组12号",
                category="居民",
                voltage="低压",
                status="active",
                opened_at=EVE,
                updated_at=EVE,
            )
        )
    number = take(eve, clerk, account_no="330101000777", contact_name="", contact_phone="")
    d = complaint_lists.detail(eve, number)
    # Nothing given at intake: the account holder's name and mobile, masked.
    assert (d.customer, d.phone, d.account_no) == ("赵**", "139****1111", "330101000777")
    other = take(eve, clerk, contact_name="", contact_phone="0571-12345678")
    assert complaint_lists.detail(eve, other).phone == "057*******78"
    with pytest.raises(NotFound, match="找不到该客户"):
        take(eve, clerk, customer_id=999)


# -- the steps, in order --------------------------------------------------------------


def test_whole_walk_to_closed_with_events_and_audit(
    eve: AppContext, clerk: UserInfo, supervisor: UserInfo
) -> None:
    number = take(eve, clerk)
    d = complaint_lists.detail(eve, number)
    assert (d.status, d.status_name) == ("open", "待联系")
    assert d.allowed == {"assign", "contact"}

    on(eve, date(2026, 9, 30), 11)
    d = complaints.assign(eve, clerk, number, supervisor.id)
    assert d.assignee == "李班长（0101）" and d.status == "open"

    on(eve, date(2026, 10, 8), 9)
    d = complaints.record_contact(eve, supervisor, number, "电话联系客户，说明正在排期")
    assert d.status == "contacted" and d.status_name == "处理中"
    assert d.contacted_at == datetime(2026, 10, 8, 1, 0, tzinfo=UTC)
    assert d.allowed == {"assign", "contact", "resolve"}
    # A second contact is recorded too; the first one's time stays.
    on(eve, date(2026, 10, 9), 9)
    d = complaints.record_contact(eve, supervisor, number, "约定10月12日装表")
    assert d.contacted_at == datetime(2026, 10, 8, 1, 0, tzinfo=UTC)

    on(eve, date(2026, 10, 12), 15)
    d = complaints.resolve(eve, supervisor, number, "10月12日已装表接电，延误系表计缺货，已致歉")
    assert d.status == "resolved" and d.status_name == "已处理待回访"
    assert d.resolved_at == datetime(2026, 10, 12, 7, 0, tzinfo=UTC)
    assert d.resolution.startswith("10月12日已装表接电")
    assert d.allowed == {"assign", "callback"}

    on(eve, date(2026, 10, 13))
    d = complaints.callback(eve, supervisor, number, "满意", "客户表示认可")
    assert d.callback_result == "满意" and d.status_name == "已回访待办结"
    assert d.allowed == {"assign", "close"}

    d = complaints.close(eve, supervisor, number)
    assert d.status == "closed" and d.status_name == "已办结"
    assert d.closed_at == datetime(2026, 10, 13, 2, 0, tzinfo=UTC)
    assert d.allowed == frozenset()
    assert not d.overdue

    assert [(e.kind_name, e.user) for e in d.events] == [
        ("受理", "张营业（1001）"),
        ("指派", "张营业（1001）"),
        ("联系客户", "李班长（0101）"),
        ("联系客户", "李班长（0101）"),
        ("处理结果", "李班长（0101）"),
        ("回访", "李班长（0101）"),
        ("办结", "李班长（0101）"),
    ]
    assert d.events[1].note == "指派给 李班长（0101）"
    assert d.events[5].note == "客户满意：客户表示认可"
    assert d.events[2].at == datetime(2026, 10, 8, 1, 0, tzinfo=UTC)
    assert [a.action for a in audits(eve, number)] == [
        "complaint.opened",
        "complaint.assigned",
        "complaint.contacted",
        "complaint.contacted",
        "complaint.resolved",
        "complaint.callback",
        "complaint.closed",
    ]
    assert audits(eve, number)[5].detail["verdict"] == "满意"

    # Closed is final: every step is refused, and nothing was deleted.
    for step in (
        lambda: complaints.assign(eve, supervisor, number, clerk.id),
        lambda: complaints.record_contact(eve, supervisor, number, "再联系"),
        lambda: complaints.resolve(eve, supervisor, number, "再处理"),
        lambda: complaints.callback(eve, supervisor, number, "满意"),
        lambda: complaints.close(eve, supervisor, number),
    ):
        with pytest.raises(UserError, match=f"{number} 已办结"):
            step()
    with eve.read() as s:
        assert s.scalar(select(func.count()).select_from(Complaint)) == 1
        assert s.scalar(select(func.count()).select_from(ComplaintEvent)) == 7


def test_steps_out_of_order_are_refused(eve: AppContext, clerk: UserInfo) -> None:
    number = take(eve, clerk)
    with pytest.raises(UserError, match="尚未与客户联系，请先记录联系情况"):
        complaints.resolve(eve, clerk, number, "已处理")
    with pytest.raises(UserError, match="尚未登记处理结果，请先登记处理结果，再回访"):
        complaints.callback(eve, clerk, number, "满意")
    with pytest.raises(UserError, match="尚未登记处理结果，不能办结"):
        complaints.close(eve, clerk, number)
    with pytest.raises(UserError, match="请填写联系情况"):
        complaints.record_contact(eve, clerk, number, "  ")
    complaints.record_contact(eve, clerk, number, "已电话联系")
    with pytest.raises(UserError, match="请填写处理结果"):
        complaints.resolve(eve, clerk, number, "")
    complaints.resolve(eve, clerk, number, "已处理")
    with pytest.raises(UserError, match="尚未回访客户，不能办结"):
        complaints.close(eve, clerk, number)
    with pytest.raises(UserError, match="已登记处理结果，请先回访客户"):
        complaints.resolve(eve, clerk, number, "再处理")
    with pytest.raises(UserError, match="与客户的联系请作为回访记录"):
        complaints.record_contact(eve, clerk, number, "又联系")
    with pytest.raises(UserError, match="回访结果应为：满意、基本满意、不满意"):
        complaints.callback(eve, clerk, number, "非常满意")
    complaints.callback(eve, clerk, number, "基本满意")
    with pytest.raises(UserError, match=r"已回访（基本满意），可以办结"):
        complaints.callback(eve, clerk, number, "满意")
    with pytest.raises(UserError, match="可以办结，无需重新处理"):
        complaints.resolve(eve, clerk, number, "再处理")
    # Refused steps left no trace.
    assert [kind for kind, _ in events(eve, number)] == [
        "opened",
        "contacted",
        "resolved",
        "callback",
    ]
    with pytest.raises(NotFound, match="找不到投诉编号 330101-TS20260930-999"):
        complaint_lists.detail(eve, "330101-TS20260930-999")


def test_dissatisfied_callback_allows_handling_again_or_closing(
    eve: AppContext, clerk: UserInfo
) -> None:
    number = take(eve, clerk)
    complaints.record_contact(eve, clerk, number, "已联系")
    complaints.resolve(eve, clerk, number, "解释了排期")
    d = complaints.callback(eve, clerk, number, "不满意", "客户认为解释不充分")
    assert d.status_name == "回访不满意" and d.allowed == {"assign", "resolve", "close"}
    with pytest.raises(UserError, match="请重新登记处理结果后再回访，或直接办结"):
        complaints.callback(eve, clerk, number, "满意")
    d = complaints.resolve(eve, clerk, number, "班长上门致歉并当日装表")
    # The new resolution needs its own callback before closing.
    assert d.callback_result == "" and d.allowed == {"assign", "callback"}
    assert d.events[-1].note == "重新处理：班长上门致歉并当日装表"
    assert d.resolution == "班长上门致歉并当日装表"
    complaints.callback(eve, clerk, number, "满意")
    assert complaints.close(eve, clerk, number).status == "closed"
    # The earlier resolution and verdict stay in the trail.
    notes = [note for _, note in events(eve, number)]
    assert "解释了排期" in notes and "客户不满意：客户认为解释不充分" in notes


def test_assignment_rules(
    eve: AppContext, clerk: UserInfo, supervisor: UserInfo, hall: tuple[HallInfo, UserInfo]
) -> None:
    number = take(eve, clerk)
    complaints.assign(eve, clerk, number, supervisor.id)
    with pytest.raises(UserError, match="已指派给 李班长（0101）"):
        complaints.assign(eve, clerk, number, supervisor.id)
    with pytest.raises(UserError, match="只能指派给本营业厅在用的人员"):
        complaints.assign(eve, clerk, number, 999)
    auth.set_user_active(eve, hall[1], supervisor.id, False)
    with pytest.raises(UserError, match="只能指派给本营业厅在用的人员"):
        complaints.assign(eve, clerk, number, supervisor.id)
    # Reassigning is a step like any other.
    assert complaints.assign(eve, clerk, number, clerk.id).assignee == "张营业（1001）"
    assert [kind for kind, _ in events(eve, number)] == ["opened", "assigned", "assigned"]


# -- overdue ---------------------------------------------------------------------------------


def test_overdue_flags_follow_the_clock(eve: AppContext, clerk: UserInfo) -> None:
    number = take(eve, clerk)

    def row() -> complaint_lists.ComplaintRow:
        (only,) = complaint_lists.list_complaints(eve)
        return only

    # Holidays do not make it late: still within the contact day on 8 October.
    on(eve, date(2026, 10, 8), 17)
    assert (row().contact_overdue, row().decision_overdue) == (False, False)
    assert complaint_lists.open_counts(eve) == (1, 0)
    assert complaint_lists.list_complaints(eve, overdue_only=True) == []

    on(eve, date(2026, 10, 9))
    assert (row().contact_overdue, row().decision_overdue) == (True, False)
    assert row().overdue and complaint_lists.open_counts(eve) == (1, 1)
    assert [r.complaint_no for r in complaint_lists.list_complaints(eve, overdue_only=True)] == [
        number
    ]
    assert complaint_lists.detail(eve, number).contact_overdue

    complaints.record_contact(eve, clerk, number, "联系上了")
    assert not row().overdue and complaint_lists.open_counts(eve) == (1, 0)

    on(eve, date(2026, 10, 15))  # the decision's last day
    assert not row().decision_overdue
    on(eve, date(2026, 10, 16))
    assert row().decision_overdue and not row().contact_overdue
    assert complaint_lists.open_counts(eve) == (1, 1)
    assert complaint_lists.detail(eve, number).decision_overdue

    complaints.resolve(eve, clerk, number, "已处理")
    assert not row().overdue and complaint_lists.open_counts(eve) == (1, 0)
    complaints.callback(eve, clerk, number, "满意")
    complaints.close(eve, clerk, number)
    assert complaint_lists.open_counts(eve) == (0, 0)


def test_list_filters_by_status(eve: AppContext, clerk: UserInfo) -> None:
    first = take(eve, clerk)
    second = take(eve, clerk, channel="电话", category="收费")
    third = take(eve, clerk)
    complaints.record_contact(eve, clerk, second, "已联系")
    for step in ("contact", "resolve", "callback", "close"):
        if step == "contact":
            complaints.record_contact(eve, clerk, third, "已联系")
        elif step == "resolve":
            complaints.resolve(eve, clerk, third, "已处理")
        elif step == "callback":
            complaints.callback(eve, clerk, third, "满意")
        else:
            complaints.close(eve, clerk, third)

    def numbers(**kw: object) -> list[str]:
        return [r.complaint_no for r in complaint_lists.list_complaints(eve, **kw)]  # type: ignore[arg-type]

    assert numbers() == [third, second, first]  # newest first
    assert numbers(status="active") == [second, first]
    assert numbers(status="open") == [first]
    assert numbers(status="contacted") == [second]
    assert numbers(status="closed") == [third]
    row = complaint_lists.list_complaints(eve, status="contacted")[0]
    assert (row.channel, row.category, row.kind_name, row.status_name) == (
        "电话",
        "收费",
        "投诉",
        "处理中",
    )
    assert row.customer == "王**" and row.assignee == ""
    with pytest.raises(ValueError):
        complaint_lists.list_complaints(eve, status="deleted")


def test_detail_masks_contact_data(eve: AppContext, clerk: UserInfo) -> None:
    number = take(eve, clerk, account_no="330101000123")
    d = complaint_lists.detail(eve, number)
    assert (d.customer, d.phone, d.account_no) == ("王**", "138****1234", "330101000123")
    assert (d.channel, d.category, d.kind, d.kind_name) == ("柜台", "办电时限", "complaint", "投诉")
    assert d.created_by == "张营业（1001）" and d.assignee == ""
    assert d.request == "尽快装表接电，说明延误原因。"
    rows = complaint_lists.list_complaints(eve)
    text = repr(d) + repr(rows)
    assert "王小明" not in text and "13812341234" not in text
    anonymous = take(eve, clerk, contact_name="", contact_phone="")
    d = complaint_lists.detail(eve, anonymous)
    assert (d.customer, d.phone) == ("", "")


# -- follow-ups opened by a bad rating ----------------------------------------------------


def test_followups_take_the_same_steps(
    eve: AppContext, clerk: UserInfo, supervisor: UserInfo
) -> None:
    # As the rating service creates them: 15 working days to fix, assigned to the supervisor.
    with eve.write() as s:
        s.add(
            Complaint(
                complaint_no="330101-HF20260930-001",
                hall_id=1,
                kind="followup",
                channel="评价",
                category="服务态度",
                contact_name="孙丽",
                contact_phone="13700002222",
                content="客户评价：不满意",
                rating=2,
                received_at=EVE,
                contact_due=date(2026, 10, 8),
                decision_due=date(2026, 10, 27),
                assigned_to=supervisor.id,
                status="open",
                created_by=clerk.id,
                updated_at=EVE,
            )
        )
    number = "330101-HF20260930-001"
    (row,) = complaint_lists.list_complaints(eve)
    assert (row.kind, row.kind_name, row.assignee) == ("followup", "评价回访", "李班长")
    on(eve, date(2026, 10, 9))
    assert complaint_lists.list_complaints(eve, overdue_only=True)[0].contact_overdue
    d = complaints.record_contact(eve, supervisor, number, "回访电话，客户反映等候时间长")
    assert d.rating == 2 and d.customer == "孙*" and d.phone == "137****2222"
    complaints.resolve(eve, supervisor, number, "已调整窗口排班")
    complaints.callback(eve, supervisor, number, "基本满意")
    d = complaints.close(eve, supervisor, number)
    assert d.status == "closed"
    assert [e.kind for e in d.events] == ["contacted", "resolved", "callback", "closed"]
    assert [a.action for a in audits(eve, number)] == [
        "complaint.contacted",
        "complaint.resolved",
        "complaint.callback",
        "complaint.closed",
    ]
    assert complaint_lists.open_counts(eve) == (0, 0)


# -- the slip ---------------------------------------------------------------------------------


def test_slip_content_is_masked_and_printed(
    eve: AppContext, clerk: UserInfo, tmp_path: Path
) -> None:
    number = take(eve, clerk, account_no="330101000123")
    slip = complaints.complaint_slip(eve, number)
    assert slip.complaint_no == number and slip.hall_name == "城关供电营业厅"
    assert (slip.customer_name, slip.phone) == ("王**", "138****1234")
    assert slip.received_at == datetime(2026, 9, 30, 10, 0)  # hall-local, as printed
    assert (slip.contact_due, slip.decision_due) == (date(2026, 10, 8), date(2026, 10, 15))
    assert slip.escalation == "12398 能源监管热线" and slip.clerk == "张营业（1001）"
    path = complaints.print_slip(eve, number, tmp_path)
    assert path == tmp_path / f"投诉受理回执_{number}.pdf" and path.stat().st_size > 0
    # The document is written beside the audit trail, not in it: nothing changed in the store.
    assert len(audits(eve, number)) == 1
    assert not list(tmp_path.glob(".*.tmp"))


def test_printing_does_not_change_the_deadlines(eve: AppContext, clerk: UserInfo) -> None:
    number = take(eve, clerk)
    at(eve, EVE + timedelta(days=30))
    slip = complaints.complaint_slip(eve, number)
    assert (slip.contact_due, slip.decision_due) == (date(2026, 10, 8), date(2026, 10, 15))
