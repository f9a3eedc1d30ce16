"""Issue 13: the changes of service art. 22 lists that were missing, at their limits;
values with no confirmed source marked `to_confirm` and checked when a file loads."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from counter_app.domain import eligibility, workflow_file
from counter_app.domain import workflow as wf
from counter_app.domain.calendar import WorkingCalendar
from counter_app.domain.eligibility import AccountFacts
from counter_app.resources import resource
from counter_app.services.unconfirmed import note_lines, pending

FOLDER = resource("workflows")
TODAY = date(2026, 3, 2)
FACTS = AccountFacts(
    account_no="3301010000123",
    status="active",
    category="非居民",
    capacity_kw=Decimal("100"),
    open_arrears=Decimal("0"),
)
PERSON = {
    "account_no": "3301010000123",
    "cert_type": "居民身份证",
    "cert_no": "11010519491231002X",
    "name": "张三丰",
    "mobile": "13812341234",
    "is_proxy": False,
}


@pytest.fixture(scope="module")
def defs() -> dict[str, wf.WorkflowDefinition]:
    return workflow_file.load_definitions(FOLDER)


def found(
    defn: wf.WorkflowDefinition, values: dict[str, Any], facts: AccountFacts | None = FACTS
) -> list[str]:
    every = {**PERSON, **values}
    # The limits are rules, not field bounds: the pages accept these values.
    assert all(not wf.page_problems(p, every) for p in defn.pages)
    return eligibility.problems(defn, every, facts, TODAY, WorkingCalendar())


# (business, values, None when accepted or a fragment of the one reason)
CASES: list[tuple[str, dict[str, Any], str | None]] = [
    # 暂拆: six calendar months, first and last day both counted
    ("temporary_removal", {"first_day": "2026-03-09", "last_day": "2026-09-08"}, None),
    ("temporary_removal", {"first_day": "2026-03-09", "last_day": "2026-09-09"}, "不超过6个月"),
    # no 31 February: the month's last day ends the term
    ("temporary_removal", {"first_day": "2026-08-31", "last_day": "2027-02-28"}, None),
    ("temporary_removal", {"first_day": "2026-08-31", "last_day": "2027-03-01"}, "不超过6个月"),
    ("temporary_removal", {"first_day": "2026-03-31", "last_day": "2026-09-30"}, None),
    ("temporary_removal", {"first_day": "2026-03-31", "last_day": "2026-10-01"}, "不超过6个月"),
    ("temporary_removal", {"first_day": "2026-04-01", "last_day": "2026-09-30"}, None),
    ("temporary_removal", {"first_day": "2026-04-01", "last_day": "2026-10-01"}, "不超过6个月"),
    ("temporary_removal", {"first_day": "2026-03-09", "last_day": "2026-03-08"}, "不能早于"),
    ("temporary_removal", {"first_day": "2026-03-01", "last_day": "2026-04-01"}, "提前0天"),
    # 暂换: by voltage, 10 kV and below 2 months, 35 kV and above 3 months
    ("transformer_swap", {"supply_voltage": "10千伏及以下", "last_day": "2026-05-08"}, None),
    ("transformer_swap", {"supply_voltage": "10千伏及以下", "last_day": "2026-05-09"}, "2个月"),
    ("transformer_swap", {"supply_voltage": "35千伏及以上", "last_day": "2026-05-09"}, None),
    ("transformer_swap", {"supply_voltage": "35千伏及以上", "last_day": "2026-06-08"}, None),
    ("transformer_swap", {"supply_voltage": "35千伏及以上", "last_day": "2026-06-09"}, "3个月"),
    # 临时用电: six months unless approved (then 临时用电延期)
    ("temporary_supply", {"last_day": "2026-09-08"}, None),
    ("temporary_supply", {"last_day": "2026-09-09"}, "不超过6个月"),
    ("temporary_supply_extension", {"new_last_day": "2026-09-08"}, None),
    ("temporary_supply_extension", {"new_last_day": "2026-09-09"}, "最晚为2026年9月8日"),
    ("temporary_supply_extension", {"new_last_day": "2026-03-08"}, "应晚于原来的最后一天"),
    # 迁址: five days ahead (a default for HQ to confirm)
    ("relocation", {"move_date": "2026-03-06"}, "提前5天"),
    ("relocation", {"move_date": "2026-03-07"}, None),
]
BASE: dict[str, dict[str, Any]] = {
    "temporary_removal": {"reason": "房屋装修"},
    "transformer_swap": {
        "swap_capacity_kva": "400",
        "first_day": "2026-03-09",
        "reason": "原变压器故障送修",
    },
    "temporary_supply": {
        "cert_type": "居民身份证",
        "address": "城关镇工业园区创业路10号工地",
        "capacity_kw": "100",
        "purpose": "基建施工",
        "first_day": "2026-03-09",
    },
    "temporary_supply_extension": {"current_last_day": "2026-03-08", "reason": "工期顺延"},
    "relocation": {"new_address": "城关镇人民路200号3号商铺"},
}


@pytest.mark.parametrize(("code", "values", "reason"), CASES)
def test_limits(
    defs: dict[str, wf.WorkflowDefinition], code: str, values: dict[str, Any], reason: str | None
) -> None:
    defn = defs[code]
    facts = None if defn.target == "new" else FACTS
    problems = found(defn, {**BASE[code], **values}, facts)
    if reason is None:
        assert problems == []
    else:
        assert len(problems) == 1 and reason in problems[0], problems


def test_reinstallation_only_after_removal(defs: dict[str, wf.WorkflowDefinition]) -> None:
    defn = defs["reinstallation"]
    values = {"reinstall_date": "2026-03-05"}
    assert found(defn, values, replace(FACTS, status="suspended")) == []
    assert "正常用电" in found(defn, values)[0]
    assert defs["temporary_removal"].effect == "suspend" and defn.effect == "restore"


def test_the_new_changes_are_art_22s(defs: dict[str, wf.WorkflowDefinition]) -> None:
    names = {d.name for d in defs.values() if d.category == "change"}
    art_22 = {"减容", "暂停", "暂换", "迁址", "移表", "暂拆"}
    art_22 |= {"更名", "分户", "并户", "销户", "改压", "改类"}
    assert art_22 <= names
    for code in ("transformer_swap", "relocation", "temporary_removal", "voltage_change"):
        assert "第二十二条" in defs[code].source and "待核实条款" in defs[code].source


# -- to_confirm ---------------------------------------------------------------


def test_the_high_voltage_split_is_for_hq_to_confirm(
    defs: dict[str, wf.WorkflowDefinition],
) -> None:
    for code, split in (("hv_new_single", "8 5 3 3 3"), ("hv_new_dual", "17 6 3 3 3")):
        defn = defs[code]
        marked = [wf.confirm_value(defn, p) for p in defn.to_confirm]
        assert " ".join(marked) == split
        assert defn.to_confirm[0] == "steps.plan.limit_days"


def test_the_listing_names_business_value_and_current_value(
    defs: dict[str, wf.WorkflowDefinition],
) -> None:
    items = {(u.business, str(u.label), u.value) for u in pending(defs)}
    assert ("高压新装（双电源）", "环节“供电方案答复”的时限（工作日）", "17") in items
    assert ("迁址", "规则：提前申请天数", "5") in items
    assert ("临时用电延期", "规则：最长期限（月）", "6") in items
    lines = note_lines(defs)
    assert "不是检查失败" in lines[0] and len(lines) == len(items) + 1
    assert note_lines({}) == []


def definition_text(extra: str, rules: str = "") -> str:
    text = (FOLDER / "temporary_removal.toml").read_text(encoding="utf-8")
    text = text.replace('to_confirm = ["time_limit_days"]\n', extra)
    return text + rules


@pytest.mark.parametrize(
    "path",
    [
        "time_limit",
        "steps.survey.limit_days",  # 暂拆 has no such step
        "steps.remove.days",
        "rules.period_days.max_days",  # no such rule here
        "rules.term_months.min_months",  # the rule has no such parameter
        "rules.term_months",
        "pages.title",
    ],
)
def test_a_path_that_names_nothing_is_refused(path: str) -> None:
    with pytest.raises(wf.DefinitionError) as caught:
        workflow_file.parse_definition(definition_text(f'to_confirm = ["{path}"]\n'), "x.toml")
    assert caught.value.where == "to_confirm" and path in caught.value.problem


def test_paths_that_name_values_are_kept() -> None:
    paths = ["time_limit_days", "steps.remove.limit_days", "rules.term_months.max_months"]
    text = definition_text("to_confirm = [" + ", ".join(f'"{p}"' for p in paths) + "]\n")
    defn = workflow_file.parse_definition(text, "x.toml")
    assert defn.to_confirm == tuple(paths)
    assert [wf.confirm_value(defn, p) for p in paths] == ["5", "5", "6"]


def test_to_confirm_must_be_a_list_of_texts() -> None:
    with pytest.raises(wf.DefinitionError, match="to_confirm"):
        workflow_file.parse_definition(definition_text("to_confirm = [5]\n"), "x.toml")


def test_a_rule_condition_on_a_missing_field_is_refused() -> None:
    rule = '\n[[rules]]\nkind = "account_status"\nallowed = ["active"]\nwhen = "voltage=10kV"\n'
    with pytest.raises(wf.DefinitionError, match="voltage=10kV"):
        workflow_file.parse_definition(definition_text("", rule), "x.toml")
