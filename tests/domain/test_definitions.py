"""The shipped business definitions: all load, sample applications pass, rules bite at limits."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from newbiz_samples import NEWBIZ  # issue 13's businesses, tested in test_newbiz_definitions

from counter_app.domain import eligibility, workflow_file
from counter_app.domain import workflow as wf
from counter_app.domain.calendar import WorkingCalendar
from counter_app.domain.eligibility import AccountFacts, add_months
from counter_app.resources import resource

FOLDER = resource("workflows")
TODAY = date(2025, 6, 2)  # a Monday, and 端午 (a holiday): 5 working days on is 06-09
CALENDAR = WorkingCalendar()

NEW = {
    "lv_residential_new",
    "lv_nonresidential_new_sanling",
    "lv_nonresidential_new",
    "hv_new_single",
    "hv_new_dual",
    "temporary_supply",
}
CHANGES = {
    "capacity_increase",
    "capacity_reduction",
    "capacity_reduction_restore",
    "suspension",
    "suspension_restore",
    "rename",
    "transfer",
    "split",
    "merge",
    "meter_relocation",
    "category_change",
    "close_account",
    # issue 13: the rest of art. 22's changes, and the extension of a temporary supply
    "transformer_swap",
    "transformer_swap_restore",
    "relocation",
    "temporary_removal",
    "reinstallation",
    "voltage_change",
    "temporary_supply_extension",
    "reconnection",
}
EFFECTS = {
    "lv_nonresidential_new_sanling": "open_account",
    "lv_nonresidential_new": "open_account",
    "hv_new_single": "open_account",
    "hv_new_dual": "open_account",
    "capacity_increase": "set_capacity",
    "capacity_reduction": "set_capacity",
    "capacity_reduction_restore": "set_capacity",
    "suspension": "suspend",
    "suspension_restore": "restore",
    "rename": "rename",
    "transfer": "transfer",
    "category_change": "change_category",
    "close_account": "close",
    "temporary_supply": "open_account",
    "temporary_removal": "suspend",
    "reinstallation": "restore",
    "transformer_swap": "none",
    "relocation": "none",
    "voltage_change": "none",
}


def day(n: int) -> str:
    return (TODAY + timedelta(days=n)).isoformat()


PERSON = {
    "cert_type": "居民身份证",
    "cert_no": "11010519491231002X",
    "name": "张三丰",
    "mobile": "13812341234",
    "is_proxy": False,
}
COMPANY = {
    "cert_type": "统一社会信用代码",
    "cert_no": "91350100M000100Y43",
    "name": "福州市鼓楼区示例商贸有限公司",
    "mobile": "13812341234",
    "legal_rep_name": "李四",
    "legal_rep_cert_no": "11010519491231002X",
    "is_proxy": True,
    "proxy_name": "王五",
    "proxy_cert_no": "11010519491231002X",
}
ACCOUNT = {"account_no": "3301010000123"}
NEW_HOLDER = {
    "new_cert_type": "居民身份证",
    "new_cert_no": "11010519491231002X",
    "new_name": "赵六",
    "new_mobile": "13812341234",
}

# One valid application per business, as the wizard would hand it over.
SAMPLES: dict[str, dict[str, Any]] = {
    "lv_residential_new": {
        **PERSON,
        "address": "城关镇人民路100号",
        "capacity_kw": "8",
        "usage": "居民生活用电",
        "ownership_unclear": False,
    },
    "lv_nonresidential_new_sanling": {
        **COMPANY,
        "address": "城关镇人民路100号1号商铺",
        "capacity_kw": "160",
        "usage": "工商业用电",
        "ownership_unclear": False,
    },
    "lv_nonresidential_new": {
        **PERSON,
        "address": "城关镇人民路100号2号商铺",
        "capacity_kw": "200",
        "usage": "工商业用电",
        "ownership_unclear": True,
    },
    "hv_new_single": {
        **COMPANY,
        "address": "城关镇工业园区创业路8号",
        "capacity_kw": "800",
        "supply_voltage": "10kV",
        "usage": "工商业用电",
    },
    "hv_new_dual": {
        **COMPANY,
        "address": "城关镇健康路1号县人民医院",
        "capacity_kw": "2500",
        "supply_voltage": "10kV",
        "usage": "工商业用电",
        "dual_reason": "医院手术室和重症监护室为一级负荷，需双电源供电",
    },
    "capacity_increase": {**ACCOUNT, **COMPANY, "capacity_kw": "200", "reason": "新增生产线"},
    "capacity_reduction": {
        **ACCOUNT,
        **PERSON,
        "capacity_kw": "50",
        "reduction_type": "临时（6个月至2年）",
        "start_date": day(10),
        "end_date": add_months(TODAY + timedelta(days=10), 12).isoformat(),
    },
    "capacity_reduction_restore": {
        **ACCOUNT,
        **PERSON,
        "capacity_kw": "100",
        "restore_date": day(7),
    },
    "suspension": {
        **ACCOUNT,
        **PERSON,
        "start_date": day(10),
        "end_date": day(40),
        "reason": "季节性停产",
    },
    "suspension_restore": {**ACCOUNT, **PERSON, "restore_date": day(7)},
    "rename": {**ACCOUNT, **COMPANY, "new_name": "福州市鼓楼区示例贸易有限公司"},
    "transfer": {**ACCOUNT, **PERSON, **NEW_HOLDER},
    "split": {
        **ACCOUNT,
        **PERSON,
        **NEW_HOLDER,
        "new_address": "城关镇人民路100号附1号",
        "new_capacity_kw": "40",
    },
    "merge": {**ACCOUNT, **PERSON, "other_account_no": "3301010000124"},
    "meter_relocation": {**ACCOUNT, **PERSON, "new_meter_location": "一楼楼道东侧墙面"},
    "reconnection": {**ACCOUNT, **PERSON},
    "category_change": {
        **ACCOUNT,
        **PERSON,
        "new_category": "工商业用电",
        "reason": "住宅改为商铺经营",
    },
    "close_account": {
        **ACCOUNT,
        **PERSON,
        "refund_method": "银行转账",
        "refund_bank": "城关农商银行 张三丰 6210000000000000",
    },
    "transformer_swap": {
        **ACCOUNT,
        **COMPANY,
        "supply_voltage": "10千伏及以下",
        "swap_capacity_kva": "400",
        "first_day": day(3),
        "last_day": day(40),
        "reason": "原变压器故障送修",
    },
    "transformer_swap_restore": {**ACCOUNT, **COMPANY, "restore_date": day(3)},
    "relocation": {
        **ACCOUNT,
        **PERSON,
        "new_address": "城关镇人民路200号3号商铺",
        "move_date": day(7),
    },
    "temporary_removal": {
        **ACCOUNT,
        **PERSON,
        "first_day": day(3),
        "last_day": day(60),
        "reason": "房屋装修",
    },
    "reinstallation": {**ACCOUNT, **PERSON, "reinstall_date": day(2)},
    "voltage_change": {
        **ACCOUNT,
        **COMPANY,
        "current_voltage": "380V",
        "new_voltage": "10kV",
        "reason": "用电设备增加，需改为高压供电",
    },
    "temporary_supply": {
        **COMPANY,
        "address": "城关镇工业园区创业路10号工地",
        "capacity_kw": "100",
        "purpose": "基建施工",
        "first_day": day(5),
        "last_day": day(120),
    },
    "temporary_supply_extension": {
        **ACCOUNT,
        **COMPANY,
        "current_last_day": day(20),
        "new_last_day": day(80),
        "reason": "工程工期顺延",
    },
}

FRIENDLY = AccountFacts(
    account_no="3301010000123",
    status="active",
    category="非居民",
    capacity_kw=Decimal("100"),
    open_arrears=Decimal("0"),
)
FACTS: dict[str, AccountFacts] = {
    "suspension_restore": replace(FRIENDLY, status="suspended"),
    "capacity_reduction_restore": replace(FRIENDLY, capacity_kw=Decimal("50")),
    "reinstallation": replace(FRIENDLY, status="suspended"),
}


@pytest.fixture(scope="module")
def defs() -> dict[str, wf.WorkflowDefinition]:
    return workflow_file.load_definitions(FOLDER)


def facts_for(code: str) -> AccountFacts | None:
    return FACTS.get(code, FRIENDLY) if code in CHANGES else None


# -- the files ----------------------------------------------------------------


@pytest.mark.parametrize("path", sorted(FOLDER.glob("*.toml")), ids=lambda p: p.name)
def test_every_file_loads_and_is_named_after_its_code(path: Path) -> None:
    defn = workflow_file.parse_definition(path.read_text(encoding="utf-8"), path.name)
    assert path.name == f"{defn.code}.toml"


def test_the_shipped_businesses(defs: dict[str, wf.WorkflowDefinition]) -> None:
    assert set(defs) == NEW | CHANGES | set(NEWBIZ)
    assert len(defs) == 26 + len(NEWBIZ)
    assert set(SAMPLES) | set(NEWBIZ) == set(defs)


@pytest.mark.parametrize("code", sorted(CHANGES))
def test_change_business_targets_an_account(
    defs: dict[str, wf.WorkflowDefinition], code: str
) -> None:
    defn = defs[code]
    assert defn.category == "change" and defn.target == "account"
    first = defn.pages[0]
    assert first.title == "户号与申请人"
    assert first.fields[0].key == "account_no" and first.fields[0].check == "account_no"
    keys = [f.key for f in first.fields]
    assert keys[1:5] == ["cert_type", "cert_no", "name", "mobile"]


@pytest.mark.parametrize("code", sorted(NEW - {"lv_residential_new"}))
def test_new_connection_targets_a_new_account(
    defs: dict[str, wf.WorkflowDefinition], code: str
) -> None:
    defn = defs[code]
    assert defn.category == "connection" and defn.target == "new"
    assert "company" in defn.customer_types


@pytest.mark.parametrize("code", sorted(EFFECTS))
def test_effect(defs: dict[str, wf.WorkflowDefinition], code: str) -> None:
    assert defs[code].effect == EFFECTS[code]


def test_suspension_and_its_restore_are_one_group(defs: dict[str, wf.WorkflowDefinition]) -> None:
    assert defs["suspension"].group == defs["suspension_restore"].group == "suspension"


@pytest.mark.parametrize("code", sorted(NEW | CHANGES))
def test_rule_fields_exist(defs: dict[str, wf.WorkflowDefinition], code: str) -> None:
    defn = defs[code]
    keys = {f.key for f in defn.fields}
    for rule in defn.rules:
        for name, (_type, is_field) in workflow_file.RULE_PARAMS[rule.kind].items():
            if is_field and name in rule.params:
                assert rule.params[name] in keys, (rule.kind, name)


@pytest.mark.parametrize("code", sorted(NEW | CHANGES))
def test_step_limits_add_up_to_the_time_limit(
    defs: dict[str, wf.WorkflowDefinition], code: str
) -> None:
    defn = defs[code]
    assert defn.steps[0].name == "受理申请" and defn.steps[0].limit_days == 0
    assert sum(s.limit_days for s in defn.steps) == defn.time_limit_days


@pytest.mark.parametrize("code", sorted(NEW | CHANGES))
def test_step_and_document_codes_are_unique(
    defs: dict[str, wf.WorkflowDefinition], code: str
) -> None:
    defn = defs[code]
    steps = [s.code for s in defn.steps]
    documents = [d.code for d in defn.documents]
    assert len(set(steps)) == len(steps) and len(set(documents)) == len(documents)


@pytest.mark.parametrize(
    ("code", "limit", "steps"),
    [
        ("lv_nonresidential_new_sanling", 5, ["受理申请", "装表接电"]),
        ("lv_nonresidential_new", 6, ["受理申请", "供电方案答复", "装表接电"]),
        (
            "hv_new_single",
            22,
            ["受理申请", "供电方案答复", "设计审核", "中间检查", "竣工检验", "装表接电", "归档"],
        ),
        (
            "hv_new_dual",
            32,
            ["受理申请", "供电方案答复", "设计审核", "中间检查", "竣工检验", "装表接电", "归档"],
        ),
    ],
)
def test_connection_limits_from_domain(
    defs: dict[str, wf.WorkflowDefinition], code: str, limit: int, steps: list[str]
) -> None:
    defn = defs[code]
    assert defn.time_limit_days == limit
    assert [s.name for s in defn.steps] == steps


@pytest.mark.parametrize("code", sorted((NEW | CHANGES) - {"lv_residential_new"}))
def test_sources_are_cited(code: str) -> None:
    text = (FOLDER / f"{code}.toml").read_text(encoding="utf-8")
    assert text.startswith("#")
    if code in CHANGES:
        assert "供电营业规则" in text and "2024 revision" in text
        assert "Time limit" in text


# -- identity -----------------------------------------------------------------


@pytest.mark.parametrize("code", sorted((NEW | CHANGES) - {"lv_residential_new"}))
def test_company_identity(defs: dict[str, wf.WorkflowDefinition], code: str) -> None:
    defn = defs[code]
    cert = defn.field("cert_no")
    assert cert.check_by == "cert_type" and cert.override == "supervisor"
    assert cert.checks["统一社会信用代码"] == "credit_code"
    assert cert.checks["居民身份证"] == "resident_id"
    assert "统一社会信用代码" in defn.field("cert_type").choices
    for key in ("legal_rep_name", "legal_rep_cert_no"):
        assert defn.field(key).when == "cert_type=统一社会信用代码"
    names = {d.code for d in wf.applicable_documents(defn, COMPANY)}
    assert {"business_licence", "legal_rep_id", "authorisation", "proxy_id"} <= names
    assert "applicant_id" not in names
    person = {d.code for d in wf.applicable_documents(defn, PERSON)}
    assert "applicant_id" in person and "business_licence" not in person


def test_early_credit_code_needs_a_supervisor(defs: dict[str, wf.WorkflowDefinition]) -> None:
    f = defs["rename"].field("cert_no")
    bad_check = "91350100M000100Y44"
    values = {**COMPANY, "cert_no": bad_check}
    assert wf.field_problem(f, values) is not None
    assert wf.needs_override(f, values)
    approved = {**values, wf.override_key(f): bad_check}
    assert wf.field_problem(f, approved) is None
    assert not wf.needs_override(f, approved)


def test_legal_representative_is_checked_only_for_companies(
    defs: dict[str, wf.WorkflowDefinition],
) -> None:
    defn = defs["hv_new_single"]
    page = defn.pages[0]
    assert "legal_rep_cert_no" in wf.page_problems(page, {**COMPANY, "legal_rep_cert_no": "1"})
    assert "legal_rep_name" not in wf.page_problems(page, {**PERSON, "is_proxy": False})


# -- sample applications ------------------------------------------------------


@pytest.mark.parametrize("code", sorted(NEW | CHANGES))
def test_sample_passes_every_page(defs: dict[str, wf.WorkflowDefinition], code: str) -> None:
    defn = defs[code]
    for page in defn.pages:
        assert wf.page_problems(page, SAMPLES[code]) == {}, page.title


@pytest.mark.parametrize("code", sorted(NEW | CHANGES))
def test_sample_is_eligible(defs: dict[str, wf.WorkflowDefinition], code: str) -> None:
    found = eligibility.problems(defs[code], SAMPLES[code], facts_for(code), TODAY, CALENDAR)
    assert found == []


@pytest.mark.parametrize("code", sorted(NEW | CHANGES))
def test_script_placeholders_are_all_filled(
    defs: dict[str, wf.WorkflowDefinition], code: str
) -> None:
    text = wf.render_script(defs[code], TODAY + timedelta(days=7), SAMPLES[code])
    assert "{" not in text and "}" not in text
    assert defs[code].name in text


# -- rules at their limits ----------------------------------------------------

EARLIER = date(2025, 1, 2)
LATER = {"start_date": "2025-10-01", "end_date": "2025-10-15"}  # 15 days, both counted


def period(days: int) -> tuple[date, date]:
    """An earlier suspension of `days` days, first and last counted."""
    return EARLIER, EARLIER + timedelta(days=days - 1)


def months(n: int, extra: int = 0) -> dict[str, str]:
    """A reduction of exactly `n` calendar months (last day counted), plus `extra` days."""
    start = TODAY + timedelta(days=10)
    last = add_months(start, n) - timedelta(days=1 - extra)
    return {"start_date": start.isoformat(), "end_date": last.isoformat()}


# (business, value changes, fact changes, None when accepted or a fragment of the reason)
CASES: list[tuple[str, dict[str, Any], dict[str, Any], str | None]] = [
    # 暂停: 5 working days' notice (06-03 … 06-06, 06-09)
    ("suspension", {"start_date": day(6), "end_date": day(36)}, {}, "提前5个工作日"),
    ("suspension", {"start_date": day(7), "end_date": day(37)}, {}, None),
    # 暂停: each at least 15 days, first and last day counted
    ("suspension", {"start_date": day(10), "end_date": day(23)}, {}, "不少于15天"),
    ("suspension", {"start_date": day(10), "end_date": day(24)}, {}, None),
    ("suspension", {"start_date": day(10), "end_date": day(9)}, {}, "末日不能早于首日"),
    # 暂停: at most 2 a year, unless an approved seasonal user
    ("suspension", LATER, {"group_periods": (period(20),)}, None),
    ("suspension", LATER, {"group_periods": (period(20), period(20))}, "最多办理2次"),
    ("suspension", {**LATER, "seasonal": True}, {"group_periods": (period(20),) * 2}, None),
    # 暂停: at most 6 calendar months a year in all, counted from 01-02: 01-02 … 07-01
    ("suspension", LATER, {"group_periods": (period(166),)}, None),
    ("suspension", LATER, {"group_periods": (period(167),)}, "累计不超过6个月（181天）"),
    ("suspension", {**LATER, "seasonal": True}, {"group_periods": (period(200),)}, None),
    ("suspension", {}, {"status": "suspended"}, "不能办理暂停"),
    # 暂停恢复
    ("suspension_restore", {}, {"status": "active"}, "正常用电"),
    ("suspension_restore", {"restore_date": day(6)}, {}, "提前5个工作日"),
    ("suspension_restore", {"restore_date": day(7)}, {}, None),
    # 减容: temporary 6 months to 2 years (calendar months, last day counted), or
    # permanent (no last day); 5 working days' notice; smaller
    ("capacity_reduction", months(6, -1), {}, "不少于6个月"),
    ("capacity_reduction", months(6), {}, None),
    ("capacity_reduction", months(24), {}, None),
    ("capacity_reduction", months(24, +1), {}, "不超过24个月"),
    ("capacity_reduction", {"reduction_type": "永久", "end_date": ""}, {}, None),
    ("capacity_reduction", {"reduction_type": "永久", **months(30)}, {}, None),
    ("capacity_reduction", {"start_date": day(6)}, {}, "提前5个工作日"),
    ("capacity_reduction", {"capacity_kw": "100"}, {}, "应小于现有容量"),
    ("capacity_reduction", {"capacity_kw": "99.9"}, {}, None),
    ("capacity_reduction", {"capacity_kw": "150"}, {}, "应小于现有容量"),
    # 减容恢复
    ("capacity_reduction_restore", {"restore_date": day(6)}, {}, "提前5个工作日"),
    ("capacity_reduction_restore", {"capacity_kw": "40"}, {}, "应大于现有容量"),
    # 增容: larger only
    ("capacity_increase", {"capacity_kw": "100"}, {}, "应大于现有容量"),
    ("capacity_increase", {"capacity_kw": "80"}, {}, "应大于现有容量"),
    ("capacity_increase", {"capacity_kw": "100.1"}, {}, None),
    ("capacity_increase", {}, {"status": "suspended"}, "暂停"),
    # arrears settled first
    ("rename", {}, {"open_arrears": Decimal("0.01")}, "欠费"),
    ("rename", {}, {"open_arrears": Decimal("0")}, None),
    ("transfer", {}, {"open_arrears": Decimal("120.50")}, "欠费"),
    ("transfer", {}, {"open_arrears": Decimal("0")}, None),
    ("split", {}, {"open_arrears": Decimal("5")}, "欠费"),
    ("merge", {}, {"open_arrears": Decimal("5")}, "欠费"),
    ("close_account", {}, {"open_arrears": Decimal("0.01")}, "欠费"),
    ("close_account", {}, {"open_arrears": Decimal("0")}, None),
    ("close_account", {}, {"status": "suspended"}, None),
    ("close_account", {}, {"status": "closed"}, "已销户"),
    # 分户: the split-off part is less than the whole
    ("split", {"new_capacity_kw": "100"}, {}, "分出户容量应小于"),
    # 三零: 160 kW at most
    ("lv_nonresidential_new_sanling", {"capacity_kw": "160.1"}, {}, "低压非居民新装（普通）"),
    ("lv_nonresidential_new_sanling", {"capacity_kw": "160"}, {}, None),
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
    facts = facts_for(code)
    if facts is not None:
        facts = replace(facts, **fact_changes)
    found = eligibility.problems(defn, values, facts, TODAY, CALENDAR)
    if reason is None:
        assert found == []
    else:
        assert len(found) == 1 and reason in found[0], found
