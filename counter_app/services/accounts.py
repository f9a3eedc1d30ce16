"""Accounts (户号): what the eligibility rules need to know about one."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from counter_app.domain import workflow as wf
from counter_app.domain.eligibility import AccountFacts, actual_periods
from counter_app.services.errors import NotFound
from counter_app.store.models import Account, Application, Arrears


def find_account(s: Session, account_no: str) -> Account:
    account = s.scalar(select(Account).where(Account.account_no == account_no.strip()))
    if account is None:
        raise NotFound(
            "户号 {account_no} 不存在，请核对客户的电费单或缴费卡",
            "account_no",
            account_no=account_no,
        )
    return account


def open_arrears(s: Session, account_id: int) -> Decimal:
    owed = s.scalar(
        select(func.coalesce(func.sum(Arrears.amount_due - Arrears.amount_paid), 0)).where(
            Arrears.account_id == account_id, Arrears.amount_due > Arrears.amount_paid
        )
    )
    # Amounts are stored as integer fen (see store.types.Money).
    return (Decimal(int(owed or 0)) / 100).quantize(Decimal("0.01"))


def account_facts(
    s: Session,
    account: Account,
    defn: wf.WorkflowDefinition,
    workflows: dict[str, wf.WorkflowDefinition],
) -> AccountFacts:
    """Facts for the rules, counting earlier businesses of the same group (暂停 and kin).

    Each earlier application is read with its own definition; a restore (暂停恢复)
    taken within a suspension ends it early, so its unused days count no more.
    """
    group = [code for code, d in workflows.items() if d.group == defn.group]
    earlier = s.scalars(
        select(Application)
        .where(
            Application.account_id == account.id,
            Application.business_code.in_(group),
            Application.status != "cancelled",
        )
        .order_by(Application.id)
    ).all()
    suspensions: list[tuple[int, date, date]] = []
    restores: list[tuple[int, date]] = []
    for app in earlier:
        own = workflows[app.business_code]
        values = app.details.get("values", {})
        first, last = _period(own, values)
        if first and last:
            suspensions.append((app.id, first, last))
        restored = _restore_day(own, values)
        if restored:
            restores.append((app.id, restored))
    suspending = [code for code, d in workflows.items() if d.effect == "suspend"]
    suspender = s.execute(
        select(Application.business_code, Application.business_name)
        .where(
            Application.account_id == account.id,
            Application.business_code.in_(suspending),
            Application.status != "cancelled",
        )
        .order_by(Application.id.desc())
        .limit(1)
    ).first()
    return AccountFacts(
        suspended_by=suspender.business_name if suspender else "",
        suspended_by_code=suspender.business_code if suspender else "",
        account_no=account.account_no,
        status=account.status,
        category=account.category,
        capacity_kw=account.capacity_kw,
        open_arrears=open_arrears(s, account.id),
        group_periods=actual_periods(suspensions, restores),
    )


def _period(defn: wf.WorkflowDefinition, values: dict[str, str]) -> tuple[date | None, date | None]:
    for rule in defn.rules:
        if "start" in rule.params and "end" in rule.params:
            return _iso(values.get(rule.params["start"])), _iso(values.get(rule.params["end"]))
    for rule in defn.rules:
        # A yearly count without a period (峰谷分时 changes): each one counts on its day.
        if rule.kind == "yearly_count":
            day = _iso(values.get(rule.params["start"]))
            return day, day
    return None, None


def _restore_day(defn: wf.WorkflowDefinition, values: dict[str, str]) -> date | None:
    """A restore's day: the field its notice rule counts to (restore_date)."""
    if defn.effect != "restore":
        return None
    for rule in defn.rules:
        if rule.kind in ("notice_days", "notice_working_days"):
            return _iso(values.get(rule.params["field"]))
    return None


def _iso(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text or "")
    except ValueError:
        return None
