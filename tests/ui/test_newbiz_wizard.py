"""A household PV connection and a home charging pile through the real wizard (issue 13).

The clock is pinned to Monday 2026-06-01, 10:00 in the hall, so the promised dates
are known by hand from the 2026 calendar (端午 holiday on Friday 2026-06-19).
"""

from __future__ import annotations

import os
import shutil
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

from business_samples import click, count, sample_values, walk_to_confirm
from PySide6.QtWidgets import QWizard
from sqlalchemy import select
from support import pdf_text

from counter_app.services.context import AppContext
from counter_app.store.models import Account, Application, ApplicationStep, Customer
from counter_app.ui.main_window import MainWindow
from counter_app.ui.wizard import BusinessWizard, ConfirmPage

MONDAY = date(2026, 6, 1)
NOW = datetime(2026, 6, 1, 2, 0, tzinfo=UTC)  # 10:00 hall time (UTC+8)


def accept(qtbot, window: MainWindow, ctx: AppContext, code: str) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """Walk the business to acceptance; the clerk's words and the application number."""
    ctx.clock = lambda: NOW
    values = sample_values(code, MONDAY)
    wizard = window.start_business(code)
    assert isinstance(wizard, BusinessWizard) and wizard.isVisible()
    walk_to_confirm(qtbot, wizard, values)
    page = wizard.currentPage()
    assert isinstance(page, ConfirmPage)
    script = page.script.toPlainText()
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(lambda: not wizard.isVisible())
    with ctx.read() as s:
        number = s.scalars(select(Application.application_no)).one()
    return script, number


def steps_of(ctx: AppContext, number: str) -> list[tuple[str, int, date | None]]:
    with ctx.read() as s:
        app = s.scalars(select(Application).where(Application.application_no == number)).one()
        rows = s.scalars(
            select(ApplicationStep)
            .where(ApplicationStep.application_id == app.id)
            .order_by(ApplicationStep.seq)
        ).all()
        return [(r.code, r.limit_days, r.due_date) for r in rows]


def slip_text(pdf: Path, code: str) -> str:
    keep = os.environ.get("BIZ_SHOTS")
    if keep:  # for looking at (pdftoppm -png -r 70), not for asserting
        Path(keep).mkdir(parents=True, exist_ok=True)
        shutil.copy(pdf, Path(keep) / f"{code}_{pdf.name}")
    return pdf_text(pdf)


def test_household_pv_connection(
    qtbot, window: MainWindow, ctx: AppContext, shown_pdfs: list[Path]
) -> None:  # type: ignore[no-untyped-def]
    accounts_before = count(ctx, Account)
    script, number = accept(qtbot, window, ctx, "pv_household")
    # The words say the customer's construction is not counted, and the date.
    assert "32个工作日" in script and "不含您方设计、施工时间" in script
    assert "2026年7月16日" in script

    with ctx.read() as s:
        app = s.scalars(select(Application)).one()
        customer = s.get_one(Customer, app.customer_id)
    assert (
        app.business_code == "pv_household" and app.business_name == "分布式光伏并网（自然人户用）"
    )
    assert app.status == "in_progress" and app.current_step == "survey"
    assert app.promised_date == date(2026, 7, 16)
    assert app.capacity_kw == Decimal("12.5") and app.address == "城关镇人民路100号"
    assert customer.cert_no == "11010519491231002X" and customer.kind == "person"
    stored = app.details["values"]
    assert stored["consumption_mode"] == "自发自用、余电上网"
    assert stored["connection_voltage"] == "380V"
    assert set(app.details["documents_received"]) == {
        "applicant_id",
        "property_proof",
        "roof_consent",
    }
    # Each step due its limit after the previous one; 2026-06-19 (端午) is skipped.
    assert steps_of(ctx, number) == [
        ("accept", 0, MONDAY),
        ("survey", 2, date(2026, 6, 3)),
        ("plan", 10, date(2026, 6, 17)),
        ("metering", 10, date(2026, 7, 2)),
        ("grid", 10, date(2026, 7, 16)),
    ]
    # Effect "none": recorded and tracked, no consumption account opened.
    assert count(ctx, Account) == accounts_before

    assert [p.name for p in shown_pdfs] == [f"受理回执_{number}.pdf"]
    text = slip_text(shown_pdfs[0], "pv_household")
    for expected in (
        number,
        "分布式光伏并网（自然人户用）",
        "2026年7月16日",
        "并网验收及调试",
        "计量装置安装及合同签订",
        "屋顶其他产权人同意安装的书面证明",
        "张**",
        "承诺办结时限：32个工作日",
    ):
        assert expected in text, expected
    assert "11010519491231002X" not in text and "13812341234" not in text  # masked


def test_home_charging_pile(
    qtbot, window: MainWindow, ctx: AppContext, shown_pdfs: list[Path]
) -> None:  # type: ignore[no-untyped-def]
    script, number = accept(qtbot, window, ctx, "ev_home_charger")
    assert "5个工作日" in script and "2026年6月8日" in script and "7kW" in script

    with ctx.read() as s:
        app = s.scalars(select(Application)).one()
    assert app.business_code == "ev_home_charger" and app.current_step == "connect"
    assert app.promised_date == date(2026, 6, 8)
    assert app.account_id is None  # the pile's account opens when it is connected
    assert app.details["values"]["parking_type"] == "租赁车位"
    assert set(app.details["documents_received"]) == {
        "applicant_id",
        "parking_proof",
        "property_consent",
    }
    assert steps_of(ctx, number) == [("accept", 0, MONDAY), ("connect", 5, date(2026, 6, 8))]

    text = slip_text(shown_pdfs[0], "ev_home_charger")
    for expected in (
        number,
        "居民自用充电桩报装",
        "2026年6月8日",
        "装表接电",
        "车位产权证明或车位租赁合同",
        "物业服务企业同意安装证明",
    ):
        assert expected in text, expected
    assert "11010519491231002X" not in text
