"""Applications across every business of the workflow definitions: what the wizard
kept, how far each got by now (its fate), and its events as the services write them."""

from __future__ import annotations

import random
from bisect import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from counter_app.demo.customers import (
    COMPANY_CERT,
    HV_KVA,
    LV_BUSINESS_KW,
    PERSON_CERT,
    RESIDENTIAL_KW,
    Acct,
)
from counter_app.demo.hall import opening_moment
from counter_app.demo.people import (
    address,
    credit_code,
    digits,
    mobile,
    person_name,
    resident_id,
    words,
)
from counter_app.domain import workflow as wf
from counter_app.domain.clock import local_date

# How applications go (shares); the rest finish on time.


FATES = (("cancelled", 0.03), ("paused", 0.015), ("returned", 0.015), ("stuck", 0.02),
         ("late", 0.10))  # fmt: skip

# How common each business is at a county hall; unknown codes count 1.
PERSON_WEIGHTS = {
    "lv_residential_new": 24.0, "lv_nonresidential_new_sanling": 1.5,
    "lv_nonresidential_new": 0.3, "hv_new_single": 0.05, "hv_new_dual": 0.01,
    "capacity_increase": 3, "capacity_reduction": 0.3, "capacity_reduction_restore": 0.2,
    "suspension": 0.5, "suspension_restore": 0.4, "rename": 4, "transfer": 5, "split": 1,
    "merge": 0.5, "meter_relocation": 2, "category_change": 1, "close_account": 2,
}  # fmt: skip
COMPANY_WEIGHTS = {
    "lv_nonresidential_new_sanling": 8.0, "lv_nonresidential_new": 3, "hv_new_single": 1.5,
    "hv_new_dual": 0.3, "capacity_increase": 3, "capacity_reduction": 1.5,
    "capacity_reduction_restore": 1, "suspension": 2, "suspension_restore": 1.5,
    "rename": 2, "transfer": 2, "split": 0.5, "merge": 0.5, "meter_relocation": 1,
    "category_change": 1, "close_account": 1,
}  # fmt: skip


@dataclass
class Business:
    defn: wf.WorkflowDefinition
    number_fields: dict[str, str]  # key -> "capacity_up" / "capacity_down" / "capacity"
    allowed_status: tuple[str, ...] | None
    allowed_category: tuple[str, ...] | None
    capacity_max: Decimal | None


def business_of(defn: wf.WorkflowDefinition) -> Business:
    numbers: dict[str, str] = {}
    allowed_status = allowed_category = None
    capacity_max = None
    for rule in defn.rules:
        if rule.kind == "capacity_change":
            up = rule.params["direction"] == "increase"
            numbers[rule.params["field"]] = "capacity_up" if up else "capacity_down"
        elif rule.kind == "account_status":
            allowed_status = tuple(rule.params["allowed"])
        elif rule.kind == "category_is":
            allowed_category = tuple(rule.params["allowed"])
        elif rule.kind == "capacity_max":
            capacity_max = Decimal(rule.params["max"])
    return Business(defn, numbers, allowed_status, allowed_category, capacity_max)


def _new_capacity(rng: random.Random, biz: Business, f: wf.Field) -> Decimal:
    name = biz.defn.name
    if "高压" in name:
        choices: Sequence[int] = HV_KVA
    elif "居民" in name and "非居民" not in name:
        choices = RESIDENTIAL_KW
    else:
        choices = LV_BUSINESS_KW
    fitting = [
        c
        for c in choices
        if (f.minimum is None or c >= f.minimum)
        and (f.maximum is None or c <= f.maximum)
        and (biz.capacity_max is None or c <= biz.capacity_max)
    ]
    if not fitting:
        return f.minimum if f.minimum is not None else Decimal(1)
    return Decimal(rng.choice(fitting))


