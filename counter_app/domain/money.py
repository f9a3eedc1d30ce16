"""Money: Decimal in code, integer fen in storage, Chinese capitals on receipts.

A float never holds money here: every conversion goes through str or int so
that it is exact (DESIGN.md, "Choices already made").
"""

from __future__ import annotations

import re
import unicodedata
from decimal import ROUND_HALF_UP, Decimal, localcontext

import cn2an

from counter_app.domain.text import Msg

__all__ = [
    "MAX_AMOUNT",
    "MAX_QUANTITY",
    "MoneyError",
    "amount_in_words",
    "format_amount",
    "from_fen",
    "parse_amount",
    "parse_quantity",
    "to_fen",
]

# 16 integer digits: the most cn2an can write in capitals, and as fen
# (18 digits) it still fits a signed 64-bit BigInteger column.
MAX_AMOUNT = Decimal("9999999999999999.99")

_CENT = Decimal("0.01")

# A fee's count (kVA, metres, times): far above any real one, low enough that
# price × quantity stays exact.
MAX_QUANTITY = Decimal(1_000_000)
_QUANTITY_RE = re.compile(r"\d+(?:\.\d+)?", re.ASCII)

# Integer part either plain ("1409") or grouped by thousands ("1,409"),
# then an optional fraction. re.ASCII: Decimal() would otherwise accept
# other scripts' digits (e.g. Arabic-Indic), which a clerk never means.
_AMOUNT_RE = re.compile(
    r"(?P<int>\d{1,3}(?:,\d{3})+|\d+)?(?:\.(?P<frac>\d+))?",
    re.ASCII,
)
_CURRENCY_PREFIXES = ("¥", "RMB", "CNY")
_CURRENCY_SUFFIXES = ("元",)


class MoneyError(ValueError):
    """An amount the clerk typed or the app computed cannot be used.

    str() is a Chinese message meant to be shown to the clerk as it is.
    """


def _require_decimal(amount: Decimal) -> None:
    # Typing already forbids float; this catches callers that bypass it,
    # because a float that slips in here would silently lose fen.
    if not isinstance(amount, Decimal):
        raise TypeError(f"amount must be Decimal, not {type(amount).__name__}")


def _require_finite(amount: Decimal) -> None:
    if not amount.is_finite():
        raise MoneyError(Msg("金额无效：{amount}", amount=amount))


def _to_cents(amount: Decimal) -> Decimal:
    """Round to whole fen, half up (the rounding clerks and receipts expect)."""
    with localcontext() as ctx:
        # Room for every digit so quantize never fails on a large amount.
        ctx.prec = max(ctx.prec, amount.adjusted() + 4)
        return amount.quantize(_CENT, rounding=ROUND_HALF_UP)


def to_fen(amount: Decimal) -> int:
    """Exact number of fen in ``amount``; MoneyError if it is not whole fen.

    Negative amounts are allowed (reversals); 1.230 is fine, 1.235 is not.
    """
    _require_decimal(amount)
    _require_finite(amount)
    sign, digits, exponent = amount.as_tuple()
    assert isinstance(exponent, int)  # finite, so never 'n'/'N'/'F'
    coefficient = int("".join(map(str, digits))) if digits else 0
    shift = exponent + 2
    fen: int  # int ** int is typed Any (a negative power gives float)
    if shift >= 0:
        fen = coefficient * 10**shift
    else:
        fen, rest = divmod(coefficient, 10**-shift)
        if rest:
            raise MoneyError(Msg("金额最多保留两位小数（到分）：{amount}", amount=amount))
    return -fen if sign else fen


def from_fen(fen: int) -> Decimal:
    """Decimal yuan with exactly two decimal places, e.g. 140950 -> 1409.50."""
    if not isinstance(fen, int) or isinstance(fen, bool):
        raise TypeError(f"fen must be int, not {type(fen).__name__}")
    # Built from a string, so exact for any size (no context rounding).
    return Decimal(f"{fen}E-2")


