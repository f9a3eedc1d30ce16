"""Demo data (演示数据) for demonstrations, training and benchmarks, reproducible by seed.

``fill_demo`` writes what the app itself would have written over the last ``days``
days: customers with valid resident IDs or credit codes, their accounts, visits at
the counters in opening hours, applications across every business with a realistic
mix of statuses, then money (money.py). It keeps only the random choices and the bulk
insert: numbers come from domain/numbers.py, receipt check codes, settlement figures
and audit details from the services, so ``counter-app check`` passes on a demo store.

Rows are written with Core bulk inserts, one transaction per batch of customers and
one per day, each day's numbers taking one bump of the services' sequences, so the app
numbers on after the demo without a gap or a clash. Do not run it while the app is
using the same database.

Simplifications, on purpose: a finished change-of-service business does not change
its account; account statuses are drawn on their own; a prepayment stays on the
account (nothing debits it, as in the app)."""

from __future__ import annotations

import random
import time as _time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.demo.applications import COMPANY_WEIGHTS, PERSON_WEIGHTS, Chooser, business_of
from counter_app.demo.bills import choose_payers
from counter_app.demo.customers import fill_customers
from counter_app.demo.hall import (
    DEMO_ADMIN,
    DEMO_HALL,
    DEMO_PASSWORD,
    DEMO_STAFF,
)
from counter_app.demo.hall_day import HallDaySummary, with_hall_day
from counter_app.demo.money import MoneyCounts, fill_money, import_samples
from counter_app.demo.outreach import OutreachCounts, fill_outreach
from counter_app.demo.visits import Counts, day_windows, fill_day, split
from counter_app.domain import workflow as wf
from counter_app.domain.clock import local_date
from counter_app.domain.vocabulary import APPLICATION_STATUSES
from counter_app.services import audit, auth, payments
from counter_app.services.auth import HallInfo
from counter_app.services.context import AppContext
from counter_app.services.errors import UserError
from counter_app.services.marks import marks_path, sync_marks
from counter_app.services.store_kind import DEMO_MARKER, TRAINING_MARKER
from counter_app.store.db import sqlite_path
from counter_app.store.models import (
    AuditEntry,
    Base,
    Settlement,
)
from counter_app.store.models import (
    Sequence as SequenceRow,
)


@dataclass(frozen=True)
class DemoSummary:
    seed: int
    hall_code: str
    hall_name: str
    created_hall: bool
    created_users: tuple[str, ...]
    password: str  # the demo users' password; "" when no user was created
    customers: int
    companies: int
    accounts: int
    visits: int
    applications: int
    application_steps: int
    application_events: int
    status_counts: tuple[tuple[str, int], ...]
    overdue: int
    first_day: date
    last_day: date
    seconds: float
    payments: int = 0  # valid ones
    payment_total: Decimal = Decimal("0.00")
    payment_methods: tuple[tuple[str, int], ...] = ()
    payment_lines: int = 0
    voids: int = 0
    reprinted: int = 0
    arrears: int = 0  # generated bill months
    debtors: int = 0
    arrears_open: int = 0
    arrears_overdue: int = 0
    settlements: int = 0
    settlement_differences: int = 0
    fee_items: int = 0
    sample_arrears: int = 0  # rows of the sample arrears list imported
    hall_day: HallDaySummary | None = None  # tickets, ratings, follow-ups, complaints
    outreach: OutreachCounts | None = None  # visits and surveys (走访和调查)

    def lines(self) -> list[str]:
        statuses = "，".join(f"{name} {count}" for name, count in self.status_counts)
        methods = "，".join(f"{name} {count}" for name, count in self.payment_methods) or "无"
        out = [
            f"营业厅：{self.hall_code} {self.hall_name}"
            + ("（新建）" if self.created_hall else ""),
        ]
        if self.created_users:
            out.append(f"演示用户：{'、'.join(self.created_users)}，密码均为 {self.password}")
        out += [
            f"客户 {self.customers} 户（其中单位 {self.companies} 户），户号 {self.accounts} 个",
            f"来访 {self.visits} 次，{self.first_day.isoformat()} 至 {self.last_day.isoformat()}",
            f"业务受理 {self.applications} 件（{statuses}），其中超期 {self.overdue} 件；"
            f"办电环节 {self.application_steps} 条，事件 {self.application_events} 条",
            f"欠费 {self.arrears} 笔（{self.debtors} 户），至今未结清 {self.arrears_open} 笔，"
            f"其中已逾期 {self.arrears_overdue} 笔",
            f"收费 {self.payments} 笔（{methods}），合计 {self.payment_total:,.2f} 元，"
            f"收费明细 {self.payment_lines} 行；作废 {self.voids} 笔，补打 {self.reprinted} 笔",
            f"日结 {self.settlements} 份（有差额 {self.settlement_differences} 份），今日未日结",
            f"已导入示例收费标准（收费项目 {self.fee_items} 项）"
            + (f"和示例欠费清单（{self.sample_arrears} 行）" if self.sample_arrears else ""),
        ]
        if self.hall_day is not None:  # the queue, the ratings and the complaints
            out += ["大厅：", *self.hall_day.lines()]
        if self.outreach is not None:
            out += ["走访调查：", *self.outreach.lines()]
        out.append(f"随机种子 {self.seed}，用时 {self.seconds:.1f} 秒")
        return out


