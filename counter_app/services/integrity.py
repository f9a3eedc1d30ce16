"""Is the store whole and unfalsified? The start-up check and `counter-app check`.

At start-up (``startup_check``, from ``open_context``): ``PRAGMA quick_check``
on an SQLite store. A damaged store is not opened: the StartupError says to
restore the latest backup (naming it when the backup folder is known).

``check_store`` reads everything in one transaction (a consistent snapshot) and
runs these checks; each gives an OK line or its FIRST problem (with the row to
look at) and how many problems it found:

1. 数据库文件 — ``PRAGMA integrity_check`` (SQLite only): the full check of
   pages, indexes and constraints that start-up skips for speed.
2. 审计链 — entries in id order: the first one's ``prev_hash`` is GENESIS, each
   next one's ``prev_hash`` is the previous entry's ``hash`` (an entry deleted or
   inserted in the middle breaks this), and each ``hash`` recomputes with
   ``audit.entry_hash`` from the stored fields (an edited entry breaks this).
   The chain alone cannot see entries cut off at its end; check 3 covers that
   for payments.
3. 审计链锚点 / 给定锚点 — the chain's head against copies kept outside the file
   (the marks file beside a SQLite store, ``--anchor`` from a printed settlement
   report): entries cut off at the end or a chain re-hashed in place
   (services/integrity_anchor.py).
   收据与审计, 收据校验码, 作废记录, 补打记录, 日结记录, 欠费与导入 — every
   business record against the audit entry written with it, field by field, and
   every entry against its record (services/integrity_records.py).
4. 收据编号 / 受理编号 / 来访编号 / 日结编号 — per sequence (receipts per hall,
   counter and day; the others per hall and day) the numbers used are exactly
   1..N where N is the Sequence row's value: numbers are allocated inside the
   transaction that writes the row, so a gap means a row was deleted, and a
   number above N means a row was written without the app.
5. 电费账目 — for every arrears row: amount_paid ≥ the principal of the valid
   (not voided) payment lines for it, and 0 ≤ amount_paid ≤ amount_due.
   (欠费与导入 checks the equality amount_paid = paid_elsewhere + receipts here.)
   (An HQ list that later lowers amount_due below what was paid shows here too:
   that is an overpayment to refund, worth a look.)
6. 预存余额 — for every account: prepaid = the sum of the valid prepayment lines
   of its payments. Prepayments are only ever moved by payments and voids, so
   the balance is exactly what the receipts say.
7. 收据金额 — every payment's total = the sum of its lines' amounts, every line's
   amount = principal + late fee, and no line without its payment.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator
from collections.abc import Sequence as Seq
from contextlib import contextmanager
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, func, literal, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from counter_app.domain import numbers
from counter_app.domain.clock import format_local
from counter_app.domain.numbers import NumberSeries
from counter_app.services import integrity_anchor, integrity_records
from counter_app.services.audit import GENESIS, entry_hash
from counter_app.services.backup_folder import latest_backup
from counter_app.services.context import AppContext
from counter_app.services.errors import StartupError
from counter_app.services.integrity_findings import CheckReport, CheckResult, Findings
from counter_app.store.db import BUSY_TIMEOUT_MS, sqlite_path
from counter_app.store.models import (
    Account,
    Application,
    Arrears,
    AuditEntry,
    Hall,
    Payment,
    PaymentLine,
    Sequence,
    Settlement,
    Visit,
)

ZERO = Decimal("0.00")
SQLITE_CORRUPT, SQLITE_NOTADB = 11, 26


# -- start-up ------------------------------------------------------------------------


def _damage(exc: BaseException) -> str | None:
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    if isinstance(orig, sqlite3.DatabaseError) and not isinstance(orig, sqlite3.OperationalError):
        return str(orig)
    code = getattr(orig, "sqlite_errorcode", 0) & 0xFF
    return str(orig) if code in (SQLITE_CORRUPT, SQLITE_NOTADB) else None


def quick_check(engine: Engine) -> str | None:
    """The first problems PRAGMA quick_check finds, or None (also for a server database)."""
    if sqlite_path(str(engine.url)) is None:
        return None
    try:
        # A raw connection: no BEGIN IMMEDIATE, so other writers are not held up.
        raw = engine.raw_connection()
        try:
            cursor = raw.cursor()
            try:
                rows = [str(r[0]) for r in cursor.execute("PRAGMA quick_check(3)")]
            finally:
                cursor.close()
        finally:
            raw.close()
    except (DBAPIError, sqlite3.Error) as exc:
        problem = _damage(exc)
        if problem is None:
            raise
        return problem
    return None if rows == ["ok"] else "；".join(rows)


def damaged_message(db: Path | str, problem: str, backup_folder: Path | None) -> str:
    lines = [
        "数据库文件已损坏。为免在损坏的数据上继续收费和受理，柜台助手不会打开它。",
        f"数据库：{db}",
        f"检查结果：{problem}",
        "请由管理员用最新的备份恢复：退出柜台助手后运行",
        "    counter-app restore 备份文件",
        "恢复前会先检查备份文件，并保留损坏数据库的副本。在此之前请不要删除或覆盖损坏的数据库文件。",
    ]
    if backup_folder is not None and Path(backup_folder).is_absolute():
        latest = latest_backup(backup_folder)
        lines.append(
            f"最新的备份：{latest}"
            if latest
            else f"备份文件夹 {backup_folder} 中没有找到备份（如果是U盘，请先插好U盘）。"
        )
    else:
        lines.append(
            "备份在“设置”中选择的备份文件夹里（例如U盘），文件名形如 counter-20250101-083000.db。"
        )
    return "\n".join(lines)


def startup_check(engine: Engine, backup_folder: Path | None = None) -> None:
    """StartupError, saying what to do, when the store is damaged."""
    problem = quick_check(engine)
    if problem is not None:
        db = sqlite_path(str(engine.url)) or engine.url.render_as_string(hide_password=True)
        raise StartupError(damaged_message(db, problem, backup_folder))


# -- counter-app check -----------------------------------------------------------------


def _money(value: Any) -> Decimal:
    return ZERO if value is None else Decimal(value).quantize(Decimal("0.01"))


def _integrity(s: Session) -> CheckResult:
    found = Findings("file", "数据库文件")
    try:
        rows = [str(r[0]) for r in s.connection().exec_driver_sql("PRAGMA integrity_check(5)")]
    except DBAPIError as exc:
        rows = [str(exc.orig)]
    if rows != ["ok"]:
        found.add(f"数据库文件完整性检查未通过：{'；'.join(rows)}")
    return found.result("完整性检查通过")


def _audit_chain(s: Session) -> CheckResult:
    found = Findings("audit", "审计链")
    query = select(
        AuditEntry.id,
        AuditEntry.at,
        AuditEntry.user_id,
        AuditEntry.action,
        AuditEntry.entity,
        AuditEntry.entity_id,
        AuditEntry.detail,
        AuditEntry.prev_hash,
        AuditEntry.hash,
    ).order_by(AuditEntry.id)
    prev_hash, prev_id, count = GENESIS, 0, 0
    for row in s.connection().execute(query.execution_options(yield_per=2000)):
        count += 1
        what = f"{format_local(row.at, seconds=True)} {row.action} {row.entity} {row.entity_id}"
        if row.prev_hash != prev_hash:
            before = f"第 {prev_id} 条之后" if prev_id else "它之前"
            found.add(
                f"审计链在第 {row.id} 条断开：它记下的上一条哈希与实际的上一条不符，"
                f"{before}的记录被删除、插入或改动过（该条：{what}）"
            )
        elif (
            entry_hash(
                row.prev_hash,
                row.at,
                row.user_id,
                row.action,
                row.entity,
                row.entity_id,
                row.detail,
            )
            != row.hash
        ):
            found.add(f"审计链在第 {row.id} 条断开：记录内容与其哈希不符，该条被改动过（{what}）")
        prev_hash, prev_id = row.hash, row.id
    return found.result(f"共 {count:,} 条记录，逐条相接，内容与哈希一致")


# Numbers: (hall, day yyyymmdd, counter or "") -> the shown number for n.
_Key = tuple[str, str, str]


def _numbered_rows(s: Session, series: NumberSeries) -> Iterable[tuple[int, str, str, str]]:
    """(row id, hall code, counter or "", number) of the rows a series numbers."""
    # Core, not ORM rows: a million visits take seconds less.
    conn = s.connection()
    if series.key == "receipts":
        return conn.execute(
            select(Payment.id, Hall.code, Payment.counter, Payment.receipt_no).join(
                Hall, Hall.id == Payment.hall_id
            )
        ).tuples()
    model: Any = {"applications": Application, "visits": Visit, "settlements": Settlement}[
        series.key
    ]
    column = {
        "applications": Application.application_no,
        "visits": Visit.visit_no,
        "settlements": Settlement.settlement_no,
    }[series.key]
    return conn.execute(
        select(model.id, Hall.code, literal(""), column).join(Hall, Hall.id == model.hall_id)
    ).tuples()


def _sequence_key(rest: str, per_counter: bool) -> _Key | None:
    hall, sep, tail = rest.partition(":")
    if not sep:
        return None
    if per_counter:
        counter, sep, day = tail.rpartition(":")
        return (hall, day, counter) if sep else None
    return hall, tail, ""


def _day_text(day: str) -> str:
    try:
        return datetime.strptime(day, "%Y%m%d").strftime("%Y-%m-%d")
    except ValueError:
        return day


def _skipped_by_restores(s: Session, series: NumberSeries) -> dict[_Key, list[tuple[int, int]]]:
    """The numbers a restore of an older backup skipped (services/backups.py): its audit
    entry lists them per sequence, and only those gaps are accepted."""
    found: dict[_Key, list[tuple[int, int]]] = defaultdict(list)
    details = s.scalars(select(AuditEntry.detail).where(AuditEntry.action == "backup.restore"))
    for detail in details:
        for name, span in (detail.get("skipped") or {}).items():
            if not name.startswith(series.prefix):
                continue
            key = _sequence_key(name[len(series.prefix) :], series.per_counter)
            if key is not None and isinstance(span, list) and len(span) == 2:
                found[key].append((int(span[0]), int(span[1])))
    return found


def _numbering(s: Session, series: NumberSeries) -> CheckResult:
    found = Findings(series.key, series.title)
    counts: dict[_Key, int] = {}
    for name, value in s.execute(
        select(Sequence.name, Sequence.value).where(Sequence.name.startswith(series.prefix))
    ):
        key = _sequence_key(name[len(series.prefix) :], series.per_counter)
        if key is not None:
            counts[key] = value
    used: dict[_Key, dict[int, str]] = defaultdict(dict)
    total = 0
    bad: list[str] = []
    for row_id, hall, counter, number in _numbered_rows(s, series):
        total += 1
        parsed = series.parse(number)
        if parsed is None or parsed.hall != hall:
            bad.append(f"{series.noun}编号“{number}”的格式不对（id={row_id}）")
            continue
        used[(hall, parsed.day, counter)][parsed.n] = number
    for message in bad:
        found.add(message)
    skipped = _skipped_by_restores(s, series)
    restored_gaps = 0  # numbers issued before a restore of an older backup, listed by it
    for key in sorted(set(counts) | set(used)):
        hall, day, counter = key
        top, numbers = counts.get(key, 0), used.get(key, {})
        where = f"{counter}号柜台 {_day_text(day)}" if series.per_counter else _day_text(day)
        for n in range(1, top + 1):
            if n in numbers:
                continue
            if any(lo <= n <= hi for lo, hi in skipped.get(key, ())):
                restored_gaps += 1
                continue
            found.add(
                f"{series.title}有缺号：{series.show(hall, day, counter, n)} 不存在"
                f"（{where}已编到第 {top} 号）"
            )
        for n in sorted(n for n in numbers if n > top):
            found.add(
                f"{series.noun} {numbers[n]} 的序号超出了编号计数（{where}的计数为 {top}），"
                "可能是绕过本程序写入的"
            )
    unit = "柜台日" if series.per_counter else "营业日"
    if not total and not counts:
        return found.result("暂无编号")
    if restored_gaps:
        return found.result(
            f"{len(used)} 个{unit}，共 {total:,} 个编号，除恢复较早的备份时跳过的 "
            f"{restored_gaps} 个号（已记入恢复的审计记录）外无缺号"
        )
    return found.result(f"{len(used)} 个{unit}，共 {total:,} 个编号，都从 1 起连续，无缺号")


def _arrears_ledger(s: Session) -> CheckResult:
    found = Findings("arrears", "电费账目")
    paid_here = (
        select(PaymentLine.arrears_id, func.sum(PaymentLine.principal).label("paid"))
        .join(Payment, Payment.id == PaymentLine.payment_id)
        .where(Payment.status == "valid", PaymentLine.arrears_id.is_not(None))
        .group_by(PaymentLine.arrears_id)
        .subquery()
    )
    query = (
        select(
            Arrears.id,
            Account.account_no,
            Arrears.bill_month,
            Arrears.amount_due,
            Arrears.amount_paid,
            paid_here.c.paid,
        )
        .join(Account, Account.id == Arrears.account_id, isouter=True)
        .join(paid_here, paid_here.c.arrears_id == Arrears.id, isouter=True)
        .order_by(Arrears.id)
    )
    count = 0
    for arrears_id, account_no, month, due, paid, receipts in s.execute(query):
        count += 1
        due, paid, receipts = _money(due), _money(paid), _money(receipts)
        bill = f"户号 {account_no} {month} 电费（欠费记录 id={arrears_id}）"
        if paid < receipts:
            found.add(f"{bill}的已收金额 {paid:.2f} 元少于本厅收据合计 {receipts:.2f} 元")
        elif paid < 0:
            found.add(f"{bill}的已收金额 {paid:.2f} 元为负数")
        elif paid > due:
            found.add(f"{bill}的已收金额 {paid:.2f} 元超过应收 {due:.2f} 元")
    return found.result(f"{count:,} 笔欠费：已收金额都不少于本厅收据合计，也不超过应收金额")


def _prepaid_ledger(s: Session) -> CheckResult:
    found = Findings("prepaid", "预存余额")
    prepaid = (
        select(Payment.account_id, func.sum(PaymentLine.principal).label("paid"))
        .join(Payment, Payment.id == PaymentLine.payment_id)
        .where(Payment.status == "valid", PaymentLine.kind == "prepayment")
        .group_by(Payment.account_id)
        .subquery()
    )
    query = (
        select(Account.id, Account.account_no, Account.prepaid, prepaid.c.paid)
        .join(prepaid, prepaid.c.account_id == Account.id, isouter=True)
        .order_by(Account.id)
    )
    count = 0
    for account_id, account_no, balance, receipts in s.execute(query):
        count += 1
        balance, receipts = _money(balance), _money(receipts)
        if balance != receipts:
            found.add(
                f"户号 {account_no} 的预存余额 {balance:.2f} 元与预存收据合计 {receipts:.2f} 元"
                f"不符（户号记录 id={account_id}）"
            )
    return found.result(f"{count:,} 个户号的预存余额都等于预存收据合计")


def _receipt_totals(s: Session) -> CheckResult:
    found = Findings("totals", "收据金额")
    lines = (
        select(
            PaymentLine.payment_id,
            func.sum(PaymentLine.amount).label("amount"),
            func.count(PaymentLine.id).label("n"),
        )
        .group_by(PaymentLine.payment_id)
        .subquery()
    )
    query = (
        select(Payment.id, Payment.receipt_no, Payment.total, lines.c.amount, lines.c.n)
        .join(lines, lines.c.payment_id == Payment.id, isouter=True)
        .order_by(Payment.id)
    )
    count = 0
    for pid, receipt_no, total, amount, n in s.execute(query):
        count += 1
        total, amount = _money(total), _money(amount)
        if not n:
            found.add(f"收据 {receipt_no} 没有收费明细（收费记录 id={pid}）")
        elif total != amount:
            found.add(
                f"收据 {receipt_no} 的合计 {total:.2f} 元与明细之和 {amount:.2f} 元不符"
                f"（收费记录 id={pid}）"
            )
    wrong_lines = s.execute(
        select(PaymentLine.id, Payment.receipt_no, PaymentLine.seq)
        .join(Payment, Payment.id == PaymentLine.payment_id)
        .where(PaymentLine.amount != PaymentLine.principal + PaymentLine.late_fee)
        .order_by(PaymentLine.id)
    )
    for line_id, receipt_no, seq in wrong_lines:
        found.add(f"收据 {receipt_no} 第 {seq} 项的金额不等于本金加违约金（明细 id={line_id}）")
    orphans = s.execute(
        select(PaymentLine.id, PaymentLine.payment_id)
        .where(PaymentLine.payment_id.not_in(select(Payment.id)))
        .order_by(PaymentLine.id)
    )
    for line_id, payment_id in orphans:
        found.add(
            f"收费明细 id={line_id} 所属的收费记录（id={payment_id}）不存在，收费记录可能被删除"
        )
    return found.result(f"{count:,} 张收据的合计都等于明细之和")


@contextmanager
def _snapshot(ctx: AppContext) -> Iterator[Session]:
    """One read transaction for every check, without holding up the counters.

    The app's sessions start with BEGIN IMMEDIATE (the write lock, for gapless
    numbers); a check of a large store takes seconds, so on SQLite it reads
    through a plain BEGIN instead: a WAL snapshot that writers do not wait for.
    """
    if sqlite_path(str(ctx.engine.url)) is None:
        # PostgreSQL: READ COMMITTED would give every statement a snapshot of its
        # own; REPEATABLE READ gives the whole check one, and readers never wait.
        with (
            ctx.engine.connect().execution_options(isolation_level="REPEATABLE READ") as conn,
            Session(conn) as s,
        ):
            yield s
        return
    engine = create_engine(ctx.engine.url, poolclass=NullPool)

    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        dbapi_connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")

    def on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")

    event.listen(engine, "connect", on_connect)
    event.listen(engine, "begin", on_begin)
    try:
        with Session(engine) as s:
            yield s
    finally:
        engine.dispose()


def check_store(ctx: AppContext, anchors: Seq[tuple[int, str]] = ()) -> CheckReport:
    """Every check, on one consistent snapshot of the store; ``anchors`` are chain heads
    (id, hash prefix) copied from printed settlement reports or HQ batches."""
    store = sqlite_path(str(ctx.engine.url))
    with _snapshot(ctx) as s:
        results: list[CheckResult] = []
        if store is not None:
            results.append(_integrity(s))
        results.append(_audit_chain(s))
        if store is not None:
            results.append(integrity_anchor.marks_anchor(s, store))
        if anchors:
            results.append(integrity_anchor.given_anchors(s, anchors))
        results.extend(integrity_records.check_records(s))
        results.extend(_numbering(s, series) for series in numbers.CHECKED)
        results.append(_arrears_ledger(s))
        results.append(_prepaid_ledger(s))
        results.append(_receipt_totals(s))
    return CheckReport(ctx.database, tuple(results))


def verify_audit_chain(ctx: AppContext) -> CheckResult:
    with _snapshot(ctx) as s:
        return _audit_chain(s)
