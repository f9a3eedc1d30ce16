"""Is the store whole? The start-up quick_check, `counter-app check` and the clock warning.

Rows are edited behind the app's back with plain sqlite3, as someone with the
file and a database tool could; each edit must be named by the check.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select
from support import ADMIN, PASSWORD, add_owing_account, pdf_text

from counter_app.bootstrap import open_context
from counter_app.services import applications, backups, clock_check, integrity, payments
from counter_app.services.auth import HallInfo, UserInfo
from counter_app.services.context import AppContext
from counter_app.services.errors import StartupError
from counter_app.services.integrity_findings import CheckReport, CheckResult
from counter_app.services.payments import PaymentRequest
from counter_app.services.receipts import void
from counter_app.services.settlement import close_day, compare_count
from counter_app.store.models import Arrears, AuditEntry

D = Decimal
REPO_ROOT = Path(__file__).resolve().parents[2]
# After the real clock that set up the hall (conftest): 10:00 in the hall.
NOW = datetime(2030, 11, 26, 2, 0, tzinfo=UTC)
OWES, PREPAYS = "330101000123", "330101000456"


def add_account(ctx: AppContext, account_no: str, cert_no: str, bills: int = 0) -> None:
    now = ctx.clock()
    bill_list = [
        (f"{NOW.year}{month:02d}", "200.00", date(NOW.year, month + 1, 5))
        for month in range(9, 9 + bills)
    ]
    with ctx.write() as s:
        add_owing_account(
            s,
            now,
            account_no,
            bill_list,
            name="张三丰",
            address="城关镇人民路100号",
            cert_type="户号",
            cert_no=cert_no,
        )


@pytest.fixture
def busy(ctx: AppContext, hall: tuple[HallInfo, UserInfo], clerk: UserInfo) -> AppContext:
    """A day's work: bills paid in part, prepayments, a void, an application, a settlement."""
    ctx.clock = lambda: NOW
    admin = hall[1]
    add_account(ctx, OWES, "330101000123", bills=2)
    add_account(ctx, PREPAYS, "330101000456")
    payments.take_payment(ctx, clerk, "1", PaymentRequest(OWES, D("150.00")))
    payments.take_payment(ctx, clerk, "1", PaymentRequest(PREPAYS, D("0"), D("50.00")))
    voided = payments.take_payment(ctx, clerk, "1", PaymentRequest(PREPAYS, D("0"), D("20.00")))
    void(ctx, clerk, voided.receipt_no, admin, "金额输错")
    payments.take_payment(
        ctx,
        clerk,
        "1",
        PaymentRequest(OWES, D("100.00"), D("30.00"), method="card", reference="T1"),
    )
    payments.take_payment(ctx, admin, "2", PaymentRequest(PREPAYS, D("0"), D("12.34")))
    applications.submit_application(
        ctx,
        clerk,
        "1",
        "lv_residential_new",
        {
            "cert_type": "居民身份证",
            "cert_no": "11010519491231002x",
            "name": "张三丰",
            "mobile": "13912345678",
            "is_proxy": False,
            "address": "城关镇人民路8号",
            "capacity_kw": "8",
            "usage": "居民生活用电",
            "ownership_unclear": False,
        },
        ("applicant_id",),
        NOW,
    )
    compare_count(ctx, clerk, NOW.date(), {}, clerk)
    close_day(ctx, clerk, NOW.date(), "测试：未点钞", admin)
    return ctx


@contextmanager
def raw(db: Path) -> Iterator[sqlite3.Connection]:
    """The file opened with a plain database tool: no app, no foreign keys."""
    with closing(sqlite3.connect(db, isolation_level=None)) as conn:
        conn.execute("PRAGMA foreign_keys=OFF")
        yield conn


def receipts(db: Path) -> list[str]:
    with raw(db) as conn:
        return [r[0] for r in conn.execute("SELECT receipt_no FROM payments ORDER BY id")]


def failing(report: CheckReport) -> dict[str, CheckResult]:
    return {r.key: r for r in report.results if not r.ok}


# -- the whole store ---------------------------------------------------------------------


