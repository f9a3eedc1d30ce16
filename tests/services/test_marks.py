"""The marks file beside a SQLite store: the highest numbers issued and the chain's head."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from support import add_owing_account

from counter_app.services.auth import HallInfo, UserInfo
from counter_app.services.context import AppContext
from counter_app.services.marks import Marks, marks_path, read_marks, write_marks
from counter_app.services.payments import PaymentRequest, take_payment
from counter_app.store.models import AuditEntry, Sequence


def test_a_payment_moves_the_marks_beside_the_store(
    ctx: AppContext, clerk: UserInfo, db_path: Path
) -> None:
    with ctx.write() as s:
        add_owing_account(s, ctx.clock(), "330101000001")
    request = PaymentRequest("330101000001", Decimal("0.00"), prepayment=Decimal("10.00"))
    result = take_payment(ctx, clerk, "1", request)
    marks = read_marks(marks_path(db_path))
    assert marks is not None
    with ctx.read() as s:
        head = s.query(AuditEntry).order_by(AuditEntry.id.desc()).first()
        receipt_series = [q for q in s.query(Sequence) if q.name.startswith("receipt:")]
    assert head is not None and (marks.audit_id, marks.audit_hash) == (head.id, head.hash)
    assert [marks.series[q.name] for q in receipt_series] == [1]
    assert result.receipt_no.endswith("-0001")


def test_marks_only_grow(tmp_path: Path) -> None:
    path = tmp_path / "counter.db.marks.json"
    write_marks(path, Marks("330101", 10, "h10", {"receipt:a": 5, "visit:b": 2}))
    after = write_marks(path, Marks("330101", 7, "h7", {"receipt:a": 3, "visit:c": 1}))
    assert (after.audit_id, after.audit_hash) == (10, "h10")
    assert after.series == {"receipt:a": 5, "visit:b": 2, "visit:c": 1}
    assert read_marks(path) == after


def test_the_demo_fill_leaves_the_marks_of_what_it_wrote(
    ctx: AppContext, hall: tuple[HallInfo, UserInfo], db_path: Path
) -> None:
    from datetime import UTC, datetime

    from counter_app.demo import fill_demo
    from counter_app.services.marks import marks_of_session

    ctx.clock = lambda: datetime(2030, 11, 26, 8, 0, tzinfo=UTC)
    fill_demo(ctx, customers=20, visits=60, days=3, seed=5)
    with ctx.read() as s:
        store = marks_of_session(s)
    marks = read_marks(marks_path(db_path))
    assert marks is not None and store.series and marks.hall == "330101"
    assert marks.series == store.series
    assert (marks.audit_id, marks.audit_hash) == (store.audit_id, store.audit_hash)


def test_a_training_store_made_anew_starts_its_marks_anew(
    ctx: AppContext, hall: tuple[HallInfo, UserInfo], tmp_path: Path
) -> None:
    from counter_app.demo.training_store import _remove

    training = tmp_path / "training.db"
    write_marks(marks_path(training), Marks("330101", 9, "h", {"receipt:330101:1:20301126": 50}))
    _remove(training)
    assert not marks_path(training).exists()
