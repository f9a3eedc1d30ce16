"""What the audit entries carry, and how `check` reads them (services/integrity_records.py).

The tamper suite (tests/faults/test_tamper.py) edits the file; here the services'
own paths: an HQ list's paid_elsewhere, the import entry's rows, older entries.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import select

from counter_app.services import integrity, payments
from counter_app.services.audit_details import arrears_given
from counter_app.services.auth import HallInfo, UserInfo
from counter_app.services.context import AppContext
from counter_app.services.hq_imports import ARREARS_HEADERS, import_arrears
from counter_app.services.integrity_records import differences
from counter_app.services.payments import PaymentRequest
from counter_app.store.models import Account, Arrears, AuditEntry

D = Decimal
NOW = datetime(2030, 11, 26, 2, 0, tzinfo=UTC)
ACCOUNT = "330101000301"


def hq_list(path: Path, paid: int, due: int = 100) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(list(ARREARS_HEADERS))
    where = "城关镇人民路88号"
    sheet.append([ACCOUNT, "陈建国", where, "居民", "203010", due, paid, due - paid, "2030-12-25"])
    book.save(path)
    return path


def bill(ctx: AppContext) -> Arrears:
    with ctx.read() as s:
        row = s.scalars(
            select(Arrears)
            .join(Account, Account.id == Arrears.account_id)
            .where(Account.account_no == ACCOUNT)
        ).one()
        s.expunge(row)
        return row


def last_import(ctx: AppContext) -> dict[str, str]:
    with ctx.read() as s:
        detail = s.scalars(
            select(AuditEntry.detail)
            .where(AuditEntry.action == "arrears.import")
            .order_by(AuditEntry.id.desc())
            .limit(1)
        ).one()
    return {str(key): state for key, state in arrears_given(detail["arrears"])}


def test_paid_elsewhere_is_hqs_figure_less_the_receipts_here(
    ctx: AppContext, hall: tuple[HallInfo, UserInfo], clerk: UserInfo, tmp_path: Path
) -> None:
    ctx.clock = lambda: NOW
    import_arrears(ctx, hall[1], hq_list(tmp_path / "1.xlsx", paid=10))
    first = bill(ctx)
    assert (first.amount_paid, first.paid_elsewhere) == (D("10.00"), D("10.00"))
    assert last_import(ctx) == {str(first.id): "100.00|2030-12-25|10.00|open"}

    payments.take_payment(ctx, clerk, "1", PaymentRequest(ACCOUNT, D("20.00")))
    assert bill(ctx).amount_paid == D("30.00")
    # HQ's next list has our 20.00 in its 已收金额: nothing more was paid elsewhere.
    summary = import_arrears(ctx, hall[1], hq_list(tmp_path / "2.xlsx", paid=30))
    assert summary.unchanged == 1 and not summary.arrears_updated
    # Then 15.00 more paid at a bank: elsewhere grows, the receipt here stays.
    import_arrears(ctx, hall[1], hq_list(tmp_path / "3.xlsx", paid=45))
    now = bill(ctx)
    assert (now.amount_paid, now.paid_elsewhere) == (D("45.00"), D("25.00"))
    assert last_import(ctx) == {str(now.id): "100.00|2030-12-25|25.00|open"}
    # An older list (HQ behind us) lowers nothing.
    import_arrears(ctx, hall[1], hq_list(tmp_path / "4.xlsx", paid=10))
    assert bill(ctx).amount_paid == D("45.00")
    report = integrity.check_store(ctx)
    assert report.ok, [r.line() for r in report.results if not r.ok]


def test_an_entry_of_an_older_version_is_compared_on_the_keys_it_has() -> None:
    now = {"account": "1", "total": "5.00", "method": "cash", "clerk": 3, "lines": []}
    assert differences(now, {"account": "1", "total": "5.00", "method": "cash"}) == []
    assert differences(now, {"account": "1", "total": "6.00"}) == ["金额（现为 5.00，记录为 6.00）"]


def test_lines_and_sums_by_method_are_named() -> None:
    line = {"seq": 1, "kind": "electricity", "principal": "10.00", "amount": "10.50"}
    was = {**line, "principal": "9.00"}
    assert differences({"lines": [line]}, {"lines": [was]}) == [
        "收费明细第 1 项的本金（现为 10.00，记录为 9.00）"
    ]
    assert differences({"lines": [line]}, {"lines": []}) == ["收费明细项数（现为 1，记录为 0）"]
    sums = {"by_method": {"cash": "5.00", "card": "0.00", "mobile": "0.00"}}
    # Another engineer's shape ({"count", "total"} per method) is read by its sum.
    shaped = {"by_method": {"cash": {"count": 1, "total": "5.00"}, "card": "0.00"}}
    assert differences(sums, shaped) == []
    found = differences(sums, {"by_method": {"cash": "4.00"}})
    assert found == ["cash 合计（现为 5.00，记录为 4.00）"]


def test_a_store_upgraded_from_before_0008_gets_its_arrears_as_the_baseline(
    db_path: Path,
) -> None:
    """Arrears written by an older version have no entry: the upgrade records them."""
    from alembic import command
    from sqlalchemy import text as sql

    from counter_app.bootstrap import open_context
    from counter_app.services import integrity
    from counter_app.store.db import open_engine
    from counter_app.store.migrate import alembic_config

    engine = open_engine(str(db_path))
    command.upgrade(alembic_config(engine), "0007")
    with engine.begin() as conn:
        conn.execute(
            sql(
                "INSERT INTO halls (id, code, name, address, phone, secret, created_at) "
                "VALUES (1, '330101', '城关', '', '', 'k', '2026-01-01 00:00:00')"
            )
        )
        conn.execute(
            sql(
                "INSERT INTO customers (id, kind, name, cert_type, cert_no, mobile, created_at, "
                "updated_at) VALUES (1, 'person', '王小明', '居民身份证', '11010519491231002X', "
                "'', '2026-01-01 00:00:00', '2026-01-01 00:00:00')"
            )
        )
        conn.execute(
            sql(
                "INSERT INTO accounts (id, account_no, hall_id, customer_id, address, category, "
                "voltage, status, prepaid, opened_at, updated_at) VALUES (1, '330101000001', 1, "
                "1, '城关镇', '居民', '低压', 'active', 0, '2026-01-01 00:00:00', "
                "'2026-01-01 00:00:00')"
            )
        )
        conn.execute(
            sql(
                "INSERT INTO arrears (account_id, bill_month, amount_due, amount_paid, due_date, "
                "status, updated_at) VALUES (1, '202610', 10000, 2500, '2026-11-15', 'open', "
                "'2026-11-01 00:00:00')"
            )
        )
    engine.dispose()
    ctx = open_context(str(db_path))
    try:
        report = integrity.check_store(ctx)
        assert report.result("arrears_records").ok, report.result("arrears_records").message
    finally:
        ctx.close()


def test_an_imports_states_are_read_in_both_forms_the_store_holds() -> None:
    # Lines "id:state" since 2026-12; an object keyed by id before: stores keep both.
    packed = "7:100.00|2030-12-25|10.00|open\n12:5.00|2030-11-25|0.00|withdrawn\n"
    older = {"7": "100.00|2030-12-25|10.00|open", "12": "5.00|2030-11-25|0.00|withdrawn"}
    assert list(arrears_given(packed)) == list(arrears_given(older))
    assert dict(arrears_given(packed)) == {
        7: "100.00|2030-12-25|10.00|open",
        12: "5.00|2030-11-25|0.00|withdrawn",
    }
    assert list(arrears_given(None)) == [] and list(arrears_given("x:1\n")) == []
