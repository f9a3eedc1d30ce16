"""Applying HQ's arrears list (欠费清单): chunks of checked rows in one transaction."""

from __future__ import annotations

import contextlib
import io
import itertools
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Row, Table, bindparam, insert, select, update
from sqlalchemy.orm import Session

from counter_app.domain.clock import local_date
from counter_app.domain.text import N_, Msg
from counter_app.services import audit, authz
from counter_app.services.audit_details import arrears_line, arrears_state
from counter_app.services.auth import UserInfo
from counter_app.services.context import AppContext
from counter_app.services.errors import ImportRejected, UserError
from counter_app.services.hq_imports.arrears_rows import (
    _APPLY_ROWS,
    _ArrearsCheck,
    _ArrearsRow,
)
from counter_app.services.hq_imports.cells import (
    _chunks,
    _sha256,
)
from counter_app.services.hq_imports.columns import (
    ARREARS_HEADERS,
    ARREARS_OPTIONAL,
    PLACEHOLDER_CERT_TYPE,
)
from counter_app.services.hq_imports.summaries import (
    ImportSummary,
    _audit_detail,
)
from counter_app.services.progress import Progress, import_cancelled, no_progress
from counter_app.services.retry import IMPORT_BUSY, retrying
from counter_app.services.workbook_apart import read_values_apart
from counter_app.store.models import (
    Account,
    Arrears,
    Customer,
    Hall,
    Payment,
    PaymentLine,
)

_ARREARS = cast(Table, Arrears.__table__)
_ACCOUNTS = cast(Table, Account.__table__)
_CUSTOMERS = cast(Table, Customer.__table__)
# The import's stages (services/progress.py): the rows as they are read, then the saving.
READING = N_("检查并写入欠费记录")
SAVING = N_("保存导入结果")


