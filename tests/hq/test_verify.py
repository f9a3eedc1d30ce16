"""hq-verify: a receipt checked against what HQ loaded, from its QR text as printed or from
the number and amount typed from the paper."""

from __future__ import annotations

import argparse
import shutil
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text
from support import ADMIN, PASSWORD

from counter_app.bootstrap import open_context
from counter_app.cli_hq import add_hq_parsers, run_hq
from counter_app.demo import fill_demo
from counter_app.hq import export, load, verify
from counter_app.printing.receipt_content import qr_payload
from counter_app.services import auth, receipts
from counter_app.store.models import Payment


@dataclass(frozen=True)
class Loaded:
    db: str  # HQ's database, the hall's batch loaded
    batch: Path  # that batch
    genuine: str  # the QR text of a valid receipt, as printed
    other: str  # another valid receipt's QR text
    voided: str  # the QR text of a voided receipt


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> Loaded:
    root = tmp_path_factory.mktemp("verify")
    ctx = open_context(str(root / "hall.db"))
    try:
        auth.setup_hall(
            ctx,
            code="330101",
            name="城关供电营业厅",
            address="",
            phone="",
            admin_username="admin",
            admin_name="王管理",
            admin_staff_no="A001",
            password=PASSWORD,
        )
        fill_demo(ctx, 30, 60, 5, 1)
        batch = export.export_period(ctx, ADMIN, root / "out")
        with ctx.read() as s:
            valid = s.scalars(
                select(Payment.receipt_no).where(Payment.status == "valid").order_by(Payment.id)
            ).all()
            void = s.scalars(select(Payment.receipt_no).where(Payment.status == "void")).first()
        assert len(valid) >= 2 and void is not None, "the demo hall has valid and void receipts"

        def qr(no: str) -> str:  # what the printed receipt's QR code says
            return qr_payload(receipts.receipt_document(ctx, no))

        codes = qr(valid[0]), qr(valid[1]), qr(void)
    finally:
        ctx.close()
    db = str(root / "hq.db")
    load.load_files([batch.path], db)
    return Loaded(db, batch.path, *codes)


def test_a_printed_receipt_is_genuine(loaded: Loaded) -> None:
    verdict = verify.verify(loaded.db, qr=loaded.genuine)
    assert verdict.status == verify.GENUINE, verdict.lines()
    assert "收据号、金额和校验码" in verdict.reasons[0]


def test_number_and_amount_typed_from_the_paper(loaded: Loaded) -> None:
    number, total, code = loaded.genuine.split("|")
    typed = verify.verify(loaded.db, receipt_no=number, amount=f"¥{Decimal(total):,.2f}")
    assert typed.status == verify.GENUINE and "未核对校验码" in typed.reasons[0]
    with_code = verify.verify(loaded.db, receipt_no=number, amount=total, code=code.lower())
    assert with_code.status == verify.GENUINE


def test_an_altered_amount_number_or_code_is_not_genuine(loaded: Loaded) -> None:
    number, total, code = loaded.genuine.split("|")
    other_no, other_total, _other_code = loaded.other.split("|")
    more = f"{Decimal(total) + Decimal('100'):.2f}"
    amount = verify.verify(loaded.db, qr=f"{number}|{more}|{code}")
    assert amount.status == verify.NOT_GENUINE and "金额不符" in amount.reasons[0]
    # Another real receipt's number, with this one's amount and code.
    moved = verify.verify(loaded.db, qr=f"{other_no}|{other_total}|{code}")
    assert moved.status == verify.NOT_GENUINE and "校验码不符" in moved.reasons[-1]
    forged = "000000" if code != "000000" else "111111"
    wrong_code = verify.verify(loaded.db, qr=f"{number}|{total}|{forged}")
    assert wrong_code.status == verify.NOT_GENUINE
    assert wrong_code.reasons == [f"校验码不符：收据上为 {forged}，与营业厅报送的不同"]


