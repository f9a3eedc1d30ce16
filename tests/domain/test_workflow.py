"""Workflow definitions: the shipped ones load, bad ones are named precisely, rules hold."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from counter_app.domain import workflow as wf
from counter_app.domain import workflow_file
from counter_app.domain.calendar import WorkingCalendar
from counter_app.resources import resource

RESIDENTIAL = resource("workflows", "lv_residential_new.toml")


def residential() -> wf.WorkflowDefinition:
    return workflow_file.parse_definition(RESIDENTIAL.read_text(encoding="utf-8"), RESIDENTIAL.name)


def test_shipped_definitions_load() -> None:
    found = workflow_file.load_definitions(resource("workflows"))
    assert "lv_residential_new" in found
    defn = found["lv_residential_new"]
    assert defn.name == "低压居民新装" and defn.time_limit_days == 5
    assert [s.name for s in defn.steps] == ["受理申请", "装表接电"]
    assert defn.pages[-1].kind == "confirm"
    # The business list's order for a hall with no counts yet; unranked files are 0.
    assert defn.rank == 1 and found["merge"].rank == 0


def broken(text_from: str, text_to: str) -> str:
    text = RESIDENTIAL.read_text(encoding="utf-8")
    assert text_from in text
    return text.replace(text_from, text_to, 1)


@pytest.mark.parametrize(
    ("change", "where", "problem"),
    [
        (("time_limit_days = 5", 'time_limit_days = "5"'), "time_limit_days", "应为整数"),
        (("time_limit_days = 5", "time_limit_days = -1"), "time_limit_days", "不能为负数"),
        (("rank = 1", "rank = -1"), "rank", "不能为负数"),
        (("rank = 1", 'rank = "first"'), "rank", "应为整数"),
        (('category = "connection"', 'category = "x"'), "category", "应为"),
        (('kind = "number"', 'kind = "slider"'), "pages[2].fields[2].kind", "未知的字段类型"),
        (('check = "mobile"', 'check = "phone"'), "pages[1].fields[4].check", "未知的校验"),
        (('when = "is_proxy"', 'when = "nobody"'), "proxy_name.when", "是/否字段"),
        (
            ('default = "居民身份证"', 'default = "驾驶证"'),
            "pages[1].fields[1].default",
            "不在选项",
        ),
        (("\nlimit_days = 5", "\nlimit_days = 5.5"), "steps[2].limit_days", "应为整数"),
        (('kind = "confirm"', 'kind = "fields"'), "pages", "确认页"),
        (('key = "address"', 'key = "name"'), "pages[2].fields[1].key", "重复"),
        (("format = 1", "format = 9"), "format", "不受支持"),
        (('label = "用电地址"\n', ""), "pages[2].fields[1].label", "缺少此项"),
    ],
)
def test_bad_definition_names_file_business_and_field(
    change: tuple[str, str], where: str, problem: str
) -> None:
    with pytest.raises(wf.DefinitionError) as caught:
        workflow_file.parse_definition(broken(*change), "bad.toml")
    message = str(caught.value)
    assert "bad.toml" in message and "低压居民新装" in message
    assert caught.value.where == where
    assert problem in caught.value.problem


def test_toml_syntax_error_is_a_clear_message(tmp_path: Path) -> None:
    (tmp_path / "x.toml").write_text("code = [unclosed", encoding="utf-8")
    with pytest.raises(wf.DefinitionError, match=r"x\.toml.*TOML 格式错误"):
        workflow_file.load_definitions(tmp_path)


def test_duplicate_business_code_is_refused(tmp_path: Path) -> None:
    for name in ("a.toml", "b.toml"):
        (tmp_path / name).write_text(RESIDENTIAL.read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(wf.DefinitionError, match=r"b\.toml.*重复"):
        workflow_file.load_definitions(tmp_path)


VALID = {
    "cert_type": "居民身份证",
    "cert_no": "11010519491231002X",
    "name": "张三丰",
    "mobile": "13812341234",
    "is_proxy": False,
    "address": "城关镇人民路100号",
    "capacity_kw": "8",
    "usage": "居民生活用电",
    "ownership_unclear": False,
}


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("cert_no", "110105194912310021", "校验位"),
        ("cert_no", "", "请填写证件号码"),
        ("mobile", "12812341234", None),
        ("name", "张", "姓名长度"),
        ("capacity_kw", "0.5", "不能小于1"),
        ("capacity_kw", "101", "不能大于100"),
        ("capacity_kw", "8.25", "最多1位小数"),
        ("capacity_kw", "八", "应为数字"),
        ("address", "人民路", "至少6个字"),
        ("usage", "商业用电", "不在可选范围"),
    ],
)
def test_field_problems(key: str, value: str, message: str | None) -> None:
    defn = residential()
    problem = wf.field_problem(defn.field(key), {**VALID, key: value})
    assert problem is not None
    if message:
        assert message in problem


def test_certificate_check_follows_the_certificate_type() -> None:
    defn = residential()
    f = defn.field("cert_no")
    assert wf.field_problem(f, {**VALID, "cert_type": "护照", "cert_no": "E12345678"}) is None
    assert wf.field_problem(f, {**VALID, "cert_type": "居民身份证", "cert_no": "E12345678"})


def test_valid_values_have_no_problems_and_hidden_fields_are_not_checked() -> None:
    defn = residential()
    assert all(not wf.page_problems(p, VALID) for p in defn.pages)
    # The proxy's fields only count when a proxy is acting.
    assert wf.field_problem(defn.field("proxy_cert_no"), VALID) is None
    with_proxy = {**VALID, "is_proxy": True}
    assert wf.field_problem(defn.field("proxy_cert_no"), with_proxy) == "请填写代理人身份证号码"


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ({}, ["applicant_id"]),
        ({"ownership_unclear": True}, ["applicant_id", "property_proof"]),
        ({"is_proxy": True}, ["applicant_id", "proxy_id", "authorisation"]),
    ],
)
def test_document_checklist_one_certificate_is_enough(
    values: dict[str, bool], expected: list[str]
) -> None:
    defn = residential()
    merged = {**VALID, **values}
    assert [d.code for d in wf.applicable_documents(defn, merged)] == expected
    assert [d.code for d in wf.missing_documents(defn, merged, ["applicant_id"])] == expected[1:]


def test_due_dates_count_working_days_from_acceptance() -> None:
    defn = residential()
    calendar = WorkingCalendar()
    # Accepted Monday 2026-11-23: five working days later is Monday 2026-11-30.
    assert wf.promised_date(defn, date(2026, 11, 23), calendar) == date(2026, 11, 30)
    # Accepted the day before National Day: the holiday week does not count,
    # the make-up Saturday 2026-10-10 does.
    dues = wf.step_due_dates(defn, date(2026, 9, 30), calendar)
    assert [d for _s, d in dues] == [date(2026, 9, 30), date(2026, 10, 13)]


def test_script_fills_placeholders() -> None:
    defn = residential()
    text = wf.render_script(defn, date(2026, 11, 30), VALID)
    assert "5个工作日" in text and "2026年11月30日" in text and "受理申请 → 装表接电" in text
    assert "{" not in text
