"""欠费停电 and 复电: a disconnection recorded, the 复电 a clearing payment starts.

Both are rows of the applications table, so they are numbered, tracked, looked up,
audited and exported like every business (no migration):

- 欠费停电 is an application of code ``arrears_disconnection`` written as completed
  (a fact recorded by a supervisor, with the day and a note); it has no workflow file,
  so the catalogue never offers it to a clerk as a customer's business.
- 复电 is an application of the ``reconnection`` workflow. The payment that clears the
  open arrears of a disconnected account starts one in the payment's own transaction
  (``start_if_cleared``, called by payments.take_payment), due 24 hours after the
  payment. A void that reopens the arrears cancels a 复电 not yet done
  (``cancel_if_reopened``); one already done stays done (power is on: a new
  disconnection is a supervisor's new record).

An account is 欠费停电 while its latest disconnection has no later 复电 that is done;
a 复电 still open shows as 复电办理中 with its deadline.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from itertools import accumulate

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from counter_app.domain import reconnection as rc
from counter_app.domain.clock import local_date
from counter_app.domain.vocabulary import APPLICATION_OPEN as OPEN
from counter_app.services import audit
from counter_app.services.accounts import find_account
from counter_app.services.application_records import new_application
from counter_app.services.auth import UserInfo
from counter_app.services.authz import require
from counter_app.services.context import AppContext
from counter_app.services.errors import UserError
from counter_app.services.input_guard import check_text
from counter_app.services.sequences import next_application_no
from counter_app.store.models import (
    Account,
    Application,
    ApplicationEvent,
    Arrears,
    Hall,
    Payment,
)

DISCONNECTED, RECONNECTING = "disconnected", "reconnecting"


@dataclass(frozen=True)
class SupplyState:
    """Why an account has no power now: disconnected, or a 复电 under way."""

    state: str  # DISCONNECTED / RECONNECTING
    disconnection_no: str
    disconnected_on: date | None
    reconnection_no: str = ""
    deadline: datetime | None = None


def _bills_owed(s: Session, account_id: int) -> int:
    """How many open bills the account still owes (as dues.open_bills finds them)."""
    owed = s.scalar(
        select(func.count()).where(
            Arrears.account_id == account_id,
            Arrears.status == "open",
            Arrears.amount_due > Arrears.amount_paid,
        )
    )
    return int(owed or 0)


def _state(apps: list[Application]) -> SupplyState | None:
    """From an account's disconnections and 复电 not cancelled, oldest first."""
    disconnection = next((a for a in reversed(apps) if a.business_code == rc.DISCONNECTION), None)
    if disconnection is None:
        return None
    on = disconnection.details.get("disconnected_on")
    day = date.fromisoformat(on) if isinstance(on, str) else None
    later = [a for a in apps if a.business_code == rc.RECONNECTION and a.id > disconnection.id]
    if not later:
        return SupplyState(DISCONNECTED, disconnection.application_no, day)
    reconnection = later[-1]
    if reconnection.status not in OPEN:
        return None  # done: power restored
    return SupplyState(
        RECONNECTING,
        disconnection.application_no,
        day,
        reconnection.application_no,
        rc.deadline_of(reconnection.details),
    )


def supply_states(s: Session, account_ids: list[int]) -> dict[int, SupplyState]:
    """The accounts whose power something recorded keeps off, in one query."""
    if not account_ids:
        return {}
    rows = s.scalars(
        select(Application)
        .where(
            Application.account_id.in_(account_ids),
            Application.business_code.in_((rc.DISCONNECTION, rc.RECONNECTION)),
            Application.status != "cancelled",
        )
        .order_by(Application.id)
    ).all()
    by_account: dict[int, list[Application]] = {}
    for app in rows:
        assert app.account_id is not None
        by_account.setdefault(app.account_id, []).append(app)
    states = {i: _state(apps) for i, apps in by_account.items()}
    return {i: state for i, state in states.items() if state is not None}


def supply_state(s: Session, account_id: int) -> SupplyState | None:
    """None when nothing recorded keeps the account's power off."""
    return supply_states(s, [account_id]).get(account_id)


def account_supply(ctx: AppContext, account_no: str) -> SupplyState | None:
    """The state for a screen (payment header, lookup)."""
    with ctx.read() as s:
        return supply_state(s, find_account(s, account_no).id)


def _event(s: Session, app: Application, user_id: int, kind: str, now: datetime, note: str) -> None:
    s.add(
        ApplicationEvent(
            application_id=app.id,
            at=now,
            user_id=user_id,
            kind=kind,
            step_code=app.current_step,
            note=note,
        )
    )


