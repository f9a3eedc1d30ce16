"""The store file edited behind the app's back: each edit must fail `check` by name.

One store is built through the real services (an HQ arrears list, payments by cash,
card and mobile, a void, a reprint, a settlement, a payment at a second counter
last) and copied per case; each case edits the copy with plain sqlite3, as
someone with the file and a database tool could, often as carefully as they
could (ledger, sums and check codes put right, sequences lowered), and names the
detector (CheckResult.key) that must catch it. ``-s`` prints the table of edits
and the detectors that failed.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from support import add_staff, set_up_hall

from counter_app.bootstrap import open_context
from counter_app.services import audit, integrity, payments, receipts, settlement
from counter_app.services.hq_imports import ARREARS_HEADERS, import_arrears
from counter_app.services.marks import marks_path
from counter_app.services.payments import PaymentRequest

D = Decimal
NOW = datetime(2030, 11, 26, 2, 0, tzinfo=UTC)  # 10:00 in the hall
A, B, C = "330101000201", "330101000202", "330101000203"
FOUND: dict[str, tuple[str, list[str]]] = {}  # case -> (must catch, failed)


@dataclass(frozen=True)
class Template:
    db: Path
    receipts: dict[str, str]  # R1..R5 (counter 1, the clerk's), S1 (counter 2, last)
    clerk: int
    supervisor: int
    admin: int
    secret: str
    settlement_no: str
    anchor: str  # as printed on the settlement report


def _hq_list(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(list(ARREARS_HEADERS))
    rows = [
        (A, "203009", 100, 0, "2030-10-25"),
        (A, "203010", 80, 0, "2030-11-25"),
        (B, "203010", 120, 0, "2030-11-25"),
        (C, "203009", 60, 10, "2030-10-25"),  # 10.00 paid elsewhere
        (C, "203010", 70, 0, "2030-11-25"),
    ]
    for account, month, due, paid, deadline in rows:
        address = "城关镇人民路88号"
        sheet.append([account, "陈建国", address, "居民", month, due, paid, due - paid, deadline])
    book.save(path)
    return path


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    folder = tmp_path_factory.mktemp("template")
    db = folder / "counter.db"
    ctx = open_context(str(db))
    try:
        ctx.clock = lambda: NOW
        _hall, admin = set_up_hall(ctx)
        clerk = add_staff(ctx, admin, "clerk")
        chief = add_staff(ctx, admin, "supervisor")
        import_arrears(ctx, admin, _hq_list(folder / "hq.xlsx"))
        asks = {
            "R1": PaymentRequest(A, D("100.00"), tendered=D("200.00")),
            "R2": PaymentRequest(B, D("50.00"), method="card", reference="T1"),
            "R3": PaymentRequest(C, D("0"), D("50.00")),
            "R4": PaymentRequest(A, D("0"), D("20.00")),
            "R5": PaymentRequest(C, D("30.00"), method="mobile", reference="M1"),
        }
        r = {k: payments.take_payment(ctx, clerk, "1", ask) for k, ask in asks.items()}
        receipts.void(ctx, clerk, r["R4"].receipt_no, chief, "金额输错")
        receipts.reprint(ctx, clerk, r["R1"].receipt_no, "客户要求", folder, supervisor=chief)
        settlement.compare_count(ctx, clerk, NOW.date(), {}, clerk)
        number = settlement.close_day(ctx, clerk, NOW.date(), "测试：未点钞", chief)
        anchor = settlement.report(ctx, number).anchor
        r["S1"] = payments.take_payment(ctx, chief, "2", PaymentRequest(B, D("0"), D("30.00")))
        report = integrity.check_store(ctx)
        assert report.ok, [x.line() for x in report.results if not x.ok]
    finally:
        ctx.close()
    with closing(sqlite3.connect(db)) as conn:
        secret = conn.execute("SELECT secret FROM halls").fetchone()[0]
    return Template(
        db,
        {k: v.receipt_no for k, v in r.items()},
        clerk.id,
        chief.id,
        admin.id,
        secret,
        number,
        anchor,
    )


# -- what someone with the file does -----------------------------------------------------


def one(conn: sqlite3.Connection, sql: str, *args: Any) -> Any:
    row = conn.execute(sql, args).fetchone()
    return None if row is None else row[0]


def pid(conn: sqlite3.Connection, receipt: str) -> int:
    return int(one(conn, "SELECT id FROM payments WHERE receipt_no = ?", receipt))


def bill_id(conn: sqlite3.Connection, account: str, month: str) -> int:
    return int(
        one(
            conn,
            "SELECT a.id FROM arrears a JOIN accounts c ON c.id = a.account_id"
            " WHERE c.account_no = ? AND a.bill_month = ?",
            account,
            month,
        )
    )


def rewrite_detail(
    conn: sqlite3.Connection, action: str, entity_id: str, change: Callable[[dict[str, Any]], None]
) -> None:
    entry_id, text = conn.execute(
        "SELECT id, detail FROM audit_entries WHERE action = ? AND entity_id = ?",
        (action, entity_id),
    ).fetchone()
    detail = json.loads(text)
    change(detail)
    conn.execute(
        "UPDATE audit_entries SET detail = ? WHERE id = ?",
        (json.dumps(detail, ensure_ascii=False), entry_id),
    )


def rehash(conn: sqlite3.Connection) -> str:
    """Every entry's hashes computed again, as the app computes them: the chain verifies.
    Returns the new head's hash."""
    prev = audit.GENESIS
    rows = conn.execute(
        "SELECT id, at, user_id, action, entity, entity_id, detail FROM audit_entries ORDER BY id"
    ).fetchall()
    for entry_id, at, user_id, action, entity, entity_id, detail in rows:
        moment = datetime.fromisoformat(at).replace(tzinfo=UTC)
        digest = audit.entry_hash(
            prev, moment, user_id, action, entity, entity_id, json.loads(detail)
        )
        conn.execute(
            "UPDATE audit_entries SET prev_hash = ?, hash = ? WHERE id = ?",
            (prev, digest, entry_id),
        )
        prev = digest
    return prev


