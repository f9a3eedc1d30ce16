"""Checks on identity numbers a clerk types: resident ID, credit code, mobile.

Each ``*_problem`` function returns None when the text is fine, otherwise a
Chinese message for the clerk saying what is wrong, so the form can show it
next to the field instead of a bare "invalid". Every check reads the number
through ``compact_number`` (spaces and full-width 全角 characters normalised),
so what the screen accepts is what the services store.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from functools import cache

from counter_app.domain.text import Msg

__all__ = [
    "area_codes",
    "compact_number",
    "credit_code_check_char",
    "credit_code_check_fails",
    "credit_code_problem",
    "gb11643_rest_problem",
    "is_valid_credit_code",
    "is_valid_mobile",
    "is_valid_resident_id",
    "mobile_problem",
    "normalize_mobile",
    "resident_id_check_char",
    "resident_id_problem",
]

# --- Normalising what was typed ---------------------------------------------

_SPACES = re.compile(r"\s+")


def compact_number(text: str) -> str:
    """An identity number as stored: full-width (全角) characters made ASCII, every
    space removed, letters upper-case; "９１１１ ０００ｘ" -> "91110000X"."""
    return _SPACES.sub("", unicodedata.normalize("NFKC", text)).upper()


# --- Area codes, GB/T 2260 ----------------------------------------------------


@cache
def area_codes() -> frozenset[str]:
    """Every GB/T 2260 code that ever existed (resources/gbt2260_areas.txt)."""
    from counter_app.resources import resource

    lines = resource("gbt2260_areas.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line[:6] for line in lines if line[:1].isdigit())


@cache
def _area_prefixes(digits: int) -> frozenset[str]:
    return frozenset(code[:digits] for code in area_codes())


def _area_problem(number: str) -> str | None:
    """Province and prefecture (地级) of the area code must exist. The county is not
    checked: a gap in the list must not refuse a real person, and the check
    character catches a mistyped digit anyway."""
    if number[:2] not in _area_prefixes(2):
        if number[:6] in ("810000", "820000", "830000"):  # a residence permit's number
            return Msg(
                "以{code}开头的是港澳台居民居住证号码：请把证件类型选为“港澳台居民居住证”",
                code=number[:6],
            )
        return Msg("身份证号码地区码无效：不存在以{code}开头的省份代码", code=number[:2])
    if number[:4] not in _area_prefixes(4):
        return Msg("身份证号码地区码无效：{code}不是存在过的地市代码", code=number[:4] + "00")
    return None


# --- Resident ID, GB 11643-1999 -------------------------------------------

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK_CHARS = "10X98765432"  # indexed by (Σ mod 11), ISO 7064 MOD 11-2
_ID_SHAPE = re.compile(r"\d{17}[\dX]", re.ASCII)
_EARLIEST_BIRTH = date(1900, 1, 1)


def resident_id_check_char(first17: str) -> str:
    """Check character for the first 17 digits of a resident ID."""
    if len(first17) != 17 or not first17.isascii() or not first17.isdigit():
        raise ValueError("first17 must be 17 ASCII digits")
    total = sum(int(c) * w for c, w in zip(first17, _ID_WEIGHTS, strict=True))
    return _ID_CHECK_CHARS[total % 11]


def resident_id_problem(text: str, today: date | None = None) -> str | None:
    """None if ``text`` is a valid 18-character resident ID, else why not.

    Spaces and full-width characters are normalised and a lowercase x is
    accepted, since clerks type all of them. ``today`` is for tests; the birth
    date must not be later than it.
    """
    number = compact_number(text)
    if not number:
        return Msg("请输入身份证号码")
    if len(number) != 18:
        return Msg("身份证号码长度应为18位，现为{count}位", count=len(number))
    if not _ID_SHAPE.fullmatch(number):
        return Msg("身份证号码前17位应为数字，最后一位为数字或X")
    area = _area_problem(number)
    if area is not None:
        return area
    return gb11643_rest_problem(number, today)


def gb11643_rest_problem(number: str, today: date | None = None) -> str | None:
    """The birth date and check character of an 18-character number of the resident-ID
    shape (also used by the residence permits, whose area codes are no GB/T 2260's)."""
    birth_text = number[6:14]
    try:
        birth = date(int(birth_text[:4]), int(birth_text[4:6]), int(birth_text[6:]))
    except ValueError:
        return Msg("出生日期无效：{birth_text}不是真实日期", birth_text=birth_text)
    if birth < _EARLIEST_BIRTH:
        return Msg("出生日期无效：{birth_text}早于1900年", birth_text=birth_text)
    if birth > (today or date.today()):
        return Msg("出生日期无效：{birth_text}晚于今天", birth_text=birth_text)
    if resident_id_check_char(number[:17]) != number[17]:
        # The right character is not shown on purpose: a typo is usually
        # elsewhere, and "fixing" the last digit would hide it.
        return Msg("身份证号码校验位不正确，请核对号码")
    return None


def is_valid_resident_id(text: str, today: date | None = None) -> bool:
    return resident_id_problem(text, today) is None


# --- Unified Social Credit Code, GB 32100-2015 ------------------------------

_CREDIT_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # no I, O, S, V, Z
_CREDIT_VALUES = {c: i for i, c in enumerate(_CREDIT_CHARSET)}
_CREDIT_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def credit_code_check_char(first17: str) -> str:
    """Check character for the first 17 characters of a credit code."""
    if len(first17) != 17 or any(c not in _CREDIT_VALUES for c in first17):
        raise ValueError("first17 must be 17 characters of the credit-code charset")
    total = sum(_CREDIT_VALUES[c] * w for c, w in zip(first17, _CREDIT_WEIGHTS, strict=True))
    return _CREDIT_CHARSET[(31 - total % 31) % 31]


def _credit_format_problem(code: str) -> str | None:
    if not code:
        return Msg("请输入统一社会信用代码")
    if len(code) != 18:
        return Msg("统一社会信用代码长度应为18位，现为{count}位", count=len(code))
    bad = sorted({c for c in code if c not in _CREDIT_VALUES})
    if bad:
        shown = "、".join(bad)
        return Msg("统一社会信用代码含有无效字符：{shown}（不使用字母I、O、S、V、Z）", shown=shown)
    return None


def credit_code_problem(text: str) -> str | None:
    """None if ``text`` is a valid credit code, else why not.

    A code of the right shape whose check character is wrong gets its own
    message: some early codes are like that yet legal, so the screen warns
    and a supervisor may override (see ``credit_code_check_fails``).
    """
    code = compact_number(text)
    problem = _credit_format_problem(code)
    if problem is not None:
        return problem
    if credit_code_check_char(code[:17]) != code[17]:
        return Msg(
            "统一社会信用代码校验位不正确；早期发放的代码可能如此，请核对营业执照，需值班长确认"
        )
    return None


def credit_code_check_fails(text: str) -> bool:
    """True only for a well-formed code whose check character is wrong."""
    code = compact_number(text)
    if _credit_format_problem(code) is not None:
        return False
    return credit_code_check_char(code[:17]) != code[17]


def is_valid_credit_code(text: str) -> bool:
    return credit_code_problem(text) is None


# --- Mobile numbers ---------------------------------------------------------

_MOBILE_RE = re.compile(r"1[3-9]\d{9}", re.ASCII)
_SEPARATORS = re.compile(r"[\s\-]")


def _strip_mobile(text: str) -> str:
    digits = _SEPARATORS.sub("", unicodedata.normalize("NFKC", text))
    if digits.startswith("+86"):
        return digits[3:]
    if digits.startswith("0086"):
        return digits[4:]
    if digits.startswith("86") and len(digits) == 13:
        # Only when 13 long: an 11-digit mobile never starts with 86.
        return digits[2:]
    return digits


def mobile_problem(text: str) -> str | None:
    """None if ``text`` is a mainland mobile number (+86 allowed), else why not."""
    number = _strip_mobile(text)
    if not number:
        return Msg("请输入手机号码")
    if not (number.isascii() and number.isdigit()):
        return Msg("手机号码只能包含数字")
    if len(number) != 11:
        return Msg("手机号码应为11位，现为{count}位", count=len(number))
    if not _MOBILE_RE.fullmatch(number):
        return Msg("手机号码应以13至19开头")
    return None


def is_valid_mobile(text: str) -> bool:
    return mobile_problem(text) is None


def normalize_mobile(text: str) -> str:
    """The bare 11 digits, e.g. "+86 138-1234-1234" -> "13812341234".

    Raises ValueError (with the Chinese message) if it is not a mobile.
    """
    problem = mobile_problem(text)
    if problem is not None:
        raise ValueError(problem)
    return _strip_mobile(text)