def ensure_staff(ctx: AppContext) -> tuple[HallInfo, bool, list[int], int | None, list[str]]:
    """The hall and who serves at its counters; the demo hall and users if there are none."""
    created: list[str] = []
    hall = auth.current_hall(ctx)
    created_hall = hall is None
    if hall is None:
        username, name, staff_no = DEMO_ADMIN
        hall, _admin = auth.setup_hall(
            ctx,
            **DEMO_HALL,
            admin_username=username,
            admin_name=name,
            admin_staff_no=staff_no,
            password=DEMO_PASSWORD,
        )
        with ctx.write() as s:
            s.add(SequenceRow(name=DEMO_MARKER, value=1))
        created.append(username)
    users = [u for u in auth.list_users(ctx) if u.active]
    admin = next((u for u in users if u.is_admin), None)
    if admin is not None and not any(u.role == "clerk" for u in users):
        existing = {u.username for u in users}
        for username, name, staff_no, role in DEMO_STAFF:
            if username not in existing:
                auth.add_user(
                    ctx,
                    admin,
                    username=username,
                    display_name=name,
                    staff_no=staff_no,
                    role=role,
                    password=DEMO_PASSWORD,
                )
                created.append(username)
        users = [u for u in auth.list_users(ctx) if u.active]
    counter_staff = [u.id for u in users if u.role in ("clerk", "supervisor")]
    if not counter_staff:
        counter_staff = [u.id for u in users]
    return hall, created_hall, sorted(counter_staff), admin.id if admin else None, created


def is_empty(s: Session) -> bool:
    """No row in any table (refused command-line attempts aside): a new store."""
    for table in Base.metadata.sorted_tables:
        query = select(table.c[next(iter(table.c.keys()))]).limit(1)
        if table.name == AuditEntry.__tablename__:
            query = query.where(AuditEntry.action != "cli.refused")
        if s.execute(query).first() is not None:
            return False
    return True


def refuse_real_store(ctx: AppContext) -> None:
    """`counter-app demo` fills only a store it made itself (its marker, or the training
    store's) or an empty one: never a hall's real data, and never demo users with a
    known password beside real ones. A UserError, with nothing written, otherwise."""
    with ctx.read() as s:
        if s.get(SequenceRow, DEMO_MARKER) or s.get(SequenceRow, TRAINING_MARKER):
            return
        if is_empty(s):
            return
    raise UserError(
        "这个数据库已有营业厅、用户或业务数据，不是演示程序建立的演示数据库，"
        "不能填充演示数据（没有写入任何数据）。请用 --db 指定一个新的文件，例如 --db 演示.db。"
    )


