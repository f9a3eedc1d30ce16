"""便捷查询: one search box that finds a customer by any key a clerk may have at hand.

What the box takes, and how it is looked up (each an indexed query):

- an application number (受理编号, e.g. 330101-20261127-0001): exact;
- an account number (户号, 10 to 16 digits): exact; an 11-digit number that is
  also a mobile is tried both ways, and a 15-digit one also as an old
  (first-generation) resident ID;
- a resident ID, credit code or other certificate number: exact on the
  customer's certificate number, upper-cased (a lowercase x is accepted);
- a mobile number (+86, spaces and dashes allowed): exact on the normalised
  11 digits;
- anything else is part of a name or an address:

  * 3 characters or more: the FTS5 trigram indexes of migration 0002
    (customers_fts on names, accounts_fts and applications_fts on addresses)
    find the text anywhere in a name or address;
  * 1 or 2 characters: names that are exactly the text or begin with it (a
    surname, or a surname and the first given character), by a range query
    on the name index. A trigram index cannot look up fewer than 3
    characters, and a scan of every name is too slow for the counter, so a
    short text is NOT found in the middle or at the end of a name, and not in
    addresses: type 3 characters or more for those;
  * where the trigram tables do not exist (PostgreSQL, or a SQLite built
    without FTS5) names and addresses fall back to LIKE '%text%', which scans
    the table: correct, but slower on a large store.

  Names come before addresses, and a name that is exactly the text first.
  The prefix range ends at U+10FFFF, the last code point, so SQLite's binary
  order cannot miss a name whose next character lies beyond U+FFFF. On
  PostgreSQL the range follows the column's collation: exact with "C", while
  a linguistic collation may order that sentinel differently.

Results carry masked personal data only (domain.md: name 张**, ID first 6 and
last 4, phone 138****1234); addresses and account numbers are shown as they are.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Row, Select, func, select
from sqlalchemy.orm import Session

from counter_app.domain.clock import local_date
from counter_app.domain.eligibility import STATUS_NAMES as ACCOUNT_STATUS_NAMES
from counter_app.domain.identity import is_valid_mobile, normalize_mobile
from counter_app.domain.masking import mask_id, mask_name, mask_phone
from counter_app.domain.reconnection import deadline_of
from counter_app.domain.text import N_
from counter_app.domain.vocabulary import (
    APPLICATION_STATUSES,
    CUSTOMER_KINDS,
    VISIT_BUSINESSES,
    VISIT_OUTCOME_NAMES,
)
from counter_app.services import reconnection
from counter_app.services.context import AppContext
from counter_app.services.errors import NotFound
from counter_app.services.input_guard import check_text
from counter_app.store.models import (
    Account,
    Application,
    ApplicationStep,
    Customer,
    User,
    Visit,
)

__all__ = [
    "MATCH_NAMES",
    "AccountLine",
    "ApplicationLine",
    "CustomerDetail",
    "CustomerHit",
    "TimelineStep",
    "VisitLine",
    "customer_detail",
    "search",
    "search_keys",
]

# What a hit was found by, as the results table says it.
MATCH_NAMES = {
    "application": N_("受理编号"),
    "account": N_("户号"),
    "cert": N_("证件号码"),
    "mobile": N_("手机"),
    "name": N_("姓名"),
    "address": N_("地址"),
}
RECENT_VISITS = 50
MAX_APPLICATIONS = 100
FTS_MIN_CHARS = 3  # a trigram index needs at least one trigram

_APPLICATION_NO = re.compile(r"[A-Za-z0-9]{4,20}-\d{8}-\d{4,}", re.ASCII)
_DIGITS = re.compile(r"\d{10,16}", re.ASCII)
_CERT = re.compile(r"[0-9A-Za-z]{18}", re.ASCII)
# Passports and other certificates: letters and digits mixed, 5 to 17 long.
_OTHER_CERT = re.compile(r"(?=.*\d)(?=.*[A-Za-z])[0-9A-Za-z]{5,17}", re.ASCII)
_SPACES = re.compile(r"\s+")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# The highest code point: in SQLite's binary (UTF-8) order it sorts after any
# text that begins with the prefix, supplementary-plane characters included.
_PREFIX_END = "\U0010ffff"
_FTS_TABLES = ("customers_fts", "accounts_fts", "applications_fts")


@dataclass(frozen=True)
class CustomerHit:
    """One line of the results table; personal data masked."""

    customer_id: int
    name: str  # masked
    kind: str  # person / company
    cert_type: str
    cert_no: str  # masked
    mobile: str  # masked
    account_no: str  # the account the match came from, else the customer's first one
    address: str
    matched: str  # 受理编号 / 户号 / 证件号码 / 手机 / 姓名 / 地址
    application_no: str = ""  # when the match came from an application

    @property
    def kind_name(self) -> str:
        return CUSTOMER_KINDS.get(self.kind, self.kind)


@dataclass(frozen=True)
class AccountLine:
    account_no: str
    address: str
    category: str
    voltage: str
    capacity_kw: Decimal | None
    status: str
    status_name: str
    # 欠费停电 (services/reconnection.py): "disconnected", "reconnecting" or "".
    supply: str = ""
    reconnect_by: datetime | None = None  # a 复电 under way: its deadline


@dataclass(frozen=True)
class TimelineStep:
    name: str
    limit_days: int
    due_date: date
    completed_at: datetime | None
    current: bool
    overdue: bool  # not done, the supplier's clock running, and past its due date


@dataclass(frozen=True)
class ApplicationLine:
    application_no: str
    business_name: str
    status: str
    status_name: str
    account_no: str
    address: str
    accepted_at: datetime
    promised_date: date
    completed_at: datetime | None
    steps: tuple[TimelineStep, ...]

    @property
    def overdue(self) -> bool:
        return any(st.overdue for st in self.steps)


@dataclass(frozen=True)
class VisitLine:
    visit_no: str
    started_at: datetime
    ended_at: datetime | None
    business_code: str
    business_name: str
    counter: str
    clerk: str
    outcome: str
    outcome_name: str


@dataclass(frozen=True)
class CustomerDetail:
    customer_id: int
    name: str  # masked
    kind: str
    cert_type: str
    cert_no: str  # masked
    mobile: str  # masked
    accounts: tuple[AccountLine, ...]
    applications: tuple[ApplicationLine, ...]  # newest first, at most MAX_APPLICATIONS
    visits: tuple[VisitLine, ...]  # newest first, at most RECENT_VISITS
    visit_total: int

    @property
    def kind_name(self) -> str:
        return CUSTOMER_KINDS.get(self.kind, self.kind)


# -- what was typed -------------------------------------------------------------


def search_keys(typed: str) -> list[tuple[str, str]]:
    """How the text will be looked up: (kind, value) pairs, kind one of MATCH_NAMES's keys
    or "text" (part of a name or address)."""
    stripped = typed.strip()
    if not stripped:
        return []
    # Full-width digits and letters (some input methods) count as their ASCII selves.
    compact = _SPACES.sub("", unicodedata.normalize("NFKC", stripped))
    if _APPLICATION_NO.fullmatch(compact):
        return [("application", compact.upper())]
    keys: list[tuple[str, str]] = []
    if is_valid_mobile(compact):
        keys.append(("mobile", normalize_mobile(compact)))
    digits = compact.replace("-", "")
    if _DIGITS.fullmatch(digits):
        keys.append(("account", digits))
        if len(digits) == 15:
            keys.append(("cert", digits))
        return keys
    if keys:
        return keys
    if _CERT.fullmatch(compact) or _OTHER_CERT.fullmatch(compact):
        return [("cert", compact.upper())]
    # Chinese names and addresses have no spaces: "人民路 18号" means "人民路18号".
    if _CJK.search(stripped):
        return [("text", _SPACES.sub("", stripped))]
    return [("text", _SPACES.sub(" ", stripped))]


# -- the search -------------------------------------------------------------------


@dataclass
class _Found:
    customer_id: int
    matched: str
    account_no: str = ""
    address: str = ""
    application_no: str = ""


def search(ctx: AppContext, text: str, limit: int = 50) -> list[CustomerHit]:
    """Customers matching what was typed, at most ``limit``, one line each (see module doc)."""
    # A NUL or another control character ends in a database error, not in a search.
    check_text(text, "查询内容", 200)
    keys = search_keys(text)
    if not keys or limit <= 0:
        return []
    with ctx.read() as s:
        found: list[_Found] = []
        for kind, value in keys:
            found += _lookup(s, kind, value, limit)
        seen: set[int] = set()
        unique = []
        for f in found:
            if f.customer_id not in seen:
                seen.add(f.customer_id)
                unique.append(f)
        hits = _hits(s, unique[:limit], exact=keys[0][1] if keys[0][0] == "text" else None)
        return hits


def _lookup(s: Session, kind: str, value: str, limit: int) -> list[_Found]:
    if kind == "application":
        rows = s.execute(
            select(
                Application.customer_id,
                Application.application_no,
                Application.address,
                Account.account_no,
                Account.address,
            )
            .outerjoin(Account, Account.id == Application.account_id)
            .where(Application.application_no == value)
        ).all()
        return [
            _Found(cid, MATCH_NAMES["application"], acc_no or "", acc_addr or addr, no)
            for cid, no, addr, acc_no, acc_addr in rows
        ]
    if kind == "account":
        accounts = s.execute(
            select(Account.customer_id, Account.account_no, Account.address).where(
                Account.account_no == value
            )
        ).all()
        return [_Found(cid, MATCH_NAMES["account"], no, addr) for cid, no, addr in accounts]
    if kind == "cert":
        ids = s.scalars(select(Customer.id).where(Customer.cert_no == value).limit(limit))
        return [_Found(cid, MATCH_NAMES["cert"]) for cid in ids]
    if kind == "mobile":
        ids = s.scalars(
            select(Customer.id).where(Customer.mobile == value).order_by(Customer.id).limit(limit)
        )
        return [_Found(cid, MATCH_NAMES["mobile"]) for cid in ids]
    return _text_lookup(s, value, limit)


def _text_lookup(s: Session, value: str, limit: int) -> list[_Found]:
    if len(value) < FTS_MIN_CHARS:
        # Exact name and name prefix in one range scan of the name index; the
        # exact name sorts first. See the module doc for what this misses.
        ids = s.scalars(
            select(Customer.id)
            .where(Customer.name >= value, Customer.name < value + _PREFIX_END)
            .order_by(Customer.name, Customer.id)
            .limit(limit)
        )
        return [_Found(cid, MATCH_NAMES["name"]) for cid in ids]
    if _has_fts(s):
        return _fts_lookup(s, value, limit)
    return _like_lookup(s, value, limit)


def _has_fts(s: Session) -> bool:
    """True when migration 0002 could make the trigram tables (SQLite with FTS5)."""
    if s.get_bind().dialect.name != "sqlite":
        return False
    found = s.connection().exec_driver_sql(_FTS_PRESENT).scalar()
    return found == len(_FTS_TABLES)


def fts_phrase(value: str) -> str:
    """The text as one FTS5 string (a phrase): double quotes doubled, nothing else special."""
    return '"' + value.replace('"', '""') + '"'


# The trigram lookups in plain SQL on the driver (SQLite only): each is one
# statement, the MATCH with its LIMIT in a subquery, the rows by rowid after it.
_FTS_PRESENT = (
    "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN "
    "('customers_fts', 'accounts_fts', 'applications_fts')"
)
_FTS_NAMES = "SELECT rowid FROM customers_fts WHERE customers_fts MATCH ? LIMIT ?"
_FTS_ACCOUNTS = (
    "SELECT customer_id, account_no, address FROM accounts WHERE id IN "
    "(SELECT rowid FROM accounts_fts WHERE accounts_fts MATCH ? LIMIT ?) ORDER BY id"
)
_FTS_APPLICATIONS = (
    "SELECT p.customer_id, p.application_no, p.address, a.account_no "
    "FROM applications AS p LEFT JOIN accounts AS a ON a.id = p.account_id WHERE p.id IN "
    "(SELECT rowid FROM applications_fts WHERE applications_fts MATCH ? LIMIT ?) ORDER BY p.id"
)


def _fts_lookup(s: Session, value: str, limit: int) -> list[_Found]:
    conn = s.connection()
    args = (fts_phrase(value), limit)
    found = [_Found(cid, MATCH_NAMES["name"]) for (cid,) in conn.exec_driver_sql(_FTS_NAMES, args)]
    found += [
        _Found(cid, MATCH_NAMES["address"], no, addr)
        for cid, no, addr in conn.exec_driver_sql(_FTS_ACCOUNTS, args)
    ]
    if len({f.customer_id for f in found}) >= limit:
        return found  # enough lines already; the rest would be cut anyway
    found += [
        _Found(cid, MATCH_NAMES["address"], acc_no or "", addr, no)
        for cid, no, addr, acc_no in conn.exec_driver_sql(_FTS_APPLICATIONS, args)
    ]
    return found


def _like_pattern(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _like_lookup(s: Session, value: str, limit: int) -> list[_Found]:
    pattern = _like_pattern(value)
    ids = s.scalars(
        select(Customer.id)
        .where(Customer.name.like(pattern, escape="\\"))
        .order_by(Customer.id)
        .limit(limit)
    )
    found = [_Found(cid, MATCH_NAMES["name"]) for cid in ids]
    found += _accounts_found(
        s,
        select(Account.customer_id, Account.account_no, Account.address)
        .where(Account.address.like(pattern, escape="\\"))
        .order_by(Account.id)
        .limit(limit),
    )
    found += _applications_found(s, Application.address.like(pattern, escape="\\"), limit)
    return found


def _accounts_found(s: Session, query: Select[tuple[int, str, str]]) -> list[_Found]:
    rows = s.execute(query).all()
    return [_Found(cid, MATCH_NAMES["address"], no, addr) for cid, no, addr in rows]


def _applications_found(
    s: Session, condition: ColumnElement[bool], limit: int | None = None
) -> list[_Found]:
    query = (
        select(
            Application.customer_id,
            Application.application_no,
            Application.address,
            Account.account_no,
        )
        .outerjoin(Account, Account.id == Application.account_id)
        .where(condition)
        .order_by(Application.id)
    )
    if limit is not None:
        query = query.limit(limit)
    return [
        _Found(cid, MATCH_NAMES["address"], acc_no or "", addr, no)
        for cid, no, addr, acc_no in s.execute(query).all()
    ]


def _hits(s: Session, found: Sequence[_Found], exact: str | None = None) -> list[CustomerHit]:
    """Two queries for any number of hits: the customers, and their first accounts.

    With ``exact``, customers named exactly that come first (the order is kept otherwise).
    """
    if not found:
        return []
    ids = [f.customer_id for f in found]
    customers = {
        row.id: row
        for row in s.execute(
            select(
                Customer.id,
                Customer.name,
                Customer.kind,
                Customer.cert_type,
                Customer.cert_no,
                Customer.mobile,
            ).where(Customer.id.in_(ids))
        ).all()
    }
    need_account = [f.customer_id for f in found if not f.account_no]
    first: dict[int, tuple[str, str, str]] = {}
    if need_account:
        rows = s.execute(
            select(Account.customer_id, Account.account_no, Account.address, Account.status)
            .where(Account.customer_id.in_(need_account))
            .order_by(Account.customer_id, Account.id)
        ).all()
        for cid, no, addr, status in rows:
            # The first account still in use, else the first one at all.
            if cid not in first or (status != "closed" and first[cid][2] == "closed"):
                first[cid] = (no, addr, status)
    if exact is not None:
        found = sorted(found, key=lambda f: not _named(customers.get(f.customer_id), exact))
    hits = []
    for f in found:
        c = customers.get(f.customer_id)
        if c is None:
            continue
        account_no, address = f.account_no, f.address
        if not account_no and f.customer_id in first:
            account_no, address = first[f.customer_id][0], address or first[f.customer_id][1]
        hits.append(
            CustomerHit(
                customer_id=c.id,
                name=mask_name(c.name),
                kind=c.kind,
                cert_type=c.cert_type,
                cert_no=mask_id(c.cert_no),
                mobile=mask_phone(c.mobile) if c.mobile else "",
                account_no=account_no,
                address=address,
                matched=f.matched,
                application_no=f.application_no,
            )
        )
    return hits


def _named(row: Row[Any] | None, name: str) -> bool:
    return row is not None and row.name == name


# -- one customer -----------------------------------------------------------------


def customer_detail(ctx: AppContext, customer_id: int) -> CustomerDetail:
    """The customer (masked), their accounts, applications with step timelines, and visits.

    Seven indexed queries whatever the customer's history: customer, accounts, the
    accounts' 欠费停电 state, applications, all their steps (one IN query), recent
    visits, visit count. Only the columns shown are read (no ORM objects, of the JSON
    details only a 复电's deadline).
    """
    now = ctx.clock()
    with ctx.read() as s:
        customer = s.execute(
            select(
                Customer.id,
                Customer.name,
                Customer.kind,
                Customer.cert_type,
                Customer.cert_no,
                Customer.mobile,
            ).where(Customer.id == customer_id)
        ).first()
        if customer is None:
            raise NotFound("找不到客户（编号 {customer_id}）", customer_id=customer_id)
        accounts = s.execute(
            select(
                Account.id,
                Account.account_no,
                Account.address,
                Account.category,
                Account.voltage,
                Account.capacity_kw,
                Account.status,
            )
            .where(Account.customer_id == customer_id)
            .order_by(Account.id)
        ).all()
        supply = reconnection.supply_states(s, [a.id for a in accounts])
        apps = s.execute(
            select(
                Application.id,
                Application.application_no,
                Application.business_name,
                Application.status,
                Application.current_step,
                Application.address,
                Application.accepted_at,
                Application.promised_date,
                Application.completed_at,
                # Only a 复电's deadline (its limit is in hours), not the whole details.
                Application.details["deadline"].as_string().label("deadline"),
                Account.account_no,
            )
            .outerjoin(Account, Account.id == Application.account_id)
            .where(Application.customer_id == customer_id)
            .order_by(Application.accepted_at.desc(), Application.id.desc())
            .limit(MAX_APPLICATIONS)
        ).all()
        steps: dict[int, list[Row[Any]]] = {}
        if apps:
            for st in s.execute(
                select(
                    ApplicationStep.application_id,
                    ApplicationStep.code,
                    ApplicationStep.name,
                    ApplicationStep.limit_days,
                    ApplicationStep.due_date,
                    ApplicationStep.completed_at,
                )
                .where(ApplicationStep.application_id.in_([a.id for a in apps]))
                .order_by(ApplicationStep.application_id, ApplicationStep.seq)
            ):
                steps.setdefault(st.application_id, []).append(st)
        visits = s.execute(
            select(
                Visit.visit_no,
                Visit.started_at,
                Visit.ended_at,
                Visit.business_code,
                Visit.counter,
                Visit.outcome,
                User.display_name,
            )
            .join(User, User.id == Visit.clerk_id)
            .where(Visit.customer_id == customer_id)
            .order_by(Visit.started_at.desc(), Visit.id.desc())
            .limit(RECENT_VISITS)
        ).all()
        visit_total = s.scalar(
            select(func.count()).select_from(Visit).where(Visit.customer_id == customer_id)
        )
    return CustomerDetail(
        customer_id=customer.id,
        name=mask_name(customer.name),
        kind=customer.kind,
        cert_type=customer.cert_type,
        cert_no=mask_id(customer.cert_no),
        mobile=mask_phone(customer.mobile) if customer.mobile else "",
        accounts=tuple(
            AccountLine(
                a.account_no,
                a.address,
                a.category,
                a.voltage,
                a.capacity_kw,
                a.status,
                ACCOUNT_STATUS_NAMES.get(a.status, a.status),
                *_supply(supply.get(a.id)),
            )
            for a in accounts
        ),
        applications=tuple(_application_line(a, steps.get(a.id, []), now) for a in apps),
        visits=tuple(_visit_line(ctx, v) for v in visits),
        visit_total=visit_total or 0,
    )


def _supply(state: reconnection.SupplyState | None) -> tuple[str, datetime | None]:
    return (state.state, state.deadline) if state is not None else ("", None)


def _application_line(app: Row[Any], steps: list[Row[Any]], now: datetime) -> ApplicationLine:
    today = local_date(now)
    running = app.status == "in_progress"
    is_open = app.status in ("in_progress", "paused", "returned")
    deadline = deadline_of({"deadline": app.deadline})  # a 复电: late by the hour

    def late(st: Row[Any]) -> bool:
        if deadline is not None and st.code == app.current_step:
            return now > deadline
        return bool(st.due_date < today)

    return ApplicationLine(
        application_no=app.application_no,
        business_name=app.business_name,
        status=app.status,
        status_name=APPLICATION_STATUSES.get(app.status, app.status),
        account_no=app.account_no or "",
        address=app.address,
        accepted_at=app.accepted_at,
        promised_date=app.promised_date,
        completed_at=app.completed_at,
        steps=tuple(
            TimelineStep(
                name=st.name,
                limit_days=st.limit_days,
                due_date=st.due_date,
                completed_at=st.completed_at,
                current=is_open and st.code == app.current_step,
                overdue=running and st.completed_at is None and late(st),
            )
            for st in steps
        ),
    )


def _visit_line(ctx: AppContext, v: Row[Any]) -> VisitLine:
    defn = ctx.workflows.get(v.business_code)
    name = defn.name if defn else VISIT_BUSINESSES.get(v.business_code, v.business_code)
    return VisitLine(
        visit_no=v.visit_no,
        started_at=v.started_at,
        ended_at=v.ended_at,
        business_code=v.business_code,
        business_name=name,
        counter=v.counter,
        clerk=v.display_name,
        outcome=v.outcome,
        outcome_name=VISIT_OUTCOME_NAMES.get(v.outcome, v.outcome),
    )
