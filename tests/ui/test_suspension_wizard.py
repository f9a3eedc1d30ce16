"""暂停 and 减容 through the real wizard: first and last day both counted, six calendar
months, a permanent 减容 without a last day; the application and the slip checked."""

from __future__ import annotations

import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

from business_samples import (
    click,
    editor,
    fill_page,
    rules_message,
    sample_values,
    seed_for,
    set_field,
    walk_to_confirm,
)
from PySide6.QtWidgets import QLabel, QWizard
from sqlalchemy import select
from support import pdf_text

from counter_app.services.context import AppContext
from counter_app.store.models import Application
from counter_app.ui.main_window import MainWindow
from counter_app.ui.wizard import BusinessWizard, ConfirmPage, FieldsPage

# Friday 2026-02-27, 10:00 in the hall: 03-09 is well past 5 working days' notice.
NOW = datetime(2026, 2, 27, 2, 0, tzinfo=UTC)


def open_wizard(
    qtbot, window: MainWindow, ctx: AppContext, code: str, values: dict
) -> BusinessWizard:  # type: ignore[no-untyped-def]
    seed_for(ctx, code, values)
    wizard = window.start_business(code)
    fill_page(qtbot, wizard, values)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == 1, rules_message(wizard)
    return wizard


def accept(qtbot, wizard: BusinessWizard, values: dict) -> str:  # type: ignore[no-untyped-def]
    walk_to_confirm(qtbot, wizard, values)
    page = wizard.currentPage()
    assert isinstance(page, ConfirmPage)
    script = page.script.toPlainText()
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(lambda: not wizard.isVisible())
    return script


def stored(ctx: AppContext) -> Application:
    with ctx.read() as s:
        return s.scalars(select(Application)).one()


def slip_text(pdf: Path, name: str) -> str:
    # SLIP_DIR keeps a copy to look at (pdftoppm); the assertions never need it.
    if os.environ.get("SLIP_DIR"):
        shutil.copy(pdf, Path(os.environ["SLIP_DIR"]) / name)
    text = pdf_text(pdf)
    return "".join(text.split())  # the slip wraps long lines


def label_of(wizard: BusinessWizard, key: str) -> str:
    page = wizard.currentPage()
    assert isinstance(page, FieldsPage)
    label = page.rows[key][0]
    assert isinstance(label, QLabel)
    return label.text()


def test_six_calendar_months_inclusive_are_accepted(
    qtbot, window: MainWindow, ctx: AppContext, shown_pdfs: list[Path]
) -> None:  # type: ignore[no-untyped-def]
    ctx.clock = lambda: NOW
    values = {
        **sample_values("suspension", NOW.date()),
        "start_date": "2026-03-09",
        "end_date": "2026-09-09",
    }
    wizard = open_wizard(qtbot, window, ctx, "suspension", values)
    assert label_of(wizard, "start_date") == "暂停首日"
    assert label_of(wizard, "end_date") == "暂停末日（含当日）"

    # 03-09 … 09-09 is six months and a day: refused, with the count shown.
    fill_page(qtbot, wizard, values)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == 1
    assert rules_message(wizard) == "2026年内累计不超过6个月（184天）：已用0天，本次185天"

    # 03-09 … 09-08, both counted, is exactly six months.
    values["end_date"] = "2026-09-08"
    script = accept(qtbot, wizard, values)
    assert "暂停期限自2026-03-09起至2026-09-08止（含当日）" in script

    app = stored(ctx)
    assert app.business_code == "suspension" and app.status == "in_progress"
    assert app.details["values"]["start_date"] == "2026-03-09"
    assert app.details["values"]["end_date"] == "2026-09-08"
    assert app.details["values"]["seasonal"] is False
    text = slip_text(shown_pdfs[0], "suspension-slip.pdf")
    assert app.application_no in text
    assert "暂停期限自2026-03-09起至2026-09-08止（含当日）" in text


def test_a_permanent_reduction_has_no_last_day(
    qtbot, window: MainWindow, ctx: AppContext, shown_pdfs: list[Path]
) -> None:  # type: ignore[no-untyped-def]
    ctx.clock = lambda: NOW
    values = {**sample_values("capacity_reduction", NOW.date()), "start_date": "2026-03-09"}
    del values["end_date"]
    wizard = open_wizard(qtbot, window, ctx, "capacity_reduction", values)
    end = editor(wizard, "end_date")
    assert end.isVisibleTo(wizard)  # temporary by default: the last day is asked
    assert label_of(wizard, "end_date") == "减容末日（含当日）"

    page = wizard.currentPage()
    assert isinstance(page, FieldsPage)
    set_field(qtbot, wizard, page.page.fields[1], "永久")
    assert not end.isVisibleTo(wizard)
    values["reduction_type"] = "永久"
    script = accept(qtbot, wizard, values)
    assert "减容类型为永久，自2026-03-09起减容" in script
    assert "止（含当日）" not in script and "{" not in script

    app = stored(ctx)
    assert app.business_code == "capacity_reduction" and app.status == "in_progress"
    kept = app.details["values"]
    assert kept["reduction_type"] == "永久" and kept["start_date"] == "2026-03-09"
    assert "end_date" not in kept  # the hidden date editor's value is not an answer
    assert kept["capacity_kw"] == values["capacity_kw"]
    text = slip_text(shown_pdfs[0], "reduction-slip.pdf")
    assert app.application_no in text and "减容类型为永久" in text
