"""The demo's customers and their accounts (户号 from the marketing system)."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Table, select

from counter_app.demo.hall import COMPANY_SHARE, opening_moment
from counter_app.demo.people import address, company, digits, mobile, person_name, resident_id
from counter_app.demo.rows import BATCH, insert_rows, max_id
from counter_app.services.auth import HallInfo
from counter_app.services.context import AppContext
from counter_app.store.models import (
    Account,
    Customer,
)

PERSON_CERT = "居民身份证"
COMPANY_CERT = "统一社会信用代码"

RESIDENTIAL_KW = (4, 6, 6, 8, 8, 8, 10, 10, 12, 16)
LV_BUSINESS_KW = (10, 15, 20, 25, 30, 40, 50, 63, 80, 100, 125, 160)
HV_KVA = (250, 315, 400, 500, 630, 800, 1000, 1250, 1600, 2000, 2500)


@dataclass
class Acct:
    id: int
    account_no: str
    address: str
    category: str
    voltage: str
    capacity_kw: Decimal | None
    status: str


@dataclass
class Population:
    ids: list[int] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    certs: list[str] = field(default_factory=list)
    mobiles: list[str] = field(default_factory=list)
    accounts: list[list[Acct]] = field(default_factory=list)
    account_count: int = 0


def _legacy_account_no(rng: random.Random, taken: set[str]) -> str:
    """户号 from the marketing system: 10 or 13 digits, never the app's own 12."""
    while True:
        no = "33" + digits(rng, 8) if rng.random() < 0.75 else "330" + digits(rng, 10)
        if no not in taken:
            taken.add(no)
            return no


def _capacity(rng: random.Random, choices: Sequence[int]) -> Decimal:
    return Decimal(rng.choice(choices))


def fill_customers(
    ctx: AppContext,
    rng: random.Random,
    hall: HallInfo,
    count: int,
    today: date,
    before: date,
    say: Callable[[str], None],
) -> Population:
    pop = Population()
    customers_t, accounts_t = Customer.__table__, Account.__table__
    assert isinstance(customers_t, Table) and isinstance(accounts_t, Table)
    with ctx.read() as s:
        taken_certs = set(s.scalars(select(Customer.cert_no)))
        taken_accounts = set(s.scalars(select(Account.account_no)))
    span = (before - date(2000, 1, 1)).days
    done = 0
    while done < count:
        n = min(BATCH, count - done)
        customer_rows: list[dict[str, Any]] = []
        account_rows: list[dict[str, Any]] = []
        with ctx.write() as s:
            next_customer = max_id(s, customers_t) + 1
            next_account = max_id(s, accounts_t) + 1
            for _ in range(n):
                is_company = rng.random() < COMPANY_SHARE
                while True:
                    if is_company:
                        name, cert = company(rng)
                    else:
                        cert, male = resident_id(rng, today)
                        name = person_name(rng, male)
                    if cert not in taken_certs:
                        taken_certs.add(cert)
                        break
                phone = mobile(rng)
                accounts: list[Acct] = []
                first_opened: datetime | None = None
                for _k in range(1 if rng.random() < 0.7 else 2):
                    since = date(2000, 1, 1) + timedelta(days=rng.randrange(span))
                    opened = opening_moment(rng, since)
                    first_opened = min(first_opened or opened, opened)
                    if is_company:
                        high = rng.random() < 0.2
                        category, voltage = "非居民", "高压" if high else "低压"
                        capacity = _capacity(rng, HV_KVA if high else LV_BUSINESS_KW)
                        where = address(rng, business=True)
                    elif rng.random() < 0.05:  # a small shop on a person's name
                        category, voltage = "非居民", "低压"
                        capacity = _capacity(rng, LV_BUSINESS_KW[:5])
                        where = address(rng, business=True)
                    else:
                        category, voltage = "居民", "低压"
                        capacity = _capacity(rng, RESIDENTIAL_KW)
                        where = address(rng)
                    r = rng.random()
                    status = "active" if r < 0.95 else ("suspended" if r < 0.98 else "closed")
                    closed = None
                    if status == "closed":
                        closed = opened + timedelta(days=rng.randint(30, 3000))
                        closed = min(closed, opening_moment(rng, before))
                    acct = Acct(
                        next_account,
                        _legacy_account_no(rng, taken_accounts),
                        where,
                        category,
                        voltage,
                        capacity,
                        status,
                    )
                    accounts.append(acct)
                    account_rows.append(
                        {
                            "id": acct.id,
                            "account_no": acct.account_no,
                            "hall_id": hall.id,
                            "customer_id": next_customer,
                            "address": where,
                            "category": category,
                            "voltage": voltage,
                            "capacity_kw": capacity,
                            "status": status,
                            "opened_at": opened,
                            "closed_at": closed,
                            "updated_at": closed or opened,
                        }
                    )
                    next_account += 1
                assert first_opened is not None
                customer_rows.append(
                    {
                        "id": next_customer,
                        "kind": "company" if is_company else "person",
                        "name": name,
                        "cert_type": COMPANY_CERT if is_company else PERSON_CERT,
                        "cert_no": cert,
                        "mobile": phone,
                        "created_at": first_opened,
                        "updated_at": first_opened,
                    }
                )
                pop.ids.append(next_customer)
                pop.kinds.append("company" if is_company else "person")
                pop.names.append(name)
                pop.certs.append(cert)
                pop.mobiles.append(phone)
                pop.accounts.append(accounts)
                pop.account_count += len(accounts)
                next_customer += 1
            insert_rows(s, customers_t, customer_rows)
            insert_rows(s, accounts_t, account_rows)
        done += n
        say(f"客户 {done}/{count}")
    return pop
