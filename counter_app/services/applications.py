"""Accepting a guided business: customer, application, steps, visit and audit in one go."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.domain import eligibility
from counter_app.domain import workflow as wf
from counter_app.domain.calendar import WorkingCalendar
from counter_app.domain.clock import local_date, local_naive, to_local
from counter_app.domain.identity import compact_number, is_valid_mobile, normalize_mobile
from counter_app.domain.masking import mask_id, mask_name, mask_phone
from counter_app.domain.text import Joined, Msg
from counter_app.domain.vocabulary import APPLICATION_OPEN as OPEN_STATUSES
from counter_app.domain.vocabulary import APPLICATION_STATUSES as STATUS_NAMES
from counter_app.printing import printouts
from counter_app.printing.documents import AcceptanceSlip, SlipStep
from counter_app.services import audit
from counter_app.services.accounts import account_facts, find_account
from counter_app.services.application_records import load_application, new_application, paper_head
from counter_app.services.auth import UserInfo
from counter_app.services.authz import require
from counter_app.services.context import AppContext
from counter_app.services.drafts import finish_draft
from counter_app.services.errors import NotFound, UserError
from counter_app.services.input_guard import check_text
from counter_app.services.sequences import next_application_no
from counter_app.services.visits import visit_for_business
from counter_app.store.models import (
    Account,
    Application,
    ApplicationEvent,
    Customer,
    Hall,
    User,
    Visit,
)


@dataclass(frozen=True)
class StepDue:
    name: str
    limit_days: int
    due: date


@dataclass(frozen=True)
class AcceptedApplication:
    application_no: str
    visit_no: str
    business_name: str
    promised_date: date
    steps: tuple[StepDue, ...]


def definition(ctx: AppContext, business_code: str) -> wf.WorkflowDefinition:
    try:
        return ctx.workflows[business_code]
    except KeyError:
        raise NotFound("未知的业务：{business_code}", business_code=business_code) from None


def preview_dates(
    ctx: AppContext, business_code: str, values: Mapping[str, Any] | None = None
) -> tuple[date, tuple[StepDue, ...]]:
    """The promised date and step due dates if accepted now with ``values`` (for the
    confirm page): a step done on a date of the form is due that day."""
    defn = definition(ctx, business_code)
    today = local_date(ctx.clock())
    values = values or {}
    dues = wf.step_due_dates(defn, today, ctx.calendar, values)
    steps = tuple(StepDue(s.name, s.limit_days, d) for s, d in dues)
    return wf.promised_date(defn, today, ctx.calendar, values), steps


def _clean(defn: wf.WorkflowDefinition, values: Mapping[str, Any]) -> dict[str, Any]:
    """Values as the wizard gave them, trimmed and normalised; hidden fields dropped."""
    out: dict[str, Any] = {}
    for f in defn.fields:
        raw = values.get(f.key, f.default)
        if f.kind == "bool":
            out[f.key] = bool(raw)
            continue
        if not wf.is_visible(f, values):
            continue
        text = "" if raw is None else str(raw).strip()
        if f.check == "mobile" and is_valid_mobile(text):
            text = normalize_mobile(text)
        if {"resident_id", "credit_code"} & {f.check, *f.checks.values()}:
            text = text.upper()
        if wf.effective_check(f, values) in wf.COMPACT_CHECKS:
            text = compact_number(text)
        out[f.key] = text
        if f.override and values.get(wf.override_key(f)):
            # A supervisor's approval travels with the value it approved.
            out[wf.override_key(f)] = str(values[wf.override_key(f)]).strip().upper()
    return out


def validate(
    defn: wf.WorkflowDefinition, values: Mapping[str, Any], received: tuple[str, ...]
) -> None:
    """The wizard checks as the clerk types; this is the same check again, server side."""
    for page in defn.pages:
        problems = wf.page_problems(page, values)
        if problems:
            key, message = next(iter(problems.items()))
            raise UserError(message, key)
    missing = wf.missing_documents(defn, values, received)
    if missing:
        raise UserError(
            "以下必备资料未收齐：{documents}", documents=Joined(d.name for d in missing)
        )


COMPANY_CERTIFICATE = "统一社会信用代码"


class IdentityConflict(UserError):
    """The certificate is on file under another name: a typing error, or a 更名 first."""


class DuplicateApplication(UserError):
    """The same customer already has this business open at this address."""

    def __init__(self, application_no: str) -> None:
        super().__init__(
            "该客户在同一地址已有一笔未办结的同类申请 {application_no}。"
            "如确需再次受理，请填写原因（例如原申请资料有误需重新提交）",
            application_no=application_no,
        )
        self.application_no = application_no


def _same_name(stored: str, typed: str) -> bool:
    return "".join(stored.split()) == "".join(str(typed).split())


def _identity_conflict(stored: Customer, typed_name: str) -> IdentityConflict:
    return IdentityConflict(
        Msg(
            "证件号码 {cert_no} 已登记在“{stored}”名下，本次填写的是“{typed}”。"
            "如果是输入错误，请按证件改正姓名；如果客户已经改名，请先办理“更名”业务"
            "（带户口簿或改名证明），再办理本业务",
            cert_no=mask_id(stored.cert_no),
            stored=mask_name(stored.name),
            typed=typed_name,
        ),
        "name",
    )


def identity_problem(s: Session, values: Mapping[str, Any]) -> str | None:
    """Why the typed name cannot go with the typed certificate, or None."""
    cert_type, cert_no, name = values.get("cert_type"), values.get("cert_no"), values.get("name")
    if not (cert_type and cert_no and name):
        return None
    stored = s.scalar(
        select(Customer).where(Customer.cert_type == cert_type, Customer.cert_no == cert_no)
    )
    if stored is None or _same_name(stored.name, str(name)):
        return None
    return _identity_conflict(stored, str(name)).message


def _customer(s: Session, values: Mapping[str, Any], now: datetime, clerk_id: int) -> Customer:
    cert_type, cert_no = values["cert_type"], values["cert_no"]
    customer = s.scalar(
        select(Customer).where(Customer.cert_type == cert_type, Customer.cert_no == cert_no)
    )
    if customer is not None and not _same_name(customer.name, values["name"]):
        # Never renamed behind the clerk's back (nor its earlier applications with it).
        raise _identity_conflict(customer, values["name"])
    if customer is None:
        kind = "company" if cert_type == COMPANY_CERTIFICATE else "person"
        customer = Customer(
            kind=kind,
            name=values["name"],
            cert_type=cert_type,
            cert_no=cert_no,
            mobile=values.get("mobile", ""),
            created_at=now,
            updated_at=now,
        )
        s.add(customer)
    else:
        mobile = values.get("mobile", "") or customer.mobile
        if mobile != customer.mobile:
            # The customer's new number, given at the counter: kept, and the change audited.
            audit.record(
                s,
                now,
                clerk_id,
                "customer.mobile",
                "customer",
                str(customer.id),
                {"old": mask_phone(customer.mobile), "new": mask_phone(mobile)},
            )
            customer.mobile = mobile
            customer.updated_at = now
    s.flush()
    return customer


def _open_duplicate(s: Session, customer_id: int, business_code: str, address: str) -> str | None:
    """The number of an open application of this customer, business and address."""
    return s.scalar(
        select(Application.application_no)
        .where(
            Application.customer_id == customer_id,
            Application.business_code == business_code,
            Application.address == address,
            Application.status.in_(OPEN_STATUSES),
        )
        .order_by(Application.id)
        .limit(1)
    )


def _account_holder(
    s: Session,
    defn: wf.WorkflowDefinition,
    values: Mapping[str, Any],
    workflows: dict[str, wf.WorkflowDefinition],
    today: date,
    calendar: WorkingCalendar,
) -> tuple[Account, Customer]:
    """The account the change applies to, its holder, and the rules checked against it."""
    account = find_account(s, str(values.get("account_no", "")))
    holder = s.get_one(Customer, account.customer_id)
    if holder.cert_no != values.get("cert_no"):
        raise UserError(
            "证件号码与户号 {account_no} 的户主不一致："
            "变更业务须由户主本人办理，或由代理人持户主证件和授权委托书办理",
            "cert_no",
            account_no=account.account_no,
        )
    facts = account_facts(s, account, defn, workflows)
    reasons = eligibility.problems(defn, values, facts, today, calendar)
    if reasons:
        raise UserError("{reasons}", reasons=Joined(reasons, "；"))
    return account, holder


def eligibility_problems(
    ctx: AppContext,
    business_code: str,
    values: Mapping[str, Any],
    known: set[str] | None = None,
) -> list[str]:
    """The rules as far as the values typed so far allow (the wizard asks page by page).

    `known` names the fields on the pages the clerk has been through; a rule on a
    field of a later page waits for that page (its default is not an answer).
    """
    defn = definition(ctx, business_code)
    clean = _clean(defn, values)
    if known is not None:
        clean = {k: v for k, v in clean.items() if k in known}
    today = local_date(ctx.clock())
    facts = None
    with ctx.read() as s:
        if defn.target == "account" and not wf.field_problem(defn.field("account_no"), clean):
            try:
                account = find_account(s, clean["account_no"])
            except NotFound as exc:
                return [exc.message]
            facts = account_facts(s, account, defn, ctx.workflows)
        problems = list(eligibility.problems(defn, clean, facts, today, ctx.calendar))
        if defn.target != "account":
            conflict = identity_problem(s, clean)
            if conflict:
                problems.insert(0, conflict)
        return problems


def _queue_category(ctx: AppContext, business_code: str) -> str:
    category = ctx.rules.queue.category_for_workflow(business_code)
    return category.prefix if category else ""


def submit_application(
    ctx: AppContext,
    clerk: UserInfo,
    counter: str,
    business_code: str,
    values: Mapping[str, Any],
    documents_received: tuple[str, ...],
    started_at: datetime,
    draft_id: int | None = None,
    visit_id: int | None = None,
    duplicate_reason: str = "",
) -> AcceptedApplication:
    """Accept the application; customer, visit, steps, event and audit entry commit together."""
    defn = definition(ctx, business_code)
    clean = _clean(defn, values)
    validate(defn, clean, documents_received)
    applicable = {d.code for d in wf.applicable_documents(defn, clean)}
    received = tuple(c for c in documents_received if c in applicable)
    now = ctx.clock()
    today = local_date(now)
    dues = wf.step_due_dates(defn, today, ctx.calendar, clean)
    promised = wf.promised_date(defn, today, ctx.calendar, clean)
    capacity = clean.get("capacity_kw")
    overrides = {k: v for k, v in values.items() if k.endswith("__override_by") and v}
    with ctx.write() as s:
        require(s, clerk, "application.accept", ctx.clock())
        hall = s.scalar(select(Hall).order_by(Hall.id).limit(1))
        if hall is None:
            raise UserError("营业厅尚未设置")
        account: Account | None = None
        if defn.target == "account":
            account, customer = _account_holder(s, defn, clean, ctx.workflows, today, ctx.calendar)
        else:
            reasons = eligibility.problems(defn, clean, None, today, ctx.calendar)
            if reasons:
                raise UserError("{reasons}", reasons=Joined(reasons, "；"))
            customer = _customer(s, clean, now, clerk.id)
        address = clean.get("address", "") or (account.address if account else "")
        duplicate_of = _open_duplicate(s, customer.id, defn.code, address)
        if duplicate_of is not None and not duplicate_reason.strip():
            raise DuplicateApplication(duplicate_of)
        if duplicate_of is not None:
            check_text(duplicate_reason.strip(), "重复受理原因", 200)
            overrides["duplicate_of"] = duplicate_of
            overrides["duplicate_reason"] = duplicate_reason.strip()
        application_no = next_application_no(s, hall.code, today)
        visit = visit_for_business(
            s,
            hall,
            visit_id,
            clerk.id,
            counter,
            customer.id,
            business_code,
            "application",
            application_no,
            started_at,
            now,
            _queue_category(ctx, business_code),
        )
        app = new_application(
            s,
            now,
            [(step.code, step.name, step.limit_days, due) for step, due in dues],
            status="in_progress",
            capacity_kw=Decimal(capacity) if capacity else None,
            application_no=application_no,
            hall_id=hall.id,
            business_code=defn.code,
            business_name=defn.name,
            customer_id=customer.id,
            account_id=account.id if account else None,
            visit_id=visit.id,
            clerk_id=clerk.id,
            address=address,
            details={"values": clean, "documents_received": list(received), **overrides},
            promised_date=promised,
        )
        s.add(
            ApplicationEvent(
                application_id=app.id,
                at=now,
                user_id=clerk.id,
                kind="accepted",
                step_code=dues[0][0].code,
                note="",
            )
        )
        if draft_id is not None:
            finish_draft(s, draft_id, now)
        audit.record(
            s,
            now,
            clerk.id,
            "application.accept",
            "application",
            app.application_no,
            {
                "business": defn.code,
                "customer": mask_name(customer.name),
                "visit": visit.visit_no,
                **overrides,
            },
        )
        return AcceptedApplication(
            app.application_no,
            visit.visit_no,
            defn.name,
            promised,
            tuple(StepDue(st.name, st.limit_days, d) for st, d in dues),
        )


def acceptance_slip(ctx: AppContext, application_no: str) -> AcceptanceSlip:
    """The slip's content, masked as domain.md says, ready for printing.slips."""
    with ctx.read() as s:
        app = load_application(s, application_no)
        hall = s.get_one(Hall, app.hall_id)
        customer = s.get_one(Customer, app.customer_id)
        clerk = s.get_one(User, app.clerk_id)
        defn = ctx.workflows.get(app.business_code)
        values: dict[str, Any] = app.details.get("values", {})
        received = set(app.details.get("documents_received", []))
        docs = wf.applicable_documents(defn, values) if defn else ()
        visit = s.get(Visit, app.visit_id) if app.visit_id is not None else None
        account = s.get(Account, app.account_id) if app.account_id else None
        return AcceptanceSlip(
            **paper_head(hall, app, customer, ctx.rules.complaints.hotline),
            customer_id=mask_id(customer.cert_no),
            certificate_type=customer.cert_type,
            mobile=mask_phone(customer.mobile),
            address=app.address,
            capacity_kw=f"{app.capacity_kw.normalize():f}" if app.capacity_kw else "",
            documents_received=tuple(d.name for d in docs if d.code in received),
            documents_missing=tuple(d.name for d in docs if d.required and d.code not in received),
            steps=tuple(SlipStep(st.name, st.due_date, st.limit_days) for st in app.steps),
            time_limit_days=defn.time_limit_days if defn else 0,
            promised_date=app.promised_date,
            clerk=f"{clerk.display_name}（{clerk.staff_no}）",
            counter=f"{visit.counter}号柜台" if visit else "",
            accepted_at=local_naive(app.accepted_at),
            notice=wf.render_script(defn, app.promised_date, values) if defn else "",
            proxy_name=mask_name(values.get("proxy_name", "")) if values.get("is_proxy") else "",
            account_no=account.account_no if account else "",
            training=ctx.training,
        )


