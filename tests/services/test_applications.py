"""Accepting an application: validated again, numbered without gaps, all or nothing."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from counter_app.services import applications, audit
from counter_app.services.auth import UserInfo
from counter_app.services.context import AppContext
from counter_app.services.errors import UserError
from counter_app.store.models import Application, AuditEntry, Customer, Visit

VALUES = {
    "cert_type": "居民身份证",
    "cert_no": "11010519491231002x",
    "name": " 张三丰 ",
    "mobile": "+86 138-1234-1234",
    "is_proxy": False,
    "proxy_name": "不该保存",
    "address": "城关镇人民路100号3单元",
    "capacity_kw": "8.5",
    "usage": "居民生活用电",
    "ownership_unclear": False,
}
BUSINESS = "lv_residential_new"


def submit(ctx: AppContext, clerk: UserInfo, **changes: object) -> applications.AcceptedApplication:
    return applications.submit_application(
        ctx, clerk, "2", BUSINESS, {**VALUES, **changes}, ("applicant_id",), ctx.clock()
    )


def counts(ctx: AppContext) -> tuple[int, ...]:
    with ctx.read() as s:
        return tuple(
            s.scalar(select(func.count()).select_from(m)) or 0
            for m in (Application, Visit, Customer, AuditEntry)
        )


def test_accepted_application_is_stored_clean(ctx: AppContext, clerk: UserInfo) -> None:
    # Monday 2026-11-23, 10:00 in the hall.
    ctx.clock = lambda: datetime(2026, 11, 23, 2, 0, tzinfo=UTC)
    accepted = submit(ctx, clerk)
    assert accepted.application_no == "330101-20261123-0001"
    assert accepted.promised_date.isoformat() == "2026-11-30"
    with ctx.read() as s:
        app = s.scalars(select(Application)).one()
        customer = s.get_one(Customer, app.customer_id)
    assert customer.cert_no == "11010519491231002X" and customer.name == "张三丰"
    assert customer.mobile == "13812341234"
    assert "proxy_name" not in app.details["values"]  # hidden field: not kept
    assert app.details["documents_received"] == ["applicant_id"]


def test_same_customer_is_found_again(ctx: AppContext, clerk: UserInfo) -> None:
    first = submit(ctx, clerk)
    second = submit(ctx, clerk, mobile="13912345678")
    assert first.application_no.endswith("-0001") and second.application_no.endswith("-0002")
    with ctx.read() as s:
        customers = s.scalars(select(Customer)).all()
    assert len(customers) == 1 and customers[0].mobile == "13912345678"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"cert_no": "110105194912310021"}, "校验位"),
        ({"mobile": "1234"}, "手机"),
        ({"capacity_kw": "1000"}, "不能大于"),
        ({"is_proxy": True}, "请填写代理人身份证号码"),
    ],
)
def test_bad_input_is_refused_and_writes_nothing(
    ctx: AppContext, clerk: UserInfo, changes: dict[str, object], message: str
) -> None:
    before = counts(ctx)
    with pytest.raises(UserError) as caught:
        submit(ctx, clerk, **changes)
    assert message in caught.value.message
    assert counts(ctx) == before


def test_missing_required_document_is_refused(ctx: AppContext, clerk: UserInfo) -> None:
    before = counts(ctx)
    with pytest.raises(UserError, match="房屋产权证明"):
        submit(ctx, clerk, ownership_unclear=True)
    assert counts(ctx) == before


def test_failure_inside_the_transaction_leaves_nothing_and_no_gap(
    ctx: AppContext, clerk: UserInfo, monkeypatch: pytest.MonkeyPatch
) -> None:
    submit(ctx, clerk)
    before = counts(ctx)

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(audit, "record", broken)
    monkeypatch.setattr(applications.audit, "record", broken)
    with pytest.raises(RuntimeError):
        submit(ctx, clerk)
    assert counts(ctx) == before
    monkeypatch.undo()
    # The number the failed attempt drew was rolled back with it: no gap.
    assert submit(ctx, clerk).application_no.endswith("-0002")


def test_slip_content_is_masked(ctx: AppContext, clerk: UserInfo) -> None:
    accepted = submit(ctx, clerk)
    slip = applications.acceptance_slip(ctx, accepted.application_no)
    assert slip.customer_name == "张**"
    assert slip.customer_id == "110105********002X"
    assert slip.mobile == "138****1234"
    assert slip.documents_received == ("申请人有效身份证件",)
    assert slip.capacity_kw == "8.5" and slip.counter == "2号柜台"
    assert slip.clerk == "张营业（1001）"
