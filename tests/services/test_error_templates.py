"""UserError messages as templates with parameters: same Chinese text, translatable parts."""

from __future__ import annotations

from decimal import Decimal

from counter_app.domain import identity
from counter_app.domain.money import MoneyError, parse_amount
from counter_app.domain.text import Joined, Msg, fill, message_of
from counter_app.services.errors import ImportRejected, NotFound, UserError


def test_template_and_params_give_the_chinese_message() -> None:
    exc = NotFound("户号 {account_no} 不存在", "account_no", account_no="3100001234")
    assert exc.message == str(exc) == "户号 3100001234 不存在"
    assert exc.template == "户号 {account_no} 不存在"
    assert exc.params == {"account_no": "3100001234"}
    assert exc.field == "account_no"


def test_a_plain_text_stays_as_it_is() -> None:
    exc = UserError("金额 {不是模板}")  # braces in a plain text are not a template
    assert exc.message == "金额 {不是模板}" and exc.template == exc.message and exc.params == {}


def test_a_msg_keeps_its_template_through_the_error() -> None:
    problem = identity.mobile_problem("1381234")
    assert problem == "手机号码应为11位，现为7位"
    exc = UserError(problem or "")
    assert exc.template == "手机号码应为11位，现为{count}位" and exc.params == {"count": 7}


def test_domain_errors_carry_their_template() -> None:
    try:
        parse_amount("-3")
    except MoneyError as exc:
        msg = message_of(exc)
    assert isinstance(msg, Msg) and msg.template.startswith("金额不能为负数")
    assert UserError(msg).message == str(msg)


def test_format_specs_and_nested_messages() -> None:
    m = Msg("实收金额不足：应收 {total:,.2f} 元", total=Decimal("1409.5"))
    assert m == "实收金额不足：应收 1,409.50 元"
    nested = Msg("{reasons}", reasons=Joined([Msg("第{row}行", row=2), "乙"], "；"))
    assert nested == "第2行；乙"
    upper = {"第{row}行": "Row {row}", "；": "; ", "{reasons}": "{reasons}"}
    assert fill(nested.template, nested.params, lambda t: upper.get(t, t)) == "Row 2; 乙"


def test_import_rejected_lists_rows_and_keeps_parts() -> None:
    problems = [(n, "户号为空") for n in range(2, 25)]
    exc = ImportRejected("arrears.xlsx", list(problems))
    assert exc.message.startswith(
        "文件 arrears.xlsx 未导入，请修正以下问题后重新导入：\n第2行：户号为空"
    )
    assert exc.message.endswith("\n……另有3处问题")
    assert exc.problems == problems and exc.params["file"] == "arrears.xlsx"


def test_late_fee_explanation_keeps_its_template() -> None:
    from datetime import date

    from counter_app.domain import fees

    b = fees.late_fee_breakdown(Decimal("100.00"), date(2026, 10, 15), date(2026, 11, 26), True)
    text = b.text
    assert isinstance(text, Msg) and text.template.startswith("{year}年{month}月{day}日到期，逾期")
    assert text == "2026年10月15日到期，逾期42天：100.00元×1‰×42天=4.20元"
