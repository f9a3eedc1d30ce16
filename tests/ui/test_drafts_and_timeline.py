"""Drafts resumed after an app restart by another clerk; an application's timeline in its
dialog (steps, pause, return, resume, cancel); overdue work in red on today's page."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from business_samples import (
    click,
    count,
    editor,
    fill_page,
    next_enabled,
    qdate,
    resident_id,
    sample_values,
    seed_for,
    shot,
    walk_to_confirm,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLineEdit, QTableWidget, QWizard
from sqlalchemy import select
from support import PASSWORD, pdf_text, type_text

from counter_app.bootstrap import open_context
from counter_app.services import applications, auth, drafts
from counter_app.services.auth import HallInfo, UserInfo
from counter_app.services.context import AppContext
from counter_app.store.models import Account, Application, AuditEntry, Draft
from counter_app.ui import application_dialog
from counter_app.ui.application_dialog import ApplicationDialog
from counter_app.ui.main_window import MainWindow
from counter_app.ui.settings import Settings
from counter_app.ui.wizard import BusinessWizard, FieldsPage

RED = QColor("#b00020")
MISSING = "房屋产权证明（或购房合同）"


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def set(self, moment: datetime) -> None:
        self.now = moment


def hall_time(day: date, hour: int = 10) -> datetime:
    """`hour` o'clock in the hall (UTC+8) on `day`."""
    return datetime(day.year, day.month, day.day, hour - 8, 0, tzinfo=UTC)


MONDAY = date(2026, 11, 23)