def print_acceptance_slip(ctx: AppContext, application_no: str, folder: Path) -> Path:
    """Render the slip PDF into the printouts folder and return its path."""
    from counter_app.printing.slips import render_acceptance_slip

    slip = acceptance_slip(ctx, application_no)
    return render_acceptance_slip(
        slip, printouts.file_for(folder, printouts.ACCEPTANCE_SLIP, application_no)
    )


@dataclass(frozen=True)
class ApplicationRow:
    application_no: str
    business_name: str
    customer: str  # masked
    accepted_at: datetime
    promised_date: date
    status: str


def todays_applications(ctx: AppContext) -> list[ApplicationRow]:
    """Applications accepted today (hall time), newest first."""
    now = ctx.clock()
    start = to_local(now).replace(hour=0, minute=0, second=0, microsecond=0)
    with ctx.read() as s:
        rows = s.execute(
            select(Application, Customer.name)
            .join(Customer, Customer.id == Application.customer_id)
            .where(Application.accepted_at >= start)
            .order_by(Application.accepted_at.desc())
        ).all()
        return [
            ApplicationRow(
                a.application_no,
                a.business_name,
                mask_name(name),
                a.accepted_at,
                a.promised_date,
                STATUS_NAMES.get(a.status, a.status),
            )
            for a, name in rows
        ]