def _changed_capacity(rng: random.Random, current: Decimal | None, up: bool) -> Decimal:
    base = current or Decimal(10)
    factor = Decimal(rng.choice((15, 20, 25))) / 10 if up else Decimal(rng.choice((3, 5, 7))) / 10
    value = (base * factor).quantize(Decimal(1))
    return max(value, Decimal(1))


@dataclass
class Who:
    kind: str
    name: str
    cert: str
    mobile: str
    accounts: list[Acct]


def values_of(
    rng: random.Random,
    biz: Business,
    who: Who,
    account: Acct | None,
    where: str,
    accepted_on: date,
    today: date,
) -> tuple[dict[str, Any], Decimal | None]:
    """What the wizard would have kept for this business, and the application's capacity."""
    values: dict[str, Any] = {}
    capacity: Decimal | None = account.capacity_kw if account else None
    last_date: date | None = None
    for f in biz.defn.fields:
        if not wf.is_visible(f, values):
            continue
        key = f.key
        value: Any
        if key == "cert_type":
            cert_type = COMPANY_CERT if who.kind == "company" else PERSON_CERT
            value = cert_type if cert_type in f.choices else (f.default or f.choices[0])
        elif key == "cert_no":
            value = who.cert
        elif key == "name":
            value = who.name
        elif key == "mobile":
            value = who.mobile
        elif key == "address":
            value = where
        elif key == "account_no":
            value = account.account_no if account else ""
        elif f.kind == "bool":
            value = False
        elif f.kind == "choice":
            value = f.default if f.default in f.choices else rng.choice(f.choices)
        elif f.kind == "number":
            how = biz.number_fields.get(key)
            if how is not None and account is not None:
                number = _changed_capacity(rng, account.capacity_kw, how == "capacity_up")
            else:
                number = _new_capacity(rng, biz, f)
            if "capacity" in key:
                capacity = number
            value = f"{number.normalize():f}"
        elif f.kind == "date":
            ends = {"end", "to", "until"} & set(key.split("_"))
            if last_date is not None and ends:
                day = last_date + timedelta(days=rng.randint(20, 150))
            else:
                day = accepted_on + timedelta(days=rng.randint(6, 20))
            last_date = day
            value = day.isoformat()
        else:
            value = _text_value(rng, f, key, values, who, today)
        values[key] = value
    return values, capacity


def _text_value(
    rng: random.Random,
    f: wf.Field,
    key: str,
    values: dict[str, Any],
    who: Who,
    today: date,
) -> str:
    check = f.check
    if f.check_by:
        check = f.checks.get(str(values.get(f.check_by, "")), "certificate")
    if check == "resident_id":
        return resident_id(rng, today)[0]
    if check == "credit_code":
        return credit_code(rng, "1")
    if check == "mobile":
        return mobile(rng)
    if check in ("passport", "certificate"):
        return "E" + digits(rng, 8)
    if check == "account_no" or "account_no" in key:
        others = [a.account_no for a in who.accounts if a.account_no != values.get("account_no")]
        return rng.choice(others) if others else "33" + digits(rng, 8)
    if check == "person_name" or key.endswith("name"):
        return person_name(rng, rng.random() < 0.5)
    if "address" in key:
        return address(rng)
    if "location" in key:
        return rng.choice(words().meter_locations)
    if "bank" in key:
        return words().bank
    if "reason" in key:
        return rng.choice(words().reasons)
    return "演示" if f.required else ""


@dataclass
class Plan:
    """One application with everything that happened to it by now."""

    status: str
    current: str
    completions: list[datetime | None]
    completed_at: datetime | None = None
    paused_since: datetime | None = None
    ended_at: datetime | None = None  # cancelled at
    note: str = ""


def _fate(rng: random.Random) -> str:
    r = rng.random()
    for name, share in FATES:
        if r < share:
            return name
        r -= share
    return "on_time"


