"""Demo data: reproducible by seed, valid by the app's own rules, numbered as the app numbers."""

from __future__ import annotations

import re
from collections import Counter
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from counter_app.domain import workflow as wf
from counter_app.domain.clock import local_date, to_local
from counter_app.domain.identity import (
    is_valid_credit_code,
    is_valid_mobile,
    is_valid_resident_id,
)
from counter_app.services import applications, auth, demo
from counter_app.services.auth import HallInfo, UserInfo
from counter_app.services.context import AppContext, open_context
from counter_app.services.errors import UserError
from counter_app.store.models import (
    Account,
    Application,
    ApplicationEvent,
    ApplicationStep,
    AuditEntry,
    Customer,
    Sequence,
    Visit,
)

# Friday 2026-11-20, 15:00 in the hall: today's opening hours are half gone.
NOW = datetime(2026, 11, 20, 7, 0, tzinfo=UTC)
TODAY = date(2026, 11, 20)


def fixed(ctx: AppContext) -> AppContext:
    ctx.clock = lambda: NOW
    return ctx


def count(ctx: AppContext, model: type) -> int:
    with ctx.read() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def snapshot(ctx: AppContext) -> tuple[object, ...]:
    with ctx.read() as s:
        first = s.execute(
            select(Customer.name, Customer.cert_no, Customer.mobile).order_by(Customer.id)
        ).first()
        numbers = s.scalars(select(Application.application_no).order_by(Application.id)).all()
        visits = s.execute(
            select(Visit.visit_no, Visit.started_at, Visit.customer_id).order_by(Visit.id)
        ).all()
    counts = tuple(count(ctx, m) for m in (Customer, Account, Visit, Application, ApplicationStep))
    return counts, tuple(first or ()), tuple(numbers), tuple(visits)


@pytest.fixture
def filled(ctx: AppContext, clerk: UserInfo) -> demo.DemoSummary:
    return demo.fill_demo(fixed(ctx), customers=120, visits=900, days=30, seed=7)


def test_same_seed_same_data(tmp_path: Path, ctx: AppContext, hall: tuple[HallInfo, UserInfo]):
    demo.fill_demo(fixed(ctx), customers=60, visits=300, days=20, seed=3)
    other = fixed(open_context(str(tmp_path / "other" / "counter.db")))
    try:
        summary = demo.fill_demo(other, customers=60, visits=300, days=20, seed=3)
        assert snapshot(other) == snapshot(ctx)
        assert summary.customers == 60 and summary.visits == 300
    finally:
        other.close()
    third = fixed(open_context(str(tmp_path / "third" / "counter.db")))
    try:
        demo.fill_demo(third, customers=60, visits=300, days=20, seed=4)
        assert snapshot(third)[1] != snapshot(ctx)[1]  # another seed, another first customer
    finally:
        third.close()


def test_counts_and_summary(ctx: AppContext, filled: demo.DemoSummary) -> None:
    assert count(ctx, Customer) == filled.customers == 120
    assert count(ctx, Visit) == filled.visits == 900
    assert count(ctx, Application) == filled.applications > 0
    assert count(ctx, ApplicationStep) == filled.application_steps
    assert count(ctx, ApplicationEvent) == filled.application_events
    assert count(ctx, Account) == filled.accounts
    assert filled.first_day == TODAY - timedelta(days=29) and filled.last_day == TODAY
    assert not filled.created_hall and filled.created_users == ()  # the fixtures' hall and clerk
    text = "\n".join(filled.lines())
    assert "客户 120 户" in text and "来访 900 次" in text


def test_statuses_are_mixed_and_overdue_is_real(ctx: AppContext, filled: demo.DemoSummary):
    with ctx.read() as s:
        statuses = Counter(s.scalars(select(Application.status)))
        overdue = s.scalar(
            select(func.count(func.distinct(Application.id)))
            .join(ApplicationStep, ApplicationStep.application_id == Application.id)
            .where(
                Application.status == "in_progress",
                ApplicationStep.completed_at.is_(None),
                ApplicationStep.due_date < TODAY,
            )
        )
    assert statuses["completed"] > statuses["in_progress"] > 0
    assert statuses["completed"] > sum(statuses.values()) / 2
    assert overdue == filled.overdue
    assert set(statuses) <= {"completed", "in_progress", "paused", "returned", "cancelled"}


