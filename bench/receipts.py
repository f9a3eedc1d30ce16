"""80 mm receipts through the app's receipt code, against bare ReportLab in the same run.

For each of N receipts (varied: one to four items, cash, bank card or mobile
payment, some reprints, some voided), the app renders it with
``render_receipt(..., layout="80mm")`` (styles, layout, QR code, atomic write
to a file) and bare ReportLab draws the same strings with ``Canvas.drawString``
in the same registered TrueType font, on a page of the same size, and the same
QR code from ReportLab's encoder as canvas rectangles (one per run of dark
modules, as the app draws it), saved to a file: no platypus, no wrapping, no
tables. The two
alternate receipt by receipt, so machine noise hits both alike.

    python bench/receipts.py [--count 1000] [--keep DIR]

Budget: the app's median per receipt is at most 1.5x the bare median.
"""

from __future__ import annotations

import argparse
import itertools
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

from reportlab.graphics.barcode import qrencoder
from reportlab.pdfgen.canvas import Canvas

from counter_app.domain.money import amount_in_words, format_amount
from counter_app.printing.documents import Receipt, ReceiptLine
from counter_app.printing.fonts import register_cjk_font
from counter_app.printing.receipt import ROLL_QR_SIZE, render_receipt
from counter_app.printing.receipt_content import qr_payload, receipt_title, reprint_mark
from counter_app.printing.roll_layout import ROLL_MARGIN, ROLL_WIDTH

BUDGET_RATIO = 1.5
WARM_UP = 5

ADDRESSES = (
    "杭州市西湖区古荡街道文二西路18号3幢2单元501室",
    "杭州市西湖区三墩镇西园八路与振华路交叉口紫金港科技城创新创业园区北区七号楼一层",
    "杭州市西湖区留下街道屏基山路6号",
)
METHODS = ("现金", "银行卡", "移动支付")
FEES = ("电能表校验费", "复电费", "低压居民新装工本费")


