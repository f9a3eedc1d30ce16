"""Identity checks: resident ID (GB 11643), credit code (GB 32100), mobile."""

from __future__ import annotations

from datetime import date

import pytest

from counter_app.domain.identity import (
    credit_code_check_char,
    credit_code_check_fails,
    credit_code_problem,
    is_valid_credit_code,
    is_valid_mobile,
    is_valid_resident_id,
    mobile_problem,
    normalize_mobile,
    resident_id_check_char,
    resident_id_problem,
)

TODAY = date(2026, 11, 26)

# --- independent check-character computations -------------------------------
# Derived from the definitions rather than the tables in the module, so a
# typo in either shows up: ISO 7064 MOD 11-2 weights are 2^(i-1) mod 11
# counted from the right; GB 32100 weights are 3^i mod 31 from the left.


def id_with_check(first17: str) -> str:
    weights = [pow(2, 17 - i, 11) for i in range(17)]
    total = sum(int(c) * w for c, w in zip(first17, weights, strict=True))
    # The check value a makes (total + a) ≡ 1 (mod 11); 10 is written X.
    a = (1 - total) % 11
    return first17 + ("X" if a == 10 else str(a))


CREDIT_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def credit_with_check(first17: str) -> str:
    total = sum(CREDIT_CHARSET.index(c) * pow(3, i, 31) for i, c in enumerate(first17))
    return first17 + CREDIT_CHARSET[(31 - total % 31) % 31]


def wrong_last(code: str, charset: str) -> str:
    """Same code with a different (wrong) last character."""
    options = [c for c in charset if c != code[-1]]
    return code[:-1] + options[0]


# --- resident ID ------------------------------------------------------------

VALID_IDS = [
    "11010519491231002X",  # GB 11643-1999 example
    "11010519491231002x",  # lowercase x accepted
    " 11010519491231002X ",  # surrounding spaces ignored
    id_with_check("44030119800101123"),
    id_with_check("32010220000229001"),  # 29 Feb in a leap year
    id_with_check("51010719000101001"),  # earliest birth date accepted
    id_with_check("65010220261126001"),  # born today
    id_with_check("81000019991231999"),  # Hong Kong residence permit area
    id_with_check("11010319491231002"),  # 崇文区, merged into 东城区 in 2010: still valid
    id_with_check("34220119700101001"),  # 宿州市 of the 宿县地区, gone in 1998
    id_with_check("33019919700101001"),  # an unlisted county of a real prefecture
    "１１０１０５１９４９１２３１００２Ｘ",  # full-width (全角) digits and letter
    "110105 19491231 002X",  # typed in groups
    "110105\u300019491231002x",  # a full-width space
]


@pytest.mark.parametrize("number", VALID_IDS)
def test_valid_resident_ids(number: str) -> None:
    assert resident_id_problem(number, TODAY) is None
    assert is_valid_resident_id(number, TODAY)


def test_generated_ids_include_x_and_digit_checks() -> None:
    # The generator must exercise both kinds of check character.
    assert id_with_check("11010519491231002").endswith("X")
    assert id_with_check("44030119800101124") == "440301198001011248"


@pytest.mark.parametrize(
    ("number", "message"),
    [
        ("", "请输入身份证号码"),
        ("   ", "请输入身份证号码"),
        ("11010519491231002", "长度应为18位，现为17位"),
        ("11010519491231002X1", "长度应为18位，现为19位"),
        ("110105491231002", "长度应为18位，现为15位"),  # old 15-digit ID
        ("110105194912310021", "校验位不正确"),  # GB example with wrong check
        (wrong_last(id_with_check("44030119800101123"), "0123456789X"), "校验位不正确"),
        ("11010519491231002A", "最后一位为数字或X"),
        ("1101051949123100X2", "前17位应为数字"),
        ("11010519491231OO2X", "前17位应为数字"),  # letter O for zero
        (id_with_check("01010519491231002"), "地区码无效"),
        (id_with_check("99010519491231002"), "不存在以99开头的省份代码"),
        (id_with_check("10010519491231002"), "不存在以10开头的省份代码"),
        (id_with_check("83000019991231999"), "请把证件类型选为“港澳台居民居住证”"),  # a permit's
        (id_with_check("11990019491231002"), "119900不是存在过的地市代码"),
        (id_with_check("33990019491231002"), "339900不是存在过的地市代码"),
        (id_with_check("11010519900230001"), "出生日期无效：19900230不是真实日期"),
        (id_with_check("11010519000229001"), "出生日期无效"),  # 1900 was no leap year
        (id_with_check("11010519491301001"), "出生日期无效"),  # month 13
        (id_with_check("11010519490000001"), "出生日期无效"),
        (id_with_check("11010500000101001"), "出生日期无效"),  # year 0
        (id_with_check("11010518991231001"), "出生日期无效：18991231早于1900年"),
        (id_with_check("11010520261127001"), "出生日期无效：20261127晚于今天"),
        (id_with_check("11010530000101001"), "晚于今天"),
    ],
)
def test_invalid_resident_ids(number: str, message: str) -> None:
    problem = resident_id_problem(number, TODAY)
    assert problem is not None
    assert message in problem
    assert not is_valid_resident_id(number, TODAY)


def test_every_wrong_check_char_is_caught() -> None:
    good = id_with_check("33010619850715432")
    assert is_valid_resident_id(good, TODAY)
    for c in "0123456789X":
        if c != good[-1]:
            assert not is_valid_resident_id(good[:-1] + c, TODAY)