def test_every_identity_passes_the_apps_checks(ctx: AppContext, filled: demo.DemoSummary):
    with ctx.read() as s:
        customers = s.execute(select(Customer.kind, Customer.cert_type, Customer.cert_no,
                                     Customer.mobile, Customer.name)).all()  # fmt: skip
        account_nos = s.scalars(select(Account.account_no)).all()
    companies = [c for c in customers if c.kind == "company"]
    people = [c for c in customers if c.kind == "person"]
    assert companies and people
    for c in people:
        assert c.cert_type == "居民身份证"
        assert is_valid_resident_id(c.cert_no, today=TODAY), c.cert_no
        assert 2 <= len(c.name) <= 4
    for c in companies:
        assert c.cert_type == "统一社会信用代码"
        assert is_valid_credit_code(c.cert_no), c.cert_no
    assert all(is_valid_mobile(c.mobile) for c in customers)
    assert len(set(account_nos)) == len(account_nos)
    assert all(re.fullmatch(r"\d{10,13}", no) for no in account_nos)


def test_steps_and_dates_follow_the_definitions(ctx: AppContext, filled: demo.DemoSummary):
    with ctx.read() as s:
        apps = s.scalars(select(Application)).all()
        for app in apps:
            defn = ctx.workflows[app.business_code]
            accepted_on = local_date(app.accepted_at)
            expected = wf.step_due_dates(defn, accepted_on, ctx.calendar)
            assert [(st.code, st.due_date) for st in app.steps] == [
                (step.code, due) for step, due in expected
            ]
            assert app.promised_date == wf.promised_date(defn, accepted_on, ctx.calendar)
            assert app.steps[0].completed_at == app.accepted_at
            done = [st.completed_at for st in app.steps if st.completed_at is not None]
            assert done == sorted(done) and all(t <= NOW for t in done)
            if app.status == "completed":
                assert len(done) == len(app.steps) and app.completed_at == done[-1]
            else:
                assert app.completed_at is None
                first_open = next(st for st in app.steps if st.completed_at is None)
                assert app.current_step == first_open.code
            if defn.target == "account":
                assert app.account_id is not None
            visit = s.get_one(Visit, app.visit_id)
            assert visit.customer_id == app.customer_id
            assert visit.business_code == app.business_code and visit.ended_at == app.accepted_at


def test_visits_fall_in_opening_hours(ctx: AppContext, filled: demo.DemoSummary) -> None:
    with ctx.read() as s:
        visits = s.execute(select(Visit.started_at, Visit.ended_at, Visit.counter)).all()
    for started, ended, counter in visits:
        local = to_local(started)
        assert time(8, 30) <= local.time() <= time(17, 30)
        assert ended is not None and started <= ended <= NOW
        assert to_local(ended).time() <= time(17, 30)
        assert counter.isdigit()
        assert TODAY - timedelta(days=29) <= local.date() <= TODAY


def test_sequences_match_the_numbers_used(ctx: AppContext, filled: demo.DemoSummary) -> None:
    with ctx.read() as s:
        seqs = dict(s.execute(select(Sequence.name, Sequence.value)).tuples().all())
        visit_days = Counter(no.split("-V")[1][:8] for no in s.scalars(select(Visit.visit_no)))
        app_days = Counter(no.split("-")[1] for no in s.scalars(select(Application.application_no)))
        opened = s.scalars(select(Account.account_no).where(func.length(Account.account_no) == 12))
        opened_numbers = sorted(int(no[6:]) for no in opened)
    for day, n in visit_days.items():
        assert seqs[f"visit:330101:{day}"] == n
    for day, n in app_days.items():
        assert seqs[f"application:330101:{day}"] == n
    assert opened_numbers == list(range(1, len(opened_numbers) + 1))
    assert seqs.get("account:330101", 0) == len(opened_numbers)