def sample_receipts(count: int) -> list[Receipt]:
    """``count`` receipts as a busy counter would print them, all different."""
    start = datetime(2026, 10, 15, 8, 30)
    receipts = []
    for i in range(count):
        lines = []
        for k in range(1 + i % 4):
            if k == 3:
                fee = Decimal(f"{20 + i % 80}.00")
                lines.append(ReceiptLine("", FEES[i % 3], fee, Decimal("0.00"), fee))
            elif k == 2 and i % 2:
                pre = Decimal(f"{100 + i % 400}.00")
                lines.append(ReceiptLine("", "预存电费", pre, Decimal("0.00"), pre))
            else:
                principal = Decimal(f"{50 + (i * 37 + k * 11) % 900}.{(i + k) % 100:02d}")
                late = (principal * Decimal("0.001") * (30 + i % 60)).quantize(Decimal("0.01"))
                late = max(late, Decimal("1.00"))
                lines.append(
                    ReceiptLine(f"2026{8 - k:02d}", "电费", principal, late, principal + late)
                )
        total = sum((line.amount for line in lines), Decimal("0"))
        method = METHODS[i % 3]
        tendered = ((total // 100) + 1) * 100 if method == "现金" else None
        voided = i % 23 == 0
        receipts.append(
            Receipt(
                hall_name="国网杭州供电公司西湖区供电营业厅",
                hall_address="杭州市西湖区文三路398号",
                hall_phone="0571-87654321",
                receipt_no=f"33010102202610{15 + i // 500:02d}{i:06d}",
                paid_at=start + timedelta(seconds=37 * i),
                clerk="李明（0231）",
                counter="2号柜台",
                account_no=f"33010{i:07d}",
                account_name="张**" if i % 2 else "欧阳**",
                address=ADDRESSES[i % 3],
                lines=tuple(lines),
                total=total,
                method=method,
                reference="" if method == "现金" else f"{102615398820 + i}",
                tendered=tendered,
                change=tendered - total if tendered is not None else None,
                check_code=f"{(i * 7919) % 0xFFFFFF:06X}",
                reprint_count=1 + i % 2 if i % 11 == 0 else 0,
                voided=voided,
                void_reason="客户重复缴费，当日退款" if voided else "",
                voided_at=start + timedelta(seconds=37 * i + 600) if voided else None,
                void_by="王芳（0101）" if voided else "",
            )
        )
    return receipts


def bare_strings(receipt: Receipt) -> list[tuple[float, str]]:
    """What the receipt says, line by line, as (font size, text)."""
    out: list[tuple[float, str]] = [(10.5, receipt.hall_name), (16, receipt_title(receipt))]
    if receipt.reprint_count:
        out.append((13, reprint_mark(receipt)))
    out += [
        (10, f"收据号：{receipt.receipt_no}"),
        (9, f"收款时间：{receipt.paid_at:%Y-%m-%d %H:%M:%S}"),
        (9, f"收款员：{receipt.clerk}　{receipt.counter}"),
        (9, f"户号：{receipt.account_no}"),
        (9, f"户名：{receipt.account_name}"),
        (9, f"地址：{receipt.address[:20]}"),
        (9, receipt.address[20:]),
        (8, "年月/项目　本金　违约金　合计"),
    ]
    for line in receipt.lines:
        out.append((9, f"{line.bill_month} {line.item}"))
        out.append(
            (
                9,
                f"{format_amount(line.principal)}  {format_amount(line.late_fee)}  "
                f"{format_amount(line.amount)}",
            )
        )
    out += [
        (14, f"合计金额 ¥{format_amount(receipt.total)}"),
        (9.5, f"大写：人民币{amount_in_words(receipt.total)}"),
        (9, f"支付方式：{receipt.method}"),
    ]
    if receipt.reference:
        out.append((9, f"交易参考号：{receipt.reference}"))
    if receipt.tendered is not None and receipt.change is not None:
        out.append((9, f"实收：¥{format_amount(receipt.tendered)}"))
        out.append((9, f"找零：¥{format_amount(receipt.change)}"))
    if receipt.voided:
        out += [
            (14, "本收据已作废"),
            (9, f"作废原因：{receipt.void_reason}"),
            (9, f"作废时间：{receipt.voided_at:%Y-%m-%d %H:%M:%S}"),
            (9, f"授权人：{receipt.void_by}"),
        ]
    out += [
        (8, f"扫码验真　校验码：{receipt.check_code}"),
        (8, "本凭证为缴费凭据，请妥善保管。"),
        (8, f"营业厅地址：{receipt.hall_address}"),
        (8, f"服务电话：{receipt.hall_phone}"),
        (8, "投诉监督电话：12398"),
    ]
    return out


def bare_qr(canvas: Canvas, value: str, x: float, y: float) -> None:
    """The QR code from ReportLab's encoder, one canvas rectangle per run of dark
    modules in a row (as many rectangles as the app's QR flowable draws)."""
    qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    qr.addData(value)
    qr.make()
    module = ROLL_QR_SIZE / (qr.getModuleCount() + 4)  # a quiet zone of 2 modules each side
    for row, cells in enumerate(qr.modules):
        column = 0
        for dark, run in itertools.groupby(cells):
            length = len(list(run))
            if dark:
                canvas.rect(
                    x + (column + 2) * module,
                    y + ROLL_QR_SIZE - (row + 3) * module,
                    length * module,
                    module,
                    stroke=0,
                    fill=1,
                )
            column += length


def render_bare(receipt: Receipt, path: Path, font: str) -> None:
    """The same strings and QR code with a bare canvas: one drawString a line."""
    strings = bare_strings(receipt)
    height = sum(size * 1.35 for size, _ in strings) + ROLL_QR_SIZE + 2 * ROLL_MARGIN + 20
    canvas = Canvas(str(path), pagesize=(ROLL_WIDTH, height), initialFontName=font)
    y = height - ROLL_MARGIN
    for index, (size, text) in enumerate(strings):
        y -= size * 1.35
        canvas.setFont(font, size)
        canvas.drawString(ROLL_MARGIN, y, text)
        if index == len(strings) - 5:  # the QR code above its caption
            y -= ROLL_QR_SIZE
            bare_qr(canvas, qr_payload(receipt), (ROLL_WIDTH - ROLL_QR_SIZE) / 2, y)
    canvas.showPage()
    canvas.save()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000, help="receipts (default 1000)")
    parser.add_argument("--keep", type=Path, help="keep the PDFs in this folder")
    args = parser.parse_args(argv)

    receipts = sample_receipts(args.count)
    font = register_cjk_font()
    with tempfile.TemporaryDirectory(prefix="counter-bench-receipts-") as tmp:
        folder = args.keep or Path(tmp)
        (folder / "app").mkdir(parents=True, exist_ok=True)
        (folder / "bare").mkdir(parents=True, exist_ok=True)
        # Untimed: font registration, styles, imports and the file cache, on both sides.
        for receipt in receipts[:WARM_UP]:
            render_receipt(receipt, folder / "app" / "warm.pdf")
            render_bare(receipt, folder / "bare" / "warm.pdf", font)

        app_times: list[float] = []
        bare_times: list[float] = []
        started = time.perf_counter()
        for index, receipt in enumerate(receipts):
            name = f"{receipt.receipt_no}.pdf"
            first_app = index % 2 == 0  # neither side always goes first
            for side in ("app", "bare") if first_app else ("bare", "app"):
                t0 = time.perf_counter()
                if side == "app":
                    render_receipt(receipt, folder / "app" / name, layout="80mm")
                    app_times.append(time.perf_counter() - t0)
                else:
                    render_bare(receipt, folder / "bare" / name, font)
                    bare_times.append(time.perf_counter() - t0)
        wall = time.perf_counter() - started

    app_median = statistics.median(app_times)
    bare_median = statistics.median(bare_times)
    ratio = app_median / bare_median

    def quantiles(values: list[float]) -> str:
        q = statistics.quantiles(values, n=10)
        return f"p10 {q[0] * 1000:6.2f}  p90 {q[-1] * 1000:6.2f}"

    within = ratio <= BUDGET_RATIO
    print(f"80 mm receipts, {args.count} each, alternating app/bare (ms per receipt)")
    print(f"  app : median {app_median * 1000:6.2f}   {quantiles(app_times)}")
    print(f"  bare: median {bare_median * 1000:6.2f}   {quantiles(bare_times)}")
    print(f"  wall time for both: {wall:.1f} s")
    print(
        f"  ratio app/bare: {ratio:.2f}x   budget: ≤ {BUDGET_RATIO:.1f}×   "
        f"{'OK' if within else 'OVER BUDGET'}"
    )
    return 0 if within else 1


if __name__ == "__main__":
    sys.exit(main())