def settle_cash(conn: sqlite3.Connection, t: Template, fen: int) -> None:
    """The settlement's expected cash (and difference) moved by ``fen``, as if so counted."""
    conn.execute(
        "UPDATE settlements SET expected_cash = expected_cash + ?, difference = difference - ?",
        (fen, fen),
    )


def money(fen: int) -> str:
    return f"{D(fen) / 100:.2f}"


# -- the edits ---------------------------------------------------------------------------


def delete_counter_day(conn: sqlite3.Connection, t: Template) -> None:
    s1 = pid(conn, t.receipts["S1"])
    conn.execute("DELETE FROM payment_lines WHERE payment_id = ?", (s1,))
    conn.execute("DELETE FROM payments WHERE id = ?", (s1,))
    conn.execute("DELETE FROM sequences WHERE name LIKE 'receipt:%:2:%'")
    conn.execute("UPDATE accounts SET prepaid = prepaid - 3000 WHERE account_no = ?", (B,))


def void_in_sql(conn: sqlite3.Connection, t: Template) -> None:
    conn.execute(
        "UPDATE payments SET status = 'void', void_reason = '客户要求退款', voided_at = paid_at,"
        " voided_by = ? WHERE receipt_no = ?",
        (t.supervisor, t.receipts["R3"]),
    )
    conn.execute("UPDATE accounts SET prepaid = prepaid - 5000 WHERE account_no = ?", (C,))
    settle_cash(conn, t, -5000)
    conn.execute("UPDATE settlements SET payment_count = payment_count - 1")


def cash_to_mobile(conn: sqlite3.Connection, t: Template) -> None:
    total = one(conn, "SELECT total FROM payments WHERE receipt_no = ?", t.receipts["R3"])
    conn.execute(
        "UPDATE payments SET method = 'mobile', reference = 'M9', tendered = NULL, change = NULL"
        " WHERE receipt_no = ?",
        (t.receipts["R3"],),
    )
    settle_cash(conn, t, -total)
    conn.execute("UPDATE settlements SET non_cash_total = non_cash_total + ?", (total,))