def test_a_busy_store_passes_every_check(busy: AppContext) -> None:
    report = integrity.check_store(busy)
    assert report.ok, [r.line() for r in report.results if not r.ok]
    keys = [r.key for r in report.results]
    sqlite = busy.engine.dialect.name == "sqlite"
    # PRAGMA integrity_check, and the marks file beside the store
    assert keys == [
        *(["file"] if sqlite else []),
        "audit",
        *(["anchor"] if sqlite else []),
        "receipt_audit",
        "check_codes",
        "voids",
        "reprints",
        "settlement_records",
        "arrears_records",
        "receipts",
        "applications",
        "visits",
        "settlements",
        "arrears",
        "prepaid",
        "totals",
    ]
    assert report.result("receipts").message.startswith("2 个柜台日，共 5 个编号")
    assert report.result("applications").message.startswith("1 个营业日，共 1 个编号")
    assert all(r.line().startswith("[正常] ") for r in report.results)


def test_an_empty_store_passes(ctx: AppContext) -> None:
    assert integrity.check_store(ctx).ok


def test_the_check_reads_a_snapshot_without_the_write_lock(busy: AppContext, db_path: Path) -> None:
    """A counter in the middle of a payment neither waits for the check nor shows in it."""
    with closing(sqlite3.connect(db_path, isolation_level=None, timeout=0)) as writer:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE sequences SET value = value + 1 WHERE name LIKE 'receipt:%'")
        started = time.monotonic()
        report = integrity.check_store(busy)
        assert time.monotonic() - started < 5  # the app's sessions would wait 10 s and fail
        writer.execute("ROLLBACK")
    assert report.ok, [r.line() for r in report.results if not r.ok]


# -- editing rows behind the app's back --------------------------------------------------


def test_an_edited_audit_entry_is_named(busy: AppContext, db_path: Path) -> None:
    with raw(db_path) as conn:
        entry = conn.execute(
            "SELECT id FROM audit_entries WHERE action = 'user.create' AND entity_id = 'zhang'"
        ).fetchone()
        conn.execute(
            "UPDATE audit_entries SET detail = json_set(detail, '$.role', 'admin') WHERE id = ?",
            entry,
        )
    report = integrity.check_store(busy)
    assert set(failing(report)) == {"audit"}
    audit_result = report.result("audit")
    assert audit_result.message.startswith(f"审计链在第 {entry[0]} 条断开：记录内容与其哈希不符")
    assert audit_result.problems == 1
    assert audit_result.line().startswith(f"[问题] 审计链在第 {entry[0]} 条断开")


def test_a_deleted_audit_entry_breaks_the_chain_at_the_next(
    busy: AppContext, db_path: Path
) -> None:
    with raw(db_path) as conn:
        ids = [r[0] for r in conn.execute("SELECT id FROM audit_entries ORDER BY id")]
        conn.execute("DELETE FROM audit_entries WHERE id = ?", (ids[3],))
    result = integrity.verify_audit_chain(busy)
    assert not result.ok
    assert result.message.startswith(f"审计链在第 {ids[4]} 条断开：它记下的上一条哈希")
    assert f"第 {ids[2]} 条之后" in result.message


def test_a_deleted_first_audit_entry_is_seen(busy: AppContext, db_path: Path) -> None:
    with raw(db_path) as conn:
        first = conn.execute("SELECT min(id) FROM audit_entries").fetchone()[0]
        conn.execute("DELETE FROM audit_entries WHERE id = ?", (first,))
    result = integrity.verify_audit_chain(busy)
    assert not result.ok and result.message.startswith(f"审计链在第 {first + 1} 条断开")


def test_an_edited_payment_total_is_named(busy: AppContext, db_path: Path) -> None:
    receipt = receipts(db_path)[1]
    with raw(db_path) as conn:
        conn.execute("UPDATE payments SET total = total - 1000 WHERE receipt_no = ?", (receipt,))
    found = failing(integrity.check_store(busy))
    # The cash of the settled day no longer adds up either, nor the receipt's check code.
    assert set(found) == {"receipt_audit", "totals", "check_codes", "settlement_records"}
    assert found["totals"].message.startswith(
        f"收据 {receipt} 的合计 40.00 元与明细之和 50.00 元不符"
    )
    assert found["receipt_audit"].message.startswith(f"收据 {receipt}（收费记录 id=")
    assert "的金额（现为 40.00，记录为 50.00）与收费时的审计记录" in found["receipt_audit"].message


