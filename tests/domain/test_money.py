"""Money: fen conversion, parsing clerk input, figures and Chinese capitals."""

from __future__ import annotations

import random
from decimal import Decimal

import pytest

from counter_app.domain.money import (
    MAX_AMOUNT,
    MoneyError,
    amount_in_words,
    format_amount,
    from_fen,
    parse_amount,
    parse_quantity,
    to_fen,
)

D = Decimal

# --- to_fen / from_fen ------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "fen"),
    [
        (D("0"), 0),
        (D("0.00"), 0),
        (D("0.01"), 1),
        (D("0.05"), 5),
        (D("1409.50"), 140950),
        (D("1409.5"), 140950),
        (D("1.230"), 123),  # trailing zero beyond fen is still exact
        (D("1E+3"), 100000),
        (D("-12.34"), -1234),  # reversals are negative
        (D("9999999999999999.99"), 999999999999999999),
        (D("12345678901234567890123456789.01"), 1234567890123456789012345678901),
    ],
)
def test_to_fen_is_exact(amount: Decimal, fen: int) -> None:
    assert to_fen(amount) == fen


@pytest.mark.parametrize("amount", [D("0.001"), D("1.235"), D("-0.005"), D("1E-3")])
def test_to_fen_rejects_fractions_of_a_fen(amount: Decimal) -> None:
    with pytest.raises(MoneyError, match="两位小数"):
        to_fen(amount)


@pytest.mark.parametrize("amount", [D("NaN"), D("sNaN"), D("Infinity"), D("-Infinity")])
def test_to_fen_rejects_non_finite(amount: Decimal) -> None:
    with pytest.raises(MoneyError, match="金额无效"):
        to_fen(amount)


def test_to_fen_refuses_float() -> None:
    with pytest.raises(TypeError):
        to_fen(0.1)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("fen", "text"),
    [(0, "0.00"), (1, "0.01"), (140950, "1409.50"), (100, "1.00"), (-5, "-0.05")],
)
def test_from_fen_has_two_places(fen: int, text: str) -> None:
    amount = from_fen(fen)
    assert str(amount) == text
    assert amount.as_tuple().exponent == -2


def test_fen_round_trip() -> None:
    for fen in [*range(-250, 250), 10**18 - 1, -(10**18) + 1, 2**63 - 1]:
        assert to_fen(from_fen(fen)) == fen


# --- parse_amount -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1,409.5", "1409.50"),
        ("1409.50", "1409.50"),
        ("¥12", "12.00"),
        ("￥12", "12.00"),  # full-width yen from a Chinese input method
        (" 3 ", "3.00"),
        ("\u30003\u3000", "3.00"),  # ideographic spaces
        ("１２３．４５", "123.45"),  # full-width digits
        ("12元", "12.00"),
        ("RMB 5", "5.00"),
        ("0", "0.00"),
        ("0.05", "0.05"),
        (".5", "0.50"),
        ("+7", "7.00"),
        ("1,000,000", "1000000.00"),
        ("9999999999999999.99", "9999999999999999.99"),
    ],
)
def test_parse_amount_accepts(text: str, expected: str) -> None:
    amount = parse_amount(text)
    assert amount == D(expected)
    assert str(amount) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "请输入金额"),
        ("   ", "请输入金额"),
        ("-1", "不能为负数"),
        ("-0.01", "不能为负数"),
        ("¥-5", "不能为负数"),
        ("1.234", "最多两位小数"),
        ("0.001", "最多两位小数"),
        ("abc", "金额格式不正确"),
        ("12a", "金额格式不正确"),
        ("1,40,9", "金额格式不正确"),
        (",100", "金额格式不正确"),
        ("1 409", "金额格式不正确"),
        ("1.2.3", "金额格式不正确"),
        (".", "金额格式不正确"),
        ("¥", "金额格式不正确"),
        ("NaN", "金额格式不正确"),
        ("nan", "金额格式不正确"),
        ("inf", "金额格式不正确"),
        ("Infinity", "金额格式不正确"),
        ("1e3", "金额格式不正确"),
        ("١٢", "金额格式不正确"),  # Arabic-Indic digits: Decimal() would take them
        ("10000000000000000", "金额过大"),
    ],
)
def test_parse_amount_rejects(text: str, message: str) -> None:
    with pytest.raises(MoneyError, match=message) as caught:
        parse_amount(text)
    assert isinstance(caught.value, ValueError)


def test_parse_amount_message_quotes_the_input() -> None:
    with pytest.raises(MoneyError) as caught:
        parse_amount("12,3a")
    assert str(caught.value).startswith("金额格式不正确：12,3a")


# --- format_amount ----------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        (D("1409.5"), "1,409.50"),
        (D("0"), "0.00"),
        (D("0.05"), "0.05"),
        (D("16409.02"), "16,409.02"),
        (D("100000000"), "100,000,000.00"),
        (D("-1234.5"), "-1,234.50"),
        (D("1.005"), "1.01"),  # half up, not banker's rounding
        (D("2.665"), "2.67"),
        (D("-0.001"), "0.00"),  # never "-0.00"
    ],
)
def test_format_amount(amount: Decimal, text: str) -> None:
    assert format_amount(amount) == text


def test_format_amount_rejects_nan() -> None:
    with pytest.raises(MoneyError):
        format_amount(D("NaN"))