def delete_newest_with_entry(conn: sqlite3.Connection, t: Template) -> None:
    """The last payment (counter 2) with everything it wrote, sequences lowered."""
    s1 = pid(conn, t.receipts["S1"])
    visit = one(conn, "SELECT visit_id FROM payments WHERE id = ?", s1)
    conn.execute("DELETE FROM payment_lines WHERE payment_id = ?", (s1,))
    conn.execute("DELETE FROM payments WHERE id = ?", (s1,))
    conn.execute("DELETE FROM visit_items WHERE visit_id = ?", (visit,))
    conn.execute("DELETE FROM visits WHERE id = ?", (visit,))
    conn.execute("UPDATE sequences SET value = value - 1 WHERE name LIKE 'visit:%'")
    conn.execute("DELETE FROM sequences WHERE name LIKE 'receipt:%:2:%'")
    conn.execute("UPDATE accounts SET prepaid = prepaid - 3000 WHERE account_no = ?", (B,))
    conn.execute("DELETE FROM audit_entries WHERE id = (SELECT max(id) FROM audit_entries)")


def _lower_r3(conn: sqlite3.Connection, t: Template) -> None:
    """R3 (50.00 prepaid in cash) made 40.00 everywhere it shows, entries included."""
    receipt = t.receipts["R3"]
    code = payments.check_code(t.secret, receipt, D("40.00"))
    conn.execute(
        "UPDATE payments SET total = 4000, check_code = ? WHERE receipt_no = ?", (code, receipt)
    )
    conn.execute(
        "UPDATE payment_lines SET principal = 4000, amount = 4000 WHERE payment_id = ?",
        (pid(conn, receipt),),
    )
    conn.execute("UPDATE accounts SET prepaid = prepaid - 1000 WHERE account_no = ?", (C,))
    settle_cash(conn, t, -1000)

    def take(d: dict[str, Any]) -> None:
        d["total"], d["check_code"] = "40.00", code
        d["lines"][0]["principal"] = d["lines"][0]["amount"] = "40.00"

    rewrite_detail(conn, "payment.take", receipt, take)

    def close(d: dict[str, Any]) -> None:
        expected = D(d["expected"]) - 10
        d["expected"], d["by_method"]["cash"] = f"{expected:.2f}", f"{expected:.2f}"
        d["difference"] = f"{D(d['counted']) - expected:.2f}"

    rewrite_detail(conn, "settlement.close", t.settlement_no, close)


def rehash_chain(conn: sqlite3.Connection, t: Template) -> None:
    _lower_r3(conn, t)
    rehash(conn)


def rehash_chain_and_marks(conn: sqlite3.Connection, t: Template) -> None:
    """The same, and the marks file beside the store rewritten to the new head: the
    anchor printed on the settlement report still tells."""
    _lower_r3(conn, t)
    head = rehash(conn)
    conn.execute("CREATE TEMP TABLE new_head (hash TEXT)")
    conn.execute("INSERT INTO new_head VALUES (?)", (head,))


def change_clerk(conn: sqlite3.Connection, t: Template) -> None:
    conn.execute(
        "UPDATE payments SET clerk_id = ? WHERE receipt_no = ?", (t.admin, t.receipts["R2"])
    )


def change_paid_at(conn: sqlite3.Connection, t: Template) -> None:
    conn.execute(
        "UPDATE payments SET paid_at = datetime(paid_at, '-1 hour') WHERE receipt_no = ?",
        (t.receipts["R2"],),
    )


def move_line_to_other_bill(conn: sqlite3.Connection, t: Template) -> None:
    """R1's first line now settles B's bill instead of A's (ledger moved along)."""
    line, principal, was = conn.execute(
        "SELECT id, principal, arrears_id FROM payment_lines WHERE payment_id = ? AND seq = 1",
        (pid(conn, t.receipts["R1"]),),
    ).fetchone()
    other = bill_id(conn, B, "203010")
    conn.execute("UPDATE payment_lines SET arrears_id = ? WHERE id = ?", (other, line))
    conn.execute("UPDATE arrears SET amount_paid = amount_paid - ? WHERE id = ?", (principal, was))
    conn.execute(
        "UPDATE arrears SET amount_paid = amount_paid + ? WHERE id = ?", (principal, other)
    )


