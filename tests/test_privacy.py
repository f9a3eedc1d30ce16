"""Private by default: no personal data in logs, files for the clerks only (issues 12, 15)."""

from __future__ import annotations

import logging
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text
from support import pdf_text

from counter_app.bootstrap import open_context
from counter_app.privacy import PrivacyFilter, restrict, scrub
from counter_app.services import receipts

RESIDENT_ID = "11010519491231002X"
MOBILE = "13912345678"
CREDIT_CODE = "91330106MA2CFXXX1B"


def test_scrub_masks_ids_mobiles_and_sql_parameters() -> None:
    line = (
        f"lookup {RESIDENT_ID} / +86 {MOBILE} / {CREDIT_CODE}\n"
        "[SQL: SELECT 1]\n[parameters: ('王小明', '11010519491231002X')]"
    )
    out = scrub(line)
    assert RESIDENT_ID not in out and MOBILE not in out and CREDIT_CODE not in out
    assert "王小明" not in out
    assert "110105********002X" in out and "139****5678" in out
    # Numbers that are not personal stay readable: receipts, amounts, dates.
    assert scrub("收据 330101-01-20261206-0001 金额 12345.67") == (
        "收据 330101-01-20261206-0001 金额 12345.67"
    )


def test_a_database_error_with_an_id_and_a_mobile_leaves_neither_in_the_log(
    tmp_path: Path,
) -> None:
    from counter_app.ui.errors import setup_logging

    root = logging.getLogger()
    before = list(root.handlers)
    log_path = setup_logging(tmp_path)
    ctx = open_context(str(tmp_path / "store" / "counter.db"))
    try:
        with ctx.read() as s:
            s.execute(
                text("SELECT * FROM customers_that_do_not_exist WHERE cert_no = :c OR m = :m"),
                {"c": RESIDENT_ID, "m": MOBILE},
            )
    except Exception:
        logging.getLogger("counter_app").exception("lookup failed")
    finally:
        ctx.close()
    try:
        raise ValueError(f"客户 {RESIDENT_ID} 手机 {MOBILE} 重复")
    except ValueError:
        logging.getLogger("counter_app").exception("save failed for %s", MOBILE)
    for handler in root.handlers:
        handler.flush()
    try:
        logged = log_path.read_text(encoding="utf-8")
        assert "customers_that_do_not_exist" in logged and "save failed" in logged
        assert RESIDENT_ID not in logged and MOBILE not in logged
        assert "[parameters" not in logged or "已隐去" in logged
    finally:
        for handler in root.handlers:
            if handler not in before:
                root.removeHandler(handler)
                handler.close()


