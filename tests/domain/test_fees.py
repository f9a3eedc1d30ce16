"""Late fees (电费违约金) and payment allocation."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest

from counter_app.domain.allocation import (
    Allocation,
    InsufficientPaymentError,
    OpenBill,
    allocate_payment,
)
from counter_app.domain.fees import (
    DEFAULT_RATES,
    DayRate,
    FeeError,
    LateFeeRates,
    floor_adjustment,
    late_fee,
    late_fee_breakdown,
    round_fen,
)

D = Decimal
RES = True  # residential
OTHER = False

# --- late_fee: the table from domain.md and issue 4 ----------------------------


@pytest.mark.parametrize(
    ("principal", "due", "paid_on", "residential", "fee"),
    [
        pytest.param("100.00", "2026-10-15", "2026-10-15", RES, "0.00", id="paid-on-due-date"),
        pytest.param("100.00", "2026-10-15", "2026-10-01", RES, "0.00", id="paid-early"),
        pytest.param("100.00", "2026-10-15", "2026-10-15", OTHER, "0.00", id="other-on-due-date"),
        # No minimum on one month: it is on the total of a collection (allocate_payment).
        pytest.param("100.00", "2026-10-15", "2026-10-16", RES, "0.10", id="1-day-no-minimum"),
        pytest.param("100.00", "2026-10-15", "2026-11-26", RES, "4.20", id="42-days"),
        pytest.param("2000.00", "2026-03-01", "2026-03-31", RES, "60.00", id="res-30-days"),
        pytest.param("1000.00", "2026-03-01", "2026-03-11", OTHER, "20.00", id="other-same-year"),
        # 21-31 Dec: 11 days at 2‰ = 22.00; 1-10 Jan: 10 days at 3‰ = 30.00.
        pytest.param("1000.00", "2025-12-20", "2026-01-10", OTHER, "52.00", id="december-bill"),
        # Residential: no year split, 21 days at 1‰.
        pytest.param("1000.00", "2025-12-20", "2026-01-10", RES, "21.00", id="december-res"),
        # Due 31 Dec: every overdue day is after that year: 5 days at 3‰.
        pytest.param("1000.00", "2025-12-31", "2026-01-05", OTHER, "15.00", id="due-dec-31"),
        # Due 2024-11-30, paid 2026-01-01: 31 days of 2024 at 2‰ = 62.00,
        # then all 366 days after 2024 (2025 and 1 Jan 2026) at 3‰ = 1098.00.
        pytest.param("1000.00", "2024-11-30", "2026-01-01", OTHER, "1160.00", id="two-years"),
        # Leap year: 2024-02-28 -> 2024-03-01 is 2 days.
        pytest.param("1000.00", "2024-02-28", "2024-03-01", OTHER, "4.00", id="leap-day"),
        # Rounded once: 1.005 a day × 30 = 30.15 (per-day rounding: 1.01 × 30 = 30.30).
        pytest.param("1005.00", "2026-03-01", "2026-03-31", RES, "30.15", id="round-once"),
        # Half up, not half even: 1002.50 × 1‰ × 2 = 2.005 -> 2.01.
        pytest.param("1002.50", "2026-03-01", "2026-03-03", RES, "2.01", id="half-up"),
        # Just under half: 1002.49 × 1‰ × 2 = 2.00498 -> 2.00.
        pytest.param("1002.49", "2026-03-01", "2026-03-03", RES, "2.00", id="below-half"),
        pytest.param("1000.00", "2026-03-01", "2026-03-02", RES, "1.00", id="exactly-1"),
        pytest.param("990.00", "2026-03-01", "2026-03-02", RES, "0.99", id="0.99-stays"),
        pytest.param("0.01", "2026-03-01", "2026-03-02", RES, "0.00", id="one-fen"),
        pytest.param("0.00", "2026-03-01", "2026-06-01", RES, "0.00", id="zero-principal"),
        pytest.param("0.00", "2025-12-01", "2026-06-01", OTHER, "0.00", id="zero-other"),
        pytest.param("12345.67", "2026-01-15", "2026-02-14", OTHER, "740.74", id="cents"),
    ],
)
def test_late_fee_table(
    principal: str, due: str, paid_on: str, residential: bool, fee: str
) -> None:
    result = late_fee(
        D(principal), date.fromisoformat(due), date.fromisoformat(paid_on), residential
    )
    assert result == D(fee)
    assert result.as_tuple().exponent == -2  # always two decimals


@pytest.mark.parametrize(
    ("rates", "principal", "residential", "fee"),
    [
        # 0.5‰ a day: 100.00 × 0.0005 × 5 = 0.25 (the minimum is the collection's).
        (LateFeeRates(residential_daily=D("0.0005"), minimum=D("0.50")), "100.00", RES, "0.25"),
        (LateFeeRates(residential_daily=D("0.0005")), "10000.00", RES, "25.00"),
        # No minimum at all.
        (LateFeeRates(minimum=D("0")), "100.00", RES, "0.50"),
        # Rate zero: no fee, and the minimum does not turn nothing into ¥1.
        (LateFeeRates(residential_daily=D("0")), "100.00", RES, "0.00"),
        (LateFeeRates(other_current_year_daily=D("0.004")), "1000.00", OTHER, "20.00"),
    ],
)
def test_late_fee_custom_rates(
    rates: LateFeeRates, principal: str, residential: bool, fee: str
) -> None:
    assert late_fee(D(principal), date(2026, 3, 1), date(2026, 3, 6), residential, rates) == D(fee)


def test_custom_year_split_rates() -> None:
    rates = LateFeeRates(other_current_year_daily=D("0.001"), other_earlier_years_daily=D("0.01"))
    # 11 days × 1.00 + 10 days × 10.00
    assert late_fee(D("1000.00"), date(2025, 12, 20), date(2026, 1, 10), OTHER, rates) == D(
        "111.00"
    )


def test_datetime_counts_by_date() -> None:
    fee = late_fee(D("2000.00"), datetime(2026, 3, 1, 23, 59), datetime(2026, 3, 31, 0, 1), RES)
    assert fee == D("60.00")


@pytest.mark.parametrize("principal", [D("-0.01"), D("-100.00")])
def test_negative_principal_is_refused(principal: Decimal) -> None:
    with pytest.raises(ValueError, match="不能为负数"):
        late_fee(principal, date(2026, 3, 1), date(2026, 3, 31), RES)


@pytest.mark.parametrize("principal", [D("1.005"), D("NaN"), D("Infinity")])
def test_unusable_principal_is_refused(principal: Decimal) -> None:
    with pytest.raises(FeeError):
        late_fee(principal, date(2026, 3, 1), date(2026, 3, 31), RES)


def test_float_principal_is_a_programming_error() -> None:
    with pytest.raises(TypeError):
        late_fee(100.0, date(2026, 3, 1), date(2026, 3, 31), RES)  # type: ignore[arg-type]


# --- the breakdown shown to the customer --------------------------------------


@pytest.mark.parametrize(
    ("principal", "due", "paid_on", "residential", "text"),
    [
        (
            "100.00",
            "2026-10-15",
            "2026-11-26",
            RES,
            "2026年10月15日到期，逾期42天：100.00元×1‰×42天=4.20元",
        ),
        (
            "100.00",
            "2026-10-15",
            "2026-10-16",
            RES,
            "2026年10月15日到期，逾期1天：100.00元×1‰×1天=0.10元",
        ),
        ("100.00", "2026-10-15", "2026-10-15", RES, "2026年10月15日到期，未逾期，无违约金"),
        (
            "1000.00",
            "2025-12-20",
            "2026-01-10",
            OTHER,
            "2025年12月20日到期，逾期21天：1,000.00元×2‰×11天（2025年内）"
            "+1,000.00元×3‰×10天（2026年起）=52.00元",
        ),
        (
            "1000.00",
            "2026-03-01",
            "2026-03-11",
            OTHER,
            "2026年3月1日到期，逾期10天：1,000.00元×2‰×10天（2026年内）=20.00元",
        ),
        (
            "1000.00",
            "2025-12-31",
            "2026-01-05",
            OTHER,
            "2025年12月31日到期，逾期5天：1,000.00元×3‰×5天（2026年起）=15.00元",
        ),
    ],
)
def test_breakdown_text(
    principal: str, due: str, paid_on: str, residential: bool, text: str
) -> None:
    breakdown = late_fee_breakdown(
        D(principal), date.fromisoformat(due), date.fromisoformat(paid_on), residential
    )
    assert breakdown.text == text


def test_breakdown_day_counts_and_exact_sum() -> None:
    b = late_fee_breakdown(D("1000.00"), date(2025, 12, 20), date(2026, 1, 10), OTHER)
    assert b.days_overdue == 21
    assert b.days_at(DayRate.CURRENT_YEAR) == 11
    assert b.days_at(DayRate.LATER_YEARS) == 10
    assert b.days_at(DayRate.RESIDENTIAL) == 0
    assert [(p.kind, p.daily_rate, p.days) for p in b.parts] == [
        (DayRate.CURRENT_YEAR, D("0.002"), 11),
        (DayRate.LATER_YEARS, D("0.003"), 10),
    ]
    assert b.exact == D("52")
    assert b.fee == D("52.00")


def test_breakdown_keeps_exact_daily_sum_unrounded() -> None:
    b = late_fee_breakdown(D("1005.00"), date(2026, 3, 1), date(2026, 3, 31), RES)
    assert b.days_at(DayRate.RESIDENTIAL) == 30
    assert b.exact == D("30.15000")
    assert (b.rounded, b.fee) == (D("30.15"), D("30.15"))


def test_breakdown_of_a_month_has_no_minimum() -> None:
    b = late_fee_breakdown(D("100.00"), date(2026, 10, 15), date(2026, 10, 16), RES)
    assert (b.rounded, b.fee) == (D("0.10"), D("0.10"))
    assert b.text == "2026年10月15日到期，逾期1天：100.00元×1‰×1天=0.10元"


def test_custom_rate_shows_in_text() -> None:
    rates = LateFeeRates(residential_daily=D("0.0005"))
    b = late_fee_breakdown(D("10000.00"), date(2026, 3, 1), date(2026, 3, 6), RES, rates)
    assert b.text == "2026年3月1日到期，逾期5天：10,000.00元×0.5‰×5天=25.00元"


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"residential_daily": D("-0.001")}, "不能为负数"),
        ({"other_current_year_daily": D("1")}, "应小于 1"),
        ({"other_earlier_years_daily": D("NaN")}, "不是有效的数"),
        ({"minimum": D("1.005")}, "两位小数"),
        ({"minimum": D("-1")}, "不能为负数"),
    ],
)
def test_rates_are_checked(kwargs: dict[str, Decimal], message: str) -> None:
    with pytest.raises(FeeError, match=message):
        LateFeeRates(**kwargs)


def test_float_rate_is_a_programming_error() -> None:
    with pytest.raises(TypeError):
        LateFeeRates(residential_daily=0.001)  # type: ignore[arg-type]


# --- allocate_payment ------------------------------------------------------------

PAID_ON = date(2025, 11, 20)
# Residential, paid 2025-11-20:
#   202509 due 2025-10-15: 36 days, 200.00 -> 7.20
#   202510 due 2025-11-15:  5 days, 100.00 -> 0.50 (the minimum is on the collection)
#   202511 due 2025-12-15: not yet due, 80.00 -> 0.00
SEP = OpenBill("202509", date(2025, 10, 15), D("200.00"))
OCT = OpenBill("202510", date(2025, 11, 15), D("100.00"))
NOV = OpenBill("202511", date(2025, 12, 15), D("80.00"))
ALL_DUE = D("207.20") + D("100.50") + D("80.00")  # 387.70


def _summary(a: Allocation) -> list[tuple[str, str, str, str]]:
    return [
        (line.bill_month, str(line.principal), str(line.late_fee), str(line.principal_remaining))
        for line in a.lines
    ]


def _check_balance(a: Allocation) -> None:
    lines = sum((line.total for line in a.lines), D(0))
    assert lines + a.fee_adjustment + a.prepayment + a.unapplied == a.amount
    assert a.total == a.amount - a.unapplied


@pytest.mark.parametrize(
    ("amount", "lines", "adjustment", "prepayment", "unapplied"),
    [
        pytest.param(
            "387.70",
            [
                ("202509", "200.00", "7.20", "0.00"),
                ("202510", "100.00", "0.50", "0.00"),
                ("202511", "80.00", "0.00", "0.00"),
            ],
            "0.00",
            "0.00",
            "0.00",
            id="exactly-all",
        ),
        pytest.param(
            "500.00",
            [
                ("202509", "200.00", "7.20", "0.00"),
                ("202510", "100.00", "0.50", "0.00"),
                ("202511", "80.00", "0.00", "0.00"),
            ],
            "0.00",
            "112.30",
            "0.00",
            id="overpayment-is-prepayment",
        ),
        pytest.param(
            "207.20",
            [("202509", "200.00", "7.20", "0.00")],
            "0.00",
            "0.00",
            "0.00",
            id="exactly-oldest",
        ),
        # Part of the oldest: p + p × 1‰ × 36 <= 100.00 -> p = 96.52, fee 3.47
        # (96.52 × 0.036 = 3.47472), 99.99 used; 96.53 would need 100.01.
        pytest.param(
            "100.00",
            [("202509", "96.52", "3.47", "103.48")],
            "0.00",
            "0.00",
            "0.01",
            id="partial-oldest",
        ),
        # Part of the oldest where the collection's ¥1 minimum binds:
        # 20.00 = 19.00 + 0.68 (19.00 × 0.036 = 0.684) + 0.32 to reach 1.00.
        pytest.param(
            "20.00",
            [("202509", "19.00", "0.68", "181.00")],
            "0.32",
            "0.00",
            "0.00",
            id="partial-minimum",
        ),
        # One fen: its fee (0.00036) rounds to 0.00 but is owed: the minimum is charged.
        pytest.param(
            "1.01",
            [("202509", "0.01", "0.00", "199.99")],
            "1.00",
            "0.00",
            "0.00",
            id="least-possible",
        ),
        # Oldest paid, the next in part with its fee on the part paid:
        # 42.59 + 0.21 (42.59 × 0.005 = 0.21295); 42.60 would need 42.81.
        pytest.param(
            "250.00",
            [("202509", "200.00", "7.20", "0.00"), ("202510", "42.59", "0.21", "57.41")],
            "0.00",
            "0.00",
            "0.00",
            id="second-in-part",
        ),
        # Oldest paid; 0.80 left pays 0.80 of the next (its fee 0.004 rounds to 0.00 and
        # the collection's fees are already above the minimum).
        pytest.param(
            "208.00",
            [("202509", "200.00", "7.20", "0.00"), ("202510", "0.80", "0.00", "99.20")],
            "0.00",
            "0.00",
            "0.00",
            id="leftover-pays-part-of-next",
        ),
        # A month not yet due takes cash fen for fen.
        pytest.param(
            "337.70",
            [
                ("202509", "200.00", "7.20", "0.00"),
                ("202510", "100.00", "0.50", "0.00"),
                ("202511", "30.00", "0.00", "50.00"),
            ],
            "0.00",
            "0.00",
            "0.00",
            id="not-yet-due-in-part",
        ),
        # Only the month whose fee is under ¥1: the collection is topped up once.
        pytest.param(
            "101.00",
            [("202510", "100.00", "0.50", "0.00")],
            "0.50",
            "0.00",
            "0.00",
            id="small-fee-topped-up",
        ),
    ],
)
def test_allocation_table(
    amount: str,
    lines: list[tuple[str, str, str, str]],
    adjustment: str,
    prepayment: str,
    unapplied: str,
) -> None:
    # Given newest first: the allocation sorts by month billed.
    bills = [NOV, OCT] if amount == "101.00" else [NOV, OCT, SEP]
    a = allocate_payment(bills, D(amount), PAID_ON, RES)
    assert _summary(a) == lines
    assert (a.fee_adjustment, a.prepayment, a.unapplied) == (
        D(adjustment),
        D(prepayment),
        D(unapplied),
    )
    _check_balance(a)


def test_partial_line_explains_fee_on_part_paid() -> None:
    a = allocate_payment([SEP], D("100.00"), PAID_ON, RES)
    (line,) = a.lines
    assert line.partial
    assert line.explanation.principal == D("96.52")
    assert line.explanation.text == "2025年10月15日到期，逾期36天：96.52元×1‰×36天=3.47元"


def test_partial_leaves_a_fen_when_fee_rounding_jumps() -> None:
    # 1000.00 owed, 30 days at 1‰ (3 %): 873.83 + 26.21 = 900.04, but
    # 873.84 + 26.22 = 900.06, so of 900.05 one fen cannot be used.
    bill = OpenBill("202509", date(2025, 10, 15), D("1000.00"))
    a = allocate_payment([bill], D("900.05"), date(2025, 11, 14), RES)
    assert _summary(a) == [("202509", "873.83", "26.21", "126.17")]
    assert a.unapplied == D("0.01")
    _check_balance(a)


@pytest.mark.parametrize("residential", [RES, OTHER])
def test_partial_part_is_the_largest_possible(residential: bool) -> None:
    # Brute force against the rule: p + fee(p) <= cash, and p + 0.01 would not fit.
    bill = OpenBill("202412", date(2024, 12, 20), D("500.00"))
    paid_on = date(2025, 2, 3)  # other: 11 days at 2‰, 34 at 3‰

    def payable(p: Decimal) -> Decimal:
        # The minimum on the collection (this one month): 1.00 once any fee is owed.
        return p + max(late_fee(p, bill.due_date, paid_on, residential), D("1.00"))

    full = payable(bill.principal_remaining)
    last = int(full * 100) - 1  # one fen short of paying the month in full
    for fen in [*range(101, 400), *range(3_000, last, 997), last]:
        cash = D(fen) / 100
        a = allocate_payment([bill], cash, paid_on, residential)
        (line,) = a.lines
        assert line.principal + a.late_fee_total <= cash
        assert a.late_fee_total == max(line.late_fee, D("1.00"))
        assert payable(line.principal + D("0.01")) > cash
        assert line.late_fee == late_fee(line.principal, bill.due_date, paid_on, residential)


def test_cash_below_the_least_payable_is_refused() -> None:
    with pytest.raises(InsufficientPaymentError) as caught:
        allocate_payment([OCT, SEP], D("1.00"), PAID_ON, RES)
    assert str(caught.value) == "金额不足以支付最早一个月（202509）的电费和违约金，至少需要1.01元"
    assert caught.value.minimum_payable == D("1.01")
    assert caught.value.bill_month == "202509"
    assert isinstance(caught.value, FeeError)


def test_oldest_not_overdue_takes_any_amount() -> None:
    a = allocate_payment([NOV], D("0.01"), PAID_ON, RES)
    assert _summary(a) == [("202511", "0.01", "0.00", "79.99")]


def test_no_arrears_all_prepayment() -> None:
    a = allocate_payment([], D("50.00"), PAID_ON, RES)
    assert (a.lines, a.prepayment, a.unapplied, a.total) == ((), D("50.00"), D("0.00"), D("50.00"))


def test_settled_months_are_skipped() -> None:
    settled = OpenBill("202508", date(2025, 9, 15), D("0.00"))
    a = allocate_payment([settled, SEP], D("207.20"), PAID_ON, RES)
    assert [line.bill_month for line in a.lines] == ["202509"]


def test_non_residential_allocation_uses_year_split() -> None:
    dec = OpenBill("202512", date(2025, 12, 20), D("1000.00"))
    a = allocate_payment([dec], D("1100.00"), date(2026, 1, 10), OTHER)
    assert _summary(a) == [("202512", "1000.00", "52.00", "0.00")]
    assert a.prepayment == D("48.00")


def test_custom_rates_reach_allocation() -> None:
    rates = LateFeeRates(minimum=D("0"))
    a = allocate_payment([OCT], D("1.00"), PAID_ON, RES, rates)
    # No minimum, 5 days at 1‰: 1.00 would need 1.00 + 0.01 (0.005 rounds up);
    # 0.99 + 0.00 (0.00495 rounds down) fits, and its fee is really nothing.
    assert _summary(a) == [("202510", "0.99", "0.00", "99.01")]
    assert a.unapplied == D("0.01")


@pytest.mark.parametrize(
    ("amount", "message"),
    [(D("0"), "必须大于零"), (D("-5.00"), "必须大于零"), (D("1.005"), "两位小数")],
)
def test_bad_amount_is_refused(amount: Decimal, message: str) -> None:
    with pytest.raises(FeeError, match=message):
        allocate_payment([SEP], amount, PAID_ON, RES)


def test_duplicate_month_is_refused() -> None:
    with pytest.raises(FeeError, match="202509 重复"):
        allocate_payment([SEP, SEP], D("500.00"), PAID_ON, RES)


@pytest.mark.parametrize(
    ("month", "principal", "message"),
    [
        ("2025-09", "1.00", "yyyymm"),
        ("202513", "1.00", "yyyymm"),
        ("２０２５０９", "1.00", "yyyymm"),
        ("202509", "-1.00", "不能为负数"),
        ("202509", "1.001", "两位小数"),
    ],
)
def test_open_bill_is_checked(month: str, principal: str, message: str) -> None:
    with pytest.raises(FeeError, match=message):
        OpenBill(month, date(2025, 10, 15), D(principal))


# --- the ¥1 minimum on the total of one collection (issue 13) -----------------------


def test_three_small_months_pay_their_exact_total() -> None:
    # Three residential months of ¥50, each 35 days late at 1‰ on the day paid:
    # 1.75 each, 5.25 together, nothing added (the per-month minimum made it 6.00).
    paid_on = date(2026, 5, 5)
    bills = [
        OpenBill(month, paid_on - timedelta(days=35), D("50.00"))
        for month in ("202601", "202602", "202603")
    ]
    a = allocate_payment(bills, D("155.25"), paid_on, RES)
    assert [line.late_fee for line in a.lines] == [D("1.75")] * 3
    assert (a.fee_adjustment, a.late_fee_total, a.total) == (D("0.00"), D("5.25"), D("155.25"))
    assert a.adjustment_text == ""
    _check_balance(a)


def test_a_tiny_fee_is_raised_to_the_minimum_once() -> None:
    # 50.00 × 1‰ × 1 day = 0.05: the collection pays 1.00, the top-up 0.95 its own line.
    bill = OpenBill("202604", date(2026, 5, 4), D("50.00"))
    a = allocate_payment([bill], D("51.00"), date(2026, 5, 5), RES)
    assert _summary(a) == [("202604", "50.00", "0.05", "0.00")]
    assert (a.fee_adjustment, a.late_fee_total, a.total) == (D("0.95"), D("1.00"), D("51.00"))
    assert a.adjustment_text == "违约金合计0.05元，不足1.00元，按1.00元收取，补足0.95元"
    _check_balance(a)


def test_a_bill_paid_in_two_parts_pays_the_minimum_once() -> None:
    # One ¥100 bill 5 days late at 1‰ (0.50 in all), paid 50.00 now and 50.00 later.
    bill = OpenBill("202604", date(2026, 4, 30), D("100.00"))
    paid_on = date(2026, 5, 5)
    first = allocate_payment([bill], D("51.00"), paid_on, RES)
    assert _summary(first) == [("202604", "50.00", "0.25", "50.00")]
    assert (first.fee_adjustment, first.late_fee_total) == (D("0.75"), D("1.00"))
    # The top-up of the first part is the credit of the second: nothing more to pay.
    rest = OpenBill("202604", date(2026, 4, 30), D("50.00"))
    second = allocate_payment([rest], D("50.00"), paid_on, RES, credit=first.fee_adjustment)
    assert _summary(second) == [("202604", "50.00", "0.25", "0.00")]
    assert (second.fee_adjustment, second.late_fee_total) == (D("-0.25"), D("0.00"))
    assert second.adjustment_text == "违约金已在前次缴费时按最低额收取，本次抵减0.25元"
    assert first.late_fee_total + second.late_fee_total == D("1.00")
    _check_balance(second)


def test_credit_is_used_before_more_is_paid() -> None:
    # A credit of 0.75 and a fee of 2.00 now: 1.25 is paid, the minimum is not added.
    assert floor_adjustment(D("2.00"), D("1.00"), D("0.75")) == D("-0.75")
    assert floor_adjustment(D("0.10"), D("1.00"), D("0.75")) == D("-0.10")
    assert floor_adjustment(D("0.10"), D("1.00")) == D("0.90")
    assert floor_adjustment(D("0.00"), D("1.00")) == D("0.00")
    assert floor_adjustment(D("0.00"), D("1.00"), owed=True) == D("1.00")
    assert floor_adjustment(D("1.00"), D("1.00")) == D("0.00")


def test_collection_minimum_is_data() -> None:
    bill = OpenBill("202604", date(2026, 5, 4), D("50.00"))
    rates = LateFeeRates(minimum=D("0.50"))
    a = allocate_payment([bill], D("50.50"), date(2026, 5, 5), RES, rates)
    assert (a.late_fee_total, a.fee_adjustment) == (D("0.50"), D("0.45"))


# --- a contract's rate and the year of a December bill ------------------------------


def test_contract_rate_replaces_the_defaults_for_every_day() -> None:
    rates = DEFAULT_RATES.for_contract(D("0.0015"))
    # Non-residential across the year end: one rate, no 2‰/3‰ split.
    b = late_fee_breakdown(D("1000.00"), date(2025, 12, 20), date(2026, 1, 10), OTHER, rates)
    assert [(p.kind, p.days) for p in b.parts] == [(DayRate.CONTRACT, 21)]
    assert b.fee == D("31.50")
    assert b.text == "2025年12月20日到期，逾期21天：1,000.00元×1.5‰×21天（合同约定费率）=31.50元"
    assert DEFAULT_RATES.for_contract(None) is DEFAULT_RATES


@pytest.mark.parametrize("daily", ["0.0009", "0.0031", "0", "NaN"])
def test_contract_rate_outside_the_law_is_refused(daily: str) -> None:
    with pytest.raises(FeeError, match="千分之一到千分之三"):
        DEFAULT_RATES.for_contract(D(daily))


@pytest.mark.parametrize(
    ("year_by", "fee", "text"),
    [
        # By due year (default): the January days are in 2026, the bill's current year.
        ("due", "40.00", "1,000.00元×2‰×20天（2026年内）"),
        # By bill year: 2025 has ended before the due date: every day at 3‰.
        ("bill", "60.00", "1,000.00元×3‰×20天（2026年起）"),
    ],
)
def test_december_bill_due_in_january(year_by: str, fee: str, text: str) -> None:
    rates = LateFeeRates(current_year_by=year_by)
    dec = OpenBill("202512", date(2026, 1, 15), D("1000.00"))
    b = late_fee_breakdown(
        dec.principal_remaining, dec.due_date, date(2026, 2, 4), OTHER, rates, dec.bill_year
    )
    assert b.fee == D(fee)
    assert text in b.text
    a = allocate_payment([dec], D("2000.00"), date(2026, 2, 4), OTHER, rates)
    assert a.lines[0].late_fee == D(fee)


def test_year_choice_is_checked() -> None:
    with pytest.raises(FeeError, match="current_year_by"):
        LateFeeRates(current_year_by="calendar")


@pytest.mark.parametrize(
    ("amount", "rounded"),
    [("2.005", "2.01"), ("2.00499", "2.00"), ("0.125", "0.13"), ("7", "7.00"), ("-0.005", "-0.01")],
)
def test_round_fen_is_half_up(amount: str, rounded: str) -> None:
    assert round_fen(D(amount)) == D(rounded)
    assert round_fen(D(amount)).as_tuple().exponent == -2
