"""Residential tiered tariff (阶梯电价): the bill explainer and tier table checks."""

from __future__ import annotations

from decimal import Decimal

import pytest

from counter_app.domain import tariff
from counter_app.domain.tariff import (
    TariffError,
    Tier,
    example_tiers,
    explain_bill,
    validate_tiers,
)

D = Decimal
ZJ = example_tiers()  # ≤2760 0.538; 2761–4800 0.588; ≥4801 0.838


def _lines(consumption: int, used: int = 0, tiers: list[Tier] = ZJ) -> list[tuple[int, int, str]]:
    return [
        (line.tier.tier, line.kwh, str(line.amount))
        for line in explain_bill(consumption, tiers, used).lines
    ]


@pytest.mark.parametrize(
    ("consumption", "used", "lines", "total"),
    [
        pytest.param(200, 0, [(1, 200, "107.60")], "107.60", id="tier-1-only"),
        pytest.param(2760, 0, [(1, 2760, "1484.88")], "1484.88", id="up-to-threshold"),
        pytest.param(2761, 0, [(1, 2760, "1484.88"), (2, 1, "0.59")], "1485.47", id="one-kwh-over"),
        # Straddles the first threshold: kWh 2501–3000 of the year.
        pytest.param(
            500, 2500, [(1, 260, "139.88"), (2, 240, "141.12")], "281.00", id="straddle-1-2"
        ),
        # Starts exactly on the threshold: kWh 2761–2860 all in tier 2.
        pytest.param(100, 2760, [(2, 100, "58.80")], "58.80", id="starts-in-tier-2"),
        # Straddles the second threshold: kWh 4701–4900.
        pytest.param(
            200, 4700, [(2, 100, "58.80"), (3, 100, "83.80")], "142.60", id="straddle-2-3"
        ),
        pytest.param(100, 5000, [(3, 100, "83.80")], "83.80", id="all-tier-3"),
        # All three tiers in one (annual) bill.
        pytest.param(
            5000,
            0,
            [(1, 2760, "1484.88"), (2, 2040, "1199.52"), (3, 200, "167.60")],
            "2852.00",
            id="all-three",
        ),
        # From tier 1 over tier 2 into tier 3 with earlier use.
        pytest.param(
            3000,
            2000,
            [(1, 760, "408.88"), (2, 2040, "1199.52"), (3, 200, "167.60")],
            "1776.00",
            id="across-two-thresholds",
        ),
        pytest.param(0, 1234, [], "0.00", id="nothing-used"),
    ],
)
def test_explain_bill_table(
    consumption: int, used: int, lines: list[tuple[int, int, str]], total: str
) -> None:
    explanation = explain_bill(consumption, ZJ, already_used_kwh=used)
    assert _lines(consumption, used) == lines
    assert explanation.total == D(total)
    assert explanation.note is None  # 0.538 etc.: every line is whole fen
    assert sum(line.kwh for line in explanation.lines) == consumption


def test_lines_name_the_kwh_of_the_year_they_cover() -> None:
    lines = explain_bill(500, ZJ, already_used_kwh=2500).lines
    assert [(line.from_kwh, line.to_kwh) for line in lines] == [(2501, 2760), (2761, 3000)]


def test_first_tier_from_zero_or_one_is_the_same() -> None:
    from_one = [Tier(1, 1, 2760, D("0.538")), *ZJ[1:]]
    assert _lines(3000, 0, from_one) == _lines(3000, 0, ZJ)


# Prices with four decimals: each line rounds up on display (1.6155 -> 1.62,
# 1.7655 -> 1.77, shown sum 3.39), the exact total 3.3810 rounds once to 3.38.
FINE = [Tier(1, 0, 3, D("0.5385")), Tier(2, 4, None, D("0.5885"))]


def test_total_is_rounded_once_and_note_explains_display() -> None:
    explanation = explain_bill(6, FINE)
    assert [(line.exact_amount, line.amount) for line in explanation.lines] == [
        (D("1.6155"), D("1.62")),
        (D("1.7655"), D("1.77")),
    ]
    assert explanation.exact_total == D("3.3810")
    assert explanation.total == D("3.38")
    assert explanation.note is not None
    assert "3.39" in explanation.note
    assert "3.38" in explanation.note
    assert explanation.text_lines[-1] == explanation.note


