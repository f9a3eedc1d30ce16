"""Issue 13's businesses: distributed PV, charging facilities and the residential choices.

Each file loads, cites its source, marks every value without one as HQ's to confirm,
and its rules bite exactly at their limits.
"""

from __future__ import annotations

import tomllib
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from newbiz_samples import NEW_ENERGY, NEWBIZ, RESIDENTIAL_CHOICES, newbiz_samples

from counter_app.domain import eligibility, workflow_file
from counter_app.domain import workflow as wf
from counter_app.domain.calendar import WorkingCalendar
from counter_app.domain.eligibility import AccountFacts
from counter_app.resources import resource

FOLDER = resource("workflows")
TODAY = date(2025, 6, 2)
SAMPLES = newbiz_samples(TODAY)
RESIDENTIAL = AccountFacts(
    account_no="3301010000123",
    status="active",
    category="居民",
    capacity_kw=Decimal("8"),
    open_arrears=Decimal("0"),
)

CALENDAR = WorkingCalendar()


@pytest.fixture(scope="module")
def defs() -> dict[str, wf.WorkflowDefinition]:
    return workflow_file.load_definitions(FOLDER)


def raw(code: str) -> dict[str, Any]:
    return tomllib.loads((FOLDER / f"{code}.toml").read_text(encoding="utf-8"))


def facts_for(defn: wf.WorkflowDefinition) -> AccountFacts | None:
    return RESIDENTIAL if defn.target == "account" else None


# -- the files ----------------------------------------------------------------------

# code: (category, target, effect, customer types, time limit in working days)
SHAPES = {
    "pv_household": ("connection", "new", "none", {"person"}, 32),
    "pv_business": ("connection", "new", "none", {"person", "company"}, 37),
    "ev_home_charger": ("connection", "new", "open_account", {"person"}, 5),
    "ev_charging_station": ("connection", "new", "open_account", {"person", "company"}, 6),
    "tou_tariff": ("change", "account", "none", {"person"}, 5),
    "multi_person_household": ("change", "account", "none", {"person"}, 5),
    "meter_test": ("change", "account", "none", {"person", "company"}, 5),
    "billing_dispute": ("change", "account", "none", {"person", "company"}, 7),
}


def test_every_new_business_is_shipped(defs: dict[str, wf.WorkflowDefinition]) -> None:
    assert set(NEWBIZ) <= set(defs)
    assert set(SHAPES) == set(NEWBIZ) == set(SAMPLES)
    for code in NEWBIZ:
        assert defs[code].file == f"{code}.toml"


@pytest.mark.parametrize("code", NEWBIZ)
def test_shape(defs: dict[str, wf.WorkflowDefinition], code: str) -> None:
    defn = defs[code]
    category, target, effect, types, limit = SHAPES[code]
    assert (defn.category, defn.target, defn.effect) == (category, target, effect)
    assert set(defn.customer_types) == types
    assert defn.time_limit_days == limit
    assert defn.steps[0].code == "accept" and defn.steps[0].limit_days == 0
    assert sum(s.limit_days for s in defn.steps) == defn.time_limit_days
    assert len({s.code for s in defn.steps}) == len(defn.steps)
    assert len({d.code for d in defn.documents}) == len(defn.documents)


@pytest.mark.parametrize("code", ["pv_household", "pv_business"])
def test_pv_steps(defs: dict[str, wf.WorkflowDefinition], code: str) -> None:
    steps = defs[code].steps
    assert [s.name for s in steps] == [
        "受理申请",
        "现场勘查",
        "接入方案答复",
        "计量装置安装及合同签订",
        "并网验收及调试",
    ]
    # The two steps after the customer's construction: 10 working days each (State Grid, 2013).
    assert [s.limit_days for s in steps[-2:]] == [10, 10]


def test_meter_test_and_dispute_limits(defs: dict[str, wf.WorkflowDefinition]) -> None:
    assert defs["meter_test"].time_limit_days == 5
    assert defs["billing_dispute"].time_limit_days == 7


# -- sources and what HQ must confirm ------------------------------------------------


@pytest.mark.parametrize("code", NEWBIZ)
def test_source_is_cited_and_no_article_invented(
    defs: dict[str, wf.WorkflowDefinition], code: str
) -> None:
    source = defs[code].source
    assert source
    text = (FOLDER / f"{code}.toml").read_text(encoding="utf-8")
    assert text.startswith("#")
    if "供电营业规则" in source:
        # The 2024 rules' article was not confirmed: said so, never a guessed number.
        assert "2024" in source and "待核实条款" in source and "第" not in source


