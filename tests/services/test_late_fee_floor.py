"""The ¥1 minimum on the late fee of one collection, and a contract's rate (issue 13).

Through the payment service and the store: the top-up (or the use of an earlier
top-up) is its own payment line, printed on the receipt, and `check` still holds.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select
from support import add_owing_account, pdf_text

from counter_app.services import dues, integrity, payments, receipts
from counter_app.services.auth import HallInfo, UserInfo
from counter_app.services.context import AppContext
from counter_app.services.dues import FLOOR_KIND
from counter_app.services.payments import PaymentRequest
from counter_app.store.models import Account, Payment, PaymentLine

D = Decimal
# Tuesday 2026-11-24, 10:00 in the hall.
NOW = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)
TODAY = date(2026, 11, 24)
ACCOUNT = "330101000777"


def _owing(ctx: AppContext, bills: list[tuple[str, str, date]], **kw: object) -> None:
    ctx.clock = lambda: NOW
    with ctx.write() as s:
        add_owing_account(s, NOW, ACCOUNT, bills, **kw)


def _pay(ctx: AppContext, clerk: UserInfo, amount: str) -> payments.PaymentResult:
    due = dues.account_due(ctx, ACCOUNT)
    request = PaymentRequest(ACCOUNT, D(amount), tendered=D(amount), expected=due.quoted)
    return payments.take_payment(ctx, clerk, "1", request)


def _stored(ctx: AppContext, receipt_no: str) -> list[tuple[str, str, Decimal, Decimal]]:
    with ctx.read() as s:
        payment = s.scalars(select(Payment).where(Payment.receipt_no == receipt_no)).one()
        return [(x.kind, x.bill_month, x.principal, x.late_fee) for x in payment.lines]


def _receipt_text(ctx: AppContext, receipt_no: str, folder: Path, layout: str) -> str:
    pdf = receipts.print_receipt(ctx, receipt_no, folder, layout)
    return pdf_text(pdf).replace("\n", "")


def _check(ctx: AppContext) -> None:
    report = integrity.check_store(ctx)
    assert report.ok, [r.line() for r in report.results if not r.ok]


def test_three_small_months_pay_their_exact_fees(ctx: AppContext, clerk: UserInfo) -> None:
    # Three residential months of ¥50, each 35 days late at 1‰: 1.75 each, 5.25 in all.
    due_date = TODAY - timedelta(days=35)
    _owing(ctx, [(m, "50.00", due_date) for m in ("202607", "202608", "202609")])
    due = dues.account_due(ctx, ACCOUNT)
    assert [b.late_fee for b in due.bills] == [D("1.75")] * 3
    assert (due.late_fees, due.total, due.adjustment()) == (D("5.25"), D("155.25"), D("0.00"))
    result = _pay(ctx, clerk, "155.25")
    assert result.total == D("155.25")
    assert [line[0] for line in _stored(ctx, result.receipt_no)] == ["electricity"] * 3
    assert sum(line[3] for line in _stored(ctx, result.receipt_no)) == D("5.25")
    _check(ctx)


def test_a_tiny_fee_is_charged_as_the_minimum_on_its_own_line(
    ctx: AppContext, clerk: UserInfo, tmp_path: Path
) -> None:
    # 50.00 × 1‰ × 1 day = 0.05: the collection pays 1.00; the 0.95 is shown as a top-up.
    _owing(ctx, [("202610", "50.00", TODAY - timedelta(days=1))])
    due = dues.account_due(ctx, ACCOUNT)
    assert (due.bills[0].late_fee, due.late_fees, due.payable(1)) == (
        D("0.05"),
        D("1.00"),
        D("51.00"),
    )
    assert due.adjustment_text() == "违约金合计0.05元，不足1.00元，按1.00元收取，补足0.95元"
    result = _pay(ctx, clerk, "51.00")
    assert _stored(ctx, result.receipt_no) == [
        ("electricity", "202610", D("50.00"), D("0.05")),
        (FLOOR_KIND, "202610", D("0.00"), D("0.95")),
    ]
    for layout in ("80mm", "A5"):
        text = _receipt_text(ctx, result.receipt_no, tmp_path, layout)
        assert "不足1.00元，按1.00元收取，补足0.95元" in text, layout
        assert "0.95" in text and "伍拾壹元整" in text
    _check(ctx)


def test_a_bill_paid_in_two_parts_pays_the_minimum_once(
    ctx: AppContext, clerk: UserInfo, tmp_path: Path
) -> None:
    # One ¥100 bill 5 days late at 1‰ (0.50 in all) paid 50.00 + 50.00: 1.00 in all.
    _owing(ctx, [("202610", "100.00", TODAY - timedelta(days=5))])
    first = _pay(ctx, clerk, "51.00")
    assert _stored(ctx, first.receipt_no) == [
        ("electricity", "202610", D("50.00"), D("0.25")),
        (FLOOR_KIND, "202610", D("0.00"), D("0.75")),
    ]
    due = dues.account_due(ctx, ACCOUNT)
    # The rest: 50.00 and its 0.25, which the 0.75 paid before covers.
    assert (due.credit, due.late_fees, due.total) == (D("0.75"), D("0.00"), D("50.00"))
    second = _pay(ctx, clerk, "50.00")
    assert _stored(ctx, second.receipt_no) == [
        ("electricity", "202610", D("50.00"), D("0.25")),
        (FLOOR_KIND, "202610", D("0.00"), D("-0.25")),
    ]
    assert first.total + second.total == D("101.00")
    text = _receipt_text(ctx, second.receipt_no, tmp_path, "80mm")
    assert "违约金已在前次缴费时按最低额收取，本次抵减0.25元" in text
    with ctx.read() as s:
        fees_paid = sum(s.scalars(select(PaymentLine.late_fee)))
    assert fees_paid == D("1.00")
    _check(ctx)


def test_a_contract_rate_sets_the_quote(ctx: AppContext, clerk: UserInfo) -> None:
    _owing(ctx, [("202610", "1000.00", TODAY - timedelta(days=10))], category="非居民")
    with ctx.write() as s:
        s.scalars(select(Account)).one().late_fee_rate_per_mille = D("1.5")
    due = dues.account_due(ctx, ACCOUNT)
    # 1000.00 × 1.5‰ × 10 days, not the default 2‰ (20.00).
    assert due.bills[0].late_fee == D("15.00")
    assert "1.5‰" in due.bills[0].explanation and "合同约定" in due.bills[0].explanation
    result = _pay(ctx, clerk, "1015.00")
    assert result.lines[0].late_fee == D("15.00")
    _check(ctx)


@pytest.mark.parametrize("per_mille", [None, D("3")])
def test_no_contract_rate_means_the_defaults(
    ctx: AppContext, clerk: UserInfo, per_mille: Decimal | None
) -> None:
    _owing(ctx, [("202610", "1000.00", TODAY - timedelta(days=10))], category="非居民")
    with ctx.write() as s:
        s.scalars(select(Account)).one().late_fee_rate_per_mille = per_mille
    due = dues.account_due(ctx, ACCOUNT)
    assert due.bills[0].late_fee == (D("20.00") if per_mille is None else D("30.00"))


def test_a_voided_top_up_is_no_credit(
    ctx: AppContext, clerk: UserInfo, hall: tuple[HallInfo, UserInfo]
) -> None:
    _owing(ctx, [("202610", "100.00", TODAY - timedelta(days=5))])
    first = _pay(ctx, clerk, "51.00")
    receipts.void(ctx, clerk, first.receipt_no, hall[1], "金额输错")
    due = dues.account_due(ctx, ACCOUNT)
    # Back to the whole bill: 100.00 + its 0.50 raised to the minimum once.
    assert (due.credit, due.late_fees, due.total) == (D("0.00"), D("1.00"), D("101.00"))
    _check(ctx)
