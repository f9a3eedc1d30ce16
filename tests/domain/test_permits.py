"""Certificates of people without a resident ID, the area-code list, and normalising."""

from __future__ import annotations

from datetime import date

import pytest

from counter_app.domain import workflow as wf
from counter_app.domain import workflow_file
from counter_app.domain.identity import area_codes, compact_number
from counter_app.domain.permits import (
    foreign_permanent_id_problem,
    hk_macao_permit_problem,
    residence_permit_problem,
    taiwan_permit_problem,
)
from counter_app.resources import resource

TODAY = date(2026, 11, 26)


def with_check(first17: str) -> str:
    """ISO 7064 MOD 11-2, computed here from its definition (weights 2^(17-i) mod 11)."""
    total = sum(int(c) * pow(2, 17 - i, 11) for i, c in enumerate(first17))
    a = (1 - total) % 11
    return first17 + ("X" if a == 10 else str(a))


def wrong_check(number: str) -> str:
    return number[:-1] + ("0" if number[-1] != "0" else "1")


def test_compact_number() -> None:
    assert compact_number(" ９１１１ ００００\u3000ｍａ ") == "91110000MA"
    assert compact_number("h1234\t5678") == "H12345678"


def test_area_list_holds_every_province_and_historic_codes() -> None:
    codes = area_codes()
    provinces = {c[:2] for c in codes}
    # 31 mainland provinces, 台湾 71, 香港 81, 澳门 82 (GB/T 2260).
    assert len(provinces) == 34 and {"11", "65", "71", "81", "82"} <= provinces
    assert {"110103", "110104", "342201", "330106"} <= codes  # 崇文, 宣武 (gone 2010), …
    assert len(codes) > 6000
    head = resource("gbt2260_areas.txt").read_text(encoding="utf-8")[:1200]
    assert "LGPL-2.1-or-later" in head and "python-stdnum" in head


# --- 港澳台居民居住证 ---------------------------------------------------------


@pytest.mark.parametrize(
    "number",
    [
        with_check("81000019800101001"),  # Hong Kong
        with_check("82000019900715002"),  # Macao
        with_check("83000020000229003"),  # Taiwan
        with_check("83000019850101005").lower(),
        "８１００００ " + with_check("81000019800101001")[6:],
    ],
)
def test_valid_residence_permits(number: str) -> None:
    assert residence_permit_problem(number, TODAY) is None


@pytest.mark.parametrize(
    ("number", "message"),
    [
        ("", "请输入居住证号码"),
        (with_check("81000019800101001")[:-1], "长度应为18位，现为17位"),
        (with_check("11010519491231002"), "应以810000（香港）、820000（澳门）或830000（台湾）开头"),
        (with_check("81010019800101001"), "应以810000"),
        (wrong_check(with_check("81000019800101001")), "校验位不正确"),
        (with_check("83000019900230001"), "出生日期无效"),
        ("81000019800101001A", "前17位应为数字"),
    ],
)
def test_invalid_residence_permits(number: str, message: str) -> None:
    problem = residence_permit_problem(number, TODAY)
    assert problem is not None and message in problem


# --- 港澳居民来往内地通行证, 台湾居民来往大陆通行证 -----------------------------------


@pytest.mark.parametrize("number", ["H12345678", "M87654321", "h 1234 5678", "H1234567801"])
def test_valid_hk_macao_permits(number: str) -> None:
    assert hk_macao_permit_problem(number) is None


@pytest.mark.parametrize(
    "number", ["A12345678", "H1234567", "H123456789", "12345678", "HM1234567", "H123456780123"]
)
def test_invalid_hk_macao_permits(number: str) -> None:
    problem = hk_macao_permit_problem(number)
    assert problem is not None and "H或M加8位数字" in problem
    assert hk_macao_permit_problem("") == "请输入通行证号码"


@pytest.mark.parametrize("number", ["12345678", "0000 0001", "１２３４５６７８"])
def test_valid_taiwan_permits(number: str) -> None:
    assert taiwan_permit_problem(number) is None


@pytest.mark.parametrize("number", ["1234567", "123456789", "T1234567", "1234567A"])
def test_invalid_taiwan_permits(number: str) -> None:
    problem = taiwan_permit_problem(number)
    assert problem is not None and "8位数字" in problem


# --- 外国人永久居留身份证 -----------------------------------------------------------


@pytest.mark.parametrize(
    "number",
    [
        with_check("93184019850101001"),  # 2023 card
        with_check("91184019900615002"),
        "USA110085010100",  # 2017 card: 3 letters, 12 digits
        "usa 1100 8501 0100",
    ],
)
def test_valid_foreign_permanent_ids(number: str) -> None:
    assert foreign_permanent_id_problem(number) is None


def test_a_generated_check_character_can_be_x() -> None:
    # Find a body whose check character is X, to show X is accepted in that place.
    body = next(
        f"931840198501010{n:02d}"
        for n in range(100)
        if with_check(f"931840198501010{n:02d}")[-1] == "X"
    )
    assert foreign_permanent_id_problem(with_check(body)) is None


@pytest.mark.parametrize(
    ("number", "message"),
    [
        ("", "请输入永久居留身份证号码"),
        (wrong_check(with_check("93184019850101001")), "校验位不正确"),
        (with_check("13184019850101001"), "以9开头"),  # a resident ID is not this card
        ("US1100850101001", "旧版为15位"),
        ("USA11008501010", "应为18位"),
        ("931840198501010A1", "应为18位"),
    ],
)
def test_invalid_foreign_permanent_ids(number: str, message: str) -> None:
    problem = foreign_permanent_id_problem(number)
    assert problem is not None and message in problem


# --- the wizard's certificate types ---------------------------------------------------

NEW_TYPES = {
    "港澳台居民居住证": ("residence_permit", with_check("82000019900715002")),
    "港澳居民来往内地通行证": ("hk_macao_permit", "M87654321"),
    "台湾居民来往大陆通行证": ("taiwan_permit", "12345678"),
    "外国人永久居留身份证": ("foreign_permanent_id", with_check("93184019850101001")),
}


def test_every_person_certificate_field_offers_the_new_types() -> None:
    definitions = workflow_file.load_definitions(resource("workflows"))
    seen = 0
    for defn in definitions.values():
        for f in defn.fields:
            if f.kind == "choice" and "居民身份证" in f.choices:
                assert set(NEW_TYPES) <= set(f.choices), (defn.code, f.key)
            if f.check_by and "居民身份证" in f.checks:
                seen += 1
                for cert_type, (check, good) in NEW_TYPES.items():
                    assert f.checks[cert_type] == check, (defn.code, f.key)
                    values = {f.check_by: cert_type, f.key: good}
                    assert wf.field_problem(f, values) is None
                    bad = {f.check_by: cert_type, f.key: "A1"}
                    assert wf.field_problem(f, bad) is not None
    assert seen >= 17


def test_a_residence_permit_typed_as_an_id_card_says_which_type_to_choose() -> None:
    from counter_app.domain.identity import resident_id_problem

    problem = resident_id_problem(with_check("83000020000229003"), date(2026, 12, 6))
    assert problem == "以830000开头的是港澳台居民居住证号码：请把证件类型选为“港澳台居民居住证”"