def _resolves(defn: wf.WorkflowDefinition, key: str) -> bool:
    parts = key.split(".")
    if parts == ["time_limit_days"]:
        return True
    if parts[0] == "steps" and len(parts) == 3 and parts[2] == "limit_days":
        return any(s.code == parts[1] for s in defn.steps)
    if parts[0] == "rules" and len(parts) == 3:
        return any(r.kind == parts[1] and parts[2] in r.params for r in defn.rules)
    if parts[0] == "fields" and len(parts) == 3:
        return any(f.key == parts[1] and getattr(f, parts[2], None) for f in defn.fields)
    return False


@pytest.mark.parametrize("code", NEWBIZ)
def test_to_confirm_names_real_values(defs: dict[str, wf.WorkflowDefinition], code: str) -> None:
    marked = raw(code)["to_confirm"]
    assert marked and len(set(marked)) == len(marked)
    for key in marked:
        assert _resolves(defs[code], key), key


@pytest.mark.parametrize("code", NEWBIZ)
def test_every_rule_limit_without_a_source_is_marked(
    defs: dict[str, wf.WorkflowDefinition], code: str
) -> None:
    # Every numeric rule parameter here is unconfirmed; the list must name each one.
    marked = set(raw(code)["to_confirm"])
    for rule in defs[code].rules:
        for name, value in rule.params.items():
            if isinstance(value, int):
                assert f"rules.{rule.kind}.{name}" in marked


# -- sample applications --------------------------------------------------------------


@pytest.mark.parametrize("code", NEWBIZ)
def test_sample_passes_every_page_and_every_rule(
    defs: dict[str, wf.WorkflowDefinition], code: str
) -> None:
    defn = defs[code]
    for page in defn.pages:
        assert wf.page_problems(page, SAMPLES[code]) == {}, page.title
    assert eligibility.problems(defn, SAMPLES[code], facts_for(defn), TODAY, CALENDAR) == []


@pytest.mark.parametrize("code", NEWBIZ)
def test_script_is_filled(defs: dict[str, wf.WorkflowDefinition], code: str) -> None:
    text = wf.render_script(defs[code], TODAY + timedelta(days=7), SAMPLES[code])
    assert "{" not in text and "}" not in text
    assert defs[code].name in text and "2025年6月9日" in text


# -- documents per type ---------------------------------------------------------------


def documents(defn: wf.WorkflowDefinition, values: dict[str, Any]) -> set[str]:
    return {d.code for d in wf.applicable_documents(defn, values) if d.required}


def test_household_pv_documents(defs: dict[str, wf.WorkflowDefinition]) -> None:
    defn, values = defs["pv_household"], SAMPLES["pv_household"]
    assert documents(defn, values) == {"applicant_id", "property_proof"}
    shared = {**values, "roof_shared": True, "is_proxy": True}
    assert documents(defn, shared) == {
        "applicant_id",
        "property_proof",
        "roof_consent",
        "proxy_id",
        "authorisation",
    }


def test_business_pv_documents(defs: dict[str, wf.WorkflowDefinition]) -> None:
    defn, values = defs["pv_business"], SAMPLES["pv_business"]
    got = documents(defn, values)
    assert {"business_licence", "legal_rep_id", "property_proof", "lease"} <= got
    assert "applicant_id" not in got and "filing" not in got  # the filing is optional
    assert "lease" not in documents(defn, {**values, "site_leased": False})


def test_home_charger_documents(defs: dict[str, wf.WorkflowDefinition]) -> None:
    defn, values = defs["ev_home_charger"], SAMPLES["ev_home_charger"]
    assert documents(defn, values) == {"applicant_id", "parking_proof", "property_consent"}
    alone = {**values, "needs_property_consent": False}
    assert documents(defn, alone) == {"applicant_id", "parking_proof"}


def test_charging_station_documents(defs: dict[str, wf.WorkflowDefinition]) -> None:
    defn, values = defs["ev_charging_station"], SAMPLES["ev_charging_station"]
    assert {"business_licence", "site_proof"} <= documents(defn, values)
    leased = documents(defn, {**values, "site_leased": True})
    assert "lease" in leased and "site_proof" not in leased


def test_multi_person_needs_the_household_register(
    defs: dict[str, wf.WorkflowDefinition],
) -> None:
    defn = defs["multi_person_household"]
    assert "household_register" in documents(defn, SAMPLES["multi_person_household"])
    raise_field = defn.field("tier_raise")
    assert raise_field.readonly and raise_field.default in raise_field.choices


# -- rules at their limits ------------------------------------------------------------

EARLIER_THIS_YEAR = ((date(2025, 1, 10), date(2025, 1, 10)),)
LAST_YEAR = ((date(2024, 12, 20), date(2024, 12, 20)),)

