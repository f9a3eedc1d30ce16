"""The queue: tickets, calls, recalls, no-shows, transfers, walk-ins, visit ends."""

from __future__ import annotations

import threading
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select
from support import PASSWORD

from counter_app.bootstrap import open_context
from counter_app.domain.clock import HALL_TZ
from counter_app.domain.queueing import (
    QueueDataError,
    format_ticket_no,
    load_queue_config,
    minutes_between,
    parse_queue_config,
)
from counter_app.resources import resource
from counter_app.services import applications, auth, counter_visit, queue
from counter_app.services.auth import HallInfo, UserInfo
from counter_app.services.context import AppContext
from counter_app.services.errors import NotFound, UserError
from counter_app.store.models import (
    Account,
    AuditEntry,
    Customer,
    Payment,
    Sequence,
    Ticket,
    Visit,
    VisitItem,
)

DAY = date(2026, 11, 23)  # a Monday


class Clock:
    """ctx.clock set to fixed aware datetimes, moved on step by step."""

    def __init__(self, day: date = DAY) -> None:
        self.day = day
        self.now = datetime(day.year, day.month, day.day, 8, 30, tzinfo=HALL_TZ)

    def __call__(self) -> datetime:
        return self.now

    def at(self, hour: int, minute: int, second: int = 0) -> datetime:
        self.now = datetime(
            self.day.year, self.day.month, self.day.day, hour, minute, second, tzinfo=HALL_TZ
        )
        return self.now


@pytest.fixture
def clock(ctx: AppContext) -> Clock:
    c = Clock()
    ctx.clock = c
    return c


def local(hour: int, minute: int, day: date = DAY) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=HALL_TZ)


def audits(ctx: AppContext) -> list[str]:
    with ctx.read() as s:
        return list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


def other_clerk(ctx: AppContext, hall: tuple[HallInfo, UserInfo]) -> UserInfo:
    return auth.add_user(
        ctx,
        hall[1],
        username="li",
        display_name="李收费",
        staff_no="1002",
        role="clerk",
        password=PASSWORD,
    )


# -- timestamps ----------------------------------------------------------------


def test_issue_call_end_stamp_the_times(ctx: AppContext, clerk: UserInfo, clock: Clock) -> None:
    clock.at(9, 0)
    ticket = queue.issue_ticket(ctx, "A")
    assert (ticket.ticket_no, ticket.category_name, ticket.people_ahead) == (
        "A001",
        "业扩报装/变更用电",
        0,
    )
    assert ticket.status == "waiting" and ticket.issued_at == local(9, 0)

    clock.at(9, 12)
    called = queue.call_next(ctx, clerk, "1", ["A"])
    assert called is not None
    assert called.ticket_no == "A001" and called.counter == "1" and called.category == "A"
    assert called.arrived_at == local(9, 0)
    assert called.called_at == called.started_at == local(9, 12)
    assert called.minutes_waited == 12

    with ctx.read() as s:
        t = s.scalars(select(Ticket)).one()
        v = s.get_one(Visit, called.visit_id)
    assert (t.status, t.called_at, t.called_by, t.counter) == (
        "called",
        local(9, 12),
        clerk.id,
        "1",
    )
    assert t.visit_id == v.id
    assert (v.outcome, v.category, v.business_code, v.clerk_id) == ("open", "A", "", clerk.id)
    assert v.arrived_at == local(9, 0) and v.called_at == v.started_at == local(9, 12)
    assert v.ended_at is None and v.rating is None
    # Stored UTC, read back aware.
    assert v.started_at.utcoffset() == timedelta(0)
    assert v.visit_no == "330101-V20261123-0001"

    clock.at(9, 20)
    ended = counter_visit.end_visit(ctx, clerk, called.visit_id, "completed")
    assert ended.minutes_waited == 12 and ended.minutes_handled == 8
    assert ended.outcome_name == "已办结" and ended.ended_at == local(9, 20)
    with ctx.read() as s:
        t = s.scalars(select(Ticket)).one()
        v = s.get_one(Visit, called.visit_id)
    assert t.status == "done"
    assert v.outcome == "completed" and v.ended_at == local(9, 20)
    assert audits(ctx)[-2:] == ["queue.call", "visit.end"]