def test_a_payment_edited_with_its_lines_is_still_caught_by_its_audit_entry(
    busy: AppContext, db_path: Path
) -> None:
    """Total and line changed together: the sums agree, the audit entry does not."""
    receipt = receipts(db_path)[1]
    with raw(db_path) as conn:
        conn.execute("UPDATE payments SET total = 4000 WHERE receipt_no = ?", (receipt,))
        conn.execute(
            "UPDATE payment_lines SET principal = 4000, amount = 4000 WHERE payment_id = "
            "(SELECT id FROM payments WHERE receipt_no = ?)",
            (receipt,),
        )
        conn.execute(
            "UPDATE accounts SET prepaid = prepaid - 1000 WHERE account_no = ?", (PREPAYS,)
        )
    found = failing(integrity.check_store(busy))
    assert set(found) == {"receipt_audit", "check_codes", "settlement_records"}


def test_a_payment_deleted_with_foreign_keys_off_leaves_a_named_gap(
    busy: AppContext, db_path: Path
) -> None:
    receipt = receipts(db_path)[1]  # 50.00 prepaid on PREPAYS
    with raw(db_path) as conn:
        conn.execute("DELETE FROM payments WHERE receipt_no = ?", (receipt,))
    found = failing(integrity.check_store(busy))
    assert set(found) == {"receipts", "prepaid", "totals", "receipt_audit", "settlement_records"}
    assert f"收据 {receipt} 不存在：收费记录被删除" in found["receipt_audit"].message
    assert found["receipts"].message == (
        f"收据编号有缺号：{receipt} 不存在（1号柜台 2030-11-26已编到第 4 号）"
    )
    assert "所属的收费记录" in found["totals"].message and "不存在" in found["totals"].message


def test_a_payment_written_without_the_app_is_named(busy: AppContext, db_path: Path) -> None:
    with raw(db_path) as conn:
        columns = [r[1] for r in conn.execute("PRAGMA table_info(payments)") if r[1] != "id"]
        names = ", ".join(columns)
        picked = ", ".join("'330101-01-20301126-0005'" if c == "receipt_no" else c for c in columns)
        conn.execute(
            f"INSERT INTO payments ({names}) SELECT {picked} FROM payments ORDER BY id LIMIT 1"
        )
    found = failing(integrity.check_store(busy))
    assert found["receipts"].message.startswith(
        "收据 330101-01-20301126-0005 的序号超出了编号计数（1号柜台 2030-11-26的计数为 4）"
    )
    assert found["receipt_audit"].message.startswith(
        "收据 330101-01-20301126-0005（收费记录 id=6）没有收费时的审计记录"
    )
    assert found["totals"].message.startswith("收据 330101-01-20301126-0005 没有收费明细")


def test_a_skipped_application_number_is_named(busy: AppContext, db_path: Path) -> None:
    with raw(db_path) as conn:
        conn.execute("UPDATE sequences SET value = value + 1 WHERE name LIKE 'application:%'")
    found = failing(integrity.check_store(busy))
    assert set(found) == {"applications"}
    assert found["applications"].message == (
        "受理编号有缺号：330101-20301126-0002 不存在（2030-11-26已编到第 2 号）"
    )


def test_ledger_edits_are_named(busy: AppContext, db_path: Path) -> None:
    with raw(db_path) as conn:
        arrears_id = conn.execute(
            "SELECT id FROM arrears WHERE amount_paid > 0 ORDER BY id LIMIT 1"
        ).fetchone()[0]
        conn.execute("UPDATE arrears SET amount_paid = amount_paid - 1 WHERE id = ?", (arrears_id,))
        conn.execute("UPDATE accounts SET prepaid = prepaid + 100 WHERE account_no = ?", (OWES,))
    found = failing(integrity.check_store(busy))
    assert set(found) == {"arrears", "arrears_records", "prepaid"}
    assert "不等于他处已收 0.00 元加本厅收据" in found["arrears_records"].message
    assert found["arrears"].message.startswith(
        f"户号 {OWES} {NOW.year}09 电费（欠费记录 id={arrears_id}）"
    )
    assert "少于本厅收据合计" in found["arrears"].message
    assert found["prepaid"].message.startswith(
        f"户号 {OWES} 的预存余额 31.00 元与预存收据合计 30.00 元不符"
    )


