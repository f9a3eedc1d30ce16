"""Checks on the certificates of people who hold no resident ID: residence permits of
Hong Kong, Macao and Taiwan residents, their travel permits, and the foreigners'
permanent residence ID card. Same contract as domain/identity.py: None when fine,
else the Chinese message; spaces and full-width characters are normalised first.
"""

from __future__ import annotations

import re
from datetime import date

from counter_app.domain.identity import (
    compact_number,
    gb11643_rest_problem,
    resident_id_check_char,
)
from counter_app.domain.text import Msg

__all__ = [
    "foreign_permanent_id_problem",
    "hk_macao_permit_problem",
    "residence_permit_problem",
    "taiwan_permit_problem",
]

# 港澳台居民居住证 (2018): a 公民身份号码 whose area code is 810000 (Hong Kong),
# 820000 (Macao) or 830000 (Taiwan), with the resident ID's check character.
RESIDENCE_PERMIT_AREAS = ("810000", "820000", "830000")
_ID_SHAPE = re.compile(r"\d{17}[\dX]", re.ASCII)


def residence_permit_problem(text: str, today: date | None = None) -> str | None:
    number = compact_number(text)
    if not number:
        return Msg("请输入居住证号码")
    if len(number) != 18:
        return Msg("港澳台居民居住证号码长度应为18位，现为{count}位", count=len(number))
    if not _ID_SHAPE.fullmatch(number):
        return Msg("港澳台居民居住证号码前17位应为数字，最后一位为数字或X")
    if number[:6] not in RESIDENCE_PERMIT_AREAS:
        return Msg("港澳台居民居住证号码应以810000（香港）、820000（澳门）或830000（台湾）开头")
    return gb11643_rest_problem(number, today)


# 港澳居民来往内地通行证 (回乡证): H (Hong Kong) or M (Macao) and 8 digits since 2013;
# older cards carry 10 digits (the last two count the issues).
_HK_MACAO = re.compile(r"[HM](\d{8}|\d{10})", re.ASCII)


def hk_macao_permit_problem(text: str) -> str | None:
    return _shape_problem(
        text, _HK_MACAO, Msg("港澳居民来往内地通行证号码应为H或M加8位数字（旧版为加10位数字）")
    )


# 台湾居民来往大陆通行证 (台胞证), the card issued since 2015: 8 digits.
_TAIWAN = re.compile(r"\d{8}", re.ASCII)


def taiwan_permit_problem(text: str) -> str | None:
    return _shape_problem(text, _TAIWAN, Msg("台湾居民来往大陆通行证号码应为8位数字"))


def _shape_problem(text: str, shape: re.Pattern[str], wrong: str) -> str | None:
    """A travel permit carries no check character: its number is right when its shape is."""
    number = compact_number(text)
    if not number:
        return Msg("请输入通行证号码")
    return None if shape.fullmatch(number) else wrong


# 外国人永久居留身份证: since 2023-12-01, 18 characters, first 9, the last an
# ISO 7064 MOD 11-2 check character as in the resident ID; the 2017 card's 15
# characters (3 letters for the country, 12 digits) stay valid until it expires.
_FOREIGN_NEW = re.compile(r"9\d{16}[\dX]", re.ASCII)
_FOREIGN_OLD = re.compile(r"[A-Z]{3}\d{12}", re.ASCII)


def foreign_permanent_id_problem(text: str) -> str | None:
    number = compact_number(text)
    if not number:
        return Msg("请输入永久居留身份证号码")
    if _FOREIGN_OLD.fullmatch(number):
        return None
    if len(number) != 18 or not _FOREIGN_NEW.fullmatch(number):
        return Msg(
            "外国人永久居留身份证号码应为18位（以9开头，末位为数字或X），"
            "旧版为15位（3个字母加12位数字）"
        )
    if resident_id_check_char(number[:17]) != number[17]:
        return Msg("永久居留身份证号码校验位不正确，请核对号码")
    return None
