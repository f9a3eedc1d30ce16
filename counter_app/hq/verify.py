"""HQ's check of a receipt (扫码验真): is it one a hall issued, for that amount?

A receipt's QR code carries ``收据号|合计|校验码`` (printing/receipt_content.qr_payload);
the check code is keyed with the hall's secret (services/payments.check_code), which HQ
does not hold. HQ holds what the halls sent: since format_version 2 every 收费明细 line
carries its receipt's 校验码, so a receipt is checked against HQ's loaded data
(``hq-load``'s database), never by recomputing the code:

- 真收据 (genuine): the number is loaded, the amount is the receipt's total (the sum of
  its lines' 合计) and, when given, the check code is the one the hall sent;
- 不是真收据 (not genuine): the number is loaded but the amount or the check code differs;
- 已作废 (voided): a real receipt, voided at the hall since (the latest batch says so);
- 无法判断 (unknown): HQ has not loaded that receipt (a batch not yet sent or loaded, or
  a number no hall issued), or it came in a version-1 batch without 校验码 and a code
  was given.

The QR text or the number and amount typed from the paper (the check code optional).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from counter_app.services.errors import UserError

__all__ = ["GENUINE", "NOT_GENUINE", "UNKNOWN", "VOIDED", "Verdict", "parse_qr", "verify"]

GENUINE, NOT_GENUINE, VOIDED, UNKNOWN = "真收据", "不是真收据", "已作废", "无法判断"
# hq-verify's exit status for each verdict (1 is an error).
EXIT_CODES = {GENUINE: 0, NOT_GENUINE: 2, VOIDED: 2, UNKNOWN: 3}
_SHEET = "收费明细"
_LOADS = "载入批次"  # load.LOADS_TABLE (not imported: that would load the whole loader)


@dataclass(frozen=True)
class Verdict:
    status: str  # GENUINE, NOT_GENUINE, VOIDED or UNKNOWN
    receipt_no: str
    reasons: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        return [f"收据 {self.receipt_no}：{self.status}", *(f"  {r}" for r in self.reasons)]


def _amount(text: str) -> Decimal:
    try:
        amount = Decimal(text.strip().replace(",", "").lstrip("¥￥"))
    except InvalidOperation:
        raise UserError("金额“{text}”不是数字", text=text) from None
    if not amount.is_finite():
        raise UserError("金额“{text}”不是数字", text=text)
    return amount


def parse_qr(text: str) -> tuple[str, Decimal, str]:
    """(收据号, 合计, 校验码) from a receipt's QR text, ``收据号|合计|校验码``."""
    parts = text.strip().split("|")
    if len(parts) != 3 or not all(p.strip() for p in parts):
        raise UserError(
            "二维码内容“{text}”不是收据的格式（应为 收据号|合计|校验码）", text=text[:80]
        )
    return parts[0].strip(), _amount(parts[1]), parts[2].strip().upper()


def verify(
    url: str,
    *,
    qr: str | None = None,
    receipt_no: str | None = None,
    amount: str | None = None,
    code: str | None = None,
) -> Verdict:
    """The verdict on one receipt against the database at ``url`` (see the module doc):
    from its QR text, or its number and amount (and check code) typed from the paper."""
    if qr:
        number, total, given_code = parse_qr(qr)
    elif receipt_no and amount:
        number, total = receipt_no.strip(), _amount(amount)
        given_code = (code or "").strip().upper()
    else:
        raise UserError("请给出收据二维码的内容，或收据号和金额")
    rows, loaded = _lookup(url, number)
    if not rows:
        return Verdict(UNKNOWN, number, [_not_loaded(number, loaded)])
    lines_total = sum((Decimal(str(r[0])) for r in rows if r[0] is not None), Decimal(0))
    codes = {r[2] or "" for r in rows}
    stored_code = codes.pop() if len(codes) == 1 else ""
    hall, batch = rows[0][3], rows[0][4]
    source = f"营业厅 {hall} 第 {int(batch):04d} 批"
    reasons = []
    if lines_total != total:
        reasons.append(f"金额不符：收据上为 {total:.2f}，{source}中该收据合计 {lines_total:.2f}")
    if given_code and stored_code and given_code != stored_code:
        reasons.append(f"校验码不符：收据上为 {given_code}，与营业厅报送的不同")
    if reasons:
        return Verdict(NOT_GENUINE, number, reasons)
    if given_code and not stored_code:
        return Verdict(
            UNKNOWN,
            number,
            [f"收据号和金额与{source}相符，但该批次为旧格式，没有校验码，无法核对校验码"],
        )
    checked = "收据号、金额和校验码" if given_code else "收据号和金额（未核对校验码）"
    if any(r[1] == "作废" for r in rows):
        return Verdict(VOIDED, number, [f"{checked}与{source}相符，但该收据已作废，不再有效"])
    return Verdict(GENUINE, number, [f"{checked}与{source}相符"])


def _lookup(url: str, number: str) -> tuple[list[Any], dict[str, Any]]:
    """The receipt's lines (合计, 状态, 校验码, 来源营业厅, 来源批次) and, per hall, the
    last day HQ has loaded."""
    from sqlalchemy import create_engine, inspect, text
    from sqlalchemy.exc import SQLAlchemyError

    if "://" not in url:  # a plain path: a SQLite file, as hq-load takes it
        path = Path(url).expanduser().resolve()
        if not path.is_file():
            raise UserError("总部数据库 {path} 不存在：请先用 hq-load 载入营业厅的批次", path=path)
        url = f"sqlite:///{path}"
    try:
        engine = create_engine(url)
    except Exception as exc:
        raise UserError("数据库地址无法使用：{exc}", exc=exc) from None
    try:
        with engine.connect() as conn:
            names = set(inspect(conn).get_table_names())
            if not {_SHEET, _LOADS} <= names:
                raise UserError("该数据库中没有载入的营业厅数据：请先用 hq-load 载入")
            has_code = "校验码" in {c["name"] for c in inspect(conn).get_columns(_SHEET)}
            code = '"校验码"' if has_code else "''"
            rows = conn.execute(
                text(
                    f'SELECT "合计", "状态", {code}, "来源营业厅", "来源批次" FROM "{_SHEET}" '
                    'WHERE "收据号" = :n AND "来源营业厅" = :hall'
                ),
                # A receipt number starts with its hall's code: a line another hall
                # reported under the same number is not this receipt's.
                {"n": number, "hall": number.split("-", 1)[0]},
            ).all()
            loaded: dict[str, Any] = {
                str(hall): last
                for hall, last in conn.execute(
                    text(f'SELECT "营业厅编码", MAX("截止日期") FROM "{_LOADS}" GROUP BY 1')
                )
            }
    except SQLAlchemyError as exc:
        raise UserError("读取总部数据库失败：{exc}", exc=exc) from None
    finally:
        engine.dispose()
    return list(rows), loaded


def _not_loaded(number: str, loaded: dict[str, Any]) -> str:
    hall = number.split("-", 1)[0]
    if hall not in loaded:
        return f"总部尚未载入营业厅 {hall} 的任何批次，不能判断：请在营业厅报送后再查"
    last = loaded[hall]
    day = str(last)[:10] if last is not None else "?"
    return (
        f"总部载入的营业厅 {hall} 批次（截至 {day}）中没有这张收据：可能在尚未报送的批次中，"
        "也可能不是营业厅开出的收据，请向营业厅核实"
    )
