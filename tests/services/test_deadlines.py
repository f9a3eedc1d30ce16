"""The deadline rules: each Python predicate and its SQL agree, on the boundary cases."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from counter_app.domain.clock import local_date
from counter_app.services import deadlines
from counter_app.services.auth import HallInfo, UserInfo
from counter_app.services.context import AppContext
from counter_app.store.models import Application, ApplicationStep, Complaint, Customer

# Friday 2026-11-20, 15:00 hall time.
NOW = datetime(2026, 11, 20, 7, 0, tzinfo=UTC)
TODAY = local_date(NOW)
YESTERDAY, TOMORROW = TODAY - timedelta(days=1), TODAY + timedelta(days=1)
DUES = (YESTERDAY, TODAY, TOMORROW)


def _customer(ctx: AppContext) -> int:
    with ctx.write() as s:
        c = Customer(kind="person", name="王小明", cert_type="居民身份证",
                     cert_no="11010519491231002X", created_at=NOW, updated_at=NOW)  # fmt: skip
        s.add(c)
        s.flush()
        return c.id


def test_a_due_day_is_met_all_day_and_late_the_next() -> None:
    assert not deadlines.day_late(TODAY, TODAY)
    assert deadlines.day_late(YESTERDAY, TODAY)
    assert not deadlines.moment_late(NOW, NOW)  # a 复电 due exactly now: not yet late
    assert deadlines.moment_late(NOW, NOW + timedelta(seconds=1))


def test_done_late_stays_late_and_open_late_is_late() -> None:
    done_in_time = datetime(2026, 11, 19, 15, 59, tzinfo=UTC)  # 23:59 on the 19th, hall time
    done_late = datetime(2026, 11, 19, 16, 0, tzinfo=UTC)  # 00:00 on the 20th
    assert not deadlines.finished_late(done_in_time, YESTERDAY, TODAY)
    assert deadlines.finished_late(done_late, YESTERDAY, TODAY)
    assert deadlines.finished_late(None, YESTERDAY, TODAY)  # still open, past its day
    assert not deadlines.finished_late(None, TODAY, TODAY)


def test_complaint_overdue_python_and_sql_agree(
    ctx: AppContext, hall: tuple[HallInfo, UserInfo]
) -> None:
    user = hall[1]
    hall_id = hall[0].id
    cases = list(
        itertools.product(
            ("open", "contacted", "resolved", "closed"),
            (None, NOW),  # contacted_at
            (None, NOW),  # resolved_at
            DUES,  # contact_due
            DUES,  # decision_due
        )
    )
    with ctx.write() as s:
        for n, (status, contacted, resolved, contact_due, decision_due) in enumerate(cases):
            s.add(Complaint(complaint_no=f"T-{n}", hall_id=hall_id, kind="complaint",
                            channel="柜台", category="其他", content="…", received_at=NOW,
                            contact_due=contact_due, decision_due=decision_due, status=status,
                            contacted_at=contacted, resolved_at=resolved,
                            created_by=user.id, updated_at=NOW))  # fmt: skip
    with ctx.read() as s:
        in_python = {
            c.complaint_no
            for c in s.scalars(select(Complaint))
            if deadlines.complaint_overdue(c, TODAY)
        }
        in_sql = set(
            s.scalars(select(Complaint.complaint_no).where(deadlines.complaint_overdue_sql(TODAY)))
        )
    assert in_python == in_sql
    # Due today is not late; closed is never late; one day past a clock still running is.
    late = {cases[int(no[2:])] for no in in_python}
    assert all(c[0] != "closed" for c in late)
    assert ("open", None, None, TODAY, TODAY) not in late
    assert ("open", None, None, YESTERDAY, TOMORROW) in late
    assert ("contacted", NOW, None, YESTERDAY, TOMORROW) not in late  # contacted in time
    assert ("contacted", NOW, None, YESTERDAY, YESTERDAY) in late


def test_step_overdue_python_and_sql_agree(
    ctx: AppContext, hall: tuple[HallInfo, UserInfo]
) -> None:
    user = hall[1]
    hall_id = hall[0].id
    customer_id = _customer(ctx)
    cases = list(
        itertools.product(("in_progress", "paused", "returned", "completed", "cancelled"), DUES)
    )
    with ctx.write() as s:
        for n, (status, due) in enumerate(cases):
            app = Application(application_no=f"T-{n}", hall_id=hall_id, business_code="x",
                              business_name="x", customer_id=customer_id, clerk_id=user.id,
                              status=status, current_step="install", address="…", details={},
                              accepted_at=NOW, promised_date=due, updated_at=NOW)  # fmt: skip
            s.add(app)
            s.flush()
            s.add(ApplicationStep(application_id=app.id, seq=1, code="install", name="装表接电",
                                  limit_days=3, due_date=due))  # fmt: skip
    with ctx.read() as s:
        rows = s.execute(
            select(Application.application_no, Application.status, ApplicationStep).join(
                ApplicationStep, ApplicationStep.application_id == Application.id
            )
        ).all()
        in_python = {
            no
            for no, status, st in rows
            if deadlines.step_overdue(status, st.completed_at, st.due_date, NOW)
        }
        in_sql = set(
            s.scalars(
                select(Application.application_no)
                .join(ApplicationStep, ApplicationStep.application_id == Application.id)
                .where(deadlines.current_step_overdue_sql(TODAY))
            )
        )
        due_by_today = set(
            s.scalars(
                select(Application.application_no)
                .join(ApplicationStep, ApplicationStep.application_id == Application.id)
                .where(deadlines.step_due_by_sql(TODAY))
            )
        )
    assert in_python == in_sql == {f"T-{cases.index(('in_progress', YESTERDAY))}"}
    assert due_by_today == {f"T-{n}" for n, (_, due) in enumerate(cases) if due <= TODAY}


def test_a_reconnection_step_is_late_by_the_hour() -> None:
    by = NOW + timedelta(hours=2)  # due today, later in the day
    assert not deadlines.step_overdue("in_progress", None, TODAY, NOW, by)
    assert not deadlines.step_overdue("in_progress", None, TODAY, by, by)
    assert deadlines.step_overdue("in_progress", None, TODAY, by + timedelta(seconds=1), by)
    # Paused or done: the clock does not run.
    assert not deadlines.step_overdue("paused", None, YESTERDAY, NOW, by - timedelta(hours=9))
    assert not deadlines.step_overdue("in_progress", NOW, YESTERDAY, NOW)