# --- amount_in_words --------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "words"),
    [
        # domain.md examples (支付结算办法 annex)
        ("1409.50", "壹仟肆佰零玖元伍角"),
        ("6007.14", "陆仟零柒元壹角肆分"),
        ("16409.02", "壹万陆仟肆佰零玖元零贰分"),
        ("16.09", "壹拾陆元零玖分"),
        # edge cases
        ("0.05", "伍分"),
        ("0.50", "伍角"),
        ("0.01", "壹分"),
        ("1.00", "壹元整"),
        ("1", "壹元整"),
        ("10.00", "壹拾元整"),
        ("1005.00", "壹仟零伍元整"),
        ("100000000.00", "壹亿元整"),
        ("0", "零元整"),
        ("0.00", "零元整"),
        ("100.10", "壹佰元壹角"),
        ("200.07", "贰佰元零柒分"),
        ("100010.00", "壹拾万零壹拾元整"),
        ("100000100.00", "壹亿零壹佰元整"),
        ("100010000.00", "壹亿零壹万元整"),
        ("1010101.01", "壹佰零壹万零壹佰零壹元零壹分"),
        (
            "9999999999999999.99",
            "玖仟玖佰玖拾玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分",
        ),
        # Where the rules allow writing 零 or not (万位/元位 zero, 仟位/角位
        # not), cn2an leaves it out; both are correct per the rules' own
        # examples (¥107,000.53, ¥1,680.32). Pinned so a change is noticed.
        ("107000.53", "壹拾万柒仟元伍角叁分"),
        ("1680.32", "壹仟陆佰捌拾元叁角贰分"),
        ("10001000.00", "壹仟万壹仟元整"),
        # rounded half up to fen first
        ("1.005", "壹元零壹分"),
        ("0.004", "零元整"),
        ("-0.004", "零元整"),
        ("1E+2", "壹佰元整"),
    ],
)
def test_amount_in_words(amount: str, words: str) -> None:
    assert amount_in_words(D(amount)) == words


@pytest.mark.parametrize(
    ("amount", "message"),
    [
        (D("-0.01"), "负数"),
        (D("-1409.50"), "负数"),
        (D("NaN"), "金额无效"),
        (D("Infinity"), "金额无效"),
        (MAX_AMOUNT + D("0.01"), "金额过大"),
    ],
)
def test_amount_in_words_rejects(amount: Decimal, message: str) -> None:
    with pytest.raises(MoneyError, match=message):
        amount_in_words(amount)


# An independent reader of capitals, to check cn2an over many amounts: a
# dropped or misplaced 零/unit would read back as a different number.
_DIGITS = dict(zip("零壹贰叁肆伍陆柒捌玖", range(10), strict=True))
_SMALL_UNITS = {"拾": 10, "佰": 100, "仟": 1000}


def _read_yuan(words: str) -> int:
    total = wan = section = digit = 0
    for ch in words:
        if ch in _DIGITS:
            digit = _DIGITS[ch]
        elif ch in _SMALL_UNITS:
            section += digit * _SMALL_UNITS[ch]
            digit = 0
        elif ch == "万":
            wan = (section + digit) * 10**4
            section = digit = 0
        elif ch == "亿":
            total = (total + wan + section + digit) * 10**8
            wan = section = digit = 0
        else:
            raise AssertionError(f"unexpected character {ch!r} in {words!r}")
    return total + wan + section + digit


def _read_fen(words: str) -> int:
    body = words.removesuffix("整")
    yuan_words, has_yuan, rest = body.partition("元")
    if not has_yuan:
        yuan_words, rest = "", body
    fen = _read_yuan(yuan_words) * 100
    jiao_words, has_jiao, fen_words = rest.partition("角")
    if not has_jiao:
        jiao_words, fen_words = "", rest
    if jiao_words:
        fen += _DIGITS[jiao_words] * 10
    if fen_words:
        assert fen_words.endswith("分"), words
        fen += _DIGITS[fen_words.removeprefix("零").removesuffix("分")]
    return fen


def _sample_fen() -> list[int]:
    # Digits drawn mostly from 0 and 1 so that runs of zeros land on every
    # position, including across the 万 and 亿 boundaries.
    rng = random.Random(20261126)
    values = list(range(0, 1000))
    for _ in range(3000):
        length = rng.randint(1, 18)
        digits = "".join(rng.choice("0000011259") for _ in range(length))
        values.append(int(digits))
    return values


def test_amount_in_words_reads_back_and_follows_the_rules() -> None:
    for fen in _sample_fen():
        words = amount_in_words(from_fen(fen))
        assert _read_fen(words) == fen, (fen, words)
        assert "零零" not in words, (fen, words)
        # 整 after 元 only; an amount ending in 角 or 分 has none.
        assert words.endswith("整") == (fen % 100 == 0), (fen, words)
        if fen >= 100 and fen % 100 and fen % 100 < 10:
            # 角 zero with 分 non-zero: 零 right after 元
            assert "元零" in words, (fen, words)
        if fen:
            assert not words.startswith("零"), (fen, words)
        if fen >= 100:
            # "壹拾" even when 拾 leads (票据 rule), never a bare 拾
            assert not words.startswith("拾"), (fen, words)


@pytest.mark.parametrize(
    ("text", "expected"), [("2", "2"), ("0.5", "0.5"), ("３１５", "315"), ("1000000", "1000000")]
)
def test_parse_quantity_accepts(text: str, expected: str) -> None:
    assert parse_quantity(text) == D(expected)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "数量格式不正确"),
        ("-1", "数量格式不正确"),
        ("1e5", "数量格式不正确"),
        ("NaN", "数量格式不正确"),
        ("Infinity", "数量格式不正确"),
        ("0", "数量应大于0"),
        ("1.234", "最多两位小数"),
        ("1000000.01", "不超过一百万"),
        ("12345678901234567890123456789012345678901", "不超过一百万"),
    ],
)
def test_parse_quantity_rejects(text: str, message: str) -> None:
    with pytest.raises(MoneyError, match=message):
        parse_quantity(text)