def test_text_for_the_customer() -> None:
    assert explain_bill(500, ZJ, already_used_kwh=2500).text_lines == [
        "本期用电500千瓦时，为本年第2501–3000千瓦时（本年此前已用2500千瓦时）",
        "第1档（年累计2760千瓦时及以下）：260千瓦时×0.538元=139.88元",
        "第2档（年累计2761–4800千瓦时）：240千瓦时×0.588元=141.12元",
        "电费合计：281.00元",
    ]
    assert explain_bill(100, ZJ, already_used_kwh=5000).text == (
        "本期用电100千瓦时，为本年第5001–5100千瓦时（本年此前已用5000千瓦时）\n"
        "第3档（年累计4801千瓦时及以上）：100千瓦时×0.838元=83.80元\n"
        "电费合计：83.80元"
    )
    assert explain_bill(0, ZJ).text_lines == ["本期用电0千瓦时", "电费合计：0.00元"]


def test_example_tiers_are_the_zhejiang_example() -> None:
    assert [(t.tier, t.lower_kwh, t.upper_kwh, t.price) for t in example_tiers()] == [
        (1, 0, 2760, D("0.538")),
        (2, 2761, 4800, D("0.588")),
        (3, 4801, None, D("0.838")),
    ]
    validate_tiers(example_tiers())
    doc = tariff.example_tiers.__doc__ or ""
    assert "EXAMPLE" in doc
    assert "Zhejiang" in doc


@pytest.mark.parametrize(
    ("tiers", "message"),
    [
        pytest.param([], "为空", id="empty"),
        pytest.param(
            [Tier(1, 0, 100, D("0.5")), Tier(3, 101, None, D("0.6"))], "档位编号应为 2", id="number"
        ),
        pytest.param(
            [Tier(1, 0, 100, D("0.5")), Tier(2, 102, None, D("0.6"))],
            "下限应为 101",
            id="gap",
        ),
        pytest.param(
            [Tier(1, 0, 100, D("0.5")), Tier(2, 100, None, D("0.6"))],
            "下限应为 101",
            id="overlap",
        ),
        pytest.param([Tier(1, 0, 100, D("0.5"))], "不应有电量上限", id="last-closed"),
        pytest.param(
            [Tier(1, 0, None, D("0.5")), Tier(2, 101, None, D("0.6"))],
            "只有最后一档可以没有电量上限",
            id="middle-open",
        ),
        pytest.param(
            [Tier(1, 0, 100, D("0.6")), Tier(2, 101, None, D("0.5"))], "逐档不降", id="price-falls"
        ),
        pytest.param([Tier(1, 0, None, D("-0.5"))], "不能为负数", id="negative-price"),
        pytest.param([Tier(1, 0, None, 0.5)], "应为小数", id="float-price"),  # type: ignore[arg-type]
        pytest.param([Tier(1, 0, None, D("NaN"))], "应为小数", id="nan-price"),
        pytest.param([Tier(1, 100, None, D("0.5"))], "应从 0 千瓦时开始", id="late-start"),
        pytest.param([Tier(1, -1, None, D("0.5"))], "非负整数", id="negative-lower"),
        pytest.param(
            [Tier(1, 0, 100, D("0.5")), Tier(2, 101, 50, D("0.6")), Tier(3, 51, None, D("0.7"))],
            "上限 50 小于下限 101",
            id="upper-below-lower",
        ),
        pytest.param(
            [Tier(1, 0, 100.5, D("0.5")), Tier(2, 101, None, D("0.6"))],  # type: ignore[arg-type]
            "上限应为整数",
            id="fractional-upper",
        ),
    ],
)
def test_bad_tier_tables_are_refused(tiers: list[Tier], message: str) -> None:
    with pytest.raises(TariffError, match=message):
        validate_tiers(tiers)
    with pytest.raises(TariffError, match=message):
        explain_bill(100, tiers)


def test_equal_prices_are_allowed() -> None:
    validate_tiers([Tier(1, 0, 100, D("0.5")), Tier(2, 101, None, D("0.5"))])


@pytest.mark.parametrize(
    ("consumption", "used", "message"),
    [
        (-1, 0, "用电量应为非负整数"),
        (True, 0, "用电量应为非负整数"),
        (12.5, 0, "用电量应为非负整数"),
        (100, -5, "本年此前用电量应为非负整数"),
    ],
)
def test_bad_consumption_is_refused(consumption: int, used: int, message: str) -> None:
    with pytest.raises(TariffError, match=message):
        explain_bill(consumption, ZJ, already_used_kwh=used)
