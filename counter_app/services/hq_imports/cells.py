"""Cell conversions shared by HQ's imports: each cell's problem in Chinese, never a traceback."""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from counter_app.domain.money import MAX_AMOUNT
from counter_app.domain.text import Msg, message_of
from counter_app.services.hq_imports.columns import (
    _CHUNK,
    _METHOD_KEYS,
    MAX_PRICE,
    METHODS,
    T,
)

# Compiled once: a county's list checks 100,000 rows, and re's cache lookup with its flag
# cost ~0.15 s of them.
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)", re.ASCII)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
_DIGITS = re.compile(r"\d+", re.ASCII)
_ACCOUNT_NO = re.compile(r"\d{10,16}", re.ASCII)
_YEAR_MONTH = re.compile(r"(\d{4})(\d{2})", re.ASCII)


class _Bad(Exception):
    """One cell's problem, in Chinese."""


def _shown(value: Any) -> str:
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    return "" if value is None else str(value).strip()


def _text(value: Any, label: str, limit: int, required: bool = True) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = "" if value is None else str(value).strip()
    if required and not text:
        raise _Bad(Msg("{label}为空", label=label))
    if len(text) > limit:
        raise _Bad(Msg("{label}过长（最多{limit}个字）", label=label, limit=limit))
    return text


def _decimal(value: Any, label: str, places: int, limit: Decimal) -> Decimal:
    """An exact Decimal with at most ``places`` decimals, not negative."""
    quantum = Decimal(1).scaleb(-places)
    if value is None or (isinstance(value, str) and not value.strip()):
        raise _Bad(Msg("{label}为空", label=label))
    if isinstance(value, bool):
        raise _Bad(Msg("{label}“{value}”不是数字", label=label, value=value))
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _Bad(Msg("{label}“{value}”不是数字", label=label, value=value))
        exact = Decimal(repr(value))
        if abs(exact - exact.quantize(quantum)) > Decimal("1e-9"):
            raise _Bad(
                Msg("{label}“{value}”超过{places}位小数", label=label, value=value, places=places)
            )
        number = Decimal(str(round(value, places)))
    elif isinstance(value, int | Decimal):
        number = Decimal(value)
    else:
        text = str(value).strip()
        if not _NUMBER.fullmatch(text):
            raise _Bad(Msg("{label}“{text}”不是数字", label=label, text=text))
        number = Decimal(text)
    if not number.is_finite():
        raise _Bad(Msg("{label}“{shown}”不是数字", label=label, shown=_shown(value)))
    if number < 0:
        raise _Bad(Msg("{label}不能为负数：{shown}", label=label, shown=_shown(value)))
    if number > limit:
        raise _Bad(Msg("{label}过大：{shown}", label=label, shown=_shown(value)))
    if number != number.quantize(quantum):
        raise _Bad(
            Msg(
                "{label}“{shown}”超过{places}位小数",
                label=label,
                shown=_shown(value),
                places=places,
            )
        )
    return number.quantize(quantum)


def _money(value: Any, label: str) -> Decimal:
    return _decimal(value, label, 2, MAX_AMOUNT)


def _price(value: Any, label: str) -> Decimal:
    return _decimal(value, label, 4, MAX_PRICE)


def _date(value: Any, label: str) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = _shown(value)
    if not text:
        raise _Bad(Msg("{label}为空", label=label))
    if _ISO_DATE.fullmatch(text):
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
    raise _Bad(
        Msg("{label}“{text}”不是有效日期（应为日期单元格或 yyyy-mm-dd）", label=label, text=text)
    )


def _optional_date(value: Any, label: str) -> date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return _date(value, label)


def _whole(value: Any, label: str) -> int:
    """A non-negative whole number from a number or text cell."""
    if isinstance(value, bool):
        raise _Bad(Msg("{label}“{value}”不是整数", label=label, value=value))
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        number = value
    else:
        text = _shown(value)
        if not text:
            raise _Bad(Msg("{label}为空", label=label))
        if not _DIGITS.fullmatch(text):
            raise _Bad(Msg("{label}“{text}”不是非负整数", label=label, text=text))
        number = int(text)
    if number < 0:
        raise _Bad(Msg("{label}不能为负数：{number}", label=label, number=number))
    if number > 10**12:
        raise _Bad(Msg("{label}过大：{number}", label=label, number=number))
    return number


def _account_no(value: Any) -> str:
    """户号 as HQ wrote it, text. A number cell is refused: Excel keeps no leading zero in
    a number (010000000001 becomes 10000000001, another account), so what was meant
    cannot be told."""
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        shown = f"{int(value)}" if isinstance(value, float) and value.is_integer() else value
        raise _Bad(
            Msg(
                "户号 {shown} 是数字单元格，不是文本：数字会丢掉开头的 0"
                "（如 010000000001 会变成 10000000001），无法确定原来的户号。"
                "请总部把户号列设为“文本”格式后重新导出清单",
                shown=shown,
            )
        )
    text = _shown(value)
    if not _ACCOUNT_NO.fullmatch(text):
        raise _Bad(Msg("户号“{text}”应为10至16位数字", text=text))
    return text


def _method(value: Any) -> str:
    text = re.sub(r"\s+", "", _shown(value))
    method = _METHOD_KEYS.get(text.lower())
    if method is None:
        raise _Bad(
            Msg("计费方式“{shown}”应为 {methods}", shown=_shown(value), methods=" / ".join(METHODS))
        )
    return method


def _trim(price: Decimal) -> Decimal:
    """The same value with the decimals it needs, at least two (0.5380 → 0.538)."""
    normal = price.normalize()
    exponent = normal.as_tuple().exponent
    if isinstance(exponent, int) and exponent > -2:
        return price.quantize(Decimal("0.01"))
    return normal


class _Cells:
    """Converts one row's cells, collecting each cell's problem instead of stopping."""

    def __init__(self, row: int, problems: list[tuple[int, str]], prefix: str = "") -> None:
        self.row = row
        self.problems = problems
        self.prefix = prefix
        self.ok = True

    def get(self, convert: Any, *args: Any) -> Any:
        try:
            return convert(*args)
        except _Bad as bad:
            self.fail(message_of(bad))
            return None

    def fail(self, reason: str) -> None:
        self.ok = False
        self.problems.append((self.row, Msg("{prefix}{reason}", prefix=self.prefix, reason=reason)))


def _chunks(values: Sequence[T]) -> Iterator[Sequence[T]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


def _sha256(path: Path) -> str:
    with path.open("rb") as file:
        return hashlib.file_digest(file, "sha256").hexdigest()