def raise_arrears(conn: sqlite3.Connection, t: Template) -> None:
    conn.execute(
        "UPDATE arrears SET amount_due = amount_due + 10000 WHERE id = ?",
        (bill_id(conn, C, "203010"),),
    )


def mark_arrears_paid(conn: sqlite3.Connection, t: Template) -> None:
    conn.execute(
        "UPDATE arrears SET amount_paid = amount_due WHERE id = ?", (bill_id(conn, A, "203010"),)
    )


def mark_paid_elsewhere(conn: sqlite3.Connection, t: Template) -> None:
    """Paid in full 'elsewhere': the ledger's equation still holds, the import disagrees."""
    conn.execute(
        "UPDATE arrears SET paid_elsewhere = amount_due - (amount_paid - paid_elsewhere),"
        " amount_paid = amount_due WHERE id = ?",
        (bill_id(conn, A, "203010"),),
    )


def withdraw_arrears(conn: sqlite3.Connection, t: Template) -> None:
    conn.execute(
        "UPDATE arrears SET status = 'withdrawn' WHERE id = ?", (bill_id(conn, B, "203010"),)
    )


def move_due_date(conn: sqlite3.Connection, t: Template) -> None:
    conn.execute(
        "UPDATE arrears SET due_date = '2030-12-31' WHERE id = ?", (bill_id(conn, A, "203010"),)
    )


def insert_arrears(conn: sqlite3.Connection, t: Template) -> None:
    conn.execute(
        "INSERT INTO arrears (account_id, bill_month, amount_due, amount_paid, paid_elsewhere,"
        " due_date, status, updated_at) SELECT account_id, '203011', 50000, 0, 0, '2030-12-25',"
        " 'open', updated_at FROM arrears ORDER BY id LIMIT 1"
    )


def delete_arrears(conn: sqlite3.Connection, t: Template) -> None:
    conn.execute("DELETE FROM arrears WHERE id = ?", (bill_id(conn, A, "203010"),))


def edit_counted_cash(conn: sqlite3.Connection, t: Template) -> None:
    conn.execute("UPDATE settlements SET counted_cash = expected_cash, difference = 0")


def edit_expected_cash(conn: sqlite3.Connection, t: Template) -> None:
    settle_cash(conn, t, -2000)


def edit_payment_count(conn: sqlite3.Connection, t: Template) -> None:
    conn.execute("UPDATE settlements SET payment_count = payment_count + 1")


def edit_difference_reason_and_sum(conn: sqlite3.Connection, t: Template) -> None:
    conn.execute("UPDATE settlements SET difference = 0, difference_reason = ''")


def unlink_from_settlement(conn: sqlite3.Connection, t: Template) -> None:
    conn.execute(
        "UPDATE payments SET settlement_id = NULL WHERE receipt_no = ?", (t.receipts["R2"],)
    )


def delete_settlement(conn: sqlite3.Connection, t: Template) -> None:
    conn.execute("UPDATE payments SET settlement_id = NULL")
    conn.execute("DELETE FROM settlements")
    conn.execute("DELETE FROM sequences WHERE name LIKE 'settlement:%'")


def edit_check_code(conn: sqlite3.Connection, t: Template) -> None:
    conn.execute(
        "UPDATE payments SET check_code = 'ABCDEF' WHERE receipt_no = ?", (t.receipts["R2"],)
    )


def delete_reprint_row(conn: sqlite3.Connection, t: Template) -> None:
    conn.execute("DELETE FROM reprints")
    conn.execute("UPDATE payments SET reprint_count = 0")


def bump_reprint_count(conn: sqlite3.Connection, t: Template) -> None:
    conn.execute(
        "UPDATE payments SET reprint_count = reprint_count + 1 WHERE receipt_no = ?",
        (t.receipts["R2"],),
    )


def edit_reprint_reason(conn: sqlite3.Connection, t: Template) -> None:
    conn.execute("UPDATE reprints SET reason = '客户遗失'")