def test_future_birth_date_uses_real_today_by_default() -> None:
    assert not is_valid_resident_id(id_with_check("11010529991231001"))
    assert is_valid_resident_id("11010519491231002X")


def test_resident_id_check_char_matches_definition() -> None:
    for first17 in ["11010519491231002", "44030119800101123", "00000000000000000"]:
        assert resident_id_check_char(first17) == id_with_check(first17)[-1]
    with pytest.raises(ValueError):
        resident_id_check_char("1234")


# --- Unified Social Credit Code ---------------------------------------------

VALID_CREDIT_CODES = [
    "91350100M000100Y43",  # GB 32100-2015 example
    "91350100m000100y43",  # typed in lowercase
    " 91350100M000100Y43 ",
    "9135 0100 M000 100Y 43",  # typed in groups of four
    "９１３５０１００Ｍ０００１００Ｙ４３",  # full-width (全角)
    credit_with_check("91110000MA0012345"),
    credit_with_check("12100000400000720"),  # 机构编制 registration
    credit_with_check("53110000500000000"),  # 民政 registration
    credit_with_check("Y1440300MA5EXAMPL"),  # letters in the organisation code
]


@pytest.mark.parametrize("code", VALID_CREDIT_CODES)
def test_valid_credit_codes(code: str) -> None:
    assert credit_code_problem(code) is None
    assert is_valid_credit_code(code)
    assert not credit_code_check_fails(code)


def test_credit_check_char_zero_case() -> None:
    # Σ mod 31 == 0 gives 31 - 0 = 31, which is written 0.
    code = "00000000000000000"
    assert credit_code_check_char(code) == "0"
    assert credit_with_check(code).endswith("0")
    assert is_valid_credit_code(code + "0")


@pytest.mark.parametrize(
    "code",
    [
        "91350100M000100Y44",  # GB example with a wrong check character
        "91350100M000100Y4Y",
        wrong_last(credit_with_check("91110000MA0012345"), CREDIT_CHARSET),
    ],
)
def test_credit_code_with_wrong_check_can_be_overridden(code: str) -> None:
    problem = credit_code_problem(code)
    assert problem is not None
    assert "校验位不正确" in problem
    assert "值班长" in problem
    assert not is_valid_credit_code(code)
    assert credit_code_check_fails(code)


@pytest.mark.parametrize(
    ("code", "message"),
    [
        ("", "请输入统一社会信用代码"),
        ("91350100M000100Y4", "长度应为18位，现为17位"),
        ("91350100M000100Y433", "长度应为18位，现为19位"),
        ("913501000001001", "长度应为18位，现为15位"),  # old registration number
        ("91350100I000100Y43", "无效字符：I"),
        ("91350100O000100S4Z", "无效字符：O、S、Z"),
        ("9135010-M000100Y43", "无效字符：-"),
        ("91350100V000100Y43", "无效字符：V"),
    ],
)
def test_credit_code_bad_format(code: str, message: str) -> None:
    problem = credit_code_problem(code)
    assert problem is not None
    assert message in problem
    assert not is_valid_credit_code(code)
    # A malformed code is not the "legal but fails the check" case.
    assert not credit_code_check_fails(code)


def test_credit_check_char_matches_definition() -> None:
    for first17 in ["91350100M000100Y4", "91110000MA0012345", "YYYYYYYYYYYYYYYYY"]:
        assert credit_code_check_char(first17) == credit_with_check(first17)[-1]
    with pytest.raises(ValueError):
        credit_code_check_char("91350100I000100Y4")


# --- mobile -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "normalized"),
    [
        ("13812341234", "13812341234"),
        (" 13812341234 ", "13812341234"),
        ("138 1234 1234", "13812341234"),
        ("138-1234-1234", "13812341234"),
        ("+8613812341234", "13812341234"),
        ("+86 138 1234 1234", "13812341234"),
        ("8613812341234", "13812341234"),
        ("008613812341234", "13812341234"),
        ("19912345678", "19912345678"),
        ("１３８１２３４１２３４", "13812341234"),  # full-width digits
        ("＋８６ １３８－１２３４－１２３４", "13812341234"),
        ("16612345678", "16612345678"),
    ],
)
def test_valid_mobiles(text: str, normalized: str) -> None:
    assert mobile_problem(text) is None
    assert is_valid_mobile(text)
    assert normalize_mobile(text) == normalized


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "请输入手机号码"),
        (" - ", "请输入手机号码"),
        ("138123412345", "应为11位，现为12位"),
        ("1381234123", "应为11位，现为10位"),
        ("12812341234", "应以13至19开头"),
        ("10012341234", "应以13至19开头"),
        ("23812341234", "应以13至19开头"),
        ("+8612812341234", "应以13至19开头"),
        ("+86138123412345", "应为11位，现为12位"),
        ("1381234123a", "只能包含数字"),
        ("(138)12341234", "只能包含数字"),
        ("057187654321", "应为11位"),  # a landline is not a mobile
    ],
)
def test_invalid_mobiles(text: str, message: str) -> None:
    problem = mobile_problem(text)
    assert problem is not None
    assert message in problem
    assert not is_valid_mobile(text)
    with pytest.raises(ValueError, match=message):
        normalize_mobile(text)