def fill_demo(
    ctx: AppContext,
    customers: int,
    visits: int,
    days: int,
    seed: int,
    progress: Callable[[str], None] | None = None,
    hq_samples: bool = False,
) -> DemoSummary:
    """Fill the store with demo data (see the module doc); the same seed gives the same data
    on the same starting store and clock. ``hq_samples`` also imports the sample arrears
    list (resources/samples/), whose 15 accounts get placeholder holders without an ID or
    a mobile number, as the import makes them; `counter-app demo` asks for it."""
    if customers < 1:
        raise UserError("客户数至少为1", "customers")
    if visits < 0:
        raise UserError("来访次数不能为负数", "visits")
    if days < 1:
        raise UserError("天数至少为1", "days")
    say = progress or (lambda _message: None)
    t0 = _time.perf_counter()
    rng = random.Random(seed)
    now = ctx.clock()
    today = local_date(now)
    windows = day_windows(ctx, days, now)
    if visits and not any(w for *_rest, w in windows):
        raise UserError("所选天数内还没有营业时间（今天尚未开门），请把天数设为2天以上", "days")

    hall, created_hall, staff, admin_id, created = ensure_staff(ctx)
    if not staff:
        raise UserError("营业厅没有可用的用户")
    pop = fill_customers(ctx, rng, hall, customers, today, windows[0][0], say)
    with ctx.read() as s:
        settled = {(c, d) for c, d in s.execute(select(Settlement.clerk_id, Settlement.day))}
    # Money draws on its own random stream: the rest of the data stays as it was.
    money = choose_payers(
        random.Random(f"money:{seed}"), pop, visits, windows[0][0], today, settled
    )

    businesses = [business_of(d) for _code, d in sorted(ctx.workflows.items())]
    choosers = {
        "person": Chooser(businesses, PERSON_WEIGHTS, "person"),
        "company": Chooser(businesses, COMPANY_WEIGHTS, "company"),
    }
    jitter = [w * rng.uniform(0.85, 1.15) for *_rest, w in windows]
    per_day = split(visits, jitter)
    counts = Counts()
    due_cache: dict[tuple[str, date], list[tuple[wf.Step, date]]] = {}
    shown, said = 0, -1  # twentieths reported; visits count last reported
    for window, n in zip(windows, per_day, strict=True):
        if n:
            fill_day(ctx, rng, hall, staff, pop, choosers, window, n, now, counts, due_cache, money)
        step = counts.visits * 20 >= (shown + 1) * max(visits, 1)
        if step or (window is windows[-1] and counts.visits != said):
            shown, said = counts.visits * 20 // max(visits, 1), counts.visits
            say(f"来访 {counts.visits}/{visits}（{window[0].isoformat()}）")

    users = auth.list_users(ctx)
    cash = MoneyCounts()
    import_samples(ctx, next((u for u in users if u.id == admin_id), None), hq_samples, cash)
    fill_money(ctx, money, hall, users, staff, windows, now, cash, say)

    order = ("completed", "in_progress", "paused", "returned", "cancelled")
    statuses = tuple(
        (APPLICATION_STATUSES[k], counts.statuses[k]) for k in order if k in counts.statuses
    )
    companies = sum(1 for k in pop.kinds if k == "company")
    elapsed = _time.perf_counter() - t0
    summary = DemoSummary(
        seed=seed,
        hall_code=hall.code,
        hall_name=hall.name,
        created_hall=created_hall,
        created_users=tuple(created),
        password=DEMO_PASSWORD if created else "",
        customers=customers,
        companies=companies,
        accounts=pop.account_count + counts.accounts,
        visits=counts.visits,
        applications=counts.applications,
        application_steps=counts.steps,
        application_events=counts.events,
        status_counts=statuses,
        overdue=counts.overdue,
        first_day=windows[0][0],
        last_day=windows[-1][0],
        seconds=elapsed,
        payments=cash.payments,
        payment_total=cash.total,
        payment_methods=tuple(
            (payments.METHODS[m], cash.by_method[m])
            for m in payments.METHODS
            if m in cash.by_method
        ),
        payment_lines=cash.lines,
        voids=cash.voids,
        reprinted=cash.reprinted,
        arrears=cash.arrears,
        debtors=cash.debtors,
        arrears_open=cash.arrears_open,
        arrears_overdue=cash.arrears_overdue,
        settlements=cash.settlements,
        settlement_differences=cash.differences,
        fee_items=cash.fee_items,
        sample_arrears=cash.sample_rows,
    )
    summary = with_hall_day(ctx, summary, say)
    summary = replace(summary, outreach=fill_outreach(ctx, seed, summary.first_day, say))
    # The time reported is the whole fill's, the hall day included (bench/lookup.py's budget).
    summary = replace(summary, seconds=_time.perf_counter() - t0)
    with ctx.write() as s:
        audit.record(
            s,
            ctx.clock(),
            admin_id,
            "demo.fill",
            "database",
            f"seed:{seed}",
            {
                "customers": customers,
                "companies": companies,
                "accounts": summary.accounts,
                "visits": counts.visits,
                "applications": counts.applications,
                "payments": cash.payments,
                "voids": cash.voids,
                "arrears": cash.arrears,
                "settlements": cash.settlements,
                "days": days,
                "from": summary.first_day.isoformat(),
                "to": summary.last_day.isoformat(),
                "users_created": list(created),
            },
        )
    # The payments' audit entries went in through Core, past the session hooks that keep
    # the marks: write the marks from what the store now holds (SQLite stores only).
    store = sqlite_path(str(ctx.engine.url))
    if store is not None:
        sync_marks(ctx.readers, marks_path(store))
    return summary
