"""The demo's days: visits at the counters in opening hours, the applications accepted
at them, and the accounts opened by finished new connections, numbered by the services'
number series (domain/numbers.py)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Table

from counter_app.demo.applications import (
    Business,
    Chooser,
    Plan,
    Who,
    events_of,
    plan_of,
    values_of,
)
from counter_app.demo.bills import PayPlan, PayVisit
from counter_app.demo.customers import Acct, Population
from counter_app.demo.hall import (
    APPLICATION_SHARE,
    ATTEMPT_SHARE,
    CLOSES,
    LAST_START,
    OPENS,
    QUICK_SHARE,
)
from counter_app.demo.people import address
from counter_app.demo.rows import bump, insert_rows, max_id
from counter_app.domain import workflow as wf
from counter_app.domain.clock import HALL_TZ, local_date
from counter_app.domain.numbers import ACCOUNTS, APPLICATIONS, VISITS
from counter_app.services.auth import HallInfo
from counter_app.services.context import AppContext
from counter_app.store.models import (
    Account,
    Application,
    ApplicationEvent,
    ApplicationStep,
    Visit,
    whole_seconds,
)


def day_windows(
    ctx: AppContext, days: int, now: datetime
) -> list[tuple[date, datetime, datetime, float]]:
    """(day, opening, closing, weight) for each day of the window, oldest first; today
    closes now. Visits start and end between opening and closing."""
    today = local_date(now)
    out = []
    for back in range(days - 1, -1, -1):
        day = today - timedelta(days=back)
        start = datetime.combine(day, OPENS, HALL_TZ).astimezone(UTC)
        end = datetime.combine(day, CLOSES, HALL_TZ).astimezone(UTC)
        if day == today:
            end = min(end, now)
        full = (datetime.combine(day, CLOSES) - datetime.combine(day, OPENS)).total_seconds()
        # The last visit starts some minutes before closing.
        share = max(0.0, (end - start - LAST_START).total_seconds() / full)
        # Halls open at weekends and holidays too, with fewer customers.
        weight = share * (1.0 if ctx.calendar.is_working_day(day) else 0.3)
        out.append((day, start, end, weight))
    return out


def split(total: int, weights: list[float]) -> list[int]:
    """``total`` split in proportion to ``weights``, largest remainders first; sums exactly."""
    whole = sum(weights)
    if total == 0 or whole <= 0:
        return [0] * len(weights)
    shares = [total * w / whole for w in weights]
    counts = [int(x) for x in shares]
    order = sorted(range(len(weights)), key=lambda i: (counts[i] - shares[i], i))
    for i in order[: total - sum(counts)]:
        counts[i] += 1
    return counts


@dataclass
class Counts:
    visits: int = 0
    applications: int = 0
    steps: int = 0
    events: int = 0
    accounts: int = 0
    overdue: int = 0
    statuses: dict[str, int] = field(default_factory=dict)


def fill_day(
    ctx: AppContext,
    rng: random.Random,
    hall: HallInfo,
    staff: list[int],
    pop: Population,
    choosers: dict[str, Chooser],
    window: tuple[date, datetime, datetime, float],
    n: int,
    now: datetime,
    counts: Counts,
    due_cache: dict[tuple[str, date], list[tuple[wf.Step, date]]],
    money: PayPlan,
) -> None:
    day, first, last, _weight = window
    today = local_date(now)
    span = max(1, int((last - LAST_START - first).total_seconds()))
    starts = sorted(first + timedelta(seconds=rng.randrange(span)) for _ in range(n))
    counters = list(range(1, len(staff) + 1))
    rng.shuffle(counters)
    desk = dict(zip(staff, counters, strict=True))
    visits_t, apps_t = Visit.__table__, Application.__table__
    steps_t, events_t, accounts_t = (
        ApplicationStep.__table__,
        ApplicationEvent.__table__,
        Account.__table__,
    )
    assert isinstance(visits_t, Table) and isinstance(apps_t, Table)
    assert isinstance(steps_t, Table) and isinstance(events_t, Table)
    assert isinstance(accounts_t, Table)
    visit_rows: list[dict[str, Any]] = []
    app_rows: list[dict[str, Any]] = []
    step_rows: list[dict[str, Any]] = []
    event_rows: list[dict[str, Any]] = []
    account_rows: list[dict[str, Any]] = []
    with ctx.write() as s:
        next_visit = max_id(s, visits_t) + 1
        next_app = max_id(s, apps_t) + 1
        next_account = max_id(s, accounts_t) + 1
        visit_base = bump(s, VISITS.sequence_name(hall.code, day), n)
        # (visit index, accepted at, clerk, customer index, business)
        planned: list[tuple[int, datetime, int, int, Business]] = []
        for i, started in enumerate(starts):
            clerk = rng.choice(staff)
            r = rng.random()
            who = rng.randrange(len(pop.ids))
            if r < APPLICATION_SHARE:
                kind, minutes = "application", rng.randint(10, 40)
            elif r < APPLICATION_SHARE + ATTEMPT_SHARE:
                kind, minutes = "attempt", rng.randint(5, 15)
            elif r < APPLICATION_SHARE + ATTEMPT_SHARE + QUICK_SHARE:
                kind, minutes = "quick", rng.randint(1, 6)
            else:
                kind, minutes = "inquiry", rng.randint(2, 15)
            ended = min(started + timedelta(minutes=minutes, seconds=rng.randint(0, 59)), last)
            # Who pays is drawn from the money's own stream, so this one stays as it was.
            quick = kind == "quick"
            payer = money.payer(clerk, day) if quick else None
            if quick:
                # A payment; or a quick question (nobody to pay, or the clerk-day is settled).
                kind = "inquiry" if payer is None else "payment"
            business, outcome = kind, "completed"
            customer_id: int | None = pop.ids[who if payer is None else payer.who]
            if payer is not None:
                money.visited(day, PayVisit(next_visit + i, clerk, str(desk[clerk]), ended, payer))
            elif quick and money.rng.random() < 0.2:
                customer_id = None  # someone who only asked
            if kind in ("application", "attempt"):
                picked = choosers[pop.kinds[who]].pick(rng)
                if picked is None:
                    business, outcome = "inquiry", "completed"
                else:
                    business = picked.defn.code
                    if kind == "attempt":
                        outcome = "needs_documents"
                    else:
                        planned.append((i, ended, clerk, who, picked))
            elif kind == "inquiry" and not quick and rng.random() < 0.2:
                customer_id = None  # someone who only asked
            visit_rows.append(
                {
                    "id": next_visit + i,
                    "visit_no": VISITS.format(hall.code, visit_base + i + 1, day),
                    "hall_id": hall.id,
                    "clerk_id": clerk,
                    "counter": str(desk[clerk]),
                    "customer_id": customer_id,
                    "business_code": business,
                    "outcome": outcome,
                    "started_at": started,
                    "ended_at": ended,
                    # No queue times here: no waiting (models.Visit.wait_seconds).
                    "wait_seconds": None,
                    "handle_seconds": whole_seconds(started, ended),
                }
            )
        # The applications accepted at those visits, numbered in the order accepted.
        apps: list[tuple[int, datetime, int, int, Business, Acct | None]] = []
        for i, accepted, clerk, who, chosen in planned:
            account: Acct | None = None
            if chosen.defn.target == "account":
                fitting = [
                    a
                    for a in pop.accounts[who]
                    if a.status in (chosen.allowed_status or ("active", "suspended"))
                    and (chosen.allowed_category is None or a.category in chosen.allowed_category)
                ]
                if not fitting:
                    # No account this business could apply to: the visit was an inquiry.
                    visit_rows[i]["business_code"] = "inquiry"
                    continue
                account = rng.choice(fitting)
            apps.append((i, accepted, clerk, who, chosen, account))
        app_base = bump(s, APPLICATIONS.sequence_name(hall.code, day), len(apps))
        new_accounts: list[tuple[dict[str, Any], Plan, Business, Decimal | None]] = []
        for n_app, (i, accepted, clerk, who, biz, account) in enumerate(apps):
            defn = biz.defn
            dues = due_cache.get((defn.code, day))
            if dues is None:
                dues = wf.step_due_dates(defn, day, ctx.calendar)
                due_cache[(defn.code, day)] = dues
            promised = ctx.calendar.add_working_days(day, defn.time_limit_days)
            person = Who(
                pop.kinds[who], pop.names[who], pop.certs[who], pop.mobiles[who], pop.accounts[who]
            )
            where = account.address if account else address(rng, business=person.kind == "company")
            values, capacity = values_of(rng, biz, person, account, where, day, today)
            documents = [d for d in wf.applicable_documents(defn, values) if d.required]
            plan = plan_of(rng, dues, accepted, now)
            app_id = next_app + n_app
            details: dict[str, Any] = {
                "values": values,
                "documents_received": [d.code for d in documents],
            }
            if plan.status == "returned" and documents:
                details["documents_missing"] = [rng.choice(documents).name]
            row: dict[str, Any] = {
                "id": app_id,
                "application_no": APPLICATIONS.format(hall.code, app_base + n_app + 1, day),
                "hall_id": hall.id,
                "business_code": defn.code,
                "business_name": defn.name,
                "customer_id": pop.ids[who],
                "account_id": account.id if account else None,
                "visit_id": next_visit + i,
                "clerk_id": clerk,
                "status": plan.status,
                "current_step": plan.current,
                "paused_since": plan.paused_since,
                "address": where,
                "capacity_kw": capacity,
                "details": details,
                "accepted_at": accepted,
                "promised_date": promised,
                "completed_at": plan.completed_at,
                "updated_at": accepted,
            }
            app_rows.append(row)
            if plan.status == "completed" and defn.effect == "open_account":
                new_accounts.append((row, plan, biz, capacity))
            overdue = False
            for seq, ((step, due), done) in enumerate(
                zip(dues, plan.completions, strict=True), start=1
            ):
                step_rows.append(
                    {
                        "application_id": app_id,
                        "seq": seq,
                        "code": step.code,
                        "name": step.name,
                        "limit_days": step.limit_days,
                        "due_date": due,
                        "completed_at": done,
                    }
                )
                overdue = overdue or (plan.status == "in_progress" and done is None and due < today)
            counts.overdue += overdue
            events = events_of(rng, app_id, plan, dues, clerk, staff)
            event_rows += events
            row["updated_at"] = events[-1]["at"]
            counts.statuses[plan.status] = counts.statuses.get(plan.status, 0) + 1
        if new_accounts:
            # A finished new connection opens its account, numbered as the app numbers them.
            account_base = bump(s, ACCOUNTS.sequence_name(hall.code), len(new_accounts))
            for k, (row, plan, biz, capacity) in enumerate(new_accounts):
                account_no = ACCOUNTS.format(hall.code, account_base + k + 1)
                usage = str(row["details"]["values"].get("usage", ""))
                residential = usage.startswith("居民") or (
                    "居民" in biz.defn.name and "非居民" not in biz.defn.name
                )
                account_rows.append(
                    {
                        "id": next_account + k,
                        "account_no": account_no,
                        "hall_id": hall.id,
                        "customer_id": row["customer_id"],
                        "address": row["address"],
                        "category": "居民" if residential else "非居民",
                        "voltage": "高压" if "高压" in biz.defn.name else "低压",
                        "capacity_kw": capacity,
                        "status": "active",
                        "opened_at": plan.completed_at,
                        "closed_at": None,
                        "updated_at": plan.completed_at,
                    }
                )
                row["account_id"] = next_account + k
                row["details"]["opened_account"] = account_no
        insert_rows(s, visits_t, visit_rows)
        insert_rows(s, accounts_t, account_rows)
        insert_rows(s, apps_t, app_rows)
        insert_rows(s, steps_t, step_rows)
        insert_rows(s, events_t, event_rows)
    counts.visits += len(visit_rows)
    counts.applications += len(app_rows)
    counts.steps += len(step_rows)
    counts.events += len(event_rows)
    counts.accounts += len(account_rows)
