"""Applications after acceptance: steps done, the clock stopped and restarted, returns,
cancellations, and what a finished business does to the account."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.domain import reconnection
from counter_app.domain import workflow as wf
from counter_app.domain.clock import local_date, local_naive
from counter_app.domain.masking import mask_id, mask_name, mask_phone
from counter_app.domain.numbers import ACCOUNTS
from counter_app.domain.text import N_
from counter_app.domain.vocabulary import APPLICATION_OPEN, APPLICATION_STATUSES
from counter_app.printing import printouts
from counter_app.printing.documents import CorrectionNotice
from counter_app.services import audit, deadlines
from counter_app.services.application_records import load_application, paper_head
from counter_app.services.auth import UserInfo
from counter_app.services.authz import require
from counter_app.services.context import AppContext
from counter_app.services.deadlines import step_due_by_sql
from counter_app.services.errors import UserError
from counter_app.services.sequences import next_number
from counter_app.store.models import (
    Account,
    Application,
    ApplicationEvent,
    ApplicationStep,
    Customer,
    Hall,
    User,
)

EVENT_NAMES = {
    "accepted": N_("受理"),
    "step_done": N_("环节完成"),
    "paused": N_("暂停计时"),
    "returned": N_("退回补正"),
    "resumed": N_("恢复计时"),
    "cancelled": N_("撤销"),
    "completed": N_("办结"),
}


@dataclass(frozen=True)
class StepLine:
    code: str
    name: str
    limit_days: int
    due: date
    completed_at: datetime | None
    current: bool
    overdue: bool


@dataclass(frozen=True)
class EventLine:
    at: datetime
    kind: str
    user: str
    step: str
    note: str


@dataclass(frozen=True)
class ApplicationDetail:
    application_no: str
    business_code: str
    business_name: str
    status: str
    status_name: str
    customer: str  # masked
    customer_id: str  # masked
    mobile: str  # masked
    account_no: str
    address: str
    accepted_at: datetime
    promised_date: date
    paused_since: datetime | None
    steps: tuple[StepLine, ...]
    events: tuple[EventLine, ...]
    documents_missing: tuple[str, ...]


def detail(ctx: AppContext, application_no: str) -> ApplicationDetail:
    now = ctx.clock()
    with ctx.read() as s:
        app = load_application(s, application_no)
        customer = s.get_one(Customer, app.customer_id)
        account = s.get(Account, app.account_id) if app.account_id else None
        events = s.execute(
            select(ApplicationEvent, User.display_name)
            .join(User, User.id == ApplicationEvent.user_id)
            .where(ApplicationEvent.application_id == app.id)
            .order_by(ApplicationEvent.id)
        ).all()
        names = {st.code: st.name for st in app.steps}
        deadline = reconnection.deadline_of(app.details)  # a 复电: late by the hour

        def overdue(st: ApplicationStep) -> bool:
            by = deadline if st.code == app.current_step else None
            return deadlines.step_overdue(app.status, st.completed_at, st.due_date, now, by)

        return ApplicationDetail(
            app.application_no,
            app.business_code,
            app.business_name,
            app.status,
            APPLICATION_STATUSES.get(app.status, app.status),
            mask_name(customer.name),
            mask_id(customer.cert_no),
            mask_phone(customer.mobile),
            account.account_no if account else "",
            app.address,
            app.accepted_at,
            app.promised_date,
            app.paused_since,
            tuple(
                StepLine(
                    st.code,
                    st.name,
                    st.limit_days,
                    st.due_date,
                    st.completed_at,
                    app.status in APPLICATION_OPEN and st.code == app.current_step,
                    overdue(st),
                )
                for st in app.steps
            ),
            tuple(
                EventLine(
                    e.at,
                    EVENT_NAMES.get(e.kind, e.kind),
                    who,
                    names.get(e.step_code, e.step_code),
                    e.note,
                )
                for e, who in events
            ),
            tuple(app.details.get("documents_missing", [])),
        )


def _event(
    s: Session,
    app: Application,
    user: UserInfo,
    kind: str,
    now: datetime,
    note: str = "",
    step: str = "",
) -> None:
    s.add(
        ApplicationEvent(
            application_id=app.id,
            at=now,
            user_id=user.id,
            kind=kind,
            step_code=step or app.current_step,
            note=note,
        )
    )
    app.updated_at = now
    audit.record(
        s,
        now,
        user.id,
        f"application.{kind}",
        "application",
        app.application_no,
        {"step": step or app.current_step, "note": note[:200]},
    )


def _require_status(app: Application, *allowed: str) -> None:
    if app.status not in allowed:
        name = APPLICATION_STATUSES.get(app.status, app.status)
        raise UserError(
            "受理编号 {application_no} 当前为“{name}”，不能进行此操作",
            application_no=app.application_no,
            name=name,
        )


@contextmanager
def _changing(
    ctx: AppContext, user: UserInfo, application_no: str, *allowed: str
) -> Iterator[tuple[Session, Application, datetime]]:
    """One write on the application, by a clerk at work, while its status is one of ``allowed``."""
    now = ctx.clock()
    with ctx.write() as s:
        require(s, user, "counter.work", ctx.clock())
        app = load_application(s, application_no)
        _require_status(app, *allowed)
        yield s, app, now


def _with_note(text: str, note: str) -> str:
    return text + (f"。{note.strip()}" if note.strip() else "")


def complete_step(
    ctx: AppContext, user: UserInfo, application_no: str, note: str = ""
) -> ApplicationDetail:
    """The current step is done; the next one becomes current, or the business ends."""
    with _changing(ctx, user, application_no, "in_progress") as (s, app, now):
        steps = list(app.steps)
        current = next(st for st in steps if st.code == app.current_step)
        current.completed_at = now
        _event(s, app, user, "step_done", now, note, current.code)
        later = [st for st in steps if st.seq > current.seq]
        if later:
            app.current_step = later[0].code
        else:
            app.status, app.completed_at = "completed", now
            _apply_effect(s, ctx, app, now)
            _event(s, app, user, "completed", now, "", current.code)
    return detail(ctx, application_no)


def pause(ctx: AppContext, user: UserInfo, application_no: str, reason: str) -> None:
    """Waiting for the customer (their own works, their decision): the clock stops."""
    if not reason.strip():
        raise UserError("请填写暂停计时的原因")
    with _changing(ctx, user, application_no, "in_progress") as (s, app, now):
        app.status, app.paused_since = "paused", now
        _event(s, app, user, "paused", now, reason.strip())


def return_for_documents(
    ctx: AppContext, user: UserInfo, application_no: str, missing: list[str], note: str = ""
) -> None:
    """Returned for missing documents (补正): the clock stops until they arrive."""
    if not missing:
        raise UserError("请至少选择一项需要补正的资料")
    with _changing(ctx, user, application_no, "in_progress") as (s, app, now):
        app.status, app.paused_since = "returned", now
        app.details = {
            **app.details,
            "documents_missing": list(missing),
            "return_note": note.strip(),
        }
        _event(
            s,
            app,
            user,
            "returned",
            now,
            _with_note("缺：" + "、".join(missing), note),
        )


def resume(ctx: AppContext, user: UserInfo, application_no: str, note: str = "") -> int:
    """The clock runs again; open steps and the promise move by the working days stopped."""
    with _changing(ctx, user, application_no, "paused", "returned") as (s, app, now):
        assert app.paused_since is not None
        stopped = ctx.calendar.working_days_between(local_date(app.paused_since), local_date(now))
        for st in app.steps:
            if st.completed_at is None:
                st.due_date = ctx.calendar.add_working_days(st.due_date, stopped)
        app.promised_date = ctx.calendar.add_working_days(app.promised_date, stopped)
        app.status, app.paused_since = "in_progress", None
        if "documents_missing" in app.details:
            app.details = {k: v for k, v in app.details.items() if k != "documents_missing"}
        _event(
            s,
            app,
            user,
            "resumed",
            now,
            _with_note(f"停止计时{stopped}个工作日", note),
        )
        return stopped


def cancel(ctx: AppContext, user: UserInfo, application_no: str, reason: str) -> None:
    if not reason.strip():
        raise UserError("撤销必须填写原因")
    with _changing(ctx, user, application_no, *APPLICATION_OPEN) as (s, app, now):
        app.status, app.paused_since = "cancelled", None
        _event(s, app, user, "cancelled", now, reason.strip())


# -- what a finished business does to the account --------------------------------


def _apply_effect(s: Session, ctx: AppContext, app: Application, now: datetime) -> None:
    defn = ctx.workflows.get(app.business_code)
    if defn is None or defn.effect == "none":
        return
    values: dict[str, Any] = app.details.get("values", {})
    if defn.effect == "open_account":
        hall = s.get_one(Hall, app.hall_id)
        account = Account(
            account_no=new_account_no(s, hall),
            hall_id=hall.id,
            customer_id=app.customer_id,
            address=app.address,
            category="居民" if str(values.get("usage", "")).startswith("居民") else "非居民",
            voltage="高压" if "高压" in defn.name else "低压",
            capacity_kw=app.capacity_kw,
            status="active",
            opened_at=now,
            updated_at=now,
        )
        s.add(account)
        s.flush()
        app.account_id = account.id
        app.details = {**app.details, "opened_account": account.account_no}
        return
    if app.account_id is None:
        return
    account = s.get_one(Account, app.account_id)
    account.updated_at = now
    if defn.effect == "suspend":
        account.status = "suspended"
    elif defn.effect == "restore":
        account.status = "active"
    elif defn.effect == "close":
        account.status, account.closed_at = "closed", now
    elif defn.effect == "set_capacity":
        new = _capacity(defn, values)
        if new is not None:
            app.details = {**app.details, "previous_capacity": str(account.capacity_kw)}
            account.capacity_kw = new
    elif defn.effect == "change_category":
        # The account keeps the arrears list's 用户类别 (居民 / 非居民), not the tariff class.
        chosen = str(values.get("new_category") or "")
        if chosen:
            account.category = "居民" if chosen.startswith("居民") else "非居民"
    elif defn.effect == "rename":
        holder = s.get_one(Customer, account.customer_id)
        holder.name = str(values.get("new_name") or holder.name)
        holder.updated_at = now
    elif defn.effect == "transfer":
        account.customer_id = _new_holder(s, values, now).id


def _capacity(defn: wf.WorkflowDefinition, values: dict[str, Any]) -> Decimal | None:
    keys = [r.params["field"] for r in defn.rules if r.kind == "capacity_change"]
    for key in [*keys, "capacity_kw", "restore_capacity_kw"]:
        if values.get(key):
            return Decimal(str(values[key]))
    return None


def _new_holder(s: Session, values: dict[str, Any], now: datetime) -> Customer:
    cert_type = str(values.get("new_cert_type") or "居民身份证")
    cert_no = str(values.get("new_cert_no") or "").upper()
    holder = s.scalar(
        select(Customer).where(Customer.cert_type == cert_type, Customer.cert_no == cert_no)
    )
    if holder is None:
        holder = Customer(
            kind="company" if cert_type == "统一社会信用代码" else "person",
            name=str(values.get("new_name") or ""),
            cert_type=cert_type,
            cert_no=cert_no,
            mobile=str(values.get("new_mobile") or ""),
            created_at=now,
            updated_at=now,
        )
        s.add(holder)
        s.flush()
    return holder


def new_account_no(s: Session, hall: Hall) -> str:
    """户号: the hall code's digits and a per-hall sequence, 12 digits in all."""
    while True:
        # HQ's lists bring account numbers of their own: skip any already taken.
        number = ACCOUNTS.format(hall.code, next_number(s, ACCOUNTS.sequence_name(hall.code)))
        if s.scalar(select(Account.id).where(Account.account_no == number)) is None:
            return number


