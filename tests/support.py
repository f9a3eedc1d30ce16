"""Helpers shared by the tests (not fixtures)."""

from __future__ import annotations

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

PASSWORD = "counter-pass-1"


def type_text(qtbot, widget: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            # Chinese arrives as an input-method commit, never as a key code.
            event = QInputMethodEvent()
            event.setCommitString(ch)
            QApplication.sendEvent(widget, event)


def add_owing_account(  # type: ignore[no-untyped-def]
    s,
    now,
    account_no: str,
    bills=(),
    *,
    name: str = "王小明",
    address: str = "城关镇幸福村5组12号",
    category: str = "居民",
    cert_type: str = "居民身份证",
    cert_no: str = "11010519491231002X",
    mobile: str = "13812341234",
):
    """A residential customer with one active low-voltage account and its unpaid bills.

    ``bills`` are (bill month, amount due, due date); ``s`` is a write session. Returns
    the account, flushed (its id is set).
    """
    from decimal import Decimal

    from counter_app.store.models import Account, Arrears, Customer

    customer = Customer(
        kind="person",
        name=name,
        cert_type=cert_type,
        cert_no=cert_no,
        mobile=mobile,
        created_at=now,
        updated_at=now,
    )
    s.add(customer)
    s.flush()
    account = Account(
        account_no=account_no,
        hall_id=1,
        customer_id=customer.id,
        address=address,
        category=category,
        voltage="低压",
        capacity_kw=Decimal("8"),
        status="active",
        prepaid=Decimal("0.00"),
        opened_at=now,
        updated_at=now,
    )
    s.add(account)
    s.flush()
    rows = [
        Arrears(
            account_id=account.id,
            bill_month=month,
            amount_due=Decimal(amount),
            amount_paid=Decimal("0.00"),
            paid_elsewhere=Decimal("0.00"),
            due_date=due,
            status="open",
            updated_at=now,
        )
        for month, amount, due in bills
    ]
    s.add_all(rows)
    if rows:  # as an HQ list would bring them, with the entry `check` matches them with
        from counter_app.services.audit_details import record_bills

        record_bills(s, now, f"测试 {account_no}", rows)
    s.flush()
    return account


def _admin():  # type: ignore[no-untyped-def]
    from counter_app.services.auth import UserInfo

    return UserInfo(1, "admin", "王管理", "A001", "admin")


# The administrator the ``hall`` fixture makes (always the store's first user): the
# identity tests hand to the services that need an administrator (imports, exports,
# backups); the services check it against the store as they would any user's.
ADMIN = _admin()