def record_disconnection(
    ctx: AppContext, user: UserInfo, account_no: str, on: date, note: str
) -> str:
    """A supervisor records 欠费停电 of an account (done on ``on``); its number."""
    note = check_text(note.strip(), "停电说明", 200)
    now = ctx.clock()
    today = local_date(now)
    if on > today:
        raise UserError("停电日期不能晚于今天")
    with ctx.write() as s:
        require(s, user, "account.disconnect", now)
        account = find_account(s, account_no)
        # As payments lock it: a payment clearing the arrears cuts wholly before or after.
        s.refresh(account, with_for_update=True)
        if account.status == "closed":
            raise UserError("户号 {account_no} 已销户", account_no=account.account_no)
        state = supply_state(s, account.id)
        if state is not None:
            raise UserError(
                "户号 {account_no} 已登记欠费停电（{number}），尚未复电",
                account_no=account.account_no,
                number=state.disconnection_no,
            )
        if not _bills_owed(s, account.id):
            raise UserError(
                "户号 {account_no} 没有未结清的欠费，不能登记欠费停电",
                account_no=account.account_no,
            )
        hall = s.get_one(Hall, account.hall_id)
        number = next_application_no(s, hall.code, today)
        code, step_name = rc.DISCONNECTION_STEP
        app = new_application(
            s,
            now,
            [(code, step_name, 0, today)],
            status="completed",
            application_no=number,
            hall_id=hall.id,
            business_code=rc.DISCONNECTION,
            business_name=rc.DISCONNECTION_NAME,
            customer_id=account.customer_id,
            account_id=account.id,
            visit_id=None,
            clerk_id=user.id,
            address=account.address,
            details={"disconnected_on": on.isoformat(), "note": note},
            promised_date=today,
        )
        _event(s, app, user.id, "completed", now, note)
        audit.record(
            s,
            now,
            user.id,
            "account.disconnect",
            "application",
            number,
            {"account": account.account_no, "on": on.isoformat(), "note": note},
        )
        return number


def start_if_cleared(
    s: Session, ctx: AppContext, account: Account, payment: Payment, now: datetime
) -> str | None:
    """In take_payment's transaction, the account locked: the 复电 this payment starts
    (its number), when it settled arrears of a disconnected account and none is left."""
    if not any(line.arrears_id is not None for line in payment.lines):
        return None
    state = supply_state(s, account.id)
    if state is None or state.state != DISCONNECTED:
        return None
    s.flush()
    if _bills_owed(s, account.id):
        return None  # a partial payment: the cause is not removed yet
    defn = ctx.workflows[rc.RECONNECTION]
    due = rc.deadline(now, defn.time_limit_days)
    hall = s.get_one(Hall, payment.hall_id)
    today = local_date(now)
    number = next_application_no(s, hall.code, today)
    # Each step is due when the limits of the steps up to it have run from now.
    ends = accumulate(step.limit_days for step in defn.steps)
    app = new_application(
        s,
        now,
        [
            (step.code, step.name, step.limit_days, local_date(rc.deadline(now, days)))
            for step, days in zip(defn.steps, ends, strict=True)
        ],
        status="in_progress",
        application_no=number,
        hall_id=hall.id,
        business_code=defn.code,
        business_name=defn.name,
        customer_id=account.customer_id,
        account_id=account.id,
        visit_id=payment.visit_id,
        clerk_id=payment.clerk_id,
        address=account.address,
        details={
            "values": {"account_no": account.account_no},
            "deadline": due.isoformat(),
            "payment": payment.receipt_no,
            "disconnection": state.disconnection_no,
        },
        promised_date=local_date(due),
    )
    _event(s, app, payment.clerk_id, "accepted", now, payment.receipt_no)
    audit.record(
        s,
        now,
        payment.clerk_id,
        "reconnection.start",
        "application",
        number,
        {
            "account": account.account_no,
            "payment": payment.receipt_no,
            "disconnection": state.disconnection_no,
            "deadline": due.isoformat(),
        },
    )
    return number


def cancel_if_reopened(
    s: Session, account: Account, payment: Payment, user_id: int, now: datetime
) -> str | None:
    """In void's transaction: a 复电 not yet done is cancelled when the void leaves
    arrears open again (its number); one already done stays done."""
    state = supply_state(s, account.id)
    if state is None or state.state != RECONNECTING:
        return None
    s.flush()
    if not _bills_owed(s, account.id):
        return None
    app = s.scalar(select(Application).where(Application.application_no == state.reconnection_no))
    assert app is not None
    app.status, app.paused_since, app.updated_at = "cancelled", None, now
    note = f"收据 {payment.receipt_no} 作废，欠费未结清"
    _event(s, app, user_id, "cancelled", now, note)
    audit.record(
        s,
        now,
        user_id,
        "application.cancelled",
        "application",
        app.application_no,
        {"step": app.current_step, "note": note},
    )
    return app.application_no
