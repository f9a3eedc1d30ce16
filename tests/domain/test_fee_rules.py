"""resources/fees.toml: late-fee rates, the receipt section and the cash denominations."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from counter_app.domain.fee_rules import FeeDataError, load_fee_rules
from counter_app.domain.fees import DEFAULT_RATES, LateFeeRates
from counter_app.resources import resource

D = Decimal


def _rates(path: Path) -> LateFeeRates:
    return load_fee_rules(path).late_fee


# --- resources/fees.toml ---------------------------------------------------------


def test_shipped_file_holds_the_defaults() -> None:
    assert load_fee_rules(resource("fees.toml")).late_fee == DEFAULT_RATES == LateFeeRates()


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "fees.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_file_values_are_read(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        '[late_fee]\nresidential_daily = "0.0015"\nminimum = "2"\n'
        "[receipt]\ncheck_code_length = 6\n",
    )
    rates = _rates(path)
    assert rates.residential_daily == D("0.0015")
    assert rates.minimum == D("2")
    assert rates.other_current_year_daily == D("0.002")  # missing key keeps its default
    assert rates.current_year_by == "due"


def test_year_choice_is_read(tmp_path: Path) -> None:
    path = _write(tmp_path, '[late_fee]\ncurrent_year_by = "bill"\n')
    assert _rates(path).current_year_by == "bill"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "[late_fee]\nresidential_daily = 0.001\n",
            "late_fee.residential_daily 应写成带引号的小数",
        ),
        ("[late_fee]\nminimum = 1\n", "late_fee.minimum 应写成带引号的小数"),
        (
            '[late_fee]\nresidential_daily = "千分之一"\n',
            "late_fee.residential_daily 不是有效的小数",
        ),
        (
            '[late_fee]\nother_current_year_daily = "-0.002"\n',
            "other_current_year_daily 不能为负数",
        ),
        ('[late_fee]\nother_earlier_years_daily = "3"\n', "other_earlier_years_daily 应小于 1"),
        ('[late_fee]\nresidential_daily = "NaN"\n', "residential_daily 不是有效的数"),
        ('[late_fee]\nminimum = "1.001"\n', "late_fee.minimum 最多保留两位小数"),
        ('[late_fee]\nresidental_daily = "0.001"\n', "未知的键：residental_daily"),
        ("[receipt]\ncheck_code_length = 6\n", r"缺少 \[late_fee\] 节"),
        ('late_fee = "0.001"\n', "late_fee 应为一节"),
        ("[late_fee\n", "无法读取"),
        ('[late_fee]\ncurrent_year_by = "calendar"\n', "late_fee.current_year_by 应为"),
    ],
)
def test_bad_file_names_file_and_key(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(FeeDataError, match=message) as caught:
        _rates(_write(tmp_path, text))
    assert "费用文件 fees.toml" in str(caught.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(FeeDataError, match=r"费用文件 nowhere\.toml 无法读取"):
        _rates(tmp_path / "nowhere.toml")


def test_shipped_denominations_largest_first() -> None:
    rules = load_fee_rules(resource("fees.toml"))
    assert rules.denominations[0] == ("100元", D("100"))
    assert rules.denominations[-1] == ("1分", D("0.01"))
    assert [label for label, _v in rules.denominations][5:8] == ["1元", "5角", "1角"]
    assert rules.check_code_length == 6


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[late_fee]\n[cash]\ndenominations = ["100", "五十"]\n', "的面额“五十”不是数字"),
        ('[late_fee]\n[cash]\ndenominations = ["-1"]\n', "面额“-1”应大于零"),
        ('[late_fee]\n[cash]\ndenominations = "100"\n', "cash.denominations 应为面额的列表"),
        ('[late_fee]\n[receipt]\ncheck_code_length = "6"\n', "receipt.check_code_length"),
        ("[late_fee]\n[receipts]\n", "未知的节：receipts"),
    ],
)
def test_bad_receipt_or_cash_names_file_and_key(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(FeeDataError, match=message) as caught:
        load_fee_rules(_write(tmp_path, text))
    assert "费用文件 fees.toml" in str(caught.value)
