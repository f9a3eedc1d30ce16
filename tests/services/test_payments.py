"""Taking money: allocation, receipts numbered without gaps, voids, reprints, settlement."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select
from support import add_owing_account, add_staff, pdf_text

from counter_app.domain.text import Msg
from counter_app.services import audit, dues, payments, receipts, settlement
from counter_app.services.auth import HallInfo, UserInfo
from counter_app.services.context import AppContext
from counter_app.services.errors import UserError
from counter_app.services.payments import FeeChoice, PaymentRequest, QuoteChanged
from counter_app.store.models import (
    Account,
    Arrears,
    AuditEntry,
    FeeItem,
    Hall,
    Payment,
)

D = Decimal
# Tuesday 2026-11-24, 10:00 in the hall.
NOW = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)
ACCOUNT = "330101000123"


@pytest.fixture
def seeded(ctx: AppContext, clerk: UserInfo) -> AppContext:
    """A residential account owing Sept (overdue 50 days) and Oct (overdue 20 days)."""
    ctx.clock = lambda: NOW
    with ctx.write() as s:
        bills = [("202609", "200.00", date(2026, 10, 5)), ("202610", "150.00", date(2026, 11, 4))]
        add_owing_account(s, NOW, ACCOUNT, bills, name="张三丰", address="城关镇人民路100号")
        s.add_all(
            [
                FeeItem(
                    code="F01",
                    name="电能表校验费",
                    method="固定",
                    unit_price=D("20.0000"),
                    unit="次",
                    basis="示例物价文件",
                    valid_from=date(2026, 1, 1),
                    valid_to=None,
                    imported_at=NOW,
                ),
            ]
        )
    return ctx


def pay(ctx: AppContext, clerk: UserInfo, amount: str, **kw: object) -> payments.PaymentResult:
    request = PaymentRequest(ACCOUNT, D(amount), **kw)  # type: ignore[arg-type]
    return payments.take_payment(ctx, clerk, "1", request)


def test_due_shows_late_fees_month_by_month(seeded: AppContext) -> None:
    due = dues.account_due(seeded, ACCOUNT)
    assert [b.bill_month for b in due.bills] == ["202609", "202610"]
    # Residential 1‰ a day: 200.00 × 50 days = 10.00; 150.00 × 20 days = 3.00.
    assert [b.days_overdue for b in due.bills] == [50, 20]
    assert [b.late_fee for b in due.bills] == [D("10.00"), D("3.00")]
    assert due.total == D("363.00") and due.name == "张**"
    assert "1‰" in due.bills[0].explanation


def test_cash_payment_with_change_and_prepayment(seeded: AppContext, clerk: UserInfo) -> None:
    result = pay(seeded, clerk, "363.00", prepayment=D("37.00"), tendered=D("500.00"))
    # 363.00 of arrears with late fees; the 37.00 entered as prepayment on top.
    assert result.total == D("400.00") and result.change == D("100.00")
    assert result.receipt_no == "330101-01-20261124-0001"
    assert [(line.kind, line.amount) for line in result.lines] == [
        ("electricity", D("210.00")),
        ("electricity", D("153.00")),
        ("prepayment", D("37.00")),
    ]
    with seeded.read() as s:
        paid = {a.bill_month: a.amount_paid for a in s.scalars(select(Arrears))}
        account = s.scalars(select(Account)).one()
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "payment.take")).one()
    assert paid == {"202609": D("200.00"), "202610": D("150.00")}
    assert account.prepaid == D("37.00")
    assert entry.entity_id == result.receipt_no
    assert dues.account_due(seeded, ACCOUNT).bills == ()


def test_arrears_amount_above_what_is_owed_is_refused(seeded: AppContext, clerk: UserInfo) -> None:
    """Money beyond the arrears is never silently 预存: the clerk enters it as prepayment."""
    with pytest.raises(UserError, match=r"超过该户应缴电费 363\.00 元") as caught:
        pay(seeded, clerk, "400.00", tendered=D("400.00"))
    assert "预存金额" in caught.value.message
    with pytest.raises(UserError, match="超过"):
        payments.quote(seeded, PaymentRequest(ACCOUNT, D("363.01")))
    with seeded.read() as s:
        assert s.scalar(select(func.count()).select_from(Payment)) == 0
        assert s.scalars(select(Account)).one().prepaid == 0


def test_the_quote_the_screen_showed_is_booked(seeded: AppContext, clerk: UserInfo) -> None:
    due = dues.account_due(seeded, ACCOUNT)
    assert due.quoted == (
        (due.bills[0].arrears_id, D("200.00"), D("10.00")),
        (due.bills[1].arrears_id, D("150.00"), D("3.00")),
        (0, D("0.00"), D("0.00")),  # the minimum's top-ups already paid on them: none
    )
    result = pay(seeded, clerk, "210.00", tendered=D("210.00"), expected=due.quoted)
    assert [line.bill_month for line in result.lines] == ["202609"]


def _ledger(ctx: AppContext) -> tuple[object, ...]:
    with ctx.read() as s:
        bills = s.scalars(select(Arrears))
        return (
            s.scalar(select(func.count()).select_from(Payment)),
            sorted((a.id, a.amount_due, a.amount_paid, a.status) for a in bills),
            s.scalars(select(Account)).one().prepaid,
        )


def _stale_payment_books_nothing(ctx: AppContext, clerk: UserInfo, quoted: object) -> None:
    before = _ledger(ctx)
    with pytest.raises(QuoteChanged, match="欠费在显示后已有变化") as caught:
        pay(ctx, clerk, "363.00", tendered=D("363.00"), expected=quoted)
    assert "本笔未收费" in caught.value.message and "屏幕已刷新" in caught.value.message
    assert _ledger(ctx) == before


def test_a_bill_paid_at_another_counter_meanwhile(seeded: AppContext, clerk: UserInfo) -> None:
    shown = dues.account_due(seeded, ACCOUNT).quoted
    pay(seeded, clerk, "210.00", tendered=D("210.00"))  # the other counter: September
    _stale_payment_books_nothing(seeded, clerk, shown)
    # Even an amount that the new arrears could take is refused: the screen was stale.
    with pytest.raises(QuoteChanged):
        pay(seeded, clerk, "153.00", tendered=D("153.00"), expected=shown)


@pytest.mark.parametrize("change", ["amount", "added", "withdrawn", "due_date"])
def test_an_import_changed_the_bills_meanwhile(
    seeded: AppContext, clerk: UserInfo, change: str
) -> None:
    shown = dues.account_due(seeded, ACCOUNT).quoted
    with seeded.write() as s:
        bills = {a.bill_month: a for a in s.scalars(select(Arrears))}
        if change == "amount":
            bills["202610"].amount_due = D("160.00")
        elif change == "withdrawn":
            bills["202610"].status = "withdrawn"
        elif change == "due_date":
            bills["202609"].due_date = date(2026, 10, 15)  # the late fee moves
        else:
            s.add(
                Arrears(
                    account_id=bills["202609"].account_id,
                    bill_month="202608",
                    amount_due=D("10.00"),
                    amount_paid=D("0.00"),
                    due_date=date(2026, 9, 5),
                    status="open",
                    updated_at=NOW,
                )
            )
    _stale_payment_books_nothing(seeded, clerk, shown)


def test_partial_payment_of_the_oldest_month(seeded: AppContext, clerk: UserInfo) -> None:
    result = pay(seeded, clerk, "105.00", tendered=D("105.00"))
    line = result.lines[0]
    # p + p × 1‰ × 50 ≤ 105.00: p = 100.00, fee 5.00, computed on the part paid.
    assert (line.bill_month, line.principal, line.late_fee) == ("202609", D("100.00"), D("5.00"))
    assert len(result.lines) == 1
    assert dues.account_due(seeded, ACCOUNT).bills[0].principal == D("100.00")


def test_business_fee_and_card_needs_a_reference(seeded: AppContext, clerk: UserInfo) -> None:
    with pytest.raises(UserError, match="交易参考号"):
        pay(seeded, clerk, "0", fee_items=(FeeChoice("F01"),), method="card")
    result = pay(
        seeded, clerk, "0", fee_items=(FeeChoice("F01"),), method="card", reference="POS123456"
    )
    assert result.total == D("20.00") and result.change is None
    # The fee's note: Chinese text for the receipt, its template for a translated screen.
    request = PaymentRequest(ACCOUNT, D("0"), fee_items=(FeeChoice("F01"),))
    (line,) = payments.quote(seeded, request).lines
    assert isinstance(line.note, Msg) and line.note.template.endswith("元（{basis}）")
    assert "元（" in line.note


@pytest.mark.parametrize(
    ("kw", "message"),
    [
        ({"tendered": D("100.00")}, "实收金额不足"),
        ({"method": "bitcoin"}, "支付方式"),
        ({"prepayment": D("-1")}, "预存金额"),
    ],
)
def test_bad_payments_change_nothing(
    seeded: AppContext, clerk: UserInfo, kw: dict[str, object], message: str
) -> None:
    with pytest.raises(UserError, match=message):
        pay(seeded, clerk, "363.00", **kw)
    with seeded.read() as s:
        assert s.scalar(select(func.count()).select_from(Payment)) == 0
        assert all(a.amount_paid == 0 for a in s.scalars(select(Arrears)))


def test_failure_in_the_transaction_leaves_nothing(
    seeded: AppContext, clerk: UserInfo, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(payments.audit, "record", broken)
    with pytest.raises(RuntimeError):
        pay(seeded, clerk, "363.00", tendered=D("363.00"))
    monkeypatch.undo()
    with seeded.read() as s:
        assert s.scalar(select(func.count()).select_from(Payment)) == 0
        assert all(a.amount_paid == 0 for a in s.scalars(select(Arrears)))
    # The number the failed payment drew was rolled back: the next one is 0001.
    again = pay(seeded, clerk, "0", prepayment=D("1.00"), tendered=D("1.00"))
    assert again.receipt_no == "330101-01-20261124-0001"


def test_receipt_numbers_have_no_gap_and_no_repeat(seeded: AppContext, clerk: UserInfo) -> None:
    numbers = [
        pay(seeded, clerk, "0", prepayment=D("1.00"), tendered=D("1.00")).receipt_no
        for _ in range(60)
    ]
    assert numbers == [f"330101-01-20261124-{n:04d}" for n in range(1, 61)]
    seeded.clock = lambda: NOW + timedelta(days=1)
    assert pay(seeded, clerk, "0", prepayment=D("1.00"), tendered=D("1.00")).receipt_no == (
        "330101-01-20261125-0001"
    )


def test_receipt_pdf_has_words_masked_name_and_qr(
    seeded: AppContext, clerk: UserInfo, tmp_path: Path
) -> None:
    result = pay(seeded, clerk, "363.00", tendered=D("400.00"))
    pdf = receipts.print_receipt(seeded, result.receipt_no, tmp_path, "80mm")
    text = pdf_text(pdf)
    assert result.receipt_no in text and "叁佰陆拾叁元整" in text
    assert "张**" in text and "张三丰" not in text
    doc = receipts.receipt_document(seeded, result.receipt_no)
    with seeded.read() as s:
        secret = s.scalars(select(Hall)).one().secret
    assert doc.check_code == payments.check_code(secret, result.receipt_no, D("363.00"))


def test_void_restores_the_ledger_and_keeps_the_number(
    seeded: AppContext, clerk: UserInfo, hall: tuple[HallInfo, UserInfo], tmp_path: Path
) -> None:
    boss = add_staff(seeded, hall[1], "supervisor")
    result = pay(seeded, clerk, "363.00", prepayment=D("37.00"), tendered=D("400.00"))
    with pytest.raises(UserError, match="值班长"):
        receipts.void(seeded, clerk, result.receipt_no, clerk, "客户要求")
    with pytest.raises(UserError, match="原因"):
        receipts.void(seeded, clerk, result.receipt_no, boss, " ")
    receipts.void(seeded, clerk, result.receipt_no, boss, "金额输错")
    with seeded.read() as s:
        assert all(a.amount_paid == 0 for a in s.scalars(select(Arrears)))
        assert s.scalars(select(Account)).one().prepaid == 0
        p = s.scalars(select(Payment)).one()
    assert (p.status, p.receipt_no, p.void_reason) == ("void", result.receipt_no, "金额输错")
    with pytest.raises(UserError, match="已经作废"):
        receipts.void(seeded, clerk, result.receipt_no, boss, "again")
    slip = receipts.print_void_slip(seeded, result.receipt_no, tmp_path)
    assert "作废" in pdf_text(slip)
    # The next payment takes the next number: a void never frees one.
    assert pay(seeded, clerk, "0", prepayment=D("1"), tendered=D("1")).receipt_no.endswith("0002")


def test_void_only_the_same_day(
    seeded: AppContext, clerk: UserInfo, hall: tuple[HallInfo, UserInfo]
) -> None:
    boss = add_staff(seeded, hall[1], "supervisor")
    result = pay(seeded, clerk, "363.00", tendered=D("363.00"))
    seeded.clock = lambda: NOW + timedelta(days=1)
    with pytest.raises(UserError, match="当天"):
        receipts.void(seeded, clerk, result.receipt_no, boss, "迟了")


def test_reprint_counts_and_marks_copies(
    seeded: AppContext, clerk: UserInfo, hall: tuple[HallInfo, UserInfo], tmp_path: Path
) -> None:
    boss = add_staff(seeded, hall[1], "supervisor")
    result = pay(seeded, clerk, "363.00", tendered=D("363.00"))
    with pytest.raises(UserError, match="原因"):
        receipts.reprint(seeded, clerk, result.receipt_no, "", tmp_path, supervisor=boss)
    with pytest.raises(UserError, match="授权补打收据"):  # a clerk cannot authorise it
        receipts.reprint(seeded, clerk, result.receipt_no, "客户遗失", tmp_path, supervisor=clerk)
    receipts.reprint(seeded, clerk, result.receipt_no, "客户遗失", tmp_path, supervisor=boss)
    second = receipts.reprint(
        seeded, clerk, result.receipt_no, "打印机卡纸", tmp_path, supervisor=boss
    )
    text = pdf_text(second)
    assert "补打" in text and "第2次" in text
    with seeded.read() as s:
        assert s.scalars(select(Payment)).one().reprint_count == 2


def test_settlement_blind_count_difference_and_lock(
    seeded: AppContext, clerk: UserInfo, hall: tuple[HallInfo, UserInfo], tmp_path: Path
) -> None:
    boss = add_staff(seeded, hall[1], "supervisor")
    pay(seeded, clerk, "363.00", tendered=D("400.00"))
    pay(seeded, clerk, "0", fee_items=(FeeChoice("F01"),), method="mobile", reference="WX1")
    voided = pay(seeded, clerk, "0", prepayment=D("50.00"), tendered=D("50.00"))
    receipts.void(seeded, clerk, voided.receipt_no, boss, "重复收费")
    day = payments.today(seeded)
    counts = {"100元": 3, "50元": 1, "10元": 1, "1元": 2}  # 362.00: one yuan short
    f = settlement.figures(seeded, clerk, day, counts)
    assert (f.expected_cash, f.counted_cash, f.difference) == (D("363.00"), D("362.00"), D("-1.00"))
    assert f.non_cash == D("20.00") and f.payment_count == 2 and f.void_count == 1
    assert settlement.compare_count(seeded, clerk, day, counts, clerk).attempt_no == 1
    with pytest.raises(UserError, match="差异说明"):
        settlement.close_day(seeded, clerk, day, "", boss)
    with pytest.raises(UserError, match="值班长"):
        settlement.close_day(seeded, clerk, day, "少收一元", clerk)
    number = settlement.close_day(seeded, clerk, day, "找零多找一元", boss)
    assert number == "330101-RJ20261124-001"
    # Locked: no more voids, no more payments that day for this clerk.
    with pytest.raises(UserError, match="日结"):
        receipts.void(seeded, clerk, "330101-01-20261124-0001", boss, "late")
    with pytest.raises(UserError, match="日结"):
        pay(seeded, clerk, "0", prepayment=D("1"), tendered=D("1"))
    with pytest.raises(UserError, match="已经日结"):
        settlement.close_day(seeded, clerk, day, "x", boss)
    pdf = settlement.print_report(seeded, number, tmp_path)
    text = pdf_text(pdf)
    assert number in text and "找零多找一元" in text and voided.receipt_no in text


def test_settlement_without_difference_needs_no_reason(
    seeded: AppContext, clerk: UserInfo, hall: tuple[HallInfo, UserInfo]
) -> None:
    boss = add_staff(seeded, hall[1], "supervisor")
    pay(seeded, clerk, "0", prepayment=D("150.50"), tendered=D("150.50"))
    day = payments.today(seeded)
    settlement.compare_count(seeded, clerk, day, {"100元": 1, "50元": 1, "5角": 1}, clerk)
    number = settlement.close_day(seeded, clerk, day, "", boss)
    with seeded.read() as s:
        assert all(p.settlement_id is not None for p in s.scalars(select(Payment)))
    assert number.endswith("-001")


def test_audit_chain_holds_over_money_moves(seeded: AppContext, clerk: UserInfo) -> None:
    pay(seeded, clerk, "363.00", tendered=D("363.00"))
    with seeded.read() as s:
        entries = s.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
    prev = audit.GENESIS
    for e in entries:
        assert e.prev_hash == prev
        assert e.hash == audit.entry_hash(
            prev, e.at, e.user_id, e.action, e.entity, e.entity_id, e.detail
        )
        prev = e.hash
