"""The number series table: each format round-trips through its parser."""

from datetime import date

import pytest

from counter_app.domain import numbers

DAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("series", "counter", "expected"),
    [
        (numbers.RECEIPTS, "3", "330101-03-20261206-0017"),
        (numbers.APPLICATIONS, "", "330101-20261206-0017"),
        (numbers.VISITS, "", "330101-V20261206-0017"),
        (numbers.SETTLEMENTS, "", "330101-RJ20261206-017"),
    ],
)
def test_daily_series_round_trip(series: numbers.NumberSeries, counter: str, expected: str) -> None:
    assert series.format("330101", 17, DAY, counter) == expected
    parsed = series.parse(expected)
    assert parsed is not None
    assert (parsed.hall, parsed.day, parsed.n) == ("330101", "20261206", 17)
    assert series.check(expected, "330101")
    assert not series.check(expected, "330102")
    assert series.sequence_name("330101", DAY, counter).startswith(series.prefix)


def test_sequence_names_are_the_services_own() -> None:
    assert numbers.RECEIPTS.sequence_name("330101", DAY, "1") == "receipt:330101:1:20261206"
    assert numbers.VISITS.sequence_name("330101", DAY) == "visit:330101:20261206"
    assert numbers.ACCOUNTS.sequence_name("330101") == "account:330101"


def test_account_numbers_carry_the_hall_digits() -> None:
    assert numbers.ACCOUNTS.format("330101", 42) == "330101000042"
    assert numbers.ACCOUNTS.format("HZ01", 42) == "010000000042"
    assert numbers.ACCOUNTS.check("330101000042", "330101")
    assert numbers.ACCOUNTS.parse("3301010000") is None


def test_a_bad_number_does_not_parse() -> None:
    assert numbers.VISITS.parse("330101-20261206-0001") is None
    assert numbers.SETTLEMENTS.parse("330101-RJ2026-001") is None


def test_an_issued_application_number_is_told_from_other_text() -> None:
    issued = numbers.APPLICATIONS.format("330101", 17, DAY)
    assert numbers.ISSUED_APPLICATION_NO.fullmatch(issued)
    # The hall code as setting up a hall accepts it, and four digits or more.
    assert not numbers.ISSUED_APPLICATION_NO.fullmatch("330-20261206-0017")
    assert not numbers.ISSUED_APPLICATION_NO.fullmatch("330101-20261206-017")
    assert not numbers.ISSUED_APPLICATION_NO.fullmatch("330101-2026126-0017")
    assert numbers.HALL_CODE.fullmatch("SH01") and not numbers.HALL_CODE.fullmatch("上海一厅")


@pytest.mark.parametrize(
    ("name", "kind", "where"),
    [
        ("receipt:330101:1:20261206", "receipt:330101:1:*", "2026-12-06 1号柜台"),
        ("visit:330101:20261206", "visit:330101:*", "2026-12-06"),
        ("ticket:330101:20261206:A", "ticket:330101:*:A", "2026-12-06 A"),
        ("announcement:330101:2026", "announcement:330101:*", "2026"),
        ("account:330101", "account:330101", ""),
    ],
)
def test_a_sequence_name_read_back(name: str, kind: str, where: str) -> None:
    assert numbers.sequence_kind(name) == kind
    assert numbers.sequence_where(name) == where