def plan_of(
    rng: random.Random,
    dues: list[tuple[wf.Step, date]],
    accepted_at: datetime,
    now: datetime,
) -> Plan:
    fate = _fate(rng)
    k = len(dues)
    completions: list[datetime | None] = [accepted_at] + [None] * (k - 1)
    late = rng.randrange(1, k) if fate == "late" and k > 1 else -1
    # Where a stuck, cancelled, paused or returned application stops going forward.
    stop = rng.randrange(1, k) if fate not in ("late", "on_time") and k > 1 else -1
    prev = accepted_at
    for i in range(1, k):
        if i == stop:
            break
        due = dues[i][1]
        lo = local_date(prev)
        if i == late:
            day = due + timedelta(days=rng.randint(1, 15))
        else:
            span = max(0, (due - lo).days)
            # Most steps are done well before their due date.
            day = lo + timedelta(days=min(span, int(span * rng.random() ** 1.5 + 0.5)))
        moment = opening_moment(rng, day)
        if moment <= prev:
            moment = prev + timedelta(minutes=rng.randint(10, 180))
        if moment > now:
            break
        completions[i] = moment
        prev = moment
    done = sum(1 for c in completions if c is not None)
    if done == k:
        return Plan("completed", dues[-1][0].code, completions, completed_at=prev)
    current = dues[done][0].code
    if fate in ("cancelled", "paused", "returned"):
        # Some hours to some days after the last step done, and not after now.
        at = min(now, prev + timedelta(minutes=rng.randint(60, 10 * 24 * 60)))
        if fate == "cancelled":
            return Plan("cancelled", current, completions, ended_at=at,
                         note=rng.choice(words().cancel_reasons))  # fmt: skip
        return Plan(fate, current, completions, paused_since=at)
    return Plan("in_progress", current, completions)


class Chooser:
    """Weighted choice of a business for a kind of customer, without re-summing weights."""

    def __init__(self, businesses: Iterable[Business], weights: dict[str, float], kind: str):
        self.items = [b for b in businesses if kind in b.defn.customer_types]
        self.cum: list[float] = []
        total = 0.0
        for b in self.items:
            total += weights.get(b.defn.code, 1.0)
            self.cum.append(total)

    def pick(self, rng: random.Random) -> Business | None:
        if not self.items:
            return None
        return self.items[bisect(self.cum, rng.random() * self.cum[-1])]


def events_of(
    rng: random.Random,
    app_id: int,
    plan: Plan,
    dues: list[tuple[wf.Step, date]],
    clerk: int,
    staff: list[int],
) -> list[dict[str, Any]]:
    """The application's events in the order they happened, as the services write them."""

    def event(at: datetime, user: int, kind: str, step: str, note: str = "") -> dict[str, Any]:
        return {
            "application_id": app_id,
            "at": at,
            "user_id": user,
            "kind": kind,
            "step_code": step,
            "note": note,
        }

    accepted = plan.completions[0]
    assert accepted is not None
    out = [event(accepted, clerk, "accepted", dues[0][0].code)]
    for (step, _due), done in zip(dues[1:], plan.completions[1:], strict=True):
        if done is not None:
            out.append(event(done, rng.choice(staff), "step_done", step.code))
    if plan.status == "completed" and plan.completed_at is not None:
        out.append(event(plan.completed_at, out[-1]["user_id"], "completed", dues[-1][0].code))
    elif plan.status == "cancelled" and plan.ended_at is not None:
        out.append(event(plan.ended_at, rng.choice(staff), "cancelled", plan.current, plan.note))
    elif plan.status == "paused" and plan.paused_since is not None:
        out.append(
            event(
                plan.paused_since,
                rng.choice(staff),
                "paused",
                plan.current,
                rng.choice(words().pause_reasons),
            )
        )
    elif plan.status == "returned" and plan.paused_since is not None:
        out.append(event(plan.paused_since, rng.choice(staff), "returned", plan.current, "缺资料"))
    return out