def delete_middle_entry(conn: sqlite3.Connection, t: Template) -> None:
    conn.execute(
        "DELETE FROM audit_entries WHERE action = 'payment.take' AND entity_id = ?",
        (t.receipts["R2"],),
    )


def edit_entry_detail(conn: sqlite3.Connection, t: Template) -> None:
    rewrite_detail(conn, "payment.void", t.receipts["R4"], lambda d: d.update(reason="客户改主意"))


def insert_payment(conn: sqlite3.Connection, t: Template) -> None:
    """A copy of R2 as receipt 0006 of counter 1, its line and sequence too."""
    columns = [r[1] for r in conn.execute("PRAGMA table_info(payments)") if r[1] != "id"]
    number = t.receipts["R2"][:-4] + "0006"
    code = payments.check_code(t.secret, number, D("50.00"))
    picked = [
        f"'{number}'" if c == "receipt_no" else f"'{code}'" if c == "check_code" else c
        for c in columns
    ]
    conn.execute(
        f"INSERT INTO payments ({', '.join(columns)}) SELECT {', '.join(picked)}"
        " FROM payments WHERE receipt_no = ?",
        (t.receipts["R2"],),
    )
    new = pid(conn, number)
    conn.execute(
        "INSERT INTO payment_lines (payment_id, seq, kind, item, bill_month, arrears_id,"
        " fee_code, principal, late_fee, amount) SELECT ?, seq, kind, item, bill_month,"
        " arrears_id, fee_code, principal, late_fee, amount FROM payment_lines"
        " WHERE payment_id = ?",
        (new, pid(conn, t.receipts["R2"])),
    )
    conn.execute("UPDATE sequences SET value = 6 WHERE name LIKE 'receipt:%:1:%'")


def delete_payment_line(conn: sqlite3.Connection, t: Template) -> None:
    """R1's last line gone, its total and bill lowered to match."""
    p = pid(conn, t.receipts["R1"])
    line, amount, principal, bill = conn.execute(
        "SELECT id, amount, principal, arrears_id FROM payment_lines WHERE payment_id = ?"
        " ORDER BY seq DESC LIMIT 1",
        (p,),
    ).fetchone()
    conn.execute("DELETE FROM payment_lines WHERE id = ?", (line,))
    conn.execute("UPDATE payments SET total = total - ? WHERE id = ?", (amount, p))
    conn.execute("UPDATE arrears SET amount_paid = amount_paid - ? WHERE id = ?", (principal, bill))


def line_and_total(conn: sqlite3.Connection, t: Template) -> None:
    """R3's prepayment line and total lowered together, the balance too."""
    p = pid(conn, t.receipts["R3"])
    conn.execute("UPDATE payments SET total = 4000 WHERE id = ?", (p,))
    conn.execute(
        "UPDATE payment_lines SET principal = 4000, amount = 4000 WHERE payment_id = ?", (p,)
    )
    conn.execute("UPDATE accounts SET prepaid = prepaid - 1000 WHERE account_no = ?", (C,))


def tendered_change(conn: sqlite3.Connection, t: Template) -> None:
    conn.execute(
        "UPDATE payments SET tendered = tendered + 10000, change = change + 10000"
        " WHERE receipt_no = ?",
        (t.receipts["R1"],),
    )


def edit_void_reason(conn: sqlite3.Connection, t: Template) -> None:
    conn.execute(
        "UPDATE payments SET void_reason = '客户要求' WHERE receipt_no = ?", (t.receipts["R4"],)
    )


def edit_void_supervisor(conn: sqlite3.Connection, t: Template) -> None:
    conn.execute(
        "UPDATE payments SET voided_by = ? WHERE receipt_no = ?", (t.admin, t.receipts["R4"])
    )


def edit_void_time(conn: sqlite3.Connection, t: Template) -> None:
    conn.execute(
        "UPDATE payments SET voided_at = datetime(voided_at, '+2 hours') WHERE receipt_no = ?",
        (t.receipts["R4"],),
    )


def unvoid(conn: sqlite3.Connection, t: Template) -> None:
    conn.execute(
        "UPDATE payments SET status = 'valid', void_reason = '', voided_at = NULL,"
        " voided_by = NULL WHERE receipt_no = ?",
        (t.receipts["R4"],),
    )
    conn.execute("UPDATE accounts SET prepaid = prepaid + 2000 WHERE account_no = ?", (A,))