def test_the_filter_rewrites_a_record_with_its_traceback() -> None:
    try:
        raise RuntimeError(f"id {RESIDENT_ID}")
    except RuntimeError:
        record = logging.LogRecord(
            "x", logging.ERROR, __file__, 1, "mobile %s", (MOBILE,), sys.exc_info()
        )
    PrivacyFilter().filter(record)
    written = logging.Formatter().format(record)
    assert RESIDENT_ID not in written and MOBILE not in written
    assert "RuntimeError" in written


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_the_command_line_writes_nothing_others_can_read(tmp_path: Path) -> None:
    db = tmp_path / "data" / "counter.db"
    env = dict(os.environ, COUNTER_APP_ADMIN_PASSWORD="counter-pass-1", HOME=str(tmp_path))
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "counter_app",
            "--db",
            str(db),
            "init",
            "--hall-code",
            "330101",
            "--hall-name",
            "城关供电营业厅",
            "--admin",
            "admin",
        ],
        env=env,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    written = [p for p in db.parent.rglob("*") if p.is_file()]
    assert db in written
    for path in [db.parent, *written]:
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode & 0o007 == 0, f"{path.name} is {oct(mode)}"
    # The other clerks' accounts (the folder's group) write the store and its marks.
    for path in (db, db.with_name(db.name + ".marks.json")):
        assert stat.S_IMODE(path.stat().st_mode) & 0o060 == 0o060, path.name


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_restrict_shares_a_folder_with_its_group_and_shuts_out_others(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    (folder / "logs").mkdir(parents=True)
    log = folder / "logs" / "counter-app.log"
    log.write_text("x")
    store = folder / "counter.db"
    store.write_text("x")
    for path in (folder, folder / "logs", log):
        path.chmod(0o755 if path.is_dir() else 0o644)
    store.chmod(0o600)  # an older version's owner-only store
    restrict(folder)
    assert stat.S_IMODE(log.stat().st_mode) == 0o660
    assert stat.S_IMODE(store.stat().st_mode) == 0o660
    assert stat.S_IMODE((folder / "logs").stat().st_mode) == 0o2770
    assert stat.S_IMODE(folder.stat().st_mode) == 0o2770


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_restrict_gives_the_folders_group_to_what_an_older_version_made(tmp_path: Path) -> None:
    """Owned by us and made before the folder was setgid: it gets the folder's group."""
    groups = [g for g in os.getgroups() if g != os.getegid()]
    if os.geteuid() == 0:
        groups.append(1)  # root may give a file any group
    if not groups:
        pytest.skip("this user belongs to one group only")
    folder = tmp_path / "data"
    folder.mkdir()
    os.chown(folder, -1, groups[0])
    old = folder / "counter.db"
    old.write_text("x")
    os.chown(old, -1, os.getegid())
    restrict(folder)
    assert old.stat().st_gid == groups[0]


def test_after_provoked_errors_no_log_export_or_printout_holds_an_id_or_a_mobile(
    tmp_path: Path,
) -> None:
    """A customer's full ID and mobile go into the store, then through a payment, its
    receipt, an acceptance slip, an HQ export and two provoked database errors: a grep
    of every file the app wrote finds neither."""
    import zipfile
    from datetime import UTC, datetime
    from decimal import Decimal

    from support import ADMIN, set_up_hall

    from counter_app.hq import export
    from counter_app.services import applications, payments
    from counter_app.services.payments import PaymentRequest
    from counter_app.ui.errors import setup_logging

    mobile, resident = "13907550123", "110105198001010016"
    mobile2, resident2 = "13907550456", "330102197506010027"
    root = logging.getLogger()
    before = list(root.handlers)
    log_path = setup_logging(tmp_path)
    ctx = open_context(str(tmp_path / "store" / "counter.db"))
    try:
        now = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)
        ctx.clock = lambda: now
        set_up_hall(ctx)
        values = {
            "cert_type": "居民身份证", "cert_no": resident, "name": "周明", "mobile": mobile,
            "is_proxy": False, "address": "城关镇幸福路9号", "capacity_kw": "8",
            "usage": "居民生活用电", "ownership_unclear": False,
        }  # fmt: skip
        accepted = applications.submit_application(
            ctx, ADMIN, "1", "lv_residential_new", values, ("applicant_id",), now
        )
        printouts = tmp_path / "printouts"
        printouts.mkdir()
        applications.print_acceptance_slip(ctx, accepted.application_no, printouts)
        from support import add_owing_account

        with ctx.write() as s:
            add_owing_account(
                s, now, "330101000123", cert_no=resident2, name="吴芳", mobile=mobile2
            )
        paid = payments.take_payment(
            ctx, ADMIN, "1", PaymentRequest("330101000123", Decimal("0"), Decimal("20.00"))
        )
        receipts.print_receipt(ctx, paid.receipt_no, printouts)
        batch = export.export_period(ctx, ADMIN, tmp_path / "export")
        for provoke in (  # database errors carrying the ID and the mobile
            lambda s: s.execute(text("SELECT * FROM nowhere WHERE c = :c"), {"c": resident}),
            lambda s: s.execute(text("INSERT INTO customers (id) VALUES (:m)"), {"m": mobile}),
        ):
            try:
                with ctx.write() as s:
                    provoke(s)
            except Exception:
                logging.getLogger("counter_app").exception("provoked")
    finally:
        ctx.close()
        for handler in root.handlers:
            handler.flush()
    try:
        texts = {log_path.name: log_path.read_text(encoding="utf-8")}
        with zipfile.ZipFile(batch.path) as book:
            texts |= {n: book.read(n).decode("utf-8", "replace") for n in book.namelist()}

        for pdf in printouts.glob("*.pdf"):
            texts[pdf.name] = pdf_text(pdf)
        assert len([n for n in texts if n.endswith(".pdf")]) == 2
        assert "provoked" in texts[log_path.name]
        secrets = (resident, mobile, resident2, mobile2)
        leaks = [name for name, body in texts.items() if any(x in body for x in secrets)]
        assert leaks == []
        # The masked forms are there: the grep looked at the right files.
        assert any("110105********0016" in body for body in texts.values())
    finally:
        for handler in root.handlers:
            if handler not in before:
                root.removeHandler(handler)
                handler.close()
