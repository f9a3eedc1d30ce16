"""Masking of names, ID numbers and phone numbers (domain.md, identity checks)."""

from __future__ import annotations

import pytest

from counter_app.domain.masking import (
    mask_account,
    mask_address,
    mask_id,
    mask_name,
    mask_phone,
)


@pytest.mark.parametrize(
    ("name", "masked"),
    [
        ("张三丰", "张**"),
        ("张三", "张*"),
        ("张", "张"),
        ("", ""),
        ("  张三  ", "张*"),
        ("欧阳娜娜", "欧***"),
        ("买买提·艾力", "买*****"),
        ("国网某某供电所", "国******"),
    ],
)
def test_mask_name(name: str, masked: str) -> None:
    assert mask_name(name) == masked


@pytest.mark.parametrize(
    ("number", "masked"),
    [
        ("11010519491231002X", "110105********002X"),
        ("110105194912310021", "110105********0021"),
        ("110105491231002", "110105*****1002"),  # old 15-digit ID
        ("91350100M000100Y43", "913501********0Y43"),  # credit code
        ("E12345678", "E*******8"),  # passport: shorter than 11
        ("12345678901", "123456*8901"),  # exactly 11
        ("1234567890", "1********0"),  # 10: first and last only
        ("abc", "a*c"),
        ("ab", "a*"),  # too short for both ends: keep less, not all
        ("a", "a"),
        ("", ""),
    ],
)
def test_mask_id(number: str, masked: str) -> None:
    assert mask_id(number) == masked


@pytest.mark.parametrize(
    ("number", "masked"),
    [
        ("13812341234", "138****1234"),
        ("+8613812341234", "138****1234"),
        ("+86 138-1234-1234", "138****1234"),
        ("8613812341234", "138****1234"),
        ("057187654321", "057*******21"),  # landline
        ("0571-87654321", "057*******21"),
        ("12812341234", "128******34"),  # not a mobile: 3 + 2
        ("95598", "9****"),  # too short for 3 + 2
        ("", ""),
    ],
)
def test_mask_phone(number: str, masked: str) -> None:
    assert mask_phone(number) == masked


@pytest.mark.parametrize(
    ("number", "masked"),
    [
        ("330101000777", "3301****0777"),
        (" 330101000777 ", "3301****0777"),
        ("1234567890", "1234**7890"),  # 10: still 4 + 4
        ("123456789", "1*******9"),  # shorter: first and last only
        ("12", "1*"),
        ("", ""),
    ],
)
def test_mask_account(number: str, masked: str) -> None:
    assert mask_account(number) == masked


@pytest.mark.parametrize(
    "value",
    ["张三丰", "11010519491231002X", "13812341234", "057187654321", "ab", "95598"],
)
def test_masking_never_shows_a_value_whole(value: str) -> None:
    for mask in (mask_name, mask_id, mask_phone, mask_account):
        assert mask(value) != value
        assert len(mask(value)) == len(value)


@pytest.mark.parametrize(
    ("address", "masked"),
    [
        ("城关镇人民路100号3单元", "城关镇人民路****"),
        ("城关镇幸福村5组12号", "城关镇幸福村****"),
        ("城关镇 光明路 3号", "城关镇光明路****"),
        ("某某大厦18楼", "某某****"),  # no road or village: the first third
        ("人民路", "人****"),  # nothing after the road: still not shown whole
        ("", ""),
    ],
)
def test_mask_address(address: str, masked: str) -> None:
    assert mask_address(address) == masked