def test_an_overpaid_bill_is_named(busy: AppContext, db_path: Path) -> None:
    with raw(db_path) as conn:
        conn.execute(
            "UPDATE arrears SET amount_paid = amount_due + 1 WHERE bill_month = ?",
            (f"{NOW.year}10",),
        )
    found = failing(integrity.check_store(busy))
    assert set(found) == {"arrears", "arrears_records"}
    assert "超过应收 200.00 元" in found["arrears"].message


def test_a_line_amount_edit_is_named(busy: AppContext, db_path: Path) -> None:
    with raw(db_path) as conn:
        conn.execute("UPDATE payment_lines SET amount = amount + 1 WHERE id = 1")
    found = failing(integrity.check_store(busy))
    assert set(found) == {"totals", "receipt_audit"}
    assert found["totals"].problems == 2  # the line itself, and its receipt's sum
    assert "收费明细第 1 项的金额" in found["receipt_audit"].message


def test_an_hq_import_raising_amount_paid_is_not_a_problem(
    busy: AppContext, tmp_path: Path
) -> None:
    """HQ's 已收金额 may exceed what was paid here: the rest was paid elsewhere."""
    from openpyxl import Workbook

    from counter_app.services.hq_imports import ARREARS_HEADERS, import_arrears

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(list(ARREARS_HEADERS))
    month = f"{NOW.year}10"
    sheet.append([OWES, "张三丰", "城关镇人民路100号", "居民", month, 200, 200, 0, "2030-11-05"])
    book.save(tmp_path / "hq.xlsx")
    import_arrears(busy, ADMIN, tmp_path / "hq.xlsx")
    with busy.read() as s:
        bill = s.scalars(select(Arrears).where(Arrears.bill_month == month)).one()
        assert bill.amount_paid == bill.amount_due and 0 < bill.paid_elsewhere < bill.amount_due
    report = integrity.check_store(busy)
    assert report.ok, [r.line() for r in report.results if not r.ok]
    # Raised in SQL instead, the same figure is a problem: no import gave it.
    with busy.write() as s:
        bill = s.scalars(select(Arrears).where(Arrears.bill_month == month)).one()
        bill.paid_elsewhere = D("0.00")
    assert set(failing(integrity.check_store(busy))) == {"arrears_records"}


# -- start-up ------------------------------------------------------------------------------


def corrupt_table(db: Path, table: str) -> None:
    """Overwrite the b-tree page header and cell pointers of the table's root page."""
    with closing(sqlite3.connect(db)) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
        ).fetchone()[0]
        assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] > 0  # holds rows
    assert root > 1
    with db.open("r+b") as fh:
        fh.seek((root - 1) * page_size)
        fh.write(b"\xff" * 16)


def test_a_healthy_store_passes_the_quick_check(busy: AppContext) -> None:
    assert integrity.quick_check(busy.engine) is None


