"""The training store (培训数据库): a separate SQLite file filled with demo data.

Made anew at every training login so each exercise starts from known records: the
real hall and users are copied in (same ids, so the signed-in UserInfo works and the
same names show), a small demo fill follows, then the customers and accounts the
exercises work on. A row ``training-store`` in ``sequences`` marks the file
(services/store_kind.py), so the export (GUI or `counter-app export --db`) can refuse it
without a new migration.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from datetime import date, timedelta
from pathlib import Path
from typing import TypeVar

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from counter_app.demo.fill import fill_demo
from counter_app.domain.clock import local_date
from counter_app.domain.exercises import Exercise, SeedArrears
from counter_app.domain.text import N_
from counter_app.sample_hall import add_owing_account
from counter_app.services.context import AppContext
from counter_app.services.errors import UserError
from counter_app.services.progress import Cancelled, Progress, no_progress
from counter_app.services.store_kind import TRAINING_MARKER
from counter_app.store.db import sqlite_path
from counter_app.store.models import Account, Hall, Sequence, User

_Row = TypeVar("_Row", Hall, User)

# Small on purpose: the store is made while the trainee waits (a few seconds).
DEMO_CUSTOMERS = 60
DEMO_VISITS = 40
DEMO_DAYS = 5
DEMO_SEED = 2026
# The making's stages (services/progress.py), in order.
STAGES = (N_("复制营业厅和用户"), N_("生成演示数据"), N_("准备练习客户"))


def _remove(path: Path) -> None:
    # The marks go too: the training store's numbers are made anew with it, never printed
    # for a customer, so nothing must keep them from starting at 1 again.
    for suffix in ("", "-wal", "-shm", "-journal", ".marks.json", ".marks.json.lock"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _copy_hall_and_users(real: AppContext, s: Session) -> None:
    with real.read() as r:
        halls = list(r.scalars(select(Hall).order_by(Hall.id)))
        users = list(r.scalars(select(User).order_by(User.id)))
        for hall in halls:
            # Its own secret: a training receipt's QR code never checks as genuine.
            s.add(_copied(hall, secret=secrets.token_hex(16)))
        s.flush()
        for u in users:
            s.add(_copied(u, failed_logins=0, locked_until=None))


def _copied(row: _Row, **fresh: object) -> _Row:
    """A new row of ``row``'s table with every column's value, but those in ``fresh``."""
    values = {attr.key: getattr(row, attr.key) for attr in inspect(type(row)).column_attrs}
    return type(row)(**(values | fresh))


def seed_exercises(ctx: AppContext, exercises: list[Exercise]) -> None:
    """The customers, accounts and arrears the exercises name, dated from today."""
    now = ctx.clock()
    today = local_date(now)
    with ctx.write() as s:
        hall = s.scalars(select(Hall).order_by(Hall.id)).first()
        assert hall is not None
        for ex in exercises:
            c = ex.customer
            if c is None or s.scalar(select(Account).where(Account.account_no == c.account_no)):
                continue
            add_owing_account(
                s,
                now,
                c.account_no,
                [
                    (month, bill.amount, today - timedelta(days=bill.overdue_days))
                    for bill, month in _bill_months(today, c.arrears)
                ],
                name=c.name,
                address=c.address,
                category=c.category,
                cert_no=c.cert_no,
                mobile=c.mobile,
                hall_id=hall.id,
                capacity_kw=c.capacity_kw,
                opened_at=now - timedelta(days=800),
                source=f"练习 {ex.code}",
            )


def _bill_months(today: date, bills: Iterable[SeedArrears]) -> list[tuple[SeedArrears, str]]:
    """Each bill with its 应收年月: the month before its due month, and always earlier
    than the month of a more recent bill, so that two bills due in the same month
    (30 and 10 days overdue on the 6th) never share a month (one bill per month)."""
    result: list[tuple[SeedArrears, str]] = []
    latest: date | None = None
    for bill in sorted(bills, key=lambda b: b.overdue_days):  # newest first
        due = today - timedelta(days=bill.overdue_days)
        month = (due.replace(day=1) - timedelta(days=1)).replace(day=1)
        if latest is not None and month >= latest:
            month = (latest - timedelta(days=1)).replace(day=1)
        latest = month
        result.append((bill, month.strftime("%Y%m")))
    return sorted(result, key=lambda pair: -pair[0].overdue_days)


def open_training_store(
    real: AppContext,
    path: Path,
    exercises: list[Exercise],
    progress: Progress | None = None,
    *,
    customers: int = DEMO_CUSTOMERS,
    visits: int = DEMO_VISITS,
) -> AppContext:
    """Make the training store at ``path`` anew and open it with ``training=True``.

    ``progress`` hears the stages (STAGES, done of 3); a cancel (it returned False) stops
    the making: the half-made file is removed and the real store was only read."""
    report = progress or no_progress

    def stage(number: int) -> None:
        if not report(STAGES[number], number, len(STAGES)):
            raise Cancelled("培训数据库的准备已取消，没有进入培训模式。")

    def filling(_message: str) -> None:  # fill_demo's own steps: a chance to stop
        stage(1)

    real_file = sqlite_path(str(real.engine.url))
    if real_file is not None and real_file.resolve() == path.resolve():
        raise UserError("培训数据库不能与正式数据库是同一个文件")
    path.parent.mkdir(parents=True, exist_ok=True)
    _remove(path)
    if real.open_store is None:
        raise RuntimeError("the real store was not opened by the composition root")
    ctx = real.open_store(f"sqlite:///{path}")
    ctx.training = True
    ctx.clock = real.clock
    try:
        stage(0)
        with ctx.write() as s:
            _copy_hall_and_users(real, s)
            s.add(Sequence(name=TRAINING_MARKER, value=1))
        stage(1)
        fill_demo(ctx, customers, visits, DEMO_DAYS, DEMO_SEED, filling)
        stage(2)
        seed_exercises(ctx, exercises)
    except BaseException as exc:
        ctx.close()
        if isinstance(exc, Cancelled):
            _remove(path)  # nothing of a cancelled making stays
        raise
    return ctx
