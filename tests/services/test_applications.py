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
    second = submit(ctx, clerk, mobile="13912345678", address="城关镇幸福路90号")
    assert first.application_no.endswith("-0001") and second.application_no.endswith("-0002")
    with ctx.read() as s:
        customers = s.scalars(select(Customer)).all()
        changed = s.scalars(select(AuditEntry).where(AuditEntry.action == "customer.mobile")).one()
    assert len(customers) == 1 and customers[0].mobile == "13912345678"
    # The new number is kept, and the change is on record (masked).
    assert changed.detail == {"old": "138****1234", "new": "139****5678"}


def test_an_existing_id_typed_with_another_name_renames_nobody(
    ctx: AppContext, clerk: UserInfo
) -> None:
    submit(ctx, clerk)
    before = counts(ctx)
    with pytest.raises(applications.IdentityConflict) as caught:
        submit(ctx, clerk, name="张三峰", address="城关镇幸福路90号")
    message = caught.value.message
    assert "已登记在“张**”名下" in message and "本次填写的是“张三峰”" in message
    assert "更名" in message and caught.value.field == "name"
    assert counts(ctx) == before
    with ctx.read() as s:
        assert s.scalars(select(Customer.name)).all() == ["张三丰"]
    # The wizard is told the same while the clerk types, before 确认受理.
    shown = applications.eligibility_problems(
        ctx, BUSINESS, {**VALUES, "name": "张三峰"}, {"cert_type", "cert_no", "name"}
    )
    assert shown and "已登记在“张**”名下" in shown[0]


def test_a_second_open_application_for_the_same_address_needs_a_reason(
    ctx: AppContext, clerk: UserInfo
) -> None:
    first = submit(ctx, clerk)
    before = counts(ctx)
    with pytest.raises(applications.DuplicateApplication) as caught:
        submit(ctx, clerk)
    assert caught.value.application_no == first.application_no
    assert first.application_no in caught.value.message and "填写原因" in caught.value.message
    assert counts(ctx) == before
    second = applications.submit_application(
        ctx, clerk, "2", BUSINESS, VALUES, ("applicant_id",), ctx.clock(),
        duplicate_reason="原申请的房产证明有误，重新提交",
    )  # fmt: skip
    with ctx.read() as s:
        app = s.scalars(
            select(Application).where(Application.application_no == second.application_no)
        ).one()
        entry = s.scalars(
            select(AuditEntry).where(AuditEntry.entity_id == second.application_no)
        ).one()
    assert app.details["duplicate_of"] == first.application_no
    assert entry.detail["duplicate_reason"] == "原申请的房产证明有误，重新提交"


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
    elsewhere = "城关镇幸福路90号"  # another address: not a duplicate of the first
    with pytest.raises(RuntimeError):
        submit(ctx, clerk, address=elsewhere)
    assert counts(ctx) == before
    monkeypatch.undo()
    # The number the failed attempt drew was rolled back with it: no gap.
    assert submit(ctx, clerk, address=elsewhere).application_no.endswith("-0002")


def test_slip_content_is_masked(ctx: AppContext, clerk: UserInfo) -> None:
    accepted = submit(ctx, clerk)
    slip = applications.acceptance_slip(ctx, accepted.application_no)
    assert slip.customer_name == "张**"
    assert slip.customer_id == "110105********002X"
    assert slip.mobile == "138****1234"
    assert slip.documents_received == ("申请人有效身份证件",)
    assert slip.capacity_kw == "8.5" and slip.counter == "2号柜台"
    assert slip.clerk == "张营业（1001）"
