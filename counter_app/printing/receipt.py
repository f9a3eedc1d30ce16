"""Receipts (电费收据 / 收费凭证), rendered with ReportLab: ``render_receipt`` and the
receipt on the 80 mm roll (roll_layout.py); the content is receipt_content.py.

Two layouts of the same content, chosen per PC:

- ``"80mm"``: a roll for thermal receipt printers (roll_layout.py).
- ``"A5"``: the same content as a form with tables, like the acceptance slip
  (receipt_form.py, on a5_layout.py).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from counter_app.domain.money import format_amount
from counter_app.printing.documents import Receipt, ReceiptLine
from counter_app.printing.files import write_atomically
from counter_app.printing.receipt_content import (
    KEEP_NOTE,
    QR_CAPTION,
    TRAINING_NOTE,
    customer_rows,
    footer_parts,
    line_title,
    meta_rows,
    payment_rows,
    qr_flowable,
    qr_payload,
    receipt_title,
    reprint_mark,
    void_rows,
    words,
    yuan,
)
from counter_app.printing.receipt_form import write_receipt_form
from counter_app.printing.roll_layout import (
    ROW_GAP,
    Boxed,
    Fields,
    Overlay,
    Roll,
    RollMeta,
    RollStyles,
    Rule,
    Stack,
    Text,
    roll_styles,
)
from counter_app.printing.void_stamp import VOID_MARK

__all__ = ["LAYOUTS", "ROLL_QR_SIZE", "render_receipt"]


LAYOUTS = ("80mm", "A5")
ROLL_QR_SIZE = 26 * mm


def render_receipt(receipt: Receipt, path: Path, layout: str = "80mm") -> Path:
    """Render ``receipt`` to a PDF at ``path`` (written atomically); return ``path``.

    ``layout`` is ``"80mm"`` (roll) or ``"A5"`` (form).
    """
    if layout == "80mm":
        st = roll_styles()
        title = receipt_title(receipt)
        roll = _receipt_roll(receipt, title, st)
        meta = RollMeta(f"{title} {receipt.receipt_no}", receipt.hall_name, title)
        return write_atomically(Path(path), lambda fh: roll.write(fh, meta, receipt.training))
    if layout == "A5":
        return write_atomically(Path(path), lambda fh: write_receipt_form(fh, receipt))
    raise ValueError(f"未知的收据版式：{layout}（应为 {' 或 '.join(LAYOUTS)}）")


class _Items(Flowable):
    """The items: a head row, then per item its month and name, and under them
    本金, 违约金 and 合计 in right-aligned columns."""

    # Widths of the three amount columns, right to left (合计, 违约金, 本金); a
    # column widens when its figures need it (a business customer's 1,234,567.89).
    MIN_COLUMNS = (20 * mm, 17 * mm, 17 * mm)
    COLUMN_GAP = 4
    HEAD = ("年月/项目", "本金", "违约金", "合计")
    ITEM_GAP = 2.5

    def __init__(self, lines: tuple[ReceiptLine, ...], st: RollStyles) -> None:
        super().__init__()
        self._st = st
        self._titles = [Text(line_title(line), st.item) for line in lines]
        self._figures = [
            (
                format_amount(line.principal),
                format_amount(line.late_fee),
                format_amount(line.amount),
            )
            for line in lines
        ]

    def _right_edges(self, width: float) -> tuple[float, float, float]:
        """Right edges of the 本金, 违约金 and 合计 columns."""
        st = self._st
        edges = []
        right = width
        for column, minimum in zip((2, 1, 0), self.MIN_COLUMNS, strict=True):
            edges.append(right)
            widest = max(
                (
                    stringWidth(f[column], st.amount.fontName, st.amount.fontSize)
                    for f in self._figures
                ),
                default=0.0,
            )
            right -= max(minimum, widest + self.COLUMN_GAP)
        return edges[2], edges[1], edges[0]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        st = self._st
        self.width = availWidth
        self._edges = self._right_edges(availWidth)
        self._title_heights = [title.wrap(availWidth, availHeight)[1] for title in self._titles]
        head = st.head.leading + 2.5
        per_item = self.ITEM_GAP + st.amount.leading + ROW_GAP
        self.height = head + sum(h + per_item for h in self._title_heights)
        return self.width, self.height

    def draw(self) -> None:
        canvas, st = self.canv, self._st
        y = self.height - st.head.fontSize
        canvas.setFillColor(st.head.textColor)
        canvas.setFont(st.head.fontName, st.head.fontSize)
        canvas.drawString(0, y, self.HEAD[0])
        for right, text in zip(self._edges, self.HEAD[1:], strict=True):
            canvas.drawRightString(right, y, text)
        top = self.height - st.head.leading - 1
        canvas.setLineWidth(0.5)
        canvas.line(0, top, self.width, top)
        top -= 1.5
        for title, height, figures in zip(
            self._titles, self._title_heights, self._figures, strict=True
        ):
            top -= self.ITEM_GAP + height
            title.drawOn(canvas, 0, top)
            canvas.setFont(st.amount.fontName, st.amount.fontSize)
            canvas.setFillColor(st.amount.textColor)
            baseline = top - st.amount.fontSize
            for right, text in zip(self._edges, figures, strict=True):
                canvas.drawRightString(right, baseline, text)
            top -= st.amount.leading + ROW_GAP


def amount_line(label: str, amount: Decimal, st: RollStyles) -> Stack:
    """合计金额 … ¥1,234.50: the label small at the left, the figure large at the right,
    on one baseline."""
    return Overlay([Text(label, st.total_label), Text(yuan(amount), st.total)])


def _void_box(receipt: Receipt, st: RollStyles) -> Boxed:
    return Boxed([Text(f"本收据已{VOID_MARK}", st.void_head), Fields(void_rows(receipt), st)])


def roll_header(roll: Roll, receipt: Receipt, title: str, st: RollStyles) -> None:
    roll.add(Text(receipt.hall_name, st.hall))
    roll.add(Text(title, st.title), space=2)
    if receipt.training:
        roll.add(Text(TRAINING_NOTE, st.note), space=1)


def roll_footer(roll: Roll, receipt: Receipt, st: RollStyles) -> None:
    roll.add(Rule(), space=4)
    for part in [KEEP_NOTE, *footer_parts(receipt)]:
        roll.add(Text(part, st.footer), space=1.5)


def _receipt_roll(receipt: Receipt, title: str, st: RollStyles) -> Roll:
    roll = Roll(st)
    roll_header(roll, receipt, title, st)
    mark = reprint_mark(receipt)
    if mark:
        roll.add(Boxed([Text(mark, st.mark)], line_width=1.5), space=4)
    roll.add(Fields(meta_rows(receipt), st, first_style=st.number), space=5)
    roll.add(Rule(), space=3)
    roll.add(Fields(customer_rows(receipt), st), space=4)
    roll.add(Rule(), space=3)
    roll.add(_Items(receipt.lines, st), space=4)
    roll.add(Rule(dash=()), space=3)
    if receipt.voided:
        roll.stamp_over_following()
    roll.add(amount_line("合计金额", receipt.total, st), space=3)
    roll.add(Fields([("大写", words(receipt.total))], st, st.words), space=2)
    roll.add(Fields(payment_rows(receipt), st), space=4)
    if receipt.voided:
        roll.stamp_end()
        roll.add(_void_box(receipt, st), space=5)
    roll.add(qr_flowable(qr_payload(receipt), ROLL_QR_SIZE), space=5, align="center")
    roll.add(Text(f"{QR_CAPTION}　校验码：{receipt.check_code}", st.caption))
    roll_footer(roll, receipt, st)
    return roll