class _ArrearsApply:
    """Applies checked rows a chunk at a time, with Core statements (no ORM object per
    row), remembering only each named account's id and its stored months not yet listed."""

    def __init__(self, s: Session, now: datetime) -> None:
        self.s = s
        self.now = now
        self.hall_id: int | None = None
        self.account_ids: dict[str, int] = {}  # every account the file names so far
        # Stored months of the named accounts that no row has listed yet: what is left
        # at the end is no longer listed (withdrawn, or kept when paid here).
        self.unlisted: dict[tuple[int, str], Row[Any]] = {}
        self.states = io.StringIO()  # "id:state" lines: each arrears as this import left it
        self.rates = io.StringIO()  # "户号:‰" lines: each contract rate this import set
        self.rates_changed = 0
        self.created = self.added = self.updated = self.unchanged = 0
        self.withdrawn = self.kept = 0

    def chunk(self, rows: list[_ArrearsRow]) -> None:
        self._accounts(rows)
        inserts: list[dict[str, Any]] = []
        updates: list[dict[str, Any]] = []
        for r in rows:
            key = (self.account_ids[r.account_no], r.bill_month)
            old = self.unlisted.pop(key, None)
            if old is None:
                inserts.append(
                    {
                        "account_id": key[0],
                        "bill_month": r.bill_month,
                        "amount_due": r.amount_due,
                        "amount_paid": r.amount_paid,
                        "paid_elsewhere": r.amount_paid,
                        "due_date": r.due_date,
                        "status": "open",
                        "updated_at": self.now,
                    }
                )
                continue
            # HQ's 已收金额 less the receipts here is paid elsewhere; never lowered (a
            # payment taken here after HQ drew up the list is not lost).
            here = old.amount_paid - old.paid_elsewhere
            elsewhere = max(old.paid_elsewhere, r.amount_paid - here)
            new = (r.amount_due, r.due_date, elsewhere + here, elsewhere, "open")
            was = (old.amount_due, old.due_date, old.amount_paid, old.paid_elsewhere, old.status)
            self.states.write(
                arrears_line(old.id, arrears_state(r.amount_due, r.due_date, elsewhere, "open"))
            )
            if was == new:
                self.unchanged += 1
                continue
            updates.append(
                {
                    "b_id": old.id,
                    "amount_due": r.amount_due,
                    "due_date": r.due_date,
                    "amount_paid": elsewhere + here,
                    "paid_elsewhere": elsewhere,
                    "status": "open",
                    "updated_at": self.now,
                }
            )
        if inserts:
            # RETURNING matched by key, not by order: in parameter order SQLite would
            # insert one row per statement.
            by_key = {(v["account_id"], v["bill_month"]): v for v in inserts}
            for arrears_id, account_id, bill_month in self.s.execute(
                insert(_ARREARS).returning(
                    _ARREARS.c.id, _ARREARS.c.account_id, _ARREARS.c.bill_month
                ),
                inserts,
            ):
                v = by_key[(account_id, bill_month)]
                self.states.write(
                    arrears_line(
                        arrears_id,
                        arrears_state(v["amount_due"], v["due_date"], v["paid_elsewhere"], "open"),
                    )
                )
            self.added += len(inserts)
        if updates:
            self.s.execute(
                update(_ARREARS)
                .where(_ARREARS.c.id == bindparam("b_id"))
                .values({name: bindparam(name) for name in updates[0] if name != "b_id"}),
                updates,
            )
            self.updated += len(updates)

    def _accounts(self, rows: list[_ArrearsRow]) -> None:
        """The accounts these rows name for the first time: the stored ones locked, then
        their arrears (the one lock order, services/retry.py: accounts FOR UPDATE in id
        order, then their arrears in id order, as a payment or a void at a counter takes
        them); the others created."""
        first: dict[str, _ArrearsRow] = {}
        for r in rows:
            if r.account_no not in self.account_ids:
                first.setdefault(r.account_no, r)
        if not first:
            return
        known: dict[str, int] = {}
        rate_updates: list[dict[str, Any]] = []
        for account_no, account_id, stored_rate in self.s.execute(
            select(Account.account_no, Account.id, Account.late_fee_rate_per_mille)
            .where(Account.account_no.in_(sorted(first)))
            .order_by(Account.id)
            .with_for_update()
        ).tuples():
            known[account_no] = account_id
            r = first[account_no]
            if r.rate_listed and r.rate != stored_rate:
                rate_updates.append({"b_id": account_id, "rate": r.rate})
                self._rate_set(account_no, r.rate)
        self.account_ids.update(known)
        if rate_updates:
            self.s.execute(
                update(_ACCOUNTS)
                .where(_ACCOUNTS.c.id == bindparam("b_id"))
                .values(late_fee_rate_per_mille=bindparam("rate"), updated_at=self.now),
                rate_updates,
            )
            self.rates_changed += len(rate_updates)
        if known:
            # Locked: a payment at a counter meanwhile waits, or is seen (PostgreSQL).
            for stored in self.s.execute(
                select(
                    Arrears.id,
                    Arrears.account_id,
                    Arrears.bill_month,
                    Arrears.amount_due,
                    Arrears.amount_paid,
                    Arrears.paid_elsewhere,
                    Arrears.due_date,
                    Arrears.status,
                )
                .where(Arrears.account_id.in_(sorted(known.values())))
                .order_by(Arrears.id)
                .with_for_update()
            ):
                self.unlisted[(stored.account_id, stored.bill_month)] = stored
        missing = [r for no, r in first.items() if no not in known]
        if missing:
            self._create(missing)

    def _create(self, rows: list[_ArrearsRow]) -> None:
        """New accounts with a placeholder holder each (reused when one is stored)."""
        if self.hall_id is None:
            self.hall_id = self.s.scalar(select(Hall.id).order_by(Hall.id).limit(1))
            if self.hall_id is None:
                raise UserError(
                    "尚未设置营业厅：请先完成首次设置（counter-app init 或图形界面的设置向导），"
                    "再导入欠费清单"
                )
        holders = dict(
            self.s.execute(
                select(Customer.cert_no, Customer.id).where(
                    Customer.cert_type == PLACEHOLDER_CERT_TYPE,
                    Customer.cert_no.in_([r.account_no for r in rows]),
                )
            )
            .tuples()
            .all()
        )
        new_holders = [
            {
                "kind": "person" if r.category == "居民" else "company",
                "name": r.name,
                "cert_type": PLACEHOLDER_CERT_TYPE,
                "cert_no": r.account_no,
                "mobile": "",
                "created_at": self.now,
                "updated_at": self.now,
            }
            for r in rows
            if r.account_no not in holders
        ]
        if new_holders:
            holders.update(
                self.s.execute(
                    insert(_CUSTOMERS).returning(_CUSTOMERS.c.cert_no, _CUSTOMERS.c.id),
                    new_holders,
                )
                .tuples()
                .all()
            )
        accounts = [
            {
                "account_no": r.account_no,
                "hall_id": self.hall_id,
                "customer_id": holders[r.account_no],
                "address": r.address,
                "category": r.category,
                "voltage": "低压",
                "capacity_kw": None,
                "status": "active",
                "prepaid": Decimal("0.00"),
                "late_fee_rate_per_mille": r.rate,
                "opened_at": self.now,
                "closed_at": None,
                "updated_at": self.now,
            }
            for r in rows
        ]
        for r in rows:
            if r.rate is not None:
                self._rate_set(r.account_no, r.rate)
        self.account_ids.update(
            self.s.execute(
                insert(_ACCOUNTS).returning(_ACCOUNTS.c.account_no, _ACCOUNTS.c.id), accounts
            )
            .tuples()
            .all()
        )
        self.created += len(rows)

    def _rate_set(self, account_no: str, rate: Decimal | None) -> None:
        self.rates.write(f"{account_no}:{'' if rate is None else format(rate.normalize(), 'f')}\n")

    def finish(self) -> None:
        """The named accounts' open months the file no longer lists: withdrawn, unless a
        valid payment taken here points at one (then kept open, and counted)."""
        self.account_ids.clear()  # no longer needed: room for the audit entry
        gone = [a for a in self.unlisted.values() if a.status == "open"]
        self.unlisted.clear()
        paid_here = _paid_here(self.s, [a.id for a in gone])
        withdraw = [{"b_id": a.id} for a in gone if a.id not in paid_here]
        for a in gone:
            status = "open" if a.id in paid_here else "withdrawn"
            state = arrears_state(a.amount_due, a.due_date, a.paid_elsewhere, status)
            self.states.write(arrears_line(a.id, state))
        for part in _chunks(withdraw):
            self.s.execute(
                update(_ARREARS)
                .where(_ARREARS.c.id == bindparam("b_id"))
                .values(status="withdrawn", updated_at=self.now),
                list(part),
            )
        self.withdrawn = len(withdraw)
        self.kept = len(gone) - len(withdraw)