def test_a_voided_receipt_is_said_voided(loaded: Loaded) -> None:
    assert verify.verify(loaded.db, qr=loaded.voided).status == verify.VOIDED


def test_a_receipt_hq_has_not_loaded_is_unknown(loaded: Loaded) -> None:
    elsewhere = verify.verify(loaded.db, qr="339999-01-20261126-0001|10.00|ABCDEF")
    assert elsewhere.status == verify.UNKNOWN
    assert "尚未载入营业厅 339999" in elsewhere.reasons[0]
    later = verify.verify(loaded.db, qr="330101-01-20991231-0001|10.00|ABCDEF")
    assert later.status == verify.UNKNOWN and "中没有这张收据" in later.reasons[0]


def test_cli_exit_status_says_the_verdict(
    loaded: Loaded, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    parser = argparse.ArgumentParser()
    add_hq_parsers(parser.add_subparsers(dest="command"))

    def run(*argv: str) -> int:
        return run_hq(parser.parse_args(["hq-verify", *argv]))

    number, total, _code = loaded.genuine.split("|")
    assert run("--db", loaded.db, loaded.genuine) == 0
    assert f"收据 {number}：真收据" in capsys.readouterr().out
    assert run("--db", loaded.db, f"{number}|{total}|ZZZZZZ") == 2
    assert run("--db", loaded.db, "--receipt", "339999-01-20261126-0001", "--amount", "1") == 3
    assert run("--db", loaded.db, "不是二维码") == 1
    assert "不是收据的格式" in capsys.readouterr().err
    assert run("--db", str(tmp_path / "none.db"), loaded.genuine) == 1
    assert "不存在" in capsys.readouterr().err


def test_a_database_loaded_before_the_check_code_gets_the_column(
    loaded: Loaded, tmp_path: Path
) -> None:
    """A database loaded with format_version 1 has no 校验码 column: hq-load adds it."""
    db = tmp_path / "old.db"
    db.write_bytes(Path(loaded.db).read_bytes())
    engine = create_engine(f"sqlite:///{db}")
    try:
        with engine.begin() as conn:
            conn.execute(text('ALTER TABLE "收费明细" DROP COLUMN "校验码"'))
        number, total, _code = loaded.genuine.split("|")
        old = verify.verify(str(db), qr=loaded.genuine)
        assert old.status == verify.UNKNOWN and "没有校验码" in old.reasons[0]
        assert verify.verify(str(db), receipt_no=number, amount=total).status == verify.GENUINE
    finally:
        engine.dispose()
    load.load_files([loaded.batch], str(db))  # the same batch again: the column comes back
    assert verify.verify(str(db), qr=loaded.genuine).status == verify.GENUINE


def test_a_line_another_hall_reported_under_the_same_number_does_not_count(
    loaded: Loaded, tmp_path: Path
) -> None:
    db = tmp_path / "hq.db"
    shutil.copy(loaded.db, db)
    number = loaded.genuine.split("|")[0]
    engine = create_engine(f"sqlite:///{db}")
    with engine.begin() as conn:
        row = dict(
            conn.execute(text('SELECT * FROM "收费明细" WHERE "收据号" = :n'), {"n": number})
            .mappings()
            .first()
            or {}
        )
        assert row, "the genuine receipt is loaded"
        row.update({"来源营业厅": "330102", "合计": 999.99, "记录键": f"{row['记录键']}-x"})
        columns = ", ".join(f'"{c}"' for c in row)
        values = ", ".join(f":p{i}" for i in range(len(row)))
        params = {f"p{i}": v for i, v in enumerate(row.values())}
        conn.execute(text(f'INSERT INTO "收费明细" ({columns}) VALUES ({values})'), params)
    engine.dispose()
    verdict = verify.verify(str(db), qr=loaded.genuine)
    assert verdict.status == verify.GENUINE, verdict.lines()