def test_a_damaged_store_is_not_opened_and_the_latest_backup_is_named(
    busy: AppContext, db_path: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "U盘"
    folder.mkdir()
    latest = backups.backup_now(busy, folder, 5, 1)
    busy.close()  # the WAL is folded into the file on close
    assert not db_path.with_name(db_path.name + "-wal").exists()
    damaged = tmp_path / "damaged" / "counter.db"
    damaged.parent.mkdir()
    shutil.copy(db_path, damaged)
    corrupt_table(damaged, "payments")
    with pytest.raises(StartupError) as caught:
        open_context(str(damaged), backup_folder=folder)
    message = str(caught.value)
    assert message.startswith("数据库文件已损坏")
    assert f"最新的备份：{latest}" in message
    assert "counter-app restore" in message
    # Without a known folder it still says where backups are.
    with pytest.raises(StartupError, match="备份在“设置”中选择的备份文件夹里"):
        open_context(str(damaged))
    # An empty folder is said to be empty.
    with pytest.raises(StartupError, match="中没有找到备份"):
        open_context(str(damaged), backup_folder=tmp_path / "elsewhere")
    # The original is untouched and still opens.
    open_context(str(db_path)).close()


def test_a_file_that_is_not_a_database_is_not_opened(tmp_path: Path) -> None:
    junk = tmp_path / "counter.db"
    junk.write_bytes(b"not a database at all " * 500)
    with pytest.raises(StartupError, match="数据库文件已损坏"):
        open_context(str(junk))
    assert junk.read_bytes().startswith(b"not a database")  # left as it was


# -- the command line --------------------------------------------------------------------

SHIM = (
    "import argparse, sys\n"
    "from counter_app.cli_safety import add_safety_parsers, run_safety\n"
    "p = argparse.ArgumentParser(prog='counter-app')\n"
    "p.add_argument('--db')\n"
    "add_safety_parsers(p.add_subparsers(dest='command'))\n"
    "a = p.parse_args()\n"
    "sys.exit(run_safety(a, a.db))\n"
)


def _wired() -> bool:
    """Whether counter_app.cli already offers the safety commands."""
    from counter_app.cli import build_parser

    for action in build_parser()._actions:
        if isinstance(action, argparse._SubParsersAction):
            return "check" in action.choices
    return False


def safety_cli(
    args: list[str], tmp_path: Path, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("COUNTER_APP_") and not k.startswith("XDG_")
    }
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CONFIG_HOME=str(home / ".config"),
        PYTHONIOENCODING="utf-8",
        QT_QPA_PLATFORM="offscreen",
    )
    # The store's administrator (conftest's hall), as a scheduled job logs in.
    login = tmp_path / "login.txt"
    login.write_text(f"admin\n{PASSWORD}\n", encoding="utf-8")
    login.chmod(0o600)
    env["COUNTER_APP_LOGIN_FILE"] = str(login)
    command = ["-m", "counter_app.cli"] if _wired() else ["-c", SHIM]
    return subprocess.run(
        [sys.executable, *command, *args],
        cwd=REPO_ROOT,
        env=env,
        input=stdin,
        stdin=None if stdin is not None else subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def test_check_from_the_command_line(busy: AppContext, db_path: Path, tmp_path: Path) -> None:
    busy.close()
    good = safety_cli(["--db", str(db_path), "check"], tmp_path)
    assert good.returncode == 0, good.stdout + good.stderr
    assert good.stdout.count("[正常]") == 16 and "全部检查通过" in good.stdout
    # Values no source confirms (to_confirm) are a note for HQ, not a failed check.
    assert "待总部确认（不是检查失败）" in good.stdout
    assert "高压新装（单电源） — 环节“供电方案答复”的时限（工作日） — 8" in good.stdout
    with raw(db_path) as conn:
        conn.execute("UPDATE audit_entries SET entity_id = 'x' WHERE id = 2")
    bad = safety_cli(["--db", str(db_path), "check"], tmp_path)
    assert bad.returncode == 1
    assert "[问题] 审计链在第 2 条断开：记录内容与其哈希不符" in bad.stdout
    assert bad.stdout.count("[正常]") == 15
    assert "发现问题，第一处：审计链在第 2 条断开" in bad.stderr
    assert "Traceback" not in bad.stderr


def test_check_of_a_damaged_store_says_what_to_do(
    busy: AppContext, db_path: Path, tmp_path: Path
) -> None:
    busy.close()
    corrupt_table(db_path, "audit_entries")
    result = safety_cli(["--db", str(db_path), "check"], tmp_path)
    assert result.returncode == 1
    assert "数据库文件已损坏" in result.stderr and "counter-app restore" in result.stderr
    assert "Traceback" not in result.stderr


# -- the clock ---------------------------------------------------------------------------


def test_a_clock_in_step_is_not_warned_about(busy: AppContext) -> None:
    busy.clock = lambda: NOW + timedelta(hours=1)
    assert clock_check.clock_check(busy) is None
    busy.clock = lambda: NOW - timedelta(seconds=90)  # within the tolerance
    assert clock_check.clock_check(busy) is None


def test_an_empty_store_has_no_clock_to_compare(ctx: AppContext) -> None:
    assert clock_check.clock_check(ctx) is None


def test_a_clock_gone_backwards_is_warned_about_and_recorded(
    busy: AppContext, clerk: UserInfo
) -> None:
    busy.clock = lambda: NOW - timedelta(days=1, hours=2)
    warning = clock_check.clock_check(busy, clerk.id)
    assert warning is not None
    assert "电脑时钟可能不准" in warning
    assert "2030-11-25 08:00:00" in warning  # now, hall time
    assert "2030-11-26 10:00:00" in warning  # the latest record
    assert "1天2小时0分钟" in warning
    with busy.read() as s:
        entry = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).one()
        assert (entry.action, entry.user_id) == ("clock.backwards", clerk.id)
        assert entry.detail["latest"].startswith("2030-11-26T02:00:00")
    assert integrity.verify_audit_chain(busy).ok  # an entry dated earlier still chains
    # The tolerance is data (policy.toml [clock]), or a parameter.
    assert clock_check.clock_check(busy, tolerance=timedelta(days=2)) is None
    busy.policy = replace(busy.policy, clock_tolerance_minutes=2 * 24 * 60)
    assert clock_check.clock_check(busy) is None