def test_minutes_are_whole_minutes_waited() -> None:
    start = local(9, 0)
    assert minutes_between(start, start + timedelta(minutes=11, seconds=59)) == 11
    assert minutes_between(start, start + timedelta(minutes=12)) == 12
    assert minutes_between(start, start - timedelta(minutes=1)) == 0
    assert format_ticket_no("A", 7) == "A007" and format_ticket_no("B", 1000) == "B1000"


# -- numbering -----------------------------------------------------------------


def test_numbers_run_per_category_and_day(
    ctx: AppContext, hall: tuple[HallInfo, UserInfo], clock: Clock
) -> None:
    clock.at(8, 31)
    a1 = queue.issue_ticket(ctx, "A")
    a2 = queue.issue_ticket(ctx, "A")
    b1 = queue.issue_ticket(ctx, "B")
    assert [a1.ticket_no, a2.ticket_no, b1.ticket_no] == ["A001", "A002", "B001"]
    assert [a1.people_ahead, a2.people_ahead, b1.people_ahead] == [0, 1, 0]

    clock.day = DAY + timedelta(days=1)
    clock.at(8, 31)
    assert queue.issue_ticket(ctx, "A").ticket_no == "A001"
    assert queue.issue_ticket(ctx, "B").ticket_no == "B001"
    with ctx.read() as s:
        names = set(s.scalars(select(Sequence.name)))
        days = sorted({t.day for t in s.scalars(select(Ticket))})
    assert {
        "ticket:330101:20261123:A",
        "ticket:330101:20261123:B",
        "ticket:330101:20261124:A",
    } <= names
    assert days == [DAY, DAY + timedelta(days=1)]


def test_unknown_category_is_refused(ctx: AppContext, clerk: UserInfo, clock: Clock) -> None:
    with pytest.raises(UserError, match="没有业务类别“Z”"):
        queue.issue_ticket(ctx, "Z")
    with pytest.raises(UserError, match="本柜台办理的业务类别"):
        queue.call_next(ctx, clerk, "1", [])
    with pytest.raises(UserError, match="柜台号"):
        queue.walk_in(ctx, clerk, "", "A")


def test_waiting_list_and_status(ctx: AppContext, clerk: UserInfo, clock: Clock) -> None:
    clock.at(9, 0)
    queue.issue_ticket(ctx, "A")
    clock.at(9, 5)
    queue.issue_ticket(ctx, "B")
    clock.at(9, 7)
    queue.issue_ticket(ctx, "A")
    clock.at(9, 10)
    rows = queue.waiting(ctx)
    assert [(t.ticket_no, t.minutes_waited, t.people_ahead) for t in rows] == [
        ("A001", 10, 0),
        ("B001", 5, 0),
        ("A002", 3, 1),
    ]
    assert [t.ticket_no for t in queue.waiting(ctx, ["B"])] == ["B001"]
    assert queue.queue_status(ctx) == {"A": 2, "B": 1, "C": 0}

    queue.call_next(ctx, clerk, "1", ["A"])
    assert queue.queue_status(ctx) == {"A": 1, "B": 1, "C": 0}
    assert [t.ticket_no for t in queue.waiting(ctx)] == ["B001", "A002"]
    # Yesterday's tickets never wait today.
    clock.day = DAY + timedelta(days=1)
    clock.at(8, 30)
    assert queue.waiting(ctx) == [] and queue.queue_status(ctx) == {"A": 0, "B": 0, "C": 0}


# -- calling -------------------------------------------------------------------


def test_call_next_takes_the_oldest_of_the_counters_categories(
    ctx: AppContext, clerk: UserInfo, hall: tuple[HallInfo, UserInfo], clock: Clock
) -> None:
    for minute, category in [(0, "A"), (1, "B"), (2, "A"), (3, "C")]:
        clock.at(9, minute)
        queue.issue_ticket(ctx, category)
    clock.at(9, 10)
    called = []
    for _ in range(3):
        visit = queue.call_next(ctx, clerk, "1", ["B", "A"])
        assert visit is not None
        called.append(visit.ticket_no)
        counter_visit.end_visit(ctx, clerk, visit.visit_id, "completed")
    assert called == ["A001", "B001", "A002"]
    # C is not served at counter 1: nothing left for it.
    assert queue.call_next(ctx, clerk, "1", ["A", "B"]) is None
    second = other_clerk(ctx, hall)
    c = queue.call_next(ctx, second, "2", ["C"])
    assert c is not None and c.ticket_no == "C001" and c.clerk_id == second.id