def parse_amount(text: str) -> Decimal:
    """Read an amount a clerk typed: "1,409.5", "¥12", " 3 ", "１２元".

    Returns a non-negative Decimal with two decimal places. Full-width
    characters from a Chinese input method are accepted (NFKC).
    """
    original = text
    cleaned = unicodedata.normalize("NFKC", text).strip()
    if not cleaned:
        raise MoneyError("请输入金额")
    upper = cleaned.upper()
    for prefix in _CURRENCY_PREFIXES:
        if upper.startswith(prefix):
            cleaned = cleaned[len(prefix) :].strip()
            break
    for suffix in _CURRENCY_SUFFIXES:
        if cleaned.endswith(suffix):
            cleaned = cleaned[: -len(suffix)].strip()
            break
    if cleaned.startswith(("-", "−")):
        raise MoneyError(Msg("金额不能为负数：{original}", original=original.strip()))
    cleaned = cleaned.removeprefix("+")
    match = _AMOUNT_RE.fullmatch(cleaned)
    if match is None or (match["int"] is None and match["frac"] is None):
        raise MoneyError(
            Msg("金额格式不正确：{original}（应为如 1,409.50 的数字）", original=original.strip())
        )
    integer = (match["int"] or "0").replace(",", "")
    fraction = match["frac"] or ""
    if len(fraction) > 2:
        raise MoneyError(
            Msg("金额格式不正确：{original}（最多两位小数，到分）", original=original.strip())
        )
    amount = Decimal(f"{integer}.{fraction.ljust(2, '0')}")
    if amount > MAX_AMOUNT:
        raise MoneyError(Msg("金额过大：{original}", original=original.strip()))
    return amount


def parse_quantity(text: str) -> Decimal:
    """Read a fee's quantity a clerk typed ("2", "0.5", "３１５"): positive, at most two
    decimals, at most MAX_QUANTITY; no exponents, NaN or Infinity."""
    original = text.strip()
    cleaned = unicodedata.normalize("NFKC", text).strip()
    if not _QUANTITY_RE.fullmatch(cleaned):
        raise MoneyError(
            Msg("数量格式不正确：{original}（应为如 2 或 0.5 的数字）", original=original)
        )
    quantity = Decimal(cleaned)
    # Compared first: quantize would fail on a 40-digit quantity.
    if quantity > MAX_QUANTITY or quantity != quantity.quantize(_CENT):
        raise MoneyError(
            Msg("数量不正确：{original}（最多两位小数，且不超过一百万）", original=original)
        )
    if quantity <= 0:
        raise MoneyError(Msg("数量应大于0：{original}", original=original))
    return quantity


def format_amount(amount: Decimal) -> str:
    """Figures for screens and receipts: 1409.5 -> "1,409.50" (half up to fen)."""
    _require_decimal(amount)
    _require_finite(amount)
    cents = _to_cents(amount)
    if cents.is_zero():
        cents = abs(cents)  # no "-0.00" on a receipt
    return f"{cents:,.2f}"


def amount_in_words(amount: Decimal) -> str:
    """Amount in Chinese capitals for receipts, e.g. 1409.50 -> 壹仟肆佰零玖元伍角.

    Rounded half up to fen first. cn2an follows the rules of
    《正确填写票据和结算凭证的基本规定》; where they allow two forms it
    writes the shorter one (10,001,000 -> 壹仟万壹仟元整, 1,680.32 ->
    壹仟陆佰捌拾元叁角贰分), which the rules explicitly permit.
    """
    _require_decimal(amount)
    _require_finite(amount)
    cents = _to_cents(amount)
    if cents < 0:
        raise MoneyError(
            Msg("负数金额不能写成大写：{format_amount}", format_amount=format_amount(amount))
        )
    cents = abs(cents)  # -0.00 would otherwise come out as 负零元整
    if cents > MAX_AMOUNT:
        raise MoneyError(
            Msg("金额过大，无法写成大写：{format_amount}", format_amount=format_amount(amount))
        )
    words: str = cn2an.an2cn(format(cents, "f"), "rmb")
    return words