# -- anchors outside the file ----------------------------------------------------------


def test_the_settlement_report_prints_the_chain_head_at_its_sign_off(
    busy: AppContext, tmp_path: Path
) -> None:

    from counter_app.services import settlement

    with busy.read() as s:
        number, entry_id, digest = s.execute(
            select(AuditEntry.entity_id, AuditEntry.id, AuditEntry.hash).where(
                AuditEntry.action == "settlement.close"
            )
        ).one()
    doc = settlement.report(busy, number)
    assert doc.anchor == f"{entry_id}:{digest[:16]}"
    pdf = settlement.print_report(busy, number, tmp_path)
    text = pdf_text(pdf)
    assert f"审计链锚点：{entry_id}:{digest[:16]}" in text.replace("\n", "")
    # Later work does not move it: a reprinted report shows the same anchor.
    payments.take_payment(busy, busy_admin(busy), "2", PaymentRequest(PREPAYS, D("0"), D("1")))
    assert settlement.report(busy, number).anchor == doc.anchor


def busy_admin(ctx: AppContext) -> UserInfo:
    from counter_app.services import auth

    return next(u for u in auth.list_users(ctx) if u.is_admin)


def test_check_with_an_anchor_from_the_command_line(
    busy: AppContext, db_path: Path, tmp_path: Path
) -> None:
    from counter_app.services import settlement

    with busy.read() as s:
        closing_entry = select(AuditEntry.entity_id).where(AuditEntry.action == "settlement.close")
        number = s.scalars(closing_entry).one()
    anchor = settlement.report(busy, number).anchor
    busy.close()
    good = safety_cli(["--db", str(db_path), "check", "--anchor", anchor], tmp_path)
    assert good.returncode == 0, good.stdout + good.stderr
    assert "[正常] 给定锚点：1 个锚点都与库中的审计链一致" in good.stdout
    entry_id, prefix = anchor.split(":")
    wrong = f"{entry_id}:{'0' * 16 if prefix != '0' * 16 else '1' * 16}"
    bad = safety_cli(["--db", str(db_path), "check", "--anchor", wrong], tmp_path)
    assert bad.returncode == 1
    assert f"[问题] 锚点 {wrong}：第 {entry_id} 条审计记录的哈希是 {prefix}" in bad.stdout
    beyond = safety_cli(["--db", str(db_path), "check", "--anchor", "999:0123abcd"], tmp_path)
    assert beyond.returncode == 1 and "库中没有第 999 条审计记录" in beyond.stdout
    typo = safety_cli(["--db", str(db_path), "check", "--anchor", "12-ab"], tmp_path)
    assert typo.returncode == 1 and "锚点“12-ab”的格式不对" in typo.stderr
    assert "Traceback" not in bad.stderr + beyond.stderr + typo.stderr


def test_marks_one_commit_behind_are_accepted_and_ahead_are_not(
    busy: AppContext, db_path: Path
) -> None:
    """The marks file is written after the commit: a kill in between leaves it behind."""
    from counter_app.services.marks import marks_path, read_marks

    marks = read_marks(marks_path(db_path))
    assert marks is not None and marks.audit_id
    with raw(db_path) as conn:
        (last,) = conn.execute("SELECT max(id) FROM audit_entries").fetchone()
        before = conn.execute(
            "SELECT id, hash FROM audit_entries WHERE id = ?", (last - 1,)
        ).fetchone()
    assert marks.audit_id == last
    data = json.loads(marks_path(db_path).read_text(encoding="utf-8"))
    data["audit"] = {"id": before[0], "hash": before[1]}
    marks_path(db_path).write_text(json.dumps(data), encoding="utf-8")
    result = integrity.check_store(busy).result("anchor")
    assert result.ok and "其后另有 1 条" in result.message
    data["audit"] = {"id": last + 1, "hash": "ab" * 32}
    marks_path(db_path).write_text(json.dumps(data), encoding="utf-8")
    result = integrity.check_store(busy).result("anchor")
    assert not result.ok and f"库中只到第 {last} 条" in result.message
