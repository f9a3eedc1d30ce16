"""The one sample hall: 城关供电营业厅 with its administrator, a clerk, a supervisor and an
owing account, and the customer the wizard is filled with.

Used by ``--self-test`` (so the shipped build carries a few lines of sample data, not the
screenshot harness or the demo), by the tests' helper plugin, the benchmarks and the
screenshot tools: one hall, typed out once.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from counter_app.services.auth import HallInfo, UserInfo
    from counter_app.services.context import AppContext
    from counter_app.store.models import Account

PASSWORD = "counter-pass-1"
HALL = {
    "code": "330101",
    "name": "城关供电营业厅",
    "address": "城关镇人民路1号",
    "phone": "0571-12345678",
}
ADMIN = {"admin_username": "admin", "admin_name": "王管理", "admin_staff_no": "A001"}
CLERK = {"username": "zhang", "display_name": "张营业", "staff_no": "1001"}
SUPERVISOR = {"username": "li", "display_name": "李班长", "staff_no": "0101"}

# The business the self-test and the screenshots walk through the wizard, and a customer
# who passes every check (resident ID with a valid check character).
BUSINESS = "lv_residential_new"
CUSTOMER: dict[str, object] = {
    "cert_type": "居民身份证",
    "cert_no": "11010519491231002X",
    "name": "李秀英",
    "mobile": "13812341234",
    "is_proxy": False,
    "address": "城关镇人民路100号3单元",
    "capacity_kw": "8",
    "usage": "居民生活用电",
    "ownership_unclear": False,
}


def set_up_hall(ctx: AppContext, password: str = PASSWORD) -> tuple[HallInfo, UserInfo]:
    """The hall and its administrator (the store's first user), as first set-up makes them."""
    from counter_app.services import auth

    return auth.setup_hall(ctx, **HALL, **ADMIN, password=password)


def add_staff(
    ctx: AppContext,
    admin: UserInfo,
    role: str,
    password: str = PASSWORD,
    **names: str,
) -> UserInfo:
    """A clerk (role ``clerk``, CLERK's names) or supervisor (SUPERVISOR's) added by the
    administrator; ``names`` (username, display_name, staff_no) override the sample's."""
    from counter_app.services import auth

    sample = SUPERVISOR if role == "supervisor" else CLERK
    return auth.add_user(ctx, admin, **(sample | names), role=role, password=password)


def add_owing_account(
    s: Session,
    now: datetime,
    account_no: str,
    bills: Iterable[tuple[str, Any, date]] = (),
    *,
    name: str = "王小明",
    address: str = "城关镇幸福村5组12号",
    category: str = "居民",
    cert_type: str = "居民身份证",
    cert_no: str = "11010519491231002X",
    mobile: str = "13812341234",
    hall_id: int = 1,
    capacity_kw: Decimal = Decimal("8"),
    opened_at: datetime | None = None,
    source: str = "",
) -> Account:
    """A residential customer with one active low-voltage account and its unpaid bills.

    ``bills`` are (bill month, amount due, due date); ``s`` is a write session;
    ``source`` names where the bills came from in the audit log (测试 and the account
    number by default). Returns the account, flushed (its id is set). The training
    store's exercises seed their customers with it too.
    """
    from counter_app.services.audit_details import record_bills
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
        hall_id=hall_id,
        customer_id=customer.id,
        address=address,
        category=category,
        voltage="低压",
        capacity_kw=capacity_kw,
        status="active",
        prepaid=Decimal("0.00"),
        opened_at=now if opened_at is None else opened_at,
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
        record_bills(s, now, source or f"测试 {account_no}", rows)
    s.flush()
    return account