def change_prepaid(conn: sqlite3.Connection, t: Template) -> None:
    conn.execute("UPDATE accounts SET prepaid = prepaid + 10000 WHERE account_no = ?", (C,))


def change_receipt_number(conn: sqlite3.Connection, t: Template) -> None:
    old = t.receipts["R5"]
    new = old[:-4] + "0009"
    conn.execute("UPDATE payments SET receipt_no = ? WHERE receipt_no = ?", (new, old))
    conn.execute("UPDATE visit_items SET ref = ? WHERE ref = ?", (new, old))


def move_to_other_account(conn: sqlite3.Connection, t: Template) -> None:
    """R3's prepayment credited to B instead of C."""
    b = one(conn, "SELECT id FROM accounts WHERE account_no = ?", B)
    conn.execute("UPDATE payments SET account_id = ? WHERE receipt_no = ?", (b, t.receipts["R3"]))
    conn.execute("UPDATE accounts SET prepaid = prepaid - 5000 WHERE account_no = ?", (C,))
    conn.execute("UPDATE accounts SET prepaid = prepaid + 5000 WHERE account_no = ?", (B,))


def change_counter(conn: sqlite3.Connection, t: Template) -> None:
    conn.execute("UPDATE payments SET counter = '3' WHERE receipt_no = ?", (t.receipts["R2"],))


def change_late_fee(conn: sqlite3.Connection, t: Template) -> None:
    """R1's late fee waived on paper: the line's fee to 0, its principal up (same total)."""
    conn.execute(
        "UPDATE payment_lines SET principal = amount, late_fee = 0 WHERE payment_id = ?"
        " AND seq = 1",
        (pid(conn, t.receipts["R1"]),),
    )


def delete_void_entry(conn: sqlite3.Connection, t: Template) -> None:
    conn.execute(
        "DELETE FROM audit_entries WHERE action = 'payment.void' AND entity_id = ?",
        (t.receipts["R4"],),
    )
    rehash(conn)


CASES: list[tuple[str, str, Callable[[sqlite3.Connection, Template], None]]] = [
    ("一个柜台日的收据连同编号计数被删除", "receipt_audit", delete_counter_day),
    ("在SQL中作废收据（无审计记录）", "voids", void_in_sql),
    ("现金改为移动支付", "receipt_audit", cash_to_mobile),
    ("最新的收据连同其审计记录被删除", "anchor", delete_newest_with_entry),
    ("改金额后重算整条审计链", "anchor", rehash_chain),
    ("改金额、重算审计链并改写标记文件", "anchor_given", rehash_chain_and_marks),
    ("改收费员", "receipt_audit", change_clerk),
    ("改收费时间", "receipt_audit", change_paid_at),
    ("收费明细移到另一户的账单", "receipt_audit", move_line_to_other_bill),
    ("提高欠费应收金额", "arrears_records", raise_arrears),
    ("欠费标为已收", "arrears_records", mark_arrears_paid),
    ("改他处已收金额（账目仍平）", "arrears_records", mark_paid_elsewhere),
    ("欠费改为已撤销", "arrears_records", withdraw_arrears),
    ("改缴费截止日期", "arrears_records", move_due_date),
    ("插入一笔欠费", "arrears_records", insert_arrears),
    ("删除一笔欠费", "arrears_records", delete_arrears),
    ("改日结实点现金", "settlement_records", edit_counted_cash),
    ("改日结应收现金", "settlement_records", edit_expected_cash),
    ("改日结收据笔数", "settlement_records", edit_payment_count),
    ("抹去日结差额及说明", "settlement_records", edit_difference_reason_and_sum),
    ("收据移出其日结", "settlement_records", unlink_from_settlement),
    ("删除日结及其编号", "settlement_records", delete_settlement),
    ("改收据校验码", "check_codes", edit_check_code),
    ("删除补打记录", "reprints", delete_reprint_row),
    ("补打次数加一", "reprints", bump_reprint_count),
    ("改补打原因", "reprints", edit_reprint_reason),
    ("删除中间的一条审计记录", "audit", delete_middle_entry),
    ("改审计记录的内容", "audit", edit_entry_detail),
    ("插入收据（无审计记录，编号计数同改）", "receipt_audit", insert_payment),
    ("删除一项收费明细（合计同改）", "receipt_audit", delete_payment_line),
    ("明细本金与合计一起改", "receipt_audit", line_and_total),
    ("改实收与找零", "receipt_audit", tendered_change),
    ("改作废原因", "voids", edit_void_reason),
    ("改作废授权人", "voids", edit_void_supervisor),
    ("改作废时间", "voids", edit_void_time),
    ("在SQL中撤销作废", "voids", unvoid),
    ("删除作废审计记录并重算审计链", "voids", delete_void_entry),
    ("改预存余额", "prepaid", change_prepaid),
    ("改收据号", "receipt_audit", change_receipt_number),
    ("收据改记到另一户", "receipt_audit", move_to_other_account),
    ("改柜台号", "receipt_audit", change_counter),
    ("违约金改为本金（金额不变）", "receipt_audit", change_late_fee),
]