# -- today's work ----------------------------------------------------------------


@dataclass(frozen=True)
class WorkItem:
    application_no: str
    business_name: str
    customer: str  # masked
    step: str
    due: date
    status: str
    overdue: bool
    deadline: datetime | None = None  # a 复电's time limit is in hours, not days


def work_list(ctx: AppContext) -> list[WorkItem]:
    """Open applications whose current step is due today or overdue, and those paused;
    every 复电 under way, with its deadline time (overdue from that moment on)."""
    now = ctx.clock()
    today = local_date(now)
    with ctx.read() as s:
        rows = s.execute(
            select(Application, ApplicationStep, Customer.name)
            .join(
                ApplicationStep,
                (ApplicationStep.application_id == Application.id)
                & (ApplicationStep.code == Application.current_step),
            )
            .join(Customer, Customer.id == Application.customer_id)
            .where(
                (
                    (Application.status == "in_progress")
                    & (
                        step_due_by_sql(today)
                        | (Application.business_code == reconnection.RECONNECTION)
                    )
                )
                | Application.status.in_(("paused", "returned"))
            )
            .order_by(ApplicationStep.due_date, Application.id)
        ).all()
        items = []
        for app, step, name in rows:
            deadline = reconnection.deadline_of(app.details)
            items.append(
                WorkItem(
                    app.application_no,
                    app.business_name,
                    mask_name(name),
                    step.name,
                    step.due_date,
                    APPLICATION_STATUSES.get(app.status, app.status),
                    deadlines.step_overdue(app.status, None, step.due_date, now, deadline),
                    deadline,
                )
            )
        return items