# (business, value changes, fact changes, None when accepted or a fragment of the reason)
CASES: list[tuple[str, dict[str, Any], dict[str, Any], str | None]] = [
    ("pv_household", {"capacity_kw": "50"}, {}, None),
    ("pv_household", {"capacity_kw": "50.01"}, {}, "非自然人"),
    ("pv_business", {"capacity_kw": "6000"}, {}, None),
    ("pv_business", {"capacity_kw": "6000.01"}, {}, "6兆瓦"),
    ("ev_home_charger", {"capacity_kw": "21"}, {}, None),
    ("ev_home_charger", {"capacity_kw": "21.1"}, {}, "低压非居民新装"),
    ("ev_charging_station", {"capacity_kw": "160"}, {}, None),
    ("ev_charging_station", {"capacity_kw": "160.1"}, {}, "高压新装"),
    # 峰谷分时: once a calendar year (default), residential accounts in use only
    ("tou_tariff", {}, {"group_periods": LAST_YEAR}, None),
    ("tou_tariff", {}, {"group_periods": EARLIER_THIS_YEAR}, "每年只能变更一次"),
    (
        "tou_tariff",
        {"tou_choice": "取消峰谷分时电价"},
        {"group_periods": EARLIER_THIS_YEAR},
        "一次",
    ),
    ("tou_tariff", {}, {"category": "非居民"}, "居民"),
    ("tou_tariff", {}, {"status": "suspended"}, "暂停"),
    # 一户多人口: 5 registered persons or more, residential accounts only
    ("multi_person_household", {"persons": "4"}, {}, "5人及以上"),
    ("multi_person_household", {"persons": "5"}, {}, None),
    ("multi_person_household", {}, {"category": "非居民"}, "居民"),
    ("multi_person_household", {}, {"status": "closed"}, "已销户"),
    # 校验 and disputes: also for a suspended account, not for a closed one
    ("meter_test", {}, {"status": "suspended"}, None),
    ("meter_test", {}, {"status": "closed"}, "已销户"),
    ("meter_test", {}, {"category": "非居民"}, None),
    ("billing_dispute", {}, {"status": "suspended", "open_arrears": Decimal("99")}, None),
    ("billing_dispute", {}, {"status": "closed"}, "已销户"),
]


@pytest.mark.parametrize(("code", "changes", "fact_changes", "reason"), CASES)
def test_rule_limits(
    defs: dict[str, wf.WorkflowDefinition],
    code: str,
    changes: dict[str, Any],
    fact_changes: dict[str, Any],
    reason: str | None,
) -> None:
    defn = defs[code]
    values = {**SAMPLES[code], **changes}
    # The limits are rules, not field bounds: the pages accept these values.
    assert all(not wf.page_problems(p, values) for p in defn.pages)
    facts = facts_for(defn)
    if facts is not None:
        facts = replace(facts, **fact_changes)
    found = eligibility.problems(defn, values, facts, TODAY, CALENDAR)
    if reason is None:
        assert found == []
    else:
        assert len(found) == 1 and reason in found[0], found


def test_value_at_least_says_its_field_without_a_message(
    defs: dict[str, wf.WorkflowDefinition],
) -> None:
    defn = defs["multi_person_household"]
    rule = wf.Rule("value_at_least", {"field": "persons", "min": 5})
    values = {**SAMPLES["multi_person_household"], "persons": "4"}
    reason = eligibility.rule_problem(rule, defn, values, RESIDENTIAL, TODAY, CALENDAR)
    assert reason == "户籍人口数至少为5，不能办理一户多人口阶梯电量调整"
    assert (
        eligibility.rule_problem(
            rule, defn, {**values, "persons": ""}, RESIDENTIAL, TODAY, CALENDAR
        )
        is None
    )


def test_value_at_least_must_name_a_field() -> None:
    text = (FOLDER / "multi_person_household.toml").read_text(encoding="utf-8")
    bad = text.replace('field = "persons"', 'field = "people"')
    assert bad != text
    with pytest.raises(wf.DefinitionError) as caught:
        workflow_file.parse_definition(bad, "multi_person_household.toml")
    assert "rules[3].field" in str(caught.value) and "people" in str(caught.value)


@pytest.mark.parametrize("code", NEW_ENERGY)
def test_new_energy_is_a_connection_without_an_account(
    defs: dict[str, wf.WorkflowDefinition], code: str
) -> None:
    assert "account_no" not in {f.key for f in defs[code].fields}


@pytest.mark.parametrize("code", RESIDENTIAL_CHOICES)
def test_choices_start_from_the_account(defs: dict[str, wf.WorkflowDefinition], code: str) -> None:
    first = defs[code].pages[0]
    assert first.title == "户号与申请人"
    assert [f.key for f in first.fields][:5] == [
        "account_no",
        "cert_type",
        "cert_no",
        "name",
        "mobile",
    ]
