"""暂停 and 减容 as the rules say: inclusive days, calendar months, working-day notice,
yearly limits as data, restores giving days back, seasonal exemption, permanent 减容."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from counter_app.domain import eligibility, workflow_file
from counter_app.domain import workflow as wf
from counter_app.domain.calendar import WorkingCalendar
from counter_app.domain.eligibility import (
    AccountFacts,
    actual_periods,
    add_months,
    months_end,
    period_length,
)
from counter_app.resources import resource

# Friday 2026-02-27, hall time. Saturday 02-28 is a make-up working day (春节 2026),
# so the 5th working day after it is Thursday 03-05.
TODAY = date(2026, 2, 27)
CALENDAR = WorkingCalendar()
FACTS = AccountFacts(
    account_no="330101000123",
    status="active",
    category="非居民",
    capacity_kw=Decimal("100"),
    open_arrears=Decimal("0"),
)
HOLDER = {
    "account_no": "330101000123",
    "cert_type": "居民身份证",
    "cert_no": "11010519491231002X",
    "name": "张三丰",
    "mobile": "13812341234",
    "is_proxy": False,
}


@pytest.fixture(scope="module")
def defs() -> dict[str, wf.WorkflowDefinition]:
    return workflow_file.load_definitions(resource("workflows"))


def suspension(first: str, last: str, **more: Any) -> dict[str, Any]:
    return {**HOLDER, "start_date": first, "end_date": last, **more}


def check(
    defn: wf.WorkflowDefinition,
    values: dict[str, Any],
    facts: AccountFacts = FACTS,
    today: date = TODAY,
    calendar: WorkingCalendar = CALENDAR,
) -> list[str]:
    # The limits are rules, not field bounds: every page takes these values.
    assert all(not wf.page_problems(p, values) for p in defn.pages), values
    return eligibility.problems(defn, values, facts, today, calendar)


# -- inclusive days and calendar months ------------------------------------------


def test_period_length_counts_both_days() -> None:
    assert period_length(date(2026, 3, 7), date(2026, 3, 20)) == 14
    assert period_length(date(2026, 3, 7), date(2026, 3, 21)) == 15
    assert period_length(date(2026, 3, 7), date(2026, 3, 7)) == 1


def test_six_calendar_months_end_the_day_before_the_same_date() -> None:
    assert months_end(date(2026, 3, 9), 6) == date(2026, 9, 8)
    # No 31st in February: the month's last day ends the term (民法典 art. 202).
    assert months_end(date(2026, 8, 31), 6) == date(2027, 2, 28)
    assert months_end(date(2026, 3, 31), 6) == date(2026, 9, 30)
    assert months_end(date(2027, 1, 1), 24) == date(2028, 12, 31)


def test_fourteen_days_refused_fifteen_accepted(defs: dict[str, wf.WorkflowDefinition]) -> None:
    refused = check(defs["suspension"], suspension("2026-03-07", "2026-03-20"))
    assert refused == ["每次不少于15天（现为14天，首末日均计入）"]
    assert check(defs["suspension"], suspension("2026-03-07", "2026-03-21")) == []


def test_exactly_six_months_accepted_one_day_more_refused(
    defs: dict[str, wf.WorkflowDefinition],
) -> None:
    assert check(defs["suspension"], suspension("2026-03-09", "2026-09-08")) == []
    refused = check(defs["suspension"], suspension("2026-03-09", "2026-09-09"))
    assert refused == ["2026年内累计不超过6个月（184天）：已用0天，本次185天"]


def test_last_day_before_the_first_is_said_plainly(
    defs: dict[str, wf.WorkflowDefinition],
) -> None:
    assert check(defs["suspension"], suspension("2026-03-09", "2026-03-08")) == ["末日不能早于首日"]


@given(
    first=st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31)),
    months=st.integers(min_value=1, max_value=30),
)
def test_a_period_of_exactly_n_months_fits_and_one_day_more_does_not(
    first: date, months: int
) -> None:
    last = months_end(first, months)
    assert first < last <= add_months(first, months)  # equal when the month has no such day
    rule = wf.Rule("period_months", {"start": "a", "end": "b", "max_months": months})
    page = wf.Page("p", fields=(wf.Field("a", "a", "date"), wf.Field("b", "b", "date")))
    defn = wf.WorkflowDefinition(
        code="t", name="t", category="change", customer_types=("person",), time_limit_days=1,
        steps=(), pages=(page,), documents=(), script="", rules=(rule,),
    )  # fmt: skip
    ok = {"a": first.isoformat(), "b": last.isoformat()}
    over = {"a": first.isoformat(), "b": (last + timedelta(days=1)).isoformat()}
    assert eligibility.problems(defn, ok, None, first, CALENDAR) == []
    assert eligibility.problems(defn, over, None, first, CALENDAR) != []


# -- notice in working days, from the hall's calendar ---------------------------


def test_notice_counts_working_days_of_the_calendar_given(
    defs: dict[str, wf.WorkflowDefinition],
) -> None:
    defn = defs["suspension"]
    early = check(defn, suspension("2026-03-04", "2026-03-31"))
    assert early == ["须提前5个工作日申请：最早为2026年3月5日"]
    assert check(defn, suspension("2026-03-05", "2026-03-31")) == []
    # An HQ calendar that makes 03-02 a rest day moves the earliest day to 03-06.
    hq = WorkingCalendar({date(2026, 3, 2): False})
    assert check(defn, suspension("2026-03-05", "2026-03-31"), calendar=hq) == [
        "须提前5个工作日申请：最早为2026年3月6日"
    ]


def test_national_day_week_is_not_notice(defs: dict[str, wf.WorkflowDefinition]) -> None:
    # Applied on 2026-09-30: 10-01 … 10-07 are holidays, so 10-05 is far too early.
    values = suspension("2026-10-05", "2026-10-31")
    found = check(defs["suspension"], values, today=date(2026, 9, 30))
    assert len(found) == 1 and "须提前5个工作日" in found[0]


def test_restore_and_reduction_notices_are_working_days(
    defs: dict[str, wf.WorkflowDefinition],
) -> None:
    restore = {**HOLDER, "restore_date": "2026-03-04"}
    suspended = replace(FACTS, status="suspended")
    assert check(defs["suspension_restore"], restore, suspended) == [
        "须提前5个工作日申请：最早为2026年3月5日"
    ]
    assert (
        check(defs["suspension_restore"], {**restore, "restore_date": "2026-03-05"}, suspended)
        == []
    )
    reduction = {**HOLDER, **PERMANENT, "start_date": "2026-03-04"}
    assert check(defs["capacity_reduction"], reduction) == [
        "须提前5个工作日申请：最早为2026年3月5日"
    ]


# -- yearly count and cap: data, restores, seasonal users ------------------------


def earlier(first: str, last: str) -> tuple[date, date]:
    return date.fromisoformat(first), date.fromisoformat(last)


def test_third_suspension_in_a_year_refused_unless_seasonal(
    defs: dict[str, wf.WorkflowDefinition],
) -> None:
    two = replace(
        FACTS,
        group_periods=(earlier("2026-01-05", "2026-01-19"), earlier("2026-02-02", "2026-02-16")),
    )
    values = suspension("2026-04-01", "2026-04-15")
    assert check(defs["suspension"], values, two) == ["每年最多办理2次，2026年已办理2次"]
    assert check(defs["suspension"], {**values, "seasonal": True}, two) == []


def test_seasonal_users_are_not_held_to_six_months(
    defs: dict[str, wf.WorkflowDefinition],
) -> None:
    values = suspension("2026-03-09", "2026-11-30")
    assert "累计不超过6个月" in check(defs["suspension"], values)[0]
    assert check(defs["suspension"], {**values, "seasonal": True}) == []


def test_the_yearly_limits_are_data() -> None:
    text = (resource("workflows") / "suspension.toml").read_text(encoding="utf-8")
    assert 'to_confirm = ["rules.yearly_count.max", "rules.yearly_days.max_months"]' in text
    assert text.count("# 待总部确认") >= 1 and "待总部确认" in text
    three = text.replace("max = 2\n", "max = 3\n").replace("max_months = 6\n", "max_months = 7\n")
    defn = workflow_file.parse_definition(three, "suspension.toml")
    two = replace(
        FACTS,
        group_periods=(earlier("2026-01-05", "2026-01-19"), earlier("2026-02-02", "2026-02-16")),
    )
    assert check(defn, suspension("2026-04-01", "2026-04-15"), two) == []
    assert check(defn, suspension("2026-03-09", "2026-10-08")) == []


def test_days_are_summed_per_calendar_year(defs: dict[str, wf.WorkflowDefinition]) -> None:
    # 2026-01-05 … 2026-06-04 is 151 days; the six months from 01-05 end on 07-04 (181 days).
    used = replace(FACTS, group_periods=(earlier("2026-01-05", "2026-06-04"),))
    assert check(defs["suspension"], suspension("2026-06-15", "2026-07-14"), used) == []
    found = check(defs["suspension"], suspension("2026-06-15", "2026-07-15"), used)
    assert found == ["2026年内累计不超过6个月（181天）：已用151天，本次31天"]
    # A period across New Year counts its days in each year: 12 in 2026, 151 or 182 in 2027.
    assert check(defs["suspension"], suspension("2026-12-20", "2027-05-31"), used) == []
    found = check(defs["suspension"], suspension("2026-12-20", "2027-07-01"), used)
    assert found == ["2027年内累计不超过6个月（181天）：已用0天，本次182天"]


def test_an_early_restore_gives_the_unused_days_back(
    defs: dict[str, wf.WorkflowDefinition],
) -> None:
    # Applied for 01-05 … 06-30 (177 days) but restored from 02-01: 27 days used.
    periods = actual_periods([(1, date(2026, 1, 5), date(2026, 6, 30))], [(2, date(2026, 2, 1))])
    assert periods == ((date(2026, 1, 5), date(2026, 1, 31)),)
    facts = replace(FACTS, group_periods=periods)
    assert check(defs["suspension"], suspension("2026-03-09", "2026-07-04"), facts) == []
    # Without the restore the same request overruns the year's six months.
    full = replace(FACTS, group_periods=((date(2026, 1, 5), date(2026, 6, 30)),))
    assert (
        "累计不超过6个月"
        in check(defs["suspension"], suspension("2026-07-01", "2026-07-15"), full)[0]
    )


def test_a_restore_only_shortens_the_suspension_it_falls_in() -> None:
    suspensions = [
        (1, date(2026, 1, 5), date(2026, 1, 31)),
        (3, date(2026, 3, 1), date(2026, 4, 30)),
    ]
    restores = [
        (2, date(2026, 3, 10)),  # taken before the second suspension: not its restore
        (4, date(2026, 4, 1)),
        (5, date(2026, 4, 20)),  # the earliest restore inside wins
    ]
    assert actual_periods(suspensions, restores) == (
        (date(2026, 1, 5), date(2026, 1, 31)),
        (date(2026, 3, 1), date(2026, 3, 31)),
    )
    # Restored on its first day: it never ran, no days used.
    never = actual_periods([(1, date(2026, 5, 1), date(2026, 5, 31))], [(2, date(2026, 5, 1))])
    assert never == ((date(2026, 5, 1), date(2026, 4, 30)),)
    assert eligibility._days_in_year(*never[0], 2026) == 0


# -- 减容: temporary or permanent ---------------------------------------------

PERMANENT = {"capacity_kw": "50", "reduction_type": "永久", "start_date": "2026-03-09"}
TEMPORARY = {**PERMANENT, "reduction_type": "临时（6个月至2年）"}


def test_permanent_reduction_needs_no_last_day(defs: dict[str, wf.WorkflowDefinition]) -> None:
    defn = defs["capacity_reduction"]
    assert check(defn, {**HOLDER, **PERMANENT}) == []
    # A last day typed before switching to 永久 is no answer: hidden, not checked.
    assert check(defn, {**HOLDER, **PERMANENT, "end_date": "2031-01-01"}) == []


def test_temporary_reduction_keeps_six_months_to_two_years(
    defs: dict[str, wf.WorkflowDefinition],
) -> None:
    defn = defs["capacity_reduction"]
    # A temporary one must give its last day.
    assert wf.page_problems(defn.pages[1], {**TEMPORARY})["end_date"] == "请填写减容末日（含当日）"
    six = {**HOLDER, **TEMPORARY, "end_date": "2026-09-08"}
    assert check(defn, six) == []
    assert check(defn, {**six, "end_date": "2026-09-07"}) == [
        "期限不少于6个月：末日最早为2026年9月8日"
    ]
    assert check(defn, {**six, "end_date": "2028-03-08"}) == []
    assert check(defn, {**six, "end_date": "2028-03-09"}) == [
        "期限不超过24个月：末日最晚为2028年3月8日"
    ]


def test_the_script_says_first_and_last_day_both_counted(
    defs: dict[str, wf.WorkflowDefinition],
) -> None:
    promised = date(2026, 3, 9)
    text = wf.render_script(defs["suspension"], promised, suspension("2026-03-09", "2026-09-08"))
    assert "暂停期限自2026-03-09起至2026-09-08止（含当日）" in text
    temporary = {**HOLDER, **TEMPORARY, "end_date": "2026-09-08"}
    text = wf.render_script(defs["capacity_reduction"], promised, temporary)
    assert "减容期限自2026-03-09起至2026-09-08止（含当日）" in text
    # A permanent reduction's script drops the line about a last day it does not have.
    text = wf.render_script(defs["capacity_reduction"], promised, {**HOLDER, **PERMANENT})
    assert "减容类型为永久" in text and "end_date" not in text and "止（含当日）" not in text


def test_every_rule_of_the_four_files_names_its_source() -> None:
    for name in (
        "suspension",
        "suspension_restore",
        "capacity_reduction",
        "capacity_reduction_restore",
    ):
        lines = (resource("workflows") / f"{name}.toml").read_text(encoding="utf-8").splitlines()
        for i, line in enumerate(lines):
            if line == "[[rules]]":
                comment = lines[i - 1] if lines[i - 1].startswith("#") else ""
                kind = lines[i + 1]
                if "account_status" in kind:
                    continue  # who may apply, not a limit
                assert any(s in comment or s in lines[i - 2] for s in ("1996", "1583号")), (
                    name,
                    kind,
                )


def test_the_sealing_is_due_on_the_first_day_of_the_suspension(
    defs: dict[str, wf.WorkflowDefinition],
) -> None:
    # Accepted Friday 2026-02-27; the customer asks to suspend from 03-09: five working
    # days would put the sealing on 03-06, before the suspension starts.
    defn = defs["suspension"]
    values = suspension("2026-03-09", "2026-04-30")
    accepted = date(2026, 2, 27)
    dues = dict((s.code, d) for s, d in wf.step_due_dates(defn, accepted, CALENDAR, values))
    assert dues == {"accept": accepted, "seal": date(2026, 3, 9)}
    assert wf.promised_date(defn, accepted, CALENDAR, values) == date(2026, 3, 9)
    # Without the form's dates (the business list): the working days alone.
    assert wf.promised_date(defn, accepted, CALENDAR) == CALENDAR.add_working_days(accepted, 5)


def test_a_step_on_a_field_that_is_no_date_stops_the_definition() -> None:
    text = resource("workflows/suspension.toml").read_text(encoding="utf-8")
    with pytest.raises(wf.DefinitionError, match="不是本业务的日期字段"):
        workflow_file.parse_definition(text.replace('on = "start_date"', 'on = "reason"'), "x.toml")