def print_correction_notice(ctx: AppContext, application_no: str, folder: Path) -> Path:
    """The 补正通知书 for a returned application, kept as a PDF like every printout."""
    from counter_app.printing.notices import render_correction_notice

    with ctx.read() as s:
        app = load_application(s, application_no)
        if app.status != "returned":
            raise UserError("只有退回补正的申请才能打印补正通知书")
        hall = s.get_one(Hall, app.hall_id)
        customer = s.get_one(Customer, app.customer_id)
        account = s.get(Account, app.account_id) if app.account_id else None
        returned = s.scalar(
            select(ApplicationEvent)
            .where(ApplicationEvent.application_id == app.id, ApplicationEvent.kind == "returned")
            .order_by(ApplicationEvent.id.desc())
            .limit(1)
        )
        assert returned is not None
        clerk = s.get_one(User, returned.user_id)
        notice = CorrectionNotice(
            **paper_head(hall, app, customer, ctx.rules.complaints.hotline),
            account_no=account.account_no if account else "",
            address=app.address,
            documents_missing=tuple(app.details.get("documents_missing", [])),
            note=str(app.details.get("return_note", "")),
            returned_at=local_naive(returned.at),
            clerk=f"{clerk.display_name}（{clerk.staff_no}）",
            deadline_text="补正期间暂停计时，不计入供电企业承诺的办理时限；"
            "请补齐资料后携带本通知书到营业厅继续办理。",
            training=ctx.training,
        )
    stamp = local_naive(returned.at).strftime("%Y%m%d%H%M%S")
    return render_correction_notice(
        notice, printouts.file_for(folder, printouts.CORRECTION_NOTICE, application_no, stamp)
    )
