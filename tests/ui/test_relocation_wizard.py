"""迁址 (issue 13) through the real wizard: refused too early, then accepted, slip printed.

BIZ_SHOTS=<folder> also keeps the slip's PDF there, to be looked at (pdftoppm -png -r 70).
"""

from __future__ import annotations

import os
import shutil
from datetime import timedelta
from pathlib import Path

from business_samples import (
    click,
    fill_page,
    hall_today,
    next_enabled,
    rules_message,
    sample_values,
    seed_for,
    walk_to_confirm,
)
from PySide6.QtWidgets import QWizard
from sqlalchemy import select
from support import pdf_text

from counter_app.domain import workflow as wf
from counter_app.services.context import AppContext
from counter_app.store.models import Application, ApplicationStep
from counter_app.ui.main_window import MainWindow
from counter_app.ui.wizard import ConfirmPage


def test_relocation_is_refused_four_days_ahead_and_accepted_five(
    qtbot, window: MainWindow, ctx: AppContext, shown_pdfs: list[Path]
) -> None:  # type: ignore[no-untyped-def]
    today = hall_today(ctx)
    values = sample_values("relocation", today)
    account_id, holder_id = seed_for(ctx, "relocation", values) or (0, 0)
    wizard = window.start_business("relocation")

    # First page (户号与申请人), then the 迁址 page with a move four days ahead.
    fill_page(qtbot, wizard, values)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage().title() == "迁址信息"
    fill_page(qtbot, wizard, {**values, "move_date": (today + timedelta(days=4)).isoformat()})
    if next_enabled(wizard):
        click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage().title() == "迁址信息"
    assert "须提前5天申请" in rules_message(wizard)

    # Five days ahead is enough.
    values["move_date"] = (today + timedelta(days=5)).isoformat()
    walk_to_confirm(qtbot, wizard, values)
    page = wizard.currentPage()
    assert isinstance(page, ConfirmPage)
    script = page.script.toPlainText()
    assert values["new_address"] in script and "按新装用电办理" in script
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(lambda: not wizard.isVisible())

    defn = ctx.workflows["relocation"]
    with ctx.read() as s:
        app = s.scalars(select(Application)).one()
        steps = s.scalars(
            select(ApplicationStep).where(ApplicationStep.application_id == app.id)
        ).all()
    assert (app.business_code, app.status) == ("relocation", "in_progress")
    assert (app.account_id, app.customer_id) == (account_id, holder_id)
    assert app.details["values"]["new_address"] == values["new_address"]
    assert app.details["values"]["move_date"] == values["move_date"]
    assert [st.name for st in steps] == ["受理申请", "现场勘查", "新址装表接电"]
    assert app.promised_date == wf.promised_date(defn, today, ctx.calendar, app.details["values"])

    assert [p.name for p in shown_pdfs] == [f"受理回执_{app.application_no}.pdf"]
    text = pdf_text(shown_pdfs[0])
    assert app.application_no in text and "迁址" in text
    assert values["account_no"] in text
    assert values["cert_no"] not in text  # masked on paper
    folder = os.environ.get("BIZ_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        shutil.copy(shown_pdfs[0], Path(folder) / "relocation_slip.pdf")
