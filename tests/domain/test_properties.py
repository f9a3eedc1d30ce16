"""Property-based tests (hypothesis) of the rules money depends on.

Each property runs 5,000 generated cases (``MANY``): money in fen and in words,
late fees, the allocation of a payment over bills, identity check characters and
the working-day calendar. The table-driven tests beside this file hold the cases
from domain.md; these hold the rules for every case hypothesis can think of.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from counter_app.domain import fees
from counter_app.domain.allocation import InsufficientPaymentError, OpenBill, allocate_payment
from counter_app.domain.calendar import WorkingCalendar
from counter_app.domain.identity import (
    credit_code_check_char,
    credit_code_check_fails,
    is_valid_mobile,
    is_valid_resident_id,
    normalize_mobile,
    resident_id_check_char,
)
from counter_app.domain.masking import mask_id, mask_name, mask_phone
from counter_app.domain.money import (
    MAX_AMOUNT,
    amount_in_words,
    format_amount,
    from_fen,
    parse_amount,
    to_fen,
)

MANY = settings(
    max_examples=5000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
CENT = Decimal("0.01")
RATES = fees.LateFeeRates()

fen_values = st.integers(min_value=0, max_value=to_fen(MAX_AMOUNT))
amounts = fen_values.map(from_fen)
small_amounts = st.integers(min_value=1, max_value=5_000_000).map(from_fen)  # ≤ ¥50,000
days = st.dates(min_value=date(2004, 1, 1), max_value=date(2030, 12, 31))


# -- money --------------------------------------------------------------------------


@MANY
@given(st.integers(min_value=-(10**15), max_value=10**15))
def test_fen_round_trip(fen: int) -> None:
    assert to_fen(from_fen(fen)) == fen
    assert from_fen(fen).as_tuple().exponent == -2


@MANY
@given(amounts)
def test_what_is_shown_is_read_back_the_same(amount: Decimal) -> None:
    shown = format_amount(amount)
    assert parse_amount(shown) == amount
    assert parse_amount(f"¥{shown}元") == amount


_DIGITS = dict(zip("零壹贰叁肆伍陆柒捌玖", range(10), strict=True))
_SMALL = {"拾": 10, "佰": 100, "仟": 1000}


def _read_capitals(words: str) -> int:
    """Fen from Chinese capitals (an independent reader of what receipts print)."""
    assert words.endswith(("整", "角", "分")), words
    words = words.removesuffix("整")
    yuan_part, _, fraction = words.partition("元")
    if not _:  # no 元: under one yuan, e.g. 伍角 or 叁分
        yuan_part, fraction = "", words
    total, section, digit = 0, 0, 0
    for ch in yuan_part:
        if ch in _DIGITS:
            digit = _DIGITS[ch]
        elif ch in _SMALL:
            section += (digit or 1) * _SMALL[ch]
            digit = 0
        elif ch == "万":
            total += (section + digit) * 10_000
            section = digit = 0
        elif ch == "亿":
            total = (total + section + digit) * 100_000_000
            section = digit = 0
        else:
            raise AssertionError(f"unexpected {ch!r} in {words}")
    yuan = total + section + digit
    jiao = fen = 0
    fraction = fraction.removeprefix("零")
    if "角" in fraction:
        jiao = _DIGITS[fraction[fraction.index("角") - 1]]
    if "分" in fraction:
        fen = _DIGITS[fraction[fraction.index("分") - 1]]
    return yuan * 100 + jiao * 10 + fen


@MANY
@given(fen_values)
def test_amount_in_words_reads_back_to_the_amount(fen: int) -> None:
    words = amount_in_words(from_fen(fen))
    assert _read_capitals(words) == fen, words
    assert "零零" not in words
    assert words.endswith("整") == (fen % 100 == 0)
    assert words.endswith("分") == (fen % 10 != 0)


# -- late fees ------------------------------------------------------------------------


@MANY
@given(small_amounts, days, st.integers(min_value=-30, max_value=2000), st.booleans())
def test_late_fee_is_the_rule(principal: Decimal, due: date, late: int, residential: bool) -> None:
    paid_on = due + timedelta(days=late)
    fee = fees.late_fee(principal, due, paid_on, residential, RATES)
    if late <= 0:
        assert fee == 0
        return
    if residential:
        exact = principal * RATES.residential_daily * late
    else:
        in_year = max(0, (min(paid_on, date(due.year, 12, 31)) - due).days)
        exact = principal * (
            RATES.other_current_year_daily * in_year
            + RATES.other_earlier_years_daily * (late - in_year)
        )
    # One month's fee is its exact sum rounded once: the ¥1 minimum is the collection's.
    assert fee == exact.quantize(CENT, rounding=ROUND_HALF_UP)
    # Never more than the highest lawful rate (3‰ a day).
    assert fee <= (principal * Decimal("0.003") * late).quantize(CENT) + CENT


@MANY
@given(
    small_amounts, small_amounts, days, st.integers(0, 1500), st.integers(0, 1500), st.booleans()
)
def test_late_fee_never_falls_with_more_principal_or_more_days(
    a: Decimal, b: Decimal, due: date, d1: int, d2: int, residential: bool
) -> None:
    low, high = sorted((a, b))
    short, long = sorted((d1, d2))
    for p in (low, high):
        assert fees.late_fee(p, due, due + timedelta(days=short), residential) <= fees.late_fee(
            p, due, due + timedelta(days=long), residential
        )
    paid_on = due + timedelta(days=long)
    assert fees.late_fee(low, due, paid_on, residential) <= fees.late_fee(
        high, due, paid_on, residential
    )


@MANY
@given(
    small_amounts,
    days,
    st.integers(0, 1500),
    st.booleans(),
    st.integers(10, 30).map(lambda tenths: Decimal(tenths) / 10000),
)
def test_a_contract_rate_stays_within_the_law(
    principal: Decimal, due: date, late: int, residential: bool, daily: Decimal
) -> None:
    # Whatever the category, a contract's rate (1‰–3‰) gives a fee between the two bounds.
    paid_on = due + timedelta(days=late)
    fee = fees.late_fee(principal, due, paid_on, residential, RATES.for_contract(daily))
    assert fee == (principal * daily * late).quantize(CENT, rounding=ROUND_HALF_UP)
    low = (principal * Decimal("0.001") * late).quantize(CENT, rounding=ROUND_HALF_UP)
    high = (principal * Decimal("0.003") * late).quantize(CENT, rounding=ROUND_HALF_UP)
    assert low <= fee <= high


# -- allocation ------------------------------------------------------------------------


@st.composite
def open_bills(draw: st.DrawFn) -> tuple[list[OpenBill], date]:
    today = draw(st.dates(min_value=date(2010, 1, 1), max_value=date(2030, 12, 31)))
    n = draw(st.integers(min_value=1, max_value=6))
    months = sorted(draw(st.sets(st.integers(min_value=1, max_value=36), min_size=n, max_size=n)))
    bills = []
    for back in months:
        first = (today.replace(day=1) - timedelta(days=28 * back)).replace(day=1)
        due = first + timedelta(days=draw(st.integers(min_value=14, max_value=40)))
        owed = from_fen(draw(st.integers(min_value=0, max_value=2_000_000)))
        bills.append(OpenBill(f"{first:%Y%m}", due, owed))
    return bills, today


@MANY
@given(open_bills(), st.integers(min_value=1, max_value=10_000_000), st.booleans())
def test_a_payment_is_spread_oldest_first_and_nothing_is_lost(
    case: tuple[list[OpenBill], date], cash_fen: int, residential: bool
) -> None:
    bills, today = case
    assume(len({b.bill_month for b in bills}) == len(bills))
    cash = from_fen(cash_fen)
    try:
        allocation = allocate_payment(bills, cash, today, residential)
    except InsufficientPaymentError:
        oldest = min((b for b in bills if b.principal_remaining > 0), key=lambda b: b.bill_month)
        one_fen = fees.late_fee_breakdown(CENT, oldest.due_date, today, residential)
        least = CENT + (max(one_fen.fee, RATES.minimum) if one_fen.exact > 0 else one_fen.fee)
        assert cash < least
        return
    # Every fen is accounted for: booked, prepaid or handed back.
    lines_total = sum((line.total for line in allocation.lines), Decimal("0.00"))
    assert (
        lines_total + allocation.fee_adjustment + allocation.prepayment + allocation.unapplied
        == cash
    )
    # The fee of the collection is max(minimum, Σ of each month's exact fee rounded) once
    # any fee is owed: the minimum once on the total, never on each month or part.
    month_fees = sum(
        (line.explanation.exact.quantize(CENT, ROUND_HALF_UP) for line in allocation.lines),
        Decimal("0.00"),
    )
    owed = any(line.explanation.exact > 0 for line in allocation.lines)
    expected = max(RATES.minimum, month_fees) if owed else month_fees
    assert allocation.late_fee_total == expected
    assert allocation.fee_adjustment >= 0
    open_ = sorted((b for b in bills if b.principal_remaining > 0), key=lambda b: b.bill_month)
    assert [line.bill_month for line in allocation.lines] == [
        b.bill_month for b in open_[: len(allocation.lines)]
    ]
    for line, bill in zip(allocation.lines, open_, strict=False):
        assert 0 < line.principal <= bill.principal_remaining
        assert line.principal + line.principal_remaining == bill.principal_remaining
        assert line.late_fee == fees.late_fee(line.principal, bill.due_date, today, residential)
    # Only the last line may be partial, and a partial part is the largest that fits.
    assert not any(line.partial for line in allocation.lines[:-1])
    if allocation.prepayment:
        assert len(allocation.lines) == len(open_)
        assert not (allocation.lines and allocation.lines[-1].partial)
    if allocation.lines and allocation.lines[-1].partial:
        line, bill = allocation.lines[-1], open_[len(allocation.lines) - 1]
        more = fees.late_fee_breakdown(line.principal + CENT, bill.due_date, today, residential)
        others = allocation.month_fees - line.late_fee + more.fee
        owed_more = owed or more.exact > 0
        fee_more = max(RATES.minimum, others) if owed_more else others
        # One fen more of the partial month would not fit the cash with the collection's fee.
        assert allocation.principal_total + CENT + fee_more > cash


@MANY
@given(open_bills(), st.booleans(), st.integers(min_value=0, max_value=200))
def test_credit_never_charges_the_minimum_twice(
    case: tuple[list[OpenBill], date], residential: bool, credit_fen: int
) -> None:
    # Whatever was paid before as a top-up (credit), the collection pays its month fees
    # less that credit, never below zero, and no new top-up.
    bills, today = case
    assume(len({b.bill_month for b in bills}) == len(bills))
    owed = sum((b.principal_remaining for b in bills), Decimal("0.00"))
    assume(owed > 0)
    credit = from_fen(credit_fen)
    allocation = allocate_payment(
        bills, owed * 2 + Decimal("10.00"), today, residential, credit=credit
    )
    month_fees = allocation.month_fees
    if credit > 0:
        assert allocation.late_fee_total == max(Decimal("0.00"), month_fees - credit)
    else:
        assert allocation.late_fee_total >= month_fees


# -- identity ------------------------------------------------------------------------

AREAS = ["110105", "330106", "440304", "510107", "640104", "650102"]
ID_TODAY = date(2026, 12, 6)


@st.composite
def resident_ids(draw: st.DrawFn) -> str:
    area = draw(st.sampled_from(AREAS))
    born = draw(st.dates(min_value=date(1900, 1, 1), max_value=ID_TODAY))
    seq = draw(st.integers(min_value=0, max_value=999))
    first17 = f"{area}{born:%Y%m%d}{seq:03d}"
    return first17 + resident_id_check_char(first17)


@MANY
@given(resident_ids(), st.integers(min_value=14, max_value=17), st.integers(1, 9))
def test_a_resident_id_check_character_catches_any_one_wrong_digit(
    number: str, position: int, shift: int
) -> None:
    assert is_valid_resident_id(number, ID_TODAY)
    assert is_valid_resident_id(number.lower(), ID_TODAY)
    # A wrong sequence digit or check character (birth date still real) is caught.
    chars = list(number)
    if position == 17:
        options = "0123456789X"
        chars[17] = options[(options.index(chars[17]) + shift) % 11]
    else:
        chars[position] = str((int(chars[position]) + shift) % 10)
    assert not is_valid_resident_id("".join(chars), ID_TODAY)


CREDIT_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"


@MANY
@given(
    st.text(alphabet=CREDIT_CHARS, min_size=17, max_size=17),
    st.integers(0, 17),
    st.integers(1, 30),
)
def test_a_credit_code_check_character_catches_any_one_wrong_character(
    first17: str, position: int, shift: int
) -> None:
    code = first17 + credit_code_check_char(first17)
    assert not credit_code_check_fails(code)
    chars = list(code)
    chars[position] = CREDIT_CHARS[(CREDIT_CHARS.index(chars[position]) + shift) % 31]
    assert credit_code_check_fails("".join(chars))


@MANY
@given(st.sampled_from("3456789"), st.text(alphabet="0123456789", min_size=9, max_size=9))
def test_a_mobile_in_any_usual_spelling_is_the_same_number(second: str, rest: str) -> None:
    number = f"1{second}{rest}"
    for spelling in (number, f"+86 {number}", f"{number[:3]}-{number[3:7]}-{number[7:]}"):
        assert is_valid_mobile(spelling)
        assert normalize_mobile(spelling) == number
    assert mask_phone(number) == f"{number[:3]}****{number[7:]}"


@MANY
@given(resident_ids(), st.text(min_size=1, max_size=12).filter(lambda t: t.strip() != ""))
def test_masks_keep_only_what_the_rule_allows(number: str, name: str) -> None:
    masked = mask_id(number)
    assert masked[:6] == number[:6] and masked[-4:] == number[-4:]
    assert number[6:14] not in masked  # the birth date never shows
    shown = mask_name(name.strip())
    # The family name stays; every other character is hidden.
    assert shown[0] == name.strip()[0] and set(shown[1:]) <= {"*"}


# -- working days ----------------------------------------------------------------------

CALENDAR = WorkingCalendar()


@MANY
@given(st.dates(min_value=date(2004, 1, 1), max_value=date(2026, 6, 30)), st.integers(0, 60))
def test_adding_working_days_lands_on_a_working_day_counted_exactly(start: date, n: int) -> None:
    end = CALENDAR.add_working_days(start, n)
    assert CALENDAR.working_days_between(start, end) == n
    if n:
        assert CALENDAR.is_working_day(end)
        assert end > start
        # The day before the promise is n-1 working days away: no working day skipped.
        assert CALENDAR.working_days_between(start, end - timedelta(days=1)) == n - 1
    assert CALENDAR.add_working_days(end, -n) <= start or n == 0
