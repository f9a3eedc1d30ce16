"""Payments as PaymentPage and payments.take_payment take them: open months oldest first
(all, some, or part of the oldest with its late fee, through domain.fees), now and then a
prepayment or a business fee; cash, card or mobile payment; voids and reprints."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal

from counter_app.demo.bills import Payer, PayVisit
from counter_app.demo.hall import opening_moment
from counter_app.demo.people import digits
from counter_app.domain import fees
from counter_app.domain.allocation import OpenBill, allocate_payment
from counter_app.domain.clock import local_date
from counter_app.services.hq_imports import FeeItemView
from counter_app.services.payments import CENT, ZERO, QuoteLine

PAY_ALL, PAY_SOME_MONTHS = 0.8, 0.9  # the rest pay part of the oldest month
PREPAY_SHARE = 0.06  # pays the bills and adds a prepayment (预存)
PREPAYMENTS = (50, 100, 100, 200, 200, 300, 500)
FEE_SHARE = 0.03  # a business fee on the receipt
FEES_BY_KIND = {"居民": ("JY0301", "FD0401"), "低压": ("JY0302", "FD0401"),
                "高压": ("JY0302", "FD0402")}  # fmt: skip
VOID_SHARE = 0.01
REPRINT_SHARE = 0.03
RETAKE_METHOD = "支付方式选错，已按实际支付方式重新收费"
RETAKE_FEWER = "客户改为只缴最早一个月，已重新收费"
VOID_REASONS = ("客户改用手机线上缴费，已当场退款", "重复收费，已当场退还客户",
                "收费金额录入错误，已退还客户")  # fmt: skip
REPRINT_AT_ONCE = "打印机卡纸，收据未完整打出"
REPRINT_LATER = ("客户遗失收据，凭身份证申请补打", "客户报销需要，申请补打",
                 "收据字迹褪色不清，申请补打")  # fmt: skip


@dataclass(eq=False)
class Pay:
    """One payment of the day, before its receipt number is known."""

    visit: PayVisit
    at: datetime
    lines: list[QuoteLine]  # the receipt lines, as payments quotes them
    method: str
    reference: str
    tendered: Decimal | None
    status: str = "valid"
    void_reason: str = ""
    voided_at: datetime | None = None
    voided_by: int | None = None
    reprints: list[tuple[datetime, int, str]] = field(default_factory=list)

    @property
    def total(self) -> Decimal:
        return total_of(self.lines)


def total_of(lines: list[QuoteLine]) -> Decimal:
    """The receipt's total: its lines' amounts (principal and late fee)."""
    return sum((line.amount for line in lines), ZERO)


class Till:
    """Takes the payments of the demo's days the way PaymentPage and payments.take_payment do."""

    def __init__(
        self,
        rng: random.Random,
        rates: fees.LateFeeRates,
        fee_items: dict[str, FeeItemView],
        staff: list[int],
        signer: Callable[[int], int],
        now: datetime,
    ) -> None:
        self.rng, self.rates, self.fee_items = rng, rates, fee_items
        self.staff, self.signer, self.now = staff, signer, now

    def lines(self, payer: Payer, day: date, oldest_only: bool = False) -> list[QuoteLine]:
        """What the customer pays: open months oldest first (all, some, or part of the
        oldest), now and then a prepayment or a business fee."""
        rng = self.rng
        listed = [b for b in payer.bills if b.issued <= day and b.owed > 0]
        out: list[QuoteLine] = []
        prepay = ZERO
        if listed:
            residential = payer.residential
            late = [fees.late_fee(b.owed, b.due, day, residential, self.rates) for b in listed]
            r = rng.random()
            if oldest_only:
                months = 1
            elif r < PAY_ALL or (r < PAY_SOME_MONTHS and len(listed) == 1):
                months = len(listed)
            elif r < PAY_SOME_MONTHS:
                months = rng.randint(1, len(listed) - 1)
            else:  # a round sum the customer has on them, short of the oldest month
                oldest = float(listed[0].owed + late[0])
                step = 100 if oldest >= 400 else 10
                amount = Decimal(int(oldest * rng.uniform(0.3, 0.8)) // step * step)
                months = 0 if amount >= 10 else len(listed)
            if months:
                # Whole months, oldest first, each with its late fee: what allocate_payment
                # books for their sum (computed here without a second pass).
                out += [
                    QuoteLine("electricity", "电费", b.month, b.owed, fee, arrears_id=b.id)
                    for b, fee in zip(listed[:months], late, strict=False)
                ]
            else:  # part of the oldest month, its late fee on the part paid
                allocation = allocate_payment(
                    [OpenBill(b.month, b.due, b.owed) for b in listed],
                    amount.quantize(CENT),
                    day,
                    residential,
                    self.rates,
                )
                out += [
                    QuoteLine(
                        "electricity",
                        "电费",
                        a.bill_month,
                        a.principal,
                        a.late_fee,
                        arrears_id=listed[0].id,
                    )
                    for a in allocation.lines
                ]
            if not oldest_only and rng.random() < PREPAY_SHARE:
                prepay += Decimal(rng.choice(PREPAYMENTS))
        elif rng.random() < 0.85:
            prepay = Decimal(rng.choice(PREPAYMENTS))
        if prepay > 0:
            out.append(QuoteLine("prepayment", "预存电费", "", prepay.quantize(CENT), ZERO))
        if not out or (not oldest_only and rng.random() < FEE_SHARE):
            kind = payer.acct.category if payer.residential else payer.acct.voltage
            codes = [c for c in FEES_BY_KIND.get(kind, ()) if c in self.fee_items]
            if codes:
                item = self.fee_items[rng.choice(codes)]
                price = item.unit_price.quantize(CENT, rounding=ROUND_HALF_UP)
                out.append(
                    QuoteLine("business_fee", item.name, "", price, ZERO, fee_code=item.code)
                )
        if not out:  # no fee schedule: a prepayment after all
            out.append(QuoteLine("prepayment", "预存电费", "", Decimal("100.00"), ZERO))
        return out

    def method(self, total: Decimal, day: date, avoid: str = "") -> tuple[str, str, Decimal | None]:
        """Method, reference and cash tendered: cash for everyday sums, cards for big ones."""
        rng = self.rng
        weights: tuple[tuple[str, float], ...]
        if total > 50000:  # a company's bill: its bank card
            weights = (("card", 1.0),)
        elif total > 5000:
            weights = (("card", 0.7), ("mobile", 0.3))
        elif total > 1000:
            weights = (("cash", 0.3), ("card", 0.35), ("mobile", 0.35))
        else:
            weights = (("cash", 0.55), ("card", 0.1), ("mobile", 0.35))
        choices = [(m, w) for m, w in weights if m != avoid]
        r = rng.random() * sum(w for _m, w in choices)
        method = choices[-1][0]
        for m, w in choices:
            if r < w:
                method = m
                break
            r -= w
        if method == "cash":
            if rng.random() < 0.2:
                return method, "", total  # the exact sum
            step = Decimal(100 if total > 500 else rng.choice((10, 20, 50, 100, 100)))
            return method, "", (total / step).to_integral_value(ROUND_CEILING) * step + ZERO
        if method == "card":  # the POS terminal's reference number (参考号)
            return method, digits(rng, 12), None
        if rng.random() < 0.55:  # WeChat Pay / Alipay transaction numbers
            return method, f"4200{digits(rng, 6)}{day:%Y%m%d}{digits(rng, 10)}", None
        return method, f"{day:%Y%m%d}2200{digits(rng, 16)}", None

    def take(self, visit: PayVisit, day: date, closes: datetime) -> list[Pay]:
        """The payment of one visit; now and then voided the same day (and taken again)."""
        rng = self.rng
        payer = visit.payer
        lines = self.lines(payer, day)
        total = total_of(lines)
        first = Pay(visit, visit.at, lines, *self.method(total, day))
        limit = min(closes, self.now)
        voided_at = visit.at + timedelta(minutes=rng.randint(1, 40), seconds=rng.randint(0, 59))
        if rng.random() >= VOID_SHARE or voided_at > limit:
            self._apply(payer, first)
            self._reprints(first, day)
            return [first]
        first.status, first.voided_at = "void", voided_at
        first.voided_by = self.signer(visit.clerk)
        again = voided_at + timedelta(minutes=rng.randint(1, 3), seconds=rng.randint(0, 59))
        retake: Pay | None = None
        if again <= limit and rng.random() < 0.6 and total <= 50000:  # (above: card only)
            if len(lines) > 1 and lines[0].kind == "electricity" and rng.random() < 0.4:
                first.void_reason = RETAKE_FEWER
                fewer = self.lines(payer, day, oldest_only=True)
                retake_total = total_of(fewer)
                retake = Pay(visit, again, fewer, *self.method(retake_total, day))
            else:
                first.void_reason = RETAKE_METHOD
                retake = Pay(visit, again, lines, *self.method(total, day, avoid=first.method))
        else:
            first.void_reason = rng.choice(VOID_REASONS)
        for line in first.lines:  # the void restores the ledger; only its time stays
            if line.arrears_id is not None:
                payer.bill(line.arrears_id).touched = voided_at
        payer.touched = voided_at
        if retake is None:
            return [first]
        self._apply(payer, retake)
        self._reprints(retake, day)
        return [first, retake]

    def _apply(self, payer: Payer, pay: Pay) -> None:
        for line in pay.lines:  # as take_payment books them
            if line.arrears_id is not None:
                bill = payer.bill(line.arrears_id)
                bill.paid += line.principal
                bill.touched = pay.at
            elif line.kind == "prepayment":
                payer.prepaid += line.principal
        payer.touched = pay.at

    def _reprints(self, pay: Pay, day: date) -> None:
        rng = self.rng
        if rng.random() >= REPRINT_SHARE:
            return
        at = pay.at
        today = local_date(self.now)
        for copy in range(1 if rng.random() < 0.85 else 2):
            if copy == 0 and rng.random() < 0.4:
                at = at + timedelta(minutes=rng.randint(1, 5))
                user, reason = pay.visit.clerk, REPRINT_AT_ONCE
            else:
                later = min(today, local_date(at) + timedelta(days=rng.randint(1, 20)))
                moment = opening_moment(rng, later)
                at = moment if moment > at else at + timedelta(minutes=rng.randint(5, 60))
                user, reason = rng.choice(self.staff), rng.choice(REPRINT_LATER)
            if at > self.now:
                return
            pay.reprints.append((at, user, reason))
