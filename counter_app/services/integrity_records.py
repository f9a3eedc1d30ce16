"""`counter-app check`: every business record against the audit entry written with it.

The chain (integrity.py, check 2) proves the entries are as written; these checks
prove the records still say what their entries say. Each entry's detail is built
by services/audit_details.py from the record being written; here the same
function builds it again from the record as the store holds it now, and any
difference is named (the field, the record's id). Entries written before the
details grew (a store of an older version) are compared on the keys they carry.

- 收据与审计 (``receipt_audit``): every payment has its ``payment.take`` entry, equal
  in account, total, method, clerk, counter, time, check code, tendered, change
  and lines (kind, bill, fee, amounts); each electricity line settles a bill of the
  payment's own account, of its month; and every ``payment.take`` entry has its
  payment (a counter-day deleted with its sequence row leaves its entries behind).
- 收据校验码 (``check_codes``): each check code recomputes from the hall's secret.
- 作废记录 (``voids``): a void payment has its ``payment.void`` entry, equal in
  reason, supervisor and time; a valid payment has none and no void fields.
- 补打记录 (``reprints``): a receipt's reprint rows, its reprint_count and its
  ``receipt.reprint`` entries agree copy by copy (who, when, why).
- 日结记录 (``settlement_records``): each settlement equals its
  ``settlement.close`` entry and the sums of its clerk-day's payments (expected
  cash, non-cash, count, difference); every payment of a settled clerk-day points
  at its settlement and no other payment does.
- 欠费与导入 (``arrears_records``): every arrears row has amount_due, due date,
  paid_elsewhere and status as the latest ``arrears.import`` entry naming it left
  them (or ``arrears.seed``: bills the demo, the training store or a test wrote),
  and amount_paid = paid_elsewhere + the valid receipt lines here, exactly.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.domain.clock import local_date
from counter_app.services import audit_details as details
from counter_app.services.integrity_findings import CheckResult, Findings
from counter_app.services.payments import check_code
from counter_app.store.models import (
    Account,
    Arrears,
    AuditEntry,
    Hall,
    Payment,
    PaymentLine,
    Reprint,
    Settlement,
    SettlementCount,
    User,
)

ZERO = Decimal("0.00")
ACTIONS = (
    "payment.take",
    "payment.void",
    "receipt.reprint",
    "settlement.close",
    "settlement.reopen",
    "arrears.import",
    "arrears.seed",
)

LABELS = {
    "account": "户号",
    "total": "金额",
    "method": "支付方式",
    "clerk": "收费员",
    "counter": "柜台",
    "paid_at": "收费时间",
    "check_code": "校验码",
    "tendered": "实收金额",
    "change": "找零",
    "lines": "收费明细的项数",
    "reason": "原因",
    "supervisor": "授权值班长",
    "supervisor_id": "授权值班长",
    "voided_at": "作废时间",
    "settle_day": "计入日结的营业日",
    "reopened_at": "重开时间",
    "round": "日结轮次",
    "expected": "应收现金",
    "counted": "实点现金",
    "difference": "现金差额",
    "non_cash": "非现金合计",
    "payments": "收据笔数",
    "by_method": "分方式合计",
    "day": "营业日",
    "seq": "序号",
    "kind": "类别",
    "bill_month": "应收年月",
    "arrears_id": "所缴账单",
    "fee_code": "收费项目",
    "principal": "本金",
    "late_fee": "违约金",
    "amount": "金额",
}


@dataclass
class _Entry:
    id: int
    user_id: int | None
    at: str | None
    detail: dict[str, Any]


@dataclass
class _Entries:
    """The entries the records are matched with, by action and entity id."""

    by: dict[str, dict[str, list[_Entry]]] = field(
        default_factory=lambda: {action: defaultdict(list) for action in ACTIONS}
    )

    def of(self, action: str, entity_id: str) -> list[_Entry]:
        return self.by[action].get(entity_id, [])


def load_entries(s: Session) -> _Entries:
    out = _Entries()
    query = (
        select(
            AuditEntry.id,
            AuditEntry.user_id,
            AuditEntry.at,
            AuditEntry.action,
            AuditEntry.entity_id,
            AuditEntry.detail,
        )
        .where(AuditEntry.action.in_(ACTIONS))
        .order_by(AuditEntry.id)
    )
    for row in s.connection().execute(query.execution_options(yield_per=2000)):
        detail = row.detail if isinstance(row.detail, dict) else {}
        out.by[row.action][row.entity_id].append(
            _Entry(row.id, row.user_id, details.moment(row.at), detail)
        )
    return out


def _shown(value: Any) -> str:
    return "空" if value is None or value == "" else str(value)


def differences(now: dict[str, Any], was: dict[str, Any]) -> list[str]:
    """Where the record (``now``) differs from its entry (``was``), in words.

    An entry of an older version lacks the newer keys: only the keys it has count.
    """
    out: list[str] = []
    for key, value in now.items():
        if key not in was:
            continue
        old = was[key]
        if key == "lines" and isinstance(old, list) and isinstance(value, list):
            if len(old) != len(value):
                out.append(f"收费明细项数（现为 {len(value)}，记录为 {len(old)}）")
                continue
            for line, old_line in zip(value, old, strict=True):
                if not isinstance(old_line, dict):
                    continue
                for name, v in line.items():
                    if name in old_line and old_line[name] != v:
                        out.append(
                            f"收费明细第 {line.get('seq')} 项的{LABELS.get(name, name)}"
                            f"（现为 {_shown(v)}，记录为 {_shown(old_line[name])}）"
                        )
        elif key == "by_method" and isinstance(old, dict) and isinstance(value, dict):
            for method, v in value.items():
                # Sums as text; another shape (e.g. count and sum) is compared on its sum.
                o = old.get(method)
                o = o.get("total", o.get("sum")) if isinstance(o, dict) else o
                if isinstance(o, str | int | float) and details.money(str(o)) != v:
                    out.append(f"{method} 合计（现为 {v}，记录为 {o}）")
        elif old != value:
            out.append(f"{LABELS.get(key, key)}（现为 {_shown(value)}，记录为 {_shown(old)}）")
    return out


# -- payments ----------------------------------------------------------------------------


@dataclass
class _Store:
    """The payment side of the store, read once for the payment checks."""

    payments: list[Any]
    lines: dict[int, list[Any]]
    accounts: dict[int, str]
    arrears: dict[int, Any]
    usernames: dict[int, str]
    secrets: dict[int, str]


def load_store(s: Session) -> _Store:
    conn = s.connection()
    payments = list(conn.execute(select(Payment.__table__).order_by(Payment.id)))
    lines: dict[int, list[Any]] = defaultdict(list)
    for line in conn.execute(select(PaymentLine.__table__).order_by(PaymentLine.id)):
        lines[line.payment_id].append(line)
    accounts = {i: n for i, n in conn.execute(select(Account.id, Account.account_no))}
    arrears = {a.id: a for a in conn.execute(select(Arrears.__table__))}
    usernames = {i: n for i, n in conn.execute(select(User.id, User.username))}
    secrets = {i: k for i, k in conn.execute(select(Hall.id, Hall.secret))}
    return _Store(payments, lines, accounts, arrears, usernames, secrets)


def payments_audited(store: _Store, entries: _Entries) -> CheckResult:
    found = Findings("receipt_audit", "收据与审计")
    seen: set[str] = set()
    for p in store.payments:
        seen.add(p.receipt_no)
        where = f"收据 {p.receipt_no}（收费记录 id={p.id}）"
        taken = entries.of("payment.take", p.receipt_no)
        if not taken:
            found.add(f"{where}没有收费时的审计记录，可能是绕过本程序写入的，或审计记录被删除")
            continue
        if len(taken) > 1:
            found.add(f"{where}有 {len(taken)} 条收费审计记录（第 {taken[1].id} 条多余）")
        entry = taken[0]
        account_no = store.accounts.get(p.account_id, f"（不存在的户号记录 id={p.account_id}）")
        lines = store.lines.get(p.id, [])
        for diff in differences(details.payment_take(p, account_no, lines), entry.detail):
            found.add(f"{where}的{diff}与收费时的审计记录（第 {entry.id} 条）不符")
        if entry.user_id != p.clerk_id:
            found.add(f"{where}的收费员与收费时审计记录的操作人不符（第 {entry.id} 条）")
        for line in lines:
            if line.arrears_id is None:
                continue
            bill = store.arrears.get(line.arrears_id)
            settles = (p.account_id, line.bill_month)
            if bill is None or (bill.account_id, bill.bill_month) != settles:
                found.add(
                    f"{where}第 {line.seq} 项所缴的账单（欠费记录 id={line.arrears_id}）"
                    f"不是户号 {account_no} {line.bill_month} 的电费"
                )
    for receipt_no, taken in entries.by["payment.take"].items():
        if receipt_no not in seen:
            found.add(
                f"审计记录第 {taken[0].id} 条记下的收据 {receipt_no} 不存在：收费记录被删除"
                "（或收据号被改动）"
            )
    return found.result(
        f"{len(store.payments):,} 张收据都与收费时的审计记录一致（户号、金额、方式、收费员、"
        "时间、明细），每条收费审计记录都有其收据"
    )


def check_codes(store: _Store) -> CheckResult:
    found = Findings("check_codes", "收据校验码")
    for p in store.payments:
        secret = store.secrets.get(p.hall_id, "")
        if p.check_code != check_code(secret, p.receipt_no, Decimal(p.total)):
            found.add(
                f"收据 {p.receipt_no} 的校验码 {p.check_code} 与收据号和金额算出的不符"
                f"（收费记录 id={p.id}）"
            )
    return found.result(f"{len(store.payments):,} 张收据的校验码都与收据号和金额相符")


def voids(store: _Store, entries: _Entries) -> CheckResult:
    found = Findings("voids", "作废记录")
    seen: set[str] = set()
    count = 0
    for p in store.payments:
        seen.add(p.receipt_no)
        where = f"收据 {p.receipt_no}（收费记录 id={p.id}）"
        voided = entries.of("payment.void", p.receipt_no)
        if p.status == "void":
            count += 1
            if not voided:
                found.add(f"{where}已作废，但没有作废的审计记录：可能是绕过本程序作废的")
                continue
            entry = voided[-1]
            name = store.usernames.get(p.voided_by or 0, "")
            for diff in differences(details.payment_void(p, name), entry.detail):
                found.add(f"{where}作废的{diff}与作废时的审计记录（第 {entry.id} 条）不符")
            if "voided_at" not in entry.detail and details.moment(p.voided_at) != entry.at:
                found.add(f"{where}的作废时间与作废时的审计记录（第 {entry.id} 条）不符")
        elif p.status == "valid":
            if voided:
                found.add(
                    f"{where}有作废的审计记录（第 {voided[0].id} 条），但现在是正常状态："
                    "作废被撤销了"
                )
            elif p.voided_at is not None or p.voided_by is not None or p.void_reason:
                found.add(f"{where}未作废，却有作废时间、授权人或原因")
        else:
            found.add(f"{where}的状态“{p.status}”不是正常或作废")
    for receipt_no, voided in entries.by["payment.void"].items():
        if receipt_no not in seen:
            found.add(f"审计记录第 {voided[0].id} 条作废的收据 {receipt_no} 不存在")
    return found.result(f"{count:,} 张作废收据都有作废的审计记录，原因、授权人、时间一致")


def reprints(s: Session, store: _Store, entries: _Entries) -> CheckResult:
    found = Findings("reprints", "补打记录")
    rows: dict[int, list[Any]] = defaultdict(list)
    query = select(Reprint.__table__).order_by(Reprint.copy_no, Reprint.id)
    for r in s.connection().execute(query):
        rows[r.payment_id].append(r)
    ids = {p.id for p in store.payments}
    count = 0
    for p in store.payments:
        where = f"收据 {p.receipt_no}（收费记录 id={p.id}）"
        copies, logged = rows.get(p.id, []), entries.of("receipt.reprint", p.receipt_no)
        count += len(copies)
        if not (p.reprint_count == len(copies) == len(logged)):
            found.add(
                f"{where}的补打次数 {p.reprint_count}、补打记录 {len(copies)} 条、"
                f"补打审计记录 {len(logged)} 条，三者应相同"
            )
            continue
        for n, (copy, entry) in enumerate(zip(copies, logged, strict=True), start=1):
            now = details.receipt_reprint(copy.copy_no, copy.reason)
            diffs = differences(now, entry.detail)
            if copy.copy_no != n:
                diffs.append(f"份次（现为 {copy.copy_no}，应为 {n}）")
            if copy.user_id != entry.user_id:
                diffs.append("补打人")
            if details.moment(copy.at) != entry.at:
                diffs.append("补打时间")
            for diff in diffs:
                found.add(f"{where}第 {n} 次补打的{diff}与补打审计记录（第 {entry.id} 条）不符")
    for payment_id in sorted(set(rows) - ids):
        found.add(f"补打记录所属的收费记录（id={payment_id}）不存在")
    receipts = {p.receipt_no for p in store.payments}
    for receipt_no, logged in entries.by["receipt.reprint"].items():
        if receipt_no not in receipts:
            found.add(f"审计记录第 {logged[0].id} 条补打的收据 {receipt_no} 不存在")
    return found.result(f"{count:,} 次补打：补打次数、补打记录与审计记录逐次一致")


# -- settlements -------------------------------------------------------------------------


def settlements(s: Session, store: _Store, entries: _Entries) -> CheckResult:
    found = Findings("settlement_records", "日结记录")
    conn = s.connection()
    rows = list(conn.execute(select(Settlement.__table__).order_by(Settlement.id)))
    attempts: dict[int, int] = defaultdict(int)  # blind counts signed off per settlement
    for (settlement_id,) in conn.execute(select(SettlementCount.settlement_id)):
        if settlement_id is not None:
            attempts[settlement_id] += 1
    by_id = {st.id: st for st in rows}
    # The clerk-day's settlement in force; a reopened one stays as a record only.
    day_of: dict[tuple[int, date], Any] = {
        (st.clerk_id, st.day): st for st in rows if st.reopened_at is None
    }
    mine: dict[int, list[Any]] = defaultdict(list)
    for p in store.payments:
        where = f"收据 {p.receipt_no}（收费记录 id={p.id}）"
        day = p.settle_day if p.settle_day is not None else _day(p.paid_at)
        st = day_of.get((p.clerk_id, day))
        if st is not None:
            mine[st.id].append(p)
            if p.settlement_id != st.id:
                found.add(f"{where}属于已日结的 {st.settlement_no}，却未计入该日结")
        elif p.settlement_id is not None:
            other = by_id.get(p.settlement_id)
            # A reopened day's payments keep their old settlement until it is settled again.
            if other is None or (other.clerk_id, other.day) != (p.clerk_id, day):
                name = other.settlement_no if other is not None else f"id={p.settlement_id}"
                found.add(f"{where}计入了日结 {name}，但不是该日结收费员当天的收据")
            elif other.reopened_at is None:
                found.add(f"{where}计入了日结 {other.settlement_no}，但该日结不在日结记录中")
    seen: set[str] = set()
    for st in rows:
        seen.add(st.settlement_no)
        where = f"日结 {st.settlement_no}（日结记录 id={st.id}）"
        closed = entries.of("settlement.close", st.settlement_no)
        if not closed:
            found.add(f"{where}没有日结的审计记录，可能是绕过本程序写入的")
            continue
        entry = closed[-1]
        if st.reopened_at is None:
            valid = [p for p in mine.get(st.id, []) if p.status == "valid"]
            sums = {
                m: sum((Decimal(p.total) for p in valid if p.method == m), ZERO)
                for m in details.METHODS
            }
            expected, non_cash = sums["cash"], sums["card"] + sums["mobile"]
            figures = (
                ("应收现金", Decimal(st.expected_cash), expected),
                ("非现金合计", Decimal(st.non_cash_total), non_cash),
                ("收据笔数", Decimal(st.payment_count), Decimal(len(valid))),
                ("现金差额", Decimal(st.difference), Decimal(st.counted_cash) - expected),
            )
            for label, stored, computed in figures:
                if stored != computed:
                    found.add(f"{where}的{label} {stored} 与当天收据算出的 {computed} 不符")
        else:
            # Reopened: its figures are those signed then (the entry's), its receipts
            # now count in the day's next settlement; the reopening has its own entry.
            logged = entry.detail.get("by_method")
            sums = {m: Decimal(v) for m, v in logged.items()} if isinstance(logged, dict) else {}
            _reopened(found, where, st, store, entries)
        name = store.usernames.get(st.signed_off_by, "")
        now = details.settlement_close(st, name, sums)
        diffs = differences(now, entry.detail)
        given = entry.detail.get("attempts")
        if isinstance(given, list):
            given = len(given)
        counted = attempts.get(st.id, 0)
        if isinstance(given, int) and not isinstance(given, bool) and given != counted:
            diffs.append(f"清点次数（现为 {counted}，记录为 {given}）")
        if entry.user_id != st.clerk_id:
            diffs.append("收费员")
        for diff in diffs:
            found.add(f"{where}的{diff}与日结时的审计记录（第 {entry.id} 条）不符")
    for number, closed in entries.by["settlement.close"].items():
        if number not in seen:
            found.add(f"审计记录第 {closed[0].id} 条记下的日结 {number} 不存在：日结记录被删除")
    for number, reopened in entries.by["settlement.reopen"].items():
        st = next((x for x in rows if x.settlement_no == number), None)
        if st is not None and st.reopened_at is None:
            found.add(f"审计记录第 {reopened[0].id} 条记下重开的日结 {number} 却未标为重开")
    for payment in store.payments:
        if payment.settle_day is None:
            continue
        taken = entries.of("payment.take", payment.receipt_no)
        if taken and taken[0].detail.get("settle_day") != payment.settle_day.isoformat():
            found.add(
                f"收据 {payment.receipt_no} 计入 {payment.settle_day} 日结，"
                f"收费时的审计记录（第 {taken[0].id} 条）却未记下值班长授权计入次日"
            )
    return found.result(
        f"{len(rows):,} 份日结都与日结时的审计记录和当天的收据相符，已日结的收据都计入其日结"
    )


def _reopened(found: Findings, where: str, st: Any, store: _Store, entries: _Entries) -> None:
    """A reopened settlement matches its 重开 entry: when, by whom, why."""
    logged = entries.of("settlement.reopen", st.settlement_no)
    if not logged:
        found.add(f"{where}标为重开，却没有重开日结的审计记录")
        return
    entry = logged[-1]
    name = store.usernames.get(st.reopened_by or 0, "")
    for diff in differences(details.settlement_reopen(st, name), entry.detail):
        found.add(f"{where}的{diff}与重开日结的审计记录（第 {entry.id} 条）不符")


def _day(at: Any) -> date:
    return local_date(at)


# -- arrears -----------------------------------------------------------------------------


def arrears(store: _Store, entries: _Entries) -> CheckResult:
    found = Findings("arrears_records", "欠费与导入")
    given: dict[int, tuple[str, int]] = {}  # arrears id -> (state, entry id), the latest
    logged = [
        entry
        for action in ("arrears.import", "arrears.seed")
        for same_file in entries.by[action].values()
        for entry in same_file
    ]
    for entry in sorted(logged, key=lambda e: e.id):
        for arrears_id, state in details.arrears_given(entry.detail.get("arrears")):
            given[arrears_id] = (state, entry.id)
    here: dict[int, Decimal] = defaultdict(lambda: ZERO)
    for p in store.payments:
        if p.status == "valid":
            for line in store.lines.get(p.id, []):
                if line.arrears_id is not None:
                    here[line.arrears_id] += Decimal(line.principal)
    for a in sorted(store.arrears.values(), key=lambda a: a.id):
        account_no = store.accounts.get(a.account_id, f"id={a.account_id}")
        bill = f"户号 {account_no} {a.bill_month} 电费（欠费记录 id={a.id}）"
        state = details.arrears_state(a.amount_due, a.due_date, a.paid_elsewhere, a.status)
        latest = given.get(a.id)
        if latest is None:
            found.add(f"{bill}没有导入的审计记录：可能是绕过本程序写入的")
        elif latest[0] != state:
            found.add(
                f"{bill}的{_state_diff(state, latest[0])}"
                f"与最近一次导入（审计记录第 {latest[1]} 条）不符"
            )
        paid, elsewhere = Decimal(a.amount_paid), Decimal(a.paid_elsewhere)
        if paid != elsewhere + here[a.id]:
            found.add(
                f"{bill}的已收金额 {paid:.2f} 元不等于他处已收 {elsewhere:.2f} 元"
                f"加本厅收据 {here[a.id]:.2f} 元"
            )
    for arrears_id, (_state, entry_id) in given.items():
        if arrears_id not in store.arrears:
            found.add(f"审计记录第 {entry_id} 条导入的欠费记录 id={arrears_id} 不存在：被删除")
    return found.result(
        f"{len(store.arrears):,} 笔欠费都与最近一次导入相符，已收金额都等于他处已收加本厅收据"
    )


STATE_LABELS = ("应收金额", "缴费截止日期", "他处已收金额", "状态")


def _state_diff(now: str, was: str) -> str:
    parts = [
        f"{label}（现为 {n}，记录为 {w}）"
        for label, n, w in zip(STATE_LABELS, now.split("|"), was.split("|"), strict=False)
        if n != w
    ]
    return "、".join(parts) or f"内容（现为 {now}，记录为 {was}）"


def check_records(s: Session) -> Iterable[CheckResult]:
    """Every record against its entry, on the caller's snapshot."""
    entries = load_entries(s)
    store = load_store(s)
    yield payments_audited(store, entries)
    yield check_codes(store)
    yield voids(store, entries)
    yield reprints(s, store, entries)
    yield settlements(s, store, entries)
    yield arrears(store, entries)