def test_two_calls_in_a_row_never_get_the_same_ticket(
    ctx: AppContext, clerk: UserInfo, hall: tuple[HallInfo, UserInfo], clock: Clock
) -> None:
    clock.at(9, 0)
    queue.issue_ticket(ctx, "A")
    queue.issue_ticket(ctx, "A")
    second = other_clerk(ctx, hall)
    clock.at(9, 5)
    first = queue.call_next(ctx, clerk, "1", ["A"])
    other = queue.call_next(ctx, second, "2", ["A"])
    assert first is not None and other is not None
    assert (first.ticket_no, other.ticket_no) == ("A001", "A002")
    assert first.visit_id != other.visit_id
    assert queue.call_next(ctx, second, "3", ["A"]) is None


def test_counters_calling_at_once_share_the_queue(
    ctx: AppContext,
    clerk: UserInfo,
    hall: tuple[HallInfo, UserInfo],
    clock: Clock,
    db_path: Path,
) -> None:
    """Two PCs (two engines on one database) call at the same time: no ticket twice."""
    clock.at(9, 0)
    for _ in range(12):
        queue.issue_ticket(ctx, "B")
    second = other_clerk(ctx, hall)
    got: dict[str, list[str]] = {"1": [], "2": []}
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def counter(number: str, user: UserInfo) -> None:
        pc = open_context(str(db_path))
        pc.clock = lambda: local(9, 30)
        try:
            start.wait()
            while (visit := queue.call_next(pc, user, number, ["B"])) is not None:
                got[number].append(visit.ticket_no)
                counter_visit.end_visit(pc, user, visit.visit_id, "completed")
        except BaseException as exc:  # reported below, in the test's thread
            errors.append(exc)
        finally:
            pc.close()

    threads = [
        threading.Thread(target=counter, args=("1", clerk)),
        threading.Thread(target=counter, args=("2", second)),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not errors, errors
    everything = got["1"] + got["2"]
    assert sorted(everything) == [f"B{n:03d}" for n in range(1, 13)]
    assert len(set(everything)) == 12
    with ctx.read() as s:
        assert len(s.scalars(select(Visit)).all()) == 12


def test_a_counter_serves_one_visit_at_a_time(
    ctx: AppContext, clerk: UserInfo, clock: Clock
) -> None:
    clock.at(9, 0)
    queue.issue_ticket(ctx, "A")
    queue.issue_ticket(ctx, "A")
    visit = queue.call_next(ctx, clerk, "1", ["A"])
    assert visit is not None
    with pytest.raises(UserError, match="1号柜台还有未结束的来访"):
        queue.call_next(ctx, clerk, "1", ["A"])
    with pytest.raises(UserError, match="未结束的来访"):
        queue.walk_in(ctx, clerk, "1", "C")
    assert queue.queue_status(ctx)["A"] == 1  # the refused call took nothing


def test_recall(ctx: AppContext, clerk: UserInfo, clock: Clock) -> None:
    clock.at(9, 0)
    queue.issue_ticket(ctx, "A")
    queue.issue_ticket(ctx, "A")
    clock.at(9, 3)
    visit = queue.call_next(ctx, clerk, "1", ["A"])
    assert visit is not None
    clock.at(9, 4)
    assert queue.recall(ctx, clerk, "A001").recalls == 1
    again = queue.recall(ctx, clerk, "a001")
    assert again.recalls == 2 and again.status == "called" and again.minutes_waited == 3
    assert queue.current_visit(ctx, clerk, "1").recalls == 2  # type: ignore[union-attr]
    assert audits(ctx).count("queue.recall") == 2
    with pytest.raises(UserError, match="A002 当前为“等候中”"):
        queue.recall(ctx, clerk, "A002")
    with pytest.raises(NotFound, match="今天没有号票 A009"):
        queue.recall(ctx, clerk, "A009")


def test_no_show(ctx: AppContext, clerk: UserInfo, clock: Clock) -> None:
    clock.at(9, 0)
    queue.issue_ticket(ctx, "B")
    clock.at(9, 2)
    visit = queue.call_next(ctx, clerk, "1", ["B"])
    assert visit is not None
    queue.recall(ctx, clerk, "B001")
    clock.at(9, 5)
    queue.no_show(ctx, clerk, visit.visit_id)
    with ctx.read() as s:
        t = s.scalars(select(Ticket)).one()
        v = s.get_one(Visit, visit.visit_id)
    assert t.status == "no_show" and t.recalls == 1
    assert v.outcome == "abandoned" and v.ended_at == local(9, 5)
    assert "queue.no_show" in audits(ctx)
    assert queue.current_visit(ctx, clerk, "1") is None
    with pytest.raises(UserError, match="已于 09:05 结束（客户离开）"):
        queue.no_show(ctx, clerk, visit.visit_id)
    walk = queue.walk_in(ctx, clerk, "1", "C")
    with pytest.raises(UserError, match="无号来访"):
        queue.no_show(ctx, clerk, walk.visit_id)


def test_transfer_gives_a_new_number_and_keeps_the_arrival(
    ctx: AppContext, clerk: UserInfo, hall: tuple[HallInfo, UserInfo], clock: Clock
) -> None:
    clock.at(9, 0)
    queue.issue_ticket(ctx, "C")
    clock.at(9, 5)
    queue.issue_ticket(ctx, "B")
    clock.at(9, 10)
    visit = queue.call_next(ctx, clerk, "1", ["C"])
    assert visit is not None
    with pytest.raises(UserError, match="无需转办"):
        queue.transfer(ctx, clerk, visit.visit_id, "C")

    clock.at(9, 15)
    moved = queue.transfer(ctx, clerk, visit.visit_id, "B")
    assert (moved.ticket_no, moved.category, moved.status) == ("B002", "B", "waiting")
    assert moved.issued_at == local(9, 0)  # the arrival is kept …
    assert moved.people_ahead == 0  # … so the customer is ahead of B001 (came at 9:05)
    assert moved.minutes_waited == 15
    with ctx.read() as s:
        old = s.scalar(select(Ticket).where(Ticket.ticket_no == "C001"))
        first = s.get_one(Visit, visit.visit_id)
    assert old is not None and old.status == "transferred"
    assert first.outcome == "referred" and first.ended_at == local(9, 15)
    assert [t.ticket_no for t in queue.waiting(ctx, ["B"])] == ["B002", "B001"]
    assert "queue.transfer" in audits(ctx)

    clock.at(9, 20)
    second = other_clerk(ctx, hall)
    next_visit = queue.call_next(ctx, second, "2", ["B"])
    assert next_visit is not None and next_visit.ticket_no == "B002"
    assert next_visit.arrived_at == local(9, 0) and next_visit.minutes_waited == 20
    with pytest.raises(UserError, match="已转办"):
        counter_visit.end_visit(ctx, clerk, visit.visit_id, "completed")


def test_walk_in(ctx: AppContext, clerk: UserInfo, clock: Clock) -> None:
    clock.at(10, 30)
    visit = queue.walk_in(ctx, clerk, "2", "C")
    assert visit.ticket_no == "" and visit.category_name == "咨询/其他"
    assert visit.arrived_at == visit.called_at == visit.started_at == local(10, 30)
    assert visit.minutes_waited == 0
    with ctx.read() as s:
        assert s.scalars(select(Ticket)).all() == []
    clock.at(10, 36)
    ended = counter_visit.end_visit(ctx, clerk, visit.visit_id, "completed")
    assert ended.ticket_no == "" and ended.minutes_handled == 6 and ended.minutes_waited == 0
    assert audits(ctx)[-2:] == ["queue.walk_in", "visit.end"]


@pytest.mark.parametrize(
    ("outcome", "name"),
    [
        ("completed", "已办结"),
        ("needs_documents", "需补资料"),
        ("referred", "已转办"),
        ("abandoned", "客户离开"),
    ],
)
def test_end_visit_outcomes_and_no_second_end(
    ctx: AppContext, clerk: UserInfo, clock: Clock, outcome: str, name: str
) -> None:
    clock.at(9, 0)
    queue.issue_ticket(ctx, "A")
    visit = queue.call_next(ctx, clerk, "1", ["A"])
    assert visit is not None
    clock.at(9, 30)
    ended = counter_visit.end_visit(ctx, clerk, visit.visit_id, outcome)
    assert (ended.outcome, ended.outcome_name) == (outcome, name)
    with ctx.read() as s:
        assert s.get_one(Visit, visit.visit_id).outcome == outcome
    clock.at(9, 31)
    with pytest.raises(UserError, match=f"已于 09:30 结束（{name}）"):
        counter_visit.end_visit(ctx, clerk, visit.visit_id, "completed")
    with ctx.read() as s:
        v = s.get_one(Visit, visit.visit_id)
    assert v.outcome == outcome and v.ended_at == local(9, 30)


def test_end_visit_refuses_an_unknown_outcome(
    ctx: AppContext, clerk: UserInfo, clock: Clock
) -> None:
    visit = queue.walk_in(ctx, clerk, "1", "C")
    with pytest.raises(UserError, match="来访结果不正确"):
        counter_visit.end_visit(ctx, clerk, visit.visit_id, "open")
    with pytest.raises(NotFound):
        counter_visit.end_visit(ctx, clerk, 999, "completed")


# -- businesses of a visit -----------------------------------------------------


def _payment(ctx: AppContext, clerk: UserInfo, receipt_no: str) -> int:
    """A payment row as payments.py writes it (only what the link needs)."""
    now = local(9, 0)
    with ctx.write() as s:
        customer = Customer(
            kind="person",
            name="赵六",
            cert_type="居民身份证",
            cert_no="330102199001011234",
            mobile="13812341234",
            created_at=now,
            updated_at=now,
        )
        s.add(customer)
        s.flush()
        account = Account(
            account_no="330101000001",
            hall_id=1,
            customer_id=customer.id,
            address="城关镇人民路2号",
            category="居民",
            voltage="低压",
            capacity_kw=None,
            status="active",
            opened_at=now,
            updated_at=now,
        )
        s.add(account)
        s.flush()
        s.add(
            Payment(
                receipt_no=receipt_no,
                hall_id=1,
                counter="1",
                clerk_id=clerk.id,
                account_id=account.id,
                paid_at=now,
                method="cash",
                total=Decimal("120.50"),
                tendered=None,
                change=None,
                check_code="ABC123",
                updated_at=now,
            )
        )
        return customer.id


VALUES = {
    "cert_type": "居民身份证",
    "cert_no": "11010519491231002X",
    "name": "张三丰",
    "mobile": "13812341234",
    "address": "城关镇人民路100号3单元",
    "capacity_kw": "8",
    "usage": "居民生活用电",
}


def test_add_item_links_the_businesses(ctx: AppContext, clerk: UserInfo, clock: Clock) -> None:
    clock.at(9, 0)
    queue.issue_ticket(ctx, "A")
    visit = queue.call_next(ctx, clerk, "1", ["A"])
    assert visit is not None
    # A business done through its own service joins the visit by itself …
    accepted = applications.submit_application(
        ctx,
        clerk,
        "1",
        "lv_residential_new",
        VALUES,
        ("applicant_id",),
        clock.now,
        visit_id=visit.visit_id,
    )
    customer_id = _payment(ctx, clerk, "R0001")

    # … and add_item records it once even when asked again.
    item = counter_visit.add_item(ctx, visit.visit_id, "application", accepted.application_no)
    assert (item.kind, item.kind_name, item.ref) == (
        "application",
        "业务受理",
        accepted.application_no,
    )
    counter_visit.add_item(ctx, visit.visit_id, "payment", "R0001")
    counter_visit.add_item(ctx, visit.visit_id, "inquiry", "阶梯电价")
    counter_visit.add_item(ctx, visit.visit_id, "payment", "R0001")  # the same one again: once
    with pytest.raises(NotFound, match="找不到收据号 R9999"):
        counter_visit.add_item(ctx, visit.visit_id, "payment", "R9999")
    with pytest.raises(NotFound, match="找不到受理编号"):
        counter_visit.add_item(ctx, visit.visit_id, "application", "330101-20261123-9999")
    with pytest.raises(UserError, match="未知的业务种类"):
        counter_visit.add_item(ctx, visit.visit_id, "refund", "x")
    with pytest.raises(UserError, match="请提供缴费的编号"):
        counter_visit.add_item(ctx, visit.visit_id, "payment", "")

    current = queue.current_visit(ctx, clerk, "1")
    assert current is not None
    assert [(i.kind, i.ref) for i in current.items] == [
        ("application", accepted.application_no),
        ("payment", "R0001"),
        ("inquiry", "阶梯电价"),
    ]
    with ctx.read() as s:
        v = s.get_one(Visit, visit.visit_id)
        payment = s.scalars(select(Payment)).one()
        count = len(s.scalars(select(VisitItem)).all())
    assert v.business_code == "lv_residential_new"
    assert v.customer_id is not None and v.customer_id != customer_id  # the application's
    assert payment.visit_id == v.id
    assert count == 3
    assert audits(ctx).count("visit.add_item") == 2  # the payment and the inquiry

    counter_visit.end_visit(ctx, clerk, visit.visit_id, "completed")
    with pytest.raises(UserError, match="已于 09:00 结束"):
        counter_visit.add_item(ctx, visit.visit_id, "inquiry", "")


def test_current_visit_survives_a_restart(
    ctx: AppContext, clerk: UserInfo, clock: Clock, db_path: Path
) -> None:
    clock.at(9, 0)
    queue.issue_ticket(ctx, "B")
    clock.at(9, 1)
    visit = queue.call_next(ctx, clerk, "3", ["B"])
    assert visit is not None
    ctx.close()
    again = open_context(str(db_path))
    again.clock = clock
    try:
        restored = queue.current_visit(again, clerk, "3")
        assert restored == visit
        assert queue.current_visit(again, clerk, "4") is None
        counter_visit.end_visit(again, clerk, visit.visit_id, "completed")
        assert queue.current_visit(again, clerk, "3") is None
    finally:
        again.close()


# -- the data file -------------------------------------------------------------


def test_queue_toml_matches_the_workflows(ctx: AppContext) -> None:
    cfg = load_queue_config(resource("queue.toml"))
    assert cfg.prefixes == ("A", "B", "C")
    assert [c.name for c in cfg.categories] == ["业扩报装/变更用电", "电费缴纳", "咨询/其他"]
    assert cfg.followup_days == 15 and cfg.bad_ratings == {1, 2}
    assert list(cfg.rating_names.items()) == [
        (5, "非常满意"),
        (4, "满意"),
        (3, "基本满意"),
        (2, "不满意"),
        (1, "非常不满意"),
    ]
    assert cfg.ticket_slip_footer
    covered = {code for c in cfg.categories for code in c.workflows}
    assert covered == set(ctx.workflows)
    cat = cfg.category_for_workflow("lv_residential_new")
    assert cat is not None and cat.prefix == "A"


GOOD = {
    "followup_days": 15,
    "bad_ratings": [1, 2],
    "ratings": {"5": "非常满意", "4": "满意", "3": "基本满意", "2": "不满意", "1": "非常不满意"},
    "categories": [{"prefix": "A", "name": "业扩", "businesses": ["新装"]}],
}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"followup_days": 0}, "followup_days 应为正整数"),
        ({"bad_ratings": [0]}, "bad_ratings 应为 1 至 5"),
        ({"ratings": {"5": "非常满意"}}, r"缺少等级：4、3、2、1"),
        ({"ratings": {**GOOD["ratings"], "6": "超满意"}}, "不能是“6”"),  # type: ignore[dict-item]
        ({"categories": []}, "至少需要一个业务类别"),
        (
            {
                "categories": [
                    {"prefix": "A", "name": "业扩", "businesses": ["新装"]},
                    {"prefix": "A", "name": "收费", "businesses": ["电费"]},
                ]
            },
            "号码前缀 A 重复",
        ),
        ({"categories": [{"prefix": "a1", "name": "x", "businesses": ["y"]}]}, "大写英文字母"),
        ({"categories": [{"prefix": "A", "name": "业扩"}]}, "缺少所办业务"),
        ({"colour": "red"}, "未知的键：colour"),
    ],
)
def test_bad_queue_data_is_refused_in_chinese(change: dict[str, object], message: str) -> None:
    with pytest.raises(QueueDataError, match=message) as info:
        parse_queue_config({**GOOD, **change}, "queue.toml")
    assert "queue.toml" in str(info.value)


def test_unreadable_queue_file(tmp_path: Path) -> None:
    path = tmp_path / "queue.toml"
    path.write_text("followup_days = ", encoding="utf-8")
    with pytest.raises(QueueDataError, match=r"排队配置文件 queue\.toml 无法读取"):
        load_queue_config(path)
