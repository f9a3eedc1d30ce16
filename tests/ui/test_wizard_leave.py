"""Esc, 取消 and the close button on a half-filled business: 放弃本次办理？ with 保存草稿 /
放弃 / 继续填写; nothing entered closes at once."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QPushButton
from sqlalchemy import func, select
from support import type_text

from counter_app.services.context import AppContext
from counter_app.store.models import Draft
from counter_app.ui import wizard_leave
from counter_app.ui.main_window import MainWindow
from counter_app.ui.wizard import BusinessWizard

REAL_ASK = wizard_leave.ask_leave  # before the UI fixtures stand in for it
VALID_ID = "11010519491231002X"


def open_drafts(ctx: AppContext) -> list[Draft]:
    with ctx.read() as s:
        return list(s.scalars(select(Draft).where(Draft.status == "open")))


def drafts_count(ctx: AppContext) -> int:
    with ctx.read() as s:
        return s.scalar(select(func.count()).select_from(Draft)) or 0


def start(qtbot, window: MainWindow) -> BusinessWizard:  # type: ignore[no-untyped-def]
    wizard = window.start_business("lv_residential_new")
    qtbot.waitUntil(wizard.isVisible)
    return wizard


def answer_with(qtbot, button_name: str, seen: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Click the real question's button once it is up (it runs its own event loop)."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        button = box.findChild(QPushButton, button_name)
        assert button is not None
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, click)


def test_nothing_entered_closes_at_once(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, ctx: AppContext, leave_answers
) -> None:
    wizard = start(qtbot, window)
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert not wizard.isVisible() and leave_answers.asked == 0
    assert drafts_count(ctx) == 0


def test_continue_keeps_the_wizard_open(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, ctx: AppContext, monkeypatch
) -> None:
    monkeypatch.setattr(wizard_leave, "ask_leave", REAL_ASK)
    wizard = start(qtbot, window)
    type_text(qtbot, wizard.findChild(QLineEdit, "field_cert_no"), VALID_ID)
    seen: list[str] = []
    answer_with(qtbot, "leaveStay", seen)
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert seen == ["放弃本次办理？"]
    assert wizard.isVisible() and wizard.values["cert_no"] == VALID_ID
    assert drafts_count(ctx) == 0
    wizard.leaving = True  # tidy up without asking again
    wizard.reject()


def test_save_draft_keeps_what_was_typed(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, ctx: AppContext, monkeypatch
) -> None:
    monkeypatch.setattr(wizard_leave, "ask_leave", REAL_ASK)
    wizard = start(qtbot, window)
    type_text(qtbot, wizard.findChild(QLineEdit, "field_cert_no"), VALID_ID)
    seen: list[str] = []
    answer_with(qtbot, "leaveDraft", seen)
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert seen == ["放弃本次办理？"] and not wizard.isVisible()
    (draft,) = open_drafts(ctx)
    assert draft.business_code == "lv_residential_new"
    assert draft.values["values"]["cert_no"] == VALID_ID
    assert window.wizard is None and len(window.today.drafts) == 1


def test_the_close_button_asks_too_and_discard_keeps_nothing(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, ctx: AppContext, leave_answers
) -> None:
    wizard = start(qtbot, window)
    type_text(qtbot, wizard.findChild(QLineEdit, "field_cert_no"), VALID_ID)
    leave_answers.answer = wizard_leave.STAY
    wizard.close()
    assert leave_answers.asked == 1 and wizard.isVisible()
    leave_answers.answer = wizard_leave.DISCARD
    wizard.close()
    assert leave_answers.asked == 2 and not wizard.isVisible()
    assert drafts_count(ctx) == 0


def test_a_resumed_draft_left_unchanged_closes_at_once(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, ctx: AppContext, leave_answers
) -> None:
    wizard = start(qtbot, window)
    type_text(qtbot, wizard.findChild(QLineEdit, "field_cert_no"), VALID_ID)
    draft_id = wizard.save_draft()
    resumed = window.resume_draft(draft_id)
    assert resumed is not None and resumed.values["cert_no"] == VALID_ID
    qtbot.keyClick(resumed, Qt.Key.Key_Escape)
    assert not resumed.isVisible() and leave_answers.asked == 0
    assert len(open_drafts(ctx)) == 1  # still there to resume
