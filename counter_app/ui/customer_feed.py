"""What the customer screen (客显) is fed by the clerk's pages: plain frozen values.

Built from what the clerk's screen already holds (the payment's Quote, the wizard's
checklist), never from a second computation: the customer sees the clerk's figures.
Personal data arrives masked (the name from services.dues) or is masked here (户号).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from counter_app.domain.masking import mask_account
from counter_app.domain.money import amount_in_words
from counter_app.services import dues, payments


@dataclass(frozen=True)
class ShownLine:
    """One line of the quote: a bill month (principal, late fee and its working) or a fee."""

    month: str
    item: str
    principal: Decimal
    late_fee: Decimal
    amount: Decimal
    working: str  # the late fee's computation (or the fee's basis), as the clerk sees it


@dataclass(frozen=True)
class PaymentShown:
    """A payment being keyed: the masked account and, once quoted, every line and sum."""

    account: str  # masked
    name: str  # masked
    lines: tuple[ShownLine, ...] = ()
    total: Decimal | None = None  # None: no quote yet (or it was refused)
    words: str = ""
    tendered: Decimal | None = None
    change: Decimal | None = None


@dataclass(frozen=True)
class PaidShown:
    """The payment just booked: what was taken and the change to give."""

    total: Decimal
    change: Decimal | None


@dataclass(frozen=True)
class ShownDocument:
    name: str
    required: bool
    received: bool


@dataclass(frozen=True)
class BusinessShown:
    """A guided business: its checklist and, once known, the promised date."""

    business: str
    documents: tuple[ShownDocument, ...]
    promised: date | None = None
    application_no: str = ""  # set once accepted


# What a page may send: None means "nothing for the customer now".
CustomerView = PaymentShown | PaidShown | BusinessShown | None


def payment_shown(
    due: dues.AccountDue,
    quote: payments.Quote | None,
    tendered: Decimal | None,
    working: Callable[[payments.QuoteLine], str],
) -> PaymentShown:
    """The quote the clerk sees, line for line; ``working`` is the page's own note text."""
    if quote is None:
        return PaymentShown(mask_account(due.account_no), due.name)
    lines = tuple(
        ShownLine(
            line.bill_month,
            line.item,
            line.principal,
            line.late_fee,
            line.amount,
            working(line),
        )
        for line in quote.lines
    )
    return PaymentShown(
        mask_account(due.account_no),
        due.name,
        lines,
        quote.total,
        amount_in_words(quote.total),
        tendered if quote.change is not None else None,
        quote.change,
    )
