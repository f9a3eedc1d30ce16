"""Identity numbers typed with spaces or full-width characters are stored compact."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from counter_app.services import applications
from counter_app.services.auth import UserInfo
from counter_app.services.context import AppContext
from counter_app.services.errors import UserError
from counter_app.store.models import Customer

VALUES = {
    "name": "张三丰",
    "is_proxy": False,
    "address": "城关镇人民路100号3单元",
    "capacity_kw": "8.5",
    "usage": "居民生活用电",
    "ownership_unclear": False,
}


def submit(ctx: AppContext, clerk: UserInfo, **values: object) -> None:
    applications.submit_application(
        ctx, clerk, "2", "lv_residential_new", {**VALUES, **values}, ("applicant_id",), ctx.clock()
    )


@pytest.mark.parametrize(
    ("cert_type", "typed", "stored"),
    [
        ("居民身份证", "１１０１０５ １９４９１２３１ ００２ｘ", "11010519491231002X"),
        ("港澳台居民居住证", "830000 20000229 0031", "830000200002290031"),
        ("港澳居民来往内地通行证", "ｈ１２３４ ５６７８", "H12345678"),
        ("外国人永久居留身份证", "usa 1100 8501 0100", "USA110085010100"),
    ],
)
def test_numbers_are_stored_as_checked(
    ctx: AppContext, clerk: UserInfo, cert_type: str, typed: str, stored: str
) -> None:
    ctx.clock = lambda: datetime(2026, 11, 23, 2, 0, tzinfo=UTC)
    submit(ctx, clerk, cert_type=cert_type, cert_no=typed, mobile="１３８ １２３４ １２３４")
    with ctx.read() as s:
        customer = s.scalars(select(Customer)).one()
    assert (customer.cert_type, customer.cert_no) == (cert_type, stored)
    assert customer.mobile == "13812341234"


def test_a_made_up_province_is_refused(ctx: AppContext, clerk: UserInfo) -> None:
    ctx.clock = lambda: datetime(2026, 11, 23, 2, 0, tzinfo=UTC)
    with pytest.raises(UserError, match="不存在以99开头的省份代码"):
        submit(ctx, clerk, cert_type="居民身份证", cert_no="990105194912310023",
               mobile="13812341234")  # fmt: skip