@retrying(IMPORT_BUSY)  # a deadlock or a busy store: the whole import again, then a message
def import_arrears(
    ctx: AppContext, user: UserInfo | None, path: Path, *, progress: Progress | None = None
) -> ImportSummary:
    """Apply HQ's arrears list to the accounts it names, all or nothing.

    The file is read once, row by row: each row is checked, and the checked rows are
    applied a chunk at a time inside the one transaction. The first bad row stops the
    writing (the rest is still checked, so every bad row is reported at once) and the
    refusal rolls back what was applied: nothing of a refused file stays. ``progress``
    hears the rows read, a chunk at a time (the total is not known before the end); a
    cancel (it returned False) raises Cancelled inside the transaction, which is rolled
    back: nothing is written, as for a refusal."""
    report = progress or no_progress
    now = ctx.clock()
    authz.check(ctx, user, "import.hq")  # before reading a county's file
    check = _ArrearsCheck(local_date(now))
    # A county's list: read beside the writing.
    rows = read_values_apart(path, ARREARS_HEADERS, ARREARS_OPTIONAL)
    # Closed on any way out: a refusal's traceback must not keep the file open (Excel
    # on Windows could not save it again).
    with contextlib.closing(rows):
        first = next(rows, None)  # the file and its header checked before the store is locked
        sha = _sha256(path)
        with ctx.write() as s:
            authz.require(s, user, "import.hq", now)
            apply = _ArrearsApply(s, now)
            pending: list[_ArrearsRow] = []
            for read, (number, cells) in enumerate(
                itertools.chain([first] if first else [], rows), start=1
            ):
                if read % _APPLY_ROWS == 0 and not report(READING, read, 0):
                    raise import_cancelled()
                checked = check.row(number, cells)
                if check.problems:
                    pending.clear()  # refused: nothing more is written
                    continue
                if checked is not None:
                    pending.append(checked)
                if len(pending) >= _APPLY_ROWS:
                    apply.chunk(pending)
                    pending = []
            if not check.rows and not check.problems:
                check.problems.append((0, Msg("文件中没有欠费记录")))
            if check.problems:
                raise ImportRejected(path.name, check.problems)
            if pending:
                apply.chunk(pending)
            rows_read, accounts = check.rows, len(check.holders)
            del check  # what the rows were checked against: its memory serves the audit entry
            if not report(SAVING, 0, 0):
                raise import_cancelled()
            apply.finish()
            summary = ImportSummary(
                file=path.name,
                sha256=sha,
                rows=rows_read,
                accounts=accounts,
                accounts_created=apply.created,
                arrears_added=apply.added,
                arrears_updated=apply.updated,
                arrears_withdrawn=apply.withdrawn,
                arrears_kept=apply.kept,
                unchanged=apply.unchanged,
                account_rates=apply.rates_changed,
            )
            audit.record(
                s,
                now,
                user.id if user else None,
                "arrears.import",
                "arrears",
                path.name[:60],
                _audit_detail(summary)
                | {"arrears": apply.states.getvalue()}
                | ({"late_fee_rates": apply.rates.getvalue()} if apply.rates.tell() else {}),
            )
            # The last word before the commit: a cancel now still writes nothing.
            if not report(SAVING, 1, 1):
                raise import_cancelled()
    return summary


def _paid_here(s: Session, arrears_ids: list[int]) -> set[int]:
    """Which of these arrears a valid (not voided) payment taken here points at."""
    found: set[int] = set()
    for chunk in _chunks(arrears_ids):
        found.update(
            i
            for i in s.scalars(
                select(PaymentLine.arrears_id)
                .join(Payment, Payment.id == PaymentLine.payment_id)
                .where(PaymentLine.arrears_id.in_(chunk), Payment.status == "valid")
                .distinct()
            )
            if i is not None
        )
    return found
