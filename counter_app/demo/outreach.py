"""The demo hall's visits and surveys (走访和调查, issue 17), through the services.

Every fortnight of the demo's days the supervisor makes a plan (the three questionnaires
in turn) of 8–14 of the hall's customers (non-residential ones for 大客户走访), dealt to
the counter staff, due ten days later; the visitors go out or telephone on the days
after it, most reach the customer at once, some on a second try, a few never; a little
late now and then. Answers are drawn per question: scores mostly 4 and 5, a problem
answer now and then, which opens its follow-up (走访发现); most follow-ups are closed
within their deadlines, some late, a few left open (overdue by now). A plan whose
customers are all visited or given up on is closed; the last fortnight's stays open.

It keeps only the random choices: plans, visits, answers and follow-ups are the
services' own (field_visits.make_plan, field_visit_records.record_visit, the complaint
steps), with their numbers, checks and audit entries, each on the clock of its moment.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from counter_app.domain.clock import HALL_TZ, local_date
from counter_app.domain.surveys import Question
from counter_app.services import auth, complaints, field_visit_records, field_visits
from counter_app.services.auth import UserInfo
from counter_app.services.context import AppContext
from counter_app.store.models import Account

__all__ = ["OutreachCounts", "fill_outreach"]

EVERY_DAYS = 14  # a plan a fortnight
DUE_DAYS = 10
TARGETS = (8, 14)
SURVEYS = ("new_connection", "annual_satisfaction", "large_customer")
POOL = 3000  # accounts drawn from (bounded)
SCORES = ((5, 45), (4, 35), (3, 12), (2, 5), (1, 3))
PROBLEM_SHARE = 0.06  # of yes/no and choice answers
REMARKS = ("希望缩短办理时间", "工作人员很耐心", "建议增加线上办理", "停电前请提前通知")


@dataclass
class OutreachCounts:
    plans: int = 0
    targets: int = 0
    visits: int = 0
    answers: int = 0
    findings: int = 0
    closed_on_time: int = 0
    closed_late: int = 0

    def lines(self) -> list[str]:
        return [
            f"  走访计划 {self.plans} 个（客户 {self.targets} 户），走访 {self.visits} 次，"
            f"回答 {self.answers} 个；发现问题 {self.findings} 个，按期办结 "
            f"{self.closed_on_time} 个，超期办结 {self.closed_late} 个"
        ]


@contextmanager
def _clock(ctx: AppContext) -> Iterator[Callable[[datetime], None]]:
    """Set the context's clock to each moment in turn; the real one back at the end."""
    real = ctx.clock

    def at(moment: datetime) -> None:
        ctx.clock = lambda: moment

    try:
        yield at
    finally:
        ctx.clock = real