@contextmanager
def raw(db: Path) -> Iterator[sqlite3.Connection]:
    """The file opened with a plain database tool: no app, no foreign keys."""
    with closing(sqlite3.connect(db, isolation_level=None)) as conn:
        conn.execute("PRAGMA foreign_keys=OFF")
        yield conn


@pytest.mark.parametrize(("edit", "detector", "change"), CASES, ids=[c[2].__name__ for c in CASES])
def test_an_edit_of_the_file_fails_check_by_name(
    template: Template,
    db_path: Path,
    edit: str,
    detector: str,
    change: Callable[[sqlite3.Connection, Template], None],
) -> None:
    db_path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(template.db, db_path)
    shutil.copy(marks_path(template.db), marks_path(db_path))
    copy = Template(**{**template.__dict__, "db": db_path})
    with raw(db_path) as conn:
        change(conn, copy)
        head = None
        if one(conn, "SELECT count(*) FROM sqlite_temp_master WHERE name = 'new_head'"):
            head = one(conn, "SELECT hash FROM new_head")
    if head is not None:  # the marks file rewritten to the re-hashed chain's head
        marks = json.loads(marks_path(db_path).read_text(encoding="utf-8"))
        marks["audit"]["hash"] = head
        marks_path(db_path).write_text(json.dumps(marks), encoding="utf-8")
    anchor = integrity_anchor_of(template.anchor)
    ctx = open_context(str(db_path))
    try:
        report = integrity.check_store(ctx, [anchor])
    finally:
        ctx.close()
    failed = [r.key for r in report.results if not r.ok]
    FOUND[change.__name__] = (detector, failed)
    assert not report.ok, f"{edit}: check passed"
    assert detector in failed, f"{edit}: {detector} did not fail (failed: {failed})"
    assert report.result(detector).message  # names the row to look at


def integrity_anchor_of(text: str) -> tuple[int, str]:
    from counter_app.services.integrity_anchor import parse_anchor

    return parse_anchor(text)


def test_the_untouched_copy_passes_with_its_printed_anchor(
    template: Template, db_path: Path
) -> None:
    db_path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(template.db, db_path)
    shutil.copy(marks_path(template.db), marks_path(db_path))
    ctx = open_context(str(db_path))
    try:
        report = integrity.check_store(ctx, [integrity_anchor_of(template.anchor)])
    finally:
        ctx.close()
    assert report.ok, [r.line() for r in report.results if not r.ok]
    assert len(CASES) >= 30 and len({c[2].__name__ for c in CASES}) == len(CASES)


def test_zz_the_table() -> None:
    """Edit → the detector that must catch it → every detector that failed (with -s)."""
    if not FOUND:
        pytest.skip("no tamper case ran")
    print(f"\n{'edit (改动)':<40}  {'must catch':<18}  failed")
    for edit, detector, change in CASES:
        if change.__name__ in FOUND:
            _must, failed = FOUND[change.__name__]
            print(f"{edit:<40}  {detector:<18}  {', '.join(failed)}")
