"""What a receipt prints, whatever its layout: its title (电费收据 or 收费凭证), its
rows, amounts in figures and in words, the QR code; shared by the roll, the A5 form
and the void slip."""

from __future__ import annotations

from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal

from reportlab.graphics.barcode.qr import QrCode
from reportlab.lib import colors

from counter_app.domain.money import amount_in_words, format_amount
from counter_app.printing.a5_layout import SUPERVISION_HOTLINE
from counter_app.printing.documents import Receipt, ReceiptLine

__all__ = ["qr_flowable", "qr_payload", "receipt_title", "reprint_mark"]


# Items that make a receipt an electricity receipt (电费收据); any other item
# (a business fee from the fee schedule) makes it a 收费凭证.
ELECTRICITY_ITEMS = frozenset({"电费", "违约金", "预存电费"})
TITLE_ELECTRICITY = "电费收据"
TITLE_FEES = "收费凭证"
TRAINING_NOTE = "培训模式 · 非有效凭证"
KEEP_NOTE = "本凭证为缴费凭据，请妥善保管。"
QR_CAPTION = "扫码验真"
_CENT = Decimal("0.01")


def qr_payload(receipt: Receipt) -> str:
    """The QR code's text: ``receipt_no|total|check_code``, total as 1234.50 (no commas)."""
    total = receipt.total.quantize(_CENT, rounding=ROUND_HALF_UP)
    return f"{receipt.receipt_no}|{total:f}|{receipt.check_code}"


def qr_flowable(value: str, size: float) -> QrCode:
    """A square QR code of ``value``, ``size`` points wide, quiet zone included.

    ReportLab's QR flowable encodes once and draws its modules straight onto
    the canvas (the graphics widget would encode twice and build a shape per
    run of modules): on a receipt printed for every payment that counts.
    """
    return _ClearQr(value, width=size, height=size, qrLevel="M", qrBorder=2)


class _ClearQr(QrCode):
    """A QR code on its own white square, quiet zone included: the 培训 mark drawn
    under a training receipt's content stops at its edge, so the code stays scannable."""

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.setFillColor(colors.white)
        self.canv.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        self.canv.restoreState()
        super().draw()


def receipt_title(receipt: Receipt) -> str:
    """电费收据 when every item is electricity (电费, 违约金, 预存电费), else 收费凭证."""
    if receipt.lines and all(line.item in ELECTRICITY_ITEMS for line in receipt.lines):
        return TITLE_ELECTRICITY
    return TITLE_FEES


def reprint_mark(receipt: Receipt) -> str:
    """补打（第N次） on a reprinted copy; empty on the original."""
    return f"补打（第{receipt.reprint_count}次）" if receipt.reprint_count > 0 else ""


def format_time(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S")


def format_bill_month(bill_month: str) -> str:
    """202610 -> 2026年10月; anything else is printed as it is."""
    if len(bill_month) == 6 and bill_month.isdigit():
        return f"{bill_month[:4]}年{bill_month[4:]}月"
    return bill_month


def yuan(amount: Decimal) -> str:
    """¥1,234.50"""
    return f"¥{format_amount(amount)}"


def words(amount: Decimal) -> str:
    """人民币壹仟贰佰叁拾肆元伍角"""
    return f"人民币{amount_in_words(amount)}"


def line_title(line: ReceiptLine) -> str:
    parts = [format_bill_month(line.bill_month), line.item]
    text = "　".join(part for part in parts if part)
    return f"{text}（{line.note}）" if line.note else text


def meta_rows(receipt: Receipt) -> list[tuple[str, str]]:
    clerk = f"{receipt.clerk}　{receipt.counter}" if receipt.counter else receipt.clerk
    return [
        ("收据号", receipt.receipt_no),
        ("收款时间", format_time(receipt.paid_at)),
        ("收款员", clerk),
    ]


def customer_rows(receipt: Receipt) -> list[tuple[str, str]]:
    return [
        ("户号", receipt.account_no),
        ("户名", receipt.account_name),
        ("地址", receipt.address),
    ]


def payment_rows(receipt: Receipt) -> list[tuple[str, str]]:
    rows = [("支付方式", receipt.method)]
    if receipt.reference:
        rows.append(("交易参考号", receipt.reference))
    if receipt.tendered is not None:
        rows.append(("实收", yuan(receipt.tendered)))
    if receipt.change is not None:
        rows.append(("找零", yuan(receipt.change)))
    if receipt.settle_note:
        rows.append(("日结", receipt.settle_note))
    return rows


def void_rows(receipt: Receipt) -> list[tuple[str, str]]:
    return [
        ("作废原因", receipt.void_reason or "—"),
        ("作废时间", format_time(receipt.voided_at) if receipt.voided_at else "—"),
        ("授权人", receipt.void_by or "—"),
    ]


def footer_parts(receipt: Receipt) -> list[str]:
    parts = []
    if receipt.hall_address:
        parts.append(f"营业厅地址：{receipt.hall_address}")
    if receipt.hall_phone:
        parts.append(f"服务电话：{receipt.hall_phone}")
    parts.append(f"投诉监督电话：{SUPERVISION_HOTLINE}")
    return parts