def _moment(rng: random.Random, day: date) -> datetime:
    minutes = rng.randint(9 * 60, 17 * 60)
    return datetime.combine(day, time(minutes // 60, minutes % 60), HALL_TZ)


def _answer(rng: random.Random, q: Question) -> str:
    if q.kind == "scale":
        return str(rng.choices([s for s, _w in SCORES], [w for _s, w in SCORES])[0])
    if q.kind == "text":
        return rng.choice(REMARKS) if rng.random() < 0.15 else ""
    bad = sorted(q.problem_options)
    good = [o for o in q.options if o not in q.problem_options]
    return rng.choice(bad) if bad and rng.random() < PROBLEM_SHARE else rng.choice(good)


def fill_outreach(
    ctx: AppContext, seed: int, first_day: date, say: Callable[[str], None]
) -> OutreachCounts:
    """Plans, visits, answers and follow-ups from ``first_day`` to now (see the module doc)."""
    rng = random.Random(f"outreach:{seed}")
    counts = OutreachCounts()
    now = ctx.clock()
    today = local_date(now)
    users = [u for u in auth.list_users(ctx) if u.active]
    boss = next((u for u in users if u.role == "supervisor"), None) or next(
        (u for u in users if u.is_admin), None
    )
    visitors = [u for u in users if u.role == "clerk"] or users
    if boss is None or not visitors or not set(SURVEYS) <= set(ctx.rules.surveys):
        return counts
    with ctx.read() as s:
        pool = s.execute(
            select(Account.account_no, Account.category, Account.customer_id)
            .where(Account.status == "active")
            .order_by(Account.id)
            .limit(POOL)
        ).all()
    customer_of = {a: customer for a, _category, customer in pool}
    residents = [a for a, category, _customer in pool if category == "居民"]
    companies = [a for a, category, _customer in pool if category != "居民"] or residents
    with _clock(ctx) as at:
        start, n = first_day, 0
        while start <= today:
            survey = SURVEYS[n % len(SURVEYS)]
            n += 1
            choices = companies if survey == "large_customer" else residents
            # A customer is in one open plan of a questionnaire at a time (make_plan refuses
            # a second), whichever of their accounts: one account each, none already busy.
            busy = {customer_of.get(a) for a in _open_plan_accounts(ctx, survey)}
            free = list({customer_of[a]: a for a in choices if customer_of[a] not in busy}.values())
            size = min(rng.randint(*TARGETS), len(free))
            if size:
                _one_plan(ctx, rng, at, boss, visitors, survey, rng.sample(free, size),
                          start, now, counts)  # fmt: skip
            start += timedelta(days=EVERY_DAYS)
    say(f"走访：计划 {counts.plans} 个，走访 {counts.visits} 次，发现问题 {counts.findings} 个")
    return counts


def _open_plan_accounts(ctx: AppContext, survey: str) -> set[str]:
    return {
        target.account_no
        for plan in field_visits.list_plans(ctx)
        if plan.survey_code == survey and plan.status == "open"
        for target in field_visits.plan_detail(ctx, plan.plan_no).targets
    }


def _one_plan(
    ctx: AppContext,
    rng: random.Random,
    at: Callable[[datetime], None],
    boss: UserInfo,
    visitors: list[UserInfo],
    survey: str,
    accounts: list[str],
    start: date,
    now: datetime,
    counts: OutreachCounts,
) -> None:
    made = _moment(rng, start).replace(hour=8, minute=40)
    if made > now:
        return
    at(made)
    due = start + timedelta(days=DUE_DAYS)
    crew = rng.sample(visitors, min(len(visitors), 3))
    plan = field_visits.make_plan(
        ctx, boss, title="", survey_code=survey, period_from=start, period_to=due,
        due_date=due, account_nos=accounts, visitor_ids=[u.id for u in crew],
    )  # fmt: skip
    counts.plans += 1
    counts.targets += plan.total
    by_id = {u.id: u for u in visitors}
    questions = ctx.rules.surveys[survey].questions
    settled = True
    for target in field_visits.plan_detail(ctx, plan.plan_no).targets:
        visitor = by_id.get(target.visitor_id or 0, crew[0])
        # Day of the first try: mostly before the due day, now and then a little after.
        day = start + timedelta(days=rng.randint(1, DUE_DAYS + 2))
        tries = 1 if rng.random() < 0.85 else (2 if rng.random() < 0.7 else 0)
        for attempt in range(tries + (1 if tries == 0 else 0)):
            when = _moment(rng, day + timedelta(days=2 * attempt))
            if when + timedelta(minutes=30) > now:
                settled = False
                break
            at(when + timedelta(minutes=rng.randint(20, 240)) if when.date() < now.date()
               else when + timedelta(minutes=1))  # fmt: skip
            reached = tries > 0 and attempt == tries - 1
            method = "上门" if rng.random() < 0.6 else "电话"
            answers = {q.code: _answer(rng, q) for q in questions} if reached else {}
            result = field_visit_records.record_visit(
                ctx, visitor, target.target_id, method=method, reached=reached,
                answers=answers, notes="" if reached else "无人在家，改日再访",
                visited_at=when,
            )  # fmt: skip
            counts.visits += 1
            counts.answers += sum(1 for a in answers.values() if a)
            for finding in result.findings:
                counts.findings += 1
                _follow_up(ctx, rng, at, visitor, finding, when, now, counts)
    if settled and due < local_date(now):
        at(_moment(rng, due + timedelta(days=3)))
        if ctx.clock() <= now:
            field_visits.close_plan(ctx, boss, plan.plan_no)


def _follow_up(
    ctx: AppContext,
    rng: random.Random,
    at: Callable[[datetime], None],
    owner: UserInfo,
    finding: field_visit_records.FindingInfo,
    found: datetime,
    now: datetime,
    counts: OutreachCounts,
) -> None:
    """Most closed within the deadlines, some late, a few left open."""
    roll = rng.random()
    if roll < 0.1:
        return
    on_time = roll < 0.8
    contact = datetime.combine(
        finding.contact_due if on_time else finding.contact_due + timedelta(days=2),
        time(10, rng.randint(0, 59)),
        HALL_TZ,
    )
    decided = datetime.combine(
        finding.decision_due if on_time else finding.decision_due + timedelta(days=3),
        time(15, rng.randint(0, 59)),
        HALL_TZ,
    )
    contact = max(contact, found + timedelta(hours=1))
    decided = max(decided, contact + timedelta(hours=1))
    if decided + timedelta(hours=2) > now:
        return
    no = finding.complaint_no
    at(contact)
    complaints.record_contact(ctx, owner, no, "电话联系客户，了解具体情况")
    at(decided)
    complaints.resolve(ctx, owner, no, "已核实并整改，向客户说明处理结果")
    at(decided + timedelta(hours=1))
    complaints.callback(ctx, owner, no, "满意" if rng.random() < 0.8 else "基本满意")
    at(decided + timedelta(hours=2))
    complaints.close(ctx, owner, no)
    if on_time:
        counts.closed_on_time += 1
    else:
        counts.closed_late += 1
