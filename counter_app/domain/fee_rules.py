"""resources/fees.toml, parsed once: the late-fee rates (domain/fees.py), the receipt's
check code length and the denominations counted at the daily settlement (日结).

Every rate and amount is a quoted decimal string, never a TOML float, so that no
binary rounding creeps in. A bad file is a FeeDataError naming the file and the key.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from counter_app.domain.fees import (
    DEFAULT_RATES,
    RATE_KEYS,
    YEAR_CHOICES,
    LateFeeRates,
    minimum_problem,
    rate_problem,
)
from counter_app.domain.rules_file import read_toml

__all__ = ["FeeDataError", "FeeRules", "denomination_label", "load_fee_rules", "parse_fee_rules"]


class FeeDataError(Exception):
    """The fee data file is unreadable or holds a bad value (message names file and key)."""


@dataclass(frozen=True)
class FeeRules:
    late_fee: LateFeeRates = DEFAULT_RATES
    check_code_length: int = 6
    # 面额 (label, value in yuan), largest first: what the clerk counts at 日结.
    denominations: tuple[tuple[str, Decimal], ...] = ()


_SECTIONS = ("late_fee", "receipt", "cash")
_LATE_FEE_KEYS = (*RATE_KEYS, "minimum", "current_year_by")


def load_fee_rules(path: Path) -> FeeRules:
    return parse_fee_rules(read_toml(path, FeeDataError, "费用文件"), path.name)


def parse_fee_rules(data: Mapping[str, Any], name: str) -> FeeRules:
    unknown = sorted(set(data) - set(_SECTIONS))
    if unknown:
        raise FeeDataError(
            f"费用文件 {name} 有未知的节：{'、'.join(unknown)}（可用的节：{'、'.join(_SECTIONS)}）"
        )
    return FeeRules(
        late_fee=_late_fee(data, name),
        check_code_length=_check_code_length(data, name),
        denominations=_denominations(data, name),
    )


def _section(data: Mapping[str, Any], key: str, name: str) -> Mapping[str, Any]:
    table = data.get(key, {})
    if not isinstance(table, dict):
        raise FeeDataError(f"费用文件 {name} 中 {key} 应为一节（[{key}]）")
    return table


def _late_fee(data: Mapping[str, Any], name: str) -> LateFeeRates:
    """Rates and minimum from [late_fee]. A missing key keeps its default; an unknown
    key is refused (a misspelt key would otherwise silently use the default)."""
    if "late_fee" not in data:
        raise FeeDataError(f"费用文件 {name} 缺少 [late_fee] 节")
    table = _section(data, "late_fee", name)
    unknown = sorted(set(table) - set(_LATE_FEE_KEYS))
    if unknown:
        raise FeeDataError(
            f"费用文件 {name} 中 [late_fee] 有未知的键：{'、'.join(unknown)}"
            f"（可用的键：{'、'.join(_LATE_FEE_KEYS)}）"
        )
    values: dict[str, Decimal] = {}
    year_by = table.get("current_year_by", "due")
    if year_by not in YEAR_CHOICES:
        raise FeeDataError(
            f"费用文件 {name} 中 late_fee.current_year_by 应为 "
            f'"due"（按到期日所在年度）或 "bill"（按电费年月所在年度）：{year_by!r}'
        )
    for key in _LATE_FEE_KEYS:
        if key not in table or key == "current_year_by":
            continue
        where = f"费用文件 {name} 中 late_fee.{key}"
        raw = table[key]
        if not isinstance(raw, str):
            raise FeeDataError(f'{where} 应写成带引号的小数，如 "0.001"（避免浮点误差）')
        try:
            value = Decimal(raw.strip())
        except InvalidOperation:
            raise FeeDataError(f"{where} 不是有效的小数：{raw!r}") from None
        problem = minimum_problem(value) if key == "minimum" else rate_problem(value)
        if problem:
            raise FeeDataError(f"{where} {problem}：{raw!r}")
        values[key] = value
    return LateFeeRates(**values, current_year_by=year_by)


def _check_code_length(data: Mapping[str, Any], name: str) -> int:
    table = _section(data, "receipt", name)
    unknown = sorted(set(table) - {"check_code_length"})
    if unknown:
        raise FeeDataError(f"费用文件 {name} 中 [receipt] 有未知的键：{'、'.join(unknown)}")
    value = table.get("check_code_length", FeeRules.check_code_length)
    if not isinstance(value, int) or isinstance(value, bool) or not 4 <= value <= 16:
        raise FeeDataError(f"费用文件 {name} 中 receipt.check_code_length 应为4至16之间的整数")
    return value


def _denominations(data: Mapping[str, Any], name: str) -> tuple[tuple[str, Decimal], ...]:
    table = _section(data, "cash", name)
    unknown = sorted(set(table) - {"denominations"})
    if unknown:
        raise FeeDataError(f"费用文件 {name} 中 [cash] 有未知的键：{'、'.join(unknown)}")
    texts = table.get("denominations", [])
    if not isinstance(texts, list):
        raise FeeDataError(f"费用文件 {name} 中 cash.denominations 应为面额的列表")
    values = []
    for text in texts:
        try:
            value = Decimal(str(text))
        except InvalidOperation:
            raise FeeDataError(
                f"费用文件 {name} 中 cash.denominations 的面额“{text}”不是数字"
            ) from None
        if not value.is_finite() or value <= 0:
            raise FeeDataError(f"费用文件 {name} 中 cash.denominations 的面额“{text}”应大于零")
        values.append(value)
    return tuple((denomination_label(v), v) for v in sorted(values, reverse=True))


def denomination_label(value: Decimal) -> str:
    """100元, 5角, 2分: as the clerk names the note or coin."""
    if value >= 1:
        return f"{value.normalize():f}元"
    if value >= Decimal("0.1"):
        return f"{(value * 10).normalize():f}角"
    return f"{(value * 100).normalize():f}分"
