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
from typing import Any

from sqlalchemy import ColumnElement, Row, Select, select
from sqlalchemy.orm import Session

from counter_app.domain.identity import is_valid_mobile, normalize_mobile
from counter_app.domain.masking import mask_id, mask_name, mask_phone
from counter_app.domain.numbers import ISSUED_APPLICATION_NO
from counter_app.domain.text import N_
from counter_app.domain.vocabulary import (
    CUSTOMER_KINDS,
)
from counter_app.services.context import AppContext
from counter_app.services.input_guard import check_text
from counter_app.store.models import (
    Account,
    Application,
    Customer,
)

__all__ = [
    "MATCH_NAMES",
    "CustomerHit",
    "search",
    "search_keys",
]

# What a hit and a customer's detail show of a customer (masked before they leave).
CUSTOMER_SHOWN = (
    Customer.id,
    Customer.name,
    Customer.kind,
    Customer.cert_type,
    Customer.cert_no,
    Customer.mobile,
)

# What a hit was found by, as the results table says it.
MATCH_NAMES = {
    "application": N_("受理编号"),
    "account": N_("户号"),
    "cert": N_("证件号码"),
    "mobile": N_("手机"),
    "name": N_("姓名"),
    "address": N_("地址"),
}
FTS_MIN_CHARS = 3  # a trigram index needs at least one trigram

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


# -- what was typed -------------------------------------------------------------


def search_keys(typed: str) -> list[tuple[str, str]]:
    """How the text will be looked up: (kind, value) pairs, kind one of MATCH_NAMES's keys
    or "text" (part of a name or address)."""
    stripped = typed.strip()
    if not stripped:
        return []
    # Full-width digits and letters (some input methods) count as their ASCII selves.
    compact = _SPACES.sub("", unicodedata.normalize("NFKC", stripped))
    if ISSUED_APPLICATION_NO.fullmatch(compact):
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
        row.id: row for row in s.execute(select(*CUSTOMER_SHOWN).where(Customer.id.in_(ids))).all()
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