def test_the_app_numbers_on_after_the_demo(
    ctx: AppContext, clerk: UserInfo, filled: demo.DemoSummary
) -> None:
    with ctx.read() as s:
        today_apps = s.scalar(
            select(func.count())
            .select_from(Application)
            .where(Application.application_no.like(f"330101-{TODAY:%Y%m%d}-%"))
        )
        today_visits = s.scalar(
            select(func.count())
            .select_from(Visit)
            .where(Visit.visit_no.like(f"330101-V{TODAY:%Y%m%d}-%"))
        )
    assert today_apps and today_visits  # the demo's today is half over
    values = {
        "cert_type": "居民身份证",
        "cert_no": "11010519491231002X",
        "name": "李秀英",
        "mobile": "13812341234",
        "is_proxy": False,
        "address": "城关镇人民路100号3单元",
        "capacity_kw": "8",
        "usage": "居民生活用电",
        "ownership_unclear": False,
    }
    accepted = applications.submit_application(
        ctx, clerk, "2", "lv_residential_new", values, ("applicant_id",), NOW
    )
    assert accepted.application_no == f"330101-{TODAY:%Y%m%d}-{today_apps + 1:04d}"
    assert accepted.visit_no == f"330101-V{TODAY:%Y%m%d}-{today_visits + 1:04d}"


def test_one_audit_entry_sums_it_up(ctx: AppContext, filled: demo.DemoSummary) -> None:
    with ctx.read() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.action == "demo.fill")).all()
    assert len(entries) == 1
    assert entries[0].detail["customers"] == 120 and entries[0].detail["visits"] == 900


def test_without_a_hall_the_demo_hall_and_users_are_made(ctx: AppContext) -> None:
    summary = demo.fill_demo(fixed(ctx), customers=20, visits=50, days=5, seed=1)
    assert summary.created_hall and summary.hall_code == "330101"
    assert summary.password == demo.DEMO_PASSWORD
    users = {u.username: u.role for u in auth.list_users(ctx)}
    assert Counter(users.values()) == {"clerk": 6, "supervisor": 1, "admin": 1}
    assert auth.login(ctx, "clerk1", demo.DEMO_PASSWORD).role == "clerk"
    with ctx.read() as s:
        clerks = set(s.scalars(select(Visit.clerk_id)))
    admin_id = next(u.id for u in auth.list_users(ctx) if u.role == "admin")
    assert admin_id not in clerks


def test_bad_sizes_are_refused(ctx: AppContext, hall: tuple[HallInfo, UserInfo]) -> None:
    with pytest.raises(UserError):
        demo.fill_demo(fixed(ctx), customers=0, visits=10, days=5, seed=1)
    with pytest.raises(UserError):
        demo.fill_demo(fixed(ctx), customers=10, visits=10, days=0, seed=1)
    # Before opening time on the only day asked for, no visit can have happened yet.
    ctx.clock = lambda: datetime(2026, 11, 20, 0, 0, tzinfo=UTC)  # 08:00 in the hall
    with pytest.raises(UserError):
        demo.fill_demo(ctx, customers=10, visits=10, days=1, seed=1)
    assert count(ctx, Customer) == 0


def test_generators_make_valid_numbers() -> None:
    import random

    rng = random.Random(5)
    for _ in range(500):
        number, male = demo.resident_id(rng, TODAY)
        assert is_valid_resident_id(number, today=TODAY)
        assert (int(number[16]) % 2 == 1) == male
        assert is_valid_credit_code(demo.credit_code(rng, "1"))
        assert is_valid_mobile(demo.mobile(rng))
        name, code = demo.company(rng)
        assert is_valid_credit_code(code) and len(name) >= 4
