"""The visit sheet (走访记录表): one A4 page per customer still to visit, the
questionnaire with boxes to tick, and nothing of the customer's shown whole."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from support import add_owing_account, pdf_text

from counter_app.services import field_visit_records, field_visits, visit_sheets
from counter_app.services.auth import UserInfo
from counter_app.services.context import AppContext
from counter_app.services.errors import UserError

NOW = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)  # Tuesday 10:00 in the hall
PEOPLE = [
    ("330101000701", "陈大明", "城关镇人民路100号3单元", "13812345678", "110105194912310111"),
    ("330101000702", "欧阳晓燕", "城关镇幸福村5组12号", "13900001111", "110105194912310122"),
    ("330101000703", "林小红", "城关镇光明路3号", "13700002222", "110105194912310133"),
]


@pytest.fixture
def plan_no(ctx: AppContext, clerk: UserInfo, supervisor: UserInfo) -> str:
    ctx.clock = lambda: NOW
    with ctx.write() as s:
        for account, name, address, mobile, cert in PEOPLE:
            add_owing_account(
                s, NOW, account, name=name, address=address, mobile=mobile, cert_no=cert
            )
    return field_visits.make_plan(
        ctx, supervisor, title="11月新装回访", survey_code="new_connection",
        period_from=date(2026, 11, 24), period_to=date(2026, 12, 4),
        due_date=date(2026, 12, 4), account_nos=[p[0] for p in PEOPLE],
        visitor_ids=[clerk.id],
    ).plan_no  # fmt: skip


def test_one_page_per_customer_masked(ctx: AppContext, plan_no: str, tmp_path: Path) -> None:
    path = visit_sheets.print_visit_sheets(ctx, plan_no, tmp_path)
    assert path.name == f"走访记录表_{plan_no}.pdf"
    assert len(PdfReader(path).pages) == 3
    text = pdf_text(path, squeeze=True)
    for expected in (
        "城关供电营业厅",
        "走访记录表（新装回访）",
        plan_no,
        "11月新装回访",
        "陈**",
        "欧***",
        "3301****0701",
        "138****5678",
        "城关镇人民路****",
        "城关镇幸福村****",
        "张营业（1001）",
        "1.是否按承诺时间送电？",
        "三次及以上",
        "5分（非常满意）",
        "走访人员签名",
        "第1页/共3页",
    ):
        assert expected in text, expected
    # Nothing of a customer shown whole: name, account, phone, address, ID.
    for account, name, address, mobile, cert in PEOPLE:
        for secret in (account, name, mobile, cert, address):
            assert secret not in text, secret
    for house in ("100号", "5组12号", "光明路3号"):  # the house numbers
        assert house not in text, house


def test_a_visited_customer_gets_no_new_sheet(
    ctx: AppContext, plan_no: str, clerk: UserInfo, tmp_path: Path
) -> None:
    first = field_visits.plan_detail(ctx, plan_no).targets[0]
    answers = {"on_time": "是", "fees_as_told": "是", "visits_needed": "一次",
               "staff_attitude": "5", "overall": "5"}  # fmt: skip
    field_visit_records.record_visit(
        ctx, clerk, first.target_id, method="上门", reached=True, answers=answers
    )
    path = visit_sheets.print_visit_sheets(ctx, plan_no, tmp_path)
    text = pdf_text(path, squeeze=True)
    assert len(PdfReader(path).pages) == 2 and "陈**" not in text
    # One customer's sheet on its own, visited or not.
    one = visit_sheets.visit_sheet(ctx, plan_no, [first.target_id])
    assert [c.name for c in one.customers] == ["陈**"]
    with pytest.raises(UserError, match="不都在走访计划"):
        visit_sheets.visit_sheet(ctx, plan_no, [first.target_id, 999])
