"""The void slip (作废凭证): printed on the 80 mm roll when a receipt is voided; the
receipt's number stays reserved and is never used again."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm

from counter_app.printing.documents import Receipt
from counter_app.printing.files import write_atomically
from counter_app.printing.receipt import amount_line, roll_footer, roll_header
from counter_app.printing.receipt_content import (
    format_time,
    void_rows,
    words,
)
from counter_app.printing.roll_layout import (
    ROLL_CONTENT_WIDTH,
    Boxed,
    Fields,
    Roll,
    RollMeta,
    RollStyles,
    Rule,
    Text,
    roll_styles,
)
from counter_app.printing.void_stamp import VOID_MARK

__all__ = ["VOID_SLIP_TITLE", "render_void_slip"]


VOID_SLIP_TITLE = "作废凭证"


def render_void_slip(receipt: Receipt, path: Path) -> Path:
    """Render the 80 mm void slip (作废凭证) of a voided ``receipt``; return ``path``."""
    if not receipt.voided:
        raise ValueError(f"收据 {receipt.receipt_no} 未作废，不能打印作废凭证")
    st = roll_styles()
    roll = _void_slip_roll(receipt, st)
    meta = RollMeta(f"{VOID_SLIP_TITLE} {receipt.receipt_no}", receipt.hall_name, VOID_SLIP_TITLE)
    return write_atomically(Path(path), lambda fh: roll.write(fh, meta, receipt.training))


def _void_slip_roll(receipt: Receipt, st: RollStyles) -> Roll:
    roll = Roll(st)
    roll_header(roll, receipt, VOID_SLIP_TITLE, st)
    banner = [Text(f"原收据已{VOID_MARK}", st.void_head), Text("收据号码保留，不再使用", st.note)]
    roll.add(Boxed(banner, line_width=1.5), space=4)
    clerk = f"{receipt.clerk}　{receipt.counter}" if receipt.counter else receipt.clerk
    rows = [
        ("原收据号", receipt.receipt_no),
        ("原收款时间", format_time(receipt.paid_at)),
        ("原收款员", clerk),
        ("户号", receipt.account_no),
        ("户名", receipt.account_name),
        ("支付方式", receipt.method),
    ]
    roll.add(Fields(rows, st, first_style=st.number), space=5)
    roll.add(Rule(), space=3)
    roll.add(amount_line("原收据金额", receipt.total, st), space=4)
    roll.add(Fields([("大写", words(receipt.total))], st, st.words), space=2)
    roll.add(Rule(), space=3)
    roll.add(Fields(void_rows(receipt), st), space=4)
    roll.add(Fields([("授权人签字", "")], st), space=14)
    roll.add(Rule(width=ROLL_CONTENT_WIDTH - 20 * mm, dash=()), align="right")
    roll_footer(roll, receipt, st)
    return roll