def table_rows(table: QTableWidget) -> list[list[str]]:
    return [
        [table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def column(table: QTableWidget, title: str) -> list[str]:
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    index = headers.index(title)
    return [row[index] for row in table_rows(table)]


# -- drafts across an app restart ------------------------------------------------------


@pytest.fixture
def second_clerk(ctx: AppContext, hall: tuple[HallInfo, UserInfo]) -> UserInfo:
    return auth.add_user(
        ctx,
        hall[1],
        username="wang",
        display_name="王营业",
        staff_no="1002",
        role="clerk",
        password=PASSWORD,
    )


def restart(  # type: ignore[no-untyped-def]
    qtbot,
    window: MainWindow,
    ctx: AppContext,
    db_path: Path,
    hall: tuple[HallInfo, UserInfo],
    user: UserInfo,
    settings: Settings,
    printouts: Path,
    shown_pdfs: list[Path],
) -> tuple[AppContext, MainWindow]:
    """Quit the app (window and store) and start it again on the same database file."""
    window.close()
    ctx.close()
    fresh = open_context(str(db_path))
    again = MainWindow(fresh, hall[0], user, settings, printouts)
    qtbot.addWidget(again)
    again.show_pdf = shown_pdfs.append  # type: ignore[method-assign]
    again.resize(1200, 760)
    again.show()
    return fresh, again


def resume_only_draft(qtbot, window: MainWindow) -> BusinessWizard:  # type: ignore[no-untyped-def]
    table = window.today.ui.draftsTable
    assert table.rowCount() == 1
    table.selectRow(0)
    assert table.currentRow() == 0
    qtbot.mouseClick(window.today.ui.resumeDraftButton, Qt.MouseButton.LeftButton)
    wizard = window.wizard
    assert wizard is not None and wizard.isVisible()
    assert wizard.draft_id is not None
    return wizard


def widget_value(wizard: BusinessWizard, key: str) -> Any:
    widget = editor(wizard, key)
    if isinstance(widget, QDateEdit):
        return widget.date().toString(Qt.DateFormat.ISODate)
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    assert isinstance(widget, QLineEdit)
    return widget.text()


def assert_page_shows(wizard: BusinessWizard, typed: dict[str, Any]) -> None:
    page = wizard.currentPage()
    assert isinstance(page, FieldsPage)
    for key in page.editors:
        if key in typed:
            assert widget_value(wizard, key) == typed[key], key


def finish(qtbot, wizard: BusinessWizard, values: dict[str, Any]) -> None:  # type: ignore[no-untyped-def]
    walk_to_confirm(qtbot, wizard, values)
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(lambda: not wizard.isVisible())


@pytest.mark.parametrize(
    ("code", "later_keys"),
    [
        # Page 2 of the residential connection: the address typed, the capacity not yet.
        ("lv_residential_new", ["address"]),
        # A company on page 1 (choice, bool and hidden-until-chosen fields); page 2 choices.
        ("hv_new_single", ["address", "supply_voltage", "usage"]),
    ],
)
def test_draft_is_resumed_after_a_restart_by_another_clerk(  # type: ignore[no-untyped-def]
    qtbot,
    window: MainWindow,
    ctx: AppContext,
    db_path: Path,
    hall: tuple[HallInfo, UserInfo],
    clerk: UserInfo,
    second_clerk: UserInfo,
    settings: Settings,
    tmp_path: Path,
    shown_pdfs: list[Path],
    code: str,
    later_keys: list[str],
) -> None:
    values = sample_values(code, MONDAY)
    if code == "lv_residential_new":
        values |= {"is_proxy": True, "proxy_name": "王五", "proxy_cert_no": "330102198506120036"}
    else:
        values |= {"supply_voltage": "35kV", "usage": "农业生产用电"}
    wizard = window.start_business(code)
    first = fill_page(qtbot, wizard, values)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    partial = {key: values[key] for key in later_keys}
    fill_page(qtbot, wizard, partial)
    assert not next_enabled(wizard)  # the capacity is still missing
    saved_on = wizard.currentId()
    assert saved_on == 1

    click(qtbot, wizard, QWizard.WizardButton.CustomButton1)  # 保存草稿
    assert not wizard.isVisible() and window.wizard is None
    assert window.today.ui.draftsTable.rowCount() == 1
    assert count(ctx, Application) == 0

    ctx, window = restart(
        qtbot, window, ctx, db_path, hall, second_clerk, settings, tmp_path / "p", shown_pdfs
    )
    try:
        table = window.today.ui.draftsTable
        row = table_rows(table)
        assert len(row) == 1
        assert row[0][0] == ctx.workflows[code].name
        assert row[0][1].startswith(values["name"][0] + "*") and values["address"] in row[0][1]
        assert row[0][2] == clerk.display_name
        assert values["name"] not in row[0][1]  # masked in the list

        wizard = resume_only_draft(qtbot, window)
        assert wizard.currentId() == saved_on
        assert wizard.clerk.id == second_clerk.id
        assert_page_shows(wizard, partial)
        assert editor(wizard, "capacity_kw").text() == ""
        click(qtbot, wizard, QWizard.WizardButton.BackButton)
        assert_page_shows(wizard, {key: values[key] for key in first})
        click(qtbot, wizard, QWizard.WizardButton.NextButton)
        finish(qtbot, wizard, values)

        assert window.today.ui.draftsTable.rowCount() == 0
        assert drafts.open_drafts(ctx) == []
        with ctx.read() as s:
            app = s.scalars(select(Application)).one()
            draft = s.scalars(select(Draft)).one()
        assert app.business_code == code and app.clerk_id == second_clerk.id
        for key, value in values.items():
            stored = app.details["values"].get(key)
            assert stored == value or str(stored) == str(value), key
        assert draft.status == "submitted"
        assert window.today.numbers == [app.application_no]
        assert len(shown_pdfs) == 1
    finally:
        window.close()
        ctx.close()


def test_dated_draft_keeps_its_dates(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, ctx: AppContext, shown_pdfs: list[Path]
) -> None:
    clock = Clock(hall_time(MONDAY))
    ctx.clock = clock
    values = sample_values("suspension", MONDAY)
    seed_for(ctx, "suspension", values)
    wizard = window.start_business("suspension")
    # Work around the page-1 date bug (see test_every_business.BUG_DATES).
    dates_page = wizard.page(1)
    assert isinstance(dates_page, FieldsPage)
    for key in ("start_date", "end_date"):
        dates_page.editors[key].setDate(qdate(values[key]))
    fill_page(qtbot, wizard, values)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    start = (MONDAY + timedelta(days=9)).isoformat()
    end = (MONDAY + timedelta(days=60)).isoformat()
    fill_page(qtbot, wizard, {"start_date": start, "end_date": end})
    type_text(qtbot, editor(wizard, "reason"), "设备检修")
    click(qtbot, wizard, QWizard.WizardButton.CustomButton1)
    assert not wizard.isVisible()

    clock.set(hall_time(MONDAY + timedelta(days=1)))  # another day
    window.today.refresh()
    wizard = resume_only_draft(qtbot, window)
    assert wizard.currentId() == 1
    assert_page_shows(wizard, {"start_date": start, "end_date": end, "reason": "设备检修"})
    finish(qtbot, wizard, {**values, "start_date": start, "end_date": end, "reason": "设备检修"})
    with ctx.read() as s:
        app = s.scalars(select(Application)).one()
    assert app.details["values"]["start_date"] == start
    assert app.details["values"]["end_date"] == end


def test_discarded_draft_leaves_the_list(qtbot, window: MainWindow, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    wizard = window.start_business("lv_residential_new")
    type_text(qtbot, editor(wizard, "name"), "张三丰")
    click(qtbot, wizard, QWizard.WizardButton.CustomButton1)
    table = window.today.ui.draftsTable
    assert table.rowCount() == 1
    table.selectRow(0)
    qtbot.mouseClick(window.today.ui.discardDraftButton, Qt.MouseButton.LeftButton)
    assert table.rowCount() == 0
    with ctx.read() as s:
        assert s.scalars(select(Draft.status)).one() == "discarded"
    assert count(ctx, Application) == 0


# -- the application's timeline -------------------------------------------------------


def accept_residential(ctx: AppContext, clerk: UserInfo, when: datetime, **changes: Any) -> str:
    ctx.clock = Clock(when) if not isinstance(ctx.clock, Clock) else ctx.clock
    values = {**sample_values("lv_residential_new", MONDAY), **changes}
    return applications.submit_application(
        ctx, clerk, "1", "lv_residential_new", values, ("applicant_id",), when
    ).application_no


def info(dialog: ApplicationDialog) -> str:
    return dialog.ui.infoLabel.text()


def buttons(dialog: ApplicationDialog) -> dict[str, bool]:
    ui = dialog.ui
    return {
        "complete": ui.completeButton.isEnabled(),
        "pause": ui.pauseButton.isEnabled(),
        "resume": ui.resumeButton.isEnabled(),
        "return": ui.returnButton.isEnabled(),
        "cancel": ui.cancelAppButton.isEnabled(),
    }


RUNNING = {"complete": True, "pause": True, "resume": False, "return": True, "cancel": True}
STOPPED = {"complete": False, "pause": False, "resume": True, "return": False, "cancel": True}
ENDED = dict.fromkeys(RUNNING, False)


def press(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_timeline_pause_resume_return_and_complete(  # type: ignore[no-untyped-def]
    qtbot,
    window: MainWindow,
    ctx: AppContext,
    clerk: UserInfo,
    shown_pdfs: list[Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    clock = Clock(hall_time(MONDAY))
    ctx.clock = clock
    number = accept_residential(ctx, clerk, clock())
    window.today.refresh()
    assert window.today.numbers == [number]

    dialog = window.open_application(number)
    assert dialog.isVisible()
    ui = dialog.ui
    assert number in ui.titleLabel.text() and "低压居民新装" in ui.titleLabel.text()
    assert "状态：办理中" in info(dialog)
    assert "张**" in info(dialog) and "张三丰" not in info(dialog)
    assert column(ui.stepsTable, "环节") == ["受理申请", "装表接电"]
    assert column(ui.stepsTable, "时限(工作日)") == ["0", "5"]
    assert column(ui.stepsTable, "到期日") == ["2026年11月23日", "2026年11月30日"]
    assert column(ui.stepsTable, "状态") == ["已完成", "当前环节"]
    assert column(ui.eventsTable, "事项") == ["受理"]
    assert column(ui.eventsTable, "经办人") == [clerk.display_name]
    assert buttons(dialog) == RUNNING

    # Tuesday: waiting for the customer; the clock stops.
    clock.set(hall_time(MONDAY + timedelta(days=1)))
    asked: list[str] = []

    def answer(_parent: object, title: str, _label: str) -> str:
        asked.append(title)
        return "客户外出，约定下周装表"

    monkeypatch.setattr(application_dialog, "ask_text", answer)
    press(qtbot, ui.pauseButton)
    assert asked == ["暂停计时"]
    assert "状态：暂停计时（等待客户）" in info(dialog)
    assert "2026-11-24 10:00 起暂停计时" in info(dialog)
    assert column(ui.eventsTable, "事项") == ["受理", "暂停计时"]
    assert column(ui.eventsTable, "说明")[-1] == "客户外出，约定下周装表"
    assert column(ui.eventsTable, "环节")[-1] == "装表接电"
    assert column(ui.stepsTable, "状态") == ["已完成", "当前环节"]
    assert buttons(dialog) == STOPPED
    # Five lines of information now; once laid out, none is clipped.
    label = ui.infoLabel
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()))
    shot(dialog, "application-dialog-paused")

    # The next Tuesday: five working days stopped move the open step and the promise.
    clock.set(hall_time(MONDAY + timedelta(days=8)))
    press(qtbot, ui.resumeButton)
    assert "状态：办理中" in info(dialog) and "暂停计时" not in info(dialog).split("\n", 1)[1]
    assert column(ui.eventsTable, "事项")[-1] == "恢复计时"
    assert column(ui.eventsTable, "说明")[-1] == "停止计时5个工作日"
    assert column(ui.stepsTable, "到期日") == ["2026年11月23日", "2026年12月7日"]
    assert "承诺办结：2026年12月7日" in info(dialog)
    assert buttons(dialog) == RUNNING

    # Returned for a missing document: the notice is printed with it.
    offered: list[list[str]] = []

    def missing(documents: list[str], _parent: object) -> tuple[list[str], str]:
        offered.append(documents)
        return [MISSING], "复印件不清晰"

    monkeypatch.setattr(application_dialog, "ask_missing", missing)
    press(qtbot, ui.returnButton)
    assert MISSING in offered[0]
    assert "状态：退回补正" in info(dialog)
    assert f"待补正：{MISSING}" in info(dialog)
    assert column(ui.eventsTable, "事项")[-1] == "退回补正"
    assert column(ui.eventsTable, "说明")[-1] == f"缺：{MISSING}。复印件不清晰"
    assert buttons(dialog) == STOPPED
    assert len(shown_pdfs) == 1
    notice = shown_pdfs[0]
    assert notice.name.startswith(f"补正通知_{number}_") and notice.parent == window.printouts()
    text = pdf_text(notice, squeeze=True)
    assert number in text and MISSING in text and "复印件不清晰" in text
    assert "张三丰" not in text

    clock.set(hall_time(MONDAY + timedelta(days=9)))
    press(qtbot, ui.resumeButton)
    assert "待补正" not in info(dialog)
    assert column(ui.eventsTable, "说明")[-1] == "停止计时1个工作日"

    press(qtbot, ui.completeButton)
    assert ui.messageLabel.text() == "已完成：装表接电"
    assert "状态：已办结" in info(dialog)
    assert column(ui.stepsTable, "状态") == ["已完成", "已完成"]
    assert column(ui.eventsTable, "事项") == [
        "受理",
        "暂停计时",
        "恢复计时",
        "退回补正",
        "恢复计时",
        "环节完成",
        "办结",
    ]
    assert buttons(dialog) == ENDED
    with ctx.read() as s:
        actions = s.scalars(
            select(AuditEntry.action).where(AuditEntry.entity_id == number).order_by(AuditEntry.id)
        ).all()
        account = s.scalars(select(Account)).one()
    assert actions == [
        "application.accept",
        "application.paused",
        "application.resumed",
        "application.returned",
        "application.resumed",
        "application.step_done",
        "application.completed",
    ]
    assert account.status == "active" and account.category == "居民"

    press(qtbot, ui.closeButton)
    assert not dialog.isVisible()


def test_cancel_needs_a_reason(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, ctx: AppContext, clerk: UserInfo, monkeypatch: pytest.MonkeyPatch
) -> None:
    number = accept_residential(ctx, clerk, hall_time(MONDAY))
    dialog = window.open_application(number)
    ui = dialog.ui
    replies: list[str | None] = []
    monkeypatch.setattr(application_dialog, "ask_text", lambda *_args: replies.pop(0))

    def events() -> list[str]:
        return column(ui.eventsTable, "事项")

    # An empty reason: a message, nothing changes.
    replies.append("   ")
    press(qtbot, ui.cancelAppButton)
    assert ui.messageLabel.text() == "撤销必须填写原因"
    assert "状态：办理中" in info(dialog) and events() == ["受理"]
    assert buttons(dialog) == RUNNING
    # The question dismissed: nothing at all.
    replies.append(None)
    press(qtbot, ui.cancelAppButton)
    assert "状态：办理中" in info(dialog) and events() == ["受理"]
    # An empty pause reason is refused the same way.
    replies.append("")
    press(qtbot, ui.pauseButton)
    assert ui.messageLabel.text() == "请填写暂停计时的原因"
    assert "状态：办理中" in info(dialog) and events() == ["受理"]
    with ctx.read() as s:
        assert s.scalars(select(Application.status)).one() == "in_progress"

    replies.append("客户放弃办理")
    press(qtbot, ui.cancelAppButton)
    assert ui.messageLabel.text() == ""
    assert "状态：已撤销" in info(dialog)
    assert events() == ["受理", "撤销"]
    assert column(ui.eventsTable, "说明")[-1] == "客户放弃办理"
    assert buttons(dialog) == ENDED
    with ctx.read() as s:
        assert s.scalars(select(Application.status)).one() == "cancelled"
        assert s.scalars(
            select(AuditEntry.action).where(AuditEntry.action == "application.cancelled")
        ).one()


# -- today's page -------------------------------------------------------------------------


def test_overdue_work_is_red_on_the_today_page(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, ctx: AppContext, clerk: UserInfo
) -> None:
    clock = Clock(hall_time(MONDAY))
    ctx.clock = clock
    late = accept_residential(ctx, clerk, clock())  # 装表接电 due Monday 30 November
    clock.set(hall_time(MONDAY + timedelta(days=1)))
    due = accept_residential(
        ctx, clerk, clock(), name="李四", cert_no=resident_id("11010519800101001")
    )  # due Tuesday 1 December
    clock.set(hall_time(MONDAY + timedelta(days=2)))
    waiting = accept_residential(
        ctx, clerk, clock(), name="王五", cert_no=resident_id("11010519800101002")
    )  # due 2 December
    window.today.refresh()
    assert window.today.ui.workTable.rowCount() == 0  # nothing due yet

    clock.set(hall_time(date(2026, 12, 1)))
    qtbot.mouseClick(window.today.ui.refreshButton, Qt.MouseButton.LeftButton)
    table = window.today.ui.workTable
    assert column(table, "受理编号") == [late, due]
    assert waiting not in column(table, "受理编号")
    assert column(table, "状态") == ["已超期", "办理中"]
    assert column(table, "到期日") == ["2026年11月30日", "2026年12月1日"]
    assert column(table, "客户") == ["张**", "李*"]
    for c in range(table.columnCount()):
        assert table.item(0, c).foreground().color() == RED, c
        assert table.item(1, c).foreground().color() != RED, c
    assert "超期 1 件" in window.today.ui.summaryLabel.text()
    shot(window, "today-overdue")

    # Opened from the list, the overdue step is red in the dialog too.
    table.selectRow(0)
    qtbot.mouseClick(window.today.ui.openButton, Qt.MouseButton.LeftButton)
    dialog = window.application_dialog
    assert dialog.number == late and dialog.isVisible()
    steps = dialog.ui.stepsTable
    assert column(steps, "状态") == ["已完成", "已超期"]
    assert steps.item(1, 0).foreground().color() == RED
    assert steps.item(0, 0).foreground().color() != RED
    dialog.accept()
